"""The facts inside a claim: every item a desk checker underlines and ticks off on its own.

A sentence such as "The product accounts for nearly a fifth of its business, the company
said in February." holds several checkable items (a figure, a date); a checker verifies each
separately, so each is located exactly (offsets into the article, like the claim's) with a
kind: person, organisation, place, title (a job or role), number (the figure with its hedge
and unit), date, work (products, models, works, named events) or quote (the words inside
quotation marks).  Spans are tight (the item, not its sentence) and every mention is its own
item, so a misspelling in the third mention is not hidden by a correct first one.

The patterns run once over the whole article and each match is handed to the claim that
holds it, so the cost grows with the text, not with the number of claims.  Inside a
quotation only the quotation itself is a fact: the checker compares its words with the
record as a whole.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter
from string import ascii_letters
from typing import Any, NamedTuple

from factcheck.extract.gazetteer import (
    COMPASS,
    GIVEN_NAMES,
    HONORIFICS,
    KIN,
    MORE_ROLES,
    NATIONALITIES,
    ORGANISATION_ENDINGS,
    ORGANISATION_HEADS,
    ORGANISATION_STARTS,
    ORGANISATIONS,
    PLACE_ENDINGS,
    PLACES,
    WORK_ENDINGS,
    WORK_NOUNS,
)
from factcheck.extract.lexicon import (
    CURRENCY_CODES,
    IRREGULAR_PAST,
    MONTHS,
    PEOPLE_NOUNS,
    ROLE_WORDS,
    WEEKDAYS,
    any_of,
    words,
)
from factcheck.extract.unspaced import is_unspaced, unspaced_items

FACT_KINDS: tuple[str, ...] = (
    "person",
    "organisation",
    "place",
    "title",
    "number",
    "date",
    "work",
    "quote",
)


class Fact(NamedTuple):
    """One checkable item: `text` is always `article[start:end]`.

    A named tuple rather than a dataclass: an article has thousands, and a tuple is built
    several times faster."""

    start: int
    end: int
    kind: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind, "text": self.text}


# ---------------------------------------------------------------------------- figures

# "₹1.13 lakh crore": India's lakh (100,000) and crore (10 million) are scales too.
_SCALE = r"(?:\s?(?:thousand|million|billion|trillion|bn|mn|lakh crore|lakh|crore)\b|[mbkMBK]\b)"
# Currency signs: the rupee's, won's, rouble's, lira's and naira's beside the usual four.
_CURRENCY = "$€£¥₹₩₽₺₦"
# Digits grouped in thousands, or in India's lakhs ("1,18,460": two digits a group).
_GROUPED = r"\d+(?:(?:,\d\d)+,\d{3}(?!\d)|(?:,\d{3})*)"
_HEDGE = (
    r"(?:(?:[Mm]ore|[Ff]ewer|[Ll]ess|[Gg]reater|[Hh]igher|[Ll]ower) than|[Nn]early|[Aa]lmost"
    r"|[Aa]bout|[Aa]round|[Rr]oughly|[Aa]pproximately|[Oo]ver|[Uu]nder|[Aa]t least|[Aa]t most"
    r"|[Uu]p to|[Jj]ust (?:over|under)|[Cc]lose to|[Aa]s (?:many|much|few|little) as"
    r"|[Aa]n estimated|[Uu]pwards of|[Ww]ell (?:over|under|above|below)|[Ee]xactly"
    r"|[Oo]nly|[Ss]ome|[Aa]n average of|[Aa]n estimated|[Aa]n (?:extra|additional))\s+"
)
_SPELLED = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    "ninety|a hundred|one hundred|a thousand|one thousand|a dozen|dozens of|hundreds of|"
    "thousands of|tens of thousands of|millions of|billions of|a million|a billion"
)
_ORDINALS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
# Figures that stand without a counted thing after them.
_ALONE = (
    r"\b(?:[Tt]wice|[Tt]hrice|once(?<=(?:[Oo]nly|[Jj]ust) once)"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-?fold"
    r"|(?:[Oo]ne|\d+) in (?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
    rf"|(?:{_ORDINALS})-(?:largest|biggest|highest|lowest|smallest|most|least|best|worst"
    r"|busiest|richest|poorest|oldest|longest|fastest))\b"
)
_SPELLED_CASED = "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _SPELLED.split("|"))
_FRACTION = (
    r"(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)[- ](?:half|third|quarter|fifth|sixth|tenth"
    r"|thirds|quarters|fifths|tenths)"
)
_FIGURE = (
    # money
    # (found from its sign: "US$5 million", "C$14.5 million" take their letters below)
    r"(?:(?:(?<![\w$])|(?<=\bUS)|(?<=\bHK)|(?<=\bNZ)|(?<=\b[ACS]))"
    rf"[{_CURRENCY}]\s?{_GROUPED}(?:\.\d+)?" + _SCALE + r"?"
    r"|(?<![\w.,])\d[\d,]*(?:\.\d+)?(?:\s(?:thousand|million|billion|trillion))?"
    r"\s(?:dollars|euros|pounds|yen|yuan|rupees|cents|francs|pesos)\b"
    r"|(?<![\w.,])\d+(?:\.\d+)?p\b(?![’'\-])"  # a share price in pence: "412p"
    # a race time: "2hr 21min 40sec", "8min 24.6sec", "1hr 05min"
    r"|(?<![\w.,])\d{1,2}\s?(?:hr|hrs|h)\s\d{1,2}\s?min(?:\s\d{1,2}(?:\.\d+)?\s?sec)?\b"
    r"|(?<![\w.,])\d{1,3}\s?min\s\d{1,2}(?:\.\d+)?\s?sec\b"
    # a measure with its unit: "150mm", "20 cm", "3.5kg", "70 mph", "1,100km", a device's
    # "5,100mAh", "256GB", "144Hz", and a zoom's or a speed-up's "5x"
    r"|(?<![\w.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?\s?(?:mm|cm|km|kg|mg|ml|kW|MW|GW|kWh|MWh|GWh"
    r"|mph|km/h|ft|mAh|Wh|GB|TB|MB|Gbps|Mbps|Hz|kHz|MHz|GHz|fps|MP)\b"
    r"|(?<![\w.,])\d+(?:\.\d+)?\s?(?:mm|cm|km|kg|mg|ml|kW|MW|GW|kWh|MWh|GWh|mph|km/h|ft)\b"
    r"|(?<![\w.,])\d{1,3}(?:\.\d)?x\b"
    # percentages
    r"|(?<![\w.,])[-+−]?\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b|percentage points?\b)"
    rf"|\b(?:{_SPELLED_CASED})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r" (?:percent|per cent)\b"
    # "one percentage point", "half a percentage point", "three percentage points"
    rf"|\b(?:[Oo]ne|[Hh]alf a|[Aa] quarter of a|{_SPELLED_CASED}) percentage points?\b"
    # readings ("130/80"), counts, tallies and plain figures
    r"|(?<![\w.,/])\d{2,3}/\d{2,3}(?![\w/])"
    r"|(?<![\w.,/\-−$€£₹₩₽₺₦])(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3})(?:\.\d+)?"
    + _SCALE
    + r"?(?![\w%]|[.,]\d)"
    r"|(?<![\w.,/\-−$€£₹₩₽₺₦])\d+-\d+(?![\w\-])"
    r"|(?<![\w.,/\-−$€£₹₩₽₺₦:])\d+(?:\.\d+)?" + _SCALE + r"?(?![\w%]|[.,:]\d|-\d)"
    # spelled-out counts and fractions (a unit is required below)
    rf"|\b(?:{_SPELLED_CASED})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\b"
    rf"|\b{_FRACTION}\b|\b[Hh]alf an? (?:hour|day|week|month|year|decade|century|mile|dozen)\b"
    # "at least a year", "an hour and a half" (kept only so: see _numbers)
    r"|\b[Aa]n? (?:hour|day|week|month|year|decade|century)\b"
    # an ordinal in digits that ranks: "83rd birthday", "61st edition", "drafted 47th
    # overall", "the 60th Karlovy Vary festival" (an edition of a named event)
    r"|\d+(?:st|nd|rd|th)(?= (?:birthday|anniversary|edition|overall)\b)"
    r"|(?<=the |The )\d{1,3}(?:st|nd|rd|th)(?= [A-ZÀ-Þ][^.;,]{0,60}?\b(?:Festival|Games"
    r"|Olympics|Summit|Conference|Congress|Championships?|Awards|Expo|Fair|Biennale"
    r"|Marathon|Cup|Tour)\b)"
    # an age by its decade, "in her eighties" (kept only after "his", "her", "their")
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ties\b"
    r"|\b(?:[Ss]everal|[Aa] few) (?:hundred|thousand)\b"
    r"|\b(?:[Tt]ens|[Hh]undreds) of thousands\b"
    r"|\b[Hh]alf\b(?= (?:of|its|their|his|her|the)\b)"
    # multiples, shares "one in five", ranks "second-largest", readings "130/80"
    rf"|{_ALONE}"
    # a count of one thing, "one abstention" (kept only with its noun: see _one_counted)
    r"|\b[Oo]ne(?= [a-z])"
    r")"
)
_UNIT_WORD = re.compile(r"(?:\s+|-)([a-z][a-z\-]*[a-z])")
_NOT_UNITS = words(
    """
    of to and or in on at by for the a an is are was were be been has have had will would
    can could may might must should than that which who whom as from with per each more less
    percent that this these those its it their his her our your into over under about after
    before since until when while if but so yet not no also only just even said says
    told according out up down off between behind ahead clear outside against among
    inside within below above beyond
    """
)
# A figure that carries its unit already: money, percentages.
_MEASURED = re.compile(
    rf"[{_CURRENCY}%]|percent|per cent|points?$|dollars|euros|pounds|yen|yuan|rupees|cents"
    r"|francs|pesos|\d\s?(?:sec|min)$"  # a race time: "a 4min 1.5sec mile" counts no miles
    # a device's measure or a length with its unit: "a 5,100mAh battery", "a 5x zoom",
    # "the 1,100km coastal route" count no batteries, no zooms, no routes
    r"|\d\s?(?:mAh|Wh|GB|TB|MB|Gbps|Mbps|Hz|kHz|MHz|GHz|fps|MP|x|mm|cm|km|kg)$"
)
_PERSON_PLURALS = words("people men women children staff police personnel")

# ------------------------------------------------------------------------------ dates

_MONTH = f"(?:{MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)"
_YEAR = r"(?:1[6-9]|20)\d\d"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_UNIT_OF_TIME = r"(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|centuries|century)"
# Each lead's last word is in _DATE_LEFT_ENDS too, or _date_left never tries it.
_LEAD = (
    r"(?:(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]hrough|[Tt]hroughout"
    r"|[Dd]uring|[Bb]efore|[Aa]fter|[Aa]s of|[Aa]s early as|[Ss]tarting|[Bb]eginning"
    r"|(?:[Bb]efore|[Aa]fter|[Ss]ince|[Bb]y|[Aa]t|[Ff]rom|[Uu]ntil) the"
    r" (?:end|start|beginning|middle) of"
    r"|[Ll]ate on|[Ee]arly on|[Bb]y the end of|[Aa]t the end of|[Aa]t the start of"
    r"|[Aa]t the beginning of"
    r"|[Uu]ntil the end of|[Ii]n the (?:first|second) half of|[Tt]he end of|[Tt]he start of"
    # "until at least the end of March", "for the year to the end of September", "on the
    # night of 14 November", "around AD 410", "for the 2027 financial year"
    r"|[Uu]ntil at least(?: the (?:end|start|beginning|middle) of)?"
    r"|[Ff]or the (?:year|half|quarter|period|(?:six|nine|12|twelve) months) to"
    r"(?: the (?:end|start|beginning|middle) of)?"
    r"|[Oo]n the (?:night|morning|evening|afternoon) of|[Aa]round"
    # "with effect from January 1", "early in 2028": a start, a part of the year
    r"|[Ww]ith effect from|(?:[Ee]arly|[Ll]ate|[Ll]ater) in|[Oo]n or (?:before|after)"
    # "in the first week of December", "at 7 p.m."
    r"|(?:[Ii]n |[Bb]y |[Dd]uring )?the (?:first|second|third|fourth|last|final)"
    r" (?:week|weekend|days|fortnight) of"
    # "shortly after 4pm", "at about 4pm": a time told roughly
    r"|(?:[Ss]hortly|[Jj]ust|[Ss]oon|[Ll]ong|[Ww]ell) (?:after|before)"
    r"|[Aa]t (?:about|around|approximately|roughly)|[Aa]t)\s+)"
)
_MOD = r"(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[- ]|[Mm]id-)"
_TIME_ZONE = (
    r"\s(?:(?:Eastern|Central|Pacific|Mountain|Atlantic) (?:[Tt]ime|Standard Time)\b"
    r"|(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT)\b)"
)
# Each alternative starts with the word or digit it is found from (see _ANCHOR_WORDS):
# what may come before it ("in", "by the end of", "the", "two" in "two years ago") is read
# off the text before by _DATE_LEFT.
_DATE_CORE = re.compile(
    r"(?:"
    rf"{_MONTH}(?:[-–]to[-–]|[-–]| to ){_MONTH}\s(?:quarter|period|season|half)\b"
    # "December 2–3", "on 2–3 December": a meeting's days, one date
    rf"|{_MOD}?{_MONTH}(?:\s\d{{1,2}}(?:st|nd|rd|th)?(?:[–-]\d{{1,2}})?\b)?(?:,?\s{_YEAR}\b)?"
    rf"|\d{{1,2}}(?:[–-]\d{{1,2}})?(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH}(?:,?\s{_YEAR}\b)?"
    rf"|(?:{_MOD})?{_YEAR[:-4]}\d0s\b|[’']\d0s\b"
    rf"|{_MOD}?(?:fiscal\s|FY\s?)?{_YEAR}(?:[-–/]\d\d(?!\d))?(?:\s(?:fiscal|financial|school|academic)\syear)?"
    r"(?![\w%]|[.,]\d|\s?(?:percent|million|billion|people|users|jobs|workers|employees)\b)"
    rf"|(?:{WEEKDAYS})\b(?:,?\s{_MONTH}\s\d{{1,2}}\b|\s(?:morning|afternoon|evening|night)\b)?"
    r"|(?:(?:[Ee]arly|[Ll]ate) )?"
    r"(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming|[Cc]urrent|[Ee]arlier this"
    r"|[Ll]ater this)"
    r"\s(?:(?:financial|fiscal)\syear|year|month|fortnight|week|decade|century|weekend|quarter|season"
    rf"|{_SEASON}|{MONTHS}|{WEEKDAYS})\b"
    # "in the early fifth century", "the 360s", "AD 410", "by midday"
    r"|(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))[\s-]century\b"
    rf"|(?:{_MOD})?[1-9]\d0s\b|(?:AD|BC) \d{{1,4}}\b|[Mm]idday\b|[Mm]idnight\b|[Nn]oon\b"
    rf"|(?:[Ee]arly|[Ll]ate|[Mm]id-?)\s?{_SEASON}(?:\s(?:of\s)?{_YEAR})?\b"
    rf"|{_SEASON}(?:\s(?:of\s)?{_YEAR})?\b"
    r"|[Yy]esterday\b|[Tt]omorrow\b|[Tt]onight\b"
    rf"|(?P<ago>{_UNIT_OF_TIME}\s(?:ago|later|earlier)\b"
    rf"|(?:months?|weeks?|quarters?|years?)\s(?:to|ended|ending|through)\s{_MONTH}"
    r"(?:\s\d{1,2}\b)?(?:,?\s(?:1[6-9]|20)\d\d\b)?"
    r"|(?:year|month|week|day|night)\s(?:before)\b(?!\s(?:the|a|an|his|her|its|their)\b))"
    r"|(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth)\sminute\b"
    rf"|(?:first|second|third|fourth|final)\squarter(?:\sof\s(?:{_YEAR}|the year"
    r"|last year|this year))?\b"
    rf"|(?:first|second)\shalf(?:\sof\s(?:{_YEAR}|the year|last year|this year))?\b"
    r"|(?:[Cc]oming|[Pp]ast|[Nn]ext|[Pp]revious)\s(?:few\s)?(?:days|weeks|months|years)\b"
    rf"|Q[1-4](?:\s{_YEAR})?\b"
    r"|\d{4}-\d{2}-\d{2}\b|\d{1,2}/\d{1,2}/\d{2,4}\b"
    # a time of day: "7 p.m.", "10.30am", "6:15 a.m."
    r"|\d{1,2}(?:[:.][0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)"
    # with the zone it is told in: "12.01pm Eastern time", "9am GMT"
    rf"(?:{_TIME_ZONE})?"
    r"|(?:end|start|beginning) of (?:the )?(?:year|month|decade|season)\b"
    # "in the first nine months of the year": a part of a year
    r"|(?:first|last|final)\s(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
    rf"\s(?:months|weeks|days)\sof\s(?:the\syear|this\syear|last\syear|{_YEAR})\b"
    # "on election night", "before Christmas": a day named by what happens on it (only
    # with a word leading into it: see _dates)
    # "in a single afternoon": a span of time something happened within
    r"|(?P<single>single\s(?:afternoon|morning|evening|night|day|week|weekend|month|season))\b"
    # "the following year", "the following morning": a day or a year told from the last
    r"|(?P<following>following\s(?:day|morning|afternoon|evening|night|week|weekend|month"
    r"|year|season|decade|spring|summer|autumn|winter)\b)"
    r"|(?P<occasion>(?:[Ee]lection|[Pp]olling|[Rr]esults) (?:night|day)\b"
    r"|Christmas(?: Day| Eve)?\b|Easter(?: Sunday| Monday)?\b|Thanksgiving\b|Boxing Day\b"
    r"|Ramadan\b|Diwali\b|Hanukkah\b)"
    rf"|(?P<span>{_UNIT_OF_TIME})\b"  # "within 30 days", "after 11 minutes": see _dates
    r")"
)
_COUNT = (
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|thirty|fifty|a few|several|a couple of)"
)
_DATE_LEFT = re.compile(
    rf"(?<![\w$€£₹.,\-])(?P<lead>{_LEAD})?(?P<the>the\s)?(?P<count>{_COUNT}\s)?\Z"
)
_NOT_BEFORE_DATE = frozenset("$€£₹.,-")
# The last word of each part of _DATE_LEFT, lower-cased: what leads into a date ("in", "by
# the end of", "until at least"), "the", and a count in words ("a few", "twelve").
_DATE_LEFT_ENDS = words(
    """
    in on at by since until till from through throughout during before after of as starting
    beginning least to around about approximately roughly the a an one two three four five
    six seven eight nine ten
    eleven twelve twenty thirty fifty few several
    """
)


def _date_left(text: str, lo: int, p: int) -> re.Match[str] | None:
    """`_DATE_LEFT.search(text, max(lo, p - 40), p)`: what leads into the date at `p`.

    Every part of it is optional, so re tries them all at each of those 40 places before
    it settles, most often, for the empty match at `p`.  Each part ends in white space after
    one of _DATE_LEFT_ENDS (or a digit): where the text before `p` does not, the empty match
    (or none) is all there is, and only `p` is tried.
    """
    start = max(lo, p - 40)
    if text[p - 1 : p].isspace():
        before = text[start:p].split()
        if before:
            last = before[-1]
            tail = last[len(last.rstrip(ascii_letters)) :]
            if not tail or tail.lower() in _DATE_LEFT_ENDS:
                return _DATE_LEFT.search(text, start, p)
    return _DATE_LEFT.search(text, p, p)


# A deadline or a match's clock: "within 30 days", "within a day", "after 11 minutes".
_WITHIN_LEFT = re.compile(rf"(?<![\w])([Ww]ithin|[Aa]fter) {_COUNT} \Z")
# The dates that keep a "the" before them: "the spring", "the first quarter", "the 1990s".
_TAKES_THE = re.compile(
    rf"(?:{_SEASON}|(?:first|second|third|fourth|final)\squarter|(?:first|second)\shalf"
    rf"|(?:coming|past|next|previous)\s|{_MONTH}[-–\s]"
    r"|end|start|beginning|(?:year|month|week|day|night)\s(?:before|earlier)|\w+\sminute"
    r"|following\s"
    r"|(?:first|last|final)\s\w+\s(?:months|weeks|days)\sof\s"
    r"|(?:[Ee]arly |[Mm]id-|[Ll]ate )?\w+\scentury|last\s(?:financial|fiscal)\s"
    r"|(?:[Ee]arly|[Mm]id|[Ll]ate)?[- ]?\d*0s\b|[’']\d0s)"
)
_SEASON_WORDS = frozenset(_SEASON[3:-1].split("|"))
_DATE_WORDS = (
    set(MONTHS.split("|"))
    | words("Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.")
    | set(WEEKDAYS.split("|"))
    | words(
        """
        AD BC midday Midday midnight noon election Election polling Polling results Results
        Christmas Easter Thanksgiving Boxing Ramadan Diwali Hanukkah single following
        early mid late Early Mid Late fiscal FY last this next past previous coming earlier
        later Last This Next Past Previous Coming Earlier Later current Current spring summer
        fall autumn winter yesterday tomorrow tonight Yesterday Tomorrow Tonight first second third
        fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        final Q1 Q2 Q3 Q4 end start beginning year years month months week weeks day
        days decade decades hour hours century centuries minute minutes quarter quarters night
        """
    )
)

# ------------------------------------------------------------------------- names, works

# A capitalised run: words that start with a capital (or "iPhone"-style), initials,
# acronyms with dots, joined by spaces, "of", "de", "&" and the like; a number right after
# a name is part of it ("Dota 2", "Windows 11").
# Capitals of the Latin alphabets ("Ó Riordáin", "Šefčovič", "Łódź"), not only A-Z.
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# A capitalised token after its first capital ("U.S.", "J.", "Sanwo-Olu"), and a token that
# opens in lower case ("iPhone", "d’Artagnan").
_UPPER_TAIL = rf"(?:(?:\.[{_UPPER}])+\.?|\.|[\w’'&\-]*(?:\.(?=\w))?[\w’'&\-]*)"
_LOWER_TAIL = rf"(?:[a-z]?[A-Z][\w\-]*|[’'][{_UPPER}][\w\-]*)"
_TOKEN = rf"(?:[{_UPPER}]{_UPPER_TAIL}|[a-z]{_LOWER_TAIL})"
# A figure after a name that counts what follows is no model number: "won the Scottish
# Premiership 13 times", "the Lakers 20 points".
_COUNT_NOUN = (
    r"(?:times|seasons|points|goals|games|matches|wins|years|months|weeks|days|hours|minutes"
    r"|seconds|runs|wickets|laps|titles|people|votes|seats)\b"
)
_COUNT_NOUN_AFTER = re.compile(rf"[ \u00a0]{_COUNT_NOUN}")
# What follows a run's first token: more tokens (joined by "of", "de", "&" …), then maybe a
# model number ("Q-Mate 2 Pro") or the year of a law ("Finance Act of 2011"; an accord's or a
# treaty's "of 1982" is the date it was made: "the Kisumu Accord of 1982").
_RUN_REST = (
    rf"(?:(?:[ \u00a0](?:of(?: the)?|for(?: the)?|de|da|del|der|des|du|et|van|von|le|la|al|bin|&"
    r"|voor|für|zur|zum|aan|het)"
    r"(?:[ \u00a0](?:der|den|de|des|du|la|le|los|las))?[ \u00a0]"
    rf"|[ \u00a0]){_TOKEN})*"
    rf"(?:[ \u00a0]\d+(?:\.\d+)?(?:[A-Z]{{1,2}}\b)?(?![\w%\-]|[.,]\d|[ \u00a0]{_COUNT_NOUN})"
    r"(?:[ \u00a0](?:Pro|Max|Ultra|Elite|Plus|Lite|Mini|Air|Edge|Neo|Express|Turbo|Prime)\b){0,2}"
    r"|[ \u00a0]of[ \u00a0](?:1[6-9]|20)\d\d(?!\d)(?<=Act of \d{4}))?"
)
_RUN = re.compile(rf"(?<![\w’'\-]){_TOKEN}{_RUN_REST}")
# The same runs when the first token opens with a capital.  It starts with one class of
# characters, so re skips to the next capital in C instead of trying the pattern at every
# character (the look-behind then checks the character before the capital).
_CAPITAL_RUN = re.compile(rf"[{_UPPER}](?<![\w’'\-].){_UPPER_TAIL}{_RUN_REST}")
# Where a token opening in lower case could start a run: a capital one or two lower-case
# letters into a word, or "d’" before one.  Rare, so the lines holding one are read with _RUN.
_LOWER_START = re.compile(
    rf"[A-Z’'](?:(?<=[a-z].)(?<![\w’'\-]..)(?:(?<=[A-Z])|(?=[{_UPPER}]))"
    r"|(?<=[a-z][a-z][A-Z])(?<![\w’'\-]...))"
)


def _run_matches(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """`_RUN.finditer(text, lo, hi)`, but read with _CAPITAL_RUN outside the lines where a
    run could open in lower case: no run holds a newline, so each line's runs are its own."""
    found: list[re.Match[str]] = []
    pos = lo
    for candidate in _LOWER_START.finditer(text, lo, hi):
        at = candidate.start()
        if at < pos:
            continue  # on a line read with _RUN already
        start = text.rfind("\n", pos, at) + 1
        if start < pos:
            start = pos
        end = text.find("\n", at, hi)
        if end < 0:
            end = hi
        found += _CAPITAL_RUN.finditer(text, pos, start)
        found += _RUN.finditer(text, start, end)
        pos = end
    found += _CAPITAL_RUN.finditer(text, pos, hi)
    return found


