"""Speaker resolver: one test per rule, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteprov.pipeline import analyse
from quoteprov.records import Attribution, Kind, SpeakerKind


def attributions(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(quote text, speaker name, mention text, rule) for every quote that is not a term."""
    res = analyse(text)
    out = []
    for q, a in zip(res.quotes, res.attributions):
        if q.kind is Kind.TERM:
            continue
        out.append((q.text, a.name if a else None, a.mention.text if a else None, a.rule if a else None))
    return out


def only(text: str) -> Attribution:
    res = analyse(text)
    atts = [a for a in res.attributions if a is not None]
    assert len(atts) == 1, atts
    return atts[0]


def test_said_name_after_quote() -> None:
    a = only("“The harbour will reopen next week,” said Ingrid Solberg, the port director.")
    assert (a.name, a.mention.text, a.rule) == ("Ingrid Solberg", "Ingrid Solberg", "cue.after.said-name")
    assert a.cue is not None and a.cue.text == "said"


def test_name_said_after_quote() -> None:
    a = only("“We expect more rain,” forecaster Paulo Mendes said on Monday.")
    assert a.name == "Paulo Mendes" and a.rule == "cue.after.name-said"


def test_name_said_before_quote_with_colon() -> None:
    a = only("Councillor Amaka Obi said: “The library stays open.”")
    assert a.name == "Amaka Obi" and a.rule == "cue.before.name-said"


def test_apposition_between_name_and_verb() -> None:
    a = only("“Prices will fall,” Hana Kowalczyk, who runs a bakery in the old town, told reporters.")
    assert a.name == "Hana Kowalczyk"


def test_pronoun_goes_to_nearest_compatible_person() -> None:
    text = (
        "Ruth Abernathy met the union leaders on Friday.\n\n"
        "“Nobody will lose a job,” she said."
    )
    a = only(text)
    assert a.mention.text == "she" and a.name == "Ruth Abernathy"
    assert any(step.rule == "mention.pronoun.nearest" for step in a.why)


def test_split_quote_second_half_takes_same_speaker() -> None:
    rows = attributions("“We tried,” Osei Mensah said, “but the river rose too fast.”")
    assert [r[1] for r in rows] == ["Osei Mensah", "Osei Mensah"]


def test_continuation_paragraph() -> None:
    text = (
        "“The bridge is safe,” said engineer Lotte Brandt.\n\n"
        "“We inspected every cable twice.”"
    )
    rows = attributions(text)
    assert rows[1][1] == "Lotte Brandt" and rows[1][3] == "continuation.paragraph"
    assert rows[1][2] == rows[0][2] == "Lotte Brandt"  # the mention of the quote it continues


def test_partial_quote_in_reported_speech() -> None:
    a = only("Dimitri Vasquez said the new rules were “long overdue” and should pass.")
    assert a.name == "Dimitri Vasquez" and a.quote.kind is Kind.PARTIAL


def test_scare_quote_is_term_without_speaker() -> None:
    res = analyse("The village held a meeting of the so-called “river council” on Sunday.")
    (q,) = res.quotes
    assert q.kind is Kind.TERM and res.attributions == (None,)


def test_organisation_speaker() -> None:
    a = only("“The border remains closed,” the Interior Ministry said in a statement.")
    assert a.speaker_kind is SpeakerKind.ORGANISATION


def test_according_to() -> None:
    a = only("The factory will close, according to Mayor Ines Duarte, who called it “a sad day for us all”.")
    assert a.name == "Ines Duarte" and a.rule.startswith("cue.")


def test_unnamed_source_is_not_forced_onto_a_person() -> None:
    text = (
        "Governor Hal Brennan spoke on Monday.\n\n"
        "“The deal is dead,” a senior official who asked not to be named said."
    )
    a = [x for x in analyse(text).attributions if x is not None][0]
    assert a.speaker_kind is SpeakerKind.UNNAMED and "Brennan" not in a.name


