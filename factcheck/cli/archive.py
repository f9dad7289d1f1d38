"""Commands for web archives: export the store's pages as a WARC, import a WARC's pages."""

from __future__ import annotations

from pathlib import Path

import click

from factcheck.cli.common import ARTICLE, CLAIM, Context, pass_context
from factcheck.errors import naming
from factcheck.services.sources import Tiers


@click.group("archive")
def archive_group() -> None:
    """Web archives (WARC 1.1): the archived pages out, or a WARC's pages in."""


@archive_group.command("export")
@click.argument("path", metavar="PATH.warc.gz", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--claim", "claim_id", type=CLAIM, help="Only the sources of this claim.")
@click.option("--article", "article_id", type=ARTICLE, help="Only the sources of this article.")
@pass_context
def export_command(obj: Context, path: Path, claim_id: int | None, article_id: int | None) -> None:
    """Write every archived web response (each version) as WARC 1.1, for pywb or ReplayWeb.page."""
    if claim_id is not None and article_id is not None:
        raise click.UsageError("give --claim or --article, not both")
    from factcheck.services import archive  # loads the fetcher: only when archiving

    done = archive.export_warc(obj.reader, path, claim_id=claim_id, article_id=article_id)
    click.echo(f"wrote {done.path}: {done.records} responses of {done.sources} sources")


@archive_group.command("import")
@click.argument("path", metavar="PATH.warc.gz", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--claim", "claim_id", type=CLAIM, help="Attach every page to this claim.")
@click.option("--checker", help="Who attaches (default: config, FACTCHECK_CHECKER, login).")
@pass_context
def import_command(obj: Context, path: Path, claim_id: int | None, checker: str | None) -> None:
    """Store the pages of a WARC as sources, without the network."""
    from factcheck.services import archive

    tiers = Tiers.of(obj.settings.thresholds)
    done = archive.import_warc(
        obj.new_or_stored,
        path,
        claim_id=claim_id,
        checker=obj.checker(checker),
        tiers=tiers,
        access=obj.access,
    )
    batch = done.batch
    click.echo(
        f"{path}: {len(batch.added)} added, {len(batch.merged)} merged, "
        f"{len(batch.suggested)} likely duplicates to confirm, {len(batch.known)} known, "
        f"{len(batch.failed)} failed, {len(done.skipped)} skipped"
    )
    lines = [naming(error, url) for url, error in batch.failed]
    lines += [f"{url}: {reason}" for url, reason in done.skipped]
    for line in lines[:20]:
        click.echo(f"  {line}")
