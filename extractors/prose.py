"""Rules that read claims from sentences of running text.

Each rule looks at one sentence (split into clauses) with the names found in it, plus a small
context carried from earlier sentences (the last named model, recent benchmarks, the models of a
"vs X:" section) for light coreference. Rules are general patterns, not phrases of any article.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from claimgraph.model import Document, Evidence

from .gazetteer import Gazetteer, norm_key
from .names import COMMON_HEADS, ORG_SUFFIXES, Mention, Recognizer
from .numbers import (DAY_OF_MONTH_AFTER, DAY_OF_MONTH_BEFORE, LANGUAGE_NAMES, NUMBER_RE, normalise_setting, SIZE_RE, find_dates, find_settings, find_yearless_dates, is_vague, is_year, parse_date,
                      parse_number, parse_size)
from .sentences import Sentence

MODEL_TYPES = ("Model", "Series")
CLAUSE_RE = re.compile(r";|,\s+but\s+|,\s+while\s+|,\s+(?:although|though|whereas)\s+|\s+--\s+|\s+—\s+(?=[A-Z])|\s+–\s+(?=[A-Z])|(?<=\))(?=[A-Z])")
DEGREE = r"(?:(?:just|well|far|slightly|narrowly|clearly|still|also|only|in)\s+)*"  # "sits just behind"
BEAT_RE = re.compile(r"\b(?:(?:comes?|came) out ahead of|(?:is|are|was|stays?|remains?) ahead of|ahead of|leads?|led|beats?|beating|beaten|outperform(?:s|ed|ing)?|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|"
                     r"outscor(?:es|ed|ing|e)|edges? out|edged out|edg(?:es|ed|ing) past|pull(?:s|ed|ing)? ahead of|tops|topped|outclass(?:es|ed)?|outpaces?|"
                     r"outpaced|bests|bested|overtakes?|overtook|overtaking|leapfrogs?|defeats?|defeated|(?:points?\s+)?clear of|"
                     r"points? (?:more|higher|better) than|(?:scores?|scored|does|did|performs?|performed) (?:\w+ )?(?:higher|better) than|"
                     r"(?:is|are|was|were) (?:\w+ )?(?:better|stronger|more accurate) than|improv(?:es|ed|ing) on|points? (?:above|ahead of)|"
                     r"(?:has|have|had|with|posts?) (?:an? )?(?:\w+ )?lower (?:word error rate|character error rate|WER|CER|error rate) than|"
                     r"(?:ranks?|ranked|sits?|sat|lands?|landed|finish(?:es|ed)?|scores?|scored|scoring|plac(?:es|ed))\s+(?:" + DEGREE + r")?(?:above|ahead of))\b", re.I)
TRAIL_RE = re.compile(r"\b(?:fails? to match|failed to match|trails?|trailed|trailing|(?:falls?|fell|falling) (?:" + DEGREE + r")?(?:behind|short of)|lags?(?: behind)?|"
                      r"lagged(?: behind)?|lagging(?: behind)?|loses to|lost to|is (?:beaten|outperformed|surpassed) by|"
                      r"was (?:beaten|outperformed|surpassed) by|underperforms?|underperformed|points? (?:below|behind)|"
                      r"(?:is|are|was|were|sits?|sat|stays?|remains?|ranks?|ranked|finish(?:es|ed)?|lands?|landed|comes?|came|scores?|scored|scoring|plac(?:es|ed))\s+"
                      r"(?:" + DEGREE + r")?(?:behind|below))\b", re.I)
WIN_RE = re.compile(r"\b(?:(?:stays?|remains?|is|are|was) ahead|wins|won|(?:keeps?|kept|holds?|held|retains?|retained) (?:the|a|its) (?:\w+ )?(?:edge|lead)|is (?:stronger|better|ahead)|are (?:stronger|better)|has (?:better|stronger|higher)|"
                    r"have (?:better|stronger|higher)|(?:is|are) (?:(?:still|clearly|slightly|much|far|also|noticeably) ){0,2}(?:stronger|better)|"
                    r"(?:does|did|do|performs?|performed|scores?|scored) (?:clearly |slightly |much |a bit )?(?:better|higher))\b", re.I)
# Cheap pre-checks: the first five letters of the words a rule's verbs start with. A sentence's
# word stems are computed once; a set intersection is much cheaper than an IGNORECASE alternation.
WORD_RE = re.compile(r"[a-z]+")
BEAT_STEMS = frozenset("comes came ahead leads led beats beat beati beate outpe excee surpa outsc edges edge edged edgin pull pulls pulle pulli "
                       "tops toppe outcl outpa bests beste overt leapf defea above clear point highe bette stron impro more lower".split())
TRAIL_STEMS = frozenset("fails faile trail falls fell falli lags lag lagge laggi loses lost beate outpe surpa under "
                        "behin below".split())
WIN_STEMS = frozenset("ahead wins won stron bette highe keeps kept holds held retai".split())
COMPARE_STEMS = BEAT_STEMS | TRAIL_STEMS | WIN_STEMS
SCORE_COMPARE_STEMS = frozenset("vs versu compa beat beats outpe surpa excee outsc win wins edge edges ahead behin bette "
                                "over again while where lead leads to".split())
SCORE_COMPARE_RE = re.compile(r"\b(?:vs\.?|versus|compared|compares?|beats?|outperform\w*|surpass\w*|exceed\w*|outscor\w*|"
                              r"wins?|edges?|ahead|behind|better|over|against|while|whereas|leads?)\b|"
                              r"\d\s+on\s+[^,;]{2,40}?\s+to\s+(?:[\w.-]+\s+){0,4}?[\w.-]+['’]s\s+\d", re.I)  # '92.1 on IFEval to X's 87.5'
# The end of the text between a comparison's object and a second verb that shares the first verb's subject.
COORDINATED_RE = re.compile(r"(?:,\s*|\s+)(?:and|but|yet)\s+(?:(?:is|was|also|still|then|even|only)\s+)*$")
ANAPHOR_STEMS = frozenset("it both all these every each model serie famil lineu sizes varia check relea versi that this flags "
                          "our ours us".split())
SIZE_ANAPHOR_HINT = re.compile(r"(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir) (?:same )?\d")
COMPARE_HINT = re.compile(r"ahead|lead|led|beat|outp|exceed|surpass|outscor|edge|top|outclass|best|overt|leapfrog|"
                          r"defeat|trail|behind|lag|los[et]|underperform|win|won|better|stronger|higher|short", re.I)
# A comparison that points back to the benchmark of the sentence before ("there", "the same benchmark").
BACKREF_RE = re.compile(r"\b(?:there|on (?:the same|that|this) (?:benchmark|test|task|eval)|the same benchmark)\b", re.I)
DENIED_RE = re.compile(r"\b(?:[Nn]obody|[Nn]o one|[Nn]one of (?:us|them))\s+(?:\w+\s+)?(?:claims?|says?|argues?|believes?|thinks?|suggests?)\b")
NEGATION_RE = re.compile(r"\b(?:not|n't|never|no longer|fails? to|failed to|cannot|can't|doesn't|didn't|won't)\b", re.I)
SCORE_VERB_RE = re.compile(r"\b(?:scor(?:e|es|ed|ing)|achiev(?:e|es|ed|ing)|reach(?:es|ed|ing)?|hits?|posts?|posted|"
                           r"gets?|got|obtain(?:s|ed)?|records?|recorded|delivers?|lands?|manages?|managed|"
                           r"(?:sits?|sat|stands?|stood|comes? in|came in|comes? next|came next|is next|is|was)\s+at|quotes?|quoted|reports?|reported|"
                           r"(?:spot|place|position)\s+(?:at|on|with)|ranked|ranks|entered|slipped|climbed|dropped|fell|rose|finished)\b", re.I)
STOP_OBJECT_RE = re.compile(r"\b(?:leads?|wins?|scores?|scored|achieves?|achieved|reached|while|whereas|but|"
                            r"competitive|on par|comparable|matches|matching|rivals?|rivalling|similar to|close to|level with|"
                            r"ties|tied|is|are|was|were|remains?)\b(?!\s+(?:open\s+)?(?:models|systems|LLMs)\b)", re.I)
POSSESSIVE_GAP_RE = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,3}?(?:score\s+(?:of|was|is)\s+|result\s+of\s+)?")
PERCENT_RE = re.compile(r"\s*%")
RANKED_ITEM_RE = re.compile(r"\W*(?:#?\d+[.)]?\s+)?[^\d—–:|]{2,60}?\s*(?:\([^)]{1,40}\))?\s*[—–:|-]\s*\d[\d,.]*\b")  # "Model (Lab) — 1,411"
SAME_LICENSE_RE = re.compile(r"\b(?:under|with|shares?|sharing|keeps?|uses?)\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?the\s+same\s+"
                             r"(?:[\w-]+\s+)?(?:terms|licen[cs]e|licensing)\b|\bshares?\s+(?:the\s+\w+\s+and\s+)?the\s+licen[cs]e\b")
_VALUE = r"\d+(?:\.\d+)?\s*%?"
# "74.7 / 69.4 / 71.9", "76.9 and 51.9", "70.1, 65.2 and 60.0": values listed in the order of names listed beside them
SAME_BENCHMARKS_RE = re.compile(r"(?:[^.;]|\.\d){0,80}?\bon\s+(?:the\s+same|those|these)\s+(?:\w+\s+)?(?:benchmarks|tests|evaluations|tasks)\b")
VALUE_LIST_RE = re.compile(r"(?<![\w.$/])" + _VALUE + r"(?:(?:\s*(?:/|→|->)\s*" + _VALUE + r")+|(?:,\s*" + _VALUE + r")*,?\s+and\s+" + _VALUE + r")(?![\w/]|\.\d)")
DENIED_CLAIM_RE = re.compile(r"\b(?:[Rr]eports?|[Cc]laims?|[Rr]umou?rs?|[Ss]uggestions?|[Pp]osts?)\s+that\b(?:[^.;]|\.\d)*?\b(?:are|is|were|was)\s+"
                             r"(?:not\s+(?:accurate|true|correct|right)|false|wrong|untrue|incorrect|inaccurate|mistaken|unfounded)\b")
DENIED_NEXT_RE = re.compile(r"\W*(?:(?:It|They|He|She|That|This)\s+(?:does|do|did|is|was|has|have)\s+not\b|(?:That|This)\s+"
                            r"(?:is|was)\s+(?:not true|false|wrong|incorrect|a mistake|an error)|Not so\b|It doesn't\b|They don't\b)")
WITHDRAWN_RE = re.compile(r"\b(?:[Aa]n earlier|[Tt]he (?:first|previous|original|earlier)|[Aa] previous|[Vv]ersion 1|v1)\s+"
                          r"(?:version\s+)?(?:of\s+(?:this|the)\s+\w+\s+)?(?:said|reported|stated|gave|listed|claimed|put|had|showed)\b")
EVERYWHERE_RE = re.compile(r"\s+(?:on|across|in)\s+(?:every|all|each)\s+(?:\w+\s+)?(?:columns?|rows?|benchmarks?|tests?|tasks?|evals?|"
                           r"evaluations?|metrics?|categories|domains?)\b|\s+across the board\b")
_LAB_NOUN = r"(?:AI\s+)?(?:lab|laboratory|startup|start-up|company|firm|non-profit|nonprofit|developer)"
CORPORATE_SUFFIX_RE = re.compile(r",?\s*(?:Inc|Ltd|LLC|Corp|GmbH|PLC|AG|SAS|S\.A)\.?(?=,)")
_LAB_HEAD = r"(?:lab|laboratory|company|startup|start-up|firm|developer|player|non-profit|nonprofit|institute|institution|organi[sz]ation|consortium|collective|university)"  # what a lab is called
_THE_LAB = r"(?:(?:the\s+)?(?:[A-Z][a-z]+\s+){1,2}(?:AI\s+)?(?:lab|startup|start-up|company|firm|developer)\s+)?"  # "from the British lab X", "from New Zealand lab X"
LAB_NOUN_WORDS = ("lab", "startup", "start-up", "company", "firm", "profit", "developer")  # one is in every match
# "Verdant Compute, a Dutch startup", "Brightline is an American AI lab": a name the text calls a lab
DESCRIBED_LAB_RE = re.compile(r"(?<![\w.-])(?!(?:Inc|Ltd|LLC|Corp|GmbH|PLC|AG)\b)(?P<name>[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,2})(?:,\s+|\s+is\s+)(?:an?|the)\s+"
                              r"(?:[A-Z][a-z]+\s+|[\w-]+\s+(?=[A-Z])){0,2}" + _LAB_NOUN + r"\b(?!\s+(?:behind|that|which|whose|of)\b)")
# "Fjord Compute, a four-person lab in Bergen, Norway": a name the text calls a lab somewhere
DESCRIBED_LAB_PLACE_RE = re.compile(r"(?<![\w.-])(?!(?:Inc|Ltd|LLC|Corp|GmbH|PLC|AG|The|This|It|Its)\b)(?P<name>[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,2})"
                                    r"(?:,\s+|\s+is\s+)(?:an?|the)\s+(?:[\w-]+\s+){0,3}?" + _LAB_NOUN +
                                    r"\s+(?:(?:based|headquartered)\s+)?(?:in|from|out of)\s+[A-Z]")
# "the Dutch lab Verdant Compute"
LAB_THEN_NAME_RE = re.compile(r"\b[Tt]he\s+(?:South |North )?[A-Z][a-z]+\s+" + _LAB_NOUN + r"\s+(?P<name>[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,2})")
REFERENCE_BEFORE_RE = re.compile(r"(?:\b(?:Table|Tables|Figure|Fig\.|Section|Sec\.|Appendix|Chapter|Eq\.|Equation|Step|Phase|"
                                 r"Round|Version|Rank|No\.|Item|Line|Page|p\.|[Nn]ote|[Ff]ootnote|[Rr]ef\.)\s*|§\s*)$")
COLON_SIZE_RE = re.compile(r"\s*:\s*(\d+(?:\.\d+)?)\s?([BMT])\b(?=\s*(?:,|;|\.|$|dense|parameters|params))")
FRONTED_RE = re.compile(r"\W*(?:[Aa]gainst|[Cc]ompared (?:with|to)|[Vv]ersus|[Rr]elative to|[Nn]ext to)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}")
WHICH_LAB_RE = re.compile(r",\s*(?:which|that)\s+(?=[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}\s+(?:has\s+|also\s+)?"
                          r"(?:released|built|trained|developed|launched|open-sourced|published|shipped)\b)")  # "X, which Google released"
DESCRIPTOR_LIST_RE = re.compile(r"(?:[A-Z]?[a-z-]+(?: [a-z-]+)?,\s*){1,4}(?:and\s+)?(?:under\s+(?:the\s+)?)?")  # 'Brand new, dense, '
OTHER_MODEL_BEFORE_RE = re.compile(r"\b(?:from|than|vs\.?|versus|against|over|of)\s+(?:the|a|an|its|their)\s+$")
METADATA_LINE_RE = re.compile(r"[a-z][a-z0-9_]*:\s")  # a card's YAML front matter: 'base_model: ...'
OBLIQUE_NAME_RE = re.compile(r"\b(?:[Cc]ompared (?:with|to)|[Rr]elative to|[Uu]nlike|[Vv]ersus|[Aa]gainst|[Nn]ext to|than|vs\.?)\s+"
                             r"(?:the\s+)?$")
PARTICIPLE_BEFORE_RE = re.compile(r"(?:\bwhile|\bwhilst|,)\s+(?:also\s+|still\s+)?$")
OBLIQUE_BEFORE_RE = re.compile(r"\b(?:for|against|than|versus|vs\.?|over|from)\s+$")  # a model named in a phrase, not a subject
UP_FROM_RE = re.compile(r"\b(?:up|down|rising|climbing|improving|improved|jumping|falling)\s+from\s+$")
COUNT_AFTER_RE = re.compile(r"[\s-]?(?:billion|million|trillion|thousand|[BMKT]\b)")
# "Spruce-R, a 3.8-billion-parameter reasoning model", "Wattle is a 0.6B model": a name the text calls a model
DESCRIBED_MODEL_RE = re.compile(
    r"(?<![\w.-])(?P<name>[A-Z][A-Za-z0-9]*(?:[.+][A-Za-z0-9]+)*(?:-[A-Za-z0-9]+)*(?: [A-Z][a-z]+)?)"
    r"(?:,\s+|\s+(?:is|was)\s+)(?:a|an)\s+(?:(?!(?:lab|company|startup|firm|team|group|behind|of|for|from|by|and|"
    r"which|that)\b)[\w.-]+\s+){0,4}(?:model|LLM)\b")
# 'GPQA Diamond: 71.2%', 'FLORES-200 English→Indic (chrF++): 47.6' (after the benchmark's name)
BENCH_FIELD_RE = re.compile(r"(?:\s*\([^()]{1,30}\)|\s+[^\s:：\d()][^:：()\d]{0,30}?(?:\s*\([^()]{1,30}\))?)?\**\s*[:：]\s*\**\s*\d")
PERCENT_OF_RE = re.compile(r"\s*(?:of|more|less|better|worse|cheaper|faster|slower|lower|higher|advantage|improvement|gain|reduction|increase|decrease|drop|accuracy gain)\b|\s*to\s+\$?\d")
# "56.3 to 55.1" after a comparison verb; "from 41.0 to 55.2" is a change, read by `_changed_to`.
MORE_VALUES_RE = re.compile(r"(?:\s*/\s*\d+(?:\.\d+)?%?(?![\w.]))+")  # "80.4 / 83.0": more values after a pair's second
TO_PAIR_RE = re.compile(r"(?<![\w.$])(?<!from )(\d+(?:\.\d+)?)\s*(%?)\s*to\s+(\d+(?:\.\d+)?)\s*%?(?![\w]|\.\d)", re.I)
# A change "from A to B" up to the B; A, vague after "from", is a past value, not a claim.
CHANGED_TO_RE = re.compile(r"\bfrom\s+\$?\d[\d,.]*\s*%?(?:\s+[\w-]+){0,6}?\s+to\s+$", re.I)
# "Compared with X, the new model ...": X opens the clause but is not what its numbers are about.
FRONTED_RE = re.compile(r"^\W*(?:compared (?:with|to)|relative to|unlike|versus|against|next to)\s+(?:the\s+)?$", re.I)
# A lower-case repository slug with a number in it: 'meridian-5-nano-open', 'bge-large-en-v1.5' (not in a path or URL)
SLUG_RE = re.compile(r"(?<![\w./@#-])[a-z]{3,}(?:-[a-z0-9.]*[a-z0-9])*-(?:[a-z]*\d[a-z0-9.]*[a-z0-9]|\d)(?:-[a-z0-9.]*[a-z0-9])*(?![\w/@-]|\.[a-z])")
NOT_SLUG_HEADS = frozenset("gptq awq gguf exl exl2 int fp bf min max border space skin utf x86 arm top pass maj avg cot "
                           "step layer checkpoint ckpt model models file run runs config python node java cuda ubuntu debian "
                           "version release vllm torch pytorch transformers gcc llvm tls http https ipv iso rfc".split())
# Last words of many models' names, which alone name none of them
GENERIC_TAILS = frozenset("Instruct Chat Base Coder Code Vision Thinking Reasoning Reasoner Preview Omni Math Distill Plus Max Exp "
                          "Experimental Latest Online Audio Embed Embedding Guard Think Reason Open Edge Long Fast Next Lite "
                          "Speech Voice Image Video Agent Research".split())
# A model's version standing for it ('K2', 'V3.1', 'R1', 'M2'): a capital and a number
SHORT_VERSION_RE = re.compile(r"[A-Z]\d{1,2}(?:\.\d)?")
# Right after a region's labs whose verb was said before: 'European labs on multilingual work'
GAPPED_DOMAIN_RE = re.compile(r"(?=\s*(?:on|in|at|for)\s)")
# After a price, that it holds for either side: ', input and output alike', ' for both input and output', ', input or output'
BOTH_SIDES_ALIKE_RE = re.compile(r"\s*(?:(?:per|/)\s*(?:1\s?M|one million|1 million|million|M)\s*tokens?\s*)?[,;(]?\s*"
                                 r"(?:for\s+)?(?:both\s+)?(?:input|prompt)\s+(?:and|or|&|/)\s+(?:output|completion)\b", re.I)
# What a model was made from, in an aside about it: 'built on top of', 'fine-tuned from', 'based on', 'distilled from'
BUILT_ON_RE = re.compile(r"\b(?:built\s+(?:on\s+top\s+of|on|upon)|based\s+on|fine-?tuned\s+(?:from|on)|distilled\s+from|"
                         r"derived\s+from|trained\s+from|initiali[sz]ed\s+from|continued[- ]pretrained\s+from)\s+"
                         r"(?:(?:the|an?|[A-Z][\w.&-]*['’]s)\s+)?$")
# 'The company also released', 'The start-up has launched': the lab the text was just about, releasing another model
COMPANY_RELEASED_RE = re.compile(r"\W*The\s+(?:company|lab|start-?up|firm|developer|team)\s+(?:(?:also|has|had|then|later|now)\s+)*"
                                 r"(?:released|launched|unveiled|introduced|published|open-sourced|shipped|announced|put\s+out)\s+")
# A sentence listing release dates: 'Release dates, for the record: A, 26 December 2024; B, 5 April 2025'
RELEASE_LIST_RE = re.compile(r"\b(?:release|launch)\s+dates?\b", re.I)
# A date alone in brackets: ' (June 2025)', ' (released 3 March 2026)'
BRACKET_DATE_RE = re.compile(r"\s*\((?:released\s+|out\s+|launched\s+)?([^()]{4,25})\)")
# 'German section of ', 'Hindi subset of ': a part of the benchmark named next
SECTION_OF_RE = re.compile(r"(?:[A-Z][a-z]+(?:[- ][a-z]+)?\s+)?(?:section|subset|split|portion|part|slice|track|set)\s+of\s+(?:the\s+)?")
# A verb of change or nearness right before 'N points': the number is a margin ('comes within 0.3 points', 'gains 4.1 points')
MARGIN_VERB_RE = re.compile(r"\b(?:within|gains?|gained|gaining|adds?|added|adding|loses|lost|losing|gives?\s+up|gave\s+up|"
                            r"giving\s+up|drops?|dropped|dropping|improves?|improved|improving|rises?|rose|climbs?|climbed|"
                            r"jumps?|jumped|slips?|slipped|trails?|trailed|trailing|leads?|led|leading|behind|ahead)\s+"
                            r"(?:(?:[\w.-]+\s+){0,4}?by\s+)?(?:(?:about|roughly|nearly|almost|another|just|only|some|a\s+further|a\s+full)\s+)?$", re.I)
POINTS_AFTER_RE = re.compile(r"\s*(?:points?|pts?)\b")
# A sampling or training hyperparameter's value: 'at temperature 0.6', 'top-p 0.95', 'learning rate 2e-5'
HYPERPARAMETER_BEFORE_RE = re.compile(r"\b(?:temperature|temp|top[-_ ]?[pk]|min[-_ ]?p|learning\s+rate|lr|dropout|weight\s+decay|"
                                      r"repetition\s+penalty|presence\s+penalty)\s*(?:of|=|:|at)?\s*$", re.I)
# 'On the Chinese evaluation sets ', 'Across ': the opening of a fronted list of benchmarks
FRONTED_ON_RE = re.compile(r"\W*(?:On|Across|In|For|Over)\s+(?:(?:the|its|their|all|three|four|five|two|both|each)\s+)*"
                           r"(?:[\w-]+\s+){0,3}?(?:(?:evaluation\s+|benchmark\s+|test\s+)?(?:sets|suites|benchmarks|tests|evals)\s+)?")
# From a score to the benchmark right after it: "81.7 on GPQA Diamond", "55.0 on 0-shot CoT MATH".
NUMBER_TO_BENCH_RE = re.compile(r"\s*%?\s*(?:points?\s+)?(?:on|in|at|for|of)?\s*(?:the\s+)?"
                                r"(?:(?:tasks|issues|problems|questions|items|instances)\s+(?:in|on|from|of)\s+(?:the\s+)?)?"
                                r"(?:(?:\d+|zero|one|few)[- ]shot(?:[- ](?:CoT|chain-of-thought))?\s+)?", re.I)
SETTING_GAP_RE = re.compile(r"\s*[(\[,]?\s*")  # between a benchmark and its setting: 'MATH maj@4', 'HumanEval (pass@1)'
# A benchmark name the gazetteer lacks, after "scores N on": capitalised (or digit-led) words joined by
# spaces or hyphens, at most five; a lower-case word ends it ("... on ZebraLogic and 44.0 on ...").
UNKNOWN_BENCH_RE = re.compile(r"(?:[A-Z][\w'’+.]*|\d+[A-Za-z][\w+.]*)(?:[- ](?:[A-Z0-9][\w'’+.]*|v\d[\w.]*|bench\b)){0,4}")
NOT_BENCHMARK_RE = re.compile(
    r"(?:The|A|An|Our|Its|Their|This|That|These|Those|Average|Overall|Day|Launch|Release|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Hugging Face|HuggingFace|GitHub|Twitter|Reddit|Windows|Linux|macOS|Mac|iOS|Android|AWS|"
    r"Azure|Google Cloud|Vertex|Bedrock|arXiv|Arxiv|[A-Z]\d{2,4}|[A-Z]{1,2}\d{2,4}[A-Z]?|\d+)\b")
# "Y, which scores " right before a pair: the first number is Y's.
PAIR_SCORER_RE = re.compile(r"(?:,?\s*(?:which|that|who)\s+|\s+)(?:scores?|scored|posts?|posted|reaches|reached|gets|got|"
                            r"hits|manages|managed|records|recorded)\s+(?:an?\s+)?$")
PAIR_RE = re.compile(r"(?<![\w.$])(\d+(?:\.\d+)?)\s*(%?)\s*(?:vs\.?|versus|v\.|against)\s*(\d+(?:\.\d+)?)\s*%?(?![\w]|\.\d)", re.I)
RELEASE_RE = re.compile(r"\b(?:released|launched|unveiled|introduced|announced|debuted|shipped|rolled out|put out|posted|"
                        r"releasing|launching|unveiling|introducing|announcing|open-sourcing|"
                        r"open-sourced|dropped|published|made available|became (?:generally |publicly )?available|came out|comes out|"
                        r"(?<=\bwe\s)(?:release|launch|introduce|publish|open-source|unveil))\b", re.I)  # 'We release X'
TODAY_RE = re.compile(r"\b(?:today|this morning)\b", re.I)
AVAILABLE_RE = re.compile(r"\b(?:(?:generally |now |publicly )?available|general availability|goes? live|went live|GA)\b", re.I)
TIMELINE_RE = re.compile(r"^\W*(?:\d{4}-\d{2}(?:-\d{2})?|[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4})\s*[:–—-]\s")
RELEASE_CLAUSE_RE = re.compile(r";|,\s+but\s+|,\s+while\s+|,\s+(?:although|though|whereas)\s+|,\s+whereas\s+")
# "Nordwind Labs, a German lab founded in 2024, today announced" / "..., says its next model, X"
# "on Tuesday", "earlier this month", "officially": what may stand between a lab and the verb releasing a model
WHEN_ADVERBIAL = (r"(?:(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:,\s*\d{4})?)"
                  r"|(?:earlier\s+|late\s+|early\s+)?(?:this|last)\s+(?:week|month|year|morning|spring|summer|autumn|fall|winter)"
                  r"|today|yesterday|now|also|recently|officially|quietly|formally|finally|has|have),?\s+)*")
LAB_VERB_RE = re.compile(r"\**,\s*(?:(?:an?|the)\s+[^,;]{1,90}|one\s+of\s+[^,;]{1,90}|(?:which|that|who)\s+[^;.]{1,80}?|(?:based|headquartered)\s+in\s+[^,;]{1,40}),\s*" + WHEN_ADVERBIAL +
                         r"(?:released|releases|launched|launches|announced|announces|unveiled|unveils|introduced|"
                         r"introduces|submitted|submits|says|said|open-sourced|presented|presents|published|publishes|"
                         r"shipped|ships|debuted|debuts|is releasing|is launching|put out|puts out|posted|posts)\b"
                         r"|\**\s+" + WHEN_ADVERBIAL + r"(?:releases|launches|announces|unveils|introduces|submitted|"
                         r"submits|says|said|open-sources|presents|publishes|ships|debuts|"
                         r"(?:is|are)\s+(?:now\s+)?(?:releasing|launching|introducing|unveiling|open-sourcing|shipping))\b")
RELEASED_OBJECT_RE = re.compile(r"\s*(?:and\s+(?:open-sources|open-sourced|publishes|published|launches|launched|ships|shipped)\s+)?"
                                r"(?:(?:the|its|their|a|an|new|next|first|latest|newest|own|open|open-weight|"
                                r"general|availability|release|launch|of|model|models|family|series|checkpoint|"
                                r"flagship)\b[\s,]*)*", re.I)
# "X is licensed under MIT and was developed by Lab" (no relative pronoun: the verb is X's)
EXCEPT_RE = re.compile(r"\b(?:except(?:\s+for)?|other\s+than|apart\s+from|save|but\s+not|excluding|besides)\b", re.I)
REGION_LIST_RE = re.compile(r"\s*(?:\.{3,}|:|—|–)\s*")  # a region, then dot leaders or a colon, then its labs
LAB_WE_RE = re.compile(r",?\s+we\s+" + WHEN_ADVERBIAL + r"(?:released|release|built|trained|developed|launched|open-sourced|"
                       r"are releasing|are launching|shipped|have released|have built)\b")  # "At Lab, we released X"
PAREN_LAB_RE = re.compile(r"\s*\(\s*(?:(?:by|from|developed by|made by|built by)\s+)?")  # "X (Lab)", "X (by Lab, ...)"
LISTED_GAP_RE = re.compile(r"\s*(?:,|and|, and|&)\s*")
COORDINATED_BY_RE = re.compile(r"(?:(?!\b(?:which|that|who|whose)\b)[^.;]){1,80}?(?:,\s*|\s+)and\s+(?:was|is|has been|were|are)\s+"
                               r"(?:jointly\s+)?(?:developed|built|created|trained|designed)\s+by\s+[*_]*")
# "Halcyon-3 is a family of dense models from Halcyon AI", "Fjord-2, a family of two models from ..."
_ORDINAL = r"(?:new|open|first|second|third|fourth|fifth|sixth|next|latest|newest|\d+(?:st|nd|rd|th))"
FAMILY_FROM_RE = re.compile(r"(?:\s+(?:is|are)|,)\s+(?:an?|the|our)\s+(?:" + _ORDINAL + r"\s+)*(?:open\s+)?(?:model\s+)?(?:family|series|suite|"
                            r"collection|lineup|line|generation|set)\s+(?:of\s+(?:(?!\b(?:outperform|beat|than|rival|against|compared|"
                            r"ahead|behind)\w*)[^.;:]){0,80}?)?\bfrom\s+[*_]*")  # not '... that outperform systems from Google'
# "Cormorant 4, the fourth generation of Pelagic AI's open models": the lab whose generation it is
GENERATION_OF_RE = re.compile(r"(?:\s+(?:is|are)|,)\s+(?:an?|the|our)\s+(?:" + _ORDINAL + r"\s+)*(?:generation|version|release|"
                              r"family|series)\s+of\s+[*_]*(?=[A-Z])")
LICENSE_ADJECTIVE_RE = re.compile(r"(?:\s+(?:and|or|/)\s+[\w.\-]+(?:\s+[\d.]+)?)?[\s-]+(?:licen[cs]ed\s+)?(?:models?|weights|checkpoints)\b")
RELATIVE_LICENSE_RE = re.compile(r",?\s*(?:which|that)\s+(?:is|are|was|were|has been|have been)\s+(?:\w+\s+){0,2}"
                                 r"(?:under|by|with)\s+(?:the\s+|a\s+|its\s+)?")
# "The weights are covered by L": the weights of the model the previous sentence named.
WEIGHTS_UNDER_RE = re.compile(r"\s*(?:(?:The|Its|Their)\s+(?:model\s+)?(?:weights|checkpoints?)\s+(?:are|is)\s+(?:\w+\s+){0,2}"
                              r"|[A-Z][\w ]{0,40}?\s+(?:also\s+)?(?:publishes|published|releases|released|open-sources|ships|puts)\s+"
                              r"(?:(?:its|their|the)\s+(?:model\s+)?(?:weights|checkpoints?)|them)\s+)"  # "Lab also publishes its weights under"
                              r"(?:under|by)\s+(?:the\s+|a\s+)?$")
# "X is a Mixture-of-Experts language model developed by Lab" (a description between name and verb)
DESCRIBED_DEV_BY_RE = re.compile(r"\s+(?:is|was)\s+(?:an?|the)\s+(?:[^,;.()]|\.(?=\d)|,(?=\s[a-z])|\([^()]{0,30}\)){0,70}?\b(?:model|LLM|family|series|checkpoint|version)s?"
                                 r"(?:\s+(?:with|of|for)\s+(?:[^,;.()]|\.(?=\d)){1,50}?)?,?\s+"  # ('... model with 34.4 billion parameters, developed by')
                                 r"(?:(?:developed|built|created|trained|released|designed)\s+by|from)\s+[*_]*")
# "Lab developed and released the X family", "Lab has built X"
LAB_BUILT_RE = re.compile(r"\s+(?:(?:has|have|also)\s+)?(?:developed|built|created|trained|develops|builds|makes|trains)(?:\s+and\s+(?:released|open-sourced|launched|published))?\b")
DEV_BY_RE = re.compile(r"\b(?:developed|built|created|trained|made|released|designed|published)\s+by\s*$", re.I)
SPEC_VERB_RE = re.compile(r"\b(?:dominat\w*|lead(?:s|ing)?|led|excel\w*|optimi[sz]e\w*|focus\w*(?:\s+on)?|speciali[sz]\w*|"
                          r"concentrat\w*\s+on|set(?:s|ting)? the pace (?:in|on)|"
                          r"(?:have|has|had) become the (?:reference|benchmark|standard|leaders?|go-to|default) (?:for|in|on)|"
                          r"prioriti[sz]e\w*|own|rule|are (?:(?:especially |particularly |very |still )?strong|strongest|ahead|best) (?:in|at|on)|"
                          r"(?:remain|remains|stay|stays|are|is)\s+(?:still\s+|well\s+|clearly\s+|\w+ly\s+)?ahead\s+(?:in|on|at)|"
                          r"(?:hold|holds|have|has) (?:an|the) edge|(?:are|is)\s+building\s+for|build\s+for|"
                          r"want\s+to\s+win\s+(?:at|in|on)|(?:are|is)\s+betting\s+on|bet\s+on|(?:have|has)\s+doubled\s+down\s+on|"
                          r"(?:have|has)\s+found\s+(?:their|its|a)\s+niche\s+in|(?:have|has)\s+pulled\s+(?:\w+ly\s+)?ahead\s+(?:in|on)|"
                          r"(?:have|has|make|makes|build|builds)\s+the\s+(?:strongest|best|leading|most\s+capable)(?=\s+(?:open(?:-weight)?\s+)?[\w-]+\s+models)|"
                          r"(?:have|has|had) made(?=[^.;]{1,60}\btheir\s+(?:speciality|specialty|focus|niche|priority|strength)\b))\b", re.I)
# Where the words for what a region's labs lead in end
DOMAIN_STOP_RE = re.compile(r"[.;:!?(\[—–]|\s+their\s+(?:speciality|specialty|focus|niche|priority|strength)\b|\s+(?:while|whereas|but|because|where|which|that|who|thanks|with|as|by|for|including|"
                            r"such|rather|than|at|from|since|though|although|if|when|so|according|citing|and\s+(?:the|their|"
                            r"nothing|it|they|that|this|there|its|a|an|he|she|we|our|is|are|has|have|now|still|both|all|each))\b", re.I)
SINGLE_LAB_RE = re.compile(r"\s+(?:AI\s+)?(?:lab|laboratory|company|firm|developer|player|startup|vendor)\b")
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
DOMAIN_FILLERS = frozenset("work models model open-weight open tasks raw pure general-purpose frontier-level".split())
DOMAIN_HEADS = frozenset("""models model languages language ai work coding code reasoning understanding retrieval speech agents
    tasks deployment translation search math maths mathematics vision inference proofs verification multimodal efficiency
    releases weights applications assistants research safety robotics context performance use generation multilinguality
    chips hardware devices""".split())
LAB_WORDS = r"(?:AI\s+)?(?:labs?|laboratories|companies|firms|developers|players|startups|model makers|vendors)"
# "the input price of X dropped to $0.08": the side named before the amount, in the same clause.
PRICE_SIDE_BEFORE_RE = re.compile(r"\b(input|output)(?:[- ]token)?\s+(?:price|cost|rate)s?\b(?!.*\b(?:input|output)\b)", re.I)
PRICE_TOKENS_RE = re.compile(r"(?:per|/)\s*(?:1\s?M|1\s?mn|one million|1 million|million|M|1,000,000)\s*(?:(?:input\s+|output\s+)?tokens|"
                             r"(?=(?:input|output)\b))", re.I)  # "per million input tokens", "$0.15/M input"
# "$0.12 input / $0.48 output", "$0.10 in / $0.30 out": token prices by their sides, per-tokens unsaid
PRICE_1K_RE = re.compile(r"(?:per|/)\s*(?:1\s?K|1,000|one thousand|a thousand|thousand|K)\s*(?:(?:input|output)\s+)?(?:tokens?\b|(?=(?:input|output)\b))", re.I)
PRICE_SIDE_AFTER_RE = re.compile(r"\$\s?[\d.,]+\s+(?:input|in)\s*(?:/|,|and)\s*\$\s?[\d.,]+\s+(?:output|out)\b", re.I)
# a spec list's price field: 'Input: $0.18 / 1M tokens', 'Cached input price | $0.028'
PRICE_FIELD_RE = re.compile(r"\W{0,3}(?P<side>cached input|input|output)(?:\s+(?:price|tokens|cost))?\s*(?:\([^)]*\)\s*)?(?:[:：]|\n\n|\s\|\s)\s*\$",
                            re.I)
BYLINE_RE = re.compile(r"\W{0,3}(?:by|from|developed by|developer:|made by)\s+(?:the\s+)?", re.I)
RELEASED_LINE_RE = re.compile(r"(?:^|\W)(?:released|launched|release date:?)\s+(?:on\s+)?$", re.I)
PRICE_OF_TOPIC_RE = re.compile(r"(?:the|its|their)\s+(?:(?:input|output|blended)\s+)?price\b|(?:input|output)\s+price\b", re.I)
PRICE_BOTH_SIDES_RE = re.compile(r"[^$]{0,40}?\binput\s*(?:/|and|&)\s*output\b", re.I)  # "$2 / $8 per million input/output tokens"
DOLLAR_RE = re.compile(r"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?!\s?(?:[BMK]\b|billion|million|trillion|thousand))")
GAP_WORDS = frozenset("and or on in at the even also both specialized larger bigger much its their as well "
                      "respectively visual reasoning multilingual benchmark benchmarks above below ahead behind of".split())
ANAPHOR_RES = (
    ("size", re.compile(r"\b(?:[Tt]he (?:same )?(\d+(?:\.\d+)?[BM])(?:[- ]param(?:eter)?s?)?(?: model| variant| version)?|"
                        r"(?:[Oo]ur|[Ii]ts|[Tt]heir) (\d+(?:\.\d+)?[BM])(?:[- ]param(?:eter)?s?)? (?:model|variant|version))\b")),
    ("topic", re.compile(r"\b(?:[Ii]t|[Tt]he (?:same )?model|[Tt]his model)\b(?!['’]s\s)|^(?:That|This)(?= (?:beats|outperforms|tops|edges out|surpasses|exceeds)\b)"
                         # a post's line with no subject: "Beats A and B on IFEval." (the model the post is about)
                         r"|^(?=(?:Beats|Outperforms|Outscores|Surpasses|Edges out|Trails|Matches) )")),  # SUBJECTLESS_RE
    ("focal", re.compile(r"\b[Tt]he (?:new|newer|latest|newest) (?:model|release|version|checkpoint)\b(?!['’]s\s)")),
    # "Our model beats X", "X leads ours by 0.6 points", "X beats us on IFEval": the model the card or post is about
    ("ours", re.compile(r"\b(?:[Oo]ur (?:new |latest |own |flagship )?model\b(?!['’]s\s)(?!s\b)|ours\b|us\b)")),
    # "The flagship scored 74.6": the model the text called its flagship ('a 34B flagship, Rimal-2-34B')
    ("flagship", re.compile(r"\b[Tt]he (?:new |larger |bigger )?flagship(?: model)?\b(?!['’]s\s)(?!\s*,?\s+(?:model\s+)?[A-Z0-9])")),
    ("both", re.compile(r"\b(?:Both (?:[\w.-]+ ){1,3}(?:models|sizes|checkpoints|variants)\b|Both\b(?! of)|[Bb]oth of (?:them|these)\b|"
                        r"both (?:[\w.-]+ ){0,3}(?:models|sizes|checkpoints|variants)\b)")),

    ("series", re.compile(r"\b(?:All|These|The) (?:(?:\w+|\d+) )?(?:models|sizes|variants|checkpoints)\b|\b[Tt]he (?:whole |entire )?(?:series|family|lineup)\b|"
                          r"\b(?:[Ee]very one|[Ee]ach one|[Aa]ll) of them\b|\bAll (?:two|three|four|five|six|seven|eight)\b")),
)


# Where a match of each verb or anaphor pattern can start (matched on lower-cased text; see _scan).
BEAT_CAND = re.compile(r"\b(?:comes?|came|is|are|was|stays?|remains?|ahead|leads?|led|beat|outperform|exceed|surpass|"
                       r"outscor|edg|pull|tops?|topped|outclass|outpac|best|overt|leapfrog|defeat|ranks?|ranked|sits?|sat|lands?|landed|finish|"
                       r"points? (?:more|higher|better|clear|above|ahead)|clear of|(?:scores?|scored|does|did|performs?|performed) (?:\w+ )?(?:higher|better)|"
                       r"improv|scor|plac|has|have|had|with|post)")
TRAIL_CAND = re.compile(r"\b(?:fail|trail|falls?|fell|falling|lag|loses|lost|is|was|underperform|are|were|sits?|sat|stays?|points?|"
                        r"remains?|ranks?|ranked|finish|lands?|landed|comes?|came|scor|plac)")
COMPARE_VERBS = ((BEAT_RE, False, BEAT_STEMS, BEAT_CAND), (TRAIL_RE, True, TRAIL_STEMS, TRAIL_CAND))
WIN_CAND = re.compile(r"\b(?:stays?|remains?|is|are|was|wins|won|has|have|does|did|do|performs?|performed|scores?|scored|"
                      r"keeps?|kept|holds?|held|retains?|retained)\b")
SHORT_NAME_WORDS = frozenset("Mini Nano Micro Pro Flash Lite Large Small Medium Ultra Air Turbo".split())
SHORT_CANDIDATE_RE = re.compile(r"\b[A-Z][a-z]{2,}\b")
OPENING_WORDS = frozenset("But And So Yet Still Now Here Then Also However Overall Meanwhile Instead Only Even".split())
SHORT_NAME_NOT_RE = re.compile(r"\s+(?:models|sizes|variants|versions|tiers|plans?|subscriptions?|users?|attention|mode|tier|API)\b|[\w-]")  # 'Small models', 'Pro plan'
SUBJECTLESS_RE = re.compile(r"(?:Beats|Outperforms|Outscores|Surpasses|Edges out|Trails|Matches) ")
ANAPHOR_CAND = re.compile(r"\b(?:it|the|this|that|both|all|these|every|each|our|ours|us|its|their)\b|^(?:beats|outperforms|outscores|surpasses|edges|trails|matches)\b")
# The word before 'us' or 'ours' when they stand for the author's model: 'beats us', 'ahead of ours', 'leads ours'
OURS_AFTER_RE = re.compile(r"\b(?:beats?|beating|outperforms?|outperformed|outscores?|trails?|trailed|leads?|led|tops|edges|"
                           r"over|than|of|behind|past|against|to|with)\s+$", re.I)
# One scan for all anaphors (leftmost first); each hit is re-matched with its own pattern for groups.
ANAPHOR_BY_NAME = dict(ANAPHOR_RES)
ANAPHOR_ANY = re.compile("|".join(f"(?P<{name}>{re.sub(r'[(](?![?])', '(?:', rx.pattern)})" for name, rx in ANAPHOR_RES))


SIZE_LIST_RE = re.compile(r"(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)(\d+(?:\.\d+)?[BM])\b")
SIZE_BEFORE_RE = re.compile(r"(\d+(?:\.\d+)?)\s?(B|billion)[- ]param(?:eter)?s?\s+$")
SIZE_AFTER_RE = re.compile(r"['’]s\s+(\d+(?:\.\d+)?)\s?B\s+(?:model|variant|version)\b")
SIZES_LIST_RE = re.compile(r"\b(?:in|comes? in|with)\s+(?:\w+\s+){0,2}(?:sizes|versions|variants|checkpoints|flavou?rs)\b")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_RE = re.compile(r"\bon\s+(" + "|".join(WEEKDAYS) + r")\b")
VERSUS_LINE_RE = re.compile(r"\s*(?:vs\.?|versus|compared (?:to|with))\s+[^:]{2,60}:\s*")
AHEAD_ON_RE = re.compile(r"\b(?:is|are|was|were|stays?|remains?)\s+(?:\w+\s+)?(ahead|behind)\s+on\s+")
SPREAD_RE = re.compile(r"\b(?:standard deviation|std\.? dev|seed-to-seed|run-to-run|confidence interval|margin of error|"
                       r"standard error)\b", re.I)
MONTH_HINT_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
# A clause that goes on with the last one's subject: '..., but scores 71.2 on MMLU-Pro'
SUBJECTLESS_CLAUSE_RE = re.compile(r"\s*(?:also\s+|still\s+|only\s+)?(?:scores?|scored|reaches|reached|gets|got|posts?|posted|hits|"
                                   r"achieves?|achieved|lands?|landed|trails?|trailed|beats?|leads?|outperforms?|edges?(?:\s+out)?|"
                                   r"surpass(?:es|ed)|outscores?|exceeds?|lags?|lagged|(?:falls?|fell)\s+(?:\w+\s+)?(?:behind|short))\b")
# "DeepSeek's model", "Alibaba's new model" (after a lab's name; not "Google's models", not "Google's model Gemma")
LAB_MODEL_RE = re.compile(r"['’]s?\s+(?:(?:new|newest|latest|own|open|open-weight|flagship|reasoning|current|best|top|"
                          r"largest|biggest|smaller|larger|distilled|small|coding|chat|multimodal|dense|sparse|mixture-of-experts|"
                          r"older|previous)\s+){0,2}model\b(?!s|\s+[A-Z0-9])")
GAP_TO_RE = re.compile(r"\b(?:gap|distance|deficit)\s+(?:to|from|behind)\s+(?:the\s+)?$")
ALL_OF_THEM_RE = re.compile(r"\b(?:[Aa]ll|[Bb]oth)(?:\s+of\s+them|\s+(?:two|three|four|five))?,?\s+(?:are|were|being)?\s*"
                            r"((?:South |North )?[A-Z][a-z]+)\s+(?:AI\s+)?(?:companies|labs|firms|developers|start-?ups)\b")
# "Alibaba's open-weight Qwen3-235B", "Halyard's new Tern-24B": a lab's model with a word of kind between
POSSESSIVE_KIND_RE = re.compile(r"['’]s\s+(?:(?:new|latest|newest|open-weight|open-source|open|proprietary|closed|flagship|"
                                r"smaller|larger|reasoning|coding|small|own)\s+){1,2}")
# "Msingi's text model, Kito-3-9B": the lab's model, named after a comma
LAB_DESCRIBED_MODEL_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:model|flagship|release|entry),\s+")
SUBSECTION_RE = re.compile(r"\W*(?:(?:reported|benchmark|evaluation|eval|key|headline|our)\s+)?(?:results|scores|benchmarks|"
                           r"evaluations?|performance|specs|specifications|details|pricing|numbers)\W*$", re.I)
CARD_VALUE_RE = re.compile(r"\d{1,4}(?:\.\d+)?\s*%?")  # a card's figure alone on its line (not '+6.2')
CITY_AFTER_RE = re.compile(r"([A-Z][\w'’]+(?: [A-Z][\w'’]+)?)(?=\s*(?:[,.;)]|$|\s+(?:and|where|with|since)\b))")
ARROW_RE = re.compile(r"\s+(?:->|→)\s+")
RELEASE_INTRO_RE = re.compile(r"\b(?:release|launch)(?:s|d)?\s+(?:dates?|timeline|history|calendar)\b|\breleased\s+on\b.*:\s*$", re.I)
PRONOUN_CLAUSE_RE = re.compile(r"[;,]\s+(?:and|but|though|although|while|whereas|yet)\s+|;\s+")
# "DeepSeek's flagship", "Mistral AI's first sparse model" (no model named)
DESCRIBED_BY_LAB_RE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:model|flagship|release|entry|checkpoint|LLM|refresh|update|"
                                 r"successor|version)\b(?!\s+(?:cards?|pages?|reports?|docs|documentation|repo|repository|"
                                 r"licen[cs]e|notes|blog|post|announcement|sheet))")  # "Skua's own model card": a document
# "The newest entry comes from Lab", "This one is built by Lab"
DESCRIBED_FROM_LAB_RE = re.compile(r"\b(?:comes?|came|is|was)\s+(?:\w+\s+)?(?:from|by)\s+$|\b(?:developed|built|made|trained|released)\s+by\s+$")
CLAUSE_HINT = re.compile(r"[;)—–]|--|, (?:but|while|although|though|whereas) ")


class Spans:
    """Character spans of a sentence, asked whether they cover a position in O(log n).

    A long sentence has as many names as numbers; testing each number against each name made
    reading it quadratic in its length.
    """

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach, most = [], -1  # reach[k]: the furthest end among the first k+1 spans
        for _, e in self.spans:
            most = max(most, e)
            self.reach.append(most)

    def covers(self, pos: int) -> bool:
        """Whether some span has start <= pos < end."""
        k = bisect_right(self.starts, pos)
        return k > 0 and self.reach[k - 1] > pos

    def with_spans(self, more: list[tuple[int, int]]) -> "Spans":
        return Spans(self.spans + more)


@dataclass
class Draft:
    """A claim while rules are still refining it (converted to a frozen Claim at the end)."""

    kind: str
    subject: str
    evidence: Evidence
    object: str | None = None
    benchmark: str | None = None
    value: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    method: str = "prose"
    confidence: float = 0.8
    subject_value: float | None = None  # an outperforms claim's winning score, for re-attribution


@dataclass
class Ref:
    """A model, series, lab, benchmark or licence referred to in a sentence (named or resolved)."""

    type: str
    label: str
    start: int  # offsets within the sentence
    end: int
    params: float | None = None
    active: float | None = None
    family: str | None = None
    resolved: bool = False  # True when found by coreference, not by name


@dataclass
class Context:
    """What earlier sentences tell the current one."""

    focal: str | None = None
    flagship: str | None = None  # the model called the flagship ('a 34B flagship, Rimal-2-34B')
    last_named: tuple = ()  # the models the sentence before named
    topic: str | None = None
    topic_sentence: Sentence | None = None
    models: list[Ref] = field(default_factory=list)  # models named so far, in order
    series: list[Ref] = field(default_factory=list)
    benchmarks: list[tuple[str, int]] = field(default_factory=list)  # (label, sentence index)
    bench_setting: dict[str, str | None] = field(default_factory=dict)  # the setting a benchmark was last named with
    last_beat: tuple[str, str, int] | None = None  # (winner, loser, sentence index) of the last comparison stated
    developed: dict[str, str] = field(default_factory=dict)  # model -> lab, as the text or the gazetteer says
    section_lab: str | None = None  # the one lab the last heading names, when it names no model
    block_target: dict[int, str] = field(default_factory=dict)
    block_models: dict[int, list[Ref]] = field(default_factory=dict)
    block_start: dict[int, int] = field(default_factory=dict)
    section_model: str | None = None  # the one model the last heading names ('Lumen 4 Pro at a glance')
    section_titled: bool = False  # the last heading is that model's name alone ('## 2. Gemma 3 4B')
    listed_models: list[str] = field(default_factory=list)  # 'results (A / B):' before a list
    list_benchmark: str | None = None  # the one benchmark the last sentence before a list names
    list_model: str | None = None  # the one model an intro ending in ':' names ('Foo-2 9B results:')
    list_setting: str | None = None  # the setting such an intro states ('A → B (thinking mode, avg@8):')
    index: int = 0
    topic_index: int = -1


def _same(a: str, b: str) -> bool:
    """Two labels of one model at different precision ('Phi-4' and 'Phi-4 14B').

    A longer label that adds a variant word ('Tern-2 7B' and 'Tern-2 7B Chat') is another model.
    """
    ka, kb = norm_key(a), norm_key(b)
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    return long_.startswith(short) and not re.search(r"[a-z]{2}", re.sub(r"\d+(?:\.\d+)?[bmt]", "", long_[len(short):]))


def _family_only(label: str) -> bool:
    """A bare family name with no version or size ('GPT', 'Gemini')."""
    return not re.search(r"\d", label)


class ProseReader:
    """Reads the claims of a sequence of sentences."""

    def __init__(self, gazetteer: Gazetteer, recognizer: Recognizer):
        self.gaz = gazetteer
        self.rec = recognizer
        self.demonym_re = self._demonym_regex()
        self.demonym_stems = frozenset(w.lower()[:5] for w in self.gaz.demonyms)
        self.domain_re = self._domain_regex()
        self._verb_memo: dict[str, bool] = {}
        self._denied: tuple[int, list[Ref]] = (-1, [])  # (sentence start, models a licence was denied for there)
        self._item = False  # the sentence being read is a list item
        self._coordination = None  # built on first use (see _coordination_re)
        self._release_list = False  # the items being read list release dates
        self._last_license: str | None = None  # the licence the document last stated, and of which model
        self._last_license_of: str = ""
        self._text_memo: dict[tuple[str, str], object] = {}
        self._local_benchmarks: set[str] = set()  # benchmark names only the document being read uses
        self._owners_key: tuple = ()  # (context, models named) the short-name table below was built for
        self._owners: dict[str, set[str]] = {}

    def _demonym_regex(self) -> re.Pattern:
        words = sorted(self.gaz.demonyms, key=len, reverse=True)
        alt = "|".join(re.escape(w) for w in words)
        names = r"[A-Z][^,.;:()]{0,40}?(?:(?:,\s*|,?\s+and\s+)[A-Z][^,.;:()]{0,40}?){0,8}"  # "A, B and C"
        return re.compile(rf"\b({alt})\s+{LAB_WORDS}\b(?:\s*\(([^)]*)\)|,?\s+(?:such as|including|like)\s+([^.;:]*?)(?=\s+(?:dominat|lead|excel|optimi|focus|speciali|are|have)\w*|[.;:]|$)"
                          rf"|,\s+((?:notably|especially|particularly|chiefly)\s+[^,.;]{{1,60}}|[^,.;]{{1,60}}?\s+(?:above all|in particular|especially|first of all|chief among them|most of all)),"
                          rf"|,\s+led by\s+({names})(?=,|[.;:]|$)|:\s+({names})(?=[.;:]|$)|,\s+({names})\s+among them\b"
                          rf"|,\s+({names})\s+(?:above all|in particular|especially|chief among them|most of all),"
                          rf"|,\s+with\s+({names})\s+(?:at the front|in front|in the lead|leading the way|out in front),"
                          # "three Chinese labs, DeepSeek, Alibaba and Moonshot AI, and ..."
                          rf"|,\s+({names})(?=,?\s+(?:and|but|while|which|who)\s+[a-z]|[.;:]|$)"
                          # "The Emirati labs TII and Inception account for ..."
                          rf"|\s+(?=[A-Z])({names})(?=\s+(?:account|have|has|are|were|lead|led|dominate|build|built|publish|"
                          rf"release|released|make|made|develop|developed|train|trained)\b|[.;:]|$))?")

    def _domain_regex(self) -> re.Pattern:
        words = sorted(self.gaz.domain_words, key=len, reverse=True)
        return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.I)

    def read(self, sentences: list[Sentence], doc_text: str, published: str | None = None,
             benchmarks: tuple[str, ...] = (), models: tuple[tuple[str, str], ...] = ()) -> tuple[list[Draft], list[Mention]]:
        """Drafts for all sentences and every mention found (for the entity list).

        `published` (the document's ISO date) is what "today" means in a release statement;
        `benchmarks` are names the document's own tables use as benchmarks (unknown to the
        gazetteer), found in its prose too; `models` (name, label) are models its tables score that the
        recogniser does not know ('pumice-5 14b').
        """
        self.doc_text = doc_text
        self.published = published
        found = [self.rec.find(s.text) for s in sentences]
        local = {name: ("Model", label) for name, label in models} | {name: ("Benchmark", name) for name in benchmarks} | \
            self._model_short_names(found) | self._lab_short_names(found) | \
            self._described_names(sentences, found) | self._slug_names(found)
        if local:
            found = [self._with_local_names(s.text, ms, local) for s, ms in zip(sentences, found)]
        self._local_benchmarks = {name for name, (kind, _) in local.items() if kind == "Benchmark"}
        ctx = Context(focal=self._focal(found))
        self.card_model = self._card_model(sentences, found)
        self.main_subject = self._main_subject(found)
        drafts: list[Draft] = []
        mentions: list[Mention] = []
        for i, (sent, ms) in enumerate(zip(sentences, found)):
            ctx.index = i
            mentions.extend(ms)
            low = sent.text.lower()
            self._low = low if len(low) == len(sent.text) else None
            self._words = {w[:5] for w in WORD_RE.findall(low)}  # for the rules' pre-checks
            self._dates = self._memo(find_dates, sent.text)
            if self.published and not self._dates and MONTH_HINT_RE.search(sent.text):
                self._dates = find_yearless_dates(sent.text, self.published)  # "released it on October 14"
            self._item = sent.kind == "item"
            refs = self._resolve(sent, ms, ctx)
            ctx.block_start.setdefault(sent.block, sent.start)
            self._section_target(sent, refs, ctx)
            if sent.kind == "heading" and not (ctx.section_model and SUBSECTION_RE.match(sent.text)):
                # (a model's 'Results' or 'Reported scores' subsection is still about that model)
                named = {r.label for r in refs if r.type == "Model" and not r.resolved}
                ctx.section_model = named.pop() if len(named) == 1 else None
                labs = {r.label for r in refs if r.type == "Lab"}  # a vendor's profile: '### Aleph Alpha'
                ctx.section_lab = labs.pop() if len(labs) == 1 and ctx.section_model is None else None
                rest = sent.text
                for r in refs:
                    rest = rest.replace(sent.text[r.start:r.end], " ")
                # '## 2. Gemma 3 4B': a section titled by the model alone, whose "it" is that model
                ctx.section_titled = ctx.section_model is not None and not re.search(r"[A-Za-z]{2}", rest)
            prev = sentences[i - 1] if i else None
            found_here = self._read_sentence(sent, refs, ctx, prev)
            nxt = sentences[i + 1] if i + 1 < len(sentences) else None
            if found_here and (" that " in sent.text and DENIED_CLAIM_RE.search(sent.text) or nxt is not None
                               and nxt.block == sent.block and DENIED_NEXT_RE.match(nxt.text)):
                found_here = []  # "Reports that X has 1.2T parameters are not accurate"; "... X leads B. It does not:"
            if sent.kind == "heading":
                for d in found_here:  # a headline sums up: the body's statement of the same claim is its evidence
                    d.confidence = round(d.confidence - 0.05, 2)
            drafts.extend(found_here)
            self._remember(sent, refs, ctx, i)
            stated = next((d for d in reversed(found_here) if d.kind == "license"), None)
            if stated:
                self._last_license, self._last_license_of = stated.object, stated.subject
            beat = next((d for d in found_here if d.kind == "outperforms"), None)
            if beat:
                ctx.last_beat = (beat.subject, beat.object, i)
            for d in found_here:
                if d.kind == "developer":
                    ctx.developed[d.subject] = d.object
        return drafts, mentions

    @staticmethod
    def _card_model(sentences: list[Sentence], found: list[list[Mention]]) -> str | None:
        """The model a card is about: the one named in its first heading (within the first lines)."""
        for sent, ms in list(zip(sentences, found))[:12]:
            if sent.kind == "heading":
                model = next((m for m in ms if m.type in MODEL_TYPES), None)
                return model.label if model and m_covers(sent.text, model) else None
        return None

    @staticmethod
    def _main_subject(found: list[list[Mention]]) -> str | None:
        """The model or series a document is plainly about: named at least three times and at least twice
        as often as any other (a card without a title: 'Model developer: ...' is about it)."""
        counts: dict[str, int] = {}
        for ms in found:
            for m in ms:
                if m.type in MODEL_TYPES:
                    counts[m.label] = counts.get(m.label, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < 3 or len(ranked) > 1 and ranked[0] < 2 * ranked[1]:
            return None
        return max(counts, key=counts.get)

    def _model_short_names(self, found: list[list[Mention]]) -> dict[str, tuple[str, str]]:
        """What a text calls a model it has named in full, when only that model could be meant: its version
        alone ('K2' for Kimi K2, 'V3.1' for DeepSeek-V3.1), or an unknown head word ('Qingshan' for Qingshan-M2)."""
        seen: dict[str, set[str]] = {}
        done: set[tuple[str, str]] = set()
        for ms in found:
            for m in ms:
                if m.type != "Model" or (m.text, m.label) in done:
                    continue
                done.add((m.text, m.label))
                parts = re.split(r"[\s-]+", m.text.strip())
                if len(parts) < 2:
                    continue
                if SHORT_VERSION_RE.fullmatch(parts[-1]):
                    seen.setdefault(parts[-1], set()).add(m.label)
                elif re.fullmatch(r"[A-Z][a-z]{3,}", parts[-1]) and parts[-1] not in SHORT_NAME_WORDS and \
                        parts[-1] not in GENERIC_TAILS and not self.gaz.lookup(parts[-1]):
                    seen.setdefault(parts[-1], set()).add(m.label)  # 'Maverick' for Llama 4 Maverick
                head = parts[0]
                if re.fullmatch(r"[A-Z][a-z]{3,}", head) and head not in self.rec.rec.not_heads and \
                        head not in self.gaz.demonyms and not self.gaz.lookup(head):
                    seen.setdefault(head, set()).add(m.label)
        return {name: ("Model", labels.pop()) for name, labels in seen.items() if len(labels) == 1}

    def _slug_names(self, found: list[list[Mention]]) -> dict[str, tuple[str, str]]:
        """Models written as lower-case repository slugs ('meridian-5-nano-open', 'bge-large-en-v1.5',
        'corvid-3-8b'): the model the text names in capitals when the slug spells it ('Corvid-3-8B'), else the
        slug itself when its first word heads a model or lab the text names ('quarry-' of Quarry Systems) or it
        carries a size or a version ('-8b', '-v1.5')."""
        written = [m.group(0) for m in SLUG_RE.finditer(self.doc_text)]  # one pass over the text
        slugs = [slug for slug in dict.fromkeys(written)
                 if slug.split("-")[0] not in NOT_SLUG_HEADS and not re.search(r"-licen[cs]e\b", slug)]
        if not slugs:
            return {}
        named = [m for ms in found for m in ms if m.type in MODEL_TYPES]
        labels = {norm_key(m.label): m.label for m in named} | {norm_key(m.text): m.label for m in named}
        heads = {m.label.split()[0].split("-")[0].casefold() for ms in found for m in ms if m.type in MODEL_TYPES + ("Lab",)}
        out: dict[str, tuple[str, str]] = {}
        for slug in slugs:
            parts = slug.split("-")
            if norm_key(slug) in labels:
                out[slug] = ("Model", labels[norm_key(slug)])
            elif parts[0] in heads or len(parts) >= 3 and any(re.fullmatch(r"\d+(?:\.\d+)?[bm]|v\d+(?:\.\d+)*", p) for p in parts) \
                    or len(parts) == 2 and re.fullmatch(r"\d+\.\d+|v\d+(?:\.\d+)*", parts[1]) and written.count(slug) >= 2:
                out[slug] = ("Model", slug)  # (a name and a dotted version the text keeps using: 'cinder-4.1')
        families = {k.split("-")[0] for k in out}  # ... and its siblings once one is a model ('cinder-4.0' beside 'cinder-4.1')
        for slug in slugs:
            if slug not in out and slug.split("-")[0] in families and re.fullmatch(r"[a-z]+-(?:\d+\.\d+|v\d+)(?:-[a-z]+)?", slug):
                out[slug] = ("Model", slug)
        return out

    def _lab_short_names(self, found: list[list[Mention]]) -> dict[str, tuple[str, str]]:
        """'Nordwind' for an unknown 'Nordwind Labs' named in the same document."""
        out = {}
        for ms in found:
            for m in ms:
                head = m.label.rsplit(" ", 1)[0]
                if m.type == "Lab" and not m.known and " " in m.label and len(head) > 3 and not self.gaz.lookup(head):
                    out[head] = ("Lab", m.label)
        return out

    def _described_names(self, sentences: list[Sentence], found: list[list[Mention]]) -> dict[str, tuple[str, str]]:
        """Names the gazetteer does not know and whose shape says nothing, which the document itself
        calls a model ("Spruce-R, a 3.8-billion-parameter reasoning model", "Wattle is a 0.6B model") or
        a lab ("Verdant Compute, a Dutch startup", "the Dutch lab Verdant Compute", "Brightline is an
        American AI lab"): models and labs wherever the document names them."""
        out = {}
        for sent, ms in zip(sentences, found):
            text = sent.text
            shapes = ((DESCRIBED_MODEL_RE, "Model"),) if "model" in text or "LLM" in text else ()
            if any(w in text for w in LAB_NOUN_WORDS):
                shapes += ((DESCRIBED_LAB_RE, "Lab"), (LAB_THEN_NAME_RE, "Lab"), (DESCRIBED_LAB_PLACE_RE, "Lab"))
            for rx, type_ in shapes:
                for m in rx.finditer(text):
                    name = m.group("name").rstrip(".")  # ('... lab Tamarisk Labs.': the sentence's full stop)
                    words = name.replace("-", " ").split()
                    if words[0] in self.rec.rec.not_heads or self.gaz.lookup(name) or \
                            any(x.start < m.end("name") and m.start("name") < x.end and not (type_ == "Lab" and x.type == "Lab")
                                for x in ms) or (type_ == "Model" and words[-1] in ORG_SUFFIXES):
                        continue
                    out[name] = (type_, name)
        return out

    @staticmethod
    def _with_local_names(text: str, ms: list[Mention], names: dict[str, tuple[str, str]]) -> list[Mention]:
        """Mentions of names this document defines (table benchmarks, short lab names) added to `ms`: each name
        where it stands as a word of its own, longest names first (plain substring search: no pattern to compile)."""
        extra: list[Mention] = []
        for name in sorted((n for n in names if n in text), key=len, reverse=True):
            start = text.find(name)
            while start >= 0:
                end = start + len(name)
                # ('GSM8K-IN' of the document's table over the known 'GSM8K' inside it: the longer name is meant)
                inside = [x for x in ms if start <= x.start and x.end <= end and (x.start, x.end) != (start, end)
                          and x.type == names[name][0] != "Lab"]
                if not _word_char(text, start - 1) and not _word_char(text, end) and \
                        not any(x.start < end and start < x.end for x in (*ms, *extra) if x not in inside):
                    ms = [x for x in ms if x not in inside]
                    extra.append(Mention(names[name][0], names[name][1], start, end, name, False))
                start = text.find(name, start + 1)
        return sorted(ms + extra, key=lambda x: x.start) if extra else ms

    def _scan(self, full: re.Pattern, cand: re.Pattern, text: str, pos: int = 0, endpos: int | None = None):
        """`full.finditer(text, pos, endpos)`, faster: a plain lower-case pattern finds where a match can
        start (in the sentence's lower-cased copy) and `full` is tried only there."""
        endpos = len(text) if endpos is None else endpos
        if self._low is None or len(text) != len(self._low):
            yield from full.finditer(text, pos, endpos)
            return
        last = pos
        for c in cand.finditer(self._low, pos, endpos):
            if c.start() < last:
                continue
            m = full.match(text, c.start(), endpos)
            if m:
                last = max(m.end(), c.start() + 1)
                yield m

    @staticmethod
    def _focal(found: list[list[Mention]]) -> str | None:
        counts: dict[str, int] = {}
        for ms in found:
            for m in ms:
                if m.type == "Model":
                    counts[m.label] = counts.get(m.label, 0) + 1
        return max(counts, key=counts.get) if counts else None

    # ---- reference resolution -------------------------------------------------------------
    def _resolve(self, sent: Sentence, ms: list[Mention], ctx: Context) -> list[Ref]:
        refs = [Ref(m.type, m.label, m.start, m.end, m.params, m.active, m.family) for m in ms]
        refs = self._compose_sizes(sent.text, refs)
        refs = self._bare_family(sent, refs, ctx)
        refs += self._anaphors(sent, refs, ctx)
        refs += self._short_names(sent.text, refs, ctx)
        if "s model" in sent.text or "s’ model" in sent.text or "’s " in sent.text:
            found = self._lab_models(sent.text, refs, ctx)
            # "Qwen's model" is that model, not the series
            refs = [r for r in refs if not (r.type == "Series" and any(f.start == r.start for f in found))] + found
        return sorted(refs, key=lambda r: r.start)

    def _short_names(self, text: str, refs: list[Ref], ctx: Context) -> list[Ref]:
        """'Mini scores 74.9 on IFEval', 'Selkie beats Gemma': a model called by the tier word ending its name
        or by its invented family word, when one model named so far (of the last 40) has it."""
        owners = self._short_name_owners(ctx)
        if not owners or not owners.keys() & set(SHORT_CANDIDATE_RE.findall(text)):
            return []
        out = []
        for m in SHORT_CANDIDATE_RE.finditer(text):
            labels = owners.get(m.group(0), ())
            before = re.search(r"(?:\b[A-Z0-9][\w.]*|[A-Za-z0-9]-)\s?$", text[max(0, m.start() - 30):m.start()])
            if len(labels) == 1 and not any(r.start < m.end() and m.start() < r.end for r in refs) and \
                    not SHORT_NAME_NOT_RE.match(text, m.end()) and not (before and before.group(0).strip() not in OPENING_WORDS):
                # (not after a capitalised word or a number: part of another name, 'Gemini 2.5 Pro'; 'so Pro is',
                # 'But Large beats' are it)
                out.append(Ref("Model", next(iter(labels)), m.start(), m.end(), resolved=True))
        return out

    def _lab_models(self, text: str, refs: list[Ref], ctx: Context) -> list[Ref]:
        """"DeepSeek's model", "Alibaba's new model", "the Qwen model's 60.4": the last model named of that lab
        (as the text or the gazetteer says) or of that series."""
        out = []
        for r in refs:
            if r.type not in ("Lab", "Series"):
                continue
            m = LAB_MODEL_RE.match(text, r.end)
            if m is None or any(x.type in MODEL_TYPES and r.end <= x.start < m.end() + 2 for x in refs):
                continue
            here = [x for x in refs if x.type == "Model" and not x.resolved and x.end <= r.start]
            for prior in [*reversed(here), *reversed(ctx.models[-40:])]:
                if r.type == "Lab":
                    entry = self.gaz.entry("Model", prior.label)
                    owner = ctx.developed.get(prior.label) or (entry.get("developer") if entry else None)
                    hit = _same(owner, r.label) if owner else norm_key(prior.label).startswith(norm_key(r.label))
                else:
                    hit = prior.label != r.label and (prior.family == r.label or norm_key(prior.label).startswith(norm_key(r.label)))
                if hit:
                    out.append(Ref("Model", prior.label, r.start, m.end(), prior.params, resolved=True))
                    break
        return out

    def _short_name_owners(self, ctx: Context) -> dict[str, set[str]]:
        """Short word -> labels of the last 40 models named, rebuilt only when a model was named since."""
        key = (id(ctx), len(ctx.models))
        if self._owners_key != key:
            owners: dict[str, set[str]] = {}
            for label in dict.fromkeys(r.label for r in ctx.models[-40:]):
                for word in _short_words(label):
                    owners.setdefault(word, set()).add(label)
            self._owners_key, self._owners = key, owners
        return self._owners

    def _compose_sizes(self, text: str, refs: list[Ref]) -> list[Ref]:
        """'the 9B parameter Qwen 3.5' and "Qwen 3.5's 9B model" name the model 'Qwen 3.5 9B'."""
        out = list(refs)
        for r in refs:
            if r.type != "Series" and not (r.type == "Model" and r.params is None):
                continue
            before = SIZE_BEFORE_RE.search(text, max(0, r.start - 40), r.start)
            after = SIZE_AFTER_RE.match(text, r.end)
            m, start, end = (before, before.start(), r.end) if before else (after, r.start, after.end()) if after else (None, 0, 0)
            if m is None:
                continue
            size = float(m.group(1)) * 1e9
            label = f"{r.label} {m.group(1)}B"
            known = self.gaz.lookup(label, ("Model",))
            out[out.index(r)] = Ref("Model", known.label if known else label, start, end, size, None, r.label)
        for lab in [r for r in refs if r.type == "Lab"]:
            m = SIZE_AFTER_RE.match(text, lab.end)
            model = self._lab_model(lab.label, float(m.group(1)) * 1e9) if m else None
            if model:
                out.append(Ref("Model", model, lab.end, m.end(), float(m.group(1)) * 1e9, resolved=True))
        return out

    def _lab_model(self, lab: str, size: float) -> str | None:
        """The gazetteer model of a lab whose name states this size ("OpenAI's 120B model")."""
        for (type_, label), entry in self.gaz.entries.items():
            if type_ == "Model" and entry.get("developer") == lab:
                m = SIZE_RE.search(label)
                if m and abs(parse_size(m.group(0)) - size) < 1e-6 * size:
                    return label
        return None

    def _bare_family(self, sent: Sentence, refs: list[Ref], ctx: Context) -> list[Ref]:
        """A bare family name after a member was named in the same block means that member."""
        members = list(ctx.block_models.get(sent.block, []))
        out = []
        for r in sorted(refs, key=lambda x: x.start):
            if r.type in MODEL_TYPES and r.params is None and not re.search(r"\d", r.label.split()[-1] if r.type == "Series" else "x"):
                pass
            if r.type in ("Series", "Lab") or (r.type == "Model" and r.params is None):
                member = next((m for m in reversed(members) if m.label != r.label and m.params
                               and (m.family == r.label or norm_key(m.label).startswith(norm_key(r.label)))), None)
                if member is None and r.type == "Series" and re.match(r"\s+model\b", sent.text[r.end:]) and \
                        re.search(r"\b[Tt]he\s+$", sent.text[max(0, r.start - 4):r.start]):
                    # "the Llama model": the one member of that family the text named last, in any block
                    member = next((m for m in reversed(ctx.models[-40:]) if m.label != r.label and m.params
                                   and (m.family == r.label or norm_key(m.label).startswith(norm_key(r.label)))), None)
                if member and r.type != "Lab" or member and r.type == "Lab" and self.gaz.lookup(r.label, ("Series",)):
                    out.append(replace(member, start=r.start, end=r.end, resolved=True))
                    continue
            out.append(r)
            if r.type == "Model" and r.params:
                members.append(r)
        return out

    def _anaphors(self, sent: Sentence, refs: list[Ref], ctx: Context) -> list[Ref]:
        out = []
        taken = [(r.start, r.end) for r in refs]
        if not (self._words & ANAPHOR_STEMS or SIZE_ANAPHOR_HINT.search(sent.text) or SUBJECTLESS_RE.match(sent.text)):
            return out
        for m in self._scan(ANAPHOR_ANY, ANAPHOR_CAND, sent.text):
            name = m.lastgroup
            m = ANAPHOR_BY_NAME[name].match(sent.text, m.start())
            if True:
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                if name == "ours" and m.group(0) in ("us", "ours") and not OURS_AFTER_RE.search(sent.text, max(0, m.start() - 16), m.start()):
                    continue  # 'let us', 'join us': no model
                inside = self._sentence_subject(sent.text, refs + out, m.start()) if name == "topic" else None
                found = [(inside.label, inside.params)] if inside else \
                    (name == "both" and self._both_in_sentence(refs, m.start())) or self._antecedents(name, m, ctx)
                if not found and name == "size":
                    found = self._series_member(refs, m, ctx)
                if name == "focal":  # "Compared with X, the new model ...": not X
                    found = [(label, p) for label, p in found if not any(r.label == label for r in refs)]
                for label, params in found:
                    out.append(Ref("Model", label, m.start(), m.end(), params, resolved=True))
                taken.append((m.start(), m.end()))
                more = SIZE_LIST_RE.match(sent.text, m.end()) if name == "size" and found else None
                while more:  # "the 3B and 72B models": each size its own member
                    for label, params in self._antecedents(name, more, ctx) or self._series_member(refs, more, ctx):
                        out.append(Ref("Model", label, more.start(1), more.end(1), params, resolved=True))
                    taken.append((more.start(1), more.end(1)))
                    more = SIZE_LIST_RE.match(sent.text, more.end())
        return out

    def _series_member(self, refs: list[Ref], m: re.Match, ctx: Context) -> list[tuple[str, float | None]]:
        """'the Qwen 3.5 Small Model Series ... its largest member, the 9B' = 'Qwen 3.5 9B'."""
        series = [r for r in refs if r.type == "Series" and r.end <= m.start()] or \
            [r for r in ctx.series[-1:] if ctx.index - r.start <= 2]
        if not series:
            return []
        words = series[-1].label.split()
        for k in range(len(words), 0, -1):
            base = self.gaz.lookup(" ".join(words[:k]), ("Series",))
            if base is not None and base.label.split()[-1].casefold() not in ("series", "models", "family", "lineup"):
                written = m.group(1) or m.group(2)
                size = parse_size(written)
                label = f"{base.label} {written}"
                known = self.gaz.lookup(label, ("Model",))
                return [(known.label if known else label, size)]
        return []

    @staticmethod
    def _both_in_sentence(refs: list[Ref], pos: int) -> list[tuple[str, float | None]]:
        """'A trails B ..., and C falls behind both models': the two models named before C, the nearest
        model before the anaphor being its verb's subject."""
        labels = list(dict.fromkeys(r.label for r in refs if r.type == "Model" and not r.resolved and r.end <= pos))
        return [(label, None) for label in labels[-3:-1]] if len(labels) >= 3 else []

    @staticmethod
    def _sentence_subject(text: str, refs: list[Ref], pos: int) -> Ref | None:
        """'X ..., but it ...': a pronoun after a model named earlier in the sentence is that sentence's first model."""
        before = sorted((r for r in refs if r.type == "Model" and r.end <= pos and not re.search(
            r"\b(?:[Ll]ike|[Uu]nlike|[Aa]s with|[Cc]ompared (?:to|with)|[Aa]gainst|[Vv]ersus|[Rr]elative to)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$",
            text[max(0, r.start - 30):r.start])),
            key=lambda r: r.start)  # not "Like X, it ...": the X of a fronted comparison
        cuts = [0] + [c.start() for c in PRONOUN_CLAUSE_RE.finditer(text, 0, pos)]
        if len(cuts) >= 2:  # the subject of the clause before the pronoun's clause
            in_prev = [r for r in before if cuts[-2] <= r.start < cuts[-1]]
            if in_prev:
                return in_prev[0]
        return before[0] if before else None

    def _antecedents(self, name: str, m: re.Match, ctx: Context) -> list[tuple[str, float | None]]:
        if name == "size":  # the last model of that size, one of the document's own family first ('our 14B model')
            size = parse_size(m.group(1) or m.group(2))
            sized = [r for r in reversed(ctx.models) if r.params and abs(r.params - size) < 1e-6 * size]
            first = ctx.models[0].label if ctx.models else ""
            own = first.split()[0].split("-")[0] if first else None
            series = re.split(r"[\s-]\d+(?:\.\d+)?[BM]\b", first)[0]  # 'Stonechat 3' of 'Stonechat 3 2B Instruct'
            hit = next((r for r in sized if series and r.label.startswith(series)), None) or \
                next((r for r in sized if r.label.split()[0].split("-")[0] == own), sized[0] if sized else None)
            return [(hit.label, hit.params)] if hit else []
        if name == "topic":  # the model of the last sentences, else the one the section's heading names
            if ctx.section_titled:
                return [(ctx.section_model, None)]
            return [(ctx.topic, None)] if ctx.topic and ctx.topic_sentence is not None and \
                ctx.index - ctx.topic_index <= 2 else [(ctx.section_model, None)] if ctx.section_model else []
        if name == "flagship":
            return [(ctx.flagship, None)] if ctx.flagship else []
        if name == "ours":  # the card's model, else the one the document is about
            label = self.card_model or self.main_subject or ctx.focal
            return [(label, None)] if label else []
        if name == "focal":  # "the new model": the one the card, else the recent sentences, else the document is about
            recent = ctx.topic if ctx.topic and ctx.index - ctx.topic_index <= 2 else None
            label = self.card_model or recent or ctx.focal
            return [(label, None)] if label else []
        if name == "both":
            labels = list(dict.fromkeys(r.label for r in reversed(ctx.models)))[:2]
            return [(lab, None) for lab in labels] if len(labels) == 2 else []
        counted = re.fullmatch(r"(?i)all\s+(two|three|four|five|six|seven|eight)", m.group(0))
        if counted and len(ctx.last_named) == COUNT_WORDS[counted.group(1).lower()] and \
                all(self.gaz.lookup(label, ("Series",)) is None for label in ctx.last_named):
            # "A, B, C and D score ... All four are ahead of E": the models the sentence before named
            return [(label, None) for label in ctx.last_named]
        series = ctx.series[-1] if ctx.series else None
        if series and ctx.index - series.start <= 6:
            return [(series.label, None)]
        last = ctx.models[-1] if ctx.models else None
        if last and last.family:  # "All four" after a list of members of a series named earlier
            named = next((r for r in reversed(ctx.series) if norm_key(r.label).startswith(norm_key(last.family))), None)
            if named:
                return [(named.label, None)]
        family = self._family_of_recent(ctx)
        return [(family, None)] if family else []

    @staticmethod
    def _family_of_recent(ctx: Context) -> str | None:
        """A size-less model name that later named models extend ('Corvid-2' then 'Corvid-2 8B Base')."""
        recent = ctx.models[-12:]
        for k, r in enumerate(recent):
            members = [m for m in recent[k + 1:] if m.label != r.label and norm_key(m.label).startswith(norm_key(r.label))]
            if r.params is None and not r.resolved and len({m.label for m in members}) >= 2:
                return r.label
        return None

    def _remember(self, sent: Sentence, refs: list[Ref], ctx: Context, i: int) -> None:
        if sent.kind != "item":  # a list's intro says what its items are: 'release timeline of the models'
            self._release_list = bool(RELEASE_INTRO_RE.search(sent.text))
        models = [r for r in refs if r.type in MODEL_TYPES]
        ctx.last_named = tuple(dict.fromkeys(r.label for r in models))
        if "flagship" in sent.text:  # 'a 34B flagship, X', 'X, our new flagship', 'X – our flagship'
            for f in re.finditer(r"flagship", sent.text):
                near = [r for r in models if r.type == "Model" and not r.resolved and
                        (0 <= f.start() - r.end <= 25 or 0 <= r.start - f.end() <= 4)]
                if near:
                    ctx.flagship = min(near, key=lambda r: min(abs(f.start() - r.end), abs(r.start - f.end()))).label
        if sent.kind == "heading":
            ctx.listed_models, ctx.list_benchmark, ctx.list_model, ctx.list_setting = [], None, None, None
        elif sent.kind != "item":  # what a list's items may leave unsaid: the models and benchmark its intro names
            slashed = [r for r in models if not r.resolved]
            ctx.listed_models = [r.label for r in slashed] if len(slashed) >= 2 and all(
                re.fullmatch(r"\s*(?:/|→|->)\s*", sent.text[a.end:b.start]) for a, b in zip(slashed, slashed[1:])) else []
            benches = {r.label for r in refs if r.type == "Benchmark"}
            ctx.list_benchmark = benches.pop() if len(benches) == 1 else None
            named = {r.label for r in models if not r.resolved}
            ctx.list_model = named.pop() if len(named) == 1 and sent.text.rstrip().endswith(":") else None
            found = [name for name, _, _ in self._memo(find_settings, sent.text)] if sent.text.rstrip().endswith(":") else []
            ctx.list_setting = next((f for f in found if "@" in f), None) or next((f for f in found if "shot" in f), None) or (
                found[0] if len(found) == 1 else None)
        for r in models:
            if r.type == "Model":
                ctx.models.append(r)
                ctx.block_models.setdefault(sent.block, []).append(r)
            else:
                ctx.series.append(replace(r, start=i))
        if models:
            ctx.topic, ctx.topic_sentence, ctx.topic_index = models[0].label, sent, i
        settings = {name for name, _, _ in self._memo(find_settings, sent.text)}
        for r in refs:
            if r.type == "Benchmark":
                ctx.benchmarks.append((r.label, i))
                ctx.bench_setting[r.label] = settings.pop() if len(settings) == 1 else None

    @staticmethod
    def _section_target(sent: Sentence, refs: list[Ref], ctx: Context) -> None:
        """A block opening with 'vs X:' compares its statements with X."""
        m = re.match(r"\s*(?:vs\.?|versus|compared (?:to|with))\s+", sent.text)
        models = [r for r in refs if r.type in MODEL_TYPES]
        if m and models and models[0].start <= m.end() + 20:
            ctx.block_target[sent.block] = models[0].label

    # ---- claims of one sentence --------------------------------------------------------------
    def _read_sentence(self, sent: Sentence, refs: list[Ref], ctx: Context, prev: Sentence | None) -> list[Draft]:
        if ("version" in sent.text or "v1" in sent.text) and WITHDRAWN_RE.search(sent.text):
            return []  # "An earlier version of this card gave 72.4": a figure taken back, no claim
        ev = Evidence(sent.text, sent.start, sent.end)
        if sent.kind == "item" and " · " in sent.text:
            card = self._stat_card(sent, refs, ctx, ev)
            if card is not None:
                return card
        out: list[Draft] = []
        settings = self._memo(find_settings, sent.text)
        self._compared: dict[int, Ref] = {}  # object offset -> subject, of this sentence's comparisons
        refs = _without_described_benchmarks(sent.text, refs)

        spans = self._memo(self._clauses, sent.text)
        taken = self._taken_spans(sent.text, refs, settings)
        subject = None  # the model the last clause was about
        # a score field of a section's model that compares it with models named after its figure
        owner = self._section_field_model(sent, refs, ctx) if sent.kind == "item" and \
            any(r.type in MODEL_TYPES for r in refs) else []
        for cs, ce in spans:
            crefs = [r for r in refs if cs <= r.start < ce]
            if owner and cs == 0:
                crefs = owner + crefs
            if subject is not None and SUBJECTLESS_CLAUSE_RE.match(sent.text, cs):
                crefs = [replace(subject, start=cs, end=cs, resolved=True)] + crefs  # "X trails Y on A, but scores 71.2 on B"
            # the clause's subject: not a model it is compared with ('Compared with X, Y is ahead on A')
            subject = next((r for r in crefs if r.type in MODEL_TYPES and not OBLIQUE_NAME_RE.search(sent.text, cs, r.start)),
                           subject)
            out += self._scores(sent, crefs, refs, cs, ce, ctx, settings, taken, ev)
            out += self._comparisons(sent, crefs, refs, cs, ce, ctx, settings, ev)
            out += self._licenses(sent, crefs, cs, ce, ctx, prev, ev)
            out += self._prices(sent, crefs, refs, cs, ce, ctx, settings, ev)
        field_line = FIELD_RE.match(sent.text)
        if field_line and sent.kind == "heading" and not HEADING_FIELD_RE.match(sent.text):
            field_line = None  # a heading is a field only when it has its value ('### Model Developer: Lab')
        if field_line and FIELD_KINDS[_field_key(field_line)] == "model":
            self._field_model(field_line, refs)  # and the line is read as any other
        elif field_line:
            return out + self._field_line(field_line, sent, refs, ev, ctx)
        out += self._developers(sent, refs, ev)
        if ctx.topic and ctx.developed.get(ctx.topic) and (said := COMPANY_RELEASED_RE.match(sent.text)):
            # "Dalbit AI released Dalbit-2 ... The company also released Dalbit-2-Mini": the same lab's
            target = next((r for r in refs if r.type in MODEL_TYPES and not r.resolved and r.start >= said.end()
                           and RELEASED_OBJECT_RE.fullmatch(sent.text, said.end(), r.start)), None)
            out += [Draft("developer", t.label, self._evidence(sent, ctx), object=ctx.developed[ctx.topic],
                          method="prose.developer-company", confidence=0.6) for t in self._with_listed(sent.text, refs, target)]
        out += self._described_developer(sent, refs, ctx)
        if len(sent.text) <= 60 and ctx.topic_sentence is not None and ctx.topic_sentence.kind == "heading" and \
                ctx.index - ctx.topic_index <= 3 and not any(r.type in MODEL_TYPES and not r.resolved for r in refs):
            out += self._byline(sent, refs, ctx)
        out += self._parameters(sent, refs, ev, ctx)
        out += self._regions(sent, refs, ev)
        out += self._releases(sent, refs, ev)
        if " · " in sent.text:
            out += self._dotted_fields(sent, refs, ev, out)
        if ";" in sent.text and (RELEASE_LIST_RE.search(sent.text) or prev is not None and prev.text.rstrip().endswith(":")
                                 and RELEASE_LIST_RE.search(prev.text)):  # ('Release dates, for the record:' / 'A, date; B, date')
            out += self._release_date_list(sent, refs, ev, out)
        if "(" in sent.text:
            out += self._bracketed_release(sent, refs, ev, out)
        out += self._outperforms_from_scores(out, sent)
        if not any(d.kind == "outperforms" for d in out) and (" ahead on " in sent.text or " behind on " in sent.text):
            out += self._ahead_of_the_other(sent, refs, ctx, ev) or self._versus_line(sent, refs, ctx, ev)
        return out

    def _stat_card(self, sent: Sentence, refs: list[Ref], ctx: Context, ev: Evidence) -> list[Draft] | None:
        """A benchmark card under a model's heading, its lines joined by ' · ': '+6.2 · GPQA Diamond · pass@1 ·
        71.2 · vs 65.0 for GPT-4.1' is the model's 71.2 on GPQA Diamond (pass@1), GPT-4.1's 65.0, and the higher
        one ahead. None when the line is no such card (its other rules read it)."""
        text, pos, parts = sent.text, 0, []
        for part in text.split(" · "):
            parts.append((part, pos, pos + len(part)))
            pos += len(part) + 3
        owner = ctx.section_model or self.card_model
        values = [(float(p.strip().rstrip("%").replace(",", "")), a) for p, a, _ in parts if CARD_VALUE_RE.fullmatch(p.strip())]
        benches = [r for r in refs if r.type == "Benchmark"]
        if not owner or len(values) != 1 or len(benches) < 1 or any(r.type in MODEL_TYPES and r.start < benches[0].start for r in refs):
            return None
        bench = benches[0]
        settings = [normalise_setting(p) for p, a, b in parts if (found := find_settings(p)) and len(found) == 1
                    and found[0][2] - found[0][1] >= len(p.strip()) - 2] + \
                   [p.strip().lower() for p, a, b in parts if re.fullmatch(r"(?:text-only|no tools|with tools|thinking|non-thinking)", p.strip(), re.I)
                    and not find_settings(p)]
        qualifier = " ".join(dict.fromkeys(settings)) or None
        unit = "%" if any(p.strip().endswith("%") for p, _, _ in parts if CARD_VALUE_RE.fullmatch(p.strip())) else None
        value = values[0][0]
        out = [Draft("score", owner, ev, benchmark=bench.label, value=value, unit=unit, qualifier=qualifier,
                     method="prose.stat-card", confidence=0.75)]
        for p, a, b in parts:
            vs = re.match(r"\s*(?:vs\.?|versus|against)\s+(\d+(?:\.\d+)?)\s*%?\s+(?:for|from|by)\s+", p)
            other = next((r for r in refs if r.type in MODEL_TYPES and vs and r.start == a + vs.end()), None)
            if other is None or _same(other.label, owner):
                continue
            theirs = float(vs.group(1))
            out.append(Draft("score", other.label, ev, benchmark=bench.label, value=theirs, unit=unit, qualifier=qualifier,
                             method="prose.stat-card", confidence=0.7))
            if theirs != value:
                win, lose = (owner, other.label) if value > theirs else (other.label, owner)
                out.append(Draft("outperforms", win, ev, object=lose, benchmark=bench.label, method="prose.stat-card",
                                 confidence=0.65))
        return out

    def _versus_line(self, sent: Sentence, refs: list[Ref], ctx: Context, ev: Evidence) -> list[Draft]:
        """'vs. Qwen3-30B: ahead on MMLU-Pro (+1.8) and LiveCodeBench, behind on GPQA Diamond (−2.1)' under a
        section about one model: that model against the one named, benchmark by benchmark."""
        m = VERSUS_LINE_RE.match(sent.text)
        owner = ctx.section_model or self.card_model or self.main_subject
        other = next((r for r in refs if r.type in MODEL_TYPES and m and r.start >= m.end() - 40 and r.end <= m.end()), None) if m else None
        if other is None or not owner or _same(owner, other.label):
            return []
        out = []
        for part in re.finditer(r"\b(ahead|behind|better|worse)\s+on\s+([^,;]+)", sent.text[m.end():]):
            start, end = m.end() + part.start(2), m.end() + part.end(2)
            win, lose = (owner, other.label) if part.group(1) in ("ahead", "better") else (other.label, owner)
            out += [Draft("outperforms", win, ev, object=lose, benchmark=r.label, method="prose.versus-line", confidence=0.65)
                    for r in refs if r.type == "Benchmark" and start <= r.start < end]
        return out

    def _ahead_of_the_other(self, sent: Sentence, refs: list[Ref], ctx: Context, ev: Evidence) -> list[Draft]:
        """'Phi-4 is slightly ahead on MMLU-Pro and GPQA Diamond' with no one named to be ahead of: ahead of the
        one other model of the comparison, when the sentence and the one before name exactly one other."""
        m = AHEAD_ON_RE.search(sent.text)
        subj = next((r for r in reversed(refs) if r.type in MODEL_TYPES and r.end <= m.start()), None) if m else None
        if subj is None or re.search(r"[,;]|\b(?:and|but|while)\b", sent.text[subj.end:m.start()]):
            return []
        others = {r.label for r in refs if r.type in MODEL_TYPES} | set(ctx.last_named)
        others.discard(subj.label)
        if len(others) != 1:
            return []
        other = others.pop()
        stop = re.search(r"[;:.]|,\s*(?:but|while|and it|which)\b|\bthan\b", sent.text[m.end():])
        end = m.end() + (stop.start() if stop else len(sent.text) - m.end())
        benches = [r.label for r in refs if r.type == "Benchmark" and m.end() <= r.start < end]
        win, lose = (subj.label, other) if m.group(1) == "ahead" else (other, subj.label)
        return [Draft("outperforms", win, ev, object=lose, benchmark=b, method="prose.ahead-of-the-other", confidence=0.6)
                for b in benches]

    def _memo(self, fn, text: str):
        """fn(text) for a pure function of a sentence's text, once per distinct text of the document
        (documents repeat sentences: a headline and its body, a boilerplate line; callers do not
        change the result)."""
        key = (fn.__name__, text)
        hit = self._text_memo.get(key)
        if hit is None:
            hit = self._text_memo[key] = fn(text)
        return hit

    @staticmethod
    def _clauses(text: str) -> list[tuple[int, int]]:
        if not (";" in text or ")" in text or "—" in text or "–" in text or "--" in text
                or ", " in text and CLAUSE_HINT.search(text)):
            return [(0, len(text))] if text else []
        cuts = [0] + [p for m in CLAUSE_RE.finditer(text) for p in (m.start(), m.end())] + [len(text)]
        return [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2) if cuts[k] < cuts[k + 1]]

    def _taken_spans(self, text: str, refs: list[Ref], settings) -> "Spans":
        """Names, dates and settings ('(25-shot)'): numbers inside them are not scores."""
        return Spans([(r.start, r.end) for r in refs if not r.resolved] + [(d[1], d[2]) for d in self._dates]
                     + [(s[1], s[2]) for s in settings])

    # scores ---------------------------------------------------------------------------------
    def _scores(self, sent, crefs, refs, cs, ce, ctx, settings, taken, ev) -> list[Draft]:
        text = sent.text
        # ('ahead of us, at 73.5': a figure after 'us' or 'ours' is not theirs)
        models = [r for r in crefs if r.type in MODEL_TYPES and text[r.start:r.end] not in ("us", "ours")] or \
            self._section_field_model(sent, refs, ctx)
        out: list[Draft] = []
        claimed: set[tuple[str, str | None]] = set()
        pair_spans = []
        pairs = list(PAIR_RE.finditer(text, cs, ce))
        if " to " in text[cs:ce] and self._words & COMPARE_STEMS:  # "beats Y on B, 56.3 to 55.1"
            pairs += TO_PAIR_RE.finditer(text, cs, ce)
        for m in pairs:
            if taken.covers(m.start(1)):
                continue  # 'on AIME 2025 against 70.2': the year belongs to the benchmark's name
            pair_spans.append((m.start(), m.end()))
            out += self._pair_scores(sent, m, models, refs, ctx, settings, ev, cs)
        if "/" in text[cs:ce] or "→" in text[cs:ce] or "respectively" in text[cs:ce] or re.search(r"\b(?:same|those|these)\b", text[cs:ce]):
            listed, spans = self._aligned_scores(text, crefs, models, cs, ce, ctx, settings, ev)
            out += listed
            pair_spans += spans
        for d in out:
            claimed.add((d.subject, d.benchmark))
        inside = taken.with_spans(pair_spans) if pair_spans else taken
        for m in NUMBER_RE.finditer(text, cs, ce):
            if inside.covers(m.start()):
                continue
            draft = self._single_score(sent, m, models, crefs, refs, ctx, settings, ev, cs, claimed)
            if draft:
                claimed.update({(draft.subject, draft.benchmark), (draft.subject, draft.benchmark, draft.qualifier)})
                out.append(draft)
        return out

    def _aligned_scores(self, text, crefs, models, cs, ce, ctx, settings, ev) -> tuple[list[Draft], list[tuple[int, int]]]:
        """Values listed in the order of models or benchmarks listed beside them: 'A / B / C land at
        74.7 / 69.4 / 71.9', 'X (72.1/41.3 on MMLU/GPQA Diamond)', 'A and B score 76.9 and 51.9
        respectively on MATH-500'. Returns the scores and the spans of the value lists."""
        out, spans = [], []
        for m in VALUE_LIST_RE.finditer(text, cs, ce):
            slashed = "/" in m.group(0) or "→" in m.group(0) or "->" in m.group(0)  # also 'before → after'
            same = SAME_BENCHMARKS_RE.match(text, m.end(), ce) if not slashed else None
            if not slashed and not same and not re.search(r"\brespectively\b", text[max(cs, m.start() - 40):m.end() + 25]):
                continue
            if is_vague(text[max(cs, m.start() - 30):m.start()], text[m.end():m.end() + 30]):
                continue  # "the gap is 8.8 and 5.2 points respectively": margins
            values = [parse_number(v) for v in re.findall(r"\d+(?:\.\d+)?", m.group(0))]
            joiner = r"\s*(?:/|→|->)\s*" if slashed else r"\s*(?:,|,?\s+and)\s+(?:on\s+|in\s+)?"  # "on A and on B"
            for kind in ("Model", "Benchmark"):
                group = _listed_run([r for r in crefs if (r.type in MODEL_TYPES and not r.resolved if kind == "Model" else r.type == kind)],
                                    text, joiner, len(values))
                if group:
                    break
            if not group and same and not any(r.type == "Benchmark" for r in crefs):
                # "X scores 76.9, 67.5 and 42.4 on the same three benchmarks": those the sentence before lists, in order
                before = list(dict.fromkeys(b for b, i in ctx.benchmarks if i == ctx.index - 1))
                if len(before) == len(values):
                    kind, group = "Benchmark", [Ref("Benchmark", label, m.start(), m.start()) for label in before]
            if not group and slashed and ctx.listed_models and len(ctx.listed_models) == len(values) and \
                    not any(r.type in MODEL_TYPES for r in crefs):
                # "results (A / B):" then items "MMLU-Redux: 85.0 / 89.7": the models in the order the intro lists
                kind, group = "Model", [Ref("Model", label, 0, 0) for label in ctx.listed_models]
            if not group:
                continue
            unit = "%" if "%" in m.group(0) else None
            qualifier = self._setting_for(settings, m.start()) or (ctx.list_setting if self._item else None)
            if kind == "Model":
                bench = self._score_benchmark(text, m.start(), m.end(), [r for r in crefs if not (group[0].start <= r.start < group[-1].end)],
                                              crefs, ctx, cs)
                if bench is None:
                    continue
                out += [Draft("score", r.label, ev, benchmark=bench, value=v, unit=unit, qualifier=qualifier,
                              method="prose.score-list", confidence=0.8) for r, v in zip(group, values)]
            else:
                before = [r for r in models if r.end <= min(m.start(), group[0].start)]
                # a model named over an anaphor ('trails both of the other models on A and B, with x and y')
                subj = next((r for r in reversed(before) if not r.resolved), before[-1] if before else None)
                if subj is None:
                    continue
                out += [Draft("score", subj.label, ev, benchmark=b.label, value=v, unit=unit, qualifier=qualifier,
                              method="prose.score-list", confidence=0.8) for b, v in zip(group, values)]
            spans.append((m.start(), m.end()))
        return out, spans

    @staticmethod
    def _section_field_model(sent: Sentence, refs: list[Ref], ctx: Context) -> list[Ref]:
        """A list item 'GPQA Diamond: 71.2%' naming no model, under a heading that names one model
        ('Lumen 4 Pro at a glance'): a score field of that model."""
        # an intro naming one model ('The numbers for X:') speaks for its items over the section's heading
        owner = (ctx.list_model if sent.kind == "item" else None) or ctx.section_model
        if not owner:
            return []
        bench = next((r for r in refs if r.type == "Benchmark"), None)
        if bench is None:
            return []
        at = BENCH_FIELD_RE.match(sent.text, bench.end) if sent.kind == "item" and not sent.text[:bench.start].strip(" *-•") else None
        field = at is not None
        # other models only after the field's figure are compared with it: 'MILU (5-shot): 72.6, 2.5 points above GPT-4o (70.1)'
        if any(r.type in MODEL_TYPES and not (at and r.start >= at.end()) for r in refs):
            return []
        if not ctx.section_model:  # "Foo-2 9B results:" then items "MMLU (5-shot): 76.9"
            return [Ref("Model", owner, 0, 0)] if field else []
        # "The weak spot is instruction following: 73.8 on IFEval", in a section about one model and right after it
        bare = sent.kind == "paragraph" and ctx.topic == ctx.section_model and \
            re.search(r"(?<![\w.])\d+(?:\.\d+)?\s*%?\s+on\s+$", sent.text[:bench.start])
        # "Kuiper quotes 83.0 on AIME 2024": a lab's figures in a section about its one model
        quoted = re.match(r"\s*(?:[A-Z][\w.&-]*\s+){1,3}(?:quotes?|quoted|reports?|reported|claims?|claimed|lists?|listed|gives?|gave)\s+\d",
                          sent.text) and any(r.type == "Lab" for r in refs)
        if field:
            return [Ref("Model", owner, 0, 0)]
        return [Ref("Model", ctx.section_model, 0, 0)] if quoted or bare else []  # named by the heading

    def _number_ok(self, text: str, m: re.Match) -> bool:
        raw = m.group(0)
        spread = self._memo(_spread_at, text)
        if 0 <= spread < m.start():
            return False  # "the standard deviation ... was 0.9 for X and 1.1 for Y": no scores
        if COUNT_AFTER_RE.match(text, m.end()) or REFERENCE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            return False  # "a 3.8-billion-parameter model", "Table 4", "§4": a count or a reference, not a score
        value = parse_number(raw)
        if value is None or is_year(value, raw) or text[max(0, m.start() - 1):m.start()] in ("$", "#", "@", "/", "§"):
            return False
        if re.search(r"[A-Za-z]-$", text[max(0, m.start() - 2):m.start()]):
            return False  # "triage-400", "HumanEval-300": part of a name
        if re.search(r"\bout\s+of\s+$", text[max(0, m.start() - 8):m.start()]):
            return False  # "8.41 out of 10": the scale, not a score
        if re.fullmatch(r"[1-9]|[12]\d|3[01]", raw) and (DAY_OF_MONTH_AFTER.match(text, m.end()) or
                                                      DAY_OF_MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            return False  # "released on 5 March", "out since March 18": a day, not a score
        if POINTS_AFTER_RE.match(text, m.end()) and MARGIN_VERB_RE.search(text, max(0, m.start() - 60), m.start()):
            return False  # "comes within 0.3 points on PubMedQA", "trailing X by only 0.6 points": a margin, not a score
        if "." in raw and HYPERPARAMETER_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            return False  # "sampled at temperature 0.6"
        before = text[max(0, m.start() - 20):m.start()]  # is_vague looks at 20 characters before
        if before.endswith("to ") and CHANGED_TO_RE.search(text, max(0, m.start() - 80), m.start()) and \
                not re.search(r"\b(?:anywhere|ranging|ranges?|varies|varying|vary)\s+from\s+\$?\d[\d,.]*\s*%?\s+to\s+$", text[max(0, m.start() - 60):m.start()]):
            before = ""  # "improves from 41.0 to 55.2": the value a change ends at is the one stated now
        if UP_FROM_RE.search(before) and re.match(r"\s*%?\s+for\s+", text[m.end():]):
            before = ""  # "67.4%, up from 49.2% for Beichen-R1": the earlier model's figure
        pct = PERCENT_RE.match(text, m.end())
        if pct:
            if PERCENT_OF_RE.match(text, pct.end()) and not self._of_benchmark(text, pct.end()):
                return False
        elif is_vague(before, text[m.end():m.end() + 30]):  # ... and 30 after
            return False
        return not is_vague(before, "") and value <= 10000

    def _of_benchmark(self, text: str, pos: int) -> bool:
        """'74.5% of SWE-bench Verified tasks', '58.9% of the tasks in SWE-bench Verified': a share of a
        benchmark's problems is its score."""
        of = re.match(r"\s*of\s+(?:the\s+)?(?:(?:tasks|issues|problems|questions|items|instances)\s+(?:in|on|from|of)\s+(?:the\s+)?)?",
                      text[pos:pos + 40])
        if not of:
            return False
        rest = text[pos + of.end():pos + of.end() + 40]
        if any(rest.startswith(name) for name in self._local_benchmarks):
            return True  # a benchmark only this document names ('71.9% of CymruQA questions')
        found = self.rec.find(rest)
        return bool(found) and found[0].type == "Benchmark" and found[0].start == 0

    def _single_score(self, sent, m, models, crefs, refs, ctx, settings, ev, cs, claimed) -> Draft | None:
        text = sent.text
        if not self._number_ok(text, m):
            return None
        model, method = self._score_model(text, m, models, refs, ctx, cs)
        if model is None:
            return None
        bench = self._score_benchmark(text, m.start(), m.end(), crefs, refs, ctx, cs)
        if bench is None:
            return None
        # "69.0 at pass@1, and 78.4 with majority voting over 32 samples (maj@32)": a setting said right after
        # the figure is its own (then a second figure for the same model and benchmark is a claim too)
        own = next((name for name, a, _ in settings if m.end() <= a <= m.end() + 60
                    and not re.search(r"\d+\.\d+|;", text[m.end():a])), None)  # (not in the next clause after ';')
        if (model.label, bench) in claimed and (own is None or (model.label, bench, own) in claimed):
            return None
        unit = "%" if re.match(r"\s*%", text[m.end():]) else ("points" if re.match(r"\s*points?\b", text[m.end():]) else None)
        evidence = self._evidence(sent, ctx) if model.resolved and model.label == ctx.topic else ev
        inline = NUMBER_TO_BENCH_RE.match(text, m.end())  # "55.0 on 0-shot CoT MATH": the setting in between
        inline = next((name for name, a, _ in settings if m.end() <= a < inline.end()), None)
        qualifier = inline or self._setting_after_benchmark(text, bench, m.end(), refs, settings) or own or \
            self._setting_for(settings, m.start())
        if qualifier is None and not any(r.type == "Benchmark" for r in refs):
            qualifier = ctx.bench_setting.get(bench)  # "Switching to 0-shot CoT on MATH. X reaches 80.0 there."
        return Draft("score", model.label, evidence, benchmark=bench, value=parse_number(m.group(0)), unit=unit,
                     qualifier=qualifier, method=method,
                     confidence=0.7 if model.resolved else 0.85)

    def _score_model(self, text, m, models, refs, ctx, cs) -> tuple[Ref | None, str]:
        start = m.start()
        before = text[cs:start]
        # "Model (81.7)"
        if before.rstrip().endswith("(") and re.match(r"\s*%?\s*\)", text[m.end():]):
            r = self._ref_ending_at(models, start, text, r"\s*\(\s*$")
            if r:
                return r, "prose.score-paren"
        # "Model's 57.2", "Model's score of 81.7", "Model's GPQA score of 81.7%"
        for r in reversed(models):  # (startswith first: a long sentence has many models)
            if r.end <= start and text.startswith(("'s", "’s"), r.end) and POSSESSIVE_GAP_RE.fullmatch(text, r.end, start):
                return r, "prose.score-possessive"
        # "Its HumanEval score of 62.2": the model the sentences before are about
        its = re.match(r"\s*(?:[Ii]ts)\s+(?:(?:[\w\-.]+\s+){0,3}?score\s+(?:of|was|is)\s+)?$", text[cs:start]) if "ts " in before else None
        if its and ctx.topic and ctx.index - ctx.topic_index <= 2:
            return Ref("Model", ctx.topic, cs, cs + 3, resolved=True), "prose.score-its"
        # "reached 71.2 with Meridian 2"
        with_model = re.match(r"\s*%?\s*(?:points?\s+)?with\s+(?:the\s+)?", text[m.end():])
        if with_model:
            r = next((r for r in models if r.start == m.end() + with_model.end()), None)
            if r:
                return r, "prose.score-with-model"
        # "57.4 for Model"
        after = re.match(r"\s*%?\s*(?:points?\s+)?(?:on\s+(?:(?!versus|vs\b|against|compared|(?<!\w)\d)[^,;()]){2,40}?\s*(?:\([^)]{1,20}\)\s*)?)?for\s+(?:the\s+)?"
                         r"(?:[A-Z][\w.\-]*['’]s\s+)?", text[m.end():])
        if after:
            r = next((r for r in models if r.start == m.end() + after.end()), None)
            if r:
                return r, "prose.score-for"
        # "A finished ahead of B and C on IFEval with 80.3": the comparison's subject scored it
        if before.endswith(("with ", "with a score of ")) and self._words & COMPARE_STEMS:
            verbs = self._compare_verbs(text, cs, start)
            subj = self._verb_subject(text, verbs[0][0], models) if verbs else None
            if subj is not None:
                return subj, "prose.score-with"
        # "With a score of 88.4 on HumanEval, X tops the table": the subject after the fronted phrase
        if re.match(r"\W*With\s+(?:(?:a|an)\s+(?:\w+\s+)?(?:score|result|rating)\s+of\s+)?$", text[cs:start]):
            comma = text.find(",", m.end(), m.end() + 60)
            after = next((r for r in models if comma >= 0 and r.start >= comma and re.fullmatch(r",\s*(?:the\s+)?", text[comma:r.start])), None)
            if after:
                return after, "prose.score-fronted"
        prior = [r for r in models if r.end <= start and not (FRONTED_RE.match(text, cs, r.start) and text.startswith(",", r.end))]
        if prior and not (before[-1:].isspace() and before.rstrip().endswith(("for", "the"))
                          and re.search(r"\bfor\s+(?:the\s+)?$", before)):
            return prior[-1], "prose.score"
        return None, ""

    @staticmethod
    def _ref_ending_at(models, pos, text, gap_re) -> Ref | None:
        for r in reversed(models):
            if r.end <= pos and re.fullmatch(gap_re.replace("$", ""), text[r.end:pos]):
                return r
        return None

    def _score_benchmark(self, text, start, end, crefs, refs, ctx, cs) -> str | None:
        benches = [r for r in crefs if r.type == "Benchmark"]
        after = NUMBER_TO_BENCH_RE.match(text[end:])
        for r in benches:
            if after and r.start == end + after.end():
                return r.label
        part = SECTION_OF_RE.match(text, end + after.end()) if after else None
        if part:  # "68.9 on the German section of MMLU-ProX": the benchmark it is a part of
            whole = next((r for r in benches if r.start == part.end()), None)
            if whole:
                return whole.label
        if after and re.search(r"\bon\b", after.group(0), re.I):  # "61.2 on ZebraLogic": a name not in the gazetteer
            name = self._unknown_benchmark(text, start, end, end + after.end(), crefs)
            if name:
                return name
        for r in reversed(benches):
            if r.end <= start:
                return r.label
        later = [r for r in benches if r.start >= end]
        if later and re.match(r"\s*%?\s*(?:points?\s+)?on\b", text[end:]):
            return later[0].label
        all_benches = {r.label for r in refs if r.type == "Benchmark"}
        if len(all_benches) == 1:
            return next(iter(all_benches))
        if not all_benches and self._has_score_verb(text):
            recent = [b for b, i in ctx.benchmarks if ctx.index - i <= 3]
            return recent[-1] if recent else None
        if not all_benches and ctx.list_benchmark and self._item and RANKED_ITEM_RE.match(text):
            return ctx.list_benchmark  # "- o3 (OpenAI) — 1,411 (+4/−4)" under "Text arena, as of September 3:"
        return None

    def _unknown_benchmark(self, text: str, start: int, end: int, pos: int, crefs) -> str | None:
        """A benchmark the gazetteer does not know, named right after 'scores N on': capitalised words
        ('ZebraLogic', "Humanity's Last Exam", 'Tau2-Bench Retail'), when the sentence reads as a score
        (a score verb, or % or points) of at most 100, and the words name nothing else (a model, a lab,
        a day, a platform, a GPU)."""
        m = UNKNOWN_BENCH_RE.match(text, pos)
        if m is None or not (self._has_score_verb(text) or re.match(r"\s*(?:%|points?\b)", text[end:])):
            return None
        name = m.group(0).rstrip(".,;:'’-")
        value = parse_number(text[start:end])
        if value is None or value > 100 or len(name) > 40 or NOT_BENCHMARK_RE.match(name) or \
                any(r.start < pos + len(name) and pos < r.end for r in crefs if r.type != "Benchmark"):
            return None
        return re.sub(r"\s+", " ", name)

    def _has_score_verb(self, text: str) -> bool:
        """'scored', 'reached', 'wins' anywhere in the sentence (asked once per number: remembered)."""
        hit = self._verb_memo.get(text)
        if hit is None:
            hit = self._verb_memo[text] = bool(SCORE_VERB_RE.search(text) or re.search(r"\bwins?\b", text))
        return hit

    def _pair_scores(self, sent, m, models, refs, ctx, settings, ev, cs) -> list[Draft]:
        text = sent.text
        left, right, reverse = self._pair_models(text, m, models, [r for r in refs if r.start >= cs] or refs, ctx)
        if left is None or right is None or left.label == right.label or m.re is TO_PAIR_RE and reverse is None:
            return []
        bench = self._score_benchmark(text, m.start(), m.end(), [r for r in refs if r.start >= cs], refs, ctx, cs) \
            if not re.search(r"\(\s*$", text[:m.start()]) else self._pair_benchmark(text, m, refs, ctx, cs)
        if bench is None:
            return []
        unit = "%" if m.group(2) else None
        q = self._setting_for(settings, m.start())
        evidence = ev if not (left.resolved and right.resolved) else self._evidence(sent, ctx)
        a, b = float(m.group(1)), float(m.group(3))
        if m.re is TO_PAIR_RE:  # a result 'A to B' comes in either order: the winner has the higher score
            a, b = (min(a, b), max(a, b)) if reverse else (max(a, b), min(a, b))
        conf = 0.7 if left.resolved else 0.9
        rights = [(right, b)]
        more = MORE_VALUES_RE.match(text, m.end())
        if more:  # "beats A and B on X (84.5 vs 80.4 / 83.0)": the values after 'vs' are the listed objects', in order
            values = [b] + [float(v) for v in re.findall(r"\d+(?:\.\d+)?", more.group(0))]
            verbs = self._compare_verbs(text, 0, m.start())
            listed = [r for r in models if verbs and verbs[-1][0].end() <= r.start and r.end <= m.start() and r.label != left.label]
            listed = list({r.label: r for r in listed}.values())
            if len(listed) == len(values):
                rights = list(zip(listed, values))
        return [Draft("score", left.label, evidence, benchmark=bench, value=a, unit=unit, qualifier=q, method="prose.score-vs", confidence=conf)] + \
            [Draft("score", r.label, evidence, benchmark=bench, value=v, unit=unit, qualifier=q, method="prose.score-vs", confidence=conf)
             for r, v in rights]

    def _pair_benchmark(self, text, m, refs, ctx, cs) -> str | None:
        benches = [r for r in refs if r.type == "Benchmark" and cs <= r.end <= m.start()]
        pairs_between = lambda r: PAIR_RE.search(text, r.end, m.start())  # noqa: E731
        near = [r for r in benches if not pairs_between(r)]
        if near:
            return near[-1].label
        return self._score_benchmark(text, m.start(), m.end(), [r for r in refs if r.start >= cs], refs, ctx, cs)

    def _pair_models(self, text, m, models, refs, ctx) -> tuple[Ref | None, Ref | None, bool | None]:
        """The models of a pair's first and second number, and whether the second one won (None: no
        comparison verb says). Order follows the comparison ('X beats Y (1 vs 2)') unless a model is
        named at a number ('Y, which scores 1 against 2 for X')."""
        all_models = [r for r in refs if r.type in MODEL_TYPES]
        before = [r for r in all_models if r.end <= m.start()]
        after = [r for r in all_models if r.start >= m.end()]
        if not before and not after:
            return None, None, None
        verbs = self._compare_verbs(text, 0, m.start())
        if verbs:  # "X beats Y on B (1 vs 2)": the pair belongs to the last comparison before it
            v, reverse = verbs[-1]
            subj = self._verb_subject(text, v, before)
            obj = next((r for r in reversed(before) if r.start >= v.end()), None)  # nearest: object lists
            if subj and obj and subj.label != obj.label:
                return (*self._pair_owners(text, m, subj, obj, all_models), reverse)
        left = before[0] if before else None
        others = [r for r in before[1:] if r.label != (left.label if left else None)]
        right = others[-1] if others else next((r for r in after if left is None or r.label != left.label), None)
        if left is not None and right is not None and others and FRONTED_RE.fullmatch(text[:left.start]):
            left, right = right, left  # "Against X, it ... (19.4 against 24.8)": the first figure is the subject's
        if left is not None and not others and GAP_TO_RE.search(text, 0, left.start):
            # "the gap to X is wider, 46.1 against 51.8": the model written about, then X
            about = next((a for a in (self.main_subject, ctx.topic) if a and not _same(a, left.label)), None)
            if about:
                return Ref("Model", about, 0, 0, resolved=True), left, None
        if left is None and right is not None and ctx.topic and ctx.topic != right.label:
            left = Ref("Model", ctx.topic, 0, 0, resolved=True)
        if left is not None and right is None and WIN_RE.search(text, left.end, m.start()):
            # "B keeps a small lead on GSM8K (91.8 against 90.6)": against the model it leads
            other = self._the_other_model(left, refs, ctx)
            right = Ref("Model", other, 0, 0, resolved=True) if other else None
        return left, right, None

    @staticmethod
    def _pair_owners(text, m, a: Ref, b: Ref, models: list[Ref]) -> tuple[Ref, Ref]:
        """(a, b), or (b, a) when the text ties the pair's numbers the other way: '68.3 for a' after the
        second number, or 'b, which scores' right before the first."""
        after = re.match(r"\s*%?\s*(?:points?\s+)?for\s+(?:the\s+)?", text[m.end():])
        named = next((r for r in models if after and r.start == m.end() + after.end()), None)
        if named is not None:
            return (b, a) if _same(named.label, a.label) else (a, b)
        scorer = PAIR_SCORER_RE.search(text, 0, m.start())
        named = next((r for r in models if scorer and r.end == scorer.start()), None)
        return (b, a) if named is not None and _same(named.label, b.label) else (a, b)

    @staticmethod
    def _setting_after_benchmark(text: str, bench: str, pos: int, refs: list[Ref], settings) -> str | None:
        """The setting written right after the score's benchmark: '67.1 on HumanEval (pass@1)', 'on MATH maj@4'."""
        if not settings:
            return None
        ref = next((r for r in refs if r.type == "Benchmark" and r.label == bench and r.start >= pos), None)
        if ref is None:
            return None
        return next((name for name, a, _ in settings if SETTING_GAP_RE.fullmatch(text, ref.end, a)), None)

    @staticmethod
    def _setting_for(settings, pos: int) -> str | None:
        if not settings:
            return None
        before = [s for s in settings if s[1] <= pos]
        return (before[-1] if before else settings[0])[0]

    def _evidence(self, sent: Sentence, ctx: Context) -> Evidence:
        """The sentence plus the antecedent sentence it refers back to (one contiguous span)."""
        ante = ctx.topic_sentence
        if ante is None or ante.start >= sent.start:
            return Evidence(sent.text, sent.start, sent.end)
        return Evidence(self.doc_text[ante.start:sent.end], ante.start, sent.end)

    # comparisons -------------------------------------------------------------------------------
    def _comparisons(self, sent, crefs, refs, cs, ce, ctx, settings, ev) -> list[Draft]:
        text = sent.text
        models = [r for r in crefs if r.type in MODEL_TYPES]
        out = []
        if not models or not self._words & COMPARE_STEMS:
            return out  # every comparison rule needs a subject named in the clause and a verb
        done = None  # where the objects of the clause's last comparison end
        for v, reverse in self._compare_verbs(text, cs, ce):
            subj = self._verb_subject(text, v, models)
            if subj is None or NEGATION_RE.search(text[subj.end:v.start()]) or \
                    re.search(r"\b(?:if|whether|could|might|would|may)\b", text[cs:v.start()], re.I) or \
                    DENIED_RE.search(text, cs, subj.start):
                continue  # "Nobody claims that X beats Y"
            # "A trails B on MATH, and C falls behind both": MATH, after the last comparison's objects and
            # before the new subject, is that comparison's ("..., and B trails C on the same test" names it back)
            theirs = (done, subj.start) if done is not None and subj.start >= done and not BACKREF_RE.search(text, cs, ce) else None
            found = self._objects(text, v.end(), ce, models, refs, ctx, cs, theirs)
            done = max((o.end for o, _ in found), default=done)
            # "Both models trail C": an anaphor standing for several models puts them at one place, each a subject
            subjects = [r for r in models if (r.start, r.end) == (subj.start, subj.end)] if subj.resolved else [subj]
            for subj in subjects:
                for obj, bench in found:
                    self._compared[obj.start] = subj
                    ev_used = ev
                    if obj.resolved and _same(obj.label, subj.label) and re.fullmatch(r"it|them", text[obj.start:obj.end], re.I):
                        # "A ..., but it falls behind it": the object pronoun is the other model named before;
                        # "A edges out B ..., and beats it": the one named between the subject and the verb
                        named = [r for r in refs if r.type in MODEL_TYPES and not _same(r.label, subj.label) and r.end <= v.start()]
                        other = next((r for r in reversed(named) if r.end <= subj.start), None) or \
                            next((r for r in reversed(named) if r.start >= subj.end), None)
                        if other is None and not reverse and ctx.last_beat and ctx.index - ctx.last_beat[2] == 1 and \
                                not _same(ctx.last_beat[1], subj.label) and not _same(ctx.last_beat[0], subj.label):
                            # "A beats B on every benchmark. C outperforms it on X": 'it' is B, the one compared against
                            other = Ref("Model", ctx.last_beat[1], 0, 0)
                            ev_used = self._evidence(sent, ctx)
                        if other is None and ctx.topic and not _same(ctx.topic, subj.label) and ctx.index - ctx.topic_index <= 2:
                            # "Its predecessor, X, trails it": 'it' is the model the sentence before is about
                            other = Ref("Model", ctx.topic, 0, 0)
                            ev_used = self._evidence(sent, ctx)
                        if other is None:
                            continue
                        obj = replace(other, start=obj.start, end=obj.end, resolved=True)
                    win, lose = (obj, subj) if reverse else (subj, obj)
                    if bench is None and (subj.resolved or obj.resolved or BACKREF_RE.search(text, cs, ce)):
                        bench = self._earlier_clause_benchmark(refs, cs) or self._context_benchmark(ctx)
                    if not _same(win.label, lose.label) and not _family_only(lose.label):
                        overall = bench is None and EVERYWHERE_RE.match(text, obj.end)
                        out.append(Draft("outperforms", win.label, ev_used, object=lose.label, benchmark=bench,
                                         qualifier=self._setting_for(settings, v.start()),
                                         method="prose.beats-overall" if overall else "prose.beats", confidence=0.85))
        out += self._wins(sent, models, refs, cs, ce, ctx, settings, ev)
        return out

    def _compare_verbs(self, text: str, pos: int, endpos: int) -> list[tuple[re.Match, bool]]:
        """Comparison verbs of text[pos:endpos] in order, each with True when its object is the winner."""
        found = [(v, reverse) for rx, reverse, stems, cand in COMPARE_VERBS if self._words & stems
                 for v in self._scan(rx, cand, text, pos, endpos)
                 if reverse or not re.match(r"\s+by\b", text[v.end():])]  # "is outperformed by" is the other way
        return sorted(found, key=lambda x: x[0].start())

    def _verb_subject(self, text: str, v: re.Match, models: list[Ref]) -> Ref | None:
        """What a comparison verb is said of: the nearest model before it, unless that model is the object
        of an earlier comparison and the verb is coordinated with it ('A edges out B ..., and beats it on Y',
        'A trails B, and is outperformed by C'): then the earlier comparison's subject."""
        before = [r for r in models if r.end <= v.start()]
        if len(before) > 1 and v.group(0).endswith("ing") and PARTICIPLE_BEFORE_RE.search(text, before[-1].end, v.start()):
            # "X gets within two points of Y on A while beating it on B": the participle's subject is the clause's
            head = next((r for r in before if not OBLIQUE_NAME_RE.search(text, 0, r.start)), None)
            if head is not None and head is not before[-1]:
                return head
        while len(before) > 1 and OBLIQUE_BEFORE_RE.search(text, max(0, before[-1].start - 12), before[-1].start) and \
                COORDINATED_RE.search(text, before[-1].end, v.start()):
            before = before[:-1]  # "A resolves 67.4%, up from 49.2% for B, and leads C": A leads
        subj = before[-1] if before else None
        if subj is not None and len(before) > 1 and text.startswith(("'s", "’s"), subj.end) and "," in text[subj.end:v.start()]:
            subj = before[-2]  # "A, with a quarter of B's parameters, outperforms C": A does
        earlier = self._compared.get(subj.start) if subj is not None else None
        if earlier is not None and COORDINATED_RE.search(text, subj.end, v.start()):
            return earlier
        return subj

    def _objects(self, text, pos, ce, models, refs, ctx, cs, theirs=None) -> list[tuple[Ref, str | None]]:
        """The models a comparison verb at `pos` is made against, each with its benchmark: one named after
        it, else one named before it in the clause, outside the span `theirs` (an earlier comparison's)."""
        stop = STOP_OBJECT_RE.search(text, pos, ce)
        end = stop.start() if stop else ce
        objs = [r for r in models if pos <= r.start < end]
        if stop and len(objs) > 1 and not text[objs[-1].end:stop.start()].strip() and \
                re.search(r"\band\s+(?:the\s+)?$", text[objs[-2].end:objs[-1].start]) and \
                re.match(r"(?:is|are|was|were|remains?|leads?|wins?|scores?|scored)\b", stop.group(0)):
            objs = objs[:-1]  # "beats A on X, and B is ahead of both": B is the next clause's subject
        if not objs:
            return []
        # Only a list of models right after the verb: "beats A on X (..) and B on Y (..)".
        first = objs[0]
        gap = list(text[pos:first.start])
        for r in refs:
            if r.type == "Lab" and pos <= r.start and r.end <= first.start:
                gap[r.start - pos:r.end - pos] = " " * (r.end - r.start)
        if re.search(r"[A-Za-z]{3,}", re.sub(r"\b(?:the|even|also|both|specialized|larger|bigger|much|far|"
                                              r"open-source|proprietary|closed|its|predecessor|rival|"
                                              # "outperforms comparable models like A and B"
                                              r"(?:comparable|similar|other|competing|rival|leading)\s+(?:open\s+)?"
                                              r"(?:models|systems|LLMs)(?:\s*,)?\s+(?:like|such\s+as|including))\b", "",
                                              "".join(gap)), re.I):
            if not re.fullmatch(r"\s*(?:[\w\-]+['’]s\s+)?", "".join(gap)):
                return []
        benches = [r for r in refs if r.type == "Benchmark"]
        for k in range(1, len(objs)):
            if not self._list_gap(text, objs[k - 1].end, objs[k].start, refs):
                objs = objs[:k]
                break
        out = []
        afters = []
        for k, o in enumerate(objs):
            nxt = next((x.start for x in objs[k + 1:] if x.start > o.start), end)  # ('both': two at one place)
            afters.append([b for b in benches if o.end <= b.start < nxt])
        for k, o in enumerate(objs):
            both = re.match(r"\s+on\s+both(?:\s+(?:of\s+them|benchmarks|tests))?\b", text[o.end:])
            named_before = list(dict.fromkeys(b.label for b in benches if cs <= b.end <= pos))
            if both and len(named_before) == 2:  # "scores 68.9 on A and 81.5 on B, ahead of Y on both"
                out += [(o, label) for label in named_before]
                continue
            if EVERYWHERE_RE.match(text, o.end):  # "ahead of B on every column, most visibly on X": overall, and on X
                out.append((o, None))
            # "ahead of both A and B on IFEval": a benchmark after the list is every listed model's
            after = afters[k] or next((a for a in afters[k + 1:] if a), [])
            # "on all benchmarks except GSM8K": the exceptions are where it does not win
            after = [b for b in after if not EXCEPT_RE.search(text, o.end, b.start)]
            if after:
                out += [(o, b.label) for b in after]
                continue
            if afters[k] and not after:
                continue  # only exceptions named
            prior = [b for b in benches if cs <= b.end <= pos and not (theirs and theirs[0] <= b.start < theirs[1])]
            fronted = self._fronted_benchmarks(text, cs, prior)
            if fronted:  # "On C-Eval, CMMLU and GAOKAO, X is surpassing Y": every benchmark of the fronted list
                out += [(o, label) for label in fronted]
                continue
            out.append((o, prior[-1].label if prior else None))
        return out

    @staticmethod
    def _fronted_benchmarks(text: str, cs: int, prior: list[Ref]) -> list[str]:
        """The benchmarks of a list fronted before the clause's subject ('On the Chinese sets A, B and C, ...')."""
        if len(prior) < 2 or not FRONTED_ON_RE.fullmatch(text, cs, prior[0].start) or \
                not re.match(r"\s*(?:\([^()]{0,30}\))?\s*,", text[prior[-1].end:]):
            return []
        if not all(re.fullmatch(r"\s*(?:\([^()]{0,30}\))?\s*(?:,|,?\s+(?:and|&)|/)\s*", text[a.end:b.start])
                   for a, b in zip(prior, prior[1:])):
            return []
        return list(dict.fromkeys(b.label for b in prior))

    @staticmethod
    def _earlier_clause_benchmark(refs: list[Ref], cs: int) -> str | None:
        """'X scores 66.6 on MMLU; Y trails it there': the one benchmark of the sentence's earlier clauses."""
        names = {r.label for r in refs if r.type == "Benchmark" and r.end <= cs}
        return names.pop() if len(names) == 1 else None

    @staticmethod
    def _context_benchmark(ctx: Context) -> str | None:
        """The one benchmark the previous two sentences talk about, if there is exactly one."""
        for back in (1, 2, 3):
            recent = {b for b, i in ctx.benchmarks if i == ctx.index - back}
            if recent:
                return recent.pop() if len(recent) == 1 else None
        return None

    @staticmethod
    def _list_gap(text: str, start: int, end: int, refs: list[Ref]) -> bool:
        """True when the text between two objects only joins them ('A on X (1 vs 2) and B')."""
        gap = list(text[start:end])
        for r in refs:
            if r.type in ("Benchmark", "Lab") and start <= r.start and r.end <= end:
                gap[r.start - start:r.end - start] = " " * (r.end - r.start)
        residual = re.sub(r"\([^)]*\)|['’]s\b", " ", "".join(gap))
        words = re.findall(r"[A-Za-z]+", residual)
        return all(w.lower() in GAP_WORDS for w in words)

    def _wins(self, sent, models, refs, cs, ce, ctx, settings, ev) -> list[Draft]:
        text = sent.text
        out = []
        for v in (self._scan(WIN_RE, WIN_CAND, text, cs, ce) if self._words & WIN_STEMS else ()):
            subj = next((r for r in reversed(models) if r.end <= v.start()), None)
            pair = PAIR_RE.search(text, v.end(), ce)  # a pair of figures right after the verb is that comparison's
            first_bench = next((r.start for r in refs if r.type == "Benchmark" and v.end() <= r.start < ce), None)
            if subj is None or NEGATION_RE.search(text[subj.end:v.start()]) or \
                    pair and (first_bench is None or pair.start() < first_bench):
                continue
            later = [r for r in models if r.start >= v.end()]
            if re.match(r"\s*(?:by|with|of|than)\b", text[v.end():]) or later and not (
                    # "A is better on X and Y, B is better on Z": B opens a comparison of its own
                    re.search(r",\s*(?:and\s+|while\s+)?$", text[v.end():later[0].start]) and WIN_RE.match(text, later[0].end + 1)):
                continue
            if re.search(r"\b(?:if|whether)\b", text[v.end():ce]):
                continue
            # "Against Qwen3-14B it is ahead on HumanEval": the model fronted by 'Against' is the one beaten
            fronted = next((r for r in refs if r.type in MODEL_TYPES and r.end <= subj.start and not _same(r.label, subj.label)
                            and FRONTED_RE.fullmatch(text[:r.start])), None)
            other = fronted or next((r for r in refs if r.type in MODEL_TYPES and not _same(r.label, subj.label)
                                     and not (cs <= r.start < ce)), None)
            target = other.label if other else ctx.block_target.get(sent.block)
            evidence = ev
            if target is None:
                target = self._the_other_model(subj, refs, ctx)
            if other is None and target:
                first = ctx.block_start.get(sent.block, sent.start)
                evidence = Evidence(self.doc_text[first:sent.end], first, sent.end)
            if target and _same(target, subj.label):
                target = ctx.focal if sent.block in ctx.block_target else None
            # "... is ahead on GPQA Diamond, HumanEval and IFEval": every benchmark of the list after the verb
            benches = [r for r in refs if r.type == "Benchmark" and v.end() <= r.start < ce]
            listed = benches[:1]
            for b in benches[1:]:
                if not LISTED_GAP_RE.fullmatch(text, listed[-1].end, b.start) and \
                        not re.fullmatch(r"\s*(?:,|,?\s+and)\s+(?:on|in)\s+", text[listed[-1].end:b.start]):
                    break
                listed.append(b)
            if not listed:  # "On MMLU-Pro, A gets 68.0 and B gets 71.9, so B is ahead": the one benchmark before
                before = {r.label: r for r in refs if r.type == "Benchmark" and r.end <= v.start()}
                listed = list(before.values()) if len(before) == 1 else []
            if target and not _same(target, subj.label):
                out += [Draft("outperforms", subj.label, evidence, object=target, benchmark=b.label if b else None,
                              qualifier=self._setting_for(find_settings(text), v.start()),
                              method="prose.wins", confidence=0.6) for b in (listed or [None])]
        return out

    @staticmethod
    def _the_other_model(subj: Ref, refs: list[Ref], ctx: Context) -> str | None:
        """Who a model 'keeps the lead' over when the clause names no one: the one other model the sentence
        names ('A is better on X, B is better on Y'), else the other side of the comparison just before
        ('A beats B on X. B keeps a small lead on Y')."""
        named = {r.label for r in refs if r.type in MODEL_TYPES and not r.resolved and not _same(r.label, subj.label)}
        if len(named) == 1:
            return named.pop()
        if not named and ctx.last_beat and ctx.index - ctx.last_beat[2] == 1:
            win, lose, _ = ctx.last_beat
            return lose if _same(win, subj.label) else win if _same(lose, subj.label) else None
        return None

    def _outperforms_from_scores(self, drafts: list[Draft], sent: Sentence) -> list[Draft]:
        """Two scores on one benchmark in a comparing sentence: the higher one outperforms."""
        if not self._words & SCORE_COMPARE_STEMS or not SCORE_COMPARE_RE.search(sent.text):
            return []
        out = []
        scores = [d for d in drafts if d.kind == "score"]
        lead = scores[0].subject if scores else None
        for a in scores:
            for b in scores:
                if lead not in (a.subject, b.subject):
                    continue
                if a is not b and a.benchmark == b.benchmark and a.subject != b.subject and a.value > b.value \
                        and (a.qualifier or "") == (b.qualifier or ""):
                    out.append(Draft("outperforms", a.subject, a.evidence, object=b.subject, benchmark=a.benchmark,
                                     qualifier=a.qualifier, method="prose.score-compare", confidence=0.8,
                                     subject_value=a.value))
        return out

    # field lines of a model card ------------------------------------------------------------------
    def _field_model(self, m: re.Match, refs: list[Ref]) -> None:
        """'Model: X' in a field list: the fields after it describe X, not the card's title model."""
        model = next((r for r in refs if r.type in MODEL_TYPES and not r.resolved and r.start >= m.start("value")), None)
        if model:
            self.card_model = model.label

    def _field_line(self, m: re.Match, sent: Sentence, refs: list[Ref], ev: Evidence, ctx: Context) -> list[Draft]:
        """'License: Apache 2.0', 'Developed by: Lab', 'Model size: 7.3B params' with no model named in
        the line: a field of the card's own model (the one its first heading names)."""
        named = [r for r in refs if r.type in MODEL_TYPES and not r.resolved and r.start < m.start("value")]
        # A page with no card model (a news story's '<strong>License:</strong> ...'): the model just written about
        # (a key/value table's row may sit under a model's name and a short description: a little further back)
        recent = ctx.topic if ctx.topic and ctx.index - ctx.topic_index <= (4 if sent.block < 0 else 2) else None
        # a card per model: a line naming just the model ('Phi-4'), then its fields, each keeping it current
        titled = recent if recent and ctx.topic_sentence is not None and \
            len(ctx.topic_sentence.text.strip(" *#:")) <= len(recent) + 3 else None
        # under a heading that names one model, its fields are that model's ('### 4. Rimal-2-34B — Mirqab AI'), unless the
        # text just named one of its own sizes ('Introducing Sable-2' ... 'Model: Sable-2 27B')
        section = ctx.section_model if ctx.section_model and not (
            recent and norm_key(recent).startswith(norm_key(ctx.section_model))) else None
        subject = named[0].label if named else titled or section or self.card_model or recent or self.main_subject
        if FIELD_KINDS[_field_key(m)] == "headquarters" and ctx.section_lab:  # a lab's profile: no model needed
            subject = subject or ctx.section_lab
        if subject is None or any(r.type in MODEL_TYPES and not r.resolved and r.start >= m.start("value") for r in refs) \
                and not named and FIELD_KINDS[_field_key(m)] != "license":
            return []
        if (titled or subject == recent) and not named:  # the next field is still on this card
            ctx.topic_index = ctx.index
        kind, value_start = FIELD_KINDS[_field_key(m)], m.start("value")
        line_end = self.doc_text.find("\n", sent.end)
        line_end = len(self.doc_text) if line_end < 0 else line_end
        # the whole field line; on a card, from its title (which names the model) on
        start = ctx.topic_sentence.start if titled and not named else sent.start
        ev = Evidence(self.doc_text[start:line_end], start, line_end)
        value = sent.text[value_start:].strip().rstrip(".")
        # a sentence stating the same claim represents it before a field does, a card's YAML line last
        conf = 0.7 if METADATA_LINE_RE.match(sent.text) else 0.78
        vrefs = [r for r in refs if r.start >= value_start]
        method = "prose.field-line"
        if kind == "developer":
            # 'Blackthorn Labs (Cork, Ireland)', 'Saltire AI · Edinburgh, United Kingdom'
            place = re.search(r"\s*(?:\(|\s[·|—–]\s|,\s+)(?:[^,()·|]{1,30},\s*)?([^,()·|]{2,30})\)?\s*$", value)
            region = self.gaz.lookup(place.group(1).strip(), ("Region",)) if place else None
            value = value[:place.start()] if region else value
            labs = [r.label for r in vrefs if r.type == "Lab"] or \
                ([value] if re.fullmatch(r"[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}", value) else [])
            out = [Draft("developer", subject, ev, object=lab, method=method, confidence=conf) for lab in labs[:1]]
            return out + [Draft("lab_region", lab, ev, object=region.label, method=method + "-place", confidence=0.7)
                          for lab in labs[:1] if region]
        if kind == "headquarters":  # 'Headquarters: Paris, France' under a model with its developer stated
            lab = ctx.section_lab or ctx.developed.get(subject)
            place = self.gaz.lookup(value.split(",")[-1].strip(), ("Region",))
            return [Draft("lab_region", lab, ev, object=place.label, method=method + "-hq", confidence=0.7)] if lab and place else []
        if kind == "license":
            lics = [r.label for r in vrefs if r.type == "License"]
            if not lics:
                entry = self.gaz.lookup(value, ("License",))
                lics = [entry.label] if entry else [value] if _licence_shaped(value) else []
            return [Draft("license", subject, ev, object=lic, method=method, confidence=conf) for lic in lics]
        if kind == "release":
            date = parse_date(value)
            return [Draft("release", subject, ev, object=date[0], method=method, confidence=conf)] if date else []
        stated = _stated_sizes(value) if kind == "parameters" else []
        if any(q == "active" for _, q, _ in stated):  # 'Parameters: 212B total · 18B active'
            return [Draft("parameters", subject, ev, value=v, qualifier=q, method=method, confidence=conf) for v, q, _ in stated]
        size = parse_size(value) if SIZE_RE.search(value) else _plain_count(value)
        if size is None:
            return []
        return [Draft("parameters", subject, ev, value=size, qualifier="active" if kind == "active" else None,
                      method=method, confidence=conf)]

    def _byline(self, sent: Sentence, refs: list[Ref], ctx: Context) -> list[Draft]:
        """A short line under a heading that names a model: 'by Tarnwell AI' (its developer), 'New ·
        released 12 May 2026' (its release), as catalogue cards put them."""
        text, ev = sent.text, self._evidence(sent, ctx)
        lab = next((r for r in refs if r.type == "Lab"), None)
        if lab and BYLINE_RE.fullmatch(text, 0, lab.start) and re.fullmatch(r"\W{0,3}", text[lab.end:]):
            return [Draft("developer", ctx.topic, ev, object=lab.label, method="prose.developer-byline", confidence=0.7)]
        date = self._dates[0] if len(self._dates) == 1 else None
        if date and RELEASED_LINE_RE.search(text, 0, date[1]) and re.fullmatch(r"\W{0,3}", text[date[2]:]) and date[0].count("-") == 2:
            return [Draft("release", ctx.topic, ev, object=date[0], method="prose.release-byline", confidence=0.65)]
        return []

    # developers --------------------------------------------------------------------------------
    def _described_developer(self, sent: Sentence, refs: list[Ref], ctx: Context) -> list[Draft]:
        """A model only described ("DeepSeek's flagship", "the newest entry comes from Lab") right
        after a sentence or section lead that names it: the developer of that model (coreference)."""
        labs = [r for r in refs if r.type == "Lab"]
        if not labs or any(r.type in MODEL_TYPES for r in refs) or not ctx.topic or ctx.index - ctx.topic_index > 1:
            return []
        lead = ctx.topic_sentence
        if lead is not None and lead.block != sent.block and lead.kind != "heading":
            return []  # a new paragraph's "The most surprising release came from OpenAI": the next sentences name it
        text = sent.text
        for lab in labs:
            described = DESCRIBED_BY_LAB_RE.match(text, lab.end) or (
                DESCRIBED_FROM_LAB_RE.search(text[:lab.start]) and re.match(r"^\W*(?:The|This|Its|Our)\b", text))
            if described:
                return [Draft("developer", ctx.topic, self._evidence(sent, ctx), object=lab.label,
                              method="prose.developer-described", confidence=0.6)]
        return []

    def _developers(self, sent: Sentence, refs: list[Ref], ev: Evidence) -> list[Draft]:
        text = sent.text
        out = self._models_colon_lab(text, refs, ev) if ":" in text else []
        if sent.kind in ("heading", "item") and len(text) <= 100:  # '3. Mandacaru-2 9B — Caatinga AI (Brazil)'
            for a, b in zip(refs, refs[1:]):
                if a.type == "Model" and not a.resolved and b.type == "Lab" and \
                        re.fullmatch(r"\s+[—–-]\s+(?:[Bb]y\s+)?", text[a.end:b.start]) \
                        and re.fullmatch(r"\s*(?:\([^()]{2,40}\))?\s*(?:[·•|].*)?", text[b.end:]):
                    # ('Qwen3-32B — By Alibaba Cloud · Apache 2.0 · 32B': its licence among the fields after the lab)
                    out.append(Draft("developer", a.label, ev, object=b.label, method="prose.developer-dash", confidence=0.75))
                    out += [Draft("license", a.label, ev, object=r.label, method="prose.license-dash", confidence=0.7)
                            for r in refs if r.type == "License" and r.start > b.end and re.search(r"[·•|]\s*$", text[b.end:r.start])]
        for k, lab in enumerate(refs):
            if lab.type != "Lab":
                continue
            nxt = next((r for r in refs[k + 1:] if r.start >= lab.end), None)
            if nxt is None:
                continue
            gap = text[lab.end:nxt.start]
            tail = text[nxt.end:nxt.end + 20]
            loose = re.match(r"-(?:powered|based|like|style|class)\b", tail) or (
                _family_only(nxt.label) and re.match(r"\s+(?!models?\b|series\b|family\b|had\b|has\b|is\b|was\b|will\b|can\b|now\b|still\b|and\b|or\b|but\b|remains?\b|are\b|were\b|with\b|in\b|on\b|at\b|for\b|to\b|as\b)[a-z]+(?<!s)(?<!ed)\b", tail))
            if nxt.type in MODEL_TYPES and not nxt.resolved and not loose and (re.fullmatch(r"(?:['’]s)?\s?", gap) or
                                                                            LAB_DESCRIBED_MODEL_RE.fullmatch(gap) or
                                                                            POSSESSIVE_KIND_RE.fullmatch(gap)):
                out.append(Draft("developer", nxt.label, ev, object=lab.label, method="prose.developer-possessive", confidence=0.9))
            elif nxt.type == "Lab" and nxt.label == lab.label and re.fullmatch(r"['’]s\s", gap):
                continue
            whose = re.match(r",\s*(?:whose|the\s+(?:[\w-]+\s+){0,2}?(?:lab|company|team|startup|firm)\s+behind)\s+(?:the\s+)?"
                             r"(?:(?:last|this|next) year['’]s\s+|its\s+|their\s+)?(?:[a-z][\w-]*\s+){0,2}", text[lab.end:])  # "Lab, whose X ...", "Lab, the lab behind the small X model"
            behind = next((r for r in refs if whose and r.type in MODEL_TYPES and not r.resolved and r.start == lab.end + whose.end()), None)
            if behind is not None:  # (a place may stand between: 'Tidewell AI, the Singapore lab behind the Saros-2 models')
                out.append(Draft("developer", behind.label, ev, object=lab.label, method="prose.developer-whose", confidence=0.8))
                continue
            we = LAB_WE_RE.match(text, lab.end) if re.search(r"\b[Aa]t\s+$", text[max(0, lab.start - 4):lab.start]) else None
            rel = RELEASE_RE.match(text[lab.end:]) or \
                re.match(r"(?:\s*\([^()]{1,30}\))?(?:['’]s\s+[\w ]{0,20}?\s)?\s*" + WHEN_ADVERBIAL + r"(" + RELEASE_RE.pattern + r")", text[lab.end:]) \
                or LAB_VERB_RE.match(text[lab.end:]) or LAB_BUILT_RE.match(text[lab.end:])
            verb_end = we.end() if we else (lab.end + rel.end() if rel else None)  # "At Lab we released X", "Lab released X"
            if verb_end is not None:
                target = next((r for r in refs if r.type in MODEL_TYPES and r.start >= verb_end
                               and RELEASED_OBJECT_RE.fullmatch(self._without_lab(text, lab, verb_end, r.start))), None)
                for t in self._with_listed(text, refs, target):
                    out.append(Draft("developer", t.label, ev, object=lab.label, method="prose.developer-released", confidence=0.85))
        labs = [r for r in refs if r.type == "Lab"]
        if labs and "its " in text:  # "Britain's Kiln Labs is one to watch: its Foo-2 scores ..." (the nearest lab before)
            for r in refs:
                if r.type in MODEL_TYPES and not r.resolved and text[max(0, r.start - 4):r.start] in ("its ", "Its "):
                    lab = next((x for x in reversed(labs) if x.end <= r.start), None)
                    between = lab is not None and any(x.type in MODEL_TYPES and lab.end <= x.start < r.start for x in refs)
                    if lab and not between:
                        out.append(Draft("developer", r.label, ev, object=lab.label, method="prose.developer-its", confidence=0.7))
        for a, b in zip(refs, refs[1:]):  # "Alibaba Cloud (Qwen2.5), Zhipu AI (GLM-4)": a lab and its model in brackets
            if a.type == "Lab" and b.type in MODEL_TYPES and not b.resolved and re.fullmatch(r"\s*\(\s*", text[a.end:b.start]) \
                    and re.match(r"\s*\)", text[b.end:]) and re.search(r"\d", text[b.start:b.end]) and \
                    (self.gaz.lookup(b.label, MODEL_TYPES) or "-" in text[b.start:b.end]):
                out.append(Draft("developer", b.label, ev, object=a.label, method="prose.developer-lab-paren", confidence=0.75))
        for k, r in enumerate(refs):  # "GPT-5 (OpenAI)", "A and B (by Lab, lab/a)": a lab in brackets after models
            if r.type in MODEL_TYPES and not r.resolved and k + 1 < len(refs) and refs[k + 1].type == "Lab" and \
                    PAREN_LAB_RE.fullmatch(text, r.end, refs[k + 1].start) and re.match(r"\s*[),;]", text[refs[k + 1].end:]):
                listed = [r]
                while k - len(listed) >= 0 and refs[k - len(listed)].type in MODEL_TYPES and not refs[k - len(listed)].resolved \
                        and LISTED_GAP_RE.fullmatch(text, refs[k - len(listed)].end, listed[-1].start):
                    listed.append(refs[k - len(listed)])
                out += [Draft("developer", m.label, ev, object=refs[k + 1].label, method="prose.developer-paren", confidence=0.8)
                        for m in listed]
        for r in (refs if self._words & {"by", "from", "s", "which", "that", "devel", "built", "train"} else ()):  # "X, developed by Lab", "X ... from Lab", "X, Lab's model"
            if r.type in MODEL_TYPES:
                m = re.match(r"(?:\s+(?:models|checkpoints|variants|sizes)\b)?"  # ('Both models were trained at Lab')
                             r",?\s*(?:which was\s+|that was\s+|was\s+|is\s+|were\s+(?:both\s+|all\s+)?)?(?:(?:developed|built|created|trained|made|designed|released|open-sourced|published)\s+by"
                             r"(?:\s+the\s+(?:[\w-]+\s+){1,4}?(?:group|team|lab|unit|division)\s+(?:at|of))?|(?:developed|built|trained)\s+at|,?\s*(?:(?:comes?|came)\s+)?from)\s+" + _THE_LAB + r"[*_]*", text[r.end:]) \
                    or WHICH_LAB_RE.match(text[r.end:]) \
                    or DESCRIBED_DEV_BY_RE.match(text[r.end:]) \
                    or re.match(r",\s*from\s+[*_]*|,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:model|release|LLM|entry|checkpoint)\s+from\s+" + _THE_LAB + r"[*_]*", text[r.end:]) \
                    or FAMILY_FROM_RE.match(text[r.end:]) or GENERATION_OF_RE.match(text[r.end:])
                lab = next((x for x in refs if m and x.type == "Lab" and x.start == r.end + m.end()), None) or \
                    self._apposed_lab(text, r, refs) or self._coordinated_lab(text, r, refs)
                if lab:
                    out.append(Draft("developer", r.label, ev, object=lab.label, method="prose.developer-by", confidence=0.85))
                    if m and re.match(r"\s+were\b", text[r.end:]):  # "A and B were both developed at Lab": each of them
                        listed = [x for x in refs if x.type in MODEL_TYPES and not x.resolved and x.end <= r.start]
                        run = [r]
                        for x in reversed(listed):
                            if not re.fullmatch(r"\s*(?:,|and|, and|&)\s*", text[x.end:run[-1].start]):
                                break
                            run.append(x)
                        out += [Draft("developer", x.label, ev, object=lab.label, method="prose.developer-by", confidence=0.85)
                                for x in run[1:]]
        return out

    @staticmethod
    def _models_colon_lab(text: str, refs: list[Ref], ev: Evidence) -> list[Draft]:
        """'Qwen3-8B, Qwen3-14B: Alibaba, thinking mode, Apache 2.0 weights.' (a list of the models evaluated):
        every model before the colon is the lab's, and the licence named after it theirs."""
        colon = text.find(":")
        models = [r for r in refs if r.type in MODEL_TYPES and not r.resolved and r.end <= colon]
        lab = next((r for r in refs if r.type == "Lab" and r.start > colon), None)
        if not models or lab is None or not re.fullmatch(r"\W*", text[:models[0].start]) or \
                not re.fullmatch(r"\s*:\s*(?:the\s+)?", text[colon:lab.start]) or \
                not re.match(r"\s*(?:[,.;(]|$)|['’]s\s+(?:[\w-]+\s+){0,3}(?:team|group|lab|division|unit)\b", text[lab.end:]) or \
                not all(re.fullmatch(r"\s*(?:\([^()]*\))?\s*(?:,|and|/|&|,\s*and)?\s*", text[a.end:b.start])
                        for a, b in zip(models, models[1:] + [Ref("Colon", "", colon, colon)])):
            return []
        out = [Draft("developer", m.label, ev, object=lab.label, method="prose.developer-list", confidence=0.65) for m in models]
        out += [Draft("license", m.label, ev, object=r.label, method="prose.license-list", confidence=0.7)
                for r in refs if r.type == "License" and r.start > lab.end for m in models]
        return out

    @staticmethod
    def _coordinated_lab(text: str, model: Ref, refs: list[Ref]) -> Ref | None:
        """'X is licensed under MIT and was developed by Lab': a second predicate of the same subject."""
        m = COORDINATED_BY_RE.match(text, model.end)
        lab = next((x for x in refs if m and x.type == "Lab" and x.start == m.end()), None)
        if lab is None or any(x.type in MODEL_TYPES and model.end <= x.start < lab.start for x in refs):
            return None
        return lab

    @staticmethod
    def _apposed_lab(text: str, model: Ref, refs: list[Ref]) -> Ref | None:
        """'X, Lab's largest model in this group, ...': the lab of a possessive apposition."""
        m = re.match(r",\s*[*_]*|\s+(?:is|was)\s+", text[model.end:])  # "X, Lab's ...", "It is Lab's most capable model"
        lab = next((x for x in refs if m and x.type == "Lab" and x.start == model.end + m.end()), None)
        return lab if lab and DESCRIBED_BY_LAB_RE.match(text, lab.end) else None

    @staticmethod
    def _with_listed(text: str, refs: list[Ref], first: Ref | None) -> list[Ref]:
        """A model and the models listed right after it ('A and B', 'A, B and C')."""
        if first is None:
            return []
        out = [first]
        for r in refs:
            if r.type in MODEL_TYPES and r.start >= out[-1].end and not r.resolved:
                if not re.fullmatch(r"\s*(?:,|and|, and|&)\s*", text[out[-1].end:r.start]):
                    break
                out.append(r)
        return out

    @staticmethod
    def _without_lab(text: str, lab: Ref, start: int, end: int) -> str:
        """The gap between a verb and its object with the lab's own name dropped ('the Meta Llama 3 family')."""
        gap = text[start:end]
        return re.sub(r"(?:^|(?<=\s))" + re.escape(text[lab.start:lab.end]) + r"\s+$", "", gap)

    # licences --------------------------------------------------------------------------------
    def _licenses(self, sent, crefs, cs, ce, ctx, prev, ev) -> list[Draft]:
        text = sent.text
        same = SAME_LICENSE_RE.search(text, cs, ce) if "same" in text or "the licen" in text else None
        if same and self._last_license and not any(r.type == "License" for r in crefs):
            # "The base model, X, is available under the same terms", "Y shares the tokenizer and the licence"
            models = [r for r in crefs if r.type in MODEL_TYPES and not r.resolved and r.start < same.start()]
            return [Draft("license", r.label, ev, object=self._last_license, method="prose.license-same", confidence=0.6)
                    for r in models if not _same(r.label, self._last_license_of)]
        if not any(r.type == "License" for r in crefs) and "licen" not in text[cs:ce].lower():
            return []  # both branches below need a licence name or the word "licence"
        # "the Apache and MIT models": a licence used as an adjective names no model's licence
        lics = [r for r in crefs if r.type == "License" and not LICENSE_ADJECTIVE_RE.match(text[r.end:])]
        out = []
        custom = re.search(r"\b(?:custom|proprietary|own|bespoke)\s+licen[cs]e", text[cs:ce], re.I)
        if not lics and custom:
            for r in crefs:
                if r.type in MODEL_TYPES and r.start < cs + custom.start():
                    lic = self._custom_license(r.label, crefs)
                    if lic:
                        out.append(Draft("license", r.label, ev, object=lic, method="prose.license-custom", confidence=0.6))
            return out
        if not lics or len({r.label for r in lics}) > 1 and re.search(r"\bor\b", text[cs:ce]):
            return out
        out = []
        prev_end = cs
        if self._denied[0] != sent.start:
            self._denied = (sent.start, [])
        for lic in sorted(lics, key=lambda r: r.start):
            out += self._license_subjects(sent, crefs, cs, prev_end, lic, ctx, prev, ev)
            prev_end = lic.end
        return out

    def _license_subjects(self, sent, crefs, cs, prev_end, lic, ctx, prev, ev) -> list[Draft]:
        text = sent.text
        subjects = [r for r in crefs if r.type in MODEL_TYPES and prev_end <= r.start < lic.start
                    and not re.search(r"\b(?:than|vs\.?|versus|over|[Uu]nlike|[Ll]ike|with|against|to)\s+(?:[\w\-.']+\s+){0,2}$", text[cs:r.start])
                    and not (BUILT_ON_RE.search(text, max(cs, r.start - 40), r.start)  # 'X, a model built on top of Y, is ...'
                             and not re.match(r"\s*,?\s*(?:which|that|whose)\b", text[r.end:]))]  # (not 'Y, which is under ...')
        denied = NEGATION_RE.search(text[cs:lic.start]) and re.search(r"\b(?:not|n't|never|no longer)\s+(?:\w+\s+){0,3}$", text[cs:lic.start])
        hearsay = re.search(r"\b(?:described|reported|called|labell?ed|billed)\s+as\s+(?:an?\s+)?$", text[cs:lic.start]) and \
            re.search(r",\s*but\b", text[lic.end:])  # "described as MIT-licensed, but the model page lists CC BY-NC 4.0"
        if denied or hearsay:
            self._denied[1].extend(subjects)  # "X is not licensed under A ...: the weights use B": B is X's
            return []
        if not subjects and self._denied[1]:
            return [Draft("license", r.label, ev, object=lic.label, method="prose.license-instead", confidence=0.6)
                    for r in self._denied[1]]
        fronted = re.match(r"\W*(?:Released|Available|Licensed|Published|Open-sourced|Distributed|Shipped|Offered)\s+"
                           r"(?:\w+\s+){0,2}?(?:under|with)\s+(?:the\s+|an?\s+)?$", text[cs:lic.start]) if not subjects else None
        if fronted:  # "Released under the Apache 2.0 license, X has 24B parameters": X's licence
            after = re.match(r"[^,]{0,40},\s*(?:the\s+)?", text[lic.end:])
            first = next((r for r in crefs if r.type in MODEL_TYPES and not r.resolved and after and r.start == lic.end + after.end()), None)
            if first:
                return [Draft("license", first.label, ev, object=lic.label, method="prose.license-fronted", confidence=0.75)]
        if len(subjects) > 1 and RELATIVE_LICENSE_RE.fullmatch(text[subjects[-1].end:lic.start]):
            subjects = subjects[-1:]  # "A, and B, which is distributed under L": L is B's
        # "Apache 2.0.", "Brand new, dense, Apache 2.0.": a verbless fragment of descriptors ending on the licence
        fragment = cs == 0 and len(text[lic.end:].split()) <= 3 and (
            text[cs:lic.start].strip(" :-—") == "" or DESCRIPTOR_LIST_RE.fullmatch(text[cs:lic.start]))
        if not subjects and prev is not None and ctx.topic and (fragment or WEIGHTS_UNDER_RE.match(text[cs:lic.start])):
            evidence = Evidence(self.doc_text[prev.start:sent.end], prev.start, sent.end)
            return [Draft("license", ctx.topic, evidence, object=lic.label, method="prose.license-fragment", confidence=0.6)]
        also = [x for x in crefs if x.type in MODEL_TYPES and not x.resolved and x.start > lic.end
                and re.fullmatch(r",?\s*as\s+(?:does|do|did)\s+", text[lic.end:x.start])]  # "X ships under A, as does Y"
        if subjects:
            subjects += also
        out = []
        for r in subjects:
            named_before = any(x.type in MODEL_TYPES and not x.resolved and x.end <= r.start for x in crefs)
            evidence = self._evidence(sent, ctx) if r.resolved and not named_before else ev
            out.append(Draft("license", r.label, evidence, object=lic.label, method="prose.license",
                             confidence=0.65 if r.resolved else 0.8))
        return out

    def _custom_license(self, label: str, refs: list[Ref]) -> str | None:
        lab = next((r.label for r in refs if r.type == "Lab"), None)
        entry = self.gaz.lookup(label, ("Series", "Model"))
        lab = lab or (entry.get("developer") if entry else None)
        lab_entry = self.gaz.entry("Lab", lab) if lab else None
        return lab_entry.get("custom_license") if lab_entry else None

    # parameters --------------------------------------------------------------------------------
    def _parameters(self, sent: Sentence, refs: list[Ref], ev: Evidence, ctx: Context) -> list[Draft]:
        text = sent.text
        out = []
        for r in refs:
            if r.type == "Series" and not r.resolved and (paren := PAREN_SIZE_RE.match(text, r.end)):
                # "Phi-4 (14B)": a name the gazetteer knows as a series, its one size given in brackets
                out.append(Draft("parameters", r.label, ev, value=float(paren.group(1)) * SCALE_LETTER[paren.group(2)],
                                 method="prose.paren-size", confidence=0.7))
            if r.type != "Model" or (r.resolved and not r.params):
                continue
            if r.params and not (r.resolved and not re.search(r"\d", text[r.start:r.end])):
                # a metadata line ('base_model: lab/X-8B') represents the claim only when no sentence names the model
                out.append(Draft("parameters", r.label, ev, value=r.params, method="prose.name-size",
                                 confidence=0.7 if METADATA_LINE_RE.match(text) else 0.75))
            if r.active:
                out.append(Draft("parameters", r.label, ev, value=r.active, qualifier="active", method="prose.name-size", confidence=0.6))
            paren = PAREN_SIZE_RE.match(text, r.end) or COLON_SIZE_RE.match(text, r.end) if not r.params and not r.resolved else None
            if paren:  # "Phi-3-small (7B)", "Gannet-2-Mini: 8B, Apache 2.0"
                out.append(Draft("parameters", r.label, ev, value=float(paren.group(1)) * SCALE_LETTER[paren.group(2)],
                                 method="prose.paren-size", confidence=0.75))
        for value, qualifier, pos in self._memo(_stated_sizes, text):
            if OTHER_MODEL_BEFORE_RE.search(text, max(0, pos - 16), pos):
                continue  # "distilled from the 30B-A3B model": another model's size
            if any(r.start <= pos < r.end and (not r.resolved or r.type == "Model" and r.params) for r in refs):
                continue  # "Qwen3-30B-A3B-Instruct-2507": a size inside a name is that name's ('the 70B-A8B' too)
            subj = next((r for r in reversed(refs) if r.type in MODEL_TYPES and r.end <= pos), None) \
                or next((r for r in refs if r.type == "Model" and not r.resolved), None)
            label = subj.label if subj else (ctx.topic if ctx.topic and ctx.index - ctx.topic_index <= 2 else None)
            if label is None and sent.kind == "item" and CARD_FIELD_RE.match(text):
                label = self.card_model  # 'Model type: decoder-only, 8.03B parameters' on a card: the card's model
            if label:
                evidence = ev if subj else self._evidence(sent, ctx)
                out.append(Draft("parameters", label, evidence, value=value, qualifier=qualifier,
                                 method="prose.stated-size", confidence=0.9 if subj and not subj.resolved else 0.8))
        return out

    # regions and specialisation ------------------------------------------------------------------
    def _appositive_regions(self, text: str, refs: list[Ref], ev: Evidence) -> list[Draft]:
        """'Nordwind Labs, a German lab', 'X is a French lab', 'X, a lab based in Singapore'."""
        out = []
        for r in refs:
            if r.type != "Lab":
                continue
            # (a company suffix first: 'Shrike Systems, Inc., a company headquartered in Austin')
            end = r.end + (len(suffix.group(0)) if (suffix := CORPORATE_SUFFIX_RE.match(text, r.end)) else 0)
            tail = text[end:end + 80]
            # "an Irish research lab", "a non-profit British lab", "the South Korean lab"
            m = re.match(r"\W{0,3}\s*(?:,?\s*(?:Inc|Ltd|LLC|Corp|GmbH|PLC|AG)\.?)?(?:,\s*|\s+is\s+)(?:an?|the)\s+(?:[a-z][\w-]*\s+)?(?:[A-Z][\w'’.-]*-based\s+)?"
                         r"((?:South |North |New |Saudi |Sri |Costa )?\w+)\s+(?:(?:AI|research|software|tech|technology|artificial intelligence)\s+){0,2}" +
                         _LAB_HEAD + r"\b", tail)
            # "France's Mistral AI", "the Dutch lab Verdant Compute"
            # ... also with no article and words between: "Canadian lab X", "Polish artificial intelligence start-up X"
            before = re.search(r"(?:(?:\b[Tt]he\s+|^\W*|[,;:(]\s+|\s[-–—]\s+|\b(?:[Aa]n?|[Bb]y|[Ff]rom|[Aa]nd)\s+)((?:South |North )?[A-Z][a-z]+)\s+"
                               r"(?:[a-z][\w-]*\s+){0,3}?" + _LAB_NOUN + r"\s+|['’]s\s+)$",
                               text[max(0, r.start - 60):r.start])
            city_based = re.search(r"\b([A-Z][\w'’]+(?: [A-Z][\w'’]+)?)-based\s+(?:[a-z][\w-]*\s+){0,3}?$", text[max(0, r.start - 50):r.start])
            if city_based and (self.gaz.cities.get(city_based.group(1)) or self.gaz.lookup(city_based.group(1), ("Region",))):
                region = self.gaz.cities.get(city_based.group(1)) or self.gaz.lookup(city_based.group(1), ("Region",)).label
                out.append(Draft("lab_region", r.label, ev, object=region, method="prose.lab-city-based", confidence=0.5))
                continue  # "Paris-based Aurel Systems"
            owner = next((x for x in refs if x.type == "Region" and x.end == r.start - len(before.group(0))), None) \
                if before and not before.group(1) else None
            if owner or before and before.group(1) in self.gaz.demonyms:
                region = owner.label if owner else self.gaz.demonyms[before.group(1)]
                out.append(Draft("lab_region", r.label, ev, object=region, method="prose.lab-region-before", confidence=0.8))
                continue
            # "Dunlin Labs (Athens, Greece)", "Fjellvind AI (Norway)": where it is, in brackets after its name
            place = re.match(r"\s*\((?P<city>[A-Z][\w.'’ -]{1,30},\s+)?(?=[^()]{2,40}\))", tail)
            owner = _region_at(refs, end, place)
            if place and owner and re.match(r"\s*\)", text[owner.end:owner.end + 3]):
                out.append(Draft("lab_region", r.label, ev, object=owner.label, method="prose.lab-place-bracket", confidence=0.75))
                continue
            # "Savanna Compute, Nairobi (Kenya)": its city, then its country in brackets
            city_country = re.match(r",\s+[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+)?\s+\((?=[^()]{2,40}\))", tail)
            owner = next((x for x in refs if city_country and x.type == "Region" and x.start == end + city_country.end()), None)
            if owner and re.match(r"\s*\)", text[owner.end:owner.end + 3]):
                out.append(Draft("lab_region", r.label, ev, object=owner.label, method="prose.lab-city-country", confidence=0.7))
                continue
            bracket_city = re.match(r"\s*\(([A-Z][\w.'’ -]{1,25})\)", tail)
            if bracket_city and bracket_city.group(1) in self.gaz.cities:  # "Lanting AI (Hangzhou)"
                out.append(Draft("lab_region", r.label, ev, object=self.gaz.cities[bracket_city.group(1)],
                                 method="prose.lab-city-bracket", confidence=0.5))
                continue
            hq = re.match(r"\W{0,3}\s*,?\s*(?:(?:which\s+is\s+|is\s+|(?<=,)\s*)(?:an?\s+(?:[\w-]+,?\s+){0,4}?" + _LAB_HEAD + r"\s+)?)?"
                          r"(?:based|headquartered)\s+in\s+(?P<city>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,\s+)?", tail)
            owner = _region_at(refs, end, hq)
            if owner:  # "Kuiper Labs, which is headquartered in Shenzhen, China", "X is an AI company headquartered in ..."
                out.append(Draft("lab_region", r.label, ev, object=owner.label, method="prose.lab-based-in", confidence=0.8))
                continue
            city = (hq.group("city").rstrip(", ") if hq.group("city") else (m_city := CITY_AFTER_RE.match(tail, hq.end()))
                    and m_city.group(1)) if hq else None
            if city and city in self.gaz.cities:  # "Orée AI, based in Paris, released ...": the city's country
                out.append(Draft("lab_region", r.label, ev, object=self.gaz.cities[city], method="prose.lab-city", confidence=0.5))
                continue
            # "Turnstone Research, a 30-person lab in Zurich, Switzerland"
            lab_in = re.match(r"\W{0,3}\s*(?:,\s*|\s+is\s+)an?\s+(?:[\w-]+\s+){0,4}?" + _LAB_HEAD + r"\s+(?:in|from)\s+"
                              r"(?P<city>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,\s+)?", tail)
            owner = _region_at(refs, end, lab_in)
            if owner:
                out.append(Draft("lab_region", r.label, ev, object=owner.label, method="prose.lab-in", confidence=0.75))
                continue
            # "led by Mistral AI in France and Aleph Alpha in Germany": a lab and the country it is in
            place = re.match(r"\s+in\s+(?:the\s+)?", tail)
            owner = next((x for x in refs if place and x.type == "Region" and x.start == end + place.end()), None)
            if owner and re.match(r"\s*(?:[,;.)]|and\b|$|(?:have|has|had|are|is|were|was)\b)", text[owner.end:]):
                listed = [r]  # "TII and MBZUAI in the UAE": each lab of the list before 'in'
                for x in reversed([x for x in refs if x.type == "Lab" and x.end <= r.start]):
                    if not re.fullmatch(r"\s*(?:,|,?\s+and|&)\s*", text[x.end:listed[-1].start]):
                        break
                    listed.append(x)
                out += [Draft("lab_region", x.label, ev, object=owner.label, method="prose.lab-in-country", confidence=0.7)
                        for x in reversed(listed)]
                continue
            both = re.match(r",\s+(?:all|both|each)\s+(?:based|headquartered)\s+in\s+(?P<city>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,\s+)?", tail)
            owner = _region_at(refs, end, both)
            if owner:  # "DeepSeek, Alibaba and Lingxi Technology, all based in China": each listed lab
                listed = [r]
                for x in reversed([x for x in refs if x.type == "Lab" and x.end <= r.start]):
                    if not re.fullmatch(r"\s*(?:,|,?\s+and)\s*", text[x.end:listed[-1].start]):
                        break
                    listed.append(x)
                out += [Draft("lab_region", x.label, ev, object=owner.label, method="prose.lab-based-in", confidence=0.75) for x in listed]
            based = re.match(r"\W{0,3}\s*(?:,\s*|\s+is\s+)an?\s+([A-Z][\w ]*?)-based\s+(?:AI\s+)?" + _LAB_HEAD + r"\b", tail)
            region = self.gaz.lookup(based.group(1), ("Region",)) if based else None
            if region:
                out.append(Draft("lab_region", r.label, ev, object=region.label, method="prose.lab-based"))
                continue
            if m and m.group(1) in self.gaz.demonyms:
                out.append(Draft("lab_region", r.label, ev, object=self.gaz.demonyms[m.group(1)], method="prose.lab-appositive"))
                continue
            if m and (country := self.gaz.lookup(m.group(1), ("Region",))) and " " in m.group(1):  # "Harbourside AI, a New Zealand company"
                out.append(Draft("lab_region", r.label, ev, object=country.label, method="prose.lab-appositive", confidence=0.7))
                continue
            if m and m.group(1) in self.gaz.cities:  # "Fernhill AI, an Edinburgh lab"
                out.append(Draft("lab_region", r.label, ev, object=self.gaz.cities[m.group(1)], method="prose.lab-appositive-city",
                                 confidence=0.6))
                continue
            m = re.match(r"\W{0,3}\s*(?:,\s*|\s+is\s+)an?\s+(?:AI\s+)?" + _LAB_HEAD + r"\s+(?:based|headquartered) in\s+([A-Z][\w ]+?)\b(?:[.,;]|$)", tail)
            region = self.gaz.lookup(m.group(1), ("Region",)) if m else None
            if m:
                out.append(Draft("lab_region", r.label, ev, object=region.label if region else m.group(1), method="prose.lab-based-in"))
        return out

    def _regions(self, sent: Sentence, refs: list[Ref], ev: Evidence) -> list[Draft]:
        text = sent.text
        out = self._appositive_regions(text, refs, ev)
        for m in (COLON_LAB_RE.finditer(text) if ":" in text else ()):
            lab = next((r for r in refs if r.type == "Lab" and r.start == m.end()), None)
            if lab and m.group(1) in self.gaz.demonyms:
                out.append(Draft("lab_region", lab.label, ev, object=self.gaz.demonyms[m.group(1)], method="prose.lab-region-colon", confidence=0.75))
        for m in (ALL_OF_THEM_RE.finditer(text) if "all" in text.lower() or "both" in text.lower() else ()):
            if m.group(1) in self.gaz.demonyms:  # "A, B and C, all of them Chinese companies": every lab named before
                out += [Draft("lab_region", r.label, ev, object=self.gaz.demonyms[m.group(1)], method="prose.lab-region-all",
                              confidence=0.7) for r in refs if r.type == "Lab" and r.end <= m.start()]
        arrow = ARROW_RE.search(text) if ("->" in text or "→" in text) else None
        if arrow:  # 'India (Sarvam AI) -> Indic languages, speech': a region, its labs, what they lead in
            left = [r for r in refs if r.end <= arrow.start()]
            region = next((r.label for r in left if r.type == "Region"), None) or next(
                (self.gaz.demonyms[d.group(1)] for d in self.demonym_re.finditer(text, 0, arrow.start())), None)
            if region and not any(r.type in MODEL_TYPES for r in left):
                out += [Draft("lab_region", r.label, ev, object=region, method="prose.region-arrow", confidence=0.7)
                        for r in left if r.type == "Lab"]
                out += [Draft("specialization", region, ev, object=d, method="prose.region-arrow", confidence=0.7)
                        for d in dict.fromkeys(self._domain_phrases(text[arrow.end():]))]
        regions = [r for r in refs if r.type == "Region"]
        for k, region in enumerate(regions):
            # "United States ..... OpenAI, Anthropic, Meta", "China: DeepSeek, Moonshot AI": a region's labs, up
            # to the next region (lines of such a list may run together into one paragraph)
            lead = REGION_LIST_RE.match(text, region.end)
            leaders = lead is not None and "..." in lead.group(0)  # dot leaders say it wherever they stand
            if not lead or not leaders and (text[:region.start].strip(" -*•") and not re.search(r"[,.;]\s*$", text[:region.start])):
                continue
            stop = regions[k + 1].start if k + 1 < len(regions) else len(text)
            out += [Draft("lab_region", r.label, ev, object=region.label, method="prose.region-list", confidence=0.75)
                    for r in refs if r.type == "Lab" and lead.end() <= r.start < stop]
        matches = list(self.demonym_re.finditer(text)) if self._words & self.demonym_stems else []
        led_before = False
        for k, m in enumerate(matches):
            region = self.gaz.demonyms[m.group(1)]
            g = next((k for k in range(2, 12) if m.group(k) is not None), 4)
            group = m.group(g)
            if group is not None and not re.search(r"\b(?:outside|beyond|besides|other than|apart from|except)\s+(?:the\s+)?(?:\w+\s+)?$",
                                                     text[max(0, m.start() - 30):m.start()]):  # 'vendors outside the largest US labs: A, B
                gs = m.start(g)
                for r in refs:
                    if r.type == "Lab" and gs <= r.start < gs + len(group):
                        out.append(Draft("lab_region", r.label, ev, object=region, method="prose.lab-region", confidence=0.85))
            tail_end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
            tail = text[m.end():tail_end]
            pad = len(tail) - len(tail.lstrip())
            aside = re.match(r"\s*,[^,.;]{1,60},\s*|\s*\([^()]{1,120}\)\s*", tail)  # "African labs, Kamau argues, are ...", "Korean labs (A, B) have ..."
            verb = SPEC_VERB_RE.match(tail, pad) or SPEC_VERB_RE.search(tail[:25]) or \
                (SPEC_VERB_RE.search(tail, aside.end(), aside.end() + 25) if aside else None)
            if verb is None and led_before and m.group(0).rstrip().endswith("s"):
                # "Chinese labs lead on maths, European labs on multilingual work": the verb said once for all
                verb = GAPPED_DOMAIN_RE.match(tail)
            led_before = led_before or verb is not None
            if not verb or not m.group(0).rstrip(" )").endswith("s") and SINGLE_LAB_RE.match(text, m.end(1)):
                continue  # 'a German lab focused on X' is one lab's focus, not its region's
            # "Emirati and Saudi labs concentrate on ...": each region of the coordinated demonyms
            regions = [region] + [self.gaz.demonyms[d] for d in self._coordinated_demonyms(text[:m.start()])]
            clause = re.split(r"[.;:]|\bwhile\b|\bwhereas\b", tail)[0]
            domains = self._domain_phrases(tail[verb.end():]) or \
                [self.gaz.domain_words[d.group(1).casefold()] for d in self.domain_re.finditer(clause)]
            out += [Draft("specialization", r, ev, object=domain, method="prose.specialization", confidence=0.8)
                    for r in regions for domain in dict.fromkeys(domains)]
        out += self._fronted_region(text, refs, ev)
        # 'Middle Eastern labs (TII and MBZUAI in the UAE, SDAIA in Saudi Arabia)': a lab's own country, not the group's region
        placed = {d.subject for d in out if d.kind == "lab_region" and d.method == "prose.lab-in-country"}
        return [d for d in out if not (d.method == "prose.lab-region" and d.subject in placed)] if placed else out

    def _fronted_region(self, text: str, refs: list[Ref], ev: Evidence) -> list[Draft]:
        """'In Japan, Sakana AI and Preferred Networks have focused on Japanese-language models': each lab listed
        after the fronted country is there, and what they focus on is the country's specialisation."""
        out = []
        if "In " not in text:
            return out
        for region in (r for r in refs if r.type == "Region"):
            lead = re.search(r"(?:^|[.;:]\s+|,\s+(?:while|whereas|and)\s+)\W*In\s+(?:the\s+)?$", text[:region.start])
            comma = re.match(r"\s*,\s*", text[region.end:])
            if not lead or not comma:
                continue
            labs, pos = [], region.end + comma.end()
            for r in (x for x in refs if x.start >= pos):
                if r.type != "Lab" or r.start != pos:
                    break
                labs.append(r)
                gap = re.match(r"\s*(?:,\s*and|,|and|&)\s+", text[r.end:])
                if not gap:
                    break
                pos = r.end + gap.end()
            if not labs:
                continue
            out += [Draft("lab_region", lab.label, ev, object=region.label, method="prose.region-fronted", confidence=0.7)
                    for lab in labs]
            verb = SPEC_VERB_RE.match(text, labs[-1].end) or SPEC_VERB_RE.search(text, labs[-1].end, labs[-1].end + 30)
            if verb:
                out += [Draft("specialization", region.label, ev, object=d, method="prose.region-fronted", confidence=0.7)
                        for d in dict.fromkeys(self._domain_phrases(text[verb.end():]))]
        return out

    def _coordinated_demonyms(self, before: str) -> list[str]:
        """'Emirati and Saudi' before 'labs': the demonyms coordinated with the one next to the noun."""
        m = self._coordination_re().search(before)
        return [d for d in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", m.group(0)) if d in self.gaz.demonyms] if m else []

    def _coordination_re(self) -> re.Pattern:
        if self._coordination is None:
            alt = "|".join(re.escape(w) for w in sorted(self.gaz.demonyms, key=len, reverse=True))
            self._coordination = re.compile(rf"\b(?:(?:{alt})\s*,\s*)*(?:{alt})(?:\s*,)?\s+(?:and|&)\s+$")
        return self._coordination

    def _domain_phrases(self, after: str) -> list[str]:
        """What a region's labs lead in, as the text words it: 'lead in Korean-language models and in on-device
        AI' gives both phrases; a phrase the gazetteer knows ('maths') its domain's name. Parts that do not end
        in a domain's head word ('she said', 'the latter driven') are not domains."""
        after = re.sub(r"^\s*(?:the\s+(?:way|pace|field|index|world|market|pack)\s+)?(?:(?:in|on|at|for)\s+)?(?:the\s+)?", "", after)
        stop = DOMAIN_STOP_RE.search(after)
        phrase = after[:stop.start()] if stop else after
        parts = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+)?(?:(?:in|on|at)\s+)?|\s+and\s+(?:(?:in|on|at)\s+)?", phrase)]
        out = []
        for k, part in enumerate(parts):
            part = re.sub(r"^(?:the|a|an)\s+", "", part)
            part = re.sub(r"\s+(?:outright|clearly|comfortably|too|again|now|today|still|already|by far|as well)$", "", part)
            if part.endswith("-") and k + 1 < len(parts) and (tail := re.search(r"-\w.*$", parts[k + 1])):
                part = part[:-1] + tail.group(0)  # "Portuguese- and Spanish-language models"
            words = part.split()
            if not 1 <= len(words) <= 6 or re.search(r"\d", part) or re.search(r"\s(?:of|the|a|an)\s", part) or \
                    all(w.lower() in DOMAIN_FILLERS or w.lower() in ("language", "ai", "llms") for w in words):
                continue  # 'family of two language models', a bare 'models'
            core = " ".join(w for w in words if w.lower() not in DOMAIN_FILLERS)  # 'open-weight math', 'multimodal work'
            known = self.gaz.domain_words.get(part.casefold()) or self.gaz.domain_words.get(core.casefold()) or \
                (self.gaz.domain_words.get(words[-1].casefold()) if len(words) == 2 and words[0].islower() else None)  # 'maths-heavy reasoning'
            if known:  # one name per domain the gazetteer knows ('maths' is 'math'), for the graph's sake
                out.append(known)
            elif words[-1].lower() in DOMAIN_HEADS or words[-1] in LANGUAGE_NAMES or self.domain_re.search(words[-1]) or \
                    words[-1].endswith("-language"):  # 'Korean-language (and document AI)'
                out.append(part)
        return out

    # releases and prices -------------------------------------------------------------------------
    def _bracketed_release(self, sent: Sentence, refs: list[Ref], ev: Evidence, found: list[Draft]) -> list[Draft]:
        """'Kestrel 1.5 34B (June 2025)': a date alone in brackets after a model's name is when it came out."""
        out = []
        for r in refs:
            m = BRACKET_DATE_RE.match(sent.text, r.end) if r.type in MODEL_TYPES and not r.resolved else None
            date = parse_date(m.group(1)) if m else None
            if date and date[1] == 0 and date[2] >= len(m.group(1)) - 1 and \
                    not any(d.kind == "release" and d.subject == r.label for d in found):
                out.append(Draft("release", r.label, ev, object=date[0], method="prose.release-bracket", confidence=0.55))
        return out

    def _release_date_list(self, sent: Sentence, refs: list[Ref], ev: Evidence, found: list[Draft]) -> list[Draft]:
        """'Release dates: DeepSeek-V3, 26 December 2024; Llama 4 Maverick, 5 April 2025': each model, its date."""
        out = []
        for r in refs:
            if r.type not in MODEL_TYPES or r.resolved or any(d.kind == "release" and d.subject == r.label for d in found):
                continue
            m = re.match(r"\s*[,:(]\s*([^;,()]{4,25}?)\s*(?=[;)]|\.\s*$|$)", sent.text[r.end:])
            date = parse_date(m.group(1)) if m else None
            if date and date[1] == 0:
                out.append(Draft("release", r.label, ev, object=date[0], method="prose.release-list", confidence=0.6))
        return out

    def _dotted_fields(self, sent: Sentence, refs: list[Ref], ev: Evidence, found: list[Draft]) -> list[Draft]:
        """'Tui-Coder 7B · Harbourside AI, Wellington · Apache 2.0 · 24 February 2026': a listing's fields, the
        model first, its lab second, and a field that is a date alone its release."""
        head = next((r for r in refs if r.type in MODEL_TYPES and not r.resolved), None)
        if head is None or not re.fullmatch(r"\W{0,3}", sent.text[:head.start]) or not sent.text[head.end:].lstrip().startswith("·"):
            return []
        out = []
        fields = sent.text.split(" · ")
        second = len(fields[0]) + 3  # the field after the name: its lab ('· Mistral AI ·', '· Kobold Compute, Munich (Germany) ·')
        lab = next((r for r in refs if r.type == "Lab" and r.start == second), None)
        if lab and not any(d.kind == "developer" and d.subject == head.label for d in found):
            out.append(Draft("developer", head.label, ev, object=lab.label, method="prose.developer-field", confidence=0.6))
        for field in fields[1:]:
            date = parse_date(field.strip(" ."))
            if date and date[1] == 0 and date[2] >= len(field.strip(" .")) - 1 and \
                    not any(d.kind == "release" and d.subject == head.label for d in found):
                out.append(Draft("release", head.label, ev, object=date[0], method="prose.release-field", confidence=0.6))
                break
        return out

    def _releases(self, sent: Sentence, refs: list[Ref], ev: Evidence) -> list[Draft]:
        """Release dates, clause by clause: a date (or "today" = the dateline or publication date),
        a release verb, and the model it releases. Other verbs ("previewed") state no release."""
        text = sent.text
        whole = self._dates[0] if self._dates else None
        weekday = WEEKDAY_RE.search(text) if self.published and not whole else None
        if weekday and (day := _weekday_date(self.published, weekday.group(1))):
            self._dates = [(day, weekday.start(), weekday.end())]  # "on Tuesday released X", dated by the article
            whole = self._dates[0]
        if not whole and not (self.published and TODAY_RE.search(text)):
            return []
        timeline = TIMELINE_RE.match(text)
        out = []
        if sent.kind == "item" and whole and self._release_list:  # 'release timeline:' then '- GLM-4.5: 28 Jul 2025'
            named = [r for r in refs if r.type in MODEL_TYPES and not r.resolved]
            if len(named) == 1 and re.fullmatch(r"[\W\d.]*", text[:named[0].start]) and \
                    re.fullmatch(r"\s*[:–—-]\s*", text[named[0].end:whole[1]]):
                return [Draft("release", named[0].label, ev, object=whole[0], method="prose.release-list", confidence=0.65)]
        if sent.kind == "heading" and whole:  # a changelog entry's heading: '2026-06-09  Lanting-3-Coder-32B'
            named = [r for r in refs if r.type in MODEL_TYPES and not r.resolved]
            rest = text[:whole[1]] + " " + text[whole[2]:]
            for r in sorted(named, key=lambda r: -r.start):
                rest = rest.replace(text[r.start:r.end], " ")
            if named and not re.search(r"[A-Za-z]{2}", re.sub(r"\b(?:and|released|release|new|model|models)\b", "", rest, flags=re.I)) \
                    and not re.search(r"\b[A-Z][a-z]+ed\b", text):  # not a provider's 'Added X', 'Repriced X
                return [Draft("release", r.label, ev, object=whole[0], method="prose.release-heading", confidence=0.6) for r in named]
        for cs, ce in self._release_clauses(text):
            clause = text[cs:ce]
            verb = RELEASE_RE.search(clause) or (AVAILABLE_RE.search(clause) if timeline or TODAY_RE.search(clause) else None)
            if not verb and timeline and sent.kind == "item" and cs == 0:  # "- 2024-04-18: A and B": a release timeline
                first = next((r for r in refs if r.type in MODEL_TYPES and not r.resolved and r.start >= timeline.end()), None)
                out += [Draft("release", t.label, ev, object=whole[0], method="prose.release-timeline", confidence=0.7)
                        for t in self._with_listed(text, refs, first)] if whole else []
                continue
            if not verb or NEGATION_RE.search(clause[max(0, verb.start() - 12):verb.start()]) or \
                    re.match(r"\s+(?:under|with)\b", clause[verb.end():]) and not self._dates_in(clause, cs):
                continue  # "are released under the Apache 2.0 license": a licence, not a release
            in_clause = [(iso, a - cs, b - cs) for iso, a, b in self._dates if cs <= a and b <= ce]
            # "trained between October and December 2025 and released in January 2026": the date the verb states
            date = next((d for d in in_clause if 0 <= d[1] - verb.end() <= 25), None) or (in_clause[0] if in_clause else None)
            iso = date[0] if date else (whole[0] if whole and (timeline or TODAY_RE.search(clause) or whole[1] < cs)
                                        else self.published if TODAY_RE.search(clause) else None)
            if iso is None:
                continue
            vs, ve = cs + verb.start(), cs + verb.end()
            models = [r for r in refs if r.type in MODEL_TYPES and cs <= r.start < ce and (not r.resolved or r.params is None and r.end - r.start > 4)]
            if not models and cs and (head := _item_head_model(text, refs)):
                models = [head]  # 'Qwen3-8B: Alibaba's Qwen team (China); released 29 April 2025': the item's model
            end = cs + date[1] if date and cs + date[1] > ve else ce
            targets = self._with_listed(text, models, next((r for r in models if r.start >= ve and r.end <= end), None)) \
                or [r for r in models if r.end <= vs]
            if targets and targets[0].resolved and re.match(r"[Bb]oth", text[targets[0].start:]):
                targets = [r for r in models if r.start == targets[0].start]
            elif targets and targets[0].end <= vs and re.match(r"\s*(?:were|are|have\s+been|both\s+were|all\s+were)\s", text[targets[-1].end:vs]):
                # "A, B and C were released on ...": every model of the list before the verb
                run = [targets[-1]]
                for r in reversed(targets[:-1]):
                    if not re.fullmatch(r"\s*(?:,|and|, and|&)\s*", text[r.end:run[-1].start]):
                        break
                    run.append(r)
                targets = run[::-1]
            elif targets:
                targets = targets[-1:] if targets[0].end <= vs else targets
            sizes = SIZES_LIST_RE.search(text, ve)
            if sizes and len(targets) == 1:  # "X, ... in two sizes: X 2B and X 8B": each member is released with it
                family = norm_key(targets[0].label)
                targets += [r for r in refs if r.type == "Model" and not r.resolved and r.start >= sizes.end()
                            and norm_key(r.label).startswith(family) and r.label != targets[0].label]
            for t in targets:
                out.append(Draft("release", t.label, ev, object=iso, method="prose.release", confidence=0.75 if date else 0.65))
        return out

    def _dates_in(self, clause: str, cs: int) -> bool:
        return any(cs <= a and b <= cs + len(clause) for _, a, b in self._dates)

    @staticmethod
    def _release_clauses(text: str) -> list[tuple[int, int]]:
        cuts = [0] + [p for m in RELEASE_CLAUSE_RE.finditer(text) for p in (m.start(), m.end())] + [len(text)]
        return [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2) if cuts[k] < cuts[k + 1]]

    def _prices(self, sent, crefs, refs, cs, ce, ctx, settings, ev) -> list[Draft]:
        text = sent.text
        if "$" not in text[cs:ce]:
            return []  # every price is a dollar amount
        models = [r for r in refs if r.type in MODEL_TYPES]
        field = PRICE_FIELD_RE.match(text) if not models else None
        owner = (ctx.section_model or self.card_model or (ctx.topic if ctx.topic and ctx.index - ctx.topic_index <= 8 else None)) \
            if field else None
        if owner:  # 'Input: $0.18 / 1M tokens' in a model's spec list: that model's price for that side
            models = [Ref("Model", owner, 0, 0, resolved=True)]
        elif not models and ctx.topic and ctx.index - ctx.topic_index <= (2 if sent.kind == "item" else 1) and (
                PRICE_OF_TOPIC_RE.match(text) or sent.kind == "item" and re.match(r"\W{0,3}\$\s?\d", text)):
            # "X: ... The output price is unchanged at $0.08"; a spec item under the model's item: "$0.20 per 1M input tokens"
            models = [Ref("Model", ctx.topic, 0, 0, resolved=True)]
            ev = self._evidence(sent, ctx)
        stated_per = PRICE_TOKENS_RE.search(text, cs, ce)
        per_thousand = PRICE_1K_RE.search(text, cs, ce) if not stated_per else None  # '$0.0004 per 1K input tokens'
        stated_per = stated_per or per_thousand
        per_tokens = stated_per or PRICE_SIDE_AFTER_RE.search(text, cs, ce)
        out = []
        amounts = list(DOLLAR_RE.finditer(text, cs, ce))
        for k, m in enumerate(amounts):
            value = parse_number(m.group(0).lstrip("$ "))
            if per_thousand and value is not None:
                value = round(value * 1000, 6)  # per 1M tokens, as prices are compared
            after = text[m.end():m.end() + 40]
            if re.search(r"\bfrom\s*$", text[cs:m.start()]) and re.match(r"\s*(?:\S+\s+){0,4}?to\s+\$", after):
                continue  # "dropped from $0.10 to $0.08": the price before a change
            if per_tokens:
                unit = "USD/1M tokens" if stated_per else "USD"  # "$0.12 input / $0.48 output": per what, unsaid
                prev_end = amounts[k - 1].end() if k else cs
                if k and re.fullmatch(r"\s*to\s*", text[prev_end:m.start()]):  # 'input from $0.20 to $0.12': the side before 'from'
                    m_side = amounts[k - 1]
                    prev_end = amounts[k - 2].end() if k > 1 else cs
                else:
                    m_side = m
                q = re.match(r"\s*(?:(?:per|/)\s*(?:1\s?[MK]|one million|1 million|million|M|1,000|thousand|K)\s*)?(input|output|in|out)\b", after) or \
                    PRICE_SIDE_BEFORE_RE.search(text, cs, m.start()) or \
                    re.search(r"\b(input|output)\b[^$]{0,25}$", text[max(prev_end, m_side.start() - 30):m_side.start()])
                qualifier = {"in": "input", "out": "output"}.get(q.group(1).lower(), q.group(1).lower()) if q else None
                if field and k == 0:
                    qualifier = field.group("side").lower()
                pair = lambda a, b: re.fullmatch(r"\s*/\s*", text[a.end():b.start()])  # noqa: E731
                if k + 1 < len(amounts) and pair(m, amounts[k + 1]) and PRICE_BOTH_SIDES_RE.match(text, amounts[k + 1].end()):
                    qualifier = "input"
                elif k and pair(amounts[k - 1], m) and PRICE_BOTH_SIDES_RE.match(text, m.end()):
                    qualifier = "output"
            elif re.match(r"\s*/\s*(pass@\d+)", after) or re.search(r"(?:\bfor|\bcosts?|\bat|\bof)\s*(?:only\s+|just\s+)?$", text[cs:m.start()]) \
                    or re.search(r"\b(?:vs\.?|versus|against)\s*$", text[:m.start()]) and k:
                unit, qualifier = "USD", self._setting_for(settings, m.start())
            else:
                continue
            subj = self._price_subject(text, m, k, amounts, models, cs)
            # "$0.08 per million tokens, input and output alike": one price for each side
            sides = ("input", "output") if per_tokens and qualifier is None and BOTH_SIDES_ALIKE_RE.match(text, m.end(), m.end() + 80) else (qualifier,)
            if subj:
                out += [Draft("price", subj.label, ev, value=value, unit=unit, qualifier=side, method="prose.price", confidence=0.7)
                        for side in sides]
        return out

    def _price_subject(self, text, m, k, amounts, models, cs) -> Ref | None:
        named = re.match(r"\s*(?:\w+\s+){0,2}?for\s+(?:the\s+)?", text[m.end():])
        if named:
            hit = next((r for r in models if r.start == m.end() + named.end()), None)
            if hit:
                return hit
        prior = [r for r in models if r.end <= m.start() and r.start >= cs]
        versus = k and re.search(r"\b(?:vs\.?|versus|against)\s*$", text[:m.start()])
        if versus:
            first = self._price_subject(text, amounts[k - 1], k - 1, amounts, models, cs)
            others = [r for r in models if first is None or r.label != first.label]
            before = [r for r in others if r.end <= m.start()]
            return before[-1] if before else (others[0] if others else None)
        nxt_versus = k + 1 < len(amounts) and re.search(r"\b(?:vs\.?|versus)\s*$", text[:amounts[k + 1].start()]) \
            and re.fullmatch(r"\s*(?:vs\.?|versus)\s*", text[m.end():amounts[k + 1].start()])
        prior = [r for r in models if r.end <= m.start()]
        if prior and not re.search(r"\d", text[prior[-1].end:m.start()]) and len(text[prior[-1].end:m.start()].split()) <= 7:
            return prior[-1]
        labels = list(dict.fromkeys(r.label for r in prior))
        if nxt_versus and len(labels) >= 2:
            return next(r for r in prior if r.label == labels[-2])
        return prior[-1] if prior else (next((r for r in models if r.start >= m.end()), None) if cs == 0 else None)


