"""Entity recognition: models, series, labs, regions, benchmarks and licences in a piece of text.

Names are found by looking up runs of sub-tokens (split at spaces, '-', '_') in the gazetteer
under the scorer's normalisation, longest run first, so `Qwen3.5-9B` and `Qwen 3.5 9B` are one
model. A known series or model is extended by the size and variant parts that follow it
("Qwen 3.5" + "9B" + "Instruct"). Names the gazetteer does not know are found by shape: a
capitalised head followed by a version number and/or size/variant parts ("Foo-3 70B").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .gazetteer import Entry, Gazetteer, norm_key
from .numbers import LANGUAGE_NAMES, parse_active, parse_size

# Sub-tokens and what joins them into one name.
TOKEN_RE = re.compile(r"[^\W_]+(?:[.+][^\W_]+)*\+*")
JOIN_RE = re.compile(r"^(?: ?[-_] ?| )$")
YEAR_JOIN_RE = re.compile(r"^ ?['’]$")  # an apostrophe before a two-digit year joins it to the name
SIZE_TOKEN = re.compile(r"^(?:\d+[x×])?\d+(?:\.\d+)?[BMT]$", re.I)
ACTIVE_TOKEN = re.compile(r"^A\d+(?:\.\d+)?B$")
VERSION_TOKEN = re.compile(r"^(?:[VRKMv]?\d+(?:\.\d+)*[A-Za-z]?|[A-Z]\d+(?:\.\d+)?)$")
HEAD_TOKEN = re.compile(r"^(?:[A-Z][^\W\d_]*[^\W\dA-Z_][^\W\d_]*\d*(?:\.\d+)?|[A-Z]{2,}[a-z]?\d*(?:\.\d+)?)$")  # 'Orée
MAX_NGRAM = 7
CORPORATE_FORMS = frozenset("Inc Ltd LLC GmbH".split())  # abbreviated legal forms, not part of the name
ORG_SUFFIXES = frozenset("Labs Lab AI Research Systems Technologies Technology Tech Intelligence Computing Robotics Works Group "
                         "Institute Foundation Studio Studios Inc Corp Corporation Dynamics Networks Analytics KI IA Compute".split())
# Capitalised English words that start sentences or phrases, never a model's head.
COMMON_HEADS = frozenset("""
About Above After Again Against All Also Among An And Any Around As At Be Because Before Below Best Between
Both But By Can Chapter Compared Day Do Each Even Every Fig Figure For From Get Has Have Here How If In Into
Is It Its Just Last Less Like Many More Most Much My New Next No Not Now Of On Once One Only Or Other Our
Out Over Part Per Phase Plus Round Score Scores Section See Since So Some Step Table Than That The Their
Then There These They This Those Through To Top Under Until Up Using Version Versus Vs Was We Were What
When Where Which While Who Why Will With Within Without Year Years You Your Zero Chart Rank Ranked Tier
Today Yesterday Tomorrow Meanwhile Earlier Later Recently Finally However Instead Yet Still Last Meet Introducing
Added Adds Removed Deprecated Updated Launched Launching Announcing Released Releasing Welcome Beats Supports
Access Download Downloads Use Using Try Run Running Deploy Deploying Install Installing Fine Evaluating Evaluate Quantised
Quantized Serve Serving Load Loading Train Training Compare Comparing Why Citing Cite API APIs
Introduction Overview Summary Abstract Conclusion Conclusions Background Results Evaluation Evaluations Methods Discussion
Appendix Highlights Availability Limitations Acknowledgements
""".split())
# Tier words that make a name of one invented word ('Halfmoon Flash'), and heads that make products, not models
DIGITLESS_TIERS = frozenset("Flash Pro Mini Lite Turbo Nano Instruct Coder Reasoner".split())
COMMON_TIER_HEADS = frozenset("Adobe Surface Office Final Premiere Logic Google Apple Microsoft Amazon Windows Pixel Galaxy Xbox "
                              "Cloud Team Business Enterprise Plus Super Extra Ultra Power Studio Creative Photo Video Data".split())
MOVABLE_VARIANTS = frozenset("instruct chat base it pt in inst".split())  # tuning words a name puts after its size
METRIC_TOKENS = frozenset("F1 EM".split())  # 'TernQA F1' is a benchmark's metric, not version F1 of a model
EDITION = "="  # marks a named edition among a name's parts until they are ordered
NOT_EDITIONS = frozenset("Based Powered Like Style Class Sized Compatible Only Friendly Ready Level Tuned".split())
# Words after a series name that make the phrase a Series entity ("Qwen 3.5 Small Model Series").
SERIES_TAIL = ("series", "family", "models", "lineup")


@dataclass(frozen=True)
class Mention:
    """One name found in a text, with offsets into that text."""

    type: str  # Model, Series, Lab, Region, Benchmark, License
    label: str  # canonical label (or the name as written, spacing normalised, when unknown)
    start: int
    end: int
    text: str
    known: bool = True
    params: float | None = None  # size stated in the name ("9B")
    active: float | None = None  # active size stated in the name ("A3B")
    family: str | None = None

    @property
    def key(self) -> str:
        return norm_key(self.label)


class Token(NamedTuple):
    """One sub-token with offsets (a tuple: tokenising is the hottest loop of extraction)."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Sub-tokens of a text, with offsets."""
    new = tuple.__new__  # skips NamedTuple's argument-checking wrapper (tokenising is the hottest loop)
    return [new(Token, (m[0], m.start(), m.end())) for m in TOKEN_RE.finditer(text)]


