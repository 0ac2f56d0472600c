"""Extraction over a batch of documents: the tables `entities`, `mentions`, `commitments`, `commitment_parties`
and `quotes`. Filled by the entity and commitment extractors; each returns typed records that are turned into
tables here."""
from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa


@dataclass(frozen=True)
class Extractor:
    """Holds the loaded reference data and lexicon; `tables(docs)` is a pure function of the documents."""

    lexicon_version: str | None = None

    @classmethod
    def from_reference(cls) -> "Extractor":
        return cls()

    def tables(self, docs: list[dict]) -> dict[str, pa.Table]:
        """Rows of every extracted table for `docs` (dicts with document_id, text, published_date,
        published_month)."""
        return {}
