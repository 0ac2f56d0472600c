"""Reference data in `seeds/reference/` (see its README for the data dictionary): loaded on demand, never at import
time, with the standard library's csv module (no pandas on the hot path)."""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import NamedTuple

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
REFERENCE_DIR = SEEDS_DIR / "reference"


@cache
def reference_version(directory: Path = REFERENCE_DIR) -> str:
    """The version string of the reference data (`seeds/reference/VERSION`), written into every run."""
    path = directory / "VERSION"
    if not path.exists():
        return "unversioned"
    text = path.read_text(encoding="utf-8").strip()
    return text.split(":", 1)[1].strip() if ":" in text else text


def rows(name: str, directory: Path = REFERENCE_DIR) -> list[dict[str, str]]:
    """Rows of one reference CSV (an empty list when the file is absent)."""
    path = directory / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(fh)]


def _truthy(value: str) -> bool:
    return value.strip().lower() in {"true", "1", "yes", "y"}


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


class EntityRecord(NamedTuple):
    """An `entities` row."""

    entity_id: str
    entity_type: str
    name: str
    iso3: str | None
    country_iso3: str | None
    wikidata_id: str | None
    source: str


class Alias(NamedTuple):
    """One surface form of an entity. kind: country, demonym, capital, seat, org, location, person, surname."""

    entity_id: str
    alias: str
    kind: str
    case_sensitive: bool
    mention_type: str
    global_surname: bool = False


class Role(NamedTuple):
    """A person's office: role, for which country or organisation, and when."""

    person_id: str
    role: str
    country_iso3: str | None
    org_id: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day < self.valid_to)


# roles whose holders do not act for their state: what a senator, a governor or an opposition leader says is not
# their country's commitment (seeds/reference/PERSONS_README.md)
NON_STATE_ROLES = frozenset({"legislator", "subnational", "party_leader", "militant_leader", "judiciary"})


class Title(NamedTuple):
    """A role title phrase ("prime minister") and the role it names; `applies_to` is 'country', 'any', an ISO3
    code or an org id."""

    title: str
    role: str
    applies_to: str


@dataclass(frozen=True)
class Reference:
    """All reference data the extractors use, indexed for lookups."""

    entities: dict[str, EntityRecord]
    aliases: list[Alias]
    roles: dict[str, list[Role]]
    holders: dict[tuple[str, str], list[Role]]
    titles: list[Title]
    org_members: dict[str, frozenset[str]] = field(default_factory=dict)
    org_types: dict[str, str] = field(default_factory=dict)  # entity id -> organizations.csv org_type
    org_founded: dict[str, int] = field(default_factory=dict)  # entity id -> organizations.csv founded (year)
    version: str = "unversioned"

    def state_titles(self) -> frozenset[str]:
        """The title phrases that name an office acting for a state or an organisation (some role of the title is
        not in `NON_STATE_ROLES`)."""
        return frozenset(t.title for t in self.titles if t.role not in NON_STATE_ROLES)

    def person_country(self, entity_id: str, day: dt.date | None) -> str | None:
        """The state a seeded person acts for on `day` (their active role; else their latest role)."""
        roles = self.roles.get(entity_id, [])
        if not roles:
            record = self.entities.get(entity_id)
            return record.country_iso3 if record else None
        if day is not None:
            for r in roles:
                if r.country_iso3 and r.active_on(day):
                    return r.country_iso3
        dated = [r for r in roles if r.country_iso3]
        if not dated:
            return None
        return max(dated, key=lambda r: r.valid_from or dt.date.min).country_iso3

    def holder(self, role: str, country_or_org: str, day: dt.date) -> str | None:
        """The person (entity id) holding `role` for a country or organisation on `day`, if exactly one does."""
        found = {r.person_id for r in self.holders.get((role, country_or_org), []) if r.active_on(day)}
        return next(iter(found)) if len(found) == 1 else None

    def active_on(self, entity_id: str, day: dt.date) -> bool:
        return any(r.active_on(day) for r in self.roles.get(entity_id, []))


def _variant_surnames(aliases: list[Alias]) -> list[Alias]:
    """Surnames of spelling variants ("Araqchi" from "Abbas Araqchi") for persons whose surname is globally
    unambiguous ("Araghchi"), when no other person has that last name. Such a last word links on its own only for
    persons whose surname ends one of their full names ("Ursula von der Leyen"); for those known by another name
    ("Abiy Ahmed" is Abiy, "Saddam Hussein" is Saddam) it links only after the full name in the same document:
    "Ahmed", a common given name, is not Abiy Ahmed in any article, but "Hussein" after "Saddam Hussein" is him."""
    global_ids = {a.entity_id for a in aliases if a.kind == "surname" and a.global_surname}
    known = {a.alias for a in aliases if a.kind == "surname"}
    last_names: dict[str, set[str]] = {}
    for a in aliases:
        if a.kind == "person" and " " in a.alias:
            last_names.setdefault(a.alias.split()[-1], set()).add(a.entity_id)
    surnames_of: dict[str, set[str]] = {}
    for a in aliases:
        if a.kind == "surname" and a.entity_id in global_ids:
            surnames_of.setdefault(a.entity_id, set()).add(a.alias)
    surname_last = {a.entity_id for a in aliases if a.kind == "person" and " " in a.alias
                    and any(a.alias.endswith(" " + s) for s in surnames_of.get(a.entity_id, ()))}
    out = []
    for last, ids in sorted(last_names.items()):
        if len(ids) == 1 and last not in known and len(last) > 3 and last[:1].isupper():
            eid = next(iter(ids))
            if eid in global_ids:
                out.append(Alias(eid, last, "surname", True, "surname", global_surname=eid in surname_last))
    return out


