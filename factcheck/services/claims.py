"""Claims: the batch import with fuzzy de-duplication, and listing what is stored.

Listing and reading claims is what most commands do, so the module loads only the store's
side at import: the extractor (``assess_claim``, ``facts_in``, ``figure_spans``), the claims
file reader, the fuzzy index and the evidence ranking are imported in the functions that
import, add, split, reword or merge claims.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from factcheck.config import Thresholds
from factcheck.db import Store, serialize
from factcheck.errors import BadInput, StaleEdit
from factcheck.extract.claim import KINDS
from factcheck.models import (
    Article,
    Claim,
    ClaimAlias,
    ClaimFact,
    ClaimSource,
    ClaimWording,
    Evidence,
    Verdict,
    utcnow,
)
from factcheck.services.access import DEFAULT_ACCESS, Access
from factcheck.services.facts import facts_by_claim, split_facts, store_facts
from factcheck.services.queries import (
    article_in,
    claim_in,
    current_rating,
    earlier_rating_column,
    has_verdicts,
    with_current_verdict,
)
from factcheck.services.search import claim_matches, index_claims, parse_query
from factcheck.services.views import ClaimView
from factcheck.sources.targets import is_url

if TYPE_CHECKING:
    from factcheck.extract import Fact
    from factcheck.intake.claimfile import ClaimRow


@dataclass(frozen=True)
class Merge:
    line: int
    claim: int | None  # None in a dry run when the claim is new from an earlier row
    similarity: float
    into_line: int | None = None  # that earlier row, when the claim is new from the file


@dataclass
class ClaimImport:
    path: str
    rows: int = 0
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    merges: list[Merge] = field(default_factory=list)
    dry_run: bool = False
    # Checked claims the file gave new words, kept as their next wording (``new_wording``):
    # their verdicts stay on the old words and they are to be checked again.
    new_wordings: tuple[int, ...] = ()

    @property
    def merged(self) -> int:
        return len(self.merges)


def import_claims(
    store: Store,
    source: Path | tuple[str, list[ClaimRow]],
    *,
    article_id: int | None = None,
    dry_run: bool = False,
    threshold: float = Thresholds().claim_merge,
    form: str | None = None,
    progress: Callable[[int], None] | None = None,
    access: Access = DEFAULT_ACCESS,
    new_wording: bool = False,
) -> ClaimImport:
    """Import a claims file whole or not at all.

    A row is the claim already stored when its external id is known (``unchanged``, or
    ``updated`` if its text changed), when its text is the same, or when its wording is within
    ``threshold`` (rapidfuzz, 0-100) of a stored claim or an earlier row: then it is ``merged``
    and its wording and id are kept as an alias, so importing the file again changes nothing.

    A known id with new text never rewrites a claim that has a verdict: the verdict was given
    on the old words, so the whole file is refused with the row and the claim named.  With
    ``new_wording`` the new text becomes the claim's next wording instead: the old words are
    kept (``wordings``), the verdict stays on them, and the claim is unchecked until a verdict
    is given on the new ones (``new_wordings``).
    """
    name, rows = read_claims(source, form, access) if isinstance(source, Path) else source
    summary = ClaimImport(path=name, rows=len(rows), dry_run=dry_run)
    with store.transaction() as session:
        # Imports take turns: each must see what the one before it stored to merge into it.
        serialize(session, "factcheck.claims.import")
        article_text = None
        if article_id is not None:
            article = article_in(session, article_id)
            article_text = article.text
        known = _Known.load(session, [row.text for row in rows], threshold)
        # Rows new to the store get their ids from it on insert; until then a row that merges
        # into an earlier new row refers to it by a placeholder: -1 for the first, -2 next …
        placeholder = 0
        first_line: dict[int, int] = {}
        new_claims: list[dict[str, object]] = []
        new_rows: list[ClaimRow] = []
        aliases: list[dict[str, object]] = []
        for done, row in enumerate(rows, start=1):
            if progress and done % 1000 == 0:
                progress(done)
            outcome = known.resolve(row)
            if outcome is None:
                placeholder -= 1
                first_line[placeholder] = row.line
                new_claims.append(_new_claim(row, article_id, article_text, _file_name(name)))
                new_rows.append(row)
                known.add(placeholder, row)
                summary.new += 1
            elif outcome.kind == "unchanged":
                summary.unchanged += 1
            elif outcome.kind == "updated":
                checked = outcome.claim > 0 and current_rating(session, outcome.claim)
                if checked and not new_wording:
                    _refuse_checked(name, row, outcome.claim, checked)
                if checked:
                    summary.new_wordings += (outcome.claim,)
                else:
                    summary.updated += 1
                if not dry_run:
                    _update_claim(session, outcome.claim, row, keep_old=name if checked else None)
            else:
                summary.merges.append(Merge(row.line, outcome.claim, outcome.similarity))
                aliases.append(
                    {
                        "claim_id": outcome.claim,
                        "text": row.text,
                        "external_id": row.external_id,
                        "similarity": outcome.similarity,
                    }
                )
                known.add_alias(outcome.claim, row)
        if progress:
            progress(len(rows))
        if dry_run:
            summary.merges = [_placed(m, {}, first_line) for m in summary.merges]
            return summary
        assessed = [_assess(claim, row) for claim, row in zip(new_claims, new_rows, strict=True)]
        ids: list[int] = []
        if new_claims:
            inserted = session.execute(
                insert(Claim).returning(Claim.id, sort_by_parameter_order=True), new_claims
            )
            ids = list(inserted.scalars())
            store_facts(session, zip(ids, assessed, strict=True))
        real = {-(n + 1): claim_id for n, claim_id in enumerate(ids)}
        for alias in aliases:
            alias["claim_id"] = real.get(alias["claim_id"], alias["claim_id"])
        summary.merges = [_placed(m, real, first_line) for m in summary.merges]
        if aliases:
            session.execute(insert(ClaimAlias), aliases)
        # Core inserts pass the session's flush: their claims' words are indexed here.
        index_claims(session, [*ids, *(alias["claim_id"] for alias in aliases)])
    return summary


def _placed(merge: Merge, real: dict[int, int], first_line: dict[int, int]) -> Merge:
    """A merge with its placeholder resolved: the stored id, and the row that made the claim."""
    if merge.claim is None or merge.claim > 0:
        return merge
    return Merge(merge.line, real.get(merge.claim), merge.similarity, first_line[merge.claim])


def claims_file_form(target: str, access: Access = DEFAULT_ACCESS) -> str | None:
    """``csv`` or ``jsonl`` when ``target`` names a claims file, ``claimreview`` for a feed of
    other desks' fact-checks; ``None`` for an article (a URL, or a text, HTML, PDF or Word
    file).  One rule for every front end that offers a single import."""
    if is_url(target):
        return None
    from factcheck.intake.claimfile import claim_file_format, read_head

    path = Path(target)
    return claim_file_format(path, read_head(path, access.folders()))


def read_claims(
    path: Path, form: str | None = None, access: Access = DEFAULT_ACCESS
) -> tuple[str, list[ClaimRow]]:
    """Read and check a claims file before the store is touched."""
    if form == "claimreview":
        raise BadInput(
            "a ClaimReview feed of other desks' fact-checks, not a claims file: "
            "import it as a feed of fact-checks",
            subject=path,
        )
    from factcheck.intake.claimfile import read_claim_file

    rows = read_claim_file(path, form, access.folders())
    _check_ids(rows, str(path))
    return str(path), rows


def _check_ids(rows: list[ClaimRow], name: str) -> None:
    first: dict[str, int] = {}
    for row in rows:
        if row.external_id is None:
            continue
        if row.external_id in first:
            raise BadInput(
                f"id {row.external_id!r} already used on line {first[row.external_id]}",
                subject=f"{name}:{row.line}",
            )
        first[row.external_id] = row.line


@dataclass(frozen=True)
class _Outcome:
    kind: str  # unchanged | updated | merged
    claim: int
    similarity: float = 100.0


class _Known:
    """What the store (and the rows read so far) already hold, looked up by id and by text."""

    def __init__(self, threshold: float) -> None:
        from factcheck.match import ClaimIndex

        self.index = ClaimIndex(threshold)
        self.by_external: dict[str, tuple[int, str]] = {}

    @classmethod
    def load(cls, session, incoming: list[str], threshold: float) -> _Known:
        known = cls(threshold)
        stored = session.execute(select(Claim.id, Claim.text, Claim.external_id)).all()
        alias_rows = session.execute(
            select(ClaimAlias.claim_id, ClaimAlias.text, ClaimAlias.external_id)
        ).all()
        known.index.prepare([text for _, text, _ in stored] + incoming)
        for claim_id, text, external_id in [*stored, *alias_rows]:
            known.index.add(claim_id, text)
            if external_id:
                known.by_external.setdefault(external_id, (claim_id, text))
        return known

    def resolve(self, row: ClaimRow) -> _Outcome | None:
        if row.external_id and row.external_id in self.by_external:
            claim_id, text = self.by_external[row.external_id]
            same = text == row.text
            return _Outcome("unchanged" if same else "updated", claim_id)
        exact = self.index.exact(row.text)
        if exact is not None:
            # Same words, no new id to remember: the row is already here.
            return _Outcome("merged" if row.external_id else "unchanged", exact)
        match = self.index.best(row.text)
        if match is None:
            return None
        return _Outcome("merged", match.key, match.similarity)

    def add(self, claim_id: int, row: ClaimRow) -> None:
        self.index.add(claim_id, row.text)
        if row.external_id:
            self.by_external[row.external_id] = (claim_id, row.text)

    def add_alias(self, claim_id: int, row: ClaimRow) -> None:
        self.add(claim_id, row)


def _file_name(name: str) -> str | None:
    """The claims file's own name (no folder) as stored with its claims; None for stdin."""
    base = Path(name).name
    return base[:300] if base and name != "-" else None


