"""The Flask application: one store, gazetteer and pipeline per process, shared by threads."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from flask import Flask, current_app, g, jsonify, render_template, request
from flask.globals import request_ctx
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter

from geomap import config
from geomap.gazetteer import Gazetteer
from geomap.pipeline import Pipeline
from geomap.storage import CorpusFilter, Store, open_store
from geomap.web import i18n, security
from geomap.web.cache import RevisionCache

MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_TEXT_CHARS = 200_000  # a long feature article is under 50,000
MAX_FILES_PER_UPLOAD = 20


@dataclass
class Services:
    store: Store
    gazetteer: Gazetteer
    pipeline: Pipeline
    secrets: security.Secrets
    cache: RevisionCache


class RowId(IntegerConverter):
    """`<int:...>` in every route: at most 18 digits, so an id past 64-bit integers names no
    row (404) instead of overflowing the database driver (found by fuzzing the API)."""

    regex = r"\d{1,18}"


def services() -> Services:
    return current_app.extensions["geomap"]


def corpus_features(filters: CorpusFilter) -> list[dict]:
    """The corpus view for `filters`, read once per store revision and shared by the maps,
    downloads and API (readers copy what they change)."""
    app_services = services()
    return app_services.cache.get(
        ("corpus-features", filters), lambda: app_services.store.corpus_features(filters)
    )


def create_app(
    data_dir: str | Path | None = None,
    *,
    host: str = "127.0.0.1",
    secure_cookies: bool | None = None,
) -> Flask:
    """The app for a data directory; `host` is where it will listen (secrets depend on it).

    GEOMAP_CACHE=0 turns the render cache off (to measure cold requests).
    """
    directory = config.data_dir(data_dir)
    secrets = security.load_secrets(directory, host)
    gazetteer = Gazetteer.open(directory)
    app = Flask(
        "geomap",
        template_folder=str(config.PROJECT_ROOT / "templates"),
        static_folder=str(config.STATIC_DIR),
        static_url_path="/static",
    )
    app.url_map.converters["int"] = RowId
    app.config.update(
        SECRET_KEY=secrets.secret_key,
        MAX_CONTENT_LENGTH=MAX_BODY_BYTES,
        MAX_FORM_MEMORY_SIZE=MAX_BODY_BYTES,
        SESSION_COOKIE_NAME="geomap_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=not security.is_loopback(host)
        if secure_cookies is None
        else secure_cookies,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=12),
        JSON_SORT_KEYS=False,
    )
    if security.is_loopback(host):  # no DNS-rebinding site can talk to a local server
        app.config["TRUSTED_HOSTS"] = ["127.0.0.1", "localhost", "::1", "[::1]"]
    app.json.ensure_ascii = False
    store = open_store(directory)
    app.extensions["geomap"] = Services(
        store=store,
        gazetteer=gazetteer,
        pipeline=Pipeline(gazetteer),
        secrets=secrets,
        cache=RevisionCache(store, enabled=os.environ.get("GEOMAP_CACHE", "1") != "0"),
    )

    from geomap.web.api import api
    from geomap.web.embeds import embeds
    from geomap.web.exports import exports
    from geomap.web.imports import imports
    from geomap.web.openapi import openapi
    from geomap.web.pages import pages
    from geomap.web.sharing import sharing

    app.register_blueprint(pages)
    app.register_blueprint(api)
    app.register_blueprint(embeds)
    app.register_blueprint(exports)
    app.register_blueprint(sharing)
    app.register_blueprint(imports)
    app.register_blueprint(openapi)

    @app.before_request
    def _language() -> None:
        g.lang = i18n.choose_language()

    @app.after_request
    def _headers(response):
        return security.security_headers(response, frameable=request.path.startswith("/embed/"))

    @app.context_processor
    def _template_helpers() -> dict:
        return {
            "t": i18n.translate,
            "relation_label": i18n.relation_label,
            "csrf_token": security.csrf_token,
            "csp_nonce": security.csp_nonce,
            "logged_in": security.logged_in,
            "lang": g.get("lang", "en"),
            "other_lang": "en" if g.get("lang") == "th" else "th",
        }

    @app.errorhandler(HTTPException)
    def _error(error: HTTPException):
        message = error.description or error.name
        if request.path.startswith(("/api/", "/healthz")):
            response = jsonify(error=message, status=error.code)
        elif request_ctx.url_adapter is None:  # an untrusted Host: no URLs can be built
            response = current_app.response_class(message, mimetype="text/plain")
        else:
            response = current_app.make_response(
                render_template("error.html", code=error.code, message=message)
            )
        response.status_code = error.code or 500
        if getattr(error, "valid_methods", None):  # 405 says what is allowed (RFC 9110)
            response.headers["Allow"] = ", ".join(error.valid_methods)
        if error.code == 401:
            response.headers["WWW-Authenticate"] = 'Bearer realm="geomap"'
        return response

    return app
