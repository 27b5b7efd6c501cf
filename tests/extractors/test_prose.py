from dataclasses import replace

from helpers import claims_of, make_blocks_doc, make_doc


def keyset(rows):
    return {(r["kind"], r["subject"], r["object"], r["benchmark"], r["value"], r["qualifier"]) for r in rows}


def test_score_and_comparison_with_pairs():
    doc = make_doc("Foo-3 70B beats Bar-2 8B on GPQA Diamond (81.7 vs 80.1) and MMLU-Pro (70.0 vs 65.5).")
    ks = keyset(claims_of(doc))
    assert ("score", "Foo-3 70B", None, "GPQA Diamond", 81.7, None) in ks
    assert ("score", "Bar-2 8B", None, "MMLU-Pro", 65.5, None) in ks
    assert ("outperforms", "Foo-3 70B", "Bar-2 8B", "GPQA Diamond", None, None) in ks
    assert ("parameters", "Foo-3 70B", None, None, 70000000000, None) in ks


def test_reversed_comparison_and_denial():
    ks = keyset(claims_of(make_doc("Foo-3 70B trails Bar-2 8B on MMLU. Baz-4 does not beat Bar-2 8B on MMLU.")))
    assert ("outperforms", "Bar-2 8B", "Foo-3 70B", "MMLU", None, None) in ks
    assert not any(k[0] == "outperforms" and k[1] == "Baz-4" for k in ks)


def test_both_models_as_the_subject_of_a_comparison():
    doc = make_doc("On MMLU, Foo-3 70B reaches 83.6, ahead of Bar-2 8B at 77.8.",
                   "Both models trail Baz-4, which scored 88.7 on MMLU.")
    got = {(r["subject"], r["object"]) for r in claims_of(doc, "outperforms")}
    assert got == {("Foo-3 70B", "Bar-2 8B"), ("Baz-4", "Foo-3 70B"), ("Baz-4", "Bar-2 8B")}


def test_scores_on_benchmarks_the_gazetteer_does_not_know():
    doc = make_doc("Foo-3 70B scores 61.2 on ZebraLogic and 44.0 on MMLU-Pro.",
                   "Bar-2 8B posts 25.3 on Humanity's Last Exam, up from 20.1 a year ago.",
                   "Foo-3 70B was downloaded 50 times on Monday and runs at 30 tokens a second on H100 GPUs.")
    got = {(r["subject"], r["benchmark"], r["value"]) for r in claims_of(doc, "score")}
    assert got == {("Foo-3 70B", "ZebraLogic", 61.2), ("Foo-3 70B", "MMLU-Pro", 44.0),
                   ("Bar-2 8B", "Humanity's Last Exam", 25.3)}


def test_vague_numbers_are_not_scores():
    rows = claims_of(make_doc("Foo-3 70B scores above 81 on GPQA Diamond and is 13x smaller, 10+ points ahead."))
    assert not [r for r in rows if r["kind"] == "score"]


def test_coreference_by_size_and_pronoun():
    doc = make_doc("Alibaba's Qwen 3.5 9B is new. The 9B scored 70.1 on MMMU-Pro. It reached 81.7 on GPQA Diamond.")
    ks = keyset(claims_of(doc))
    assert ("score", "Qwen 3.5 9B", None, "MMMU-Pro", 70.1, None) in ks
    assert ("score", "Qwen 3.5 9B", None, "GPQA Diamond", 81.7, None) in ks
    assert ("developer", "Qwen 3.5 9B", "Alibaba", None, None, None) in ks


def test_settings_become_qualifiers():
    ks = keyset(claims_of(make_doc("At pass@2 on FLTEval, Leanstral scores 26.3 versus Claude Sonnet's 23.7.")))
    assert ("score", "Leanstral", None, "FLTEval", 26.3, "pass@2") in ks
    assert ("score", "Claude Sonnet", None, "FLTEval", 23.7, "pass@2") in ks


def test_a_setting_right_after_a_benchmark_is_that_scores():
    ks = keyset(claims_of(make_doc("On our harness, Pelican-9B reaches 66.2 on MMLU (5-shot) and 58.0 on HumanEval "
                                   "(pass@1); Pelican-9B Chat gets 71.0% on GSM8K maj@8 and 30.5% on MATH maj@4.")))
    assert {(k[1], k[3], k[5]) for k in ks if k[0] == "score"} == {
        ("Pelican-9B", "MMLU", "5-shot"), ("Pelican-9B", "HumanEval", "pass@1"),
        ("Pelican-9B Chat", "GSM8K", "maj@8"), ("Pelican-9B Chat", "MATH", "maj@4")}


def test_licence_developer_release_price():
    doc = make_doc("Zeta-2 8x7B, developed by Mistral AI, is released under the MIT license on 1 March 2026. "
                   "Zeta-2 8x7B costs $0.10 per 1M tokens.")
    ks = keyset(claims_of(doc))
    assert ("license", "Zeta-2 8x7B", "MIT", None, None, None) in ks
    assert ("developer", "Zeta-2 8x7B", "Mistral AI", None, None, None) in ks
    assert ("release", "Zeta-2 8x7B", "2026-03-01", None, None, None) in ks
    assert ("price", "Zeta-2 8x7B", None, None, 0.1, None) in ks


def test_lab_region_and_specialization():
    ks = keyset(claims_of(make_doc("Chinese labs (Alibaba, Zhipu) dominate multimodal, US labs (OpenAI) lead coding.")))
    assert ("lab_region", "Alibaba", "China", None, None, None) in ks
    assert ("lab_region", "Zhipu AI", "China", None, None, None) in ks
    assert ("specialization", "China", "multimodal", None, None, None) in ks
    assert ("specialization", "United States", "coding", None, None, None) in ks


def test_active_parameters():
    ks = keyset(claims_of(make_doc("DeepSeek V3 has 671B (37B active) parameters.")))
    assert ("parameters", "DeepSeek V3", None, None, 671000000000, None) in ks
    assert ("parameters", "DeepSeek V3", None, None, 37000000000, "active") in ks


def test_evidence_offsets_point_into_the_text():
    from claimgraph.extractors import extract
    doc = make_doc("Intro.", "Foo-3 70B scored 81.7 on GPQA Diamond. It also reached 60.2 on MMLU.",
                   [("Model", "MMLU"), ("Foo-3 70B", "60.2")])
    for c in extract(doc).claims:
        if c.method.startswith("table"):  # a cell's row, after the table's header row
            assert c.evidence.text == "Model | MMLU\n" + doc.text[c.evidence.start:c.evidence.end]
        else:
            assert doc.text[c.evidence.start:c.evidence.end] == c.evidence.text
        assert c.method and 0 < c.confidence <= 1


def test_sizes_stated_in_words():
    doc = make_doc("Mixtral 8x7B. It has 46.7B total parameters but uses only 12.9B per token.",
                   "Foo-3 has 141B total parameters, 39B active.")
    got = {(r["subject"], r["value"], r["qualifier"]) for r in claims_of(doc, "parameters")}
    assert got == {("Mixtral 8x7B", 46700000000, None), ("Mixtral 8x7B", 12900000000, "active"),
                   ("Foo-3", 141000000000, None), ("Foo-3", 39000000000, "active")}


def test_sizes_in_trillions_hyphenated_appositive_and_total_active_words():
    doc = make_doc("Foo-3, a 16B mixture-of-experts model, shipped in May.",
                   "Bar-2 is a 24-billion-parameter model. Baz-4 is a 30B-A3B model.",
                   "Qux-1 packs 1 trillion total parameters with 32 billion activated.",
                   "Foo-3 was trained on 14.8T total tokens.")
    got = {(r["subject"], r["value"], r["qualifier"]) for r in claims_of(doc, "parameters")}
    assert got == {("Foo-3", 16000000000, None), ("Bar-2", 24000000000, None), ("Baz-4", 30000000000, None),
                   ("Baz-4", 3000000000, "active"), ("Qux-1", 1000000000000, None), ("Qux-1", 32000000000, "active")}


def test_a_total_active_model_name_is_not_read_twice():
    rows = claims_of(make_doc("Qwen3-30B-A3B scores 61.8 on GPQA Diamond."), "parameters")
    assert sorted((r["value"], r["qualifier"]) for r in rows) == [(3000000000, "active"), (30000000000, None)]


def test_release_today_uses_the_publication_date_and_previews_are_not_releases():
    from dataclasses import replace
    doc = replace(make_doc("Today we are releasing Foo-3, our new model.",
                           "Foo-3 8B was first previewed on February 3, 2026; both models were released on April 14, 2026."),
                  published="2026-04-14")
    got = {(r["subject"], r["object"]) for r in claims_of(doc, "release")}
    assert ("Foo-3", "2026-04-14") in got and not any(o == "2026-02-03" for _, o in got)


def test_licence_of_a_relative_clause_is_the_nearest_model():
    doc = make_doc("Foo-3 8B was distilled from Gemma 3 27B, which is distributed under the Gemma license, "
                   "and Bar-2 70B, which is distributed under the Llama 3 Community License.")
    got = {(r["subject"], r["object"]) for r in claims_of(doc, "license")}
    assert got == {("Gemma 3 27B", "Gemma"), ("Bar-2 70B", "Llama 3 Community License")}


def _parsed(text: str, name: str = "card.md"):
    from claimgraph.model import RawDocument
    from claimgraph.sources import parse
    return parse(RawDocument(source_id=f"/tmp/{name}", content=text.encode(), media_type="text/markdown"))


def test_card_field_lines_belong_to_the_card_model():
    doc = _parsed("# Zephyrine-2 7B\n\n## Model Details\n\n- **Developed by:** Nordwind Labs\n- **License:** Apache 2.0\n"
                  "- **Model release date:** April 18, 2024\n- Model size: 7.3B params\n- Terms of use: Zephyr Community License\n")
    ks = keyset(claims_of(doc))
    assert ("developer", "Zephyrine-2 7B", "Nordwind Labs", None, None, None) in ks
    assert ("license", "Zephyrine-2 7B", "Apache-2.0", None, None, None) in ks
    assert ("release", "Zephyrine-2 7B", "2024-04-18", None, None, None) in ks
    assert ("parameters", "Zephyrine-2 7B", None, None, 7300000000, None) in ks
    assert ("license", "Zephyrine-2 7B", "Zephyr Community License", None, None, None) in ks


def test_developer_and_active_parameters_in_long_sentences():
    ks = keyset(claims_of(make_doc(
        "Foo-3 is a sparse mixture-of-experts model developed by Nordwind Labs, with 141B total parameters, 39B of which are active.",
        "Halcyon AI developed and released the Bar-2 family of models.")))
    assert ("developer", "Foo-3", "Nordwind Labs", None, None, None) in ks
    assert ("parameters", "Foo-3", None, None, 39000000000, "active") in ks
    assert ("developer", "Bar-2", "Halcyon AI", None, None, None) in ks


def test_competitive_with_gives_no_outperforms_and_pronoun_winner():
    ks = keyset(claims_of(make_doc(
        "Foo-3 8B outperforms Bar-2 8B on MMLU and GSM8K, and is competitive with Baz-1 7B on MATH.",
        "Qux-2 9B scores 66.6 on MMLU. Its predecessor, Qux-1 9B, trails it on that benchmark.")))
    assert not any(k[0] == "outperforms" and "Baz-1 7B" in (k[1], k[2]) for k in ks)
    assert not any(k[0] == "outperforms" and k[3] == "MATH" for k in ks)
    assert ("outperforms", "Qux-2 9B", "Qux-1 9B", "MMLU", None, None) in ks


def test_size_in_brackets_and_abbreviated_instruct():
    ks = keyset(claims_of(make_doc("Phi-3-small (7B) beats Llama-3-In 8b on MMLU.")))
    assert ("parameters", "Phi-3-small", None, None, 7000000000, None) in ks
    assert ("outperforms", "Phi-3-small", "Llama 3 8B Instruct", "MMLU", None, None) in ks


def test_licence_per_size():
    ks = keyset(claims_of(make_doc("Qwen2.5 is released under Apache 2.0, except the 3B and 72B models, which use the Qwen License.")))
    assert ("license", "Qwen 2.5", "Apache-2.0", None, None, None) in ks
    assert ("license", "Qwen 2.5 3B", "Qwen License", None, None, None) in ks
    assert ("license", "Qwen 2.5 72B", "Qwen License", None, None, None) in ks


def _html(body: str, name: str = "page.html"):
    from claimgraph.model import RawDocument
    from claimgraph.sources import parse
    return parse(RawDocument(source_id=f"/tmp/{name}", content=f"<html><body><main>{body}</main></body></html>".encode(),
                             media_type="text/html"))


def test_definition_list_fields_belong_to_the_card_model():
    doc = _html("<h1>Wrenfield-3 14B Instruct</h1><p>A chat model.</p>"
                "<dl><dt>Developer</dt><dd>Ostrava Labs</dd><dt>License:</dt><dd>MIT</dd><dt>Parameters</dt><dd>14.7B</dd>"
                "<dt>Release date</dt><dd>March 3, 2025</dd><dt>Context length</dt><dd>32K tokens</dd></dl>")
    rows = claims_of(doc)
    ks = keyset(rows)
    assert ("developer", "Wrenfield-3 14B Instruct", "Ostrava Labs", None, None, None) in ks
    assert ("license", "Wrenfield-3 14B Instruct", "MIT", None, None, None) in ks
    assert ("parameters", "Wrenfield-3 14B Instruct", None, None, 14700000000, None) in ks
    assert ("release", "Wrenfield-3 14B Instruct", "2025-03-03", None, None, None) in ks
    licence = next(r for r in rows if r["kind"] == "license")
    assert "License" in licence["evidence"] and "MIT" in licence["evidence"]  # the <dt> and its <dd>


def test_model_field_names_the_subject_of_the_fields_after_it():
    doc = _html("<h1>Introducing Sable-2</h1><p>Two new models.</p>"
                "<dl><dt>Model</dt><dd>Sable-2 27B</dd><dt>Parameters</dt><dd>27.4 billion</dd></dl>"
                "<dl><dt>Model</dt><dd>Sable-2 7B</dd><dt>Parameters</dt><dd>7.1 billion</dd></dl>")
    ks = keyset(claims_of(doc))
    assert ("parameters", "Sable-2 27B", None, None, 27400000000, None) in ks
    assert ("parameters", "Sable-2 7B", None, None, 7100000000, None) in ks
    assert ("parameters", "Sable-2 7B", None, None, 7000000000, None) in ks  # the name still states its size


def test_key_value_table_rows_are_fields():
    doc = _parsed("# Brisk-4 Mini\n\nA small model.\n\n| Field | Value |\n|---|---|\n| Developer | Saltmarsh AI |\n"
                  "| Parameters | 3.8B |\n| Context length | 64K |\n| License | MIT |\n| Released | June 4, 2025 |\n")
    ks = keyset(claims_of(doc))
    assert ("developer", "Brisk-4 Mini", "Saltmarsh AI", None, None, None) in ks
    assert ("parameters", "Brisk-4 Mini", None, None, 3800000000, None) in ks
    assert ("license", "Brisk-4 Mini", "MIT", None, None, None) in ks
    assert ("release", "Brisk-4 Mini", "2025-06-04", None, None, None) in ks


def test_list_items_that_are_not_field_labels_stay_apart():
    doc = _html("<h1>Foo-3 8B</h1><ul><li>Context</li><li>Bar-2 7B</li><li>Released weights</li><li>Baz-1 9B</li></ul>")
    rows = claims_of(doc, "parameters")
    assert {r["evidence"] for r in rows if r["subject"] != "Foo-3 8B"} == {"Bar-2 7B", "Baz-1 9B"}
    assert not claims_of(doc, "release")


def test_inverted_comparison_with_the_pair_owned_by_the_winner():
    ks = keyset(claims_of(make_doc(
        "On HumanEval, Foo-2 9B fails to match Bar-3 8B, which scores 72.6 against 68.3 for Foo-2 9B.",
        "On MATH, Foo-2 9B lags behind Baz-1 7B, which posts 44.0 vs 41.5.")))
    assert ("score", "Bar-3 8B", None, "HumanEval", 72.6, None) in ks
    assert ("score", "Foo-2 9B", None, "HumanEval", 68.3, None) in ks
    assert ("outperforms", "Bar-3 8B", "Foo-2 9B", "HumanEval", None, None) in ks
    assert ("score", "Baz-1 7B", None, "MATH", 44.0, None) in ks
    assert ("score", "Foo-2 9B", None, "MATH", 41.5, None) in ks
    assert not any(k[0] == "outperforms" and k[1] == "Foo-2 9B" for k in ks)


def test_result_pairs_a_to_b_go_to_the_winner_first_or_last():
    ks = keyset(claims_of(make_doc(
        "Bar-3 8B is outperformed by Baz-1 7B on MATH, 75.5 to 51.9.",
        "Foo-2 9B trails Baz-1 7B on GSM8K, 49.8 to 75.0.",
        "Foo-2 9B edges out Bar-3 8B on MMLU, 56.3 to 55.1.")))
    assert {("score", "Baz-1 7B", None, "MATH", 75.5, None), ("score", "Bar-3 8B", None, "MATH", 51.9, None),
            ("score", "Foo-2 9B", None, "GSM8K", 49.8, None), ("score", "Baz-1 7B", None, "GSM8K", 75.0, None),
            ("score", "Foo-2 9B", None, "MMLU", 56.3, None), ("score", "Bar-3 8B", None, "MMLU", 55.1, None)} <= ks
    assert ("outperforms", "Baz-1 7B", "Bar-3 8B", "MATH", None, None) in ks
    assert not any(k[0] == "outperforms" and k[1] == "Bar-3 8B" for k in ks)


def test_coordinated_verbs_share_the_first_subject():
    ks = keyset(claims_of(make_doc(
        "Foo-2 9B edges out Bar-3 8B on MMLU-Pro, and beats it on LongBench by a wider margin.",
        "Baz-1 7B trails Qux-4 7B on MATH, and is outperformed by Bar-3 8B on HumanEval.")))
    assert ("outperforms", "Foo-2 9B", "Bar-3 8B", "LongBench", None, None) in ks
    assert ("outperforms", "Bar-3 8B", "Baz-1 7B", "HumanEval", None, None) in ks
    assert not any(k[0] == "outperforms" and k[2] in ("Foo-2 9B", "Qux-4 7B") for k in ks)


