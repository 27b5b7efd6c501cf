"""The format of a claimgraph home, recorded in `home/FORMAT`, and the migrations between formats.

    {"home_format": 4, "store_format": "oxigraph-rocksdb/pyoxigraph-0.5", "claimgraph": "0.1.0"}

A home written before this file existed is format 0. Opening a home runs `ensure_current(home)` (under
the store lock): an older home is migrated step by step (each step in MIGRATIONS, then FORMAT is
rewritten), a newer one is refused with a message naming both versions and the fix.

Formats: 0 (no FORMAT file), 1 (FORMAT recorded; raw/index.json lists every source's raw copy),
2 (one small JSON per source under raw/meta/, so keeping a raw copy costs the same at any size),
3 (each cg:Disagreement carries its answer row as text: labels, values, sources; format 2's derived
graphs are recomputed in full by the first command that closes the store),
4 (each claim, fact and disagreement carries its key as `cg:slot`, each revision the LSH bands of its
text signature as `cg:band`; a format 3 store gets them when it is next opened, then its derived graphs
are recomputed in full, as from format 2).
"""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from claimgraph.errors import ConfigError

HOME_FORMAT = 4
FORMAT_FILE = "FORMAT"


def store_format() -> str:
    """The on-disk store engine and its major version: a backup restores only into the same."""
    try:
        ox = version("pyoxigraph")
    except PackageNotFoundError:
        ox = "unknown"
    return f"oxigraph-rocksdb/pyoxigraph-{'.'.join(ox.split('.')[:2])}"


def describe() -> dict:
    """What this claimgraph writes into FORMAT."""
    try:
        own = version("claimgraph")
    except PackageNotFoundError:
        own = "unknown"
    return {"home_format": HOME_FORMAT, "store_format": store_format(), "claimgraph": own}


def read_format(home: Path) -> dict | None:
    """The home's FORMAT record; format 0 when the home has a store but no FORMAT; None for a new home."""
    path = home / FORMAT_FILE
    if path.exists():
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"home '{home}': {FORMAT_FILE} is unreadable ({exc}); restore it from a backup") from exc
    return {"home_format": 0} if (home / "store").exists() else None


