"""What the API and the forms both do: add documents and correct mentions, with input
checked and each failure mapped to the HTTP status that says what was wrong."""

from __future__ import annotations

from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import (
    BadRequest,
    Conflict,
    RequestEntityTooLarge,
    UnsupportedMediaType,
)

from geomap.gazetteer import Candidate
from geomap.geoparse import place_feature
from geomap.pipeline import PlaceCorrection
from geomap.storage import Added, StaleAnalysis, StoreError, ingest_document, ingest_text
from geomap.text.sources import MAX_DOCUMENT_BYTES, DocumentError, TooLarge, UnsupportedContent
from geomap.web.app import MAX_FILES_PER_UPLOAD, MAX_TEXT_CHARS, services

TEXT_FIELDS = ("text", "title", "source_url", "published", "lang")


def add_text(fields: dict) -> Added:
    """A document from JSON or form fields {text, title, source_url, published, lang}."""
    unknown = sorted(set(fields) - set(TEXT_FIELDS))
    if unknown:
        raise BadRequest(f"unknown fields: {', '.join(unknown)}")
    values = {}
    for name in TEXT_FIELDS:
        value = fields.get(name)
        if value is not None and not isinstance(value, str):
            raise BadRequest(f"{name} must be a string")
        values[name] = (value or "").strip() or None
    text = values["text"]
    if not text:
        raise BadRequest("the document is empty: send its text")
    if len(text) > MAX_TEXT_CHARS:
        raise RequestEntityTooLarge(f"the text is longer than {MAX_TEXT_CHARS} characters")
    lang = values["lang"] or "auto"
    if lang not in ("auto", "th", "en"):
        raise BadRequest("lang must be auto, th or en")
    return _stored(
        lambda: ingest_text(
            services().store,
            services().pipeline,
            text,
            title=values["title"],
            source_url=values["source_url"],
            published=values["published"],
            origin="web",
            lang=lang,
        )
    )


def check_upload_count(files: list[FileStorage]) -> list[FileStorage]:
    files = [f for f in files if f.filename]
    if not files:
        raise BadRequest("choose at least one file")
    if len(files) > MAX_FILES_PER_UPLOAD:
        raise RequestEntityTooLarge(f"at most {MAX_FILES_PER_UPLOAD} files at a time")
    return files


def add_file(upload: FileStorage) -> Added:
    data = upload.stream.read(MAX_DOCUMENT_BYTES + 1)
    name = (upload.filename or "upload.txt").replace("\\", "/").rsplit("/", 1)[-1][:200]
    return _stored(lambda: ingest_document(services().store, services().pipeline, data, name))


def _stored(work) -> Added:
    try:
        return work()
    except TooLarge as error:
        raise RequestEntityTooLarge(str(error)) from error
    except UnsupportedContent as error:
        raise UnsupportedMediaType(str(error)) from error
    except (DocumentError, StoreError) as error:
        raise BadRequest(str(error)) from error
    except ValueError as error:  # the parser's own limits
        raise BadRequest(str(error)) from error


# corrections ------------------------------------------------------------------------
# Each failed attempt means another correction of the document landed meanwhile, so five
# editors correcting one document at once all get through.
MAX_ATTEMPTS = 5


def candidates(mention_text: str) -> list[Candidate]:
    """Gazetteer places a mention could name, best first (the choices a person gets)."""
    return services().pipeline.candidates(mention_text)


def correct(document_id: int, start: int, end: int, action: str, key: str | None) -> None:
    """action: "drop", "choose" (with a candidate's gazetteer key) or "undo".

    The document's links and deployments are derived again from its corrected places and
    stored with the correction in one transaction: a refused correction changes nothing."""
    store = services().store
    document = store.get_document(document_id)
    if document is None:
        raise KeyError(document_id)
    if not (0 <= start < end <= len(document.text)):
        raise BadRequest(f"no text at {start}:{end}")
    if action not in ("drop", "choose", "undo") or (action == "choose" and not key):
        raise BadRequest("action must be drop, undo, or choose with a place key")
    place = None
    if action == "choose":
        mention_text = document.text[start:end]
        chosen = next((c for c in candidates(mention_text) if c.place.key == key), None)
        if chosen is None:
            raise BadRequest(f"{key!r} is not a place {mention_text!r} can name")
        place = _place_feature(chosen)
    lang = document.lang if document.lang in ("th", "en") else "auto"
    for _ in range(MAX_ATTEMPTS):
        current = store.place_corrections(document.content_hash)
        others = [c for c in current if (c.start, c.end) != (start, end)]
        if action == "undo":
            if len(others) == len(current):
                return  # nothing to undo
            after = others
        else:
            after = [*others, PlaceCorrection(start, end, key if place else None)]
        analysis = services().pipeline.analyse(document.text, lang, after)
        try:
            if action == "undo":
                store.undo_correction(document_id, start, end, analysis=analysis)
            else:
                store.correct_mention(
                    document_id, start, end, place=place, author="editor", analysis=analysis
                )
            return
        except StaleAnalysis:
            continue
    raise Conflict("other corrections of this document kept landing meanwhile: try again")


def _place_feature(candidate: Candidate) -> dict:
    """The chosen place as the parser would have written it, fully confident."""
    return place_feature(candidate.place, services().gazetteer, 1.0)