_TOKEN_SPLIT = re.compile(r"[ \u00a0]+")
_CONNECTORS = words(
    "of the for de da del der den des du et van von le la al bin & voor für zur zum aan het"
)
_PREFIX_ABBREVIATIONS = words(
    "Mr. Mrs. Ms. Mx. Dr. St. Sen. Rep. Gov. Gen. Prof. Lt. Col. Sgt. Capt. Rev. Hon. Adm. Maj."
    " Coun. Cllr Supt. Insp. Det. Cmdr. Atty. Cpl."
)
_SUFFIX_ABBREVIATIONS = words("Inc. Corp. Co. Ltd. Jr. Sr. Bros. Cos.")
_MONTH_NAMES = (
    frozenset(MONTHS.split("|"))
    | frozenset(WEEKDAYS.split("|"))
    | words("Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.")
)
# Words that open a sentence in capitals without naming anything.
_OPENERS = words(
    """
    The A An But And So Yet Or Then When While As If After Before In On At For By With From
    This That These Those It Its He She They We I You His Her Their Our My Your Many Some
    Most Several Every All No None One Two Three Each Other Another Today Yesterday Last Next
    Back Even Still Also However Meanwhile Instead Now Once Since During Despite Although
    Though Because Where What Who Why How There Here Such Both Either Neither Only Just
    Under Over Among Between Without Within Until Like Unlike Few More Less Much Not Nor
    Whether Asked Later Earlier Soon Again Indeed Perhaps Maybe Yes Well Thanks Thank Is
    Are Was Were Do Does Did Has Have Had Can Could Will Would Should May Might Must Let
    To Of Our Overall Nearly Almost About Around Roughly Half According
    Inside Outside Behind Across Against Toward Towards Into Onto Upon Through Along Amid
    Beneath Throughout Alongside
    """
)
# Capitals that name nothing a checker looks up: pronouns, and common abbreviations.
_NOT_NAMES = words(
    """
    I I’m I'm I’ve I've I’d I'd I’ll I'll OK Q A.M. P.M. AM PM TV AI LLM LLMs CEO CEOs CFO
    CTO COO GPU GPUs CPU API APIs PDF PC IT HR PR VR AR DNA RNA GDP IPO FAQ URL USB SMS
    PhD MBA AGI ID IQ RSVP NB PS GMT UTC CET CEST EST EDT PST PDT BST JST IST MP MPs MEP
    MEPs MSP MSPs
    """
)
_ACRONYM_PLACES = words("US U.S. UK U.K. USA U.S.A. UAE NSW NYC")
_SPEECH_AFTER = re.compile(
    r"[ ,]*(?:said|says|told|wrote|writes|added|adds|explained|argued|noted|recalled"
    r"|testified|tweeted|posted|asked|replied|insisted|warned|admitted|acknowledged)\b"
)
_PUBLISHED_IN = re.compile(r"\bpublished (?:[\w,]+ ){0,3}in \Z")
_PASS_FROM = re.compile(
    r"\b(?:cross|pass|corner|free kick|header|penalty|shot|assist|ball|strike|throw-in) from \Z"
)
_SPEECH_BEFORE5 = frozenset({"said ", "says ", "adds "})
_SPEECH_BEFORE6 = frozenset({"added ", "wrote ", "asked "})
# The first letters after ", " of an appositive: "a", "an", "the".
_ARTICLES2 = frozenset({"a ", "an", "th"})


def _spoken_before(text: str, s: int) -> bool:
    """ "…, said Halvorsen.": a speech verb just before the name."""
    return (
        text[s - 5 : s] in _SPEECH_BEFORE5
        or text[s - 6 : s] in _SPEECH_BEFORE6
        or text[s - 9 : s] == "recalled "
    )


_PLACE_BEFORE = re.compile(
    r"\b(?:[Ii]n|near|nearby|above|across|throughout|outside|from|based in|born in|between"
    # "swept through Maffra" (not "sold through Verizon"), "the hills above Eldoret", "a
    # native of Kėdainiai", "in nearby Holzminden", "in eastern Anatolia": where things are
    r"|(?:swept|ran|runs|passed|passes|went|tore|flows|flowed|winds|wound|marched|drove)"
    r" through|below|beyond|native of|in nearby|across the|along the"
    r"|in (?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|rural)"
    r"|(?:north|south|east|west|north-east|north-west|south-east|south-west) of"
    # "she moved to Tarnby", "flights to Korvala", "buses from Hullbridge": where people go
    r"|(?i:(?:moved|moves|moving|flew|travelled|traveled|returned|relocated|emigrated) to"
    r"|(?:flights?|trains?|bus|buses|ferry|ferries|route|routes|roads?|rail)"
    # "a bus service to Frodsham", "trains via Karlstad", "a reserve beside Helsby Marsh"
    r" (?:services? |links? )?(?:to|from|via)|via|beside)) \Z"
)
# The longest match of _PLACE_BEFORE and of _SITED_BEFORE ("ferries services from ",
# "representative for "): each is searched for in that much text before a name, re trying
# a match at every position of it.
_PLACE_BEFORE_REACH = 22
_SITED_BEFORE_REACH = 19
# "from Hullbridge to Marston": where a journey ends, after where it starts.
_FROM_TO = re.compile(rf"\bfrom [{_UPPER}][\w\-]*(?: [{_UPPER}][\w\-]*)? to \Z")
# Who represents a ward or a seat: "Coun. Matt Francis, who represents Ward 5".
_ELECTED = re.compile(
    r"\b(?:[Cc]ouncill?or|Coun\.|Cllr|MPs?|MSPs?|MLAs?|TDs?|[Ss]enator|[Aa]ssembly(?:man|woman|member)"
    r"|[Cc]ongress(?:man|woman)|[Aa]lderman|[Aa]lderwoman)\b"
)
# "between Carrow Bridge and Penhale Moor": the second of two places a route runs between.
_BETWEEN_AND = re.compile(rf"\bbetween [{_UPPER}][\w\-]*(?: [{_UPPER}][\w\-]*)? and \Z")


# "its plant at Mitchelstown", "a councillor for Llanrwst", "parts of Eryri": what is sited
# somewhere, and what an elected member is for.
_SITED_BEFORE = re.compile(
    r"\b(?:plant|factory|site|depot|works|mine|terminal|campus|port|station|hospital|mill"
    r"|warehouse|yard|headquarters|offices|branch|store|shop|farm|school) (?:at|in|near) \Z"
    r"|\b(?:councillor|MP|MSP|MS|AM|MLA|TD|senator|assemblyman|assemblywoman|congressman"
    r"|congresswoman|representative) for \Z"
    r"|\bparts of \Z"
)


def _placed_before(text: str, s: int) -> bool:
    """ "in Llanrwst", "near Trefriw", "north of Bodø", "between X and Y": where things are."""
    if text[s - 3 : s] == "in " and _word_before(text, s - 3) in _STAKE_WORDS:
        return False  # "shares in Halden Weir": a company
    if (
        text[s - 11 : s] in ("represents ", "epresented ")
        and _ELECTED.search(text, max(0, s - 120, text.rfind(". ", 0, s) + 1), s) is not None
    ):
        return True  # "a Sinn Féin councillor, who represents Botanic": a ward
    if text[s - 8 : s] == "between " and _word_before(text, s - 8) in _BETWEEN_SIDES:
        return False  # "talks between National, ACT and NZ First": sides, not places
    if text[s - 3 : s] == "at " and _at_a_place(text, s):
        return True
    if text[s - 3 : s] == "to " and _SENT_TO.search(text, max(0, s - 48), s) is not None:
        return True  # "would send an extra 60 officers to Tamworth": where they go
    return (
        _PLACE_BEFORE.search(text, max(0, s - _PLACE_BEFORE_REACH), s) is not None
        or _SITED_BEFORE.search(text, max(0, s - _SITED_BEFORE_REACH), s) is not None
        or (text[s - 4 : s] == "and " and _BETWEEN_AND.search(text, max(0, s - 60), s) is not None)
        or (text[s - 3 : s] == "to " and _FROM_TO.search(text, max(0, s - 60), s) is not None)
    )


_SENT_TO = re.compile(
    r"\b(?:send|sends|sent|sending|deploy|deploys|deployed|deploying|evacuated|diverted"
    r"|drove|driven|drive|walked|sailed|headed|heading|rushed|airlifted)"
    r"(?: (?:an? |the )?(?:extra |more |additional )?[\w,]+){0,3} to \Z"
)
_BETWEEN_SIDES = words(
    "talks negotiations deal deals agreement agreements contest race match game games battle"
    " fight rivalry coalition merger partnership dispute split gap clash"
)
# "sold at Christie's", "a job at Halcyra", "studied at Harrow": what is done at a firm or
# a school, not somewhere.
_AT_A_BODY = words(
    "sold auctioned listed traded bought studied study studies works worked working employed"
    " job jobs role roles post shares stake career internship placement trained intern"
)


def _at_a_place(text: str, s: int) -> bool:
    """ "311mm of rain at Licola", "peaked at 9.6 metres at Newry": "at" after a common word
    places a name, unless a role is held there ("a professor of chemistry at Caltech"), a
    firm's deal is done there, or the "at" is inside a title ("Dumplings at Midnight")."""
    word = _word_before(text, s - 3, lower=False)
    if not word[:1].islower() or word in _AT_A_BODY:
        return False
    head = text[max(0, s - 48) : s - 3].lower().replace(",", " ").split()
    return not any(w in _ROLE_SET or w.rstrip("s") in _ROLE_SET for w in head[1:])


# Words after which a name before ", said" ends an appositive, not a speaker's name ("a
# councillor for Llanrwst, said", "who represents Botanic, said").
_PREPOSITIONS = words(
    "for in at of from near to with between across outside on represents represented"
)

# ------------------------------------------------------------------------------- titles

_ROLES = ROLE_WORDS | MORE_ROLES
_ROLE_NOUNS = "|".join(
    sorted((re.escape(w) for w in _ROLES if w.isalpha() or "-" in w), key=len, reverse=True)
)
_ROLE_MODIFIERS = (
    r"(?:(?:former|acting|interim|deputy|senior|junior|vice|assistant|associate|executive"
    r"|chief|managing|founding|outgoing|incoming|longtime|then|lead|principal|general"
    r"|co|ex|first|top|district|state|federal|national|regional|police|fire|finance"
    r"|foreign|prime|health|education|attorney|defense|defence|research|product|policy"
    r"|board|council|city|county|legal|medical|technical|creative|operating|financial"
    r"|communications|marketing|sales|engineering|trade|sporting|artistic|technology"
    r"|information|science|press|corporate|digital|economic|political|military|editorial"
    r"|music|news|data|security|design|public|human|resources|investment"
    r"|strategy|commercial|academic|scientific|clinical|nursing|football|transport|interior"
    r"|justice|environment|environmental|energy|agriculture|industry|culture|tourism"
    r"|party|film|art|theatre|theater|museum|fashion|festival|opera|ballet|studio|campaign"
    r"|project|programme|program|retired|people)[\s-]+)"
)
# Common nouns for the body a role belongs to: "the company's chief executive", "agency
# spokesman".
_BODY_NOUNS = (
    r"(?:company|county|city|state|authority|agency|group|firm|team|club|board|party|bank"
    r"|university|country|nation|department|ministry|school|hospital|council|district"
    r"|government|organisation|organization|startup|league|union|campaign|committee|college"
    r"|museum|bureau|trust|institute|society|foundation|commission|association|charity"
    r"|fund|brokerage|regulator)"
)
_MODIFIER_SET = words(_ROLE_MODIFIERS[6:-8].replace("|", " "))
_BODY_SET = words(_BODY_NOUNS[3:-1].replace("|", " "))
_ROLE_VARIANTS = sorted(
    {w for w in _ROLES}
    | {w.capitalize() for w in _ROLES}
    | {w.upper() for w in _ROLES if len(w) <= 4}
)
# What a role is "of" in lower case is a field ("head of corporate communications"), never
# these: a determiner, a figure, or the verb that follows the title.
_NOT_A_FIELD = (
    r"(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|[a-z]+teen|twenty|thirty|forty|fifty|hundred|said|says"
    r"|told|who|which|was|were|is|are|has|have|had|will|would|and|but|since|until|from"
    r"|with|over|more|than|years?|months?|weeks?|days?|decades?|life|all|some"
    # the verb after a title: "the dean of law spoke", "the head of sales resigned"
    r"|spoke|added|agreed|warned|noted|argued|wrote|called|joined|left|died|resigned"
    r"|declined|confirmed|announced|insisted|admitted|replied)\b"
)
_NOT_A_FIELD_IN = r"(?:after|before|when|while|where|because|following|during|last|next)\b"
# A body's name after a title's "to" or "with": capitalised words joined by "of", "for", "&".
_BODY_NAMED = rf"{_TOKEN}(?:(?:[ \u00a0](?:of|for|&)[ \u00a0]|[ \u00a0]){_TOKEN})*"
_TITLE_TAIL = re.compile(
    rf"(?:[ -](?i:{_ROLE_NOUNS})(?![\w\-]))*"
    rf"(?:\s+and\s+(?i:{_ROLE_MODIFIERS}*)(?i:(?:{_ROLE_NOUNS}))(?![\w\-]))?"
    # "chairman of the plant's works council": a body's common noun, its own, then the body
    rf"(?:\s+of\s+the\s+[a-z]{{3,}}[’']s (?:(?!{_NOT_A_FIELD})[a-z]{{3,}} )?"
    r"(?:council|board|department|committee|trust|union|team|panel|unit|division|society"
    r"|association)(?![\w\-’'])"
    rf"|\s+(?:of|for|at)\s+(?:the\s+)?(?:"
    # "curator of Flemish baroque painting", "head of European sales": a people's adjective
    # in capitals, then the field in lower case
    rf"[{_UPPER}][a-z]+(?:an|ish|ese|ic|ch) (?!{_NOT_A_FIELD})[a-z]{{3,}}"
    rf"(?: (?!{_NOT_A_FIELD})[a-z]{{3,}})?(?![\w\-])|{_TOKEN}"
    r"(?:(?:[ \u00a0](?:of|for|&|de|des|du|et(?: des)?)[ \u00a0]"
    # "president of Unifor Local 195": a union's branch keeps its number
    rf"|[ \u00a0]){_TOKEN})*(?:(?<=Local)[ \u00a0]\d+\b)?|(?!{_NOT_A_FIELD})"
    rf"[a-z]{{3,}}(?: (?!{_NOT_A_FIELD})[a-z]{{3,}})?(?: and [a-z]{{3,}})?)"
    # "ambassador to Kenya", "permanent representative to the United Nations": where an
    # envoy is sent
    r"|(?:(?<=mbassador)|(?<=nvoy)|(?<=epresentative)|(?<=elegate)|(?<=ommissioner)"
    rf"|(?<=onsul))\s+to\s+(?:the\s+)?{_BODY_NAMED}"
    # "a research scientist with the Canadian Forest Service": a named body she works for
    rf"|\s+with\s+the\s+{_BODY_NAMED}"
    # "lecturer in Scandinavian studies", "professor in economics": a field, not a place
    rf"|\s+in\s+(?:[{_UPPER}][a-z]+(?:an|ish|ese|ic|al|ch) )?(?!{_NOT_A_FIELD}|{_NOT_A_FIELD_IN})"
    rf"[a-z]{{4,}}(?: (?!{_NOT_A_FIELD}|{_NOT_A_FIELD_IN})[a-z]{{4,}})?(?: and [a-z]{{4,}})?"
    r"(?![\w\-])){0,2}"
)
# Alone, these say little a checker can verify: "a member", "the prince", "employees".
_WEAK_ROLES = words(
    """
    member members prince princess king queen board lead partner partners employee employees chair
    assistant
    staffer officers executives directors founders cofounders co-founders leader owner
    speaker head general principal deputy officer chief spokesman spokeswoman spokesperson
    candidate
    """
)
_ROLE_SET = frozenset(_ROLES)
# Words that lead a title in capitals ("State Senator", "Former President"), dropped from
# the name that follows.
_TITLE_LEADS = words(
    """
    state former acting interim deputy vice chief prime senior executive assistant detective
    associate general attorney foreign finance defense defence health district city
    county federal national
    """
)

_QUOTE_KINDS_OVER = frozenset(FACT_KINDS) - {"quote"}


_ROLE_BIT, _DATE_BIT, _FIGURE_BIT = 1, 2, 4
_FIGURE_WORDS = words(
    """
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety dozens hundreds thousands tens millions billions
    """
)
_ALONE_WORDS = words(
    """
    twice thrice once one second third fourth fifth sixth seventh eighth ninth tenth
    twofold threefold fourfold fivefold sixfold sevenfold eightfold ninefold tenfold
    """
)
_SECOND_FIGURE_WORDS = words(
    """
    hundred thousand dozen million billion half third quarter fifth sixth tenth thirds
    quarters fifths tenths
    """
)
_ARTICLE_UNITS = words("hour day week month year decade century")
# The last word of a hedge (or "for", "over") before "a year": only then is it a length.
_BEFORE_A_LENGTH = words(
    """
    than nearly Nearly almost Almost about About around Around roughly Roughly approximately
    over Over under Under least most to some only exactly of for just close well estimated
    """
)
_AGE_DECADES = words("twenties thirties forties fifties sixties seventies eighties nineties")
_ANCHOR_WORDS: dict[str, int] = {}
for _word in _ROLE_VARIANTS:
    _ANCHOR_WORDS[_word] = _ANCHOR_WORDS.get(_word, 0) | _ROLE_BIT
for _word in _DATE_WORDS:
    _ANCHOR_WORDS[_word] = _ANCHOR_WORDS.get(_word, 0) | _DATE_BIT
for _word in _FIGURE_WORDS | _SECOND_FIGURE_WORDS | _ALONE_WORDS | _AGE_DECADES:
    for _variant in (_word, _word.capitalize()):
        _ANCHOR_WORDS[_variant] = _ANCHOR_WORDS.get(_variant, 0) | _FIGURE_BIT
# Every word a title, a date or a figure can be found from, after the character before it:
# one pass finds them all, and re skips ahead to the few characters that can start one.
_ANCHOR_ALTERNATIVES = any_of(sorted(_ANCHOR_WORDS, key=len, reverse=True))
_WORD_ANCHOR = re.compile(rf"[\s“\"‘(\[—–/\-](?:{_ANCHOR_ALTERNATIVES})(?![\w])")
_WORD_ANCHOR_AT = re.compile(rf"(?:{_ANCHOR_ALTERNATIVES})(?![\w])")
# Where a figure or a date can start: a currency sign or a digit that no digit precedes.
# One class reads the character before a look-behind says which kind it is, so that re
# skips ahead to those characters (an alternation of classes gives it nothing to skip to).
_DIGIT_ANCHOR = re.compile(
    rf"[{_CURRENCY}\d’'](?:(?<=[{_CURRENCY}\d])(?<![\d.,].)|(?<=[’'])(?=\d0s))"
)


