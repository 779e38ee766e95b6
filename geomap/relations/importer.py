"""Users' own tables of relations: CSV, JSON or GeoJSON rows, validated all or nothing.

Every row names a `source` and a `target` (Thai or English names, ISO alpha-2 codes,
demonyms or state bodies such as "FSB"), a `type` (one of our relation types, or a
deployment type), and optionally `date`, `troops`, `amount`, `currency`, `status`,
`place`, `note` and `url`. The whole file is checked first: any bad row rejects the
file, with the line number and reason of every problem, so nothing is half-imported.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from urllib.parse import urlparse

from geomap.gazetteer import Gazetteer, GazetteerGeocoder, Place
from geomap.relations.dates import find_dates
from geomap.relations.geometry import great_circle
from geomap.relations.magnitudes import arabic_digits, find_money
from geomap.relations.taxonomy import RELATION_TYPES, TYPES_BY_NAME

MAX_BYTES = 5_000_000
MAX_ROWS = 10_000
MAX_FIELD_CHARS = 2_000
REQUIRED = ("source", "target", "type")
OPTIONAL = ("date", "troops", "amount", "currency", "status", "place", "note", "url", "kind")
STATUSES = ("realised", "planned", "requested", "refused", "negated")
DEPLOYMENT_TYPES = ("deployment", "base", "stationed", "withdrawal", "reopening")
_TYPE_ALIASES = {
    "visit": "meeting", "meeting/visit": "meeting", "talks": "meeting", "credit": "aid",
    "loan": "aid", "debt relief": "aid", "credit/aid/debt relief": "aid",
    "military-technical": "arms", "arms supply": "arms", "exercise": "joint_exercise",
    "handover": "extradition", "extradition/handover": "extradition",
    "counterterrorism": "counter_terrorism", "intelligence sharing": "intelligence",
    "treaty": "agreement", "mou": "agreement", "troops": "deployment",
}  # fmt: skip
_ISO_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


class RelationFileError(ValueError):
    """A relations file that cannot be imported; `problems` holds (line, reason) pairs."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        self.problems = problems
        lines = [f"line {line}: {reason}" for line, reason in problems[:50]]
        if len(problems) > 50:
            lines.append(f"... and {len(problems) - 50} more problems")
        super().__init__("the file was not imported:\n" + "\n".join(lines))


@dataclass
class _Party:
    country: str
    place: Place  # where it sits on the map: a named city or site, else the capital
    named: Place | None  # the city or site the row named, if any