def test_a_change_from_a_to_b_states_b():
    ks = keyset(claims_of(make_doc(
        "Foo-2 9B improves its MATH score from 51.9 to 75.5.",
        "On GSM8K, Bar-3 8B goes from 60.2% in our first run to 64.0% after the fix.",
        "Compared with Bar-3 8B, the new model improves HumanEval from 41.0 to 55.2.",
        "Templates improve patch verification from 78% to 93% accuracy, and Baz-1 7B scores 70 to 75 on MMLU.")))
    scores = {k for k in ks if k[0] == "score"}
    assert scores == {("score", "Foo-2 9B", None, "MATH", 75.5, None), ("score", "Bar-3 8B", None, "GSM8K", 64.0, None)}


def test_a_price_change_states_the_new_price_and_its_side():
    ks = keyset(claims_of(make_doc("On May 1 the input price of Foo-2 9B dropped from $0.10 to $0.08 per 1M tokens.")))
    assert {k for k in ks if k[0] == "price"} == {("price", "Foo-2 9B", None, None, 0.08, "input")}


def test_developer_from_description_progressive_verb_and_apposition():
    ks = keyset(claims_of(make_doc(
        "Foo-4 Mini is a 3.8B-parameter dense language model from Saltmarsh AI, a Dutch lab.",
        "Today Quarry Research is releasing Bar-2 27B and Bar-2 7B.",
        "Gemma 2 27B, Google's largest model in this group, trails both of them.")))
    assert ("developer", "Foo-4 Mini", "Saltmarsh AI", None, None, None) in ks
    assert ("parameters", "Foo-4 Mini", None, None, 3800000000, None) in ks
    assert ("developer", "Bar-2 27B", "Quarry Research", None, None, None) in ks
    assert ("developer", "Bar-2 7B", "Quarry Research", None, None, None) in ks
    assert ("developer", "Gemma 2 27B", "Google", None, None, None) in ks


def test_both_as_an_object_and_the_benchmark_of_an_earlier_comparison():
    ks = keyset(claims_of(make_doc(
        "Foo-2 9B trails Bar-3 12B on GSM8K by five points, and Baz-1 12B falls behind both models on every task.",
        "Qux-2 7B and Quux-3 8B top MATH. Corge-1 7B is outperformed by both of them on MATH.")))
    assert ("outperforms", "Bar-3 12B", "Foo-2 9B", "GSM8K", None, None) in ks
    assert ("outperforms", "Foo-2 9B", "Baz-1 12B", None, None, None) in ks
    assert ("outperforms", "Bar-3 12B", "Baz-1 12B", None, None, None) in ks
    assert ("outperforms", "Qux-2 7B", "Corge-1 7B", "MATH", None, None) in ks
    assert ("outperforms", "Quux-3 8B", "Corge-1 7B", "MATH", None, None) in ks


def test_a_headline_gives_way_to_the_body_as_evidence():
    from claimgraph.extractors import claim_rows, extract
    doc = _parsed("# Harbor AI unveils Tide-2, a 236B-parameter MoE model\n\n"
                  "Harbor AI, a Singapore-based startup, today released Tide-2, a 236B-parameter mixture-of-experts model.\n")
    rows = [r for r in claim_rows(doc.source_id, extract(doc)) if r["kind"] == "parameters"]
    assert [r["evidence"] for r in rows] == ["Harbor AI, a Singapore-based startup, today released Tide-2, "
                                             "a 236B-parameter mixture-of-experts model."]


def test_a_setting_stays_with_the_benchmark_a_sentence_refers_back_to():
    ks = keyset(claims_of(make_doc(
        "Switching to 0-shot CoT changes the picture on MATH. Foo-2 14B reaches 80.0 there.",
        "On MMLU, Bar-3 8B scores 70.1.")))
    assert ("score", "Foo-2 14B", None, "MATH", 80.0, "0-shot CoT") in ks
    assert ("score", "Bar-3 8B", None, "MMLU", 70.1, None) in ks


def test_field_paragraph_in_a_story_and_the_new_model():
    doc = _html("<h1>Tallis Labs ships Osprey-3, a small model for contracts and filings</h1>"
                "<p>Tallis Labs released Osprey-3 9B on November 18, 2025. The company says the model reads contracts.</p>"
                "<p><strong>License:</strong> Osprey Community License</p>"
                "<p>Its predecessor Osprey-2 7B still trails the new model on MMLU.</p>")
    ks = keyset(claims_of(doc))
    assert ("license", "Osprey-3 9B", "Osprey Community License", None, None, None) in ks
    assert ("outperforms", "Osprey-3 9B", "Osprey-2 7B", "MMLU", None, None) in ks


def test_behind_and_below_with_a_verb_are_comparisons():
    ks = keyset(claims_of(make_doc(
        "Foo-2 9B is slightly behind Bar-3 8B on MMLU.",
        "Foo-2 9B ranks below Bar-3 8B on GSM8K but sits above Baz-1 7B on MATH.",
        "The benchmark is behind a paywall, and Baz-1 7B scores below 50 on MMLU.")))
    outperforms = {k for k in ks if k[0] == "outperforms"}
    assert outperforms == {("outperforms", "Bar-3 8B", "Foo-2 9B", "MMLU", None, None),
                           ("outperforms", "Bar-3 8B", "Foo-2 9B", "GSM8K", None, None),
                           ("outperforms", "Foo-2 9B", "Baz-1 7B", "MATH", None, None)}


def test_a_comparison_takes_the_benchmark_its_scores_name():
    ks = keyset(claims_of(make_doc("Foo-2 9B remains behind Bar-3 8B, which scores 70.2 vs 68.1 on MMLU.")))
    assert {k for k in ks if k[0] == "outperforms"} == {("outperforms", "Bar-3 8B", "Foo-2 9B", "MMLU", None, None)}
    assert ("score", "Foo-2 9B", None, "MMLU", 68.1, None) in ks


def test_numbers_inside_settings_are_not_scores():
    rows = claims_of(make_doc("Compared to Bar-3 8B, Foo-2 9B scores 3.2 points higher on ARC-Challenge (25-shot).",
                              "Foo-2 9B scores 61.3 on MMLU (5-shot)."), "score")
    assert {(r["subject"], r["benchmark"], r["value"], r["qualifier"]) for r in rows} == {("Foo-2 9B", "MMLU", 61.3, "5-shot")}


def test_developer_in_a_second_predicate():
    ks = keyset(claims_of(make_doc("Foo-2 9B is licensed under the MIT License and was developed by Nordlicht AI.",
                                   "Foo-2 9B beats Bar-3 8B, which was built by Kiln Labs.")))
    assert ("developer", "Foo-2 9B", "Nordlicht AI", None, None, None) in ks
    assert {k[1] for k in ks if k[0] == "developer" and k[2] == "Kiln Labs"} == {"Bar-3 8B"}


def test_a_setting_between_a_score_and_its_benchmark():
    rows = claims_of(make_doc("Foo-2 9B scores 70.1 on 5-shot MMLU and 55.0 on 0-shot CoT MATH."), "score")
    assert {(r["benchmark"], r["value"], r["qualifier"]) for r in rows} == {("MMLU", 70.1, "5-shot"), ("MATH", 55.0, "0-shot CoT")}


def _blocks_doc(*blocks: tuple[str, str]):
    """A Document of (kind, text) blocks: heading, paragraph, item."""
    from claimgraph.model import Block, Document
    text, out = "", []
    for kind, part in blocks:
        text += "\n\n" if text else ""
        out.append(Block(kind, part, len(text), len(text) + len(part)))
        text += part
    return Document(source_id="/tmp/test.md", text=text, blocks=tuple(out), tables=())


def test_score_items_under_a_heading_naming_one_model():
    doc = _blocks_doc(("heading", "Orca-5 Pro at a glance"), ("item", "MMLU-Pro: 71.2%"), ("item", "HumanEval: 80.4% (pass@1)"),
                      ("item", "Context window: 128K tokens"), ("heading", "How it compares"), ("item", "GSM8K: 90.1%"))
    rows = claims_of(doc, "score")
    assert {(r["subject"], r["benchmark"], r["value"], r["qualifier"], r["evidence"]) for r in rows} == {
        ("Orca-5 Pro", "MMLU-Pro", 71.2, None, "MMLU-Pro: 71.2%"),
        ("Orca-5 Pro", "HumanEval", 80.4, "pass@1", "HumanEval: 80.4% (pass@1)")}  # not under the second heading


def test_a_plain_word_and_a_size_name_a_model_unless_verb_or_qualifier():
    ks = keyset(claims_of(make_doc("Heron 7B scores 61.0 on MMLU.", "Beats 120B models easily. Only 3B scores 20.0 on MMLU.")))
    assert {k for k in ks if k[0] == "score"} == {("score", "Heron 7B", None, "MMLU", 61.0, None)}


def test_a_benchmark_after_a_list_of_objects_is_each_ones_and_with_n_is_the_subjects_score():
    ks = keyset(claims_of(make_doc("Foo-2 9B finished ahead of both Bar-3 8B and Baz-1 7B on IFEval with 80.3.")))
    assert {k for k in ks if k[0] in ("outperforms", "score")} == {
        ("outperforms", "Foo-2 9B", "Bar-3 8B", "IFEval", None, None),
        ("outperforms", "Foo-2 9B", "Baz-1 7B", "IFEval", None, None), ("score", "Foo-2 9B", None, "IFEval", 80.3, None)}


def test_a_denied_licence_is_no_claim_and_the_one_given_instead_is():
    ks = keyset(claims_of(make_doc("Foo-2 9B is not released under Apache 2.0, whatever the forums said: Kiln Labs chose MIT.",
                                   "Bar-3 8B is not licensed under MIT as Bar-2 was; the new weights use Apache 2.0.")))
    assert {k for k in ks if k[0] == "license"} == {("license", "Foo-2 9B", "MIT", None, None, None),
                                                    ("license", "Bar-3 8B", "Apache-2.0", None, None, None)}


def test_a_name_the_document_calls_a_model_is_one_everywhere():
    ks = keyset(claims_of(make_doc("Kiln Labs posted Thistle-R, a 2.7-billion-parameter reasoning model, under MIT.",
                                   "Kiln reports 48.2 on GSM8K (8-shot) for Thistle-R.")))
    assert ("license", "Thistle-R", "MIT", None, None, None) in ks
    assert ("parameters", "Thistle-R", None, None, 2700000000, None) in ks
    assert {k for k in ks if k[0] == "score"} == {("score", "Thistle-R", None, "GSM8K", 48.2, "8-shot")}  # 2.7 is no score


def test_it_under_a_heading_naming_one_model_is_that_model():
    doc = _blocks_doc(("heading", "Gannet 8x7B"), ("paragraph", "The lab gave no total. Nor did the card. Nobody asked."),
                      ("paragraph", "It scores 71.4 on MMLU, just ahead of Mixtral 8x7B's 70.6."))
    ks = keyset(claims_of(doc))
    assert ("score", "Gannet 8x7B", None, "MMLU", 71.4, None) in ks
    assert ("outperforms", "Gannet 8x7B", "Mixtral 8x7B", "MMLU", None, None) in ks


def test_paired_prices_per_million_input_output_tokens():
    rows = claims_of(make_doc("Foo-2 9B costs $2 / $8 per million input/output tokens.",
                              "Bar-3 8B: $0.15/M input · $0.60/M output."), "price")
    assert {(r["subject"], r["value"], r["qualifier"]) for r in rows} == {
        ("Foo-2 9B", 2, "input"), ("Foo-2 9B", 8, "output"), ("Bar-3 8B", 0.15, "input"), ("Bar-3 8B", 0.6, "output")}


def test_activates_n_of_its_m_parameters():
    rows = claims_of(make_doc("Foo-2 9B activates 3B of its 30B parameters per token."), "parameters")
    assert {(r["value"], r["qualifier"]) for r in rows if r["evidence"]} >= {(3e9, "active"), (30e9, None)}


def test_lab_nationality_before_the_name_headquarters_and_described_labs():
    ks = keyset(claims_of(make_doc(
        "Norway's Fjord Labs and the Dutch lab Tulip Compute both ship small models.",
        "Kiln Labs, which is headquartered in Shenzhen, China, released Foo-2 9B.",
        "Heather Works, the Australian lab behind Bar-3 8B, is new.",
        "Marram Compute, a Dutch startup, released Baz-1 7B on 2025-05-01.")))
    regions = {(k[1], k[2]) for k in ks if k[0] == "lab_region"}
    assert regions == {("Fjord Labs", "Norway"), ("Tulip Compute", "Netherlands"), ("Kiln Labs", "China"),
                       ("Heather Works", "Australia"), ("Marram Compute", "Netherlands")}
    assert ("developer", "Baz-1 7B", "Marram Compute", None, None, None) in ks


def test_margins_and_section_numbers_are_not_scores():
    rows = claims_of(make_doc("Foo-2 9B keeps a 3.5-point lead on AIME 2025 over Bar-3 8B.",
                              "On MATH the gap exceeds 40 points, as described in §4 and Table 4 for Bar-3 8B.",
                              "Bar-3 8B has no SWE-bench Verified score (note 4)."), "score")
    assert rows == []


def test_its_score_compares_with_and_a_possessive_inside_an_apposition():
    ks = keyset(claims_of(make_doc("Foo-2 9B was released today.",
                                   "Its HumanEval score of 62.2 compares with 60.4 for Bar-3 8B.",
                                   "Baz-1 7B, with a quarter of Bar-3 8B's parameters, still outperforms Qux-4 12B on MATH.")))
    assert ("score", "Foo-2 9B", None, "HumanEval", 62.2, None) in ks
    assert ("outperforms", "Foo-2 9B", "Bar-3 8B", "HumanEval", None, None) in ks
    assert {k for k in ks if k[0] == "outperforms" and k[3] == "MATH"} == {("outperforms", "Baz-1 7B", "Qux-4 12B", "MATH", None, None)}


def test_developer_shapes_whose_behind_put_out_and_a_relative_clause():
    ks = keyset(claims_of(make_doc(
        "Two labs lead: Kiln Labs, whose Foo-2 9B reaches 81.0 on MATH, and Fjord Labs, whose Bar-3 8B trails it.",
        "Heather Works, the small lab behind the tiny Baz-1 7B model, is new.",
        "Norway's Tarn Systems put out Qux-4 12B on 2025-08-01.",
        "Moss Research, which is headquartered in Oslo, Norway, released Quux-5 3B on 2025-07-30.")))
    assert {(k[1], k[2]) for k in ks if k[0] == "developer"} == {
        ("Foo-2 9B", "Kiln Labs"), ("Bar-3 8B", "Fjord Labs"), ("Baz-1 7B", "Heather Works"), ("Qux-4 12B", "Tarn Systems"),
        ("Quux-5 3B", "Moss Research")}


def test_sits_at_takes_the_benchmark_just_named_and_a_lab_quotes_its_sections_model():
    ks = keyset(claims_of(make_doc("The coding race is on SWE-bench Verified.", "Foo-2 9B sits at 74.9 and Bar-3 8B at 74.5.")))
    assert {k for k in ks if k[0] == "score"} == {("score", "Foo-2 9B", None, "SWE-bench Verified", 74.9, None),
                                                  ("score", "Bar-3 8B", None, "SWE-bench Verified", 74.5, None)}
    doc = _blocks_doc(("heading", "Orrery-7"), ("paragraph", "Kiln Labs released it in July."),
                      ("paragraph", "Kiln quotes 83.0 on AIME 2024 and 64.5 on LiveCodeBench."))
    assert {(r["subject"], r["benchmark"], r["value"]) for r in claims_of(doc, "score")} == {
        ("Orrery-7", "AIME 2024", 83.0), ("Orrery-7", "LiveCodeBench", 64.5)}


def test_ahead_on_every_column_is_an_overall_win_besides_the_benchmark_named():
    ks = keyset(claims_of(make_doc("Foo-2 9B is ahead of Bar-3 8B on every column, most visibly on AIME 2025.")))
    assert {k for k in ks if k[0] == "outperforms"} == {("outperforms", "Foo-2 9B", "Bar-3 8B", None, None, None),
                                                        ("outperforms", "Foo-2 9B", "Bar-3 8B", "AIME 2025", None, None)}


def test_arena_ratings_rank_verbs_bracketed_labs_and_withdrawn_figures():
    ks = keyset(claims_of(make_doc(
        "Foo-2 9B climbed to second place on the LMArena text leaderboard with 1,431 points.",
        "Bar-3 8B, which held second place, slipped to third with 1,429.",
        "The ranking: Baz-1 7B (Kiln Labs) leads the open models.",
        "An earlier version of this article said Foo-2 9B scored 1,420 points on LMArena.")))
    assert {k for k in ks if k[0] == "score"} == {("score", "Foo-2 9B", None, "Chatbot Arena", 1431, None),
                                                  ("score", "Bar-3 8B", None, "Chatbot Arena", 1429, None)}
    assert ("developer", "Baz-1 7B", "Kiln Labs", None, None, None) in ks


def test_values_listed_in_the_order_of_models_or_benchmarks():
    ks = keyset(claims_of(make_doc(
        "Foo-2 9B (72.1/41.3 on MMLU/GPQA Diamond) is new.",
        "On MATH, Bar-3 8B / Baz-1 7B / Qux-4 12B land at 74.7 / 69.4 / 71.9.",
        "Bar-3 8B and Baz-1 7B score 76.9 and 51.9 respectively on GSM8K.")))
    assert {k for k in ks if k[0] == "score"} == {
        ("score", "Foo-2 9B", None, "MMLU", 72.1, None), ("score", "Foo-2 9B", None, "GPQA Diamond", 41.3, None),
        ("score", "Bar-3 8B", None, "MATH", 74.7, None), ("score", "Baz-1 7B", None, "MATH", 69.4, None),
        ("score", "Qux-4 12B", None, "MATH", 71.9, None), ("score", "Bar-3 8B", None, "GSM8K", 76.9, None),
        ("score", "Baz-1 7B", None, "GSM8K", 51.9, None)}


