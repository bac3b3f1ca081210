"""Word lists the resolver reads: speech verbs, titles, role and organisation nouns, pronouns.

General English only: no names of particular people or organisations.
"""

from __future__ import annotations

# Speech verbs, all forms. Base forms with their inflections; irregular forms written out.
_REGULAR = (
    "add admit agree announce answer argue ask assert blast boast brag caution charge chime claim comment "
    "complain concede conclude confirm contend continue counter cry declare demand deny describe echo "
    "emphasise emphasize estimate exclaim explain grumble insist joke lament laugh liken mention reveal muse mutter "
    "note observe offer plead point post predict proclaim promise protest question quip recall recount "
    "reiterate remark remind repeat reply report respond retort scoff scream shout sigh slam snap state "
    "stress suggest testify tout tweet urge vow warn whisper wonder yell acknowledge allege concur "
    "caution maintain pledge reason reckon sneer chuckle gush marvel fume rage scold snarl snort cheer "
    "interject interrupt reassure summarize summarise elaborate clarify call reference refer quote sing read "
    "brand label dub deride decry hail praise criticize criticise accuse condemn mock ridicule blame "
    "recommend advise acknowledge highlight characterize characterise depict portray inform assure "
    "conclude determine rule chant scold admonish denounce lecture snipe grouse vent attack lambast excoriate "
    "rejoin resume interpose falter stammer stutter sob pant gasp groan growl hiss roar bellow drawl inquire "
    "enquire persist venture return murmur beg implore entreat coax tease gush squeal whimper wail moan "
    "grunt mumble bark croak chirp exhort laud pursue object query volunteer correct assent lisp reflect compare "
    "specify ejaculate expostulate remonstrate vociferate confess opine threaten giggle jeer recite press text email"
)
_IRREGULAR = (
    "say says said saying tell tells told telling write writes wrote written writing sang sung "
    "put puts putting go goes went going speak speaks spoke spoken speaking "
    "shoot shot begin began begun breathe breathed think thinks thought"
)


# Irregular past tenses of common actions: a description ends before them ("the landlord | shook his head").
IRREGULAR_PAST = frozenset(
    """let shut quit thrust strode dreamt bled spat understood showed
    found took went sat saw came stood gave got made knew felt left kept held ran began put set met brought
    caught rose spoke wrote drove rode threw drew fell lay led heard swore shook struck hung said told thought
    ate drank sang wore tore bore hid bit sent spent lent built bought fought taught sought slept swept wept
    stuck stung swung flung sprang sank shrank grew blew flew forgot forgave froze broke chose woke
    laid paid won lost meant fled dealt sold stole swam bent lit crept knelt leapt clung bade strove wove slid spun
    sped""".split()
)

_DOUBLING = frozenset({"admit", "brag", "quip", "snap", "chat", "concur", "refer", "sob", "beg"})
# Base forms that are nouns at least as often as verbs; their other forms stay.
_NOUN_LIKE = frozenset(
    "answer charge claim comment counter cry demand echo estimate joke laugh note offer plead point post "
    "promise protest question remark reply report scream shout sigh snap state stress tweet vow whisper "
    "yell quip retort boast wonder muse pledge cheer rage fume marvel moan wail bark grunt croak chirp tease "
    "whimper squeal object query volunteer correct press text email".split()
)
# Their -s forms are plural nouns more often than verbs ("Republican claims").
_PLURAL_NOUNS = frozenset(
    "claims comments remarks notes reports answers replies questions tweets posts points offers states charges "
    "demands promises protests estimates echoes counters stresses pledges cheers objects queries "
    "volunteers presses texts emails rules".split()
)
PLURAL_NOUN_VERBS = _PLURAL_NOUNS
# Gestures that stand for a speech verb only right after a quote and its subject ("“Yes,” he smiled.").
GESTURES = frozenset("smiled smiles grinned grins giggled giggles nodded nods shrugged shrugs winked winks".split())
# Verbs that report speech only in a tag right after the quote ("“Tallow,” breathed Jane", "“Hmph,” she
# sniffed", "“Sit!” ordered the Captain"): elsewhere they breathe, sniff, order goods or storm out.
TAG_VERBS = frozenset(
    """breathed hazarded shrieked squeaked piped blurted swore taunted intoned purred cooed simpered sniffed
    wheezed spluttered sputtered thundered stormed whined chided rebuked reproached soothed prompted wheedled
    cajoled trilled rasped babbled quavered rumbled boomed snickered cackled crowed demurred pronounced
    ordered commanded bleated yelped howled sniggered tittered gurgled lilted huffed""".split()
)
_NOT_SPEECH = frozenset("go goes going put puts putting shoot begin began begun breathe breathed speaking".split())


