"""From article text to claims: paragraphs, sentences, quotations, speakers, decision."""

from __future__ import annotations

import bisect
import gc
import re
from dataclasses import dataclass
from typing import NamedTuple

from factcheck.extract.boilerplate import (
    cue_finder,
    is_bio_line,
    is_boilerplate,
    is_boilerplate_paragraph,
    is_caption,
    is_picture_credit,
    signed_by,
)
from factcheck.extract.checkworthy import is_checkworthy, probability, reason, signals
from factcheck.extract.claim import ExtractedClaim
from factcheck.extract.entities import collect_proper_nouns
from factcheck.extract.facts import Fact, find_facts, quoted_spans
from factcheck.extract.features import Features as Detected
from factcheck.extract.features import detect
from factcheck.extract.gazetteer import KIN
from factcheck.extract.kinds import primary_kind, reasons_for
from factcheck.extract.lexicon import ROLE_WORDS, words
from factcheck.extract.opinion import (
    FIRM_ANCHOR,
    NO_ANCHOR,
    SCENE_CLOCK_LETTERS,
    SCENE_OPENING_LETTERS,
    SCENE_PAST,
    anchor_of,
    asserts_in_a_question,
    characters_cast,
    has_star_rating,
    is_conditional_forecast,
    is_evaluative,
    is_the_writer,
    is_transition,
    reads_as_feature,
    reads_as_opinion,
    scene_clock_end,
    sets_a_scene,
    shows_a_scene,
    tells_news,
    tells_the_plot,
    tells_the_reader_to_act,
    tells_the_writers_life,
    urges,
    writes_in_the_first_person,
)
from factcheck.extract.patterns import DIGIT
from factcheck.extract.quotes import Quotation, find_quotations, is_direct
from factcheck.extract.score import (
    Context,
    addresses_listener,
    is_claim,
    is_greeting,
    is_speechlike,
)
from factcheck.extract.speakers import (
    LABEL_VERBS,
    PRONOUNS,
    QUOTE_ONLY_VERBS,
    Attribution,
    apologiser,
    as_person,
    defines_a_thing,
    find_attribution,
    full_name,
    is_name,
    is_person_name,
    is_title,
    label_name,
    names_a_thing,
    names_people,
    person_meant,
    role_holder,
    sex_told,
    transcript_label,
)
from factcheck.extract.unspaced import (
    detect_unspaced,
    ends_like_a_sentence,
    has_unspaced,
    is_question,
    is_unspaced,
    reported_speech,
)
from factcheck.text import split_paragraphs, split_sentences

_SUBJECT_NAME = re.compile(
    r"^[“\"]?((?:[A-Z][\w’'\-]+)(?: (?:[A-Z]\.|[A-Z][\w’'\-]+)){1,3})(?:’s|'s)?(?:,|\s+[a-z])"
)
# The subject after an opening phrase: "When the pager went off at 3.40am, Jowan Kessell
# was asleep", "Sentencing him on Tuesday, Judge Annabel Frayne said".
_SUBJECT_AFTER_OPENING = re.compile(
    r"[^,“”\"]{3,80}, ((?:[A-Z][\w’'\-]+)(?: (?:[A-Z]\.|[A-Z][\w’'\-]+)){1,3})(?:’s|'s)?\s+[a-z]"
)
# "Kevin Weil, the former Instagram executive" / "journalist Steven Levy": a person.
# ("[A-Z](?<!\w.)" is "\b[A-Z]" with the class first, so re can skip ahead to capitals.)
_APPOSITIVE_NAME = re.compile(
    r"([A-Z](?<!\w.)[\w’'\-]+(?: [A-Z][\w’'\-]+){1,2}), (?:\d+, )?(?:the |a |an )?[^,]{0,60}"
)
# "His sister, Tanya Bell, manages ...": a name set off by commas after a person noun.
# Found from the comma on (a literal start lets re skip ahead); the noun before it is read
# off by _word_ending_at.
_COMMA_NAME = re.compile(r", ([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,2}),")
_PERSON_NOUNS = words(
    "sister brother wife husband son daughter mother father friend colleague neighbor "
    "neighbour partner cousin uncle aunt grandmother grandfather boss deputy aide reader "
    "listener viewer caller"
)
_ROLE_THEN_NAME = re.compile(r"\b([a-z]+) ([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){1,2})\b")
# Every lower-case word followed by a capitalised one, read in the REVERSED sentence: a role
# word must be among them for _ROLE_THEN_NAME to name anyone, and most sentences have none.
# Reversed, the pattern starts with a capital, and re skips ahead to those.
_CAPITAL_AFTER_WORD = re.compile(r"[A-Z] ([a-z]+)(?![a-z])")
_NON_NAME_START = words(
    """
    the a an but and so yet or then when while as if after before in on at for by with
    this that these those it its he she they we his her their our many some most several
    every all no one two three each other another today yesterday last next back even
    still also however meanwhile instead now once since during despite born
    """
)
# Every pattern above names someone only with two capitalised words in a row; most
# sentences have none, and this one search rules all four out.
_TWO_CAPITALISED = re.compile(r"[A-Z][\w’'\-]+ [A-Z]")
_HEADING_ENDS = tuple(".!?:;…”\"’')]")
# "(APPLAUSE)", "[CROSSTALK]": transcript stage directions are set in capitals.
_STAGE_DIRECTION = re.compile(r"^[(\[][A-Z][A-Z .,’'\-]{1,40}[)\]]\W*$")
_CLOSERS = "”\"’')] "
# Subjects of a reporting verb that are no source a checker could ask: "One wonders …",
# "History says no", "Common sense suggests …" voice the writer, not a named source.
_NOBODY_IN_PARTICULAR = frozenset(
    ("one", "history", "experience", "common sense", "nobody", "no one", "everyone",
     "everybody", "anyone", "anybody", "someone", "somebody", "time", "only time")
)  # fmt: skip


_THE_WRITER_LEADS = ("this", "our ")