def test_day_month_year_dates_currency_codes_and_present_tense_builds():
    ks = keyset(claims_of(make_doc("Kiln Labs released Foo-2 9B on 10.09.2025.",
                                   "Fjord Labs builds the Bar-3 8B model.",
                                   "API pricing for Foo-2 9B is RMB 2 per million input tokens and RMB 8 per million output tokens.")))
    assert ("release", "Foo-2 9B", "2025-09-10", None, None, None) in ks
    assert ("developer", "Bar-3 8B", "Fjord Labs", None, None, None) in ks
    assert not any(k[1].startswith("RMB") for k in ks)


def test_parameter_counts_written_in_words():
    rows = claims_of(make_doc("Foo-2 has eight billion parameters.",
                              "Bar-3 adopts a design with four hundred and eighty billion parameters in total, of which "
                              "thirty-two billion are activated per token."), "parameters")
    assert {(r["subject"], r["value"], r["qualifier"]) for r in rows} == {
        ("Foo-2", 8e9, None), ("Bar-3", 480e9, None), ("Bar-3", 32e9, "active")}


def test_claims_the_article_denies_are_not_claims():
    ks = keyset(claims_of(make_doc("We do not disclose sizes. Reports that Foo-2 9B has 1.2 trillion parameters are not accurate.",
                                   "Several posts claimed that Bar-3 8B scores 90.1 on MMLU. It does not: it was never run there.",
                                   "Baz-1 7B scores 70.2 on MMLU.")))
    assert {k for k in ks if k[0] in ("score", "parameters") and k[4] and k[4] > 1e10} == set()
    assert {k for k in ks if k[0] == "score"} == {("score", "Baz-1 7B", None, "MMLU", 70.2, None)}


def test_licence_as_does_hearsay_ranges_from_labs_and_series_sizes():
    ks = keyset(claims_of(make_doc(
        "Foo-2 9B ships under Apache 2.0, as does Bar-3 8B.",
        "Baz-1 7B is sometimes described as MIT-licensed, but the model page lists CC BY-NC 4.0.",
        "Qux-4 12B scores anywhere from 78 to 81 on MMLU.",
        "Quux-5 3B from Kiln Labs rounds out the field, with Phi-4 (14B) as a reference.",
        "On GSM8K, Foo-2 9B leads. Bar-3 8B comes next at 52.0.")))
    assert {(k[1], k[2]) for k in ks if k[0] == "license"} == {("Foo-2 9B", "Apache-2.0"), ("Bar-3 8B", "Apache-2.0"),
                                                               ("Baz-1 7B", "CC-BY-NC-4.0")}
    assert {k for k in ks if k[0] == "score"} == {("score", "Bar-3 8B", None, "GSM8K", 52.0, None)}
    assert ("developer", "Quux-5 3B", "Kiln Labs", None, None, None) in ks
    assert ("parameters", "Phi-4", None, None, 14e9, None) in ks


def test_lab_nationality_for_listed_labs():
    ks = keyset(claims_of(make_doc(
        "Five of the top seven come from Chinese labs: DeepSeek, Zhipu AI and Kiln Technology.",
        "US labs, led by Anthropic, OpenAI and Google, hold the top places.",
        "Fjord Labs, Tarn AI and Moss Research, all based in Norway, ship small models.",
        "Canadian labs, Cohere and Heather Works among them, lead efficiency.",
        "Bellhaven Labs, a smaller American company, is new.")))
    assert {(k[1], k[2]) for k in ks if k[0] == "lab_region"} == {
        ("DeepSeek", "China"), ("Zhipu AI", "China"), ("Kiln Technology", "China"), ("Anthropic", "United States"),
        ("OpenAI", "United States"), ("Google", "United States"), ("Fjord Labs", "Norway"), ("Tarn AI", "Norway"),
        ("Moss Research", "Norway"), ("Cohere", "Canada"), ("Heather Works", "Canada"), ("Bellhaven Labs", "United States")}


def test_developer_from_the_demonym_lab_comes_from_its_and_that_beats():
    ks = keyset(claims_of(make_doc(
        "Foo-2 9B, a small reasoning model from the British lab Kiln Research, scores 62.0 on GPQA Diamond.",
        "That beats Bar-3 8B, which scores 55.9 in the same setting.",
        "Baz-1 7B comes from Fjord Technology.",
        "Norway's Tarn Labs is one to watch: its Qux-4 12B scores 60.0 on MMLU.")))
    assert {(k[1], k[2]) for k in ks if k[0] == "developer"} == {("Foo-2 9B", "Kiln Research"), ("Baz-1 7B", "Fjord Technology"),
                                                                 ("Qux-4 12B", "Tarn Labs")}
    assert ("outperforms", "Foo-2 9B", "Bar-3 8B", "GPQA Diamond", None, None) in ks


def test_modified_licences_reached_with_a_model_and_the_lab_behind_last_year_s_model():
    ks = keyset(claims_of(make_doc(
        "Foo-2 9B is released under a Modified MIT License.",
        "On MMLU, Kiln Labs reached 71.2 with Bar-3 8B last month.",
        "Fjord Labs, the Norwegian lab behind last year's Baz-1 7B, is back.")))
    assert ("license", "Foo-2 9B", "Modified MIT License", None, None, None) in ks
    assert not any(k[0] == "license" and k[2] == "MIT" for k in ks)
    assert ("score", "Bar-3 8B", None, "MMLU", 71.2, None) in ks
    assert ("developer", "Baz-1 7B", "Fjord Labs", None, None, None) in ks


def test_it_after_a_parallel_comparison_is_the_model_compared_against():
    ks = keyset(claims_of(make_doc("Foo-2 Large beats Bar-3 8B on every benchmark in the table.",
                                   "Foo-2 Medium outperforms it on MMLU.",
                                   "Baz-1 70B beats Qux-4 12B on MATH. Its predecessor, Baz-0 70B, trails it by 3 points on MATH.")))
    assert ("outperforms", "Foo-2 Medium", "Bar-3 8B", "MMLU", None, None) in ks
    assert ("outperforms", "Baz-1 70B", "Baz-0 70B", "MATH", None, None) in ks


def test_reasoner_variants_and_labs_listed_above_all_or_at_the_front():
    ks = keyset(claims_of(make_doc(
        "Kiln Labs released Foo 2 Reasoner, a model that thinks first.",
        "American labs, Anthropic, OpenAI and Google above all, lead coding.",
        "Japanese labs, with Sakana AI at the front, lead efficiency.")))
    assert ("developer", "Foo 2 Reasoner", "Kiln Labs", None, None, None) in ks
    assert {(k[1], k[2]) for k in ks if k[0] == "lab_region"} == {
        ("Anthropic", "United States"), ("OpenAI", "United States"), ("Google", "United States"), ("Sakana AI", "Japan")}
    assert {(k[1], k[2]) for k in ks if k[0] == "specialization"} == {("United States", "coding"), ("Japan", "efficiency")}


def test_its_number_and_a_bare_figure_in_a_section_about_one_model_and_ai_research_companies():
    doc = _blocks_doc(("heading", "3. Foo-2 9B"),
                      ("paragraph", "Kiln Labs' Foo-2 9B has 9 billion parameters. It scored 52.8 on MMLU-Pro. "
                                    "The weak spot is instruction following: 73.8 on IFEval, the lowest here."),
                      ("heading", "2. Bar-3 8B"), ("paragraph", "Bar-3 8B is the all-rounder. Its 58.1 on MMLU-Pro is the top score."),
                      ("paragraph", "Estuary AI is a Japanese AI research company headquartered in Osaka."))
    ks = keyset(claims_of(doc))
    assert {k for k in ks if k[0] == "score"} == {("score", "Foo-2 9B", None, "MMLU-Pro", 52.8, None),
                                                  ("score", "Foo-2 9B", None, "IFEval", 73.8, None),
                                                  ("score", "Bar-3 8B", None, "MMLU-Pro", 58.1, None)}
    assert ("lab_region", "Estuary AI", "Japan", None, None, None) in ks


def test_the_same_licence_is_the_one_last_stated():
    ks = keyset(claims_of(make_doc("Foo-2 9B Instruct is released under the Apache 2.0 license.",
                                   "The base model, Foo-2 9B, is available under the same terms.",
                                   "The smaller Foo-2 3B shares the tokenizer and the licence.")))
    assert {(k[1], k[2]) for k in ks if k[0] == "license"} == {("Foo-2 9B Instruct", "Apache-2.0"), ("Foo-2 9B", "Apache-2.0"),
                                                               ("Foo-2 3B", "Apache-2.0")}


def test_it_in_a_section_titled_by_a_model_and_like_x_it():
    doc = _blocks_doc(("heading", "1. Bar-3 8B"),
                      ("paragraph", "Bar-3 8B is the best all-rounder. Foo-2 9B still outperforms it on IFEval. "
                                    "Like Foo-2 9B, it is licensed under Apache 2.0."))
    ks = keyset(claims_of(doc))
    assert {(k[1], k[2]) for k in ks if k[0] == "license"} == {("Bar-3 8B", "Apache-2.0")}
    assert ("outperforms", "Foo-2 9B", "Bar-3 8B", "IFEval", None, None) in ks


def test_a_benchmark_shaped_name_the_gazetteer_lacks_is_a_benchmark():
    ks = keyset(claims_of(make_doc("We also built CatalanQA, a reading test.",
                                   "On CatalanQA, Foo-2 9B scores 81.3, ahead of Bar-3 8B at 74.6.")))
    assert {k for k in ks if k[0] in ("score", "outperforms")} == {
        ("score", "Foo-2 9B", None, "CatalanQA", 81.3, None), ("score", "Bar-3 8B", None, "CatalanQA", 74.6, None),
        ("outperforms", "Foo-2 9B", "Bar-3 8B", "CatalanQA", None, None)}


def test_only_before_a_score_does_not_make_it_vague():
    ks = keyset(claims_of(make_doc("Foo-2 9B is weak at maths: it managed only 74.0 on GSM8K.")))
    assert ("score", "Foo-2 9B", None, "GSM8K", 74.0, None) in ks


def test_list_items_take_the_models_and_benchmark_their_intro_names():
    doc = _blocks_doc(("paragraph", "Key results of the two larger models (Foo-2 Pro / Foo-2 Max):"),
                      ("item", "MMLU-Redux: 85.0 / 89.7"), ("item", "C-Eval: 86.1 / 90.4"),
                      ("paragraph", "Text arena, style control on, as of September 3."),
                      ("item", "Bar-3 8B (Kiln Labs) — 1,411 (+4/−4)"), ("item", "Baz-1 7B (Fjord Labs) — 1,399 (+5/−5)"))
    ks = keyset(claims_of(doc))
    assert {k for k in ks if k[0] == "score"} == {
        ("score", "Foo-2 Pro", None, "MMLU-Redux", 85.0, None), ("score", "Foo-2 Max", None, "MMLU-Redux", 89.7, None),
        ("score", "Foo-2 Pro", None, "C-Eval", 86.1, None), ("score", "Foo-2 Max", None, "C-Eval", 90.4, None),
        ("score", "Bar-3 8B", None, "Chatbot Arena", 1411, None), ("score", "Baz-1 7B", None, "Chatbot Arena", 1399, None)}


def test_a_description_then_a_comma_then_built_by():
    ks = keyset(claims_of(make_doc("Foo-2 9B Instruct is the chat model of the Foo-2 family, built by Kiln Labs, a Norwegian lab.")))
    assert ("developer", "Foo-2 9B Instruct", "Kiln Labs", None, None, None) in ks


def test_a_fronted_licence_is_the_licence_of_the_model_after_the_comma():
    ks = keyset(claims_of(make_doc("Released under the Apache 2.0 license, Foo-2 9B has 9 billion parameters.",
                                   "Available under MIT, the Bar-3 8B model runs on a laptop.")))
    assert {(k[1], k[2]) for k in ks if k[0] == "license"} == {("Foo-2 9B", "Apache-2.0"), ("Bar-3 8B", "MIT")}


def test_a_share_of_a_benchmark_s_tasks_is_a_score_but_a_share_of_people_is_not():
    ks = keyset(claims_of(make_doc("In our tests, Foo-2 9B solved 74.5% of SWE-bench Verified tasks.",
                                   "About 40% of US developers use Bar-3 8B, which scores 80.1 on MMLU.")))
    assert {k for k in ks if k[0] == "score"} == {("score", "Foo-2 9B", None, "SWE-bench Verified", 74.5, None),
                                                  ("score", "Bar-3 8B", None, "MMLU", 80.1, None)}


def test_score_items_under_an_intro_naming_one_model():
    doc = _blocks_doc(("paragraph", "Foo-2 9B results on the standard suite:"), ("item", "MMLU (5-shot): 76.9"), ("item", "GSM8K: 88.1%"),
                      ("paragraph", "Other models were not run."), ("item", "MATH: 50.2"))
    rows = claims_of(doc, "score")
    assert {(r["subject"], r["benchmark"], r["value"], r["qualifier"]) for r in rows} == {
        ("Foo-2 9B", "MMLU", 76.9, "5-shot"), ("Foo-2 9B", "GSM8K", 88.1, None)}


def test_a_fronted_score_is_the_subject_s_after_the_comma():
    ks = keyset(claims_of(make_doc("With a score of 88.4 on HumanEval, Foo-2 9B tops the coding table.",
                                   "With 71.2 on GPQA Diamond, the Bar-3 8B model leads.")))
    assert {k for k in ks if k[0] == "score"} == {("score", "Foo-2 9B", None, "HumanEval", 88.4, None),
                                                  ("score", "Bar-3 8B", None, "GPQA Diamond", 71.2, None)}


def test_a_lab_in_brackets_after_models_is_their_developer():
    rows = claims_of(make_doc("Added Pelican-9B and Pelican-9B Chat (by Estuary AI, estuary/pelican-9b), 32K context. "
                              "Also new: Heron-2 9B (from Quarry Research). Lakeside-3 (Meta) stays."), "developer")
    assert {(r["subject"], r["object"]) for r in rows} == {
        ("Pelican-9B", "Estuary AI"), ("Pelican-9B Chat", "Estuary AI"), ("Heron-2 9B", "Quarry Research"),
        ("Lakeside-3", "Meta")}


def test_token_prices_by_their_sides_and_a_price_sentence_about_the_last_model():
    rows = claims_of(make_doc("Pelican-9B: $0.12 input / $0.48 output. Heron-2 9B: input price reduced from $0.05 to "
                              "$0.03 per million input tokens. The output price is unchanged at $0.08 per million tokens."),
                     "price")
    assert {(r["subject"], r["value"], r["unit"], r["qualifier"]) for r in rows} == {
        ("Pelican-9B", 0.12, "USD", "input"), ("Pelican-9B", 0.48, "USD", "output"),
        ("Heron-2 9B", 0.03, "USD/1M tokens", "input"), ("Heron-2 9B", 0.08, "USD/1M tokens", "output")}


def test_a_lab_called_a_start_up_and_releasing_after_a_time_adverbial():
    rows = claims_of(make_doc("OSLO — Kiln Labs, a Norwegian AI start-up, on Tuesday released Kiln-2. "
                              "Saffron AI earlier this month launched Saffron 7B. "
                              "Today, Quarry Research officially releases and open-sources Sable-3, its new flagship."))
    got = {(r["kind"], r["subject"], r["object"]) for r in rows if r["kind"] in ("developer", "lab_region")}
    assert got == {("lab_region", "Kiln Labs", "Norway"), ("developer", "Kiln-2", "Kiln Labs"),
                   ("developer", "Saffron 7B", "Saffron AI"), ("developer", "Sable-3", "Quarry Research")}


def test_card_fields_total_and_active_scientific_notation_and_heading_fields():
    parts = [("heading", "Pelican-Reason-9B"), ("heading", "Model Developer: Estuary Computing Corporation"),
             ("paragraph", "Number of model parameters: 9.2 x 10^9"),
             ("heading", "Kelpie-2 Large"), ("paragraph", "Parameters: 212B total · 18B active (MoE)"),
             ("heading", "License: what changes for you")]
    rows = claims_of(make_blocks_doc(*parts, source_id="/tmp/card.md"))
    got = {(r["kind"], r["subject"], r["object"], r["value"], r["qualifier"]) for r in rows}
    assert ("developer", "Pelican-Reason-9B", "Estuary Computing Corporation", None, None) in got
    assert ("parameters", "Pelican-Reason-9B", None, 9200000000, None) in got
    assert {g for g in got if g[1] == "Kelpie-2 Large"} == {("parameters", "Kelpie-2 Large", None, 212000000000, None),
                                                            ("parameters", "Kelpie-2 Large", None, 18000000000, "active")}
    assert not [g for g in got if g[0] == "license"]


def test_a_benchmark_named_as_an_exception_is_not_won():
    rows = claims_of(make_doc("Pelican-4B outperforms Heron-3 3B on all benchmarks except GSM8K, where it trails "
                              "by 1.7 points (77.4 vs 79.1)."), "outperforms")
    assert {(r["subject"], r["object"], r["benchmark"]) for r in rows} == {
        ("Pelican-4B", "Heron-3 3B", None), ("Heron-3 3B", "Pelican-4B", "GSM8K")}


def test_a_size_anaphor_prefers_the_documents_own_family():
    rows = claims_of(make_doc("Pelican-14B and Pelican-4B are our new models. We compare them with Heron-3 14B and "
                              "Heron-3 4B. In the larger group, our 14B model surpasses Heron-3 14B by 3.1 points on "
                              "MMLU-Pro. The 4B model is ahead of Heron-3 4B on GSM8K."), "outperforms")
    assert {(r["subject"], r["object"], r["benchmark"]) for r in rows} == {
        ("Pelican-14B", "Heron-3 14B", "MMLU-Pro"), ("Pelican-4B", "Heron-3 4B", "GSM8K")}


