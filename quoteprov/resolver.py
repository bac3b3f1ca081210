"""The speaker resolver: puts cues, mentions and structure together into attributions.

Pure: ``resolve(text, quotes)`` returns an ``Analysis`` whose attributions are parallel
to the quotes. Rules, tried in order for each outer quote (ids are stable):

1. ``structure.interview-qa`` / ``structure.interview-label``  "Q: …", "A: …", "WALLACE: …"
2. ``cue.after.*``                 a cue right after the quote (see ``quoteprov.cues``)
3. ``cue.before.*``                a cue before the quote in its sentence (a colon cue first)
4. ``cue.after.clause``            a subject and speech verb later in the sentence
5. ``cue.before.colon-paragraph``  the paragraph before ends in a colon after a cue
6. ``continuation.sentence``       an earlier quote of the same paragraph has a speaker
7. ``cue.previous-sentence``       the sentence before, in the paragraph, has a cue
8. ``cue.next-sentence``           the next sentence of the paragraph opens with a cue
   ``cue.named-after``             news: the next paragraph says whose words they were ("That view came from X")
   ``structure.speaker-label``     news: a fact check's "WHO SAID IT: X" paragraph after the claim
9. ``cue.action-beat``             dialogue: the person acting in the sentence before
   ``cue.after.beat``              dialogue: “…,” the man drank his beer (a comma, a person, a verb)
10. ``continuation.paragraph`` / ``continuation.interview`` / ``continuation.addressee`` /
    ``continuation.turn-taking``  the
    paragraph before is a quote with a speaker: the same speaker in news (in an interview write-up a bare
    question goes to the asker, a bare answer to whoever answered the asker last); in a dialogue the
    person that quote addressed by name, else the other one in the conversation
11. ``cue.narration-beat``         dialogue: a bare quote paragraph after narration is spoken by
    the person the narration's last sentence is about
12. ``continuation.paragraph-speaker``  dialogue: after the rules, a quote with no speaker takes
    that of the nearest attributed quote of its paragraph (a paragraph is one turn)
    ``cue.before.reported-paragraph`` / ``cue.narration-subject``  news: a bare quote paragraph after a
    paragraph whose last sentence reports the speech of a named person or a he/she, else has a person for subject
13. ``cue.narration-mention`` / ``continuation.turn-taking`` across narration that names no one,
    then ``fallback.nearest-person``: dialogue only, for a turn nothing else attributes
A description with a name in apposition gives way to the name ("The Kremlin's spokesman,
Dmitry Peskov, said"); in a first-person story the narrator's *I* takes the name the others
address the narrator by (``dialogue.narrator_name``).
A document that speaks ("the statement said") takes the name of whoever brought it in, and in
news a he/she right after an unnamed source's sentence is that source (``mention.document.issuer``,
``mention.pronoun.source``). Otherwise the resolver abstains. Quoted words with no speaker that are short, or that
sit in a headline, or inside another quote, are ``term`` (scare quotes, titles).
"""

from __future__ import annotations

from dataclasses import replace

import regex

from quoteprov import dialogue
from quoteprov.author import author_name
from quoteprov.cues import DATELINE, SpeechEvent, according_to_in, cue_after, cue_before, cue_in_clause, sentence_subject
from quoteprov.letters import letter_writers
from quoteprov.lexicon import DOCUMENT_NOUNS, PRONOUNS, SPEECH_VERBS, WRITINGS
from quoteprov.mentions import Chunk, name_chunk, role_word
from quoteprov.names import name_mentions
from quoteprov.news_paragraphs import (
    colon_cue,
    dash_line_after,
    interview_turn,
    listed_lines,
    owned_after,
    reported_speech,
    speaker_label_after,
)
from quoteprov.news_sources import (
    called_answers,
    echoed,
    issuer,
    named_in_apposition,
    person_in_apposition,
    unnamed_source,
)
from quoteprov.paragraphs import is_hard_wrapped, paragraph_spans
from quoteprov.people import APPOSITION, UNNAMED_NARRATOR, VERB_AFTER
from quoteprov.records import Analysis, Attribution, Cue, Kind, QuoteSpan, SpeakerKind, Step
from quoteprov.rule_context import WORD, Context, Found, Para, named_owner, own, starts_paragraph
from quoteprov.sentences import sentence_ends, sentence_starts

_QA = regex.compile(r"([QA]):\s")
_LABEL = regex.compile(r"(?:\p{Lu}[\p{Lu}.'’\- ]{1,30}\p{Lu})(?=:\s)")
_TERM_MAX_WORDS = 4
_CLOSING_PUNCT = ",!?—–-…."
_WEAK_RULES = frozenset({"cue.before.sentence-subject", "cue.before.colon-subject", "cue.before.as-framing"})
_MARKS = "'’\"”»"


def resolve(text: str, quotes: tuple[QuoteSpan, ...]) -> Analysis:
    """Attribute the ``quotes`` of ``text`` (as ``scan`` found them). A hard-wrapped text (a Project
    Gutenberg book) is read with its soft line breaks as spaces, one for one, so that "said\nhe" is
    "said he" to every rule; the offsets, and the words the records quote, are the text's own."""
    spans = paragraph_spans(text)
    if not is_hard_wrapped(text):
        return _resolve(text, quotes, spans)
    flat = _unwrapped(text, spans)
    found = _resolve(flat, tuple(replace(q, text=flat[q.start:q.end]) for q in quotes), spans)
    return _rewrapped(found, text, quotes)


