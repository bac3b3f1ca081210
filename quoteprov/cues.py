"""Cues: the speech verb or phrase next to a quote, and the mention it points at.

Each finder looks at one stretch of text outside quotes (the *frame*) and returns a
``SpeechEvent`` with a stable rule id:

=========================== ==============================================
rule                        layout
=========================== ==============================================
cue.after.name-said         “…,” Lavrov said / “…,” Lavrov, who …, said
cue.after.said-name         “…,” said Lavrov
cue.after.according-to      “…,” according to the ministry
cue.after.dash-name         “…” — Jane Doe
cue.before.name-said        Lavrov said: “…” / Lavrov said the talks were “…”
cue.before.according-to     According to Lavrov, “…”
cue.before.name-colon       Lavrov: “…” (headlines, captions)
cue.after.clause            “…”, an increase he said was … (a cue later in the sentence)
=========================== ==============================================
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from quoteprov.given_names import gender_of
from quoteprov.lexicon import (
    ABBREVIATIONS,
    AUXILIARIES,
    DOCUMENT_NOUNS,
    GESTURES,
    IRREGULAR_PAST,
    ORG_NOUNS,
    PLURAL_NOUN_VERBS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    TAG_VERBS,
    TITLES,
    UNNAMED_HEADS,
)
from quoteprov.mentions import Chunk, Token, chunk_at, name_chunk, pronoun_at, role_word, tokens
from quoteprov.records import Cue, SpeakerKind

_LEAD_PUNCT = frozenset(",.;!?—–―-…\u00a0")
_DASHES = frozenset("—–―-")
# Verbs after which the inverted order "said X" is not used in news.
_NOT_INVERTED = frozenset({"told", "tells", "called", "calls", "likened", "described", "urged", "reminded", "quoted"})


@dataclass(frozen=True, slots=True)
class SpeechEvent:
    cue: Cue
    chunk: Chunk
    rule: str
    confidence: float


def _is_verb(tok: Token, nxt: Token | None = None) -> bool:
    low = tok.text.lower()
    if low in SPEECH_VERBS:
        # "Kall compared Trump to a coach …" speaks; "…, compared to 11% of …" does not; nor does
        # one who returns somewhere ("is not scheduled to return until July 22", "returned home").
        return not (low.startswith("compar") and nxt is not None and nxt.text.lower() in ("to", "with") or
                    low.startswith("return") and nxt is not None and nxt.text.lower() in _GOING_ON or
                    low in _GO and nxt is not None and nxt.text.lower() not in _GO_SPEAKS or
                    low in _REFER and (nxt is None or nxt.text.lower() not in _REFER_SPEAKS) or
                    low in _MAINTAIN and nxt is not None and nxt.text.lower() not in _MAINTAIN_SPEAKS)
        # ("maintained that …" speaks, "is maintaining buildings that are “…”" does not)
        # ("referred to the bill as “…”" speaks; "had referred “a small number of matters” to the FBI" does not)
    if low in PLURAL_NOUN_VERBS and nxt is not None and nxt.text.lower() in ("that", ":"):
        return True  # "The Post reports that …", but "Republican claims as …"
    if nxt is None:
        return False
    return low in ("put", "puts") and nxt.text.lower() == "it" or _PHRASAL.get(low) == nxt.text


_MAINTAIN = frozenset("maintain maintains maintained maintaining".split())
_MAINTAIN_SPEAKS = frozenset(["that", ",", ":", "—", "–", "his", "her", "their", "its"])
_REFER = frozenset("refer refers referred referring".split())
_REFER_SPEAKS = frozenset(["to", ",", ":", "—", "–"])
_FINDING = frozenset("found finds held holds".split())  # a court's or an inquiry's, before "that"
# "went on", "and he goes, “…”" speak; "The agent's hands went round one another" does not.
_GO = frozenset("go goes went going".split())
_GO_SPEAKS = frozenset(["on", ",", ":", ".", "“", "\"", "‘", "'", "—", "–"])
_GOING_ON = frozenset("to until till from home there here in on at after before by for with".split())
# Verbs that speak with their particle: "“Of course she will go,” put in Harriet", "Lydia broke in".
_PHRASAL = {
    "put": "in", "puts": "in", "broke": "in", "breaks": "in", "cut": "in", "cuts": "in", "chimed": "in",
    "chimes": "in", "chipped": "in", "struck": "in", "spoke": "up", "speaks": "up", "piped": "up", "pipes": "up",
    "fired": "back", "fires": "back", "hit": "back", "hits": "back", "pushed": "back", "pushes": "back",
}


def _particle(toks: list[Token], n: int) -> int:
    """1 when the verb at ``n`` speaks with the particle after it ("put in"), else 0."""
    return int(n + 1 < len(toks) and _PHRASAL.get(toks[n].text.lower()) == toks[n + 1].text)


def _began(toks: list[Token], n: int) -> bool:
    """"‘I am so sorry,’ she began, ‘but …’": "began" is a speech verb only right after the quote's
    subject and before a comma or the sentence's end (not "began to walk")."""
    return toks[n].text in ("began", "begins") and (n + 1 >= len(toks) or toks[n + 1].text in (",", ".", ";"))


def _began_by(toks: list[Token], n: int) -> bool:
    """“Girls,” began Prue: "began" before its speaker (not “Empty Floors,” began running last week)."""
    return toks[n].text == "began" and n + 1 < len(toks) and \
        (toks[n + 1].text[:1].isupper() or toks[n + 1].low in ("the", "his", "her", "my", "their", "our"))


# The lows of the words _is_verb can accept (a token's low is its lowercase text, or that
# without its final full stops): a cheap test that rules out most tokens first.
_VERB_LOWS = frozenset(w for v in SPEECH_VERBS | PLURAL_NOUN_VERBS | set(_PHRASAL) for w in (v, v.rstrip(".")))


def _verb_at(toks: list[Token], n: int) -> bool:
    if n > 0 and toks[n - 1].low in _NOUN_BEFORE:
        return False  # "a new chant", "the reply": a noun after an article or an adjective
    if n + 1 < len(toks) and toks[n].low == "think" and toks[n + 1].low in ("tank", "tanks"):
        return False  # "a free-market think tank"
    if toks[n].low in ("written", "spoken") and not (n > 0 and toks[n - 1].low in ("has", "have", "had", "having")):
        return False  # "In a brief written response …", "the spoken word": a participle, not its subject's verb
    if toks[n].low in PLURAL_NOUN_VERBS and n > 0 and n + 1 < len(toks) and \
            (toks[n - 1].low in ("he", "she", "who") or toks[n - 1].text[:1].isupper() and toks[n - 1].text.isalpha() or
             toks[n - 1].low in DOCUMENT_NOUNS) \
            and (toks[n + 1].text[:1].isupper() or toks[n + 1].low in ("the", "a", "an", "that", ":")):
        return True  # "Achebe estimates Orrery will sell …", "she notes the …": the subject's verb, no noun
    if toks[n].low in PLURAL_NOUN_VERBS and n + 1 < len(toks) and toks[n + 1].text in (",", ";", ")"):
        return False  # "Asked whether the agency would push for tighter rules, Abernathy said": a noun
    return _is_verb(toks[n], toks[n + 1] if n + 1 < len(toks) else None)


_NOUN_BEFORE = frozenset("a an the new same old familiar his their its our my".split())


_STOP = frozenset({".", "!", "?", ";", "“", '"', "”", "‘", "’"})


def _role_word(tok: Token) -> bool:
    """A lowercase word naming a role ("engineer", "forecaster", "spokesman")."""
    return tok.text.islower() and role_word(tok.text)


def _first_chunk(text: str, toks: list[Token], i: int, within: int) -> Chunk | None:
    """The first mention in the ``within`` tokens from ``i``, before any punctuation."""
    for m in range(i, min(len(toks), i + within)):
        if toks[m].text in _STOP or toks[m].text == ",":
            return None
        chunk, _ = chunk_at(text, toks, m)
        if chunk is not None:
            return chunk
    return None


def _is_aux(tok: Token) -> bool:
    low = tok.text.lower()
    return low in AUXILIARIES or (low.endswith("ly") and low.isalpha() and tok.text.islower() and len(low) > 4)


def _cue(tok: Token) -> Cue:
    return Cue(tok.start, tok.end, tok.text)


def _skip_parenthetical(toks: list[Token], i: int) -> int:
    """Index after a parenthetical that starts at ``i`` ("(R-Utah)"), or ``i``."""
    if i < len(toks) and toks[i].text == "(":
        for j in range(i + 1, min(len(toks), i + 12)):
            if toks[j].text == ")":
                return j + 1
    return i