def test_labs_strong_in_a_domain_speech_and_efficiency_and_lg():
    rows = claims_of(make_doc("French labs are strong in speech and in small, efficient models. "
                              "European labs are particularly strong at verification. LG's EXAONE 4.0 got attention."))
    got = {(r["kind"], r["subject"], r["object"]) for r in rows}
    assert got >= {("specialization", "France", "speech"), ("specialization", "France", "efficiency"),
                   ("specialization", "Europe", "formal verification"), ("developer", "EXAONE 4.0", "LG AI Research")}


def test_a_subjectless_line_and_values_after_vs_for_each_listed_model():
    rows = claims_of(make_doc("Pelican-2 Mini is small but mighty. Beats Heron-3 8B and Lark 8B on IFEval "
                              "(84.5 vs 80.4 / 83.0)."))
    got = {(r["kind"], r["subject"], r["object"], r["value"]) for r in rows if r["kind"] in ("score", "outperforms")}
    assert got == {("score", "Pelican-2 Mini", None, 84.5), ("score", "Heron-3 8B", None, 80.4),
                   ("score", "Lark 8B", None, 83.0), ("outperforms", "Pelican-2 Mini", "Heron-3 8B", None),
                   ("outperforms", "Pelican-2 Mini", "Lark 8B", None)}


def test_it_is_the_labs_model_and_the_lab_publishes_its_weights_under_a_licence():
    rows = claims_of(make_doc("Pelican-3 Pro is a mixture-of-experts model. It is Estuary AI's most capable model. "
                              "Pelican-3 Flash is a small dense model. Estuary AI also publishes its weights under "
                              "the Apache 2.0 license."))
    got = {(r["kind"], r["subject"], r["object"]) for r in rows if r["kind"] in ("developer", "license")}
    assert got == {("developer", "Pelican-3 Pro", "Estuary AI"), ("license", "Pelican-3 Flash", "Apache-2.0")}


def test_a_model_called_by_its_variant_word_and_falls_just_short_of():
    rows = claims_of(make_doc("Pelican 2 Nano and Pelican 2 Mini are out. Mini scores 74.9 on IFEval. Nano falls just "
                              "short of Heron-3 1.7B on MMLU. Small models are popular; Pro plans cost more."))
    got = {(r["kind"], r["subject"], r["object"], r["value"]) for r in rows if r["kind"] in ("score", "outperforms")}
    assert got == {("score", "Pelican 2 Mini", None, 74.9), ("outperforms", "Heron-3 1.7B", "Pelican 2 Nano", None)}


def test_more_countries_led_maths_parenthetical_descriptions_precision_formats_and_gaps():
    rows = claims_of(make_doc(
        "CAPE TOWN — Fynbos Labs, a South African artificial intelligence company, today launched Marula-3. "
        "Tejo Labs is an independent Portuguese AI lab. Chinese labs, meanwhile, lead on maths. "
        "European labs have consistently led on multilingual work. "
        "Pelican-7B is a 7.6-billion-parameter bilingual (English/French) chat model developed by Tejo Labs. "
        "The quantized file loses little relative to the BF16 model (70.8). "
        "Pelican-7B trails Heron-3 8B on MMLU-Pro and MATH-500, where the gap is 8.8 and 5.2 points respectively."))
    got = {(r["kind"], r["subject"], r["object"], r["value"]) for r in rows}
    assert got >= {("lab_region", "Fynbos Labs", "South Africa", None), ("lab_region", "Tejo Labs", "Portugal", None),
                   ("specialization", "China", "math", None), ("specialization", "Europe", "multilingual", None),
                   ("parameters", "Pelican-7B", None, 7600000000), ("developer", "Pelican-7B", "Tejo Labs", None)}
    assert not [g for g in got if g[0] == "score"]


def test_a_run_of_field_items_keeps_the_model_the_section_is_about():
    parts = [("heading", "Model of the week"), ("heading", "Pelican 2 Mini"),
             ("paragraph", "Pelican 2 Mini is the model that should change that."),
             ("item", "Developer: Estuary AI"), ("item", "Released: December 2, 2025"), ("item", "License: Apache 2.0"),
             ("item", "Params: 30B total / 3B active"), ("item", "MMLU-Pro: 68.2 (5-shot)")]
    rows = claims_of(make_blocks_doc(*parts, source_id="/tmp/news.md"))
    got = {(r["kind"], r["object"], r["value"]) for r in rows if r["subject"] == "Pelican 2 Mini"}
    assert got >= {("developer", "Estuary AI", None), ("license", "Apache-2.0", None), ("parameters", None, 30000000000),
                   ("parameters", None, 3000000000), ("score", None, 68.2)}


def test_a_lab_publishes_them_under_a_licence_and_n_of_them_active():
    rows = claims_of(make_doc("Pelican Flash is the only one whose weights you can download. Estuary publishes them "
                              "under the Apache 2.0 license, and says the model has 48 billion parameters, 6 billion of "
                              "them active per token."))
    got = {(r["kind"], r["subject"], r["object"], r["value"], r["qualifier"]) for r in rows}
    assert got >= {("license", "Pelican Flash", "Apache-2.0", None, None),
                   ("parameters", "Pelican Flash", None, 48000000000, None),
                   ("parameters", "Pelican Flash", None, 6000000000, "active")}


def test_respectively_after_benchmarks_each_with_its_preposition():
    rows = claims_of(make_doc("Pelican 32B trails both rivals on GPQA Diamond and on MMLU-Pro, with 38.5 and 59.9 "
                              "respectively."), "score")
    assert {(r["benchmark"], r["value"]) for r in rows} == {("GPQA Diamond", 38.5), ("MMLU-Pro", 59.9)}


def test_up_from_a_figure_for_an_earlier_model_and_the_subject_of_a_coordinated_verb():
    rows = claims_of(make_doc("On SWE-bench Verified, Pelican-3 resolves 67.4% of issues, up from 49.2% for Pelican-2, "
                              "and leads Heron-3 70B by 9.8 points."))
    got = {(r["kind"], r["subject"], r["object"], r["value"]) for r in rows if r["kind"] in ("score", "outperforms")}
    assert got == {("score", "Pelican-2", None, 49.2), ("outperforms", "Pelican-3", "Heron-3 70B", None)}


def test_an_unknown_acronym_scored_on_is_a_benchmark_everywhere_and_counts_are_not_scores():
    rows = claims_of(make_doc("Pelican-2 scores 71.8 on VMLU, a test of exam questions across 58 subjects, and 61.4 on "
                              "MMLU-Pro. The company says its VMLU result puts Pelican-2 ahead of Heron-3 8B, which "
                              "scored 69.6 in its own tests."))
    got = {(r["kind"], r["subject"], r["object"], r["benchmark"], r["value"]) for r in rows if r["kind"] in ("score", "outperforms")}
    assert got == {("score", "Pelican-2", None, "VMLU", 71.8), ("score", "Pelican-2", None, "MMLU-Pro", 61.4),
                   ("score", "Heron-3 8B", None, "VMLU", 69.6), ("outperforms", "Pelican-2", "Heron-3 8B", "VMLU", None)}


def test_more_countries_moroccan():
    rows = claims_of(make_doc("A newcomer worth noting is Fennec-R-32B from Dunewood AI, a Moroccan lab."))
    assert {(r["kind"], r["subject"], r["object"]) for r in rows} >= {
        ("lab_region", "Dunewood AI", "Morocco"), ("developer", "Fennec-R-32B", "Dunewood AI")}


def test_a_lab_in_apposition_based_in_a_city_and_country():
    rows = claims_of(make_doc("Harebell-8B is the chat model from Lowfield AI, a small research lab based in Leeds, "
                              "United Kingdom."))
    assert ("lab_region", "Lowfield AI", "United Kingdom") in {(r["kind"], r["subject"], r["object"]) for r in rows}


def test_a_metadata_line_is_not_the_evidence_of_a_size_a_sentence_states():
    from claimgraph.model import RawDocument
    from claimgraph.sources import parse
    text = "---\nbase_model: lab/Pelican-8B-Base\n---\n\n# Pelican-8B-Chat\n\nIt is fine-tuned from Pelican-8B-Base.\n"
    rows = claims_of(parse(RawDocument("/tmp/card.md", text.encode(), "text/markdown")), "parameters")
    assert {r["subject"]: r["evidence"] for r in rows}["Pelican-8B-Base"] == "It is fine-tuned from Pelican-8B-Base."


def test_at_the_lab_we_released_a_model():
    rows = claims_of(make_doc("At Tejo Labs we released Caravela-2 on 17 February 2026. At Estuary AI, we have built "
                              "Pelican-3 for documents."), "developer")
    assert {(r["subject"], r["object"]) for r in rows} == {("Caravela-2", "Tejo Labs"), ("Pelican-3", "Estuary AI")}


def test_puts_it_at_and_at_n_billion_parameters():
    rows = claims_of(make_doc("Pelican-9B is out. The config puts it at 9.4 billion parameters. Heron-3 is new. "
                              "At 32 billion parameters it is far smaller than the leaders."), "parameters")
    assert {(r["subject"], r["value"]) for r in rows} >= {("Pelican-9B", 9400000000), ("Heron-3", 32000000000)}


def test_a_regions_labs_after_dot_leaders_or_a_colon():
    rows = claims_of(make_doc("United States ..... Estuary AI, Quarry Labs, xAI China ............. Kiln Labs, Tejo Labs",
                              "France: Marram AI, Lark Labs.", "We like France: Mistral AI leads."), "lab_region")
    assert {(r["subject"], r["object"]) for r in rows} == {
        ("Estuary AI", "United States"), ("Quarry Labs", "United States"), ("xAI", "United States"), ("Kiln Labs", "China"),
        ("Tejo Labs", "China"), ("Marram AI", "France"), ("Lark Labs", "France")}


def test_a_share_of_the_tasks_in_a_benchmark_is_its_score():
    rows = claims_of(make_doc("Pelican-3 Pro scores 82.6 on MMLU-Pro, and resolves 58.9% of the tasks in SWE-bench "
                              "Verified. Pelican-3 resolves 67.4% of issues it sees."), "score")
    assert {(r["subject"], r["benchmark"], r["value"]) for r in rows} == {
        ("Pelican-3 Pro", "MMLU-Pro", 82.6), ("Pelican-3 Pro", "SWE-bench Verified", 58.9)}


def test_both_of_a_named_series_or_of_the_other_models_and_values_respectively():
    rows = claims_of(make_doc("Pelican-30B and Heron-3 24B lead. Lark 32B trails both of the other models on GPQA "
                              "Diamond and on MMLU-Pro, with 38.5 and 59.9 respectively."))
    got = {(r["kind"], r["subject"], r["object"], r["benchmark"], r["value"]) for r in rows if r["kind"] != "parameters"}
    assert got == {("score", "Lark 32B", None, "GPQA Diamond", 38.5), ("score", "Lark 32B", None, "MMLU-Pro", 59.9),
                   ("outperforms", "Pelican-30B", "Lark 32B", "GPQA Diamond", None),
                   ("outperforms", "Pelican-30B", "Lark 32B", "MMLU-Pro", None),
                   ("outperforms", "Heron-3 24B", "Lark 32B", "GPQA Diamond", None),
                   ("outperforms", "Heron-3 24B", "Lark 32B", "MMLU-Pro", None)}


def test_a_size_after_from_the_is_another_models_and_an_adjective_before_the_size():
    rows = claims_of(make_doc("Pelican-Coder-4B is a dense 4-billion-parameter model distilled from the 30B-A3B model. "
                              "Heron-3 needs about as much memory as a dense 30B model."), "parameters")
    assert {(r["subject"], r["value"], r["qualifier"]) for r in rows} == {("Pelican-Coder-4B", 4000000000, None)}


def test_a_size_inside_a_later_models_name_is_not_an_earlier_models():
    rows = claims_of(make_doc("The family consists of Pelican 2 9B and Pelican 2 27B, which are dense, and Pelican 2 "
                              "120B-A12B, a mixture-of-experts model."), "parameters")
    assert {(r["subject"], r["value"]) for r in rows if r["subject"] == "Pelican 2 27B"} == {("Pelican 2 27B", 27e9)}


def test_a_labs_place_in_brackets_after_its_name():
    rows = claims_of(make_doc("Eleni Papadaki, Dunlin Labs (Athens, Greece), gave the talk. Foo AI (Norway) and Bar Labs "
                              "(founded 2023) were there too."), "lab_region")
    assert {(r["subject"], r["object"]) for r in rows} == {("Dunlin Labs", "Greece"), ("Foo AI", "Norway")}


def test_beating_comparable_models_like_a_and_b_beats_a_and_b():
    rows = claims_of(make_doc("Pelican Small 2 outperforms comparable models like Google's Gemma 3 27B and OpenAI's "
                              "GPT-4o mini. Heron 2 is comparable to Gemma 3 27B."), "outperforms")
    assert {(r["subject"], r["object"]) for r in rows} == {("Pelican Small 2", "Gemma 3 27B"), ("Pelican Small 2", "GPT-4o mini")}


def test_figures_on_the_same_benchmarks_as_the_sentence_before_in_its_order():
    rows = claims_of(make_doc("Pelican 2 reaches 81.0 on MMLU, 48.2 on GPQA Diamond and 90.1 on HumanEval. Heron 3 scores "
                              "76.9, 42.4 and 87.8, and Wren 4 82.0, 40.2 and 87.2, on the same three benchmarks. Wren 4 "
                              "costs 12.5, 13.0 and 14.2 on these days."), "score")
    got = {(r["subject"], r["benchmark"], r["value"]) for r in rows if r["subject"] != "Pelican 2"}
    assert got == {("Heron 3", "MMLU", 76.9), ("Heron 3", "GPQA Diamond", 42.4), ("Heron 3", "HumanEval", 87.8),
                   ("Wren 4", "MMLU", 82.0), ("Wren 4", "GPQA Diamond", 40.2), ("Wren 4", "HumanEval", 87.2)}


def test_emoji_bullets_are_items_of_the_model_their_intro_names():
    from claimgraph.model import RawDocument
    from claimgraph.sources import parse
    text = ("What changed vs Pelican-1.5 12B \U0001f447\n\U0001f4c8 +6.2 on GPQA Diamond vs our previous model\n\n"
            "The numbers for Pelican-2 12B:\n\U0001f9e0 GPQA Diamond: 47.5 (0-shot CoT)\n\u2705 IFEval: 84.3 (prompt-level strict)\n")
    doc = parse(RawDocument("/tmp/post.txt", text.encode(), "text/plain"))
    assert [b.kind for b in doc.blocks] == ["heading", "item", "paragraph", "item", "item"]
    assert {(r["subject"], r["benchmark"], r["value"]) for r in claims_of(doc, "score")} == {
        ("Pelican-2 12B", "GPQA Diamond", 47.5), ("Pelican-2 12B", "IFEval", 84.3)}


def test_a_tier_word_after_a_lower_case_word_is_the_short_name_and_a_next_clauses_subject_is_no_object():
    rows = claims_of(make_doc("Pelican-3 Pro scores 71.0 on GPQA Diamond. On MMLU-Pro, so Pro beats Heron 2 Mini on GPQA "
                              "Diamond, and Gemini 2.5 Pro is ahead of both."), "outperforms")
    got = {(r["subject"], r["object"]) for r in rows}
    assert ("Pelican-3 Pro", "Heron 2 Mini") in got and ("Pelican-3 Pro", "Gemini 2.5 Pro") not in got


def test_a_field_on_a_card_without_a_title_is_about_the_model_it_names_most():
    doc = make_blocks_doc(("heading", "Model Information"),
                          ("paragraph", "The Ostara 3 collection comes in three sizes. Ostara 3 is multilingual. "
                                        "Ostara 3 writes code. The team reads eight languages. The team calls tools. "
                                        "Data came from the web."),
                          ("paragraph", "Model developer: Greywacke AI"), ("paragraph", "Status: static."),
                          ("paragraph", "Model Release Date: October 6, 2026"))
    got = {(r["kind"], r["subject"], r["object"]) for r in claims_of(doc) if r["kind"] in ("developer", "release")}
    assert got == {("developer", "Ostara 3", "Greywacke AI"), ("release", "Ostara 3", "2026-10-06")}


def test_the_flagship_and_a_benchmark_the_text_calls_one():
    rows = claims_of(make_doc("Rimal-2 comes in two sizes: a 34-billion-parameter flagship, Rimal-2-34B, and Rimal-2-7B. "
                              "The flagship scored 74.6 on ArabicMMLU. The model outperforms Llama 3.3 70B on the AlGhafa "
                              "benchmark, 78.9 to 72.4. The Arabic test set and the Fenland eval team are no benchmarks."))
    got = {(r["kind"], r["subject"], r["object"], r["benchmark"], r["value"]) for r in rows if r["kind"] in ("score", "outperforms")}
    assert got == {("score", "Rimal-2-34B", None, "ArabicMMLU", 74.6), ("score", "Rimal-2-34B", None, "AlGhafa", 78.9),
                   ("score", "Llama 3.3 70B", None, "AlGhafa", 72.4), ("outperforms", "Rimal-2-34B", "Llama 3.3 70B", "AlGhafa", None)}


def test_a_ranked_heading_model_dash_lab_and_its_run_of_fields():
    doc = make_blocks_doc(("heading", "4. Rimal-2-34B \u2014 Mirqab Tech (UAE)"),
                          ("paragraph", "An Arabic-first model. The smaller Rimal-2-7B runs on a laptop."),
                          ("paragraph", "Licence: Mirqab Community Licence \u00b7 Params: 34B \u00b7 Released: 6 May 2026"))
    got = {(r["kind"], r["subject"], r["object"], r["value"]) for r in claims_of(doc) if r["subject"] != "Rimal-2-7B"}
    assert {("developer", "Rimal-2-34B", "Mirqab Tech", None), ("lab_region", "Mirqab Tech", "United Arab Emirates", None),
            ("license", "Rimal-2-34B", "Mirqab Community Licence", None), ("release", "Rimal-2-34B", "2026-05-06", None),
            ("parameters", "Rimal-2-34B", None, 34e9)} <= got


