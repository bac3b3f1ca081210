"""Dialogue: who the people of a scene are, and whom a quote calls (fiction, invented scenes)."""

from __future__ import annotations

from pathlib import Path

from quoteprov.cues import sentence_subject
from quoteprov.mentions import Chunk
from quoteprov.names import name_mentions
from quoteprov.pipeline import analyse
from quoteprov.records import SpeakerKind
from tests.resolving import attributions

_DORMITORY = (
    "CHAPTER IV\n\n\u201cLights out,\u201d said Mrs. Penrose, at the door.\n\n\u201cYes, ma'am,\u201d said Tobin.\n\n"
    "\u201cAll of you, and at once.\u201d\n\n\u201cYes, ma'am.\u201d\n\n"
)


def test_number_words_are_no_speakers() -> None:
    text = _DORMITORY + (
        "This was not quite true. Eleven other heads had come up off eleven other pillows.\n\n\u201cI said lights out.\u201d\n"
    )
    assert attributions(text)[-1][1] == "Mrs. Penrose"  # not "Eleven"


def test_an_object_is_no_subject() -> None:
    text = "Nobody else alive calls me Josephine."
    assert sentence_subject(text, 0, len(text)) is None  # not Josephine, whom the verb calls
    text = "At last Marianne put down her work."
    assert (sentence_subject(text, 0, len(text)) or Chunk(0, 0, "", "", SpeakerKind.PERSON, "", "", (), "")).text == "Marianne"


def test_it_is_no_actor() -> None:
    text = _DORMITORY + "A small voice came from the end of the room. It belonged to little Ames. \u201cIs it thunder?\u201d\n"
    assert attributions(text)[-1][1] != "It"


def test_a_full_name_in_a_quote_is_the_one_known_by_its_given_name() -> None:
    text = (
        "The kitchen smelled of toast. Callum was sitting at the table with his boots on.\n\n"
        "\u201cMorning,\u201d said Gran from the doorway.\n\n\u201cMorning, Gran.\u201d\n\n"
        "Gran turned her gaze on him and he stopped.\n\n"
        "\u201cAnd you can take those boots off my table, Callum Kell.\u201d\n\n"
        "\u201cThey're not on the table.\u201d\n"
    )
    rows = attributions(text)
    assert rows[-2][1] == "Gran"  # not "he": Gran calls him by name
    assert rows[-1][1] in ("Callum", "Callum Kell")


def test_the_narrator_is_named_by_the_turns_that_answer_the_narrator() -> None:
    text = (
        "I found my brother in the kitchen. Callum was eating toast and did not look up.\n\n"
        "\u201cYou're up early,\u201d I say.\n\n\u201cNever went to bed. Gran's asking for you, Josie.\u201d\n\n"
        "I pour the coffee and drink it standing.\n\n\u201cWhy?\u201d\n\n\u201cDon't ask me, Josie.\u201d\n\n"
        "I drink the coffee. It is cold.\n\n\u201cWhere is she?\u201d\n"
    )
    rows = attributions(text)
    assert rows[0][1:3] == ("Josie", "I")  # "Josie" twice, in turns that answer the narrator


def test_a_greeting_by_title_and_name_is_not_the_named_persons() -> None:
    text = (
        "CHAPTER V\n\n\u201cYou need not look at me so,\u201d said Fanny.\n\n"
        "\u201cI will look as I please,\u201d said Augusta.\n\n"
        "\u201cThen look at the roses.\u201d\n\n"
        "Augusta did not answer, for at that moment the gate clicked, and Fanny turned pink.\n\n"
        "\u201cMiss Crowle. Miss Fanny. I hope I do not intrude?\u201d\n"
    )
    assert attributions(text)[-1][1] != "Fanny"


def test_a_name_whose_sentence_goes_on_after_the_tag_is_its_subject_not_the_one_spoken_to() -> None:
    text = (
        "CHAPTER V\n\nFanny had met Captain Hollis at the assembly.\n\n"
        "\u201cThe Captain called,\u201d said Fanny.\n\n\u201cDid he?\u201d said Augusta.\n\n"
        "\u201cCaptain Hollis,\u201d said Augusta, \u201chas four hundred a year.\u201d\n\n"
        "\u201cI know it.\u201d\n"
    )
    assert attributions(text)[-1][1] == "Fanny"  # the reply is not the Captain's


def test_the_elder_miss_x_is_one_mention() -> None:
    text = "The elder Miss Crowle was three-and-thirty."
    assert [c.text for c in name_mentions(text, 0, len(text))] == ["The elder Miss Crowle"]


def test_old_tobias_is_a_person_and_the_old_man() -> None:
    text = (
        "Chapter Two\n\nIt was late when Gideon Marsh came down. His sister Ruth was at the table, and old Tobias, "
        "who had kept the accounts for forty years, was peering over her shoulder.\n\n"
        "\u201cYou're late,\u201d said Ruth.\n\n\u201cI couldn't sleep.\u201d\n\n\u201cNor could I,\u201d said she.\n\n"
        "\u201cAre those the figures?\u201d said Gideon.\n\n\u201cWhat is left of them.\u201d\n\n"
        "\u201cIf the price of wool holds,\u201d the old man put in.\n"
    )
    assert attributions(text)[-1][1] == "Tobias"


_INN = (
    "The Drover\u2019s Rest had one fire and one landlord, and by eight o\u2019clock both were showing signs of strain.\n\n"
    "\u201cCoach\u2019ll not come tonight,\u201d said the landlord.\n\n"
    "\u201cWe have paid for the coach,\u201d said Mr. Quill. \u201cIt will come.\u201d\n\n\u201cSuit yourself, sir.\u201d\n\n"
    "Martha Quill picked at her mutton. The door opened and let in a gust of rain and a young woman in a grey coat. "
    "She stood dripping on the flags and looked round the room.\n\n"
    "\u201cIs there a Mr. Dunstan here?\u201d she asked.\n\n\u201cThere is not,\u201d said the landlord.\n\n"
    "Mr. Quill rose. \u201cI shall see to the horses,\u201d he announced. He took his hat and went out into the yard.\n\n"
    "The young woman did not move. Martha, after a moment, pushed her uncle\u2019s empty chair out with her foot.\n\n"
    "\u201cSit down. You\u2019re soaked through.\u201d\n\n\u201cI can\u2019t stop.\u201d\n\n"
    "Martha looked at her. Then the young woman laughed\u2014a short, unhappy sound.\n\n"
    "\u201cNot as well as I thought.\u201d\n"
)


def test_a_woman_brought_in_and_then_she_speaks() -> None:
    rows = attributions(_INN)
    # "The Drover's Rest" is a place; "a young woman" came in and "She stood dripping": she asks.
    assert all(r[1] != "Drover\u2019s Rest" for r in rows)
    assert rows[4][1:3] == ("a young woman", "she")
    # "the young woman" is that woman again, not Martha, the woman named last.
    assert (rows[-2][1] or "").lower().endswith("young woman")  # not Mr. Quill, who went out, nor the chair
    assert (rows[-1][1] or "").lower().endswith("young woman")
    res = analyse(_INN)
    assert res.attributions[4].entity == res.attributions[-1].entity  # type: ignore[union-attr]


def test_a_call_after_narration_about_the_one_called_is_someone_elses() -> None:
    text = (
        "The rain had been coming down for hours. Harlan Voss ran the wipers once and switched them off.\n\n"
        "\u201cStill nothing,\u201d he said.\n\n\u201cGive it time,\u201d said Teddy Maguire.\n\n\u201cI have.\u201d\n\n"
        "\u201cGive it more.\u201d\n\n"
        "Teddy Maguire didn\u2019t answer. He was thumbing through the pictures on his phone.\n\n"
        "\u201cTeddy.\u201d\n\n\u201cI heard you.\u201d\n"
    )
    rows = attributions(text)
    assert rows[-2][1] == "Harlan Voss"
    assert rows[-1][1] == "Teddy Maguire"


