"""Parquet datasets on disk: staging, atomic publishing, reading back. The I/O edge of pledgeflow (no Prefect).

Layout of an output folder::

    output/
      documents -> .store/current/documents        one symlink per table (and quarantine/)
      ...
      .store/current -> snap-20260107T101500Z-ab12cd34
      .store/snap-*/<table>/published_month=2026-01/part-0.parquet
      .staging/<run_id>/<table>/published_month=.../batch-*.parquet
      .lock

Publishing builds a complete new snapshot next to the current one: partitions the run did not touch are
hard-linked (no copy), touched partitions are rewritten whole (old rows of replaced documents dropped, new rows
added, sorted by key), then `.store/current` is switched with one atomic `os.replace`. Every table changes at once;
a run killed at any point before the switch leaves the previous snapshot readable and byte-identical. The two most
recent snapshots are kept (a reader still on the older one finishes safely); older ones are deleted.
"""
from __future__ import annotations

import fcntl
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
        return sum(pq.ParquetFile(f).metadata.num_rows for f in sorted(path.rglob("*.parquet")))

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
        """Write one batch of rows of table `name` into the run's staging area."""
        table = TABLES[name]
        data = conformed(table, data)
        if len(data) == 0:
            return
        target = self.staging(run_id) / name
        if table.partitioned:
            ds.write_dataset(data, target, format="parquet", partitioning=_partitioning(table),
                             basename_template=f"batch-{batch:06d}-{{i}}.parquet",
                             existing_data_behavior="overwrite_or_ignore")
        else:
            target.mkdir(parents=True, exist_ok=True)
            pq.write_table(data, target / f"batch-{batch:06d}.parquet")

    def read_staged(self, run_id: str, name: str, *, month: str | None = None) -> pa.Table:
        """Staged rows of table `name` (of one month: read from that partition's folder only, so publishing a
        run that touches many months does not list every staged file once per month)."""
        table = TABLES[name]
        path = self.staging(run_id) / name
        if month is not None and table.partitioned:
            return _read_partition(table, path, month)
        if not path.exists():
            return table.empty()
        dataset = ds.dataset(path, schema=table.schema, format="parquet",
                             partitioning=_partitioning(table) if table.partitioned else None)
        return dataset.to_table()

    def replace_staged(self, run_id: str, name: str, data: pa.Table) -> None:
        """Replace every staged row of table `name` with `data` (validation moves rejected rows out this way)."""
        shutil.rmtree(self.staging(run_id) / name, ignore_errors=True)
        self.stage(run_id, name, data, batch=0)

    def staged_months(self, run_id: str, name: str) -> set[str]:
        path = self.staging(run_id) / name
        if not path.exists():
            return set()
        return {p.name.split("=", 1)[1] for p in path.iterdir() if p.name.startswith(PARTITION_COLUMN + "=")}

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
        touched = self.staged_months(run_id, table.name) | replaced_months
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
            parts.append(self.read_staged(run_id, table.name, month=month))
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


def _read_partition(table: Table, table_dir: Path, month: str) -> pa.Table:
    """The rows of one hive partition folder of a table, with the partition column restored."""
    path = table_dir / f"{PARTITION_COLUMN}={month}"
    if not path.exists():
        return table.empty()
    data_schema = table.schema.remove(table.schema.get_field_index(PARTITION_COLUMN))
    # the folder's files read one by one (~3x cheaper than a dataset scan per folder; publishing reads one
    # folder per month and table), each brought to the declared schema (a file written before a column was added
    # gets nulls, as a dataset scan with that schema would give)
    parts = [_with_schema(pq.ParquetFile(f).read(), data_schema) for f in sorted(path.iterdir())
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