def test_spec_items_under_a_models_item_are_its_size_and_prices():
    doc = make_blocks_doc(("item", "Pelican 2 Flash \u2014 pelican/pelican-2-flash"),
                          ("item", "32B parameters (dense), 256K-token context window"),
                          ("item", "$0.20 per 1M input tokens / $0.80 per 1M output tokens"))
    got = {(r["kind"], r["subject"], r["value"], r["qualifier"]) for r in claims_of(doc) if r["kind"] in ("parameters", "price")}
    assert got == {("parameters", "Pelican 2 Flash", 32e9, None), ("price", "Pelican 2 Flash", 0.2, "input"),
                   ("price", "Pelican 2 Flash", 0.8, "output")}


def test_a_number_glued_to_a_name_by_a_hyphen_is_no_score():
    rows = claims_of(make_doc("Foo-2 8B is last on triage-400 and on HumanEval-300. Foo-2 8B scores 71.2 on MMLU-Pro."), "score")
    assert {(r["benchmark"], r["value"]) for r in rows} == {("MMLU-Pro", 71.2)}


def test_a_clause_going_on_with_the_last_ones_subject():
    rows = claims_of(make_doc("Foo-2 8B trails Bar-3 on GPQA Diamond, but scores 71.2 on MMLU-Pro."))
    got = {(r["kind"], r["subject"], r["object"], r["benchmark"], r["value"]) for r in rows if r["kind"] != "parameters"}
    assert got == {("outperforms", "Bar-3", "Foo-2 8B", "GPQA Diamond", None), ("score", "Foo-2 8B", None, "MMLU-Pro", 71.2)}


def test_the_family_model_is_the_member_the_text_named_last():
    rows = claims_of(make_blocks_doc(("paragraph", "Llama 3.1 8B Instruct scores 61.0 on MILU."),
                                     ("paragraph", "Foo-2 Mini trails the Llama model on MILU by about three points.")),
                     "outperforms")
    assert {(r["subject"], r["object"]) for r in rows} == {("Llama 3.1 8B Instruct", "Foo-2 Mini")}


def test_a_release_date_without_a_year_in_a_dated_article():
    from dataclasses import replace as with_
    doc = with_(make_doc("Poland's Vistula Labs released Feldspar-9B on October 14."), published="2025-11-20")
    assert {(r["subject"], r["object"]) for r in claims_of(doc, "release")} == {("Feldspar-9B", "2025-10-14")}


def test_a_family_released_in_sizes_releases_each_size():
    rows = claims_of(make_doc("We released Tianlan-3 on October 28, 2026, in two sizes: a dense Tianlan-3-8B and a "
                              "mixture-of-experts Tianlan-3-106B-A12B."), "release")
    assert {(r["subject"], r["object"]) for r in rows} == {("Tianlan-3", "2026-10-28"), ("Tianlan-3-8B", "2026-10-28"),
                                                         ("Tianlan-3-106B-A12B", "2026-10-28")}


def test_a_labs_model_card_or_a_new_paragraphs_lead_does_not_name_the_last_models_developer():
    doc = make_blocks_doc(("paragraph", "On SWE-bench Verified, Kimi K2 trails Claude Sonnet 4, 69.2% to 72.7%."),
                          ("paragraph", "The most surprising release of the summer came from OpenAI itself."),
                          ("paragraph", "Razorbill Ultra does not beat GPT-5 on MATH. Skua's own model card puts the two close."))
    assert {(r["subject"], r["object"]) for r in claims_of(doc, "developer")} == set()


def test_systems_from_a_lab_it_outperforms_are_not_its_developer_and_a_spread_is_no_score():
    rows = claims_of(make_doc("Kormoran Labs on Tuesday released Olcha 2, a family of three open models that it said "
                              "outperform larger systems from Google and Alibaba on Polish tasks. Seed-to-seed spread was "
                              "under 1 point except on GPQA Diamond, where it was 0.9 for Olcha-2-12B and 1.1 for Olcha-2-32B."))
    assert {(r["subject"], r["object"]) for r in rows if r["kind"] == "developer"} == {("Olcha 2", "Kormoran Labs")}
    assert not any(r["kind"] == "score" for r in rows)


def test_a_comparison_takes_the_benchmark_both_its_scores_are_on():
    rows = claims_of(make_doc("Currach-1 scores 80.2 on MMLU-Pro. On the LiveCodeBench coding test the gap to Qwen's "
                              "model is wider, 46.1 against 51.8, though Currach-1 still beats Llama 4 Scout, which "
                              "manages 32.8."), "outperforms")
    assert ("Currach-1", "Llama 4 Scout", "LiveCodeBench") in {(r["subject"], r["object"], r["benchmark"]) for r in rows}


def test_ahead_on_benchmarks_of_the_one_other_model_of_the_comparison():
    rows = claims_of(make_doc("I compared Foo-2 14B and Bar-3 14B for code review. Foo-2 14B is slightly ahead on MMLU-Pro "
                              "and GPQA Diamond, but that edge won't show. Bar-3 14B is ahead on HumanEval. "
                              "Baz-1 7B and Qux-2 9B are newer. Baz-1 7B is ahead on MATH."), "outperforms")
    assert {(r["subject"], r["object"], r["benchmark"]) for r in rows} == {
        ("Foo-2 14B", "Bar-3 14B", "MMLU-Pro"), ("Foo-2 14B", "Bar-3 14B", "GPQA Diamond"), ("Bar-3 14B", "Foo-2 14B", "HumanEval"),
        ("Baz-1 7B", "Qux-2 9B", "MATH")}


def test_a_weekday_in_a_dated_article_and_a_score_out_of_ten():
    from dataclasses import replace as with_
    doc = with_(make_doc("TOKYO -- Mikage Intelligence, a Tokyo-based AI startup, on Tuesday released Yamabuki 2, a new "
                         "family of models. Yamabuki-2-32B scored 8.41 out of 10 on MT-Bench."), published="2026-05-21")
    rows = claims_of(doc)
    assert {(r["subject"], r["object"]) for r in rows if r["kind"] == "release"} == {("Yamabuki 2", "2026-05-19")}
    assert {r["value"] for r in rows if r["kind"] == "score"} == {8.41}


def test_before_and_after_arrows_under_an_intro_naming_both_models():
    doc = make_blocks_doc(("paragraph", "Gannet-1.5-Small \u2192 Gannet-2-Small (thinking mode, avg@8):"),
                          ("item", "AIME 24: 52.7 \u2192 79.2"), ("item", "GPQA Diamond: 48.9 \u2192 63.1"))
    assert {(r["subject"], r["benchmark"], r["value"], r["qualifier"]) for r in claims_of(doc, "score")} == {
        ("Gannet-1.5-Small", "AIME 2024", 52.7, "avg@8"), ("Gannet-2-Small", "AIME 2024", 79.2, "avg@8"),
        ("Gannet-1.5-Small", "GPQA Diamond", 48.9, "avg@8"), ("Gannet-2-Small", "GPQA Diamond", 63.1, "avg@8")}


def test_a_versus_line_under_a_models_section():
    doc = make_blocks_doc(("heading", "Damson 2 Mini"), ("item", "MMLU-Pro: 69.2"),
                          ("item", "vs. Qwen3-30B-A3B-Instruct-2507: ahead on MMLU-Pro (+1.8) and LiveCodeBench (+3.0), "
                                   "behind on GPQA Diamond (\u22122.1)"))
    assert {(r["subject"], r["object"], r["benchmark"]) for r in claims_of(doc, "outperforms")} == {
        ("Damson 2 Mini", "Qwen 3 30B A3B Instruct 2507", "MMLU-Pro"), ("Damson 2 Mini", "Qwen 3 30B A3B Instruct 2507", "LiveCodeBench"),
        ("Qwen 3 30B A3B Instruct 2507", "Damson 2 Mini", "GPQA Diamond")}


def test_a_developer_field_with_the_labs_place_in_brackets():
    doc = make_blocks_doc(("heading", "Damson 2 Mini"), ("paragraph", "Developer: Blackthorn Labs (Cork, Ireland)"))
    got = {(r["kind"], r["subject"], r["object"]) for r in claims_of(doc) if r["kind"] in ("developer", "lab_region")}
    assert got == {("developer", "Damson 2 Mini", "Blackthorn Labs"), ("lab_region", "Blackthorn Labs", "Ireland")}


def test_its_model_is_the_nearest_labs_before_it_and_a_nationality_is_no_lab():
    rows = claims_of(make_doc("The one to watch is Chile's Alerce Labs: its Huemul-2-Pro scores 78.4 on Global-MMLU, ahead of "
                              "Meta's Llama 3.3 70B at 73.1. Halcyon AI, a Canadian AI lab, today announced its Halcyon-3 models."),
                     "developer")
    assert {(r["subject"], r["object"]) for r in rows} == {("Huemul-2-Pro", "Alerce Labs"), ("Llama 3.3 70B", "Meta"),
                                                         ("Halcyon-3", "Halcyon AI")}


def test_a_languages_mmlu_the_gazetteer_lacks_is_a_benchmark():
    rows = claims_of(make_doc("Foo-2 8B is out. On JMMLU it scores 68.4 against 51.2 for Llama 3.1 8B Instruct, and it "
                              "matches Qwen3-8B on MT-Bench."), "score")
    assert {(r["subject"], r["benchmark"], r["value"]) for r in rows} == {("Foo-2 8B", "JMMLU", 68.4),
                                                                        ("Llama 3.1 8B Instruct", "JMMLU", 51.2)}


def test_the_8b_model_is_the_current_generations_not_the_predecessors():
    rows = claims_of(make_doc("Pelican 3 2B Instruct and Pelican 3 8B Instruct are out. Pelican 3 8B Instruct scores 68.9 "
                              "on MMLU, up from 64.2 for Pelican 2 8B Instruct. The 8B model reaches 86.3 on GSM8K."), "score")
    assert ("Pelican 3 8B Instruct", "GSM8K", 86.3) in {(r["subject"], r["benchmark"], r["value"]) for r in rows}


def test_two_figures_for_one_benchmark_under_two_settings_said_after_them():
    rows = claims_of(make_doc("Pelican 3 8B is out. On MATH-500 it scores 69.0 at pass@1, and 78.4 with majority voting "
                              "over 32 samples (maj@32)."), "score")
    assert {(r["value"], r["qualifier"]) for r in rows} == {(69.0, "pass@1"), (78.4, "maj@32")}


def test_the_language_section_of_a_multilingual_benchmark_is_the_setting():
    rows = claims_of(make_doc("On the Polish part of Global-MMLU, Tern-2 scores 61.0 and Wren-4 57.5."), "score")
    assert {(r["subject"], r["value"], r["qualifier"]) for r in rows} == {("Tern-2", 61.0, "Polish"), ("Wren-4", 57.5, "Polish")}


def test_a_setting_in_the_next_clause_after_a_semicolon_is_not_the_figures_own():
    rows = claims_of(make_doc("Without tools, Tern-2 scored 31.4% on HLE; with tools switched on, it reached 44.8%."), "score")
    assert {(r["value"], r["qualifier"]) for r in rows} == {(31.4, "without tools"), (44.8, "with tools")}


def test_a_share_of_a_documents_own_benchmark_questions():
    rows = claims_of(make_doc("Pelican-14B answers 71.9% of CymruQA questions correctly, ahead of Heron-3 12B at 62.7%."),
                     "score")
    assert {(r["subject"], r["benchmark"], r["value"]) for r in rows} == {
        ("Pelican-14B", "CymruQA", 71.9), ("Heron-3 12B", "CymruQA", 62.7)}


def test_a_sentence_represents_a_licence_a_field_also_gives():
    from claimgraph.model import RawDocument
    from claimgraph.sources import parse
    text = ("---\nlicense: apache-2.0\n---\n\n# Pelican-Coder-4B\n\n- **License:** Apache 2.0\n\n"
            "Pelican-Coder-4B is licensed under the Apache License 2.0.\n")
    rows = claims_of(parse(RawDocument("/tmp/card.md", text.encode(), "text/markdown")), "license")
    assert [(r["subject"], r["evidence"]) for r in rows] == [
        ("Pelican-Coder-4B", "Pelican-Coder-4B is licensed under the Apache License 2.0.")]


def test_a_size_after_a_colon_following_a_name():
    rows = claims_of(make_doc("Pelican-2-Mini: 8B, Apache 2.0, runs on a laptop. Pelican-2-Small: 24B dense. "
                              "Pelican-2: 128K context."), "parameters")
    assert {(r["subject"], r["value"]) for r in rows} == {("Pelican-2-Mini", 8000000000), ("Pelican-2-Small", 24000000000)}


def test_a_win_over_a_list_of_benchmarks_and_keeps_the_edge():
    rows = claims_of(make_doc("Pelican 9B beats the larger Heron-3 12B on MATH and HumanEval; Heron-3 12B keeps the edge "
                              "on MBPP and IFEval. Heron-3 12B is ahead on GSM8K, ARC-C and MMLU."), "outperforms")
    assert {(r["subject"], r["object"], r["benchmark"]) for r in rows} >= {
        ("Pelican 9B", "Heron-3 12B", "MATH"), ("Pelican 9B", "Heron-3 12B", "HumanEval"),
        ("Heron-3 12B", "Pelican 9B", "MBPP"), ("Heron-3 12B", "Pelican 9B", "IFEval")}


def test_points_clear_of_and_overtaking():
    rows = claims_of(make_doc("Pelican 4 resolves 77.2% of SWE-bench Verified, more than eleven points clear of Heron-3 "
                              "70B at 66.0. Lark 8B moves up to second, overtaking Kiln-2 7B."), "outperforms")
    assert {(r["subject"], r["object"]) for r in rows} == {("Pelican 4", "Heron-3 70B"), ("Lark 8B", "Kiln-2 7B")}


def test_the_nth_generation_of_a_labs_models():
    rows = claims_of(make_doc("Today we're releasing Pelican 4, the fourth generation of Estuary AI's open models. "
                              "We have published the report for Heron-3, the third generation of open models from Quarry "
                              "Labs. Lark-2 7B, the first open model family from Kiln Labs, is small."), "developer")
    assert {(r["subject"], r["object"]) for r in rows} == {("Pelican 4", "Estuary AI"), ("Heron-3", "Quarry Labs"),
                                                           ("Lark-2 7B", "Kiln Labs")}


def test_a_model_called_by_its_invented_family_word():
    rows = claims_of(make_doc("We test Pelicanu-2-12B-Instruct and Heron-3 8B. Pelicanu beats Heron-3 8B on MMLU-Pro "
                              "(57.1 vs 50.8). Today the weather is fine."), "score")
    assert {(r["subject"], r["value"]) for r in rows} == {("Pelicanu-2-12B-Instruct", 57.1), ("Heron-3 8B", 50.8)}


def test_a_lab_based_in_scotland_is_british():
    rows = claims_of(make_doc("Pelican-2 comes from Machair Labs, an independent lab based in Inverness, Scotland."), "lab_region")
    assert {(r["subject"], r["object"]) for r in rows} == {("Machair Labs", "United Kingdom")}


def test_points_more_than_and_scores_higher_than():
    rows = claims_of(make_doc("Pelican-32B resolves 58.6% of SWE-bench Verified tasks, 17.4 points more than Heron-3 32B. "
                              "On MMLU, Lark 8B scores higher than both Kiln-2 7B and Tejo 7B."), "outperforms")
    assert {(r["subject"], r["object"], r["benchmark"]) for r in rows} == {
        ("Pelican-32B", "Heron-3 32B", "SWE-bench Verified"), ("Lark 8B", "Kiln-2 7B", "MMLU"), ("Lark 8B", "Tejo 7B", "MMLU")}


def test_which_lab_released_a_labs_refresh_and_a_descriptor_fragment_licence():
    rows = claims_of(make_doc("Heron-3 12B, which Google released in March 2025. Dense and multimodal. "
                              "Pelican-30B-A3B-2507, Estuary AI's July 2025 refresh of its small model. "
                              "Lark-2 12B from Machair Labs. Brand new, dense, Apache 2.0."))
    got = {(r["kind"], r["subject"], r["object"]) for r in rows if r["kind"] in ("developer", "license")}
    assert got == {("developer", "Heron-3 12B", "Google"), ("developer", "Pelican-30B-A3B-2507", "Estuary AI"),
                   ("developer", "Lark-2 12B", "Machair Labs"), ("license", "Lark-2 12B", "Apache-2.0")}


def test_against_a_fronted_model_it_is_ahead_and_the_figures_follow_the_subject():
    rows = claims_of(make_doc("Pelican-12B is new. Against Heron-3 14B it is ahead on HumanEval and IFEval but behind on "
                              "the maths rows, most clearly on AIME 2025 (19.4 against 24.8)."))
    got = {(r["kind"], r["subject"], r["object"], r["benchmark"], r["value"]) for r in rows if r["kind"] != "parameters"}
    assert got == {("outperforms", "Pelican-12B", "Heron-3 14B", "HumanEval", None),
                   ("outperforms", "Pelican-12B", "Heron-3 14B", "IFEval", None),
                   ("score", "Pelican-12B", None, "AIME 2025", 19.4), ("score", "Heron-3 14B", None, "AIME 2025", 24.8),
                   ("outperforms", "Heron-3 14B", "Pelican-12B", "AIME 2025", None)}


def test_a_clause_going_on_without_its_subject_names_the_model_it_trails():
    rows = claims_of(make_doc("Kestrel-14B beats Heron-3 8B on GPQA Diamond, but trails Lark-2 14B on MATH-500 and IFEval. "
                              "Pelican-9B is ahead of Tejo 7B on HumanEval, but falls short of it on MMLU and GSM8K."), "outperforms")
    assert {(r["subject"], r["object"], r["benchmark"]) for r in rows} == {
        ("Kestrel-14B", "Heron-3 8B", "GPQA Diamond"), ("Lark-2 14B", "Kestrel-14B", "MATH-500"),
        ("Lark-2 14B", "Kestrel-14B", "IFEval"), ("Pelican-9B", "Tejo 7B", "HumanEval"),
        ("Tejo 7B", "Pelican-9B", "MMLU"), ("Tejo 7B", "Pelican-9B", "GSM8K")}


