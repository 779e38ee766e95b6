"""Script injection, tried for real: hostile strings go in through every way text enters the
corpus (a title, a text beside real place names, an HTML upload whose entities decode to
markup, an imported row's note and url, a correction, a login `next`), then headless
Chromium opens every page and map that shows them, opens every popup and tooltip, and
checks that no dialog fired, no injected element exists and no payload's global was set."""

from __future__ import annotations

import re

import pytest
import requests
from payloads import HOSTILE, HOSTILE_TEXT

INJECTED = "img[src='x'], svg[onload], script#pwned, [onerror], [onload]"
PROBE = f"""() => ({{
    injected: document.querySelectorAll("{INJECTED}").length,
    pwned: typeof window.pwned !== 'undefined',
}})"""
OPEN_EVERY_POPUP = f"""() => {{
    const found = {{ opened: 0, injected: 0 }};
    if (!window.L) return found;
    for (const value of Object.values(window)) {{
        if (!(value instanceof L.Map)) continue;
        value.eachLayer((layer) => {{
            for (const [get, open] of [['getPopup', 'openPopup'], ['getTooltip', 'openTooltip']]) {{
                if (!layer[get] || !layer[get]()) continue;
                try {{ layer[open](); }} catch (error) {{ continue; }}
                found.opened += 1;
                found.injected += document.querySelectorAll("{INJECTED}").length;
            }}
        }});
    }}
    return found;
}}"""


def post(server, path: str, **kwargs) -> requests.Response:
    return requests.post(server.url + path, headers=server.auth(), timeout=120, **kwargs)


@pytest.fixture(scope="module")
def hostile_corpus(server, geocoder) -> dict:
    """Hostile text through every way in; returns the paths that show it."""
    text = " ".join(
        f"Ministers met in Vientiane, Laos, and Russia and Cuba signed an agreement. {payload}"
        for payload in HOSTILE
    )
    created = post(
        server, "/api/documents", json={"text": text, "title": HOSTILE_TEXT[:300]}
    ).json()["id"]
    html = (
        "<html><head><title>&lt;img src=x onerror=alert(1)&gt;</title>"
        "<script>window.pwned = 'script tag kept'</script></head><body>"
        "<p>Troops landed in Dili, Timor-Leste. &lt;script id=pwned&gt;alert(2)&lt;/script&gt;</p>"
        "<p onclick=alert(3)>&lt;svg onload=alert(4)&gt; near Dili</p></body></html>"
    )
    uploaded = post(server, "/api/documents", files={"file": ("hostile.html", html.encode())})
    assert uploaded.status_code == 201, uploaded.text
    rows = "source,target,type,date,note,url\n" + "".join(
        f'Russia,Cuba,meeting,{2000 + n},"{p.replace(chr(34), chr(34) * 2)}",'
        f'"https://news.example/{n}?q={p.replace(chr(34), chr(34) * 2)}"\n'
        for n, p in enumerate(HOSTILE)
        if "javascript" not in p
    )
    imported = post(server, "/api/imports", files={"file": ("hostile.csv", rows.encode())})
    assert imported.status_code == 201, imported.text

    features = requests.get(f"{server.url}/api/documents/{created}", timeout=30).json()
    vientiane = next(f for f in features["features"] if f["properties"].get("name") == "Vientiane")
    mention = vientiane["properties"]["mentions"][1]
    [other, *_] = [
        c.place.key
        for c in geocoder.candidates("Vientiane")
        if c.place.key != vientiane["properties"]["gazetteer_key"]
    ]
    for action, key in (("choose", other), ("drop", None)):
        corrected = post(
            server,
            f"/api/documents/{created}/corrections",
            json={"start": mention["start"], "end": mention["end"], "action": action,
                  "key": key},
        )  # fmt: skip
        assert corrected.status_code == 200, corrected.text
        mention = vientiane["properties"]["mentions"][2]
    refused = post(
        server,
        f"/api/documents/{created}/corrections",
        json={"start": mention["start"], "end": mention["end"], "action": "choose",
              "key": HOSTILE[1]},
    )  # fmt: skip
    assert refused.status_code == 400
    key = vientiane["properties"]["gazetteer_key"]
    document_id = uploaded.json()["id"]
    return {
        "document": created,
        "pages": [
            "/",
            "/?country=CU",
            f"/documents/{created}",
            f"/documents/{document_id}",
            f"/places/{key}",
            "/places/country:CU",
            "/places/country:LA",
            f"/embed/documents/{created}",
            f"/embed/documents/{document_id}",
            "/embed/map",
            f"/embed/places/{key}",
            "/embed/places/country:CU",
            f"/login?next={HOSTILE[4]}",
            f"/places/{HOSTILE[1]}",
        ],
    }


def inspect(page, url: str) -> dict:
    """Load a page, open every popup in it and its frames; what was injected, if anything."""
    page.goto(url)
    page.wait_for_load_state("load")
    if page.locator("#map-frame").count():
        page.frame_locator("#map-frame").locator("path.leaflet-interactive").first.wait_for(
            timeout=30_000
        )
    elif page.locator(".leaflet-container").count():
        page.locator("path.leaflet-interactive").first.wait_for(timeout=30_000)
    found = {"injected": 0, "pwned": False, "opened": 0}
    for frame in page.frames:
        popups = frame.evaluate(OPEN_EVERY_POPUP)
        probe = frame.evaluate(PROBE)
        found["opened"] += popups["opened"]
        found["injected"] += popups["injected"] + probe["injected"]
        found["pwned"] = found["pwned"] or probe["pwned"]
    return found


@pytest.mark.browser
def test_no_script_runs_from_stored_text(browser, server, hostile_corpus):
    context = browser.new_context()
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith(server.url) else route.abort()
        ),
    )
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    opened = 0
    try:
        for path in hostile_corpus["pages"]:
            found = inspect(page, server.url + path)
            assert (found["injected"], found["pwned"]) == (0, False), path
            opened += found["opened"]

        # logged in: the correction table and the import form's refusal show hostile text too
        page.goto(f"{server.url}/login")
        page.fill("input[name=token]", server.token)
        page.click("form.stacked button[type=submit]")
        page.wait_for_url(re.compile(r"/$"))
        found = inspect(page, f"{server.url}/documents/{hostile_corpus['document']}")
        assert (found["injected"], found["pwned"]) == (0, False)
        assert page.locator("table.corrections").count() == 1
        page.goto(f"{server.url}/import")
        bad = f"source,target,type,note\n{HOSTILE[1]!r},Cuba,aid,{HOSTILE[0]!r}\n"
        page.set_input_files(
            "input[name=file]",
            files=[{"name": "x.csv", "mimeType": "text/csv", "buffer": bad.encode()}],
        )
        page.click("form.stacked button[type=submit]")
        page.wait_for_selector("table.problems")
        assert "img src=x" in page.locator("table.problems").inner_text()  # shown, as text
        assert page.evaluate(PROBE) == {"injected": 0, "pwned": False}
    finally:
        context.close()
    assert dialogs == []
    assert opened > 20  # the popups and tooltips were really opened
