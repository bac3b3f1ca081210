"""``make bench``: the real CLI end to end on a synthetic news corpus, against the local limit.

For each size (MB of text): generate the corpus (scripts/bench_corpus.py; reused when
present), then run ``quotes scan DIR --db FRESH.db --jobs J`` as a child process for each J
and print MB/s, documents/s, quotes/s and peak RSS (the largest single process, from
VmHWM, and the sums of RSS and of PSS over the process tree, polled from /proc every
50 ms) and CPU seconds (parent and workers, so MB per CPU-second per core); a rescan of
the unchanged corpus; ``quotes export`` of everything (time and peak RSS); whether the
stores of every J export the same bytes; and the local limit: reading the same files and
one regular-expression pass for quotation marks over them, with our throughput as a ratio.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import corpus_files, generate

ROOT = Path(__file__).resolve().parent.parent
QUOTES = str(Path(sys.executable).with_name("quotes"))
MARKS = re.compile(r"[\"“”«»„‟‹›「」『』]")


@dataclass
class Run:
    seconds: float
    cpu: float  # user + system seconds of the child and the workers it waited for
    max_rss: int  # bytes: the largest VmHWM of any one process of the tree
    tree_rss: int  # bytes: the largest sum of RSS over the process tree (shared pages counted in each process)
    tree_pss: int  # bytes: the largest sum of PSS over the process tree (shared pages divided among them)
    stdout: str


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


def _kib(path: str, field: str) -> int:
    try:
        with open(path) as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _sample(root: int, peaks: list[int]) -> None:
    pids = _tree(root)
    peaks[0] = max([peaks[0], *(_kib(f"/proc/{p}/status", "VmHWM:") for p in pids)])
    peaks[1] = max(peaks[1], sum(_kib(f"/proc/{p}/status", "VmRSS:") for p in pids))
    peaks[2] = max(peaks[2], sum(_kib(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids))


def run(args: list[str]) -> Run:
    """Run ``args`` as a child, timing it and following the memory of its process tree (every 50 ms)."""
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peaks = [0, 0, 0]
    stop = threading.Event()

    def poll() -> None:
        while not stop.wait(0.05):
            _sample(proc.pid, peaks)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    output, err = proc.communicate()
    seconds = time.perf_counter() - started
    stop.set()
    poller.join()
    if proc.returncode != 0:
        sys.exit(f"bench: {' '.join(args)} failed ({proc.returncode}):\n{err}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return Run(seconds, cpu, peaks[0], peaks[1], peaks[2], output)


def local_limit(files: list[str]) -> tuple[float, int]:
    """Seconds to read every file and run one regex pass for quotation marks; how many marks."""
    started = time.perf_counter()
    marks = 0
    for path in files:
        with open(path, "rb") as fh:
            marks += len(MARKS.findall(fh.read().decode("utf-8")))
    return time.perf_counter() - started, marks


def _mib(n: int) -> str:
    return f"{n / 2**20:.0f} MiB"


def _quotes(summary: str) -> int:
    m = re.search(r"(\d+) quotes? in new documents", summary)
    return int(m.group(1)) if m else 0


def bench_size(size: float, jobs: list[int], data: Path, export: bool) -> None:
    folder = data / f"news-{size:g}MB"
    t = time.perf_counter()
    n_files, n_bytes = generate(folder, size, ROOT / "corpus")
    files = corpus_files(folder)
    mb = n_bytes / 1e6
    print(f"\n== {size:g} MB: {n_files} documents, {n_bytes:,} bytes in {folder} (ready in {time.perf_counter() - t:.1f} s)")
    local_limit(files)  # warm the page cache, as the scans below find it
    limit_s, marks = local_limit(files)
    print(f"local limit (read + one regex pass for quotation marks): {limit_s:.2f} s = {mb / limit_s:.1f} MB/s ({marks} marks)")
    digests: dict[int, str] = {}
    for j in jobs:
        db = data / "db" / f"news-{size:g}MB-j{j}.db"
        db.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        load = os.getloadavg()[0]
        r = run([QUOTES, "scan", str(folder), "--db", str(db), "--jobs", str(j)])
        q = _quotes(r.stdout)
        print(
            f"scan --jobs {j}: {r.seconds:.2f} s  {mb / r.seconds:.2f} MB/s  {n_files / r.seconds:.0f} docs/s  "
            f"{q / r.seconds:.0f} quotes/s  ({q} quotes)  = {mb / r.seconds / (mb / limit_s):.4f} of the local limit\n"
            f"    cpu {r.cpu:.1f} s = {mb / r.cpu:.2f} MB per CPU-second;  peak memory: largest process {_mib(r.max_rss)}, "
            f"process tree {_mib(r.tree_rss)} RSS / {_mib(r.tree_pss)} PSS;  load average at start {load:.2f}"
        )
        if j == jobs[0]:
            again = run([QUOTES, "scan", str(folder), "--db", str(db), "--jobs", str(j)])
            print(f"rescan of the unchanged corpus ({n_files} documents): {again.seconds:.2f} s  peak RSS {_mib(again.max_rss)}")
        if export or len(jobs) > 1:
            out = data / "db" / f"news-{size:g}MB-j{j}.jsonl"
            e = run([QUOTES, "export", "--db", str(db), "--format", "jsonl", "--output", str(out)])
            digest, lines = hashlib.sha256(), 0
            with open(out, "rb") as fh:
                for line in fh:
                    digest.update(line)
                    lines += 1
            digests[j] = digest.hexdigest()
            print(f"export --jobs {j} store: {lines} quotes, {out.stat().st_size / 1e6:.1f} MB of JSONL in {e.seconds:.2f} s  "
                  f"peak RSS {_mib(e.max_rss)}")
            out.unlink()
    if len(digests) > 1:
        same = len(set(digests.values())) == 1
        print(f"stores of --jobs {', '.join(map(str, digests))} export identical JSONL: {'yes' if same else 'NO'}")
        if not same:
            sys.exit("bench: the stores differ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,100", help="corpus sizes in MB, comma-separated (default 10,100)")
    parser.add_argument("--jobs", default="1,2", help="--jobs values to run, comma-separated (default 1,2)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 1 MB, --jobs 1,2")
    parser.add_argument("--data", default=str(ROOT / "bench-data"), help="where corpora and stores go (git-ignored)")
    parser.add_argument("--export", action="store_true", help="also time the export when only one --jobs value runs")
    parser.add_argument("--clean", action="store_true", help="delete the generated corpora and stores afterwards")
    args = parser.parse_args()
    sizes = [1.0] if args.quick else [float(s) for s in args.sizes.split(",")]
    jobs = [int(j) for j in args.jobs.split(",")]
    print(f"quoteprov bench: {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} cores ({len(os.sched_getaffinity(0))} usable), {platform.machine()}; sizes {sizes} MB; jobs {jobs}")
    print("MB = 10^6 bytes of source text; times are wall clock of the `quotes` child process, start-up included")
    data = Path(args.data)
    for size in sizes:
        bench_size(size, jobs, data, args.export)
    if args.clean:
        shutil.rmtree(data)


if __name__ == "__main__":
    main()
