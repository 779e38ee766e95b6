"""Stage 7: the Flask web app (pages, JSON API, embeds) and its production server.

Public surface: `create_app`, `serve`, `InsecureConfiguration`.
"""

from geomap.web.app import create_app
from geomap.web.security import InsecureConfiguration
from geomap.web.server import serve

__all__ = ["InsecureConfiguration", "create_app", "serve"]
