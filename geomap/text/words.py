"""Word tokens for learned features: Thai by pythainlp's dictionary segmenter, other scripts by
letters and digits, each punctuation mark a token of its own."""

from __future__ import annotations

import re

from pythainlp.tokenize import word_tokenize

from geomap.text.normalize import has_thai

_LATIN_TOKEN = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)


def word_tokens(text: str) -> list[str]:
    """Lower-cased tokens of `text`, spaces dropped."""
    if has_thai(text):
        tokens = word_tokenize(text, engine="newmm")
        return [token.strip().lower() for token in tokens if token.strip()]
    return _LATIN_TOKEN.findall(text.lower())
