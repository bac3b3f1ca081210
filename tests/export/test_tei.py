"""TEI export: schema-valid (tei_all.rng), the source text round-trips, every pointer resolves."""

from __future__ import annotations

import dataclasses
import pathlib
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from quoteprov.export.model import ExportDocument, ExportQuote, ExportSpeaker, Span
from quoteprov.export.tei import EmptyCorpusError, tei_document, tei_file_name, text_of, write_tei
from quoteprov.export.tei_header import tei_version, w3c_datetime
from quoteprov.export.tei_xml import TEI_NS, XML_ID

NS = {"t": TEI_NS}
T = f"{{{TEI_NS}}}"
POINTERS = ("who", "ref", "target")


# ---------------------------------------------------------------- checks


def spans_in(text_el: etree._Element) -> dict[str, tuple[int, int]]:
    """Code-point [start, end) of every element with an xml:id inside ``text_el``, in text_of terms."""
    spans: dict[str, tuple[int, int]] = {}
    pos = 0

    def walk(el: etree._Element) -> None:
        nonlocal pos
        start = pos
        if el.tag == f"{T}g" and el.get("type") == "ctrl":
            pos += 1
        else:
            pos += len(el.text or "")
            for child in el:
                walk(child)
                pos += len(child.tail or "")
        if el.get(XML_ID):
            spans[el.get(XML_ID)] = (start, pos)

    walk(text_el)
    return spans


def check_tei(root: etree._Element, docs: list[ExportDocument], rng: etree.RelaxNG) -> None:
    """Everything issue 5 promises about one <TEI> or <teiCorpus>."""
    assert rng.validate(root), "\n".join(str(e) for e in rng.error_log)
    all_ids = [v for v in root.xpath("//@xml:id")]
    dupes = [i for i, n in Counter(all_ids).items() if n > 1]
    assert not dupes, f"duplicate xml:ids: {dupes}"
    ids = set(all_ids)
    for attr in POINTERS:
        for el in root.xpath(f"//*[@{attr}]"):
            for token in el.get(attr).split():
                if el.tag == f"{T}ptr" and el.get("type") == "url":
                    continue
                assert token.startswith("#") and token[1:] in ids, f"{attr}={token!r} on {el.tag} resolves to nothing"
    tei_els = [root] if root.tag == f"{T}TEI" else root.findall("t:TEI", NS)
    assert len(tei_els) == len(docs)
    for tei_el, doc in zip(tei_els, docs):
        text_el = tei_el.find("t:text", NS)
        assert text_of(text_el) == doc.text
        spans = spans_in(text_el)
        for ann in tei_el.iterfind(".//t:annotation", NS):
            quote_id = ann.find(".//t:f[@name='quoteId']/t:string", NS).text
            q = next(q for q in doc.quotes if q.id == quote_id)
            target = ann.get("target")[1:]
            inline = ann.find(".//t:f[@name='inline']/t:binary", NS).get("value") == "true"
            if inline:
                said = tei_el.xpath("//*[@xml:id=$i]", i=target)[0]
                assert said.tag == (f"{T}soCalled" if q.kind == "term" else f"{T}said")
                assert spans[target] == (q.start, q.end), f"{target} sits at {spans[target]}, quote at {q.start, q.end}"
                speaker_ptr = ann.find("t:ptr[@type='speaker']", NS)
                if q.kind != "term":
                    assert said.get("who") == (speaker_ptr.get("target") if q.speaker else None)
            mention_ptr = ann.find("t:ptr[@type='mention']", NS)
            if mention_ptr is not None:
                assert q.mention is not None
                assert spans[mention_ptr.get("target")[1:]] == (q.mention.start, q.mention.end)


def roundtrip(root: etree._Element) -> etree._Element:
    """Serialise and parse back, as a reader of the file would."""
    return etree.fromstring(etree.tostring(root, encoding="utf-8", xml_declaration=True))


def speaker(sid: str, name: str, kind: str = "person", *variants: str) -> ExportSpeaker:
    return ExportSpeaker(sid, name, kind, (name, *variants))


