"""Opinion and hedges in a sentence: marker words and phrases ("I think", "of course")."""

from __future__ import annotations

import re
from itertools import repeat
from typing import TYPE_CHECKING

from factcheck.extract.lexicon import OPINION_MARKERS, any_of, words
from factcheck.extract.patterns import DIGIT, by_first_letter
from factcheck.text import lowered

if TYPE_CHECKING:  # features.py imports this module's word lists
    from factcheck.extract.features import Features


def opinion_score(
    lowered_sentence: str,
    lowered: list[str],
    present: frozenset[str],
    has_marker: bool,
    has_cue: bool,
) -> float:
    """How much the sentence reads as opinion or promise rather than fact (0: none).

    `present` needs only the sentence's words that are in some detector's word list;
    `has_marker` says whether one is in OPINION_WORDS, `has_cue` in PHRASE_CUES.
    """
    if not has_marker:
        score = 0.0
    elif len(markers := present & OPINION_WORDS) == 1:
        # One marker word, maybe repeated: the same weights summed in the same order as
        # below, without a Python loop over every word.
        (marker,) = markers
        score = sum(repeat(OPINION_MARKERS[marker], lowered.count(marker)), 0.0)
    else:
        score = sum((OPINION_MARKERS[w] for w in lowered if w in OPINION_MARKERS), 0.0)
    if not has_cue or _ANY_PHRASE.search(lowered_sentence) is None:
        return score
    for phrase, weight in _OPINION_PHRASES:
        if phrase in lowered_sentence:
            score += weight
    return score


OPINION_WORDS = frozenset(OPINION_MARKERS)
_OPINION_PHRASES = (
    ("i think", 1.5),
    ("i believe", 1.5),
    ("in my view", 2.0),
    ("to be fair", 1.5),
    ("of course", 0.75),
    ("we will", 1.0),
    ("i will", 1.0),
    ("we're going to", 1.0),
    ("we’re going to", 1.0),
    ("i'm going to", 1.0),
    ("i’m going to", 1.0),
    ("let us", 1.5),
    ("let me", 1.5),
    ("we can", 1.0),
    ("we need", 1.0),
    ("we have to", 1.0),
    ("it is hard", 1.5),
    ("it’s hard", 1.5),
    ("it's hard", 1.5),
    ("hard not to", 1.5),
    ("it is easy to", 1.5),
    ("it’s easy to", 1.5),
    ("it is worth", 1.5),
    ("it’s worth", 1.5),
    ("needless to say", 2.0),
    ("to be sure", 1.0),
    ("in other words", 1.0),
)


# Finds whether any of the phrases occurs at all (most sentences hold none), the way `in`
# would: it starts at a phrase's first space and a look-behind checks the whole phrase.
# re searches a pattern starting with one literal character by a fast C loop, trying
# only the positions of a space.
_ANY_PHRASE = re.compile(
    " (?:"
    + by_first_letter(
        [
            (phrase[phrase.index(" ") + 1 :], f"(?<={re.escape(phrase)})")
            for phrase, _ in _OPINION_PHRASES
        ]
    )
    + ")"
)


PHRASE_CUES = words("i in to of we let it it’s it's hard needless")


# The writer's own verdict framing a sentence: "Far from clearing his name, …", "It is
# testimony to …", "This was no accident."  Such a sentence argues; it is not a claim unless
# it also holds a figure, a date or a source (the rule in score.py).
# The critic's ranking words for a work (never a measure: "longest", "best-selling").
_RANKING = (
    "best|finest|barest|boldest|bravest|strongest|weakest|worst|darkest|strangest|loveliest|"
    "warmest|angriest|saddest|funniest|richest|most (?:ambitious|personal|accomplished|assured|"
    "confident|intimate|beautiful|moving|satisfying|complete|interesting|original|political)"
)
_EVALUATIVE_OPENING = re.compile(
    r"\W*(?:far from\b|little wonder\b|small wonder\b|no wonder\b|make no mistake\b"
    r"|needless to say\b|tellingly\b|ironically\b|the irony is\b"
    r"|it(?: is|’s|'s|\s+was) (?:(?:a |no )?(?:testimony|testament)\b|telling\b|ironic\b"
    r"|no (?:surprise|wonder|accident|coincidence)\b|hardly (?:a )?surprising\b)"
    # Transitions that restate or weigh what came before: the writer's gloss, not news.
    r"|(?:still|yet|but|and|so),? there (?:are|is) (?:good |some |every |few )?"
    r"reasons? (?:for|to)\b"
    r"|there (?:are|is) (?:good |some |every |few )?reasons? (?:for|to) (?:be |feel )?"
    r"(?:cautious|hope|optimism|pessimism|worry|doubt|concern)"
    r"|there is something \w+(?: \w+)? about\b"
    r"|in other words\b|put simply\b|in short\b|to put it \w+\b"
    r"|(?:much|so much|a (?:great|good) deal|a lot|everything) (?:now )?"
    r"(?:depends|hinges|rests) on\b|(?:it )?remains to be seen\b|(?:only )?time will tell\b"
    r"|(?:that|this) (?:is|was)(?:n’t|n't| not) (?:how|what)\b"
    # What "you" notice first is what the writer saw: "The first thing you notice in
    # Gjirokastër is the roofs."  (An inspector's first finding has a finder, not "you".)
    r"|the (?:first|last|only) thing (?:you|one|a visitor|visitors) (?:notices?|sees?|hears?|"
    r"smells?|spots?)\b"
    # The writer's conditional forecast: "If it does not, this will …", and its concessive
    # kind, true whatever the condition: "Whatever comes back, it will be …", "However the
    # vote goes, the party will …" ("However, the council will …" is a turn, not a clause).
    r"|(?:if|whatever|whoever|whichever|however|wherever|whenever)\b[^,]{1,80}, [^,]*"
    r"\b(?:will|would|could|might)\b)",
    re.IGNORECASE,
)
_EVALUATIVE_ANYWHERE = re.compile(
    r"\b(?:(?:was|is|were|are|wasn’t|wasn't) no (?:accident|coincidence|fluke)"
    r"|(?:testimony|testament) to (?:how|the|what|just)\b"
    r"|\bdeserves? (?:better|more|credit|praise|blame|scrutiny|an?|to be)\b"
    # The writer's own hedge or forecast in the first person ("The answer, I suspect, is …").
    r"|\bI (?:suspect|expect|fear|doubt|reckon|would argue|’d argue|'d argue)\b"
    # The critic ranking a work among its maker's: "The singer's fourth album is her barest
    # yet.", "It is the best thing the band have ever recorded."  A measure ("her longest
    # yet", "their best-selling album") is a record, and is not among the words.
    rf"|\b(?:is|was|are|were|feels|sounds) (?:(?:his|her|their|its|the [\w’'-]+[’']s) )?"
    rf"(?:{_RANKING})(?: [a-z]+)? (?:yet|to date|so far)\b"
    rf"|\b(?:is|was) (?:the|his|her|their|its) (?:{_RANKING}) (?:thing|record|album|song|film|"
    r"book|work|play|novel|show|episode|single)s? (?:[\w’'-]+ ){0,3}(?:has|have|had) ever "
    r"(?:made|recorded|written|released|done|produced|directed|put out)\b)",
    re.IGNORECASE,
)
_EVALUATIVE_WORDS = (
    " yet",
    "to date",
    "so far",
    "ever ",
    "accident",
    "coincidence",
    "fluke",
    "testimony",
    "testament",
    "deserve",
    "i suspect",
    "i expect",
    "i fear",
    "i doubt",
    "i reckon",
    "argue",
)
# Whether any of them is in a text, as `any(w in text for w in _EVALUATIVE_WORDS)` says but
# in one regex pass rather than a Python loop over the words.
_ANY_EVALUATIVE_WORD = re.compile(any_of(_EVALUATIVE_WORDS))


# A bare forecast: "will" with no figure, no name after the first word and no quotation.
# News announces what will happen with a date, a source or a named actor; a sentence with
# none of them ("Blame will fall on the manager") is the writer guessing.
_FORECAST = re.compile(r"\bwill\b")
# A share or a deadline makes it a rule's terms, not a guess: "Drivers of electric cars will
# pay half.", "Drivers will have until midnight the following day to pay."
_NOT_BARE = re.compile(
    r"\d|\s[(\[]?[A-Z]|[“”\"]"
    r"|(?i:\b(?:half|a third|a quarter|two-thirds|three-quarters|twice|double|triple)\b"
    r"|\buntil (?:midnight|noon|the end of|the following)\b|\bthe following (?:day|week|month)\b)"
)


