"""Analysis on Ray: the demo corpus ingested with Ray actors gives the same analysis as one process, and
a missing Ray is a clear error before anything is read (skips when Ray is not installed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from storyline.ingest.ray_pool import RayUnavailable
from storyline.settings import load_settings
from storyline.store import open_store


def test_ray_address_without_ray_installed_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import sys

    from storyline.ingest import ingest

    (tmp_path / "a.txt").write_text("Rada miasta przyjęła budżet we wtorek po długiej debacie.", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` fails as when it is not installed
    store = open_store(tmp_path / "s.db")
    with pytest.raises(RayUnavailable, match=r'pip install "storyline\[ray\]"'):
        ingest([tmp_path], store, settings=load_settings() | {"ray_address": "local"})
    assert store.count_articles() == 0  # said before anything was read


def test_an_unreachable_cluster_is_a_clear_error() -> None:
    pytest.importorskip("ray")
    from storyline.ingest.ray_pool import RayPool

    with pytest.raises(
        RayUnavailable, match=r"cannot reach the Ray cluster at 'ray://127\.0\.0\.1:9'.*ray start --head"
    ):
        RayPool("ray://127.0.0.1:9", None, None, None)


def test_demo_corpus_on_ray_actors_matches_one_process(
    examples_dir: Path,
    tmp_path: Path,
    analysis_summary: Callable[[Any], dict[str, Any]],
) -> None:
    ray = pytest.importorskip("ray", reason='Ray runs need pip install ".[ray]"')
    from storyline.ingest import ingest

    summaries = []
    for name, ray_address, workers in (("inline", "", 1), ("ray", "local", 2)):
        store = open_store(tmp_path / f"{name}.db")
        settings = load_settings() | {"ray_address": ray_address}
        report = ingest(
            [examples_dir / "corpus"], store, manifest=examples_dir / "manifest.csv", settings=settings, workers=workers
        )
        assert not report.skipped, report.skipped
        summaries.append(analysis_summary(store))
        store.close()
    assert not ray.is_initialized()  # the run that started Ray shut it down
    inline, on_ray = summaries
    assert len(inline["storylines"]) >= 3 and inline["quotes"] and inline["events"] and inline["search"]
    for key in inline:
        assert on_ray[key] == inline[key], key


def test_a_local_node_that_fails_to_start_is_started_once_more(monkeypatch: pytest.MonkeyPatch) -> None:
    """A local Ray node sometimes fails to bring up its GCS server on a busy machine ("Timed out waiting for file
    …/gcs_server_port_…"): the pool starts it once more; a node failing twice is a clear error."""
    import sys
    import types

    from storyline.ingest.ray_pool import RayPool

    calls: list[str] = []

    def fake_ray(failures: int) -> types.ModuleType:
        ray = types.ModuleType("ray")

        def init(**kwargs: Any) -> None:
            calls.append("init")
            if calls.count("init") <= failures:
                raise RuntimeError("Timed out waiting for file /tmp/ray/session_x/gcs_server_port_y")

        class Remote:
            def __init__(self, cls: Any) -> None:
                self.cls = cls

            def remote(self, *args: Any) -> str:
                return "actor"

        ray.init = init  # type: ignore[attr-defined]
        ray.shutdown = lambda: calls.append("shutdown")  # type: ignore[attr-defined]
        ray.is_initialized = lambda: False  # type: ignore[attr-defined]
        ray.cluster_resources = lambda: {"CPU": 2}  # type: ignore[attr-defined]
        ray.remote = lambda **kwargs: Remote  # type: ignore[attr-defined]
        return ray

    monkeypatch.setitem(sys.modules, "ray", fake_ray(failures=1))
    pool = RayPool("local", 2, None, None)
    assert calls == ["init", "shutdown", "init"] and pool.actors == ["actor", "actor"]
    calls.clear()
    monkeypatch.setitem(sys.modules, "ray", fake_ray(failures=2))
    with pytest.raises(RayUnavailable, match="cannot reach the Ray cluster at 'local': Timed out waiting"):
        RayPool("local", 2, None, None)
