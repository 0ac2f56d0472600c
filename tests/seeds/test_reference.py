"""The curated reference data passes its own consistency checks (seeds/build/check_reference.py): every country
has aliases, short aliases are case-sensitive, no alias maps to two ids, sorted rows, foreign keys resolve."""
from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO
from transforms.reference import load_reference


def test_reference_checks_pass():
    proc = subprocess.run([sys.executable, str(REPO / "seeds" / "build" / "check_reference.py")],
                          capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0 and "all checks passed" in proc.stdout, proc.stdout[-2000:] + proc.stderr


def test_person_roles_point_at_persons_and_dates_are_ordered():
    ref = load_reference()
    for person, roles in ref.roles.items():
        assert person in ref.entities, person
        for r in roles:
            assert r.valid_from is None or r.valid_to is None or r.valid_from < r.valid_to, r


def test_single_holder_offices_do_not_overlap():
    ref = load_reference()
    for (role, place), holders in ref.holders.items():
        if role not in {"head_of_government"} or not place:
            continue
        spans = sorted((r.valid_from, r.valid_to, r.person_id) for r in holders if r.valid_from)
        for (a_from, a_to, a_id), (b_from, _b_to, b_id) in zip(spans, spans[1:]):
            if a_id != b_id and a_to is not None:
                assert b_from >= a_to, f"{role} {place}: {a_id} until {a_to} overlaps {b_id} from {b_from}"


def test_organisation_names_are_the_common_english_names():
    """The canonical name is the English Wikipedia title: the acronym where that is what news writes; the full
    name stays an alias."""
    ref = load_reference()
    names = {eid: ref.entities[eid].name for eid in ("org:nato", "org:g20", "org:united-nations", "org:g7")}
    assert names == {"org:nato": "NATO", "org:g20": "G20", "org:united-nations": "United Nations",
                     "org:g7": "Group of Seven"}
    aliases = {(a.entity_id, a.alias) for a in ref.aliases}
    assert ("org:nato", "North Atlantic Treaty Organization") in aliases
    assert ("org:g20", "Group of Twenty") in aliases
