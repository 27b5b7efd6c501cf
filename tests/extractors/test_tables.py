from dataclasses import replace

from helpers import claims_of, make_doc


def scores(doc):
    return {(r["subject"], r["benchmark"], r["value"], r["qualifier"]) for r in claims_of(doc, "score")}


def test_models_on_rows_with_footnotes_dashes_and_settings():
    doc = make_doc([("Model", "MMLU (5-shot)", "GPQA Diamond", "HumanEval"),
                    ("Foo-3 70B", "82.5*", "—", "71.2 ± 0.3"),
                    ("Bar-2 8B", "N/A", "40.1%", "-")])
    assert scores(doc) == {("Foo-3 70B", "MMLU", 82.5, "5-shot"), ("Foo-3 70B", "HumanEval", 71.2, None),
                           ("Bar-2 8B", "GPQA Diamond", 40.1, None)}


def test_models_on_columns():
    doc = make_doc([("Benchmark", "Foo-3 70B", "Bar-2 8B"),
                    ("MMLU-Pro", "70.1", "65.0"),
                    ("AIME 2025 (pass@1)", "55.5", "—")])
    assert scores(doc) == {("Foo-3 70B", "MMLU-Pro", 70.1, None), ("Bar-2 8B", "MMLU-Pro", 65.0, None),
                           ("Foo-3 70B", "AIME 2025", 55.5, "pass@1")}


def test_attribute_columns_and_row_evidence():
    doc = make_doc([("Model", "Parameters", "License", "Developer", "Release"),
                    ("Llama 4 Scout", "17B active (109B total)", "Llama License", "Meta", "April 5, 2025"),
                    ("Bonsai 1-bit", "3B", "MIT", "—", "—")])
    rows = claims_of(doc)
    ks = {(r["kind"], r["subject"], r["object"], r["value"], r["qualifier"]) for r in rows}
    assert ("parameters", "Llama 4 Scout", None, 109000000000, None) in ks
    assert ("parameters", "Llama 4 Scout", None, 17000000000, "active") in ks
    assert ("license", "Llama 4 Scout", "Llama", None, None) in ks
    assert ("developer", "Llama 4 Scout", "Meta", None, None) in ks
    assert ("release", "Llama 4 Scout", "2025-04-05", None, None) in ks
    assert ("license", "Bonsai 1-bit", "MIT", None, None) in ks
    header = "Model | Parameters | License | Developer | Release\n"  # a row's evidence says which column
    assert all(r["evidence"].startswith(header + r["subject"]) for r in rows)


def test_unknown_numeric_column_is_a_benchmark_but_not_context():
    doc = make_doc([("Model", "Context", "MyBench"), ("Foo-3 70B", "128", "44.0")])
    assert scores(doc) == {("Foo-3 70B", "MyBench", 44.0, None)}


from hypothesis import given, settings, strategies as st  # noqa: E402

SETTINGS = ["5-shot", "8-shot CoT", "0-shot CoT", "pass@1", "pass@10", "cons@64", "maj@4", "25-shot"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["MMLU", "GSM8K", "MATH", "HumanEval", "ARC-Challenge", "MBPP"]),
                          st.sampled_from(SETTINGS), st.floats(1, 99).map(lambda v: round(v, 1))),
                min_size=1, max_size=6, unique_by=lambda t: (t[0], t[1])))
def test_settings_column_gives_each_cell_its_qualifier(rows):
    """A transposed table with a 'Setting' column: every score carries its row's setting."""
    table = [("Benchmark", "Setting", "Foo-3 8B", "Bar-2 70B")] + [(b, s, str(v), "—") for b, s, v in rows]
    got = scores(make_doc(table))
    assert got == {("Foo-3 8B", b, v, s) for b, s, v in rows}


def test_settings_stated_before_a_table():
    doc = make_doc("All scores are 0-shot except GSM8K (8-shot).",
                   [("Model", "MMLU", "GSM8K"), ("Foo-3 8B", "60.1", "70.2")])
    assert scores(doc) == {("Foo-3 8B", "MMLU", 60.1, "0-shot"), ("Foo-3 8B", "GSM8K", 70.2, "8-shot")}


def test_unknown_table_benchmark_is_found_in_prose():
    doc = make_doc([("Benchmark", "Metric", "Foo-3 8B", "Bar-2 70B"), ("JGLUE", "3-shot", "88.0", "71.2")],
                   "Foo-3 8B beats Bar-2 70B on JGLUE.")
    rows = claims_of(doc, "outperforms")
    assert [(r["subject"], r["object"], r["benchmark"]) for r in rows] == [("Foo-3 8B", "Bar-2 70B", "JGLUE")]


def test_dollar_columns_are_prices_whatever_their_header():
    doc = make_doc([("Model", "Context window", "Input (per 1M tokens)", "Output (per 1M tokens)"),
                    ("Foo-2 27B", "256K", "$0.30", "$1.20"), ("Foo-2 7B", "128K", "$0.08", "$0.32")])
    got = {(r["subject"], r["value"], r["unit"], r["qualifier"]) for r in claims_of(doc, "price")}
    assert got == {("Foo-2 27B", 0.3, "USD/1M tokens", "input"), ("Foo-2 27B", 1.2, "USD/1M tokens", "output"),
                   ("Foo-2 7B", 0.08, "USD/1M tokens", "input"), ("Foo-2 7B", 0.32, "USD/1M tokens", "output")}


def test_intro_settings_stated_with_a_verb():
    doc = make_doc("MMLU-Pro is 5-shot, GPQA Diamond is 0-shot, and MATH-500 uses 4-shot prompting.",
                   [("Model", "MMLU-Pro", "GPQA Diamond", "MATH-500"), ("Foo-2 27B", "56.3", "38.9", "55.0")])
    assert scores(doc) == {("Foo-2 27B", "MMLU-Pro", 56.3, "5-shot"), ("Foo-2 27B", "GPQA Diamond", 38.9, "0-shot"),
                           ("Foo-2 27B", "MATH-500", 55.0, "4-shot")}


def test_shots_and_metric_columns_make_one_setting():
    doc = make_doc([("Benchmark", "Metric", "Shots", "Foo-2 7B", "Bar-3 8B"),
                    ("MMLU", "acc", "5", "63.1", "60.8"), ("GSM8K", "maj@1", "8", "52.4", "41.2"),
                    ("HumanEval", "pass@1", "0", "38.4", "34.1")])
    got = {(s, b, q) for s, b, _, q in scores(doc)}
    assert got == {("Foo-2 7B", "MMLU", "5-shot"), ("Bar-3 8B", "MMLU", "5-shot"), ("Foo-2 7B", "GSM8K", "8-shot maj@1"),
                   ("Bar-3 8B", "GSM8K", "8-shot maj@1"), ("Foo-2 7B", "HumanEval", "0-shot pass@1"),
                   ("Bar-3 8B", "HumanEval", "0-shot pass@1")}


def test_a_shots_column_joins_the_setting_in_the_benchmark_label():
    doc = make_doc([("Benchmark", "# Shots", "Foo-2 7B"), ("MMLU-Pro (CoT)", "5", "50.8"),
                    ("IFEval (prompt-level strict)", "0", "83.1"), ("GSM8K (8-shot)", "4", "86.9"), ("MMLU", "5", "68.9")])
    assert scores(doc) == {("Foo-2 7B", "MMLU-Pro", 50.8, "5-shot CoT"), ("Foo-2 7B", "IFEval", 83.1, "0-shot prompt-level strict"),
                           ("Foo-2 7B", "GSM8K", 86.9, "8-shot"), ("Foo-2 7B", "MMLU", 68.9, "5-shot")}


def test_a_note_opening_with_benchmarks_gives_them_its_setting_and_one_models_mode_is_no_default():
    doc = make_doc([("Model", "AIME 2025", "MMLU"), ("Foo-3", "80.1", "70.2"), ("Bar-2", "75.0", "71.9")],
                   "Foo-3 results use thinking mode. For AIME we sample 16 times per problem and report the mean (avg@16).")
    assert scores(doc) == {("Foo-3", "AIME 2025", 80.1, "avg@16"), ("Bar-2", "AIME 2025", 75.0, "avg@16"),
                           ("Foo-3", "MMLU", 70.2, None), ("Bar-2", "MMLU", 71.9, None)}


