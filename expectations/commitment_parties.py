"""Suite of `commitment_parties`: one row per (commitment, entity, role); compound key."""
from __future__ import annotations

from expectations.base import (DOCUMENT_FK, INTEGRITY_TABLE_ABOVE, ForeignKey, Reference, Suite,
                               document_month_check, foreign_key_checks, in_set, schema_checks)
from transforms.schemas import PARTY_ROLES, Table


def suite(table: Table, reference: Reference) -> Suite:
    fks = (ForeignKey("commitment_id", "commitments", "commitment_id"),
           ForeignKey("entity_id", "entities", "entity_id"), DOCUMENT_FK)
    return Suite(table, (
        *schema_checks(table),
        in_set("role_known", "role", PARTY_ROLES, "role is a declared role"),
        *foreign_key_checks(fks, table_above=INTEGRITY_TABLE_ABOVE),
        document_month_check(),
    ), foreign_keys=fks)
