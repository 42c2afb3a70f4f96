// A print button where the page offers one; without JavaScript the browser's own print works the same.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
