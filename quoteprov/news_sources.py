"""News: who stands behind the mention a cue found (rules of ``resolver``, run on each quote's first finding).

A name set in apposition to a description ("The Kremlin's spokesman, Dmitry Peskov, said"); the issuer of a
document that speaks ("“…,” the statement said" after "the Security Council issued a statement"); the unnamed
source a he/she stands for ("One backbencher, who asked not to be named, …. “…,” she said."); the one a quote
called, or the narration asked, who answers ("“…, Mr. Dunnigan?” ¶ “…,” he said."); and, once all quotes are
read, the speaker of a later quote that repeats a pull quote nothing attributes (``echoed``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

import regex

from quoteprov.cues import sentence_subject
from quoteprov.dialogue.address import vocatives
from quoteprov.given_names import role_gender
from quoteprov.lexicon import DOCUMENT_NOUNS, UNNAMED_HEADS, WRITINGS
from quoteprov.mentions import Chunk, chunks, name_chunk, owner_pronoun, role_word
from quoteprov.records import SpeakerKind
from quoteprov.rule_context import WORD, Context, Found, starts_paragraph
from quoteprov.sentences import sentence_starts

_APPOSED = regex.compile(r",[ \u00a0]+")
_PARTY_AFTER = regex.compile(r"[ \u00a0]*\([^()\n]{1,40}\)")
_FOR_WHOM = regex.compile(  # " for Mrs. Ortiz", " for the Office of Management and Budget" (before a comma)
    r"[ \u00a0]+(?:for|to)[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}[\p{L}.'’\-]*(?:[ \u00a0]+(?:of|and|\p{Lu}[\p{L}.'’\-]*))*(?=,)"
)

_AT_THE_TIME = regex.compile(r"[ \u00a0]+(?:at[ \u00a0]+the[ \u00a0]+time|then|at[ \u00a0]+that[ \u00a0]+time|"
                             r"back[ \u00a0]+then)(?=,)")


def named_in_apposition(ctx: Context, f: Found | None) -> Found | None:
    """"The Kremlin's spokesman, Dmitry Peskov, said": the name set beside a description speaks."""
    if f is None or f.event.chunk.kind != "description" or f.rule != f.event.rule:
        return f
    c = f.event.chunk
    # "A spokesman for Mrs. Ortiz, Paul Brennan, said", "Mr. Crane’s lawyer at the time, Howard Feist, wrote"
    pp = _FOR_WHOM.match(ctx.text, c.end) or _AT_THE_TIME.match(ctx.text, c.end)
    name = person_in_apposition(ctx, c.end) or (person_in_apposition(ctx, pp.end()) if pp is not None else None) or \
        _organisation_in_apposition(ctx, c) or _named_as(ctx, c)
    if name is None or name.end > f.event.cue.start > c.end:
        return f
    ev = replace(f.event, chunk=name)
    return Found(ev, f.rule, f"{f.detail}; {name.text!r} in apposition", f.antecedent)


_ISSUER_REACH = 800  # characters back to where the text brings in the document
# "A preliminary incident report the department filed … states", "a memo that the campaign sent to donors said":
# the clause right after a document names who made it.
_MADE_BY = regex.compile(r"[ \u00a0]+(?:that[ \u00a0]+)?(?P<who>(?:[Tt]he|\p{Lu})[^,.;:!?“”\"\n]{0,60}?)[ \u00a0]+"
                         r"(?:had[ \u00a0]+|has[ \u00a0]+)?(?:filed|released|issued|sent|wrote|published|prepared|"
                         r"submitted|circulated|distributed|drafted|produced|posted)\b")


def issuer(ctx: Context, n: int, f: Found | None) -> Found | None:
    """"“…,” the statement said.": in news, a document speaks for whoever issued it, the subject of the
    sentence that brought it in ("the Security Council issued a statement …", "… said in a statement")
    (rule mention.document.issuer; the mention stays)."""
    if f is None or ctx.dialogue or f.antecedent is not None:
        return f
    c = f.event.chunk
    if c.kind == "pronoun" and c.text.lower() == "it":
        # "The memo urges donors to … ¶ It goes on, in a passage …: ¶ “…”": the document the sentence before was
        # about, and so whoever issued it
        doc = document_subject_before(ctx, c.start)
        if doc is None:  # "… a WhatsApp message that Ashby sent to his girlfriend. It read: ‘…’": the one who sent it
            writing = _writing_made_before(ctx, c.start)
            if writing is not None:
                return Found(f.event, f.rule, f.detail, writing[1], via="mention.document.issuer",
                             why=f"it is {writing[0]!r} that {writing[1].text!r} made")
        return _issuer_of(ctx, n, f, doc, "it is")
    if c.kind == "description" and c.head in _PARTS and c.modifiers[:1] in (("another",), ("one",), ("a",), ("the",)):
        # "Another passage, which aides described as …, argues that …": the document it is part of speaks
        return _issuer_of(ctx, n, f, _document_named_before(ctx, c.start), f"a {c.head} of")
    if c.kind == "description" and (c.head in DOCUMENT_NOUNS or c.head[:-1] in DOCUMENT_NOUNS) and \
            c.modifiers[:1] == ("its",):
        # "The opposition campaign, Missourians for Credit Choice, … Its television ads warn that …": the campaign's
        org = ctx.entity_index().organisation_before(owner_pronoun(c))
        if org is not None:
            return Found(f.event, f.rule, f.detail, org, via="mention.document.issuer", why=f"the {c.head} are {org.text!r}'s")
        return f
    if c.kind == "description" and c.head in DOCUMENT_NOUNS and c.modifiers[:1] in (("his",), ("her",)):
        # "Her latest television ad says …": the ad is hers
        owner = ctx.entity_index().antecedent_besides(owner_pronoun(c), -1)
        if owner is not None and owner.kind == "name":
            return Found(f.event, f.rule, f.detail, owner, via="mention.document.issuer",
                         why=f"the {c.head} is {owner.text!r}'s")
        return f
    if c.kind == "description" and c.head in DOCUMENT_NOUNS:
        made = _MADE_BY.match(ctx.text, c.end)
        maker = [m for m in chunks(ctx.text, made.start("who"), made.end("who")) if m.end == made.end("who")] \
            if made is not None else []
        if maker and maker[-1].kind in ("name", "description") and maker[-1].head not in DOCUMENT_NOUNS:
            return Found(f.event, f.rule, f.detail, maker[-1], via="mention.document.issuer",
                         why=f"the {c.head} that {maker[-1].text!r} made")
    if c.kind != "description" or c.modifiers[:1] != ("the",) or c.head not in DOCUMENT_NOUNS:
        return f
    q = ctx.quotes[n]
    brought = _brought_in(c.head).search(ctx.text, max(0, q.start - _ISSUER_REACH), q.start)
    if brought is None:
        return f
    writer = _written_by(ctx, brought.end())
    if writer is not None:  # "released a letter from Raeburn's physician, Dr. Lillian Sayles, …": hers
        return Found(f.event, f.rule, f.detail, writer, via="mention.document.issuer",
                     why=f"the {c.head} from {writer.text!r}")
    if brought.group().lower().startswith("whose"):
        owner = _whose(ctx, brought.start())  # "the Center for Fiscal Growth, a think tank …, whose September report"
        if owner is None:
            return f
        return Found(f.event, f.rule, f.detail, owner, via="mention.document.issuer",
                     why=f"the {c.head} of {owner.text!r}")
    pi = bisect_left(ctx.para_ends(), brought.start())
    s0 = ctx.sentence_start(pi, brought.start())
    who = sentence_subject(ctx.text, s0, brought.start())
    if who is None and ctx.text[s0:brought.start()].strip(" \u00a0\"“”").lower() == "in":
        # "In a statement, the university insisted that …": the subject after the opening phrase
        stop = ctx.text.find(".", brought.end(), q.start)
        who = sentence_subject(ctx.text, s0, stop if stop >= 0 else q.start)
    if who is None or who.kind not in ("name", "description") or who.head in DOCUMENT_NOUNS:
        return f
    if who.kind == "description":  # "Arceneaux's agent, Jared Feinstein-Moss, thanked …": the name beside the role
        who = person_in_apposition(ctx, who.end) or who
    return Found(f.event, f.rule, f.detail, who, via="mention.document.issuer",
                 why=f"the {c.head} that {who.text!r} issued")


# (or after a quote: "“…,” the statement said. It added that …")
_THE_DOCUMENT = regex.compile(r"(?r)(?:(?<=^|[.!?][\"”’']?[ \u00a0]+|\n)(?:The|This|That)|(?<=[,!?—–][\"”’'][ \u00a0]+)the)"
                              r"[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(?:"
                              + "|".join(sorted(DOCUMENT_NOUNS)) + r")\b")
_IT_REACH = 400  # characters back to the sentence whose subject a document's "it" stands for
_PARTS = frozenset("passage passages section sections excerpt excerpts paragraph paragraphs".split())
# Documents with passages (not "a copy of which was obtained", nor a post or a video).
_ANY_DOCUMENT = regex.compile(r"(?r)\b(?:memo|letter|report|statement|study|document|filing|transcript|complaint|"
                              r"lawsuit|petition|indictment|affidavit|ruling|opinion|speech|book|memoir|manifesto)\b")


def _document_named_before(ctx: Context, pos: int) -> Chunk | None:
    """The document the text named last before ``pos`` ("… the four-page memo, …"), as "the memo"."""
    m = _ANY_DOCUMENT.search(ctx.text, max(0, pos - _ISSUER_REACH), pos)
    if m is None:
        return None
    return Chunk(m.start(), m.end(), m[0], "description", SpeakerKind.UNNAMED, m[0], m[0].lower(), ("the",), "")


def document_subject_before(ctx: Context, pos: int) -> Chunk | None:
    """The document that opens the latest sentence before ``pos`` that opens with one ("The memo urges …")."""
    m = _THE_DOCUMENT.search(ctx.text, max(0, pos - _IT_REACH), pos)
    if m is None:
        return None
    found = [c for c in chunks(ctx.text, m.start(), m.end()) if c.kind == "description" and c.head in DOCUMENT_NOUNS]
    return found[0]._replace(modifiers=("the",) + found[0].modifiers[1:]) if found else None


# A writing brought in with the clause that says who made it: "a WhatsApp message that Ashby sent", "a note he wrote".
_WRITING_MADE = regex.compile(r"(?r)\b(?:[Aa]n?|[Tt]he)[ \u00a0]+(?:[\p{L}\d\-]+[ \u00a0]+){0,2}?(?P<doc>"
                              + "|".join(sorted(WRITINGS)) + r")\b(?=" + _MADE_BY.pattern + ")")


def _writing_made_before(ctx: Context, pos: int) -> tuple[str, Chunk] | None:
    """In the sentence before ``pos``, a writing and the person or organisation its clause says made it
    ("a WhatsApp message that Ashby sent to his girlfriend"): the writing's words and its maker."""
    stop = pos - 1
    while stop > 0 and ctx.text[stop] in " \u00a0\n":
        stop -= 1
    floor = max(0, stop - _IT_REACH)
    before = max(floor, *(ctx.text.rfind(ch, floor, stop) + 1 for ch in ".!?\n"))
    m = _WRITING_MADE.search(ctx.text, before, stop)
    if m is None:
        return None
    made = _MADE_BY.match(ctx.text, m.end("doc"))
    if made is None:
        return None
    maker = [c for c in chunks(ctx.text, made.start("who"), made.end("who")) if c.end == made.end("who")]
    if not maker or maker[-1].kind not in ("name", "description") or maker[-1].head in WRITINGS:
        return None
    return m.group(), maker[-1]


