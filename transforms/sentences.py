"""Sentence splitting with character spans into `documents.text`.

blingfire (a finite-state splitter, ~28 MB/s) is run paragraph by paragraph (line by line), then corrected where
news text defeats it: a split after a title or month abbreviation ("Gen. Smith", "Jan. 6") is undone, a piece
that starts in lowercase or is only closing punctuation/quote joins the previous sentence. Headlines and datelines
on their own line stay their own sentence.
"""
from __future__ import annotations

import re
from typing import NamedTuple

ABBREVIATIONS = frozenset("""
Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Brig Gov Sen Rep Rev Hon Pres Amb Sec Supt Insp Det Prof Dr Mr Mrs Ms
St Mt Ft No Nos Vol Art Sec Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Inc Corp Ltd Co Bros Jr Sr vs approx
est Gens Govs Sens Reps
""".split())
_LAST_WORD = re.compile(r"([A-Za-z]+)\.$")
_ONLY_CLOSING = re.compile(r"^[\"'”’)\]»]+$")


class Sentence(NamedTuple):
    """One sentence: its 0-based index and [start, end) span in the document text."""

    index: int
    start: int
    end: int


def sentence_spans(text: str) -> list[Sentence]:
    """Every sentence of `text`, in order, as spans (whitespace trimmed, never empty)."""
    import blingfire

    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start_of_line = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        pieces = _line_pieces(line, blingfire)
        merged: list[list[int]] = []
        for a, b in pieces:
            piece = line[a:b]
            if merged:
                prev = line[merged[-1][0]:merged[-1][1]]
                m = _LAST_WORD.search(prev)
                if (m and m.group(1) in ABBREVIATIONS) or _ONLY_CLOSING.match(piece) or piece[:1].islower() \
                        or piece[:1] in ",;:":
                    merged[-1][1] = b
                    continue
            merged.append([a, b])
        spans += [(start_of_line + a, start_of_line + b) for a, b in merged]
    return [Sentence(i, a, b) for i, (a, b) in enumerate(spans)]


def _line_pieces(line: str, blingfire) -> list[tuple[int, int]]:
    """Sentence spans of one line. blingfire's own offset API maps offsets in a Python loop (slow); its C
    splitter returns the sentences as text, which we locate in the line in order."""
    try:
        pieces_text = blingfire.text_to_sentences(line).split("\n")
    except Exception:  # blingfire is robust, but never let one odd line drop text
        pieces_text = []
    starts = []
    cursor = 0
    for piece in pieces_text:
        head = piece.strip()[:12]
        if not head:
            continue
        found = line.find(head, cursor)
        if found < 0:
            return [_stripped(line, 0, len(line))]  # blingfire changed the text: keep the line whole
        starts.append(found)
        cursor = found + len(head)
    if not starts:
        return [_stripped(line, 0, len(line))] if line.strip() else []
    starts[0] = 0
    bounds = starts[1:] + [len(line)]
    return [span for a, b in zip(starts, bounds) if (span := _stripped(line, a, b))[1] > span[0]]


def _stripped(line: str, a: int, b: int) -> tuple[int, int]:
    while a < b and line[a].isspace():
        a += 1
    while b > a and line[b - 1].isspace():
        b -= 1
    return a, b


def sentence_index_at(sentences: list[Sentence], offset: int) -> int:
    """Index of the sentence containing `offset` (the nearest preceding one when between sentences)."""
    lo, hi = 0, len(sentences) - 1
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if sentences[mid].start <= offset:
            best = mid
            lo = mid + 1
        else:
            hi = mid - 1
    return sentences[best].index if sentences else 0