def test_a_line_spoken_by_someone_the_next_paragraph_finds_standing_there() -> None:
    text = (
        "CHAPTER II\n\n\u2018Lights out,\u2019 said Mrs Penrose.\n\n\u2018It\u2019s the thunder, ma\u2019am,\u2019 said Kit.\n\n"
        "\u2018Thunder never hurt anybody.\u2019\n\n\u2018Jory says it\u2019s the bells,\u2019 said Kit.\n\n"
        "\u2018Jory says a great many things,\u2019 said Mrs Penrose.\n\n"
        "\u2018True enough, missus.\u2019\n\n"
        "Old Jory the porter was standing in the corridor behind her with a lantern. \u2018My father heard \u2019em.\u2019\n"
    )
    rows = attributions(text)
    assert rows[-2][1:] == ("Old Jory", "Old Jory", "cue.newcomer")
    # Called by name, the one found there is spoken to, not speaking.
    called = text.replace("\u2018True enough, missus.\u2019", "\u2018Is that you, Jory?\u2019")
    assert attributions(called)[-2][3] != "cue.newcomer"


def test_the_two_miss_maunders_are_no_one_person() -> None:
    text = (
        "CHAPTER I\n\n\u201cThe county will not stand it,\u201d said Sir Gregory.\n\n\u201cIt will,\u201d said the Colonel.\n\n"
        "\u201cNever.\u201d\n\n\u201cIt will, I tell you.\u201d\n\n"
        "The two Miss Maunders had been sitting together on the sofa, and now looked up.\n\n"
        "\u201cPapa, is it true?\u201d\n"
    )
    assert all(r[1] != "Miss Maunders" for r in attributions(text))


def test_one_who_went_out_in_a_clause_is_not_the_other_in_the_conversation() -> None:
    text = (
        "CHAPTER I\n\n\u201cThe major has come!\u201d cried Matryona, bursting in.\n\n"
        "\u201cThen let him wait,\u201d said her mistress, Anna Sergeyevna; and Matryona went out, muttering.\n\n"
        "Her daughter Sonya looked up from her book.\n\n\u201cMamenka, why are you blushing?\u201d\n\n"
        "\u201cI am not blushing. It is the stove.\u201d\n"
    )
    assert attributions(text)[-1][1] != "Matryona"


def test_a_she_answering_a_woman_called_by_name_is_that_woman() -> None:
    text = (
        "CHAPTER II\n\nAnna Sergeyevna put down her work. Her daughter Sonya was reading by the lamp.\n\n"
        "\u201cIs that the major?\u201d said Sonya.\n\n\u201cIt is,\u201d said her mother.\n\n"
        "The door opened, and Shubin came in, stamping the snow from his boots.\n\n"
        "\u201cAnna Sergeyevna,\u201d he said, \u201cforgive me.\u201d\n\n"
        "\u201cYou are welcome, Ivan Petrovich,\u201d she answered.\n"
    )
    assert attributions(text)[-1][1:3] == ("Anna Sergeyevna", "she")


def test_the_one_asked_who_they_are_answers() -> None:
    text = (
        "It was a raw morning. My friend Everard Quell was reading the paper.\n\n"
        "\u201cNothing,\u201d said he. \u201cNot a forgery.\u201d\n\n\u201cTry sleeping,\u201d I said.\n\n"
        "\u201cI cannot.\u201d\n\nA ring came at the bell, and our landlady, Mrs. Pym, put her head in at the door.\n\n"
        "\u201cA lady to see you, sir,\u201d said she.\n\n\u201cSend her up.\u201d\n\n"
        "The lady who entered a moment later was dressed in grey. "
        "She was not beautiful, but she had a steady face.\n\n"
        "\u201cYou are Mr. Quell?\u201d said she.\n\n\u201cI am. Pray sit down.\u201d\n"
    )
    rows = attributions(text)
    assert rows[-2][1:3] == ("The lady", "she")  # the lady the clause brings in, not Mrs. Pym
    assert rows[-1][1:] == ("Everard Quell", "Mr. Quell", "continuation.addressee")


def test_mines_and_a_full_name_introduce_the_speaker() -> None:
    text = (
        "The saloon was empty but for the keeper behind the bar, Lem Purdy, and the stranger at the end of it.\n\n"
        "\u201cGot a name?\u201d said Lem.\n\n\u201cMost folks has. Mine's Wade Corliss.\u201d\n\n\u201cLong ride?\u201d\n\n"
        "\u201cLong enough.\u201d\n"
    )
    assert attributions(text)[1][1:] == ("Wade Corliss", "Wade Corliss", "cue.self-introduction")


def test_nobody_is_their_own_mother() -> None:
    text = (
        "CHAPTER II.\n\n\u201cI hope Mr. Carrow will like it, Lizzy,\u201d said Mrs. Oakley to her second daughter.\n\n"
        "\u201cWe are not to visit,\u201d said her mother resentfully.\n\n\u201cBut we shall meet him at the assembly.\u201d\n\n"
        "\u201cI do not believe it.\u201d\n"
    )
    assert attributions(text)[1][1:3] == ("Mrs. Oakley", "her mother")


_PARLOUR = (
    "Present were my aunt, Mrs. Edith Rowan, and her daughter, Miss Clara Rowan, who was nineteen.\n\n"
    "\u201cWill you stay for supper?\u201d asked Clara.\n\n"
    "\u201cClara!\u201d said her mother. \u201cMr. Hale has a long ride before him.\u201d\n\n"
    "\u201cI should like it of all things,\u201d said he.\n\n"
    "\u201cThen it is settled,\u201d said Mrs. Rowan.\n"
)


def test_miss_with_a_full_name_is_not_mrs_of_the_same_surname() -> None:
    rows = attributions(_PARLOUR)
    assert rows[0][1] == "Clara Rowan"
    assert rows[-1][1] == "Edith Rowan"  # "Mrs. Rowan" is the mother, not "Miss Clara Rowan"


_BREAKFAST = (
    "The news that Elm Lodge was let at last reached the Ormsbys of Brill by the usual road; that is to "
    "say, Mrs. Ormsby had it from her sister Mrs. Tate, who had it from the curate\u2019s wife, who had "
    "it from nobody in particular, so that it arrived at the breakfast-table on Tuesday morning with all "
    "the freshness of a thing already known to the whole parish. Mr. Ormsby had been reading one column "
    "of the paper for a quarter of an hour with great contentment, and he did not look up when his wife "
    "came in.\n\n"
    "\u201cFive thousand a year, Mr. Ormsby,\u201d said she, before she had sat down, \u201cand no family in the "
    "county at all. My sister had it from Mrs. Rudd herself.\u201d\n\n"
    "Mr. Ormsby lowered his paper an inch. \u201cThen it must be so,\u201d said he, \u201cfor Mrs. Rudd is never "
    "wrong more than twice a week.\u201d\n\n"
    "\u201cYou may laugh, but I do not see why you should.\u201d\n\n"
    "\u201cIs he single? I had not heard it.\u201d\n"
)


def test_when_his_wife_came_in_she_is_his_wife_not_the_last_woman_named() -> None:
    rows = attributions(_BREAKFAST)
    assert rows[0][1:] == ("Mrs. Ormsby", "she", "cue.after.said-name")  # not her sister Mrs. Tate
    assert rows[2][1] == "Mr. Ormsby"


_PARCEL = (
    "Nigel Fothergill was reading by the window when his aunt found him.\n\n"
    "\u201cNigel, where is my umbrella?\u201d said Lady Agatha.\n\n"
    "\u201cI haven\u2019t the faintest, Aunt Agatha,\u201d said he.\n\n"
    "\u201cYou had it on Tuesday.\u201d\n\n\u201cI returned it on Wednesday.\u201d\n\n"
    "At that moment the door opened and the butler came in. He came in as he always did, without a sound, "
    "and he carried a long black umbrella across both arms.\n\n"
    "\u201cI beg your pardon, m\u2019lady. The umbrella was in the hall.\u201d\n"
)


def test_the_door_opened_and_the_butler_came_in_he_is_the_butler() -> None:
    rows = attributions(_PARCEL)
    assert rows[1][1] == "Nigel Fothergill"
    assert rows[-1][1:] == ("the butler", "he", "cue.narration-beat")


_TERRACE = (
    "Maud Pryor and her cousin Nan sat on the terrace while the light went.\n\n"
    "\u201cIs that the ferry?\u201d said she.\n\n"
    "\u201cThe late one,\u201d said Nan. \u201cIt always is.\u201d\n\n"
    "\u201cThen we shall miss it!\u201d she cried.\n\n"
    "Walter Pryor got up. He was a big man, slow in the shoulders, with a face that had once been handsome. "
    "He went and stood at the rail and looked out at the water.\n\n"
    "\u201cWe\u2019re going over on Sunday,\u201d he said.\n"
)