def _issuer_of(ctx: Context, n: int, f: Found, doc: Chunk | None, how: str) -> Found:
    """``f`` with the issuer of document ``doc`` (the one its mention stands for) as antecedent, if it has one."""
    found = issuer(ctx, n, replace(f, event=replace(f.event, chunk=doc))) if doc is not None else None
    if found is None or found.antecedent is None or doc is None:
        return f
    return Found(f.event, f.rule, f.detail, found.antecedent, via="mention.document.issuer",
                 why=f"{how} {doc.text!r}: {found.why}")


_FROM = regex.compile(r"[ \u00a0]+(?:(?:written|sent|drafted|prepared|issued|compiled|released|published|posted|filed|"
                      r"circulated|distributed|produced)(?:[ \u00a0]+[\p{Ll}\d]+){0,3}?[ \u00a0]+by|from|by)[ \u00a0]+")
# ("a report released last month by the Center for Secure Borders")
# ("a letter from Dr. Sayles", "a 2015 report by the Center …", "a memo written by Mark Ellery")
_WRITER_REACH = 80  # characters after "from" to read the writer in


def _written_by(ctx: Context, end: int) -> Chunk | None:
    """The person or organisation a document brought in at ``end`` is from ("a letter from Dr. Sayles"), the name in
    apposition to a description first ("from Raeburn's personal physician, Dr. Lillian Sayles,")."""
    m = _FROM.match(ctx.text, end)
    if m is None:
        return None
    found = chunks(ctx.text, m.end(), min(len(ctx.text), m.end() + _WRITER_REACH))
    who = found[0] if found and found[0].start == m.end() else None
    if who is None or who.kind not in ("name", "description") or who.head in DOCUMENT_NOUNS:
        return None
    if who.kind == "description":
        return person_in_apposition(ctx, who.end) or who
    return who


