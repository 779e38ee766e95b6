"""Links and deployments as CSV, for spreadsheets: one row per relation, its ends as
columns, its evidence sentences in one cell."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable

RELATION_KINDS = ("link", "deployment")
BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run these


def _source(feature: dict) -> dict:
    return feature["properties"]


def _ends(feature: dict) -> tuple[list | None, list | None]:
    """The first and last positions of a line (a link), or the point twice."""
    geometry = feature.get("geometry") or {}
    coordinates = geometry.get("coordinates")
    if not coordinates:
        return None, None
    if geometry.get("type") == "Point":
        return coordinates, coordinates
    parts = coordinates if geometry.get("type") == "MultiLineString" else [coordinates]
    return parts[0][0], parts[-1][-1]


def _evidence(feature: dict) -> str:
    items = _source(feature).get("evidence") or []
    return "\n".join(str(e.get("sentence") or "") for e in items if isinstance(e, dict))


def _field(name: str) -> Callable[[dict], object]:
    return lambda feature: _source(feature).get(name)


def _relation(feature: dict) -> object:
    properties = _source(feature)
    return properties.get("relation") or properties.get("type")


def _end(which: int, axis: int) -> Callable[[dict], object]:
    def value(feature: dict) -> object:
        position = _ends(feature)[which]
        return position[axis] if position else None

    return value


def _fields(*names: str) -> tuple[tuple[str, Callable[[dict], object]], ...]:
    return tuple((name, _field(name)) for name in names)


_DOCUMENT = _fields("document_id", "document_title", "document_date")
_COLUMNS: dict[str, tuple[tuple[str, Callable[[dict], object]], ...]] = {
    "link": (
        *_DOCUMENT,
        *_fields("source_country", "target_country", "source", "target"),
        ("relation", _relation),
        *_fields("cameo", "status", "date", "amount", "currency", "confidence"),
        ("source_lon", _end(0, 0)),
        ("source_lat", _end(0, 1)),
        ("target_lon", _end(1, 0)),
        ("target_lat", _end(1, 1)),
        ("evidence", _evidence),
    ),
    "deployment": (
        *_DOCUMENT,
        *_fields("actor_country", "host_country", "actor", "place"),
        ("relation", _relation),
        *_fields("troops", "status", "date", "confidence"),
        ("lon", _end(0, 0)),
        ("lat", _end(0, 1)),
        ("evidence", _evidence),
    ),
}


def csv_columns(kind: str) -> list[str]:
    """The header of the CSV for links or deployments."""
    return ["id", *(name for name, _ in _COLUMNS[_checked_kind(kind)])]


def relations_csv(features: Iterable[dict], kind: str) -> str:
    """The links or the deployments among `features` as CSV text (RFC 4180 line ends).

    It starts with a byte order mark, so spreadsheets read the Thai text as UTF-8; text
    cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
    """
    columns = _COLUMNS[_checked_kind(kind)]
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(csv_columns(kind))
    for feature in features:
        if (feature.get("properties") or {}).get("kind") != kind:
            continue
        row = [feature.get("id")] + [value(feature) for _, value in columns]
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()


def _checked_kind(kind: str) -> str:
    if kind not in RELATION_KINDS:
        raise ValueError(f"CSV is made for {' or '.join(RELATION_KINDS)}, not {kind!r}")
    return kind


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return value
    text = str(value) if not isinstance(value, list | dict) else ", ".join(map(str, value))
    return "'" + text if text.startswith(_FORMULA_START) else text
