"""The benchmark behind `claimgraph bench`: every figure beside a baseline measured in the same run.

    result = run_bench(out=Path("bench"), articles=1000, workers=2)
    print(result.markdown())

Measured, in this order (so the ingest's peak memory is not inflated by the later steps):
  1. the lxml floor: parsing every generated file with lxml alone;
  2. end-to-end ingest (plain functions, `workers` processes in the extract step): articles/s, time per
     stage (fetch, select, parse + extract, load, refresh of the derived graphs), peak RSS of the
     process and its workers;
  3. a no-op re-run of the same folder, and the ingest of 1 new article into that store (in process and
     as a `claimgraph ingest --no-prefect` command), beside `python -c pass`;
  4. start-up of commands that run no flow, and whether they import Prefect;
  5. every query in graph/queries (named ones included) on the store, beside the same query on the same
     quads in an in-memory rdflib Dataset (in a child process, each query under a time limit);
  6. every export format registered in claimgraph.exports, beside networkx `write_gexf` of the entity graph;
  7. recall of the stored claims against the generator's claims;
  8. Prefect's share: the same batch (at most 1,000 articles) through the flow and through the plain
     functions, one worker each; Prefect's one-off start-up reported apart.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from claimgraph.bench.generator import generate_corpus, make_article, build_population, gazetteer_data
from claimgraph.config import BATCH_SIZE

REPEAT_UNDER = 5.0  # seconds: a store query slower than this is run once, not three times
RDFLIB_QUERY_LIMIT = 30.0  # seconds: the baseline query is reported as "> limit" past this
PREFECT_BATCH_LIMIT = 1000


@dataclass
class Row:
    """One line of the table: a measure, claimgraph's figure, the baseline's, and the goal if there is one."""

    measure: str
    value: str
    baseline: str = ""
    ratio: str = ""
    goal: str = ""
    met: str = ""


@dataclass
class BenchResult:
    articles: int
    workers: int
    rows: list[Row] = field(default_factory=list)
    figures: dict = field(default_factory=dict)

    def add(self, measure: str, value: str, baseline: str = "", ratio: str = "", goal: str = "", met=None) -> None:
        self.rows.append(Row(measure, value, baseline, ratio, goal, "" if met is None else ("yes" if met else "NO")))

    def markdown(self) -> str:
        head = (f"claimgraph bench: {self.articles} articles, {self.workers} worker(s), {os.cpu_count()} cores, "
                f"Python {sys.version.split()[0]}\n\n")
        lines = ["| measure | claimgraph | baseline (same run) | ratio | goal | met |", "|---|---|---|---|---|---|"]
        lines += [f"| {r.measure} | {r.value} | {r.baseline} | {r.ratio} | {r.goal} | {r.met} |" for r in self.rows]
        return head + "\n".join(lines) + "\n"


# -- recall ------------------------------------------------------------------------------------------
@dataclass
class Recall:
    found: Counter
    total: Counter
    extra: int
    missed: list

    @property
    def recall(self) -> float:
        return sum(self.found.values()) / max(1, sum(self.total.values()))

    @property
    def per_kind(self) -> dict:
        return {k: f"{self.found[k]}/{self.total[k]}" for k in sorted(self.total)}


def _norm(text) -> str | None:
    return None if text is None else "".join(ch for ch in str(text).casefold() if ch not in " -_/")


def claim_key(claim: dict) -> tuple:
    """What must match: kind, subject, object, benchmark and value (scores to 0.1, counts to 0.01 B)."""
    value = claim.get("value")
    if value is not None:
        value = round(float(value) / 1e9, 2) if claim["kind"] == "parameters" else round(float(value), 1)
    return claim["kind"], _norm(claim.get("subject")), _norm(claim.get("object")), _norm(claim.get("benchmark")), value


def recall_against(rows: list[dict], gold_dir: Path) -> Recall:
    """Recall of claims-table rows (with `source`) against gold/<stem>.jsonl written by the generator."""
    by_stem = defaultdict(set)
    for row in rows:
        by_stem[Path(row["source"]).stem].add(claim_key(row))
    found, total, missed, matched = Counter(), Counter(), [], 0
    for gold_file in sorted(gold_dir.glob("*.jsonl")):
        if gold_file.stem not in by_stem and not rows:
            continue
        got = by_stem.get(gold_file.stem, set())
        for line in gold_file.read_text(encoding="utf-8").splitlines():
            claim = json.loads(line)
            total[claim["kind"]] += 1
            if claim_key(claim) in got:
                found[claim["kind"]] += 1
                matched += 1
            else:
                missed.append((gold_file.stem, claim["kind"], claim["evidence"]))
    # rows of sources without gold (the bench's one-new-article files, ingested into the same store) are not extras
    extra = max(0, sum(len(v) for stem, v in by_stem.items() if (gold_dir / f"{stem}.jsonl").exists()) - matched)
    return Recall(found, total, extra, missed)


def recall_of(paths: list[Path], gold_dir: Path) -> Recall:
    """Extract the articles directly (no store) and compare with the generator's claims."""
    from claimgraph.config import Settings
    from claimgraph.extractors import claim_rows, extract, load_gazetteer
    from claimgraph.sources import fetch, parse

    gazetteer, rows = load_gazetteer(), []
    for path in paths:
        raw = fetch(str(path), Settings())
        rows += claim_rows(raw.source_id, extract(parse(raw), gazetteer))
    gold = gold_dir
    if len(paths) != len(list(gold_dir.glob("*.jsonl"))):  # only the gold files of these articles
        gold = gold_dir.parent / "gold-subset"
        gold.mkdir(exist_ok=True)
        for path in paths:
            shutil.copy(gold_dir / f"{path.stem}.jsonl", gold)
    return recall_against(rows, gold)