def attribute(doc: ExportDocument, index: int, who: ExportSpeaker, mention: str, kind: str = "name",
              occurrence: int = 0) -> ExportDocument:
    """``doc`` with quote ``index`` attributed to ``who`` through the ``occurrence``-th ``mention`` in the text."""
    at = -1
    for _ in range(occurrence + 1):
        at = doc.text.index(mention, at + 1)
    quotes = list(doc.quotes)
    quotes[index] = dataclasses.replace(
        quotes[index], speaker=who, mention=Span(at, at + len(mention), mention), mention_kind=kind,
        cue=None, rule="test.rule", confidence=0.5, why=("test.rule: by hand",))
    return dataclasses.replace(doc, quotes=tuple(quotes))


def unattributed(doc: ExportDocument) -> ExportDocument:
    return dataclasses.replace(doc, quotes=tuple(dataclasses.replace(
        q, speaker=None, mention=None, mention_kind=None, cue=None, rule=None, confidence=None, why=()) for q in doc.quotes))


# ---------------------------------------------------------------- the sample corpus


def test_corpus_documents_are_valid_and_round_trip(corpus_documents: list[ExportDocument], tei_rng: etree.RelaxNG) -> None:
    for doc in corpus_documents:
        assert doc.quotes, doc.path
        root = tei_document(doc)
        check_tei(root, [doc], tei_rng)
        check_tei(roundtrip(root), [doc], tei_rng)


def test_corpus_speakers_with_their_variants(corpus_documents: list[ExportDocument]) -> None:
    root = tei_document(corpus_documents[0])
    names = {tuple(p.xpath("t:persName/text()", namespaces=NS)) for p in root.iterfind(".//t:person", NS)}
    assert any("Sergey Lavrov" in n and "Sergei Lavrov" in n for n in names), names
    assert root.find(".//t:said[@who]", NS) is not None
    assert root.find(".//t:persName[@ref]", NS) is not None


def test_corpus_file_is_one_valid_tei_corpus(corpus_documents: list[ExportDocument], tei_rng: etree.RelaxNG,
                                             tmp_path: pathlib.Path) -> None:
    out = tmp_path / "corpus.xml"
    assert write_tei(iter(corpus_documents), out, corpus=True) == len(corpus_documents)
    root = etree.parse(str(out)).getroot()
    assert root.tag == f"{T}teiCorpus"
    check_tei(root, corpus_documents, tei_rng)


def test_directory_export_writes_one_valid_file_each(corpus_documents: list[ExportDocument], tei_rng: etree.RelaxNG,
                                                     tmp_path: pathlib.Path) -> None:
    out = tmp_path / "new" / "dir"
    assert write_tei(corpus_documents, out, corpus=False) == len(corpus_documents)
    files = sorted(out.iterdir())
    assert len(files) == len(corpus_documents)
    by_path = {d.path: d for d in corpus_documents}
    for f in files:
        raw = f.read_bytes()
        assert raw.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<?xml-model ")
        root = etree.parse(str(f)).getroot()
        path = root.find(".//t:sourceDesc//t:idno[@type='path']", NS).text
        check_tei(root, [by_path[path]], tei_rng)


# ---------------------------------------------------------------- edge cases

EDGE_TEXTS = {
    "nested": "He said: “We call it ‘a “very” good deal’ and ‘peace’,” Lavrov said.\n",
    "multi_paragraph": "“First paragraph, quote left open\n“Second paragraph continues,” he said.\n\nNext.",
    "hard_wrapped": "\n".join(["An archive text wrapped at a fixed width, as the old books are. It goes on."[:70]] * 8)
    + "\n“A quote that runs over a soft line\nwrap inside one paragraph,” she said.\n\nThe end of it.\n",
    "partial": "Qureshi said the talks were “good” and “very productive” overall.",
    "no_speaker": "“Nobody knows who said this.”",
    "crlf": "Title\r\n\r\n“Quote with CRLF,” she said.\r\nLast line\r\n",
    "lone_cr": "One\rTwo “three”\r",
    "markup_chars": "A & B <said> “x < y & z > w” ]]> &amp; said Tom.",
    "controls": "Ctrl \x01 and “\x02quote\x1f with\x0b\x0c” \x7f\x85 end\ufffe\uffff.",
    "nul_and_surrogate": "NUL \x00 here and “a \ud800 lone” surrogate \udcff.",
    "empty": "",
    "blank": "\n\n  \r\n",
    "leading_blank_lines": "\n\n\n“Late start,” he said.",
    "astral": "Emoji 😀 “quote 😀 𝒜” done.",
    "unclosed": "He said: “this never closes\nNext paragraph.",
    "title_only": "Just a title",
}


