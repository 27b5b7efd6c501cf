from hypothesis import given, settings, strategies as st

from claimgraph.extractors.gazetteer import norm_key


def labels(rec, text, type_="Model"):
    return [m.label for m in rec.find(text) if m.type == type_]


def test_spellings_of_one_model_share_a_label(rec):
    spellings = ["Qwen3.5-9B", "Qwen 3.5 9B", "qwen3.5-9b", "Qwen 3.5-9B", "Qwen3.5 9B"]
    assert {norm_key(labels(rec, f"We tried {s} today.")[0]) for s in spellings} == {norm_key("Qwen 3.5 9B")}


def test_base_and_instruct_stay_apart(rec):
    base, inst = labels(rec, "Qwen2.5-7B and Qwen2.5-7B-Instruct")
    assert base != inst and inst.endswith("Instruct")


def test_unknown_model_shapes_are_found(rec):
    text = "New: Foo-3 70B, Bar-2.5-Instruct and Zeta-2 8x7B."
    assert labels(rec, text) == ["Foo-3 70B", "Bar-2.5-Instruct", "Zeta-2 8x7B"]


def test_hugging_face_id_and_moe_name(rec):
    found = [m for m in rec.find("meta-llama/Meta-Llama-3-8B and Qwen3-30B-A3B") if m.type == "Model"]
    assert [m.params for m in found] == [8e9, 30e9]
    assert found[1].active == 3e9


def test_sizes_come_from_the_name(rec):
    (m,) = [m for m in rec.find("OpenAI's GPT-OSS-120B") if m.type == "Model"]
    assert m.params == 120e9 and m.label == "GPT-OSS-120B"


def test_lab_and_model_are_separate(rec):
    found = [(m.type, m.label) for m in rec.find("Meta Llama 3.2 11B and Microsoft Phi-4 14B")]
    assert found == [("Lab", "Meta"), ("Model", "Llama 3.2 11B"), ("Lab", "Microsoft"), ("Model", "Phi-4 14B")]


def test_dates_devices_and_titles_are_not_models(rec):
    assert labels(rec, "In March 2026 it ran on an RTX 4090 with Lean 4. Beats 120B. Table 3 shows it.") == []


def test_benchmarks_licences_and_glued_words(rec):
    found = [(m.type, m.label) for m in rec.find("on MMLU Pro and GPQA-Diamond, Apache 2.0 licensed; 3D-RoPEMistral Small 4")]
    assert ("Benchmark", "MMLU-Pro") in found and ("Benchmark", "GPQA Diamond") in found
    assert ("License", "Apache-2.0") in found and ("Model", "Mistral Small 4") in found


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Qwen Llama GPT-3.5 9B 0123456789 -_.()'s vs")), max_size=80))
def test_mentions_have_valid_offsets(rec, text):
    for m in rec.find(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["Foo", "Bar", "Zeta", "Nova"]), st.integers(1, 9), st.integers(1, 400),
       st.sampled_from([" ", "-"]))
def test_any_name_with_a_size_states_it(rec, head, version, size, sep):
    text = f"We evaluate {head}-{version}{sep}{size}B on the suite."
    models = [m for m in rec.find(text) if m.type == "Model"]
    assert models and models[0].params == size * 1e9


def test_expert_grid_names_state_no_total(rec):
    from claimgraph.extractors.names import name_size
    assert name_size(["8x7B"]) is None and name_size(["8x22B"]) is None
    assert name_size(["9b"]) == 9e9 and name_size(["30B", "A3B"]) == 30e9


@given(st.integers(1, 400), st.sampled_from(["b", "B"]), st.sampled_from(["-", " ", "_"]))
def test_lower_case_size_in_a_hub_name_is_read(rec, size, b, sep):
    text = f"We compare against gemma{sep}2{sep}{size}{b}{sep}it today."
    ms = [m for m in rec.find(text) if m.type == "Model"]
    assert ms and ms[0].params == size * 1e9


def test_a_known_benchmark_inside_a_longer_name_is_that_other_benchmark(rec):
    found = [(m.type, m.label) for m in rec.find("Global-MMLU Lite, BrowseComp-Plus, MMLU-Pro and LiveCodeBench v6")]
    assert found == [("Benchmark", "Global-MMLU Lite"), ("Benchmark", "BrowseComp-Plus"), ("Benchmark", "MMLU-Pro"),
                     ("Benchmark", "LiveCodeBench")]


