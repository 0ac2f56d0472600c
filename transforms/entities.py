"""Entity mentions: states, persons, organisations and places, each resolved to a stable entity id.

Find, then resolve:
1. one Aho-Corasick scan (pyahocorasick) over the lower-cased text, its non-word characters blanked, finds every
   alias of the reference data; a hit counts only on word boundaries, and with the right case: case-sensitive
   aliases ("US", "Chad", "WHO") match exactly, other aliases match when the text capitalises them ("Ukraine",
   "UKRAINE"; never "turkey") or when the alias itself is lower-case ("coalition of the willing"). Overlaps keep
   the longest match.
2. capitals and seats of government: "the Kremlin", "Downing Street" always stand for their state (mention_type
   `metonym`); a capital after a place preposition or before a meeting noun ("in Paris", "the Paris summit") is a
   place, elsewhere ("Moscow said", "Kyiv is unwilling", "between Moscow and Kyiv") it is the state acting.
3. titles: "<Demonym|Country's> <title>" ("British Prime Minister", "Ukraine's President", "the Russian President")
   binds the title to a state; followed by a name the name is the person. Alone, the title phrase is a mention of
   the state (mention_type `title`, as the gold standard counts it) whose `resolved_person` is the office holder on
   the document's date ("The Russian President" in 2026 -> Vladimir Putin; in 2009 -> Dmitry Medvedev; an undated
   document resolves nobody). Only single-holder offices resolve (head of state/government, foreign, defence and
   finance ministers); "America's top general" does not.
4. persons not in the reference data are found after a title ("envoy Steve Witkoff", "Foreign Minister Sugiono"),
   in an appositive after a title phrase ("America's top general in Europe, Alexus Grynkewich") and in said-patterns
   ("said Maria Lopez", "Maria Lopez said"); they get `person:<slug>` ids (stable across documents).
5. surnames: a later "Kushner said" links to the full name seen earlier in the same document; a globally
   unambiguous surname of a person in office on the document's date ("Putin") links on its own.
"""
from __future__ import annotations

import datetime as dt
import re
import string
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

from transforms.reference import NON_STATE_ROLES, Alias, EntityRecord, Reference
from transforms.sentences import Sentence, sentence_index_at
from transforms.text import translated

# offices with one holder per state at a time: a bare title resolves to its holder by date
DATE_RESOLVED_ROLES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                                 "finance_minister"})
CONFIDENCE = {"name": 0.95, "alias": 0.9, "demonym": 0.85, "metonym": 0.8, "title": 0.75, "surname": 0.85}
EXTRACTED_PERSON_CONFIDENCE = 0.7
EXTRACTED_ORG_CONFIDENCE = 0.65
ORG_HEADS = ("Party", "Front", "Council", "Forum", "Office", "Organization", "Organisation", "Union", "Movement",
             "Army", "Group", "Committee", "Commission", "Agency", "Bank", "Fund", "League", "Alliance", "Coalition",
             "Court", "Assembly", "Federation", "Association", "Institute", "Foundation", "Brigades", "Brigade",
             "Militia", "Corporation", "Company", "Authority", "Congress", "Board", "Tribunal", "Ministry",
             "Government", "Forces", "Police", "Parliament", "Community", "Secretariat", "Programme", "Program")
ORG_HEADS_SET = frozenset(ORG_HEADS)
# words that alone (with a head word) make a generic institution rather than a named organisation; "Party" is not
# among them, so "Green Party" or "National Party" stay names
GENERIC_ORG_WORDS = frozenset("""Federal National Interior Foreign Defence Defense Supreme High Constitutional Legislative
Reserve Central State Provincial Regional Local Municipal City Metropolitan District Appeals Appeal Military Armed
Justice Finance Health Education Trade Economy Transport Energy Agriculture Environment Home Public Civil
Electoral Election Government Ministry Court Assembly Bank Police Council Forces Army Parliament Office Agency
Commission Committee Authority Board Tribunal Department Senate Congress Cabinet Federation Union Group Company
Corporation Community Secretariat Programme Program Fund League Forum Association Institute Foundation""".split())
STATE_ORGAN_HEADS = frozenset({"Ministry", "Government", "Army", "Forces", "Police", "Parliament", "Court",
                               "Assembly", "Congress", "Office", "Agency", "Council", "Commission", "Authority",
                               "Bank", "Party", "Board", "Committee"})
PLACE_PREPOSITIONS = frozenset("in at near outside from to into across around towards toward via through "
                               "within inside throughout".split())
MEETING_NOUNS = frozenset("summit talks conference meeting meetings agreement accord accords declaration "
                          "protocol process format forum negotiations dialogue convention club principles "
                          "group office embassy airport region province district".split())
_REGION_AFTER = re.compile(r"(?:\s*,?\s+(?:and|or)\s+[A-Z][\w'-]+)*\s+(?:regions?|oblasts?|provinces?)\b")
_ORG_WORD = r"(?:[A-Z][\w'’.&-]*|of|for|and|the|on|de|du|des|la|al-\w+)"
_ORG = re.compile(rf"(?P<name>(?:[A-Z][\w'’.&-]*)(?:\s+{_ORG_WORD}){{0,6}}?\s+(?P<head>"
                  rf"{'|'.join(ORG_HEADS)}))\b(?:\s+\((?P<acr>[A-Z][A-Za-z]{{1,7}})\))?")
