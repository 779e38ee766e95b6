"""Who may change things, and the headers that keep pages safe.

Reading (pages, maps, embeds, exports) is open. Writing needs either the API token as a
bearer token (JSON API) or a browser session started by logging in with that token; every
form carries a CSRF token bound to the session.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from urllib.parse import urlsplit

from flask import abort, g, redirect, request, session, url_for

from geomap import config

MIN_SECRET_CHARS = 16
CSRF_FIELD = "csrf_token"


class InsecureConfiguration(RuntimeError):
    """The app would listen beyond this machine without its secrets configured."""


@dataclass(frozen=True)
class Secrets:
    api_token: str
    secret_key: str
    created_token: bool  # True: made now (loopback first start); print it once


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def load_secrets(data_dir: Path, host: str) -> Secrets:
    """`GEOMAP_API_TOKEN` and `GEOMAP_SECRET_KEY`; on a loopback address missing ones are
    made once and kept (mode 600) in the data directory. Elsewhere both must be set."""
    token = os.environ.get("GEOMAP_API_TOKEN", "").strip()
    key = os.environ.get("GEOMAP_SECRET_KEY", "").strip()
    for name, value in (("GEOMAP_API_TOKEN", token), ("GEOMAP_SECRET_KEY", key)):
        if value and len(value) < MIN_SECRET_CHARS:
            raise InsecureConfiguration(f"{name} must be at least {MIN_SECRET_CHARS} characters")
    if not is_loopback(host) and not (token and key):
        raise InsecureConfiguration(
            f"refusing to listen on {host} (beyond this machine) without GEOMAP_API_TOKEN and "
            "GEOMAP_SECRET_KEY; set both (e.g. `python -c 'import secrets; "
            "print(secrets.token_urlsafe(32))'`) or listen on 127.0.0.1"
        )
    created = False
    if not token:
        token, created = _kept_secret(data_dir / "api-token")
    if not key:
        key, _ = _kept_secret(data_dir / "secret-key")
    return Secrets(token, key, created)


def _kept_secret(path: Path) -> tuple[str, bool]:
    if path.exists():
        return path.read_text(encoding="ascii").strip(), False
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(32)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(value + "\n")
    return value, True


def token_matches(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


# browser sessions -------------------------------------------------------------------
def csrf_token() -> str:
    """The session's CSRF token, made on first use (templates put it in every form)."""
    if CSRF_FIELD not in session:
        session[CSRF_FIELD] = secrets.token_urlsafe(32)
    return session[CSRF_FIELD]


def check_csrf() -> None:
    """Every state-changing form request carries the session's token: 403 otherwise."""
    expected = session.get(CSRF_FIELD)
    given = request.form.get(CSRF_FIELD, "")
    if not expected or not token_matches(given, expected):
        abort(403, description="the form expired or did not come from this site; reload it")


def log_in(token: str, expected: str) -> bool:
    if not token_matches(token, expected):
        return False
    session.clear()  # a fresh session (and CSRF token) after logging in
    session["editor"] = True
    return True


def logged_in() -> bool:
    return bool(session.get("editor"))


def safe_next(target: str | None) -> str:
    """Only paths on this site: never an open redirect."""
    parts = urlsplit(target or "")
    if not target or parts.scheme or parts.netloc or not target.startswith("/"):
        return url_for("pages.index")
    if target.startswith("//") or "\\" in target:
        return url_for("pages.index")
    return target


def editor_page(view: Callable) -> Callable:
    """Pages that change things: log in first (GET) / 403 (POST); forms need CSRF."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if not logged_in():
            if request.method == "GET":
                return redirect(url_for("pages.login", next=request.full_path.rstrip("?")))
            abort(403, description="log in to change the corpus")
        if request.method not in ("GET", "HEAD"):
            check_csrf()
        return view(*args, **kwargs)

    return wrapped


def api_writer(expected_token: Callable[[], str]) -> Callable:
    """JSON API calls that change things: `Authorization: Bearer <GEOMAP_API_TOKEN>`."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapped(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            scheme, _, given = header.partition(" ")
            if scheme.lower() != "bearer" or not given.strip():
                abort(401, description="send Authorization: Bearer <token>")
            if not token_matches(given.strip(), expected_token()):
                abort(403, description="the token is not valid")
            return view(*args, **kwargs)

        return wrapped

    return decorate


# headers --------------------------------------------------------------------------
def csp_nonce() -> str:
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return g.csp_nonce


def _tile_origin() -> str:
    """The configured tile server's origin, the one remote source a map may load images from."""
    tiles = config.tile_layer()
    if not tiles:
        return ""
    parts = urlsplit(tiles[0].replace("{s}", "*"))
    return f" {parts.scheme}://{parts.netloc}"


def security_headers(response, *, frameable: bool):
    """CSP with a per-request nonce (no inline script runs without it); only embeds may be
    framed, by any site."""
    nonce = csp_nonce()
    ancestors = "*" if frameable else "'none'"
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; "
        f"script-src 'self' 'nonce-{nonce}'; "
        f"style-src 'self' 'nonce-{nonce}'; "
        f"img-src 'self' data:{_tile_origin()}; font-src 'self' data:; connect-src 'self'; "
        "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        f"frame-ancestors {ancestors}",
    )
    if not frameable:
        response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
    return response
