"""One relation per pair, type and date, holding every piece of evidence for it.

Extracted links and deployments, and rows users import, say the same thing many times:
"Russia and Cuba signed" in three sentences of one article, and again in the user's own
table. They become one feature whose `evidence` lists every source.
"""

from __future__ import annotations


def relation_key(feature: dict) -> tuple:
    """Links are unordered pairs; deployments are ordered (actor, host) at one place."""
    props = feature["properties"]
    if props["kind"] == "link":
        pair = tuple(sorted((props["source_country"], props["target_country"])))
        return ("link", pair, props.get("relation"), props.get("date"))
    return (
        "deployment",
        (props["actor_country"], props["host_country"]),
        props.get("relation"),
        props.get("date"),
        props.get("place"),
    )


def merge_relations(features: list[dict]) -> list[dict]:
    """Merge features with the same key; other features (places) pass through unchanged.

    The merged feature keeps the first one's geometry and fields, the highest confidence,
    a troop number or amount wherever one was given, and the evidence of all of them.
    """
    merged: dict[tuple, dict] = {}
    output: list[dict] = []
    for feature in features:
        kind = feature.get("properties", {}).get("kind")
        if kind not in ("link", "deployment"):
            output.append(feature)
            continue
        key = relation_key(feature)
        existing = merged.get(key)
        if existing is None:
            merged[key] = _own_copy(feature)
            output.append(merged[key])
            continue
        props, other = existing["properties"], feature["properties"]
        for evidence in other.get("evidence", []):
            if evidence not in props["evidence"]:
                props["evidence"].append(evidence)
        props["confidence"] = max(props.get("confidence") or 0, other.get("confidence") or 0)
        for field in ("troops", "amount", "currency", "cameo", "note", "url"):
            if props.get(field) is None and other.get(field) is not None:
                props[field] = other[field]
        if existing.get("geometry") is None and feature.get("geometry") is not None:
            existing["geometry"] = feature["geometry"]
    return output


def _own_copy(feature: dict) -> dict:
    """A copy whose properties and evidence list merging may change; geometries and
    evidence items are only read, so they are shared (a corpus has thousands of them)."""
    properties = feature["properties"]
    return {
        **feature,
        "properties": {**properties, "evidence": list(properties.get("evidence") or [])},
    }
