"""Per-article analysis on a Ray cluster: the same chunks the forked workers take, sent to Ray actors.

`ray_address` (setting, or `storyline ingest --ray ADDRESS`) chooses it: `local` starts Ray on this
machine, `auto` joins the cluster `ray start` runs here, `ray://head:10001` a remote one. Each actor loads
the models once and analyses chunks of articles (`parallel.analyse`, spans packed as for the forked
workers); this process stays the one writer (store, duplicate links, corpus steps), as in every run.
Every node needs storyline installed (`pip install "storyline[ray]"`): Ray ships the pipeline by
reference to its modules. An actor that dies fails its chunk only: those articles are skipped and
reported, like a forked worker's.
"""

from __future__ import annotations

import os
from typing import Any

from storyline.errors import StorylineError

LOCAL_START_WAIT_S = 120  # seconds a local Ray node may take to start (RAY_gcs_server_port_wait_time_s)
LOCAL_START_TRIES = 2  # starts of a local node before the run gives up


class RayUnavailable(StorylineError):
    """Ray is not installed, or its cluster cannot be reached."""


class _Analyser:
    """One Ray actor: a pipeline and the corpus steps' preparation, loaded once."""

    def __init__(self, pipe: Any, features: Any) -> None:
        self.pipe, self.features = pipe, features

    def run(self, articles: list[Any]) -> list[Any]:
        """Analyse one chunk (as `parallel._analyse_chunk` does in a forked worker)."""
        from storyline.ingest.parallel import _pack, analyse

        return [_pack(analyse(self.pipe, a, self.features)) for a in articles]


class _Pending:
    """A chunk on its way through Ray; `get()` waits for it, as `AsyncResult.get()` does."""

    def __init__(self, ray: Any, ref: Any) -> None:
        self._ray, self._ref = ray, ref

    def get(self) -> list[Any]:
        """The analysed chunk (raises what the actor raised, or that it died)."""
        result: list[Any] = self._ray.get(self._ref)
        return result


class RayPool:
    """Actors on a Ray cluster, used like the forked pool: `apply_async`, `terminate`, `join`."""

    def __init__(self, address: str, workers: int | None, pipe: Any, features: Any) -> None:
        try:
            import ray
        except ImportError as exc:
            raise RayUnavailable(
                f'ray_address={address!r} needs Ray: pip install "storyline[ray]" (or unset ray_address)'
            ) from exc
        self._ray = ray
        self._started = not ray.is_initialized()
        if self._started:
            # A local node sometimes fails to bring up its GCS server on a loaded machine (twice in a day of full
            # test runs on two busy cores, once after the 120 s wait): start it once more before giving up.
            tries = LOCAL_START_TRIES if address == "local" else 1
            for attempt in range(1, tries + 1):
                try:
                    if address == "local":
                        # Ray's default 30 s for the GCS server to start is short on a busy laptop; an operator's
                        # own value wins.
                        os.environ.setdefault("RAY_gcs_server_port_wait_time_s", str(LOCAL_START_WAIT_S))
                        ray.init(num_cpus=workers or None, include_dashboard=False, log_to_driver=False)
                    else:
                        ray.init(address=address, log_to_driver=False)
                    break
                except Exception as exc:  # Ray raises ConnectionError, RuntimeError, ValueError … by version
                    ray.shutdown()  # a failed connection leaves state behind that would fail the next init too
                    if attempt < tries:
                        continue
                    raise RayUnavailable(
                        f"cannot reach the Ray cluster at {address!r}: {exc}; start one with `ray start --head`, "
                        "give its address (ray://host:10001), or use ray_address = 'local'"
                    ) from exc
        size = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        actor = ray.remote(num_cpus=1)(_Analyser)
        self.actors: list[Any] = [actor.remote(pipe, features) for _ in range(size)]
        self._next = 0

    def apply_async(self, func: Any, args: tuple[list[Any]]) -> _Pending:
        """Send one chunk to the next actor (round robin: chunks are alike in size)."""
        actor = self.actors[self._next % len(self.actors)]
        self._next += 1
        return _Pending(self._ray, actor.run.remote(*args))

    def terminate(self) -> None:
        """Stop the actors, and Ray itself when this run started it."""
        for actor in self.actors:
            self._ray.kill(actor)
        self.actors = []
        if self._started:
            self._ray.shutdown()

    def join(self) -> None:
        """Nothing to wait for once terminated (the forked pool's counterpart)."""
