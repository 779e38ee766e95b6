"""What the link scorer counts: the unordered country pairs of a text's asserted links."""

ASSERTED = ("realised", "planned", "requested")


def asserted_pairs(links: list[dict]) -> set[frozenset]:
    return {
        frozenset((p["source_country"], p["target_country"]))
        for f in links
        if (p := f["properties"])["status"] in ASSERTED
    }


def pair(a: str, b: str) -> frozenset:
    return frozenset((a, b))
