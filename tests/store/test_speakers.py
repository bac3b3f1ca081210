"""Speakers across the store: name variants merge by rule, and every merge can be undone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quoteprov.cli import app
from quoteprov.ingest import ingest
from quoteprov.sources import expand
from quoteprov.store import RunCounts, Store
from quoteprov.store import speakers as sp

ARTICLE_A = "“The port reopens on Monday,” said Harbour Minister Yevgeny Orlov.\n"
ARTICLE_B = "“Ships are waiting,” said Yevgeni Orlov, the harbour minister.\n"
ARTICLE_C = "“The port is closed,” said Anna Orlov, a dock worker.\n"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    for name, text in (("a.txt", ARTICLE_A), ("b.txt", ARTICLE_B), ("c.txt", ARTICLE_C)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    with Store(tmp_path / "q.db", create=True) as s:
        counts = RunCounts()
        run = s.begin_run(["test"])
        list(ingest(s, expand([str(tmp_path)]), run, counts))
        s.finish_run(run, counts)
        yield s


def _people(store: Store) -> dict[str, set[str]]:
    return {x.name: set(x.variants) for x in store.iter_speakers() if x.kind == "person"}


def test_transliteration_variants_are_one_speaker(store: Store) -> None:
    people = _people(store)
    assert people["Yevgeny Orlov"] == {"Yevgeny Orlov", "Yevgeni Orlov"}
    assert "Anna Orlov" in people  # same surname, different given name: another person


def test_split_undoes_a_merge_and_merge_redoes_it(store: Store) -> None:
    (new_id,) = store.split_speaker_name("Yevgeni Orlov")
    people = _people(store)
    assert people["Yevgeny Orlov"] == {"Yevgeny Orlov"} and people["Yevgeni Orlov"] == {"Yevgeni Orlov"}
    quotes = {x.name: x.quotes for x in store.iter_speakers()}
    assert quotes["Yevgeni Orlov"] == 1 and quotes["Yevgeny Orlov"] == 1
    old_id = next(x for x in store.iter_speakers() if x.name == "Yevgeny Orlov").id
    store.merge_speakers(int(old_id.removeprefix("sp")), new_id)
    assert _people(store)["Yevgeny Orlov"] == {"Yevgeny Orlov", "Yevgeni Orlov"}


def test_a_split_name_stays_apart_on_later_scans(store: Store) -> None:
    store.split_speaker_name("Yevgeni Orlov")
    with store.atomic():
        again = sp.merge_speaker(store.conn, "Yevgeni Orlov", "person")
        other = sp.merge_speaker(store.conn, "Y. Orlov", "person")
    names = {x.id: x.name for x in store.iter_speakers()}
    assert names[f"sp{again}"] == "Yevgeni Orlov"
    assert names[f"sp{other}"] == "Yevgeny Orlov"


def test_cli_split_and_unknown_name(tmp_path: Path, store: Store) -> None:
    db = str(tmp_path / "q.db")
    store.close()
    runner = CliRunner()
    ok = runner.invoke(app, ["speakers", "--db", db, "--split", "Yevgeni Orlov"])
    assert ok.exit_code == 0 and "split 'Yevgeni Orlov' into sp" in ok.output
    missing = runner.invoke(app, ["speakers", "--db", db, "--split", "Nobody Here"])
    assert missing.exit_code == 3
    assert "no merged speaker has the name form 'Nobody Here'" in missing.output
