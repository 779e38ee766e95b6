"""The JSON API described for clients and fuzzers (OpenAPI 3.0), served at
`/api/openapi.json`. Written by hand next to the routes it describes; a test checks that
every `/api/` route of the app appears here."""

from __future__ import annotations

from flask import Blueprint, jsonify

from geomap.storage.store import MAX_TITLE_CHARS, MAX_URL_CHARS
from geomap.web.app import MAX_TEXT_CHARS

openapi = Blueprint("openapi", __name__)


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _error(description: str) -> dict:
    return _json(_ref("Error"), description)


NOT_FOUND = _error("No such item")
BAD = _error("The input was refused; `error` says why and nothing was stored")
UNAUTHORISED = {
    "401": _error("No bearer token"),
    "403": _error("A wrong bearer token"),
}
DOCUMENT_ID = {
    "name": "document_id",
    "in": "path",
    "required": True,
    "schema": {"type": "integer", "minimum": 0, "maximum": 10**18 - 1},
}
DATE = "^(\\d{4}(-\\d{2}(-\\d{2})?)?)?$"  # empty: no filter
FILTERS = [
    {"name": "country", "in": "query", "schema": {"type": "string", "pattern": "^([A-Za-z]{2})?$"}},
    {"name": "type", "in": "query", "schema": {"type": "string", "pattern": "^[\\w -]{0,100}$"}},
    {"name": "status", "in": "query", "schema": {"type": "string", "pattern": "^[\\w -]{0,100}$"}},
    {"name": "from", "in": "query", "schema": {"type": "string", "pattern": DATE}},
    {"name": "to", "in": "query", "schema": {"type": "string", "pattern": DATE}},
    {
        "name": "kind",
        "in": "query",
        "schema": {"type": "string", "enum": ["place", "border", "link", "deployment"]},
    },
]
FEATURE = {
    "type": "object",
    "required": ["type", "geometry", "properties"],
    "properties": {
        "type": {"type": "string", "enum": ["Feature"]},
        "id": {"type": "string"},
        "geometry": {"type": "object", "nullable": True},
        "properties": {"type": "object", "required": ["kind"]},
        "bbox": {"type": "array", "items": {"type": "number"}},
    },
}

TABLE = {
    "name": "table",
    "in": "path",
    "required": True,
    "schema": {"type": "string", "enum": ["links", "deployments"]},
}
CSV_FILE = {
    "description": "CSV with a header row",
    "content": {"text/csv": {"schema": {"type": "string"}}},
}


def _geojson_file(description: str) -> dict:
    schema = {
        "type": "object",
        "required": ["type", "features"],
        "properties": {
            "type": {"type": "string", "enum": ["FeatureCollection"]},
            "features": {"type": "array", "items": FEATURE},
        },
    }
    return {"description": description, "content": {"application/geo+json": {"schema": schema}}}


