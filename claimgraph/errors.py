"""One base exception with a subclass per stage.

Messages name the object and the fix, e.g. "source 'x.png': not HTML or text (got image/png);
remove it or convert it to .html/.txt/.md". The CLI prints `str(error)` on one line and the
traceback only with --debug.
"""
from __future__ import annotations


class ClaimgraphError(Exception):
    """Base of every error claimgraph reports to a user."""


class ConfigError(ClaimgraphError):
    """Bad settings, home folder or gazetteer file."""


class SourceError(ClaimgraphError):
    """A source could not be found, fetched or decoded."""

    def __init__(self, source: str, problem: str, fix: str = ""):
        self.source, self.problem, self.fix = source, problem, fix
        super().__init__(f"source '{source}': {problem}" + (f"; {fix}" if fix else ""))


class ParseError(SourceError):
    """A fetched document could not be parsed into text."""


class ExtractionError(ClaimgraphError):
    """An extractor failed on a document."""


class StoreError(ClaimgraphError):
    """The graph store could not be opened, locked, read or written."""


class StoreLockedError(StoreError):
    """Another process holds the store's write lock."""


class QueryError(ClaimgraphError):
    """A SPARQL query is malformed or failed."""


class ExportError(ClaimgraphError):
    """An export could not be written."""
