"""The app over real HTTP: contract routes, pages, escaping, headers, auth, limits."""

from __future__ import annotations

import html
import re
import stat
from pathlib import Path

import requests

SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]
HOSTILE = '"><script>alert("pwned")</script><img src=x onerror=alert(1)>'


def get(server, path: str, **kwargs) -> requests.Response:
    return requests.get(server.url + path, timeout=30, allow_redirects=False, **kwargs)


def post_json(server, path: str, body: dict, headers: dict | None = None) -> requests.Response:
    return requests.post(server.url + path, json=body, headers=headers or {}, timeout=120)


def test_contract_routes(server, seed_documents):
    health = get(server, "/healthz")
    assert health.status_code == 200 and health.json()["status"] == "ok"
    assert len(seed_documents) == 2
    for document in seed_documents:
        assert {"id", "title", "created", "counts"} <= set(document)
        assert document["counts"]["places"] > 0 and document["counts"]["mentions"] > 0
        page = get(server, f"/documents/{document['id']}")
        assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
        geojson = get(server, f"/api/documents/{document['id']}").json()
        assert geojson["type"] == "FeatureCollection"
        assert len(geojson["features"]) >= document["counts"]["places"]
        ids = [f["id"] for f in geojson["features"]]
        assert len(ids) == len(set(ids))
        for feature_id in ids:  # every feature is linked from the highlighted text
            assert f'data-feature="{feature_id}"' in page.text


def test_pages_open_in_both_languages(server, seed_documents):
    document = seed_documents[0]
    features = get(server, f"/api/documents/{document['id']}").json()["features"]
    place_key = features[0]["properties"]["gazetteer_key"]
    for lang, word in (("en", "Documents"), ("th", "เอกสาร")):
        for path in ("/", f"/documents/{document['id']}", f"/places/{place_key}", "/login"):
            page = get(server, f"{path}?lang={lang}")
            assert page.status_code == 200, path
            assert f'<html lang="{lang}">' in page.text
        assert word in get(server, f"/?lang={lang}").text
    thai = get(server, "/", headers={"Accept-Language": "th-TH,th;q=0.9,en;q=0.5"})
    assert '<html lang="th">' in thai.text
    assert get(server, "/documents/999999").status_code == 404
    assert get(server, "/api/documents/999999").json()["status"] == 404
    assert get(server, "/places/no:such-place").status_code == 404
    assert get(server, "/?country=Thailand").status_code == 400


def test_security_headers(server, seed_documents):
    for path in ("/", f"/documents/{seed_documents[0]['id']}", "/login", "/api/documents"):
        headers = get(server, path).headers
        policy = headers["Content-Security-Policy"]
        assert re.search(r"script-src 'self' 'nonce-[\w-]{16,}'", policy)
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert "frame-ancestors 'none'" in policy
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    first, second = (get(server, "/").headers["Content-Security-Policy"] for _ in range(2))
    assert first != second  # a fresh nonce each time
    page = get(server, "/").text
    assert "<script>" not in page
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page)  # no inline scripts
    assert get(server, "/", headers={"Host": "attacker.example"}).status_code == 400


def test_api_writes_need_the_token(server):
    body = {"text": "Thai troops trained with US marines in Chiang Mai, Thailand."}
    missing = post_json(server, "/api/documents", body)
    assert missing.status_code == 401
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    wrong = post_json(server, "/api/documents", body, {"Authorization": "Bearer not-the-token"})
    assert wrong.status_code == 403
    assert requests.delete(f"{server.url}/api/documents/1", timeout=10).status_code == 401
    listed = get(server, "/api/documents").json()
    assert all("Chiang Mai" not in d["title"] for d in listed)


def test_api_creates_documents_once(server):
    body = {
        "text": "Russian warships docked in Havana, Cuba, on Monday.\nThe visit lasted five days.",
        "title": "Warships in Havana",
        "source_url": "https://news.example/havana",
        "published": "2024-06-12",
    }
    created = post_json(server, "/api/documents", body, server.auth())
    assert created.status_code == 201, created.text
    new_id = created.json()["id"]
    assert created.headers["Location"] == f"/documents/{new_id}"
    again = post_json(server, "/api/documents", body, server.auth())
    assert again.status_code == 200 and again.json() == {**created.json(), "created": False}
    [listed] = [d for d in get(server, "/api/documents").json() if d["id"] == new_id]
    assert listed["title"] == "Warships in Havana" and listed["published"] == "2024-06-12"
    names = {
        f["properties"].get("name")
        for f in get(server, f"/api/documents/{new_id}").json()["features"]
    }
    assert {"Havana", "Cuba"} <= names
    page = get(server, f"/documents/{new_id}").text
    assert 'href="https://news.example/havana" rel="noopener noreferrer nofollow"' in page


