"""The `claimgraph` command line: thin wrappers over library calls.

Each command group lives in its own module with a `register(cli)` function. Heavy imports
(Prefect, rdflib, networkx) stay inside the commands, so that commands which run no flow start fast.
"""
from __future__ import annotations

import importlib
import os
import sys

from claimgraph.cli.main import cli

COMMAND_MODULES = ("ingest", "export", "query", "admin", "evaluate", "sources", "update", "report", "serve", "show", "validate", "bench", "backup")


def main() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(f"claimgraph.cli.{name}").register(cli)
    try:
        cli(prog_name="claimgraph")
    except BrokenPipeError:
        # the reader went away (`claimgraph export claims | head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
