"""Server-rendered pages. Document text reaches templates only as data (autoescaped)."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, abort, flash, redirect, render_template, request, session, url_for
from werkzeug.exceptions import BadRequest, HTTPException

from geomap.storage import CorpusFilter, StoreError
from geomap.web import actions, security
from geomap.web.app import services

pages = Blueprint("pages", __name__)
FILTER_ARGS = ("country", "type", "status", "from", "to", "kind")


@pages.get("/")
def index():
    try:
        CorpusFilter.parse(request.args)  # bad filters: 400 here, not in the map's iframe
    except StoreError as error:
        raise BadRequest(str(error)) from error
    store, cache = services().store, services().cache
    chosen = {name: request.args.get(name, "") for name in FILTER_ARGS if request.args.get(name)}
    return render_template(
        "index.html",
        documents=cache.get("documents", store.list_documents),
        facets=cache.get("facets", store.facets),
        chosen=chosen,
        map_query=urlencode(chosen),
    )


@pages.get("/documents/<int:document_id>")
def document(document_id: int):
    store = services().store
    stored = store.get_document(document_id)
    if stored is None:
        abort(404, description="no such document")
    collection = services().cache.get(
        ("document", document_id), lambda: store.document_collection(document_id)
    )
    corrections = {(c["start"], c["end"]): c for c in store.corrections(document_id)}
    places = [f for f in collection["features"] if f["properties"]["kind"] in ("place", "border")]
    relations = [f for f in collection["features"] if f not in places]
    return render_template(
        "document.html",
        document=stored,
        segments=_segments(stored.text, places, collection["unresolved"]),
        places=places,
        relations=relations,
        unresolved=collection["unresolved"],
        corrections=corrections,
        mention_rows=_mention_rows(places, collection["unresolved"], corrections.values())
        if security.logged_in()
        else [],
    )


@pages.post("/documents/<int:document_id>/corrections")
@security.editor_page
def correct(document_id: int):
    try:
        start, end = int(request.form["start"]), int(request.form["end"])
    except (KeyError, ValueError) as error:
        raise BadRequest("start and end must be numbers") from error
    choice = request.form.get("choice", "")
    action, key = (
        ("choose", choice[len("place:") :]) if choice.startswith("place:") else (choice, None)
    )
    try:
        actions.correct(document_id, start, end, action, key)
    except KeyError:
        abort(404, description="no such document")
    return redirect(url_for("pages.document", document_id=document_id) + "#corrections", 303)


@pages.get("/places/<path:key>")
def place(key: str):
    features = services().store.place_features(key)
    if not features:
        abort(404, description="no document mentions this place")
    first = features[0]
    properties = first["properties"]
    relations = (
        services().store.relations_of_country(properties["country_code"])
        if properties.get("feature_type") == "country" and properties.get("country_code")
        else []
    )
    return render_template(
        "place.html", key=key, place=first, features=features, relations=relations
    )


@pages.route("/add", methods=["GET", "POST"])
@security.editor_page
def add():
    results = []
    if request.method == "POST":
        if request.form.get("form") == "text":
            added = actions.add_text({k: request.form.get(k) for k in actions.TEXT_FIELDS})
            return redirect(url_for("pages.document", document_id=added.id), 303)
        for upload in actions.check_upload_count(request.files.getlist("files")):
            try:
                added = actions.add_file(upload)
            except HTTPException as error:
                if error.code == 413:  # size limits are answered as such, not listed
                    raise
                results.append((upload.filename, None, error.description))
            else:
                results.append((upload.filename, added, None))
    return render_template("add.html", results=results)


@pages.route("/login", methods=["GET", "POST"])
def login():
    target = security.safe_next(request.values.get("next"))
    if request.method == "POST":
        security.check_csrf()
        if security.log_in(request.form.get("token", ""), services().secrets.api_token):
            return redirect(target, 303)
        flash("wrong_token")
        return render_template("login.html", next=target), 403
    return render_template("login.html", next=target)


@pages.post("/logout")
def logout():
    security.check_csrf()
    session.clear()
    return redirect(url_for("pages.index"), 303)


def _segments(text: str, places: list[dict], unresolved: list[dict]) -> list[dict]:
    """The text cut into plain runs and mentions (linked to their feature)."""
    spans = [
        (m["start"], m["end"], feature["id"], feature["properties"]["name"])
        for feature in places
        for m in feature["properties"]["mentions"]
    ]
    spans += [(m["start"], m["end"], None, None) for m in unresolved]
    segments, position = [], 0
    for start, end, feature_id, name in sorted(spans):
        if start < position:
            continue  # overlapping spans: the first one wins
        if start > position:
            segments.append({"text": text[position:start]})
        segments.append({"text": text[start:end], "feature": feature_id, "name": name})
        position = end
    if position < len(text):
        segments.append({"text": text[position:]})
    return segments


def _mention_rows(places: list[dict], unresolved: list[dict], corrections) -> list[dict]:
    """Each mention (dropped ones too, to undo) with the places it could name."""
    rows = [{"mention": m, "feature": f} for f in places for m in f["properties"]["mentions"]] + [
        {"mention": m, "feature": None} for m in unresolved
    ]
    rows += [
        {"mention": c, "feature": None, "dropped": True}
        for c in corrections
        if c["action"] == "drop"
    ]
    rows.sort(key=lambda row: row["mention"]["start"])
    found: dict[str, list] = {}
    for row in rows:
        text = row["mention"]["text"]
        if text not in found:
            found[text] = actions.candidates(text)
        row["candidates"] = found[text]
    return rows
