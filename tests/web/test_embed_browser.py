"""Embedding in headless Chromium: a plain article page on another port embeds a map with the
copy-ready snippet and the iframe takes the height the map reports; with scripts blocked it
keeps its starting height and shows the PNG; the standalone download works from disk with no
network at all."""

from __future__ import annotations

import html
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
import requests

STARTING_HEIGHT = 500
FEATURES = "path.leaflet-interactive"
FRAME = "iframe[data-geomap-embed]"
HEIGHT_FOLLOWS_REPORT = """() => {
  const frame = document.querySelector('iframe[data-geomap-embed]');
  const last = window.reported[window.reported.length - 1];
  return last !== undefined && frame.getBoundingClientRect().height === Math.ceil(last)
    && Math.ceil(last) !== %d;
}"""


def article(snippet: str) -> bytes:
    """A news page of another site: text, the pasted snippet, and a listener that records
    the heights the map reports (AMP's message) so the test can compare."""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article</title></head>
<body>
<h1>Russia and Cuba</h1>
<p>Some paragraphs of the article come first.</p>
{snippet}
<p>And the article goes on.</p>
<script>
  window.reported = [];
  window.addEventListener('message', (event) => {{
    if (event.data && event.data.sentinel === 'amp') window.reported.push(event.data.height);
  }});
</script>
</body></html>""".encode()


@pytest.fixture
def host_site():
    """A second, unrelated web server on another loopback port serving one article page."""
    pages: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body or b"not found")

        def log_message(self, *args) -> None:
            pass

    site = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=site.serve_forever, daemon=True)
    thread.start()
    yield pages, f"http://127.0.0.1:{site.server_address[1]}"
    site.shutdown()
    site.server_close()


def snippet_of(server, path: str) -> str:
    page = requests.get(server.url + path, timeout=60).text
    found = re.search(r'<textarea id="embed-code"[^>]*>(.*?)</textarea>', page, re.S)
    return html.unescape(found.group(1))


def watched_context(browser, **options):
    """A context recording every request and console error; only loopback is reachable."""
    context = browser.new_context(**options)
    seen: dict[str, list] = {"hosts": [], "errors": []}

    def route(route):
        host = urlsplit(route.request.url).hostname
        seen["hosts"].append(host)
        if host == "127.0.0.1":
            route.continue_()
        else:
            route.abort()

    context.route("**/*", route)
    return context, seen


@pytest.mark.browser
def test_embedded_map_resizes_its_iframe(browser, server, seed_documents, host_site):
    pages, host_url = host_site
    document_id = seed_documents[0]["id"]
    snippet = snippet_of(server, f"/documents/{document_id}")
    assert f'height="{STARTING_HEIGHT}"' in snippet
    pages["/article"] = article(snippet)
    context, seen = watched_context(browser, viewport={"width": 1000, "height": 900})
    page = context.new_page()
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: seen["errors"].append(str(error)))
    page.goto(f"{host_url}/article")
    page.frame_locator(FRAME).locator(FEATURES).first.wait_for(timeout=30_000)
    page.wait_for_function(HEIGHT_FOLLOWS_REPORT % STARTING_HEIGHT, timeout=15_000)
    frame = page.locator(FRAME)
    width, height = frame.evaluate("f => [f.clientWidth, f.getBoundingClientRect().height]")
    assert height == pytest.approx(max(320, width * 10 / 16), abs=2)  # the map's 16:10

    page.set_viewport_size({"width": 560, "height": 900})  # a phone: narrower, lower
    page.wait_for_function(
        f"() => document.querySelector('{FRAME}').getBoundingClientRect().height < {height - 50}"
    )
    page.wait_for_function(HEIGHT_FOLLOWS_REPORT % STARTING_HEIGHT, timeout=15_000)
    narrow = frame.evaluate("f => [f.clientWidth, f.getBoundingClientRect().height]")
    assert narrow[1] == pytest.approx(max(320, narrow[0] * 10 / 16), abs=2)
    context.close()
    assert seen["errors"] == []
    assert set(seen["hosts"]) == {"127.0.0.1"}


@pytest.mark.browser
def test_embed_without_scripts_keeps_its_height_and_shows_the_png(
    browser, server, seed_documents, host_site
):
    pages, host_url = host_site
    document_id = seed_documents[0]["id"]
    pages["/article"] = article(snippet_of(server, f"/documents/{document_id}"))
    context, seen = watched_context(
        browser, viewport={"width": 1000, "height": 900}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(f"{host_url}/article")
    frame = page.frame_locator(FRAME)
    image = frame.locator("img").first
    image.wait_for(timeout=30_000)
    page.wait_for_timeout(1000)  # time in which a script could have resized it
    assert page.locator(FRAME).evaluate("f => f.getBoundingClientRect().height") == (
        STARTING_HEIGHT
    )
    image_size = image.evaluate(
        "i => [i.complete, i.naturalWidth, i.getBoundingClientRect().width]"
    )
    assert image_size[0] and image_size[1] == 1200 and image_size[2] > 900
    assert page.locator("noscript img").count() == 1  # the host page's own fallback
    context.close()
    assert set(seen["hosts"]) == {"127.0.0.1"}


@pytest.mark.browser
def test_standalone_download_works_from_disk_offline(browser, server, seed_documents, tmp_path):
    document_id = seed_documents[0]["id"]
    download = requests.get(f"{server.url}/documents/{document_id}/map.html", timeout=120)
    path = tmp_path / "map.html"
    path.write_bytes(download.content)
    expected = requests.get(f"{server.url}/api/documents/{document_id}", timeout=60).json()

    context = browser.new_context(viewport={"width": 1200, "height": 800}, offline=True)
    requested, aborted, errors = [], [], []

    def route(route):
        aborted.append(route.request.url)
        route.abort()

    context.route(re.compile(r"^(https?|wss?|ftp)://"), route)
    page = context.new_page()
    page.on("request", lambda request: requested.append(request.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    page.locator(FEATURES).first.wait_for(timeout=30_000)
    assert page.locator(FEATURES).count() == len(expected["features"])
    assert page.evaluate("id => geomap.focus(id)", expected["features"][-1]["id"])
    page.locator(".leaflet-popup").wait_for(timeout=10_000)
    assert page.locator(".geomap-legend").count() == 1
    context.close()
    assert aborted == []
    assert [url for url in requested if not url.startswith("data:")] == [path.as_uri()]
    assert errors == []
