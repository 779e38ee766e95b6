"""How far a negation or a refusal reaches in an English clause that tells of forces.

A "not" or a "denied" anywhere in a clause says nothing about the forces it tells of: it may
sit in a reporting frame ("did not say how many", "declined to give numbers"), a comparison
("not only ... but"), a denial of something else ("denied that the talks had failed") or of a
withdrawal ("denied reports it would cut the 13,500 troops": they stay). It counts only when
the word it governs puts forces at a place: "has no troops in", "will not send soldiers",
"denied that troops had been deployed". "No longer based" tells of forces that have left;
"has not yet arrived", of forces still to come.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geomap.relations.forces import FORCE_NOUNS_EN, any_of

WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*|[,;:()\"“”]")
NEGATOR = re.compile(r"\b(?:no|not|never|cannot)\b|n['’]t\b", re.IGNORECASE)
REFUSAL = re.compile(
    r"\b(?:rul(?:e|es|ed|ing) out|refus\w+|reject\w+|declin\w+|shelv\w+|vetoe?\w*"
    r"|turn(?:s|ed|ing)? down|den(?:y|ies|ied|ying))\b",
    re.IGNORECASE,
)
# A refusal told after what it refuses: "a planned deployment ... was shelved", "reports that
# India has stationed personnel there are baseless"
REFUSED_BEFORE = re.compile(
    r"\b(?:(?:was|were|is|are|has been|have been|had been|been)\s(?:[a-z]+ly\s)?"
    r"(?:shelved|rejected|refused|ruled out|denied|vetoed|turned down|dropped|scrapped|cancell?ed)"
    r"|(?:is|are|was|were)\s(?:[a-z]+ly\s)?(?:baseless|groundless|unfounded|untrue|false))\b",
    re.IGNORECASE,
)
# Another conjunct or sentence part, or an exception: a negation on one side does not reach
# the other ("naval visits but not bases, with the exception of Japan's facility in Djibouti")
CONTRAST = re.compile(
    r"\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|;|\bexcept\b|\bexception\b"
    r"|\bapart from\b|\bother than\b"
)
# Words between a negation and the word it governs: auxiliaries, determiners, modifiers
PASSED_OVER = frozenset(
    "be been being is are was were am have has had do does did will would shall should can"
    " could may might must yet currently now still also any a an the its their his her our"
    " to more so ever further again immediately directly foreign additional extra new own"
    " combat ground regular single there keep keeps kept maintain maintains maintained"
    " actually officially formally even as".split()
)
# Nouns that hand the negation on to what follows: "no plans to send", "no decision on basing"
CARRIERS = frozenset(
    "plan plans intention intentions decision need question desire wish interest proposal"
    " request evidence sign signs indication trace proof".split()
)
# Words that put forces at a place: the force nouns, and the posts, presence and moves of forces
_POSTS_AND_MOVES = (
    "force", r"militar\w+", "bases?", "basing", "presence", "boots", "outposts?", r"deploy\w*",
    r"station\w*", "based", "send|sends|sending|sent", r"dispatch\w*", "posted|post",
    "seeks?|seeking", r"establish\w*",
)  # fmt: skip
FORCES = re.compile(any_of((*FORCE_NOUNS_EN, *_POSTS_AND_MOVES)), re.IGNORECASE)
# A state that will not have forces on its soil refuses them: "would not allow", "not host"
HOSTING = re.compile(r"(?:allow\w*|permit\w*|accept\w*|host\w*)", re.IGNORECASE)
WITHDRAWING = re.compile(
    r"(?:withdr\w+|pull\w*|reduc\w+|cut|cuts|cutting|remov\w+|leav\w+|left|depart\w*"
    r"|clos\w+|shut\w*|scal\w+|end|ends|ending|drawdown|exit\w*|downsiz\w+)",
    re.IGNORECASE,
)
# Forces moved are withdrawn from where they were and sent where they go
MOVING = re.compile(r"(?:mov(?:e|es|ed|ing)|transferr?\w*|relocat\w+|shift\w*|redeploy\w*)", re.I)
DESTINATION = re.compile(r"\b(?:to|into|towards|onto)\b")
STILL_TO_COME = re.compile(r"(?:arriv\w+|begun|begin|started|start|reached|landed|come)", re.I)
LONG_LASTING = re.compile(r"(?:permanent\w*|temporary|only)", re.IGNORECASE)
# "declined to give numbers", "refused on Thursday to tell a committee how many": a reporting
# frame; "declined comment"
TO_REPORT = re.compile(
    r"^\s(?:[\w'’-]+\s){0,4}?(?:to\s(?:give|say|tell|comment|disclose|confirm|specify|provide"
    r"|name|discuss|reveal|publish|identify|elaborate|answer|release|detail|put|go into|be drawn"
    r"|offer)|comment)\b",
    re.IGNORECASE,
)
# "denied that the contingent, based at Mubambiro, had been ordered to stay": forces named
# by a definite subject are presupposed; only the predicate after the first auxiliary is denied
# (an indefinite subject is not: "denied that Turkish troops had been deployed")
DEFINITE_SUBJECT = re.compile(
    r"^\s(?:[\w'’-]+\s){0,4}?that\s(?:the|its|their|his|her|our|these|those)\s.*?"
    r"\b(?:had|has|have|was|were|is|are|would|will|could|did|might|may)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Polarity:
    """What the clause's negations and refusals say of the forces it tells of."""

    negated: bool = False  # they are not, or will not be, there
    refused: bool = False  # a state refuses them or denies they are there
    kept: bool = False  # their withdrawal or cut is denied or ruled out: they stay
    withdrawn: bool = False  # "no longer based": they have left
    pending: bool = False  # "has not yet arrived": still to come


