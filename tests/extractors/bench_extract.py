"""Extraction throughput on one core: documents/s and words/s for two generated documents.

Run as a script: `python tests/extractors/bench_extract.py [--profile [--self]] [--seconds N] [--compare REF]`
(`--self` sorts the profile by time spent in each function itself).
`--compare REF` measures the extractors of git revision REF and the working tree alternately
(three rounds each, medians printed), so load from other processes hits both alike.

* a ~1,500-word news article (prose with names, scores, comparisons, licences, dates);
* a table-heavy model card (Markdown, one models-as-rows table, one transposed table with a
  settings column, prose around them).

Both are generated here from our own sentence templates (no third-party text). Parsing is done
once; the timing (CPU time of this process, so other load on the machine matters less) covers
`extract` and `claim_rows` only.
"""
from __future__ import annotations

import cProfile
import importlib.util
import json
import pstats
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def use_extractors_from(ref: str) -> None:
    """Import `claimgraph.extractors` from git revision `ref` (unpacked to a temp dir) instead of the tree."""
    blob = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "extractors"], capture_output=True, check=True).stdout
    target = Path(tempfile.mkdtemp(prefix="bench-extractors-"))
    tarfile.open(fileobj=BytesIO(blob)).extractall(target)
    pkg = target / "extractors"
    spec = importlib.util.spec_from_file_location("claimgraph.extractors", pkg / "__init__.py",
                                                  submodule_search_locations=[str(pkg)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["claimgraph.extractors"] = module
    spec.loader.exec_module(module)


if "--ref" in sys.argv:
    use_extractors_from(sys.argv[sys.argv.index("--ref") + 1])

from claimgraph.extractors import claim_rows, extract  # noqa: E402
from claimgraph.model import RawDocument  # noqa: E402
from claimgraph.sources import parse  # noqa: E402

MODELS = ["Qwen 3.5 9B", "Llama-3.1-8B-Instruct", "gemma-2-9b-it", "Mistral-7B-v0.1", "Phi-4 14B",
          "Tern-2 14B Chat", "Corvid-2 8B Instruct", "Halcyon-3 70B", "DeepSeek-V3", "GPT-OSS-120B"]
LABS = ["Alibaba", "Meta", "Google", "Mistral AI", "Microsoft", "Petrel Systems", "Corvid Research",
        "Halcyon AI", "DeepSeek", "OpenAI"]
BENCHES = ["MMLU", "GSM8K", "MATH", "HumanEval", "GPQA Diamond", "MMLU-Pro", "ARC-Challenge", "MBPP"]
TEMPLATES = [
    "{lab}'s {m} scored {v1} on {b}, ahead of {m2} at {v2}.",
    "On {b}, {m} beats {m2} ({v1} vs {v2}), a gap the authors attribute to better data curation.",
    "The weights of {m} are released under the Apache 2.0 licence, and the team says fine-tuning is cheap.",
    "{m2} trails {m} on {b} by a few points, although it is cheaper to serve at $0.20 per 1M tokens.",
    "In our own runs the model reached {v1}% on {b} with 5-shot prompting, which matches the report.",
    "Analysts note that European labs such as Mistral AI lead formal verification work this year.",
    "{m} was released on March {d}, 2026 and has quickly become a popular baseline for small agents.",
    "Nothing in the evaluation suggests that the ranking would change with longer contexts or more shots.",
]


def make_article(words: int = 1500) -> str:
    """A plain-text news article of about `words` words, built from the templates above."""
    paras, count, k = ["Small models, big claims: a month of benchmark results"], 0, 0
    while count < words:
        sentences = []
        for t in TEMPLATES:
            i = k % len(MODELS)
            s = t.format(lab=LABS[i], m=MODELS[i], m2=MODELS[(i + 3) % len(MODELS)], b=BENCHES[k % len(BENCHES)],
                         v1=f"{60 + k % 30}.{k % 10}", v2=f"{50 + k % 25}.{(k + 3) % 10}", d=1 + k % 27)
            sentences.append(s)
            k += 1
        para = " ".join(sentences)
        paras.append(para)
        count += len(para.split())
    return "\n\n".join(paras) + "\n"


def make_model_card(rows: int = 40) -> str:
    """A Markdown model card with a models-as-rows table and a transposed table with settings."""
    out = ["# Example-4 model card", "",
           "Example-4 is a family of open models from Halcyon AI, released under the Apache 2.0 licence.", "",
           "## Leaderboard", "", "| Model | " + " | ".join(BENCHES) + " |", "|---" * (len(BENCHES) + 1) + "|"]
    for r in range(rows):
        name = f"{MODELS[r % len(MODELS)].split()[0]}-{r % 5 + 2} {7 * (r % 6 + 1)}B"
        cells = [f"{40 + (r * 7 + j * 3) % 55}.{(r + j) % 10}" if (r + j) % 11 else "—" for j in range(len(BENCHES))]
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    out += ["", "## Evaluation settings", "", "| Benchmark | Setting | " + " | ".join(MODELS[:6]) + " |",
            "|---" * 8 + "|"]
    settings = ["5-shot", "8-shot CoT", "4-shot", "pass@1", "0-shot CoT", "5-shot", "25-shot", "pass@1"]
    for r in range(rows // 2):
        b = BENCHES[r % len(BENCHES)]
        cells = [f"{50 + (r * 5 + j) % 45}.{j}" for j in range(6)]
        out.append(f"| {b} | {settings[r % len(settings)]} | " + " | ".join(cells) + " |")
    out += ["", "Example-4 outperforms Llama-3.1-8B-Instruct on every benchmark in the table above.", ""]
    return "\n".join(out)


def parsed(text: str, media: str, name: str):
    return parse(RawDocument(source_id=f"/bench/{name}", content=text.encode(), media_type=media))


def measure(doc, seconds: float) -> tuple[float, int, int]:
    """(documents per second, claims per document, runs) for `extract` + `claim_rows` on one document."""
    extract(doc)  # warm caches (gazetteer, recogniser)
    runs, start = 0, time.process_time()
    while time.process_time() - start < seconds or runs < 3:
        rows = claim_rows(doc.source_id, extract(doc))
        runs += 1
    elapsed = time.process_time() - start
    return runs / elapsed, len(rows), runs


def compare(ref: str, seconds: float, rounds: int = 3) -> None:
    """Median docs/s of revision `ref` and of the working tree, measured alternately."""
    results: dict[str, dict[str, list[float]]] = {ref: {}, "working tree": {}}
    for _ in range(rounds):
        for label, extra in ((ref, ["--ref", ref]), ("working tree", [])):
            out = subprocess.run([sys.executable, __file__, "--json", "--seconds", str(seconds), *extra],
                                 capture_output=True, text=True, check=True).stdout
            for name, rate in json.loads(out.splitlines()[-1]).items():
                results[label].setdefault(name, []).append(rate)
    for label, by_doc in results.items():
        for name, rates in by_doc.items():
            print(f"{label:14} {name:24} median {statistics.median(rates):7.1f} docs/s  (runs: {', '.join(f'{r:.1f}' for r in rates)})")


def main(argv: list[str]) -> None:
    seconds = float(argv[argv.index("--seconds") + 1]) if "--seconds" in argv else 3.0
    if "--compare" in argv:
        compare(argv[argv.index("--compare") + 1], seconds)
        return
    docs = {"article (1,500 words)": parsed(make_article(), "text/plain", "article.txt"),
            "model card (tables)": parsed(make_model_card(), "text/markdown", "card.md")}
    rates = {}
    for name, doc in docs.items():
        words = len(doc.text.split())
        if "--profile" in argv:
            prof = cProfile.Profile()
            prof.enable()
            for _ in range(20):
                extract(doc)
            prof.disable()
            print(f"--- profile: {name}")
            pstats.Stats(prof).sort_stats("tottime" if "--self" in argv else "cumulative").print_stats(25)
        rate, claims, runs = measure(doc, seconds)
        rates[name] = rate
        print(f"{name:24} {words:6d} words  {claims:4d} claims  {rate:8.1f} docs/s  {rate * words:10.0f} words/s  ({runs} runs)")
    if "--json" in argv:
        print(json.dumps(rates))


if __name__ == "__main__":
    main(sys.argv[1:])
