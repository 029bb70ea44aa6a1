// Sets the colour theme and the text size before the page paints, from the
// stored preferences, so that a dark or enlarged page does not flash light.
// Also keeps the first view the build put into the page (the bundled
// document, in Arabic, with nothing labeled) from showing when stored work
// would change it: then the app paints first.
(function () {
  var theme = "system";
  var size = "normal";
  var firstView = true;
  try {
    var meta = JSON.parse(localStorage.getItem("hamish/v1/meta") || "{}");
    theme = meta.theme || theme;
    size = meta.text_size || size;
    if (meta.lang && meta.lang !== "ar") firstView = false;
    // The app says whether it shows just the first view ("1" or "0": its
    // work is in IndexedDB, out of reach here); before it has said anything,
    // any work an earlier version kept in localStorage counts as a change.
    var said = localStorage.getItem("hamish/v1/first-view");
    if (said === "0") firstView = false;
    for (var i = 0; i < localStorage.length && firstView && said !== "1"; i++) {
      var key = localStorage.key(i) || "";
      if (key.indexOf("hamish/v1/") === 0 && key !== "hamish/v1/meta") firstView = false;
    }
  } catch (error) {
    // Unreadable or unavailable storage: the defaults.
    firstView = false;
  }
  if (!firstView) document.documentElement.setAttribute("data-first-view", "off");
  if (theme === "system") theme = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  document.documentElement.setAttribute("data-theme", theme);
  document.documentElement.setAttribute("data-text-size", size);
})();
