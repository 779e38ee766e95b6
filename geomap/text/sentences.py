"""Sentence spans, for evidence and for the `sentence` of every mention."""

from __future__ import annotations

import itertools
import re

from geomap.text.normalize import has_thai

# Thai marks the end of a sentence with a space or a line break; English with . ! ?
_BREAK = re.compile(r"\n+|(?<=[.!?])[\"'”’)]?\s+(?=[A-Z\"“(\u0e00-\u0e7f0-9])")
_THAI_LONG_SPACE = re.compile(r"(?<=[\u0e00-\u0e7f])\s{2,}(?=[\u0e00-\u0e7f])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Half-open (start, end) spans covering the non-blank sentences of `text`."""
    cuts = [0]
    for pattern in (_BREAK, _THAI_LONG_SPACE) if has_thai(text) else (_BREAK,):
        cuts.extend(
            m.end() for m in pattern.finditer(text) if not _abbreviation(text, m.start() - 1)
        )
    cuts = [*sorted(set(cuts)), len(text)]
    spans = []
    for start, end in itertools.pairwise(cuts):
        segment = text[start:end]
        stripped = segment.strip()
        if stripped:
            offset = start + segment.index(stripped)
            spans.append((offset, offset + len(stripped)))
    return spans


def _abbreviation(text: str, stop: int) -> bool:
    """A full stop that ends an abbreviation: Thai ones (ค.ศ., พ.ศ., ธ.ค.; Thai ends
    sentences with spaces, never with stops) and Latin initials (U.S., U.K.)."""
    if stop < 1 or text[stop] != ".":
        return False
    before = text[stop - 1]
    return "\u0e00" <= before <= "\u0e7f" or (
        before.isupper() and stop >= 2 and text[stop - 2] == "."
    )


_THAI_LETTER = re.compile("[\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46]")
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str:
    """ "th" when Thai letters are at least a fifth of the letters, else "en"."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return "en"
    thai = len(_THAI_LETTER.findall(text))
    return "th" if thai / letters >= 0.2 else "en"
