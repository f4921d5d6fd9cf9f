"""Acceptance on the shared seeds: 3 articles (en, en, pl), Polish dates from the header, removals shown, search."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def _run(*args: str, db: Path) -> str:
    exe = shutil.which("storyline") or str(Path(sys.executable).parent / "storyline")
    if not Path(exe).exists():
        pytest.skip("the storyline command is not installed (pip install -e .)")
    env = {**os.environ, "STORYLINE_DB": str(db)}
    result = subprocess.run([exe, *args], capture_output=True, text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_seeds_acceptance(seeds_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "seeds.db"
    report = json.loads(_run("ingest", str(seeds_dir), "--json", db=db))
    assert report["ingested"] == 3
    rows = json.loads(_run("articles", "--json", db=db))
    assert sorted(r["language"] for r in rows) == ["en", "en", "pl"]
    polish = next(r for r in rows if r["language"] == "pl")
    shown = json.loads(_run("show", polish["id"], "--json", db=db))
    assert shown["published"]["value"] == "2026-01-08T21:58:00+01:00"
    assert shown["updated"]["value"] == "2026-01-09T00:01:00+01:00"
    assert shown["published"]["source"] == "page header"
    assert "Foto: Reuters" in [r["text"].strip() for r in shown["removed"]]
    assert "Foto: Reuters" not in shown["text"]
    english = [json.loads(_run("show", r["id"], "--json", db=db)) for r in rows if r["language"] == "en"]
    removed = [r["text"].strip() for e in english for r in e["removed"]]
    assert any(t.startswith("Read Also: UK Says Russian Spy Ship") for t in removed)
    assert all("Read Also" not in e["text"] for e in english)
    assert all(e["published"]["value"] is None for e in english)  # no date is invented
    text = _run("show", polish["id"], db=db)
    assert "photo credit: Foto: Reuters" in text
    hits = json.loads(_run("search", "Zelenski", "--json", db=db))
    assert {h["article_id"] for h in hits} == {r["id"] for r in rows}
