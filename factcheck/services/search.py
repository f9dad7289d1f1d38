"""Searching the claims as people search: words in any order, case and accents folded,
"quoted phrases" exact, over a claim's text, speaker, note and the wordings merged into it.

One search for every front end: the workbench's ``/`` and ``factcheck claims --search`` both
filter with ``claim_matches``.  It is answered by the database's own text index, so it stays
fast at 100,000 claims: FTS5 on SQLite, a stored ``tsvector`` with a GIN index on PostgreSQL,
both over the ``claim_search`` table, whose words are folded here in Python
(``factcheck.text.search_words``) so that both databases find exactly the same claims.

What is typed is never a query language: quotes pair up into phrases and every other mark
(an unpaired quote, ``*``, ``-``, ``NEAR``, ``OR``) is a plain word or nothing, so no input
can make a search fail.  Each word typed matches the words that start with it (the list
narrows as the checker types); a phrase in quotes matches its words whole and in order.

The index is kept by the service layer: every flush of a session that adds a claim or
changes its text, speaker or note, or adds, moves or removes a merged wording, rewrites
those claims' rows (``_keep_index``, on every session); bulk Core inserts call
``index_claims`` themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

from sqlalchemy import (
    Boolean,
    Connection,
    Text,
    TypeDecorator,
    delete,
    event,
    func,
    insert,
    inspect,
    select,
    true,
)
from sqlalchemy import text as sql_text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnElement, bindparam
from sqlalchemy.sql.visitors import InternalTraversal

from factcheck.errors import StoreError
from factcheck.limits import SEARCH_CHARS, SEARCH_TERMS
from factcheck.models import Claim, ClaimAlias, ClaimSearch
from factcheck.text import fold, search_words

# -- what was typed --------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """Folded words that must stand together in this order; ``prefix``: the last one may be
    the start of a longer word (typed, not quoted)."""

    words: tuple[str, ...]
    prefix: bool


@dataclass(frozen=True)
class SearchQuery:
    text: str
    terms: tuple[Term, ...]

    @property
    def empty(self) -> bool:
        """Nothing to look for (blank, or only marks): the search filters nothing."""
        return not self.terms


_PHRASE = re.compile(r'"([^"]*)"')


def parse_query(text: str) -> SearchQuery:
    """What a checker typed, as terms: each quoted phrase, then each other word."""
    plain = fold(text, keep_case=True)  # curly quotes and guillemets are quotes too
    terms: list[Term] = []
    for found in _PHRASE.finditer(plain):
        words = tuple(word for word, _, _ in search_words(found.group(1)))
        if words:
            terms.append(Term(words, prefix=False))
    for chunk in _PHRASE.sub(" ", plain).split():
        # "2.5", "check-worthy", "Altman's": one chunk of several words is a phrase.
        words = tuple(word for word, _, _ in search_words(chunk))
        if words:
            terms.append(Term(words, prefix=True))
    unique = tuple(dict.fromkeys(terms))[:SEARCH_TERMS]
    return SearchQuery(text, unique)


# -- asking the database ---------------------------------------------------------------------


def _fts5(query: SearchQuery) -> str:
    """FTS5 syntax: every word in double quotes, so none is read as an operator."""
    return " AND ".join(
        '"' + " ".join(term.words) + '"' + ("*" if term.prefix else "") for term in query.terms
    )


def _tsquery(query: SearchQuery) -> str:
    """PostgreSQL ``to_tsquery`` syntax: quoted lexemes, ``<->`` for a phrase, ``:*`` a prefix."""
    return " & ".join(
        "(" + " <-> ".join(f"'{word}'" for word in term.words) + (":*" if term.prefix else "") + ")"
        for term in query.terms
    )


class _QueryText(TypeDecorator[SearchQuery]):
    """A search bound as a value, written in the syntax of the database it goes to."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: SearchQuery | None, dialect) -> str | None:
        if value is None:
            return None
        return _tsquery(value) if dialect.name == "postgresql" else _fts5(value)


class _WordsMatch(ColumnElement[bool]):
    """``claim.id IN (claims whose words match)``, written for the database it runs on.

    The query is a bound value, so statements with a search are compiled once and cached."""

    type = Boolean()
    inherit_cache = True
    _traverse_internals = [("value", InternalTraversal.dp_clauseelement)]

    def __init__(self, query: SearchQuery) -> None:
        self.value = bindparam("search_words", query, type_=_QueryText(), unique=True)


@compiles(_WordsMatch, "sqlite")
def _sqlite_match(element: _WordsMatch, compiler, **kw) -> str:
    claim = compiler.process(Claim.id, **kw)
    value = compiler.process(element.value, **kw)
    return f"{claim} IN (SELECT rowid FROM claim_search_fts WHERE claim_search_fts MATCH {value})"


@compiles(_WordsMatch, "postgresql")
def _postgresql_match(element: _WordsMatch, compiler, **kw) -> str:
    claim = compiler.process(Claim.id, **kw)
    value = compiler.process(element.value, **kw)
    # A stored tsvector with a GIN index (migration search_vector_8b1d).
    return (
        f"{claim} IN (SELECT claim_id FROM claim_search WHERE"
        f" search_vector @@ to_tsquery('simple', {value}))"
    )


