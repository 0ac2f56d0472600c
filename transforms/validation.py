"""Validation of the output tables with Great Expectations (no Prefect): run the suites of `expectations/`, split
rows into valid and quarantined, and write a readable HTML report.

Memory is bounded by a batch, not by the run: rows are read from Parquet (a run's staging area, the published
snapshot) or from Arrow tables in memory **one batch at a time** -- whole `published_month` partitions grouped up
to `BATCH_ROWS` rows (a bigger month is cut into slices) -- and each batch is validated by GX with the same suites.
An ephemeral GX context is built inside each call (no shared context, nothing on disk, nothing that fails on
re-run); each suite is registered once and re-run per batch. Per table, three kinds of batches:

- ``table``: the rows as they are (columns, key, enums, ranges, formats);
- ``joined``: the rows left-merged with their parents (documents, entities, commitments), looked up for the
  batch only: a child's document is in its own month (any other month, then the published rows the run keeps,
  are searched for the keys not found there). A foreign key exists when the merged parent key is not null; spans
  and `evidence_text` are compared with ``documents.text[start:end]``; `event_date` with the document's
  `published_date`;
- ``schema``: one row per declared column with its declared and actual Arrow type (once per table).

The per-batch results of a check are folded into one (it passes only when every batch passed; counts summed;
examples from any batch); thresholds (`table_above`) apply to the run-wide counts. Key uniqueness across batches
is checked on the key columns only (pyarrow). Tables are validated parents first; rows a parent loses to
quarantine are gone when its children are checked, so a child pointing at a quarantined row is quarantined too
(or fails the run beyond the integrity threshold).

`import great_expectations` costs ~3 s: it happens inside the validation, never at import time.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import logging
import re
import time
import warnings
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from expectations import Check, Reference, Suite, suite as table_suite
from expectations.base import (DOCUMENT_MONTH, DOCUMENT_N_CHARS, DOCUMENT_SLICE, EVENT_OFFSET_DAYS, SCHEMA_COLUMNS,
                               TEXT_LENGTH)
from transforms.schemas import PARTITION_COLUMN, TABLES, UNKNOWN_MONTH, VALIDATED_TABLES
from transforms.storage import collect_garbage, frozen_heap, release_freed_memory
from transforms.text import stable_id

log = logging.getLogger(__name__)

# parents before children, so a child is checked against the rows its parent keeps
ORDER = ("documents", "entities", "commitments", "mentions", "commitment_parties", "quotes")
MAX_EXAMPLES = 5
FIRST_RESULT_FORMAT = "BASIC"  # every check; the failed ones are re-run with COMPLETE (see `_Gx.run`)


@dataclass
class CheckResult:
    """The outcome of one check on one table. `level` is where a failure lands: 'row' (rows quarantined) or
    'table' (the run fails); a row-level check escalates to 'table' beyond its threshold or when GX could not say
    which rows failed."""

    table: str
    check: Check
    success: bool
    element_count: int = 0
    unexpected_count: int = 0
    examples: list[str] = field(default_factory=list)
    error: str | None = None
    level: str = "row"
    rows: list[int] = field(default_factory=list, repr=False)

    @property
    def name(self) -> str:
        return f"{self.table}.{self.check.name}"


@dataclass
class TableReport:
    name: str
    rows: int
    quarantined: int = 0
    results: list[CheckResult] = field(default_factory=list)


@dataclass
class ValidationResult:
    """Everything a validation found; `ok` is False when any table-level check failed."""

    label: str
    tables: dict[str, TableReport] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def results(self) -> list[CheckResult]:
        return [r for t in self.tables.values() for r in t.results]

    @property
    def passed(self) -> int:
        return sum(r.success for r in self.results)

    @property
    def failed(self) -> int:
        return sum(not r.success for r in self.results)

    @property
    def table_failures(self) -> list[CheckResult]:
        return [r for r in self.results if not r.success and r.level == "table"]

    @property
    def row_failures(self) -> list[CheckResult]:
        return [r for r in self.results if not r.success and r.level == "row"]

    @property
    def ok(self) -> bool:
        return not self.table_failures

    @property
    def rows_quarantined(self) -> int:
        return sum(t.quarantined for t in self.tables.values())

    @property
    def quarantined_by_reason(self) -> dict[str, int]:
        return {r.name: r.unexpected_count for r in self.row_failures}

    def reason(self) -> str:
        """One line naming the table-level failures (the runs table's 'failed: <reason>')."""
        fails = self.table_failures
        names = ", ".join(f"{r.name} ({r.error or f'{r.unexpected_count} rows'})" for r in fails[:5])
        more = f" and {len(fails) - 5} more" if len(fails) > 5 else ""
        return f"validation: {names}{more}"

    def markdown(self, *, report: str | None = None) -> str:
        """Counts for a Prefect artifact: rows, quarantined by reason, expectations passed/failed."""
        lines = [f"# Validation {self.label}: {'passed' if self.ok else 'FAILED'}", "",
                 f"Expectations: **{self.passed} passed, {self.failed} failed** "
                 f"({len(self.table_failures)} table-level). Rows quarantined: **{self.rows_quarantined}**. "
                 f"{self.seconds:.1f} s.", "", "| table | rows | quarantined |", "|---|---:|---:|"]
        lines += [f"| {t.name} | {t.rows:,} | {t.quarantined:,} |" for t in self.tables.values()]
        if self.quarantined_by_reason:
            lines += ["", "| quarantined by expectation | rows |", "|---|---:|"]
            lines += [f"| {k} | {v:,} |" for k, v in sorted(self.quarantined_by_reason.items())]
        if self.table_failures:
            lines += ["", "Table-level failures (nothing published):", ""]
            lines += [f"- `{r.name}` ({r.check.expectation}): {r.error or f'{r.unexpected_count} rows'}"
                      for r in self.table_failures]
        lines += [f"- note: {n}" for n in self.notes]
        if report:
            lines += ["", f"Report: `{report}`"]
        return "\n".join(lines)


@dataclass
class Outcome:
    """A validation's result, the rows to publish (per table) and the quarantine rows (per `quarantine/<table>`).

    Only `validate_tables` (Arrow tables in memory) fills `valid`; `validate_staged` moves the rejected rows out of
    staging itself and returns both empty, `validate_published` returns only `quarantine` (nothing is moved)."""

    result: ValidationResult
    valid: dict[str, pa.Table]
    quarantine: dict[str, pa.Table]


# ---- batches ---------------------------------------------------------------------------------------------------

ROW_ID = "__row"  # in-memory sources: the row's position in the input table (never validated)


def _frame(data: pa.Table):
    return data.to_pandas(date_as_object=False)


def _schema_frame(schema: pa.Schema, name: str):
    import pandas as pd

    declared = TABLES[name].schema
    actual = {f.name: str(f.type) for f in schema}
    return pd.DataFrame({"column": declared.names, "declared_type": [str(f.type) for f in declared],
                         "actual_type": [actual.get(f.name, "missing") for f in declared]},
                        columns=list(SCHEMA_COLUMNS))


def _month_of(dates):
    return dates.dt.strftime("%Y-%m").where(dates.notna(), UNKNOWN_MONTH)


def _joined_frame(suite: Suite, frame, parents: Mapping[str, object]):
    """`frame` plus the parent columns the joined checks read (a new frame; `frame` is not changed)."""
    import pandas as pd

    cols = set(frame.columns)
    added: dict[str, object] = {}
    if suite.name == "documents":
        added[TEXT_LENGTH] = frame["text"].str.len()
        added[DOCUMENT_MONTH] = _month_of(frame["published_date"])
    elif "document_id" in cols:
        docs = parents.get("documents")
        want = ["document_id", "n_chars", "published_date", "published_month"] + (["text"] if suite.span_text else [])
        docs = docs[want] if docs is not None else pd.DataFrame({c: [] for c in want})
        docs = docs.drop_duplicates("document_id")
        # the text is looked up per row, never merged in: a merge would copy a document's text once per child row
        merged = frame[["document_id"]].merge(docs[[c for c in want if c != "text"]], on="document_id", how="left",
                                              sort=False)
        merged.index = frame.index
        added[DOCUMENT_N_CHARS] = merged["n_chars"]
        added[DOCUMENT_MONTH] = merged["published_month"]
        if suite.span_text:
            texts = dict(zip(docs["document_id"].tolist(), docs["text"].tolist()))
            spans = (frame["start_char"].notna() & frame["end_char"].notna()).tolist()
            added[DOCUMENT_SLICE] = pd.Series(
                [t[s:e] if span and isinstance(t := texts.get(d), str) else None
                 for d, s, e, span in zip(frame["document_id"].tolist(), frame["start_char"].tolist(),
                                          frame["end_char"].tolist(), spans)],
                index=frame.index, dtype=object)
        if "event_date" in cols:
            published = pd.to_datetime(merged["published_date"])
            added[EVENT_OFFSET_DAYS] = (pd.to_datetime(frame["event_date"]) - published).dt.days
    for fk in suite.foreign_keys:
        parent = parents.get(fk.parent)
        keys = (parent[fk.parent_column].dropna().drop_duplicates() if parent is not None
                else pd.Series([], dtype=object))
        lookup = pd.DataFrame({fk.column: keys.values, fk.joined_column: keys.values})
        merged = frame[[fk.column]].merge(lookup, on=fk.column, how="left", sort=False)
        merged.index = frame.index
        added[fk.joined_column] = merged[fk.joined_column]
    return frame.assign(**added)


_CONDITION_NAMES = re.compile(r"`([^`]*)`|\b([A-Za-z_][A-Za-z0-9_]*)\b")


def suite_columns(checks: list[Check], columns) -> list[str]:
    """The columns of `columns` (in their order) that `checks` read: each expectation's column(s), the names its
    `row_condition` mentions; every column when one of them is about the whole table (GX domain `table`, e.g.
    `ExpectTableColumnsToMatchOrderedList`, which must see the columns as they are). GX gets only these: an
    expectation filtered by a row condition or `ignore_row_if`, or listing its failing rows, copies the frame it
    is given, all columns included."""
    import great_expectations.expectations as gxe
    from great_expectations.core.metric_domain_types import MetricDomainTypes

    columns = list(columns)
    read: set[str] = set()
    for c in checks:
        if getattr(gxe, c.expectation).domain_type == MetricDomainTypes.TABLE:
            return columns
        kwargs = c.kwargs
        read.update(kwargs[k] for k in ("column", "column_A", "column_B") if k in kwargs)
        read.update(kwargs.get("column_list") or ())
        for quoted, bare in _CONDITION_NAMES.findall(kwargs.get("row_condition") or ""):
            read.add(quoted or bare)
    return [c for c in columns if c in read]


# ---- GX --------------------------------------------------------------------------------------------------------

class _Gx:
    """One ephemeral GX context for one validation call. A suite is registered once per (table, batch kind) and
    its validation definition is re-run on every batch of rows (the per-batch cost is the run, not the setup).

    Every definition reads the same dataframe asset and batch definition: a whole-dataframe batch takes its rows
    from the run's `batch_parameters`, so an asset per suite bought nothing, and each asset or batch definition
    added re-serialised the context's whole data source configuration to YAML (two saves per suite, each larger
    than the last: ~0.6 s of CPU of the ~1.1 s it took to register the 19 suites of a run)."""

    def __init__(self) -> None:
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        self.gx = gx
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        self.source = self.context.data_sources.add_pandas("pledgeflow")
        self.batch = self.source.add_dataframe_asset("rows").add_batch_definition_whole_dataframe("rows")
        self.definitions: dict[str, object] = {}

    def _definition(self, name: str, checks: list[Check]):
        from great_expectations.core.expectation_suite import ExpectationSuite

        if name in self.definitions:
            return self.definitions[name]
        with warnings.catch_warnings():  # string row conditions: deprecated in GX 1.9, still the documented form
            warnings.simplefilter("ignore", DeprecationWarning)
            expectations = [c.gx() for c in checks]
        suite = self.context.suites.add(ExpectationSuite(name=name, expectations=expectations))
        if len(suite.expectations) != len(checks):  # GX drops unknown expectations with a log line only
            raise RuntimeError(f"suite {name}: {len(checks)} checks declared, {len(suite.expectations)} loaded")
        definition = self.context.validation_definitions.add(
            self.gx.ValidationDefinition(name=name, data=self.batch, suite=suite))
        self.definitions[name] = definition
        return definition

    def run(self, name: str, checks: list[Check], frame) -> dict[str, dict]:
        """Validate `frame` with `checks`; returns check name -> GX result as a dict.

        GX runs the suite with the BASIC result format (success, counts, example values); only the checks that
        failed are run again with COMPLETE, which lists the failing rows (`unexpected_index_list`). Listing rows
        costs GX a filtered copy of the whole frame per expectation -- and SUMMARY already lists (a partial list
        of) them, plus a query string per expectation -- so the usual all-pass batch pays only the counts; a
        failed check's result (examples, counts, rows) is the COMPLETE one, as before."""
        try:
            out = self._results(self._definition(name, checks), frame, FIRST_RESULT_FORMAT)
            failed = [c for c in checks if c.name in out and not out[c.name]["success"] and not out[c.name]["error"]]
            if failed:
                names = tuple(sorted(c.name for c in failed))
                rerun = self._definition(f"{name}.rows.{stable_id('rows', *names)}", failed)
                out.update(self._results(rerun, frame, "COMPLETE"))
        finally:
            self._release_batches()
            release_freed_memory()
        return out

    def _release_batches(self) -> None:
        """Drop the frames GX keeps after a run. The pandas execution engine caches the last batch of every asset
        (`batch_manager._batch_data_cache`, no public API clears it): the last batch frame (hundreds of MB at full
        batch size) would stay alive until the next run, or the end of the validation."""
        manager = getattr(self.source.get_execution_engine(), "batch_manager", None)
        for attr in ("_batch_data_cache", "_batch_cache"):
            cache = getattr(manager, attr, None)
            if isinstance(cache, dict):
                cache.clear()

    @staticmethod
    def _results(definition, frame, result_format: str) -> dict[str, dict]:
        res = definition.run(batch_parameters={"dataframe": frame},
                             result_format={"result_format": result_format,
                                            "partial_unexpected_count": MAX_EXAMPLES})
        out = {}
        for r in res.results:
            info = r.exception_info or {}
            raised = info.get("raised_exception") or any(
                isinstance(v, dict) and v.get("raised_exception") for v in info.values())
            message = info.get("exception_message") or next(
                (v.get("exception_message") for v in info.values() if isinstance(v, dict)
                 and v.get("raised_exception")), None)
            out[r.expectation_config.meta["check"]] = {"success": bool(r.success), "result": dict(r.result or {}),
                                                       "error": (message or "GX raised") if raised else None}
        return out


def _example(value) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= 160 else text[:157] + "..."


@dataclass
class _Aggregate:
    """The results of one check over every batch of a table, folded into one: it passes only when every batch
    passed; counts are summed; failing examples come from any batch (the first `MAX_EXAMPLES`)."""

    table: str
    check: Check
    success: bool = True
    element_count: int = 0
    unexpected_count: int = 0
    examples: list[str] = field(default_factory=list)
    error: str | None = None
    unlisted: bool = False  # a failing batch for which GX could not list the failing rows

    def add(self, gx_result: dict | None, n_rows: int) -> list[int]:
        """Fold one batch's GX result in; returns the positions (in the batch) of the rows that failed."""
        if gx_result is None:
            self.success, self.error = False, self.error or "no result from GX"
            self.element_count += n_rows
            return []
        res = gx_result["result"]
        unexpected = int(res.get("unexpected_count") or 0)
        self.element_count += int(res.get("element_count") or n_rows)
        self.unexpected_count += unexpected
        if gx_result["success"] and not gx_result["error"]:
            return []
        self.success = False
        self.error = self.error or gx_result["error"]
        if self.check.expectation == "ExpectTableColumnsToMatchOrderedList" and "observed_value" in res:
            if not self.examples:
                self.examples = [f"observed columns: {res['observed_value']}"]
        else:
            room = MAX_EXAMPLES - len(self.examples)
            self.examples += [_example(v) for v in (res.get("partial_unexpected_list") or [])[:max(room, 0)]]
        rows = res.get("unexpected_index_list")
        if rows is None or gx_result["error"]:
            self.unlisted = True
            return []
        return [int(i) for i in rows if not isinstance(i, dict)]

    def result(self) -> CheckResult:
        out = CheckResult(self.table, self.check, self.success, element_count=self.element_count,
                          unexpected_count=self.unexpected_count, examples=self.examples, error=self.error,
                          level=self.check.severity)
        if out.success or out.level != "row":
            return out
        if self.unlisted or self.error:
            out.level = "table"  # GX could not tell which rows: fail the table rather than guess
        elif self.escalates(self.unexpected_count, self.element_count):
            out.level = "table"
            out.error = (f"{self.unexpected_count} of {self.element_count} rows "
                         f"({self.unexpected_count / self.element_count:.0%}) fail, above the "
                         f"{self.check.table_above:.0%} threshold")
        return out

    def escalates(self, unexpected: int, element: int) -> bool:
        above = self.check.table_above
        return above is not None and element > 0 and unexpected / element > above


# ---- sources: where the rows come from ---------------------------------------------------------------------------

PARENT_KEYS = {"documents": "document_id", "entities": "entity_id", "commitments": "commitment_id"}


def _is_in(column: pa.ChunkedArray | pa.Array, values) -> pa.Array:
    import pyarrow.compute as pc

    return pc.fill_null(pc.is_in(column, value_set=pa.array(sorted(values), column.type)), False)


def _month_mask(data: pa.Table, months: list[str | None]) -> pa.Array:
    import pyarrow.compute as pc

    column = data[PARTITION_COLUMN]
    mask = _is_in(column, [m for m in months if m is not None])
    return pc.or_(mask, pc.is_null(column)) if None in months else mask


def _key_strings(data: pa.Table, key: tuple[str, ...]) -> pa.ChunkedArray:
    """One string per row identifying its key (compound keys joined with U+001F); null when a key part is null."""
    import pyarrow.compute as pc

    if len(key) == 1:
        return data[key[0]].cast(pa.string())
    return pc.binary_join_element_wise(*[data[k].cast(pa.string()) for k in key], "\x1f")


class _Source:
    """The tables one validation reads, batch by batch. `months(name)` is the row count of each `published_month`
    partition (None for a table read whole: not partitioned, or without the partition column); `read` returns the
    rows of some months (all of them when `months` is None), `find` the rows whose `column` is in `ids` whatever
    their month, `context` the parent rows outside the validated tables (published rows the run keeps)."""

    def forget_datasets(self) -> None:
        """Drop what was discovered about the files of the tables (nothing here; see `_DatasetSource`)."""

    def names(self) -> list[str]:
        raise NotImplementedError

    def schema(self, name: str) -> pa.Schema:
        raise NotImplementedError

    def months(self, name: str) -> dict[str | None, int] | None:
        raise NotImplementedError

    def read(self, name: str, months: list[str | None] | None = None, columns: list[str] | None = None) -> pa.Table:
        raise NotImplementedError

    def find(self, name: str, column: str, ids: set[str], columns: list[str]) -> pa.Table:
        raise NotImplementedError

    def context(self, name: str, column: str, ids: set[str], columns: list[str]) -> pa.Table | None:
        return None


class _MemorySource(_Source):
    """Arrow tables already in memory (`validate_tables`): rows carry their position (`ROW_ID`)."""

    def __init__(self, tables: Mapping[str, pa.Table], context: Mapping[str, pa.Table] | None) -> None:
        self.tables = {n: t.append_column(ROW_ID, pa.array(range(t.num_rows), pa.int64())) for n, t in tables.items()}
        self.contexts = dict(context or {})

    def names(self) -> list[str]:
        return list(self.tables)

    def schema(self, name: str) -> pa.Schema:
        return self.tables[name].schema.remove(self.tables[name].schema.get_field_index(ROW_ID))

    def months(self, name: str) -> dict[str | None, int] | None:
        import pyarrow.compute as pc

        data = self.tables[name]
        if not TABLES[name].partitioned or PARTITION_COLUMN not in data.column_names:
            return None
        counts = pc.value_counts(data[PARTITION_COLUMN]).to_pylist() if data.num_rows else []
        return {c["values"]: c["counts"] for c in counts}

    def read(self, name, months=None, columns=None):
        data = self.tables[name]
        if months is not None:
            data = data.filter(_month_mask(data, months))
        return data.select(columns) if columns is not None else data

    def find(self, name, column, ids, columns):
        data = self.tables[name]
        return data.filter(_is_in(data[column], ids)).select(columns)

    def context(self, name, column, ids, columns):
        data = self.contexts.get(name)
        if data is None:
            return None
        return data.filter(_is_in(data[column], ids)).select(columns)


def _dataset(path: Path, table, *, physical: bool = False):
    import pyarrow.dataset as ds

    from transforms.storage import _partitioning

    return ds.dataset(path, schema=None if physical else table.schema, format="parquet",
                      partitioning=_partitioning(table) if table.partitioned else None)


def _partition_counts(path: Path, table) -> dict[str | None, int]:
    """Rows per month of a partitioned table's dataset, from the Parquet footers only: per `published_month=<m>`
    folder of a published table, per month row group of a staged one (`transforms.storage.StagedFiles`)."""
    import pyarrow.parquet as pq

    from transforms.storage import StagedFiles

    counts: dict[str | None, int] = {}
    if not path.exists():
        return counts
    for folder in sorted(path.iterdir()):
        if folder.is_dir() and folder.name.startswith(PARTITION_COLUMN + "="):
            counts[folder.name.split("=", 1)[1]] = sum(pq.read_metadata(f).num_rows
                                                      for f in folder.rglob("*.parquet"))
    for month, rows in StagedFiles(table, path).months().items():
        counts[month] = counts.get(month, 0) + rows
    return counts


class _DatasetSource(_Source):
    """Parquet datasets on disk (a run's staging area, or the published snapshot), read one month group at a time
    and only the columns asked for."""

    def __init__(self, paths: Mapping[str, Path | None], *, physical: set[str] = frozenset()) -> None:
        self.paths = dict(paths)
        self.physical = set(physical)  # tables read with their on-disk types (a schema drift shows)
        self._months: dict[str, dict | None] = {}
        # discovered once per validated table (its files do not change meanwhile), then forgotten: kept for the
        # whole validation they held 50-65 MB more at the peak at 4x the corpus (fragment metadata of ~1,000 files)
        self._datasets: dict[str, object] = {}

    def forget_datasets(self) -> None:
        self._datasets.clear()

    def _dataset(self, name: str):
        if name not in self._datasets:
            self._datasets[name] = _dataset(self.paths[name], TABLES[name], physical=name in self.physical)
        return self._datasets[name]

    def names(self) -> list[str]:
        return list(self.paths)

    def _exists(self, name: str) -> bool:
        path = self.paths.get(name)
        return path is not None and path.exists()

    def schema(self, name: str) -> pa.Schema:
        if name in self.physical:
            return self._dataset(name).schema
        return TABLES[name].schema

    def months(self, name: str) -> dict[str | None, int] | None:
        if not TABLES[name].partitioned:
            return None
        if name not in self._months:
            self._months[name] = _partition_counts(self.paths[name], TABLES[name]) if self._exists(name) else {}
        return self._months[name]

    def _filtered(self, name: str, expression, columns):
        table = TABLES[name]
        if not self._exists(name):
            data = table.empty()
            return data.select(columns) if columns is not None else data
        return self._dataset(name).to_table(columns=columns, filter=expression)

    def read(self, name, months=None, columns=None):
        import pyarrow.dataset as ds

        if months is None or not TABLES[name].partitioned:
            return self._filtered(name, None, columns)
        if not months:
            return self._filtered(name, ds.scalar(False), columns)
        return self._filtered(name, ds.field(PARTITION_COLUMN).isin([m for m in months if m is not None]), columns)

    def find(self, name, column, ids, columns):
        import pyarrow.dataset as ds

        return self._filtered(name, ds.field(column).isin(sorted(ids)), columns)


class _StagedSource(_DatasetSource):
    """A run's staged tables; parents may also be published rows the run keeps (not those of replaced
    documents)."""

    def __init__(self, store, run_id: str, *, replaced: Mapping[str, str] | None = None) -> None:
        import pyarrow.parquet as pq

        paths = {}
        for name in TABLES:
            path = store.staging(run_id) / name
            if name != "runs" and path.exists() and any(pq.read_metadata(f).num_rows
                                                        for f in path.rglob("*.parquet")):
                paths[name] = path
        super().__init__(paths)
        self.store, self.run_id = store, run_id
        self.replaced = sorted(replaced or {})

    def read(self, name, months=None, columns=None):
        from transforms.storage import _unique_by_key

        if TABLES[name].partitioned and self._exists(name):
            # a staged file holds every month of its batch, one row group per month: the months' row groups
            # alone, month after month (the order GX saw the rows in when staging had one folder per month)
            staged = self._staged(name)
            return staged.read_months(staged.groups if months is None else [m for m in months if m is not None],
                                      columns=columns)
        data = super().read(name, months, columns)
        if not TABLES[name].partitioned and columns is None and data.num_rows:
            # global tables (entities) may be staged once per batch: identical rows are merged at publish, so
            # only differing rows with the same key are a broken key
            data = _unique_by_key(data, data.column_names)
        return data

    def _staged(self, name: str):
        from transforms.storage import StagedFiles

        key = ("staged", name)  # forgotten with the datasets (`forget_datasets`)
        if key not in self._datasets:
            self._datasets[key] = StagedFiles(TABLES[name], self.paths[name])
        return self._datasets[key]

    def context(self, name, column, ids, columns):
        import pyarrow.compute as pc
        import pyarrow.dataset as ds

        wanted = list(dict.fromkeys(columns + (["document_id"] if self.replaced and "document_id"
                                                in TABLES[name].columns else [])))
        rows = self.store.read(name, columns=wanted, filter=ds.field(column).isin(sorted(ids)))
        if self.replaced and "document_id" in rows.column_names:
            rows = rows.filter(pc.invert(_is_in(rows["document_id"], self.replaced)))
        return rows.select(columns)


class _PublishedSource(_DatasetSource):
    """Every published table, read with its physical column types where they differ from the declared ones (so
    the schema expectations see what is on disk)."""

    def __init__(self, store) -> None:
        paths, physical = {}, set()
        for name, table in TABLES.items():
            path = store.table_path(name)
            paths[name] = path
            if path is not None and path.exists():
                types = {f.name: f.type for f in _dataset(path, table, physical=True).schema}
                if any(f.name in types and types[f.name] != f.type for f in table.schema):
                    physical.add(name)
        super().__init__(paths, physical=physical)


# ---- the validation itself ---------------------------------------------------------------------------------------

BATCH_ROWS = 100_000  # rows per GX batch: small months are grouped up to it, a bigger month is cut into slices
# Tables whose batches cost more memory per row (their rows, or the documents' text their joined checks read) get
# smaller budgets, small enough that a run of a few thousand documents already fills them: memory then stays flat
# as the input grows (a batch of 9,000 commitments, one batch at 4x the corpus, read the text of all 23,000
# documents of its months: +55 MB at the peak)
BATCH_ROWS_BY_TABLE = {"documents": 5_000, "mentions": 80_000, "quotes": 15_000, "commitments": 2_000,
                       "commitment_parties": 3_000}


def _batches(source: _Source, name: str, budget: int):
    """(months, rows) batches of table `name`: whole months grouped up to `budget` rows (a month above the budget
    is read alone and cut into slices). Always at least one batch, so an empty table is validated too."""
    counts = source.months(name)
    if counts is None:
        groups: list[list[str | None] | None] = [None]
    else:
        groups, group, size = [], [], 0
        for month in sorted(counts, key=lambda m: (m is None, m or "")):
            if group and size + counts[month] > budget:
                groups.append(group)
                group, size = [], 0
            group.append(month)
            size += counts[month]
        groups.append(group)
    for months in groups:
        data = source.read(name, months)
        for offset in range(0, max(data.num_rows, 1), budget):
            yield months, data.slice(offset, budget)


@dataclass
class _Rejected:
    """The rows of one table that row-level checks rejected (kept apart while the table's batches run)."""

    keys: list[str | None] = field(default_factory=list)
    months: list[str | None] = field(default_factory=list)
    row_ids: list[int | None] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    checks: list[list[str]] = field(default_factory=list)


class _Validator:
    """Validates the tables of one source, table after table (parents first) and batch after batch."""

    def __init__(self, source: _Source, *, reference: Reference, result: ValidationResult,
                 batch_rows: int | None = None) -> None:
        self.source = source
        self.reference = reference
        self.result = result
        self.batch_rows = batch_rows
        self.names = set(source.names())
        self.gx = _Gx()
        self.quarantined: dict[str, set[str]] = {p: set() for p in PARENT_KEYS}
        self.rejected: dict[str, _Rejected] = {}
        # parent tables read whole, for the children validated in one batch (see `_parent_rows`)
        self.whole: dict[str, pa.Table] = {}
        self.read_whole = False

    def budget(self, name: str) -> int:
        return self.batch_rows or BATCH_ROWS_BY_TABLE.get(name, BATCH_ROWS)

    def run(self) -> None:
        names = self.source.names()
        for name in [n for n in ORDER if n in names] + [n for n in names if n not in ORDER]:
            self.source.forget_datasets()
            self.table(name)
        self.whole.clear()

    # ---- parents of a batch --------------------------------------------------------------------------------
    def _lookup(self, parent: str, ids: set[str], columns: list[str], months) -> pa.Table:
        """The rows of `parent` with these keys that the run keeps: the batch's own months first, then any month,
        then (for keys the run does not stage at all) the published rows it keeps."""
        import pyarrow.compute as pc

        key = PARENT_KEYS[parent]
        found: list[pa.Table] = []
        missing = set(ids)
        if parent in self.names and missing:
            staged: set[str] = set()
            whole = self._parent_rows(parent, columns)
            if months is not None and self.source.months(parent) is not None:
                if whole is None:
                    rows = self.source.read(parent, months, columns)
                    rows = rows.filter(_is_in(rows[key], missing))
                else:
                    rows = whole.filter(pc.and_(_month_mask(whole, months), _is_in(whole[key], missing)))
                found.append(rows.select(columns))
                staged |= set(rows[key].to_pylist())
            rest = missing - staged
            if rest:
                rows = (self.source.find(parent, key, rest, columns) if whole is None
                        else whole.filter(_is_in(whole[key], rest)).select(columns))
                found.append(rows)
                staged |= set(rows[key].to_pylist())
            if self.quarantined[parent]:
                found = [t.filter(pc.invert(_is_in(t[key], self.quarantined[parent]))) for t in found]
            missing -= staged  # a quarantined row is not looked for in the published data either
        if missing:
            rows = self.source.context(parent, key, missing, columns)
            if rows is not None:
                found.append(rows)
        found = [t for t in found if t.num_rows]
        return pa.concat_tables(found) if found else TABLES[parent].schema.empty_table().select(columns)

    def _parent_rows(self, parent: str, columns: list[str]) -> pa.Table | None:
        """The whole staged `parent` (at least `columns`, read once and kept for the next children) when the
        table being validated fits in one batch: its lookup would read (nearly) every month of the parent anyway,
        and so would its siblings' (mentions, commitments, quotes all read their documents' text). None when the
        table takes several batches, or when the parent is bigger than one of its own batches (29,000 documents
        with their text held whole cost 126 MB of peak memory at 4x the corpus): each batch then reads only its
        own months of the parent, and nothing whole is kept (memory stays bounded by a batch)."""
        counts = self.source.months(parent)
        if not self.read_whole or counts is None or sum(counts.values()) > self.budget(parent):
            return None  # a parent bigger than one of its own batches is never held whole (flat memory)
        whole = self.whole.get(parent)
        if whole is None or not set(columns) <= set(whole.column_names):
            self.whole.pop(parent, None)
            wanted = list(dict.fromkeys((whole.column_names if whole is not None else []) + columns
                                        + [PARTITION_COLUMN]))
            whole = self.whole[parent] = self.source.read(parent, None, wanted)
        return whole

    def parents(self, suite: Suite, frame, months) -> dict[str, object]:
        wanted: dict[str, tuple[list[str], set[str]]] = {}
        if suite.name != "documents" and "document_id" in frame.columns:
            cols = ["document_id", "n_chars", "published_date", "published_month"] + (
                ["text"] if suite.span_text else [])
            wanted["documents"] = (cols, set())
        for fk in suite.foreign_keys:
            wanted.setdefault(fk.parent, ([fk.parent_column], set()))
        for parent, (cols, ids) in wanted.items():
            for column in [fk.column for fk in suite.foreign_keys if fk.parent == parent] + (
                    ["document_id"] if parent == "documents" else []):
                if column in frame.columns:
                    ids.update(v for v in frame[column].dropna().unique().tolist() if isinstance(v, str))
        return {parent: _frame(self._lookup(parent, ids, cols, months)) for parent, (cols, ids) in wanted.items()}

    # ---- one table ---------------------------------------------------------------------------------------------
    def table(self, name: str) -> None:
        suite = table_suite(name, self.reference)
        schema = self.source.schema(name)
        report = TableReport(name, 0)
        self.result.tables[name] = report
        safe = name.replace("/", "__")
        by_batch: dict[str, list[Check]] = {}
        for c in suite.checks:
            by_batch.setdefault(c.batch, []).append(c)
        declared_present = set(TABLES[name].columns) <= set(schema.names)
        if by_batch.get("joined") and not declared_present:
            self.result.notes.append(f"{name}: joined checks skipped (declared columns missing)")
        aggregates = {c.name: _Aggregate(name, c) for c in suite.checks}

        schema_frame = _schema_frame(schema, name)
        raw = self.gx.run(f"{safe}.schema", by_batch.get("schema", []), schema_frame)
        for c in by_batch.get("schema", []):
            failing = aggregates[c.name].add(raw.get(c.name), len(schema_frame))
            if failing:  # name the columns, and fail the table (no row is to blame)
                aggregates[c.name].examples = [
                    f"{schema_frame.column[i]}: {schema_frame.actual_type[i]} (declared "
                    f"{schema_frame.declared_type[i]})" for i in failing[:MAX_EXAMPLES]]

        counts = self.source.months(name)
        total = sum(counts.values()) if counts is not None else None
        self.read_whole = total is not None and total <= self.budget(name) and bool(by_batch.get("joined"))
        if not self.read_whole:
            self.whole.clear()  # released before this table's batches are read
        rejected = _Rejected()
        batches = 0
        for months, data in _batches(self.source, name, self.budget(name)):
            batches += 1
            row_ids = data[ROW_ID].to_pylist() if ROW_ID in data.column_names else None
            if row_ids is not None:
                data = data.drop_columns([ROW_ID])
            report.rows += data.num_rows
            frame = _frame(data)
            raw = self.gx.run(f"{safe}.table", by_batch.get("table", []),
                              frame[suite_columns(by_batch.get("table", []), frame.columns)])
            if by_batch.get("joined") and declared_present:
                joined = _joined_frame(suite, frame, self.parents(suite, frame, months))
                raw.update(self.gx.run(f"{safe}.joined", by_batch["joined"],
                                       joined[suite_columns(by_batch["joined"], joined.columns)]))
                del joined
            failed: dict[int, list[str]] = {}
            for c in suite.checks:
                if c.batch == "schema" or (c.batch == "joined" and not declared_present):
                    continue
                agg = aggregates[c.name]
                rows = agg.add(raw.get(c.name), data.num_rows)
                if c.severity != "row" or not rows:
                    continue
                if total is not None and agg.escalates(agg.unexpected_count, total):
                    continue  # certain to fail the run: its rows are not quarantined, no need to keep them
                for i in rows:
                    failed.setdefault(i, []).append(c.name)
            if failed and name in VALIDATED_TABLES:
                self._reject(name, rejected, data, row_ids, failed)
            del frame, data
            collect_garbage()  # the batch's frames are held by GX's cyclic garbage until a full collection
        if batches > 1 and "key_unique" in aggregates and set(TABLES[name].key) <= set(schema.names):
            self._global_key_check(name, aggregates["key_unique"])
        report.results = [aggregates[c.name].result() for c in suite.checks]
        # rows of checks escalated to table level are not quarantined (the run fails anyway)
        quarantining = {r.check.name for r in report.results if not r.success and r.level == "row"}
        kept = _Rejected()
        for i, checks in enumerate(rejected.checks):
            checks = [c for c in checks if c in quarantining]
            if checks:
                kept.keys.append(rejected.keys[i])
                kept.months.append(rejected.months[i])
                kept.row_ids.append(rejected.row_ids[i])
                kept.raw.append(rejected.raw[i])
                kept.checks.append(checks)
        if kept.keys or kept.row_ids:
            self.rejected[name] = kept
            report.quarantined = len(kept.raw)
            if name in PARENT_KEYS:
                self.quarantined[name] |= {k for k in kept.keys if k is not None}

    def _reject(self, name: str, rejected: _Rejected, data: pa.Table, row_ids, failed: dict[int, list[str]]) -> None:
        positions = sorted(failed)
        rows = data.take(pa.array(positions, pa.int64()))
        key = TABLES[name].key
        keys = (_key_strings(rows, key).to_pylist() if set(key) <= set(rows.column_names)
                else [None] * len(positions))
        months = (rows[PARTITION_COLUMN].to_pylist() if PARTITION_COLUMN in rows.column_names
                  else [None] * len(positions))
        for i, record, k, m in zip(positions, rows.to_pylist(), keys, months):
            rejected.keys.append(k)
            rejected.months.append(m)
            rejected.row_ids.append(row_ids[i] if row_ids is not None else None)
            rejected.raw.append(json.dumps(record, default=str, ensure_ascii=False))
            rejected.checks.append(failed[i])

    def _global_key_check(self, name: str, agg: _Aggregate) -> None:
        """Key uniqueness across batches, on the key columns only (each batch's GX run sees its own rows)."""
        import pyarrow.compute as pc

        key = list(TABLES[name].key)
        keys = self.source.read(name, None, key).drop_null()
        groups = keys.group_by(key, use_threads=False).aggregate([([], "count_all")])
        dupes = groups.filter(pc.greater(groups["count_all"], 1))
        if not dupes.num_rows:
            return
        agg.success = False
        agg.unexpected_count = max(agg.unexpected_count, int(pc.sum(dupes["count_all"]).as_py()))
        room = MAX_EXAMPLES - len(agg.examples)
        for row in dupes.slice(0, max(room, 0)).to_pylist():
            row.pop("count_all")
            agg.examples.append(_example(row[key[0]] if len(key) == 1 else row))

    # ---- outputs -----------------------------------------------------------------------------------------------
    def quarantine_rows(self, name: str, *, run_id: str, at: dt.datetime) -> pa.Table:
        table = TABLES[f"quarantine/{name}"]
        rejected = self.rejected[name]
        rows = [{"quarantine_id": stable_id("vq", name, raw), "table": name,
                 "failed_expectation": "; ".join(f"{name}.{c}" for c in checks), "raw_values": raw,
                 "run_id": run_id, "quarantined_at": at}
                for raw, checks in zip(rejected.raw, rejected.checks)]
        return pa.Table.from_pylist(rows, schema=table.schema)


# ---- entry points ----------------------------------------------------------------------------------------------

def _validate(source: _Source, *, reference: Reference | None, label: str, batch_rows: int | None) -> _Validator:
    started = time.perf_counter()
    reference = reference if reference is not None else Reference.load()
    result = ValidationResult(label=label, notes=list(reference.notes))
    validator = _Validator(source, reference=reference, result=result, batch_rows=batch_rows)
    with frozen_heap():  # makes the full collection after each batch cheap
        validator.run()
    result.seconds = time.perf_counter() - started
    return validator


def validate_tables(tables: Mapping[str, pa.Table], *, context: Mapping[str, pa.Table] | None = None,
                    reference: Reference | None = None, run_id: str = "adhoc", at: dt.datetime | None = None,
                    label: str | None = None, batch_rows: int | None = None) -> Outcome:
    """Validate every table in `tables` (name -> Arrow table) with its suite.

    context: rows of parent tables that are not being validated but stay published (e.g. documents of earlier
        runs): foreign keys may point at them.
    batch_rows: rows per GX batch (default `BATCH_ROWS`, documents `BATCH_ROWS_BY_TABLE`).
    Returns the result, the valid rows of every table, and `quarantine/<table>` rows for the rows rejected by
    row-level checks (none are rejected from tables whose suites are all table-level, like `runs`).
    """
    import pyarrow.compute as pc

    at = at or dt.datetime.now(dt.timezone.utc)
    validator = _validate(_MemorySource(tables, context), reference=reference, label=label or run_id,
                          batch_rows=batch_rows)
    valid: dict[str, pa.Table] = {}
    quarantine: dict[str, pa.Table] = {}
    for name, data in tables.items():
        if name in validator.rejected:
            bad = validator.rejected[name].row_ids
            valid[name] = data.filter(pc.invert(_is_in(pa.array(range(data.num_rows), pa.int64()), bad)))
            quarantine[f"quarantine/{name}"] = validator.quarantine_rows(name, run_id=run_id, at=at)
        else:
            valid[name] = data
    return Outcome(validator.result, valid, quarantine)


# ---- report ----------------------------------------------------------------------------------------------------

_CSS = """body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222;max-width:1200px}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{border:1px solid #ddd;padding:4px 6px;
vertical-align:top;text-align:left}th{background:#f4f4f4}.pass{color:#17692a}.fail{color:#b00020;font-weight:600}
.row{background:#fff7e0}.tbl{background:#fde8ea}code{font-size:12px}.ex{font-family:monospace;font-size:12px;
white-space:pre-wrap;word-break:break-all}.badge{display:inline-block;padding:1px 6px;border-radius:3px;
background:#eee;font-size:12px}"""


def report_html(result: ValidationResult) -> str:
    """A self-contained HTML page (no external CSS/JS): each suite, expectation, severity, result, examples."""
    e = html.escape
    status = "passed" if result.ok and not result.failed else ("passed with quarantined rows" if result.ok
                                                                 else "FAILED: nothing published")
    out = [f"<!doctype html><html><head><meta charset='utf-8'><title>pledgeflow validation {e(result.label)}"
           f"</title><style>{_CSS}</style></head><body>",
           f"<h1>pledgeflow validation <code>{e(result.label)}</code>: "
           f"<span class='{'pass' if result.ok else 'fail'}'>{e(status)}</span></h1>",
           f"<p>{result.passed} expectations passed, {result.failed} failed ({len(result.table_failures)} "
           f"table-level); {result.rows_quarantined} rows quarantined; {result.seconds:.2f} s.</p>"]
    if result.notes:
        out.append("<ul>" + "".join(f"<li>{e(n)}</li>" for n in result.notes) + "</ul>")
    if result.failed:
        out.append("<h2>Failed expectations</h2><ul>")
        for r in result.results:
            if not r.success:
                out.append(f"<li class='{'tbl' if r.level == 'table' else 'row'}'><a href='#{e(r.name)}'>"
                           f"<code>{e(r.name)}</code></a> ({e(r.level)}-level): "
                           f"{e(r.error or f'{r.unexpected_count} of {r.element_count} rows')}</li>")
        out.append("</ul>")
    out.append("<h2>Tables</h2><table><tr><th>table</th><th>rows</th><th>quarantined</th><th>expectations</th>"
               "<th>failed</th></tr>")
    for t in result.tables.values():
        n_fail = sum(not r.success for r in t.results)
        out.append(f"<tr><td><a href='#t-{e(t.name)}'>{e(t.name)}</a></td><td>{t.rows:,}</td><td>{t.quarantined:,}"
                   f"</td><td>{len(t.results)}</td><td class='{'fail' if n_fail else 'pass'}'>{n_fail}</td></tr>")
    out.append("</table>")
    for t in result.tables.values():
        out.append(f"<h2 id='t-{e(t.name)}'>Suite <code>{e(t.name)}</code> ({t.rows:,} rows)</h2>"
                   "<table><tr><th>expectation</th><th>GX type and arguments</th><th>batch</th><th>severity</th>"
                   "<th>result</th><th>failing examples</th></tr>")
        for r in t.results:
            c = r.check
            args = ", ".join(f"{k}={_short(v)}" for k, v in c.kwargs.items())
            sev = c.severity + (f" (table above {c.table_above:.0%})" if c.table_above is not None else "")
            res = ("<span class='pass'>pass</span>" if r.success else
                   f"<span class='fail'>FAIL ({e(r.level)})</span> {r.unexpected_count:,}/{r.element_count:,}"
                   + (f"<br>{e(r.error)}" if r.error else ""))
            ex = "<br>".join(e(x) for x in r.examples) if not r.success else ""
            cls = "" if r.success else (" class='tbl'" if r.level == "table" else " class='row'")
            out.append(f"<tr id='{e(r.name)}'{cls}><td><code>{e(c.name)}</code><br>{e(c.description)}</td>"
                       f"<td><code>{e(c.expectation)}</code><br><span class='ex'>{e(args)}</span></td>"
                       f"<td>{e(c.batch)}</td><td><span class='badge'>{e(sev)}</span></td><td>{res}</td>"
                       f"<td class='ex'>{ex}</td></tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def _short(value) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= 120 else text[:117] + "..."


def result_json(result: ValidationResult) -> dict:
    return {"label": result.label, "ok": result.ok, "passed": result.passed, "failed": result.failed,
            "rows_quarantined": result.rows_quarantined, "seconds": result.seconds, "notes": result.notes,
            "tables": {t.name: {"rows": t.rows, "quarantined": t.quarantined, "results": [
                {"expectation": r.name, "type": r.check.expectation, "severity": r.check.severity,
                 "level": r.level, "success": r.success, "unexpected_count": r.unexpected_count,
                 "element_count": r.element_count, "error": r.error, "examples": r.examples}
                for r in t.results]} for t in result.tables.values()}}


def write_report(result: ValidationResult, folder: Path) -> Path:
    """Write `<folder>/<label>/index.html` (+ results.json) and `<folder>/latest.html`; returns the index path."""
    target = Path(folder) / result.label
    target.mkdir(parents=True, exist_ok=True)
    page = report_html(result)
    (target / "index.html").write_text(page, encoding="utf-8")
    (target / "results.json").write_text(json.dumps(result_json(result), indent=1, default=str), encoding="utf-8")
    latest = Path(folder) / "latest.html"
    tmp = latest.with_suffix(".html.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(latest)
    return target / "index.html"


# ---- over a Store ----------------------------------------------------------------------------------------------

@dataclass
class ValidationSummary:
    """What the flow and the `runs` table need from a validation (small and picklable)."""

    ok: bool
    expectations_passed: int
    expectations_failed: int
    rows_quarantined: int
    rows: dict[str, int]
    quarantined_by_reason: dict[str, int]
    table_failures: list[str]
    reason: str
    markdown: str
    report: str | None
    seconds: float


def summarize(result: ValidationResult, report: Path | None) -> ValidationSummary:
    return ValidationSummary(
        ok=result.ok, expectations_passed=result.passed, expectations_failed=result.failed,
        rows_quarantined=result.rows_quarantined, rows={t.name: t.rows for t in result.tables.values()},
        quarantined_by_reason=result.quarantined_by_reason, table_failures=[r.name for r in result.table_failures],
        reason=result.reason() if not result.ok else "", markdown=result.markdown(report=str(report) if report else None),
        report=str(report) if report else None, seconds=result.seconds)




def _unstage(store, run_id: str, name: str, rejected: _Rejected) -> None:
    """Move rejected rows out of a run's staging: only the staged files that hold a row of a month with a rejected
    row are rewritten (one at a time)."""
    import pyarrow.compute as pc

    from transforms.storage import _unique_by_key

    table = TABLES[name]
    bad = {k for k in rejected.keys if k is not None}
    if table.partitioned:
        store.drop_staged(run_id, name, months={m for m in rejected.months if m is not None},
                          keep=lambda data: pc.invert(_is_in(_key_strings(data, table.key), bad)))
    else:
        data = store.read_staged(run_id, name)
        data = _unique_by_key(data, data.column_names)
        store.replace_staged(run_id, name, data.filter(pc.invert(_is_in(_key_strings(data, table.key), bad))))


def validate_staged(store, run_id: str, *, replaced: Mapping[str, str] | None = None,
                    reference: Reference | None = None, batch_rows: int | None = None) -> Outcome:
    """Validate a run's staged tables against its own rows plus the published rows it keeps, batch by batch.

    When no table-level check failed, the rows rejected by row-level checks are moved out of staging here,
    month by month, and their `quarantine/<table>` rows are staged: the returned `valid` and `quarantine` are
    empty (nothing is left for the caller to move, and no table is ever held whole in memory)."""
    at = dt.datetime.now(dt.timezone.utc)
    validator = _validate(_StagedSource(store, run_id, replaced=replaced), reference=reference, label=run_id,
                          batch_rows=batch_rows)
    if validator.result.ok:
        for name in validator.rejected:
            _unstage(store, run_id, name, validator.rejected[name])
            store.stage(run_id, f"quarantine/{name}", validator.quarantine_rows(name, run_id=run_id, at=at),
                        batch=0)
    return Outcome(validator.result, {}, {})


def validate_published(store, *, reference: Reference | None = None, label: str | None = None,
                       batch_rows: int | None = None) -> Outcome:
    """Re-validate every published dataset of `store`, batch by batch (nothing is moved; row-level failures are
    reported). The outcome's `quarantine` holds the rows that would be quarantined; `valid` is empty."""
    now = dt.datetime.now(dt.timezone.utc)
    label = label or "validate-" + now.strftime("%Y%m%dT%H%M%SZ")
    validator = _validate(_PublishedSource(store), reference=reference, label=label, batch_rows=batch_rows)
    quarantine = {f"quarantine/{name}": validator.quarantine_rows(name, run_id=label, at=now)
                  for name in validator.rejected}
    return Outcome(validator.result, {}, quarantine)
