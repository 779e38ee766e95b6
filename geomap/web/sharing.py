"""Sharing a map: which map a page or URL shows (`MapShare`), the copy-ready embed snippet,
the oEmbed endpoint, and the head tags (oEmbed discovery, social card image) of map pages.

Embeds are addressed by absolute URLs of this app, so a snippet pasted into an article
still points here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from flask import Blueprint, abort, current_app, g, jsonify, request, url_for
from markupsafe import Markup, escape
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import BadRequest, HTTPException

from geomap.storage import CorpusFilter, StoreError
from geomap.web import i18n
from geomap.web.app import services
from geomap.web.pages import FILTER_ARGS

sharing = Blueprint("sharing", __name__)

START_HEIGHT = 500  # the iframe's height until the map reports its own (and without scripts)
OEMBED_WIDTH = 800
MIN_HEIGHT = 320  # the embedded map's own minimum (static/geomap/map.css)
PNG_SIZE = (1200, 630)  # the social-card size render_png draws by default
MIN_PNG_SIDE = 200
MAX_URL_CHARS = 2000

_PAGES = {  # endpoint of a map page or its embed -> the kind of map
    "pages.document": "document",
    "embeds.document_map": "document",
    "pages.index": "corpus",
    "embeds.corpus_map": "corpus",
    "pages.place": "place",
    "embeds.place_map": "place",
}
_ENDPOINTS = {  # what -> endpoint per kind of map
    "page": ("pages.document", "pages.index", "pages.place"),
    "embed": ("embeds.document_map", "embeds.corpus_map", "embeds.place_map"),
    "png": ("exports.document_png", "exports.corpus_png", "exports.place_png"),
    "html": ("exports.document_html", "exports.corpus_html", "exports.place_html"),
    "geojson": ("exports.document_geojson", "exports.corpus_geojson", None),
    "table": ("exports.document_table", "exports.corpus_table", None),
}
_KINDS = ("document", "corpus", "place")


@dataclass(frozen=True)
class MapShare:
    """One shareable map: a document's, the corpus's under filters, or a place's."""

    kind: str  # document, corpus or place
    title: str
    lang: str
    document_id: int | None = None
    place_key: str | None = None
    filters: tuple[tuple[str, str], ...] = ()

    def url(self, what: str, external: bool = True, **extra) -> str | None:
        """The (absolute) URL of the map's page, embed, png, html, geojson or table."""
        endpoint = _ENDPOINTS[what][_KINDS.index(self.kind)]
        if endpoint is None:
            return None
        arguments: dict = {"document": {"document_id": self.document_id},
                           "corpus": dict(self.filters),
                           "place": {"key": self.place_key}}[self.kind]  # fmt: skip
        if what in ("embed", "png", "html"):
            arguments["lang"] = self.lang
        return url_for(endpoint, **arguments, **extra, _external=external)

    @property
    def snippet(self) -> str:
        return embed_snippet(self)


def share_for(endpoint: str | None, view_args: Mapping, args: Mapping[str, str]):
    """The map an endpoint shows with these arguments, or None (not a map, or no such map)."""
    kind = _PAGES.get(endpoint or "")
    lang = args.get("lang") if args.get("lang") in i18n.LANGUAGES else g.get("lang", "en")
    store = services().store
    if kind == "document":
        document = store.get_document(view_args["document_id"])
        return document and MapShare(kind, document.title, lang, document_id=document.id)
    if kind == "corpus":
        try:
            CorpusFilter.parse(args)
        except StoreError:
            return None
        chosen = tuple((k, args[k].strip()) for k in FILTER_ARGS if (args.get(k) or "").strip())
        return MapShare(kind, f"geomap: {_string('corpus_map', lang)}", lang, filters=chosen)
    if kind == "place":
        found = store.place_features(view_args["key"])
        if not found:
            return None
        properties = found[0]["properties"]
        name = (lang == "th" and properties.get("name_th")) or properties.get("name")
        return MapShare(kind, str(name or view_args["key"]), lang, place_key=view_args["key"])
    return None


def current_share() -> MapShare | None:
    """The map of the page being served (kept for the request)."""
    if "map_share" not in g:
        g.map_share = share_for(request.endpoint, request.view_args or {}, request.args)
    return g.map_share


def embed_snippet(
    share: MapShare,
    *,
    max_width: int | None = None,
    max_height: int | None = None,
    height: int = START_HEIGHT,
    fallback: bool = True,
) -> str:
    """The HTML to paste into an article: the iframe (full width, a starting height), the
    small script that resizes it to the map's reported height, and a no-script image."""
    title = escape(share.title)
    limits = (f"max-width:{max_width}px;" if max_width else "") + (
        f"max-height:{max_height}px;" if max_height else ""
    )
    lines = [
        f'<iframe src="{escape(share.url("embed"))}" title="{title}" width="100%" '
        f'height="{height}" style="display:block;width:100%;{limits}border:0" scrolling="no" '
        'loading="lazy" allow="fullscreen" data-geomap-embed></iframe>',
        f'<script src="{escape(url_for("static", filename="geomap/embed.js", _external=True))}"'
        " async></script>",
    ]
    if fallback:
        lines.append(
            f'<noscript><img src="{escape(share.url("png"))}" alt="{title}" '
            f'width="{PNG_SIZE[0]}" height="{PNG_SIZE[1]}" style="width:100%;height:auto">'
            "</noscript>"
        )
    return "\n".join(lines)