DOCUMENT_SUMMARY = {
    "type": "object",
    "required": ["id", "title", "created", "lang", "counts", "url"],
    "properties": {
        "id": {"type": "integer"},
        "title": {"type": "string"},
        "created": {"type": "string"},
        "published": {"type": "string", "nullable": True},
        "source_url": {"type": "string", "nullable": True},
        "lang": {"type": "string"},
        "origin": {"type": "string", "nullable": True},
        "counts": {
            "type": "object",
            "description": "after corrections: the corrected places and their mentions, and "
            "the links and deployments derived from them",
            "properties": {
                name: {"type": "integer"} for name in ("places", "mentions", "links", "deployments")
            },
        },
        "url": {"type": "string"},
    },
}
NEW_DOCUMENT = {
    "type": "object",
    "required": ["text"],
    "additionalProperties": False,
    "properties": {
        "text": {"type": "string", "minLength": 1, "maxLength": MAX_TEXT_CHARS},
        "title": {"type": "string", "nullable": True, "maxLength": MAX_TITLE_CHARS},
        "source_url": {"type": "string", "nullable": True, "maxLength": MAX_URL_CHARS},
        "published": {
            "type": "string",
            "nullable": True,
            "pattern": "^(\\d{4}-\\d{2}-\\d{2})?$",
            "description": "YYYY-MM-DD; empty or null: not known",
        },
        "lang": {"type": "string", "nullable": True, "enum": ["auto", "th", "en", "", None]},
    },
}
ADDED = {
    "type": "object",
    "required": ["id", "created", "url"],
    "properties": {
        "id": {"type": "integer"},
        "created": {"type": "boolean"},
        "url": {"type": "string"},
    },
}
CORRECTION = {
    "type": "object",
    "required": ["start", "end", "action"],
    "properties": {
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 1},
        "action": {"type": "string", "enum": ["drop", "choose", "undo"]},
        "key": {"type": "string", "nullable": True, "description": "a gazetteer key (choose)"},
    },
}
IMPORT = {
    "type": "object",
    "required": ["id", "filename", "created", "relations"],
    "properties": {
        "id": {"type": "integer"},
        "filename": {"type": "string"},
        "created": {"type": "string"},
        "author": {"type": "string", "nullable": True},
        "relations": {"type": "integer"},
    },
}
IMPORTED = {
    "type": "object",
    "required": ["id", "created", "rows", "links", "deployments"],
    "properties": {
        name: {"type": "boolean" if name == "created" else "integer"}
        for name in ("id", "created", "rows", "links", "deployments")
    },
}
IMPORT_REFUSED = {
    "type": "object",
    "required": ["error", "problems"],
    "properties": {
        "error": {"type": "string"},
        "status": {"type": "integer"},
        "problems": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["line", "reason"],
                "properties": {"line": {"type": "integer"}, "reason": {"type": "string"}},
            },
        },
    },
}
UPLOAD = {
    "type": "object",
    "required": ["file"],
    "properties": {"file": {"type": "string", "format": "binary"}},
}
BEARER = [{"bearer": []}]