@compiles(_WordsMatch)
def _other_match(element: _WordsMatch, compiler, **kw) -> str:
    raise StoreError(f"searching claims needs SQLite or PostgreSQL, not {compiler.dialect.name}")


def count_found(session: Session, query: SearchQuery | str) -> int:
    """How many claims a search finds among all, counted in the text index alone.

    Counting ``claim_matches`` over the claim table looks every match up in it: 20 ms for
    the 32,000 claims one word finds among 100,000, against 2 ms in the index, which holds
    one row per claim (its rows go with their claim).  Typing asks this on every pause."""
    parsed = parse_query(query) if isinstance(query, str) else query
    if parsed.empty:
        return session.scalar(select(func.count(Claim.id))) or 0
    if session.get_bind().dialect.name == "postgresql":
        counted = (
            "SELECT count(*) FROM claim_search WHERE search_vector @@ to_tsquery('simple', :words)"
        )
        words = _tsquery(parsed)
    else:
        counted = "SELECT count(*) FROM claim_search_fts WHERE claim_search_fts MATCH :words"
        words = _fts5(parsed)
    return session.scalar(sql_text(counted), {"words": words}) or 0


def claim_matches(query: SearchQuery | str) -> ColumnElement[bool]:
    """A filter for a query over claims: those the search finds (all, for an empty one)."""
    parsed = parse_query(query) if isinstance(query, str) else query
    return true() if parsed.empty else _WordsMatch(parsed)


# -- where the words are, to show them -------------------------------------------------------


def match_spans(text: str, query: SearchQuery | str) -> list[tuple[int, int]]:
    """The stretches of ``text`` the search matched, in order and not overlapping."""
    parsed = parse_query(query) if isinstance(query, str) else query
    if parsed.empty or not text:
        return []
    words = list(search_words(text))
    spans: list[tuple[int, int]] = []
    for term in parsed.terms:
        size = len(term.words)
        for at in range(len(words) - size + 1):
            window = words[at : at + size]
            if all(w[0] == t for w, t in zip(window[:-1], term.words[:-1], strict=True)) and (
                window[-1][0].startswith(term.words[-1])
                if term.prefix
                else window[-1][0] == term.words[-1]
            ):
                spans.append((window[0][1], window[-1][2]))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# -- keeping the index -----------------------------------------------------------------------

_BATCH = 500


def claim_words(text: str, speaker: str | None, note: str | None, aliases: Iterable[str]) -> str:
    """The folded words a search looks in for one claim, a line for each part."""
    lines = []
    for part in (text, speaker, note, *aliases):
        if part:
            lines.append(" ".join(word for word, _, _ in search_words(part[:SEARCH_CHARS])))
    return "\n".join(lines)[:SEARCH_CHARS]


def index_claims(conn: Connection | Session, claim_ids: Iterable[int] | None) -> None:
    """Write the search rows of these claims afresh (``None``: of every claim, in batches)."""
    if isinstance(conn, Session):
        conn.flush()  # ORM changes pending in it are what is to be indexed
        conn = conn.connection()
    if claim_ids is None:
        conn.execute(delete(ClaimSearch))
        last = 0
        while True:
            batch = list(
                conn.scalars(select(Claim.id).where(Claim.id > last).order_by(Claim.id).limit(2000))
            )
            if not batch:
                return
            _write(conn, batch, replace=False)
            last = batch[-1]
    ids = sorted(set(claim_ids))
    for first in range(0, len(ids), _BATCH):
        _write(conn, ids[first : first + _BATCH], replace=True)


def _write(conn: Connection | Session, ids: list[int], *, replace: bool) -> None:
    if replace:
        conn.execute(delete(ClaimSearch).where(ClaimSearch.claim_id.in_(ids)))
    aliases: dict[int, list[str]] = {}
    for claim_id, text in conn.execute(
        select(ClaimAlias.claim_id, ClaimAlias.text)
        .where(ClaimAlias.claim_id.in_(ids))
        .order_by(ClaimAlias.id)
    ):
        aliases.setdefault(claim_id, []).append(text)
    rows = [
        {"claim_id": claim_id, "words": claim_words(text, speaker, note, aliases.get(claim_id, ()))}
        for claim_id, text, speaker, note in conn.execute(
            select(Claim.id, Claim.text, Claim.speaker, Claim.note).where(Claim.id.in_(ids))
        )
    ]
    if rows:
        conn.execute(insert(ClaimSearch), rows)


_SEARCHED = ("text", "speaker", "note")


def _touched(session: Session) -> Iterator[int]:
    """The claims whose searched words this flush changed (removed claims excepted)."""
    for obj in chain(session.new, session.dirty, session.deleted):
        if isinstance(obj, Claim):
            state = inspect(obj)
            if obj in session.new or any(
                state.attrs[name].history.has_changes() for name in _SEARCHED
            ):
                yield obj.id
        elif isinstance(obj, ClaimAlias):
            history = inspect(obj).attrs.claim_id.history
            yield from (i for i in chain(history.added, history.deleted) if i is not None)
            if obj.claim_id is not None:
                yield obj.claim_id


@event.listens_for(Session, "after_flush")
def _keep_index(session: Session, _context: object) -> None:
    removed = {obj.id for obj in session.deleted if isinstance(obj, Claim)}
    touched = set(_touched(session)) - removed
    if touched:
        index_claims(session.connection(), touched)
