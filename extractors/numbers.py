"""Readers for the numbers articles state: parameter counts, scores, dates, prices and settings."""
from __future__ import annotations

import re
from functools import lru_cache

SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6, "b": 1e9, "billion": 1e9, "bn": 1e9, "t": 1e12,
         "trillion": 1e12, "tn": 1e12}  # 'bn', 'mn', 'tn': the press's billion, million, trillion
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

# "9B", "0.8B", "8x7B", "9 billion", "1.5T"; the unit letter is upper case (a lower-case "b" is bits).
SIZE_RE = re.compile(r"(?<![\w.])(?:(\d+)\s*[x×]\s*)?(\d+(?:\.\d+)?)\s?(B|M|T|K|b(?=[\s-]*param)|bn|tn|billion|million|trillion)(?![\w])")
ACTIVE_NAME_RE = re.compile(r"^A(\d+(?:\.\d+)?)B$")
NUMBER_RE = re.compile(r"(?<![\w.$,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\w]|\.\d)")
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
# A day of a month written with it: '5 March', 'March 5', 'on 18 March' (not a score)
_MONTH_CAPS = "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))
DAY_OF_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?(?:{_MONTH_CAPS})\b")
DAY_OF_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_CAPS})\.?\s+$")
DATE_RES = (
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b|(?<![\d.])(\d{4})[./](\d{1,2})[./](\d{1,2})(?![\d.]*\d)"),  # '2026.01.20', '2026/1/20'
    re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I),
    re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_ALT})\.?,?\s+(\d{{4}})\b", re.I),
    re.compile(rf"\b({_MONTH_ALT})\.?,?\s+(\d{{4}})\b", re.I),
    re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})\b"),  # 10.09.2025: day, month, year (as Europe writes it)
)
YEAR_RE = re.compile(r"(?:19|20)\d\d")
LANGUAGES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese", "it": "Italian",
             "nl": "Dutch", "sv": "Swedish", "pl": "Polish", "ca": "Catalan", "ja": "Japanese", "zh": "Chinese",
             "ko": "Korean", "ar": "Arabic", "hi": "Hindi", "ru": "Russian", "tr": "Turkish"}
SETTING_RES = (
    re.compile(r"\b(?:pass|maj|cons|avg|best-of|mean)\s?[@^]\s?\d+\b", re.I),
    re.compile(r"\b(?:with|without|w/o|w/|no)\s+(?:subtitles|subs|tools?|reasoning|CoT|search|code execution|python)\b|"
               r"\b(?:with\s+)?thinking\s+(?:off|on|disabled|enabled)\b|\b(?:with|without|no)\s+thinking\b", re.I),
    re.compile(r"\b(?:\d+[-–])?\d+[- ]?shot(?:(?:[- ]|,\s*|\s*\+\s*|\s+with\s+)(?:CoT|chain[- ]of[- ]thought))?\b", re.I),
    re.compile(r"\b(?:zero|one|few)[- ]shot(?:(?:[- ]|,\s*|\s+with\s+)(?:CoT|chain[- ]of[- ]thought))?\b", re.I),
    re.compile(r"\b(?:thinking|non-thinking|reasoning) mode\b", re.I),
    # the language of a multilingual benchmark, in brackets: "Global-MMLU (pt)", "MGSM (French)"
    re.compile(r"\((?:" + "|".join(sorted(LANGUAGES) + sorted(set(LANGUAGES.values()))) + r")\)"),
    # the language section of a multilingual benchmark in words: "the German section of Global-MMLU"
    re.compile(r"\b(?:" + "|".join(sorted(set(LANGUAGES.values()))) + r")(?=\s+(?:section|part|split|subset|portion)\s+of\b)"),
    # a translation direction: "IN22-Gen en→xx", "FLORES-200 (xx->en)"
    re.compile(r"(?<![\w-])(?:[a-z]{2}|xx)\s?(?:→|->)\s?(?:[a-z]{2}|xx)(?![\w-])"),
    # the split a score was measured on, in brackets: "MMMU (val)", "MathVista (testmini)", "VQAv2 (test-dev)"
    re.compile(r"\((?:val|validation|dev|test|testmini|test-dev|test-std|minival)\)", re.I),
    # a dated problem window: "LiveCodeBench 2305-2409" (YYMM-YYMM)
    re.compile(r"(?<![\d.])2[2-9](?:0[1-9]|1[0-2])[-–]2[2-9](?:0[1-9]|1[0-2])(?![\d.])"),
    # IFEval's four accuracies: "strict prompt-level", "prompt-level strict", "loose instruction-level"
    re.compile(r"\b(?:(?:strict|loose)[- ](?:prompt|instruction|inst)[- ]level|(?:prompt|instruction|inst)[- ]level[- ](?:strict|loose))\b",
               re.I),
    # "the mean over 16 samples", "averaged across 8 runs": avg@N
    re.compile(r"\b(?:mean|average|averaged)\s+(?:over|of|across)\s+\d+\s+(?:samples|runs|seeds|generations|attempts|trials)\b",
               re.I),
    # "at high reasoning effort", 'reasoning effort "medium"': the effort a reasoning model was run at
    re.compile(r"\b(?:(?:high|medium|low|minimal)\s+reasoning\s+effort|reasoning\s+effort\s+[\"'“]?(?:high|medium|low|minimal)\b[\"'”]?)",
               re.I),
)
# Substrings (lower-case) that each pattern of SETTING_RES needs, to skip it cheaply.
SETTING_NEEDLES = (("@", "^"), ("with", "w/", "no", "think"), ("shot",), ("shot",), ("mode",), ("(",), ("section", "part", "split", "subset", "portion"),
                   ("→", "->"), ("val", "dev", "test"), ("-2", "–2"),
                   ("level",), ("mean", "averag"), ("effort",))
