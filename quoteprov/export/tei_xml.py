"""Small XML helpers shared by the TEI exporter: namespace, element builder, safe strings, ids."""

from __future__ import annotations

import re

from lxml import etree

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"
XML_SPACE = f"{{{XML_NS}}}space"
NSMAP: dict[str | None, str] = {None: TEI_NS}
RNG_HREF = "http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"

# Characters XML 1.0 does not allow anywhere in a document (not even as &#...; references):
# C0 controls except tab, LF and CR; surrogates; U+FFFE and U+FFFF.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

_NAME_CHAR = re.compile(r"[A-Za-z0-9.-]")


def tei(tag: str) -> str:
    return f"{{{TEI_NS}}}{tag}"


def xml_safe(value: str) -> str:
    """``value`` with every character XML cannot hold replaced by U+FFFD (for header fields)."""
    return FORBIDDEN.sub("\ufffd", value)


def sub(parent: etree._Element, tag: str, text: str | None = None, /, **attrs: str) -> etree._Element:
    """Append a TEI element to ``parent``; attribute ``xml_id`` becomes ``xml:id``."""
    el = etree.SubElement(parent, tei(tag))
    for key, value in attrs.items():
        el.set(XML_ID if key == "xml_id" else key, xml_safe(value))
    if text is not None:
        el.text = xml_safe(text)
    return el


def make(tag: str, text: str | None = None, /, **attrs: str) -> etree._Element:
    el = etree.Element(tei(tag), nsmap=NSMAP)
    for key, value in attrs.items():
        el.set(XML_ID if key == "xml_id" else key, xml_safe(value))
    if text is not None:
        el.text = xml_safe(text)
    return el


def name_part(value: str) -> str:
    """An injective mapping of any string onto characters legal in an ``xml:id`` (after a letter).

    ASCII letters, digits, ``.`` and ``-`` stay; every other character becomes ``_XXXX_``.
    """
    return "".join(c if _NAME_CHAR.match(c) else f"_{ord(c):X}_" for c in value)


class IdRegistry:
    """Hands out ``xml:id``s and guarantees that none is handed out twice."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def claim(self, wanted: str) -> str:
        candidate, n = wanted, 1
        while candidate in self._used:
            n += 1
            candidate = f"{wanted}_{n}"
        self._used.add(candidate)
        return candidate
