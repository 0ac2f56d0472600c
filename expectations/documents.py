"""Suite of `documents`: one row per unique normalised text."""
from __future__ import annotations

from expectations.base import (TEXT_LENGTH, Check, Reference, Suite, document_month_check, schema_checks)
from transforms.schemas import Table


def suite(table: Table, reference: Reference) -> Suite:
    return Suite(table, (
        *schema_checks(table),
        Check("document_id_format", "ExpectColumnValuesToMatchRegex",
              {"column": "document_id", "regex": r"^doc-[0-9a-f]{16}$"}, "row", "'doc-' + 16 hex"),
        Check("content_sha256_format", "ExpectColumnValuesToMatchRegex",
              {"column": "content_sha256", "regex": r"^[0-9a-f]{64}$"}, "row", "64 hex digits"),
        Check("text_not_empty", "ExpectColumnValueLengthsToBeBetween", {"column": "text", "min_value": 1}, "row",
              "a document has text"),
        Check("n_chars_is_text_length", "ExpectColumnPairValuesToBeEqual",
              {"column_A": "n_chars", "column_B": TEXT_LENGTH}, "row", "n_chars == len(text)", batch="joined"),
        Check("published_date_plausible", "ExpectColumnValuesToBeBetween",
              {"column": "published_date", "min_value": "1800-01-01T00:00:00", "max_value": "2100-12-31T00:00:00"},
              "row", "published_date within 1800..2100 (as the readers accept)"),
        document_month_check(),
    ))
