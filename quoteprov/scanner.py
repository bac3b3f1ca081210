"""The quote scanner: finds every quoted span in a text.

Pure: ``scan(text)`` takes a ``str`` and returns a tuple of frozen ``QuoteSpan``s,
ordered by position, outer quotes before the quotes nested in them.

How marks are paired (see README, "How quotes are found"):

* Every quotation mark is classed by what stands on either side of it, like
  Markdown's flanking rules: a mark with a space (or paragraph start, or an opening
  bracket or dash) before it and a non-space after it can open; a mark with a
  non-space before it and a space, punctuation or paragraph end after it can
  close. Curly glyphs only break ties, so “…“, "…”, »…« and ”…” all pair.
* Double marks (" “ ” „ ‟ « » and the typewriter pairs `` and '') pair on a stack
  with single marks (‘ ’ ‚ ‹ › ') nested inside them or, British style, outside them.
* A single mark with a letter or digit on both sides is an apostrophe (don’t,
  rock’n’roll); one that starts an elision (’90s, ’em, ’tis, rock ’n’ roll) is
  too; so is one that ends a dialect word before the next word (wi’ nobody,
  o’ the lads, kep’ us, when the quote closes clearly further on), and one before
  a word inside a single quote (‘Got ’is ticket.’); a closing single mark counts
  only while a single quote is open (the Joneses’ house).
* A paragraph break closes everything. A double quote still open there runs to
  the end of its paragraph (a quotation re-opened at each paragraph, or a missing
  closing mark): one unbalanced mark never loses the rest of the document.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from quoteprov.paragraphs import paragraph_break_pattern
from quoteprov.records import Kind, QuoteSpan

DOUBLE_OPENERS = frozenset("“„‟«") | {"``"}
DOUBLE_CLOSERS = frozenset("”»")
SINGLE_OPENERS = frozenset("‘‚‹'")
SINGLE_CLOSERS = frozenset("’›'")
QUOTE_CHARS = frozenset("\"“”„‟«»‘’‚‹›'`")
_OPEN_CONTEXT = frozenset("([{<—–-/\u2015") | QUOTE_CHARS
_CLOSE_CONTEXT = frozenset(".,;:!?)]}>…—–-/\u2015*") | QUOTE_CHARS
_ELISIONS = frozenset({"em", "tis", "twas", "twill", "twould", "twere", "til", "till", "cause", "bout", "round", "n",
                       "nuff", "cos", "s", "im", "ere", "ave", "alf", "appen"})

# Typewriter pairs first, then single glyphs; a single mark with a letter or digit on
# both sides is an apostrophe and never matched.
_MARK = regex.compile(
    r"''|``|[\"“”„‟«»‘‚‹›]|(?<![\p{L}\p{N}])['’]|['’](?![\p{L}\p{N}])"
)
_WORD_AFTER = regex.compile(r"\p{L}+")

_DOUBLE, _SINGLE = 2, 1


class _Open:
    __slots__ = ("family", "mark", "start", "end", "at_paragraph_start")

    def __init__(self, family: int, mark: str, start: int, end: int, at_paragraph_start: bool) -> None:
        self.family = family
        self.mark = mark
        self.start = start
        self.end = end
        self.at_paragraph_start = at_paragraph_start


def scan(text: str) -> tuple[QuoteSpan, ...]:
    """Every quoted span in ``text``, with its content's offsets (marks excluded)."""
    spans: list[QuoteSpan] = []
    # One pass for the marks of the whole text: a paragraph break is only line breaks and
    # spaces, so no mark lies in one or reads across one, and each paragraph gets the marks a
    # pass over it alone would find. Most paragraphs have none and are skipped.
    marks = list(_MARK.finditer(text))
    if not marks:
        return ()
    starts = [m.start() for m in marks]
    start = 0
    index = 0
    for brk in paragraph_break_pattern(text).finditer(text):
        first = bisect_left(starts, start)
        if first < len(starts) and starts[first] < brk.start():
            _scan_paragraph(text, start, brk.start(), index, spans, marks[first:bisect_left(starts, brk.start())])
        start = brk.end()
        index += 1
    first = bisect_left(starts, start)
    if first < len(starts):
        _scan_paragraph(text, start, len(text), index, spans, marks[first:])
    spans.sort(key=lambda s: (s.start, s.depth))
    return tuple(spans)


