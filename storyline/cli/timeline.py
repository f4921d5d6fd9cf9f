"""`storyline timeline`: dated events in date order, with their sentence and source."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import click

from storyline.cli.common import echo_json, json_option, language_option, store_from, warn_unknown_language
from storyline.errors import UnsupportedInput

if TYPE_CHECKING:
    from storyline.events import Unplaced

# Relative times of undated articles quoted in the note under a timeline.
UNPLACED_SHOWN = 3


def _day(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise UnsupportedInput(f"{option} {value!r} is not a date; use ISO 8601 such as 2026-01-08") from exc


@click.command(name="timeline")
@click.option("--story", help="Only events of this storyline (id from `storyline stories`).")
@click.option("--since", help="Events on or after this day (ISO 8601, e.g. 2026-01-01).")
@click.option("--until", help="Events on or before this day (ISO 8601).")
@language_option("Only events reported in this language (ISO code, e.g. pl).")
@json_option
@click.pass_context
def timeline_command(
    ctx: click.Context, story: str | None, since: str | None, until: str | None, lang: str | None, as_json: bool
) -> None:
    """Dated events in date order, each with its sentence and source article (not those of lines that
    pages repeat as site furniture over days).

    \b
    Example:
      storyline timeline --since 2026-01-01 --lang pl
      storyline timeline --story 3 --json
    """
    from storyline.events import timeline_events, unplaced_times
    from storyline.stories.catalog import articles_of_story

    store = store_from(ctx)
    warn_unknown_language(store, lang)
    events = timeline_events(store, story=story, since=_day(since, "--since"), until=_day(until, "--until"), lang=lang)
    if as_json:
        echo_json([e.to_dict() for e in events])
        return
    unplaced = unplaced_times(store, lang=lang, article_ids=articles_of_story(store, story) if story else None)
    if not events:
        click.echo("no dated events (ingest articles first, or widen --since/--until)")
        _say_unplaced(unplaced)
        return
    sources = {r["id"]: r for r in store.query("SELECT id, outlet, title, source FROM articles")}
    shown: dict[tuple[str, str], int] = {}  # a wire copy repeats the same sentence: print it once
    for e in events:
        key = (e.value, " ".join(e.sentence.split()))
        if key in shown:
            shown[key] += 1
            continue
        shown[key] = 1
        src = sources.get(e.article_id, {})
        origin = src.get("outlet") or src.get("title") or src.get("source") or ""
        click.echo(f"{e.value:<12} [{e.language or '?'}] {e.sentence}")
        click.echo(f"{'':<12}   — {origin} {e.article_id[:10]}:{e.sentence_start}-{e.sentence_end}".rstrip())
    repeated = sum(n - 1 for n in shown.values())
    if repeated:
        click.echo(f"({repeated} identical sentence(s) from other copies not repeated; --json lists every event)")
    _say_unplaced(unplaced)


def _say_unplaced(unplaced: Unplaced) -> None:
    """A note of the undated articles whose relative times ("Thursday") the timeline could not place."""
    if not unplaced.times:
        return
    shown = ", ".join(f"“{t}”" for t in list(dict.fromkeys(unplaced.times))[:UNPLACED_SHOWN])
    click.echo(
        f"({unplaced.articles} article(s) have no publication date, so {len(unplaced.times)} relative time(s) "
        f"such as {shown} are not on this timeline; give their dates with `storyline ingest --manifest FILE`)",
        err=True,
    )


def register(cli: click.Group) -> None:
    """Add `storyline timeline`."""
    cli.add_command(timeline_command)
