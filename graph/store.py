"""The persistent graph store: Oxigraph on disk under `home/store/`, one writer at a time.

Layout of a claimgraph home:
    store/        the Oxigraph database (one named graph per source, see README.md, "Data model")
    store.lock    flock'ed exclusively by the process that has the store open
    store.owner   pid and command line of that process, for the "in use" message
    raw/<sha256>  the bytes of every revision, so `reextract` can rebuild without fetching
    raw/meta/<sha256 of the source id>.json  {source_id, sha256, media_type, encoding, fetched_at, revisions}
                  (one small file per source, written before the source's graph: home format 2)

With CLAIMGRAPH_STORE=sparql+http://... the graph lives in an external SPARQL 1.1 store instead of
store/ (`sparql_store.SparqlOx` stands in for the pyoxigraph.Store, as `remote.RemoteOx` does while
`claimgraph serve` owns the home); raw/ and the lock stay in the home.
"""
from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from contextlib import suppress
from functools import lru_cache
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib.term import Literal as RdflibLiteral
from rdflib.term import URIRef

from claimgraph.config import Settings
from claimgraph.errors import ConfigError, QueryError, StoreError, StoreLockedError
from claimgraph.graph.rdf import GraphText, background_quads, node, number, source_write
from claimgraph.graph.sparql_store import store_url
from claimgraph.graph.vocab import (
    BACKGROUND_GRAPH, CG, GRAPH, LABELS_GRAPH, PREFIXES, SERIALIZATION_PREFIXES, revision_graph_iri, slot_iri,
    source_graph_iri, source_iri, source_key,
)
from claimgraph.homefmt import raw_meta_path, write_json_atomic
from claimgraph.model import Document, Entity, Extraction, RawDocument

QUERIES = Path(__file__).with_name("queries")
_POLL_SECONDS = 0.1
WRITE_CHUNK = 20_000  # quads per update of the derived graphs; beyond it, several (journaled) transactions
# Quads written between two flushes of Oxigraph's write buffers. Its RocksDB keeps up to 128 MB of
# memtable per index (12 of them) before writing a file: unflushed, a full refresh of 10,000 articles
# held 2.2 GB; flushed every 100,000 quads, 1 million quads are written in 140 MB (and 25 % faster).
FLUSH_EVERY = 100_000
_REVISION, _CONTENT_HASH, _EXTRACTOR_VERSION = (node(CG.revision), node(CG.contentHash), node(CG.extractorVersion))


JOURNAL = "derived.pending"  # under the home: sources written since the derived graphs were refreshed


@lru_cache(maxsize=None)
def load_query(name: str) -> str:
    """The text of `graph/queries/<name>.rq` (read once per process)."""
    return (QUERIES / f"{name}.rq").read_text(encoding="utf-8")


def open_store(home: str | os.PathLike, settings: Settings | None = None, *, timeout: float | None = None,
               local_only: bool = False) -> "Store":
    """Open the store of a claimgraph home for reading and writing, waiting for another process if needed.

    Args:
        home: the claimgraph home folder (created if missing).
        settings: supplies `lock_timeout` and `score_tolerance`; defaults when None.
        timeout: seconds to wait for the lock; overrides `settings.lock_timeout`.
        local_only: never go through a running server (the server itself opens the store this way).
    Returns:
        An open Store; use it as a context manager so the lock is released. When `claimgraph serve`
        owns the home (home/server.json, live pid), the Store works through the server
        (`remote.RemoteOx`) and this process holds `client.lock`, which orders the clients.
    Raises:
        StoreLockedError: another process still holds the store after the timeout.
        StoreError: the home was written by a newer claimgraph (or its FORMAT is unreadable).
    """
    settings = settings or Settings()
    return Store(Path(home), settings, settings.lock_timeout if timeout is None else timeout, local_only)


def _ensure_current(home: Path) -> None:
    """Migrate an older home (under the lock, before anything reads it); a newer one is refused."""
    from claimgraph.homefmt import ensure_current

    ensure_current(home, echo=lambda line: print(line, file=sys.stderr))