# Model-card field lines: "**License:** Apache 2.0", "Model release date: April 18, 2024", "license: apache-2.0".
FIELD_KEYS = (
    ("developer", r"developed by|model developers?|developers?|created by|built by|trained by|organi[sz]ation"),
    ("license", r"licen[cs]e(?: type| name)?|model licen[cs]e|terms of use"),
    ("release", r"(?:model )?release(?:d| date)?|date released|launch date|release_date"),
    ("active", r"(?:active|activated) param(?:eter)?s(?: count)?"),
    ("parameters", r"model size|(?:number of (?:model )?|# ?|total )?param(?:eter)?s(?: count)?|(?:model )?size"),
    ("model", r"model(?: name| id)?"),  # names the model the fields after it describe
    ("headquarters", r"headquarters|hq|headquartered|based in|location"),  # where the developer is
)
FIELD_KINDS = {f"f{k}": kind for k, (kind, _) in enumerate(FIELD_KEYS)}
_FIELD_LABEL = r"^\W{0,3}(?:" + "|".join(f"(?P<f{k}>{rx})" for k, (_, rx) in enumerate(FIELD_KEYS)) + r")\s*(?:\([^)]*\))?"
# The value follows a colon, or (in a field joined by `join_fields`) the blank line after a <dt> or a cell bar.
FIELD_RE = re.compile(_FIELD_LABEL + r"(?:\s*[:：]\s*|\n\n|\s\|\s)(?P<value>\S.{0,200})$", re.I)
CARD_FIELD_RE = re.compile(r"\W{0,3}[A-Z][\w()/ -]{1,30}[:：]\s")  # any 'Label: value' line of a card's field list
FIELD_LABEL_RE = re.compile(_FIELD_LABEL + r"\s*[:：]?\W{0,3}$", re.I)


