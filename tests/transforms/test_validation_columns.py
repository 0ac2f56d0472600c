"""What GX is given: each suite runs on only the columns its expectations read (derived from the suite), with the
BASIC result format first and COMPLETE only for the checks that failed. Pinned against the way it ran before (every
column, SUMMARY first): the same results, report lines and quarantine rows on clean and doctored tables."""
from __future__ import annotations

import json

import pyarrow as pa
import pytest

from expectations import suite as table_suite
from tests.validation_fixtures import appended, realistic_tables, sample_documents, with_row
from transforms import validation
from transforms.schemas import TABLES
from transforms.validation import report_html, result_json, suite_columns, validate_tables


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> dict[str, pa.Table]:
    return realistic_tables(sample_documents(tmp_path_factory.mktemp("docs")))


def joined_columns(name: str) -> list[str]:
    """The columns of a joined batch of `name`: the table's, then what `_joined_frame` adds (its parents' columns
    and the foreign-key columns), as the frame GX would otherwise get."""
    suite = table_suite(name)
    frame = validation._frame(TABLES[name].empty())
    parents = {p: validation._frame(TABLES[p].empty()) for p in ("documents", "entities", "commitments")}
    return list(validation._joined_frame(suite, frame, parents).columns)


def read_by_gx(check) -> set[str]:
    """The columns an expectation reads, from GX's own configuration of it: its domain column(s) and the names
    its row condition uses."""
    config = check.gx().configuration
    domain = config.get_domain_kwargs()
    read = {domain[k] for k in ("column", "column_A", "column_B") if domain.get(k)}
    read |= set(domain.get("column_list") or ())
    condition = domain.get("row_condition") or ""
    return read | {c for c in TABLES_AND_JOINED if c in condition}


TABLES_AND_JOINED = sorted({c for n in TABLES for c in TABLES[n].columns}
                           | {c for n in ("mentions", "commitments", "commitment_parties", "quotes", "documents")
                              for c in joined_columns(n)})


@pytest.mark.parametrize("name", sorted(TABLES))
@pytest.mark.parametrize("batch", ["table", "joined"])
def test_the_columns_given_to_gx_include_every_column_an_expectation_reads(name, batch):
    checks = [c for c in table_suite(name).checks if c.batch == batch]
    columns = list(TABLES[name].columns) if batch == "table" else joined_columns(name)
    chosen = suite_columns(checks, columns)
    for c in checks:
        missing = read_by_gx(c) & set(columns) - set(chosen)
        assert not missing, f"{name}.{c.name} reads {sorted(missing)}"
    assert chosen == [c for c in columns if c in chosen]  # the frame's order is kept


@pytest.mark.parametrize("name", sorted(TABLES))
def test_a_suite_about_the_whole_table_gets_every_column_in_order(name):
    checks = [c for c in table_suite(name).checks if c.batch == "table"]
    assert any(c.expectation == "ExpectTableColumnsToMatchOrderedList" for c in checks)
    shuffled = list(reversed(TABLES[name].columns)) + ["unexpected_extra"]
    assert suite_columns(checks, shuffled) == shuffled  # an extra or misplaced column must still show


def test_joined_checks_get_only_what_they_read(tables, monkeypatch):
    given: dict[str, list[str]] = {}
    run = validation._Gx.run

    def spy(self, name, checks, frame):
        given[name] = list(frame.columns)
        return run(self, name, checks, frame)

    monkeypatch.setattr(validation._Gx, "run", spy)
    validate_tables(tables)
    joined = given["commitments.joined"]
    assert {"__document_slice", "evidence_text", "__document_id__in_documents", "document_id"} <= set(joined)
    assert not {"trigger_text", "action_text", "kind", "condition_text"} & set(joined)  # read by no joined check
    assert given["commitments.table"] == list(TABLES["commitments"].columns)


# ---- the same outcome as every column with SUMMARY first ---------------------------------------------------------

