"""What the legend lists: only the kinds, relation types and statuses the map shows.

The HTML map and the PNG draw the same entries, each in its own way.
"""

from __future__ import annotations

from dataclasses import dataclass

from geomap.maps.escape import escape_text
from geomap.maps.model import MapFeature
from geomap.maps.strings import relation_key, relation_label, status_label, ui
from geomap.maps.style import (
    BORDER,
    DASHES,
    PLACE,
    WITHDRAWN,
    deployment_style,
    relation_colour,
)

SECTIONS = ("links", "deployments", "borders", "places")


@dataclass(frozen=True)
class LegendEntry:
    section: str  # one of SECTIONS
    label: str
    symbol: str  # "line" or "circle"
    colour: str
    dash: str | None = None
    fill_opacity: float = 0.0


def legend_entries(features: list[MapFeature], lang: str) -> list[LegendEntry]:
    entries: list[LegendEntry] = []
    links = [f for f in features if f.kind == "link"]
    relations = {relation_key(f.properties.get("relation")) for f in links}
    for key in sorted(relations, key=lambda k: relation_label(k, lang)):
        entries.append(
            LegendEntry("links", relation_label(key, lang), "line", relation_colour(key))
        )
    for status in sorted({f.status for f in links} & set(DASHES)):
        label = status_label(status, lang)
        entries.append(LegendEntry("links", label, "line", WITHDRAWN, DASHES[status]))
    order = ("realised", "planned", "requested", "withdrawn", "refused", "negated")
    present = {f.status for f in features if f.kind == "deployment"}
    for status in (s for s in order if s in present):
        style = deployment_style(status)
        entries.append(
            LegendEntry(
                "deployments",
                status_label(status, lang),
                "circle",
                style["color"],
                style["dash"],
                style["fill_opacity"],
            )
        )
    if any(f.kind == "border" for f in features):
        entries.append(LegendEntry("borders", ui(lang, "borders"), "line", BORDER))
    if any(f.kind == "place" for f in features):
        entries.append(LegendEntry("places", ui(lang, "places"), "circle", PLACE, None, 0.9))
    return entries


def _swatch(entry: LegendEntry) -> str:
    dash = f' stroke-dasharray="{entry.dash}"' if entry.dash else ""
    if entry.symbol == "line":
        shape = (
            f'<line x1="1" y1="7" x2="23" y2="7" stroke="{entry.colour}" stroke-width="3"{dash}/>'
        )
    else:
        shape = (
            f'<circle cx="12" cy="7" r="5.5" stroke="{entry.colour}" stroke-width="1.5"{dash}'
            f' fill="{entry.colour}" fill-opacity="{entry.fill_opacity}"/>'
        )
    return f'<svg width="24" height="14" viewBox="0 0 24 14" aria-hidden="true">{shape}</svg>'


_NOTES = {"links": "pieces_of_evidence", "deployments": "size_troops"}


def legend_html(entries: list[LegendEntry], lang: str) -> str:
    """A collapsible legend; SVG presentation attributes only (no style="", for CSP)."""
    parts = [f"<details open><summary>{escape_text(ui(lang, 'legend'))}</summary>"]
    for section in SECTIONS:
        items = [e for e in entries if e.section == section]
        if not items:
            continue
        parts.append(
            f'<div class="geomap-legend-section">{escape_text(ui(lang, section))}</div><ul>'
        )
        parts.extend(f"<li>{_swatch(e)}<span>{escape_text(e.label)}</span></li>" for e in items)
        parts.append("</ul>")
        if section in _NOTES:
            note = escape_text(ui(lang, _NOTES[section]))
            parts.append(f'<div class="geomap-legend-note">{note}</div>')
    parts.append("</details>")
    return "".join(parts)
