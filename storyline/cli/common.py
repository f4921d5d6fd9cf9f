"""Shared pieces of the CLI: opening the store from the context, JSON output."""

from __future__ import annotations

import json
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
