"""Dialogue: a first-person narrator: where the narration says "I", and the narrator's name."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

import regex

from quoteprov.cues import sentence_subject
from quoteprov.dialogue.address import NAME, is_call, proper_name, vocatives
from quoteprov.entities import EntityIndex
from quoteprov.lexicon import NOT_NAMES, TITLES
from quoteprov.mentions import Chunk, name_chunk
from quoteprov.people import UNNAMED_NARRATOR
from quoteprov.records import QuoteSpan, SpeakerKind
from quoteprov.rule_context import Context, speaker_of
from quoteprov.sentences import sentence_starts


def narrator_name(ctx: Context) -> str:
    """A first-person narrator's name: the name the other characters address them by in the
    turns the narrator answers ("“Good morning, Mr. Lockley.” ¶ “Good morning,” I said.") or
    that answer the narrator: one such turn where cues give both turns ("said I", "I sat."),
    else two turns that agree on it; "" when none do. The narrator's own word
    comes first: “I'm Arthur,” I said; or, in the narration, "My name is Kathy." / "Call me Ishmael."."""
    own = _narrator_says_name(ctx)
    if own:
        return own
    votes: dict[str, list[int]] = {}  # name → [answers a cue gives the narrator, answers guessed]
    who: dict[str, int | None] = {}  # name → the person the index knows by it
    counted: set[int] = set()  # the quotes whose calls have voted (one between two turns of the narrator votes once)
    for pi in range(1, len(ctx.paras)):
        p, prev = ctx.paras[pi], ctx.paras[pi - 1]
        if not p.quotes or not prev.quotes:
            continue
        f, before = ctx.found[p.quotes[0]], ctx.found[prev.quotes[-1]]
        if f is None or before is None or is_narrator(f.event.chunk) == is_narrator(before.event.chunk):
            continue
        # The turn the narrator answers, or the one that answers the narrator, speaks to the narrator.
        guessed = f.rule in GUESSES or before.rule in GUESSES
        for n in (prev if is_narrator(f.event.chunk) else p).quotes:
            if n in counted:
                continue
            counted.add(n)
            for start, end in vocatives(ctx, ctx.quotes[n]):
                name = " ".join(ctx.text[start:end].split())
                if proper_name(ctx, name) or _called_out(ctx, ctx.quotes[n], name):  # not "Again?"
                    votes.setdefault(name, [0, 0])[guessed] += 1
                    who.setdefault(name, ctx.entity_index().known_person(name_chunk(ctx.text, start, end)))
    # One side of an exchange: a turn given to the one the turn before called ("It is locked, Miss Blythe.")
    # and, two turns on, the narrator's own ("‘Mrs. Isolde?’ I said."), with one other speaker between.
    for name, start, end in _same_side(ctx):
        votes.setdefault(name, [0, 0])[1] += 1
        who.setdefault(name, ctx.entity_index().known_person(name_chunk(ctx.text, start, end)))
    # A turn next to the narrator's that says who the narrator is (“You are Mr. Quarles,” she said. ¶ “I had that
    # honour, madam, for eleven years.”) names them as a call would.
    for pi in range(len(ctx.paras)):
        p = ctx.paras[pi]
        g = ctx.found[p.quotes[0]] if p.quotes else None
        if g is None or is_narrator(g.event.chunk):
            continue
        said = _YOU_ARE.match(ctx.text, ctx.quotes[p.quotes[0]].start, ctx.quotes[p.quotes[0]].end)
        if said is None or not any(_narrators_turn(ctx, t) for t in (pi - 1, pi + 1)):
            continue
        name = " ".join(said.group("name").split())
        if proper_name(ctx, name):
            votes.setdefault(name, [0, 0])[0] += 1
            who.setdefault(name, ctx.entity_index().known_person(name_chunk(ctx.text, said.start("name"), said.end("name"))))
    # A turn the narration says was spoken to the narrator ("she said to me", "he asked me") calls them.
    for n in _spoken_to_me(ctx):
        for start, end in vocatives(ctx, ctx.quotes[n]):
            name = " ".join(ctx.text[start:end].split())
            if proper_name(ctx, name):
                votes.setdefault(name, [0, 0])[0] += 1
                who.setdefault(name, ctx.entity_index().known_person(name_chunk(ctx.text, start, end)))
    # A name the narration tells of in the third person is someone else ("Augie picked the two bills off my
    # blotter"): the kid's “…, Augie,” after the narrator's turn called him, not the narrator.
    # Nor is one a cue gives speech of their own (“My name is Nora Vance,” she said): the fat man's
    # “Evening, Mrs. Vance,” before the narrator's turn called her.
    told = ctx.narration_names()
    others = _cued_speakers(ctx)
    votes = {name: v for name, v in votes.items() if name not in told and (who[name] is None or who[name] not in others)}
    if any(who[name] is not None for name in votes):  # by person too: "my friend Lucian Graye threw down the paper"
        told_people = _narrated_people(ctx)  # tells of the "Mr. Graye" the landlady calls
        votes = {name: v for name, v in votes.items() if who[name] is None or who[name] not in told_people}
    for short in [name for name in votes if " " not in name]:  # "Bron" is "Bronwen" for short: one name
        full = [name for name in votes if name != short and name.startswith(short) and " " not in name]
        if len(full) == 1:
            votes[full[0]] = [a + b for a, b in zip(votes[full[0]], votes.pop(short))]
    best = max(votes, key=lambda name: (*votes[name], name), default="")
    if best and (votes[best][0] >= 1 or votes[best][1] >= 2):
        return best
    # One guessed answer, and the same title and name called again elsewhere, never by the narration:
    # “Then what should I repeat, Miss Ellery?” … “You are frank, Miss Ellery.”
    if best and votes[best][1] == 1 and _called_again(ctx, best, 2 if _TITLED_CALL.match(best) else 3):
        return best
    return _talked_of_not_narrated(ctx)


