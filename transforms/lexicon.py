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
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import compress, count, islice
from pathlib import Path
from typing import NamedTuple

from transforms.reference import SEEDS_DIR, rows
from transforms.text import translated

LEXICON_DIR = SEEDS_DIR / "lexicon"
MAX_PHRASE = 5
# the words that may stand between "take" and "measures", "steps" or "action" after a modal ("will take all
# necessary measures", "would take all steps necessary", "will take appropriate action")
MEASURE_QUALIFIERS = frozenset({"all", "every", "any", "the", "further", "necessary", "appropriate", "whatever",
                                "such", "strong", "decisive", "firm", "concrete", "defensive", "tough", "legal",
                                "adequate", "needed", "possible", "additional", "new", "urgent", "immediate"})
MEASURE_NOUNS = {"measures": "measures", "measure": "measures", "steps": "steps", "step": "steps",
                 "action": "action", "actions": "action"}
MAX_VERB_WORDS = 2  # the longest undertaking verb `Lexicon._modal_at` tries ("phase out", "take part")
MODALS = ("will", "would", "shall", "is going to", "are going to", "was going to", "plans to", "plan to",
          "planned to", "is planning to", "are planning to", "intends to", "intend to", "intended to", "intention to",
          "intentions to", "is to", "are to", "decided to", "is determined to", "are determined to",
          "decision to", "intent to")
# modals that are nouns: a row only with the actor as their possessor or modifier ("Iran's decision to resume",
# "the US decision to impose", "its intent to strengthen"), never the subject of another verb ("China criticised
# the decision to impose tariffs" is no pledge by China)
NOUN_MODALS = frozenset({"decision to", "intent to"})
HEDGED_MODALS = frozenset({"plans to", "plan to", "planned to", "is planning to", "are planning to", "intends to",
                           "intend to", "intended to", "intention to", "intentions to"})


class Trigger(NamedTuple):
    phrase: str
    kind: str
    polarity: str
    plover_type: str
    modal: str | None = None  # for "<modal> <verb>" triggers
    category_hint: str | None = None


ADVERBS = frozenset("also now soon still each both all then only together further again once more altogether instead "
                    "first".split())
NEGATORS = frozenset({"not", "never"})
# "<modal> begin to <verb>", "will attempt to block": the verb is the undertaking
ASPECT_VERBS = frozenset({"begin", "start", "try", "attempt"})
# "<modal> do everything possible to <verb>", "would do what it can to", "will do its best to": a best effort
# promised, the verb after "to" is the undertaking; the effort's words are these only ("will do what it wants", "will
# do whatever Washington asks" promise nothing)
EFFORT_OPENERS = frozenset("everything all whatever what its his her their our my".split())
EFFORT_WORDS = EFFORT_OPENERS | frozenset("possible in power it he she they we i can could takes is required necessary "
                                          "needed best utmost part share".split())
CONTRACTIONS = {"won't": ("will", True), "won’t": ("will", True), "wouldn't": ("would", True),
                "wouldn’t": ("would", True), "shan't": ("shall", True), "shan’t": ("shall", True)}
