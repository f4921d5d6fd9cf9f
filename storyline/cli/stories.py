"""`storyline stories`, `storyline story ID` and the analyst corrections `story merge|split|move|recluster`."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any

import click

from storyline.cli.common import echo_json, json_option, language_option, store_from, warn_unknown_language
from storyline.errors import UnsupportedInput


def _day(value: str | None, option: str) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError as exc:
        raise UnsupportedInput(f"{option} {value!r} is not a date; use ISO 8601 such as 2026-01-08") from exc
    return dt


@click.command(name="stories")
@click.option("--since", help="Only storylines active on or after this date (ISO 8601).")
@language_option("Only storylines with an article in this language; titles in it when one exists.")
@click.option("--limit", type=int, default=None, help="At most this many storylines.")
@json_option
@click.pass_context
def stories_command(ctx: click.Context, since: str | None, lang: str | None, limit: int | None, as_json: bool) -> None:
    """List storylines, most recently active first.

    \b
    Example:
      storyline stories --since 2026-01-01 --lang pl
    """
    from storyline.stories import list_stories, story_summary

    store = store_from(ctx)
    warn_unknown_language(store, lang)
    try:
        stories = list_stories(store, since=_day(since, "--since"), lang=lang, limit=limit)
    finally:
        store.close()
    rows = [story_summary(s) for s in stories]
    if as_json:
        echo_json(rows)
        return
    from rich.console import Console
    from rich.table import Table

    cells = [
        (
            r["id"],
            str(r["articles"]),
            str(r["events"]),
            _languages(r["languages"], 3 if sys.stdout.isatty() else 99),
            (r["last_seen"] or "—")[:10],
            r["title"],
        )
        for r in rows
    ]
    # Every column but the title keeps its full width (the id is what `storyline story ID` needs); the title
    # takes the rest of the line, cut with an ellipsis. Piped output gets a fixed wide page, as `articles` does.
    console = Console(width=None if sys.stdout.isatty() else 200)
    names = ("id", "articles", "events", "languages", "last seen", "title")
    widths = [max([len(name)] + [len(c[k]) for c in cells]) for k, name in enumerate(names[:-1])]
    longest = max([len("title")] + [len(c[-1]) for c in cells])
    room = min(longest, max(20, console.width - sum(widths) - 2 * len(widths)))
    table = Table(box=None, pad_edge=False)
    for k, name in enumerate(names):
        width = widths[k] if k < len(widths) else room
        table.add_column(
            name, no_wrap=True, width=width, overflow="ellipsis", justify="right" if k in (1, 2) else "left"
        )
    for c in cells:
        table.add_row(*c)
    console.print(table)
    click.echo(f"{len(rows)} storyline(s)")


def _languages(langs: list[str], shown: int = 3) -> str:
    """A story's languages in a short column: the first few and how many more ("de en es +5")."""
    return " ".join(langs) if len(langs) <= shown + 1 else " ".join(langs[:shown]) + f" +{len(langs) - shown}"


