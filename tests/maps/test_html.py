"""The map page: local assets only, escaped text, CSP nonces, legend language, layers."""

from __future__ import annotations

import html
import itertools
import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mapdata import HOSTILE, MOSCOW_HAVANA, PACIFIC, link

from geomap.maps import MapInputError, MapOptions, render_map
from geomap.maps.basemap import basemap_json
from geomap.maps.escape import escape_text, web_link
from geomap.maps.labels import popup_content
from geomap.maps.model import check_features
from geomap.maps.style import link_weight

REMOTE = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]*)""")
DATA_BLOCK = re.compile(
    r'<script type="application/json" id="geomap-(\w+)"[^>]*>(.*?)</script>', re.DOTALL
)
POPUP_KEYS = {"title", "facts", "evidence", "more", "source"}


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside <style> elements."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.css: list[str] = []
        self._in_style = False
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.css.append(data)


def remote_references(page: str) -> list[str]:
    parsed = Tags(page)
    found = [a.get("src", "") for t, a in parsed.tags if t == "script"]
    found += [a.get("href", "") for t, a in parsed.tags if t == "link"]
    found += [url for css in parsed.css for url in CSS_URL.findall(css)]
    return [url for url in found if REMOTE.match(url)]


def unescaped(value: object) -> object:
    """What static/geomap/map.js makes of a data block's strings (its unescapeText)."""
    if isinstance(value, str):
        return html.unescape(value)
    if isinstance(value, dict):
        return {key: unescaped(item) for key, item in value.items()}
    if isinstance(value, list):
        return [unescaped(item) for item in value]
    return value


def layer_data(page: str) -> dict[str, dict]:
    """Each feature layer's JSON block, as the page script reads it."""
    return {
        name: unescaped(json.loads(text))
        for name, text in DATA_BLOCK.findall(page)
        if name != "basemap"
    }


def texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if value else []
    return [text for item in items for text in texts(item)]


def popups_and_tooltips(page: str) -> list[tuple[dict, str]]:
    """The popup content and tooltip text each feature is bound with, as the browser gets them."""
    return [
        (feature["popup"], feature["tooltip"])
        for data in layer_data(page).values()
        for feature in data["features"]
    ]


class Markup(HTMLParser):
    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture
def pages(map_features, gazetteer) -> dict[str, str]:
    return {
        f"{lang}-{'inline' if inline else 'linked'}": render_map(
            map_features,
            gazetteer,
            MapOptions(lang=lang, inline_assets=inline, nonce="n0nce-value", title=HOSTILE[0]),
        )
        for lang in ("en", "th")
        for inline in (False, True)
    }


def test_no_remote_script_style_or_css_url_in_any_mode(pages):
    for name, page in pages.items():
        assert remote_references(page) == [], name


def test_assets_are_linked_under_static_url(map_features, gazetteer):
    page = render_map(map_features, gazetteer, MapOptions(static_url="/assets/"))
    tags = Tags(page).tags
    scripts = [a["src"] for t, a in tags if t == "script" and "src" in a]
    styles = [a["href"] for t, a in tags if t == "link"]
    assert "/assets/node_modules/leaflet/dist/leaflet.js" in scripts
    assert "/assets/node_modules/leaflet.fullscreen/Control.FullScreen.js" in scripts
    assert "/assets/geomap/map.js" in scripts
    assert "/assets/node_modules/leaflet/dist/leaflet.css" in styles
    assert not any("jquery" in s or "bootstrap" in s or "awesome" in s for s in scripts + styles)


def test_inline_page_has_no_external_files_and_leaflet_images_as_data(pages):
    page = pages["en-inline"]
    tags = Tags(page).tags
    assert not [a for t, a in tags if t == "script" and "src" in a]
    assert not [t for t, _ in tags if t == "link"]
    css_urls = [u for css in Tags(page).css for u in CSS_URL.findall(css)]
    images = [u for u in css_urls if not u.startswith("#")]
    assert images and all(u.startswith("data:image/") for u in images)


def test_tile_layer_only_when_configured(map_features, gazetteer):
    assert "L.tileLayer" not in render_map(map_features, gazetteer)
    tiles = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    page = render_map(map_features, gazetteer, MapOptions(tiles_url=tiles))
    assert tiles in page and "OpenStreetMap contributors" in page
    assert remote_references(page) == []  # the tiles are loaded by Leaflet, not the page