def _anchors(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Role words (spans), date starts and figure starts, in text order."""
    roles: list[tuple[int, int]] = []
    dates: list[int] = []
    figures: list[int] = []
    found: list[tuple[int, int]] = []
    first = _WORD_ANCHOR_AT.match(text, lo, hi)
    if first is not None and (lo == 0 or not text[lo - 1].isalnum()):
        found.append(first.span())
    found += [(m.start() + 1, m.end()) for m in _WORD_ANCHOR.finditer(text, lo, hi)]
    for s, e in found:
        bits = _ANCHOR_WORDS[text[s:e]]
        if bits & _ROLE_BIT:
            roles.append((s, e))
        if bits & _DATE_BIT:
            dates.append(s)
            if text[s - 2 : s] in ("a ", "n ") and text[s:e] in _ARTICLE_UNITS:
                article = s - 2 if text[s - 3 : s - 2] in (" ", "A") else s - 3
                before = text[max(lo, article - 15) : article - 1].rsplit(" ", 1)[-1]
                if before in _BEFORE_A_LENGTH or text.startswith(" and a half", e):
                    figures.append(article)  # "at least a year": found from its unit
        if bits & _FIGURE_BIT:
            if text[s:e].lower() in _SECOND_FIGURE_WORDS:
                article = _ARTICLE_BEFORE.search(text, max(lo, s - 13), s)
                figures.append(article.start() if article else s)
            else:
                figures.append(s)
    digits = [m.start() for m in _DIGIT_ANCHOR.finditer(text, lo, hi)]
    dates = _merged(dates, digits)
    figures = _merged(figures, [p for p in digits if text[p] not in "’'"])
    return roles, dates, figures


def _merged(a: list[int], b: list[int]) -> list[int]:
    return sorted(set(a).union(b))


def find_facts(
    text: str,
    claims: Sequence[tuple[int, int]],
    quote_spans: Iterable[tuple[int, int]] = (),
) -> list[list[Fact]]:
    """The facts of each claim span (start, end) of `text`, in text order.

    `claims` are sorted and disjoint (the extractor's sentences); `quote_spans` are the
    quotation spans, marks included, that the extractor found.
    """
    starts = [s for s, _ in claims]
    out: list[list[Fact]] = [[] for _ in claims]
    if not claims:
        return out
    lo, hi = claims[0][0], claims[-1][1]
    quotes = _quote_facts(text, claims, starts, quote_spans)
    quoted = sorted((f.start, f.end) for f in quotes)
    found: list[Fact] = list(quotes)
    roles, date_starts, figure_starts = _anchors(text, lo, hi)
    sporty = _is_sporty(text, lo, hi)
    found += _names(text, lo, hi, sporty=sporty)
    found += _titles(text, lo, hi, roles)
    found += _governments(text, lo, hi)
    if sporty:
        found += _capped(text, lo, hi)
    found += _dates(text, lo, hi, date_starts, sporty=sporty)
    found += _numbers(text, lo, hi, figure_starts)
    found += _ranks(text, lo, hi, date_starts, sporty=sporty)
    for fact in _resolve(found, quoted):
        i = bisect.bisect_right(starts, fact.start) - 1
        if i >= 0 and fact.end <= claims[i][1]:
            out[i].append(fact)
    for i, (start, end) in enumerate(claims):
        if is_unspaced(text[start:end]):
            # Chinese or Japanese: the patterns above read words and capitals it lacks.
            items = unspaced_items(text, start, end)
            out[i] = [Fact(s, e, kind, text[s:e]) for s, e, kind in items]
    return out


def facts_in(text: str, start: int = 0, end: int | None = None) -> list[Fact]:
    """The facts of one span of `text` (a claim with no article, a pasted sentence)."""
    end = len(text) if end is None else end
    spans = _plain_quotes(text, start, end)
    return find_facts(text, [(start, end)], spans)[0]


def _plain_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return quoted_spans(text, start, end, within_line=True)


def quoted_spans(
    text: str, start: int = 0, end: int | None = None, *, within_line: bool = False
) -> list[tuple[int, int]]:
    """Spans (marks included) of “curly” and "straight" quotations, as the regex
    ``“[^”]*”|"[^"]*"`` finds them, but in one pass: an opening mark with no closing one
    after it is given up at once rather than read to the end of the text again from every
    later opening mark.  `within_line`: a straight quotation does not cross a line break."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    curly = straight = True
    while pos < end:
        i = text.find("“", pos, end) if curly else -1
        k = text.find('"', pos, end) if straight else -1
        if i < 0 and k < 0:
            break
        if k < 0 or 0 <= i < k:
            close = text.find("”", i + 1, end)
            if close < 0:
                curly = False  # no later “ can close either
                pos = i + 1
                continue
            spans.append((i, close + 1))
            pos = close + 1
        else:
            close = text.find('"', k + 1, end)
            if within_line:
                line_end = text.find("\n", k + 1, end)
                if 0 <= line_end < close or (close < 0 and line_end >= 0):
                    pos = k + 1  # this one does not close on its line; a later one may
                    continue
            if close < 0:
                straight = False
                pos = k + 1
                continue
            spans.append((k, close + 1))
            pos = close + 1
    return spans


def _quote_facts(
    text: str,
    claims: Sequence[tuple[int, int]],
    starts: list[int],
    quote_spans: Iterable[tuple[int, int]],
) -> list[Fact]:
    """The words inside each quotation, cut at the claims' bounds (a quotation may run over
    several sentences: each claim gets its part)."""
    facts: list[Fact] = []
    for q_start, q_end in quote_spans:
        inner_start = q_start + 1 if text[q_start : q_start + 1] in "“\"‘'" else q_start
        inner_end = q_end - 1 if text[q_end - 1 : q_end] in "”\"’'" else q_end
        i = max(bisect.bisect_right(starts, inner_start) - 1, 0)
        while i < len(claims) and claims[i][0] < inner_end:
            c_start, c_end = claims[i]
            s, e = max(inner_start, c_start), min(inner_end, c_end)
            s, e = _trim(text, s, e, " \t\n\u00a0“”\"‘’',")
            if e > s and any(ch.isalnum() for ch in text[s:e]):
                facts.append(Fact(s, e, "quote", text[s:e]))
            i += 1
    return facts


def _trim(text: str, s: int, e: int, chars: str) -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


def _matches_at(
    pattern: re.Pattern[str], text: str, starts: list[int], hi: int
) -> Iterator[tuple[int, re.Match[str]]]:
    """The pattern's matches at those of `starts` (sorted) that no earlier match covers."""
    covered = -1
    for p in starts:
        if p < covered:
            continue
        m = pattern.match(text, p, hi)
        if m is not None:
            covered = m.end()
            yield p, m


def _numbers(text: str, lo: int, hi: int, starts: list[int]) -> list[Fact]:
    """Figures found from where they can start (a digit, a currency sign, a number word),
    with the hedge before them and the counted thing after."""
    facts: list[Fact] = []
    for p, m in _matches_at(_FIGURE_RE, text, starts, hi):
        e = m.end()
        figure = m.group(0)
        hedge = _hedge_before(text, lo, p)
        s = hedge.start() if hedge else p
        if figure.endswith("ties"):
            age = _AGE_LEFT.search(text, max(lo, p - 16), p)
            if age is None:
                continue  # "the sixties" is a decade, "her sixties" an age
            s = age.start(1)
        if figure in ("one", "One"):
            one_end = _one_counted(text, lo, p, hi, hedged=hedge is not None)
            if one_end is not None:
                facts.append(Fact(s, one_end, "number", text[s:one_end]))
            continue
        if figure[:1] in _CURRENCY and p > lo and text[p - 1].isupper():
            letters = 2 if text[max(lo, p - 2) : p] in ("US", "HK", "NZ") else 1
            if hedge is None:
                hedge = _HEDGE_LEFT.search(text, max(lo, p - letters - 26), p - letters)
            s = min(hedge.start() if hedge else p, p - letters)
        elif (
            figure[:1].isdigit()
            and p - 4 >= lo
            and text[p - 1] in " \u00a0"
            and text[p - 4 : p - 1] in CURRENCY_CODES
            and not text[p - 5 : p - 4].isalnum()
        ):
            if hedge is None:
                hedge = _HEDGE_LEFT.search(text, max(lo, p - 30), p - 4)
            s = hedge.start() if hedge else p - 4  # "NOK 14.6bn", "about CHF 2m"
        spelled = not figure[:1].isdigit() and figure[:1] not in _CURRENCY + "+-−"
        # A range is one figure: "€25 to €55", "five to ten times", "between 60,000 and
        # 80,000 units" (not "from 400 to 200", a change, nor "6% to ¥1.4 trillion").
        between = _BETWEEN.search(text, max(lo, s - 8), s)
        half = _AND_HALF.match(text, e, hi)
        if half is not None:
            e = half.end()  # "seven and a half years"
            figure = text[p:e]
        elif (
            figure[:2] in ("a ", "A ", "an", "An")
            and figure.endswith(_UNIT_ENDS)
            and not hedge
            and text[max(lo, p - 4) : p] not in ("for ", "ver ")
        ):
            continue  # "once a year", "£5 a month": a rate; "for a decade" is a length
        if figure.endswith(_FRACTION_ENDS) and _FRACTION_RE.fullmatch(figure):
            whole = _OF_A_UNIT.match(text, e, hi)
            if whole is not None:
                e = whole.end()  # "nearly a quarter of an hour": a length of time
                figure = text[p:e]
        join = _RANGE_JOIN.match(text, e, hi)
        if (
            join is not None
            and (join.group(1) == "and") == (between is not None)
            and not (_FROM.search(text, max(lo, s - 12), s))
        ):
            second = _FIGURE_RE.match(text, join.end(), hi)
            if second is not None and _same_sort(figure, second.group(0)):
                e = second.end()
                figure = text[p:e]
                if between is not None:
                    s = between.start()
        # "38 of the 120 seats", "19 of his 26 matches": a share of a count is one figure.
        # Spelled, only of a set named before ("five of the 17 sites"): "three of his 24
        # matches" holds his own tally, a figure of its own.
        part = (
            _PART_OF.match(text, e, hi)
            if figure.isdigit()
            or (figure.lower() in _SMALL_SPELLED and text[e : e + 8] in _OF_A_SET)
            else None
        )
        shared = _share_of_the_set(text, e, hi, figure) if s == p and spelled else None
        if shared is not None and (part is None or _FIGURE_RE.match(text, part.end(), hi) is None):
            e = shared  # "Nine of the patients": a share of a set the sentence names
            figure = text[p:e]
            part = None
        if part is not None:
            whole = _FIGURE_RE.match(text, part.end(), hi)
            if whole is not None and (
                whole.group(0).isdigit()
                # "six of the seven Māori electorates": spelled, of a set spelled too
                or (spelled and whole.group(0).lower() in _SMALL_SPELLED)
            ):
                e = whole.end()
                figure = text[p:e]
        # The counted thing: "30 people", "46 police officers", "3,000 new jobs".
        unit_end = e
        taken = 0
        pos = e
        if (
            shared is None
            and not _MEASURED.search(figure)
            and not _TALLY.fullmatch(figure)
            and not _ALONE_RE.fullmatch(figure)
            and not (
                (figure[-2:] in _NOTHING_ENDS or figure[:2] in _NOTHING_STARTS)
                and _COUNTS_NOTHING.search(figure)
            )
        ):
            # One word ("30 people", "a two-year"), or up to three that end in the counted
            # thing: "bus routes", "three other people", "four new Irish plays".
            while taken < 3:
                u = _UNIT_WORD.match(text, pos, hi)
                if u is None and (taken or text[pos + 1 : pos + 2].isupper()):
                    if not taken and (acronyms := _ACRONYM_COUNTED.match(text, pos, hi)):
                        unit_end = acronyms.end()  # "46 MPs", "two SUVs"
                        break
                    if not taken and (events := _EVENTS_COUNTED.match(text, pos, hi)):
                        unit_end = events.end()  # "five Olympic Games": named events counted
                        break
                    # "11 European countries": a capitalised word on the way to the noun
                    u = _ADJECTIVE_WORD.match(text, pos, hi)
                    if u is not None and not taken and not _COUNTED_NEXT.match(text, u.end()):
                        u = None
                if (
                    u is not None
                    and not taken
                    and pos == e
                    and u.group(1) in ("more", "fewer")
                    and (ahead := _UNIT_WORD.match(text, u.end(), hi)) is not None
                    and ahead.group(1) not in _NOT_UNITS
                ):
                    pos = u.end()  # "1,000 more wildland firefighters": not "20 more than"
                    continue
                if u is None or u.group(1) in _NOT_UNITS:
                    both = _AND_COUNTED.match(text, pos, hi) if taken == 1 else None
                    if (
                        both is not None
                        and _is_counted(both.group(1))
                        and not _counts_again(text, pos + 5)
                    ):
                        unit_end = both.end()  # "1,143 silver and bronze coins"
                    break
                word = u.group(1)
                if not taken and (
                    (word.endswith("ed") and not word.endswith("eed"))
                    or word in _PAST_VERBS
                    or (word in _FIGURE_WORDS and figure[-1:].isdigit())
                ):
                    # "Tens of thousands marched", "five fell and three rose": a verb, not
                    # what is counted; "down from 25,060 two years earlier": the next figure
                    break
                counted = word[0].islower() and (
                    word in _PERSON_PLURALS
                    or (word.endswith("s") and not word.endswith(("ss", "us", "is")))
                )
                if taken and not counted:
                    after = _UNIT_WORD.match(text, u.end(), hi) or _ADJECTIVE_WORD.match(
                        text, u.end(), hi
                    )
                    if taken == 2 or after is None or not _is_counted(after.group(1)):
                        break  # a later word only on the way to the counted thing
                pos = u.end()
                taken += 1
                if counted or taken == 1:
                    unit_end = pos
                if taken == 1 and text[e : e + 1] == "-" and not word.startswith("and-"):
                    break  # "a 1,500-seat centre", "a six-week run": the figure's own noun
                if counted:
                    break
            degrees = _DEGREES.match(text, unit_end, hi)
            if degrees and text[e:unit_end].strip() == "degrees":
                unit_end = degrees.end()
            by = _BY_LENGTH.match(text, unit_end, hi) if taken == 1 else None
            if by is not None and by.group(1) == text[e:unit_end].strip():
                unit_end = by.end()  # "5.2 metres by 4.8 metres": one dimension
        elif figure[:4] in ("one ", "One ") and figure[4:7] == "in ":
            counted = _COUNTED_NEXT.match(text, e, hi)
            if counted is not None:
                unit_end = counted.end()  # "one in six households"
        if unit_end == e and text[e : e + 4] == " by ":
            by = _BY_LENGTH.match(text, e, hi)
            if by is not None:
                unit_end = by.end()  # "48.5 by 63 centimetres": the unit given once
        if (
            hedge is not None
            and hedge.group(0)[:4] in ("over", "Over")
            and (_TIME_UNIT_END.search(text, s, unit_end))
        ):
            s = p  # "£11.2 million over three years": the period, not "more than"
        lowered = figure.lower()
        if (
            spelled
            and shared is None
            and unit_end == e
            and s == p
            and not (
                lowered.startswith("half")
                or _FRACTION_RE.fullmatch(figure)
                or lowered.endswith(("percent", "per cent", " hundred", " thousand", " thousands"))
                or lowered.endswith(("percentage point", "percentage points"))
                or _ALONE_RE.fullmatch(figure)
                # "at the age of eight", "Truro's seven", "four of them": a count that
                # points at what it counts
                or (
                    (figure[-2:] in _NOTHING_ENDS or figure[:2] in _NOTHING_STARTS)
                    and _COUNTS_NOTHING.search(figure)
                )
                or (
                    text[p - 2 : p] in _COUNT_BEFORE_ENDS
                    and _COUNT_BEFORE.search(text, max(lo, p - 12), p)
                )
                or (text[e : e + 4] == " of " and _COUNT_AFTER.match(text, e))
                # a count that points back at what it counts: "the Rijksmuseum owns two;",
                # "translate the other two.", "17 goals, two behind Doherty"
                or _points_back(text, lo, p, e)
                # "Labour has 39, NZ First seven and the Greens six": a tally, its verb gapped
                or (
                    text[p - 2 : p - 1].isalpha()
                    and text[text.rfind(" ", lo, p - 1) + 1].isupper()
                    and _gapped_tally(text, lo, p - 1, e, spelled=True)
                )
            )
        ):
            continue  # "two" alone is not a figure a checker looks up; "two plants" is
        if (
            s == p
            and figure.isdigit()
            and _IDENTIFIER.match(text, e)
            and _word_before(text, p) in ("number", "no.", "no")
        ):
            continue  # "the number 8 shirt", "the No 12 bus": a name by number, no count
        if s == p and figure == "two" and _the_pair(text, lo, p, e, unit_end):
            continue  # "talks between the two sides": both of a pair named before
        if s == p and text[max(lo, s - 4) : s] in ("No. ", "no. ") and figure.isdigit():
            s -= 4  # "No. 1" on a chart: a rank
        elif (
            _after_name(text, s)
            and not _COUNT_NOUN_AFTER.match(text, e)
            and not _gapped_tally(text, lo, text.rfind(" ", lo, s - 1) + 1, e)
        ):
            continue  # "Dota 2", "Sonnet 3.5": part of a name (not "the Premiership 13 times")
        facts.append(Fact(s, unit_end, "number", text[s:unit_end]))
    return _durations(text, facts)


# "the third novel by her", "the first to appear in English", "the second to be named":
# a rank in a series, what is ranked (one word at most) and then "by" or "to".
_RANK_RE = re.compile(
    r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"(?:(?: [A-Z][\w\-]*| [^\W\d_a-z][\w\-]*)?(?: (?!half\b|quarter\b|time\b|round\b)[a-z]+)?"
    r" (?:by|to) (?=[^\W\d])"
    # "the third annual rise", "the second straight month": a place in a run of them
    r"| (?:consecutive|straight|successive|annual)\b"
    # "the fourth of nine children": a place in a counted set
    r"| of (?=\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))"
)


def _ranks(text: str, lo: int, hi: int, starts: list[int], *, sporty: bool = False) -> list[Fact]:
    """Ordinals that rank something, found from the date anchors (the ordinals are among
    them): only after "the", so "its first household robot" and "her second" stay out; and
    in a match report a club's place in the table ("Norwich stay ninth", "lifts them to
    fourth in the league")."""
    facts: list[Fact] = []
    for p in starts:
        if p - 4 < lo:
            continue
        if text[p - 4 : p] in ("the ", "The "):
            m = _RANK_RE.match(text, p, hi)
            if m is not None:
                facts.append(Fact(p, m.end(1), "number", m.group(1)))
        elif (sporty and _word_before(text, p) in _PLACED_VERBS) or _word_before(
            text, p
        ) in _FINISHED_VERBS:
            m = _PLACE_IN_TABLE.match(text, p, hi)
            if m is not None:
                facts.append(Fact(p, m.end(1), "number", m.group(1)))
    return facts


_PLACED_VERBS = words(
    "stay stays remain remains sit sits lie lies to finished finish climb climbed"
)
# "finished fifth in the Segunda División", "came second": a place, in any kind of text.
_FINISHED_VERBS = words("finished finishes came placed ranked")
_PLACE_IN_TABLE = re.compile(
    r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
    r"(?=[,.;]| (?:in|place|on|after|with|and)\b)"
)


def _durations(text: str, facts: list[Fact]) -> list[Fact]:
    """ "six years and four months", "two hours and 40 minutes": one length of time."""
    out: list[Fact] = []
    for f in facts:
        last = out[-1] if out else None
        if (
            last is not None
            and text[last.end : f.start] == " and "
            and _TIME_UNIT_END.search(last.text)
            and _TIME_UNIT_END.search(f.text)
        ):
            out[-1] = Fact(last.start, f.end, "number", text[last.start : f.end])
        else:
            out.append(f)
    return out


_TIME_UNIT_END = re.compile(r"\s(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\Z")


_FIGURE_RE = re.compile(_FIGURE)
_RANGE_JOIN = re.compile(r"(?:\s(to|and)\s|\s?[–—]\s?)(?![Aa]n?\s)")
_BETWEEN = re.compile(r"(?<![\w])[Bb]etween\s\Z")
# "from 400 to 200" is a change, and so is "by 1.6 points to 44.9%"; "up from $10.1 billion
# to $10.3 billion" is the range it was before.
_FROM = re.compile(
    r"(?<![\w])(?<!up )(?<!down )(?<!range )(?<!ranges )(?<!ranged )(?<!ranging )(?:from|by)\s\Z"
)
_PART_OF = re.compile(
    r" of (?:the|its|his|her|their|our) (?=\d|(?:two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)\b)"
)
# A spelled share is of a set the sentence names ("five of the 17 sites") or of a body's own
# ("four of its 14 beds"); "three of his 24 matches" holds a person's tally, a figure of its own.
_OF_A_SET = frozenset({" of the ", " of its "})
_SPELLED_COUNT = re.compile(
    "(?:" + "|".join(w for w in _SPELLED.split("|") if " " not in w) + ")"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
)
_SHARE_NOUN = re.compile(r" of the ([a-z][a-z\-]*(?: [a-z]+)?)\b")


def _share_of_the_set(text: str, e: int, hi: int, figure: str) -> int | None:
    """Where "Nine of the patients", "Eighty of the homes" end: a spelled count of a set
    told by its plural noun (at most one word before it) is one figure with it, as "38 of
    the 120 seats" is; "one of the", "two of the Championship" count nothing so told."""
    if text[e : e + 8] != " of the " or _SPELLED_COUNT.fullmatch(figure.lower()) is None:
        return None
    m = _SHARE_NOUN.match(text, e, hi)
    if m is None:
        return None
    first, _, second = m.group(1).partition(" ")
    if _is_counted(first):
        return e + 8 + len(first)  # "Nine of the patients were children"
    if not second or not _is_counted(second) or first in _FIGURE_WORDS:
        return None  # "two of the three seats": the whole is a figure, read by _PART_OF
    return m.end()


# What a number names rather than counts: a player's shirt, a bus route, a platform.
_IDENTIFIER = re.compile(r" (?:shirt|jersey|bus|route|platform|gate|berth)\b")


def _counts_again(text: str, s: int) -> bool:
    """ "four marae and two churches": the word after "and" is a figure of its own."""
    word = text[s : s + 14].split(" ", 1)[0]
    return word in _FIGURE_WORDS or word in ("one", "a", "an")


_TIME_UNIT_WORDS = words(
    "seconds minutes hours days nights weeks weekends months quarters seasons years decades"
)


def _the_pair(text: str, lo: int, p: int, e: int, unit_end: int) -> bool:
    """ "the two sides", "the two men", "the two Prairie provinces": both of a pair the text
    has named, read back, not a count to look up; "the two days after" is a length."""
    if text[max(lo, p - 4) : p] not in ("the ", "The ") or unit_end == e:
        return False
    counted = text[e:unit_end].rsplit(" ", 1)[-1]
    return counted not in _TIME_UNIT_WORDS


# "one star", "One child", "one infected person", "one wood-fired hearth": a count of one
# thing, told by its noun (an adjective in "-ed" or with a hyphen may come before it).
_ONE_COUNTED = re.compile(r" ((?:[a-z]+-[a-z]+|[a-z]+ed) )?([a-z]+)\b(?![’'\-])")
# What "one" before it makes no count: "the one thing", "at one point", "no one", "which one".
_ONE_NOT_COUNTED_AFTER = words("the at no any every which this that each a another per")
# Nouns "one" is said of without counting ("one day", "one way", "one reason") and words that
# are no noun ("one more", "one said", "one could").
_ONE_NOT_COUNTED = words(
    """
    day days night morning evening afternoon week month year time times moment stage way
    thing things reason side hand kind sort part example question problem idea option another
    more less such other or and but said says could would can will may might must should
    is was has had does did who which that too of in to for on by with from as at after
    before since over than up
    """
)

# Adjectives between "one" and its noun that end in neither "-ed" nor a hyphened word.
_ONE_ADJECTIVES = words(
    """
    former other new old last first final single major key main senior junior young big
    small large little great good bad local national extra further
    """
)


def _one_counted(text: str, lo: int, p: int, hi: int, *, hedged: bool) -> int | None:
    """Where "one" and the thing it counts end, or None when it counts nothing told.

    "at least one more plant" keeps its hedge and leaves "more" out; "one member of staff"
    and "one of the" are no count of a thing the checker can look up."""
    if text[p] == "O" or _word_before(text, p) in _ONE_NOT_COUNTED_AFTER:
        return None  # "One window connects to …": a feature's "one of them", not a count
    e = p + 3
    m = _ONE_COUNTED.match(text, e, hi)
    if m is None:
        if hedged and text[e : e + 5] == " more":
            return e
        return None
    noun, end = m.group(2), m.end()
    if m.group(1) is None and noun in _ONE_NOT_COUNTED:
        return e if hedged and noun == "more" else None
    if m.group(1) is None and noun in _ONE_ADJECTIVES:
        after = _ONE_COUNTED.match(text, end, hi)
        if after is None or after.group(1) is not None:
            return None
        noun, end = after.group(2), after.end()  # "one former member": the noun after
    if noun in _ONE_NOT_COUNTED or (not hedged and text[end : end + 4] == " of "):
        return None
    return end


_AND_HALF = re.compile(r" and a half\b")
_SMALL_SPELLED = words("two three four five six seven eight nine ten eleven twelve")
_LENGTH_UNITS = (
    "metres meters feet inches centimetres centimeters millimetres millimeters miles"
    " kilometres kilometers yards metre meter foot cm mm m km ft"
)
# "by 4.8 metres": the second side of a dimension, in the same unit as the first; and
# "silver and bronze coins": two words joined by "and", then what is counted.
_BY_LENGTH = re.compile(
    rf" by (?:about |around |roughly |some )?\d[\d,.]*(?:\s|-)({_LENGTH_UNITS.replace(' ', '|')})\b"
)
_AND_COUNTED = re.compile(r" and [a-z][a-z\-]*(?: [a-z][a-z\-]*)? ([a-z]+s)\b")
_ALONE_RE = re.compile(_ALONE)


# The cheap half of _COUNTS_NOTHING: how its figures end or start.
# Verbs in the past that are no counted noun after a figure (not "set", "shot", "read":
# "two set pieces", "three shot glasses").
_PAST_VERBS = IRREGULAR_PAST - words("set shot lay read hurt let put quit hid lent met")
_NOTHING_ENDS = frozenset({"es", "st", "nd", "rd", "th"})
_NOTHING_STARTS = frozenset({"a ", "A ", "an", "An"})
_COUNTS_NOTHING = re.compile(
    r"ties\Z|\d(?:st|nd|rd|th)\Z|\A[Aa]n? (?:hour|day|week|month|year|decade|century)\Z"
)
_COUNTED_NEXT = re.compile(r"\s+[a-z]+[a-rt-z]s\b")
_ACRONYM_COUNTED = re.compile(r"[ \u00a0][A-Z]{2,4}s\b")
_EVENTS_COUNTED = re.compile(
    rf"(?:[ \u00a0][{_UPPER}][\w\-]+){{0,2}}[ \u00a0](?:Games|Olympics|Championships|Cups|Awards)\b"
)
_COUNT_BEFORE_ENDS = frozenset({"f ", "d ", "s "})  # the last letters _COUNT_BEFORE ends with
_COUNT_BEFORE = re.compile(r"(?:\bage of|\baged|\w[’']s) \Z")
_COUNT_AFTER = re.compile(r" of (?:them|whom|which|those|these|us)\b")
_POINTING_VERBS = words(
    "owns own has have had holds hold held won scored sold bought lost made took added signed"
    " includes include included kept keeps"
)
_BEHIND_AFTER = re.compile(r" (?:behind|ahead|short|clear)\b")


def _points_back(text: str, lo: int, p: int, e: int) -> bool:
    after = text[e : e + 1]
    if after in (";", ".", ",") and _word_before(text, p) in _POINTING_VERBS:
        return True
    if after in (";", ".", ",", ")") and text[max(lo, p - 10) : p] in (" the other ", "the other "):
        return True
    if text[e - 1 : e] != "s" and _BEHIND_AFTER.match(text, e) is not None:
        return True
    # "Of the 17 categories it tracks, nine were stable, five fell and three rose": the
    # shares of a set the sentence opened with
    if text[p - 2 : p] == ", " or text[p - 5 : p] == " and ":
        opening = _SET_OPENED.search(text, max(lo, p - 120), p)
        return opening is not None and _SENTENCE_END.search(text, opening.end(), p) is None
    return False


_SET_OPENED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))Of (?:the|its|their|his|her) (?:\d[\d,]*|[a-z]+) "
)
_SENTENCE_END = re.compile(r"[.!?;]\s")