# -- measuring -----------------------------------------------------------------------------------------
class PeakRss:
    """Samples the RSS of this process plus its children every 50 ms; `peak` in bytes."""

    def __init__(self):
        import psutil

        self._proc, self.peak, self._stop = psutil.Process(), 0, threading.Event()

    def _total(self) -> int:
        import psutil

        total = self._proc.memory_info().rss
        for child in self._proc.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._total())
            self._stop.wait(0.05)

    def __enter__(self) -> "PeakRss":
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._total())


@contextmanager
def timed(figures: dict, name: str):
    start = time.perf_counter()
    yield
    figures[name] = figures.get(name, 0.0) + time.perf_counter() - start


EXTRACT_STAGE = "parse + extract (waited for)"


def timed_steps(base, times: dict):
    """The pipeline's steps, each adding its wall time to times[step]. An extract step that returns a
    future (a process pool's, as the CLI runs it) adds the time the run waited for its result."""
    from claimgraph.flows.pipeline import Steps

    def wrap(name, fn):
        def step(*args, **kwargs):
            with timed(times, name):
                return fn(*args, **kwargs)
        return step

    def extract(*args, **kwargs):
        with timed(times, EXTRACT_STAGE):
            result = base.extract(*args, **kwargs)
        return _WaitTimed(result, times) if hasattr(result, "result") else result
    return Steps(fetch=wrap("fetch", base.fetch), select=wrap("select", base.select), extract=extract,
                 load=wrap("load", base.load))


class _WaitTimed:
    """A future whose `result()` adds the time waited to times[EXTRACT_STAGE]."""

    def __init__(self, future, times: dict):
        self.future, self.times = future, times

    def result(self):
        with timed(self.times, EXTRACT_STAGE):
            return self.future.result()

    def cancel(self):
        return self.future.cancel()


@contextmanager
def timed_refresh(times: dict):
    """Time Store.refresh_derived (called by the load step) apart from the writes."""
    from claimgraph.graph.store import Store

    original = Store.refresh_derived

    def refresh(self):
        with timed(times, "refresh derived"):
            return original(self)
    Store.refresh_derived = refresh
    try:
        yield
    finally:
        Store.refresh_derived = original


# -- the stages ---------------------------------------------------------------------------------------------
def lxml_floor(paths: list[Path]) -> float:
    """Seconds to read and parse every file with lxml.html alone: the floor under any ingest."""
    import lxml.html

    start = time.perf_counter()
    for path in paths:
        data = path.read_bytes()
        lxml.html.document_fromstring(data if path.suffix == ".html" else b"<pre>" + data + b"</pre>")
    return time.perf_counter() - start


