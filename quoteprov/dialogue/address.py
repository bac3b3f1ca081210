"""Dialogue: the names a quote calls people by (vocatives), and who that is."""

from __future__ import annotations

from bisect import bisect_left

import regex

from quoteprov.given_names import gender_of
from quoteprov.letters import read_out_before
from quoteprov.lexicon import DETERMINERS, NOT_NAMES, PREPOSITIONS, TITLES
from quoteprov.mentions import Chunk, name_chunk, role_word
from quoteprov.records import QuoteSpan, SpeakerKind
from quoteprov.rule_context import Context, Para

# A name spoken to: after a comma and before the end of a clause ("Good morning, Edward,"), or
# opening the quote before a comma ("Edward, come here").
_TITLE_WORDS = "Mr|Mrs|Ms|Miss|Dr|Doctor|Professor|Captain|Colonel|Major|Lady|Lord|Sir"
TITLE = rf"(?:{_TITLE_WORDS})\.?[ \u00a0]"
_WORDS = r"\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)?"
NAME = rf"(?P<name>(?:{TITLE})?{_WORDS})"


_VOCATIVE = regex.compile(rf",[ \u00a0]+(?:my[ \u00a0]+(?:dear|good)[ \u00a0]+)?{NAME}(?=[,.!?;]|$)")  # ("…, my dear Wexley,")


_OPENING_VOCATIVE = regex.compile(rf"(?:[Mm]y[ \u00a0]+dear(?:est)?[ \u00a0]+)?{NAME}(?=[,!?])")  # matched at the quote's start


def addresses(ctx: Context, q: QuoteSpan, c: Chunk) -> bool:
    """Whether quote ``q`` calls the person of mention ``c`` by name."""
    if c.kind not in ("name", "pronoun", "description") or c.kind == "pronoun" and c.gender not in ("m", "f"):
        return False
    called = vocatives(ctx, q)
    if not called:
        return False
    index = ctx.entity_index()
    who = index.known_person(c) if c.kind == "name" else index.resolve(c)[0]  # "he", "her husband": whom it stands for
    return who is not None and any(called_person(ctx, s, e) == who for s, e in called)


def called_person(ctx: Context, start: int, end: int) -> int | None:
    """The entity of the person the vocative at ``text[start:end]`` calls: by name ("Mr. Quell"), by
    a bare rank or title the text gave one person only ("Captain, I've got drift." to Captain Orr), or
    by the start of the one given name it can be short for ("Gem" for Gemma)."""
    c = name_chunk(ctx.text, start, end)
    index = ctx.entity_index()
    who = index.known_person(c)
    if who is None:
        ranked = _ranked(ctx, c)
        who = ranked[0] if ranked is not None else None
    if who is None and c.kind == "name" and len(c.text.split()) == 1:
        who = index.short_for(c.text)  # “She can't manage him at home, Gem.”: not Gemma's
    if who is None and c.kind == "name" and len(c.text.split()) == 1:
        who = index.called_by_full_name(c.text)  # “Winifred, did you speak to an Italian?” to Winnie: not hers
    return who


def called_mention(ctx: Context, start: int, end: int) -> Chunk | None:
    """The mention of the one person a bare rank called at ``text[start:end]`` stands for (see
    ``called_person``), or None."""
    ranked = _ranked(ctx, name_chunk(ctx.text, start, end))
    return ranked[1] if ranked is not None else None


def _ranked(ctx: Context, c: Chunk) -> tuple[int, Chunk] | None:
    """The one holder of the bare rank ``c`` calls ("Captain"), and their mention; None for anything else."""
    if c.kind != "description" or c.modifiers or c.head not in RANKS:
        return None
    return ctx.entity_index().titled_one(c.head, c.start)


# Ranks and titles a speaker calls someone by, bare: “Not now, Ensign.”, “Cut it, Lieutenant.”
RANKS = frozenset(
    "captain commander lieutenant ensign chief doctor sergeant inspector professor colonel major general admiral "
    "constable nurse officer detective judge corporal private skipper coach governor senator mayor".split()
)


