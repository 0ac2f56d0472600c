"""Suite of `quotes`: one row per direct quotation in a document."""
from __future__ import annotations

from expectations.base import (DOCUMENT_FK, INTEGRITY_TABLE_ABOVE, ForeignKey, Reference, Suite,
                               document_month_check, foreign_key_checks, schema_checks, span_checks)
from transforms.schemas import Table


def suite(table: Table, reference: Reference) -> Suite:
    fks = (DOCUMENT_FK, ForeignKey("speaker_entity_id", "entities", "entity_id"))
    return Suite(table, (
        *schema_checks(table),
        *span_checks(table, text_column="text"),
        *foreign_key_checks(fks, table_above=INTEGRITY_TABLE_ABOVE),
        document_month_check(),
    ), foreign_keys=fks, span_text="text")