def with_static_fallback(html: str) -> str:
    """The embed page with the PNG for browsers that run no script in the frame (a path:
    the page is cached for every host name the app answers to)."""
    share = current_share()
    if share is None:
        return html
    source = escape(share.url("png", external=False))
    image = f'<noscript><img src="{source}" alt="{escape(share.title)}" width="100%"></noscript>'
    return html.replace("<body>", "<body>\n" + image, 1)


# templates ----------------------------------------------------------------------------
@sharing.app_template_global()
def map_share() -> MapShare | None:
    return current_share()


@sharing.app_template_global()
def share_head() -> Markup:
    """oEmbed discovery and the social card (og:image) of a map page."""
    share = current_share()
    if share is None:
        return Markup("")
    page = share.url("page")
    oembed = url_for("sharing.oembed", url=page, format="json", _external=True)
    width, height = PNG_SIZE
    return Markup(
        f'<link rel="alternate" type="application/json+oembed" href="{escape(oembed)}" '
        f'title="{escape(share.title)}">\n'
        f'  <meta property="og:title" content="{escape(share.title)}">\n'
        f'  <meta property="og:url" content="{escape(page)}">\n'
        f'  <meta property="og:image" content="{escape(share.url("png"))}">\n'
        f'  <meta property="og:image:width" content="{width}">\n'
        f'  <meta property="og:image:height" content="{height}">\n'
        '  <meta name="twitter:card" content="summary_large_image">'
    )


# oEmbed -------------------------------------------------------------------------------
@sharing.get("/oembed")
def oembed():
    """oEmbed (https://oembed.com) for this app's own map URLs: a `rich` answer."""
    url = request.args.get("url", "").strip()
    if not url:
        raise BadRequest("url: give the URL of a map page of this site")
    if len(url) > MAX_URL_CHARS:
        raise BadRequest(f"url: at most {MAX_URL_CHARS} characters")
    fmt = request.args.get("format", "json")
    if fmt != "json":
        abort(501, description=f"format: only json is offered, not {fmt[:20]!r}")
    max_width, max_height = _dimension("maxwidth"), _dimension("maxheight")
    share = _share_of_url(url)
    width = min(OEMBED_WIDTH, max_width or OEMBED_WIDTH)
    height = max(MIN_HEIGHT, round(width * 10 / 16))
    if max_height:
        height = min(height, max_height)
    answer = {
        "version": "1.0",
        "type": "rich",
        "title": share.title,
        "provider_name": "geomap",
        "provider_url": url_for("pages.index", _external=True),
        "html": embed_snippet(
            share, max_width=width, max_height=max_height, height=height, fallback=False
        ),
        "width": width,
        "height": height,
        "cache_age": 3600,
    }
    scale = min(
        1.0, (max_width or PNG_SIZE[0]) / PNG_SIZE[0], (max_height or PNG_SIZE[1]) / PNG_SIZE[1]
    )
    thumb_width, thumb_height = round(PNG_SIZE[0] * scale), round(PNG_SIZE[1] * scale)
    if min(thumb_width, thumb_height) >= MIN_PNG_SIDE:  # no thumbnail larger than asked
        answer["thumbnail_url"] = share.url("png", width=thumb_width, height=thumb_height)
        answer["thumbnail_width"], answer["thumbnail_height"] = thumb_width, thumb_height
    return jsonify(answer)


def _dimension(name: str) -> int | None:
    raw = request.args.get(name, "").strip()
    if not raw:
        return None
    if not raw.isdigit() or not 50 <= int(raw) <= 10_000:
        raise BadRequest(f"{name}: whole pixels from 50 to 10000")
    return int(raw)


def _share_of_url(url: str) -> MapShare:
    """Only URLs of this host name a map here: 404 for anything else."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.netloc.lower() != request.host.lower():
        abort(404, description="not a map of this site")
    adapter = current_app.url_map.bind(request.host, url_scheme=parts.scheme)
    try:
        endpoint, view_args = adapter.match(parts.path or "/", method="GET")
    except HTTPException:  # not found, a redirect, another method
        abort(404, description="not a map of this site")
    share = share_for(endpoint, view_args, MultiDict(parse_qsl(parts.query)))
    if share is None:
        abort(404, description="not a map of this site")
    return share


def _string(key: str, lang: str) -> str:
    english, thai = i18n.STRINGS[key]
    return thai if lang == "th" else english
