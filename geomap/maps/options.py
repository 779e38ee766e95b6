"""How a map is rendered: language, asset location, standalone mode, CSP nonce, optional tiles."""

from __future__ import annotations

import re
from dataclasses import dataclass

LANGUAGES = ("en", "th")
_NONCE = re.compile(r"[A-Za-z0-9+/_=-]{8,128}")
_TILES = re.compile(r"https?://[^\s\"'<>`\\]+")
_TILE_FIELDS = ("{z}", "{x}", "{y}")
_TILE_PLACEHOLDER = re.compile(r"\{[a-z]\}")


@dataclass(frozen=True)
class MapOptions:
    lang: str = "en"  # "th" or "en": legend, layer and popup labels
    title: str = "geomap"
    static_url: str = "/static/"  # URL prefix under which the project's `static/` dir is served
    inline_assets: bool = False  # True: every JS/CSS inlined -> a standalone offline HTML file
    nonce: str | None = None  # CSP nonce put on every <script>/<style> the map page emits
    tiles_url: str | None = None  # optional online tile layer (off unless configured)
    tiles_attribution: str | None = None

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise ValueError(f"lang must be one of {LANGUAGES}, not {self.lang!r}")
        if not isinstance(self.title, str) or len(self.title) > 300:
            raise ValueError("title must be a string of at most 300 characters")
        if not self.static_url.endswith("/") or any(c in self.static_url for c in "\"'<> `\\"):
            raise ValueError(
                f"static_url must be a plain URL prefix ending in '/': {self.static_url!r}"
            )
        if self.nonce is not None and not _NONCE.fullmatch(self.nonce):
            raise ValueError("nonce must be 8-128 base64/url-safe characters")
        if self.tiles_url is not None and not (
            _TILES.fullmatch(self.tiles_url)
            and not re.search("[{}]", _TILE_PLACEHOLDER.sub("", self.tiles_url))
            and all(field in self.tiles_url for field in _TILE_FIELDS)
        ):
            raise ValueError(
                "tiles_url must be an http(s) URL template with {z}, {x} and {y}: "
                f"{self.tiles_url!r}"
            )
