"""`storyline entities` (list, merge, split, rename) and `storyline entity NAME` (one entity in full)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import click

from storyline.cli.common import echo_json, json_option, language_option, store_from, warn_unknown_language
from storyline.errors import NotFound

TYPES = ["PER", "ORG", "LOC", "EVT", "PRO"]


def _listing(store: Any, kind: str | None, lang: str | None, limit: int) -> list[dict[str, Any]]:
    sql = (
        "SELECT e.id, e.name, e.type, count(*) AS mentions, count(DISTINCT m.article_id) AS articles, "
        "group_concat(DISTINCT m.lang) AS langs FROM entities e JOIN entity_mentions m ON m.entity_id = e.id"
    )
    where: list[str] = []
    params: list[Any] = []
    if kind:
        where.append("e.type = ?")
        params.append(kind)
    if lang:
        where.append("e.id IN (SELECT entity_id FROM entity_mentions WHERE lang = ?)")
        params.append(lang)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " GROUP BY e.id ORDER BY mentions DESC, e.name LIMIT ?"
    params.append(limit)
    rows = store.query(sql, params)
    for r in rows:
        r["langs"] = sorted(filter(None, (r["langs"] or "").split(",")))
    return list(rows)


@click.group(name="entities", invoke_without_command=True)
@click.option("--type", "kind", type=click.Choice(TYPES), help="Only entities of this type.")
@language_option("Only entities mentioned in this language (ISO code).")
@click.option("--limit", default=50, show_default=True, help="At most this many rows.")
@json_option
@click.pass_context
def entities_group(ctx: click.Context, kind: str | None, lang: str | None, limit: int, as_json: bool) -> None:
    """List entities, most mentioned first; or correct them (merge, split, rename).

    \b
    Example:
      storyline entities --type PER --lang pl
      storyline entities merge PER-volodimir-zelenski PER-zelenski
      storyline entities split PER-dmitri-peskov "Peskov"
      storyline entities rename LOC-kiv "Kyiv"
    """
    if ctx.invoked_subcommand is not None:
        return
    store = store_from(ctx)
    warn_unknown_language(store, lang)
    rows = _listing(store, kind, lang, limit)
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo("no entities (ingest articles first: storyline ingest FILES)")
        return
    for r in rows:
        click.echo(
            f"{r['id']:<36} {r['type']:<4} {r['mentions']:>5} mentions {r['articles']:>4} articles  {r['name']}  [{', '.join(r['langs'])}]"
        )


@entities_group.command(name="merge")
@click.argument("keep")
@click.argument("other")
@json_option
@click.pass_context
def merge_cmd(ctx: click.Context, keep: str, other: str, as_json: bool) -> None:
    """Merge entity OTHER into KEEP (ids or names); holds for articles ingested later.

    \b
    Example:
      storyline entities merge PER-volodimir-zelenski PER-zelenski
    """
    from storyline.entities.corrections import merge

    store = store_from(ctx)
    eid = merge(store, _one(store, keep), _one(store, other))
    echo_json({"merged_into": eid}) if as_json else click.echo(f"merged {other} into {eid}")


@entities_group.command(name="split")
@click.argument("entity")
@click.argument("forms", nargs=-1, required=True)
@json_option
@click.pass_context
def split_cmd(ctx: click.Context, entity: str, forms: tuple[str, ...], as_json: bool) -> None:
    """Move the mentions of ENTITY spelled as one of FORMS to a new entity, and keep them apart.

    \b
    Example:
      storyline entities split PER-dmitri-peskov "Peskov"
    """
    from storyline.entities.corrections import split

    store = store_from(ctx)
    new = split(store, _one(store, entity), list(forms))
    echo_json({"new_entity": new}) if as_json else click.echo(f"split {list(forms)} off into {new}")


@entities_group.command(name="rename")
@click.argument("entity")
@click.argument("name")
@json_option
@click.pass_context
def rename_cmd(ctx: click.Context, entity: str, name: str, as_json: bool) -> None:
    """Give ENTITY the canonical NAME (kept as more articles arrive).

    \b
    Example:
      storyline entities rename LOC-kiv "Kyiv"
    """
    from storyline.entities.corrections import rename

    store = store_from(ctx)
    eid = rename(store, _one(store, entity), name)
    echo_json({"renamed": eid, "name": name}) if as_json else click.echo(f"{eid} is now called {name!r}")


@entities_group.command(name="corrections")
@json_option
@click.pass_context
def corrections_cmd(ctx: click.Context, as_json: bool) -> None:
    """Show the analyst corrections applied so far.

    \b
    Example:
      storyline entities corrections --json
    """
    from storyline.entities.corrections import corrections

    rows = corrections(store_from(ctx))
    if as_json:
        echo_json(rows)
        return
    for r in rows:
        click.echo(
            f"{r['id']!s:>4} {str(r['at'])[:19]} {r['action']!s:<7} "
            + ", ".join(f"{k}={v}" for k, v in r.items() if k not in {"id", "at", "action"})
        )


def _one(store: Any, query: str) -> str:
    from storyline.entities.db import find_entities

    hits = find_entities(store, query)
    if not hits:
        raise NotFound(f"no entity matches {query!r}; list them with `storyline entities`")
    return hits[0]


@click.command(name="entity")
@click.argument("name")
@json_option
@click.pass_context
def entity_cmd(ctx: click.Context, name: str, as_json: bool) -> None:
    """Show one entity (id or any spelling): variants by language, articles, co-mentioned entities.

    \b
    Example:
      storyline entity Zelensky
      storyline entity "Władimir Putin" --json
    """
    from storyline.entities.db import get_entity

    store = store_from(ctx)
    ent = get_entity(store, _one(store, name))
    co: Counter[str] = Counter()
    for aid in ent.articles:
        for r in store.query(
            "SELECT DISTINCT entity_id FROM entity_mentions WHERE article_id = ? AND entity_id != ?", (aid, ent.id)
        ):
            co[r["entity_id"]] += 1
    names = {r["id"]: (r["name"], r["type"]) for r in store.query("SELECT id, name, type FROM entities")}
    articles = []
    for aid in ent.articles:
        row = store.query("SELECT title, outlet, language, published_at FROM articles WHERE id = ?", (aid,))
        articles.append({"id": aid, **(row[0] if row else {})})
    data = ent.to_dict()
    data["articles"] = articles
    data["co_mentioned"] = [
        {"id": e, "name": names.get(e, (e, ""))[0], "type": names.get(e, ("", ""))[1], "articles": n}
        for e, n in co.most_common(15)
    ]
    if as_json:
        echo_json(data)
        return
    click.echo(f"{ent.name}  ({ent.type}, {ent.id}, {ent.mention_count} mentions in {len(articles)} articles)")
    click.echo("variants:")
    for lang, forms in ent.variants.items():
        click.echo(f"  {lang}: " + ", ".join(f"{f} ×{n}" for f, n in forms))
    click.echo("articles:")
    for a in articles:
        click.echo(
            f"  {a['id']}  {a.get('published_at') or '':<25} {a.get('language') or '':<3} {a.get('title') or ''}"
        )
    if data["co_mentioned"]:
        click.echo("co-mentioned: " + ", ".join(f"{c['name']} ({c['articles']})" for c in data["co_mentioned"]))


def register(cli: click.Group) -> None:
    """Add `entities` and `entity`."""
    cli.add_command(entities_group)
    cli.add_command(entity_cmd)