def join_fields(sentences: list[Sentence], doc: Document) -> list[Sentence]:
    """The sentences, with each field whose label and value stand apart made one sentence.

    A definition list's <dt>/<dd> arrives as two item blocks ('License', 'MIT'); a key/value table
    has a two-cell row per field ('License | MIT'). Either becomes one sentence spanning both parts,
    which FIELD_RE reads like 'License: MIT'.
    """
    out: list[Sentence] = []
    k = 0
    while k < len(sentences):
        s, nxt = sentences[k], sentences[k + 1] if k + 1 < len(sentences) else None
        alone = not out or out[-1].block != s.block
        if nxt and alone and s.kind == nxt.kind == "item" and nxt.block == s.block + 1 and FIELD_LABEL_RE.match(s.text):
            out.append(Sentence(doc.text[s.start:nxt.end], s.start, nxt.end, nxt.block, "item"))
            k += 2
            continue
        out.append(s)
        k += 1
    rows = [r for t in doc.tables for r in t.rows if len(r.cells) == 2 and r.cells[1].strip() and FIELD_LABEL_RE.match(r.cells[0])]
    if not rows:
        return out
    fields = [Sentence(doc.text[r.start:r.end], r.start, r.end, -1 - n, "item") for n, r in enumerate(rows)]
    return sorted(out + fields, key=lambda x: x.start)


