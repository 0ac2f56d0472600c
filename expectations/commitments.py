"""Suite of `commitments`: one row per (sentence, actor group, undertaking)."""
from __future__ import annotations

from expectations.base import (DOCUMENT_FK, EVENT_OFFSET_DAYS, INTEGRITY_TABLE_ABOVE, THIRTY_YEARS_DAYS, Check,
                               Reference, Suite, confidence_check, document_month_check, foreign_key_checks, in_set,
                               schema_checks, span_checks)
from transforms.schemas import COMMITMENT_KINDS, MODALITIES, POLARITIES, Table


def suite(table: Table, reference: Reference) -> Suite:
    fks = (DOCUMENT_FK,)
    currency = [in_set("amount_currency_iso4217", "amount_currency", reference.currencies,
                       "an active ISO 4217 code (seeds/reference/currencies.csv)")] if reference.currencies else []
    return Suite(table, (
        *schema_checks(table),
        in_set("kind_known", "kind", COMMITMENT_KINDS, "kind is a declared kind"),
        in_set("polarity_known", "polarity", POLARITIES, "positive or negative"),
        Check("refusal_is_negative", "ExpectColumnValuesToBeInSet",
              {"column": "polarity", "value_set": ["negative"], "row_condition": 'kind == "refusal"',
               "condition_parser": "pandas"}, "row", "a refusal has negative polarity"),
        in_set("modality_known", "modality", MODALITIES, "modality is a declared modality (or null)"),
        confidence_check(),
        Check("sentence_index_non_negative", "ExpectColumnValuesToBeBetween",
              {"column": "sentence_index", "min_value": 0}, "row", "0-based sentence index"),
        *span_checks(table, text_column="evidence_text"),
        Check("amount_non_negative", "ExpectColumnValuesToBeBetween", {"column": "amount_value", "min_value": 0},
              "row", "money amounts are >= 0"),
        *currency,
        Check("amount_has_currency", "ExpectColumnValuesToNotBeNull",
              {"column": "amount_currency", "row_condition": "amount_value.notnull()", "condition_parser": "pandas"},
              "row", "an amount names its currency"),
        Check("quantity_non_negative", "ExpectColumnValuesToBeBetween", {"column": "quantity", "min_value": 0},
              "row", "quantities are >= 0"),
        Check("deadline_format", "ExpectColumnValuesToMatchRegex",
              {"column": "deadline", "regex": r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"}, "row", "ISO date, month or year"),
        Check("event_date_near_publication", "ExpectColumnValuesToBeBetween",
              {"column": EVENT_OFFSET_DAYS, "min_value": -THIRTY_YEARS_DAYS, "max_value": THIRTY_YEARS_DAYS},
              "row", "event_date within 30 years of the document's published_date", batch="joined"),
        *foreign_key_checks(fks, table_above=INTEGRITY_TABLE_ABOVE),
        document_month_check(),
    ), foreign_keys=fks, span_text="evidence_text")