def test_a_setting_in_words_in_a_labels_brackets_but_not_a_metric_modality_or_variant():
    doc = make_doc([("Benchmark", "Foo-3"), ("τ²-bench (retail)", "71.5"), ("Cybench (unguided)", "41.0"),
                    ("AgentHarm (refusal rate)", "91.3"), ("MMMU-Pro (vision)", "60.2"), ("MMLU (accuracy)", "80.1"),
                    ("Chatbot Arena (Elo)", "1402")])
    assert {(s[1], s[3]) for s in scores(doc)} == {("τ²-Bench", "retail"), ("Cybench", "unguided"), ("AgentHarm", "refusal rate"),
                                                   ("MMMU-Pro", None), ("MMLU", None), ("Chatbot Arena", None)}


def test_a_shots_cell_with_cot_in_brackets():
    doc = make_doc([("Benchmark", "Shots", "Foo-2 7B"), ("GSM8K", "8 (CoT)", "81.0"), ("MMLU", "5", "68.9")])
    assert scores(doc) == {("Foo-2 7B", "GSM8K", 81.0, "8-shot CoT"), ("Foo-2 7B", "MMLU", 68.9, "5-shot")}


def test_a_mode_column_gives_the_setting_of_a_models_row():
    doc = make_doc("All benchmarks were run 0-shot.",
                   [("Model", "Mode", "MMMU val", "DocVQA"), ("Foo-VL-8B", "non-thinking", "56.2", "94.1"),
                    ("Foo-VL-8B", "thinking", "63.5", "93.8"), ("Bar-VL-7B", "–", "50.1", "90.0")])
    assert scores(doc) == {("Foo-VL-8B", "MMMU", 56.2, "non-thinking"), ("Foo-VL-8B", "DocVQA", 94.1, "non-thinking"),
                           ("Foo-VL-8B", "MMMU", 63.5, "thinking"), ("Foo-VL-8B", "DocVQA", 93.8, "thinking"),
                           ("Bar-VL-7B", "MMMU", 50.1, "0-shot"), ("Bar-VL-7B", "DocVQA", 90.0, "0-shot")}


def test_notes_defining_a_benchmark_give_its_setting_in_the_table():
    doc = make_doc([("Rank", "Model", "GPQA Diamond [1]", "AIME 2025 [2]", "MMLU"), ("1", "Foo-3 70B", "81.2", "90.1", "88.0")],
                   "Foo-3 70B keeps first place, ahead of last month's leader.",
                   "[1] GPQA Diamond: all 198 questions, zero-shot with chain of thought (0-shot CoT), one sample each.",
                   "2. AIME 2025 \u2013 the 30 problems, 16 samples per problem, reported as the mean (avg@16). No tools.",
                   "The MMLU figures come from the developers; their settings vary (5-shot for most).")
    assert scores(doc) == {("Foo-3 70B", "GPQA Diamond", 81.2, "0-shot CoT"), ("Foo-3 70B", "AIME 2025", 90.1, "avg@16"),
                           ("Foo-3 70B", "MMLU", 88.0, None)}


def test_a_rounded_restatement_in_the_text_is_the_tables_qualified_score():
    doc = make_doc([("Model", "GPQA Diamond (0-shot)", "MMLU-Pro (5-shot)"), ("Foo-2 32B", "38.52", "59.87")],
                   "Foo-2 32B trails the others on GPQA Diamond and MMLU-Pro, with 38.5 and 60 respectively.")
    assert scores(doc) == {("Foo-2 32B", "GPQA Diamond", 38.52, "0-shot"), ("Foo-2 32B", "MMLU-Pro", 59.87, "5-shot")}


def test_footnote_marks_in_the_header_point_to_the_columns_settings():
    from claimgraph.model import RawDocument
    from claimgraph.sources import parse
    page = """<html><body><article><p>Our 8B model against open models of its size.</p>
    <table><caption>Table 2. Foo-2 8B and open models.</caption>
    <thead><tr><th>Model</th><th>MMLU<sup>1</sup></th><th>GSM8K<sup>2</sup></th><th>TagaQA<sup>3</sup></th>
    <th>HumanEval</th></tr></thead>
    <tbody><tr><td>Foo-2 8B</td><td>66.0<sup>*</sup></td><td>80.2</td><td>74.9</td><td>61.0</td></tr></tbody></table>
    <p class="footnote"><sup>1</sup> 5-shot. <sup>2</sup> 8-shot, chain-of-thought. <sup>3</sup> 0-shot, exact match.
    * Our own run.</p></article></body></html>"""
    doc = parse(RawDocument("/tmp/page.html", page.encode(), "text/html"))
    assert scores(doc) == {("Foo-2 8B", "MMLU", 66.0, "5-shot"), ("Foo-2 8B", "GSM8K", 80.2, "8-shot CoT"),
                           ("Foo-2 8B", "TagaQA", 74.9, "0-shot"), ("Foo-2 8B", "HumanEval", 61.0, None)}


def test_footnote_marks_on_benchmark_rows_beat_a_setting_said_for_the_whole_table():
    from claimgraph.model import RawDocument
    from claimgraph.sources import parse
    page = """<html><body><article><p>Every model ran at high reasoning effort, with the settings in the notes.</p>
    <table><thead><tr><th>Benchmark</th><th>Foo-3</th><th>GPT-4o<sup>†</sup></th></tr></thead>
    <tbody><tr><td>GPQA Diamond <sup>[1]</sup></td><td>71.5</td><td>53.6</td></tr>
    <tr><td>LiveCodeBench <sup>[2]</sup></td><td>44.0</td><td>30.2</td></tr>
    <tr><td>Tatabahasa <sup>[1]</sup></td><td>60.5</td><td>50.0</td></tr></tbody></table>
    <p>[1] 0-shot CoT, one answer per question.</p><p>[2] pass@1 over the 2025 problems.</p>
    <p>† Figures from its own report.</p></article></body></html>"""
    doc = parse(RawDocument("/tmp/page.html", page.encode(), "text/html"))
    assert scores(doc) == {("Foo-3", "GPQA Diamond", 71.5, "0-shot CoT"), ("GPT-4o", "GPQA Diamond", 53.6, "0-shot CoT"),
                           ("Foo-3", "LiveCodeBench", 44.0, "pass@1"), ("GPT-4o", "LiveCodeBench", 30.2, "pass@1"),
                           ("Foo-3", "Tatabahasa", 60.5, "0-shot CoT"), ("GPT-4o", "Tatabahasa", 50.0, "0-shot CoT")}
    models_as_rows = page.replace("<th>Benchmark</th><th>Foo-3</th><th>GPT-4o<sup>†</sup></th>",
                                  "<th>Model</th><th>GPQA Diamond</th>").replace(
        "<tr><td>GPQA Diamond <sup>[1]</sup></td><td>71.5</td><td>53.6</td></tr>", "<tr><td>GPT-4o (2024-11-20)<sup>†</sup></td><td>53.6</td></tr>")
    doc = parse(RawDocument("/tmp/page.html", models_as_rows.encode(), "text/html"))
    assert ("GPT-4o (2024-11-20)", "GPQA Diamond", 53.6, "high reasoning effort") in scores(doc)  # the mark is not in the name


def test_superscript_and_dagger_marks_in_a_text_table_header():
    doc = make_doc([("Model", "GSM8K²", "HumanEval†", "MMLU"), ("Foo-2 8B", "80.2", "61.0", "66.0")],
                   "² 8-shot, majority vote over 8 samples (maj@8). † pass@1, greedy decoding; see Table 3.")
    assert scores(doc) == {("Foo-2 8B", "GSM8K", 80.2, "8-shot"), ("Foo-2 8B", "HumanEval", 61.0, "pass@1"),
                           ("Foo-2 8B", "MMLU", 66.0, None)}


