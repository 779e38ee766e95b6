"""The map page's JS and CSS, all from the project's `static/` directory.

Linked under `MapOptions.static_url`, or inlined (images in CSS become data: URIs) for a
standalone file that works from disk with no network.
"""

from __future__ import annotations

import base64
import mimetypes
import re
from functools import lru_cache
from pathlib import Path

from geomap.config import STATIC_DIR

STYLESHEETS = (
    "node_modules/leaflet/dist/leaflet.css",
    "node_modules/leaflet.fullscreen/Control.FullScreen.css",
    "geomap/map.css",
)
SCRIPTS = (
    "node_modules/leaflet/dist/leaflet.js",
    "node_modules/leaflet.fullscreen/Control.FullScreen.js",
    "node_modules/leaflet-polylinedecorator/dist/leaflet.polylineDecorator.js",
    "geomap/map.js",
)
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]*)\1\s*\)""")
_SCRIPT_END = re.compile(r"</(script)", re.IGNORECASE)


class MapAssetsMissing(RuntimeError):
    """static/node_modules is not installed."""


def _file(relative: str) -> Path:
    path = STATIC_DIR / relative
    if not path.is_file():
        raise MapAssetsMissing(
            f"{path} is missing: install the front-end packages with `make setup`"
            " (runs `npm ci` in static/)"
        )
    return path


def _data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def _inline_urls(css: str, folder: Path) -> str:
    """Relative url(...)s as data: URIs; fragment refs (#default#VML) stay as they are."""

    def replace(match: re.Match) -> str:
        target = match.group(2).strip()
        if not target or target.startswith(("#", "data:")):
            return match.group(0)
        if re.match(r"^([a-z]+:|//)", target, re.IGNORECASE):
            return "none"  # never fetch from elsewhere
        image = (folder / target.split("?")[0].split("#")[0]).resolve()
        if not image.is_relative_to(STATIC_DIR.resolve()) or not image.is_file():
            return "none"
        return f'url("{_data_uri(image)}")'

    return _CSS_URL.sub(replace, css)


@lru_cache(maxsize=16)
def _inline_text(relative: str, modified: float) -> str:
    path = _file(relative)
    text = path.read_text(encoding="utf-8")
    if relative.endswith(".css"):
        return _inline_urls(text, path.parent).replace("</", "<\\/")
    return _SCRIPT_END.sub(r"<\\/\1", text).replace("<!--", "<\\!--")


def asset_tags(static_url: str, inline: bool, nonce: str | None) -> str:
    """<link>/<script> tags for the map's assets, or <style>/<script> holding them."""
    attr = f' nonce="{nonce}"' if nonce else ""
    tags = []
    for relative in (*STYLESHEETS, *SCRIPTS):
        path = _file(relative)
        is_css = relative.endswith(".css")
        if inline:
            text = _inline_text(relative, path.stat().st_mtime)
            tags.append(
                f"<style{attr}>{text}</style>" if is_css else f"<script{attr}>{text}</script>"
            )
        elif is_css:
            tags.append(f'<link rel="stylesheet" href="{static_url}{relative}"{attr}>')
        else:
            tags.append(f'<script src="{static_url}{relative}"{attr}></script>')
    return "\n".join(tags)
