"""Read access to a built gazetteer store (see build.py for what it holds)."""

from __future__ import annotations

import bisect
import json
import math
import os
import pickle
import sqlite3
import threading
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from geomap import config
from geomap.text.normalize import name_key

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

MAX_CACHED_NAMES = 200_000
_SQL_VARIABLES = 500
AREA_TYPES = frozenset({"country", "admin1", "region", "water"})
FEATURE_TYPES = ("country", "admin1", "city", "site", "region", "water", "border")


class GazetteerMissing(RuntimeError):
    """The store has not been built yet."""


@dataclass(frozen=True, slots=True)
class Place:
    id: int
    key: str
    feature_type: str
    name: str
    name_th: str | None
    country_code: str | None
    admin1: str | None
    lat: float
    lon: float
    bbox: tuple[float, float, float, float] | None
    population: int
    geonameid: int | None
    subtype: str | None
    source: str | None

    @property
    def border_countries(self) -> tuple[str, ...]:
        """The two ISO codes of a border ("AF-TJ" is kept in `subtype`)."""
        return (
            tuple(self.subtype.split("-")) if self.feature_type == "border" and self.subtype else ()
        )

    @property
    def is_area(self) -> bool:
        return self.feature_type in AREA_TYPES


@dataclass(frozen=True, slots=True)
class Actor:
    term: str
    country_code: str | None
    kind: str  # demonym, organization, language or leader
    lang: str | None


_PLACE_COLUMNS = (
    "id, key, feature_type, name, name_th, country_code, admin1, lat, lon,"
    " west, south, east, north, population, geonameid, subtype, source"
)


def _place(row: tuple) -> Place:
    bbox = tuple(row[9:13]) if row[9] is not None else None
    return Place(*row[:9], bbox, *row[13:])  # type: ignore[arg-type]


