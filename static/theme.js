// Runs before the page paints. Sets the colour theme and the text size from
// the stored preferences, so that a dark or enlarged page does not flash
// light. Keeps the first view the build put into the page (the bundled
// document, in Arabic, with nothing labeled) from showing when stored work
// would change it: then the app paints first. And keeps what is pressed
// before the app is ready (a sentence clicked on the first view, label and
// movement keys, a palette label clicked): a note says the app is
// starting, and the presses are handed to the app, in order, the moment it
// is ready (`<html data-ready>`). On a first visit the small first program
// takes from the head of them what it can (`window.hamishPresses`, told of
// each by `hamish-press`): the first view is labeled before the app runs.
(function () {
  var lang = "ar";
  var theme = "system";
  var size = "normal";
  var firstView = true;
  try {
    var meta = JSON.parse(localStorage.getItem("hamish/v1/meta") || "{}");
    theme = meta.theme || theme;
    size = meta.text_size || size;
    if (meta.lang && meta.lang !== "ar") firstView = false;
    lang = meta.lang || lang;
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

  var root = document.documentElement;
  var pressed = [];
  window.hamishPresses = pressed;
  // In the served build: on a first visit the small first program is
  // fetched before anything else (the app's files after it, by start.js);
  // otherwise the app's own files at once.
  var me = document.currentScript;
  if (me && me.hasAttribute("data-preload-first")) {
    var program = firstView ? "./hamish-first" : "./hamish";
    [["modulepreload", program + ".js"], ["preload", program + "_bg.wasm"]].forEach(function (pair) {
      var link = document.createElement("link");
      link.rel = pair[0];
      link.href = pair[1];
      if (pair[0] === "preload") {
        link.as = "fetch";
        link.type = "application/wasm";
        link.crossOrigin = "anonymous";
      }
      document.head.appendChild(link);
    });
  }
  // Keeps a press; whether the first view acted on it at once (then its
  // browser default, a scroll say, is not wanted).
  var kept = function (press) {
    pressed.push(press);
    note();
    var told = new Event("hamish-press", { cancelable: true });
    document.dispatchEvent(told);
    return told.defaultPrevented;
  };
  var ready = function () { return root.hasAttribute("data-ready"); };
  var note = function () {
    // The first view is labeled: it says so itself.
    if (root.hasAttribute("data-first-labels")) return;
    var words = lang === "en"
      ? "Hamish is starting… what you press is applied as soon as it is ready."
      : "يبدأ هامش… ما تضغطه يُطبَّق حين يجهز.";
    // The first view says it is starting already: it says this instead.
    var shown = document.querySelector("#prerendered .notice");
    if (shown) {
      shown.textContent = words;
      shown.classList.add("visible");
      return;
    }
    if (document.getElementById("starting-note") || !document.body) return;
    var said = document.createElement("div");
    said.id = "starting-note";
    said.setAttribute("role", "status");
    said.setAttribute("dir", lang === "en" ? "ltr" : "rtl");
    said.textContent = words;
    document.body.appendChild(said);
  };
  var at = function (selector, x, y) {
    var sentences = document.querySelectorAll(selector);
    // Line by line: a sentence over several lines is no rectangle.
    for (var i = 0; i < sentences.length; i++) {
      var lines = sentences[i].getClientRects();
      for (var j = 0; j < lines.length; j++) {
        var box = lines[j];
        if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return sentences[i];
      }
    }
    return null;
  };
  var sentenceAt = function (x, y) { return at("#prerendered [data-preview]", x, y); };
  // A control of the first view (import, export, settings…) works once the
  // app runs: that is said at once, rather than nothing happening.
  var notYet = function () {
    var words = lang === "en" ? "This works once Hamish has loaded: a few seconds…" : "يعمل هذا حين يكتمل تحميل هامش: ثوانٍ قليلة…";
    var shown = document.querySelector("#prerendered .notice");
    if (shown) {
      shown.textContent = words;
      shown.classList.add("visible");
    }
    var region = document.getElementById("first-view-said");
    if (region) region.textContent = words;
  };
  var paletteAt = function (x, y) {
    var label = at("#prerendered .palette-list .palette-label", x, y);
    return label ? Array.prototype.indexOf.call(document.querySelectorAll("#prerendered .palette-list .palette-label"), label) : -1;
  };
  document.addEventListener("keydown", function (event) {
    if (ready() || pressed.length >= 50 || /^(Shift|Control|Alt|Meta|CapsLock|Tab)$/.test(event.key)) return;
    if (kept({ key: event.key, code: event.code, shiftKey: event.shiftKey, ctrlKey: event.ctrlKey, altKey: event.altKey, metaKey: event.metaKey })) {
      event.preventDefault();
    }
  }, true);
  document.addEventListener("click", function (event) {
    if (ready() || pressed.length >= 50) return;
    var palette = paletteAt(event.clientX, event.clientY);
    if (palette >= 0) return kept({ palette: palette });
    if (at("#prerendered button, #prerendered input, #prerendered select, #prerendered a", event.clientX, event.clientY)) return notYet();
    var sentence = sentenceAt(event.clientX, event.clientY);
    if (!sentence) return;
    var previous = document.querySelector("#prerendered .pending-select");
    if (previous && !event.shiftKey) previous.classList.remove("pending-select");
    sentence.classList.add("pending-select");
    kept({ sentence: sentence.getAttribute("data-preview"), shiftKey: event.shiftKey });
  }, true);
  new MutationObserver(function (changes, observer) {
    if (!ready()) return;
    observer.disconnect();
    var said = document.getElementById("starting-note");
    if (said) said.remove();
    pressed.splice(0).forEach(function (press) {
      if (press.palette !== undefined) {
        var label = document.querySelectorAll(".palette-list .palette-label")[press.palette];
        if (label) label.click();
      } else if (press.sentence !== undefined) {
        var target = document.querySelector('.document [data-sentence="' + press.sentence + '"]');
        if (target) target.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, shiftKey: press.shiftKey }));
      } else {
        press.bubbles = true;
        press.cancelable = true;
        document.dispatchEvent(new KeyboardEvent("keydown", press));
      }
    });
  }).observe(root, { attributes: true, attributeFilter: ["data-ready"] });
})();
