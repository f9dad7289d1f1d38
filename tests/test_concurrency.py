"""A desk on one store: concurrent processes lose nothing, killed processes leave no halves."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from paths import ROOT, SEED_ARTICLE
from sqlalchemy import func, select

from factcheck.db import open_store
from factcheck.errors import StoreError
from factcheck.intake.articles import read_article
from factcheck.models import Claim, Source, SourceSignature, SourceURL, Verdict
from factcheck.services import list_claims
from factcheck.services.articles import import_article
from factcheck.sources.dedupe import text_hash

WORKER = ROOT / "tests" / "loadworker.py"


def test_concurrent_checkers_lose_nothing(db_url, page_server, tmp_path: Path) -> None:
    store = open_store(db_url)
    import_article(store, read_article(SEED_ARTICLE))
    claims = [c.id for c in list_claims(store)][:6]  # few claims: every worker overlaps
    pages = tmp_path / "urls.txt"
    pages.write_text("\n".join(page_server.url(f"/generated/{n}") for n in range(6)))
    workers, verdicts = 4, 25
    files = []
    for w in range(workers):  # half the rows are in every worker's file, half only in its own
        rows = [
            {"id": f"shared-{k}", "text": f"Shared claim {k}: the levy raised £{k}m."}
            for k in range(10)
        ]
        rows += [
            {"id": f"own-{w}-{k}", "text": f"Worker {w} claim {k}: {k * 7} jobs went."}
            for k in range(10)
        ]
        files.append(tmp_path / f"claims-{w}.jsonl")
        files[-1].write_text("".join(json.dumps(r) + "\n" for r in rows))
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(WORKER),
                db_url,
                str(w),
                str(verdicts),
                ",".join(map(str, claims)),
                str(pages),
                str(files[w]),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(workers)
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        assert json.loads(out)["verdicts"] == verdicts
    with store.read() as session:
        per_checker = dict(
            session.execute(select(Verdict.checker, func.count()).group_by(Verdict.checker)).all()
        )
        assert per_checker == {f"worker-{w}": verdicts for w in range(workers)}
        versions = session.scalars(select(Claim.version).where(Claim.id.in_(claims))).all()
        assert sum(v - 1 for v in versions) == workers * verdicts  # every verdict bumped once
        sources = session.scalars(select(Source)).all()
        assert len({s.text_hash for s in sources}) == len(sources)  # no page stored twice
        urls = session.scalars(select(SourceURL.canonical_url)).all()
        assert len(urls) == len(set(urls)) and len(urls) >= 6
        ids = session.scalars(select(Claim.external_id).where(Claim.external_id.is_not(None)))
        assert sorted(ids) == sorted(
            [f"shared-{k}" for k in range(10)]
            + [f"own-{w}-{k}" for w in range(workers) for k in range(10)]
        )
    store.close()


def sqlite_store(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'desk.db'}"


def test_a_killed_import_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    url = sqlite_store(tmp_path)
    store = open_store(url)
    import_article(store, read_article(SEED_ARTICLE))
    with store.read() as session:
        before = session.scalar(select(func.count()).select_from(Claim))
    store.close()
    rows = tmp_path / "claims.jsonl"
    with rows.open("w") as out:
        for i in range(30_000):
            out.write(
                json.dumps({"id": f"r{i}", "text": f"Row {i} says the tower is {i} m tall."}) + "\n"
            )
    wal = tmp_path / "desk.db-wal"
    start_size = wal.stat().st_size if wal.exists() else 0
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "--db", url, "import", str(rows)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    # Kill it while it is writing: its transaction has started filling the write-ahead log.
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > start_size + 256_000:
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the import finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    store = open_store(url)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Claim)) == before
    store.close()


def test_a_killed_batch_fetch_keeps_whole_sources_only(tmp_path: Path, page_server) -> None:
    url = sqlite_store(tmp_path)
    open_store(url).close()
    pages = tmp_path / "urls.txt"
    pages.write_text("\n".join(page_server.url(f"/generated/{n}") for n in range(100, 400)))
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "--db", url, "fetch", str(pages), "--concurrency", "8"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    store = open_store(url)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None and stored < 20:
        with store.read() as session:
            stored = session.scalar(select(func.count()).select_from(Source))
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with store.read() as session:
        sources = session.scalars(select(Source)).all()
        assert 20 <= len(sources) < 300
        for source in sources:
            assert source.text_hash == text_hash(source.text)
            assert session.scalar(select(func.count()).where(SourceURL.source_id == source.id))
            assert session.scalar(
                select(func.count()).where(SourceSignature.source_id == source.id)
            )
    store.close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_server_that_is_down_is_one_clear_line() -> None:
    with pytest.raises(StoreError) as failure:
        open_store(f"postgresql+psycopg://nobody@127.0.0.1:{closed_port()}/factcheck")
    message = str(failure.value)
    assert "cannot open the store" in message and "\n" not in message


@pytest.mark.skipif(
    not os.environ.get("FACTCHECK_TEST_PG"), reason="needs the PostgreSQL run (FACTCHECK_TEST_PG)"
)
def test_a_wrong_password_is_one_clear_line() -> None:
    from sqlalchemy.engine import make_url

    server = make_url(os.environ["FACTCHECK_TEST_PG"])
    if not server.password:
        pytest.skip("the test server takes no password")
    with pytest.raises(StoreError) as failure:
        open_store(server.set(password="wrong").render_as_string(hide_password=False))
    message = str(failure.value)
    assert "password" in message and "wrong" not in message and "\n" not in message
