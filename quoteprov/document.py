"""Documents: bytes in, exact decoded text out, with the maps from code points to bytes and lines.

Offsets are taken on the text exactly as decoded: no newline or Unicode normalisation.
A UTF-8 byte-order mark is recorded and is not part of the text; byte offsets count
from the start of the file, so ``raw[byte_start:byte_end].decode(encoding) == quote.text``.
"""

from __future__ import annotations

import codecs
import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field

from quoteprov.errors import BinaryFileError, DecodeError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded source: its text and where it came from."""

    path: str
    text: str
    sha256: str
    size: int
    encoding: str = "utf-8"
    bom: bool = False
    index: OffsetIndex = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", OffsetIndex(self.text, self.encoding, self.bom_length))

    @property
    def bom_length(self) -> int:
        if not self.bom:
            return 0
        return 4 if self.encoding.startswith("utf-32") else 3 if self.encoding == "utf-8" else 2


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(path: str, data: bytes) -> Document:
    """Decode ``data`` read from ``path``. Raises DecodeError or BinaryFileError."""
    encoding, bom = "utf-8", b""
    for mark, name in _BOMS:
        if data.startswith(mark):
            encoding, bom = name, mark
            break
    body = memoryview(data)[len(bom):]
    if encoding == "utf-8":
        nul = data.find(b"\x00")
        if nul >= 0:
            raise BinaryFileError(path, nul)
    try:
        text = codecs.decode(body, encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(path, exc.start + len(bom), exc.reason) from None
    return Document(path=path, text=text, sha256=sha256_hex(data), size=len(data), encoding=encoding, bom=bool(bom))


def from_text(path: str, text: str) -> Document:
    """A document made from a string, as if read from a UTF-8 file without BOM."""
    data = text.encode("utf-8")
    return Document(path=path, text=text, sha256=sha256_hex(data), size=len(data))


class OffsetIndex:
    """Maps code-point offsets to byte offsets, 1-based lines and 1-based columns.

    Built once per document in one pass. Byte offsets come from a table of the byte
    offset of every 4,096th code point, so a lookup encodes at most 4,095 code points,
    however long the line (a 50 MB file with no newline costs the same per lookup).
    """

    __slots__ = ("_text", "_encoding", "_line_starts", "_ascii", "_width", "_bom", "_blocks")

    _BLOCK = 4096

    def __init__(self, text: str, encoding: str = "utf-8", bom_length: int = 0) -> None:
        self._text = text
        self._encoding = encoding
        self._bom = bom_length
        self._ascii = text.isascii() and encoding == "utf-8"
        self._width = {"utf-16-le": 2, "utf-16-be": 2, "utf-32-le": 4, "utf-32-be": 4}.get(encoding, 0)
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos >= 0:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self._line_starts = starts
        blocks = [bom_length]
        if not self._ascii:
            total = bom_length
            for k in range(0, len(text), self._BLOCK):
                total += self._byte_len(text[k:k + self._BLOCK])
                blocks.append(total)
        self._blocks = blocks

    def _byte_len(self, s: str) -> int:
        if self._width == 4:
            return 4 * len(s)
        if self._width == 2:
            return len(s.encode(self._encoding, "surrogatepass"))
        return len(s.encode("utf-8", "surrogatepass"))

    def line_of(self, offset: int) -> int:
        """0-based line index of a code-point offset."""
        return bisect_right(self._line_starts, offset) - 1

    def byte_offset(self, offset: int) -> int:
        if self._ascii:
            return self._bom + offset
        block = offset // self._BLOCK
        base = block * self._BLOCK
        return self._blocks[block] + self._byte_len(self._text[base:offset])

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and 1-based column (in code points) of a code-point offset."""
        line = self.line_of(offset)
        return line + 1, offset - self._line_starts[line] + 1
