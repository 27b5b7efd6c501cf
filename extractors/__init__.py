"""extractors stage of claimgraph."""
