"""The shared force-noun vocabulary: cues that need fewer nouns name them from it."""

import re

import pytest

from geomap.relations.forces import FORCE_NOUNS_EN, FORCE_NOUNS_TH, some_of, subset


def test_each_force_noun_is_listed_once():
    for vocabulary in (FORCE_NOUNS_EN, FORCE_NOUNS_TH):
        assert len(set(vocabulary)) == len(vocabulary)


def test_a_subset_names_only_nouns_of_the_vocabulary():
    assert subset("troops", "ทหาร") == ("troops", "ทหาร")
    with pytest.raises(ValueError, match="gendarmes"):
        subset("troops", "gendarmes")


def test_some_of_matches_exactly_the_named_nouns():
    pattern = re.compile(some_of("navy", "troops") + r"\b")
    assert pattern.fullmatch("navy") and pattern.fullmatch("troops")
    assert not pattern.fullmatch("navies")
