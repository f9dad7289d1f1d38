"""The ``factcheck`` command: parse, call a service, print.  No logic lives here."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck import __version__, services
from factcheck.config import checker_name, database_url, thresholds
from factcheck.db import Store, current_revision, head_revision, open_store
from factcheck.errors import BadInput, FactcheckError
from factcheck.extract import KINDS, ExtractedClaim
from factcheck.intake.articles import read_bytes
from factcheck.intake.claimfile import claim_file_format
from factcheck.services import reports, verdicts
from factcheck.services.articles import is_url

out = Console(highlight=False, soft_wrap=False)


class Context:
    """The store is opened on first use, so commands that need none never create one."""

    def __init__(self, db: str | None) -> None:
        self._db = db
        self._store: Store | None = None

    @property
    def url(self) -> str:
        return database_url(self._db)

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = open_store(self.url)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


class FactcheckGroup(click.Group):
    """Turns every error a user can cause into one line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except FactcheckError as exc:
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            raise click.ClickException("interrupted; nothing was written") from None


pass_context = click.make_pass_decorator(Context)


@click.group(cls=FactcheckGroup, invoke_without_command=True)
@click.option("--db", metavar="URL", help="Database URL or SQLite file (default: ./claims.db).")
@click.version_option(__version__, prog_name="factcheck")
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """Check the facts of an article: extract its claims, attach sources, record verdicts."""
    ctx.obj = Context(db)
    ctx.call_on_close(ctx.obj.close)
    if ctx.invoked_subcommand is None:
        ctx.invoke(claims_command)


@main.command("import")
@click.argument("target")
@click.option("--article", "article_id", type=int, help="Claims file: attach the claims here.")
@click.option("--dry-run", is_flag=True, help="Claims file: report what would happen, store nothing.")
@click.option(
    "--threshold",
    type=click.FloatRange(0, 100),
    help="Claims file: similarity (0-100) from which a row merges into a stored claim.",
)
@pass_context
def import_command(
    obj: Context, target: str, article_id: int | None, dry_run: bool, threshold: float | None
) -> None:
    """Import an article (text or HTML file, http(s) URL) or a claims file (CSV, JSON Lines)."""
    if not is_url(target):
        path = Path(target)
        form = claim_file_format(path, read_bytes(path)[:4096])
        if form is not None:
            _import_claims(obj, path, form, article_id, dry_run, threshold)
            return
    if article_id is not None or dry_run or threshold is not None:
        raise click.UsageError("--article, --dry-run and --threshold are for claims files")
    article = services.load_article(target)
    result = services.import_article(obj.store, article)
    view = result.article
    if not result.created:
        click.echo(f"already imported as article {view.id} ({view.label}); nothing changed")
        return
    click.echo(f"imported article {view.id} ({view.label}): {result.claims} claims")


def _import_claims(
    obj: Context,
    path: Path,
    form: str,
    article_id: int | None,
    dry_run: bool,
    threshold: float | None,
) -> None:
    source = services.read_claims(path, form)
    limit = threshold if threshold is not None else thresholds().claim_merge
    summary = services.import_claims(
        obj.store, source, article_id=article_id, dry_run=dry_run, threshold=limit
    )
    verb = "would import" if dry_run else "imported"
    click.echo(
        f"{verb} {summary.rows} rows from {summary.path}: {summary.new} new, "
        f"{summary.merged} merged, {summary.unchanged} unchanged"
        + (f", {summary.updated} updated" if summary.updated else "")
    )
    for merge in summary.merges[:20]:
        click.echo(f"  line {merge.line}: merged into claim {merge.claim} ({merge.similarity:.0f}%)")
    if summary.merged > 20:
        click.echo(f"  … and {summary.merged - 20} more merges")


@main.command("extract")
@click.argument("source", type=click.File("rb"))
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
def extract_command(source, fmt: str) -> None:
    """Show the claims an article file (or - for standard input) holds; stores nothing."""
    name = "<stdin>" if source.name == "<stdin>" else source.name
    claims = services.preview_claims(source.read(), name)
    if fmt == "jsonl":
        for claim in claims:
            click.echo(json.dumps(claim.to_dict(), ensure_ascii=False))
        return
    _print_extracted(claims)


