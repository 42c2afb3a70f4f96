// Feedback sliders: the page works without JavaScript (a number field per question). This turns each number
// field into a native range input that shows no value until it is touched, so an untouched question is never
// sent as a silent middle value: only the hidden field carries the answer, and it stays empty until then.
document.querySelectorAll("[data-slider]").forEach(function (box) {
  var number = box.querySelector("input.slider-number");
  var label = box.querySelector("label");
  var hint = box.querySelector(".hint");
  if (!number || !label) { return; }
  var min = parseFloat(box.getAttribute("data-min"));
  var max = parseFloat(box.getAttribute("data-max"));
  var step = parseFloat(box.getAttribute("data-step")) || 0.1;
  var unset = box.getAttribute("data-unset");
  var mark = box.getAttribute("data-decimal") || ",";
  var typed = parseFloat((number.value || "").replace(",", "."));
  var decimals = (String(step).split(".")[1] || "").length;

  var range = document.createElement("input");
  range.type = "range";
  range.id = number.id + "-range";
  range.min = String(min);
  range.max = String(max);
  range.step = String(step);
  range.className = "slider";
  range.setAttribute("aria-describedby", number.getAttribute("aria-describedby"));
  range.setAttribute("aria-invalid", number.getAttribute("aria-invalid"));

  var row = document.createElement("div");
  row.className = "slider-row";
  var low = document.createElement("span");
  low.className = "slider-anchor";
  low.setAttribute("aria-hidden", "true");
  low.textContent = box.getAttribute("data-low") || String(min);
  var high = document.createElement("span");
  high.className = "slider-anchor slider-anchor-high";
  high.setAttribute("aria-hidden", "true");
  high.textContent = box.getAttribute("data-high") || String(max);
  var shown = document.createElement("output");
  shown.className = "slider-value";
  shown.setAttribute("for", range.id);
  shown.setAttribute("aria-hidden", "true");

  function text(value) { return Number(value).toFixed(decimals).replace(".", mark); }
  function set(value) {
    number.value = text(value);
    range.classList.remove("unset");
    range.setAttribute("aria-valuetext", text(value));
    shown.textContent = text(value);
  }

  if (isNaN(typed) || typed < min || typed > max) {
    number.value = "";
    range.value = String((min + max) / 2);
    range.classList.add("unset");
    range.setAttribute("aria-valuetext", unset);
    shown.textContent = unset;
  } else {
    range.value = String(typed);
    set(typed);
  }
  range.addEventListener("input", function () { set(range.value); });
  range.addEventListener("change", function () { set(range.value); });
  // A tap right on the middle changes nothing, so no input event: it is still an answer.
  range.addEventListener("pointerup", function () { set(range.value); });

  number.type = "hidden";
  label.htmlFor = range.id;
  if (hint && box.getAttribute("data-hint-js")) { hint.textContent = box.getAttribute("data-hint-js"); }
  row.appendChild(range);
  box.appendChild(row);
  var anchors = document.createElement("div");
  anchors.className = "slider-anchors";
  anchors.appendChild(low);
  anchors.appendChild(shown);
  anchors.appendChild(high);
  box.appendChild(anchors);
});
