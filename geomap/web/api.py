"""The JSON API: reading is open, writing needs the bearer token."""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, jsonify, request, url_for
from werkzeug.exceptions import BadRequest, UnsupportedMediaType

from geomap.storage import CorpusFilter, StoreError
from geomap.web import actions, security
from geomap.web.app import corpus_features, services

api = Blueprint("api", __name__)
writer = security.api_writer(lambda: services().secrets.api_token)


@api.get("/healthz")
def healthz():
    store = services().store
    return jsonify(status="ok", revision=store.revision())


@api.get("/api/documents")
def list_documents():
    return jsonify([_summary_json(s) for s in services().store.list_documents()])


@api.post("/api/documents")
@writer
def create_document():
    """JSON {text, title, source_url, published, lang} or a multipart `file`."""
    if request.mimetype == "application/json":
        payload = request.get_json(silent=True)
        if not isinstance(payload, dict):
            raise BadRequest("send a JSON object with a text field")
        added = actions.add_text(payload)
    elif request.mimetype == "multipart/form-data":
        files = actions.check_upload_count(request.files.getlist("file"))
        if len(files) != 1:
            raise BadRequest("send one file per request")
        added = actions.add_file(files[0])
    else:
        raise UnsupportedMediaType("send application/json or multipart/form-data")
    body = {
        "id": added.id,
        "created": added.created,
        "url": url_for("pages.document", document_id=added.id),
    }
    response = jsonify(body)
    response.status_code = 201 if added.created else 200
    response.headers["Location"] = body["url"]
    return response


@api.get("/api/documents/<int:document_id>")
def document_geojson(document_id: int):
    """The document's FeatureCollection (an export: places, links, deployments)."""
    store = services().store
    document = store.get_document(document_id)
    if document is None:
        abort(404, description="no such document")
    collection = store.document_collection(document_id)
    collection["document"] = {
        "id": document.id,
        "title": document.title,
        "date": document.date,
        "source_url": document.source_url,
    }
    return jsonify(collection)


@api.delete("/api/documents/<int:document_id>")
@writer
def delete_document(document_id: int):
    if not services().store.delete_document(document_id):
        abort(404, description="no such document")
    return "", 204


@api.post("/api/documents/<int:document_id>/corrections")
@writer
def correct_mention(document_id: int):
    """JSON {start, end, action: drop|choose|undo, key (for choose)}."""
    payload = request.get_json(silent=True)
    if not isinstance(payload, dict):
        raise BadRequest("send a JSON object")
    start, end = payload.get("start"), payload.get("end")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise BadRequest("start and end must be integers")
    if not isinstance(payload.get("key"), str | None):
        raise BadRequest("key must be a gazetteer key (a string)")
    try:
        actions.correct(document_id, start, end, str(payload.get("action")), payload.get("key"))
    except KeyError:
        abort(404, description="no such document")
    return jsonify(features=services().store.document_features(document_id))


@api.get("/api/features")
def corpus_geojson():
    """The corpus map's features for the filters (country, type, status, from, to, kind):
    one per place and one per joined relation. Cached by store revision and filters."""
    try:
        filters = CorpusFilter.parse(request.args)
    except StoreError as error:
        raise BadRequest(str(error)) from error

    def body() -> str:
        features = corpus_features(filters)
        return current_app.json.dumps({"type": "FeatureCollection", "features": features})

    return Response(services().cache.get(("features", filters), body), mimetype="application/json")


def _summary_json(summary) -> dict:
    data = summary.as_json()
    counts = {name: data.pop(name) for name in ("places", "mentions", "links", "deployments")}
    return {**data, "counts": counts, "url": url_for("pages.document", document_id=summary.id)}