@pytest.mark.parametrize("name", sorted(EDGE_TEXTS))
def test_edge_cases_are_valid_and_round_trip(name: str, make_export: Any, tei_rng: etree.RelaxNG) -> None:
    doc = make_export(EDGE_TEXTS[name])
    root = tei_document(doc)
    check_tei(root, [doc], tei_rng)
    check_tei(roundtrip(root), [doc], tei_rng)
    check_tei(tei_document(unattributed(doc)), [unattributed(doc)], tei_rng)


def test_nested_quotes_nest(make_export: Any) -> None:
    doc = make_export(EDGE_TEXTS["nested"])
    root = tei_document(doc)
    outer = root.find(".//t:body//t:said", NS)
    assert outer is not None
    assert outer.find(".//t:said", NS) is not None or outer.find(".//t:soCalled", NS) is not None


def test_marks_stay_outside_said(make_export: Any) -> None:
    doc = unattributed(make_export("He said “yes” today."))
    p = tei_document(doc).find(".//t:body/t:p", NS)
    said = p.find("t:said", NS)
    assert p.text.endswith("“") and said.text == "yes" and said.tail.startswith("”")


def test_crlf_survives_the_file(make_export: Any, tmp_path: pathlib.Path) -> None:
    doc = make_export(EDGE_TEXTS["crlf"])
    write_tei([doc], tmp_path, corpus=False)
    (f,) = tmp_path.iterdir()
    raw = f.read_bytes()
    assert b"&#13;" in raw and b"\r" not in raw.split(b"<text")[1].split(b"</text>")[0]
    assert text_of(etree.parse(str(f)).find("t:text", NS)) == doc.text
    corpus = tmp_path / "c.xml"
    write_tei([doc], corpus, corpus=True)
    assert text_of(etree.parse(str(corpus)).find(".//t:text", NS)) == doc.text


def test_forbidden_characters_become_g(make_export: Any) -> None:
    doc = make_export(EDGE_TEXTS["controls"])
    text_el = tei_document(doc).find("t:text", NS)
    codes = [g.get("n") for g in text_el.iterfind(".//t:g[@type='ctrl']", NS)]
    assert codes == ["U+0001", "U+0002", "U+001F", "U+000B", "U+000C", "U+FFFE", "U+FFFF"]
    assert "\x7f\x85" in "".join(text_el.itertext())  # XML 1.0 allows these: kept as they are


def test_text_is_not_pretty_printed(corpus_documents: list[ExportDocument]) -> None:
    xml = etree.tostring(tei_document(corpus_documents[0]), encoding="unicode")
    assert '<text xml:space="preserve"><body><p xml:id=' in xml


def test_quote_across_paragraphs_keeps_them_in_one_p(make_export: Any, tei_rng: etree.RelaxNG) -> None:
    doc = make_export("A\n“b\nc” d\nE")
    q = ExportQuote("x", 3, 6, 3, 6, 2, 2, "b\nc", "direct", "“", "”", 0, None, None, None, None, None, None)
    doc = dataclasses.replace(doc, quotes=(q,))
    root = tei_document(doc)
    check_tei(root, [doc], tei_rng)
    assert [text_of(p) for p in root.iterfind(".//t:body/t:p", NS)] == ["A\n", "“b\nc” d\n", "E"]


def test_crossing_quotes_fall_back_to_standoff(make_export: Any, tei_rng: etree.RelaxNG) -> None:
    doc = make_export("aaa bbb ccc")
    mk = lambda i, s, e: ExportQuote(i, s, e, s, e, 1, s + 1, doc.text[s:e], "direct", '"', '"', 0,  # noqa: E731
                                     None, None, None, None, None, None)
    doc = dataclasses.replace(doc, quotes=(mk("1", 0, 7), mk("2", 4, 11), mk("3", 20, 25)))
    root = tei_document(doc)
    check_tei(root, [doc], tei_rng)
    anns = root.findall(".//t:annotation", NS)
    assert [a.find(".//t:f[@name='inline']/t:binary", NS).get("value") for a in anns] == ["true", "false", "false"]
    assert anns[1].get("target") == "#d1-p1" and anns[2].get("target") == "#d1"