VAGUE_BEFORE = re.compile(
    r"(?:\b(?:above|over|around|about|approximately|roughly|nearly|almost|under|below|beyond|up to|at least|at most|"
    r"more than|less than|fewer than|close to|some|by|from|to|exceeding|exceeds|exceeded|reaching over|top)\s+|[~≈<>+±]\s*"
    r"|(?<![\w.])[-−]"  # a signed difference: '(−2.1)', '(-0.4)'; no score is negative
    r"|\b(?:gaps?|margins?|differences?|deficits?|leads?|deltas?)\s+(?:is|are|was|were|of)\s+(?:about\s+|roughly\s+|just\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:points?\s*)?(?:,\s*|,?\s+and\s+))*)$", re.I)
VAGUE_AFTER = re.compile(
    r"^(?:\s*%?\s*(?:\+|to\s+\d|x\b|×|times\b|-?fold\b|percentage points?\b|pp\b|point (?:lead|gap|advantage|margin)\b|-point\b|"
    r"points? (?:ahead|behind|higher|lower|better|worse|more|less|lead|gap|advantage|margin)\b|"
    r"(?:advantage|better|worse|more|less|fewer|faster|slower|cheaper|improvement|gain|increase|decrease|drop|"
    r"lower|higher|larger|smaller|reduction|of the|of all|of enterprises|of users|of developers)\b)|"
    r"\s*(?:GB|MB|TB|K\b|k\b|M\b|B\b|T\b|ms\b|s\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b|languages\b|tokens\b|"
    r"models\b|parameters\b|params\b|GPUs?\b|layers\b|experts\b|steps\b|questions\b|tasks\b|problems\b|countries\b|"
    r"benchmarks\b|sizes\b|W\b|watts\b|°|/month\b|/mo\b|-bit\b|bit\b|fps\b|Hz\b|px\b|p\b|GHz\b|nm\b|posts\b|"
    r"million\b|billion\b|trillion\b|thousand\b|seconds?\b|minutes?\b|RAM\b|subjects\b|samples\b|runs\b|seeds\b|"
    r"domains\b|categories\b|datasets\b|turns\b|people\b|employees\b|engineers\b|researchers\b|times\b|"
    r"problems?\s+per\b|attempts\b|generations\b|trials\b|points\s+(?:ahead|behind|clear|higher|lower)\b))", re.I)