_FRACTION_ENDS = ("half", "third", "quarter", "fifth", "sixth", "tenth", "thirds", "quarters")
_FRACTION_ENDS += ("fifths", "tenths")
_UNIT_ENDS = tuple(f" {w}" for w in sorted(_ARTICLE_UNITS))
_AGE_LEFT = re.compile(r"(?:his|her|their) ((?:early |mid-|late )?)\Z")
_OF_A_UNIT = re.compile(r" of an? (?:hour|day|week|month|year|decade|century|mile)\b")


def _same_sort(a: str, b: str) -> bool:
    """Two ends of one range: both in one currency, or both plain (digits or words)."""
    sign_a = a[:1] if a[:1] in _CURRENCY else ""
    sign_b = b[:1] if b[:1] in _CURRENCY else ""
    if sign_a != sign_b:
        return False
    percent_a, percent_b = _MEASURED.search(a) is not None, _MEASURED.search(b) is not None
    return not percent_a or percent_b


# A capitalised word between a figure and what it counts: "four new Irish plays".
# "11 European countries", "14 First Nations communities", "seven Māori electorates":
# capitalised words on the way to the counted noun.
_ADJECTIVE_WORD = re.compile(rf"\s+([{_UPPER}][^\W\d_]+(?: [{_UPPER}][^\W\d_]+)?)(?=\s+[a-z])")
_DEGREES = re.compile(r" (?:Celsius|Fahrenheit|C|F)\b")


def _is_counted(word: str) -> bool:
    return word in _PERSON_PLURALS or (
        word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _NOT_UNITS
    )


_FRACTION_RE = re.compile(_FRACTION)
_HEDGE_LEFT = re.compile(rf"(?<![\w]){_HEDGE}\Z")
# The last word of each hedge, lower-cased: "than" of "more than", "of" of "upwards of".
_HEDGE_ENDS = words(
    "than nearly almost about around roughly approximately over under least most to as"
    " estimated of above below exactly only some extra additional"
)


def _hedge_before(text: str, lo: int, p: int) -> re.Match[str] | None:
    """`_HEDGE_LEFT.search(text, max(lo, p - 26), p)`: the hedge ending just before a figure.

    re tries the hedges at each of those 26 places; most figures have none before them,
    which the word before the figure shows first: a hedge ends in white space, after one
    of _HEDGE_ENDS (the letters closing the last run of non-space characters there).
    """
    start = max(lo, p - 26)
    if not text[p - 1 : p].isspace():
        return None
    before = text[start:p].split()
    if not before:
        return None
    last = before[-1]
    if last[len(last.rstrip(ascii_letters)) :].lower() not in _HEDGE_ENDS:
        return None
    return _HEDGE_LEFT.search(text, start, p)


# The second word of "a fifth", "a hundred", "one-third": found from it, started at the first.
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w])(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Aa] few|[Tt]ens of"
    r"|[Hh]undreds of)[- ]\Z"
)


_TALLY = re.compile(r"\d+-\d+")


# A tally after a verb that holds: "has 46 MPs", "won 39" (what a gapped list repeats).
_HELD_BEFORE = re.compile(
    r"\b(?:has|have|had|won|wins|holds|hold|held|took|takes|got|gets)\s[\d$€£]"
    r"[^.;:!?\n]{0,60}\Z"
)
_LIST_GOES_ON = re.compile(r"[,;.]| and\b")


# Words of a field, never a family name: "Development", "Preparedness", "Affairs".
_FIELD_ENDING = re.compile(r"(?:ment|tion|ness|ity|ies|ics|ure|ance|ence|ing|ism|airs)\Z")


def _named_after_field(text: str, s: int, e: int) -> int | None:
    """Where the speaker's name starts in "Minister of Rural Affairs Dana
    Whitlock said": three or more capitalised words after a role's "of", then a speech
    verb, end in the speaker's given and family names (the last two words, when the last
    is no field's word such as "Development")."""
    tokens = text[s:e].split(" ")
    if len(tokens) < 3 or not _SPEECH_AFTER.match(text, e):
        return None
    if text[s - 4 : s] != " of " or _word_before(text, s - 3) not in _ROLE_SET:
        return None
    if not all(t[:1].isupper() for t in tokens) or not all(
        _NAME_WORD.fullmatch(t) for t in tokens[-2:]
    ):
        return None  # "chairman of the Kerio Pacers, said": a club, no speaker
    last = tokens[-1]
    if _FIELD_ENDING.search(last) or last in ORGANISATION_ENDINGS or last in PLACE_ENDINGS:
        return None
    return e - len(tokens[-1]) - len(tokens[-2]) - 1


def _gapped_tally(
    text: str, lo: int, name_start: int, figure_end: int, *, spelled: bool = False
) -> bool:
    """ "National has 46 MPs and ACT 11, the Greens 13": a name and a figure in a list whose
    verb was said once before ("has"), so the figure is the name's tally, not its number.
    A name with digits after it must say it is a body (an acronym, a party's plural, a
    listed organisation), or it is a model's ("Windows 11"); a spelled tally names no model."""
    if not _LIST_GOES_ON.match(text, figure_end):
        return False
    name = text[name_start:figure_end].rsplit(" ", 1)[0]
    head = name.rsplit(" ", 1)[-1]
    if not (
        spelled
        or (name.isupper() and 2 <= len(name) <= 5)
        or head in _PARTY_PLURALS
        or name in ORGANISATIONS
        or _shape_of(name)[0] == "organisation"
    ):
        return False
    return _HELD_BEFORE.search(text, max(lo, name_start - 80), name_start) is not None


def _after_name(text: str, s: int) -> bool:
    """A figure right after a capitalised word (not a month) belongs to that name."""
    if s < 2 or text[s - 1] not in " \u00a0" or not text[s].isdigit() or _TALLY.match(text, s):
        return False
    j = s - 1
    while j > 0 and text[j - 1].isalnum() or (j > 0 and text[j - 1] in "-"):
        j -= 1
    word = text[j : s - 1]
    return (
        bool(word)
        and word[0].isupper()
        and word not in _MONTH_NAMES
        and word not in _OPENERS  # "The 62-centimetre robot"
        and not word.isupper()
    )


def _dates(text: str, lo: int, hi: int, starts: list[int], *, sporty: bool = False) -> list[Fact]:
    """Dates found from the word or digit they start with, with what leads into them."""
    facts: list[Fact] = []
    for p, m in _matches_at(_DATE_CORE, text, starts, hi):
        bare = m.group(0)
        if m.group("span") is not None:
            told_on = _told_on(text, lo, p, m.end())
            if told_on is not None:
                facts.append(Fact(told_on, m.end() + 3, "date", text[told_on : m.end() + 3]))
                continue
            seg = text[max(lo, p - 20) : p]
            if "ithin " not in seg and "fter " not in seg:
                continue
            within = _WITHIN_LEFT.search(text, max(lo, p - 20), p)
            if within is not None and (within.group(1) in ("within", "Within") or "min" in bare):
                facts.append(Fact(within.start(), m.end(), "date", text[within.start() : m.end()]))
            continue
        left = _date_left(text, lo, p)
        lead = left.group("lead") if left else None
        count = left.group("count") if left else None
        ago = m.group("ago") is not None
        if (
            ago
            and not count
            and not (left and left.group("the") and not bare.endswith(("ago", "later", "earlier")))
        ):
            continue  # "years ago" without how many; "the year to September" needs none
        if ago and text[m.end() : m.end() + 5] == " than":
            continue  # "two years later than promised": how much later, a length, no date
        if left is None:
            if p > 0 and (text[p - 1].isalnum() or text[p - 1] in _NOT_BEFORE_DATE):
                continue
            s = p
        elif ago or not count:
            s = left.start()
            if (
                left.group("the")
                and not _TAKES_THE.match(bare)
                and (not lead or _YEAR_BEFORE_NOUN.match(text, p))
            ):
                s = p  # "the 2026 budget", "through the 2024 eruptions": a year names them
        else:
            s = p  # a count before a date that is not "… ago" belongs to something else
            lead = None
        if m.group("single") is not None:
            if not (left and left.group("lead") and count in ("a ", "one ")):
                continue  # "a single day ticket", "every single week": no date
            s = left.start()
        if m.group("following") is not None and (
            not (left and left.group("the")) or text[m.end() : m.end() + 2] in ("’s", "'s")
        ):
            continue  # "following year-end talks": only "the following year" is a date
        if lead is None and m.group("occasion") is not None:
            continue  # "the election night party", "Christmas sales": no date without a lead
        digits = any(ch.isdigit() for ch in bare)
        if bare.startswith(("May", "March")) and not digits and lead is None:
            continue  # "may" is the verb more often than the month; "March on Washington"
        if bare in _SEASON_WORDS and (lead is None or text[m.end() : m.end() + 4] == " of "):
            continue  # "after the fall of the regime": no season
        if bare.endswith(" half") and (lead is None or sporty):
            continue  # "The second half is weaker": of a play, a match, not a date
        if s < p and text[m.end() : m.end() + 2] in ("’s", "'s"):
            s = p  # "at next week's meeting": the lead is the meeting's, not the date's
        if s == p and text[max(lo, p - 8) : p] in _BETWEEN_WORDS and _in_a_year(bare):
            s = p - 8  # "between July and September": led into like "from June 27"
        if s == p and bare.endswith(_PERIOD_YEARS) and text[p - 8 : p] in _FOR_THE:
            s = p - 8  # "for the 2027 financial year": the period a figure is for
        last = facts[-1] if facts else None
        if (
            last is not None
            and text[last.end : s] == " "
            and (text[s : s + 3] == "on " or (s == p and bare in _WEEKDAY_SET))
            and _TIME_OF_DAY_END.search(last.text) is not None
        ):
            # "at 2pm on Tuesday", "at 12:01 a.m. Monday": the time and its day, one date
            facts[-1] = Fact(last.start, m.end(), "date", text[last.start : m.end()])
            continue
        facts.append(Fact(s, m.end(), "date", text[s : m.end()]))
    return facts


_BETWEEN_WORDS = frozenset({"between ", "Between "})
_MONTH_FIRST = re.compile(rf"(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?)?{_MONTH}\b")
_A_YEAR = re.compile(rf"\b{_YEAR}\b")


def _in_a_year(bare: str) -> bool:
    """A month or a day of one told without its year ("April 1", "October", "12 March"):
    "between" leads into it as "from" does; a span of years ("between 2017 and 2021",
    "between September 2023 and June 2025") is marked by its years alone."""
    return _MONTH_FIRST.match(bare) is not None and _A_YEAR.search(bare) is None


# "A decade on,", "almost six months on,": a time told from an event the text has named.
_ON_LEFT = re.compile(
    rf"(?<![\w])(?:(?:[Aa]lmost|[Nn]early|[Aa]bout|[Oo]ver|[Mm]ore than|[Jj]ust|[Ss]ome) )?"
    rf"(?:{_COUNT}|A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+) \Z"
)


def _told_on(text: str, lo: int, p: int, e: int) -> int | None:
    """Where "six months on," starts (its hedge and count), or None: a length of time and
    "on" before a comma is a date told from what came before, as "two years later" is."""
    if text[e : e + 4] not in (" on,", " on;"):
        return None
    left = _ON_LEFT.search(text, max(lo, p - 24), p)
    return left.start() if left is not None else None


_TIME_OF_DAY_END = re.compile(
    rf"(?:\d ?(?:am|pm|a\.m\.|p\.m\.)|(?<!\w)(?:midday|noon|midnight))(?:{_TIME_ZONE})?\Z"
)
_PERIOD_YEARS = (" financial year", " fiscal year")
_YEAR_BEFORE_NOUN = re.compile(rf"{_YEAR} [a-z]")
_WEEKDAY_SET = frozenset(WEEKDAYS.split("|"))
_FOR_THE = frozenset({"for the ", "For the "})


def _titles(text: str, lo: int, hi: int, anchors: list[tuple[int, int]]) -> list[Fact]:
    """Job titles and roles, found from their role word ("president", "head") outwards: the
    words before it that qualify it (modifiers, an owner's name with "’s", a capitalised
    organisation), and after it a second role ("and cofounder") or what it is of."""
    facts: list[Fact] = []
    covered = lo
    for rs, re_ in anchors:
        if rs < covered:
            continue
        tail = _TITLE_TAIL.match(text, re_, hi)
        e = tail.end() if tail else re_
        field = text.rfind(" of ", re_, e)
        if field > 0 and (named := _named_after_field(text, field + 4, e)):
            e = named - 1  # "Minister of Rural Affairs Dana Whitlock said"
        s, owner = _title_start(text, lo, rs)
        phrase = text[s:e]
        while True:
            first, _, rest = phrase.partition(" ")
            if first not in _OPENERS or not rest:
                break
            s += len(first) + 1
            phrase = rest
        if phrase in _OPENERS:
            continue
        if (
            (phrase[:1].isupper() and " " not in phrase) or (e == re_ and text[rs].isupper())
        ) and _ENDING_AFTER.match(text, e):
            continue  # "Premier League", "Chancellor Hall", "then Queen Street": inside a name
        if (
            e == re_
            and text[rs].isupper()
            and text[rs:re_].lower() in GIVEN_NAMES
            and text[e : e + 1] == " "
            and text[e + 1 : e + 2].isupper()
        ):
            continue  # "Dean Vass": a given name, not a dean
        role_words = [w.strip("’'.,").lower() for w in phrase.split()]
        last_role = next((w for w in reversed(role_words) if w in _ROLE_SET), "")
        # "head of Codex", "head of corporate communications": what it heads is named.
        has_of = _NAMED_BODY.search(phrase) is not None or (
            last_role == "head" and " of " in phrase
        )
        last_index = max(
            (i for i, w in enumerate(role_words) if w in _ROLE_SET), default=len(role_words)
        )
        # "chief financial officer", "former employee": qualified, so a checker looks it up.
        # ("chief executive officer": "chief" and "executive" qualify the officer, though
        # each is a role word of its own)
        modified = any(
            w not in ("of", "for", "at", "and", "the")
            and (w not in _ROLE_SET or (w in _MODIFIER_SET and w not in _WEAK_ROLES))
            for w in role_words[:last_index]
        )
        covered = e
        if (
            last_role in _WEAK_ROLES
            and not has_of
            and not owner
            and not modified
            # "president and vice-president": a strong role beside the weak one
            and all(w in _WEAK_ROLES for w in role_words if w in _ROLE_SET)
        ):
            continue
        if last_role == "chair" and not (
            owner or has_of or any(w[:1].isupper() for w in phrase.split())
        ):
            continue  # "an office chair": furniture; "the college's NSW chair" is a title
        if (
            role_words[-1] == "board"
            and not has_of
            and all(w.endswith(("’s", "'s")) for w in role_words[:-1])
        ):
            continue  # "the fund's board": a body, nobody's title
        if not (has_of or owner or modified) and text[s - 9 : s] == "year-old ":
            continue  # "the 34-year-old singer": who she is, not her title
        if not owner and not has_of and last_role[-1:] == "s" and last_role[:-1] in _ROLE_SET:
            continue  # "according to council officers": a body of staff, nobody's title
        if (
            last_role in _FIRM_ROLES
            and "-" in text[max(lo, s - 40) : e]
            and _FIRM_DESCRIBED.search(text, max(lo, s - 40), s)
        ):
            continue  # "the Vancouver-based copper producer": a firm, no one's title
        if text[e : e + 2] in ("’s", "'s") and _word_before(text, s) in _ANY_ONE:
            continue  # "by one critic's count"
        if last_role == "head" and " of " not in phrase:
            continue
        if last_role in ("lead", "general", "chief", "head", "member", "partner") and (
            _word_before(text, s) in ("to", "will", "would", "can", "could")
        ):
            continue
        facts.append(Fact(s, e, "title", phrase))
    return facts


# "Sen. Ana Ruiz", "Coun. Matt Francis", "Det. Insp. Ola Berg", "Cllr Ana Ruiz": a role
# shortened before a name is a title (an honorific such as "Dr." or "Prof." is not).
_ABBREVIATED_TITLES = words(
    "Sen. Rep. Gov. Lt. Col. Sgt. Capt. Adm. Maj. Coun. Supt. Insp. Det. Cmdr. Atty. Cpl. Gen."
)


def _abbreviated_titles(text: str, spans: list[tuple[int, int]], lo: int, hi: int) -> list[Fact]:
    """The shortened ranks the names left out (`spans`, in text order), each a title when a
    name follows; two in a row are one title ("Det. Insp."); and "Cllr", found alone."""
    pos = text.find("Cllr ", lo, hi)
    while pos >= 0:
        if pos == 0 or not text[pos - 1].isalnum():
            spans.append((pos, pos + 4))
        pos = text.find("Cllr ", pos + 5, hi)
    spans.sort()
    facts: list[Fact] = []
    for s, e in spans:
        if not (
            text[e : e + 1] == " "
            and text[e + 1 : e + 2].isupper()
            and (text[e + 2 : e + 3].islower() or text[e + 2 : e + 3] == ".")
        ):
            continue  # a name must follow: not "Gen. Z"
        if facts and facts[-1].end + 1 == s:
            s = facts.pop().start
        facts.append(Fact(s, e, "title", text[s:e]))
    return facts


def _governments(text: str, lo: int, hi: int) -> list[Fact]:
    """ "the German government", "the Flemish government": a people's adjective before
    "government" names the body, though neither word alone is a name."""
    facts: list[Fact] = []
    pos = text.find(" government", lo, hi)
    while pos >= 0:
        end = pos + 11
        start = max(text.rfind(" ", lo, pos), text.rfind("\n", lo, pos)) + 1
        if (end == hi or not text[end].isalnum()) and text[start:pos] in NATIONALITIES:
            facts.append(Fact(start, end, "organisation", text[start:end]))
        pos = text.find(" government", end, hi)
    return facts


_ANY_ONE = words("one a an each every another any")
_FIRM_DESCRIBED = re.compile(
    r"-(?:based|listed|owned|headquartered)(?: [a-z\-]+){0,2}(?: |\Z)|-(?:based|listed) \Z"
)
# What a firm is called as well as a person: "a copper producer", "a property developer".
_FIRM_ROLES = words("producer producers developer developers operator publisher")
# "a former Wales international": a player capped by a country, in a match report.
_CAPPED = re.compile(
    rf"(?:(?:former|ex-|retired) )?(?:(?:[{_UPPER}][a-z]+ ){{1,2}})international\b(?! [a-z])"
)


def _capped(text: str, lo: int, hi: int) -> list[Fact]:
    facts: list[Fact] = []
    pos = text.find(" international", lo, hi)
    while pos >= 0:
        m = _CAPPED.search(text, max(lo, pos - 40), pos + 14)
        if m is not None and m.end() == pos + 14 and not _opens_sentence(text, m.start()):
            facts.append(Fact(m.start(), m.end(), "title", m.group(0)))
        pos = text.find(" international", pos + 14, hi)
    return facts