def _new_claim(
    row: ClaimRow, article_id: int | None, article_text: str | None, claims_file: str | None
) -> dict[str, object]:
    start = article_text.find(row.text) if article_text else -1
    paragraph = article_text.count("\n", 0, start) + 1 if article_text and start >= 0 else None
    now = utcnow()
    return {
        "article_id": article_id,
        "text": row.text,
        "start": start if start >= 0 else None,
        "end": start + len(row.text) if start >= 0 else None,
        "paragraph": paragraph,
        "kind": row.kind or ("attribution" if row.speaker else "statement"),
        "speaker": row.speaker,
        "score": 1.0,
        "checkworthy": True,
        "reasons": json.dumps(["imported from a claims file"]),
        "origin": "imported",
        "external_id": row.external_id,
        "claims_file": claims_file,
        "note": row.note,
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }


def _refuse_checked(name: str, row: ClaimRow, claim_id: int, rating: str) -> None:
    raise BadInput(
        f"id {row.external_id!r} is claim {claim_id}, checked as "
        f"{rating} on its old text; the file gives it new text, which would put the verdict "
        "under words it was not given on: nothing imported (--new-wording keeps the old words "
        "and their verdict, and has the claim checked again)",
        subject=f"{name}:{row.line}",
    )


def _assess(claim: dict[str, object], row: ClaimRow) -> tuple[Fact, ...]:
    """Fill a new imported claim's kind, speaker, score and reasons from the extractor where
    the row gives none, and return its facts, placed in the article when the claim is."""
    from factcheck.extract import assess_claim

    found = assess_claim(row.text)
    kind = found.kind
    if kind == "statement" and row.speaker:
        kind = "attribution"
    claim["kind"] = row.kind or kind
    claim["speaker"] = row.speaker or found.speaker
    claim["score"] = round(found.score, 4)
    claim["checkworthy"] = found.checkworthy
    claim["reasons"] = json.dumps(
        ["imported from a claims file", *found.reasons], ensure_ascii=False
    )
    shift = claim["start"] if isinstance(claim["start"], int) else 0
    return tuple(f._replace(start=f.start + shift, end=f.end + shift) for f in found.facts)