def parse_number(text: str) -> float | None:
    """A plain number ('1,650', '81.7'), or None."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def parse_size(text: str) -> float | None:
    """A parameter count from '9B', '0.8B', '671B', '8x7B', '9 billion'; None when it is not one."""
    m = SIZE_RE.fullmatch(text.strip()) or SIZE_RE.search(text)
    if not m:
        return None
    experts, number, unit = m.groups()
    value = float(number) * SCALE[unit.lower()]
    return value * int(experts) if experts else value


def parse_active(token: str) -> float | None:
    """Active parameters from a name part like 'A3B' (Qwen3-30B-A3B)."""
    m = ACTIVE_NAME_RE.match(token)
    return float(m.group(1)) * 1e9 if m else None


def parse_date(text: str) -> tuple[str, int, int] | None:
    """The first date in `text` as (ISO date, start, end); a month alone gives 'YYYY-MM'."""
    if not YEAR_RE.search(text):
        return None
    best = None
    for i, rx in enumerate(DATE_RES):
        m = rx.search(text)
        if m and (best is None or m.start() < best[1] or (m.start() == best[1] and m.end() > best[2])):
            groups = m.groups()
            if i == 0:
                groups = groups[:3] if groups[0] else groups[3:]
            best = (_iso(i, groups), m.start(), m.end())
    if best is None or best[0] is None:
        return None
    return best


YEARLESS_RES = (re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d)", re.I),
                re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_ALT})\b(?!\.?,?\s*\d)", re.I))


def find_yearless_dates(text: str, published: str) -> list[tuple[str, int, int]]:
    """Dates written without a year ('on October 14', 'on 21 October'), in the year of `published` (an
    ISO date), or the year before when that would put them more than a month after it (a date a few
    weeks ahead is one announced: 'its weights follow on 9 February' in a January post)."""
    out = []
    for k, rx in enumerate(YEARLESS_RES):
        for m in rx.finditer(text):
            month_word, day = (m.group(1), m.group(2)) if k == 0 else (m.group(2), m.group(1))
            month, day = MONTHS.get(month_word.lower().rstrip(".")), int(day)
            if not month or not 1 <= day <= 31 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
                continue
            year = int(published[:4])
            iso = f"{year}-{month:02d}-{day:02d}"
            if iso > published and (month - int(published[5:7])) * 31 + day - int(published[8:10]) > 31:
                iso = f"{year - 1}-{month:02d}-{day:02d}"
            out.append((iso, m.start(), m.end()))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        for m in MONTH_ALONE_RE.finditer(text) if "in " in text else ():  # 'was released in January': that month
            if any(a <= m.start(1) < b for _, a, b in out):
                continue
            month, year = MONTHS[m.group(1).lower()], int(published[:4])
            out.append((f"{year - 1 if month > int(published[5:7]) + 1 else year}-{month:02d}", m.start(1), m.end(1)))
    return sorted(out, key=lambda d: d[1])


# 'was released in January', 'came out in March': a release verb, then a month alone (not 'will be released in April')
MONTH_ALONE_RE = re.compile(rf"(?<!will be )\b(?:released|launched|came\s+out|published|shipped|unveiled|introduced|open-sourced|debuted|arrived)"
                            rf"\s+(?:in|during)\s+(?:early\s+|mid-?\s*|late\s+)?({'|'.join(m.capitalize() for m in MONTHS if len(m) > 3 or m == 'may')})"
                            rf"\b(?!\s*\d|,?\s+\d)")


def find_dates(text: str) -> list[tuple[str, int, int]]:
    """Every date in `text`, left to right, as (ISO date, start, end)."""
    out = []
    date = parse_date(text)
    while date:
        out.append(date)
        nxt = parse_date(text[date[2]:])
        date = (nxt[0], nxt[1] + date[2], nxt[2] + date[2]) if nxt else None
    return out


def _iso(form: int, g: tuple) -> str | None:
    if form == 0:
        y, mo, d = int(g[0]), int(g[1]), int(g[2])
    elif form == 1:
        y, mo, d = int(g[2]), MONTHS[g[0].lower()], int(g[1])
    elif form == 2:
        y, mo, d = int(g[2]), MONTHS[g[1].lower()], int(g[0])
    elif form == 4:
        y, mo, d = int(g[2]), int(g[1]), int(g[0])
    else:
        y, mo = int(g[1]), MONTHS[g[0].lower()]
        return f"{y:04d}-{mo:02d}" if 1900 < y < 2100 else None
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 < y < 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


LANGUAGE_NAMES = frozenset(LANGUAGES.values())
SETTING_HINT = re.compile(r"@|\^|effort|shot|with|w/|\bno\s|mode|\((?:val|dev|test|minival|[a-z]{2}\)|[A-Z][a-z]+\))|\d{4}[-–]\d{4}|level|mean|averag|(?:section|part|split|subset|portion)\s+of\b|→|->|thinking\s+(?:off|on|disabled|enabled)\b", re.I)


def find_settings(text: str) -> list[tuple[str, int, int]]:
    """Evaluation settings in a text ('pass@2', 'with subtitles', '5-shot'), normalised, with offsets."""
    out = []
    if not SETTING_HINT.search(text):
        return out  # every setting pattern contains one of these
    low = text.lower() if text.isascii() else None  # (non-ASCII: case folding may differ, try them all)
    for rx, needles in zip(SETTING_RES, SETTING_NEEDLES):
        if low is not None and not any(n in low for n in needles):
            continue  # the pattern cannot match without one of these
        for m in rx.finditer(text):
            out.append((normalise_setting(m.group(0)), m.start(), m.end()))
    return _merge_adjacent(text, sorted(out, key=lambda s: s[1]))


# Words that qualify a setting written next to it ("0-shot; CoT", "25-shot, acc_norm"). The metric a
# benchmark is read by ("5-shot, top-1", "3-shot, F1", "EM") is its usual one, not a setting: skipped.
METRIC_AFTER = re.compile(r"(?:\s*[,;+]\s*|-)(acc_norm|CoT|top-\d+|acc|EM|exact match|F1)\b(?!\s*\w)", re.I)
METRIC_SPELLING = {"cot": "CoT"}
PLAIN_METRICS = {"top", "acc", "em", "exact match", "f1"}


def _merge_adjacent(text: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """One setting for one phrase: '0-Shot; CoT' -> '0-shot CoT', '5-shot, top-1' -> '5-shot', a shot count
    and a sampling metric in one bracket: '(0-shot, pass@1)' -> '0-shot pass@1'."""
    merged = []
    for name, start, end in found:
        if merged and merged[-1][0].endswith("-shot") and "@" in name and re.fullmatch(r"\s*[,;]?\s*", text[merged[-1][2]:start]):
            merged[-1] = (f"{merged[-1][0]} {name}", merged[-1][1], end)
            continue
        m = METRIC_AFTER.match(text, end)
        if m:
            word = m.group(1).lower()
            if word.split("-")[0] not in PLAIN_METRICS:
                name = f"{name} {METRIC_SPELLING.get(word, word)}"
            end = m.end()
        merged.append((name, start, end))
    return merged


@lru_cache(maxsize=4096)  # a pure function of a short string, asked for every setting of every sentence
def normalise_setting(text: str) -> str:
    """One spelling per setting: 'Pass @ 2' -> 'pass@2', '5 shot' -> '5-shot', 'zero-shot' -> '0-shot'."""
    s = re.sub(r"\s+", " ", text.strip()).lower()
    s = re.sub(r"\s*@\s*", "@", s)
    s = re.sub(r"^zero[- ]shot", "0-shot", s)
    s = re.sub(r"^one[- ]shot", "1-shot", s)
    s = re.sub(r"^(\d+)[-–](\d+)[- ]?shot", r"\1-\2 shot", s)  # a range: '3-5 shot'
    s = re.sub(r"^(\d+)[- ]?shot", r"\1-shot", s)
    s = re.sub(r"chain[- ]of[- ]thought", "cot", s)
    s = re.sub(r"(-shot)(?:,\s*|\s*\+\s*|-| with )cot", r"\1 cot", s)
    s = re.sub(r"^\((.*)\)$", r"\1", s)  # '(val)'
    s = LANGUAGES.get(s, s.capitalize() if s.capitalize() in LANGUAGE_NAMES else s)  # '(pt)' -> 'Portuguese'
    s = re.sub(r"^(?:mean|average|averaged) (?:over|of|across) (\d+) \w+$", r"avg@\1", s)
    s = s.replace("-shot cot", "-shot CoT").replace(" cot", " CoT")
    s = re.sub(r"^((?:non-)?(?:thinking|reasoning)) mode$", r"\1", s)  # 'thinking mode' is the thinking setting
    s = re.sub(r"^reasoning effort\W*(\w+)\W*$", r"\1 reasoning effort", s)
    s = re.sub(r"^([a-z]{2})\s?(?:→|->)\s?([a-z]{2})$", r"\1→\2", s)  # 'en -> xx' as 'en→xx'
    s = re.sub(r"^w/o\s*", "without ", s)
    s = re.sub(r"^w/\s*", "with ", s)
    # 'with thinking' is the thinking setting, 'no thinking' / 'thinking off' the non-thinking one
    s = re.sub(r"^(?:without|no) thinking$|^(?:with )?thinking (?:off|disabled)$", "non-thinking", s)
    s = re.sub(r"^with thinking$|^(?:with )?thinking (?:on|enabled)$", "thinking", s)
    # 'no tools' and 'without tools' as written (both are common); 'no subtitles' as 'without subtitles'
    return re.sub(r"^no (subtitles|subs|reasoning|cot|search)", r"without \1", s).replace(" subs", " subtitles")


def is_vague(before: str, after: str) -> bool:
    """True when the words around a number make it vague or not a score ('above 81', '13x', '10+ points')."""
    return bool(VAGUE_BEFORE.search(before[-40:]) or VAGUE_AFTER.match(after[:30]))


def is_year(value: float, raw: str) -> bool:
    return "." not in raw and 1900 <= value <= 2100


# Numbers said rather than written, as transcripts have them: 'fifty-eight point four', 'sixty-two',
# 'twelve point two billion', 'six cents', 'the twenty-fourth of February'.
_UNIT_WORDS = "zero one two three four five six seven eight nine".split()
_TEEN_WORDS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TEN_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SPOKEN_VALUE = {w: k for k, w in enumerate(_UNIT_WORDS)} | {w: k + 10 for k, w in enumerate(_TEEN_WORDS)} | \
    {w: 10 * (k + 2) for k, w in enumerate(_TEN_WORDS)}
_TENS_ALT = "|".join(_TEN_WORDS)
_SMALL_ALT = "|".join(_UNIT_WORDS[1:] + _TEEN_WORDS)
_WHOLE = rf"(?:(?:{_TENS_ALT})(?:[- ](?:{'|'.join(_UNIT_WORDS[1:])}))?|{_SMALL_ALT}|zero)"
SPOKEN_RE = re.compile(rf"\b(?P<whole>{_WHOLE})(?P<decimal>(?:\s+point(?:\s+(?:{'|'.join(_UNIT_WORDS)}))+)?)"
                       rf"(?P<cents>\s+cents\b)?(?![\w-])", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
ORDINAL_DATE_RE = re.compile(rf"\b(?:the\s+)?(?:(?P<tens>twenty|thirty)[- ])?(?P<ord>{'|'.join(_ORDINALS)})\s+of\s+(?P<month>{_MONTH_ALT})\b", re.I)
SPOKEN_HINT = re.compile(rf"(?i:\b(?:{_TENS_ALT}|twentieth|thirtieth|point|cents)\b)|\b(?i:{'|'.join(_ORDINALS)})\s+of\s+[A-Z]")


def spoken_numbers(text: str) -> str:
    """The text with said numbers written as digits: decimals ('sixty-six point zero' -> '66.0'), whole
    tens ('sixty-two' -> '62'), counts before a scale ('twelve point two billion' -> '12.2 billion'), cents
    ('six cents' -> '$0.06') and ordinal dates ('the twentieth of January' -> '20 January'). A lone small
    number ('one of them', 'two models') stays a word."""
    low = text.lower()
    if not ("ty" in low or "point" in low or "cents" in low or "th of" in low) or not SPOKEN_HINT.search(text):
        return text  # (substring tests first: most sentences say no number)

    def number(m: re.Match) -> str:
        words = re.split(r"[\s-]+", m.group("whole").lower())
        whole = sum(_SPOKEN_VALUE[w] for w in words)
        decimal = "".join(str(_SPOKEN_VALUE[w]) for w in m.group("decimal").lower().split()[1:]) if m.group("decimal") else ""
        if re.search(r"hundred\s+(?:and\s+)?$", text[max(0, m.start() - 14):m.start()], re.I) or \
                re.match(r"\s+(?:hundred|thousand)\b", text[m.end():], re.I):
            return m.group(0)  # 'four hundred and eighty billion': a count read whole elsewhere
        if m.group("cents"):
            return f"${whole / 100:.2f}"
        if not decimal and words[0] not in _TEN_WORDS and not re.match(r"\s+(?:billion|million|trillion)\b", text[m.end():]):
            return m.group(0)  # 'one of them', 'two models'
        return f"{whole}.{decimal}" if decimal else str(whole)

    def ordinal(m: re.Match) -> str:
        day = _ORDINALS[m.group("ord").lower()] + ({"twenty": 20, "thirty": 30}[m.group("tens").lower()] if m.group("tens") else 0)
        return f"{day} {m.group('month')}"

    text = DIGIT_CENTS_RE.sub(lambda m: f"${float(m.group(1)) / 100:g}", text) if "cents" in low else text  # '4 cents' -> '$0.04'
    return SPOKEN_RE.sub(number, ORDINAL_DATE_RE.sub(ordinal, text))


DIGIT_CENTS_RE = re.compile(r"(?<![\w.$])(\d{1,3}(?:\.\d+)?)\s+cents\b", re.I)