def test_speakers_persons_orgs_unnamed_and_mentions(make_export: Any, tei_rng: etree.RelaxNG) -> None:
    text = ("“One,” Sergei Lavrov said. “Two,” he added. The ministry said it was “fine”.\n"
            "“Three,” a senior official said, “and four.”\n")
    doc = unattributed(make_export(text))
    lavrov = speaker("sp1", "Sergey Lavrov", "person", "Sergei Lavrov", "Lavrov")
    ministry = speaker("sp2", "Foreign Ministry", "organisation", "the ministry")
    official = speaker("sp3", "a senior official", "unnamed")
    doc = attribute(doc, 0, lavrov, "Sergei Lavrov")
    doc = attribute(doc, 1, lavrov, "he", kind="pronoun")
    doc = attribute(doc, 2, ministry, "The ministry")
    doc = attribute(doc, 3, official, "a senior official", kind="unnamed")
    doc = attribute(doc, 4, official, "a senior official", kind="unnamed")  # same mention, two quotes
    root = tei_document(doc)
    check_tei(root, [doc], tei_rng)
    (person,) = root.xpath("//t:listPerson/t:person[@xml:id='d1-sp1']", namespaces=NS)
    assert person.xpath("t:persName/text()", namespaces=NS) == ["Sergey Lavrov", "Sergei Lavrov", "Lavrov"]
    assert root.xpath("//t:listOrg/t:org[@xml:id='d1-sp2']/t:orgName/text()", namespaces=NS)[0] == "Foreign Ministry"
    assert root.find(".//t:person[@role='unnamed']", NS) is not None
    body = root.find(".//t:body", NS)
    assert body.find(".//t:persName", NS).get("ref") == "#d1-sp1"
    assert body.find(".//t:rs[@type='pronoun']", NS).text == "he"
    assert body.find(".//t:orgName", NS).get("ref") == "#d1-sp2"
    assert len(body.findall(".//t:rs[@type='unnamed']", NS)) == 1  # shared by two quotes
    kinds = [q.kind for q in doc.quotes]
    assert kinds == ["direct", "direct", "partial", "direct", "partial"]
    assert [s.get("direct") for s in body.iterfind(".//t:said", NS)] == ["true", "true", "false", "true", "false"]


def test_mention_crossing_a_quote_goes_to_standoff(make_export: Any, tei_rng: etree.RelaxNG) -> None:
    doc = unattributed(make_export("“Yes, Tom” Smith said."))
    doc = attribute(doc, 0, speaker("sp1", "Tom Smith"), "Tom” Smith")
    root = tei_document(doc)
    check_tei(root, [doc], tei_rng)
    assert root.find(".//t:body//t:persName", NS) is None
    assert root.find(".//t:f[@name='mentionInline']/t:binary", NS).get("value") == "false"
    assert root.find(".//t:f[@name='mention']/t:string", NS).text == "Tom” Smith"


def test_several_documents_share_speaker_ids_safely(make_export: Any, tei_rng: etree.RelaxNG,
                                                    tmp_path: pathlib.Path) -> None:
    lavrov = speaker("sp1", "Sergey Lavrov", "person", "Sergei Lavrov")
    docs = []
    for n, name in enumerate(sorted(EDGE_TEXTS), start=1):
        doc = make_export(EDGE_TEXTS[name], doc_id=n, path=f"in/{name}.txt")
        if doc.quotes and "said" in doc.text:
            doc = attribute(unattributed(doc), 0, lavrov, "said", kind="label")
        docs.append(doc)
    docs.append(dataclasses.replace(docs[0]))  # the same document id twice still gets unique ids
    out = tmp_path / "all.xml"
    assert write_tei((d for d in docs), out, corpus=True) == len(docs)
    check_tei(etree.parse(str(out)).getroot(), docs, tei_rng)


def test_empty_corpus_is_refused_without_a_file(tmp_path: pathlib.Path) -> None:
    with pytest.raises(EmptyCorpusError):
        write_tei([], tmp_path / "c.xml", corpus=True)
    assert not (tmp_path / "c.xml").exists()


