"""`storyline demo`: the main job on the bundled demo corpus, from files to briefings, in one command."""

from __future__ import annotations

from pathlib import Path

import click

from storyline.errors import NotFound

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@click.command(name="demo")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("demo-briefings"),
    show_default=True,
    help="Folder for the HTML, Markdown and JSON briefings of every demo story.",
)
@click.pass_context
def demo_command(ctx: click.Context, out: Path) -> None:
    """Ingest the demo corpus (examples/), cluster its stories and brief each one.

    Uses the store given by --db (default storyline.db); running it again changes nothing
    (ingest is idempotent). Prints the briefing of the largest story and writes every story's
    briefing as HTML, Markdown and JSON into --out.

    \b
    Example:
      storyline --db demo.db demo --out demo-briefings
    """
    from storyline.brief.build import build_briefing
    from storyline.brief.html import to_html
    from storyline.brief.render import print_text, to_json, to_markdown
    from storyline.cli.common import store_from
    from storyline.ingest import ingest
    from storyline.stories import list_stories

    corpus, manifest = EXAMPLES / "corpus", EXAMPLES / "manifest.csv"
    if not corpus.is_dir():
        raise NotFound(
            f"demo corpus not found at {corpus}; run `storyline demo` from a git checkout installed with `pip install -e .`"
        )
    store = store_from(ctx, create=True)
    click.echo(f"ingesting the demo corpus {corpus} into {store.location} …", err=True)
    report = ingest([str(corpus)], store, manifest=str(manifest), settings=ctx.obj)
    click.echo(
        f"ingested {len(report.ingested)}, unchanged {len(report.unchanged)}, duplicates {len(report.duplicates)}, "
        f"skipped {len(report.skipped)}",
        err=True,
    )
    for skip in report.skipped:
        click.echo(f"  skipped {skip.source}: {skip.reason}", err=True)
    stories = [s for s in list_stories(store) if len(s.members) >= 2]
    if not stories:
        raise NotFound(f"no story with two or more articles in {store.location}; the ingest report above says why")
    out.mkdir(parents=True, exist_ok=True)
    click.echo(f"{len(stories)} stories; briefings in {out}/", err=True)
    for story in stories:
        briefing = build_briefing(store, story.id, record=False)
        (out / f"{story.id}.html").write_text(to_html(briefing), encoding="utf-8")
        (out / f"{story.id}.md").write_text(to_markdown(briefing), encoding="utf-8")
        (out / f"{story.id}.json").write_text(to_json(briefing), encoding="utf-8")
        click.echo(
            f"  {story.id}  {len(story.members):3d} articles  {', '.join(story.languages)}  {story.title}", err=True
        )
    largest = max(stories, key=lambda s: len(s.members))
    print_text(build_briefing(store, largest.id, record=False))
    store.close()


def register(cli: click.Group) -> None:
    """Add `demo`."""
    cli.add_command(demo_command)
