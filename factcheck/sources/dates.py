"""A page's publication date, checked against where on the page it was found.

trafilatura (through htmldate) takes the first plausible date it meets, and on pages without
clean metadata that can be a reader comment's timestamp, the date of a document the article
cites in its list of sources, or a value inside a script or a data attribute.  A checker
compares a source's date with the article's, so a wrong date misleads where no date would
only leave a gap.  `vet_date` accepts a date that the page states in a place meant for it
(the URL, meta tags, structured data, `<time>`, or the text of the article and its byline)
and refuses one that appears only in those other places; `find_published` then looks again
on the page with them removed, and gives up (None) rather than guess.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from lxml import html as lxml_html
from lxml.etree import LxmlError

# Elements that hold what readers wrote, or the works an article cites.
_ASIDE = re.compile(
    r"comment|respond|reply|replies|disqus|discussion|citation|bibliograph",
    re.I,
)
_SOURCE_HEADINGS = re.compile(
    r"^\s*(our\s+)?(sources?|references|works cited|bibliography|citations)\s*:?\s*$", re.I
)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b")
_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>")
# Where a page states its dates for machines: meta tags, <time datetime>, JSON-LD.
_METADATA = re.compile(
    r"""<meta\b[^>]*?\bcontent\s*=\s*["']([^"']*)["']"""
    r"""|<time\b[^>]*?\bdatetime\s*=\s*["']([^"']*)["']"""
    r"""|<script[^>]*ld\+json[^>]*>(.*?)</script>""",
    re.I | re.S,
)
_MONTH = "|".join(
    sorted({*calendar.month_name[1:], *calendar.month_abbr[1:]}, key=len, reverse=True)
)
_WRITTEN = (
    rf"(?:{_MONTH})\.? \d{{1,2}},? \d{{4}}"
    rf"|\d{{1,2}} (?:{_MONTH})\.?,? \d{{4}}"
    r"|\d{4}-\d{2}-\d{2}"
)
_LABELLED = re.compile(
    rf"\b(?:published|posted|first published)(?: on)?:? (?:\w+day,? )?(?P<date>{_WRITTEN})",
    re.I,
)


def date_spellings(iso: str) -> set[str]:
    """The ways a page may write the date `iso` (YYYY-MM-DD): numeric, English, CJK."""
    day = date.fromisoformat(iso[:10])
    y, m, d = day.year, day.month, day.day
    month, short = calendar.month_name[m], calendar.month_abbr[m]
    found = {
        f"{y}-{m:02d}-{d:02d}",
        f"{y}/{m:02d}/{d:02d}",
        f"{y}.{m:02d}.{d:02d}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{m:02d}/{d:02d}/{y}",
        f"{m}/{d}/{y}",
        f"{d}/{m}/{y}",
        f"{d}.{m}.{y}",
        f"{y}年{m}月{d}日",
        f"{y}년 {m}월 {d}일",
    }
    for name in (month, short, f"{short}."):
        found |= {f"{name} {d}, {y}", f"{name} {d} {y}", f"{d} {name} {y}", f"{d} {name}, {y}"}
    return {spelling.lower() for spelling in found}


def vet_date(markup: str, iso: str | None, url: str | None) -> bool:
    """False when the date is on the page only where a publication date does not belong."""
    return _standing(markup, iso, url) != "misplaced"


def find_published(markup: str, url: str | None, first: str | None) -> str | None:
    """The publication date: trafilatura's `first` when the page bears it out, else a date
    the page labels as its publication ("Published: …"), else htmldate on the page without
    scripts, comments and cited sources, else None.  With no `first`, only a labelled date."""
    standing = _standing(markup, first, url)
    if first is None:
        return _labelled_date(markup)
    if standing in ("metadata", "unknown"):
        return first
    labelled = _labelled_date(markup)
    if labelled and labelled != first:
        return labelled
    if standing == "text":
        return first
    from htmldate import find_date

    tree = _readable_tree(markup)
    if tree is None:
        return None
    try:
        again = find_date(tree, extensive_search=False, original_date=True, url=url)
    except (LxmlError, ValueError, TypeError):
        return None
    if again and again != first and _standing(markup, again, url) in ("metadata", "text"):
        return again
    return None


def _standing(markup: str, iso: str | None, url: str | None) -> str:
    """Where the page states the date: "metadata" (URL, meta tags, structured data, <time>),
    "text" (the readable text), "misplaced" (only in scripts, attributes, comments or cited
    sources), or "unknown" (not written in a way recognised here, or no date)."""
    if not iso:
        return "unknown"
    try:
        spellings = date_spellings(iso)
    except ValueError:
        return "misplaced"
    raw = markup.lower()
    if not any(spelling in raw for spelling in spellings):
        return "unknown"
    found = (" ".join(groups) for groups in _METADATA.findall(markup))
    metadata = _SPACE.sub(" ", " ".join([url or "", *found])).lower()
    if any(spelling in metadata for spelling in spellings):
        return "metadata"
    readable = _readable_text(markup)
    return "text" if any(spelling in readable for spelling in spellings) else "misplaced"


def _labelled_date(markup: str) -> str | None:
    """The date after "Published" / "Posted" in the page's text (English labels)."""
    text = _ORDINAL.sub(r"\1", _SPACE.sub(" ", _TAG.sub(" ", markup)))
    for match in _LABELLED.finditer(text):
        found = _parse_written(match.group("date"))
        if found:
            return found
    return None


def _parse_written(text: str) -> str | None:
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    try:
        if iso:
            return date(*map(int, iso.groups())).isoformat()
        words = text.replace(",", " ").replace(".", " ").split()
        months = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
        months |= {name.lower(): n for n, name in enumerate(calendar.month_abbr) if name}
        if words[0].lower() in months:
            return date(int(words[2]), months[words[0].lower()], int(words[1])).isoformat()
        return date(int(words[2]), months[words[1].lower()], int(words[0])).isoformat()
    except (ValueError, KeyError, IndexError):
        return None


def _readable_text(markup: str) -> str:
    tree = _readable_tree(markup)
    if tree is None:
        return ""
    body = tree.find("body")
    text = (body if body is not None else tree).text_content()
    return _SPACE.sub(" ", _ORDINAL.sub(r"\1", text)).lower()


def _tree(markup: str):
    try:
        return lxml_html.fromstring(markup)
    except (LxmlError, ValueError):
        return None


def _readable_tree(markup: str):
    tree = _tree(markup)
    if tree is None:
        return None
    for element in tree.xpath(
        "//script[not(contains(@type, 'ld+json'))] | //style | //noscript | //template"
    ):
        element.drop_tree()
    for element in tree.xpath("//comment()"):
        element.drop_tree()
    for element in tree.xpath("//*[@class or @id]"):
        label = f"{element.get('class', '')} {element.get('id', '')}"
        if element.tag not in ("html", "body") and _ASIDE.search(label) and _is_attached(element):
            element.drop_tree()
    for heading in tree.xpath("//h2 | //h3 | //h4 | //h5 | //strong | //b"):
        if _SOURCE_HEADINGS.match(heading.text_content() or "") and _is_attached(heading):
            for sibling in list(heading.itersiblings()):
                sibling.drop_tree()
            heading.drop_tree()
    for element in tree.iter():
        for name in [key for key in element.attrib if key.startswith("data-")]:
            del element.attrib[name]
    return tree


def _is_attached(element) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag == "html":
            return True
        parent = parent.getparent()
    return element.tag == "html"