def _NO_MODEL() -> float:
    """The check-worthiness model was trained on English: it has no say elsewhere."""
    return 0.0


@dataclass(slots=True)
class _Sentence:
    start: int
    end: int
    paragraph: int
    label: str | None
    quotes: list[int]
    covered: float
    attribution: Attribution | None = None
    speaker: str | None = None
    furniture: bool = False
    cue: bool = False  # has_cue() of the sentence: without a cue it is not furniture
    # What _judge found in a spaced sentence it weighed, for the genre of the whole text:
    # whether it is the writer's verdict, is sourced (quoted or attributed), and, if kept
    # with no figure, date, source or event, its findings (for opinion.anchor_of).
    weighed: bool = False
    verdict: bool = False
    sourced: bool = False
    loose: Detected | None = None
    # Kept, and told in the writer's first person with no source, sum or figure
    # (opinion.tells_the_writers_life: an anecdote), or a call to act with none
    # (opinion.urges): in a text that argues, the writer's anecdote or advice.
    the_writers: bool = False
    anecdote: bool = False
    # Weighed, and in the writer's first person singular outside quotation marks.
    first_person: bool = False
    # Whom "he" or "she" opening a stance with no reporting verb points to (_STANCE_OF).
    stance_of: str | None = None
    # Kept with no quotation, source, sum, percentage, digit or date: in a text that argues,
    # part of the anecdote in a paragraph the writer's anecdote opens ("Nobody was hurt."),
    # the plot if it names a character a review casts (opinion.tells_the_plot).
    bare: bool = False


def extract_claims(text: str, *, with_facts: bool = True) -> list[ExtractedClaim]:
    """Every check-worthy sentence of `text`, in text order, with offsets into `text`."""
    # Extraction makes a great many small objects and no reference cycles, so the cyclic
    # collector (run every few hundred allocations, and over the whole heap now and then)
    # would walk them for nothing: it is paused meanwhile (some 4% of a long article's
    # time).  Only who paused it resumes it, so a second thread extracting at once is safe.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _extract(text, with_facts)
    finally:
        if paused:
            gc.enable()


def _extract(text: str, with_facts: bool) -> list[ExtractedClaim]:
    paragraphs = split_paragraphs(text)
    quotes = find_quotations(text, paragraphs)
    spans = sorted((s, e, i) for i, q in enumerate(quotes) for s, e in q.spans)
    span_starts = [s for s, _, _ in spans]
    sentences = _sentences(text, paragraphs, spans, span_starts)
    signed = _mark_bio_lines(text, sentences, len(paragraphs))
    _mark_captions(text, sentences)
    _mark_headlines(text, sentences)
    proper_nouns = collect_proper_nouns([text[s.start : s.end] for s in sentences])
    for sentence in sentences:
        frame = _frame(text, sentence, spans, span_starts)
        if len(frame.split(None, 1)) == 2:  # two words or more
            sentence.attribution = find_attribution(frame)
    _resolve_speakers(text, sentences)
    attributed_quotes = _quote_speakers(quotes, sentences)

    speechlike = is_speechlike(
        [_unquoted(text[s.start : s.end]) for s in sentences if s.covered < 0.5]
    )
    # Most texts hold no Chinese or Japanese at all: one search says so for every sentence.
    scripts = has_unspaced(text)
    # A speech or a transcript is never read as opinion: its speakers argue, and what they
    # claim is the point.  A text told in the first person or to "you" that is signed as a
    # column (the writer's bio or a review's listing closing it: _mark_bio_lines) or rated
    # as a review is written, not spoken: a column, a test, a guide.
    rated = has_star_rating(text)
    written = bool(signed) or rated
    could_argue = (not speechlike or written) and all(s.label is None for s in sentences)
    judged: list[tuple[_Sentence, _Kept]] = []
    for sentence in sentences:
        claim = _judge(
            text, sentence, quotes, attributed_quotes, proper_nouns, speechlike, could_argue,
            scripts,
        )  # fmt: skip
        if claim is not None:
            judged.append((sentence, claim))
    if could_argue and (genre := _genre(sentences, rated, signed)):
        feature = genre == _FEATURE
        if not feature:
            characters = characters_cast(text)
            anecdotes = _anecdote_openings(text, sentences, characters)
            judged = [
                (s, c)
                for s, c in judged
                if not _the_writers(s, anecdotes)
                and not (s.bare and characters and tells_the_plot(c.text, characters))
            ]
        judged = [(s, c) for s, c in judged if _anchored_or_likely(s, c, feature)]
    kept = [claim for _, claim in judged]
    if not with_facts:
        return [_claim(k, ()) for k in kept]
    facts = find_facts(text, [(k.start, k.end) for k in kept], [(s, e) for s, e, _ in spans])
    return [_claim(k, tuple(found)) for k, found in zip(kept, facts, strict=True)]


class _Kept(NamedTuple):
    """A sentence kept as a claim, before its facts are read: ExtractedClaim's fields but
    `facts`.  A tuple, so that the claim is built once, facts and all: a frozen dataclass
    sets each field through object.__setattr__, and an article has thousands of claims."""

    text: str
    start: int
    end: int
    paragraph: int
    kind: str
    speaker: str | None
    score: float
    reasons: tuple[str, ...]
    checkworthy: bool


def _claim(k: _Kept, facts: tuple[Fact, ...]) -> ExtractedClaim:
    """The claim of a kept sentence, with its facts (positional: keyword arguments cost
    more to pass)."""
    return ExtractedClaim(
        k.text, k.start, k.end, k.paragraph, k.kind, k.speaker, k.score, k.reasons, facts,
        k.checkworthy,
    )  # fmt: skip


_OPINION = 1
_FEATURE = 2
_FIRST_PERSON_CAP = 2