@lru_cache(maxsize=64)
def _brought_in(head: str) -> regex.Pattern[str]:
    """Where a document is brought in, the latest first: "issued a statement", "said in a statement",
    "sent a letter", "In a statement announcing …", "A four-page internal memo circulated by …"."""
    return regex.compile(rf"(?r)\b(?:[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Ww]hose)[ \u00a0]+(?:[\p{{L}}\d\-]+[ \u00a0]+){{0,3}}"
                         rf"{head}\b")


def _whose(ctx: Context, at: int) -> Chunk | None:
    """The organisation a "whose" at ``at`` goes back to, past the appositions between: the last one named in
    its sentence before it ("That model belongs to the Center for Fiscal Growth, a conservative think tank in
    Arlington, Va., whose September report …")."""
    start = max(ctx.text.rfind(". ", 0, at), ctx.text.rfind("\n", 0, at)) + 1
    named = [c for c in chunks(ctx.text, start, at) if c.kind == "name" and c.speaker_kind is SpeakerKind.ORGANISATION]
    return named[-1] if named else None


def unnamed_source(ctx: Context, pi: int, f: Found | None) -> Found | None:
    """"One backbencher, who asked not to be named, put the chances at “better than even”. “The whips
    …,” she said.": in news, a he/she right after a sentence (or in one) whose subject is an unnamed
    source is that source, when no name stands between (rule mention.pronoun.source)."""
    if f is None or ctx.dialogue or f.antecedent is not None or f.event.chunk.kind != "pronoun" or \
            f.event.chunk.gender not in ("m", "f"):
        return f
    c = f.event.chunk
    p = ctx.paras[pi]
    if not p.start <= c.start < p.end:
        return f
    starts = [p.start, *(e for e in p.ends if e <= c.start)]
    spans = [(starts[-1], c.start), (starts[-2], starts[-1]) if len(starts) > 1 else (0, 0)]
    before_paragraph = len(starts) == 1 and pi > 0 and not ctx.paras[pi - 1].quotes and bool(p.quotes) and \
        ctx.quotes[p.quotes[0]].start - len(ctx.quotes[p.quotes[0]].open_mark) == p.start
    if before_paragraph:
        # "… a 43-year-old farmer who gave only his first name, Yusuf, said he had walked for two days …" ¶
        # “The shelling started …,” he told AFP.: the last sentence of the narration before
        prev = ctx.paras[pi - 1]
        last = sentence_starts(ctx.text, prev.start, prev.end)
        spans[1] = (last[-1] if last else prev.start, prev.end)
    for lo, hi in spans:
        # (only the narration before the sentence's first quote: "People ask me …" in a quote is no subject)
        hi = min([hi, *(ctx.quotes[n].start - len(ctx.quotes[n].open_mark) for n in p.quotes
                        if lo <= ctx.quotes[n].start < hi)])
        subject = sentence_subject(ctx.text, lo, hi) if ctx.text[lo:hi].strip() else None
        if subject is None or subject.start == c.start:
            continue
        if subject.kind != "description" or subject.speaker_kind is not SpeakerKind.UNNAMED or \
                not (role_word(subject.head) or subject.head in UNNAMED_HEADS) or \
                subject.head.endswith("s") or subject.head in _PLURALS or role_gender(subject.head) not in ("", c.gender) or \
                any(m.kind == "name" and subject.end <= m.start < c.start and ctx.entity_index().is_person(m)
                    for m in ctx.mentions):  # (a person's name between, not a shop's or a street's)
            return f
        return Found(f.event, f.rule, f.detail, subject, via="mention.pronoun.source",
                     why=f"{subject.text!r}, the unnamed source the sentence is about")
    return f