def _update_claim(session, claim_id: int, row: ClaimRow, *, keep_old: str | None) -> None:
    """Give a stored claim the row's text; ``keep_old`` (the file's name) keeps the old text as
    an earlier wording first.  The claim is placed again in its article and its facts are read
    from the new words (ticks on the old words do not carry over)."""
    from factcheck.services.evidence import rescore_evidence

    claim = session.get(Claim, claim_id)
    if keep_old is not None:
        session.add(
            ClaimWording(
                claim_id=claim_id, number=claim.wording, text=claim.text, replaced_by=keep_old
            )
        )
        claim.wording += 1
    claim.text = row.text
    claim.kind = row.kind or claim.kind
    claim.speaker = row.speaker or claim.speaker
    claim.note = row.note or claim.note
    article_text = claim.article.text if claim.article_id is not None else None
    placed = _new_claim(row, claim.article_id, article_text, claim.claims_file)
    claim.start, claim.end, claim.paragraph = placed["start"], placed["end"], placed["paragraph"]
    facts = _assess(placed, row)
    session.execute(delete(ClaimFact).where(ClaimFact.claim_id == claim_id))
    store_facts(session, [(claim_id, facts)])
    rescore_evidence(session, claim)


@dataclass(frozen=True)
class WordingView:
    """One wording of a claim: its number, its words, and whether it is the claim's text now."""

    number: int
    text: str
    current: bool
    replaced_by: str | None = None
    replaced_at: datetime | None = None


