"""WARC files: streamed record by record, one document per HTML response, damage reported by offset."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quoteprov.cli import app
from quoteprov.formats.warc import WarcDamage, WarcPage, WarcStats, iter_warc
from tests.formats.pages import page, warc_bytes, write

runner = CliRunner()


def article(n: int) -> bytes:
    paragraphs = [
        f"The council of Town {n} met on Monday to decide the budget for the coming year, after weeks of debate in the chamber.",
        f"“We will balance the books in Town {n},” said Mayor Ada Stone after the vote, flanked by her deputies.",
        "The opposition called the plan “a fantasy” and promised to fight every line of it at the next session of the council.",
    ]
    return page(paragraphs, title=f"Budget passed in Town {n}").encode()


def pages(n: int) -> list[tuple[str, bytes]]:
    return [(f"https://news.example/town-{i}", article(i)) for i in range(1, n + 1)]


@pytest.mark.parametrize("gzip", [True, False])
def test_pages_are_read_and_other_records_counted(tmp_path: Path, gzip: bool) -> None:
    path = write(tmp_path / ("a.warc.gz" if gzip else "a.warc"), warc_bytes(pages(3), gzip=gzip))
    stats = WarcStats()
    found = list(iter_warc(str(path), path.stat().st_size, stats))
    assert all(isinstance(f, WarcPage) for f in found) and len(found) == 3
    assert stats.pages == 3 and stats.skipped == {"warcinfo": 1, "request": 3, "response text/css": 1}
    first = found[0]
    assert isinstance(first, WarcPage)
    offset = first.meta.warc_offset
    assert offset is not None and first.path == f"{path}#offset={offset}"
    assert first.meta.warc_target_uri == "https://news.example/town-1" and first.http_charset == "utf-8"
    assert first.meta.warc_record_id and first.meta.warc_record_id.startswith("<urn:uuid:")
    assert first.meta.warc_payload_digest and first.meta.warc_date
    data = path.read_bytes()
    assert data[offset:offset + 2] == b"\x1f\x8b" if gzip else data[offset:].startswith(b"WARC/1.")


@pytest.mark.parametrize("gzip", [True, False])
def test_truncated_last_record_keeps_the_others(tmp_path: Path, gzip: bool) -> None:
    data = warc_bytes(pages(3), gzip=gzip, extra=False)
    path = write(tmp_path / "t.warc.gz", data[:-150])
    found = list(iter_warc(str(path), path.stat().st_size, WarcStats()))
    assert [type(f) for f in found] == [WarcPage, WarcPage, WarcDamage]
    damage = found[-1]
    assert isinstance(damage, WarcDamage)
    last = data.rfind(b"\x1f\x8b\x08") if gzip else data.rfind(b"WARC/1.")
    assert damage.offset == last


def test_corrupt_record_in_the_middle_keeps_the_records_after_it(tmp_path: Path) -> None:
    data = bytearray(warc_bytes(pages(3), extra=False))
    second = data.find(b"\x1f\x8b\x08", data.find(b"\x1f\x8b\x08", 1) + 1)  # warcinfo, page 1, page 2 ...
    data[second + 40:second + 80] = b"\x00" * 40
    path = write(tmp_path / "c.warc.gz", bytes(data))
    found = list(iter_warc(str(path), len(data), WarcStats()))
    kinds = [type(f).__name__ for f in found]
    assert kinds == ["WarcPage", "WarcDamage", "WarcPage"]
    assert isinstance(found[1], WarcDamage) and found[1].offset == second


def test_scan_a_warc_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    data = warc_bytes(pages(3), extra=False)
    write(tmp_path / "arch" / "crawl.warc.gz", data[:-100])
    result = runner.invoke(app, ["scan", "arch", "--db", "q.db"])
    assert result.exit_code == 1
    assert result.stdout.startswith("scanned 3 documents: 2 new, 0 new versions, 0 unchanged, 1 failed; 4 quotes")
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: arch/crawl.warc.gz: truncated")]
    assert len(errors) == 1 and "at offset " in errors[0]
    assert "note: arch/crawl.warc.gz: 2 HTML pages, 1 other record skipped (warcinfo 1)" in result.stderr
    rows = [json.loads(line) for line in runner.invoke(app, ["export", "--format", "jsonl", "--db", "q.db"]).stdout.splitlines()]
    assert {r["source"].split("#")[0] for r in rows} == {"arch/crawl.warc.gz"}
    assert all(r["source"].startswith("arch/crawl.warc.gz#offset=") for r in rows)
    assert {r["url"] for r in rows} == {"https://news.example/town-1", "https://news.example/town-2"}
    assert {r["speaker"]["name"] for r in rows if r["kind"] == "direct"} == {"Ada Stone"}
    assert {r["title"] for r in rows} == {"Budget passed in Town 1", "Budget passed in Town 2"}
    meta = sqlite3.connect("q.db").execute("SELECT format, warc_offset, warc_record_id FROM document_meta").fetchall()
    assert len(meta) == 2 and all(m[0] == "warc" and m[2] for m in meta)

    again = runner.invoke(app, ["scan", "arch/crawl.warc.gz", "--db", "q.db"])
    assert "0 new" in again.stdout and "2 unchanged" in again.stdout

    write(tmp_path / "arch" / "crawl.warc.gz", data)  # the whole file now: the third page is new
    again = runner.invoke(app, ["scan", "arch", "--db", "q.db"])
    assert again.exit_code == 0, again.stderr
    assert again.stdout.startswith("scanned 3 documents: 1 new, 0 new versions, 2 unchanged, 0 failed")