def test_a_document_wide_default_and_harness_shorthand_for_shots():
    doc = make_doc("All results are 0-shot unless marked. The harness ran on one GPU with pass@1 for code.",
                   [("Model", "Params"), ("Foo-2 8B", "8.2B")],
                   "Knowledge and reasoning.", "Maths.", "More tables follow.", "Then this one.", "And the last.",
                   [("Model", "MMLU (5s)", "ARC-C", "GSM8K (8s, CoT)", "GPQA Diamond (CoT)"), ("Foo-2 8B", "68.1", "82.4", "84.6", "34.8")])
    assert scores(doc) == {("Foo-2 8B", "MMLU", 68.1, "5-shot"), ("Foo-2 8B", "ARC-Challenge", 82.4, "0-shot"),
                           ("Foo-2 8B", "GSM8K", 84.6, "8-shot CoT"), ("Foo-2 8B", "GPQA Diamond", 34.8, "0-shot CoT")}


def test_a_pasted_spreadsheet_with_snake_case_columns():
    from claimgraph.model import RawDocument
    from claimgraph.sources import parse
    text = ("Here is the sheet.\n\n"
            "model\tvendor\thq\tlicense\tparams_total_b\tparams_active_b\tctx_k\tin_usd_per_m\tout_usd_per_m\tmmlu_pro\treleased\tnotes\n"
            "Foo-2 30B-A3B\tFoo Labs\tS. Korea\tApache-2.0\t30.5\t3.3\t256\t0.10\t0.40\t78.4\t07/2025\tself-host\n"
            "Bar-1\tBar AI\tFrance\tproprietary\tn/d\tn/d\t128\t0.40\t2.00\t77.2\t2025-03\t\n"
            "Baz-3\t\tNZ\tMIT\t7\t7\t32\t0.05\t0.10\t60.0\t\t\n")
    doc = parse(RawDocument("/tmp/mail.txt", text.encode(), "text/plain"))
    got = {(r["kind"], r["subject"], r["object"], r["benchmark"], r["value"], r["qualifier"]) for r in claims_of(doc)}
    assert {("lab_region", "Foo Labs", "South Korea", None, None, None), ("lab_region", "Bar AI", "France", None, None, None),
            ("parameters", "Foo-2 30B-A3B", None, None, 30500000000, None), ("parameters", "Foo-2 30B-A3B", None, None, 3300000000, "active"),
            ("price", "Foo-2 30B-A3B", None, None, 0.1, "input"), ("price", "Bar-1", None, None, 2.0, "output"),
            ("score", "Bar-1", None, "MMLU-Pro", 77.2, None), ("release", "Foo-2 30B-A3B", "2025-07", None, None, None),
            ("release", "Bar-1", "2025-03", None, None, None), ("parameters", "Baz-3", None, None, 7e9, None)} <= got
    assert not any(k[0] == "lab_region" and k[1] == "Baz-3" for k in got)  # no developer beside it: nobody's region
    assert not any(k[0] == "score" and k[3] != "MMLU-Pro" for k in got)  # 'ctx_k' is no benchmark


def test_mode_columns_give_the_mode_as_the_qualifier():
    doc = make_doc([("", "Foo-3-120B-A9B Thinking", "Foo-3-120B-A9B Non-thinking", "Kimi K2 Thinking", "Bar-2 8B (thinking)"),
                    ("MMLU-Pro", "82.9", "78.1", "84.6", "70.2"), ("AIME 2025 (avg@16)", "88.1", "60.3", "94.5", "71.0")])
    assert scores(doc) == {("Foo-3-120B-A9B", "MMLU-Pro", 82.9, "thinking"), ("Foo-3-120B-A9B", "MMLU-Pro", 78.1, "non-thinking"),
                           ("Kimi K2 Thinking", "MMLU-Pro", 84.6, None), ("Bar-2 8B", "MMLU-Pro", 70.2, "thinking"),
                           ("Foo-3-120B-A9B", "AIME 2025", 88.1, "avg@16 thinking"),
                           ("Foo-3-120B-A9B", "AIME 2025", 60.3, "avg@16 non-thinking"),
                           ("Kimi K2 Thinking", "AIME 2025", 94.5, "avg@16"), ("Bar-2 8B", "AIME 2025", 71.0, "avg@16 thinking")}


def test_a_metric_column_names_how_a_score_is_read_not_a_setting():
    doc = make_doc([("Category", "Benchmark", "# Shots", "Metric", "Foo-2 8B"),
                    ("General", "MMLU", "5", "macro_avg/acc_char", "66.7"), ("", "ARC-C", "25", "acc_norm", "61.9"),
                    ("Math", "GSM8K (CoT)", "8", "em_maj1@1", "84.5"), ("", "AGIEval", "3-5", "average/acc_char", "47.8"),
                    ("Code", "HumanEval", "0", "pass@1", "72.6")])
    doc2 = make_doc([("Benchmark", "Metric", "n-shot", "Foo-2 9B"), ("HellaSwag", "Accuracy", "10-shot", "81.6"),
                     ("MMLU-Pro", "Accuracy (CoT)", "5-shot", "44.0"), ("CrowS-Pairs", "top-1", "0-shot", "39.8")])
    assert scores(doc) | scores(doc2) == {
        ("Foo-2 8B", "MMLU", 66.7, "5-shot"), ("Foo-2 8B", "ARC-Challenge", 61.9, "25-shot acc_norm"),
        ("Foo-2 8B", "GSM8K", 84.5, "8-shot CoT"), ("Foo-2 8B", "AGIEval", 47.8, "3-5-shot"),
        ("Foo-2 8B", "HumanEval", 72.6, "0-shot pass@1"), ("Foo-2 9B", "HellaSwag", 81.6, "10-shot"),
        ("Foo-2 9B", "MMLU-Pro", 44.0, "5-shot CoT"), ("Foo-2 9B", "CrowS-Pairs", 39.8, "0-shot")}


def test_an_unknown_lower_case_model_column_before_known_ones_and_its_name_in_the_text():
    doc = make_doc([("", "slate-5 14b", "slate-4 14b", "qwen3 14b"), ("GPQA Diamond", "61.4", "51.0", "54.8"),
                    ("MATH-500", "91.8", "83.5", "90.0")],
                   "slate-5 outperforms qwen3 14b on GPQA Diamond (61.4 vs 54.8).")
    assert {("slate-5 14b", "GPQA Diamond", 61.4, None), ("slate-4 14b", "MATH-500", 83.5, None)} <= scores(doc)
    assert {(r["subject"], r["object"]) for r in claims_of(doc, "outperforms")} == {("slate-5 14b", "Qwen 3 14B")}


def test_a_country_row_under_model_columns_with_flags():
    doc = make_doc([("", "Foo-3", "Bar 2 Pro"), ("Developer", "Foo Labs", "Bar AI"), ("Country", "\U0001f1e8\U0001f1f3 China", "\U0001f1fa\U0001f1f8 United States"),
                    ("MMLU-Pro", "81.2", "79.0")])
    got = {(r["subject"], r["object"]) for r in claims_of(doc, "lab_region")}
    assert got == {("Foo Labs", "China"), ("Bar AI", "United States")}


def test_a_closed_source_group_label_merged_into_a_model_header():
    doc = make_doc([("Benchmark", "Open-weight Foo-3", "Closed-source GPT-4.1"), ("MMLU-Pro", "81.2", "80.6")])
    assert scores(doc) == {("Foo-3", "MMLU-Pro", 81.2, None), ("GPT-4.1", "MMLU-Pro", 80.6, None)}


def test_a_licence_cell_keeps_its_owners_name():
    doc = make_doc([("Model", "Licence"), ("Falcon 3 10B", "TII Falcon Licence"), ("Foo-2 8B", "Foo 2 Community License")])
    assert {(r["subject"], r["object"]) for r in claims_of(doc, "license")} == {
        ("Falcon 3 10B", "TII Falcon License"), ("Foo-2 8B", "Foo 2 Community License")}


def test_training_cost_columns_are_not_benchmarks():
    doc = make_doc([("", "Training Time (GPU hours)", "Training Power Consumption (W)", "Location-Based Emissions (tons CO2eq)",
                     "macro_f1", "prompt_tok_s", "p95_ms"),
                    ("Foo 3 8B", "0.9M", "700", "262", "0.719", "11240.0", "1190")])
    assert scores(doc) == set()


