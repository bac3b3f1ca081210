"""HTML pages: main text by trafilatura, boilerplate left out, charsets, entities, metadata, and the scan."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quoteprov.cli import app
from quoteprov.formats.detect import detect, sniff
from quoteprov.formats.html import decode_html, load_html
from quoteprov.formats.load import load
from tests.formats.pages import corpus_page, page, write

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
ARTICLE = [
    "The harbour of Portwen reopened on Monday, three weeks after the storm that sank two piers and flooded the quay.",
    "“We lost two piers but not a single boat,” said Marta Quill, the harbour master, standing on the new pontoon.",
    "The council has promised money for the repairs. Quill said the town would “rebuild before the summer” and that "
    "the fishing fleet was already back at sea, landing its first catch of the season on Tuesday morning.",
    "Engineers from the county will inspect the sea wall next week before the spring tides arrive in force.",
]
runner = CliRunner()


def scan(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["scan", *args])
    return result.exit_code, result.stdout, result.stderr


def exported(db: Path) -> list[dict[str, object]]:
    result = runner.invoke(app, ["export", "--format", "jsonl", "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_boilerplate_quotes_are_not_counted(tmp_path: Path) -> None:
    doc, meta = load_html("p.html", page(ARTICLE, title="Portwen harbour reopens").encode())
    assert "We lost two piers" in doc.text and "rebuild before the summer" in doc.text
    for boilerplate in ("live blog", "never surrender", "fake news", "Quality news", "Privacy"):
        assert boilerplate not in doc.text
    assert doc.text.split("\n\n")[0] == "Portwen harbour reopens"  # paragraphs apart, as in a .txt article
    assert meta.extractor == "trafilatura" and meta.extractor_version and meta.title == "Portwen harbour reopens"

    write(tmp_path / "news" / "portwen.html", page(ARTICLE, title="Portwen harbour reopens"))
    code, out, err = scan(str(tmp_path / "news"), "--db", str(tmp_path / "q.db"))
    assert code == 0, err
    rows = exported(tmp_path / "q.db")
    assert [(r["text"], r["kind"]) for r in rows] == [
        ("We lost two piers but not a single boat,", "direct"), ("rebuild before the summer", "partial")
    ]
    assert all(r["speaker"]["name"] == "Marta Quill" for r in rows)  # type: ignore[index]
    assert rows[0]["title"] == "Portwen harbour reopens"


def test_windows_1252_declared_in_a_meta_tag() -> None:
    data = page(ARTICLE, title="Portwen", charset="windows-1252").encode("windows-1252")
    assert b"\x93We lost" in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    doc, meta = load_html("p.html", data)
    assert (meta.charset, meta.charset_source) == ("windows-1252", "meta")
    assert "“We lost two piers but not a single boat,” said Marta Quill" in doc.text
    assert meta.raw_sha256 == doc.sha256 and doc.size == len(data) and meta.text_sha256 != doc.sha256


def test_charset_from_bom_http_header_and_detection() -> None:
    assert decode_html("\ufeff<p>é</p>".encode())[1:] == ("utf-8", "bom")
    assert decode_html(b"<p>\xe9</p>", "ISO-8859-1")[1:] == ("windows-1252", "http-header")
    assert decode_html("<p>é</p>".encode())[1:] == ("utf-8", "utf-8")
    assert decode_html("<p>Ein schöner Tag in Köln, sagte die Bürgermeisterin.</p>".encode("latin-1"))[2] == "detected"


def test_curly_quotes_from_entities() -> None:
    markup = page(ARTICLE, title="Portwen").replace("“", "&ldquo;").replace("”", "&rdquo;").replace("©", "&copy;")
    doc, _ = load_html("p.html", markup.encode("ascii"))
    assert "“We lost two piers but not a single boat,”" in doc.text and "&ldquo;" not in doc.text


def test_metadata() -> None:
    head = (
        '<meta name="author" content="Ann Reporter"><meta property="og:site_name" content="The Example Times">'
        '<link rel="canonical" href="https://news.example/portwen"><meta property="article:published_time" content="2021-04-07">'
    )
    _, meta = load_html("p.html", page(ARTICLE, title="Portwen harbour reopens", head=head).encode())
    assert (meta.url, meta.author, meta.outlet, meta.date) == (
        "https://news.example/portwen", "Ann Reporter", "The Example Times", "2021-04-07"
    )


def test_format_by_content_then_name() -> None:
    assert sniff(b"\xef\xbb\xbf  <!DOCTYPE HTML>") == "html" and sniff(b"<html lang=en>") == "html"
    assert sniff(b"WARC/1.0\r\n") == "warc" and sniff(b"Plain text") is None
    assert detect("a.txt", b"<!doctype html><p>x") == "html"
    assert detect("a.html", b"no markup at the start") == "html"
    assert detect("notes", b"just words") == "txt"
    assert detect("a.html", b"<html>", "txt") == "txt"
    doc, meta = load("page.dat", b"<!doctype html><html><body><article><p>" + b"Words. " * 40 + b"</p></article></body></html>")
    assert meta is not None and meta.format == "html" and doc.text.startswith("Words.")


def test_format_option_overrides(tmp_path: Path) -> None:
    write(tmp_path / "page.txt", page(ARTICLE, title="Portwen"))
    db = str(tmp_path / "q.db")
    assert scan(str(tmp_path / "page.txt"), "--db", db, "--format", "txt")[0] == 0
    (text,) = sqlite3.connect(db).execute("SELECT text FROM contents").fetchone()
    assert text.startswith("<!DOCTYPE html>")  # read as text: the markup stays


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.txt")))
def test_html_copies_of_the_samples_give_the_same_quotes(tmp_path: Path, name: str) -> None:
    text = (CORPUS / name).read_text(encoding="utf-8")
    write(tmp_path / "txt" / name, text)
    write(tmp_path / "html" / name.replace(".txt", ".html"), corpus_page(text))
    found = {}
    for kind in ("txt", "html"):
        db = tmp_path / f"{kind}.db"
        code, _, err = scan(str(tmp_path / kind), "--db", str(db))
        assert code == 0, err
        found[kind] = [
            (r["text"], r["kind"], r["speaker"]["name"] if r["speaker"] else None)  # type: ignore[index]
            for r in exported(db)
        ]
    assert found["txt"] and found["html"] == found["txt"]
