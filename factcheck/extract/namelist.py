"""Every name of an article once, with every place it occurs, and spellings that differ.

A checker verifies the spelling of "Thibault Sottiaux" once and then sees each mention; a
mention spelled "Sotiaux" is the kind of slip that survives every other check, so names of
the same kind that are nearly but not exactly alike are flagged as variants.  A surname
alone ("Sottiaux said") is a mention of the full name it ends, not a name of its own.  A
longer name written shorter ("Harbour Trust" beside "Kestrelmouth Harbour Trust") is flagged
rather than folded: it may be the same body or another one ("National Gallery" beside
"Scottish National Gallery"), which only the checker can tell.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from factcheck.extract.boilerplate import has_cue, is_boilerplate, is_boilerplate_paragraph
from factcheck.extract.facts import Fact, facts_in
from factcheck.extract.gazetteer import ORGANISATION_ENDINGS
from factcheck.text import split_paragraphs, split_sentences

NAME_KINDS: tuple[str, ...] = ("person", "organisation", "title")
# Two spellings this alike (rapidfuzz ratio, 0-100) and not equal are flagged as variants.
VARIANT_SIMILARITY = 85.0


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass
class NameEntry:
    kind: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    # Other entries whose spelling is nearly this one's: (name, similarity 0-100).
    variants: list[tuple[str, float]] = field(default_factory=list)
    # Longer names of the same kind that begin or end with all of this one's words.
    short_for: list[str] = field(default_factory=list)


def list_names(text: str, facts: Iterable[Fact] | None = None) -> list[NameEntry]:
    """The people, organisations and titles of `text` (found anew unless `facts` are given),
    each once with all its mentions, in order of first mention, variants flagged."""
    found = _outside_furniture(text, facts_in(text)) if facts is None else list(facts)
    entries: dict[tuple[str, str], NameEntry] = {}
    for fact in sorted(found, key=lambda f: (f.start, f.end)):
        if fact.kind in NAME_KINDS:
            key = (fact.kind, fact.text)
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = NameEntry(fact.kind, fact.text)
            entry.mentions.append(Mention(fact.start, fact.end, fact.text))
    _fold_surnames(entries)
    ordered = sorted(
        entries.values(), key=lambda e: (NAME_KINDS.index(e.kind), e.mentions[0].start)
    )
    _flag_variants(ordered)
    _flag_short_forms(ordered)
    return ordered


def _outside_furniture(text: str, found: list[Fact]) -> list[Fact]:
    """The facts outside paragraphs that are furniture as a whole ("The post … appeared
    first on …", a copyright line): a feed's headline in title case names nothing the
    article claims, and its capitals read as people ("Catch Up")."""
    furniture = [(s, e) for s, e in split_paragraphs(text) if _furniture(text, s, e)]
    if not furniture:
        return found
    return [f for f in found if not any(s <= f.start < e for s, e in furniture)]


def _furniture(text: str, start: int, end: int) -> bool:
    """A paragraph furniture as a whole, or one each of whose sentences is ("Let us know what
    you think about this article. Submit a letter to the editor at …": no editor's title)."""
    paragraph = text[start:end]
    if not has_cue(paragraph):
        return False
    if is_boilerplate_paragraph(paragraph, cue=True):
        return True
    return all(is_boilerplate(text[s:e]) for s, e in split_sentences(text, start, end))


def _fold_surnames(entries: dict[tuple[str, str], NameEntry]) -> None:
    """A one-word person name that ends exactly one full name is a mention of it; so is a
    one-word organisation name that is exactly one company's name without the words that
    say what it is ("Voltaria" of "Voltaria Energy", "Brennholt" of "Brennholt Instruments
    GmbH")."""
    by_short: dict[tuple[str, str], list[NameEntry]] = {}
    for (kind, name), entry in entries.items():
        if kind == "person" and " " in name:
            by_short.setdefault((kind, name.rsplit(" ", 1)[1]), []).append(entry)
        elif kind == "organisation" and " " in name:
            head, *rest = name.split(" ")
            if all(word in ORGANISATION_ENDINGS for word in rest):
                by_short.setdefault((kind, head), []).append(entry)
    for key in [k for k in entries if k[0] in ("person", "organisation") and " " not in k[1]]:
        owners = by_short.get(key, [])
        if len(owners) == 1:
            owners[0].mentions += entries.pop(key).mentions
            owners[0].mentions.sort(key=lambda m: m.start)


def _flag_variants(entries: list[NameEntry]) -> None:
    """Flag pairs of the same kind spelled nearly alike: whole names, and for people their
    surnames too ("Sotiaux" against "Thibault Sottiaux"); identical surnames of different
    people ("Ana Ruiz", "Luis Ruiz") are not a misspelling."""
    # People and organisations are compared together: a misspelt name may be taken for the
    # other kind ("Open AI" beside "OpenAI").
    for kinds in (("person", "organisation"), ("title",)):
        group = [e for e in entries if e.kind in kinds]
        if len(group) < 2:
            continue
        whole = [_squeezed(e.name) for e in group]
        # A surname is compared alone only when long enough to tell a slip from another
        # word ("Code" and "Codex" are not one name misspelt).
        keys = [[w, _surname(e) or w] for w, e in zip(whole, group, strict=True)]
        best: dict[tuple[int, int], float] = {}
        for part in range(len(keys[0])):
            column = [k[part] for k in keys]
            for i, key in enumerate(column):
                for _, score, j in process.extract(
                    key, column, scorer=fuzz.ratio, score_cutoff=VARIANT_SIMILARITY, limit=None
                ):
                    same = key == column[j] and (part == 1 or group[i].name == group[j].name)
                    if i == j or same:
                        continue
                    best[i, j] = max(best.get((i, j), 0.0), float(score))
        for (i, j), score in sorted(best.items()):
            if not _one_contains_other(group[i], group[j]):
                group[i].variants.append((group[j].name, round(score, 1)))


def _flag_short_forms(entries: list[NameEntry]) -> None:
    """Flag a person or organisation of two words or more whose words open or close a longer
    name of the same kind: "Anne Calloway" of "Ruth Anne Calloway". A single word is left to
    `_fold_surnames`: alone it is too common a word to say anything."""
    named = [e for e in entries if e.kind in ("person", "organisation")]
    # Every opening and closing run of two words or more of each name, to the names holding it.
    runs: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for entry in named:
        words = tuple(entry.name.split(" "))
        for k in range(2, len(words)):
            for run in {words[:k], words[-k:]}:
                runs.setdefault((entry.kind, run), []).append(entry.name)
    shorter: dict[str, set[str]] = {}
    for entry in named:
        entry.short_for.extend(runs.get((entry.kind, tuple(entry.name.split(" "))), ()))
        for longer in entry.short_for:
            shorter.setdefault(longer, set()).add(entry.name)
    # A short form is said as such, not also as a misspelling of the name it shortens.
    for entry in named:
        related = set(entry.short_for) | shorter.get(entry.name, set())
        if related:
            entry.variants[:] = [(n, score) for n, score in entry.variants if n not in related]


def _surname(entry: NameEntry) -> str | None:
    last = entry.name.rsplit(" ", 1)[-1].casefold()
    return last if entry.kind == "person" and len(last) >= 5 else None


def _squeezed(name: str) -> str:
    """A name with case, spaces, hyphens and apostrophe styles that do not matter folded."""
    return name.casefold().replace(" ", "").replace("-", "").replace("’", "'")


def _one_contains_other(a: NameEntry, b: NameEntry) -> bool:
    """ "Codex" and "head of Codex" are not misspellings of each other."""
    return a.kind != "person" and (a.name in b.name or b.name in a.name) and a.name != b.name