def test_he_was_a_big_man_describes_him_and_brings_in_no_one() -> None:
    rows = attributions(_TERRACE)
    assert rows[-1][1:] == ("Walter Pryor", "he", "cue.after.name-said")

_COFFEE_ROOM = (
    "Mr. Pell went into the coffee-room, and found the fire already in the possession of a tall, thin "
    "gentleman in a plaid cloak, who sat with his boots upon the fender.\n\n"
    "\u201cA raw night, sir,\u201d said Mr. Pell.\n\n"
    "\u201cIt is,\u201d returned the gentleman in the plaid, without turning his head.\n\n"
    "\u201cCome far, sir?\u201d\n\n\u201cFar enough.\u201d\n"
)


def test_a_tall_thin_gentleman_brought_in_is_the_gentleman_in_the_plaid() -> None:
    rows = attributions(_COFFEE_ROOM)
    assert rows[1][1:] == ("the gentleman in the plaid", "the gentleman in the plaid", "cue.after.said-name")
    assert rows[-1][1] == "the gentleman in the plaid"

_WINDOW = (
    "Mr. Lowe retired to the window-seat, and after a decent interval Miss Alder followed him. "
    "Young ladies never have designs. It is only gentlemen who have them.\n\n"
    "\u201cYou are very silent, Mr. Lowe.\u201d\n\n"
    "\u201cI was listening to the rain,\u201d said he.\n\n"
    "\u201cAnd what does it say?\u201d\n\n"
    "\u201cNothing at all,\u201d he replied.\n"
)


def test_young_ladies_never_have_designs_names_no_young() -> None:
    rows = attributions(_WINDOW)
    assert [r[1] for r in rows] == ["Miss Alder", "Mr. Lowe", "Miss Alder", "Mr. Lowe"]

_VISITOR = (
    "The visitor was Mr. Holroyd himself, and he had sat three-quarters of an hour in the drawing-room.\n\n"
    "\u201cYou will take another cup, Mr. Holroyd,\u201d said Mrs. Brereton.\n\n"
    "\u201cThank you, ma\u2019am; I will, if Miss Brereton will be so good.\u201d\n\n"
    "Alice filled it without a word. She had been brought up to think mill-masters a rough set of men, and John "
    "Holroyd, in his plain brown coat, had as yet done nothing to persuade her otherwise.\n\n"
    "\u201cPapa tells me you have had trouble at the mill,\u201d she said presently.\n\n"
    "\u201cTrouble is a large word, Miss Brereton.\u201d\n"
)
_ROOMS = (
    "\u201cThere is Mr. Ashby,\u201d said Mrs. Hartwell. \u201cEleanor, stand up straight.\u201d\n\n"
    "Eleanor Hartwell, the elder by two years, had already seen him. Mr. Henry Ashby came across the room.\n\n"
    "\u201cMiss Hartwell, will you do me the honour?\u201d said he.\n\n"
    "When the dance was over Mr. Ashby returned her to her mother and went to fetch lemonade, and Mrs. Hartwell "
    "took her daughter\u2019s arm.\n\n"
    "\u201cWell?\u201d said Mrs. Hartwell.\n\n"
    "\u201cWell, Mamma, he dances tolerably.\u201d\n"
)


def test_mr_holroyd_is_john_holroyd_but_mrs_hartwell_is_not_eleanor_hartwell() -> None:
    rows = attributions(_VISITOR)
    assert rows[-1][1:3] == ("John Holroyd", "John Holroyd")  # not Mrs. Brereton
    rows = attributions(_ROOMS)
    assert rows[0][1] == "Mrs. Hartwell"


def test_one_who_went_to_fetch_lemonade_has_left_the_conversation() -> None:
    rows = attributions(_ROOMS)
    assert rows[-1][1] == "Eleanor Hartwell"  # Mr. Ashby "returned her to her mother and went to fetch lemonade"

_THURSDAY = (
    "\u201cPerry,\u201d said Lady Hermione, without looking up from the tea-things, \u201cyou are not expected.\u201d\n\n"
    "\u201cThat is why I came, Aunt Hermione.\u201d\n\n"
    "\u201cSit down. Not in that chair.\u201d\n\n"
    "Peregrine Lascelles sat down in another chair, with the air of a man conferring a favour upon it.\n\n"
    "\u201cI have come to tell you something important,\u201d he said.\n"
)


def test_the_air_of_a_man_is_a_likeness_not_a_man_who_came_in() -> None:
    rows = attributions(_THURSDAY)
    assert rows[-1][1:] == ("Peregrine Lascelles", "he", "cue.after.name-said")

def test_as_a_man_smiles_is_a_likeness_not_a_man_who_came_in() -> None:
    text = _THURSDAY.replace(
        "with the air of a man conferring a favour upon it.",
        "and smiled as a man smiles who holds every card. He waited a moment, and went on more softly.",
    )
    text = text.replace("something important,\u201d he said.", "something.\u201d")
    assert attributions(text)[-1][1] == "Peregrine Lascelles"  # "He went on": not "a man"


_MARKET = (
    "Toby Wren had lived all his life in Cinder Lane, and Cinder Lane had done its best to forget him.\n\n"
    "\u201cWhere have you been, you young limb?\u201d said Mrs. Pounce.\n\n"
    "\u201cI was took poorly, mum,\u201d said he.\n\n"
    "\u201cPoorly! You look it.\u201d\n\n"
    "\u201cI ain\u2019t, Mrs. Pounce. Leastways, not partic\u2019lar.\u201d\n"
)


def test_a_lane_is_a_place_and_hed_no_name() -> None:
    rows = attributions(_MARKET)
    assert [r[1] for r in rows] == ["Mrs. Pounce", "Toby Wren", "Mrs. Pounce", "Toby Wren"]
    assert all(r[1] != "He\u2019d" for r in attributions("He\u2019d come back, he said.\n\n" + _MARKET))

_ENGAGED = (
    "\u201cPerry,\u201d said Lady Hermione, \u201cyou are not expected.\u201d\n\n"
    "\u201cThat is why I came, Aunt Hermione.\u201d\n\n"
    "Peregrine Lascelles sat down in another chair.\n\n"
    "\u201cI am going to be married,\u201d he said.\n\n"
    "\u201cNonsense. Who is she?\u201d\n\n"
    "\u201cVeronica Strange.\u201d\n\n"
    "\u201cThe girl who writes?\u201d\n\n"
    "\u201cThe girl who has written.\u201d\n\n"
    "The door opened, and the butler announced Miss Strange. Perry rose and made the introductions, "
    "but neither lady paid him the smallest attention.\n\n"
    "\u201cI hope I am not interrupting,\u201d she said.\n"
)


def test_perry_is_peregrine_and_a_name_answering_who_is_no_call() -> None:
    rows = attributions(_ENGAGED)
    assert rows[1][1] == "Peregrine Lascelles"  # "Perry" is a diminutive of Peregrine
    assert rows[5][1] == "Lady Hermione"  # “Who is she?” ¶ “Veronica Strange.” ¶ “The girl who writes?”
    assert rows[-1][1] == "Miss Strange"  # not Perry: a he


def test_a_passage_one_runs_up_and_down_is_a_place() -> None:
    text = (
        "The cake had been smuggled up Long Passage under Renshaw\u2019s coat while Matron was counting pillow-cases.\n\n"
        "\u2018Three pieces,\u2019 said he.\n\n\u2018Or four, if Carew comes,\u2019 said Marlowe.\n\n"
        "\u2018He won\u2019t come,\u2019 said he.\n\n"
        "There was a sound of running feet in Long Passage, and the door burst open.\n\n"
        "\u2018I say\u2014is there any left?\u2019\n"
    )
    res = analyse(text)
    assert all(e.name != "Long Passage" for e in res.entities if e.kind is SpeakerKind.PERSON)
    assert all(a is None or a.name != "Long Passage" for a in res.attributions)