def _scan_paragraph(
    text: str, pstart: int, pend: int, pindex: int, out: list[QuoteSpan], marks: list[regex.Match[str]]
) -> None:
    stack: list[_Open] = []
    first = pstart
    while first < pend and text[first].isspace():
        first += 1
    for m in marks:
        mark = m.group()
        ms, me = m.span()
        prv = text[ms - 1] if ms > pstart else None
        nxt = text[me] if me < pend else None
        can_open = nxt is not None and not nxt.isspace() and (prv is None or prv.isspace() or prv in _OPEN_CONTEXT)
        can_close = prv is not None and not prv.isspace() and (nxt is None or nxt.isspace() or nxt in _CLOSE_CONTEXT)
        if prv == "=":
            continue  # markup left in the text: <tweet author="…">
        if len(mark) == 2 or mark not in "‘’‚‹›'":
            _double(text, mark, ms, me, can_open, can_close, stack, out, pindex, first)
        else:
            _single(text, mark, ms, me, can_open, can_close, stack, out, pindex, first, pend)
    if stack:
        outer = stack[0]
        if outer.family == _DOUBLE or outer.at_paragraph_start or _reopened(text, outer, pend):
            _emit(text, outer, pend, "", 0, pindex, out)


def _reopened(text: str, opened: _Open, pend: int) -> bool:
    """A single quote that opens a sentence and runs to the paragraph's end, when the next
    paragraph opens with a single mark too: a speech that goes on (‘… potholes. ¶ ‘We have …’)."""
    nxt = pend
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    if nxt >= len(text) or text[nxt] not in SINGLE_OPENERS or not text[opened.end:opened.end + 1].isupper():
        return False
    before = text[max(0, opened.start - 2):opened.start].rstrip()
    return before[-1:] in ".!?:" or before == ""


def _double(
    text: str, mark: str, ms: int, me: int, can_open: bool, can_close: bool,
    stack: list[_Open], out: list[QuoteSpan], pindex: int, first: int,
) -> None:
    is_open = any(o.family == _DOUBLE for o in stack)
    if can_close and not can_open:
        action = "close" if is_open else "skip"
    elif can_open and not can_close:
        action = "open"
    elif mark in DOUBLE_OPENERS:
        action = "open"
    elif mark in DOUBLE_CLOSERS:
        action = "close" if is_open else "skip"
    else:
        action = "close" if is_open else "open"
    if action == "open":
        stack.append(_Open(_DOUBLE, mark, ms, me, ms == first))
    elif action == "close":
        _close(text, _DOUBLE, mark, ms, stack, out, pindex)


def _single(
    text: str, mark: str, ms: int, me: int, can_open: bool, can_close: bool,
    stack: list[_Open], out: list[QuoteSpan], pindex: int, first: int, pend: int,
) -> None:
    single_open = bool(stack) and stack[-1].family == _SINGLE
    if can_close and single_open and mark in SINGLE_CLOSERS and not _weak_closer(text, ms, me, pend):
        _close(text, _SINGLE, mark, ms, stack, out, pindex)
        return
    if can_open and mark in SINGLE_OPENERS and not _is_elision(text, me, pend) and \
            not (single_open and mark == "’" and text[me:me + 1].isalpha()):
        # (inside a single quote, ’ before a word shortens it: ‘Got ’is ticket Thursday.’; a quote inside
        # a single quote would take double marks)
        stack.append(_Open(_SINGLE, mark, ms, me, ms == first))