HEADING_FIELD_RE = re.compile(r"[^:]{2,40}:\s*\S.{0,80}$")


def _field_key(m: re.Match) -> str:
    return next(name for name, value in m.groupdict().items() if value is not None and name != "value")


def _licence_shaped(value: str) -> bool:
    """A licence written by name that the gazetteer does not know ('Zephyr Community License')."""
    return bool(re.fullmatch(r"[A-Z][\w.-]*(?:\s+[\w.-]+){0,6}", value)) and \
        bool(re.search(r"\b(?:licen[cs]e|terms|agreement)\b", value, re.I)) and not OPENNESS_RE.search(value)


OPENNESS_RE = re.compile(r"^(?:other|open|open[- ]source|proprietary|closed|custom|unknown|n/?a)$", re.I)


@lru_cache(maxsize=4096)
def _short_words(label: str) -> tuple[str, ...]:
    """The words a model may be called by alone: the tier word ending its name ('Mini' of 'Pipit 2 Mini'),
    an invented family word starting it ('Selkie' of 'Selkie-2-12B-Instruct')."""
    words = re.split(r"[\s-]", label)
    out = []
    if words[-1] in SHORT_NAME_WORDS and len(label) > len(words[-1]) + 1:
        out.append(words[-1])
    if len(words) > 1 and re.fullmatch(r"[A-Z][a-z]{3,}", words[0]) and words[0] not in COMMON_HEADS:
        out.append(words[0])
    return tuple(out)


