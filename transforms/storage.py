"""Parquet datasets on disk: staging, atomic publishing, reading back. The I/O edge of pledgeflow (no Prefect).

Layout of an output folder::

    output/
      documents -> .store/current/documents        one symlink per table (and quarantine/)
      ...
      .store/current -> snap-20260107T101500Z-ab12cd34
      .store/snap-*/<table>/published_month=2026-01/part-0.parquet
      .staging/<run_id>/<table>/batch-*.parquet      one file per staged batch, one row group per month
      .lock

Publishing builds a complete new snapshot next to the current one: partitions the run did not touch are
hard-linked (no copy), touched partitions are rewritten whole (old rows of replaced documents dropped, new rows
added, sorted by key), then `.store/current` is switched with one atomic `os.replace`. Every table changes at once;
a run killed at any point before the switch leaves the previous snapshot readable and byte-identical. The two most
recent snapshots are kept (a reader still on the older one finishes safely); older ones are deleted.
"""
from __future__ import annotations

import fcntl
import gc
import os
import shutil
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from transforms.schemas import PARTITION_COLUMN, TABLES, UNKNOWN_MONTH, Table

STORE_DIR = ".store"
STAGING_DIR = ".staging"
CURRENT = "current"
PART_FILE = "part-0.parquet"


def use_system_memory_pool() -> None:
    """Make pyarrow allocate with malloc: its default pool (mimalloc) keeps 100-150 MB of freed buffers after a
    run reads many small staged files, so peak memory would grow with the input; the system pool returns them.
    Called by the command line and the benchmark at start-up (never at import)."""
    pa.set_memory_pool(pa.system_memory_pool())


def release_freed_memory() -> None:
    """Give freed heap memory back to the OS (glibc `malloc_trim`; a no-op elsewhere). Between batches of a long
    run, glibc keeps freed pandas/Arrow buffers in its arenas, so the resident size would creep up batch after
    batch (measured: 855 MB instead of 623 MB after validating 4x the Wikinews corpus). Called after each
    extraction batch and each GX run; costs well under a millisecond."""
    global _LIBC
    if _LIBC is None:
        import ctypes
        import ctypes.util

        try:
            _LIBC = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            _LIBC.malloc_trim  # noqa: B018  (raises AttributeError where it does not exist)
        except (OSError, AttributeError):
            _LIBC = False
    if _LIBC:
        _LIBC.malloc_trim(0)


_LIBC = None


