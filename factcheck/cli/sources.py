"""Commands for sources and evidence: attach, fetch, refresh, list, merge, passages, pin."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from factcheck.checks import describe_number, describe_quote, tone_of_number, tone_of_quote
from factcheck.cli.common import (
    CLAIM,
    EVIDENCE,
    MERGE,
    SOURCE,
    Context,
    json_line,
    out,
    pass_context,
    unguarded,
)
from factcheck.errors import BadInput, naming
from factcheck.services import sources


def merge_thresholds(command):
    """The two similarity tiers of near-copy merging, as options of attach and fetch."""
    command = click.option(
        "--suggest-at",
        type=click.FloatRange(0, 1),
        help="Similarity (0-1) from which a near-copy is offered as a likely duplicate (0.75).",
    )(command)
    return click.option(
        "--merge-at",
        type=click.FloatRange(0, 1),
        help="Similarity (0-1) from which a near-copy merges by itself (default 0.90).",
    )(command)


@click.command("attach")
@click.argument("claim_id", metavar="CLAIM", type=CLAIM)
@click.argument("target", metavar="URL|PATH", required=False)
@click.option("--note", help="A source of your own: an interview, a call, a document you hold.")
@click.option("--stance", type=click.Choice(sources.STANCES), default="context")
@click.option("--checker", help="Who attaches (default: config, FACTCHECK_CHECKER, login).")
@merge_thresholds
@pass_context
def attach_command(
    obj: Context,
    claim_id: int,
    target: str | None,
    note: str | None,
    stance: str,
    checker: str | None,
    merge_at: float | None,
    suggest_at: float | None,
) -> None:
    """Attach a source to a claim: a web page, a local file, or your own note."""
    if (target is None) == (note is None):
        raise click.UsageError("give a URL or a file path, or a --note, to attach")
    result = sources.attach_source(
        obj.store,
        claim_id,
        target,
        note=note,
        stance=stance,
        checker=obj.checker(checker),
        tiers=_tiers(obj, merge_at, suggest_at),
        access=obj.access,
    )
    click.echo(f"claim {claim_id}: {describe_attach(result)}")


def describe_attach(result: sources.AttachResult) -> str:
    """What an attach, a fetch or a refresh did, in the command line's words (with the
    command that undoes or settles a merge)."""
    similar = f"{result.similarity or 0:.0%} alike, {result.rule}"
    match result.outcome:
        case "known":
            via = f" ({result.known_by})" if result.known_by else ""
            return f"already stored as source {result.source}{via}"
        case "merged" if result.kind_of_merge == "same text":
            return (
                f"same text as source {result.merged_into}: merged as copy {result.copy}; "
                "undo with 'factcheck merge split' if wrong"
            )
        case "suggested" if result.short_text:
            return (
                f"added as source {result.source}; the same short text as source "
                f"{result.merged_into} (a paywall, consent or error page rather than the "
                "article?): confirm or reject with 'factcheck merge'"
            )
        case "merged":
            return (
                f"a copy of source {result.merged_into} ({similar}): merged as copy "
                f"{result.copy}; undo with 'factcheck merge split' if wrong"
            )
        case "suggested":
            return (
                f"added as source {result.source}; it may be a copy of source "
                f"{result.merged_into} ({similar}): confirm or reject with 'factcheck merge'"
            )
        case "unchanged":
            why = "not modified" if result.not_modified else "text unchanged"
            return f"source {result.source}: {why}"
        case "updated":
            return f"source {result.source}: the page changed; old text kept"
    login = "; the user name and password in its URL were used to fetch it, not stored"
    return f"added as source {result.source}" + (login if result.login_dropped else "")


def _tiers(obj: Context, merge_at: float | None, suggest_at: float | None) -> sources.Tiers:
    """Flags first, then the settings (the config file's [thresholds], then the defaults)."""
    tiers = sources.Tiers.of(obj.settings.thresholds)
    confirm = merge_at if merge_at is not None else tiers.confirm
    suggest = suggest_at if suggest_at is not None else tiers.suggest
    if suggest > confirm:
        raise BadInput(f"--suggest-at {suggest} is above --merge-at {confirm}")
    return sources.Tiers(confirm=confirm, suggest=suggest)


@click.command("fetch")
@click.argument("url_file", metavar="URLS.txt", type=click.Path(path_type=Path))
@click.option("--claim", "claim_id", type=CLAIM, help="Attach every page to this claim.")
@click.option("--stance", type=click.Choice(sources.STANCES), default="context")
@click.option("--concurrency", type=click.IntRange(1, 64), default=16, show_default=True)
@click.option("--refresh", is_flag=True, help="Re-fetch known URLs (ETag / Last-Modified).")
@merge_thresholds
@pass_context
def fetch_command(
    obj: Context,
    url_file: Path,
    claim_id: int | None,
    stance: str,
    concurrency: int,
    refresh: bool,
    merge_at: float | None,
    suggest_at: float | None,
) -> None:
    """Fetch many URLs at once (one a line), archive and de-duplicate them."""
    urls = sources.read_url_list(url_file, obj.access)
    with Progress(
        TextColumn("fetching"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(file=unguarded(sys.stderr)),
        transient=True,
        disable=not sys.stderr.isatty(),
    ) as bar:
        task = bar.add_task("fetch", total=len(urls))
        summary = sources.fetch_urls(
            obj.new_or_stored,
            urls,
            claim_id=claim_id,
            stance=stance,
            checker=obj.checker(),
            concurrency=concurrency,
            tiers=_tiers(obj, merge_at, suggest_at),
            refresh=refresh,
            on_progress=lambda _url, _outcome: bar.advance(task),
            access=obj.access,
        )
    click.echo(
        f"{len(urls)} URLs: {len(summary.added)} added, {len(summary.merged)} merged, "
        f"{len(summary.suggested)} likely duplicates to confirm, {len(summary.known)} known, "
        f"{len(summary.failed)} failed"
    )
    for result in summary.merged + summary.suggested:
        click.echo(f"  {describe_attach(result)}")
    for url, error in summary.failed:
        click.echo(f"  failed: {naming(error, url)}")


@click.command("refresh")
@click.argument("source_ids", metavar="[SOURCE]...", type=SOURCE, nargs=-1)
@pass_context
def refresh_command(obj: Context, source_ids: tuple[int, ...]) -> None:
    """Re-fetch web sources (all, or those named); a changed page keeps its old text."""
    summary = sources.refresh_sources(obj.store, list(source_ids) or None, access=obj.access)
    for result in summary.known:
        click.echo(describe_attach(result))
    for url, error in summary.failed:
        click.echo(f"failed: {naming(error, url)}")


@click.command("sources")
@click.option("--claim", "claim_id", type=CLAIM, help="Only this claim's sources.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
@pass_context
def sources_command(obj: Context, claim_id: int | None, fmt: str) -> None:
    """List sources; for a claim, with copies of one story counted once."""
    if claim_id is not None:
        found = sources.claim_sources(obj.reader, claim_id)
        views = list(found.sources)
    else:
        found, views = None, sources.list_sources(obj.reader)
    if fmt == "jsonl":
        for view in views:
            click.echo(json_line(view.to_dict()))
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


@click.command("source")
@click.argument("source_id", metavar="SOURCE", type=SOURCE)
@click.option("--text/--no-text", default=True, help="Show the archived text.")
@pass_context
def source_command(obj: Context, source_id: int, text: bool) -> None:
    """One source whole: metadata, every URL that led to it, merges, its text."""
    detail = sources.show_source(obj.reader, source_id)
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
        ("pages", detail.pages),
        ("sha256", v.text_hash),
        ("body", detail.raw_sha256 and f"sha256 {detail.raw_sha256} (archived as received)"),
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


@click.group("merge", invoke_without_command=True)
@click.pass_context
def merge_group(ctx: click.Context) -> None:
    """Likely duplicates to confirm or reject, and merges to split."""
    from factcheck.services import merges

    if ctx.invoked_subcommand is None:
        for m in merges.list_merges(ctx.find_object(Context).reader):
            click.echo(
                f"{m.id:>5}  {m.status:<9} source {m.source} ← {m.other or m.url}  "
                f"{m.score:.0%}  {m.rule}"
            )


def _decide(decision: str):
    @pass_context
    def command(obj: Context, merge_id: int) -> None:
        from factcheck.services import merges

        merge = merges.decide_merge(obj.store, merge_id, decision)
        click.echo(f"merge {merge.id}: {merge.status}")

    return command


for _decision, _help in (
    ("confirm", "Confirm a likely duplicate: it becomes a copy."),
    ("reject", "Reject a likely duplicate: the two stay independent."),
    ("split", "Split a wrong merge: the copy becomes a source of its own."),
):
    merge_group.command(_decision, help=_help)(
        click.argument("merge_id", metavar="MERGE", type=MERGE)(_decide(_decision))
    )


MARKS = {"agrees": "✓", "differs": "✗", "near": "≈", "missing": "·"}


@click.command("passages")
@click.argument("claim_id", metavar="CLAIM", type=CLAIM)
@click.argument("source_id", metavar="SOURCE", type=SOURCE)
@click.option("--limit", type=click.IntRange(1, 50), default=5, show_default=True)
@pass_context
def passages_command(obj: Context, claim_id: int, source_id: int, limit: int) -> None:
    """The passages of a source that best support or contradict a claim."""
    from factcheck.services import evidence as evidence_service

    found = evidence_service.find_passages(obj.reader, claim_id, source_id, limit)
    if not found:
        click.echo("no passage of the source bears on the claim")
    for p in found:
        mark = "!" if p.flagged else " "
        where = f"{p.start}-{p.end}" + (f" {p.page}" if p.page else "")
        out.print(Text(f"{mark} {p.score:.2f}  {where}  “{p.text}”"))
        for number in p.number_checks:
            out.print(Text(f"       {MARKS[tone_of_number(number)]} {describe_number(number)}"))
        if p.quote_check:
            quote = p.quote_check
            out.print(Text(f"       {MARKS[tone_of_quote(quote)]} {describe_quote(quote)}"))


@click.command("pin")
@click.argument("claim_id", metavar="CLAIM", type=CLAIM)
@click.argument("source_id", metavar="SOURCE", type=SOURCE)
@click.argument("start", type=int)
@click.argument("end", type=int)
@pass_context
def pin_command(obj: Context, claim_id: int, source_id: int, start: int, end: int) -> None:
    """Pin the passage START-END of a source as evidence for a claim."""
    from factcheck.services import evidence as evidence_service

    evidence = evidence_service.pin_evidence(
        obj.store, claim_id, source_id, start, end, checker=obj.checker()
    )
    click.echo(f"evidence {evidence.id} pinned to claim {claim_id}")


@click.command("unpin")
@click.argument("evidence_id", metavar="EVIDENCE", type=EVIDENCE)
@pass_context
def unpin_command(obj: Context, evidence_id: int) -> None:
    """Unpin an evidence passage."""
    from factcheck.services import evidence as evidence_service

    evidence_service.unpin_evidence(obj.store, evidence_id)
    click.echo(f"evidence {evidence_id} unpinned")