_PLURALS = frozenset("people men women children folk folks staff".split())  # ("many people" is no she)


def called_answers(ctx: Context, pi: int, k: int, f: Found | None) -> Found | None:
    """In news, “Then who signs the returns, Mr. Dunnigan?” ¶ “My accountants sign them,” he said.: the
    he/she that answers a quote paragraph calling someone by title and name is the one called, when the
    title says the pronoun's gender; after narration that ends by saying who was asked ("Kubiak asked
    Gartside whether he would fly …"), the one asked (rule mention.pronoun.called)."""
    if f is None or ctx.dialogue or k > 0 or pi == 0 or f.antecedent is not None or \
            f.event.chunk.kind != "pronoun" or f.event.chunk.gender not in ("m", "f"):
        return f
    prev, q = ctx.paras[pi - 1], ctx.quotes[ctx.paras[pi].quotes[0]]
    if not prev.quotes and starts_paragraph(ctx, pi, q):
        asked = _asked_last(ctx, pi - 1, f.event.chunk.gender)
        if asked is not None:
            return Found(f.event, f.rule, f.detail, asked, via="mention.pronoun.called",
                         why=f"the narration before asked {asked.text!r}, who answers")
        return f
    if not starts_paragraph(ctx, pi, q) or \
            ctx.text[ctx.quotes[prev.quotes[-1]].end:prev.end].strip(" \u00a0”’\"'") != "":
        return f  # (the call must end its paragraph: “…, Mr. Dunnigan?” ¶)
    for start, end in reversed(vocatives(ctx, ctx.quotes[prev.quotes[-1]])):
        called = name_chunk(ctx.text, start, end)
        title = ctx.text[start:end].split()[0].rstrip(".").lower()
        if called.kind == "name" and len(called.text.split()) > 1 and _TITLE_GENDER.get(title) == f.event.chunk.gender:
            return Found(f.event, f.rule, f.detail, called, via="mention.pronoun.called",
                         why=f"the last quote called {called.text!r}, who answers")
    return f


