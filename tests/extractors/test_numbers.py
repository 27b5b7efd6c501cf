from hypothesis import given, strategies as st

from claimgraph.extractors.numbers import (find_settings, is_vague, normalise_setting, parse_date, parse_size)


def test_sizes():
    assert parse_size("9B") == 9e9
    assert parse_size("0.8B") == 8e8
    assert parse_size("9 billion") == 9e9
    assert parse_size("8x7B") == 56e9
    assert parse_size("1.5T") == 1.5e12
    assert parse_size("16GB") is None


def test_dates():
    assert parse_date("released on March 1, 2026.")[0] == "2026-03-01"
    assert parse_date("on 1 March 2026")[0] == "2026-03-01"
    assert parse_date("dated 2026-03-01")[0] == "2026-03-01"
    assert parse_date("in March 2026")[0] == "2026-03"
    assert parse_date("no date here") is None


def test_settings_normalise():
    assert [s for s, *_ in find_settings("at pass@2 with subtitles, 5-shot, zero-shot CoT")] == \
        ["pass@2", "with subtitles", "5-shot", "0-shot CoT"]
    assert normalise_setting("5 shot") == normalise_setting("5-shot")
    assert normalise_setting("Pass @ 16") == "pass@16"


def test_vague_figures():
    assert is_vague("scores above ", " fits")
    assert is_vague("a ", "x smaller")
    assert is_vague("", "+ points")
    assert is_vague("only around ", "%")
    assert not is_vague("scored ", "% on GPQA")
    assert is_vague("behind on GPQA Diamond (−", ")") and is_vague("MMLU (-", ")")  # signed differences
    assert not is_vague("GPT-4 scores ", " on MMLU")


@given(st.integers(1, 999), st.sampled_from(["B", "M", "T"]))
def test_size_roundtrip(n, unit):
    scale = {"B": 1e9, "M": 1e6, "T": 1e12}[unit]
    assert parse_size(f"{n}{unit}") == n * scale


@given(st.dates())
def test_iso_dates_roundtrip(d):
    if 1900 < d.year < 2100:
        assert parse_date(d.isoformat())[0] == d.isoformat()
        assert parse_date(d.strftime("%B ") + f"{d.day}, {d.year}")[0] == d.isoformat()


def test_setting_spellings_compare_equal():
    same = [["5-shot", "5 shot", "(5-shot)", "5shot"], ["0-shot CoT", "zero-shot CoT", "0-shot chain-of-thought"],
            ["8-shot CoT", "8-shot, CoT", "8-shot-CoT"], ["pass@1", "Pass @ 1", "pass @1"], ["maj@4", "MAJ@4"],
            ["with subtitles", "w/ subtitles", "w/ subs"], ["without subtitles", "w/o subtitles", "no subtitles"]]
    for group in same:
        assert {find_settings(s)[0][0] for s in group} == {group[0]}, group


@given(st.integers(0, 64), st.sampled_from(["-shot", " shot", "-Shot"]), st.booleans(),
       st.sampled_from([" CoT", "-CoT", ", CoT", " chain-of-thought"]))
def test_shot_settings_normalise_to_one_spelling(n, shot, cot, cot_form):
    written = f"MMLU ({n}{shot}{cot_form if cot else ''})"
    assert find_settings(written)[0][0] == f"{n}-shot" + (" CoT" if cot else "")


@given(st.lists(st.dates(), min_size=1, max_size=3))
def test_every_date_of_a_sentence_is_found_in_order(dates):
    from claimgraph.extractors.numbers import find_dates
    dates = [d for d in dates if 1900 < d.year < 2100]
    text = "; then ".join(f"on {d.strftime('%B')} {d.day}, {d.year}" for d in dates)
    assert [iso for iso, *_ in find_dates(text)] == [d.isoformat() for d in dates]


def test_setting_phrases_are_one_setting():
    from claimgraph.extractors.numbers import find_settings
    assert [s[0] for s in find_settings("MMLU (5-shot, top-1)")] == ["5-shot"]  # the metric it is read by is no setting
    assert [s[0] for s in find_settings("DROP (3-shot, F1)")] == ["3-shot"]
    assert [s[0] for s in find_settings("ARC-C (25-shot, acc_norm)")] == ["25-shot acc_norm"]
    assert [s[0] for s in find_settings("MGSM is 8-shot with chain of thought")] == ["8-shot CoT"]
    assert [s[0] for s in find_settings("0-Shot; CoT")] == ["0-shot CoT"]
    assert [s[0] for s in find_settings("LiveCodeBench (Pass@1-COT)")] == ["pass@1 CoT"]
    assert [s[0] for s in find_settings("AGIEval (3-5 shot)")] == ["3-5 shot"]


