"""Mentions: the noun phrases that can name a speaker, found by shape, not by a list of people.

A *chunk* is a candidate mention: a capitalised name ("Foreign Minister Sergey Lavrov",
"Pakistan's Qureshi", "Russia's Foreign Ministry"), a pronoun ("he"), or a description
headed by a role or organisation noun ("the Russian foreign minister", "a senior
official", "a Pakistani foreign ministry statement", "officials").
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from quoteprov.given_names import gender_of
from quoteprov.lexicon import (
    ABBREVIATIONS,
    AUXILIARIES,
    DETERMINERS,
    DOCUMENT_NOUNS,
    IRREGULAR_PAST,
    KIN_NOUNS,
    NOT_NAMES,
    ORG_NOUNS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLES,
    UNNAMED_HEADS,
)
from quoteprov.records import Mention, SpeakerKind

# Reads only text[start:end] (no lookbehind; endpos bounds the lookaheads): ``names`` memoises the
# chunks of a window on the window's text.
_TOKEN = regex.compile(
    r"\r?\n[ \t]*\r?\n|--|(?:\p{Lu}\.){2,}(?:['’]s\b)?|\p{Lu}\.(?=\s+\p{Lu})"  # "E.P.A.’s" is one token
    r"|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*(?:\.(?=[\s,]))?|\S"
)
_PARTICLES = frozenset("de da del della di du van von der den ter la le al el bin ibn abu y dos das st. mc".split())
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")


def _possessive(word: str) -> bool:
    """Ends as a possessive does: "Lavrov's", "Jones'" (string tests: this runs for every word of a name)."""
    return word.endswith(_POSSESSIVE_ENDS)


def _unpossessed(word: str) -> str:
    """``word`` without a final 's or '."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


