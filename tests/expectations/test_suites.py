"""The suites themselves: one per table, derived from the declared schemas, every check with a severity, and GX
loads every expectation (an unknown type would be dropped silently)."""
from __future__ import annotations

import pytest

from expectations import Reference, suite
from expectations.base import schema_checks
from transforms.schemas import ENTITY_TYPES, TABLES
from transforms.validation import validate_tables


@pytest.mark.parametrize("name", list(TABLES))
def test_every_table_has_a_suite_derived_from_its_schema(name):
    s = suite(name)
    table = TABLES[name]
    checks = {c.name: c for c in s.checks}
    assert checks["columns_match_schema"].kwargs["column_list"] == table.columns
    assert checks["key_unique"].severity == "table"
    for f in table.schema:
        if not f.nullable:
            assert f"{f.name}_not_null" in checks, f.name
    for c in s.checks:
        assert c.severity in ("row", "table") and c.batch in ("table", "joined", "schema") and c.description


@pytest.mark.parametrize("name", ["runs", "quarantine/inputs", "quarantine/mentions"])
def test_log_and_quarantine_tables_never_quarantine_rows(name):
    assert {c.severity for c in suite(name).checks} == {"table"}


def test_compound_key_uses_a_compound_expectation():
    check = {c.name: c for c in suite("commitment_parties").checks}["key_unique"]
    assert check.expectation == "ExpectCompoundColumnsToBeUnique"
    assert check.kwargs["column_list"] == ["commitment_id", "entity_id", "role"]


def test_enums_come_from_the_schema_module():
    check = {c.name: c for c in suite("entities").checks}["entity_type_known"]
    assert set(check.kwargs["value_set"]) == set(ENTITY_TYPES)


def test_iso3_checks_are_skipped_with_a_note_without_countries_csv(tmp_path):
    (tmp_path / "currencies.csv").write_text("code,numeric,name\nUSD,840,US Dollar\n")
    ref = Reference.load(tmp_path)
    assert ref.iso3 is None and ref.currencies == {"USD"}
    assert any("countries.csv" in n for n in ref.notes)
    names = {c.name for c in suite("entities", ref).checks}
    assert "iso3_known" not in names and "entity_type_known" in names


def test_reference_codes_are_loaded_from_seeds():
    ref = Reference.load()
    assert {"USD", "EUR", "GBP", "JPY"} <= ref.currencies and "XXX" not in ref.currencies
    if ref.iso3 is not None:
        assert {"FRA", "USA", "GBR"} <= ref.iso3


def test_every_suite_loads_into_gx_and_passes_on_empty_tables():
    outcome = validate_tables({name: t.empty() for name, t in TABLES.items()})
    result = outcome.result
    assert result.ok and result.failed == 0, [r.name for r in result.results if not r.success]
    assert result.passed == sum(len(suite(n).checks) for n in TABLES)


def test_schema_checks_for_a_table_without_nullable_columns_are_all_declared():
    table = TABLES["runs"]
    assert [c.name for c in schema_checks(table)][:3] == ["columns_match_schema", "types_match_schema", "key_unique"]
