"""`storyline quotes`: who said what in the stored articles."""

from __future__ import annotations

import click

from storyline.cli.common import echo_json, json_option, store_from

CONTENT_WIDTH = 90
# Below this many terminal columns the table squeezes the content column to a few letters.
TABLE_WIDTH = 140


@click.command(name="quotes")
@click.option("--speaker", help="Only quotes of this speaker (any spelling, case and script folded).")
@click.option("--lang", help="Only articles in this language (ISO code).")
@click.option("--article", "article_id", help="Only this article (id or unique id prefix).")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(["direct", "reported", "stance"]),
    help="Only these kinds (repeatable): own words, reported speech, stances (positions and deeds, not speech).",
)
@json_option
@click.pass_context
def quotes_command(
    ctx: click.Context,
    speaker: str | None,
    lang: str | None,
    article_id: str | None,
    kinds: tuple[str, ...],
    as_json: bool,
) -> None:
    """List quotations (direct and reported) with their speakers, oldest article first.

    \b
    Example:
      storyline quotes --speaker Peskov
      storyline quotes --lang pl --json
      storyline quotes --kind direct --kind reported
    """
    from storyline.quotes.listing import list_quotes

    rows = list_quotes(store_from(ctx), speaker=speaker, lang=lang, article_id=article_id)
    if kinds:
        rows = [r for r in rows if r["kind"] in kinds]
    if as_json:
        echo_json(rows)
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    if console.width < TABLE_WIDTH:
        # Seven columns leave a narrow terminal no room for the words themselves: one block per quote instead.
        for r in rows:
            head = f"[bold]{escape(r['speaker'] or '—')}[/bold] ({r['source_kind'] or 'unknown'}) · {r['kind']}"
            cue = f" · cue “{escape(r['cue'])}”" if r["cue"] else ""
            console.print(f"{head}{cue} · {r['language'] or '?'} · {r['article_id'][:8]}")
            console.print(f"  {escape(r['content'])}", highlight=False)
        click.echo(f"{len(rows)} quote(s)", err=True)
        return
    table = Table(show_lines=False)
    for column in ("article", "lang", "kind", "speaker", "source", "cue"):
        table.add_column(column, no_wrap=column != "speaker")
    table.add_column("content", overflow="fold", min_width=40)
    for r in rows:
        content = r["content"] if len(r["content"]) <= CONTENT_WIDTH else r["content"][: CONTENT_WIDTH - 1] + "…"
        table.add_row(
            r["article_id"][:8],
            r["language"] or "",
            r["kind"],
            r["speaker"] or "—",
            r["source_kind"] or "",
            r["cue"] or "",
            content,
        )
    console.print(table)
    click.echo(f"{len(rows)} quote(s)", err=True)


def register(cli: click.Group) -> None:
    """Add `storyline quotes`."""
    cli.add_command(quotes_command)
