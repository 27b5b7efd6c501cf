"""The graph kept in an external SPARQL 1.1 store (Virtuoso, Fuseki, GraphDB, QLever, ...).

`SparqlOx` stands in for the `pyoxigraph.Store` inside `store.Store`, as `remote.RemoteOx` does for a
running `claimgraph serve`: the same calls (query, update, named_graphs, quads_for_pattern, dump, ...)
become SPARQL 1.1 Protocol, Update and Graph Store Protocol requests, so put_source, refresh_derived,
the claims table, the named queries and the exports work unchanged. Selected with

    CLAIMGRAPH_STORE=sparql+http://HOST:PORT/PATH[?update=PATH&gsp=PATH&graph_param=NAME]

PATH answers queries; `update` (default: PATH) takes SPARQL Update; `gsp` is the Graph Store Protocol
endpoint (without it, graphs are replaced with one DROP + INSERT DATA request); `graph_param` names
its graph parameter (`graph`; Virtuoso: `graph-uri`). Credentials: CLAIMGRAPH_STORE_USER and
CLAIMGRAPH_STORE_PASSWORD (Basic or Digest, as the server asks), or CLAIMGRAPH_STORE_TOKEN (Bearer).

What Oxigraph gives for free is reproduced explicitly:
* the dataset: the default graph of a query is the union of claimgraph's graphs (or the graphs asked
  for) and GRAPH patterns see claimgraph's graphs, sent as `default-graph-uri` / `named-graph-uri`,
  so other data in the store is never mixed in;
* bindings: a VALUES block of RDF terms in N-Triples syntax (pyoxigraph escapes them) at the start of
  the query's WHERE group, never user text pasted into the query;
* whole graphs only: a Graph Store Protocol PUT is one request but not one transaction everywhere
  (Virtuoso clears the graph, commits, then loads and commits in pieces: a reader once saw 388 of 5,050
  triples), so every multi-request write is bracketed by a write intent in the graph `WRITES_GRAPH`
  (`<g> cg:writeToken "new token"; cg:writing "start"`, cleared when done) and `query` is
  optimistic: it waits while a graph is being written, runs, and runs again if a write began
  meanwhile. A write intent older than ABANDONED_AFTER seconds was left by
  a killed run: that half-written graph is left out of the query's dataset, with a warning, and its
  source looks absent to `Store.source_state`, so the next ingest rewrites it.
"""
from __future__ import annotations

import logging
import os
import re
import time
import uuid
from contextlib import suppress
from datetime import datetime, timezone
from urllib.parse import parse_qs, urljoin, urlsplit, urlunsplit

import pyoxigraph as ox

from claimgraph.graph.vocab import (
    BACKGROUND_GRAPH, CG, CONSENSUS_GRAPH, DISAGREEMENTS_GRAPH, GRAPH, LABELS_GRAPH, WRITES_GRAPH,
)

log = logging.getLogger(__name__)

SCHEME = "sparql+"
EMPTY_GRAPH = "urn:x-claimgraph:empty"  # a default graph that holds nothing (no union wanted)
INSERT_CHUNK = 1_000  # triples per INSERT DATA request (Virtuoso fails on much larger ones)
PUT_CHUNK = 100_000  # lines per Graph Store Protocol request (measured fast on Virtuoso)
FAILED = "1970-01-01T00:00:00Z"  # the start time recorded for a write that failed: abandoned at once
ABANDONED_AFTER = 120.0  # seconds: a write intent this old was left by a killed run (one PUT takes < 1 s)
_RESULTS_JSON = "application/sparql-results+json"
_WRITE_STATE = f"SELECT ?g ?p ?o WHERE {{ GRAPH <{WRITES_GRAPH}> {{ ?g ?p ?o }} }}"
_OUR_GRAPHS = f"""SELECT DISTINCT ?g WHERE {{
  {{ GRAPH ?g {{ ?src <https://w3id.org/claimgraph/ns#revision> ?rev }} }}
  UNION {{ VALUES ?g {{ <{BACKGROUND_GRAPH}> <{DISAGREEMENTS_GRAPH}> <{CONSENSUS_GRAPH}> <{LABELS_GRAPH}> }} FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }}
  FILTER (STRSTARTS(STR(?g), "{GRAPH}"))
}}"""
_SKIPPED = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')


def is_sparql_url(url: str | None) -> bool:
    """True for a `sparql+http://` or `sparql+https://` store URL."""
    return bool(url) and url.startswith((SCHEME + "http://", SCHEME + "https://"))


def store_url(settings=None) -> str | None:
    """The external store URL: $CLAIMGRAPH_STORE, else the `store` setting, else None (embedded Oxigraph)."""
    return os.environ.get("CLAIMGRAPH_STORE") or getattr(settings, "store", None) or None