def speech_addresses(ctx: Context, pi: int, c: Chunk) -> bool:
    """Whether the speech that opens paragraph ``pi`` calls ``c`` by name, in its first quote or
    in the paragraphs it runs on into (a quote left open at a paragraph's end, re-opened at the next)."""
    for p in ctx.paras[pi:pi + _SPEECH_PARAGRAPHS]:
        if not p.quotes:
            return False
        q = ctx.quotes[p.quotes[0]]
        if addresses(ctx, q, c):
            return True
        if len(p.quotes) > 1 or q.closed:
            return False
    return False


_SPEECH_PARAGRAPHS = 6


def named_addressee(ctx: Context, p: Para, gender: str) -> Chunk | None:
    """A common given name of ``gender`` that the quotes of paragraph ``p`` address ("…, Robert,")."""
    for n in reversed(p.quotes):
        for start, end in vocatives(ctx, ctx.quotes[n]):
            c = name_chunk(ctx.text, start, end)
            if c.kind == "name" and c.speaker_kind is SpeakerKind.PERSON and gender_of(c.name.split()[0]) == gender:
                return c
    return None


def addressed_names(ctx: Context) -> frozenset[str]:
    """The one-word names the quotes address people by ("Knows what? Dana, I—"): in a story,
    the narration's "Dana was waiting" is then a character, though no lexicon knows the name."""
    found = set()
    for q in ctx.quotes:
        for start, end in vocatives(ctx, q):
            words = ctx.text[start:end].split()
            if len(words) == 1 or len(words) == 2 and words[0].rstrip(".").lower() in TITLES:
                found.add(words[-1])  # ("Sit down, Mr. Stobart.": "Stobart, the butler, …" is a person)
    return frozenset(found)


# “Brandvold, Homicide. You alone?”: a caller or an officer gives their name and their squad, calling no one.
UNIT_INTRO = regex.compile(
    r"(?P<name>\p{Lu}\p{Ll}+),[ \u00a0]+(?P<named>Homicide|Vice|Narcotics|Robbery|Burglary|Dispatch|Traffic|"
    r"Missing[ \u00a0]+Persons|Special[ \u00a0]+Branch|CID|FBI|Scotland[ \u00a0]+Yard)(?=[.!,;—–])"
)


