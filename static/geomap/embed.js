/* geomap embed resizer: paste it next to a geomap iframe (the "Embed" snippet does).
 *
 * The map inside the iframe reports its height with pym.js's string message
 * ("pymxPYMx<id>xPYMxheightxPYMx<pixels>") and AMP's {sentinel: "amp", type: "embed-size"};
 * this sets the height of the iframe that sent it. Only iframes marked data-geomap-embed are
 * touched, and only by messages from their own origin. No dependencies; loading it twice is
 * harmless.
 */
(function () {
  'use strict';

  if (window.geomapEmbedResizer) {
    return;
  }
  window.geomapEmbedResizer = true;

  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 5000;

  function reportedHeight(data) {
    if (typeof data === 'string') {
      var parts = data.split('xPYMx');
      if (parts.length === 4 && parts[0] === 'pym' && parts[2] === 'height') {
        return Number(parts[3]);
      }
      return NaN;
    }
    if (data && data.sentinel === 'amp' && data.type === 'embed-size') {
      return Number(data.height);
    }
    return NaN;
  }

  function frameOf(source) {
    var frames = document.querySelectorAll('iframe[data-geomap-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) {
        return frames[i];
      }
    }
    return null;
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, window.location.href).origin;
    } catch (error) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var height = reportedHeight(event.data);
    if (!isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) {
      return;
    }
    var frame = frameOf(event.source);
    if (!frame || originOf(frame) !== event.origin) {
      return;
    }
    var pixels = String(Math.ceil(height));
    frame.setAttribute('height', pixels);
    frame.style.height = pixels + 'px';
  });
})();
