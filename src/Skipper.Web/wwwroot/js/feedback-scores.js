// The time page's scores section refreshes itself every few seconds while answers are still due, so staff see a
// score the moment it is in. Without JavaScript the reload button does the same. It stops when nothing more can come.
(function () {
  var section = document.querySelector("[data-poll-url]");
  if (!section || !window.fetch) { return; }
  var every = 5000;
  var until = Date.now() + 20 * 60 * 1000;
  var tick = function () {
    if (section.getAttribute("data-complete") === "true" || Date.now() > until) { return; }
    if (document.hidden) { window.setTimeout(tick, every); return; }
    window.fetch(section.getAttribute("data-poll-url"), { credentials: "same-origin", redirect: "error" })
      .then(function (response) { return response.status === 200 ? response.text() : null; })
      .then(function (html) {
        if (html) {
          var holder = document.createElement("div");
          holder.innerHTML = html;
          var fresh = holder.querySelector("[data-poll-url]");
          if (fresh && fresh.innerHTML !== section.innerHTML) {
            section.replaceWith(fresh);
            section = fresh;
          } else if (fresh) {
            section.setAttribute("data-complete", fresh.getAttribute("data-complete"));
          }
        }
        window.setTimeout(tick, every);
      })
      .catch(function () { window.setTimeout(tick, every * 2); });
  };
  window.setTimeout(tick, every);
})();
