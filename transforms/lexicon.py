"""The versioned commitment lexicon in `seeds/lexicon/`: trigger phrases, undertaking verbs, category keywords.

- `commitment_triggers.csv`: phrase -> kind, polarity, PLOVER type (one phrase a row, inflections spelled out).
- `undertaking_verbs.csv`: verbs that make a future modal a pledge: "will|would|shall|is going to <verb>"
  ("will deploy", "would provide"); negated ("will not send") they make a refusal.
- `categories.csv`: keyword -> category of the undertaking.
- `trigger_objects.csv`: phrase -> object words it needs ("accepted" a plan/deal/offer..., not "accepted gifts").
Its version (`VERSION`) is written into every `commitments` row and every `runs` row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import NamedTuple

from transforms.reference import SEEDS_DIR, rows

LEXICON_DIR = SEEDS_DIR / "lexicon"
MAX_PHRASE = 5
MODALS = ("will", "would", "shall", "is going to", "are going to", "was going to", "plans to", "plan to",
          "intends to", "intend to", "is to", "are to")
HEDGED_MODALS = frozenset({"plans to", "plan to", "intends to", "intend to"})


class Trigger(NamedTuple):
    phrase: str
    kind: str
    polarity: str
    plover_type: str
    modal: str | None = None  # for "<modal> <verb>" triggers
    category_hint: str | None = None


ADVERBS = frozenset("also now soon still each both all then only together further".split())
NEGATORS = frozenset({"not", "never"})
CONTRACTIONS = {"won't": ("will", True), "won’t": ("will", True), "wouldn't": ("would", True),
                "wouldn’t": ("would", True), "shan't": ("shall", True), "shan’t": ("shall", True)}
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")


class TriggerMatch:
    """A trigger found in a text, with the same interface as a regex match (start, end, group)."""

    __slots__ = ("_start", "_end", "_groups", "_text")

    def __init__(self, text: str, start: int, end: int, groups: dict[str, str | None]) -> None:
        self._text, self._start, self._end, self._groups = text, start, end, groups

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, name: str | int = 0) -> str | None:
        return self._text[self._start:self._end] if name == 0 else self._groups.get(name)


@dataclass(frozen=True)
class Lexicon:
    version: str
    triggers: dict[str, Trigger]
    pattern: re.Pattern
    categories: tuple[tuple[str, str], ...]
    plain: dict[tuple[str, ...], str] = field(default_factory=dict)
    modals: dict[tuple[str, ...], str] = field(default_factory=dict)
    verbs: dict[tuple[str, ...], str] = field(default_factory=dict)
    category_pattern: re.Pattern | None = None
    objects: dict[str, frozenset[str]] = field(default_factory=dict)  # phrase -> allowed object words
    starts: frozenset[str] = frozenset()  # first words of every phrase and modal: other tokens are skipped
    plain_anchors: frozenset[str] = frozenset()  # the longest word of each plain phrase
    modal_anchors: frozenset[str] = frozenset()
    verb_anchors: frozenset[str] = frozenset()

    def matches(self, text: str) -> list[TriggerMatch]:
        """Every trigger in `text`, left to right, non-overlapping: a token scan over phrase tables (the
        equivalent alternation regex, `pattern`, is ~5x slower). "<modal> [not|never] [adverbs] <verb>" first,
        else the longest plain phrase."""
        words_here = set(_TOKEN.findall(text.lower()))
        if self.plain_anchors.isdisjoint(words_here) and (self.verb_anchors.isdisjoint(words_here)
                                                          or self.modal_anchors.isdisjoint(words_here)):
            return []  # most sentences cannot hold a trigger: the longest word of every phrase is absent
        tokens = [(m.start(), m.end(), m.group(0).lower()) for m in _TOKEN.finditer(text)]
        words = [t[2] for t in tokens]
        out: list[TriggerMatch] = []
        starts = self.starts
        i, n = 0, len(tokens)
        while i < n:
            if words[i] not in starts:
                i += 1
                continue
            found = self._modal_at(text, tokens, words, i) or self._plain_at(text, tokens, words, i)
            if found is None:
                i += 1
                continue
            match, i = found
            out.append(match)
        return out

    def _plain_at(self, text, tokens, words, i):
        for length in range(min(MAX_PHRASE, len(words) - i), 0, -1):
            phrase = self.plain.get(tuple(words[i:i + length]))
            if phrase is not None:
                j = i + length - 1
                return TriggerMatch(text, tokens[i][0], tokens[j][1], {"plain": text[tokens[i][0]:tokens[j][1]],
                                                                      "phrase": phrase}), j + 1
        return None

    def _modal_at(self, text, tokens, words, i):
        modal, neg, j = None, None, i
        if words[i] in CONTRACTIONS:
            modal, negated = CONTRACTIONS[words[i]]
            neg = "n't" if negated else None
            j = i + 1
        else:
            for length in (3, 2, 1):
                key = tuple(words[i:i + length])
                if len(key) == length and key in self.modals:
                    modal, j = self.modals[key], i + length
                    break
        if modal is None:
            return None
        if j < len(words) and words[j] in NEGATORS:
            neg, j = words[j], j + 1
        adv_start = j
        while j < len(words) and (words[j] in ADVERBS or words[j] in NEGATORS or
                                  (words[j].endswith("ly") and len(words[j]) > 3)):
            j += 1
        adv = " ".join(words[adv_start:j])
        for length in (2, 1):
            key = tuple(words[j:j + length])
            if len(key) == length and key in self.verbs:
                end = j + length - 1
                return TriggerMatch(text, tokens[i][0], tokens[end][1], {
                    "modal": modal, "verb": self.verbs[key], "neg": neg, "adv": adv, "plain": None}), end + 1
        return None


def _phrase_regex(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


@cache
def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    """The trigger lexicon, compiled into one case-insensitive regex (longest phrases first)."""
    version_file = directory / "VERSION"
    version = version_file.read_text(encoding="utf-8").split(":", 1)[-1].strip() if version_file.exists() else "0"
    triggers: dict[str, Trigger] = {}
    for r in rows("commitment_triggers.csv", directory):
        triggers[r["phrase"].lower()] = Trigger(r["phrase"].lower(), r["kind"], r["polarity"], r["plover_type"])
    modal_alts = []
    for r in rows("undertaking_verbs.csv", directory):
        verb = r["verb"].lower()
        for modal in MODALS:
            key = f"{modal} {verb}"
            triggers.setdefault(key, Trigger(key, "pledge", "positive", "AGREE", modal, r.get("category_hint") or None))
        modal_alts.append(_phrase_regex(verb))
    plain = sorted((t for t in triggers.values() if t.modal is None), key=lambda t: len(t.phrase), reverse=True)
    modal_re = (r"(?P<modal>" + "|".join(_phrase_regex(m) for m in sorted(MODALS, key=len, reverse=True)) + r")"
                r"(?P<neg>\s+not|n['’]t|\s+never)?(?P<adv>(?:\s+(?:\w+ly|also|now|soon|still|each|both|all|then|"
                r"only|together|further|not|never))*)\s+"
                r"(?P<verb>" + "|".join(sorted(modal_alts, key=len, reverse=True)) + r")")
    plain_re = r"(?P<plain>" + "|".join(_phrase_regex(t.phrase) for t in plain) + r")"
    pattern = re.compile(rf"(?<![\w-])(?:{modal_re}|{plain_re})(?![\w-])", re.IGNORECASE)
    categories = tuple((r["keyword"].lower(), r["category"]) for r in rows("categories.csv", directory))
    plain_table = {tuple(_TOKEN.findall(t.phrase)): t.phrase for t in plain}
    modal_table = {tuple(m.split()): m for m in MODALS}
    verb_table = {tuple(r["verb"].lower().split()): r["verb"].lower()
                  for r in rows("undertaking_verbs.csv", directory)}
    category_pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k, _ in
                                                    sorted(categories, key=lambda kc: -len(kc[0]))) + r")\b")
    starts = frozenset(k[0] for k in list(plain_table) + list(modal_table)) | frozenset(CONTRACTIONS)
    objects: dict[str, set[str]] = {}
    for r in rows("trigger_objects.csv", directory):
        objects.setdefault(r["phrase"].lower(), set()).add(r["object"].lower())

    def anchor(words: tuple[str, ...]) -> str:
        return max(words, key=len)

    return Lexicon(version=version, triggers=triggers, pattern=pattern, categories=categories, plain=plain_table,
                   modals=modal_table, verbs=verb_table, category_pattern=category_pattern, starts=starts,
                   objects={k: frozenset(v) for k, v in objects.items()},
                   plain_anchors=frozenset(anchor(k) for k in plain_table),
                   modal_anchors=frozenset(anchor(k) for k in modal_table) | frozenset(CONTRACTIONS),
                   verb_anchors=frozenset(anchor(k) for k in verb_table))