def test_a_title_after_an_indefinite_article_is_no_one() -> None:
    text = (
        "Evelyn Marsh had come out to fetch a shawl that she did not want. She found, as she had more than half "
        "expected, that somebody had come out before her.\n\n"
        "\u201cYou\u2019ve been a long time.\u201d\n\n\u201cI could not come away sooner.\u201d\n\n"
        "\u201cThen you will be noticed.\u201d\n\n\u201cThen I had better go back.\u201d\n\n"
        "\u201cNo\u2014don\u2019t. Please don\u2019t.\u201d\n\n"
        "She did not go back. She stood where she was, with her hand on the back of a wicker chair; and Mr. "
        "Ayre, who had faced a Board of Examiners and a Permanent Under-Secretary without a tremor, found that his "
        "speech had gone already.\n\n"
        "\u201cWell?\u201d she said.\n"
    )
    assert attributions(text)[-1][1] == "Evelyn Marsh"  # not "a Permanent Under-Secretary"


def test_an_epithet_goes_on_naming_whom_it_named_first() -> None:
    # "the old lady" was Mrs. Quarrington when the narration first said it, not Miss Fenn, named since
    text = (
        "CHAPTER II\n\nMrs. Quarrington had not changed her parlour in forty years. The letter had "
        "come in the old lady\u2019s own hand, which was a bad sign.\n\n"
        "\u201cSit down, Robert,\u201d said his hostess. \u201cMiss Fenn has news.\u201d\n\n"
        "\u201cHas she?\u201d said Robert.\n\n"
        "\u201cI am going abroad,\u201d said Miss Fenn. \u201cTo Florence, for a year.\u201d\n\n"
        "\u201cWhich the whole town will know by Sunday,\u201d observed the old lady.\n"
    )
    assert attributions(text)[-1][1] == "Mrs. Quarrington"


_FENN = (
    "CHAPTER II\n\n\u201cWell?\u201d said Mrs. Quarrington.\n\n\u201cI shall not go back,\u201d said Miss Fenn.\n\n"
    "\u201cNot ever?\u201d\n\n\u201cNot ever.\u201d\n\n"
)


def test_a_man_the_narration_says_someone_was_not_is_no_one_new() -> None:
    # "He was not a man who hurried": said of Mr. Ambler, not a new character for the next "he"
    text = _FENN + (
        "Mr. Ambler did not answer at once. He was not a man who hurried; he had found that most things could wait. "
        "He looked at his hat, and then he looked, for rather longer, at Miss Fenn.\n\n"
        "\u201cYou have a reason, of course.\u201d\n"
    )
    assert attributions(text)[-1][1] == "Mr. Ambler"


def test_a_word_in_quotes_inside_a_relative_clause_is_no_turn() -> None:
    # "thought" is far back; the clause's own verb ("had christened") does not speak: “Halcyon” is a name
    text = _FENN + (
        "Mr. Ambler looked at the fire, and thought, for no reason he could give, of the cottage which her husband "
        "had christened \u201cHalcyon\u201d, and of the last dinner there.\n\n"
        "\u201cYou have a reason, of course.\u201d\n"
    )
    res = analyse(text)
    assert [q.kind.value for q in res.quotes if q.text == "Halcyon"] == ["term"]
    assert attributions(text)[-1][1] == "Mr. Ambler"


def test_someone_in_general_is_no_character_for_a_pronoun() -> None:
    # "nothing that a respectable person need be ashamed of": no one in the room
    text = (
        "CHAPTER I\n\nThe gentleman had painted the gate green and named the house; which Miss Tarrant said was French, "
        "and meant nothing that a respectable person need be ashamed of.\n\n"
        "\u201cWe have always called it the curate\u2019s cottage,\u201d she said to me.\n\n"
        "\u201cUnless he should wish it, sister,\u201d said Miss Agnes.\n\n\u201cA man cannot wish a thing into a name.\u201d\n\n"
        "\u201cNo, sister.\u201d\n"
    )
    assert attributions(text)[0][1] == "Miss Tarrant"


def test_the_one_who_came_in_speaks_after_a_sentence_that_describes_her() -> None:
    # the sentence just before the quote is about the newcomer ("She was a small, brisk woman"), not Jemima
    text = _FENN + (
        "And the gate clicked, and the Captain\u2019s widow came in without waiting for Jemima to announce her. "
        "She was a small, brisk, rosy woman, who arrived everywhere out of breath.\n\n"
        "\u201cMy dears, I have seen him!\u201d\n"
    )
    assert attributions(text)[-1][1] == "Captain\u2019s widow"


def test_the_name_a_speaker_breaks_off_on_answers() -> None:
    # two calls in the turn; the one it ends on, cut short, is whom the next turn comes from
    text = _FENN + "Agnes looked up from her book.\n\n" + (
        "\u201cWe will call on Monday. Mrs. Quarrington, you will come with us, if you please. And Agnes\u2014\u2014\u201d\n\n"
        "\u201cYes, sister?\u201d\n\n"
        "\u201cYou will wear your grey silk.\u201d\n"
    )
    rows = attributions(text)
    assert rows[-2][1] == "Agnes"


def test_went_speaks_only_as_went_on() -> None:
    # "The agent's hands went round one another": no speech verb, no speaker "The agent's hands"
    text = _FENN + (
        "\u201cMr. Quarrington, sir? It\u2019s about the rent.\u201d\n\n"
        "\u201cAh! The rent. Just so.\u201d The agent\u2019s hands went round one another like two fat spiders.\n"
    )
    assert "hands" not in (attributions(text)[-1][1] or "")


def test_a_title_between_dashes_in_the_narration_is_no_turn() -> None:
    text = _FENN + (
        "Agnes\u2019s telephone began to buzz. She looked at the screen\u2014\u201cPardoe & Reeve Estates\u201d\u2014and "
        "then, apologetically, at both of them.\n\n"
        "\u201cSorry, I have to\u2014hello? Yes, speaking.\u201d She went into the front room.\n"
    )
    res = analyse(text)
    assert [q.kind.value for q in res.quotes if q.text.startswith("Pardoe")] == ["term"]
    assert attributions(text)[-1][1] == "Agnes"


def test_the_one_called_answers_though_a_later_clause_names_another() -> None:
    text = _FENN + (
        "\u201cPray, Mr. Ambler, does anyone know this gentleman at Hawkesdown?\u201d said Mrs. Quarrington.\n\n"
        "Mr. Ambler glanced towards the window, where Mr. Tallis, who had come in from his library, was now very busy "
        "with the barometer.\n\n"
        "\u201cI believe, ma\u2019am, I may say that I know him a little.\u201d\n"
    )
    assert attributions(text)[-1][1] == "Mr. Ambler"


def test_the_narrator_acting_after_a_spoken_sentence_speaks_it() -> None:
    text = (
        "CHAPTER III\n\n\u201cYou are the ship\u2019s surgeon, I think?\u201d said Mrs. Considine.\n\n"
        "\u201cI am, ma\u2019am.\u201d\n\n"
        "\u201cThen perhaps you will read this,\u201d said she, and held out the paper to me.\n\n"
        "\u201cWith your leave, I will read it aloud.\u201d I held it to the port-hole. It was written in pencil, and it ran "
        "thus: \u201cMadam,\u2014You are watched.\u201d\n\n"
        "\u201cOn my ship!\u201d said the Captain.\n"
    )
    rows = attributions(text)
    assert rows[3][1] == rows[4][1] == "I"  # the narrator reads the paper out; "it" is no speaker


def test_her_father_is_the_titled_man_named_before_not_one_named_later() -> None:
    text = (
        "CHAPTER I\n\nDr. Gathercole read the letter twice in silence, and Mrs. Gathercole waited.\n\n"
        "\u201cIs it from the Palace, my dear?\u201d\n\n\u201cIt is from the Palace,\u201d said the Dean.\n\n"
        "Fanny laughed aloud; and her father looked at her over his spectacles.\n\n"
        "\u201cIt is no laughing matter, Fanny.\u201d\n\n"
        "\u201cBut we have an organist, papa.\u201d\n\nThe door opened, and Mr. Orde came in.\n"
    )
    rows = attributions(text)
    assert rows[2][1] == "Dr. Gathercole"


