"""Name and text normalisation shared by the gazetteer build, the geocoder and the parser.

Thai spelling varies in tone marks, the abbreviation sign ฯ and a few vowel forms
(ฮาวานา / ฮาวาน่า, สหรัฐ / สหรัฐฯ); Latin names vary in case, accents and punctuation.
One key function per script makes all variants of a name meet in one index entry.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

THAI_RANGE = ("\u0e00", "\u0e7f")
# Tone marks, maitaikhu, the abbreviation sign and the repetition sign carry no identity
# for place names; zero-width characters are editing debris.
_THAI_DROPPED = set("\u0e48\u0e49\u0e4a\u0e4b\u0e47\u0e2f\u0e46") | {
    "\u200b",
    "\u200c",
    "\u200d",
    "\ufeff",
    "\u00ad",
}
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}
_NIKHAHIT = "\u0e4d"
_SARA_AA = "\u0e32"
_SARA_AM = "\u0e33"
_LATIN_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/.,'’‘`\"()]+")
_THAI_CHAR = re.compile("[\u0e00-\u0e7f]")


def is_thai_char(ch: str) -> bool:
    return THAI_RANGE[0] <= ch <= THAI_RANGE[1]


def has_thai(text: str) -> bool:
    return _THAI_CHAR.search(text) is not None


@dataclass(frozen=True)
class NormalizedText:
    """A normalised copy of a text that remembers where each character came from."""

    text: str
    origin: tuple[int, ...]  # origin[i] = index in the original text of normalised char i
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text back to the original text.

        Marks dropped right after the span (ฯ of สหรัฐฯ, a final tone mark) belong to it.
        """
        if start >= end:
            pos = self.origin[start] if start < len(self.origin) else len(self.original)
            return pos, pos
        stop = self.origin[end - 1] + 1
        while stop < len(self.original) and self.original[stop] in _THAI_DROPPED - _INVISIBLE:
            stop += 1
        return self.origin[start], stop


def normalize_with_offsets(text: str) -> NormalizedText:
    """Thai-normalise `text` character by character, keeping an offset map.

    Latin letters are lower-cased and stripped of accents; Thai loses tone marks and
    ฯ/ๆ; the decomposed sara am (ํ + า) becomes ำ. Length changes only by deletion, so
    every kept character maps to exactly one original index.
    """
    out: list[str] = []
    origin: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _THAI_DROPPED:
            i += 1
            continue
        if ch == _NIKHAHIT:
            # ํ (+ tone mark) + า is a decomposed ำ
            j = i + 1
            while j < n and text[j] in _THAI_DROPPED:
                j += 1
            if j < n and text[j] == _SARA_AA:
                out.append(_SARA_AM)
                origin.append(i)
                i = j + 1
                continue
        if ch.isascii():
            out.append(ch.lower())
            origin.append(i)
        elif is_thai_char(ch):
            out.append(ch)
            origin.append(i)
        else:
            folded = _fold_latin_char(ch)
            out.append(folded)
            origin.append(i)
        i += 1
    return NormalizedText("".join(out), tuple(origin), text)


def _fold_latin_char(ch: str) -> str:
    """One character in, one character out: strip accents, lower-case, keep length."""
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if len(base) == 1:
        return base.lower() if len(base.lower()) == 1 else base
    low = ch.lower()
    return low if len(low) == 1 else ch


def thai_key(name: str) -> str:
    """Index key for a Thai name: tone marks, ฯ and spaces removed."""
    norm = normalize_with_offsets(unicodedata.normalize("NFC", name)).text
    return "".join(ch for ch in norm if not ch.isspace() and ch not in ".-")


def latin_key(name: str) -> str:
    """Index key for a Latin-script name: accents, case and punctuation folded."""
    decomposed = unicodedata.normalize("NFKD", name)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    base = base.replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("ł", "l")
    base = base.replace("đ", "d").replace("Đ", "d").replace("ı", "i").replace("æ", "ae")
    base = base.casefold()
    base = _LATIN_SEPARATORS.sub(" ", base)
    return base.strip()


@lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The gazetteer's index key for any name, Thai or Latin (names repeat: cached)."""
    return thai_key(name) if has_thai(name) else latin_key(name)
