"""The claimgraph vocabulary, and the IRI scheme for resources and named graphs.

`CG` is a `DefinedNamespace` with `_fail = True` (as rdflib's `namespace/_PROV.py`), so a
mistyped term such as `CG.subjct` fails at import instead of writing a silent new predicate.
Standard vocabularies (PROV-O, Dublin Core terms, SKOS, OWL) come from rdflib.
"""
from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = [
    "CG", "DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD", "SPDX", "WD",
    "ID", "GRAPH", "SERIALIZATION_PREFIXES", "BACKGROUND_GRAPH", "DISAGREEMENTS_GRAPH", "CONSENSUS_GRAPH", "LABELS_GRAPH", "WRITES_GRAPH", "GAZETTEER_AGENT", "PREFIXES",
    "CLAIM_CLASS", "normalise_label", "normalise_qualifier", "entity_iri", "source_key",
    "source_iri", "source_graph_iri", "revision_iri", "revision_graph_iri", "claim_iri", "evidence_iri", "slot_iri",
]


class CG(DefinedNamespace):
    """claimgraph terms: claims as first-class nodes, the entities they are about, their evidence."""

    _fail = True
    _NS = Namespace("https://w3id.org/claimgraph/ns#")

    # Sources and their revisions
    Source: URIRef  # a document (file or web page); also a prov:Entity
    Revision: URIRef  # one fetched content of a source (by sha256); also a prov:Entity
    Extraction: URIRef  # the run of an extractor over a revision; a prov:Activity
    Gazetteer: URIRef  # the curated list of known entities; a prov:Agent
    # Claims, one class per kind
    Claim: URIRef
    ScoreClaim: URIRef
    OutperformsClaim: URIRef
    DeveloperClaim: URIRef
    LicenseClaim: URIRef
    ParametersClaim: URIRef
    LabRegionClaim: URIRef
    SpecializationClaim: URIRef
    ReleaseClaim: URIRef
    PriceClaim: URIRef
    Evidence: URIRef
    Disagreement: URIRef
    # Entities
    Model: URIRef
    Series: URIRef
    Lab: URIRef
    Region: URIRef
    Benchmark: URIRef
    Domain: URIRef
    License: URIRef
    # Claim properties
    subject: URIRef
    object: URIRef  # an entity IRI, or a literal (the ISO date of a release)
    benchmark: URIRef
    value: URIRef
    unit: URIRef
    qualifier: URIRef
    evidence: URIRef
    text: URIRef
    start: URIRef
    end: URIRef
    kind: URIRef
    slot: URIRef  # claim, fact or disagreement -> its key (kind, subject, benchmark) as one IRI (see slot_iri)
    method: URIRef
    confidence: URIRef
    # Source / revision properties
    revision: URIRef
    contentHash: URIRef
    extractorVersion: URIRef
    mediaType: URIRef
    textSignature: URIRef  # revision -> MinHash of the document's word shingles (near-duplicate detection)
    band: URIRef  # revision -> one LSH band key of its signature ("3:0a1b2c3d..."): near-duplicate candidates
    duplicateOf: URIRef  # source -> the earlier source it copies (syndication, near-duplicate)
    # Disagreements
    claim: URIRef
    source: URIRef
    reason: URIRef  # disagreement -> why it was flagged, in words
    # A disagreement's answer row, written with it so the disagreements query is lookups, not joins
    subjectLabel: URIRef
    benchmarkLabel: URIRef
    valuesText: URIRef  # its values (or objects) as text, " | " between them, sorted
    sourcesText: URIRef  # its sources' identifiers, " | " between them, sorted
    # Consensus (the consensus graph): one cg:Fact per claimed slot, a status per claim
    Fact: URIRef
    fact: URIRef  # claim -> its fact
    status: URIRef  # claim or fact -> "corroborated" | "single-source" | "contested"
    independentSources: URIRef  # sources (near-duplicates counted once) agreeing with the claim / majority
    sourceCount: URIRef  # all sources stating the fact, any value
    firstSeen: URIRef
    lastSeen: URIRef
    # Entity-level edges materialised from claims (or from the gazetteer, in the background graph)
    developedBy: URIRef
    region: URIRef
    license: URIRef
    domain: URIRef
    parameters: URIRef
    memberOf: URIRef
    specializesIn: URIRef
    outperforms: URIRef
    # The labels graph: one display label per entity (skos:prefLabel stays in the source graphs as provenance)
    label: URIRef
    # An external store's write intents (graph/sparql_store.py): graph -> token of its last write, and the
    # time that write started while it is under way
    writeToken: URIRef
    writing: URIRef


