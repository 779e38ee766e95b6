"""Importing users' relation tables: the `/import` page (logged in, CSRF) and the JSON API
(`/api/imports`, bearer token). A file is checked whole: any bad row rejects it with every
line's problem and nothing is stored; a good one is stored in one transaction."""

from __future__ import annotations

from flask import Blueprint, abort, jsonify, render_template, request
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import BadRequest, RequestEntityTooLarge, UnsupportedMediaType

from geomap.relations import RelationFileError
from geomap.relations.importer import MAX_BYTES
from geomap.storage import ImportReport, StoreError, import_relations
from geomap.web import security
from geomap.web.app import services

imports = Blueprint("imports", __name__)
writer = security.api_writer(lambda: services().secrets.api_token)
SUFFIXES = (".csv", ".tsv", ".txt", ".json", ".geojson")


def _import(upload: FileStorage | None, author: str) -> ImportReport:
    """Raises RelationFileError (the lines at fault) or an HTTP error saying what was wrong."""
    if upload is None or not upload.filename:
        raise BadRequest("choose a file (.csv, .json or .geojson)")
    name = upload.filename.replace("\\", "/").rsplit("/", 1)[-1][:200]
    if not name.lower().endswith(SUFFIXES):
        raise UnsupportedMediaType(f"{name!r}: send a .csv, .json or .geojson file")
    data = upload.stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise RequestEntityTooLarge(f"{name!r} is larger than {MAX_BYTES} bytes")
    try:
        return import_relations(services().store, services().gazetteer, data, name, author)
    except StoreError as error:
        raise BadRequest(str(error)) from error


@imports.route("/import", methods=["GET", "POST"])
@security.editor_page
def import_page():
    report, problems, status = None, [], 200
    if request.method == "POST":
        files = [f for f in request.files.getlist("file") if f.filename]
        if len(files) > 1:
            raise BadRequest("import one file at a time")
        try:
            report = _import(files[0] if files else None, "editor")
        except RelationFileError as error:
            problems, status = error.problems, 400
    return render_template(
        "import.html", report=report, problems=problems, imports=services().store.imports()
    ), status


@imports.get("/api/imports")
def list_imports():
    return jsonify(services().store.imports())


@imports.post("/api/imports")
@writer
def create_import():
    """A multipart `file` (CSV, JSON or GeoJSON rows): 201 with the import's id and counts,
    200 when the same file was imported before, 400 with every bad line otherwise."""
    if request.mimetype != "multipart/form-data":
        raise UnsupportedMediaType("send multipart/form-data with a file field")
    files = request.files.getlist("file")
    if len(files) > 1:
        raise BadRequest("send one file per request")
    try:
        report = _import(files[0] if files else None, "api")
    except RelationFileError as error:
        response = jsonify(
            error="the file was not imported: fix every line listed in problems",
            status=400,
            problems=[{"line": line, "reason": reason} for line, reason in error.problems],
        )
        response.status_code = 400
        return response
    response = jsonify(
        id=report.added.id,
        created=report.added.created,
        rows=report.rows,
        links=report.links,
        deployments=report.deployments,
    )
    response.status_code = 201 if report.added.created else 200
    return response


@imports.delete("/api/imports/<int:import_id>")
@writer
def delete_import(import_id: int):
    if not services().store.delete_import(import_id):
        abort(404, description="no such import")
    return "", 204
