"""`quotes verify` and `quotes trace` end to end."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quoteprov.cli import app

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
TRT = "003_224d5dca5a233a9e.txt"
AJ = "000_c24e6a632f013367.txt"
runner = CliRunner()


def quotes(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def scanned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(CORPUS, tmp_path / "corpus")
    code, _, err = quotes("scan", "corpus", "--db", "q.db")
    assert code == 0, err
    return tmp_path


def test_verify_untouched_corpus_is_ok(scanned: Path) -> None:
    code, out, _ = quotes("verify", "--db", "q.db")
    assert code == 0
    assert "ok            22" in out and "documents 2: 2 ok, 0 changed, 0 missing, 0 unreadable" in out


def test_verify_moved_changed_json_and_update(scanned: Path) -> None:
    path = scanned / "corpus" / AJ
    text = path.read_text(encoding="utf-8")
    path.write_text("CORRECTION appended above.\n\n" + text.replace("This serves interests", "This serves the interests"),
                    encoding="utf-8")
    code, out, _ = quotes("verify", "--db", "q.db", "--json")
    assert code == 1
    report = json.loads(out)
    doc = next(d for d in report["documents"] if d["path"].endswith(AJ))
    assert doc["status"] == "changed" and doc["current_sha256"] != doc["sha256"]
    statuses = {q["status"] for q in doc["quotes"]}
    assert statuses == {"moved", "changed"}
    changed = next(q for q in doc["quotes"] if q["status"] == "changed")
    assert changed["text"] == "This serves interests of all states of the region."
    assert changed["now"]["text"] == "This serves the interests of all states of the region."
    new_text = path.read_text(encoding="utf-8")
    raw = path.read_bytes()
    for q in doc["quotes"]:
        if q["status"] == "moved":
            now = q["now"]
            assert new_text[now["start"]:now["end"]] == q["text"]
            assert raw[now["byte_start"]:now["byte_end"]].decode() == q["text"]
    code, out, _ = quotes("verify", "--db", "q.db", "--update")
    assert code == 1 and "recorded as version 2" in out
    code, out, _ = quotes("verify", "--db", "q.db")
    assert code == 0, out  # the new version verifies; the changed quote was not carried
    conn = sqlite3.connect("q.db")
    versions = conn.execute("SELECT version, sha256 FROM documents WHERE path LIKE ? ORDER BY version", (f"%{AJ}",)).fetchall()
    assert len(versions) == 2 and versions[0][1] == doc["sha256"]
    old_quotes = conn.execute("SELECT count(*) FROM quotes WHERE sha256 = ?", (doc["sha256"],)).fetchone()[0]
    assert old_quotes == len(doc["quotes"])  # the old record is untouched
    code, out, _ = quotes("list", "--db", "q.db", "--source", AJ, "--speaker", "Lavrov")
    assert code == 0 and "Sergey Lavrov" in out  # attributions carried along


def test_verify_missing_file_and_path_filter(scanned: Path) -> None:
    (scanned / "corpus" / TRT).unlink()
    code, out, _ = quotes("verify", "--db", "q.db", f"corpus/{AJ}")
    assert code == 0 and TRT not in out
    code, out, _ = quotes("verify", "--db", "q.db")
    assert code == 1 and "missing (corpus/" in out and "missing        8" in out
    code, _, err = quotes("verify", "--db", "q.db", "nowhere")
    assert code == 3 and err.startswith("error: no stored documents under nowhere")


def test_verify_file_now_binary_is_unreadable_not_a_traceback(scanned: Path) -> None:
    (scanned / "corpus" / TRT).write_bytes(b"\x00\x01binary")
    code, out, err = quotes("verify", "--db", "q.db")
    assert code == 1 and "unreadable" in out and "Traceback" not in out + err


def test_trace_acceptance_on_the_sample_corpus(scanned: Path) -> None:
    code, out, _ = quotes("trace", "--db", "q.db", "We have confirmed that we stand ready to strengthen")
    assert code == 0
    assert f"corpus/{AJ}:35:2" in out and f"corpus/{TRT}:8:2" in out and "2 quotes in 2 files" in out
    code, out, _ = quotes("trace", "--db", "q.db", "1dc8626dfefd:4819-5061", "--json")
    assert code == 0
    found = json.loads(out)["quotes"]
    assert {q["source"] for q in found} == {f"corpus/{AJ}", f"corpus/{TRT}"}
    assert any(q["text"].startswith("forward to an early finding") for q in found)
    code, out, _ = quotes("trace", "--db", "q.db", "--all")
    assert code == 0 and out.rstrip().endswith("2 statements quoted more than once (4 quotes)")


def test_trace_errors_are_one_line(scanned: Path) -> None:
    assert quotes("trace", "--db", "q.db", "words nobody ever said here")[0] == 3
    code, _, err = quotes("trace", "--db", "q.db", "abcdef123456:1-2")
    assert code == 3 and err.count("\n") == 1
    code, _, err = quotes("trace", "--db", "q.db")
    assert code == 1 and err.startswith("error: give a quote ID")


def test_update_records_a_complete_version(scanned: Path) -> None:
    path = scanned / "corpus" / AJ
    text = path.read_text(encoding="utf-8")
    added = "\n\n“The talks were long but useful,” said an aide to the minister.\n"
    path.write_text(text.replace("This serves interests", "This serves the interests") + added, encoding="utf-8")
    code, _, _ = quotes("verify", "--db", "q.db", "--update")
    assert code == 1
    code, out, _ = quotes("list", "--db", "q.db", "--source", AJ)
    assert code == 0
    assert "This serves the interests of all states of the region." in out  # reworded: found afresh
    assert "The talks were long but useful," in out  # new in the file
    assert out.count("\n") == 15  # the 14 stored quotes, one reworded, plus the new one
    code, out, _ = quotes("verify", "--db", "q.db")
    assert code == 0
