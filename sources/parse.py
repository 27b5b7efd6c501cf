"""Bytes to Document: decode, then hand the text to the HTML or the text/Markdown reader. No I/O here."""
from __future__ import annotations

from claimgraph.errors import ParseError
from claimgraph.model import Document, RawDocument
from claimgraph.sources.decode import decode
from claimgraph.sources.text import parse_text

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")


def parse(raw: RawDocument) -> Document:
    """Parse a fetched document into main text, blocks, tables and metadata.

    Args:
        raw: bytes plus media type, as returned by `fetch`.
    Returns:
        The Document; every Block and TableRow has offsets into `Document.text`.
    Raises:
        ParseError: the bytes are not text, or hold no readable text.
    """
    text = decode(raw).text
    if raw.media_type in HTML_TYPES:
        from claimgraph.sources.html import parse_html  # bs4 and lxml load only for HTML

        document = parse_html(raw, text)
    elif raw.media_type in TEXT_TYPES:
        document = parse_text(raw, text)
    else:
        raise ParseError(raw.source_id, f"cannot parse {raw.media_type}", "pass an HTML, text or Markdown document")
    if not document.text:
        raise ParseError(raw.source_id, "no text found", "check that the document has readable text, or remove it")
    return document