# The writer's conditional forecast, dated or not: "If wage growth cools over the winter, the
# bank could begin cutting next year."  The condition has a clause of its own (two words or
# more): "If approved, the levy would take effect in January" states what a proposal says.
# A short time or place may lead: "Next year, if the council gets its way, tenants will …".
_CONDITIONAL_FORECAST = re.compile(
    r"\W*(?:(?:but|and|so|yet),? )?(?:(?:[\w’'-]+ ){0,2}[\w’'-]+, )?(?:if|unless) "
    r"(?:[\w’'-]+ ){1,12}[\w’'-]+, [^,]*"
    r"\b(?:will|would|could|might|may)\b",
    re.IGNORECASE,
)


def is_conditional_forecast(sentence: str) -> bool:
    """Whether the sentence forecasts on a condition (see _CONDITIONAL_FORECAST).

    Read for a dated sentence too: a date in a forecast ("by November") is no fact yet.
    """
    return _CONDITIONAL_FORECAST.match(sentence) is not None


# "Do you realize we spend $73 billion …?": a question whose frame asserts what follows.
_ASSERTING_QUESTION = re.compile(
    r"\W*(?:(?:and|but|so|now),? )?(?:do|did|don[’']t|didn[’']t) you (?:realize|realise|know|"
    r"remember|understand)\b",
    re.IGNORECASE,
)


def asserts_in_a_question(sentence: str) -> bool:
    """Whether a question only frames an assertion with a figure ("Do you know that … $12m?")."""
    return DIGIT.search(sentence) is not None and _ASSERTING_QUESTION.match(sentence) is not None


def is_evaluative(sentence: str, stance_cue: bool | None = None) -> bool:
    """Whether the sentence is framed as the writer's judgement (see _EVALUATIVE_OPENING).

    `stance_cue` is `Features.stance_cue` of the sentence, when the caller has it.
    """
    folded = lowered(sentence)
    low = sentence.lower() if folded is None else folded
    if _EVALUATIVE_OPENING_FOLDED.match(sentence, folded):
        return True
    if "will" in low and _FORECAST.search(sentence) and not _NOT_BARE.search(sentence):
        return True
    if _ANY_EVALUATIVE_WORD.search(low) and _EVALUATIVE_ANYWHERE_FOLDED.search(sentence, folded):
        return True
    return takes_a_stance(sentence, low, stance_cue)


