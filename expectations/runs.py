"""Suite of `runs`: the append-only run log. Every check is table-level (a log row is never quarantined)."""
from __future__ import annotations

from expectations.base import Check, Reference, Suite, schema_checks
from transforms.schemas import Table


def suite(table: Table, reference: Reference) -> Suite:
    return Suite(table, (
        *schema_checks(table, column_severity="table"),
        Check("status_known", "ExpectColumnValuesToMatchRegex",
              {"column": "status", "regex": r"^(?:published|failed: .+)$"}, "table", "'published' or 'failed: <reason>'"),
        Check("finished_after_start", "ExpectColumnPairValuesAToBeGreaterThanB",
              {"column_A": "finished_at", "column_B": "started_at", "or_equal": True}, "table",
              "finished_at >= started_at"),
    ))
