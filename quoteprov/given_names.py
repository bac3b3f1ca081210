"""Common English-language given names by usual gender, for agreeing pronouns with names.

A general lexicon — frequent first names in English-language birth records, plus the
usual given names of 19th-century English fiction — not a list of any particular
people. It only lets "she said" skip a nearby "Thomas". A name in neither list leaves
the gender to other evidence: Mr/Mrs/Ms, or the pronouns that follow the person's
mentions (see ``entities.py``).
"""

from __future__ import annotations

from functools import lru_cache

FEMALE: frozenset[str] = frozenset(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra
    ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
    cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine
    debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly
    lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara
    madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle
    beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori claire tammy debbie
    jane lucy edith eleanor harriet fanny caroline lydia kitty marianne anne annie jo meg beth isabel julia
    clara ellen agnes matilda florence ada ida rose lily irene elinor louisa henrietta augusta cecilia eliza
    lizzy dora esther miriam hester maggie nell polly molly jenny nora hilda mabel ethel gertrude beatrice
    winifred violet iris phoebe constance
    cecily cecy maisie sylvia muriel mildred edna ivy hazel pearl mavis vera doreen eileen maureen bridget sheila
    peggy betsy sally sophie lottie bessie jessie minnie nellie hattie mattie susie katie kate rosie amelia
    arabella georgiana georgina emmeline adela adelaide amabel annabel araminta belinda blanche camilla cassandra
    celia chloe cordelia daisy delia dinah dorcas edwina elsie estella eugenie evangeline felicity flora
    gwendolen honoria imogen isobel jemima juliana keziah letitia lavinia leonora lettice lucinda millicent
    minerva olive ophelia pauline penelope philippa rhoda rosamund rosalind selina sophy susanna sybil
    theodora ursula wilhelmina marjorie myrtle nina olga rita stella tessa wendy yvonne jill gillian joanna
    lorna moira fiona kirsty siobhan hetty tilly milly letty bella priya anjali freya poppy isla zoe leah holly
    ellie millie evie ruby scarlett eleanora maud maude thankful
    deb debra barb cathy kathy cindy mandy patty becky vicky nikki trish tina gina lynn lynne carrie connie
    bonnie marge ginny terri sherry shelly kristen kristin krista kara tara erin meghan kelsey lindsay paige tiffany
    tracy stacy stacey wanda gail joann joanne jeanne jeanette colleen darlene arlene marlene charlene rhonda yolanda
    loretta lorraine bernadette roxanne renee monique latoya keisha tamika shanice aisha fatima yasmin
    addie aileen anastasia annette anya avdotya bernice brigid colette deirdre della drusilla dunya effie ekaterina
    elspeth etta euphemia fannie frieda genevieve gladys grizel hortense inez irina ishbel jeannie juanita katya
    kirsteen lena lizzie lois lucille lula lulu lyuba madeleine madge mae maeve mamie marfa margery marguerite marjory
    marsaili masha mathilde maudie morag nadia nannie natasha nettie nuala opal phyllis prisca priscilla rosa rowena sadie
    sallie simone sinead sonya tabitha tatiana thelma varvara velma viola wilma yvette
    abbie adeline aimee aimée alberta amelie antoinette babette bathsheba bertha bettie beulah birdie callie cecelia
    cicely claudette claudia clementina clementine cora cornelia desiree désirée dollie dorinda dorothea ella emilie
    essie estelle eula eunice eva georgette geraldine gussie hallie harriett helena henriette hephzibah hettie honora
    hulda isabelle janie jeannette jennie jessamine johanna juliet julietta juliette katharine keturah kezia leila lela
    lelia lenora leona lettie lillian lillie lilly lisette luella lura mable madeline magdalen magdalene margot marian
    mariana marthe maryann mathilda mayme mina mittie mollie myra nanette nannette nelle odette ottilie ottoline
    paulette renée rosamond roxie serena sibyl susannah suzette thirza tillie tirzah winnie
    agatha thomasina eulalia griselda hermione isadora marcella melisande perdita petronella seraphina theodosia zillah
    zenobia
    aaliyah abby adele adriana adriane agnieszka aiko ailsa akiko alana alexandra alexandria alicia alison allison
    alyssa amina ana angelica angelina angie anita annabelle annalise anneliese annika antonia aoife ariana astrid
    audrey autumn ava beatrix beatriz bethany bianca birgit brandi brandy brianna brigitte britney britta bronwen
    brooke caitlin camila caoimhe carla carlotta carmen carole carys cassie catriona celeste cerys chelsea chiara
    christie christy ciara claudine clodagh corinne courtney cressida dagmar daphne darla deanna deepa delores
    delphina delphine delyth divya dolores edie eilidh eira elaine elena eliana elke eloise elsa emilia erica erika
    esmeralda felicia ffion francesca gabriela gabrielle gemma giselle giulia graciela grainne greta gretchen
    gudrun gwen gwendolyn gwyneth hailey haley hana heidi heike helga hepzibah hilary hillary hoda horatia ilse imani
    ines inga ingrid jade janelle janine jasmine jazmin jeanine jenna jillian jocelyn jodi jolene josephine josie
    juana julianna justine kaitlyn karin karina karla katrina katy kavita keiko kendra kerstin khadija kiara kristina
    kristy lacey laila lakshmi lana latisha laurie leanne leticia liesel lilian ling liza lola lorena lotte louise
    lowri lucia lucrezia luisa lynda maddie mairead maja makayla mallory marcia maren margarita margit mariam maribel
    mariko marisa marisela marisol marissa marla marsha marta maxine meena mei melanie melinda mercedes meredith
    meriel mia michaela mikayla miranda monica morven nadine naoko naomi natalia neha nia niamh nichole nicolette
    noelle norma nour odessa oona orla ornella paola patrice patsy paula piper pooja prudence rachael rania raquel
    rebekah regina rhiannon rhona roberta robyn rochelle roisin rosalie rosaria rosemary ruthanne sabrina sakura salma
    samira saoirse savannah selena serafina shana shaniqua shanthi shawna shelley sherri sheryl shona sierra
    sigrid silvia solveig sonia sonja stacie stefanie sunita suzanne svetlana tamara tami tanya tasha teri tess thea
    tiana tonya tori trina ulla una valentina valerie vanessa veronica vicki vivian whitney willa yesenia yoko yuki
    zainab zelda zoey
    ivanka ivana gennifer huma kellyanne amara ngozi chiamaka adaeze jacinda kamala megyn xiulan ayesha layla zahra
    aditi ananya meera nisha preeti radha rekha shreya swati adaora chioma ifeoma nkechi folake funmilayo yetunde abena
    akosua thandiwe nomvula guadalupe lupe ximena sofia nance
    """.split()
)

MALE: frozenset[str] = frozenset(
    """
    james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony
    mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
    jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
    frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
    ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence
    dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
    vincent ralph eugene russell bobby philip louis jeff steve dave dan matt tony nick ken greg doug don ron
    jon joel tim tom jim bob dick harry fred ned edmund edgar oliver hugh percy horace cecil reginald
    rupert frederick silas seth jasper humphrey geoffrey
    ambrose amos asa barnaby bartholomew basil benedict bertram bertie cedric clarence claude clement cornelius
    cuthbert cyril desmond dudley ebenezer eben edwin egbert elias enoch ephraim erasmus ernest eustace ezra
    felix ferdinand fergus francis gideon gilbert giles godfrey gordon guy herbert hector hiram horatio hubert
    ignatius isaac isaiah jabez jeremiah jethro jonas josiah jude julian laurence lionel lucius luke lemuel
    malcolm marmaduke maurice montague mordecai mortimer nathaniel neville nigel norman obadiah octavius
    orlando oscar oswald owen percival phineas quentin randolph reuben rufus septimus simon sebastian solomon
    stanley thaddeus theodore tobias toby tristram valentine victor wilfred augustus alfred archibald archie
    bernard clifford colin derek duncan graham howard ian ivan leonard lewis martin maurice miles morris neil
    reggie rodney roland stuart ted teddy tommy vernon wally hal ben sam jem jake jed abe abel nat zeke clem
    rick chad brad todd troy dwight duane glenn floyd lloyd leroy marvin melvin calvin alvin herman vern walt wes
    clint cody dustin travis trent brent kurt curt darrell darryl jerome lamar tyrone dwayne terrell marcus andre stan
    ed eddie pete zach nate vince hank mitch russ
    abner alastair alexei alonzo anatoly angus anton barnabas boris brendan caleb callum chester conor crispin cyrus
    declan dmitri dougal dougie elbert elisha emanuel emery emil emmett eoin everett ezekiel fyodor garfield geordie
    grigory gustave hamish harley harvey ichabod igor ilya ira irvin irving jedediah jock julius konstantin lachlan leon
    lester levi liam lorenzo luther manuel matthias mikhail millard moses nehemiah niall nikolai orville otis otto padraig
    piers pyotr rory roscoe rudolph seamus sergei sidney sylvester tam vasily wilbur willard willis winfield wullie yevgeny
    zachariah
    eli enos jonah simeon zebedee cyprian everard lucian roderick silvester milo nevil davey dickon aloysius fabian
    gervase leopold peregrine quintus rollo zebulon
    abdul absalom adrian ahmed akira aldous alec aled alejandro alessandro alfie alfonso algernon ali allen alton
    amias amit anders andres andy angelo anil anson antonio arjun armando arnold arturo barry beau bengt benny bernie
    bert bill bjorn blake boyd bradley brady brett brock bryce bryn buck buddy burt byron calum carlos carlton carter
    cathal chandler charley ciaran clayton clifton clyde colby cole colton connor corbin corey cormac craig curtis
    dafydd dale dalton damian damon dante darius darnell darren darwin delbert denis derrick deshawn devin dexter
    diarmuid diego dieter dirk dominic donal donnie donovan dunstan eamon eduardo elliot elliott elmer elton emilio
    emrys enrique enzo erik ernesto ernie errol euan evan fabrizio faisal felipe fergal fernando finbar forrest
    franklin fraser freddie gabe gareth garrett garry gavin geoff geraint gerardo gethin giovanni giuseppe glen grady
    grant gregor gunnar gunther gus gustavo harlan harris harrison haruto hassan hayden heinrich helmut henrik hiroshi
    hudson hugo hussein huw iain ibrahim ingmar iwan jackson jamal jared jarrod javier jay jeffery jerald jermaine
    jimmy joaquin joey johan johnny jorge josue julio jurgen kane karim karl kazuo keegan kelvin kenji khalid kirk
    klaus landon lars leland leo leonardo lonnie lorcan lothar lowell lucas luigi luis lyle mack magnus malik manfred
    marc marco mario marlon marshall massimo matteo matvei max maxwell mickey miguel mike milton mitchell mohammed
    monte muhammad murdo nelson nestor nico nils ninian nolan norbert norris oisin olaf omar ossian pablo paolo parker
    paxton pedro perry preston ptolemy quinton rafael rahul rainer raj rajesh ramon randall ranulph raul ravi ray reed
    rex rhodri rhys ricardo richie ricky robbie roberto rocco rodrigo rogelio ronan ronnie ross ruairi ruaridh
    ruben rudy salvador salvatore sanjay santiago satoshi saul sergio shane shaun shawn sheldon sherman siegfried
    spencer stefan stewart stig sunil sven tadhg takashi takeshi tariq terrence thornton tomas torquil trevor
    tristan ty tyrell tyson ulrich ulysses vance vaughn vic vikram vittorio wade walker warren wendell weston wilson
    winston wolfgang wyatt xavier yusuf zack zane
    barack vladimir mitt josh terence phil reince chidi kwame kofi emeka tunde narendra arvind ashok suresh ramesh deepak
    rohan emmanuel recep rishi keir chuck jeb newt bret mohamed mustafa youssef hamza bilal imran rashid samir abdullah
    rajiv vijay prakash manoj rakesh sachin nikhil aditya kunal varun gaurav pranav siddharth akash ankit chinedu obinna
    femi segun kayode babatunde kwabena kojo themba sipho thabo mateo
    """.split()
) - FEMALE


@lru_cache(maxsize=1 << 15)
def gender_of(given: str) -> str:
    """"m", "f", or "" when the name says nothing; a diminutive says what its full names say
    ("Madge" f, "Humph" m; "Kit" nothing: Catherine or Christopher)."""
    gender = _gender(given, FEMALE, MALE)
    if gender or given[:1].islower():
        return gender
    said = {_gender(full, FEMALE, MALE) for full in full_forms(given)}
    return said.pop() if len(said) == 1 else ""


_ABSTRACT = ("ness", "ment", "tion", "sion", "ity", "ence", "ance", "ism", "ship", "hood")


def abstract_noun(word: str) -> bool:
    """A capitalised abstract noun, no one's name ("Firmness", "Benevolence", "Alimentiveness"):
    the suffix says so, unless the word is a given name ("Felicity", "Constance")."""
    return len(word) > 5 and word.endswith(_ABSTRACT) and not gender_of(word)


def _gender(word: str, female: frozenset[str], male: frozenset[str]) -> str:
    w = word.lower().rstrip(".")
    return "f" if w in female else "m" if w in male else ""


# Role nouns that say the person's gender ("9/11 widow Terry Strada", "spokeswoman X"): general English.
FEMALE_ROLES: frozenset[str] = frozenset(
    """
    widow mother wife daughter sister grandmother aunt niece actress congresswoman chairwoman
    businesswoman spokeswoman councilwoman assemblywoman alderwoman anchorwoman policewoman
    sportswoman stateswoman queen princess duchess countess baroness lady dame girl woman
    housewife heiress nun abbess empress mum mom mummy mommy mama grandma granny gran nan nana auntie
    waitress barmaid landlady
    headmistress schoolmistress governess witch sorceress nanny hostess stewardess
    """.split()
)
MALE_ROLES: frozenset[str] = frozenset(
    """
    widower father husband son brother grandfather uncle nephew congressman chairman businessman
    spokesman councilman assemblyman alderman anchorman policeman sportsman statesman king prince
    duke count baron lord sir boy man monk abbot emperor dad daddy papa grandpa granddad grandad
    waiter barman postman landlord
    headmaster schoolmaster sorcerer wizard knight squire cowboy fisherman ferryman boatman helmsman foreman
    """.split()
)


def role_gender(word: str) -> str:
    """"f" for "widow", "m" for "spokesman", "" for a role that says nothing ("senator")."""
    return _gender(word, FEMALE_ROLES, MALE_ROLES)


# Common English diminutives and pet forms of given names, and the full names they stand for:
# general knowledge of the language, as the lists above are, not anybody's names.
_DIMINUTIVES = """
josie:josephine lizzy:elizabeth lizzie:elizabeth liz:elizabeth eliza:elizabeth bess:elizabeth bessie:elizabeth betsy:elizabeth
betty:elizabeth beth:elizabeth kitty:catherine,katherine kate:catherine,katherine katie:catherine,katherine
kit:catherine,christopher jenny:jane,jennifer fanny:frances nell:eleanor,ellen,helen nelly:eleanor,ellen,helen
nellie:eleanor,ellen,helen polly:mary molly:mary mamie:mary meg:margaret maggie:margaret peggy:margaret
madge:margaret daisy:margaret sukey:susan,susanna sue:susan,susanna susie:susan,susanna sally:sarah patty:martha,patricia
dolly:dorothy dot:dorothy nan:anne,ann nancy:anne,ann annie:anne,ann lottie:charlotte lotte:charlotte
bea:beatrice bee:beatrice jess:jessica tash:natasha bex:rebecca becky:rebecca gem:gemma sol:solomon
tilly:matilda milly:amelia,mildred emmy:emma,emily jo:josephine,joanna gussie:augusta bella:isabella,isabel
bob:robert bobby:robert rob:robert robin:robert bill:william billy:william will:william willy:william
dick:richard rick:richard ned:edward,edmund ted:edward,edmund teddy:edward,edmund harry:henry hal:henry
jack:john johnny:john tom:thomas tommy:thomas jim:james jimmy:james jamie:james fred:frederick freddy:frederick
charlie:charles chas:charles sam:samuel sammy:samuel ben:benjamin benny:benjamin tony:anthony nick:nicholas
dan:daniel danny:daniel mike:michael mick:michael joe:joseph joey:joseph andy:andrew drew:andrew
steve:stephen,steven phil:philip,phillip pete:peter matt:matthew alex:alexander,alexandra sandy:alexander,sandra
wat:walter wally:walter bert:albert,herbert,bertram archie:archibald reggie:reginald georgie:george
perry:peregrine toby:tobias gerry:gerald,gerard jerry:jeremiah,gerald larry:lawrence,laurence percy:percival
algy:algernon bertie:albert,bertram,herbert freddie:frederick davy:david davie:david abe:abraham zeke:ezekiel
hetty:henrietta,hester nettie:henrietta,antoinette cissy:cecilia,cecily sukie:susan,susanna cecy:cecily,cecilia
winnie:winifred addie:adelaide,adeline effie:euphemia maud:matilda connie:constance flossie:florence
florrie:florence dora:dorothea,theodora lou:louisa,louise lulu:louisa,louise minnie:wilhelmina,mary
"""
FULL_FORMS: dict[str, tuple[str, ...]] = {
    short: tuple(full.split(",")) for short, _, full in (pair.partition(":") for pair in _DIMINUTIVES.split())
}


def full_forms(given: str) -> tuple[str, ...]:
    """The full given names a diminutive stands for ("Lizzy" → elizabeth), lowercase; () for none."""
    return FULL_FORMS.get(given.lower().rstrip("."), ())