def wordings(store: Store, claim_id: int) -> list[WordingView]:
    with store.read() as session:
        return wordings_in(session, claim_id)


def wordings_in(session: Session, claim_id: int) -> list[WordingView]:
    """Every wording of a claim, the first first; the last is its text now."""
    claim = claim_in(session, claim_id)
    earlier = session.scalars(
        select(ClaimWording).where(ClaimWording.claim_id == claim_id).order_by(ClaimWording.number)
    ).all()
    return [
        *(WordingView(w.number, w.text, False, w.replaced_by, w.replaced_at) for w in earlier),
        WordingView(claim.wording, claim.text, True),
    ]


def list_claims(
    store: Store,
    *,
    article_id: int | None = None,
    kind: str | None = None,
    search: str | None = None,
    limit: int | None = None,
    with_facts: bool = False,
) -> list[ClaimView]:
    """The stored claims, filtered; `with_facts` adds each claim's facts and their states.

    ``search`` is a search as the workbench's (``services/search.py``); one with no word in
    it is refused, since it would list every claim.
    """
    sources = (
        select(ClaimSource.claim_id, func.count().label("n"))
        .group_by(ClaimSource.claim_id)
        .subquery()
    )
    query = (
        with_current_verdict(select(Claim, Verdict.rating, sources.c.n, earlier_rating_column()))
        .outerjoin(sources, sources.c.claim_id == Claim.id)
        .order_by(Claim.article_id.is_(None), Claim.article_id, Claim.start, Claim.id)
    )
    if article_id is not None:
        query = query.where(Claim.article_id == article_id)
    if kind:
        query = query.where(Claim.kind == kind)
    if search is not None:
        wanted = parse_query(search)
        if wanted.empty:
            raise BadInput(f"nothing to search for in {search!r}: it has no letters or digits")
        query = query.where(claim_matches(wanted))
    if limit:
        query = query.limit(limit)
    with store.read() as session:
        if article_id is not None:
            article_in(session, article_id)
        rows = session.execute(query).all()
        facts = facts_by_claim(session, [row[0].id for row in rows]) if with_facts else {}
        return [
            ClaimView.of(
                claim,
                rating=rating,
                sources=n or 0,
                facts=facts.get(claim.id, ()) if with_facts else None,
                earlier_rating=earlier,
            )
            for claim, rating, n, earlier in rows
        ]


def claim_for_edit(session, claim_id: int, seen_version: int | None) -> Claim:
    """The claim to change, refused when it changed since the checker saw ``seen_version``.

    The row is locked until the transaction ends, so concurrent edits of one claim take turns
    and each sees the version the one before it wrote (no spurious "changed by someone else").
    """
    claim = claim_in(session, claim_id, for_update=True)
    if seen_version is not None and claim.version != seen_version:
        raise StaleEdit(
            f"claim {claim_id} changed since you opened it (version {seen_version}, now "
            f"{claim.version}): reload it and try again"
        )
    return claim


def get_claim(store: Store, claim_id: int) -> ClaimView:
    with store.read() as session:
        return get_claim_in(session, claim_id)


def get_claim_in(session: Session, claim_id: int) -> ClaimView:
    """``get_claim`` inside a session the caller holds."""
    claim = claim_in(session, claim_id)
    rating = current_rating(session, claim_id)
    earlier = session.scalar(select(earlier_rating_column()).where(Claim.id == claim_id))
    n = session.scalar(select(func.count()).where(ClaimSource.claim_id == claim_id)) or 0
    facts = facts_by_claim(session, [claim_id]).get(claim_id, ())
    return ClaimView.of(claim, rating=rating, sources=n, facts=facts, earlier_rating=earlier)


def edit_note(
    store: Store, claim_id: int, note: str | None, *, seen_version: int | None = None
) -> ClaimView:
    """Set the checker's note on a claim, refused if someone changed the claim meanwhile."""
    with store.transaction() as session:
        claim = claim_for_edit(session, claim_id, seen_version)
        claim.note = (note or "").strip() or None
        session.flush()
        return ClaimView.of(claim, rating=current_rating(session, claim_id))


