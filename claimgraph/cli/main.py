"""The root command group, shared options and error handling."""
from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

import click

from claimgraph.errors import ClaimgraphError


class Context:
    """What every command needs: the resolved home and whether to show tracebacks."""

    def __init__(self, home: str | None, debug: bool, verbose: bool):
        self._home_option = home
        self.debug = debug
        self.verbose = verbose

    @property
    def home(self) -> Path:
        from claimgraph.config import resolve_home

        return resolve_home(self._home_option)

    @property
    def settings(self):
        from claimgraph.config import load_settings

        return load_settings(self.home)


class ClaimgraphGroup(click.Group):
    """Turns ClaimgraphError into one line plus a hint; tracebacks only with --debug."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ClaimgraphError as exc:
            if "--debug" in sys.argv:
                raise
            click.secho(f"error: {exc}", fg="red", err=True)
            click.echo("(run with --debug for the traceback)", err=True)
            sys.exit(2)


@click.group(cls=ClaimgraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--home", envvar="CLAIMGRAPH_HOME", type=click.Path(file_okay=False),
              help="Folder holding the store, raw documents and exports (default ./.claimgraph; env CLAIMGRAPH_HOME).")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.option("-v", "--verbose", is_flag=True, help="Log more (Prefect's own logs included).")
@click.version_option(package_name="claimgraph")
@click.pass_context
def cli(ctx: click.Context, home: str | None, debug: bool, verbose: bool) -> None:
    """claimgraph: articles about AI models in, a knowledge graph of claims out.

    Ingest articles (files, folders, URLs), query the claims with SPARQL, find where sources
    disagree, and export views for Gephi.
    """
    ctx.obj = Context(home, debug, verbose)
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO, format="%(message)s", stream=sys.stderr)
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def open_output(path: str | None, binary: bool = False):
    """A context manager over stdout (left open) when no path is given, else over the file (parents created)."""
    if path in (None, "-"):
        return contextlib.nullcontext(sys.stdout.buffer if binary else sys.stdout)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    return out.open("wb" if binary else "w", encoding=None if binary else "utf-8", newline="" if not binary else None)
