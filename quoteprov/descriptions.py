"""What a description stands for: "the Russian foreign minister", "his wife", "the
34-year-old nurse", "His Grace", "the former", "the firefighter" after "a firefighter at
the scene".

* A description goes to the named person whose titles and appositions share its nationality
  or role words (``mention.description.role-match``), else it stands for itself.
* A kin word goes to the possessor's family (``mention.description.kin``); an honorific to
  the person of that rank (``mention.description.honorific``); an age or a story's "the old
  man" to the person named last who can be it (``mention.description.epithet``).
"""

from __future__ import annotations

import regex

from quoteprov.given_names import role_gender
from quoteprov.lexicon import (
    DETERMINERS,
    POSSESSIVE_PRONOUNS,
    ROLE_NOUNS,
    TITLES,
    UNNAMED_HEADS,
)
from quoteprov.mentions import HONORIFICS, NAME_ADJECTIVES, Chunk, owner_pronoun
from quoteprov.names import word_before
from quoteprov.people import (
    EPITHET_REACH,
    EPITHETS,
    FATHER_TITLES,
    GENERIC,
    KIN,
    MOTHER_TITLES,
    PARENT_REACH,
    ROLE_SYNONYMS,
    SUBJECT_REACH,
    WHO_NEXT,
    Person,
    related,
    stem,
)
from quoteprov.people_index import PeopleIndex
from quoteprov.records import SpeakerKind, Step

_PARENT_TITLES = {"mother": "Mrs", "father": "Mr"}
_SPOUSE_TITLES = {"wife": "Mrs", "lady": "Mrs", "husband": "Mr"}
_IMPLIED_TITLES = {"husband": "Mr.", "wife": "Mrs.", "father": "Mr.", "mother": "Mrs."}
_SPACES = "[ \u00a0\n]+"
_CHAIN_GAP = 3000  # characters between two "the old lady" of one chain
_CHAIN_REACH = 12000  # characters back a chain may go
_PARTIES = frozenset("republican republicans democrat democratic democrats gop libertarian conservative labour tory "
                     "liberal".split())
_FOR_SOMEONE = regex.compile(r"[ \u00a0]+(?:for|to)[ \u00a0]+\p{Lu}")  # "a spokesman for Ridley", "an aide to Fisk"


_NAMED_EPITHET_REACH = 6000  # characters back "the old man" finds the "Old Marrable" it calls so



_YOUNG = frozenset("girl boy lad youth child".split())
# The rest of a sentence that says its unnamed source stays unnamed.
_UNNAMED_AFTER = regex.compile(r"[^.!?;:“”\"]{0,160}?\b(?:anonymity|(?:asked|declined|wished)[ \u00a0]+not[ \u00a0]+to"
                               r"[ \u00a0]+be[ \u00a0]+(?:named|identified)|not[ \u00a0]+authori[sz]ed[ \u00a0]+to)\b")
_GROWN_TITLES = frozenset("Mr Mrs Lady Sir Dame Major Colonel Captain General Dr Doctor Reverend Madam Madame".split())