def _genre(sentences: list[_Sentence], rated: bool, signed: int = 0) -> int:
    """_OPINION if the text reads as opinion (opinion.reads_as_opinion) or is a review by
    its star rating (`rated`: opinion.has_star_rating), _FEATURE if it is told as a feature
    (opinion.reads_as_feature), else 0: in the first two, claims with no anchor are the
    writer's.  A column's marks count with its verdicts: the lines closing it (`signed`:
    two for the writer's bio, one for a listing or a release line), the writer's "I"
    outside quotation marks one a sentence, up to two (news keeps its reporter out of the
    story)."""
    if rated:
        return _OPINION
    judged = verdicts = sourced = first_person = 0
    for sentence in sentences:
        if sentence.weighed:
            judged += 1
            verdicts += sentence.verdict
            sourced += sentence.sourced
            first_person += sentence.first_person
    verdicts += signed + min(first_person, _FIRST_PERSON_CAP)
    if reads_as_opinion(judged, verdicts, sourced):
        return _OPINION
    verbs = [s.attribution.verb for s in sentences if s.attribution is not None]
    return _FEATURE if reads_as_feature(verbs) else 0


def _anecdote_openings(
    text: str, sentences: list[_Sentence], characters: frozenset[str]
) -> dict[int, _Sentence]:
    """The paragraphs that open on the writer's anecdote or on a review's plot (a bare
    sentence naming one of the `characters`: opinion.tells_the_plot), each with its first
    sentence."""
    openings: dict[int, _Sentence] = {}
    for sentence in sentences:
        openings.setdefault(sentence.paragraph, sentence)
    return {
        number: first
        for number, first in openings.items()
        if first.anecdote
        or (characters and first.bare and tells_the_plot(text[first.start : first.end], characters))
    }


def _the_writers(sentence: _Sentence, anecdotes: dict[int, _Sentence]) -> bool:
    """In a text that argues: the writer's anecdote or advice (_Sentence.the_writers), or a
    bare sentence of a paragraph an anecdote or a plot opens ("Last Tuesday I rode …
    Nobody was hurt.", "Meera keeps the mill's books. She finds …"); `anecdotes` is
    _anecdote_openings of the text."""
    if sentence.the_writers:
        return True
    opening = anecdotes.get(sentence.paragraph)
    return sentence.bare and opening is not None and opening is not sentence


def _anchored_or_likely(sentence: _Sentence, claim: ExtractedClaim, feature: bool) -> bool:
    """In a text that argues, a claim with no anchor stays only if the model finds it
    likely check-worthy (its score is the model's probability), one whose only anchor is a
    spelled number only if the model marks it check-worthy: otherwise it is the writer's own
    remark.  In a feature only the writer's present-tense scene goes (opinion.sets_a_scene):
    what it tells in the past is its story."""
    if sentence.loose is None:
        return True
    anchor = anchor_of(claim.text, sentence.loose)
    if anchor == FIRM_ANCHOR or (feature and not sets_a_scene(claim.text, sentence.loose)):
        return True
    if anchor == NO_ANCHOR:
        return claim.score >= _ANCHORLESS_MODEL_FLOOR
    return claim.checkworthy


_ANCHORLESS_MODEL_FLOOR = 0.5


def assess_claim(text: str) -> ExtractedClaim:
    """What the extractor makes of a claim that arrives without its article (a row of a
    claims file: a tip, a post, a spreadsheet line): one claim over the whole text, with
    the kind, speaker, score and reasons of its most check-worthy sentence and the facts of
    all of it (offsets into `text`).  Text the extractor would not list as a claim keeps the
    model's probability as its score and says so."""
    found = extract_claims(text, with_facts=False)
    facts = tuple(find_facts(text, [(0, len(text))], quoted_spans(text))[0])
    if not found:
        return ExtractedClaim(
            text=text,
            start=0,
            end=len(text),
            paragraph=1,
            kind="statement",
            speaker=None,
            score=(p := round(probability(text), 3)),
            reasons=("not a claim the extractor would list", reason(p, ())),
            facts=facts,
            checkworthy=is_checkworthy(p),
        )
    best = max(found, key=lambda claim: claim.score)
    return ExtractedClaim(
        text=text,
        start=0,
        end=len(text),
        paragraph=1,
        kind=best.kind,
        speaker=next((claim.speaker for claim in found if claim.speaker), None),
        score=best.score,
        # The model's reason closes each claim's reasons: the best sentence's stands for all.
        reasons=tuple(
            dict.fromkeys(
                [*best.reasons, *(r for c in found if c is not best for r in c.reasons[:-1])]
            )
        ),
        facts=facts,
        checkworthy=best.checkworthy,
    )


def _sentences(
    text: str,
    paragraphs: list[tuple[int, int]],
    spans: list[tuple[int, int, int]],
    span_starts: list[int],
) -> list[_Sentence]:
    labels = _labels(text, paragraphs)
    cue_at = cue_finder(text)
    out: list[_Sentence] = []
    label: str | None = None
    for number, (p_start, p_end) in enumerate(paragraphs, start=1):
        found = labels[number - 1]
        body = p_start
        if found:
            label, body = found
        paragraph_cue = cue_at(p_start, p_end)
        furniture = paragraph_cue and is_boilerplate_paragraph(text[p_start:p_end], True)
        # A sentence inside the paragraph's first 600 characters has a cue only if the
        # paragraph has; the whole paragraph as one sentence has the paragraph's answer.
        early = p_start + 600
        for s, e in split_sentences(text, body, p_end):
            quote_ids, covered = _overlap(text, s, e, spans, span_starts)
            if s == p_start and e == p_end:
                cue = paragraph_cue
            elif not paragraph_cue and (e <= early or s == p_start):
                cue = False
            else:
                cue = cue_at(s, e)
            out.append(
                _Sentence(s, e, number, label, quote_ids, covered, furniture=furniture, cue=cue)
            )
    return out


