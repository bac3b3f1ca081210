"""The JSON Lines contract: fields, and offsets that point exactly at the quoted text."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteprov.export.jsonl import write_jsonl
from quoteprov.export.rows import FIELDS
from quoteprov.ingest import ingest
from quoteprov.sources import expand
from quoteprov.store import RunCounts, Store

ARTICLE = (
    "Ferry strike ends\r\n"
    "\r\n"
    "« Nous avons trouvé un accord », a déclaré Élodie Marchand.\r\n"
    "\r\n"
    "“The boats sail at six,” said Tomasz Wiśniewski. ‘Not a minute later,’ he added.\r\n"
)


def export_rows(files: dict[str, bytes]) -> tuple[list[dict[str, object]], dict[str, bytes]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        with Store(folder / "q.db") as store:
            run = store.begin_run(["test"])
            list(ingest(store, expand([str(folder)]), run, RunCounts()))
            out = io.StringIO()
            write_jsonl(store.iter_export_documents(), out)
    rows = [json.loads(line) for line in out.getvalue().split("\n") if line]
    raw = {str(folder / name): data for name, data in files.items()}
    return rows, raw


def check_offsets(rows: list[dict[str, object]], raw: dict[str, bytes]) -> None:
    for row in rows:
        data = raw[str(row["source"])]
        bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        text = data[bom:].decode("utf-8")
        start, end, bstart, bend = (int(row[k]) for k in ("start", "end", "byte_start", "byte_end"))  # type: ignore[call-overload]
        assert text[start:end] == row["text"]
        assert data[bstart:bend].decode("utf-8") == row["text"]
        lines = text[:start].split("\n")
        assert (row["line"], row["column"]) == (len(lines), len(lines[-1]) + 1)


def test_fields_and_offsets_with_crlf_bom_and_accents() -> None:
    rows, raw = export_rows({"ferry.txt": ARTICLE.encode("utf-8"), "bom.txt": b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")})
    assert rows and all(tuple(row) == FIELDS for row in rows)
    check_offsets(rows, raw)
    texts = [r["text"] for r in rows if str(r["source"]).endswith("ferry.txt")]
    assert "The boats sail at six," in texts
    for row in rows:
        assert row["kind"] in ("direct", "partial", "term")
        assert row["id"] == f"{str(row['sha256'])[:12]}:{row['start']}-{row['end']}"
        speaker = row["speaker"]
        if speaker is not None:
            assert isinstance(speaker, dict) and set(speaker) == {"id", "name", "kind", "mention"}
            assert speaker["kind"] in ("person", "organisation", "unnamed")
            m = speaker["mention"]
            data = raw[str(row["source"])]
            text = data[3:].decode() if data.startswith(b"\xef\xbb\xbf") else data.decode()
            assert text[m["start"] : m["end"]] == m["text"]
        cue = row["cue"]
        assert cue is None or (isinstance(cue, dict) and set(cue) == {"start", "end", "text"})


def test_empty_store_exports_nothing() -> None:
    rows, _ = export_rows({"empty.txt": b""})
    assert rows == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=12),
            st.sampled_from(["“", "”", '"', "‘", "’", "'", "«", "»", "\n", "\r\n", "\n\n", " said Ana Belo.", "é", "😀"]),
        ),
        max_size=25,
    ).map("".join),
    st.booleans(),
)
def test_offsets_hold_for_any_text_through_the_store(text: str, bom: bool) -> None:
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    rows, raw = export_rows({"any.txt": data})
    check_offsets(rows, raw)