def _same_side(ctx: Context) -> list[tuple[str, int, int]]:
    """The calls that gave a turn its speaker (continuation.addressee) two turns from a turn a cue
    gives the narrator, in three quote paragraphs in a row whose middle one is a third person's:
    the same side of one exchange, so the narrator's name (name, start, end of the call)."""
    out: list[tuple[str, int, int]] = []
    index = ctx.entity_index()
    for pi in range(2, len(ctx.paras)):
        three = [ctx.found[ctx.paras[i].quotes[0]] if ctx.paras[i].quotes else None for i in (pi - 2, pi - 1, pi)]
        if any(f is None for f in three):
            continue
        a, mid, b = (f for f in three if f is not None)
        if is_narrator(a.event.chunk) == is_narrator(b.event.chunk) or is_narrator(mid.event.chunk):
            continue
        named, me = (b, a) if is_narrator(a.event.chunk) else (a, b)
        if named.rule != "continuation.addressee" or not me.rule.startswith("cue.") or me.rule in _NARRATION_GUESSES or \
                named.event.chunk.kind != "name" or speaker_of(index, named) == speaker_of(index, mid):
            continue
        c = named.event.chunk
        out.append((" ".join(c.text.split()), c.start, c.end))
    return out


def _narrators_turn(ctx: Context, pi: int) -> bool:
    """Whether paragraph ``pi`` opens with a turn of the narrator's."""
    if not 0 <= pi < len(ctx.paras) or not ctx.paras[pi].quotes:
        return False
    f = ctx.found[ctx.paras[pi].quotes[0]]
    return f is not None and is_narrator(f.event.chunk)


# “You are Mr. Quarles,” “You must be Miss Hesketh?”: who the one spoken to is.
_YOU_ARE = regex.compile(r"(?:You[ \u00a0]+are|You[’']re|You[ \u00a0]+must[ \u00a0]+be|Are[ \u00a0]+you)[ \u00a0]+"
                         r"(?P<name>(?:Mr|Mrs|Miss|Ms|Dr|Captain|Lady|Sir)\.?[ \u00a0]+\p{Lu}\p{Ll}+)(?=[,.?!]|$)")


