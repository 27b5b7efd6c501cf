"""Near-duplicate detection of source documents: MinHash signatures of word shingles.

A syndicated copy of an article (the same text re-published with another header, footer or a few
edits) is not an independent source. Each revision stores a signature of its text
(`cg:textSignature`); two documents whose signatures agree on at least `DUPLICATE_THRESHOLD` of
their positions (an estimate of the Jaccard similarity of their 5-word shingles) are near-duplicates.
Only pairs that share an LSH band bucket are compared, so grouping is about linear in sources.
"""
from __future__ import annotations

import hashlib
import re

SHINGLE_WORDS = 5
SIGNATURE_SIZE = 64
DUPLICATE_THRESHOLD = 0.7
BANDS = 16  # LSH: 16 bands of 4 positions (see candidate_pairs)
_WORD = re.compile(r"\w+")
_MASK = (1 << 32) - 1
# Fixed, arbitrary odd multipliers and offsets: the signature must be the same in every process.
_SEEDS = [(int(hashlib.sha256(f"a{i}".encode()).hexdigest()[:8], 16) | 1,
           int(hashlib.sha256(f"b{i}".encode()).hexdigest()[:8], 16)) for i in range(SIGNATURE_SIZE)]


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[int]:
    """32-bit hashes of the overlapping `size`-word windows of the case-folded text."""
    words = _WORD.findall(text.casefold())
    windows = [" ".join(words[i:i + size]) for i in range(max(len(words) - size + 1, 1))] if words else []
    return {int(hashlib.blake2b(w.encode(), digest_size=4).hexdigest(), 16) for w in windows}


def text_signature(text: str) -> str:
    """The MinHash signature of a text as a hex string (8 hex digits per position); '' for no words."""
    hashes = shingles(text)
    if not hashes:
        return ""
    return "".join(f"{min(((a * h + b) & _MASK) for h in hashes):08x}" for a, b in _SEEDS)


def similarity(sig_a: str, sig_b: str) -> float:
    """Estimated Jaccard similarity of two signatures (0 when either is missing or they differ in size)."""
    if not sig_a or len(sig_a) != len(sig_b):
        return 0.0
    parts = range(0, len(sig_a), 8)
    return sum(sig_a[i:i + 8] == sig_b[i:i + 8] for i in parts) / len(parts)


def band_keys(signature: str, bands: int = BANDS) -> list[str]:
    """The LSH bucket keys of a signature: band i is positions [i*r, (i+1)*r), prefixed by i."""
    if not signature:
        return []
    width = len(signature) // bands
    return [f"{i}:{signature[i * width:(i + 1) * width]}" for i in range(bands)]


def candidate_pairs(signatures: dict[str, str], bands: int = BANDS) -> set[tuple[str, str]]:
    """Pairs of sources sharing at least one LSH band bucket (MinHash banding): about linear in sources.

    With 16 bands of 4 positions, a pair of Jaccard similarity 0.7 shares a bucket with probability
    1 - (1 - 0.7**4)**16 = 0.99; one of similarity 0.3 with probability 0.12 (then rejected by `similarity`).
    """
    buckets: dict[str, list[str]] = {}
    for source, signature in signatures.items():
        for key in band_keys(signature, bands):
            buckets.setdefault(key, []).append(source)
    pairs = set()
    for members in buckets.values():
        if 1 < len(members) <= 1000:  # a bucket shared by > 1000 sources is boilerplate, not syndication
            pairs.update((a, b) for i, a in enumerate(members) for b in members[i + 1:])
    return pairs


def duplicate_groups(signatures: dict[str, str], threshold: float = DUPLICATE_THRESHOLD) -> dict[str, str]:
    """Each source mapped to the representative of its near-duplicate group (union-find over LSH candidates).

    Args:
        signatures: source -> signature, in the order that picks representatives (earliest first).
    Returns:
        source -> representative source (itself when it copies nobody).
    """
    parent = {s: s for s in signatures}
    order = {s: i for i, s in enumerate(signatures)}

    def find(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    for a, b in sorted(candidate_pairs(signatures), key=lambda p: (order[p[0]], order[p[1]])):
        if similarity(signatures[a], signatures[b]) >= threshold:
            ra, rb = find(a), find(b)
            if ra != rb:  # the earlier source stays the representative
                parent[max(ra, rb, key=order.get)] = min(ra, rb, key=order.get)
    return {s: find(s) for s in signatures}