@pytest.mark.parametrize("path", [
    "../../../etc/passwd", "/etc/passwd", "C:\\Windows\\..\\system32\\con", "", "..", ".", "a/../../b.txt",
    "dir/ünïcödé name?.txt", "x" * 500, "\udcff\x00bad.txt", "CON", ".hidden",
])
def test_file_names_stay_inside_the_output_dir(path: str, make_export: Any, tmp_path: pathlib.Path) -> None:
    doc = dataclasses.replace(make_export("x"), path=path)
    name = tei_file_name(doc)
    assert "/" not in name and "\\" not in name and not name.startswith(".") and len(name) < 150
    out = tmp_path / "out"
    assert write_tei([doc, doc], out, corpus=False) == 2
    files = list(out.iterdir())
    assert len(files) == 2 and all(f.parent == out for f in files)
    assert list(tmp_path.iterdir()) == [out]


def test_header(make_export: Any) -> None:
    doc = make_export(b"\xef\xbb\xbf\n  Afghanistan tops agenda  \nbody", metadata={"url": "https://example.org/a b"})
    header = tei_document(doc).find("t:teiHeader", NS)
    assert header.find(".//t:titleStmt/t:title", NS).text == "Afghanistan tops agenda"
    assert header.find(".//t:publicationStmt/t:publisher", NS).text == "quoteprov"
    assert header.find(".//t:idno[@type='sha256']", NS).text == doc.sha256
    assert header.find(".//t:measure[@unit='byte']", NS).get("quantity") == str(doc.size)
    assert "with byte-order mark" in header.find(".//t:note[@type='encoding']", NS).text
    assert header.find(".//t:ptr[@type='url']", NS).get("target") == "https://example.org/a%20b"
    app = header.find(".//t:application", NS)
    assert app.get("ident") == "quoteprov" and app.get("version")
    assert header.find(".//t:revisionDesc/t:change", NS).get("when") == "2024-05-01T10:00:02Z"
    titled = tei_document(dataclasses.replace(doc, metadata={"title": "From metadata"}))
    assert titled.find(".//t:titleStmt/t:title", NS).text == "From metadata"


@pytest.mark.parametrize(("pep440", "tei"), [
    ("0.1.0", "0.1.0"), ("0.1.0.dev3", "0.1.0dev3"), ("1.2rc1", "1.2rc1"), ("1.0.post2", "1.0post2"),
    ("1.0a1.dev2", "1.0a1"), ("1!2.0+local.7", "2.0"), ("1.2.3.4.5", "1.2.3.4"), ("v2.0", "2.0"),
    ("garbage", "0"), ("3.1-beta", "3.1beta"),
])
def test_tei_version(pep440: str, tei: str, tei_rng: etree.RelaxNG) -> None:
    assert tei_version(pep440) == tei


def test_w3c_datetime() -> None:
    assert w3c_datetime("2024-05-01T10:00:02.5+02:00") == "2024-05-01T08:00:02Z"
    assert w3c_datetime("2024-05-01 10:00:00") == "2024-05-01T10:00:00Z"
    assert w3c_datetime("yesterday") is None and w3c_datetime(None) is None


# ---------------------------------------------------------------- generated texts

_ALPHABET = st.sampled_from(list("ab  ,.\n\r\n“”‘’\"'«»&<>\x01\x1f\t—") + ["said Tom", "\r\n", "\n\n", "😀"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(_ALPHABET, max_size=40).map("".join))
def test_generated_texts(text: str, make_export: Any, tei_rng: etree.RelaxNG) -> None:
    doc = make_export(text)
    root = roundtrip(tei_document(doc))
    check_tei(root, [doc], tei_rng)


POLNEAR = pathlib.Path(__file__).resolve().parents[3] / "shared" / "eval" / "polnear-dev.gold.jsonl"


def test_polnear_dev_corpus_export_is_valid(tei_rng: etree.RelaxNG, tmp_path: pathlib.Path) -> None:
    """The 84 PolNeAR dev articles, exported as one teiCorpus, validate (read from ../shared, never committed)."""
    import json

    if not POLNEAR.exists():
        pytest.skip(f"{POLNEAR} not present: the evaluation data is not part of this repository")
    from tests.export.conftest import to_export_document

    docs = []
    with POLNEAR.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            item = json.loads(line)
            docs.append(to_export_document(item["id"] + ".txt", item["text"], doc_id=n))
    out = tmp_path / "polnear.xml"
    assert write_tei(docs, out, corpus=True) == len(docs)
    root = etree.parse(str(out)).getroot()
    assert tei_rng.validate(root), tei_rng.error_log.last_error
    check_tei(root, docs, tei_rng)
