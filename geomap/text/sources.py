"""Bytes of a text, Markdown or HTML file to the text geomap analyses.

Thai news files come in UTF-8, UTF-16 or the older TIS-620/cp874, often without saying
which; HTML is reduced to its readable text with the standard library's parser (scripts,
styles and markup never reach the text).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser

MAX_DOCUMENT_BYTES = 4_000_000
TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES


class DocumentError(ValueError):
    """A file that cannot become a document; the message says why."""


class UnsupportedContent(DocumentError):
    """Not text at all (binary data or a kind of file geomap does not read)."""


class UnknownEncoding(DocumentError):
    """Text in an encoding that is not UTF-8, UTF-16 or TIS-620/cp874."""


class TooLarge(DocumentError):
    """More bytes than one document may have."""


class EmptyDocument(DocumentError):
    """Nothing but white space (or markup) in the file."""


@dataclass(frozen=True)
class SourceDocument:
    text: str
    title: str | None
    encoding: str
    format: str  # text, markdown or html
    source_url: str | None = None
    published: str | None = None  # YYYY-MM-DD


def read_document(data: bytes, filename: str) -> SourceDocument:
    """The document in a file's bytes; DocumentError (with the reason) if there is none."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise TooLarge(f"larger than {MAX_DOCUMENT_BYTES // 1_000_000} MB")
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if suffix and suffix not in SUFFIXES:
        raise UnsupportedContent(
            f"{suffix} files are not read; use {', '.join(SUFFIXES)} (text, Markdown, HTML)"
        )
    is_html = suffix in HTML_SUFFIXES or (not suffix and _looks_like_html(data))
    text, encoding = decode_bytes(data, _declared_charset(data) if is_html else None)
    if is_html:
        page = _PageText()
        page.feed(text)
        page.close()
        document = SourceDocument(
            page.text(), page.title(), encoding, "html", page.source_url(), page.published()
        )
    elif suffix in MARKDOWN_SUFFIXES:
        document = SourceDocument(text, _markdown_title(text), encoding, "markdown")
    else:
        document = SourceDocument(text, None, encoding, "text")
    if not document.text.strip():
        raise EmptyDocument("the document has no text")
    return document


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name): BOMs first, then UTF-8, UTF-16 without a BOM, the encoding an
    HTML page declares, and TIS-620/cp874 when the result reads as Thai."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _checked(_decode(data, encoding), encoding), encoding
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(_decode(data, utf16), utf16), utf16
    if b"\x00" in data:
        raise UnsupportedContent("this looks like a binary file, not text")
    try:
        return _checked(data.decode("utf-8"), "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared and declared not in ("utf-8", "utf8"):
        try:
            return _checked(data.decode(declared), declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        text = data.decode("cp874")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        letters = [ch for ch in text if ord(ch) > 127 and unicodedata.category(ch)[0] != "P"]
        if not letters:  # only curly quotes and dashes, at the same bytes in cp1252
            return _checked(text, "cp1252"), "cp1252"
        if _reads_as_thai(text, letters):
            return _checked(text, "cp874"), "cp874"
    raise UnknownEncoding(
        "the text is not UTF-8, UTF-16 or TIS-620/cp874; save it as UTF-8 and try again"
    )


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UnknownEncoding(f"broken {encoding} at byte {error.start}") from error


def _checked(text: str, encoding: str) -> str:
    """Text has no control characters but line breaks, tabs and form feeds."""
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    if controls:
        raise UnsupportedContent(
            f"this looks like a binary file, not text ({controls} control characters "
            f"when read as {encoding})"
        )
    return text.lstrip("\ufeff")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of mostly ASCII or Thai has a zero or 0x0E in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for high, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        share = sum(1 for b in high if b in (0x00, 0x0E)) / len(high)
        if share > 0.9:
            return encoding
    return None


_THAI = re.compile(r"[\u0e01-\u0e5b]")
_THAI_MARK_AFTER_NON_THAI = re.compile(r"(?<![\u0e01-\u0e5b])[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def _reads_as_thai(text: str, letters: list[str]) -> bool:
    """cp874 decodes most byte strings; the result is Thai when its non-ASCII letters are
    Thai and no vowel or tone mark sits on a non-Thai letter (Latin-1 "café" gives "caf้")."""
    thai = sum(1 for ch in letters if _THAI.match(ch))
    return thai / len(letters) > 0.95 and not _THAI_MARK_AFTER_NON_THAI.search(text)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    return "cp874" if name in ("tis-620", "tis620", "windows-874", "iso-8859-11") else name


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _markdown_title(text: str) -> str | None:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip() or None
    return None


_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul".split()
)
_HIDDEN = frozenset("script style noscript template svg math iframe object".split())


class _PageText(HTMLParser):
    """Readable text of a page: block elements break lines, hidden elements are skipped,
    character references are decoded; no markup survives."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._lines: list[list[str]] = [[]]
        self._hidden: list[str] = []
        self._title: list[str] = []
        self._heading: list[str] = []
        self._in: set[str] = set()
        self._meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = attributes.get("property") or attributes.get("name") or ""
            self._meta.setdefault(key.lower(), attributes.get("content", ""))
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self._meta.setdefault("canonical", attributes.get("href", ""))
        if tag in ("title", "h1"):
            self._in.add(tag)
        if tag in _HIDDEN:
            self._hidden.append(tag)
        if tag in _BLOCKS:
            self._lines.append([])

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _HIDDEN:
            self._hidden.pop()

    def handle_endtag(self, tag: str) -> None:
        self._in.discard(tag)
        if self._hidden and self._hidden[-1] == tag:
            self._hidden.pop()
        if tag in _BLOCKS:
            self._lines.append([])

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if "title" in self._in:
            self._title.append(data)
            return
        if "h1" in self._in:
            self._heading.append(data)
        self._lines[-1].append(data)

    def text(self) -> str:
        lines = (" ".join("".join(parts).split()) for parts in self._lines)
        return "\n".join(line for line in lines if line)

    def title(self) -> str | None:
        for parts in (self._title, self._heading):
            title = " ".join("".join(parts).split())
            if title:
                return title
        return None

    def source_url(self) -> str | None:
        for key in ("canonical", "og:url"):
            url = self._meta.get(key, "").strip()
            if re.match(r"^https?://[^\s<>\"']+$", url):
                return url
        return None

    def published(self) -> str | None:
        for key in ("article:published_time", "date", "dc.date", "pubdate"):
            match = re.match(r"^\d{4}-\d{2}-\d{2}", self._meta.get(key, "").strip())
            if match:
                return match.group(0)
        return None