def test_description_linked_to_named_person() -> None:
    text = (
        "Chilean Foreign Minister Rosa Quintero arrived in Lima on Tuesday.\n\n"
        "“We came to listen,” the Chilean foreign minister said."
    )
    a = only(text)
    assert a.name == "Rosa Quintero" and a.mention.text == "the Chilean foreign minister"


def test_interview_label() -> None:
    a = only("“HOST: Will you run again next year?”")
    assert a.name == "HOST" and a.rule == "structure.interview-label"


def test_cue_in_previous_sentence() -> None:
    rows = attributions("The report is late, Kofi Boateng said. “We need two more weeks.”")
    assert rows[0][1] == "Kofi Boateng"


def test_headline_fragment_is_term() -> None:
    res = analyse("Council Votes to ‘Pause’ Road Plan\n\nThe council voted on Monday.")
    assert [q.kind for q in res.quotes] == [Kind.TERM]


def test_dialogue_turn_taking() -> None:
    text = (
        "Edith Marlow set down her cup. Her nephew Arthur stood by the door.\n\n"
        "“You are late,” said Arthur.\n\n"
        "“The train was slow.”\n\n"
        "“It always is.”\n\n"
        "“Then I shall walk next time.”\n\n"
        "He laughed. “You would never.”"
    )
    rows = attributions(text)
    assert [r[1] for r in rows[:4]] == ["Arthur", "Edith Marlow", "Arthur", "Edith Marlow"]


def test_unresolved_pronoun_is_an_entity_too() -> None:
    res = analyse(" she said. “‚")
    assert all(a is None or a.entity in {e.index for e in res.entities} for a in res.attributions)


def test_abstains_without_cue() -> None:
    res = analyse("The storm passed.\n\n“Nothing could have prepared us for this night and the long morning after.”")
    assert res.attributions == (None,)


def test_every_attribution_has_rule_cue_and_mention_in_text() -> None:
    text = "“It works,” said Juno Park. Juno Park added: “We ship in June.”"
    res = analyse(text)
    for a in res.attributions:
        assert a is not None and a.rule and 0 < a.confidence <= 1
        assert text[a.mention.start:a.mention.end] == a.mention.text
        assert a.cue is not None and text[a.cue.start:a.cue.end] == a.cue.text


