"""Great Expectations suites, one per output table (`suite(name)`), derived from `transforms.schemas.TABLES`.

Each suite is plain data: a list of `Check`s, each naming a GX expectation class, its arguments, the batch it
runs on and its **severity**, declared next to it:

- ``row``: the rows that fail are moved to ``quarantine/<table>`` and the rest is published;
- ``table``: the run fails and publishes nothing (a broken key, a schema mismatch, ...).

A row-level check may carry ``table_above``: when more than that fraction of the rows fail it, the failure is
escalated to table level (a systematic break, not a few bad rows).

Nothing here imports Great Expectations at import time; `Check.expectation()` builds the GX object on demand.
`transforms.validation` runs the suites. See docs/validation.md.
"""
from __future__ import annotations

from expectations.base import (Check, ForeignKey, Reference, Suite, DOCUMENT_N_CHARS, DOCUMENT_SLICE,
                               EVENT_OFFSET_DAYS)

SUITE_MODULES = {
    "documents": "expectations.documents",
    "entities": "expectations.entities",
    "mentions": "expectations.mentions",
    "commitments": "expectations.commitments",
    "commitment_parties": "expectations.commitment_parties",
    "quotes": "expectations.quotes",
    "runs": "expectations.runs",
    "quarantine/inputs": "expectations.quarantine",
}


def suite(name: str, reference: Reference | None = None) -> Suite:
    """The suite of table `name` (every table in `TABLES` has one; quarantine tables share a generic one)."""
    import importlib

    from transforms.schemas import TABLES

    reference = reference if reference is not None else Reference.load()
    module = importlib.import_module(SUITE_MODULES.get(name, "expectations.quarantine"))
    return module.suite(TABLES[name], reference)


__all__ = ["Check", "ForeignKey", "Reference", "Suite", "suite", "DOCUMENT_N_CHARS", "DOCUMENT_SLICE",
           "EVENT_OFFSET_DAYS"]
