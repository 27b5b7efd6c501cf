"""Plain text and Markdown parsing."""
from __future__ import annotations

import pytest

from claimgraph.errors import ParseError
from claimgraph.model import RawDocument
from claimgraph.sources import parse



def _kinds(doc, kind):
    return [b.text for b in doc.blocks if b.kind == kind]


def test_seed_shaped_text_reads_headings_items_and_pipe_table(raw_from, assert_offsets):
    doc = parse(raw_from("launch_notes.txt", "text/plain"))
    assert doc.title == "Small Open Models Catch Up With the Giants"
    assert "The Scores at a Glance" in _kinds(doc, "heading")
    assert "Key Takeaways" in _kinds(doc, "heading")
    assert "Nova 7B ships under Apache 2.0" in _kinds(doc, "item")
    assert "Pico 2B runs on phones" in _kinds(doc, "item")
    [table] = doc.tables
    assert [r.cells for r in table.header_rows] == [("Model", "GPQA Diamond", "MMLU-Pro", "License")]
    assert table.body_rows[0].cells == ("Nova 7B", "71.3", "78.4", "Apache 2.0")
    assert len(table.body_rows) == 3
    assert_offsets(doc)


def test_text_is_blocks_and_rows_joined_by_blank_lines(raw_from):
    doc = parse(raw_from("launch_notes.txt", "text/plain"))
    pieces = sorted([(b.start, b.text) for b in doc.blocks] + [(r.start, " | ".join(r.cells)) for t in doc.tables for r in t.rows])
    assert doc.text == "\n\n".join(text for _, text in pieces)
    assert "|---|" not in doc.text


def test_document_carries_hash_and_media_type(raw_from):
    raw = raw_from("launch_notes.txt", "text/plain")
    doc = parse(raw)
    assert doc.sha256 == raw.sha256 and doc.media_type == "text/plain" and doc.source_id == raw.source_id


def test_markdown_headings_wrapped_paragraphs_and_tables(raw_from, assert_offsets):
    doc = parse(raw_from("benchmarks.md", "text/markdown"))
    assert doc.title == "Benchmark Roundup: March"
    headings = _kinds(doc, "heading")
    assert {"Benchmark Roundup: March", "Scores", "Setext Heading"} <= set(headings)
    assert any(p.endswith("wrapped over two lines in the Markdown source.") for p in _kinds(doc, "paragraph"))
    assert _kinds(doc, "item")[:2] == ["First numbered point", "Second numbered point"]
    scores, lone, flat = doc.tables
    assert scores.header_rows[0].cells == ("Model", "Score", "Notes")
    assert scores.body_rows[0].cells == ("Nova 7B", "71.3", "best | open")
    assert scores.body_rows[1].cells == ("Titan-90B", "69.8", "")
    assert not lone.header_rows and lone.rows[1].cells == ("without", "a", "separator")
    assert flat.header_rows[0].cells == ("Model", "Params", "Licence")
    assert flat.body_rows[1].cells == ("Titan-90B", "90B", "Proprietary")
    assert_offsets(doc)


def test_pipe_in_a_sentence_is_not_a_table():
    doc = parse(RawDocument("x.txt", b"Status: live | Next run: 21:00 UTC\nAn ordinary sentence follows here.", "text/plain"))
    assert doc.tables == ()


def test_two_aligned_lines_are_not_a_flattened_table():
    doc = parse(RawDocument("x.txt", b"Name    Value\nAlpha   1\n\nSomething else entirely.", "text/plain"))
    assert doc.tables == ()


def test_lines_with_dot_leaders_and_prices_then_an_aside_are_items_not_a_table():
    text = ("Prices:\n\n  Tern-2 ........ $0.30 in / $1.20 out   (256K context)\n"
            "  Wren-4-8B ..... $0.56 in / $1.68 out   (128K context)\n  Kestrel-2 ..... $0.60 in / $2.50 out   (128K context)\n")
    doc = parse(RawDocument("x.txt", text.encode(), "text/plain"))
    assert doc.tables == ()
    assert _kinds(doc, "item")[0] == "Tern-2 ........ $0.30 in / $1.20 out (256K context)"
    table = parse(RawDocument("y.txt", b"Model    MMLU    GPQA\nTern-2    70.1    50.2\nWren-4-8B    66.0    41.3\n", "text/plain"))
    assert len(table.tables) == 1