BASE = "https://w3id.org/claimgraph/"
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
BACKGROUND_GRAPH = GRAPH["background"]
DISAGREEMENTS_GRAPH = GRAPH["disagreements"]
CONSENSUS_GRAPH = GRAPH["consensus"]
LABELS_GRAPH = GRAPH["labels"]  # entity -> cg:label, one per entity (graph/store.py, _label_update)
WRITES_GRAPH = GRAPH["writes"]  # external stores only: graphs being written (graph/sparql_store.py)
GAZETTEER_AGENT = ID["agent/gazetteer"]
SPDX = Namespace("http://spdx.org/licenses/")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES = {
    "cg": str(CG._NS), "id": str(ID), "prov": str(PROV), "dcterms": str(DCTERMS), "skos": str(SKOS),
    "owl": str(OWL), "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "spdx": str(SPDX), "wd": str(WD),
}

# For serialisations: without `id:`, whose local names hold '/' that Turtle would have to escape.
SERIALIZATION_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "id"}

CLAIM_CLASS = {
    "score": CG.ScoreClaim,
    "outperforms": CG.OutperformsClaim,
    "developer": CG.DeveloperClaim,
    "license": CG.LicenseClaim,
    "parameters": CG.ParametersClaim,
    "lab_region": CG.LabRegionClaim,
    "specialization": CG.SpecializationClaim,
    "release": CG.ReleaseClaim,
    "price": CG.PriceClaim,
}

_LABEL_NOISE = re.compile(r"[\s\-_]+")
_QUALIFIER_NOISE = re.compile(r"[\s\-_/()\[\]{}]+")


def normalise_label(label: str) -> str:
    """The identity key of a name: case-folded, without spaces, '-' and '_' ("Qwen3.5-9B" == "Qwen 3.5 9B")."""
    return _LABEL_NOISE.sub("", label).casefold()


def normalise_qualifier(qualifier: str | None) -> str:
    """Qualifier key: case-folded, without spaces, '-', '_', '/' and brackets; '' for none."""
    return _QUALIFIER_NOISE.sub("", qualifier or "").casefold()


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def entity_iri(entity_type: str, label: str) -> URIRef:
    """id/<type>/<normalised label>, percent-encoded, e.g. id/model/qwen3.59b."""
    return ID[f"{entity_type.lower()}/{quote(normalise_label(label), safe='.~+')}"]


def slot_iri(kind: str, subject: str, benchmark: str | None = None) -> URIRef:
    """id/slot/<digest>: the key (kind, subject IRI, benchmark IRI or none) claims, facts and disagreements
    are grouped by, as one term, so the claims of a key are one index lookup (graph/derived.py)."""
    return ID[f"slot/{_digest(kind, subject, benchmark or '')}"]


def source_key(source_id: str) -> str:
    """A short stable key for a source id (absolute path or URL)."""
    return _digest(source_id)


def source_iri(source_id: str) -> URIRef:
    return ID[f"source/{source_key(source_id)}"]


def source_graph_iri(source_id: str) -> URIRef:
    """The named graph holding the current revision of a source."""
    return GRAPH[f"source/{source_key(source_id)}"]


def revision_iri(source_id: str, sha256: str) -> URIRef:
    return ID[f"source/{source_key(source_id)}/rev/{sha256[:16]}"]


def revision_graph_iri(source_id: str, sha256: str) -> URIRef:
    """Where an earlier revision of a source is kept once a new content replaces it."""
    return GRAPH[f"source/{source_key(source_id)}/rev/{sha256[:16]}"]


def claim_iri(source_id: str, key: tuple) -> URIRef:
    """Deterministic from the source and the claim key, so re-runs never duplicate a claim."""
    return ID[f"claim/{_digest(source_id, *key)}"]


def evidence_iri(claim: URIRef) -> URIRef:
    return URIRef(f"{claim}/evidence")
