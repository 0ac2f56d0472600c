"""What the pipeline benchmarks share: the Wikinews corpus as input lines, cut or repeated to a size, and one
measurement run in a fresh child process (so its peak memory is its own)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"


def corpus_lines(corpus: Path) -> list[str]:
    """The non-empty lines of every JSONL file of the corpus folder, in file order."""
    lines: list[str] = []
    for f in sorted(corpus.glob("*.jsonl")):
        lines += [ln for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines


def corpus_of_size(lines: list[str], size: float, folder: Path) -> Path:
    """The first `size` of the corpus (size <= 1), or the corpus repeated (size > 1: copy k of a record gets
    `id#k` and a last line "[copy k]", so every copy is a distinct document with the same extraction work)."""
    if size <= 1:
        keep = lines[: max(1, int(len(lines) * size))]
    else:
        keep = []
        for k in range(int(size)):
            for line in lines:
                if k == 0:
                    keep.append(line)
                    continue
                record = json.loads(line)
                record["id"] = f"{record.get('id')}#{k}"
                record["text"] = f"{record.get('text') or ''}\n\n[copy {k}]"
                keep.append(json.dumps(record, ensure_ascii=False))
    path = folder / f"corpus-{size:g}.jsonl"
    path.write_text("\n".join(keep) + "\n", encoding="utf-8")
    return path


def run_child(script: str, path: Path, out: Path, *extra: str) -> dict:
    """`script --child path out [extra...]` in a fresh process; returns the JSON object it printed last, with
    `tree_peak_rss_mb` and `tree_hwm_sum_mb` added (see `TreeMemory`). Raises RuntimeError with the child's
    stderr when it fails."""
    import tempfile
    import time

    with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
        proc = subprocess.Popen([sys.executable, script, "--child", str(path), str(out), *extra], stdout=stdout,
                                stderr=stderr, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
        memory = TreeMemory(proc.pid)
        while proc.poll() is None:
            memory.sample()
            time.sleep(0.01)
        stdout.seek(0)
        stderr.seek(0)
        if proc.returncode:
            raise RuntimeError(stderr.read())
        result = json.loads(stdout.read().strip().splitlines()[-1])
    return {**result, "tree_peak_rss_mb": memory.peak / 2**20, "tree_hwm_sum_mb": sum(memory.hwm.values()) / 2**20}


class TreeMemory:
    """Resident memory of a process **and all its descendants** (worker processes included), sampled from the
    outside (this process; the measured one runs undisturbed) through /proc, every ~10 ms:

    - `peak`: the largest sum of the tree's RSS seen at one sample (bytes). Shared pages (the Python binary,
      pyarrow's libraries) count once per process, as RSS does; a spike shorter than the interval can be missed.
    - `hwm`: per process, its own peak (VmHWM) as last read (every ~100 ms): their sum is an upper bound of the
      tree's peak (the processes' peaks need not coincide), but misses a rise in a process's last ~100 ms.
    A descendant counts from the second sample that sees it: a child between `vfork` and `exec` (`subprocess`
    running `ldconfig` for `ctypes.util.find_library`) shares its parent's memory and would count it twice.
    Linux only (elsewhere both stay 0)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self.hwm: dict[int, int] = {}
        self.seen: set[int] = set()
        self.samples = 0
        self.page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

    def sample(self) -> None:
        """One sample: RSS from `statm` (cheap: this runs beside the measurement), VmHWM every 10th sample."""
        total = 0
        tree = self._tree(self.pid)
        self.samples += 1
        for pid in tree:
            if pid != self.pid and pid not in self.seen:
                continue
            try:
                total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * self.page
                if self.samples % 10 == 1 or pid not in self.hwm:
                    status = Path(f"/proc/{pid}/status").read_text()
                    hwm = next(line for line in status.splitlines() if line.startswith("VmHWM"))
                    self.hwm[pid] = max(self.hwm.get(pid, 0), int(hwm.split()[1]) * 1024)
            except (OSError, IndexError, StopIteration, ValueError):  # ended meanwhile, or a zombie
                continue
        self.seen = set(tree)
        self.peak = max(self.peak, total)

    @classmethod
    def _tree(cls, pid: int) -> list[int]:
        pids = [pid]
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            return pids
        for tid in tasks:  # a child is listed under the thread that started it
            try:
                children = Path(f"/proc/{pid}/task/{tid}/children").read_text().split()
            except OSError:
                continue
            for child in children:
                pids += cls._tree(int(child))
        return pids