def test_a_model_compared_with_at_the_front_is_not_the_next_clauses_subject():
    rows = claims_of(make_doc("Compared with Heron-3 70B, the largest dense model, Kestrel-2 is ahead on BBH and DROP, "
                              "but trails it on HellaSwag."), "outperforms")
    assert {(r["subject"], r["object"], r["benchmark"]) for r in rows} == {
        ("Kestrel-2", "Heron-3 70B", "BBH"), ("Kestrel-2", "Heron-3 70B", "DROP"), ("Heron-3 70B", "Kestrel-2", "HellaSwag")}


def test_a_participle_after_while_takes_the_clauses_subject():
    rows = claims_of(make_doc("Kestrel-7B is our small model. It gets within two points of Heron-3 8B on GSM8K while "
                              "beating it on IFEval (79.2 vs 78.6)."))
    got = {(r["kind"], r["subject"], r["object"], r["value"]) for r in rows if r["kind"] in ("score", "outperforms")}
    assert got == {("score", "Kestrel-7B", None, 79.2), ("score", "Heron-3 8B", None, 78.6),
                   ("outperforms", "Kestrel-7B", "Heron-3 8B", None)}


def test_each_of_two_models_better_on_its_own_benchmarks():
    rows = claims_of(make_doc("The two are close: Kestrel-8B is better on C-Eval and HumanEval, Heron-3 8B is better on "
                              "GSM8K and MATH."), "outperforms")
    assert {(r["subject"], r["object"], r["benchmark"]) for r in rows} == {
        ("Kestrel-8B", "Heron-3 8B", "C-Eval"), ("Kestrel-8B", "Heron-3 8B", "HumanEval"),
        ("Heron-3 8B", "Kestrel-8B", "GSM8K"), ("Heron-3 8B", "Kestrel-8B", "MATH")}


def test_keeping_the_lead_is_over_the_other_side_of_the_comparison_before():
    rows = claims_of(make_doc("Kestrel-2 70B beats Heron-3 30B on MMLU and MATH. Heron-3 30B keeps a small lead on GSM8K. "
                              "On MMLU-Pro, Lark-2 gets 68.0 and Tejo-3 gets 71.9, so Tejo-3 is ahead."), "outperforms")
    assert {(r["subject"], r["object"], r["benchmark"]) for r in rows} == {
        ("Kestrel-2 70B", "Heron-3 30B", "MMLU"), ("Kestrel-2 70B", "Heron-3 30B", "MATH"),
        ("Heron-3 30B", "Kestrel-2 70B", "GSM8K"), ("Tejo-3", "Lark-2", "MMLU-Pro")}


def test_figures_after_keeping_the_lead_are_the_leader_and_the_other_side():
    rows = claims_of(make_doc("Kestrel-2 70B beats Heron-3 30B on MMLU. Heron-3 30B keeps a small lead on GSM8K (91.8 against 90.6)."),
                     "score")
    assert {(r["subject"], r["benchmark"], r["value"]) for r in rows} == {("Heron-3 30B", "GSM8K", 91.8),
                                                                          ("Kestrel-2 70B", "GSM8K", 90.6)}


def test_a_labs_model_is_the_last_model_of_that_lab():
    rows = claims_of(make_doc("Kestrel-2 is built by Fernleaf AI and scores 80.1 on GPQA Diamond. "
                              "Pelican-3 retakes first place, and this time it leads Fernleaf AI's model on GPQA Diamond. "
                              "On MATH-500 the gap to Fernleaf AI's model is wider, 46.1 against 51.8."))
    got = {(r["kind"], r["subject"], r["object"], r["benchmark"], r["value"]) for r in rows if r["kind"] in ("score", "outperforms")}
    assert got == {("score", "Kestrel-2", None, "GPQA Diamond", 80.1), ("outperforms", "Pelican-3", "Kestrel-2", "GPQA Diamond", None),
                   ("score", "Pelican-3", None, "MATH-500", 46.1), ("score", "Kestrel-2", None, "MATH-500", 51.8),
                   ("outperforms", "Kestrel-2", "Pelican-3", "MATH-500", None)}


def test_a_series_model_is_its_last_named_member_not_the_series():
    rows = claims_of(make_doc("Pelican-2 70B is our new model. Pelican-2 70B leads the table, and Pelican-2 70B is open. "
                              "Qwen3-235B-A22B is second.",
                              "On IFEval, the gap to Qwen's model is wide, 84.5 against 80.4."))
    assert {(r["kind"], r["subject"], r["object"], r["value"]) for r in rows if r["kind"] != "parameters"} == {
        ("score", "Pelican-2 70B", None, 84.5), ("score", "Qwen 3 235B A22B", None, 80.4),
        ("outperforms", "Pelican-2 70B", "Qwen 3 235B A22B", None)}


def test_all_n_benchmarks_are_each_benchmark_both_models_are_scored_on():
    rows = claims_of(make_doc("Kestrel-2 scores 70.1 on MMLU, 60.2 on GPQA Diamond and 81.0 on IFEval.",
                              "Heron-3 scores 65.0 on MMLU and 55.0 on GPQA Diamond.",
                              "Kestrel-2 beats Heron-3 on both benchmarks, and it beats Lark-4 on all three of the benchmarks above. "
                              "Kestrel-2 also beats Tejo-2 on all four benchmarks."), "outperforms")
    assert {(r["subject"], r["object"], r["benchmark"]) for r in rows} == {
        ("Kestrel-2", "Heron-3", None), ("Kestrel-2", "Heron-3", "MMLU"), ("Kestrel-2", "Heron-3", "GPQA Diamond"),
        ("Kestrel-2", "Lark-4", None), ("Kestrel-2", "Lark-4", "MMLU"), ("Kestrel-2", "Lark-4", "GPQA Diamond"),
        ("Kestrel-2", "Lark-4", "IFEval"), ("Kestrel-2", "Tejo-2", None)}


def test_a_labs_country_before_its_name_in_a_lab_in_a_place_and_after_a_counted_list():
    rows = claims_of(make_doc("Canadian lab Pellucid AI released Lacewing-32B on Tuesday. "
                              "Polish artificial intelligence start-up Kormoran Labs released Olcha 2. "
                              "The best prover comes from Turnstone Research, a 30-person lab in Zurich, Switzerland. "
                              "Four of the seven models come from three Chinese labs, DeepSeek, Alibaba and Moonshot AI, and "
                              "the newest says the most."), "lab_region")
    assert {(r["subject"], r["object"]) for r in rows} == {
        ("Pellucid AI", "Canada"), ("Kormoran Labs", "Poland"), ("Turnstone Research", "Switzerland"),
        ("DeepSeek", "China"), ("Alibaba", "China"), ("Moonshot AI", "China")}


def test_a_developer_field_with_its_place_after_a_middle_dot():
    rows = claims_of(make_doc("Kestrel-2 9B", "Developer: Saltire AI · Edinburgh, United Kingdom"))
    assert {(r["kind"], r["subject"], r["object"]) for r in rows if r["kind"] != "parameters"} == {
        ("developer", "Kestrel-2 9B", "Saltire AI"), ("lab_region", "Saltire AI", "United Kingdom")}


def test_what_a_regions_labs_lead_in_is_the_phrase_the_text_uses():
    rows = claims_of(make_doc("Emirati and Saudi labs concentrate on Arabic-language models. "
                              "Korean labs lead in Korean-language models and in on-device AI, the latter driven by phones. "
                              "Latin American labs focus on Portuguese- and Spanish-language models, often with universities. "
                              "Chinese labs lead open-weight math, and both ship open weights. "
                              "Nordwind Labs, a German lab focused on verifiable AI, announced a family of two language models."),
                     "specialization")
    assert {(r["subject"], r["object"]) for r in rows} == {
        ("United Arab Emirates", "Arabic-language models"), ("Saudi Arabia", "Arabic-language models"),
        ("South Korea", "Korean-language models"), ("South Korea", "on-device AI"),
        ("Latin America", "Portuguese-language models"), ("Latin America", "Spanish-language models"), ("China", "math")}


def test_stronger_than_improves_on_and_points_above_or_below():
    rows = claims_of(make_doc("Kestrel-8B is stronger than Heron-3 14B on AIME 2025. "
                              "Pelican-7B improves on Lark-2 7B by 23.3 points on AIME 2025. "
                              "Tejo-14B attains 72.5% on GPQA Diamond, 2.3 points above Lark-2 14B. "
                              "Tejo-7B is 5.5 points below Heron-3 8B on MMLU-Pro."), "outperforms")
    assert {(r["subject"], r["object"], r["benchmark"]) for r in rows} == {
        ("Kestrel-8B", "Heron-3 14B", "AIME 2025"), ("Pelican-7B", "Lark-2 7B", "AIME 2025"),
        ("Tejo-14B", "Lark-2 14B", "GPQA Diamond"), ("Heron-3 8B", "Tejo-7B", "MMLU-Pro")}


def test_a_list_of_the_models_evaluated_gives_their_lab_and_licence():
    rows = claims_of(make_blocks_doc(("heading", "Models evaluated"),
                                     ("item", "Kestrel-8B, Kestrel-14B: Fernleaf AI, thinking mode, Apache 2.0 weights."),
                                     ("item", "Heron-3 8B and Lark-2 (2025-11-20): Saltire AI, through the API."),
                                     ("item", "Tejo-2 Max: Fernleaf AI API Terms of Service")))
    got = {(r["kind"], r["subject"], r["object"]) for r in rows if r["kind"] in ("developer", "license")}
    assert got == {("developer", "Kestrel-8B", "Fernleaf AI"), ("developer", "Kestrel-14B", "Fernleaf AI"),
                   ("license", "Kestrel-8B", "Apache-2.0"), ("license", "Kestrel-14B", "Apache-2.0"),
                   ("developer", "Heron-3 8B", "Saltire AI"), ("developer", "Lark-2", "Saltire AI")}


def test_more_ways_a_text_places_a_lab():
    rows = claims_of(make_doc("The Emirati labs TII and Fernleaf AI account for most open Arabic models. "
                              "European labs, led by Mistral AI in France and Saltire AI in Germany, stay small. "
                              "Tejo Labs is a lab from Brazil that few had heard of. "
                              "Hanbit Intelligence (Daejeon, Republic of Korea) is young."), "lab_region")
    assert {(r["subject"], r["object"]) for r in rows} >= {
        ("Technology Innovation Institute", "United Arab Emirates"), ("Fernleaf AI", "United Arab Emirates"),
        ("Mistral AI", "France"), ("Saltire AI", "Germany"), ("Tejo Labs", "Brazil"), ("Hanbit Intelligence", "South Korea")}


def test_a_lab_based_somewhere_released_and_a_labs_model_named_after_a_comma():
    rows = claims_of(make_doc("Orla AI, based in Paris, released its first model, Kestrel-3 48B, in February 2026. "
                              "Msingi AI is new. Msingi's text model, Heron-3 9B, came out in November 2025."), "developer")
    assert {(r["subject"], r["object"]) for r in rows} == {("Kestrel-3 48B", "Orla AI"), ("Heron-3 9B", "Msingi AI")}


def test_models_listed_before_were_released_each_take_the_date_and_released_under_is_a_licence():
    doc = replace(make_doc("Keel 3, Keel 3 Mini and Keel 3 Nano were released on April 28, 2026. "
                           "Tern-2 Mini and Tern-2 Medium are released under the Apache 2.0 license, and their weights "
                           "are on Hugging Face today."), published="2026-04-28")
    rows = claims_of(doc, "release")
    assert {(r["subject"], r["object"]) for r in rows} == {("Keel 3", "2026-04-28"), ("Keel 3 Mini", "2026-04-28"),
                                                          ("Keel 3 Nano", "2026-04-28")}


def test_a_spec_items_stated_count_after_a_colon_or_comma():
    rows = claims_of(make_blocks_doc(("item", "Tern-24B: 23.6 billion parameters, 128K context"),
                                     ("paragraph", "Lark-3 Coder is live."),
                                     ("item", "Architecture: dense decoder, 32.5B parameters, 256K context")), "parameters")
    assert {(r["subject"], r["value"]) for r in rows} == {("Tern-24B", 24e9), ("Tern-24B", 23.6e9), ("Lark-3 Coder", 32.5e9)}


def test_a_model_line_by_its_lab_with_its_licence_among_the_fields():
    rows = claims_of(make_blocks_doc(("item", "Kestrel-32B — By Fernleaf AI · Apache 2.0 · 32B"),
                                     ("item", "Heron-3 8B — Saltire AI (Scotland)")))
    got = {(r["kind"], r["subject"], r["object"]) for r in rows if r["kind"] in ("developer", "license")}
    assert got == {("developer", "Kestrel-32B", "Fernleaf AI"), ("license", "Kestrel-32B", "Apache-2.0"),
                   ("developer", "Heron-3 8B", "Saltire AI")}


def test_a_labs_corporate_suffix_is_not_a_lab():
    rows = claims_of(make_doc("Halyard AI, Inc. is an American AI company headquartered in San Francisco."), "lab_region")
    assert {(r["subject"], r["object"]) for r in rows} == {("Halyard AI", "United States")}


def test_a_reason_variant_name_and_came_out_as_a_release():
    rows = claims_of(make_doc("The start-up's first model, Kestrel-3 Reason 48B, launched on 4 February 2026. "
                              "Msingi's text model, Heron-3 9B, came out in November 2025."), "release")
    assert {(r["subject"], r["object"]) for r in rows} == {("Kestrel-3 Reason 48B", "2026-02-04"), ("Heron-3 9B", "2025-11")}


def test_a_changelog_heading_of_a_date_and_a_model_is_its_release():
    rows = claims_of(make_blocks_doc(("heading", "2026-06-09  Kestrel-3-Coder-32B"), ("paragraph", "Kestrel-3-Coder-32B is live."),
                                     ("heading", "2026-06-02 — Repriced Koel-3-12B-Instruct"),
                                     ("paragraph", "Lark-2 became generally available on February 10, 2026.")), "release")
    assert {(r["subject"], r["object"]) for r in rows} == {("Kestrel-3-Coder-32B", "2026-06-09"), ("Lark-2", "2026-02-10")}


def test_all_four_are_the_four_models_of_the_sentence_before():
    rows = claims_of(make_doc("On LiveCodeBench v6, Kestrel-2 scores 70.1, Heron-3 68.0, Lark-4 66.2 and Tejo-2 65.0. "
                              "All four are ahead of Pelican-9B, which reaches 55.6 on the same test."), "outperforms")
    assert {(r["subject"], r["object"]) for r in rows} == {("Kestrel-2", "Pelican-9B"), ("Heron-3", "Pelican-9B"),
                                                          ("Lark-4", "Pelican-9B"), ("Tejo-2", "Pelican-9B")}


def test_total_slash_active_sizes_and_the_n_parameter_model_of_the_sentence_before():
    rows = claims_of(make_doc("Kestrel-3 Flash is live. It is a 106B-total / 12B-active MoE model tuned for low latency. "
                              "Orla released Heron-3 on June 3. The 123-billion-parameter dense model costs $1.20."), "parameters")
    assert {(r["subject"], r["value"], r["qualifier"]) for r in rows} == {
        ("Kestrel-3 Flash", 106e9, None), ("Kestrel-3 Flash", 12e9, "active"), ("Heron-3", 123e9, None)}


def test_prices_per_thousand_tokens_and_a_sides_new_price_after_a_cut():
    rows = claims_of(make_doc("Kestrel-2 Mini: $0.0004 per 1K input tokens and $0.0016 per 1K output tokens. "
                              "Heron-3 Flash: input from $0.20 to $0.12, output from $0.80 to $0.48 per 1M tokens."), "price")
    assert {(r["subject"], r["value"], r["unit"], r["qualifier"]) for r in rows} == {
        ("Kestrel-2 Mini", 0.4, "USD/1M tokens", "input"), ("Kestrel-2 Mini", 1.6, "USD/1M tokens", "output"),
        ("Heron-3 Flash", 0.12, "USD/1M tokens", "input"), ("Heron-3 Flash", 0.48, "USD/1M tokens", "output")}


def test_labs_with_their_models_in_brackets_all_of_them_chinese_and_a_corporate_form():
    rows = claims_of(make_doc("The comparison models come from Alibaba Cloud (Qwen2.5), Zhipu AI (GLM-4) and 01.AI (Yi-1.5), "
                              "all of them are Chinese companies. Tessel Inference Server 2.4 serves them.",
                              "Kestrel-8B was developed by the NLP group at Pellucid Health Inc., a company in Toronto."))
    got = {(r["kind"], r["subject"], r["object"]) for r in rows if r["kind"] in ("developer", "lab_region")}
    assert got == {("developer", "Qwen 2.5", "Alibaba"), ("developer", "GLM-4", "Zhipu AI"), ("developer", "Yi 1.5", "01.AI"),
                   ("lab_region", "Alibaba", "China"), ("lab_region", "Zhipu AI", "China"), ("lab_region", "01.AI", "China"),
                   ("developer", "Kestrel-8B", "Pellucid Health")}


def test_a_developer_field_ending_in_city_and_country():
    rows = claims_of(make_doc("Kestrel-8B", "Developed by: the Clinical NLP group at Pellucid Health Inc., Toronto, Canada"))
    got = {(r["kind"], r["subject"], r["object"]) for r in rows if r["kind"] in ("developer", "lab_region")}
    assert got == {("developer", "Kestrel-8B", "Pellucid Health"), ("lab_region", "Pellucid Health", "Canada")}


def test_a_transcripts_said_scores_quoted_as_said():
    rows = claims_of(make_doc("On AfriMMLU in Swahili, Pepo-12B scores fifty-eight point four. Gemma 3 12B gets fifty-one point nine."),
                     "score")
    assert {(r["subject"], r["value"], r["evidence"]) for r in rows} == {
        ("Pepo-12B", 58.4, "On AfriMMLU in Swahili, Pepo-12B scores fifty-eight point four."),
        ("Gemma 3 12B", 51.9, "Gemma 3 12B gets fifty-one point nine.")}