def add_claim(
    store: Store,
    text: str,
    *,
    article_id: int | None = None,
    kind: str = "statement",
    speaker: str | None = None,
    note: str | None = None,
) -> ClaimView:
    """A claim the extractor missed, added by hand (placed in its article when found there)."""
    text = text.strip()
    if not text:
        raise BadInput("a claim needs its text")
    if kind not in KINDS:
        raise BadInput(f"unknown kind {kind!r} (known: {', '.join(KINDS)})")
    with store.transaction() as session:
        start = paragraph = None
        if article_id is not None:
            article = article_in(session, article_id)
            found = article.text.find(text)
            if found >= 0:
                start, paragraph = found, article.text.count("\n", 0, found) + 1
        claim = Claim(
            article_id=article_id,
            text=text,
            start=start,
            end=start + len(text) if start is not None else None,
            paragraph=paragraph,
            kind=kind,
            speaker=speaker,
            score=1.0,
            # A checker who adds a claim by hand has judged it worth checking.
            checkworthy=True,
            reasons=json.dumps(["added by a checker"]),
            origin="manual",
            note=note,
        )
        session.add(claim)
        session.flush()
        from factcheck.extract import facts_in

        if start is not None:
            found_facts = facts_in(article.text, start, start + len(text))
        else:
            found_facts = facts_in(text)
        store_facts(session, [(claim.id, found_facts)])
        return ClaimView.of(claim, facts=facts_by_claim(session, [claim.id]).get(claim.id, ()))


def split_claim(
    store: Store, claim_id: int, at: int, *, seen_version: int | None = None
) -> tuple[ClaimView, ClaimView]:
    """Cut a claim in two at a character position of its text (two facts in one sentence).

    The first part keeps the id and sources; the second is a new claim.  A checked claim is
    refused: its verdict was given on the whole sentence and would stand on a fragment.  So is
    a cut inside a word or a figure ("$45.2 | million"), which would make a claim of a
    different figure.
    """
    from factcheck.extract.figures import figure_spans
    from factcheck.services.evidence import rescore_evidence

    with store.transaction() as session:
        claim = claim_for_edit(session, claim_id, seen_version)
        rating = current_rating(session, claim_id)
        if rating is not None:
            raise BadInput(
                f"claim {claim_id} has a verdict ({rating}), given on the whole sentence:"
                " a checked claim is not split"
            )
        head, tail = claim.text[:at], claim.text[at:]
        if not head.strip() or not tail.strip():
            raise BadInput(f"cannot split claim {claim_id} at {at}: both parts need words")
        inside_word = head[-1:].isalnum() and tail[:1].isalnum()
        cut = len(head.rstrip()), at + len(tail) - len(tail.lstrip())
        if inside_word or any(s < cut[1] and cut[0] < e for s, e in figure_spans(claim.text)):
            raise BadInput(
                f"cannot split claim {claim_id} at {at}: that is inside a word or a figure"
            )
        cut_head = len(head.rstrip())
        cut_tail = len(tail) - len(tail.lstrip())
        second = Claim(
            article_id=claim.article_id,
            text=tail.strip(),
            start=claim.start + at + cut_tail if claim.start is not None else None,
            end=claim.end,
            paragraph=claim.paragraph,
            kind=claim.kind,
            speaker=claim.speaker,
            score=claim.score,
            checkworthy=claim.checkworthy,
            reasons=claim.reasons,
            origin="manual",
            note=f"split from claim {claim_id}",
        )
        claim.text = head.rstrip()
        if claim.start is not None:
            claim.end = claim.start + cut_head
        session.add(second)
        session.flush()
        split_facts(session, claim_id, second.id, cut_head, at + cut_tail, claim.start is None)
        rescore_evidence(session, claim)
        rating = current_rating(session, claim_id)
        return ClaimView.of(claim, rating=rating), ClaimView.of(second)


@dataclass(frozen=True)
class ClaimMerge:
    """What a merge did: ``claim`` is the kept claim as it is now, ``merged`` the id of the
    claim folded into it (removed).  ``joined``: the kept claim's text now spans both
    sentences; otherwise it kept its own text and the other's wording is an alias."""

    claim: ClaimView
    merged: int
    joined: bool


