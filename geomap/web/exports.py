"""Downloads: GeoJSON and CSV of a document or the filtered corpus (through geomap.export,
as `geomap export` makes them), a map as one offline HTML file, and a map as a PNG.

All are cached by store revision like the other renders.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, Response, abort, g, request
from werkzeug.exceptions import BadRequest

from geomap.export import (
    Export,
    ExportError,
    export_corpus_features,
    export_document,
    parse_filters,
)
from geomap.maps import MapInputError, MapOptions, render_map, render_png
from geomap.web.app import corpus_features, services
from geomap.web.embeds import place_map_features
from geomap.web.sharing import PNG_SIZE, current_share

exports = Blueprint("exports", __name__)

PNG_SIDES = (200, 2400)  # render_png allows more; a public route keeps renders bounded
MAX_AGE = 300


# data ---------------------------------------------------------------------------------
@exports.get("/api/documents/<int:document_id>.geojson")
def document_geojson(document_id: int):
    return _download(("document", document_id, "geojson"), _document_export(document_id))


@exports.get("/api/geojson")
def corpus_geojson():
    filters = _filters()
    return _download(
        ("corpus", filters, "geojson"), lambda: export_corpus_features(corpus_features(filters))
    )


@exports.get("/api/documents/<int:document_id>/<any(links, deployments):table>.csv")
def document_table(document_id: int, table: str):
    return _download(
        ("document", document_id, table), _document_export(document_id, f"{table}.csv")
    )


@exports.get("/api/<any(links, deployments):table>.csv")
def corpus_table(table: str):
    filters = _filters()
    return _download(
        ("corpus", filters, table),
        lambda: export_corpus_features(corpus_features(filters), f"{table}.csv"),
    )


# maps ---------------------------------------------------------------------------------
@exports.get("/documents/<int:document_id>/map.html")
def document_html(document_id: int):
    return _standalone(("document", document_id), lambda: _document_features(document_id))


@exports.get("/map.html")
def corpus_html():
    filters = _filters()
    return _standalone(("corpus", filters), lambda: corpus_features(filters))


@exports.get("/places/<path:key>/map.html")
def place_html(key: str):
    return _standalone(("place", key), lambda: place_map_features(key))


@exports.get("/documents/<int:document_id>/map.png")
def document_png(document_id: int):
    return _png(("document", document_id), lambda: _document_features(document_id))


@exports.get("/map.png")
def corpus_png():
    filters = _filters()
    return _png(("corpus", filters), lambda: corpus_features(filters))


@exports.get("/places/<path:key>/map.png")
def place_png(key: str):
    return _png(("place", key), lambda: place_map_features(key))


# helpers ------------------------------------------------------------------------------
def _store():
    return services().store


def _filters():
    try:
        return parse_filters(request.args)
    except ExportError as error:
        raise BadRequest(str(error)) from error


def _document_features(document_id: int) -> list[dict]:
    if _store().get_document(document_id) is None:
        abort(404, description="no such document")
    return _store().document_features(document_id)


def _document_export(document_id: int, fmt: str = "geojson") -> Callable[[], Export]:
    if _store().get_document(document_id) is None:
        abort(404, description="no such document")
    return lambda: export_document(_store(), document_id, fmt)


def _download(key: tuple, make: Callable[[], Export]) -> Response:
    try:
        made = services().cache.get(("export", *key), make)
    except ExportError as error:
        raise BadRequest(str(error)) from error
    response = Response(made.text, mimetype=made.media_type.split(";")[0])
    response.headers["Content-Type"] = made.media_type
    return _attachment(response, made.filename)


def _standalone(key: tuple, features: Callable[[], list[dict]]) -> Response:
    """The map as one HTML file with Leaflet, its plugins and our code inlined: it opens
    from disk with no network."""
    share = current_share()
    title = share.title if share else "geomap"

    def render() -> str:
        options = MapOptions(lang=g.lang, title=title, inline_assets=True)
        try:
            return render_map(features(), services().gazetteer, options)
        except MapInputError as error:
            raise BadRequest(str(error)) from error

    html = services().cache.get(("standalone", *key, g.lang), render)
    return _attachment(Response(html, mimetype="text/html"), f"geomap-{_file_stem(key)}-map.html")


def _png(key: tuple, features: Callable[[], list[dict]]) -> Response:
    width, height = _side("width", PNG_SIZE[0]), _side("height", PNG_SIZE[1])

    def render() -> bytes:
        try:
            return render_png(features(), services().gazetteer, width, height, lang=g.lang)
        except MapInputError as error:
            raise BadRequest(str(error)) from error

    image = services().cache.get(("png", *key, g.lang, width, height), render)
    response = Response(image, mimetype="image/png")
    response.headers["Cache-Control"] = f"public, max-age={MAX_AGE}"
    response.add_etag()
    return response.make_conditional(request)


def _side(name: str, default: int) -> int:
    raw = request.args.get(name, "").strip()
    if not raw:
        return default
    low, high = PNG_SIDES
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise BadRequest(f"{name}: whole pixels from {low} to {high}")
    return int(raw)


def _file_stem(key: tuple) -> str:
    kind, subject = key[0], key[1]
    if kind == "document":
        return f"document-{subject}"
    if kind == "place":
        return "place-" + "".join(c if c.isalnum() or c in "-_" else "_" for c in subject)
    return "corpus"


def _attachment(response: Response, filename: str) -> Response:
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