def redact(url: str) -> str:
    """The URL without a password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")))


class SparqlOx:
    """The subset of pyoxigraph.Store that claimgraph uses, over a SPARQL 1.1 store's HTTP endpoints."""

    def __init__(self, url: str, timeout: float = 600.0):
        import httpx  # only when an external store is used

        parts = urlsplit(url.removeprefix(SCHEME))
        options = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        base = urlunsplit((parts.scheme, f"{parts.hostname}" + (f":{parts.port}" if parts.port else ""),
                           parts.path or "/", "", ""))
        self.url = redact(url)
        self.query_url = base
        self.update_url = urljoin(base, options.get("update", parts.path or "/"))
        self.gsp_url = urljoin(base, options["gsp"]) if options.get("gsp") else None
        self.graph_param = options.get("graph_param", "graph")
        user = os.environ.get("CLAIMGRAPH_STORE_USER") or parts.username
        password = os.environ.get("CLAIMGRAPH_STORE_PASSWORD") or parts.password
        token = os.environ.get("CLAIMGRAPH_STORE_TOKEN")
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        auth = _ChallengeAuth(user, password or "") if user else None
        self._http = httpx.Client(auth=auth, headers=headers, timeout=timeout)
        self._httpx = httpx

    # -- the pyoxigraph.Store calls --------------------------------------------
    def query(self, sparql, *, prefixes=None, substitutions=None, use_default_graph_as_union=False, default_graph=None):
        """Run a query over claimgraph's graphs, never over a graph caught in the middle of a write.

        Optimistic: wait while a write is under way, run, and run again if a write began meanwhile. Every
        graph counts, not only the query's dataset, because Virtuoso reads a graph the query names (GRAPH
        <g>, or VALUES ?g) even when it is not among the `named-graph-uri`s (measured).
        """
        text = with_values(with_prefixes(sparql, prefixes), substitutions or {})
        deadline = time.monotonic() + ABANDONED_AFTER
        while time.monotonic() < deadline:
            before = self._write_state()
            if any(started and not _abandoned(started) for _, started in before.values()):
                time.sleep(0.05)
                continue
            left_out = {g for g, (_, started) in before.items() if started}
            every = self.our_graphs()
            ours = [g for g in every if g not in left_out]
            if default_graph is not None:
                defaults = [g.value for g in default_graph if isinstance(g, ox.NamedNode) and g.value not in left_out]
            else:
                defaults = ours if use_default_graph_as_union else []
            for graph in sorted(left_out & set(every)):
                _warn_abandoned(self.url, graph, before[graph][1])
            result = self._select(text, defaults or [EMPTY_GRAPH], ours or [EMPTY_GRAPH])
            if self._write_state() == before:
                return result
        raise OSError(f"SPARQL store {self.url}: claimgraph's graphs kept being rewritten for {ABANDONED_AFTER:.0f} s "
                      "while this query ran; run it again when the ingest writing them has finished")

    def half_written(self, graph: str) -> bool:
        """Whether a write of `graph` failed or was killed midway (what it holds is unknown)."""
        started = self._write_state().get(graph, (None, None))[1]
        return bool(started) and _abandoned(started)

    def update(self, sparql, *, prefixes=None) -> None:
        self._post(self.update_url, {"update": with_prefixes(sparql, prefixes)})

    def named_graphs(self):
        return [ox.NamedNode(g) for g in self.our_graphs()]

    def contains_named_graph(self, graph) -> bool:
        return str(graph).strip("<>") in self.our_graphs()

    def quads_for_pattern(self, s=None, p=None, o=None, g=None):
        graphs = self.our_graphs() if g is None else [g.value]
        quads = []
        for graph in graphs:
            quads += [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph)) for t in self.graph_triples(graph)
                      if (s is None or t.subject == s) and (p is None or t.predicate == p) and (o is None or t.object == o)]
        return quads

    def dump(self, output, fmt, *, prefixes=None, from_graph=None):
        quads = self.quads_for_pattern(g=from_graph)
        data = [q.triple for q in quads] if from_graph is not None else quads
        kwargs = {"prefixes": prefixes} if prefixes else {}
        return ox.serialize(data, output, fmt, **kwargs)

    def flush(self) -> None:
        """Nothing to flush: every request is committed by the store when it answers."""

    def __len__(self) -> int:
        rows = self._select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", [EMPTY_GRAPH],
                            self.our_graphs() or [EMPTY_GRAPH])
        return int(next(iter(rows))["n"].value)

    # -- what the embedded store does not need -----------------------------------
    def our_graphs(self) -> list[str]:
        """claimgraph's named graphs in the store: source graphs (current and earlier revisions) and derived ones."""
        return sorted(s["g"].value for s in self._select(_OUR_GRAPHS, None, None))

    def _write_state(self) -> dict[str, tuple[str | None, str | None]]:
        """graph -> (token of its last write, start time of the write under way or None)."""
        state: dict[str, list] = {}
        for row in self._select(_WRITE_STATE, None, None):
            slot = state.setdefault(row["g"].value, [None, None])
            if row["p"].value == str(CG.writeToken):
                slot[0] = row["o"].value
            elif row["p"].value == str(CG.writing):
                slot[1] = row["o"].value
        return {g: tuple(slot) for g, slot in state.items()}

    def _begin_write(self, graph: str, started: str | None = None) -> None:
        now = started or datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
        self.update(f"{_forget_write(graph)} ;\nINSERT DATA {{ GRAPH <{WRITES_GRAPH}> {{ <{graph}> "
                    f"<{CG.writeToken}> \"{uuid.uuid4().hex}\" ; <{CG.writing}> \"{now}\" }} }}")

    def _end_write(self, graph: str) -> None:
        self.update(f"DELETE {{ GRAPH <{WRITES_GRAPH}> {{ <{graph}> <{CG.writing}> ?t }} }} "
                    f"WHERE {{ GRAPH <{WRITES_GRAPH}> {{ <{graph}> <{CG.writing}> ?t }} }}")

    def graph_triples(self, graph: str) -> list[ox.Triple]:
        """The triples of one graph (Graph Store Protocol GET, else a CONSTRUCT)."""
        if self.gsp_url:
            response = self._send("GET", self.gsp_url, params={self.graph_param: graph},
                                  headers={"Accept": "application/n-triples, text/turtle;q=0.9"})
            if response.status_code == 404:
                return []
            return list(ox.parse(response.content, format=_rdf_format(response, ox.RdfFormat.TURTLE)))
        return list(self._select("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", [EMPTY_GRAPH], [graph]))

    def put_graph(self, graph: str, quads: list[ox.Quad]) -> None:
        """Replace one named graph by the triples of `quads`: a Graph Store Protocol PUT (then POSTs for
        graphs beyond PUT_CHUNK triples) inside a write intent, so `query` never reads it half-written.
        Without a Graph Store Protocol endpoint: one DROP + INSERT DATA request (one transaction)."""
        triples = [q.triple for q in quads]
        if self.gsp_url is None:
            from claimgraph.graph.store import _insert_data
            self.update(f"DROP SILENT GRAPH <{graph}> ;\n" + _insert_data(quads))
            return
        self._begin_write(graph)
        try:
            for start in range(0, max(len(triples), 1), PUT_CHUNK):
                body = ox.serialize(triples[start:start + PUT_CHUNK], format=ox.RdfFormat.N_TRIPLES)
                self._send("PUT" if start == 0 else "POST", self.gsp_url, params={self.graph_param: graph},
                           content=body, headers={"Content-Type": "text/turtle"})  # N-Triples is Turtle
        except BaseException:
            with suppress(OSError):  # what the graph holds now is unknown: left out of queries until rewritten
                self._begin_write(graph, started=FAILED)
            raise
        self._end_write(graph)

    def add_quads(self, quads: list[ox.Quad]) -> None:
        """Add quads with INSERT DATA requests of INSERT_CHUNK triples."""
        from claimgraph.graph.store import _insert_data
        for start in range(0, len(quads), INSERT_CHUNK):
            self.update(_insert_data(quads[start:start + INSERT_CHUNK]))

    def close(self) -> None:
        self._http.close()

    # -- HTTP ------------------------------------------------------------------
    def _select(self, text: str, defaults, named):
        form = query_form(text)
        graph_result = form in ("CONSTRUCT", "DESCRIBE")
        data = {"query": text}
        if defaults is not None:
            data["default-graph-uri"], data["named-graph-uri"] = defaults, named
        accept = "application/n-triples, text/turtle;q=0.9" if graph_result else _RESULTS_JSON
        response = self._post(self.query_url, data, accept)
        capped = response.headers.get("x-sparql-maxrows")
        if capped:
            raise OSError(f"SPARQL store {self.url} cut the result at {capped} rows; raise its row limit "
                          "(Virtuoso: ResultSetMaxRows in [SPARQL] of virtuoso.ini)")
        if graph_result:
            return [q.triple for q in ox.parse(response.content, format=_rdf_format(response, ox.RdfFormat.N_TRIPLES))]
        return ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)

    def _post(self, url: str, data: dict, accept: str = "*/*"):
        return self._send("POST", url, data=data, headers={"Accept": accept})

    def _send(self, method: str, url: str, **kwargs):
        try:
            response = self._http.request(method, url, **kwargs)
        except self._httpx.HTTPError as exc:
            raise OSError(f"SPARQL store {self.url} did not answer ({exc}); is it running?") from exc
        if response.status_code in (401, 403):
            raise OSError(f"SPARQL store {self.url} refused the request (HTTP {response.status_code}); "
                          "set CLAIMGRAPH_STORE_USER and CLAIMGRAPH_STORE_PASSWORD (or _TOKEN)")
        if response.status_code == 400:
            raise SyntaxError(f"SPARQL store {self.url}: {_short(response.text)}")
        if response.status_code >= 400 and not (method == "GET" and response.status_code == 404):
            raise OSError(f"SPARQL store {self.url}: HTTP {response.status_code}: {_short(response.text)}")
        return response


