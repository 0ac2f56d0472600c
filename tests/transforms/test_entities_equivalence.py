"""The fast paths of `transforms/entities.py` give exactly the answers of the straightforward code they replace."""
from __future__ import annotations

import random
import re

import pytest

from transforms.entities import (_ORG, _SAID_VERB, EntityExtractor, Hit, _is_word, _lowered, _org_matches,
                                 _overlaps, _Taken, _whole_words)
from transforms.reference import load_reference

ALPHABET = "ab_ 1.-é'’Ⓐ\n"


@pytest.mark.parametrize("seed", range(20))
def test_whole_words_is_finditer_with_word_boundaries(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(200):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40)))
        word = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 3)))
        expected = [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
        assert _whole_words(text, word) == expected, (text, word)


def test_whole_words_examples() -> None:
    text = "Kushner said; Kushner's aide, not Kushnerite, met _Kushner and Kushner."
    assert _whole_words(text, "Kushner") == [(0, 7), (14, 21), (63, 70)]
    assert _whole_words("a.b.a.b.", "a.b.") == [m.span() for m in re.finditer(r"\ba\.b\.\b", "a.b.a.b.")]


@pytest.mark.parametrize("seed", range(10))
def test_taken_mask_answers_like_the_span_list(seed: int) -> None:
    rng = random.Random(seed)
    n = 60
    taken = _Taken(n)
    spans: list[tuple[int, int]] = []
    for _ in range(300):
        op = rng.random()
        s = rng.randrange(n)
        e = min(n, s + rng.randint(1, 8))
        if op < 0.5:
            taken.append((s, e))
            spans.append((s, e))
        elif op < 0.6:
            taken.remove_within(s, e)
            spans = [t for t in spans if not (s <= t[0] and t[1] <= e)]
        elif op < 0.7 and spans:
            t = rng.choice(spans)
            taken.remove_exact(*t)
            spans = [x for x in spans if x != t]
        qs = rng.randrange(n)
        qe = qs + rng.randint(-2, 8)
        assert taken.overlaps(qs, qe) == _overlaps(spans, qs, qe), (spans, qs, qe)
        assert taken.spans == spans


@pytest.fixture(scope="module")
def entities() -> EntityExtractor:
    return EntityExtractor.from_reference(load_reference())


def reference_hits(ex: EntityExtractor, text: str) -> list[Hit]:
    """The alias scan as first written: one pass of `ex.automaton`, checks per reading."""
    low = _lowered(text)
    found: list[Hit] = []
    n = len(text)
    for end_idx, (length, values) in ex.automaton.iter(low):
        start, end = end_idx - length + 1, end_idx + 1
        if start > 0 and _is_word(text[start - 1]):
            continue
        plural = False
        if end < n and _is_word(text[end]):
            if not (text[end] == "s" and (end + 1 == n or not _is_word(text[end + 1]))):
                continue
            plural = True
        surface = text[start:end]
        for a in values:
            if plural and a.kind != "demonym":
                continue
            ok = surface == a.alias if a.case_sensitive else \
                surface == a.alias or surface[:1].isupper() or a.alias[:1].islower()
            if ok:
                found.append(Hit(start, end + plural, a))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    chosen: list[Hit] = []
    last_end = -1
    for h in found:
        if h.start >= last_end:
            chosen.append(h)
            last_end = h.end
        elif chosen and h.start == chosen[-1].start and h.end == chosen[-1].end:
            chosen.append(h)
    return chosen


TEXTS = [
    "LONDON, April 15 — British Prime Minister Keir Starmer said the UK and France will send troops; "
    "the Palestinians and Israelis, the U.S. and the us-led Coalition of the Willing met in Paris.",
    "The Revolutionary United Front (RUF) said on Monday, according to the Sierra Leone People's Party, that "
    "the RUF will not disarm. Foreign Minister Sugiono told reporters; Kushner said; unsaid, saidx, SAID.",
    "Ukraine's President\nVolodymyr Zelensky and the Russian President, envoy Steve Witkoff, the Donetsk and "
    "Donbas regions, the Kremlin, Downing Street, Moscow said, a summit in Kyiv. Turkey, turkey, TURKEY, Chad.",
    "A  Very   Long Name Of The Brigades Brigade Programme Program\tParty's Forces, National\nAssembly "
    "(NA) and the al-Aqsa Martyrs Brigades; the Ministry of Defence; Bank of England; World Health Organization",
    "İstanbul ΣΟΦΙΑ straße ﬁnance — the Iraqi and Iranian delegations, the EU and the UN, Xi and Putin met.",
]


def _random_text(rng: random.Random, words: list[str]) -> str:
    seps = [" ", " ", " ", ", ", ". ", "\n", " (", ") ", "'s ", "-", "  ", "\t", "’s "]
    return "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 60)))


def _vocabulary(ex: EntityExtractor) -> list[str]:
    rng = random.Random(7)
    aliases = sorted({a.alias for a in ex.reference.aliases})
    titles = sorted({t.title for t in ex.reference.titles})
    words = rng.sample(aliases, 300) + titles + ["said", "says", "told", "according to", "Said", "Party",
                                                "Front", "Council", "Brigades", "party", "of", "the", "and",
                                                "Alexus", "Grynkewich", "Maria", "Lopez", "RUF", "National",
                                                "People", "Democratic", "The", "al-Qaeda", "Union", "xParty"]
    return words + [w.upper() for w in words[:50]] + [w.lower() for w in words[:50]]


def test_scan_matches_the_separate_passes(entities: EntityExtractor) -> None:
    rng = random.Random(3)
    words = _vocabulary(entities)
    texts = TEXTS + [_random_text(rng, words) for _ in range(400)]
    for text in texts:
        low = _lowered(text)
        hits, titles, said, heads = entities._scan_text(text, low)
        assert hits == reference_hits(entities, text), text
        assert titles == [(end, title) for end, title in entities.title_automaton.iter(low)
                          if not (end + 1 - len(title) > 0 and _is_word(text[end - len(title)]))
                          and not (end + 1 < len(text) and _is_word(text[end + 1]))], text
        assert said == [m.span() for m in _SAID_VERB.finditer(text)], text
        assert [(m.span(), m.groupdict()) for m in _org_matches(text, heads)] == \
            [(m.span(), m.groupdict()) for m in _ORG.finditer(text)], text


def test_org_matches_far_from_the_head() -> None:
    text = "x" * 500 + " Alpha Beta of the Gamma Delta and Epsilon Council (ABGDE) met the" + " " * 300 + \
        "Zeta   Eta\n\nTheta Iota Kappa Lambda Mu Nu Party"
    heads = [m.start() for m in re.finditer(r"(?<=\s)(?:Council|Party)", text)]
    assert [m.span() for m in _org_matches(text, heads)] == [m.span() for m in _ORG.finditer(text)]


def test_grouped_title_pattern_matches_like_title_re(entities: EntityExtractor) -> None:
    fast = entities._title_fast
    assert fast is not None and fast.pattern != entities.title_re.pattern
    rng = random.Random(5)
    titles = sorted(entities.title_roles)
    odd = {"i": "İ", "k": "K", "s": "ſ", " ": "\n  "}
    for _ in range(3000):
        title = rng.choice(titles)
        title = "".join(odd.get(c, c) if rng.random() < 0.2 else c.upper() if rng.random() < 0.3 else c
                        for c in title)
        text = rng.choice(["'s ", "’s\t", " ", "  ", "s ", ""]) + title + rng.choice(["", " Keir", "s", ".", "-x"])
        for pos in (0, 1):
            a, b = entities.title_re.match(text, pos), fast.match(text, pos)
            assert (a and (a.span(), a.span("title"))) == (b and (b.span(), b.span("title"))), text
