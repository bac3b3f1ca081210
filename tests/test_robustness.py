"""Nothing lost: bad input, a broken store, two scans at once, a killed scan, unsafe output, arbitrary text.

Every failure is one line on stderr with the right exit code, never a traceback, and what the
store held before is still there.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from quoteprov.cli import app
from quoteprov.pipeline import analyse
from quoteprov.store import store as store_module
from quoteprov.store.rows import ContentRows

runner = CliRunner()
ARTICLE = "“We lost two piers but not a single boat,” said Marta Quill, the harbour master.\n"


def quotes(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def one_error_line(err: str) -> bool:
    return err.startswith("error: ") and "Traceback" not in err and all(
        line.startswith("error: ") for line in err.splitlines()
    )


def stored(db: str = "q.db") -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "quotes", "contents")}
    finally:
        conn.close()


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    assert quotes("scan", "good.txt", "--db", "q.db")[0] == 0
    return tmp_path


# bad input --------------------------------------------------------------------------------------

BAD_FILES: dict[str, bytes] = {
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "latin1.txt": "caf\u00e9 “au lait”".encode("latin-1", "replace"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_bytes_are_one_line_exit_1_and_nothing_lost(work: Path, name: str) -> None:
    before = stored()
    (work / name).write_bytes(BAD_FILES[name])
    code, out, err = quotes("scan", name, "good.txt", "--db", "q.db")
    assert code == 1 and one_error_line(err) and name in err and "byte" in err
    assert stored() == before


def test_utf16_with_bom_is_decoded(work: Path) -> None:
    (work / "u16.txt").write_bytes("\ufeff“We will rebuild,” said Quill.\n".encode("utf-16-le"))
    (work / "u16.txt").write_bytes(b"\xff\xfe" + "“We will rebuild,” said Quill.\n".encode("utf-16-le"))
    code, _, err = quotes("scan", "u16.txt", "--db", "q.db")
    assert code == 0, err
    code, out, _ = quotes("export", "--db", "q.db", "--source", "u16")
    record = json.loads(out.splitlines()[0])
    raw = (work / "u16.txt").read_bytes()
    assert raw[record["byte_start"]:record["byte_end"]].decode("utf-16-le") == record["text"] == "We will rebuild,"


@pytest.mark.parametrize(
    "content",
    ["", "“" * 5000, "\"" * 5000, "“”‘’«»„\"'" * 2000, ("“open " * 3000) + "\n" + ("close” " * 3000)],
    ids=["empty", "all-curly", "all-straight", "all-kinds", "unbalanced"],
)
def test_degenerate_texts_scan_quickly_and_hold_offsets(work: Path, content: str) -> None:
    (work / "odd.txt").write_text(content, encoding="utf-8")
    started = time.monotonic()
    code, _, err = quotes("scan", "odd.txt", "--db", "q.db")
    assert code == 0, err
    assert time.monotonic() - started < 10
    for line in quotes("export", "--db", "q.db", "--source", "odd")[1].splitlines():
        record = json.loads(line)
        assert content[record["start"]:record["end"]] == record["text"]


def test_50_mb_without_a_newline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    filler = "lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 18_000
    chunk = 'The minister said "we will rebuild the harbour" and left. ' + filler
    with open("big.txt", "w", encoding="utf-8") as fh:
        for _ in range(50):
            fh.write(chunk)
    assert os.path.getsize("big.txt") > 50_000_000
    code, _, err = quotes("scan", "big.txt", "--db", "q.db")
    assert code == 0, err
    assert stored()["quotes"] == 50
    assert quotes("verify", "--db", "q.db")[0] == 0


def test_missing_paths_spaces_and_non_ascii_names(work: Path) -> None:
    folder = work / "dossier été 2021"
    folder.mkdir()
    (folder / "article n°1 — “draft”.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = quotes("scan", str(folder), "no such file.txt", "--db", "q.db")
    assert code == 1 and one_error_line(err) and "no such file.txt" in err
    assert "1 new" in out
    code, out, _ = quotes("list", "--db", "q.db", "--source", "été")
    assert code == 0 and "article n°1 — “draft”.txt:1:2" in out
    assert quotes("verify", "--db", "q.db", str(folder))[0] == 0


def test_symlink_loop_is_one_line(work: Path) -> None:
    (work / "loop").mkdir()
    (work / "loop" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (work / "loop" / "again").symlink_to(work / "loop")
    (work / "self").symlink_to(work / "self")
    code, _, err = quotes("scan", "loop", "self", "--db", "q.db")
    assert code == 1 and one_error_line(err) and "symbolic link loop" in err and "self" in err


def test_unreadable_file_and_folder(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root reads everything, so the permission errors are simulated where the files are opened."""
    (work / "sub").mkdir()
    (work / "sub" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (work / "secret.txt").write_text(ARTICLE, encoding="utf-8")
    real_open, real_scandir = open, os.scandir

    def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file).endswith("secret.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    def fake_scandir(path: str) -> Any:
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("builtins.open", fake_open)
    monkeypatch.setattr(os, "scandir", fake_scandir)
    before = stored()
    code, _, err = quotes("scan", "secret.txt", "sub", "--db", "q.db")
    assert code == 1 and one_error_line(err)
    assert "secret.txt: permission denied" in err and "sub: permission denied" in err
    assert stored() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode (simulated in the test above)")
def test_unreadable_file_for_real(work: Path) -> None:
    (work / "secret.txt").write_text(ARTICLE, encoding="utf-8")
    (work / "secret.txt").chmod(0)
    code, _, err = quotes("scan", "secret.txt", "--db", "q.db")
    assert code == 1 and one_error_line(err)


# a store that cannot be used --------------------------------------------------------------------


@pytest.mark.parametrize("command", [["scan", "good.txt"], ["list"], ["verify"], ["trace", "--all"], ["export"]])
def test_db_that_is_not_sqlite_or_newer(work: Path, command: list[str]) -> None:
    Path("notes.db").write_text("just some notes\n", encoding="utf-8")
    code, _, err = quotes(*command, "--db", "notes.db")
    assert code == 2 and one_error_line(err) and "not an SQLite database" in err
    assert Path("notes.db").read_text(encoding="utf-8") == "just some notes\n"
    conn = sqlite3.connect("q.db")
    conn.execute("INSERT INTO schema_migrations VALUES (99, 'future', 'x')")
    conn.commit()
    conn.close()
    code, _, err = quotes(*command, "--db", "q.db")
    assert code == 2 and one_error_line(err) and "newer than this quoteprov knows" in err


def test_read_only_database(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod does not stop root: the store is opened through a read-only SQLite URI instead."""
    real_connect = sqlite3.connect

    def read_only(path: str, *args: Any, **kwargs: Any) -> Any:
        return real_connect(f"file:{path}?mode=ro", *args, uri=True, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", read_only)
    before = stored()
    (work / "new.txt").write_text(ARTICLE.replace("piers", "boats"), encoding="utf-8")
    code, _, err = quotes("scan", "new.txt", "--db", "q.db")
    assert code == 2 and one_error_line(err) and "read-only" in err
    code, out, _ = quotes("list", "--db", "q.db")
    assert code == 0 and "Marta Quill" in out  # reading still works
    monkeypatch.undo()  # (also undoes the chdir)
    assert stored(str(work / "q.db")) == before


def test_full_disk_keeps_earlier_documents(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (work / name).write_text(ARTICLE.replace("piers", f"piers at {name}"), encoding="utf-8")
    real = store_module.Store.insert_quotes

    def full(self: store_module.Store, rows: ContentRows, run_id: int) -> None:
        if "piers at c.txt" in rows.text:
            raise sqlite3.OperationalError("database or disk is full")
        real(self, rows, run_id)

    assert quotes("scan", "a.txt", "b.txt", "--db", "q.db")[0] == 0
    (work / "d.txt").write_text(ARTICLE.replace("piers", "piers at d"), encoding="utf-8")
    monkeypatch.setattr(store_module.Store, "insert_quotes", full)
    code, _, err = quotes("scan", "a.txt", "b.txt", "c.txt", "d.txt", "--db", "q.db")
    assert code == 2 and one_error_line(err)
    assert "database or disk is full" in err and "free some disk space" in err
    monkeypatch.undo()  # (also undoes the chdir)
    conn = sqlite3.connect(work / "q.db")
    paths = {row[0] for row in conn.execute("SELECT path FROM documents")}
    assert {"good.txt", "a.txt", "b.txt"} <= paths and "c.txt" not in paths
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    monkeypatch.chdir(work)
    code, out, err = quotes("scan", "a.txt", "b.txt", "c.txt", "d.txt", "--db", "q.db")  # space freed: the rest
    assert code == 0 and "2 unchanged" in out, err


# processes: two at once, and a killed scan --------------------------------------------------------


def cli(*args: str, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "quoteprov.cli", *args], cwd=cwd, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def make_corpus(folder: Path, n: int, tag: str = "") -> None:
    folder.mkdir()
    for i in range(n):
        body = "".join(
            f"“Statement {i}-{k} is on the record, and we stand by it,” said Minister Number{i % 17} on day {k}.\n\n"
            f"Officials added that the {k}th review of file {i} was “complete and final”.\n\n"
            for k in range(25)
        )
        (folder / f"doc{i:04d}.txt").write_text(f"Headline {tag}{i}\n\n{body}", encoding="utf-8")


def test_two_scans_at_once(tmp_path: Path) -> None:
    make_corpus(tmp_path / "one", 40)
    make_corpus(tmp_path / "two", 40, tag="two ")
    procs = [cli("scan", folder, "--db", "q.db", cwd=tmp_path) for folder in ("one", "two")]
    results = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, results):
        assert p.returncode == 0, err
        assert "40 new" in out
    counts = stored(str(tmp_path / "q.db"))
    assert counts["documents"] == 80 and counts["quotes"] == 80 * 50


def export_sorted(db: Path, cwd: Path) -> list[str]:
    out = subprocess.run([sys.executable, "-m", "quoteprov.cli", "export", "--db", str(db)], cwd=cwd,
                         capture_output=True, text=True, check=True).stdout
    return sorted(out.splitlines())


def test_killed_scan_leaves_whole_documents_and_the_next_scan_finishes(tmp_path: Path) -> None:
    make_corpus(tmp_path / "news", 400)
    db = tmp_path / "killed.db"
    proc = cli("scan", "news", "--db", str(db), cwd=tmp_path)
    deadline = time.monotonic() + 60
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
            done = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            continue
        if done > 0:  # the first batch is committed: kill it now, part-way
            break
    assert proc.poll() is None, "the scan finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    docs = conn.execute("SELECT d.path, d.sha256, c.text FROM documents d JOIN contents c USING (sha256)").fetchall()
    assert 0 < len(docs) < 400
    for path, sha, text in docs:  # every stored document holds all its quotes
        have = conn.execute('SELECT start, "end" FROM quotes WHERE sha256 = ? ORDER BY start', (sha,)).fetchall()
        assert [(q.start, q.end) for q in analyse(text).quotes] == [tuple(r) for r in have], path
    conn.close()
    finish = cli("scan", "news", "--db", str(db), cwd=tmp_path)
    out, err = finish.communicate(timeout=300)
    assert finish.returncode == 0, err
    clean = cli("scan", "news", "--db", str(tmp_path / "clean.db"), cwd=tmp_path)
    assert clean.wait(timeout=300) == 0
    assert export_sorted(db, tmp_path) == export_sorted(tmp_path / "clean.db", tmp_path)


# safe output ---------------------------------------------------------------------------------------


def test_csv_formula_guard_and_json_xml_escaping(work: Path) -> None:
    nasty = '“=HYPERLINK(\\"http://x\\")</q><script>&amp;", said Eve.\n\n“@SUM(A1) \\" ]]>”, said Eve again.\n'
    (work / "nasty.txt").write_text(nasty, encoding="utf-8")
    assert quotes("scan", "nasty.txt", "--db", "q.db")[0] == 0
    code, out, _ = quotes("export", "--db", "q.db", "--source", "nasty", "--format", "csv")
    assert code == 0
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(out)))
    texts = [r["text"] for r in rows]
    assert texts and all(t.startswith("'") for t in texts if t.lstrip("'")[:1] in "=+-@")
    code, out, _ = quotes("export", "--db", "q.db", "--source", "nasty")
    for line in out.splitlines():
        assert json.loads(line)["source"] == "nasty.txt"
    code, _, err = quotes("export", "--db", "q.db", "--source", "nasty", "--format", "tei", "--output", "tei")
    assert code == 0, err
    from lxml import etree

    for file in Path("tei").iterdir():
        etree.parse(str(file))  # well-formed: everything escaped


def test_output_dir_is_never_left(work: Path) -> None:
    """Stored paths that climb out (../), are absolute, or hold odd characters all land inside --output."""
    inner = work / "a" / "b"
    inner.mkdir(parents=True)
    (work / "a" / "up.txt").write_text(ARTICLE, encoding="utf-8")
    (work / "odd name ..%2f..txt").write_text(ARTICLE.replace("piers", "docks"), encoding="utf-8")
    for path in ("a/b/../up.txt", str(work / "odd name ..%2f..txt"), "../" + work.name + "/good.txt"):
        assert quotes("scan", path, "--db", "q.db")[0] == 0, path
    out_dir = work / "out"  # TEI is the one format that writes one file per document into a folder
    before = set(work.parent.rglob("*"))
    code, _, err = quotes("export", "--db", "q.db", "--format", "tei", "--output", "out", "--all-versions")
    assert code == 0, err
    written = set(work.parent.rglob("*")) - before - {out_dir}
    assert len(written) == 4 and all(p.parent == out_dir for p in written), written


# fuzzing the core -----------------------------------------------------------------------------------

_MARKS = st.sampled_from(
    list("“”‘’\"'«»„‚‹›「」『』`´′″ʼ") + ["\n", "\r\n", "\n\n", " said ", " she said. ", "Ms Quill", "…", "[", "]"]
)
_TEXT = st.lists(st.one_of(_MARKS, st.text(st.characters(blacklist_categories=["Cs"]), max_size=8)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_analyse_never_raises_and_offsets_hold(text: str) -> None:
    analysis = analyse(text)
    assert len(analysis.attributions) == len(analysis.quotes)
    for q in analysis.quotes:
        assert 0 <= q.start <= q.end <= len(text) and text[q.start:q.end] == q.text
        assert q.text == q.text.strip() and q.open_mark in text[:q.start]  # marks and spaces lie outside
        if q.close_mark:
            assert q.close_mark in text[q.end:]
    for att in analysis.attributions:
        if att is None:
            continue
        assert att.quote in analysis.quotes
        m = att.mention
        assert 0 <= m.start <= m.end <= len(text) and text[m.start:m.end] == m.text
        if att.cue is not None:
            assert 0 <= att.cue.start <= att.cue.end <= len(text) and text[att.cue.start:att.cue.end] == att.cue.text
        assert 0.0 <= att.confidence <= 1.0  # (att.entity may point past entities: the store checks it)