def test_bad_input_is_refused_with_a_reason(server):
    auth = server.auth()
    cases = [
        ({"text": "   "}, 400, "empty"),
        ({"text": "x", "published": "soon"}, 400, "published"),
        ({"text": "x", "source_url": "javascript:alert(1)"}, 400, "source_url"),
        ({"text": "x", "colour": "red"}, 400, "unknown fields"),
        ({"text": 5}, 400, "string"),
        ({"text": "ก" * 200_001}, 413, "longer than"),
    ]
    for body, status, reason in cases:
        answer = post_json(server, "/api/documents", body, auth)
        assert answer.status_code == status, (body, answer.text)
        assert reason in answer.json()["error"]
    not_json = requests.post(
        f"{server.url}/api/documents", data="text=hi", headers=auth, timeout=10
    )
    assert not_json.status_code == 415


def test_uploads_detect_encodings_and_refuse_binary(server):
    auth = server.auth()
    thai = SEED.read_text(encoding="utf-8").replace("รัสเซีย", "รัสเซีย ", 1)  # a new text

    def upload(name: str, data: bytes) -> requests.Response:
        return requests.post(
            f"{server.url}/api/documents", files={"file": (name, data)}, headers=auth, timeout=120
        )

    tis = upload("khao.txt", thai.encode("cp874"))
    assert tis.status_code == 201, tis.text
    stored = get(server, f"/api/documents/{tis.json()['id']}").json()
    assert any(f["properties"]["name"] == "Cuba" for f in stored["features"])
    assert upload("khao-utf16.txt", thai.encode("utf-16")).json()["id"] == tis.json()["id"]
    binary = upload("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300))
    assert binary.status_code == 415 and "binary" in binary.json()["error"]
    assert upload("report.pdf", b"%PDF-1.4").status_code == 415
    latin = upload("old.txt", "Caf\xe9 in S\xe3o Tom\xe9".encode("latin-1"))
    assert latin.status_code == 400 and "UTF-8" in latin.json()["error"]
    assert upload("blank.md", b"\n\n  ").status_code == 400
    many = requests.post(
        f"{server.url}/api/documents",
        files=[("file", (f"{n}.txt", b"Bangkok")) for n in range(21)],
        headers=auth,
        timeout=30,
    )
    assert many.status_code == 413
    huge = requests.post(
        f"{server.url}/api/documents",
        files={"file": ("big.txt", b"a" * (17 * 1024 * 1024))},
        headers=auth,
        timeout=60,
    )
    assert huge.status_code == 413


def test_hostile_text_and_titles_are_escaped(server):
    body = {"text": f"Talks in Bangkok {HOSTILE} ended.", "title": HOSTILE}
    created = post_json(server, "/api/documents", body, server.auth())
    assert created.status_code == 201
    new_id = created.json()["id"]
    [place] = get(server, f"/api/documents/{new_id}").json()["features"]
    for path in ("/", f"/documents/{new_id}", f"/places/{place['properties']['gazetteer_key']}"):
        page = get(server, path)
        assert page.status_code == 200
        assert '<script>alert("pwned")' not in page.text and "<img src=x" not in page.text
    document_page = get(server, f"/documents/{created.json()['id']}").text
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in document_page


def test_browser_login_session_and_csrf(server, seed_documents, geocoder):
    browser = requests.Session()
    redirect = browser.get(f"{server.url}/add", allow_redirects=False, timeout=10)
    assert redirect.status_code == 302 and "/login?next=/add" in redirect.headers["Location"]
    form = browser.get(f"{server.url}/login", timeout=10).text
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    no_csrf = browser.post(f"{server.url}/login", data={"token": server.token}, timeout=10)
    assert no_csrf.status_code == 403
    wrong = browser.post(
        f"{server.url}/login", data={"token": "guess", "csrf_token": csrf}, timeout=10
    )
    assert wrong.status_code == 403
    logged = browser.post(
        f"{server.url}/login",
        data={"token": server.token, "csrf_token": csrf, "next": "/add"},
        allow_redirects=False,
        timeout=10,
    )
    assert logged.status_code == 303 and logged.headers["Location"] == "/add"
    cookie = logged.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    add_page = browser.get(f"{server.url}/add", timeout=10)
    assert add_page.status_code == 200
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', add_page.text).group(1)
    text = "Vietnamese and Thai officials met in Hanoi, Vietnam, about the Mekong."
    forged = browser.post(f"{server.url}/add", data={"form": "text", "text": text}, timeout=60)
    assert forged.status_code == 403
    added = browser.post(
        f"{server.url}/add",
        data={"form": "text", "text": text, "title": "Hanoi talks", "csrf_token": csrf},
        allow_redirects=False,
        timeout=120,
    )
    assert added.status_code == 303
    document_id = int(added.headers["Location"].rsplit("/", 1)[1])

    # a correction through the form: the first mention of Hanoi becomes another candidate
    page = browser.get(f"{server.url}/documents/{document_id}", timeout=30).text
    start = text.index("Hanoi")
    for candidate in geocoder.candidates("Hanoi"):
        assert f'value="place:{candidate.place.key}"' in page
    outsider = requests.post(
        f"{server.url}/documents/{document_id}/corrections",
        data={"start": start, "end": start + 5, "choice": "drop"},
        timeout=10,
    )
    assert outsider.status_code == 403
    dropped = browser.post(
        f"{server.url}/documents/{document_id}/corrections",
        data={"start": start, "end": start + 5, "choice": "drop", "csrf_token": csrf},
        allow_redirects=False,
        timeout=30,
    )
    assert dropped.status_code == 303
    spans = [
        (m["start"], m["end"])
        for f in get(server, f"/api/documents/{document_id}").json()["features"]
        for m in f["properties"].get("mentions", [])
    ]
    assert (start, start + 5) not in spans
    logout = browser.post(f"{server.url}/logout", data={"csrf_token": csrf}, timeout=10)
    assert logout.status_code == 200
    assert browser.get(f"{server.url}/add", allow_redirects=False, timeout=10).status_code == 302


def test_api_corrections_reach_every_export(server, seed_documents, geocoder):
    document = seed_documents[1]
    features = get(server, f"/api/documents/{document['id']}").json()["features"]
    target = next(f for f in features if f["properties"]["kind"] == "place")
    mention = target["properties"]["mentions"][0]
    choices = [
        c
        for c in geocoder.candidates(mention["text"])
        if c.place.key != target["properties"]["gazetteer_key"]
    ]
    url = f"/api/documents/{document['id']}/corrections"
    body = {"start": mention["start"], "end": mention["end"], "action": "drop"}
    assert post_json(server, url, body).status_code == 401
    assert (
        post_json(
            server, url, {**body, "action": "choose", "key": "no:such"}, server.auth()
        ).status_code
        == 400
    )

    def mention_counts() -> dict[str, int]:
        """Mentions of each place across the corpus (the corpus map joins documents)."""
        corpus = get(server, "/api/features").json()["features"]
        return {
            f["properties"]["gazetteer_key"]: f["properties"]["mention_count"]
            for f in corpus
            if "mentions" in f["properties"]
        }

    def spans(features: list[dict]) -> set:
        return {  # a corpus place's mentions each name their document
            (m.get("document_id", f["properties"].get("document_id")), m["start"], m["end"])
            for f in features
            for m in f["properties"].get("mentions", [])
        }

    key = target["properties"]["gazetteer_key"]
    before = mention_counts()
    answer = post_json(server, url, body, server.auth())
    assert answer.status_code == 200
    gone = (document["id"], mention["start"], mention["end"])
    assert gone not in spans(get(server, f"/api/documents/{document['id']}").json()["features"])
    assert gone not in spans(get(server, "/api/features").json()["features"])
    dropped = mention_counts()
    assert dropped.get(key, 0) == before[key] - 1
    if choices:
        chosen = {**body, "action": "choose", "key": choices[0].place.key}
        assert post_json(server, url, chosen, server.auth()).status_code == 200
        own = get(server, f"/api/documents/{document['id']}").json()["features"]
        [owner] = [f for f in own if gone in spans([f])]
        assert owner["properties"]["gazetteer_key"] == choices[0].place.key
        moved = mention_counts()
        assert moved[choices[0].place.key] == dropped.get(choices[0].place.key, 0) + 1
    undo = post_json(server, url, {**body, "action": "undo"}, server.auth())
    assert undo.status_code == 200
    assert gone in spans(get(server, f"/api/documents/{document['id']}").json()["features"])
    assert mention_counts() == before


def test_token_made_at_first_start_is_private(server):
    token_file = server.data_dir / "api-token"
    assert token_file.read_text().strip() == server.token
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert stat.S_IMODE((server.data_dir / "secret-key").stat().st_mode) == 0o600


def test_refuses_non_loopback_without_secrets(tmp_path, run_cli):
    refused = run_cli(
        "serve", "--data-dir", str(tmp_path), "--host", "0.0.0.0", "--port", "5999",
        env={"GEOMAP_API_TOKEN": "", "GEOMAP_SECRET_KEY": ""},
    )  # fmt: skip
    assert refused.returncode == 1
    assert "refusing to listen on 0.0.0.0" in refused.stderr
    short = run_cli(
        "serve", "--data-dir", str(tmp_path), "--host", "0.0.0.0", "--port", "5999",
        env={"GEOMAP_API_TOKEN": "short", "GEOMAP_SECRET_KEY": "x" * 40},
    )  # fmt: skip
    assert short.returncode == 1 and "at least 16 characters" in short.stderr
    assert not (tmp_path / "api-token").exists()


def test_relation_types_are_named_in_the_page_language(server, seed_documents):
    from geomap.relations import TYPES_BY_NAME

    document = seed_documents[0]
    features = get(server, f"/api/documents/{document['id']}").json()["features"]
    kinds = {f["properties"]["relation"] for f in features if f["properties"]["kind"] == "link"}
    assert kinds
    for lang, label in (("th", "label_th"), ("en", "label_en")):
        page = get(server, f"/documents/{document['id']}?lang={lang}").text
        for kind in kinds:
            assert html.escape(getattr(TYPES_BY_NAME[kind], label)) in page
