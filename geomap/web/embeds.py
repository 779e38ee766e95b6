"""The maps alone (`/embed/...`): what the app's pages show in iframes and what other sites
embed. Any site may frame them; they need no login."""

from __future__ import annotations

import secrets

from flask import Blueprint, Response, abort, g, request
from werkzeug.exceptions import BadRequest

from geomap import config
from geomap.maps import MapInputError, MapOptions, render_map
from geomap.storage import CorpusFilter, StoreError
from geomap.web import security
from geomap.web.app import corpus_features, services
from geomap.web.sharing import with_static_fallback

embeds = Blueprint("embeds", __name__)

# Maps are rendered once per store revision and kept with this stand-in for the nonce; each
# response gets its own nonce. It is random per process, so no document can contain it.
_NONCE_SLOT = f"nonce{secrets.token_hex(16)}"


@embeds.get("/embed/documents/<int:document_id>")
def document_map(document_id: int):
    store = services().store
    document = store.get_document(document_id)
    if document is None:
        abort(404, description="no such document")
    return _map(
        ("document", document_id, g.lang),
        lambda: store.document_features(document_id),
        document.title,
    )


@embeds.get("/embed/map")
def corpus_map():
    try:
        filters = CorpusFilter.parse(request.args)
    except StoreError as error:
        raise BadRequest(str(error)) from error
    return _map(
        ("corpus", filters, g.lang),
        lambda: corpus_features(filters),
        "geomap",
    )


@embeds.get("/embed/places/<path:key>")
def place_map(key: str):
    return _map(("place", key, g.lang), lambda: place_map_features(key), key)


def place_map_features(key: str) -> list[dict]:
    """A place's mentions across documents; for a country also its links and deployments."""
    store = services().store
    found = store.place_features(key)
    if not found:
        abort(404, description="no document mentions this place")
    properties = found[0]["properties"]
    if properties.get("feature_type") == "country" and properties.get("country_code"):
        found += store.relations_of_country(properties["country_code"])
    return found


def _map(key: tuple, features, title: str) -> Response:
    def render() -> str:
        tiles = config.tile_layer()
        options = MapOptions(
            lang=g.lang,
            title=title,
            static_url="/static/",
            nonce=_NONCE_SLOT,
            tiles_url=tiles[0] if tiles else None,
            tiles_attribution=tiles[1] if tiles else None,
        )
        try:
            html = render_map(features(), services().gazetteer, options)
        except MapInputError as error:
            raise BadRequest(str(error)) from error
        return with_static_fallback(html)

    html = services().cache.get(("embed", *key), render)
    return Response(html.replace(_NONCE_SLOT, security.csp_nonce()), mimetype="text/html")