def ingest_plain(folder: Path, home: Path, workers: int, batch_size: int, times: dict | None = None):
    """One plain ingest run of a folder; returns (report, seconds, peak RSS bytes)."""
    from claimgraph.config import load_settings
    from claimgraph.flows.parallel import ProcessExtract
    from claimgraph.flows.pipeline import Steps, ingest

    times = {} if times is None else times
    settings = load_settings(home)
    # as the CLI runs it: batch k+1 extracts on the pool while batch k loads ("parse + extract" is then
    # the time the run waited for extraction, not the extraction's own CPU time)
    with ProcessExtract(workers) as pool, PeakRss() as rss, timed_refresh(times):
        start = time.perf_counter()
        report = ingest([str(folder)], home, settings, batch_size=batch_size,
                        steps=timed_steps(Steps(extract=pool), times))
        seconds = time.perf_counter() - start
    return report, seconds, rss.peak


def command_seconds(args: list[str], env: dict | None = None, repeat: int = 3) -> float:
    """Best wall time of a command over `repeat` runs."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, capture_output=True, env=env, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def query_files() -> list[Path]:
    from claimgraph.graph.store import QUERIES

    return sorted(QUERIES.glob("*.rq")) + sorted(QUERIES.glob("named/*.rq"))


_TYPICAL = {  # how the bench binds a named query's parameter: a typical lookup (the busiest entity)
    "model": "SELECT ?v (COUNT(?c) AS ?n) WHERE { ?c cg:subject ?v . ?v a cg:Model } GROUP BY ?v ORDER BY DESC(?n) LIMIT 1",
    "region": "SELECT ?v (COUNT(?c) AS ?n) WHERE { ?c cg:object ?v . ?v a cg:Region } GROUP BY ?v ORDER BY DESC(?n) LIMIT 1",
    "lab": "SELECT ?v (COUNT(?c) AS ?n) WHERE { ?c cg:object ?v . ?v a cg:Lab } GROUP BY ?v ORDER BY DESC(?n) LIMIT 1",
    "claim": "SELECT ?v WHERE { ?v a cg:ScoreClaim } LIMIT 1",
    "source": "SELECT ?v WHERE { ?s a cg:Source ; dcterms:identifier ?v } LIMIT 1",
}


def typical_bindings(store) -> dict[str, dict]:
    """For each named query, its parameters bound as a user would ask (model=the most-claimed model,
    claim=a score claim, ...): {query name: {param: pyoxigraph term}}; string filters stay unbound."""
    from claimgraph.graph.named import named_queries

    picked = {}
    for key, text in _TYPICAL.items():
        rows = list(store.query(text))
        picked[key] = rows[0]["v"] if rows else None
    out = {}
    for q in named_queries():
        chosen = {}
        for p in q.params:
            value = picked.get(p.type if p.type in picked else p.name)
            if value is not None and (p.type != "string" or p.name == "source"):
                chosen[p.name] = value
        out[f"named/{q.name}"] = chosen
    return out


def time_store_queries(home: Path, bindings: dict[str, dict] | None = None) -> dict[str, tuple[float, float, int]]:
    """Each query on the store as the CLI runs it (current graphs): (first run s, best of 3 s, rows).
    Named queries run with `bindings` (typical_bindings); the others whole, and once when that takes
    over REPEAT_UNDER seconds (at 10,000 articles three runs of each were a quarter of an hour)."""
    from claimgraph.graph import open_store

    out = {}
    with open_store(home) as store:
        for path in query_files():
            if path.stem.startswith("derived_"):
                continue  # templates filled by graph/derived.py, not runnable alone
            text, runs, count = path.read_text(encoding="utf-8"), [], 0
            bound = (bindings or {}).get(_query_name(path), {})
            for _ in range(3):
                start = time.perf_counter()
                try:
                    count = _consume(store.query(text, bound, default_graphs=store.current_scope()))
                except Exception as exc:  # a query needing a binding: report, do not stop the bench
                    count = f"error: {type(exc).__name__}"
                runs.append(time.perf_counter() - start)
                if runs[-1] > REPEAT_UNDER:
                    break
            out[_query_name(path)] = (runs[0], min(runs), count)
        store.close(refresh=False)
    return out


def _consume(result) -> int:
    try:
        return sum(1 for _ in result)
    except TypeError:
        return 1


def _query_name(path: Path) -> str:
    return ("named/" if path.parent.name == "named" else "") + path.stem


def _rdflib_child(nquads: str, names: list[str], texts: list[str], conn, bindings: dict | None = None,
                  limit: float = RDFLIB_QUERY_LIMIT) -> None:
    """Load the quads once, then run each query in a forked copy of this process, killed past `limit`
    (a restart per slow query reloaded 4.7 million quads each time at 10,000 articles)."""
    import rdflib

    start = time.perf_counter()
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(nquads, format="nquads")
    conn.send(("load", time.perf_counter() - start, len(dataset)))
    fork = mp.get_context("fork")
    for name, text in zip(names, texts):
        bound = {rdflib.Variable(k): (rdflib.URIRef(v[1]) if v[0] == "iri" else rdflib.Literal(v[1]))
                 for k, v in (bindings or {}).get(name, {}).items()}
        mine, theirs = fork.Pipe()
        proc = fork.Process(target=_rdflib_query, args=(dataset, text, bound, theirs))
        proc.start()
        seconds, count = (mine.recv() if mine.poll(limit) else (None, None))
        proc.kill()
        proc.join()
        conn.send((name, seconds, count))
    conn.send(("done", 0, 0))


def _rdflib_query(dataset, text: str, bound: dict, conn) -> None:
    from claimgraph.graph.vocab import PREFIXES

    start = time.perf_counter()
    try:
        count = sum(1 for _ in dataset.query(text, initNs=PREFIXES, initBindings=bound))
    except Exception as exc:
        count = f"error: {type(exc).__name__}"
    conn.send((time.perf_counter() - start, count))


def time_rdflib_queries(nquads: Path, limit: float = RDFLIB_QUERY_LIMIT, bindings: dict | None = None) -> tuple[dict, float]:
    """Each named query (the ones with a goal) on the same quads in an in-memory rdflib Dataset (union
    default graph), with the same `bindings`, in a child process; a query past `limit` is None.
    Returns ({name: seconds or None}, load seconds)."""
    import pyoxigraph as ox

    plain = {name: {k: ("iri", v.value) if isinstance(v, ox.NamedNode) else ("literal", v.value) for k, v in b.items()}
             for name, b in (bindings or {}).items()}
    files = [p for p in query_files() if p.parent.name == "named"]
    names, texts = [_query_name(p) for p in files], [p.read_text(encoding="utf-8") for p in files]
    parent, child = mp.get_context("spawn").Pipe()
    proc = mp.get_context("spawn").Process(target=_rdflib_child, args=(str(nquads), names, texts, child, plain, limit))
    proc.start()
    results, load_seconds = {n: None for n in names}, float("inf")
    try:
        if parent.poll(3600):
            _tag, load_seconds, _size = parent.recv()
            while parent.poll(limit + 60):
                name, seconds, _count = parent.recv()
                if name == "done":
                    break
                results[name] = seconds
    finally:
        proc.kill()
        proc.join()
    return results, load_seconds


def time_exports(home: Path, folder: Path) -> tuple[dict, float, int]:
    """Each registered export format written to a file: {what/format: seconds}; and write_gexf of the
    entity graph with networkx (the baseline) and its size in edges."""
    import networkx as nx

    from claimgraph.exports import FORMATS, export
    from claimgraph.exports.network import entity_graph
    from claimgraph.graph import open_store

    folder.mkdir(parents=True, exist_ok=True)
    times = {}
    with open_store(home) as store:
        for what, fmt in FORMATS:
            start = time.perf_counter()
            try:
                export(store, what, fmt, folder / f"{what}.{fmt}")
                times[f"{what}/{fmt}"] = time.perf_counter() - start
            except Exception as exc:
                times[f"{what}/{fmt}"] = f"error: {type(exc).__name__}: {exc}"[:80]
        graph = entity_graph(store)
        store.close(refresh=False)
    plain = nx.MultiDiGraph()  # write_gexf refuses None attribute values: drop them, outside the timing
    plain.add_nodes_from((n, {k: v for k, v in d.items() if v is not None}) for n, d in graph.nodes(data=True))
    plain.add_edges_from((u, v, k, {a: b for a, b in d.items() if b is not None}) for u, v, k, d in graph.edges(keys=True, data=True))
    start = time.perf_counter()
    nx.write_gexf(plain, folder / "networkx-baseline.gexf")
    return times, time.perf_counter() - start, plain.number_of_edges()


def prefect_share(folder: Path, out: Path, batch_size: int) -> dict:
    """The same folder through the Prefect flow and through the plain functions (one worker each, fresh
    homes); Prefect's start-up (import + first trivial flow run) measured apart."""
    from claimgraph.config import load_settings
    from claimgraph.flows.prefect_env import configure_prefect

    plain_home, flow_home = out / "home-plain-1w", out / "home-flow"
    for h in (plain_home, flow_home):
        shutil.rmtree(h, ignore_errors=True)
    _, plain_seconds, _ = ingest_plain(folder, plain_home, 1, batch_size)
    # a busy 2-core machine can take longer than Prefect's 20 s default to start the ephemeral server
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    configure_prefect(out / "prefect-home-owner")
    start = time.perf_counter()
    from prefect import flow

    @flow(name="bench-warm-up")
    def warm_up() -> int:
        return 1

    warm_up()
    startup = time.perf_counter() - start
    from claimgraph.flows.ingest import ingest_flow

    start = time.perf_counter()
    ingest_flow([str(folder)], str(flow_home), load_settings(flow_home), batch_size=batch_size)
    flow_seconds = time.perf_counter() - start
    return {"plain": plain_seconds, "flow": flow_seconds, "startup": startup}