def vocatives(ctx: Context, q: QuoteSpan) -> list[tuple[int, int]]:
    """Spans of the names quote ``q`` addresses ("…, Edward,", "My dear Edward, …", "So I did.
    Miss Anne, will you …"), in that order."""
    call = _CALL.fullmatch(ctx.text, q.start, q.end)
    opening = _OPENING_VOCATIVE.match(ctx.text, q.start, q.end) or call
    if opening is not None and read_out_before(ctx.text, q.start - len(q.open_mark)):
        opening = None  # “Dearest Cuthbert, — Your dormouse made me cry. …” read out: a letter's salutation
    if opening is not None and _answers_who(ctx, q):
        opening = None  # “Who is she?” ¶ “Veronica Strange.”, “… who was that?” ¶ “Lady Fustington, sir.”: an answer
    if opening is not None and _gives_full_name(ctx, q, opening.group("name")):
        opening = None  # “…, Dr. Orme.” ¶ “Ptolemy Orme,” said he: his own name, no call
    if opening is not None and opening.end() + 2 >= q.end and _goes_on_lowercase(ctx, q):
        opening = None  # “Captain Hollis,” said she, “has four hundred a year”: the sentence's subject
    found = [*_VOCATIVE.finditer(ctx.text, q.start, q.end), *((opening,) if opening else ())]
    found += [m for m in (*_SENTENCE_VOCATIVE.finditer(ctx.text, q.start, q.end),
                          *_TRAILING_CALL.finditer(ctx.text, q.start, q.end))
              if (m.group("title") or m.groupdict().get("dear") or gender_of(m.group("name").split()[0]) or
                  m.group("name").split()[0].lower() in TITLES) and not _after_abbreviation(ctx.text, m.start())]
    last = _LAST_WORD_CALL.search(ctx.text, q.start, q.end)
    before = ctx.text[max(q.start, last.start() - 8):last.start()].split()[-1:] if last is not None else []
    if last is not None and not last.group("title") and \
            not (before and (len(before[0]) == 2 or before[0].rstrip(".").lower() in TITLES)) and \
            any(n.split()[-1] == last.group("name") and " " in n for n in ctx.narration_names()):
        # (not the surname after "Mr." or an initial: “You do not like Mr. Pomfret.”, “… God forgive me. L. Voke.”)
        found.append(last)  # “Excellent. Sit down. Hopkins.”: the next one called on, whom the narration names in full
    full = _FULL_NAME_LAST.search(ctx.text, q.start, q.end)
    if full is not None and gender_of(full.group("name").split()[0]) and _SELF_NAMED.search(q.text) is None and \
            not _after_abbreviation(ctx.text, full.start()) and not _answers_who(ctx, q):
        found.append(full)  # “Bless my soul. Madeleine Thorne.”: the one recognised, called by her full name
        # (not one's own name, “My name is Marland, sir. Esther Marland.”, nor an answer to “Who …?”)
    at = q.start
    while (m := _TITLED_SENTENCE.match(ctx.text, at, q.end)) is not None:  # only at the quote's start
        if m.start() > q.start or not opening:
            found.append(m)
        at = m.end() + 1
        while at < q.end and ctx.text[at] in " \u00a0":
            at += 1
    nested = _nested(ctx, q)
    unit = UNIT_INTRO.match(ctx.text, q.start, q.end)
    if unit is not None:
        found = [m for m in found if m.start("name") >= unit.end()]
    return [m.span("name") for m in found if m.group("name").lower() not in NOT_NAMES and
            m.group("name").split()[0].lower() not in _NOT_FIRST and  # not “From Walter,”: a letter's sender
            not any(s <= m.start("name") < e for s, e in nested) and  # nor a call in words quoted: He said, “…, Pennicott.”
            not _apposed(ctx, m.end("name"), q.end) and  # nor one a list describes: “Ellen, the housemaid.”
            not _spoken_of(ctx, m.end("name"), q.end, m.group("name")) and  # nor one it goes on to talk of: “Oh,
            # Gwendolen! Gwendolen’s a topper.” (but “Lem's a truthful man, most days. Ain't that right, Lem?” calls him)
            not _role_before(ctx, m.start("name"), q.start)]  # nor “… and his solicitor, Ms. Desai.”


_WORD_AND_STOP = regex.compile(r"(?r)(\p{L}+)\.[ \u00a0]+$")


def _after_abbreviation(text: str, at: int) -> bool:
    """Whether the full stop before ``at`` is an abbreviation's ("of St. Louis, dentist": no sentence ends)."""
    m = _WORD_AND_STOP.search(text, max(0, at - 12), at)
    return m is not None and m.group(1).lower() in _BEFORE_NAMES


_BEFORE_NAMES = frozenset("st mt ft dr mr mrs ms messrs rev gen col capt lt sgt prof hon jr sr".split())


def _nested(ctx: Context, q: QuoteSpan) -> list[tuple[int, int]]:
    """The spans of the quotations inside quote ``q``."""
    n = bisect_left(ctx.quotes, q.start + 1, key=lambda other: other.start)
    out = []
    while n < len(ctx.quotes) and ctx.quotes[n].start < q.end:
        if ctx.quotes[n].depth > q.depth:
            out.append((ctx.quotes[n].start, ctx.quotes[n].end))
        n += 1
    return out


def _spoken_of(ctx: Context, start: int, end: int, name: str) -> bool:
    """Whether ``text[start:end]``, the rest of a quote after a name it seems to call, speaks of that name in
    the third person ("Gwendolen’s a topper", "Gwendolen is"): then the name was an exclamation about
    someone (“Oh, Gwendolen!”), no call."""
    return regex.search(rf"(?<!\p{{L}}){regex.escape(name)}(?:['’]s(?!\p{{L}})|[ \u00a0]+(?:is|was|has|had)\b)",
                        ctx.text, pos=start, endpos=end) is not None


