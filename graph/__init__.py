"""graph stage of claimgraph: claims to RDF, the Oxigraph store, the claims table and conflicts."""
from claimgraph.graph.store import Store, open_store

__all__ = ["Store", "open_store"]