# "we'll", "they’ll": a pronoun and "will" in one token; the trigger starts at the apostrophe, so the pronoun stays
# before it as the subject
PRONOUN_WILL = frozenset(f"{p}{a}ll" for p in ("i", "we", "they", "he", "she", "it", "you") for a in "'’")
CONTRACTIONS.update({w: ("will", False) for w in PRONOUN_WILL})
# "we're going to", "it's going to", "I'm going to": the pronoun and the verb "be" of a modal in one token
PRONOUN_BE = {f"{p}{a}{v}": ("are" if v in ("re", "m") else "is") for p, v in (("we", "re"), ("they", "re"),
              ("you", "re"), ("i", "m"), ("he", "s"), ("she", "s"), ("it", "s")) for a in "'’"}
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
        return self.scan(text)

    def candidates(self, text: str, spans) -> list[int]:
        """For each (start, end) span of `text` (its sentences), whether `matches(text[start:end])` can find
        anything: NO_TRIGGER when it certainly finds nothing (no anchor word, see `matches`), ANCHORED when its
        anchor test certainly passes (`scan` gives the same result), else MAYBE (ask `matches`). One Aho-Corasick
        scan of the lowercased text for the anchor words instead of tokenising every sentence."""
        low = text.lower()
        scan, common_modals = _anchor_scan(self.plain_anchors, self.verb_anchors, self.modal_anchors)
        if scan is None or len(low) != len(text):
            return [MAYBE] * len(spans)  # lowercasing changed offsets ("İ"): every sentence asks `matches`
        n = len(low)
        hit_at: list[int] = []
        hit_kind: list[int] = []
        add_at, add_kind = hit_at.append, hit_kind.append
        # the automaton runs over `_token_framed(low)` framed by a space: an anchor key " <anchor> " ends before
        # a character that is no token character, so only an anchor that ends its run of token characters comes
        # out, and with a space before it, one that starts it (a whole token); an anchor after a token character
        # that is no ASCII letter ("-will", "5will", "'will") comes out as "#<anchor> " and is checked here
        framed = f" {_token_framed(low)} "
        for last, (length, kind, walk) in scan.iter(framed):
            start = last + 1 - length  # = the anchor's start in `low` (the key starts one character before it)
            if walk:
                # only a whole token counts: it starts at the first ASCII letter of its run of token characters
                k = start - 1
                while k >= 0 and framed[k + 1] in _NON_LETTER_TOKEN:
                    k -= 1  # "-will", "5will": a run of token characters before its first ASCII letter
                if k >= 0 and framed[k + 1] != " ":
                    continue  # "x-will" is one token
            add_at(start)
            add_kind(kind)
        out = []
        n_hits = len(hit_at)
        for start, end in spans:
            # a span is "clean" when no run of word characters crosses its edges: its own tokens are the text's
            # (`low[k]` is a token character when `framed[k + 1]` is not a space)
            clean = not (0 < start < n and framed[start] != " " and framed[start + 1] != " "
                         or 0 < end < n and framed[end] != " " and framed[end + 1] != " ")
            if hit_at:
                i = bisect_left(hit_at, start)
                kind = 0
                while i < n_hits and hit_at[i] < end:  # the span's hits (none: `kind` 0, the test below fails)
                    kind |= hit_kind[i]
                    i += 1
                if kind & _PLAIN or kind & _VERB_AND_MODAL == _VERB_AND_MODAL or kind & _VERB and clean \
                        and common_modals is not None and common_modals.search(low, start, end):
                    out.append(ANCHORED if clean else MAYBE)
                    continue
            out.append(NO_TRIGGER if clean else MAYBE)
        return out

    def scan(self, text: str) -> list[TriggerMatch]:
        """`matches` without its anchor test (for sentences known to pass it)."""
        if text.isascii():
            words = _TOKEN.findall(text.lower())  # lowercasing ASCII changes no token's extent
        else:
            found = _TOKEN.findall(text)
            # every token lowercased on its own: joined by spaces, which no token holds and which stop the one
            # context-dependent lowercasing (final sigma) as the ends of a token do
            words = " ".join(found).lower().split(" ") if found else found
        first = list(compress(count(), map(self.starts.__contains__, words)))  # the tokens that start a phrase
        if not first:
            return []
        modal_at = self._modal_at
        plain_at = self._plain_at
        modal_first = self._modal_first
        plain_one, plain_two = self._plain_starts
        last = len(words) - 1
        located = None  # the tokens' matches, consumed up to token `consumed`, when a trigger is found
        consumed = 0
        out: list[TriggerMatch] = []
        i = 0
        for c in first:
            if c < i:
                continue
            w = words[c]
            found_at = (modal_at(words, c) if w in modal_first else None)
            if found_at is not None and (w in plain_one or c < last and (w, words[c + 1]) in plain_two):
                # a longer plain phrase over a modal one: "would not back out of" (a pledge), not "would not back"
                longer = plain_at(words, c)
                if longer is not None and longer[0] > found_at[0]:
                    found_at = longer
            found_at = found_at or \
                (plain_at(words, c) if w in plain_one or c < last and (w, words[c + 1]) in plain_two else None) or \
                (self._plain_past_adverb(words, c) if c + 1 < last and _is_adverb(words[c + 1]) and
                 (w, words[c + 2]) in plain_two else None)
            if found_at is None:
                continue
            end, groups = found_at
            if located is None:
                located = _TOKEN.finditer(text)
            first_token = next(islice(located, c - consumed, None))
            last_token = first_token if end == c else next(islice(located, end - c - 1, None))
            consumed = end + 1
            start, stop = first_token.start(), last_token.end()
            if words[c] in PRONOUN_WILL or words[c] in PRONOUN_BE:
                start += max(words[c].find("'"), words[c].find("’"))  # "we'll continue": the trigger is "'ll continue"
            if "phrase" in groups:
                groups["plain"] = text[start:stop]
            out.append(TriggerMatch(text, start, stop, groups))
            i = end + 1
        return out

    @cached_property
    def _lengths(self) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
        """first word -> the lengths (longest first) of the plain phrases, and of the modals, it starts: the only
        lengths `_plain_at` and `_modal_at` need to try."""
        plain: dict[str, set[int]] = {}
        for key in self.plain:
            if 0 < len(key) <= MAX_PHRASE:
                plain.setdefault(key[0], set()).add(len(key))
        modal: dict[str, set[int]] = {}
        for key in self.modals:
            if len(key) in (1, 2, 3):
                modal.setdefault(key[0], set()).add(len(key))
        return ({w: tuple(sorted(ls, reverse=True)) for w, ls in plain.items()},
                {w: tuple(sorted(ls, reverse=True)) for w, ls in modal.items()})

    def any_category_keyword(self, low: str) -> bool:
        """Whether a category keyword is in `low` (`any(keyword in low for keyword, _ in categories)`), in one pass."""
        automaton = self._category_keywords
        if automaton is None:
            return any(keyword in low for keyword, _ in self.categories)
        return next(automaton.iter(low), None) is not None

    @cached_property
    def _category_keywords(self):
        """An Aho-Corasick automaton of the category keywords, or None (no keyword, or an empty one)."""
        import ahocorasick

        if not self.categories or any(not keyword for keyword, _ in self.categories):
            return None
        automaton = ahocorasick.Automaton()
        for keyword, _ in self.categories:
            automaton.add_word(keyword, keyword)
        automaton.make_automaton()
        return automaton

    @cached_property
    def _verb_first(self) -> frozenset[str]:
        """The first words of the undertaking verbs (and their progressive and passive forms)."""
        return frozenset(k[0] for k in self.verbs)

    @cached_property
    def _modal_first(self) -> frozenset[str]:
        """The words `_modal_at` can start at (for the others it returns None)."""
        return frozenset(self._lengths[1]) | frozenset(CONTRACTIONS) | frozenset(PRONOUN_BE)

    @cached_property
    def _plain_starts(self) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
        """The words of the one-word plain phrases, and the first two words of the longer ones (`_plain_at` finds
        nothing at a word that is neither, nor begins such a pair with the word after it)."""
        lengths = self._lengths[0]
        return (frozenset(k[0] for k in self.plain if len(k) == 1 and 1 in lengths.get(k[0], ())),
                frozenset(k[:2] for k in self.plain if 2 <= len(k) <= MAX_PHRASE))

    def _plain_at(self, words, i):
        plain = self.plain
        room = len(words) - i
        for length in self._lengths[0].get(words[i], ()):
            if length > room:
                continue
            phrase = plain.get(tuple(words[i:i + length]))
            if phrase is not None:
                return i + length - 1, {"plain": None, "phrase": phrase}  # "plain": the matched text, set by the caller
        return None

    def _plain_past_adverb(self, words, i):
        """A phrase of two or more words with an adverb after its first word: "are also signing", "is now ready to",
        "is fully prepared to" (the adverb is inside the match)."""
        plain = self.plain
        room = len(words) - i - 1
        for length in self._lengths[0].get(words[i], ()):
            if length < 2 or length > room:
                continue
            phrase = plain.get((words[i], *words[i + 2:i + 1 + length]))
            if phrase is not None:
                return i + length, {"plain": None, "phrase": phrase}
        return None

    def _modal_at(self, words, i):
        modal, neg, j = None, None, i
        n = len(words)
        if words[i] in CONTRACTIONS:
            modal, negated = CONTRACTIONS[words[i]]
            neg = "n't" if negated else None
            j = i + 1
        elif words[i] in PRONOUN_BE:
            key = (PRONOUN_BE[words[i]], *words[i + 1:i + 3])
            if key not in self.modals:
                return None
            modal, j = self.modals[key], i + 3
        else:
            modals = self.modals
            for length in self._lengths[1].get(words[i], ()):
                if i + length <= n:
                    key = tuple(words[i:i + length])
                    if key in modals:
                        modal, j = modals[key], i + length
                        break
        if modal is None:
            return None
        if j < n and words[j] in NEGATORS:
            neg, j = words[j], j + 1
        adv_start = j
        verb_first = self._verb_first
        while j < n and ((_is_adverb(words[j]) and words[j] not in verb_first) or words[j] in NEGATORS):
            j += 1  # ("will supply", "would comply with": an undertaking verb in -ly is no adverb)
        adv = " ".join(words[adv_start:j])
        effort = None
        if j + 2 < n and words[j] in ASPECT_VERBS and words[j + 1] == "to":
            j += 2  # "will begin to shut down", "would start to withdraw": the undertaking is the verb after
        elif j + 3 < n and words[j] == "do" and words[j + 1] in EFFORT_OPENERS:
            k = j + 2
            while k < n and k <= j + 6 and words[k] in EFFORT_WORDS:
                k += 1
            if k + 1 < n and words[k] == "to":
                j, effort = k + 1, "do"  # "will do everything in its power to help": the verb after "to"
        verbs = self.verbs
        if j + 2 < n and words[j] == "take" and words[j + 1] in MEASURE_QUALIFIERS:
            k = j + 1
            while k < n and k <= j + 4 and words[k] in MEASURE_QUALIFIERS:
                k += 1
            if k < n and (noun := MEASURE_NOUNS.get(words[k])) and ("take", noun) in verbs:
                # "will take all necessary measures", "would take all steps necessary": "take measures" qualified
                return k, {"modal": modal, "verb": verbs[("take", noun)], "neg": neg, "adv": adv, "effort": effort,
                           "plain": None}
        for length in range(MAX_VERB_WORDS, 0, -1):
            if j + length <= n:
                key = tuple(words[j:j + length])
                if key in verbs:
                    return j + length - 1, {"modal": modal, "verb": verbs[key], "neg": neg, "adv": adv,
                                            "effort": effort, "plain": None}
        return None


