"""W3C Web Annotation export: the model's keys only, selectors that agree with the text."""

from __future__ import annotations

import dataclasses
import json
import pathlib
from typing import Any

import pytest

import quoteprov
from quoteprov.export.model import ExportDocument, ExportSpeaker, Span
from quoteprov.export.webanno import CONTEXT, CONTEXT_LENGTH, annotation, iter_annotations, write_webanno

# Terms of http://www.w3.org/ns/anno.jsonld used in each position.
ANNOTATION_KEYS = {"@context", "id", "type", "motivation", "body", "target", "creator", "generator", "created"}
TARGET_KEYS = {"type", "source", "selector"}
SOURCE_KEYS = {"id", "type", "format", "via", "canonical", "dcterms:title", "dcterms:creator", "dcterms:issued",
               "dcterms:publisher", "dcterms:identifier"}  # the last six: article metadata, when known
QUOTE_SELECTOR_KEYS = {"type", "exact", "prefix", "suffix"}
POSITION_SELECTOR_KEYS = {"type", "start", "end"}
TEXTUAL_BODY_KEYS = {"type", "purpose", "value", "format"}
SPECIFIC_BODY_KEYS = {"type", "purpose", "source"}
AGENT_KEYS = {"id", "type", "name", "nickname"}
MOTIVATIONS = {"identifying", "tagging", "describing"}


def check_annotation(ann: dict[str, Any], doc: ExportDocument) -> None:
    assert set(ann) <= ANNOTATION_KEYS, set(ann) - ANNOTATION_KEYS
    assert ann["@context"] == CONTEXT and ann["type"] == "Annotation" and ann["id"].startswith("urn:")
    assert ann["motivation"] in MOTIVATIONS
    for agent in (ann["creator"], ann["generator"]):
        assert set(agent) <= AGENT_KEYS and agent["type"] == "Software" and agent["name"].startswith("quoteprov ")
    assert ann["generator"]["name"] == f"quoteprov {quoteprov.__version__}"
    target = ann["target"]
    assert set(target) == TARGET_KEYS and target["type"] == "SpecificResource"
    assert set(target["source"]) <= SOURCE_KEYS and target["source"]["id"] == f"urn:sha256:{doc.sha256}"
    quote_sel, pos_sel = target["selector"]
    assert set(quote_sel) <= QUOTE_SELECTOR_KEYS and quote_sel["type"] == "TextQuoteSelector"
    assert set(pos_sel) == POSITION_SELECTOR_KEYS and pos_sel["type"] == "TextPositionSelector"
    start, end = pos_sel["start"], pos_sel["end"]
    text = doc.text
    assert text[start:end] == quote_sel["exact"]
    prefix, suffix = quote_sel.get("prefix", ""), quote_sel.get("suffix", "")
    assert len(prefix) <= CONTEXT_LENGTH and len(suffix) <= CONTEXT_LENGTH
    assert text[start - len(prefix):start] == prefix and text[end:end + len(suffix)] == suffix
    if start >= CONTEXT_LENGTH:
        assert len(prefix) == CONTEXT_LENGTH
    bodies = ann["body"]
    kinds = [b for b in bodies if b["purpose"] == "tagging"]
    assert len(kinds) == 1 and kinds[0]["value"] in ("direct", "partial", "term")
    for body in bodies:
        assert set(body) <= (SPECIFIC_BODY_KEYS if body["type"] == "SpecificResource" else TEXTUAL_BODY_KEYS)
        if body["type"] == "SpecificResource":
            assert body["purpose"] == "identifying" and set(body["source"]) <= AGENT_KEYS


def test_corpus_annotations(corpus_documents: list[ExportDocument]) -> None:
    anns = list(iter_annotations(corpus_documents))
    assert len(anns) == sum(len(d.quotes) for d in corpus_documents)
    by_sha = {d.sha256: d for d in corpus_documents}
    for ann in anns:
        check_annotation(ann, by_sha[ann["target"]["source"]["id"].rsplit(":", 1)[1]])
    named = [a for a in anns if any(b["type"] == "SpecificResource" for b in a["body"])]
    assert named, "the resolver attributes some corpus quotes"
    assert len({a["id"] for a in anns}) == len(anns)


def test_speaker_and_run(make_export: Any) -> None:
    doc = make_export("“Hello there,” Lavrov said.", path="/abs/dir/a b.txt", metadata={"url": "https://x.org/p q"})
    q = dataclasses.replace(doc.quotes[0], speaker=ExportSpeaker("sp1", "Sergey Lavrov", "person", ("Sergei Lavrov",)),
                            mention=Span(15, 21, "Lavrov"), rule="cue.after.name-said", confidence=0.9)
    ann = annotation(doc, q)
    check_annotation(ann, doc)
    (ident,) = [b for b in ann["body"] if b["purpose"] == "identifying"]
    assert ident["source"] == {"id": "urn:quoteprov:speaker:sp1", "type": "Person", "name": "Sergey Lavrov",
                               "nickname": ["Sergei Lavrov"]}
    assert ann["motivation"] == "identifying"
    assert ann["creator"]["name"] == "quoteprov 0.1.0.dev3"  # the run's version
    assert ann["created"] == "2024-05-01T10:00:02Z"
    assert ann["target"]["source"]["via"] == ["file:///abs/dir/a%20b.txt", "https://x.org/p%20q"]
    assert "cue.after.name-said" in next(b["value"] for b in ann["body"] if b["purpose"] == "describing")


EDGE = ["", "no quotes", "“x”", "a “b” c\r\n“d ‘e’ f”\r\n", "ctl \x01 “\x02” \ud800 “lone”", "😀“😀”😀 " * 10]


@pytest.mark.parametrize("text", EDGE)
def test_edge_cases_round_trip_through_json(text: str, make_export: Any, tmp_path: pathlib.Path) -> None:
    doc = make_export(text)
    out = tmp_path / "a.jsonl"
    assert write_webanno([doc], out) == len(doc.quotes)
    lines = out.read_bytes().splitlines()
    assert len(lines) == len(doc.quotes)
    for line in lines:
        check_annotation(json.loads(line), doc)


def test_collection_file(corpus_documents: list[ExportDocument], tmp_path: pathlib.Path) -> None:
    out = tmp_path / "anno.json"
    n = write_webanno(iter(corpus_documents), out)
    data = json.loads(out.read_text("utf-8"))
    assert data["@context"] == CONTEXT and data["type"] == "AnnotationCollection" and data["id"].startswith("urn:uuid:")
    page = data["first"]
    assert page["type"] == "AnnotationPage" and page["startIndex"] == 0 and page["id"].startswith("urn:uuid:")
    assert data["total"] == n == len(page["items"]) == sum(len(d.quotes) for d in corpus_documents)
    assert set(data) <= {"@context", "id", "type", "label", "generator", "first", "total"}


def test_empty_collection(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "anno.json"
    assert write_webanno([], out) == 0
    data = json.loads(out.read_text("utf-8"))
    assert data["total"] == 0 and data["first"]["items"] == []


def test_stdout(corpus_documents: list[ExportDocument], capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    n = write_webanno(corpus_documents[:1], None)
    data = json.loads(capsysbinary.readouterr().out)
    assert data["total"] == n == len(corpus_documents[0].quotes)
