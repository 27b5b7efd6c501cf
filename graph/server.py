"""`claimgraph serve`: the SPARQL 1.1 Protocol over the store, a query page, and the store's owner.

While it runs, this process is the only one that opens the Oxigraph database (one writer, see
DEPENDENCIES.md). It listens on two sockets:

* the public one (`--host`, `--port`): `/sparql` (read-only SPARQL 1.1 Protocol), `/` (the YASGUI
  page, assets served from `graph/web/`), `/queries` (the named queries as JSON);
* an internal one on 127.0.0.1 (ephemeral port), recorded with a random token in
  `home/server.json` (mode 0600): `/_internal/*` runs reads and writes for other claimgraph processes
  on the same home (`ingest`, `update`, `query`, ...: `store.open_store` finds the file and talks to
  the server, see `graph/remote.py`). Internal routes answer only on that socket, only to loopback
  clients presenting the token.
"""
from __future__ import annotations

import asyncio
import hmac
import json
import os
import re
import secrets
import socket
import threading
import time
from contextlib import suppress
from pathlib import Path
from urllib.parse import parse_qs

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from claimgraph.errors import QueryError
from claimgraph.graph.store import Store

WEB = Path(__file__).with_name("web")
SERVER_FILE = "server.json"
RESULT_FORMATS = {  # format= value -> (media type, pyoxigraph results format)
    "json": ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    "xml": ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    "csv": ("text/csv", ox.QueryResultsFormat.CSV),
    "tsv": ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
}
GRAPH_FORMATS = {
    "turtle": ("text/turtle", ox.RdfFormat.TURTLE),
    "ntriples": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    "rdfxml": ("application/rdf+xml", ox.RdfFormat.RDF_XML),
}
_UPDATE_WORDS = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
_STRINGS_AND_COMMENTS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>|#[^\n]*')
_PROLOGUE = re.compile(r"^\s*((BASE|PREFIX\s+[\w.-]*:)\s*)*", re.I)  # run after IRIs are blanked