# Stance: a sentence whose whole point is the writer's attitude, told by its grammar rather
# than by a hedge word.  Its main predicate is a verdict ("That is a poor return", "It was a
# triumph", "the effect is hypnotic"); or it opens on a rhetorical or modal frame ("Surely",
# "One wonders", "Nobody should", "It is time to", "Let us", "Here is the truth:"), an
# imperative ("Go early"), advice to the reader ("You should see it"), or the writer's own
# feelings ("I was tired of").  Such a sentence is opinion unless it also carries something
# a checker can look up: a figure, a quotation or a reporting verb (_anchored); a date or an
# attributed source keeps it anyway (score.py).  The word lists are general classes of
# English, never an article's phrases.
_VERDICT_WORDS = words(
    "mistake error blunder triumph disaster catastrophe fiasco farce travesty shame disgrace "
    "bargain folly nonsense absurd ridiculous laughable preposterous outrageous shameful "
    "disgraceful unacceptable inexcusable indefensible admirable commendable overdue "
    "misguided wrongheaded foolish reckless naive cynical cruel brave bold wise sensible "
    "remarkable extraordinary astonishing stunning superb brilliant magnificent wonderful "
    "marvellous marvelous splendid excellent terrific fantastic terrible awful dreadful "
    "appalling abysmal dismal poor mediocre dull tedious boring bland forgettable lifeless "
    "hypnotic devastating gorgeous beautiful exquisite breathtaking masterpiece masterclass "
    "delight revelation letdown disappointment disappointing impressive unimpressive "
    "compelling unconvincing pointless meaningless hollow baffling bizarre tragic "
    "heartbreaking troubling worrying alarming encouraging refreshing unfair unjust "
    "insult embarrassment embarrassing joke mess shambles gamble risky dangerous "
    "irresponsible timid cowardly welcome unwelcome scandal scandalous "
    # A critic's words for pace, looks, taste and comfort.
    "slow sluggish handsome clumsy painful comforting reassuring charming attentive "
    "unhurried lukewarm overcooked undercooked delicious stodgy predictable overlong "
    "exciting cheap pricey overpriced under-seasoned over-seasoned underseasoned overseasoned "
    # Words for what a sum or a burden amounts to.
    "ruinous exorbitant extortionate "
    # Words for an argument or a performance: right or wrong, new or stale.
    "wrong convincing familiar stale striking surprising unsurprising "
    # Words for how a decision was received.
    "unpopular controversial divisive "
    # Words for how hard a question is.
    "complicated "
    # A critic's plain words of praise and blame, for a dish, a book, a gadget or a show.
    "good great fine lovely decent solid gripping thrilling moving funny witty clever "
    "fiddly messy brisk ample"
)
_COPULA = (
    r"(?:is|was|are|were|has been|have been|had been|seems?|seemed|looks?|looked|feels?|"
    r"felt|remains?|remained|proves?|proved|becomes?|became|’s|'s)"
)
_FILLER = (
    r"(?:a|an|the|so|very|simply|truly|quite|rather|too|utterly|just|both|not|hardly|"
    r"little|more|less|most|pretty|also|still|always|often|sometimes|mostly|largely|almost|"
    r"really|nothing|short|as|"
    r"of|a bit|kind of|far|much|even|a good deal|a great deal|\w+ly|\w+ and)"
)
_VERDICT = re.compile(
    rf"\b{_COPULA}(?:, (?:[a-z]+ ){{0,3}}[a-z]+,)?(?: {_FILLER}){{0,3}} "
    rf"(?:{'|'.join(sorted(_VERDICT_WORDS))})\b"
    # Not a fact about someone: "was familiar with the site", "was wrong in law".
    r"(?! with\b| in law\b)"
    # A likeness is a verdict too: "it feels like a screensaver", "That looks like progress",
    # "That sounds as if it claws back the bonus, but it does not."
    r"|\b(?:feels?|felt|looks?|looked|sounds?|sounded) (?:like|as if|as though)\b",
    re.IGNORECASE,
)
_STANCE_OPENING = re.compile(
    r"\W*(?:(?:but|and|so|yet|still|well|now),? )?(?:"
    r"perhaps\b|maybe\b|frankly\b|honestly\b|with (?:all due )?respect\b(?! to)"
    r"|one (?:can only|might|could|has to|must|should)\b"
    r"|(?:nobody|no one|none of us|everyone|everybody|anyone)(?: else)? (?:should|can|could|"
    r"would|need|must|ought)\b"
    r"|anyone who\b[^.]{0,80}\bknows\b"
    r"|it(?: is|’s|'s) (?:high |long |about |surely )?time (?:for|to)\b"
    r"|let(?:’s|'s| us| nobody| no one| me| them)\b"
    r"|here(?: is|’s|'s) (?:the|a|an|what|why|how|where)\b"
    r"|what an?\b(?![^.]*\?)"
    # A verbless retort: "Not bad for a kid with a wrench.", "Not a title, certainly."
    r"|not (?:bad|good|great|quite|exactly|much|so fast|for (?:a|an|the|someone|one))\b"
    r"|you (?:should|must|ought|need|have to|will want|could do worse|can(?:not|’t|'t) help)\b"
    r"|your (?:reporter|report|article|editorial|correspondent|story|columnist|paper|"
    r"newspaper|coverage)\b"
    # The imperative: a sentence opening on a bare verb addressed to the reader.
    r"|(?:go|enjoy|consider|imagine|remember|forget|skip|try|bring|watch|listen|ask|take|"
    r"look|think|stop|give|keep|make|wait|spare|avoid|expect|get|buy|put|tell|pick|grab|"
    r"don’t|don't|do not|never)"
    r"(?:,? and |,? then | )(?!(?:is|was|are|were|has|had)\b)[a-z]"
    r"|\w+ (?:matters|counts)\W*$"
    # An evaluative adverb or a shrug opening the sentence: the writer weighing, not reporting.
    r"|(?:worse|worse still|better still|sadly|alas|predictably|inevitably|mercifully|"
    r"thankfully|of course|either way|needless to say),"
    # The writer's question or gloss stated as a sentence: "The question now is whether …",
    # "It is that …", "What the town got is a car park."
    r"|the (?:real |big |only |bigger )?question (?:now |here )?is (?:whether|why|how)\b"
    r"|it(?: is|’s|'s) (?:just |simply |rather |partly )?that\b"
    r"|what (?:[a-z]+ ){1,4}(?:is|was) (?:a|an|the)\b"
    # The writer's own reading of the evidence: "There are signs that …", "There are worse
    # ways to …", "Nobody seems to have noticed", "I am arguing that …".
    r"|there (?:are|is) (?:some |early |encouraging |growing |clear )?signs? (?:that|of)\b"
    r"|there (?:are|is) (?:worse|better|few better|few worse) (?:\w+ )?(?:places|ways|things)\b"
    r"|(?:nobody|no one)\b[^.,;]{0,40}\bseems? to\b"
    r"|(?:i|we)(?: am|’m|'m| are|’re|'re)(?: not)? (?:arguing|saying|suggesting|asking|"
    r"claiming|proposing|pleading)\b"
    # The writer's short verdict in the first person or on the lesson: "We are not
    # convinced.", "The figures speak for themselves."
    r"|(?:i|we)(?: am|’m|'m| are|’re|'re| remain)(?: not| far from| less than| un)?"
    r" ?(?:convinced|persuaded|unconvinced|unpersuaded)(?: (?:by|of) (?:it|this|that|them))?\W*$"
    r"|(?:the|this|that|its|their) (?:\w+ )?(?:speaks|speak) for (?:itself|themselves)\W*$"
    # The writer naming what the piece is really about: "The real story is about aircraft.",
    # "On its face, the problem is fuel."
    r"|the (?:real|whole|true|bigger) (?:story|problem|issue|point) (?:is|was|here is)\b"
    r"|on (?:its|the) face(?: of it)?,"
    # The writer's shrug of a forecast: "If not, another warning is likely."
    r"|if (?:not|so),[^.;]{0,60}\b(?:likely|unlikely|will|would|could|might)\b"
    # A critic pointing into the work: "There is a moment, an hour in, when …", "There are
    # long stretches where the writing stops."
    r"|there (?:is|are|was|were|comes) (?:a|an|one|long|several|many|some)? ?(?:\w+ )?"
    r"(?:moments?|points?|scenes?|passages?|stretches|stretch|sequences?) (?:when|where|in which)\b"
    r"|there (?:is|are|was|were|comes) (?:a|an|one) (?:\w+ )?(?:moments?|points?|scenes?|passages?|"
    r"stretch|sequences?),"
    # Stock lines of the writer's: "It did not have to be this way.", "This matters for
    # three reasons.", "The stakes could hardly be higher.", "Stay tuned."
    r"|it (?:did not|didn[’']t|does not|doesn[’']t) have to be (?:this|that) way\b"
    r"|(?:this|that|it) matters\b"
    r"|(?:the )?stakes (?:could|can)(?:n[’']t| not| hardly| scarcely) be (?:higher|greater)\b"
    r"|stay tuned\b"
    # Sums the reader is told to do: "Multiply that out and …", "Compare that with …".
    r"|(?:multiply|divide|compare|add) (?:that|this|those|these|it)\b"
    # A review's order to the diner: "Start with the mackerel", "Finish with the tart".
    r"|(?:start|begin|finish|end) with (?:a|an|the)\b)",
    re.IGNORECASE,
)
_STANCE_ANYWHERE = re.compile(
    r"\b(?:(?:is|are) entitled to (?:ask|know|expect|wonder)"
    r"|makes? you (?:\w+ )?(?:rethink|wonder|laugh|cry|realise|realize)"
    r"|(?:much|most|some|all) of the (?:credit|blame)"
    r"|history (?:says|suggests|tells|teaches)"
    r"|never quite"
    r"|I (?:was|am|’m|'m|have been|grew|felt|feel) (?:so |very |deeply )?(?:tired|sick|fed up|"
    r"proud|angry|frustrated|worried|disappointed|delighted|glad|thrilled|saddened|ashamed)"
    r"|I \w+\b[^.]{0,80}\bwith (?:dismay|horror|alarm|delight|sadness|disbelief|"
    r"amazement|dread|despair|glee|interest)"
    r"|tastes? (?:\w+ )?(?:of|like)|tells? you (?:everything|all|something|a lot|plenty|nothing)"
    r"|(?:far|much|way) too (?:long|often|much|little|many|few|slow|slowly|late|easily)"
    # Against appearances, or advice to a third party: "thinner than it looks", "would do
    # well to notice".
    r"|than (?:it|they|he|she|this|that) (?:looks?|seems?|sounds?|appears?)"
    r"|(?:would|might|will) do well to|(?:is|was) the (?:whole|real|true) story"
    # The writer granting a temptation: "Nor is blaming the weather, however tempting."
    r"|however (?:tempting|appealing|attractive|understandable|satisfying)"
    # A verdict on confidence: "far less sure of itself".
    r"|(?:sure|certain|confident) of (?:itself|themselves|himself|herself)"
    r"|the irony|worth the (?:wait|price|money|trip|visit|effort|detour|hype|ticket)"
    # Stock lines: "a story for another day", "tell their own story", "anyone's guess".
    r"|(?:a|the) story for another (?:day|time)|tells? (?:its|their|a) own story"
    r"|(?:anyone|anybody)[’']s guess"
    # The writer weighing a case: "The second act is another matter.", "The union has every
    # reason to be wary.", "The logic of the deal is hard to fault.", "the deal makes
    # sense", "The minister has some explaining to do.", the writer's own forecast "is
    # unlikely to settle it".
    r"|(?:is|was|are|were) (?:quite |rather |altogether )?(?:another|a different) "
    r"(?:matter|question|story)"
    r"|(?:has|have|had) (?:every|good|little|no|some) reason to (?:be|worry|fear|doubt|feel)"
    r"|(?:is|are|was|were) entitled to (?:his|her|their|its|your) (?:own )?(?:views?|opinions?)"
    r"|(?:is|are|was|were) (?:hard|difficult|easy|simple|impossible) to (?:fault|argue with|"
    r"dispute|deny|ignore|resist|overstate|forgive|admire|like|love|dislike|describe|state)"
    r"|makes? (?:good |perfect |little |no |some |more |less )?sense"
    r"|(?:has|have) (?:some|a lot of|much) explaining to do"
    r"|(?:is|are|was|were) unlikely to"
    # A critic's verdict on a performance or a work, in the words of every review: "gives a
    # performance of enormous restraint", "brings a warmth the film badly needs", "used to
    # far better effect", "carries even the weaker songs", "the film idles", "goes nowhere".
    r"|gives? (?:a|an|the) (?:[\w-]+ ){0,2}performance(?: of)?\b"
    r"|brings? (?:a|an) (?:[\w-]+ ){1,2}(?:the|this) (?:film|play|show|book|novel|album|record|"
    r"production|series|story|team|side) (?:badly |sorely |desperately )?(?:needs|lacks)"
    r"|(?:to|with) (?:far |much |even |rather )?(?:better|greater|lesser|stronger) effect"
    r"|carr(?:y|ies|ied) even the (?:weaker|weakest|thinner|slighter|duller|flatter)"
    r"|(?:film|play|show|book|novel|album|record|production|plot|story|act|narrative|pace) "
    r"(?:idles|sags|drags|flags|stalls|meanders|plods)"
    r"|goes nowhere"
    # A comparison with no measure, the sentence's point: "His co-star is even better."
    r"|(?:is|are|was|were)(?: (?:even|far|much|still|no|a lot|rather|slightly))+ (?:better|"
    r"worse)(?=\W*$))\b",
    re.IGNORECASE,
)
# A judgement carried by the verb: whoever "squandered" or "bungled" it, the short sentence
# saying so is the writer's verdict, not a report, unless a figure or a source comes with it.
_JUDGING_VERB = re.compile(
    r"\b(?:squander|bungl|botch|mishandl|downplay|whitewash)(?:e|es|ed|ing|s)?\b"
    # A verb hedged by a denied "seem": "this side does not seem to care much for history".
    r"|\b(?:does|do|did)(?: not|n’t|n't) seem to\b",
    re.IGNORECASE,
)
# Antithesis: "a deposit is not a formality; it is a month's wages", "a symptom, not a cause".
_ANTITHESIS = re.compile(
    r"\b(?:is|are|was|were) (?:not (?:a|an|the|just|merely|only|simply)|no)\b[^;.]{1,60}; "
    r"(?:it|this|that|they|he|she)\b[^.;]{0,20}"
    r"\b(?:is|are|was|were|’s|'s)\b"
    r"|\b(?:is|are|was|were) (?:a |an |the )?[\w ]{1,40}, not (?:a|an|the)\b[^,;.]{1,40}\W*$",
    re.IGNORECASE,
)
# Speculation aloud, whatever figure it mentions: "One wonders what the other 26 were like."
_SPECULATION = re.compile(
    r"\W*(?:(?:but|and|so|yet|still),? )?(?:surely|one (?:wonders|suspects|imagines)"
    r"|I (?:wonder|can only imagine))\b",
    re.IGNORECASE,
)
# What a checker could look up: a figure, a quotation, a spelled number, a reporting verb.
_ANCHOR_WORDS = words(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands million millions billion billions dozen dozens half "
    "said says told according reported announced estimated confirmed published"
)
# Punctuation that can touch a word, turned into spaces so str.split() yields bare words.
_TO_SPACES = str.maketrans(dict.fromkeys(".,;:!?()[]—–", " "))


