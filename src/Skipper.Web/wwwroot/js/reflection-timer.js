// The 10-minute timer on a full-screen reflection card: start, pause, reset; shows mm:ss and says politely when
// time is up. Without JavaScript the card shows "10 minutter" and works as it is.
(function () {
  "use strict";

  function format(seconds) {
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return (m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
  }

  function setUp(root) {
    var total = parseInt(root.getAttribute("data-seconds"), 10) || 600;
    var display = root.querySelector("[data-timer-display]");
    var buttons = root.querySelector("[data-timer-buttons]");
    var start = root.querySelector("[data-timer-start]");
    var pause = root.querySelector("[data-timer-pause]");
    var reset = root.querySelector("[data-timer-reset]");
    var announce = root.querySelector("[data-timer-announce]");
    var left = total;
    var endsAt = 0;
    var tick = null;

    function show(state) {
      display.textContent = format(left);
      root.setAttribute("data-state", state);
      start.disabled = state === "running";
      pause.disabled = state !== "running";
    }

    function stop() {
      if (tick !== null) {
        clearInterval(tick);
        tick = null;
      }
    }

    function step() {
      // Counted from the clock, not from the ticks: a busy or sleeping tab stays right.
      left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
      if (left === 0) {
        stop();
        show("ended");
        announce.textContent = root.getAttribute("data-ended-text");
        return;
      }
      show("running");
    }

    start.addEventListener("click", function () {
      if (left === 0) {
        left = total;
      }
      announce.textContent = "";
      endsAt = Date.now() + left * 1000;
      stop();
      tick = setInterval(step, 250);
      show("running");
    });

    pause.addEventListener("click", function () {
      step();
      stop();
      if (left > 0) {
        show("paused");
      }
    });

    reset.addEventListener("click", function () {
      stop();
      left = total;
      announce.textContent = "";
      show("ready");
    });

    buttons.hidden = false;
    show("ready");
  }

  document.querySelectorAll("[data-timer]").forEach(setUp);
})();
