"""Every page in Debian's headless Chromium against the real server: the maps draw their
features, nothing errors in the console, no request leaves 127.0.0.1, Thai text gets a
real Thai font. Screenshots go to var/screenshots/ (git-ignored)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
THAI_FONTS = re.compile(
    r"Noto Sans Thai|Sarabun|Garuda|Loma|Tlwg|Waree|Kinnari|Norasi|Laksaman|Umpush|Sawasdee|Purisa",
    re.I,
)
FEATURES = "path.leaflet-interactive"  # markers and lines; the basemap is not interactive


@pytest.fixture
def page(browser, server):
    """A page whose every request is recorded; anything not on 127.0.0.1 is aborted."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="th-TH")
    hosts, errors = set(), []

    def route(route):
        host = urlsplit(route.request.url).hostname
        hosts.add(host)
        if host == "127.0.0.1":
            route.continue_()
        else:
            route.abort()

    context.route("**/*", route)
    opened = context.new_page()
    opened.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert errors == [], errors
    assert hosts == {"127.0.0.1"}, hosts


def map_frame(page):
    frame = page.frame_locator("#map-frame")
    frame.locator(FEATURES).first.wait_for(timeout=30_000)
    return frame


def features_of(server, path: str) -> list[dict]:
    return requests.get(server.url + path, timeout=30).json()["features"]


def thai_font(page, selector: str) -> str:
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument")["root"]["nodeId"]
    node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return max(fonts, key=lambda f: f["glyphCount"])["familyName"]


@pytest.mark.browser
def test_corpus_map(page, server, seed_documents):
    page.goto(f"{server.url}/?lang=th")
    frame = map_frame(page)
    expected = features_of(server, "/api/features")
    assert frame.locator(FEATURES).count() == len(expected)
    # one marker per place however many documents name it, counting all their mentions
    documents = requests.get(f"{server.url}/api/documents", timeout=30).json()
    mentions: dict[str, int] = {}
    for document in documents:
        for feature in features_of(server, f"/api/documents/{document['id']}"):
            if "mentions" in feature["properties"]:
                key = feature["properties"]["gazetteer_key"]
                mentions[key] = mentions.get(key, 0) + len(feature["properties"]["mentions"])
    places = {
        f["properties"]["gazetteer_key"]: f["properties"]["mention_count"]
        for f in expected
        if "mentions" in f["properties"]
    }
    assert places == mentions
    assert page.locator("table.documents tbody tr").count() >= len(seed_documents)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "corpus-map.png"))
    page.select_option("select[name=country]", "CU")
    page.click("form#filters button[type=submit]")
    frame = map_frame(page)
    assert frame.locator(FEATURES).count() == len(features_of(server, "/api/features?country=CU"))


@pytest.mark.browser
def test_document_page_links_text_to_map(page, server, seed_documents):
    document = seed_documents[0]
    page.goto(f"{server.url}/documents/{document['id']}")
    frame = map_frame(page)
    expected = features_of(server, f"/api/documents/{document['id']}")
    assert frame.locator(FEATURES).count() == len(expected)
    assert page.locator("a.mention").count() == sum(
        len(f["properties"].get("mentions", [])) for f in expected
    )
    assert THAI_FONTS.search(thai_font(page, "h1")), thai_font(page, "h1")
    page.locator("a.mention").first.click()
    frame.locator(".leaflet-popup").wait_for(timeout=10_000)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "document.png"))


@pytest.mark.browser
def test_place_login_add_and_correct(page, server, seed_documents):
    feature = features_of(server, f"/api/documents/{seed_documents[0]['id']}")[0]
    page.goto(f"{server.url}/places/{feature['properties']['gazetteer_key']}?lang=en")
    assert page.locator("ul.place-documents li").count() >= 1
    map_frame(page)

    page.goto(f"{server.url}/add")
    assert "/login" in page.url
    page.fill("input[name=token]", server.token)
    page.click("form button[type=submit]")
    page.wait_for_url(re.compile(r"/add$"))
    page.fill(
        "textarea[name=text]",
        "Cambodian and Thai officials met in Bangkok, Thailand, then flew to Phnom Penh.",
    )
    page.fill("input[name=title]", "Border meeting")
    page.click("form.stacked:first-of-type button[type=submit]")
    page.wait_for_url(re.compile(r"/documents/\d+$"))
    map_frame(page)
    assert page.locator("table.corrections form.correct").count() >= 1
    page.locator("table.corrections select").first.select_option("drop")
    page.locator("table.corrections form.correct button").first.click()
    page.wait_for_url(re.compile(r"/documents/\d+#corrections$"))
    assert page.locator("table.corrections em").first.is_visible()
