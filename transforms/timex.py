"""Dates in news text resolved against the publication date: "on Tuesday" -> the latest Tuesday on or before
publication; "January 6" -> that day in the publication year (the previous year if that would be more than a week
after publication); "yesterday"/"today"; deadlines "by 2035", "by the end of 2026", "by March 2027"."""
from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = re.compile(rf"\b(?:on\s+)?(?:(?P<wd>{'|'.join(WEEKDAYS)})(?:,?\s+(?P<m1>{_MONTH_ALT})\.?\s+(?P<d1>\d{{1,2}}))?"
                  rf"|(?P<m2>{_MONTH_ALT})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}))?"
                  rf"|(?P<rel>yesterday|today))\b", re.IGNORECASE)
# every date expression holds one of these (weekdays, "today", "yesterday": "day"; months: their first three letters)
_DATE_WORDS = tuple(sorted({"day"} | {w for w in WEEKDAYS if "day" not in w} | {m[:3] for m in MONTHS}))
_CASE_ODD = "İıſK"  # match an ASCII letter case-insensitively, but do not lowercase to it
_DEADLINE = re.compile(rf"\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?(?:(?P<month>{_MONTH_ALT})\s+)?"
                       rf"(?P<year>(?:19|20)\d{{2}})\b", re.IGNORECASE)


def _key(word: str) -> str:
    """The lookup key of a matched month or weekday name. The patterns match case-insensitively, so they also
    match a few non-ASCII letters that fold to ASCII ones ("ſept" with a long s, a Kelvin sign K, dotted/dotless
    i); NFKD and dropping combining marks bring those back to the ASCII spelling the tables hold."""
    folded = unicodedata.normalize("NFKD", word.rstrip(".")).lower().replace("ı", "i")
    return "".join(c for c in folded if not unicodedata.combining(c))


def event_date(text: str, published: dt.date | None) -> dt.date | None:
    """The date of the statement: the first date expression in `text` resolved against `published`, when it falls
    within a year before to a week after publication (a date outside that is history or plans, not the day the
    statement was made). None when absent, outside that window, or undated."""
    if published is None:
        return None
    day = _first_date(text, published)
    if day is None or not published - dt.timedelta(days=366) <= day <= published + dt.timedelta(days=7):
        return None
    return day


def _first_date(text: str, published: dt.date) -> dt.date | None:
    low = text.lower()
    if not any(w in low for w in _DATE_WORDS) and not any(c in text for c in _CASE_ODD):
        return None  # no weekday, month, "today" or "yesterday": nothing for `_DAY` to find
    for m in _DAY.finditer(text):
        if m.group("rel"):
            return published - dt.timedelta(days=1) if m.group("rel").lower() == "yesterday" else published
        month = m.group("m1") or m.group("m2")
        day = m.group("d1") or m.group("d2")
        if month and day:
            year = int(m.group("y2")) if m.group("y2") else published.year
            number = MONTHS.get(_key(month))
            if number is None:
                continue
            try:
                d = dt.date(year, number, int(day))
            except ValueError:
                continue
            if not m.group("y2") and d > published + dt.timedelta(days=7):
                try:
                    d = d.replace(year=year - 1)
                except ValueError:
                    continue
            return d
        if m.group("wd") and _key(m.group("wd")) in WEEKDAYS:
            back = (published.weekday() - WEEKDAYS[_key(m.group("wd"))]) % 7
            return published - dt.timedelta(days=back)
    return None


def deadline(text: str) -> str | None:
    """A stated deadline as 'YYYY' or 'YYYY-MM' ("by 2035", "by the end of March 2027")."""
    if "19" not in text and "20" not in text:
        return None  # no year (19xx, 20xx) to find
    m = _DEADLINE.search(text)
    if not m:
        return None
    if m.group("month") and _key(m.group("month")) in MONTHS:
        return f"{m.group('year')}-{MONTHS[_key(m.group('month'))]:02d}"
    return m.group("year")
