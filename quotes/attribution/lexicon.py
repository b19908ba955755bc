"""Word lists that tell names, titles, organisations and places apart.

All entries are folded (lower case, see :func:`quotes.names.fold`).
"""

from __future__ import annotations

from functools import cache

from ..registry import data_path

__all__ = [
    "LEADING_STOPWORDS",
    "TITLE_WORDS",
    "NATIONAL_TITLES",
    "PARTY_ADJECTIVES",
    "ORG_HEADS",
    "PLACES",
    "POST_NOMINALS",
    "US_STATES",
    "ROLE_HEADS",
    "GROUP_NOUNS",
    "MEDIA_NOUNS",
    "PRONOUN_GENDER",
    "HONORIFIC_GENDER",
    "first_name_gender",
    "is_given_name",
    "NOT_NAMES",
    "NOT_PERSON_ENDS",
    "COMPANY_ENDS",
    "PARTY_MEMBERS",
    "NOT_REPORTERS",
    "NOT_SPEAKERS",
    "NUMERAL_NAMES",
    "IMPERATIVES",
    "ROLE_SYNONYMS",
    "DESCRIBED_PERSONS",
    "NATIONALITIES",
    "QUALIFIED_PERSONS",
    "DESCRIBED_COMPANIES",
]

# Capitalised only because they start a sentence or a clause.
LEADING_STOPWORDS = frozenset(
    """the a an in on at but and or if when while after before as for from with by to of this that these
    those it he she they we i you our his her their its my your last earlier later according despite during
    since though although meanwhile however so then now yet still also even not no some many most other both
    each every all under over why what who how where asked speaking writing there here once instead today
    yesterday tonight thus indeed like unlike among against about until unless because whether next first
    former then-president following amid throughout within without upon conversely additionally moreover
    furthermore similarly likewise nonetheless nevertheless otherwise perhaps finally often currently recently
    equally ultimately personally clearly obviously certainly basically generally usually frankly surely
    initially eventually previously originally traditionally typically increasingly apparently elsewhere
    already overall whenever simply neither either""".split()
)

# Words of a title that may stand before a person's name ("Secretary of State Michael Pompeo").
TITLE_WORDS = frozenset(
    """president vice prime minister secretary state foreign defense defence interior finance justice deputy
    senator sen. rep. rep representative gov. gov governor mayor chancellor chairman chairwoman chair chief
    director general attorney press spokesman spokeswoman spokesperson speaker leader majority minority
    ambassador judge pope king queen prince princess sheikh mr. mrs. ms. dr. prof. rev. gen. lt. col. sgt.
    capt. adm. gen prof mr mrs ms dr lord lady sir dame former acting interim ceo coach manager commissioner officer
    presidential candidate nominee democratic republican gop democrat independent libertarian senate house
    congressman congresswoman councilman councilwoman sheriff detective inspector superintendent commander
    captain colonel sergeant lieutenant admiral marshal premier emir crown bishop cardinal archbishop father
    rabbi imam professor doctor miss first of the then white u.s. us american turkish turkey's russian
    russia's german british french chinese israeli iranian syrian ukrainian mexican canadian uk eu european
    japanese korean north south indian pakistani saudi iraqi afghan egyptian greek italian spanish polish
    bulgarian palestinian nato un u.n. assistant associate executive national security campaign
    communications strategist adviser advisor aide counsel special envoy commissioner surgeon lawmaker
    candidate hopeful billionaire businessman mogul tycoon rev mp mep msp mla dem under-secretary
    actor actress singer rapper comedian broadcaster presenter pastor donor author novelist dj producer
    farmer founder film-maker filmmaker striker fly-half scrum-half goalscorer referee teenager
    cinematographer magistrate reverend solicitor assemblyman assemblywoman alderman exchequer
    oscar-winner lawyer guitarist drummer bassist frontman vocalist keyboardist staff constable consultancy
    vj correspondent councillor lt col""".split()
)

# A party's adjective before a person's full name: "Conservative Michael Fallon", "fellow Tory David
# Heathcoat-Amory" (alone, "Tory" is the party: "A Tory spokesman").
PARTY_ADJECTIVES = frozenset("conservative tory tories labour liberal unionist nationalist dems".split())

