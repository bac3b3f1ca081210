"""Dialogue (fiction): how a document is recognised as one, and the rules that hold only there.

In news a bare quote paragraph continues the last speaker; in dialogue it answers them. A
paragraph is one speaker's turn; the person acting just before a quote speaks it; a reply
goes to the person the last turn addressed by name, else to the other person in the
conversation; a he/she opening a turn is not the one who spoke the turn before. Each rule has
a stable id (see docs/resolver.md).

Modules: ``detect`` (is it a dialogue; headings), ``address`` (vocatives), ``narrator``
(a first-person narrator), ``beats`` (a person acting beside a quote), ``turns`` (replies and turns), ``newcomer``
(a line spoken by someone the next paragraph brings in), ``called`` (an unnamed he/she named by the others' calls),
``voices`` (who a voice a cue gave a quote to turns out to be).
"""

from __future__ import annotations

from quoteprov.dialogue.address import addressed_names
from quoteprov.dialogue.alternation import before_reply
from quoteprov.dialogue.beats import action_beat, beat_after, narration_beat, newcomer_pronoun
from quoteprov.dialogue.called import called_pronouns
from quoteprov.dialogue.detect import is_dialogue, is_heading, outside_headings
from quoteprov.dialogue.narrator import narrator_mention, narrator_name, not_called_by_self
from quoteprov.dialogue.newcomer import newcomer
from quoteprov.dialogue.turns import (
    after_narration,
    named_descriptions,
    nearest_person,
    not_the_addressee,
    paragraph_speaker,
    pronoun_turn,
    reply,
    self_introduction,
)
from quoteprov.dialogue.voices import identify_voices

__all__ = [
    "action_beat",
    "addressed_names",
    "before_reply",
    "after_narration",
    "beat_after",
    "called_pronouns",
    "identify_voices",
    "is_dialogue",
    "is_heading",
    "named_descriptions",
    "narration_beat",
    "narrator_mention",
    "narrator_name",
    "nearest_person",
    "newcomer",
    "newcomer_pronoun",
    "not_called_by_self",
    "not_the_addressee",
    "outside_headings",
    "paragraph_speaker",
    "pronoun_turn",
    "reply",
    "self_introduction",
]