def deployment_polarity(segment: str, site_at: int | None = None) -> Polarity:
    """The polarity of the deployment an English clause tells, from the negations and
    refusals that govern it. `site_at` is the offset of the deployment's place in `segment`
    (negative when before it): a negation across a contrast ("has instructors in Mali ... but
    has no troops in the country") belongs to the other part."""
    found: dict[str, bool] = {}
    for negation in NEGATOR.finditer(segment):
        if _across_contrast(segment, negation.start(), site_at):
            continue
        kind = _negation_kind(segment, negation)
        if kind:
            found[kind] = True
    for refusal in REFUSAL.finditer(segment):
        if _across_contrast(segment, refusal.start(), site_at):
            continue
        kind = _refusal_kind(segment, refusal, site_at)
        if kind:
            found[kind] = True
    for refusal in REFUSED_BEFORE.finditer(segment):
        if not _across_contrast(segment, refusal.start(), site_at) and _told_before(
            segment, refusal.start()
        ):
            found["refused"] = True
    if found.get("kept"):
        return Polarity(kept=True)
    return Polarity(**found)


def _across_contrast(segment: str, at: int, site_at: int | None) -> bool:
    if site_at is None:
        return False
    low, high = sorted((max(site_at, 0), at))
    return CONTRAST.search(segment, low, high) is not None


def _negation_kind(segment: str, negation: re.Match) -> str | None:
    words = [w.group() for w in WORD.finditer(segment, negation.end())][:14]
    if negation.group().lower() == "no" and words[:1] == ["longer"]:
        found = _head(words[1:], limit=3)
        return "withdrawn" if found and _forces(found[1]) else None
    found = _head(words)
    if found is None:
        return None  # "did not say how many", "would not add more"
    index, head = found
    if LONG_LASTING.fullmatch(head):
        return None  # "not only ... but", "will not be permanent"
    if WITHDRAWING.fullmatch(head):
        return "kept"  # "will not leave", "no plan to reduce it"
    if "yet" in (w.lower() for w in words[:index]) and (
        STILL_TO_COME.fullmatch(head) or _forces(head)
    ):
        return "pending"  # "has not yet arrived", "the move has not yet begun"
    if HOSTING.fullmatch(head):
        return "refused"  # "would not allow a base", "will not host more troops"
    return "negated" if _forces(head) else None


def _head(words: list[str], limit: int = 6) -> tuple[int, str] | None:
    """The word a negation governs, and where: the first after auxiliaries, determiners,
    modifiers and names ("no Saudi troops"); a carrier ("no plans to", "no decision on") hands
    it on to the next word about forces."""
    carried = False
    for index, word in enumerate(words):
        if index >= (limit + 6 if carried else limit) or not word[0].isalnum():
            return None
        lowered = word.lower()
        if lowered in CARRIERS:
            carried = True
            continue
        if lowered in PASSED_OVER or word[0].isupper() or (carried and not _telling(word)):
            continue
        return index, word
    return None


def _forces(word: str) -> bool:
    return bool(FORCES.fullmatch(word) or HOSTING.fullmatch(word))


def _telling(word: str) -> bool:
    return _forces(word) or bool(WITHDRAWING.fullmatch(word))


def _told_before(segment: str, at: int) -> bool:
    """Whether the words before a refusal, back to a contrast, tell of forces."""
    contrasts = list(CONTRAST.finditer(segment, 0, at))
    start = contrasts[-1].end() if contrasts else 0
    return any(_forces(w.group()) for w in WORD.finditer(segment, start, at))


def _refusal_kind(segment: str, refusal: re.Match, site_at: int | None) -> str | None:
    rest = segment[refusal.end() :]
    if TO_REPORT.match(rest):
        return None  # "declined to give numbers", "declined to comment"
    contrast = CONTRAST.search(rest)
    denied = rest[: contrast.start()] if contrast else rest
    presupposed = DEFINITE_SUBJECT.match(denied)
    for word in WORD.finditer(denied, presupposed.end() if presupposed else 0):
        if MOVING.fullmatch(word.group()) and site_at is not None:
            # "rejected reports that Washington planned to move its troops in Germany to
            # Poland": kept where they are, refused where they would go
            moved = refusal.end() + word.end()
            going = site_at > moved and DESTINATION.search(segment, moved, site_at)
            return "refused" if going else "kept"
        if WITHDRAWING.fullmatch(word.group()):
            return "kept"  # "denied reports it would cut the 13,500 troops"
        if _forces(word.group()):
            return "refused"  # "denied that troops had been deployed", "rules out a base"
    return None