def test_a_cost_column_under_a_benchmark_group_is_the_runs_price():
    from claimgraph.model import Table, TableRow
    doc = make_doc([("Model", "FLTEval pass@2", "FLTEval pass@2"), ("Model", "Score", "Cost"), ("Foo-2 34B", "19.8", "$22")])
    rows = doc.tables[0].rows
    doc = replace(doc, tables=(Table((replace(rows[0], header=True), replace(rows[1], header=True), rows[2])),))
    got = {(r["kind"], r["subject"], r["value"], r["unit"], r["qualifier"]) for r in claims_of(doc) if r["kind"] in ("score", "price")}
    assert got == {("score", "Foo-2 34B", 19.8, None, "pass@2"), ("price", "Foo-2 34B", 22, "USD", "pass@2")}


def test_two_values_in_a_cell_under_two_settings_in_the_header():
    doc = make_doc([("Model", "Params", "KoBench (0-shot / 5-shot)", "GSM8K (0-shot CoT / 8-shot)"),
                    ("Foo 2.4B", "2.4B", "59.8 / 61.3", "70.1 / \u2014")])
    assert scores(doc) == {("Foo 2.4B", "KoBench", 59.8, "0-shot"), ("Foo 2.4B", "KoBench", 61.3, "5-shot"),
                           ("Foo 2.4B", "GSM8K", 70.1, "0-shot CoT")}


def test_a_long_format_table_of_two_parties_figures_and_their_difference():
    doc = make_doc([("Model", "Benchmark", "Setting", "Kormoran reported", "Benchwright", "\u0394"),
                    ("Foo-2-12B", "MMLU-Pro", "5-shot CoT", "61.7", "59.8", "\u22121.9"),
                    ("", "GPQA Diamond", "0-shot CoT", "44.3", "41.2", "\u22123.1"),
                    ("Foo-2-32B", "LLMzSzL", "0-shot", "\u2013", "71.2", "\u2013")])
    assert scores(doc) == {("Foo-2-12B", "MMLU-Pro", 61.7, "5-shot CoT"), ("Foo-2-12B", "MMLU-Pro", 59.8, "5-shot CoT"),
                           ("Foo-2-12B", "GPQA Diamond", 44.3, "0-shot CoT"), ("Foo-2-12B", "GPQA Diamond", 41.2, "0-shot CoT"),
                           ("Foo-2-32B", "LLMzSzL", 71.2, "0-shot")}


def test_each_benchmarks_setting_stated_for_the_whole_page():
    doc = make_doc("MMLU-Pro is 5-shot CoT and GPQA-D is GPQA Diamond, 0-shot CoT, unless a footnote says otherwise.",
                   "Params are in billions.", "Released is the month of the first weights.", "License is the licence.",
                   "Small letters are footnotes.", "The tracker",
                   [("Model", "Org", "MMLU-Pro", "GPQA-D"), ("Foo-2 8B", "Foo Labs", "61.2", "44.0")])
    assert scores(doc) == {("Foo-2 8B", "MMLU-Pro", 61.2, "5-shot CoT"), ("Foo-2 8B", "GPQA Diamond", 44.0, "0-shot CoT")}


def test_an_average_in_brackets_is_the_benchmarks_score_a_unit_is_not():
    doc = make_doc([("Benchmark", "Foo-2 8B", "Bar-3 9B"), ("SEA-HELM (average)", "68.1", "61.3"), ("Average", "60.0", "59.0"),
                    ("Prefill (tok/s)", "212", "238")])
    assert scores(doc) == {("Foo-2 8B", "SEA-HELM", 68.1, None), ("Bar-3 9B", "SEA-HELM", 61.3, None)}


def test_a_headerless_list_of_models_and_figures_under_an_intro_naming_the_benchmark():
    from claimgraph.model import RawDocument
    from claimgraph.sources import parse
    doc = parse(RawDocument("/tmp/t.txt", "Full YardCode-300 results (pass@1, 300 unseen problems):\n\n"
                            "Foo-2-120B   64.7\nBar-3 34B    52.3\nBaz-1 7B     40.0\n".encode(), "text/plain"))
    doc2 = parse(RawDocument("/tmp/u.txt", "Our MMLU-Pro numbers:\n\nFoo-2-120B   71.0\nBar-3 34B    \u2013\n"
                             "Baz-1 7B     50.5\n".encode(), "text/plain"))
    assert scores(doc) | scores(doc2) == {("Foo-2-120B", "YardCode-300", 64.7, "pass@1"), ("Bar-3 34B", "YardCode-300", 52.3, "pass@1"),
                                          ("Baz-1 7B", "YardCode-300", 40.0, "pass@1"), ("Foo-2-120B", "MMLU-Pro", 71.0, None),
                                          ("Baz-1 7B", "MMLU-Pro", 50.5, None)}


def test_a_setting_stated_for_one_number_is_not_the_tables():
    doc = make_doc("On MMLU it lands at 70.4 (5-shot), slightly below the others.",
                   [("Model", "LegalBench", "GSM8K 8-shot"), ("Foo-3 9B", "61.2", "77.0")])
    assert scores(doc) == {("Foo-3 9B", "LegalBench", 61.2, None), ("Foo-3 9B", "GSM8K", 77.0, "8-shot")}


def test_an_active_column_holds_active_parameters():
    doc = make_doc([("Model", "Params", "Active", "MMLU"), ("Kite-2 16B", "16B", "2B", "61.2")])
    got = {(r["subject"], r["value"], r["qualifier"]) for r in claims_of(doc, "parameters")}
    assert got == {("Kite-2 16B", 16000000000, None), ("Kite-2 16B", 2000000000, "active")}


def test_a_total_and_active_column_gives_each_count_its_side():
    doc = make_doc([("Model", "Params (total / active)", "MMLU"), ("Foo-2", "310B / 24B", "79.4"),
                    ("Bar-3", "24B / 310B", "70.0")])
    doc2 = make_doc([("Model", "Active / total params", "MMLU"), ("Foo-2", "24B / 310B", "79.4")])
    for d in (doc, doc2):
        rows = [r for r in claims_of(d, "parameters") if r["subject"] == "Foo-2"]
        assert {(r["value"], r["qualifier"]) for r in rows} == {(310e9, None), (24e9, "active")}


def test_a_table_whose_rows_name_no_model_states_no_model_claims():
    doc = make_doc([("Domain", "Leading region", "Best open-weight lab"), ("Coding", "United States", "Kiln Labs"),
                    ("Math", "China", "Fjord Labs"), ("Multilingual", "Europe", "Mistral AI")])
    assert [r for r in claims_of(doc) if r["kind"] == "developer"] == []


def test_settings_of_a_setup_paragraph_a_few_blocks_before_the_table():
    doc = make_doc("MMLU-Pro is reported 5-shot and GPQA Diamond 0-shot CoT; AIME 2025 is the mean over 16 samples (avg@16).",
                   "Main results", "Table 4. Results of Foo-3 8B.",
                   [("Model", "MMLU-Pro", "GPQA Diamond", "AIME 2025"), ("Foo-3 8B", "60.1", "40.2", "30.5")])
    assert scores(doc) == {("Foo-3 8B", "MMLU-Pro", 60.1, "5-shot"), ("Foo-3 8B", "GPQA Diamond", 40.2, "0-shot CoT"),
                           ("Foo-3 8B", "AIME 2025", 30.5, "avg@16")}
    doc = make_doc("MMLU-Pro and GPQA Diamond are scored 0-shot CoT.",
                   [("Model", "MMLU-Pro", "GPQA Diamond"), ("Foo-3 8B", "60.1", "40.2")])
    assert scores(doc) == {("Foo-3 8B", "MMLU-Pro", 60.1, "0-shot CoT"), ("Foo-3 8B", "GPQA Diamond", 40.2, "0-shot CoT")}


def test_a_language_group_cell_is_the_benchmark_version():
    doc = make_doc([("", "Benchmark", "Foo-3 8B", "Bar-2 70B"), ("French", "Arc-C", "54.3", "58.3"),
                    ("English", "MMLU (5-shot)", "60.0", "61.0")])
    assert {(s[0], s[1], s[3]) for s in scores(doc)} == {("Foo-3 8B", "ARC-Challenge", "French"), ("Bar-2 70B", "ARC-Challenge", "French"),
                                                        ("Foo-3 8B", "MMLU", "5-shot"), ("Bar-2 70B", "MMLU", "5-shot")}


