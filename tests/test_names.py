"""Document-wide name mentions: the fast path for plain capitalised runs must agree with the chunker."""

from __future__ import annotations

from pathlib import Path

import pytest

import quoteprov.names as names
from quoteprov.mentions import chunks
from quoteprov.records import SpeakerKind

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))] + [
    "The New York businessman met the Taliban in Doha.\n\nMrs. Clinton and Sen. Ada Moreno (D-Ore.) spoke.",
    "Russian foreign minister Sergey Lavrov, the veteran diplomat, met Pakistani\ncounterpart Farid Petrov.",
    "But Lavrov. Then Qureshi’s aides said that Hillary Clinton was out. African- Americans voted.",
    "Miss Rowe and Mr Rowe met Ms Lee; Captain Rowe and Mrs Lee did not.",
    "CONGRESS HAS INVESTIGATED HIM \u2014 Oz testified. WALLACE: Why? THE NEW YORK TIMES and HILLARY CLINTON agreed.",
    "Chapter 3\n\nMr. Hartwell laughed. 'Colonel Dane would talk,' said he, 'of nothing but the new road.'",
    "The elder Miss Croft dealt the cards, and the old Mr. Hale watched the young man.",
    "He took off his cap. Shook it. Put it back on. Stood up. Mary up it.",
    "That was Nathaniel “Nate” Ruffin, and state Del. Marcia \"Cia\" Price (D-Newport News) agreed.",
]


