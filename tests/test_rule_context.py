"""The resolver's shared state: the entity index learns the speakers as the cues name them."""

from __future__ import annotations

from quoteprov.cues import SpeechEvent
from quoteprov.names import name_mentions
from quoteprov.paragraphs import paragraph_spans
from quoteprov.records import Cue
from quoteprov.rule_context import Context, Found, Para
from quoteprov.scanner import scan

_TEXT = (
    "Miss Pratt turned round from the board.\n\n"
    "Behind her, Daniel leaned across to Tamsin and whispered.\n\n"
    "\u201cWhat?\u201d said Tamsin.\n"
)


def _context(text: str = _TEXT, dialogue: bool = True) -> Context:
    quotes = scan(text)
    paras = [Para(s, e) for s, e in paragraph_spans(text)]
    for n, q in enumerate(quotes):
        paras[q.paragraph].quotes.append(n)
    mentions = [c for p in paras for s, e in p.frames(quotes) for c in name_mentions(text, s, e)]
    return Context(text, quotes, paras, mentions, None, dialogue, [None] * len(quotes))


def _lone_tamsin(ctx: Context) -> bool:
    """Whether the index takes the lone "Tamsin" after "across to" for a person."""
    index = ctx.entity_index()
    (at,) = [c for c in ctx.mentions if c.text == "Tamsin" and c.start < ctx.quotes[0].start]
    return index.known_person(at) is not None


def _said_by(ctx: Context, name: str) -> None:
    """The first quote of ``ctx``, given by a cue ("said X") to the mention of ``name`` after it."""
    said = next(c for c in ctx.mentions if c.text == name and c.start > ctx.quotes[0].start)
    cue = Cue(said.start - 5, said.start - 1, "said")
    ctx.found[0] = Found(SpeechEvent(cue, said, "cue.after.said-name", 0.9), "cue.after.said-name", "")


def test_a_lone_word_becomes_a_person_once_a_cue_makes_it_a_speaker() -> None:
    ctx = _context()
    assert not _lone_tamsin(ctx)  # "to Tamsin" could be a place, before anyone says so
    _said_by(ctx, "Tamsin")
    ctx.learn(ctx.paras[2])
    assert _lone_tamsin(ctx)  # the index built before the cue is built again


def test_news_builds_its_index_again_only_when_a_new_speaker_word_ends_a_name_it_left_out() -> None:
    # "Haskins" is first met as "Jim Haskins": a new speaker word that changes nothing keeps the index
    ctx = _context(dialogue=False, text="Jim Haskins spoke first.\n\n\u201cWe will win,\u201d said Haskins.\n")
    built = ctx.entity_index()
    _said_by(ctx, "Haskins")
    assert ctx.entity_index(final=True) is built
    # "at Tamsin" was left out as perhaps a place; the cue "said Tamsin" makes it a person: built again
    ctx = _context(dialogue=False, text="Daniel leaned across to Tamsin and whispered.\n\n\u201cWhat?\u201d said Tamsin.\n")
    built = ctx.entity_index()
    _said_by(ctx, "Tamsin")
    rebuilt = ctx.entity_index(final=True)
    assert rebuilt is not built
    (at,) = [c for c in ctx.mentions if c.text == "Tamsin" and c.start < ctx.quotes[0].start]
    assert rebuilt.known_person(at) is not None and built.known_person(at) is None
