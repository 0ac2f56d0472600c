"""Sentence splitting with character spans into `documents.text`.

blingfire (a finite-state splitter, ~28 MB/s) is run paragraph by paragraph (line by line), then corrected where
news text defeats it: a split after a title or month abbreviation ("Gen. Smith", "Jan. 6") is undone, a piece
that starts in lowercase or is only closing punctuation/quote joins the previous sentence. Headlines and datelines
on their own line stay their own sentence, and so does a wiki heading inside a line ("===Reactions===").
"""
from __future__ import annotations

import re
import string
import threading
from bisect import bisect_right
from typing import NamedTuple

ABBREVIATIONS = frozenset("""
Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Brig Gov Sen Rep Rev Hon Pres Amb Sec Supt Insp Det Prof Dr Mr Mrs Ms
St Mt Ft No Nos Vol Art Sec Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Inc Corp Ltd Co Bros Jr Sr vs approx
est Gens Govs Sens Reps
""".split())
_ASCII_LETTERS = frozenset(string.ascii_letters)
_CLOSING = "\"'”’)]»"  # a piece made only of these joins the previous sentence
_TEXT_TO_SENTENCES = None


class Sentence(NamedTuple):
    """One sentence: its 0-based index and [start, end) span in the document text."""

    index: int
    start: int
    end: int


def sentence_spans(text: str) -> list[Sentence]:
    """Every sentence of `text`, in order, as spans (whitespace trimmed, never empty)."""
    splitter = _splitter()
    spans: list[tuple[int, int]] = []
    pos = 0
    for whole_line in text.split("\n") if "\n" in text else (text,):
        line_at = pos
        pos += len(whole_line) + 1
        if not whole_line.strip():
            continue
        for offset, line in _heading_parts(whole_line):
            spans += _line_spans(line, line_at + offset, splitter)
    new = tuple.__new__
    return [new(Sentence, (i, a, b)) for i, (a, b) in enumerate(spans)]


# a wiki heading inside a line ("... she said. ===Nuclear Non-Proliferation Treaty (NPT)=== The NPT permits ..."):
# the corpus lost the line breaks around some headings; a heading is a sentence of its own. So is a wiki magic
# word ("Australian news __NOTOC__ The Australian foreign minister ...": a topic tag, the word, the first sentence)
_HEADING = re.compile(r"={2,}[^=\n]{1,100}?={2,}|__[A-Z]{3,20}__")


def _heading_parts(line: str) -> list[tuple[int, str]]:
    """The line cut before and after each wiki heading or magic word inside it, as (offset, text) parts."""
    if "==" not in line and "__" not in line:
        return [(0, line)]
    parts, cut = [], 0
    for h in _HEADING.finditer(line):
        parts += [(cut, line[cut:h.start()]), (h.start(), line[h.start():h.end()])]
        cut = h.end()
    parts.append((cut, line[cut:]))
    return [(o, t) for o, t in parts if t.strip()]


def _line_spans(line: str, start_of_line: int, splitter) -> list[tuple[int, int]]:
    """The sentence spans of one line (or part of one) that starts at `start_of_line` in the text."""
    merged: list[list[int]] = []
    pieces = _line_pieces(line, splitter)
    if ". " in line and _DOT_NUMBER.search(line) and _NUMBER_OPENS.search(line):
        pieces = [cut for a, b in pieces for cut in _cut_before_numbers(line, a, b)]
    if "[" in line and (links := [(m.start(1), m.end(1)) for m in _LINK.finditer(line)]):
        pieces = [cut for a, b in pieces for cut in _cut_around_links(line, a, b, links)]
    for a, b in pieces:
        if merged:
            last = merged[-1]
            first = line[a]
            if first.islower() or first in ",;:" or (first in _CLOSING and not line[a:b].strip(_CLOSING)) \
                    or _ends_with_abbreviation(line, last[0], last[1]):
                last[1] = b
                continue
        merged.append([a, b])
    return [(start_of_line + a, start_of_line + b) for a, b in merged]


# a sentence that opens with a number after one that ends with a lower-case word ("... passed the resolution with
# a large majority. 156 countries supported ..."): blingfire keeps them together; "No. 5", "approx. 300" do not
# end in a lower-case word of three letters or more that is not an abbreviation
_NUMBER_OPENS = re.compile(r"(?<=[a-z]{3}\.) (?=\d)")
# every match of _NUMBER_OPENS is inside one of this (found fast: a literal first), which most lines lack
_DOT_NUMBER = re.compile(r"\. \d")


def _cut_before_numbers(line: str, a: int, b: int) -> list[tuple[int, int]]:
    """line[a:b] cut before each number that opens a sentence (see `_NUMBER_OPENS`)."""
    return _cut_at(line, a, b, [m.end() for m in _NUMBER_OPENS.finditer(line, a, b)
                                if not _ends_with_abbreviation(line, a, m.start())])


