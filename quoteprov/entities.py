"""Speakers as entities within one document: the resolution of any mention.

* Names and descriptions resolve through the people index (``quoteprov.people_index``,
  ``quoteprov.descriptions``); organisations are keyed by their words without
  determiners and possessive marks.
* A pronoun goes to the nearest earlier person mention that agrees in gender when
  gender is known (``mention.pronoun.nearest``), preferring a subject; in a story, a
  character described since ("The landlord came out") or not named yet.
* A relative pronoun stands for the mention it follows (``mention.relative.antecedent``).
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from quoteprov.descriptions import DescribedPeople
from quoteprov.given_names import role_gender
from quoteprov.lexicon import DETERMINERS, DOCUMENT_NOUNS, ORG_NOUNS, WRITINGS
from quoteprov.mentions import Chunk, chunks
from quoteprov.names import word_before
from quoteprov.people import (
    ACTS_AFTER,
    APPOSED_AFTER,
    CHARACTER,
    CLAUSE_WORD,
    EPITHET_REACH,
    EPITHETS,
    KIN,
    SUBJECT_REACH,
    UNNAMED_NARRATOR,
    WHO_NEXT,
    Person,
    character_pattern,
)
from quoteprov.records import Entity, SpeakerKind, Step
from quoteprov.sentences import sentence_starts

_PLACE_PREPOSITIONS = frozenset("from in of at near outside".split())
_LIKENED_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:(?:air|look|manner|kind|sort|way|bearing|gravity|dignity|voice|face)[ \u00a0]+of|like|than)[ \u00a0]+$"
)
_AS_BEFORE = regex.compile(r"(?<![\p{L}])as[ \u00a0]+$")
def _likeness(text: str, m: regex.Match[str]) -> bool:
    """Whether the description ``m`` finds is only a likeness: "with the air of a man conferring a
    favour", "like a man who", "he smiled as a man smiles who holds every card"."""
    return _LIKENED_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None or \
        m.group().split(None, 1)[0].lower() in ("a", "an") and \
        _AS_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None
_DOCUMENT_FROM = regex.compile(
    r"\b(?:[Aa]n?|[Tt]he)[ \u00a0]+(?:[\p{Ll}\-]+[ \u00a0]+){0,2}(?:"
    + "|".join(sorted(WRITINGS))
    + r")[ \u00a0]+from[ \u00a0]+"
)  # "a text message from …", "the letter from …"
_IN_RELATIVE = regex.compile(r"\b(?:which|whom)[ \u00a0]+(?:the[ \u00a0]+)?$")  # "… which the Captain observed"
_ANY_ORGANISATION = frozenset("group organization organisation".split())  # "the group": whichever was named
_COPULA_BEFORE = regex.compile(r"(?<![\p{L}])(?:was|is|were|are|seemed|became|remained)"
                                r"(?:[ \u00a0]+(?:not|never|no[ \u00a0]+longer|still|always|hardly|scarcely))?[ \u00a0]+$")
_PAREN_BEFORE = regex.compile(r"[ \u00a0]*\([^()]{1,60}\),?[ \u00a0]*$")
# Turns after "a young woman" came in past which a "she" no longer means her for want of a name: a
# named woman has been talking since (“… having struck a woman who had never been struck.” … she said).
_NEW_CHARACTER_TURNS = 3
DESCRIBED_REACH = 1500  # characters a he/she looks back for "a young woman" the story has not named
_NAMED_LATER_REACH = 2500  # characters after a he/she no one before can be, to the person it is