def _title_start(text: str, lo: int, role_start: int) -> tuple[int, bool]:
    """Where a title starts, walking back from its role word over the words that qualify
    it; and whether it has an owner ("OpenAI’s president")."""
    start = role_start
    owner = False
    capitals = 0
    # "route director", "fisheries inspector": plain nouns before the role, kept only if an
    # owner ("Network Rail's") or an article ("a") comes before them.
    loose = 0
    loose_start = start
    qualified = False
    # not before a role that says little alone ("the state's small business owner")
    role = ""
    for w in text[role_start : role_start + 40].split(" ")[:3]:
        w = w.strip("’'.,;:").lower()
        if w not in _ROLE_SET:
            break
        role = w  # the last of "lead author", "chief executive officer"
    weak = role in _LOOSE_ROLES
    for _ in range(6):
        if start - 1 <= lo or text[start - 1] != " ":
            break
        word_start = max(text.rfind(" ", lo, start - 1), text.rfind("\n", lo, start - 1)) + 1
        word = text[max(word_start, lo) : start - 1]
        if not word:
            break
        plain = (
            word.isalpha()
            and word.islower()
            and word not in _TITLE_ARTICLES
            and word not in _NOT_TITLE_WORDS
        )
        if loose and not word.endswith(("’s", "'s")) and not (plain and loose < 2 and not weak):
            if word.lower() not in _TITLE_ARTICLES and not qualified:
                start = loose_start
            break
        if owner:
            if not (word[:1].isupper() and _CAPITAL_WORD.fullmatch(word)) or capitals >= 3:
                break
            capitals += 1
        elif word.endswith(("’s", "'s")):
            base = word[:-2]
            if (
                not (base[:1].isupper() and _CAPITAL_WORD.fullmatch(base))
                and base not in _BODY_SET
                # "the scheme's finds liaison officer": a body's common noun after "the"
                and not (
                    base.isalpha()
                    and base.islower()
                    and (loose or role not in _WEAK_ROLES)
                    and _word_before(text, word_start) == "the"
                )
            ):
                if loose:
                    start = loose_start
                break
            owner = True
            capitals = 0
            loose = 0
        elif word.lower() in _MODIFIER_SET or word in _BODY_SET:
            # "chief electoral officer", "national distance coach": a rank or a reach
            # before the plain words qualifies them with the role
            # "union staff representative", "council planning officer": so does the body
            # whose staff they are
            qualified = qualified or (
                loose > 0 and (word.lower() in _MODIFIER_SET or word in _BODY_SET)
            )
        elif (
            word[:1].isupper()
            # "Victorian Emergency Services Minister": a people's or state's adjective
            # before a portfolio of two words
            and (capitals < 2 or (capitals == 2 and _people_adjective(word)))
            and _CAPITAL_WORD.fullmatch(word)
            # not "Leeds-based" (a firm's base); "Lagos-born writer" keeps its birthplace
            and not word.endswith(("-based", "-listed", "-owned", "-headquartered"))
        ):
            capitals += 1
        elif plain and not owner and not capitals and loose < 2 and not weak:
            if not loose:
                loose_start = start
            loose += 1
        else:
            break
        start = max(word_start, lo)
    else:
        if loose and not qualified:
            start = loose_start
    return start, owner


def _people_adjective(word: str) -> bool:
    """ "Victorian", "Turkish", "Maltese": a people's or a state's adjective, no given name."""
    return word in NATIONALITIES or (
        word.endswith(("ian", "ish", "ese")) and word.lower() not in GIVEN_NAMES
    )


_TITLE_ARTICLES = words("a an the")
_LOOSE_ROLES = words(
    "owner owners member members partner partners employee employees staffer leader"
)
# Plain words that never qualify a role: verbs, prepositions, pronouns, and the like.
_NOT_TITLE_WORDS = words(
    """
    and or but of for at in on to by with from as said says told is was are were be been
    has have had will would can could its his her their our my your this that these those
    who which when where new old our not also one two three four five six seven eight nine
    ten many some other another every each any such more most than then first
    """
)
_ENDING_AFTER = re.compile(
    r" (?:"
    + "|".join(sorted(re.escape(w) for w in WORK_ENDINGS | ORGANISATION_ENDINGS | PLACE_ENDINGS))
    + r")\b"
)
_CAPITAL_WORD = re.compile(rf"[{_UPPER}][\w&\-]*|[A-Z](?:\.[A-Z])+\.?|[a-z][a-z]?[A-Z][\w\-]*")


_NAMED_BODY = re.compile(rf" (?:of|for|at) (?:the )?[{_UPPER}]")


def _word_before(text: str, s: int, lower: bool = True) -> str:
    """The word just before `s` (one space between), without a trailing comma."""
    if s < 2 or text[s - 1] != " ":
        return ""
    # Called for nearly every name: plain comparisons rather than max() (a call each).
    lo = s - 30 if s > 30 else 0
    space = text.rfind(" ", lo, s - 1)
    newline = text.rfind("\n", lo, s - 1)
    word = text[(space if space > newline else newline) + 1 : s - 1].rstrip(",")
    return word.lower() if lower else word


def _names(text: str, lo: int, hi: int, *, sporty: bool = False) -> list[Fact]:
    """People, organisations, places and works named by capitalised runs."""
    runs: list[tuple[int, int, str]] = []
    opening: list[bool] = []
    based: set[str] = set()  # "the Eindhoven-based maker": what a firm is based in is a place
    ranks: list[tuple[int, int]] = []  # "Sen.", "Det.": shortened ranks, titles below
    for m in _run_matches(text, lo, hi):
        start = m.start()
        run = m.group(0)
        opens = _opens_sentence(text, start)
        key = (run, opens)
        pieces = _PIECES.get(key)
        if pieces is None:
            pieces = _split_run(run, opens)
            if len(_PIECES) < 100_000:
                _PIECES[key] = pieces
        for s, e in pieces:
            suffix = _COMPOUND_SUFFIX.search(run, s, e)
            if suffix is not None:
                # "Seoul-based", "Nigerian-born": the name before the hyphen, when it is one.
                e = suffix.start()
                name = run[s:e]
                # "Enugu-born": where someone was born is a place, as where a firm is based
                where = suffix.group(1) in ("based", "born")
                if (name not in _LISTED and not where) or name in NATIONALITIES:
                    continue
                if (
                    where
                    and name not in ORGANISATIONS
                    and not (suffix.group(1) == "born" and _DEMONYM_ENDING.search(name))
                ):
                    based.add(name)
            if run[s : s + 3] in _ERAS and run[s + 3 : e].isdigit():
                continue  # "AD 410": a year, which the dates read
            if run[e - 1 : e] == "s" and _a_people(run[s:e]):
                continue  # "Icelanders", "Canadians", "New Zealanders": a people, no name
            if run[s + 3 : s + 4] == " " and run[s : s + 3] in _CURRENCY_CODES:
                continue  # "NOK 184", "CHF 12": a sum, which the figures read
            if (
                run[s : s + 3] in CURRENCY_CODES
                and run[s + 3 : s + 4] in (" ", "\u00a0")
                and run[s + 4 : e].replace(".", "").isdigit()
            ):
                continue  # "NOK 184": an amount, which the figures read
            if (
                text[start + e : start + e + 1] == "."
                and run[s:e] + "." in _PREFIX_ABBREVIATIONS
                and run[s:e] != "St"
            ):
                if run[s:e] + "." in _ABBREVIATED_TITLES and s == 0 and e == len(run):
                    ranks.append((start, start + e + 1))
                continue  # "Det. Insp. Ola Berg": the shortened ranks are no names
            if e - s > 12:
                # "Minister of Rural Affairs Dana Whitlock said": the speaker
                field = run.rfind(" of ", s, e)
                field = field + 4 if field >= 0 else s
                named = _named_after_field(text, start + field, start + e)
                if named is not None:
                    s = named - start
            if run[e - 1 : e].isdigit() and _gapped_tally(text, lo, start + s, start + e):
                e = run.rindex(" ", s, e)  # "National has 46 MPs and ACT 11": ACT's tally
            runs.append((start + s, start + e, run[s:e]))
            opening.append(opens if s == 0 else _opens_sentence(text, start + s))
    runs, opening = _joined(text, runs, opening)
    # "EDs", "GPs", "SUVs": an acronym in the plural is a common noun, and so is the same
    # acronym in the singular ("left the ED within four hours").
    plural = {
        r[:-1]
        for _, _, r in runs
        if r[-1:] == "s" and r[-2:-1].isupper() and _PLURAL_ACRONYM.fullmatch(r)
    }
    if plural:
        keep = [k for k, (_, _, r) in enumerate(runs) if r not in plural and r[:-1] not in plural]
        runs = [runs[k] for k in keep]
        opening = [opening[k] for k in keep]
    mid_sentence = {r for (_, _, r), opens in zip(runs, opening, strict=True) if not opens}
    # Full names first, so that a surname met alone ("Ruiz said") is known as a person's;
    # a single name that speaks or has an honorific says its full name is a person's too.
    surnames: set[str] = {
        run
        for s, e, run in runs
        if " " not in run
        and run not in ORGANISATIONS
        and not _a_group(run)
        and (
            # "a councillor for Llanrwst, said": what an appositive ends with is no surname
            (_SPEECH_AFTER.match(text, e) and _word_before(text, s) not in _PREPOSITIONS)
            or _honorific_before(text, s)
            or (
                text[e : e + 2] == ", "
                and text[e + 2 : e + 4] in _ARTICLES2
                and _APPOSED_ROLE.match(text, e)
                # "In Ōhāriu, the Green candidate …": a place before the appositive
                and _word_before(text, s) not in _PREPOSITIONS
            )
            or (text[e : e + 1] in (".", ",", ";") and _spoken_before(text, s))
        )
    }
    kinds: list[str | None] = [None] * len(runs)
    common: set[int] = set()  # sentence openers that are common words here
    lowered: dict[str, bool] = {}  # whether the text writes a word in lower case
    family_names: set[str] = set()  # the last words of people named in full
    # "Thwaites" after "Thwaites Glacier", "Brightline" after "Brightline Homes": a place's
    # or a company's name without the common noun that said what it is.
    short_forms: dict[str, str] = {}
    # "Q-Mate" of "Q-Mate 2": another name it opens is a work too ("Q-Mate Lite").
    work_heads: set[str] = set()
    for i, (s, e, run) in enumerate(runs):
        if " " in run:
            kinds[i] = _classify(text, s, e, run, mid_sentence, surnames, opening[i])
            if kinds[i] == "person":
                first, _, last = run.rpartition(" ")
                surnames.add(last)
                family_names.add(last)
                if "-" in last and " " not in first:
                    surnames.add(first)  # "Park" after "Park Ji-woo": the family name first
                elif " " not in first and first.lower() in GIVEN_NAMES and first not in _LISTED:
                    surnames.add(first)  # "Sigrid has come home" after "Sigrid Aune"
            elif kinds[i] == "work" and run[-1].isdigit():
                work_heads.add(run.rsplit(" ", 1)[0])
            elif kinds[i] in ("place", "organisation"):
                # "Brennholt" after "Brennholt Instruments GmbH": every ending goes.
                endings = PLACE_ENDINGS if kinds[i] == "place" else ORGANISATION_ENDINGS
                head, _, last = run.rpartition(" ")
                if (
                    kinds[i] == "organisation"
                    and run.split(" ", 1)[0] in ORGANISATION_STARTS
                    and last not in _LISTED
                    and last[:1].isupper()
                    and not last[-1].isdigit()
                ):
                    # "Valdemar" after "Unión Deportiva Valdemar", "Sabadell" after "Banco
                    # Sabadell": the club's or the bank's own name, after its common words
                    short_forms.setdefault(last, "organisation")
                while head and last in endings:
                    # not "NSW" after "NSW Police Force": a place's body leaves it a place
                    if " " not in head and head not in family_names and head not in _PLACE_SET:
                        short_forms.setdefault(head, kinds[i])
                        break
                    if _shortened_body(head, kinds[i]):
                        short_forms.setdefault(head, kinds[i])  # "Thornbury Vale" of "… Homes"
                    head, _, last = head.rpartition(" ")
    # What the words around one mention say a name is ("Halcyra said it", "the law firm
    # Baker McKenzie", "Lyon have signed") holds for its every mention in the article.
    for i, (s, e, run) in enumerate(runs):
        kind = kinds[i]
        if work_heads and kind == "organisation" and run.split(" ", 1)[0] in work_heads:
            kind = "work"
        if " " in run and kind == "person" and run in short_forms:
            kind = short_forms[run]  # "Thornbury Vale’s director" after "Thornbury Vale Homes"
        if " " not in run:
            if run in short_forms:
                kind = short_forms[run]
            elif (
                opening[i]
                and run in surnames
                and run not in mid_sentence
                and run not in _LISTED
                and not _SPEECH_AFTER.match(text, e)
                and _used_lower(text, lo, hi, run, lowered)
            ):
                # "Code either runs or it doesn't" beside "Claude Code": a word that opens a
                # sentence and that the text writes in lower case as a common word
                kind = None
                common.add(i)
            else:
                kind = _classify(text, s, e, run, mid_sentence, surnames, opening[i])
        kinds[i] = kind
    cued: dict[str, str] = {}
    placed: set[str] = set()  # names one mention places ("near Trefriw"), for every mention
    near_area = _near_area(text, lo, hi, runs)
    for i, (s, e, run) in enumerate(runs):
        cue = _cue(text, lo, s, e, run, kinds[i], sporty)
        if cue is None and i in near_area and kinds[i] != "place" and _AREA_AFTER.match(text, e):
            cue = "place"
        if cue == "organisation" and kinds[i] == "person" and run in family_names:
            cue = None  # "Voss says it is too early": a person named in full before
        if (
            cue is None
            and kinds[i] == "place"
            and run not in _LISTED
            and _shape_of(run)[0] is None
            and _placed_before(text, s)
        ):
            if _listed_with_body(text, runs, kinds, i):
                cue = "organisation"  # "talks between Reform, Unity Party and Alba"
            else:
                placed.add(run)  # "near Trefriw": weaker than a cue, so only where none is
        if cue is not None:
            cued.setdefault(run, cue)
            head, _, rest = run.partition(" ")
            if cue == "organisation" and rest and " " not in rest and head not in surnames:
                cued.setdefault(head, cue)  # "Fernhollow" after "Fernhollow Outfitters"
    facts: list[Fact] = []
    for i, (s, e, run) in enumerate(runs):
        if i in common:
            continue
        kind = kinds[i]
        if (
            run in cued
            and kind != "work"
            and not (
                cued[run] == "organisation"
                and kind == "place"
                and _IN_BEFORE.search(text, max(lo, s - 14), s)
            )
        ):
            kind = cued[run]
        if sporty and kind == "work" and run.endswith(" Conference"):
            kind = "organisation"  # "the Northern Sun Intercollegiate Conference": a league
        if (run in based or (run in placed and run not in cued)) and kind in (
            "organisation",
            "person",
            None,
        ):
            kind = "place"
        if (
            kind in ("organisation", "place")
            and i + 1 < len(runs)
            and runs[i + 1][0] == e + 2
            and text[e : e + 2] == ", "
            and runs[i + 1][2] in PLACES
            and text[runs[i + 1][1] : runs[i + 1][1] + 2] not in ("’s", "'s")
            and run.count(" ") <= 1
        ):
            kind = "place"  # "Cambridge, Massachusetts": a town named with its state
        two_before = text[s - 2 : s]
        if two_before == "e " and text[s - 4 : s] == "The " and "The " + run in _LISTED:
            # "The Hague", "The Gambia": a listed name that holds its "The"
            s -= 4
            run = text[s:e]
            kind = "place" if run in PLACES else "organisation"
        elif (
            two_before == "e "
            and text[s - 4 : s] == "The "
            and kind in ("organisation", "person")
            and run not in cued
            and not _opens_sentence(text, s - 4)
            and _shape_of(run)[0] is None
        ):
            kind = "work"  # "buyers get The Salt Orchard": a capital "The" mid-sentence
        if (two_before == ", " and text[s - 3 : s - 2].islower()) or (
            two_before == "e " and text[s - 6 : s] == ", The "
        ):
            end = _set_off_work(text, s, e)
            if end is not None:
                kind, e, run = "work", end, text[s:end]
        if kind == "work" and text[e : e + 2] == " (" and run.endswith(_LAW_NAMES):
            tail = _LAW_TAIL.match(text, e)
            if tail is not None:
                e = tail.end()  # "… Finance Act (Northern Ireland) 2011"
                run = text[s:e]
        if (
            kind is None
            and text[s - 1 : s] == "–"
            and text[s - 2 : s - 1].isalpha()
            and _ROUTE_AFTER.match(text, e)
        ):
            kind = "place"  # "the Tbilisi–Batumi highway": where a route ends
        if kind == "organisation" and _named_by_a_role(run):
            continue  # "the Housing Secretary", "the Police Minister": a title, not a body
        if kind is not None:
            facts.append(Fact(s, e, kind, run))
    if text.find("–", lo, hi) >= 0:
        facts = _routes(text, facts)
    _places_in_pairs(text, facts, cued)
    facts = _whole_titles(text, facts)
    _bodies_in_pairs(text, facts, cued, surnames)
    if "(" in text[lo:hi]:
        facts = _spelled_out(text, facts)
    # "The Old Man and the Sea": a capital "The" mid-sentence is the title's own, and so is
    # the "The" that opens a sentence before the same title.
    # So with "Her", "A", "My" ("Her Own Hand, an exhibition"): capitalised mid-sentence.
    titled = {
        f.text: lead
        for f in facts
        if f.kind == "work"
        and (lead := _title_lead(text, f.start))
        and not _opens_sentence(text, f.start - len(lead))
    }
    if titled:
        facts = [
            Fact(f.start - len(lead), f.end, "work", text[f.start - len(lead) : f.end])
            if f.kind == "work"
            and (lead := titled.get(f.text, ""))
            and text[f.start - len(lead) : f.start] == lead
            else f
            for f in facts
        ]
    facts = _datelines(text, lo, hi, facts)
    return facts + _abbreviated_titles(text, ranks, lo, hi)


# What joins two places by an en dash: "the Tbilisi–Batumi highway", "the Volda–Folkestad
# ferry".
_ROUTE_AFTER = re.compile(
    r" (?:highway|road|motorway|railway|rail|line|ferry|route|border|crossing|flight|flights"
    r"|service|corridor|link|pipeline|tunnel|bridge|expressway|freeway)\b"
)


def _routes(text: str, facts: list[Fact]) -> list[Fact]:
    """Names joined by an en dash: a road named by the towns it joins is one place ("the
    Maffra–Sale Road"), and the towns a route joins are places ("the Volda–Folkestad
    ferry")."""
    out: list[Fact] = []
    for f in facts:
        prev = out[-1] if out else None
        if prev is None or prev.end + 1 != f.start or text[prev.end] != "–":
            out.append(f)
        elif f.kind == "place" and f.text.rsplit(" ", 1)[-1] in _STREETS_OR_ROADS:
            out[-1] = Fact(prev.start, f.end, "place", text[prev.start : f.end])
        elif _ROUTE_AFTER.match(text, f.end) and {prev.kind, f.kind} <= {
            "place",
            "organisation",
            "person",
        }:
            out[-1] = Fact(prev.start, prev.end, "place", prev.text)
            out.append(Fact(f.start, f.end, "place", f.text))
        else:
            out.append(f)
    return out


_ROAD_ENDINGS = words("Highway Motorway Freeway Expressway")


# "SALE, Victoria — Floodwaters …", "WINDSOR, Ont. — About …", "LONDON (AP) — …": a town in
# capitals opening a paragraph, its state or country (abbreviated or not) or the agency's
# name, then a dash.
_DATELINE = re.compile(
    rf"^([{_UPPER}][{_UPPER}’'\-]+(?: [{_UPPER}][{_UPPER}’'\-]+){{0,2}})"
    rf"(?:, ([{_UPPER}][\w’'\-]*\.?(?: [{_UPPER}][\w’'\-]*\.?){{0,2}})(?: \([A-Za-z]+\))?"
    r"|(?= \([A-Za-z]+\))(?: \([A-Za-z]+\))) [—–] ",
    re.M,
)


def _datelines(text: str, lo: int, hi: int, facts: list[Fact]) -> list[Fact]:
    """The town and region of a dateline are places, whatever their words alone say."""
    if text.find("—", lo, hi) < 0 and text.find("–", lo, hi) < 0:
        return facts
    spans = []
    for m in _DATELINE.finditer(text, lo, hi):
        for g in (1, 2):
            if m.start(g) >= 0:
                spans.append((m.start(g), m.end(g)))
    if not spans:
        return facts
    kept = [f for f in facts if not any(f.start < e and s < f.end for s, e in spans)]
    kept += [Fact(s, e, "place", text[s:e]) for s, e in spans]
    return sorted(kept, key=_START_END)


# "Brine and Honey, a Georgian drama", "Dumplings at Midnight, a comedy": the capitalised
# words and small word before a work set off by its noun are the title's first words.
_TITLE_HEAD = re.compile(
    rf"(?<![\w’'\-])[{_UPPER}][\w’'\-]*(?: [{_UPPER}][\w’'\-]*)?"
    r" (?:and|at|of|in|on|under|over)(?: the| a)? \Z"
)


def _whole_titles(text: str, facts: list[Fact]) -> list[Fact]:
    """A work set off by its noun ("…, a Slovak comedy by …") whose name the small words
    of its title cut ("Dumplings at Midnight") is the whole title, and so is every other
    mention of it written so."""
    whole: dict[str, str] = {}
    for f in facts:
        if (
            f.kind == "work"
            and text[f.end : f.end + 2] == ", "
            and _WORK_APPOSED.match(text, f.end)
        ):
            head = _TITLE_HEAD.search(text, max(0, f.start - 40), f.start)
            # not a person's name before it ("the film-maker Ana Ruiz for Winter Census")
            if head is not None and not any(
                g.kind == "person" and g.start < f.start and g.end > head.start() for g in facts
            ):
                whole[f.text] = text[head.start() : f.end]
    if not whole:
        return facts
    out: list[Fact] = []
    for f in facts:
        title = whole.get(f.text)
        start = f.end - len(title) if title is not None else -1
        if title is not None and start >= 0 and text[start : f.end] == title:
            out = [g for g in out if g.end <= start]
            out.append(Fact(start, f.end, "work", title))
        else:
            out.append(f)
    return out


def _listed_with_body(
    text: str, runs: list[tuple[int, int, str]], kinds: list[str | None], i: int
) -> bool:
    """ "talks between National, ACT and NZ First": a name listed with one its own words
    say is an organisation (an acronym, "Unity Party"), after "between" or "in", is one of
    a set of bodies, not where things are."""
    end = runs[i][1]
    for k in range(i + 1, min(i + 4, len(runs))):
        s, e, _ = runs[k]
        if s - end > 10 or text[end:s] not in _LIST_JOINS:
            return False
        name = runs[k][2]
        if kinds[k] == "organisation" and (
            name in ORGANISATIONS
            or _shape_of(name)[0] == "organisation"
            or (name.isupper() and len(name) > 1)  # an acronym: "ACT", "SNP"
        ):
            return True
        end = e
    return False