def _called_out(ctx: Context, q: QuoteSpan, name: str) -> bool:
    """A quote that is nothing but one word called out (“Wrenna.”) that the text never writes in lower
    case (not “Nonsense.”): a name, though no common one."""
    return " " not in name and is_call(ctx, q) and \
        regex.search(rf"\b{regex.escape(name.lower())}\b", ctx.text) is None


def _narrated_people(ctx: Context) -> frozenset[int]:
    """The people the narration names in the third person (not "I, Agnes Lyle, sat …")."""
    index = ctx.entity_index()
    people = (index.known_person(c) for c in ctx.mentions if c.kind == "name" and
              not _I_APPOSED.search(ctx.text, max(0, c.start - 5), c.start))
    return frozenset(p for p in people if p is not None)


_I_APPOSED = regex.compile(r"\b(?:I|me),[ \u00a0]+$")  # "I, Agnes Lyle, sat with my pupil": the narrator named


# A name the quotes use this often (called at least once), which the narration never uses, is the narrator's.
_TALKED_OF = 3


def _talked_of_not_narrated(ctx: Context) -> str:
    """The name the others call the narrator by and talk of the narrator by, though the narration,
    which says "I", never does: “I want Miss Shenstone for Lucile.” … “Well, Miss Shenstone, you hear.”
    Called at least once in a speech (or else a title and surname the speeches talk of: ‘Miss Carrow from
    the paper, madam,’ … ‘give Miss Carrow some tea’), said at least three times in the quotes, never in
    the narration, and not the name of anyone given a speech. "" when no name, or more than one, is so."""
    if narrator_mention(ctx, len(ctx.text)) is None:
        return ""
    index = ctx.entity_index()
    speakers = {index.resolve(f.antecedent or f.event.chunk)[0] for f in ctx.found
                if f is not None and not is_narrator(f.event.chunk)}
    called: dict[str, tuple[str, int, tuple[int, int]]] = {}  # surname → (the fullest call, its calls, where)
    for q, f in zip(ctx.quotes, ctx.found):
        if f is None:
            continue  # not a speech: a title (‘I’m from the “Hallingford Gazette”,’)
        for start, end in vocatives(ctx, q):
            name = " ".join(ctx.text[start:end].split())
            if proper_name(ctx, name) or " " not in name:  # (a lone word may be a short form, below)
                last = name.split()[-1]
                full, times, at = called.get(last, ("", 0, (start, end)))
                called[last] = (name, times + 1, (start, end)) if len(name) > len(full) else (full, times + 1, at)
    also: dict[str, set[str]] = {}  # surname → the short given names merged into its call ("Lafe" for Lafayette Hooper)
    for lone in [last for last, (full, _, _) in called.items() if " " not in full]:
        fuller = [k for k, (full, _, _) in called.items() if " " in full and len(lone) >= 3 and
                  full.split()[0][:3] == lone[:3] and len(full.split()[0]) > len(lone)]  # ("Lafe": Lafayette)
        if len(fuller) == 1:  # ‘Lafe,’ says Dode … ‘Lafayette Hooper,’ it says: one boy, called twice
            full, times, at = called[fuller[0]]
            called[fuller[0]] = (full, times + called.pop(lone)[1], at)
            also.setdefault(fuller[0], set()).add(lone)
        elif not proper_name(ctx, lone):
            del called[lone]  # (a lone word that is neither a known name nor the short of one: “Again?”)
    for q, f in zip(ctx.quotes, ctx.found):  # a title and name the others talk of ("give Miss Carrow some tea")
        if f is None:
            continue
        for m in _TITLED_IN_QUOTE.finditer(ctx.text, q.start, q.end):
            last = m.group("last")
            if last not in called:
                called[last] = (" ".join(m.group().split()), 0, m.span())
    narration = [ctx.text[s:e] for p in ctx.paras for s, e in p.frames(ctx.quotes)]
    short = {name for name in ctx.narration_names() if " " not in name}
    fits: list[tuple[int, int, str]] = []
    for last, (full, times, at) in called.items():
        words = "|".join(regex.escape(w) for w in (last, *also.get(last, ())))
        word = regex.compile(rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})")
        said = sum(len(word.findall(q.text)) for q in ctx.quotes)
        if said < _TALKED_OF and not (last in also and times >= 2) or any(word.search(n) for n in narration) or \
                any(_DEAD.match(q.text, m.end()) for q in ctx.quotes for m in word.finditer(q.text)) or \
                any(len(w) >= 3 and last.startswith(w) for w in short):
            continue  # (nor "Calliope" when the narration says "Cal": her name for short)
        who = index.known_person(name_chunk(ctx.text, *at))
        if who is not None and who in speakers:
            continue
        fits.append((times, said, full))
    fits.sort(reverse=True)
    if not fits or len(fits) > 1 and fits[0][:2] == fits[1][:2]:
        return ""
    return fits[0][2]


