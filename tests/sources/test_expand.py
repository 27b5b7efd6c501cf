"""expand(): command-line arguments to source ids."""
from __future__ import annotations

import os

from claimgraph.errors import SourceError
from claimgraph.sources import expand, source_id_of


def test_relative_and_absolute_paths_are_one_source(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Hello.")
    monkeypatch.chdir(tmp_path)
    ids = list(expand(["./a.txt", str(tmp_path / "a.txt"), "a.txt"]))
    assert ids == [str((tmp_path / "a.txt").resolve())]


def test_folder_expands_to_supported_files_sorted_skipping_hidden(tmp_path):
    for name in ("b.md", "a.html", "sub/c.htm", "sub/d.TXT", "notes.pdf", ".hidden.txt", ".git/e.txt", "img.png"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    ids = list(expand([str(tmp_path)]))
    names = [os.path.relpath(i, tmp_path.resolve()) for i in ids]
    assert names == ["a.html", "b.md", "sub/c.htm", "sub/d.TXT"]


def test_missing_path_yields_error_and_batch_goes_on(tmp_path):
    (tmp_path / "ok.txt").write_text("x")
    missing, ok = list(expand([str(tmp_path / "nope.txt"), str(tmp_path / "ok.txt")]))
    assert isinstance(missing, SourceError) and "nope.txt" in str(missing) and "check the path" in str(missing)
    assert ok == str((tmp_path / "ok.txt").resolve())


def test_unsupported_file_yields_error_naming_the_fix(tmp_path):
    (tmp_path / "chart.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    [error] = list(expand([str(tmp_path / "chart.png")]))
    assert isinstance(error, SourceError)
    assert "unsupported file type '.png'" in str(error) and ".html" in str(error)


def test_empty_folder_yields_error(tmp_path):
    (tmp_path / "only.pdf").write_text("x")
    [error] = list(expand([str(tmp_path)]))
    assert isinstance(error, SourceError) and "no .html" in str(error)


def test_urls_are_normalised_and_other_schemes_refused():
    url, ftp = list(expand(["HTTPS://Example.COM/Path?q=1#section", "https://example.com/Path?q=1", "ftp://example.com/a.txt"]))
    assert url == "https://example.com/Path?q=1"
    assert isinstance(ftp, SourceError) and "http://" in str(ftp)
    assert list(expand(["http://Example.com"])) == ["http://example.com/"]


def test_source_id_of_matches_expand_even_for_deleted_files(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    [expanded] = list(expand(["a.txt"]))
    (tmp_path / "a.txt").unlink()
    assert source_id_of("./a.txt") == expanded
    assert source_id_of("HTTP://Example.com/x#y") == "http://example.com/x"
