"""Building blocks of the suites: `Check` (one expectation with its severity), `Suite`, `ForeignKey`, the reference
code lists, and the checks every table gets from its declared schema."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from transforms.schemas import PARTITION_COLUMN, UNKNOWN_MONTH, Table

Severity = Literal["row", "table"]
Batch = Literal["table", "joined", "schema"]

# Columns the validation step adds to the "joined" batch (the table's rows left-merged with their parents).
DOCUMENT_N_CHARS = "__document_n_chars"  # documents.n_chars of the row's document
DOCUMENT_SLICE = "__document_slice"  # documents.text[start_char:end_char]
EVENT_OFFSET_DAYS = "__event_offset_days"  # event_date - documents.published_date, in days
# Columns of the "schema" batch: one row per declared column.
SCHEMA_COLUMNS = ("column", "declared_type", "actual_type")

MONTH_REGEX = rf"^(?:\d{{4}}-(?:0[1-9]|1[0-2])|{UNKNOWN_MONTH})$"
THIRTY_YEARS_DAYS = 10_958  # 30 * 365.25, rounded up


@dataclass(frozen=True)
class Check:
    """One expectation of a suite.

    name: stable short name, unique in its suite; written to quarantine rows and the report as `<table>.<name>`.
    expectation: the GX 1.x expectation class in `great_expectations.expectations`, e.g.
        "ExpectColumnValuesToBeUnique".
    kwargs: its arguments.
    severity: "row" (failing rows are quarantined) or "table" (the run fails).
    batch: "table" (the rows as staged), "joined" (rows plus parent columns, see DOCUMENT_* above) or "schema"
        (one row per declared column with its declared and actual Arrow type).
    table_above: for a row-level check, the fraction of failing rows above which it fails the table instead.
    description: what the rule means, in words (shown in the report).
    """

    name: str
    expectation: str
    kwargs: dict[str, Any]
    severity: Severity
    description: str
    batch: Batch = "table"
    table_above: float | None = None

    def gx(self, *, meta: dict | None = None):
        """The GX expectation object (imports great_expectations.expectations on first use)."""
        import great_expectations.expectations as gxe

        cls = getattr(gxe, self.expectation)
        return cls(**self.kwargs, meta={"check": self.name, "severity": self.severity, **(meta or {})})


@dataclass(frozen=True)
class ForeignKey:
    """`column` must name an existing `parent.parent_column` (nulls are allowed when the column is nullable).

    Checked on the joined batch: the parent key is left-merged as `joined_column` and expected not null.
    """

    column: str
    parent: str
    parent_column: str

    @property
    def joined_column(self) -> str:
        return f"__{self.column}__in_{self.parent}"


@dataclass(frozen=True)
class Suite:
    """The checks of one table, plus what the joined batch needs: foreign keys and the span text column."""

    table: Table
    checks: tuple[Check, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    span_text: str | None = None  # column that must equal documents.text[start_char:end_char]

    @property
    def name(self) -> str:
        return self.table.name

    def __post_init__(self) -> None:
        names = [c.name for c in self.checks]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise ValueError(f"suite {self.table.name}: duplicate check names {sorted(dupes)}")


@dataclass(frozen=True)
class Reference:
    """Code lists the suites check against. `iso3` is None when seeds/reference/countries.csv is absent (the ISO3
    checks are then skipped with a note)."""

    iso3: frozenset[str] | None
    currencies: frozenset[str]
    notes: tuple[str, ...] = field(default=())

    @classmethod
    def load(cls, directory: Path | None = None) -> "Reference":
        from transforms.reference import REFERENCE_DIR

        directory = directory or REFERENCE_DIR
        notes = []
        countries = directory / "countries.csv"
        iso3 = None
        if countries.exists():
            iso3 = frozenset(r["iso3"].strip() for r in _csv_rows(countries) if r.get("iso3", "").strip())
        else:
            notes.append(f"{countries} absent: ISO3 expectations skipped")
        currencies = frozenset(r["code"].strip() for r in _csv_rows(directory / "currencies.csv")
                               if r.get("code", "").strip())
        if not currencies:
            notes.append(f"{directory / 'currencies.csv'} absent or empty: currency expectation skipped")
        return cls(iso3=iso3, currencies=currencies, notes=tuple(notes))


def _csv_rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def schema_checks(table: Table, *, key_severity: Severity = "table", column_severity: Severity = "row") -> list[Check]:
    """What the declared schema alone implies: the columns and their types, the key (unique, never null), the
    non-nullable columns, and the partition value."""
    checks = [
        Check("columns_match_schema", "ExpectTableColumnsToMatchOrderedList", {"column_list": table.columns},
              "table", "exactly the declared columns, in the declared order"),
        Check("types_match_schema", "ExpectColumnPairValuesToBeEqual",
              {"column_A": "actual_type", "column_B": "declared_type"}, "table",
              "every column has its declared Arrow type", batch="schema"),
    ]
    if len(table.key) == 1:
        checks.append(Check("key_unique", "ExpectColumnValuesToBeUnique", {"column": table.key[0]}, key_severity,
                            f"`{table.key[0]}` identifies one row"))
    else:
        checks.append(Check("key_unique", "ExpectCompoundColumnsToBeUnique", {"column_list": list(table.key)},
                            key_severity, f"({', '.join(table.key)}) identifies one row"))
    for k in table.key:
        checks.append(Check(f"{k}_not_null", "ExpectColumnValuesToNotBeNull", {"column": k}, key_severity,
                            "key column never null"))
    for f in table.schema:
        if not f.nullable and f.name not in table.key:
            checks.append(Check(f"{f.name}_not_null", "ExpectColumnValuesToNotBeNull", {"column": f.name},
                                column_severity, "declared non-nullable"))
    if table.partitioned:
        checks.append(Check("published_month_format", "ExpectColumnValuesToMatchRegex",
                            {"column": PARTITION_COLUMN, "regex": MONTH_REGEX}, column_severity,
                            "'YYYY-MM' or 'unknown'"))
    return checks


def in_set(name: str, column: str, values, description: str, severity: Severity = "row") -> Check:
    return Check(name, "ExpectColumnValuesToBeInSet", {"column": column, "value_set": sorted(values)}, severity,
                 description)


def foreign_key_checks(fks: tuple[ForeignKey, ...], *, table_above: float) -> list[Check]:
    """Cross-table integrity: each foreign key exists in its parent (joined batch). Row-level; beyond
    `table_above` of the rows it fails the run."""
    return [Check(f"{fk.column}_exists_in_{fk.parent}", "ExpectColumnValuesToNotBeNull",
                  {"column": fk.joined_column,
                   **({"row_condition": f"`{fk.column}`.notnull()", "condition_parser": "pandas"})},
                  "row", f"`{fk.column}` names an existing {fk.parent}.{fk.parent_column}", batch="joined",
                  table_above=table_above)
            for fk in fks]


def span_checks(table: Table, *, text_column: str | None) -> list[Check]:
    """Character spans lie inside the document and (when `text_column`) the text equals the document slice."""
    checks = [
        Check("start_char_non_negative", "ExpectColumnValuesToBeBetween", {"column": "start_char", "min_value": 0},
              "row", "spans start at or after 0"),
        Check("span_not_empty", "ExpectColumnPairValuesAToBeGreaterThanB",
              {"column_A": "end_char", "column_B": "start_char", "or_equal": False}, "row",
              "end_char > start_char"),
        Check("span_inside_document", "ExpectColumnPairValuesAToBeGreaterThanB",
              {"column_A": DOCUMENT_N_CHARS, "column_B": "end_char", "or_equal": True,
               "ignore_row_if": "either_value_is_missing"}, "row",
              "end_char <= len(documents.text)", batch="joined"),
    ]
    if text_column:
        checks.append(Check(f"{text_column}_matches_document", "ExpectColumnPairValuesToBeEqual",
                            {"column_A": text_column, "column_B": DOCUMENT_SLICE,
                             "ignore_row_if": "either_value_is_missing"}, "row",
                            f"`{text_column}` == documents.text[start_char:end_char]", batch="joined"))
    return checks


def confidence_check() -> Check:
    return Check("confidence_in_0_1", "ExpectColumnValuesToBeBetween",
                 {"column": "confidence", "min_value": 0.0, "max_value": 1.0}, "row", "confidence in [0, 1]")


def iso3_checks(columns: tuple[str, ...], reference: Reference) -> list[Check]:
    if reference.iso3 is None:
        return []
    return [in_set(f"{c}_known", c, reference.iso3, f"`{c}` is an ISO3 code in seeds/reference/countries.csv")
            for c in columns]


INTEGRITY_TABLE_ABOVE = 0.05  # dangling references in more than 5% of a table's rows fail the run
DOCUMENT_MONTH = "__document_month"  # published_month of the row's document (documents: derived from its date)
TEXT_LENGTH = "__text_length"  # documents: len(text)


def document_month_check() -> Check:
    return Check("published_month_matches_document", "ExpectColumnPairValuesToBeEqual",
                 {"column_A": PARTITION_COLUMN, "column_B": DOCUMENT_MONTH,
                  "ignore_row_if": "either_value_is_missing"}, "row",
                 "the row sits in its document's partition (month of documents.published_date)", batch="joined")


DOCUMENT_FK = ForeignKey("document_id", "documents", "document_id")