# One the speeches say is dead is talked of, never the one who tells the story (“Mr. Josiah Crabbe, …, found dead”).
_DEAD = regex.compile(r"[^.;!?]{0,80}?\b(?:found[ \u00a0]+dead|(?:is|was)[ \u00a0]+(?:dead|killed|murdered)|died)\b")
_TITLED_IN_QUOTE = regex.compile(r"\b(?:Miss|Mrs|Mr|Ms|Dr)\.?[ \u00a0]+(?P<last>\p{Lu}\p{Ll}+)(?!['’]?\p{L})")


_TO_ME = regex.compile(
    r"\b(?:said|says|cried|whispered|murmured|added|replied|answered|remarked|observed|continued|turned|turning)"
    r"[ \u00a0]+to[ \u00a0]+me\b|\b(?:asked|asks|told|tells|assured|warned|reminded)[ \u00a0]+me\b"
)


def _spoken_to_me(ctx: Context) -> list[int]:
    """The quotes a cue says were spoken to the narrator: the one after "said to me over his shoulder:",
    or the ones on either side of "“…,” she said to me, as we sat …; “…”"."""
    out: list[int] = []
    for p in ctx.paras:
        for start, end in p.frames(ctx.quotes):
            if not p.quotes or _TO_ME.search(ctx.text, start, end) is None:
                continue
            colon = ctx.text[start:end].rstrip().endswith(":")
            out += [n for n in p.quotes if (ctx.quotes[n].end + len(ctx.quotes[n].close_mark) == start and not colon)
                    or ctx.quotes[n].start - len(ctx.quotes[n].open_mark) == end]
    return out


def _cued_speakers(ctx: Context) -> frozenset[int]:
    """The people a cue (not the narrator's I) gives a quote: "said Moss", “…,” she said."""
    index = ctx.entity_index()
    out = set()
    for f in ctx.found:
        if f is not None and f.rule.startswith("cue.") and not is_narrator(f.event.chunk) and \
                f.event.chunk.kind in ("name", "pronoun"):
            out.add(index.resolve(f.antecedent or f.event.chunk)[0])
    return frozenset(out)


_TITLED_CALL = regex.compile(r"(?:Miss|Mrs\.?|Mr\.?|Master|Dr\.?)[ \u00a0]+\p{Lu}")


def _called_again(ctx: Context, name: str, times: int) -> bool:
    """Whether the quotes call ``name`` (by that surname, with or without a title: “Greer?”, “Mr. Greer”)
    at least ``times`` times and the narration never names it."""
    last = name.split()[-1]
    calls = sum(1 for q in ctx.quotes for s, e in vocatives(ctx, q) if ctx.text[s:e].split()[-1] == last)
    return calls >= times and name not in ctx.narration_names() and \
        not any(name in ctx.text[s:e] for p in ctx.paras for s, e in p.frames(ctx.quotes))


GUESSES = frozenset({"continuation.turn-taking", "fallback.nearest-person"})  # no cue names the speaker
_NARRATION_GUESSES = frozenset({"cue.narration-beat", "cue.narration-mention"})  # an I near the turn, not its cue


