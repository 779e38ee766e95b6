"""RFC 7946 output: schema-valid, 6-decimal lon/lat, right-hand-rule polygons, bbox on areas
and lines, links as great circles cut at the antimeridian, filters checked."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from shapely.geometry import LinearRing, MultiPolygon, shape
from shapely.geometry.polygon import orient

from geomap.export import (
    ExportError,
    export_corpus,
    export_document,
    feature_collection,
    geometry_bbox,
    rfc7946_feature,
)


def positions(geometry: dict) -> list[list[float]]:
    found: list = []

    def walk(value) -> None:
        if value and isinstance(value[0], int | float):
            found.append(value)
        else:
            for item in value:
                walk(item)

    walk(geometry["coordinates"])
    return found


def decimals(value: float) -> int:
    return max(0, -Decimal(repr(value)).as_tuple().exponent)


def orient_all(geometry) -> MultiPolygon:
    """The country shape with every exterior ring counterclockwise (to be reversed)."""
    parts = geometry.geoms if hasattr(geometry, "geoms") else [geometry]
    return MultiPolygon([orient(part, sign=1.0) for part in parts])


def pacific_link(collection: dict) -> dict:
    (link,) = [f for f in collection["features"] if f["properties"].get("target") == "Anchorage"]
    return link


def test_corpus_export_is_valid_rfc7946(store, rfc7946):
    made = export_corpus(store)
    collection = json.loads(made.text)
    errors = sorted(rfc7946.iter_errors(collection), key=lambda e: list(e.path))
    assert errors == [], [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    kinds = {f["properties"]["kind"] for f in collection["features"]}
    assert kinds == {"place", "border", "link", "deployment"}
    assert made.count == len(collection["features"]) == len(store.corpus_features())
    keys = [f["properties"]["gazetteer_key"] for f in collection["features"]
            if f["properties"]["kind"] in ("place", "border")]  # fmt: skip
    assert len(keys) == len(set(keys))  # one feature per place across the documents
    for feature in collection["features"]:
        assert all(decimals(v) <= 6 for p in positions(feature["geometry"]) for v in p)
        if feature["geometry"]["type"] != "Point" or feature["properties"].get("feature_type") in (
            "country",
            "region",
        ):
            assert "bbox" in feature, feature["id"]


def test_document_export_names_its_document(store, rfc7946):
    document = store.list_documents()[0]
    collection = json.loads(export_document(store, document.id).text)
    assert not list(rfc7946.iter_errors(collection))
    assert collection["document"]["id"] == document.id
    assert collection["document"]["title"] == document.title
    assert {f["properties"]["document_id"] for f in collection["features"]} == {document.id}
    with pytest.raises(ExportError, match="no document"):
        export_document(store, 999_999)


def test_bbox_holds_the_geometry(store):
    collection = json.loads(export_corpus(store).text)
    for feature in collection["features"]:
        if "bbox" not in feature:
            continue
        west, south, east, north = feature["bbox"]
        assert south <= north
        for lon, lat in positions(feature["geometry"]):
            assert south <= lat <= north, feature["id"]
            inside = west <= lon <= east if west <= east else lon >= west or lon <= east
            assert inside, (feature["id"], lon, feature["bbox"])


def test_link_across_the_antimeridian_is_cut_there(store):
    link = pacific_link(json.loads(export_corpus(store, {"kind": "link"}).text))
    geometry = link["geometry"]
    assert geometry["type"] == "MultiLineString"
    west_part, east_part = geometry["coordinates"]  # Vladivostok side, then Alaska side
    assert all(lon >= 131 for lon, _ in west_part) and west_part[-1][0] == 180
    assert all(lon <= -149 for lon, _ in east_part) and east_part[0][0] == -180
    assert west_part[-1][1] == east_part[0][1]  # the two parts meet at the same latitude
    assert len(west_part) + len(east_part) >= 60  # densified, not a straight segment
    for part in (west_part, east_part):
        lons = [lon for lon, _ in part]
        assert max(lons) - min(lons) < 60  # no part crosses the map the long way
    west, _, east, _ = link["bbox"]
    assert west == pytest.approx(131.87, abs=0.1) and east == pytest.approx(-149.9, abs=0.1)
    assert west > east  # RFC 7946 section 5.2: a box across the antimeridian


def test_stored_straight_links_become_great_circles():
    straight = {
        "type": "Feature",
        "id": "link-x",
        "geometry": {"type": "LineString", "coordinates": [[131.88, 43.12], [-149.9, 61.22]]},
        "properties": {"kind": "link", "source_country": "RU", "target_country": "US"},
    }
    exported = rfc7946_feature(straight)
    assert exported["geometry"]["type"] == "MultiLineString"
    assert exported["geometry"]["coordinates"][0][0] == [131.88, 43.12]
    assert exported["geometry"]["coordinates"][-1][-1] == [-149.9, 61.22]
    moscow_havana = {
        **straight,
        "geometry": {"type": "LineString", "coordinates": [[37.62, 55.75], [-82.38, 23.13]]},
    }
    line = rfc7946_feature(moscow_havana)["geometry"]
    assert line["type"] == "LineString" and len(line["coordinates"]) > 10
    assert max(lat for _, lat in line["coordinates"]) > 60  # the great circle bows north


def test_polygons_follow_the_right_hand_rule(gazetteer):
    thailand = orient_all(gazetteer.country_shape("TH"))
    polygons = [
        [[list(p) for p in ring.coords] for ring in (part.exterior, *part.interiors)]
        for part in sorted(thailand.geoms, key=lambda g: -g.area)
    ]
    wrong = [[list(reversed(ring)) for ring in polygon] for polygon in polygons]
    wrong[0].append([[100.5, 13.7], [100.6, 13.7], [100.6, 13.8], [100.5, 13.8], [100.5, 13.7]])
    feature = {
        "type": "Feature",
        "geometry": {"type": "MultiPolygon", "coordinates": wrong},
        "properties": {"kind": "place", "feature_type": "country", "name": "Thailand"},
    }
    assert not LinearRing(wrong[0][0]).is_ccw
    exported = rfc7946_feature(feature)
    for polygon in exported["geometry"]["coordinates"]:
        exterior, *holes = polygon
        assert LinearRing(exterior).is_ccw
        assert holes == [] or not any(LinearRing(hole).is_ccw for hole in holes)
        assert all(ring[0] == ring[-1] and len(ring) >= 4 for ring in polygon)
    single = {**feature, "geometry": {"type": "Polygon", "coordinates": wrong[0]}}
    assert LinearRing(rfc7946_feature(single)["geometry"]["coordinates"][0]).is_ccw
    west, south, east, north = exported["bbox"]
    assert 97 < west < 98 and 5 < south < 6 and 105 < east < 106 and 20 < north < 21
    assert shape(exported["geometry"]).is_valid


def test_geometry_bbox_across_the_antimeridian():
    cut = {
        "type": "MultiLineString",
        "coordinates": [[[170, 50], [180, 52]], [[-180, 52], [-170, 54]]],
    }
    assert geometry_bbox(cut) == [170, 50, -170, 54]
    plain = {"type": "LineString", "coordinates": [[-170, 50], [170, 52]]}
    assert geometry_bbox(plain) == [-170, 50, 170, 52]


def test_filters_select_and_bad_ones_are_refused(store):
    everything = json.loads(export_corpus(store).text)["features"]
    by_kind = {
        kind: json.loads(export_corpus(store, {"kind": kind}).text)["features"]
        for kind in ("place", "border", "link", "deployment")
    }
    assert sum(len(f) for f in by_kind.values()) == len(everything)
    for kind, features in by_kind.items():
        assert features and {f["properties"]["kind"] for f in features} == {kind}
    cuba = json.loads(export_corpus(store, {"country": "cu", "kind": "link"}).text)["features"]
    assert cuba and all(
        "CU" in (f["properties"]["source_country"], f["properties"]["target_country"]) for f in cuba
    )
    dated = json.loads(export_corpus(store, {"from": "2015-01", "to": "2015-12"}).text)
    assert pacific_link(dated)["properties"]["date"] == "2015-06"
    assert all(
        str(f["properties"].get("date") or f["properties"]["document_date"])[:4] == "2015"
        for f in dated["features"]
    )
    for bad, message in [
        ({"from": "2015-02-30"}, "not a date"),
        ({"to": "yesterday"}, "expected a date"),
        ({"from": "2016", "to": "2015"}, "after"),
        ({"kind": "airport"}, "kind: one of"),
        ({"country": "Cuba"}, "alpha-2"),
    ]:
        with pytest.raises(ExportError, match=message):
            export_corpus(store, bad)
    with pytest.raises(ExportError, match="format"):
        export_corpus(store, fmt="shapefile")


def test_unlocated_and_broken_features():
    collection = feature_collection(
        [{"type": "Feature", "geometry": None, "properties": {"kind": "place"}}]
    )
    assert collection["features"][0]["geometry"] is None
    broken = {
        "type": "Feature",
        "id": "place-9",
        "geometry": {"type": "Point", "coordinates": [10, 95]},
        "properties": {},
    }
    with pytest.raises(ExportError, match="place-9: latitude 95"):
        rfc7946_feature(broken)
