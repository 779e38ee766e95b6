"""Opt-in online geocoding (Nominatim through geopy), rate-limited and cached on disk.

Off unless `GEOMAP_ONLINE_GEOCODER=nominatim` is set; the offline gazetteer is always
asked first. The cache is a SQLite file in the data directory, so a query reaches the
service once, and the rate limiter keeps to Nominatim's one request per second.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from pathlib import Path

from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

DEFAULT_USER_AGENT = "geomap (offline-first news geoparser)"


class CachedGeocoder:
    """Any geopy geocoder behind an on-disk cache and a rate limiter."""

    def __init__(self, backend: Geocoder, cache_path: Path, min_delay_seconds: float = 1.0):
        self.backend = backend
        self.name = type(backend).__name__
        self._geocode = RateLimiter(backend.geocode, min_delay_seconds=min_delay_seconds)
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(cache_path, check_same_thread=False)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS answer (backend TEXT, query TEXT, body TEXT,"
            " PRIMARY KEY (backend, query))"
        )
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def geocode(self, query: str) -> Location | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT body FROM answer WHERE backend = ? AND query = ?", (self.name, query)
            ).fetchone()
        if row is not None:
            self.hits += 1
            stored = json.loads(row[0])
            if stored is None:
                return None
            return Location(stored["address"], (stored["lat"], stored["lon"]), stored["raw"])
        self.misses += 1
        location = self._geocode(query)
        body = None
        if location is not None:
            body = {
                "address": location.address,
                "lat": location.latitude,
                "lon": location.longitude,
                "raw": location.raw,
            }
        with self._lock, self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO answer VALUES (?, ?, ?)",
                (self.name, query, json.dumps(body, ensure_ascii=False)),
            )
        return location


def online_geocoder(data_dir: Path) -> CachedGeocoder | None:
    """The configured online backend, or None when none is switched on."""
    choice = os.environ.get("GEOMAP_ONLINE_GEOCODER", "").strip().lower()
    if not choice:
        return None
    if choice != "nominatim":
        raise ValueError(f"GEOMAP_ONLINE_GEOCODER={choice!r}: the only online backend is nominatim")
    from geopy.geocoders import Nominatim

    agent = os.environ.get("GEOMAP_NOMINATIM_USER_AGENT", DEFAULT_USER_AGENT)
    return CachedGeocoder(Nominatim(user_agent=agent), data_dir / "online-cache.sqlite")
