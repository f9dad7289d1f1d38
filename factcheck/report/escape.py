"""Markdown escaping: text from articles, claims and web pages must show exactly as written.

Such text can hold anything (``|``, ``*``, ``<script>``, ``[x](javascript:…)``, a line that
starts with ``#`` or ``1.``), and an editor must see it as text: it may not add a link, an
image, HTML or a block of its own, nor break a table.  So every piece of outside text goes
through one of these functions before it is placed in a Markdown document:

- `escape_inline` for text inside a paragraph, list item, quotation or footnote: it keeps
  line breaks (as hard breaks) and spaces at line edges (as character references), so the
  rendered text equals the original;
- `escape_line` for a table cell or a heading, which are one line: runs of whitespace there
  become one space;
- `link` for a URL: a link only when it is http(s), with the characters that could end or
  split a link destination percent-encoded.

The escapes are CommonMark backslash escapes and numeric character references, which every
CommonMark renderer (GitHub's included) reads the same way.
"""

from __future__ import annotations

import re

# Punctuation that can start inline markup anywhere in a line: emphasis, code, links and
# images ("!" too: text ending in "!" before a "[^note]" would make an image), HTML and
# autolinks, entities, table cells, strikethrough, headings' closing marks.
_MARKUP = "`*_[]<>&|~#!"
# "\r" is a line ending to Markdown, so it travels as a character reference.
_NEEDS_ESCAPE = re.compile(r"[\\`*_\[\]<>&|~#!\r]")
# What can open a block when it begins a line and is not escaped everywhere: list markers,
# setext underlines, ordered-list numbers.
_LINE_START = re.compile(r"[-+=]|[0-9]+[.)]")
_HARD_BREAK = "\\\n"


def escape_chars(text: str) -> str:
    """Escape inline markup only; the caller ensures `text` is inside a line, not at its edges."""
    # Most text has nothing to escape; one C-level replace per character present is several
    # times faster than str.translate over the whole text (bench/bench_report.py).
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    text = text.replace("\\", "\\\\")
    for ch in _MARKUP:
        if ch in text:
            text = text.replace(ch, "\\" + ch)
    return text.replace("\r", "&#13;")


def escape_line_start(escaped: str) -> str:
    """Keep an escaped line from opening a list or turning the line above into a heading."""
    if escaped[:1] not in _MAY_OPEN_BLOCK:
        return escaped
    match = _LINE_START.match(escaped)
    if match is None:
        return escaped
    end = match.end()
    return escaped[: end - 1] + "\\" + escaped[end - 1 :]


_MAY_OPEN_BLOCK = frozenset("-+=0123456789")


def _reference(chars: str) -> str:
    # Control characters have no character reference (they read back as U+FFFD): a space
    # stands in for the rare vertical tab or separator at a line's edge.
    return "".join(f"&#{32 if ch in _NO_REFERENCE else ord(ch)};" for ch in chars)


_NO_REFERENCE = frozenset("\x0b\x1c\x1d\x1e\x1f\x85")


def _escape_one_line(line: str) -> str:
    if line and not line[0].isspace() and not line[-1].isspace():
        return escape_line_start(escape_chars(line))
    core = line.strip()
    if not core:
        return _reference(line)
    lead = line[: len(line) - len(line.lstrip())]
    trail = line[len(line.rstrip()) :]
    escaped = escape_chars(core)
    if not lead:
        escaped = escape_line_start(escaped)
    # Markdown drops spaces at the edges of a line; references to them survive.
    return _reference(lead) + escaped + _reference(trail)


def escape_inline(text: str) -> str:
    """Escape text for a paragraph-like context; line breaks become hard breaks.

    The result has no raw newline other than those of its hard breaks, so a caller that
    places it in a list item or quotation prefixes each following line with its indent or
    ``> `` (see `continue_lines`).
    """
    lines = text.split("\n")
    if len(lines) == 1:
        return _escape_one_line(text)
    # A paragraph cannot begin or end with a hard break, and a blank line would end it:
    # line breaks at either end travel as references; a blank inner line is a lone break.
    head = len(text) - len(text.lstrip("\n"))
    tail = len(text) - len(text.rstrip("\n"))
    if head == len(text):
        return _reference(text)
    inner = text[head : len(text) - tail].split("\n")
    body = _HARD_BREAK.join(_escape_one_line(line) if line else "" for line in inner)
    return _reference("\n" * head) + body + _reference("\n" * tail)


def continue_lines(escaped: str, prefix: str) -> str:
    """Prefix every line after the first, to keep a multi-line text inside its container."""
    if "\n" not in escaped:
        return escaped
    return escaped.replace("\n", "\n" + prefix)


def escape_line(text: str) -> str:
    """Escape text for a table cell or a heading: one line, whitespace runs as one space."""
    # Fold anything but single spaces between words; isprintable() is False for every other
    # whitespace character (and for controls, which folding leaves as they are).
    if not text.isprintable() or "  " in text or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())
    return escape_line_start(escape_chars(text))


def link_target(url: str) -> str | None:
    """The URL as a safe Markdown link destination, or None when it is not plain http(s).

    Whitespace, control characters and ``<>()\\"` `` are percent-encoded (they could end the
    destination or start something else); an ``&`` that looks like an entity is
    backslash-escaped so the link goes where the text says.
    """
    url = url.strip()
    if not is_web_url(url):
        return None
    if _UNSAFE_IN_LINK.search(url) is not None:
        for ch, code in _COMMON_UNSAFE:
            if ch in url:
                url = url.replace(ch, code)
        if _UNSAFE_IN_LINK.search(url) is not None:
            url = _UNSAFE_IN_LINK.sub(_percent, url)
    if "&" in url and ";" in url:
        url = _ENTITY_AMP.sub(r"\\&", url)
    return url


# Scheme http(s), then an authority with a host: a bracketed IP literal or a name.
_WEB = re.compile(
    r"(?i)https?://(?:[^/?#@\s]*@)?(?:\[[0-9a-f:.]+\]|[^/?#:@\[\]\s]+)(?::[0-9]*)?(?:[/?#]|$)"
)
# The unsafe characters URLs do contain, replaced without a Python call per character.
_COMMON_UNSAFE = tuple((ch, f"%{ord(ch):02X}") for ch in ' ()<>"\\`')
_UNSAFE_IN_LINK = re.compile(r'[\x00-\x20\x7f<>()\\"`\s]')
_ENTITY_AMP = re.compile(r"&(?=#?[A-Za-z0-9]+;)")


def is_web_url(url: str) -> bool:
    """Whether `url` is http(s) with a host: the only URLs a report turns into links."""
    return _WEB.match(url.strip()) is not None


def _percent(match: re.Match[str]) -> str:
    return "".join(f"%{byte:02X}" for byte in match.group().encode("utf-8"))


def link(url: str, text: str | None = None) -> str:
    """A Markdown link to `url` (shown as `text`, or the URL), or escaped text if not http(s)."""
    shown = escape_line(url if text is None else text)
    target = link_target(url)
    if target is None:
        return shown
    return f"[{shown}]({target})"
