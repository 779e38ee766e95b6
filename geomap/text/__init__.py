"""Stage 1 of the pipeline: text normalisation and transliteration shared by every stage."""

from geomap.text.normalize import (
    NormalizedText,
    has_thai,
    latin_key,
    name_key,
    normalize_with_offsets,
    thai_key,
)
from geomap.text.sentences import detect_language, sentence_spans
from geomap.text.sources import DocumentError, SourceDocument, decode_bytes, read_document
from geomap.text.translit import phonetic, phonetic_of, thai_to_latin
from geomap.text.words import word_tokens

__all__ = [
    "DocumentError",
    "NormalizedText",
    "SourceDocument",
    "decode_bytes",
    "detect_language",
    "has_thai",
    "latin_key",
    "name_key",
    "normalize_with_offsets",
    "phonetic",
    "phonetic_of",
    "read_document",
    "sentence_spans",
    "thai_key",
    "thai_to_latin",
    "word_tokens",
]