def joined_span(
    article_text: str, first: tuple[int, int], second: tuple[int, int]
) -> tuple[int, int] | None:
    """The span covering two claims of one article when it takes in nothing else: they overlap
    or touch, or only spaces lie between them inside one paragraph.  ``None`` otherwise (the
    span would carry a line break, or words that belong to neither claim)."""
    (a_start, a_end), (b_start, b_end) = sorted([first, second])
    between = article_text[a_end:b_start]
    if between.strip() or "\n" in between:
        return None
    return a_start, max(a_end, b_end)


def _article_span(claim: Claim, article_text: str | None) -> tuple[int, int] | None:
    """Where a claim's text stands in its article, if it stands there word for word."""
    if article_text is None or claim.start is None or claim.end is None:
        return None
    if article_text[claim.start : claim.end] != claim.text:
        return None  # edited by hand since: its offsets no longer say where its words are
    return claim.start, claim.end


def merge_claims(
    store: Store,
    keep_id: int,
    other_id: int,
    *,
    join: bool | None = None,
    seen_version: int | None = None,
) -> ClaimMerge:
    """Make two claims one: the other's sources, evidence, verdicts and aliases move to the
    kept claim, its wording (with where it stands) becomes an alias, and it is removed.

    The kept claim's text stays an exact span of its article.  With ``join`` unset, two
    sentences next to each other in one paragraph become one claim spanning both; otherwise
    the kept claim keeps its own text.  ``join=True`` asks for the one span and is refused
    (``BadInput``, nothing changed) when that span would take in text of neither claim;
    ``join=False`` never joins.

    A verdict stays on the words it was given on: merging away a claim with a verdict is
    refused, and a kept claim with a verdict is never joined (its text stays, the other's
    becomes an alias).
    """
    from factcheck.services.evidence import rescore_evidence

    if keep_id == other_id:
        raise BadInput("a claim cannot be merged with itself")
    with store.transaction() as session:
        keep = claim_for_edit(session, keep_id, seen_version)
        other = claim_in(session, other_id)
        if has_verdicts(session, other_id):
            raise BadInput(
                f"claim {other_id} has a verdict, given on its own words: merging would carry it"
                f" onto claim {keep_id}'s; merge the other way (keep {other_id}) or record the"
                " verdict again after merging"
            )
        checked = current_rating(session, keep_id) is not None
        if join and checked:
            raise BadInput(
                f"claim {keep_id} has a verdict, given on its own words: it cannot be joined with"
                f" claim {other_id}'s sentence; merge without joining to keep them as an alias"
            )
        span = None
        if (
            not checked
            and keep.article_id is not None
            and keep.article_id == other.article_id
            and join is not False
        ):
            article_text = session.get(Article, keep.article_id).text
            ours, theirs = _article_span(keep, article_text), _article_span(other, article_text)
            if ours is not None and theirs is not None:
                span = joined_span(article_text, ours, theirs)
        if join and span is None:
            raise BadInput(
                f"claims {keep_id} and {other_id} are not next to each other in one paragraph:"
                " one claim spanning both would take in text that is neither; merge them"
                f" without joining to keep claim {keep_id}'s text and claim {other_id}'s as an"
                " alias"
            )
        if span is not None:
            keep.text, (keep.start, keep.end) = article_text[span[0] : span[1]], span
        session.add(
            ClaimAlias(
                claim_id=keep_id,
                text=other.text,
                external_id=other.external_id,
                similarity=0.0,
                article_id=other.article_id,
                start=other.start,
                end=other.end,
            )
        )
        linked = set(
            session.scalars(select(ClaimSource.source_id).where(ClaimSource.claim_id == keep_id))
        )
        for link in session.scalars(select(ClaimSource).where(ClaimSource.claim_id == other_id)):
            if link.source_id in linked:
                session.delete(link)
            else:
                link.claim_id = keep_id
        for row in session.scalars(select(Evidence).where(Evidence.claim_id == other_id)):
            row.claim_id = keep_id
        for verdict in session.scalars(select(Verdict).where(Verdict.claim_id == other_id)):
            verdict.claim_id = keep_id
        for alias in session.scalars(select(ClaimAlias).where(ClaimAlias.claim_id == other_id)):
            alias.claim_id = keep_id
        external = other.external_id
        session.flush()
        session.delete(other)
        session.flush()
        if external and keep.external_id is None:
            keep.external_id = external
        keep.updated_at = utcnow()
        # Its own evidence if its words grew, and the other's, pinned for other words.
        rescore_evidence(session, keep)
        view = ClaimView.of(keep, rating=current_rating(session, keep_id))
        return ClaimMerge(view, other_id, joined=span is not None)
