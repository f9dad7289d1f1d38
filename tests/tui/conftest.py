"""Fixtures for the UI tests: a real store holding a small article about the battery plant.

The app runs headless against the store file; tests press keys, wait until every worker and
debounce timer is done (``harness.settle``), then read the store back through the services.
"""

from __future__ import annotations

import pytest

from factcheck import services
from factcheck.db import Store
from factcheck.intake.articles import ArticleInput


@pytest.fixture
def anyio_backend() -> str:
    """The app runs on asyncio (the tests use anyio's plugin, which comes with httpx)."""
    return "asyncio"


ARTICLE = "\n".join(
    [
        "Voltaria Energy will build a $2.1 billion battery factory outside Millbrook, the company"
        " announced Monday.",
        "The plant is expected to employ about 1,200 people when it reaches full production.",
        "“This is the largest single investment our county has ever seen,” said County"
        " Commissioner Dana Whitfield.",
        "The state has offered Voltaria $340 million in incentives [bold]according to[/bold]"
        " officials.",
    ]
)


@pytest.fixture
def article_id(store: Store) -> int:
    """A four-paragraph article about the battery plant of the page server's story."""
    found = services.import_article(
        store, ArticleInput(text=ARTICLE, origin="battery.txt", title="Battery plant for Millbrook")
    )
    return found.article.id


@pytest.fixture
def claim_ids(store: Store, article_id: int) -> list[int]:
    return [c.id for c in services.list_claims(store, article_id=article_id)]
