"""The interactive map: a folium/Leaflet page that needs nothing beyond the project's static/.

Folium builds the page skeleton (map, layer groups, controls); its CDN links, jQuery popups
and template literal tooltips are not used. The features are not folium elements (one Jinja
template each made a corpus map slow and huge): each layer is one JSON block, every string
in it escaped, which static/geomap/map.js draws, building popups and tooltips as DOM text.
"""

from __future__ import annotations

import json
import re

import folium
from branca.element import Element, MacroElement
from folium import plugins
from folium.template import Template
from folium.utilities import JsCode

from geomap.gazetteer import Gazetteer
from geomap.maps import style
from geomap.maps.assets import asset_tags
from geomap.maps.basemap import basemap_json
from geomap.maps.escape import escape_text
from geomap.maps.labels import label, popup_content
from geomap.maps.legend import legend_entries, legend_html
from geomap.maps.model import MapFeature, check_features, mentioned_countries
from geomap.maps.options import MapOptions
from geomap.maps.strings import ui

LAYER_ORDER = ("borders", "links", "deployments", "places")  # later ones draw on top
_KIND_LAYER = {"border": "borders", "link": "links", "deployment": "deployments", "place": "places"}
_ASSETS_MARK = "<!--geomap-assets-->"
_DATA_MARK = "<!--geomap-data-->"
_OPENING_TAG = re.compile(r"<(script|style)(?=[\s>])", re.IGNORECASE)


class _Map(folium.Map):
    """folium.Map without its CDN scripts and styles (jQuery, Bootstrap, Font Awesome...)."""

    default_js: list = []  # noqa: RUF012 - folium reads these class attributes
    default_css: list = []  # noqa: RUF012


class _Fullscreen(plugins.Fullscreen):
    """The fullscreen control, its script and style served from static/node_modules."""

    default_js: list = []  # noqa: RUF012
    default_css: list = []  # noqa: RUF012


class _Basemap(folium.map.Layer):
    """Natural Earth country shapes (the page's "basemap" data) as a vector layer; mentioned
    countries tinted."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = geomap.basemap(
                {{ this.highlighted|tojson }}, {{ this.attribution|tojson }}
            );
        {% endmacro %}
        """
    )

    def __init__(self, highlighted: list[str], attribution: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self._name = "Basemap"
        self.highlighted = highlighted
        self.attribution = attribution


class _Call(MacroElement):
    """`geomap.<function>(<parent layer>, ...arguments as JSON)` in the page script."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            geomap.{{ this.function }}({{ this._parent.get_name() }}
            {%- for value in this.values %}, {{ value|tojson }}{% endfor %});
        {% endmacro %}
        """
    )

    def __init__(self, function: str, *values: object) -> None:
        super().__init__()
        self._name = "GeomapCall"
        self.function = function
        self.values = values


def _look(feature: MapFeature) -> dict:
    """Leaflet path options for one feature, by kind, type and status.

    Each gets the CSS class geomap-<kind> (links and deployments also geomap-<status>), so
    pages and tests can find them.
    """
    css = f"geomap-{feature.kind}"
    if feature.kind in ("link", "deployment"):
        css += f" geomap-{feature.status}"
    if feature.kind == "link":
        look = {
            "color": style.relation_colour(feature.properties.get("relation")),
            "weight": style.link_weight(feature),
            "opacity": 0.85,
            "dashArray": style.DASHES.get(feature.status),
        }
    elif feature.kind == "border":
        look = {"color": style.BORDER, "weight": 3.5, "opacity": 0.95}
    elif feature.kind == "deployment":
        status = style.deployment_style(feature.status)
        look = {
            "radius": style.deployment_radius(feature),
            "color": status["color"],
            "weight": 2,
            "fillColor": status["color"],
            "fillOpacity": status["fill_opacity"],
            "dashArray": status["dash"],
        }
    else:
        look = {"radius": 5, "color": "#ffffff", "weight": 1.5, "fillColor": style.PLACE,
                "fillOpacity": 0.9}  # fmt: skip
    return {**{k: v for k, v in look.items() if v is not None}, "className": css}


