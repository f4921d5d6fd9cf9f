"""`storyline brief`: the source-cited briefing of a story; `storyline position`: correct a position cell."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from storyline.cli.common import store_from

FORMATS = ("text", "md", "html", "json")


@click.command(name="brief")
@click.argument("story", required=False)
@click.option("--since", default=None, help="Show what is new since this date (default: since the previous briefing).")
@click.option("--as-of", "as_of", default=None, help="The story as known on this date: later articles are left out.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Write to a file.")
@click.option("--no-record", is_flag=True, help="Do not remember this briefing (what's new keeps its reference point).")
@click.pass_context
def brief_command(
    ctx: click.Context,
    story: str | None,
    since: str | None,
    as_of: str | None,
    fmt: str,
    output: Path | None,
    no_record: bool,
) -> None:
    """Brief a story: STORY is a story id from `storyline stories`, `all`, or a search whose best hit's story
    is used; without it, the largest story.

    \b
    Examples:
      storyline brief
      storyline brief "peace plan" --since 2026-01-01 --format html -o brief.html
      storyline brief s4632d5e6f71e --as-of 2025-11-30 --format json
    """
    from storyline.brief.build import build_briefing
    from storyline.brief.html import to_html
    from storyline.brief.render import print_text, to_json, to_markdown

    store = store_from(ctx)
    briefing = build_briefing(store, story, since=since, as_of=as_of, record=not no_record)
    if fmt == "text" and output is None:
        print_text(briefing)
        return
    if fmt == "text":
        from rich.console import Console

        with output.open("w", encoding="utf-8") as fh:  # type: ignore[union-attr]
            print_text(briefing, Console(file=fh, width=100, color_system=None))
        click.echo(f"wrote {output}", err=True)
        return
    rendered = {"md": to_markdown, "html": to_html, "json": to_json}[fmt](briefing)
    if output is None:
        sys.stdout.write(rendered)
    else:
        output.write_text(rendered, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)


@click.command(name="position")
@click.argument("story")
@click.argument("party")
@click.argument("issue")
@click.argument("stance", type=click.Choice(("supports", "opposes", "demands", "conditions", "undecided")))
@click.option("--note", default="", help="Why the analyst corrected the cell.")
@click.pass_context
def position_command(ctx: click.Context, story: str, party: str, issue: str, stance: str, note: str) -> None:
    """Correct one cell of a story's positions grid; every later briefing shows the correction.

    \b
    Example:
      storyline position s4632d5e6f71e RU "NATO membership" opposes --note "Peskov, 8 Jan"
    """
    from storyline.brief.positions import correct_position

    correct_position(store_from(ctx), story, party, issue, stance, note)
    click.echo(f"{story}: {party} on {issue} is now {stance}")


def register(cli: click.Group) -> None:
    """Add `brief` and `position`."""
    cli.add_command(brief_command)
    cli.add_command(position_command)