def _mark_bio_lines(text: str, sentences: list[_Sentence], paragraphs: int) -> int:
    """The writer's bio opening one of the last two paragraphs is furniture, not a claim,
    and so are the bio, release or date lines that follow it in its paragraph ("Ourives is
    released on 7 February. Baptista-Sequeira plays the Barbican on 3 March.") or other
    furniture (boilerplate.is_boilerplate): a story's
    sentence after one is the story's.  Returns how strongly those lines mark a column or a
    review (boilerplate.signed_by)."""
    tail: list[_Sentence] = []
    for sentence in reversed(sentences):  # only the tail: a long article costs nothing more
        if sentence.paragraph < paragraphs - 1:
            break
        tail.append(sentence)
    tail.reverse()
    signed = 0
    run = False  # whether every sentence of this paragraph so far was such a line
    for k, sentence in enumerate(tail):
        if k == 0 or tail[k - 1].paragraph != sentence.paragraph:
            run = True
        if not run:
            continue
        body = text[sentence.start : sentence.end]
        if not sentence.quotes and is_bio_line(body):
            sentence.furniture = True
            signed = max(signed, signed_by(body))
        elif not (sentence.furniture or is_boilerplate(body, sentence.cue)):
            run = False  # furniture of another kind ("… opens in cinemas on Friday.") runs on
    return signed


def _mark_captions(text: str, sentences: list[_Sentence]) -> None:
    """A paragraph of one or two sentences opening on a caption (boilerplate.is_caption:
    "Jo Reyes arriving at court in May.", then maybe its credit) is a caption: furniture.
    So is a short line with no quotation followed by a picture credit and nothing else
    ("The emergency department at St Mary's, Leeds." then "Photo: Ana Ruiz"), whatever its
    grammar: a credit says what stands before it is the picture's caption."""
    for k, sentence in enumerate(sentences):
        if k and sentences[k - 1].paragraph == sentence.paragraph:
            continue  # not a paragraph's first sentence
        rest = sentences[k + 1 : k + 3]
        if len(rest) == 2 and rest[1].paragraph == sentence.paragraph:
            continue  # three sentences or more: story, not a caption
        if sentence.quotes:
            continue
        body = text[sentence.start : sentence.end]
        if is_caption(body) or (
            rest
            and body.count(" ") < _CAPTION_MAX_SPACES
            and is_picture_credit(text[rest[0].start : rest[0].end])
        ):
            sentence.furniture = True


_CAPTION_MAX_SPACES = 30
_WHOLE_QUOTATION = 0.9
# The writer as the subject ("I", "me"), or the writer's people ("my daughter", "my
# next-door neighbour"): told with a count, still the writer's life.
_THE_WRITER_ACTS = re.compile(
    r"\b(?:I|me|myself)\b|\bI[’']|\b[Mm]y (?:[\w\-]+ )?(?:"
    + "|".join(sorted(_PERSON_NOUNS | KIN | {"neighbours", "friends", "kids", "children"}))
    + r")\b"
)


def _counts_beside_the_writer(body: str, features: Detected) -> bool:
    """A sentence with a count in which the writer is only a possessive of a thing ("eleven
    dishes on my first visit", "My own street, where two children were struck last winter,
    still has no crossing"): it tells the world, not the writer's life."""
    return bool(features.numbers) and _THE_WRITER_ACTS.search(body) is None


def _mark_headlines(text: str, sentences: list[_Sentence]) -> None:
    """The lines heading a text (headline, standfirst, byline, dateline, star rating: each a
    paragraph of one line that does not end like a sentence, or asks a question) before its
    first paragraph of prose are furniture, figures and all ("Gale live: 80mph gusts as
    12,000 homes lose power", "Plant to create 420 jobs"): a headline squeezes what the
    story then tells in sentences, and those are the claims a checker checks.  Only when
    prose follows (a claim arriving alone, with no full stop, is a claim) and for at most
    _HEADLINE_LINES lines (a live blog's head runs to seven); a bulleted line is a list
    item, not a headline."""
    top: list[_Sentence] = []
    for k, sentence in enumerate(sentences):
        body = text[sentence.start : sentence.end].rstrip()
        if _ENDS_LIKE_PROSE.search(body) or (
            k + 1 < len(sentences) and sentences[k + 1].paragraph == sentence.paragraph
        ):
            break  # prose begins
        if len(top) == _HEADLINE_LINES or body[:1] in _BULLETS:
            return
        top.append(sentence)
    else:
        return  # no prose follows
    for sentence in top:
        sentence.furniture = True


_HEADLINE_LINES = 8
_ENDS_LIKE_PROSE = re.compile(r"[.!…:;][”\"’')\]]*$")
_BULLETS = frozenset("•·-–—*▪►")


def _labels(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[str, int] | None]:
    """Each paragraph's transcript label ("SMITH:"), if the text is a transcript, under the
    full name the text gives that speaker (speakers.label_name).

    Mixed-case labels ("Smith:") count only when one of them recurs (_speakers_recur).
    """
    capitals: list[tuple[str, int] | None] = []
    mixed: list[tuple[str, int] | None] = []
    for s, e in paragraphs:
        if text.find(":", s, e) < 0:  # every label ends with a colon
            capitals.append(None)
            mixed.append(None)
            continue
        found = transcript_label(text, s, e, False)
        capitals.append(found)
        mixed.append(found or transcript_label(text, s, e, True))
    labels = _without_dateline(text, paragraphs, mixed if _speakers_recur(mixed) else capitals)
    # Each distinct label is looked up once (a transcript repeats its few labels thousands
    # of times), and only so many: each look-up reads the whole text.
    names: dict[str, str] = {}
    for found in labels:
        if found and found[0] not in names:
            looked_up = len(names) < _LABELS_LOOKED_UP
            names[found[0]] = label_name(found[0], text) if looked_up else found[0]
    return [(names[found[0]], found[1]) if found else None for found in labels]


_LABELS_LOOKED_UP = 40