def _anchored(sentence: str, low: str) -> bool:
    """Whether the sentence holds a figure, a quotation mark or an _ANCHOR_WORDS word.

    Substring and set tests: one regex alternation of these words costs more than the
    rest of the stance test together.
    """
    if "“" in sentence or "”" in sentence or '"' in sentence or DIGIT.search(sentence):
        return True
    split = low.translate(_TO_SPACES).split()
    found = _ANCHOR_WORDS.intersection(split)
    # A number pointing back at figures already given ("those two numbers") anchors nothing.
    return any(not _points_back(word, split) for word in found)


def _points_back(word: str, split: list[str]) -> bool:
    """Whether every use of `word` in the words `split` follows a word of _BACK_REFERENCE."""
    return all(i and split[i - 1] in _BACK_REFERENCE for i, w in enumerate(split) if w == word)


# Words one of _STANCE_ANYWHERE or _VERDICT cannot match without.  features.detect finds
# them among the sentence's words with its other word lists, so most sentences, holding
# none, skip both regexes at the cost of no extra pass.
_FEELINGS = words(
    "tired sick fed proud angry frustrated worried disappointed delighted glad thrilled "
    "saddened ashamed dismay horror alarm delight sadness disbelief amazement dread despair "
    "glee interest"
)
STANCE_CUES = (
    _VERDICT_WORDS
    | _FEELINGS
    | words(
        "entitled credit blame history never rethink wonder laugh cry realise realize better worse "
        "guess"
    )
    | words(
        "squander squanders squandered squandering bungle bungles bungled bungling botch "
        "botches botched botching mishandle mishandles mishandled mishandling downplay "
        "downplays downplayed downplaying whitewash whitewashed whitewashing taste tastes "
        "tell tells too irony worth feel feels felt look looks looked sound sounds sounded "
        "seem seems appear appears well story however itself themselves himself herself"
    )
    | words(
        "another different reason hard difficult easy simple impossible sense explaining unlikely"
    )
    | words("performance bring brings carry carries carried effect idles sags drags flags")
    | words("stalls meanders plods nowhere")
)
_STANCE_CUE = re.compile(r"\b(?:" + any_of(sorted(STANCE_CUES)) + r")\b")


class _Folded:
    """A case-insensitive pattern of this module, and the same pattern case-sensitive with
    its letters lower-cased, to run on lower-cased text (text.lowered) where it lines up.

    re.IGNORECASE makes re compare every letter through its case folding: on lower-cased
    text the case-sensitive form finds the same matches two to three times faster.  The
    rules stay written once, above; escapes (\\W, \\S, \\B …) keep their case.
    """

    __slots__ = ("ignorecase", "lower")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.ignorecase = pattern
        pieces = re.split(r"(\\.)", pattern.pattern)  # escapes at odd positions
        self.lower = re.compile(
            "".join(p if i % 2 else p.lower() for i, p in enumerate(pieces)),
            pattern.flags & ~re.IGNORECASE,
        )

    def match(self, sentence: str, low: str | None) -> re.Match[str] | None:
        """`pattern.match(sentence)`'s verdict; `low` is `lowered(sentence)`."""
        return self.ignorecase.match(sentence) if low is None else self.lower.match(low)

    def search(self, sentence: str, low: str | None) -> re.Match[str] | None:
        return self.ignorecase.search(sentence) if low is None else self.lower.search(low)


_EVALUATIVE_OPENING_FOLDED = _Folded(_EVALUATIVE_OPENING)
_EVALUATIVE_ANYWHERE_FOLDED = _Folded(_EVALUATIVE_ANYWHERE)
_SPECULATION_FOLDED = _Folded(_SPECULATION)
_STANCE_OPENING_FOLDED = _Folded(_STANCE_OPENING)
_STANCE_ANYWHERE_FOLDED = _Folded(_STANCE_ANYWHERE)
_VERDICT_FOLDED = _Folded(_VERDICT)
_JUDGING_VERB_FOLDED = _Folded(_JUDGING_VERB)
_ANTITHESIS_FOLDED = _Folded(_ANTITHESIS)


def takes_a_stance(sentence: str, low: str, cued: bool | None = None) -> bool:
    """Whether the sentence only voices the writer's stance (see _VERDICT_WORDS above).

    `low` is the sentence lower-cased; `cued` whether a word of STANCE_CUES is among its
    words, when the caller knows.
    """
    # `low` serves the case-sensitive forms only where it lines up with the sentence.
    folded = low if sentence.isascii() or lowered(sentence) is not None else None
    if _SPECULATION_FOLDED.match(sentence, folded):
        return "“" not in sentence and '"' not in sentence
    framed = _STANCE_OPENING_FOLDED.match(sentence, folded) is not None
    if cued is None:
        cued = _STANCE_CUE.search(low) is not None
    if not framed and cued:
        framed = _STANCE_ANYWHERE_FOLDED.search(sentence, folded) is not None or (
            # A verdict is the point of a short sentence; in a long one it is often the tail
            # of a checkable report ("When his staff took the Fifth, … it was disgraceful").
            sentence.count(" ") < _VERDICT_MAX_WORDS
            and (
                _VERDICT_FOLDED.search(sentence, folded) is not None
                or _JUDGING_VERB_FOLDED.search(sentence, folded) is not None
            )
        )
    if not framed and ("; " in sentence or ", not " in sentence):
        framed = _ANTITHESIS_FOLDED.search(sentence, folded) is not None
    return framed and not _anchored(sentence, low)


_VERDICT_MAX_WORDS = 15


# The genre of the whole text.  A column, an editorial or a review argues in sentences that
# carry no anchor at all ("The lesson writes itself.", "Rivals are better placed."): read
# alone they look like plain statements, read in a text that argues they are the writer's.
# A text argues when a good share of its sentences are the writer's verdicts (is_evaluative,
# or a call to act: urges) and few are sourced (quoted or attributed); hard news is mostly
# sourced and has almost no verdicts.  On our labelled sets news runs 0 to 0.09 verdicts
# with 0.34 to 0.71 sourced, opinion 0.14 to 0.67 verdicts (three or more) with at most
# 0.31 sourced: the line sits between them.
_OPINION_MIN_SENTENCES = 6
# One or two verdicts can be colour in a news story ("It was a long night for the crews").
_OPINION_MIN_VERDICTS = 3
_OPINION_MARGIN = -0.05


# The writer's call to act, which news leaves to its sources: "It should think again."
_DUTY = re.compile(r"\b(?:should|must|ought to|needs? to)\b", re.IGNORECASE)


# The nouns a story turns on, not what it measures: "the reaction", "the arithmetic".
_FRAMING_NOUNS = (
    "reaction|response|reception|welcome|mood|tone|picture|arithmetic|maths|math|story|view|"
    "outlook|verdict|case|choice|question|answer|stakes|task|lesson|problem|objection|worry|"
    "concern|point|argument|issue|test|challenge|difficulty|puzzle|irony"
)


# A story's stock turns: "Not everyone is convinced.", "Not all of the news is good.",
# "There is a catch.", "That is not the whole story."  They move the story on and hold
# nothing to check; dropped before a text's genre is weighed, they count as no verdict (a
# feature turns this way as often as a column).
_TRANSITION = re.compile(
    r"\W*(?:(?:but|and|yet|still|so),? )?(?:"
    # In the present: "Not everyone agreed." after a vote tells how it went.
    r"not (?:everyone|everybody|all(?: of (?:it|them|the \w+))?) (?:is|are|agrees|agree|"
    r"shares|share)\b[^.,;:\d]{0,30}"
    r"|there(?: is|[’']s| was) (?:a|one) (?:catch|snag|hitch|twist|wrinkle|complication)"
    r"|(?:that|this|it)(?: is|[’']s| was) not the (?:whole|full|only) story"
    # A short comparative pivot with nothing compared to: "In the City, the reaction was
    # warmer.", "For Merthyr, the arithmetic is simpler, and harsher.", "The stronger
    # objection is about fairness."  What a figure or a "than" would measure, the framing
    # noun only turns to (the ending leaves no room for either).
    r"|(?:(?:in|for|at|among|on|outside|inside) [^,\d]{1,30}, )?the "
    rf"(?:{_FRAMING_NOUNS}) (?:is|was|looks|looked|seems|seemed|feels|felt) "
    r"(?:(?:far|much|rather|a little|a lot|even|somewhat|no) )?(?:[a-z]{2,}er|more [a-z]+|"
    r"less [a-z]+)(?:,? (?:and|but|if not) (?:[a-z]{2,}er|more [a-z]+|less [a-z]+))?"
    r"|the (?:stronger|bigger|larger|deeper|harder|greater|weightier|better|more serious|real) "
    rf"(?:{_FRAMING_NOUNS}) (?:is|was) (?:about|over) [a-z]+"
    r")(?:,? though|,? however)?\W*$",
    re.IGNORECASE,
)


