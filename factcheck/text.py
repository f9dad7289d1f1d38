"""Plain text as every part of factcheck reads it: paragraphs, sentences, folded forms.

One home for each, so an article's paragraph 3 is the same stretch of text in the
extractor, the evidence ranking, the article view and the annotated report, and a word
compares equal wherever two copies of it are compared.  Domain-level: it imports nothing
else of factcheck.

Sentences: a regex on ". " breaks on "U.S.", "Mr.", "$2.5", "J. R. R. Tolkien" and
"(what else?) AI", and a wrong split costs a checker a claim cut in half, so each candidate
boundary is judged on the word before it, the closing marks after it and the word that
follows.  Chinese and Japanese sentences end at 。！？ with no space after them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import Literal


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Letters of scripts written without spaces between words: Han (Chinese, Japanese kanji),
# kana, Hangul syllables (Korean spaces its phrases, which run long), Thai, Lao, Khmer,
# Myanmar, Tibetan.  Text in them is measured in characters, not in words between spaces.
UNSPACED = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
    "\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f\u0f00-\u0fff\U00020000-\U0002fa1f]"
)


# -- paragraphs ----------------------------------------------------------------------------

Breaks = Literal["line", "blank_line", "auto"]
"""What ends a paragraph.  "line": every line is one (articles, and pages as extracted put
one paragraph on each line).  "blank_line": a blank line does, the lines between are one
paragraph wrapped (transcripts, plain-text files).  "auto": "blank_line" when the text has
a blank line anywhere, else "line" (sources, which come in either form)."""

# A line's text from its first to its last non-space character ("\s" is what str.isspace
# calls a space; only CR and LF end a line).
_TRIMMED_LINE = re.compile(r"[^\s](?:[^\r\n]*[^\s])?")
_BLANK_LINE = re.compile(r"\n\s*\n")


def split_paragraphs(text: str, breaks: Breaks = "line") -> list[tuple[int, int]]:
    """Return (start, end) of every non-blank paragraph, trimmed of surrounding whitespace.

    Offsets are kept into the original text (not a cleaned copy) because claims must point
    back into exactly the article the checker imported.
    """
    if breaks == "auto":
        breaks = "blank_line" if _BLANK_LINE.search(text) else "line"
    if breaks == "line":
        return [match.span() for match in _TRIMMED_LINE.finditer(text)]
    spans = []
    start = 0
    for match in _BLANK_LINE.finditer(text):
        spans.append(_trim(text, start, match.start()))
        start = match.end()
    spans.append(_trim(text, start, len(text)))
    return [(s, e) for s, e in spans if s < e]


# -- sentences -----------------------------------------------------------------------------

# Abbreviations that are (almost) never the last word of a sentence: a name must follow.
_TITLES = _words(
    """
    mr mrs ms mx dr prof sen sens rep reps gov gen lt col capt cmdr sgt adm maj cpl pvt
    st mt ft rev hon pres supt fr messrs mme mlle atty insp det brig
    """
)
# Abbreviations that may end a sentence; they do so only when a typical sentence opener follows.
_ABBREVIATIONS = _words(
    """
    inc corp ltd co llc plc jr sr etc vs v approx dept est fig figs al govt univ
    assn bros vol vols ed eds pp p ch sec art jan feb mar apr jun jul aug sep sept oct
    nov dec mon tue tues wed thu thur thurs fri sat sun ave blvd rd hwy min max avg cf
    ibid esq
    """
)
# Abbreviations of "number": one is always followed by the number it abbreviates.
_NUMBER_SIGNS = _words("no nos")
# Words that typically open a sentence; after an ambiguous abbreviation they mean a new one.
_STARTERS = _words(
    """
    the a an this that these those it its he she they we i you his her their our my your
    but and so yet or then now there here in on at for by after before when while as if
    since although though however meanwhile still also many some most one two three
    several no not what who why how where which both each every all such its instead
    later earlier today yesterday last next according despite because
    """
)
_SPEECH_AFTER = re.compile(
    r"\s*(?:[A-Z][\w’'.-]*\s+){0,4}?(?:says|said|asks|asked|adds|added|cries|cried|shouts|"
    r"shouted|wonders|wondered|recalls|recalled|writes|wrote|tells|told|replies|replied)\b"
)
# Terminal marks, closing marks, then the spaces before the next sentence: a boundary is
# only ever followed by a space.  A match starts only at the first mark of a run and takes
# the run whole, never giving any back: a run of 64 KB of dots is read once, not once from
# each of its dots.  The first mark is read by one class before either branch (a look-behind
# then says which), so that re skips ahead to the marks: an alternation whose branches each
# open with a group gives it no first characters to skip to.  The groups hold the marks
# after the first one; a match starts at the first.
_CANDIDATE = re.compile(
    r"[.!?…。！？](?:"
    r"(?<=[.!?…])(?<![.!?…].)([.!?…]*+[”\"’'\)\]]*+)\s+"
    # Chinese and Japanese end a sentence at a full-width mark, with or without a space.
    r"|(?<=[。！？])(?<![。！？].)([。！？!?…]*+[」』）〕】”’\)\]]*+)\s*"
    r")"
)
# After 「…。」 or “…。”, a quotation particle (と, って) or a short speech verb (他说, 道)
# belongs to the quoted sentence: 「…。」と述べた is one sentence.
_QUOTE_CLOSERS = "」』”’"
_QUOTATIVE = re.compile(
    r"と|って|[^。！？]{0,8}?(?:说|說|表示|称|稱|道|指出|问|問)[^。！？]{0,4}[。！？]"
)
_BRACKET = re.compile(r"[()\[\]]")
_OPENERS = "“\"‘'([¿¡*#"
_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_LEADING = "“\"‘'([{—–-"


def _bracket_pairs(text: str, start: int, end: int) -> dict[int, int]:
    """Map each closing bracket position to its opening one (unmatched ones are ignored)."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for match in _BRACKET.finditer(text, start, end):
        i = match.start()
        if text[i] in "([":
            stack.append(i)
        elif stack:
            pairs[i] = stack.pop()
    return pairs


