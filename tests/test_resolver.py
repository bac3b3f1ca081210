"""Speaker resolver: one test per rule, on sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteprov.pipeline import analyse
from quoteprov.records import Kind, SpeakerKind
from tests.resolving import attributions, only


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


@pytest.mark.parametrize("verb", ["said", "added", "insisted", "warned", "explained", "tweeted", "wrote", "asked",
                                  "expostulated", "remonstrated", "confessed", "opined"])
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
    assert a.mention.text == "the captain of the ferry"  # the captain (not the ferry), and which captain
    a = only("Asked about the delay, a spokesman for the ferry company replied, “The engine failed twice.”")
    assert a.mention.text.startswith("a spokesman")


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


def test_sentence_initial_function_words_are_not_speakers() -> None:
    assert only("Amid what she called a \u201cwitch hunt,\u201d resignations followed.").name == "she"
    assert only("Much of what he called \u201cfake news\u201d was true.").name == "he"


def test_as_framing_allows_a_few_filler_words() -> None:
    a = only("In July, Senator Hale dismissed the port as being in the \u201cback yard of the capital\u201d on radio.")
    assert a.name.endswith("Hale") and a.rule == "cue.before.as-framing"


def test_casting_oneself_as_someone_the_quote_describes_is_framing() -> None:
    a = only("Vellacott, a former harbour pilot, cast himself as a candidate who had \u201cnever owed anyone a favour\u201d.")
    assert a.name == "Vellacott" and a.rule == "cue.before.as-framing"
    res = analyse("Vellacott cast himself as a candidate, and the crowd loved a \u201cnever owed anyone a favour\u201d line.")
    assert res.attributions == (None,)  # a comma between: the crowd's line, no framing


def test_lauded_is_a_speech_verb() -> None:
    a = only("Governor Ames lauded the engineers for their \u201cnew and daring ideas\u201d in his address.")
    assert a.name.endswith("Ames")


def test_an_all_caps_subheading_is_not_a_speaker() -> None:
    text = ("CONGRESS HAS INVESTIGATED HIM \u2014 The senator appeared at a hearing for promoting what he called "
            "a \u201cmagic weight loss cure for every body type.\u201d")
    a = only(text)
    assert "CONGRESS" not in a.name


def test_a_name_in_apposition_to_a_description_speaks() -> None:
    a = only("The ministry's spokeswoman, Alma Ferreira, declined to comment, saying only: “We are watching closely.”")
    assert (a.name, a.mention.text) == ("Alma Ferreira", "Alma Ferreira")
    assert "in apposition" in a.why[0].detail
    # With no name beside it, the description stays the speaker.
    a = only("The ministry's spokeswoman declined to comment, saying only: “We are watching closely.”")
    assert a.mention.text == "The ministry's spokeswoman"


def test_a_place_name_with_an_ing_word_opens_a_description() -> None:
    a = only("A Downing Street spokesman later said the minister “remains committed” to a deal.")
    assert a.mention.text == "A Downing Street spokesman"


def test_a_subject_after_an_opening_phrase_and_a_comma_is_a_pronouns_antecedent() -> None:
    text = (
        "Democrats, led by Sen. Robert Brandt, have pressed for weeks for a vote.\n\n"
        "“The people deserve an answer,” Brandt said.\n\n"
        "Asked about Brandt's remarks, Sen. Owen Tully shrugged. “He's entitled to his opinion,” he said.\n"
    )
    rows = attributions(text)
    assert rows[-1][1:3] == ("Owen Tully", "he")


def test_a_wire_dateline_is_no_speaker_and_its_paragraph_no_headline() -> None:
    text = (
        "KABUL, Afghanistan (AP) — Defence Minister Omar Rahimi on Tuesday rejected the report, saying the "
        "army had “moved on.”\n\nThe ministry did not say more.\n"
    )
    res = analyse(text)
    (q,) = res.quotes
    assert q.kind is Kind.PARTIAL  # a lede, not a headline: its short quote keeps its speaker
    a = res.attributions[0]
    assert a is not None and a.name == "Omar Rahimi"


def test_an_age_epithet_stands_for_the_person_last_named() -> None:
    text = (
        "For Sarah Jones, the last year has been the hardest of her life.\n\n"
        "'I didn't know if I'd have a job to go back to,' says the 34-year-old nurse from Leeds.\n"
    )
    a = only(text)
    assert (a.name, a.mention.text) == ("Sarah Jones", "the 34-year-old nurse")
    assert a.why[-1].rule == "mention.description.epithet"
    # A woman's epithet skips a man named in between.
    text = text.replace("her life.", "her life, and of her husband Tom's.").replace("nurse", "mother")
    assert only(text).name == "Sarah Jones"


def test_a_generic_title_goes_to_the_one_person_who_holds_it() -> None:
    text = ("Chief Dana Okafor told reporters the gunman fired into a crowd. "
            "“This is senseless,” the chief said.")
    a = only(text)
    assert (a.name, a.mention.text) == ("Dana Okafor", "the chief")


def test_a_verb_that_speaks_with_its_particle() -> None:
    text = (
        "The committee met on Tuesday.\n\n"
        "“We will appeal the ruling,” put in Harriet Gale, the group's lawyer.\n\n"
        "“Not before the vote,” Tom Reyes broke in.\n\n"
        "“It will be put in place next year,” the mayor said.\n"
    )
    rows = attributions(text)
    assert rows[0][1:] == ("Harriet Gale", "Harriet Gale", "cue.after.said-name")
    assert rows[1][1:] == ("Tom Reyes", "Tom Reyes", "cue.after.name-said")
    assert rows[2][1:] == ("the mayor", "the mayor", "cue.after.name-said")


def test_a_name_with_an_organisation_in_apposition_is_no_antecedent_for_she() -> None:
    text = (
        "The council postponed the vote on Wednesday.\n\n"
        "“We heard the community,” Mayor Dana Whitfield told reporters.\n\n"
        "“It's another tax on working families,” said Marisol Grant, who chairs a tenants union.\n\n"
        "In a statement, TriMet, the regional transit agency, said it “respects the council's process.”\n\n"
        "Whitfield's office later said the mayor supports the levy in principle.\n\n"
        "“I want to be clear,” she wrote on Twitter. “Transit is a priority.”\n"
    )
    rows = attributions(text)
    # Not TriMet (an agency), and not Marisol Grant: the person whose office spoke just before.
    assert rows[-2][1:] == ("Dana Whitfield", "she", "cue.after.name-said")
    kinds = {e.name: e.kind for e in analyse(text).entities}
    assert kinds["TriMet"] is SpeakerKind.ORGANISATION


def test_party_and_state_between_name_and_verb() -> None:
    text = "“This is unconscionable,” Sen. Rachel Okafor, D-Minn., said in a statement."
    assert attributions(text) == [("This is unconscionable,", "Rachel Okafor", "Sen. Rachel Okafor", "cue.after.name-said")]
    # "D-Minn." is no one: not a person of the text.
    assert {e.name for e in analyse(text).entities} == {"Rachel Okafor"}


def test_things_do_not_speak_with_verbs_said_of_things() -> None:
    text = (
        "Insulin price rises again\n\n"
        "Halvorsen spokeswoman Tina Marsh said the increase reflected “the rising cost of research.”\n\n"
        "In an earnings call last month, Gregory Lind told analysts the company was “very comfortable” with it.\n"
    )
    rows = attributions(text)
    assert rows[0][1:] == ("Tina Marsh", "Tina Marsh", "cue.before.name-said")
    assert rows[1][1:] == ("Gregory Lind", "Gregory Lind", "cue.before.name-said")


def test_a_name_in_apposition_to_the_subject_is_in_subject_position() -> None:
    text = (
        "Floods hit the coast\n\n"
        "“The ground is already saturated,” Ben Okoye said. “Anything that falls now runs off.”\n\n"
        "“The water came up so fast,” said Luisa Fernandez, who was rescued from her home by boat.\n\n"
        "Her neighbor, Tom Briggs, said he had lived on the street for 30 years and never seen it flood.\n\n"
        "“Never,” he said. “Not once.”\n"
    )
    assert attributions(text)[-2][1:] == ("Tom Briggs", "he", "cue.after.name-said")


def test_the_subject_of_an_inverted_cue_is_a_subject_for_a_later_pronoun() -> None:
    text = (
        "The last bookstore\n\n"
        "Claire Dunmore, the owner, has heard the argument before. “He's not wrong,” she says.\n\n"
        "Customers have rallied. A petition has gathered more than 3,000 signatures from across the county.\n\n"
        "“Bookstores don't close because people stop reading,” said Annette Ruiz, who runs a store two towns "
        "over. “They close because rent goes up,” she added.\n"
    )
    assert attributions(text)[-1][1:] == ("Annette Ruiz", "she", "cue.after.name-said")


def test_a_stage_direction_in_a_transcript_is_no_speech() -> None:
    text = (
        "Pence appeared on the programme. Partial transcript as follows:\n\n"
        '"WALLACE: Let us start with the debate.\n\n'
        '"(CROSSTALK.)\n\n'
        '"PENCE: Well, look, this is an episode of a game show."\n'
    )
    rows = attributions(text)
    assert [r[0] for r in rows] == ["WALLACE: Let us start with the debate.",
                                    "PENCE: Well, look, this is an episode of a game show."]
    assert [r[1] for r in rows] == ["WALLACE", "PENCE"]


def test_compared_speaks_but_compared_to_does_not() -> None:
    text = (
        "Debate ahead\n\n"
        "Aaron Kall, a debate coach, compared Trump to a coach who is “working the referees” in hopes that "
        "“they'll go easier” on him.\n\n"
        "The site rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic "
        "claims, a study by the Media Center found.\n"
    )
    rows = attributions(text)
    assert [r[1] for r in rows[:2]] == ["Aaron Kall", "Aaron Kall"]
    # "…, compared to …" compares numbers: no one speaks there.
    res = analyse(text)
    fire = [(q.kind, a) for q, a in zip(res.quotes, res.attributions) if q.text.startswith("pants on fire")]
    assert fire == [(Kind.TERM, None)]


def test_it_said_is_the_organisation_just_named() -> None:
    text = (
        "Airline cancels flights\n\n"
        "Passengers waited for hours at the terminal on Sunday.\n\n"
        "The Federal Aviation Administration said it was monitoring the situation. “Safety is not affected,” it "
        "said.\n\n"
        "“Nobody told us anything,” said Priya Nair, who was trying to get home to Chicago.\n\n"
        "Northwind's chief executive, Paul Brennan, said the company would refund tickets.\n\n"
        "“We let people down,” he said.\n"
    )
    rows = attributions(text)
    assert rows[0][1:] == ("Federal Aviation Administration", "it", "cue.after.name-said")
    # "Northwind's chief executive, Paul Brennan, said": Brennan is the subject the he stands for.
    assert rows[2][1:] == ("Paul Brennan", "he", "cue.after.name-said")


def test_a_subject_after_an_opening_phrase_with_an_irregular_past() -> None:
    text = (
        "Senator blasts agency\n\n"
        "Sen. Marcus Reid accused the department of stonewalling on Tuesday.\n\n"
        "Reid's office also released a statement from a veteran, James Porter. “I served my country,” Porter said.\n\n"
        "In an interview, Reid went further. Asked whether the secretary should resign, he said: “That's up to the "
        "president.”\n"
    )
    assert attributions(text)[-1][1:] == ("Marcus Reid", "he", "cue.before.name-said")


def test_one_of_them_named_in_apposition_and_said_her_son() -> None:
    text = (
        "School board closes two schools\n\n"
        "“The problem,” said board president Laura Simms, “is that we have too many buildings.”\n\n"
        "Parents were furious. One of them, Rosa Delgado, said her son would have to take two buses to reach "
        "his new school.\n\n"
        "“Nobody asked us,” she said.\n"
    )
    # "One of them, Rosa Delgado, said": Delgado is the subject; "said her son … his new school" makes
    # her a woman (the "his" is the son's), so the she is Delgado, not Simms.
    assert attributions(text)[-1][1:] == ("Rosa Delgado", "she", "cue.after.name-said")


def test_first_and_only_describe_a_speaker() -> None:
    text = (
        "The Captain looked down the table at his officers.\n\n"
        "“Six years,” said the first officer. “And a little to the southward.”\n\n"
        "“I saw it myself,” said the only witness.\n"
    )
    rows = attributions(text)
    assert rows[0][1:] == ("the first officer", "the first officer", "cue.after.said-name")
    assert rows[2][1:] == ("the only witness", "the only witness", "cue.after.said-name")


def test_verbs_that_speak_only_in_a_tag() -> None:
    text = (
        "Mr. Latchford looked along the row of desks at Jane and Tommy.\n\n"
        "“Tallow,” breathed Jane, without moving her lips.\n\n"
        "“Silence!” thundered the master.\n\n"
        "“Please, sir,” Tommy sniffed. “It wasn't me.”\n\n"
        "Jane breathed on the window and sniffed at her ink.\n"
    )
    rows = attributions(text)
    assert [r[2] for r in rows] == ["Jane", "the master", "Tommy", "Tommy"]
    assert [r[3] for r in rows[:3]] == ["cue.after.said-name", "cue.after.said-name", "cue.after.name-said"]


def test_a_described_speaker_keeps_the_words_of_the_office() -> None:
    text = (
        "Eleanor Whitcomb campaigned in Milwaukee on Saturday.\n\n"
        "“I respect the people who go to his rallies,” the former secretary of state said.\n"
    )
    assert attributions(text)[0][2] == "the former secretary of state"


def test_a_description_runs_over_a_comma_between_adjectives() -> None:
    def speaker(cue: str) -> str | None:
        return attributions(f"Mrs. Kettleby poured the coffee.\n\n“You hear the news?” {cue}.\n")[0][2]

    assert speaker("inquired a long, sallow man in a black coat") == "a long, sallow man in a black coat"
    assert speaker("said a tall, thin gentleman") == "a tall, thin gentleman"
    assert speaker("said the doctor, tired") == "the doctor"  # the noun ends it
    assert speaker("said a voice, low and hoarse") == "a voice"  # no person after the comma


def test_the_verb_of_telling_right_before_the_quote_speaks_it() -> None:
    text = (
        "Jury convicts builder\n\n"
        "Detective Sam Etheridge said afterward that Wade Prescott had told his wife, \"It's going to be OK.\"\n"
    )
    assert attributions(text)[0][1:] == ("Wade Prescott", "Wade Prescott", "cue.before.name-said")


def test_subjects_behind_introductions_relative_clauses_and_appositions() -> None:
    text = (
        'Study finds lights harm moths\n'
        '\n'
        'In an accompanying editorial, the journal’s editor-in-chief, Ruth Imrie, wrote that the '
        'findings “should prompt cities to think about lighting.”\n'
        '\n'
        'A senior European diplomat who took part in the talks, speaking on condition of anonymity '
        'because the negotiations were confidential, said the two sides had come within “two or '
        'three percentage points” of a deal.\n'
        '\n'
        'Asked whether she would appear alongside Eleanor Whitcomb next week, the 52-year-old '
        'Democrat said only: “I’ll be in Green Bay.”\n'
        '\n'
        'That was Dale Ebbesmeyer, 74, a retired snowplow driver from Hortonville, who said he was '
        'leaning toward Marrow but “wouldn’t bet the truck on it.”\n'
    )
    rows = attributions(text)
    assert rows[0][1] == "Ruth Imrie"  # "In an accompanying editorial, the journal's editor-in-chief, Ruth Imrie, wrote"
    assert rows[1][1] == "A senior European diplomat"  # "… who took part in the talks, speaking …, said"
    assert rows[2][1] != "Eleanor Whitcomb"  # named in the same sentence: not "the 52-year-old Democrat"
    assert rows[3][1] == "Dale Ebbesmeyer"  # "…, 74, a retired snowplow driver from Hortonville, who said"


def test_joined_verbs_introduced_sources_and_counties() -> None:
    text = (
        "Campaign in turmoil\n\n"
        "The turmoil peaked Tuesday night, when Dwight Castellane joined a call with forty donors and told them "
        "the campaign was “getting killed on television,” according to two people who were on the call.\n\n"
        "A firefighter at the scene, who spoke on condition of anonymity, said crews had found a downed line. "
        "“There was a line on the ground,” the firefighter said.\n\n"
        "Darnell Whitfield grew up in Chesterfield County. “I'm not a party guy,” he said.\n"
    )
    rows = attributions(text)
    assert rows[0][1:] == ("Dwight Castellane", "Dwight Castellane", "cue.before.name-said")
    assert rows[1][1] == "A firefighter at the scene"
    assert rows[2][1] == "Darnell Whitfield"


def test_a_name_in_apposition_to_the_subject_with_a_second_apposition_is_the_subject() -> None:
    text = (
        "Energy hearing\n\n"
        "Miriam Castellane testified for an hour.\n\n"
        "The committee’s chairwoman, Sen. Teresa Valdane, a New Mexico Democrat, tried to steer the hearing toward "
        "permitting, which she called “the single biggest bottleneck in American energy.”\n"
    )
    assert attributions(text)[0][1:] == ("Teresa Valdane", "she", "cue.before.name-said")


def test_a_quote_paragraph_after_the_chief_walked_reporters_through_is_the_chiefs() -> None:
    text = (
        "Wildfire destroys homes\n\n"
        "“I have not seen fire move like that,” Fire Chief Dennis Kowalczyk said at an evening briefing.\n\n"
        "The chief, his voice hoarse, walked reporters through the first hour of the fire.\n\n"
        "“When the first engines got there, the fire was maybe 20 acres.\n\n"
        "“We made a decision early that we were not going to try to stand in front of it.”\n"
    )
    rows = attributions(text)
    assert rows[1][1:] == ("Dennis Kowalczyk", "The chief", "cue.narration-subject")
    assert rows[2][1] == "Dennis Kowalczyk"


def test_a_she_in_a_features_lede_is_the_woman_named_later() -> None:
    text = (
        "The Last Crossing\n\n"
        "ELKHORN LANDING, Ky. — The woman at the wheel wears a faded canvas jacket. She brings the towboat across "
        "at a long angle.\n\n"
        "“You're early, Luis,” she calls down from the window.\n\n"
        "The pilot's name is June Pettibone. She is 61, and she has worked on this ferry for 34 years.\n"
    )
    assert attributions(text)[0][1:] == ("June Pettibone", "she", "cue.after.name-said")


def test_a_college_or_society_of_something_is_one_organisation() -> None:
    text = (
        "Corridor care\n\n"
        "The Royal College of Emergency Medicine, which has campaigned on the issue for a decade, said it was "
        "“deeply alarmed” by the leak.\n"
    )
    assert attributions(text)[0][1] == "Royal College of Emergency Medicine"


def test_a_verb_in_an_opening_when_clause_is_not_the_one_that_speaks() -> None:
    text = (
        "Trial day three\n\n"
        "At one point Lydia Shapiro objected, and Judge Harriet Fenwick called both lawyers to the bench. When they "
        "returned, Fenwick told the prosecutor to “ask the question and let her answer it.”\n"
    )
    assert attributions(text)[0][1] == "Harriet Fenwick"


def test_a_bare_surname_shared_by_a_couple_is_the_one_so_called_before() -> None:
    text = (
        "Undecided in Marshalltown\n\n"
        "MARSHALLTOWN, Iowa — Ron Schaefer has two yard signs and no candidate.\n\n"
        "Schaefer is exactly the kind of voter both campaigns are fighting over.\n\n"
        "Deb Schaefer, 64, his wife of 41 years, has no such doubts. “I like that he says what he thinks,” she "
        "said.\n\n"
        "“She thought he won. I thought she won,” Schaefer said, laughing.\n"
    )
    rows = attributions(text)
    assert rows[0][1] == "Deb Schaefer" and rows[1][1] == "Ron Schaefer"


def test_her_television_ad_speaks_for_her() -> None:
    text = (
        "Senate race tightens\n\n"
        "Maureen Castellano, the Democratic nominee, has spent most of her money on television. Her latest "
        "television ad says she will be “your voice in Washington, not theirs.”\n"
    )
    assert attributions(text)[0][1] == "Maureen Castellano"



def _wrapped(text: str, width: int = 70) -> str:
    """``text`` with every paragraph wrapped at ``width`` columns, one line break for one space."""
    chars = list(text)
    col, space = 0, -1
    for i, ch in enumerate(chars):
        if ch == "\n":
            col, space = 0, -1
            continue
        if ch == " ":
            space = i
        col += 1
        if col > width and space >= 0:
            chars[space] = "\n"
            col, space = i - space, -1
    return "".join(chars)


def test_a_hard_wrapped_story_is_read_as_its_paragraphs_with_its_own_offsets() -> None:
    # Ten scenes of the story dev set, wrapped as a Project Gutenberg book is: "said\nhe", ",\nMr. Crewe,".
    path = Path(__file__).resolve().parents[1] / "eval" / "stories-dev.gold.jsonl"
    scenes = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()[:10]]
    for scene in scenes:
        text = _wrapped(scene)
        assert len(text) == len(scene) and text.count("\n") > scene.count("\n") + 10
        wrapped, flat = analyse(text), analyse(scene)
        assert [(a.name, a.rule) if a else None for a in wrapped.attributions] == \
            [(a.name, a.rule) if a else None for a in flat.attributions]
        for q, a in zip(wrapped.quotes, wrapped.attributions):
            assert text[q.start:q.end] == q.text  # the text's own words, line breaks and all
            if a is not None:
                assert a.quote == q and text[a.mention.start:a.mention.end] == a.mention.text
                assert a.cue is None or text[a.cue.start:a.cue.end] == a.cue.text


def test_who_after_a_town_and_its_state_is_the_person_from_there() -> None:
    text = (
        "OMAHA — The second debate was meant to be the gentler one.\n\n"
        "The first question came from Arletta Frisch, a retired schoolteacher from Council Bluffs, Iowa, who asked "
        "whether either candidate could “set a decent example for my grandchildren.”\n"
    )
    assert attributions(text)[0][1] == "Arletta Frisch"  # not Iowa


def test_a_name_and_age_in_apposition_to_the_subject_is_the_subject_for_a_pronoun() -> None:
    text = (
        "His attorney, Rachel Sundberg, asked for 18 months of home confinement.\n\n"
        '"Greg is not a mastermind," Sundberg said.\n\n'
        "Alston's mother, Doreen Alston, 79, spoke from a lectern a few feet from her son.\n\n"
        '"My son has done a terrible thing," she said.\n'
    )
    assert attributions(text)[-1][1:3] == ("Doreen Alston", "she")  # not the lawyer


def test_a_town_after_from_nearby_is_no_one() -> None:
    text = (
        '"I\'ve voted Republican my whole life," said Ronnie Tate, 58, a long-haul truck driver.\n\n'
        "Across the booth, Marisol Vega, 34, a labor-and-delivery nurse from nearby Elkton Ford, shook her head.\n\n"
        '"You don\'t trust him, but you\'re going to vote for him anyway," she said.\n'
    )
    assert attributions(text)[-1][1] == "Marisol Vega"  # not Elkton Ford