def test_every_script_and_style_carries_the_nonce_and_no_inline_handlers(pages):
    for name, page in pages.items():
        tags = Tags(page).tags
        scripts_and_styles = [a for t, a in tags if t in ("script", "style")]
        assert len(scripts_and_styles) >= 5, name
        assert all(a.get("nonce") == "n0nce-value" for a in scripts_and_styles), name
        handlers = [(t, k) for t, a in tags for k in a if k.startswith("on")]
        assert handlers == [], name
        assert [t for t, a in tags if "style" in a] == [], name  # style="" needs unsafe-inline


def test_without_nonce_no_nonce_attribute(map_features, gazetteer):
    assert "nonce=" not in render_map(map_features, gazetteer)


def test_hostile_text_reaches_popups_and_tooltips_only_as_text(pages, map_features):
    for name, page in pages.items():
        for hostile in HOSTILE:
            assert hostile not in page, (name, hostile)
        for _, block in DATA_BLOCK.findall(page):  # no markup, no template syntax
            assert "<" not in block and not re.search(r"\{[{%#]", block), name
        bound = popups_and_tooltips(page)
        assert len(bound) == sum(1 for f in map_features if f["geometry"]), name
        shown = []
        for popup, tooltip in bound:
            assert set(popup) <= POPUP_KEYS and popup["title"] == tooltip, popup
            sources = [popup.get("source")] + [e["source"] for e in popup.get("evidence", [])]
            urls = [s["url"] for s in sources if s and "url" in s]
            assert all(url.startswith("https://example.org/") for url in urls), urls
            shown += [tooltip, *texts(popup)]
        for hostile in HOSTILE:  # every hostile string arrives intact, as text
            assert any(hostile in text for text in shown), (name, hostile)


def test_title_is_escaped(pages):
    assert f"<title>{html.escape(HOSTILE[0])}</title>" in pages["en-linked"]


@given(st.text())
def test_escaped_text_is_inert_and_reversible(text):
    escaped = escape_text(text)
    without_references = re.sub(r"&(#\d+|amp|lt|gt|quot);", "", escaped)
    assert not set("<>&\"'`$\\\n\r\u2028\u2029{}") & set(without_references)
    assert html.unescape(escaped) == text.replace("\x00", "\ufffd")


def test_only_web_links_become_hrefs():
    assert web_link(" https://example.org/a?b=1&c=2") == "https://example.org/a?b=1&c=2"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//evil.example", "", None, 3):
        assert web_link(bad) is None


def legend_text(page: str) -> str:
    markup = json.loads(re.search(r"geomap\.legend\(\w+, (\".*?[^\\]\")\);", page).group(1))
    return " ".join(Markup(markup).text)


def test_legend_and_layer_names_follow_the_language(pages):
    english, thai = legend_text(pages["en-linked"]), legend_text(pages["th-linked"])
    for word in (
        "Legend", "arms and military-technical", "joint exercise", "withdrawn", "Deployments"
    ):
        assert word in english and word not in thai
    for word in ("คำอธิบายสัญลักษณ์", "อาวุธ/ความร่วมมือทางทหาร", "การฝึกร่วม", "ถอนกำลังแล้ว"):
        assert word in thai and word not in english
    assert overlays(pages["th-linked"]) == ["ชายแดน", "ความร่วมมือ", "การวางกำลังทหาร", "สถานที่"]
    assert '<html lang="th">' in pages["th-linked"]


def overlays(page: str) -> list[str]:
    block = re.search(r"overlays :  \{(.*?)\}", page, re.DOTALL).group(1)
    return [json.loads(name) for name in re.findall(r'("[^"]+") : feature_group_', block)]


def test_one_leaflet_layer_per_feature_kind(pages, map_features, gazetteer):
    page = pages["en-linked"]
    assert page.count("L.featureGroup(") == 4
    assert overlays(page) == ["Borders", "Links", "Deployments", "Places"]
    assert page.count("geomap.basemap(") == 1
    assert page.count("geomap.layer(") == 4
    data = layer_data(page)
    assert list(data) == ["borders", "links", "deployments", "places"]
    assert data["links"]["arrows"] is True and len(data["links"]["features"]) == 3
    only_links = [f for f in map_features if f["properties"]["kind"] == "link"]
    page = render_map(only_links, gazetteer)
    assert page.count("L.featureGroup(") == 1 and overlays(page) == ["Links"]
    assert list(layer_data(page)) == ["links"]


