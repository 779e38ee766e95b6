"""The nouns that name armed forces, kept in one place for every reader that asks.

Troop counts ("2,500 troops"), the cues that make a sentence tell of forces ("its troops in",
"troops from") and the reach of a negation ("has no troops in") all ask whether a word names
forces; one vocabulary keeps them agreeing when it grows. English entries are words, each
form spelt out so a cue can name the very forms it needs (a regular expression only where the
spacing varies), matched case-insensitively by their users.
"""

from __future__ import annotations

# People under arms, the nouns a number of troops ends in: "2,500 troops", "300 of its
# soldiers", "45 defence force personnel"
PEOPLE_EN = (
    "troops", "soldiers", "personnel", "servicemen", "service members", "servicemembers",
    "marines", "sailors", "airmen", "instructors", "trainers", "advisers", "advisors",
    "fighters", "paratroopers", "peacekeepers", "forces", "mercenaries", "contractors",
    "military personnel", "border guards",
)  # fmt: skip
# Bodies of forces: "its 600-strong contingent", "two battalions", "a NATO battlegroup"
UNITS_EN = (
    "contingent", "contingents", "battalion", "battalions", "brigade", "brigades", "regiment",
    "regiments", "detachment", "detachments", "squadron", "squadrons", "garrison", "garrisons",
    "unit", "units", r"battle\s?groups?",
)  # fmt: skip
# Armed services, and the ships and aircraft they send: "the Russian military", "four bombers"
SERVICES_EN = ("military", "army", "armies", "navy", "navies", "fleet", "fleets")
CRAFT_EN = ("warship", "warships", "submarines", "aircraft", "jets", "bombers")
FORCE_NOUNS_EN = PEOPLE_EN + UNITS_EN + SERVICES_EN + CRAFT_EN
# Thai nouns of forces, as written: soldiers, personnel, marines, units, the armed services
FORCE_NOUNS_TH = (
    "ทหาร", "กองทหาร", "กำลังทหาร", "กำลังพล", "กองกำลัง", "นาวิกโยธิน", "กองทัพ", "กองพัน", "กองพล",
    "กองร้อย", "กองเรือ", "ครูฝึก",
)  # fmt: skip


def any_of(fragments: tuple[str, ...]) -> str:
    """One regex group that matches any of `fragments`, tried in their order."""
    return "(?:" + "|".join(fragments) + ")"


def subset(*nouns: str) -> tuple[str, ...]:
    """Only the named force nouns, for a cue the whole vocabulary would widen; each must be
    an entry of FORCE_NOUNS_EN or FORCE_NOUNS_TH, so a subset cannot drift from them."""
    strays = [n for n in nouns if n not in FORCE_NOUNS_EN and n not in FORCE_NOUNS_TH]
    if strays:
        raise ValueError(f"not force nouns: {strays}")
    return nouns


def some_of(*nouns: str) -> str:
    """One regex group of only the named force nouns (see `subset`)."""
    return any_of(subset(*nouns))