_NARRATOR_INTRO = regex.compile(
    rf"(?<=^|\n|[.!?][ \u00a0]+)(?:[Mm]y[ \u00a0]+name[ \u00a0]+(?:is|was)|[Mm]y[ \u00a0]+name['’]s|[Cc]all[ \u00a0]+me|"
    rf"(?:[Tt]hey|[Ee]veryone|[Ee]verybody|[Pp]eople|[Nn]obody|[Nn]o[ \u00a0]+one)(?:[ \u00a0]+else)?(?:[ \u00a0]+alive)?"
    rf"[ \u00a0]+(?:call|calls|called)[ \u00a0]+me)"
    rf"[ \u00a0]+{NAME}(?=[.,!?;—–])"  # ("Everybody else calls me Nibs, …", "Nobody else alive calls me Josephine.")
    rf"|(?<=^|\n|[.!?][ \u00a0]+)I,[ \u00a0]+{NAME},"  # "I, Matthew Haverley, am requested to set down …"
    # "Cecily, who is the eldest, and Gilbert, who is the next and is me"; "and Oswald (that is me)"
    rf"|(?<=[ \u00a0]){NAME}(?:,[ \u00a0]+who[ \u00a0]+(?:is|was)(?:[ \u00a0]+[\p{{Ll}}\-]+){{0,6}}?[ \u00a0]+and"
    rf"|[ \u00a0]*[,(—–][ \u00a0]*(?:that|which|who))[ \u00a0]+(?:is|was|['’]s)[ \u00a0]+me\b"
)


def _narrator_says_name(ctx: Context) -> str:
    """The name a first-person narrator gives themselves: in a quote a cue gives the narrator
    (“I'm Arthur,” I said), or in the narration ("My name is Kathy H.", "Call me Ishmael.")."""
    narrated: frozenset[int] | None = None
    for n, f in enumerate(ctx.found):
        if f is not None and is_narrator(f.event.chunk) and f.via == "mention.pronoun.self-introduction" and \
                f.antecedent is not None and (f.rule in _SAID_BY_ME or _I_AM.search(ctx.quotes[n].text)):
            # (a turn only guessed to be the narrator's names them when it says "I'm Mulvaney", not when it only
            # answers a name: “And you are Miss—?” ¶ “Clowes. Eveline Clowes.”; nor when the narration tells of
            # that name in the third person: "my friend Lucian Graye threw down …" ¶ … “I am Graye, and this is …”)
            if f.rule in _SAID_BY_ME:
                return " ".join(f.antecedent.text.split())
            narrated = _narrated_people(ctx) if narrated is None else narrated  # (found once, only if asked)
            if ctx.entity_index().known_person(f.antecedent) not in narrated:
                return " ".join(f.antecedent.text.split())
    if narrator_mention(ctx, len(ctx.text)) is None:
        return ""  # not a first-person story
    for p in ctx.paras:
        for start, end in p.frames(ctx.quotes):
            m = _NARRATOR_INTRO.search(ctx.text, start, end)
            if m is not None and m.group("name").lower() not in NOT_NAMES:
                return " ".join(m.group("name").split())
    return ""


_I_AM = regex.compile(r"\b(?:I['’]m|I[ \u00a0]+am|[Mm]y[ \u00a0]+name(?:['’]s|[ \u00a0]+is))[ \u00a0]+\p{Lu}")
# Cues that say in so many words that the narrator speaks (“I'm Arthur,” I said; I said: “…”).
_SAID_BY_ME = frozenset({"cue.after.said-name", "cue.after.name-said", "cue.before.name-said", "cue.before.name-colon",
                         "cue.action-beat", "cue.after.beat"})


def is_narrator(c: Chunk) -> bool:
    return c.kind == "pronoun" and c.text == "I"


_I = regex.compile(r"(?<![\p{L}'’.])I(?![\p{L}'’])")


# A first-person story: its narration says "I" at least three times, and once per 2,000 characters.
_FIRST_PERSON_TIMES = 3


_FIRST_PERSON_EVERY = 2000


