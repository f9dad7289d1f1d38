"""The ``factcheck`` command: parse, call a service, print.  No logic lives here."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from factcheck import __version__, services
from factcheck.config import checker_name, database_url, thresholds
from factcheck.db import Store, backup, current_revision, head_revision, open_store
from factcheck.errors import BadInput, FactcheckError
from factcheck.extract import KINDS, ExtractedClaim
from factcheck.intake.articles import read_bytes
from factcheck.intake.claimfile import claim_file_format
from factcheck.services import reports, scale, sources, verdicts
from factcheck.services.articles import is_url

# Piped output (a file, grep) gets wide lines rather than a table folded to 80 columns.
out = Console(highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else 200)


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
        from factcheck.tui import run  # late: subcommands should not pay for importing Textual

        run(ctx.obj.url)


@main.command("import")
@click.argument("target")
@click.option("--article", "article_id", type=int, help="Claims file: attach the claims here.")
@click.option(
    "--dry-run", is_flag=True, help="Claims file: report what would happen, store nothing."
)
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
        click.echo(
            f"  line {merge.line}: merged into claim {merge.claim} ({merge.similarity:.0f}%)"
        )
    if summary.merged > 20:
        click.echo(f"  … and {summary.merged - 20} more merges")


@main.command("extract")
@click.argument("source", metavar="PATH|-", type=click.Path(allow_dash=True, dir_okay=True))
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
def extract_command(source: str, fmt: str) -> None:
    """Show the claims an article file (or - for standard input) holds; stores nothing."""
    if source == "-":
        with click.open_file("-", "rb") as stdin:
            data, name = stdin.read(), "<stdin>"
    else:
        data, name = read_bytes(Path(source)), source
    claims = services.preview_claims(data, name)
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
    for name, justify in (
        ("id", "right"),
        ("art", "right"),
        ("¶", "right"),
        ("kind", "left"),
        ("rating", "left"),
        ("score", "right"),
        ("speaker", "left"),
        ("claim", "left"),
    ):
        table.add_column(name, justify=justify, overflow="fold")
    for c in claims:
        table.add_row(
            str(c.id),
            str(c.article or ""),
            str(c.paragraph or ""),
            c.kind,
            c.rating or "unchecked",
            f"{c.score:.2f}",
            Text(c.speaker or ""),
            Text(c.text),
        )
    out.print(table)
    click.echo(f"{len(claims)} claims")


@main.command("articles")
@pass_context
def articles_command(obj: Context) -> None:
    """List the imported articles."""
    for article in services.list_articles(obj.store):
        click.echo(f"{article.id}\t{article.claims} claims\t{article.label}")


@main.command("attach")
@click.argument("claim_id", metavar="CLAIM", type=int)
@click.argument("target", metavar="URL|PATH", required=False)
@click.option("--note", help="A source of your own: an interview, a call, a document you hold.")
@click.option("--stance", type=click.Choice(sources.STANCES), default="context")
@click.option("--checker", help="Who attaches (default: config, FACTCHECK_CHECKER, login).")
@pass_context
def attach_command(
    obj: Context,
    claim_id: int,
    target: str | None,
    note: str | None,
    stance: str,
    checker: str | None,
) -> None:
    """Attach a source to a claim: a web page, a local file, or your own note."""
    result = sources.attach_source(
        obj.store,
        claim_id,
        target,
        note=note,
        stance=stance,
        checker=checker_name(checker),
        tiers=_tiers(),
    )
    click.echo(f"claim {claim_id}: {result.message}")


def _tiers() -> sources.Tiers:
    limits = thresholds()
    return sources.Tiers(confirm=limits.source_confirm, suggest=limits.source_suggest)


@main.command("fetch")
@click.argument("url_file", metavar="URLS.txt", type=click.Path(path_type=Path))
@click.option("--claim", "claim_id", type=int, help="Attach every page to this claim.")
@click.option("--stance", type=click.Choice(sources.STANCES), default="context")
@click.option("--concurrency", type=click.IntRange(1, 64), default=16, show_default=True)
@click.option("--refresh", is_flag=True, help="Re-fetch known URLs (ETag / Last-Modified).")
@pass_context
def fetch_command(
    obj: Context, url_file: Path, claim_id: int | None, stance: str, concurrency: int, refresh: bool
) -> None:
    """Fetch many URLs at once (one a line), archive and de-duplicate them."""
    urls = sources.read_url_list(url_file)
    with Progress(
        TextColumn("fetching"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
        disable=not sys.stderr.isatty(),
    ) as bar:
        task = bar.add_task("fetch", total=len(urls))
        summary = sources.fetch_urls(
            obj.store,
            urls,
            claim_id=claim_id,
            stance=stance,
            checker=checker_name(None),
            concurrency=concurrency,
            tiers=_tiers(),
            refresh=refresh,
            on_progress=lambda _url, _outcome: bar.advance(task),
        )
    click.echo(
        f"{len(urls)} URLs: {len(summary.added)} added, {len(summary.merged)} merged, "
        f"{len(summary.suggested)} likely duplicates to confirm, {len(summary.known)} known, "
        f"{len(summary.failed)} failed"
    )
    for result in summary.merged + summary.suggested:
        click.echo(f"  {result.message}")
    for url, reason in summary.failed:
        click.echo(f"  failed: {reason if url in reason else f'{url}: {reason}'}")


@main.command("refresh")
@click.argument("source_ids", metavar="[SOURCE]...", type=int, nargs=-1)
@pass_context
def refresh_command(obj: Context, source_ids: tuple[int, ...]) -> None:
    """Re-fetch web sources (all, or those named); a changed page keeps its old text."""
    summary = sources.refresh_sources(obj.store, list(source_ids) or None)
    for result in summary.known:
        click.echo(result.message)
    for url, reason in summary.failed:
        click.echo(f"failed: {reason if url in reason else f'{url}: {reason}'}")


@main.command("sources")
@click.option("--claim", "claim_id", type=int, help="Only this claim's sources.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@pass_context
def sources_command(obj: Context, claim_id: int | None, fmt: str) -> None:
    """List sources; for a claim, with copies of one story counted once."""
    if claim_id is not None:
        found = sources.claim_sources(obj.store, claim_id)
        views = list(found.sources)
    else:
        found, views = None, sources.list_sources(obj.store)
    if fmt == "jsonl":
        for view in views:
            click.echo(json.dumps(view.to_dict(), ensure_ascii=False))
        return
    for v in views:
        flags = [f"copy of {v.copy_of}"] if v.copy_of else []
        flags += ["published after the article"] if v.after_article else []
        flags += [v.stance] if v.stance else []
        out.print(
            Text(
                f"{v.id:>5}  {v.kind:<4}  {v.label}" + (f"  [{', '.join(flags)}]" if flags else "")
            )
        )
        if v.url and v.url != v.label:
            out.print(Text(f"       {v.url}"))
        for copy_id, url in v.copies:
            out.print(Text(f"       copy {copy_id}: {url or ''}"))
    if found is not None:
        click.echo(f"{len(views)} sources, {found.independent} independent")
    else:
        click.echo(f"{len(views)} sources")


@main.command("source")
@click.argument("source_id", metavar="SOURCE", type=int)
@click.option("--text/--no-text", default=True, help="Show the archived text.")
@pass_context
def source_command(obj: Context, source_id: int, text: bool) -> None:
    """One source whole: metadata, every URL that led to it, merges, its text."""
    detail = sources.show_source(obj.store, source_id)
    v = detail.source
    for label, value in (
        ("source", v.id),
        ("title", v.title),
        ("site", v.site),
        ("author", detail.author),
        ("published", v.published),
        ("fetched", v.fetched_at),
        ("status", detail.http_status),
        ("type", detail.content_type),
        ("sha256", v.text_hash),
        ("copy of", v.copy_of),
    ):
        if value is not None:
            out.print(Text(f"{label:>9}: {value}"))
    for url, how in detail.urls:
        out.print(Text(f"      url: {url} ({how})"))
    for m in detail.merges:
        out.print(
            Text(
                f"    merge {m.id}: {m.status}, {m.rule}, {m.score:.0%} "
                f"(source {m.source} ← {m.other or m.url})"
            )
        )
        for passage in m.shared[:3]:
            out.print(Text(f"           shared: “{passage[:160]}”"))
    for fetched, digest in detail.versions:
        out.print(Text(f"  earlier: {fetched} {digest}"))
    if text:
        click.echo("")
        out.print(Text(detail.text))


@main.group("merge", invoke_without_command=True)
@click.pass_context
def merge_group(ctx: click.Context) -> None:
    """Likely duplicates to confirm or reject, and merges to split."""
    if ctx.invoked_subcommand is None:
        for m in sources.list_merges(ctx.find_object(Context).store):
            click.echo(
                f"{m.id:>5}  {m.status:<9} source {m.source} ← {m.other or m.url}  "
                f"{m.score:.0%}  {m.rule}"
            )


def _decide(decision: str):
    @pass_context
    def command(obj: Context, merge_id: int) -> None:
        merge = sources.decide_merge(obj.store, merge_id, decision)
        click.echo(f"merge {merge.id}: {merge.status}")

    return command


for _decision, _help in (
    ("confirm", "Confirm a likely duplicate: it becomes a copy."),
    ("reject", "Reject a likely duplicate: the two stay independent."),
    ("split", "Split a wrong merge: the copy becomes a source of its own."),
):
    merge_group.command(_decision, help=_help)(
        click.argument("merge_id", metavar="MERGE", type=int)(_decide(_decision))
    )


@main.command("passages")
@click.argument("claim_id", metavar="CLAIM", type=int)
@click.argument("source_id", metavar="SOURCE", type=int)
@click.option("--limit", type=click.IntRange(1, 50), default=5, show_default=True)
@pass_context
def passages_command(obj: Context, claim_id: int, source_id: int, limit: int) -> None:
    """The passages of a source that best support or contradict a claim."""
    found = sources.find_passages(obj.store, claim_id, source_id, limit)
    if not found:
        click.echo("no passage of the source bears on the claim")
    for p in found:
        mark = "!" if p.flagged else " "
        out.print(Text(f"{mark} {p.score:.2f}  {p.start}-{p.end}  “{p.text}”"))
        for line in (*p.number_checks, *(filter(None, [p.quote_check]))):
            out.print(Text(f"         {line}"))


@main.command("pin")
@click.argument("claim_id", metavar="CLAIM", type=int)
@click.argument("source_id", metavar="SOURCE", type=int)
@click.argument("start", type=int)
@click.argument("end", type=int)
@pass_context
def pin_command(obj: Context, claim_id: int, source_id: int, start: int, end: int) -> None:
    """Pin the passage START-END of a source as evidence for a claim."""
    evidence = sources.pin_evidence(
        obj.store, claim_id, source_id, start, end, checker=checker_name(None)
    )
    click.echo(f"evidence {evidence.id} pinned to claim {claim_id}")


@main.command("unpin")
@click.argument("evidence_id", metavar="EVIDENCE", type=int)
@pass_context
def unpin_command(obj: Context, evidence_id: int) -> None:
    """Unpin an evidence passage."""
    sources.unpin_evidence(obj.store, evidence_id)
    click.echo(f"evidence {evidence_id} unpinned")


@main.command("verdict")
@click.argument("claim_id", metavar="CLAIM", type=int)
@click.argument("rating")
@click.option("--rationale", required=True, help="What the sources show.")
@click.option("--correction", help="How the claim should read (needed for refuted/misleading).")
@click.option(
    "--evidence",
    "evidence_ids",
    type=int,
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
        checker=checker_name(checker),
        seen_version=seen_version,
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
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (whole or not at all) instead of standard output.",
)
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


@main.group("scale", invoke_without_command=True)
@click.pass_context
def scale_group(ctx: click.Context) -> None:
    """The verdict scale of this store (and how to use your desk's own)."""
    if ctx.invoked_subcommand is None:
        for rating in ctx.find_object(Context).store.scale():
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


@db_group.command("backup")
@click.argument("target", metavar="PATH", type=click.Path(dir_okay=False, path_type=Path))
@pass_context
def db_backup(obj: Context, target: Path) -> None:
    """A consistent copy of a SQLite store, safe while others are working in it."""
    backup(obj.store, target)
    click.echo(f"backed up {obj.url} to {target}")


def _print_extracted(claims: list[ExtractedClaim]) -> None:
    table = Table(box=None, pad_edge=False)
    for name in ("¶", "offsets", "kind", "score", "speaker", "claim"):
        table.add_column(name, overflow="fold")
    for c in claims:
        table.add_row(
            str(c.paragraph),
            f"{c.start}-{c.end}",
            c.kind,
            f"{c.score:.2f}",
            Text(c.speaker or ""),
            Text(c.text),
        )
    out.print(table)
    click.echo(f"{len(claims)} claims")