def is_transition(sentence: str) -> bool:
    """Whether the sentence is one of a story's stock turns (see _TRANSITION)."""
    return sentence.count(" ") < _TRANSITION_MAX_SPACES and _TRANSITION.match(sentence) is not None


_TRANSITION_MAX_SPACES = 12


def urges(sentence: str) -> bool:
    """Whether the sentence says what someone should or must do (counted as a verdict for
    the genre of a text; whether it is a claim is decided as before)."""
    return (
        "should" in sentence or "must" in sentence or "ought" in sentence or "need" in sentence
    ) and _DUTY.search(sentence) is not None


# The writer telling the reader what to do, a price or a deadline and all: "Start with the
# cod's roe (£6.50), …", "Climb to the top floor, where …", "If you have a big garden,
# spend more.", "My advice: open one now, even with £1, …", "We urge every reader to write
# in before March 14."  A review's order, a guide's tip, an editorial's appeal: the figure
# sets the act, the act is not a fact.  The verbs are the imperatives of guides and
# appeals; each must take an object or a direction ("Book sales rose" is a report), and a
# name after "the" is an organisation's ("Save the Children runs 400 shops").
_INSTRUCTING_VERBS = (
    "start|begin|finish|end|order|try|skip|climb|walk|head|book|visit|spend|save|open|buy|"
    "avoid|choose|pick|grab|eat|drink|ask|keep|bring|leave|stay|sit|share|wait|go|take|"
    "check|compare|think|treat|put|come|make|arrive|follow|turn|allow|pack"
)
_TELLS_THE_READER = re.compile(
    r"\W*(?:(?:but|and|so|then|instead|otherwise),? )?"
    r"(?P<advice>(?:my|our|the) (?:advice|tip|suggestion|recommendation)\s*:\s*)?"
    r"(?:(?:if|when|unless|once|before|whatever) you\b[^,;:.]{1,80}, )?"
    rf"(?:(?:{_INSTRUCTING_VERBS}) (?:with|to|for|up|down|into|out|through|past|over|more|less|"
    r"early|late|ahead|at|now|here|there|instead|one|it|them|your|yours|some|a|an"
    r"|the(?! (?-i:[A-Z])))\b"
    r"|(?P<appeal>(?:we|i) (?:urge|implore|encourage|call on|ask|beg) (?:every|all|our|you|"
    r"readers?|residents?|voters?|parents?|members?|anyone|everyone)\b))",
    re.IGNORECASE,
)


def tells_the_reader_to_act(sentence: str, speechlike: bool = False) -> bool:
    """Whether the sentence tells the reader what to do (see _TELLS_THE_READER).  In a
    text told to "you" (`speechlike`: a speech, a debate, a guide) only advice so labelled
    and an appeal ("We urge every voter …") count: a speaker's "Take the plant in Lorain:
    it laid off 400 workers" makes a claim."""
    found = _TELLS_THE_READER.match(sentence)
    return found is not None and (not speechlike or bool(found["advice"] or found["appeal"]))


def reads_as_opinion(judged: int, verdicts: int, sourced: int) -> bool:
    """Whether a text of `judged` sentences, `verdicts` of them the writer's verdicts and
    `sourced` quoted or attributed, reads as opinion (a column, editorial, review).

    Too short a text says nothing about its genre: a lone sentence is never opinion here.
    """
    if judged < _OPINION_MIN_SENTENCES or verdicts < _OPINION_MIN_VERDICTS:
        return False
    return verdicts - sourced / 2 > _OPINION_MARGIN * judged


# A feature or a profile tells its subject in the present ("he says", "she adds") and sets
# its scene in the present too ("Outside, the wind is pushing spray over the slipway."):
# read alone such a sentence looks like a plain statement, read in a feature it is the
# writer's scene.  News reports speech in the past ("said", "told"); a text whose reporting
# verbs are mostly present is told as a feature, and its claims with no anchor go the way
# of an argued text's (the facts it tells, in the past or with a figure, stay).
_PRESENT_REPORTING = words("says tells adds explains recalls admits insists remembers laughs")
_PAST_REPORTING = words("said told added explained recalled admitted insisted remembered")
_FEATURE_MIN_PRESENT = 3


def reads_as_feature(verbs: list[str]) -> bool:
    """Whether a text whose attributions use the reporting `verbs` is told as a feature:
    three present-tense verbs or more, over twice as many as past-tense ones."""
    present = sum(verb in _PRESENT_REPORTING for verb in verbs)
    past = sum(verb in _PAST_REPORTING for verb in verbs)
    return present >= _FEATURE_MIN_PRESENT and present > 2 * past


# A sentence told in the present ("the wind is pushing", "he stops talking", "Kessell has a
# simpler answer"), with no past in it and no report of what someone thinks or says.
_PRESENT = re.compile(
    r"\b(?:is|are|am|has|have|does|do|isn[’']t|aren[’']t|doesn[’']t|don[’']t)\b"
    r"|\b(?:he|she|it|they|we|i|you)(?: \w+ly)? [a-z]+s\b"
    # A name doing something now: "Boateng turns it over in her hands."
    r"|(?-i:\b[A-Z][\w’'-]+(?: [a-z]+ly)? (?!(?:is|has|was|does|says|us|this|thus)\b)"
    r"[a-z]+[^s\W]s\b)",
    re.IGNORECASE,
)
_NOT_SCENE = re.compile(
    r"\b(?:was|were|had|did|wasn[’']t|weren[’']t|hadn[’']t|didn[’']t)\b"
    r"|\b(?:thinks|believes|argues|reckons|insists|says|admits|claims|hopes|fears|expects|"
    r"wants|plans|intends)\b",
    re.IGNORECASE,
)


def sets_a_scene(sentence: str, features: Features) -> bool:
    """Whether a feature's sentence only sets its scene: told in the present, not the past,
    and reporting no one's thought or words (see _PRESENT)."""
    return (
        not features.past
        and _PRESENT.search(sentence) is not None
        and _NOT_SCENE.search(sentence) is None
    )


