"""Extraction over a batch of documents: the tables `entities`, `mentions`, `commitments`, `commitment_parties`
and `quotes`. The extractors return typed records; this module turns them into Arrow tables."""
from __future__ import annotations

import datetime as dt
from hashlib import sha1 as _sha1
from dataclasses import dataclass
from typing import NamedTuple

import pyarrow as pa

from transforms.commitments import CommitmentExtractor, quotes
from transforms.entities import EntityExtractor, Mention
from transforms.errors import ErrorCode
from transforms.lexicon import load_lexicon
from transforms.readers import RAW_KEEP_CHARS, Rejected
from transforms.reference import EntityRecord, Reference, load_reference
from transforms.schemas import COMMITMENT_PARTIES, COMMITMENTS, ENTITIES, MENTIONS, QUOTES
from transforms.sentences import sentence_spans
from transforms.text import stable_id


@dataclass
class Extractor:
    """Holds the loaded reference data and lexicon; `tables(docs)` is a pure function of the documents."""

    reference: Reference
    entities: EntityExtractor
    commitments: CommitmentExtractor
    lexicon_version: str | None = None

    @classmethod
    def from_reference(cls, reference: Reference | None = None) -> "Extractor":
        reference = reference or load_reference()
        lexicon = load_lexicon()
        return cls(reference=reference, entities=EntityExtractor.from_reference(reference),
                   commitments=CommitmentExtractor(lexicon=lexicon, reference=reference),
                   lexicon_version=lexicon.version)

    def document_mentions(self, text: str, day: dt.date | None) -> tuple[list, list[Mention], dict]:
        sentences = sentence_spans(text)
        mentions, extracted = self.entities.mentions(text, sentences, day)
        return sentences, mentions, extracted

    def tables(self, docs: list[dict]) -> dict[str, pa.Table]:
        """Rows of every extracted table for `docs` (dicts with document_id, text, published_date,
        published_month). An extractor error on any document is raised."""
        tables, failures = self.tables_and_failures(docs)
        if failures:
            raise failures[0].error
        return tables

    def tables_and_failures(self, docs: list[dict]) -> tuple[dict[str, pa.Table], list["ExtractionFailure"]]:
        """As `tables`, but a document on which an extractor raises is left out whole (none of its rows, none of
        the entities only it named) and returned as a failure; the other documents go on."""
        failures: list[ExtractionFailure] = []
        # mentions are most of the rows: built column by column (no dict per row)
        m_cols: dict[str, list] = {name: [] for name in MENTIONS.schema.names}
        commitment_rows: list[dict] = []
        party_rows: list[dict] = []
        quote_rows: list[dict] = []
        entity_records: dict[str, EntityRecord] = {}
        doc_records: dict[str, EntityRecord] = {}  # entities named by the current document

        def record_of(eid: str, extracted: dict[str, EntityRecord]) -> EntityRecord | None:
            record = self.reference.entities.get(eid) or extracted.get(eid)
            if record is not None:
                doc_records[eid] = record
            return record

        row_lists = [*m_cols.values(), commitment_rows, party_rows, quote_rows]
        for doc in docs:
            sizes = [len(rows) for rows in row_lists]
            doc_records.clear()
            try:
                self._document_rows(doc, record_of, m_cols, commitment_rows, party_rows, quote_rows)
            except Exception as exc:  # noqa: BLE001  (one document's failure must not stop the batch)
                for rows, size in zip(row_lists, sizes):
                    del rows[size:]
                failures.append(ExtractionFailure(doc, exc))
                continue
            entity_records.update(doc_records)
        entities = pa.Table.from_pylist([r._asdict() for r in sorted(entity_records.values())], schema=ENTITIES.schema)
        return {"entities": entities, "mentions": pa.Table.from_pydict(m_cols, schema=MENTIONS.schema),
                "commitments": pa.Table.from_pylist(commitment_rows, schema=COMMITMENTS.schema),
                "commitment_parties": _unique(pa.Table.from_pylist(party_rows, schema=COMMITMENT_PARTIES.schema),
                                              COMMITMENT_PARTIES.key),
                "quotes": pa.Table.from_pylist(quote_rows, schema=QUOTES.schema)}, failures

    def _document_rows(self, doc: dict, record_of, m_cols: dict[str, list], commitment_rows: list[dict],
                       party_rows: list[dict], quote_rows: list[dict]) -> None:
        """Append the rows of one document to the batch's row lists."""
        (m_id, m_doc, m_entity, m_sentence, m_start, m_end, m_surface, m_type, m_conf, m_person,
         m_month) = (m_cols[c] for c in ("mention_id", "document_id", "entity_id", "sentence_index", "start_char",
                                         "end_char", "surface", "mention_type", "confidence", "resolved_person_id",
                                         "published_month"))
        text, doc_id, month = doc["text"], doc["document_id"], doc["published_month"]
        day = doc.get("published_date")
        sentences, mentions, extracted = self.document_mentions(text, day)
        known = {**extracted}
        # the entity ids of the document, resolved once each (`record_of` records the ones found); a mention of an
        # unknown entity (none in practice) is left out
        named = {m.entity_id for m in mentions}
        found = {eid for eid in named if record_of(eid, extracted) is not None}
        kept = mentions if len(found) == len(named) else [m for m in mentions if m.entity_id in found]
        if kept:
            eids, starts, ends, mtypes, confs, sentence_ids, persons = zip(*kept)
            for person in set(persons) - {None}:
                record_of(person, extracted)
            # = stable_id("m", doc_id, start, end, eid), the hashing inlined (one id per mention: most rows)
            m_id.extend(["m-" + _sha1(f"{doc_id}\x1f{a}\x1f{b}\x1f{e}".encode()).hexdigest()[:16]
                         for a, b, e in zip(starts, ends, eids)])
            m_entity.extend(eids)
            m_sentence.extend(sentence_ids)
            m_start.extend(starts)
            m_end.extend(ends)
            m_surface.extend([text[a:b] for a, b in zip(starts, ends)])
            m_type.extend(mtypes)
            m_conf.extend(confs)
            m_person.extend(persons)
        added = len(m_id) - len(m_doc)
        m_doc.extend([doc_id] * added)
        m_month.extend([month] * added)
        doc_quotes = quotes(text, mentions, known, sentences=sentences, capitals=self.commitments.capital_of)
        for c in self.commitments.commitments(text, sentences, mentions, known, day, doc_quotes):
            if any(record_of(p.entity_id, extracted) is None for p in c.parties):
                continue
            actors = sorted(p.entity_id for p in c.parties if p.role == "actor")
            cid = stable_id("c", doc_id, c.start, c.end, c.kind, *actors)
            row = c._asdict()
            parties = row.pop("parties")
            row.update({"commitment_id": cid, "document_id": doc_id, "start_char": c.start, "end_char": c.end,
                        "evidence_text": text[c.start:c.end], "lexicon_version": self.lexicon_version,
                        "published_month": month})
            commitment_rows.append(row)
            for p in parties:
                party_rows.append({"commitment_id": cid, "entity_id": p.entity_id, "role": p.role,
                                   "document_id": doc_id, "published_month": month})
        for q in doc_quotes:
            if q.speaker is not None and record_of(q.speaker, extracted) is None:
                continue
            quote_id = "q-" + _sha1(f"{doc_id}\x1f{q.start}\x1f{q.end}".encode()).hexdigest()[:16]  # = stable_id
            quote_rows.append({"quote_id": quote_id, "document_id": doc_id,
                               "speaker_entity_id": q.speaker, "start_char": q.start, "end_char": q.end,
                               "text": text[q.start:q.end], "published_month": month})


class ExtractionFailure(NamedTuple):
    """A document on which an extractor raised: it is published without extracted rows and quarantined (PF401)."""

    document: dict
    error: Exception


def extraction_reject(failure: ExtractionFailure) -> Rejected:
    """The quarantine record of a document an extractor failed on (PF401). Built where the extraction ran (a worker
    process too): a `Rejected` is plain data that crosses processes, the exception itself may not pickle."""
    doc, error = failure.document, failure.error
    text = doc.get("text") or ""
    reason = (f"extraction failed on document {doc['document_id']}: {type(error).__name__}: {error}; the document "
              "is published without entities, commitments or quotes (a pledgeflow bug: please report it)")
    return Rejected(doc.get("source_path") or "", None, doc.get("source_id"), ErrorCode.PF401, reason,
                    text[:RAW_KEEP_CHARS], len(text.encode("utf-8", errors="replace")))


def _unique(table: pa.Table, key: tuple[str, ...]) -> pa.Table:
    seen = set()
    keep = []
    cols = [table.column(k).to_pylist() for k in key]
    for i, values in enumerate(zip(*cols)):
        if values not in seen:
            seen.add(values)
            keep.append(i)
    return table.take(pa.array(keep, pa.int64()))