def narrator_mention(ctx: Context, before: int) -> Chunk | None:
    """In a first-person story (its narration says "I" again and again), the narration's last
    "I" before ``before``: the narrator, as a mention of the text."""
    said, length = _narration_i(ctx)
    if len(said) < _FIRST_PERSON_TIMES or len(said) * _FIRST_PERSON_EVERY < length:
        return None
    n = bisect_left(said, before)
    if n == 0:
        return None
    at = said[n - 1]
    return Chunk(at, at + 1, "I", "pronoun", SpeakerKind.PERSON, "I", "i", (), "")


def _narration_i(ctx: Context) -> tuple[list[int], int]:
    """Where the narration (the text outside the quotes) says "I", in text order, and how long
    the narration is (cached)."""
    if ctx.narration_i is None:
        out: list[int] = []
        length = 0
        for p in ctx.paras:
            for start, end in p.frames(ctx.quotes):
                out.extend(m.start() for m in _I.finditer(ctx.text, start, end))
                length += end - start
        ctx.narration_i = (out, length)
    return ctx.narration_i


def not_called_by_self(ctx: Context) -> None:
    """Nobody calls themselves by name: a turn given to the named narrator's "I" that calls the narrator's
    name (‘Shut the door, Miss Blythe.’ I shut it.) is the other person's, the one the narration last had act
    before it (rule mention.narrator.called-by-other)."""
    if not ctx.narrator or ctx.narrator == UNNAMED_NARRATOR:
        return
    names = {w for w in ctx.narrator.replace(".", "").split() if w.lower() not in TITLES}
    index = ctx.entity_index()
    for p in ctx.paras:
        if not p.quotes:
            continue
        f = ctx.found[p.quotes[0]]
        if f is None or not is_narrator(f.event.chunk):
            continue  # (the narrator's I, with or without the name it gave itself)
        if not any(names & set(ctx.text[s:e].replace(".", "").split()) for n in p.quotes
                   for s, e in vocatives(ctx, ctx.quotes[n]) if ctx.quotes[n].text.strip(" ,.!?;:—–") != ctx.text[s:e]):
            continue  # (a bare name is no call of oneself: “Hollister.” on the telephone, “Buck Tolliver,” says I.)
        q = ctx.quotes[p.quotes[0]]
        me = index.resolve(f.event.chunk)[0]
        other = _acting_before(ctx, index, q, me)
        if other is None:
            found = index.other_person_before(q.start, me, subject_first=True)
            other = found[1] if found is not None else None
        if other is None:
            continue
        for n in p.quotes:
            g = ctx.found[n]
            if g is not None and g.event is f.event:
                ctx.found[n] = replace(g, antecedent=other, via="mention.narrator.called-by-other",
                                       why=f"the turn calls the narrator, {ctx.narrator!r}: {other.text!r} spoke it")


def _acting_before(ctx: Context, index: EntityIndex, q: QuoteSpan, me: int) -> Chunk | None:
    """The subject of the last sentence of narration before quote ``q``, in its paragraph or the one before,
    when it is someone other than entity ``me`` ("The master was standing at the hearth … He did not turn.")."""
    pi = bisect_left(ctx.para_ends(), q.start)
    for i in (pi, pi - 1):
        if i < 0:
            continue
        frames = [(s, e) for s, e in ctx.paras[i].frames(ctx.quotes) if e <= q.start and e - s > 3]
        for s, e in reversed(frames):
            for start in reversed([s, *(x for x in sentence_starts(ctx.text, s, e) if x > s)]):
                c = sentence_subject(ctx.text, start, e)
                if c is not None and is_narrator(c):
                    return None  # (the narrator acts last: nothing to say)
                if c is not None and c.kind == "pronoun" and c.gender in ("m", "f"):
                    c = index.antecedent_besides(c, me)  # (else on to the sentence before: "The master … He …")
                if c is not None and c.kind in ("name", "description") and c.speaker_kind is SpeakerKind.PERSON:
                    return c if index.resolve(c)[0] != me else None
                e = start
    return None
