"""What each feature is called and what its popup says, in the map's language.

Labels and popup pieces are plain text: the PNG draws labels as they are, and the HTML map
escapes every string of its layer data with `escape_text` when it writes the page.
"""

from __future__ import annotations

from geomap.gazetteer import Gazetteer
from geomap.maps.escape import web_link
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


def _source(item: dict) -> dict | None:
    """A document's title and web address (either may be missing), or None."""
    title = str(item.get("document_title") or "").strip()
    url = web_link(item.get("document_url"))
    if not title and not url:
        return None
    return {"title": title or url, "url": url} if url else {"title": title}


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


def popup_content(feature: MapFeature, gazetteer: Gazetteer, lang: str) -> dict:
    """What the popup shows, as plain text pieces: static/geomap/map.js builds the popup
    from them with DOM text nodes, so no markup is ever made of document text."""
    content: dict = {"title": label(feature, gazetteer, lang)}
    pieces = facts(feature, lang)
    if pieces:
        content["facts"] = " · ".join(pieces)
    items, total = _items(feature)
    sentences = _sentences(items)
    if sentences:
        content["evidence"] = [
            {"text": _shorten(str(item["sentence"]).strip()), "source": _source(item)}
            for item in sentences[:MAX_SENTENCES]
        ]
    more = len(sentences[MAX_SENTENCES:]) + total - len(items)  # the rest were not sent
    if more > 0:
        content["more"] = f"+{more:,}"
    source = _source(feature.properties)
    if source:
        content["source"] = source
    return content
