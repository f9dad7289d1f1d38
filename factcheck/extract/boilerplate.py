"""Lines that come with the page, not the story: sign-ups, share buttons, credits."""

from __future__ import annotations

import re

from factcheck.extract.folding import Folded, lowered
from factcheck.extract.lexicon import any_of

# Two halves of one test: lines that start like furniture (tried at the start only), and
# furniture phrases anywhere (written in lower case, so they can run on lowered text).
_BOILERPLATE_START = re.compile(
    r"""
      \s*the\ post\ .{1,300}\ appeared\ first\ on\b
    | \s*(?:read|see|watch|listen)\ (?:more|next|also|the\ full)\b
    | \s*(?:related|more)\s*(?::|stories|coverage|from)\b
    | \s*(?:share|tweet|email|print)\ (?:this|on)\b
    | \s*(?:copyright|©|\(c\))\s
    | \s*©
    | \s*(?:photo(?:graph)?|image|illustration|video)\s*(?:credit)?\s*:
    | \s*(?:photo(?:graph)?|image|illustration)\ by\ [A-Z]
    | \s*(?:click|tap)\ here\b
    | \W*for\ more\ information\b
    | \s*(?:tags?|filed\ under|topics?)\s*:
    | \s*(?:\(|\[)\s*(?:applause|laughter|crosstalk|inaudible|cheers|booing|music|
        unintelligible|silence|end\ of\ transcript|break)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_BOILERPLATE_ANYWHERE = Folded(
    r"""
      \bsign\ up\b.{0,80}\b(?:newsletter|updates|alerts|email)
    | \b(?:subscribe|sign\ up)\ (?:to|for)\ (?:our|the|my|this)\b
    | \bnewsletter\b.{0,60}\b(?:sign\ up|subscribe|inbox|delivered)
    | \blet\ (?:us|me)\ know\ what\ you\ think\b
    | \b(?:submit|send|write)\ (?:us\ )?a\ letter\ to\ the\ editor\b
    | \bshare\ this\ (?:article|story|post)\b
    | \bfollow\ (?:us|me)\ on\b
    | \ball\ rights\ reserved\b
    | \bmore\ information\b.{0,30}\b(?:at|visit)\b\s*(?:https?://|www\.)
    | \bforward-looking\ statements?\b
    | \b(?:advertisement|sponsored\ content)\s*$
    | \bthis\ (?:article|story)\ (?:was\ )?(?:originally\ )?(?:appeared|published)\ (?:in|on)\b
    | \b(?:contact|email|e-mail)\ (?:us|the\ author|the\ writer)\ at\b
    | \bterms\ of\ (?:use|service)\b|\bprivacy\ policy\b|\bcookie(?:s)?\ (?:policy|settings)\b
    """,
    re.VERBOSE,
)


# Whole paragraphs that are furniture even when a title inside them splits into "sentences".
_BOILERPLATE_PARAGRAPH_START = re.compile(
    r"\s*the post .{1,300} appeared first on\b|\s*(?:copyright|©)", re.IGNORECASE
)
_BOILERPLATE_PARAGRAPH_END = Folded(r"all rights reserved\W*$")
_CREDIT = re.compile(
    r"^[\s(\[]*(?:photo(?:graph)?s?|images?|illustration|credit|video)\b.{0,80}"
    r"(?:getty|images|ap|reuters|afp|shutterstock|unsplash|courtesy|staff)[\s)\].]*$",
    re.IGNORECASE,
)


# Every pattern above contains one of these; checking them first skips the regexes for the
# great majority of sentences, which mention none.
_CUES = (
    "post", "sign up", "subscribe", "newsletter", "let us", "let me", "letter to the editor",
    "read", "see", "watch", "listen", "related", "more", "share", "tweet", "email", "print",
    "follow", "copyright", "©", "(c)", "rights reserved", "photo", "image", "illustration",
    "video", "credit", "click", "tap", "advertisement", "sponsored", "this article",
    "this story", "contact", "e-mail", "terms of", "privacy", "cookie", "tag", "filed under",
    "topic", "(", "[", "information", "forward-looking",
)
_ANY_CUE = re.compile(any_of(_CUES))


def has_cue(text: str) -> bool:
    """Whether the first 600 characters hold a cue: without one, nothing here is furniture.

    A stretch of text inside another's first 600 characters has a cue only if that one
    does, so a paragraph's answer settles its early sentences.
    """
    return _ANY_CUE.search(text[:600].lower()) is not None


def is_boilerplate(sentence: str, cue: bool | None = None) -> bool:
    """True when a sentence is page furniture (a sign-up line, a credit), not the story.

    `cue` is `has_cue(sentence)` when the caller already knows it.
    """
    if not (has_cue(sentence) if cue is None else cue):
        return False
    return bool(
        _BOILERPLATE_START.match(sentence)
        or _BOILERPLATE_ANYWHERE.search(sentence, lowered(sentence))
        or _CREDIT.match(sentence)
    )


def is_boilerplate_paragraph(paragraph: str, cue: bool | None = None) -> bool:
    """True for a paragraph that is furniture as a whole, however its sentences split."""
    if not (has_cue(paragraph) if cue is None else cue):
        return False
    return bool(
        _BOILERPLATE_PARAGRAPH_START.match(paragraph)
        or _BOILERPLATE_PARAGRAPH_END.search(paragraph, lowered(paragraph))
    )