def test_an_origin_or_adjective_before_a_size_is_not_a_model_name(rec):
    found = rec.find("Open 7B models and Chinese 70B models trail Saffron 7B and Qwen 3.5 9B.")
    assert {m.label for m in found if m.type == "Model"} == {"Saffron 7B", "Qwen 3.5 9B"}


def test_unicode_compatibility_forms_match_the_gazetteer(rec):
    """'τ²-Bench' is written with a superscript two, 'tau2-bench' in ASCII: one benchmark, and not TAU-bench."""
    for text in ("On τ²-Bench it leads.", "On tau2-bench it leads.", "On Tau2-Bench it leads."):
        assert labels(rec, text, "Benchmark") == ["τ²-Bench"], text
    assert labels(rec, "On τ-bench it leads.", "Benchmark") == ["TAU-bench"]
    assert labels(rec, "We ran ＧＰＱＡ Diamond.", "Benchmark") == ["GPQA Diamond"]


def test_a_named_edition_joined_by_a_hyphen_stays_in_the_name(rec):
    assert labels(rec, "DeepSeek-V3.1-Terminus leads.") == ["DeepSeek V3.1 Terminus"]
    assert labels(rec, "Llama-3.1-Nemotron-70B leads.") == ["Llama 3.1 Nemotron 70B"]
    assert labels(rec, "GPT-4o-based tools and Llama-3-Based apps") == ["GPT-4o"]


def test_an_invented_word_and_a_tier_word_name_a_model(rec):
    assert labels(rec, "Since this month, Halfmoon Flash from Torchlight Labs leads.") == ["Halfmoon Flash"]
    assert labels(rec, "Perplexity Sonar Pro answers.") == ["Sonar Pro"]
    assert labels(rec, "The Surface Pro and Adobe Flash are products; Chinese Pro users and Today Mini stay out.") == []


def test_a_one_letter_line_mark_between_hyphens(rec):
    assert labels(rec, "A newcomer is Fennec-R-32B from Dunewood AI.") == ["Fennec-R-32B"]
    assert labels(rec, "Plan-B is not a model; neither is X-Ray.") == []


def test_an_unknown_name_keeps_its_written_order_but_variant_words_follow_the_size(rec):
    assert labels(rec, "We compare with DeepSeek-R1-Distill-Qwen-32B today.") == ["DeepSeek R1 Distill Qwen 32B"]
    assert labels(rec, "It beats Llama-3-In 8b.") == ["Llama 3 8B Instruct"]


def test_only_tuning_words_move_after_the_size(rec):
    # a word that names the line ('Next') stays where it is written; a tuning word ('Chat') follows the size
    assert labels(rec, "Qwen3-Next-80B-A3B runs on one node.") == ["Qwen 3 Next 80B A3B"]
    assert labels(rec, "We tried Yi-Chat-34B first.") == ["Yi 34B Chat"]


def test_a_date_code_before_the_size(rec):
    assert labels(rec, "OLMo-2-1124-7B-Instruct and OLMo-2-0425-1B-Instruct lead") == [
        "OLMo 2 1124 7B Instruct", "OLMo 2 0425 1B Instruct"]


def test_an_unknown_names_tier_word_then_its_version(rec):
    assert labels(rec, "Autan Small 2 reaches 81.0 on MMLU; Kestrel Large 1.5 and Kestrel Mini 2 trail it.") == [
        "Autan Small 2", "Kestrel Large 1.5", "Kestrel Mini 2"]
    assert labels(rec, "Mistral Small 3.1 and Pelican Small models") == ["Mistral Small 3.1"]
    assert labels(rec, "DeepSeek-Prover-V2-671B proves 88.9%") == ["DeepSeek Prover V2 671B"]  # an edition, then its version


def test_a_letter_glued_before_a_known_benchmark_names_another_one(rec):
    assert labels(rec, "on C-SimpleQA and SimpleQA and C-Eval", "Benchmark") == ["C-SimpleQA", "SimpleQA", "C-Eval"]


def test_hmmt_years_are_different_benchmarks(rec):
    assert labels(rec, "HMMT25, HMMT Feb 2024 and HMMT", "Benchmark") == ["HMMT 2025", "HMMT 2024", "HMMT"]


def test_a_licence_named_after_a_model_is_a_licence(rec):
    assert labels(rec, "under the Ostara 3 Community License Agreement, as is Pelican 2 Research License", "License") == [
        "Ostara 3 Community License Agreement", "Pelican 2 Research License"]


