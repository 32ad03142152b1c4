/* PM Scale-Up, before first paint. On purpose a classic script in <head>: it runs before the
 * prerendered page is painted.
 * A link that asks for its own state (?people=... or #scenario=...) would otherwise show the prerendered default
 * until the WASM applies the link. This hides the widget (keeping its space) until then, and pins
 * the link's theme at once. The widget removes data-link-pending when the link is applied; if the
 * WASM never arrives, the prerendered default shows after four seconds rather than nothing.
 * The widget's loader waits for the page's first paint, except on such a link (by the same rule):
 * there the reader sees the widget only once the WASM has run, so this preloads its files (named
 * by the build in data-preload, beside this file) at once. */
(function () {
  var root = document.documentElement;
  // A link with settings, or with a custom scenario after # (src/platform/address.rs: link_address).
  if (location.search.length < 2 && location.hash.length < 2) return;
  root.setAttribute('data-link-pending', '');
  var script = document.currentScript;
  (script && script.getAttribute('data-preload') || '').split(' ').forEach(function (name) {
    if (!name) return;
    var link = document.createElement('link');
    link.rel = /\.wasm$/.test(name) ? 'preload' : 'modulepreload';
    if (link.rel === 'preload') {
      link.as = 'fetch';
      link.type = 'application/wasm';
    }
    link.crossOrigin = 'anonymous';
    link.href = new URL(name, script.src).href;
    document.head.appendChild(link);
  });
  var params = new URLSearchParams(location.search);
  // The title and lede stand outside the widget and stay; hidden too only where the link may change them.
  if (params.has('fn') || params.has('scenario') || params.has('embed') || location.hash.length > 1) {
    root.setAttribute('data-intro-pending', '');
  }
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  if (params.get('bg') === 'transparent') root.setAttribute('data-bg', 'transparent');
  setTimeout(function () {
    root.removeAttribute('data-link-pending');
  }, 4000);
})();
