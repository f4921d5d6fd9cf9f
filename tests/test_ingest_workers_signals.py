"""Forked analysis workers end when told to, whatever signal handlers the host process installed."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# A host with its own SIGTERM handler (a web server, Ray's driver, a test runner) starts the analysis pool;
# then each worker is sent SIGTERM, as Pool.terminate() and the parent-death signal send it.
SCRIPT = textwrap.dedent(
    """
    import os, signal, time
    from storyline.ingest.parallel import Analysers
    from storyline.pipeline import Pipeline

    signal.signal(signal.SIGTERM, lambda signum, frame: None)  # the host's handler: note it, go on
    analysers = Analysers(Pipeline([]), workers=2)
    analysers._start()
    time.sleep(3)  # the workers run their initializer
    workers = list(analysers.pool._pool)
    for p in workers:
        os.kill(p.pid, signal.SIGTERM)
    deadline = time.time() + 20
    while time.time() < deadline and any(p.exitcode is None for p in workers):
        time.sleep(0.2)
    print(" ".join(str(p.exitcode) for p in workers))
    os._exit(0)  # whatever the pool's state, this process ends
    """
)


def test_workers_end_on_sigterm_under_a_host_that_handles_it() -> None:
    # a forked worker inherited the host's handler: SIGTERM only ran it, and the worker went on waiting for
    # work, so Pool.terminate() in ingest's close() waited for it forever (a CI hang in the PostgreSQL demo
    # test, after the Ray test had run in the same process)
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == [str(-15), str(-15)], done.stdout
