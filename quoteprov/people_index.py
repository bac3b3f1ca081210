"""The people of one document: who is named where, and which names are one person.

* A person is keyed by surname: "Sergey Lavrov", "Lavrov" and "Mr Lavrov" are one
  entity (rule ``entity.surname-match``); a different given name with the same surname
  is a different person ("Hillary Clinton" and "Chelsea Clinton").
* A person's gender comes from a title, a given name or the he/she the text uses after
  the first mention (``entity.gender-*``); a story's lone given name, a diminutive or a
  titled surname finds the one person it can be (``entity.given-name-match``, ``entity.pet-name``).
* The index keeps every person mention in text order (the timeline) and answers questions
  about it: who was named last before a position, who opens a sentence, who is a parent.

Descriptions are resolved in ``quoteprov.descriptions``, pronouns and the records in
``quoteprov.entities``, both subclasses of this index.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from quoteprov.given_names import abstract_noun, full_forms, gender_of, role_gender
from quoteprov.lexicon import (
    COUNTRY_NAMES,
    DEMONYMS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_COUNTS,
    IRREGULAR_PAST,
    NOT_NAMES,
    ORG_NOUNS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    SPEECH_VERBS,
    TITLES,
)
from quoteprov.mentions import NAME_ADJECTIVES, Chunk, plural_role, pronoun_at, role_word
from quoteprov.names import word_before
from quoteprov.people import (
    ACTS_AFTER,
    AGE,
    APPOSED_AFTER,
    CHARACTER,
    CLAUSE_WORD,
    EPITHET_REACH,
    FATHER_TITLES,
    GENDERED,
    GENERIC,
    GROUP_TITLES,
    KIN,
    MOTHER_TITLES,
    OPENS_CLAUSE,
    PARENT_REACH,
    ROLE_SYNONYMS,
    SUBJECT_REACH,
    VERB_AFTER,
    Person,
    related,
    same_given,
    stem,
    titled_character,
)
from quoteprov.records import SpeakerKind

_OPENING_MARK = regex.compile(r"[“«„]|(?:^|(?<=[\s(\[—–-]))[\"‘']")
# "Young ladies were …": the word after is a plural noun with its own verb, not the name's verb.
_NOUN_THEN_VERB = regex.compile(
    r"[ \u00a0]+\p{Ll}+s(?:[ \u00a0]+(?:never|always|often|seldom|rarely|also|still|all))?[ \u00a0]+"
    r"(?:were|are|have|had|would|could|should|will|did|do)\b"
)
# Last words of a name after "the" that make it an institution or a thing, never a person.
_INSTITUTIONS = frozenset("library school act law hospital museum college academy institute theatre theater club "
                          "society".split())
# The last word of a place's name (not hall, park, court, church, marsh, dale: surnames too).
_PLACE_WORDS = frozenset("lane street road avenue square row terrace heath moor crescent alley wharf quay "
                         "hill downs common wood forest valley lodge manor grange abbey castle cottage priory rectory "
                         "vicarage parsonage towers county township borough district province island river lake "
                         "bay creek harbor harbour boulevard highway parkway plaza elementary airport stadium arena "
                         "station fen vale cove heights springs falls ridge beach bluffs canyon pines inn tavern chapel "
                         "cathedral".split())
_PLACE_NAMES = frozenset(w.capitalize() for w in _PLACE_WORDS)  # "Inn" of "Gray’s Inn"
# Place words that are surnames too ("Philippa Grange").
_SURNAME_PLACES = frozenset(
    "heath moor hill downs wood forest lodge manor grange abbey castle cottage priory ridge beach lake rivers brook lane".split()
)
_PLACE_PREPOSITIONS = PREPOSITIONS - {"for", "with", "by", "about"}  # (not "For Kofi Mensah-Barnes, the goal …")
_AFFILIATION_AFTER = regex.compile(r"[ \u00a0]+(?:of|at|from)[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}[\p{L}.&'’\-]*"
                                   r"(?:,?[ \u00a0]+(?:of|and|for|\p{Lu}[\p{L}.&'’\-]*))*,?")
_AGE_AFTER = regex.compile(r",[ \u00a0]+\d{1,3},")
_BYLINE_BEFORE = regex.compile(r"(?:^|\n)[ \t]*(?:By|BY)[ \u00a0]+$")
_SUBJECT_FIRST_REACH = 600  # characters before the latest other person to look for one who is a subject
_ALONG = frozenset("up down along through throughout beyond round around".split())  # "smuggled up Long Passage"
_INVERTED = regex.compile(r"[,!?—–-][\"”’»'][ \t\u00a0]*(\p{Ll}+)[ \t\u00a0]+$")  # “…,” said | X
# A sentence that opens with a description of a person ("Her neighbor", "The company's lawyer").
_SECOND_APPOSITION = regex.compile(r"[ \u00a0]+(?:(?:an?|the)[ \u00a0]+[^,.;:!?“”\"]{1,50}|\d{1,3}),")  # (or an age: ", 79,")
_DESCRIBED_SUBJECT = regex.compile(
    r"(?:^|(?<=[.!?\n][\"”’']?[ \t]*))(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Oo]ne|"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?[ \u00a0]+)?\p{Lu}[\p{L}&.\-]*['’]s)(?:[ \u00a0]+[\p{L}'’\-]+){0,4}$"
)  # ("One of them, Rosa Delgado, said …")
_PRIOR_WORD = regex.compile(r"(?<![\p{L}'’])(\p{L}+)[ \u00a0]+$")  # the word right before a name
# "Mr Ellery's widow, " / "his son, ": kin named by a possessor's surname, then the given name.
_FAMILY_APPOSITION = regex.compile(
    r"(?P<surname>\p{Lu}\p{Ll}+)['’]s[ \u00a0]+(?:(?:late|eldest|youngest|elder|younger)[ \u00a0]+)?"
    r"(?P<kin>\p{Ll}+),[ \u00a0]+$"
)
KIN_WORDS = (frozenset(KIN) - {"lady"}) | {"widow", "widower"}
_ROLE_COMMA = regex.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|\p{Lu}\p{Ll}+['’]s)[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(\p{Ll}+),[ \u00a0]+$"
)
_WHO_AFTER = regex.compile(r",[ \u00a0]+who\b")
_CLEFT = regex.compile(r"(?:^|(?<=[.!?\n][ \u00a0]*))It[ \u00a0]+was[ \u00a0]+[^.!?;,\n]{1,40}?[ \u00a0]+that[ \u00a0]+$")
# An obituary's list of the family ("She is survived by a sister, Karin Solberg; …"): no one a later he/she means.
_SURVIVED_BY = regex.compile(r"\b(?:survived|predeceased)[ \u00a0]+by\b[^.!?\n]*$")
# A name with a relative clause of speech after it, maybe past an age and an apposition ("The youngest speaker
# was Theo Arbelaez, 17, a junior at the high school, who said he works …"): the one the talk turns to.
_WHO_SAID = regex.compile(r"(?:,[ \u00a0]+[^,.;:!?“”\"\n]{1,80}?){0,2},[ \u00a0]+who[ \u00a0]+(?:said|says|told|tells|added)\b")
_OBJECT_BEFORE = regex.compile(r"\b(?:at|to|with|of|by|for|from|on|in|beside|toward|towards|upon|over)[ \u00a0]+$")
_FAMILY_TITLES = frozenset({"Mrs", "Mrs.", "Miss", "Lady"})
# Ranks a story gives its officers: "Captain Vane" is not "Lady Margaret Vane", his aunt.
_RANKS = frozenset("captain capt capt. colonel col col. major maj maj. general gen gen. admiral adm adm. lieutenant "
                   "lt lt. sergeant sgt sgt. commander cmdr corporal commodore".split())
def _other_family_title(form: str, p: Person) -> bool:
    """Whether ``p`` has only been called by another of Mrs/Miss/Lady than ``form`` has (in a
    story, the mother, the daughter and the aunt of one surname are three people), or ``form``
    is a rank and ``p`` a woman the story titles Mrs/Miss/Lady."""
    title = form.split()[0]
    if title not in _FAMILY_TITLES:
        return title.lower() in _RANKS and p.title_gender == "f"
    theirs = {n.split()[0].rstrip(".") for n in p.forms if len(n.split()) == 2 and n.split()[0] in _FAMILY_TITLES}
    theirs |= p.family_titles
    return bool(theirs) and title.rstrip(".") not in theirs
def _titled_form(c: Chunk, words: list[str]) -> str | None:
    """"Miss Carrow" for a bare surname with its capitalised title, else None."""
    if not c.modifiers or len(words) != 1 or not c.text.endswith(c.name):
        return None
    title = c.text[: len(c.text) - len(c.name)].split()[-1:]
    return f"{title[0]} {c.name}" if title and title[0][:1].isupper() else None


# A full name as an owner: "Adele Callender's campaign" (given name and surname, right before the "'s").
_OWNER = regex.compile(r"(?<![\p{L}.])(\p{Lu}\p{Ll}+)[ \u00a0](\p{Lu}\p{Ll}+)$")


def _owners(text: str) -> frozenset[str]:
    """The surnames of the full names ``text`` writes as owners, not a place's ("New York's"), or with a common
    given name first."""
    found = set()
    for mark in ("’s", "'s"):
        at = text.find(mark)
        while at >= 0:
            m = _OWNER.search(text, max(0, at - 40), at)
            if m is not None and m.group(1) not in _PLACE_FIRSTS and m.group(1).lower() not in NOT_NAMES:
                found.add(m.group(2))
            at = text.find(mark, at + 2)
    # (and of any full name with a common given name: "When Corbin Hollingshead was governor …", in a quote too)
    for m in _FULL_NAME.finditer(text, overlapped=True):
        if gender_of(m.group(1)) and m.group(1).lower() not in NOT_NAMES:
            found.add(m.group(2))
    return frozenset(found)


_NEITHER_IS = regex.compile(r"(?:^|(?<=[.!?”’\"][ \u00a0]+)|(?<=\n))(?:Neither|Nor|So)[ \u00a0]+"
                         r"(?:is|was|are|were|does|did|has|had|will|would|can|could)[ \u00a0]+$")
_FULL_NAME = regex.compile(r"(?<![\p{L}.’'])(\p{Lu}\p{Ll}+)[ \u00a0](\p{Lu}\p{Ll}{2,})(?![\p{L}’'])")
_PLACE_FIRSTS = frozenset("New Los Las San Santa Saint St El La Le Hong Saudi South North East West United Great Sri Costa "
                          "Puerto Rhode Abu Buenos Sierra".split())  # "New York's", "Saudi Arabia's": a place owns it
# In a story, "her" after a gesture one makes with one's own body ("put her hand", "shook her head",
# "with her back to"), not after a verb of looking at someone ("Tinker watched her face").
_OWN_HER = regex.compile(
    r"[^,.;:!?\"“”]{0,40}?\b(?:put|laid|raised|lifted|lowered|dropped|folded|clasped|wrung|shook|tossed|bowed|turned|"
    r"held|bit|pursed|smoothed|untied|with)[ \u00a0]+her[ \u00a0]+\p{Ll}{3,}"
)


@dataclass
class TextFacts:
    """What an index finds in a text whoever speaks it, kept for the index rebuilt as the cues teach new
    speakers (``Context.entity_index``): the narration, the owners' surnames, the described characters."""

    narration: list[tuple[int, int]]  # the text outside the quotes
    owners: frozenset[str]  # see ``_owners``
    characters: list[regex.Match[str]] | None = None  # descriptions of characters ("The landlord"), once asked
    character_spans: list[tuple[int, int]] = field(default_factory=list)
    votes: dict[tuple[int, int], str] = field(default_factory=dict)  # a mention's span → ``_vote``'s answer

    @classmethod
    def of(cls, text: str, narration: list[tuple[int, int]] | None = None) -> TextFacts:
        return cls(narration if narration is not None else [(0, len(text))], _owners(text))


