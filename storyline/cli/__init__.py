"""The `storyline` command: a thin layer over the library.

Each module in this package adds its commands with `register(cli)`; library exceptions become a
one-line message and exit status 1.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import click

from storyline.errors import StorylineError
from storyline.settings import load_settings


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--db", envvar="STORYLINE_DB", default=None, help="Store file (default: storyline.db, or STORYLINE_DB).")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """storyline: multilingual news into source-cited story briefings.

    \b
    Example:
      storyline ingest examples/ --manifest examples/manifest.csv
      storyline stories
      storyline brief --format html -o brief.html
    """
    settings = load_settings()
    if db:
        settings["db"] = db
    ctx.obj = settings


def _register_all() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(cli)


_register_all()


def main() -> None:
    """Entry point: run the CLI, turning storyline errors into one-line messages."""
    try:
        cli.main(standalone_mode=False)
    except StorylineError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