def _forms(base: str) -> set[str]:
    if base.endswith("ee"):
        return {base, base + "s", base + "d", base + "ing"}
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith("y") and base[-2] not in "aeiou":
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    if base in _DOUBLING:
        return {base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"}
    if base.endswith(("sh", "ch", "s", "x", "z", "o")):
        return {base, base + "es", base + "ed", base + "ing"}
    return {base, base + "s", base + "ed", base + "ing"}


SPEECH_VERBS: frozenset[str] = frozenset(
    ({f for b in _REGULAR.split() for f in _forms(b)} - _NOUN_LIKE - _PLURAL_NOUNS)
    | (set(_IRREGULAR.split()) - _NOT_SPEECH)
)

# Words that may stand between a subject and its speech verb ("has also said").
AUXILIARIES = frozenset(
    "has have had also later then once again further previously repeatedly reportedly would will did was "
    "is were are had been once recently earlier simply quickly flatly bluntly tersely angrily calmly "
    "could may might shall should must not never still even first finally often always sometimes usually "
    "just only already perhaps soon can".split()
)


PRONOUNS = {
    "he": "m", "she": "f", "they": "p", "i": "", "we": "p", "it": "n", "who": "w", "which": "",
}
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "my", "our"})

TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sen sen. sens sens. senator rep rep. reps representative
    gov gov. governor gen gen. general lt lt. col col. capt capt. cpt sgt sgt. adm adm. maj maj. cmdr
    president vice prime minister secretary foreign chancellor mayor chairman chairwoman chair chief
    director deputy judge justice king queen prince princess pope rev rev. reverend father sister lord lady
    sir dame ambassador speaker leader commissioner attorney officer detective inspector sheriff
    sergeant captain colonel lieutenant admiral major commander ensign corporal fm pm ceo cfo coo spokesman spokeswoman
    spokesperson coach councilman councilwoman councillor councilor congressman congresswoman
    assemblyman assemblywoman delegate candidate nominee sheikh emir sultan president-elect
    executive founder editor host anchor correspondent reporter economist analyst pollster strategist
    prosecutor lawyer historian novelist author actor actress singer rapper comedian activist architect
    pastor rabbi imam cardinal archbishop ayatollah chef designer filmmaker director-general
    secretary-general premier minister-president superintendent commissioner trooper constable cllr cllr.
    st. st saint herr frau monsieur madame mme m. senora senor
    democrat democratic republican gop independent libertarian conservative liberal labour tory master
    """.split()
)

# Role nouns: heads of descriptions that refer to a person ("the foreign minister").
ROLE_NOUNS = frozenset(
    """associate ally colleague billionaire millionaire tycoon mogul magnate star superstar counsel figure
    minister diplomat official officer president senator representative congressman congresswoman
    chaplain curate vicar parson sexton deacon archdeacon bailiff surgeon apothecary tutor schoolmistress
    boatswain magistrate pedlar peddler blacksmith shepherd nun abbess hostess playwright poet critic baker quarterback
    pathologist coroner medic pilot wizard witch sorcerer apprentice smith knight squire ensign marshal ranger foreman
    rancher cowboy trapper hermit warden jailer gaoler ferryman boatman fisherman miner miller butcher grocer chemist
    druggist pharmacist tailor cobbler technician engineer mechanic navigator helmsman quartermaster purser gamekeeper
    poacher nanny headmaster headmistress schoolmaster pupil
    governor mayor secretary ambassador envoy spokesman spokeswoman spokesperson aide adviser advisor mate
    chairman chairwoman chair chief director leader head commander general judge justice lawyer attorney
    prosecutor candidate nominee hopeful founder executive economist analyst expert researcher scientist professor
    doctor physician nurse teacher student resident witness source sources officials experts analysts
    residents witnesses critics supporters lawmaker lawmakers legislator politician pollster strategist
    manager owner worker activist campaigner organizer organiser member members voter voters chancellor
    premier king queen prince monarch pope bishop priest cleric imam rabbi police policeman officer
    detective sheriff trooper soldier veteran colonel captain sergeant host anchor reporter correspondent
    journalist editor writer author columnist commentator historian professor ceo boss president-elect
    mother father wife husband son daughter brother sister friend neighbour neighbor woman man girl boy
    fan fans citizen citizens nationals people person farmer farmers protester protesters demonstrator
    demonstrators negotiator negotiators player coach captain counterpart fm pm incumbent challenger
    contender opponent rival deputy insider insiders observer observers spokesperson representative
    administrator commissioner inspector investigator investigators agent agents staffer staffers
    operative operatives surrogate surrogates donor donors consultant consultants delegate delegates
    cousin uncle aunt nephew niece grandmother grandfather grandson granddaughter stepmother stepfather
    fiance fiancee servant maid housekeeper butler footman coachman gardener landlord landlady governess
    clerk companion guest visitor stranger lady gentleman constable paramedic waiter waitress porter driver
    barman barmaid bartender innkeeper shopkeeper postman sailor cook nurse groom valet scullery-maid
    housemaid parlourmaid kitchen-maid nursemaid laundress chambermaid steward stewardess
    maltster tranter reddleman hurdler thatcher ploughman wheelwright ostler drover farrier shoemaker
    publican potboy beadle verger churchwarden gravedigger undertaker midwife barrister solicitor notary
    manufacturer mill-owner millowner overlooker labourer laborer workman peasant serf
    muzhik lodger tenant landowner tramp vagrant beggar hawker seaman bargeman lighterman waterman
    stableman turnkey warder cabman cabby rector friar precentor prebendary baronet
    """.split()
)

ORG_NOUNS = frozenset(
    """division ministry department office house agency committee commission council party campaign post times
    journal news bank inc inc. corp corp. corporation company university institute foundation association
    center centre police army navy government administration network court group organization
    organisation union board bureau service services fund authority embassy consulate parliament senate
    congress assembly cabinet secretariat statement report newspaper paper magazine website channel
    network tv radio press herald tribune guardian telegraph gazette daily weekly review globe observer
    courier sentinel chronicle dispatch examiner inquirer bulletin ledger college academy society chamber
    school hospital clinic museum district nations
    market store shop restaurant cafe diner bakery pharmacy hotel charity trust nonprofit partners associates holdings
    ventures strategies consulting consultancy solutions industries enterprises technologies analytics
    federation coalition alliance movement league club team firm corporation llc ltd plc program programme
    project initiative institution chancellery presidency delegation directorate regulator watchdog
    church congregation parish diocese mosque synagogue
    letter book ruling clip ad memo brief study article piece survey poll document filing complaint
    lawsuit release email tweet video op-ed editorial spot finding bylaws law bill order decision opinion
    protection enforcement prevention
    verdict indictment message announcement headquarters hq transcript analysis missive website site blog account
   """.split()
)

# Nouns that make a description an unnamed source.
UNNAMED_HEADS = frozenset(
    """source sources official officials person people aide aides insider insiders diplomats
    experts analysts residents witnesses critics observers staffer staffers operative operatives
    """.split()
)

DETERMINERS = frozenset("the a an this that these those another one two three several some many".split())

# Capitalised words that start sentences or name times and places of speech, never speakers.
NOT_NAMES = frozenset(
    """the a an and but or so yet if as at in on of for to from by with without after before when while
    midway halfway half-way afterward eventually ultimately nonetheless overall nearby beforehand midweek overnight twice
    onstage backstage offstage
    where since until though although however meanwhile still also then now today tonight yesterday
    tomorrow last next earlier later this that these those it its he she they we i you his her their our
    my your there here what who why how which whose whom both either neither each every all some many
    no not nor once thus hence indeed instead besides moreover furthermore otherwise nevertheless quite
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    twitter facebook instagram youtube tiktok reddit linkedin telegram whatsapp
    read more source sources photo video watch update updated editor's note related advertisement
    mr mrs ms dr yes no oh well okay ok please thank thanks dear dearest
    hi hello hey ah bye goodbye sorry alas hush hm hmm um er eh aye nay
    is are was were do does did can could should would has have had shall must might
    chapter prologue epilogue contents
    amid amidst among amongst despite during following regarding concerning throughout toward towards upon
    through into onto via
    within beyond about above across against along around behind below beneath beside between inside
    outside over under unlike like near much more most less least few such another any
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
    seconds minutes hours days weeks months years decades moments whatever whoever whichever wherever whenever
    nobody somebody someone everyone everybody anybody anyone nothing something everything
    somewhere nowhere anywhere everywhere elsewhere out up down off away back overhead upstairs downstairs
    ahead together alone afterwards later soon
    even only just perhaps maybe again almost already always never sometimes often suddenly finally presently whether
    surely certainly instantly quickly slowly quietly gently softly
    claim fact verdict rating breaking
    """.split()
)

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col capt sgt adm maj cmdr st jr sr rev hon no vs etc inc corp
    co ltd jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m d.c wash calif
    fla mass mich minn penn pa va ariz colo conn del ga ill ind kan ky la md miss mo mont neb nev n.c
    n.d n.h n.j n.m n.y okla ore r.i s.c s.d tenn tex vt wis wyo
    """.split()
)

