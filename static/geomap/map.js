/* geomap map page helpers: basemap, popups, arrows, legend, focus messages, embed height.
 *
 * Loaded after Leaflet; the page's generated script calls these. Text arriving here is
 * already escaped by geomap.maps (escape_text), so it is handed to Leaflet as built.
 */
(function () {
  'use strict';

  var embedded = window.parent !== window && window.location.hash.indexOf('fill') < 0;
  if (embedded) {
    // In an iframe the map takes its height from its width, so the parent can size the frame.
    document.documentElement.classList.add('geomap-embedded');
  }

  var state = { map: null, layers: {} };

  function basemap(data, highlighted, attribution) {
    var mentioned = {};
    highlighted.forEach(function (code) { mentioned[code] = true; });
    return L.geoJSON(data, {
      attribution: attribution,
      interactive: false,
      style: function (feature) {
        var on = mentioned[feature.properties.code] === true;
        return {
          className: 'geomap-country' + (on ? ' geomap-country-mentioned' : ''),
          color: '#b9b3a6',
          weight: 0.6,
          fillColor: on ? '#e9dfc6' : '#f4f1ea',
          fillOpacity: 1
        };
      }
    });
  }

  function bind(layer, group, popupHtml, tooltipText, id) {
    layer.bindPopup(popupHtml, { maxWidth: 340, className: 'geomap-popup-wrap' });
    layer.bindTooltip(tooltipText, { sticky: true, direction: 'top' });
    if (id !== null) {
      state.layers[id] = { layer: layer, group: group };
    }
  }

  function arrows(line, group, colour, weight) {
    // Arrowheads along the line show the direction (source -> target).
    var size = 7 + weight;
    L.polylineDecorator(line, {
      patterns: [{
        offset: '18%',
        repeat: '30%',
        symbol: L.Symbol.arrowHead({
          pixelSize: size,
          polygon: true,
          pathOptions: {
            interactive: false, stroke: false, fill: true, fillColor: colour, fillOpacity: 0.95,
            className: 'geomap-arrow'
          }
        })
      }]
    }).addTo(group);
  }

  function legend(map, html) {
    var control = L.control({ position: 'bottomright' });
    control.onAdd = function () {
      var box = L.DomUtil.create('div', 'geomap-legend leaflet-bar');
      box.innerHTML = html;
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    control.addTo(map);
  }

  function focus(id) {
    var entry = state.layers[id];
    if (!entry || !state.map) {
      return false;
    }
    if (!state.map.hasLayer(entry.group)) {
      state.map.addLayer(entry.group);
    }
    var layer = entry.layer;
    if (layer.getBounds) {
      state.map.fitBounds(layer.getBounds(), { maxZoom: 6, padding: [30, 30], animate: false });
    } else {
      state.map.setView(layer.getLatLng(), Math.max(state.map.getZoom(), 5), { animate: false });
    }
    layer.openPopup();
    return true;
  }

  function postHeight() {
    if (window.parent === window) {
      return;
    }
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    var childId = new URLSearchParams(window.location.search).get('childId') || '';
    // pym.js child protocol, then AMP's embed-size request.
    window.parent.postMessage('pymxPYMx' + childId + 'xPYMxheightxPYMx' + height, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
  }

  function onMessage(event) {
    var data = event.data;
    if (event.source !== window.parent || !data || data.type !== 'geomap:focus') {
      return;
    }
    if (typeof data.id === 'string' || typeof data.id === 'number') {
      focus(String(data.id));
    }
  }

  function ready(map) {
    state.map = map;
    window.addEventListener('message', onMessage);
    var pending = null;
    var later = function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(function () { map.invalidateSize(); postHeight(); }, 100);
    };
    if (window.ResizeObserver) {
      new ResizeObserver(later).observe(document.documentElement);
    }
    window.addEventListener('resize', later);
    postHeight();
  }

  window.geomap = {
    basemap: basemap, bind: bind, arrows: arrows, legend: legend, focus: focus, ready: ready
  };
})();
