"""The fast paths of `transforms/entities.py` give exactly the answers of the straightforward code they replace."""
from __future__ import annotations

import random
import re

import pytest

from transforms.entities import _overlaps, _Taken, _whole_words

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
