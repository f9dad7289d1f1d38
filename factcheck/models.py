"""The store's tables: articles, claims and their facts, sources and their URLs, evidence,
verdicts.

Every table of the design is here from the first migration on, so that later features fill
columns in rather than tear tables up.  Verdicts are append-only history; a claim carries a
version counter so that an edit made against a stale copy is refused, never silently lost.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal, get_args

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints so that Alembic can alter them on SQLite (batch mode) and PostgreSQL alike.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# The closed sets of values some columns hold (stored as short strings; the types say which).
ClaimOrigin = Literal["extracted", "imported", "manual"]
SourceKind = Literal["web", "file", "note"]
# How a URL led to its source: asked for, passed through, ended at, named by the page as its
# canonical URL, or the file: / note: address of a local file or a checker's note.
# A "+login" suffix notes that a user name and password in the checker's URL opened the page
# (they are never stored).
URLHow = Literal[
    "requested",
    "redirect",
    "final",
    "canonical",
    "file",
    "note",
    "requested+login",
    "redirect+login",
    "final+login",
    "canonical+login",
]
MergeStatus = Literal["merged", "suggested", "confirmed", "rejected", "split"]
Stance = Literal["supports", "refutes", "context"]
STANCES: tuple[Stance, ...] = get_args(Stance)
# What the checker found a fact inside a claim to be (no state until it is ticked).
FactState = Literal["checked", "wrong", "unverified"]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Article(Base):
    __tablename__ = "article"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str | None] = mapped_column(String(1000))
    byline: Mapped[str | None] = mapped_column(String(1000))
    url: Mapped[str | None] = mapped_column(String(2000))
    published: Mapped[str | None] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    # SHA-256 of the text: importing the same text twice is recognised and refused as a no-op.
    text_hash: Mapped[str] = mapped_column(String(64), unique=True)
    origin: Mapped[str] = mapped_column(String(2000))
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # A Word manuscript's own file, from which the annotated copy goes back to the writer.
    document: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)

    claims: Mapped[list[Claim]] = relationship(back_populates="article", order_by="Claim.start")


class Claim(Base):
    __tablename__ = "claim"
    __table_args__ = (
        UniqueConstraint("external_id"),
        Index("ix_claim_article_start", "article_id", "start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Claims imported from a claims file may belong to no article.
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    paragraph: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    speaker: Mapped[str | None] = mapped_column(String(300))
    score: Mapped[float] = mapped_column(Float, default=0.0)
    # The check-worthiness model's verdict: check this first.  `score` is its probability.
    checkworthy: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # JSON list of the reasons the extractor found it check-worthy, shown to the checker.
    reasons: Mapped[str] = mapped_column(Text, default="[]")
    origin: Mapped[ClaimOrigin] = mapped_column(String(20))
    external_id: Mapped[str | None] = mapped_column(String(200))
    # The name of the claims file an imported claim was first read from, so a batch can be
    # reported on its own (report --claims-file NAME).
    claims_file: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Which wording of the claim ``text`` is: 1, then one more each time a claims file gave a
    # checked claim new words (``import --new-wording``); the earlier ones are ClaimWording rows.
    wording: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    __mapper_args__ = {"version_id_col": version}

    article: Mapped[Article | None] = relationship(back_populates="claims")
    aliases: Mapped[list[ClaimAlias]] = relationship(back_populates="claim")
    facts: Mapped[list[ClaimFact]] = relationship(
        back_populates="claim", order_by="ClaimFact.position", passive_deletes=True
    )
    verdicts: Mapped[list[Verdict]] = relationship(back_populates="claim", order_by="Verdict.id")


class ClaimFact(Base):
    """A checkable item inside a claim (a name, a title, a figure, a date, a work, a
    quotation) with its own check state, as a desk checker ticks off each fact of a
    manuscript.

    Offsets index the article, like the claim's (the claim's own text when it has no
    article).  `position` is the item's number within its claim, 1 first, as the checker
    names it (``factcheck fact CLAIM N``).  Ticking a fact does not bump the claim's
    version: it is the checker's progress, not an edit of the claim.
    """

    __tablename__ = "fact"
    __table_args__ = (UniqueConstraint("claim_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    # None until the checker ticks it.
    state: Mapped[FactState | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    checker: Mapped[str | None] = mapped_column(String(200))
    checked_at: Mapped[datetime | None] = mapped_column(DateTime)

    claim: Mapped[Claim] = relationship(back_populates="facts")


class ClaimWording(Base):
    """An earlier wording of a claim, kept when a claims file gave the checked claim new words:
    the verdicts given on it point at it by number (``Verdict.wording``)."""

    __tablename__ = "claim_wording"
    __table_args__ = (UniqueConstraint("claim_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    # Where the words that replaced it came from (the claims file), and when.
    replaced_by: Mapped[str] = mapped_column(String(2000))
    replaced_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ClaimAlias(Base):
    """Another wording or external id that was merged into a claim (fuzzy de-duplication, or
    a checker's merge of two claims).

    Kept so that re-importing the same file recognises its rows as already merged.  A claim of
    an article merged into another keeps where its words stand (``article_id``, ``start``,
    ``end``), so the kept claim's text stays an exact span of its article and the merged
    wording can still be found in its own.
    """

    __tablename__ = "claim_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    similarity: Mapped[float] = mapped_column(Float)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id", ondelete="SET NULL"))
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    claim: Mapped[Claim] = relationship(back_populates="aliases")


class ClaimSearch(Base):
    """The words a search looks in for one claim: its text, speaker, note and the wordings
    merged into it, each word folded (``factcheck.text.search_words``).

    Written by the service layer whenever those change (``services/search.py``); the
    database's own text index is built over it: an FTS5 table on SQLite
    (``claim_search_fts``, kept by triggers on this table), a GIN index on
    ``to_tsvector('simple', words)`` on PostgreSQL.  Neither is a model: see
    ``SEARCH_INDEX_OBJECTS``.
    """

    __tablename__ = "claim_search"

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    words: Mapped[str] = mapped_column(Text)


# The text index over ``claim_search`` (and, on SQLite, FTS5's own tables), made by the
# migration per database: not models, so comparisons of the schema with the models skip them.
SEARCH_INDEX_OBJECTS = ("claim_search_fts", "ix_claim_search_", "search_vector")


class Source(Base):
    __tablename__ = "source"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[SourceKind] = mapped_column(String(10))
    canonical_url: Mapped[str | None] = mapped_column(String(2000), index=True)
    title: Mapped[str | None] = mapped_column(String(1000))
    author: Mapped[str | None] = mapped_column(String(1000))
    site: Mapped[str | None] = mapped_column(String(300))
    published: Mapped[str | None] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64), index=True)
    fetched_at: Mapped[datetime | None] = mapped_column(DateTime)
    http_status: Mapped[int | None] = mapped_column(Integer)
    content_type: Mapped[str | None] = mapped_column(String(200))
    # zlib-compressed raw body, so the page can be re-extracted after the link rots.
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    # The HTTP headers of the fetch, as JSON [[name, value], ...]: those sent and those
    # received (for the WARC's request and response records); NULL for sources fetched
    # before they were kept, whose export rebuilds them.
    request_headers: Mapped[str | None] = mapped_column(Text)
    response_headers: Mapped[str | None] = mapped_column(Text)
    # A syndicated copy counts once: it points at the source it copies.
    copy_of_id: Mapped[int | None] = mapped_column(ForeignKey("source.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    urls: Mapped[list[SourceURL]] = relationship(back_populates="source")
    versions: Mapped[list[SourceVersion]] = relationship(back_populates="source")


class SourceURL(Base):
    """Every URL that resolved or de-duplicated to a source, with how it got there."""

    __tablename__ = "source_url"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    canonical_url: Mapped[str] = mapped_column(String(2000), unique=True)
    how: Mapped[URLHow] = mapped_column(String(20))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    source: Mapped[Source] = relationship(back_populates="urls")


class SourceVersion(Base):
    """An earlier text of a source, kept when a re-fetch found the page changed."""

    __tablename__ = "source_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64))
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    http_status: Mapped[int | None] = mapped_column(Integer)
    fetched_at: Mapped[datetime | None] = mapped_column(DateTime)
    request_headers: Mapped[str | None] = mapped_column(Text)  # as on Source
    response_headers: Mapped[str | None] = mapped_column(Text)

    source: Mapped[Source] = relationship(back_populates="versions")


class SourceSignature(Base):
    """Locality-sensitive hash keys of a source's text: the index behind near-copy detection."""

    __tablename__ = "source_signature"

    source_id: Mapped[int] = mapped_column(
        ForeignKey("source.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, index=True)


class SourceMerge(Base):
    """Why a URL or copy was merged into a source, or offered to the checker as a duplicate."""

    __tablename__ = "source_merge"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    # The copy (or the likely duplicate) that was merged into ``source_id`` or offered for it.
    other_id: Mapped[int | None] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"))
    # The claim the checker was attaching to when the merge happened: a split links it back.
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id", ondelete="SET NULL"))
    url: Mapped[str | None] = mapped_column(String(2000))
    rule: Mapped[str] = mapped_column(String(200))
    score: Mapped[float] = mapped_column(Float)
    shared: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of shared passages
    status: Mapped[MergeStatus] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ClaimSource(Base):
    __tablename__ = "claim_source"
    __table_args__ = (UniqueConstraint("claim_id", "source_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    stance: Mapped[Stance] = mapped_column(String(20), default="context")
    attached_by: Mapped[str | None] = mapped_column(String(200))
    attached_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Evidence(Base):
    """A passage of a source pinned to a claim by a checker."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    # JSON {"numbers": [NumberResult], "quote": QuoteResult or null} (factcheck.checks), as
    # shown when pinned; rows from older versions hold sentences, which still display.
    checks: Mapped[str] = mapped_column(Text, default="{}")
    pinned: Mapped[bool] = mapped_column(Boolean, default=True)
    pinned_by: Mapped[str | None] = mapped_column(String(200))
    pinned_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Verdict(Base):
    """One decision on a claim.  Never updated: the current verdict is the latest row given on
    the claim's current wording."""

    __tablename__ = "verdict"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    rating: Mapped[str] = mapped_column(String(40))
    rationale: Mapped[str | None] = mapped_column(Text)
    correction: Mapped[str | None] = mapped_column(Text)
    checker: Mapped[str] = mapped_column(String(200))
    # The claim version the checker was looking at: the trace of the optimistic lock.
    claim_version: Mapped[int] = mapped_column(Integer)
    # The wording of the claim the verdict was given on (``Claim.wording`` then): a verdict on
    # an earlier wording is history, not the claim's current verdict.
    wording: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    claim: Mapped[Claim] = relationship(back_populates="verdicts")


class VerdictEvidence(Base):
    __tablename__ = "verdict_evidence"

    verdict_id: Mapped[int] = mapped_column(
        ForeignKey("verdict.id", ondelete="CASCADE"), primary_key=True
    )
    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True
    )


class PriorFactCheck(Base):
    """Another desk's fact-check (a ClaimReview imported from a feed), kept as published."""

    __tablename__ = "prior_fact_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The review's own URL: importing a feed again recognises its reviews by it.
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    claim: Mapped[str] = mapped_column(Text)
    # The publisher's rating as written ("Pants on Fire", "Falso"): never mapped to our scale.
    rating: Mapped[str] = mapped_column(String(300))
    publisher: Mapped[str | None] = mapped_column(String(300))
    published: Mapped[str | None] = mapped_column(String(40))
    claimant: Mapped[str | None] = mapped_column(String(300))
    origin: Mapped[str] = mapped_column(String(2000))
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class RatingRow(Base):
    """The verdict scale of this store (seeded with the default), so a desk can use its own."""

    __tablename__ = "rating"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    meaning: Mapped[str] = mapped_column(Text)
    review_value: Mapped[int | None] = mapped_column(Integer)
    needs_correction: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer)