_PERSON_OF = re.compile(r"^(?P<pre>(?:[A-Z][\w'’.-]*\s+){0,2}?[A-Z][\w'’.-]*)\s+of\s+(?:the\s+)?(?P<org>.+)$")
_WORD = re.compile(r"\w", re.UNICODE)
_SLUG_RUN = re.compile(r"[^a-z0-9]+")
# "the" inside a matched name starts the name, unless a linking word leads to it ("Organization of the ...");
# before it: the end of a sentence, a heading, or a capitalised first word of a clause ("If the Council")
_INNER_THE = re.compile(r"(\S+)\s+[Tt]he\s+(?=[A-Z])")
# states whose names are also given names or surnames: read as a person's name next to another capitalised name
PERSONAL_NAME_STATES = frozenset({"chad", "jordan", "georgia"})
_GIVEN_NAME_BEFORE = re.compile(r"(?<![.!?:;\"“])(?<!^)\s([A-Z][a-z]+)\s+$")
_SURNAME_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")
# capitalised words that may stand next to a state's name without making it a person's: compass points, forms of
# state, titles ("King Abdullah of Jordan", "President of Georgia", "Northern Chad", "Jordan Valley" is a place,
# not the state either)
_STATE_NEIGHBOURS = frozenset("""North South East West Northern Southern Eastern Western Central Republic Kingdom
Hashemite Democratic Soviet President King Queen Prime Minister Foreign The In On At From To Of And But For With By
As After Before Since When While Both Neighbouring Neighboring Unlike Like Including Also Then Meanwhile However
Today Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())


def _reads_as_personal_name(text: str, start: int, end: int) -> bool:
    """Whether "Chad", "Jordan" or "Georgia" here is part of a person's name: a capitalised word right before it
    ("Michael Jordan") or right after it ("Chad Mitchell"), other than the neighbours a state's name takes."""
    if start == 0 or text[max(0, start - 3):start] == "of ":
        return False  # the first word of an article (a topic line: "Georgia Abkhazia, a region ..."); "President of
        # Georgia Mikheil Saakashvili"
    before = _GIVEN_NAME_BEFORE.search(text, max(0, start - 20), start)
    after = _SURNAME_AFTER.match(text, end)
    return bool(before and before.group(1) not in _STATE_NEIGHBOURS or
                after and after.group(1) not in _STATE_NEIGHBOURS)


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")  # "Reporters Without Borders (RSF)"
_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)\s+$")  # a capitalised word right before a name: its first name?
_NAME_LINKS = frozenset({"of", "for"})  # "and the" joins two names: "AusAID Australia and the Global Environment Fund"
_LEADING_ARTICLE = re.compile(r"^(?:The|the|An?)\s+")  # ("A Foreign Ministry spokesman": an article, no name)
_PREV_WORD = re.compile(r"(\w+)\W*$")
_NEXT_WORD = re.compile(r"\W*?(\w+)")
_DATELINE_AFTER = re.compile(r"\s*(?:,|—|–|-\s|\()")
_UPPER = re.compile(r"[A-Z]")
_NAME_TOKEN = r"(?:(?:[A-Z]['’])?[A-Z][a-zà-ÿā-ž]+(?:[A-Z][a-zà-ÿā-ž]+)?(?:-[A-Z]?[a-zà-ÿā-ž]+)*|[A-Z]\.)"
_PARTICLE = r"(?:bin|ibn|al|al-|el|de|da|dos|van|von|der|la|le|del|di|du)"
_NAME = rf"{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{1,3}}"
SAID_VERBS = ("said", "says", "told", "added", "stated", "asserted", "announced", "according to")
_SAID_VERB = re.compile(rf"\b(?:{'|'.join(SAID_VERBS)})\b")
_NAME_AFTER = re.compile(rf"\s+({_NAME})")
_NAME_BEFORE = re.compile(rf"({_NAME})\s+$")
# (the closing comma is often left out before the verb: "The President of Chad, Idriss Déby has ordered"; then the
# title must open its sentence, not an opening phrase: "During talks with the Prime Minister of Sudan, Hans Becker
# has pledged")
_APPOSITIVE = re.compile(rf",\s+({_NAME})(?:\s*(?P<closed>[,.])|"
                         r"\s+(?:has|had|have|is|was|will|would|said|says|told)\b)")
