"""Exports, downloads, oEmbed and framing over real HTTP against `geomap serve`."""

from __future__ import annotations

import html
import io
import json
import re
from pathlib import Path
from urllib.parse import quote

import requests
from jsonschema import Draft202012Validator
from PIL import Image

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "export" / "rfc7946.schema.json").read_text("utf-8")
)


def get(server, path: str, **kwargs) -> requests.Response:
    """GET a path, or an absolute URL of the server."""
    path = path.removeprefix(server.url)
    return requests.get(server.url + path, timeout=120, **kwargs)


def test_geojson_downloads_are_rfc7946(server, seed_documents):
    validator = Draft202012Validator(SCHEMA)
    document_id = seed_documents[0]["id"]
    for path in (f"/api/documents/{document_id}.geojson", "/api/geojson", "/api/geojson?kind=link"):
        answer = get(server, path)
        assert answer.status_code == 200, path
        assert answer.headers["Content-Type"] == "application/geo+json"
        assert answer.headers["Content-Disposition"].startswith("attachment; filename=")
        collection = answer.json()
        assert not list(validator.iter_errors(collection)), path
        assert collection["features"]
    links = get(server, "/api/geojson?kind=link").json()["features"]
    assert {f["properties"]["kind"] for f in links} == {"link"}
    assert get(server, f"/api/documents/{document_id}.geojson").json()["document"]["id"] == (
        document_id
    )
    assert get(server, "/api/documents/999999.geojson").status_code == 404
    assert get(server, f"/api/documents/{document_id}").status_code == 200  # still served


def test_web_and_cli_exports_are_the_same_file(server, run_cli):
    for arguments, path in [
        (["--kind", "link", "--country", "CU"], "/api/geojson?kind=link&country=CU"),
        (["--format", "deployments.csv"], "/api/deployments.csv"),
    ]:
        done = run_cli("export", "--data-dir", str(server.data_dir), *arguments)
        assert done.returncode == 0, done.stderr
        served = get(server, path).content.decode("utf-8").replace("\r\n", "\n")
        assert done.stdout.rstrip("\n") == served.rstrip("\n"), path  # stdout is text mode


def test_filters_are_checked(server):
    for query, message in [
        ("from=2014-02-30", "not a date on the calendar"),
        ("to=soon", "expected a date"),
        ("from=2016&to=2015", "is after"),
        ("kind=airport", "kind: one of"),
        ("country=Cuba", "alpha-2"),
    ]:
        for path in ("/api/geojson", "/api/links.csv"):
            answer = get(server, f"{path}?{query}")
            assert answer.status_code == 400, (path, query)
            assert message in answer.json()["error"], (path, query)
        assert get(server, f"/map.png?{query}").status_code == 400
        assert get(server, f"/map.html?{query}").status_code == 400


def test_csv_downloads(server, seed_documents):
    document_id = seed_documents[0]["id"]
    for path, first in [
        ("/api/links.csv", "id,document_id,document_title,document_date,source_country"),
        (f"/api/documents/{document_id}/deployments.csv", "id,document_id,document_title"),
    ]:
        answer = get(server, path)
        assert answer.status_code == 200
        assert answer.headers["Content-Type"] == "text/csv; charset=utf-8"
        text = answer.content.decode("utf-8")
        assert text.startswith("\ufeff" + first)
        assert len(text.splitlines()) > 1
    assert get(server, "/api/places.csv").status_code == 404


def test_oembed_answers_for_our_maps_only(server, seed_documents):
    document_id = seed_documents[0]["id"]
    page = f"{server.url}/documents/{document_id}"
    answer = get(server, f"/oembed?url={quote(page)}&format=json")
    assert answer.status_code == 200
    data = answer.json()
    assert data["type"] == "rich" and data["version"] == "1.0"
    assert data["provider_name"] == "geomap"
    assert data["title"] == seed_documents[0]["title"]
    assert (data["width"], data["height"]) == (800, 500)
    iframe = re.search(r"<iframe [^>]*>", data["html"]).group(0)
    assert f'src="{server.url}/embed/documents/{document_id}?lang=' in iframe
    assert f'title="{html.escape(data["title"])}"' in iframe and 'width="100%"' in iframe
    assert get(server, data["thumbnail_url"]).status_code == 200

    narrow = get(server, f"/oembed?url={quote(page)}&maxwidth=400&maxheight=300").json()
    assert narrow["width"] <= 400 and narrow["height"] <= 300
    assert "max-width:400px" in narrow["html"]
    assert narrow["thumbnail_width"] <= 400 and narrow["thumbnail_height"] <= 300
    thumbnail = Image.open(io.BytesIO(get(server, narrow["thumbnail_url"]).content))
    assert thumbnail.size == (narrow["thumbnail_width"], narrow["thumbnail_height"])

    corpus = get(server, f"/oembed?url={quote(server.url + '/embed/map?kind=link')}").json()
    assert "/embed/map?kind=link" in corpus["html"]

    for url, status in [
        (f"http://example.org/documents/{document_id}", 404),  # another host
        (page.replace("127.0.0.1", "localhost"), 404),  # another host name for it
        (f"{server.url}/add", 404),  # ours, but not a map
        (f"{server.url}/documents/999999", 404),
        (f"{server.url}/?from=2014-13", 404),
        ("javascript:alert(1)", 404),
    ]:
        assert get(server, f"/oembed?url={quote(url)}").status_code == status, url
    assert get(server, f"/oembed?url={quote(page)}&format=xml").status_code == 501
    assert get(server, f"/oembed?url={quote(page)}&maxwidth=wide").status_code == 400
    assert get(server, "/oembed").status_code == 400