def test_a_list_items_wrapped_and_indented_lines_continue_it_but_a_field_line_does_not():
    text = ("Bottom line:\n\n  * Kestrel-2 vs Wren-4. Kestrel-2 beats Wren-4 on MMLU (69.2 to\n    66.0) but loses on GSM8K.\n"
            "    Wren-4 is cheaper.\n  * Tern-2:\n    Parameters: 7B\n")
    doc = parse(RawDocument("x.txt", text.encode(), "text/plain"))
    assert _kinds(doc, "item")[:2] == [
        "Kestrel-2 vs Wren-4. Kestrel-2 beats Wren-4 on MMLU (69.2 to 66.0) but loses on GSM8K. Wren-4 is cheaper.", "Tern-2:"]


def test_a_hard_wrapped_line_starting_with_a_date_after_a_comma_goes_on():
    doc = parse(RawDocument("x.txt", b"Dates: DeepSeek-V3, 26 December 2024; Kimi K2,\n11 July 2025; GLM-4.5, 28 July 2025.\n", "text/plain"))
    assert "Kimi K2, 11 July 2025" in doc.text.replace("\n", " ") and len([b for b in doc.blocks if b.kind == "paragraph"]) == 1


def test_bom_and_cp1252_are_decoded():
    assert parse(RawDocument("a.txt", "\ufeffCaf\u00e9 menu\n".encode("utf-8"), "text/plain")).text == "Caf\u00e9 menu"
    doc = parse(RawDocument("b.txt", "Costs \u20ac5 \u2014 cheap.".encode("cp1252"), "text/plain"))
    assert doc.text == "Costs \u20ac5 \u2014 cheap."
    utf16 = parse(RawDocument("c.txt", "Hello there.".encode("utf-16"), "text/plain"))
    assert utf16.text == "Hello there."


def test_undecodable_bytes_raise_parse_error_naming_source_and_fix():
    with pytest.raises(ParseError, match=r"source 'junk.txt': content is not decodable text; check"):
        parse(RawDocument("junk.txt", bytes(range(256)) * 4, "text/plain"))


def test_unknown_media_type_and_empty_text_raise_parse_error():
    with pytest.raises(ParseError, match="cannot parse application/json"):
        parse(RawDocument("x.json", b'{"a": 1}', "application/json"))
    with pytest.raises(ParseError, match="no text found"):
        parse(RawDocument("x.html", b"<html><body><nav>only a menu</nav></body></html>", "text/html"))


def test_inline_markdown_is_reduced_to_text():
    doc = parse(RawDocument("m.md", b"- **Nova 7B**: *fast* and `small`, see [the card](https://x.example/card)\n\n"
                                    b"| Model | Score |\n|---|---|\n| __Nova__ | **71.3** |\n\nsnake_case_name and 2 * 3 * 4 stay.", "text/markdown"))
    assert doc.blocks[0].text == "Nova 7B: fast and small, see the card"
    assert doc.tables[0].body_rows[0].cells == ("Nova", "71.3")
    assert doc.blocks[-1].text == "snake_case_name and 2 * 3 * 4 stay."


def test_pipe_rows_without_outer_pipes_are_a_table():
    text = ("Ranking of the week\n\nRank | Model | Arena Elo | Organization\n1 | GPT-4o | 1287 | OpenAI\n"
            "2 | Claude 3 Opus | 1248 | Anthropic\n\nOne | two | three in a sentence.\n")
    doc = parse(RawDocument(source_id="/x/board.txt", content=text.encode(), media_type="text/plain"))
    assert len(doc.tables) == 1
    rows = doc.tables[0].rows
    assert rows[0].header and rows[0].cells == ("Rank", "Model", "Arena Elo", "Organization")
    assert rows[2].cells[1] == "Claude 3 Opus" and not rows[2].header


