"""What each feature is called and what its popup says, in the map's language.

Labels are plain text (the PNG draws them as they are); `popup_html` builds markup and passes
every piece of document text through `escape_text`.
"""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.maps.escape import escape_text, safe_link
from geomap.maps.model import MapFeature
from geomap.maps.strings import relation_label, status_label, ui
from geomap.maps.style import troops

MAX_SENTENCES = 3
MAX_SENTENCE_CHARS = 500


def country_name(gazetteer: Gazetteer, code: object, lang: str) -> str | None:
    if not isinstance(code, str) or not code.strip():
        return None
    place = gazetteer.country(code.strip())
    if place is None:
        return code.strip().upper()
    return (place.name_th or place.name) if lang == "th" else place.name


def _place_name(properties: dict, lang: str) -> str:
    name = properties.get("name_th") if lang == "th" else None
    return str(name or properties.get("name") or "")


def label(feature: MapFeature, gazetteer: Gazetteer, lang: str) -> str:
    """A short name: the place, "A → B" for a link, "A troops in B" for a deployment."""
    props = feature.properties
    if feature.kind in ("place", "border"):
        return _place_name(props, lang)
    if feature.kind == "link":
        source = country_name(gazetteer, props.get("source_country"), lang) or props.get("source")
        target = country_name(gazetteer, props.get("target_country"), lang) or props.get("target")
        return f"{source or '?'} → {target or '?'}"
    actor = country_name(gazetteer, props.get("actor_country"), lang) or "?"
    host = country_name(gazetteer, props.get("host_country"), lang) or "?"
    return f"กำลังทหาร{actor}ใน{host}" if lang == "th" else f"{actor} troops in {host}"


def _items(feature: MapFeature) -> tuple[list[dict], int]:
    """(evidence items sent, how many there are in all); a place's evidence is its mentions."""
    if feature.kind in ("place", "border"):
        return feature.mentions, feature.mention_count
    return feature.evidence, feature.evidence_count


def _sentences(items: list[dict]) -> list[dict]:
    """The items with a sentence, each sentence once."""
    seen, distinct = set(), []
    for item in items:
        sentence = str(item.get("sentence") or "").strip()
        if sentence and sentence not in seen:
            seen.add(sentence)
            distinct.append(item)
    return distinct


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_SENTENCE_CHARS else text[: MAX_SENTENCE_CHARS - 1] + "…"


def _source(item: dict, lang: str) -> str:
    title = str(item.get("document_title") or "").strip()
    url = safe_link(item.get("document_url"))
    if not title and not url:
        return ""
    text = escape_text(title) if title else url
    if url:
        text = f'<a href="{url}" target="_blank" rel="noopener noreferrer">{text}</a>'
    return f'<p class="geomap-source">{escape_text(ui(lang, "source"))}: {text}</p>'


def facts(feature: MapFeature, lang: str) -> list[str]:
    """Type, status, date, amount or troops, as short plain-text pieces."""
    props, pieces = feature.properties, []
    if feature.kind == "link":
        pieces.append(relation_label(props.get("relation"), lang))
    if feature.kind in ("link", "deployment"):
        pieces.append(status_label(feature.status, lang))
    if feature.kind == "deployment":
        count = troops(feature)
        pieces.append(f"{count:,} {ui(lang, 'troops')}" if count else ui(lang, "troops_unknown"))
    if props.get("date"):
        pieces.append(str(props["date"]))
    if props.get("amount") not in (None, ""):
        pieces.append(f"{props['amount']} {props.get('currency') or ''}".strip())
    if feature.kind in ("place", "border") and isinstance(props.get("mentions"), list):
        pieces.append(f"{feature.mention_count:,} {ui(lang, 'mentions')}")
    documents = props.get("document_count")
    if isinstance(documents, int) and not isinstance(documents, bool) and documents > 1:
        pieces.append(f"{documents:,} {ui(lang, 'documents')}")
    return pieces


def popup_html(feature: MapFeature, gazetteer: Gazetteer, lang: str) -> str:
    """The popup's markup; every text piece escaped, no inline styles (CSP)."""
    html = [f'<p class="geomap-title">{escape_text(label(feature, gazetteer, lang))}</p>']
    pieces = facts(feature, lang)
    if pieces:
        html.append(f'<p class="geomap-facts">{escape_text(" · ".join(pieces))}</p>')
    items, total = _items(feature)
    sentences = _sentences(items)
    if sentences:
        html.append(f'<p class="geomap-heading">{escape_text(ui(lang, "evidence"))}</p>')
    for item in sentences[:MAX_SENTENCES]:
        sentence = escape_text(_shorten(str(item["sentence"]).strip()))
        html.append(f'<blockquote class="geomap-evidence">{sentence}</blockquote>')
        html.append(_source(item, lang))
    more = len(sentences[MAX_SENTENCES:]) + total - len(items)  # the rest were not sent
    if more > 0:
        html.append(f'<p class="geomap-more">+{more:,}</p>')
    html.append(_source(feature.properties, lang))
    return f'<div class="geomap-popup">{"".join(html)}</div>'