# What makes a known benchmark's name part of another one's: '-Plus', ' Lite', ' Lvl 5' (not a version: 'v6')
BENCHMARK_SUFFIX_RE = re.compile(r"-(?:Plus|Lite|Hard|Mul|Multi|Redux|Extended|Mini|Verified|Live|X|Pro)\b|"
                                 r" (?:Lite|Plus|Hard|Redux|Extended|Mini|Verified|Lvl \d+|Level \d+)\b(?!-)")
OTHER_LANGUAGES = frozenset("Japanese Korean Chinese Vietnamese Indonesian Thai Hindi Greek Czech Hungarian Finnish Danish "
                            "Norwegian Romanian Ukrainian Hebrew Persian Bengali Tamil Telugu Malay Filipino Swahili".split())
NAMED_LICENSE_TAIL = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,3}(?:License|Licence)(?:\s+Agreement)?\b")
GLUE_RE = re.compile(r"(?<=[a-zA-Z])(?=[A-Z][a-z])")


class Recognizer:
    """Finds mentions of gazetteer entries and model-shaped names in text."""

    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self.variant_words = {w.casefold() for w in gazetteer.words("model_words")}
        self.not_models = {norm_key(w) for w in gazetteer.words("not_models")}
        self.not_heads = set(gazetteer.words("not_model_heads")) | COMMON_HEADS
        self.exact_case = self._exact_case_forms()
        self.prefixes = {key[:k] for key in gazetteer.by_key for k in range(1, len(key) + 1)}

    def _exact_case_forms(self) -> dict[str, set[str]]:
        """Single-word aliases that are ordinary words ('Mistral', 'Sonnet') match only as written."""
        out: dict[str, set[str]] = {}
        for entry in self.gaz.entries.values():
            for alias in self.gaz.aliases_of(entry):
                if re.fullmatch(r"[A-Za-z]+", alias) and entry.type != "Domain":
                    out.setdefault(norm_key(alias), set()).add(alias)
        return out

    def find(self, text: str) -> list[Mention]:
        """All mentions in `text`, left to right, non-overlapping."""
        toks = self._unglue(tokenize(text), text)
        # A token holds no separator, so its lookup key is just its case-folded text: computed
        # once here, not once per n-gram that a candidate run tries.
        keys = [t.text.casefold() if t.text.isascii() else norm_key(t.text) for t in toks]
        out: list[Mention] = []
        i = 0
        prefixes = self.prefixes
        while i < len(toks):
            # Fast path: a token that starts no gazetteer key and is not capitalised starts no name
            # (org and shape names need a capitalised head).
            if not toks[i].text[0].isupper() and keys[i] not in prefixes:
                i += 1
                continue
            found = self._match_known(text, toks, i, keys) or self._match_org(text, toks, i) or \
                self._match_shape(text, toks, i, keys)
            if found is None:
                i += 1
                continue
            mention, j = found
            if mention.type in ("Model", "Series") and (lic := NAMED_LICENSE_TAIL.match(text, mention.end)):
                # 'the Ostara 3 Community License Agreement': a licence named after the model, not the model
                end = lic.end()
                mention = Mention("License", re.sub(r"\s+", " ", text[mention.start:end]), mention.start, end,
                                  text[mention.start:end], False)
                while j < len(toks) and toks[j].start < end:
                    j += 1
            if mention.type == "Benchmark":
                mention = self._benchmark_variant(text, toks, i, mention, out[-1].end if out else 0)
            elif mention.type == "License" and i and text[toks[i - 1].start:toks[i].start] in ("Modified ", "modified "):
                start = toks[i - 1].start  # "Modified MIT" is not MIT
                mention = Mention("License", "Modified " + mention.text, start, mention.end, text[start:mention.end], False)
            out.append(mention)
            i = j
            while i < len(toks) and toks[i].start < mention.end:
                i += 1
        return out

    def _benchmark_variant(self, text: str, toks: list[Token], i: int, m: Mention, free_from: int) -> Mention:
        """A known benchmark's name inside a longer one the gazetteer lacks is that other benchmark:
        'Global-MMLU Lite' is not MMLU, 'C-SimpleQA' not SimpleQA, 'BrowseComp-Plus' not BrowseComp, 'MATH Lvl 5' not MATH."""
        start, end = m.start, m.end
        prev = toks[i - 1] if i else None
        if prev is not None and prev.start >= free_from and text[prev.end:toks[i].start] == "-" and \
                re.fullmatch(r"[A-Z][a-z]{2,}|[A-Z]{1,2}", prev.text) and prev.text not in self.not_heads:  # 'C-SimpleQA' too
            start = prev.start
        elif prev is not None and prev.start >= free_from and text[prev.end:toks[i].start] == " " and \
                prev.text != "English" and (prev.text in LANGUAGE_NAMES or prev.text in OTHER_LANGUAGES):
            start = prev.start  # 'Japanese MT-Bench': the benchmark's version in that language
        after = BENCHMARK_SUFFIX_RE.match(text, end)
        if after:
            end = after.end()
        if (start, end) == (m.start, m.end) or self._lookup(text[start:end]):
            return m
        written = text[start:end]
        return Mention("Benchmark", re.sub(r"\s+", " ", written), start, end, written, False)

    def _unglue(self, toks: list[Token], text: str = "") -> list[Token]:
        """Split words glued by lost markup ('RoPEMistral') where the right part is a known name."""
        if text and not GLUE_RE.search(text):
            return toks
        out = []
        for t in toks:
            if t.text[1:].islower() or t.text.isdigit() or self._lookup(t.text):  # 'MathVision' is one name
                out.append(t)
                continue
            cut = next((m.start() for m in GLUE_RE.finditer(t.text)
                        if self._lookup(re.match(r"[A-Za-z]+", t.text[m.start():]).group(0))
                        and not re.fullmatch(r"[A-Z][a-z]{1,3}|[A-Z]", t.text[:m.start()])), None)
            # ('BioMistral', 'MedLlama' are names; a letter before a benchmark makes its local version: 'JHumanEval')
            if cut:
                out += [Token(t.text[:cut], t.start, t.start + cut), Token(t.text[cut:], t.start + cut, t.end)]
            else:
                out.append(t)
        return out

    def _joined(self, text: str, toks: list[Token], i: int, n: int) -> bool:
        return all(JOIN_RE.match(text[toks[k].end:toks[k + 1].start]) for k in range(i, i + n - 1))

    def _candidate_lengths(self, text: str, toks: list[Token], i: int, keys: list[str] | None = None) -> list[int]:
        """Run lengths n whose joined key is a gazetteer key, longest first (pruned by key prefixes)."""
        key, out = "", []
        prefixes, by_key = self.prefixes, self.gaz.by_key
        for n in range(1, min(MAX_NGRAM, len(toks) - i) + 1):
            gap = text[toks[i + n - 2].end:toks[i + n - 1].start] if n > 1 else ""
            possessive = gap in ("'", "’") and toks[i + n - 1].text == "s"  # "Humanity's Last Exam"
            if n > 1 and not JOIN_RE.match(gap) and not possessive and not (
                    YEAR_JOIN_RE.match(gap) and len(toks[i + n - 1].text) == 2 and toks[i + n - 1].text.isdigit()):  # "AIME'24"
                break
            key += ("'" if possessive else "") + (keys[i + n - 1] if keys is not None else norm_key(toks[i + n - 1].text))
            if key not in prefixes:
                break
            if key in by_key:
                out.append(n)
        return out[::-1]

    def _match_known(self, text: str, toks: list[Token], i: int, keys: list[str] | None = None):
        if keys is not None and keys[i] not in self.prefixes:
            return None  # most capitalised words start no gazetteer key
        for n in self._candidate_lengths(text, toks, i, keys):
            surface = text[toks[i].start:toks[i + n - 1].end]
            entry = self._lookup(surface)
            if entry is None or entry.type == "Domain":
                continue
            if norm_key(surface) in self.not_models:
                return None
            return self._build_known(text, toks, i, i + n, entry)
        return None

    def _lookup(self, surface: str) -> Entry | None:
        key = norm_key(surface.replace("’", "'"))
        forms = self.exact_case.get(key)
        if forms and re.fullmatch(r"[A-Za-z]+", surface) and surface not in forms:
            return None
        entries = self.gaz.by_key.get(key)
        if not entries:
            return None
        order = ("Model", "Benchmark", "Lab", "Series", "License", "Region")
        return min(entries, key=lambda e: order.index(e.type) if e.type in order else 99)

    def _build_known(self, text: str, toks: list[Token], i: int, j: int, entry: Entry):
        if entry.type in ("Model", "Series") or (entry.type == "Lab" and self.gaz.lookup(entry.label, ("Series",))
                                                 or entry.type == "Lab" and self._series_for(text[toks[i].start:toks[j - 1].end])):
            series = entry if entry.type != "Lab" else self._series_for(text[toks[i].start:toks[j - 1].end])
            ext_end, parts = self._extension(text, toks, j, series)
            if not parts and entry.type == "Model" and ext_end < len(toks) and text[toks[ext_end - 1].end:toks[ext_end].start] == "-" \
                    and re.fullmatch(r"(?:0[1-9]|1[0-2])[0-3]\d", toks[ext_end].text) and not (
                    ext_end + 1 < len(toks) and text[toks[ext_end].end:toks[ext_end + 1].start] == "-"
                    and re.fullmatch(r"\d{2}", toks[ext_end + 1].text)):
                parts, ext_end = [toks[ext_end].text], ext_end + 1  # a dated release of its own: 'DeepSeek-V3-0324'
            elif not parts and entry.type == "Model":
                ext_end = _skip_snapshot(text, toks, ext_end)
            if parts or entry.type != "Lab":
                return self._model_mention(text, toks, i, ext_end, series, parts), ext_end
        start, end = toks[i].start, toks[j - 1].end
        return Mention(entry.type, entry.label, start, end, text[start:end], True), j

    def _series_for(self, surface: str) -> Entry | None:
        return self.gaz.lookup(surface, ("Series",))

    def _extension(self, text: str, toks: list[Token], j: int, base: Entry | None) -> tuple[int, list[str]]:
        """Size, active-size, version and variant parts that follow a name."""
        parts: list[str] = []
        allow_version = base is None or not re.search(r"\d", base.label) or base.type == "Series" and base.label[-1].isalpha() \
            and " " in base.label  # 'K2 Think 2': a series whose name ends in a word takes a version
        k = j
        while k < len(toks) and JOIN_RE.match(text[toks[k - 1].end:toks[k].start]):
            t = toks[k].text
            if SIZE_TOKEN.match(t) and not t.lower().endswith("m") or ACTIVE_TOKEN.match(t):
                parts.append(t[:-1] + t[-1].upper())
            elif t in INSTRUCT_ABBREVIATIONS and text[toks[k - 1].end:toks[k].start] == "-":
                parts.append("Instruct")  # report tables abbreviate: "72B-Inst."
            elif t.casefold() in self.variant_words and (t[0].isupper() or text[toks[k - 1].end:toks[k].start] != " "):
                parts.append(t)
            elif allow_version and not parts and VERSION_TOKEN.match(t) and not _yearish(t) and t not in METRIC_TOKENS:
                parts.append(t)
            elif (base is None or not re.search(r"\d", base.label)) and len(parts) == 1 and (
                    parts[0].casefold() in self.variant_words or parts[0].startswith(EDITION)) \
                    and re.fullmatch(r"[Vv]?\d{1,2}(?:\.\d)?", t) and text[toks[k - 1].end:toks[k].start] in (" ", "-"):
                parts.append(t)  # a tier, then its version: "Autan Small 2", "Kestrel Large 1.5", "DeepSeek-Prover-V2"
            elif parts and re.fullmatch(r"\d{4}", t) and text[toks[k - 1].end:toks[k].start] == "-":
                parts.append(t)  # a dated snapshot: "-2507", "-0528"
            elif t == "Open" and k + 1 < len(toks) and SIZE_TOKEN.match(toks[k + 1].text) and \
                    JOIN_RE.match(text[toks[k].end:toks[k + 1].start]):
                parts.append(t)  # an open-weight edition named before its size: 'Lantern 3 Open 24B'
            elif re.fullmatch(r"E\d{1,2}B", t) and text[toks[k - 1].end:toks[k].start] in (" ", "-"):
                parts.append(t)  # an effective size names its own model: 'Gemma 3n E4B', 'gemma-3n-E2B'
            elif parts and re.fullmatch(r"v\d{1,2}(?:\.\d)?", t, re.I) and text[toks[k - 1].end:toks[k].start] == "-" \
                    and any(SIZE_TOKEN.match(p) for p in parts):
                parts.append(t)  # a version after the size is a release of its own: "Saltmarsh-Nemo-12B-v2"
            elif re.fullmatch(r"\d{4}", t) and text[toks[k - 1].end:toks[k].start] == "-" and k + 1 < len(toks) and \
                    text[toks[k].end:toks[k + 1].start] == "-" and SIZE_TOKEN.match(toks[k + 1].text):
                parts.append(t)  # a date code before the size: "OLMo-2-1124-7B-Instruct"
            elif re.fullmatch(r"[A-Z]", t) and text[toks[k - 1].end:toks[k].start] in (" ", "-") and k + 1 < len(toks) and \
                    text[toks[k].end:toks[k + 1].start] in (" ", "-") and toks[k + 1].text.casefold() in self.variant_words:
                parts.append(t)  # a one-letter line before a tier: "Granite 4.0 H Small", "Granite-4.0-H-Tiny"
            elif re.fullmatch(r"[A-Z]", t) and text[toks[k - 1].end:toks[k].start] == "-" and k + 1 < len(toks) and \
                    text[toks[k].end:toks[k + 1].start] == "-" and (SIZE_TOKEN.match(toks[k + 1].text) or VERSION_TOKEN.match(toks[k + 1].text)):
                parts.append(t)  # a one-letter line mark between hyphens: "Fennec-R-32B", "Falcon-H-7B"
            elif re.fullmatch(r"[A-Z][a-z]{2,}", t) and text[toks[k - 1].end:toks[k].start] == "-" and \
                    t not in self.not_heads and t not in NOT_EDITIONS:
                parts.append(EDITION + t)  # a named edition joined by a hyphen: "DeepSeek-V3.1-Terminus", "Llama-3.1-Nemotron"
            else:
                break
            allow_version = False
            k += 1
        return k, parts

    def _model_mention(self, text: str, toks: list[Token], i: int, k: int, base: Entry, parts: list[str]) -> Mention:
        start, end = toks[i].start, toks[k - 1].end
        written = text[start:end]
        stated = [t.text for t in toks[i:k]]
        params = name_size(stated)
        active = next((parse_active(p) for p in stated if ACTIVE_TOKEN.match(p)), None)
        if not parts:
            return Mention(base.type, base.label, start, end, written, True, params, active,
                           base.get("family"))
        full = self.gaz.lookup(written, ("Model", "Series"))
        if full is not None:
            return Mention(full.type, full.label, start, end, written, True, params, active, full.get("family"))
        ordered = _sizes_first(parts)
        kind = "Series" if ordered[-1].casefold() in SERIES_TAIL else "Model"
        known = self.gaz.lookup(" ".join([base.label, *ordered]), ("Model",)) if kind == "Model" else None
        if known is not None:  # "Llama-3-In 8b" = "Llama 3 8B Instruct"
            return Mention("Model", known.label, start, end, written, True, params, active, known.get("family") or base.label)
        # An unknown name keeps its parts in the order written ("DeepSeek-R1-Distill-Qwen-32B"), but for
        # variant words the size goes first as names usually write it ("Llama-3-In 8b": "Llama 3 8B Instruct").
        last_size = max((n for n, p in enumerate(parts) if SIZE_TOKEN.match(p) or ACTIVE_TOKEN.match(p)), default=-1)
        moved = [p for p in parts[:last_size] if not (SIZE_TOKEN.match(p) or ACTIVE_TOKEN.match(p) or VERSION_TOKEN.match(p))]
        # (only tuning words move: 'Qwen3-Next-80B-A3B' and 'DeepSeek-MoE-16B' keep the order written)
        in_order = ordered if all(p.casefold() in MOVABLE_VARIANTS for p in moved) else parts
        label = " ".join([base.label, *(p.removeprefix(EDITION) for p in in_order)])
        return Mention(kind, label, start, end, written, True, params, active, base.label)

    def _match_org(self, text: str, toks: list[Token], i: int):
        """An unknown lab ('Nordwind Labs', 'Halcyon AI') or licence ('Halcyon Community License') by its last word."""
        k = i
        while k < len(toks) and k - i < 4 and _capitalised(toks[k].text) and \
                (k == i or text[toks[k - 1].end:toks[k].start] == " "):
            k += 1
        if k - i < 2 or toks[k - 1].text not in ORG_LAST:
            return None  # cheap test first: most capitalised runs do not end in an org or licence word
        if toks[i].text in self.not_heads or self._lookup(toks[i].text) or toks[i].text in self.gaz.demonyms and k - i == 2:
            return None  # ('a Canadian AI lab': a nationality and a kind, no lab's name)
        last = toks[k - 1].text
        type_ = "Lab" if last in ORG_SUFFIXES and k - i >= 2 else "License" if last in ("License", "Licence") and k - i >= 2 else None
        if type_ is None:
            return None
        start, end = toks[i].start, toks[k - 1].end
        label = text[start:end]
        if type_ == "Lab" and last in CORPORATE_FORMS and k - i >= 3:
            label = text[start:toks[k - 2].end]  # 'Pellucid Health Inc': Pellucid Health
        return Mention(type_, label, start, end, text[start:end], False), k

    def _match_shape(self, text: str, toks: list[Token], i: int, keys: list[str] | None = None):
        """An unknown model-shaped name: capitalised head(s), then a version and/or size/variant parts."""
        head = toks[i].text
        if not HEAD_TOKEN.match(head) or head in self.not_heads or self.gaz.lookup(head, ("Benchmark",)) or \
                re.fullmatch(r"[A-Za-z]{2,}(?:19|20)\d\d", head):
            return None  # ('OMF2025', 'ICLR2026': an event and its year, not a model)
        if i and text[toks[i - 1].end:toks[i].start] == "-":
            return None  # the tail of a name not read ('惊鸿-7B-Chat Jinghong-7B-Chat' names no 'Chat Jinghong')
        j = i + 1
        if j < len(toks) and JOIN_RE.match(text[toks[i].end:toks[j].start]) and self._match_known(text, toks, j, keys):
            return None
        # A second capitalised word may belong to the head ("Hunter Alpha 2").
        if j < len(toks) and HEAD_TOKEN.match(toks[j].text) and JOIN_RE.match(text[toks[i].end:toks[j].start]) \
                and toks[j].text not in self.not_heads and toks[j].text.casefold() not in self.variant_words \
                and head.casefold() not in self.variant_words:  # ('MoE Yunque-3-48B-A4B' is Yunque's)
            j2, parts2 = self._extension(text, toks, j + 1, None)
            if parts2 and any(re.search(r"\d", p) for p in parts2):
                return self._shape_mention(text, toks, i, j2, parts2)
        k, parts = self._extension(text, toks, j, None)
        has_digit = bool(re.search(r"\d", head)) and bool(re.search(r"[A-Za-z]{2}", head))
        if not parts and not (has_digit and not _yearish(head)):
            return None
        if not any(re.search(r"\d", p) for p in parts) and not has_digit and not self._digitless_name(text, toks, i, j, parts):
            return None
        plain_head = re.fullmatch(r"[A-Z][a-z]+", head) and text[toks[i].end:toks[j].start] == " " if j < len(toks) else False
        if plain_head and all(SIZE_TOKEN.match(p) for p in parts) and (
                not _name_word(head) or head in self.gaz.demonyms or self.gaz.lookup(head, ("Region", "Lab"))):
            return None  # "Beats 120B", "Only 3B", "Chinese 70B models": a verb, qualifier or origin and a size is not a name
        return self._shape_mention(text, toks, i, k, parts)

    def _digitless_name(self, text: str, toks: list[Token], i: int, j: int, parts: list[str]) -> bool:
        """'Halfmoon Flash', 'Sonar Pro': an invented word and one model-tier word, no version or size."""
        head = toks[i].text
        return len(parts) == 1 and parts[0] in DIGITLESS_TIERS and re.fullmatch(r"[A-Z][a-z]{3,}", head) is not None \
            and text[toks[i].end:toks[j].start] == " " and _name_word(head) and head not in self.gaz.demonyms \
            and not self.gaz.lookup(head, ("Region", "Lab", "Series", "Model")) and head not in COMMON_TIER_HEADS

    def _shape_mention(self, text: str, toks: list[Token], i: int, k: int, parts: list[str]):
        head = toks[i].text
        if any(self._lookup(head[n:]) and not re.fullmatch(r"[A-Z][a-z]+", head[:n]) for n in range(1, len(head) - 1)):
            return None  # glued debris such as 'N/AGPT', not a word before a name ('BioMistral'); checked last: a lookup per letter
        start, end = toks[i].start, toks[k - 1].end
        written = text[start:end]
        if norm_key(written) in self.not_models or self.gaz.lookup(written, ("Benchmark",)):
            return None
        label = re.sub(r"\s+", " ", written)
        params = name_size(parts)
        active = next((parse_active(p) for p in parts if ACTIVE_TOKEN.match(p)), None)
        return Mention("Model", label, start, end, written, False, params, active, None), k


