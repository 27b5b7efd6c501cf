"""The gazetteer: curated knowledge about models, labs, regions, benchmarks, licences and domains.

Knowledge ships as data (`data/gazetteer.json`); a user file `home/gazetteer.json` overrides or
extends entries by key. This module loads and merges the two and builds the lookup tables the
recognisers use. It does no extraction itself.
"""
from __future__ import annotations

import copy
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from claimgraph.errors import ConfigError

SHIPPED = Path(__file__).parent / "data" / "gazetteer.json"
SECTIONS = ("models", "series", "labs", "regions", "benchmarks", "licenses", "domains")
LIST_SECTIONS = ("model_words", "not_models", "not_model_heads")
# Entity type of the entries of each section.
SECTION_TYPE = {"models": "Model", "series": "Series", "labs": "Lab", "regions": "Region",
                "benchmarks": "Benchmark", "licenses": "License", "domains": "Domain"}


SEPARATORS = re.compile(r"[\s\-_/]+")


@lru_cache(maxsize=65536)
def norm_key(name: str) -> str:
    """Lookup key of a name: case-folded, without spaces, '-', '_' and '/' (as the scorer compares), in
    Unicode compatibility form ('τ²-Bench' is 'τ2-bench', a full-width 'ＧＰＴ' is 'GPT')."""
    name = str(name)
    if not name.isascii():
        name = unicodedata.normalize("NFKC", name)
    return SEPARATORS.sub("", name).casefold()


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry: its type, canonical label and raw attributes."""

    type: str
    label: str
    data: dict = field(default_factory=dict, compare=False, hash=False)

    def get(self, name: str, default=None):
        return self.data.get(name, default)


class Gazetteer:
    """Merged gazetteer data plus lookup indexes (alias key -> entries)."""

    def __init__(self, data: dict):
        self.data = data
        self.entries: dict[tuple[str, str], Entry] = {}
        self.by_key: dict[str, list[Entry]] = {}
        self.demonyms: dict[str, str] = {}
        self.cities: dict[str, str] = {}  # a city where AI labs are -> its region ('Paris-based', 'Lab (Hangzhou)')
        self.domain_words: dict[str, str] = {}
        self._hash_input: bytes | None = None
        self._index()

    def _index(self) -> None:
        for section in SECTIONS:
            for label, info in self.data.get(section, {}).items():
                entry = Entry(SECTION_TYPE[section], label, info)
                self.entries[(entry.type, label)] = entry
                for alias in self.aliases_of(entry):
                    self.by_key.setdefault(norm_key(alias), []).append(entry)
        for label, info in self.data.get("regions", {}).items():
            for word in info.get("demonyms", []):
                self.demonyms[word] = label
            for city in info.get("cities", []):
                self.cities[city] = label
        for label, info in self.data.get("domains", {}).items():
            for word in info.get("words", []) + [label]:
                self.domain_words[word.casefold()] = label

    @staticmethod
    def aliases_of(entry: Entry) -> list[str]:
        """The label and aliases of an entry (for domains, its words)."""
        extra = entry.get("words", []) if entry.type == "Domain" else []
        return [entry.label, *entry.get("aliases", []), *extra]

    def lookup(self, name: str, types: tuple[str, ...] | None = None) -> Entry | None:
        """The entry a name refers to, preferring the order of `types`."""
        found = self.by_key.get(norm_key(name), [])
        if types is None:
            return found[0] if found else None
        for t in types:
            for entry in found:
                if entry.type == t:
                    return entry
        return None

    def entry(self, type_: str, label: str) -> Entry | None:
        return self.entries.get((type_, label))

    def words(self, name: str) -> list[str]:
        return list(self.data.get(name, []))

    def content_hash_input(self) -> bytes:
        """The merged data as canonical JSON bytes (computed once: the data is not changed after loading)."""
        if self._hash_input is None:
            self._hash_input = json.dumps(self.data, sort_keys=True, ensure_ascii=False).encode("utf-8")
        return self._hash_input


def load_gazetteer(home: Path | None = None) -> Gazetteer:
    """The shipped gazetteer merged with `home/gazetteer.json` when that file exists.

    Args:
        home: the claimgraph home folder, or None for the shipped gazetteer only.
    Returns:
        The merged Gazetteer.
    Raises:
        ConfigError: the user file is not valid JSON or not shaped like the gazetteer.
    """
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    if home is not None:
        user_file = Path(home) / "gazetteer.json"
        if user_file.exists():
            data = merge_gazetteer(data, read_user_file(user_file), user_file)
    return Gazetteer(data)


def read_user_file(path: Path) -> dict:
    """The parsed user gazetteer, or a ConfigError naming the file and the fix."""
    try:
        user = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"gazetteer '{path}': not valid JSON ({exc}); fix the file or delete it") from exc
    if not isinstance(user, dict):
        raise ConfigError(f"gazetteer '{path}': the top level must be an object with sections "
                          f"{', '.join(SECTIONS)}; fix the file or delete it")
    return user


def merge_gazetteer(base: dict, user: dict, path: Path) -> dict:
    """Merge a user gazetteer into the shipped one, entry by entry (see module docstring)."""
    merged = copy.deepcopy(base)
    for section, entries in user.items():
        if section in LIST_SECTIONS:
            merged[section] = _merge_list(merged.get(section, []), entries, section, path)
            continue
        if section not in SECTIONS:
            if section in ("version", "comment", "_comment"):
                continue
            raise ConfigError(f"gazetteer '{path}': unknown section '{section}'; "
                              f"known: {', '.join(SECTIONS + LIST_SECTIONS)}")
        if not isinstance(entries, dict):
            raise ConfigError(f"gazetteer '{path}': section '{section}' must map labels to objects")
        target = merged.setdefault(section, {})
        for label, info in entries.items():
            merged_entry = _merge_entry(target.get(label), info, f"{section}.{label}", path)
            if merged_entry is None:
                target.pop(label, None)
            else:
                target[label] = merged_entry
    return merged


def _merge_list(current: list, extra, section: str, path: Path) -> list:
    if not isinstance(extra, list) or not all(isinstance(x, str) for x in extra):
        raise ConfigError(f"gazetteer '{path}': section '{section}' must be a list of strings")
    return current + [x for x in extra if x not in current]


def _merge_entry(current: dict | None, info, where: str, path: Path) -> dict | None:
    """One entry: keys set by the user replace, `aliases` extend, `remove_aliases` drop, null deletes."""
    if info is None:
        return None
    if not isinstance(info, dict):
        raise ConfigError(f"gazetteer '{path}': entry '{where}' must be an object (or null to delete it)")
    out = dict(current or {})
    for key, value in info.items():
        if key in ("aliases", "remove_aliases", "words", "demonyms", "cities") and not (
                isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise ConfigError(f"gazetteer '{path}': '{where}.{key}' must be a list of strings")
        if key in ("aliases", "words", "demonyms", "cities"):
            out[key] = list(dict.fromkeys([*out.get(key, []), *value]))
        elif key != "remove_aliases":
            out[key] = value
    drop = {norm_key(a) for a in info.get("remove_aliases", [])}
    if drop:
        out["aliases"] = [a for a in out.get("aliases", []) if norm_key(a) not in drop]
    return out