class Store:
    """One claimgraph home's graph store. Build with `open_store`."""

    def __init__(self, home: Path, settings: Settings, timeout: float, local_only: bool = False):
        self.home, self.settings = home, settings
        home.mkdir(parents=True, exist_ok=True)
        self._lock_file, server = _acquire_lock(home, timeout, not local_only)
        self.remote = server is not None
        try:
            _ensure_current(home)
        except ConfigError as exc:
            self._release()
            raise StoreError(str(exc)) from exc
        # Sources written since the derived graphs were last refreshed, also by a run that was killed.
        self._changed = self._journal.exists()
        self._unflushed = 0  # quads written since the last flush (see FLUSH_EVERY)
        if server is not None:
            from claimgraph.graph.remote import RemoteOx
            self._ox = RemoteOx(server)
            return
        url = store_url(settings)
        if url:  # the graph lives in an external SPARQL 1.1 store; raw copies and the lock stay in the home
            self._ox = self._open_sparql(url)
            self._add_missing_keys()
            return
        try:
            self._ox = ox.Store(str(home / "store"))
        except OSError as exc:
            self._release()
            raise StoreError(f"store '{home / 'store'}': cannot open ({exc}); check the folder or restore a backup") from exc
        _prune_rocksdb_logs(home / "store")
        if not self._ox.contains_named_graph(node(LABELS_GRAPH)) and next(iter(self._ox.named_graphs()), None):
            self.refresh_labels()  # a store written before the labels graph existed
        self._add_missing_keys()

    def _add_missing_keys(self) -> None:
        """Give each claim its key (`cg:slot`) and each revision its LSH bands (`cg:band`) when the home
        was migrated from a format without them (homefmt KEYS_PENDING); the migration also journaled a
        full refresh, which keys the derived nodes. Adding a quad twice is harmless, so a run killed
        half-way is finished by the next."""
        from claimgraph.graph.similarity import band_keys
        from claimgraph.homefmt import KEYS_PENDING

        marker = self.home / KEYS_PENDING
        if not marker.exists():
            return
        print(f"store '{self.location}': adding the key of every claim and the text bands of every revision "
              "(once, after an upgrade)", file=sys.stderr)
        slot, band = node(CG.slot), node(CG.band)
        quads = [ox.Quad(r["c"], slot, node(slot_iri(r["kind"].value, r["s"].value, r["b"].value if r["b"] else None)),
                         r["g"]) for r in self.query(load_query("claim_keys"))]
        quads += [ox.Quad(q.subject, band, ox.Literal(key), q.graph_name)
                  for q in list(self._ox.quads_for_pattern(None, node(CG.textSignature), None, None))
                  for key in band_keys(q.object.value)]
        for start in range(0, len(quads), WRITE_CHUNK):
            self._add(quads[start:start + WRITE_CHUNK])
        self._changed = True
        marker.unlink()

    def _open_sparql(self, url: str):
        from claimgraph.graph.sparql_store import SparqlOx, is_sparql_url, redact
        if not is_sparql_url(url):
            self._release()
            raise StoreError(f"store '{redact(url)}': not a sparql+http:// or sparql+https:// URL; "
                             "fix CLAIMGRAPH_STORE or unset it for the embedded store")
        try:
            backend = SparqlOx(url)
            backend.our_graphs()  # fail now, with the URL, rather than in the middle of a command
        except (OSError, SyntaxError) as exc:
            self._release()
            raise StoreError(f"store '{redact(url)}': cannot open ({exc})") from exc
        return backend

    @property
    def location(self) -> str:
        """Where the graph is: the Oxigraph folder or the external store's URL (password hidden)."""
        return getattr(self._ox, "url", None) or str(self.home / "store")

    # -- lifecycle ---------------------------------------------------------
    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close(refresh=exc_info[0] is None)

    def close(self, refresh: bool = True) -> None:
        """Refresh the derived graphs if sources changed since the last refresh, flush, and release the lock."""
        if self._lock_file is None:
            return
        try:
            if refresh and self._changed:
                self.refresh_derived()
            self._ox.flush()
        finally:
            if hasattr(self._ox, "close"):
                self._ox.close()
            self._ox = None
            self._release()

    def _release(self) -> None:
        with suppress(OSError):
            (self.home / ("client.owner" if self.remote else "store.owner")).unlink()
        self._lock_file.close()  # closing the descriptor drops the flock
        self._lock_file = None

    @property
    def embedded(self) -> bool:
        """Whether the graph is the embedded Oxigraph store (index lookups are cheap), not a server's."""
        return isinstance(self._ox, ox.Store)

    @property
    def pending_refresh(self) -> bool:
        """Whether sources were written or removed since the derived graphs were last refreshed."""
        return self._changed

    # -- sources -----------------------------------------------------------
    def source_state(self, source_id: str) -> tuple[str, str] | None:
        """(sha256, extractor_version) of the stored current revision of a source, or None."""
        graph = source_graph_iri(source_id)
        if getattr(self._ox, "half_written", None) and self._ox.half_written(str(graph)):
            return None  # an external store's write of it failed or was killed: write it again
        if self.embedded:  # three index lookups: 0.4 -> 0.1 ms, a tenth of a no-op re-run
            return self._source_state_local(node(graph))
        # The graph written into the text (an IRI, as pyoxigraph writes it): Oxigraph does not push a
        # binding of ?g into GRAPH ?g (measured 23-30 ms a call at 1,000 articles; a constant: 1 ms).
        rows = self.select(load_query("source_state").replace("GRAPH ?g", f"GRAPH {node(graph)}"))
        return (rows[0]["sha256"], rows[0]["version"] or "") if rows else None

    def _source_state_local(self, graph: ox.NamedNode) -> tuple[str, str] | None:
        """`source_state.rq` as pattern lookups in the embedded store."""
        for revision in self._ox.quads_for_pattern(None, _REVISION, None, graph):
            for digest in self._ox.quads_for_pattern(revision.object, _CONTENT_HASH, None, graph):
                versions = self._ox.quads_for_pattern(revision.object, _EXTRACTOR_VERSION, None, graph)
                return digest.object.value, next((q.object.value for q in versions), "")
        return None

    def put_source(self, raw: RawDocument, doc: Document, extraction: Extraction,
                   written: GraphText | None = None) -> bool:
        """Store a source's claims, replacing its named graph in one transaction.

        The earlier revision's graph is kept (as an invalidated revision) when the content changed.
        `written`: the source's quads as `source_write(raw, doc, extraction)` gives them, when the
        extract step built them already (built here when None).
        Returns:
            False, writing nothing, when the same content was stored by the same extractor version.
        """
        state = self.source_state(raw.source_id)
        if state == (raw.sha256, extraction.extractor_version):
            return False
        self._keep_raw(raw)
        previous_sha = state[0] if state and state[0] != raw.sha256 else None
        written = written if written is not None else source_write(raw, doc, extraction)
        self._note_change(source_iri(raw.source_id), replaced=state is not None)
        if hasattr(self._ox, "put_graph"):
            self._put_source_remote(raw, previous_sha, written.quads())
        else:
            self._update(_replace_graph_update(raw, previous_sha, written))
            self._written(written.count)
        return True

    @property
    def _journal(self) -> Path:
        """home/derived.pending: one JSON line per source written or removed since the last refresh."""
        return self.home / JOURNAL

    def _note_change(self, src, replaced: bool) -> None:
        """Journal a source about to be written or removed, BEFORE the write, so a run killed between the
        write and the refresh leaves the next refresh what it needs. A replaced source's current claims'
        slots are recorded too: their facts and disagreements must be redone once the claims are gone."""
        from claimgraph.graph.derived import slots_of_sources

        record = {"src": str(src), "slots": sorted(slots_of_sources(self, [str(src)])) if replaced else []}
        with open(self._journal, "a", encoding="utf-8") as journal:
            journal.write(json.dumps(record) + "\n")
        self._changed = True

    def _read_journal(self) -> tuple[set[str], set[tuple], bool]:
        """(sources, stale slots, whether a full refresh was begun) journaled since the last refresh."""
        sources, slots, full = set(), set(), False
        with suppress(FileNotFoundError), open(self._journal, encoding="utf-8") as journal:
            for line in journal:
                with suppress(ValueError):  # a line cut short by a crash: its source was not written
                    record = json.loads(line)
                    if record.get("full"):
                        full = True
                        continue
                    sources.add(record["src"])
                    slots.update(tuple(slot) for slot in record["slots"])
        return sources, slots, full

    def _put_source_remote(self, raw: RawDocument, previous_sha: str | None, quads: list) -> None:
        """On an external store: archive the previous revision (a copy), then replace the source graph by
        ONE Graph Store Protocol PUT, so readers see the old graph or the new one, never a part of it.
        The archive is invalidated before the PUT, so queries of current data ignore it throughout."""
        current = str(source_graph_iri(raw.source_id))
        steps = [f"DROP SILENT GRAPH <{revision_graph_iri(raw.source_id, raw.sha256)}>"]
        if previous_sha:
            archive = revision_graph_iri(raw.source_id, previous_sha)
            steps += [f"DROP SILENT GRAPH <{archive}>",
                      f"INSERT {{ GRAPH <{archive}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{current}> {{ ?s ?p ?o }} }}",
                      _invalidate(archive, raw.fetched_at)]

        def write() -> None:
            self._ox.update(" ;\n".join(steps), prefixes=PREFIXES)
            self._ox.put_graph(current, [q for q in quads if q.graph_name.value == current])
            self._ox.add_quads([q for q in quads if q.graph_name.value != current])
            self._ox.update(f"{_label_update(BACKGROUND_GRAPH)} ;\n{_label_update(current)}", prefixes=PREFIXES)
        self._write(write)

    def refresh_labels(self) -> None:
        """Make the labels graph whole in one transaction: a label for every entity some graph names
        (the gazetteer's first, else the least of the sources' prefLabels), none for entities no graph
        names any more. Source writes keep it so (`_label_update`); this builds it for a store written
        before the labels graph existed, and is part of a full refresh."""
        self._update(f"{_PRUNE_LABELS} ;\n{_label_update(BACKGROUND_GRAPH)} ;\n{_label_update(None)}")

    def refresh_derived(self, full: bool | None = None) -> int:
        """Bring the derived graphs (disagreements and consensus) up to date with the sources, now.

        Incremental: only the facts and disagreement groups whose slots (kind, subject, benchmark,
        qualifier) the sources written or removed since the last refresh touch are recomputed, so the
        cost follows the run, not the store (`derived.py`); written in one transaction up to
        WRITE_CHUNK quads, else in several, the journal being cleared only once all are committed.
        Args:
            full: True recomputes everything; False only the touched slots; None (default) chooses:
                everything when nothing was tracked (e.g. `claimgraph admin`), when a full refresh was
                begun and not finished, or when the sources touched are half the store or more.
        Returns:
            The number of disagreements recomputed (all of them for a full refresh).
        """
        from claimgraph.graph.derived import refresh_full, refresh_incremental  # they build on the store
        touched, stale, begun = self._read_journal()
        stored = sum(1 for _ in (self.home / "raw" / "meta").glob("*.json"))
        if full or begun or not touched or (full is None and 2 * len(touched) >= stored):
            # Also when the run wrote most of the store (a first ingest): one pass over every claim
            # beats looking up every slot (10,000 articles: minutes of lookups). Large graphs are
            # written in several transactions, so the journal first records that a full refresh began:
            # a run killed during it is finished by a full refresh, not by one of the slots journaled.
            if not begun:
                with open(self._journal, "a", encoding="utf-8") as journal:
                    journal.write(json.dumps({"full": True}) + "\n")
            found = refresh_full(self, self.settings.score_tolerance)
        else:
            found = refresh_incremental(self, touched, stale, self.settings.score_tolerance)
        with suppress(FileNotFoundError):  # only once the refresh is committed: re-running it is harmless
            self._journal.unlink()
        self._changed = False
        return found

    def replace_graph(self, graph: str, quads: list[ox.Quad]) -> None:
        """Replace one named graph by `quads` in a single transaction (external store: one PUT)."""
        if hasattr(self._ox, "put_graph"):
            self._write(lambda: self._ox.put_graph(graph, quads))
            return
        self._update(f"DROP SILENT GRAPH <{graph}>;\n" + _insert_data(quads))

    def rewrite_graphs(self, graphs: list[str], quads: list[ox.Quad]) -> None:
        """Replace several named graphs by `quads` (each quad names its graph) in one transaction
        (an external store: one PUT per graph)."""
        if hasattr(self._ox, "put_graph"):
            for graph in graphs:
                self._write(lambda g=graph: self._ox.put_graph(g, [q for q in quads if q.graph_name.value == g]))
            return
        drops = "".join(f"DROP SILENT GRAPH <{g}>;\n" for g in graphs)
        if len(quads) <= WRITE_CHUNK:
            self._update(drops + _insert_data(quads))
            return
        # Several transactions (one update text of millions of quads took gigabytes); the derived graphs'
        # callers journal first, so a run killed in between is redone (`refresh_derived`).
        self._update(drops.rstrip(";\n"))
        for start in range(0, len(quads), WRITE_CHUNK):
            self._update(_insert_data(quads[start:start + WRITE_CHUNK]))

    def write_graphs(self, graphs: list[str], quads: Iterable[ox.Quad]) -> None:
        """Replace several named graphs by a stream of quads (each names its graph): one transaction
        when they fit in WRITE_CHUNK, else the drop and then chunks, never all the quads in memory at
        once (callers journal first, as `refresh_derived` does). An external store gets them whole."""
        from itertools import islice

        if hasattr(self._ox, "put_graph"):
            self.rewrite_graphs(graphs, list(quads))
            return
        stream = iter(quads)
        first = list(islice(stream, WRITE_CHUNK + 1))
        if len(first) <= WRITE_CHUNK:
            self.rewrite_graphs(graphs, first)
            return
        for graph in graphs:
            self._clear_graph(graph)
        chunk = first
        while chunk:
            self._add(chunk)
            chunk = list(islice(stream, WRITE_CHUNK))

    def replace_quads(self, old: list[ox.Quad], new: list[ox.Quad]) -> None:
        """Delete `old` and insert `new` in one transaction (one SPARQL update; on an external store a
        delete then an insert in chunks, as its update size limits require).

        Only the difference is written: a refresh recomputes whole facts, most of whose quads stay the
        same (100 new articles into a 10,000-article store: 290,000 quads out and 301,000 in, of which
        240,000 are both; writing them took 27 s, the difference 7 s)."""
        kept = set(old) & set(new)
        old = [q for q in dict.fromkeys(old) if q not in kept]
        new = [q for q in dict.fromkeys(new) if q not in kept]
        if hasattr(self._ox, "add_quads"):
            from claimgraph.graph.sparql_store import INSERT_CHUNK

            for start in range(0, len(old), INSERT_CHUNK):
                self._update(_data_block("DELETE", old[start:start + INSERT_CHUNK]))
            if new:
                self._write(lambda: self._ox.add_quads(new))
            return
        if len(old) + len(new) > WRITE_CHUNK:  # as rewrite_graphs: several transactions, journaled first
            for verb, quads in (("DELETE", old), ("INSERT", new)):
                for start in range(0, len(quads), WRITE_CHUNK):
                    self._update(_data_block(verb, quads[start:start + WRITE_CHUNK]))
                    self._written(len(quads[start:start + WRITE_CHUNK]))
            return
        steps = ([_data_block("DELETE", old)] if old else []) + ([_insert_data(new)] if new else [])
        if steps:
            self._update(";\n".join(steps))
            self._written(len(old) + len(new))

    def quads_matching(self, s=None, p=None, o=None, graph: str | None = None) -> Iterator[ox.Quad]:
        """The quads matching a pattern (None: any), in one named graph or all."""
        return iter(self._ox.quads_for_pattern(s, p, o, None if graph is None else node(graph)))

    def update_background(self, entities: Iterable[Entity]) -> None:
        """Add gazetteer facts about `entities` to the background graph."""
        if hasattr(self._ox, "add_quads"):
            self._write(lambda: self._ox.add_quads(background_quads(entities)))
            self._update(_label_update(BACKGROUND_GRAPH))
        else:
            self._update(_insert_data(background_quads(entities)) + ";\n" + _label_update(BACKGROUND_GRAPH))
        # Gazetteer facts are not claims: the derived graphs stay valid, nothing to journal.

    def remove_source(self, source_id: str, purge: bool = False) -> bool:
        """Drop a source's current graph; with purge, also its earlier revisions and raw bytes.

        Returns:
            False when the store did not hold the source.
        """
        current = source_graph_iri(source_id)
        graphs = [current] + (self._revision_graphs(source_id) if purge else [])
        existed = self._ox.contains_named_graph(node(current))
        if existed:
            self._note_change(source_iri(source_id), replaced=True)
        self._update(";\n".join([f"DROP SILENT GRAPH <{g}>" for g in graphs] + [_PRUNE_LABELS]))
        self._forget_raw(source_id, purge)
        return existed

    def backup(self, target_dir: str | os.PathLike) -> None:
        """Write a consistent snapshot of the embedded store into `target_dir` (a new folder).

        Raises:
            StoreError: the graph is in an external store or behind `claimgraph serve` (use that
                store's own backup), or the snapshot failed.
        """
        if self.remote or not isinstance(self._ox, ox.Store):
            raise StoreError(f"store '{self.location}': not the embedded store of this home; back it up with "
                             "its own tools (or stop `claimgraph serve` and run the backup again)")
        try:
            self._ox.backup(str(target_dir))  # Oxigraph's snapshot: what was committed, nothing half-written
        except (OSError, ValueError) as exc:
            raise StoreError(f"store '{self.location}': backup to '{target_dir}' failed ({exc})") from exc

    def sources(self) -> list[dict]:
        """The stored sources: source (its id), sha256, extractor_version, title, claims, fetched_at, media_type."""
        index = self._read_index()
        rows = self.select(load_query("sources"))
        for row in rows:
            row.update({k: index.get(row["source"], {}).get(k) for k in ("fetched_at", "media_type")})
        return rows

    def raw_document(self, source_id: str) -> RawDocument:
        """The kept bytes of the current revision of a source (for re-extraction)."""
        entry = self._read_meta(source_id)
        if entry is None:
            raise StoreError(f"source '{source_id}': no raw copy in '{self.home / 'raw'}'; ingest it again")
        content = (self.home / "raw" / entry["sha256"]).read_bytes()
        return RawDocument(source_id, content, entry["media_type"], entry.get("encoding"), entry.get("fetched_at"))

    def _revision_graphs(self, source_id: str) -> list[str]:
        prefix = f"{GRAPH}source/{source_key(source_id)}/rev/"
        return [g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(prefix)]

    # -- raw copies --------------------------------------------------------
    def _keep_raw(self, raw: RawDocument) -> None:
        """The bytes (raw/<sha256>) and the source's own record (raw/meta/): constant cost per source."""
        folder = self.home / "raw"
        folder.mkdir(exist_ok=True)
        target = folder / raw.sha256
        if not target.exists():
            _write_atomic(target, raw.content)
        entry = self._read_meta(raw.source_id) or {"revisions": []}
        entry.update(source_id=raw.source_id, sha256=raw.sha256, media_type=raw.media_type, encoding=raw.encoding,
                     fetched_at=raw.fetched_at)
        if raw.sha256 not in entry["revisions"]:
            entry["revisions"].append(raw.sha256)
        write_json_atomic(raw_meta_path(self.home, raw.source_id), entry)

    def _forget_raw(self, source_id: str, purge: bool) -> None:
        entry = self._read_meta(source_id)
        with suppress(FileNotFoundError):
            raw_meta_path(self.home, source_id).unlink()
        if purge and entry:
            still_used = {sha for e in self._read_index().values() for sha in e.get("revisions", [])}
            for sha in set(entry.get("revisions", [])) - still_used:
                with suppress(FileNotFoundError):
                    (self.home / "raw" / sha).unlink()

    def _read_meta(self, source_id: str) -> dict | None:
        path = raw_meta_path(self.home, source_id)
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None

    def _read_index(self) -> dict:
        """source id -> raw-copy record, for every source (reads every record: listings and purges only)."""
        index = {}
        for path in (self.home / "raw" / "meta").glob("*.json"):
            entry = json.loads(path.read_text(encoding="utf-8"))
            index[entry["source_id"]] = entry
        return index

    # -- queries -----------------------------------------------------------
    def query(self, sparql: str, bindings: dict | None = None, *, union_default_graph: bool = True,
              default_graphs: list[str] | None = None):
        """Run a SPARQL query on Oxigraph's engine and return pyoxigraph's result.

        Args:
            sparql: the query; the prefixes of `vocab.PREFIXES` (cg:, prov:, skos:, ...) are predeclared.
            bindings: variable name -> value, substituted as RDF terms (never pasted into the text):
                pyoxigraph or rdflib terms, str (a plain literal), bool, int, float, Decimal. Oxigraph
                substitutes only variables the query selects.
            union_default_graph: patterns outside GRAPH match every named graph.
            default_graphs: the named graphs whose union is the default graph instead (e.g.
                `current_graphs()` or `graphs_as_of(date)`); GRAPH patterns still see every graph.
        Returns:
            QuerySolutions (index a solution by variable name: a term, or None), QueryBoolean or QueryTriples.
        Raises:
            QueryError: the query is malformed (the message has the line:column) or failed.
        """
        substitutions = {ox.Variable(k): to_term(v) for k, v in (bindings or {}).items()}
        if getattr(default_graphs, "everything", False):
            default_graphs = None  # every graph: the union default graph is the same dataset, and fast
        dataset = {"use_default_graph_as_union": union_default_graph} if default_graphs is None else \
            {"default_graph": [node(g) for g in default_graphs] or [ox.DefaultGraph()]}
        if substitutions and isinstance(self._ox, ox.Store):
            # Oxigraph joins substitutions in after evaluating the query unbound (measured: 260 ms against
            # 7 ms for the same lookup on 1,000 articles); a VALUES block first in the WHERE group binds
            # the variable before the patterns are evaluated. Terms are written (escaped) by pyoxigraph.
            from claimgraph.graph.sparql_store import with_values

            sparql, substitutions = with_values(sparql, substitutions), {}
        try:
            return self._ox.query(sparql, prefixes=PREFIXES, substitutions=substitutions, **dataset)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL query: {_first_line(exc)}; fix the query at that line:column") from exc
        except RuntimeError as exc:  # e.g. a binding for a variable the query does not select
            raise QueryError(f"SPARQL query: {exc}; bound variables must appear in the SELECT clause") from exc
        except (OSError, ValueError, TypeError) as exc:
            raise QueryError(f"SPARQL query failed: {exc}") from exc

    def current_graphs(self) -> list[str]:
        """Every named graph except earlier revisions of sources: what "current data" means.

        When no earlier revision is stored, that is every graph, and `query` then uses Oxigraph's union
        default graph (one index scan) instead of a list of thousands of graphs (one scan per graph)."""
        graphs = _GraphList()
        for g in self._ox.named_graphs():
            if isinstance(g, ox.NamedNode):
                if "/rev/" in g.value:
                    graphs.everything = False
                else:
                    graphs.append(g.value)
        return graphs

    def current_scope(self) -> list[str] | None:
        """The default graph of a query of current data: None (Oxigraph's union of every named graph)
        when no earlier revision is stored, found by one index lookup, else `current_graphs()`. Listing
        every graph took 70-145 ms at 10,000 sources, more than most named queries themselves."""
        if not self._ox.query("ASK { GRAPH ?g { ?old prov:invalidatedAtTime ?gone } }", prefixes=PREFIXES):
            return None
        return self.current_graphs()

    def graphs_as_of(self, when: datetime) -> list[str]:
        """The source graphs as they were at `when`: revisions fetched by then and not yet superseded,
        plus the background and labels graphs (derived graphs describe the present and are left out)."""
        graphs = [str(BACKGROUND_GRAPH), str(LABELS_GRAPH)]  # labels are not claims: always shown
        for row in self.select(load_query("revision_times")):
            fetched, gone = _parse_time(row["fetched"]), _parse_time(row["gone"])
            if fetched is not None and fetched <= when and (gone is None or gone > when):
                graphs.append(row["g"])
        return graphs

    def select(self, sparql: str, bindings: dict | None = None, *, union_default_graph: bool = True,
               default_graphs: list[str] | None = None):
        """As `query`, with plain values: SELECT gives a list of dicts (variable -> str, int, float or
        None), ASK a bool, CONSTRUCT/DESCRIBE a list of pyoxigraph Triples."""
        result = self.query(sparql, bindings, union_default_graph=union_default_graph, default_graphs=default_graphs)
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            return [{n: to_python(solution[n]) for n in names} for solution in result]
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        return list(result)

    def _clear_graph(self, graph: str) -> None:
        """Empty a named graph WRITE_CHUNK quads per transaction: a DROP is one transaction, which Oxigraph
        holds in memory (dropping a consensus graph of 1 million quads took 1.5 GB). Callers journal first."""
        chunk = (f"DELETE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} WHERE {{ "
                 f"{{ SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} LIMIT {WRITE_CHUNK} }} }}")
        while self._ox.query(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"):
            self._update(chunk)
            self._written(WRITE_CHUNK)

    def _add(self, quads: list[ox.Quad]) -> None:
        """Insert quads in one transaction: Oxigraph's `extend` when the store is here (no SPARQL text to
        write and parse: chunks of the derived graphs went in N x faster), else INSERT DATA."""
        if isinstance(self._ox, ox.Store):
            self._write(lambda: self._ox.extend(quads))
        else:
            self._update(_insert_data(quads))
        self._written(len(quads))

    def _written(self, quads: int) -> None:
        """Count quads written; flush Oxigraph's write buffers every FLUSH_EVERY of them."""
        self._unflushed += quads
        if self._unflushed >= FLUSH_EVERY and isinstance(self._ox, ox.Store):
            self._ox.flush()
            self._unflushed = 0

    def _update(self, sparql: str) -> None:
        """One SPARQL Update: Oxigraph applies all of its operations in a single transaction."""
        self._write(lambda: self._ox.update(sparql, prefixes=PREFIXES))

    def _write(self, write) -> None:
        try:
            write()
        except (SyntaxError, OSError, ValueError) as exc:
            raise StoreError(f"store '{self.location}': write failed ({exc}); the store is unchanged") from exc

    # -- exports and statistics -------------------------------------------
    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Every quad, or those of one named graph."""
        return iter(self._ox.quads_for_pattern(None, None, None, None if graph is None else node(graph)))

    def dump(self, fmt: ox.RdfFormat, output=None, graph: str | None = None):
        """Serialise the store (or one graph) with Oxigraph; returns bytes when output is None."""
        kwargs = {"from_graph": node(graph)} if graph else {}
        try:
            return self._ox.dump(output, fmt, prefixes=SERIALIZATION_PREFIXES, **kwargs) if _supports_prefixes(fmt) \
                else self._ox.dump(output, fmt, **kwargs)
        except (OSError, ValueError) as exc:
            raise StoreError(f"store '{self.location}': dump failed ({exc})") from exc

    def stats(self) -> dict:
        """Counts of the current data: sources, entities by type, claims by kind."""
        entities = {r["type"]: r["n"] for r in self.select(load_query("stats_entities"))}
        claims = {r["kind"]: r["n"] for r in self.select(load_query("stats_claims"))}
        sources = self.select(load_query("source_count"))
        return {"sources": int(sources[0]["n"]) if sources else 0, "entities": entities, "claims": claims,
                "claims_total": sum(claims.values())}  # no quad count: `len` walks every quad (2.4 s at 10,000)


class _GraphList(list):
    """A list of graph IRIs that knows whether it holds every named graph of the store."""

    everything = True


def parse_time(text: str | None) -> datetime | None:
    """An ISO date or date-time as an aware datetime (UTC when no zone; a date means its last second)."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if len(text) == 10:  # a bare date: everything said during that day
        value = value.replace(hour=23, minute=59, second=59)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


_parse_time = parse_time


def _first_line(exc: Exception, limit: int = 160) -> str:
    """Oxigraph lists every expected token on several lines; one short line is enough to fix a query."""
    line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _supports_prefixes(fmt: ox.RdfFormat) -> bool:
    return fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG)