PREPOSITIONS = frozenset(
    "in at from to into of on by near with for across outside inside about over under toward towards via alongside".split()
)

# Nouns for what someone said: "Trump’s claim that …", "her promise to …".
# What a statement is made in, not who makes it ("a statement", "the report", "a filing").
DOCUMENT_NOUNS = frozenset(
    "statement statements report reports memo letter study survey poll release filing document email post tweet video "
    "ad paper analysis copy transcript recording complaint motion lawsuit petition indictment affidavit ruling posting "
    "sheet flyer mailer brochure pamphlet leaflet".split()
)
# Anything with words on it that a text may quote ("it ran thus:", "a text message from …"): documents and notes.
WRITINGS = DOCUMENT_NOUNS | frozenset("note card telegram cable message text page inscription notice words lines".split())
# Family words: a description with one of them for its head is a person ("the Captain's widow", "her mother").
KIN_NOUNS = frozenset("wife husband widow widower son daughter mother father sister brother nephew niece aunt uncle "
                      "cousin".split())

# Counts before a name that make it a group ("the two Miss Maunders").
GROUP_COUNTS = frozenset("two three four five six both".split())

SPEECH_NOUNS = frozenset(
    """claim claims statement statements remark remarks comment comments words promise promises vow pledge
    assertion assertions warning warnings suggestion argument description characterization characterisation
    prediction boast complaint accusation accusations allegation allegations insistence call message tweet
    tweets testimony speech answer reply response retort quip admission denial contention""".split()
)

