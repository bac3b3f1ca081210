"""`verify` on HTML pages and WARC records: the same bytes extracted again; a note when only the extractor changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteprov.formats import html as html_format
from quoteprov.ingest import ingest
from quoteprov.sources import expand
from quoteprov.store import RunCounts, Store
from quoteprov.verify_io import verify_documents
from tests.formats.pages import page, warc_bytes, write

ARTICLE = [
    "The harbour of Portwen reopened on Monday, three weeks after the storm that sank two piers and flooded the quay.",
    "“We lost two piers but not a single boat,” said Marta Quill, the harbour master, standing on the new pontoon.",
]


def test_pages_and_records_verify(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    body = page(ARTICLE, title="Portwen").encode()
    write(tmp_path / "in" / "p.html", body)
    write(tmp_path / "in" / "c.warc.gz", warc_bytes([("https://news.example/p", body.replace(b"Monday", b"Friday"))]))
    with Store(tmp_path / "q.db") as store:
        list(ingest(store, expand([str(tmp_path / "in")]), store.begin_run(["t"]), RunCounts()))
        results = list(verify_documents(store))
        assert len(results) == 2 and all(r.ok and r.note is None for r in results)
        assert all(q.status == "ok" for r in results for q in r.quotes) and sum(len(r.quotes) for r in results) == 2

        monkeypatch.setattr(html_format, "EXTRACTOR_VERSION", "0.0-test")
        results = list(verify_documents(store))
        assert all(r.ok and r.note and "0.0-test" in r.note for r in results)

        write(tmp_path / "in" / "p.html", body.replace(b"two piers", b"three piers"))
        (changed,) = [r for r in verify_documents(store) if r.path.endswith("p.html")]
        assert changed.status == "changed" and changed.quotes[0].status == "changed"
