"""sources stage of claimgraph."""
