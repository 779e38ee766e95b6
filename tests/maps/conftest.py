"""Map fixtures: real places and borders from the pipeline plus hand-built relations."""

from __future__ import annotations

import pytest
from mapdata import SEED_WITH_BORDER, every_kind

from geomap.pipeline import Pipeline


@pytest.fixture(scope="session")
def seed_features(gazetteer) -> list[dict]:
    """Places and a border (Afghanistan–Tajikistan) found by the real pipeline in a seed."""
    text = SEED_WITH_BORDER.read_text(encoding="utf-8")
    features = Pipeline(gazetteer).analyse(text, "th").collection["features"]
    return [f for f in features if f["properties"]["kind"] in ("place", "border")]


@pytest.fixture
def map_features(seed_features) -> list[dict]:
    return every_kind(seed_features)