_TITLE_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:The\s+|the\s+)?(?!(?:During|After|Before|In|At|On|With|"
                                   r"From|Following|Despite|Since|When|While|As)\b)[A-Z][^,.;!?\n]*$")
_NAME_AFTER_ANY = re.compile(rf"\s+({_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_TOKEN}){{0,3}})")
APPOSITIVE_CUES = ("general", "envoy", "minister", "ambassador", "spokes", "commander", "secretary", "president",
                   "chief", "adviser", "advisor", "leader", "governor", "chairman", "chairwoman", "director")
NOT_NAME_WORDS = frozenset("""The A An This That These Those However But And Or If When While After Before During
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
October November December Mr Mrs Ms Dr Sir Lord President Prime Minister Minister Secretary General Foreign Defence
Defense Chancellor King Queen Prince Crown Emir Sheikh Supreme Leader Deputy Vice Acting Former Interior Finance
Justice Health State Senator Governor Mayor Ambassador Envoy Special Commander Chief Army Navy Air Force Officials
Official Spokesman Spokeswoman Spokesperson Union United Nations European Council Commission Parliament Security
Ministry Department House White Office Government National Republic Democratic Federal People Party Front
Reuters AP AFP BBC CNN Agence Press Associated News Times Post Journal Twitter Facebook Telegram TV Radio
Islamic Christian Muslim Jewish Catholic Church God Allah Western Eastern Northern Southern North South East West
Central Gulf Middle Sea Ocean River Mount Lake Street Square Palace Summit Conference Talks Agreement Treaty Plan
Motors Electric Assembly Election Elections Committee Court Bank Company Group Corporation Airlines Airways Fund
Agency Service Services Authority Institute University College School Hospital Police Guard Staff Affairs Tribunal
Electoral Congress Senate Cabinet Administration Bureau Organization Organisation Association Federation League
Movement Alliance Coalition Forces Army Military Navy Marines Corps Division Brigade Regiment Battalion Command
Secretary-General General-Secretary Premier Chairman Chairwoman Director Executive Board Unit Centre Center Mission
Today Yesterday Tomorrow Sources Source Officials Statement Report Reports Media Newspaper Magazine Daily Weekly
I We You He She They It His Her Their Our My Its Also Then Now Here There Meanwhile According Earlier Later Since
""".split())


class Mention(NamedTuple):
    """One mention: the entity, its span in the text, how it was named, and the confidence of the resolution."""

    entity_id: str
    start: int
    end: int
    mention_type: str
    confidence: float
    sentence_index: int
    resolved_person: str | None = None


class Hit(NamedTuple):
    start: int
    end: int
    alias: Alias


def slug(name: str) -> str:
    """ASCII slug of a name: 'Alexus Grynkewich' -> 'alexus-grynkewich'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _SLUG_RUN.sub("-", ascii_name.lower()).strip("-")


_ASCII_BLANKS = str.maketrans({chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")})
_NON_WORD = re.compile(r"\W")


def _blanked(text: str) -> str:
    """`text` with every non-word character (not `str.isalnum()` nor `_`, as re's `\\W`) replaced by a space."""
    return translated(text, _ASCII_BLANKS, _blank_other)


def _blank_other(c: str) -> str:
    return c if c.isalnum() or c == "_" else " "


def _lowered(text: str) -> str:
    """Lower-cased text with the same length as `text` (characters whose lower form is longer are kept)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass
class EntityExtractor:
    """Finds and resolves entity mentions; build once per process with `from_reference`."""

    reference: Reference
    automaton: object
    title_re: re.Pattern
    title_roles: dict[str, list[tuple[str, str]]]
    title_automaton: object
    surname_of: dict[str, str]
    region_named: dict[str, str]
    surnames: dict[str, list[str]]
    # one Aho-Corasick automaton for the scan of step 1 and the cues of steps 3-4b (built from the fields above)
    _scan: object = field(default=None, init=False, repr=False, compare=False)
    # `automaton` with the readings `_extracted_person` looks at
    _person_scan: object = field(default=None, init=False, repr=False, compare=False)
    # `title_re` with its alternatives grouped by first letter (same matches, far fewer branches tried)
    _title_fast: re.Pattern | None = field(default=None, init=False, repr=False, compare=False)
    # every word of every title ("prime", "minister", "chief"): a capitalised one before a surname is no first name
    _title_words: frozenset = field(default=frozenset(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        import ahocorasick

        self._title_words = frozenset(w for t in self.title_roles for w in t.split())

        # The automaton runs over `_blanked(low)` framed by a space: every non-word character is a space there, so
        # a key written " <alias> " matches only where the alias stands between word boundaries (the checks of
        # step 1 that used to run in Python for every raw hit, most of them inside longer words; lower-casing keeps
        # the word-ness of every character, so the non-word characters of `low` are those of `text`). Blanking maps
        # several texts to one, so a key whose alias holds non-word characters ("u.s.", "united states") is
        # confirmed against `low`. Each blanked key holds its readings:
        #   key -> (key length, readings of the alias or None, the alias lower-cased when it must be confirmed, others)
        # with readings (the Alias tuple, 0 when all accept any case, 2 when all accept a capitalised text, else 1,
        # the (Alias, accept rule, alias) of each, and for readings of one spelling: the spelling, the Aliases
        # accepting a capitalised text, the Aliases accepting any; then `_two_readings` of the three Alias tuples)
        # (rule 0: any case, 1: exact case only, 2: exact or capitalised, see `hits`), and `others` None or
        # variants (kind, lower-cased key to confirm or None, data):
        #   0: another alias of the same blanked key (readings), 1: a demonym's plural "<alias>s" (demonym readings),
        #   2: a title (title), 3: a said-verb (verb), 4: an organisation head word (head, framed on the left only:
        #   `_org_matches` needs its start only).
        entries: dict[str, list] = {}

        def entry(key: str) -> list:
            return entries.setdefault(key, [len(key), None, None, []])

        def prepared(readings: tuple) -> tuple:
            rules = {rule for _a, rule, _alias in readings}
            spellings = {alias for _a, _rule, alias in readings}
            aliases = tuple(r[0] for r in readings)
            if_upper = tuple(a for a, rule, _alias in readings if rule != 1)
            any_case = tuple(a for a, rule, _alias in readings if rule == 0)
            return (aliases, 0 if rules == {0} else 2 if 1 not in rules else 1, readings,
                    # one spelling: the readings accepted when the text is not that spelling, capitalised or not
                    next(iter(spellings)) if len(spellings) == 1 else None, if_upper, any_case,
                    _two_readings(aliases), _two_readings(if_upper), _two_readings(any_case))

        def to_confirm(key: str) -> str | None:  # blanking maps only a key of word characters to itself
            return key if _NON_WORD.search(key) else None

        for key, (length, values) in self.automaton.items():
            assert length == len(key)
            readings = tuple((a, 1 if a.case_sensitive else 0 if a.alias[:1].islower() else 2, a.alias)
                             for a in values)
            blank = _blanked(key)
            e = entry(f" {blank} ")
            if e[1] is not None:
                e[3].append((0, to_confirm(key), prepared(readings)))
            else:
                e[1], e[2] = prepared(readings), to_confirm(key)
            demonyms = tuple(r for r in readings if r[0].kind == "demonym")
            if demonyms:
                entry(f" {blank}s ")[3].append((1, to_confirm(key), prepared(demonyms)))
        for key, title in self.title_automaton.items():
            entry(f" {_blanked(key)} ")[3].append((2, to_confirm(key), title))
        for verb in SAID_VERBS:  # case-sensitive in the text: the verb is checked in `text`
            entry(f" {_blanked(verb)} ")[3].append((3, None, verb))
        for head in ORG_HEADS:
            entry(f" {_blanked(head.lower())}")[3].append((4, None, head))
        scan = ahocorasick.Automaton()
        for key, (length, readings, confirm, others) in entries.items():
            # a plural before the alias of the same span, as the scan of `low` found them (its end comes first)
            others.sort(key=lambda v: v[0] != 1)
            scan.add_word(key, (length, readings, confirm, tuple(others) or None))
        scan.make_automaton()
        self._scan = scan
        # `automaton` for `_extracted_person`: the readings that decide there, (is a person, alias lower-cased, id)
        person_scan = ahocorasick.Automaton()
        for key, (_length, values) in self.automaton.items():
            person_scan.add_word(key, tuple((a.kind == "person", _lowered(a.alias), a.entity_id) for a in values
                                            if a.kind in _NAME_DECIDING_KINDS))
        person_scan.make_automaton()
        self._person_scan = person_scan
        self._title_fast = _grouped_title_re(self.title_re)

    @classmethod
    def from_reference(cls, reference: Reference) -> "EntityExtractor":
        import ahocorasick

        automaton = ahocorasick.Automaton()
        by_key: dict[str, list[Alias]] = {}
        for a in reference.aliases:
            if len(a.alias) < 2:
                continue
            by_key.setdefault(_lowered(a.alias), []).append(a)
        for key, values in by_key.items():
            automaton.add_word(key, (len(key), tuple(values)))
        automaton.make_automaton()
        titles = sorted({t.title for t in reference.titles}, key=len, reverse=True)
        title_alt = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles)
        title_re = re.compile(rf"(?:'s|’s)?\s+(?P<title>(?i:{title_alt}))\b")
        title_roles: dict[str, list[tuple[str, str]]] = {}
        for t in reference.titles:
            title_roles.setdefault(t.title, []).append((t.role, t.applies_to))
        title_automaton = ahocorasick.Automaton()
        for t in titles:
            title_automaton.add_word(t, t)
        title_automaton.make_automaton()
        surname_of = {}
        region_named = {}  # "donetsk" -> the region entity of "Donetsk region"/"Donetsk oblast"
        for a in reference.aliases:
            if a.kind == "surname":
                surname_of[a.entity_id] = a.alias
            elif a.kind == "location":
                m = re.match(r"^(.+?) (?:region|oblast|province)$", a.alias, re.IGNORECASE)
                if m:
                    region_named[_lowered(m.group(1))] = a.entity_id
        surnames: dict[str, list[str]] = {}
        for a in reference.aliases:
            if a.kind == "surname":
                surnames.setdefault(a.alias, []).append(a.entity_id)
        return cls(reference, automaton, title_re, title_roles, title_automaton, surname_of, region_named, surnames)

    # ---- 1. gazetteer scan --------------------------------------------------------------------------------
    def hits(self, text: str, low: str | None = None) -> list[Hit]:
        """Accepted alias hits, longest-leftmost, non-overlapping (`low`: `text` lower-cased, if at hand)."""
        return self._scan_text(text, low if low is not None else _lowered(text))[0]

    def _scan_text(self, text: str, low: str
                   ) -> tuple[list[Hit], list[tuple[int, str]], list[tuple[int, int]], list[int]]:
        """One pass of the automaton over `low`: the accepted alias hits (`hits`); the title hits (end index, title)
        between word boundaries (or the ends of the text), in the order `title_automaton.iter(low)` gives them; the
        spans of `_SAID_VERB.finditer(text)`; and the starts of organisation head words preceded by whitespace
        (where an `_ORG` match can end)."""
        groups, titles, said, heads = self._scan_all(text, low)
        return [_tuple_new(Hit, (start, end, a)) for start, end, aliases, _two in groups for a in aliases], \
            titles, said, heads

    def _scan_all(self, text: str, low: str) -> tuple[list[tuple[int, int, tuple[Alias, ...], bool | None]],
                                                      list[tuple[int, str]], list[tuple[int, int]], list[int]]:
        """`_scan_text` with the hits grouped by span: (start, end, the aliases of the hits there, their
        `_two_readings` or None when not at hand), in text order."""
        # (start, end, accepted aliases, `_two_readings` of those or None) of each key found
        found: list[tuple[int, int, tuple[Alias, ...], bool | None]] = []
        titles: list[tuple[int, str]] = []
        said: list[tuple[int, int]] = []
        heads: list[int] = []
        append = found.append
        # a framed key of length k ending at i of " " + blanked + " " is text[i - k + 1:i - 1]
        for i, (length, readings, confirm, others) in self._scan.iter(f" {_blanked(low)} "):
            start = i - length + 1
            if others is not None:
                for kind, key, data in others:
                    if kind == 2:
                        if key is None or low.startswith(key, start):
                            titles.append((i - 2, data))
                    elif kind == 4:
                        if start > 0 and text.startswith(data, start) and text[start - 1].isspace():
                            heads.append(start)
                    elif kind == 3:
                        if text.startswith(data, start):
                            said.append((start, i - 1))
                    elif kind == 1:  # "<demonym>s": "Palestinians", "Israelis" name the people of the state
                        end = i - 2
                        if text[end] == "s" and (key is None or low.startswith(key, start)):
                            accepted = _accepted(text, start, data)
                            if accepted:
                                append((start, end + 1, accepted, None))
                    elif key is None or low.startswith(key, start):  # kind 0
                        accepted = _accepted(text, start, data)
                        if accepted:
                            append((start, i - 1, accepted, None))
            if readings is not None and (confirm is None or low.startswith(confirm, start)):
                aliases, mode, _, spelling, if_upper, any_case, two_all, two_upper, two_any = readings
                if mode == 0 or (mode == 2 and text[start].isupper()):
                    append((start, i - 1, aliases, two_all))
                elif spelling is not None:
                    if text.startswith(spelling, start):
                        append((start, i - 1, aliases, two_all))
                    elif text[start].isupper():
                        if if_upper:
                            append((start, i - 1, if_upper, two_upper))
                    elif any_case:
                        append((start, i - 1, any_case, two_any))
                else:
                    accepted = _accepted(text, start, readings)
                    if accepted:
                        append((start, i - 1, accepted, None))
        # leftmost-longest: the scan found the keys in the order of their ends, so after a stable sort by start
        # the keys of one start come shortest first, and the readings of one span in the order found
        found.sort(key=_START)
        groups: list[tuple[int, int, tuple[Alias, ...], bool | None]] = []
        last_start = last_end = -1
        for h in found:
            start = h[0]
            if start >= last_end:
                groups.append(h)
                last_start, last_end = start, h[1]
            elif start == last_start:
                if h[1] > last_end:  # a longer key at the same start
                    groups[-1] = h
                    last_end = h[1]
                elif h[1] == last_end:
                    # same span, another reading (a demonym's plural before the alias that ends in "s")
                    groups[-1] = (last_start, last_end, groups[-1][2] + h[2], None)
            elif start == last_start + 4 and h[1] > last_end and low.startswith("the ", last_start):
                # "the United Nations| Security Council": a key that starts with "the" gives way to a longer one
                # starting right after the article ("United Nations Security Council")
                groups[-1] = h
                last_start, last_end = start, h[1]
        return groups, titles, said, heads

    # ---- all steps ----------------------------------------------------------------------------------------
    def mentions(self, text: str, sentences: list[Sentence], day: dt.date | None
                 ) -> tuple[list[Mention], dict[str, EntityRecord]]:
        """Every mention in `text`, and the records of persons found only in the text (not in the seeds)."""
        ref = self.reference
        out: list[Mention] = []
        extracted: dict[str, EntityRecord] = {}
        taken = _Taken(len(text))  # spans already claimed by a mention; overlap tests are O(span length) in C
        low = _lowered(text)
        groups, title_hits, said_spans, heads = self._scan_all(text, low)
        starts = [s.start for s in sentences]
        sorted_starts = bool(sentences) and all(a <= b for a, b in zip(starts, starts[1:]))
        if sorted_starts:
            sentence_ids = [s.index for s in sentences]

            def sentence_at(offset: int) -> int:  # `sentence_index_at`, by a C bisect
                i = bisect_right(starts, offset) - 1
                return sentence_ids[i if i > 0 else 0]
        else:  # no sentences, or not in text order (never for `sentence_spans` output)
            def sentence_at(offset: int) -> int:
                return sentence_index_at(sentences, offset)
        seen_persons: set[str] = set()

        def add(eid: str, start: int, end: int, mtype: str, conf: float | None = None,
                person: str | None = None) -> None:
            out.append(_tuple_new(Mention, (eid, start, end, mtype, conf if conf is not None else CONFIDENCE[mtype],
                                            sentence_at(start), person)))

        person_spans: dict[int, tuple[int, str]] = {}  # start -> (end, entity) for names right after titles
        out_append = out.append
        taken_spans, mask = taken.spans, taken.mask  # (nothing is removed from `taken` before step 4b)
        region_named = self.region_named
        n = len(text)
        state_hits: list[Hit] = []  # the hits of countries and demonyms where `title_re` can match (step 3)
        surname_hits: list[tuple[int, int, Alias]] = []  # the hits of surnames (step 5)
        for start, end, group, two_readings in groups:
            if len(group) == 1:
                a = group[0]
                kind = a.kind
                if kind in _STATE_KINDS:
                    # `title_re` starts with "'s", "’s" or whitespace
                    if end < n and (text[end] in "'’" or text[end].isspace()):
                        state_hits.append(_tuple_new(Hit, (start, end, a)))
                elif kind == "surname":
                    surname_hits.append((start, end, a))
                    continue  # resolved in step 5
                elif kind in _CAPITAL_SEAT:
                    a = self._capital_alias(text, start, end, group)
                    if a is None:
                        continue
            else:
                title_after = end < n and (text[end] in "'’" or text[end].isspace())
                for x in group:
                    if x.kind in _STATE_KINDS:
                        if title_after:
                            state_hits.append(_tuple_new(Hit, (start, end, x)))
                    elif x.kind == "surname":
                        surname_hits.append((start, end, x))
                if two_readings is None:
                    two_readings = _two_readings(group)
                if two_readings:
                    a = self._capital_alias(text, start, end, group)
                    if a is None:
                        continue
                else:
                    a = group[0]
            kind = a.kind
            if kind == "surname":
                continue  # resolved in step 5
            if kind == "org" and day is not None and day.year < ref.org_founded.get(a.entity_id, 0):
                continue  # "RSF" in 2005 is not the Rapid Support Forces (2013): no organisation before its founding
            if kind == "country" and end - start <= 7 and low[start:end] in PERSONAL_NAME_STATES \
                    and _reads_as_personal_name(text, start, end):
                continue  # "Chad Mitchell", "Michael Jordan", "the Jordan Valley"
            eid = a.entity_id
            mtype = a.mention_type
            if kind == "person":
                seen_persons.add(eid)
                person_spans[start] = (end, eid)
            elif kind == "location":
                if low[start:end] in region_named and _REGION_AFTER.match(text, end):
                    eid = region_named[low[start:end]]  # "the Donetsk and Donbas regions"
                if mtype != "alias":
                    mtype = "name"
            if sorted_starts:
                i = bisect_right(starts, start) - 1
                sentence = sentence_ids[i if i > 0 else 0]
            else:
                sentence = sentence_index_at(sentences, start)
            out_append(_tuple_new(Mention, (eid, start, end, mtype, CONFIDENCE[mtype], sentence, None)))
            taken_spans.append((start, end))  # `taken.append`: spans are never empty
            mask[start:end] = b"\x01" * (end - start)

        # ---- 3. titles bound to a state --------------------------------------------------------------------
        title_re = self._title_fast or self.title_re
        title_spans: list[tuple[int, int]] = []  # the mentions of this step not in `taken`
        for h in state_hits:
            m = title_re.match(text, h.end)
            if not m or (m.group(0)[:2] not in {"'s", "’s"} and h.alias.kind == "country"):
                continue
            title = " ".join(m.group("title").lower().split())
            if _preceded_by(text, m.start("title"), ("deputy", "vice", "former", "ex-", "acting")):
                continue
            roles = self.title_roles.get(title)
            if roles and all(role in NON_STATE_ROLES for role, _applies in roles):
                continue  # "U.S. Senator John McCain": the state names where he sits, not whom he acts for
            iso3 = h.alias.entity_id.split(":", 1)[1]
            after = m.end()
            nxt = _next_person(person_spans, text, after)
            if nxt is not None:
                continue  # the name that follows is the person; the title only confirms the state
            name_m = _NAME_AFTER.match(text, after)
            if name_m and not taken.overlaps(name_m.start(1), name_m.end(1)):
                eid = self._extracted_person(name_m.group(1), iso3, extracted, day)
                if eid:
                    add(eid, name_m.start(1), name_m.end(1), "name", EXTRACTED_PERSON_CONFIDENCE)
                    taken.append((name_m.start(1), name_m.end(1)))
                    seen_persons.add(eid)
                continue
            # a title alone stands for the state (the gold standard counts it as the country) and records the
            # office holder on the document's date in `resolved_person`
            person = None
            if day is not None:
                for role, applies in self.title_roles.get(title, []):
                    if role in DATE_RESOLVED_ROLES and applies in {"country", "any", iso3}:
                        person = ref.holder(role, iso3, day)
                        if person:
                            break
            add(h.alias.entity_id, h.start, m.end(), "title", person=person)
            title_spans.append((h.start, m.end()))
            if person:
                seen_persons.add(person)

        # ---- 4. persons outside the seeds ------------------------------------------------------------------
        candidates: list[tuple[str, int, bool]] = []  # (name as matched, start, single tokens allowed)
        for end_idx, title in title_hits:
            if end_idx + 1 >= n:
                continue  # (the scan finds titles between word boundaries only)
            start = end_idx - len(title) + 1
            m = _NAME_AFTER_ANY.match(text, end_idx + 1)
            if m:
                written = text[start:end_idx + 1]
                single_ok = written[:1].isupper() or title in {"envoy", "special envoy"}
                candidates.append((m.group(1), m.start(1), single_ok))
        for verb_start, verb_end in said_spans:  # the matches of _SAID_VERB
            # `_NAME_AFTER` starts with whitespace
            after = _NAME_AFTER.match(text, verb_end) if verb_end < n and text[verb_end].isspace() else None
            if after:
                candidates.append((after.group(1), after.start(1), False))
            before = _name_before(text, max(0, verb_start - 60), verb_start)
            if before:
                candidates.append((before.group(1), before.start(1), False))
        for m in _APPOSITIVE.finditer(text):
            # appositive after a title phrase: "America's top general in Europe, Alexus Grynkewich"
            before = text[max(0, m.start() - 60):m.start()].lower()
            if any(t in before for t in APPOSITIVE_CUES) and (
                    m.group("closed") or _TITLE_OPENS_SENTENCE.search(text, max(0, m.start() - 80), m.start())):
                candidates.append((m.group(1), m.start(1), False))
        for raw, raw_start, single_ok in candidates:
            name = _trim_name(raw)
            if not name or (" " not in name and (not single_ok or name in NOT_NAME_WORDS)):
                continue
            s = raw_start + raw.find(name)
            e = s + len(name)
            if taken.overlaps(s, e):
                continue
            eid = self._extracted_person(name, None, extracted, day)
            if eid:
                add(eid, s, e, "name" if eid in extracted or " " in name else "surname",
                    EXTRACTED_PERSON_CONFIDENCE if eid in extracted else CONFIDENCE["surname"])
                taken.append((s, e))
                seen_persons.add(eid)

        # ---- 4b. organisations outside the seeds ------------------------------------------------------------
        covered: bytearray | None = None  # the characters the mentions in `out` cover (built on first use)
        for m in _org_matches(text, heads):
            name = m.group("name")
            if name.startswith(("The", "the", "A ", "An ")):
                name = _LEADING_ARTICLE.sub("", name)
            for inner_the in _INNER_THE.finditer(name):
                if inner_the.group(1).lower() not in _NAME_LINKS:
                    name = name[inner_the.end():]  # "Monday. The Security Council", "May the Government"
                    break
            of = _PERSON_OF.match(name) if "of" in name else None
            if of and not set(of.group("pre").split()) & (ORG_HEADS_SET | GENERIC_ORG_WORDS):
                name = of.group("org")  # "Danny O'Brien of the Electronic Frontier Foundation", "Member of Parliament"
            s, e = m.end("name") - len(name), m.end("name")
            if len(name.split()) < 2 or all(t in GENERIC_ORG_WORDS for t in name.split()):
                continue  # "Supreme Court", "Foreign Ministry": an institution of some state, not a name
            if covered is None:
                # every mention so far is in `taken` but the titles of step 3
                covered = bytearray(taken.mask)
                for t_start, t_end in title_spans:
                    covered[t_start:t_end] = b"\x01" * (t_end - t_start)
            # mentions are never empty: none overlaps [s, e) unless a covered character lies there
            inner = [x for x in out if x.start < e and s < x.end] if covered.find(1, s, e) != -1 else []
            if any(x.entity_id.startswith(("person:", "org:")) or x.start < s or x.end > e for x in inner):
                continue
            if inner and m.group("head") in STATE_ORGAN_HEADS and len(name.split()) <= 3:
                continue  # "the Nigerian Interior Ministry" is the state acting, already a mention
            eid = f"org:{slug(name)}"
            if eid not in ref.entities and eid not in extracted:
                extracted[eid] = EntityRecord(eid, "organization", name, None, None, None, "extracted")
            if inner:  # else no mention lies within [s, e]
                out[:] = [x for x in out if not (s <= x.start and x.end <= e)]
            taken.remove_within(s, e)
            add(eid, s, e, "name", EXTRACTED_ORG_CONFIDENCE)
            taken.append((s, e))
            covered[s:e] = b"\x01" * (e - s)  # what was removed lay within [s, e)
            acronym = m.group("acr")
            if acronym:
                # an acronym defined in the text wins over a reference alias of the same letters
                for a_start, a_end in _whole_words(text, acronym):
                    out[:] = [x for x in out if not (x.start == a_start and x.end == a_end)]
                    taken.remove_exact(a_start, a_end)
                    add(eid, a_start, a_end, "alias", EXTRACTED_ORG_CONFIDENCE)
                    taken.append((a_start, a_end))
                    covered[a_start:a_end] = b"\x01" * (a_end - a_start)

        # ---- 5. surnames -----------------------------------------------------------------------------------
        # a surname shared by a common given name ("Sharon", "Brown") links without the full name before it only
        # when its person holds a state's top office on the day and that state is named in the document ("Sharon
        # has agreed to travel to Ramallah" in an article on Israel of 2005), and no person of the text has it
        named_states: set[str] | None = None
        for start, end, a in surname_hits:
            if taken.overlaps(start, end):
                continue
            eid = a.entity_id
            if not (eid in seen_persons or a.global_surname) and day is not None:
                if named_states is None:
                    named_states = {x.entity_id[8:] for x in out if x.entity_id.startswith("country:")}
                    extracted_surnames = {r.name.split()[-1] for r in extracted.values() if r.entity_type == "person"}
                    title_words = self._title_words
                    # a surname after a first name that is not its person's ("Tom Sharon") is another person's,
                    # there and everywhere else in the document
                    others = {h[2].entity_id for h in surname_hits
                              if (first := _WORD_BEFORE.search(text, max(0, h[0] - 40), h[0]))
                              and first.group(1).lower() not in title_words}
                if text[start:end] in extracted_surnames or eid in others or not any(
                        r.role in DATE_RESOLVED_ROLES and r.country_iso3 in named_states and r.active_on(day)
                        for r in ref.roles.get(eid, ())):
                    continue
            elif not (eid in seen_persons or a.global_surname):
                continue
            add(eid, start, end, "surname")
            taken.append((start, end))
        for eid, record in extracted.items():
            surname = record.name.split()[-1]
            if len(surname) < 3 or not surname[:1].isupper():
                continue
            for m_start, m_end in _whole_words(text, surname):
                if not taken.overlaps(m_start, m_end):
                    add(eid, m_start, m_end, "surname", EXTRACTED_PERSON_CONFIDENCE)
                    taken.append((m_start, m_end))
        # an acronym defined in the text right after a seeded organisation's name is that organisation everywhere in
        # the text: "Reporters Without Borders (RSF)" is not the Rapid Support Forces
        if "(" in text:
            defined: dict[str, str] = {}
            for x in out:
                if x.entity_id.startswith("org:") and x.entity_id in ref.entities:
                    acr = _ACRONYM_AFTER.match(text, x.end)
                    if acr and acr.group(1) not in defined:
                        defined[acr.group(1)] = x.entity_id
            if defined:
                out[:] = [x._replace(entity_id=defined[text[x.start:x.end]])
                          if x.entity_id.startswith("org:") and text[x.start:x.end] in defined else x for x in out]
        # one mention of each (start, end, entity): the most confident (sorted by increasing confidence, the dict
        # keeps the last; among equals, the last found), then in text order (a total order: when no two mentions
        # share (start, end, entity), the order they were found in does not matter)
        if len(set(map(_TEXT_ORDER, out))) == len(out):  # `_TEXT_ORDER` is (start, end, entity)
            return sorted(out, key=_TEXT_ORDER), extracted
        unique = {(x[1], x[2], x[0]): x for x in sorted(out, key=_CONFIDENCE_OF)}
        return sorted(unique.values(), key=_TEXT_ORDER), extracted

    def _capital_reading(self, text: str, start: int, end: int, group: list[Hit]) -> Hit | None:
        """A capital or seat of government: the state acting (metonym) or the place."""
        a = self._capital_alias(text, start, end, [h.alias for h in group])
        return None if a is None else next(h for h in group if h.alias is a)

    def _capital_alias(self, text: str, start: int, end: int, group: tuple[Alias, ...] | list[Alias]
                       ) -> Alias | None:
        """`_capital_reading` of the aliases of the hits."""
        seat = next((a for a in group if a.kind == "seat"), None)
        if seat:
            return seat
        state = next((a for a in group if a.kind in {"capital", "country"}), None)
        place = next((a for a in group if a.kind == "location"), None)
        prev_word = _PREV_WORD.search(text[max(0, start - 25):start])
        next_word = _NEXT_WORD.match(text[end:end + 25])
        dateline = (start == 0 or text[start - 1] == "\n") and _DATELINE_AFTER.match(text[end:end + 3])
        is_place = bool(dateline) or \
            (prev_word is not None and prev_word.group(1).lower() in PLACE_PREPOSITIONS) or \
            (next_word is not None and next_word.group(1).lower() in MEETING_NOUNS)
        if is_place:
            return place or None
        return state or place

    def _extracted_person(self, name: str, iso3: str | None, extracted: dict[str, EntityRecord],
                          day: dt.date | None) -> str | None:
        """The id of a person named in the text: a seeded person when the name is an alias (or, for a lone
        surname after a title, the seeded person of that surname in office on `day`), else a new one."""
        if " " not in name and name in self.surnames:
            ids = self.surnames[name]
            if len(ids) == 1:
                return ids[0]
            active = [i for i in ids if day is not None and self.reference.active_on(i, day)]
            return active[0] if len(active) == 1 else None
        low = _lowered(name)
        words = None
        for _end, readings in self._person_scan.iter(low):
            for is_person, alias, eid in readings:
                if is_person:
                    if alias == low:
                        return eid
                else:
                    if words is None:
                        words = low.split()
                    if alias in words:
                        return None  # "Foreign Minister France" or "Said Ukraine" is not a person
        tokens = name.split()
        if any(t in NOT_NAME_WORDS for t in tokens) or tokens[-1] in ORG_HEADS_SET:
            return None  # "Al-Aqsa Martyrs Brigades said" names an organisation, not a person
        eid = f"person:{slug(name)}"
        if eid in self.reference.entities:
            return eid
        if eid not in extracted:
            extracted[eid] = EntityRecord(eid, "person", name, None, iso3, None, "extracted")
        return eid


_TITLE_RE_HEAD = "(?:'s|’s)?\\s+(?P<title>(?i:"
_TITLE_RE_TAIL = "))\\b"


def _grouped_title_re(title_re: re.Pattern) -> re.Pattern | None:
    """`title_re` (as `from_reference` builds it) rewritten as "(?i:p(?:rime\\s+minister|resident)|m(?:inister))":
    each alternative keeps its place among those of its first letter, and no text character matches two different
    ASCII letters case-insensitively, so the same alternative wins and the matches are the same. Alternatives that
    start otherwise, or a pattern of another shape, give None (use `title_re`)."""
    pattern = title_re.pattern
    if title_re.flags & ~re.UNICODE or not pattern.startswith(_TITLE_RE_HEAD) or \
            not pattern.endswith(_TITLE_RE_TAIL):
        return None
    alternatives = pattern[len(_TITLE_RE_HEAD):-len(_TITLE_RE_TAIL)].split("|")
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        literal = re.sub(r"\\(.)", r"\1", alt.replace(r"\s+", " "), flags=re.DOTALL)
        if not ("a" <= alt[:1] <= "z") or re.escape(literal).replace(r"\ ", r"\s+") != alt:
            return None  # not an escaped title as `from_reference` writes it
        groups.setdefault(alt[0], []).append(alt[1:])
    grouped = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
    return re.compile(f"{_TITLE_RE_HEAD}{grouped}{_TITLE_RE_TAIL}")


_CAPITAL_SEAT = frozenset({"capital", "seat"})
_NAME_DECIDING_KINDS = frozenset({"person", "country", "demonym", "org", "location", "capital", "seat"})
_STATE_KINDS = frozenset({"country", "demonym"})


# the characters a `_NAME_TOKEN` can end with
_NAME_END_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz." + "".join(map(chr, range(0xE0, 0x100)))
                            + "".join(map(chr, range(0x101, 0x17F))))


# the characters a `_NAME_BEFORE` match can hold: those of name tokens and particles, and whitespace (`\s`)
_NAME_SPAN_CHARS = "".join(sorted(set(string.ascii_letters + "'’.-" + "".join(map(chr, range(0xE0, 0x100)))
                                      + "".join(map(chr, range(0x101, 0x17F)))
                                      + "".join(c for c in map(chr, range(0x10000)) if c.isspace()))))


def _name_before(text: str, lo: int, hi: int) -> re.Match | None:
    """`_NAME_BEFORE.search(text, lo, hi)`: a match ends in whitespace at `hi` and starts with an upper-case letter
    (every name token does), so only those starts are tried, in order."""
    if hi <= lo or not text[hi - 1].isspace():
        return None
    # the name ends where the whitespace before `hi` starts, with the end of a name token, and its last token
    # starts with an upper-case letter within the last whitespace-separated word
    window = text[lo:hi]
    tail = window.rstrip()
    if not tail or tail[-1] not in _NAME_END_CHARS or not _UPPER.search(tail.rsplit(None, 1)[-1]):
        return None
    # a match holds name characters and whitespace only: it starts after the last other character
    lo += len(window.rstrip(_NAME_SPAN_CHARS))
    for c in _UPPER.finditer(text, lo, hi):
        m = _NAME_BEFORE.match(text, c.start(), hi)
        if m:
            return m
    return None


def _two_readings(group: tuple[Alias, ...]) -> bool:
    """Whether the aliases found at one span read as a capital or seat (the state acting or the place), or as
    a location and another entity: `_capital_alias` decides."""
    kinds = {a.kind for a in group}
    return bool(kinds & _CAPITAL_SEAT) or (len({a.entity_id for a in group}) > 1 and "location" in kinds)


def _accepted(text: str, start: int, readings: tuple) -> tuple[Alias, ...]:
    """The aliases of `readings` (as `EntityExtractor.__post_init__` prepares them) that accept the case of the
    text at `start`."""
    up = text[start].isupper()
    return tuple(a for a, rule, alias in readings[2]
                 if rule == 0 or (rule == 2 and up) or text.startswith(alias, start))


_tuple_new = tuple.__new__
_START = itemgetter(0)
_CONFIDENCE_OF = itemgetter(4)  # Mention.confidence
_TEXT_ORDER = itemgetter(1, 2, 0)  # Mention.start, .end, .entity_id


def _org_matches(text: str, heads: list[int]) -> list[re.Match]:
    """`list(_ORG.finditer(text))`, trying the pattern only where a match can start: at an upper-case letter
    within the 7 whitespace-separated tokens before a head word (`heads`: the starts of head words preceded by
    whitespace). An `_ORG` match is at most 7 tokens (the name's first word, 6 more) before its head, and none of
    its words holds whitespace; trying the candidates in order and resuming after each match is `finditer`."""
    found: list[re.Match] = []
    pos = 0  # where finditer would resume
    covered = 0  # candidates before this were tried already
    for h in sorted(set(heads)):
        lo = max(_tokens_start(text, h, 7), covered, pos)
        for c in _UPPER.finditer(text, lo, h):
            p = c.start()
            if p < pos:
                continue
            m = _ORG.match(text, p)
            if m:
                found.append(m)
                pos = m.end()
        covered = max(covered, h)
    return found


def _tokens_start(text: str, pos: int, count: int) -> int:
    """The start of the `count`-th whitespace-separated token before `pos` (0 when there are fewer)."""
    span = 128
    while True:
        lo = pos - span
        chunk = text[max(lo, 0):pos]
        parts = chunk.rsplit(None, count)
        if len(parts) <= count:
            if lo <= 0:
                return 0
            span *= 4
            continue
        tail = chunk[len(parts[0]):]
        return pos - len(tail.lstrip())


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _overlaps(taken: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in taken)


class _Taken:
    """The spans claimed so far: the list of spans (in order, duplicates kept) and a byte mask of the characters
    they cover, so that `overlaps` is a C-speed search instead of a loop over every span. Spans are never empty."""

    __slots__ = ("spans", "mask")

    def __init__(self, n: int) -> None:
        self.spans: list[tuple[int, int]] = []
        self.mask = bytearray(n)

    def append(self, span: tuple[int, int]) -> None:
        start, end = span
        self.spans.append(span)
        if end > start:
            self.mask[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Same answer as `_overlaps(spans, start, end)`."""
        if start >= end or start < 0:
            return _overlaps(self.spans, start, end)
        return self.mask.find(1, start, end) != -1

    def _rebuild(self) -> None:
        mask = self.mask
        mask[:] = bytes(len(mask))
        for start, end in self.spans:
            if end > start:
                mask[start:end] = b"\x01" * (end - start)

    def _refill(self, start: int, end: int) -> None:
        """`_rebuild` when only the spans within [start, end] were removed: only the mask there changes."""
        if start < 0 or end > len(self.mask):
            self._rebuild()
            return
        mask = self.mask
        if end > start:
            mask[start:end] = bytes(end - start)
        for s, e in self.spans:
            if s < end and start < e and e > s:
                lo, hi = max(s, start), min(e, end)
                mask[lo:hi] = b"\x01" * (hi - lo)

    def remove_within(self, start: int, end: int) -> None:
        if 0 <= start < end and self.mask.find(1, start, end) == -1:
            return  # no span lies within [start, end): spans are never empty
        kept = [t for t in self.spans if not (start <= t[0] and t[1] <= end)]
        if len(kept) != len(self.spans):
            self.spans = kept
            self._refill(start, end)

    def remove_exact(self, start: int, end: int) -> None:
        kept = [t for t in self.spans if t != (start, end)]
        if len(kept) != len(self.spans):
            self.spans = kept
            self._refill(start, end)


def _whole_words(text: str, word: str) -> list[tuple[int, int]]:
    """The spans of `re.finditer(rf"\\b{re.escape(word)}\\b", text)`, found with `str.find` (a regex that starts
    with `\\b` gets no literal-prefix search and tries every position of the text). `\\b` is re's: a word
    character is `str.isalnum()` or `_`, and a boundary is a change between word and non-word characters."""
    n = len(word)
    if not n:
        return [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    first_w, last_w = _is_word(word[0]), _is_word(word[-1])
    size = len(text)
    spans = []
    i = text.find(word)
    while i != -1:
        j = i + n
        if i > 0:
            c = text[i - 1]
            before = c.isalnum() or c == "_"
        else:
            before = False
        if before != first_w:
            if j < size:
                c = text[j]
                after = c.isalnum() or c == "_"
            else:
                after = False
            if after != last_w:
                spans.append((i, j))
                i = text.find(word, j)
                continue
        i = text.find(word, i + 1)
    return spans


def _preceded_by(text: str, pos: int, words: tuple[str, ...]) -> bool:
    before = text[max(0, pos - 12):pos].lower()
    return any(before.rstrip().endswith(w) for w in words)


def _next_person(person_spans: dict[int, tuple[int, str]], text: str, pos: int) -> str | None:
    i = pos
    while i < len(text) and text[i] in " \t":
        i += 1
    found = person_spans.get(i)
    return found[1] if found else None


def _trim_name(name: str) -> str:
    """A candidate name without leading title words and trailing non-name words."""
    tokens = name.split()
    while tokens and tokens[0].rstrip(".") in NOT_NAME_WORDS:
        tokens.pop(0)
    while tokens and tokens[-1].rstrip(".") in NOT_NAME_WORDS:
        tokens.pop()
    if not tokens or tokens[0].endswith(".") or tokens[-1].endswith(".") and len(tokens[-1]) <= 2:
        return ""
    if ("'s" in name or "’s" in name) and any(t.endswith(("'s", "’s")) for t in tokens[:-1]):
        return ""
    if tokens[-1].endswith(("'s", "’s")):
        tokens[-1] = tokens[-1][:-2]
    return " ".join(tokens)
