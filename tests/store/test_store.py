"""The provenance store: idempotent rescans, versions, shared contents, schema checks, transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from quoteprov.document import from_text
from quoteprov.errors import NotFoundError, SchemaError, StoreError
from quoteprov.ingest import Outcome, ingest
from quoteprov.records import Analysis, Attribution, Cue, Entity, Kind, Mention, QuoteSpan, SpeakerKind, Step
from quoteprov.sources import SourceFile, expand
from quoteprov.store import RunCounts, Store, merge_speaker
from quoteprov.store.rows import content_rows
from quoteprov.store.schema import latest_version

ARTICLE = "The mayor opened the bridge.\n\n“It will carry us for a century,” said Ines Okafor on Monday.\n"
CHANGED = ARTICLE + "\n“Traffic starts at dawn,” she added.\n"


def scan(store: Store, *paths: Path) -> tuple[RunCounts, list[Outcome]]:
    counts = RunCounts()
    run = store.begin_run(["test"])
    outcomes = list(ingest(store, expand([str(p) for p in paths]), run, counts))
    store.finish_run(run, counts)
    return counts, outcomes


def table_counts(store: Store) -> dict[str, int]:
    counts = store.counts()
    counts.pop("runs")
    return counts


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "q.db") as s:
        yield s


def test_new_store_records_every_migration(store: Store) -> None:
    rows = store.conn.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert [r[0] for r in rows] == list(range(1, latest_version() + 1))
    assert rows[0][1] == "init"
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_rescanning_unchanged_files_adds_nothing(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    first, _ = scan(store, tmp_path / "a.txt")
    before = table_counts(store)
    second, outcomes = scan(store, tmp_path / "a.txt")
    assert (first.new, second.new, second.unchanged) == (1, 0, 1)
    assert table_counts(store) == before
    assert [o.status for o in outcomes] == ["unchanged"]


def test_touched_but_identical_file_is_unchanged(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    scan(store, path)
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    counts, _ = scan(store, path)
    assert counts.unchanged == 1 and table_counts(store)["documents"] == 1
    assert store.latest_version(str(path)).mtime_ns == 1_000_000_000  # type: ignore[union-attr]


def test_changed_file_is_a_new_version_and_the_old_one_is_kept(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    scan(store, path)
    path.write_text(CHANGED, encoding="utf-8")
    counts, outcomes = scan(store, path)
    assert outcomes[0].status == "version" and counts.new == 1
    versions = store.conn.execute("SELECT version, sha256 FROM documents WHERE path = ? ORDER BY version", (str(path),))
    (v1, sha1), (v2, sha2) = versions.fetchall()
    assert (v1, v2) == (1, 2) and sha1 != sha2
    assert [d.version for d in store.iter_export_documents()] == [2]
    assert [d.version for d in store.iter_export_documents(all_versions=True)] == [1, 2]


def test_same_bytes_at_two_paths_share_one_content(store: Store, tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(ARTICLE, encoding="utf-8")
    counts, _ = scan(store, tmp_path)
    stored = table_counts(store)
    assert counts.new == 2 and stored["documents"] == 2 and stored["contents"] == 1
    docs = list(store.iter_export_documents())
    assert [Path(d.path).name for d in docs] == ["one.txt", "two.txt"]
    assert docs[0].sha256 == docs[1].sha256 and docs[0].quotes == docs[1].quotes
    assert stored["quotes"] == len(docs[0].quotes) > 0


def test_empty_file_is_a_document_without_quotes(store: Store, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    counts, outcomes = scan(store, tmp_path / "empty.txt")
    assert outcomes == [Outcome(str(tmp_path / "empty.txt"), "new", 0)]
    (doc,) = store.iter_export_documents()
    assert doc.text == "" and doc.quotes == ()


def test_bad_file_fails_alone(store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xc3(")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    counts, outcomes = scan(store, tmp_path)
    assert (counts.scanned, counts.new, counts.failed) == (2, 1, 1)
    assert outcomes[0].problem == f"{tmp_path / 'a.txt'}: not valid UTF-8 at byte 0 (invalid continuation byte); " \
        "convert it to UTF-8 or exclude it"
    assert table_counts(store)["documents"] == 1


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    Store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (99, 'future', '2099-01-01')")
    conn.close()
    with pytest.raises(SchemaError) as info:
        Store(db)
    assert str(info.value) == (
        f"{db} has store schema version 99, newer than this quoteprov knows ({latest_version()}); "
        "upgrade quoteprov or pass another --db path"
    )


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("my notes, not a database\n")
    with pytest.raises(StoreError) as info:
        Store(db)
    assert str(info.value) == f"{db} is not an SQLite database; pass another --db path or move that file away"
    assert db.read_text() == "my notes, not a database\n"


def test_another_sqlite_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    with pytest.raises(SchemaError, match="is an SQLite database but not a quoteprov store; pass another --db path"):
        Store(db)


def test_read_only_open_refuses_a_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "none.db", create=False)
    db = tmp_path / "none.db"
    assert str(info.value) == f"{db} does not exist; scan first with `quotes scan PATH --db {db}`"


def _analysis(text: str, speaker: str = "Ines Okafor", kind: SpeakerKind = SpeakerKind.PERSON) -> Analysis:
    start = text.index("It will")
    end = text.index(",”")
    quote = QuoteSpan(start, end, text[start:end], Kind.DIRECT, "“", "”")
    m = text.index("Ines Okafor")
    c = text.index("said")
    att = Attribution(
        quote, speaker, kind, Mention(m, m + 11, "Ines Okafor", "name"), Cue(c, c + 4, "said"),
        "cue.after.said-name", 0.9, 0, (Step("cue.after.said-name", "'said' → 'Ines Okafor'"),),
    )
    return Analysis((quote,), (att,), (Entity(0, speaker, kind, (speaker, "Okafor")),))


def _add(store: Store, path: str, text: str, analysis: Analysis) -> int:
    doc = from_text(path, text)
    run = store.begin_run(["test"])
    doc_id, _ = store.add_document(SourceFile(path, doc.size, 1), doc.sha256, doc.size, run, content_rows(doc, analysis))
    return doc_id


def test_attribution_round_trips_to_export(store: Store) -> None:
    _add(store, "bridge.txt", ARTICLE, _analysis(ARTICLE))
    (doc,) = store.iter_export_documents()
    (q,) = doc.quotes
    assert q.speaker is not None and q.speaker.name == "Ines Okafor" and q.speaker.kind == "person"
    assert set(q.speaker.variants) == {"Ines Okafor", "Okafor"}
    assert q.mention is not None and ARTICLE[q.mention.start : q.mention.end] == q.mention.text == "Ines Okafor"
    assert q.cue is not None and q.cue.text == "said"
    assert (q.rule, q.confidence, q.why) == ("cue.after.said-name", 0.9, ("cue.after.said-name: 'said' → 'Ines Okafor'",))
    detail = store.get_quote(q.id)
    assert detail.quote == q and [d.path for d in detail.documents] == ["bridge.txt"]
    assert store.get_quote(q.id[:14]).quote == q
    assert store.get_quote(str(detail.rowid)).quote == q
    with pytest.raises(NotFoundError, match="no quote with id 'zzz'"):
        store.get_quote("zzz")


def test_speakers_merge_across_documents_by_name_ignoring_case(store: Store) -> None:
    _add(store, "a.txt", ARTICLE, _analysis(ARTICLE, "Ines Okafor"))
    other = ARTICLE.replace("mayor", "engineer")
    _add(store, "b.txt", other, _analysis(other, "INES OKAFOR"))
    (sp,) = store.iter_speakers()
    assert (sp.id, sp.name, sp.quotes) == ("sp1", "Ines Okafor", 2)
    assert [q.speaker for q in store.iter_quotes(speaker="okafor")] == ["Ines Okafor", "Ines Okafor"]
    assert len(list(store.iter_quotes(speaker="sp1"))) == 2
    assert list(store.iter_quotes(speaker="nobody")) == []


def test_unnamed_speakers_are_never_merged(store: Store) -> None:
    a = merge_speaker(store.conn, "a senior official", "unnamed")
    b = merge_speaker(store.conn, "a senior official", "unnamed")
    assert a != b


def test_merged_speaker_takes_the_fuller_name(store: Store) -> None:
    a = merge_speaker(store.conn, "okafor", "person")
    b = merge_speaker(store.conn, "Okafor", "person")
    assert a == b
    store.conn.execute("INSERT INTO speaker_names (speaker_id, name, name_key, surname_key, kind, rule)"
                       " VALUES (?, 'Ines Okafor', 'ines okafor', 'okafor', 'person', 'test')", (a,))
    assert merge_speaker(store.conn, "Ines Okafor", "person") == a
    assert store.conn.execute("SELECT name FROM speakers WHERE id = ?", (a,)).fetchone()[0] == "Ines Okafor"
    assert merge_speaker(store.conn, "Okafor", "organisation") != a


def test_a_failed_document_write_leaves_nothing_behind(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    before = table_counts(store)
    doc = from_text("x.txt", ARTICLE)
    run = store.begin_run(["test"])

    def interrupted(*args: object, **kwargs: object) -> int:
        raise KeyboardInterrupt  # as if the user pressed ^C half-way through the document

    monkeypatch.setattr("quoteprov.store.speakers.merge_speaker", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.add_document(SourceFile("x.txt", doc.size, 1), doc.sha256, doc.size, run, content_rows(doc, _analysis(ARTICLE)))
    assert table_counts(store) == before
    assert not store.conn.in_transaction


def test_nested_atomic_rolls_back_only_the_inner_block(store: Store) -> None:
    with store.atomic():
        store.conn.execute("INSERT INTO speakers (name, kind) VALUES ('Outer', 'person')")
        with pytest.raises(RuntimeError), store.atomic():
            store.conn.execute("INSERT INTO speakers (name, kind) VALUES ('Inner', 'person')")
            raise RuntimeError
    names = [r[0] for r in store.conn.execute("SELECT name FROM speakers")]
    assert names == ["Outer"]
