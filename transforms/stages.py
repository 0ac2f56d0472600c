"""The pipeline's stages as plain functions over a `Store` (no Prefect): ingest, extract, publish.

`flows/pipeline.py` wraps each stage in one coarse Prefect task. Stages pass references (the run id and the store)
rather than data frames; rows travel through the run's staging area on disk in batches, so memory stays flat as the
input grows.
"""
from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import chain, islice

import pyarrow as pa

from transforms import PIPELINE_VERSION
from transforms.documents import Decision, Deduplicator, Document, document_from_record
from transforms.readers import RawRecord, ReaderConfig, Rejected, Skipped, input_files, records_from_file
from transforms.reference import reference_version
from transforms.schemas import DOCUMENTS, ENTITIES, QUARANTINE_INPUTS, RUNS
from transforms.storage import StagedFiles, Store, conformed, release_freed_memory
from transforms.text import stable_id

Progress = Callable[[str], None]


DEFAULT_BATCH_SIZE = 2000
DEFAULT_WORKERS = 1
MAX_WORKERS = 64


@dataclass(frozen=True)
class RunConfig:
    """Options of one pipeline run.

    batch_size: documents per ingest flush and per extraction batch (memory grows with it, not with the input;
        2,000 news articles hold ~4 MB of text; each batch writes one staged file per table, with one row group
        per month it touches, so bigger batches mean fewer, larger files).
    progress_every: report progress every this many records (0: never).
    reader: limits of the input readers.
    workers: processes that extract, keyword-only. 1 (the default): extraction runs in this process, no pool.
        Above 1: the extraction batches go to that many spawned worker processes (`transforms.parallel`) and come
        back in batch order, staged as one process stages them, so the outputs are the same byte for byte. Each
        worker takes ~1 s to start and ~150-170 MB (its own reference data and extractor); at most `workers + 1`
        batches are in flight. A run of a single batch extracts in this process whatever the value (a pool has
        nothing to share out). 1 to MAX_WORKERS; more workers than cores only adds memory.
    """

    batch_size: int = DEFAULT_BATCH_SIZE
    progress_every: int = 2000
    reader: ReaderConfig = field(default_factory=ReaderConfig)
    workers: int = field(default=DEFAULT_WORKERS, kw_only=True)

    def __post_init__(self) -> None:
        check_batch_size(self.batch_size)
        check_workers(self.workers)


def check_batch_size(value: object) -> int:
    """`value` if it is a valid number of documents per batch, else a ValueError saying what is accepted (0 or a
    negative size would never fill a batch: the run would not end)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"batch_size must be a whole number of documents, at least 1, got {value!r}")
    return value


def check_workers(value: object) -> int:
    """`value` if it is a valid number of extraction processes, else a ValueError saying what is accepted."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_WORKERS:
        raise ValueError(f"workers must be a whole number from 1 to {MAX_WORKERS} (1: extract in the main process, "
                         f"no worker processes), got {value!r}")
    return value


@dataclass
class IngestSummary:
    """Counts of the ingest stage, and what the publish stage needs to know (replaced documents)."""

    files_seen: int = 0
    files_skipped: int = 0
    records_seen: int = 0
    documents_new: int = 0
    documents_changed: int = 0
    documents_duplicate: int = 0
    documents_undated: int = 0
    quarantined: int = 0
    batches: int = 0
    replaced: dict[str, str] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)


def new_run_id(now: dt.datetime) -> str:
    """Sortable unique run id: UTC timestamp plus random suffix."""
    return now.strftime("%Y%m%dT%H%M%S%fZ") + "-" + uuid.uuid4().hex[:8]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def quarantine_rows(rejected: Iterable[Rejected], *, run_id: str, at: dt.datetime) -> pa.Table:
    """`quarantine/inputs` rows for rejected records."""
    rows = [{
        "quarantine_id": stable_id("q", r.source_path, r.line, r.code.name, r.raw),
        "source_path": r.source_path, "line": r.line, "source_id": r.source_id, "code": r.code.name,
        "reason": f"{r.code.value}: {r.reason}", "raw": r.raw, "raw_bytes": r.raw_bytes, "first_run_id": run_id,
        "quarantined_at": at,
    } for r in rejected]
    return pa.Table.from_pylist(rows, schema=QUARANTINE_INPUTS.schema)