def cue_after(text: str, start: int, end: int, closed: bool = True) -> SpeechEvent | None:
    """The cue in the frame that follows a quote: “…,” said X / “…,” X said.

    ``closed`` tells whether the quote ends as a whole utterance does (with , ! ? or a
    dash inside its marks); a quote woven into a sentence ("the advertisement “…”
    suggests") needs a comma after it for the words that follow to be its cue.
    """
    toks = tokens(text, start, min(end, start + 400))
    i = 0
    dash = False
    while i < len(toks) and toks[i].text in _LEAD_PUNCT:
        dash = dash or toks[i].text in _DASHES
        i += 1
    if i >= len(toks):
        return None
    if i + 1 < len(toks) and toks[i].text.lower() == "according" and toks[i + 1].text.lower() == "to":
        return _according(text, toks[i:], "cue.after.according-to", 0.9)
    if not (closed or i > 0):
        return None  # a quote woven into its sentence ("called it “X” for its members")
    if _verb_at(toks, i) or toks[i].low in TAG_VERBS or _began_by(toks, i):
        verb = toks[i]
        j = i + 1 + _particle(toks, i)
        low = verb.text.lower()
        if low.endswith("ing") or j >= len(toks) or \
                low in _NOT_INVERTED and not (low == "called" and toks[j].low in ("a", "an", "the")):
            return None  # (but “…!” called an old man near the front)
        if toks[j].low == "that" and low not in ("said", "says"):
            return None  # "in her memoir, “The Open Door,” wrote that protectionism was …": what she wrote, no speaker
        if j + 3 < len(toks) and toks[j].low == "one" and toks[j + 1].low == "of" and toks[j + 3].text == ",":
            described, _ = chunk_at(text, toks, j + 4) if j + 4 < len(toks) else (None, 0)
            if described is not None and described.kind in ("name", "description"):
                # “…,” said one of them, an agency engineer who …: the one the apposition describes
                return SpeechEvent(_cue(verb), described, "cue.after.said-name", 0.85)
        for m in range(j, min(len(toks), j + 6)):
            if toks[m].text in _STOP or toks[m].text == ",":
                break
            chunk, end = chunk_at(text, toks, m)
            if chunk is not None:
                return SpeechEvent(_cue(verb), _placed(text, toks, chunk, end), "cue.after.said-name",
                                   0.95 if m == j else 0.85)
        return None
    chunk, j = chunk_at(text, toks, i)
    if chunk is None:
        # "“…,” forecaster Paulo Mendes said": a lowercase role word or two before the name.
        for m in range(i + 1, min(len(toks), i + 4)):
            if not _role_word(toks[m - 1]):
                break
            chunk, j = chunk_at(text, toks, m)
            if chunk is not None:
                break
    if chunk is None:
        return None
    k = _skip_parenthetical(toks, j)
    while k < len(toks) and _is_aux(toks[k]):
        k += 1
    heard = k + 2 < len(toks) and toks[k].low == "be" and toks[k + 1].low in ("heard", "seen")  # "can be heard telling"
    if heard:
        k += 2
    if k < len(toks) and (_verb_at(toks, k) and (heard or not toks[k].text.endswith("ing")) or _began(toks, k) or
                          k == j and (toks[k].text in GESTURES or toks[k].low in TAG_VERBS)):
        quoted = _quoted_as_saying(text, toks, k)
        return SpeechEvent(_cue(toks[k]), quoted or chunk, "cue.after.name-said", 0.95)
    # An apposition, relative clause or phrase between subject and verb:
    # "X, the party's leader, said" / "X, who …, said" / "X of the Sierra Club said".
    if k < len(toks) and toks[k].text.lower() in (",", "—", "–", "--", "(", "of", "at", "from", "with", "for", "in",
                                                  "who", "which", "that"):
        relative = toks[k].text.lower() in ("who", "which", "that")
        found = None
        for m in range(k + 1, min(len(toks), k + 40)):
            if toks[m].text in _STOP and not (toks[m].text == "." and m + 1 < len(toks) and toks[m + 1].text == ",") \
                    and not _inside_name(toks, m):
                break  # (not the full stop of "R-Ky.," or "Calif.,", nor of "state Del. Marcia "Cia" Price")
            if _verb_at(toks, m) and toks[m - 1].text not in ("to",) and not toks[m].text.endswith("ing"):
                found = m
                if not relative:
                    break  # "X, the leader, said": the first verb; "X who asked … said": the last
        if found is not None and relative and chunk.kind == "description" and not _agent(chunk) and \
                chunk.head not in DOCUMENT_NOUNS:
            return None  # "“…” — a line that election lawyers said suggested …": words described, not said
        if found is not None:
            if chunk.kind == "description" and toks[k].low in _HEAD_PREPOSITIONS and found - k <= 4 and \
                    all(t.text.isalpha() and t.text.islower() for t in toks[k + 1:found]):
                chunk = _through(text, chunk, toks[found - 1].end)  # "the former secretary of state said"
            elif chunk.kind == "description" and toks[k].low in ("at", "from") and found - k <= 5 and \
                    _role_or_roles(chunk.head):
                where, after = chunk_at(text, toks, k + 1)
                if where is not None and where.kind == "name" and after == found:
                    chunk = _named_through(text, chunk, where.end)  # "“…,” analysts at Jefferies wrote"
            return SpeechEvent(_cue(toks[found]), chunk, "cue.after.name-said", 0.85)
    if dash and chunk.kind == "description" and chunk.speaker_kind is SpeakerKind.PERSON and j < len(toks):
        named, after = chunk_at(text, toks, j)  # "— Democratic presidential nominee Catherine Aldridge, speaking …"
        if named is not None and named.kind == "name" and not text[chunk.end:named.start].strip():
            chunk, k = named, after
    if dash and chunk.kind == "name" and (k >= len(toks) or toks[k].text in (",", ".", "(")):
        return SpeechEvent(Cue(toks[i - 1].start, toks[i - 1].end, toks[i - 1].text), chunk, "cue.after.dash-name", 0.8)
    return None


def _quoted_as_saying(text: str, toks: list[Token], k: int) -> Chunk | None:
    """“…,” the agency quoted him as saying: the one quoted, not who quotes them."""
    if toks[k].low not in ("quoted", "quotes", "quote") or k + 3 >= len(toks):
        return None
    t = toks[k + 1]
    # (an object pronoun, which the chunker leaves out: "quoted him as saying")
    quoted, after = (pronoun_at(t.start, t.text), k + 2) if t.low in ("him", "her") else chunk_at(text, toks, k + 1)
    if quoted is None or quoted.kind not in ("name", "pronoun", "description") or after + 1 >= len(toks) or \
            toks[after].low != "as" or toks[after + 1].low not in ("saying", "telling", "writing"):
        return None
    return quoted


def cue_in_clause(text: str, start: int, end: int) -> SpeechEvent | None:
    """A subject and speech verb later in the frame after a quote (“…”, an increase he said …)."""
    toks = tokens(text, start, min(end, start + 300))
    for n, tok in enumerate(toks):
        if tok.text in (".", "!", "?", ";"):
            return None
        if _verb_at(toks, n) and n > 0:
            chunk = _subject_before(text, toks, n, 0)
            if chunk is not None and chunk.kind in ("pronoun", "name"):
                return SpeechEvent(_cue(tok), chunk, "cue.after.clause", 0.6)
    return None


_USE_VERBS = frozenset("use uses used using coin coins coined invoke invokes invoked repeat repeats repeated".split())
_PHRASE_NOUNS = frozenset("phrase phrases term terms word words slogan expression label line catchphrase".split())


def _used_the_phrase(text: str, toks: list[Token]) -> SpeechEvent | None:
    """"Trump has used the phrase “Islamic terrorism”": the subject of the verb uses those words."""
    if len(toks) < 4 or toks[-1].low not in _PHRASE_NOUNS or toks[-2].low != "the" or toks[-3].low not in _USE_VERBS:
        return None
    n = len(toks) - 3
    chunk = _subject_before(text, toks, n, 0)
    if chunk is None or chunk.kind not in ("name", "pronoun"):
        return None
    return SpeechEvent(_cue(toks[n]), chunk, "cue.before.used-the-phrase", 0.7)


# "WASHINGTON (AP) — ", "KABUL, Afghanistan (Reuters) - ", "HELSINKI, Feb 4 (Reuters) - ": where a wire story
# was filed, not who speaks.
DATELINE = regex.compile(
    r"[ \t]*\p{Lu}[\p{Lu}\p{M}.'’ \-]{2,40}(?:,[ \p{L}\p{Nd}.]{2,30})?(?:[ \t]*\([\p{L} .&]{1,30}\))?[ \t]*(?:—|–|--|-)[ \t]+"
)


