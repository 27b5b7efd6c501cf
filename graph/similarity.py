"""Near-duplicate detection of source documents: MinHash signatures of word shingles.

A syndicated copy of an article (the same text re-published with another header, footer or a few
edits) is not an independent source. Each revision stores a signature of its text
(`cg:textSignature`); two documents whose signatures agree on at least `DUPLICATE_THRESHOLD` of
their positions (an estimate of the Jaccard similarity of their 5-word shingles) are near-duplicates.
"""
from __future__ import annotations

import hashlib
import re

SHINGLE_WORDS = 5
SIGNATURE_SIZE = 64
DUPLICATE_THRESHOLD = 0.7
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


def duplicate_groups(signatures: dict[str, str], threshold: float = DUPLICATE_THRESHOLD) -> dict[str, str]:
    """Each source mapped to the representative of its near-duplicate group (union-find).

    Pairwise (n^2 / 2 signature comparisons): fine for thousands of sources; bands (LSH) would be
    the next step beyond that.

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

    items = list(signatures.items())
    for i, (a, sig_a) in enumerate(items):
        for b, sig_b in items[i + 1:]:
            if similarity(sig_a, sig_b) >= threshold:
                ra, rb = find(a), find(b)
                if ra != rb:  # the earlier source stays the representative
                    parent[max(ra, rb, key=order.get)] = min(ra, rb, key=order.get)
    return {s: find(s) for s in signatures}