class EntityIndex(DescribedPeople):
    """Every speaker-like mention of one document, in text order, and the entities they form."""

    def antecedent_at(self, c: Chunk) -> int | None:
        """Where the person mention a he/she ``c`` stands for starts, when only one person within
        reach agrees with its gender ("Nora … Felix came in. ¶ “…,” he says." with Nora known
        a woman); None when several could be meant (nothing changes)."""
        if c.kind != "pronoun" or c.gender not in ("m", "f"):
            return None
        found = self._antecedent_person(c)
        if found is None:
            return None
        described = self._described(c, indefinite=True, gendered=True)
        if described is not None and described.start > found[0]:
            return None  # "an old woman … She looked up": perhaps no named person at all
        for n in range(self._before(c.start) - 1, -1, -1):
            pos, idx, _ = self._timeline[n]
            if c.start - pos > SUBJECT_REACH:
                break
            p = self._people_by_index(idx)
            if p is not found[1] and (not p.gender or p.gender == c.gender):
                return None  # another person it could be
        return found[0]

    def resolve(self, c: Chunk) -> tuple[int, str, SpeakerKind, tuple[Step, ...]]:
        """Entity index, canonical name, kind and reasoning for the mention ``c``."""
        if c.kind == "pronoun":
            return self._pronoun(c)
        if c.start in self._org_named:
            c = c._replace(speaker_kind=SpeakerKind.ORGANISATION)
        if c.kind == "name" and c.speaker_kind is SpeakerKind.PERSON:
            p = self._person_for(c) if c.start not in self._by_start else self._people_by_index(self._by_start[c.start])
            steps = (Step("entity.surname-match", f"{c.text!r} → {p.name}"),) if p.name != c.name else ()
            return p.index, p.name, SpeakerKind.PERSON, steps
        if c.kind == "description" and c.start in self._by_start:
            p = self._people_by_index(self._by_start[c.start])  # "the Colonel" in a story
            return p.index, p.name, SpeakerKind.PERSON, ()
        if c.kind == "description" and c.speaker_kind is not SpeakerKind.ORGANISATION:
            linked = self._description(c)
            if linked is not None:
                return linked
        named = self._named_organisation(c) if c.kind == "description" else None
        if named is not None:  # "The Air Carriers Council … said in a statement … “…,” the group said."
            idx, name, kind, via = self.resolve(named)
            return idx, name, kind, (Step("mention.description.organisation", f"{c.text!r} → {named.text!r}"), *via)
        key = " ".join(w for w in c.text.lower().replace("’", "'").split() if w not in DETERMINERS)
        if key not in self._orgs:
            kind = c.speaker_kind
            self._orgs[key] = self._new_index(kind)
            self._org_names[self._orgs[key]] = []
        idx = self._orgs[key]
        self._org_names[idx].append(c.text)
        return idx, c.name, self._kinds[idx], ()

    def _pronoun(self, c: Chunk) -> tuple[int, str, SpeakerKind, tuple[Step, ...]]:
        if c.text in ("who", "which"):
            # A relative pronoun stands for the mention it follows ("a senior official who …").
            antecedent = self._antecedent(c)
            if antecedent is not None:
                idx, name, kind, steps = self.resolve(antecedent)
                step = Step("mention.relative.antecedent", f"{c.text!r} → {antecedent.text!r}")
                return idx, name, kind, (step, *steps)
        if c.gender in ("m", "f", "w"):
            found = self._antecedent_person(c)
            if found is not None and self._described_people and not found[1].gender:
                # In a story, "an old woman … She looked up" over a nearer-named person of unknown gender.
                described = self._described(c, indefinite=True, gendered=True)
                if described is not None and described.start > found[0]:
                    idx, name, kind, steps = self.resolve(described)
                    return idx, name, kind, (Step("mention.pronoun.description", f"{c.text!r} → {described.text!r}"),
                                             *steps)
            if found is not None and self._described_people:
                # In a story, "The landlord came out … ¶ “…,” said he": a character described as the
                # subject of a sentence after the person's last mention is who the pronoun means; when that
                # mention is in a relative clause, from the start of its sentence ("The lawyer bowed to each
                # of them, … which the Captain observed and did not understand. ¶ “…,” he began": the lawyer).
                after = self._sentence_start(found[0]) if _IN_RELATIVE.search(
                    self._text, max(0, found[0] - 12), found[0]) else found[0]
                described = self._described_subject(c, after)
                if described is not None:
                    idx, name, kind, steps = self.resolve(described)
                    return idx, name, kind, (Step("mention.pronoun.described-subject",
                                                  f"{c.text!r} → {described.text!r}"), *steps)
            if found is not None:
                pos, p, mention = found
                distance = self._text.count("\n", pos, c.start)
                step = Step("mention.pronoun.nearest", f"{c.text!r} → {mention.text!r} ({distance} line breaks back)")
                return p.index, p.name, SpeakerKind.PERSON, (step,)
            described = self._described(c)
            if described is not None:
                idx, name, kind, steps = self.resolve(described)
                step = Step("mention.pronoun.description", f"{c.text!r} → {described.text!r}")
                return idx, name, kind, (step, *steps)
            later = self._named_later(c)
            if later is not None:
                pos, p, mention = later
                return p.index, p.name, SpeakerKind.PERSON, (
                    Step("mention.pronoun.named-later", f"{c.text!r} → {mention.text!r}, the first of that gender named after"),)
        if c.text == "I" and self._narrator:
            return self._narrator_entity()
        if c.text.lower() == "it":
            writer = self._writer_before(c)
            if writer is not None:  # "… a text message from the board's chair, Penelope Vantassel, … It said: “…”"
                idx, name, kind, steps = self.resolve(writer)
                return idx, name, kind, (Step("mention.pronoun.document", f"{c.text!r} → {writer.text!r}"), *steps)
            org = self._organisation_before(c)
            if org is not None:
                idx, name, kind, steps = self.resolve(org)
                return idx, name, kind, (Step("mention.pronoun.organisation", f"{c.text!r} → {org.text!r}"), *steps)
        called = self._called.get(c.text.lower()) if c.gender in ("m", "f") else None
        if called is not None:  # “What, Arlette?” ¶ “I said nothing.”: the she the others call Arlette
            key = "called " + called
            if key not in self._orgs:
                self._orgs[key] = self._new_index(SpeakerKind.PERSON)
                self._org_names[self._orgs[key]] = []
            self._org_names[self._orgs[key]].append(called)
            return self._orgs[key], called, SpeakerKind.PERSON, (
                Step("mention.pronoun.called", f"{c.text!r} → {called}, as the others call them"),)
        key = "pronoun " + c.text.lower()
        if key not in self._orgs:
            self._orgs[key] = self._new_index(SpeakerKind.UNNAMED)
            self._org_names[self._orgs[key]] = []
        idx = self._orgs[key]
        self._org_names[idx].append(c.text)
        return idx, c.text, SpeakerKind.UNNAMED, (Step("mention.pronoun.unresolved", repr(c.text)),)

    def _named_later(self, c: Chunk) -> tuple[int, Person, Chunk] | None:
        """In a story, a he/she no one before can be ("She came in at ten past six without knocking."):
        the first person of that gender named after it, within a few paragraphs ("My name is Irene
        Castellane," she said)."""
        if c.gender not in ("m", "f"):
            return None  # (news too: a feature's lede "The woman at the wheel … she calls" names her later)
        for pos, idx, mention in self._timeline[self._before(c.end):]:
            if pos - c.start > _NAMED_LATER_REACH:
                return None
            p = self._people_by_index(idx)
            if p.gender == c.gender:
                return pos, p, mention
        return None

    def _sentence_start(self, pos: int) -> int:
        floor = max(0, pos - SUBJECT_REACH)
        return max(floor, *(self._text.rfind(mark, floor, pos) + 1 for mark in ".!?\n"))

    def _writer_before(self, c: Chunk) -> Chunk | None:
        """What an "It said" stands for when the sentence before brings in a document from someone: the
        one it is from ("a text message from the board's chair, Penelope Vantassel, …"), the name in
        apposition first."""
        floor = max(0, c.start - SUBJECT_REACH)
        found = list(_DOCUMENT_FROM.finditer(self._text, floor, c.start))
        if not found:
            return None
        after = found[-1].end()
        stop = min(c.start, after + 120)
        near = [m for m in chunks(self._text, after, stop) if m.kind in ("name", "description")]
        if not near or near[0].start != after:
            return None
        if len(near) > 1 and near[1].kind == "name" and APPOSED_AFTER.fullmatch(self._text, near[0].end, near[1].start):
            return near[1]  # "the board's chair, Penelope Vantassel"
        return near[0]

    def _named_organisation(self, c: Chunk) -> Chunk | None:
        """"the group", "the company", "the council": the organisation named last before it within a few
        paragraphs whose own noun is that one ("the council" → "the Lower Tamsett River Council"), any
        organisation for "the group" or "the organization"."""
        if c.modifiers != ("the",) or c.head not in ORG_NOUNS or c.head in DOCUMENT_NOUNS:
            return None
        n = bisect_left(self._org_mentions, c.start, key=lambda m: m.start)
        nearest = None
        for m in reversed(self._org_mentions[:n]):
            if c.start - m.start > EPITHET_REACH:
                break
            if m.kind == "name" and (c.head in m.text.lower().split() or self._org_named.get(m.start) == c.head):
                return m  # ("the council": "the Council on Rail Safety"; "the charity": "Safe Homes, a charity,")
            if m.kind == "name" and c.head in _ANY_ORGANISATION:
                if self._opens_sentence(m):
                    return m  # the subject, not one it spoke of ("… urged Congress to move faster")
                nearest = nearest or m
        return nearest

    def organisation_before(self, c: Chunk) -> Chunk | None:
        """The organisation an "it" or "its" at ``c`` stands for, if any (nothing changes)."""
        return self._organisation_before(c)

    def _organisation_before(self, c: Chunk) -> Chunk | None:
        """What an "it said" stands for: the nearest organisation named before it within a few
        hundred characters, one that opens its sentence first ("The Federal Aviation
        Administration said it was monitoring the situation. “…,” it said.")."""
        n = bisect_left(self._org_mentions, c.start, key=lambda m: m.start)
        nearest = None
        for m in reversed(self._org_mentions[max(0, n - 8):n]):
            if c.start - m.start > SUBJECT_REACH:
                break
            if self._opens_sentence(m):
                return m
            nearest = nearest or m
        return nearest

    def _narrator_entity(self) -> tuple[int, str, SpeakerKind, tuple[Step, ...]]:
        """The narrator of a first-person story, named as the other characters address them."""
        if "narrator" not in self._orgs:
            self._orgs["narrator"] = self._new_index(SpeakerKind.PERSON)
            self._org_names[self._orgs["narrator"]] = [self._narrator]
        if self._narrator == UNNAMED_NARRATOR:
            step = Step("mention.narrator.unnamed", "'I' → the narrator of a first-person story that never names them")
        elif self._given_names:  # a story
            step = Step("mention.narrator.addressed", f"'I' → {self._narrator}, as the others address the narrator")
        else:  # news: a column, an op-ed (quoteprov.author)
            step = Step("mention.narrator.author", f"'I' → {self._narrator}, the author the byline or closing line names")
        return self._orgs["narrator"], self._narrator, SpeakerKind.PERSON, (step,)

    def _described(self, c: Chunk, indefinite: bool = False, gendered: bool = False) -> Chunk | None:
        """In fiction, with no named person to stand for: the nearest "the doctor", "the young man"
        (or "a woman") in the few hundred characters before the pronoun whose gender does not
        disagree (with ``gendered``, that says the pronoun's gender: "woman", not "doctor")."""
        if not self._described_people:
            return None
        key = (c.start, c.gender, indefinite, gendered)
        if key not in self._described_memo:  # asked again for one pronoun by several rules
            self._described_memo[key] = self._find_described(c, indefinite, gendered)
        return self._described_memo[key]

    def _find_described(self, c: Chunk, indefinite: bool, gendered: bool) -> Chunk | None:
        floor = max(0, c.start - SUBJECT_REACH)
        for m in reversed(list(character_pattern(indefinite).finditer(self._text, floor, c.start))):
            g = role_gender(m.group("head"))
            if _likeness(self._text, m) or self._narration and not self._in_narration(m.start()):
                continue  # "with the air of a man conferring a favour": a likeness, no one there; nor one a
                # quote talks of (“You know a man named Arnie Sayle?”)
            if g == c.gender or not g and not gendered:
                found = [d for d in chunks(self._text, m.start(), m.end()) if d.kind == "description"]
                if found:
                    return found[-1]
        return None

    def _described_subject(self, c: Chunk, after: int) -> Chunk | None:
        """The nearest character the narration describes as the subject of a sentence between
        ``after`` and the pronoun ``c`` ("The landlord came bustling out"), whose gender does not
        disagree with the pronoun's (one that says the pronoun's gender, "A young woman", may
        stand further back than the reach of a subject)."""
        key = (c.start, c.gender, after)
        if key not in self._subject_memo:  # asked again for one pronoun by several rules
            self._subject_memo[key] = self._find_described_subject(c, after)
        return self._subject_memo[key]

    def _find_described_subject(self, c: Chunk, after: int) -> Chunk | None:
        floor = max(after, c.start - DESCRIBED_REACH)
        facts = self._facts
        if facts.characters is None:  # found once for the whole text: pronouns ask again and again
            facts.characters = [m for start, end in self._narration for m in CHARACTER.finditer(self._text, start, end)]
            facts.character_spans = [m.span() for m in facts.characters]
        ms, spans = facts.characters, facts.character_spans
        lo = bisect_left(spans, (floor, -1))
        hi = lo
        while hi < len(ms) and spans[hi][1] <= c.start:
            hi += 1
        for m in reversed(ms[lo:hi]):
            g = role_gender(m.group("head"))
            if g and g != c.gender or not g and c.start - m.start() > SUBJECT_REACH or not self._in_narration(m.start()):
                continue
            if m.group("head") in EPITHETS and m.group()[:2].lower() != "a " and m.group()[:3].lower() != "an " \
                    and not self.introduced(m.group("head"), m.start()) and not WHO_NEXT.match(self._text, m.end()):
                # "The old man pushed back his chair": a character the story has named, most likely (the one
                # the epithet names, if it does: "old Marrable … The old man did not seem to have heard"), when it
                # opens its sentence; even one it cannot tie to a name ("The old man said nothing to that. He had a
                # way of saying nothing …" ¶ “Dalton,” he said: the old man, not Stolk, named last)
                named = [d for d in chunks(self._text, m.start(), m.end()) if d.kind == "description"]
                if named and self._opens_sentence(named[-1]) and EPITHETS[m.group("head")] in ("", c.gender):
                    return named[-1]
                continue
            if _COPULA_BEFORE.search(self._text, max(0, m.start() - 24), m.start()) is not None:
                continue  # "He was a big man, heavy in the shoulders": said of someone, not someone new
            if _likeness(self._text, m):
                continue  # "with the air of a man conferring a favour", "like a man who": a likeness, no one there
            if self._text.startswith(("’s", "'s"), m.end()):
                continue  # "The estate agent's board had gone up": the board is the subject, no one there
            if m.group()[:1] in "Aa" and after < m.start() and not sentence_starts(self._text, after, m.start()):
                continue  # "Mr. Richard Holcroft came in, …, as rooms do when there comes into them a man who …": him
            found = [d for d in chunks(self._text, m.start(), m.end()) if d.kind == "description"]
            if found and (self._opens_sentence(found[-1]) or self._subordinate_kin(found[-1]) or
                          g == c.gender and m.group()[:1] in "Aa" and
                          self._pronoun_subject_between(g, m.end(), c.start) and
                          self._quotes_between(m.end(), c.start) <= _NEW_CHARACTER_TURNS):
                return found[-1]
        return None

    def _quotes_between(self, start: int, end: int) -> int:
        """How many quotes lie between ``start`` and ``end`` (narration spans that begin after a quote)."""
        return bisect_left(self._narration, (end, -1)) - bisect_left(self._narration, (start + 1, -1))

    def _subordinate_kin(self, d: Chunk) -> bool:
        """A description opening a clause without a comma, its verb after it: "he did not look up
        when his wife came in" (a kin word only for a named person: Mrs. Ormsby, when he is Mr.
        Ormsby), "the door opened and the butler came in"; not one of no one in particular ("nothing
        that a respectable person need be ashamed of")."""
        if d.modifiers[:1] in (("a",), ("an",)) or CLAUSE_WORD.search(self._text, max(0, d.start - 8), d.start) is None or \
                ACTS_AFTER.match(self._text, d.end) is None:
            return False
        return self._kin(d) is not None if d.head in KIN else True

    def _pronoun_subject_between(self, gender: str, start: int, end: int) -> bool:
        """Whether a sentence opens with a he/she of ``gender`` in the narration between ``start`` and
        ``end`` ("… let in a young woman in a grey coat. She stood dripping on the flags.")."""
        word = "She" if gender == "f" else "He"
        return any(self._in_narration(m.start()) for m in
                   regex.finditer(rf"(?<=[.!?][\"”’']?[ \u00a0]+){word}\b", self._text, pos=start, endpos=end))

    def names_someone(self, c: Chunk) -> bool:
        """Whether a named person of the text can be the he/she ``c`` (nothing changes)."""
        return self._antecedent_person(c) is not None

    def antecedent_besides(self, c: Chunk, exclude: int) -> Chunk | None:
        """The mention a he/she ``c`` stands for when it cannot be entity ``exclude`` (the person
        its quote speaks to): the next person by the same rules, else a described character."""
        if c.kind != "pronoun" or c.gender not in ("m", "f"):
            return None
        found = self._antecedent_person(c, exclude)
        if found is not None and self._described_people:
            described = self._described_subject(c, found[0])  # "A constable stood at the door. … asked him"
            if described is not None:
                return described
        return found[2] if found is not None else self._described(c, indefinite=True)

    def _antecedent(self, c: Chunk) -> Chunk | None:
        end = c.start
        paren = _PAREN_BEFORE.search(self._text, max(0, c.start - 80), c.start)
        if paren is not None:
            end = paren.start()  # "Cllr Hugh Pellow (Lib Dem, Castle ward), who": the name before the brackets
        found = chunks(self._text, max(0, end - 120), end)
        best = found[-1] if found else None
        if paren is not None and best is not None and self._text[best.end:end].strip() == "":
            return best if best.kind != "pronoun" else None
        if best is None or best.kind == "pronoun":
            return None
        between = self._text[best.end:c.start].strip()
        if between not in ("", ","):
            return None
        if c.text == "who" and len(found) >= 3 and best.kind == "name" and found[-2].kind == "name" and \
                self._text[found[-2].end:best.start] == ", " and \
                word_before(self._text, max(0, found[-2].start - 20), found[-2].start)[0] in _PLACE_PREPOSITIONS:
            found, best = found[:-1], found[-2]  # "from Council Bluffs, Iowa, who asked": the town and its state
        if c.text == "who" and len(found) >= 2 and best.kind == "name" and \
                word_before(self._text, max(0, best.start - 20), best.start)[0] in _PLACE_PREPOSITIONS and \
                self._text[found[-2].end:best.start].strip().lower() in _PLACE_PREPOSITIONS:
            described = found[-2]  # "a retired snowplow driver from Hortonville, who said": the driver …
            if len(found) >= 3 and found[-3].kind == "name" and described.kind == "description" and \
                    APPOSED_AFTER.fullmatch(self._text, found[-3].end, described.start):
                return found[-3]  # … "Dale Ebbesmeyer, 74, a retired snowplow driver …": Dale Ebbesmeyer
            return described
        return best

    def entities(self) -> tuple[Entity, ...]:
        out = [Entity(p.index, p.name, SpeakerKind.PERSON, tuple(dict.fromkeys(p.names))) for p in self._people]
        for key, idx in self._orgs.items():
            names = tuple(dict.fromkeys(self._org_names[idx]))
            out.append(Entity(idx, names[0] if names else key, self._kinds[idx], names))
        return tuple(sorted(out, key=lambda e: e.index))
