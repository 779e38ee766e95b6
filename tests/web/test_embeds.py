"""The map iframes over HTTP: any site may frame them, each response carries its own nonce,
filters are checked, and document text never reaches them as markup."""

from __future__ import annotations

import re

import requests


def test_embeds_are_frameable_and_nonced(server, seed_documents):
    document_id = seed_documents[0]["id"]
    for path in (f"/embed/documents/{document_id}?lang=th", "/embed/map", "/embed/map?kind=place"):
        answer = requests.get(server.url + path, timeout=60)
        assert answer.status_code == 200, path
        assert "X-Frame-Options" not in answer.headers
        policy = answer.headers["Content-Security-Policy"]
        assert "frame-ancestors *" in policy
        nonce = re.search(r"'nonce-([\w-]+)'", policy).group(1)
        scripts = re.findall(r"<script\b[^>]*>", answer.text)
        assert scripts and all(f'nonce="{nonce}"' in tag for tag in scripts)
    again = requests.get(f"{server.url}/embed/map", timeout=60)
    assert (
        re.search(r"'nonce-([\w-]+)'", again.headers["Content-Security-Policy"]).group(1) != nonce
    )
    assert requests.get(f"{server.url}/embed/map?country=Cuba", timeout=10).status_code == 400
    assert requests.get(f"{server.url}/embed/documents/999999", timeout=10).status_code == 404


def test_hostile_titles_stay_text_in_maps(server):
    hostile = '<img src=x onerror=alert(1)><script>alert("map")</script>'
    created = requests.post(
        f"{server.url}/api/documents",
        json={"text": f"Ministers met in Vientiane, Laos. {hostile}", "title": hostile},
        headers=server.auth(),
        timeout=120,
    )
    assert created.status_code == 201
    page = requests.get(f"{server.url}/embed/documents/{created.json()['id']}", timeout=60).text
    assert "<img src=x" not in page and '<script>alert("map")' not in page
