"""Sentence spans inside a paragraph, robust to the punctuation real articles use.

A regex on ". " breaks on "U.S.", "Mr.", "$2.5", "J. R. R. Tolkien" and "(what else?) AI",
and a wrong split costs a checker a claim cut in half, so each candidate boundary is judged
on the word before it, the closing marks after it and the word that follows.
"""

from __future__ import annotations

import re

from factcheck.extract.lexicon import words

# Abbreviations that are (almost) never the last word of a sentence: a name must follow.
_TITLES = words(
    """
    mr mrs ms mx dr prof sen sens rep reps gov gen lt col capt cmdr sgt adm maj cpl pvt
    st mt ft rev hon pres supt fr messrs mme mlle atty insp det brig
    """
)
# Abbreviations that may end a sentence; they do so only when a typical sentence opener follows.
_ABBREVIATIONS = words(
    """
    inc corp ltd co llc plc jr sr etc vs v no nos approx dept est fig figs al govt univ
    assn bros vol vols ed eds pp p ch sec art jan feb mar apr jun jul aug sep sept oct
    nov dec mon tue tues wed thu thur thurs fri sat sun ave blvd rd hwy min max avg cf
    ibid esq
    """
)
# Words that typically open a sentence; after an ambiguous abbreviation they mean a new one.
_STARTERS = words(
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
# only ever followed by a space.  (Starting with one class lets re skip ahead to the marks.)
_CANDIDATE = re.compile(r"([.!?…]+[”\"’'\)\]]*)\s+")
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
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
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
    if terminator == ".":
        word = _word_before(text, sent_start, mark_start)
        lower = word.lower()
        if lower in _TITLES:
            return False
        if len(word) == 1 and word.isalpha():
            # An initial ("J. R. R. Tolkien") is followed by more of the name, not a sentence.
            return False
        if _ACRONYM.match(word) or lower in _ABBREVIATIONS:
            return _word_at(text, nxt, end).lower() in _STARTERS
    # “Why now?” Altman asked. -- the attribution belongs to the question's sentence.
    return not (
        terminator in ("?", "!", "?!", "!?")
        and any(q in closers for q in "”\"’'")
        and _SPEECH_AFTER.match(text, nxt, end)
    )


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