# Title words that say only where someone or something is from: before one word that is no
# given name they open a body's name ("UK Coal", "US Airways", "British Library"), not a title.
NATIONAL_TITLES = frozenset(
    """u.s. us uk eu american european british russian german french chinese israeli iranian syrian
    ukrainian mexican canadian japanese korean indian pakistani saudi iraqi afghan egyptian greek italian
    spanish polish bulgarian palestinian turkish""".split()
)

# Letters after a person's name ("Guy Mansfield QC", "Nick Clegg MP"); after "the" they make a
# role ("the Glasgow Kelvin MP").
POST_NOMINALS = frozenset("qc kc mp mep msp mla am obe mbe cbe phd".split())

# Last words that make a capitalised phrase an organisation.
ORG_HEADS = frozenset(
    """ministry directorate department agency office committee commission council party campaign
    administration government senate congress court bureau service institute foundation university
    association academy chamber forum union organization organisation company corporation corp. corp inc. inc ltd group bank
    fund times post news journal tribune herald telegraph mirror gazette chronicle echo network channel magazine review center centre authority
    federation league club team police army navy force forces command board assembly parliament cabinet
    kremlin pentagon presidency embassy consulate secretariat coalition alliance movement front society
    trust watch initiative project pac reuters tass interfax cnn bbc nbc abc cbs msnbc npr afp ap fbi cia
    nsa nato ssb industries industry house international hq inquiry united rovers rangers athletic
    wanderers albion hotspur lions saints nations church treasury lords""".split()
)