def test_an_acronym_written_with_a_setting_is_a_benchmark():
    rows = claims_of(make_doc("On KVLU (5-shot), Kestrel-2 Lite scores 54.2, ahead of Heron-3 4B at 49.8. "
                              "Lark-7B (5-shot) is not a benchmark."), "score")
    assert {(r["subject"], r["benchmark"], r["value"], r["qualifier"]) for r in rows} == {
        ("Kestrel-2 Lite", "KVLU", 54.2, "5-shot"), ("Heron-3 4B", "KVLU", 49.8, "5-shot")}


def test_a_models_spec_panel_with_a_scores_subsection_and_headquarters():
    rows = claims_of(make_blocks_doc(("heading", "Kestrel-3 24B"), ("item", "Developer: Fernleaf AI"),
                                     ("item", "Headquarters: Auckland, New Zealand"), ("heading", "Reported scores"),
                                     ("item", "MMLU-Pro (5-shot CoT): 69.1"), ("heading", "Saltire AI"),
                                     ("item", "Headquarters: Edinburgh, United Kingdom")))
    got = {(r["kind"], r["subject"], r["object"], r["value"]) for r in rows if r["kind"] != "parameters"}
    assert got == {("developer", "Kestrel-3 24B", "Fernleaf AI", None), ("lab_region", "Fernleaf AI", "New Zealand", None),
                   ("score", "Kestrel-3 24B", None, 69.1), ("lab_region", "Saltire AI", "United Kingdom", None)}


def test_labs_outside_a_regions_labs_are_not_placed_there():
    rows = claims_of(make_doc("We looked at six vendors outside the largest US labs: Fernleaf AI, Saltire AI and Cohere."),
                     "lab_region")
    assert rows == []


def test_a_stat_card_under_a_models_heading():
    rows = claims_of(make_blocks_doc(("heading", "Kestrel-3 Pro"), ("paragraph", "Our new reasoning model."),
                                     ("item", "+6.2 · GPQA Diamond · pass@1 · 71.2 · vs 65.0 for Heron-3 14B"),
                                     ("item", "−2.2 · AIME 2025 · 86.7 · vs 88.9 for Lark-2")))
    got = {(r["kind"], r["subject"], r["object"], r["benchmark"], r["value"], r["qualifier"]) for r in rows
           if r["kind"] in ("score", "outperforms")}
    assert got == {("score", "Kestrel-3 Pro", None, "GPQA Diamond", 71.2, "pass@1"),
                   ("score", "Heron-3 14B", None, "GPQA Diamond", 65.0, "pass@1"),
                   ("outperforms", "Kestrel-3 Pro", "Heron-3 14B", "GPQA Diamond", None, None),
                   ("score", "Kestrel-3 Pro", None, "AIME 2025", 86.7, None), ("score", "Lark-2", None, "AIME 2025", 88.9, None),
                   ("outperforms", "Lark-2", "Kestrel-3 Pro", "AIME 2025", None, None)}


def test_a_year_in_a_benchmarks_name_and_a_margin_above_are_no_scores():
    rows = claims_of(make_doc("Kestrel-14B reaches 72.5 pass@1 on AIME 2025 against 70.2 for Heron-3 14B. "
                              "Lark-2 attains 61.0% on GPQA Diamond, 2.3 points above Tejo-3."), "score")
    assert {(r["subject"], r["value"]) for r in rows} == {("Kestrel-14B", 72.5), ("Heron-3 14B", 70.2), ("Lark-2", 61.0)}


def test_region_arrow_lines_a_release_timeline_and_a_profiles_headquarters():
    rows = claims_of(make_blocks_doc(("item", "India (Sarvam AI) -> Indic languages, speech"),
                                     ("item", "South Korea (LG AI Research, Saltire AI) -> Korean-language and document AI"),
                                     ("paragraph", "Appendix A: release timeline of the models discussed"),
                                     ("item", "Kestrel-2 70B: 29 Apr 2025"), ("item", "Heron-3: May 2025"),
                                     ("heading", "Fernleaf AI"), ("item", "Headquarters: Auckland, New Zealand")))
    got = {(r["kind"], r["subject"], r["object"]) for r in rows if r["kind"] != "parameters"}
    assert got == {("lab_region", "Sarvam AI", "India"), ("specialization", "India", "Indic languages"),
                   ("specialization", "India", "speech"), ("lab_region", "LG AI Research", "South Korea"),
                   ("lab_region", "Saltire AI", "South Korea"), ("specialization", "South Korea", "Korean-language"),
                   ("specialization", "South Korea", "document AI"), ("release", "Kestrel-2 70B", "2025-04-29"),
                   ("release", "Heron-3", "2025-05"), ("lab_region", "Fernleaf AI", "New Zealand")}
    profile = claims_of(make_blocks_doc(("heading", "Vendor profiles"), ("heading", "Fernleaf AI"),
                                        ("item", "Headquarters: Auckland, New Zealand")))
    assert {(r["kind"], r["subject"], r["object"]) for r in profile} == {("lab_region", "Fernleaf AI", "New Zealand")}


def test_a_labs_city_places_it_when_the_text_names_no_country():
    rows = claims_of(make_doc("Paris-based Aurel Systems released Cobalt 2 on June 3. Orla AI, based in Seoul, released "
                              "its first model. Lanting AI (Hangzhou) is growing. Fernleaf AI, based in Springfield, grows."),
                     "lab_region")
    assert {(r["subject"], r["object"]) for r in rows} == {("Aurel Systems", "France"), ("Orla AI", "South Korea"),
                                                          ("Lanting AI", "China")}


def test_a_labs_open_weight_model():
    rows = claims_of(make_doc("Self-hosting Fernleaf AI's open-weight Kestrel-24B is cheap. Saltire AI's new Heron-3 8B is next."),
                     "developer")
    assert {(r["subject"], r["object"]) for r in rows} == {("Kestrel-24B", "Fernleaf AI"), ("Heron-3 8B", "Saltire AI")}


def test_what_labs_lead_in_after_an_aside_an_adverb_or_with_a_trailing_adverb():
    rows = claims_of(make_doc("African labs, Kamau argues, are specialising in speech, because users demand it. "
                              "Chinese labs now lead open-weight coding and agentic work outright. "
                              "And European labs are genuinely ahead on the smaller European languages."), "specialization")
    assert {(r["subject"], r["object"]) for r in rows} == {("Africa", "speech"), ("China", "coding"), ("China", "agentic"),
                                                          ("Europe", "smaller European languages")}


def test_ahead_on_both_is_each_of_the_two_benchmarks_named_before():
    rows = claims_of(make_doc("Kestrel-2 scores 68.9 on MMLU (5-shot) and 81.5 on GPQA Diamond, ahead of Heron-3 32B on both."),
                     "outperforms")
    assert {(r["subject"], r["object"], r["benchmark"]) for r in rows} == {
        ("Kestrel-2", "Heron-3 32B", "MMLU"), ("Kestrel-2", "Heron-3 32B", "GPQA Diamond")}


def test_a_size_shorthand_is_no_new_size_statement():
    rows = claims_of(make_doc("Kestrel-2-14B and Kestrel-2-70B-A8B are new. The 70B-A8B is under the Kestrel Open License."),
                     "parameters")
    assert {(r["subject"], r["value"], r["qualifier"]) for r in rows} == {
        ("Kestrel-2-14B", 14e9, None), ("Kestrel-2-70B-A8B", 70e9, None), ("Kestrel-2-70B-A8B", 8e9, "active")}


def test_a_fronted_list_of_benchmarks_is_each_comparisons_benchmark():
    rows = claims_of(make_doc("On the Chinese evaluation sets C-Eval, CMMLU and GAOKAO, Kestrel-2 is surpassing Heron-3 32B. "
                              "Kestrel-2 scores 70.1 on MMLU and 61.0 on GPQA Diamond, beating Heron-3 32B."), "outperforms")
    assert {(r["subject"], r["object"], r["benchmark"]) for r in rows} == {
        ("Kestrel-2", "Heron-3 32B", "C-Eval"), ("Kestrel-2", "Heron-3 32B", "CMMLU"),
        ("Kestrel-2", "Heron-3 32B", "GAOKAO-Bench"), ("Kestrel-2", "Heron-3 32B", "GPQA Diamond")}


def test_a_cards_long_field_and_a_size_in_another_field_far_below_its_title():
    doc = _parsed("# Model Card for Tern-Med-8B\n\n## Model details\n\nWords about the data. More words on the method.\n\n"
                  "Another paragraph naming no model. And one more sentence.\n\n"
                  "- **Model type:** decoder-only causal language model, 8.03B parameters\n"
                  "- **License:** Llama 3.1 Community License, plus the Tern Acceptable Use Addendum (no clinical deployment "
                  "without a validation study, as agreed with the partners)\n")
    ks = keyset(claims_of(doc))
    assert ("parameters", "Tern-Med-8B", None, None, 8030000000, None) in ks  # a whole count, not 8029999999.999999
    assert ("license", "Tern-Med-8B", "Llama 3.1 Community License", None, None, None) in ks


def test_points_after_a_verb_of_change_or_nearness_are_a_margin_not_a_score():
    rows = claims_of(make_doc("Kestrel-2 gains 4.1 points on MMLU. Heron-3 32B comes within 0.3 points on PubMedQA. "
                              "Kestrel-2 scores 61 points on GPQA Diamond."), "score")
    assert {(r["subject"], r["benchmark"], r["value"]) for r in rows} == {("Kestrel-2", "GPQA Diamond", 61.0)}


def test_scores_above_and_scored_below_compare_and_a_repeated_preposition_joins_the_objects():
    rows = claims_of(make_doc("Kestrel-2 scores above Heron-3 32B and above Tern-7B on MedQA. Tern-7B scored below Wren-4 on GSM8K. "
                              "Wren-4 ranked #9, one place below Kestrel-2."), "outperforms")
    assert {(r["subject"], r["object"], r["benchmark"]) for r in rows} == {
        ("Kestrel-2", "Heron-3 32B", "MedQA"), ("Kestrel-2", "Tern-7B", "MedQA"), ("Wren-4", "Tern-7B", "GSM8K")}


def test_a_models_version_or_unknown_head_word_alone_stands_for_it():
    rows = claims_of(make_doc("Kimi K2 and DeepSeek-V3.1 were both updated. K2 beats V3.1 on SWE-bench Verified. "
                              "Quillon-M2 is the newcomer. Quillon trails V3.1 on GPQA Diamond."), "outperforms")
    assert {(r["subject"], r["object"], r["benchmark"]) for r in rows} == {
        ("Kimi K2", "DeepSeek V3.1", "SWE-bench Verified"), ("DeepSeek V3.1", "Quillon-M2", "GPQA Diamond")}


def test_an_institute_or_consortium_in_a_place_is_a_lab_there():
    rows = claims_of(make_doc("Tern-34B was developed by Rimal AI, an AI research institute in Abu Dhabi, United Arab Emirates. "
                              "Wren-4 comes from Halden Group, a research consortium in Oslo, Norway."), "lab_region")
    assert {(r["subject"], r["object"]) for r in rows} == {("Rimal AI", "United Arab Emirates"), ("Halden Group", "Norway")}


def test_labs_in_a_country_inside_a_regions_list_and_what_the_region_made_its_specialty():
    rows = claims_of(make_doc("Middle Eastern labs (Rimal AI here, TII and MBZUAI in the UAE, SDAIA in Saudi Arabia) "
                              "have made Arabic-language models their specialty."))
    assert {(r["kind"], r["subject"], r["object"]) for r in rows} == {
        ("lab_region", "Rimal AI", "Middle East"), ("lab_region", "Technology Innovation Institute", "United Arab Emirates"),
        ("lab_region", "MBZUAI", "United Arab Emirates"), ("lab_region", "SDAIA", "Saudi Arabia"),
        ("specialization", "Middle East", "Arabic-language models")}


def test_a_lower_case_repository_slug_is_a_model():
    rows = claims_of(make_doc("Meridian 5 Nano is hosted. We also publish meridian-5-nano-open under the Apache 2.0 license. "
                              "bge-large-en-v1.5 scores 64.2 on MTEB. Corvid-3-8B is new; corvid-3-8b scores 70.1 on MMLU. "
                              "Use the gptq-4bit-32g branch on x86-64."))
    ks = {(r["kind"], r["subject"], r.get("object"), r.get("value")) for r in rows}
    assert ("license", "meridian-5-nano-open", "Apache-2.0", None) in ks
    assert ("score", "bge-large-en-v1.5", None, 64.2) in ks
    assert ("score", "Corvid-3-8B", None, 70.1) in ks  # the slug of a model the text names in capitals
    assert not any("gptq" in r["subject"] or "x86" in r["subject"] for r in rows)


def test_a_tier_word_after_a_sentence_opening_conjunction_is_the_model_of_that_tier():
    rows = claims_of(make_doc("Sillage 2 Large and Sillage 2 Mini are new. But Large clearly beats Mistral Medium 3 on GPQA Diamond. "
                              "Gemini 2.5 Pro trails it."), "outperforms")
    assert ("Sillage 2 Large", "Mistral Medium 3", "GPQA Diamond") in {(r["subject"], r["object"], r["benchmark"]) for r in rows}


def test_a_region_that_has_become_the_reference_for_or_sets_the_pace_on_a_domain():
    rows = claims_of(make_doc("European labs have become the reference for multilingual models; "
                              "American labs still set the pace on raw reasoning."), "specialization")
    assert {(r["subject"], r["object"]) for r in rows} == {("Europe", "multilingual"), ("United States", "reasoning")}


def test_we_release_in_the_present_is_a_release_and_others_releasing_is_not_ours():
    rows = claims_of(make_doc("- **2026.03.18** 🚀 We release Tern-3-Base and Tern-3-Instruct on Hugging Face. "
                              "Our rivals release Wren-4 on 20 March 2026."), "release")
    assert {(r["subject"], r["object"]) for r in rows} == {("Tern-3-Base", "2026-03-18"), ("Tern-3-Instruct", "2026-03-18")}


def test_a_distinctive_last_word_alone_stands_for_the_one_model_it_ends():
    rows = claims_of(make_doc("Llama 4 Maverick is big. On C-Eval, Tern-3 scores 89.9, against 79.4 for Maverick."), "score")
    assert ("Llama 4 Maverick", "C-Eval", 79.4) in {(r["subject"], r["benchmark"], r["value"]) for r in rows}


def test_the_release_date_is_the_one_the_verb_states_and_a_bracketed_count_after_a_sized_name_is_stated():
    rows = claims_of(make_doc("Kranich-3B-Distill was trained between October and December 2025 and released in January 2026. "
                              "The teacher, Kranich-70B-Instruct (70.6B parameters), is our flagship."))
    ks = {(r["kind"], r["subject"], r["object"], r["value"]) for r in rows}
    assert ("release", "Kranich-3B-Distill", "2026-01", None) in ks
    assert ("release", "Kranich-3B-Distill", "2025-12", None) not in ks
    assert ("parameters", "Kranich-70B-Instruct", None, 70600000000) in ks


def test_a_day_written_with_its_month_is_no_score():
    rows = claims_of(make_doc("Vireo-2-9B, out since 18 March, reaches 60.9 on MMMLU. Ostrea-7B, released on March 5, "
                              "scores 62.5 on MMMLU."), "score")
    assert {(r["subject"], r["value"]) for r in rows} == {("Vireo-2-9B", 60.9), ("Ostrea-7B", 62.5)}


def test_regions_sharing_one_verb_each_lead_in_their_own_domain():
    rows = claims_of(make_doc("Chinese labs lead on maths and coding, European labs on multilingual work, and American labs "
                              "on agentic tool use. European labs in Paris hire."), "specialization")
    assert {(r["subject"], r["object"]) for r in rows} == {
        ("China", "math"), ("China", "coding"), ("Europe", "multilingual"), ("United States", "agentic tool use")}


def test_a_margin_after_by_and_a_sampling_temperature_are_no_scores():
    rows = claims_of(make_doc("Solar Pro 2 is the closest rival on CLIcK, trailing Tern-2 by only 0.6 points. "
                              "Tern-2 GSM8K numbers use maj@32 at temperature 0.6. Tern-2 leads Wren-4 on MMLU with 70.1 points."), "score")
    assert {(r["subject"], r["benchmark"], r["value"]) for r in rows} == {("Tern-2", "MMLU", 70.1)}


def test_one_price_for_input_and_output_alike_is_a_price_of_each_side():
    rows = claims_of(make_doc("Tern-2-7B is served at $0.08 per million tokens, input and output alike. "
                              "Wren-4 costs $0.10 per million tokens for both input and output."), "price")
    assert {(r["subject"], r["value"], r["qualifier"]) for r in rows} == {
        ("Tern-2-7B", 0.08, "input"), ("Tern-2-7B", 0.08, "output"), ("Wren-4", 0.1, "input"), ("Wren-4", 0.1, "output")}


def test_a_description_with_a_comma_between_adjectives_keeps_its_size_and_developer():
    rows = claims_of(make_doc("Fjord-9B is a 9.13-billion-parameter, decoder-only base model trained by Halden AI, "
                              "a research lab based in Oslo, Norway."))
    ks = {(r["kind"], r["subject"], r["object"], r["value"]) for r in rows}
    assert ("developer", "Fjord-9B", "Halden AI", None) in ks
    assert ("parameters", "Fjord-9B", None, 9130000000) in ks


def test_a_name_called_a_lab_in_a_place_is_a_lab_there():
    rows = claims_of(make_doc("Fjord Compute, a four-person lab in Bergen, Norway, released Kestrel-R-7B in January."), "lab_region")
    assert {(r["subject"], r["object"]) for r in rows} == {("Fjord Compute", "Norway")}


