"""Any text in, never an exception out, and every offset points at its text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
