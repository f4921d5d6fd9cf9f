"""`storyline quotes`: who said what in the stored articles."""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher
from typing import Any

import click

from storyline.cli.common import echo_json, json_option, language_option, store_from, warn_unknown_language

CONTENT_WIDTH = 90
# Below this many terminal columns the table squeezes the content column to a few letters.
TABLE_WIDTH = 140
# Speakers named when none matches --speaker.
HINTED_SPEAKERS = 5
# How alike (difflib ratio of the folded words) a name must be to count as close to the one asked for.
CLOSE_NAME = 0.7


@click.command(name="quotes")
@click.option("--speaker", help="Only quotes of this speaker (any spelling, case and script folded).")
@language_option("Only articles in this language (ISO code).")
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

    store = store_from(ctx)
    warn_unknown_language(store, lang)
    rows = list_quotes(store, speaker=speaker, lang=lang, article_id=article_id, kinds=kinds)
    if not rows and speaker:
        _hint_speakers(list_quotes(store, lang=lang, article_id=article_id), speaker)
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


def _hint_speakers(rows: list[dict[str, Any]], asked: str) -> None:
    """Say on stderr which speakers there are when none matches `asked`: the closest names, else the most quoted."""
    from storyline.store.fold import fold

    counts = Counter(r["speaker"] for r in rows if r["speaker"] and r["source_kind"] == "person")
    if not counts:
        click.echo(f"no quotes of a speaker matching {asked!r}, and no named speakers in these articles", err=True)
        return
    wanted = fold(asked)

    def likeness(name: str) -> float:  # the full name or any of its words ("Volkow" is like "Arkady Volkov")
        return max(SequenceMatcher(None, wanted, w).ratio() for w in [fold(name), *fold(name).split()])

    close = sorted((n for n in counts if likeness(n) >= CLOSE_NAME), key=lambda n: -likeness(n))[:HINTED_SPEAKERS]
    shown = close or [name for name, _ in counts.most_common(HINTED_SPEAKERS)]
    which = "closest names" if close else "most quoted"
    listed = "; ".join(f"{name} ({counts[name]})" for name in shown)
    click.echo(f"no quotes of a speaker matching {asked!r}; {which}: {listed}", err=True)


def register(cli: click.Group) -> None:
    """Add `storyline quotes`."""
    cli.add_command(quotes_command)
