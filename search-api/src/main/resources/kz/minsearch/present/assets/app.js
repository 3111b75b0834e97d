// Progressive enhancement only: the page works the same without this file. It completes what is typed
// (/api/suggest) and applies a ticked facet or a chosen order at once, by submitting the form the user would submit.
(function () {
  "use strict";
  const form = document.querySelector("form.search");
  if (!form) return;
  form.querySelectorAll("[data-auto-submit]").forEach(function (field) {
    field.addEventListener("change", function () {
      const page = form.querySelector("input[name=page]");
      if (page) page.remove();
      form.requestSubmit();
    });
  });
  // Back may show this page from the browser's memory as it was left, a box ticked just before leaving: the form is
  // put back to what the page was rendered with, which is what its results show
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) form.reset();
  });
  const apply = form.querySelector("button.apply");
  if (apply) apply.hidden = true;

  const box = form.querySelector("input[type=search]");
  const list = document.getElementById("completions");
  if (!box || !list) return;
  const ui = document.documentElement.lang;
  let asked = 0;
  box.addEventListener("input", async function () {
    const typed = box.value;
    if (typed.length < 2) return;
    const mine = ++asked;
    try {
      const r = await fetch("/api/suggest?" + new URLSearchParams({q: typed, ui: ui}));
      if (!r.ok || mine !== asked) return;
      const options = (await r.json()).suggestions.map(function (s) {
        const o = document.createElement("option");
        o.value = s.text; // text, never markup
        return o;
      });
      list.replaceChildren.apply(list, options);
    } catch (e) {
      // completion is a convenience: when it fails, typing goes on as before
    }
  });
}());
