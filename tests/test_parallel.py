"""Scanning on several cores gives the same store as scanning on one; batches are all-or-nothing."""

from __future__ import annotations

import importlib.util
import json
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from quoteprov.cli import app
from quoteprov.ingest import ingest
from quoteprov.parallel import InlineEngine, ordered, parse_jobs
from quoteprov.sources import expand
from quoteprov.store import RunCounts, Store

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def _bench_corpus() -> Any:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "scripts" / "bench_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """About 60 varied articles, one bad file, and the same bytes at two paths."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "news"
    _bench_corpus().generate(folder, 0.25, ROOT / "corpus")
    (folder / "0000" / "bad.txt").write_bytes(b"caf\xe9 \xff\n")
    shutil.copy(folder / "0000" / "000003.txt", folder / "0000" / "copy-of-3.txt")
    return folder


def cli(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def _store_view(db: str) -> tuple[str, str, str]:
    return (
        cli("export", "--db", db, "--format", "jsonl", "--all-versions"),
        cli("speakers", "--db", db),
        cli("list", "--db", db, "--ids", "--all-versions"),
    )


def test_jobs_2_gives_the_same_store_as_jobs_1(news: Path) -> None:
    views = []
    for jobs in ("1", "2"):
        db = f"j{jobs}.db"
        out = cli("scan", str(news), "--db", db, "--jobs", jobs)
        assert "1 failed" in out
        first = news / "0000" / "000001.txt"
        first.write_text(first.read_text(encoding="utf-8") + "\n“A late addition,” said Rosa Vance.\n", encoding="utf-8")
        out = cli("scan", str(news), "--db", db, "--jobs", jobs)
        assert " 0 new, 1 new version, " in out
        views.append(_store_view(db))
        first.write_text(first.read_text(encoding="utf-8").split("\n“A late addition")[0], encoding="utf-8")
    jsonl, speakers, listed = views[0]
    assert jsonl.count("\n") > 200 and speakers.count("\n") > 20
    assert views[1] == views[0]


def test_jobs_auto_and_bad_jobs(news: Path) -> None:
    assert parse_jobs("auto") >= 1
    result = runner.invoke(app, ["scan", str(news), "--db", "x.db", "--jobs", "0"])
    assert result.exit_code == 1 and "--jobs takes a positive number or auto" in result.stderr


def test_rescan_reads_nothing(news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli("scan", str(news), "--db", "q.db")
    import quoteprov.ingest as ingest_module

    def no_read(task: object) -> object:
        raise AssertionError("an unchanged file was read")

    monkeypatch.setattr(ingest_module, "prepare", no_read)
    out = cli("scan", str(news / "0000" / "000002.txt"), str(news / "0000" / "000004.txt"), "--db", "q.db")
    assert out.startswith("scanned 2 documents: 0 new, 0 new versions, 2 unchanged, 0 failed")


def test_an_interrupted_batch_leaves_no_document(news: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store("q.db")
    run = store.begin_run(["test"])
    calls = [0]
    real = Store.add_document

    def add_then_interrupt(self: Store, *args: Any, **kwargs: Any) -> tuple[int, int]:
        calls[0] += 1
        if calls[0] == 5:
            raise KeyboardInterrupt
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Store, "add_document", add_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        list(ingest(store, expand([str(news)]), run, RunCounts(), batch_docs=3))
    counts = store.counts()
    assert counts["documents"] == 3  # the first batch of three committed, the second rolled back whole
    assert counts["contents"] == 3
    store.close()


class _CountingEngine(InlineEngine):
    chunk_files = 3
    window = 2

    def __init__(self) -> None:
        self.submitted = 0
        self.collected = 0
        self.most_in_flight = 0

    def submit(self, fn: Callable[[Any], Any], tasks: Sequence[Any]) -> Any:
        self.submitted += 1
        self.most_in_flight = max(self.most_in_flight, self.submitted - self.collected)
        handle = super().submit(fn, tasks)
        engine = self

        class Counted:
            def result(self) -> list[Any]:
                engine.collected += 1
                return handle.result()

            def done(self) -> bool:
                return True

        return Counted()


def test_ordered_keeps_order_and_bounds_work_in_flight() -> None:
    entries: list[int | str] = [f"p{i}" if i % 4 == 0 else i for i in range(200)]
    engine = _CountingEngine()
    out = list(ordered(engine, lambda n: n * 10, entries, lambda e: isinstance(e, int), lambda n: 1))
    assert out == [e if isinstance(e, str) else e * 10 for e in entries]
    assert engine.most_in_flight <= engine.window + 1


class _SlowEngine:
    """Chunks that take a few polls to finish: while they run, ``ordered`` should work on later ones itself."""

    chunk_files = 2
    chunk_bytes = 1 << 30
    window = 2
    helps = True

    def __init__(self) -> None:
        self.by_engine: list[int] = []

    def submit(self, fn: Callable[[Any], Any], tasks: Sequence[Any]) -> Any:
        engine = self

        class Slow:
            polls = 0

            def done(self) -> bool:
                self.polls += 1
                return self.polls > 2

            def result(self) -> list[Any]:
                engine.by_engine.extend(tasks)
                return [fn(t) for t in tasks]

        return Slow()


def test_ordered_helps_while_the_engine_is_busy_and_keeps_order() -> None:
    entries: list[int | str] = [f"p{i}" if i % 5 == 0 else i for i in range(100)]
    engine = _SlowEngine()
    seen: list[int] = []

    def work(n: int) -> int:
        seen.append(n)
        return n * 10

    out = list(ordered(engine, work, entries, lambda e: isinstance(e, int), lambda n: 1))
    assert out == [e if isinstance(e, str) else e * 10 for e in entries]
    tasks = [e for e in entries if isinstance(e, int)]
    assert sorted(seen) == tasks  # every task ran exactly once
    helped = set(tasks) - set(engine.by_engine)
    assert helped and engine.by_engine  # both this process and the engine did some of the work


def test_dask_cluster_gives_the_same_store_as_a_serial_scan(news: Path) -> None:
    pytest.importorskip("distributed", reason="Dask is optional: pip install 'quoteprov[dask]' to run this test")
    from distributed import LocalCluster

    cli("scan", str(news), "--db", "serial.db")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        out = cli("scan", str(news), "--db", "dask.db", "--scheduler", cluster.scheduler_address)
    assert "1 failed" in out
    assert _store_view("dask.db") == _store_view("serial.db")


def test_dask_partitions_then_import_give_the_same_store_as_a_serial_scan(news: Path) -> None:
    pytest.importorskip("distributed", reason="Dask is optional: pip install 'quoteprov[dask]' to run this test")
    from distributed import LocalCluster

    import quoteprov.cli.scan as scan_cli

    cli("scan", str(news), "--db", "serial.db")
    scan_cli._FILES_PER_PARTITION = 7  # several partitions from a small corpus
    try:
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            result = runner.invoke(app, ["scan", str(news), "--scheduler", cluster.scheduler_address,
                                         "--partitions", "parts"])
    finally:
        scan_cli._FILES_PER_PARTITION = 1000
    assert result.exit_code == 1 and "1 failed, not written" in result.stdout  # the bad file, reported
    assert not Path("parts.db").exists() and len(list(Path("parts").glob("part-*.jsonl"))) > 2
    out = cli("import", "parts", "--db", "parts.db")
    assert " new, " in out and "0 unchanged" in out
    assert _store_view("parts.db")[1:] == _store_view("serial.db")[1:]  # speakers, and every quote with its id
    exported = [json.loads(line) for line in _store_view("parts.db")[0].splitlines()]
    assert exported == [json.loads(line) for line in _store_view("serial.db")[0].splitlines()]
    again = cli("import", "parts", "--db", "parts.db")
    assert " 0 new, " in again and "unchanged" in again


def test_import_names_what_is_wrong(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["import", "nowhere", "--db", "q.db"])
    assert result.exit_code == 1 and "nowhere is not a folder" in result.output
    Path("parts").mkdir()
    result = runner.invoke(app, ["import", "parts", "--db", "q.db"])
    assert result.exit_code == 1 and "no part-*.jsonl files in parts" in result.output
    Path("parts/part-00000.jsonl").write_text('{"format": "quoteprov-partition/1"}\n{"source": \n', encoding="utf-8")
    result = runner.invoke(app, ["import", "parts", "--db", "q.db"])
    assert result.exit_code == 1 and "parts/part-00000.jsonl:2: damaged line" in result.output
    assert not Path("q.db").exists()  # nothing to import: no store made
    result = runner.invoke(app, ["scan", ".", "--partitions", "out"])
    assert result.exit_code == 1 and "--partitions needs the Dask engine" in result.output
