"""Thai-to-Latin transliteration and a phonetic key that both scripts share.

Thai news writes foreign place names by ear (เบสลัน, อินกูเชเตีย, ลาดีกียะฮ์). No gazetteer
holds most of these spellings, but their sound survives: we spell the Thai letter by
letter the way loanwords are written (ส is "s" even at the end of a syllable, ร์ keeps
its "r"), reduce both that spelling and the gazetteer's Latin names to a coarse phonetic
string, and compare the two with an edit-distance score.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geomap.text.normalize import has_thai, latin_key, thai_key

_CONSONANTS = {
    "ก": "k", "ข": "kh", "ฃ": "kh", "ค": "kh", "ฅ": "kh", "ฆ": "kh", "ง": "ng",
    "จ": "j", "ฉ": "ch", "ช": "ch", "ซ": "s", "ฌ": "ch", "ญ": "y", "ฎ": "d",
    "ฏ": "t", "ฐ": "th", "ฑ": "th", "ฒ": "th", "ณ": "n", "ด": "d", "ต": "t",
    "ถ": "th", "ท": "th", "ธ": "th", "น": "n", "บ": "b", "ป": "p", "ผ": "ph",
    "ฝ": "f", "พ": "ph", "ฟ": "f", "ภ": "ph", "ม": "m", "ย": "y", "ร": "r",
    "ล": "l", "ว": "w", "ศ": "s", "ษ": "s", "ส": "s", "ห": "h", "ฬ": "l",
    "อ": "", "ฮ": "h",
}  # fmt: skip
_FOLLOWING_VOWELS = {
    "ะ": "a", "ั": "a", "า": "a", "ำ": "am", "ิ": "i", "ี": "i", "ึ": "ue",
    "ื": "ue", "ุ": "u", "ู": "u", "ฤ": "rue", "ฦ": "lue",
}  # fmt: skip
_LEADING_VOWELS = {"เ": "e", "แ": "ae", "โ": "o", "ใ": "ai", "ไ": "ai"}
_THANTHAKHAT = "์"


def thai_to_latin(text: str) -> str:
    """Spell Thai letters in Latin, loanword style (not the Royal Institute's reading)."""
    key = thai_key(text)
    out: list[str] = []
    pending_leading = ""
    i = 0
    while i < len(key):
        ch = key[i]
        if ch in _LEADING_VOWELS:
            pending_leading = _LEADING_VOWELS[ch]
            i += 1
            continue
        if ch == "อ" and i > 0 and key[i - 1] in _CONSONANTS and not pending_leading:
            out.append("o")  # อ after a consonant is the vowel "o" (มอสโก, จอร์แดน)
            i += 1
            continue
        if (
            ch == "ว"
            and 0 < i < len(key) - 1
            and key[i - 1] in _CONSONANTS
            and key[i + 1] in _CONSONANTS
            and not pending_leading
        ):
            out.append("ua")  # ว between consonants is the vowel "ua" (กรวย, ห้วย)
            i += 1
            continue
        if ch in _CONSONANTS:
            # a cluster such as สต, กร, ปล takes the leading vowel after the whole onset
            onset = _CONSONANTS[ch]
            i += 1
            if (
                pending_leading
                and i < len(key)
                and key[i] in "รลว"
                and ch not in "อห"
                and (i + 1 < len(key) or key[i] != "ว")  # แก้ว ends in a final ว, not กว
                and (i + 1 >= len(key) or key[i + 1] not in _FOLLOWING_VOWELS)
            ):
                onset += _CONSONANTS[key[i]]
                i += 1
            if ch == "ห" and i < len(key) and key[i] in "งญนมยรลว":
                onset = ""  # leading ห only marks tone
            if ch == "ว" and i == len(key) and out and out[-1][-1:] in ("a", "e", "i"):
                onset = "o"  # a final ว is a vowel: แก้ว is "kaeo", as Bokeo is spelled
            out.append(onset)
            if pending_leading:
                vowel = pending_leading
                pending_leading = ""
                # เ-ีย, เ-ือ, เ-า, เ-อ combine with what follows the consonant
                if i < len(key) and key[i] == "ี" and vowel == "e":
                    vowel, i = "ia", i + 1
                    if i < len(key) and key[i] == "ย":
                        i += 1
                elif i < len(key) and key[i] == "ื" and vowel == "e":
                    vowel, i = "uea", i + 1
                    if i < len(key) and key[i] == "อ":
                        i += 1
                elif i < len(key) and key[i] == "า" and vowel == "e":
                    vowel, i = "ao", i + 1
                elif (i < len(key) and key[i] == "อ" and vowel == "e") or (
                    i < len(key) and key[i] == "ิ" and vowel == "e"
                ):
                    vowel, i = "oe", i + 1
                out.append(vowel)
            continue
        if ch == _THANTHAKHAT:
            i += 1  # the silenced letter still tells us the source spelling: keep it
            continue
        if ch in _FOLLOWING_VOWELS:
            out.append(_FOLLOWING_VOWELS[ch])
        elif ch.isascii():
            out.append(ch)
        i += 1
    return "".join(out)


_PHONETIC_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"[^a-z]", ""),
        (r"tch|tsch|sch|sh|ch|zh|dzh|dj|j|tsh|c(?=[ei])|g(?=[ei])|ts|tz|z|x(?=[aeiou])", "s"),
        (r"ph|ff|f|v|w|bh|pf", "f"),
        (r"th|dh|tt|dd|d|t", "t"),
        (r"kh|gh|ck|cc|q|g|c|k", "k"),
        (r"x", "ks"),
        (r"bb|pp|b|p", "p"),
        (r"rr|ll|r|l", "l"),
        (r"ng", "n"),
        (r"y", "i"),
        (r"h", ""),
        (r"[ei]+", "i"),
        (r"[ou]+", "u"),
        (r"a+", "a"),
        (r"([a-z])\1+", r"\1"),
    )
)


@lru_cache(maxsize=200_000)
def phonetic(latin: str) -> str:
    """A coarse sound key: voicing, aspiration, l/r and most vowel quality are folded."""
    s = latin_key(latin).replace(" ", "")
    for pattern, repl in _PHONETIC_RULES:
        s = pattern.sub(repl, s)
    return s


def phonetic_of(name: str) -> str:
    """The phonetic key of a name in either script."""
    return phonetic(thai_to_latin(name)) if has_thai(name) else phonetic(name)