def test_the_one_a_closing_question_calls_answers() -> None:
    text = _FENN + (
        "Mr. Ambler sat by the fire, and Agnes by the window. The door opened, and Mr. Vowles came in.\n\n"
        "\u201cMine came by the same groom. Good morning, Agnes. Well, Ambler, and what have you to say now about the "
        "organ?\u201d said he.\n\n"
        "\u201cI say what I have always said.\u201d\n"
    )
    assert attributions(text)[-1][1] == "Mr. Ambler"


def test_a_character_described_after_and_then_is_the_next_he() -> None:
    text = _FENN + (
        "There was a silence, in which Sprat looked at both of them with his mouth open; and then the landlord "
        "cleared his throat.\n\n"
        "\u201cThen, ma\u2019am,\u201d said he, \u201cwe will say no more about it.\u201d\n"
    )
    assert attributions(text)[-1][1] == "the landlord"


def test_a_turn_spoken_to_me_names_the_narrator() -> None:
    text = (
        "CHAPTER I\n\nI had not been a week in Hamley before I understood that something had happened.\n\n"
        "\u201cWe have always called it the curate\u2019s cottage,\u201d Miss Tarrant said to me, as we sat at our work; "
        "\u201cand I see no reason, Hester, why we should call it anything else.\u201d\n\n"
        "\u201cUnless he should wish it, sister,\u201d said Miss Agnes.\n\n"
        "\u201cA man cannot wish a thing into a name.\u201d\n\n"
        "\u201cAnd he spells umbrella with one l,\u201d said I.\n"
    )
    assert attributions(text)[-1][1] == "Hester"


def test_the_one_the_talk_was_about_told_of_in_the_past_perfect_does_not_speak_next() -> None:
    text = (
        "CHAPTER II\n\nMiss Honoria Vesey and her sister Kitty sat up in the dark.\n\n"
        "\u201cPoor Mr. Brackenbury! Do you like him?\u201d said Kitty.\n\n"
        "Mr. Josiah Brackenbury, whom Kitty had privately christened the Ironmaster, had taken the great new house "
        "at Coldharbour two summers since.\n\n"
        "\u201cI don\u2019t know.\u201d\n\n"
        "\u201cThen you don\u2019t.\u201d\n\n\u201cThat does not follow in the least.\u201d\n"
    )
    rows = attributions(text)
    assert rows[1][1] != "Josiah Brackenbury"


def test_a_time_that_opens_a_sentence_leaves_its_subject_a_subject() -> None:
    text = "It began with Father losing money. And that evening Quin found the book."
    subject = sentence_subject(text, text.index("And"), len(text))
    assert subject is not None and subject.text == "Quin"
    from quoteprov.people import OPENS_CLAUSE
    assert OPENS_CLAUSE.search(text, 0, text.index("Quin")) is not None


def test_her_after_a_gesture_of_her_own_says_the_name_before_is_a_woman() -> None:
    # "Edie … put her hand over his": she, not he (his hand is Callum's); "Tinker watched her face" says nothing
    text = (
        "CHAPTER I\n\nThe kitchen smelled of bacon. Callum came down at half past seven.\n\n"
        "\u201cNow then,\u201d said his grandad.\n\n\u201cIt\u2019s half seven, Grandad.\u201d\n\n"
        "\u201cAye. Half o\u2019 t\u2019morning gone.\u201d\n\n"
        "Edie reached across and put her hand over his, and for once he did not shake it off.\n\n"
        "Callum looked at his eggs.\n\n"
        "\u201cThi mam rang last night,\u201d she said.\n"
    )
    assert attributions(text)[-1][1] == "Edie"


def test_a_she_the_next_turn_answers_by_name_is_that_woman() -> None:
    text = (
        "CHAPTER I\n\nMrs. Pollexfen came in last of the callers and took the best cushion.\n\n"
        "\u201cI will take half a cup,\u201d said Miss Fairbrass.\n\n"
        "\u201cHow very good of you.\u201d Mrs. Cropthorne filled the cup to the brim. \u201cAnd has anybody called at "
        "Holly Lodge?\u201d\n\n"
        "There was a short silence. The stout lady on the sofa set down her plate of seed-cake as though it had "
        "become very heavy.\n\n"
        "\u201cI have not called,\u201d said she.\n\n"
        "\u201cOh, Mrs. Pollexfen, but why ever not?\u201d cried Miss Fairbrass.\n"
    )
    rows = attributions(text)
    assert rows[-2][1] == "Mrs. Pollexfen"


def test_a_clergyman_described_as_the_subject_is_the_next_he() -> None:
    text = _FENN + (
        "\u201cMr. Penistone is deaf,\u201d said Dr. Blathwayt.\n\n"
        "\u201cSo are the old men. They will suit one another admirably.\u201d\n\n"
        "The chaplain had been turning from pink to white during this exchange, and now he laid down his fork.\n\n"
        "\u201cI should be very sorry,\u201d said he, \u201cto stand in his light.\u201d\n"
    )
    assert attributions(text)[-1][1] == "The chaplain"


def test_a_clause_after_a_while_still_has_its_subject() -> None:
    # "… and after a minute her mother came and stood beside her": not Ruth, whose sentence it began as
    from quoteprov.dialogue import beats

    text = "She stood at the sink with the tap running, and after a minute her mother came and stood beside her."
    found = beats._OPENS.fullmatch(text, text.index("after a minute"), text.index("her mother"))
    assert found is not None


def test_a_name_in_a_relative_clause_leaves_the_described_subject_its_he() -> None:
    text = _FENN + (
        "There were but three persons to receive him. Lady Darrington sat by the hearth, and her stepson, Captain "
        "Darrington, stood at the window.\n\n"
        "The lawyer bowed to each of them in turn, which the Captain observed and did not understand.\n\n"
        "\u201cYour ladyship will remember,\u201d he began, \u201cthe sealed packet.\u201d\n"
    )
    assert attributions(text)[-2][1] == "The lawyer"


def test_a_possessor_is_no_subject_for_a_later_he() -> None:
    text = (
        "CHAPTER I\n\nThe estate agent\u2019s board had gone up on the Tuesday, which Dele claimed meant nothing.\n\n"
        "He was on the landing when Maggie came up the stairs.\n\n"
        "\u201cYou said you\u2019d done the airing cupboard.\u201d\n\n\u201cI said I\u2019d done the top shelf.\u201d\n\n"
        "\u201cRecipes,\u201d he said. \u201cEvery one she ever made.\u201d\n\n\u201cShow me.\u201d\n"
    )
    assert "agent" not in " ".join(str(r[1]) for r in attributions(text))


def test_a_quality_called_in_a_quote_is_no_one_who_answers() -> None:
    text = _FENN + (
        "He found out I had a great deal of Firmness, and said so.\n\n"
        "\u201cFirmness,\u201d he says, \u201cvery large. Conscientiousness, very large. Combativeness, I will not say "
        "large, madam; I will say ample. And here,\u201d he says, and stopped.\n\n"
        "\u201cWell? Here what?\u201d\n"
    )
    assert "Firmness" not in [row[1] for row in attributions(text)]  # neither the he of "he says" nor who answers


def test_the_name_the_others_call_and_talk_of_but_the_narration_never_uses_is_the_narrator() -> None:
    # Nobody answers "Miss Ormsby" in the next turn, but the others call and discuss her while the
    # narration says "I"; the Colonel, who also speaks, is not she, nor is the absent Mrs. Dane.
    text = (
        "CHAPTER III\n\nI had been at Fernhill a month when the Colonel came home. I was in the schoolroom.\n\n"
        "\u201cThe girls are to have a holiday,\u201d said the Colonel. \u201cMiss Ormsby shall have one too.\u201d\n\n"
        "\u201cMiss Ormsby will not take it,\u201d said his wife. \u201cShe never does. Mrs. Dane never did either.\u201d\n\n"
        "I put down my pen.\n\n\u201cI should like it above all things.\u201d\n\n"
        "\u201cThere, my dear. You see, Miss Ormsby, you are found out.\u201d\n\n"
        "\u201cMrs. Dane was a saint,\u201d said the Colonel. \u201cMrs. Dane never left the house.\u201d\n"
    )
    rows = attributions(text)
    assert rows[4][0] == "I should like it above all things."
    assert rows[4][1] == "Miss Ormsby"


