"""Read local files as RawDocuments: size cap, binary detection, media type from the extension."""
from __future__ import annotations

import codecs
from datetime import datetime, timezone
from pathlib import Path

from claimgraph.config import Settings
from claimgraph.errors import SourceError
from claimgraph.model import RawDocument
from claimgraph.sources.sniff import sniff_binary

MEDIA_TYPES = {".html": "text/html", ".htm": "text/html", ".txt": "text/plain", ".md": "text/markdown"}
_BOM_ENCODINGS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def media_type_of(path: Path) -> str | None:
    """The media type for a supported extension (.html, .htm, .txt, .md), else None."""
    return MEDIA_TYPES.get(path.suffix.lower())


def fetch_file(path: str, settings: Settings) -> RawDocument:
    """Read one local file.

    Args:
        path: the file's path (expand() gives absolute, resolved paths).
        settings: for `max_bytes`.
    Returns:
        The RawDocument with the file's bytes and a media type from its extension.
    Raises:
        SourceError: missing, unreadable, unsupported, too large, binary or empty.
    """
    file = Path(path)
    media_type = media_type_of(file)
    if media_type is None:
        raise SourceError(path, f"unsupported file type '{file.suffix or '(none)'}'", "convert it to .html, .txt or .md, or remove it")
    content = _read_capped(file, path, settings.max_bytes)
    check_content(path, content, settings)
    return RawDocument(
        source_id=path,
        content=content,
        media_type=media_type,
        encoding=next((enc for bom, enc in _BOM_ENCODINGS if content.startswith(bom)), None),
        fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )


def _read_capped(file: Path, path: str, max_bytes: int) -> bytes:
    """The file's bytes, refusing files over `max_bytes` without reading them whole."""
    try:
        with file.open("rb") as handle:
            content = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise SourceError(path, "no such file", "check the path") from None
    except IsADirectoryError:
        raise SourceError(path, "is a folder, not a file", "pass the folder to expand() or name a file") from None
    except OSError as exc:
        raise SourceError(path, f"cannot read file ({exc.strerror})", "check its permissions") from None
    if len(content) > max_bytes:
        raise SourceError(path, f"larger than {max_bytes} bytes", "raise max_bytes in config.toml or remove the file")
    return content


def check_content(source: str, content: bytes, settings: Settings) -> None:
    """Refuse empty or binary content, whatever its name or declared type claims."""
    if not content.strip():
        raise SourceError(source, "empty document", "check the source or remove it")
    binary = sniff_binary(content)
    if binary:
        raise SourceError(source, f"binary content ({binary})", "pass an HTML, text or Markdown document, or remove it")