class _ChallengeAuth:
    """HTTP Basic or Digest, whichever the server's first 401 asks for (Virtuoso: Digest; Fuseki, GraphDB: Basic).

    Digest keeps the server's challenge, so later requests are signed at once and a body is sent once.
    """

    def __new__(cls, user: str, password: str):
        import httpx

        class Auth(httpx.Auth):
            requires_request_body = True

            def __init__(self):
                self.scheme = None

            def auth_flow(self, request):
                if self.scheme is not None:
                    yield from self.scheme.auth_flow(request)
                    return
                response = yield request
                if response.status_code != 401:
                    return
                challenge = response.headers.get("www-authenticate", "").lower()
                self.scheme = httpx.DigestAuth(user, password) if challenge.startswith("digest") \
                    else httpx.BasicAuth(user, password)
                yield from self.scheme.auth_flow(request)

        return Auth()


# -- query text ------------------------------------------------------------------
def _forget_write(graph: str) -> str:
    return (f"DELETE {{ GRAPH <{WRITES_GRAPH}> {{ <{graph}> ?p ?o }} }} "
            f"WHERE {{ GRAPH <{WRITES_GRAPH}> {{ <{graph}> ?p ?o }} }}")


def _abandoned(started: str) -> bool:
    try:
        when = datetime.fromisoformat(started.replace("Z", "+00:00"))
    except ValueError:
        return True
    return (datetime.now(timezone.utc) - when).total_seconds() > ABANDONED_AFTER