# -- the write lock ----------------------------------------------------------
KEEP_ROCKSDB_LOGS = 10


def _prune_rocksdb_logs(folder: Path, keep: int = KEEP_ROCKSDB_LOGS) -> None:
    """Delete all but the newest `keep` of RocksDB's rotated info logs (LOG.old.<time>): it writes one
    per open and keeps up to 1,000 (768 files in a home opened by a 10,000-article bench), and
    pyoxigraph exposes no option for it. They are diagnostics only; the writer's lock is held here."""
    old = sorted(folder.glob("LOG.old.*"), key=lambda p: p.name)
    for path in old[:-keep] if keep else old:
        with suppress(OSError):
            path.unlink()


def _acquire_lock(home: Path, timeout: float, via_server: bool = True):
    """(lock file, server info): the exclusive flock on home/store.lock and None, or, while a server
    owns the home, the flock on home/client.lock and the server's info. Polled until `timeout`; the
    holder's pid and command go to store.owner (client.owner)."""
    from claimgraph.graph.remote import running_server

    deadline = time.monotonic() + max(timeout, 0)
    told = False
    while True:
        server = running_server(home) if via_server else None
        name = "client" if server else "store"
        lock_file = open(home / f"{name}.lock", "a+")
        try:
            fcntl.flock(lock_file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            if server is None and via_server and running_server(home):  # a server started meanwhile
                lock_file.close()
                continue
            break
        except BlockingIOError:
            lock_file.close()
            if time.monotonic() >= deadline:
                raise StoreLockedError(_locked_message(home, name)) from None
            if not told:  # once, so a waiting run does not look hung
                print(f"waiting for {_holder(home, name)} to release {home} …", file=sys.stderr, flush=True)
                told = True
            time.sleep(_POLL_SECONDS)
    _write_atomic(home / f"{name}.owner", f"{os.getpid()}\n{_command_line()}\n".encode())
    return lock_file, server


def _holder(home: Path, name: str = "store") -> str:
    """"pid N (command)" of the process holding the lock, from its owner file."""
    try:
        pid, command = (home / f"{name}.owner").read_text(encoding="utf-8").split("\n", 1)
        return f"pid {pid} ({command.strip()})"
    except (OSError, ValueError):
        return "another process"


def _locked_message(home: Path, name: str = "store") -> str:
    return f"home '{home}' is in use by {_holder(home, name)}; wait for it to finish or stop it"


def _command_line() -> str:
    args = [Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python", *sys.argv[1:]]
    line = " ".join(args)
    return line if len(line) <= 120 else line[:117] + "..."


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


# -- building updates ----------------------------------------------------------
def _replace_graph_update(raw: RawDocument, previous_sha: str | None, written: GraphText) -> str:
    """DROP + INSERT DATA for a source graph; first the previous revision is moved aside and invalidated."""
    current = source_graph_iri(raw.source_id)
    steps = []
    if previous_sha:
        archive = revision_graph_iri(raw.source_id, previous_sha)
        steps += [f"MOVE SILENT GRAPH <{current}> TO <{archive}>", _invalidate(archive, raw.fetched_at)]
    steps += [f"DROP SILENT GRAPH <{current}>",
              f"DROP SILENT GRAPH <{revision_graph_iri(raw.source_id, raw.sha256)}>",
              written.data_block("INSERT"),
              _label_update(BACKGROUND_GRAPH), _label_update(current)]
    return ";\n".join(steps)


def _label_update(graph) -> str:
    """The update giving each entity of `graph` (None: of any graph) that has no label yet in the labels
    graph ONE label: the least of its skos:prefLabels there (a source graph names an entity once).
    Labels are what queries join to show an entity (`?e cg:label ?label`): one triple per entity,
    where the union of the source graphs holds one prefLabel per source naming it."""
    where = "GRAPH ?g" if graph is None else f"GRAPH <{graph}>"
    return (f"INSERT {{ GRAPH <{LABELS_GRAPH}> {{ ?e cg:label ?label }} }} WHERE {{ "
            f"{{ SELECT ?e (MIN(?x) AS ?label) WHERE {{ {where} {{ ?e skos:prefLabel ?x }} "
            f"FILTER NOT EXISTS {{ GRAPH <{LABELS_GRAPH}> {{ ?e cg:label ?any }} }} }} GROUP BY ?e }} }}")


# After graphs are dropped: the labels of entities no graph (current or earlier revision) names any more.
_PRUNE_LABELS = (f"DELETE {{ GRAPH <{LABELS_GRAPH}> {{ ?e cg:label ?label }} }} WHERE {{ "
                 f"GRAPH <{LABELS_GRAPH}> {{ ?e cg:label ?label }} FILTER NOT EXISTS {{ GRAPH ?g {{ ?e skos:prefLabel ?x }} }} }}")


def _invalidate(archive, fetched_at: str | None) -> str:
    """The update marking the revision of an archived graph superseded when the new content was fetched
    (now, when the fetch time is unknown)."""
    fetched = parse_time(fetched_at)
    now = (fetched or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(timespec="seconds")
    return (f'INSERT {{ GRAPH <{archive}> {{ ?rev prov:invalidatedAtTime "{now}"^^xsd:dateTime }} }} '
            f"WHERE {{ GRAPH <{archive}> {{ ?rev a cg:Revision }} }}")


def _insert_data(quads: list[ox.Quad]) -> str:
    """INSERT DATA with the quads grouped by graph; terms are written in N-Triples syntax by pyoxigraph."""
    return _data_block("INSERT", quads)


def _data_block(verb: str, quads: list[ox.Quad]) -> str:
    """INSERT DATA or DELETE DATA of quads grouped by graph."""
    return GraphText.of(quads).data_block(verb)


# -- terms -------------------------------------------------------------------
def to_term(value):
    """A Python or rdflib value as a pyoxigraph term, for query substitutions."""
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple)):
        return value
    if isinstance(value, URIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, RdflibLiteral):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        return ox.Literal(str(value), datatype=node(value.datatype)) if value.datatype else ox.Literal(str(value))
    if isinstance(value, (bool, int)):
        return ox.Literal(value)
    if isinstance(value, (float, Decimal)):
        return number(value if isinstance(value, float) else float(value))
    if isinstance(value, str):
        return ox.Literal(value)
    raise QueryError(f"binding {value!r}: unsupported type {type(value).__name__}; pass a str, number, bool or RDF term")


_XSD = "http://www.w3.org/2001/XMLSchema#"
_EXACT = {_XSD + t for t in ("integer", "int", "long", "short", "decimal", "nonNegativeInteger", "positiveInteger")}
_INEXACT = {_XSD + "double", _XSD + "float"}


def to_python(term):
    """A pyoxigraph term as a plain value: IRIs and strings as str, numbers as int/float, None if unbound."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if not isinstance(term, ox.Literal):
        return str(term)
    datatype = term.datatype.value
    if datatype in _EXACT:
        exact = Decimal(term.value)
        return int(exact) if exact == exact.to_integral_value() else float(exact)
    if datatype in _INEXACT:
        return float(term.value)
    if datatype == _XSD + "boolean":
        return term.value in ("true", "1")
    return term.value
