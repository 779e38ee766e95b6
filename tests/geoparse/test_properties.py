"""Any text in, never an exception out, and every offset points at its text."""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geomap.geoparse.parser import MAX_TEXT_CHARS
from geomap.pipeline import Pipeline

THAI_AND_LATIN = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0E00, max_codepoint=0x0E7F),
        st.sampled_from(list("Moscow Cuba Lourdes, -'ฯ\n ")),
        st.characters(),
    ),
    max_size=400,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(THAI_AND_LATIN)
def test_parse_never_raises_and_offsets_are_valid(parser, text):
    result = parser.parse(text)
    for hit in result.places:
        for mention in hit.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
            assert text[mention.start : mention.end] == mention.text
    for item in result.unresolved:
        assert text[item.mention.start : item.mention.end] == item.mention.text


# Any size up to the web app's limit: a generated piece repeated to a generated length, through
# the whole pipeline (places, then links and deployments) as ingest and the API run it.
WEB_LIMIT = 200_000  # geomap.web.app.MAX_TEXT_CHARS; the parser's own limit is higher
LONG_TEXTS = st.builds(
    lambda piece, size: (piece * (size // len(piece) + 1))[:size],
    THAI_AND_LATIN.filter(bool),
    st.integers(min_value=1, max_value=WEB_LIMIT),
)


@pytest.mark.slow
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LONG_TEXTS)
@example(("ข่าวทั่วไป plain words 🇨🇺 " * 30 + "กองทัพรัสเซียถึงกรุงฮาวานา Troops left Dushanbe.\n")
         * 300)  # fmt: skip
def test_pipeline_takes_any_size_up_to_the_limit(gazetteer, text):
    text = text[:WEB_LIMIT]
    collection = Pipeline(gazetteer).analyse(text, "auto").collection
    for feature in collection["features"]:
        properties = feature["properties"]
        for mention in properties.get("mentions", []):
            assert text[mention["start"] : mention["end"]] == mention["text"]
        for evidence in properties.get("evidence", []):
            assert 0 <= evidence["start"] < evidence["end"] <= len(text)
            assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]
    for item in collection["unresolved"]:
        assert text[item["start"] : item["end"]] == item["text"]


def test_past_the_parser_limit_is_refused_with_a_reason(parser):
    with pytest.raises(ValueError, match="the limit is"):
        parser.parse("a" * (MAX_TEXT_CHARS + 1))
