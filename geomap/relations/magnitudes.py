"""Money and troop numbers in Thai and English text.

Thai scales numbers with words (ล้าน = 10^6, and พัน/หมื่น/แสน before it: 1.95 หมื่นล้าน =
19.5 billion) and may write Thai digits; English uses "million"/"billion" and symbols.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geomap.relations.forces import FORCE_NOUNS_TH, PEOPLE_EN, any_of

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

THAI_SCALES = {"สิบ": 10, "ร้อย": 100, "พัน": 1_000, "หมื่น": 10_000, "แสน": 100_000}
ENGLISH_SCALES = {
    "thousand": 1_000, "million": 1_000_000, "mn": 1_000_000, "m": 1_000_000,
    "billion": 1_000_000_000, "bn": 1_000_000_000, "trillion": 1_000_000_000_000,
}  # fmt: skip
CURRENCY_WORDS = {
    "ยูโร": "EUR", "ดอลลาร์สหรัฐ": "USD", "ดอลลาร์": "USD", "เหรียญสหรัฐ": "USD", "บาท": "THB",
    "เยน": "JPY", "หยวน": "CNY", "รูเบิล": "RUB", "ปอนด์": "GBP", "รูปี": "INR", "วอน": "KRW",
    "ริงกิต": "MYR", "ด่อง": "VND", "กีบ": "LAK", "จ๊าด": "MMK", "เรียล": "KHR",
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "baht": "THB",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "pound": "GBP", "pounds": "GBP", "rupee": "INR",
    "rupees": "INR", "won": "KRW", "ringgit": "MYR", "dong": "VND",
}  # fmt: skip
CURRENCY_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "฿": "THB"}

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_THAI_SCALE = r"(?P<scale>(?:สิบ|ร้อย|พัน|หมื่น|แสน)?(?:ล้าน){0,2}|พัน|หมื่น|แสน)"
_THAI_CURRENCY = "|".join(sorted((w for w in CURRENCY_WORDS if not w.isascii()), key=len)[::-1])
_EN_CURRENCY = "|".join(sorted((w for w in CURRENCY_WORDS if w.isascii()), key=len)[::-1])
_SYMBOL = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
_EN_SCALE = r"(?P<scale>thousand|million|billion|trillion|bn|mn|m)\b"

_THAI_MONEY = re.compile(rf"(?P<number>{_NUMBER})\s?{_THAI_SCALE}\s?(?P<currency>{_THAI_CURRENCY})")
_SYMBOL_MONEY = re.compile(
    rf"(?P<symbol>{_SYMBOL})\s?(?P<number>{_NUMBER})(?:\s?{_EN_SCALE})?", re.IGNORECASE
)
_WORD_MONEY = re.compile(
    rf"\b(?P<number>{_NUMBER})(?:\s?{_EN_SCALE})?\s(?P<currency>{_EN_CURRENCY})\b", re.IGNORECASE
)

# "20,000 นาย", "ทหาร 118 นาย"; "about 10,000 troops", "2,000 Russian personnel", "45 defence
# force personnel". นาย that opens a title or rank ("ปี 2558 นายกรัฐมนตรี", "นายทหาร", "นายพล")
# counts no one.
_NOT_TROOPS_AFTER_TH = r"(?!ก|พล|ทหาร|ร้อย|สิบ|เรือ|อำเภอ|ด่าน|ทุน|จ้าง)"
_THAI_TROOPS = re.compile(
    rf"(?P<number>{_NUMBER})[^\S\n]?(?P<scale>พัน|หมื่น|แสน)?[^\S\n]?นาย{_NOT_TROOPS_AFTER_TH}"
)
# Numbers written in Thai words: "หนึ่งพันนาย", "สามร้อยห้าสิบนาย", "ราวหกสิบนาย"
THAI_DIGIT_WORDS = {
    "หนึ่ง": 1, "เอ็ด": 1, "สอง": 2, "ยี่": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7,
    "แปด": 8, "เก้า": 9,
}  # fmt: skip
_THAI_WORD_NUMBER = (
    r"(?:(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)(?:แสน|หมื่น|พัน|ร้อย|สิบ)|ยี่สิบ|สิบ)"
    r"(?:หนึ่ง|เอ็ด|สอง|ยี่|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย|พัน|หมื่น|แสน)*"
)
_THAI_WORD_TROOPS = re.compile(
    rf"(?<!หลาย)(?<!นับ)(?P<words>{_THAI_WORD_NUMBER})[^\S\n]?นาย{_NOT_TROOPS_AFTER_TH}"
)
# Forces counted in คน: "ทหารเกาหลีเหนือราว 11,000 คน", "ทีมกู้ภัยจากกองทัพ...จีน 82 คน"; คน alone
# counts anyone (victims, voters), so a force noun must come shortly before
_THAI_PEOPLE_TROOPS = re.compile(
    rf"(?P<number>{_NUMBER})[^\S\n]?(?P<scale>พัน|หมื่น|แสน)?[^\S\n]?คน(?!ไทย|ละ|ต่อ)"
)
_FORCE_BEFORE_TH = re.compile(any_of(FORCE_NOUNS_TH) + r"[^\n]{0,30}$")
# "ปี 2558 นาย...", "พ.ศ. 2567": a year before นาย is no count of people
_YEAR_BEFORE = re.compile(r"(?:ปี|พ\.ศ\.|ค\.ศ\.)\s?$")
# Only people are counted as troops: "48 jets" and "two battalions" are no troop numbers
_PEOPLE = any_of(PEOPLE_EN)
_EN_TROOPS = re.compile(  # not a model's number: "F-35 fighters"
    rf"(?<![A-Za-z]-)\b(?P<number>{_NUMBER})(?:\s(?P<scale>thousand))?"
    rf"(?:\s(?:[A-Z][\w-]*|US|U\.S\.|military|foreign|combat|special|naval|army|additional"
    rf"|more|active|allied|coalition|ground|elite|regular|extra|defen[cs]e|force|navy|air"
    rf"|peacekeeping|engineering|medical)){{0,3}}"
    rf"\s(?P<noun>(?i:{_PEOPLE}))\b"  # "2,500 US Marines"
)
# "its 600-strong contingent", "an engineering company of 150": a unit's size
_EN_UNIT_TROOPS = re.compile(
    rf"\b(?P<number>{_NUMBER})(?P<scale>)-strong\b"
)
# "the Italian contingent with the NATO-led force numbers about 700", "about 120 strong"
_EN_UNIT_NUMBERS = re.compile(
    rf"\b(?:contingent|battalion|company|detachment|brigade|garrison|unit|battle\s?group)\b"
    rf"[^.;]{{0,40}}?\b(?:numbers|numbering|totals|totall?ing)\s(?:about\s|some\s|around\s"
    rf"|nearly\s|roughly\s|almost\s|more than\s|over\s)?(?P<number>{_NUMBER})(?P<scale>)\b"
    rf"(?!\s?(?:million|billion|%|per))"
    rf"|\b(?P<strong>{_NUMBER})\sstrong\b"
)
# A number that leaves out the noun of the count before it: "..., 1,500 in the Central African
# Republic"
_EN_ELLIPTICAL_TROOPS = re.compile(
    rf",\s(?:and\s)?(?:about\s|some\s|around\s|nearly\s|roughly\s)?(?P<number>{_NUMBER})"
    rf"\s(?=(?:in|at)\s(?:the\s)?[A-Z])"
)
_EN_UNIT_OF_TROOPS = re.compile(
    rf"\b(?:contingent|battalion|company|detachment|brigade|task force) of"
    rf" (?:some |about |around )?(?P<number>{_NUMBER})(?P<scale>)\b(?!\s?(?:million|billion|%|per))"
)


# "300 of its soldiers"; "raising its contingent to about 800" (the force's new total)
_EN_OF_ITS_TROOPS = re.compile(
    rf"\b(?P<number>{_NUMBER})(?P<scale>) of (?:its|their) (?:own )?(?:[a-z]+ )?"
    rf"(?i:{_PEOPLE})\b"
)
_EN_RAISED_TO = re.compile(
    rf"\b(?:(?:its|their|[A-Z][\w-]*(?:'s|’s)) (?:[\w-]+ )?(?:contingent|presence|force|deployment)"
    rf"|the number of (?:its |their )?(?i:{_PEOPLE})\b[^.;]{{0,60}}?)"
    rf"(?: (?:at|in) [A-Z][\w-]*)? to (?:about |some |around |nearly |roughly |almost )?"
    rf"(?P<number>{_NUMBER})(?P<scale>)\b(?!\s?(?:million|billion|%|per))"
)


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    text: str
    amount: float
    currency: str  # ISO 4217


@dataclass(frozen=True)
class TroopCount:
    start: int
    end: int
    text: str
    troops: int


def arabic_digits(text: str) -> str:
    """Thai digits as Arabic ones (same length, so offsets into the original hold)."""
    return text.translate(_THAI_DIGITS)


def parse_number(digits: str) -> float:
    return float(arabic_digits(digits).replace(",", ""))


def thai_scale(word: str) -> int:
    """The multiplier of a Thai scale word: ล้าน 10^6, หมื่นล้าน 10^10, ล้านล้าน 10^12."""
    factor = 1
    rest = word
    while rest.endswith("ล้าน"):
        factor *= 1_000_000
        rest = rest[: -len("ล้าน")]
    return factor * THAI_SCALES.get(rest, 1)


def thai_word_number(words: str) -> int:
    """The value of a number written in Thai words: สามร้อยห้าสิบ 350, หนึ่งพัน 1,000."""
    total, digit = 0, None
    for token in re.findall(r"แสน|หมื่น|พัน|ร้อย|สิบ|" + "|".join(THAI_DIGIT_WORDS), words):
        if token in THAI_DIGIT_WORDS:
            digit = THAI_DIGIT_WORDS[token]
        else:
            total += (1 if digit is None else digit) * THAI_SCALES[token]
            digit = None
    return total + (digit or 0)


def _whole(value: float) -> float | int:
    rounded = round(value, 2)
    return int(rounded) if rounded == int(rounded) else rounded


def find_money(text: str) -> list[Money]:
    plain = arabic_digits(text)
    found: list[Money] = []
    for match in _THAI_MONEY.finditer(plain):
        amount = parse_number(match["number"]) * thai_scale(match["scale"] or "")
        found.append(_money(text, match, amount, CURRENCY_WORDS[match["currency"]]))
    for match in _SYMBOL_MONEY.finditer(plain):
        scale = ENGLISH_SCALES.get((match["scale"] or "").lower(), 1)
        amount = parse_number(match["number"]) * scale
        found.append(_money(text, match, amount, CURRENCY_SYMBOLS[match["symbol"].upper()]))
    for match in _WORD_MONEY.finditer(plain):
        scale = ENGLISH_SCALES.get((match["scale"] or "").lower(), 1)
        amount = parse_number(match["number"]) * scale
        found.append(_money(text, match, amount, CURRENCY_WORDS[match["currency"].lower()]))
    return _without_overlaps(found)


def _money(text: str, match: re.Match, amount: float, currency: str) -> Money:
    return Money(match.start(), match.end(), text[match.start() : match.end()],
                 _whole(amount), currency)  # fmt: skip


def find_troops(text: str) -> list[TroopCount]:
    plain = arabic_digits(text)
    found: list[TroopCount] = []
    for pattern in (
        _THAI_TROOPS, _EN_TROOPS, _EN_UNIT_TROOPS, _EN_UNIT_OF_TROOPS, _EN_OF_ITS_TROOPS,
        _EN_RAISED_TO,
    ):
        for match in pattern.finditer(plain):
            scale = match["scale"] or ""
            factor = THAI_SCALES.get(scale, 1000 if scale == "thousand" else 1)
            count = int(parse_number(match["number"]) * factor)
            start, end = match.span("number") if pattern is _EN_RAISED_TO else match.span()
            year = pattern is _THAI_TROOPS and _YEAR_BEFORE.search(plain, 0, match.start())
            if count > 0 and not year:  # the names before a new total are the force's
                found.append(TroopCount(start, end, text[start:end], count))
    for match in _EN_UNIT_NUMBERS.finditer(plain):
        group = "number" if match["number"] else "strong"
        start, end = match.span(group)
        found.append(TroopCount(start, end, text[start:end], int(parse_number(match[group]))))
    for count in list(found):  # "2,500 personnel in Mali, 1,500 in the Central African Republic"
        for match in _EN_ELLIPTICAL_TROOPS.finditer(plain, count.end, count.end + 80):
            if plain.count(".", count.end, match.start()) == 0:
                start, end = match.span("number")
                found.append(TroopCount(start, end, text[start:end], int(parse_number(match[1]))))
    for match in _THAI_PEOPLE_TROOPS.finditer(plain):
        if _FORCE_BEFORE_TH.search(plain, max(0, match.start() - 40), match.start()):
            count = int(parse_number(match["number"]) * THAI_SCALES.get(match["scale"] or "", 1))
            span = text[match.start() : match.end()]
            found.append(TroopCount(match.start(), match.end(), span, count))
    for match in _THAI_WORD_TROOPS.finditer(text):
        count = thai_word_number(match["words"])
        found.append(TroopCount(match.start(), match.end(), match.group(), count))
    return _without_overlaps(found)


def _without_overlaps(found: list) -> list:
    chosen: list = []
    for item in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if not any(item.start < other.end and other.start < item.end for other in chosen):
            chosen.append(item)
    return sorted(chosen, key=lambda f: f.start)
