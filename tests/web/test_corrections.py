"""Corrections over real HTTP reach relations and counts: an editor who says "Georgia" is the
US state takes the country's links and deployments off the document, the corpus map, the
exports and the document list; undo brings them back; a refused correction changes nothing."""

from __future__ import annotations

import csv
import io
import re
from concurrent.futures import ThreadPoolExecutor

import requests

TEXT = (
    "Russia sent 500 troops to Georgia in May 2021. Japan and Vietnam signed a defence "
    "cooperation agreement in Hanoi on 3 May 2021."
)
START = TEXT.index("Georgia")
END = START + len("Georgia")
COUNTS = ("places", "mentions", "links", "deployments")


def get(server, path: str) -> requests.Response:
    response = requests.get(server.url + path, timeout=30)
    assert response.status_code == 200, (path, response.text)
    return response


def post(server, path: str, body: dict, auth: bool = True) -> requests.Response:
    headers = server.auth() if auth else {}
    return requests.post(server.url + path, json=body, headers=headers, timeout=120)


def relations(features: list[dict]) -> list[dict]:
    """Links and deployments without their row ids (a re-derivation stores new rows)."""
    return [
        {**f, "id": None} for f in features if f["properties"]["kind"] in ("link", "deployment")
    ]


def spans(feature: dict) -> set[tuple[int, int]]:
    return {(m["start"], m["end"]) for m in feature["properties"].get("mentions", [])}


def everything(server, document_id: int) -> dict:
    """All a reader sees of the document: its GeoJSON, its place in the list and on the index
    page, its links table, the Georgian relations on the corpus map, and the revision."""
    listed = next(d for d in get(server, "/api/documents").json() if d["id"] == document_id)
    row = re.search(
        rf'href="/documents/{document_id}">[^<]*</a></td>\s*<td>[^<]*</td>\s*<td>[^<]*</td>\s*'
        + r"<td>(\d+)</td>" * len(COUNTS),
        get(server, "/?lang=en").text,
    )
    links_csv = get(server, f"/api/documents/{document_id}/links.csv").content.decode("utf-8-sig")
    return {
        "revision": get(server, "/healthz").json()["revision"],
        "features": get(server, f"/api/documents/{document_id}").json()["features"],
        "counts": listed["counts"],
        "page_counts": dict(zip(COUNTS, map(int, row.groups()), strict=True)),
        "csv_links": len(list(csv.DictReader(io.StringIO(links_csv)))),
        "georgian": [
            f["id"]
            for f in get(server, "/api/features?country=GE").json()["features"]
            if f["properties"]["kind"] in ("link", "deployment")
        ],
    }


def test_corrections_rederive_relations_and_counts(fresh_server, geocoder):
    server = fresh_server
    created = post(server, "/api/documents", {"text": TEXT, "title": "Troops to Georgia"})
    assert created.status_code == 201, created.text
    document_id = created.json()["id"]
    url = f"/api/documents/{document_id}/corrections"
    parsed = everything(server, document_id)
    assert parsed["georgian"], "the country Georgia takes part in a parsed relation"
    assert parsed["page_counts"] == parsed["counts"]
    assert parsed["csv_links"] == parsed["counts"]["links"]

    refused = [
        ({"start": START, "end": END, "action": "choose", "key": "country:FR"}, 400),
        ({"start": START, "end": END, "action": "choose"}, 400),
        ({"start": START, "end": END, "action": "move"}, 400),
        ({"start": START, "end": len(TEXT) + 3, "action": "drop"}, 400),
        ({"start": "x", "end": END, "action": "drop"}, 400),
        ({"start": START, "end": END, "action": "undo"}, 200),  # nothing to undo
    ]
    for body, status in refused:
        assert post(server, url, body).status_code == status, body
    assert (
        post(server, url, {"start": START, "end": END, "action": "drop"}, auth=False).status_code
        == 401
    )
    assert post(server, f"/api/documents/{document_id + 1}/corrections",
                {"start": START, "end": END, "action": "drop"}).status_code == 404  # fmt: skip
    assert everything(server, document_id) == parsed

    state = next(
        c.place.key for c in geocoder.candidates("Georgia") if c.place.country_code == "US"
    )
    answer = post(server, url, {"start": START, "end": END, "action": "choose", "key": state})
    assert answer.status_code == 200, answer.text
    corrected = everything(server, document_id)
    assert answer.json()["features"] == corrected["features"]
    [owner] = [
        f for f in corrected["features"] if (START, END) in spans(f)
    ]  # fmt: skip
    assert owner["properties"]["gazetteer_key"] == state and owner["properties"]["corrected"]
    assert corrected["georgian"] == []
    assert relations(corrected["features"]) != relations(parsed["features"])
    kinds = [f["properties"]["kind"] for f in corrected["features"]]
    assert corrected["counts"]["links"] == kinds.count("link") == corrected["csv_links"]
    assert corrected["counts"]["deployments"] == kinds.count("deployment")
    assert corrected["counts"] != parsed["counts"]
    assert corrected["page_counts"] == corrected["counts"]

    dropped = post(server, url, {"start": START, "end": END, "action": "drop"})
    assert dropped.status_code == 200
    listed = everything(server, document_id)["counts"]
    assert listed["places"] == parsed["counts"]["places"] - 1
    assert listed["mentions"] == parsed["counts"]["mentions"] - 1

    assert post(server, url, {"start": START, "end": END, "action": "undo"}).status_code == 200
    restored = everything(server, document_id)
    assert relations(restored["features"]) == relations(parsed["features"])
    assert [f for f in restored["features"] if f["properties"]["kind"] == "place"] == [
        f for f in parsed["features"] if f["properties"]["kind"] == "place"
    ]
    assert restored["counts"] == restored["page_counts"] == parsed["counts"]
    assert len(restored["georgian"]) == len(parsed["georgian"])


def test_concurrent_corrections_all_land(fresh_server, geocoder):
    """Corrections of one document at once each derive relations from all of them: the end
    state is the one the same corrections made one after another give."""
    server = fresh_server
    document_id = post(server, "/api/documents", {"text": TEXT}).json()["id"]
    url = f"/api/documents/{document_id}/corrections"
    state = next(
        c.place.key for c in geocoder.candidates("Georgia") if c.place.country_code == "US"
    )
    japan = TEXT.index("Japan")
    bodies = [
        {"start": 0, "end": len("Russia"), "action": "drop"},
        {"start": START, "end": END, "action": "choose", "key": state},
        {"start": japan, "end": japan + len("Japan"), "action": "drop"},
    ]
    with ThreadPoolExecutor(len(bodies)) as pool:
        statuses = list(pool.map(lambda body: post(server, url, body).status_code, bodies))
    assert statuses == [200] * len(bodies)
    together = everything(server, document_id)
    for body in bodies:
        assert post(server, url, {**body, "action": "undo"}).status_code == 200
    for body in bodies:
        assert post(server, url, body).status_code == 200
    one_by_one = everything(server, document_id)
    assert relations(together["features"]) == relations(one_by_one["features"])
    assert together["counts"] == one_by_one["counts"]
