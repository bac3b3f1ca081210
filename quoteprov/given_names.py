"""Common English-language given names by usual gender, for agreeing pronouns with names.

A general lexicon (frequent first names in English-language records), not a list of any
particular people: it only lets "she said" skip a nearby "Osama" or "Thomas". A name
found in both lists, or in neither, leaves the gender to other evidence (Mr/Mrs, or the
pronouns that follow the person's mentions).
"""

from __future__ import annotations

FEMALE: frozenset[str] = frozenset(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra
    ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
    cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine
    debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly
    lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara
    madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle
    beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori hillary chelsea
    ivanka melania nikki kamala elise claire tammy kirsten maxine debbie dianne
    loretta condoleezza sonia elena kellyanne huma jane lucy edith eleanor
    harriet fanny catherine caroline georgiana lydia kitty mariana marianne anne annie jo meg beth
    emma isabel julia clara ellen agnes matilda florence ada ida rose rosa lily margot greta angela theresa
    ursula christine marine giorgia jacinda benazir indira golda aung malala yulia svetlana olga natalia
    irina tatiana anastasia fatima aisha maryam zainab leila sofia lucia carmen isabel ines paula
    irene elinor louisa henrietta augusta cecilia eliza lizzy amy meg dora esther estella miriam hester tess
    bathsheba dorothea rosamond celia gwendolen maggie susan nell polly molly jenny nora hilda mabel ethel
    gertrude beatrice winifred violet iris phoebe prudence charity constance
    """.split()
)

MALE: frozenset[str] = frozenset(
    """
    james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony
    jeff jeffrey steve dave dan matt tony nick ken greg doug don ron jon joel
    mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
    jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
    frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
    ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence
    dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
    vincent ralph eugene russell bobby mason philip louis barack bill bernie mitt mike newt ted marco
    rand chris jeb ben reince rudy rick mitch harry chuck tim tom jim bob dick
    vladimir sergey sergei dmitry dmitri alexei alexey boris igor ivan mikhail nikolai viktor yuri
    xi kim shinzo narendra imran nawaz emmanuel francois angelo recep benjamin bashar hassan ali mohammed
    muhammad mohammad ahmed ahmad omar osama hamid ashraf abdul abdullah khalid mahmoud mahmood shah qamar
    fitzwilliam edmund edgar oliver hugh percy horace cecil reginald rupert frederick philip ralph nicholas
    pip heathcliff gabriel ned fred tristram dorian basil jude seth silas ebenezer jasper humphrey geoffrey
    """.split()
) - FEMALE


def gender_of(given: str) -> str:
    """"m", "f", or "" when the name says nothing."""
    g = given.lower().rstrip(".")
    if g in FEMALE and g not in MALE:
        return "f"
    if g in MALE:
        return "m"
    return ""
