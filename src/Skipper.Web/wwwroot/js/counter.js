// Live character counters for long text fields: the page says the limit without JavaScript; this adds how many are used.
document.querySelectorAll("[data-counter-for]").forEach(function (counter) {
  var field = document.getElementById(counter.getAttribute("data-counter-for"));
  if (!field) { return; }
  var template = counter.getAttribute("data-counter-text");
  var max = field.getAttribute("maxlength");
  var update = function () {
    counter.textContent = template.replace("{0}", field.value.length).replace("{1}", max);
  };
  field.addEventListener("input", update);
  counter.hidden = false;
  update();
});
