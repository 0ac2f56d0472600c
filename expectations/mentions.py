"""Suite of `mentions`: one row per (document, character span) naming an entity."""
from __future__ import annotations

from expectations.base import (DOCUMENT_FK, INTEGRITY_TABLE_ABOVE, Check, ForeignKey, Reference, Suite,
                               confidence_check, document_month_check, foreign_key_checks, in_set, schema_checks,
                               span_checks)
from transforms.schemas import MENTION_TYPES, Table


def suite(table: Table, reference: Reference) -> Suite:
    fks = [DOCUMENT_FK, ForeignKey("entity_id", "entities", "entity_id")]
    if "resolved_person_id" in table.columns:
        fks.append(ForeignKey("resolved_person_id", "entities", "entity_id"))
    fks = tuple(fks)
    return Suite(table, (
        *schema_checks(table),
        in_set("mention_type_known", "mention_type", MENTION_TYPES, "mention_type is a declared type"),
        confidence_check(),
        Check("sentence_index_non_negative", "ExpectColumnValuesToBeBetween",
              {"column": "sentence_index", "min_value": 0}, "row", "0-based sentence index"),
        *span_checks(table, text_column="surface"),
        *foreign_key_checks(fks, table_above=INTEGRITY_TABLE_ABOVE),
        document_month_check(),
    ), foreign_keys=fks, span_text="surface")
