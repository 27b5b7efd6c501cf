"""Bytes to text: BOM, declared charset, <meta charset>, UTF-8, then cp1252 as a recorded fallback."""
from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from dataclasses import dataclass

from claimgraph.errors import ParseError
from claimgraph.model import RawDocument

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# Browsers read these labels as windows-1252 (WHATWG Encoding), and so do we.
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}
_MAX_CONTROL_RATIO = 0.02


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    fallback: bool = False  # True when neither a declaration nor UTF-8 fitted and cp1252 was guessed


def decode(raw: RawDocument) -> Decoded:
    """Decode `raw.content`, or raise ParseError naming the source when it is not text.

    Args:
        raw: the fetched document; `raw.encoding` is the charset declared by HTTP, if any.
    Returns:
        The text and the encoding that decoded it.
    """
    decoded = _decode_first_fit(raw)
    if decoded is None or _looks_binary(decoded.text):
        raise ParseError(raw.source_id, "content is not decodable text", "check that the file is a text or HTML document, or remove it")
    if decoded.fallback:
        log.warning("source '%s': not UTF-8 and no charset declared; decoded as cp1252", raw.source_id)
    if _LIGATURES_RE.search(decoded.text):  # text copied from a PDF: 'ﬁrst' is 'first', 'ﬁnal' is 'final'
        decoded = Decoded(decoded.text.translate(_LIGATURES), decoded.encoding, decoded.fallback)
    return decoded


# Typographic ligatures that PDF-to-text keeps; expanded here, before the parsers take any offset.
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
_LIGATURES_RE = re.compile("[\ufb00-\ufb06]")


def _decode_first_fit(raw: RawDocument) -> Decoded | None:
    """Try the candidate encodings in order of authority and return the first that decodes strictly."""
    content = raw.content
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return _try(content, encoding)
    for encoding in (raw.encoding, _sniff_meta_charset(raw)):
        decoded = _try(content, _normalise_label(encoding)) if encoding else None
        if decoded:
            return decoded
    decoded = _try(content, "utf-8")
    return decoded or _try(content, "cp1252", fallback=True)


def _sniff_meta_charset(raw: RawDocument) -> str | None:
    """The charset of a `<meta charset>` or http-equiv content-type in the first 4 KB of an HTML page."""
    if "html" not in raw.media_type:
        return None
    match = _META_CHARSET.search(raw.content[:4096])
    return match.group(1).decode("ascii") if match else None


def _normalise_label(label: str) -> str | None:
    """A Python codec name for a charset label, or None when the label is unknown."""
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _try(content: bytes, encoding: str | None, fallback: bool = False) -> Decoded | None:
    if not encoding:
        return None
    try:
        return Decoded(content.decode(encoding), encoding, fallback)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_binary(text: str) -> bool:
    """True when the text holds NULs or more control characters than any real document has."""
    if "\x00" in text:
        return True
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return controls > max(2, len(text) * _MAX_CONTROL_RATIO)