def collect_garbage() -> None:
    """Free unreachable reference cycles now, then give the freed memory back to the OS. GX leaves cycles behind
    every run (tracebacks of the exceptions it catches inside, whose frames hold the batch's DataFrames): they wait
    for a full collection, which CPython runs rarely in a process holding the reference data, so the batches of a
    table piled up (+75 MB over the four mention batches at 4x the corpus). Cheap inside `frozen_heap`."""
    gc.collect()
    release_freed_memory()


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Move every object alive now out of the garbage collector's sight (`gc.freeze`) for the duration, so that
    a full collection (`collect_garbage`) looks only at the objects made since: ~2-20 ms instead of ~300 ms with
    the reference data, the lexicon and GX loaded. Nothing frozen is freed meanwhile (it is all in use); the
    objects go back to the collector at the end. A no-op when something else froze the heap already."""
    if gc.get_freeze_count():
        yield
        return
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class StoreError(RuntimeError):
    """The output folder cannot be used as it is (e.g. another run holds it, or a table path is a real folder)."""


def _partitioning(table: Table) -> ds.Partitioning:
    return ds.partitioning(pa.schema([table.schema.field(PARTITION_COLUMN)]), flavor="hive")


def _top_level_name(table: Table) -> str:
    return table.name.split("/")[0]


def conformed(table: Table, data: pa.Table) -> pa.Table:
    """`data` with exactly the declared columns, order and types (missing nullable columns filled with nulls; a
    missing required column is an error)."""
    return _with_schema(data, table.schema, required_in=table.name)


def _with_schema(data: pa.Table, schema: pa.Schema, *, required_in: str | None = None) -> pa.Table:
    """`data` with exactly the columns, order, types and metadata of `schema`. A missing column becomes nulls,
    unless it is not nullable and `required_in` names the table: then it is an error."""
    if data.schema.equals(schema, check_metadata=True):
        return data
    columns = []
    for field in schema:
        if field.name in data.column_names:
            col = data.column(field.name)
            columns.append(col if col.type == field.type else col.cast(field.type))
        elif field.nullable or required_in is None:
            columns.append(pa.nulls(len(data), field.type))
        else:
            raise ValueError(f"table {required_in}: required column '{field.name}' is missing")
    return pa.Table.from_arrays(columns, schema=schema)


class Store:
    """An output folder of Parquet datasets, one per table in `transforms.schemas.TABLES`."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    # ---- reading -------------------------------------------------------------------------------------------
    @property
    def current(self) -> Path | None:
        link = self.root / STORE_DIR / CURRENT
        return link.resolve() if link.is_symlink() and link.resolve().is_dir() else None

    def table_path(self, name: str, snapshot: Path | None = None) -> Path | None:
        snap = snapshot or self.current
        return None if snap is None else snap / name

    def read(self, name: str, *, columns: list[str] | None = None, filter: ds.Expression | None = None,
             snapshot: Path | None = None) -> pa.Table:
        """The table as published (empty, with its schema, when nothing was published yet)."""
        table = TABLES[name]
        path = self.table_path(name, snapshot)
        if path is None or not path.exists():
            data = table.empty()
            return data.select(columns) if columns else data
        dataset = ds.dataset(path, schema=table.schema, format="parquet",
                             partitioning=_partitioning(table) if table.partitioned else None)
        return dataset.to_table(columns=columns, filter=filter)

    def count_rows(self, name: str, *, snapshot: Path | None = None) -> int:
        """Rows of the table as published, from the Parquet footers (no data read)."""
        path = self.table_path(name, snapshot)
        if path is None or not path.exists():
            return 0
        return sum(pq.read_metadata(f).num_rows for f in sorted(path.rglob("*.parquet")))

    def partitions(self, name: str, snapshot: Path | None = None) -> list[str]:
        path = self.table_path(name, snapshot)
        if path is None or not path.exists():
            return []
        return sorted(p.name.split("=", 1)[1] for p in path.iterdir() if p.name.startswith(PARTITION_COLUMN + "="))

    # ---- locking -------------------------------------------------------------------------------------------
    @contextmanager
    def lock(self, *, timeout_s: float = 600.0) -> Iterator[None]:
        """Exclusive use of the output folder for one run; waits up to `timeout_s` for another run to finish."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "w") as fh:
            deadline = time.monotonic() + timeout_s
            while True:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise StoreError(f"{self.root}: another pledgeflow run holds the output folder "
                                         f"(waited {timeout_s:.0f} s)") from None
                    time.sleep(0.2)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    # ---- staging -------------------------------------------------------------------------------------------
    def staging(self, run_id: str) -> Path:
        return self.root / STAGING_DIR / run_id

    def stage(self, run_id: str, name: str, data: pa.Table, *, batch: int) -> None:
        """Write one batch of rows of table `name` into the run's staging area: one file per batch (whatever the
        months it holds), `batch-<batch>.parquet`. A partitioned table's rows are grouped by month (in their order
        within a month) into one row group per month, whose statistics say the month: a month is read back from
        its row groups alone (`read_staged`), and a batch costs one file, not one per month it touches (a
        staging partitioned by month wrote ~1,400 small files at 4x the Wikinews corpus)."""
        table = TABLES[name]
        data = conformed(table, data)
        if len(data) == 0:
            return
        target = self.staging(run_id) / name
        target.mkdir(parents=True, exist_ok=True)
        _write_staged(table, data, target / f"batch-{batch:06d}.parquet")

    def read_staged(self, run_id: str, name: str, *, month: str | None = None) -> pa.Table:
        """Staged rows of table `name` (of one month: only that month's row groups are read): month after month,
        in the order staged within a month."""
        table = TABLES[name]
        path = self.staging(run_id) / name
        if table.partitioned:
            staged = StagedFiles(table, path)
            if month is not None:
                return staged.read(month)
            parts = [_with_schema(t, table.schema) for t in staged.batches()]
            return pa.concat_tables(parts) if parts else table.empty()
        if not path.exists():
            return table.empty()
        return ds.dataset(sorted(path.glob("*.parquet")), schema=table.schema, format="parquet").to_table()

    def replace_staged(self, run_id: str, name: str, data: pa.Table) -> None:
        """Replace every staged row of table `name` with `data` (validation moves rejected rows out this way)."""
        shutil.rmtree(self.staging(run_id) / name, ignore_errors=True)
        self.stage(run_id, name, data, batch=0)

    def drop_staged(self, run_id: str, name: str, *, months: Iterable[str], keep) -> None:
        """Drop staged rows of table `name`: in each staged file holding a row of `months`, only the rows for
        which `keep(rows)` (a boolean mask) is true stay; that file is rewritten in place (same name, same
        order). Files without a row of `months` are not touched."""
        table = TABLES[name]
        staged = StagedFiles(table, self.staging(run_id) / name)
        for path in staged.files_with(set(months)):
            data = _with_schema(pq.read_table(path), table.schema)
            tmp = path.with_name(path.name + ".tmp")
            _write_staged(table, data.filter(keep(data)), tmp)
            os.replace(tmp, path)

    def staged_months(self, run_id: str, name: str) -> set[str]:
        return set(StagedFiles(TABLES[name], self.staging(run_id) / name).months())

    def discard_staging(self, run_id: str) -> None:
        shutil.rmtree(self.staging(run_id), ignore_errors=True)
        try:
            (self.root / STAGING_DIR).rmdir()
        except OSError:
            pass

    # ---- publishing ----------------------------------------------------------------------------------------
    def publish(self, run_id: str, *, replaced: Mapping[str, str], appended: Mapping[str, pa.Table],
                snapshot_name: str) -> Path:
        """Build a new snapshot from the current one plus the run's staged rows, then switch to it atomically.

        replaced: document_id -> published_month of documents whose rows are removed from every per-document table.
        appended: rows appended to the log tables (e.g. `runs`), merged with the previous rows.
        """
        self._check_links()
        store = self.root / STORE_DIR
        store.mkdir(parents=True, exist_ok=True)
        previous = self.current
        new = store / snapshot_name
        if new.exists():
            shutil.rmtree(new)
        new.mkdir()
        replaced_ids = pa.array(sorted(replaced), pa.string())
        for table in TABLES.values():
            if table.partitioned:
                self._publish_partitioned(table, run_id, previous, new, replaced_ids, set(replaced.values()))
            else:
                self._publish_whole(table, run_id, previous, new, appended.get(table.name))
        _fsync_tree(new)
        tmp_link = store / f".{CURRENT}.{snapshot_name}"
        if tmp_link.is_symlink():
            tmp_link.unlink()
        os.symlink(snapshot_name, tmp_link)
        os.replace(tmp_link, store / CURRENT)  # the atomic switch
        _fsync_dir(store)
        self._ensure_links()
        for old in store.iterdir():
            if old.name.startswith("snap-") and old.resolve() not in {new.resolve(), (previous or new).resolve()}:
                shutil.rmtree(old, ignore_errors=True)
        return new

    def _publish_partitioned(self, table: Table, run_id: str, previous: Path | None, new: Path,
                             replaced_ids: pa.Array, replaced_months: set[str]) -> None:
        target = new / table.name
        target.mkdir(parents=True)
        staged = StagedFiles(table, self.staging(run_id) / table.name)  # footers read once per table
        touched = set(staged.months()) | replaced_months
        old_months = self.partitions(table.name, previous) if previous else []
        for month in old_months:
            if month not in touched:
                _link_tree(previous / table.name / f"{PARTITION_COLUMN}={month}",
                           target / f"{PARTITION_COLUMN}={month}")
        for month in sorted(touched):
            parts = []
            if month in old_months:
                old = _read_partition(table, previous / table.name, month)
                if len(replaced_ids):
                    old = old.filter(pc.invert(pc.is_in(old["document_id"], value_set=replaced_ids)))
                parts.append(old)
            parts.append(staged.read(month))
            merged = pa.concat_tables(parts)
            if len(merged):
                self._write_partition(table, merged, target / f"{PARTITION_COLUMN}={month}")
        if not any(target.iterdir()):  # keep every table readable by pandas and DuckDB when empty
            self._write_partition(table, table.empty(), target / f"{PARTITION_COLUMN}={UNKNOWN_MONTH}")

    def _write_partition(self, table: Table, data: pa.Table, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        data = data.sort_by([(k, "ascending") for k in table.key])
        pq.write_table(data.drop_columns([PARTITION_COLUMN]), folder / PART_FILE, compression="zstd")

    def _publish_whole(self, table: Table, run_id: str, previous: Path | None, new: Path,
                       appended: pa.Table | None) -> None:
        staged = self.read_staged(run_id, table.name)
        if previous is not None and (previous / table.name).is_dir() and not len(staged) and appended is None:
            _link_tree(previous / table.name, new / table.name)  # unchanged: same bytes, no rewrite
            return
        parts = [self.read(table.name, snapshot=previous)] if previous else []
        if appended is not None:
            staged = pa.concat_tables([staged, conformed(table, appended)])
        if len(staged):
            # rows of this run win over earlier rows with the same key (e.g. refreshed reference data)
            if parts:
                keys = pc.binary_join_element_wise(*[staged[k].cast(pa.string()) for k in table.key], "\x1f") \
                    if len(table.key) > 1 else staged[table.key[0]]
                old_keys = pc.binary_join_element_wise(*[parts[0][k].cast(pa.string()) for k in table.key], "\x1f") \
                    if len(table.key) > 1 else parts[0][table.key[0]]
                parts[0] = parts[0].filter(pc.invert(pc.is_in(old_keys, value_set=keys)))
            parts.append(_unique_by_key(staged, table.key))
        merged = pa.concat_tables(parts) if parts else table.empty()
        folder = new / table.name
        folder.mkdir(parents=True, exist_ok=True)
        merged = merged.sort_by([(k, "ascending") for k in table.key])
        pq.write_table(merged, folder / PART_FILE, compression="zstd")

    def _check_links(self) -> None:
        for name in sorted({_top_level_name(t) for t in TABLES.values()}):
            link = self.root / name
            if link.exists() and not link.is_symlink():
                raise StoreError(f"{link} exists and is not a pledgeflow dataset link; move it away and re-run")

    def _ensure_links(self) -> None:
        for name in sorted({_top_level_name(t) for t in TABLES.values()}):
            link = self.root / name
            target = Path(STORE_DIR) / CURRENT / name
            if link.is_symlink():
                if Path(os.readlink(link)) == target:
                    continue
                link.unlink()
            elif link.exists():
                raise StoreError(f"{link} exists and is not a pledgeflow dataset link; move it away and re-run")
            os.symlink(target, link)


# staged files live for one run and are read back two or three times (extraction, validation, publish): written
# uncompressed, they cost ~25% less to write and ~35% less to read than with snappy, for ~1.4x the bytes on disk
STAGED_COMPRESSION = "none"


def _write_staged(table: Table, data: pa.Table, path: Path) -> None:
    """One staged file: a partitioned table's rows grouped by month (stable: in their order within a month),
    one row group per month."""
    if not table.partitioned:
        pq.write_table(data, path, compression=STAGED_COMPRESSION)
        return
    months = data[PARTITION_COLUMN]
    if pc.count_distinct(months).as_py() > 1:
        data = data.take(pc.sort_indices(months))  # a stable sort
        months = data[PARTITION_COLUMN]
    # statistics for the month column only (`StagedFiles` indexes the row groups by it): those of the other
    # columns, the documents' text above all (min and max of every row group), made a staged documents footer
    # ~600 KB, held in memory for every staged file of the run while a table is read (so growing with the input)
    with pq.ParquetWriter(path, data.schema, compression=STAGED_COMPRESSION,
                          write_statistics=[PARTITION_COLUMN]) as writer:
        offset = 0
        for run in pc.run_end_encode(months.combine_chunks()).run_ends.to_pylist():
            writer.write_table(data.slice(offset, run - offset), row_group_size=run - offset)
            offset = run


class StagedFiles:
    """The staged files of one table, indexed by month from their footers (the statistics of each row group's
    `published_month`, written by `Store.stage`): reading a month reads its row groups only."""

    def __init__(self, table: Table, path: Path) -> None:
        self.table = table
        self.groups: dict[str, list[tuple[Path, list[int]]]] = {}  # month -> (file, its row groups), file order
        self.files = sorted(path.glob("*.parquet")) if path.is_dir() else []
        self._open = {f: pq.ParquetFile(f) for f in self.files} if table.partitioned else {}
        for f, parquet in self._open.items():
            meta = parquet.metadata
            # the index from the Arrow schema of the file, not from `meta.schema`: a FileMetaData and its
            # ParquetSchema refer to each other, a cycle that kept every footer alive until a full collection
            column = parquet.schema_arrow.get_field_index(PARTITION_COLUMN)
            by_month: dict[str, list[int]] = {}
            for i in range(meta.num_row_groups):
                stats = meta.row_group(i).column(column).statistics
                if stats is None or not stats.has_min_max or stats.min != stats.max:
                    raise StoreError(f"{f}: a staged row group without one {PARTITION_COLUMN} (not written by "
                                     "Store.stage)")
                by_month.setdefault(stats.min, []).append(i)
            for month, groups in by_month.items():
                self.groups.setdefault(month, []).append((f, groups))

    def months(self) -> dict[str, int]:
        """month -> staged rows of that month (in month order), from the footers."""
        return {m: sum(self._open[f].metadata.row_group(i).num_rows for f, groups in self.groups[m] for i in groups)
                for m in sorted(self.groups)}

    def files_with(self, months: set[str]) -> list[Path]:
        return sorted({f for m in months for f, _ in self.groups.get(m, ())})

    def batches(self, *, columns: list[str] | None = None) -> Iterator[pa.Table]:
        """Every staged row, one row group at a time, months in order (within a month: in staging order), as a
        partitioned staging area listed them (`published_month=<m>/batch-*`); memory holds one row group."""
        for month in sorted(self.groups):
            for f, groups in self.groups[month]:
                for i in groups:
                    yield self._open[f].read_row_group(i, columns=columns, use_threads=False)

    def read(self, month: str, *, columns: list[str] | None = None) -> pa.Table:
        """The staged rows of `month` (only `columns`, if given) with the declared types, in staging order."""
        return self.read_months([month], columns=columns)

    def read_months(self, months: Iterable[str], *, columns: list[str] | None = None) -> pa.Table:
        """The staged rows of `months`, month after month (within a month in staging order): the row groups of
        those months only."""
        schema = self.table.schema if columns is None else pa.schema([self.table.schema.field(c) for c in columns])
        # one thread: a staged month is a few small row groups, Arrow's thread pool costs more than it gains
        # (~30% of the read time and more CPU; the bytes read are the same)
        parts = [_with_schema(self._open[f].read_row_groups(groups, columns=columns, use_threads=False), schema)
                 for month in sorted(set(months)) for f, groups in self.groups.get(month, ())]
        return pa.concat_tables(parts) if parts else schema.empty_table()


def _read_partition(table: Table, table_dir: Path, month: str) -> pa.Table:
    """The rows of one hive partition folder of a table, with the partition column restored."""
    path = table_dir / f"{PARTITION_COLUMN}={month}"
    if not path.exists():
        return table.empty()
    data_schema = table.schema.remove(table.schema.get_field_index(PARTITION_COLUMN))
    # the folder's files read one by one (~3x cheaper than a dataset scan per folder; publishing reads one
    # folder per month and table), each brought to the declared schema (a file written before a column was added
    # gets nulls, as a dataset scan with that schema would give)
    parts = [_with_schema(pq.ParquetFile(f).read(use_threads=False), data_schema) for f in sorted(path.iterdir())
             if f.suffix == ".parquet"]
    data = pa.concat_tables(parts) if parts else data_schema.empty_table()
    return data.append_column(table.schema.field(PARTITION_COLUMN),
                              pa.array([month] * len(data), pa.string())).select(table.columns)


def _unique_by_key(data: pa.Table, key: Iterable[str]) -> pa.Table:
    """First row per key (rows of one run are identical per key by construction; this guards the invariant)."""
    key = list(key)
    indexed = data.append_column("__row", pa.array(range(len(data)), pa.int64()))
    rows = indexed.group_by(key, use_threads=False).aggregate([("__row", "min")])["__row_min"]
    return data.take(pc.take(rows, pc.sort_indices(rows)))


def _link_tree(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for f in src.iterdir():
        try:
            os.link(f, dst / f.name)
        except OSError:  # filesystems without hard links
            shutil.copy2(f, dst / f.name)


def _fsync_tree(root: Path) -> None:
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            fd = os.open(os.path.join(dirpath, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _fsync_dir(Path(dirpath))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
