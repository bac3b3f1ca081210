"""A person of one document, and the words that tell about people: pure helpers for the
entity index (``quoteprov.entities``).

Surnames are compared by their stem ("Lavrov's" is "lavrov"); roles by word or by
nationality and country ("russian" ≈ "russia's"); kin words carry a gender and, for
family, the possessor's surname; a sentence-opening adverb or a clause after a comma
still leaves a subject position.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from quoteprov.given_names import FEMALE_ROLES, MALE_ROLES, role_gender
from quoteprov.lexicon import IRREGULAR_PAST, ROLE_NOUNS, TITLES
from quoteprov.mentions import Chunk
from quoteprov.speaker_merge import similar_given

ROLE_SYNONYMS = {
    "friend": ("companion", "comrade"),
    "companion": ("friend",),
    "fm": ("foreign", "minister", "diplomat"),
    "pm": ("prime", "minister"),
    "diplomat": ("foreign", "minister", "fm", "ambassador", "envoy"),
    "sen": ("senator",),
    "senator": ("sen",),
    "rep": ("representative", "congressman", "congresswoman"),
    "gov": ("governor",),
    "governor": ("gov",),
    "gen": ("general",),
    "general": ("gen",),
    "president": ("leader",),
}
SUBJECT_REACH = 400  # characters a pronoun looks back for a subject before settling for the nearest mention
UNNAMED_NARRATOR = "the narrator"  # the name of a first-person story's teller whom nothing names
GENDERED = regex.compile(
    r"\b(?:[Hh]e|[Hh]is|[Ss]he)\b|(?<=[.!?]\s+)Her\b"
    r"|(?<=\b(?:said|says|added|explained|noted)[ \u00a0]+)her(?=[ \u00a0]+\p{Ll})"  # "Delgado said her son …"
)
GENERIC = frozenset({"top", "senior", "former", "new", "then", "chief", "head", "his", "her", "their", "its"})


# Role nouns that in a story are things: "shook her head", "the edge of the chair", "a fan".
_NOT_CHARACTERS = frozenset(  # (and "to do her justice")
    "head chair source sources fan fans host anchor people members member counterpart justice".split()
)


@lru_cache(maxsize=2)
def character_pattern(indefinite: bool = False) -> regex.Pattern[str]:
    """"the doctor", "The young man", "the old housekeeper", "his wife": a definite description of
    a person; with ``indefinite``, "a woman", "A tall man" too."""
    heads = "|".join(map(regex.escape, sorted((ROLE_NOUNS | FEMALE_ROLES | MALE_ROLES) - _NOT_CHARACTERS,
                                              key=len, reverse=True)))
    words = r"(?:[\p{Ll}\-]+[ \u00a0]+){0,2}?"
    article = r"[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y" + (r"|[Aa]n?" if indefinite else "")
    return regex.compile(rf"(?<![\p{{L}}])(?:{article})[ \u00a0]+{words}(?P<head>{heads})(?![\p{{L}}])")


# Kin who share the possessor's surname, and their gender.
KIN = {"wife": "f", "lady": "f", "husband": "m", "mother": "f", "father": "m",
        "brother": "m", "sister": "f", "son": "m", "daughter": "f"}


# Adverbs and conjunctions that open a sentence before its subject ("At last Marianne put down …").
_OPENERS = (
    "and|but|so|yet|still|then|now|soon|later|presently|suddenly|meanwhile|instead|finally|again|"
    "afterwards|accordingly|however|indeed|perhaps|here|there|just then|at last|at length|at once|"
    "at first|by and by|once more|even so|in the meantime|"
    "(?:at|after|before|during) (?:supper|dinner|breakfast|tea|lunch|luncheon|church|dawn|noon|midnight|sunset)|"
    "(?:in|during) the (?:morning|afternoon|evening|night)|"
    "(?:after|for) (?:a|an) (?:(?:long|short|brief|little|awkward)[ ,]+)?(?:moment|pause|while|time|silence|instant)|"
    "(?:(?:and|but|then) )?(?:that|this|next|the next|one|every|each) "
    "(?:morning|afternoon|evening|night|day|week|month|year|spring|summer|autumn|winter)"
)  # … or a time: "And that evening Quin found the book."
OPENS_CLAUSE = regex.compile(
    rf"(?:(?:^|(?<=[.!?:;\n][\"”’']?[ \t]*))(?i:{_OPENERS}),?"
    rf"|(?:[,;][ \u00a0]+|[—–][ \u00a0]*)(?:and|but|so|yet|while|when))[ \u00a0]+$"
)  # or a clause after a comma: "Frank walked off, and George was left alone"


# A verb right after a mention: a past tense, a present -s form or an auxiliary ("McConnell shrugged"), an
# adverb of time between allowed ("He then pivoted to an attack.").
VERB_AFTER = regex.compile(
    r"[ \u00a0]+(?:(?:then|also|later|again|soon|finally|quickly)[ \u00a0]+)?"
    r"(?:\p{Ll}+ed|\p{Ll}{2,}s|said|says|told|read|has|had|have|is|was|will|would|could|can|did|does|"
    + "|".join(sorted(IRREGULAR_PAST)) + r")\b"
)  # (an irregular past too: "In an interview, Reid went further.")
AGE = regex.compile(r"\d{1,3}-year-old")  # "the 34-year-old nurse": an epithet for someone just named
EPITHET_REACH = 1500  # characters back to the person an epithet stands for

# An action right after a name, in the past or the present tense: in a story, "Holt found Marsh in
# the stable" or "Felix pulls out a chair" names a character ("is", "was", "does" and "seems" do not).
ACTS_AFTER = regex.compile(
    r"[ \u00a0]+(?:(?!(?:does|seems|means|always|perhaps|sometimes|towards|afterwards|besides|unless)\b)\p{Ll}{3,}(?<!ss)s|"
    r"(?:was|were)[ \u00a0]+\p{Ll}{2,}ing|\p{Ll}{2,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b"
)
GROUP_TITLES = frozenset({"misses", "messrs", "messrs."})


def titled_character(c: Chunk) -> bool:
    """"the Colonel", "the Doctor": a capitalised title after "the", the way a story names a character."""
    words = c.text.split()
    return len(words) == 2 and words[0].lower() == "the" and words[1][:1].isupper() and \
        (c.head in TITLES or c.head in ROLE_NOUNS or bool(role_gender(c.head)))


def stem(word: str) -> str:
    stem = _STEMS.get(word)
    if stem is None:
        stem = word.lower().replace("’", "'").removesuffix("'s").removesuffix("'")
        if len(_STEMS) < 1 << 17:
            _STEMS[word] = stem
    return stem


_STEMS: dict[str, str] = {}  # memo of stem: names recur


@lru_cache(maxsize=1 << 16)  # a long story asks it millions of times, of a few hundred words
def related(a: str, b: str) -> bool:
    """Same word, or nationality and country ("russian"/"russia's", "pakistani"/"pakistan")."""
    a, b = stem(a), stem(b)
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= 4 and n >= min(len(a), len(b)) - 3


@dataclass
class Person:
    index: int
    surname: str
    names: list[str] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    name_gender: str = ""  # from a given name in the lexicon
    last_seen: int = 0

    canonical: str = ""
    title_gender: str = ""
    votes: list[int] = field(default_factory=lambda: [0, 0])  # he/his and she/her after its mentions
    forms: set[str] = field(default_factory=set)  # the distinct names in ``names``
    family_titles: set[str] = field(default_factory=set)  # Mrs./Miss/Lady before a full name ("Miss Kitty Lacey")

    @property
    def gender(self) -> str:
        """Mr/Mrs/Ms first, then a common given name, then the pronouns that follow the person."""
        if self.title_gender or self.name_gender:
            return self.title_gender or self.name_gender
        m, f = self.votes
        return "" if m == f else "m" if m > f else "f"
    _rank: float = 0.0

    def add_name(self, name: str, rank: float = 1.0) -> None:
        """Record a variant; the canonical name is the first of those with the most name words
        (an honorific counts half, so "Sergey Lavrov" outranks "Mr. Lavrov")."""
        self.names.append(name)
        self.forms.add(name)
        weight = len(name.split()) - 1 + rank
        if weight > self._rank:
            self.canonical, self._rank = name, weight

    @property
    def name(self) -> str:
        return self.canonical


def same_given(a: list[str], b: list[str]) -> bool:
    """Given names that agree: equal, initials, or transliteration variants (Sergey/Sergei)."""
    return similar_given(a[0], b[0])


# Shared by the people index, its description rules and the pronoun rules.
# Titles a parent goes by: whom a child's "Papa" or "her father" may be.
FATHER_TITLES = frozenset("mr sir lord colonel captain major general dr squire".split())
MOTHER_TITLES = frozenset("mrs lady dame".split())
PARENT_REACH = 6000  # characters back to the parent a "Papa" calls
APPOSED_AFTER = regex.compile(r"[ \u00a0]*,[ \u00a0]*(?:\d{1,3},[ \u00a0]*)?")
# A short apposition set off by commas after a mention: ", the industry’s main trade group,", ", the curate,".
APPOSITION = regex.compile(r",[^,.;:!?“”\"\n]{1,60},")  # "Dale Ebbesmeyer, 74, a retired …"
# A clause that opens without a comma, its subject next: "he did not look up when his wife came in",
# "which Dele claimed stood for …".
CLAUSE_WORD = regex.compile(r"(?<![\p{L}])(?:which|who|that|when|where|while|as|and|but|until|till|before|then)[ \u00a0]+$")
WHO_NEXT = regex.compile(r"[ \u00a0]+(?:who|whom|whose)\b")  # "The lady who entered": one the clause brings in
# Heads that, after "the", usually describe a character already named ("the old man", "the girl");
# after "a", a new one ("A young woman in a grey cloak").
EPITHETS = {"man": "m", "gentleman": "m", "boy": "m", "fellow": "m", "lad": "m", "youth": "m",
            "woman": "f", "lady": "f", "girl": "f", "child": "", "person": ""}
CHARACTER = character_pattern(True)
