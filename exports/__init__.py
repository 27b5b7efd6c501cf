"""exports stage of claimgraph."""