class DescribedPeople(PeopleIndex):
    """The people index, able to say whom a description stands for."""

    def _description(self, c: Chunk) -> tuple[int, str, SpeakerKind, tuple[Step, ...]] | None:
        if c.head in UNNAMED_HEADS:
            # "A source close to Coyle tells Playbook … “…,” the source said": the one brought in, else no one
            return self._introduced_one(c) if c.modifiers == ("the",) and len(c.text.split()) == 2 else None
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
        if c.modifiers[:1] in (("a",), ("an",), ("one",)) and _UNNAMED_AFTER.match(self._text, c.end) is not None:
            return None  # "An economist who has advised …, and who spoke on condition of anonymity": no one named
        if c.modifiers == ("the",) and len(c.text.split()) == 2 and self.introduced(c.head, c.start):
            # "A firefighter at the scene … “…,” the firefighter said": that one, not a named chief
            return self._introduced_one(c)
        words = tuple(w for w in (*c.modifiers, c.head) if w not in DETERMINERS and w not in GENERIC
                      and w not in POSSESSIVE_PRONOUNS)
        memo_key = (words, c.head)
        if memo_key not in self._role_memo:  # (a long story asks again and again for "the old man")
            titled = self._unique_title(c.head)
            if titled is not None and self._other_party(words, self._people[titled[1]]):
                titled = None  # "the Republican nominee" is not the one nominee the text named, a Democrat
            self._role_memo[memo_key] = self._role_match(words) or titled
        best = self._role_memo[memo_key]
        if best is None:
            return None
        p = self._people[best[1]]
        return p.index, p.name, SpeakerKind.PERSON, (Step("mention.description.role-match", f"{c.text!r} → {p.name}"),)

    def _introduced_one(self, c: Chunk) -> tuple[int, str, SpeakerKind, tuple[Step, ...]] | None:
        """The unnamed one an indefinite description brought in, which "the" + its head (``c``) goes back to."""
        if not self.introduced(c.head, c.start):
            return None
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

    @staticmethod
    def _other_party(words: tuple[str, ...], p: Person) -> bool:
        """Whether the description's words name a party the person's roles do not ("republican" for a
        person known as "the Democratic nominee")."""
        return any(w in _PARTIES and not any(related(w, r) for r in p.roles) for w in words)

    def _role_match(self, words: tuple[str, ...]) -> tuple[float, int] | None:
        """The person whose roles best match the words of a description (two points a word that is not
        a bare title), the last seen of the best; None under two points."""
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
        return best

    def _of_rank(self, c: Chunk) -> Person | None:
        """"His Grace" → the Duke named last before it; "her ladyship" → Lady Glencairn; "Your
        Majesty" → the King: the latest person one of whose names has a rank the honorific belongs to."""
        ranks = HONORIFICS.get(c.head)
        if ranks is None or len(c.modifiers) != 1 or c.modifiers[0] not in ("his", "her", "your"):
            return None
        gender = {"his": "m", "her": "f"}.get(c.modifiers[0], "")  # "her Grace" is the Duchess, not the Duke
        for n in range(self._before(c.start) - 1, -1, -1):
            pos, idx, _ = self._timeline[n]
            if c.start - pos > PARENT_REACH:
                return None
            p = self._people_by_index(idx)
            if gender and p.gender and p.gender != gender:
                continue
            words = {w.lower().rstrip(".") for form in p.forms for w in form.split()}
            if any(w in ranks and (not gender or role_gender(w) in ("", gender)) for w in words):
                return p
        return None

    def _generic_epithet(self, c: Chunk, strict: bool = False) -> Person | None:
        """In a story, "the gentleman", "the old man", "the girl": the person of that gender named
        last before it (within a few paragraphs), when the narration knows their gender (``strict``: only
        one named with the epithet's adjective, "old Tobias … the old man")."""
        if not self._given_names or not c.modifiers or c.modifiers[0] not in ("the", "that") or c.head not in EPITHETS:
            return None
        gender = EPITHETS[c.head]
        said = [w for w in c.modifiers[1:] if w in NAME_ADJECTIVES]
        at = self._first_of_chain(c) if said else c.start
        if self.introduced(c.head, at) or WHO_NEXT.match(self._text, c.end):
            return None  # "a young woman … The young woman sat", "The lady who entered": not one named before
        found = None
        sentence = max(self._text.rfind(mark, max(0, at - 400), at) for mark in ".!?\n")
        for n in range(self._before(at) - 1, -1, -1):
            pos, idx, mention = self._timeline[n]
            if at - pos > (_NAMED_EPITHET_REACH if said else EPITHET_REACH):
                break
            p = self._people_by_index(idx)
            if gender and p.gender and p.gender != gender:
                continue
            if c.head in _YOUNG and any(f.split()[0].rstrip(".") in _GROWN_TITLES for f in p.forms):
                continue  # "the girl" is not "Lady Ann", nor "the boy" "Major Pym"
            if said and any(w in said for w in (*mention.text.lower().split(), self._word_before(mention))):
                return p  # "old Tobias … the old man", further back too
            if found is None and p.gender and at - pos <= EPITHET_REACH and pos < sentence:
                # (not one its own sentence names: "Alice … rose …; but the old woman did not rise.")
                found = p
        return None if strict else found

    def _first_of_chain(self, c: Chunk) -> int:
        """Where the narration first called someone "the old lady" (the words of ``c``) in a chain of
        such mentions a few paragraphs apart: the same words go on naming the one they named then
        ("the old lady's own hand" … “…,” observed the old lady), not whoever was named last."""
        words = _SPACES.join(regex.escape(w) for w in c.text.split()[1:])
        pattern = rf"(?<![\p{{L}}])[Tt]he{_SPACES}{words}(?![\p{{L}}])"
        at = c.start
        for m in reversed(list(regex.finditer(pattern, self._text, pos=max(0, c.start - _CHAIN_REACH), endpos=c.start))):
            if at - m.start() > _CHAIN_GAP:
                break
            if self._in_narration(m.start()):
                at = m.start()
        return at

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
                  rf"(?:[ \u00a0]+(?:at|in|from|on|near|of)(?:[ \u00a0]+[\p{{Ll}}\-]+){{1,3}}" \
                  rf"|[ \u00a0]+(?:close[ \u00a0]+to|familiar[ \u00a0]+with)(?:[ \u00a0]+[\p{{L}}\-’']+){{1,3}}?)?" \
                  rf"(?=[,.;:!?]|[ \u00a0]+(?:who|said|told|says|tells))"  # ("A source close to Coyle tells Playbook")
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
            # Else the one named before with a parent's title of that gender ("Dr. Gathercole … Fanny …
            # her father", not Mr. Orde, whom the story names later).
            title = _PARENT_TITLES[c.head]
            titles = FATHER_TITLES if c.head == "father" else MOTHER_TITLES
            seen = {idx for _, idx, _ in self._timeline[:self._before(c.start)]}
            before = [p for p in self._people if p is not owner and p.index in seen and
                      any(n.split()[0].rstrip(".").lower() in titles for n in p.forms if len(n.split()) > 1)]
            kin = [p for p in self._people if p is not owner and any(n.split()[0].rstrip(".") == title for n in p.forms)]
            if len(before) == 1:
                kin = before
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
