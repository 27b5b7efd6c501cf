"""Time every named query on a store, with typical parameters bound (as `claimgraph bench` binds them).

    python tests/graph/bench_named.py HOME [--dir QUERIES_DIR] [--runs 3]

Prints one line per query: first run, best run (ms) and rows. Not collected by pytest (no test_ prefix).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("home")
    parser.add_argument("--dir", help="read the named queries' text from this folder instead (e.g. an older copy)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args(argv)

    from claimgraph.bench.run import typical_bindings
    from claimgraph.graph import open_store
    from claimgraph.graph.named import named_queries

    with open_store(args.home) as store:
        bindings = typical_bindings(store)
        graphs = store.current_graphs()
        for q in named_queries():
            if args.only and q.name not in args.only:
                continue
            text = (Path(args.dir) / f"{q.name}.rq").read_text(encoding="utf-8") if args.dir else q.text
            bound = bindings.get(f"named/{q.name}", {})
            runs, rows = [], 0
            for _ in range(args.runs):
                start = time.perf_counter()
                rows = sum(1 for _ in store.query(text, bound, default_graphs=graphs))
                runs.append(time.perf_counter() - start)
            print(f"{q.name:24} first {runs[0] * 1000:9.1f} ms  best {min(runs) * 1000:9.1f} ms  rows {rows:6}  "
                  f"bound {', '.join(bound) or '-'}", flush=True)
        store.close(refresh=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