ORG_LAST = ORG_SUFFIXES | {"License", "Licence"}


# Title-cased words that come before a size without naming a model ("Dense 70B", "Roughly 8B").
SIZE_QUALIFIERS = frozenset("""Only Just Nearly Almost Roughly About Around Over Under Above Below Approximately Some
Dense Sparse Total Active Small Smaller Large Larger Medium Tiny Base Size Sizes Params Parameters Weights Each
Open Closed Frontier Local Hosted Public Private Proprietary Flagship Leading Popular Typical Modern Current
Both Two Three Four Five Six Seven Eight Nine Ten Billion Million Up Down""".split())


def _name_word(head: str) -> bool:
    """Whether a plain title-cased word before a size can be a model's name ('Saffron 7B'): not an
    adverb, not a headline verb ('Beats', 'Tops'), not a size qualifier."""
    return not (head.endswith("ly") or (head.endswith("s") and not head.endswith("ss")) or head in SIZE_QUALIFIERS)


def _capitalised(token: str) -> bool:
    """An ASCII capital first, then word characters or dots (what an org name's words look like)."""
    return "A" <= token[0] <= "Z" and "+" not in token


def name_size(parts: list[str]) -> float | None:
    """The parameter count a name states ('9B', '9b'); None for an expert grid ('8x7B').

    An 'NxMB' name is not a total: experts share attention and embeddings (Mixtral 8x7B has
    46.7B parameters, not 56B), so only a count stated elsewhere gives it.
    """
    for p in parts:
        if SIZE_TOKEN.match(p) and not p.lower().endswith("m"):
            if re.search(r"[x×]", p):
                return None
            return parse_size(p[:-1] + p[-1].upper())
    return None