def test_a_character_coming_up_after_a_time_that_opens_the_sentence_speaks_next() -> None:
    text = (
        "CHAPTER I\n\nI sat in the schoolroom with my book, and Maud was asleep in the next room.\n\n"
        "At nine o\u2019clock the housekeeper came up to the schoolroom, breathless.\n\n"
        "\u201cYou\u2019re to go down, miss. To the library. He\u2019s asked for you.\u201d\n\n"
        "\u201cFor me? Tonight? Maud is asleep.\u201d\n\n\u201cIt\u2019s not Miss Maud he wants; it\u2019s you.\u201d\n\n"
        "\u201cVery well,\u201d said I.\n\n\u201cAnd smooth your hair.\u201d\n"
    )
    assert attributions(text)[0][1:] == ("the housekeeper", "the housekeeper", "cue.narration-beat")  # not Maud


def test_a_call_between_two_turns_of_the_narrator_votes_once_and_a_short_name_votes_for_the_full_one() -> None:
    text = (
        "CHAPTER I\n\nQuiz night at the Drovers was the second Tuesday of every month, and I had not missed one.\n\n"
        "\u2018Question one,\u2019 said Dafydd. \u2018Which planet has the shortest day?\u2019\n\n"
        "\u2018Jupiter,\u2019 I said.\n\n\u2018Jupiter, Bronwen. Write it down.\u2019\n\n\u2018I have.\u2019\n\n"
        "\u2018Well done, Bron.\u2019\n\n\u2018Thank you.\u2019\n\n"
        "\u2018You coming Saturday, Rhod?\u2019\n\n\u2018Maybe,\u2019 I said.\n"
    )
    rows = attributions(text)
    assert rows[2][1:3] == ("Bronwen", "I")  # not Rhod, called once between two of her turns


def test_a_described_character_opening_the_last_sentence_before_a_bare_turn_speaks_it() -> None:
    text = (
        "CHAPTER VI\n\nThere were three besides the maltster upon the settle: Mr. Pomfret, the parish clerk, young "
        "Hez Kennet, and the widow Nettleship, who had come for barm.\n\n"
        "\u201cThere\u2019s some as says he was a ghost,\u201d said Mr. Pomfret.\n\n"
        "\u201cAnd some as says he was only a man,\u201d said Hez.\n\n\u201cHold your noise, boy.\u201d\n\n"
        "The widow set down her can of barm upon the floor with some sharpness.\n\n"
        "\u201cHe went for a soldier because he was a fool, and that\u2019s the whole of it.\u201d\n"
    )
    assert attributions(text)[-1][1:3] == ("The widow", "The widow")


_GALLERY = (
    "Julian Ferrers had come about the pictures. Mrs. Ashcombe received him in the library.\n\n"
    "\u201cYou have seen them,\u201d she said.\n\n\u201cAll of them.\u201d\n\n"
    "There was a silence, in which he was conscious of having struck, with great gentleness, "
    "a woman who had never in her life been struck.\n\n"
    "\u201cAnd?\u201d she asked.\n\n\u201cThey are copies.\u201d\n\n\u201cAll?\u201d\n\n\u201cAll but one.\u201d\n\n"
    "\u201cWhich one?\u201d She did not turn round.\n\n\u201cThe little Crivelli.\u201d\n\n"
    "She went to the window. He followed her with his eyes.\n\n"
)


def test_a_woman_described_long_ago_is_not_the_she_of_a_later_turn() -> None:
    rows = attributions(_GALLERY + "\u201cI knew it,\u201d she said.\n")
    assert rows[-1][1] == "Mrs. Ashcombe"  # not "a woman who had never been hurt", many turns back


def test_a_clause_whose_other_pronoun_speaks_gives_the_next_bare_turn() -> None:
    rows = attributions(_GALLERY + "He was at the door when she spoke again, so low that he hardly heard her.\n\n"
                        "\u201cJulian. You said the Crivelli was genuine.\u201d\n")
    assert rows[-1][1] == "Mrs. Ashcombe"  # not he, the sentence's subject


def test_words_another_man_might_have_said_are_no_one_s_speech_and_a_fen_is_a_place() -> None:
    text = ("The carrier’s cart went out to Tolley’s Fen on Fridays, and I went out with it.\n\n"
            "\u201cAnd what became of her?\u201d I asked.\n\n"
            "\u201cMarried,\u201d said Mr. Pask, in the voice in which another man might have said \u201cburied\u201d. "
            "\u201cMarried the vet from Littleport.\u201d\n\n"
            "He looked out over Tolley’s Fen, where the dykes ran away as straight as ruled lines.\n\n"
            "\u201cThere’s worse places, miss.\u201d\n")
    rows = attributions(text)
    assert [r[1] for r in rows if r[0].startswith(("Married the", "There’s"))] == ["Mr. Pask", "Mr. Pask"]


def test_past_the_fragments_that_close_a_paragraph_its_subject_speaks_the_next_bare_turn() -> None:
    text = ("\u201cThey let me go,\u201d Ben says.\n\n\u201cThat\u2019s it?\u201d Laura asks.\n\n"
            "\u201cThat\u2019s it.\u201d\n\n"
            "She had known, she realises, before Ben said it. Not known, but the tie. The fridge. The way he said job.\n\n"
            "\u201cWhen?\u201d\n")
    assert attributions(text)[-1][1] == "Laura"


def test_as_he_said_in_the_narration_is_no_speech_of_his() -> None:
    text = ("I had known Thrale for ten years, and I had never seen him so grave as I saw him that night.\n\n"
            "\u201cThis key has been copied,\u201d said Thrale.\n\n\u201cCopied?\u201d said I.\n\n"
            "\u201cCopied,\u201d said he. \u201cIves, be good enough to look.\u201d\n\n"
            "I looked, and saw, as he said, a faint greasy whiteness in the wards of the key.\n\n"
            "\u201cThen the boy took an impression.\u201d\n")
    assert attributions(text)[-1][2] == "I"


def test_the_name_a_description_is_given_after_it_speaks() -> None:
    text = ("\u201cA fine bird,\u201d said the stout gentleman by the fire, whose name was Groat.\n\n"
            "\u201cHear, hear!\u201d cried a young gentleman with a cold, one Percy Dabb, who had waited all evening.\n")
    assert [r[1] for r in attributions(text)] == ["Groat", "Percy Dabb"]
    news = "Council weighs plan\n\n\u201cWe lost everything,\u201d said a farmer named Ray Dunn.\n"
    assert attributions(news)[0][1] == "Ray Dunn"


def test_a_nickname_given_in_a_relative_clause_is_a_term_and_the_clause_s_people_do_not_act() -> None:
    text = ("\u201cYou got the part,\u201d Noor says.\n\n\u201cSo did you.\u201d\n\n\u201cI got the small one.\u201d\n\n"
            "\u201cIt\u2019s still a part.\u201d\n\n* * *\n\n"
            "At home my brother Milo, who is nine and whom Noor and I have called \u201cthe gremlin\u201d since he bit her, "
            "is lying upside down on the couch.\n\n\u201cDid you get it?\u201d\n")
    res = analyse(text)
    kinds = {q.text: q.kind.value for q in res.quotes}
    assert kinds["the gremlin"] == "term"
    assert attributions(text)[-1][1] == "Milo"  # not I nor Noor, in the relative clause
    subject = sentence_subject(text, text.index("At home"), len(text))
    assert subject is not None and subject.text == "Milo"


def test_let_and_shut_are_verbs_that_end_a_description() -> None:
    for text, subject in [("The mate let out his breath.", "The mate"), ("The clerk shut the ledger.", "The clerk")]:
        found = sentence_subject(text, 0, len(text))
        assert found is not None and found.text == subject


def test_a_name_answered_in_a_turn_only_guessed_to_be_the_narrator_s_does_not_name_the_narrator() -> None:
    # (“Pray let us have your story from the beginning, Miss —” ¶ “Daintree. Rosalie Daintree. …”: the client's,
    # though turn-taking had given it to the narrator; the narrator's "said I" must not become hers)
    text = (Path(__file__).parent / "data" / "narrator_hears_a_name.txt").read_text(encoding="utf-8")
    res = analyse(text)
    said_i = [a.name for a in res.attributions if a is not None and a.mention.text == "I" and a.rule.startswith("cue.after")]
    assert said_i and not any("Daintree" in name for name in said_i)


