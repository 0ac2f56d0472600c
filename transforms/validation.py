"""Validation of the output tables with Great Expectations (no Prefect): run the suites of `expectations/`, split
rows into valid and quarantined, and write a readable HTML report.

`validate_tables(tables, context=...)` is a pure function of Arrow tables: an ephemeral GX context is built inside
each call (no shared context, nothing on disk, nothing that fails on re-run). Per table it validates three
batches with real GX expectations:

- ``table``: the rows as they are (columns, key, enums, ranges, formats);
- ``joined``: the rows left-merged with their parents (documents, entities, commitments). A foreign key exists when
  the merged parent key is not null; spans and `evidence_text` are compared with ``documents.text[start:end]``;
  `event_date` with the document's `published_date`;
- ``schema``: one row per declared column with its declared and actual Arrow type.

Tables are validated parents first; rows a parent loses to quarantine are gone when its children are checked, so a
child pointing at a quarantined row is quarantined too (or fails the run beyond the integrity threshold).

`import great_expectations` costs ~3 s: it happens inside `validate_tables`, never at import time.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import logging
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
from transforms.text import stable_id

log = logging.getLogger(__name__)

# parents before children, so a child is checked against the rows its parent keeps
ORDER = ("documents", "entities", "commitments", "mentions", "commitment_parties", "quotes")
MAX_EXAMPLES = 5


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
    """A validation's result, the rows to publish (per table) and the quarantine rows (per `quarantine/<table>`)."""

    result: ValidationResult
    valid: dict[str, pa.Table]
    quarantine: dict[str, pa.Table]


# ---- batches ---------------------------------------------------------------------------------------------------

def _frame(data: pa.Table):
    return data.to_pandas(date_as_object=False)


