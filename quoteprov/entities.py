"""Speakers as entities within one document.

* A person is keyed by surname: "Sergey Lavrov", "Lavrov" and "Mr Lavrov" are one
  entity (rule ``entity.surname-match``); a different given name with the same surname
  is a different person ("Hillary Clinton" and "Chelsea Clinton").
* A pronoun goes to the nearest earlier person mention that agrees in gender when
  gender is known (``mention.pronoun.nearest``).
* A description ("the Russian foreign minister", "a Russian top diplomat") goes to the
  named person whose titles and appositions share its nationality or role words
  (``mention.description.role-match``), else it stands for itself.
* Organisations are keyed by their words without determiners and possessive marks.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

import regex

from quoteprov.given_names import full_forms, gender_of, role_gender
from quoteprov.lexicon import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    GROUP_COUNTS,
    IRREGULAR_PAST,
    ORG_NOUNS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLES,
    UNNAMED_HEADS,
)
from quoteprov.mentions import HONORIFICS, NAME_ADJECTIVES, Chunk, chunks, owner_pronoun, role_word
from quoteprov.names import word_before
from quoteprov.people import (
    ACTS_AFTER,
    AGE,
    EPITHET_REACH,
    GENDERED,
    GENERIC,
    GROUP_TITLES,
    KIN,
    OPENS_CLAUSE,
    ROLE_SYNONYMS,
    SUBJECT_REACH,
    VERB_AFTER,
    Person,
    character_pattern,
    related,
    same_given,
    stem,
    titled_character,
)
from quoteprov.records import Entity, SpeakerKind, Step

_OPENING_MARK = regex.compile(r"[“«„]|(?:^|(?<=[\s(\[—–-]))[\"‘']")


_PARENT_TITLES = {"mother": "Mrs", "father": "Mr"}
# "Young ladies were …": the word after is a plural noun with its own verb, not the name's verb.
_NOUN_THEN_VERB = regex.compile(
    r"[ \u00a0]+\p{Ll}+s(?:[ \u00a0]+(?:never|always|often|seldom|rarely|also|still|all))?[ \u00a0]+"
    r"(?:were|are|have|had|would|could|should|will|did|do)\b"
)
# Last words of a name after "the" that make it an institution or a thing, never a person.
_INSTITUTIONS = frozenset("library school act law hospital museum college academy institute theatre theater club "
                          "society".split())
_SPOUSE_TITLES = {"wife": "Mrs", "lady": "Mrs", "husband": "Mr"}
_FATHER_TITLES = frozenset("mr sir lord colonel captain major general dr squire".split())
_MOTHER_TITLES = frozenset("mrs lady dame".split())
_PARENT_REACH = 6000  # characters back to the parent a "Papa" calls
_APPOSED_AFTER = regex.compile(r"[ \u00a0]*,[ \u00a0]*(?:\d{1,3},[ \u00a0]*)?")  # "Dale Ebbesmeyer, 74, a retired …"
_PLACE_PREPOSITIONS = frozenset("from in of at near outside".split())
_PLACE_WORDS = frozenset("lane street road avenue square row terrace heath moor crescent alley wharf quay "
                         "hill downs common wood forest valley lodge manor grange abbey castle cottage priory rectory "
                         "vicarage parsonage towers county township borough district province island river lake "
                         "bay creek harbor harbour".split())  # (not hall, park, court: surnames too)
_LIKENED_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:(?:air|look|manner|kind|sort|way|bearing|gravity|dignity|voice|face)[ \u00a0]+of|like|than)[ \u00a0]+$"
)
_ALONG = frozenset("up down along through throughout beyond round around".split())  # "smuggled up Long Passage"
_AS_BEFORE = regex.compile(r"(?<![\p{L}])as[ \u00a0]+$")


def _likeness(text: str, m: regex.Match[str]) -> bool:
    """Whether the description ``m`` finds is only a likeness: "with the air of a man conferring a
    favour", "like a man who", "he smiled as a man smiles who holds every card"."""
    return _LIKENED_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None or \
        m.group().split(None, 1)[0].lower() in ("a", "an") and \
        _AS_BEFORE.search(text, max(0, m.start() - 4), m.start()) is not None


