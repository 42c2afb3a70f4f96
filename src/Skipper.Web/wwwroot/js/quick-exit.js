// Quick exit: leave at once and replace this page in the history, so "back" does not return to Skipper.
document.addEventListener("click", function (event) {
  var link = event.target.closest("[data-quick-exit]");
  if (!link) { return; }
  event.preventDefault();
  window.location.replace(link.href);
});
document.addEventListener("keydown", function (event) {
  if (event.key === "Escape" && event.shiftKey) {
    var link = document.querySelector("[data-quick-exit]");
    if (link) { window.location.replace(link.href); }
  }
});
