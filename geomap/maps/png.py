"""The static map: a PNG drawn on the server with matplotlib and geopandas.

Same features, colours and legend as the interactive map, on a lon/lat plot whose aspect is
corrected for the latitude shown. Thai labels need a real Thai font (Debian: fonts-thai-tlwg);
matplotlib falls back glyph by glyph through the font family list, so Latin text keeps
DejaVu Sans.
"""

from __future__ import annotations

import io
import math
import os
import re
import threading
from functools import lru_cache
from pathlib import Path

import geopandas
import matplotlib
from matplotlib import font_manager, patheffects
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from geomap.gazetteer import Gazetteer
from geomap.maps import style
from geomap.maps.basemap import country_shapes
from geomap.maps.labels import label
from geomap.maps.legend import LegendEntry, legend_entries
from geomap.maps.model import MapFeature, check_features, mentioned_countries
from geomap.maps.options import LANGUAGES
from geomap.maps.strings import ui

THAI_FONTS = ("Loma", "Garuda", "Sarabun", "NotoSansThai-Regular", "Kinnari", "Norasi")
MIN_SIDE, MAX_SIDE = 200, 4000
MAX_LABELS = 30
MAX_LABEL_CHARS = 40
DPI = 100
_THAI = re.compile("[\u0e00-\u0e7f]")
_render_lock = threading.Lock()  # rcParams and the font cache are process-wide


class MapFontError(RuntimeError):
    """No Thai font to draw Thai labels with."""


@lru_cache(maxsize=4)
def _register_thai_font(override: str | None) -> str:
    if override:
        path = Path(override)
        if not path.is_file():
            raise MapFontError(f"GEOMAP_THAI_FONT points to {path}, which is not a font file")
    else:
        by_stem = {Path(p).stem: Path(p) for p in font_manager.findSystemFonts()}
        found = [by_stem[name] for name in THAI_FONTS if name in by_stem]
        if not found:
            raise MapFontError(
                "no Thai font found (looked for " + ", ".join(THAI_FONTS) + "): install Debian's"
                " fonts-thai-tlwg, or set GEOMAP_THAI_FONT to a Thai .ttf file"
            )
        path = found[0]
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def thai_font_family() -> str:
    """The family name of the Thai font labels use (GEOMAP_THAI_FONT chooses a file)."""
    return _register_thai_font(os.environ.get("GEOMAP_THAI_FONT") or None)


@lru_cache(maxsize=4)
def _world(gazetteer: Gazetteer) -> geopandas.GeoDataFrame:
    shapes = country_shapes(gazetteer)
    return geopandas.GeoDataFrame({"code": list(shapes)}, geometry=list(shapes.values()))


def _extent(features: list[MapFeature], ratio: float) -> tuple[float, float, float, float]:
    """West, east, south, north around the features, padded, widened to the image's ratio."""
    points = [p for f in features for part in f.parts for p in part]
    if not points:
        west, east, south, north = -170.0, 190.0, -58.0, 78.0
    else:
        lons, lats = [p[0] for p in points], [p[1] for p in points]
        west, east, south, north = min(lons), max(lons), min(lats), max(lats)
        pad = max(east - west, north - south, 8.0) * 0.12
        west, east = max(west - pad, -180.0), min(east + pad, 180.0)
        south, north = max(south - pad, -85.0), min(north + pad, 85.0)
    squash = math.cos(math.radians((south + north) / 2))
    width, height = (east - west) * squash, north - south
    if width / height < ratio:  # too tall: widen
        grow = (height * ratio / squash - (east - west)) / 2
        west, east = west - grow, east + grow
    else:
        grow = (width / ratio - height) / 2
        south, north = south - grow, north + grow
    return west, east, south, north


