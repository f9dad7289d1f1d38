"""Word lists the detectors share: job titles, months, opinion and event markers."""

from __future__ import annotations

import re
from collections.abc import Iterable


def words(text: str) -> frozenset[str]:
    """A word list written as prose, so long lists stay readable in review."""
    return frozenset(text.split())


def any_of(literals: Iterable[str]) -> str:
    """A regex finding any of `literals`, as a tree of their shared prefixes
    ("p(?:o(?:st|ll)|hoto)|..."): at each character re tries one branch per letter that can
    follow, not every literal sharing the first letter (a list of a few hundred cues has
    dozens under one letter, each tried at every position that letter opens).

    It finds one exactly where `any(lit in text for lit in literals)` does, in one pass; at
    a position it tries the longer of two literals first (a literal that is another's prefix
    matches only when the longer one does not).
    """
    tree: dict[str, dict] = {}
    for literal in literals:
        node = tree
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}  # a literal ends here
    return "|".join(_branches(tree))


def _branches(node: dict[str, dict]) -> list[str]:
    """The alternatives for the literals below `node` of any_of's tree, one per next letter;
    each tries the longer literals first."""
    out: list[str] = []
    for char, child in node.items():
        if not char:
            continue
        rest = _branches(child)
        if "" in child and rest:
            out.append(f"{re.escape(char)}(?:{'|'.join(rest)})?")  # greedy: longer first
        elif len(rest) > 1:
            out.append(f"{re.escape(char)}(?:{'|'.join(rest)})")
        else:
            out.append(re.escape(char) + "".join(rest))
    return out


ROLE_WORDS = words(
    """
    president vice-president ceo cfo cto coo cmo ciso chief executive officer officers
    founder cofounder co-founder chairman chairwoman chairperson director directors head
    lead leader researcher scientist engineer executive executives senator governor
    mayor secretary minister premier chancellor spokesman spokeswoman spokesperson
    professor analyst economist editor reporter journalist correspondent columnist
    investor partner manager vp svp evp counsel attorney lawyer judge justice
    representative congressman congresswoman ambassador commissioner dean principal
    superintendent treasurer trustee admiral colonel captain sergeant lieutenant
    commander chief officer administrator adviser advisor strategist consultant producer
    author founder owner president-elect ex-president deputy undersecretary speaker whip
    sheriff prosecutor coach captain pastor bishop rabbi imam cardinal pope king queen
    prince princess physician doctor nurse designer architect developer programmer
    employee staffer member cofounders co-founders founders board mp mep councillor
    councilman alderman biologist chemist physicist geologist glaciologist epidemiologist
    ecologist climatologist seismologist virologist astronomer mathematician statistician
    historian
    """
)


# People spoken of as a group ("Critics said", "Residents told the inquiry"): a source, but
# no one's name, whatever capital the start of a sentence gives them.
PEOPLE_NOUNS = words(
    """
    officials sources analysts experts critics residents people witnesses police
    investigators prosecutors researchers scientists economists doctors executives employees
    lawmakers regulators authorities officers spokespeople aides advisers advisors staff
    organizers organisers voters parents teachers students workers opponents supporters
    campaigners protesters protestors activists locals neighbours neighbors villagers
    farmers nurses patients families relatives survivors victims traders investors owners
    landlords tenants commuters passengers drivers pupils councillors ministers lawyers
    judges managers players fans members observers diplomats historians archaeologists
    engineers developers users customers consumers shoppers visitors tourists scholars
    conservationists environmentalists clinicians physicians surgeons
    """
)

# ISO 4217 codes written before an amount ("NOK 14.6bn", "CHF 2.4 million"): the code is the
# figure's unit as a sign is, never a body's acronym.
CURRENCY_CODES = words(
    """
    USD EUR GBP JPY CNY CHF CAD AUD NZD HKD SGD SEK NOK DKK ISK PLN CZK HUF RON BGN TRY RUB
    UAH INR PKR BDT LKR IDR MYR THB PHP VND KRW TWD ZAR NGN KES GHS EGP MAD BRL MXN ARS CLP
    COP PEN AED SAR QAR ILS
    """
)
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ABBREVIATIONS = r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
CALENDAR_WORDS = frozenset(MONTHS.split("|")) | frozenset(WEEKDAYS.split("|"))
"""Month and weekday names: capitalised, yet never a name or part of one."""

SPELLED_NUMBERS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    "ninety|hundred|thousand|million|billion|trillion|dozen|half|third|quarter|fifth|tenth|"
    "twice|double|triple|doubled|tripled|hundreds|thousands|millions|billions|dozens"
)

# Words that mark the writer's or speaker's judgement rather than a checkable fact.
OPINION_MARKERS = {
    "arguably": 2.0,
    "ideally": 2.0,
    "hopefully": 1.5,
    "should": 1.5,
    "ought": 1.5,
    "must": 1.0,
    "perhaps": 1.0,
    "maybe": 1.0,
    "might": 1.0,
    "could": 0.75,
    "would": 0.5,
    "seems": 0.75,
    "seem": 0.75,
    "apparently": 0.5,
    "surely": 1.0,
    "frankly": 1.0,
    "honestly": 1.0,
    "fair": 0.5,
    "wonderful": 1.0,
    "great": 0.5,
    "beautiful": 1.0,
    "terrible": 1.0,
    "believe": 1.0,
    "think": 1.0,
    "feel": 1.0,
    "hope": 1.5,
    "want": 1.0,
    "wish": 1.5,
    "need": 1.0,
    "let's": 2.0,
    "let": 0.75,
    "will": 0.75,
    "gonna": 1.0,
    "imagine": 1.5,
    "sure": 0.5,
}

# Past-tense verbs of things that happened: a concrete event a record can confirm.
EVENT_VERBS = words(
    """
    launched released founded acquired bought sold hired fired resigned retired died
    killed won lost elected appointed named signed passed raised invested announced
    filed sued settled closed opened merged approved rejected vetoed voted arrested
    charged convicted sentenced indicted built created started ended began moved joined
    left became grew fell rose doubled tripled halved spent paid earned reached hit
    invented donated published shipped accused declined agreed testified ruled banned
    blocked cut increased decreased reduced expanded introduced unveiled debuted
    discovered visited met attended served led worked studied graduated born married
    divorced owned ran managed founded partnered invaded attacked bombed captured
    occupied withdrew collapsed crashed exploded burned flooded struck sank recorded
    completed delivered produced generated attracted gained lowered raised borrowed lent
    defaulted failed succeeded overtook surpassed topped dropped climbed jumped soared
    plunged posted reported spent took gave made sent wrote told said hired fired signed
    broke set held hosted organized declared imposed lifted
    """
)

# Irregular past tenses: with -ed forms they mark narration of something that happened.
IRREGULAR_PAST = words(
    """
    went took made sat found built began broke brought bought caught chose came did drew
    drove ate fell felt fought flew forgot froze got gave grew hung had heard hid held
    hurt kept knew laid led left lent let lay lost meant met paid put quit read rode
    rang rose ran said saw sold sent set shook shot shut sang sank slept spoke spent
    stood stole struck swore swam taught tore told thought threw understood woke wore
    won wrote
    """
)

GREETINGS = (
    "thank you",
    "good evening",
    "good morning",
    "good afternoon",
    "good night",
    "god bless",
    "ladies and gentlemen",
    "welcome",
    "hello",
    "goodbye",
    "congratulations",
    "please",
)