def _escaped(value: object) -> object:
    """Every string in `value` through the one escape function (keys are ours)."""
    if isinstance(value, str):
        return escape_text(value)
    if isinstance(value, dict):
        return {key: _escaped(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_escaped(item) for item in value]
    return value


def _layer_data(name: str, members: list[MapFeature], gazetteer: Gazetteer, lang: str) -> dict:
    """One layer as data for geomap.layer() in static/geomap/map.js: the distinct styles once,
    then per feature its id, style number, coordinates, tooltip and popup text; every
    string escaped (ids match FEATURE_ID, so they need none; numbers are numbers)."""
    numbers: dict[tuple, int] = {}
    looks, drawn = [], []
    for feature in members:
        look = _look(feature)
        number = numbers.setdefault(tuple(look.items()), len(looks))
        if number == len(looks):
            looks.append(look)
        entry = {
            "id": feature.id,
            "style": number,
            "tooltip": escape_text(label(feature, gazetteer, lang)),
            "popup": _escaped(popup_content(feature, gazetteer, lang)),
        }
        if feature.kind in ("link", "border"):
            entry["lines"] = feature.parts  # lon/lat, as in GeoJSON
        else:
            entry["at"] = feature.point
        drawn.append(entry)
    data = {
        "words": _escaped({"evidence": ui(lang, "evidence"), "source": ui(lang, "source")}),
        "styles": _escaped(looks),
        "features": drawn,
    }
    if name == "borders":  # a wide pale halo under the line highlights the border
        data["halo"] = {"color": style.BORDER_HALO, "weight": 10, "opacity": 0.8,
                        "interactive": False}  # fmt: skip
    if name == "links":  # arrowheads show the direction
        data["arrows"] = True
    return data


def _data_block(name: str, data: str, nonce: str | None) -> str:
    """JSON the page script reads, outside folium's templates (never compiled by Jinja)."""
    attr = f' nonce="{nonce}"' if nonce else ""
    return f'<script type="application/json" id="geomap-{name}"{attr}>{data}</script>'


def _bounds(features: list[MapFeature]) -> list[list[float]] | None:
    points = [point for f in features for part in f.parts for point in part]
    if not points:
        return None
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


def _with_nonce(html: str, nonce: str | None) -> str:
    return _OPENING_TAG.sub(rf'<\1 nonce="{nonce}"', html) if nonce else html


def render_map(
    features: list[dict], gazetteer: Gazetteer, options: MapOptions | None = None
) -> str:
    """A complete HTML document holding only the map (for an iframe, an embed or a download).

    folium writes the page skeleton (map, basemap, layer control, one empty group per kind);
    each kind's features go in as one JSON block that static/geomap/map.js draws.
    """
    options = options or MapOptions()
    checked = check_features(features)
    lang = options.lang
    fmap = _Map(
        location=[20, 10], zoom_start=2, tiles=None, min_zoom=1, max_zoom=10, font_size="0.85rem"
    )
    figure = fmap.get_root()
    figure.title = escape_text(options.title)
    figure.header.add_child(Element(_ASSETS_MARK), name="geomap_assets")
    figure.header.add_child(Element(_DATA_MARK), name="geomap_data")
    blocks = [_data_block("basemap", basemap_json(gazetteer), options.nonce)]

    basemap = _Basemap(
        mentioned_countries(checked),
        escape_text(ui(lang, "natural_earth")),
        name=escape_text(ui(lang, "countries")),
        overlay=False,
        show=options.tiles_url is None,
    )
    basemap.add_to(fmap)
    if options.tiles_url:
        folium.TileLayer(
            tiles=options.tiles_url,
            attr=escape_text(options.tiles_attribution or "© OpenStreetMap contributors"),
            name=escape_text(ui(lang, "tiles")),
            overlay=False,
            max_zoom=19,
        ).add_to(fmap)

    for name in LAYER_ORDER:
        members = [f for f in checked if _KIND_LAYER[f.kind] == name]
        if not members:
            continue
        group = folium.FeatureGroup(name=escape_text(ui(lang, name)), overlay=True).add_to(fmap)
        group.add_child(_Call("layer", name))
        data = _layer_data(name, members, gazetteer, lang)
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        blocks.append(_data_block(name, text, options.nonce))

    folium.LayerControl(collapsed=JsCode("window.innerWidth < 640")).add_to(fmap)
    _Fullscreen(
        position="topleft",
        title=ui(lang, "fullscreen"),  # a title attribute, set as text by the plugin
        title_cancel=ui(lang, "exit_fullscreen"),
    ).add_to(fmap)
    entries = legend_entries(checked, lang)
    if entries:
        fmap.add_child(_Call("legend", legend_html(entries, lang)))
    bounds = _bounds(checked)
    if bounds:
        fmap.fit_bounds(bounds, padding=(30, 30), max_zoom=6)
    fmap.add_child(_Call("ready"))

    page = _with_nonce(figure.render(), options.nonce)
    page = page.replace("<html>", f'<html lang="{lang}">', 1)
    assets = asset_tags(options.static_url, options.inline_assets, options.nonce)
    page = page.replace(_ASSETS_MARK, assets, 1)
    return page.replace(_DATA_MARK, "\n".join(blocks), 1)