class Token:
    """A word or punctuation mark with its offsets; ``low`` is lowercased without a final full stop."""

    __slots__ = ("start", "end", "text", "low")

    def __init__(self, start: int, end: int, text: str, low: str | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = _low(text) if low is None else low

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


def _low(text: str) -> str:
    low = text.lower()
    return low if low.endswith("..") else low.rstrip(".")


# What each token string becomes, memoised (words recur): see ``_shape``.
_SHAPES: dict[str, tuple[str, str, bool]] = {}
_SHAPES_MAX = 1 << 17


def _shape(t: str) -> tuple[str, str, bool]:
    """The token's text, its ``low``, and whether the sentence's full stop is split off it."""
    if len(t) > 2 and t[-1] == "." and not t[:-1].replace(".", "").isupper():
        if t[:-1].lower() not in ABBREVIATIONS:  # "Capt." keeps its full stop; "the captain." does not
            return t[:-1], _low(t[:-1]), True
    if t[-1] == "\n":
        return "¶", _low("¶"), False
    return t, _low(t), False


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Words and punctuation of ``text[start:end]``. A blank line becomes a "¶" token and a
    sentence's full stop its own token, so that no mention runs on past either."""
    out: list[Token] = []
    append = out.append
    shapes = _SHAPES
    find = text.find
    e = start
    # Only whitespace lies between two tokens, and a token starts with none (or is a blank line,
    # which would have matched earlier): each starts where its text next occurs.
    for t in _TOKEN.findall(text, start, end):
        s = find(t, e, end)
        e = s + len(t)
        shape = shapes.get(t)
        if shape is None:
            shape = _shape(t)
            if len(shapes) < _SHAPES_MAX:
                shapes[t] = shape
        word, low, split = shape
        if split:
            append(Token(s, e - 1, word, low))
            append(Token(e - 1, e, ".", ""))  # the sentence's full stop ends any name
        elif t == "I." and out and out[-1].text[:1].islower():
            # "said I." is the pronoun before a full stop, not an initial ("John I. Smith")
            append(Token(s, e - 1, "I", "i"))
            append(Token(e - 1, e, ".", ""))
        else:
            append(Token(s, e, word, low))
    return out


class Chunk(NamedTuple):
    """A candidate mention with what we can tell of it (a named tuple: made by the
    thousand per article, so built in C and immutable all the same)."""

    start: int
    end: int
    text: str
    kind: str  # name | pronoun | description
    speaker_kind: SpeakerKind
    name: str  # the part that names: titles and possessors stripped ("Sergey Lavrov")
    head: str  # lowercased last word
    modifiers: tuple[str, ...]  # lowercased words before the head (titles, adjectives, possessor)
    gender: str = ""  # m | f | p | n | "" (unknown)

    def mention(self) -> Mention:
        return Mention(self.start, self.end, self.text, self.kind)


def plural_role(word: str) -> bool:
    """"doctors", "officials", "prosecutors": the plural of a role noun, or a plural that names people unnamed."""
    return len(word) > 3 and word.endswith("s") and (word in ROLE_NOUNS or word[:-1] in ROLE_NOUNS or
                                                     word in UNNAMED_HEADS)


_PLURAL_MODIFIERS = frozenset(
    "federal state local senior top former current foreign military police campaign party administration company "
    "union city county government white house defense defence".split()
)


def verb_fragment(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word ``text[start:end]`` opens a sentence that has no subject, a
    verb and its object or particle ("Shook it.", "Put it back on.", "Stood up."), or is a
    participle opening the sentence ("Asked about the emails, …"): no name."""
    word = text[start:end]
    return (start < 2 or text[start - 2] in ".!?" or text[start - 1] == "\n") and word.isalpha() and \
        (_VERB_FRAGMENT.match(text, end) is not None or
         len(word) >= 5 and word.endswith("ed") and _PARTICIPLE_PHRASE.match(text, end) is not None) and \
        not gender_of(word)


_VERB_FRAGMENT = regex.compile(r"[ \u00a0]+(?:(?:it|them)[ \u00a0.,;!?]|(?:up|down|out|off|away)[.,;!?])")
# "Asked about the emails, Dorsett …", "Pressed whether …", "Reached by phone, …", "Asked on ABC’s …": a participle
# opening the sentence
_PARTICIPLE_PHRASE = regex.compile(r"[ \u00a0]+(?:about|whether|if|by|why|how|what|on|in|at|during|after|for|to)\b")


def _is_name_word(tok: Token) -> bool:
    t = tok.text
    if not t[:1].isupper():
        return False
    known = _NAME_WORDS.get(t)
    if known is None:
        known = _name_word(t)
        if len(_NAME_WORDS) < _SHAPES_MAX:
            _NAME_WORDS[t] = known
    return known


_NAME_WORDS: dict[str, bool] = {}  # memo of _name_word: capitalised words recur


def _name_word(t: str) -> bool:
    """A capitalised token that can be part of a name (``t`` is a token's text)."""
    if len(t) == 2 and t[1] == ".":
        return True  # an initial
    low = _low(t)
    if low in NOT_NAMES or low.endswith("ing") and len(t) > 5:
        return False
    if contracted_pronoun(low):
        return False  # "He'd", "She'll", "They're": a pronoun and its verb
    return any(c.isalpha() for c in t)


_CONTRACTED = frozenset({"d", "ll", "re", "ve", "m", "s"})


def contracted_pronoun(word: str) -> bool:
    """"He'd", "They're", "It's": a pronoun (or another word that names nobody) with its verb."""
    if "'" not in word and "’" not in word:
        return False
    head, _, tail = word.lower().replace("’", "'").partition("'")
    return tail in _CONTRACTED and head.isalpha() and head in NOT_NAMES


_SUBHEAD_WORDS = AUXILIARIES | frozenset("him them us me it its this that".split())


def subhead(words: list[str]) -> bool:
    """"CONGRESS HAS INVESTIGATED HIM": three or more capitals-only words with a verb or pronoun
    among them are a news subheading, not a name ("WALLACE", "HILLARY CLINTON" are names)."""
    return len(words) >= 3 and all(w.isupper() for w in words) and \
        any(w.lower().rstrip(".") in _SUBHEAD_WORDS for w in words)


def _ing_place_description(toks: list[Token], j: int) -> int:
    """"a Downing Street spokesman": a capitalised -ing word opening a place name, before a role
    or organisation noun; the end of that description, or ``j`` when it is not one."""
    t = toks[j] if j < len(toks) else None
    if t is None or not (t.text[:1].isupper() and t.text.isalpha() and t.low.endswith("ing")):
        return j
    k = j + 1
    while k < len(toks) and _is_name_word(toks[k]):
        k += 1
    end = _description_end(toks, k) if k > j + 1 else j
    return end if end > k else j


_AUXILIARY_ING = frozenset({"having", "being", "getting"})  # "Having said that, …"
_CLAUSE_ENDS = frozenset(",.;:!?")
_ING_SUBJECT_AFTER = frozenset("when and but then as while until once so that where whereupon".split())
_PARTICIPLE_ADJECTIVES = frozenset("red bed need seed feed reed shed".split())  # (-ed words that are no verbs)


def _titled_ing(toks: list[Token], k: int) -> bool:
    """"Mrs. Harding", "Sen. Manning", "Kyle Dunning": after a title or a common given name a
    capitalised -ing word is a surname, not a verb; so is one after another capitalised word that
    a comma or full stop ends ("Walt Dunning, a retired band director"), or one a speech verb
    follows ("Dunning says", "Manning said": a verb's -ing form is no speaker), or one before an
    organisation's noun ("Fjordline Shipping Services", "Acme Publishing Group")."""
    t = toks[k]
    if not (t.text[:1].isupper() and t.text.isalpha()) or t.low in _AUXILIARY_ING:
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is not None and after.text in SPEECH_VERBS and t.low.endswith("ing"):
        return True
    if k > 0 and t.low.endswith("ing") and (after is None or after.text in _CLAUSE_ENDS) and \
            toks[k - 1].text in SPEECH_VERBS:
        return True  # "“It is late,” said Manning.": who said it, not a verb's -ing form
    if k > 0 and t.low.endswith("ing") and toks[k - 1].text in _ING_SUBJECT_AFTER and after is not None and \
            after.text.islower() and after.text.endswith("ed") and after.low not in _PARTICIPLE_ADJECTIVES:
        return True  # "when Boulting shimmered in": a clause's subject before its past-tense verb
    return k > 0 and (toks[k - 1].low in TITLES or bool(gender_of(toks[k - 1].text)) or
                      _is_name_word(toks[k - 1]) and after is not None and
                      (after.text in (",", ".") or after.text[:1].isupper() and after.low in ORG_NOUNS))


_ING_IN_CONTEXT = regex.compile(r"(?r)\b(?P<before>\p{Ll}+)[ \u00a0]+$")
_ING_VERB_AFTER = regex.compile(r"[ \u00a0]+(?P<after>\p{Ll}+ed)\b|(?P<end>[,.;:!?])")


def ing_name_in_context(text: str, start: int, end: int) -> bool:
    """Whether the capitalised -ing word at ``text[start:end]`` stands where a name does, as
    ``_titled_ing`` reads tokens: after a speech verb before a clause's end ("said Manning."), or
    after "when", "and" … before a past-tense verb ("when Boulting shimmered in")."""
    before = _ING_IN_CONTEXT.search(text, max(0, start - 20), start)
    after = _ING_VERB_AFTER.match(text, end)
    if before is None or after is None:
        return False
    word = before.group("before")
    if after.group("end"):
        return word in SPEECH_VERBS
    return word in _ING_SUBJECT_AFTER and after.group("after") not in _PARTICIPLE_ADJECTIVES


@lru_cache(maxsize=256)
def surname_elsewhere(text: str, word: str) -> bool:
    """Whether the text writes the capitalised -ing word ``word`` after a given name or a title
    somewhere ("Rep. Martin Kessling", "Mrs. Harding"): a surname, wherever it stands alone."""
    if not word[:1].isupper():
        return False  # ("Republican strategist advising a Senate campaign": a verb, however it was titled)
    for m in regex.finditer(rf"(?<=[ \u00a0]){regex.escape(word)}(?!\p{{L}})", text):
        before = text[max(0, m.start() - 20):m.start()].split()
        if before and (gender_of(before[-1]) or before[-1].lower().rstrip(".") in TITLES):
            return True
    return False


_COUNTING = frozenset("one another two three several some".split())  # before an adjective and a capital, as an article
_PARTY_MEMBERS = frozenset({"democrat", "republican", "independent", "libertarian", "conservative", "liberal", "tory"})
# Adjectives a story sets before a name ("the younger Miss Croft", "the old Mr. Hale").
NAME_ADJECTIVES = frozenset("elder younger eldest youngest old young little poor dear good late".split())


def chunk_at(text: str, toks: list[Token], i: int) -> tuple[Chunk | None, int]:
    """The chunk that starts at token ``i``, and the index of the token after it."""
    tok = toks[i]
    low = tok.low
    if "'" in low or "’" in low:
        head, _, tail = low.replace("’", "'").partition("'")
        if tail in _CONTRACTED and head in PRONOUNS:
            # "He’s claiming", "It’s denouncing": the pronoun, without its verb
            c = _make(text, [Token(tok.start, tok.start + len(head), tok.text[:len(head)], head)], 0, 1, "pronoun")
            return c, i + 1
    if low in PRONOUNS and (tok.text.islower() or tok.text[:1].isupper()):
        if low == "i" and tok.text != "I":
            return None, i + 1
        return _make(text, toks, i, i + 1, "pronoun"), i + 1
    if low in ("someone", "somebody"):  # "Someone near the back of the auditorium shouted"
        return _make(text, toks, i, i + 1, "description")._replace(speaker_kind=SpeakerKind.UNNAMED), i + 1
    if low == "one" and i + 2 < len(toks) and toks[i + 1].low == "of":
        found = _one_of(text, toks, i)
        if found is not None:
            return found
    if _party_place(toks, i) or i > 0 and _party_place(toks, i - 1):
        k = i + 1  # "State Sen. Elias Navarro, R-Reno, …", "(D-Las Vegas)": a party and a place, no one
        while k < len(toks) and (toks[k].text == "." or _is_name_word(toks[k])):
            k += 1
        return None, k
    j = i
    # Determiner or possessive pronoun opens a description (or a titled name: "the Rev. X").
    if low in POSSESSIVE_PRONOUNS and i + 1 < len(toks) and toks[i + 1].low == "justice" and i > 0 and \
            toks[i - 1].low in ("do", "did", "does", "done", "doing"):
        return None, i + 2  # "to do her justice": an idiom, no Justice
    if low in ("his", "her", "your") and i + 1 < len(toks) and toks[i + 1].low in HONORIFICS and \
            toks[i + 1].text[:1].isupper():
        return _make(text, toks, i, i + 2, "description"), i + 2  # "His Grace", "her ladyship": a title of rank
    if low in DETERMINERS or low in POSSESSIVE_PRONOUNS:
        j = i + 1
        titled = j < len(toks) and (_is_name_word(toks[j]) or toks[j].low in TITLES and toks[j].text[:1].isupper())
        if not titled and low in ARTICLES and j + 1 < len(toks) and toks[j].text[:1].isupper() and \
                toks[j].low.endswith("ing") and _is_name_word(toks[j + 1]):
            inner, k = chunk_at(text, toks, j + 1)  # "The Voting Rights Project", "the Housing Authority"
            if inner is not None and inner.kind == "name" and inner.head in ORG_NOUNS:
                whole = text[toks[j].start:inner.end]
                return _make(text, toks, i, k, inner.kind, inner._replace(name=" ".join(whole.split()))), k
        if titled and low not in ARTICLES:
            return None, i + 1  # "that Hillary Clinton": the name stands on its own
        if titled:
            inner, k = chunk_at(text, toks, j)
            if inner is not None and inner.kind != "pronoun":
                return _make(text, toks, i, k, inner.kind, inner), k
        elif low in ARTICLES:
            end = _ing_place_description(toks, j)
            if end > j:
                return _make(text, toks, i, end, "description"), end
        k = j
        comma = -1
        while k < len(toks) and k - j < 6 and (toks[k].text[:1].isalnum() and (_plain_word(toks[k]) or
                                                                             _adjective_before_role(toks, k)) and
                                               not (k > j and _is_name_word(toks[k])) or
                                               _adjective_comma(toks, j, k) and comma < 0 or _plural_possessive(toks, j, k)):
            if k > j and (toks[k].low.endswith("ed") and role_word(_head_word(toks[k - 1])) or
                          toks[k].low in IRREGULAR_PAST and toks[k].low not in _PAST_NOUNS or
                          toks[k - 1].low in DOCUMENT_NOUNS and toks[k].low.endswith("s") and
                          not toks[k].low.endswith("ss")):
                break  # "The rector | leaned forward", "the billionaire | laid out": a verb after the person's noun
                # ("The letter | gives the foundation until Oct. 14": a document's verb)
            if toks[k].text == ",":
                comma = k  # "a long, sallow man in a black coat": adjectives in a row
            k += 1
        if comma >= 0 and not (k > comma + 1 and role_word(_head_word(toks[k - 1]))):
            k = comma  # no person after the comma: the description ends before it
        if low in ARTICLES and j < k < len(toks) and all(t.low in NAME_ADJECTIVES for t in toks[j:k]) and \
                (_is_name_word(toks[k]) or toks[k].low in TITLES and toks[k].text[:1].isupper()):
            inner, after = chunk_at(text, toks, k)  # "the younger Miss Croft", "the old Mr. Hale"
            if inner is not None and inner.kind == "name":
                return _make(text, toks, i, after, inner.kind, inner), after
        if (low in ARTICLES or low in _COUNTING) and j < k < len(toks) and _is_name_word(toks[k]) and \
                not _possessive(toks[k].text):
            # "a senior Reese aide", "a former Obama administration official", "one senior Castleberry aide": the
            # capital inside the description
            m = k
            while m < len(toks) and m - k < 3 and _is_name_word(toks[m]) and not _possessive(toks[m].text):
                m += 1
            end = _description_end(toks, m)
            if end > m:
                return _make(text, toks, i, end, "description"), end
            if toks[m - 1].low in _PARTY_MEMBERS and not (m < len(toks) and toks[m].low in TITLES):
                # "the 54-year-old Democrat", "a prominent New York Republican": a party member described
                return _make(text, toks, i, m, "description"), m
        end = k
        while end > j and not _nounish(toks[end - 1]):
            end -= 1
        if end > j and toks[end - 1].low in OF_TITLES:
            office = end - 1
            end = _lowercase_portfolio_end(toks, end)  # "the former secretary of state", "the director of national …"
            if end > office + 1:  # the office is the head: "secretary", whose portfolio follows
                c = _make(text, toks, i, end, "description")
                return c._replace(head=toks[office].low, modifiers=tuple(t.low for t in toks[i:office])), end
        if end > j and toks[end - 1].low not in _ADJECTIVE_HEADS:  # (not "Here is the closest the speech came …")
            return _make(text, toks, i, end, "description"), end
        return None, i + 1
    if low in ("who", "which") and tok.text == low:
        return _make(text, toks, i, i + 1, "pronoun"), i + 1
    if low in _PLURAL_MODIFIERS and i + 1 < len(toks) and plural_role(toks[i + 1].low) and \
            toks[i + 1].text.islower():
        # "federal prosecutors wrote", "senior officials said": the people a plural names, with its modifier
        return _make(text, toks, i, i + 2, "description")._replace(speaker_kind=SpeakerKind.UNNAMED), i + 2
    if (low in UNNAMED_HEADS or low in ROLE_NOUNS and low.endswith("s")) and not (
        i + 1 < len(toks) and _is_name_word(toks[i + 1])
    ):
        # "Officials said …", "Witnesses told …": a capital at the start of a sentence, not a name.
        return _make(text, toks, i, i + 1, "description"), i + 1
    if verb_fragment(text, tok.start, tok.end):
        return None, i + 1  # "He took off his cap. Shook it. Put it back on.": a sentence without its subject
    if _is_name_word(tok) or low in TITLES and tok.text[:1].isupper() or \
            low.endswith("ing") and (_titled_ing(toks, i) or tok.text.isalpha() and surname_elsewhere(text, tok.text)):
        k = i
        portfolio = -1  # where the name starts after "Secretary of State", "Director of National Intelligence"
        while k < len(toks):
            t = toks[k]
            if t.low == "of" and portfolio < 0 and k > i and toks[k - 1].low in OF_TITLES:
                portfolio = _portfolio_end(toks, k)
                if portfolio > k:
                    k = portfolio
                    continue
            if _is_name_word(t) or (t.low in TITLES and t.text[:1].isupper()) or _titled_ing(toks, k) or \
                    k == i and t.low.endswith("ing"):  # (the -ing surname the test above let in: "Kessling has")
                k += 1
                if _possessive(t.text) and not (k < len(toks) and _is_name_word(toks[k])):
                    break
                continue
            if (t.low in _PARTICLES or t.low in ("of", "for", "on") and toks[k - 1].low in ORG_NOUNS or
                t.low in ("for", "against") and k - 1 == i and toks[i].text.endswith("s")) and k + 1 < len(toks) \
                    and _is_name_word(toks[k + 1]) and k > i:  # "Americans for Prosperity", "Mothers Against …"
                k += 1  # "van der Berg"; "The National Council of Retired Workers", "the Center for Responsive Politics"
                continue
            if _and_goes_on(toks, i, k):
                k += 1  # "the Department of Health and Human Services", "… for Environment, Food and Rural Affairs"
                continue
            break
        # "Pakistan's foreign ministry statement": capitalised possessor, lowercase description.
        if k > i and _possessive(toks[k - 1].text):
            end = _description_end(toks, k)
            if end > k:
                return _make(text, toks, i, end, "description"), end
        # "The National Association of Manufacturers’ chief economist": a plural's apostrophe, a token of its own
        if i < k < len(toks) - 1 and toks[k].text in ("'", "’") and toks[k].start == toks[k - 1].end and \
                toks[k - 1].text.endswith("s") and toks[k + 1].text[:1].islower():
            end = _description_end(toks, k + 1)
            if end > k + 1:
                owner = toks[k - 1]
                joined = Token(owner.start, toks[k].end, owner.text + toks[k].text, owner.low + toks[k].text)
                return _make(text, [*toks[i:k - 1], joined, *toks[k + 1:end]], 0, end - i - 1, "description"), end
        if k == i:
            return None, i + 1
        if i < portfolio < k:
            # "Secretary of State John Kerry": one mention, the office its titles, the person its name.
            inner = _make(text, toks, portfolio, k, "name")
            if inner.kind == "name" and inner.speaker_kind is SpeakerKind.PERSON:
                titles = tuple(t.low for t in toks[i:portfolio] if t.low not in ("of", "the", "and"))
                return _make(text, toks, i, k, "name", inner._replace(modifiers=titles + inner.modifiers)), k
        if subhead([t.text for t in toks[i:k]]):
            return None, k
        # Lowercase role and organisation nouns right after a capitalised adjective:
        # "Pakistani foreign ministry", "Russian officials", "US officials".
        end = _description_end(toks, k)
        if end > k:
            return _make(text, toks, i, end, "description"), end
        return _make(text, toks, i, k, "name"), k
    if low in UNNAMED_HEADS or low in ROLE_NOUNS and low.endswith("s"):
        return _make(text, toks, i, i + 1, "description"), i + 1
    return None, i + 1


def _and_goes_on(toks: list[Token], i: int, k: int) -> bool:
    """Whether the "and" (or the comma of a list ending in "and") at ``k`` goes on with the name of an
    organisation begun at ``i`` with "of" or "for" after an organisation noun ("the Department of Health
    and Human Services", "the Department for Environment, Food and Rural Affairs")."""
    t = toks[k]
    if t.low not in ("and", "&") and t.text != "," or k + 1 >= len(toks) or not _is_name_word(toks[k + 1]):
        return False
    if not any(toks[n].low in ("of", "for") and toks[n - 1].low in ORG_NOUNS for n in range(i + 1, k)):
        end = k + 1
        while end < len(toks) and _is_name_word(toks[end]):
            end += 1
        # ("U.S. Customs and Border Protection", "Immigration and Customs Enforcement": an agency's name)
        return t.low in ("and", "&") and not _someone(toks[k + 1]) and \
            (toks[end - 1].low in ORG_NOUNS or toks[end - 1].low in _AGENCY_ENDS)
    if t.text == ",":  # only a list that ends in "and" and a capital: "Environment, Food and Rural Affairs"
        return k + 3 < len(toks) and toks[k + 2].low == "and" and _is_name_word(toks[k + 3]) and \
            not _someone(toks[k + 3])
    return not _someone(toks[k + 1])  # (not "the Ministry of Defence and Boris Johnson")


_AGENCY_ENDS = frozenset("protection enforcement prevention security services affairs development research management "
                         "resources relations safety welfare conservation transportation".split())


def _someone(tok: Token) -> bool:
    """A word that begins a person's name: a common given name or a title."""
    return bool(gender_of(tok.text)) or tok.low in TITLES


# Offices named with "of" before a person's name: "Secretary of State John Kerry", "Director of
# National Intelligence James Clapper", "Speaker of the House Paul Ryan", "Chief of Staff Reince Priebus".
OF_TITLES = frozenset("secretary minister director chief speaker chairman chairwoman chair commissioner "
                       "chancellor secretary-general administrator".split())
_PORTFOLIOS = frozenset("""state defense defence treasury labor labour commerce energy education agriculture
    transportation transport interior justice health homeland security veterans affairs housing urban development
    human services foreign home finance war navy army air force staff national intelligence information culture
    environment trade industry economy exchequer house senate commons communications public works immigration
    planning tourism sport sports welfare social budget management policy operations""".split())


def _lowercase_portfolio_end(toks: list[Token], k: int) -> int:
    """After an office at ``k - 1`` ("secretary"), the end of a lowercase portfolio ("of state", "of
    homeland security"), or ``k``."""
    m = k + 1 if k < len(toks) and toks[k].low == "of" else k
    if m < len(toks) and toks[m].low == "the":
        m += 1
    n = m
    while n < len(toks) and n - m < 3 and toks[n].text.islower() and toks[n].low in _PORTFOLIOS:
        n += 1
    return n if m > k and n > m else k


def _portfolio_end(toks: list[Token], k: int) -> int:
    """After the "of" at ``k``: the end of an office's capitalised words ("of State", "of the House",
    "of Health and Human Services") when a person's name follows them; ``k`` when not."""
    m = k + 1
    if m < len(toks) and toks[m].low == "the":
        m += 1
    start = m
    while m < len(toks) and (toks[m].low in _PORTFOLIOS and toks[m].text[:1].isupper() or
                             toks[m].low == "and" and m > start and m + 1 < len(toks) and
                             toks[m + 1].low in _PORTFOLIOS and toks[m + 1].text[:1].isupper()):
        m += 1
    if m == start or m >= len(toks) or not _is_name_word(toks[m]):
        return k
    return m


def _one_of(text: str, toks: list[Token], i: int) -> tuple[Chunk, int] | None:
    """"one of two people close to the campaign", "one of the officials": a source one of a group,
    with the words that place the group (up to a verb or a stop)."""
    # The group: "the two people", "two Democratic officials", "his aides" — up to its head noun.
    k = i + 2
    while k < len(toks) and k - i < 8 and toks[k].text.isalpha() and \
            not (_group_head(toks[k]) and (toks[k].low.endswith("s") or toks[k].low in UNNAMED_HEADS)):
        if toks[k].low in SPEECH_VERBS or toks[k].low in AUXILIARIES:
            return None
        k += 1
    if (k >= len(toks) or not toks[k].text.isalpha()) and k - 1 >= i + 2 and _PEOPLE_PLURAL.search(toks[k - 1].low):
        k -= 1  # "one of the current employees,": the group ends where its words do
    if k >= len(toks) or not toks[k].text.isalpha() or not (toks[k].low.endswith("s") or toks[k].low in UNNAMED_HEADS):
        return None  # "one of the best", "one of his own": no group of people
    head = toks[k].low
    k += 1
    end = k
    if k < len(toks) and (toks[k].low in PREPOSITIONS or toks[k].low in _PLACING):
        m = k
        while m < len(toks) and m - k < 6 and toks[m].text[:1].isalnum() and toks[m].low not in SPEECH_VERBS and \
                toks[m].low not in AUXILIARIES and toks[m].low not in ("who", "which", "that", "and", "but"):
            m += 1
        end = m
    start, stop = toks[i].start, toks[end - 1].end
    whole = text[start:stop]
    return Chunk(start, stop, whole, "description", SpeakerKind.UNNAMED, whole, head, ("one",), ""), end


def _group_head(tok: Token) -> bool:
    """A lowercase noun for people: "people", "officials", "aides", "sources"."""
    return tok.text.islower() and (tok.low in UNNAMED_HEADS or tok.low in ROLE_NOUNS or role_word(tok.low.rstrip("s")))


_PEOPLE_PLURAL = regex.compile(r"(?:ees|ers|ors|ists|ents|ans|ians)$")  # "employees", "workers", "residents"
_PLACING = frozenset("close familiar involved briefed".split())  # "one of two people close to the campaign"


ARTICLES = frozenset({"the", "a", "an"}) | POSSESSIVE_PRONOUNS
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent")
_NOT_AGENTS = frozenset("after under over never ever however whether either neither rather together for or "
                        "other another later earlier sooner inner outer upper lower former latter number order "
                        "water matter letter paper center centre border corner".split())


_NOT_TITLES = frozenset({"fan", "man", "boy", "girl", "people", "person", "friend", "son", "member"})


def title_word(low: str, n: int, count: int) -> bool:
    """A word that titles the name after it: "Foreign Minister", "Rival Hillary Clinton", "Pollster X"."""
    return low in TITLES or (n < count - 1 and low in ROLE_NOUNS and low not in _NOT_TITLES)


_NOT_PREFIX = frozenset("self well so".split())  # ("self-starter", "well-wisher": no role of the one named)


def role_word(word: str) -> bool:
    """A lowercase word naming a role ("minister", "forecaster", "businessman", "pollster")."""
    if word in ROLE_NOUNS or word in TITLES:
        return True
    if "-" in word and word.replace("-", "").isalpha() and word.rsplit("-", 1)[0] not in _NOT_PREFIX:
        return role_word(word.rsplit("-", 1)[1])  # "front-runner", "co-founder", "ex-minister"
    if not word.isalpha() or word in _NOT_AGENTS:
        return False
    return len(word) >= 6 and word.endswith(_AGENT_SUFFIXES) or len(word) >= 7 and word.endswith(("man", "woman"))


def _nounish(tok: Token) -> bool:
    """Could end a noun phrase: not an adjective-looking, adverb-looking or past-tense word."""
    w = _head_word(tok)
    if w in ROLE_NOUNS or w in ORG_NOUNS or w in UNNAMED_HEADS:
        return True
    if w in IRREGULAR_PAST:
        return False
    return not w.endswith(("ly", "ing", "ed", "ous", "ful", "ive", "al", "ic", "ble")) and len(w) > 2


# "His Grace", "Her Ladyship", "Your Majesty": the ranks each honorific belongs to.
HONORIFICS = {
    "grace": ("duke", "duchess", "archbishop"),
    "lordship": ("lord", "earl", "marquis", "marquess", "viscount", "baron", "bishop", "judge"),
    "ladyship": ("lady", "countess", "duchess", "marchioness", "viscountess", "baroness"),
    "majesty": ("king", "queen"),
    "excellency": ("ambassador", "governor", "president", "excellency"),
}


def pronoun_at(start: int, word: str) -> Chunk:
    """A he/she/him/her (or his/her) at ``start`` as a pronoun mention of its own, with the gender it says."""
    gender = "m" if word.lower() in ("he", "him", "his") else "f" if word.lower() in ("she", "her", "hers") else ""
    return Chunk(start, start + len(word), word, "pronoun", SpeakerKind.PERSON, word, word.lower(), (), gender)


def owner_pronoun(c: Chunk) -> Chunk:
    """The his/her that opens description ``c`` ("her latest television ad", "his wife"), as a
    pronoun mention of its own (for the person it stands for)."""
    word = c.modifiers[0]
    return c._replace(end=c.start + len(word), text=c.text[:len(word)], kind="pronoun", speaker_kind=SpeakerKind.PERSON,
                      name=c.text[:len(word)], head=word, modifiers=(), gender={"his": "m", "her": "f"}.get(word, ""))


def _adjective_comma(toks: list[Token], j: int, k: int) -> bool:
    """A comma between two adjectives of a description ("a long, sallow man"), not after its noun."""
    return k > j and toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].text[:1].islower() and \
        toks[k + 1].text.isalpha() and _plain_word(toks[k + 1]) and not role_word(_head_word(toks[k - 1])) and \
        toks[k - 1].low not in ROLE_NOUNS and toks[k - 1].text.isalpha() and toks[k - 1].text.islower()


def _plural_possessive(toks: list[Token], j: int, k: int) -> bool:
    """The apostrophe of "a tenants’ charity", "the teachers' union": the description goes on to its noun."""
    t = toks[k]
    return j < k < len(toks) - 1 and t.text in ("'", "’") and toks[k - 1].end == t.start and \
        toks[k - 1].low.endswith("s") and toks[k + 1].start == t.end + 1 and toks[k + 1].text[:1].islower()


def _plain_word(tok: Token) -> bool:
    w = tok.low
    if w in ORG_NOUNS or w in ROLE_NOUNS:
        return True
    if w.endswith(("n't", "n’t")):
        return False  # "the boy | didn't look up"
    if w in _ORDINAL_ADVERBS:
        return True  # "the first officer", "the only witness": adverbs elsewhere, adjectives here
    return not (w in SPEECH_VERBS or w in PREPOSITIONS or w in DETERMINERS or w in AUXILIARIES or w in NOT_NAMES)


_ORDINAL_ADVERBS = frozenset(("first", "only"))
_ROLE_ADJECTIVES = frozenset(("outside", "inside"))


def _adjective_before_role(toks: list[Token], k: int) -> bool:
    """"outside counsel", "an inside adviser": a preposition that is an adjective before a role noun."""
    return toks[k].low in _ROLE_ADJECTIVES and k + 1 < len(toks) and toks[k + 1].low in ROLE_NOUNS


def _description_end(toks: list[Token], k: int) -> int:
    """End of a run of lowercase words after ``k`` that ends on a role or organisation noun."""
    m = k
    while m < len(toks) and m - k < 4 and toks[m].text[:1].islower() and \
            (toks[m].text.isalpha() or "-" in toks[m].text and toks[m].text.replace("-", "").isalpha()) and \
            _plain_word(toks[m]) \
            and not (toks[m].low in IRREGULAR_PAST and toks[m].low not in _PAST_NOUNS):  # ("… Raghunathan | took office")
        m += 1
    for end in range(m, k, -1):
        head = _head_word(toks[end - 1])
        if head in ROLE_NOUNS or head in ORG_NOUNS or head in UNNAMED_HEADS or role_word(head) or \
                head in _PLURAL_ORGS or head in KIN_NOUNS:  # "The London papers", "Russian agencies", "the Captain's widow"
            return end
    return k


_CONNECTORS = frozenset("of for on against".split())  # inside an organisation's name
_PAST_NOUNS = frozenset("felt left set found put sold".split())  # irregular pasts that are nouns too
# Organisations in the plural (not "reports", "initiatives": verbs and things as well).
_PLURAL_ORGS = frozenset("papers newspapers agencies embassies ministries governments parties companies banks unions "
                         "councils authorities networks militaries".split())


def _head_word(tok: Token) -> str:
    return _unpossessed(tok.low)


def _make(text: str, toks: list[Token], i: int, j: int, kind: str, inner: Chunk | None = None) -> Chunk:
    start, end = toks[i].start, toks[j - 1].end
    if inner is not None:
        skind = inner.speaker_kind
        if inner.kind == "name" and toks[i].low == "the" and acronym(inner.name):
            skind = SpeakerKind.ORGANISATION  # ("The NLF said …", "the FBI": an organisation, never a he or a she)
        return Chunk(start, end, text[start:end], inner.kind, skind, inner.name, inner.head, inner.modifiers, inner.gender)
    words = [t.text for t in toks[i:j]]
    lows = [t.low for t in toks[i:j]]
    head = _unpossessed(lows[-1])
    gender = ""
    if kind == "pronoun":
        gender = PRONOUNS.get(lows[0], "")
        return Chunk(start, end, text[start:end], kind, SpeakerKind.PERSON, text[start:end], head, (), gender)
    if "mrs" in lows or "ms" in lows or "miss" in lows:
        gender = "f"
    elif "mr" in lows:
        gender = "m"
    if kind == "name":
        # The name proper: the words after the last title or possessor.
        cut = 0
        for n, (w, lw) in enumerate(zip(words, lows)):
            if n > 0 and lows[n - 1] in _CONNECTORS:
                continue  # "the Council on Foreign Relations": the name of what it is about, no title
            if title_word(lw, n, len(words)) or _possessive(w) and n < len(words) - 1:
                cut = n + 1
        if cut >= len(words):
            # Titles only ("Deputy Director"): a description of a role, not a name.
            return _make(text, toks, i, j, "description")
        name = _unpossessed(" ".join(words[cut:])) if words[-1][-2:] in ("'s", "’s") else " ".join(words[cut:])
        is_org = head in ORG_NOUNS or any(lw in ORG_NOUNS or lw in ("for", "against") for lw in lows[cut:]) or \
            lows[0] == "the" and acronym(" ".join(words[cut:]))  # ("the FBI")
        skind = SpeakerKind.ORGANISATION if is_org else SpeakerKind.PERSON
        if is_org:
            name = text[start:end]
        return Chunk(start, end, text[start:end], kind, skind, name, head, tuple(lows[:cut]), gender)
    if head in ORG_NOUNS and head not in ROLE_NOUNS:
        skind = SpeakerKind.ORGANISATION
    elif head in UNNAMED_HEADS or lows[0] in ("a", "an", "one", "two", "three", "several", "some", "many"):
        skind = SpeakerKind.UNNAMED
    else:
        skind = SpeakerKind.PERSON
    return Chunk(start, end, text[start:end], kind, skind, text[start:end], head, tuple(lows[:-1]), gender)


_PARTY_PLACE = regex.compile(r"[RDI]-\p{Lu}[\p{L}.]*")  # a legislator's party and state or town: "R-Ky", "D-Las"


def _party_place(toks: list[Token], i: int) -> bool:
    return i > 0 and toks[i - 1].text in (",", "(") and _PARTY_PLACE.fullmatch(toks[i].text) is not None


_ACRONYM = regex.compile(r"\p{Lu}{2,6}(?:[ \u00a0]+\p{Lu}{2,6})*")


def acronym(name: str) -> bool:
    """"FBI", "NLF": a name of capitals only, which after "the" is an organisation, never a he or a she."""
    return _ACRONYM.fullmatch(name) is not None


# Adjectives that head a description with no noun after them: "the closest", "the latest", "the same".
_ADJECTIVE_HEADS = frozenset("closest latest best worst most least following same biggest largest highest lowest "
                             "greatest nearest furthest farthest".split())


def chunks(text: str, start: int, end: int) -> list[Chunk]:
    """Every candidate mention in ``text[start:end]``, left to right."""
    toks = tokens(text, start, end)
    out: list[Chunk] = []
    i = 0
    while i < len(toks):
        c, i = chunk_at(text, toks, i)
        if c is None:
            continue
        merged = titled_name(text, out[-1], c) if out else None
        if merged is not None:
            out[-1] = merged
            continue
        out.append(c)
    return out


def titled_name(text: str, prev: Chunk, c: Chunk) -> Chunk | None:
    """"Russian foreign minister Sergey Lavrov": a role description right before a person's
    name titles it; the two are one mention. None when they are not."""
    if (
        c.kind == "name" and prev.kind == "description" and c.speaker_kind is SpeakerKind.PERSON
        and prev.speaker_kind is not SpeakerKind.ORGANISATION and text[prev.end:c.start].strip() == ""
        and role_word(prev.head)
    ):
        mods = tuple(w for w in prev.modifiers + (prev.head,) if w not in DETERMINERS) + c.modifiers
        return Chunk(prev.start, c.end, text[prev.start:c.end], "name", c.speaker_kind, c.name, c.head, mods, c.gender)
    return None


def name_chunk(text: str, start: int, end: int) -> Chunk:
    """``text[start:end]`` taken whole as a name (an interview label such as "WALLACE")."""
    toks = tokens(text, start, end)
    return _make(text, toks, 0, len(toks), "name")