def _is_adverb(word: str) -> bool:
    """An adverb a phrase may hold after its first word: one of `ADVERBS` or a word in -ly ("also", "fully")."""
    return word in ADVERBS or (len(word) > 3 and word.endswith("ly"))


def progressive(verb: str) -> str | None:
    """ "be" + the -ing form of a one-word verb ("be sending", "be providing", "be stopping"), or None for a phrase.
    Regular spelling only: a final silent e drops, a final consonant after one vowel doubles in one syllable."""
    if " " in verb:
        return None
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        ing = verb[:-1] + "ing"
    elif (3 <= len(verb) <= 4 and verb[0] not in "aeiou" and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou"
          and verb[-3] not in "aeiou") or verb.endswith(("mit", "pel")):
        ing = verb + verb[-1] + "ing"
    else:
        ing = verb + "ing"
    return f"be {ing}"


# the undertaking verbs whose passive after a modal is an undertaking of the resource's owner
PASSIVE_UNDERTAKINGS = frozenset("""deploy send provide give increase extend lift impose deliver supply withdraw station
allocate finance fund grant donate double expand boost cut reduce pay lend ship dispatch transfer resume release
contribute train""".split())
_IRREGULAR_PARTICIPLES = {"send": "sent", "give": "given", "build": "built", "rebuild": "rebuilt", "lend": "lent",
                          "pay": "paid", "cut": "cut", "withdraw": "withdrawn", "keep": "kept", "sell": "sold",
                          "spend": "spent", "shut": "shut", "freeze": "frozen", "forgive": "forgiven", "uphold": "upheld",
                          "seek": "sought", "set": "set", "lift": "lifted", "ship": "shipped", "ban": "banned",
                          "drop": "dropped", "scrap": "scrapped", "stop": "stopped", "admit": "admitted",
                          "expel": "expelled", "cancel": "cancelled", "write": "written", "hold": "held"}


