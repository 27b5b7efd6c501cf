"""No document makes extraction hang: over-long sentences are cut, spans are looked up by bisection."""
import time

from claimgraph.extractors import extract
from claimgraph.extractors.sentences import MAX_SENTENCE, split_sentences
from claimgraph.model import RawDocument
from claimgraph.sources import parse


def _doc(text: str):
    return parse(RawDocument(source_id="/long.txt", content=text.encode(), media_type="text/plain"))


def test_long_sentence_is_cut_at_spaces_below_the_cap():
    doc = _doc("Vexa-3 70B " * 1000)
    sents = split_sentences(doc)
    assert len(sents) > 1 and all(len(s.text) <= MAX_SENTENCE for s in sents)
    assert all(not s.text[0].isspace() and not s.text[-1].isspace() for s in sents)  # cut at spaces, not in words
    assert sum(len(s.text.split()) for s in sents) == 2000


def test_one_megabyte_without_a_full_stop_extracts_in_bounded_time():
    doc = _doc("Vexa-3 70B scored 71.2 on MMLU and " * 30_000)  # ~1 MB, one "sentence"
    start = time.process_time()
    claims = extract(doc).claims
    assert time.process_time() - start < 5.0
    assert any(c.kind == "score" and c.subject == "Vexa-3 70B" and c.value == 71.2 for c in claims)


def test_a_long_file_of_ragged_double_spaced_lines_parses_in_bounded_time():
    """Each such line could start a space-aligned table; a failed try covers its whole block, so the
    reader does not try again from every line (20,000 lines took 229 s before, 0.5 s after)."""
    lines = ["  ".join("x" * (1 + (k * 7 + n * 3) % 9) for n in range(2 + k % 5)) + " 12.5" for k in range(20_000)]
    start = time.process_time()
    _doc("\n".join(lines))
    assert time.process_time() - start < 10.0
