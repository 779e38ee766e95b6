"""`geomap serve`: the app behind waitress, a production WSGI server."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from geomap.web.app import MAX_BODY_BYTES, create_app

THREADS = 8


def serve(
    data_dir: str | Path | None,
    host: str = "127.0.0.1",
    port: int = 5000,
    *,
    announce: Callable[[str], None] = print,
) -> None:
    """Serve until interrupted. Raises InsecureConfiguration before listening beyond
    loopback without the secrets configured."""
    from waitress import serve as waitress_serve

    app = create_app(data_dir, host=host)
    secrets = app.extensions["geomap"].secrets
    if secrets.created_token:
        announce(
            f"API token (kept in the data directory; log in with it, or send it as "
            f"Authorization: Bearer): {secrets.api_token}"
        )
    shown = f"[{host}]" if ":" in host else host
    announce(f"geomap serving on http://{shown}:{port}/ (Ctrl-C stops)")
    waitress_serve(
        app,
        host=host,
        port=port,
        threads=THREADS,
        max_request_body_size=MAX_BODY_BYTES + 65536,
        ident="geomap",
        clear_untrusted_proxy_headers=True,
        _quiet=True,
    )
