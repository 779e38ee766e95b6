"""Map test data: real places and borders from the pipeline, links and deployments built by
hand in the `geomap parse` contract (the relations stage is built on another branch), and
hostile strings planted in names, evidence sentences and titles."""

from __future__ import annotations

import copy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED_WITH_BORDER = ROOT / "seeds" / "004_42ff11d4c4d70612.txt"

HOSTILE = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "`${alert(1)}`",
    "</script><script>alert(2)</script>",
    "\"'><svg onload=alert(3)>",
    "\\` + alert(4) + \\`",
    "{{ 7*7 }} {% if true %}jinja-ran{% endif %} {# comment #}",  # folium recompiles its output
)
HOSTILE_TEXT = " ".join(HOSTILE)


def evidence(*sentences: str, title: str | None = None) -> list[dict]:
    return [
        {
            "sentence": s,
            "start": 0,
            "end": len(s),
            "document_title": title,
            "document_url": "https://example.org/news/1",
        }
        for s in sentences
    ]


def link(feature_id, source, target, coordinates, relation, status="realised", sentences=()):
    multi = isinstance(coordinates[0][0], list)
    return {
        "type": "Feature",
        "id": feature_id,
        "geometry": {
            "type": "MultiLineString" if multi else "LineString",
            "coordinates": coordinates,
        },
        "properties": {
            "kind": "link",
            "source_country": source,
            "target_country": target,
            "source": source,
            "target": target,
            "relation": relation,
            "cameo": "042",
            "status": status,
            "date": "2019-03-01",
            "evidence": evidence(*sentences, title=f"Report {HOSTILE_TEXT}"),
            "confidence": 0.8,
        },
    }


def deployment(feature_id, actor, host, lon, lat, troops, status, sentence, relation=None):
    properties = {
        "kind": "deployment",
        "actor_country": actor,
        "host_country": host,
        "troops": troops,
        "status": status,
        "date": "2020",
        "evidence": evidence(sentence),
        "confidence": 0.7,
    }
    if relation:
        properties["relation"] = relation
    return {
        "type": "Feature",
        "id": feature_id,
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": properties,
    }


# Beijing -> Washington over the Pacific: a great circle split at the antimeridian (RFC 7946).
PACIFIC = [
    [[116.4, 39.9], [130.0, 46.0], [150.0, 53.5], [170.0, 58.0], [180.0, 59.0]],
    [[-180.0, 59.0], [-160.0, 59.5], [-130.0, 55.0], [-100.0, 47.0], [-77.0, 38.9]],
]
MOSCOW_HAVANA = [[37.6, 55.75], [10.0, 62.0], [-30.0, 58.0], [-60.0, 42.0], [-82.4, 23.1]]
MOSCOW_DUSHANBE = [[37.6, 55.75], [50.0, 48.0], [60.0, 43.0], [68.8, 38.6]]


def every_kind(seed_features: list[dict]) -> list[dict]:
    """Every feature kind, with ids, and hostile strings where document text goes."""
    places = copy.deepcopy(seed_features)
    for number, feature in enumerate(places):
        feature["id"] = f"place-{number}"
    named = next(f for f in places if f["properties"]["kind"] == "place")
    named["properties"]["name"] = f"Moscow {HOSTILE_TEXT}"
    named["properties"]["name_th"] = f"มอสโก {HOSTILE_TEXT}"
    named["properties"]["mentions"][0]["sentence"] = f"รัสเซีย {HOSTILE_TEXT}"
    named["properties"]["document_title"] = f"ข่าว {HOSTILE_TEXT}"
    links = [
        link("link-1", "RU", "CU", MOSCOW_HAVANA, "arms", sentences=[HOSTILE_TEXT]),
        link(
            "link-2",
            "RU",
            "TJ",
            MOSCOW_DUSHANBE,
            "joint_exercise",
            "planned",
            ["Russia and Tajikistan will hold drills.", "รัสเซียและทาจิกิสถานจะซ้อมรบร่วมกัน", "x"],
        ),
        link("link-3", "CN", "US", PACIFIC, "agreement", sentences=["China and the US signed."]),
    ]
    deployments = [
        deployment("dep-1", "RU", "TJ", 68.8, 38.6, 7000, "realised", f"201st base {HOSTILE_TEXT}"),
        deployment("dep-2", "RU", "CU", -82.4, 23.1, None, "planned", "Russia plans a base."),
        deployment(
            "dep-3", "US", "AF", 69.2, 34.5, 1500, "realised", "US troops left.", "withdrawal"
        ),
    ]
    return places + links + deployments