def passive(verb: str) -> str | None:
    """ "be" + the past participle of a one-word verb ("be sent", "be deployed", "be increased"), or None for a
    phrase: the passive after a modal ("troops will be deployed", "the sanctions will be lifted")."""
    if " " in verb:
        return None
    if verb in _IRREGULAR_PARTICIPLES:
        done = _IRREGULAR_PARTICIPLES[verb]
    elif verb.endswith("e"):
        done = verb + "d"
    elif verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        done = verb[:-1] + "ied"
    else:
        done = verb + "ed"
    return f"be {done}"


NO_TRIGGER, ANCHORED, MAYBE = 0, 1, 2  # `Lexicon.candidates`
_PLAIN, _VERB, _MODAL = 1, 2, 4
_VERB_AND_MODAL = _VERB | _MODAL
_WORD_PUNCT = "_'’-"  # with the alphanumerics, the characters of a token (`_TOKEN`)
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# `_token_framed`: an ASCII letter and "'", "’", "-" stay, another token character (a digit, "_", a letter or digit
# outside ASCII) is "#", any other character a space
_NON_LETTER_TOKEN = "#'’-"
_TOKEN_CHARS = str.maketrans({chr(c): (chr(c) if chr(c) in _ASCII_LETTERS or chr(c) in "'-" else
                                       "#" if chr(c).isalnum() or chr(c) == "_" else " ") for c in range(128)})