@cache
def load_reference(directory: Path = REFERENCE_DIR) -> Reference:
    """Read every reference table once per process (cached)."""
    entities: dict[str, EntityRecord] = {}
    aliases: list[Alias] = []
    for r in rows("countries.csv", directory):
        eid = f"country:{r['iso3']}"
        entities[eid] = EntityRecord(eid, "country", r["name"], r["iso3"], r["iso3"], r.get("wikidata_id") or None,
                                     "seed")
        aliases.append(Alias(eid, r["name"], "country", False, "name"))
    kind_of = {"name": ("country", "name"), "official_name": ("country", "name"), "alias": ("country", "alias"),
               "demonym": ("demonym", "demonym"), "adjective": ("demonym", "demonym"),
               "capital": ("capital", "metonym"), "seat_of_government": ("seat", "metonym")}
    for r in rows("country_aliases.csv", directory):
        eid = f"country:{r['iso3']}"
        if eid not in entities or r.get("alias_type") not in kind_of:
            continue
        kind, mtype = kind_of[r["alias_type"]]
        aliases.append(Alias(eid, r["alias"], kind, _truthy(r.get("case_sensitive", "")), mtype))
    org_types: dict[str, str] = {}
    org_founded: dict[str, int] = {}
    for r in rows("organizations.csv", directory):
        eid = f"org:{r['org_id']}"
        org_types[eid] = r.get("org_type") or ""
        if (r.get("founded") or "").isdigit():
            org_founded[eid] = int(r["founded"])
        entities[eid] = EntityRecord(eid, "organization", r["name"], None, None, r.get("wikidata_id") or None, "seed")
        # a name that is the acronym ("NATO", "G20") matches with its case only, as the acronym's alias row does
        aliases.append(Alias(eid, r["name"], "org", r["name"] == r.get("acronym"), "name"))
    for r in rows("organization_aliases.csv", directory):
        eid = f"org:{r['org_id']}"
        if eid in entities:
            aliases.append(Alias(eid, r["alias"], "org", _truthy(r.get("case_sensitive", "")), "alias"))
    for r in rows("locations.csv", directory):
        eid = f"location:{r['location_id']}"
        entities[eid] = EntityRecord(eid, "location", r["name"], None, r.get("country_iso3") or None,
                                     r.get("wikidata_id") or None, "seed")
        aliases.append(Alias(eid, r["name"], "location", False, "name"))
    for r in rows("location_aliases.csv", directory):
        eid = f"location:{r['location_id']}"
        if eid in entities:
            aliases.append(Alias(eid, r["alias"], "location", _truthy(r.get("case_sensitive", "")), "alias"))
    roles: dict[str, list[Role]] = {}
    holders: dict[tuple[str, str], list[Role]] = {}
    for r in rows("person_roles.csv", directory):
        eid = f"person:{r['person_id']}"
        role = Role(eid, r["role"], r.get("country_iso3") or None, r.get("org_id") or None,
                    _date(r.get("valid_from", "")), _date(r.get("valid_to", "")))
        roles.setdefault(eid, []).append(role)
        holders.setdefault((role.role, role.country_iso3 or role.org_id or ""), []).append(role)
    for r in rows("persons.csv", directory):
        eid = f"person:{r['person_id']}"
        country = None
        if roles.get(eid):
            latest = max(roles[eid], key=lambda x: x.valid_from or dt.date.min)
            country = latest.country_iso3
        entities[eid] = EntityRecord(eid, "person", r["name"], None, country, r.get("wikidata_id") or None, "seed")
        aliases.append(Alias(eid, r["name"], "person", True, "name"))
    for r in rows("person_aliases.csv", directory):
        eid = f"person:{r['person_id']}"
        if eid not in entities:
            continue
        if r.get("alias_type") == "surname":
            aliases.append(Alias(eid, r["alias"], "surname", True, "surname",
                                 global_surname="global" in r.get("source", "")))
        else:
            aliases.append(Alias(eid, r["alias"], "person", True, "name" if r.get("alias_type") == "full"
                                 else "alias"))
    aliases += _variant_surnames(aliases)
    titles = [Title(r["title"].lower(), r["role"], r.get("applies_to", "")) for r in rows("role_titles.csv", directory)
              if r.get("title")]
    members: dict[str, set[str]] = {}
    for r in rows("organization_members.csv", directory):
        if not r.get("until"):
            members.setdefault(f"org:{r['org_id']}", set()).add(r["iso3"])
    return Reference(entities=entities, aliases=aliases, roles=roles, holders=holders, titles=titles,
                     org_members={k: frozenset(v) for k, v in members.items()}, org_types=org_types, org_founded=org_founded,
                     version=reference_version(directory))
