"""fetch() of local files."""
from __future__ import annotations

import pytest

from claimgraph.config import Settings
from claimgraph.errors import SourceError
from claimgraph.sources import expand, fetch, parse


def _fetch(path, **settings):
    [source_id] = list(expand([str(path)]))
    return fetch(source_id, Settings(**settings))


def test_text_file_is_read_with_media_type(tmp_path):
    (tmp_path / "a.md").write_text("# Title\n\nBody text.", encoding="utf-8")
    raw = _fetch(tmp_path / "a.md")
    assert raw.media_type == "text/markdown" and raw.content.startswith(b"# Title") and raw.fetched_at


def test_binary_content_with_text_extension_is_refused(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(SourceError, match=r"binary content \(image/png\)"):
        _fetch(tmp_path / "photo.txt")
    (tmp_path / "doc.html").write_bytes(b"%PDF-1.7\n...")
    with pytest.raises(SourceError, match=r"application/pdf"):
        _fetch(tmp_path / "doc.html")
    (tmp_path / "blob.txt").write_bytes(b"abc\x00\x01\x02def")
    with pytest.raises(SourceError, match="binary content"):
        _fetch(tmp_path / "blob.txt")


def test_empty_file_is_refused(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n\n")
    with pytest.raises(SourceError, match="empty document"):
        _fetch(tmp_path / "empty.txt")


def test_oversize_file_is_refused(tmp_path):
    (tmp_path / "big.txt").write_text("word " * 100)
    with pytest.raises(SourceError, match="larger than 50 bytes; raise max_bytes in config.toml"):
        _fetch(tmp_path / "big.txt", max_bytes=50)


def test_cp1252_file_is_fetched_and_decoded(tmp_path):
    (tmp_path / "legacy.txt").write_bytes("Prices rose to \u20ac12 \u2013 a \u201crecord\u201d.".encode("cp1252"))
    doc = parse(_fetch(tmp_path / "legacy.txt"))
    assert doc.text == "Prices rose to \u20ac12 \u2013 a \u201crecord\u201d."


def test_missing_file_raises_source_error(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        fetch(str(tmp_path / "gone.txt"))