def test_an_ascii_grid_table_is_one_table_with_the_rows_above_its_first_inner_border_as_header():
    text = ("THE BOARD (SWE-bench Verified)\n\n+----+------------------+----------+\n|  # | Model            | Resolved |\n"
            "+----+------------------+----------+\n|  1 | Claude Opus 4.1  |    74.5% |\n|  2 | GPT-5            |    72.8% |\n"
            "+----+------------------+----------+\n\nAfter the table.\n")
    doc = parse(RawDocument(source_id="/x/letter.txt", content=text.encode(), media_type="text/plain"))
    assert len(doc.tables) == 1
    rows = doc.tables[0].rows
    assert [r.header for r in rows] == [True, False, False]
    assert rows[0].cells == ("#", "Model", "Resolved") and rows[2].cells == ("2", "GPT-5", "72.8%")
    assert doc.blocks[-1].text == "After the table."


def test_a_header_over_two_lines_and_a_two_column_page_of_prose():
    table = ("   ────────────────────────────────────────────\n"
             "                         AIME      MATH-     GPQA\n"
             "   Model                 2025      500       Diamond\n"
             "   ────────────────────────────────────────────\n"
             "   Kestrel-8B            67.3      94.2      60.8\n"
             "   Heron-3 7B            61.9      93.8      57.4\n"
             "   ────────────────────────────────────────────\n")
    columns = ("Scandinavian languages are well served by      restricted to non-commercial use; we expect to\n"
               "small models but poorly served by reason-      relicense it once that data has been replaced.\n"
               "ing models. Over the past three years the      The checkpoints are stored in bfloat16 and\n"
               "Nordic labs built several of them for us.      need 15, 29 and 61 GB of accelerator memory.\n")
    doc = parse(RawDocument(source_id="/x/report.txt", content=(table + "\n" + columns).encode(), media_type="text/plain"))
    assert len(doc.tables) == 1
    rows = doc.tables[0].rows
    assert [r.header for r in rows] == [True, True, False, False] and rows[1].cells[:2] == ("Model", "2025")
    texts = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert texts[-2].startswith("Scandinavian languages") and "reasoning models. Over" in texts[-2]
    assert texts[-1].startswith("restricted to non-commercial use") and texts[-1].endswith("accelerator memory.")


def test_yaml_front_matter_fields_are_items_and_title_is_the_heading():
    text = "---\nlicense: apache-2.0\nbase_model: meta-llama/Meta-Llama-3-8B\nlanguage:\n- en\n---\n\n# Foo-2 8B\n\nText here.\n"
    doc = parse(RawDocument(source_id="card.md", content=text.encode(), media_type="text/markdown"))
    assert _kinds(doc, "item") == ["license: apache-2.0", "base_model: meta-llama/Meta-Llama-3-8B"]
    assert doc.title == "Foo-2 8B"


def test_markdown_backslash_escapes_give_the_character_not_markup():
    doc = parse(RawDocument("card.md", "A \\*literal\\* star and *emphasis*.\n\n| Model | MMLU |\n|---|---|\n| Foo-2 | 78.2\\* |\n".encode(),
                            "text/markdown"))
    assert doc.blocks[0].text == "A *literal* star and emphasis."
    assert doc.tables[0].rows[1].cells == ("Foo-2", "78.2*")


def test_inline_html_in_markdown_cells_is_read_as_text():
    doc = parse(RawDocument("t.md", "| Model | AIME | LCB |\n|---|---|---|\n| Foo-2<br><small>Kiln</small> | <u>30.0 ± 2.4</u> | 40.8<sup>2</sup> |\n".encode(),
                            "text/markdown"))
    assert doc.tables[0].rows[1].cells == ("Foo-2 Kiln", "30.0 ± 2.4", "40.8")


