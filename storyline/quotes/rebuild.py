"""Rebuild the English quotes stage's learned files that read the rules' output, in their order.

    python -m storyline.quotes.rebuild --data ../shared/eval/polnear/documents.jsonl

The filter judges what the rules and the parse path find, the selector's labels are the stage's output after
the filter, and the tagger reads all of it, so after any change to the rules (or the scorer) the three are
rebuilt in this order (`data/README.md`; ~6 CPU-minutes, deterministic: byte-identical on an unchanged tree).
Each step is its own process, so none reads a learned file an earlier step replaced from a cache. The cue table
and the scorer read only parses and gold attributions; rebuild them on their own (`train`, `train --scorer`).
Only PolNeAR train is read. Ends with the size and SHA-256 of each file written, to compare two runs.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import click

from storyline.quotes.parsed import DATA_DIR

# (module, its arguments besides --data, the files it writes under data/), in the order they must run.
STEPS = [
    ("storyline.quotes.train", ["--filter"], ["en_filter.json"]),
    ("storyline.quotes.selector_train", [], ["en_selector.json"]),
    ("storyline.quotes.tagger_train", [], ["en_tagger.crfsuite", "en_tagger.json"]),
]


@click.command()
@click.option("--data", type=click.Path(path_type=Path), default=Path("../shared/eval/polnear/documents.jsonl"))
@click.option("--dry-run", is_flag=True, help="Print the commands without running them.")
def main(data: Path, dry_run: bool) -> None:
    """Rebuild the quote filter, the sentence selector and the quote tagger from PolNeAR train, in order."""
    for module, args, _files in STEPS:
        command = [sys.executable, "-m", module, "--data", str(data), *args]
        click.echo("python " + " ".join(command[1:]))
        if not dry_run and (code := subprocess.run(command, check=False).returncode) != 0:
            raise click.ClickException(
                f"{module} failed (exit {code}); the files it and the steps after it write are stale"
            )
    if dry_run:
        return
    for _module, _args, files in STEPS:
        for name in files:
            raw = (DATA_DIR / name).read_bytes()
            click.echo(f"{hashlib.sha256(raw).hexdigest()}  {len(raw):>9}  {name}")


if __name__ == "__main__":
    main()