class PeopleIndex:
    """Every person mention of one document, in text order, and the people they name."""

    def __init__(
        self, mentions: list[Chunk], text: str, paragraph_ends: list[int] | None = None,
        speaker_words: frozenset[str] = frozenset(), given_names_are_people: bool = False, narrator: str = "",
        narration: list[tuple[int, int]] | None = None, facts: TextFacts | None = None,
        called: dict[str, str] | None = None,
    ) -> None:
        self._text = text
        self._narrator = narrator  # a first-person narrator's name, when the others use it
        self._called = called or {}  # an unnamed he/she's name, as the others call them (dialogue/called.py)
        self._facts = facts if facts is not None else TextFacts.of(text, narration)
        self._narration = self._facts.narration
        self._introduced_memo: dict[tuple[str, int], bool] = {}
        self._subject_memo: dict[tuple[int, str, int], Chunk | None] = {}
        self._given_names = given_names_are_people  # fiction: "Edward laughed" names a character
        self._para_ends = paragraph_ends or [len(text)]
        self._people: list[Person] = []
        self._orgs: dict[str, int] = {}
        self._org_names: dict[int, list[str]] = {}
        self._kinds: dict[int, SpeakerKind] = {}
        self._next = 0
        self._timeline: list[tuple[int, int, Chunk]] = []  # (position, entity, chunk) of person mentions
        self._by_start: dict[int, int] = {}
        self._speakers = speaker_words
        # The last words of the names that were not taken for people: only a speaker word among them (a cue's
        # "said Thomas") can change what an index built with more speaker words finds (``speakers_matter``).
        self._not_people: set[str] = set()
        # Surnames of the full names the text writes as owners ("Adele Callender's campaign released …"):
        # a later "Callender said" is that person, though the full name was no mention of its own.
        self._owner_names = self._facts.owners
        self._by_surname: dict[str, list[Person]] = {}
        self._by_given: dict[str, list[Person]] = {}  # first given name → people with a full name
        self._described_memo: dict[tuple[int, str, bool, bool], Chunk | None] = {}
        self._person_by_index: dict[int, Person] = {}
        self._name_starts = [c.start for c in mentions if c.kind == "name"]
        self._obituary = "ived by" in text  # ("survived by", "predeceased by": the family an obituary lists)
        self._described_people = given_names_are_people  # fiction: "The doctor sat down. … he said"
        self._with_roles: set[int] = set()  # positions in self._people of those with a role
        self._role_memo: dict[tuple[tuple[str, ...], str], tuple[float, int] | None] = {}  # descriptions.py
        self._title_memo: dict[str, tuple[float, int] | None] = {}
        self._short_memo: dict[tuple[str, int], int | None] = {}  # short_for's answers
        self._chain_memo: dict[tuple[int, int], tuple[int, Person, Chunk] | None] = {}  # a sentence-opening he/she's
        self._position: dict[int, int] = {}  # entity index → position in self._people
        # Organisations the narration names, for a later "it said" ("a statement" is no one).
        self._org_mentions = [c for c in mentions if c.speaker_kind is SpeakerKind.ORGANISATION and
                              (c.kind == "name" or c.kind == "description" and c.head not in DOCUMENT_NOUNS)]
        # "TriMet, the regional transit agency, …": a name an organisation noun stands in apposition to.
        self._org_named = {a.start: b.head for a, b in zip(mentions, mentions[1:]) if a.kind == "name" and
                           b.kind == "description" and b.head in ORG_NOUNS and text[a.end:b.start].strip() == ","}
        prev: Chunk | None = None
        for c in mentions:
            ent: Person | None = None
            if c.kind == "name":
                if text[c.start - 3:c.start] in ("By ", "BY ") and \
                        _BYLINE_BEFORE.search(text, max(0, c.start - 8), c.start) is not None:
                    prev = c
                    continue  # "By Jenna Ruiz, Senior Reporter": the reporter, no one a he or she of the story stands for
                if text[c.start - 2:c.start] == ", " and text.startswith(",", c.end) and \
                        (org := _ORG_APPOSED.search(text, max(0, c.start - 40), c.start)) is not None and \
                        org.group(1) in ORG_NOUNS:
                    self._org_named[c.start] = org.group(1)  # "His congregation, Iglesia Nueva Esperanza, has …"
                if c.name.isupper() and len(c.name) > 3:
                    c = _spoken_case(text, c)  # "Running mate RAY LINDQVIST … Lindqvist laughed": one person
            if given_names_are_people and c.kind == "description" and titled_character(c):
                c = c._replace(kind="name")  # "the Colonel": in a story, what the character is called
                titled = self._unique_title(c.head)  # "Captain Hale … the Captain"
                ent = self._people[titled[1]] if titled is not None else self._person_for(c, self._vote(c))
            elif c.kind == "name" and c.speaker_kind is SpeakerKind.PERSON and c.start not in self._org_named and \
                    not _org_place(text, prev, c) and self._taken_for_person(c):
                ent = self._person_for(c, self._vote(c))
            if ent is None and c.kind == "description" and c.head in ORG_NOUNS:
                ent = self._possessor(c)  # "Whitfield's office said …": Whitfield, for a later "she"
                if ent is not None:
                    self._timeline.append((c.start, ent.index, c))
            elif ent is not None:
                self._timeline.append((c.start, ent.index, c))
                self._by_start[c.start] = ent.index
            elif c.kind == "description" and prev is not None and prev.kind == "name" and \
                    prev.start in self._by_start and APPOSED_AFTER.fullmatch(text, prev.end, c.start):
                # Apposition: "Lavrov, the Russian foreign minister, …"
                ent = self._people[self._by_start[prev.start]]
                self._add_roles(ent, (w for w in (*c.modifiers, c.head) if w not in DETERMINERS and w not in GENERIC))
            elif c.kind == "description" and c.start not in self._by_start and \
                    (epithet := self._epithet(c)) is not None:
                # "For Mensah-Barnes, the goal was his first. The 23-year-old said …": he, for a later he
                self._timeline.append((c.start, epithet.index, c))
            elif not given_names_are_people and c.kind == "description" and c.modifiers == ("the",) and \
                    role_word(c.head) and (titled := self._unique_title(c.head)) is not None:
                # "Governor Ilse Marrow … The governor, a former deputy finance minister, argued …": her, for a she
                self._timeline.append((c.start, self._people[titled[1]].index, c))
            elif c.kind == "description" and c.modifiers == ("the",) and c.head in ("former", "latter"):
                pair = self._former_latter(c)  # "Jane and Elizabeth … the former … said she": Jane, for the she
                if pair is not None:
                    self._timeline.append((c.start, pair.index, c))
            prev = c

    def _possessor(self, c: Chunk) -> Person | None:
        """The person already named whose surname owns the description ``c`` ("Whitfield's office")."""
        owner = c.modifiers[0] if c.modifiers else ""
        if not owner.endswith(("'s", "’s")):
            return None
        people = self._by_surname.get(stem(owner[:-2]), [])
        return people[-1] if people else None

    def _add_roles(self, p: Person, words: Iterable[str]) -> None:
        self._role_memo.clear()
        self._title_memo.clear()
        p.roles.update(words)
        if p.roles:
            self._with_roles.add(self._position[p.index])

    def _vote(self, c: Chunk) -> str:
        """The gender the text gives a person mention (rule entity.gender-pronoun): when the
        mention is the first name of its sentence and no he/his/she comes before it there, the
        first "he"/"his"/"she"/sentence-initial "Her" after it in the paragraph, before the next
        name. "" when there is none. (The text's alone: kept across rebuilds of the index.)"""
        key = (c.start, c.end)
        vote = self._facts.votes.get(key)
        if vote is None:
            vote = self._facts.votes[key] = self._find_vote(c)
        return vote

    def _find_vote(self, c: Chunk) -> str:
        n = bisect_left(self._name_starts, c.start)
        floor = max(0, c.start - 400)
        text, at = self._text, c.start
        sentence_start = max(floor, text.rfind(".", floor, at), text.rfind("!", floor, at), text.rfind("?", floor, at),
                             text.rfind("\n", floor, at))
        if n > 0 and self._name_starts[n - 1] > sentence_start:
            return ""  # "… killed Osama bin Laden and said she …": not the sentence's first name
        if GENDERED.search(text, sentence_start, at):
            return ""  # "She had always liked Ray, and she …": the pronoun before is the subject
        para_end = self._para_ends[min(bisect_left(self._para_ends, c.end), len(self._para_ends) - 1)]
        limit = min(para_end, c.end + 200, self._name_starts[n + 1] if n + 1 < len(self._name_starts) else len(self._text))
        opening = _OPENING_MARK.search(self._text, c.end, limit)
        if opening is not None:
            limit = opening.start()  # "Kitty coloured. “Only Captain Orme, and he …”": the speaker's he is another
        if self._described_people:  # "Vane stayed in the yard. A tall woman stood by the gate, and she …"
            other = CHARACTER.search(self._text, c.end, limit)
            if other is not None:
                limit = other.start()
        found = GENDERED.search(self._text, c.end, limit)
        own = _OWN_HER.match(self._text, c.end, found.start() if found is not None else limit) \
            if self._described_people else None
        if own is not None:
            return "f"  # "Edie reached across and put her hand over his": her hand, before his
        if found is None:
            return ""
        return "m" if found.group().lower() in ("he", "his") else "f"

    def _headline(self) -> bool:
        """Whether the text's first paragraph is a headline: no full stop ends it."""
        return self._text[:self._para_ends[0]].rstrip().rstrip("\"”’'")[-1:] not in ".!?"

    def _opens_sentence(self, c: Chunk) -> bool:
        """A subject position: the mention starts its sentence or a clause (after an opening
        adverb, ", and", or an opening phrase and a comma before its verb), or stands right
        after a quote (“…,” Warren said)."""
        i = c.start - 1
        while i >= 0 and self._text[i] in " \t\u00a0":
            i -= 1
        if i >= 0 and self._text[i] in "\"”’»":
            return True
        if not self._given_names and i >= 0 and self._text[i].islower():  # in news, after a word
            inverted = _INVERTED.search(self._text, max(0, c.start - 30), c.start)
            if inverted is not None and inverted.group(1) in SPEECH_VERBS:
                return True  # “…,” said Annette Ruiz
            if _NEITHER_IS.search(self._text, max(0, c.start - 20), c.start) is not None:
                return True  # "Neither is Tolliver.": the subject, after its verb
        while i >= 0 and self._text[i] in "\"“‘'":
            i -= 1
        if i < 0 or self._text[i] in ".!?\n:;":
            return True
        # After a short opening phrase: "At last Marianne put down her work", "Then, Clinton said".
        if OPENS_CLAUSE.search(self._text, max(0, c.start - 30), c.start) is not None:
            return True
        # After a cleft's "that": "It was at this point that the little priest in the corner … gave a small cough".
        if _CLEFT.search(self._text, max(0, c.start - 60), c.start) is not None:
            return True
        # After a comma, before its verb: "Asked about the remarks, McConnell shrugged."
        if self._text[i] != ",":
            return False
        if VERB_AFTER.match(self._text, c.end) is not None:
            return True
        age = _AGE_AFTER.match(self._text, c.end)  # "Inside the store, Pastor Armando Quezada, 55, was handing …"
        if age is not None and VERB_AFTER.match(self._text, age.end()) is not None:
            return True
        # "In an editorial, Dr. Ann Lee of the University of Utah wrote" (a name: "…, 38, a nurse from Chesterfield
        # County, said" is an apposition)
        where = _AFFILIATION_AFTER.match(self._text, c.end) if c.kind == "name" else None
        if where is not None and VERB_AFTER.match(self._text, where.end()) is not None:
            return True
        # In apposition to the subject: "Her neighbor, Tom Briggs, said he …".
        if not self._text.startswith(",", c.end) or _DESCRIBED_SUBJECT.search(self._text, max(0, i - 60), i) is None:
            return False
        after = c.end + 1
        second = _SECOND_APPOSITION.match(self._text, after)  # "…, Sen. Teresa Valdane, a New Mexico Democrat, tried"
        return VERB_AFTER.match(self._text, second.end() if second is not None else after) is not None

    def speakers_matter(self, words: frozenset[str]) -> bool:
        """Whether an index built with the speaker words ``words`` instead could find other people: only when
        one of the new words ends a name this one did not take for a person."""
        return not (words - self._speakers).isdisjoint(self._not_people)

    def _taken_for_person(self, c: Chunk) -> bool:
        if self._person_like(c):
            return True
        self._not_people.add(c.name.split()[-1] if c.name else "")
        return False

    def _person_like(self, c: Chunk) -> bool:
        if c.text.isupper() and c.name.isupper() and len(c.text) > 3:
            return False  # a heading ("CHAPTER ONE"), not a name
        if c.start > 0 and self._text[c.start - 1] == "(":
            return False  # "Cllr Hugh Pellow (Lib Dem, Castle ward)": a party, a ward, a state
        prior = _PRIOR_WORD.search(self._text, max(0, c.start - 12), c.start) if self._given_names else None
        prior_word = prior.group(1).lower() if prior is not None else ""
        if any(w.lower() in GROUP_TITLES for w in c.text.split()[:2]) or prior_word in GROUP_COUNTS:
            return False  # "the Misses Bennet", "the two Miss Maunders": sisters, not one person
        if self._given_names and c.kind == "name" and c.text[:4] in ("The ", "the ") and len(c.text.split()) > 2 and \
                not any(m in TITLES for m in c.modifiers if m != "the") and c.name.split()[-1] not in self._speakers:
            return False  # in a story, "The Drover's Rest", "the Red Lion": a place (not "the Owl", "the Colonel")
        if c.name in _PLACE_NAMES and _possessed(c):
            return False  # "at my office in Gray’s Inn", "St. John’s Wood": a place that bears someone's name
        if c.modifiers:
            return True
        if c.text[:4] in ("the ", "The ") and c.name.split()[-1].lower() in _INSTITUTIONS:
            return False  # "the School Library Staffing Act", "the Kline Law": an institution or a law
        if c.text[:2].lower() == "a " or c.text[:3].lower() == "an ":
            return False  # "had faced a Board of Examiners and a Permanent Under-Secretary": no one in particular
        words = c.name.split()
        if len(words) == 1 and abstract_noun(words[0]):
            return False  # "a great deal of Firmness": a quality, no one
        if len(words) == 1 and words[0] in DEMONYMS or c.name in COUNTRY_NAMES:
            return False  # "the English who came for it": a people, no one; "South Korea": a country
        if len(words) >= 2 and (words[-1].lower() in _PLACE_WORDS and not (
                len(words) == 2 and gender_of(words[0]) and words[-1].lower() in _SURNAME_PLACES) or words[0] == "New"):
            return False  # "Cinder Lane", "Chessel Heath", "Tower Hill", "New York" (no one's given name is New): a place
            # (but "Philippa Grange", "Tom Hill", "Ruth Wood": a given name and a surname)

        known = stem(words[-1]) in self._by_surname or words[-1] in self._owner_names
        if len(words) == 1 and words[0][-1] == "s" and not known and plural_role(words[0].lower()):
            return False  # "Doctors sometimes call it …": people of a kind, not someone so named
        if known or words[-1] in self._speakers:
            return True  # known (or the surname of a full name first met as an owner: "Adele Callender's campaign")
        before = self._text[max(0, c.start - 36):c.start].split()
        if len(before) >= 2 and before[-1].lower() in _PLACE_ADJECTIVES:
            before = before[:-1]  # "a nurse from nearby Elkton Ford", "in neighboring Pike County"
        if len(before) >= 3 and before[-1] in ("and", "or") and before[-2][:1].isupper() and \
                before[-3].lower() in _PLACE_PREPOSITIONS:
            before = before[:-2]  # "trade missions to Seoul and São Paulo": the second place shares the first's "to"
        if before and (before[-1].lower() in _PLACE_PREPOSITIONS or before[-1].lower() in _ALONG) and \
                not gender_of(words[0]):
            return False  # "in New York", "from Islamabad": a place, not a person
        if len(words) == 1 and before and (before[-1] == "in" or before[-1] == "at" and len(before) > 1 and
                                           not before[-2].endswith(("ed", "ing")) and
                                           before[-2].lower() not in IRREGULAR_PAST):
            return False  # "in Florence", "the colony at Florence" (not "looked at Florence"): a town
        if len(words) >= 2:
            return True
        if _AGE_AFTER.match(self._text, c.end) is not None and words[0].lower() not in NOT_NAMES:
            return True  # "Tommy, 12, carried a sign", "Keisha, 34, a pediatric nurse, walked …": a person and an age
        if words[0] in _named_before_who(self._text) and words[0].lower() not in NOT_NAMES:
            return True  # "Marisol had never been to a protest" … "Marisol, who asked that her last name be withheld"
        if self._text.find("name", max(0, c.start - 12), c.start) >= 0 and \
                _FIRST_NAME.search(self._text, max(0, c.start - 30), c.start) is not None:
            return True  # "a 43-year-old farmer who gave only his first name, Yusuf, said": the name of a person
        if gender_of(words[0]):
            role = _ROLE_COMMA.search(self._text, max(0, c.start - 40), c.start)
            if role is not None and (role_word(role.group(1)) or role_gender(role.group(1))) and \
                    self._text.startswith(",", c.end):
                return True  # "Mr Ellery's widow, Susan, read a statement": the role names a person
        if not self._given_names and gender_of(words[0]) and len(self._by_given.get(stem(words[0]), ())) == 1 and \
                VERB_AFTER.match(self._text, c.end) is not None:
            return True  # in news, "Amara did not hesitate" after "Amara Okeke, now 13, …": the one so named
        # In a story, a lone common given name or role word ("Edward", "Mother"), or a name that
        # opens its sentence with a past-tense verb after it ("Holt found Marsh in the stable").
        # So is one with "old", "little", "poor" before it, or "who" after it ("old Tobias, who …").
        return self._given_names and (bool(gender_of(words[0]) or role_gender(words[0].lower())) or
                                      (self._opens_sentence(c) or CLAUSE_WORD.search(self._text, max(0, c.start - 8),
                                                                                      c.start) is not None) and
                                      ACTS_AFTER.match(self._text, c.end) is not None and
                                      _NOUN_THEN_VERB.match(self._text, c.end) is None or
                                      prior_word in NAME_ADJECTIVES or _WHO_AFTER.match(self._text, c.end) is not None)

    def _new_index(self, kind: SpeakerKind) -> int:
        i = self._next
        self._next += 1
        self._kinds[i] = kind
        return i

    def _role_gender(self, c: Chunk) -> str:
        """The gender a role word gives a name: among its titles ("spokeswoman Ann Lee") or right
        before it ("9/11 widow Terry Strada", "his wife Mary")."""
        for word in (*c.modifiers, word_before(self._text, max(0, c.start - 30), c.start)[0]):
            gender = role_gender(word)
            if gender:
                return gender
        return ""

    def knows_surname(self, word: str) -> bool:
        """Whether some person of the index goes by ``word`` as a surname (a speaker's lone word
        that the index already takes for a person)."""
        return stem(word) in self._by_surname

    def short_for(self, word: str) -> int | None:
        """The one person whose given (or only) name ``word`` is the start of ("Gem" for Gemma, "Lyme" for
        Lyman), at least three letters of it; None when no one, or several, could be so called."""
        w = stem(word)
        if len(w) < 3:
            return None
        key = (w, len(self._people))  # (asked again for each call of each turn, while no one new is met)
        if key not in self._short_memo:
            found = {p.index for given, people in self._by_given.items() if given.startswith(w) and given != w
                     for p in people}
            found |= {p.index for surname, people in self._by_surname.items() if surname.startswith(w) and surname != w
                      for p in people if len(p.name.split()) == 1}
            self._short_memo[key] = found.pop() if len(found) == 1 else None
        return self._short_memo[key]

    def called_by_full_name(self, word: str) -> int | None:
        """The one person the text knows by a diminutive of the full given name ``word`` (“Winifred, did you …”
        to the girl the narration calls Winnie), if exactly one."""
        low = word.lower()
        found = {p.index for p in self._people if low in full_forms(p.name.split()[0])}
        return found.pop() if len(found) == 1 else None

    def known_person(self, c: Chunk) -> int | None:
        """The entity of the person the name ``c`` names, if the text has them (nothing changes)."""
        if c.start in self._by_start:
            return self._by_start[c.start]
        words = c.name.split()
        match = self._match(c, words, c.gender or self._role_gender(c), "", _titled_form(c, words))
        return match.index if match is not None else None

    def _match(self, c: Chunk, words: list[str], titled: str, vote: str, form: str | None) -> Person | None:
        """The person already in the index that the name ``c`` names, if any: the one called
        by exactly this titled name before ("Miss Carrow", not her sister "Miss Louisa Carrow"),
        else the latest of the surname whose given names and gender agree; in a story, a lone
        given name the one person of that first name ("Anne" after "Anne Lindley")."""
        surname = stem(words[-1])
        given = [stem(w) for w in words[:-1]]
        same = self._by_surname.get(surname, ())
        if form is not None:
            for p in reversed(same):
                if form in p.forms:
                    return p
        elif len(words) == 1 and not titled and len(same) > 1:
            # "Ron Schaefer … Schaefer is the kind of voter … Deb Schaefer, his wife … “…,” Schaefer said": the
            # one the text has called by the bare surname most (first, on a tie), not the latest of the family
            bare = [p for p in same if c.name in p.forms]
            if bare:
                return max(bare, key=lambda p: (p.names.count(c.name), -p.index))
        for p in reversed(same):
            if form is not None and self._given_names and _other_family_title(form, p):
                continue  # "Miss Ashworth" is not "Lady Ashworth", her aunt
            known = p.title_gender or p.gender
            said = titled or vote
            if said and known and said != known and (titled or p.title_gender or not given) and \
                    (titled or not p.name_gender or p.name != c.name):
                continue  # "Mr. Hartwell" and "Mrs. Hartwell" (or "Irene Hartwell") are two people; "Kitty" is one
            first = p.name.split()[0]
            if given and len(p.name.split()) == 2 and first.lower() in TITLES and \
                    (first in _FAMILY_TITLES and not (first.startswith("Mrs") and "mrs" in c.modifiers)
                     or gender_of(words[0]) not in ("", p.gender)):
                continue  # "Mrs. Hartwell" is not "Eleanor Hartwell", her daughter (but "Mrs. Cecilia Hartwell"),
                # "Miss Vane" not "Miss Clara Vane", her younger sister; "Mr. Quill" is not "Martha Quill"
            full = [stem(w) for w in p.name.split()[:-1] if w.lower() not in TITLES]  # "Mr. Holroyd" is "John Holroyd"
            if not given or not full or same_given(given, full):
                return p
        if len(words) == 1 and (self._given_names or not titled and c.modifiers == () and gender_of(words[0])):
            said = titled or gender_of(words[0]) or vote  # ("Anne", "Miss Anne"; in news a given name too: "Amara"
            # after "Amara Okeke"; the name's own gender before a guess from the pronouns near it: "Beatrix did not
            # ask him how he knew")
            named = [p for p in self._by_given.get(surname, ()) if (not said or not p.gender or p.gender == said) and
                     (self._given_names or len(p.name.split()) <= 3)]
            if len(named) == 1:
                return named[0]  # entity.given-name-match
        if len(words) == 1 and self._given_names:
            pet = self._pet_name_of(words[0], titled or vote)
            if pet is not None:
                return pet  # entity.pet-name
        if len(words) == 2 and self._given_names and not same:
            # "Callum … Callum Kell": the one person the story knew by that given name alone.
            said = titled or vote
            lone = [p for p in self._by_surname.get(stem(words[0]), ()) if len(p.name.split()) == 1 and
                    (not said or not p.gender or p.gender == said)]
            if len(lone) == 1:
                return lone[0]
        return None

    def _pet_name_of(self, word: str, gender: str = "") -> Person | None:
        """In a story, the one person whose given name a diminutive stands for ("Lizzy" →
        "Elizabeth", "Ned" → "Edward Ferrars"), when exactly one person has such a name."""
        found: list[Person] = []
        for full in full_forms(word):
            for p in (*self._by_given.get(full, ()), *self._by_surname.get(full, ())):
                if p not in found and (len(p.name.split()) == 1 or p in self._by_given.get(full, ())) and \
                        (not gender or not p.gender or p.gender == gender):
                    found.append(p)
        return found[0] if len(found) == 1 else None

    def _person_for(self, c: Chunk, vote: str = "") -> Person:
        self._role_memo.clear()  # (who has which roles, and who was seen last, may change: asked again)
        self._title_memo.clear()
        words = c.name.split()
        surname = stem(words[-1])
        titled = c.gender or self._role_gender(c)  # Mrs., "spokesman X", "9/11 widow X"
        form = _titled_form(c, words)
        match = self._match(c, words, titled, vote, form)
        if match is None:
            match = Person(self._new_index(SpeakerKind.PERSON), surname)
            self._position[match.index] = len(self._people)
            self._people.append(match)
            self._by_surname.setdefault(surname, []).append(match)
            self._person_by_index[match.index] = match
        if len(words) > 1 and match not in self._by_surname.get(surname, ()):
            self._by_surname.setdefault(surname, []).append(match)  # "Callum", then "Callum Kell"
        match.title_gender = match.title_gender or titled  # entity.gender-title
        if not match.name_gender and (len(words) > 1 or self._given_names):
            match.name_gender = gender_of(words[0])  # entity.gender-given-name
            if len(words) == 1 and not match.name_gender:
                match.name_gender = role_gender(words[0].lower())  # "Mother", "Uncle" for a name
        if vote:
            match.votes[0 if vote == "m" else 1] += 1
        if form is not None:
            # A bare surname with its title names the person in full ("Mrs. Hartwell", "Captain Rowe").
            match.add_name(form, rank=0.5)
        else:
            match.add_name(c.name)
            if len(words) > 1 and c.modifiers and c.text.endswith(c.name):
                # "Miss Kitty Lacey" is "Miss Lacey", not "Mrs. Lacey" (her mother, Mrs. Harriet Lacey)
                title = [w for w in c.text[: len(c.text) - len(c.name)].split() if w in _FAMILY_TITLES]
                if title:
                    match.family_titles.add(title[-1].rstrip("."))
            if len(words) > 1 and match not in self._by_given.setdefault(stem(words[0]), []):
                self._by_given[stem(words[0])].append(match)
            family = _FAMILY_APPOSITION.search(self._text, max(0, c.start - 60), c.start) if len(words) == 1 else None
            if family is not None and family.group("kin") in KIN_WORDS:
                # "Mr Ellery's widow, Susan,": she is Susan Ellery
                full = f"{words[0]} {family.group('surname')}"
                match.add_name(full)
                if match not in self._by_surname.setdefault(stem(family.group("surname")), []):
                    self._by_surname[stem(family.group("surname"))].append(match)
        if c.modifiers:  # no new roles otherwise, and the person's are already on record
            self._add_roles(match, (w for w in c.modifiers if w not in DETERMINERS and w not in POSSESSIVE_PRONOUNS))
        match.last_seen = c.start
        return match

    def is_person(self, c: Chunk) -> bool:
        """Whether the mention ``c`` is one of the people of the text (not a place, a heading)."""
        return c.start in self._by_start

    def mentioned(self, c: Chunk) -> bool:
        """Whether a person of the name ``c`` (by its last word, or in a story by the full name a
        lone diminutive stands for: "Lizzy") is mentioned outside the quotes."""
        words = c.name.split()
        if not words:
            return False
        if stem(words[-1]) in self._by_surname:
            return True
        if not self._given_names:
            return False
        if len(words) == 2:  # "Callum Kell" of the "Callum" the narration names
            return any(len(p.name.split()) == 1 for p in self._by_surname.get(stem(words[0]), ()))
        # "Ellen" of the "Ellen Roper" the narration names, or "Lizzy" of "Elizabeth"
        return len(words) == 1 and (stem(words[0]) in self._by_given or self._pet_name_of(words[0]) is not None)

    def other_person_after(self, pos: int, exclude: int, reach: int) -> tuple[int, Chunk] | None:
        """The first person mentioned in ``text[pos:pos + reach]`` who is not entity ``exclude``."""
        for n in range(self._before(pos), len(self._timeline)):
            at, idx, mention = self._timeline[n]
            if at >= pos + reach:
                break
            if idx != exclude:
                return idx, mention
        return None

    def named_between(self, index: int, lo: int, hi: int) -> bool:
        """Whether entity ``index`` is mentioned by name in ``text[lo:hi]``."""
        for n in range(self._before(hi) - 1, -1, -1):
            pos, idx, _ = self._timeline[n]
            if pos < lo:
                return False
            if idx == index:
                return True
        return False

    def other_person_before(self, pos: int, exclude: int, also: frozenset[int | None] = frozenset(),
                            subject_first: bool = False) -> tuple[int, Chunk] | None:
        """The latest person mentioned before ``pos`` who is not entity ``exclude`` (nor one of ``also``); with
        ``subject_first``, a subject of the narration a little before it first ("Anson Raynor had seen them
        oftener than anyone. He had been a young man when Horace Lanier first sent for him": Raynor)."""
        latest: tuple[int, int, Chunk] | None = None
        for n in range(self._before(pos) - 1, -1, -1):
            at, idx, mention = self._timeline[n]
            if idx == exclude or idx in also:
                continue
            if not subject_first:
                return idx, mention
            if latest is None:
                latest = (at, idx, mention)
            if latest[0] - at > _SUBJECT_FIRST_REACH:
                break
            if self._opens_sentence(mention) and self._in_narration(at):
                # (as last mentioned: "Mr. Ashby returned her to her mother and went to fetch lemonade" tells he left)
                last = next(k for k in range(self._before(pos) - 1, n - 1, -1) if self._timeline[k][1] == idx)
                return idx, self._timeline[last][2]
        return (latest[1], latest[2]) if latest is not None else None

    def salient_before(self, pos: int, also: frozenset[int | None], reach: int) -> tuple[int, Chunk, int] | None:
        """Of the people mentioned in ``text[pos - reach:pos]`` (not one of ``also``), the one the text
        has mentioned most before ``pos`` (the nearer on a tie), at their last mention by name, and where
        the text last spoke of them, a he/she in the narration too ("He turned to his son. …")."""
        counts: dict[int, int] = {}
        last: dict[int, tuple[int, Chunk]] = {}
        for at, idx, mention in self._timeline[:self._before(pos)]:
            if idx in also:
                continue
            counts[idx] = counts.get(idx, 0) + 1
            last[idx] = (at, mention)
        latest = {idx: at_mention[1].end for idx, at_mention in last.items()}
        for m in _HE_SHE.finditer(self._text, max(0, pos - reach), pos):
            c = pronoun_at(m.start(), m[0])
            if self._in_narration(c.start) and (found := self._antecedent_person(c)) is not None and \
                    found[1].index in counts:
                counts[found[1].index] += 1  # "He had moved the aspidistra …": the same person, again
                latest[found[1].index] = max(latest[found[1].index], c.end)
        near = [idx for idx in counts if pos - last[idx][0] <= reach]
        if not near:
            return None
        best = max(near, key=lambda idx: (counts[idx], last[idx][0]))
        return best, last[best][1], latest[best]

    def parent_before(self, pos: int, gender: str, exclude: int) -> tuple[int, Chunk] | None:
        """Whom a child's "Papa" or "Mamma" calls: the latest person mentioned before ``pos`` with a
        parent's title of that gender ("Mr. Thorley", "Mrs. Vesey", "Sir Gregory", "Lady Corbridge"),
        not the speaker ``exclude``, within a scene's reach."""
        titles = FATHER_TITLES if gender == "m" else MOTHER_TITLES
        child = self.person_at(exclude)
        latest: tuple[int, Chunk] | None = None
        for n in range(self._before(pos) - 1, -1, -1):
            at, idx, mention = self._timeline[n]
            if pos - at > PARENT_REACH:
                break
            words = mention.text.split()
            # (named in the narration: not “… if Mrs. Dapple says so”, a neighbour talked of)
            if idx == exclude or len(words) < 2 or words[0].lower().rstrip(".") not in titles or not self._in_narration(at):
                continue
            if child is not None and child.surname == stem(words[-1]):
                return idx, mention  # Caroline Pennithorne's "Mamma": Mrs. Pennithorne, not Mrs. Dapple named since
            latest = latest or (idx, mention)
        return latest

    def titled_without_given(self, gender: str, exclude: int) -> bool:
        """Whether someone known only by title and surname ("Mr. Penrose"), of ``gender``, other than
        ``exclude``, is in the text: whose given name a lone "Arthur" may be."""
        return any(p.index != exclude and p.gender in (gender, "") and len(p.name.split()) == 2 and
                   p.name.split()[0].rstrip(".").lower() in TITLES for p in self._people)

    def vote(self, at: int, gender: str) -> None:
        """A he/she the text uses for the person mentioned at ``at`` ("“You're up early,” he
        says."): evidence of that person's gender, as a pronoun after the mention is."""
        if at in self._by_start and gender in ("m", "f"):
            self._people_by_index(self._by_start[at]).votes[0 if gender == "m" else 1] += 1

    def _before(self, pos: int) -> int:
        """How many person mentions start before ``pos`` (the timeline is in text order)."""
        return bisect_left(self._timeline, pos, key=lambda entry: entry[0])

    def person_at(self, index: int) -> Person | None:
        return self._person_by_index.get(index)

    def _people_by_index(self, index: int) -> Person:
        p = self.person_at(index)
        assert p is not None
        return p

    def _in_narration(self, pos: int) -> bool:
        n = bisect_right(self._narration, (pos, len(self._text))) - 1
        return n >= 0 and self._narration[n][0] <= pos < self._narration[n][1]

    def _antecedent_person(self, c: Chunk, exclude: int = -1) -> tuple[int, Person, Chunk] | None:
        """The person a he/she/who refers to: the nearest earlier subject (a mention opening its
        sentence, or right after a quote) within a few hundred characters whose gender does not
        disagree, over a nearer object ("Clinton … killed bin Laden and said she …"); past
        that reach, the nearest mention whose gender does not disagree."""
        best: tuple[int, int, Person, Chunk] | None = None
        nearest = asked = None
        reach = SUBJECT_REACH
        if self._given_names:  # in a story, back to the start of the paragraph before at least
            k = bisect_left(self._para_ends, c.start)
            if k >= 2:
                reach = max(reach, c.start - self._para_ends[k - 2])
        for n in range(self._before(c.start) - 1, -1, -1):
            pos, idx, mention = self._timeline[n]
            p = self._people_by_index(idx)
            if c.gender in ("m", "f") and p.gender and p.gender != c.gender or idx == exclude or \
                    self._obituary and _SURVIVED_BY.search(self._text, max(0, pos - 200), pos):
                continue  # (nor the family an obituary lists: "… is survived by a sister, Karin Solberg; …")
            if self._text[mention.end:c.start].strip() == ",":
                continue  # "Hollingshead, he said, “at least talks like …”": the one talked of, not the he
            if not self._given_names and pos < self._para_ends[0] < c.start and self._headline():
                continue  # (a headline's words, "Dreamers And Their Allies Are Furious …", are no he's or she's)
            if not self._given_names and mention.kind == "name" and mention.text[:4].lower() == "the " and \
                    not mention.modifiers and not p.gender and not mention.head.endswith("man") and \
                    not role_word(mention.head):
                continue  # in news, "the Red Cross", "the Condors": a body, never a he or a she
            if nearest is None:
                nearest = (pos, p, mention)
            if asked is None and p.gender == c.gender and _ASKED_BEFORE.search(self._text, max(0, pos - 12), pos):
                asked = (pos, p, mention)  # "… asked Dunleavy whether he would accept the results … ¶ “…,” he said"
            if c.start - pos > reach:
                break
            score = 1 if (self._opens_sentence(mention) or _WHO_SAID.match(self._text, mention.end)) and \
                (not mention.text.endswith(("'s", "’s")) or _OWN_WORDS.match(self._text, mention.end)) else 0
            # ("Ashby's shift ended at 11.": the shift's sentence; but "Tate's view of it was simpler": his words)
            if best is None or score > best[0]:
                best = (score, pos, p, mention)
        if asked is not None and (best is None or best[1] < asked[0]) and \
                len(_BREAKS.findall(self._text, asked[0], c.start)) == 1:
            return asked  # (the one a question was put to in the paragraph before answers it)
        if c.gender in ("m", "f") and (best is None or best[0] == 0 and _OBJECT_BEFORE.search(
                self._text, max(0, best[1] - 16), best[1]) is not None):  # (the nearest named only an object)
            floor = best[1] if best is not None and self._given_names else c.start - reach
            # (in news, the he/she opening a sentence before the object too: "He spends his evenings reading a
            # biography of Robert La Follette … ¶ “…,” he said.")
            chained = self._chained(c, floor, exclude)
            if chained is not None:
                return chained
        if best is not None:
            return best[1], best[2], best[3]
        return nearest

    def _chained(self, c: Chunk, floor: int, exclude: int) -> tuple[int, Person, Chunk] | None:
        """In a story, when no subject names the he/she ``c`` within reach, the person a he/she of its gender
        that opens a sentence of the narration after ``floor`` stands for ("The Pilgrim looked round at them
        all — at Mr. Wagstaff, at Mr. Cribble … — and then he opened the bag. ¶ He took out the potato first. …
        ¶ “It's a road-book,” said he.": the Pilgrim, not Mr. Cribble, the nearest named)."""
        opening = _OPENING_HE if c.gender == "m" else _OPENING_SHE
        for m in reversed(list(opening.finditer(self._text, pos=max(0, floor), endpos=c.start))):
            if not self._in_narration(m.start()):
                continue
            key = (m.start(), exclude)
            if key not in self._chain_memo:
                self._chain_memo[key] = self._antecedent_person(pronoun_at(m.start(), m[0]), exclude)
            found = self._chain_memo[key]
            return found if found is not None and found[1].index != exclude else None
        return None

    def _epithet(self, c: Chunk) -> Person | None:
        """"the 34-year-old nurse": an age epithet stands for the person named last before it,
        within a few paragraphs, whose gender does not disagree with the role."""
        if not c.modifiers or c.modifiers[0] != "the" or not (
                len(c.modifiers) >= 2 and AGE.fullmatch(c.modifiers[1]) or len(c.modifiers) == 1 and AGE.fullmatch(c.head)):
            return None  # ("the 34-year-old nurse", "the 23-year-old")
        gender = role_gender(c.head)
        opens = max(self._text.rfind(". ", 0, c.start), self._text.rfind("\n", 0, c.start))
        for n in range(self._before(c.start) - 1, -1, -1):
            pos, idx, _ = self._timeline[n]
            if c.start - pos > EPITHET_REACH:
                return None
            if pos > opens:
                continue  # "Asked whether she would appear alongside Eleanor Whitcomb, the 52-year-old Democrat said": another
            p = self._people_by_index(idx)
            if not gender or not p.gender or p.gender == gender:
                return p
        return None

    def _former_latter(self, c: Chunk) -> Person | None:
        """"the former", "the latter": the first or the second of the last two people named
        (“Mr. Quill and Mr. Bracegirdle met … ¶ ‘A raw morning,’ observed the former.”)."""
        if c.modifiers != ("the",) or c.head not in ("former", "latter"):
            return None
        last: list[int] = []
        for n in range(self._before(c.start) - 1, -1, -1):
            _, idx, mention = self._timeline[n]
            if mention.head in ("former", "latter") and mention.kind == "description":
                continue  # (an earlier "the former" names neither of the two again)
            if idx not in last:
                last.append(idx)
                if len(last) == 2:
                    return self._people_by_index(last[1] if c.head == "former" else last[0])
        return None

    def _unique_title(self, head: str) -> tuple[float, int] | None:
        """"the captain", "the senator": the one person the text gave that title, if only one."""
        if head not in self._title_memo:
            self._title_memo[head] = self._find_unique_title(head)
        return self._title_memo[head]

    def titled_one(self, head: str, before: int) -> tuple[int, Chunk] | None:
        """"Captain", called bare: the one person the text gave that title, at their last mention
        before ``before``, else their first (None when several have it, or none)."""
        found = self._unique_title(head)
        if found is None:
            return None
        idx = self._people[found[1]].index
        return next(((idx, mention) for at, i, mention in reversed(self._timeline[:self._before(before)]) if i == idx),
                    next(((idx, mention) for at, i, mention in self._timeline if i == idx), None))  # (or named after)

    def _find_unique_title(self, head: str) -> tuple[float, int] | None:
        found = [n for n in sorted(self._with_roles)
                 if any(related(head, r) or head in ROLE_SYNONYMS.get(r, ())
                        for r in self._people[n].roles)]  # "Gov. Armitage … The governor"; "my friend Vance … my companion"
        return (1.0, found[0]) if len(found) == 1 else None