_warned: set[tuple[str, str]] = set()


def _warn_abandoned(url: str, graph: str, started: str) -> None:
    if (url, graph) not in _warned:
        _warned.add((url, graph))
        log.warning("SPARQL store %s: graph <%s> was left half-written by a run stopped at %s; it is left out "
                    "of queries until its source is ingested again (claimgraph ingest SOURCE)", url, graph, started)


def with_prefixes(sparql: str, prefixes: dict | None) -> str:
    """The query with PREFIX declarations for `prefixes` (those it declares itself win: declared last)."""
    if not prefixes:
        return sparql
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items()) + sparql


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT, DESCRIBE, or "" for an update (strings, IRIs and comments skipped)."""
    match = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", _SKIPPED.sub(" ", sparql), re.I)
    return match.group(1).upper() if match else ""


def with_values(sparql: str, substitutions: dict) -> str:
    """The query with `VALUES (?a ?b) { (t1 t2) }` first in its WHERE group: Oxigraph's substitutions.

    Terms are written by pyoxigraph in N-Triples syntax (escaped), so no value can change the query.
    """
    if not substitutions:
        return sparql
    names = " ".join(f"?{v.value}" for v in substitutions)
    terms = " ".join(_term_text(t) for t in substitutions.values())
    at = _where_group(sparql) + 1
    return f"{sparql[:at]} VALUES ({names}) {{ ({terms}) }} {sparql[at:]}"


def _term_text(term) -> str:
    if not isinstance(term, (ox.NamedNode, ox.Literal)):
        raise TypeError(f"binding {term!r}: only IRIs and literals can be bound on an external store")
    return str(term)


def _where_group(sparql: str) -> int:
    """The offset of the `{` opening the query's WHERE group (after a CONSTRUCT template)."""
    masked = _SKIPPED.sub(lambda m: " " * len(m.group(0)), sparql)
    form = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", masked, re.I)
    start = form.end() if form else 0
    if form and form.group(1).upper() == "CONSTRUCT":
        where = re.compile(r"\bWHERE\s*\{", re.I).search(masked, start)
        if where:
            return where.end() - 1
    at = masked.find("{", start)
    if at < 0:
        raise SyntaxError("SPARQL query: no WHERE group to bind variables in")
    return at


def _rdf_format(response, default: ox.RdfFormat) -> ox.RdfFormat:
    media = response.headers.get("content-type", "").split(";")[0].strip()
    if media == "text/plain":
        return ox.RdfFormat.N_TRIPLES
    return ox.RdfFormat.from_media_type(media) or default


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
