import pytest

from geomap.geoparse import Geoparser


@pytest.fixture(scope="session")
def parser(gazetteer) -> Geoparser:
    return Geoparser(gazetteer)


@pytest.fixture
def places_of(parser):
    """Parse a text; return {surface: (name, feature_type, country)} of resolved mentions."""

    def run(text: str) -> dict[str, tuple[str, str, str | None]]:
        result = parser.parse(text)
        return {
            m.text: (hit.place.name, hit.place.feature_type, hit.place.country_code)
            for hit in result.places
            for m in hit.mentions
        }

    return run