_PIECES = ["“", "”", "\"", "'", "’", " said ", " he ", "Anna Lee", ", ", ".", "\n\n", "The mayor", "x"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_resolver_never_raises_and_offsets_hold(text: str) -> None:
    res = analyse(text)
    assert len(res.quotes) == len(res.attributions)
    entities = {e.index for e in res.entities}
    for q, a in zip(res.quotes, res.attributions):
        assert text[q.start:q.end] == q.text
        if a is not None:
            assert text[a.mention.start:a.mention.end] == a.mention.text
            assert a.entity in entities


@pytest.mark.parametrize("verb", ["said", "added", "insisted", "warned", "explained", "tweeted", "wrote", "asked"])
def test_speech_verb_lexicon(verb: str) -> None:
    a = only(f"“The vote is on Thursday,” Senator Ada Moreno {verb}.")
    assert a.name == "Ada Moreno" and a.cue is not None and a.cue.text == verb


def test_framing_with_as_speaks_for_the_subject() -> None:
    a = only("Mayor Lena Holt has long described the old tram depot as “a monument to waste”.")
    assert a.name == "Lena Holt"


def test_as_framing_needs_a_named_subject() -> None:
    res = analyse("The old depot was long seen as “a monument”.")
    assert res.attributions == (None,)


def test_plural_noun_is_a_cue_only_before_that() -> None:
    a = only("The Harbour Gazette reports that the ferry will stop “for the whole winter”.")
    assert "Gazette" in a.name
    res = analyse("Critics of the plan filed claims about “unfounded” rumours.")
    assert all(x is None for x in res.attributions)


def test_prepositional_phrase_after_the_subject() -> None:
    a = only("Asked about the delay, the captain of the ferry replied, “The engine failed twice.”")
    assert a.mention.text == "the captain"


_NOVEL = (
    "Mrs. Penrose was not in the habit of waiting for anybody, and least of\n"
    "all for her husband, who came in late from the harbour committee.\n\n"
    "'My dear,' said she, 'the fish has been waiting this half hour or so.'\n\n"
    "'I could not help it,' replied Mr. Penrose. 'Captain Voss would talk of\n"
    "nothing but the new pier.'\n\n"
    "'And what does the Captain say of it?'\n\n"
    "'That it will sink within the year.'\n\n"
    "Their son Walter looked up from the chessboard. 'Then I hope it is never\n"
    "built, father.'\n"
)


def test_fiction_hard_wrapped_single_quotes_and_turn_taking() -> None:
    rows = attributions(_NOVEL)
    texts = [r[0] for r in rows]
    assert "Captain Voss would talk of\nnothing but the new pier." in texts
    speakers = [r[1] for r in rows]
    assert speakers == [
        "Mrs. Penrose", "Mrs. Penrose",  # 'My dear,' said she, '…'
        "Mr. Penrose", "Mr. Penrose",  # 'I could not help it,' replied Mr. Penrose. '…'
        "Mrs. Penrose",  # a bare reply: turn-taking
        "Mr. Penrose",
        "Walter",  # an action beat before the quote
    ]
    assert rows[-1][3] == "cue.action-beat"



def test_fiction_a_paragraph_is_one_speakers_turn() -> None:
    text = _NOVEL + (
        "\n'Who will build it, then?' asked Mrs. Penrose.\n\n"
        "The clock struck nine.\n\n"
        "'Nobody.' He frowned at the board. 'Nobody sensible, at least.'\n"
    )
    rows = attributions(text)
    assert rows[-2][0] == "Nobody." and rows[-1][0] == "Nobody sensible, at least."
    assert rows[-1][1] == "Walter" and rows[-1][3] == "cue.action-beat"  # the beat between the two quotes
    assert rows[-2][1] == "Walter" and rows[-2][3] == "continuation.paragraph-speaker"


def test_chapter_headings_name_nobody() -> None:
    text = "Chapter Two\n\nThe old man sat by the fire all evening.\n\n'It will rain,' he said.\n"
    assert attributions(text)[0][1] != "Chapter Two"

def test_pronoun_skips_a_nearer_person_of_the_other_gender() -> None:
    text = (
        "Maria Nuñez met Governor Peter Vance on Monday. Vance thanked her for the vote.\n\n"
        "“It is a fair deal,” she said."
    )
    a = only(text)
    assert a.mention.text == "she" and a.name == "Maria Nuñez"


def test_participle_shares_the_subject_of_the_verb_before_it() -> None:
    text = "“We wasted a year,” she said. It hurt the town, Ada Brook said, citing the “lost season” at the pier."
    res = analyse(text)
    names = [a.name for a in res.attributions if a is not None]
    assert names[-1] == "Ada Brook"


def test_colon_paragraph() -> None:
    text = "The harbour master then read out his statement:\n\n“The quay is closed until further notice.”"
    a = only(text)
    assert a.rule == "cue.before.colon-paragraph" and a.mention.text == "The harbour master"


def test_next_sentence_cue() -> None:
    text = "The flood came at night.\n\n“We lost everything.” Fatima Rahimi added that the farm was insured."
    a = only(text)
    assert a.rule == "cue.next-sentence" and a.name == "Fatima Rahimi"


def test_dash_attribution() -> None:
    a = only("“Nobody listens to the farmers.” ― Bruno Keller\n")
    assert a.rule == "cue.after.dash-name" and a.name == "Bruno Keller"


def test_according_to_after_the_quote() -> None:
    a = only("“The dam is safe,” according to engineer Sofia Lindqvist.")
    assert a.rule == "cue.after.according-to" and a.name == "Sofia Lindqvist"


def test_relative_pronoun_takes_its_antecedent() -> None:
    a = only("The plan was backed by Councillor Tomas Reyes, who said it was “long overdue”.")
    assert a.mention.text == "who" and a.name == "Tomas Reyes"
    assert any(step.rule == "mention.relative.antecedent" for step in a.why)


def test_surname_goes_to_the_full_name() -> None:
    text = "Prosecutor Helena Marsh opened the case.\n\n“The evidence is clear,” Marsh said."
    a = only(text)
    assert a.name == "Helena Marsh" and a.mention.text == "Marsh"
    assert any(step.rule == "entity.surname-match" for step in a.why)


def test_apposition_lets_a_description_find_its_name() -> None:
    text = (
        "Yusuf Adeyemi, the Nigerian trade minister, arrived on Monday.\n\n"
        "“Tariffs will fall,” the trade minister said."
    )
    a = only(text)
    assert a.name == "Yusuf Adeyemi" and a.mention.text == "the trade minister"


def test_chaptered_text_is_read_as_dialogue() -> None:
    text = (
        "Chapter 2\n\nIrene Holloway had not finished her letter when her brother came in from the yard, "
        "muddy to the knees and full of some grievance against the miller that he meant her to share.\n\n"
        "\"You will own that the man is a thief, whatever the vicar may say of his charity,\" said Mr. Holloway, "
        "throwing his gloves upon the table.\n\n"
        "\"I own nothing of the sort. He has ground our corn for nine years and never once given us short weight "
        "that anybody could prove.\"\n\n"
        "\"That anybody could prove! There is the whole of it. A clever thief is a thief still.\"\n\n"
        "\"Then you had better take your corn to the next mill, and pay the carter for the extra four miles.\"\n"
    )
    names = [r[1] for r in attributions(text)]
    assert names == ["Mr. Holloway", "Irene Holloway", "Mr. Holloway", "Irene Holloway"]


def test_possessive_speech_noun() -> None:
    a = only("Fact-checkers looked at Governor Ana Prieto’s claim that wages rose “faster than anywhere else”.")
    assert a.rule == "cue.before.possessive-claim" and a.name == "Ana Prieto"
    b = only("Omar Haddad spoke on Monday. Contrary to his promise that the bridge would open “by spring”, it is shut.")
    assert b.mention.text == "his" and b.name == "Omar Haddad"


def test_same_surname_titles_and_the_role_description() -> None:
    text = (
        "Chapter 9\n\nThe rain had stopped by the time Captain Rowe reached the inn, and he found his sister waiting.\n\n"
        "\"You are late again,\" said Miss Rowe.\n\n"
        "\"The roads are dreadful,\" returned the captain. \"The horses would not go faster than a walk.\"\n\n"
        "\"Then you should have sent word.\"\n\n"
        "\"And whom should I have sent? The boy was ill.\"\n\n"
        "He laughed, and threw his hat upon the chair. \"You always have a complaint.\"\n"
    )
    names = [r[1] for r in attributions(text)]
    assert names == ["Miss Rowe", "Captain Rowe", "Captain Rowe", "Miss Rowe", "Captain Rowe", "Captain Rowe"]


def test_question_and_answer_transcript() -> None:
    text = (
        "“We will rebuild the bridge,” Mayor Lena Ortiz said in an interview on Monday.\n\n"
        "“Q: When will the work begin?”\n\n"
        "“A: Next spring, if the money arrives.”\n"
    )
    rows = attributions(text)
    assert [r[1] for r in rows] == ["Lena Ortiz", "the interviewer", "Lena Ortiz"]
    assert rows[1][3] == rows[2][3] == "structure.interview-qa"


def test_cue_later_in_the_clause() -> None:
    text = "Finance Minister Lena Korhonen spoke at noon. Exports reached “$4bn”, a figure she said was a record."
    a = only(text)
    assert a.rule == "cue.after.clause" and a.mention.text == "she" and a.name == "Lena Korhonen"


def test_name_and_colon_before_a_quote() -> None:
    a = only("Harbour Master Ruben Ortega: “The quay reopens on Friday.”")
    assert a.rule == "cue.before.name-colon" and a.name == "Ruben Ortega"


def test_participle_after_a_comma_takes_the_sentence_subject() -> None:
    a = only("During a visit to the port on Monday, Premier Ines Walde thanked the crews, adding, “They never stopped.”")
    assert a.rule == "cue.before.sentence-subject" and a.name == "Ines Walde"


def test_according_to_later_in_the_sentence_wins_over_a_guess() -> None:
    text = ("Pressure is mounting on the council, which was met with chants of “Shame!” at a meeting last week, "
            "according to union leader Marta Silva.")
    a = only(text)
    assert a.rule == "cue.after.according-to" and a.name == "Marta Silva"


def test_later_quote_of_a_sentence_keeps_its_subject() -> None:
    text = ("Governor Paul Imre took to the radio to call the plan “a mess” and urge listeners to read what he "
            "called its “fine print”.")
    res = analyse(text)
    names = [a.name for q, a in zip(res.quotes, res.attributions) if a is not None]
    assert names == ["Paul Imre", "Paul Imre"]


def test_capitalised_plural_sources_are_unnamed() -> None:
    a = only("Officials said the storm had caused “extensive damage” to the harbour.")
    assert a.speaker_kind is SpeakerKind.UNNAMED and a.mention.text == "Officials"


_BREAKFAST = (
    "When Clara came down to breakfast, her brother was already at the table.\n\n"
    "\u201cGood morning, Henry,\u201d she said.\n\n"
    "\u201cIs it?\u201d He did not look up. \u201cThe mill has closed.\u201d\n\n"
    "\u201cPerhaps it will open again.\u201d\n\n"
    "\u201cPerhaps.\u201d He folded the paper. \u201cYou always did think the best of people, Clarry.\u201d\n\n"
    "\u201cAnd you always thought the worst.\u201d\n\n"
    "Henry laughed at that.\n\n"
    "\u201cWill you go to the mill?\u201d she asked.\n\n"
    "\u201cI suppose I must.\u201d\n"
)


def test_dialogue_reply_goes_to_the_person_addressed() -> None:
    rows = attributions(_BREAKFAST)
    speakers = [r[1] for r in rows]
    assert speakers == ["Clara", "Henry", "Henry", "Clara", "Henry", "Henry", "Clara", "Clara", "Henry"]
    assert rows[1][3] == "continuation.addressee" and rows[1][2] == "Henry"  # "Good morning, Henry," → Henry replies
    # "Clarry" is nobody the narration names (a pet name): the reply goes to the other person as usual.
    assert rows[6][3] == "continuation.turn-taking"


def test_single_given_names_are_people_only_in_dialogue() -> None:
    news = "Virginia voted on Tuesday. \u201cWe expect a close count,\u201d he said."
    assert only(news).name == "he"  # a state, not a person: the pronoun stays unresolved


def test_dialogue_bare_quote_after_narration_goes_to_its_subject() -> None:
    text = _NOVEL + (
        "\nThe boy went back to his game. Mrs. Penrose turned to Mr. Penrose.\n\n"
        "'You encourage him, Arthur.'\n\n"
        "'I do my best.'\n"
    )
    rows = attributions(text)
    assert rows[-2][1:] == ("Mrs. Penrose", "Mrs. Penrose", "cue.narration-beat")
    assert rows[-1][1] == "Mr. Penrose"  # and the reply goes to the other one


def _hard_wrap(text: str, width: int = 72) -> str:
    """Lines of at most ``width`` characters, by turning spaces into line breaks (offsets unchanged)."""
    chars = list(text)
    line_start, last_space = 0, -1
    for n, c in enumerate(chars):
        if c == "\n":
            line_start, last_space = n + 1, -1
        elif c == " ":
            last_space = n
        if n - line_start >= width and last_space > line_start:
            chars[last_space] = "\n"
            line_start, last_space = last_space + 1, -1
    return "".join(chars)


def test_hard_wrapped_news_is_not_a_dialogue() -> None:
    path = Path(__file__).resolve().parents[1] / "corpus" / "000_c24e6a632f013367.txt"
    text = path.read_text(encoding="utf-8")
    wrapped = _hard_wrap(text)
    assert len(wrapped) == len(text) and wrapped.count("\n") > text.count("\n") + 20
    rows = attributions(wrapped)
    agreed = next(r for r in rows if r[0].startswith("We agreed that we need"))
    assert agreed[1] == "Sergey Lavrov" and agreed[3] == "continuation.paragraph"  # not the other person's turn


def test_surname_ending_in_ing_after_a_title() -> None:
    a = only("Mrs. Harding was late. \u201cI am so sorry,\u201d she said.")
    assert a.name == "Mrs. Harding"


def test_began_is_a_cue_right_after_the_quote() -> None:
    a = only("Mr. Lowe came in. \u201cI am so sorry,\u201d he began.")
    assert a.rule == "cue.after.name-said" and a.cue is not None and a.cue.text == "began"
    assert only("Mr. Lowe came in. \u201cRain\u201d began to fall, he noted.").cue.text != "began"


def test_used_the_phrase_names_who_uses_the_words() -> None:
    a = only("Mayor Ortiz has used the phrase \u201cfiscal cliff\u201d in every speech this year.")
    assert a.name == "Mayor Ortiz" or a.name == "Ortiz"
    assert a.rule == "cue.before.used-the-phrase" and a.cue is not None and a.cue.text == "used"


def test_exhorted_is_a_speech_verb() -> None:
    a = only("Senator Vale exhorted the delegates to \u201cvote with a clear conscience\u201d on Friday.")
    assert a.name.endswith("Vale")


def test_a_gendered_role_before_a_name_gives_its_gender() -> None:
    text = (
        "Officials met Dale Hunt on Monday.\n\n"
        "\u201cWe waited ten years,\u201d said flood widow Terry Vance.\n\n"
        "She added, \u201cWe will wait no longer.\u201d"
    )
    assert attributions(text)[-1][1] == "Terry Vance"  # "Terry" alone would say "he"; "widow" says "she"


_STABLE = (
    "Chapter 4\n\n"
    "Harry found Tom in the stable, saddling the grey mare.\n\n"
    "\u201cYou're not going tonight,\u201d Harry said.\n\n"
    "\u201cI am.\u201d Tom pulled the girth tight. \u201cAnd you can't stop me.\u201d\n\n"
    "Harry caught the bridle. \u201cTom, listen to me.\u201d\n\n"
    "\u201cI've listened enough,\u201d he said, and wrenched the reins free.\n\n"
    "\u201cThen go,\u201d he said.\n"
)


def test_dialogue_pronoun_opening_a_turn_is_the_other_person() -> None:
    rows = attributions(_STABLE)
    assert [r[1] for r in rows] == ["Harry", "Tom", "Tom", "Harry", "Tom", "Harry"]
    res = analyse(_STABLE)
    enough = next(a for a in res.attributions if a is not None and a.quote.text.startswith("I've listened"))
    assert enough.mention.text == "he"  # the mention stays the pronoun in the text
    assert any(step.rule == "mention.pronoun.turn-taking" for step in enough.why)


def test_dialogue_pronoun_with_no_named_person_takes_a_described_one() -> None:
    text = (
        "CHAPTER V\n\nThe old doctor sat down heavily and looked at the fire.\n\n"
        "\u201cI will tell you what I know,\u201d he said at last.\n\n"
        "\u201cPlease do.\u201d\n\n\u201cIt is little enough.\u201d\n\n\u201cThen tell it quickly.\u201d\n"
    )
    first = analyse(text).attributions[0]
    assert first is not None and first.name == "The old doctor" and first.mention.text == "he"
    assert first.why[-1].rule == "mention.pronoun.description"
    news = "The old doctor retired in May. Officials met on Monday. \u201cWe will miss him,\u201d he said."
    assert only(news).name == "he"  # in news a pronoun is never a description's


def test_sentence_initial_function_words_are_not_speakers() -> None:
    assert only("Amid what she called a \u201cwitch hunt,\u201d resignations followed.").name == "she"
    assert only("Much of what he called \u201cfake news\u201d was true.").name == "he"