_COPULA_BEFORE = regex.compile(r"(?<![\p{L}])(?:was|is|were|are|seemed|became|remained)[ \u00a0]+$")
# A clause that opens without a comma, its subject next: "he did not look up when his wife came in",
# "which Dele claimed stood for …".
_CLAUSE_WORD = regex.compile(r"(?<![\p{L}])(?:which|who|that|when|while|as|and|but|until|till|before)[ \u00a0]+$")
_IMPLIED_TITLES = {"husband": "Mr.", "wife": "Mrs.", "father": "Mr.", "mother": "Mrs."}
_INVERTED = regex.compile(r"[,!?—–-][\"”’»'][ \t\u00a0]*(\p{Ll}+)[ \t\u00a0]+$")  # “…,” said | X
# A sentence that opens with a description of a person ("Her neighbor", "The company's lawyer").
_SECOND_APPOSITION = regex.compile(r"[ \u00a0]+(?:an?|the)[ \u00a0]+[^,.;:!?“”\"]{1,50},")
_DESCRIBED_SUBJECT = regex.compile(
    r"(?:^|(?<=[.!?\n][\"”’']?[ \t]*))(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Oo]ne|"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?[ \u00a0]+)?\p{Lu}[\p{L}&.\-]*['’]s)(?:[ \u00a0]+[\p{L}'’\-]+){0,4}$"
)  # ("One of them, Rosa Delgado, said …")


_CHARACTER = character_pattern(True)
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
_PAREN_BEFORE = regex.compile(r"[ \u00a0]*\([^()]{1,60}\),?[ \u00a0]*$")
_FOR_SOMEONE = regex.compile(r"[ \u00a0]+(?:for|to)[ \u00a0]+\p{Lu}")  # "a spokesman for Ridley", "an aide to Fisk"
_WHO_NEXT = regex.compile(r"[ \u00a0]+(?:who|whom|whose)\b")  # "The lady who entered": one the clause brings in
_WHO_AFTER = regex.compile(r",[ \u00a0]+who\b")
# Heads that, after "the", usually describe a character already named ("the old man", "the girl");
# after "a", a new one ("A young woman in a grey cloak").
_EPITHETS = {"man": "m", "gentleman": "m", "boy": "m", "fellow": "m", "lad": "m", "youth": "m",
             "woman": "f", "lady": "f", "girl": "f", "child": "", "person": ""}
DESCRIBED_REACH = 1500  # characters a he/she looks back for "a young woman" the story has not named


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


_NAMED_LATER_REACH = 2500  # characters after a he/she no one before can be, to the person it is


