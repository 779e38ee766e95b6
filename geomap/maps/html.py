"""The interactive map: a folium/Leaflet page that needs nothing beyond the project's static/.

Folium builds the page skeleton and the layers; its CDN links, jQuery popups and template
literal tooltips are not used. Popups and tooltips are bound by static/geomap/map.js from
strings built in geomap.maps.labels (escaped there) and passed as JSON.
"""

from __future__ import annotations

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
from geomap.maps.labels import label, popup_html
from geomap.maps.legend import legend_entries, legend_html
from geomap.maps.model import MapFeature, check_features, mentioned_countries
from geomap.maps.options import MapOptions
from geomap.maps.strings import ui

LAYER_ORDER = ("borders", "links", "deployments", "places")  # later ones draw on top
_KIND_LAYER = {"border": "borders", "link": "links", "deployment": "deployments", "place": "places"}
_ASSETS_MARK = "<!--geomap-assets-->"
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
    """Natural Earth country shapes as a vector layer; mentioned countries tinted."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = geomap.basemap(
                {{ this.data }}, {{ this.highlighted|tojson }}, {{ this.attribution|tojson }}
            );
        {% endmacro %}
        """
    )

    def __init__(self, data: str, highlighted: list[str], attribution: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self._name = "Basemap"
        self.data = data
        self.highlighted = highlighted
        self.attribution = attribution


class _Call(MacroElement):
    """`geomap.<function>(<parent layer>, ...arguments as JSON)` in the page script."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            geomap.{{ this.function }}({{ this._parent.get_name() }}
            {%- for name in this.layer_names %}, {{ name }}{% endfor %}
            {%- for value in this.values %}, {{ value|tojson }}{% endfor %});
        {% endmacro %}
        """
    )

    def __init__(self, function: str, *values: object, layers: tuple = ()) -> None:
        super().__init__()
        self._name = "GeomapCall"
        self.function = function
        self.values = values
        self._layers = layers

    @property
    def layer_names(self) -> list[str]:
        return [layer.get_name() for layer in self._layers]


def _latlngs(feature: MapFeature) -> list:
    lines = [[[lat, lon] for lon, lat in part] for part in feature.parts]
    return lines[0] if len(lines) == 1 else lines


def _drawing(feature: MapFeature) -> folium.map.Layer:
    """The Leaflet layer for one feature (without popup), styled by kind, type and status.

    Each gets the CSS class geomap-<kind> (links and deployments also geomap-<status>), so
    pages and tests can find them.
    """
    css = f"geomap-{feature.kind}"
    if feature.kind in ("link", "deployment"):
        css += f" geomap-{feature.status}"
    if feature.kind == "link":
        return folium.PolyLine(
            _latlngs(feature),
            color=style.relation_colour(feature.properties.get("relation")),
            weight=style.link_weight(feature),
            opacity=0.85,
            dash_array=style.DASHES.get(feature.status),
            class_name=css,
        )
    if feature.kind == "border":
        return folium.PolyLine(
            _latlngs(feature), color=style.BORDER, weight=3.5, opacity=0.95, class_name=css
        )
    lon, lat = feature.point
    if feature.kind == "deployment":
        look = style.deployment_style(feature.status)
        return folium.CircleMarker(
            [lat, lon],
            radius=style.deployment_radius(feature),
            color=look["color"],
            weight=2,
            fill_color=look["color"],
            fill_opacity=look["fill_opacity"],
            dash_array=look["dash"],
            class_name=css,
        )
    return folium.CircleMarker(
        [lat, lon],
        radius=5,
        color="#ffffff",
        weight=1.5,
        fill_color=style.PLACE,
        fill_opacity=0.9,
        class_name=css,
    )


def _add_feature(feature: MapFeature, group: folium.FeatureGroup, gazetteer, lang: str) -> None:
    if feature.kind == "border":  # a wide pale halo under the line highlights the border
        halo = folium.PolyLine(_latlngs(feature), color=style.BORDER_HALO, weight=10, opacity=0.8)
        halo.options["interactive"] = False  # folium drops this option; Leaflet reads it
        halo.add_to(group)
    layer = _drawing(feature).add_to(group)
    popup = popup_html(feature, gazetteer, lang)
    tooltip = escape_text(label(feature, gazetteer, lang))
    layer.add_child(_Call("bind", popup, tooltip, feature.id, layers=(group,)))
    if feature.kind == "link":
        weight = style.link_weight(feature)
        colour = style.relation_colour(feature.properties.get("relation"))
        layer.add_child(_Call("arrows", colour, weight, layers=(group,)))


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
    """A complete HTML document holding only the map (for an iframe, an embed or a download)."""
    options = options or MapOptions()
    checked = check_features(features)
    lang = options.lang
    fmap = _Map(
        location=[20, 10], zoom_start=2, tiles=None, min_zoom=1, max_zoom=10, font_size="0.85rem"
    )
    figure = fmap.get_root()
    figure.title = escape_text(options.title)
    figure.header.add_child(Element(_ASSETS_MARK), name="geomap_assets")

    basemap = _Basemap(
        basemap_json(gazetteer),
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
        for feature in members:
            _add_feature(feature, group, gazetteer, lang)

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
    return page.replace(_ASSETS_MARK, assets, 1)