def test_a_group_row_above_the_benchmark_row_of_a_markdown_table():
    doc = make_doc("We report GPQA-D (0-shot CoT), MATH-500 (0-shot) and AIME'24 (avg@8).",
                   [("Model", "Act.", "Reasoning", "Math", "Math"), ("", "", "GPQA-D", "MATH-500", "AIME'24"),
                    ("Foo-3 8B", "8B", "41.3 ± 0.8", "71.5", "16.7")])
    assert scores(doc) == {("Foo-3 8B", "GPQA Diamond", 41.3, "0-shot CoT"), ("Foo-3 8B", "MATH-500", 71.5, "0-shot"),
                           ("Foo-3 8B", "AIME 2024", 16.7, "avg@8")}


def test_a_model_card_s_model_index_and_its_metric_value_table():
    from claimgraph.extractors import claim_rows, extract
    from claimgraph.model import RawDocument
    from claimgraph.sources import parse
    card = ("---\nlicense: mit\nmodel-index:\n- name: Foo-3 8B\n  results:\n  - task:\n      type: text-generation\n"
            "    dataset:\n      name: IFEval (0-Shot)\n      type: ifeval\n    metrics:\n    - type: acc\n      value: 79.30\n"
            "  - dataset:\n      name: BBH (3-Shot)\n    metrics:\n    - type: acc_norm\n      value: 47.1\n"
            "  - dataset:\n      name: MILU\n      args:\n        num_few_shot: 5\n    metrics:\n    - type: acc\n      value: 64.8\n"
            "---\n\n# Foo-3 8B\n\n"
            "A small model.\n\n| Metric | Value |\n|---|---:|\n| Avg. | 60.2 |\n| MuSR (0-shot) | 41.06 |\n| MATH Lvl 5 (4-Shot) | 21.45 |\n")
    doc = parse(RawDocument("card.md", card.encode(), "text/markdown"))
    rows = claim_rows(doc.source_id, extract(doc))
    assert {(r["subject"], r["benchmark"], r["value"], r["qualifier"]) for r in rows if r["kind"] == "score"} == {
        ("Foo-3 8B", "IFEval", 79.3, "0-shot"), ("Foo-3 8B", "BBH", 47.1, "3-shot"), ("Foo-3 8B", "MuSR", 41.06, "0-shot"),
        ("Foo-3 8B", "MILU", 64.8, "5-shot"),
        ("Foo-3 8B", "MATH Lvl 5", 21.45, "4-shot")}


def test_a_lab_under_the_model_in_a_column_header_is_its_developer():
    doc = make_doc([("Benchmark", "Foo-3 8B Kiln Labs", "Bar-2 70B Fjord Labs"), ("MMLU", "60.1", "70.2"), ("GSM8K", "50.0", "61.0")])
    rows = claims_of(doc, "developer")
    assert {(r["subject"], r["object"]) for r in rows} == {("Foo-3 8B", "Kiln Labs"), ("Bar-2 70B", "Fjord Labs")}


def test_a_setting_last_in_a_benchmark_s_brackets_after_a_year():
    doc = make_doc("We run LiveCodeBench (problems published between February and August 2025, pass@1) and MMLU-Pro "
                   "(5-shot CoT) in each model's thinking mode.",
                   [("Model", "MMLU-Pro", "LiveCodeBench"), ("Foo-3 8B", "60.1", "40.2")])
    assert scores(doc) == {("Foo-3 8B", "MMLU-Pro", 60.1, "5-shot CoT"), ("Foo-3 8B", "LiveCodeBench", 40.2, "pass@1")}


def test_a_split_in_a_benchmark_label_is_its_setting():
    doc = make_doc([("Benchmark", "Pelican-VL 12B", "Gemma 3 12B"),
                    ("MMMU (val)", "55.1", "52.0"), ("MathVista (testmini)", "63.4", "—"),
                    ("LiveCodeBench 2408-2502", "31.0", "28.5"), ("IFEval (prompt-level strict)", "80.2", "79.0")])
    assert scores(doc) == {("Pelican-VL 12B", "MMMU", 55.1, "val"), ("Gemma 3 12B", "MMMU", 52.0, "val"),
                           ("Pelican-VL 12B", "MathVista", 63.4, "testmini"),
                           ("Pelican-VL 12B", "LiveCodeBench", 31.0, "2408-2502"),
                           ("Gemma 3 12B", "LiveCodeBench", 28.5, "2408-2502"),
                           ("Pelican-VL 12B", "IFEval", 80.2, "prompt-level strict"),
                           ("Gemma 3 12B", "IFEval", 79.0, "prompt-level strict")}


def test_a_space_aligned_text_table_gives_scores_with_header_settings():
    from claimgraph.model import RawDocument
    from claimgraph.sources import parse
    text = ("                   Knowledge   Math\n"
            "                   ---------   --------------\n"
            "Model              MMLU        MATH\n"
            "                   (5-shot)    (4-shot, CoT)\n"
            "-----------------------------------------------\n"
            "Pelican 7B         61.2        18.5\n"
            "Heron-2 9B         66.0        -\n")
    doc = parse(RawDocument("report.txt", text.encode(), "text/plain"))
    assert scores(doc) == {("Pelican 7B", "MMLU", 61.2, "5-shot"), ("Pelican 7B", "MATH", 18.5, "4-shot CoT"),
                           ("Heron-2 9B", "MMLU", 66.0, "5-shot")}


def test_a_stated_size_is_the_evidence_of_a_size_the_name_also_gives():
    doc = make_doc("Foo-30B beats Bar-2 9B on MMLU.", [("Model", "Total params", "Context"), ("Foo-30B", "30B", "128K")],
                   "We also tried Bar-2 9B with longer prompts.")
    rows = {r["subject"]: r for r in claims_of(doc, "parameters")}
    assert rows["Foo-30B"]["evidence"] == "Model | Total params | Context\nFoo-30B | 30B | 128K"
    assert rows["Bar-2 9B"]["evidence"] == "Foo-30B beats Bar-2 9B on MMLU."  # only named: its first mention


def test_a_chat_models_heading_does_not_rename_a_providers_models():
    """'Instruction tuned models' above a results table names the tuned twins; 'Chat models' on a provider's
    list is the kind of endpoint, and the models keep their names."""
    from claimgraph.model import Block, Document, Table, TableRow
    head, row = "Model | License | Context", "gpt-oss-120b | Apache 2.0 | 128K"
    text = "Chat models\n\n" + head + "\n" + row
    a = len("Chat models\n\n")
    doc = Document("/tmp/p.html", text, (Block("heading", "Chat models", 0, 11),),
                   (Table((TableRow(("Model", "License", "Context"), a, a + len(head), True),
                           TableRow(("gpt-oss-120b", "Apache 2.0", "128K"), a + len(head) + 1, len(text))),),))
    assert {(r["kind"], r["subject"]) for r in claims_of(doc)} >= {("license", "GPT-OSS-120B")}
    assert all("Instruct" not in r["subject"] for r in claims_of(doc))


def test_a_subject_of_a_benchmark_is_its_own_benchmark():
    doc = make_doc([("Benchmark", "Pelican-Med-8B", "Llama 3.1 8B"),
                    ("MMLU clinical knowledge", "77.1", "74.0"), ("MMLU accuracy", "66.0", "64.1"),
                    ("MedQA", "58.9", "55.2")])
    assert {(s, b) for s, b, _, _ in scores(doc)} == {
        ("Pelican-Med-8B", "MMLU clinical knowledge"), ("Llama 3.1 8B", "MMLU clinical knowledge"),
        ("Pelican-Med-8B", "MMLU"), ("Llama 3.1 8B", "MMLU"), ("Pelican-Med-8B", "MedQA"), ("Llama 3.1 8B", "MedQA")}


def test_settings_in_the_notes_below_a_table():
    doc = make_doc("Results of the small models.",
                   [("Model", "MMLU", "AIME 2025†", "IFEval"), ("Pelican 7B", "61.2", "20.1", "80.0")],
                   "Scores from our harness, all run zero-shot. † AIME 2025 is reported as avg@16. "
                   "IFEval reports prompt-level strict accuracy.", "Next section text with 5-shot in it.")
    assert scores(doc) == {("Pelican 7B", "MMLU", 61.2, "0-shot"), ("Pelican 7B", "AIME 2025", 20.1, "avg@16"),
                           ("Pelican 7B", "IFEval", 80.0, "prompt-level strict")}


