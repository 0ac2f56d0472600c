"""Stable error codes of pledgeflow. Each rejected input or row carries one; the README lists them.

Codes are searchable: a user who sees `PF302` in a quarantine row finds the same text here and in the README.
"""
from __future__ import annotations

from enum import Enum


class ErrorCode(Enum):
    PF101 = "unreadable file"
    PF102 = "binary file"
    PF103 = "bad text encoding"
    PF104 = "file too large"
    PF105 = "unsupported file type"
    PF201 = "malformed JSON"
    PF202 = "record is not an object"
    PF203 = "malformed CSV"
    PF204 = "malformed HTML or feed"
    PF301 = "missing or empty text"
    PF302 = "impossible date"
    PF303 = "record too large"
    PF304 = "duplicate id with different text"
    PF305 = "no main text in HTML"
    PF401 = "extraction failed on the document"

    @property
    def summary(self) -> str:
        return self.value


def error_code_table() -> str:
    """Markdown table of all codes (used in the README)."""
    rows = ["| code | meaning |", "|---|---|"]
    rows += [f"| {c.name} | {c.value} |" for c in ErrorCode]
    return "\n".join(rows)