_OWN_WORDS = regex.compile(r"[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(?:view|views|take|version|opinion|answer|reply|response|"
                        r"reaction|explanation|account|assessment|verdict|advice|message|words|reasoning|argument|"
                        r"point|excuse|comment|comments|remark|remarks)\b")
_PLACE_ADJECTIVES = frozenset("nearby neighboring neighbouring downtown suburban rural northern southern eastern "
                               "western central".split())
_BREAKS = regex.compile(r"\n[ \t\r\n]*")
# "His congregation, Iglesia Nueva Esperanza, has …": a name in apposition to an organisation's noun
# (the subject opening its sentence: not "Inside the store, Pastor Armando Quezada, 55, was …")
_ORG_APPOSED = regex.compile(r"(?:^|(?<=[.!?]['\"”’]?[ \u00a0]+)|(?<=\n))(?:His|Her|Its|Their|The|\p{Lu}\p{L}*['’]s)"
                             r"[ \u00a0]+(?:\p{Ll}+[ \u00a0]+){0,2}"
                             r"(\p{Ll}+),[ \u00a0]+$")


@lru_cache(maxsize=4)
def _named_before_who(text: str) -> frozenset[str]:
    """The lone capitalised words the text writes before ", who" somewhere (found once per text)."""
    return frozenset(_LONE_NAME_WHO.findall(text)) if ", who" in text else frozenset()


