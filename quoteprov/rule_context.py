"""What the resolver's rules share: paragraphs with their quotes and sentence breaks, what each
quote has been given so far, and the document's entities (built once the cues are known)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

import regex

from quoteprov.cues import SpeechEvent
from quoteprov.entities import EntityIndex
from quoteprov.mentions import Chunk, name_chunk
from quoteprov.people_index import TextFacts
from quoteprov.records import QuoteSpan
from quoteprov.sentences import sentence_ends

WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")  # a word, with inner apostrophes and hyphens

class Para:
    __slots__ = ("start", "end", "quotes", "ends")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end
        self.quotes: list[int] = []
        self.ends: list[int] = []

    def sentence_of(self, pos: int) -> tuple[int, int]:
        n = bisect_right(self.ends, pos)
        return (self.ends[n - 1] if n else self.start), (self.ends[n] if n < len(self.ends) else self.end)

    def frames(self, quotes: tuple[QuoteSpan, ...]) -> Iterator[tuple[int, int]]:
        """The spans of the paragraph outside its outer quotes and their marks (the narration,
        the cues), in text order; one before each quote and one after the last, maybe empty."""
        pos = self.start
        for n in self.quotes:
            q = quotes[n]
            yield pos, max(pos, q.start - len(q.open_mark))
            pos = q.end + len(q.close_mark)
        yield pos, max(pos, self.end)


@dataclass(frozen=True, slots=True)
class Found:
    event: SpeechEvent
    rule: str
    detail: str
    antecedent: Chunk | None = None  # the person a pronoun stands for, when the turns of a dialogue say so
    via: str = ""  # the rule that chose the antecedent ("" for the turn-taking)
    why: str = ""  # and why

    def carried(self, rule: str, detail: str) -> Found:
        """The same speaker given to another quote by ``rule``: the mention, and the antecedent with why it was chosen."""
        return Found(self.event, rule, detail, self.antecedent, self.via, self.why)


@dataclass(slots=True)
class Context:
    text: str
    quotes: tuple[QuoteSpan, ...]
    paras: list[Para]
    mentions: list[Chunk]
    index: EntityIndex | None
    dialogue: bool
    found: list[Found | None]
    _names: frozenset[str] | None = None
    _para_ends: list[int] | None = None
    addressed: frozenset[str] = frozenset()  # in dialogue, the lone names the quotes call people by ("Dana, I—")
    narrator: str = ""  # a first-person narrator's name, once the turns are known
    called: dict[str, str] = field(default_factory=dict)  # an unnamed he/she's name by the others' calls, then too
    narration_i: tuple[list[int], int] | None = None  # where the narration says "I", its length (dialogue/narrator.py)
    headline: int = 0  # where a news headline ends (0: none)
    introduced_as: dict[str, Chunk] = field(default_factory=dict)  # "the stranger" → "Jingleby", who said so
    self_named: list[Chunk] = field(default_factory=list)  # names speakers gave themselves (“My name is Perpetua Vail.”)
    _index_words: frozenset[str] = frozenset()  # the speakers' single words the index was built with
    _learned: frozenset[str] = frozenset()  # those of the paragraphs resolved so far (``learn``)
    _facts: TextFacts | None = None  # what every build of the index finds the same

    def para_ends(self) -> list[int]:
        """Where each paragraph ends, in order (for bisecting a position to its paragraph)."""
        if self._para_ends is None:
            self._para_ends = [p.end for p in self.paras]
        return self._para_ends

    def sentence_start(self, pi: int, pos: int) -> int:
        """Where the sentence of paragraph ``pi`` that holds ``pos`` starts."""
        p = self.paras[pi]
        ends = p.ends if p.quotes else sentence_ends(self.text, p.start, p.end, [])
        return max([e for e in ends if e <= pos] + [p.start])

    def _narration(self) -> list[tuple[int, int]]:
        """The spans of text outside the quotes, in text order."""
        return [span for p in self.paras for span in p.frames(self.quotes)]

    def narration_names(self) -> frozenset[str]:
        """Every name the narration (the text outside the quotes) uses."""
        if self._names is None:
            self._names = frozenset(c.name for c in self.mentions if c.kind == "name")
        return self._names

    def entity_index(self, final: bool = False) -> EntityIndex:
        """The document's entities. A single capitalised word counts as a person where some
        cue made it a speaker ("said Thomas"), so the index is built once the cues are known."""
        if self.index is None or final:
            words = self._speaker_words(self.found) | self.addressed
            if final and not self.dialogue and self.index is not None and not self.narrator and \
                    (words == self._index_words or not self.index.speakers_matter(words)):
                return self.index  # (news: the cues made no new speaker of a lone word the index left out)
        elif self.dialogue and not all(map(self.index.knows_surname, self._learned - self._index_words)):
            # (in a story, rebuilt as cues make new lone words speakers: "This was Mostyn of the Fifth" is
            # a person from his first "said Mostyn" on, as a reader learns it)
            words = self._index_words | self._learned
        else:
            return self.index
        self._index_words = words
        if self._facts is None:
            self._facts = TextFacts.of(self.text, self._narration() if self.dialogue else None)
        mentions = sorted([*self.mentions, *self.self_named], key=lambda c: c.start) if self.self_named else self.mentions
        self.index = EntityIndex(mentions, self.text, self.para_ends(), words, given_names_are_people=self.dialogue,
                                 narrator=self.narrator, facts=self._facts, called=self.called)
        if final and self.dialogue:
            self._speaker_votes(self.index)
        return self.index

    def name_themselves(self, c: Chunk) -> None:
        """Take the name a speaker gave themselves as a mention of them where they said it, for a
        later he/she (“My name is Perpetua Vail.” … “Did I?” she said)."""
        self.self_named.append(c)
        self.index = None

    def learn(self, p: Para) -> None:
        """Take note of the lone words the cues of paragraph ``p`` made speakers (``entity_index``)."""
        if self.dialogue:
            self._learned = self._learned | self._speaker_words(self.found[n] for n in p.quotes)

    @staticmethod
    def _speaker_words(found: Iterable[Found | None]) -> frozenset[str]:
        return frozenset(f.event.chunk.name.split()[-1] for f in found if f is not None and f.event.chunk.kind == "name")

    def _speaker_votes(self, index: EntityIndex) -> None:
        """The genders the speech cues give (rule entity.gender-speaker), in text order, as a
        reader learns them: "… when Felix came in. ¶ “You're up early,” he says." makes Felix a
        man, so a later "She shrugs." is not Felix."""
        seen: set[int] = set()
        for f in self.found:
            if f is None or f.antecedent is not None or f.event.chunk.start in seen:
                continue
            c = f.event.chunk
            seen.add(c.start)
            at = index.antecedent_at(c)
            if at is not None:
                index.vote(at, c.gender)


def own(ev: SpeechEvent | None) -> Found | None:
    return None if ev is None else Found(ev, ev.rule, f"{ev.cue.text!r} → {ev.chunk.text!r}")


def starts_paragraph(ctx: Context, pi: int, q: QuoteSpan) -> bool:
    return ctx.text[ctx.paras[pi].start:q.start - len(q.open_mark)].strip() == ""


def give_antecedent(ctx: Context, quotes: Iterable[int], f: Found, *, antecedent: Chunk, via: str, why: str) -> None:
    """Give the pronoun of ``f``, and of those of ``quotes`` that share its cue, another person to stand for."""
    for k in quotes:
        g = ctx.found[k]
        if g is not None and (g.event is f.event or g.event.chunk.kind == "pronoun" and
                              g.event.chunk.start == f.event.chunk.start):
            # (“Pike,” she said, “I think …”: the she of both pieces)
            ctx.found[k] = replace(g, antecedent=antecedent, via=via, why=why)


def speaker_of(index: EntityIndex, f: Found) -> int:
    """The entity that speaks ``f``: its mention's, or the antecedent's a turn gave its pronoun."""
    return index.resolve(f.antecedent or f.event.chunk)[0]


def named_owner(ctx: Context, c: Chunk) -> Chunk | None:
    """The known person a possessive description opens with ("Mrs. Thorold’s fan", "Marchetti’s answer"), None
    when it opens with no one's name ("the Tobacco Company’s offices", "her answer")."""
    at = max(c.text.find("’s "), c.text.find("'s "))
    if at <= 0 or not c.text[:1].isupper():
        return None
    who = name_chunk(ctx.text, c.start, c.start + at)
    return who if who.kind == "name" and ctx.entity_index().known_person(who) is not None else None
