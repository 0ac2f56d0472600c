#!/usr/bin/env python3
"""Self-check for the geo/org reference seeds written by build_geo.py.

Standard library only; run with any Python >= 3.11:

    python3 seeds/build/check_reference.py

Exits non-zero on the first failed check.  Checks:
  * headers, required (non-empty) fields, allowed enum values, no duplicate rows
  * unique ids; every foreign key (iso3, org_id, location_id) resolves
  * no (id, alias) duplicate and no alias mapped to two different ids in a file
  * every countries.csv iso3 has >= 1 alias; every state has name + capital or
    documented exception + adjective/demonym or documented exception
  * no alias of length <= 3 is case-insensitive; acronyms are case-sensitive
  * 'us', 'chad', 'turkey' ... in lowercase text do NOT match any alias
  * QIDs look like Q<digits>; VERSION line present
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REF = Path(__file__).resolve().parent.parent / "reference"
FAILS: list[str] = []

# documented in README ("Known gaps")
NO_CAPITAL_OK = {"BEL", "SYC", "PSE", "MCO", "SGP", "VAT"}
NO_ADJ_OK = {"CAF", "COD", "COG", "DMA", "FSM"}


def check(cond: bool, msg: str) -> None:
    if not cond:
        FAILS.append(msg)


def load(name: str, header: list[str]) -> list[dict]:
    with open(REF / name, encoding="utf-8", newline="") as fh:
        r = csv.reader(fh)
        got = next(r)
        check(got == header, f"{name}: header {got} != {header}")
        rows = [tuple(x) for x in r]
    dup = [k for k, v in Counter(rows).items() if v > 1]
    check(not dup, f"{name}: duplicate rows {dup[:3]}")
    check(rows == sorted(rows, key=lambda r: tuple(x.casefold() for x in r) + r), f"{name}: not sorted")
    return [dict(zip(header, x)) for x in rows]


def required(name, rows, cols):
    for r in rows:
        for c in cols:
            check(r[c].strip() != "", f"{name}: empty {c} in {r}")


def matches(alias: str, cs: bool, text: str) -> bool:
    """Reference matcher semantics (see README): word-bounded, exact case if cs."""
    pat = r"(?<!\w)" + re.escape(alias) + r"(?!\w)"
    return re.search(pat, text, 0 if cs else re.IGNORECASE) is not None


def alias_file(name, idcol, rows, valid_ids):
    seen = set()
    owners = defaultdict(set)
    for r in rows:
        check(r[idcol] in valid_ids, f"{name}: unknown {idcol} {r[idcol]}")
        check(r["case_sensitive"] in ("true", "false"), f"{name}: bad case_sensitive {r}")
        a = r["alias"]
        check(a == a.strip() and a != "", f"{name}: blank/untrimmed alias {r}")
        key = (r[idcol], a.casefold())
        check(key not in seen or r["case_sensitive"] == "true", f"{name}: duplicate (id, alias) {key}")
        seen.add(key)
        owners[a.casefold()].add(r[idcol])
        if len(a) <= 3:
            check(r["case_sensitive"] == "true", f"{name}: short alias not case-sensitive: {a!r}")
        toks = [t for t in re.split(r"[\s/]+", a) if sum(c.isalpha() for c in t) >= 2]
        if any(all(c.isupper() for c in t if c.isalpha()) for t in toks):
            check(r["case_sensitive"] == "true", f"{name}: acronym alias not case-sensitive: {a!r}")
    multi = {a: o for a, o in owners.items() if len(o) > 1}
    check(not multi, f"{name}: aliases mapping to several ids: {dict(list(multi.items())[:5])}")


def main() -> int:
    countries = load("countries.csv", ["iso3", "iso2", "name", "official_name", "wikidata_id", "is_state"])
    required("countries.csv", countries, ["iso3", "iso2", "name", "official_name", "is_state"])
    iso = {r["iso3"] for r in countries}
    check(len(iso) == len(countries), "countries.csv: duplicate iso3")
    check(len(countries) >= 250, f"countries.csv: only {len(countries)} rows")
    check(sum(r["is_state"] == "true" for r in countries) == 197, "expected 197 states (193 UN + VAT, PSE, XKX, TWN)")
    for k, q in {"USA": "Q30", "GBR": "Q145", "FRA": "Q142", "UKR": "Q212", "RUS": "Q159", "DEU": "Q183",
                 "CHN": "Q148", "XKX": "Q1246"}.items():
        check(any(r["iso3"] == k and r["wikidata_id"] == q for r in countries), f"QID {k} != {q}")
    for r in countries:
        check(r["wikidata_id"] == "" or re.fullmatch(r"Q\d+", r["wikidata_id"]) is not None, f"bad QID {r}")
        check(r["is_state"] in ("true", "false"), f"bad is_state {r}")
    for n in ["United Kingdom", "United States", "Russia", "Iran", "South Korea", "North Korea", "Syria",
              "Vietnam", "Bolivia", "Venezuela", "Tanzania", "Moldova", "Laos", "Turkey", "Ivory Coast"]:
        check(any(r["name"] == n for r in countries), f"countries.csv: newspaper name {n!r} missing")

    ca = load("country_aliases.csv", ["iso3", "alias", "alias_type", "case_sensitive", "source"])
    required("country_aliases.csv", ca, ["iso3", "alias", "alias_type", "case_sensitive", "source"])
    types = {"name", "official_name", "alias", "demonym", "adjective", "capital", "seat_of_government"}
    for r in ca:
        check(r["alias_type"] in types, f"bad alias_type {r}")
    alias_file("country_aliases.csv", "iso3", ca, iso)
    by_iso = defaultdict(set)
    for r in ca:
        by_iso[r["iso3"]].add(r["alias_type"])
    for r in countries:
        check(bool(by_iso[r["iso3"]]), f"{r['iso3']} has no alias")
        if r["is_state"] == "true":
            t = by_iso[r["iso3"]]
            check("name" in t, f"{r['iso3']} no name alias")
            check("capital" in t or r["iso3"] in NO_CAPITAL_OK, f"{r['iso3']} no capital")
            check(t & {"adjective", "demonym"} or r["iso3"] in NO_ADJ_OK, f"{r['iso3']} no adjective/demonym")
    amap = {(r["alias"]): r for r in ca}
    for a, want in {"Kyiv": "UKR", "Kiev": "UKR", "the Kremlin": "RUS", "Downing Street": "GBR",
                    "Élysée": "FRA", "White House": "USA", "Zhongnanhai": "CHN", "Jerusalem": "ISR",
                    "Washington": "USA", "Burma": "MMR", "DRC": "COD", "Holland": "NLD", "Spanish": "ESP"}.items():
        check(a in amap and amap[a]["iso3"] == want, f"country alias {a!r} should map to {want}")
    for a in ["Brussels", "Congo", "English", "Arabic", "the States", "Kiwi"]:
        check(a not in amap, f"country alias {a!r} must not exist")

    orgs = load("organizations.csv", ["org_id", "name", "acronym", "org_type", "wikidata_id", "founded"])
    required("organizations.csv", orgs, ["org_id", "name", "org_type"])
    oid = {r["org_id"] for r in orgs}
    check(len(oid) == len(orgs), "duplicate org_id")
    otypes = {"igo", "igo_body", "alliance", "coalition", "bloc", "court", "financial_institution", "ngo",
              "armed_group", "political_party", "agency"}
    for r in orgs:
        check(r["org_type"] in otypes, f"bad org_type {r}")
        check(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["org_id"]) is not None, f"bad slug {r}")
        check(r["wikidata_id"] == "" or re.fullmatch(r"Q\d+", r["wikidata_id"]) is not None, f"bad QID {r}")
        check(r["founded"] == "" or re.fullmatch(r"\d{4}", r["founded"]) is not None, f"bad founded {r}")
    oa = load("organization_aliases.csv", ["org_id", "alias", "case_sensitive", "source"])
    required("organization_aliases.csv", oa, ["org_id", "alias", "case_sensitive", "source"])
    alias_file("organization_aliases.csv", "org_id", oa, oid)
    check({r["org_id"] for r in oa} == oid, "some org has no alias")
    omap = {(r["alias"]): r for r in oa}
    for a, (want, cs) in {"WHO": ("who", "true"), "UN": ("united-nations", "true"), "NATO": ("nato", "true"),
                          "Nato": ("nato", "false"), "Daesh": ("islamic-state", "false"),
                          "Ansar Allah": ("houthis", "false"), "Red Cross": ("icrc", "false"),
                          "EU": ("european-union", "true"), "IMF": ("imf", "true")}.items():
        check(a in omap and omap[a]["org_id"] == want and omap[a]["case_sensitive"] == cs,
              f"org alias {a!r} should map to {want} (cs={cs})")
    for a in ["IS", "the alliance", "Brussels"]:
        check(a not in omap, f"org alias {a!r} must not exist")

    om = load("organization_members.csv", ["org_id", "iso3", "since", "until", "source"])
    for r in om:
        check(r["org_id"] in oid and r["iso3"] in iso, f"bad member row {r}")
        for c in ("since", "until"):
            check(r[c] == "" or re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", r[c]) is not None, f"bad date {r}")
    cnt = Counter(r["org_id"] for r in om if r["until"] == "")
    for org, n in {"nato": 32, "european-union": 27, "g7": 7, "asean": 11, "african-union": 55, "gcc": 6,
                   "quad": 4, "aukus": 3, "five-eyes": 5, "brics": 10, "sco": 10}.items():
        check(cnt[org] == n, f"{org}: {cnt[org]} current members, expected {n}")

    locs = load("locations.csv", ["location_id", "name", "location_type", "country_iso3", "wikidata_id", "source"])
    required("locations.csv", locs, ["location_id", "name", "location_type", "source"])
    lid = {r["location_id"] for r in locs}
    check(len(lid) == len(locs), "duplicate location_id")
    for r in locs:
        check(r["location_type"] in {"city", "region", "sea", "island", "river", "mountain", "other"}, f"bad type {r}")
        check(r["country_iso3"] == "" or r["country_iso3"] in iso, f"bad country {r}")
        if r["country_iso3"] == "":
            check(r["location_type"] in {"sea", "river", "region", "island"}, f"country-less {r}")
    la = load("location_aliases.csv", ["location_id", "alias", "case_sensitive", "source"])
    required("location_aliases.csv", la, ["location_id", "alias", "case_sensitive", "source"])
    alias_file("location_aliases.csv", "location_id", la, lid)
    check({r["location_id"] for r in la} == lid, "some location has no alias")
    caps = {r["iso3"] for r in ca if r["alias_type"] == "capital"}
    check(len({r["country_iso3"] for r in locs if r["location_type"] == "city"} & caps) >= 185,
          "capitals missing from locations.csv")

    # lowercase English words must not match anything case-insensitively
    text = ("let us go. chad and jordan ate turkey from china with a guinea pig in oman. "
            "he will polish the pole, mali cuba niger togo georgia japan chile jersey. "
            "it is an amnesty for the quad bike. the reading was nice, a male nurse.")
    for fname, rows in (("country_aliases.csv", ca), ("organization_aliases.csv", oa),
                        ("location_aliases.csv", la)):
        for r in rows:
            if matches(r["alias"], r["case_sensitive"] == "true", text):
                FAILS.append(f"{fname}: alias {r['alias']!r} matches plain lowercase English text")
    for w in ["US", "Chad", "Turkey", "Jordan", "Georgia", "China", "Guinea", "Niger", "Oman", "Togo",
              "Mali", "Cuba"]:
        check(w in amap and amap[w]["case_sensitive"] == "true", f"{w!r} must be case_sensitive")

    v = (REF / "VERSION").read_text(encoding="utf-8").strip()
    check(re.fullmatch(r"reference_version: \d{4}\.\d{2}\.\d{2}(?:\.\d+)?", v) is not None,
          f"VERSION is {v!r}, not 'reference_version: YYYY.MM.DD[.N]'")

    print("row counts:")
    for f in ["countries.csv", "country_aliases.csv", "organizations.csv", "organization_aliases.csv",
              "organization_members.csv", "locations.csv", "location_aliases.csv"]:
        with open(REF / f, encoding="utf-8") as fh:
            print(f"  {f:28s} {sum(1 for _ in fh) - 1:6d}")
    if FAILS:
        print(f"{len(FAILS)} FAILED checks:")
        for m in FAILS[:80]:
            print("  -", m)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
