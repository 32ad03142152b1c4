/*! PM Scale-Up embed helper. Keeps each PM Scale-Up iframe as tall as its content.
 *
 * The widget posts {sentinel: "amp", type: "embed-size", height} to its parent page whenever its
 * content changes size (the format AMP, Datawrapper and Flourish use). This script sets the height
 * of the one iframe whose window sent the message, and ignores every other message.
 * No dependencies; safe to include more than once; works under a strict CSP (no inline styles:
 * it sets style.height through the DOM, which style-src does not restrict).
 */
(function () {
  'use strict';
  if (window.pmScaleUpEmbed) return;
  window.pmScaleUpEmbed = true;

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 1 || height > 50000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
