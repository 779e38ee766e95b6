/* geomap map page helpers: basemap, feature layers, popups, arrows, legend, focus messages,
 * embed height.
 *
 * Loaded after Leaflet; the page's generated script calls these. Each layer's features arrive
 * as one JSON block (<script type="application/json" id="geomap-<layer>">) whose strings
 * geomap.maps escaped with escape_text; they are unescaped here and shown only as text
 * (textContent, text nodes), never as markup. The legend is our own escaped markup.
 */
(function () {
  'use strict';

  var embedded = window.parent !== window && window.location.hash.indexOf('fill') < 0;
  if (embedded) {
    // In an iframe the map takes its height from its width, so the parent can size the frame.
    document.documentElement.classList.add('geomap-embedded');
  }

  var state = { map: null, layers: {} };

  var REFERENCE = /&(#\d+|amp|lt|gt|quot);/g;
  var NAMED = { amp: '&', lt: '<', gt: '>', quot: '"' };

  function unescapeText(text) {
    // The inverse of geomap.maps.escape.escape_text, in one pass.
    return text.replace(REFERENCE, function (whole, name) {
      return name.charAt(0) === '#' ? String.fromCodePoint(Number(name.slice(1))) : NAMED[name];
    });
  }

  function readData(name) {
    var block = document.getElementById('geomap-' + name);
    return JSON.parse(block.textContent, function (key, value) {
      return typeof value === 'string' ? unescapeText(value) : value;
    });
  }

  function basemap(highlighted, attribution) {
    var mentioned = {};
    highlighted.forEach(function (code) { mentioned[code] = true; });
    return L.geoJSON(readData('basemap'), {
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

  function element(tag, className, text, parent) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    if (parent) {
      parent.appendChild(node);
    }
    return node;
  }

  function source(parent, origin, word) {
    // "Source: <title>", the title a link when the document has a web address.
    if (!origin) {
      return;
    }
    var line = element('p', 'geomap-source', word + ': ', parent);
    if (origin.url && /^https?:\/\//i.test(origin.url)) {
      var link = element('a', null, origin.title, line);
      link.href = origin.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    } else {
      line.appendChild(document.createTextNode(origin.title));
    }
  }

  function popupContent(popup, words) {
    var box = element('div', 'geomap-popup');
    element('p', 'geomap-title', popup.title, box);
    if (popup.facts) {
      element('p', 'geomap-facts', popup.facts, box);
    }
    var evidence = popup.evidence || [];
    if (evidence.length) {
      element('p', 'geomap-heading', words.evidence, box);
    }
    evidence.forEach(function (item) {
      element('blockquote', 'geomap-evidence', item.text, box);
      source(box, item.source, words.source);
    });
    if (popup.more) {
      element('p', 'geomap-more', popup.more, box);
    }
    source(box, popup.source, words.source);
    return box;
  }

  function bind(layer, group, feature, words) {
    // Built when first opened: a corpus map has thousands of features.
    layer.bindPopup(function () { return popupContent(feature.popup, words); },
      { maxWidth: 340, className: 'geomap-popup-wrap' });
    layer.bindTooltip(function () { return document.createTextNode(feature.tooltip); },
      { sticky: true, direction: 'top' });
    if (feature.id !== null && feature.id !== undefined) {
      state.layers[feature.id] = { layer: layer, group: group };
    }
  }

  function layer(group, name) {
    // Draws one layer's features (data block geomap-<name>) into its Leaflet group.
    var data = readData(name);
    data.features.forEach(function (feature) {
      var look = data.styles[feature.style];
      var shape;
      if (feature.lines) {  // lon/lat parts, as in GeoJSON
        var latLngs = L.GeoJSON.coordsToLatLngs(feature.lines, 1);
        if (data.halo) {
          L.polyline(latLngs, data.halo).addTo(group);
        }
        shape = L.polyline(latLngs, look);
      } else {
        shape = L.circleMarker(L.GeoJSON.coordsToLatLng(feature.at), look);
      }
      shape.addTo(group);
      bind(shape, group, feature, data.words);
      if (data.arrows) {
        arrows(shape, group, look.color, look.weight);
      }
    });
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
    basemap: basemap, layer: layer, legend: legend, focus: focus, ready: ready
  };
})();