# The writer's scene, in any kind of text: a body in a place ("Four ambulances stood in a
# line outside the entrance", "A man sits alone at a kitchen table", "She leaned on the
# rail") or a gesture ("Szabo laughs.", "talks about it with a shrug").  Such a sentence
# shows what the reporter saw or the critic staged; nobody could check it afterwards.  A
# figure, a quotation or a source with something to say keeps it (the caller's test).
_POSTURES = (
    "sits sat sitting stands stood standing leans leaned leant leaning kneels knelt kneeling "
    "crouches crouched crouching perches perched slumps slumped lounges lounged sprawls "
    "sprawled huddles huddled"
)
_GESTURES = (
    "laughs laughed smiles smiled shrugs shrugged grins grinned sighs sighed chuckles "
    "chuckled winces winced frowns frowned nods nodded"
)
_GESTURE_NOUNS = "shrug smile laugh sigh grin wink chuckle frown"
# A body moving through the scene now: "A man in a wax jacket arrives with a hairdryer."
# (Present tense only: "Police arrived at the house" is news.)
_MOTIONS = "arrives walks wanders hurries strolls shuffles climbs paces jogs ambles trudges strides"
# The weather, the light, the smell and the mood of a place: "Rain fell steadily as mourners
# arrived.", "The room fell silent.", "The smell of smoke still hung over the estate."
_ATMOSPHERES = (
    "rain snow sleet drizzle hail wind breeze fog mist sun sunlight smoke smell scent stench "
    "silence hush mood atmosphere air room hall courtroom chamber crowd church street streets "
    "square"
)
# A posture told by the body's part rather than a verb: "is on her knees beside the drum".
_POSTURE_PARTS = "knees haunches tiptoe"
# What a place smells or glows like: "the warehouse smells of vinegar and hot metal", "by
# late afternoon the old town glows the colour of a pigeon's wing".
_SENSE_VERBS = "smells smelled smelt reeks reeked stinks stank glows glowed shimmers shimmered"
SCENE_CUES = (
    words(_POSTURES) | words(_GESTURES) | words(_GESTURE_NOUNS) | words(_ATMOSPHERES)
    | words(_MOTIONS) | words(_POSTURE_PARTS) | words(_SENSE_VERBS)
)  # fmt: skip
_SENSES = re.compile(
    r"\b(?:smells|smelled|smelt|reeks|reeked|stinks|stank) (?:of|like)\b"
    r"|\b(?:glows|glowed|shimmers|shimmered) (?:the colou?r of|gold|golden|amber|orange|pink|"
    r"red|white|silver|green|blue)\b"
)
_SENSES_PAST = words("smelled smelt reeked stank glowed shimmered")
_MOTION = re.compile(
    rf"\b(?:{'|'.join(_MOTIONS.split())})(?: \w+ly)? (?:in|into|onto|at|past|through|across|"
    r"along|around|toward|towards|with|up|down|out|off|from)\b(?! (?:the )?[A-Z]| to\b)"
)
# The past forms of the scene's verbs: a scene told in the past with a count, a name or a
# role in it is most often the news itself ("Hundreds of protesters sat in the road").
SCENE_PAST = frozenset(
    w
    for w in words(_POSTURES + " " + _GESTURES)
    if w.endswith("ed") or w in ("sat", "stood", "leant", "knelt")
) | words("fell blew drifted hung swirled lingered settled smelled smelt went grew was were")
_ATMOSPHERE = re.compile(
    r"\W*(?:(?:but|and|then|by then|by now|still),? )?(?:(?:a|an|the) )?(?:[a-z]+ ){0,2}"
    rf"(?:{'|'.join(_ATMOSPHERES.split())})"
    r"(?: (?:of|in|at|inside|outside|over) (?:the )?[a-z]+)?(?: (?:still|already|soon|"
    r"suddenly|slowly|\w+ly))? (?:fell|falls|blew|blows|drifted|drifts|hung|hangs|swirled|"
    r"swirls|lingered|lingers|settled|settles|smelled|smelt|smells|went|goes|grew|grows|was|"
    r"were|is|are)\b(?: (?:almost|nearly|half|largely|completely|eerily|strangely|oddly|very|"
    r"so|still))? ?(?:silent|quiet|still|empty|deserted|thick|heavy|cold|warm|tense|sombre|"
    r"somber|subdued|festive|electric|muted|calm|grey|gray|dark|steadily|hard|softly|over|"
    r"across|through|off|on|of|in|around|low)\b",
    re.IGNORECASE,
)
_POSTURE = re.compile(
    # In the main clause: "Okonkwo, who stood with his hands folded, apologised" tells the
    # apology, "While she sat in the gallery, the jury returned" the verdict.
    r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )(?<!\bas )(?<!\bwhile )(?<!\bwhen )(?<!\bwhere )"
    rf"(?:\b(?:{'|'.join(_POSTURES.split())})"
    # "Valdrecht is on her knees beside a steel drum", "She is back on her knees by nine."
    r"|\b(?:is|are|was|were|gets|got)(?: back| still| already)? on (?:his|her|their|its|my|"
    r"our) (?:knees|haunches|tiptoe))"
    r"(?: (?:alone|together|quietly|silently|still|patiently|motionless|idle|\w+ly))?"
    r" (?:on|in|at|outside|inside|beside|behind|by|near|against|over|under|along|around|"
    r"among|across|with|in front of|on the edge of)\b"
    # Not a role, a trial or a shelved plan ("sat on the board", "stood for election",
    # "stand trial", "sat on ice"), nor a level ("stands at a record high").
    # A place in a table or at the centre of something is a standing, not a posture: "sits
    # at the bottom of the league", "stands at the heart of the inquiry", "in third place".
    r"(?! (?:for|on|board|ice|trial|the (?:board|committee|council|bench|panel|jury)|"
    r"(?:an? |its |their )?(?:record|all-time|high|low|level|around|about|nearly|almost|just|"
    r"over|under|more|less|roughly|some)|(?:the )?(?:top|bottom|foot|head|summit|heart|"
    r"centre|center|core|forefront) of|\w+ place|the (?:\w+ )?(?:table|league|standings|"
    r"rankings|polls?|charts?))\b)"
    # Nor a seat or a stand in a named body or against someone ("sits in the Scottish
    # Parliament", "stood against Jo Reyes"), nor standing by a word ("stood by her
    # comments"): the place of a scene is a common noun.
    r"(?! (?:the )?[A-Z])"
    r"(?! (?:his|her|their|its|the) (?:comments?|remarks?|decision|claims?|statements?|words|"
    r"position|record|story|account|views?)\b)"
)
_GESTURE = re.compile(
    r"(?:^\W*|, |\b(?:and|then|but) )(?:he|she|they|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
    # The gesture closes its clause: "Szabo laughs.", "He laughs when he says it"; "She
    # smiled for the cameras as she signed the deal" tells the signing.
    rf" (?:\w+ly )?(?:{'|'.join(_GESTURES.split())})(?=\W*$|,| when\b| as if\b| again\b)"
    rf"|\bwith an? (?:\w+ )?(?:{'|'.join(_GESTURE_NOUNS.split())})\b"
)
# Over a span of time a posture is a state of record: "The statue stood in the square for
# a century", "has sat in the Lords since 2010".
_A_SPAN = re.compile(
    r"\b(?:for (?:\w+ )?(?:years|decades|months|weeks|days|hours|centuries)|since)\b"
)
# A report that says nothing but the gesture: "He laughs when he says it".
_SAYS_NOTHING = re.compile(
    r"\b(?:says|said|adds|added|tells|told) (?:it|so|this|that)(?=\W*(?:[,;]|$))"
)


# A clause opening the sentence on a subordinator: "While the mayor sat in the gallery, …".
_SUBORDINATE_OPENING = re.compile(
    r"\W*(?:while|as|when|after|before|although|though|because|since|until|once|if)\b",
    re.IGNORECASE,
)


# A sentence opening on where the reporter stands: "Outside, a queue stretched past the
# chemist.", "Inside the hall, the heating is off." (with no figure, source or quotation).
# A place, not a region: "Outside London, prices fell" and "Inside the EU, …" report news.
_SCENE_OPENING = re.compile(
    r"\W*(?:(?:Outside|Inside|Nearby|Overhead|Upstairs|Downstairs|Behind (?:him|her|them)),"
    r"|(?:Outside|Inside|Across|Down) (?:the|a|an|his|her|their|its|[A-Z][\w’'-]+[’']s) [a-z]"
    # "Down in the bazaar, the cafés fill after six.", "Up on the ridge, …".
    r"|(?:Down|Up) (?:in|on|at|by) (?:the|a|an) [a-z][\w’'-]*(?: [a-z][\w’'-]*)?,)"
)
SCENE_OPENING_LETTERS = frozenset("OINUDAB“\"‘'")


_DETERMINER_BEFORE = re.compile(r"(?:the|a|an|his|her|their|its|our|my|your) \Z", re.IGNORECASE)


# A scene's clock: a sentence opening on a time of day named by its light or its meal, with
# no date ("By mid-morning, dust still hung over the square.", "By noon, queues stretched
# down the stairs.", "At dusk on a winter evening, the harbour is empty.").  What the
# reporter saw then is the writer's scene unless the rest tells an event, a count or a
# report (the caller's test); "At dawn on Tuesday, troops crossed the border" has a date,
# and is news.  A clock hour ("At 4 a.m., the ovens are already roaring") tells a routine a
# checker can ask about, and stays.
_SCENE_CLOCK = re.compile(
    r"\W*(?:(?:but|and|then|still|even),? )?(?:by|at|before|around|until|just after|just before|"
    r"shortly after|shortly before|soon after|well before|long before) (?:(?:mid-?|late |early )?"
    r"(?:morning|afternoon|evening|day|dawn|dusk|noon|midday|midnight|nightfall|sunrise|"
    r"sunset|daybreak|first light|lunchtime|teatime|breakfast|lunch|dinner|night))"
    r"(?: (?:on|of) (?:a|an|any) (?:[\w-]+ )?(?:[A-Z][a-z]+day|weekday|day|night|morning|"
    r"evening|afternoon)(?: (?:morning|afternoon|evening|night))?)?, ",
    re.IGNORECASE,
)


# The letters _SCENE_CLOCK can open on: most sentences are settled by their first letter.
SCENE_CLOCK_LETTERS = frozenset("BbAaUuJjSsWwLlTtEe")


def scene_clock_end(sentence: str) -> int:
    """Where a scene's clock opening the sentence ends (see _SCENE_CLOCK), or 0."""
    found = _SCENE_CLOCK.match(sentence)
    return 0 if found is None else found.end()


def tells_news(sentence: str, events: list[str]) -> bool:
    """Whether one of the sentence's event words tells something that happened ("police
    arrested three men") rather than the scene's own verb ("The room fell silent") or an
    adjective ("the lost seasons", "a retired teacher")."""
    for word in events:
        if word.lower() in SCENE_PAST:
            continue
        at = sentence.find(word)
        if at >= 0 and _DETERMINER_BEFORE.search(sentence, max(0, at - 6), at) is None:
            return True
    return False


