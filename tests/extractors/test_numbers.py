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


@given(st.integers(1, 999), st.sampled_from(["B", "M", "T"]))
def test_size_roundtrip(n, unit):
    scale = {"B": 1e9, "M": 1e6, "T": 1e12}[unit]
    assert parse_size(f"{n}{unit}") == n * scale


@given(st.dates())
def test_iso_dates_roundtrip(d):
    if 1900 < d.year < 2100:
        assert parse_date(d.isoformat())[0] == d.isoformat()
        assert parse_date(d.strftime("%B ") + f"{d.day}, {d.year}")[0] == d.isoformat()