def _apposed(ctx: Context, at: int, end: int) -> bool:
    """Whether the name ending at ``at`` is a list's "Ellen, the housemaid.": a role in apposition
    (not a call: “Lottie, the biscuits.”, “Edward, the carriage is here.”)."""
    m = _APPOSED.match(ctx.text, at, end)
    return m is not None and role_word(m.group("role"))


def _role_before(ctx: Context, at: int, start: int) -> bool:
    """Whether the name at ``at`` stands in apposition to a role just before it ("his solicitor, Ms. Desai")."""
    m = _ROLE_COMMA.search(ctx.text, max(start, at - 40), at)
    return m is not None and role_word(m.group("role"))


_ROLE_COMMA = regex.compile(r"(?:,|\band)[ \u00a0]+(?:the|his|her|their)[ \u00a0]+(?:[\p{Ll}\-]+[ \u00a0]+)?"
                            r"(?P<role>\p{Ll}+),[ \u00a0]+$")  # (in a list: “…, the suspect, and his solicitor, Ms. Desai.”)
_APPOSED = regex.compile(r",[ \u00a0]+(?:the|a|an)[ \u00a0]+(?:[\p{Ll}\-]+[ \u00a0]+)?(?P<role>[\p{Ll}\-]+)(?=[.;]|$)")


_NOT_FIRST = PREPOSITIONS | DETERMINERS | frozenset(
    "upon against among amongst beneath beside besides between beyond through throughout without within after before "
    "behind below above around during unto onto till until like".split()
)  # (nor “Upon Crouch? Not half hard enough.”: an echo, no call)


_SENTENCE_BREAK = regex.compile(r"(?<=[.!?])\s+")


def _answers_who(ctx: Context, q: QuoteSpan) -> bool:
    """Whether the quote before ``q`` asks who someone is ("Who is she?", "Whom do you mean?")."""
    n = bisect_left(ctx.quotes, q.start, key=lambda other: other.start)
    if n == 0:
        return False
    asked = _SENTENCE_BREAK.split(ctx.quotes[n - 1].text.strip())[-1]  # its last sentence
    words = [w.lower().strip("“‘\"',") for w in asked.split(None, 3)]
    while len(words) > 1 and words[0] in ("and", "but", "then", "so", "well", "now"):
        words = words[1:]  # (“And who knows the trick of it, besides yourself?” ¶ ‘Miss Warrender,’ he said at last.)
    return asked.endswith("?") and words[0] in ("who", "whom", "who's", "who’s")


def _gives_full_name(ctx: Context, q: QuoteSpan, name: str) -> bool:
    """Whether the bare name of quote ``q`` gives in full the name the quote before called someone
    by ("“I should like it very much, Dr. Orme.” ¶ “Ptolemy Orme,” said he"): the one called, answering."""
    words = name.split()
    n = bisect_left(ctx.quotes, q.start, key=lambda other: other.start)
    if len(words) < 2 or n == 0:
        return False
    before = ctx.quotes[n - 1]
    return regex.search(rf"\b(?:{TITLE})?{regex.escape(words[-1])}\b", before.text) is not None and \
        name not in before.text


# A title and a name as the quote's first sentences: “Miss Crowle. Miss Fanny. I hope I do not intrude?”
_LAST_WORD_CALL = regex.compile(rf"(?<=[.!?][ \u00a0]+)(?P<name>(?P<title>{TITLE})?\p{{Lu}}\p{{Ll}}+)[.!?]?$")
_SELF_NAMED = regex.compile(r"\b(?:[Mm]y[ \u00a0]+name|I[ \u00a0]+am|I['’]m|[Nn]ame['’]s)\b")
_FULL_NAME_LAST = regex.compile(r"(?<=[.!?][ \u00a0]+)(?P<name>\p{Lu}\p{Ll}+[ \u00a0]+\p{Lu}\p{Ll}+)[.!?]?$")
_TITLED_SENTENCE = regex.compile(rf"(?P<name>{TITLE}\p{{Lu}}\p{{Ll}}+)(?=\.(?:[ \u00a0]|$))")


