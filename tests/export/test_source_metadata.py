"""Article metadata from HTML pages and WARC records in every export: JSONL, CSV, TEI and Web Annotation."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from lxml import etree

from quoteprov.export.csv import write_csv
from quoteprov.export.jsonl import write_jsonl
from quoteprov.export.model import ExportDocument
from quoteprov.export.tei import tei_document
from quoteprov.export.webanno import annotation
from quoteprov.ingest import ingest
from quoteprov.sources import expand
from quoteprov.store import RunCounts, Store
from tests.formats.pages import page, warc_bytes, write

NS = {"t": "http://www.tei-c.org/ns/1.0"}
HEAD = (
    '<meta name="author" content="Ann Reporter"><meta property="og:site_name" content="The Example Times">'
    '<link rel="canonical" href="https://news.example/portwen"><meta property="article:published_time" content="2021-04-07">'
)
ARTICLE = [
    "The harbour of Portwen reopened on Monday, three weeks after the storm that sank two piers and flooded the quay.",
    "“We lost two piers but not a single boat,” said Marta Quill, the harbour master, standing on the new pontoon.",
    "Engineers from the county will inspect the sea wall next week before the spring tides arrive in force.",
]


def documents(tmp_path: Path) -> list[ExportDocument]:
    body = page(ARTICLE, title="Portwen harbour reopens", head=HEAD).encode()
    write(tmp_path / "in" / "portwen.html", body)
    write(tmp_path / "in" / "crawl.warc.gz", warc_bytes([("https://news.example/p?id=1", body.replace(b"Portwen", b"Lanmor"))]))
    with Store(tmp_path / "q.db") as store:
        run = store.begin_run(["test"])
        outcomes = list(ingest(store, expand([str(tmp_path / "in")]), run, RunCounts()))
        assert all(o.status in ("new", "note") for o in outcomes), outcomes
        store.finish_run(run, RunCounts())
        return list(store.iter_export_documents())


def test_jsonl_and_csv_carry_url_title_date_outlet(tmp_path: Path) -> None:
    docs = documents(tmp_path)
    out = io.StringIO()
    write_jsonl(docs, out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    page_row = next(r for r in rows if r["source"].endswith("portwen.html"))
    assert (page_row["url"], page_row["title"], page_row["date"], page_row["outlet"]) == (
        "https://news.example/portwen", "Portwen harbour reopens", "2021-04-07", "The Example Times"
    )
    out = io.StringIO()
    write_csv(docs, out)
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {r["outlet"] for r in table} == {"The Example Times"} and {r["title"] for r in table} == {
        "Portwen harbour reopens", "Lanmor harbour reopens"
    }


def test_tei_bibl_struct_is_valid(tmp_path: Path, tei_rng: etree.RelaxNG) -> None:
    for doc in documents(tmp_path):
        root = tei_document(doc)
        assert tei_rng.validate(root), "\n".join(str(e) for e in tei_rng.error_log)
        struct = root.find(".//t:sourceDesc/t:biblStruct", NS)
        assert struct.find("t:analytic/t:title", NS).text.endswith("harbour reopens")
        assert struct.find("t:analytic/t:author", NS).text == "Ann Reporter"
        assert struct.find("t:monogr/t:imprint/t:date", NS).get("when") == "2021-04-07"
        assert struct.find("t:monogr/t:imprint/t:publisher", NS).text == "The Example Times"
        record = struct.find("t:monogr/t:idno[@type='WARC-Record-ID']", NS)
        if "#offset=" in doc.path:
            assert record is not None and record.text.startswith("<urn:uuid:")
            assert struct.find("t:monogr/t:idno[@type='WARC']", NS).text == doc.path
        else:
            assert record is None
        assert root.find(".//t:sourceDesc/t:bibl/t:note[@type='extraction']", NS) is not None


def test_web_annotation_target_source(tmp_path: Path) -> None:
    for doc in documents(tmp_path):
        source = annotation(doc, doc.quotes[0])["target"]["source"]
        assert source["dcterms:title"].endswith("harbour reopens") and source["dcterms:publisher"] == "The Example Times"
        assert source["dcterms:issued"] == "2021-04-07" and source["canonical"] == "https://news.example/portwen"
        if "#offset=" in doc.path:
            assert doc.path in source["dcterms:identifier"]