PDF_TABLE = """Table 2: Base models. Best per group in bold.

                       Knowledge            Reasoning
                   -----------------   -------------------
Model              MMLU      CMMLU     BBH        MATH
                   (5-shot)  (5-shot)  (3-shot)   (4-shot, CoT)
-------------------------------------------------------------
Pelican 7B         61.2      48.0      52.3       18.5
Heron-2 9B         66.0      71.4      60.1       -
-------------------------------------------------------------
Pelican 13B        70.9      55.5      61.7       27.0

Pelican 13B leads its group on MMLU.
"""


def test_a_space_aligned_table_reads_stacked_headers_spans_and_row_groups():
    doc = parse(RawDocument("report.txt", PDF_TABLE.encode(), "text/plain"))
    [table] = doc.tables
    assert [r.cells for r in table.header_rows] == [
        ("", "Knowledge", "Knowledge", "Reasoning", "Reasoning"),
        ("Model", "MMLU", "CMMLU", "BBH", "MATH"),
        ("", "(5-shot)", "(5-shot)", "(3-shot)", "(4-shot, CoT)")]
    assert [r.cells for r in table.body_rows] == [
        ("Pelican 7B", "61.2", "48.0", "52.3", "18.5"), ("Heron-2 9B", "66.0", "71.4", "60.1", "-"),
        ("Pelican 13B", "70.9", "55.5", "61.7", "27.0")]
    assert "Pelican 13B leads its group on MMLU." in [b.text for b in doc.blocks]
    assert doc.blocks[0].text.startswith("Table 2: Base models.")


def test_space_aligned_benchmark_rows_and_ragged_prose_lines():
    text = ("Benchmark        Wren-3 8B   Llama 3.1 8B\n"
            "MMLU (5-shot)    68.1        66.7\n"
            "GSM8K            81.0        84.5\n")
    [table] = parse(RawDocument("t.txt", text.encode(), "text/plain")).tables
    assert [r.cells for r in table.rows] == [("Benchmark", "Wren-3 8B", "Llama 3.1 8B"),
                                             ("MMLU (5-shot)", "68.1", "66.7"), ("GSM8K", "81.0", "84.5")]
    # double spaces between sentences do not make columns, nor do lines that do not line up
    prose = "It was fast.  Then it was slow.\nThe next  line has  its gaps elsewhere  entirely 12.\nAnd  3  4.\n"
    assert parse(RawDocument("p.txt", prose.encode(), "text/plain")).tables == ()


def test_hard_wrapped_lines_join_but_titles_and_symbol_lists_stay_apart():
    text = ("Pelican 2 Beats Heron-3 70B on Three Benchmarks and Runs on a Laptop\n"
            "Quick summary\n\n"
            "In the small group, Pelican-2 7B outperforms Heron-3 8B on all benchmarks and it scores higher\n"
            "Heron-3 70B on MATH (45.3 vs 43.3), which is notable for a model roughly ten times smaller than\n"
            "Heron-3 70B. We attribute the gap to data.\n\n"
            "🐣 Pelican-2 Mini: 8B, Apache 2.0, runs on a laptop without any trouble at all for most people\n"
            "🐦 Pelican-2 Small: 24B, Apache 2.0\n")
    blocks = [(b.kind, b.text) for b in parse(RawDocument("w.txt", text.encode(), "text/plain")).blocks]
    assert blocks[0] == ("heading", "Pelican 2 Beats Heron-3 70B on Three Benchmarks and Runs on a Laptop")
    assert ("paragraph", "In the small group, Pelican-2 7B outperforms Heron-3 8B on all benchmarks and it scores higher "
            "Heron-3 70B on MATH (45.3 vs 43.3), which is notable for a model roughly ten times smaller than "
            "Heron-3 70B. We attribute the gap to data.") in blocks
    assert not any(t.startswith("🐣") and "Small" in t for _, t in blocks)