class EntityIndex:
    """Every speaker-like mention of one document, in text order, and the entities they form."""

    def __init__(
        self, mentions: list[Chunk], text: str, paragraph_ends: list[int] | None = None,
        speaker_words: frozenset[str] = frozenset(), given_names_are_people: bool = False, narrator: str = "",
        narration: list[tuple[int, int]] | None = None,
    ) -> None:
        self._text = text
        self._narrator = narrator  # a first-person narrator's name, when the others use it
        self._narration = narration if narration is not None else [(0, len(text))]  # the text outside the quotes
        self._characters: list[regex.Match[str]] | None = None  # descriptions of characters ("The landlord")
        self._character_spans: list[tuple[int, int]] = []
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
        self._by_surname: dict[str, list[Person]] = {}
        self._by_given: dict[str, list[Person]] = {}  # first given name → people with a full name
        self._described_memo: dict[tuple[int, str, bool, bool], Chunk | None] = {}
        self._person_by_index: dict[int, Person] = {}
        self._name_starts = [c.start for c in mentions if c.kind == "name"]
        self._described_people = given_names_are_people  # fiction: "The doctor sat down. … he said"
        self._with_roles: set[int] = set()  # positions in self._people of those with a role
        self._position: dict[int, int] = {}  # entity index → position in self._people
        # Organisations the narration names, for a later "it said" ("a statement" is no one).
        self._org_mentions = [c for c in mentions if c.speaker_kind is SpeakerKind.ORGANISATION and
                              (c.kind == "name" or c.kind == "description" and c.head not in DOCUMENT_NOUNS)]
        # "TriMet, the regional transit agency, …": a name an organisation noun stands in apposition to.
        self._org_named = {a.start for a, b in zip(mentions, mentions[1:]) if a.kind == "name" and
                           b.kind == "description" and b.head in ORG_NOUNS and text[a.end:b.start].strip() == ","}
        prev: Chunk | None = None
        for c in mentions:
            ent: Person | None = None
            if given_names_are_people and c.kind == "description" and titled_character(c):
                c = c._replace(kind="name")  # "the Colonel": in a story, what the character is called
                titled = self._unique_title(c.head)  # "Captain Hale … the Captain"
                ent = self._people[titled[1]] if titled is not None else self._person_for(c, self._vote(c))
            elif c.kind == "name" and c.speaker_kind is SpeakerKind.PERSON and c.start not in self._org_named and \
                    self._person_like(c):
                ent = self._person_for(c, self._vote(c))
            if ent is None and c.kind == "description" and c.head in ORG_NOUNS:
                ent = self._possessor(c)  # "Whitfield's office said …": Whitfield, for a later "she"
                if ent is not None:
                    self._timeline.append((c.start, ent.index, c))
            elif ent is not None:
                self._timeline.append((c.start, ent.index, c))
                self._by_start[c.start] = ent.index
            elif c.kind == "description" and prev is not None and prev.kind == "name" and \
                    prev.start in self._by_start and _APPOSED_AFTER.fullmatch(text, prev.end, c.start):
                # Apposition: "Lavrov, the Russian foreign minister, …"
                ent = self._people[self._by_start[prev.start]]
                self._add_roles(ent, (w for w in (*c.modifiers, c.head) if w not in DETERMINERS and w not in GENERIC))
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
        p.roles.update(words)
        if p.roles:
            self._with_roles.add(self._position[p.index])

    def _vote(self, c: Chunk) -> str:
        """The gender the text gives a person mention (rule entity.gender-pronoun): when the
        mention is the first name of its sentence and no he/his/she comes before it there, the
        first "he"/"his"/"she"/sentence-initial "Her" after it in the paragraph, before the next
        name. "" when there is none."""
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
            other = _CHARACTER.search(self._text, c.end, limit)
            if other is not None:
                limit = other.start()
        found = GENDERED.search(self._text, c.end, limit)
        if found is None:
            return ""
        return "m" if found.group().lower() in ("he", "his") else "f"

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
        while i >= 0 and self._text[i] in "\"“‘'":
            i -= 1
        if i < 0 or self._text[i] in ".!?\n:;":
            return True
        # After a short opening phrase: "At last Marianne put down her work", "Then, Clinton said".
        if OPENS_CLAUSE.search(self._text, max(0, c.start - 30), c.start) is not None:
            return True
        # After a comma, before its verb: "Asked about the remarks, McConnell shrugged."
        if self._text[i] != ",":
            return False
        if VERB_AFTER.match(self._text, c.end) is not None:
            return True
        # In apposition to the subject: "Her neighbor, Tom Briggs, said he …".
        if not self._text.startswith(",", c.end) or _DESCRIBED_SUBJECT.search(self._text, max(0, i - 60), i) is None:
            return False
        after = c.end + 1
        second = _SECOND_APPOSITION.match(self._text, after)  # "…, Sen. Teresa Valdane, a New Mexico Democrat, tried"
        return VERB_AFTER.match(self._text, second.end() if second is not None else after) is not None

    def _person_like(self, c: Chunk) -> bool:
        if c.text.isupper() and len(c.text) > 3:
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
        if c.modifiers:
            return True
        if c.text[:4] in ("the ", "The ") and c.name.split()[-1].lower() in _INSTITUTIONS:
            return False  # "the School Library Staffing Act", "the Kline Law": an institution or a law
        if c.text[:2].lower() == "a " or c.text[:3].lower() == "an ":
            return False  # "had faced a Board of Examiners and a Permanent Under-Secretary": no one in particular
        words = c.name.split()
        if len(words) >= 2 and (words[-1].lower() in _PLACE_WORDS or words[0] == "New"):
            return False  # "Cinder Lane", "Chessel Heath", "Tower Hill", "New York" (no one's given name is New): a place

        if words[-1] in self._speakers or stem(words[-1]) in self._by_surname:
            return True  # known
        before = self._text[max(0, c.start - 12):c.start].split()
        if before and (before[-1].lower() in PREPOSITIONS or before[-1].lower() in _ALONG) and not gender_of(words[0]):
            return False  # "in New York", "from Islamabad": a place, not a person
        if len(words) == 1 and before and (before[-1] == "in" or before[-1] == "at" and len(before) > 1 and
                                           not before[-2].endswith(("ed", "ing")) and
                                           before[-2].lower() not in IRREGULAR_PAST):
            return False  # "in Florence", "the colony at Florence" (not "looked at Florence"): a town
        if len(words) >= 2:
            return True
        if gender_of(words[0]):
            role = _ROLE_COMMA.search(self._text, max(0, c.start - 40), c.start)
            if role is not None and (role_word(role.group(1)) or role_gender(role.group(1))) and \
                    self._text.startswith(",", c.end):
                return True  # "Mr Ellery's widow, Susan, read a statement": the role names a person
        # In a story, a lone common given name or role word ("Edward", "Mother"), or a name that
        # opens its sentence with a past-tense verb after it ("Holt found Marsh in the stable").
        # So is one with "old", "little", "poor" before it, or "who" after it ("old Tobias, who …").
        return self._given_names and (bool(gender_of(words[0]) or role_gender(words[0].lower())) or
                                      (self._opens_sentence(c) or _CLAUSE_WORD.search(self._text, max(0, c.start - 8),
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
        if len(words) == 1 and self._given_names:  # "Anne", "Miss Anne"
            said = titled or vote
            named = [p for p in self._by_given.get(surname, ()) if not said or not p.gender or p.gender == said]
            if len(named) == 1:
                return named[0]  # entity.given-name-match
            pet = self._pet_name_of(words[0], said)
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

    def other_person_before(self, pos: int, exclude: int, also: frozenset[int | None] = frozenset()) -> \
            tuple[int, Chunk] | None:
        """The latest person mentioned before ``pos`` who is not entity ``exclude`` (nor one of ``also``)."""
        for n in range(self._before(pos) - 1, -1, -1):
            _, idx, mention = self._timeline[n]
            if idx != exclude and idx not in also:
                return idx, mention
        return None

    def parent_before(self, pos: int, gender: str, exclude: int) -> tuple[int, Chunk] | None:
        """Whom a child's "Papa" or "Mamma" calls: the latest person mentioned before ``pos`` with a
        parent's title of that gender ("Mr. Thorley", "Mrs. Vesey", "Sir Gregory", "Lady Corbridge"),
        not the speaker ``exclude``, within a scene's reach."""
        titles = _FATHER_TITLES if gender == "m" else _MOTHER_TITLES
        child = self.person_at(exclude)
        latest: tuple[int, Chunk] | None = None
        for n in range(self._before(pos) - 1, -1, -1):
            at, idx, mention = self._timeline[n]
            if pos - at > _PARENT_REACH:
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
        key = " ".join(w for w in c.text.lower().replace("’", "'").split() if w not in DETERMINERS)
        if key not in self._orgs:
            kind = c.speaker_kind
            self._orgs[key] = self._new_index(kind)
            self._org_names[self._orgs[key]] = []
        idx = self._orgs[key]
        self._org_names[idx].append(c.text)
        return idx, c.name, self._kinds[idx], ()

    def _people_by_index(self, index: int) -> Person:
        p = self.person_at(index)
        assert p is not None
        return p

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
                # subject of a sentence after the person's last mention is who the pronoun means.
                described = self._described_subject(c, found[0])
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
            org = self._organisation_before(c)
            if org is not None:
                idx, name, kind, steps = self.resolve(org)
                return idx, name, kind, (Step("mention.pronoun.organisation", f"{c.text!r} → {org.text!r}"), *steps)
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
        step = Step("mention.narrator.addressed", f"'I' → {self._narrator}, as the others address the narrator")
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
            if _likeness(self._text, m):
                continue  # "with the air of a man conferring a favour": a likeness, no one there
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
        if self._characters is None:  # found once for the whole text: pronouns ask again and again
            self._characters = [m for start, end in self._narration for m in _CHARACTER.finditer(self._text, start, end)]
            self._character_spans = [m.span() for m in self._characters]
        ms = self._characters
        lo = bisect_left(self._character_spans, (floor, -1))
        hi = lo
        while hi < len(ms) and self._character_spans[hi][1] <= c.start:
            hi += 1
        for m in reversed(ms[lo:hi]):
            g = role_gender(m.group("head"))
            if g and g != c.gender or not g and c.start - m.start() > SUBJECT_REACH or not self._in_narration(m.start()):
                continue
            if m.group("head") in _EPITHETS and m.group()[:2].lower() != "a " and m.group()[:3].lower() != "an " \
                    and not self.introduced(m.group("head"), m.start()) and not _WHO_NEXT.match(self._text, m.end()):
                continue  # "The old man pushed back his chair": a character the story has named, most likely
            if _COPULA_BEFORE.search(self._text, max(0, m.start() - 12), m.start()) is not None:
                continue  # "He was a big man, heavy in the shoulders": said of someone, not someone new
            if _likeness(self._text, m):
                continue  # "with the air of a man conferring a favour", "like a man who": a likeness, no one there
            found = [d for d in chunks(self._text, m.start(), m.end()) if d.kind == "description"]
            if found and (self._opens_sentence(found[-1]) or self._subordinate_kin(found[-1]) or
                          g == c.gender and m.group()[:1] in "Aa" and
                          self._pronoun_subject_between(g, m.end(), c.start)):
                return found[-1]
        return None

    def _subordinate_kin(self, d: Chunk) -> bool:
        """A description opening a clause without a comma, its verb after it: "he did not look up
        when his wife came in" (a kin word only for a named person: Mrs. Ormsby, when he is Mr.
        Ormsby), "the door opened and the butler came in"."""
        if _CLAUSE_WORD.search(self._text, max(0, d.start - 8), d.start) is None or \
                ACTS_AFTER.match(self._text, d.end) is None:
            return False
        return self._kin(d) is not None if d.head in KIN else True

    def _pronoun_subject_between(self, gender: str, start: int, end: int) -> bool:
        """Whether a sentence opens with a he/she of ``gender`` in the narration between ``start`` and
        ``end`` ("… let in a young woman in a grey coat. She stood dripping on the flags.")."""
        word = "She" if gender == "f" else "He"
        return any(self._in_narration(m.start()) for m in
                   regex.finditer(rf"(?<=[.!?][\"”’']?[ \u00a0]+){word}\b", self._text, pos=start, endpos=end))

    def _in_narration(self, pos: int) -> bool:
        n = bisect_right(self._narration, (pos, len(self._text))) - 1
        return n >= 0 and self._narration[n][0] <= pos < self._narration[n][1]

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

    def _antecedent_person(self, c: Chunk, exclude: int = -1) -> tuple[int, Person, Chunk] | None:
        """The person a he/she/who refers to: the nearest earlier subject (a mention opening its
        sentence, or right after a quote) within a few hundred characters whose gender does not
        disagree, over a nearer object ("Clinton … killed bin Laden and said she …"); past
        that reach, the nearest mention whose gender does not disagree."""
        best: tuple[int, int, Person, Chunk] | None = None
        nearest = None
        for n in range(self._before(c.start) - 1, -1, -1):
            pos, idx, mention = self._timeline[n]
            p = self._people_by_index(idx)
            if c.gender in ("m", "f") and p.gender and p.gender != c.gender or idx == exclude:
                continue
            if nearest is None:
                nearest = (pos, p, mention)
            if c.start - pos > SUBJECT_REACH:
                break
            score = 1 if self._opens_sentence(mention) else 0
            if best is None or score > best[0]:
                best = (score, pos, p, mention)
        if best is not None:
            return best[1], best[2], best[3]
        return nearest

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
        if c.text == "who" and len(found) >= 2 and best.kind == "name" and \
                word_before(self._text, max(0, best.start - 20), best.start)[0] in _PLACE_PREPOSITIONS and \
                self._text[found[-2].end:best.start].strip().lower() in _PLACE_PREPOSITIONS:
            described = found[-2]  # "a retired snowplow driver from Hortonville, who said": the driver …
            if len(found) >= 3 and found[-3].kind == "name" and described.kind == "description" and \
                    _APPOSED_AFTER.fullmatch(self._text, found[-3].end, described.start):
                return found[-3]  # … "Dale Ebbesmeyer, 74, a retired snowplow driver …": Dale Ebbesmeyer
            return described
        return best

    def _description(self, c: Chunk) -> tuple[int, str, SpeakerKind, tuple[Step, ...]] | None:
        if c.head in UNNAMED_HEADS:
            return None
        ranked = self._of_rank(c)
        if ranked is not None:
            return ranked.index, ranked.name, SpeakerKind.PERSON, (
                Step("mention.description.honorific", f"{c.text!r} → {ranked.name}"),)
        kin = self._kin(c)
        if kin is not None:
            return kin.index, kin.name, SpeakerKind.PERSON, (Step("mention.description.kin", f"{c.text!r} → {kin.name}"),)
        pair = self._former_latter(c)
        if pair is not None:
            return pair.index, pair.name, SpeakerKind.PERSON, (
                Step("mention.description.former-latter", f"{c.text!r} → {pair.name}"),)
        epithet = self._epithet(c) or self._generic_epithet(c)
        if epithet is not None:
            return epithet.index, epithet.name, SpeakerKind.PERSON, (
                Step("mention.description.epithet", f"{c.text!r} → {epithet.name}, the person last named"),)
        if c.modifiers[:1] in (("a",), ("an",)) and _FOR_SOMEONE.match(self._text, c.end):
            return None  # "A spokesman for Senate Majority Leader Gordon Fisk": a source of their own
        if c.modifiers == ("the",) and len(c.text.split()) == 2 and self.introduced(c.head, c.start):
            # "A firefighter at the scene … “…,” the firefighter said": that one, not a named chief
            first = self._introducer(c.head, c.start)
            if first is None:
                return None
            key = " ".join(w for w in first.lower().replace("’", "'").split() if w not in DETERMINERS)
            if key not in self._orgs:
                self._orgs[key] = self._new_index(SpeakerKind.UNNAMED)
                self._org_names[self._orgs[key]] = []
            idx = self._orgs[key]
            self._org_names[idx].append(first)
            return idx, first, SpeakerKind.UNNAMED, (Step("mention.description.introduced", f"{c.text!r} → {first!r}"),)
        words = [w for w in (*c.modifiers, c.head) if w not in DETERMINERS and w not in GENERIC
                 and w not in POSSESSIVE_PRONOUNS]
        best: tuple[float, int] | None = None
        for n in sorted(self._with_roles) if words else ():  # people without roles score 0: most of them, in a long text
            p = self._people[n]
            roles = set(p.roles)
            for r in list(roles):
                roles.update(ROLE_SYNONYMS.get(r, ()))
            score = 0.0
            for w in words:
                if any(related(w, r) for r in roles):
                    score += 2.0 if w not in ROLE_NOUNS and w not in TITLES else 1.0
            if score >= 2.0 and (best is None or (score, p.last_seen) > (best[0], self._people[best[1]].last_seen)):
                best = (score, n)
        if best is None:
            best = self._unique_title(c.head)
        if best is None:
            return None
        p = self._people[best[1]]
        return p.index, p.name, SpeakerKind.PERSON, (Step("mention.description.role-match", f"{c.text!r} → {p.name}"),)

    def _of_rank(self, c: Chunk) -> Person | None:
        """"His Grace" → the Duke named last before it; "her ladyship" → Lady Glencairn; "Your
        Majesty" → the King: the latest person one of whose names has a rank the honorific belongs to."""
        ranks = HONORIFICS.get(c.head)
        if ranks is None or len(c.modifiers) != 1 or c.modifiers[0] not in ("his", "her", "your"):
            return None
        gender = {"his": "m", "her": "f"}.get(c.modifiers[0], "")  # "her Grace" is the Duchess, not the Duke
        for n in range(self._before(c.start) - 1, -1, -1):
            pos, idx, _ = self._timeline[n]
            if c.start - pos > _PARENT_REACH:
                return None
            p = self._people_by_index(idx)
            if gender and p.gender and p.gender != gender:
                continue
            words = {w.lower().rstrip(".") for form in p.forms for w in form.split()}
            if any(w in ranks and (not gender or role_gender(w) in ("", gender)) for w in words):
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

    def _epithet(self, c: Chunk) -> Person | None:
        """"the 34-year-old nurse": an age epithet stands for the person named last before it,
        within a few paragraphs, whose gender does not disagree with the role."""
        if len(c.modifiers) < 2 or c.modifiers[0] != "the" or not AGE.fullmatch(c.modifiers[1]):
            return None
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

    def _generic_epithet(self, c: Chunk) -> Person | None:
        """In a story, "the gentleman", "the old man", "the girl": the person of that gender named
        last before it (within a few paragraphs), when the narration knows their gender."""
        if not self._given_names or not c.modifiers or c.modifiers[0] not in ("the", "that") or c.head not in _EPITHETS:
            return None
        gender = _EPITHETS[c.head]
        said = [w for w in c.modifiers[1:] if w in NAME_ADJECTIVES]
        if self.introduced(c.head, c.start) or _WHO_NEXT.match(self._text, c.end):
            return None  # "a young woman … The young woman sat", "The lady who entered": not one named before
        found = None
        for n in range(self._before(c.start) - 1, -1, -1):
            pos, idx, mention = self._timeline[n]
            if c.start - pos > EPITHET_REACH:
                break
            p = self._people_by_index(idx)
            if gender and p.gender and p.gender != gender:
                continue
            if said and any(w in said for w in (*mention.text.lower().split(), self._word_before(mention))):
                return p  # "old Tobias … the old man"
            if found is None and p.gender:
                found = p
        return found

    def introduced(self, head: str, pos: int) -> bool:
        """Whether the story introduced "a young woman", "an old man" (an indefinite description
        with this head) in the few paragraphs before ``pos``: "the woman" is then that one."""
        key = (head, pos)
        if key not in self._introduced_memo:
            pattern = rf"\b[Aa]n?[ \u00a0]+(?:[\p{{Ll}}\-]+,?[ \u00a0]+){{0,3}}{head}\b"  # "a tall, thin gentleman"
            # … or one the narration keeps calling by a trade: "The lightning-rod man picked up his glass."
            trade = rf"\b[Tt]he[ \u00a0]+(?P<trade>\p{{Ll}}+-\p{{Ll}}+)[ \u00a0]+{head}\b"
            self._introduced_memo[key] = any(  # not “Old Parry is a hard man,” said in a quote
                self._in_narration(m.start()) for p in (pattern, trade)
                for m in regex.finditer(p, self._text, pos=max(0, pos - EPITHET_REACH), endpos=pos))
        return self._introduced_memo[key]

    def _introducer(self, head: str, pos: int) -> str | None:
        """The words that brought in the one "the <head>" stands for, with the phrase that places
        them ("A firefighter at the scene"), the last such before ``pos``."""
        pattern = rf"\b[Aa]n?[ \u00a0]+(?:(?!(?:and|or|but|a|an|the)\b)[\p{{Ll}}\-]+,?[ \u00a0]+){{0,3}}{head}" \
                  rf"(?:[ \u00a0]+(?:at|in|from|on|near|of)" \
                  rf"(?:[ \u00a0]+[\p{{Ll}}\-]+){{1,3}})?(?=[,.;:!?]|[ \u00a0]+(?:who|said|told|says))"
        found = [m for m in regex.finditer(pattern, self._text, pos=max(0, pos - EPITHET_REACH), endpos=pos)
                 if self._in_narration(m.start())]
        return " ".join(found[-1].group().split()) if found else None

    def _word_before(self, c: Chunk) -> str:
        return word_before(self._text, max(0, c.start - 30), c.start)[0]

    def _kin(self, c: Chunk) -> Person | None:
        """"his wife", "her husband", "her mother": the one other person of the possessor's
        surname and of the kin word's gender ("Mr. Ashby … his wife" is Mrs. Ashby)."""
        gender = KIN.get(c.head)
        if gender is None or len(c.modifiers) != 1 or c.modifiers[0] not in ("his", "her", "their"):
            return None
        if c.modifiers[0] == "their":
            return self._their_parent(c) if self._given_names and c.head in _PARENT_TITLES else None
        found = self._antecedent_person(owner_pronoun(c))
        if found is None:
            return self._only_spouse(c, gender)
        owner = found[1]
        kin = [p for p in self._by_surname.get(owner.surname, ())
               if p is not owner and p.gender in (gender, "")]
        if not kin:  # a story that calls her "Mother"
            kin = [p for p in self._by_surname.get(c.head, ()) if p is not owner and len(p.name.split()) == 1]
        if not kin and c.head in _PARENT_TITLES and len(owner.name.split()) == 1:
            # "Kitty … her mother": a daughter known by her given name alone, and one Mrs. in the story.
            title = _PARENT_TITLES[c.head]
            kin = [p for p in self._people if p is not owner and any(n.split()[0].rstrip(".") == title for n in p.forms)]
        if not kin and self._given_names and c.head in _PARENT_TITLES and owner.gender == gender and \
                any(n.split()[0].rstrip(".") == _PARENT_TITLES[c.head] for n in owner.forms):
            # "said Mrs. Oakley to her second daughter … “…,” said her mother": nobody is their own
            # mother; the her is the daughter the story has not named, the mother Mrs. Oakley.
            return owner
        if not kin and self._given_names:
            return self._implied_kin(c.head, owner)
        if len(kin) > 1 and self._given_names and c.head in ("wife", "husband"):
            # "Mr. Pellingham … his wife": Mrs. Pellingham, not their daughter Harriet Pellingham
            title = _IMPLIED_TITLES[c.head].rstrip(".")
            kin = [p for p in kin if any(n.split()[0].rstrip(".") == title for n in p.forms if len(n.split()) > 1)]
        return kin[0] if len(kin) == 1 else None

    def _only_spouse(self, c: Chunk, gender: str) -> Person | None:
        """In a story, "said his lady to him" before any man is named in the narration: the one
        person named so far as Mrs. (for "her husband", Mr.), the wife of the family the story is about."""
        if not self._given_names or c.head not in _SPOUSE_TITLES:
            return None
        title = _SPOUSE_TITLES[c.head]
        wives = {idx for _, idx, mention in self._timeline[:self._before(c.start)]
                 if mention.text.split()[0].rstrip(".") == title}
        return self._people_by_index(wives.pop()) if len(wives) == 1 and gender else None

    def _their_parent(self, c: Chunk) -> Person | None:
        """In a story, "their father": the one person titled Mr. (for a mother, Mrs.) of the surname
        of the nearest family member named before ("Miss Pellingham … and Sophia laughed. Their
        father …" is Mr. Pellingham)."""
        title = _PARENT_TITLES[c.head]
        seen: set[int] = set()
        for n in range(self._before(c.start) - 1, -1, -1):
            pos, idx, _ = self._timeline[n]
            if c.start - pos > SUBJECT_REACH or idx in seen:
                break
            seen.add(idx)
            owner = self._people_by_index(idx)
            parents = [p for p in self._by_surname.get(owner.surname, ()) if p is not owner and
                       any(f.split()[0].rstrip(".") == title for f in p.forms if len(f.split()) > 1)]
            if len(parents) == 1:
                return parents[0]
        return None

    def _implied_kin(self, head: str, owner: Person) -> Person | None:
        """In a story, the husband of Mrs. Dobbs the story never names is Mr. Dobbs (and the wife
        of Mr. Dobbs, Mrs. Dobbs; the father of Bella Dobbs, Mr. Dobbs): a person of that titled
        name, made once. Not a married woman's parents, who have another surname."""
        title = _IMPLIED_TITLES.get(head)
        forms = [n for n in owner.forms if stem(n.split()[-1]) == owner.surname]
        titles = {n.split()[0].rstrip(".") for n in forms if len(n.split()) > 1}
        full = [n for n in forms if len(n.split()) > 1 and n.split()[0].rstrip(".") not in ("Mr", "Mrs", "Miss", "Ms")]
        if title is None or not forms or not titles & {"Mr", "Mrs", "Miss"} and not full:
            return None  # no surname known for the family
        if head in _PARENT_TITLES and "Mrs" in titles:
            return None
        name = f"{title} {forms[0].split()[-1]}"
        for p in self._by_surname.get(owner.surname, ()):
            if name in p.forms:
                return p
        p = Person(self._new_index(SpeakerKind.PERSON), owner.surname)
        p.add_name(name, rank=0.5)
        p.title_gender = "m" if title == "Mr." else "f"
        self._position[p.index] = len(self._people)
        self._people.append(p)
        self._by_surname.setdefault(owner.surname, []).append(p)
        self._person_by_index[p.index] = p
        return p

    def _unique_title(self, head: str) -> tuple[float, int] | None:
        """"the captain", "the senator": the one person the text gave that title, if only one."""
        found = [n for n in sorted(self._with_roles)
                 if any(related(head, r) or self._given_names and head in ROLE_SYNONYMS.get(r, ())
                        for r in self._people[n].roles)]  # in a story, "my companion" is "my friend Vance"
        return (1.0, found[0]) if len(found) == 1 else None

    def entities(self) -> tuple[Entity, ...]:
        out = [Entity(p.index, p.name, SpeakerKind.PERSON, tuple(dict.fromkeys(p.names))) for p in self._people]
        for key, idx in self._orgs.items():
            names = tuple(dict.fromkeys(self._org_names[idx]))
            out.append(Entity(idx, names[0] if names else key, self._kinds[idx], names))
        return tuple(sorted(out, key=lambda e: e.index))
