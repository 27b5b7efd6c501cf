"""graph stage of claimgraph."""
