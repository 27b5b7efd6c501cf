"""Sources stage: find documents (`expand`), fetch their bytes (`fetch`) and parse them (`parse`)."""
from claimgraph.sources.parse import parse

__all__ = ["parse"]
