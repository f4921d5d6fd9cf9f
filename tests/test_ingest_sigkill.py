"""An ingest killed with SIGKILL leaves a consistent store; a rerun completes it, each article stored once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storyline.store import open_store

pytestmark = pytest.mark.slow

SUBJECTS = ["Der Stadtrat", "Rada miasta", "The city council", "Le conseil municipal", "Городская дума", "Міська рада"]
BODIES = [
    "{s} von Nummer {n} hat am Dienstag den Haushalt beschlossen. Die Opposition stimmte dagegen.\nDie Debatte dauerte {n} Minuten.",
    "{s} numer {n} przyjęła we wtorek budżet. Opozycja głosowała przeciw.\nDebata trwała {n} minut.",
    "{s} number {n} approved the budget on Tuesday. The opposition voted against it.\nThe debate lasted {n} minutes.",
    "{s} numéro {n} a adopté le budget mardi. L'opposition a voté contre.\nLe débat a duré {n} minutes.",
    "{s} номер {n} во вторник утвердила бюджет. Оппозиция голосовала против.\nДебаты длились {n} минут.",
    "{s} номер {n} у вівторок ухвалила бюджет. Опозиція голосувала проти.\nДебати тривали {n} хвилин.",
]


def _corpus(folder: Path, count: int) -> None:
    folder.mkdir()
    for n in range(count):
        k = n % len(BODIES)
        # distinct numbers and word orders keep them from being near duplicates of each other
        body = (
            BODIES[k].format(s=SUBJECTS[k], n=n * 7919 % 100003)
            + f"\nKod {n:05d}: "
            + " ".join(str(n * j % 997) for j in range(1, 40))
        )
        (folder / f"{n:05d}.txt").write_text(body, encoding="utf-8")


def _ingest_cmd(db: Path, folder: Path) -> list[str]:
    exe = Path(sys.executable).parent / "storyline"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "storyline"]
    return [*cmd, "--db", str(db), "ingest", str(folder), "--json"]


def test_sigkill_mid_run_then_rerun(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    _corpus(folder, 300)
    db = tmp_path / "kill.db"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(_ingest_cmd(db, folder), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    # Kill once some articles are committed but well before the end.
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 20:
            break
    if proc.poll() is not None:
        pytest.fail(
            f"ingest finished before it could be killed ({stored} stored): {proc.stderr.read().decode()[-500:] if proc.stderr else ''}"
        )
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < stored < 300

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        # every stored article is complete: it has its sentence layer (the sentence stage is installed)
        without = conn.execute(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM spans s WHERE s.article_id = a.id AND s.layer = 'sentence')"
        ).fetchone()[0]
        assert without == 0
        fts = conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        assert fts == total
    assert 0 < total < 300

    rerun = subprocess.run(_ingest_cmd(db, folder), capture_output=True, text=True, env=env, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-1000:]
    store = open_store(db)
    assert store.count_articles() == 300
    rows = store.query("SELECT source, count(*) AS n FROM articles GROUP BY source HAVING n > 1")
    assert rows == []
    assert store.query("PRAGMA integrity_check")[0]["integrity_check"] == "ok"
    import json

    report = json.loads(rerun.stdout)
    assert report["unchanged"] == total and report["ingested"] == 300 - total and not report["skipped"]