def test_a_language_before_a_benchmark_names_its_version_in_that_language(rec):
    assert labels(rec, "on Japanese MT-Bench, Korean MMLU, English MMLU and MT-Bench", "Benchmark") == [
        "Japanese MT-Bench", "Korean MMLU", "MMLU", "MT-Bench"]


def test_a_dated_release_is_its_own_model_but_an_api_snapshot_date_is_not(rec):
    assert labels(rec, "DeepSeek-V3-0324 beats DeepSeek-V3; GPT-4o-2024-05-13 is GPT-4o") == [
        "DeepSeek V3 0324", "DeepSeek V3", "GPT-4o", "GPT-4o"]


def test_a_known_name_with_an_apostrophe_s_inside(rec):
    assert labels(rec, "on Humanity’s Last Exam and Humanity's Last Exam, not Google's", "Benchmark") == [
        "Humanity's Last Exam", "Humanity's Last Exam"]


def test_a_one_letter_line_before_a_tier_word(rec):
    assert labels(rec, "Granite 4.0 H Small leads; Plan A Small business is no model") == ["Granite 4.0 H Small"]


def test_names_with_accented_letters_are_found(rec):
    assert labels(rec, "We tried Orée-3 and Araucária-2-27B today.") == ["Orée-3", "Araucária-2-27B"]


def test_a_short_prefix_glued_to_a_known_name_is_another_model(rec):
    assert labels(rec, "BioMistral-7B and MedLlama-8B are domain models.") == ["BioMistral-7B", "MedLlama-8B"]
    assert "Qwen 3.5 9B" in labels(rec, "Document UnderstandingOpen-SourceQwen3.5-9B leads.")


def test_a_version_after_the_size_is_a_release_of_its_own(rec):
    assert labels(rec, "Saltmarsh-Nemo-12B-v2 improves on Saltmarsh-Nemo-12B; Tern-7B-V1.5 too.") == [
        "Saltmarsh-Nemo-12B-v2", "Saltmarsh-Nemo-12B", "Tern-7B-V1.5"]


def test_the_tail_of_a_name_not_read_starts_no_name(rec):
    assert labels(rec, "| 惊鸿-7B-Chat Jinghong-7B-Chat | 80.6 |") == ["Jinghong-7B-Chat"]


def test_labs_from_many_countries_are_known_with_their_country(rec):
    assert labels(rec, "Upstage, Sarvam AI, MBZUAI, SDAIA, Silo AI and Kyutai ship models.", "Lab") == [
        "Upstage", "Sarvam AI", "MBZUAI", "SDAIA", "Silo AI", "Kyutai"]
    assert rec.gaz.entry("Lab", "SDAIA").get("country") == "Saudi Arabia"


def test_a_letter_glued_before_a_benchmark_makes_another_benchmark_not_the_known_one(rec):
    assert labels(rec, "on JHumanEval and HumanEval", "Benchmark") == ["HumanEval"]  # the second only
    assert labels(rec, "RoPEMistral 7B") == ["Mistral 7B"]  # markup lost between words still splits them


def test_an_effective_size_names_its_own_model(rec):
    assert labels(rec, "Gemma 3n E4B and Gemma 3n E2B beat Gemma 3n.", "Model") == ["Gemma 3n E4B", "Gemma 3n E2B"]


def test_labs_named_with_ki_ia_or_compute(rec):
    assert labels(rec, "Lindenhof KI, Orballo IA and Fjord Compute train models.", "Lab") == ["Lindenhof KI", "Orballo IA", "Fjord Compute"]


def test_moe_is_part_of_a_name_where_it_is_written(rec):
    assert labels(rec, "Isar-3-MoE, DeepSeek-MoE-16B and Qwen1.5-MoE-A2.7B are sparse.") == [
        "Isar-3-MoE", "DeepSeek MoE 16B", "Qwen 1.5 MoE A2.7B"]


def test_a_section_word_or_a_variant_word_before_a_name_is_not_its_head(rec):
    assert labels(rec, "MoE Yunque-3-48B-A4B is sparse. Introduction Fjell-30B-A3B is new. Hunter Alpha 2 is a model.") == [
        "Yunque-3-48B-A4B", "Fjell-30B-A3B", "Hunter Alpha 2"]


def test_a_licence_goes_by_the_name_its_owner_gives_it(rec):
    assert labels(rec, "It ships under the Falcon License, as TII calls it.", "License") == ["TII Falcon License"]
