"""Money amounts and counts in text: "$500 million" -> (5e8, USD), "£120m" -> (1.2e8, GBP), "€90bn" -> (9e10, EUR),
"15,000 to 30,000 troops" -> (30000, troops)."""
from __future__ import annotations

import re
from typing import NamedTuple

SYMBOLS = {"us$": "USD", "$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "nz$": "NZD",
           "hk$": "HKD", "s$": "SGD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
           "₺": "TRY", "r$": "BRL"}
CODES = ("USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "NZD", "INR", "RUB", "KRW", "BRL", "ZAR",
         "SEK", "NOK", "DKK", "PLN", "TRY", "SAR", "AED", "QAR")
WORDS = {"dollars": "USD", "us dollars": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
         "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR",
         "roubles": "RUB", "rubles": "RUB", "won": "KRW", "francs": "CHF", "swiss francs": "CHF",
         "norwegian crowns": "NOK", "norwegian kroner": "NOK", "swedish crowns": "SEK", "swedish kronor": "SEK",
         "danish crowns": "DKK", "danish kroner": "DKK", "rand": "ZAR", "reais": "BRL", "zlotys": "PLN",
         "riyals": "SAR", "dirhams": "AED", "lira": "TRY"}
SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9,
         "b": 1e9, "trillion": 1e12, "tn": 1e12}
UNITS = ("troops", "soldiers", "personnel", "police", "police officers", "officers", "peacekeepers", "interceptors",
         "missiles", "tanks", "aircraft", "jets", "fighter jets", "helicopters", "drones", "vehicles",
         "armoured vehicles", "armored vehicles", "artillery", "howitzers", "shells", "rounds", "ships", "warships",
         "refugees", "tonnes", "tons", "doses", "launchers", "systems", "patriot interceptors", "patriot missiles")

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:thousand|million|billion|trillion|mln|mn|bn|tn|m|k|b)\b"
_SYM = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
_MONEY_SYM = re.compile(rf"(?<![\w$])(?P<sym>{_SYM})\s?(?P<num>{_NUM})(?:\s?(?P<scale>{_SCALE}))?", re.IGNORECASE)
_MONEY_CODE = re.compile(rf"\b(?P<code>{'|'.join(CODES)})\s?(?P<num>{_NUM})(?:\s?(?P<scale>{_SCALE}))?")
_MONEY_WORD = re.compile(rf"\b(?P<num>{_NUM})(?:\s?(?P<scale>{_SCALE}))?\s+(?P<word>"
                         rf"{'|'.join(re.escape(w) for w in sorted(WORDS, key=len, reverse=True))})\b",
                         re.IGNORECASE)
_COUNT = re.compile(rf"\b(?:(?P<low>{_NUM})\s*(?:to|-|–|and)\s*)?(?P<num>{_NUM})(?:\s?(?P<scale>thousand|million))?"
                    rf"\s+(?:(?:more|additional|new|extra|(?-i:[A-Z][a-z]+))\s+)?(?P<unit>"
                    rf"{'|'.join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))})\b", re.IGNORECASE)


_DIGIT = re.compile(r"\d")  # every amount and count has one (`_NUM`): without, nothing to look for


class Money(NamedTuple):
    value: float
    currency: str
    start: int
    end: int


class Count(NamedTuple):
    value: float
    unit: str
    start: int
    end: int


def _number(num: str, scale: str | None) -> float:
    value = float(num.replace(",", ""))
    return value * SCALE.get((scale or "").lower(), 1.0)


def money_amounts(text: str) -> list[Money]:
    """Every money amount in `text`, in order."""
    if not _DIGIT.search(text):
        return []
    found = []
    for m in _MONEY_SYM.finditer(text):
        scale = m.group("scale")
        if scale and scale.lower() == "m" and text[m.end("scale"):m.end("scale") + 1].isalpha():
            scale = None
        found.append(Money(_number(m.group("num"), scale), SYMBOLS[m.group("sym").lower()], m.start(), m.end()))
    for m in _MONEY_CODE.finditer(text):
        code = "CNY" if m.group("code") == "RMB" else m.group("code")
        found.append(Money(_number(m.group("num"), m.group("scale")), code, m.start(), m.end()))
    for m in _MONEY_WORD.finditer(text):
        found.append(Money(_number(m.group("num"), m.group("scale")), WORDS[m.group("word").lower()], m.start(),
                           m.end()))
    found.sort(key=lambda x: x.start)
    out: list[Money] = []
    for x in found:
        if not out or x.start >= out[-1].end:
            out.append(x)
    return out


def counts(text: str) -> list[Count]:
    """Counts of troops and equipment ("15,000 to 30,000 troops" -> 30000 troops; the upper bound of a range)."""
    if not _DIGIT.search(text):
        return []
    out = []
    for m in _COUNT.finditer(text):
        before = text[max(0, m.start() - 1):m.start()]
        if before and before in "$£€¥":
            continue
        out.append(Count(_number(m.group("num"), m.group("scale")), m.group("unit").lower(), m.start(), m.end()))
    return out