def _speakers_recur(labels: list[tuple[str, int] | None]) -> bool:
    """Whether mixed-case labels mark a transcript: one of them opens two paragraphs or
    more (speakers take turns).  A review's or a test's fact box labels each line once
    ("Good: light, fair price.", "Bad: …", "Specifications: …", "Tracklisting: …"), and a
    headline's colon ("Ferrow: Low Country Hymns review") once."""
    seen: set[str] = set()
    for found in labels:
        if found:
            if found[0] in seen:
                return True
            seen.add(found[0])
    return False


def _without_dateline(
    text: str, paragraphs: list[tuple[int, int]], labels: list[tuple[str, int] | None]
) -> list[tuple[str, int] | None]:
    """`labels` less a dateline read as one ("KOCHI: Commuters got their first ride …"): the
    text's only label, opening one of its first _DATELINE_PARAGRAPHS paragraphs, with news
    told after it in no first or second person.  A speaker's words ("SMITH: Thank you. We
    built …") speak as I, we or you, and a transcript's labels recur."""
    found = [k for k, label in enumerate(labels) if label]
    if len(found) != 1 or found[0] >= _DATELINE_PARAGRAPHS:
        return labels
    k = found[0]
    words_start = labels[k][1]  # type: ignore[index]
    if _SPOKEN_PERSON.search(text, words_start, paragraphs[k][1]):
        return labels
    return [None] * len(labels)


_DATELINE_PARAGRAPHS = 3
_SPOKEN_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]urs?|us|[Mm][ey]|[Yy]our?)\b")


def _overlap(
    text: str, start: int, end: int, spans: list[tuple[int, int, int]], span_starts: list[int]
) -> tuple[list[int], float]:
    # Quotation spans are disjoint and sorted, so those overlapping the sentence are a run
    # that ends at the last span starting before the sentence ends.
    ids: set[int] = set()
    inside = 0
    i = bisect.bisect_left(span_starts, end) - 1
    while i >= 0:
        s, e, q = spans[i]
        if e <= start:
            break
        ids.add(q)
        inside += _visible(text[max(s, start) : min(e, end)])
        i -= 1
    if not ids:
        return [], 0.0
    total = _visible(text[start:end]) or 1
    return sorted(ids), inside / total


def _visible(segment: str) -> int:
    return len(segment) - segment.count(" ") - segment.count("\t") - segment.count("\u00a0")


def _frame(
    text: str, sentence: _Sentence, spans: list[tuple[int, int, int]], span_starts: list[int]
) -> str:
    """The sentence with its quoted words masked, so "he said" inside a quote is not read."""
    if not sentence.quotes:
        return text[sentence.start : sentence.end]
    pieces: list[str] = []
    pos = sentence.start
    first = max(bisect.bisect_right(span_starts, sentence.start) - 1, 0)
    last = bisect.bisect_left(span_starts, sentence.end)
    for s, e, _ in spans[first:last]:
        if e <= sentence.start or s >= sentence.end:
            continue
        lo, hi = max(s, sentence.start), min(e, sentence.end)
        pieces.append(text[pos:lo])
        pieces.append(" “Q” ")
        pos = hi
    pieces.append(text[pos : sentence.end])
    return "".join(pieces)


def _resolve_speakers(text: str, sentences: list[_Sentence]) -> None:
    """Turn "he says" into the most recent named person (of his sex, where known) and
    "Marsh said" into the full name given earlier ("Lina Marsh"); keep other speakers as
    written, less their titles ("Dr", "Detective Inspector")."""
    recent: list[str] = []  # people named so far, the last named last
    sexes: dict[str, str] = {}
    last_speaker: str | None = None
    surnames: set[str] = set()
    full_names: dict[str, list[tuple[int, str]]] = {}
    # Whom a surname alone stands for once it has: "Kessell" keeps meaning Jowan Kessell
    # after "his wife, Elowen Kessell" is named in full.
    owners: dict[str, str] = {}
    # Names the text calls a thing ("X is the duo's third album") or a company ("National
    # Grid says … The company said"): no "he" or "she" points back to them.
    things: set[str] = set()

    def named(mention: str, start: int) -> str:
        person, sex = as_person(mention)
        short_for = full_name(person, text, start, full_names)
        if " " not in person and short_for != person:
            short_for = owners.setdefault(person, short_for)
        if short_for in recent:
            recent.remove(short_for)
        recent.append(short_for)
        if sex:
            sexes[short_for] = sex
        surnames.add(short_for.split()[-1])
        return short_for

    for sentence in sentences:
        body = text[sentence.start : sentence.end]
        if _BYLINE.match(body):
            continue  # the writer, not the "she" of the story
        if (thing := defines_a_thing(body)) is not None:
            things.add(thing)
        attribution = sentence.attribution
        pronoun = _PRONOUN_SUBJECT.match(body) if attribution is None else None
        # "In 1964 she married the geologist Arthur Hale": the person "she" is stays the one
        # a next "she" means, whoever the sentence names after, and is known to be a woman
        topic = pronoun and person_meant(pronoun.group(1).lower(), recent, sexes, things)
        for person in _people_mentioned(body, surnames):
            named(person, sentence.start)
        if topic and pronoun and sentence.label is None:
            recent.remove(topic)
            recent.append(topic)
            sexes.setdefault(topic, "m" if pronoun.group(1).lower() == "he" else "f")
        if attribution is None:
            if body[:3] in ("He ", "She") and (stance := _STANCE_OF.match(body)):
                # "She called for a review.": the person "she" is, as the claim's speaker
                # (not a source that keeps it: no attribution is made).
                sentence.stance_of = person_meant(stance.group(1).lower(), recent, sexes, things)
            elif (own := _OWN_ACCOUNT.search(body)) is not None:
                # "Kestelyn drives a 2009 Fiat Punto and, by her own account, has never owned
                # a new phone": told on the person's word, which makes it theirs
                sentence.stance_of = person_meant(own.group(1).lower(), recent, sexes, things)
            elif (sorry := apologiser(body)) is not None:
                sentence.stance_of = named(sorry, sentence.start)
            continue
        raw = attribution.speaker
        lower = raw.lower()
        if lower in ("he", "she", "who", "him", "her"):
            resolved = person_meant(lower, recent, sexes, things)
            # In a transcript "he" is often the other speaker, named by no one: no evidence.
            if resolved and lower != "who" and sentence.label is None:
                sexes.setdefault(resolved, "m" if lower in ("he", "him") else "f")
        elif lower == "they":
            resolved = last_speaker or raw
        elif last_speaker and lower in _THE_BODY and last_speaker not in sexes:
            # "National Grid says … The company said": the speaker named before was a body
            things.add(last_speaker)
            resolved = raw
        elif lower[:4] == "the " and (holder := role_holder(raw, text, sentence.start)):
            resolved = named(holder, sentence.start)  # "the judge said" after "Judge Ita Breen"
        elif sentence.label and (lower in ("i", "we") or names_a_thing(raw)):
            # A transcript's words are its speaker's: "I", "we", and the speaker of a thing
            # ("Every pothole reported to the city will be filled") are the label.
            resolved = sentence.label
        else:
            resolved = raw
        if resolved and resolved.lower() not in PRONOUNS and is_name(resolved):
            # "Wren said" after "CEO Tomasz Wren": the full name is what makes it a person's.
            person = as_person(resolved)[0]
            if full_name(person, text, sentence.start, full_names) != person or (
                is_person_name(person, surnames)
            ):
                resolved = named(resolved, sentence.start)
                if (sex := sex_told(body, attribution)) is not None:
                    sexes.setdefault(resolved, sex)
        sentence.speaker = resolved
        if resolved:
            last_speaker = resolved


