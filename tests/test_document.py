"""Documents: decoding, BOMs, and the code point → byte/line/column index."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteprov.document import OffsetIndex, decode
from quoteprov.errors import BinaryFileError, DecodeError


def test_utf8_bom_is_recorded_and_not_text() -> None:
    doc = decode("a.txt", codecs.BOM_UTF8 + "“Hi,” she said.".encode())
    assert doc.bom and doc.text.startswith("“Hi")
    assert doc.index.byte_offset(1) == 3 + len("“".encode())


def test_utf16_with_bom_is_decoded() -> None:
    raw = codecs.BOM_UTF16_LE + "“Hi,” she said.".encode("utf-16-le")
    doc = decode("a.txt", raw)
    assert doc.encoding == "utf-16-le" and doc.text == "“Hi,” she said."
    assert raw[doc.index.byte_offset(1):doc.index.byte_offset(4)].decode("utf-16-le") == "Hi,"


def test_invalid_utf8_names_the_byte() -> None:
    with pytest.raises(DecodeError) as err:
        decode("bad.txt", b"good text \xff more")
    assert err.value.byte_position == 10
    assert str(err.value).startswith("bad.txt: not valid UTF-8 at byte 10")


def test_binary_file_is_refused() -> None:
    with pytest.raises(BinaryFileError):
        decode("x.bin", b"PK\x03\x04\x00\x00")


def test_crlf_lines_and_columns() -> None:
    doc = decode("a.txt", "one\r\ntwo “x”\r\n".encode())
    i = doc.text.index("x")
    assert doc.index.line_col(i) == (2, 6)


def test_long_non_ascii_line_offsets() -> None:
    text = ("é" * 5000 + "“word”" + "ß" * 9000) * 3
    index = OffsetIndex(text)
    raw = text.encode()
    for i in (0, 4095, 4096, 5001, 12345, len(text)):
        assert index.byte_offset(i) == len(text[:i].encode())
    assert raw[index.byte_offset(5001):index.byte_offset(5005)].decode() == "word"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=400), st.sampled_from(["utf-8", "utf-16-le"]))
def test_byte_offsets_match_encoding(text: str, encoding: str) -> None:
    index = OffsetIndex(text, encoding)
    for i in range(0, len(text) + 1, max(1, len(text) // 17)):
        assert index.byte_offset(i) == len(text[:i].encode(encoding))
