"""Sources stage: find documents (`expand`), fetch their bytes (`fetch`) and parse them (`parse`).

Fetching and parsing stay apart: `parse` takes a RawDocument and never does I/O.
"""
from claimgraph.sources.expand import expand, source_id_of
from claimgraph.sources.fetch import fetch
from claimgraph.sources.parse import parse

__all__ = ["expand", "fetch", "parse", "source_id_of"]
