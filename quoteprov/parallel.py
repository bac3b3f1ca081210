"""Running the pure per-file work (read, decode, hash, analyse) on other cores, in file order.

An engine takes a chunk of tasks and returns a handle whose ``result()`` is the list of
what each task gave, in the same order. ``ordered`` feeds an engine from a stream and
yields results in the stream's order, with a bounded number of chunks in flight: the
corpus is never held in memory, and a slow writer holds back the readers.

With ``--jobs N`` this process is one of the N: it starts N - 1 worker processes, and
whenever the result it needs next is still being computed it analyses a later chunk
itself instead of waiting (an engine's ``helps``). On N cores that keeps every core busy,
though this process also writes the store, and only the workers' share of the results
crosses a process boundary.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")  # a task: what a worker gets
R = TypeVar("R")  # a result: what a worker gives back
P = TypeVar("P")  # an entry the parent settles itself, passed through in order


class Handle(Protocol[R]):
    def result(self) -> list[R]: ...

    def done(self) -> bool: ...


class Engine(Protocol):
    """Where chunks of tasks run. ``window`` chunks may be in flight at once; when ``helps``,
    this process runs a later chunk itself while the one it needs next is not done."""

    chunk_files: int
    chunk_bytes: int
    window: int
    helps: bool

    def submit(self, fn: Callable[[T], R], tasks: Sequence[T]) -> Handle[R]: ...

    def close(self) -> None: ...


def cpu_count() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def parse_jobs(value: str) -> int:
    """``--jobs``: a positive number, or ``auto`` for every core. Raises ValueError."""
    if value.strip().lower() == "auto":
        return cpu_count()
    jobs = int(value)
    if jobs < 1:
        raise ValueError(value)
    return jobs


@dataclass(slots=True)
class _Done(Generic[R]):
    value: list[R]

    def result(self) -> list[R]:
        return self.value

    def done(self) -> bool:
        return True


class InlineEngine:
    """Runs every chunk at once in this process: ``--jobs 1``."""

    chunk_files = 64
    chunk_bytes = 4 << 20
    window = 1
    helps = False

    def submit(self, fn: Callable[[T], R], tasks: Sequence[T]) -> Handle[R]:
        return _Done([fn(t) for t in tasks])

    def close(self) -> None:
        pass


def _run_chunk(fn: Callable[[T], R], tasks: Sequence[T]) -> list[R]:
    return [fn(t) for t in tasks]


@dataclass(slots=True)
class _PoolHandle(Generic[R]):
    future: Future[list[R]]

    def result(self) -> list[R]:
        return self.future.result()

    def done(self) -> bool:
        return self.future.done()


class ProcessEngine:
    """A pool of ``workers`` processes; each chunk is one round trip. This process helps."""

    chunk_files = 16
    chunk_bytes = 512 << 10
    helps = True

    def __init__(self, workers: int) -> None:
        self.window = 4 * workers
        self._pool = ProcessPoolExecutor(max_workers=workers)

    def submit(self, fn: Callable[[T], R], tasks: Sequence[T]) -> Handle[R]:
        return _PoolHandle(self._pool.submit(_run_chunk, fn, list(tasks)))

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def make_engine(jobs: int) -> Engine:
    """``--jobs``: this process, and ``jobs - 1`` worker processes beside it."""
    return InlineEngine() if jobs <= 1 else ProcessEngine(jobs - 1)


@dataclass(slots=True)
class _Segment(Generic[T, P, R]):
    """A run of entries in stream order: parent-side entries, and tasks sent as one chunk."""

    entries: list[T | P] = field(default_factory=list)
    tasks: list[T] = field(default_factory=list)
    size: int = 0
    handle: Handle[R] | None = None  # None: not started (or no tasks)
    on_engine: bool = False  # started by the engine (rather than by this process)


def ordered(
    engine: Engine,
    fn: Callable[[T], R],
    entries: Iterable[T | P],
    is_task: Callable[[T | P], bool],
    size_of: Callable[[T], int],
) -> Iterator[R | P]:
    """Yield, for each entry in order, ``fn(entry)`` (run by ``engine``) if it is a task, else the entry itself."""
    pending: deque[_Segment[T, P, R]] = deque()  # in stream order: started or not
    on_engine = 0  # chunks handed to the engine and not yet collected
    ahead = engine.window if engine.helps else 0  # chunks read ahead for this process to help with

    def start() -> None:
        nonlocal on_engine
        for segment in pending:
            if on_engine >= engine.window:
                return
            if segment.tasks and segment.handle is None:
                segment.handle = engine.submit(fn, segment.tasks)
                segment.on_engine = True
                on_engine += 1

    def drain_head() -> Iterator[R | P]:
        nonlocal on_engine
        head = pending[0]
        if head.tasks and head.handle is None:
            head.handle = _Done([fn(t) for t in head.tasks])
        elif head.on_engine and head.handle is not None:
            while engine.helps and not head.handle.done():
                spare = next((s for s in pending if s.tasks and s.handle is None), None)
                if spare is None:
                    break
                spare.handle = _Done([fn(t) for t in spare.tasks])  # help instead of waiting
            on_engine -= 1
        pending.popleft()
        results = iter(head.handle.result() if head.handle is not None else ())
        for entry in head.entries:
            yield next(results) if is_task(entry) else entry  # type: ignore[misc]
        start()

    def push(segment: _Segment[T, P, R]) -> Iterator[R | P]:
        pending.append(segment)
        start()
        while len(pending) > engine.window + ahead:
            yield from drain_head()

    current: _Segment[T, P, R] = _Segment()
    for entry in entries:
        current.entries.append(entry)
        if is_task(entry):
            task: T = entry  # type: ignore[assignment]
            current.tasks.append(task)
            current.size += size_of(task)
            if len(current.tasks) >= engine.chunk_files or current.size >= engine.chunk_bytes:
                yield from push(current)
                current = _Segment()
        elif not current.tasks and not pending:
            current.entries.clear()
            yield entry  # type: ignore[misc]  # not a task, so a P
        elif not current.tasks and len(current.entries) >= 1024:  # a long run of unchanged files behind a chunk
            yield from push(current)
            current = _Segment()
    if current.entries:
        yield from push(current)
    while pending:
        yield from drain_head()