# The states of the United States (a state's name before a person's is no part of it:
# "New Hampshire Sanders" is Sanders).
US_STATES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
    minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania
    tennessee texas utah vermont virginia wisconsin wyoming""".split()
) | {"new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
     "rhode island", "south carolina", "south dakota", "west virginia"}

# Places that stand for their governments when they "say" something.
PLACES = frozenset(
    """washington ankara moscow beijing tehran kiev kyiv london paris berlin brussels tokyo seoul
    pyongyang damascus jerusalem cairo riyadh delhi islamabad kabul baghdad athens rome madrid warsaw
    sofia ottawa canberra havana caracas turkey russia china iran ukraine syria israel germany france
    britain england japan india pakistan america mexico canada europe greece italy spain poland bulgaria
    iraq afghanistan egypt korea cuba venezuela brazil australia africa asia us u.s. uk eu""".split()
) | {"united states", "united kingdom", "european union", "soviet union", "north korea", "south korea", "new zealand", "south africa"} | US_STATES

# Head nouns of role phrases that can name a speaker ("the defense chief", "the Turkish president").
ROLE_HEADS = frozenset(
    """president minister chief head spokesman spokeswoman spokesperson secretary senator governor mayor
    chancellor director chairman chairwoman chair leader candidate nominee ambassador official adviser
    advisor aide strategist manager congressman congresswoman lawmaker premier king queen prince pope
    general commander attorney prosecutor judge justice ceo founder executive speaker ministry department
    agency government administration campaign embassy office spokesmen cardinal co-chairman co-chair""".split()
)

# Plural or collective nouns that speak as a group ("officials said", "sources told Reuters").
GROUP_NOUNS = frozenset(
    """officials sources analysts critics experts aides advisers advisors observers residents witnesses
    protesters supporters voters lawmakers police authorities officers investigators prosecutors
    researchers scientists economists doctors people others spokesmen diplomats leaders organizers
    organisers members activists democrats republicans staffers insiders allies partners""".split()
)

# Nouns that name a medium after its name or an adjective ("Russia’s Interfax news agency",
# "a Russian newspaper"); "news" may come before them.
MEDIA_NOUNS = frozenset(
    "newspaper daily paper agency broadcaster channel magazine outlet website tabloid network".split()
)

# Head nouns of definite descriptions a story uses for a person it has named ("the singer", "The
# Holland international", "The Russian"), with the sex the noun gives ("" for either): the person
# last named, as for "he" or "she". Offices ("the minister") are not here: the article or the
# registry must tie those to a name. Nationalities used for a people or its government ("the
# French") are left out too.
DESCRIBED_PERSONS = dict.fromkeys(
    """actor singer star player striker midfielder defender goalkeeper keeper winger forward captain
    skipper coach manager boss presenter writer author broadcaster novelist comedian comic rapper
    drummer guitarist bassist musician artist designer film-maker filmmaker producer director champion
    medallist winner runner sprinter athlete swimmer cyclist boxer golfer batsman bowler all-rounder
    jockey trainer veteran international youngster teenager fly-half scrum-half full-back flanker
    seed chef model dancer poet playwright composer conductor pianist photographer tycoon billionaire
    entrepreneur founder pensioner wing prop hooker lock scorer goalscorer matchwinner holder""".split(),
    "",
) | dict.fromkeys("actress frontwoman businesswoman sportswoman grandmother".split(), "f") | dict.fromkeys(
    "frontman businessman sportsman grandfather".split(), "m"
) | {"man": "m", "woman": "f"}

# Nationalities, as nouns and adjectives, by country: "The Russian" (a person: DESCRIBED_PERSONS)
# is no one the article calls "American" or "The 34-year-old American". (A Scot is a Briton too.)
NATIONALITIES = {
    word: country
    for country, words in {
        "us": "american", "ru": "russian", "gb": "briton british scot scottish scotsman englishman english welshman welsh",
        "es": "spaniard spanish", "it": "italian", "de": "german", "be": "belgian", "se": "swede swedish",
        "no": "norwegian", "dk": "dane danish", "fi": "finn finnish", "pl": "pole polish", "cz": "czech",
        "hr": "croat croatian", "rs": "serb serbian", "gr": "greek", "au": "australian", "ca": "canadian",
        "ar": "argentine argentinian", "br": "brazilian", "mx": "mexican", "jm": "jamaican", "ke": "kenyan",
        "et": "ethiopian", "ma": "moroccan", "ng": "nigerian", "zw": "zimbabwean", "ua": "ukrainian",
        "ro": "romanian", "at": "austrian", "nz": "zealander", "ie": "irishman irish", "fr": "frenchman french",
        "nl": "dutchman dutch", "ch": "swiss", "cy": "cypriot", "sk": "slovak", "by": "belarusian",
    }.items()
    for word in words.split()
}
_NATIONAL_NOUNS = frozenset(
    """american russian briton scot spaniard italian german belgian swede norwegian dane finn pole czech croat
    serb greek australian canadian argentine argentinian brazilian mexican jamaican kenyan ethiopian moroccan
    nigerian zimbabwean ukrainian romanian austrian zealander croatian swiss cypriot slovak""".split()
)
DESCRIBED_PERSONS |= dict.fromkeys(_NATIONAL_NOUNS, "") | dict.fromkeys(
    "scotsman englishman welshman irishman frenchman dutchman".split(), "m"
)
# Heads that describe the person a story is about only with a capitalised qualifier: "the Waterford
# man", "the Kent woman" (a bare "the man" may be anyone the story has not named).
QUALIFIED_PERSONS = frozenset(("man", "woman"))

# Nouns that, after "the" alone, stand for the company or body a story is about ("the firm said",
# "the union said"). ("The group" may be a band or a campaign, "the watchdog" regulates the company
# the story is about; a qualified "the Japanese car maker" may be another company.)
DESCRIBED_COMPANIES = frozenset(
    "company firm giant carrier airline retailer bank lender insurer organisation organization body union charity".split()
)

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "i": "", "we": "p", "they": "p", "it": "n"}
# The sex an honorific or a peer's title says.
HONORIFIC_GENDER = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "lord": "m", "lady": "f",
    "baron": "m", "baroness": "f", "viscount": "m", "viscountess": "f", "countess": "f", "marquess": "m",
}


def first_name_gender(word: str) -> str | None:
    """The sex a folded given name is used for: "m" ("victor"), "f" ("kelli"), or None when it is
    no known given name or one borne by both (Jordan, Taylor, Jean, Andrea)."""
    sex = _first_names().get(word)
    return None if sex == "mf" else sex


def is_given_name(word: str) -> bool:
    """Is a folded word a known given name, of either sex ("jamie" as "victor" and "kelli")?"""
    return word in _first_names()


@cache
def _first_names() -> dict[str, str]:
    """data/first_names.txt, read once: its names under "[m]", "[f]" and "[mf]"."""
    names: dict[str, str] = {}
    sex = ""
    for line in data_path("first_names.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("["):
            sex = line.strip("[]")
        elif line and not line.startswith("#"):
            names.update(dict.fromkeys(line.split(), sex))
    return names


# Capitalised words that are never names of speakers.
NOT_NAMES = frozenset(
    """january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday god feb apr aug sept oct nov dec""".split()
)

# Last words of company names, which alone are common nouns ("Capital Economics", "Jupiter
# Research", "General Motors"; "Partners said" names no one).
COMPANY_ENDS = frozenset(
    """economics research partners associates consulting consultants securities holdings systems
    technologies labs media energy motors airlines airways records pictures studios entertainment software
    networks communications telecom pharmaceuticals insurance ventures solutions""".split()
)

# A party named by its members ("the Tories", "Lib Dems", "Senate Republicans"): a body, so
# "he" and "she" pass over it.
PARTY_MEMBERS = frozenset("tories dems democrats republicans conservatives liberals nationalists unionists greens labour".split())

# Last words of capitalised names of events, contests, agreements and places, which no
# person's name ends with: "Grand Slam", "Six Nations", "Super Tuesday", "Wall Street", "the
# first Gulf War" ("he" skips them; they speak for no one).
NOT_PERSON_ENDS = frozenset(
    """slam cup championship championships olympics games series summit conference awards festival
    trophy treaty accord agreement act premiership avenue road square stadium island islands valley river
    county street east sea open prix show day year monday tuesday wednesday thursday friday saturday sunday
    mass cathedral abbey chapel mosque synagogue war wars""".split()
)

# The imperatives of a web page's boilerplate, which open sentences like subjects: "Liked it?
# Take a second to support ...", "Click here to ...": no one reports anything there.
IMPERATIVES = frozenset("take click subscribe donate".split())
# Sentence openers that look like a subject before a cue but report nothing: those imperatives,
# "Let's hope ...", "Just ask Anne", the idiom "Having said that, ...".
NOT_REPORTERS = IMPERATIVES | frozenset("let let's just having".split())
# Capitalised words that, alone, are no canonical speaker though a name may start with them:
# "Time will show", "History will judge" (but "Time Warner said"), those imperatives, a
# sentence's opening word that is a number or a quantifier ("One of the bidders, ..., said",
# "Such attacks are"), an idiom ("Having said that", "Let's hope", "Just ask"), a contraction
# ("I'm"), records that show or say things without being anyone ("Figures show",
# "Reports said", "Research by Dr Nielsen shows": the mention stays, the speaker is None), and
# plans, fears and talks ("Fears that big donors can buy favours have sparked calls for a limit").
NOT_SPEAKERS = (
    frozenset(
        """time history one two three four five six seven eight nine ten another more any such having let
        let's just i'm i'd i've i'll reports figures research data statistics transcript nobody no-one
        everybody everyone anybody anyone somebody someone people few plans fears worries hopes concerns
        talks events sales""".split()
    )
    | IMPERATIVES
)

# Stage names that open with a numeral (folded), which the scanner of capitalised words reads
# from their second word only ("50 Cent" as "Cent"): few enough to list.
NUMERAL_NAMES = frozenset(("50 cent",))

# Role words compared as one ("the defense chief" matches "head of ... Defense Industry").
ROLE_SYNONYMS = {
    "chief": "head",
    "director": "head",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "defence": "defense",
    "advisor": "adviser",
    "chairwoman": "chairman",
    "chair": "chairman",
    "boss": "manager",
    "turkish": "turkey",
    "american": "us",
    "u.s.": "us",
    "russian": "russia",
    "german": "germany",
    "british": "uk",
    "britain": "uk",
    "french": "france",
    "chinese": "china",
    "israeli": "israel",
    "iranian": "iran",
    "ukrainian": "ukraine",
    "mexican": "mexico",
    "syrian": "syria",
}