def cue_before(text: str, start: int, end: int, used: int = -1) -> SpeechEvent | None:
    """The cue in the frame before a quote, within its sentence: X said: “…” / X said the … “…”.

    ``used`` is the offset of a cue an earlier quote of the sentence already took; it is
    tried last, so that in “…?” she said, but as Trump went on about “…” the later
    clause speaks, while “A,” he said, “B” still shares its cue.
    """
    dateline = DATELINE.match(text, start, end)
    toks = tokens(text, max(dateline.end() if dateline else start, end - 500), end)
    if not toks:
        return None
    according = _according(text, toks, "cue.before.according-to", 0.85)  # "According to X, “…”"
    if according is not None and not _clause_after(toks, according.chunk.end):
        return according
    words_of = _in_the_words_of(text, toks)  # "…, in the words of two people familiar with the call, “…”"
    if words_of is not None:
        return words_of
    phrase = _used_the_phrase(text, toks)
    if phrase is not None:
        return phrase
    # "…, including the former presidential candidate Mitt Romney -- “…”": a person named right
    # before a dash that opens the quote speaks it, as before a colon
    if toks[-1].text in ("—", "--", "–") and len(toks) >= 2:
        last = _chunk_ending_at(text, toks, len(toks) - 2, 0)
        if last is not None and last.kind == "name" and last.speaker_kind is SpeakerKind.PERSON and \
                not _after_preposition(toks, last.start):  # (not "seemed supportive of Mr. Trump -- “…”")
            return SpeechEvent(Cue(toks[-1].start, toks[-1].end, toks[-1].text), last, "cue.before.name-colon", 0.6)
    # A speech verb right before the quote ("…, Trump boasted, “…”") speaks it; otherwise the
    # leftmost speech verb with a subject does: in "Flynn said Trump was right when he said …"
    # and "Ban condemned what he called a “…”" the main clause's speaker is the source.
    verbs = [n for n in range(len(toks)) if toks[n].low in _VERB_LOWS and _verb_at(toks, n) or
             toks[n].low in _FINDING and n + 1 < len(toks) and toks[n + 1].low == "that"]
    # ("the judge found that officers had acted on “speculation rather than evidence”": before the quote only)
    verbs = [n for n in verbs if toks[n].start != used] + [n for n in verbs if toks[n].start == used]
    adjacent = [n for n in verbs if (all(t.text in (",", ":", "that") for t in toks[n + 1:]) or _object_then_quote(toks, n)
                                     or _describes_as(toks, n) or _puts_it(toks, n)) and
                not (toks[-1].text not in (",", ":") and _relayed(toks, n, verbs))]
    # (a quote woven in as the inner verb's object is the reporter's to relay; one set off by a comma or a colon,
    # “… that Wade Prescott had told his wife, “It's going to be OK.””, is the inner speaker's own words)
    clause = _opening_clause_end(toks)
    if clause and any(n > clause for n in verbs):
        verbs = [n for n in verbs if n > clause]  # "When they returned, Fenwick told …": not the "when" clause's verb
    verbs = _closing_clause_first(text, toks, verbs)
    for n in adjacent + [v for v in verbs if v not in adjacent]:
        if n > 0 and toks[n - 1].low == "to" and any(v > n for v in verbs):
            continue  # "…, who spoke on the condition of anonymity to describe …, acknowledged": the finite verb speaks
        participle = toks[n].text.endswith("ing")
        if participle and n >= 2 and toks[n - 1].low in ("heard", "seen") and toks[n - 2].low in _BE:
            # "an inspector, who was not named, could be heard telling colleagues: “…”": heard is the verb
            at = n - 2
            while at > 0 and (toks[at - 1].low in _BE or _is_aux(toks[at - 1])):
                at -= 1
            chunk = _subject_before(text, toks, at, 0)
            if chunk is not None:
                return SpeechEvent(_cue(toks[n]), chunk, "cue.before.name-said", 0.85)
        if _in_relative_clause(toks, n) and any(v > n and any(t.text == "," for t in toks[n:v]) for v in verbs):
            continue  # "A senior aide, who like others interviewed for this article spoke on the condition of
            # anonymity …, said": the relative clause's verb speaks nothing; the main verb after it does
        if _passive(toks, n) or _hypothetical(toks, n):
            continue  # "the bill had been written “by people who …”": the bill speaks nothing; nor does
            # "another man", who only "might have said “drowned”"
        near = n in adjacent or len(toks) - n <= 2
        participle = toks[n].text.lower().endswith("ing")
        chunk = None
        if participle and n > 0 and toks[n - 1].text == "," and \
                any(v > n and not toks[v].text.lower().endswith("ing") and any(t.text == "," for t in toks[n + 1:v])
                    for v in verbs):
            continue  # "Late Thursday, responding to the group, Brightwater said …": the main verb speaks (not
            # "Oduya cited a report …, saying the auditor had found that …": what the participle reports)
        if participle and n > 0:
            source = _document_from(text, toks, n)
            if source is not None:  # "released a statement from its spokeswoman, Lena Okafor, calling …"
                return SpeechEvent(_cue(toks[n]), source, "cue.before.name-said", 0.75)
        if not (participle and n > 0 and toks[n - 1].text == ","):
            chunk = _subject_before(text, toks, n, 0) or _inverted_after(text, toks, n)
            if participle and chunk is not None and (chunk.kind == "description" or
                                                     _after_preposition(toks, chunk.start, _GONE_TO)):
                chunk = None  # "a statement calling …", "sent a letter to The Times objecting to …": the sentence's
                # subject speaks
        if chunk is not None and toks[n].low in _AGENT_VERBS and not _agent(chunk):
            continue  # "the increase reflected …", "an earnings call": no one speaks
        if chunk is not None and chunk.kind == "pronoun" and chunk.head in ("who", "which") and any(v > n for v in verbs):
            continue  # "…, who asked not to be identified, described …": the main clause's verb speaks
        if chunk is not None and chunk.kind == "pronoun" and chunk.head == "which" and any(v < n for v in verbs):
            continue  # "Judge Castellanos said she had read 60 letters, many of which described “…”": hers
        if chunk is not None and chunk.kind == "description" and _documents(chunk) and \
                (any(v > n for v in verbs) or toks[-1].text == ":") and _after_preposition(toks, chunk.start):
            continue  # "In a statement posted to her website, spokesman Ethan Voss said": the person speaks (and
            # "In a series of tweets posted late Tuesday, the Indiana Republican wrote"; "Tasha Greer, in a
            # statement emailed to reporters: “…”", the colon's subject)
        if chunk is not None and chunk.kind == "description" and chunk.modifiers[:1] == ("the",) and \
                (chunk.head in DOCUMENT_NOUNS or chunk.head[:-1] in DOCUMENT_NOUNS) and \
                any(v < n and toks[v].low in _SAY_VERBS for v in verbs):
            continue  # "Montalvo … said the documents described “…”": the one who says what they describe
        if chunk is not None and (not _after_what(toks, text, chunk) or chunk.kind == "pronoun" and
                                  chunk.gender in ("m", "f") or
                                  chunk.kind == "description" and role_word(chunk.head) and
                                  chunk.modifiers[:1] in (("one",), ("a",), ("an",))):
            # ("… sorted through what one senior law enforcement official described as “tens of thousands”": his)
            # ("what he called “sex tape”": he, who stands for the sentence's subject; a fragment after
            # an earlier quote has no subject of its own to fall back on)
            quoted = _quoted_as_saying(text, toks, n)  # ("The agency quoted Vasek as saying that …": Vasek)
            return SpeechEvent(_cue(toks[n]), quoted or chunk, "cue.before.name-said", 0.9 if near else 0.75)
        if participle:
            # "…, she said, referencing …": the participle shares the subject of the verb before it.
            # (the verb right before its comma first: "The state offered no evidence …, she wrote, adding: “…”")
            before = [v for v in verbs if v < n and not toks[v].text.lower().endswith("ing")]
            for v in sorted(before, key=lambda v: v + 1 + _particle(toks, v) != n - 1):
                chunk = _subject_before(text, toks, v, 0)
                if chunk is not None and toks[v].low in _AGENT_VERBS and not _agent(chunk):
                    continue  # ("ended the 70-minute call by telling analysts …": no call speaks)
                if chunk is not None:
                    return SpeechEvent(_cue(toks[n]), chunk, "cue.before.name-said", 0.7)
        chunk = _sentence_subject(text, toks, n)
        if chunk is not None:
            return SpeechEvent(_cue(toks[n]), chunk, "cue.before.sentence-subject", 0.7 if near else 0.6)
    # "Trump’s claim that there have been “…”", "his promise to “…”": a possessor and a speech noun.
    for n in range(len(toks) - 1, 0, -1):
        if toks[n].text.lower() in SPEECH_NOUNS and (toks[n - 1].low in _POSSESSIVE_PRONOUN_GENDER or
                                                      toks[n - 1].text.endswith(("'s", "’s"))):
            owner = _possessor(text, toks, n - 1)
            if owner is not None:
                return SpeechEvent(_cue(toks[n]), owner, "cue.before.possessive-claim", 0.6)
    # "Reid has gone after Trump as a “human leech”": framing with "as" speaks for the subject.
    if _as_framing(toks):
        casting = [v for v in range(1, len(toks)) if toks[v].low in _CASTING]
        subject = _subject_before(text, toks, casting[-1], 0) if casting else None
        # ("… in which the Democrat needled her rival and Hale, visibly irritated, cast her as a career politician
        # who was “…”": who cast her; else the sentence's subject)
        if subject is None or subject.kind not in ("name", "pronoun"):
            subject = _sentence_subject(text, toks, len(toks) - 1)
        if subject is not None and (subject.kind in ("name", "pronoun") or
                                    subject.speaker_kind is not SpeakerKind.PERSON and subject.kind == "description" and
                                    any(t.low in _DISMISSIVE for t in toks)):  # "The Bream campaign … dismissed … as"
            # (and an unnamed source: "A senior Labour figure close to the housing secretary dismissed the rebels as")
            return SpeechEvent(Cue(toks[-1].start, toks[-1].end, toks[-1].text), subject, "cue.before.as-framing", 0.5)
    # "Lavrov: “…”" / "Obama is rolling out a new message: “…”" — a colon right before the quote.
    if toks[-1].text == ":" and len(toks) >= 2:
        colon = Cue(toks[-1].start, toks[-1].end, ":")
        if len(toks) <= _LABEL_WORDS + 1 and all(t.text.isupper() and t.text.isalpha() for t in toks[:-1]) and \
                (toks[0].start == 0 or text[toks[0].start - 1] == "\n") and \
                _named_elsewhere(text, text[toks[0].start:toks[-2].end]):
            # "USA TODAY: “Didn't that vote make the deal possible?”": a speaker's label in capitals, whole
            return SpeechEvent(colon, name_chunk(text, toks[0].start, toks[-2].end), "cue.before.name-colon", 0.7)
        last = _chunk_ending_at(text, toks, len(toks) - 2, 0)
        if last is not None and (_after_preposition(toks, last.start, _PLACING) or last.kind == "description" and
                                 last.modifiers[:1] and last.modifiers[0] in POSSESSIVE_PRONOUNS and
                                 not _role_or_roles(last.head)):
            last = None  # "-- On Ohio: “…”", "asked whether she would vote for the top of her ticket: “…”": no one
        if last is not None and last.kind in ("name", "pronoun"):
            opener = _sentence_subject(text, toks, len(toks) - 1) if last.kind == "name" else None
            if opener is not None and opener.kind == "name" and opener.end < last.start and \
                    text.startswith(",", opener.end) and opener.start == toks[0].start:
                last = opener  # "MARCHETTI, at a rally Wednesday in Reno, Nevada: “…”": the name the sentence opens with
            return SpeechEvent(colon, last, "cue.before.name-colon", 0.7)
        subject = _sentence_subject(text, toks, len(toks) - 1)
        voiced = _voice_owner(text, subject) if subject is not None else None
        if voiced is not None:  # “Her mother’s voice followed the look: “…””: the one whose voice it is
            return SpeechEvent(colon, voiced, "cue.before.colon-subject", 0.5)
        if subject is not None and (subject.kind in ("name", "pronoun") or subject.kind == "description" and (
                last is not None and (last.head in DOCUMENT_NOUNS or last.head in _OCCASIONS) or
                toks[-2].low in _UTTERANCES or role_word(subject.head) and last is None)):
            # “the crowd picked up a new chant: “…””; “Her spokeswoman, Colleen Navarro, was less restrained: “…””
            # (“Its president, Marian Olsen, was blunter in a phone interview: “…””: not the interview)
            return SpeechEvent(colon, subject, "cue.before.colon-subject", 0.5)
        if last is not None:
            return SpeechEvent(colon, last, "cue.before.name-colon", 0.5)
    return None


