"""Extraction across worker processes (`RunConfig.workers` > 1): the parent process reads the staged documents in
chunks and hands them to a pool of workers; the results come back **in chunk order**, so the parent stages them
exactly as it would have extracted them itself (`transforms.stages.extract`).

- Workers are started with 'spawn' (a fresh interpreter), never forked: the parent may be a Prefect flow run with
  its threads, event loop and API client, or hold GX state, and forking a process that runs threads can deadlock
  in the child (a lock held by another thread at the fork is never released). A spawned worker imports only what
  extraction needs: this module imports neither pandas, Prefect nor GX.
- Each worker builds its extractor once, in the pool's initializer, with `factory` (a picklable module-level
  callable; `Extractor.from_reference` by default): ~1 s to start a worker, and ~150-170 MB of peak memory a worker
  (measured, docs/performance.md "2026-11-29 (fourth)").
- Memory is bounded: at most `workers + 1` chunks are submitted and not yet taken back; the next chunk is read
  only when the oldest result has been handed to the caller.
- A document an extractor raises on comes back as a `Rejected` record (PF401), as in one process. A worker that
  dies (killed, out of memory, a crash in native code) or fails to start raises `ExtractionWorkersFailed`; the
  caller has staged nothing of the later chunks, and the run publishes nothing.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import NamedTuple

import pyarrow as pa

from transforms.readers import Rejected

START_METHOD = "spawn"


class ExtractedChunk(NamedTuple):
    """What extracting one chunk of documents gives: the rows of every extracted table, the quarantine records of
    the documents an extractor failed on, and the lexicon version of the extractor."""

    documents: int
    tables: dict[str, pa.Table]
    rejects: list[Rejected]
    lexicon_version: str | None


class ExtractionWorkersFailed(RuntimeError):
    """A worker process of the extraction pool died or could not start: the run fails and publishes nothing."""


def extracted_chunk(extractor, docs: list[dict]) -> ExtractedChunk:
    """Extract one chunk of documents (dicts with document_id, text, published_date, published_month, source_path,
    source_id) with `extractor` (a `transforms.extraction.Extractor`)."""
    from transforms.extraction import extraction_reject

    tables, failures = extractor.tables_and_failures(docs)
    return ExtractedChunk(len(docs), tables, [extraction_reject(f) for f in failures], extractor.lexicon_version)


def extracted_in_pool(chunks: Iterable[pa.Table], *, workers: int,
                      factory: Callable[[], object]) -> Iterator[ExtractedChunk]:
    """Extract `chunks` (Arrow tables of staged documents) in `workers` spawned processes; yields each chunk's result
    in the order of `chunks`. Processes start as chunks arrive (never more than there are chunks); the pool is shut
    down when the results are exhausted, or its pending work cancelled when the caller stops early or fails."""
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(START_METHOD),
                               initializer=_start_worker, initargs=(factory, pa.default_memory_pool().backend_name))
    pending: deque[tuple[int, int, Future]] = deque()  # (first document, documents, future) per chunk in flight
    submitted = 0
    try:
        for chunk in chunks:
            # a slice pickles its parent's whole buffers (pyarrow 26): send a compact copy
            compact = chunk.take(pa.array(range(len(chunk)), pa.int64()))
            pending.append((submitted, len(chunk), pool.submit(_extract_in_worker, compact)))
            submitted += len(chunk)
            del chunk, compact
            if len(pending) > workers:
                yield _result(*pending.popleft())
        while pending:
            yield _result(*pending.popleft())
    except BaseException:  # the caller's failure or GeneratorExit too: do not wait for chunks nobody will stage
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def _result(first: int, n: int, future: Future) -> ExtractedChunk:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise ExtractionWorkersFailed(
            f"an extraction worker process stopped abruptly or could not start (killed, out of memory, a crash in "
            f"native code, or an error building the extractor: see the messages above) while documents "
            f"{first + 1:,}-{first + n:,} of the run were being extracted; the run publishes nothing and the "
            f"previous datasets are unchanged. Run it again; `--workers 1` extracts in the main process") from exc


_EXTRACTOR = None  # a worker process's extractor, built once by `_start_worker`


def _start_worker(factory: Callable[[], object], memory_pool: str) -> None:
    """Pool initializer, in each worker process: the parent's Arrow memory pool backend (the command line and the
    benchmarks use the system allocator, see `transforms.storage.use_system_memory_pool`), then the extractor."""
    global _EXTRACTOR
    pools = {"system": pa.system_memory_pool, "jemalloc": pa.jemalloc_memory_pool,
             "mimalloc": pa.mimalloc_memory_pool}
    if memory_pool in pools:
        pa.set_memory_pool(pools[memory_pool]())
    _EXTRACTOR = factory()


def _extract_in_worker(chunk: pa.Table) -> ExtractedChunk:
    return extracted_chunk(_EXTRACTOR, chunk.to_pylist())
