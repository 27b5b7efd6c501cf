"""Turn command-line arguments into source ids: absolute file paths and normalised URLs."""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from claimgraph.errors import SourceError
from claimgraph.sources.files import MEDIA_TYPES, media_type_of

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://")
_SUPPORTED = ", ".join(MEDIA_TYPES)


def expand(refs: Iterable[str]) -> Iterator[str | SourceError]:
    """Source ids for files, folders and URLs; a SourceError in place of each input that cannot be used.

    Args:
        refs: paths of files or folders, or http(s) URLs, as typed on the command line.
    Yields:
        An absolute resolved path or a normalised URL per source, each once, or a SourceError
        naming the input and the fix (so a batch can report it and go on).
    """
    seen: set[str] = set()
    for ref in refs:
        for item in _expand_one(str(ref)):
            if isinstance(item, SourceError):
                yield item
            elif item not in seen:
                seen.add(item)
                yield item


def _expand_one(ref: str) -> Iterator[str | SourceError]:
    scheme = _SCHEME.match(ref)
    if scheme:
        yield _expand_url(ref, scheme.group(1).lower())
        return
    path = Path(ref).expanduser()
    if path.is_dir():
        yield from _expand_folder(ref, path)
    elif not path.exists():
        yield SourceError(ref, "no such file or folder", "check the path")
    elif media_type_of(path) is None:
        yield SourceError(ref, f"unsupported file type '{path.suffix or '(none)'}'", f"convert it to {_SUPPORTED} or remove it")
    else:
        yield str(path.resolve())


def _expand_url(ref: str, scheme: str) -> str | SourceError:
    if scheme not in ("http", "https"):
        return SourceError(ref, f"unsupported URL scheme '{scheme}'", "use an http:// or https:// URL")
    return normalise_url(ref)


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, drop the fragment, and give an empty path '/'."""
    parts = urlsplit(url.strip())
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, host = netloc.rpartition("@")
        netloc = f"{userinfo}@{host.lower()}"
    else:
        netloc = netloc.lower()
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def _expand_folder(ref: str, folder: Path) -> Iterator[str | SourceError]:
    """The folder's supported files, recursively and sorted, skipping hidden files and folders."""
    found = []
    for directory, subdirs, files in os.walk(folder):
        subdirs[:] = [d for d in subdirs if not d.startswith(".")]
        found += [Path(directory, f) for f in files if not f.startswith(".") and media_type_of(Path(f))]
    if not found:
        yield SourceError(ref, f"folder has no {_SUPPORTED} files", "add documents to it or pass other paths")
    yield from sorted(str(p.resolve()) for p in found)


def source_id_of(ref: str) -> str:
    """The source id a path or URL was ingested under, whether or not the file still exists.

    Args:
        ref: a file path (relative or absolute) or an http(s) URL.
    Returns:
        The absolute resolved path, or the normalised URL.
    """
    if _SCHEME.match(ref):
        return normalise_url(ref)
    return str(Path(ref).expanduser().resolve())