INSTRUCT_ABBREVIATIONS = frozenset(("Inst", "inst", "Instr", "In"))  # "72B-Inst.", "Llama-3-In 8b"


def _sizes_first(parts: list[str]) -> list[str]:
    """Name parts with sizes before variant words ('Instruct 8B' -> '8B Instruct'), versions and named
    editions kept first ('Llama-3.1-Nemotron-70B' stays 'Llama 3.1 Nemotron 70B')."""
    k = 0
    while k < len(parts) and (VERSION_TOKEN.match(parts[k]) and not SIZE_TOKEN.match(parts[k]) or parts[k].startswith(EDITION)):
        k += 1
    rest = parts[k:]
    sizes = [p for p in rest if SIZE_TOKEN.match(p) or ACTIVE_TOKEN.match(p)]
    return [p.removeprefix(EDITION) for p in parts[:k] + sizes + [p for p in rest if p not in sizes]]


def _skip_snapshot(text: str, toks: list[Token], k: int) -> int:
    """Past a dated snapshot glued to a known model ('GPT-4o-0513', 'GPT-4o-2024-05-13'): same model."""
    if k < len(toks) and text[toks[k - 1].end:toks[k].start] == "-" and re.fullmatch(r"\d{4}", toks[k].text):
        k += 1
        if k + 1 < len(toks) and all(text[toks[n - 1].end:toks[n].start] == "-" and re.fullmatch(r"\d{2}", toks[n].text)
                                     for n in (k, k + 1)):
            k += 2
    return k


def _yearish(token: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", token)) or (token.isdigit() and int(token) >= 100)


class DocumentRecognizer:
    """A recogniser for one document: `find` remembers its answers for the texts of that document.

    Table readers ask about the same cells several times (orientation, name column, cells) and
    prose asks about each sentence; the memo lives only as long as one `extract` call, so no state
    survives between documents.
    """

    def __init__(self, rec: Recognizer):
        self.rec = rec
        self.gaz = rec.gaz
        self._memo: dict[str, tuple[Mention, ...]] = {}

    def find(self, text: str) -> list[Mention]:
        hit = self._memo.get(text)
        if hit is None:
            hit = self._memo[text] = tuple(self.rec.find(text))
        return list(hit)

    def __getattr__(self, name):
        return getattr(self.rec, name)