def document_rows(docs: Iterable[Document], *, at: dt.datetime) -> pa.Table:
    """`documents` rows with the run metadata added."""
    rows = [{**d._asdict(), "ingested_at": at, "pipeline_version": PIPELINE_VERSION} for d in docs]
    return pa.Table.from_pylist(rows, schema=DOCUMENTS.schema)


def ingest(paths: Iterable[str], *, store: Store, run_id: str, config: RunConfig = RunConfig(),
           progress: Progress | None = None, records: Iterable[RawRecord | Rejected] = ()) -> IngestSummary:
    """Read every input, normalise and deduplicate documents, stage them and the rejects in batches.

    `records` are read after the files: records obtained elsewhere (fetched over HTTP by `transforms.fetch`)."""
    now = utc_now()
    published = store.read("documents", columns=["document_id", "source_id", "published_month"])
    existing = {s: (d, m) for d, s, m in zip(published["document_id"].to_pylist(), published["source_id"].to_pylist(),
                                             published["published_month"].to_pylist())}
    dedup = Deduplicator(existing=existing, existing_ids=set(published["document_id"].to_pylist()))
    summary = IngestSummary()
    batch: list[Document] = []
    rejects: list[Rejected] = []

    def flush() -> None:
        if batch:
            store.stage(run_id, "documents", document_rows(batch, at=now), batch=summary.batches)
            summary.batches += 1
            batch.clear()
        if rejects:
            store.stage(run_id, "quarantine/inputs", quarantine_rows(rejects, run_id=run_id, at=now),
                        batch=summary.batches)
            summary.batches += 1
            rejects.clear()

    def reject(r: Rejected) -> None:
        summary.quarantined += 1
        summary.messages.append(r.message())
        rejects.append(r)

    for item in chain(input_files(paths), records):
        if isinstance(item, Skipped):
            summary.files_skipped += 1
            continue
        if isinstance(item, Rejected):
            reject(item)
            continue
        summary.files_seen += not isinstance(item, RawRecord)
        for rec in (item,) if isinstance(item, RawRecord) else records_from_file(item, config=config.reader):
            if isinstance(rec, Rejected):
                reject(rec)
                continue
            summary.records_seen += 1
            if progress and config.progress_every and summary.records_seen % config.progress_every == 0:
                progress(f"read {summary.records_seen:,} records from {summary.files_seen:,} files")
            doc = document_from_record(rec, config=config.reader)
            decision = doc if isinstance(doc, Rejected) else dedup.decide(doc)
            if isinstance(decision, Rejected):
                reject(decision)
                continue
            assert isinstance(decision, Decision) and isinstance(doc, Document)
            if decision.status == "duplicate":
                summary.documents_duplicate += 1
                continue
            if decision.status == "changed":
                summary.documents_changed += 1
                old_id, old_month = decision.replaces
                summary.replaced[old_id] = old_month
            else:
                summary.documents_new += 1
            summary.documents_undated += doc.published_date is None
            batch.append(doc)
            if len(batch) >= config.batch_size:
                flush()
    flush()
    return summary


def run_row(*, run_id: str, started: dt.datetime, finished: dt.datetime, status: str, inputs: list[str],
            summary: IngestSummary, lexicon_version: str | None, validation=None) -> pa.Table:
    """The `runs` row of one run (`validation`: its `transforms.validation.ValidationSummary`, if any)."""
    return pa.Table.from_pylist([{
        "run_id": run_id, "started_at": started, "finished_at": finished, "status": status,
        "inputs": ";".join(inputs), "files_seen": summary.files_seen, "records_seen": summary.records_seen,
        "documents_new": summary.documents_new, "documents_changed": summary.documents_changed,
        "documents_duplicate": summary.documents_duplicate, "documents_undated": summary.documents_undated,
        "quarantined": summary.quarantined, "pipeline_version": PIPELINE_VERSION,
        "reference_version": reference_version(), "lexicon_version": lexicon_version,
        **({"expectations_passed": validation.expectations_passed,
            "expectations_failed": validation.expectations_failed,
            "rows_quarantined": validation.rows_quarantined} if validation is not None else {}),
    }], schema=RUNS.schema)