def _document_from(text: str, toks: list[Token], n: int) -> Chunk | None:
    """Who a document is from when a participle after it says what it says: "a statement from its
    spokeswoman, Lena Okafor, calling the plan “…”" (the name in apposition first)."""
    stop = n - 1 if toks[n - 1].text == "," else n  # where the source's words end
    k = n - 1
    while k > 0 and toks[k].text not in _STOP and n - k < 16:
        k -= 1
        if toks[k].low in ("from", "by") and k > 0 and toks[k - 1].low in DOCUMENT_NOUNS:
            first, after = chunk_at(text, toks, k + 1) if k + 1 < stop else (None, k + 1)
            if first is None or first.kind not in ("name", "description"):
                return None
            if after < stop and toks[after].text == ",":
                named, end = chunk_at(text, toks, after + 1) if after + 1 < stop else (None, after + 1)
                if named is not None and named.kind == "name" and end == stop:
                    return named
            return first if after == stop else None
    return None


def _in_relative_clause(toks: list[Token], n: int) -> bool:
    """Whether the verb at ``n`` is inside a relative clause that a comma and "who" or "which" open."""
    for k in range(n - 1, max(-1, n - 16), -1):
        if toks[k].text in (",", ".", ";", ":"):
            return False
        if toks[k].text in ("who", "which") and k > 0 and toks[k - 1].text == ",":
            return True
    return False


def _opening_clause_end(toks: list[Token]) -> int:
    """The comma that closes a subordinate clause opening the sentence ("When they returned,"), or 0."""
    if not toks or toks[0].low not in _SUBORDINATORS:
        return 0
    return next((n for n, t in enumerate(toks[:20]) if t.text == ","), 0)


_SUBORDINATORS = frozenset("when after as before while once if although though since until whenever".split())


def _closing_clause_first(text: str, toks: list[Token], verbs: list[int]) -> list[int]:
    """The speech verbs of a clause that a comma and a subordinator open after the main one come
    first: the quote is in that clause ("Finland demanded answers, as its foreign minister said
    the damage bore the hallmarks of “…”"), when the clause has a subject of its own."""
    if len(verbs) < 2:
        return verbs
    k = next((k for k in range(max(verbs) - 1, min(verbs), -1) if toks[k].low in _SUBORDINATORS and toks[k - 1].text == ","),
             0)
    later = [n for n in verbs if n > k + 1]
    if not k or not later or len(later) == len(verbs) or any(t.text == "," for t in toks[later[0]:]):
        return verbs  # (", as though she were confessing to something, “…”": the clause closed before the quote)
    chunk = _subject_before(text, toks, later[0], 0)
    if chunk is None or chunk.start < toks[k].end:
        return verbs
    return later + [n for n in verbs if n <= k + 1]


def _object_then_quote(toks: list[Token], n: int) -> bool:
    """“… that he had told his wife, “It's going to be OK.”": a verb of telling, its person and a
    comma or colon right before the quote speak it, not a verb further back."""
    rest = toks[n + 1:]
    if toks[n].low not in _TELLING or len(rest) < 2 or len(rest) > 4 or rest[-1].text not in (",", ":"):
        return False
    words = rest[:-1]
    return all(t.text.isalpha() for t in words) and (words[0].low in _OBJECT_OPENERS or words[0].text[:1].isupper())


def _puts_it(toks: list[Token], n: int) -> bool:
    """“…, as Halloway puts it, “…””: "put it" right before the quote speaks it (not "the amplifiers
    pointed at the freezer" before it)."""
    return toks[n].low in ("put", "puts") and n + 1 < len(toks) and toks[n + 1].low == "it" and \
        all(t.text in (",", ":") for t in toks[n + 2:])


def _describes_as(toks: list[Token], n: int) -> bool:
    """“… an oven that Brunk describes, with some affection, as “…””: a verb of describing whose "as"
    opens the quote, past a parenthetical in commas or a short object, speaks it (not the main clause's "The mayor said")."""
    rest = toks[n + 1:]
    if toks[n].low not in _DESCRIBING or not rest or rest[-1].low != "as":
        return False
    middle = rest[:-1]
    return not middle or len(middle) <= 8 and middle[0].text == "," and middle[-1].text == "," and \
        all(t.text.isalpha() for t in middle[1:-1]) or \
        len(middle) <= 5 and all(t.text.isalpha() for t in middle)  # "he described Veterans Affairs hospitals as “…”"


def _relayed(toks: list[Token], n: int, verbs: list[int]) -> bool:
    """“She told the crowd that Mr. Pell had described the closing as “…””, “Ocampo said … that Brandt had offered
    “…””: a verb right before the quote, in what an earlier verb of saying reports (no comma and no other speech
    verb between them), is the reporter's to relay; the one who says it is the source (not "… a 1988 oven that
    Brunk describes as “…”", which the main clause's verb does not report)."""
    for v in verbs:
        if v < n and (toks[v].low in _SAY_VERBS or toks[v].low in _FINDING):  # ("the judge found that the state had
            # offered “no credible evidence”": the judge's)
            return all(t.text != "," for t in toks[v + 1:n]) and not any(v < w < n for w in verbs)
    return False


_DESCRIBING = frozenset("describes described describe calls called call characterizes characterized characterises "
                        "characterised".split())
_TELLING = frozenset("told tells tell telling asked asks warned warns reminded reminds assured assures".split())
_OBJECT_OPENERS = frozenset("his her their my our your the him them me us reporters".split())


_BE = frozenset("be been being was were is are".split())


def _documents(c: Chunk) -> bool:
    """A description of a document or of several ("a statement", "two emails", "a series of tweets")."""
    return c.head in DOCUMENT_NOUNS or c.head[:-1] in DOCUMENT_NOUNS or \
        c.head in _COLLECTIONS and any(w in DOCUMENT_NOUNS or w[:-1] in DOCUMENT_NOUNS for w in c.text.lower().split())


_COLLECTIONS = frozenset("series string pair batch set number handful".split())


def _passive(toks: list[Token], n: int) -> bool:
    """A speech verb's past participle after a form of "be" ("had been written", "was told")."""
    low = toks[n].low
    if low.endswith(("ing", "s")) or n == 0:
        return False
    before = toks[n - 1].low
    if n > 1 and (before in _PASSIVE_ADVERBS or before.endswith("ly")):
        before = toks[n - 2].low  # "was once thought", "is widely seen"
    return before in _BE