def test_map_pages_advertise_oembed_and_a_social_card(server, seed_documents):
    document_id = seed_documents[0]["id"]
    page = get(server, f"/documents/{document_id}").text
    discovery = re.search(
        r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', page
    )
    answer = get(server, html.unescape(discovery.group(1)))
    assert answer.status_code == 200 and answer.json()["type"] == "rich"
    card = re.search(r'<meta property="og:image" content="([^"]+)"', page).group(1)
    assert card.startswith(f"{server.url}/documents/{document_id}/map.png")
    assert get(server, html.unescape(card)).status_code == 200
    snippet = html.unescape(
        re.search(r'<textarea id="embed-code"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    )
    assert f'<script src="{server.url}/static/geomap/embed.js" async></script>' in snippet
    assert f'<noscript><img src="{server.url}/documents/{document_id}/map.png' in snippet
    assert get(server, "/static/geomap/embed.js").status_code == 200
    for path in ("/", "/?kind=link", f"/places/{quote('country:CU')}"):
        assert 'type="application/json+oembed"' in get(server, path).text, path


def test_only_embeds_may_be_framed(server, seed_documents):
    document_id = seed_documents[0]["id"]
    for path in (f"/embed/documents/{document_id}", "/embed/map?kind=link"):
        headers = get(server, path).headers
        assert "X-Frame-Options" not in headers, path
        assert "frame-ancestors *" in headers["Content-Security-Policy"], path
    for path in (
        "/",
        f"/documents/{document_id}",
        f"/documents/{document_id}/map.html",
        f"/documents/{document_id}/map.png",
        "/api/geojson",
        f"/oembed?url={quote(server.url + '/')}",
    ):
        headers = get(server, path).headers
        assert headers["X-Frame-Options"] == "DENY", path
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"], path


def test_embed_pages_fall_back_to_the_png(server, seed_documents):
    document_id = seed_documents[0]["id"]
    page = get(server, f"/embed/documents/{document_id}?lang=th").text
    fallback = re.search(r'<noscript><img src="([^"]+)"', page).group(1)
    assert fallback == f"/documents/{document_id}/map.png?lang=th"


def test_png_maps(server, seed_documents):
    document_id = seed_documents[0]["id"]
    answer = get(server, f"/documents/{document_id}/map.png?lang=th")
    assert answer.status_code == 200 and answer.headers["Content-Type"] == "image/png"
    assert "max-age" in answer.headers["Cache-Control"]
    image = Image.open(io.BytesIO(answer.content)).convert("RGB")
    assert image.size == (1200, 630)
    colours = image.getcolors(maxcolors=1_000_000)
    commonest = max(count for count, _ in colours)
    assert len(colours) > 50 and commonest < 0.9 * 1200 * 630  # drawn on, not blank
    again = get(
        server,
        f"/documents/{document_id}/map.png?lang=th",
        headers={"If-None-Match": answer.headers["ETag"]},
    )
    assert again.status_code == 304
    small = get(server, "/map.png?kind=link&width=600&height=400")
    assert Image.open(io.BytesIO(small.content)).size == (600, 400)
    assert get(server, "/map.png?width=99999").status_code == 400
    assert get(server, "/documents/999999/map.png").status_code == 404


def test_standalone_html_download(server, seed_documents):
    document_id = seed_documents[0]["id"]
    answer = get(server, f"/documents/{document_id}/map.html")
    assert answer.status_code == 200
    assert answer.headers["Content-Disposition"] == (
        f'attachment; filename="geomap-document-{document_id}-map.html"'
    )
    page = answer.text
    assert not re.search(r"<script[^>]* src=", page)  # every script and style inlined
    assert not re.search(r"<link[^>]* href=", page)
    assert "L.map(" in page
    corpus = get(server, "/map.html?kind=link")
    assert corpus.headers["Content-Disposition"].endswith('"geomap-corpus-map.html"')