@dataclass
class ExtractSummary:
    """Rows staged per table by the extract stage, and the lexicon version that produced them."""

    counts: dict[str, int] = field(default_factory=dict)
    lexicon_version: str | None = None
    quarantined: int = 0  # documents an extractor failed on (PF401): published without extracted rows
    messages: list[str] = field(default_factory=list)


EXTRACT_COLUMNS = ["document_id", "text", "published_date", "published_month", "source_path", "source_id"]


def extract(*, store: Store, run_id: str, config: RunConfig = RunConfig(), progress: Progress | None = None,
            extractor_factory: Callable[[], object] | None = None) -> ExtractSummary:
    """Run extraction over the staged documents batch by batch and stage the resulting tables.

    With `config.workers` > 1 and more than one batch, the batches are extracted in that many worker processes
    (`transforms.parallel.extracted_in_pool`) and staged here in batch order, as one process stages them: the same
    staged rows, batch numbers, entity rows and quarantine records. `extractor_factory` builds the extractor
    (`transforms.extraction.Extractor.from_reference` by default); with workers it runs in each worker, so it must
    be a picklable module-level callable. A worker that dies raises `transforms.parallel.ExtractionWorkersFailed`."""
    from transforms import parallel
    from transforms.extraction import Extractor

    factory = extractor_factory or Extractor.from_reference
    result = ExtractSummary()
    counts = result.counts
    path = store.staging(run_id) / "documents"
    # month after month (the order of the documents decides which spelling of an entity's name is kept), one
    # staged row group (at most one ingest batch) at a time
    batches = StagedFiles(DOCUMENTS, path).batches(columns=EXTRACT_COLUMNS) if path.exists() else iter(())
    extracted = None
    if config.workers > 1:
        table_chunks = _chunks_of_tables(batches, config.batch_size)
        head = list(islice(table_chunks, 2))
        if len(head) > 1:  # a pool only pays off over more than one batch
            extracted = parallel.extracted_in_pool(chain(head, table_chunks), workers=config.workers, factory=factory)
        else:
            chunks = (table.to_pylist() for table in head)
    else:
        chunks = _chunks_of_rows(batches, config.batch_size)
    if extracted is None:
        extractor = factory()
        result.lexicon_version = extractor.lexicon_version
        extracted = (parallel.extracted_chunk(extractor, docs) for docs in chunks)
    done = 0
    entities: pa.Table | None = None
    for n, chunk in enumerate(extracted):
        result.lexicon_version = chunk.lexicon_version
        if chunk.rejects:
            result.quarantined += len(chunk.rejects)
            result.messages += [r.message() for r in chunk.rejects]
            store.stage(run_id, "quarantine/inputs", quarantine_rows(chunk.rejects, run_id=run_id, at=utc_now()),
                        batch=2_000_000 + n)
        for name, table in chunk.tables.items():
            if name == "entities":
                entities = entity_rows(entities, table)
                continue
            store.stage(run_id, name, table, batch=1_000_000 + n)
            counts[name] = counts.get(name, 0) + len(table)
        done += chunk.documents
        if progress and config.progress_every and done // config.progress_every != (done - chunk.documents) // \
                config.progress_every:
            progress(f"extracted {done:,} documents")
        del chunk
        release_freed_memory()
    if entities is not None and len(entities):
        store.stage(run_id, "entities", entities, batch=999_999)
        counts["entities"] = len(entities)
    return result