# -- the run ------------------------------------------------------------------------------------------------
def run_bench(out: Path, articles: int, workers: int | None = None, batch_size: int = BATCH_SIZE, seed: int = 7,
              prefect: bool = True, rdflib_baseline: bool = True, echo=print) -> BenchResult:
    """Generate `articles` articles under `out`, run every measurement, return the table.

    Args:
        out: working folder (corpus, homes, exports); reused corpora are regenerated only when missing.
        articles: corpus size.
        workers: processes in the extract step (default: every core).
        batch_size: sources per batch.
        seed: corpus seed.
        prefect: also measure the Prefect flow (starts Prefect's ephemeral server).
        rdflib_baseline: also run the queries on rdflib (slow at 10,000 articles).
        echo: progress lines.
    Returns:
        The result; `markdown()` is the table.
    """
    workers = workers or os.cpu_count() or 1
    result = BenchResult(articles, workers)
    f = result.figures
    corpus = out / f"corpus-{articles}-{seed}"
    if not (corpus / "done").exists():
        echo(f"generating {articles} articles under {corpus}")
        shutil.rmtree(corpus, ignore_errors=True)
        with timed(f, "generate"):
            generate_corpus(corpus, articles, seed)
        (corpus / "done").write_text("ok")
    paths = sorted((corpus / "articles").iterdir())
    home = out / f"home-{articles}"
    shutil.rmtree(home, ignore_errors=True)

    echo("lxml floor")
    f["lxml"] = min(lxml_floor(paths) for _ in range(2))
    echo(f"end-to-end ingest ({workers} workers)")
    stages: dict = {}
    report, f["ingest"], f["peak_rss"] = ingest_plain(corpus / "articles", home, workers, batch_size, stages)
    f["stages"], f["failed"] = stages, report.count("failed")
    f["ru_maxrss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    ratio = f["ingest"] / f["lxml"]
    result.add("end-to-end ingest", f"{f['ingest']:.1f} s, {articles / f['ingest']:.0f} articles/s ({f['failed']} failed)",
               f"lxml parse only: {f['lxml']:.2f} s, {articles / f['lxml']:.0f} articles/s", f"{ratio:.1f}x",
               "<= 3x lxml", ratio <= 3)
    for stage, seconds in stages.items():
        result.add(f"  stage: {stage}", f"{seconds:.1f} s ({100 * seconds / f['ingest']:.0f} %)")
    rss_mib = f["peak_rss"] / 2**20
    result.add("peak RSS during ingest (process + workers)", f"{rss_mib:.0f} MiB", "", "",
               "< 1 GiB at 10,000", rss_mib < 1024 if articles >= 10_000 else None)

    echo("no-op re-run")
    _, f["noop"], _ = ingest_plain(corpus / "articles", home, 1, batch_size)
    share = f["noop"] / f["ingest"]
    result.add("no-op re-run", f"{f['noop']:.2f} s", f"first run: {f['ingest']:.1f} s", f"{100 * share:.1f} %",
               "< 2 % of first run", share < 0.02)

    echo("one new article")
    one = f["one"] = one_new_article(out, corpus, home, articles, seed, with_server=prefect)
    f["python"] = one["python"]
    python = f"`python -c pass`: {f['python']:.2f} s"
    result.add("ingest 1 new article into this store (in process)", f"{one['in_process']:.2f} s")
    result.add("  as `claimgraph ingest --no-prefect FILE` (wall)", f"{one['cli']:.2f} s", python)
    if "cli_server" in one:
        result.add("  as `claimgraph ingest FILE` with a Prefect server running (wall; auto: plain, < 10 sources)",
                   f"{one['cli_server']:.2f} s", python, "", "< 2 s", one["cli_server"] < 2)
        result.add("  as `claimgraph ingest --prefect FILE`: a flow run on that server (wall)",
                   f"{one['cli_server_flow']:.2f} s", python)
    for label, args in (("`claimgraph --help`", ["--help"]), ("`claimgraph stats` on this store", ["stats"]),
                        ("`claimgraph query 'ASK {}'`", ["query", "ASK {}"])):
        seconds = command_seconds([_cli(), "--home", str(home), *args])
        result.add(f"start-up: {label}", f"{seconds:.2f} s", f"`python -c pass`: {f['python']:.2f} s", "",
                   "< 0.5 s (no flow)" if "stats" not in label else "", seconds < 0.5 if "stats" not in label else None)
    result.add("commands that run no flow import Prefect", "yes" if prefect_imported_by_cli() else "no", "", "",
               "no", not prefect_imported_by_cli())

    echo("queries")
    from claimgraph.graph import open_store

    with open_store(home) as store:
        bindings = typical_bindings(store)
        store.close(refresh=False)
    store_q = time_store_queries(home, bindings)
    rdflib_q, rdflib_load = ({}, 0.0)
    if rdflib_baseline:
        nquads = out / f"dump-{articles}.nq"
        from claimgraph.exports import export
        from claimgraph.graph import open_store

        with open_store(home) as store:
            export(store, "rdf", "nquads", nquads)
            store.close(refresh=False)
        rdflib_q, rdflib_load = time_rdflib_queries(nquads, bindings=bindings)
        nquads.unlink()
    f["queries"], f["rdflib_queries"], f["rdflib_load"] = store_q, rdflib_q, rdflib_load
    result.add("rdflib baseline: load the same quads", "", f"{rdflib_load:.1f} s")
    for name, (first, best, rows) in store_q.items():
        base = rdflib_q.get(name, "n/a")  # internal queries have no baseline: the goal is the named ones'
        base_text = ("not run" if not rdflib_baseline or base == "n/a" else
                     f"> {RDFLIB_QUERY_LIMIT:.0f} s" if base is None else f"{1000 * base:.0f} ms")
        speedup = "" if not isinstance(base, float) else f"{base / max(best, 1e-6):.0f}x faster"
        if base is None:
            speedup = f"> {RDFLIB_QUERY_LIMIT / max(best, 1e-6):.0f}x faster"
        met = best < 0.1 and (base is None or (isinstance(base, float) and base >= 5 * best)) if rdflib_baseline else best < 0.1
        named = name.startswith("named/")  # the goal is for the named queries (lookups); the others are internal
        bound = ", ".join(f"{k}={_short(v)}" for k, v in bindings.get(name, {}).items())
        result.add(f"query {name}{f' [{bound}]' if bound else ''} ({rows} rows)",
                   f"{1000 * best:.0f} ms (first {1000 * first:.0f} ms)", base_text, speedup,
                   "< 100 ms, >= 5x rdflib" if named else "", met if named else None)

    echo("exports")
    exports, nx_seconds, edges = time_exports(home, out / f"exports-{articles}")
    f["exports"], f["nx_gexf"] = exports, nx_seconds
    for name, seconds in exports.items():
        value = f"{seconds:.2f} s" if isinstance(seconds, float) else seconds
        ratio = f"{seconds / nx_seconds:.1f}x" if isinstance(seconds, float) else ""
        result.add(f"export {name}", value, f"networkx write_gexf ({edges} edges): {nx_seconds:.2f} s", ratio)

    echo("recall")
    from claimgraph.graph import open_store
    from claimgraph.graph.claims import claims_table

    with open_store(home) as store:
        rows = claims_table(store)
        store.close(refresh=False)
    rec = recall_against(rows, corpus / "gold")
    f["recall"], f["recall_per_kind"], f["missed"] = rec.recall, rec.per_kind, rec.missed[:20]
    result.add("recall vs generated claims", f"{rec.recall:.4f} ({sum(rec.found.values())}/{sum(rec.total.values())}); "
               + ", ".join(f"{k} {v}" for k, v in rec.per_kind.items()), f"{rec.extra} claims not in the generated set",
               "", ">= 0.98", rec.recall >= 0.98)

    if prefect:
        n = min(articles, PREFECT_BATCH_LIMIT)
        echo(f"Prefect share on {n} articles")
        subset = corpus / f"subset-{n}"
        if not subset.exists():
            subset.mkdir()
            for path in paths[:n]:
                os.link(path, subset / path.name)
        try:
            p = prefect_share(subset, out, batch_size)
        except Exception as exc:  # the table measured so far is still worth printing
            result.add(f"Prefect flow, {n} articles", f"failed: {type(exc).__name__}: {exc}"[:120])
            return result
        f["prefect"] = p
        extra = p["flow"] / p["plain"] - 1
        result.add(f"Prefect flow, {n} articles (1 worker)", f"{p['flow']:.1f} s",
                   f"plain functions, 1 worker: {p['plain']:.1f} s", f"+{100 * extra:.0f} %", "<= +25 %", extra <= 0.25)
        result.add("  Prefect one-off start-up (import + first flow run), apart", f"{p['startup']:.1f} s")
    return result


def _short(term) -> str:
    return term.value.rsplit("/", 1)[-1] if hasattr(term, "value") else str(term)


def one_new_article(out: Path, corpus: Path, home: Path, articles: int, seed: int, with_server: bool = True) -> dict:
    """Ingest articles the store has not seen, one per run: in process, by the CLI without Prefect,
    and, with `with_server`, by the CLI while a Prefect server runs (auto: plain for a small run; then
    --prefect: a flow run on that server). Returns seconds by measure, and `python -c pass`'s."""
    import random

    from claimgraph.config import load_settings
    from claimgraph.flows.pipeline import ingest

    population = build_population(random.Random(seed), gazetteer_data())
    folder = out / f"new-{articles}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    files = []
    for index in range(articles + 1, articles + 5):
        article = make_article(random.Random(f"{seed}/new/{index}"), index, population, gazetteer_data())
        path = folder / article.name
        path.write_text(article.content, encoding="utf-8")
        files.append(path)
    out_figures = {}
    start = time.perf_counter()
    ingest([str(files[0])], home, load_settings(home))
    out_figures["in_process"] = time.perf_counter() - start

    def cli(name: str, path: Path, *options: str, env: dict | None = None) -> None:
        start = time.perf_counter()
        subprocess.run([_cli(), "--home", str(home), "ingest", *options, str(path)], capture_output=True, check=False,
                       env=env)
        out_figures[name] = time.perf_counter() - start

    cli("cli", files[1], "--no-prefect")
    if with_server:
        from claimgraph.flows.schedule import start_server, stop_server

        server_home = out / "prefect-server"
        process, api_url = start_server(server_home)
        try:
            env = {**os.environ, "PREFECT_API_URL": api_url, "PREFECT_HOME": str(server_home / "prefect")}
            cli("cli_server", files[2], env=env)
            cli("cli_server_flow", files[3], "--prefect", "--workers", "1", env=env)
        finally:
            stop_server(process)
    out_figures["python"] = command_seconds([sys.executable, "-c", "pass"])
    return out_figures


def prefect_imported_by_cli() -> bool:
    """Whether loading the CLI and running a no-flow command's import path pulls in Prefect."""
    code = ("import sys, claimgraph.cli as c, importlib\n"
            "[importlib.import_module(f'claimgraph.cli.{m}') for m in c.COMMAND_MODULES]\n"
            "import claimgraph.graph, claimgraph.exports\n"
            "print('prefect' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    return out.stdout.strip() != "False"


def _cli() -> str:
    return str(Path(sys.executable).with_name("claimgraph"))


def save(result: BenchResult, out: Path) -> Path:
    """Write the table (bench-N.md) and the raw figures (bench-N.json) under out."""
    out.mkdir(parents=True, exist_ok=True)
    (out / f"bench-{result.articles}.json").write_text(json.dumps(result.figures, indent=1, default=str))
    path = out / f"bench-{result.articles}.md"
    path.write_text(result.markdown())
    return path
