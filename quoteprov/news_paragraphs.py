"""News: paragraph-level rules: a paragraph that says whose words the quote before were ("That view came
from X", a dash line), one whose reported speech hands its speaker on to the bare quote paragraph after it,
and an interview write-up whose bare questions and answers alternate. Pure: they read a ``Context``."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

import regex

from quoteprov.cues import SpeechEvent, cue_after, cue_before
from quoteprov.mentions import Chunk
from quoteprov.news_sources import document_subject_before, mention_at
from quoteprov.records import Cue, Kind, QuoteSpan, SpeakerKind
from quoteprov.rule_context import Context, Found, Para, speaker_of, starts_paragraph


def reported_speech(ctx: Context, start: int, end: int) -> Found | None:
    """"Neither campaign has reason to relax, said Rafael Soto-Whitcomb, a political scientist …" ¶ “The thing
    to watch …”: a paragraph of reported speech whose cue names a person (or a he/she) hands its words on to
    the quote paragraph after it (rule cue.before.reported-paragraph)."""
    end = len(ctx.text[start:end].rstrip().removesuffix(".")) + start
    ev = cue_before(ctx.text, start, end)
    if ev is None or ev.rule != "cue.before.name-said" or not (
            ev.chunk.kind == "name" and ev.chunk.speaker_kind is SpeakerKind.PERSON or
            ev.chunk.kind == "pronoun" and ev.chunk.gender in ("m", "f")):
        return None  # (a he or she too: "Later, after the tape recorder had been switched back on, she said more.")
    ev = replace(ev, rule="cue.before.reported-paragraph", confidence=min(ev.confidence, 0.6))
    return Found(ev, ev.rule, f"{ev.cue.text!r} → {ev.chunk.text!r} in the paragraph before")


# The paragraph after a quote says whose words they were: "That view came from Curtis Fenwick, …",
# "That was the assessment of Bernard Jackson, …", "That was the suggestion from Daniel Okafor, 44, …",
# "Those were the words of …", "That is how X …".
_OWNED = regex.compile(
    r"(?:(?:That|This|Those|These|Such)[ \u00a0]+(?:(?:\p{Ll}+[ \u00a0]+){0,2}?(?:came|comes|was|is|were|are)[ \u00a0]+"
    r"(?:from|the[ \u00a0]+\p{Ll}+(?:[ \u00a0]+\p{Ll}+)?(?:[ \u00a0]+(?:\p{Lu}\p{Ll}+day|last|on)(?:[ \u00a0]+\p{Ll}+)?)?"
    r"[ \u00a0]+(?:of|from))|(?:is|was)[ \u00a0]+how)"
    r"|So[ \u00a0]+(?:says|said)|(?P<was>(?:That|This)[ \u00a0]+(?:was|is)(?:[ \u00a0]+state)?(?=[ \u00a0]+\p{Lu})))[ \u00a0]+"
)  # … or "That is how Raymond Kowalczyk, 84, … remembered him.", "So says Jane Doe, who …", "That was state Sen. Lucía
# Ferreyra (D), the lead sponsor …" (a person's name then, set off by a comma or a party tag)


def owned_after(ctx: Context, pi: int, k: int) -> Found | None:
    """In news, a quote paragraph with no cue of its own, and a next sentence that says whose words
    they were, opening the next paragraph ("That view came from Curtis Fenwick, the father of a third
    grader, …") or right after the quote ("“…” That was the verdict of Rep. Graciela Ontiveros, …",
    "“…” The line, which drew the loudest applause, came from Roberta Klinefelter"): that person
    (rule cue.named-after)."""
    q = ctx.quotes[ctx.paras[pi].quotes[k]]
    p = ctx.paras[pi]
    if ctx.dialogue or k > 0 or not starts_paragraph(ctx, pi, q):
        return None
    after = q.end + len(q.close_mark)
    while after < p.end and ctx.text[after] in " \u00a0":
        after += 1
    owned = _OWNED.match(ctx.text, after, p.end) or _LINE_CAME.match(ctx.text, after, p.end) \
        if after < p.end and ctx.text[after - 1] in " \u00a0" else None
    if owned is None and len(p.quotes) == 1 and pi + 1 < len(ctx.paras) and not (
            ctx.paras[pi + 1].quotes and ctx.quotes[ctx.paras[pi + 1].quotes[0]].start < ctx.paras[pi + 1].start + 80):
        owned = _OWNED.match(ctx.text, ctx.paras[pi + 1].start, ctx.paras[pi + 1].end) or \
            _LINE_CAME.match(ctx.text, ctx.paras[pi + 1].start, ctx.paras[pi + 1].end)  # "The answer came from X, …"
    who = mention_at(ctx, owned.end()) if owned is not None else None
    if owned is not None and owned.re is _LINE_CAME and (who is None or who.speaker_kind is not SpeakerKind.PERSON):
        who = _person_later(ctx, owned.end())  # "The verdict came from the far end of the counter, where Earl Pruett …"
    if owned is None or who is None or who.kind not in ("name", "description") or \
            who.speaker_kind is SpeakerKind.ORGANISATION and who.kind == "description":
        return None
    if owned.re is _OWNED and owned.group("was") and not (who.kind == "name" and who.speaker_kind is SpeakerKind.PERSON and
                                   (ctx.text[who.end:who.end + 2] in (", ", " (") or
                                    ctx.text.startswith(" of ", who.end))):
        return None  # "That was X": only a person's name set off by a comma, a party tag or where they are from
        # ("That was Dana Kowalczyk of the Eastgate neighborhood, …"; "That was Tuesday." is no one)
    ev = SpeechEvent(Cue(owned.start(), owned.end(), owned.group().strip()), who, "cue.named-after", 0.7)
    return Found(ev, ev.rule, f"{owned.group().strip()!r} → {who.text!r}")


def dash_line_after(ctx: Context, pi: int, k: int) -> Found | None:
    """“When Corbin Hollingshead was governor of Indiana, he cut funding …” ¶ — Vice President Delphine Aucoin,
    in the second presidential debate: in news, a quote paragraph whose next paragraph opens with a dash and a
    name (a fact check's epigraph) is that person's (rule cue.after.dash-name)."""
    nxt = _line_after(ctx, pi, k)
    if nxt is None or ctx.text[nxt.start:nxt.start + 1] not in "—―–":
        return None
    ev = cue_after(ctx.text, nxt.start, nxt.end)
    if ev is None or ev.rule != "cue.after.dash-name":
        return None
    return Found(ev, ev.rule, f"{ev.chunk.text!r} signs the quote on the line after it")


def speaker_label_after(ctx: Context, pi: int, k: int) -> Found | None:
    """CLAIM: “Ohio has lost 400,000 manufacturing jobs …” ¶ WHO SAID IT: Republican nominee Dalton Reese, at a
    rally in Dayton: in news, a quote paragraph whose next paragraph is a fact check's label for who said it
    is the person that label names (rule structure.speaker-label)."""
    nxt = _line_after(ctx, pi, k)
    label = _SPEAKER_LABEL.match(ctx.text, nxt.start, nxt.end) if nxt is not None else None
    if label is None:
        return None
    who = mention_at(ctx, label.end())
    if who is None or who.kind not in ("name", "description"):
        return None
    ev = SpeechEvent(Cue(label.start(), label.end(), label.group().strip()), who, "structure.speaker-label", 0.8)
    return Found(ev, ev.rule, f"{label.group().strip()!r} → {who.text!r}")


def _line_after(ctx: Context, pi: int, k: int) -> Para | None:
    """In news, the paragraph after quote ``k`` of paragraph ``pi`` when that quote ends its paragraph (nothing
    but a full stop or a comma after it): where a line that signs or labels the quote would stand."""
    p = ctx.paras[pi]
    if ctx.dialogue or k != len(p.quotes) - 1 or pi + 1 >= len(ctx.paras):
        return None
    q = ctx.quotes[p.quotes[k]]
    return None if ctx.text[q.end + len(q.close_mark):p.end].strip(" \u00a0.,") else ctx.paras[pi + 1]


_SPEAKER_LABEL = regex.compile(
    r"(?:WHO[ \u00a0]+SAID[ \u00a0]+(?:IT|THIS|THAT)|SPEAKER|SAID[ \u00a0]+BY)[ \u00a0]*[:—–-][ \u00a0]*"
)


# "The line, which drew the loudest applause of the night, came from …": what was said, and whose it was.
_LINE_CAME = regex.compile(
    r"The[ \u00a0]+(?:line|remark|remarks|words|comment|comments|quip|warning|verdict|assessment|view|message|plea|"
    r"question|complaint|answer|response|retort|rebuke|description|suggestion|observation|account|reaction|"
    r"prediction|advice|argument|request|demand)(?:,[^,.;:!?“”\"]{1,100},)?[ \u00a0]+(?:came|comes)[ \u00a0]+"
    r"from[ \u00a0]+"
)


def _person_later(ctx: Context, pos: int) -> Chunk | None:
    """The first person named in the rest of the sentence from ``pos``, within a short reach."""
    end = ctx.text.find(". ", pos, pos + _PLACE_REACH)
    n = bisect_left(ctx.mentions, pos, key=lambda m: m.start)
    while n < len(ctx.mentions) and ctx.mentions[n].start < (end if end >= 0 else pos + _PLACE_REACH):
        c = ctx.mentions[n]
        n += 1
        if c.kind == "name" and c.speaker_kind is SpeakerKind.PERSON:
            return c
    return None


_PLACE_REACH = 120  # characters after "came from" to the person where the words came from


_INTERVIEW_REACH = 60  # quotes back to the asker and the last answer


def interview_turn(ctx: Context, q: QuoteSpan, prior: int) -> Found | None:
    """In news written up from an interview, where someone asks (“… out there?” Holloway asked.): a bare
    question after another's answer is the asker's, and a bare paragraph after the asker's question is
    the answer of the one the asker has been talking with (rule continuation.interview)."""
    asker_event = None
    for n in range(prior, max(-1, prior - _INTERVIEW_REACH), -1):
        g = ctx.found[n]
        if g is not None and g.event.cue.text.lower() in ("asked", "asks") and ctx.quotes[n].text.rstrip()[-1:] == "?" \
                and g.event.chunk.kind in ("name", "pronoun"):
            asker_event = g
            break
    f = ctx.found[prior]
    if asker_event is None or f is None:
        return None  # (no one asks: the index is not built early for nothing)
    index = ctx.entity_index()
    asker = speaker_of(index, asker_event)
    last = speaker_of(index, f)
    if q.text.rstrip()[-1:] == "?" and last != asker:
        return Found(asker_event.event, "continuation.interview", f"a question after an answer: the one who asks, "
                     f"{(asker_event.antecedent or asker_event.event.chunk).text!r}", asker_event.antecedent)
    if last == asker and ctx.quotes[prior].text.rstrip()[-1:] == "?":
        for n in range(prior - 1, max(0, prior - _INTERVIEW_REACH), -1):  # who answered the asker's last question
            g, h = ctx.found[n], ctx.found[n - 1]
            if g is not None and h is not None and speaker_of(index, h) == asker and speaker_of(index, g) != asker and \
                    ctx.quotes[n - 1].text.rstrip()[-1:] == "?" and ctx.quotes[n].kind is Kind.DIRECT and \
                    g.event.chunk.kind in ("name", "pronoun"):
                return Found(g.event, "continuation.interview", "an answer to the question before: the one who "
                             f"answered the last, {(g.antecedent or g.event.chunk).text!r}", g.antecedent)
    return None


# A list line: "-- “…”", "• “…”", "— On Ohio: “…”" (a marker, and at most a short label and a colon).
_BULLET = regex.compile(r"[ \t]*(?:--|—|–|•|\*)[ \u00a0]+(?:[^“”\"\n:]{1,40}:[ \u00a0]*)?$")
_LIST_REACH = 12  # list lines back to the paragraph that brings the list in
_LABEL_WORDS = 3


def colon_cue(ctx: Context, pi: int) -> Found | None:
    """The cue of paragraph ``pi``'s last sentence, when the paragraph ends with it and a colon ("Caddell
    continued:"), for the quote paragraphs after it (rule cue.before.colon-paragraph)."""
    p = ctx.paras[pi]
    if not ctx.text[p.start:p.end].rstrip().endswith(":"):
        return None
    s0 = ctx.sentence_start(pi, max(p.start, p.end - 1))  # (a paragraph with no quotes has no ends yet)
    ev = cue_before(ctx.text, s0, p.end)
    return Found(ev, "cue.before.colon-paragraph", f"{ev.cue.text!r} → {ev.chunk.text!r}") if ev is not None else None


def _list_line(ctx: Context, p: Para) -> bool:
    """Whether paragraph ``p`` is a list line: a marker (and a short label) before its first quote."""
    if not p.quotes:
        return False
    q = ctx.quotes[p.quotes[0]]
    return _BULLET.fullmatch(ctx.text, p.start, q.start - len(q.open_mark)) is not None


def listed_lines(ctx: Context, pi: int, k: int) -> Found | None:
    """"The memo, obtained by Playbook, is titled “…”. Key lines:" ¶ -- “We are winning this race. …” ¶ -- “If you are a
    donor …”: the quotes of a list under a paragraph that ends with a colon are the words that paragraph's cue gives
    (its subject's, or for a document that speaks, its issuer's) (rule cue.before.colon-paragraph)."""
    if k > 0 or pi == 0 or not _list_line(ctx, ctx.paras[pi]):
        return None
    head = pi - 1
    while head > 0 and pi - head <= _LIST_REACH and _list_line(ctx, ctx.paras[head]):
        head -= 1  # (past the list's earlier lines)
    prev = ctx.paras[head]
    if not ctx.text[prev.start:prev.end].rstrip().endswith(":"):
        return None
    s0 = ctx.sentence_start(head, max(prev.start, prev.end - 1))
    if len(ctx.text[s0:prev.end].split()) > _LABEL_WORDS:  # (not "Key lines:", "Among its points:": no one's cue)
        return colon_cue(ctx, head)
    doc = document_subject_before(ctx, prev.end)
    if doc is None:
        return None
    ev = SpeechEvent(Cue(prev.end - 1, prev.end, ":"), doc, "cue.before.colon-paragraph", 0.5)
    return Found(ev, ev.rule, f"a list of lines from {doc.text!r}")