def entity_rows(kept: pa.Table | None, batch: pa.Table) -> pa.Table:
    """The run's entity rows so far (`kept`) merged with a batch's: one row per entity id for the whole run, sorted
    by id, with the smallest name (on a tie, the row seen first): an id found in text under spelling variants that
    slug alike ("Martyrs Brigades" / "Martyrs’ Brigades") gets the same name whatever the batch order.

    Kept as one Arrow table (bounded by the number of distinct entities), not as a dict of Python rows: those rows,
    a few made in every batch and kept to the end, pinned the Python heap of each batch (+30-50 MB of resident
    memory after extracting 4x the corpus, none of it live)."""
    import pyarrow.compute as pc

    both = conformed(ENTITIES, batch) if kept is None else pa.concat_tables([kept, conformed(ENTITIES, batch)])
    if not len(both):
        return both
    order = pa.array(range(len(both)), pa.int64())
    # Arrow orders strings by their UTF-8 bytes: the order of Python's `<` on code points
    ranked = both.select(["entity_id", "name"]).append_column("__order", order)
    rows = both.take(pc.sort_indices(ranked, sort_keys=[("entity_id", "ascending"), ("name", "ascending"),
                                                        ("__order", "ascending")]))
    ids = rows["entity_id"].combine_chunks()
    first = pc.not_equal(ids.slice(1), ids.slice(0, len(ids) - 1))
    return rows.filter(pa.concat_arrays([pa.array([True]), first.fill_null(True)])).combine_chunks()


def with_extraction_failures(summary: IngestSummary, extracted: ExtractSummary) -> IngestSummary:
    """The ingest summary counting the documents extraction quarantined too (what the `runs` row reports)."""
    if not extracted.quarantined:
        return summary
    return replace(summary, quarantined=summary.quarantined + extracted.quarantined,
                   messages=[*summary.messages, *extracted.messages])


def _chunks_of_tables(batches, size: int):
    """The chunks of `_chunks_of_rows` as Arrow tables (slices: the rows `[k * size, (k + 1) * size)` of the
    batches put end to end), for worker processes: no Python rows built in the parent."""
    pending: list[pa.Table] = []
    held = 0
    for batch in batches:
        pending.append(batch)
        held += len(batch)
        while held >= size:
            rows = pa.concat_tables(pending, promote_options="default")
            yield rows.slice(0, size)
            rest = rows.slice(size)
            pending, held = ([rest] if len(rest) else []), len(rest)
    if held:
        yield pa.concat_tables(pending, promote_options="default")


def _chunks_of_rows(batches, size: int):
    """Lists of `size` rows (the last may be shorter) from Arrow tables or record batches of any sizes. Staged
    documents come one row group per ingest batch and month: extracting those one by one would stage one small
    batch per table for every few documents."""
    pending: list[dict] = []
    for batch in batches:
        pending.extend(batch.to_pylist())
        while len(pending) >= size:
            yield pending[:size]
            pending = pending[size:]
    if pending:
        yield pending


def publish(*, store: Store, run_id: str, summary: IngestSummary, started: dt.datetime, inputs: list[str],
            lexicon_version: str | None, validation=None) -> dict[str, int]:
    """Switch the output to a snapshot holding the run's rows; returns the published row count of each table."""
    row = run_row(run_id=run_id, started=started, finished=utc_now(), status="published", inputs=inputs,
                  summary=summary, lexicon_version=lexicon_version, validation=validation)
    store.publish(run_id, replaced=summary.replaced, appended={"runs": row}, snapshot_name=f"snap-{run_id}")
    store.discard_staging(run_id)
    from transforms.schemas import TABLES

    return {name: store.count_rows(name) for name in TABLES}


class ValidationFailed(RuntimeError):
    """Table-level expectations failed: the run published nothing but its `runs` row ('failed: <reason>')."""

    def __init__(self, summary) -> None:
        self.summary = summary
        super().__init__(f"{summary.reason}; nothing was published (report: {summary.report})")


VALIDATION_DIR = "validation"