# "Near the end of the interview, Kubiak asked Gartside whether he himself would fly …": the one asked.
_ASKED = regex.compile(r"\b(?:asked|pressed|questioned)[ \u00a0]+(?P<who>\p{Lu}[^,.;:!?“”\"\n]{0,40}?)[ \u00a0]+"
                       r"(?:whether|if|about|why|how|what|when|who|where)\b")


def _asked_last(ctx: Context, pi: int, gender: str) -> Chunk | None:
    """The person the last sentence of the narration paragraph ``pi`` says was asked a question, when
    their gender (if the text tells it) is ``gender``."""
    p = ctx.paras[pi]
    asked = list(_ASKED.finditer(ctx.text, ctx.sentence_start(pi, p.end - 1), p.end))
    if not asked:
        return None
    m = asked[-1]
    found = [c for c in chunks(ctx.text, m.start("who"), m.end("who")) if c.end == m.end("who")]
    if not found or found[-1].kind != "name" or found[-1].speaker_kind is not SpeakerKind.PERSON:
        return None
    index = ctx.entity_index()
    who = index.known_person(found[-1])
    person = index.person_at(who) if who is not None else None
    return found[-1] if person is None or person.gender in ("", gender) else None


_TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "madam": "f", "lord": "m", "lady": "f"}


