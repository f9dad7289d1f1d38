"""Commands for articles and claims: import, extract, list."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.table import Table
from rich.text import Text

from factcheck import services
from factcheck.cli.common import ARTICLE, Context, json_line, out, pass_context
from factcheck.extract import KINDS, ExtractedClaim
from factcheck.services.claims import ClaimImport, claims_file_form
from factcheck.text import counted

if TYPE_CHECKING:
    from factcheck.services.articles import ArticleImport


@click.command("import")
@click.argument("target")
@click.option("--article", "article_id", type=ARTICLE, help="Claims file: attach the claims here.")
@click.option(
    "--dry-run", is_flag=True, help="Claims file: report what would happen, store nothing."
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 100),
    help="Claims file: similarity (0-100) from which a row merges into a stored claim.",
)
@click.option(
    "--new-wording",
    is_flag=True,
    help="Claims file: new text for a checked claim becomes its next wording (old words and "
    "verdict kept, claim to be checked again) instead of refusing the file.",
)
@pass_context
def import_command(
    obj: Context,
    target: str,
    article_id: int | None,
    dry_run: bool,
    threshold: float | None,
    new_wording: bool,
) -> None:
    """Import an article (text, HTML, PDF or Word file, http(s) URL), a claims file (CSV,
    JSONL), or other desks' fact-checks (a ClaimReview JSON-LD feed)."""
    from factcheck.services.reviews import ReviewImport

    if claims_file_form(target, obj.access) in (None, "claimreview") and (
        article_id is not None or dry_run or threshold is not None or new_wording
    ):
        raise click.UsageError(
            "--article, --dry-run, --threshold and --new-wording are for claims files"
        )
    limit = threshold if threshold is not None else obj.settings.thresholds.claim_merge
    result = services.import_target(
        lambda: obj.new_or_stored,
        target,
        article_id=article_id,
        dry_run=dry_run,
        threshold=limit,
        store_url=obj.url,
        access=obj.access,
        new_wording=new_wording,
    )
    if isinstance(result, ClaimImport):
        _print_claims_import(result)
    elif isinstance(result, ReviewImport):
        checks = counted(result.reviews, "fact-check")
        click.echo(f"imported {checks} from {result.path}: {result.summary}")
    else:
        _print_article_import(result)


def _rating_shown(rating: str | None, earlier: str | None) -> str:
    """A claim's rating in a listing; one checked on earlier words says what it was found."""
    if rating is not None:
        return rating
    return f"unchecked (was {earlier})" if earlier else "unchecked"


def _print_article_import(result: ArticleImport) -> None:
    view = result.article
    if not result.created:
        click.echo(f"already imported as article {view.id} ({view.label}); nothing changed")
        return
    click.echo(f"imported article {view.id} ({view.label}): {counted(result.claims, 'claim')}")


def _print_claims_import(summary: ClaimImport) -> None:
    verb = "would import" if summary.dry_run else "imported"
    click.echo(
        f"{verb} {counted(summary.rows, 'row')} from {summary.path}: {summary.new} new, "
        f"{summary.merged} merged, {summary.unchanged} unchanged"
        + (f", {summary.updated} updated" if summary.updated else "")
    )
    if summary.new_wordings:
        count = len(summary.new_wordings)
        ids = ", ".join(map(str, summary.new_wordings[:20]))
        more = f" … (+{count - 20})" if count > 20 else ""
        click.echo(
            f"  {count} new wording{'s' if count != 1 else ''} of checked claims "
            f"({ids}{more}): old words and verdicts kept; check again"
        )
    for merge in summary.merges[:20]:
        into = f"claim {merge.claim}" if merge.claim is not None else "a new claim"
        made = f" (from line {merge.into_line})" if merge.into_line else ""
        click.echo(f"  line {merge.line}: merged into {into}{made} ({merge.similarity:.0f}%)")
    if summary.merged > 20:
        click.echo(f"  … and {summary.merged - 20} more merges")