def test_a_name_a_she_gave_herself_is_the_she_of_the_cues() -> None:
    # Nowhere in the narration: "My name is Philippa Lunt." makes her the "she" of the cues before
    # and after it.
    text = (
        "She came in without knocking, tall and cool in a grey suit.\n\n"
        "\u201cMr. Dorsey?\u201d she whispered.\n\n"
        "\u201cOn the days the rent is due,\u201d said I. \u201cSit down.\u201d\n\n"
        "She sat on the front of the chair. \u201cMy name is Philippa Lunt. I want you to find my brother.\u201d\n\n"
        "\u201cBrothers turn up,\u201d I said.\n\n"
        "She counted out a hundred in tens. \u201cThe two men said they were from the city.\u201d\n"
    )
    assert [r[1] for r in attributions(text)] == [
        "Philippa Lunt", "Mr. Dorsey", "Mr. Dorsey", "Philippa Lunt", "Mr. Dorsey", "Philippa Lunt"]


def test_the_old_man_is_old_marrable_however_far_back_he_was_named_so() -> None:
    filler = ("The water moved against the hull like a patient thing trying a door, and the riding light "
              "swung a little on its stay. ") * 8
    text = (
        f"Old Marrable had the best chair, by right of years. {filler}\n\n"
        "\u201cDid any of you ever know a man called Jessop?\u201d said Marrable.\n\n"
        "\u201cNot that one,\u201d said Lomax. \u201cThe other one drank.\u201d\n\n"
        f"\u201cWhy not?\u201d said Pruett softly. {filler}\n\n"
        "\u201cLet him tell it, Lomax,\u201d I said.\n\n"
        "The old man did not seem to have heard either of us. He was looking out at the dark.\n\n"
        "\u201cThe blow came in the middle watch,\u201d he said.\n"
    )
    assert attributions(text)[-1][1] == "Old Marrable"


def test_a_pathologist_a_smith_and_a_schoolmaster_are_characters_of_a_story() -> None:
    from quoteprov.given_names import role_gender
    from quoteprov.people import CHARACTER
    found = [m.group("head") for m in CHARACTER.finditer("The pathologist knelt. The smith stood by his anvil.")]
    assert found == ["pathologist", "smith"]
    assert (role_gender("schoolmaster"), role_gender("headmistress"), role_gender("smith")) == ("m", "f", "")


def test_an_unnamed_she_is_named_by_the_calls_of_those_who_answer_her() -> None:
    text = (
        "It was after eleven when the knocking started. He was at the table and she was at the sink.\n\n"
        "\u201cWho is that?\u201d she whispered.\n\n\u201cI don\u2019t know.\u201d\n\n"
        "A man came in behind him. The man from next door sat down, and Royce put his hands on the table.\n\n"
        "\u201cWhat time is it, Orvilla?\u201d said Royce.\n\n\u201cAfter eleven,\u201d she sighed.\n\n"
        "Royce looked at the clock over the stove.\n\n"
        "\u201cOrvilla, the dog\u2014\u201d said Royce.\n\n\u201cBring the dog,\u201d she said.\n"
    )
    rows = attributions(text)
    assert [r[1] for r in rows if r[2] == "she"] == ["Orvilla"] * 3
    assert rows[0][3] == "cue.after.name-said"
    # One call is not enough.
    once = text.replace("What time is it, Orvilla?", "What time is it?")
    assert [r[1] for r in attributions(once) if r[2] == "she"] == ["she"] * 3


def test_the_subject_of_a_cleft_is_a_subject_for_the_he_after_it() -> None:
    text = (
        "\u201cThe stone is gone,\u201d said Grange softly. \u201cAnd I will not send for a constable.\u201d\n\n"
        "\u201cBut, good Lord, Grange,\u201d cried Captain Haye, \u201cyou said yourself you would sooner lose your "
        "hand!\u201d\n\n"
        "It was at this point that the little priest in the corner, who had been forgotten by everybody, gave a "
        "small cough and sat up.\n\n"
        "\u201cExcuse me,\u201d he said, blinking at the lamp.\n"
    )
    assert attributions(text)[-1][1] == "the little priest"


def test_a_name_the_narration_tells_of_is_not_the_narrator_s_though_a_guessed_turn_says_i_am() -> None:
    # "my friend Lucian Graye threw down the paper": Graye is someone the narrator tells of, so a turn
    # only guessed to be the narrator's (“I am Graye, and this is my friend …”) does not name the narrator.
    text = (
        "It was upon a raw evening in November that my friend Lucian Graye threw down the paper with a gesture "
        "of disgust.\n\n"
        "\u201cThree columns, Wrexham,\u201d said he, \u201cand not a crime in them.\u201d\n\n"
        "\u201cPerhaps one is on the stairs,\u201d I remarked, for I had heard the bell below.\n\n"
        "The man who entered was small, grey and neat, with a pair of steel spectacles pushed up upon his "
        "forehead.\n\n"
        "\u201cYou will forgive the hour, gentlemen,\u201d he said. \u201cWhich of you is Mr. Graye?\u201d\n\n"
        "\u201cI am Graye, and this is my friend Dr. Wrexham. Pray take the armchair.\u201d\n\n"
        "Graye leaned back in his chair with his eyes half closed.\n\n"
        "\u201cIt has rather the air of a practical joke,\u201d said I.\n"
    )
    res = analyse(text)
    said_i = [a.name for a in res.attributions if a is not None and a.mention.text == "I"]
    assert said_i and "Graye" not in said_i


def test_a_trade_the_story_names_its_character_by_is_a_described_subject() -> None:
    text = (
        "\u201cA new parson, they say,\u201d said the tranter softly.\n\n"
        "\u201cAy, a young one,\u201d replied he.\n\n"
        "\u201cWell, and no more you don\u2019t, Reuben,\u201d said Simeon Dunnock.\n\n"
        "\u201cThat\u2019s neither here nor there. \u2019Tis the looking I complain of.\u201d\n\n"
        "The maltster, who had so far taken no part in the conversation beyond moving his jaws, now lifted his "
        "head.\n\n"
        "\u201cParsons,\u201d said he. \u201cI\u2019ve seed seven parsons come to Wyndle.\u201d\n"
    )
    assert [n for _, n, *_ in attributions(text)][-1] == "The maltster"


def test_our_visitor_is_a_described_character() -> None:
    text = (
        "\u2018A young lady to see you, Mr. Harrow. I said you was engaged, sir,\u2019 said Mrs. Pruett.\n\n"
        "\u2018Then by all means show her up, Mrs. Pruett,\u2019 said he.\n\n"
        "\u2018Very good, sir,\u2019 said she, and went down.\n\n"
        "Our visitor was a young woman of perhaps two-and-twenty, plainly but neatly dressed in grey. She wore no "
        "gloves, and I observed that her hands were chapped with the cold. She looked from one of us to the other "
        "with some hesitation.\n\n"
        "\u2018Mr. Septimus Harrow?\u2019\n"
    )
    assert [n for _, n, *_ in attributions(text)][-1] == "Our visitor"


def test_a_man_in_the_same_sentence_as_the_named_one_is_no_one_new() -> None:
    text = (
        "\u201cWho is it, my dear?\u201d said her father.\n\n"
        "\u201cIt is Mr. Holcroft, father. He asks whether he may come in.\u201d\n\n"
        "\u201cLet him come in, Agnes,\u201d said he. \u201cI am well enough to be civil.\u201d\n\n"
        "Mr. Richard Holcroft came in, stooping a little under the low lintel; and the little room seemed at once to "
        "grow smaller, as rooms do when there comes into them a man who is accustomed to giving orders in large ones. "
        "He owned the great mill at the bottom of the street.\n\n"
        "\u201cI will not keep you long, sir,\u201d said he.\n"
    )
    assert [n for _, n, *_ in attributions(text)][-1] == "Richard Holcroft"