def test_settings_from_a_caption_a_report_phrase_and_not_from_one_models_mode():
    from claimgraph.model import Table, TableRow
    doc = make_doc("All results are 0-shot except MMLU (5-shot). For IFEval we report prompt-level strict accuracy; "
                   "Heron-3 8B was evaluated with thinking mode disabled. Pass tools with tools= in the call.",
                   [("Model", "MMLU", "MATH-500", "IFEval"), ("Pelican 7B", "61.2", "40.0", "80.0")],
                   [("Model", "AIME 2025", "GPQA Diamond"), ("Pelican 7B", "20.1", "33.0")])
    first, second = doc.tables
    doc = doc.__class__(doc.source_id, doc.text, doc.blocks,
                        (first, Table(second.rows, caption="All scores are 0-shot. AIME 2025 is avg@16.")))
    assert scores(doc) == {("Pelican 7B", "MMLU", 61.2, "5-shot"), ("Pelican 7B", "MATH-500", 40.0, "0-shot"),
                           ("Pelican 7B", "IFEval", 80.0, "prompt-level strict"),
                           ("Pelican 7B", "AIME 2025", 20.1, "avg@16"), ("Pelican 7B", "GPQA Diamond", 33.0, "0-shot")}


def test_quantisation_columns_are_not_benchmarks():
    doc = make_doc([("Repository", "Format", "Bits", "Size on disk", "MMLU (5-shot)"),
                    ("Pelican-7B-AWQ", "AWQ", "4", "5.1", "69.9"), ("Pelican-7B-FP8", "FP8", "8", "8.2", "70.6")])
    assert scores(doc) == {("Pelican-7B-AWQ", "MMLU", 69.9, "5-shot"), ("Pelican-7B-FP8", "MMLU", 70.6, "5-shot")}


def test_a_space_aligned_table_with_models_as_columns_and_attribute_rows():
    from claimgraph.model import RawDocument
    from claimgraph.sources import parse
    text = ("                        Pelican-2    Heron-3 70B    Lark 8B\n"
            "  Lab                   Estuary AI   Quarry Labs    Lark Labs\n"
            "  Params (total/act.)   310B / 26B   n/d            8B\n"
            "  Licence               MIT          proprietary    Apache 2.0\n"
            "  AIME 2025 (avg@16)    84.6         88.4           -\n"
            "  MILU (0-shot)         -            71.5           74.2\n")
    rows = claims_of(parse(RawDocument("report.txt", text.encode(), "text/plain")))
    got = {(r["kind"], r["subject"], r["object"], r["benchmark"], r["value"], r["qualifier"]) for r in rows}
    assert got >= {("developer", "Pelican-2", "Estuary AI", None, None, None),
                   ("parameters", "Pelican-2", None, None, 310000000000, None),
                   ("parameters", "Pelican-2", None, None, 26000000000, "active"),
                   ("license", "Pelican-2", "MIT", None, None, None), ("license", "Lark 8B", "Apache-2.0", None, None, None),
                   ("score", "Pelican-2", None, "AIME 2025", 84.6, "avg@16"), ("score", "Heron-3 70B", None, "MILU", 71.5, "0-shot"),
                   ("score", "Lark 8B", None, "MILU", 74.2, "0-shot")}


def test_a_reviews_reported_and_measured_columns_are_the_reviewed_models():
    doc = make_doc("Pelican-9B hands-on: does it live up to the launch post?",
                   "I ran Pelican-9B on my own box. Pelican-9B is fast.",
                   [("Benchmark", "Setting", "Estuary", "Mine"), ("AIME 2025", "avg@16", "81.7", "78.9"),
                    ("IFEval", "prompt-level strict", "86.0", "86.3")])
    assert scores(doc) == {("Pelican-9B", "AIME 2025", 81.7, "avg@16"), ("Pelican-9B", "AIME 2025", 78.9, "avg@16"),
                           ("Pelican-9B", "IFEval", 86.0, "prompt-level strict"),
                           ("Pelican-9B", "IFEval", 86.3, "prompt-level strict")}


def test_ratings_with_thousands_separators_but_not_vote_counts_or_dimensions():
    doc = make_doc([("Model", "LMArena (text)", "Votes", "Dimensions"), ("Pelican-9B", "1,402", "51,234", "1,536")])
    assert scores(doc) == {("Pelican-9B", "Chatbot Arena", 1402.0, None)}  # LMArena is its alias


def test_a_names_size_is_evidenced_by_the_row_giving_the_count_and_file_size_is_no_count():
    doc = make_doc("We compare Pelican-120B with others.",
                   [("Rank", "Model", "Lab", "Params", "MMLU"), ("1", "Pelican-120B", "Estuary AI", "117B", "80.1")],
                   [("Filename", "Quant type", "File size"), ("Pelican-120B-Q4.gguf", "Q4_K_M", "60 GB")])
    rows = {(r["value"], r["method"]): r["evidence"] for r in claims_of(doc, "parameters") if r["subject"] == "Pelican-120B"}
    assert set(rows) == {(120000000000, "table.name-size-beside-count"), (117000000000, "table.rows.parameters")}
    assert rows[(120000000000, "table.name-size-beside-count")].endswith("1 | Pelican-120B | Estuary AI | 117B | 80.1")


def test_a_size_in_brackets_after_a_model_in_a_row():
    doc = make_doc([("Model", "MMLU-Pro"), ("Phi-4 (14B)", "70.4"), ("Pelican-2 (7B)", "60.0")])
    rows = claims_of(doc)
    got = {(r["kind"], r["subject"], r["value"]) for r in rows}
    assert got >= {("score", "Phi-4", 70.4), ("parameters", "Phi-4", 14000000000), ("score", "Pelican-2", 60.0),
                   ("parameters", "Pelican-2", 7000000000)}


def test_a_group_label_merged_into_a_models_header_cell():
    from claimgraph.model import Table, TableRow
    doc = make_doc([("", "Open-weight", "Open-weight", "Proprietary"),
                    ("Benchmark", "Pelican 2 Flash", "Heron-3 70B", "GPT-5 mini"), ("MMLU-Pro", "78.4", "80.1", "82.5")])
    group, names, row = doc.tables[0].rows
    doc = doc.__class__(doc.source_id, doc.text, doc.blocks, (Table((group, TableRow(names.cells, names.start, names.end, True), row)),))
    assert {(s, v) for s, _, v, _ in scores(doc)} == {("Pelican 2 Flash", 78.4), ("Heron-3 70B", 80.1), ("GPT-5 mini", 82.5)}


def test_a_lab_column_first_gives_the_developer_and_its_country():
    doc = make_doc([("Lab", "Country", "Flagship model", "Parameters"),
                    ("Fernleaf AI", "New Zealand", "Wigeon-12B", "12B"),
                    ("Saltire AI", "United Kingdom", "Kestrel-2 9B", "9B")])
    got = {(r["kind"], r["subject"], r["object"]) for r in claims_of(doc) if r["kind"] in ("developer", "lab_region")}
    assert got == {("developer", "Wigeon-12B", "Fernleaf AI"), ("developer", "Kestrel-2 9B", "Saltire AI"),
                   ("lab_region", "Fernleaf AI", "New Zealand"), ("lab_region", "Saltire AI", "United Kingdom")}


def test_a_resolved_or_score_column_is_the_one_benchmark_named_above_the_table():
    doc = make_doc("The agent board (SWE-bench Verified), single attempt.",
                   [("#", "Model", "Resolved"), ("1", "Kestrel-2", "74.5%"), ("2", "Heron-3 8B", "72.8%")],
                   "Two benchmarks, MMLU and GSM8K, were run for the next table.",
                   [("Model", "Score"), ("Kestrel-2", "70.1"), ("Heron-3 8B", "65.0")])
    assert scores(doc) == {("Kestrel-2", "SWE-bench Verified", 74.5, None), ("Heron-3 8B", "SWE-bench Verified", 72.8, None)}


