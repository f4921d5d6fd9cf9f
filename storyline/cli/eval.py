"""`storyline eval TASK --data FILE`: each task lives in `storyline/evaluate/<task>.py` as a click command."""

from __future__ import annotations

import importlib
import pkgutil

import click


@click.group(name="eval")
def eval_group() -> None:
    """Score storyline against gold data and print JSON.

    \b
    Example:
      storyline eval entities --data ../shared/eval/slavicner/documents.jsonl
    """


def register(cli: click.Group) -> None:
    """Add the `eval` group with every task found in `storyline.evaluate`."""
    import storyline.evaluate as evaluate

    for info in sorted(pkgutil.iter_modules(evaluate.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"storyline.evaluate.{info.name}")
        command = getattr(module, "command", None)
        if isinstance(command, click.Command):
            eval_group.add_command(command)
    cli.add_command(eval_group)