class Gazetteer:
    """A read-only view of the store, safe to share between threads."""

    def __init__(self, path: Path) -> None:
        if not path.exists():
            raise GazetteerMissing(
                f"no gazetteer at {path}: build it with `geomap gazetteer build` (or `make setup`)"
            )
        self.path = path
        self._conn = sqlite3.connect(
            f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
        self._lock = threading.Lock()
        self._cache: dict[int, Place] = {}
        self._names: dict[str, list[tuple[int, int]]] = {}  # name key -> (place id, quality)

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> Gazetteer:
        return cls(config.gazetteer_path(config.data_dir(data_dir)))

    def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def meta(self) -> dict[str, str]:
        return dict(self._rows("SELECT key, value FROM meta"))

    def place(self, place_id: int) -> Place:
        cached = self._cache.get(place_id)
        if cached is None:
            rows = self._rows(f"SELECT {_PLACE_COLUMNS} FROM place WHERE id = ?", (place_id,))
            if not rows:
                raise KeyError(place_id)
            cached = self._cache[place_id] = _place(rows[0])
        return cached

    def lookup(self, name: str) -> list[tuple[Place, int]]:
        """Places with exactly this name (after normalisation), with the name's quality."""
        return self.lookup_many([name])[name]

    def lookup_many(self, names: list[str]) -> dict[str, list[tuple[Place, int]]]:
        """`lookup` for many names in one query (a document's candidate names at once)."""
        keys = {name: name_key(name) for name in names}
        missing = list({k for k in keys.values() if k and k not in self._names})
        if missing:
            if len(self._names) > MAX_CACHED_NAMES:
                self._names.clear()
            found: dict[str, list[tuple[int, int]]] = {key: [] for key in missing}
            for first in range(0, len(missing), _SQL_VARIABLES):
                chunk = missing[first : first + _SQL_VARIABLES]
                marks = ",".join("?" * len(chunk))
                rows = self._rows(
                    f"SELECT key, place_id, MIN(quality) FROM name WHERE key IN ({marks})"
                    " GROUP BY key, place_id",
                    tuple(chunk),
                )
                for key, place_id, quality in rows:
                    found[key].append((place_id, quality))
            self._names.update(found)
        return {
            name: [(self.place(pid), quality) for pid, quality in self._names.get(key, ())]
            for name, key in keys.items()
        }

    def country(self, code: str) -> Place | None:
        rows = self._rows("SELECT place_id FROM country WHERE code = ?", (code.upper(),))
        return self.place(rows[0][0]) if rows else None

    def capital(self, code: str) -> Place | None:
        rows = self._rows("SELECT capital_id FROM country WHERE code = ?", (code.upper(),))
        return self.place(rows[0][0]) if rows and rows[0][0] else None

    def country_codes(self) -> list[str]:
        return [row[0] for row in self._rows("SELECT code FROM country ORDER BY code")]

    @lru_cache(maxsize=512)  # noqa: B019 - shapes are immutable; the store lives as long
    def country_shape(self, code: str) -> BaseGeometry | None:
        from shapely.geometry import shape as to_shape  # shapely is slow to import, rarely needed

        rows = self._rows("SELECT shape FROM country WHERE code = ?", (code.upper(),))
        return to_shape(json.loads(rows[0][0])) if rows and rows[0][0] else None

    def border(self, a: str, b: str) -> Place | None:
        first, second = sorted((a.upper(), b.upper()))
        rows = self._rows("SELECT place_id FROM border WHERE a = ? AND b = ?", (first, second))
        return self.place(rows[0][0]) if rows else None

    def geometry(self, place: Place) -> dict:
        """GeoJSON geometry: the shared boundary for a border, a Point otherwise."""
        if place.feature_type == "border":
            rows = self._rows("SELECT geometry FROM border WHERE place_id = ?", (place.id,))
            if rows:
                return json.loads(rows[0][0])
        return {"type": "Point", "coordinates": [place.lon, place.lat]}

    def actors(self, term: str) -> list[Actor]:
        rows = self._rows(
            "SELECT term, country_code, kind, lang FROM actor WHERE key = ?", (name_key(term),)
        )
        return [Actor(*row) for row in rows]

    def actor_terms(self) -> list[Actor]:
        return [
            Actor(*row) for row in self._rows("SELECT term, country_code, kind, lang FROM actor")
        ]

    def places_with_thai_names(self, feature_types: tuple[str, ...]) -> list[Place]:
        marks = ",".join("?" * len(feature_types))
        rows = self._rows(
            f"SELECT {_PLACE_COLUMNS} FROM place WHERE name_th IS NOT NULL"
            f" AND feature_type IN ({marks}) ORDER BY id",
            feature_types,
        )
        return [_place(row) for row in rows]

    def thai_names(self, max_quality: int = 1) -> list[tuple[str, int]]:
        """(name key, place id) for names in Thai script, for the Thai recogniser."""
        return self._rows(
            "SELECT key, place_id FROM name WHERE key >= ? AND key < ? AND quality <= ?",
            ("\u0e00", "\u0e80", max_quality),
        )

    def _index_cache(self, name: str) -> Path:
        """Where an index derived from this store is pickled; its name carries the fingerprint."""
        fingerprint = dict(self._rows("SELECT key, value FROM meta")).get("fingerprint", "none")
        return self.path.with_name(f"{self.path.name}.{name}-{fingerprint}.pickle")

    @cached_property
    def _phonetic_index(self) -> dict[str, tuple[list[str], list[int], list[int]]]:
        """Keys grouped by first sound, sorted by length; pickled beside the store once built."""
        cache = self._index_cache("phonetic")
        try:
            with cache.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError):
            pass
        index = self._build_phonetic_index()
        _write_atomically(cache, pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
        return index

    def write_indexes(self) -> None:
        """Build the derived indexes now (`gazetteer build` calls it), not on first use."""
        _ = self._phonetic_index

    def _build_phonetic_index(self) -> dict[str, tuple[list[str], list[int], list[int]]]:
        groups: dict[str, list[tuple[str, int]]] = {}
        for key, place_id in self._rows("SELECT key, place_id FROM phonetic"):
            groups.setdefault(key[:1], []).append((key, place_id))
        index = {}
        for first, rows in groups.items():
            rows.sort(key=lambda row: len(row[0]))
            index[first] = ([r[0] for r in rows], [r[1] for r in rows], [len(r[0]) for r in rows])
        return index

    def sounds_like(
        self, key: str, limit: int = 10, cutoff: float = 75
    ) -> list[tuple[Place, float]]:
        """Places whose Latin names have a phonetic key close to `key` (0-100 score).

        Only keys of a length that could reach `cutoff` are compared.
        """
        keys, ids, lengths = self._phonetic_index.get(key[:1], ([], [], []))
        # ratio = 2*matches/(len a + len b) <= 2*min/(sum): bound the other length
        share = cutoff / (200 - cutoff)
        low = bisect.bisect_left(lengths, int(len(key) * share))
        high = bisect.bisect_right(lengths, int(len(key) / share) + 1)
        best: dict[int, float] = {}
        for _, score, index in process.extract(
            key, keys[low:high], scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit * 4
        ):
            pid = ids[low + index]
            best[pid] = max(score, best.get(pid, 0.0))
        ranked = sorted(best.items(), key=lambda item: -item[1])[:limit]
        return [(self.place(pid), score) for pid, score in ranked]

    def nearest(self, lat: float, lon: float, feature_type: str = "city") -> Place | None:
        """The nearest place of a type (reverse geocoding), searched in a widening box."""
        for radius in (0.25, 1.0, 4.0, 20.0):
            rows = self._rows(
                f"SELECT {_PLACE_COLUMNS} FROM place WHERE feature_type = ?"
                " AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
                (feature_type, lat - radius, lat + radius, lon - radius * 2, lon + radius * 2),
            )
            if rows:
                places = [_place(r) for r in rows]
                return min(places, key=lambda p: haversine_km(lat, lon, p.lat, p.lon))
        return None


def _write_atomically(path: Path, data: bytes) -> None:
    """Best effort: a read-only data folder only means the index is rebuilt next time."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
