import pytest

from geomap.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline(gazetteer) -> Pipeline:
    return Pipeline(gazetteer)


@pytest.fixture
def relations_of(pipeline):
    """Analyse a text; return its link and deployment features' properties."""

    def run(text: str, lang: str = "auto") -> tuple[list[dict], list[dict]]:
        features = pipeline.analyse(text, lang).collection["features"]
        links = [f for f in features if f["properties"]["kind"] == "link"]
        deployments = [f for f in features if f["properties"]["kind"] == "deployment"]
        return links, deployments

    return run