def test_antimeridian_link_is_one_polyline_with_two_parts(gazetteer):
    feature = link("link-9", "CN", "US", PACIFIC, "agreement", sentences=["Signed."])
    page = render_map([feature], gazetteer)
    lines = [f["lines"] for f in layer_data(page)["links"]["features"]]
    assert lines == [PACIFIC]


def test_focus_ids_are_registered_with_their_layer(map_features, gazetteer):
    page = render_map(map_features, gazetteer)
    ids = [f["id"] for data in layer_data(page).values() for f in data["features"]]
    expected = [f["id"] for f in map_features if f["geometry"]]
    assert sorted(ids) == sorted(expected)


def test_basemap_is_cached_and_has_no_world_spanning_rings(gazetteer):
    first = basemap_json(gazetteer)
    assert basemap_json(gazetteer) is first
    countries = json.loads(first)["features"]
    assert len(countries) > 200
    for country in countries:
        geometry = country["geometry"]
        polygons = [geometry["coordinates"]]
        if geometry["type"] == "MultiPolygon":
            polygons = geometry["coordinates"]
        for polygon in polygons:
            jumps = [  # Antarctica's ring may run along the pole; nothing else may jump
                (a, b)
                for a, b in itertools.pairwise(polygon[0])
                if abs(a[0] - b[0]) > 180 and min(abs(a[1]), abs(b[1])) < 80
            ]
            assert jumps == [], country["properties"]["code"]


@pytest.mark.parametrize(
    ("features", "message"),
    [
        ("not a list", "must be a list"),
        ([{"type": "Feature", "properties": {"kind": "alien"}, "geometry": None}], "unknown kind"),
        (
            [link("x", "RU", "CU", [[37.6, 55.7]], "visit")],
            "at least two positions",
        ),
        (
            [link("x", "RU", "CU", [[37.6, 95.0], [0.0, 0.0]], "visit")],
            "out of range",
        ),
        (
            [{**link("{{ 7*7 }}", "RU", "CU", MOSCOW_HAVANA, "visit")}],
            "id must be",
        ),
        (
            [{"type": "Feature", "properties": {"kind": "deployment"}, "geometry": {
                "type": "LineString", "coordinates": MOSCOW_HAVANA}}],
            "must be Point",
        ),
    ],
)  # fmt: skip
def test_bad_features_are_refused_with_a_reason(features, message, gazetteer):
    with pytest.raises(MapInputError, match=message):
        render_map(features, gazetteer)


@pytest.mark.parametrize(
    "options",
    [
        {"lang": "fr"},
        {"nonce": "short"},
        {"nonce": 'x" onload="alert(1)'},
        {"static_url": '/static/"><script>'},
        {"tiles_url": "https://tiles.example/{z}/{x}.png"},
        {"tiles_url": "javascript:alert(1)//{z}{x}{y}"},
        {"tiles_url": "https://tiles.example/{{ 7*7 }}/{z}/{x}/{y}.png"},
    ],
)
def test_bad_options_are_refused(options):
    with pytest.raises(ValueError):
        MapOptions(**options)


def test_popups_count_what_a_joined_feature_did_not_send(gazetteer):
    """A corpus place and a joined link carry a sample plus totals: the popup states the
    totals, names each sample sentence's document and counts the rest as more."""
    place = {
        "type": "Feature",
        "id": "place-test:havana",
        "geometry": {"type": "Point", "coordinates": [-82.4, 23.1]},
        "properties": {
            "kind": "place", "name": "Havana", "feature_type": "city", "country_code": "CU",
            "mention_count": 40, "document_count": 12,
            "mentions": [{"start": 0, "end": 6, "text": "Havana", "sentence": f"Havana {n}.",
                          "document_id": n, "document_title": f"Report {n}"} for n in (1, 2)],
        },
    }  # fmt: skip
    joined = link("link-1", "RU", "CU", [[37.6, 55.8], [-82.4, 23.1]], "arms", sentences=["a"])
    joined["properties"]["evidence_count"] = 30
    [place_feature, link_feature] = check_features([place, joined])

    place_popup = popup_content(place_feature, gazetteer, "en")
    assert "40 mentions" in place_popup["facts"] and "12 documents" in place_popup["facts"]
    assert [e["source"]["title"] for e in place_popup["evidence"]] == ["Report 1", "Report 2"]
    assert place_popup["more"] == "+38"
    assert popup_content(link_feature, gazetteer, "en")["more"] == "+29"
    assert link_weight(link_feature) == 10.0