@main.command("claims")
@click.option("--article", "article_id", type=int, help="Only this article's claims.")
@click.option("--kind", type=click.Choice(KINDS), help="Only claims of this kind.")
@click.option("--search", help="Only claims whose text or speaker contains this.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@pass_context
def claims_command(
    obj: Context,
    article_id: int | None = None,
    kind: str | None = None,
    search: str | None = None,
    fmt: str = "table",
) -> None:
    """List the stored claims."""
    claims = services.list_claims(obj.store, article_id=article_id, kind=kind, search=search)
    if fmt == "jsonl":
        for claim in claims:
            click.echo(json.dumps(claim.to_dict(), ensure_ascii=False))
        return
    if not claims:
        click.echo(f"no claims in {obj.url}; add some with 'factcheck import ARTICLE'")
        return
    table = Table(box=None, pad_edge=False, expand=False)
    for name, justify in (("id", "right"), ("art", "right"), ("¶", "right"), ("kind", "left"),
                          ("rating", "left"), ("score", "right"), ("speaker", "left"),
                          ("claim", "left")):
        table.add_column(name, justify=justify, overflow="fold")
    for c in claims:
        table.add_row(
            str(c.id), str(c.article or ""), str(c.paragraph or ""), c.kind,
            c.rating or "unchecked", f"{c.score:.2f}", Text(c.speaker or ""), Text(c.text),
        )
    out.print(table)
    click.echo(f"{len(claims)} claims")


@main.command("articles")
@pass_context
def articles_command(obj: Context) -> None:
    """List the imported articles."""
    for article in services.list_articles(obj.store):
        click.echo(f"{article.id}\t{article.claims} claims\t{article.label}")


@main.command("verdict")
@click.argument("claim_id", metavar="CLAIM", type=int)
@click.argument("rating")
@click.option("--rationale", required=True, help="What the sources show.")
@click.option("--correction", help="How the claim should read (needed for refuted/misleading).")
@click.option("--evidence", "evidence_ids", type=int, multiple=True, metavar="ID",
              help="A pinned evidence passage the verdict rests on (repeatable).")
@click.option("--checker", help="Who decides (default: config, FACTCHECK_CHECKER, login).")
@click.option("--version", "seen_version", type=int,
              help="The claim version you decided on; refused if it changed since.")
@pass_context
def verdict_command(obj: Context, claim_id: int, rating: str, rationale: str,
                    correction: str | None, evidence_ids: tuple[int, ...],
                    checker: str | None, seen_version: int | None) -> None:
    """Record a verdict on a claim (verdicts are history: never overwritten)."""
    verdict = verdicts.record_verdict(
        obj.store, claim_id, rating, rationale=rationale, correction=correction,
        evidence=evidence_ids, checker=checker_name(checker), seen_version=seen_version,
    )
    click.echo(f"claim {claim_id}: {verdict.rating} (verdict {verdict.id} by {verdict.checker})")


@main.command("history")
@click.argument("claim_id", metavar="CLAIM", type=int)
@pass_context
def history_command(obj: Context, claim_id: int) -> None:
    """Every verdict a claim has had, oldest first."""
    rows = verdicts.history(obj.store, claim_id)
    if not rows:
        click.echo(f"claim {claim_id} is unchecked")
    for v in rows:
        click.echo(f"{v.created_at:%Y-%m-%d %H:%M}  {v.rating:<16} {v.checker}")
        click.echo(f"    rationale: {v.rationale}")
        if v.correction:
            click.echo(f"    correction: {v.correction}")
        if v.evidence:
            click.echo(f"    evidence: {', '.join(map(str, v.evidence))}")


@main.command("status")
@click.argument("article_id", metavar="[ARTICLE]", type=int, required=False)
@pass_context
def status_command(obj: Context, article_id: int | None) -> None:
    """Counts per rating, and what is still unchecked."""
    result = verdicts.status(obj.store, article_id)
    click.echo(f"{result.checked} of {result.total} claims checked")
    for rating, count in result.counts.items():
        click.echo(f"  {rating:<16} {count}")
    if result.unchecked:
        shown = ", ".join(map(str, result.unchecked[:30]))
        more = f" … (+{len(result.unchecked) - 30})" if len(result.unchecked) > 30 else ""
        click.echo(f"unchecked: {shown}{more}")


@main.command("similar")
@click.argument("claim_id", metavar="CLAIM", type=int)
@click.option("--threshold", type=click.FloatRange(0, 100), help="Similarity from 0 to 100.")
@pass_context
def similar_command(obj: Context, claim_id: int, threshold: float | None) -> None:
    """Claims of other articles already checked that say nearly the same."""
    limit = threshold if threshold is not None else thresholds().similar
    found = verdicts.similar(obj.store, claim_id, threshold=limit)
    if not found:
        click.echo(f"no checked claim elsewhere is {limit:.0f}% similar to claim {claim_id}")
    for prior in found:
        click.echo(
            f"{prior.similarity:5.1f}%  claim {prior.claim} (article {prior.article}): "
            f"{prior.verdict.rating} by {prior.verdict.checker}"
        )
        click.echo(f"        {prior.text}")
        click.echo(f"        rationale: {prior.verdict.rationale}")


@main.command("report")
@click.argument("article_id", metavar="[ARTICLE]", type=int, required=False)
@click.option("--format", "fmt", default="md", help=f"One of: {', '.join(reports.FORMATS)}.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (whole or not at all) instead of standard output.")
@pass_context
def report_command(obj: Context, article_id: int | None, fmt: str, output: Path | None) -> None:
    """The verdict report of an article: Markdown, JSON, ClaimReview or the annotated text."""
    if fmt not in reports.FORMATS:
        raise BadInput(f"unknown report format {fmt!r}; formats: {', '.join(reports.FORMATS)}")
    content = reports.render_report(reports.build_report(obj.store, article_id), fmt)
    if output is None:
        click.echo(content, nl=False)
    else:
        reports.write_atomically(output, content)
        click.echo(f"wrote {output}", err=True)


@main.group("db")
def db_group() -> None:
    """The store itself: schema revision, upgrade, backup."""


@db_group.command("current")
@pass_context
def db_current(obj: Context) -> None:
    """Print the store's schema revision and the code's."""
    store = open_store(obj.url, migrate=False)
    try:
        click.echo(f"store: {current_revision(store.engine) or 'empty'}  code: {head_revision()}")
    finally:
        store.close()


@db_group.command("upgrade")
@pass_context
def db_upgrade(obj: Context) -> None:
    """Bring the store's schema to this version of factcheck."""
    store = obj.store
    click.echo(f"{obj.url} is at revision {current_revision(store.engine)}")


def _print_extracted(claims: list[ExtractedClaim]) -> None:
    table = Table(box=None, pad_edge=False)
    for name in ("¶", "offsets", "kind", "score", "speaker", "claim"):
        table.add_column(name, overflow="fold")
    for c in claims:
        table.add_row(
            str(c.paragraph), f"{c.start}-{c.end}", c.kind, f"{c.score:.2f}",
            Text(c.speaker or ""), Text(c.text),
        )
    out.print(table)
    click.echo(f"{len(claims)} claims")
