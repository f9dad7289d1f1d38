"""The ``report`` command: an article's verdict report in any of its formats.

Apart from the other commands because it alone needs the report layer (the renderers and the
Word manuscript), which ``status`` or ``verdict`` should not load.
"""

from __future__ import annotations

import click

from factcheck.cli.common import ARTICLE, Context, pass_context
from factcheck.errors import BadInput
from factcheck.output import STDOUT, write_bytes, write_text
from factcheck.services import reports
from factcheck.text import counted


@click.command("report")
@click.argument("article_id", metavar="[ARTICLE]", type=ARTICLE, required=False)
@click.option("--format", "fmt", default="md", help=f"One of: {', '.join(reports.FORMATS)}.")
@click.option(
    "-o",
    "--output",
    type=click.Path(allow_dash=True),
    help="Write to this file (whole or not at all; a FIFO or device is written through; "
    "- is standard output) instead of standard output.",
)
@click.option(
    "--all-claims",
    is_flag=True,
    help="Markdown: give unchecked claims in full too (by default they are counted and listed "
    "by id and first words).",
)
@click.option(
    "--all",
    "loose",
    is_flag=True,
    help="Report the claims imported without an article (a claims file with no --article).",
)
@click.option(
    "--claims-file",
    "claims_file",
    metavar="NAME",
    help="Report the claims first imported without an article from the claims file of this "
    "name (its file name, without folders).",
)
@pass_context
def report_command(
    obj: Context,
    article_id: int | None,
    fmt: str,
    output: str | None,
    all_claims: bool,
    loose: bool,
    claims_file: str | None,
) -> None:
    """The verdict report of an article: Markdown, JSON, ClaimReview, the annotated text, or
    (docx) the Word manuscript it was imported from with a comment on each checked claim;
    with --all, of the claims imported without an article; with --claims-file NAME, of those
    imported from that file."""
    if fmt not in reports.FORMATS:
        raise BadInput(f"unknown report format {fmt!r}; formats: {', '.join(reports.FORMATS)}")
    if fmt == "docx":
        if loose or claims_file is not None:
            raise BadInput(
                "--format docx needs an article's manuscript; claims imported without an"
                " article have none"
            )
        if output is None:
            raise BadInput("--format docx writes a Word file: give it with -o annotated.docx")
        try:
            annotated = reports.annotate_manuscript(obj.reader, article_id)
        except reports.NotAManuscript as exc:
            raise BadInput(
                f"article {exc.article_id} was not imported from a Word file: --format docx "
                "writes back a .docx manuscript (try --format annotated)"
            ) from None
        write_bytes(output, annotated.document)
        missed = f"; {counted(len(annotated.unplaced), 'checked claim')} not found in it" * bool(
            annotated.unplaced
        )
        click.echo(f"wrote {output}: {counted(annotated.comments, 'comment')}{missed}", err=True)
        return
    try:
        data = reports.build_report(obj.reader, article_id, loose=loose, claims_file=claims_file)
    except reports.NoArticle as exc:
        if not exc.loose:
            raise
        raise BadInput(
            f"the store holds no article; 'report --all' reports the {exc.loose} claims"
            " imported without one"
        ) from None
    content = reports.render_report(data, fmt, all_claims=all_claims)
    written = write_text(output or STDOUT, content)
    if written.kind != "stdout":
        click.echo(f"wrote {output}", err=True)
