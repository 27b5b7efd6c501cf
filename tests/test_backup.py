"""`claimgraph backup` / `restore`, and the home format record."""
from __future__ import annotations

import json
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from claimgraph.bench.generator import generate_small
from claimgraph.errors import ConfigError
from claimgraph.homefmt import HOME_FORMAT, backup_home, ensure_current, read_format, restore_home


def cli(home: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).with_name("claimgraph")), "--home", str(home), *args],
                          capture_output=True, text=True, **kwargs)


def claims(home: Path) -> list[dict]:
    from claimgraph.graph import open_store
    from claimgraph.graph.claims import claims_table

    with open_store(home, timeout=5) as store:
        return claims_table(store)


@pytest.fixture(scope="module")
def filled_home(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("backup")
    generate_small(root / "sources", 8)
    return ingest(root / "home", root / "sources")


def ingest(home: Path, folder: Path) -> Path:
    from claimgraph.config import Settings
    from claimgraph.flows.pipeline import ingest as run

    assert not run([str(folder)], home, Settings()).failed
    return home


def test_backup_then_restore_gives_the_same_claims(filled_home, tmp_path):
    archive = tmp_path / "home.tar.gz"
    run = cli(filled_home, "backup", "-o", str(archive))
    assert run.returncode == 0, run.stderr
    names = tarfile.open(archive).getnames()
    assert "MANIFEST.json" in names and "FORMAT" in names and any(n.startswith("raw/") for n in names)
    assert not any(n.startswith(("store.lock", "store.owner", "prefect")) for n in names)
    restored = tmp_path / "restored"
    run = cli(restored, "restore", str(archive))
    assert run.returncode == 0, run.stderr
    assert "restored 8 sources" in run.stderr
    assert claims(restored) == claims(filled_home)
    assert read_format(restored)["home_format"] == HOME_FORMAT


def test_restore_refuses_a_home_in_use_without_force(filled_home, tmp_path):
    archive = tmp_path / "home.tar.gz"
    backup_home(filled_home, archive)
    other = tmp_path / "other"
    generate_small(tmp_path / "src2", 2, seed=99)
    ingest(other, tmp_path / "src2")
    with pytest.raises(ConfigError, match="is not empty; pass --force"):
        restore_home(archive, other)
    restore_home(archive, other, force=True)
    assert len({r["source"] for r in claims(other)}) == 8
    assert list(tmp_path.glob("other.replaced-*")), "the replaced home is kept"


def test_backup_waits_for_the_store_lock(filled_home, tmp_path):
    from claimgraph.graph import open_store

    from claimgraph.config import Settings
    from claimgraph.errors import StoreLockedError

    with open_store(filled_home):
        with pytest.raises(StoreLockedError, match="is in use by pid"):
            backup_home(filled_home, tmp_path / "x.tar.gz", Settings(lock_timeout=0.3))
    assert not (tmp_path / "x.tar.gz").exists()


def test_a_newer_home_or_backup_is_refused_clearly(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "FORMAT").write_text(json.dumps({"home_format": HOME_FORMAT + 1, "claimgraph": "9.0"}))
    with pytest.raises(ConfigError, match=f"home format {HOME_FORMAT + 1}, written by claimgraph 9.0.*upgrade claimgraph"):
        ensure_current(home)
    archive = tmp_path / "newer.tar.gz"
    manifest = tmp_path / "MANIFEST.json"
    manifest.write_text(json.dumps({"home_format": HOME_FORMAT + 1, "claimgraph": "9.0", "sources": 0}))
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(manifest, arcname="MANIFEST.json")
    with pytest.raises(ConfigError, match="upgrade claimgraph"):
        restore_home(archive, tmp_path / "new-home")


def test_an_older_home_is_migrated(tmp_path):
    home = tmp_path / "home"
    (home / "store").mkdir(parents=True)  # a home from before FORMAT existed
    assert read_format(home) == {"home_format": 0}
    messages = []
    assert ensure_current(home, messages.append) == list(range(HOME_FORMAT))
    assert "from format 0 to 1" in messages[0]
    assert read_format(home)["home_format"] == HOME_FORMAT
    assert ensure_current(home) == []


def test_not_a_backup(tmp_path):
    bogus = tmp_path / "bogus.tar.gz"
    bogus.write_bytes(b"not a tar")
    with pytest.raises(ConfigError, match="cannot read it"):
        restore_home(bogus, tmp_path / "h")


def test_a_format_1_home_gets_one_raw_record_per_source(tmp_path):
    """Format 1 kept raw/index.json (rewritten whole per source); format 2 keeps raw/meta/<sha>.json."""
    from claimgraph.graph import open_store

    home = tmp_path / "home"
    (home / "raw").mkdir(parents=True)
    (home / "raw" / "abc").write_bytes(b"Qwen 3.5 9B scored 81.7 on GPQA Diamond.")
    (home / "FORMAT").write_text(json.dumps({"home_format": 1}))
    (home / "raw" / "index.json").write_text(json.dumps({"/docs/a.txt": {
        "sha256": "abc", "media_type": "text/plain", "encoding": None, "fetched_at": None, "revisions": ["abc"]}}))
    with open_store(home, timeout=5) as store:  # opening migrates, under the lock
        assert store.raw_document("/docs/a.txt").content.startswith(b"Qwen")
    assert not (home / "raw" / "index.json").exists()
    assert read_format(home)["home_format"] == HOME_FORMAT


def test_opening_a_newer_home_is_a_store_error(tmp_path):
    from claimgraph.errors import StoreError
    from claimgraph.graph import open_store

    home = tmp_path / "home"
    home.mkdir()
    (home / "FORMAT").write_text(json.dumps({"home_format": HOME_FORMAT + 1, "claimgraph": "9.0"}))
    with pytest.raises(StoreError, match="upgrade claimgraph"):
        open_store(home, timeout=1)
    with open_store(tmp_path / "other", timeout=1):  # the lock of the refused home was released
        pass


@pytest.mark.parametrize("old_format", [2, 3])
def test_an_older_home_gets_its_keys_and_disagreements_rewritten(tmp_path, old_format):
    """Format 3 writes each disagreement's answer row, format 4 each claim's key: an older store gets the
    keys on opening and its derived graphs in full once, then incremental refreshes find its claims."""
    from claimgraph.config import Settings
    from claimgraph.flows.pipeline import ingest
    from claimgraph.graph import open_store
    from claimgraph.graph.named import load_named

    home, docs = tmp_path / "home", tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Qwen 3.5 9B scores 81.7 on GPQA Diamond.")
    (docs / "b.txt").write_text("On GPQA Diamond, Qwen 3.5 9B scores 49.2.")
    assert not ingest([str(docs)], home, Settings()).failed
    with open_store(home, timeout=5) as store:  # as the older format wrote it
        store._update("DELETE WHERE { GRAPH ?g { ?x cg:slot ?k } }")
        store._update("DELETE WHERE { GRAPH ?g { ?x cg:band ?k } }")
        if old_format == 2:  # no text fields on the disagreement
            store._update("DELETE WHERE { GRAPH ?g { ?d cg:valuesText ?v ; cg:sourcesText ?s ; cg:subjectLabel ?l } }")
            assert not store.select(load_named("disagreements").text)
        store.close(refresh=False)
    (home / "FORMAT").write_text(json.dumps({"home_format": old_format}))
    with open_store(home, timeout=5) as store:
        assert store.pending_refresh  # the migration journaled a full refresh; closing runs it
    with open_store(home, timeout=5) as store:
        rows = store.select(load_named("disagreements").text)
        assert [(r["subject"], r["values"]) for r in rows] == [("Qwen 3.5 9B", "49.2 | 81.7")]
        assert rows[0]["sources"] == f"{docs / 'a.txt'} | {docs / 'b.txt'}"
        assert store.select("ASK { GRAPH ?g { ?c a cg:Claim ; cg:slot ?k } }")
        assert len(store.select("SELECT ?k WHERE { GRAPH ?g { ?r a cg:Revision ; cg:band ?k } }")) == 2 * 16
        store.close(refresh=False)
    assert read_format(home)["home_format"] == HOME_FORMAT
    (docs / "c.txt").write_text("Qwen 3.5 9B reaches 33.3 on GPQA Diamond.")
    assert not ingest([str(docs / "c.txt")], home, Settings()).failed  # an incremental refresh
    with open_store(home, timeout=5) as store:
        assert [r["values"] for r in store.select(load_named("disagreements").text)] == ["33.3 | 49.2 | 81.7"]
