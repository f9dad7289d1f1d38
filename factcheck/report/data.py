"""The plain data a report is rendered from, filled by the service layer from the store.

Renderers take these frozen dataclasses and nothing else, so a report can be built and tested
without a database and rendered twice to the same bytes.  Ids are the store's ids; numbers
(`ReportSource.number`) are the reference numbers readers see as ``[n]``.

Times: `datetime` values may be aware or naive; naive ones are read as UTC (what SQLite hands
back).  `date` fields accept a `datetime` too, when the store knows the time of day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from factcheck.checks import NumberResult, QuoteResult
from factcheck.scale import DEFAULT_SCALE, Rating


@dataclass(frozen=True)
class ReportArticle:
    id: int
    title: str
    byline: str | None
    url: str | None
    published: date | None
    # The full text; claim offsets index into it.
    text: str


@dataclass(frozen=True)
class ReportSource:
    # Reference number shown as [n]; unique within a report. The service layer gives the
    # store's id, so [5] in a report is source 5 on screen and on the command line.
    number: int
    id: int
    title: str | None
    site: str | None
    # The canonical URL; None for a local file or a checker's note.
    url: str | None
    accessed_at: datetime | None = None
    published: date | None = None
    # Every URL that resolved or deduplicated to this source, canonical one included.
    urls: tuple[str, ...] = ()
    # SHA-256 of the archived text: the evidence survives link rot.
    text_hash: str | None = None
    # Id of the source this is a syndicated copy of: copies do not add independent support.
    copies_of: int | None = None
    # web / file / note.
    kind: str = "web"


@dataclass(frozen=True)
class ReportEvidence:
    id: int
    source_id: int
    # The passage of the source, as archived.
    text: str
    start: int | None = None
    end: int | None = None
    score: float | None = None
    # The claim's figures compared with the passage, as data (worded by factcheck.checks).
    number_checks: tuple[NumberResult, ...] = ()
    # Outcome of looking for the claim's quotation in the source; None when not a quote.
    quote_check: QuoteResult | None = None
    # Where in a PDF the passage stands ("p. 2", "pp. 2–3"); None for other sources.
    page: str | None = None


@dataclass(frozen=True)
class ReportVerdict:
    # A rating name from the scale; an unknown name is shown as given and never needs correction.
    rating: str
    rationale: str
    correction: str | None
    checker: str
    created_at: datetime
    # The claim's words the verdict was given on, when they are no longer its words (a claims
    # file gave the checked claim new ones); None when given on the claim as it reads now.
    wording_text: str | None = None


@dataclass(frozen=True)
class ReportFact:
    """A checkable item inside a claim, with the checker's tick (None: not ticked yet)."""

    position: int
    # Offsets into ReportArticle.text, like the claim's.
    start: int
    end: int
    kind: str
    text: str
    # checked | wrong | unverified, or None.
    state: str | None = None
    note: str | None = None
    # Who ticked it (the author of its comment in an annotated manuscript).
    checker: str | None = None


@dataclass(frozen=True)
class ReportClaim:
    id: int
    text: str
    # Offsets into ReportArticle.text; None for claims imported without a place in the article.
    start: int | None
    end: int | None
    paragraph: int | None = None
    kind: str | None = None
    speaker: str | None = None
    score: float | None = None
    # The current verdict (the latest, given on the claim's words as they are now); None =
    # unchecked, also when the only verdicts were given on an earlier wording (see history).
    verdict: ReportVerdict | None = None
    # Every verdict, oldest first; may end with `verdict` (renderers show the others as earlier).
    history: tuple[ReportVerdict, ...] = ()
    evidence: tuple[ReportEvidence, ...] = ()
    # Ids of the sources attached to the claim.
    source_ids: tuple[int, ...] = ()
    # The facts inside the claim, in text order.
    facts: tuple[ReportFact, ...] = ()


@dataclass(frozen=True)
class ReportData:
    article: ReportArticle
    # In article order: renderers keep the order they are given.
    claims: tuple[ReportClaim, ...]
    sources: tuple[ReportSource, ...]
    # When the report was made: passed in so the same data renders to the same bytes.
    generated_at: datetime
    scale: tuple[Rating, ...] = DEFAULT_SCALE
    # Where the report is published; ClaimReview URLs are this plus "#claim-<id>".
    url: str | None = None
    # Who publishes the report (the desk or organisation), for ClaimReview.
    publisher: str | None = None