_LONE_NAME_WHO = regex.compile(r"(?<![\p{L}.][ \u00a0])(?<![\p{L}])(\p{Lu}\p{Ll}+),[ \u00a0]+who\b")


def _possessed(c: Chunk) -> bool:
    """Whether mention ``c`` names something with its owner before it ("Gray’s Inn": its name is "Inn")."""
    return c.text.endswith(c.name) and c.text[:-len(c.name)].rstrip().endswith(("’s", "'s", "’", "'"))


def _spoken_case(text: str, c: Chunk) -> Chunk:
    """A full name set in capitals, as a newsletter sets the people it is about ("Ellison spokeswoman
    TASHA GREER"), written as the text writes its surname elsewhere ("Greer said"): a person's name, not
    a heading; otherwise ``c`` unchanged."""
    words = c.name.split()
    if not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words) or not gender_of(words[0].capitalize()):
        return c  # (a given name first: not the dateline "SILVER BUTTE, Mont. —")
    cased = []
    for w in words:
        m = regex.search(rf"(?<!\p{{L}})(?i:{w})(?!\p{{L}})(?<=\p{{Lu}}\p{{Ll}}+)", text)
        if m is None and w is words[-1]:
            return c  # ("CHAPTER ONE", "USA TODAY": no surname written in lower case anywhere)
        cased.append(m.group() if m is not None else w.capitalize())
    return c._replace(name=" ".join(cased))


_FIRST_NAME = regex.compile(r"\b(?:first|given)[ \u00a0]+name(?:[ \u00a0]+as)?,?[ \u00a0]+$")
_ASKED_BEFORE = regex.compile(r"\b(?:asked|pressed|questioned)[ \u00a0]+$")
_HE_SHE = regex.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_OPENING_HE = regex.compile(r"(?<=[.!?][\"”’']?[ \u00a0]+|\n)He\b")  # a sentence of the narration opening with he/she
_OPENING_SHE = regex.compile(r"(?<=[.!?][\"”’']?[ \u00a0]+|\n)She\b")


def _org_place(text: str, prev: Chunk | None, c: Chunk) -> bool:
    """"the University of California, San Francisco, …": where the organisation just named is, not a person."""
    return prev is not None and prev.kind == "name" and prev.speaker_kind is SpeakerKind.ORGANISATION and \
        text[prev.end:c.start] == ", " and text[c.end:c.end + 1] == "," and not gender_of(c.name.split()[0])