def _schema_frame(name: str, data: pa.Table):
    import pandas as pd

    declared = TABLES[name].schema
    actual = {f.name: str(f.type) for f in data.schema}
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
        merged = frame[["document_id"]].merge(docs.drop_duplicates("document_id"), on="document_id", how="left",
                                              sort=False)
        merged.index = frame.index
        added[DOCUMENT_N_CHARS] = merged["n_chars"]
        added[DOCUMENT_MONTH] = merged["published_month"]
        if suite.span_text:
            added[DOCUMENT_SLICE] = pd.Series(
                [t[s:e] if isinstance(t, str) and pd.notna(s) and pd.notna(e) else None
                 for t, s, e in zip(merged["text"], frame["start_char"], frame["end_char"])],
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


# ---- GX --------------------------------------------------------------------------------------------------------

class _Gx:
    """One ephemeral GX context for one validation call."""

    def __init__(self) -> None:
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        self.gx = gx
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        self.source = self.context.data_sources.add_pandas("pledgeflow")

    def run(self, name: str, checks: list[Check], frame) -> dict[str, dict]:
        """Validate `frame` with `checks`; returns check name -> GX result as a dict."""
        from great_expectations.core.expectation_suite import ExpectationSuite

        asset = self.source.add_dataframe_asset(name)
        batch = asset.add_batch_definition_whole_dataframe(name)
        with warnings.catch_warnings():  # string row conditions: deprecated in GX 1.9, still the documented form
            warnings.simplefilter("ignore", DeprecationWarning)
            expectations = [c.gx() for c in checks]
        suite = self.context.suites.add(ExpectationSuite(name=name, expectations=expectations))
        if len(suite.expectations) != len(checks):  # GX drops unknown expectations with a log line only
            raise RuntimeError(f"suite {name}: {len(checks)} checks declared, {len(suite.expectations)} loaded")
        definition = self.context.validation_definitions.add(
            self.gx.ValidationDefinition(name=name, data=batch, suite=suite))
        res = definition.run(batch_parameters={"dataframe": frame},
                             result_format={"result_format": "COMPLETE", "partial_unexpected_count": MAX_EXAMPLES})
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


def _check_result(table: str, check: Check, gx_result: dict | None, n_rows: int) -> CheckResult:
    if gx_result is None:
        return CheckResult(table, check, False, error="no result from GX", level="table")
    res = gx_result["result"]
    unexpected = int(res.get("unexpected_count") or 0)
    element = int(res.get("element_count") or n_rows)
    out = CheckResult(table, check, gx_result["success"] and not gx_result["error"], element_count=element,
                      unexpected_count=unexpected, error=gx_result["error"], level=check.severity,
                      examples=[_example(v) for v in (res.get("partial_unexpected_list") or [])[:MAX_EXAMPLES]])
    if out.success:
        return out
    if check.expectation in ("ExpectTableColumnsToMatchOrderedList",) and "observed_value" in res:
        out.examples = [f"observed columns: {res['observed_value']}"]
    rows = res.get("unexpected_index_list")
    if out.level == "row":
        if out.error or rows is None:
            out.level = "table"  # GX could not tell which rows: fail the table rather than guess
        elif check.table_above is not None and element and unexpected / element > check.table_above:
            out.level = "table"
            out.error = (f"{unexpected} of {element} rows ({unexpected / element:.0%}) fail, above the "
                         f"{check.table_above:.0%} threshold")
    if rows is not None:
        out.rows = [int(i) for i in rows if not isinstance(i, dict)]
    return out


# ---- entry point -----------------------------------------------------------------------------------------------

def validate_tables(tables: Mapping[str, pa.Table], *, context: Mapping[str, pa.Table] | None = None,
                    reference: Reference | None = None, run_id: str = "adhoc", at: dt.datetime | None = None,
                    label: str | None = None) -> Outcome:
    """Validate every table in `tables` (name -> Arrow table) with its suite.

    context: rows of parent tables that are not being validated but stay published (e.g. documents of earlier
        runs): foreign keys may point at them.
    Returns the result, the valid rows of every table, and `quarantine/<table>` rows for the rows rejected by
    row-level checks (none are rejected from tables whose suites are all table-level, like `runs`).
    """
    import pandas as pd

    started = time.perf_counter()
    at = at or dt.datetime.now(dt.timezone.utc)
    reference = reference if reference is not None else Reference.load()
    result = ValidationResult(label=label or run_id, notes=list(reference.notes))
    context = context or {}
    names = [n for n in ORDER if n in tables] + [n for n in tables if n not in ORDER]
    gx = _Gx()
    valid: dict[str, pa.Table] = {}
    quarantine: dict[str, pa.Table] = {}
    parent_frames: dict[str, object] = {}

    def parents() -> dict[str, object]:
        out = {}
        for name in ("documents", "entities", "commitments"):
            frames = [f for f in (parent_frames.get(name), _maybe_frame(context.get(name))) if f is not None]
            out[name] = pd.concat(frames, ignore_index=True) if len(frames) > 1 else (frames[0] if frames else None)
        return out

    for name in names:
        data = tables[name]
        suite = table_suite(name, reference)
        report = TableReport(name, data.num_rows)
        result.tables[name] = report
        frame = _frame(data)
        declared_present = set(TABLES[name].columns) <= set(data.column_names)
        by_batch: dict[str, list[Check]] = {}
        for c in suite.checks:
            by_batch.setdefault(c.batch, []).append(c)
        raw: dict[str, dict] = {}
        safe = name.replace("/", "__")
        schema_frame = _schema_frame(name, data)
        raw.update(gx.run(f"{safe}.schema", by_batch.get("schema", []), schema_frame))
        raw.update(gx.run(f"{safe}.table", by_batch.get("table", []), frame))
        if by_batch.get("joined"):
            if declared_present:
                raw.update(gx.run(f"{safe}.joined", by_batch["joined"], _joined_frame(suite, frame, parents())))
            else:
                result.notes.append(f"{name}: joined checks skipped (declared columns missing)")
        report.results = [_check_result(name, c, raw.get(c.name), data.num_rows) for c in suite.checks]
        for r in report.results:
            if r.check.batch == "schema":  # name the columns, and fail the table (no row is to blame)
                r.examples = [f"{schema_frame.column[i]}: {schema_frame.actual_type[i]} (declared "
                              f"{schema_frame.declared_type[i]})" for i in r.rows[:MAX_EXAMPLES]]
                r.rows = []
        failed_by_row: dict[int, list[str]] = {}
        for r in report.results:
            if not r.success and r.level == "row":
                for i in r.rows:
                    failed_by_row.setdefault(i, []).append(r.check.name)
        if failed_by_row and name in VALIDATED_TABLES:
            bad = sorted(failed_by_row)
            mask = pa.array([i not in failed_by_row for i in range(data.num_rows)], pa.bool_())
            valid[name] = data.filter(mask)
            quarantine[f"quarantine/{name}"] = _quarantine_rows(name, data, bad, failed_by_row, run_id=run_id, at=at)
            report.quarantined = len(bad)
        else:
            valid[name] = data
        if name in ("documents", "entities", "commitments"):
            keep = valid[name]
            cols = [c for c in ("document_id", "entity_id", "commitment_id", "n_chars", "published_date",
                                "published_month", "text") if c in keep.column_names]
            parent_frames[name] = _frame(keep.select(cols))
    result.seconds = time.perf_counter() - started
    return Outcome(result, valid, quarantine)


def _maybe_frame(data: pa.Table | None):
    return None if data is None else _frame(data)


def _quarantine_rows(name: str, data: pa.Table, rows: list[int], failed: dict[int, list[str]], *, run_id: str,
                     at: dt.datetime) -> pa.Table:
    table = TABLES[f"quarantine/{name}"]
    records = data.take(pa.array(rows, pa.int64())).to_pylist()
    out = []
    for i, record in zip(rows, records):
        raw = json.dumps(record, default=str, ensure_ascii=False)
        out.append({"quarantine_id": stable_id("vq", name, raw), "table": name,
                    "failed_expectation": "; ".join(f"{name}.{c}" for c in failed[i]), "raw_values": raw,
                    "run_id": run_id, "quarantined_at": at})
    return pa.Table.from_pylist(out, schema=table.schema)


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


PARENT_KEYS = {"documents": "document_id", "entities": "entity_id", "commitments": "commitment_id"}
_REFERENCES = {"documents": ("document_id",), "entities": ("entity_id", "speaker_entity_id", "resolved_person_id"),
               "commitments": ("commitment_id",)}


def staged_tables(store, run_id: str) -> dict[str, pa.Table]:
    """The run's staged rows of every table that has any (runs is appended at publish, not staged)."""
    from transforms.storage import _unique_by_key

    out = {}
    for name in TABLES:
        if name == "runs":
            continue
        data = store.read_staged(run_id, name)
        if not TABLES[name].partitioned and data.num_rows:
            # global tables (entities) may be staged once per batch: identical rows are merged at publish, so
            # only differing rows with the same key are a broken key
            data = _unique_by_key(data, data.column_names)
        if data.num_rows:
            out[name] = data
    return out


def published_context(store, staged: Mapping[str, pa.Table], *, replaced: Mapping[str, str]) -> dict[str, pa.Table]:
    """Published parent rows the staged rows may point at (and that this run keeps): only the referenced ones."""
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    replaced_ids = pa.array(sorted(replaced), pa.string())
    out = {}
    for parent, key in PARENT_KEYS.items():
        wanted: set[str] = set()
        for name, data in staged.items():
            if name == parent or name.startswith("quarantine/"):
                continue
            for col in _REFERENCES[parent]:
                if col in data.column_names:
                    wanted.update(v for v in data[col].to_pylist() if v is not None)
        if parent in staged:
            wanted -= set(staged[parent][key].to_pylist())
        if not wanted:
            continue
        rows = store.read(parent, filter=ds.field(key).isin(sorted(wanted)))
        if "document_id" in rows.column_names and len(replaced_ids):
            rows = rows.filter(pc.invert(pc.is_in(rows["document_id"], value_set=replaced_ids)))
        out[parent] = rows
    return out


def validate_staged(store, run_id: str, *, replaced: Mapping[str, str] | None = None,
                    reference: Reference | None = None) -> Outcome:
    """Validate a run's staged tables against its own rows plus the published rows it keeps."""
    staged = staged_tables(store, run_id)
    context = published_context(store, staged, replaced=replaced or {})
    return validate_tables(staged, context=context, reference=reference, run_id=run_id)


def published_tables(store) -> dict[str, pa.Table]:
    """Every published table, read with its physical column types where they differ from the declared ones (so
    the schema expectations see what is on disk)."""
    import pyarrow.dataset as ds

    from transforms.storage import _partitioning

    out = {}
    for name, table in TABLES.items():
        path = store.table_path(name)
        try:
            declared = store.read(name)
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):  # types that cannot be cast
            declared = None
        if path is not None and path.exists():
            physical = ds.dataset(path, format="parquet",
                                  partitioning=_partitioning(table) if table.partitioned else None).schema
            types = {f.name: f.type for f in physical}
            if declared is None or any(n in types and types[n] != f.type
                                       for n, f in zip(table.schema.names, table.schema)):
                declared = ds.dataset(path, format="parquet", partitioning=_partitioning(table)
                                      if table.partitioned else None).to_table()
        out[name] = declared
    return out


def validate_published(store, *, reference: Reference | None = None, label: str | None = None) -> Outcome:
    """Re-validate every published dataset of `store` (nothing is moved; row-level failures are reported)."""
    now = dt.datetime.now(dt.timezone.utc)
    label = label or "validate-" + now.strftime("%Y%m%dT%H%M%SZ")
    return validate_tables(published_tables(store), reference=reference, run_id=label, at=now, label=label)