class _StoryGroup(click.Group):
    """`story ID` shows a story; `story merge|split|move|recluster ...` corrects them."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["show", *args]
        return super().parse_args(ctx, args)


@click.group(name="story", cls=_StoryGroup)
def story_group() -> None:
    """Show one storyline, or correct the clustering (corrections are kept by later ingests).

    \b
    Example:
      storyline story s1a2b3c4 --json
      storyline story merge s1a2b3c4 s9f8e7d6
      storyline story move 7fb53fbd s1a2b3c4
    """


@story_group.command(name="show")
@click.argument("story_id")
@language_option("Title in this language when a member article has it.")
@json_option
@click.pass_context
def show_command(ctx: click.Context, story_id: str, lang: str | None, as_json: bool) -> None:
    """Show one storyline: title, languages, outlets, time span, key entities, events and articles.

    \b
    Example:
      storyline story s1a2b3c4
    """
    from storyline.stories import get_story

    store = store_from(ctx.find_root())
    try:
        story = get_story(store, story_id, lang)
    finally:
        store.close()
    if as_json:
        echo_json(story.to_dict())
        return
    _print_story(story.to_dict())


def _print_story(d: dict[str, Any]) -> None:
    click.echo(f"{d['id']}  {d['title']}")
    click.echo(f"  languages: {', '.join(d['languages']) or '—'}   outlets: {', '.join(d['outlets']) or '—'}")
    click.echo(f"  seen: {d['first_seen'] or '—'} … {d['last_seen'] or '—'}   locked: {d['locked']}")
    click.echo(f"  key entities: {', '.join(d['key_entities']) or '—'}")
    members = {m["article_id"]: m for m in d["members"]}
    for i, ev in enumerate(d["events"], 1):
        click.echo(f"  event {i} {ev['id']}  {(ev['first_seen'] or '—')[:10]} … {(ev['last_seen'] or '—')[:10]}")
        for aid in ev["article_ids"]:
            m = members[aid]
            click.echo(f"    {aid[:12]} [{m['language'] or '?'}] {m['similarity']:.2f} {m['title'] or ''}")


@story_group.command(name="merge")
@click.argument("source_id")
@click.argument("target_id")
@click.pass_context
def merge_command(ctx: click.Context, source_id: str, target_id: str) -> None:
    """Merge storyline SOURCE_ID into TARGET_ID.

    \b
    Example:
      storyline story merge s1a2b3c4 s9f8e7d6
    """
    from storyline.stories import merge_stories

    store = store_from(ctx.find_root())
    try:
        click.echo(f"merged into {merge_stories(store, source_id, target_id)}")
    finally:
        store.close()


@story_group.command(name="split")
@click.argument("story_id")
@click.argument("article_ids", nargs=-1, required=True)
@click.pass_context
def split_command(ctx: click.Context, story_id: str, article_ids: tuple[str, ...]) -> None:
    """Move ARTICLE_IDS of STORY_ID into a new storyline.

    \b
    Example:
      storyline story split s1a2b3c4 6ea63a04 7fb53fbd
    """
    from storyline.stories import split_story

    store = store_from(ctx.find_root())
    try:
        click.echo(f"new storyline {split_story(store, story_id, list(article_ids))}")
    finally:
        store.close()


@story_group.command(name="move")
@click.argument("article_id")
@click.argument("story_id")
@click.option("--event", "event_id", help="Event of the target storyline (default: its latest).")
@click.pass_context
def move_command(ctx: click.Context, article_id: str, story_id: str, event_id: str | None) -> None:
    """Move one article into another storyline.

    \b
    Example:
      storyline story move 7fb53fbd s1a2b3c4
    """
    from storyline.stories import move_article

    store = store_from(ctx.find_root())
    try:
        click.echo(f"moved to event {move_article(store, article_id, story_id, event_id)}")
    finally:
        store.close()


@story_group.command(name="recluster")
@click.option("--since", help="Start of the period (ISO 8601).")
@click.option("--until", help="End of the period (ISO 8601).")
@click.pass_context
def recluster_command(ctx: click.Context, since: str | None, until: str | None) -> None:
    """Re-cluster a period in one batch (analyst corrections are kept): stream its articles again, then
    merge the fragments and move the articles their nearest articles place elsewhere.

    \b
    Example:
      storyline story recluster --since 2026-01-01
    """
    from storyline.stories import recluster
    from storyline.stories.period import consolidate_period

    store = store_from(ctx.find_root())
    try:
        start, end = _day(since, "--since"), _day(until, "--until")
        done = recluster(store, start, end)
        pass_ = consolidate_period(store, start, end)
        n_stories = store.query("SELECT COUNT(DISTINCT storyline_id) AS n FROM story_members")[0]["n"]
    finally:
        store.close()
    click.echo(
        f"re-clustered {len(done)} article(s); the batch pass merged {pass_.merged} storyline(s) and moved "
        f"{pass_.moved} article(s); {n_stories} storyline(s) in the store"
    )


def register(cli: click.Group) -> None:
    """Add `stories` and `story`."""
    cli.add_command(stories_command)
    cli.add_command(story_group)