def test_a_table_of_regions_gives_what_each_regions_labs_lead_in_and_the_labs_regions():
    doc = make_doc([("Region", "Leading labs", "Strength"),
                    ("China", "Alibaba (Qwen), DeepSeek", "Open-weight coding models; long context"),
                    ("South Korea", "LG AI Research", "Korean-language models")])
    got = {(r["kind"], r["subject"], r["object"]) for r in claims_of(doc)}
    assert got == {("specialization", "China", "Open-weight coding models"), ("specialization", "China", "long context"),
                   ("specialization", "South Korea", "Korean-language models"), ("lab_region", "Alibaba", "China"),
                   ("lab_region", "DeepSeek", "China"), ("lab_region", "LG AI Research", "South Korea")}


def test_columns_named_only_by_settings_are_the_benchmark_the_caption_names():
    doc = make_doc("Table 3. ProofCheck accuracy as a fraction of items answered correctly.",
                   [("Model", "0-shot", "3-shot", "Hard (0-shot)"), ("Kestrel-2", "0.734", "0.751", "0.562")])
    assert scores(doc) == {("Kestrel-2", "ProofCheck", 0.734, "0-shot"), ("Kestrel-2", "ProofCheck", 0.751, "3-shot"),
                           ("Kestrel-2", "ProofCheck Hard", 0.562, "0-shot")}


def test_a_name_cell_with_the_lab_and_licence_under_the_name():
    doc = make_doc([("Model", "MMLU-Pro", "IFEval"),
                    ("Kestrel-8B Fernleaf AI · Apache-2.0", "54.9", "87.2%"),
                    ("Source: Fernleaf AI. Scores are lab-reported.", "", "")])
    got = {(r["kind"], r["subject"], r["object"], r["value"]) for r in claims_of(doc) if r["kind"] != "parameters"}
    assert got == {("developer", "Kestrel-8B", "Fernleaf AI", None), ("license", "Kestrel-8B", "Apache-2.0", None),
                   ("score", "Kestrel-8B", None, 54.9), ("score", "Kestrel-8B", None, 87.2)}
    note = make_doc([("Model", "Developer", "MMLU-Pro"), ("Kestrel-8B", "Fernleaf AI", "54.9"),
                     ("Source: Fernleaf AI. Scores are lab-reported.",) * 3])
    assert {r["subject"] for r in claims_of(note)} == {"Kestrel-8B"}


def test_cells_naming_several_labs_or_countries_give_each():
    doc = make_doc([("Name", "Developer", "Country"),
                    ("Kestrel-70B", "Fernleaf AI, Saltire AI", "New Zealand"),
                    ("Heron-3 Pro", "Estuary AI", "United Kingdom, United States"),
                    ("Lark-2 9B", "Foo Labs, Inc.", "Canada")])
    got = {(r["kind"], r["subject"], r["object"]) for r in claims_of(doc) if r["kind"] in ("developer", "lab_region")}
    assert got == {("developer", "Kestrel-70B", "Fernleaf AI"), ("developer", "Kestrel-70B", "Saltire AI"),
                   ("lab_region", "Fernleaf AI", "New Zealand"), ("lab_region", "Saltire AI", "New Zealand"),
                   ("developer", "Heron-3 Pro", "Estuary AI"), ("lab_region", "Estuary AI", "United Kingdom"),
                   ("lab_region", "Estuary AI", "United States"), ("developer", "Lark-2 9B", "Foo Labs, Inc."),
                   ("lab_region", "Foo Labs, Inc.", "Canada")}


def test_two_values_a_cell_under_model_columns_naming_two_settings():
    doc = make_doc([("Benchmark", "Kestrel-70B thinking / non-thinking", "Heron-3 8B thinking / non-thinking"),
                    ("AIME 2025 (pass@1)", "79.6 / 31.2", "55.0 / n/a")])
    assert scores(doc) == {("Kestrel-70B", "AIME 2025", 79.6, "thinking"), ("Kestrel-70B", "AIME 2025", 31.2, "non-thinking"),
                           ("Heron-3 8B", "AIME 2025", 55.0, "thinking")}


def test_counts_under_a_billions_header_with_active_counts_in_brackets():
    doc = make_doc([("Name", "Parameters (billion) [a]"), ("Kestrel-2", "671 (37 active)"), ("Heron-3", "1,000"),
                    ("Lark-4", "9.2")])
    got = {(r["subject"], r["value"], r["qualifier"]) for r in claims_of(doc, "parameters")}
    assert got == {("Kestrel-2", 671e9, None), ("Kestrel-2", 37e9, "active"), ("Heron-3", 1e12, None), ("Lark-4", 9.2e9, None)}


def test_tables_under_a_models_name_are_that_models():
    doc = make_doc("Kestrel-3 70B kestrel/kestrel-3-70b",
                   "Hybrid model with a thinking mode. Runs on a single H200 in MXFP4. Thinking is off by default.",
                   [("Field", "Value"), ("Developer", "Fernleaf AI"), ("Licence", "MIT"), ("Released", "2025-08-21")],
                   [("Benchmark", "Setting", "Score"), ("MMLU-Pro", "non-thinking", "83.7"), ("GPQA Diamond", "thinking", "80.1")])
    got = {(r["kind"], r["subject"], r["object"], r["benchmark"], r["value"], r["qualifier"]) for r in claims_of(doc)
           if r["kind"] != "parameters"}
    assert got == {("developer", "Kestrel-3 70B", "Fernleaf AI", None, None, None),
                   ("license", "Kestrel-3 70B", "MIT", None, None, None),
                   ("release", "Kestrel-3 70B", "2025-08-21", None, None, None),
                   ("score", "Kestrel-3 70B", None, "MMLU-Pro", 83.7, "non-thinking"),
                   ("score", "Kestrel-3 70B", None, "GPQA Diamond", 80.1, "thinking")}


def test_perplexity_and_kl_divergence_columns_are_no_benchmarks():
    doc = make_doc([("Model", "PPL", "KLD", "Vocabulary", "MMLU"), ("Kestrel-2 8B", "5.87", "0.011", "152064", "61.0")])
    assert scores(doc) == {("Kestrel-2 8B", "MMLU", 61.0, None)}


def test_a_lab_country_column_and_a_providers_count():
    doc = make_doc([("Model", "Lab", "Lab country", "GPQA Diamond", "Providers"), ("Kestrel-2 120B", "Fernleaf AI", "Chile", "61.7", "9")])
    got = {(r["kind"], r["subject"], r["object"], r["value"]) for r in claims_of(doc) if r["kind"] != "parameters"}
    assert got == {("developer", "Kestrel-2 120B", "Fernleaf AI", None), ("lab_region", "Fernleaf AI", "Chile", None),
                   ("score", "Kestrel-2 120B", None, 61.7)}


def test_a_setting_said_of_an_unknown_benchmark_and_of_the_other_columns():
    doc = make_doc("We ran zero-shot pilots first. MedQX is 5-shot; the other three are 3-shot.",
                   [("Model", "MedQX", "PubMedQX"), ("Kestrel-8B", "70.6", "77.8")])
    assert scores(doc) == {("Kestrel-8B", "MedQX", 70.6, "5-shot"), ("Kestrel-8B", "PubMedQX", 77.8, "3-shot")}


def test_a_suites_average_named_before_the_word_is_that_suites_score():
    doc = make_doc([("Model", "MTEB avg (41 tasks)", "Retrieval", "Overall average", "Avg"),
                    ("Tern-Embed-L", "65.9", "55.8", "60.0", "61.0")])
    assert scores(doc) == {("Tern-Embed-L", "MTEB", 65.9, None), ("Tern-Embed-L", "Retrieval", 55.8, None)}
    doc = make_doc([("Benchmark", "Tern-7B", "Qwen3-8B"), ("LongBench average", "41.2", "40.3"), ("Task avg", "50.0", "49.0")])
    assert scores(doc) == {("Tern-7B", "LongBench", 41.2, None), ("Qwen 3 8B", "LongBench", 40.3, None)}


def test_a_bracket_after_a_column_models_name_saying_who_ran_it_keeps_the_model():
    doc = make_doc([("Benchmark", "Kestrel 2 70B (Fernhill)", "Qwen3-32B (Bytegauge)", "Wren-4 (thinking)", "Ostara 3 (text only)"),
                    ("MMLU-Pro", "78.2", "71.6", "70.0", "60.0")])
    assert scores(doc) == {("Kestrel 2 70B", "MMLU-Pro", 78.2, None), ("Qwen 3 32B", "MMLU-Pro", 71.6, None),
                           ("Wren-4", "MMLU-Pro", 70.0, "thinking"), ("Ostara 3 (text only)", "MMLU-Pro", 60.0, None)}


