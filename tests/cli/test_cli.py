"""The `quotes` command: exit codes, one-line errors, and the commands end to end."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quoteprov import __version__
from quoteprov.cli import app

ARTICLE = (
    "Harbour reopens after the storm\n"
    "\n"
    "“We lost two piers but not a single boat,” said Marta Quill, the harbour master.\n"
    "\n"
    "Quill said the town would “rebuild before the summer”.\n"
)

runner = CliRunner()


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def quotes(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    code, out, _ = quotes("--version")
    assert (code, out) == (0, f"quotes (quoteprov) {__version__}\n")


@pytest.mark.parametrize("command", [[], ["scan"], ["list"], ["show"], ["speakers"], ["export"]])
def test_help_everywhere(command: list[str]) -> None:
    code, out, _ = quotes(*command, "--help")
    assert code == 0 and "Usage:" in out


def test_scan_then_rescan(corpus: Path) -> None:
    code, out, err = quotes("scan", "news", "--db", "q.db")
    assert code == 0, err
    assert out.startswith("scanned 1 document: 1 new, 0 new versions, 0 unchanged, 0 failed; 2 quotes in new documents; ")
    assert out.endswith(" s; store q.db\n") and err == ""
    code, out, _ = quotes("scan", "news", "--db", "q.db")
    assert code == 0
    assert out.startswith("scanned 1 document: 0 new, 0 new versions, 1 unchanged, 0 failed; 0 quotes in new documents; ")
    run = sqlite3.connect("q.db").execute("SELECT argv, status, documents_unchanged FROM runs ORDER BY id DESC").fetchone()
    assert json.loads(run[0]) == ["quotes", "scan", "news", "--glob", "*.{txt,html,htm,warc,warc.gz}", "--db", "q.db"]
    assert run[1:] == ("finished", 1)


def test_bad_file_is_reported_the_rest_scanned_and_exit_is_1(corpus: Path) -> None:
    (corpus / "broken.txt").write_bytes(b"Fine start, then \xe2\x80 cut")
    (corpus / "empty.txt").write_bytes(b"")
    code, out, err = quotes("scan", "news", "--db", "q.db")
    assert code == 1
    assert err.splitlines() == [
        "error: news/broken.txt: not valid UTF-8 at byte 17 (invalid continuation byte); convert it to UTF-8 or exclude it",
        "error: 1 of 3 documents could not be scanned (see the lines above); fix or exclude them and scan again",
    ]
    assert out.startswith("scanned 3 documents: 2 new, 0 new versions, 0 unchanged, 1 failed; 2 quotes")
    code, out, _ = quotes("list", "--db", "q.db")
    assert code == 0 and out.count("news/harbour.txt:") == 2


def test_missing_path_is_reported(corpus: Path) -> None:
    code, _, err = quotes("scan", "news", "nowhere", "--db", "q.db")
    assert code == 1
    assert err.splitlines()[0] == "error: nowhere: no such file or directory"


def test_nothing_to_scan(corpus: Path) -> None:
    code, _, err = quotes("scan", "news", "--glob", "*.html", "--db", "q.db")
    assert code == 1
    assert err == "error: no files matching *.html under news; check the paths or --glob\n"


def test_list_prints_path_line_col_kind_speaker_text(corpus: Path) -> None:
    quotes("scan", "news", "--db", "q.db")
    code, out, _ = quotes("list", "--db", "q.db")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith("news/harbour.txt:3:2  direct  ")
    assert lines[0].endswith("  “We lost two piers but not a single boat,”")
    assert lines[1].startswith("news/harbour.txt:5:28  partial  ")
    assert quotes("list", "--db", "q.db", "--kind", "partial")[1].count("\n") == 1
    assert quotes("list", "--db", "q.db", "--source", "elsewhere") == (0, "", "no quotes match\n")


def test_list_rejects_an_unknown_kind(corpus: Path) -> None:
    code, _, err = quotes("list", "--db", "q.db", "--kind", "rumour")
    assert code == 2 and "rumour" in err


def test_show_by_id_and_unknown_id(corpus: Path) -> None:
    quotes("scan", "news", "--db", "q.db")
    first = quotes("list", "--db", "q.db", "--ids")[1].split()[0]
    code, out, _ = quotes("show", first, "--db", "q.db", "--why")
    assert code == 0
    assert out.startswith("news/harbour.txt:3:2  (version 1)\n")
    assert f"id          {first}  (#1)" in out
    assert "⟦We lost two piers but not a single boat,⟧" in out and "\nwhy:\n" in out
    code, out, err = quotes("show", "nope", "--db", "q.db")
    assert (code, out) == (3, "")
    assert err == "error: no quote with id 'nope'; `quotes list --ids` shows the ids\n"


def test_missing_store_is_one_line(corpus: Path) -> None:
    for command in (["list"], ["speakers"], ["export"], ["show", "1"]):
        code, out, err = quotes(*command, "--db", "none.db")
        assert (code, out) == (2, "")
        assert err == "error: none.db does not exist; scan first with `quotes scan PATH --db none.db`\n"


def test_not_a_database_is_one_line(corpus: Path) -> None:
    Path("notes.db").write_text("shopping list\n")
    code, _, err = quotes("scan", "news", "--db", "notes.db")
    assert code == 2
    assert err == "error: notes.db is not an SQLite database; pass another --db path or move that file away\n"


def test_newer_schema_is_one_line(corpus: Path) -> None:
    quotes("scan", "news", "--db", "q.db")
    with sqlite3.connect("q.db") as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (42, 'future', '2099-01-01')")
    conn.close()
    code, _, err = quotes("list", "--db", "q.db")
    assert code == 2
    assert err.startswith("error: q.db has store schema version 42, newer than this quoteprov knows (")
    assert err.endswith("); upgrade quoteprov or pass another --db path\n")


def test_export_jsonl_to_file_and_csv_to_stdout(corpus: Path) -> None:
    quotes("scan", "news", "--db", "q.db")
    code, _, err = quotes("export", "--db", "q.db", "--format", "jsonl", "--output", "out.jsonl")
    assert code == 0 and err == "exported 2 quotes from 1 documents to out.jsonl\n"
    rows = [json.loads(line) for line in Path("out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in rows] == ["We lost two piers but not a single boat,", "rebuild before the summer"]
    code, out, _ = quotes("export", "--db", "q.db", "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("id,source,sha256,start,end,")


def test_export_to_a_missing_folder_is_one_line(corpus: Path) -> None:
    quotes("scan", "news", "--db", "q.db")
    code, _, err = quotes("export", "--db", "q.db", "--output", "no/such/dir/out.jsonl")
    assert code == 1
    assert err == "error: folder no/such/dir does not exist; create it or choose another --output\n"


def test_exporter_that_is_not_there_is_one_line(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    quotes("scan", "news", "--db", "q.db")
    monkeypatch.setitem(sys.modules, "quoteprov.export.webanno", None)
    code, _, err = quotes("export", "--db", "q.db", "--format", "webanno", "--output", "wa")
    assert code == 1
    assert err == "error: the webanno exporter is not part of this version; use --format jsonl or csv\n"
    code, _, err = quotes("export", "--db", "q.db", "--format", "tei")
    assert (code, err) == (1, "error: --format tei writes files: give --output FILE or FOLDER\n")


def test_webanno_goes_to_standard_output_without_output(corpus: Path) -> None:
    quotes("scan", "news", "--db", "q.db")
    code, out, err = quotes("export", "--db", "q.db", "--format", "webanno")
    assert code == 0
    collection = json.loads(out)
    assert collection["type"] == "AnnotationCollection" and collection["first"]["items"]
    assert err.endswith("as webanno to standard output\n")


def test_webanno_file_is_written_whole_or_not_at_all(corpus: Path) -> None:
    quotes("scan", "news", "--db", "q.db")
    code, _, err = quotes("export", "--db", "q.db", "--format", "webanno", "--output", "out.jsonl")
    assert code == 0
    lines = Path("out.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["type"] == "Annotation" for line in lines)
    assert not [p for p in Path(".").iterdir() if p.name.endswith(".tmp.jsonl")]
    code, _, err = quotes("export", "--db", "q.db", "--format", "webanno", "--output", "no/such/x.json")
    assert (code, err) == (1, "error: folder no/such does not exist; create it or choose another --output\n")
