"""Reading document files: encodings detected from the bytes, HTML reduced to its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.text.sources import (
    MAX_DOCUMENT_BYTES,
    DocumentError,
    EmptyDocument,
    UnknownEncoding,
    UnsupportedContent,
    decode_bytes,
    read_document,
)

SEED = next((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def thai() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
        ("cp874", "cp874"),
        ("tis-620", "cp874"),
    ],
)
def test_thai_seed_in_every_encoding(thai: str, encoding: str, detected: str):
    text, found = decode_bytes(thai.encode(encoding))
    assert (text, found) == (thai, detected)


def test_english_with_curly_quotes_from_windows():
    text, _ = decode_bytes("Troops “arrived” in Havana – 2019".encode("cp1252"))
    assert text == "Troops “arrived” in Havana – 2019"


def test_latin1_is_not_mistaken_for_thai():
    with pytest.raises(UnknownEncoding, match="save it as UTF-8"):
        decode_bytes("Le café de la gare à Noumé".encode("latin-1"))


def test_binary_files_are_refused():
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    with pytest.raises(UnsupportedContent, match="binary"):
        read_document(png, "photo.txt")
    with pytest.raises(UnsupportedContent, match=r"\.pdf files are not read"):
        read_document(b"%PDF-1.7", "report.pdf")


def test_empty_and_oversized_documents():
    with pytest.raises(EmptyDocument):
        read_document(b" \n\t ", "blank.txt")
    with pytest.raises(EmptyDocument):
        read_document(b"<html><script>only()</script></html>", "page.html")
    with pytest.raises(DocumentError, match="larger than"):
        read_document(b"a" * (MAX_DOCUMENT_BYTES + 1), "big.txt")


def test_html_keeps_text_and_drops_markup(thai: str):
    first_line = thai.splitlines()[0]
    page = f"""<!doctype html><html><head><meta charset="tis-620">
    <title>ข่าว &amp; รายงาน</title><link rel="canonical" href="https://example.org/a">
    <meta property="article:published_time" content="2019-11-05T08:00:00+07:00">
    <style>p {{ color: red }}</style><script>document.write("<p>injected</p>")</script></head>
    <body><h1>Heading</h1><p>{first_line}</p><p>Tom &lt;script&gt; &amp; Jerry<br>next</p>
    <svg><title>icon</title><text>svg text</text></svg><noscript>enable js</noscript></body>
    </html>"""
    document = read_document(page.encode("cp874"), "article.html")
    assert document.encoding == "cp874"
    assert document.title == "ข่าว & รายงาน"
    assert document.text.splitlines() == ["Heading", first_line, "Tom <script> & Jerry", "next"]
    assert (document.source_url, document.published) == ("https://example.org/a", "2019-11-05")


def test_markdown_title_from_first_heading():
    document = read_document(b"intro\n# Russia in Cuba\n\nbody", "note.md")
    assert (document.title, document.format) == ("Russia in Cuba", "markdown")
    assert document.text.startswith("intro")