def test_an_unknown_benchmarks_header_names_it_without_its_setting_judge_or_scale():
    doc = make_doc([("Model", "JHumanEval pass@1", "ELYZA-tasks-100 GPT-4o judge, 1–5", "TernQA (5-shot)"),
                    ("Tern-7B", "52.4", "3.91", "61.0"), ("Wren-4", "47.1", "3.84", "58.2")])
    assert ("Tern-7B", "JHumanEval", 52.4, "pass@1") in scores(doc)
    assert ("Wren-4", "ELYZA-tasks-100", 3.84, None) in scores(doc)
    assert ("Tern-7B", "TernQA", 61.0, "5-shot") in scores(doc)
    doc = make_doc([("Model", "GSM8K-IN*", "IN22-Gen en→xx chrF++"), ("Tern-7B", "61.0", "57.3"), ("Wren-4", "58.0", "51.0")])
    assert {s[1:4:2] for s in scores(doc)} == {("GSM8K-IN", None), ("IN22-Gen", "en→xx")}  # the direction is the setting


def test_a_local_currency_price_with_its_dollar_price_in_brackets_under_input_and_output():
    doc = make_doc([("Model", "Input", "Output"), ("Tern-12B", "₹12 ($0.14)", "₹36 ($0.42)"), ("Wren-4", "€0.25 ($0.27)", "—")])
    assert {(r["subject"], r["value"], r["qualifier"]) for r in claims_of(doc, "price")} == {
        ("Tern-12B", 0.14, "input"), ("Tern-12B", 0.42, "output"), ("Wren-4", 0.27, "input")}


def test_a_price_header_saying_in_slash_out_gives_both_sides():
    doc = make_doc([("Model", "MMLU-Pro", "Price per 1M tokens (in / out)"), ("Tern-12B", "70.1", "$0.40 / $2.00")])
    assert {(r["value"], r["qualifier"]) for r in claims_of(doc, "price")} == {(0.4, "input"), (2.0, "output")}


def test_a_region_table_saying_where_its_labs_lead():
    doc = make_doc([("Region", "Labs in this round-up", "Strongest open model", "Where they lead"),
                    ("South Korea", "LG AI Research", "EXAONE 4.0 32B", "Korean language"),
                    ("France", "Mistral AI", "Mistral Small 3.2", "multilingual")])
    assert {(r["subject"], r["object"]) for r in claims_of(doc, "specialization")} == {
        ("South Korea", "Korean language"), ("France", "multilingual")}


def test_two_values_a_cell_in_a_row_whose_label_brackets_two_settings():
    doc = make_doc([("Benchmark", "Tern-VL-8B", "Wren-VL-7B"), ("Video-MME (w/o subs / w subs)", "64.2 / 67.0", "65.1 / 71.6")])
    assert scores(doc) == {("Tern-VL-8B", "Video-MME", 64.2, "without subtitles"), ("Tern-VL-8B", "Video-MME", 67.0, "with subs"),
                           ("Wren-VL-7B", "Video-MME", 65.1, "without subtitles"), ("Wren-VL-7B", "Video-MME", 71.6, "with subs")}
    doc = make_doc([("Model", "MMLU", "Experts (act. / total)"), ("Tern-30B-A3B", "70.1", "8 / 128")])
    assert scores(doc) == {("Tern-30B-A3B", "MMLU", 70.1, None)}


def test_press_style_counts_and_price_pairs_under_a_dollar_header():
    doc = make_doc([("Model", "Parameters", "Price, input / output ($ per 1mn tokens)"),
                    ("Kessel 3", "70bn", "0.55 / 1.65"), ("GPT-5 (for comparison)", "undisclosed", "1.25 / 10.00")])
    ks = {(r["kind"], r["subject"], r["value"], r["qualifier"]) for r in claims_of(doc)}
    assert {("parameters", "Kessel 3", 70000000000, None), ("price", "Kessel 3", 0.55, "input"), ("price", "Kessel 3", 1.65, "output"),
            ("price", "GPT-5", 1.25, "input"), ("price", "GPT-5", 10.0, "output")} <= ks


def test_column_headers_a_legend_before_the_table_names():
    doc = make_doc("In the table below, Ours is Quetzal-M2, Previous is Quetzal-M1, and Competitor is OpenAI's GPT-4o mini.",
                   [("Benchmark", "Ours", "Previous", "Competitor"), ("MMLU-Pro 5-shot CoT", "64.1", "52.7", "63.1")])
    assert scores(doc) == {("Quetzal-M2", "MMLU-Pro", 64.1, "5-shot CoT"), ("Quetzal-M1", "MMLU-Pro", 52.7, "5-shot CoT"),
                           ("GPT-4o mini", "MMLU-Pro", 63.1, "5-shot CoT")}


def test_a_task_column_of_unknown_benchmarks_beside_model_columns():
    doc = make_doc([("Task", "Fjell-2-Mini", "Fjell-2", "NorMistral-11B"),
                    ("Belebele, Bokmål (0-shot)", "78.4", "86.9", "74.0"), ("SagaQA F1 (1-shot)", "71.2", "79.5", "76.1")])
    got = scores(doc)
    assert ("Fjell-2", "Belebele", 86.9, "0-shot") in got and ("NorMistral-11B", "SagaQA F1", 76.1, "1-shot") in got
    assert not any(s[0].startswith(("Belebele", "SagaQA")) for s in got)


def test_a_subsets_setting_is_its_benchmarks():
    doc = make_doc("Table 3: Scandinavian benchmarks. Belebele is 0-shot accuracy.",
                   [("Model", "Belebele swe", "Belebele dan"), ("Tern-7B", "86.1", "85.3"), ("Wren-4", "84.0", "83.2")])
    assert ("Tern-7B", "Belebele swe", 86.1, "0-shot") in scores(doc)


def test_a_settings_row_under_the_names_and_plain_names_under_an_instruct_heading_when_bases_have_their_own():
    from helpers import make_doc as md
    doc = md("Base checkpoints are published with the suffix -Base, e.g. Skerry-3-30B-A3B-Base.",
             [("", "Skerry-3-8B", "Skerry-3-30B-A3B"), ("Parameters", "8.1B", "30.4B")],
             "### Instruct models",
             [("Model", "MMLU-Pro", "GPQA Diamond"), ("Shots", "5-shot CoT", "0-shot CoT"), ("Skerry-3-8B", "58.3", "49.7"),
              ("Skerry-3-30B-A3B", "69.8", "63.4")])
    doc = replace(doc, blocks=tuple(replace(b, kind="heading") if b.text.startswith("###") else b for b in doc.blocks))
    assert {("Skerry-3-8B", "MMLU-Pro", 58.3, "5-shot CoT"), ("Skerry-3-30B-A3B", "GPQA Diamond", 63.4, "0-shot CoT")} <= scores(doc)


def test_a_row_label_saying_this_model_or_api_names_the_model_and_a_baseline_row_none():
    doc = make_doc([("Model", "Params", "BEIR (13)"), ("BM25 only (no reranking)", "–", "42.3"),
                    ("vireo-rerank-v2 (this model)", "568M", "58.2"), ("rerank-v3.5 (API)", "–", "58.4")])
    assert {(s[0], s[2]) for s in scores(doc)} == {("vireo-rerank-v2", 58.2), ("rerank-v3.5", 58.4)}


def test_a_developer_cell_with_its_place_in_brackets():
    doc = make_doc([("", "Cuarzo-ASR-2", "Cuarzo-ASR-2-Lite"), ("Developer", "Cuarzo Labs (Montevideo, Uruguay)", "Cuarzo Labs (Montevideo, Uruguay)"),
                    ("Parameters", "1.2B", "220M")])
    ks = {(r["kind"], r["subject"], r["object"]) for r in claims_of(doc)}
    assert {("developer", "Cuarzo-ASR-2", "Cuarzo Labs"), ("lab_region", "Cuarzo Labs", "Uruguay")} <= ks
    assert not any(k[0] == "developer" and "(" in (k[2] or "") for k in ks)