def shows_a_scene(sentence: str, reports: bool, dated: bool = False, cued: bool = True) -> bool:
    """Whether the sentence only shows a body in a place or a gesture (see _POSTURE and
    _GESTURE), the air of a place (_ATMOSPHERE) or opens on the place the reporter stands
    (_SCENE_OPENING): the writer's scene, whatever the genre.

    `reports`: whether it has a reporting verb ("police said"); `dated`: whether it has a
    date ("Protesters sat in the road on Monday" is an event); `cued`: whether a word of
    SCENE_CUES is among its words (without one, only the opening can make a scene).  A
    posture or the air over a span of time is a fact, a posture in an opening subordinate
    clause sets up the news after it; a gesture beside a report ("She smiled and said the
    fund was empty") is the report, unless the report says nothing ("he says it").
    """
    if sentence[:1] in SCENE_OPENING_LETTERS and _SCENE_OPENING.match(sentence):
        return not reports and _SPEAKS.search(sentence) is None
    if not cued:
        return False
    sense = _SENSES.search(sentence)
    if sense is not None and not (dated and sense[0].split()[0] in _SENSES_PAST):
        # What a place smells like now is no event, whatever the day ("At eight on a
        # Tuesday morning, the warehouse smells of vinegar"); "The kitchen smelled of gas on
        # Monday, hours before the blast" may be the news.
        return not reports and _SPEAKS.search(sentence) is None and not _A_SPAN.search(sentence)
    if dated:
        return False
    if _ATMOSPHERE.match(sentence) is not None:
        return not reports and _SPEAKS.search(sentence) is None and not _A_SPAN.search(sentence)
    posture = _POSTURE.search(sentence)
    if posture is not None:
        if _SUBORDINATE_OPENING.match(sentence) and posture.start() < sentence.find(", "):
            return False
        return not reports and _A_SPAN.search(sentence) is None
    if _MOTION.search(sentence) is not None:
        return not reports and _SPEAKS.search(sentence) is None
    if _GESTURE.search(sentence) is not None:
        if reports or _SPEAKS.search(sentence) is not None:
            return _SAYS_NOTHING.search(sentence) is not None
        return True
    return False


# A report the attribution finder does not read ("She smiled and said the fund was empty").
_SPEAKS = re.compile(
    r"\b(?:says|said|tells|told|adds|added|insists|insisted|admits|admitted|explains|"
    r"explained|replies|replied|answers|answered)\b"
)


# The writer's own life in a text that argues: "Last Tuesday I rode with my daughter to her
# lesson", "My daughter is nine.", "I have worked from my kitchen table for four years."  A
# column's anecdote or aside in the first person singular is the writer's, and no checker
# can look it up; what the writer says of a public record carries a sum or a figure
# ("Last year I introduced Senate Bill 212 …"), and a source is the caller's test.  A
# clock time sets the anecdote's scene ("at about 8.10am") and counts as no figure.
# "\b(?:I|[Mm]y|[Mm]e|[Mm]yself)\b|\bI[’'](?:m|ve|d|ll)\b" written to start with the class
# of first letters, so that re skips ahead to them ("[IMm](?<!\w.)" is "\b[IMm]").
_THE_WRITER_SINGULAR = re.compile(
    r"[IMm](?<!\w.)(?:(?<=I)(?:[’'](?:m|ve|d|ll))?|(?<=[Mm])(?:y|e|yself))\b"
)
_CLOCK_TIME = re.compile(
    r"\b\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\b\.?|o[’']clock\b)|(?<![\d.,$€£])\b\d{1,2}:\d\d\b",
    re.IGNORECASE,
)


def writes_in_the_first_person(sentence: str) -> bool:
    """Whether the sentence holds the first person singular ("I", "my", "me")."""
    return _THE_WRITER_SINGULAR.search(sentence) is not None


def tells_the_writers_life(sentence: str) -> bool:
    """Whether an unquoted sentence is told in the writer's first person singular with no
    figure but a clock time (see _THE_WRITER_SINGULAR): in a text that argues, the
    writer's anecdote or aside, not a claim."""
    if _THE_WRITER_SINGULAR.search(sentence) is None:
        return False
    if DIGIT.search(sentence) is None:
        return True
    return DIGIT.search(_CLOCK_TIME.sub(" ", sentence)) is None


# A review by its rating: "★★★★☆" (read as a text that argues, whatever its verdicts).
_STAR_RATING = re.compile(r"[★☆✩✭✮]{3,}")
# A rating of its own sentence: "Rating: 4/5.", "Our score: 3 out of 5", "Stars: 8/10".
_RATING_LINE = re.compile(
    r"(?:^|[.!?]\s+)(?:our )?(?:rating|score|stars)\s*:\s*\d{1,2}(?:\.\d)?\s*(?:/|out of)\s*"
    r"(?:5|10)\b(?: stars)?\W*(?:$|\s+[A-Z])",
    re.IGNORECASE | re.MULTILINE,
)

_RATING_WORDS = ("rating", "score", "stars")
_COLON = re.compile(r"\s*:")


def has_star_rating(text: str) -> bool:
    """Whether the text carries a star rating (see _STAR_RATING) or a rating line of its own
    (_RATING_LINE): it is a review."""
    if ("★" in text or "☆" in text or "✩" in text) and _STAR_RATING.search(text) is not None:
        return True
    if not (" out of " in text or "/" in text):
        return False
    # The label's words first, in lower case: _RATING_LINE tries every position of the text
    # for a sentence's start, and re's case folding makes any search of a long text slow.
    low = lowered(text)
    if low is not None and not _labels_a_rating(low):
        return False
    return _RATING_LINE.search(text) is not None


def _labels_a_rating(low: str) -> bool:
    """Whether lower-cased text holds a rating's label ("rating:", "score :"), which
    _RATING_LINE cannot match without."""
    for word in _RATING_WORDS:
        at = low.find(word)
        while at >= 0:
            if _COLON.match(low, at + len(word)):
                return True
            at = low.find(word, at + 1)
    return False


# The words a critic praises a performance with, before the part: "is superb as Agnes".
_PRAISE = (
    "superb|excellent|terrific|wonderful|marvellous|marvelous|magnificent|brilliant|"
    "outstanding|good|fine|great|convincing|compelling|moving|riveting|luminous|formidable|"
    "funny|chilling|heartbreaking|mesmerising|mesmerizing|unforgettable|magnetic|touching"
)
# A review's casting: "Hélène Marchetti plays Marguerite", "plays the keeper, Calum",
# "Tom Ackroyd, as Elias, is …".  The name after "plays" or "as" is a character's.
_NAME = r"[A-Z][\w’'-]+"
# A book's or a film's premise names its lead too: "it follows Meera, a bookkeeper", "the
# narrator, Tomas,".
_CASTING = re.compile(
    rf"\b{_NAME}(?: {_NAME})+ plays (?:(?:the|a|an|his|her|their) [\w’' -]{{1,30}}?, )?({_NAME})"
    rf"|\b{_NAME}(?: {_NAME})+, as ({_NAME})(?: {_NAME})?,"
    rf"|\b(?:follows|centres on|centers on) ({_NAME})(?: {_NAME})?,"
    rf"|\b(?:narrator|heroine|protagonist|title character), ({_NAME})(?: {_NAME})?,"
    # The critic's praise casts as well: "Kirsty Hale is superb as Agnes, all clipped vowels".
    rf"|\b{_NAME}(?: {_NAME})+ (?:is|was) (?:(?:very|quite|simply|utterly) )?(?:{_PRAISE}) "
    rf"as ({_NAME})"
)
_CASTING_CUES = (" plays ", ", as ", "follows ", "centres on ", "centers on ", "narrator, ",
                 "heroine, ", "protagonist, ", "character, ", " as ")  # fmt: skip


def characters_cast(text: str) -> frozenset[str]:
    """The first names of the characters a review casts or its premise follows (see
    _CASTING), or none."""
    if not any(cue in text for cue in _CASTING_CUES):
        return frozenset()
    return frozenset(next(name for name in found if name) for found in _CASTING.findall(text))


def tells_the_plot(sentence: str, characters: frozenset[str]) -> bool:
    """Whether a review's sentence with no figure, date or source names one of its
    `characters` outside a casting ("Marguerite refuses to sell her land", "By the last
    reel, Elias has begun to understand"): plot description, the story's and not the
    record's."""
    named = _CAPITALISED_WORD.findall(sentence)
    # A character's possessive names the character: "She plays Maeve's tiredness as …".
    if characters.isdisjoint(named) and characters.isdisjoint(
        word[:-2] for word in named if word.endswith(("’s", "'s"))
    ):
        return False
    return _CASTING.search(sentence) is None