def _hypothetical(toks: list[Token], n: int) -> bool:
    """A speech verb after "might have", "would have", … ("in the voice in which another man might have said"):
    words no one said."""
    return n > 1 and toks[n - 1].low == "have" and toks[n - 2].low in _MODALS


_MODALS = frozenset("might would could should may".split())
_LABEL_WORDS = 3  # words of a speaker's label in capitals


def _named_elsewhere(text: str, label: str) -> bool:
    """Whether the text names ``label`` somewhere else than at the head of a line ("a brief interview with USA
    TODAY"; not "THE CLAIM:", a fact check's heading, which is always one)."""
    return regex.search(rf"(?<=[^\n][ \u00a0]){regex.escape(label)}(?![ \u00a0]*:)", text) is not None


_SAY_VERBS = frozenset("said says told tells argued argues noted notes added adds wrote writes tweeted posted".split())
_PASSIVE_ADVERBS = frozenset("once also never not long often still always widely".split())


# Speech verbs that are as often said of things ("the increase reflected", "an earnings call"):
# they speak only for a person, an organisation or an unnamed source.
_AGENT_VERBS = frozenset({"reflect", "reflects", "reflected", "call", "calls"})


def _agent(c: Chunk) -> bool:
    if c.kind != "description":
        return True
    return role_word(c.head) or c.head in ORG_NOUNS or c.head in UNNAMED_HEADS or c.head.rstrip("s") in ROLE_NOUNS


_AS_FILLERS = frozenset("a an the being in on of nothing more than just merely simply little".split())


def _as_framing(toks: list[Token]) -> bool:
    """The quote follows "as", or "as" and up to three filler words ("as a", "as being in the"), or
    the subject casts itself as someone the quote describes ("cast himself as an independent voice
    who had “…”", no comma between)."""
    for back in range(1, min(5, len(toks) + 1)):
        low = toks[-back].text.lower()
        if low == "as":
            return True
        if low not in _AS_FILLERS and not (low.isalpha() and low.islower() and toks[-1].text.lower() in _AS_ENDS):
            break  # (… or up to three words ending on a preposition: "dismissed them as coming from “…”")
    for back in range(2, min(14, len(toks))):
        low = toks[-back].low
        if low in (",", ";", ":", ".", "“", "”", '"'):
            return False
        if low == "as" and (toks[-back - 1].low in _REFLEXIVE or any(t.low in _CASTING for t in toks[:-back])):
            return True  # ("cast her opponent, Curtis Engstrom, as a man who would “…”")
    return False


_AS_ENDS = frozenset("from of by like".split())
_CASTING = frozenset("cast casts portrayed portrays painted paints depicted depicts framed frames".split())
_REFLEXIVE = frozenset("himself herself themselves itself myself ourselves".split())


def _after_what(toks: list[Token], text: str, chunk: Chunk) -> bool:
    """"what they call …": the words are framed by the sentence's own subject."""
    for n, t in enumerate(toks):
        if t.start == chunk.start:
            return n > 0 and toks[n - 1].text.lower() in ("what", "whom")
    return False


_INTRO = frozenset("after before during following despite amid among while when as if although though since "
                   "once because until unlike like in on at for with without from by within late early over "
                   "through throughout across inside outside near against beyond".split())


_POSSESSIVE_PRONOUN_GENDER = {"his": "m", "her": "f", "their": "p", "its": "n"}


def _possessor(text: str, toks: list[Token], k: int) -> Chunk | None:
    """Whose words: the mention that token ``k`` ("Trump’s", "his") makes possessive."""
    tok = toks[k]
    gender = _POSSESSIVE_PRONOUN_GENDER.get(tok.low)
    if gender is not None:
        return pronoun_at(tok.start, tok.text)._replace(gender=gender)  # (their: "p", its: "n")
    chunk = _chunk_ending_at(text, toks, k, 0)
    return chunk if chunk is not None and chunk.kind == "name" else None


_TIME_PREPOSITIONS = frozenset("after before until since during".split())
_TIME_HEADS = frozenset("minute minutes hour hours day days week weeks month months year years decade decades "
                        "moment moments morning mornings evening evenings night nights instant".split())


# A clause of time opening a sentence: "The last time she asked, …", "Every time he came, …".
_TIME_CLAUSES = frozenset({("the", "last"), ("the", "first"), ("the", "next"), ("the", "only")})


def _sentence_subject(text: str, toks: list[Token], verb: int) -> Chunk | None:
    """The first mention of the clause that holds the verb, not inside a prepositional phrase."""
    i = 0
    if len(toks) > 1 and toks[1].text == "," and toks[0].text.lower().endswith("ly"):
        i = 2  # "Conversely, PolitiFact rated …"
    first = toks[0].text.lower() if toks else ""
    if first in _INTRO or first.endswith(("ing", "ed")) or first.endswith("ly") and len(toks) > 1 and \
            (toks[1].low in PREPOSITIONS or toks[1].low in _TIME_PREPOSITIONS) or \
            len(toks) > 3 and ((first, toks[1].low) in _TIME_CLAUSES and toks[2].low in ("time", "moment") or
                               (first, toks[1].low) in (("every", "time"), ("the", "moment"))):
        # ("Shortly after midnight, …", "The last time she wanted me to do something, I spent …")
        # Skip an introductory phrase: "During a speech on Monday, Trump …" — up to the first
        # comma that a mention follows ("Following a swiftly called, late-night meeting, the council …").
        for n in range(1, verb - 1):
            if toks[n].text != ",":
                continue
            m = n + 1
            while m < verb and toks[m].text in _MARKS | {"’", "'"}:
                m += 1  # (“On “Face the Nation,” Sen. Bernie Sanders …”: past the title's closing mark)
            placed, after = chunk_at(text, toks, m) if m < verb else (None, m)
            if placed is not None and after < verb and toks[after].text == "," and toks[n - 1].text[:1].isupper() and \
                    placed.kind == "name" and len(placed.text.split()) == 1 and not gender_of(placed.text):
                continue  # "At a rally in Valdosta, Ga., three days after …": a town's state, not the subject
            if placed is not None and placed.kind == "description" and placed.head in _TIME_HEADS:
                continue  # "…, three days after the debate, she went further": a time, not the subject
            if placed is not None and placed.kind == "name" and after < verb and toks[after].text == "," and \
                    role_word(toks[n - 1].low) and toks[n - 1].text.islower():
                continue  # "In a letter to Pellham's chair, Sir Anthony Greer, sent last week, Marcus Feldt urged":
                # the name in apposition to the phrase's role, not the subject
            if placed is not None and after + 1 < verb and toks[after].low == "of" and \
                    toks[after + 1].low in ("which", "whom"):
                continue  # "In a memo …, a copy of which was obtained Thursday, Feldstein acknowledged": a relative clause
            if placed is not None and placed.kind == "pronoun" and placed.head in ("who", "which"):
                if first.endswith(("ing", "ed")) and toks[0].text[:1].isupper() and chunk_at(text, toks, 0)[0] is None:
                    continue  # "Asked about the emails from X, which were published …, Dorsett did not": a participle's
                break  # "At home my brother Milo, who is nine, is lying …": the subject came before the comma
            if m < verb and (placed is not None or
                             any(toks[k].text.islower() and role_word(toks[k].low) and chunk_at(text, toks, k + 1)[0]
                                 is not None for k in (m, m + 1) if k + 1 < verb)):
                i = m  # (", spokeswoman Tessa Quinlan pointed …", ", campaign manager Jonah Feldstein acknowledged":
                break  # a role word or two before the name)
    while i < verb:
        chunk, j = chunk_at(text, toks, i)
        if chunk is None and toks[i].text.islower() and _is_verb(toks[i], toks[i + 1] if i + 1 < len(toks) else None):
            return None  # past the subject's place: "Nobody else calls me Josephine" has none of ours
        if chunk is not None and chunk.kind == "description" and chunk.head in _TIME_HEADS:
            i = max(j, i + 1)  # "… who did not at that instant think of …": a time, never the subject
            continue
        if chunk is not None:
            before = toks[i - 1].text.lower() if i > 0 else ""
            if before not in PREPOSITIONS and not (i == 1 and before in _INTRO):  # "After a minute she …"
                if chunk.kind == "description" and j < verb:
                    # "Their daughter Lucy looked up": the name the description introduces.
                    named, _ = chunk_at(text, toks, j)
                    if named is not None and named.kind == "name" and text[chunk.end:named.start].strip() == "":
                        return named
                return chunk
        i = max(j, i + 1)
    return None


def _before_parenthetical(toks: list[Token], k: int, floor: int) -> int:
    """The token before a parenthetical that ends at ``k`` ("Chaffetz (R-Utah)"), or ``k``."""
    if k >= floor and toks[k].text == ")":
        while k >= floor and toks[k].text != "(":
            k -= 1
        k -= 1
    return k


