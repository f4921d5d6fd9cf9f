"""`storyline ingest PATH|URL...`: read, analyse and store articles, with a progress bar and a summary."""

from __future__ import annotations

import sys

import click

from storyline.cli.common import echo_json, store_from
from storyline.ingest import IngestEvent, IngestReport, ingest


@click.command(name="ingest")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL...")
@click.option(
    "--manifest",
    type=click.Path(exists=True, dir_okay=False),
    help="CSV or JSONL giving url/outlet/dates/language to inputs that lack them.",
)
@click.option(
    "--workers",
    type=click.IntRange(0, 64),
    default=None,
    help="Processes that analyse articles in a long run (default: usable cores, at most 4; 0 or 1: none).",
)
@click.option(
    "--ray",
    "ray_address",
    metavar="ADDRESS",
    default=None,
    help="Analyse on Ray: 'local', 'auto' (this machine's cluster) or ray://head:10001 (setting ray_address).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON instead of a summary.")
@click.pass_context
def ingest_command(
    ctx: click.Context,
    inputs: tuple[str, ...],
    manifest: str | None,
    workers: int | None,
    ray_address: str | None,
    as_json: bool,
) -> None:
    """Read articles from files, folders, feeds, JSONL, WARC files or URLs into the store.

    Formats are recognised by extension and content: .txt, .html, .xml/.rss/.atom feeds,
    .jsonl, .warc(.gz). Bad items are skipped with a reason; the rest is ingested.

    \b
    Example:
      storyline ingest ../shared/seeds
      storyline ingest examples/ --manifest examples/manifest.csv
      storyline --db news.db ingest https://example.com/feed.xml --json
      storyline --db big.db ingest crawl.warc.gz --workers 2
      storyline --db postgresql://u:pw@db/news ingest crawl/ --ray ray://head:10001
    """
    if ray_address is not None:
        ctx.obj = {**ctx.obj, "ray_address": ray_address}
    store = store_from(ctx, create=True)
    try:
        if as_json or not sys.stderr.isatty():
            report = ingest(list(inputs), store, manifest=manifest, settings=ctx.obj, workers=workers)
        else:
            report = _with_progress(list(inputs), store, manifest, ctx.obj, workers)
    finally:
        store.close()
    if as_json:
        echo_json(report.to_dict())
    else:
        _summary(report)


def _with_progress(
    inputs: list[str], store: object, manifest: str | None, settings: dict[str, object], workers: int | None
) -> IngestReport:
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} items"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("reading", total=None)

        def on_event(event: IngestEvent) -> None:
            if event.outcome == "corpus":
                bar.update(task, description=f"cross-document step: {event.source}")
                return
            bar.update(task, advance=1, description=f"{event.outcome}: {_short(event.source)}")

        return ingest(inputs, store, manifest=manifest, settings=settings, progress=on_event, workers=workers)  # type: ignore[arg-type]


def _short(source: str, width: int = 48) -> str:
    return source if len(source) <= width else "…" + source[-(width - 1) :]


def _summary(report: IngestReport) -> None:
    click.echo(
        f"ingested {len(report.ingested)}, unchanged {len(report.unchanged)}, "
        f"duplicates {len(report.duplicates)}, skipped {len(report.skipped)} "
        f"({report.seconds:.1f} s, {report.articles_per_second:.3g} articles/s)"
    )
    for dup in report.duplicates:
        similarity = f" (similarity {dup.similarity:.2f})" if dup.similarity is not None else ""
        if dup.of_id == dup.article_id:
            click.echo(
                f"  duplicate: {dup.source} is the stored article {dup.of_id} (same text, title and URL); not stored twice"
            )
        else:
            click.echo(f"  duplicate {dup.article_id}: {dup.kind} of {dup.of_id}{similarity} <- {dup.source}")
    for skip in report.skipped:
        reason = skip.reason if skip.source in skip.reason else f"{skip.source}: {skip.reason}"
        click.echo(f"  skipped [{skip.stage}] {reason}")


def register(cli: click.Group) -> None:
    """Add `ingest`."""
    cli.add_command(ingest_command)
