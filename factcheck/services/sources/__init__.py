"""Sources: attach, fetch in batches, archive, de-duplicate, and decide merges.

One page reached by many URLs is one source; a syndicated near-copy is stored (so its text is
archived and a wrong merge can be split) but points at the source it copies, and only the
original counts when sources are counted.  Every attach is one transaction, and a batch
commits per source, so a crash leaves whole sources only.

One module per job, and the names callers use are all here:

- ``attach``: one URL, file or note attached to a claim (``attach_source``);
- ``duplicates``: the de-duplication decision (``find_duplicate``, ``Tiers``) and merge records;
- ``batch``: many URLs fetched at once, stored pages refreshed (``fetch_urls``,
  ``refresh_sources``);
- ``views``: reading sources back (``claim_sources``, ``list_sources``, ``show_source``);
- ``records``: the rows a source is kept as, and the lookups the others share.

The names are loaded on first use, each from its module: listing sources (``views``) should
not pay for the fetcher, the batch machinery or the de-duplication.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factcheck.models import STANCES
    from factcheck.services.sources.attach import attach_source
    from factcheck.services.sources.batch import (
        BatchSummary,
        fetch_urls,
        read_url_list,
        refresh_sources,
    )
    from factcheck.services.sources.duplicates import CANDIDATES, Tiers, find_duplicate
    from factcheck.services.sources.records import AttachResult, link_claim
    from factcheck.services.sources.views import (
        ClaimSources,
        MergeView,
        SourceDetail,
        SourceView,
        claim_sources,
        claim_sources_in,
        is_pdf_source,
        list_sources,
        merge_view,
        show_source,
        show_source_in,
    )

_EXPORTS = {
    "STANCES": "factcheck.models",
    "attach_source": f"{__name__}.attach",
    **dict.fromkeys(
        ("BatchSummary", "fetch_urls", "read_url_list", "refresh_sources"), f"{__name__}.batch"
    ),
    **dict.fromkeys(("CANDIDATES", "Tiers", "find_duplicate"), f"{__name__}.duplicates"),
    **dict.fromkeys(("AttachResult", "link_claim"), f"{__name__}.records"),
    **dict.fromkeys(
        (
            "ClaimSources",
            "MergeView",
            "SourceDetail",
            "SourceView",
            "claim_sources",
            "claim_sources_in",
            "is_pdf_source",
            "list_sources",
            "merge_view",
            "show_source",
            "show_source_in",
        ),
        f"{__name__}.views",
    ),
}

__all__ = [
    "CANDIDATES",
    "STANCES",
    "AttachResult",
    "BatchSummary",
    "ClaimSources",
    "MergeView",
    "SourceDetail",
    "SourceView",
    "Tiers",
    "attach_source",
    "claim_sources",
    "claim_sources_in",
    "fetch_urls",
    "find_duplicate",
    "is_pdf_source",
    "link_claim",
    "list_sources",
    "merge_view",
    "read_url_list",
    "refresh_sources",
    "show_source",
    "show_source_in",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
