"""Command palette entries for articles: open one by typing part of its title.

Titles come from imported pages, and the stock palette reads command names as markup, so
articles have their own provider that shows each title as plain text.
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from factcheck.tui.safe import one_line, shown


class ArticleCommands(Provider):
    """``Open article N: title`` for every article, and ``Show all claims``."""

    def _entries(self):
        app = self.app
        main = getattr(app, "main", None)
        if main is None or self.screen is not main:
            return
        for article in getattr(app, "articles", []):
            name = f"Open article {article.id}: {one_line(article.label, 60)}"
            yield name, f"{article.claims} claims", partial(main.open_article, article.id)
        yield (
            "Show the claims of every article",
            "All claims in the store, article by article",
            partial(main.open_article, None),
        )

    async def discover(self) -> Hits:
        for name, help_text, callback in self._entries():
            yield DiscoveryHit(shown(name), callback, text=name, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._entries():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, shown(name), callback, text=name, help=help_text)
