"""The static PNG: requested size, real content, Thai labels in a Thai font."""

from __future__ import annotations

import io
import warnings

import numpy
import pytest
from mapdata import HOSTILE_TEXT
from PIL import Image

from geomap.maps import MapFontError, MapInputError, render_png
from geomap.maps.png import thai_font_family


def image(png: bytes) -> Image.Image:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    return Image.open(io.BytesIO(png)).convert("RGB")


def test_png_has_the_requested_size_and_is_not_blank(map_features, gazetteer):
    picture = image(render_png(map_features, gazetteer, width=801, height=451))
    assert picture.size == (801, 451)
    pixels = numpy.asarray(picture, dtype=float)
    assert pixels.std() > 20  # sea, land, lines and markers; a blank image has ~0
    assert len(numpy.unique(pixels.reshape(-1, 3), axis=0)) > 50


def test_thai_labels_render_without_missing_glyphs(map_features, gazetteer):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        picture = image(render_png(map_features, gazetteer, lang="th"))
    missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
    assert missing == []
    assert picture.size == (1200, 630)
    assert thai_font_family() in {"Loma", "Garuda", "Sarabun", "Noto Sans Thai", "Kinnari"}


def test_thai_labels_differ_from_english(map_features, gazetteer):
    thai = numpy.asarray(image(render_png(map_features, gazetteer, lang="th")), dtype=float)
    english = numpy.asarray(image(render_png(map_features, gazetteer, lang="en")), dtype=float)
    assert numpy.abs(thai - english).sum() > 0


def test_dollar_signs_in_names_are_not_math(gazetteer, seed_features):
    place = next(f for f in seed_features if f["properties"]["kind"] == "place")
    hostile = {**place, "properties": {**place["properties"], "name": f"${HOSTILE_TEXT}$ \\frac"}}
    assert image(render_png([hostile], gazetteer, width=400, height=300)).size == (400, 300)


def test_missing_thai_font_is_a_clear_error(monkeypatch, gazetteer, seed_features):
    monkeypatch.setenv("GEOMAP_THAI_FONT", "/nonexistent/Thai.ttf")
    with pytest.raises(MapFontError, match="GEOMAP_THAI_FONT"):
        render_png(seed_features, gazetteer, lang="th")
    latin_only = [f for f in seed_features if f["properties"]["name"].isascii()]
    assert image(render_png(latin_only, gazetteer, width=300, height=200)).size == (300, 200)


@pytest.mark.parametrize(("width", "height"), [(0, 630), (1200, 99999), (12.5, 630), (True, 630)])
def test_bad_sizes_are_refused(width, height, gazetteer):
    with pytest.raises(ValueError, match="whole pixels"):
        render_png([], gazetteer, width=width, height=height)


def test_bad_features_are_refused(gazetteer):
    with pytest.raises(MapInputError):
        render_png([{"type": "Feature"}], gazetteer)