def _placed(text: str, toks: list[Token], chunk: Chunk, end: int) -> Chunk:
    """An unnamed speaker with the phrase that places them, after an inverted cue: “…,” returned
    the gentleman in the plaid. ``end`` is the index of the token after ``chunk``."""
    if chunk.kind == "description" and chunk.head in _ACQUAINTED and end + 1 < len(toks) and \
            toks[end].low in ("with", "to", "on", "about"):
        known, _ = chunk_at(text, toks, end + 1)  # “…,” said one person familiar with the matter
        if known is not None and known.kind == "description":
            return _through(text, chunk, known.end)
        k = end + 1  # (or words the chunker takes for no one: "a person close to the family")
        while k < len(toks) and k - end <= 4 and toks[k].text.isalpha() and toks[k].text.islower():
            k += 1
        return _through(text, chunk, toks[k - 1].end) if k > end + 1 and (k == len(toks) or toks[k].text in ",.;!?—") \
            else chunk
    if chunk.kind == "description" and end + 2 < len(toks) and toks[end].low in _ACQUAINTED and \
            toks[end + 1].low in ("with", "to"):
        known, _ = chunk_at(text, toks, end + 2)  # “…,” said a GOP strategist close to the Republican National Committee
        return _through(text, chunk, known.end) if known is not None and known.kind in ("name", "description") else chunk
    if chunk.kind != "description" or end + 1 >= len(toks) or toks[end].low not in _HEAD_PREPOSITIONS:
        return chunk
    place, after = chunk_at(text, toks, end + 1)
    if place is not None and after + 1 < len(toks) and toks[after].low == "of":
        k = after + 1  # "an official in the secretary of state’s office"
        while k < len(toks) and k - after <= 4 and toks[k].text[:1].isalpha() and toks[k].text[:1].islower():
            k += 1
        place = place._replace(end=toks[k - 1].end, text=text[place.start:toks[k - 1].end]) if k > after + 1 else None
        after = k
    if place is None or after < len(toks) and toks[after].text not in (",", ".", ";", "!", "?", "—") or \
            place.head in _MANNERS:
        return chunk  # (nor how: “…,” returned the young girl in a trembling voice)
    if toks[end].low == "for" or place.kind != "description" or len(place.text.split()) > 4:
        # “…,” said a spokesman for the council: named with whom they speak for, the mention stays the role
        named = _named_through(text, chunk, place.end)
        return named if role_word(chunk.head) and len(named.name.split()) <= 8 else chunk
    return _through(text, chunk, place.end)


_ACQUAINTED = frozenset("familiar close briefed knowledgeable privy".split())  # a source "familiar with the talks"
_MANNERS = frozenset("voice voices tone tones whisper whispers undertone manner way fashion accent breath".split())


def _role_or_roles(head: str) -> bool:
    """A role word, or its plural ("analysts", "economists")."""
    return role_word(head) or role_word(head.rstrip("s"))


def _through(text: str, c: Chunk, end: int) -> Chunk:
    """Mention ``c`` running on to ``end``, with the words that place it ("a man in the public gallery")."""
    whole = text[c.start:end]
    return c._replace(end=end, text=whole, name=whole)


def _named_through(text: str, c: Chunk, end: int) -> Chunk:
    """Role mention ``c`` named with the words up to ``end``, whom it speaks for ("A spokesman for
    Brackwell Borough Council"); the mention itself stays the role."""
    return c._replace(name=" ".join(text[c.start:end].split()))


def _placed_before(text: str, toks: list[Token], k: int, floor: int) -> Chunk | None:
    """A person described before a place preposition within the three tokens up to ``k``:
    "Someone near [the back]", "a woman near [the door]" — the one the phrase places."""
    for h in range(k, max(floor, k - 3), -1):
        if toks[h].low in _PLACE_PREPOSITIONS:
            outer = _chunk_ending_at(text, toks, h - 1, floor) if h - 1 >= floor else None
            return outer if outer is not None and outer.kind == "description" and \
                outer.speaker_kind is not SpeakerKind.ORGANISATION else None
    return None


def _inside_name(toks: list[Token], m: int) -> bool:
    """Whether the stop token at ``m`` belongs to a name: the full stop of a title ("Del. Marcia")
    or a mark around a nickname (Marcia "Cia" Price)."""
    t = toks[m].text
    if t == ".":
        return m > 0 and (toks[m - 1].low in ABBREVIATIONS or toks[m - 1].low in TITLES) and \
            m + 1 < len(toks) and toks[m + 1].text[:1].isupper()
    if t in _MARKS:  # the opening mark before the nickname, or the closing one after it
        return m + 2 < len(toks) and toks[m + 1].text[:1].isupper() and toks[m + 2].text in _MARKS or \
            m >= 2 and toks[m - 1].text[:1].isupper() and toks[m - 2].text in _MARKS
    return False


_MARKS = frozenset('"“”')


def _voice_owner(text: str, c: Chunk) -> Chunk | None:
    """The person whose voice a description names: "Her mother’s voice" → "Her mother"."""
    if c.kind != "description" or c.head not in ("voice", "voices") or len(c.modifiers) < 2 or \
            not c.modifiers[-1].endswith(("'s", "’s")):
        return None
    owner = text[c.start:c.end - len(c.text.split()[-1])].rstrip()  # "Her mother’s"
    if not owner.endswith(("'s", "’s")):
        return None
    whole = owner[:-2]
    return c._replace(end=c.start + len(whole), text=whole, name=whole, head=c.modifiers[-1][:-2],
                      modifiers=c.modifiers[:-1])


def _apposed_name(text: str, toks: list[Token], m: int, k: int) -> Chunk | None:
    """"In an email, a company spokesman, Philip Armitage, wrote": the full name between the commas
    ``m`` and ``k`` when a description ends right before ``m`` (it is that description's name)."""
    named, after = chunk_at(text, toks, m + 1)
    if named is None or after != k or named.kind != "name" or named.speaker_kind is not SpeakerKind.PERSON or \
            len(named.text.split()) < 2:
        return None
    before = _chunk_ending_at(text, toks, m - 1, 0)
    if before is not None and not _role_description(before):
        # "a spokesperson for Iceland's foreign ministry, Gunnhildur Arnadottir, said": past the phrase
        # that says whose spokesperson
        at = next((i for i in range(m - 1, max(0, m - 10) - 1, -1) if toks[i].start == before.start), None)
        if at is not None and at >= 2 and toks[at - 1].low in _WHOSE:
            before = _chunk_ending_at(text, toks, at - 2, 0)
    return named if before is not None and _role_description(before) else None


_WHOSE = frozenset({"for", "to", "at", "of", "with"})  # "a spokesman for …", "an aide to …"


def _role_description(c: Chunk) -> bool:
    return c.kind == "description" and (role_word(c.head) or role_word(c.head.split("-")[0]))  # ("editor-in-chief")


def _joined_subject(text: str, toks: list[Token], k: int, floor: int) -> Chunk | None:
    """"… when Castellane joined a conference call with forty donors and told them …": the subject
    of the verb the "and" at ``k`` joins this one to (a name or he/she right before a past tense)."""
    for o in range(k - 1, max(floor, k - 25) - 1, -1):
        if toks[o].text in (".", ";", ":", "“", '"', "”", "!", "?"):
            return None
        t = toks[o]
        if t.low.endswith("ed") or t.low in IRREGULAR_PAST or t.low in SPEECH_VERBS:
            subject = _chunk_ending_at(text, toks, o - 1, floor) if o - 1 >= floor else None
            if subject is not None and (subject.kind == "name" and subject.speaker_kind is SpeakerKind.PERSON or
                                        subject.kind == "pronoun" and subject.gender in ("m", "f")):
                return subject
    return None


def _state_after_town(toks: list[Token], m: int, k: int) -> bool:
    """Whether the commas at ``m`` and ``k`` set off a state after a town a preposition places someone in
    ("… in Tampa, Florida, …")."""
    if k - m != 2 or not toks[m + 1].text[:1].isupper() or not toks[m - 1].text[:1].isupper():
        return False
    return any(toks[o].low in ("in", "from", "at", "near", "outside") for o in range(max(0, m - 4), m - 1))


def _relative_head(text: str, toks: list[Token], chunk: Chunk, k: int, floor: int) -> Chunk | None:
    """"A senior European diplomat who took part in the talks, speaking …, said": the person a
    relative clause without commas hangs on, not the last words of that clause."""
    for o in range(k, max(floor, k - 15) - 1, -1):
        if toks[o].text in (",", ".", ";", ":", "“", '"', "”"):
            return None
        if toks[o].low == "who" and toks[o].text == "who" and toks[o].start < chunk.start and o - 1 >= floor:
            head = _chunk_ending_at(text, toks, o - 1, floor)
            if head is not None and (head.kind == "name" and head.speaker_kind is SpeakerKind.PERSON or
                                     head.kind == "description" and role_word(head.head)):
                return head
            return None
    return None


