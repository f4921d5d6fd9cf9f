"""Shared pieces of the CLI: opening the store from the context, the language option, JSON output."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

import click

from storyline.store import Store, open_store


def store_from(ctx: click.Context, create: bool = False) -> Store:
    """The store named by --db / settings; only commands that fill a store (`create`) may start a new one."""
    return open_store(ctx.obj["db"], create=create)


def echo_json(data: Any) -> None:
    """Print data as JSON (UTF-8, not ASCII-escaped)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


# ISO 639-1 (or -3) language code, as stored
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def _language_code(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    from storyline.language import normalise_language_code

    code = normalise_language_code(value)  # as stored: PL, pl-PL and pl are one language
    if code is not None and not _LANGUAGE_CODE.fullmatch(code):
        raise click.BadParameter(f"{value!r} is no language code; give an ISO 639-1 code such as pl, uk, de")
    return code


def language_option(help: str) -> Any:
    """The `--lang` option: an ISO code, matched lower case."""
    return click.option("--lang", callback=_language_code, help=help)


def warn_unknown_language(store: Store, lang: str | None) -> None:
    """Say on stderr which languages the stored articles are in when none is in `lang` (`ua`: Ukrainian is uk), so
    an empty answer is not read as a corpus without that language's news."""
    if not lang:
        return
    counts = {
        row["language"]: row["n"]
        for row in store.query(
            "SELECT language, COUNT(*) AS n FROM articles WHERE language IS NOT NULL GROUP BY language ORDER BY language"
        )
    }
    if counts and lang not in counts:
        listed = ", ".join(f"{code} ({n})" for code, n in counts.items())
        click.echo(f"no articles in language {lang!r}; articles by language (ISO 639-1 codes): {listed}", err=True)