def _inside_brackets(pos: int, opens: list[tuple[int, int]]) -> bool:
    return any(o < pos < c for o, c in opens)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of `text[start:end]`, trimmed of spaces."""
    end = len(text) if end is None else end
    pairs: dict[int, int] = {}
    opens: list[tuple[int, int]] = []
    if text.find("(", start, end) >= 0 or text.find("[", start, end) >= 0:
        pairs = _bracket_pairs(text, start, end)
        opens = sorted((o, c) for c, o in pairs.items())
    spans: list[tuple[int, int]] = []
    sent_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        nxt = match.end()
        if nxt >= end:
            continue  # only spaces follow: the paragraph's own end closes the sentence
        if match.start(2) >= 0:
            mark_end = match.end(2)
            if text[mark_end - 1] in _QUOTE_CLOSERS and _QUOTATIVE.match(text, nxt, end):
                continue
            spans.append((sent_start, mark_end))
            sent_start = nxt
            continue
        mark_end = match.end(1)
        if _is_boundary(text, sent_start, match.start(), mark_end, nxt, end, pairs, opens):
            spans.append((sent_start, mark_end))
            sent_start = nxt
    spans.append((sent_start, end))
    # Inner edges sit on a mark and on the first character after spaces; only the outer
    # two can have spaces to trim.
    first_start, first_end = _trim(text, *spans[0])
    if first_start >= first_end:
        spans.pop(0)
    else:
        spans[0] = (first_start, spans[0][1])
    if spans:
        last_start, last_end = _trim(text, *spans[-1])
        if last_start >= last_end:
            spans.pop()
        else:
            spans[-1] = (spans[-1][0], last_end)
    return spans


def sentence_spans(text: str, breaks: Breaks = "auto") -> list[tuple[int, int]]:
    """Every sentence of a whole text as (start, end), never crossing a paragraph break."""
    spans = []
    for par_start, par_end in split_paragraphs(text, breaks):
        spans.extend(split_sentences(text, par_start, par_end))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_boundary(
    text: str,
    sent_start: int,
    mark_start: int,
    mark_end: int,
    nxt: int,
    end: int,
    pairs: dict[int, int],
    opens: list[tuple[int, int]],
) -> bool:
    first = text[nxt]
    if not (first.isupper() or first.isdigit() or first in _OPENERS or UNSPACED.match(first)):
        return False
    marks = text[mark_start:mark_end]
    terminator = marks.rstrip("”\"’')]")
    closers = marks[len(terminator) :]
    # A parenthesis that opened mid-sentence keeps its "?" or "." to itself: "(what else?) AI".
    for offset, ch in enumerate(closers):
        pos = mark_start + len(terminator) + offset
        if ch in ")]" and pos in pairs:
            opened = pairs[pos]
            if text[sent_start:opened].strip():
                return False
    if opens and ")" not in closers and "]" not in closers and _inside_brackets(mark_start, opens):
        return False
    if not closers and _inside_running_quotation(text, sent_start, mark_start, nxt, end):
        return False
    if terminator == ".":
        word = _word_before(text, sent_start, mark_start)
        lower = word.lower()
        if lower in _TITLES:
            return False
        if len(word) == 1 and word.isalpha():
            # An initial ("J. R. R. Tolkien") is followed by more of the name, not a sentence.
            return False
        if lower in _NUMBER_SIGNS:
            # "No. 10", "Nos. 4 and 5" number what follows; "voted no. Reyes said" ends
            return not text[nxt : nxt + 1].isdigit()
        if _ACRONYM.match(word) or lower in _ABBREVIATIONS:
            return _word_at(text, nxt, end).lower() in _STARTERS
        if word.isdigit() and len(word) <= 2 and _numbers_a_list(text, sent_start, word, nxt, end):
            return False
    # “Why now?” Altman asked. -- the attribution belongs to the question's sentence.
    return not (
        terminator in ("?", "!", "?!", "!?")
        and any(q in closers for q in "”\"’'")
        and _SPEECH_AFTER.match(text, nxt, end)
    )


def _numbers_a_list(text: str, start: int, number: str, nxt: int, end: int) -> bool:
    """Whether "N." numbers an item of a list run on in one paragraph ("Tracklisting: 1.
    Low Tide 2. Salt Road 3. …"): the next number follows in the paragraph, or the one
    before stands earlier.  A figure ending a sentence ("on page 17. Read it.") has no
    such neighbours."""
    # A list item is short: its neighbours are looked for within _LIST_ITEM characters, so a
    # paragraph of thousands of "5." is read once, not once from each.
    n = int(number)
    if text.find(f" {n + 1}. ", nxt, min(end, nxt + _LIST_ITEM)) >= 0:
        return True
    return n > 1 and text.find(f"{n - 1}. ", max(start, nxt - _LIST_ITEM), nxt) >= 0


_LIST_ITEM = 200


def _inside_running_quotation(
    text: str, sent_start: int, mark_start: int, nxt: int, end: int
) -> bool:
    """A stop inside a short quotation that opened mid-sentence and whose sentence runs on
    after it closes, lower-case: a slogan or title ('The campaign, "Meth. We're on it." ran
    for years'), not two sentences.  A quotation whose closing mark a capital follows is
    left to split as before."""
    # Only the last 120 characters are read: a slogan is short, and reading the whole
    # sentence at every stop would make a long one quadratic.
    lo = max(sent_start, mark_start - 120)
    curly = text.rfind("“", lo, mark_start)
    straight = text.rfind('"', lo, mark_start)
    if curly >= 0 and curly > straight and text.find("”", curly, mark_start) < 0:
        opened, closer = curly, "”"
    elif straight >= 0 and straight > curly and _opens_quotation(text, straight):
        opened, closer = straight, '"'
    else:
        return False
    if _NON_SPACE.search(text, sent_start, opened) is None:  # it opens the sentence
        return False
    closing = text.find(closer, nxt, min(end, nxt + 80))
    if closing < 0:
        return False
    return _RUNS_ON.match(text, closing + 1, end) is not None


def _opens_quotation(text: str, pos: int) -> bool:
    """Whether the straight quote at `pos` opens a quotation: after a space or an opening
    bracket, before a word."""
    before = text[pos - 1] if pos else " "
    after = text[pos + 1 : pos + 2]
    return (before.isspace() or before in "([—–") and bool(after) and not after.isspace()


_NON_SPACE = re.compile(r"\S")
# What follows a quotation's closing mark when the sentence runs on after it.
_RUNS_ON = re.compile(r"\s*(?:[a-z]|[,;:—–])")


def _word_before(text: str, sent_start: int, pos: int) -> str:
    """The run of non-space characters that ends at `pos`, not reaching before sent_start."""
    lo = max(sent_start, pos - 64)
    head = text[lo:pos]
    if not head or head[-1].isspace():
        return ""
    # str.split and str.isspace agree on what is a space.
    parts = head.rsplit(None, 1)
    if len(parts) == 1 and lo > sent_start and not head[0].isspace():
        # A word longer than the window (a URL): walk back to its start.
        while lo > sent_start and not text[lo - 1].isspace():
            lo -= 1
        return text[lo:pos].lstrip(_LEADING)
    return parts[-1].lstrip(_LEADING)


# Opening marks, then letters, digits, apostrophes and hyphens ("[^\W_]" is str.isalnum).
_WORD_AT = re.compile(r"[“\"‘'(\[¿¡*#]*((?:[^\W_]|[’'\-])*)")


def _word_at(text: str, pos: int, end: int) -> str:
    match = _WORD_AT.match(text, pos, end)
    return match.group(1).rstrip("’'")  # type: ignore[union-attr]  # the pattern matches ""


# -- folding -------------------------------------------------------------------------------

_LOOKALIKES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)


def fold(text: str, *, keep_case: bool = False) -> str:
    """The form in which two writings of the same words compare equal.

    Compatibility forms (NFKC: full-width letters, ligatures), curly quotes, guillemets and
    dashes as their ASCII lookalikes, and case folded.  `keep_case=True` keeps case: the
    form a source's text is hashed in, where "US" and "us" are different texts.  Spacing is
    the caller's business (a hash collapses it, word lists never see it).
    """
    if text.isascii():
        return text if keep_case else text.lower()
    text = unicodedata.normalize("NFKC", text).translate(_LOOKALIKES)
    return text if keep_case else text.casefold()


# Case-insensitive regexes run as case-sensitive ones on lower-cased text, which is faster.
# Python's re.IGNORECASE defeats the engine's quick checks (a literal first character, a
# literal prefix), so a pattern written in lower case and run on `text.lower()` finds the
# same spans several times faster.  The two agree character for character except for four
# letters that re folds onto ASCII ones (dotted and dotless i, long s, the Kelvin sign);
# `lowered` returns None for text containing any of them, and callers then use the
# IGNORECASE pattern on the original text, so results never differ.


def lowered(text: str) -> str | None:
    """`text.lower()` when it lines up with `text` under re.IGNORECASE, else None.

    Four substring tests, not a class searched by re: each runs at memory speed where re
    tests the class at every character (this runs on most sentences with a curly quote)."""
    if text.isascii() or not (
        "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text
    ):
        return text.lower()
    return None


class Folded:
    """One pattern, compiled both ways: IGNORECASE, and case-sensitive for lowered text.

    The pattern must be written with lower-case letters only (no [A-Z] classes), so that
    on lower-cased text the case-sensitive form matches exactly what the other matches.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.ignorecase = re.compile(pattern, flags | re.IGNORECASE)
        self.lower = re.compile(pattern, flags)

    def finditer(self, text: str, low: str | None) -> Iterator[re.Match[str]]:
        """Matches of the pattern in `text`; `low` is `lowered(text)`.

        Spans index both strings; take matched text from `text`, not from the match.
        """
        if low is None:
            return self.ignorecase.finditer(text)
        return self.lower.finditer(low)

    def search(self, text: str, low: str | None) -> re.Match[str] | None:
        if low is None:
            return self.ignorecase.search(text)
        return self.lower.search(low)


# -- search words --------------------------------------------------------------------------
#
# What a search matches: runs of letters and digits (with the marks that belong to them, so
# "Pe\u0301rez" written with a combining accent is one word), folded so that case, accents,
# compatibility forms and a few letters with no decomposition (ø, ł, æ …) do not count.
# The stored search index and every query are made of these words, in Python, so SQLite and
# PostgreSQL match exactly the same claims whatever their own tokenizers would do.

_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
)


@functools.cache
def _search_word() -> re.Pattern[str]:
    """Letters and digits with the marks (accents, vowel signs) written after them.

    Marks are not word characters to ``re``, so Devanagari would fall apart at each vowel
    sign; the class of them is built once, on first use, from the Unicode database.
    """
    marks = "".join(
        re.escape(chr(c))
        for c in range(0x300, 0x10000)
        if unicodedata.category(chr(c)).startswith("M") and not chr(c).isalnum()
    )
    return re.compile(f"[^\\W_](?:[^\\W_]|[{marks}])*")


def search_fold(word: str) -> str:
    """One word in the form searches compare: "Pérez", "PEREZ" and "perez" are "perez"."""
    if word.isascii():
        return word.lower()
    folded = unicodedata.normalize("NFKD", fold(word))
    bare = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare.translate(_UNDECOMPOSED))


def search_words(text: str) -> Iterator[tuple[str, int, int]]:
    """Each word of ``text`` as ``(folded form, start, end)``, offsets into ``text``."""
    for found in _search_word().finditer(text):
        for part in search_fold(found.group()).split():
            yield part, found.start(), found.end()


def first_line(text: str) -> str:
    """The first line of ``text`` that holds something (a note's own words as its name)."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """ "1 claim", "2 claims": the one place a count is worded with its noun, so no report or
    notice says "1 claims"."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
