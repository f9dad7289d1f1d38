"""Commands for verdicts: verdict, fact, history, status, similar, scale.

Each only reads the store or adds a row to it, and a checker runs them all day: the fuzzy
matcher ``similar`` ranks with is loaded in that command, the report layer lives with
``report`` in ``cli/reports.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from factcheck.cli.common import ARTICLE, CLAIM, EVIDENCE, Context, pass_context
from factcheck.services import facts, scale, verdicts
from factcheck.services.claims import get_claim, wordings

if TYPE_CHECKING:
    from factcheck.meaning import Difference


@click.command("verdict")
@click.argument("claim_id", metavar="CLAIM", type=CLAIM)
@click.argument("rating")
@click.option("--rationale", required=True, help="What the sources show.")
@click.option("--correction", help="How the claim should read (needed for refuted/misleading).")
@click.option(
    "--evidence",
    "evidence_ids",
    type=EVIDENCE,
    multiple=True,
    metavar="ID",
    help="A pinned evidence passage the verdict rests on (repeatable).",
)
@click.option("--checker", help="Who decides (default: config, FACTCHECK_CHECKER, login).")
@click.option(
    "--version",
    "seen_version",
    type=int,
    help="The claim version you decided on; refused if it changed since.",
)
@pass_context
def verdict_command(
    obj: Context,
    claim_id: int,
    rating: str,
    rationale: str,
    correction: str | None,
    evidence_ids: tuple[int, ...],
    checker: str | None,
    seen_version: int | None,
) -> None:
    """Record a verdict on a claim (verdicts are history: never overwritten)."""
    verdict = verdicts.record_verdict(
        obj.store,
        claim_id,
        rating,
        rationale=rationale,
        correction=correction,
        evidence=evidence_ids,
        checker=obj.checker(checker),
        seen_version=seen_version,
    )
    click.echo(f"claim {claim_id}: {verdict.rating} (verdict {verdict.id} by {verdict.checker})")


@click.command("fact")
@click.argument("claim_id", metavar="CLAIM", type=int)
@click.argument("position", metavar="N", type=click.IntRange(min=1))
@click.argument("state", type=click.Choice(facts.FACT_STATES))
@click.option("--note", help="What you found, or where (kept with the fact).")
@click.option("--checker", help="Who checked (default: config, FACTCHECK_CHECKER, login).")
@pass_context
def fact_command(
    obj: Context, claim_id: int, position: int, state: str, note: str | None, checker: str | None
) -> None:
    """Tick fact N of a claim (as numbered in 'claims --format jsonl'): checked, wrong or
    unverified."""
    fact = facts.mark_fact(
        obj.store, claim_id, position, state, note=note, checker=obj.checker(checker)
    )
    click.echo(f"claim {claim_id} fact {position} ({fact.kind} “{fact.text}”): {state}")


@click.command("history")
@click.argument("claim_id", metavar="CLAIM", type=CLAIM)
@pass_context
def history_command(obj: Context, claim_id: int) -> None:
    """Every verdict a claim has had, oldest first, and the claim's version now (what
    ``verdict --version`` takes, to be refused if someone changes the claim meanwhile)."""
    rows = verdicts.history(obj.reader, claim_id)
    worded = wordings(obj.reader, claim_id)
    if len(worded) > 1:
        for w in worded:
            now = " (now)" if w.current else ""
            click.echo(f"wording {w.number}{now}: {w.text}")
            if w.replaced_at is not None:
                click.echo(f"    replaced {w.replaced_at:%Y-%m-%d %H:%M} from {w.replaced_by}")
    current = worded[-1].number
    if not any(v.wording == current for v in rows):
        again = " again: its verdicts were given on earlier wording" if rows else ""
        click.echo(f"claim {claim_id} is unchecked{again}")
    for v in rows:
        on = f"  (on wording {v.wording})" if len(worded) > 1 else ""
        click.echo(f"{v.created_at:%Y-%m-%d %H:%M}  {v.rating:<16} {v.checker}{on}")
        click.echo(f"    rationale: {v.rationale}")
        if v.correction:
            click.echo(f"    correction: {v.correction}")
        if v.evidence:
            click.echo(f"    evidence: {', '.join(map(str, v.evidence))}")
    version = get_claim(obj.reader, claim_id).version
    click.echo(f"claim {claim_id} is at version {version} (verdict --version {version})")


@click.command("status")
@click.argument("article_id", metavar="[ARTICLE]", type=ARTICLE, required=False)
@pass_context
def status_command(obj: Context, article_id: int | None) -> None:
    """Counts per rating, and what is still unchecked."""
    result = verdicts.status(obj.reader, article_id)
    click.echo(f"{result.checked} of {result.total} claims checked")
    click.echo(facts.fact_progress(obj.reader, article_id).summary)
    for rating, count in result.counts.items():
        click.echo(f"  {rating:<16} {count}")
    if result.unchecked:
        shown = ", ".join(map(str, result.unchecked[:30]))
        more = f" … (+{len(result.unchecked) - 30})" if len(result.unchecked) > 30 else ""
        click.echo(f"unchecked: {shown}{more}")


@click.command("similar")
@click.argument("claim_id", metavar="CLAIM", type=CLAIM)
@click.option("--threshold", type=click.FloatRange(0, 100), help="Similarity from 0 to 100.")
@pass_context
def similar_command(obj: Context, claim_id: int, threshold: float | None) -> None:
    """Claims already checked that say nearly the same: this desk's, and other desks'
    fact-checks imported from ClaimReview feeds."""
    from factcheck.services import reviews

    limit = threshold if threshold is not None else obj.settings.thresholds.similar
    ranked = reviews.prior_checks(obj.reader, claim_id, threshold=limit)
    if not ranked:
        click.echo(f"no checked claim elsewhere is {limit:.0f}% similar to claim {claim_id}")
    for match in ranked:
        if isinstance(match, reviews.ReviewMatch):
            when = f", {match.published}" if match.published else ""
            click.echo(
                f"{match.similarity:5.1f}%  {match.publisher or 'another desk'}{when}: "
                f"“{match.rating}” (as they rate it)"
            )
            click.echo(f"        {match.claim}")
            click.echo(f"        {match.url}")
            _echo_difference(match.difference)
            continue
        click.echo(
            f"{match.similarity:5.1f}%  claim {match.claim} (article {match.article}): "
            f"{match.verdict.rating} by {match.verdict.checker}"
        )
        click.echo(f"        {match.text}")
        click.echo(f"        rationale: {match.verdict.rationale}")
        _echo_difference(match.difference)


def _echo_difference(difference: Difference | None) -> None:
    """Mark a prior check whose claim may be another fact, with the words that say so."""
    if difference is None:
        return
    from factcheck.checks import describe_difference

    click.echo(f"        {describe_difference(difference.kind, difference.old, difference.new)}")


@click.group("scale", invoke_without_command=True)
@click.pass_context
def scale_group(ctx: click.Context) -> None:
    """The verdict scale of this store (and how to use your desk's own)."""
    if ctx.invoked_subcommand is None:
        for rating in ctx.find_object(Context).reader.scale():
            value = rating.review_value if rating.review_value is not None else "-"
            fix = "  needs a correction" if rating.needs_correction else ""
            click.echo(f"{rating.name:<18} {value}  {rating.meaning}{fix}")


@scale_group.command("load")
@click.argument("path", type=click.Path(path_type=Path))
@pass_context
def scale_load(obj: Context, path: Path) -> None:
    """Replace the scale with the [[rating]] tables of a TOML file."""
    ratings = scale.read_scale(path)
    scale.replace_scale(obj.store, ratings)
    click.echo(f"the scale now has {len(ratings)} ratings: {', '.join(r.name for r in ratings)}")