def person_in_apposition(ctx: Context, end: int) -> Chunk | None:
    """The person's name set off by commas right after ``end`` (", Paul Brennan,"; ", Sen. Andre
    Whitaker (D-Va.),"), if any."""
    comma = _APPOSED.match(ctx.text, end)
    name = mention_at(ctx, comma.end()) if comma is not None else None
    if name is None or name.kind != "name" or name.speaker_kind is not SpeakerKind.PERSON:
        return None
    after = _PARTY_AFTER.match(ctx.text, name.end) or _FIRM_AFTER.match(ctx.text, name.end)
    close = after.end() if after is not None else name.end
    return name if ctx.text[close:close + 1] in (",", ")") else None


# ", Stuart Raleigh of the Washington firm Kessler & Dunn,": where the person works, inside the apposition.
_FIRM_AFTER = regex.compile(r"[ \u00a0]+(?:of|at|with)[ \u00a0]+(?:the[ \u00a0]+)?[^,;:.!?“”\"\n]{2,60}?(?=,)")


def _organisation_in_apposition(ctx: Context, c: Chunk) -> Chunk | None:
    """"The ship's operator, Dubai-based Halvard Marine Services, said": the organisation named beside
    a description (not a document's: "the report, Rights Watch, …" is no apposition of one)."""
    if c.head in DOCUMENT_NOUNS:
        return None
    comma = _APPOSED.match(ctx.text, c.end)
    name = mention_at(ctx, comma.end()) if comma is not None else None
    if name is None or name.kind != "name" or name.speaker_kind is not SpeakerKind.ORGANISATION:
        return None
    return name if ctx.text[name.end:name.end + 1] == "," else None


# "said the stout gentleman by the fire, whose name was Bolsover", "a young gentleman with a cold, one Lumley Frisk,",
# "a man named Ray Dunn": the name a description is given.
_NAMED_AS = regex.compile(
    r"(?:[ \u00a0]+(?:by|at|near|in|on|with|from|behind)[ \u00a0]+[^,;:.!?“”\"\n]{1,40})?"
    r"(?:,[ \u00a0]+(?:whose[ \u00a0]+name[ \u00a0]+(?:was|is)|one)|,?[ \u00a0]+(?:named|called))[ \u00a0]+"
)


def _named_as(ctx: Context, c: Chunk) -> Chunk | None:
    """The person's name a description is given right after it ("…, whose name was Bolsover"), if any."""
    if c.speaker_kind is SpeakerKind.ORGANISATION:
        return None
    m = _NAMED_AS.match(ctx.text, c.end)
    name = mention_at(ctx, m.end()) if m is not None else None
    return name if name is not None and name.kind == "name" and name.speaker_kind is SpeakerKind.PERSON else None


def mention_at(ctx: Context, pos: int) -> Chunk | None:
    """The mention that starts at ``pos``, if any."""
    n = bisect_left(ctx.mentions, pos, key=lambda m: m.start)
    return ctx.mentions[n] if n < len(ctx.mentions) and ctx.mentions[n].start == pos else None


_ECHO_MIN_WORDS = 4


def echoed(ctx: Context, terms: set[int]) -> None:
    """A quote nothing attributes whose words a later quote repeats, which a cue gives a speaker, is that
    speaker's (rule continuation.echo): a pull quote under the headline (“Nurses held my mother’s hand when
    she was dying.” … ¶ “Nurses held my mother’s hand when she was dying. They don’t need …,” Castellanos
    wrote on Twitter.)."""
    if ctx.dialogue:
        return  # (a story's unattributed lines are turns, not pull quotes)
    cued: list[tuple[int, str]] | None = None  # the quotes a cue gives a speaker, with their words (found once)
    for n, q in enumerate(ctx.quotes):
        if ctx.found[n] is not None or n in terms or q.depth > 0 or q.start < ctx.headline or \
                len(q.text.split()) < _ECHO_MIN_WORDS:
            continue
        if cued is None:
            cued = [(m, " ".join(WORD.findall(ctx.quotes[m].text)).lower()) for m, f in enumerate(ctx.found)
                    if f is not None and f.rule.startswith("cue.")]
        words = " ".join(WORD.findall(q.text)).lower()
        m = next((m for m, said in cued if m > n and words in said), -1)
        f = ctx.found[m] if m >= 0 else None
        if f is not None:
            ctx.found[n] = f.carried("continuation.echo", f"the words of the quote at {ctx.quotes[m].start}")