def _plain_count(value: str) -> float | None:
    """A parameter count written in full ('7,241,732,096') or in scientific notation ('8.0 x 10^9', '8×10⁹')."""
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3}){2,}|\d{7,})(?:\s+param(?:eter)?s)?", value)
    if m:
        return float(m.group(1).replace(",", ""))
    m = SCIENTIFIC_COUNT_RE.fullmatch(value.translate(SUPERSCRIPTS))
    return float(round(float(m.group(1)) * 10 ** int(m.group(2)))) if m and 6 <= int(m.group(2)) <= 13 else None


SCIENTIFIC_COUNT_RE = re.compile(r"(\d+(?:\.\d+)?)\s*[x×*]\s*10\s*(?:\^|\*\*)?\s*(\d{1,2})(?:\s+param(?:eter)?s)?", re.I)
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _region_at(refs: list, offset: int, m: re.Match | None):
    """The region named where `m` (matched at `offset`) ends, or where its optional city ('Toronto, ') begins:
    'based in Toronto, Canada' and 'based in Norway, ...' alike."""
    if m is None:
        return None
    ends = {offset + m.end()} | ({offset + m.start("city")} if m.group("city") else set())
    return next((x for x in refs if x.type == "Region" and x.start in ends), None)


def _listed_run(refs: list, text: str, joiner: str, n: int) -> list:
    """The first run of exactly `n` refs joined by `joiner` ('A / B / C', 'A, B and C')."""
    for k in range(len(refs) - n + 1):
        run = refs[k:k + n]
        if all(re.fullmatch(joiner, text[a.end:b.start]) for a, b in zip(run, run[1:])) and \
                (k + n == len(refs) or not re.fullmatch(joiner, text[run[-1].end:refs[k + n].start])):
            return run
    return []