def _draw_lines(ax, feature: MapFeature) -> None:
    if feature.kind == "border":
        for part in feature.parts:
            xs, ys = zip(*part, strict=True)
            ax.plot(xs, ys, color=style.BORDER_HALO, linewidth=7, solid_capstyle="round", zorder=3)
            ax.plot(xs, ys, color=style.BORDER, linewidth=2.2, zorder=4)
        return
    colour = style.relation_colour(feature.properties.get("relation"))
    width = style.link_weight(feature) * 0.75
    dashed = feature.status in style.DASHES
    for part in feature.parts:
        xs, ys = zip(*part, strict=True)
        ax.plot(
            xs,
            ys,
            color=colour,
            linewidth=width,
            alpha=0.9,
            zorder=5,
            linestyle=(0, (4, 3)) if dashed else "-",
        )
    longest = max(feature.parts, key=len)
    middle = max(len(longest) // 2, 1)
    ax.annotate(
        "",
        xy=longest[middle],
        xytext=longest[middle - 1],
        arrowprops={"arrowstyle": "-|>", "color": colour, "lw": width, "mutation_scale": 14},
        zorder=6,
    )


def _draw_points(ax, features: list[MapFeature]) -> None:
    """One scatter per style (not per feature): thousands of points stay quick to draw."""
    places = [f.point for f in features if f.kind == "place"]
    deployments = [f for f in features if f.kind == "deployment"]
    for status in sorted({f.status for f in deployments}):
        group = sorted(
            (f for f in deployments if f.status == status),
            key=style.deployment_radius,
            reverse=True,
        )
        look = style.deployment_style(status)
        ax.scatter(
            [f.point[0] for f in group],
            [f.point[1] for f in group],
            s=[(style.deployment_radius(f) * 1.6) ** 2 for f in group],
            facecolor=matplotlib.colors.to_rgba(look["color"], look["fill_opacity"]),
            edgecolor=look["color"],
            linewidths=1.5,
            linestyle=(0, (3, 2)) if look["dash"] else "-",
            zorder=7,
        )
    if places:
        ax.scatter(
            [p[0] for p in places],
            [p[1] for p in places],
            s=30,
            facecolor=style.PLACE,
            edgecolor="white",
            linewidths=0.8,
            zorder=8,
        )


def _draw_labels(ax, features: list[MapFeature], gazetteer: Gazetteer, lang: str) -> None:
    """Place names, most mentioned first, skipping any that would sit on an earlier one."""
    places = [f for f in features if f.kind == "place"]
    places.sort(key=lambda f: -f.mention_count)
    taken: list[tuple[float, float]] = []
    to_pixels = ax.transData.transform
    for feature in places:
        x, y = to_pixels(feature.point)
        if any(abs(x - tx) < 70 and abs(y - ty) < 16 for tx, ty in taken):
            continue
        taken.append((x, y))
        name = label(feature, gazetteer, lang)
        if len(name) > MAX_LABEL_CHARS:
            name = name[: MAX_LABEL_CHARS - 1] + "…"
        text = ax.annotate(
            name,
            feature.point,
            xytext=(5, 3),
            textcoords="offset points",
            fontsize=9,
            color="#1d1d1d",
            zorder=9,
        )
        text.set_path_effects([patheffects.withStroke(linewidth=2.5, foreground="white")])
        if len(taken) >= MAX_LABELS:
            break


def _handle(entry: LegendEntry) -> Line2D:
    dash = (0, (4, 3)) if entry.dash else "-"
    if entry.symbol == "line":
        return Line2D([], [], color=entry.colour, linewidth=2.5, linestyle=dash, label=entry.label)
    return Line2D(
        [],
        [],
        color=entry.colour,
        marker="o",
        markersize=8,
        linestyle="none",
        markerfacecolor=matplotlib.colors.to_rgba(entry.colour, entry.fill_opacity),
        label=entry.label,
    )


def render_png(
    features: list[dict],
    gazetteer: Gazetteer,
    width: int = 1200,
    height: int = 630,
    lang: str = "en",
) -> bytes:
    """A static PNG of the same map (server-side, Thai labels in a real Thai font)."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {LANGUAGES}, not {lang!r}")
    for side in (width, height):
        if not isinstance(side, int) or isinstance(side, bool) or not MIN_SIDE <= side <= MAX_SIDE:
            raise ValueError(f"width and height must be whole pixels in {MIN_SIDE}-{MAX_SIDE}")
    checked = check_features(features)
    texts = [label(f, gazetteer, lang) for f in checked] + [ui(lang, "legend")]
    families = ["DejaVu Sans"]
    if lang == "th" or any(_THAI.search(text) for text in texts):
        families.insert(0, thai_font_family())
    with _render_lock, matplotlib.rc_context({"font.family": families, "text.parse_math": False}):
        return _render(checked, gazetteer, width, height, lang)


def _render(checked, gazetteer, width: int, height: int, lang: str) -> bytes:
    figure = Figure(figsize=(width / DPI, height / DPI), dpi=DPI, facecolor=style.SEA)
    FigureCanvasAgg(figure)
    ax = figure.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_facecolor(style.SEA)
    west, east, south, north = _extent(checked, width / height)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)

    world = _world(gazetteer)
    tinted = world["code"].isin(mentioned_countries(checked))
    world[~tinted].plot(ax=ax, color=style.LAND, edgecolor=style.LAND_EDGE, linewidth=0.4)
    if tinted.any():
        world[tinted].plot(
            ax=ax, color=style.LAND_MENTIONED, edgecolor=style.LAND_EDGE, linewidth=0.5
        )
    for feature in checked:
        if feature.kind in ("border", "link"):
            _draw_lines(ax, feature)
    _draw_points(ax, checked)
    _draw_labels(ax, checked, gazetteer, lang)

    entries = legend_entries(checked, lang)
    if entries:
        legend = ax.legend(
            handles=[_handle(e) for e in entries],
            loc="lower left",
            fontsize=8,
            title=ui(lang, "legend"),
            title_fontsize=9,
            framealpha=0.9,
        )
        legend.set_zorder(10)
    ax.text(
        0.995,
        0.005,
        "Natural Earth",
        transform=ax.transAxes,
        ha="right",
        va="bottom",
        fontsize=7,
        color="#555555",
        zorder=10,
    )
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, facecolor=style.SEA)
    return buffer.getvalue()