def test_a_name_a_verb_of_naming_gives_to_a_thing_is_no_turn() -> None:
    # "promising" is a speech verb in the sentence, but “the Whitlock tax” is what the campaign brands the plan
    text = _FENN + (
        "The sharpest exchange came on trade, two days after a speech in Ohio promising tariffs of up to 35 percent, "
        "a proposal the campaign has spent the week branding the \u201cWhitlock tax\u201d. Mr. Ambler turned to "
        "Miss Fenn first.\n\n"
        "\u201cYou have a reason, of course.\u201d\n"
    )
    res = analyse(text)
    assert [q.kind.value for q in res.quotes if q.text == "Whitlock tax"] == ["term"]
    assert attributions(text)[-1][1] == "Mr. Ambler"


def test_the_girl_is_not_a_woman_with_a_grown_persons_title() -> None:
    text = (Path(__file__).parent / "data" / "the_girl_at_tea.txt").read_text(encoding="utf-8")
    assert attributions(text)[-1][1] == "Daphne Crewe"  # “The girl unfolded herself …”: not Lady Ann, named last


def test_a_name_after_a_dash_and_and_opens_a_clause_for_a_later_she() -> None:
    text = (
        "\u2018Where are the roses to go?\u2019 asked Nell.\n\n"
        "\u2018In the drawing-room, darling,\u2019 said Rosamund, and went out.\n\n"
        "But Rosamund had gone\u2014she was always going\u2014and Nell stood in the hall with the roses in their bucket "
        "at her feet. They were heavy and cold and smelt of the rain.\n\n"
        "\u2018They don\u2019t want to be in the drawing-room,\u2019 she thought.\n"
    )
    assert attributions(text)[-1][1] == "Nell"  # not Rosamund, who opened the sentence and had gone


def test_one_the_speeches_say_was_found_dead_is_not_the_narrator() -> None:
    # (“Mr. Josiah Crabbe, …, found dead in his conservatory” is talked of, never named by the narration: not "I")
    text = (Path(__file__).parent / "data" / "the_conservatory.txt").read_text(encoding="utf-8")
    names = {r[1] for r in attributions(text) if r[2] == "I"}
    assert names and "Crabbe" not in " ".join(n or "" for n in names)


def test_a_place_named_for_its_owner_is_no_one() -> None:
    text = (
        "It was a little after three o\u2019clock at my office in Gray\u2019s Inn when Dawlish announced a lady.\n\n"
        "\u201cMrs. Rendell, sir,\u201d said Dawlish.\n\n"
        "\u201cAnd what did she say to that?\u201d\n\n"
        "\u201cShe said she would wait, sir.\u201d\n\n"
        "\u201cShow her in.\u201d\n\n"
        "She came in, a slight woman in deep mourning.\n\n"
        "\u201cYou are Mr. Quarles,\u201d she said.\n"
    )
    assert "Gray\u2019s Inn" not in [r[1] for r in attributions(text)]  # (no one to take a turn)


def test_an_epithet_is_not_the_person_its_own_sentence_names() -> None:
    text = (
        "The kitchen was clean; and Hannah Thornley, who had kept it clean through forty winters, looked up.\n\n"
        "\u201cI hope I do not intrude,\u201d said the visitor.\n\n"
        "Alice, who was sitting by the bed, rose and made a sort of curtsey; but the old woman did not rise.\n\n"
        "\u201cYo\u2019re Miss Ashworth,\u201d she said.\n\n"
        "\u201cYes.\u201d\n\n"
        "\u201cYo\u2019 may put yo\u2019r basket on th\u2019 table, then.\u201d\n\n"
        "\u201cMother!\u201d said Alice. \u201cSit yo\u2019 down, miss.\u201d\n\n"
        "\u201cHow long has she been like this?\u201d\n\n"
        "\u201cSin\u2019 Tuesday.\u201d\n"
    )
    assert attributions(text)[1][1] == "Hannah Thornley"


def test_a_turn_given_to_the_one_called_and_the_narrator_s_turn_two_on_are_one_side_of_the_exchange() -> None:
    # The cook calls "Miss Harrow", the next turn is hers by the call, the cook answers, and the turn after
    # is the narrator's by "I asked": one side of a two-person exchange, so the narrator is Miss Harrow, and
    # "Miss Harrow" called again later is the narrator too.
    text = (
        "I came down to the kitchen when the house was asleep. Mrs. Pell was at the range.\n\n"
        "\u2018You are late up, Miss Harrow,\u2019 she said.\n\n"
        "\u2018I could not sleep for the wind.\u2019\n\n"
        "\u2018Nobody sleeps in this house when the wind is east.\u2019\n\n"
        "\u2018And why is that?\u2019 I asked.\n\n"
        "\u2018Because of the old master, miss. He walks.\u2019\n\n"
        "The kettle began to sing, and she took it off the fire.\n\n"
        "\u2018Drink your tea, Miss Harrow, and go back to bed.\u2019\n"
    )
    rows = attributions(text)
    assert rows[3][0] == "And why is that?"
    assert rows[3][1] == "Miss Harrow"


def test_a_turn_that_calls_the_named_narrator_is_not_the_narrator_s() -> None:
    # The narrator is Miss Harrow (“I am Miss Harrow,” I said); "‘Shut the door, Miss Harrow.’ I shut it." puts the
    # narrator's I beside a turn that calls her: the master, the subject of the narration before, spoke it.
    text = (
        "I came down to the library when the house was asleep.\n\n"
        "\u2018Who is there?\u2019 said a man\u2019s voice.\n\n"
        "\u2018I am Miss Harrow,\u2019 I said. \u2018You sent for me.\u2019\n\n"
        "The master was standing at the hearth with a letter in his hand. He did not turn.\n\n"
        "\u2018Shut the door, Miss Harrow.\u2019 I shut it. \u2018You read French, I think?\u2019\n\n"
        "\u2018Tolerably well, sir.\u2019\n"
    )
    rows = attributions(text)
    assert rows[3][0] == "Shut the door, Miss Harrow."
    assert rows[3][1] == "The master"


def test_the_narrator_s_present_tense_aside_is_no_beat() -> None:
    # "I do not think I have ever seen a more appealing countenance": the narrator remarks, the lady who entered
    # speaks; her "My name is …" then names her, not the narrator.
    text = (
        "For three days Quill had not stirred from our rooms, and I had begun to despair of him.\n\n"
        "\u201cThen read the papers,\u201d said I.\n\n"
        "\u201cI have read them,\u201d said Quill.\n\n"
        "The lady who entered was perhaps four-and-twenty, slight and fair. Her face was pale, and she held herself "
        "with the effort of one who has rehearsed what she means to say. I do not think I have ever seen a more "
        "appealing countenance; but I set this down as a physician, and not otherwise.\n\n"
        "\u201cMr. Quill? My name is Evelyn Marsh. I was a governess, until Tuesday.\u201d\n\n"
        "\u201cPray sit down, Miss Marsh,\u201d said Quill.\n"
    )
    rows = attributions(text)
    assert rows[2][0].startswith("Mr. Quill?")
    assert rows[2][1] == "Evelyn Marsh"
    assert rows[0][1] != "Evelyn Marsh"


def test_the_one_the_narrator_comes_upon_speaks_next() -> None:
    text = (
        "For three days Quill had not stirred from our rooms, and I had begun to despair of him.\n\n"
        "\u201cA walk, then?\u201d said I.\n\n\u201cThe Park is full of nursemaids,\u201d said he.\n\n"
        "\u201cThen read the papers,\u201d said I.\n\n"
        "\u201cI have read them,\u201d said Quill.\n\n"
        "I saw Miss Marsh down to the street and into a cab, and she gave me her hand at the step; and when I came "
        "back up the stairs I found Quill no longer upon the sofa but standing at the window.\n\n"
        "\u201cWell, Doctor? What do you make of it?\u201d\n"
    )
    assert attributions(text)[-1][1] == "Quill"


def test_what_the_narrator_only_knows_of_someone_named_is_no_beat_of_the_narrator_s() -> None:
    text = (
        "\u201cGo away,\u201d said the General. \u201cGo away and sleep.\u201d\n\n"
        "\u201cAs you wish,\u201d said I.\n\n"
        "I went out. On the landing, by the window, Varvara Nikolaevna was standing, and I knew that she had "
        "heard everything through the door.\n\n"
        "\u201cSo. Now you know.\u201d\n\n"
        "\u201cI know that he owes the Frenchman money.\u201d\n"
    )
    rows = attributions(text)
    assert rows[-2][1] == "Varvara Nikolaevna"