def _word_char(text: str, k: int) -> bool:
    """Whether text[k] continues a word (a letter, digit, '_' or '-'); False outside the text."""
    return 0 <= k < len(text) and (text[k].isalnum() or text[k] in "_-")


def _item_head_model(text: str, refs: list[Ref]) -> Ref | None:
    """The model a 'Model: field; field; ...' line opens with."""
    first = next((r for r in refs if r.type in MODEL_TYPES and not r.resolved), None)
    return first if first is not None and re.fullmatch(r"\W{0,3}", text[:first.start]) and \
        re.match(r"\**\s*[:：]", text[first.end:]) else None


def _without_described_benchmarks(text: str, refs: list[Ref]) -> list[Ref]:
    """Without a benchmark named only to describe the one before it: 'MMMLU, a version of the popular MMLU
    test translated into 14 languages' scores nothing on MMLU."""
    out = list(refs)
    for k, r in enumerate(refs):
        if r.type != "Benchmark":
            continue
        aside = DESCRIBING_ASIDE_RE.match(text, r.end)
        if aside:
            out = [x for x in out if not (x.type == "Benchmark" and r.end < x.start < aside.end())]
    return out


# ', a version of the popular MMLU test ...' / ', a multilingual version of ...' / ', the Chinese counterpart of ...' up to the next comma
DESCRIBING_ASIDE_RE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:version|variant|translation|extension|subset|"
                                 r"counterpart|successor|harder\s+version|cousin|adaptation|port)\s+of\s+[^,;]{1,80}")