def test_a_markdown_paragraph_wrapped_at_a_width_runs_on_after_full_stops():
    text = ("**Settings.** All instruct models are run with their official chat templates and sampling.\n"
            "MMLU-Redux is 0-shot. GPQA Diamond is 0-shot CoT. AIME 2025 is avg@8 (eight samples each).\n"
            "LiveCodeBench v6 is pass@1.\n\n"
            "A model card field list follows, one field a line, as cards write them in Markdown.\n"
            "License: Apache 2.0\n"
            "Release date: 15 September 2026\n"
            "🐦 Pelican-2 Small: 24B, Apache 2.0\n")
    blocks = [b.text for b in parse(RawDocument("w.md", text.encode(), "text/markdown")).blocks]
    assert blocks == ["Settings. All instruct models are run with their official chat templates and sampling. MMLU-Redux "
                      "is 0-shot. GPQA Diamond is 0-shot CoT. AIME 2025 is avg@8 (eight samples each). LiveCodeBench v6 "
                      "is pass@1.", "A model card field list follows, one field a line, as cards write them in Markdown.",
                      "License: Apache 2.0", "Release date: 15 September 2026", "Pelican-2 Small: 24B, Apache 2.0"]  # an emoji bullet
    plain = [b.text for b in parse(RawDocument("w.txt", text.encode(), "text/plain")).blocks]
    assert plain[:3] == ["Settings. All instruct models are run with their official chat templates and sampling.",
                         "MMLU-Redux is 0-shot. GPQA Diamond is 0-shot CoT. AIME 2025 is avg@8 (eight samples each).",
                         "LiveCodeBench v6 is pass@1."]  # a text dump: one paragraph a line


def test_a_pandoc_simple_table_with_its_caption_marks_and_ragged_cells():
    text = ("Results below.\n\n"
            "::: {#tab:scores}\n"
            "  Model            MMLU-Pro       GPQA Diamond    Licence\n"
            "  ---------------- -------------- --------------- ----------------\n"
            "  Pelican 7B       73.3^†         50.7^†^         Apache-2.0\n"
            "  Heron-2 9B       **78.4** ± 0.3 62.9 ± 1.1      Heron Licence^a^\n"
            "  Wren 3B          64.0\\*        —                MIT\n"  # the dash in the gap between two runs
            "\n"
            "  : Table 5: Scores. MMLU-Pro is 5-shot CoT.\n"
            "  ^†^ developer-reported figure.\n"
            ":::\n\n"
            "It reaches 10^9 tokens.\n")
    doc = parse(RawDocument("s.md", text.encode(), "text/markdown"))
    [table] = doc.tables
    assert [r.cells for r in table.header_rows] == [("Model", "MMLU-Pro", "GPQA Diamond", "Licence")]
    assert [r.cells for r in table.body_rows] == [("Pelican 7B", "73.3", "50.7", "Apache-2.0"),
                                                  ("Heron-2 9B", "78.4 ± 0.3", "62.9 ± 1.1", "Heron Licence"),
                                                  ("Wren 3B", "64.0*", "—", "MIT")]
    assert table.caption == "Table 5: Scores. MMLU-Pro is 5-shot CoT. ^†^ developer-reported figure."
    assert "It reaches 10^9 tokens." in [b.text for b in doc.blocks]


def test_a_table_a_converter_joined_with_single_spaces():
    text = ("=== Slide 6 ===\nResults: base models\n"
            "Model Params MMLU (5-shot) GSM8K (8-shot) HumanEval (pass@1)\n"
            "Pelican-7B 7.3B 68.1 71.4 45.1\n"
            "Heron 3.1 8B 8.0B 66.6 56.2 37.2\n"
            "Wren 7B v0.3 7.2B 62.5 \u2013 29.3\n\n"
            "Pelican-7B leads on MMLU by 1.5 points over 3 runs.\n")
    doc = parse(RawDocument("s.txt", text.encode(), "text/plain"))
    [table] = doc.tables
    assert [r.cells for r in table.rows] == [
        ("Model", "Params", "MMLU (5-shot)", "GSM8K (8-shot)", "HumanEval (pass@1)"),
        ("Pelican-7B", "7.3B", "68.1", "71.4", "45.1"), ("Heron 3.1 8B", "8.0B", "66.6", "56.2", "37.2"),
        ("Wren 7B v0.3", "7.2B", "62.5", "\u2013", "29.3")]
    assert "Pelican-7B leads on MMLU by 1.5 points over 3 runs." in [b.text for b in doc.blocks]