# A body the text names again by what it is: "The company said its engineers would work on".
_THE_BODY = frozenset(
    f"the {noun}" for noun in words("company firm utility operator group charity airline")
)


# A person's stance told without a reporting verb: "He wants a one-year pause", "She called
# for an independent review".
_STANCE_OF = re.compile(
    r"(He|She) (?:also |now |still )?(?:wants|wanted|called for|calls for|urged|urges|proposed|"
    r"proposes|plans|planned|hopes|hoped|believes|believed|argued|argues|appealed for|"
    r"appeals for|pleaded for|pleads for|demanded|demands|called on|calls on|expects|expected|"
    r"fears|feared|thinks|doubts|doubted)\b"
)


# A sentence whose subject is "he" or "she", after a short opening ("In 1964 she married").
_PRONOUN_SUBJECT = re.compile(r"(?:[A-Z][a-z]*(?: [a-z0-9][\w’'\-]*){0,4},? )?([Hh]e|[Ss]he) [a-z]")


# A byline ("By Carys Menhen-Vale, Health correspondent", "Reviewed by …"): a line naming
# the writer, with no sentence's closing mark.
_BYLINE = re.compile(r"(?:(?:Reviewed|Written|Words|Interview|Text) )?[Bb]y [A-Z][^.!?”\n]{2,80}\Z")
# A sentence told on its subject's word, with no reporting verb: "by his own account".
# Found from " own ", a literal re skips ahead to, and checked behind (a fixed width): the
# phrase's opening alternatives gave re nothing to skip to, so it tried every position.
_OWN_ACCOUNT = re.compile(
    r" own (?<=\b(?:[Bb]y|[Oo]n|[Ii]n) (his|her) own )(?:account|admission|words)\b"
)


def _people_mentioned(body: str, surnames: set[str]) -> list[str]:
    """Names the sentence presents as people: its subject, a name with a job beside it or
    owning something, or a surname already given standing alone as a subject."""
    # "Reclaimo has not made a profit, and Kestelyn declined to comment"
    found = [
        (pos, surname)
        for surname in surnames
        if surname in body  # most sentences name none of them: one fast look says so
        for pos in _surname_alone(body, surname)
    ]
    if _TWO_CAPITALISED.search(body) is None:
        return [name for _, name in sorted(found)]
    subject = _SUBJECT_NAME.match(body) or _SUBJECT_AFTER_OPENING.match(body)
    if (
        subject
        and subject.group(1).split()[0].lower() not in _NON_NAME_START
        and is_person_name(subject.group(1), surnames)
    ):
        found.append((subject.start(1), subject.group(1)))
    if ", " in body:
        for m in _APPOSITIVE_NAME.finditer(body):
            if is_title(m.group(0)[len(m.group(1)) :]) and is_person_name(m.group(1), surnames):
                found.append((m.start(1), m.group(1)))
        for m in _COMMA_NAME.finditer(body):
            if _presents_a_person(body, m.start()) and is_person_name(m.group(1), surnames):
                found.append((m.start(1), m.group(1)))
    if "’s" in body or "'s" in body:
        # "the ceiling above Joan Treloar-Keast’s cooker": whose it is, a person
        for m in _POSSESSIVE_NAME.finditer(body):
            # not a title's ("the Vice President’s speech", "President Obama’s fault")
            name = m.group(1)
            if (
                name.split()[0].lower() not in _NON_NAME_START
                and ROLE_WORDS.isdisjoint(name.lower().split())
                and is_person_name(name, surnames)
            ):
                found.append((m.start(1), name))
    if not ROLE_WORDS.isdisjoint(w[::-1] for w in _CAPITAL_AFTER_WORD.findall(body[::-1])):
        for m in _ROLE_THEN_NAME.finditer(body):
            if m.group(1) in ROLE_WORDS and is_person_name(m.group(2), surnames):
                found.append((m.start(2), m.group(2)))
    return [name for _, name in sorted(found)]


def _presents_a_person(body: str, comma: int) -> bool:
    """Whether the phrase before `comma` presents the name set off after it as a person's:
    its last word a person noun ("His sister, Tanya Bell"), or a short phrase holding one
    ("Essex’s head of cricket, Priya Osei-Barrow", "A reader in Truro, …")."""
    noun = _word_ending_at(body, comma)
    if noun in _PERSON_NOUNS or noun in ROLE_WORDS:
        return True
    phrase = body[body.rfind(",", 0, comma) + 1 : comma].replace("’s", "").replace("'s", "")
    lowered = phrase.lower().split()
    return len(lowered) <= _PRESENTING_WORDS and any(
        w in _PERSON_NOUNS or names_people(w) for w in lowered
    )


