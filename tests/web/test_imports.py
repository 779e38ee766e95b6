"""Relation tables through the real server: the JSON API and the logged-in `/import` page.
A bad file changes nothing; hostile text in rows stays text on pages and maps."""

from __future__ import annotations

import csv
import io
import re

import requests
from payloads import HOSTILE, HOSTILE_TEXT, RAW_MARKERS

GOOD_ROWS = [
    {"source": "Georgia", "target": "Turkmenistan", "type": "meeting", "date": "2006-02",
     "status": "refused", "note": "Declined to send representatives"},
    {"source": "Thailand", "target": "United States", "type": "joint_exercise",
     "date": "2025-02", "note": f"Cobra Gold {HOSTILE_TEXT}"},
    {"source": "RU", "target": "CU", "type": "base", "date": "2019", "place": "Lourdes",
     "status": "planned", "note": HOSTILE[1],
     "url": "https://news.example/cuba?q=\"><script>alert(1)</script>"},
]  # fmt: skip


def table(rows: list[dict]) -> bytes:
    out = io.StringIO()
    columns = ["source", "target", "type", "date", "status", "place", "note", "url"]
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def state(server) -> tuple:
    """What a refused file must leave as it was: revision, imports, corpus features."""
    revision = requests.get(f"{server.url}/healthz", timeout=10).json()["revision"]
    imports = requests.get(f"{server.url}/api/imports", timeout=10).json()
    features = requests.get(f"{server.url}/api/features", timeout=60).json()["features"]
    return revision, len(imports), len(features)


def post_file(server, name: str, data: bytes, headers: dict | None = None):
    return requests.post(
        f"{server.url}/api/imports", files={"file": (name, data)}, headers=headers, timeout=60
    )


def assert_inert(page: requests.Response, status: int = 200) -> None:
    assert page.status_code == status, page.url
    for marker in RAW_MARKERS:
        assert marker not in page.text, (page.url, marker)


def test_api_import_is_all_or_nothing_and_idempotent(server, seed_documents):
    data = table(GOOD_ROWS)
    assert post_file(server, "mine.csv", data).status_code == 401
    assert post_file(server, "mine.csv", data, {"Authorization": "Bearer nope"}).status_code == 403
    before = state(server)

    bad = table([
        *GOOD_ROWS,
        {"source": "Russia", "target": HOSTILE[0], "type": "aid"},
        {"source": "Russia", "target": "Cuba", "type": "aid", "date": "2019-14"},
    ])  # fmt: skip
    refused = post_file(server, "bad.csv", bad, server.auth())
    assert refused.status_code == 400
    problems = refused.json()["problems"]
    assert [p["line"] for p in problems] == [5, 6]
    assert "unknown country" in problems[0]["reason"] and "bad date" in problems[1]["reason"]
    assert post_file(server, "photo.png", b"\x89PNG", server.auth()).status_code == 415
    assert post_file(server, "nul.csv", b"source,target\x00", server.auth()).status_code == 400
    huge = post_file(server, "huge.csv", b"a" * 5_000_001, server.auth())
    assert huge.status_code == 413
    not_multipart = requests.post(
        f"{server.url}/api/imports", data=data, headers=server.auth(), timeout=10
    )
    assert not_multipart.status_code == 415
    assert state(server) == before  # nothing of any refused file was stored

    created = post_file(server, "mine.csv", data, server.auth())
    assert created.status_code == 201, created.text
    body = created.json()
    assert (body["rows"], body["links"], body["deployments"]) == (3, 2, 1)
    after = state(server)
    assert after[0] > before[0] and after[1] == before[1] + 1
    again = post_file(server, "renamed.csv", data, server.auth())
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    assert state(server) == after

    # the Georgia row joins the link the seed text gives: one feature, two sources
    links = requests.get(f"{server.url}/api/features?kind=link&country=TM", timeout=30).json()
    joined = [f for f in links["features"] if f["properties"]["date"] == "2006-02"
              and f["properties"]["source_country"] in ("GE", "TM")
              and f["properties"]["target_country"] in ("GE", "TM")]  # fmt: skip
    assert len(joined) == 1 and joined[0]["properties"]["sources"] == 2
    kinds = {e.get("kind") for e in joined[0]["properties"]["evidence"]}
    assert "import" in kinds

    for path in ("/", "/?country=TH", "/places/country:CU", "/embed/map",
                 "/embed/places/country:CU", "/embed/map?country=TH", "/import"):  # fmt: skip
        page = requests.get(server.url + path, timeout=60, allow_redirects=False)
        if path == "/import":
            assert page.status_code == 302  # the form needs a login
            continue
        assert_inert(page)
    cuba = requests.get(f"{server.url}/places/country:CU", timeout=30).text
    assert "&lt;img src=x onerror=" in cuba  # the note is shown, as text
    assert 'href="https://news.example/cuba?q=&#34;&gt;&lt;script&gt;' in cuba

    assert requests.delete(f"{server.url}/api/imports/{body['id']}", timeout=10).status_code == 401
    deleted = requests.delete(
        f"{server.url}/api/imports/{body['id']}", headers=server.auth(), timeout=10
    )
    assert deleted.status_code == 204
    assert state(server)[1:] == before[1:]


def test_import_page_needs_login_and_csrf_and_lists_problems(server):
    browser = requests.Session()
    redirect = browser.get(f"{server.url}/import", allow_redirects=False, timeout=10)
    assert redirect.status_code == 302 and "/login?next=/import" in redirect.headers["Location"]
    form = browser.get(f"{server.url}/login", timeout=10).text
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    logged = browser.post(
        f"{server.url}/login", data={"token": server.token, "csrf_token": csrf}, timeout=10
    )
    assert logged.status_code == 200
    page = browser.get(f"{server.url}/import", timeout=10)
    assert page.status_code == 200
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    rows = [{"source": "Japan", "target": "Thailand", "type": "aid", "date": "2024-09",
             "note": "Flood relief"}]  # fmt: skip
    forged = browser.post(
        f"{server.url}/import", files={"file": ("jp.csv", table(rows))}, timeout=30
    )
    assert forged.status_code == 403
    before = state(server)

    hostile_name = HOSTILE[4]
    bad = table([*rows, {"source": hostile_name, "target": "Thailand", "type": "aid"}])
    refused = browser.post(
        f"{server.url}/import",
        data={"csrf_token": csrf},
        files={"file": ("bad.csv", bad)},
        timeout=30,
    )
    assert refused.status_code == 400
    assert re.search(r"<td>3</td><td>unknown country or place in source", refused.text)
    assert "&gt;&lt;svg onload=" in refused.text
    assert_inert(refused, 400)
    assert state(server) == before

    stored = browser.post(
        f"{server.url}/import",
        data={"csrf_token": csrf},
        files={"file": ("jp.csv", table(rows))},
        timeout=30,
    )
    assert stored.status_code == 200
    assert re.search(r'<strong class="count">1</strong>', stored.text)
    assert "jp.csv" in stored.text
    assert state(server)[1] == before[1] + 1
    import_id = requests.get(f"{server.url}/api/imports", timeout=10).json()[0]["id"]
    requests.delete(f"{server.url}/api/imports/{import_id}", headers=server.auth(), timeout=10)
