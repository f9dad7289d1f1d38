"""A checker's day on the command line: attach, fetch, verdict, history, status, report."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from paths import SEED_ARTICLE

from factcheck.cli import main


def run(db: str, *args: str):
    result = CliRunner().invoke(main, ["--db", db, *args])
    return result.exit_code, result.output


def first_claims(db: str, n: int = 3) -> list[dict]:
    _, out = run(db, "claims", "--format", "jsonl")
    return [json.loads(line) for line in out.splitlines()[:n]]


def test_sources_then_verdict_then_report(db_url, page_server, tmp_path: Path) -> None:
    assert run(db_url, "import", str(SEED_ARTICLE))[0] == 0
    claim = first_claims(db_url)[0]["id"]
    code, out = run(
        db_url, "attach", str(claim), page_server.url("/story/battery-plant"), "--stance", "refutes"
    )
    assert code == 0 and "added as source 1" in out
    code, out = run(db_url, "attach", str(claim), page_server.alt_url("/syndicated/battery-plant"))
    assert code == 0 and "a copy of source 1 (" in out
    assert "merged as copy 2; undo with 'factcheck merge split' if wrong" in out
    code, out = run(db_url, "attach", str(claim), "--note", "Called the press office on 3 March.")
    assert code == 0
    code, out = run(db_url, "sources", "--claim", str(claim))
    assert "2 independent" in out and "copy 2" in out
    code, out = run(db_url, "source", "1", "--no-text")
    assert "syndicated" in out or "merged" in out
    code, out = run(db_url, "verdict", str(claim), "refuted", "--rationale", "Wrong figure.")
    assert code != 0 and "needs a correction" in out
    code, out = run(
        db_url,
        "verdict",
        str(claim),
        "refuted",
        "--rationale",
        "Wrong figure.",
        "--correction",
        "Say $2.1 billion.",
        "--checker",
        "ana",
    )
    assert code == 0 and "refuted" in out
    code, out = run(db_url, "history", str(claim))
    assert "refuted" in out and "ana" in out and "Say $2.1 billion." in out
    code, out = run(db_url, "status")
    assert code == 0 and "1 of" in out and "refuted" in out
    target = tmp_path / "report.md"
    code, out = run(db_url, "report", "-o", str(target))
    assert code == 0 and "Say $2.1 billion." in target.read_text()


def test_batch_fetch_prints_a_summary(db_url, page_server, tmp_path: Path) -> None:
    run(db_url, "import", str(SEED_ARTICLE))
    claim = first_claims(db_url)[0]["id"]
    urls = tmp_path / "urls.txt"
    urls.write_text(
        "# sources for the Windsurf claim\n"
        f"{page_server.url('/story/battery-plant')}\n"
        f"{page_server.url('/story/water-use')}\n"
        f"{page_server.url('/status/404')}\n\n"
    )
    code, out = run(db_url, "fetch", str(urls), "--claim", str(claim))
    assert code == 0
    assert "3 URLs: 2 added" in out and "1 failed" in out and "404" in out


def test_verdict_on_a_missing_claim_and_unknown_rating(db_url) -> None:
    run(db_url, "import", str(SEED_ARTICLE))
    code, out = run(db_url, "verdict", "99999", "supported", "--rationale", "x")
    assert code != 0 and "no claim 99999" in out
    code, out = run(db_url, "verdict", "1", "true", "--rationale", "x")
    assert code != 0 and "valid ratings" in out


def test_merge_thresholds_on_the_command_line(db_url, page_server) -> None:
    run(db_url, "import", str(SEED_ARTICLE))
    claim = first_claims(db_url)[0]["id"]
    run(db_url, "attach", str(claim), page_server.url("/story/battery-plant"))
    code, out = run(
        db_url,
        "attach",
        str(claim),
        page_server.alt_url("/syndicated/battery-plant"),
        "--merge-at",
        "0.2",
        "--suggest-at",
        "0.5",
    )
    assert code != 0 and "above --merge-at" in out
    code, out = run(
        db_url,
        "attach",
        str(claim),
        page_server.alt_url("/syndicated/battery-plant"),
        "--merge-at",
        "0.999",
    )
    assert code == 0 and "may be a copy of source 1" in out
    assert "confirm or reject with 'factcheck merge'" in out


def test_report_lists_unchecked_claims_briefly_unless_asked(db_url, tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(
        "The ferry carried 412 passengers on its first day, the harbour office said on Monday.\n"
        "Tickets cost $18 each, according to the operator's published price list.\n",
        encoding="utf-8",
    )
    assert run(db_url, "import", str(path))[0] == 0
    claims = first_claims(db_url)
    assert claims, "the article has claims"
    _, brief = run(db_url, "report")
    _, full = run(db_url, "report", "--all-claims")
    for claim in claims:
        words = claim["text"].split()
        assert f"- claim {claim['id']}: {' '.join(words[:8])}" in brief
        assert f"### Claim {claim['id']}" not in brief and f"### Claim {claim['id']}" in full


def test_a_failed_fetch_names_its_url_once(db_url, page_server, tmp_path: Path) -> None:
    missing, refused = page_server.url("/status/404"), "ftp://example.org/file"
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{missing}\n{refused}\n", encoding="utf-8")
    code, out = run(db_url, "fetch", str(urls))
    assert code == 0, out
    failed = [line for line in out.splitlines() if line.strip().startswith("failed:")]
    assert len(failed) == 2
    for url, why in ((missing, "404"), (refused, "only http and https")):
        (line,) = [line for line in failed if url in line]
        assert line.count(url) == 1 and line.strip().startswith(f"failed: {url}: "), line
        assert why in line
