"""A big store filled fast: claims, sources, links and verdicts as plain rows, by Core inserts.

For the UI test of a 10,000-claim report and for ``bench/bench_tui.py`` (100,000 claims):
going through the services would take minutes, and these tests are about reading a big store,
not about filling one.  The text is random words of the battery-plant story, the same for a seed.
"""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert

_VOCABULARY = (
    "Voltaria battery plant county million billion jobs tax credit mayor council said according "
    "to filing percent workers water road site report state official company announced Monday "
    "revenue growth budget school bridge hospital opened closed record year since the a of in"
)
WORDS = tuple(_VOCABULARY.split())
RATINGS = ("supported", "mostly-supported", "misleading", "refuted", "unverifiable", "opinion")
ARTICLES = 200
BATCH = 10_000


def build(
    path: Path,
    claims: int,
    sources: int,
    seed: int = 7,
    articles: int = ARTICLES,
    checked: float = 1 / 3,
    passages: int = 0,
    url: str | None = None,
) -> None:
    """Fill a fresh store fast: executemany inserts of plain rows, in a few transactions.

    ``checked``: the share of claims with a verdict; ``passages``: the evidence passages
    pinned to each checked claim, from its own sources; ``url``: an empty database to fill
    instead of the SQLite file ``path``."""
    from factcheck.db import open_store
    from factcheck.models import Article, Claim, ClaimSource, Evidence, Source, Verdict
    from factcheck.services.search import index_claims

    rng = random.Random(seed)
    store = open_store(url or f"sqlite:///{path}")
    now = datetime(2026, 3, 1, 9, 0)

    def sentence(n: int) -> str:
        words = " ".join(rng.choice(WORDS) for _ in range(n))
        return f"{words[:1].upper()}{words[1:]} {rng.randint(2, 2000)}."

    per_article = max(1, claims // articles)
    with store.transaction() as session:
        claim_id = 0
        for article_id in range(1, articles + 1):
            texts = [sentence(rng.randint(10, 22)) for _ in range(per_article)]
            body = " ".join(texts)
            session.execute(
                insert(Article),
                [
                    {
                        "id": article_id,
                        "title": f"Synthetic story {article_id}",
                        "text": body,
                        "text_hash": f"{article_id:064x}",
                        "origin": "bench",
                        "imported_at": now,
                    }
                ],
            )
            rows, at = [], 0
            for text in texts:
                claim_id += 1
                rows.append(
                    {
                        "id": claim_id,
                        "article_id": article_id,
                        "text": text,
                        "start": at,
                        "end": at + len(text),
                        "paragraph": 1,
                        "kind": rng.choice(("number", "quote", "statement", "date", "role")),
                        "score": round(rng.random(), 3),
                        "reasons": "[]",
                        "origin": "extracted",
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                at += len(text) + 1
            session.execute(insert(Claim), rows)
        index_claims(session, None)  # Core inserts pass the ORM: their words are indexed here
    total = claim_id
    with store.transaction() as session:
        for first in range(1, sources + 1, BATCH):
            session.execute(
                insert(Source),
                [
                    {
                        "id": i,
                        "kind": "web",
                        "canonical_url": f"https://news.example/{i}",
                        "title": f"Source {i}",
                        "site": "news.example",
                        "published": "2026-02-01",
                        "text": " ".join(sentence(20) for _ in range(6)),
                        "text_hash": f"{i:064x}",
                        "fetched_at": now,
                        "http_status": 200,
                        "created_at": now,
                    }
                    for i in range(first, min(first + BATCH, sources + 1))
                ],
            )
        links = [
            {
                "claim_id": rng.randint(1, total),
                "source_id": s,
                "stance": "context",
                "attached_at": now,
            }
            for s in range(1, sources + 1)
            for _ in range(2)
        ]
        unique = list({(r["claim_id"], r["source_id"]): r for r in links}.values())
        for first in range(0, len(unique), BATCH):
            session.execute(insert(ClaimSource), unique[first : first + BATCH])
        verdicts = [
            {
                "claim_id": c,
                "rating": rng.choice(RATINGS),
                "rationale": "bench",
                "correction": "fixed",
                "checker": "bench",
                "claim_version": 1,
                "created_at": now,
            }
            for c in rng.sample(range(1, total + 1), int(total * checked))
        ]
        for first in range(0, len(verdicts), BATCH):
            session.execute(insert(Verdict), verdicts[first : first + BATCH])
        evidence = [
            {
                "claim_id": v["claim_id"],
                "source_id": rng.randint(1, sources),
                "start": 0,
                "end": 120,
                "text": sentence(20),
                "score": round(rng.random(), 2),
                "checks": "{}",
                "pinned": True,
                "pinned_by": "bench",
                "pinned_at": now,
            }
            for v in verdicts
            for _ in range(passages)
        ]
        for first in range(0, len(evidence), BATCH):
            session.execute(insert(Evidence), evidence[first : first + BATCH])
    if store.engine.dialect.name == "postgresql":
        with store.engine.connect() as conn:  # as autovacuum would, some time after
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
    store.close()
