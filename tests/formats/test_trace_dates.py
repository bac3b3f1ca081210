"""trace orders a statement's appearances by publication date when the pages give one."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from quoteprov.cli import app
from tests.formats.pages import page, write

STATEMENT = "“The harbour will reopen in May, and every berth will be repaired by then,” said Mayor Ilse Brandt."


def _page(outlet: str, date: str) -> str:
    head = f'<meta property="og:site_name" content="{outlet}"><meta property="article:published_time" content="{date}">'
    return page(["The council met on Tuesday to discuss the harbour.", STATEMENT,
                 "The works began last year after the storm damaged the quay walls."], title="Harbour news", head=head)


def test_trace_says_who_published_first(tmp_path: Path) -> None:
    # Scanned in the opposite order of publication: the later outlet's file sorts first.
    write(tmp_path / "docs" / "a_later.html", _page("The Evening Courier", "2021-05-02"))
    write(tmp_path / "docs" / "b_earlier.html", _page("The Morning Post", "2021-04-30"))
    db = str(tmp_path / "q.db")
    runner = CliRunner()
    assert runner.invoke(app, ["scan", str(tmp_path / "docs"), "--db", db]).exit_code == 0
    out = runner.invoke(app, ["trace", "harbour will reopen in May", "--db", db])
    assert out.exit_code == 0, out.output
    assert "first published by The Morning Post on 2021-04-30" in out.output
    lines = [line for line in out.output.splitlines() if line.strip()[:2] in ("1.", "2.")]
    assert "b_earlier.html" in lines[0] and "a_later.html" in lines[1]
