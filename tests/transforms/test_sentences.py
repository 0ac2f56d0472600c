"""Sentence splitting: the hard cases of news text, as a golden table."""
from __future__ import annotations

import pytest

from transforms.sentences import sentence_index_at, sentence_spans


def pieces(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentence_spans(text)]


@pytest.mark.parametrize("text, expected", [
    # abbreviations do not end a sentence
    ("Gen. Smith met Lt. Col. Jones on Jan. 6 in Kyiv. They talked.",
     ["Gen. Smith met Lt. Col. Jones on Jan. 6 in Kyiv.", "They talked."]),
    ("The U.S. and the U.K. signed the deal. France did not.",
     ["The U.S. and the U.K. signed the deal.", "France did not."]),
    # a quotation ending in ." or followed by its attribution stays one sentence
    ("“We will send troops,” said Starmer. Macron agreed.", ["“We will send troops,” said Starmer.", "Macron agreed."]),
    # a headline or dateline on its own line is its own sentence
    ("France pledges aid\nPARIS — France pledged aid on Monday. It was welcomed.",
     ["France pledges aid", "PARIS — France pledged aid on Monday.", "It was welcomed."]),
    # a wiki heading inside a line is its own sentence, and "==" alone is no heading
    ("She said so. ===Nuclear Non-Proliferation Treaty (NPT)=== The NPT permits five states.",
     ["She said so.", "===Nuclear Non-Proliferation Treaty (NPT)===", "The NPT permits five states."]),
    ("If A == B the test passes. Next.", ["If A == B the test passes.", "Next."]),
    # a wiki magic word after a topic tag ends it; the first sentence follows
    ("Australian news __NOTOC__ The minister said Australia will not export uranium.",
     ["Australian news", "__NOTOC__", "The minister said Australia will not export uranium."]),
    ("A snake_case__name stays.", ["A snake_case__name stays."]),
    # a sentence may open with a number; an abbreviation before a number is no end
    ("The Assembly passed the resolution with a large majority. 156 countries supported it.",
     ["The Assembly passed the resolution with a large majority.", "156 countries supported it."]),
    ("It weighs approx. 300 tonnes and is ship No. 5 of the class.",
     ["It weighs approx. 300 tonnes and is ship No. 5 of the class."]),
    ("Growth was 2.5 per cent. 2008 was worse.", ["Growth was 2.5 per cent.", "2008 was worse."]),
    # a bare external link after a sentence's end is a piece of its own; a link inside a sentence stays in it
    ('"We want a fair deal", da Silva said. [http://radiobras.gov.br/materia.php?q=1] Abbas said Israel must leave.',
     ['"We want a fair deal", da Silva said.', "[http://radiobras.gov.br/materia.php?q=1]",
      "Abbas said Israel must leave."]),
    ('Lula said "we will go." [http://a.gov.br/x Radiobras] Abbas said so.',
     ['Lula said "we will go."', "[http://a.gov.br/x Radiobras]", "Abbas said so."]),
    ("He said so. [http://a.com] [http://b.com] Abbas said so.",
     ["He said so.", "[http://a.com] [http://b.com]", "Abbas said so."]),
    ("See [http://example.org the report] for details. It is long.",
     ["See [http://example.org the report] for details.", "It is long."]),
    # a sentence that opens with words said inside the one before it starts where it starts, not at those words
    ("North Korea has tested a bomb. The United States urged North Korea to stop. North Korea refused.",
     ["North Korea has tested a bomb.", "The United States urged North Korea to stop.", "North Korea refused."]),
    ("Iran nuclear talks Britain, France and Germany have all urged Iran nuclear talks to resume soon. Iran nuclear "
     "talks ended in May.",
     ["Iran nuclear talks Britain, France and Germany have all urged Iran nuclear talks to resume soon.",
      "Iran nuclear talks ended in May."]),
])
def test_sentence_spans(text, expected):
    assert pieces(text) == expected


def test_spans_index_the_text_and_are_ordered():
    text = "One. ==Two== Three.\n\nFour five. Six."
    spans = sentence_spans(text)
    assert [s.index for s in spans] == list(range(len(spans)))
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert [sentence_index_at(spans, s.start) for s in spans] == [s.index for s in spans]
