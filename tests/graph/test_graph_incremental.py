"""The incremental refresh of the derived graphs gives what a full recomputation gives."""
from __future__ import annotations

import json
import random
from dataclasses import replace

import pytest
from graph_helpers import license_claim, score, source

import claimgraph.graph.claims as claims_module
import claimgraph.graph.store as store_module

from claimgraph.config import Settings
from claimgraph.graph.similarity import candidate_pairs, duplicate_groups, similarity, text_signature
from claimgraph.graph.store import open_store
from claimgraph.graph.rdf import node
from claimgraph.graph.vocab import CG, CONSENSUS_GRAPH, DISAGREEMENTS_GRAPH
from claimgraph.model import Claim, Evidence

MODELS = ["Qwen 3.5 9B", "GPT-OSS-120B", "Llama 4 Scout"]
BENCHES = ["GPQA Diamond", "MMLU-Pro"]


def _derived(store) -> set:
    return {q for g in (CONSENSUS_GRAPH, DISAGREEMENTS_GRAPH) for q in store.quads(str(g))}


def _beats(winner, loser, bench):
    text = f"{winner} outperforms {loser} on {bench}"
    return Claim("outperforms", winner, Evidence(text, 0, len(text)), object=loser, benchmark=bench)


def _random_source(rng: random.Random, i: int, text: str):
    claims = [score(rng.choice([49.2, 81.7, 81.72, 60.0]), rng.choice(MODELS), rng.choice(BENCHES),
                    rng.choice([None, None, "pass@1"])) for _ in range(3)]
    claims.append(_beats(*rng.sample(MODELS, 2), rng.choice(BENCHES)))
    claims.append(license_claim(rng.choice(["Apache 2.0", "MIT"]), rng.choice(MODELS)))
    raw, doc, extraction = source(f"/docs/{i}.txt", *claims, content=f"{text} {rng.random()}".encode())
    return raw, replace(doc, text=text), extraction


@pytest.mark.parametrize("chunk", [None, 7], ids=["one-transaction", "chunked-writes-and-reads"])
def test_incremental_refresh_equals_full(home, chunk, monkeypatch):
    if chunk:  # the full refresh writes in several transactions and reads the claims a subject at a time
        monkeypatch.setattr(store_module, "WRITE_CHUNK", chunk)
        monkeypatch.setattr(claims_module, "PARTITION_CLAIMS", 1)
    rng = random.Random(3)
    texts = [" ".join(rng.choice(["alpha", "beta", "gamma", "delta", "omega", "sigma"]) for _ in range(60))
             for _ in range(6)]
    settings = Settings(lock_timeout=0.5)
    for batch in range(5):  # batches of new sources, re-ingested (changed) sources and removals
        with open_store(home, settings) as store:
            for i in range(batch * 4, batch * 4 + 6):
                store.put_source(*_random_source(rng, i % 14, rng.choice(texts)))
            if batch == 3:
                store.remove_source("/docs/2.txt")
            store.refresh_derived(full=False)
            incremental = _derived(store)
            store.refresh_derived(full=True)
            assert _derived(store) == incremental, f"batch {batch}"


def test_the_grouping_is_recomputed_only_when_a_source_copies_or_was_copied(home, monkeypatch):
    import claimgraph.graph.consensus as consensus

    rng = random.Random(5)
    unique = [" ".join(f"w{rng.randrange(5000)}" for _ in range(80)) for _ in range(12)]
    recomputed = []
    original = consensus.independent_sources
    monkeypatch.setattr(consensus, "independent_sources", lambda store: recomputed.append(1) or original(store))
    settings = Settings(lock_timeout=0.5)
    steps = [[(0, 0), (1, 1), (2, 2)],  # new sources with texts of their own: the grouping is kept
             [(3, 3)],
             [(4, 1)],  # a copy of source 1: recomputed
             [(5, 5)],
             [(1, 6)]]  # source 1, copied by 4, changes its text: recomputed
    expect = [(False, 0), (False, 0), (True, 1), (False, 1), (True, 0)]  # (recomputed, cg:duplicateOf links)
    for batch, (expected, links) in zip(steps, expect):
        recomputed.clear()
        with open_store(home, settings) as store:
            for i, text in batch:
                raw, doc, extraction = source(f"/docs/{i}.txt", score(rng.choice([49.2, 81.7]), MODELS[i % 3]),
                                              content=unique[text].encode() + bytes([i]))
                store.put_source(raw, replace(doc, text=unique[text]), extraction)
            store.refresh_derived(full=False)
            assert bool(recomputed) == expected, batch
            assert len(list(store.quads_matching(None, node(CG.duplicateOf), None, str(CONSENSUS_GRAPH)))) == links
            incremental = _derived(store)
            store.refresh_derived(full=True)
            assert _derived(store) == incremental, batch