def write_format(home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    tmp = home / f".{FORMAT_FILE}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(describe(), indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, home / FORMAT_FILE)


def check_readable(record: dict | None, where: str) -> int:
    """The home format of a record, or ConfigError when this claimgraph is too old to read it."""
    found = int((record or {}).get("home_format", 0))
    if found > HOME_FORMAT:
        raise ConfigError(f"{where} has home format {found}, written by claimgraph {record.get('claimgraph', '?')}; "
                          f"this claimgraph reads formats up to {HOME_FORMAT}: upgrade claimgraph")
    return found


def _from_0(home: Path) -> None:
    """Format 0 -> 1: nothing changes on disk but the FORMAT record itself."""


def raw_meta_path(home: Path, source_id: str) -> Path:
    """Where the raw-copy record of one source lives (format 2): raw/meta/<sha256 of the source id>.json."""
    return Path(home) / "raw" / "meta" / f"{hashlib.sha256(source_id.encode()).hexdigest()}.json"


def write_json_atomic(path: Path, record: dict) -> None:
    """Write a JSON file so a reader (or a crash) sees the old file or the new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(record, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def _from_1(home: Path) -> None:
    """Format 1 -> 2: split raw/index.json into one raw/meta/<sha>.json per source, then drop the index.

    Re-runnable: the records are rewritten from the index until the index is removed, last."""
    index_path = home / "raw" / "index.json"
    if not index_path.exists():
        return
    index = json.loads(index_path.read_text(encoding="utf-8"))
    for source_id, entry in index.items():
        write_json_atomic(raw_meta_path(home, source_id), {**entry, "source_id": source_id})
    index_path.unlink()


KEYS_PENDING = "keys.pending"  # the store lacks cg:slot and cg:band: `Store` adds them when it opens


def _from_2(home: Path) -> None:
    """Format 2 -> 3: journal a full refresh of the derived graphs (the store's own journal, see
    `Store.refresh_derived`), which writes the disagreements' new text fields. Appending twice is harmless."""
    with open(home / "derived.pending", "a", encoding="utf-8") as journal:
        journal.write(json.dumps({"full": True}) + "\n")


def _from_3(home: Path) -> None:
    """Format 3 -> 4: mark the claims' keys and the revisions' LSH bands as missing (the Store adds them on
    opening: the store is not open here) and journal a full refresh, which keys the derived nodes. Re-runnable."""
    (home / KEYS_PENDING).touch()
    _from_2(home)


# MIGRATIONS[n] turns format n into n + 1; each must be safe to re-run after a crash.
MIGRATIONS: dict[int, Callable[[Path], None]] = {0: _from_0, 1: _from_1, 2: _from_2, 3: _from_3}


def ensure_current(home: Path, echo: Callable[[str], None] | None = None) -> list[int]:
    """Bring a home to HOME_FORMAT (call with the store lock held).

    Args:
        home: the claimgraph home.
        echo: told about each migration step ("migrating home ... from format 0 to 1").
    Returns:
        The formats migrated from (empty when the home was current or new).
    Raises:
        ConfigError: the home was written by a newer claimgraph.
    """
    record = read_format(home)
    if record is None:
        write_format(home)
        return []
    found = check_readable(record, f"home '{home}'")
    steps = list(range(found, HOME_FORMAT))
    for step in steps:
        if echo:
            echo(f"migrating home '{home}' from format {step} to {step + 1}")
        MIGRATIONS[step](home)
    if steps or record.get("store_format") != store_format():
        write_format(home)
    return steps


# -- backup and restore ------------------------------------------------------------------------------------
# Not copied: the lock and its owner (per process), Prefect's state and generated files (rebuilt on use).
_SKIP = {"store", "store.lock", "store.owner", "prefect", "exports", "bench", "prefect-server.json"}
MANIFEST = "MANIFEST.json"


def backup_home(home: Path, target: Path, settings=None) -> dict:
    """Write a .tar.gz of a home: a consistent store snapshot (Oxigraph backup), raw documents and settings.

    The store lock is held while copying, so no ingest writes in between (another run waits, as for any
    writer). Args: home, target (.tar.gz path), settings (lock_timeout). Returns: the manifest written.
    """
    import tarfile
    import tempfile
    from datetime import datetime, timezone

    from claimgraph.graph import open_store

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".claimgraph-backup-") as tmp:
        with open_store(home, settings) as store:  # open_store brings the home to the current format
            store.backup(Path(tmp) / "store")
            sources = len(store.sources())
            manifest = {**describe(), "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                        "sources": sources}
            (Path(tmp) / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
            partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
            with tarfile.open(partial, "w:gz") as tar:
                tar.add(Path(tmp) / MANIFEST, arcname=MANIFEST)
                tar.add(Path(tmp) / "store", arcname="store")
                for item in sorted(home.iterdir()):
                    if item.name not in _SKIP and not item.name.startswith("."):
                        tar.add(item, arcname=item.name)
            store.close(refresh=False)
    os.replace(partial, target)
    return manifest


def restore_home(archive: Path, home: Path, force: bool = False, settings=None) -> dict:
    """Restore a backup into `home`: a new or empty home, or (with force) in place of the current one.

    The replaced home is kept beside it as `<home>.replaced-<time>`. Returns: the backup's manifest.
    Raises: ConfigError for a backup from a newer claimgraph, a home that is not empty without force,
    or an archive that is not a claimgraph backup.
    """
    import tarfile
    import time

    archive = Path(archive)
    try:
        tar = tarfile.open(archive, "r:gz")
    except (OSError, tarfile.TarError) as exc:
        raise ConfigError(f"backup '{archive}': cannot read it ({exc}); pass a file written by `claimgraph backup`") from exc
    with tar:
        manifest = _manifest(tar, archive)
        check_readable(manifest, f"backup '{archive}'")
        if home.exists() and any(home.iterdir()) and not force:
            raise ConfigError(f"home '{home}' is not empty; pass --force to replace it (it is kept as "
                              f"'{home.name}.replaced-<time>') or restore into another --home")
        staging = home.with_name(f".{home.name}.restoring-{os.getpid()}")
        tar.extractall(staging, filter="data")  # no absolute paths, links out of the folder or devices
    if home.exists() and any(home.iterdir()):
        from claimgraph.graph import open_store

        with open_store(home, settings) as store:  # nobody may be writing the home we replace
            store.close(refresh=False)
        home.rename(home.with_name(f"{home.name}.replaced-{time.strftime('%Y%m%d-%H%M%S')}"))
    elif home.exists():
        home.rmdir()
    (staging / MANIFEST).unlink()
    staging.rename(home)
    ensure_current(home)
    return manifest


def _manifest(tar, archive: Path) -> dict:
    try:
        return json.load(tar.extractfile(MANIFEST))
    except (KeyError, AttributeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"backup '{archive}': no {MANIFEST}, not a claimgraph backup") from exc
