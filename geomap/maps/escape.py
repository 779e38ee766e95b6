"""The one place document text is made safe for the map page.

Every name, evidence sentence, title and label reaching HTML goes through `escape_text`.
Its output is inert as HTML text, as a quoted HTML attribute, and inside any JavaScript
string literal ('...', "..." or `...`): besides HTML's five special characters it encodes
backtick, `$`, backslash and line breaks as numeric character references, so a template
literal cannot be closed or interpolated and an ordinary string cannot be broken. Braces are
encoded too: folium (branca) compiles each element's rendered script again as a Jinja
template, so a raw "{{ ... }}" in document text would run on the server if it ever reached
one. The map's layer data is escaped string by string with it (static/geomap/map.js undoes
exactly these references and shows the text only as text).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_REFERENCES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
    "`": "&#96;",
    "$": "&#36;",
    "\\": "&#92;",
    "{": "&#123;",
    "}": "&#125;",
    "\n": "&#10;",
    "\r": "&#13;",
    "\u2028": "&#8232;",
    "\u2029": "&#8233;",
    "\x00": "\ufffd",
}
_SPECIAL = re.compile("[" + re.escape("".join(_REFERENCES)) + "]")


def escape_text(value: object) -> str:
    """Text (or a number) as inert HTML that is also safe inside JS string literals."""
    if value is None:
        return ""
    return _SPECIAL.sub(lambda match: _REFERENCES[match.group()], str(value))


def web_link(url: object) -> str | None:
    """An http(s) URL fit for an `href` (still to be escaped); None for anything else
    (javascript:, data:...)."""
    if not isinstance(url, str) or len(url) > 2000:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()