# How long a phrase presenting a name may be ("The county's new director of public health").
_PRESENTING_WORDS = 7
# "Joan Treloar-Keast’s": a name of two or three words owning something.
_POSSESSIVE_NAME = re.compile(r"([A-Z](?<!\w.)[\w\-]+(?: [A-Z][\w\-]+){1,2})(?:’s|'s)\b")


def _surname_alone(body: str, surname: str) -> list[int]:
    """Where a surname stands alone before a word in lower case ("and Kestelyn declined"),
    with no capitalised word before it: that would be another person's full name ("his
    wife, Wenna Tregear, says"); nor an article, which makes it a modifier ("Ronan Hale,
    the Thistle manager,": the club's name, not a person's)."""
    found: list[int] = []
    pos = body.find(surname + " ")
    while pos >= 0:
        after = pos + len(surname) + 1
        before = body[:pos].rstrip(" ")
        word_before = before[before.rfind(" ") + 1 :] if pos else ""
        if (
            after < len(body)
            and body[after].islower()
            and not (pos and (body[pos - 1].isalnum() or body[pos - 1] in "’'-_"))
            and not (word_before[:1].isupper() and word_before[-1:].isalpha())
            and word_before not in ("the", "a", "an")  # "the Thistle manager": a modifier
        ):
            found.append(pos)
        pos = body.find(surname + " ", after)
    return found


def _word_ending_at(body: str, end: int) -> str:
    """The lower-case word ("[a-z]+") that ends at `end` and starts a word, or ""."""
    start = end
    while start and "a" <= body[start - 1] <= "z":
        start -= 1
    if start == end or (start and (body[start - 1].isalnum() or body[start - 1] == "_")):
        return ""
    return body[start:end]


def _quote_speakers(quotes: list[Quotation], sentences: list[_Sentence]) -> set[int]:
    """Give each quotation a speaker: its own attribution, else its paragraph neighbour's."""
    attributed: set[int] = set()
    for sentence in sentences:
        if sentence.speaker is None or sentence.attribution is None:
            continue
        for q in sentence.quotes:
            if quotes[q].speaker is None:
                quotes[q].speaker = sentence.speaker
                if sentence.attribution.verb not in LABEL_VERBS:
                    attributed.add(q)
    by_paragraph: dict[int, dict[int, None]] = {}  # quotation ids in order, each once
    for sentence in sentences:
        for q in sentence.quotes:
            by_paragraph.setdefault(sentence.paragraph, {})[q] = None
    for ordered in by_paragraph.values():
        ids = list(ordered)
        # The nearest speaker after each position, as it stands before any is filled in
        # (filling goes forward, so what lies ahead is unchanged when it is read); the
        # nearest one before is carried along, including those just filled in.  One pass
        # each way, however many quotations a paragraph holds.
        after: list[str | None] = [None] * len(ids)
        following: str | None = None
        for pos in range(len(ids) - 1, -1, -1):
            after[pos] = following
            following = quotes[ids[pos]].speaker or following
        previous: str | None = None
        for pos, q in enumerate(ids):
            if quotes[q].speaker is None:
                quotes[q].speaker = previous or after[pos]
            previous = quotes[q].speaker or previous
    return attributed


def _tells_only_the_hour(body: str, clock: int, features: Detected) -> bool:
    """Whether what follows a scene's clock (opinion.scene_clock_end; `clock` is where it
    ends) holds no figure, count, date, event or earlier past ("By noon, police had sealed
    the street"): only what the place looked, smelled or sounded like then."""
    rest = body[clock:]
    return (
        DIGIT.search(rest) is None
        and not any(word in rest for word in (*features.numbers, *features.dates))
        and not (features.events and tells_news(rest, features.events))
        and _EARLIER_PAST.search(rest) is None
    )


_EARLIER_PAST = re.compile(r"\b(?:had|has|have)\b|[’']d\b")


def _is_heading(body: str, features: Detected) -> bool:
    """A short line with no closing punctuation is a heading or a label, not a sentence."""
    return (
        not body.rstrip().endswith(_HEADING_ENDS)
        and len(body.split()) <= 8
        and not (features.money or features.percents or features.dates)
    )


def _unquoted(body: str) -> str:
    if "“" not in body and '"' not in body:
        return body
    pieces: list[str] = []
    pos = 0
    for start, end in quoted_spans(body):
        pieces.append(body[pos:start])
        pieces.append(" ")
        pos = end
    pieces.append(body[pos:])
    return "".join(pieces)


