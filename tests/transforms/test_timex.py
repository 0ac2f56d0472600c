"""Dates resolved against the publication date, and deadlines (transforms/timex.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from transforms.timex import deadline, event_date

PUBLISHED = dt.date(2026, 1, 7)  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("on Tuesday, January 6, leaders met in Paris", dt.date(2026, 1, 6)),
    ("Germany said on Monday it would send aid", dt.date(2026, 1, 5)),
    ("Kenya signed the accord yesterday", dt.date(2026, 1, 6)),
    ("The deal was agreed on Dec. 30", dt.date(2025, 12, 30)),
    ("The deal was agreed on Sept. 3", dt.date(2025, 9, 3)),
    ("Ghana signed the accord on March 3, 2019", None),  # outside the window: history, not the statement day
    ("Ukraine pledged to keep fighting", None),
    # case-insensitive matching also matches letters that fold to ASCII ones: resolved, never a crash
    ("The pact was signed on ſept. 3", dt.date(2025, 9, 3)),
    ("Talks resumed on ſunday", dt.date(2026, 1, 4)),
    ("The pact was signed on \u212aay 3", None),  # not a month once folded
])
def test_event_date(text, expected):
    assert event_date(text, PUBLISHED) == expected


def test_event_date_needs_a_publication_date():
    assert event_date("on Tuesday, January 6", None) is None


@pytest.mark.parametrize("text, expected", [
    ("to reach net zero by 2050", "2050"),
    ("troops will leave by the end of March 2027", "2027-03"),
    ("a ceasefire by ſeptember 2026", "2026-09"),
    ("aid worth $5bn", None),
])
def test_deadline(text, expected):
    assert deadline(text) == expected