def _first_apposition(text: str, toks: list[Token], m: int, floor: int) -> int:
    """The comma that opens the first of a chain of appositions and clauses after a person's
    name ("Brandon Tiller, president of Local 2455 of the Association, which represents …, called";
    "Philip Haskins, a senior fellow at the Institute, a free-market think tank, told"), from the
    comma ``m`` that opens the last of them; ``m`` when the words before it name no person."""
    for _ in range(3):
        before = _chunk_ending_at(text, toks, _before_parenthetical(toks, m - 1, floor), floor)
        bi = next((i for i in range(m - 1, floor - 1, -1) if toks[i].start == before.start), -1) \
            if before is not None else -1
        if bi - 1 > floor and toks[bi - 1].text == "," and _state_after_town(toks, bi - 1, m):
            m = bi - 1  # "a steelworker from Granite City, Illinois, who told …,": a state, no one; on to its town
            continue
        if before is not None and before.kind == "name" and before.speaker_kind is SpeakerKind.PERSON and \
                not _after_preposition(toks, before.start):
            return m  # (not "the Labour MP for Wexcombe North, who chairs …,": a place the apposition names)
        o = m - 1
        while o >= floor and toks[o].text != "," and toks[o].text not in (".", ";", ":", "“", '"', "”"):
            o -= 1
        if o < floor or toks[o].text != "," or o + 1 >= len(toks) or \
                not (toks[o + 1].low in _CLAUSE_OPENERS or role_word(toks[o + 1].low) and toks[o + 1].text[:1].islower()):
            return m  # (not "In an editorial on the study, Dr. Hamid Rostami of …, wrote": a name, no role, after it)
        person = _chunk_ending_at(text, toks, _before_parenthetical(toks, o - 1, floor), floor)
        if person is not None and person.kind == "name" and person.speaker_kind is SpeakerKind.PERSON:
            return o
        m = o
    return m


_PLACE_PREPOSITIONS = frozenset("near behind beside outside inside at in on by from of".split())
_PLACED_PARTICIPLES = frozenset("assigned based stationed posted attached employed affiliated".split())


# What something goes to ("sent a letter to The Times objecting …"): no subject of the participle after it (but
# "footage of Hillary Clinton asking" is hers).
_GONE_TO = frozenset(("to", "toward", "towards", "at", "against", "into"))


_PLACING = PREPOSITIONS - {"by"}  # (not the agent: "… is exemplified by this finding: “…”")


def _after_preposition(toks: list[Token], start: int, prepositions: frozenset[str] = PREPOSITIONS) -> bool:
    """Whether the token before the one at ``start`` is a preposition ("In a statement …")."""
    n = next((i for i, t in enumerate(toks) if t.start == start), 0)
    return n > 0 and toks[n - 1].low in prepositions


def _inverted_after(text: str, toks: list[Token], n: int) -> Chunk | None:
    """"Debate performances rarely move the polls, said Marisol Ocampo, a political scientist — “…”":
    after a comma, a speech verb with a person's name right after it, and then a comma, a dash or the
    clause's end, has that person for subject (when nothing before the verb is its subject)."""
    if n == 0 or toks[n - 1].text != "," or n + 1 >= len(toks) or toks[n].low not in ("said", "says") or \
            not toks[n + 1].text[:1].isupper():
        return None
    chunk, after = chunk_at(text, toks, n + 1)
    if chunk is None or chunk.kind != "name" or chunk.speaker_kind is not SpeakerKind.PERSON or \
            after < len(toks) and toks[after].text not in (",", "—", "–", "--", ".", ";"):
        return None  # (not "…, said Raymond Ashgrove would …": the subject of what was said)
    return chunk


def _subject_before(text: str, toks: list[Token], verb: int, floor: int) -> Chunk | None:
    """The mention that is the subject of the speech verb at ``verb``.

    A participle ("footage of Hillary Clinton asking") takes the mention right before it.
    """
    participle = toks[verb].text.endswith("ing")
    k = verb - 1
    while k >= floor and _is_aux(toks[k]):
        k -= 1
    k = _before_parenthetical(toks, k, floor)
    if k < floor:
        return None
    if toks[k].low == "and" and not participle:
        joined = _joined_subject(text, toks, k, floor)
        if joined is not None:
            return joined
    if toks[k].text in (",", "—", "–", "--"):
        # Skip back over an apposition or relative clause to the comma that opens it.
        sep = toks[k].text
        m = k - 1
        while m >= floor and toks[m].text != sep and toks[m].text not in (".", ";", ":", "“", '"', "”"):
            m -= 1
        if sep == "," and m > floor and _state_after_town(toks, m, k):
            m -= 1  # "Adele Callender, campaigning in Tampa, Florida, said": the comma before the town's phrase
            while m >= floor and toks[m].text != sep and toks[m].text not in (".", ";", ":", "“", '"', "”"):
                m -= 1
        if m < floor or toks[m].text != sep:
            return None
        named = _apposed_name(text, toks, m, k) if sep == "," else None
        if named is not None:
            return named
        named = _chunk_ending_at(text, toks, m - 1, floor) if sep == "," and m > floor else None
        if sep == "," and m + 1 < len(toks) and toks[m + 1].low not in _CLAUSE_OPENERS and \
                not (named is not None and named.kind == "name" and named.speaker_kind is SpeakerKind.PERSON):
            # "The union, which represents workers in Fenwick, Ohio, called": the comma that opens the clause
            # (not past a person's name: "… and Hale, visibly irritated at times, cast her as …")
            for o in range(m - 1, max(floor, m - 30) - 1, -1):
                if toks[o].text in (".", ";", ":", "“", '"', "”"):
                    break
                if toks[o].text == "," and toks[o + 1].low in _CLAUSE_OPENERS:
                    m = o
                    if toks[o + 1].low in _RELATIVES:
                        break
                    # "Molefhe, whose country depends on the Okavango Delta, a UNESCO site, for much of its
                    # income, described": on to a relative clause that opens before the apposition
        if sep == ",":
            m = _first_apposition(text, toks, m, floor)
        k = _before_parenthetical(toks, m - 1, floor)
        if k < floor:
            return None
    chunk = _chunk_ending_at(text, toks, k, floor)
    if chunk is not None and chunk.kind == "description" and chunk.head in _TIME_HEADS:
        return None  # "who did not at that instant think of …": a time, no one's speech
    head = _relative_head(text, toks, chunk, k, floor) if chunk is not None and not participle else None
    if head is not None:
        return head
    if chunk is not None:
        # "the captain of the ferry replied": the phrase's head, not the preposition's object.
        n = next((i for i in range(k, floor - 1, -1) if toks[i].start == chunk.start), None)
        if not participle and n is not None and n - 2 >= floor and toks[n - 1].text.lower() in _HEAD_PREPOSITIONS:
            head = _chunk_ending_at(text, toks, n - 2, floor)
            if head is None and chunk.kind == "description":
                # "Someone near the back of the auditorium shouted": past a phrase the chunker leaves out
                outer = _placed_before(text, toks, n - 2, floor)
                if outer is not None:
                    return _through(text, outer, chunk.end)
            if head is not None and head.kind != "pronoun":
                role = _role_before(text, toks, n - 2, floor)
                if role is None and head.kind == "description" and chunk.kind == "description" and \
                        toks[n - 1].low != "for" and len(chunk.text.split()) <= 4:
                    # "a man in the public gallery shouted": the man, where he is said to be
                    at = next((i for i in range(n - 2, floor - 1, -1) if toks[i].start == head.start), None)
                    outer = _placed_before(text, toks, at - 1, floor) if at is not None else None
                    return _through(text, outer or head, chunk.end)
                if role is None and toks[n - 1].low == "for" and head.kind == "description" and role_word(head.head):
                    role = head  # "A spokesman for Brackwell Borough Council"
                if role is None and toks[n - 1].low in ("at", "from") and head.kind == "description" and \
                        chunk.kind == "name" and _role_or_roles(head.head):
                    role = head  # "analysts at Jefferies", "A professor at Yale University": whom they speak for
                if role is not None:
                    return _named_through(text, role, chunk.end)
                return head
        if not participle and n is not None and n - 3 >= floor and toks[n - 1].low in ("to", "with") and \
                toks[n - 2].low in ("close", "familiar", "linked", "tied", "connected") and chunk.kind != "pronoun":
            source = _chunk_ending_at(text, toks, n - 3, floor)  # "A source close to the Reese campaign told"
            if source is not None and source.kind == "description":
                return _through(text, source, chunk.end)
        if not participle and n is not None and n - 3 >= floor and toks[n - 1].low in ("to", "in", "at", "with") and \
                toks[n - 2].low in _PLACED_PARTICIPLES and chunk.kind == "description":
            placed = _chunk_ending_at(text, toks, n - 3, floor)  # "A Border Patrol agent assigned to the sector"
            if placed is not None and placed.kind == "description" and role_word(placed.head):
                return _through(text, placed, chunk.end)
        if not participle and n is not None and n - 3 >= floor and toks[n - 1].low in _MOTION_PREPOSITIONS and \
                toks[n - 2].low.endswith("ing") and chunk.kind == "description":
            mover = _chunk_ending_at(text, toks, n - 3, floor)  # "Protesters marching through the streets chanted"
            if mover is not None and mover.kind in ("name", "description"):
                return mover
        if not participle and n is not None:
            role = _role_before(text, toks, n, floor)
            if role is not None:
                return _named_through(text, role, chunk.end)
    if chunk is None:
        # A prepositional phrase after the head: "the mother of three replied".
        for m in range(k, max(floor, k - 6) - 1, -1):
            low = toks[m].text.lower()
            if not toks[m].text[:1].isalnum() or low in ("and", "or", "but", "that", "which", "who") or _is_verb(toks[m]):
                break
            if low in ("of", "in", "at", "for", "from", "with") and m > floor:
                chunk = _chunk_ending_at(text, toks, m - 1, floor)
                if chunk is not None and chunk.kind == "description" and low in _HEAD_PREPOSITIONS and low != "for":
                    at = next((o for o in range(m - 1, floor - 1, -1) if toks[o].start == chunk.start), None)
                    role = _chunk_ending_at(text, toks, at - 2, floor) \
                        if at is not None and at - 2 >= floor and toks[at - 1].low == "for" else None
                    if role is not None and role.kind == "description" and role_word(role.head) and \
                            not text.startswith(",", toks[k].end):  # (a name in apposition after it speaks)
                        chunk = _named_through(text, role, toks[k].end)  # "A lobbyist for a coalition of developers"
                    else:
                        chunk = _through(text, chunk, toks[k].end)  # "a woman in the back row shouted"
                elif chunk is not None and chunk.kind == "description" and low == "for" and role_word(chunk.head):
                    chunk = _named_through(text, chunk, toks[k].end)  # "A spokesman for the Austrian chancellery"
                elif chunk is not None and chunk.kind == "description" and low == "with":
                    # "a man in a dark windbreaker with a staff credential can be heard telling": the man
                    at = next((o for o in range(m - 1, floor - 1, -1) if toks[o].start == chunk.start), None)
                    if at is not None and at - 2 >= floor and toks[at - 1].low in _HEAD_PREPOSITIONS:
                        outer = _chunk_ending_at(text, toks, at - 2, floor)
                        if outer is not None and outer.kind == "description" and \
                                outer.speaker_kind is not SpeakerKind.ORGANISATION:
                            chunk = _through(text, outer, toks[k].end)
                break
    return chunk


