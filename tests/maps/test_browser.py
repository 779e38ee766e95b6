"""A standalone map file opened from disk in headless Chromium, inside an embedding page.

The map runs under a strict Content-Security-Policy (as the web app serves it, given here as
a meta tag), with every non-file request aborted and recorded.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mapdata import HOSTILE

from geomap.maps import MapOptions, render_map

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
NONCE = "browser-test-nonce"
CSP = f"default-src 'none'; script-src 'nonce-{NONCE}'; style-src 'nonce-{NONCE}'; img-src data:"
EMBED_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><script>
window.received = [];
window.addEventListener("message", (event) => {
  window.received.push(event.data);
  if (event.data && event.data.sentinel === "amp") {
    document.getElementById("map").height = event.data.height;
  }
});
</script></head>
<body><iframe id="map" src="map.html?childId=m1" width="800"></iframe></body></html>
"""


def count(frame, selector: str) -> int:
    return frame.locator(selector).count()


@pytest.mark.browser
def test_standalone_map_works_offline_inside_an_embed(browser, map_features, gazetteer, tmp_path):
    page_html = render_map(
        map_features,
        gazetteer,
        MapOptions(lang="th", inline_assets=True, nonce=NONCE, title=HOSTILE[0]),
    )
    policy = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
    (tmp_path / "map.html").write_text(page_html.replace("<head>", f"<head>{policy}", 1))
    (tmp_path / "embed.html").write_text(EMBED_PAGE)

    context = browser.new_context(viewport={"width": 1000, "height": 900})
    left_machine, requested, errors, dialogs = [], [], [], []

    def route(route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            left_machine.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("request", lambda request: requested.append(request.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        page.goto((tmp_path / "embed.html").as_uri())
        frame = page.frame_locator("#map")
        frame.locator("path.geomap-place").first.wait_for()

        by_kind = {}
        for feature in map_features:
            kind = feature["properties"]["kind"]
            if feature["properties"].get("feature_type") == "border":
                kind = "border"
            by_kind[kind] = by_kind.get(kind, 0) + 1
        for kind, expected in by_kind.items():
            assert count(frame, f"path.geomap-{kind}.leaflet-interactive") == expected, kind
        assert count(frame, "path.leaflet-interactive") == len(map_features)
        assert count(frame, "path.geomap-arrow") >= 3  # arrowheads on every link
        assert count(frame, "path.geomap-planned") == 2  # one link, one deployment
        assert count(frame, "path.geomap-withdrawn") == 1
        assert count(frame, "path.geomap-country") > 200  # the offline basemap
        assert count(frame, ".leaflet-control-layers-overlays input") == 4
        assert "คำอธิบายสัญลักษณ์" in frame.locator(".geomap-legend").inner_text()
        assert "Natural Earth" in frame.locator(".leaflet-control-attribution").inner_text()
        assert count(frame, ".leaflet-control-zoom-fullscreen, .fullscreen-icon") >= 1

        # The embed learns the map's height (pym.js and AMP), which follows the width.
        page.wait_for_function("window.received.length >= 2")
        received = page.evaluate("window.received")
        pym = [m for m in received if isinstance(m, str) and m.startswith("pymxPYMxm1xPYMx")]
        amp = [m for m in received if isinstance(m, dict) and m.get("sentinel") == "amp"]
        assert pym and amp and amp[0]["type"] == "embed-size"
        height = int(re.fullmatch(r"pymxPYMxm1xPYMxheightxPYMx(\d+)", pym[0]).group(1))
        width = page.evaluate("document.getElementById('map').clientWidth")
        assert abs(height - width * 10 / 16) <= 2 and amp[0]["height"] == height

        # The document page focuses a feature: the map opens its popup, hostile text as text.
        page.evaluate(
            "document.getElementById('map').contentWindow"
            ".postMessage({type: 'geomap:focus', id: 'link-1'}, '*')"
        )
        popup = frame.locator(".leaflet-popup-content")
        popup.wait_for()
        page.wait_for_timeout(300)  # the popup fades in
        text = popup.inner_text()
        assert all(hostile in text for hostile in HOSTILE)
        assert count(frame, ".leaflet-popup-content :is(script, img, svg, iframe)") == 0
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "map-embed-focus.png"))
    finally:
        context.close()

    assert left_machine == []
    assert [url for url in requested if not url.startswith(("file:", "data:"))] == []
    assert errors == []
    assert dialogs == []