def test_a_space_aligned_table_with_values_one_space_apart_and_a_wrapped_label():
    text = ("                           slate-5    slate-4    qwen3    phi-4\n"
            "                           14b        14b        14b      14b\n"
            "MMLU (5-shot)              84.1       80.6       81.1     84.8\n"
            "GPQA Diamond (0-shot, CoT) 61.4\u00b11.6   51.0\u00b12.2   54.8\u00b11.9 56.1\u00b12.0\n"
            "IFEval (prompt-level       84.0       70.2       85.4     63.0\n"
            "  strict)\n")
    [table] = parse(RawDocument("r.txt", text.encode(), "text/plain")).tables
    assert [r.cells for r in table.body_rows] == [
        ("MMLU (5-shot)", "84.1", "80.6", "81.1", "84.8"),
        ("GPQA Diamond (0-shot, CoT)", "61.4\u00b11.6", "51.0\u00b12.2", "54.8\u00b11.9", "56.1\u00b12.0"),
        ("IFEval (prompt-level strict)", "84.0", "70.2", "85.4", "63.0")]


def test_a_ruled_space_aligned_table_of_attributes_and_a_wrapped_cell():
    text = ("Table 1. Selected labs.\n\n"
            " Lab            Country         Flagship model        Parameters           Licence\n"
            " ----------------------------------------------------------------------------------------\n"
            " Foo AI         France          Foo Small 3.1         24B                  Apache 2.0\n"
            " Bar Labs       United States   Bar 4 Maverick        400B (17B active)    Bar 4 Community\n"
            "                                                                           License\n"
            " Baz            UAE             Baz 3 10B             10B                  MIT\n")
    [table] = parse(RawDocument("r.txt", text.encode(), "text/plain")).tables
    assert [r.cells for r in table.header_rows] == [("Lab", "Country", "Flagship model", "Parameters", "Licence")]
    assert [r.cells for r in table.body_rows] == [
        ("Foo AI", "France", "Foo Small 3.1", "24B", "Apache 2.0"),
        ("Bar Labs", "United States", "Bar 4 Maverick", "400B (17B active)", "Bar 4 Community License"),
        ("Baz", "UAE", "Baz 3 10B", "10B", "MIT")]


def test_a_hard_wrapped_line_ending_in_a_comma_goes_on_when_the_next_starts_in_lower_case():
    text = ("Rimal-2 comes in two sizes: a 34-billion-parameter flagship, Rimal-2-34B,\n"
            "and Rimal-2-7B, a 7-billion-parameter version.\n\n"
            "Models:\nFoo-2 8B\n")
    blocks = [b.text for b in parse(RawDocument("w.txt", text.encode(), "text/plain")).blocks]
    assert blocks[0] == ("Rimal-2 comes in two sizes: a 34-billion-parameter flagship, Rimal-2-34B, and Rimal-2-7B, a "
                         "7-billion-parameter version.")
    assert "Foo-2 8B" in blocks[-1] and blocks[-1] != blocks[0]


def test_a_wrapped_paragraphs_first_line_is_not_a_heading():
    text = ("We compare the base models against open pretrained models of similar size: Pelican 3.2\n"
            "3B [8], Heron 4B and Heron 12B [26]. All models are evaluated with the same harness and prompts.\n")
    blocks = [(b.kind, b.text) for b in parse(RawDocument("w.txt", text.encode(), "text/plain")).blocks]
    assert blocks == [("paragraph", "We compare the base models against open pretrained models of similar size: Pelican 3.2 "
                                    "3B [8], Heron 4B and Heron 12B [26]. All models are evaluated with the same harness and prompts.")]