def _judge(
    text: str,
    sentence: _Sentence,
    quotes: list[Quotation],
    attributed_quotes: set[int],
    proper_nouns: set[str],
    speechlike: bool,
    could_argue: bool,
    scripts: bool = True,
) -> _Kept | None:
    """The claim a sentence makes, or None.  `scripts`: whether the text may hold Chinese or
    Japanese (unspaced.has_unspaced); without it no sentence is read as such."""
    body = text[sentence.start : sentence.end]
    if sentence.furniture or is_boilerplate(body, sentence.cue):
        return None
    if body[0] in "([" and _STAGE_DIRECTION.match(body):
        return None
    direct: list[int] = []
    if sentence.quotes:
        # A sentence all in quotation marks, its speaker named beside it in the paragraph, is
        # that speaker's next sentence ("“Today that changes.”"), however short: scare quotes
        # sit inside a sentence of the writer's.
        whole = sentence.covered >= _WHOLE_QUOTATION
        direct = [
            q
            for q in sentence.quotes
            if is_direct(
                quotes[q],
                q in attributed_quotes or (whole and quotes[q].speaker is not None),
                text,
            )
        ]
    # A sentence that only brushes a quotation's closing mark is not inside it.
    quoted = bool(direct) and (sentence.covered >= 0.05)
    unspaced = scripts and is_unspaced(body)
    speech = reported_speech(body) if unspaced and not quoted else None
    if speech is not None:
        # 「…」と述べた: Japanese marks a quotation by its brackets and verb, not by “ ”.
        quoted = True
    if unspaced:
        # Chinese or Japanese: read on characters, and by no English model.
        features = detect_unspaced(body)
        question = is_question(body) and not quoted
        heading = not ends_like_a_sentence(body)
    else:
        features = detect(body, proper_nouns)
        question = (
            body.rstrip(_CLOSERS).endswith("?") and not quoted and not asserts_in_a_question(body)
        )
        heading = _is_heading(body, features)
    if not quoted and is_greeting(body) and not (features.money or features.percents):
        return None
    if not quoted and heading:
        return None
    if not sentence.quotes and is_transition(body):
        return None
    if not (sentence.quotes or sentence.label) and tells_the_reader_to_act(body, speechlike):
        return None  # the writer's order to the reader, its price or deadline and all
    attributed = (
        sentence.attribution is not None
        and sentence.attribution.verb not in QUOTE_ONLY_VERBS
        and not quoted
        and sentence.speaker is not None
        and sentence.speaker.lower() not in _NOBODY_IN_PARTICULAR
        and not (
            sentence.speaker[:4].lower() in _THE_WRITER_LEADS and is_the_writer(sentence.speaker)
        )
    )
    if (
        (features.scene_cue or body[:1] in SCENE_OPENING_LETTERS)
        and not (quoted or speechlike or features.money or features.percents)
        # An event, or a count, a name or a role in a scene told in the past, makes it news,
        # not the writer's scene: "Outside, police arrested three men", "Hundreds of
        # protesters sat in the road outside Parliament", "The minister stood beside the
        # wreckage and promised an inquiry" ("Szabo sits on the bottom bleacher" is a scene).
        and not (
            (features.events and tells_news(body, features.events))
            or (
                (features.numbers or features.entities or features.roles)
                and not SCENE_PAST.isdisjoint(body.lower().split())
            )
        )
        and sentence.label is None
        and DIGIT.search(body) is None
        and shows_a_scene(
            body, sentence.attribution is not None, bool(features.dates), features.scene_cue
        )
    ):
        return None  # the writer's scene: a body in a place, a gesture
    if (
        body[:1] in SCENE_CLOCK_LETTERS
        and not (quoted or speechlike or features.money or features.percents)
        and sentence.attribution is None
        and sentence.label is None
        and (clock := scene_clock_end(body))
        and _tells_only_the_hour(body, clock, features)
    ):
        return None  # what the reporter saw at an hour of no date: the writer's scene
    found = signals(features, attributed, quoted)
    ctx = Context(
        quoted=quoted,
        attributed=attributed,
        # Read only where it can decide: is_claim settles a quotation or a question first.
        personal=not (quoted or question)
        and (sentence.label is not None or addresses_listener(_unquoted(body), speechlike)),
        question=question,
        # Read only where it can decide: a quotation, a question or a sentence with a sum, a
        # date or a source is settled without it (score.is_claim).
        evaluative=not (quoted or question or attributed)
        and not (features.money or features.percents or features.dates)
        and is_evaluative(body, features.stance_cue),
        model=_NO_MODEL if unspaced else lambda: probability(body, found),
    )
    if could_argue and not unspaced:
        sentence.weighed = True
        sentence.first_person = not quoted and writes_in_the_first_person(_unquoted(body))
        sentence.verdict = ctx.evaluative or (not (quoted or attributed) and urges(body))
        sentence.sourced = quoted or attributed
    if not is_claim(features, ctx):
        return None
    if sentence.weighed and not (
        quoted
        or attributed
        or features.money
        or features.percents
        or features.dates
        or features.events
    ):
        sentence.loose = features
    if sentence.weighed and not (quoted or attributed or features.money or features.percents):
        digit = DIGIT.search(body) is not None
        sentence.bare = not (digit or features.dates)
        if (
            sentence.first_person
            and tells_the_writers_life(body)
            and not _counts_beside_the_writer(body, features)
        ):
            sentence.the_writers = sentence.anecdote = True
        elif urges(body) and not (digit and (features.numbers or not features.dates)):
            # A call to act, a deadline and all ("Councillors should reverse it before the
            # vote on Dec. 9."): the date sets the demand, it is not what the sentence tells.
            sentence.the_writers = True
    if (
        (features.dates or features.relative_dates)
        and not (quoted or question or attributed or features.money or features.percents)
        and DIGIT.search(body) is None
        and is_conditional_forecast(body)
    ):
        return None  # the writer's forecast on a condition: its date ("next year") is no fact yet
    role_with_name = bool(features.roles) and any(is_name(e) for e in features.entities)
    kind = primary_kind(features, quoted, attributed, role_with_name)
    reasons: list[str] = []
    if quoted:
        reasons.append("direct quotation")
    if attributed:
        reasons.append(f"attributed to {sentence.speaker}")
    if sentence.attribution and sentence.attribution.title:
        reasons.append(f"job title: {sentence.attribution.title}")
    reasons += [r for r in reasons_for(features) if r not in reasons]
    if sentence.label and not quoted:
        reasons.append(f"spoken by {sentence.label}")
    # The score is the model's calibrated probability, and the flag one threshold on it:
    # the list orders claims by the same judgement that marks them.
    p = round(ctx.model_p, 3)
    reasons.append("no check-worthiness model for this script" if unspaced else reason(p, found))
    if speech is not None:
        speaker = speech.speaker or sentence.label
    elif quoted:
        speaker = quotes[direct[0]].speaker or sentence.label
    elif attributed:
        speaker = sentence.speaker
    else:
        speaker = sentence.label or sentence.stance_of
    return _Kept(
        body,
        sentence.start,
        sentence.end,
        sentence.paragraph,
        kind,
        speaker,
        p,
        tuple(reasons),
        is_checkworthy(p),
    )