_TITLE_LEADS_SET = frozenset(
    {"The ", "A ", "An ", "Her ", "His ", "My ", "Our ", "Their ", "Your "}
)


def _title_lead(text: str, s: int) -> str:
    """The capitalised opener a work's name dropped ("The", "Her"), or ""."""
    if text[s - 1 : s] != " " or not text[s - 2 : s - 1].isalpha():
        return ""
    k = max(text.rfind(" ", s - 8, s - 1), text.rfind("\n", s - 8, s - 1))
    lead = text[k + 1 : s] if k >= 0 or s <= 7 else ""
    return lead if lead in _TITLE_LEADS_SET else ""


def _used_lower(text: str, lo: int, hi: int, word: str, lowered: dict[str, bool]) -> bool:
    """Whether the text writes `word` in lower case as a word of its own somewhere (the
    answers kept in `lowered`: a name opens many sentences of a long text)."""
    known = lowered.get(word)
    if known is None:
        low = word.lower()
        n = len(low)
        pos = text.find(low, lo, hi)
        known = False
        while pos >= 0:
            before = text[pos - 1] if pos > 0 else " "
            after = text[pos + n] if pos + n < len(text) else " "
            if not (before.isalnum() or before in "’'-" or after.isalnum() or after in "’'-"):
                known = True
                break
            pos = text.find(low, pos + 1, hi)
        lowered[word] = known
    return known


_ERAS = frozenset({"AD ", "BC "})
_CURRENCY_CODES = words(
    "NOK SEK DKK ISK CHF EUR USD GBP JPY CNY RMB INR AUD CAD NZD ZAR HKD SGD KRW BRL MXN PLN"
    " CZK HUF TRY RUB AED SAR ILS THB MYR IDR PHP NGN KES EGP"
)
_LAW_NAMES = (" Act", " Bill", " Order", " Regulations")
_LAW_TAIL = re.compile(r" \([A-Z][\w ,’'\-]{1,40}\)(?: (?:1[6-9]|20)\d\d\b)?")
# The words of a title after its first capital: "The Bridge at Dej", "Songs of the Sea".
# "The panel, Quinces, a Pewter Jug and a Goldfinch, was sold": a comma inside, too.
_SET_OFF_TAIL = re.compile(
    rf"(?:,?(?:[ \u00a0](?:at|of|on|in|and|the|to|for|from|with|a|an|by|under|over))+"
    rf"[ \u00a0]{_TOKEN}(?:[ \u00a0]{_TOKEN})*)+(?=[,;.)])"
)


def _set_off_work(text: str, s: int, e: int) -> int | None:
    """ "That opera, The Bridge at Dej, was": a title set off by commas after its noun runs
    to the closing comma, small words and all."""
    j = s - 4 if text[s - 4 : s] == "The " else s
    noun = text[max(0, j - 24) : j - 2].rsplit(" ", 1)[-1]
    if noun.lower() not in WORK_NOUNS:
        return None
    tail = _SET_OFF_TAIL.match(text, e)
    return tail.end() if tail is not None else None


def _shape_of(run: str) -> tuple[str | None, bool, bool, bool, bool]:
    shape = _SHAPES.get(run)
    if shape is None:
        shape = _shape(run)
        if len(_SHAPES) < 100_000:
            _SHAPES[run] = shape
    return shape


def _joined(
    text: str, runs: list[tuple[int, int, str]], opening: list[bool]
) -> tuple[list[tuple[int, int, str]], list[bool]]:
    """ "Securities and Exchange Commission", "Food and Drug Administration": one body's
    name with "and" inside, when what follows "and" ends as an organisation's does and what
    comes before is a common word in capitals, not a name of its own."""
    out: list[tuple[int, int, str]] = []
    opens: list[bool] = []
    on_topic = -1  # the run a treaty's "on …" was joined to: "… Search and Rescue" goes on
    for (s, e, run), o in zip(runs, opening, strict=True):
        if out and (
            (s - out[-1][1] == 4 and text[s - 4 : s] == " on " and out[-1][2].endswith(_TREATIES))
            or (
                len(out) - 1 == on_topic
                and text[out[-1][1] : s] == " and "
                and " " not in run
                and run not in _LISTED
            )
        ):
            # "the Tromsø Convention on Arctic Search and Rescue": a treaty named by its topic
            out[-1] = (out[-1][0], e, text[out[-1][0] : e])
            on_topic = len(out) - 1
            continue
        # Only " and ", " in the " or " and the " can join two runs: most are further apart.
        # "Ford, Stellantis and General Motors": a list's last two are two, not one.
        if (
            out
            and s - out[-1][1] in (5, 8, 9)
            and not (len(out) > 1 and out[-2][1] == out[-1][0] - 2 and text[out[-1][0] - 2] == ",")
        ):
            ps, pe, prev = out[-1]
            last = prev.rsplit(" ", 1)[-1]
            if pe + 5 == s and text[pe:s] == " and " and _body_goes_on(prev, run):
                out[-1] = (ps, e, text[ps:e])
                continue
            if (
                pe + 5 == s
                and text[pe:s] == " and "
                and run.rsplit(" ", 1)[-1] in ORGANISATION_ENDINGS
                and prev.count(" ") <= 1
                and last not in _LISTED
                and not (" " in prev and last in ORGANISATION_ENDINGS)
                and last.lower() not in GIVEN_NAMES
                and not any(ch.isdigit() for ch in prev)
                and " " not in run.rsplit(" ", 1)[0]
            ) or (
                text[pe:s] in (" and the ", " in the ")
                and text[ps - 4 : ps] == "The "
                and not _opens_sentence(text, ps - 4)
            ):
                out[-1] = (ps, e, text[ps:e])
                continue
        out.append((s, e, run))
        opens.append(o)
    return out, opens


_TREATIES = (" Convention", " Treaty", " Agreement", " Protocol", " Declaration", " Charter")


def _is_head(word: str) -> bool:
    """ "University", "Centers" (of "Centers for …"): a word an organisation is named by."""
    return word in ORGANISATION_HEADS or (word[-1:] == "s" and word[:-1] in ORGANISATION_HEADS)


# Between two places named together: "Tallinn and Tartu", "Okehampton, Devon".
_PLACE_JOINS = frozenset({", ", " and ", ", and ", " or "})
_LIST_JOINS = _PLACE_JOINS | {" and the ", ", and the ", ", the "}
_PREPOSITION_AFTER = re.compile(r" (?:on|in|at|by|for|from|to|with|during|since|until|last|this)\b")
_LOCATIVE = re.compile(r"\b(?:in|at|from|near|nearby|to|outside|across|between) \Z")


def _region_after(text: str, f: Fact, g: Fact) -> bool:
    """ "Kourou, French Guiana,": a two-word region after a place and a comma, not a person
    ("in New York, and Felipe Carrasco, a strategist")."""
    return (
        f.kind == "place"
        and text[f.end : g.start] == ", "
        and g.text.count(" ") == 1
        and not _shape_of(g.text)[4]
        and not _APPOSED_ROLE.match(text, g.end)
    )


_AFTER_A_TOWN = re.compile(rf"\b(?:in|near|nearby) (?:nearby )?[{_UPPER}][\w\-]+ and \Z")


def _town_after(text: str, f: Fact, g: Fact) -> bool:
    """ "in nearby Holzminden and Bad Pyrmont": a two-word name joined by "and" to a place
    that a locative word leads into, and opened by no given name, is a place too."""
    return (
        f.kind == "place"
        and text[f.end : g.start] == " and "
        and g.text.count(" ") == 1
        and not _shape_of(g.text)[4]
        and _LOCATIVE.search(text, max(0, f.start - 8), f.start) is not None
    )


def _places_in_pairs(text: str, facts: list[Fact], cued: dict[str, str]) -> None:
    """A one-word name given with a place ("in Tallinn and Tartu", "to Okehampton, Devon.")
    is a place too, when nothing said it was anything else."""
    starts = [f.start for f in facts]
    ends = [f.end for f in facts]
    for k in range(len(facts) - 1):
        if starts[k + 1] - ends[k] > 6 or text[ends[k] : starts[k + 1]] not in _PLACE_JOINS:
            continue
        f, g = facts[k], facts[k + 1]
        after = text[g.end : g.end + 1]
        if after not in (",", ".", ";", ":", ")", " ") or text[g.end : g.end + 2] in ("’s", "'s"):
            continue
        loose = {
            i
            for i, h in ((k, f), (k + 1, g))
            if h.kind in ("organisation", "person")
            and (
                " " not in h.text
                or (i == k + 1 and (_region_after(text, f, h) or _town_after(text, f, h)))
            )
            and h.text not in cued
            and h.text not in ORGANISATIONS
            and _shape_of(h.text)[0] is None
            and not _SPEECH_AFTER.match(text, h.end)
            and not _APPOSED_ROLE.match(text, h.end)
        }
        if not loose:
            continue
        if after == " " and not (
            text.startswith((" and ", " or "), g.end)
            or _LOCATIVE.search(text, max(0, f.start - 8), f.start)
            or (f.kind == "place" and _PREPOSITION_AFTER.match(text, g.end))
        ):
            continue
        named = f.kind == "place" or g.kind == "place"
        after_locative = _LOCATIVE.search(text, max(0, f.start - 8), f.start) is not None
        if not named and not (len(loose) == 2 and after != " " and after_locative):
            continue  # two unknown names are places only after "in", "to", "from"
        for i in loose:
            h = facts[i]
            facts[i] = Fact(h.start, h.end, "place", h.text)


_BODY_JOINS = frozenset({" and ", ", and "})


def _bodies_in_pairs(
    text: str, facts: list[Fact], cued: dict[str, str], surnames: set[str]
) -> None:
    """ "Sinn Féin and Labour opposed it": a name read as a person's only for want of a
    better reading, named together with an organisation, is one too (not a name opened by
    a given name, nor one that speaks or was named as a person elsewhere)."""
    for k in range(len(facts) - 1):
        f, g = facts[k], facts[k + 1]
        if g.start - f.end > 6 or text[f.end : g.start] not in _BODY_JOINS:
            continue
        if {f.kind, g.kind} != {"person", "organisation"}:
            continue
        i, h = (k, f) if f.kind == "person" else (k + 1, g)
        other = g if h is f else f
        if (
            h.text in cued
            or h.text in surnames
            # "Brennan said" elsewhere: the family name alone, a person's
            or text.count(h.text.rsplit(" ", 1)[-1]) > text.count(h.text)
            or _shape_of(h.text)[4]
            or _SPEECH_AFTER.match(text, h.end)
            or _APPOSED_ROLE.match(text, h.end)
            or _honorific_before(text, h.start)
            or other.kind != "organisation"
            or text[other.end : other.end + 2] in ("’s", "'s")  # "… and Quillon's founder"
        ):
            continue
        facts[i] = Fact(h.start, h.end, "organisation", h.text)


_ACRONYM_CONNECTORS = words("of for and the & de du des")


def _initials_before(text: str, end: int, letters: str) -> int | None:
    """Where the words before `end` start whose initials spell `letters` ("Transport for
    Wales" before "(TfW)"), skipping connectors the acronym leaves out; None if they do not."""
    j = len(letters) - 1
    pos = end
    start = None
    while j >= 0:
        space = max(text.rfind(" ", 0, pos - 1), text.rfind("\n", 0, pos - 1))
        word = text[space + 1 : pos - 1] if pos - 1 > space else ""
        if not word:
            return None
        if word[0].lower() == letters[j].lower():
            j -= 1
            start = space + 1
        elif word.lower() not in _ACRONYM_CONNECTORS:
            return None
        pos = space + 1
    return start if start is not None and text[start].isupper() else None


def _spelled_out(text: str, facts: list[Fact]) -> list[Fact]:
    """ "Transport for Wales (TfW)": the words an acronym in brackets spells are one name,
    and the acronym is what they name wherever it is used again ("TfW said")."""
    kind_of: dict[str, str] = {}
    for f in list(facts):
        if text[f.end : f.end + 1] != ")" or text[f.start - 2 : f.start] != " (":
            continue
        t = f.text
        capitals = sum(ch.isupper() for ch in t)
        if " " in t or not 2 <= capitals <= 8 or capitals * 2 < sum(ch.isalpha() for ch in t):
            continue
        letters = "".join(ch for ch in t if ch.isalpha())
        start = _initials_before(text, f.start - 1, letters)
        if start is None:
            continue
        end = f.start - 2
        inside = [g for g in facts if g.start >= start and g.end <= end]
        same = [g for g in inside if g.start == start and g.end == end]
        kind = same[0].kind if same else "organisation"
        if kind == "person":
            continue
        facts = [g for g in facts if g not in inside] + [Fact(start, end, kind, text[start:end])]
        kind_of[t] = kind
    if kind_of:
        facts = [
            Fact(g.start, g.end, kind_of[g.text], g.text)
            if g.text in kind_of and g.kind != "work"
            else g
            for g in facts
        ]
        facts.sort(key=lambda g: (g.start, g.end))
    return facts


# The words that end a university's or an institute's name in other languages.
_BODY_ENDINGS_ABROAD = words(
    "Institutet Institut Instituut Istituto Instituto Universitet Universität Universiteit"
    " Università Universidad Universidade Université Hogeschool Högskola Hochschule Akademie"
    " Akademi Akademia"
)


def _body_goes_on(prev: str, run: str) -> bool:
    """ "Chartered Institute of Public Finance and Accountancy", "Department of Health and
    Social Care": a body's field goes on after "and" with a word or two that name nothing
    of their own."""
    head = prev.split(" of ", 1)[0] if " of " in prev else prev.split(" for ", 1)[0]
    head = head.rsplit(" ", 1)[-1]
    return (
        head != prev
        and _is_head(head)
        # "the University of Leeds and Karolinska Institutet": a body after "and" is a body
        # of its own
        and run.rpartition(" ")[2] not in _BODY_ENDINGS_ABROAD
        and run.count(" ") <= 1
        and all(t[1:].islower() and t not in _LISTED and "-" not in t for t in run.split(" "))
    )


# Words of a match report: where they recur, a town's name is often its club's.
_SPORT_WORDS = words(
    """
    goals goal matches match league season striker midfielder defender goalkeeper coach
    penalty fixture relegated promotion scored scoring stoppage half-time kick-off
    tournament semifinal semi-final quarterfinal derby squad transfer
    """
)


def _is_sporty(text: str, lo: int, hi: int) -> bool:
    """A match report: where its words recur, "the second half" is of the match, not a date,
    and a town that plays is its club.

    Each word is looked for as a substring and kept where it stands as a whole word (no
    word character either side; the window's end counts as a side): a news story holds
    few of them, and a substring search skips through the text where a regex of the words
    tried every letter that starts one.  No two of them can stand whole at one position,
    so three found is three words."""
    end = min(hi, lo + 20_000)
    found = 0
    for word in _SPORT_WORDS:
        at = text.find(word, lo, end)
        while at >= 0:
            after = at + len(word)
            if not (at and _word_char(text[at - 1])) and not (
                after < end and _word_char(text[after])
            ):
                found += 1
                if found == 3:  # a third is enough
                    return True
            at = text.find(word, at + 1, end)
    return False


def _word_char(char: str) -> bool:
    """Whether re's \\w matches `char` (a letter, a digit or "_")."""
    return char.isalnum() or char == "_"


# Where a town is the town, though its club plays elsewhere in the text: "fans in Cardiff",
# "moved to Exeter with his mother".
_IN_BEFORE = re.compile(r"\b(?:in|near|(?:moved|moves|moving|returned|relocated) to) \Z")
# Clubs: "Leeds United", "Hull City", "Accra Lions" in a match report.
_CLUB_ENDINGS = words(
    "United City Rovers Wanderers Athletic Albion Villa Hotspur Rangers Town County Lions"
    " Argyle Orient Celtic Harriers Thistle FC AFC CF SC"
    # nicknames a club takes as its name's last word: "Glenmuir Swifts", "Toronto Raptors"
    " Swifts Eagles Hawks Falcons Tigers Bears Wolves Sharks Saints Knights Warriors Raiders"
    " Giants Pirates Dragons Bulls Hornets Jets Chiefs Magpies Panthers Raptors Rhinos"
    " Spartans Titans Vikings Cougars Jaguars Dolphins Stallions Bulldogs Blazers Flyers"
)
# A town's name that plays: "Lyon have signed", "Norwich stay ninth", "Lyon's coach".
_TEAM_AFTER = re.compile(
    r"[ \u00a0](?:beat|drew|draw|lost|host|hosts|hosted|travel|travels|visit|visits|have|are"
    r"|were|stay|keep|face|faces|trail|remain|sit|won|conceded|signed|bought|sold)\b"
    r"|[’']s (?:manager|coach|head coach|sporting director|captain|goalkeeper|striker|fans"
    r"|supporters|owner|squad|players|academy|stadium|ground|defence|defense|attack)\b"
)
_TEAM_BEFORE = re.compile(
    r"(?:\bbeat|\bagainst|\blost to|\bdrew with|\bhost|\bhosts|\btravel to|\bat home to"
    r"|\d-\d (?:at|against|to|with|over)|\bloan from|\bscouts from|\bbid from"
    r"|\b(?:signed|joined|joining|bought|sold) (?:\S+ ){0,2}(?:from|to|by))\s\Z"
)
# A company's: "Halcyra said it", "Halcyra’s chief executive", "X, the outdoor-clothing
# retailer"; a firm's: "the law firm X", "analyst at X", "X as legal counsel".
_ORG_AFTER = re.compile(
    r" (?:said|says) it (?:would|will|expects|expected|plans|planned|intends|aims|had|has)\b"
    r"|(?: said| says)? (?:expects|expected|reported|reports|plans|planned) its\b"
    r"| (?:said|says) its\b"
    r"|[’']s (?:shares|stock|chief|board|revenue|profits?|sales|net income|website"
    r"|headquarters|founder|co-?founder|cofounder|chairman|chairwoman|spokesman"
    r"|spokeswoman|spokesperson|general manager|managing director|annual report)\b"
    r"|, (?:the|an?) (?:(?!the |an? )[\w\-]+ ){0,3}(?:maker|retailer|company|firm|bank"
    r"|lender|insurer|startup|start-up|chain|manufacturer|carrier|airline|brewer"
    # not "X, the group's chief financial officer"
    r"|conglomerate|distributor|group|club|charity|federation)\b(?![’'])"
    r"| (?:reported|posted|booked) (?:a|an|its) (?:[\w\-]+ ){0,2}(?:loss|losses|profit|profits"
    r"|revenue|sales|results|earnings)\b"
    r"|,? (?:acted )?as (?:\w+ ){0,2}(?:adviser|advisor|advisers|advisors|counsel"
    r"|underwriter|bookrunner|auditor|broker)\b"
)
# "Guayas province", "Guayaquil, the country's largest city": what a place is called.
_PLACE_AFTER = re.compile(
    r" (?:province|prefecture|governorate|oblast)\b"
    # "the Reykjanes peninsula", "the Tamar estuary": a landform's common noun
    r"| (?:peninsula|fjord|estuary|archipelago|glacier|plateau|valley|coastline)\b"
    # "Stoney Creek residents were not consulted": who live in a place
    r"| (?:residents|householders|townspeople|villagers)\b"
    r"|, (?:the|a) (?:(?:country|nation|region|state|province)[’']s )?(?:[\w\-]+ )?"
    r"(?:city|town|capital|port|village|province|region)"
    r"(?=[,.;:]| (?:in|of|on|near|and|with|where|that|which|north|south|east|west)\b)"
    # "Middelburg, in the Dutch province of Zeeland": a place placed in a larger one
    r"|, in the (?:[\w\-]+ )?(?:province|region|county|state|district|department|canton)"
    r" of\b"
)
# "the neighbouring Court area", "the Falls, Castle and Titanic areas" (tried only where
# one of its nouns is near: _AREA_NEAR).
_AREA_AFTER = re.compile(
    r"(?:,? (?:and|or) [A-Z][\w\-]+|, [A-Z][\w\-]+)* (?:area|areas|ward|wards"
    r"|neighbourhood|neighbourhoods|neighborhood|neighborhoods|suburb|suburbs)\b"
)
_AREA_NOUN = re.compile(r" (?:area|ward|neighbo|suburb)")


def _near_area(text: str, lo: int, hi: int, runs: list[tuple[int, int, str]]) -> set[int]:
    """The runs that end a little before an area's noun, found from the nouns (few)."""
    areas = [m.start() for m in _AREA_NOUN.finditer(text, lo, hi)]
    if not areas:
        return set()
    ends = [e for _, e, _ in runs]
    near: set[int] = set()
    for a in areas:
        near.update(range(bisect.bisect_left(ends, a - 48), bisect.bisect_right(ends, a)))
    return near


# "the city of Cluj-Napoca", "the mayor of Bogotá": what only a place is "of".
_PLACE_OF = words(
    "city town village county region province island port coast outskirts centre center"
    " residents inhabitants edge"
    " mayor governor premier bishop archbishop"
)


_AGED_OF = re.compile(r", \d{1,3}, of \Z")


def _place_cue_before(text: str, lo: int, s: int, sporty: bool) -> bool:
    """ "the city of Cluj-Napoca", "her native Transylvania", "visited Rochdale" (not in a
    match report, where a town that visits is its club)."""
    last3 = text[s - 3 : s]
    if last3 == "of ":
        if text[s - 5 : s - 3] == ", " and _AGED_OF.search(text, max(lo, s - 10), s):
            return True  # "Orla Quinlan, 44, of Ballincollig": where someone lives
        return text[max(lo, s - 16) : s - 4].rsplit(" ", 1)[-1].lower() in _PLACE_OF
    if last3 == "ve ":
        return text[s - 7 : s] == "native "
    if last3 == "ed ":
        return not sporty and (text[s - 8 : s] == "visited " or text[s - 7 : s] == "toured ")
    return False


def _org_noun_before(text: str, lo: int, s: int, before: int) -> bool:
    """ "the law firm X", "analyst at X", "the Stockholm publisher X", "joined X"."""
    word = _word_before(text, s)
    if word in _COMPANY_NOUNS:
        return True
    if word == "in" and _word_before(text, s - 3) in _STAKE_WORDS:
        return True  # "shares in Halden Weir", "a stake in X": a company, not a place
    if word == "at":
        role = _word_before(text, s - 3)
        if role in _EMPLOYEE_ROLES or (role[-1:] == "s" and role[:-1] in _EMPLOYEE_ROLES):
            return True
    if word == "of" and _word_before(text, s - 3) in _HEAD_OF_FIRM:
        return True  # "managing partner of Fenwick Rowe": the firm the role is of
    if (
        word in _FIRM_NOUNS
        and _FIRM_BEFORE.search(text, max(lo, s - 60), s) is not None
        and not _verb_after(text, s)
    ):
        return True  # "the $11 billion productivity startup Notion, says": not "… Ana founded"
    return word in _ORG_BEFORE_LAST and _ORG_BEFORE.search(text, before, s) is not None


