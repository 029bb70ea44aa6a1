// Sets the colour theme and the text size before the page paints, from the
// stored preferences, so that a dark or enlarged page does not flash light.
(function () {
  var theme = "system";
  var size = "normal";
  try {
    var meta = JSON.parse(localStorage.getItem("hamish/v1/meta") || "{}");
    theme = meta.theme || theme;
    size = meta.text_size || size;
  } catch (error) {
    // Unreadable or unavailable storage: the defaults.
  }
  if (theme === "system") theme = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  document.documentElement.setAttribute("data-theme", theme);
  document.documentElement.setAttribute("data-text-size", size);
})();