def _unwrapped(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every line break inside a paragraph a space (so just as long)."""
    pieces: list[str] = []
    at = 0
    for start, end in spans:
        pieces.append(text[at:start])
        pieces.append(text[start:end].replace("\r", " ").replace("\n", " "))
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def _rewrapped(found: Analysis, text: str, quotes: tuple[QuoteSpan, ...]) -> Analysis:
    """The analysis of the unwrapped text, with the quotes, mentions and cues of ``text`` itself."""
    final = tuple(q if q.kind is f.kind else replace(q, kind=f.kind) for q, f in zip(quotes, found.quotes))
    attributions: list[Attribution | None] = []
    for q, a in zip(final, found.attributions):
        if a is None:
            attributions.append(None)
            continue
        m, cue = a.mention, a.cue
        attributions.append(replace(
            a, quote=q, mention=replace(m, text=text[m.start:m.end]),
            cue=replace(cue, text=text[cue.start:cue.end]) if cue is not None else None,
        ))
    return Analysis(quotes=final, attributions=tuple(attributions), entities=found.entities)


def _resolve(text: str, quotes: tuple[QuoteSpan, ...], spans: list[tuple[int, int]]) -> Analysis:
    paras = [Para(s, e) for s, e in spans]
    terms: set[int] = set()  # words in quotes that are no one's: no turn, and a term in the records
    for n, q in enumerate(quotes):
        if q.depth == 0 and _work_title(text, q):
            terms.add(n)
        elif q.depth == 0 and not _nickname(text, q):
            paras[q.paragraph].quotes.append(n)
    for p in paras:
        if p.quotes:
            p.ends = sentence_ends(text, p.start, p.end, [quotes[i] for i in p.quotes])
    mentions = _frame_chunks(text, paras, quotes)
    if terms:  # (a title's words name no one: "His memoir, “Never Sell Low,” spent 31 weeks …")
        spans_of = [(quotes[n].start, quotes[n].end) for n in sorted(terms)]
        mentions = [c for c in mentions if not any(s <= c.start < e for s, e in spans_of)]
    headline = _headline_end(text, paras)
    in_dialogue = dialogue.is_dialogue(text, paras, quotes)
    if in_dialogue and headline and text[paras[0].start:paras[0].end].rstrip()[-1:] not in ".!?\"”’'»:":
        # A book's title line ("The Lighthouse Keeper": no closing punctuation) names no one in the story.
        mentions = [c for c in mentions if c.start >= headline]
    if in_dialogue:
        mentions = dialogue.outside_headings(text, paras, mentions)
        for p in paras:  # "This was the famous “shortcut”.": a word in quotes in the narration is no turn
            terms.update(n for n in p.quotes if _scare_quote(text, p, quotes[n]))
            p.quotes = [n for n in p.quotes if n not in terms]
    ctx = Context(text, quotes, paras, mentions, None, in_dialogue, [None] * len(quotes), headline=headline)
    if in_dialogue:
        ctx.addressed = dialogue.addressed_names(ctx)
    for pi, p in enumerate(paras):
        for k in range(len(p.quotes)):
            found = issuer(ctx, p.quotes[k], named_in_apposition(ctx, _find(ctx, pi, k)))
            ctx.found[p.quotes[k]] = called_answers(ctx, pi, k, unnamed_source(ctx, pi, found))
        if ctx.dialogue:
            dialogue.pronoun_turn(ctx, pi)
            dialogue.newcomer_pronoun(ctx, pi)
            dialogue.not_the_addressee(ctx, pi)
            dialogue.self_introduction(ctx, pi)
            dialogue.paragraph_speaker(ctx, p)
            dialogue.after_narration(ctx, pi)
            dialogue.nearest_person(ctx, pi)
            dialogue.newcomer(ctx, pi)
            dialogue.before_reply(ctx, pi)
            ctx.learn(p)
    letter_writers(ctx)
    echoed(ctx, terms)
    if ctx.dialogue:
        dialogue.named_descriptions(ctx)
        dialogue.identify_voices(ctx)
    ctx.narrator = (dialogue.narrator_name(ctx) or author_name(ctx)) if ctx.dialogue else author_name(ctx)
    if ctx.dialogue and not ctx.narrator and dialogue.narrator_mention(ctx, len(text)) is not None:
        ctx.narrator = UNNAMED_NARRATOR  # a first-person story that never names its teller
    if ctx.dialogue:
        dialogue.not_called_by_self(ctx)
        ctx.called = dialogue.called_pronouns(ctx)
    index = ctx.entity_index(final=True)
    attributions: list[Attribution | None] = []
    final_quotes: list[QuoteSpan] = []
    for n, (q, f) in enumerate(zip(quotes, ctx.found)):
        if f is None or (q.start < headline and q.kind is Kind.PARTIAL) or _stage_direction(q):
            kind = Kind.TERM if n in terms else _unattributed_kind(q, headline)
            final_quotes.append(replace(q, kind=kind) if kind is not q.kind else q)
            attributions.append(None)
            continue
        final_quotes.append(q)
        ent, name, skind, steps = index.resolve(f.event.chunk)
        if f.antecedent is not None:
            ent, name, skind, _ = index.resolve(f.antecedent)
            rule = f.via or ("mention.pronoun.turn-taking" if f.event.chunk.kind == "pronoun"
                             else "mention.the-other.turn-taking")
            why = f.why or "the other person in the conversation"
            steps = (Step(rule, f"{f.event.chunk.text!r} → {f.antecedent.text!r}, {why}"),)
        attributions.append(
            Attribution(
                quote=q, name=name, speaker_kind=skind, mention=f.event.chunk.mention(), cue=f.event.cue,
                rule=f.rule, confidence=_confidence(f, skind), entity=ent, why=(Step(f.rule, f.detail), *steps),
            )
        )
    return Analysis(quotes=tuple(final_quotes), attributions=tuple(attributions), entities=index.entities())


def _confidence(f: Found, kind: SpeakerKind) -> float:
    c = f.event.confidence
    if f.rule != f.event.rule:
        c *= 0.85  # borrowed from another quote or sentence
    if f.event.chunk.kind == "pronoun":
        c *= 0.9
    if kind is SpeakerKind.UNNAMED:
        c *= 0.9
    return round(c, 3)


def _frame_chunks(text: str, paras: list[Para], quotes: tuple[QuoteSpan, ...]) -> list[Chunk]:
    """Candidate mentions outside the outer quotes, in text order."""
    return [c for p in paras for start, end in p.frames(quotes) for c in name_mentions(text, start, end)]


# A second verb of the sentence's subject: "… and said", "… and called", "… and then added".
_JOINED_VERB = regex.compile(r"\band[ \u00a0]+(?:then[ \u00a0]+|\p{Ll}+ly[ \u00a0]+)?(?P<verb>\p{Ll}+)\b")
_SAY_TELL = frozenset("said says told tells".split())  # "told them the campaign was “…,” according to two people"
_REPORTED_THAT = regex.compile(r"\bthat[ \u00a0]+")
_NEW_CLAUSE = regex.compile(r",[ \u00a0]+(?:and|but)[ \u00a0]+(?!that\b)")
def _find(ctx: Context, pi: int, k: int) -> Found | None:
    """The first rule that gives quote ``k`` of paragraph ``pi`` a speaker, in the order of the module doc."""
    return (
        _interview_label(ctx, pi, k)
        or _same_sentence(ctx, pi, k)
        or _colon_paragraph(ctx, pi, k)
        or listed_lines(ctx, pi, k)
        or _continuation_sentence(ctx, pi, k)
        or _previous_sentence(ctx, pi, k)
        or _next_sentence(ctx, pi, k)
        or owned_after(ctx, pi, k)
        or dash_line_after(ctx, pi, k)
        or speaker_label_after(ctx, pi, k)
        or dialogue.action_beat(ctx, pi, k)
        or dialogue.beat_after(ctx, pi, k)
        or _continuation_paragraph(ctx, pi, k)
        or dialogue.narration_beat(ctx, pi, k)
        or _narration_subject(ctx, pi, k)
    )


def _narration_subject(ctx: Context, pi: int, k: int) -> Found | None:
    """In news, a quote paragraph nothing attributes, right after narration whose last sentence
    has a person for subject: that person ("Petrakis … talks about that childhood at length. ¶
    “My father gutted fish …”"), the way a profile hands over to its subject."""
    q = ctx.quotes[ctx.paras[pi].quotes[k]]
    if ctx.dialogue or pi == 0:
        return None
    if k > 0 or not starts_paragraph(ctx, pi, q):
        return _subject_just_before(ctx, pi, q)
    prev = ctx.paras[pi - 1]
    if any(starts_paragraph(ctx, pi - 1, ctx.quotes[n]) or len(ctx.quotes[n].text.split()) > _TERM_MAX_WORDS
           for n in prev.quotes) or prev.end - prev.start < 15 or prev.end <= ctx.headline or \
            ctx.text[prev.start:prev.end].rstrip()[-1:] not in ".!":
        return None  # (not after a subheading: "Sputnik V vaccine", "Can Pakistan broker a deal?"; words in quotes
        # in the narration, ‘countries that “cheat”’, are no turn of their own)
    starts = sentence_starts(ctx.text, prev.start, prev.end)
    start = starts[-1] if starts else prev.start
    reported = reported_speech(ctx, start, prev.end)
    if reported is not None:
        return reported
    subject = _apposed_name(ctx, sentence_subject(ctx.text, start, prev.end))
    if starts and (subject is None or subject.kind == "pronoun" and subject.text.lower() in ("it", "there")) and \
            _IT_WAS.match(ctx.text, start):
        # "Ortega remembers his first door vividly. It was in August, …" ¶ “He looks at my clipboard …”: the one
        # the sentence before is about, when the last only sets the scene
        before = starts[-2] if len(starts) > 1 else prev.start
        earlier = sentence_subject(ctx.text, before, start)
        if earlier is not None and earlier.kind == "name":
            subject = earlier
    if subject is not None and subject.kind == "description" and subject.modifiers[:1] in (("her",), ("his",)) and \
            subject.head in _OWN_BODY and starts:
        # "Ruth Amsel … came to the microphone. Her voice caught more than once.": whose voice it is
        before = starts[-2] if len(starts) > 1 else prev.start
        owner = _apposed_name(ctx, sentence_subject(ctx.text, before, start))
        subject = owner if owner is not None and owner.gender in ("", "f" if subject.modifiers[0] == "her" else "m") \
            else subject
    named_source = False  # (a name the description gives, or whose answer it is, need not stand before a verb)
    if subject is not None and subject.kind == "description":
        found = _named_or_owner(ctx, subject, prev.end)
        named_source, subject = found is not subject, found
    if subject is None or VERB_AFTER.match(ctx.text, subject.end) is None and \
            not ctx.text.startswith((",", " ("), subject.end) and not named_source or \
            not (subject.kind == "name" and subject.speaker_kind is SpeakerKind.PERSON and
                 ctx.entity_index().known_person(subject) is not None or
                 subject.kind == "pronoun" and subject.gender in ("m", "f") or
                 _known_by_role(ctx, subject) or _a_role(subject) or _issues(ctx, subject) or
                 subject.kind == "description" and subject.modifiers == ("the",) and subject.head in DOCUMENT_NOUNS):
        # (a document too, for its issuer: "In a section headed “…”, the memo went further." ¶ “Staff should …”)
        return None  # (a list line "Fill in the gaps" names no one)
    ev = SpeechEvent(Cue(q.start, q.start, ""), subject, "cue.narration-subject", 0.45)
    return Found(ev, ev.rule, f"{subject.text!r} is the subject of the narration just before")


_OWN_BODY = frozenset("voice hands hand eyes face head shoulders lips words".split())
_ANSWERS = frozenset("answer answers reply replies response retort explanation verdict message".split())
# "a retired machinist in Chillicothe, Ohio, named Norbert Kessling sent me an email": the name the description gives
_NAMED_AFTER = regex.compile(r"[^.;:!?“”\"]{0,60}?\bnamed[ \u00a0]+(\p{Lu}\p{Ll}+(?:[ \u00a0]+\p{Lu}\p{Ll}+)+)")


def _named_or_owner(ctx: Context, c: Chunk, end: int) -> Chunk:
    """For a quote paragraph after narration whose subject is a description: the person it names ("a retired
    machinist … named Norbert Kessling sent me an email") or the one whose answer it is ("Marchetti's answer was not
    the one her campaign has been selling." ¶ “I say the gas-powered car should be …”); else the description."""
    named = _NAMED_AFTER.match(ctx.text, c.end, end)
    if named is not None:
        return name_chunk(ctx.text, named.start(1), named.end(1))
    return (named_owner(ctx, c) or c) if c.head in _ANSWERS else c
_IT_WAS = regex.compile(r"[ \u00a0]*(?:It|There)[ \u00a0]+(?:was|were|had[ \u00a0]+been)\b")


def _a_role(c: Chunk) -> bool:
    """"The former secretary of state pressed the point.", "the Republican nominee posted a video": a definite
    description of a person by their office, whom the text may not tie to a name."""
    return c.kind == "description" and c.text[:4].lower() == "the " and c.speaker_kind is SpeakerKind.PERSON and \
        role_word(c.head)


# "Blanchette's campaign had issued a statement from the senator …", "the company posted a video": the one that
# put out the words.
_ISSUED = regex.compile(r"[ \u00a0]+(?:had[ \u00a0]+|has[ \u00a0]+)?(?:issued|released|posted|published|put[ \u00a0]+out|"
                        r"sent[ \u00a0]+out|announced[^.;:!?“”\"]{0,60}?[ \u00a0]in[ \u00a0]+an?[ \u00a0]+"
                        r"(?:[\p{Ll}\-]+[ \u00a0]+)?(?:statement|release|letter|memo|email))\b")
# ("The company announced the closing in a two-paragraph statement that …" ¶ “This decision was not made lightly.”)


def _issues(ctx: Context, c: Chunk) -> bool:
    """An organisation (or a person's campaign or office) that the sentence says put out a statement."""
    if c.kind not in ("name", "description") or c.speaker_kind is not SpeakerKind.ORGANISATION:
        return False
    apposed = APPOSITION.match(ctx.text, c.end)  # ("The … Council, the industry’s main trade group, issued a statement")
    return _ISSUED.match(ctx.text, apposed.end() if apposed is not None else c.end) is not None



def _known_by_role(ctx: Context, c: Chunk) -> bool:
    """"The chief, his voice hoarse, walked reporters through …": a definite description the text
    ties to a person already named (Fire Chief Dennis Kowalczyk)."""
    if c.kind != "description" or c.modifiers[:1] != ("the",) or not role_word(c.head):
        return False
    index = ctx.entity_index()
    return index.person_at(index.resolve(c)[0]) is not None


def _apposed_name(ctx: Context, c: Chunk | None) -> Chunk | None:
    """"Santangelo's mother, Donna Santangelo, spoke …": the name set beside a description subject."""
    if c is None or c.kind != "description":
        return c
    return person_in_apposition(ctx, c.end) or c


def _subject_just_before(ctx: Context, pi: int, q: QuoteSpan) -> Found | None:
    """“Cole paused. “The active ingredient is the same, yes.””: the quote opens a sentence right
    after one whose subject is a named person or a he/she (cue.narration-subject, within the paragraph)."""
    p = ctx.paras[pi]
    s_start, _ = p.sentence_of(q.start)
    open_at = q.start - len(q.open_mark)
    if s_start <= p.start or ctx.text[s_start:open_at].strip():
        return None
    ps, _ = p.sentence_of(s_start - 1)
    subject = sentence_subject(ctx.text, ps, s_start)
    if subject is None or VERB_AFTER.match(ctx.text, subject.end) is None and \
            not ctx.text.startswith((",", " ("), subject.end) or \
            not (subject.kind == "name" and subject.speaker_kind is SpeakerKind.PERSON and
                 ctx.entity_index().is_person(subject) or subject.kind == "pronoun" and subject.gender in ("m", "f")):
        return None
    ev = SpeechEvent(Cue(q.start, q.start, ""), subject, "cue.narration-subject", 0.45)
    return Found(ev, ev.rule, f"{subject.text!r} is the subject of the sentence just before")


def _interview_label(ctx: Context, pi: int, k: int) -> Found | None:
    q = ctx.quotes[ctx.paras[pi].quotes[k]]
    qa = _QA.match(ctx.text, q.start, q.end)
    if qa is not None:
        return _question_answer(ctx, qa.group(1), q.start)
    label = _LABEL.match(ctx.text, q.start, q.end)
    if label is None or not starts_paragraph(ctx, pi, q) or not _speaker_label(ctx, label):
        return None  # (not a headline read out in the narration: “… in heavy black letters, ‘WEALD MURDER: …’”)
    chunk = name_chunk(ctx.text, label.start(), label.end())
    ev = SpeechEvent(Cue(label.end(), label.end() + 1, ":"), chunk, "structure.interview-label", 0.85)
    return Found(ev, ev.rule, repr(chunk.text))


def _speaker_label(ctx: Context, label: regex.Match[str]) -> bool:
    """"PENCE:" of a transcript, when the text names a Pence elsewhere, or "HOST:", a role; not
    "FACT:", "UPDATE:" or "BREAKING:" at the head of a post."""
    last = label.group().split()[-1].strip(".'’-")
    if role_word(last.lower()):
        return True
    if any(c.kind == "name" and c.name.split()[-1:] == [last[:1] + last[1:].lower()] for c in ctx.mentions):
        return True
    # A transcript: quotes open with labels again and again ("WALLACE: …", "PENCE: …").
    labelled = (q for q in ctx.quotes if _LABEL.match(ctx.text, q.start, q.end) is not None)
    return next(labelled, None) is not None and next(labelled, None) is not None


def _question_answer(ctx: Context, letter: str, at: int) -> Found | None:
    """A Q:/A: transcript: Q is the interviewer (unnamed); A is the person the article quotes
    most up to here, the interviewee (rule structure.interview-qa)."""
    cue = Cue(at + 1, at + 2, ctx.text[at + 1:at + 2])
    if letter == "Q":
        chunk = Chunk(at, at + 1, "Q", "name", SpeakerKind.UNNAMED, "the interviewer", "q", ())
        return Found(SpeechEvent(cue, chunk, "structure.interview-qa", 0.7), "structure.interview-qa", "Q: the interviewer")
    counts: dict[str, int] = {}
    for f in ctx.found:
        if f is not None and f.event.chunk.kind == "name" and f.event.chunk.speaker_kind is SpeakerKind.PERSON:
            counts[f.event.chunk.name] = counts.get(f.event.chunk.name, 0) + 1
    if not counts:
        return None
    name = max(counts, key=lambda n: counts[n])
    chunk = Chunk(at, at + 1, "A", "name", SpeakerKind.PERSON, name, name.split()[-1].lower(), ())
    ev = SpeechEvent(cue, chunk, "structure.interview-qa", 0.6)
    return Found(ev, ev.rule, f"A: the interviewee, {name} (quoted most so far)")


def _same_sentence(ctx: Context, pi: int, k: int) -> Found | None:
    """A cue right after the quote, before it, or later in its sentence."""
    text, p = ctx.text, ctx.paras[pi]
    q = ctx.quotes[p.quotes[k]]
    s_start, s_end = p.sentence_of(q.start)
    prev_end = s_start
    used = -1
    prior: Found | None = None
    if k > 0:
        pq = ctx.quotes[p.quotes[k - 1]]
        if pq.end >= s_start:
            prev_end = pq.end + len(pq.close_mark)
            prior = ctx.found[p.quotes[k - 1]]
            used = prior.event.cue.start if prior is not None else -1
    next_start = s_end
    nq = ctx.quotes[p.quotes[k + 1]] if k + 1 < len(p.quotes) else None
    if nq is not None and nq.start < s_end:
        next_start = nq.start - len(nq.open_mark)
    after_from = q.end + len(q.close_mark)
    open_at = q.start - len(q.open_mark)
    before = cue_before(text, prev_end, open_at, used)
    if k > 0 and pq.end >= s_start and (before is None or before.rule in _WEAK_RULES or
                                        before.rule == "cue.before.possessive-claim"):
        joined = _JOINED_VERB.search(text, prev_end, open_at)
        if joined is not None and joined.group("verb") in SPEECH_VERBS:
            # "… pointed us to a report titled “…” and said Reese was “…”": the sentence's subject
            subject = sentence_subject(text, s_start, pq.start - len(pq.open_mark))
            if subject is not None and subject.kind in ("name", "pronoun", "description"):
                return own(SpeechEvent(Cue(joined.start("verb"), joined.end("verb"), joined.group("verb")), subject,
                                       "cue.before.sentence-subject", 0.6))
    closed = q.text.rstrip(_MARKS)[-1:] in _CLOSING_PUNCT
    if before is not None and ctx.dialogue and _written(before.chunk) and text[prev_end:open_at].rstrip().endswith(":"):
        before = None  # in a story, "it ran thus: “Madam,—…”": the words of a paper someone reads out, not its own
    if before is not None and text[prev_end:open_at].rstrip().endswith(":"):
        # "X said: “…”" outranks a cue after the quote, but a document before the colon yields to the
        # one a cue after names ("The statement also referenced …: “…,” the union wrote.")
        after = cue_after(text, after_from, max(after_from, next_start), closed=closed) \
            if before.chunk.kind == "description" and before.chunk.head in DOCUMENT_NOUNS else None
        return own(after if after is not None and after.chunk.head not in DOCUMENT_NOUNS else before)
    ev = cue_after(text, after_from, max(after_from, next_start), closed=closed)
    if ev is not None and ev.rule == "cue.after.according-to" and before is not None and \
            before.rule == "cue.before.name-said" and (_REPORTED_THAT.search(text, before.cue.end, open_at) or
                                                       not text[before.cue.end:open_at].strip(" \u00a0,:") or
                                                       before.cue.text.lower() in _SAY_TELL) and \
            _NEW_CLAUSE.search(text, before.cue.end, open_at) is None:
        # "Ridley told staff that “…,” according to an aide", "he said “…,” according to a recording":
        # the words are Ridley's, his; the aide or the recording reports them (not in a clause of its own: "Her
        # campaign says it has knocked on 40,000 doors, and the response has been “…,” according to Carl Ostrowski")
        return own(before)
    if ev is None and before is not None and before.rule in _WEAK_RULES:
        # A weak guess before the quote yields to "according to X" later in the sentence, and
        # to the speaker of an earlier quote of the same sentence (its clause's subject).
        later = according_to_in(text, after_from, s_end)
        if later is not None:
            return own(later)
        if prior is not None:
            return prior.carried("continuation.sentence", f"same clause as the quote at {pq.start}")
    ev = ev or before
    if ev is None and nq is not None and nq.start < s_end:
        # "“A,” he said, “B”": the frame between two quotes of one sentence.
        ev = cue_before(text, after_from, nq.start - len(nq.open_mark))
    return own(ev or cue_in_clause(text, after_from, max(after_from, next_start)) or according_to_in(text, after_from, s_end))


def _written(c: Chunk) -> bool:
    """"it", "the letter", "the note": a thing with words on it, no one who speaks."""
    return c.kind == "pronoun" and c.text.lower() == "it" or c.kind == "description" and c.head in WRITINGS


def _colon_paragraph(ctx: Context, pi: int, k: int) -> Found | None:
    """"Caddell continued:" closing the paragraph before a quote paragraph."""
    q = ctx.quotes[ctx.paras[pi].quotes[k]]
    if pi == 0 or not starts_paragraph(ctx, pi, q):
        return None
    return colon_cue(ctx, pi - 1)


def _continuation_sentence(ctx: Context, pi: int, k: int) -> Found | None:
    """An earlier quote of the same paragraph has a speaker and nothing intervenes."""
    if k == 0:
        return None
    prior = ctx.paras[pi].quotes[k - 1]
    f = ctx.found[prior]
    if f is None:
        return None
    q = ctx.quotes[ctx.paras[pi].quotes[k]]
    if _title_case(q.text) and \
            _TITLED.search(ctx.text, max(0, q.start - 30), q.start - len(q.open_mark)) is not None:
        return None  # "The center's report carries the title “Tuned Out: Young Voters …”": a title, no one's words
    return f.carried("continuation.sentence", f"same speaker as the quote at {ctx.quotes[prior].start}")


_TITLED = regex.compile(r"\b(?:title|titled|entitled|headlined|headline|called|named)[ \u00a0]*$")


def _previous_sentence(ctx: Context, pi: int, k: int) -> Found | None:
    """"…, Schiff said. “The other factor …”": a cue in the sentence before."""
    p = ctx.paras[pi]
    q = ctx.quotes[p.quotes[k]]
    s_start, _ = p.sentence_of(q.start)
    if s_start <= p.start:
        return None
    ps, _ = p.sentence_of(s_start - 1)
    for m in reversed(p.quotes[max(0, k - 8):k]):  # quotes are in order: only the last few can end there
        if ps <= ctx.quotes[m].end < s_start:
            ps = ctx.quotes[m].end + len(ctx.quotes[m].close_mark)  # the frame only, not quoted words
            break
    # (without its full stop, so that a closing tag speaks for the sentence: "Her father used to tell her
    # there were two kinds of people, she said.": she, not the father)
    end = len(ctx.text[ps:s_start].rstrip().removesuffix(".")) + ps
    ev = cue_before(ctx.text, ps, end)
    if ev is None or ev.rule != "cue.before.name-said":
        return None
    return Found(ev, "cue.previous-sentence", f"{ev.cue.text!r} → {ev.chunk.text!r}")


def _next_sentence(ctx: Context, pi: int, k: int) -> Found | None:
    """“…” Lavrov added that …: a quote sentence followed by a sentence that opens with a cue."""
    p = ctx.paras[pi]
    q = ctx.quotes[p.quotes[k]]
    _, s_end = p.sentence_of(q.start)
    if q.kind is not Kind.DIRECT or s_end >= p.end:
        return None
    ev = cue_after(ctx.text, s_end, p.end)
    if ev is None or ev.rule != "cue.after.name-said":
        return None
    return Found(ev, "cue.next-sentence", f"{ev.cue.text!r} → {ev.chunk.text!r}")


def _continuation_paragraph(ctx: Context, pi: int, k: int) -> Found | None:
    """A quote paragraph with no cue after a quote paragraph: the same speaker in news,
    the other speaker in a dialogue (``dialogue.reply``)."""
    q = ctx.quotes[ctx.paras[pi].quotes[k]]
    if pi == 0 or not (starts_paragraph(ctx, pi, q) or k == 0 and not ctx.dialogue and _lead_in(ctx, pi, q)) or \
            not ctx.paras[pi - 1].quotes:
        return None
    prior = ctx.paras[pi - 1].quotes[-1]
    f = ctx.found[prior]
    if f is None or ctx.quotes[prior].start < ctx.headline and ctx.quotes[prior].kind is Kind.PARTIAL:
        return None  # (not a headline's words: "… Vetoes Sick Leave Bill, Calling It A ‘Job Killer’" ¶ “He had one job …”)
    if not ctx.dialogue and ctx.quotes[prior].closed:
        asked = interview_turn(ctx, q, prior)
        if asked is not None:
            return asked
    if not ctx.dialogue or not ctx.quotes[prior].closed:
        return f.carried("continuation.paragraph", f"same speaker as the quote at {ctx.quotes[prior].start}")
    return dialogue.reply(ctx, pi, q, prior, f)


# "Then, more seriously: “…”", "And later: “…”": a paragraph led in by a few words and a colon, no one named.
_LEAD_IN = regex.compile(r"(?:And|But|Then|Later|Still|Finally|Again|Also|Now|Next|Afterward|Afterwards|Earlier|Or)"
                         r"(?:,?[ \u00a0]+\p{Ll}+){0,4},?:[ \u00a0]*")


def _lead_in(ctx: Context, pi: int, q: QuoteSpan) -> bool:
    """A news paragraph that opens with a lead-in of a few words and a colon before its first quote."""
    lead = _LEAD_IN.fullmatch(ctx.text, ctx.paras[pi].start, q.start - len(q.open_mark))
    return lead is not None and not any(w in PRONOUNS for w in lead.group().lower().replace(",", " ").split())


def _headline_end(text: str, paras: list[Para]) -> int:
    """End of the first paragraph when it reads as a headline (short, no full stop inside)."""
    if len(paras) < 2:
        return 0
    first = text[paras[0].start:paras[0].end].strip()
    if DATELINE.match(first):
        return 0  # "WASHINGTON (AP) — …": a wire story's lede, not a headline
    if 0 < len(first) <= 200 and ". " not in first:
        return paras[0].end
    return 0


# A transcript's stage direction in the quote's place: “(CROSSTALK.)”, “[Applause]”.
_STAGE_DIRECTION = regex.compile(r"[ \t]*[(\[][^()\[\]]{1,40}[)\]][.,]?[ \t]*")


def _stage_direction(q: QuoteSpan) -> bool:
    return q.text.lstrip()[:1] in "([" and _STAGE_DIRECTION.fullmatch(q.text) is not None


def _spoken_before_comma(text: str, p: Para, opening: int) -> bool:
    """Whether a verb of saying stands among the three words before the comma that precedes a quote ("said
    Tom, “…”", "she cried, “…”")."""
    words = text[max(p.start, opening - 40):opening].rstrip().removesuffix(",").lower().split()[-3:]
    return any(w.strip(",;:.!?\"“”‘’") in SPEECH_VERBS for w in words)


def _scare_quote(text: str, p: Para, q: QuoteSpan) -> bool:
    """In a story, a few words quoted inside a sentence of narration (not opening the paragraph,
    not after a colon or a speech verb's comma), or a title or sign in capitals there: a term,
    no turn of the conversation."""
    if not text[p.start:q.start - len(q.open_mark)].strip():
        return False
    if _INSCRIBED.search(text, max(p.start, q.start - len(q.open_mark) - 40), q.start - len(q.open_mark)) is not None:
        return True  # "a sampler … which read ‘East or West, Home is Best’": a thing's words, no turn
    title = _title_case(q.text)
    if title and q.text.isupper():
        return True  # “… in heavy black letters, ‘WEALD MURDER: POLICE SEEK MAN IN GREY’”: a headline read
    if q.kind is not Kind.PARTIAL and not (title and q.close_mark and _capitalised(q.text) >= 2) or \
            len(WORD.findall(q.text)) > _TERM_MAX_WORDS and not title:
        return False  # (a title between dashes is one too: "She looked at the screen—“Pardoe & Reeve Estates”—and …")
    opening = q.start - len(q.open_mark)
    before = text[max(p.start, opening - 3):opening].rstrip()
    if before.endswith((":", ";")) or before.endswith(",") and not (title and not _spoken_before_comma(text, p, opening)):
        return False  # (but “… a name on the faded sampler that hung in the spare room, “Prudence Ann McLeod Her Work””)
    if title:
        return True  # the board that said “No Ball Games Beyond This Point”: a sign's words, no turn
    sentence = max([e for e in p.ends if e <= opening] + [p.start])
    words = text[sentence:opening].lower().split()
    if len(words) >= 2 and words[-1] in ("the", "a") and words[-2] in _NAMING_THE:
        return True  # "a proposal the campaign has spent the week branding the “Whitlock tax”": a name for it
    relative = [n for n, w in enumerate(words) if w in _RELATIVES]
    if relative:  # "… and thought, …, of the cottage which Lancelot … had christened “Halcyon”": the clause's own verb
        words = words[relative[-1]:]
        if words[0] in ("whom", "which") and words[-1] in _NAMING:
            return True  # "my brother Milo, whom Noor and I have called “the gremlin”": his name, the object before it
    return not any(w.strip(",;:.!?\"“”‘’") in SPEECH_VERBS for w in words)  # "called the plan “reckless”"


_RELATIVES = frozenset("which who whom whose".split())
# Words written on a thing: "… which read ‘…’", "a card bearing the words ‘…’", "inscribed ‘…’".
_INSCRIBED = regex.compile(r"(?:\b(?:which|that)[ \u00a0]+(?:read|reads|ran|runs)|\bbearing[ \u00a0]+the[ \u00a0]+"
                           r"(?:words|legend|inscription)|\binscribed(?:[ \u00a0]+with)?)[ \u00a0]*[,:]?[ \u00a0]*$")
_NAMING = frozenset("called named nicknamed dubbed christened".split())
_NAMING_THE = _NAMING | frozenset("calling naming nicknaming dubbing branding branded labelling labeling labelled "
                                  "labeled".split())


def _capitalised(words_text: str) -> int:
    return sum(1 for w in WORD.findall(words_text) if w[0].isupper())


_MINOR_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from"})


def _title_case(words_text: str) -> bool:
    """"No Ball Games Beyond This Point", "The Rise of the Middle Class": every word capitalised
    but the small ones, and no sentence punctuation at the end."""
    words = WORD.findall(words_text)
    if len(words) < 2 or words_text.rstrip()[-1:] in ".!?,;:—–-…" or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w[0].isdigit() or w in _MINOR_WORDS for w in words)  # ("… and the 2016 Race")


# "in her 2013 memoir, “The Open Door,” wrote …": a work's title set after the word for the work.
_WORK_BEFORE = regex.compile(r"\b(?:memoir|book|novel|autobiography|biography|film|movie|documentary|song|album|play|"
                             r"poem|column|essay|op-ed|editorial|podcast|sitcom|series|programme|program|drama|comedy|thriller|musical|opera|"
                             r"show|miniseries)s?,?[ \u00a0]*$|"
                             r"\b(?:titled|entitled),?[ \u00a0]*$|\b[Ss]o-called[ \u00a0]*$")  # ("the so-called “Workforce Act”")


def _work_title(text: str, q: QuoteSpan) -> bool:
    """A title-case quote right after the word for a book, film or song ("the memoir “The Open Door,”") or after
    "so-called" ("the Ohio senator's so-called “Workforce Modernization Act”"): a title."""
    opening = q.start - len(q.open_mark)
    return _WORK_BEFORE.search(text, max(0, opening - 30), opening) is not None and _title_case(q.text.rstrip(",."))


# Marcia "Cia" Price, William "Bill" Smith: a nickname in quotes inside a name, no quote at all.
_NICKNAME = regex.compile(r"\p{Lu}[\p{L}'’\-]*[ \u00a0]+$")
_NICKNAME_AFTER = regex.compile(r"[ \u00a0]+\p{Lu}")


def _nickname(text: str, q: QuoteSpan) -> bool:
    """Whether ``q`` is a nickname set inside a name (Marcia "Cia" Price), not words anyone said."""
    words = q.text.split()
    if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words) or not q.close_mark:
        return False
    open_at, after = q.start - len(q.open_mark), q.end + len(q.close_mark)
    return _NICKNAME.search(text, max(0, open_at - 30), open_at) is not None and \
        _NICKNAME_AFTER.match(text, after) is not None


def _unattributed_kind(q: QuoteSpan, headline: int) -> Kind:
    if q.depth > 0 or _stage_direction(q):
        return Kind.TERM
    if q.kind is Kind.PARTIAL and (q.start < headline or len(WORD.findall(q.text)) <= _TERM_MAX_WORDS or
                                   _title_case(q.text)):
        return Kind.TERM
    return q.kind