def test_a_killed_run_is_refreshed_by_the_next(home):
    settings = Settings(lock_timeout=0.5)
    with open_store(home, settings) as store:
        store.put_source(*source("/docs/a.txt", score(49.2)))
        store.close(refresh=False)  # as if killed between the write and the refresh
    assert (home / "derived.pending").exists()
    with open_store(home, settings) as store:
        store.put_source(*source("/docs/b.txt", score(81.7)))
    with open_store(home, settings) as store:
        assert store.select("SELECT ?d WHERE { ?d a cg:Disagreement }")  # a's claim was not forgotten
        assert not (home / "derived.pending").exists()


def test_a_full_refresh_cut_short_is_finished_by_the_next(home, monkeypatch):
    monkeypatch.setattr(store_module, "WRITE_CHUNK", 3)  # the derived graphs go in several transactions
    settings = Settings(lock_timeout=0.5)
    with open_store(home, settings) as store:
        for i, model in enumerate(MODELS):  # slots of their own: /docs/3's slot alone cannot restore them
            store.put_source(*source(f"/docs/{i}.txt", score(49.2, model), score(60.0, model)))
        store.refresh_derived()
        store.put_source(*source("/docs/3.txt", score(81.7, MODELS[0], "MMLU-Pro")))
        original, calls = store_module.Store._write, []

        def killed_after_three_writes(self, write):
            calls.append(write)
            if len(calls) > 3:  # labels, drop, first chunk: then the kill
                raise KeyboardInterrupt("killed")
            original(self, write)
        monkeypatch.setattr(store_module.Store, "_write", killed_after_three_writes)
        with pytest.raises(KeyboardInterrupt):
            store.refresh_derived(full=True)
        monkeypatch.setattr(store_module.Store, "_write", original)
        cut_short = _derived(store)
        store.close(refresh=False)
    assert json.loads((home / "derived.pending").read_text().splitlines()[-1]) == {"full": True}
    with open_store(home, settings) as store:
        assert store.pending_refresh  # closing catches up: a full refresh, not the slots journaled
    assert not (home / "derived.pending").exists()
    with open_store(home, settings) as store:
        caught_up = _derived(store)
        store.refresh_derived(full=True)
        assert caught_up == _derived(store) != cut_short


def test_lsh_finds_near_duplicates_without_comparing_every_pair():
    rng = random.Random(1)
    words = ["w%d" % i for i in range(400)]
    texts = [" ".join(rng.choice(words) for _ in range(300)) for _ in range(200)]
    sigs = {f"s{i}": text_signature(t) for i, t in enumerate(texts)}
    sigs["copy"] = text_signature("Reposted. " + texts[5])
    pairs = candidate_pairs(sigs)
    assert ("s5", "copy") in pairs and len(pairs) < 200 * 199 / 2 / 10
    groups = duplicate_groups(sigs)
    assert groups["copy"] == "s5" and sum(1 for s, r in groups.items() if s != r) == 1
    assert similarity(sigs["s5"], sigs["copy"]) >= 0.7


def test_raw_copies_are_one_record_per_source(home):
    settings = Settings(lock_timeout=0.5)
    with open_store(home, settings) as store:
        store.put_source(*source("/docs/a.txt", score(49.2)))
        assert store.raw_document("/docs/a.txt").content
    assert not (home / "raw" / "index.json").exists()
    [meta] = (home / "raw" / "meta").glob("*.json")
    assert json.loads(meta.read_text())["source_id"] == "/docs/a.txt"