def test_splits_windows_ifeval_accuracies_and_sample_means_are_settings():
    def one(text):
        return [s[0] for s in find_settings(text)]
    assert one("Pelican-VL scores 61.0 on MMMU (val) and 58.2 on VQAv2 (test-dev)") == ["val", "test-dev"]
    assert one("the test set of MMMU") == [] and one("LiveCodeBench (validation)") == ["validation"]
    assert one("LiveCodeBench 2408-2502") == ["2408-2502"] and one("from 2019-2024") == []
    assert one("IFEval (strict prompt-level)") == ["strict prompt-level"]
    assert one("IFEval instruction-level loose accuracy") == ["instruction-level loose"]
    assert one("HMMT is the average over 32 samples") == ["avg@32"]
    assert one("a mean of 8 runs") == ["avg@8"] and one("the mean of the scores") == []
    assert one("IN22-Gen en→xx") == ["en→xx"] and one("FLORES-200 (xx -> en)") == ["xx→en"]
    assert one("AIME: 52.7 → 79.2") == [] and one("the German section of MGSM") == ["German"]
    assert one("66.2% with thinking, 51.8% with thinking off") == ["thinking", "non-thinking"]
    assert one("no thinking") == ["non-thinking"] and one("thinking disabled") == ["non-thinking"]
    assert one("the thinking budget") == [] and one("in thinking mode") == ["thinking"]


def test_languages_in_brackets_and_a_shot_count_with_a_sampling_metric():
    assert [s[0] for s in find_settings("Global-MMLU (pt)")] == ["Portuguese"]
    assert [s[0] for s in find_settings("MGSM (French)")] == ["French"]
    assert [s[0] for s in find_settings("HumanEval (0-shot, pass@1)")] == ["0-shot pass@1"]
    assert [s[0] for s in find_settings("It (and more) came")] == []


def test_a_reasoning_mode_is_its_setting_without_the_word_mode():
    from claimgraph.extractors.numbers import normalise_setting
    assert [normalise_setting(s) for s in ("thinking mode", "Non-thinking mode", "reasoning mode", "thinking")] == [
        "thinking", "non-thinking", "reasoning", "thinking"]


def test_a_date_without_a_year_takes_the_publication_year():
    from claimgraph.extractors.numbers import find_yearless_dates
    got = [d[0] for d in find_yearless_dates("released on October 14 and Kyanite-2 on 21 October; next up: 3 December", "2025-11-20")]
    assert got == ["2025-10-14", "2025-10-21", "2025-12-03"]  # a date weeks ahead is an announced one, this year


def test_pass_hat_k_and_reasoning_effort_are_settings():
    assert [s for s, _, _ in find_settings("scores 66.1 (pass^1) at high reasoning effort")] == ["pass^1", "high reasoning effort"]
    assert [s for s, _, _ in find_settings('run at reasoning effort "medium".')] == ["medium reasoning effort"]


def test_dates_written_year_first_with_dots_or_slashes():
    assert parse_date("2026.01.20: release")[0] == "2026-01-20" and parse_date("on 2026/1/8")[0] == "2026-01-08"
    assert parse_date("score 2025.5.12.3") is None


def test_said_numbers_are_read_as_digits():
    from claimgraph.extractors.numbers import spoken_numbers
    assert spoken_numbers("Pepo-12B scores fifty-eight point four, Gemma sixty-two.") == "Pepo-12B scores 58.4, Gemma 62."
    assert spoken_numbers("twelve point two billion parameters, six cents per million") == "12.2 billion parameters, $0.06 per million"
    assert spoken_numbers("We put it out on the twenty-fourth of February.") == "We put it out on 24 February."
    assert spoken_numbers("one of the two models has four hundred and eighty billion") == \
        "one of the two models has four hundred and eighty billion"


def test_a_yearless_date_weeks_after_publication_is_in_its_year_months_after_is_the_year_before():
    from claimgraph.extractors.numbers import find_yearless_dates
    assert [d[0] for d in find_yearless_dates("its weights follow on 9 February", "2026-01-26")] == ["2026-02-09"]
    assert [d[0] for d in find_yearless_dates("released on December 20", "2026-01-05")] == ["2025-12-20"]


def test_no_tools_and_without_tools_stay_as_written():
    from claimgraph.extractors.numbers import find_settings
    assert [s[0] for s in find_settings("AIME 2025 (no tools) and HLE without tools, Video-MME no subs")] == [
        "no tools", "without tools", "without subtitles"]


def test_a_month_alone_after_a_release_verb_takes_the_publication_year():
    from claimgraph.extractors.numbers import find_yearless_dates
    assert [d[0] for d in find_yearless_dates("Isar-2-7B was released in January.", "2026-09-24")] == ["2026-01"]
    assert find_yearless_dates("Isar Voice will be released in April; the model it put out in January.", "2026-09-24") == []