def doctorings(tables) -> dict[str, dict[str, pa.Table]]:
    """Tables with failures of every kind of expectation: row conditions, pairs ignoring missing values, foreign
    keys (with and without a condition), compound keys, table-level checks."""
    m, c, q, e = tables["mentions"], tables["commitments"], tables["quotes"], tables["entities"]
    first = c.to_pylist()[1]
    return {
        "clean": tables,
        "row conditions": {**tables, "commitments": with_row(with_row(c, 1, kind="refusal", polarity="positive"),
                                                             2, amount_currency=None)},
        "spans and slices": {**tables,
                             "commitments": with_row(c, 3, end_char=c["end_char"][3].as_py() + 1),
                             "mentions": with_row(m, 0, start_char=10**7, end_char=10**7 + 5),
                             "quotes": with_row(q, 1, text="not the slice")},
        "dangling": {**tables, "mentions": with_row(with_row(m, 5, entity_id="country:ZZZ"), 6,
                                                    resolved_person_id="person:nobody")},
        "months": {**tables, "mentions": with_row(m, 4, published_month="1999-01")},
        "entities": {**tables, "entities": appended(e, {**e.to_pylist()[0], "entity_id": "country:XYZ",
                                                        "iso3": "XYZ"},
                                                    {**e.to_pylist()[0], "entity_id": "country:ZZA",
                                                     "iso3": None})},
        "duplicate keys": {**tables, "commitment_parties": appended(tables["commitment_parties"],
                                                                    tables["commitment_parties"].to_pylist()[0]),
                           "commitments": appended(c, {**first, "confidence": 3.0})},
    }


def report_of(outcome) -> tuple[str, str, dict]:
    outcome.result.seconds = 0.0
    quarantine = {n: t.drop_columns(["quarantined_at"]).to_pylist() for n, t in outcome.quarantine.items()}
    valid = {n: t.num_rows for n, t in outcome.valid.items()}
    return (report_html(outcome.result), json.dumps(result_json(outcome.result), default=str),
            {"quarantine": quarantine, "valid": valid})


def as_before(monkeypatch) -> None:
    """Validation as it ran before: GX got every column, and SUMMARY results first."""
    monkeypatch.setattr(validation, "suite_columns", lambda checks, columns: list(columns))
    monkeypatch.setattr(validation, "FIRST_RESULT_FORMAT", "SUMMARY")


@pytest.mark.parametrize("batch_rows", [None, 40])
def test_reports_and_quarantine_are_those_of_every_column_with_summary_first(tables, monkeypatch, batch_rows):
    now = {label: report_of(validate_tables(t, run_id="r1", batch_rows=batch_rows))
           for label, t in doctorings(tables).items()}
    as_before(monkeypatch)
    for label, doctored in doctorings(tables).items():
        assert now[label] == report_of(validate_tables(doctored, run_id="r1", batch_rows=batch_rows)), label
    failed = {label: json.loads(r[1])["failed"] for label, r in now.items()}
    assert failed["clean"] == 0 and all(failed[k] for k in failed if k != "clean")


def test_a_row_failing_a_conditional_check_is_quarantined_with_its_reason(tables):
    c = tables["commitments"]
    doctored = with_row(c, 1, kind="refusal", polarity="positive")
    cid = c["commitment_id"][1].as_py()
    cp = tables["commitment_parties"]
    outcome = validate_tables({**tables, "commitments": doctored,
                               "commitment_parties": cp.filter(pa.compute.not_equal(cp["commitment_id"], cid))},
                              run_id="r1")
    result = {r.name: r for r in outcome.result.results}["commitments.refusal_is_negative"]
    assert not result.success and result.level == "row" and result.unexpected_count == 1
    assert result.examples == ["positive"]
    q = outcome.quarantine["quarantine/commitments"].to_pylist()
    assert [r["failed_expectation"] for r in q] == ["commitments.refusal_is_negative"]
    assert json.loads(q[0]["raw_values"])["commitment_id"] == cid
    page = report_html(outcome.result)
    assert ("<li class='row'><a href='#commitments.refusal_is_negative'><code>commitments.refusal_is_negative"
            "</code></a> (row-level): 1 of 1 rows</li>") in page  # the condition keeps the one refusal
    assert "<span class='fail'>FAIL (row)</span> 1/1</td><td class='ex'>positive</td>" in page