def validate(*, store: Store, run_id: str, summary: IngestSummary, started: dt.datetime, inputs: list[str],
             lexicon_version: str | None):
    """Validate the run's staged tables (between extract and publish) with the suites of `expectations/`.

    Writes the HTML report to `<output>/validation/<run_id>/index.html` and `<output>/validation/latest.html`.
    Row-level failures: those rows leave staging for `quarantine/<table>`; the rest goes on to publish.
    Table-level failures: the staging is dropped, a snapshot differing only by the `runs` row (status
    'failed: <reason>') is published, and `ValidationFailed` is raised. Returns a `ValidationSummary`.
    """
    from transforms.validation import summarize, validate_staged, write_report

    outcome = validate_staged(store, run_id, replaced=summary.replaced)
    report = write_report(outcome.result, store.root / VALIDATION_DIR)
    result = summarize(outcome.result, report)
    if not result.ok:
        store.discard_staging(run_id)
        row = run_row(run_id=run_id, started=started, finished=utc_now(), status=f"failed: {result.reason}",
                      inputs=inputs, summary=summary, lexicon_version=lexicon_version, validation=result)
        store.publish(run_id, replaced={}, appended={"runs": row}, snapshot_name=f"snap-{run_id}")
        raise ValidationFailed(result)
    for name, rows in outcome.quarantine.items():
        table = name.split("/", 1)[1]
        store.replace_staged(run_id, table, outcome.valid[table])
        store.stage(run_id, name, rows, batch=0)
    return result


@dataclass
class PipelineResult:
    """What `run_pipeline` did: the run id, each stage's summary, and the published row count of each table."""

    run_id: str
    ingested: IngestSummary
    extracted: ExtractSummary
    validation: object | None = None
    published: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


def run_pipeline(paths: list[str], *, store: Store, config: RunConfig = RunConfig(), with_validation: bool = True,
                 before_validate: Callable[[Store, str], None] | None = None,
                 extractor_factory: Callable[[], object] | None = None) -> PipelineResult:
    """The whole pipeline without Prefect, holding the output lock: ingest -> extract -> validate -> publish.

    The Prefect flow runs the same stages as tasks (`flows/pipeline.py`); this is for scripts, notebooks, the
    benchmarks (`seconds` holds each stage's wall-clock time) and the tests. `with_validation=False` publishes unchecked
    rows (tests of storage only). `before_validate(store, run_id)` runs between extract and validate (benchmarks
    time a fixed cost there; tests doctor the staged tables). `extractor_factory`: as `extract`'s. Raises
    `ValidationFailed` as `validate` does, `ExtractionWorkersFailed` as `extract` does; the staging area is discarded
    in every case, and a run that raises publishes nothing but, after failed validation, its `runs` row.

    With `config.workers` > 1, a script calling this must guard its entry point (`if __name__ == "__main__":`):
    worker processes are spawned, and a spawned process imports the script's main module again."""
    import time

    started = utc_now()
    run_id = new_run_id(started)
    paths = [str(p) for p in paths]
    seconds: dict[str, float] = {}

    def timed(name: str, fn):
        t0 = time.perf_counter()
        value = fn()
        seconds[name] = time.perf_counter() - t0
        return value

    with store.lock():
        try:
            ingested = timed("ingest", lambda: ingest(paths, store=store, run_id=run_id, config=config))
            extracted = timed("extract", lambda: extract(store=store, run_id=run_id, config=config,
                                                                extractor_factory=extractor_factory))
            ingested = with_extraction_failures(ingested, extracted)
            if before_validate is not None:
                before_validate(store, run_id)
            validation = timed("validate", lambda: validate(
                store=store, run_id=run_id, summary=ingested, started=started, inputs=paths,
                lexicon_version=extracted.lexicon_version)) if with_validation else None
            published = timed("publish", lambda: publish(
                store=store, run_id=run_id, summary=ingested, started=started, inputs=paths,
                lexicon_version=extracted.lexicon_version, validation=validation))
        finally:
            store.discard_staging(run_id)
    return PipelineResult(run_id, ingested, extracted, validation, published, seconds)
