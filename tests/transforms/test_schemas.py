"""The one declaration of the tables: its derived docs are in sync, and every table is well-formed."""
from __future__ import annotations

import pytest

from tests.conftest import REPO
from transforms.schemas import PARTITION_COLUMN, TABLES, table_docs


def test_docs_tables_md_is_generated_from_the_schemas():
    assert (REPO / "docs" / "tables.md").read_text(encoding="utf-8") == table_docs() + "\n", \
        "docs/tables.md is stale: run `make docs`"


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_column_is_described_and_keys_exist(name):
    table = TABLES[name]
    for field in table.schema:
        assert (field.metadata or {}).get(b"description"), f"{name}.{field.name} has no description"
    assert set(table.key) <= set(table.columns)
    assert (PARTITION_COLUMN in table.columns) == table.partitioned