# Peoples by nation, as a collective ("the English who came for it", "the Dutch"): a people, never one person.
DEMONYMS = frozenset(
    """English French Dutch Irish Scotch Scots Welsh Spanish British Swiss Chinese Japanese Portuguese Americans
    Italians Germans Russians Greeks Romans Belgians Austrians Indians Canadians Australians Swedes Danes Norwegians
    Poles Turks Arabs Mexicans Cubans Egyptians Persians Prussians Hungarians Finns Icelanders Yankees Britons
    Europeans Africans Asians Latinos""".split()
)

# Countries and territories whose names read like a given name and a surname ("South Korea said …"): places, never
# one person (general knowledge; one-word countries are told from people by the words around them).
COUNTRY_NAMES = frozenset(
    " ".join(name.split()) for name in """
    South Korea|North Korea|South Africa|South Sudan|Saudi Arabia|Sri Lanka|Costa Rica|Puerto Rico|El Salvador|
    Sierra Leone|Hong Kong|Burkina Faso|San Marino|Papua New Guinea|Czech Republic|Dominican Republic|United States|
    United Kingdom|Great Britain|Ivory Coast|East Timor|Timor-Leste|Equatorial Guinea|Cape Verde|Marshall Islands|
    Solomon Islands|Trinidad and Tobago|Bosnia and Herzegovina|North Macedonia|United Arab Emirates|Vatican City|
    West Bank|Gaza Strip|New Caledonia|Northern Ireland|Western Sahara|Central African Republic""".split("|")
)