# A name set off by what it is: "X, a programme to …", "X, the novel that …".
_WORK_APPOSED = re.compile(
    r", (?:a|an|the) (?:[\w\-]+ ){0,2}?(?:programme|program|scheme|initiative|app|game|novel"
    r"|film|album|opera|play|book|song|documentary|podcast|series|musical|painting|memoir"
    r"|festival|tournament|treaty|law|bill|exhibition|retrospective|drama|comedy|thriller"
    r"|production|biopic|sitcom|novella|ballet|cantata"
    # "Bryncoed Blue, a soft blue cheese": a product by what it is
    r"|product|brand|cheese|cheddar|wine|beer|lager|ale|whisky|gin|vodka|cider|variety)"
    r"(?=[,.;:]| (?:of|by|about|that|which|to|for|set|written|directed|published|released"
    r"|starring|launched|aimed|designed|run|funded)\b)"
)
# "a partner at Carlow Brandt", "an engineer at Halden": whoever holds a role at a name
# works for it (not "the queen at Balmoral": a royal is somewhere, not employed there).
# Roles that are "of" a firm or a body, never of a place ("mayor of", "minister of" are).
_HEAD_OF_FIRM = words(
    "partner partners director directors chairman chairwoman chairperson founder cofounder"
    " co-founder ceo cfo cto coo owner owners shareholder shareholders trustee trustees"
)
_STAKE_WORDS = words(
    "shares stake stakes holding holdings investment investments invested invest invests"
)
_EMPLOYEE_ROLES = _ROLE_SET - words(
    "king queen prince princess pope cardinal bishop emperor empress"
)
_ORG_BEFORE = re.compile(
    r"(?:\blaw firm|\bthe bank|\binvestment bank|\bthe lender|\bthe firm|\bthe company"
    r"|\bthe retailer|\bthe insurer|\bthe startup|\badvised by(?: \S+ and)?|\bhired"
    # "acquired by Harlow Weir", "published by Faber": what firms do (not "owned by",
    # "funded by": people own and fund things too)
    r"|\b(?:acquired|financed|published|operated|underwritten|audited|insured) by"
    r"|\b(?i:analysts?|economists?|strategists?|researchers?|bankers?|lawyers?) (?:at|with)"
    r"|\bcovers? [\w\-]+ for)\s\Z"
)

# "the $11 billion productivity startup Notion": a firm's noun after words that say what
# sort of firm it is; the name after it is the firm's, unless a verb follows it ("the
# startup Altman founded").
_FIRM_NOUNS = words("startup start-up company firm retailer insurer lender chain")
_FIRM_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their) (?:[\w$€£.,\-]+ ){1,3}"
    r"(?:" + "|".join(sorted(_FIRM_NOUNS)) + r") \Z"
)
_LOWER_AFTER = re.compile(r" [a-z]")
# What a firm has somewhere, and parts of a firm, after a name it owns.
_SITE_AFTER = re.compile(
    r" (?:[a-z\-]+ )?(?:plant|plants|factory|works|depot|site|campus|mill|refinery|smelter"
    r"|mine|warehouse|offices?|headquarters|store|branch|facility|yard|terminal)\b"
)
_BODY_AFTER = re.compile(
    r" (?:subsidiary|unit|division|arm|parent|partner|rival|owner|shareholders|board|staff"
    r"|employees|workers|chief|boss|team|executives|managers)\b"
)
_WON_BEFORE = re.compile(r"\b(?:won|wins|win|winning|scooped|clinched|awarded|named) the \Z")
# "his role as a retired ferryman in Saltfleet", "Mamaliga, screened in 2022": a film's
_ROLE_IN = re.compile(
    r"\b(?:role|roles|part|cameo|starring|starred|stars) (?:as (?:\S+ ){1,4})?in \Z"
)
_SCREENED_AFTER = re.compile(r",? (?:screened|premiered|premieres|grossed)\b")
# A lower-case word after a name that is not a small word: "the Nelson seat", not "… at".
_NOUN_AFTER = re.compile(
    r" (?!(?:at|in|on|for|with|by|and|or|but|after|before|last|this|from|to|of|when|as)\b)[a-z]"
)


def _verb_after(text: str, s: int) -> bool:
    """A lower-case word right after the name's first word: "the startup Altman founded"."""
    space = text.find(" ", s, s + 40)
    return space > s and text[space - 1].isalnum() and _LOWER_AFTER.match(text, space) is not None


# "according to the promoter, Live Nation.": a company's common noun, then its name set off.
_ORG_APPOSED = re.compile(
    r"\b(?:the|its|their|a|an) (?:[\w\-]+ ){0,2}(?:promoter|label|company|firm|bank|lender|insurer"
    r"|retailer|broadcaster|distributor|carrier|airline|startup|maker|manufacturer|band),"
    r"(?: (?:the|The))? \Z"
)
_COMMA_THE = frozenset({", the ", ", The "})
# Common nouns for a company, and verbs only a company follows: the name after is one.
_COMPANY_NOUNS = words(
    "publisher broadcaster carmaker automaker airline supermarket brewer band label consultancy"
    " conglomerate fund joined joins acquired charity union regulator watchdog studio agency"
)
# The last words _ORG_BEFORE can end with: only after one is it tried.
_ORG_BEFORE_LAST = words(
    "firm bank lender company retailer insurer startup by and hired at with for"
)

_PLACES_OR_COMPASS = PLACES | COMPASS


def _cue(
    text: str, lo: int, s: int, e: int, run: str, kind: str | None, sporty: bool
) -> str | None:
    """The kind the words around one mention of a name settle, or None."""
    before = max(lo, s - 34)
    if sporty and kind != "work" and " " in run and run.rsplit(" ", 1)[-1] in _CLUB_ENDINGS:
        return "organisation"  # "Exeter Rangers", "Yeovil Harriers": a club, listed town or not
    if sporty and (
        kind in ("place", "organisation") or run in PLACES or run.rsplit(" ", 1)[-1] in PLACES
    ):
        tokens = run.split(" ")
        if len(tokens) > 1 and tokens[-1] in PLACES and tokens[0] not in _PLACES_OR_COMPASS:
            return "organisation"  # "Eintracht Frankfurt", "Red Bull Salzburg"
        if _TEAM_AFTER.match(text, e) or _TEAM_BEFORE.search(text, before, s):
            return "organisation"
    if (
        (
            kind in ("person", None, "organisation")
            # "an assistant coach at Grand Valley State": a university named like a place
            or (kind == "place" and text[s - 3 : s] == "at " and run not in PLACES)
        )
        and run not in PLACES
        and (
            _ORG_AFTER.match(text, e)
            or _org_noun_before(text, lo, s, before)
            or (
                text[e : e + 1] in (",", ".", ";", ")")
                # _ORG_APPOSED ends so: most names have no comma before them
                and (text[s - 2 : s] == ", " or text[s - 6 : s] in _COMMA_THE)
                and _ORG_APPOSED.search(text, max(lo, s - 40), s)
            )
        )
    ):
        return "organisation"
    if (
        kind in ("person", None, "place")
        and text[e : e + 2] == ", "
        and run not in PLACES
        and _BODY_GLOSS.match(text, e) is not None
    ):
        return "organisation"  # "Vegverket, the Norwegian Roads Administration": its gloss
    if (
        kind in ("person", None)
        and text[s - 2 : s] in ("a ", "n ")
        and _word_before(text, s) in ("a", "an")
        and run not in PLACES
        and _ROLE_AFTER.match(text, e)
    ):
        return "organisation"  # "a Plaid Cymru councillor": whose councillor, not who
    if (
        kind == "person"
        and text[e : e + 8] == ", which "
        and " " in run
        and not _shape_of(run)[4]
        and not _AFTER_A_TOWN.search(text, max(lo, s - 40), s)  # "in Hameln and Bad Pyrmont"
    ):
        return "organisation"  # "Carrick Dunne, which beat two rivals": no one is a which
    if kind != "place" and (
        _PLACE_AFTER.match(text, e)
        or (
            text[s - 3 : s] in ("of ", "ve ", "ed ")
            and _place_cue_before(text, lo, s, sporty)
            and run.rsplit(" ", 1)[-1] not in ORGANISATION_ENDINGS  # "City of London Corporation"
        )
    ):
        return "place"
    if (
        kind in ("person", "organisation", None)
        and run not in _LISTED
        and text[s - 4 : s] in ("the ", "The ")
        and _VENUE_AFTER.match(text, e) is not None
    ):
        return "place"  # "the Harpa concert hall", "the Kingsmead stadium": a venue's name
    if (
        text[e : e + 2] == ", "
        and text[e + 2 : e + 4] in _ARTICLES2
        and _WORK_APPOSED.match(text, e)
        and not _honorific_before(text, s)  # "the painter X, the first painting by a woman"
    ):
        return "work"  # "Project Nightingale, a programme to digitise records"
    if (
        text[s - 3 : s] == "of "
        and _word_before(text, s - 3) in _STAGED
        and text[e : e + 2] not in ("’s", "'s")
        and not _shape_of(run)[4]
    ):
        return "work"  # "a new production of Hamlet", "a recording of the Requiem"
    owned = (
        text[s - 4 : s] == "its "
        or text[s - 3 : s] in ("’s ", "'s ")
        or text[s - 6 : s] == "their "
    )
    if owned and kind in ("person", "organisation", None) and run not in _LISTED:
        if _SITE_AFTER.match(text, e):
            return "place"  # "Ford’s Oakville plant", "its Hameln engine plant"
        if (
            text[s - 4 : s] == "its "
            and _NOUN_AFTER.match(text, e)
            and not _BODY_AFTER.match(text, e)
        ):
            return "work"  # "its Harlan van", "its Vetta Ring health tracker"
    if (
        text[s - 4 : s] == "the "
        and kind in ("person", "organisation", None)
        and run not in _LISTED
        and _WON_BEFORE.search(text, before, s)
        and not _NOUN_AFTER.match(text, e)
        and text[e : e + 2] not in ("’s", "'s")
    ):
        return "work"  # "won the Crystal Globe": a prize (not "won the Nelson seat")
    if (
        kind in ("person", "organisation", "place", None)
        and run not in _LISTED
        and (
            (text[s - 3 : s] == "in " and _ROLE_IN.search(text, max(lo, s - 50), s))
            or _SCREENED_AFTER.match(text, e)
        )
    ):
        return "work"  # a film someone plays in or that screened
    if (
        _work_noun_before(text, s, e) and not (kind == "person" and _SPEECH_AFTER.match(text, e))
    ) or (" and the " in run or " in the " in run):
        return "work"  # "The Old Man and the Sea", "Alice in the Wonderland": a title's
    if (
        sporty
        and run.endswith(_COMPETITION_ENDINGS)
        and run != "League"
        and text[max(lo, s - 4) : s] == "the "
    ):
        # "the Premier League", "the Championship", "the EuroLeague", "the Premiership": a
        # competition
        return "work"
    return None


# ", the Swedish Transport Administration,": a body's name in full set off after a name,
# which then names the same body (its own-language name, or a short one).
_BODY_GLOSS = re.compile(
    rf", (?:the |The )?(?:[{_UPPER}][\w’'\-]* ){{0,4}}"
    rf"(?:{any_of(sorted(ORGANISATION_ENDINGS, key=len, reverse=True))})"
    r"(?=[,.;)]| said| says)"
)
# What a venue is, after its name: "the Harpa concert hall", "the Bislett stadium".
_VENUE_AFTER = re.compile(
    r" (?:concert hall|opera house|stadium|arena|racecourse|velodrome|amphitheatre)\b"
)
# How a competition's name ends, a word of its own or the end of one ("EuroLeague").
_COMPETITION_ENDINGS = ("League", "Championship", " Division", " División", "Premiership")


# "Nigerian", "Congolese", "Kurdish": an adjective of a people, not a place, before "-born".
_DEMONYM_ENDING = re.compile(r"(?:an|ese|ish|ic|i)\Z")
_COMPOUND_SUFFIX = re.compile(
    r"-(based|born|led|backed|owned|made|era|style|bound|listed|registered|headquartered"
    r"|winning|nominated)\Z"
)


# (capitalised run, whether it opens a sentence) -> the names in it, as offsets into it.
_PIECES: dict[tuple[str, bool], list[tuple[int, int]]] = {}


# A firm's legal form or trade, which ends its name: "of" after one tells where it is from.
_TRADE_ENDINGS = words(
    """
    Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. LLC PLC plc Group Holdings Industries
    Enterprises Motors Electronics Technologies Systems Construction Engineering Builders
    Developments Minerals Resources Metals Mining Steel Petroleum Energy Shipping Chemicals
    Foods Brewing Telecom Logistics Software Robotics Semiconductor Pharmaceuticals Pharma
    Biotech Automotive Aerospace GmbH AG SA NV BV AB ASA SpA
    """
)


def _split_run(run: str, opens: bool) -> list[tuple[int, int]]:
    """The names in a capitalised run, cut where a sentence ends inside it, at possessives
    and at "of" after a person's name, without the openers, honorifics and job titles that
    precede a name."""
    if run.count(" ") >= _MAX_NAME_WORDS * 2:
        return []  # a capitalised run this long is a heading in capitals, not a name
    pieces: list[tuple[list[tuple[int, int]], bool]] = []
    current: list[tuple[int, int]] = []
    current_opens = opens
    skip_the = False
    # "Ecodesign for Sustainable Products Regulation": a law's name holds its "for".
    law = _names_a_law(run)
    all_tokens = list(_RUN_TOKEN.finditer(run))
    for k, t in enumerate(all_tokens):
        ts, te = t.span()
        token = t.group(0)
        if skip_the and token == "the":
            skip_the = False
            continue
        skip_the = False
        if token in ("of", "for") and current and not law:
            before = run[current[-1][0] : current[-1][1]]
            if (
                token == "of"
                and before in _TRADE_ENDINGS
                and k + 1 < len(all_tokens)
                and run[all_tokens[k + 1].start() :] in PLACES
            ):
                # "Hanmi Construction of South Korea": the firm, then where it is from
                # (a firm's trade or legal form; "Bank of America", "Government of Canada"
                # are named by what they are)
                pieces.append((current, current_opens))
                current, current_opens = [], False
                continue
            if not (
                _is_head(before)
                or before in ORGANISATION_ENDINGS
                or before.lower() in _ROLE_SET
                or before in WORK_ENDINGS
                or before in PLACE_ENDINGS
                # "Court for the District of New Jersey": a body's "for the … of …"
                or (token == "of" and any(run[a:b] == "for" for a, b in current))
            ):
                # "Ana Ruiz of the University of Bergen": a person, then an organisation.
                pieces.append((current, current_opens))
                current, current_opens = [], False
                skip_the = True
                continue
        current.append((ts, te))
        if token.endswith((".", ",")) and not (
            len(token) == 2 or token in _PREFIX_ABBREVIATIONS or _INITIALS.fullmatch(token)
        ):
            pieces.append((current, current_opens))
            current, current_opens = [], token.endswith(".")
        elif (
            (
                token.endswith(("’s", "'s"))
                or token in _SUFFIX_ABBREVIATIONS
                # "the Pune-based IT company": where a firm is based ends the name there
                or ("-" in token and _COMPOUND_SUFFIX.search(token) is not None)
            )
            and not (len(current) == 2 and run[current[0][0] : current[0][1]] in _SAINTS)
            # "the U.S. Attorney's Office", "Children's Hospital": a common noun's body
            and not (
                k == len(all_tokens) - 2
                and all_tokens[k + 1].group(0) in ORGANISATION_ENDINGS
                and token[:-2].lower() in _OWNING_NOUNS
            )
        ):
            pieces.append((current, current_opens))
            current, current_opens = [], False
    if current:
        pieces.append((current, current_opens))
    out: list[tuple[int, int]] = []
    for group, group_opens in pieces:
        # the words that count: "of", "for", "the" inside a body's name do not
        if sum(run[a:b] not in _CONNECTORS for a, b in group) <= _MAX_NAME_WORDS:
            out.extend(_clean(run, group, group_opens))
    return out


_RUN_TOKEN = re.compile(r"[^ \u00a0]+")
# Common nouns that own a body in its name: "Attorney's Office", "Women's Institute".
_OWNING_NOUNS = _ROLE_SET | _PERSON_PLURALS | words("children veterans workers farmers citizens")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_RANK_LEADS = words("former acting interim deputy vice chief senior executive assistant associate")
_SAINTS = words("St St. Saint")  # "St Mary's Hospital": the saint's name holds its "’s"
_LAW_ENDINGS = words("Act Regulation Regulations Directive Treaty Convention")


def _names_a_law(run: str) -> bool:
    """Whether a run ends as a law's name does, with its year or without ("Proceeds of Crime
    Act 2002"): such a name holds its "of" and "for", which cut other runs."""
    head, _, last = run.rpartition(" ")
    if last.isdigit() and len(last) == 4:
        last = head.rpartition(" ")[2]
    return last in _LAW_ENDINGS


# "Frenchman", "Irishwomen": a nationality, not a name.
_DEMONYM = re.compile(r"(\w+?)(?:man|woman|men|women)")
_MAX_NAME_WORDS = 8


def _clean(run: str, tokens: list[tuple[int, int]], opens: bool) -> list[tuple[int, int]]:
    """Drop the words around a name that are not the name: openers, honorifics, titles,
    months; strip possessives and closing dots."""
    while tokens:
        token = run[tokens[0][0] : tokens[0][1]]
        word = token.rstrip(".,")
        if (
            len(tokens) > 1
            and word.lower() in _TITLE_LEADS
            and run[tokens[1][0] : tokens[1][1]].rstrip(".,").lower() in _ROLES_OR_LEADS
        ):
            tokens = tokens[1:]
            continue
        if (
            len(tokens) > 2
            and opens
            and word not in ORGANISATION_HEADS
            and word not in PLACES
            and run[tokens[1][0] : tokens[1][1]] in ("of", "for")
        ):
            tokens = tokens[2:]  # "Shares of Nordvik": the name is after "of"
            continue
        if (
            token in _OPENERS
            or word in _OPENERS
            or token in HONORIFICS
            or token in _PREFIX_ABBREVIATIONS
            or (
                word.lower() in _ROLE_SET
                and not (
                    len(tokens) == 2 and run[tokens[1][0] : tokens[1][1]] in _WORK_OR_BODY_ENDINGS
                )
                # "Queen Elizabeth University Hospital": the role is the body's own name
                and not (
                    len(tokens) >= 3
                    and run[tokens[-1][0] : tokens[-1][1]] in _BODY_OR_PLACE_ENDINGS
                )
                # "King Street East", "Queen Street West": a street named by its role word
                and not (len(tokens) >= 2 and run[tokens[1][0] : tokens[1][1]] in _STREET_ENDINGS)
                # "Dean Vass": a given name that is a role word too, before a family name
                and not (len(tokens) == 2 and word.lower() in GIVEN_NAMES)
            )
            or token in _MONTH_NAMES
            or word in _CONNECTORS
            or word in _NOT_NAMES
            or (len(tokens) == 1 and word in NATIONALITIES)
            or (
                len(tokens) == 1
                and _DEMONYM.fullmatch(word)
                and _DEMONYM.fullmatch(word)[1] in NATIONALITIES
            )
        ):
            tokens = tokens[1:]
            opens = False
            continue
        break
    while tokens:
        token = run[tokens[-1][0] : tokens[-1][1]].rstrip(".,")
        if token in _CONNECTORS or token in _MONTH_NAMES:
            tokens = tokens[:-1]
            continue
        break
    if not tokens:
        return []
    # A month or weekday inside a run ends the name before it.
    for k, (ts, te) in enumerate(tokens):
        if run[ts:te].rstrip(".,") in _MONTH_NAMES and k > 0:
            return _clean(run, tokens[:k], opens) + _clean(run, tokens[k + 1 :], False)
    # "Lagos State Governor Babajide Sanwo-Olu": a role inside a run stands between the
    # body it belongs to and the person who holds it.
    if len(tokens) >= 4:
        words_ = [run[ts:te] for ts, te in tokens]
        for k in range(1, len(tokens) - 2):
            if (
                words_[k][:1].isupper()
                and words_[k].lower() in _ROLE_SET
                and words_[k + 1].lower() not in _ROLE_SET
                and all(w[:1].isupper() and w not in _CONNECTORS for w in words_[k + 1 :])
                and len(tokens) - k - 1 <= 3
            ):
                first = k
                while first > 0 and words_[first - 1].lower() in _ROLES_OR_RANKS:
                    first -= 1
                if first == 0:
                    break
                return _clean(run, tokens[:first], opens) + _clean(run, tokens[k + 1 :], False)
    s, e = tokens[0][0], tokens[-1][1]
    while e > s and run[e - 1] in ".,":
        last = run[s:e].rsplit(" ", 1)[-1]
        if run[e - 1] == "." and (
            last in _SUFFIX_ABBREVIATIONS or (_INITIALS.fullmatch(last) and len(last) > 2)
        ):
            break
        e -= 1
    if run[e - 2 : e] in ("’s", "'s"):
        e -= 2
    elif run[e - 1 : e] in "’'":
        e -= 1
    name = run[s:e]
    if len(name) < 2 or name in _NOT_NAMES or name in _OPENERS:
        return []
    if not any(ch.isalpha() for ch in name):
        return []
    return [(s, e)]


# "Critics said", "Analysts told …": people spoken of as a group speak, but the capital the
# sentence gives them makes no surname of them.  The police are a body, named as one.
_GROUPS = PEOPLE_NOUNS - {"police"}


def _a_group(run: str) -> bool:
    lower = run.lower()
    return lower in _GROUPS or (len(lower) > 4 and lower[-1] == "s" and lower[:-1] in ROLE_WORDS)


def _named_by_a_role(run: str) -> bool:
    """ "Housing Secretary", "Police Minister", "Chief Medical Officer": a role with what it
    is over, which the titles read; a body's name ends in its own noun ("… Commission")."""
    head, _, last = run.rpartition(" ")
    return (
        bool(head)
        and head.count(" ") <= 2
        and last.lower() in _ROLE_SET
        and last not in ORGANISATION_ENDINGS
    )


def _a_people(run: str) -> bool:
    """ "Canadians", "Icelanders", "Parisians", "New Zealanders": the people of a nation or
    a place in the plural, which names no one in particular."""
    return (
        run[:-1] in NATIONALITIES
        or (run.endswith("ers") and run[:-3] in PLACES)
        or (run.endswith("ians") and run[:-4] in PLACES)
    )


def _opens_sentence(text: str, s: int) -> bool:
    j = s
    while j > 0 and text[j - 1] in " \t\u00a0":
        j -= 1
    if j == 0:
        return True
    return text[j - 1] in '.!?:;\n“"‘(—–-[' or (
        text[j - 1] in "”’'" and text[j - 2 : j - 1] in ".!?,"
    )