def m_covers(text: str, mention: Mention) -> bool:
    """A heading that is mostly the model's name (not 'Comparing X with Y on Z')."""
    return len(text) - (mention.end - mention.start) <= 40


PAREN_SIZE_RE = re.compile(r"\s*\(\s*(\d+(?:\.\d+)?)\s?([BMT])(?:\s+param(?:eter)?s)?\s*\)")
SCALE_LETTER = {"B": 1e9, "M": 1e6, "T": 1e12}
# A parameter count with its scale, one group: "9B", "9 billion", "24-billion", "1T", "1 trillion", "350M".
_B = r"(\d+(?:\.\d+)?[\s-]?(?:B|bn|billion|T|tn|trillion|M|million)\b)"
_SCALE = {"b": 1e9, "bn": 1e9, "billion": 1e9, "t": 1e12, "tn": 1e12, "trillion": 1e12, "m": 1e6, "million": 1e6}
COLON_LAB_RE = re.compile(r"\b([A-Z][a-z]+)\s+(?:AI\s+)?(?:player|lab|company|startup|contender|entrant|challenger)\b[^.:;]{0,30}:\s*")
_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD_VALUE = {w: k + 1 for k, w in enumerate(_UNITS)} | {w: k + 10 for k, w in enumerate(_TEENS)} | \
    {w: 10 * (k + 2) for k, w in enumerate(_TENS)}