def _token_framed(text: str) -> str:
    """`text` with each character replaced by its class for the anchor scan (see `_TOKEN_CHARS`), same length."""
    return translated(text, _TOKEN_CHARS, _token_class)


def _token_class(c: str) -> str:
    """The class of a non-ASCII character: the curly apostrophe stays, other word characters are "#"."""
    return "’" if c == "’" else "#" if c.isalnum() else " "


COMMON_MODAL_ANCHORS = frozenset({"is", "are"})  # half the text's anchor hits ("this", "crisis", "share")


@cache
def _anchor_scan(plain: frozenset[str], verbs: frozenset[str], modals: frozenset[str]):
    """(An Aho-Corasick automaton of the anchor words, framed for `_token_framed` text (value: key length, kind
    bits, whether the token characters before it must be checked), a regex finding the common
    modal anchors "is"/"are" as whole tokens, or None), or (None, None) when an anchor is not a token they can find
    exactly. "is"/"are" are looked for only in the sentences that need them (a verb anchor and no other)."""
    import ahocorasick

    anchors = plain | verbs | modals
    if not anchors or any(_TOKEN.fullmatch(a) is None or "σ" in a or "ς" in a or _token_framed(a) != a
                          for a in anchors):
        return None, None  # (an anchor with a character `_token_framed` changes: every sentence asks `matches`)
    common = sorted(a for a in COMMON_MODAL_ANCHORS & modals if a not in plain and a not in verbs)
    automaton = ahocorasick.Automaton()
    for a in anchors:
        if a in common:
            continue
        kind = (_PLAIN if a in plain else 0) | (_VERB if a in verbs else 0) | (_MODAL if a in modals else 0)
        automaton.add_word(f" {a} ", (len(a) + 2, kind, False))  # a whole token
        for before in _NON_LETTER_TOKEN:  # after a token character: whole only if no ASCII letter is before it
            automaton.add_word(f"{before}{a} ", (len(a) + 2, kind, True))
    automaton.make_automaton()
    common_re = re.compile(r"(?<![\w'’-])(?:(?![A-Za-z])[\w'’-])*(?:" + "|".join(map(re.escape, common)) +
                           r")(?![\w'’-])") if common else None
    return automaton, common_re


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
        if len(verb.split()) > MAX_VERB_WORDS:
            raise ValueError(f"undertaking_verbs.csv: {verb!r} has more than {MAX_VERB_WORDS} words, which the "
                             f"scan never matches")
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
    # the progressive after a modal: "would be conducting", "will be sending"
    verb_table.update({tuple(form.split()): verb for verb in list(verb_table.values())
                       if (form := progressive(verb)) is not None and tuple(form.split()) not in verb_table})
    # the passive after a modal, of the verbs that send, give or lift a resource: "troops will be deployed", "the
    # sanctions would be lifted" (`commitments` keeps it only with such a resource as its subject, and finds who acts)
    verb_table.update({tuple(form.split()): verb for verb in list(verb_table.values())
                       if verb in PASSIVE_UNDERTAKINGS and (form := passive(verb)) is not None
                       and tuple(form.split()) not in verb_table})
    category_pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k, _ in
                                                    sorted(categories, key=lambda kc: -len(kc[0]))) + r")\b")
    starts = frozenset(k[0] for k in list(plain_table) + list(modal_table)) | frozenset(CONTRACTIONS) | \
        frozenset(PRONOUN_BE)
    objects: dict[str, set[str]] = {}
    for r in rows("trigger_objects.csv", directory):
        objects.setdefault(r["phrase"].lower(), set()).add(r["object"].lower())

    def anchor(words: tuple[str, ...]) -> str:
        return max(words, key=len)

    return Lexicon(version=version, triggers=triggers, pattern=pattern, categories=categories, plain=plain_table,
                   modals=modal_table, verbs=verb_table, category_pattern=category_pattern, starts=starts,
                   objects={k: frozenset(v) for k, v in objects.items()},
                   plain_anchors=frozenset(anchor(k) for k in plain_table),
                   modal_anchors=frozenset(anchor(k) for k in modal_table) | frozenset(CONTRACTIONS) |
                   frozenset(PRONOUN_BE),
                   verb_anchors=frozenset(anchor(k) for k in verb_table))
