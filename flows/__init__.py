"""flows stage of claimgraph."""