class Refused(Exception):
    """A request the public endpoint will not run (status, reason)."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status, self.reason = status, reason


# -- the public endpoint -------------------------------------------------------
class Endpoint:
    """Runs public queries read-only with a time limit and a row cap, a few at a time."""

    def __init__(self, store: Store, time_limit: float = 30.0, row_cap: int = 10_000, workers: int = 2):
        self.store, self.time_limit, self.row_cap = store, time_limit, row_cap
        self._slots = threading.BoundedSemaphore(workers)

    async def sparql(self, request: Request) -> Response:
        try:
            query, graphs = await _read_protocol(request)
            check_read_only(query)
            return await self._run(query, graphs, _wanted_format(request))
        except Refused as exc:
            return PlainTextResponse(exc.reason + "\n", status_code=exc.status)

    async def _run(self, query: str, graphs, fmt: str | None) -> Response:
        if not self._slots.acquire(blocking=False):
            raise Refused(503, "too many queries running; retry in a moment")
        deadline = time.monotonic() + self.time_limit
        task = asyncio.get_running_loop().run_in_executor(None, self._evaluate, query, graphs, deadline)
        task.add_done_callback(lambda _: self._slots.release())
        try:
            kind, payload, truncated = await asyncio.wait_for(asyncio.shield(task), self.time_limit)
        except asyncio.TimeoutError:
            raise Refused(503, f"query exceeded the time limit of {self.time_limit:g} s; narrow it or add LIMIT") from None
        return _respond(kind, payload, truncated, fmt, self.row_cap)

    def _evaluate(self, query: str, graphs, deadline: float):
        """(kind, payload, truncated) in a worker thread; rows are read until the cap or the deadline.

        Oxigraph cannot cancel an evaluation it is inside of: a query stuck before its first row keeps
        its worker slot until it ends (its answer is then dropped), which is why slots are few.
        """
        try:
            result = self.store.query(query, default_graphs=graphs if graphs is not None else self.store.current_scope())
        except QueryError as exc:
            raise Refused(400, str(exc)) from exc
        if isinstance(result, ox.QueryBoolean):
            return "boolean", bool(result), False
        if isinstance(result, ox.QuerySolutions):
            variables, rows = [v.value for v in result.variables], []
            for solution in result:
                if len(rows) >= self.row_cap or time.monotonic() > deadline:
                    return "solutions", (variables, rows), True
                rows.append([solution[v] for v in variables])
            return "solutions", (variables, rows), False
        triples = []
        for triple in result:
            if len(triples) >= self.row_cap or time.monotonic() > deadline:
                return "triples", triples, True
            triples.append(triple)
        return "triples", triples, False


async def _read_protocol(request: Request) -> tuple[str, list[str] | None]:
    """The query text and the default-graph-uri list of a SPARQL 1.1 Protocol request."""
    params = request.query_params
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if "update" in params or content_type == "application/sparql-update":
        raise Refused(403, "read-only endpoint: SPARQL Update is refused")
    query, graphs = params.get("query"), params.getlist("default-graph-uri")
    if request.method == "POST":
        if content_type == "application/x-www-form-urlencoded":
            # parsed here: starlette's form parser needs python-multipart, which nothing else uses
            form = parse_qs((await request.body()).decode("utf-8", errors="replace"), keep_blank_values=True)
            if "update" in form:
                raise Refused(403, "read-only endpoint: SPARQL Update is refused")
            query = (form.get("query") or [query])[0]
            graphs = graphs + form.get("default-graph-uri", [])
        elif content_type == "application/sparql-query":
            query = (await request.body()).decode("utf-8", errors="replace")
        else:
            raise Refused(415, f"POST a form (query=...) or application/sparql-query, not '{content_type}'")
    if not query:
        raise Refused(400, "no query: pass query=... (GET or POST form) or POST application/sparql-query")
    return query, (graphs or None)


def check_read_only(query: str) -> None:
    """Refuse SPARQL Update (INSERT, DELETE, LOAD, ...) and SERVICE, whatever the parser would say."""
    bare = _STRINGS_AND_COMMENTS.sub(" ", query)
    body = _PROLOGUE.sub("", bare)
    if _UPDATE_WORDS.match(body):
        word = _UPDATE_WORDS.match(body).group(1).upper()
        raise Refused(403, f"read-only endpoint: {word} (SPARQL Update) is refused")
    if re.search(r"\bSERVICE\b", bare, re.I):
        raise Refused(403, "SERVICE (federated query) is refused: this endpoint never connects out")


def _wanted_format(request: Request) -> str | None:
    """`format=` wins, else the first Accept media type we know, else None (the default)."""
    fmt = request.query_params.get("format")
    if fmt:
        return fmt.lower()
    accept = request.headers.get("accept", "")
    types = {mt: name for name, (mt, _) in {**RESULT_FORMATS, **GRAPH_FORMATS}.items()}
    types.update({"application/json": "json", "application/xml": "xml", "text/xml": "xml", "text/plain": "ntriples"})
    for part in accept.split(","):
        mt = part.split(";")[0].strip().lower()
        if mt in types:
            return types[mt]
    return None


def _respond(kind: str, payload, truncated: bool, fmt: str | None, cap: int) -> Response:
    headers = {"X-Claimgraph-Truncated": f"true; row cap {cap}"} if truncated else {}
    if kind == "triples":
        media, rdf_format = GRAPH_FORMATS.get(fmt or "turtle", GRAPH_FORMATS["turtle"])
        return Response(ox.serialize(payload, format=rdf_format), media_type=media, headers=headers)
    media, results_format = RESULT_FORMATS.get(fmt or "json", RESULT_FORMATS["json"])
    document = solutions_json(*payload) if kind == "solutions" else json.dumps({"head": {}, "boolean": payload})
    if results_format != ox.QueryResultsFormat.JSON:  # Oxigraph writes the other formats from the JSON
        document = ox.parse_query_results(document.encode(), format=ox.QueryResultsFormat.JSON).serialize(format=results_format)
    return Response(document, media_type=media, headers=headers)


def solutions_json(variables: list[str], rows: list[list]) -> str:
    """SPARQL 1.1 Query Results JSON for already-read solutions (so a capped answer can be written)."""
    bindings = [{v: _term_json(t) for v, t in zip(variables, row) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False)


def _term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        if term.language:
            return {"type": "literal", "value": term.value, "xml:lang": term.language}
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
        return {"type": "literal", "value": term.value}
    return {"type": "literal", "value": str(term)}  # quoted triples (RDF-star): as text


# -- the internal endpoint (other claimgraph processes on this home) --------------
class Internal:
    """Store operations for `remote.RemoteOx`, on the loopback socket only, with the token."""

    def __init__(self, store: Store, token: str, port_box: list):
        self.ox, self.token, self.port_box = store._ox, token, port_box

    def allowed(self, request: Request) -> bool:
        server = request.scope.get("server") or (None, None)
        client = request.client.host if request.client else ""
        given = request.headers.get("authorization", "").removeprefix("Bearer ")
        return (server[1] == self.port_box[0] and client in ("127.0.0.1", "::1")
                and hmac.compare_digest(given.encode(), self.token.encode()))

    async def call(self, request: Request) -> Response:
        if not self.allowed(request):
            return PlainTextResponse("forbidden\n", status_code=403)
        op, args = request.path_params["op"], await request.json()
        handler = getattr(self, f"op_{op}", None)
        if handler is None:
            return PlainTextResponse(f"unknown operation {op}\n", status_code=404)
        try:
            return await asyncio.get_running_loop().run_in_executor(None, handler, args)
        except SyntaxError as exc:
            return JSONResponse({"error": "SyntaxError", "message": str(exc)}, status_code=400)
        except RuntimeError as exc:
            return JSONResponse({"error": "RuntimeError", "message": str(exc)}, status_code=400)
        except (OSError, ValueError, TypeError) as exc:
            return JSONResponse({"error": type(exc).__name__, "message": str(exc)}, status_code=400)

    def op_query(self, a: dict) -> Response:
        dataset = {"default_graph": [parse_term(g) for g in a["default_graph"]] or [ox.DefaultGraph()]} \
            if a.get("default_graph") is not None else {"use_default_graph_as_union": a.get("union", False)}
        result = self.ox.query(a["sparql"], prefixes=a.get("prefixes"),
                               substitutions={ox.Variable(k): parse_term(v) for k, v in a.get("substitutions", {}).items()},
                               **dataset)
        if isinstance(result, ox.QuerySolutions):
            return Response(result.serialize(format=ox.QueryResultsFormat.JSON), media_type="application/sparql-results+json")
        if isinstance(result, ox.QueryBoolean):
            return Response(json.dumps({"head": {}, "boolean": bool(result)}), media_type="application/sparql-results+json")
        return Response(ox.serialize(result, format=ox.RdfFormat.N_TRIPLES), media_type="application/n-triples")

    def op_update(self, a: dict) -> Response:
        self.ox.update(a["sparql"], prefixes=a.get("prefixes"))
        return Response(status_code=204)

    def op_named_graphs(self, a: dict) -> Response:
        return JSONResponse([g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode)])

    def op_contains_named_graph(self, a: dict) -> Response:
        return JSONResponse(self.ox.contains_named_graph(parse_term(a["graph"])))

    def op_len(self, a: dict) -> Response:
        return JSONResponse(len(self.ox))

    def op_quads(self, a: dict) -> Response:
        s, p, o, g = (parse_term(a[k]) if a.get(k) else None for k in ("s", "p", "o", "g"))
        quads = self.ox.quads_for_pattern(s, p, o, g)
        return Response(ox.serialize(quads, format=ox.RdfFormat.N_QUADS), media_type="application/n-quads")

    def op_dump(self, a: dict) -> Response:
        fmt = ox.RdfFormat.from_media_type(a["format"])
        kwargs = {"from_graph": parse_term(a["graph"])} if a.get("graph") else {}
        if a.get("prefixes"):
            kwargs["prefixes"] = a["prefixes"]
        return Response(self.ox.dump(None, fmt, **kwargs), media_type=a["format"])

    def op_flush(self, a: dict) -> Response:
        self.ox.flush()
        return Response(status_code=204)


def parse_term(text: str):
    """An N-Triples term (as `str(term)` writes it) back into a pyoxigraph term."""
    quad = next(iter(ox.parse(f"<urn:x:s> <urn:x:p> {text} .".encode(), format=ox.RdfFormat.N_TRIPLES)))
    return quad.object


# -- the app and the process -----------------------------------------------------
def create_app(store: Store, *, token: str = "", internal_port: list | None = None,
               time_limit: float = 30.0, row_cap: int = 10_000) -> Starlette:
    """The ASGI app: public /sparql, /, /queries, /static; internal /_internal/{op}."""
    from claimgraph.graph.named import named_queries

    endpoint = Endpoint(store, time_limit, row_cap)
    internal = Internal(store, token or secrets.token_hex(16), internal_port or [None])

    async def page(request: Request) -> Response:
        return FileResponse(WEB / "index.html")

    async def queries(request: Request) -> Response:
        return JSONResponse([{"name": q.name, "description": q.description, "text": q.text,
                              "params": [vars(p) for p in q.params]} for q in named_queries()])

    return Starlette(routes=[
        Route("/", page), Route("/queries", queries),
        Route("/sparql", endpoint.sparql, methods=["GET", "POST"]),
        Route("/_internal/{op}", internal.call, methods=["POST"]),
        Mount("/static", StaticFiles(directory=WEB), name="static"),
    ])


def serve(home: Path, settings, host: str = "127.0.0.1", port: int = 7878, *, time_limit: float = 30.0,
          row_cap: int = 10_000, ready=None) -> None:
    """Own the store of `home` and serve it until stopped (Ctrl-C / SIGTERM); removes server.json on exit.

    Args:
        ready: called with (public_url) once both sockets listen (tests use it).
    """
    import uvicorn

    from claimgraph.graph.store import open_store

    public = _listen(host, port)
    internal = _listen("127.0.0.1", 0)
    token = secrets.token_hex(24)
    with open_store(home, settings, local_only=True) as store:
        app = create_app(store, token=token, internal_port=[internal.getsockname()[1]],
                         time_limit=time_limit, row_cap=row_cap)
        server_file = home / SERVER_FILE
        public_url = f"http://{_url_host(host)}:{public.getsockname()[1]}"
        _write_private(server_file, {"pid": os.getpid(), "internal": f"http://127.0.0.1:{internal.getsockname()[1]}",
                                     "token": token, "public": public_url})
        try:
            config = uvicorn.Config(app, log_level="warning", access_log=False)
            server = uvicorn.Server(config)
            if ready:
                threading.Thread(target=_when_started, args=(server, ready, public_url), daemon=True).start()
            server.run(sockets=[public, internal])
        finally:
            with suppress(FileNotFoundError):
                server_file.unlink()


def _when_started(server, ready, url: str) -> None:
    while not server.started:
        time.sleep(0.02)
    ready(url)


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _write_private(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        json.dump(data, out)
    os.replace(tmp, path)