@click.command("extract")
@click.argument("source", metavar="PATH|-", type=click.Path(allow_dash=True, dir_okay=True))
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@pass_context
def extract_command(obj: Context, source: str, fmt: str) -> None:
    """Show the claims an article file (or - for standard input) holds; stores nothing."""
    if source == "-":
        with click.open_file("-", "rb") as stdin:
            article = services.read_article_input(stdin, "<stdin>")
    else:
        # Read as `import` reads it (the desk's folders, the suffix): what is shown is stored.
        article = services.read_article_file(Path(source), obj.access)
    claims = services.preview_claims(article)
    if fmt == "jsonl":
        for claim in claims:
            click.echo(json_line(claim.to_dict()))
        return
    _print_extracted(claims)


@click.command("names")
@click.argument("article", metavar="ARTICLE|PATH")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@pass_context
def names_command(obj: Context, article: str, fmt: str) -> None:
    """Every person, organisation and title of a stored article (or an article file), each
    with every place it occurs; names spelled nearly alike are flagged with "!", a shorter
    form of a longer name with "?"."""
    from factcheck.services import facts

    if article.isdigit() and not Path(article).exists():
        names = facts.article_names(obj.reader, int(article))
    else:
        names = facts.names_in(services.read_article_file(Path(article), obj.access).text)
    if fmt == "jsonl":
        for name in names:
            click.echo(json_line(name.to_dict()))
        return
    for name in names:
        places = ", ".join(
            f"¶{m.paragraph}" + (f" claim {m.claim}" if m.claim is not None else "")
            for m in name.mentions
        )
        count = len(name.mentions)
        click.echo(f"{name.kind:<13} {name.name}  ({count} mention{'s' * (count != 1)}: {places})")
        for other, similarity in name.variants:
            click.echo(f"  ! spelled nearly alike: {other} ({similarity:.0f}% alike)")
        for longer in name.short_for:
            click.echo(f"  ? perhaps short for: {longer} (the same, or another?)")
    flagged = sum(1 for name in names if name.variants)
    shorter = sum(1 for name in names if name.short_for)
    click.echo(
        f"{len(names)} names, {flagged} with a spelling nearly alike another"
        + (f", {shorter} perhaps short for a longer one" if shorter else "")
    )


@click.command("claims")
@click.option("--article", "article_id", type=ARTICLE, help="Only this article's claims.")
@click.option("--kind", type=click.Choice(KINDS), help="Only claims of this kind.")
@click.option(
    "--search",
    metavar="QUERY",
    help="Only claims with these words, in any order, in their text, speaker, note or a "
    'wording merged into them; case and accents aside, a "quoted phrase" as written, '
    "each other word also the start of a longer one.",
)
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
    claims = services.list_claims(
        obj.reader, article_id=article_id, kind=kind, search=search, with_facts=fmt == "jsonl"
    )
    if fmt == "jsonl":
        for claim in claims:
            click.echo(json_line(claim.to_dict()))
        return
    if not claims and (article_id is not None or kind or search):
        click.echo("no claim matches " + _filters(article_id, kind, search))
        return
    if not claims:
        click.echo(f"no claims in {obj.shown_url}; add some with 'factcheck import ARTICLE'")
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
            _rating_shown(c.rating, c.earlier_rating),
            f"{c.score:.2f}",
            Text(c.speaker or ""),
            Text(c.text),
        )
    out.print(table)
    click.echo(counted(len(claims), "claim"))


def _filters(article_id: int | None, kind: str | None, search: str | None) -> str:
    given = [("--article", article_id), ("--kind", kind), ("--search", search)]
    return " ".join(f"{flag} {value!r}" for flag, value in given if value is not None)


@click.command("articles")
@pass_context
def articles_command(obj: Context) -> None:
    """List the imported articles."""
    articles = services.list_articles(obj.reader)
    if not articles:
        click.echo(f"no articles in {obj.shown_url}; add one with 'factcheck import ARTICLE'")
    for article in articles:
        click.echo(f"{article.id}\t{counted(article.claims, 'claim')}\t{article.label}")


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
    click.echo(counted(len(claims), "claim"))
