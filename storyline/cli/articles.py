"""`storyline articles`, `storyline show ID`, `storyline search QUERY`: look at what is stored."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from storyline.cli.common import echo_json, json_option, language_option, store_from, warn_unknown_language
from storyline.errors import UnsupportedInput
from storyline.model import Article, Timestamp
from storyline.store import ArticleFilter


def _parse_day(value: str | None, option: str, end: bool = False) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise UnsupportedInput(
            f"{option} {value!r} is not a date; use ISO 8601 such as 2026-01-08 or 2026-01-08T12:00+01:00"
        ) from exc
    if end and len(value) == 10:  # a bare day as upper bound includes the whole day
        parsed = parsed.replace(hour=23, minute=59, second=59)
    if parsed.tzinfo is None:
        from datetime import UTC

        parsed = parsed.replace(tzinfo=UTC)
    return parsed


@click.command(name="articles")
@language_option("Only this language (ISO code, e.g. pl).")
@click.option("--since", help="Published on or after this date (ISO 8601).")
@click.option("--until", help="Published on or before this date (ISO 8601).")
@click.option("--outlet", help="Only this outlet (case-insensitive).")
@click.option("--limit", type=int, default=None, help="At most this many rows.")
@json_option
@click.pass_context
def articles_command(
    ctx: click.Context,
    lang: str | None,
    since: str | None,
    until: str | None,
    outlet: str | None,
    limit: int | None,
    as_json: bool,
) -> None:
    """List stored articles, oldest publication first.

    \b
    Example:
      storyline articles --lang pl --since 2026-01-01 --limit 20
    """
    flt = ArticleFilter(lang, outlet, _parse_day(since, "--since"), _parse_day(until, "--until", end=True), limit)
    store = store_from(ctx)
    warn_unknown_language(store, lang)
    try:
        rows = store.list_articles(flt)
    finally:
        store.close()
    if as_json:
        echo_json(rows)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None)
    for name in ("id", "lang", "published", "outlet", "title / source", "chars", "dup"):
        table.add_column(
            name, no_wrap=True, overflow="ellipsis", max_width=60 if name in ("title / source", "outlet") else None
        )
    for r in rows:
        dup = f"{r['duplicate_kind']} of {r['duplicate_of'][:8]}" if r.get("duplicate_of") else ""
        published = (r["published_at"] or "—")[:16].replace("T", " ")
        table.add_row(
            r["id"][:12],
            r["language"] or "?",
            published,
            r["outlet"] or "",
            r["title"] or Path(r["source"].split("#")[0]).name,
            str(r["chars"]),
            dup,
        )
    # Piped output gets a fixed wide page rather than rich's 80-column default, so ids and dates stay whole.
    Console(width=None if sys.stdout.isatty() else 200).print(table)
    click.echo(f"{len(rows)} article(s)")


def article_details(article: Article) -> dict[str, Any]:
    """Everything `show` prints, as JSON-ready data."""

    def when(ts: Timestamp) -> dict[str, Any]:
        return {"value": ts.value.isoformat() if ts.value else None, "source": ts.source.value, "raw": ts.raw}

    return {
        "id": article.id,
        "title": article.title,
        "byline": article.byline,
        "outlet": article.outlet,
        "url": article.url,
        "source": article.source,
        "input_format": article.input_format,
        "encoding": article.encoding,
        "language": article.language,
        "language_confidence": article.language_confidence,
        "languages_mixed": article.languages_mixed,
        "published": when(article.published),
        "updated": when(article.updated),
        "retrieved_at": article.retrieved_at.isoformat() if article.retrieved_at else None,
        "duplicate": (
            {"of": article.duplicate_of, "kind": article.duplicate_kind, "similarity": article.duplicate_similarity}
            if article.duplicate_of
            else None
        ),
        "removed": [{"start": r.start, "end": r.end, "reason": r.reason, "text": r.text} for r in article.removed],
        "layers": {name: len(spans) for name, spans in sorted(article.layers.items())},
        "text": article.text,
    }


@click.command(name="show")
@click.argument("article_id")
@json_option
@click.pass_context
def show_command(ctx: click.Context, article_id: str, as_json: bool) -> None:
    """Show one article: text, metadata with the provenance of each date, encoding, language, what cleaning removed.

    ARTICLE_ID may be a unique prefix of at least 4 characters.

    \b
    Example:
      storyline show 186ee9c8
    """
    store = store_from(ctx)
    try:
        article = store.get_article(article_id)
        copies = store.query(
            "SELECT id, duplicate_kind FROM articles WHERE duplicate_of = ? ORDER BY id", (article.id,)
        )
    finally:
        store.close()
    data = article_details(article)
    data["copies"] = [{"id": r["id"], "kind": r["duplicate_kind"]} for r in copies]
    if as_json:
        echo_json(data)
        return
    _print_details(data)


def _print_details(data: dict[str, Any]) -> None:
    def date_line(label: str, d: dict[str, Any]) -> str:
        if not d["value"]:
            return f"{label}: unknown"
        raw = f', from "{d["raw"]}"' if d["raw"] else ""
        return f"{label}: {d['value']} ({d['source']}{raw})"

    click.echo(f"id:        {data['id']}")
    for key in ("title", "byline", "outlet", "url"):
        if data[key]:
            click.echo(f"{key + ':':<10} {data[key]}")
    click.echo(f"source:    {data['source']} ({data['input_format']}, decoded as {data['encoding']})")
    mixed = f"; also {', '.join(data['languages_mixed'])}" if data["languages_mixed"] else ""
    click.echo(f"language:  {data['language'] or 'unknown'} (confidence {data['language_confidence']:.2f}{mixed})")
    click.echo(date_line("published", data["published"]))
    click.echo(date_line("updated", data["updated"]))
    if data["retrieved_at"]:
        click.echo(f"retrieved: {data['retrieved_at']}")
    if data["duplicate"]:
        d = data["duplicate"]
        sim = f", similarity {d['similarity']:.2f}" if d["similarity"] is not None else ""
        click.echo(f"duplicate: {d['kind']} of {d['of']}{sim}")
    for copy in data["copies"]:
        click.echo(f"copy:      {copy['id']} ({copy['kind']})")
    if data["layers"]:
        click.echo("layers:    " + ", ".join(f"{k} {v}" for k, v in data["layers"].items()))
    if data["removed"]:
        click.echo("removed by cleaning:")
        for r in data["removed"]:
            snippet = " ".join(r["text"].split()) or "(blank lines)"
            click.echo(f"  - {r['reason']}: {snippet[:100]}")
    click.echo("")
    click.echo(data["text"])


@click.command(name="search")
@click.argument("query")
@language_option("Only articles in this language.")
@click.option(
    "--exact", is_flag=True, help="Match words exactly instead of by stem (Zelenski finds only Zelenski/Zełenski)."
)
@click.option("--limit", type=int, default=20, show_default=True, help="At most this many hits.")
@json_option
@click.pass_context
def search_command(ctx: click.Context, query: str, lang: str | None, exact: bool, limit: int, as_json: bool) -> None:
    """Full-text search across languages: case, diacritics and script are folded, word endings vary.

    Zelenski finds Zełenski, Zelensky, Zelenskiy and Зеленский; Putin finds Putina. A name the entities
    step linked also finds its other spellings (Hrytsenko: Гриценко, Hryzenko, Hryćenki), listed after the
    text hits. Use --exact for exact words, "quotes" for phrases, word* for a prefix.

    \b
    Example:
      storyline search Zelenski
      storyline search '"security guarantees"' --lang en --json
    """
    from storyline.search import search_articles

    store = store_from(ctx)
    warn_unknown_language(store, lang)
    try:
        hits = search_articles(store, query, language=lang, exact=exact, limit=limit)
    finally:
        store.close()
    if as_json:
        echo_json([hit.__dict__ for hit in hits])
        return
    for hit in hits:
        click.echo(f"{hit.article_id[:12]}  {hit.language or '?'}  {(hit.published or '—')[:10]}  {hit.title or ''}")
        click.echo(f"    {hit.snippet}")
    click.echo(f"{len(hits)} hit(s)")


def register(cli: click.Group) -> None:
    """Add `articles`, `show` and `search`."""
    cli.add_command(articles_command)
    cli.add_command(show_command)
    cli.add_command(search_command)
