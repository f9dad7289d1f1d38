"""The workbench's messages: what background work found, and what changed in the store.

Workers answer with these (see ``work.py``); the node that started the work handles its
answer.  ``StoreChanged`` goes the other way, from the app to each open screen, when the change
stamp says someone (here or on another machine) wrote; ``StoreWritten`` bubbles up from a screen
that wrote, so the app looks at once instead of at the next tick.

Each message is a dataclass of what it carries (``Data`` makes every subclass one; Textual
initialises a message through ``__post_init__``), compared by identity like any message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, dataclass_transform

from textual.message import Message

if TYPE_CHECKING:
    from textual.strip import Strip

    from factcheck.errors import FactcheckError
    from factcheck.services.articles import ArticleProgress
    from factcheck.services.claims import ClaimMerge
    from factcheck.services.evidence import EvidenceView, PassageView
    from factcheck.services.facts import NameView
    from factcheck.services.merges import MergeCase
    from factcheck.services.reports import ReportPreview
    from factcheck.services.reviews import ReviewMatch
    from factcheck.services.sources import AttachResult, MergeView, SourceDetail
    from factcheck.services.verdicts import PriorCheck, VerdictView
    from factcheck.services.views import ArticleView, ClaimView, FactView
    from factcheck.services.workbench import (
        ArticleText,
        ClaimDetail,
        ClaimFilter,
        ClaimLine,
        Progress,
        Stamp,
    )
    from factcheck.tui.screens.importer import Imported
    from factcheck.tui.screens.source_text import Mark
    from factcheck.tui.workbench import Workbench


@dataclass_transform(eq_default=False)
class Data(Message):
    """A message whose fields are declared like a dataclass's."""

    def __init_subclass__(cls, **options: Any) -> None:
        super().__init_subclass__(**options)
        dataclass(eq=False)(cls)


# -- the app and the store --------------------------------------------------------------------


class StoreOpened(Data):
    bench: Workbench
    article: int | None  # the article to show first (None: every claim)
    stamp: Stamp | None = None
    """The store as it was opened: the baseline, so a write made in the first moment shows."""


class StampRead(Data):
    stamp: Stamp | None  # None: the store was busy; look again next tick


class ArticlesListed(Data):
    articles: list[ArticleView]


class StoreChanged(Data, bubble=False):
    """Sent by the app to each screen: the parts of the store (``Stamp`` fields) that changed."""

    what: set[str]


class StoreWritten(Data):
    """A screen wrote to the store: the app reads the change stamp now."""


class ArticleShown(Data):
    """The main screen now shows this article (None: every claim): the app remembers it."""

    article: int | None


class ListSorted(Data):
    """The checker sorted the claim list another way: the app remembers the order."""

    order: str


# -- the main screen --------------------------------------------------------------------------


@dataclass(frozen=True)
class Listing:
    where: ClaimFilter
    total: int
    offset: int
    rows: list[ClaimLine]
    cursor: int


class ListLoaded(Data):
    """The list's size and the page around the cursor; ``counts``: read the progress too;
    ``find``: the kept claim, not on the page read, to look for next (``KeptFound``)."""

    listing: Listing
    counts: bool
    find: int | None = None


class KeptFound(Data):
    """Where the kept claim is in the list ``where`` (None: not in it), found after the list
    was shown with the cursor at ``cursor``."""

    where: ClaimFilter
    claim: int
    cursor: int
    position: int | None


class ProgressCounted(Data):
    progress: Progress


class ClaimDetailLoaded(Data):
    detail: ClaimDetail


class SourceAttached(Data):
    """A source attached to ``claim`` (``result``), or refused (``error``); ``what`` names the
    URL, path or note for the notice."""

    claim: int
    what: str
    result: AttachResult | None = None
    error: FactcheckError | None = None


class PageLoaded(Data, bubble=False):
    """One page of the claim list, for the list generation that asked for it."""

    generation: int
    page: int
    rows: list[ClaimLine]


# -- other screens and dialogs ----------------------------------------------------------------


class ArticleTextLoaded(Data):
    text: ArticleText


class ReportBuilt(Data):
    preview: ReportPreview


class ReportPageLaidOut(Data):
    """A page of the report laid out ``width`` cells wide, ready to show."""

    page: int
    width: int
    lines: list[Strip]


class ReportSaved(Data):
    path: str


class SourceTextLaidOut(Data):
    """A source's whole text laid out ``width`` wide, with the passages marked in it and the
    line each mark starts on."""

    source: SourceDetail
    marks: list[Mark]
    lines: list[Strip]
    where: list[int]
    width: int


class MergesLoaded(Data):
    cases: list[MergeCase]


class MergeTextsLaidOut(Data):
    """The two texts of merge ``merge``, laid out ``width`` wide side by side."""

    merge: int
    width: int
    kept: list[Strip]
    other: list[Strip]


class MergeDecided(Data):
    merge: MergeView
    decision: str


class ArticlesProgressed(Data):
    """The article picker's lines: each article with how far its check is."""

    lines: list[ArticleProgress]


class NamesListed(Data):
    """The names view's list, with the article's text the mentions' contexts come from."""

    names: list[NameView]
    text: str


class PriorChecksFound(Data):
    """The prior checks of ``claim``, from ``threshold`` (0-100) alike, best match first."""

    claim: int
    found: list[PriorCheck | ReviewMatch]
    threshold: float


class PassagesFound(Data):
    """The evidence dialog's candidates: each source's best passages, and what is pinned."""

    found: dict[int, list[PassageView]]
    pinned: list[EvidenceView]
    keep: int | None  # the line to highlight again


class PinChanged(Data):
    done: str  # what the notice says
    keep: int


class VerdictSaved(Data):
    verdict: VerdictView


class ClaimDetailReloaded(Data):
    """A dialog's claim read again after a refused (stale) save."""

    detail: ClaimDetail


class ClaimReloaded(Data):
    claim: ClaimView


class ClaimSaved(Data):
    """An edit of claims was written: the claim to select afterwards."""

    claim: int


class ClaimsMerged(Data):
    merge: ClaimMerge


class ImportDone(Data):
    imported: Imported


class FactsListed(Data):
    """The facts checklist's items for one claim, as stored now."""

    facts: tuple[FactView, ...]


class FactMarked(Data):
    """A fact was ticked (or its note changed): the stored row as it is now."""

    fact: FactView