_DISMISSIVE = frozenset("dismissed dismisses described describes derided derides denounced denounces branded brands "
                        "labeled labelled labels characterized characterised portrayed painted".split())
_UTTERANCES = frozenset("chant chants cry cries slogan refrain message question questions warning words reply answer "
                        "response promise vow".split())
_OCCASIONS = frozenset("interview interviews speech speeches conference call calls hearing rally debate briefing "
                       "podcast broadcast event forum town meeting".split())  # where words are said, not who says them
_MOTION_PREPOSITIONS = frozenset("through across along into outside around past toward towards down up".split())
_HEAD_PREPOSITIONS = frozenset("of at for from in on".split())  # "the captain of the ferry", "a man in the gallery"
_CLAUSE_OPENERS = frozenset("who which whose where whom a an the".split())
_RELATIVES = frozenset("who which whose where whom".split())


def _role_before(text: str, toks: list[Token], k: int, floor: int) -> Chunk | None:
    """The person a long organisation name belongs to: "A spokesperson for the Office of
    Management and Budget", "an aide to the Committee on Ways and Means" (a role word before
    "for", "of", "at", "from" or "to", across capitalised words and "of", "and", "the")."""
    lower = 0  # lowercase words inside the name ("the regional Department of …"), at most two
    for m in range(k - 1, max(floor, k - 10) - 1, -1):
        t = toks[m]
        if t.low in ("for", "of", "at", "from", "to") and m - 1 >= floor:
            head = _chunk_ending_at(text, toks, m - 1, floor)
            if head is not None and head.kind == "description" and role_word(head.head):
                return _named_through(text, head, toks[k].end)
            if t.low != "of":
                return None
            continue
        if t.text.isalpha() and t.text.islower() and t.low not in ("and", "the") and lower < 2 and \
                not _is_verb(t):
            lower += 1
            continue
        if not (t.text[:1].isupper() or t.low in ("and", "&", "the")):
            return None
    return None


def _chunk_ending_at(text: str, toks: list[Token], k: int, floor: int) -> Chunk | None:
    """The longest chunk that ends exactly with token ``k``."""
    for i in range(max(floor, k - 8), k + 1):
        chunk, j = chunk_at(text, toks, i)
        if chunk is not None and j == k + 1:
            return chunk
        if chunk is not None and j > k + 1:
            continue
    return None


def sentence_subject(text: str, start: int, end: int) -> Chunk | None:
    """The subject of the sentence ``text[start:end]``: its first mention outside a
    prepositional phrase, after any introductory phrase and a wire story's dateline."""
    dateline = DATELINE.match(text, start, end) if text[start:start + 1].isupper() else None
    toks = tokens(text, dateline.end() if dateline is not None else start, end)
    return _sentence_subject(text, toks, len(toks)) if toks else None


_MADE = frozenset("gave made wrote sent read put issued released delivered published posted filed".split())


def _maker(text: str, toks: list[Token], n: int) -> Chunk | None:
    """The person named at token ``n`` when a verb of making follows ("a speech Mrs. Clinton delivered")."""
    chunk, k = chunk_at(text, toks, n)
    if chunk is None or chunk.kind != "name" or chunk.speaker_kind is not SpeakerKind.PERSON or k >= len(toks):
        return None
    return chunk if toks[k].low in _MADE else None


def according_to_in(text: str, start: int, end: int) -> SpeechEvent | None:
    """"…, according to Virginia AFL-CIO President Doris Crouse-Mays." anywhere in the frame."""
    return _according(text, tokens(text, start, min(end, start + 400)), "cue.after.according-to", 0.75)


def _clause_after(toks: list[Token], pos: int) -> bool:
    """Whether a new clause opens after ``pos`` (", and" or ";"): "…, according to a count by the Guardian,
    and one senior backbencher described the mood as “…”" is the backbencher's."""
    return any(t.start >= pos and (t.text == ";" or t.low == "and" and n > 0 and toks[n - 1].text == "," and
                                   n + 1 < len(toks) and not _is_verb(toks[n + 1]))
               for n, t in enumerate(toks))  # (not "…, according to their attorneys, and said they …": theirs)


# "according to a copy of the document obtained by The Washington Post": the paper that has it says nothing.
_OBTAINED = regex.compile(r"[ \u00a0]+(?:obtained|reviewed|seen|viewed|read)[ \u00a0]+by\b")


def _in_the_words_of(text: str, toks: list[Token]) -> SpeechEvent | None:
    """“…, in the words of two people familiar with the call, “…””: the ones whose words the quote gives, when
    only a comma stands between them and the quote."""
    if len(toks) < 6 or text.find("words of", toks[0].start, toks[-1].start) < 0:
        return None  # (the literal first: this is asked for every quote)
    for n in range(len(toks) - 5, -1, -1):
        if [t.low for t in toks[n:n + 4]] == ["in", "the", "words", "of"]:
            chunk = _first_chunk(text, toks, n + 4, 8)
            if chunk is None or chunk.kind not in ("name", "description") or toks[-1].text != "," or \
                    any(t.start >= chunk.end and t.text in (".", ";", ":") for t in toks):
                return None
            return SpeechEvent(Cue(toks[n].start, toks[n + 3].end, text[toks[n].start:toks[n + 3].end]), chunk,
                               "cue.before.according-to", 0.8)
    return None


def _according(text: str, toks: list[Token], rule: str, confidence: float) -> SpeechEvent | None:
    """The first "according to X" among ``toks``."""
    for n in range(len(toks) - 2):
        if toks[n].text.lower() == "according" and toks[n + 1].text.lower() == "to":
            chunk = _first_chunk(text, toks, n + 2, 6)
            if chunk is not None and any(t.low in PREPOSITIONS for t in toks[n + 2:] if t.end <= chunk.start):
                return None  # "according to transcripts published at the time by …": the time tells nothing
            if chunk is not None and chunk.kind == "description" and chunk.head in SPEECH_NOUNS | DOCUMENT_NOUNS:
                # "according to a statement from the Tull County Development Authority"
                after = next((i for i in range(n + 2, min(len(toks), n + 10)) if toks[i].start >= chunk.end), None)
                source = None
                if after is not None and toks[after].low in ("from", "by", "of") and after + 1 < len(toks):
                    source = _first_chunk(text, toks, after + 1, 3)
                elif after is not None:  # "according to a speech Mrs. Clinton delivered at N.Y.U."
                    source = _maker(text, toks, after)
                if source is not None and source.kind in ("name", "description") and not _OBTAINED.match(
                        text, source.end):
                    chunk = source
                elif chunk.head in DOCUMENT_NOUNS and not chunk.modifiers[1:] or _OBTAINED.match(text, chunk.end):
                    return None  # "X said …, according to a statement released …": a statement is no one
            if chunk is not None and chunk.kind == "description" and chunk.head in _ACQUAINTED:
                after = next((i for i in range(n + 2, len(toks)) if toks[i].start >= chunk.end), len(toks))
                chunk = _placed(text, toks, chunk, after)  # "according to a person close to the family"
            if chunk is not None:
                return SpeechEvent(Cue(toks[n].start, toks[n + 1].end, text[toks[n].start:toks[n + 1].end]), chunk,
                                   rule, confidence)
    return None
