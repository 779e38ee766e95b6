"""Hostile strings for escaping tests: each would open a dialog, set `window.pwned` or add an
element (img[src=x], svg, script#pwned) if it ever reached a page or a map as markup."""

HOSTILE = (
    "<script id=pwned>window.pwned=1;alert('script')</script>",
    "<img src=x onerror=\"window.pwned=2;alert('img')\">",
    "`${window.pwned=3}` ${alert('template')}",
    "</script><script id=pwned>window.pwned=4;alert('close')</script>",
    "\"'><svg onload=\"window.pwned=5;alert('svg')\">",
    "\\` + alert('backslash') + \\`",
    "{{ 7*7 }} {% if true %}jinja-ran{% endif %}",
    "javascript:alert('href')",
)
HOSTILE_TEXT = " ".join(HOSTILE)
# What must never be found in a rendered page's markup (each is unescaped markup).
RAW_MARKERS = ("<script id=pwned", "<img src=x", "<svg onload", "49 jinja-ran")
