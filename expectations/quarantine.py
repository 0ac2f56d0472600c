"""Suite of the quarantine tables (`quarantine/inputs`, `quarantine/<table>`). Every check is table-level: a
rejected row is never quarantined again."""
from __future__ import annotations

from expectations.base import Check, Reference, Suite, schema_checks
from transforms.schemas import Table


def suite(table: Table, reference: Reference) -> Suite:
    extra = []
    if "code" in table.columns:
        extra.append(Check("code_format", "ExpectColumnValuesToMatchRegex", {"column": "code", "regex": r"^PF\d{3}$"},
                           "table", "a stable error code PFnnn"))
    return Suite(table, (*schema_checks(table, column_severity="table"), *extra))