_STRONG_SINGLE_CLOSE = regex.compile(r"[,.!?…]['’]|['’](?=[,.;:!?…]|\s*$)")


def _weak_closer(text: str, ms: int, me: int, pend: int) -> bool:
    """A plural possessive (the Joneses’ fault) or a dropped g (“nothin’.”, “goin’ home”) that
    a later, clearer closing mark outranks."""
    if me < pend - 1 and text[me].isspace():
        word = _WORD_BEFORE.search(text, max(0, ms - 5), ms)
        if word is not None and word.group().lower() in _FINAL_ELISIONS:
            return True  # "wi’ nothing", "o’ Pentonville": never a closing mark, whatever follows in the paragraph
    dropped_g = text[ms - 2:ms] == "in" and _G_DROPPED.search(text, max(0, ms - 12), ms) is not None
    if not dropped_g and (me >= pend - 1 or not text[me].isspace() or not text[me + 1].islower()):
        return False
    later = _STRONG_SINGLE_CLOSE.search(text, me, pend)
    if later is None:
        return False
    # A word cut short before the next one ("Ole Sturt kep’ us at the wharf till seven. ’Ere’s yer gin.’") when the
    # quote closes clearly further on and no quote opens before that (not "it ‘a disgrace’ and said ‘we will act’.")
    return dropped_g or text[ms - 1] == "s" or _OPENS_AGAIN.search(text, me, later.start()) is None


# Dialect words cut short at the end, before the next word: "wi’ nothing", "o’ the two", "an’ all".
_FINAL_ELISIONS = frozenset("wi o an th t fro gi ha ol fo yo".split())
_WORD_BEFORE = regex.compile(r"(?<![\p{L}'’])\p{L}+$")
_OPENS_AGAIN = regex.compile(r"‘|(?<=\s)'(?=\S)")
# "nothin", "mornin", "goin": a word of four letters or more; capitalised only opening its sentence ("‘Evenin’, all.",
# not "Berlin’, he said")
_G_DROPPED = regex.compile(r"(?<![\p{L}'’])(?:\p{Ll}{2,}|(?<=[‘'.!?]|[.!?][ \u00a0])\p{Lu}\p{Ll}+)in$")


def _is_elision(text: str, me: int, pend: int) -> bool:
    """’90s, ’em, ’tis, rock ’n’ roll: a mark that starts a shortened word, not a quote."""
    if me < pend and text[me].isdigit():
        return True
    word = _WORD_AFTER.match(text, me, pend)
    if word is None:
        return False
    after = text[word.end()] if word.end() < pend else " "
    if word.group().lower() not in _ELISIONS:
        return False
    # "touched ’em," too; a capital before punctuation may be a quoted name ("‘Em,’ she said")
    return after.isspace() or after in "’'" or after in ",.;:!?" and word.group().islower()


def _close(text: str, family: int, mark: str, ms: int, stack: list[_Open], out: list[QuoteSpan], pindex: int) -> None:
    while stack:
        opened = stack.pop()
        if opened.family == family:
            _emit(text, opened, ms, mark, len(stack), pindex, out)
            return


def _emit(text: str, opened: _Open, end: int, close_mark: str, depth: int, pindex: int, out: list[QuoteSpan]) -> None:
    start = opened.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    content = text[start:end]
    out.append(
        QuoteSpan(
            start=start,
            end=end,
            text=content,
            kind=_layout_kind(text, opened.start, content),
            open_mark=opened.mark,
            close_mark=close_mark,
            depth=depth,
            paragraph=pindex,
        )
    )


def _layout_kind(text: str, open_at: int, content: str) -> Kind:
    """Direct when the quote stands as a sentence of its own, partial when woven into one."""
    i = open_at - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    before = text[i] if i >= 0 else "\n"
    if before in "\n\r.!?:…" or before in QUOTE_CHARS or before in "—–-(":
        return Kind.DIRECT
    if before == "," and content[:1].isupper():
        return Kind.DIRECT
    return Kind.PARTIAL