_BELOW_100 = rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)}|{'|'.join(_UNITS)})"
# "seventy billion", "four hundred and eighty billion", "thirty-two billion" (a count written in words)
WORD_COUNT_RE = re.compile(rf"\b((?:(?:{'|'.join(_UNITS)}) hundred(?:(?: and)? {_BELOW_100})?|{_BELOW_100}))(?=[ -](?:billion|million|trillion)\b)",
                           re.I)


def _digits_in_place(m: re.Match) -> str:
    """A number in words as digits, padded in front to the same length (offsets stay those of the text)."""
    value = 0
    for word in re.split(r"[\s-]+", m.group(1).lower()):
        if word == "hundred":
            value *= 100
        elif word != "and":
            value += _WORD_VALUE[word]
    digits = str(value)
    return " " * (len(m.group(0)) - len(digits)) + digits if len(digits) <= len(m.group(0)) else m.group(0)


SIZE_HINT = re.compile(r"\d[\s-]?(?:B|bn|billion|T|tn|trillion|M|million)\b[\s-]*(?:of\b|\(|active|activated|total|param|in total|per token|A\d|"
                       r"(?:[\w-]+ ){0,2}model|(?:are|is|get|gets)\s+activ)|\buses\s+(?:only\s+)?\d")
SIZE_STATEMENTS = (
    # "39B of which are active", "of which 37B are activated for each token", "37B are activated per token"
    (re.compile(_B + r"\s+of\s+(?:which|them|these)\s+(?:(?:are|is)\s+)?(?:active|activated|used)\b"), ("active",)),
    (re.compile(r"\bof\s+(?:which|them|these)\s+(?:only\s+)?" + _B + r"\s+(?:are|is)\s+(?:active|activated|used)\b"), ("active",)),
    (re.compile(_B + r"\s+(?:are|is|get|gets)\s+(?:active|activated)\b"), ("active",)),
    # "3B of its 30B parameters are active"
    (re.compile(_B + r"\s+of\s+(?:its|the|their|a|all)\s+" + _B + r"(?:\s+param(?:eter)?s)?\s+(?:are\s+)?(?:active|activated|used)"), ("active", None)),
    # "activates 24B of its 310B parameters"
    (re.compile(r"\b(?:activates?|activated|activating|uses|used|using)\s+(?:only\s+|just\s+)?" + _B +
                r"\s+of\s+(?:its|the|their|all)\s+" + _B), ("active", None)),
    # "a 106B-total / 12B-active MoE model"
    (re.compile(_B + r"[- ]total\s*/\s*" + _B + r"[- ]active\b"), (None, "active")),
    # "The 123-billion-parameter dense model costs ...": the model the sentences before are about
    (re.compile(r"^\W*The\s+" + _B + r"[- ]param(?:eter)?s?\s+(?:[\w-]+\s+){0,3}?model\b"), (None,)),
    # "671B (37B active)"
    (re.compile(_B + r"\s*\(\s*" + _B + r"\s+active\s*\)"), (None, "active")),
    # "37B active (671B total)"
    (re.compile(_B + r"\s+active(?:\s+param(?:eter)?s)?\s*\(\s*" + _B + r"\s+total\s*\)"), ("active", None)),
    # "16B-A2B": total, then active (a mixture-of-experts size written as one word)
    (re.compile(r"(?<![\w.-])" + _B + r"-A(\d+(?:\.\d+)?[BMT])\b"), (None, "active")),  # not in "Qwen3-30B-A3B"
    # "It is a 14B model", "a 9-billion-parameter model", "DeepSeek-V2-Lite, a 16B mixture-of-experts model"
    (re.compile(r"(?:(?:\b(?:is|as|was)|,)\s+an?\s+|\b(?:is|was)\s+the\s+|\b(?:is|was)\s+an?\s+(?:dense|sparse|small|compact|new|open|open-weight)\s+)" + _B +
                r"(?:[- ]param(?:eter)?s?)?\s+"
                r"(?:(?:dense|base|open|open-weight|language|chat|instruct|multimodal|decoder-only|reasoning|sparse|"
                r"mixture-of-experts|MoE)\s+){0,2}model\b"), (None,)),
    # "Kimi K2, the 1-trillion-parameter model of Moonshot AI": an apposition naming its maker (not "There, the 12B model costs")
    (re.compile(r",\s+the\s+" + _B + r"(?:[- ]param(?:eter)?s?)?\s+(?:[\w-]+\s+){0,2}?model\s+(?:of|from|by|built|made|developed|released)\b"),
     (None,)),
    # "a 7.6-billion-parameter bilingual (English/French) chat model": the count stated with its unit
    (re.compile(r"(?:\b(?:is|as|was)|,)\s+an?\s+" + _B + r"[- ]param(?:eter)?s?,?\s+"
                r"(?:(?:[a-z][\w-]*|\([^()]{1,30}\)),?\s+){0,4}(?:model|LLM)\b"), (None,)),
    # "has 141B parameters", "with 7.3B parameters"
    (re.compile(r"\b(?:has|have|had|with|contains?|totals?|totalling|totaling|features?|packs?)\s+(?:a total of\s+)?"
                + _B + r"\s+param(?:eter)?s\b"), (None,)),
    # a spec line opening with the count: "32B parameters (dense), 256K-token context window"
    (re.compile(r"^\W{0,3}" + _B + r"\s+param(?:eter)?s\b"), (None,)),
    # a spec item's field: "Tern-24B: 23.6 billion parameters, 128K context", "dense decoder, 32.5B parameters, 256K context"
    (re.compile(r"(?<=[:,])\s+" + _B + r"\s+param(?:eter)?s\b(?!\s+(?:of|in|for)\b)"), (None,)),
    # "the config puts it at 9.4 billion parameters", "At 32 billion parameters it is far smaller"
    (re.compile(r"(?:\b(?:puts?|places?)\s+(?:it|the model|them)\s+at|(?:^|(?<=[.;:]\s))[Aa]t)\s+" + _B + r"[- ]param(?:eter)?s?\b"), (None,)),
    # "Kranich-70B-Instruct (70.6B parameters)": the count in brackets after the name
    (re.compile(r"\(\s*" + _B + r"\s+param(?:eter)?s\b"), (None,)),
    # "Tidewater-2, a 236B-parameter mixture-of-experts model"
    (re.compile(r",\s+an?\s+" + _B + r"[- ]param(?:eter)?s?\b"), (None,)),
    # "46.7B total parameters", "671B total", "48B parameters in total"
    (re.compile(_B + r"\s+(?:total\b|param(?:eter)?s\s+in\s+total\b|in\s+total\b)(?!\s+(?:training\s+)?tokens)"), (None,)),
    # "39B active", "12.9B per token", "6B active parameters", "uses only 12.9B"
    (re.compile(_B + r"\s+(?:active\b|activated\b|(?:param(?:eter)?s\s+)?per\s+token\b)|\buses\s+(?:only\s+)?" + _B), ("active",)),
)


def _weekday_date(published: str, weekday: str) -> str | None:
    """The date of the last `weekday` on or before `published` (an ISO date): 'on Tuesday' in a dated article."""
    try:
        pub = date.fromisoformat(published[:10])
    except ValueError:
        return None
    back = (pub.weekday() - WEEKDAYS.index(weekday.capitalize())) % 7
    return (pub - timedelta(days=back)).isoformat()


def _spread_at(text: str) -> int:
    """Where a sentence first speaks of a spread of results ('standard deviation'), or -1."""
    m = SPREAD_RE.search(text) if ("dev" in text or "-to-" in text or "interval" in text or "error" in text) else None
    return m.start() if m else -1


def _count(text: str) -> float:
    """'16B' -> 16e9, '24-billion' -> 24e9, '1 trillion' -> 1e12, '350M' -> 350e6."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)[\s-]?([A-Za-z]+)", text.strip())
    return float(m.group(1)) * _SCALE[m.group(2).lower()]


# "X has 8.1 billion parameters; Y has 1.72 billion.": a count with its unit said once, in a sentence about parameters
UNIT_SAID_ONCE_RE = re.compile(r"\bhas\s+" + _B + r"(?=\s*\.?\s*$)")


def _stated_sizes(text: str) -> list[tuple[float, str | None, int]]:
    """Total and active parameter counts stated in words: (value, None|'active', offset)."""
    if "illion" in text and WORD_COUNT_RE.search(text):
        text = WORD_COUNT_RE.sub(_digits_in_place, text)  # "seventy billion" read as "70 billion", offsets kept
    if not SIZE_HINT.search(text):
        return []
    out, taken = [], []
    for rx, quals in SIZE_STATEMENTS:
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            values = [g for g in m.groups() if g is not None]
            for value, q in zip(values, quals):
                out.append((_count(value), q, m.start()))
    if "param" in text and ";" in text:
        out += [(_count(m.group(1)), None, m.start()) for m in UNIT_SAID_ONCE_RE.finditer(text)
                if not any(s < m.end() and m.start() < e for s, e in taken)]
    return out
