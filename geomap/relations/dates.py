"""Date expressions in Thai and English text, as ISO 8601 (partial) strings with offsets.

Thai news writes Buddhist-era years (พ.ศ. 2551 = 2008), often without the era mark, and
month names or their abbreviations (ธ.ค.); Thai digits may stand for Arabic ones. A date
gives only what the text says: "2016", "2016-12" or "2016-12-05". A day and month with
no year take the year of the document's date when it is known, else they are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geomap.relations.magnitudes import arabic_digits

BUDDHIST_ERA_OFFSET = 543

THAI_MONTHS = {
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
    "ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6, "ก.ค.": 7,
    "ส.ค.": 8, "ก.ย.": 9, "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12,
}  # fmt: skip
ENGLISH_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_THAI_MONTH = "|".join(re.escape(m) for m in sorted(THAI_MONTHS, key=len, reverse=True))
_EN_MONTH = "|".join(sorted(ENGLISH_MONTHS, key=len, reverse=True))
_ERA = r"(?:(?P<era>พ\.\s?ศ\.|ค\.\s?ศ\.|พุทธศักราช|คริสต์ศักราช|BE|B\.E\.|AD|A\.D\.|CE)\s?)?"
_THAI_DATE = re.compile(
    rf"(?:(?P<day>\d{{1,2}})\s?)?(?:เดือน)?(?P<month>{_THAI_MONTH})\s?{_ERA}(?P<year>\d{{4}})?"
)
# "12 ธ.ค. 67": news writes the Buddhist-era year short (2540-2599) after an abbreviated
# month; a count after a date ("3 พ.ค. 25 ลำ") is no year
_THAI_SHORT_MONTH = "|".join(re.escape(m) for m in THAI_MONTHS if m.endswith("."))
_THAI_SHORT_DATE = re.compile(
    rf"(?P<day>\d{{1,2}})\s?(?P<month>{_THAI_SHORT_MONTH})\s?(?P<year>[4-9]\d)(?![\d.,:/])"
    r"(?!\s?(?:ลำ|นาย|คน|ราย|คัน|ปี|ชั่วโมง|นาที|วัน|%|ล้าน|แห่ง|ฉบับ|ประเทศ|ลูก|หลัง))"
)
_THAI_YEAR = re.compile(rf"(?:ปีงบประมาณ|ปี)\s?{_ERA}(?P<year>\d{{4}})")
_ERA_YEAR = re.compile(rf"{_ERA}(?P<year>\d{{4}})")
_EN_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s(?P<month>{_EN_MONTH})\.?(?:,?\s(?P<year>\d{{4}}))?\b",
    re.IGNORECASE,
)
_EN_MONTH_DAY = re.compile(
    rf"\b(?P<month>{_EN_MONTH})\.?(?:\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,?\s(?P<year>\d{{4}}))?\b",
    re.IGNORECASE,
)
_ISO = re.compile(
    r"\b(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>0[1-9]|[12]\d|3[01]))?\b(?!-)"
)
_EN_YEAR = re.compile(
    r"\b(?:in|since|from|by|until|of|year|during|early|late|mid-?)\s(?P<year>\d{4})\b"
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    iso: str  # "2016", "2016-12" or "2016-12-05"


def _year(digits: str, era: str | None) -> int | None:
    year = int(digits)
    era = (era or "").replace(" ", "")
    if era in ("พ.ศ.", "พุทธศักราช", "BE", "B.E.") or (not era and year >= 2400):
        year -= BUDDHIST_ERA_OFFSET
    return year if 1000 <= year <= 2200 else None


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None or not 1 <= day <= 31:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_dates(text: str, default_year: int | None = None) -> list[DateMention]:
    """Every date expression in `text`, in order, none overlapping (longest wins).

    `default_year` completes a day and month given without a year (a dateline's year).
    """
    plain = arabic_digits(text)  # same length, so offsets hold
    found: list[tuple[int, int, str]] = []

    def add(match: re.Match, year: int | None, month: int | None, day: int | None) -> None:
        iso = _iso(year if year is not None else default_year, month, day)
        if iso:
            found.append((match.start(), match.end(), iso))

    for match in _THAI_DATE.finditer(plain):
        year = _year(match["year"], match["era"]) if match["year"] else None
        day = int(match["day"]) if match["day"] else None
        add(match, year, THAI_MONTHS[match["month"]], day)
    for match in _THAI_SHORT_DATE.finditer(plain):
        year = _year(str(2500 + int(match["year"])), None)
        add(match, year, THAI_MONTHS[match["month"]], int(match["day"]))
    for pattern in (_THAI_YEAR, _ERA_YEAR):
        for match in pattern.finditer(plain):
            if pattern is _ERA_YEAR and not match["era"]:
                continue  # a bare number: only "ปี 2560" or an era mark make it a year
            year = _year(match["year"], match["era"])
            if year:
                add(match, year, None, None)
    for pattern in (_EN_DAY_MONTH, _EN_MONTH_DAY):
        for match in pattern.finditer(plain):
            word = match["month"]
            if word.lower() == "may" and not (match["day"] or match["year"]):
                continue  # the verb
            if word[0].islower() and word.lower() in ("mar", "may", "jan"):
                continue
            year = _year(match["year"], None) if match["year"] else None
            if year is None and not match["day"]:
                continue  # "March" alone says nothing
            day = int(match["day"]) if match["day"] else None
            add(match, year, ENGLISH_MONTHS[word.lower().rstrip(".")], day)
    for match in _ISO.finditer(plain):
        add(match, int(match["year"]), int(match["month"]), int(match["day"] or 0) or None)
    for match in _EN_YEAR.finditer(plain):
        year = _year(match["year"], None)
        if year:
            found.append((match.start("year"), match.end(), f"{year:04d}"))
    return _longest_first(text, found)


def _longest_first(text: str, found: list[tuple[int, int, str]]) -> list[DateMention]:
    chosen: list[tuple[int, int, str]] = []
    for start, end, iso in sorted(found, key=lambda f: (-len(f[2]), -(f[1] - f[0]), f[0])):
        if not any(start < b and a < end for a, b, _ in chosen):
            chosen.append((start, end, iso))
    return [DateMention(s, e, text[s:e], iso) for s, e, iso in sorted(chosen)]


def document_date(text: str) -> str | None:
    """The date of the dateline: the first date in the opening lines of a news text."""
    head = text[:400]
    dates = find_dates(head)
    if dates:
        return dates[0].iso
    return None