def test_html_around_a_cards_text_is_dropped_and_its_text_kept():
    text = ('<p align="center"><img src="https://hf.co/lab/Pelican-8B/resolve/main/banner.png" width="480"/></p>\n\n'
            '<div align="center"><a href="https://lab.example">Pelican-8B homepage</a></div>\n\n'
            "Pelican-8B is a chat model inside <think> tags.\n")
    blocks = [b.text for b in parse(RawDocument("card.md", text.encode(), "text/markdown")).blocks]
    assert blocks == ["Pelican-8B homepage", "Pelican-8B is a chat model inside <think> tags."]


def test_a_psql_style_table_with_a_second_header_line_and_row_group_rules():
    text = ("Model                | MMLU   | GSM8K\n"
            "                     | 5-shot | 8-shot CoT\n"
            "---------------------+--------+-----------\n"
            "Pelican-1.5-7B       | 65.8   | 82.1\n"
            "Heron-3 8B           | 69.4   | 84.5\n"
            "---------------------+--------+-----------\n"
            "Pelican-1.5-1B       | 44.1   | 56.3\n")
    [table] = parse(RawDocument("t.txt", text.encode(), "text/plain")).tables
    assert [r.cells for r in table.header_rows] == [("Model", "MMLU", "GSM8K"), ("", "5-shot", "8-shot CoT")]
    assert [r.cells[0] for r in table.body_rows] == ["Pelican-1.5-7B", "Heron-3 8B", "Pelican-1.5-1B"]


def test_pdf_ligatures_and_a_spec_table_of_sizes():
    text = ("Gnomon Research released the ﬁrst two models.\n\n"
            "                             Foo-2-32B               Foo-2 Max\n"
            "   Architecture              Dense decoder           Mixture-of-experts\n"
            "   Total parameters          32.5B                   480B\n"
            "   Active parameters         32.5B                   35B\n"
            "   Context window            256K                    256K\n")
    doc = parse(RawDocument("kit.txt", text.encode(), "text/plain"))
    assert doc.blocks[0].text == "Gnomon Research released the first two models."
    [table] = doc.tables
    assert [r.cells for r in table.header_rows] == [("", "Foo-2-32B", "Foo-2 Max")]
    assert table.body_rows[1].cells == ("Total parameters", "32.5B", "480B")


def test_a_front_matter_date_is_the_documents_publication_date():
    text = "---\ntitle: \"Hands-on\"\ndate: 2025-10-27\ntags: [reviews]\n---\n\n# Hands-on\n\nIt is good.\n"
    assert parse(RawDocument("post.md", text.encode(), "text/markdown")).published == "2025-10-27"
    assert parse(RawDocument("card.md", b"---\nlicense: mit\n---\n\n# Card\n", "text/markdown")).published is None


def test_a_texts_date_from_a_header_line_near_its_top():
    for head, want in (("From: Priya\nDate: Thu, 6 Nov 2025 16:42:10 +0000\n", "2025-11-06"),
                       ("Thread by Shearwater AI on X\nPosted Nov 4, 2025 · 9 posts\n", "2025-11-04"),
                       ("Bluesky · posted 11 Mar 2026, 14:02 UTC\n", "2026-03-11"), ("Hello there.\n", None)):
        assert parse(RawDocument("m.txt", (head + "\nBody text.\n").encode(), "text/plain")).published == want


def test_a_model_index_metric_type_is_the_results_setting():
    card = ("---\nmodel-index:\n- name: Tern-Coder-14B\n  results:\n  - task: {type: text-generation}\n"
            "    dataset: {name: HumanEval+, type: evalplus/humanevalplus}\n    metrics:\n    - {type: pass@1, value: 86.0}\n---\n\n# Tern-Coder-14B\n")
    doc = parse(RawDocument("card.md", card.encode(), "text/markdown"))
    assert [r.cells for r in doc.tables[0].rows][1] == ("HumanEval+ (pass@1)", "86")


def test_a_newsletter_mastheads_issue_date_is_its_publication_date():
    text = "CIRCUIT WEEKLY                                Issue 212 - 20 March 2026\nThe open-model newsletter\n\nBody text.\n"
    assert parse(RawDocument("x.txt", text.encode(), "text/plain")).published == "2026-03-20"
