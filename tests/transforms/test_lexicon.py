"""The commitment lexicon in seeds/lexicon is well-formed and matches what it says."""
from __future__ import annotations

import csv

import pytest

from transforms.lexicon import LEXICON_DIR, load_lexicon
from transforms.schemas import COMMITMENT_KINDS, POLARITIES


def test_trigger_rows_are_well_formed():
    with (LEXICON_DIR / "commitment_triggers.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(None not in r for r in rows), "a row has more fields than the header"
    for r in rows:
        assert r["kind"] in COMMITMENT_KINDS and r["polarity"] in POLARITIES, r
        assert (r["kind"] == "refusal") == (r["polarity"] == "negative"), r
    phrases = [r["phrase"] for r in rows]
    assert len(phrases) == len(set(phrases)), "duplicate phrase"


def test_version_is_set():
    assert load_lexicon().version not in {"", "0"}


@pytest.mark.parametrize("text, phrase", [
    ("Japan pledged aid.", "pledged"),
    ("The UK and France will establish hubs.", None),  # a modal trigger
    ("Italy won't send troops.", None),
    ("The allies agreed on guarantees.", "agreed on"),
])
def test_matches(text, phrase):
    [m] = load_lexicon().matches(text)
    assert m.group("phrase") == phrase
    if phrase is None:
        assert m.group("modal") in {"will", "would"} and m.group("verb") in {"establish", "send"}


@pytest.mark.parametrize("text, phrase, matched", [
    # an adverb after the first word of a phrase is inside the match
    ("China and Venezuela are also signing agreements.", "are signing", "are also signing"),
    ("North Korea was now willing to rejoin the talks.", "was willing to", "was now willing to"),
    ("Iran is fully prepared to negotiate.", "is prepared to", "is fully prepared to"),
    # not a noun or a verb that only looks like one, and not two adverbs
    ("Japan is really, truly ready to help.", None, None),
])
def test_an_adverb_inside_a_phrase(text, phrase, matched):
    found = load_lexicon().matches(text)
    assert [(m.group("phrase"), m.group(0)) for m in found] == ([(phrase, matched)] if phrase else [])


def test_sentences_without_any_trigger_word_are_skipped():
    assert load_lexicon().matches("Officials from 35 countries gathered for the meeting.") == []


def test_a_verb_longer_than_the_scan_reads_is_refused(tmp_path):
    import shutil

    for f in LEXICON_DIR.iterdir():
        shutil.copy(f, tmp_path / f.name)
    with open(tmp_path / "undertaking_verbs.csv", "a", encoding="utf-8") as out:
        out.write("take control of,\n")
    with pytest.raises(ValueError, match="take control of"):
        load_lexicon(tmp_path)