def read_relations_file(data: bytes, filename: str, gazetteer: Gazetteer) -> list[dict]:
    """Link and deployment Features of a relations file (evidence of kind "import").

    Raises RelationFileError listing every bad row; returns nothing half-read.
    """
    if len(data) > MAX_BYTES:
        raise RelationFileError([(0, f"file is {len(data)} bytes; the limit is {MAX_BYTES}")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise RelationFileError(
            [(0, f"not UTF-8 text (byte {error.start}); save the file as UTF-8")]
        ) from error
    if "\x00" in text:
        raise RelationFileError([(0, "looks binary (it contains NUL characters)")])
    rows = _rows(text, filename)
    if len(rows) > MAX_ROWS:
        raise RelationFileError([(0, f"{len(rows)} rows; the limit is {MAX_ROWS}")])
    if not rows:
        raise RelationFileError([(0, "the file holds no rows")])
    reader = _RowReader(gazetteer, filename)
    features, problems = [], []
    for line, row in rows:
        try:
            features.append(reader.feature(line, row))
        except ValueError as error:
            problems.append((line, str(error)))
    if problems:
        raise RelationFileError(problems)
    return features


def _rows(text: str, filename: str) -> list[tuple[int, dict]]:
    name = filename.lower()
    stripped = text.lstrip()
    if name.endswith((".json", ".geojson")) or stripped[:1] in ("[", "{"):
        return _json_rows(text)
    if name.endswith((".csv", ".txt", ".tsv")) or not name.rpartition(".")[1]:
        return _csv_rows(text)
    raise RelationFileError([(0, f"unknown format {filename!r}: use .csv, .json or .geojson")])


def _csv_rows(text: str) -> list[tuple[int, dict]]:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    try:
        header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
    except csv.Error as error:
        raise RelationFileError([(1, f"unreadable CSV header: {error}")]) from error
    _check_columns(header)
    reader.fieldnames = header
    rows = []
    try:
        for row in reader:
            if None in row:
                raise RelationFileError([(reader.line_num, "more fields than the header names")])
            if any((v or "").strip() for v in row.values()):
                rows.append((reader.line_num, row))
            if len(rows) > MAX_ROWS:
                break
    except csv.Error as error:
        raise RelationFileError([(reader.line_num, f"unreadable CSV: {error}")]) from error
    return rows


def _check_columns(header: list[str]) -> None:
    missing = [c for c in REQUIRED if c not in header]
    unknown = [c for c in header if c and c not in REQUIRED + OPTIONAL]
    problems = []
    if missing:
        problems.append((1, f"missing column(s): {', '.join(missing)}"))
    if unknown:
        problems.append((1, f"unknown column(s): {', '.join(unknown)}"))
    if problems:
        raise RelationFileError(problems)


def _json_rows(text: str) -> list[tuple[int, dict]]:
    """Objects of a JSON list, or properties of a FeatureCollection, with their lines."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise RelationFileError([(error.lineno, f"not valid JSON: {error.msg}")]) from error
    if isinstance(document, dict) and document.get("type") == "FeatureCollection":
        items = document.get("features")
        if not isinstance(items, list):
            raise RelationFileError([(1, "a FeatureCollection needs a list of features")])
        array_start = re.search(r'"features"\s*:\s*\[', text)
        key = "properties"
    elif isinstance(document, list):
        items = document
        array_start = re.search(r"\[", text)
        key = None
    else:
        raise RelationFileError(
            [(1, "expected a JSON list of objects or a GeoJSON FeatureCollection")]
        )
    if len(items) > MAX_ROWS:
        raise RelationFileError([(0, f"{len(items)} rows; the limit is {MAX_ROWS}")])
    lines = _element_lines(text, array_start.end() if array_start else 0, len(items))
    rows, problems = [], []
    for line, item in zip(lines, items, strict=True):
        if key is not None:
            if not isinstance(item, dict) or item.get("type") != "Feature":
                problems.append((line, "not a GeoJSON Feature"))
                continue
            item = item.get("properties")
        if not isinstance(item, dict):
            problems.append((line, "not an object with source, target and type"))
            continue
        row = {str(k).strip().lower(): v for k, v in item.items()}
        unknown = [k for k in row if k not in REQUIRED + OPTIONAL]
        if unknown:
            problems.append((line, f"unknown field(s): {', '.join(unknown)}"))
            continue
        rows.append((line, {k: "" if v is None else str(v) for k, v in row.items()}))
    if problems:
        raise RelationFileError(problems)
    return rows


def _element_lines(text: str, position: int, count: int) -> list[int]:
    """The line on which each element of the JSON array starting at `position` begins."""
    decoder = json.JSONDecoder()
    lines = []
    index = position
    for _ in range(count):
        while index < len(text) and text[index] in " \t\r\n,":
            index += 1
        lines.append(text.count("\n", 0, index) + 1)
        _, index = decoder.raw_decode(text, index)
    return lines


class _RowReader:
    def __init__(self, gazetteer: Gazetteer, filename: str) -> None:
        self.gazetteer = gazetteer
        self.geocoder = GazetteerGeocoder(gazetteer)
        self.filename = filename
        self.codes = set(gazetteer.country_codes())

    def feature(self, line: int, row: dict) -> dict:
        values = {k: (row.get(k) or "").strip() for k in REQUIRED + OPTIONAL}
        for name, value in values.items():
            if len(value) > MAX_FIELD_CHARS:
                raise ValueError(f"{name} is longer than {MAX_FIELD_CHARS} characters")
        missing = [k for k in REQUIRED if not values[k]]
        if missing:
            raise ValueError(f"missing {', '.join(missing)}")
        relation = _relation_type(values["type"])
        source = self._party(values["source"], "source")
        target = self._party(values["target"], "target")
        if source.country == target.country:
            raise ValueError(f"source and target are the same country ({source.country})")
        date = _date(values["date"])
        status = values["status"].lower() or "realised"
        if status not in STATUSES:
            raise ValueError(f"unknown status {values['status']!r}: use {', '.join(STATUSES)}")
        url = values["url"]
        if url and (urlparse(url).scheme not in ("http", "https") or not urlparse(url).netloc):
            raise ValueError(f"url {url!r} is not an http(s) address")
        evidence = {
            "kind": "import",
            "file": self.filename,
            "line": line,
            "note": values["note"] or None,
            "url": url or None,
        }
        if relation in DEPLOYMENT_TYPES:
            return self._deployment(values, relation, source, target, date, status, evidence)
        if values["troops"]:
            raise ValueError("troops are given only for deployments (type deployment, base...)")
        return self._link(values, relation, source, target, date, status, evidence)

    def _party(self, name: str, column: str) -> _Party:
        if re.fullmatch(r"[A-Za-z]{2}", name) and name.upper() in self.codes:
            return self._seat(name.upper(), None)
        actors = [a for a in self.gazetteer.actors(name) if a.country_code]
        if actors:
            return self._seat(actors[0].country_code, None)
        found = self.geocoder.candidates(name, limit=1, phonetic=False)
        if not found or found[0].score < 0.5 or not found[0].place.country_code:
            raise ValueError(f"unknown country or place in {column}: {name!r}")
        place = found[0].place
        if place.feature_type == "country":
            return self._seat(place.country_code, None)
        return self._seat(place.country_code, place)

    def _seat(self, code: str, named: Place | None) -> _Party:
        place = named or self.gazetteer.capital(code) or self.gazetteer.country(code)
        if place is None:
            raise ValueError(f"unknown country {code}")
        return _Party(code, place, named)

    def _link(self, values, relation, source, target, date, status, evidence) -> dict:
        kind = TYPES_BY_NAME[relation]
        properties = {
            "kind": "link",
            "source_country": source.country,
            "target_country": target.country,
            "source": source.place.name,
            "target": target.place.name,
            "relation": relation,
            "cameo": kind.cameo,
            "plover": kind.plover,
            "status": status,
            "date": date,
            "evidence": [evidence],
            "confidence": 1.0,
        }
        amount = _amount(values["amount"], values["currency"])
        if amount:
            properties["amount"], properties["currency"] = amount
        geometry = great_circle(
            source.place.lon, source.place.lat, target.place.lon, target.place.lat
        )
        return {"type": "Feature", "geometry": geometry, "properties": properties}

    def _deployment(self, values, relation, source, target, date, status, evidence) -> dict:
        site = target.named
        if values["place"]:
            found = self.geocoder.candidates(values["place"], country_codes=[target.country],
                                             limit=1, phonetic=False)  # fmt: skip
            if not found:
                raise ValueError(f"unknown place {values['place']!r} in {target.country}")
            site = found[0].place
        point = site or self.gazetteer.country(target.country) or target.place
        properties = {
            "kind": "deployment",
            "actor_country": source.country,
            "host_country": target.country,
            "actor": source.place.name,
            "place": point.name,
            "relation": "stationed" if relation == "deployment" else relation,
            "troops": _troops(values["troops"]),
            "status": status,
            "date": date,
            "evidence": [evidence],
            "confidence": 1.0,
        }
        if values["amount"]:
            raise ValueError("amount is given only for links")
        return {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [point.lon, point.lat]},
            "properties": properties,
        }


def _relation_type(value: str) -> str:
    name = re.sub(r"[\s-]+", "_", value.strip().lower())
    spaced = value.strip().lower()
    if name in TYPES_BY_NAME or name in DEPLOYMENT_TYPES:
        return name
    for relation in RELATION_TYPES:
        if spaced in (relation.label_en.lower(), relation.label_th, relation.cameo):
            return relation.name
    if spaced in _TYPE_ALIASES:
        return _TYPE_ALIASES[spaced]
    known = ", ".join([r.name for r in RELATION_TYPES] + list(DEPLOYMENT_TYPES))
    raise ValueError(f"unknown type {value!r}: use one of {known}")


def _date(value: str) -> str | None:
    if not value:
        return None
    plain = arabic_digits(value)
    if _ISO_DATE.match(plain):
        return plain
    dates = find_dates(value)
    if len(dates) == 1 and dates[0].text == value.strip():
        return dates[0].iso
    raise ValueError(f"bad date {value!r}: use 2016, 2016-12 or 2016-12-05 (or ธ.ค. 2559)")


def _number(value: str, column: str) -> float:
    plain = arabic_digits(value).replace(",", "").replace("_", "").strip()
    try:
        number = float(plain)
    except ValueError:
        raise ValueError(f"bad number in {column}: {value!r}") from None
    if number < 0 or number != number or number in (float("inf"),):
        raise ValueError(f"bad number in {column}: {value!r}")
    return number


def _troops(value: str) -> int | None:
    if not value:
        return None
    number = _number(value, "troops")
    if number != int(number) or number > 10_000_000:
        raise ValueError(f"bad number in troops: {value!r} (a whole number of people)")
    return int(number)


def _amount(value: str, currency: str) -> tuple[float | int, str] | None:
    if not value:
        if currency:
            raise ValueError("currency without an amount")
        return None
    money = find_money(value)
    if money and not currency:
        return money[0].amount, money[0].currency
    number = _number(value, "amount")
    if not re.fullmatch(r"[A-Za-z]{3}", currency or ""):
        raise ValueError(f"amount {value!r} needs a currency (an ISO 4217 code such as EUR)")
    return (int(number) if number == int(number) else number), currency.upper()