# an external link left bare by the corpus's markup loss, after a sentence's end ('... da Silva said.
# [http://internacional.radiobras.gov.br/...] Mahmoud Abbas said ...'): blingfire keeps the sentences before and
# after it together; the link is a piece of its own
# (a run of links, or one in an HTML comment, is one piece: 'said. [http://a] [http://b] Abbas', 'visit.<!-- [http://a]
# --> The agreement'); found on the whole line, since blingfire may already have cut before the "["
_ONE_LINK = r"\[(?:https?://|www\.)[^\]\n]{0,300}\]"
_LINK = re.compile(rf"(?<=[.!?\"”])\s*((?:<!--\s*)?{_ONE_LINK}(?:\s*{_ONE_LINK})*(?:\s*-->)?)(?=\s+[A-Z\"“<])")


def _cut_around_links(line: str, a: int, b: int, links: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """line[a:b] cut at the bounds of the bare links (`_LINK`, spans in the line) that fall inside it."""
    return _cut_at(line, a, b, sorted({x for start, end in links for x in (start, end) if a < x < b}))


def _cut_at(line: str, a: int, b: int, cuts: list[int]) -> list[tuple[int, int]]:
    """line[a:b] cut at `cuts` (ascending, inside it), each non-blank part stripped."""
    if not cuts:
        return [(a, b)]
    bounds = [a, *cuts, b]
    return [_stripped(line, x, y) for x, y in zip(bounds, bounds[1:]) if line[x:y].strip()]


def _ends_with_abbreviation(line: str, a: int, b: int) -> bool:
    """Whether line[a:b] ends with "<ASCII letters>." and those letters are an abbreviation ("Gen.", "Jan.")."""
    if line[b - 1] != ".":
        return False
    k = b - 1
    while k > a and line[k - 1] in _ASCII_LETTERS:
        k -= 1
    return k < b - 1 and line[k:b - 1] in ABBREVIATIONS


def _line_pieces(line: str, splitter) -> list[tuple[int, int]]:
    """Sentence spans of one line. blingfire's own offset API maps offsets in a Python loop (slow); its C
    splitter returns the sentences as text, which we locate in the line in order."""
    try:
        pieces_text = splitter(line).split("\n")
    except Exception:  # blingfire is robust, but never let one odd line drop text
        pieces_text = []
    starts = []
    cursor = 0
    find = line.find
    for piece in pieces_text:
        head = piece.strip()[:12]
        if not head:
            continue
        found = find(head, cursor)
        if found < 0:
            return [_stripped(line, 0, len(line))]  # blingfire changed the text: keep the line whole
        starts.append(found)
        # past the whole piece, not only its head: the next piece may open with words said inside this one ("North
        # Korea has ... test. ... have all urged North Korea to abandon ... North Korea released ..."); blingfire
        # only drops or collapses spaces, so the piece is never longer than its stretch of the line
        cursor = found + len(piece.strip())
    if not starts:
        return [_stripped(line, 0, len(line))] if line.strip() else []
    starts[0] = 0
    starts.append(len(line))
    out = []
    for i in range(len(starts) - 1):
        a, b = starts[i], starts[i + 1]
        piece = line[a:b]
        kept = piece.strip()
        if kept:
            a += len(piece) - len(piece.lstrip())
            out.append((a, a + len(kept)))
    return out


def _stripped(line: str, a: int, b: int) -> tuple[int, int]:
    piece = line[a:b]
    kept = piece.strip()
    if not kept:
        return b, b
    a += len(piece) - len(piece.lstrip())
    return a, a + len(kept)


def _splitter():
    """blingfire's `text_to_sentences`, called through its C function with a reused (per-thread) output buffer:
    the same result, without allocating and zeroing a fresh buffer for every line."""
    global _TEXT_TO_SENTENCES
    if _TEXT_TO_SENTENCES is None:
        import ctypes

        import blingfire

        fn = ctypes.CDLL(blingfire.blingfire._name).TextToSentences  # own function object: blingfire's untouched
        fn.argtypes = (ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_int)
        fn.restype = ctypes.c_int
        local = threading.local()
        string_at = ctypes.string_at

        def text_to_sentences(line: str) -> str:
            data = line.encode("utf-8")
            n = len(data)
            cap = 2 * n  # blingfire's own output limit
            buf = getattr(local, "buf", None)
            if buf is None or len(buf) < cap:
                buf = ctypes.create_string_buffer(max(cap, 1 << 16))
                if cap <= 1 << 20:  # keep it for the next lines (a huge line's buffer is not kept)
                    local.buf = buf
            out_len = fn(data, n, buf, cap)
            if out_len == -1 or out_len > cap:
                return ""
            raw = string_at(buf, out_len)
            nul = raw.find(b"\0")
            if nul < 0:  # not the NUL-terminated output we expect: let blingfire's wrapper decide
                return blingfire.text_to_sentences(line)
            return raw[:nul].decode("utf-8")

        _TEXT_TO_SENTENCES = text_to_sentences
    return _TEXT_TO_SENTENCES


def sentence_position_at(sentences: list[Sentence], offset: int) -> int:
    """Position in `sentences` of the sentence containing `offset` (the nearest preceding one when between
    sentences; 0 before the first)."""
    return max(0, bisect_right(sentences, offset, key=_start_of) - 1)


def sentence_index_at(sentences: list[Sentence], offset: int) -> int:
    """Index of the sentence containing `offset` (the nearest preceding one when between sentences)."""
    return sentences[sentence_position_at(sentences, offset)].index if sentences else 0


def _start_of(sent: Sentence) -> int:
    return sent.start
