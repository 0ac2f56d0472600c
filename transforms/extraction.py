"""Extraction over a batch of documents: the tables `entities`, `mentions`, `commitments`, `commitment_parties`
and `quotes`. The extractors return typed records; this module turns them into Arrow tables."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pyarrow as pa

from transforms.entities import EntityExtractor, Mention
from transforms.reference import EntityRecord, Reference, load_reference
from transforms.schemas import ENTITIES, MENTIONS
from transforms.sentences import sentence_spans
from transforms.text import stable_id


@dataclass
class Extractor:
    """Holds the loaded reference data and lexicon; `tables(docs)` is a pure function of the documents."""

    reference: Reference
    entities: EntityExtractor
    lexicon_version: str | None = None

    @classmethod
    def from_reference(cls, reference: Reference | None = None) -> "Extractor":
        reference = reference or load_reference()
        return cls(reference=reference, entities=EntityExtractor.from_reference(reference))

    def document_mentions(self, text: str, day: dt.date | None) -> tuple[list, list[Mention], dict]:
        sentences = sentence_spans(text)
        mentions, extracted = self.entities.mentions(text, sentences, day)
        return sentences, mentions, extracted

    def tables(self, docs: list[dict]) -> dict[str, pa.Table]:
        """Rows of every extracted table for `docs` (dicts with document_id, text, published_date,
        published_month)."""
        mention_rows: list[dict] = []
        entity_records: dict[str, EntityRecord] = {}
        for doc in docs:
            text, doc_id, month = doc["text"], doc["document_id"], doc["published_month"]
            _sentences, mentions, extracted = self.document_mentions(text, doc.get("published_date"))
            entity_records.update(extracted)
            for m in mentions:
                record = self.reference.entities.get(m.entity_id) or extracted.get(m.entity_id)
                if record is None:
                    continue
                entity_records[m.entity_id] = record
                mention_rows.append({
                    "mention_id": stable_id("m", doc_id, m.start, m.end, m.entity_id), "document_id": doc_id,
                    "entity_id": m.entity_id, "sentence_index": m.sentence_index, "start_char": m.start,
                    "end_char": m.end, "surface": text[m.start:m.end], "mention_type": m.mention_type,
                    "confidence": m.confidence, "resolved_person_id": m.resolved_person, "published_month": month,
                })
                if m.resolved_person and m.resolved_person in self.reference.entities:
                    entity_records[m.resolved_person] = self.reference.entities[m.resolved_person]
        entities = pa.Table.from_pylist([r._asdict() for r in sorted(entity_records.values())], schema=ENTITIES.schema)
        return {"entities": entities, "mentions": pa.Table.from_pylist(mention_rows, schema=MENTIONS.schema)}
