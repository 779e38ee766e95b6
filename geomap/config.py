"""Where geomap keeps its data, read once from flags and the environment."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
STATIC_DIR = PROJECT_ROOT / "static"
NODE_MODULES = STATIC_DIR / "node_modules"
DEFAULT_DATA_DIR = Path("~/.local/share/geomap").expanduser()


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: `--data-dir`, else `GEOMAP_DATA_DIR`, else ~/.local/share/geomap."""
    chosen = explicit or os.environ.get("GEOMAP_DATA_DIR") or DEFAULT_DATA_DIR
    return Path(chosen).expanduser().resolve()


def gazetteer_path(directory: Path) -> Path:
    """The gazetteer store; `GEOMAP_GAZETTEER` points elsewhere (tests share one build)."""
    override = os.environ.get("GEOMAP_GAZETTEER")
    return Path(override) if override else directory / "gazetteer.sqlite"


def world_atlas_path() -> Path:
    """Natural Earth country shapes as npm's world-atlas ships them (50m scale)."""
    override = os.environ.get("GEOMAP_WORLD_ATLAS")
    return Path(override) if override else NODE_MODULES / "world-atlas" / "countries-50m.json"


def tile_layer() -> tuple[str, str] | None:
    """An online tile layer (URL template, attribution) for the web maps, off unless
    `GEOMAP_TILES_URL` is set: the default basemap is offline Natural Earth shapes."""
    url = os.environ.get("GEOMAP_TILES_URL", "").strip()
    if not url:
        return None
    attribution = os.environ.get("GEOMAP_TILES_ATTRIBUTION", "").strip()
    return url, attribution or "© OpenStreetMap contributors"