def _classify(
    text: str,
    s: int,
    e: int,
    run: str,
    mid_sentence: set[str],
    surnames: set[str],
    opens: bool,
) -> str | None:
    shape = _SHAPES.get(run)
    if shape is None:
        shape = _shape(run)
        if len(_SHAPES) < 100_000:
            _SHAPES[run] = shape
    known, single, camel, titlecase, given = shape
    if single and text[s - 4 : s] in ("the ", "The ") and _ROAD.fullmatch(run):
        return "place"  # "the A30", "the M25", "the E39": a road
    if single and opens and run not in mid_sentence and run not in surnames and run not in _LISTED:
        if run.isupper() and text[s - 1 : s] == "(" and text[e : e + 1] == ")":
            return "organisation"  # "the Special EU Programmes Body (SEUPB)": its acronym
        if run.isupper() and run.title() in PLACES:
            return "place"  # a dateline: "MUNICH, March 3"
        if _PLACE_BODY_AFTER.match(text, e):
            return "place"  # "Millbrook's city council", "Tarvin's mayor"
        if not (
            3 <= len(run) <= 5
            and run.isupper()
            and run.isalpha()
            and _LOWER_AFTER.match(text, e) is not None
        ):
            return None
        # "NBP publishes its decisions at 4pm": an acronym opening a sentence is a name
        # as it is elsewhere; no plain word is written in capitals before a lower-case one
    if known is not None:
        if (
            known == "place"
            and given
            and run not in PLACES
            and (_SPEECH_AFTER.match(text, e) or _honorific_before(text, s))
        ):
            return "person"  # "Lee Park said": a given name, then a family name like a place's
        return known
    if _work_noun_before(text, s, e) and not (titlecase and _SPEECH_AFTER.match(text, e)):
        return "work"  # not "head of product Min-ji Hartmann told reporters"
    product = _PRODUCT_AFTER.match(text, e)
    if product is not None and not (given and product.group("media")):
        return "work"  # "the weekly Model Behavior newsletter"; not "the Joe Rogan podcast"
    if text[s - 3 : s] == "in " and _PUBLISHED_IN.search(text, max(0, s - 40), s):
        return "work"  # "published on Wednesday in Nature Geoscience": a journal
    if run.isupper() and len(run.replace(".", "")) >= 2:
        return "organisation"
    if (
        run in surnames
        or _word_before(text, s) in KIN
        or (
            text[s - 2 : s] == ", "
            and (_word_before(text, s) in KIN or text[s - 7 : s - 2] in (" year", "years"))
            and _KIN_APPOSED.search(text, max(0, s - 40), s)
        )
        # "the second of four children of Ingrid": whose child
        or (text[s - 3 : s] == "of " and _word_before(text, s - 3) in KIN)
        # "their three children, Solveig, Nils and Tove": the names kin are listed by
        or (
            single
            and (text[s - 2 : s] == ", " or text[s - 4 : s] == "and ")
            and _KIN_LIST.search(text, max(0, s - 80), s)
        )
    ):
        return "person"
    if not single and run.split(" ", 1)[0] in _ARTICLES_ABROAD and not given:
        # "La Brasa Cuevas", "El Faro Azul": a name opened by an article is no one's
        return "place" if _placed_before(text, s) else "organisation"
    if single:
        if (
            (_SPEECH_AFTER.match(text, e) and _word_before(text, s) not in _PREPOSITIONS)
            or _honorific_before(text, s)
            or (text[e : e + 1] in (".", ",", ";") and _spoken_before(text, s))
        ):
            return "organisation" if camel else "person"  # "…, said Halvorsen."
    elif (
        given
        or run.rsplit(" ", 1)[-1] in surnames
        # "the chairman of the Kerio Pacers, said": what an appositive ends with
        or (
            _SPEECH_AFTER.match(text, e)
            and _word_before(text, s) not in _PREPOSITIONS
            and _word_before(text, s) != "the"
        )
        or _honorific_before(text, s)
    ):
        return "person"
    if (
        not camel
        # "in Te Tai Tokerau": three words too, when none of them is a given name and
        # none a body's word ("at Narodowy Bank Polski")
        and (
            run.count(" ") <= 1
            or (
                run.count(" ") == 2
                and _no_given_name(run)
                and not any(t in ORGANISATION_ENDINGS or _is_head(t) for t in run.split(" "))
            )
        )
        and _placed_before(text, s)
    ):
        if titlecase and _PASS_FROM.search(text, max(0, s - 22), s):
            return "person"  # "a cross from Benedikt Sandoval": who gave it
        return "place"
    if titlecase and _word_before(text, s) not in ("the", "at", "of", "for", "with"):
        return "person"
    return "organisation"


# The articles of Spanish, Italian and French that open the names of places and businesses
# ("La Brasa", "El Faro", "Il Fornaio"); not "Le" or "De", which open family names too.
_ARTICLES_ABROAD = words("El La Los Las Il Lo Les")
_LISTED = PLACES | ORGANISATIONS | _ACRONYM_PLACES
_PLACE_SET = PLACES | _ACRONYM_PLACES
# Words that make a place of a place: "Greater Manchester", "New England", "Inner London".
_PLACE_QUALIFIERS = words(
    "Greater Inner Outer New Old Great Little Royal Metropolitan Metro Mid Far Deep Lake Saint"
    " St St. San Santa Port Southeast Southwest Northeast Northwest Sub-Saharan Rural Coastal"
)
# Unions a span's tests ask for at every name, built once (an `in A | B` builds the set of
# both each time).
_ROLES_OR_LEADS = _ROLE_SET | _TITLE_LEADS
_ROLES_OR_RANKS = _ROLE_SET | _RANK_LEADS
_WORK_OR_BODY_ENDINGS = WORK_ENDINGS | ORGANISATION_ENDINGS
_BODY_OR_PLACE_ENDINGS = ORGANISATION_ENDINGS | PLACE_ENDINGS
_COMPASS_OR_QUALIFIERS = COMPASS | _PLACE_QUALIFIERS
_PLACE_STARTS = words("Port Lake Mount Fort Cape Puerto Porto Isla Isle River Loch Lough")
_STADIUM_STARTS = words("Estadio Estádio Stadio Stadion")
# What a town has, after its name and "’s": nothing else marks a place opening a sentence.
_PLACE_BODY_AFTER = re.compile(
    r"[’']s (?:city|town|county|village|municipal|regional|state) (?:council|hall|government"
    r"|officials|police|mayor|residents|population|budget)\b"
    r"|[’']s (?:mayor|residents|population|townspeople|city council|town council)\b"
)
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")
# Capitalised name -> what its words alone say about it (see _shape).
_SHAPES: dict[str, tuple[str | None, bool, bool, bool, bool]] = {}


# A capital inside a person's name comes after a prefix of family names: "McDonald",
# "MacKenzie", "DeShawn", "LeBron", "DiCaprio", "O'Neill", "FitzGerald".
_NAME_CAMEL = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Fitz|Van|Von|O[’']|D[’'])[A-Z][a-z]+")


def _branded(word: str) -> bool:
    """Written like a brand ("OpenAI", "GitHub", "TfW"): a capital after the first that no
    hyphen opens and no family-name prefix explains."""
    return (
        not word[1:].islower()
        and any(c.isupper() and word[k] != "-" for k, c in enumerate(word[1:]))
        and _NAME_CAMEL.fullmatch(word) is None
    )


def _shape(run: str) -> tuple[str | None, bool, bool, bool, bool]:
    """What a name's own words say: the kind they settle (or None), whether it is one word,
    written like "OpenAI", two or three title-case words, opened by a given name."""
    tokens = run.split()
    first, last = tokens[0], tokens[-1].rstrip(".")
    single = len(tokens) == 1
    # "OpenAI", "TfW"; not "Betws-y-Coed" or "Osei-Bonsu", whose capitals open its parts
    camel = single and _branded(run)
    # "Mei-Ling Castellanos", "Osei-Bonsu", "O'Neill": letters, hyphens and apostrophes; a
    # word in capitals ("BNP Paribas") or written like a brand ("GitHub Copilot") is an
    # organisation's or a product's, not a person's.
    titlecase = 2 <= len(tokens) <= 3 and all(
        t[:1].isupper()
        and _NAME_WORD.fullmatch(t)
        and not (t.isupper() and len(t) > 1)
        and not _branded(t)
        for t in tokens
    )
    given = 2 <= len(tokens) <= 4 and (
        first.lower() in GIVEN_NAMES
        or _INITIALS.fullmatch(first) is not None
        or _unaccented(first).lower() in GIVEN_NAMES  # "Luís", "Zoë"
        or (titlecase and _SURNAME_ENDING.search(last) is not None)
    )
    # "Ward 3", "Terminal 5", "Platform 4": a numbered part of a place
    numbered_place = len(tokens) == 2 and first in _NUMBERED_PLACES and last.isdigit()
    # "Unifor Local 195", "Teamsters Local 727": a union's branch by its number
    union_local = len(tokens) >= 3 and tokens[-2] == "Local" and last.isdigit()
    work = (
        (
            any(ch.isdigit() for ch in run)
            and last not in PLACE_ENDINGS
            and not numbered_place
            and not union_local
        )
        or first[0].islower()
        or (last in WORK_ENDINGS and not single)
        or (last in _MODEL_ENDINGS and not single)  # "Pellion Book Pro", "Q-Mate Lite"
        or (" on " in run and any(t + " on " in run for t in _TREATIES))
        or "Journal of" in run  # a journal a paper appears in
        or (first in _WORK_STARTS and not single)  # "Festival d'Aix", "Prix Goncourt"
        # "Best Director", "Best Original Score": an award (not "Best Buy", a shop)
        or (first == "Best" and not single and _AWARDED.search(run) is not None)
        # "Fold X", "Model S": a product's letter, not a person's initial
        or (not single and len(last) == 1 and last.isupper() and first.lower() not in GIVEN_NAMES)
    )
    organisation = (
        last in ORGANISATION_ENDINGS
        or (last in _BODY_ENDINGS_ABROAD and not single)  # "Karolinska Institutet"
        or union_local
        # "National Grid", "National Express"; not "National Park"
        or (first == "National" and not single and last not in PLACE_ENDINGS)
        or (last in _PARTY_PLURALS and not single)  # "Social Democrats", "Sweden Democrats"
        # "Te Pāti Māori", "Partij van de Arbeid": a party named in its own language
        or (not single and any(t in _PARTY_WORDS for t in tokens))
        or last + "." in ORGANISATION_ENDINGS
        or (first in ORGANISATION_STARTS and not single)
        # "Imperial College London", "University College Dublin"
        or (len(tokens) >= 3 and tokens[-2] in ORGANISATION_ENDINGS and last in PLACES)
        # "University of Ghent", "Museum voor Schone Kunsten", "Institut für Physik"
        or (_is_head(first) and not single and tokens[1] in _HEAD_LINKS)
        # "U.S. District Court for the District of New Jersey": a body's word, then its "for"
        or any(
            tokens[k + 1] in _HEAD_LINKS and (_is_head(t) or t in ORGANISATION_ENDINGS)
            for k, t in enumerate(tokens[1:-1], start=1)
        )
    )
    place = (
        numbered_place
        # "St Austell", "Saint-Denis", "San Marcos": a saint's name is a place's
        or (first in _SAINT_PLACES and not single)
        or (single and run.endswith("shire") and len(run) > 7)
        or not single
        and (
            last in PLACE_ENDINGS
            or (" ".join(tokens[:-1]) in PLACES and last in ("City", "County", "State"))
            or (first in COMPASS and not given)
            # "Gulf of Mexico", "Stadium of Light"; "Port Harcourt", "Lake Geneva"
            or (first in PLACE_ENDINGS and tokens[1] == "of")
            or (first in _PLACE_STARTS and len(tokens) == 2)
            # "Estadio Los Almendros", "Stadio Olimpico", "Hotel Imperial": a venue by its noun
            or first in _STADIUM_STARTS
            or first in _VENUE_STARTS
            # "King Street East", "Main Street West": a street and the part of it
            or (last in COMPASS and tokens[-2] in _STREET_ENDINGS)
        )
    )
    known: str | None = None
    if run in PLACES or run in _ACRONYM_PLACES:
        known = "place"
    elif run.isupper() and len(run) > 3 and run.title() in PLACES:
        known = "place"  # a dateline: "MUNICH, March 3"
    elif run in ORGANISATIONS:
        known = "organisation"
    elif work:
        known = "work"
    elif organisation:
        known = "organisation"
    elif place:
        known = "place"
    elif first in ORGANISATIONS and not given:
        known = "organisation"  # "Goldman Sachs", "Google Cloud"
    if known in ("place", None) and len(tokens) == 2 and last in PLACES and run not in PLACES:
        if first in COMPASS or first in _PLACE_QUALIFIERS:
            known = "place"  # "Greater Manchester", "Southeast Asia"
        elif not given and first not in PLACES and _NAME_WORD.fullmatch(first) is not None:
            known = "organisation"  # "Euronext Dublin", "Historic England": a body of a place
    if known is None and len(tokens) >= 3 and not given and _body_of_a_place(tokens):
        known = "organisation"  # "Air New Zealand", "Visit South Africa": a body of a place
    if known is None and 2 <= len(tokens) <= 3 and last in _POINTS_ABROAD:
        known = "place"  # "Roma Norte", "Baja California Sur", "Pas-de-Calais Nord": a quarter
    if known is None and len(tokens) == 2 and last in _POINTS and first in _POINTED:
        known = "place"  # "Far West", "North East", "Deep South": a region by its quarter
    elif (
        known is None
        and len(tokens) == 3
        and last in PLACES
        and not given
        and titlecase
        and " ".join(tokens[:2]) not in PLACES
        and first not in _COMPASS_OR_QUALIFIERS
    ):
        known = "organisation"  # "Emergency Recovery Victoria", "Visit North Wales"
    elif known is None and first in NATIONALITIES and not single and not given:
        known = "organisation"  # "Czech Television", "Dutch Railways": a nation's body
    return known, single, camel, titlecase, given


_HEAD_LINKS = words("of for voor für de des du")
_POINTS = words("North South East West")
_POINTED = COMPASS | words("Far Mid Deep Upper Lower")
# The compass words of other languages, which end the names of regions and districts.
_POINTS_ABROAD = words(
    "Norte Sur Nord Sud Oeste Ouest Oriental Occidental Norra Södra Östra Västra"
)
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")
_ROAD = re.compile(r"[AME]\d{1,4}(?:\([MT]\))?")
_VENUE_STARTS = words("Hotel Teatro Théâtre Palacio Palazzo Castello")
_SAINT_PLACES = words("St St. Saint San Santa Sankt")
_MODEL_ENDINGS = words("Pro Max Ultra Mini Lite")
_PARTY_PLURALS = words(
    "Democrats Republicans Conservatives Liberals Socialists Greens Moderates Nationalists"
    " Unionists"
)
_PARTY_WORDS = words("Pāti Partij Partito Partia Partidul Puolue Párt Parti Partido Partei")
_NUMBERED_PLACES = words("Ward District Precinct Zone Terminal Platform Gate Pier Sector")
_STREET_ENDINGS = words("Street Road Avenue Lane Square Place Terrace Boulevard Drive Way")
_STREETS_OR_ROADS = _STREET_ENDINGS | _ROAD_ENDINGS
_AWARDED = re.compile(
    r" (?:Director|Actor|Actress|Picture|Film|Album|Song|Score|Screenplay|Documentary"
    r"|Newcomer|Play|Musical|Novel|Book|Debut|Feature|Player|Coach|Supporting)\b"
)
_WORK_STARTS = words("Festival Prix Expo Tour Treaty Battle Siege Storm Hurricane Typhoon Cyclone")


def _body_of_a_place(tokens: list[str]) -> bool:
    """Whether one title-case word stands before a place named in several words ("Health
    New Zealand", "Tourism South Africa"): what a body of that place is called, not a person
    (no given name opens it) nor a part of the place (no compass word or "Greater")."""
    first = tokens[0]
    return (
        " ".join(tokens[1:]) in PLACES
        and first not in PLACES
        and first not in COMPASS
        and first not in _PLACE_QUALIFIERS
        and first not in _SAINT_PLACES
        and _NAME_WORD.fullmatch(first) is not None
    )


def _shortened_body(head: str, kind: str | None) -> bool:
    """Whether the words of a body's name before its ending ("Thornbury Vale" of "Thornbury
    Vale Homes") name it again when met alone: not a person's name nor a listed place."""
    return (
        kind == "organisation"
        and " " in head
        and head not in _LISTED
        and _NAME_WORD.fullmatch(head.rpartition(" ")[2]) is not None
        and not _shape_of(head)[4]
    )


def _no_given_name(run: str) -> bool:
    return not any(
        t.lower() in GIVEN_NAMES or _unaccented(t).lower() in GIVEN_NAMES for t in run.split(" ")
    )


def _unaccented(word: str) -> str:
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Endings of family names in several languages ("Ceaușescu", "Petrović", "Kowalski",
# "Shevchenko", "Papadopoulos", "Karlsson"): a title-case name ending so is a person's.
_SURNAME_ENDING = re.compile(
    r"(?:escu|eanu|ović|ovic|ević|evic|owski|ewski|owska|ewska|enko|chuk|opoulos|akis"
    r"|idis|oğlu|oglu|sson|dóttir|dottir)\Z"
)
# "a Plaid Cymru councillor", "an Acme senior engineer": a role right after a name.
_ROLE_AFTER = re.compile(rf" (?:[a-z\-]+ )?(?:{_ROLE_NOUNS})\b")
# "Olivera, a Uruguayan midfielder": a name set off by a role is a person's.
_APPOSED_ROLE = re.compile(
    rf", (?:a|an|the) (?:former |then |longtime )?(?:[\w\-]+ ){{0,2}}?(?:{_ROLE_NOUNS})\b"
)


# "his wife of 61 years, Ruth,", "a son, Tunde,": kin set off before a name.
_KIN_APPOSED = re.compile(
    rf"\b(?:{'|'.join(sorted(KIN, key=len, reverse=True))})(?: of (?:\w+ ){{1,2}}years?)?, \Z"
)


_KIN_LIST = re.compile(
    rf"\b(?:{'|'.join(sorted(KIN, key=len, reverse=True))}), (?:[{_UPPER}][\w\-]+, )*"
    rf"(?:[{_UPPER}][\w\-]+,? and )?\Z"
)


def _honorific_before(text: str, s: int) -> bool:
    word = _word_before(text, s, lower=False)
    return word in HONORIFICS or word in _PREFIX_ABBREVIATIONS or word.lower() in _ROLE_SET


# A name just before one of these nouns is a product's: "the Orbit app", "the MMR vaccine".
_PRODUCT_AFTER = re.compile(
    r"[ \u00a0](?:app|model|chatbot|vaccine|game|software|browser|drug|phone|smartphone"
    r"|headset|console|platform|operating system|engine|chip|processor|series|franchise"
    r"|line|brand|collection|trial|process|method|algorithm|technique|index|robot|mission|satellite|telescope|probe"
    r"|rover|spacecraft|rocket|programme|program|scheme|fair|trade fair"
    # "the Best Director prize", "the festival’s Horizons competition": an award's name
    r"|award|prize|trophy|medal|competition"
    # "the Avanza investment plan": a named plan
    r"|(?:investment|spending|recovery|stimulus|rescue|funding|development|savings) plan"
    # what a name before these is, unless a person's: a newsletter's, a podcast's title
    r"|(?P<media>newsletter|podcast|blog|column|documentary|docuseries|magazine))\b"
)


def _work_noun_before(text: str, s: int, e: int) -> bool:
    """ "the Orbit app"'s other way round: "the app Orbit", "a new play, The Salt Year," (a
    name set off by commas after its noun; not "On a podcast, Brockman said")."""
    # Only the last two words can matter: rsplit() cuts no further.
    before = text[s - 28 if s > 28 else 0 : s].rsplit(None, 2)
    if before and before[-1] in ("The", "the"):
        before.pop()
    if not before:
        return False
    word = before[-1]
    if (
        word.endswith(",")
        and word[:1].islower()
        and (text[e : e + 1] in (",", ";", ".", ")") or _YEAR_IN_BRACKETS.match(text, e))
    ):
        word = word[:-1]  # "a new play, The Salt Year", "a memoir, Quiet Rooms (2009)"
    if word in _CALLED and len(before) > 1:
        word = before[-2]  # "a code completion tool called GitHub Copilot"
    elif word == "as" and len(before) > 1 and before[-2] in _SOLD:
        return True  # "the drug, sold as Velmara": a product's name
    return word.lower() in WORK_NOUNS


_CALLED = words("called named dubbed")
_YEAR_IN_BRACKETS = re.compile(r" \((?:1[6-9]|20)\d\d\)")
_STAGED = words(
    "production productions staging revival performance performances recording recordings"
    " adaptation translation"
)
_SOLD = words("sold marketed branded")


def _resolve(found: list[Fact], quoted: list[tuple[int, int]]) -> list[Fact]:
    """Sorted facts, without the ones inside a quotation and the weaker of two overlapping
    facts that cannot both hold (a figure inside a date or a name)."""
    quote_starts = [s for s, _ in quoted]

    def in_quote(f: Fact) -> bool:
        i = bisect.bisect_right(quote_starts, f.start) - 1
        return i >= 0 and f.start < quoted[i][1] and f.kind != "quote"

    kept = [f for f in found if not in_quote(f)] if quoted else list(found)
    kept.sort(key=lambda f: (f.start, -f.end))
    out: list[Fact | None] = []
    # How far the facts kept so far reach (those dropped since may count: it only ever
    # overstates): a fact starting there or later overlaps none, as most do.
    reach = 0
    for f in kept:
        if f.start >= reach:
            out.append(f)
            reach = f.end
            continue
        clash = False
        for back in range(max(0, len(out) - 6), len(out)):
            g = out[back]
            if g is None or not (f.start < g.end and g.start < f.end):
                continue
            kinds = {f.kind, g.kind}
            if kinds == _COUNTED_WORK and _holds(g if g.kind == "number" else f, f, g):
                continue  # "five Olympic Games": the count holds the named events
            if f.kind == g.kind or kinds <= _NAME_KINDS:
                clash = True
            elif kinds & _FIGURE_KINDS and "title" not in kinds:
                if _RANK[f.kind] >= _RANK[g.kind]:
                    clash = True
                else:
                    out[back] = None
            elif "title" in kinds and kinds & _FIGURE_KINDS:
                clash = f.kind == "title"
        if not clash:
            out.append(f)
            if f.end > reach:
                reach = f.end
    # A Fact is a tuple opening (start, end): itemgetter reads both without a lambda.
    return sorted((f for f in out if f is not None), key=_START_END)


_START_END = itemgetter(0, 1)


_NAME_KINDS = frozenset({"person", "organisation", "place", "work"})
_COUNTED_WORK = frozenset({"number", "work"})


def _holds(number: Fact, f: Fact, g: Fact) -> bool:
    """Whether the figure starts before the work and takes it in whole, as what it counts."""
    work = f if number is g else g
    return number.start < work.start and work.end <= number.end


_FIGURE_KINDS = frozenset({"number", "date"})
_RANK = {
    "quote": 0,
    "work": 1,
    "date": 2,
    "number": 3,
    "person": 4,
    "organisation": 4,
    "place": 4,
    "title": 5,
}