@pytest.mark.parametrize("n", range(len(TEXTS)))
def test_fast_path_equals_the_chunker(n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    text = TEXTS[n]
    fast = names.name_mentions(text, 0, len(text))
    monkeypatch.setattr(names, "_plain_run", lambda *args: None)
    slow = names.name_mentions(text, 0, len(text))
    assert fast == slow


def test_names_and_titles() -> None:
    text = "Russian foreign minister Sergey Lavrov met The New York businessman in New York."
    found = {(c.text, c.kind, c.name) for c in names.name_mentions(text, 0, len(text))}
    assert ("Russian foreign minister Sergey Lavrov", "name", "Sergey Lavrov") in found
    assert ("The New York businessman", "description", "New York businessman") in found


def test_no_mention_runs_past_a_sentence_or_a_blank_line() -> None:
    text = "The talks ended with Mark Cuban.\n\nPartial transcript follows."
    assert all("\n" not in c.text and "." not in c.text for c in chunks(text, 0, len(text)))


def test_an_adjective_before_a_titled_name_belongs_to_the_name() -> None:
    text = "\u201cIs he?\u201d said the younger Miss Croft presently, and the old Mr. Hale smiled at the old man."
    found = [(c.text, c.kind, c.name) for c in chunks(text, 0, len(text))]
    assert ("the younger Miss Croft", "name", "Croft") in found
    assert ("the old Mr. Hale", "name", "Hale") in found
    assert ("the old man", "description", "the old man") in found


def test_a_surname_in_ing_is_a_name_where_a_verb_could_not_stand() -> None:
    def found(text: str) -> list[str]:
        return [c.text for c in names.name_mentions(text, 0, len(text)) if c.kind == "name"]

    assert found("\u201cI do the invoices,\u201d Dunning says.") == ["Dunning"]  # a speech verb follows
    assert found("Her husband, Walt Dunning, a retired band director, keeps the books.") == ["Walt Dunning"]
    assert found("Having said that, Jones left.") == ["Jones"]  # "Having" is no one
    assert found("After saying so, Jones left.") == ["Jones"]


def test_a_question_word_after_an_interview_label_is_no_name() -> None:
    text = "Q. Is there an instrument you regret selling?\n\nA. Number 112. A viola."
    assert all(c.kind != "name" or "Is" not in c.text.split() for c in names.name_mentions(text, 0, len(text)))


def test_a_nationality_before_an_office_is_no_person() -> None:
    text = "A spokesman for the Austrian chancellery said so."
    assert [(c.text, c.kind) for c in chunks(text, 0, len(text))][:2] == [
        ("A spokesman", "description"), ("the Austrian chancellery", "description")]


def test_a_time_in_capitals_is_no_name() -> None:
    text = "Late Thursday, the company said so. Super Tuesday is near."
    assert [c.text for c in names.name_mentions(text, 0, len(text)) if c.kind == "name"] == []


def test_a_place_before_plural_organisations_is_a_description() -> None:
    for text, whole in (("The London papers persisted in it.", "The London papers"),
                        ("Pakistani agencies said so.", "Pakistani agencies")):
        assert (chunks(text, 0, len(text))[0].text, chunks(text, 0, len(text))[0].kind) == (whole, "description")


def test_a_newspaper_is_an_organisation() -> None:
    text = "The Heartland Sentinel asked the campaign for the recording. The Cedar Valley Courier did too."
    kinds = {c.text: c.speaker_kind for c in names.name_mentions(text, 0, len(text))}
    assert kinds["The Heartland Sentinel"] is SpeakerKind.ORGANISATION
    assert kinds["The Cedar Valley Courier"] is SpeakerKind.ORGANISATION


def test_a_month_that_is_a_given_name_before_a_surname_is_part_of_the_name() -> None:
    def found(text: str) -> list[str]:
        return [c.text for c in names.name_mentions(text, 0, len(text))]

    assert found("The pilot's name is June Pettibone. She is 61.")[0] == "June Pettibone"
    assert found("April Ryan asked a question.") == ["April Ryan"]
    assert found("In June Congress voted.") == ["Congress"]  # a time word before it: the month


def test_a_woman_called_june_who_speaks_or_acts_is_a_name() -> None:
    def found(text: str) -> list[str]:
        return [c.text for c in names.name_mentions(text, 0, len(text))]

    assert found("June looks across at her husband.") == ["June"]
    assert found("“Yes,” said June.") == ["June"]
    assert found("In June the board met.") == []
    assert found("May is a lovely month.") == []


def test_a_business_name_with_an_ing_word_before_its_organisation_noun_is_one_organisation() -> None:
    for text, name in [("Fjordline Shipping Services said on Monday", "Fjordline Shipping Services"),
                       ("Acme Publishing Group declined to comment", "Acme Publishing Group")]:
        found = names.name_mentions(text, 0, len(text))
        assert [(c.text, c.speaker_kind) for c in found] == [(name, SpeakerKind.ORGANISATION)]


def test_a_plural_possessive_goes_on_to_the_noun_of_its_description() -> None:
    text = "Safe Homes Trust, a tenants\u2019 charity, said"
    found = names.name_mentions(text, 0, len(text))
    assert [(c.text, c.head) for c in found] == [("Safe Homes Trust", "trust"), ("a tenants\u2019 charity", "charity")]


def test_common_given_names_say_a_gender_and_places_or_pairs_do_not() -> None:
    from quoteprov.given_names import gender_of
    assert [gender_of(n) for n in ("Janine", "Marisol", "Ingrid", "Kenji", "Curtis", "Dale")] == ["f", "f", "f", "m", "m", "m"]
    assert [gender_of(n) for n in ("Georgia", "Sandy", "Theo", "Dawn", "Summer")] == ["", "", "", "", ""]
    # beyond the Anglo-American birth records: West African, South Asian, Arabic, Slavic given names
    assert [gender_of(n) for n in ("Amara", "Ngozi", "Ananya", "Ivanka", "Kofi", "Narendra", "Mustafa", "Vladimir")] \
        == ["f", "f", "f", "f", "m", "m", "m", "m"]
    assert [gender_of(n) for n in ("Farah", "Amani", "Wei", "Rand", "Wolf")] == ["", "", "", "", ""]


def test_a_capitalised_ing_word_the_text_gives_a_given_name_is_a_surname_alone_too() -> None:
    text = "Rep. Martin Kessling spoke first. Kessling brushed off the tweet. Running lowered the price."
    assert [c.text for c in names.name_mentions(text, 0, len(text))] == ["Rep. Martin Kessling", "Kessling"]
    alone = "Kessling brushed off the tweet."
    assert names.name_mentions(alone, 0, len(alone)) == []


def test_a_sentence_without_its_subject_names_no_one() -> None:
    text = "He took off his cap. Shook it. Put it back on. He crouched. Rattled it. Stood up. Jim sat it out."
    assert [c.text for c in names.name_mentions(text, 0, len(text))] == ["Jim"]
    assert [c.text for c in chunks(text, 0, len(text)) if c.kind == "name"] == ["Jim"]


def test_a_nickname_in_quotes_inside_a_full_name_is_one_mention() -> None:
    def found(text: str) -> list[tuple[str, str]]:
        return [(c.text, c.name) for c in names.name_mentions(text, 0, len(text)) if c.kind == "name"]

    assert found("That was Nathaniel “Nate” Ruffin, the Democratic nominee.") == [
        ("Nathaniel “Nate” Ruffin", "Nathaniel Ruffin")]
    assert found('Trump called Clinton "Crooked" Hillary again.')[1:] == [  # no given name before the nickname
        ("Clinton", "Clinton"), ("Crooked", "Crooked"), ("Hillary", "Hillary")]


def test_a_greeting_names_no_one() -> None:
    text = "Hi, Mrs. Ferrante. Hello. Hey, you. Goodbye, then. Sorry, Tom."
    assert [c.text for c in names.name_mentions(text, 0, len(text)) if c.kind == "name"] == ["Mrs. Ferrante", "Tom"]


def test_to_do_her_justice_is_no_justice() -> None:
    from quoteprov.people import character_pattern

    text = "which she had never, to do her justice, used carelessly."
    assert [c.text for c in chunks(text, 0, len(text))] == ["which", "she"]
    assert character_pattern().search(text) is None


def test_short_forms_say_a_gender_where_the_full_name_does() -> None:
    from quoteprov.given_names import gender_of

    assert [gender_of(n) for n in ("Bea", "Jess", "Tash", "Bex", "Becky", "Gem", "Sol")] == ["f"] * 6 + ["m"]
    assert gender_of("Theo") == ""  # Theodore, Theodora, Theodosia: no gender


def test_a_holiday_is_a_time_not_a_person() -> None:
    def found(text: str) -> list[str]:
        return [c.text for c in names.name_mentions(text, 0, len(text))]

    assert found("The nominee will spend four more days in the state before Election Day.") == []
    assert found("Doris Day sang.") == ["Doris Day"]


def test_half_way_opening_a_sentence_is_no_name() -> None:
    from quoteprov.cues import sentence_subject
    t = "Half-way up the hill Rhoda caught at Winnie\u2019s arm, quite out of breath."
    found = sentence_subject(t, 0, len(t))
    assert found is not None and found.text == "Rhoda"


def test_a_lowercase_ing_word_after_a_title_word_is_a_verb_not_a_surname() -> None:
    from quoteprov.mentions import chunks
    t = "A Republican strategist advising a Senate campaign in Ohio said so."
    assert [c.text for c in chunks(t, 0, len(t))][:2] == ["A Republican strategist", "a Senate campaign"]


def test_an_agency_named_with_and_is_one_organisation() -> None:
    from quoteprov.mentions import chunks
    from quoteprov.records import SpeakerKind
    t = "According to U.S. Customs and Border Protection, apprehensions rose. Smith and Jones said so."
    found = [(c.text, c.speaker_kind) for c in chunks(t, 0, len(t))]
    assert ("U.S. Customs and Border Protection", SpeakerKind.ORGANISATION) in found
    assert [c for c, _ in found][-2:] == ["Smith", "Jones"]  # two people stay two


def test_quite_opening_a_reply_is_no_name() -> None:
    t = "Quite. And then he went home."
    assert names.name_mentions(t, 0, len(t)) == []
