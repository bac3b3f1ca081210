"""Dialogue: who an unnamed voice is (quoteprov/dialogue/voices.py)."""

from __future__ import annotations

from tests.resolving import attributions, last_step

# Two turns with story cues, so that the texts read as dialogue.
OPENING = "\u201cIs it late?\u201d said she.\n\n\u201cVery late,\u201d said he.\n\n"


def test_the_narration_after_says_whose_the_voice_was() -> None:
    text = OPENING + (
        "The two boys stood by the pavilion, arguing about the Head.\n\n"
        "\u201cThen I\u2019ll go after tea,\u201d said Pip.\n\n"
        "\u201cNo, you won\u2019t,\u201d said a new voice behind us. \u201cYou\u2019ll go now.\u201d\n\n"
        "It was Bellamy, captain of the eleven, with his cap on the back of his head.\n"
    )
    rows = attributions(text)
    assert [r[1] for r in rows[3:]] == ["Bellamy", "Bellamy"]
    assert last_step(text, 3) == "mention.voice.identified"


def test_the_voice_answers_a_call_or_is_answered_by_name() -> None:
    called = OPENING + (
        "The captain looked at the sky and did not like it.\n\n"
        "\u201cAbel Fry!\u201d he roared. \u201cWhere are you?\u201d\n\n"
        "\u201cHere, sir!\u201d cried a voice from the dark by the hatch.\n"
    )
    assert attributions(called)[-1][1] == "Abel Fry"
    answered = OPENING + (
        "Crumpet went down to the house under the bank and knocked, very softly.\n\n"
        "\u201cGo away,\u201d said a voice inside.\n\n"
        "\u201cIt\u2019s me, Grumbold. It\u2019s Crumpet.\u201d\n\n"
        "\u201cThat\u2019s what I thought,\u201d said Grumbold, coming out.\n"
    )
    assert attributions(answered)[2][1] == "Grumbold"


def test_a_voice_no_one_names_stays_a_voice() -> None:
    text = OPENING + (
        "The room was dark and the fire was out.\n\n"
        "\u201cWho is there?\u201d said a voice within.\n\n"
        "Nobody answered, and the wind went on in the chimney.\n"
    )
    assert attributions(text)[2][1] == "a voice"


def test_a_voice_is_the_newcomer_the_next_paragraph_opens_on() -> None:
    text = (
        "\u201cIs it late?\u201d said she.\n\n\u201cVery late,\u201d said she.\n\n\u201cHush!\u201d said she.\n\n"
        "The girls sat about the fire, and nobody said a word.\n\n"
        "\u201cWell, my girls, is there anybody at home to help a poor old man?\u201d called a cheery voice "
        "from the hall.\n\n"
        "Mr. Marlow was not a handsome man, but his daughters thought him the finest in the world.\n"
    )
    assert attributions(text)[3][1] == "Mr. Marlow"
