"""Online tiles are an optional layer: off by default, on only when configured, and then the
one remote origin the map page's CSP lets images come from."""

from __future__ import annotations

import requests
from conftest import start_server, stop_server

TILES = "https://{s}.tile.example.org/{z}/{x}/{y}.png"


def test_maps_use_no_tiles_unless_configured(server, seed_documents):
    page = requests.get(f"{server.url}/embed/documents/{seed_documents[0]['id']}", timeout=60)
    assert page.status_code == 200
    assert "tile.example.org" not in page.text
    assert "img-src 'self' data:;" in page.headers["Content-Security-Policy"]


def test_configured_tiles_become_a_layer_with_attribution(tmp_path, gazetteer_path):
    running = start_server(
        tmp_path,
        gazetteer_path,
        GEOMAP_TILES_URL=TILES,
        GEOMAP_TILES_ATTRIBUTION="Tiles © Example",
    )
    try:
        created = requests.post(
            f"{running.url}/api/documents",
            json={"text": "Russian warships reached Havana, Cuba.", "title": "Havana"},
            headers=running.auth(),
            timeout=60,
        )
        assert created.status_code == 201, created.text
        page = requests.get(f"{running.url}/embed/documents/{created.json()['id']}", timeout=60)
        assert ".tile.example.org/" in page.text  # the template, with its braces escaped
        assert "Tiles \\u00a9 Example" in page.text  # as JSON inside the map script
        csp = page.headers["Content-Security-Policy"]
        assert "img-src 'self' data: https://*.tile.example.org;" in csp
        assert "script-src 'self' 'nonce-" in csp  # scripts still come only from the app
    finally:
        stop_server(running)