def _goes_on_lowercase(ctx: Context, q: QuoteSpan) -> bool:
    """Whether the next quote of ``q``'s paragraph goes on with a verb: the name was the
    sentence's subject (“Captain Hollis,” said she, “has four hundred a year”), not the person
    spoken to (“Miss Harland,” said he, “your aunt begs you will come in.”)."""
    n = bisect_left(ctx.quotes, q.start, key=lambda other: other.start) + 1
    if n >= len(ctx.quotes) or ctx.quotes[n].paragraph != q.paragraph:
        return False
    words = ctx.text[ctx.quotes[n].start:ctx.quotes[n].end].split(None, 2)
    first = words[0].strip(",;:!?.") if words else ""
    second = words[1].strip(",;:!?.").lower() if len(words) > 1 else ""
    if first in _FINITE and (second in ("you", "we", "i") or second in _ASKED_OF and "?" in ctx.quotes[n].text):
        return False  # “Honoria,” said she, “shall you go?”: a question put to her (“Lafayette Bixby,” she says, “is
        # this the way you split kindling?”)
    return first.islower() and (first in _FINITE or first.endswith("ed") or
                                first.endswith("s") and not first.endswith("ss") and first not in _NOT_VERBS and
                                "'" not in first and "’" not in first)  # (not “Lafe,” says Dode, “that’s it.”)


_ASKED_OF = frozenset("this that it he she they there".split())
_FINITE = frozenset("is was has had have will would can could may might shall should must does did".split())
_NOT_VERBS = frozenset("his its yours ours theirs hers this thus us as perhaps always".split())


# A quote that is a name and nothing else: a call (“Josephine Kell.”, “Miss Crowle. Miss Fanny.”).
_CALL = regex.compile(rf"{NAME}[.!]?(?:[ \u00a0]+{TITLE}\p{{Lu}}\p{{Ll}}+[.!]?)?[ \u00a0]*")


def is_call(ctx: Context, q: QuoteSpan) -> bool:
    """Whether quote ``q`` is nothing but a name called out (“Josephine Kell.”)."""
    return _CALL.fullmatch(ctx.text, q.start, q.end) is not None and \
        ctx.text[q.start:q.end].strip(" .!").lower() not in NOT_NAMES


# A name with a title, a common given name, or any name after "My dear", opening a sentence inside the quote
# before a comma.
_SENTENCE_VOCATIVE = regex.compile(
    rf"(?<=[.!?][ \u00a0]+)(?P<dear>My[ \u00a0]+(?:dear(?:est)?|good)[ \u00a0]+)?(?P<name>(?P<title>{TITLE})?{_WORDS})(?=,)"
)  # (or any name after "My dear": “… My dear Bellasis, who keeps the key of that tower?”)


# A name called at the very end of the quote, the speaker breaking off: “… And Millicent——”.
_TRAILING_CALL = regex.compile(
    rf"(?<=[.!?;][ \u00a0]+)(?:(?:And|But|Oh|Now|Well),?[ \u00a0]+)?(?P<name>(?P<title>{TITLE})?{_WORDS})"
    r"(?=(?:[—–]+|-{2,}|…|\.\.\.)$)"
)


# Words that call someone without naming them: “It is a very good likeness, Miss.”
_BARE_ADDRESS = frozenset(
    "miss sir madam ma'am ma’am mister missus mistress master mem mum madame mademoiselle monsieur señor senor "
    "signor signora sahib".split()
)


def proper_name(ctx: Context, name: str) -> bool:
    """A name, not a word that opens a sentence: it has a title, is a common given name, or the
    text writes it with a capital in mid-sentence; never a bare form of address ("Miss", "Sir")."""
    words = name.split()
    if len(words) > 1 or gender_of(words[0]):
        return True
    if words[0].lower() in _BARE_ADDRESS:
        return False
    for m in regex.finditer(rf"(?<=[,;]?[ \u00a0]+){regex.escape(words[0])}\b", ctx.text):
        before = ctx.text[max(0, m.start() - 5):m.start()].rstrip(" \u00a0,;")
        if before[-1:].islower() or _TITLE_BEFORE.search(before):
            return True  # "… said Tallis", "my friend Mr. Tallis"
    return False


_TITLE_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:{_TITLE_WORDS})\.?$")
