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


def test_passages_and_the_json_report_give_the_same_checks(db_url, tmp_path: Path) -> None:
    """`passages` prints each check's line; the JSON report carries the same check as data
    (status, reason, values) with that very line, so scripts need not parse sentences."""
    article = tmp_path / "ferry.txt"
    article.write_text(
        "Island Ferries raised fares by 12% this year, the company said.\n\n"
        "“We cannot run the island route at a loss,” said Hana Roos, its director.\n"
    )
    source = tmp_path / "minutes.txt"
    source.write_text(
        "Minutes of the harbour board. Island Ferries raised fares by 9% this year. "
        "“We cannot run the island route at any loss,” said Piet Vos, the treasurer.\n"
    )
    assert run(db_url, "import", str(article))[0] == 0
    figure_claim, quote_claim = (c["id"] for c in first_claims(db_url, 2))
    assert run(db_url, "attach", str(figure_claim), str(source))[0] == 0
    lines = {}
    for kind, claim in (("number", figure_claim), ("quote", quote_claim)):
        code, out = run(db_url, "passages", str(claim), "1", "--limit", "1")
        assert code == 0, out
        first, *checks = out.splitlines()
        start, end = first.lstrip("! ").split()[1].split("-")
        lines[kind] = [line.strip()[2:] for line in checks]
        assert run(db_url, "pin", str(claim), "1", start, end)[0] == 0
    code, out = run(db_url, "report", "--format", "json")
    assert code == 0
    report = json.loads(out)
    assert report["version"] == 2
    pinned = {c["id"]: c["evidence"][0] for c in report["claims"] if c["evidence"]}
    evidence = {"number": pinned[figure_claim], "quote": pinned[quote_claim]}
    (figure,) = evidence["number"]["number_checks"]
    assert (figure["status"], figure["how"], figure["tone"]) == ("differs", "value", "differs")
    assert (figure["claim_value"], figure["source_value"], figure["unit"]) == (12, 9, "%")
    assert [figure["text"]] == lines["number"]
    quote = evidence["quote"]["quote_check"]
    assert quote["status"] == "near" and quote["attributed_to"] == "Piet Vos"
    assert {"kind": "changed", "quote": "a", "source": "any"} in quote["differences"]
    assert [quote["text"]] == lines["quote"]


def test_similar_marks_a_prior_check_of_the_opposite_movement(db_url, tmp_path: Path) -> None:
    rose, fell = tmp_path / "rose.txt", tmp_path / "fell.txt"
    rose.write_text("Bus ridership in Norhaven rose 3% in 2024, the transit agency said.\n")
    fell.write_text("Bus ridership in Norhaven fell 3% in 2024, the transit agency said.\n")
    same = tmp_path / "same.txt"
    same.write_text("Bus ridership in Norhaven rose 3 percent in 2024, the transit agency said.\n")
    for path in (rose, fell, same):
        assert run(db_url, "import", str(path))[0] == 0
    assert run(db_url, "verdict", "1", "supported", "--rationale", "Agency report.")[0] == 0
    code, out = run(db_url, "similar", "2")
    assert code == 0 and "claim 1 (article 1): supported" in out
    assert "different claim? it moves the other way: “fell” here, “rose” there" in out
    code, out = run(db_url, "similar", "3")
    assert code == 0 and "claim 1 (article 1): supported" in out
    assert "different claim?" not in out
