"""News: the author of a first-person piece (a column, an op-ed, a reporter's memoir), for its "I".

The byline at the top ("By Frances Delgado-Marsh | Opinion Columnist") or the line about the author
that closes the piece ("Ellen Dunmore, a former reporter …, is a freelance writer in Baltimore.",
"Margit Solvang was an investigator with …"): "“Dad,” I said, “…”" is the author's.
"""

from __future__ import annotations

import regex

from quoteprov.dialogue.narrator import narrator_mention
from quoteprov.lexicon import NOT_NAMES
from quoteprov.rule_context import Context

_NAME = r"(?P<name>\p{Lu}[\p{L}'’\-]+(?:[ \u00a0]+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,3})"
_BYLINE = regex.compile(rf"[ \t]*(?:By|BY)[ \u00a0]+{_NAME}(?=[ \u00a0]*(?:[|,;\n]|$|[ \u00a0]+and\b))")
_BIO = regex.compile(
    rf"[ \t]*{_NAME}(?:,[^.\n]{{1,160}},)?[ \u00a0]+(?:is|was)[ \u00a0]+(?:a|an|the|one)[ \u00a0]"
)
_TOP = 4  # paragraphs a byline may come in
_BIO_MAX = 400  # characters of a closing line about the author


def author_name(ctx: Context) -> str:
    """The author of a first-person news piece, from its byline or its closing line about the author (of
    one that reads like a story, its byline only); "" when the narration does not speak as "I" throughout
    or neither names anyone."""
    if narrator_mention(ctx, len(ctx.text)) is None:
        return ""
    for p in ctx.paras[:_TOP]:
        m = _BYLINE.match(ctx.text, p.start, p.end)
        if m is not None and not p.quotes:
            return _checked(m.group("name"))  # (a column told like a story too: “Are you angry?” I asked.)
    if ctx.dialogue:
        return ""
    last = next((p for p in reversed(ctx.paras) if ctx.text[p.start:p.end].strip()), None)
    if last is None or last.quotes or last.end - last.start > _BIO_MAX:
        return ""
    m = _BIO.match(ctx.text, last.start, last.end)
    return _checked(m.group("name")) if m is not None else ""


def _checked(name: str) -> str:
    name = " ".join(name.split())
    return "" if name.split()[0].lower() in NOT_NAMES else name
