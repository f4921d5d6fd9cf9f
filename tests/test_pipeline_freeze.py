"""The analysis workers freeze what their parent loaded (storyline.pipeline.freeze_loaded): full collections
in a worker no longer traverse the models, and collection stays on for what the articles allocate."""

from __future__ import annotations

import gc
import multiprocessing
import os

import pytest

from storyline.ingest import parallel
from storyline.pipeline import Pipeline


def _worker_gc() -> tuple[int, bool, int]:
    garbage: list[object] = []
    garbage.append(garbage)  # a cycle made after the freeze: still collected
    del garbage
    return gc.get_freeze_count(), gc.isenabled(), gc.collect()


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="forked workers only")
def test_a_forked_analysis_worker_freezes_the_loaded_objects_and_still_collects() -> None:
    loaded = [{"weight": float(k)} for k in range(1000)]  # stands for the models the writer loaded before forking
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(1, initializer=parallel._init_worker, initargs=(os.getpid(), Pipeline([]), None)) as pool:
        frozen, enabled, collected = pool.apply(_worker_gc)
    assert frozen >= len(loaded)
    assert enabled
    assert collected >= 1
    assert gc.get_freeze_count() == 0  # the writer itself is left as it was