_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w’'-]+")


# A past-tense sentence tells what was done unless it is the writer's own doings ("Our
# waiter loved", "we argue": an anecdote), a participle after a present "be" ("Rivals are
# better placed": no past) or a denial of a general subject ("Nurses never had the
# choice"); a denial of someone in particular, a definite noun phrase opening it ("But the
# board has not replied") or nobody at all ("Nobody was hurt"), is news.
_PARTICULAR_SUBJECT = re.compile(
    r"\W*(?i:(?:but|and|yet|so|still|now),? )?"
    r"(?i:(?:the|this|that|these|those|its|their|his|her) |nobody |no one )"
)
# The same subject told in the present: "The hospital has no maternity ward", "The tax
# applies only to second homes" (a pronoun such as "This is …" names nothing in particular).
_DEFINITE_SUBJECT = re.compile(
    r"\W*(?i:(?:but|and|yet|so|still|now),? )?(?i:the|its|their|his|her) (?!(?:is|are|was|were|"
    r"has|have|had|will|would|could|should|must|can|may|might|does|did)\b)[a-z]"
)
_DENIAL = re.compile(r"\b(?:never|not|no longer)\b|n[’']t\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|i|my|me)\b", re.IGNORECASE)
_NOT_DONE = re.compile(
    r"\b(?:we|our|us|i|my|me)\b|\b(?:is|are|am)(?: \w+)? \w+ed\b",
    re.IGNORECASE,
)


def _tells_what_was_done(sentence: str) -> bool:
    """Whether a past-tense sentence reports an action ("The airline grounded its fleet")."""
    if _NOT_DONE.search(sentence) is not None:
        return False
    return _PARTICULAR_SUBJECT.match(sentence) is not None or _DENIAL.search(sentence) is None


def _named_inside_a_clause(sentence: str, name: str) -> bool:
    """Whether `name` follows a word of its clause ("runs to Hexham"), rather than opening a
    clause as the subject the writer talks about ("Somerset need …", "…; Sarnia arrives")."""
    at = sentence.find(name)
    before = sentence[:at].rstrip()
    return at > 0 and before[-1:].isalpha() and before[-1:].islower()


# The present perfect, which features.past misses with an irregular participle: "has known".
_PERFECT = re.compile(
    r"\b(?:has|have|had)(?: \w+)? (?:\w+ed|\w+en|known|done|made|paid|told|said|sold|kept|"
    r"left|held|brought|bought|built|spent|won|lost|run)\b"
)


# How often something happens is a fact of record: "The road floods most winters".
_FREQUENCY = re.compile(
    r"\b(?:every|each|most|all) (?:years?|winters?|summers?|springs?|autumns?|months?|weeks?"
    r"|days?|nights?|mornings?|seasons?)\b"
    r"|\b(?:once|twice|three times|four times) an? (?:year|month|week|day|season)\b"
    r"|\b(?:annually|yearly|weekly|daily|monthly|nightly)\b",
    re.IGNORECASE,
)


# Verbs of a measurable change, told as done or under way ("silence falls" is no trend).
_TREND_WORDS = words(
    "rose risen rising fell fallen falling grew grown growing climbed climbing shrank shrunk "
    "shrinking increased increasing decreased decreasing dropped dropping doubled doubling "
    "halved halving soared soaring slumped slumping"
)


# A comparison one can measure: a comparative of size, speed, price or age, or a verb of
# cost or use with "more" or "less" ("costs less than", "took longer than").
_MEASURED_COMPARISON = re.compile(
    r"\b(?:cheaper|dearer|costlier|faster|slower|higher|lower|bigger|smaller|larger|longer|"
    r"shorter|older|younger|heavier|lighter|earlier|later|richer|poorer|wider|narrower) than\b"
    r"|\b(?:costs?|paid|pays?|earns?|earned|spends?|spent|weighs?|takes?|took|uses?|used)"
    r"(?: \w+)? (?:more|less|fewer) than\b"
)


# A measure spelled as a compound: "a one-year pause", "a six-storey block", "a ten-year plan".
_SPELLED_MEASURE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|hundred)-(?:years?|months?|weeks?|days?|hours?|minutes?|"
    r"miles?|kilometres?|kilometers?|metres?|meters?|feet|foot|acres?|storeys?|story|"
    r"stories|bedrooms?|points?|seats?|games?|matches?|lanes?|tonnes?|tons?)\b"
)


# A spelled number pointing back at figures already given ("those two numbers", "for the
# third time", "both") counts nothing new.
_BACK_REFERENCE = words("the those these both all its their")
_SCENE_PREPOSITIONS = words("in of for from with within after")
_SHARE = (" in ", " of ", " out of ")


# How firmly a sentence is anchored outside the writer's head (anchor_of).
NO_ANCHOR = 0
COUNT_ONLY = 1  # a spelled number and nothing else: "in three bites", "a team of four"
FIRM_ANCHOR = 2


def anchor_of(sentence: str, features: Features) -> int:
    """How much the sentence holds that a checker can look up outside the writer's head.

    Firm: a figure, a sum, a date; a concrete event; a full name (two capitalised words or
    more: a person, a body); a one-word name or a job title in a sentence that tells what
    happened (past tense), or two names, or one inside its clause ("runs to Hexham"); a
    definite subject ("The hospital has no maternity ward"); a past-tense sentence that
    reports what someone in
    particular did or did not do; a verb of measurable change ("have risen"); a measured
    comparison ("costs less than"); how often ("floods most winters").  A name in the
    present tense ("Somerset need a captain") is the writer talking about it, a job title
    alone in the present ("chief executives keep demanding") a generalisation.  A spelled
    number that counts something new is firm too, except in a phrase of scene: a critic's
    "gone in three bites" is a weak anchor (COUNT_ONLY).  A quotation or a source the
    caller has already counted.
    """
    if features.money or features.percents or features.dates:
        return FIRM_ANCHOR
    if features.events or DIGIT.search(sentence) or any(" " in e for e in features.entities):
        return FIRM_ANCHOR
    if features.past and (features.entities or features.roles):
        return FIRM_ANCHOR
    if (features.past or _PERFECT.search(sentence)) and _tells_what_was_done(sentence):
        return FIRM_ANCHOR
    if _DEFINITE_SUBJECT.match(sentence) and _FIRST_PERSON.search(sentence) is None:
        return FIRM_ANCHOR  # "The hospital has no maternity ward."
    if len(features.entities) >= 2:  # "away at Chelmsford and Hove": names that place it
        return FIRM_ANCHOR
    if features.entities and _named_inside_a_clause(sentence, features.entities[0]):
        return FIRM_ANCHOR  # "The line runs from the port to Hexham."
    low = sentence.lower()
    if not _TREND_WORDS.isdisjoint(low.translate(_TO_SPACES).split()):
        return FIRM_ANCHOR  # "Rents have risen faster than wages": a change one can measure
    if " than " in low and _MEASURED_COMPARISON.search(low):
        return FIRM_ANCHOR  # "A crossing patrol costs less than a pothole repair."
    if _FREQUENCY.search(sentence):
        return FIRM_ANCHOR
    if "-" in low and _SPELLED_MEASURE.search(low):
        return FIRM_ANCHOR  # "He wants a one-year pause": a measure one can look up
    if not features.numbers:
        return NO_ANCHOR
    counted = False
    for number in features.numbers:
        found = re.search(rf"\b{re.escape(number.lower())}\b", low)
        if found is None:
            return FIRM_ANCHOR  # not where the detector saw it: keep the sentence
        before = low[: found.start()].split()
        word = before[-1] if before else ""
        if word in _BACK_REFERENCE:
            continue
        # A count that is what the sentence asserts ("Only two bowlers have taken more"), a
        # share ("four in five of the new homes") or a part ("three of the last five") is
        # firm; one tucked in a phrase of scene ("in three bites", "a team of four") is not.
        if word not in _SCENE_PREPOSITIONS or low.startswith(_SHARE, found.end()):
            return FIRM_ANCHOR
        counted = True
    if not counted:
        return NO_ANCHOR
    # A count of something named ("three matches at home to Surrey") is firm.
    return FIRM_ANCHOR if features.entities else COUNT_ONLY


# The writer naming itself as a source: "This newspaper has argued …", "this column said".
_THE_WRITER = re.compile(
    r"(?:this|our) (?:newspaper|paper|column|columnist|editorial|editorial board|writer|"
    r"reporter|correspondent|magazine|reviewer|critic|website|site|publication)\W*$",
    re.IGNORECASE,
)


def is_the_writer(speaker: str) -> bool:
    """Whether an attribution's speaker is the text's own writer or publication."""
    return _THE_WRITER.match(speaker) is not None
