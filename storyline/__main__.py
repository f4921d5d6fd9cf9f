"""`python -m storyline` runs the CLI."""

from storyline.cli import main

main()