SPEC = {
    "openapi": "3.0.3",
    "info": {
        "title": "geomap",
        "version": "1",
        "description": "Places, links and deployments found in news text. Reading is open; "
        "writing needs `Authorization: Bearer <GEOMAP_API_TOKEN>`.",
    },
    "paths": {
        "/healthz": {
            "get": {
                "summary": "Liveness and the store's revision",
                "responses": {
                    "200": _json(
                        {
                            "type": "object",
                            "required": ["status", "revision"],
                            "properties": {
                                "status": {"type": "string"},
                                "revision": {"type": "integer"},
                            },
                        },
                        "Up",
                    )
                },
            }
        },
        "/api/documents": {
            "get": {
                "summary": "Every document, newest first",
                "responses": {
                    "200": _json({"type": "array", "items": DOCUMENT_SUMMARY}, "Documents")
                },
            },
            "post": {
                "summary": "Add a document (JSON fields or one uploaded file)",
                "security": BEARER,
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": NEW_DOCUMENT},
                        "multipart/form-data": {"schema": UPLOAD},
                    },
                },
                "responses": {
                    "201": _json(ADDED, "Stored"),
                    "200": _json(ADDED, "The same text was stored before"),
                    "400": BAD,
                    **UNAUTHORISED,
                    "413": _error("Too large: body, text or file count"),
                    "415": _error("Not JSON or multipart, or a binary or unknown file"),
                },
            },
        },
        "/api/documents/{document_id}": {
            "parameters": [DOCUMENT_ID],
            "get": {
                "summary": "A document's FeatureCollection (places, links, deployments)",
                "responses": {
                    "200": _json(
                        {
                            "type": "object",
                            "required": ["type", "features", "unresolved", "document"],
                            "properties": {
                                "type": {"type": "string", "enum": ["FeatureCollection"]},
                                "lang": {"type": "string"},
                                "features": {"type": "array", "items": FEATURE},
                                "unresolved": {"type": "array", "items": {"type": "object"}},
                                "document": {"type": "object"},
                            },
                        },
                        "The document's features",
                    ),
                    "404": NOT_FOUND,
                },
            },
            "delete": {
                "summary": "Delete a document and its features",
                "security": BEARER,
                "responses": {"204": {"description": "Deleted"}, "404": NOT_FOUND, **UNAUTHORISED},
            },
        },
        "/api/documents/{document_id}/corrections": {
            "parameters": [DOCUMENT_ID],
            "post": {
                "summary": "Correct one mention: drop it, choose its place, or undo",
                "description": "The document's links and deployments are derived again from "
                "its corrected places, in the same transaction as the correction: a refused "
                "correction changes nothing. Undoing a span without a correction is a no-op.",
                "security": BEARER,
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": CORRECTION}},
                },
                "responses": {
                    "200": _json(
                        {
                            "type": "object",
                            "required": ["features"],
                            "properties": {"features": {"type": "array", "items": FEATURE}},
                        },
                        "The document's features after the correction (places with it "
                        "applied, links and deployments derived again)",
                    ),
                    "400": BAD,
                    "404": NOT_FOUND,
                    "409": _error(
                        "Other corrections of the document kept landing meanwhile; nothing "
                        "was stored, try again"
                    ),
                    **UNAUTHORISED,
                },
            },
        },
        "/api/features": {
            "get": {
                "summary": "The corpus map's features: one per place across the documents "
                "(with document and mention counts and a sample of mentions) and one per "
                "relation (imported rows joined with extracted ones)",
                "parameters": FILTERS,
                "responses": {
                    "200": _json(
                        {
                            "type": "object",
                            "required": ["type", "features"],
                            "properties": {
                                "type": {"type": "string", "enum": ["FeatureCollection"]},
                                "features": {"type": "array", "items": FEATURE},
                            },
                        },
                        "Features",
                    ),
                    "400": BAD,
                },
            }
        },
        "/api/documents/{document_id}.geojson": {
            "parameters": [DOCUMENT_ID],
            "get": {
                "summary": "A document's features as a strict RFC 7946 file (a download)",
                "responses": {"200": _geojson_file("The document's features"), "404": NOT_FOUND},
            },
        },
        "/api/geojson": {
            "get": {
                "summary": "The corpus as a strict RFC 7946 file, with the map's filters",
                "parameters": FILTERS,
                "responses": {"200": _geojson_file("The corpus's features"), "400": BAD},
            }
        },
        "/api/documents/{document_id}/{table}.csv": {
            "parameters": [DOCUMENT_ID, TABLE],
            "get": {
                "summary": "A document's links or deployments as CSV, for spreadsheets",
                "responses": {"200": CSV_FILE, "404": NOT_FOUND},
            },
        },
        "/api/{table}.csv": {
            "get": {
                "summary": "The corpus's links or deployments as CSV, with the map's filters",
                "parameters": [TABLE, *FILTERS],
                "responses": {"200": CSV_FILE, "400": BAD, "404": NOT_FOUND},
            },
        },
        "/api/imports": {
            "get": {
                "summary": "Imported relation files, newest first",
                "responses": {"200": _json({"type": "array", "items": IMPORT}, "Imports")},
            },
            "post": {
                "summary": "Import a CSV, JSON or GeoJSON file of relations (all or nothing)",
                "security": BEARER,
                "requestBody": {
                    "required": True,
                    "content": {"multipart/form-data": {"schema": UPLOAD}},
                },
                "responses": {
                    "201": _json(IMPORTED, "Imported"),
                    "200": _json(IMPORTED, "The same file was imported before"),
                    "400": _json(
                        {"oneOf": [IMPORT_REFUSED, _ref("Error")]},
                        "Refused: every bad line is in `problems`",
                    ),
                    **UNAUTHORISED,
                    "413": _error("The file is too large"),
                    "415": _error("Not multipart, or not a .csv/.json/.geojson file"),
                },
            },
        },
        "/api/imports/{import_id}": {
            "parameters": [
                {
                    "name": "import_id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "integer", "minimum": 0, "maximum": 10**18 - 1},
                }
            ],
            "delete": {
                "summary": "Delete an import's relations",
                "security": BEARER,
                "responses": {"204": {"description": "Deleted"}, "404": NOT_FOUND, **UNAUTHORISED},
            },
        },
        "/api/openapi.json": {
            "get": {
                "summary": "This description",
                "responses": {"200": _json({"type": "object"}, "OpenAPI 3.0 document")},
            }
        },
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Error": {
                "type": "object",
                "required": ["error", "status"],
                "properties": {"error": {"type": "string"}, "status": {"type": "integer"}},
            }
        },
    },
}


@openapi.get("/api/openapi.json")
def description():
    return jsonify(SPEC)
