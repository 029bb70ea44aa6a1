// The inert copy of the app's first view that the build puts into the page
// (run in the browser, on the live app): no ids, handlers, inline styles or
// the sentence attribute the app and its tests look for; `inert` and hidden
// from screen readers; the status line says the app is starting.
export function inertCopy() {
  const app = document.querySelector(".app").cloneNode(true);
  for (const element of [app, ...app.querySelectorAll("*")]) {
    for (const { name, value } of [...element.attributes]) {
      if (name === "id" || name === "style" || name === "tabindex" || name.startsWith("on")) {
        element.removeAttribute(name);
      } else if (name === "data-sentence") {
        element.removeAttribute(name);
        element.setAttribute("data-preview", value);
      }
    }
  }
  app.id = "prerendered";
  app.setAttribute("inert", "");
  app.setAttribute("aria-hidden", "true");
  const notice = app.querySelector(".notice");
  if (notice) {
    notice.textContent = document.documentElement.lang === "ar" ? "يبدأ هامش…" : "Hamish is starting…";
    notice.classList.add("visible");
  }
  return app.outerHTML;
}
