"""Realistic rows for the validation tests: real documents (the sample inputs), and entities, mentions,
commitments, parties and quotes built by hand on real spans of them (the extractors may produce none yet)."""
from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa

from tests.conftest import SAMPLES
from transforms import stages
from transforms.schemas import TABLES
from transforms.storage import Store
from transforms.text import stable_id

COUNTRIES = {"France": "FRA", "United States": "USA", "Russia": "RUS", "China": "CHN", "Ukraine": "UKR",
             "Germany": "DEU", "Japan": "JPN", "Haiti": "HTI", "Kenya": "KEN", "Israel": "ISR", "Iran": "IRN",
             "Norway": "NOR", "Canada": "CAN", "Brazil": "BRA", "India": "IND", "Egypt": "EGY", "Mali": "MLI",
             "Niger": "NER", "Italy": "ITA", "Spain": "ESP", "Poland": "POL", "Qatar": "QAT", "Iraq": "IRQ"}


def table(name: str, rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=TABLES[name].schema)


def sample_documents(folder: Path) -> pa.Table:
    """The documents table the pipeline builds from seeds/documents (ingest only)."""
    store = Store(folder)
    run_id = stages.new_run_id(stages.utc_now())
    stages.ingest([str(SAMPLES)], store=store, run_id=run_id)
    docs = store.read_staged(run_id, "documents")
    store.discard_staging(run_id)
    return docs


def realistic_tables(docs: pa.Table) -> dict[str, pa.Table]:
    """A consistent set of extraction tables over `docs` that every suite accepts."""
    documents = docs.to_pylist()
    found: dict[str, str] = {}
    mentions = []
    for d in documents:
        for name, iso3 in COUNTRIES.items():
            for m in re.finditer(rf"\b{re.escape(name)}\b", d["text"]):
                found[iso3] = name
                mentions.append({"mention_id": stable_id("m", d["document_id"], m.start(), m.end()),
                                 "document_id": d["document_id"], "entity_id": f"country:{iso3}",
                                 "sentence_index": d["text"].count("\n\n", 0, m.start()),
                                 "start_char": m.start(), "end_char": m.end(), "surface": m.group(),
                                 "mention_type": "name", "confidence": 0.9,
                                 "published_month": d["published_month"]})
    entities = [{"entity_id": f"country:{iso3}", "entity_type": "country", "name": name, "iso3": iso3,
                 "wikidata_id": None, "source": "seed"} for iso3, name in sorted(found.items())]
    entities.append({"entity_id": "org:nato", "entity_type": "organization", "name": "NATO", "iso3": None,
                     "source": "seed", "wikidata_id": "Q7184"})
    commitments, parties, quotes = [], [], []
    for d in documents[:4]:
        end = d["text"].find(". ") + 1 or len(d["text"])
        cid = stable_id("c", d["document_id"], 0, end)
        commitments.append({"commitment_id": cid, "document_id": d["document_id"], "sentence_index": 0,
                            "start_char": 0, "end_char": end, "evidence_text": d["text"][:end], "kind": "pledge",
                            "polarity": "positive", "confidence": 0.8, "modality": "firm", "amount_value": 5e8,
                            "amount_currency": "USD", "quantity": 1000.0, "event_date": d["published_date"],
                            "deadline": "2030", "published_month": d["published_month"]})
        parties.append({"commitment_id": cid, "entity_id": entities[0]["entity_id"], "role": "actor",
                        "document_id": d["document_id"], "published_month": d["published_month"]})
        parties.append({"commitment_id": cid, "entity_id": "org:nato", "role": "beneficiary",
                        "document_id": d["document_id"], "published_month": d["published_month"]})
        quotes.append({"quote_id": stable_id("q", d["document_id"], 0, 10), "document_id": d["document_id"],
                       "speaker_entity_id": None, "start_char": 0, "end_char": 10, "text": d["text"][:10],
                       "published_month": d["published_month"]})
    return {"documents": docs, "entities": table("entities", entities), "mentions": table("mentions", mentions),
            "commitments": table("commitments", commitments),
            "commitment_parties": table("commitment_parties", parties), "quotes": table("quotes", quotes)}


def with_row(data: pa.Table, index: int, **changes) -> pa.Table:
    """A copy of `data` with row `index` changed (the input table is not modified)."""
    rows = data.to_pylist()
    rows[index] = {**rows[index], **changes}
    return pa.Table.from_pylist(rows, schema=data.schema)


def appended(data: pa.Table, *rows: dict) -> pa.Table:
    return pa.Table.from_pylist(data.to_pylist() + list(rows), schema=data.schema)
