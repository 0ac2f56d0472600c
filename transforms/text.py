"""Text normalisation shared by every reader: the one place that decides what `documents.text` is.

Rules (never change words; every character offset downstream indexes the result):
- line breaks become "\\n" (CRLF and CR converted), paragraph breaks (blank lines) are kept;
- Unicode is normalised to NFC;
- control characters other than "\\n" and "\\t" are dropped, and so is the byte-order mark / zero-width no-break
  space (U+FEFF);
- leading and trailing whitespace of the whole text is stripped.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff]")
_BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article",
               "tr", "figcaption", "dd", "dt")


def normalized_text(raw: str) -> str:
    """The canonical form of a document's text (see module docstring)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    return text.strip()


def text_sha256(text: str) -> str:
    """Hex SHA-256 of the UTF-8 bytes of `text`."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_id(text: str) -> str:
    """Stable document id derived from the normalised text."""
    return "doc-" + text_sha256(text)[:16]


def stable_id(prefix: str, *parts: object) -> str:
    """A short content-derived id: prefix + 16 hex of SHA-1 over the parts."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]
    return f"{prefix}-{digest}"


def html_fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (feed item content): one paragraph per block element, blank lines between."""
    import lxml.html

    if not html.strip():
        return ""
    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except (ValueError, lxml.etree.ParserError):
        return html
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n\n" + (el.tail or "")
        if el.text:
            el.text = "\n\n" + el.text
    for bad in root.iter("script", "style"):
        bad.drop_tree()
    paragraphs = []
    for block in re.split(r"\n\s*\n", root.text_content()):
        line = " ".join(block.split())
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


def translated(text: str, ascii_table: dict[int, str], other: Callable[[str], str]) -> str:
    """`text` with each ASCII character mapped by `ascii_table` (a `str.maketrans` table covering all of ASCII) and
    every other character by `other`; the same length, so offsets stay valid. ASCII text takes a C fast path, and
    the ASCII stretches between the (few) other characters too: they are found by the "?" that stands for each of
    them in the ASCII encoding."""
    if text.isascii():
        return text.translate(ascii_table)
    encoded = text.encode("ascii", "replace")
    pieces = []
    done = 0
    i = encoded.find(63)  # "?"
    while i != -1:
        c = text[i]
        if c != "?":
            pieces.append(text[done:i].translate(ascii_table))
            pieces.append(other(c))
            done = i + 1
        i = encoded.find(63, i + 1)
    pieces.append(text[done:].translate(ascii_table))
    return "".join(pieces)
