"""The exported files read back in the usual GIS tools: geopandas (pyogrio/GDAL) and
shapely give the same features and geometries."""

from __future__ import annotations

import json

import geopandas
from shapely.geometry import shape

from geomap.export import export_corpus, export_document


def test_geopandas_reads_the_corpus_export(store, tmp_path):
    made = export_corpus(store)
    path = tmp_path / made.filename
    path.write_text(made.text, encoding="utf-8")
    frame = geopandas.read_file(path)
    collection = json.loads(made.text)
    assert len(frame) == len(collection["features"]) == made.count
    assert frame.crs is not None and frame.crs.to_epsg() == 4326
    assert set(frame["kind"]) == {"place", "border", "link", "deployment"}
    by_id = dict(zip(frame["id"], frame.geometry, strict=True))
    for feature in collection["features"]:
        read = by_id[feature["id"]]
        assert read.geom_type == feature["geometry"]["type"]
        assert read.equals_exact(shape(feature["geometry"]), tolerance=1e-9)
    (pacific,) = frame[frame["target"] == "Anchorage"].geometry
    assert pacific.geom_type == "MultiLineString"
    west, _, east, _ = pacific.bounds
    assert (west, east) == (-180, 180)  # its two parts touch the antimeridian, one each side
    assert all(part.bounds[2] - part.bounds[0] < 60 for part in pacific.geoms)


def test_geopandas_reads_a_document_export_with_thai_text(store, tmp_path):
    document = store.list_documents()[0]
    made = export_document(store, document.id)
    path = tmp_path / made.filename
    path.write_text(made.text, encoding="utf-8")
    frame = geopandas.read_file(path)
    assert len(frame) == made.count
    assert any("\u0e00" <= ch <= "\u0e7f" for ch in "".join(frame["name_th"].dropna()))
