"""The store of a home that `claimgraph serve` owns, reached through the server's internal endpoint.

`RemoteOx` stands in for the `pyoxigraph.Store` inside `store.Store`: the same calls (query, update,
named_graphs, quads_for_pattern, dump, ...) go as JSON over HTTP to the server's loopback socket with
the token of `home/server.json`, so everything `Store` does (put_source, refresh_derived, exports)
works unchanged while the server runs. Errors come back as the exceptions pyoxigraph would raise.
"""
from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox

SERVER_FILE = "server.json"


def running_server(home: Path) -> dict | None:
    """The server.json of a live `claimgraph serve` on this home, or None (missing or stale file)."""
    try:
        info = json.loads((home / SERVER_FILE).read_text(encoding="utf-8"))
        os.kill(int(info["pid"]), 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return info if info.get("pid") != os.getpid() else None


class RemoteOx:
    """The subset of pyoxigraph.Store that claimgraph uses, over the server's internal endpoint."""

    def __init__(self, info: dict, timeout: float = 600.0):
        self.base, self.token, self.timeout = info["internal"], info["token"], timeout

    def _call(self, op: str, **args) -> tuple[bytes, str]:
        request = urllib.request.Request(f"{self.base}/_internal/{op}", data=json.dumps(args).encode(),
                                         headers={"Authorization": f"Bearer {self.token}",
                                                  "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read(), response.headers.get("content-type", "")
        except urllib.error.HTTPError as exc:
            raise _as_pyoxigraph_error(exc) from None
        except (urllib.error.URLError, TimeoutError) as exc:
            raise OSError(f"claimgraph server at {self.base} did not answer ({exc}); is `claimgraph serve` still running?") from exc

    def query(self, sparql, *, prefixes=None, substitutions=None, use_default_graph_as_union=False, default_graph=None):
        subs = {k.value: str(v) for k, v in (substitutions or {}).items()}
        graphs = None if default_graph is None else [str(g) for g in default_graph if isinstance(g, ox.NamedNode)]
        body, media = self._call("query", sparql=sparql, prefixes=prefixes, substitutions=subs,
                                 union=use_default_graph_as_union, default_graph=graphs)
        if media.startswith("application/n-triples"):
            return [q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
        return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)

    def update(self, sparql, *, prefixes=None) -> None:
        self._call("update", sparql=sparql, prefixes=prefixes)

    def named_graphs(self):
        return [ox.NamedNode(g) for g in json.loads(self._call("named_graphs")[0])]

    def contains_named_graph(self, graph) -> bool:
        return json.loads(self._call("contains_named_graph", graph=str(graph))[0])

    def quads_for_pattern(self, s=None, p=None, o=None, g=None):
        body, _ = self._call("quads", **{k: str(t) for k, t in zip("spog", (s, p, o, g)) if t is not None})
        return list(ox.parse(body, format=ox.RdfFormat.N_QUADS))

    def dump(self, output, fmt, *, prefixes=None, from_graph=None):
        body, _ = self._call("dump", format=fmt.media_type, prefixes=prefixes,
                             graph=None if from_graph is None else str(from_graph))
        if output is None:
            return body
        if hasattr(output, "write"):
            output.write(body)
        else:
            Path(output).write_bytes(body)
        return None

    def flush(self) -> None:
        self._call("flush")

    def __len__(self) -> int:
        return json.loads(self._call("len")[0])


def _as_pyoxigraph_error(exc: urllib.error.HTTPError) -> Exception:
    try:
        detail = json.loads(exc.read())
        kind, message = detail["error"], detail["message"]
    except (ValueError, KeyError):
        return OSError(f"claimgraph server refused the call: HTTP {exc.code}")
    return {"SyntaxError": SyntaxError, "RuntimeError": RuntimeError, "ValueError": ValueError,
            "TypeError": TypeError}.get(kind, OSError)(message)
