"""claimgraph: articles about AI models in, a knowledge graph of claims out."""
__version__ = "0.1.0"