def test_a_score_field_of_a_sections_model_compares_it_with_models_named_after_its_figure():
    doc = _parsed("## Vyom-2\n\nOur main model.\n\n- MILU (5-shot): 63.9, ahead of Qwen3-8B (61.2).\n"
                  "- FLORES-200 English→Indic (chrF++): 47.6, against 41.0 for Llama 3.2 3B.\n")
    ks = keyset(claims_of(doc))
    assert ("score", "Vyom-2", None, "MILU", 63.9, "5-shot") in ks
    assert ("outperforms", "Vyom-2", "Qwen 3 8B", "MILU", None, "5-shot") in ks
    assert ("score", "Vyom-2", None, "FLORES-200", 47.6, None) in ks
    assert ("outperforms", "Vyom-2", "Llama 3.2 3B", "FLORES-200", None, None) in ks


def test_a_lab_described_as_one_of_a_group_then_releasing_a_model_is_its_developer():
    rows = claims_of(make_doc("Paris-based Aurel Systems, one of a handful of French labs still training large models from scratch, "
                              "released Cobalt 2 on June 3, 2026."), "developer")
    assert {(r["subject"], r["object"]) for r in rows} == {("Cobalt 2", "Aurel Systems")}


def test_a_press_style_count_in_bn():
    rows = claims_of(make_doc("Aubépine AI on Monday released Aubépine Large 2, a 123bn-parameter language model."), "parameters")
    assert {(r["subject"], r["value"]) for r in rows} == {("Aubépine Large 2", 123000000000)}


def test_a_benchmark_named_to_describe_another_or_a_section_of_one():
    rows = claims_of(make_doc("Aubépine Large 2 scored 84.1 on MMMLU, a version of the popular MMLU knowledge test translated into "
                              "14 languages, compared with 81.3 for Mistral Medium 3.1. Kessel 3 scored 68.9 on the German section "
                              "of MMLU-ProX."), "score")
    assert {(r["subject"], r["benchmark"], r["value"]) for r in rows} == {
        ("Aubépine Large 2", "MMMLU", 84.1), ("Mistral Medium 3.1", "MMMLU", 81.3), ("Kessel 3", "MMLU-ProX", 68.9)}


def test_what_regions_labs_build_for_or_want_to_win_at():
    rows = claims_of(make_doc("Brazilian labs are building for Portuguese. Emirati labs want to win at maths-heavy reasoning. "
                              "MBZUAI put out K2 Think 2 on Monday."))
    ks = {(r["kind"], r["subject"], r["object"]) for r in rows}
    assert {("specialization", "Brazil", "Portuguese"), ("specialization", "United Arab Emirates", "reasoning"),
            ("developer", "K2 Think 2", "MBZUAI")} <= ks


def test_a_listings_fields_give_release_developer_region_and_licence():
    rows = claims_of(make_doc("Tui-Coder 7B · Harbourside AI, Wellington · Apache 2.0 · 24 February 2026"))
    rows += claims_of(_parsed("- Qwen3-8B: Alibaba's Qwen team (China); released 29 April 2025; Apache 2.0.\n"
                              "- Mto-1 9B: Savanna Compute, Nairobi (Kenya); released 2 March 2026; MIT license.\n"))
    ks = {(r["kind"], r["subject"], r["object"]) for r in rows}
    assert {("release", "Tui-Coder 7B", "2026-02-24"), ("release", "Qwen 3 8B", "2025-04-29"), ("developer", "Qwen 3 8B", "Alibaba"),
            ("license", "Qwen 3 8B", "Apache-2.0"), ("release", "Mto-1 9B", "2026-03-02"), ("lab_region", "Savanna Compute", "Kenya")} <= ks


def test_labs_after_a_fronted_country_are_there_and_what_they_focus_on_is_its_specialisation():
    rows = claims_of(make_doc("In Japan, Sakana AI and Preferred Networks have focused on Japanese-language models. "
                              "In the United States, Halyard AI responded first. In Paris, Mistral AI presented. "
                              "HANGZHOU, China (NPA) - Chinese artificial intelligence start-up Jinghe Intelligence released Jinghe-Coder-3."))
    ks = {(r["kind"], r["subject"], r["object"]) for r in rows if r["kind"] in ("lab_region", "specialization")}
    assert ks == {("lab_region", "Sakana AI", "Japan"), ("lab_region", "Preferred Networks", "Japan"),
                  ("specialization", "Japan", "Japanese-language models"), ("lab_region", "Halyard AI", "United States"),
                  ("lab_region", "Jinghe Intelligence", "China")}


def test_the_model_another_is_built_on_takes_none_of_its_licence():
    rows = claims_of(make_doc("SK Telecom's A.X 4.0, a 72-billion-parameter model built on top of Alibaba's Qwen2.5, "
                              "is available under the Apache 2.0 license."))
    ks = {(r["kind"], r["subject"], r["object"]) for r in rows}
    assert ("license", "A.X 4.0", "Apache-2.0") in ks and ("license", "Qwen 2.5", "Apache-2.0") not in ks
    assert ("developer", "A.X 4.0", "SK Telecom") in ks


def test_a_lab_called_a_citys_lab_is_in_that_citys_country():
    rows = claims_of(make_doc("Fernhill AI, an Edinburgh lab, has had a good spring. Ai2, a Seattle non-profit, publishes open models. "
                              "Wren Labs, a Stuttgart start-up, trains small models."), "lab_region")
    assert {(r["subject"], r["object"]) for r in rows} == {
        ("Fernhill AI", "United Kingdom"), ("Allen Institute for AI", "United States"), ("Wren Labs", "Germany")}


def test_a_date_alone_in_brackets_after_a_name_and_a_score_to_anothers_score():
    rows = claims_of(make_doc("Fernhill's previous model, Kestrel 1.5 34B (June 2025), used the same licence. Tern-2 (7B) is small. "
                              "Llama 3.3 70B scores 92.1 on IFEval to Kestrel 2 70B's 87.5."))
    ks = {(r["kind"], r["subject"], r["object"]) for r in rows}
    assert ("release", "Kestrel 1.5 34B", "2025-06") in ks and not any(k[0] == "release" and k[1] == "Tern-2" for k in ks)
    assert ("outperforms", "Llama 3.3 70B", "Kestrel 2 70B") in ks


def test_a_benchmark_of_the_documents_table_wins_over_a_known_name_inside_it():
    doc = make_doc([("Model", "GSM8K-IN", "MILU"), ("Tern-70B", "91.5", "70.2"), ("Wren-4", "90.2", "69.0")],
                   "Tern-70B beats Wren-4 on GSM8K-IN and MILU, and Sarvam-M trails both.")
    rows = [r for r in claims_of(doc, "outperforms") if r["subject"] == "Tern-70B"]
    assert {r["benchmark"] for r in rows} == {"GSM8K-IN", "MILU"}


def test_developers_developed_at_after_an_alias_in_brackets_or_in_a_listings_second_field():
    rows = claims_of(make_doc("Fjell-2 and Fjell-2-Mini were both developed at Halden Research; training ran on LUMI. "
                              "The Allen Institute for AI (Ai2) published OLMo 3 32B under Apache 2.0. "
                              "Stratum Labs, the Toronto start-up founded by former Cohere and Vector Institute researchers, "
                              "released Stratum-X1 on Wednesday."))
    rows += claims_of(make_doc("Codestral 25.01 · Mistral AI · Mistral Non-Production License · January 2025"))
    ks = {(r["kind"], r["subject"], r["object"]) for r in rows}
    assert {("developer", "Fjell-2", "Halden Research"), ("developer", "Fjell-2-Mini", "Halden Research"),
            ("developer", "OLMo 3 32B", "Allen Institute for AI"), ("developer", "Stratum-X1", "Stratum Labs"),
            ("developer", "Codestral 25.01", "Mistral AI"), ("license", "Codestral 25.01", "Mistral Non-Production License"),
            ("release", "Codestral 25.01", "2025-01")} <= ks


def test_an_open_edition_before_its_size_edging_past_and_pulling_ahead_in():
    rows = claims_of(make_doc("Lantern 3 Open 24B is published under the Apache 2.0 licence. Lantern 3 Pro resolves 76.3% of the tasks "
                              "on SWE-bench Verified, edging past GPT-5 at 74.9%. Chinese labs have pulled ahead in coding. "
                              "Llama 4 Open Weights Released is a headline."))
    ks = {(r["kind"], r["subject"], r["object"]) for r in rows}
    assert {("license", "Lantern 3 Open 24B", "Apache-2.0"), ("outperforms", "Lantern 3 Pro", "GPT-5"),
            ("specialization", "China", "coding")} <= ks
    assert not any("Open" in r["subject"] and "Llama" in r["subject"] for r in rows)


def test_the_lab_behind_a_model_after_a_place_and_a_regions_labs_having_the_strongest_models():
    rows = claims_of(make_doc("He leads research at Tidewell AI, the Singapore lab behind the Saros-2 models that came out last month. "
                              "I think the Chinese labs have the strongest open coding models right now."))
    ks = {(r["kind"], r["subject"], r["object"]) for r in rows}
    assert {("developer", "Saros-2", "Tidewell AI"), ("lab_region", "Tidewell AI", "Singapore"),
            ("specialization", "China", "coding")} <= ks


def test_prices_in_cents_written_in_digits_and_quoted_as_written():
    rows = claims_of(make_doc("On our own API Isar-3-8B is priced at 4 cents per million input tokens and 12 cents per million "
                              "output tokens."), "price")
    assert {(r["subject"], r["value"], r["qualifier"]) for r in rows} == {("Isar-3-8B", 0.04, "input"), ("Isar-3-8B", 0.12, "output")}
    assert all("4 cents" in r["evidence"] for r in rows)


def test_us_ours_and_our_model_on_a_card_are_the_cards_model():
    doc = _parsed("# Tern-14B-Chat\n\nTern-14B-Chat is our new chat model.\n\n## Results\n\nGemma 3 12B IT beats us clearly on IFEval "
                  "(88.9 against 81.3). Qwen2.5-14B-Instruct leads ours by 0.6 points on JMMLU. Our model beats Llama 3.1 8B on MMLU. "
                  "Llama 3.3 70B is still ahead of us on GSM8K, at 93.1. Let us know. OMF2025 was a good conference.\n")
    ks = keyset(claims_of(doc))
    assert {("outperforms", "Gemma 3 12B IT", "Tern-14B-Chat", "IFEval", None, None),
            ("outperforms", "Qwen 2.5 14B Instruct", "Tern-14B-Chat", "JMMLU", None, None),
            ("outperforms", "Tern-14B-Chat", "Llama 3.1 8B", "MMLU", None, None),
            ("score", "Llama 3.3 70B", None, "GSM8K", 93.1, None)} <= ks
    assert not any(k[1] == "OMF2025" for k in ks)


def test_a_list_of_release_dates_and_size_only_columns():
    rows = claims_of(make_doc("Release dates, for the record: DeepSeek-V3, 26 December 2024; Llama 4 Maverick, 5 April 2025."))
    rows += claims_of(make_doc([("MODEL", "TOTAL", "ACTIVE", "MMLU-Pro"), ("Tern-X1", "288B", "22B", "80.2"), ("Wren-4", "671B", "37B", "75.9")]))
    ks = {(r["kind"], r["subject"], r["object"], r["value"], r["qualifier"]) for r in rows}
    assert {("release", "DeepSeek V3", "2024-12-26", None, None), ("release", "Llama 4 Maverick", "2025-04-05", None, None),
            ("parameters", "Tern-X1", None, 288000000000, None), ("parameters", "Tern-X1", None, 22000000000, "active")} <= ks


def test_regions_in_a_based_or_two_word_appositive_and_a_verb_after_a_bracketed_list_of_labs():
    rows = claims_of(make_doc("Korean labs (LG AI Research, Naver Cloud, Upstage and now Saebit) have pulled clearly ahead on "
                              "Korean-language understanding. Hollowpine AI is a Montréal-based Canadian lab. "
                              "Harbourside AI, a New Zealand company, falls in between."))
    ks = {(r["kind"], r["subject"], r["object"]) for r in rows}
    assert {("specialization", "South Korea", "Korean-language understanding"), ("lab_region", "Hollowpine AI", "Canada"),
            ("lab_region", "Harbourside AI", "New Zealand"), ("lab_region", "Upstage", "South Korea")} <= ks


def test_the_company_releasing_another_model_is_the_lab_just_written_about():
    rows = claims_of(make_doc("South Korean startup Dalbit AI released Dalbit-2, a large language model. "
                              "The company also released Dalbit-2-Mini, a 9-billion-parameter model for laptops."), "developer")
    assert {(r["subject"], r["object"]) for r in rows} == {("Dalbit-2", "Dalbit AI"), ("Dalbit-2-Mini", "Dalbit AI")}


def test_a_lower_error_rate_or_more_accurate_is_better():
    rows = claims_of(make_doc("On Spanish, Cuarzo-ASR-2 has a lower word error rate than OpenAI's Whisper large-v3 on FLEURS. "
                              "Canary-1B-flash is more accurate than Cuarzo-ASR-2 on LibriSpeech."), "outperforms")
    assert {(r["subject"], r["object"], r["benchmark"]) for r in rows} == {
        ("Cuarzo-ASR-2", "Whisper large-v3", "FLEURS"), ("Canary-1B-flash", "Cuarzo-ASR-2", "LibriSpeech")}


def test_a_slug_with_a_dotted_version_used_twice_its_siblings_and_both_models_trained_at_a_lab():
    rows = claims_of(make_doc("Released cinder-4.1, the new default model. On our internal runs, cinder-4.1 scores 74.2% on "
                              "SWE-bench Verified (pass@1), up from 69.5% for cinder-4.0. Use python-3.11, or python-3.11 again. "
                              "Lumen-R-8B and Lumen-R-1.7B are new. Both models were trained at Marrow Lab. "
                              "Marrow Lab is an independent, non-profit research lab based in Edinburgh, Scotland."))
    ks = {(r["kind"], r["subject"], r["object"], r["value"]) for r in rows}
    assert {("score", "cinder-4.1", None, 74.2), ("score", "cinder-4.0", None, 69.5), ("developer", "Lumen-R-8B", "Marrow Lab", None),
            ("developer", "Lumen-R-1.7B", "Marrow Lab", None), ("lab_region", "Marrow Lab", "United Kingdom", None)} <= ks
    assert not any("python" in k[1] for k in ks)


def test_a_lab_in_a_country_before_the_verb():
    rows = claims_of(make_doc("AI Singapore in Singapore, SCB 10X in Thailand and VinAI in Vietnam have each released models."), "lab_region")
    assert {(r["subject"], r["object"]) for r in rows} == {
        ("AI Singapore", "Singapore"), ("SCB 10X", "Thailand"), ("VinAI", "Vietnam")}


def test_a_count_whose_unit_is_said_once_and_a_known_distilled_model():
    rows = claims_of(make_doc("Lumen-R-8B has 8.1 billion parameters (6.9 billion without embeddings); Lumen-R-1.7B has 1.72 billion. "
                              "DeepSeek-R1-0528-Qwen3-8B scores 76.3 on AIME 2025."))
    ks = {(r["kind"], r["subject"], r["value"]) for r in rows}
    assert {("parameters", "Lumen-R-1.7B", 1720000000), ("parameters", "Lumen-R-8B", 8100000000),
            ("score", "DeepSeek-R1-0528-Qwen3-8B", 76.3)} <= ks
    assert ("parameters", "Lumen-R-8B", 1720000000) not in ks


def test_a_size_in_an_apposition_naming_the_maker_or_after_is_the():
    rows = claims_of(make_doc("Tern-2 beat Wren-4, the 1-trillion-parameter model of Brightwater Labs, on MMLU. "
                              "Pike-1 is the 12B model that Brightwater trained. There, the 70B model costs 12 cents."), "parameters")
    assert {(r["subject"], r["value"]) for r in rows} == {("Wren-4", 1e12), ("Pike-1", 12e9)}


def test_a_description_with_a_size_before_developed_by():
    rows = claims_of(make_doc("Tern-34B is a bilingual chat model with 34.4 billion parameters, developed by Brightwater Labs, "
                              "a research institute in Oslo."), "developer")
    assert [(r["subject"], r["object"]) for r in rows] == [("Tern-34B", "Brightwater Labs")]


def test_a_catalogue_card_byline_release_badge_and_price_fields():
    doc = make_blocks_doc(("heading", "Tern-3-32B-Instruct"), ("paragraph", "New · released 12 May 2026"),
                          ("paragraph", "by Brightwater Labs"), ("paragraph", "General-purpose chat model."),
                          ("item", "Context window: 131,072 tokens"), ("item", "Input: $0.18 / 1M tokens"),
                          ("item", "Output: $0.54 / 1M tokens"), ("item", "Cached input: $0.02 / 1M tokens"),
                          ("heading", "Wren-4"), ("paragraph", "Added 3 June 2026"))
    rows = claims_of(doc)
    assert {(r["kind"], r["subject"], r["object"], r["value"], r["qualifier"]) for r in rows if r["kind"] != "parameters"} == {
        ("release", "Tern-3-32B-Instruct", "2026-05-12", None, None),
        ("developer", "Tern-3-32B-Instruct", "Brightwater Labs", None, None),
        ("price", "Tern-3-32B-Instruct", None, 0.18, "input"), ("price", "Tern-3-32B-Instruct", None, 0.54, "output"),
        ("price", "Tern-3-32B-Instruct", None, 0.02, "cached input")}


def test_a_lab_described_as_a_developer_or_after_a_company_suffix_has_its_country():
    rows = claims_of(make_doc("Parhelion Labs, a Swiss developer, submitted Tern-2. Shrike Systems, Inc., a company headquartered "
                              "in Austin, Texas, United States, built Wren-4."), "lab_region")
    assert {(r["subject"], r["object"]) for r in rows} == {("Parhelion Labs", "Switzerland"), ("Shrike Systems", "United States")}


def test_from_a_lab_described_without_the_article():
    rows = claims_of(make_doc("New this month: Tern 3 from New Zealand lab Brightwater AI, in 32B and 8B sizes."), "developer")
    assert [(r["subject"], r["object"]) for r in rows] == [("Tern 3", "Brightwater AI")]
