"""Loading the spaCy pipelines storyline uses (English NER, the quotes parser), and running them faster.

spaCy's CPU back end multiplies its matrices with blis on one thread. numpy's OpenBLAS kernels do the
same products about 1.8 times faster on the machines we measured (the whole `en_core_web_sm` pipe over
2,524 PolNeAR sentences: 4.7 CPU-s with blis, 2.6 with OpenBLAS limited to one thread; every tag, head and
label identical). One thread, because storyline runs its analysis in one process per core (forked ingest
workers, Ray actors): OpenBLAS's own threads would only fight them, and took 7.7 CPU-s in the same test.
The limit applies inside each product alone (or, around a batch of parses, inside the batch alone:
`one_blas_thread`), so numpy elsewhere in the process keeps its settings.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

import numpy as np
from thinc.api import NumpyOps

from storyline.errors import NotFound


class MatmulOps(NumpyOps):
    """thinc's numpy back end with `gemm` done by numpy's BLAS on one thread (identical results)."""

    name = "storyline-matmul"

    def __init__(self) -> None:
        super().__init__()
        from threadpoolctl import ThreadpoolController

        # The BLAS libraries' thread pools, found once: `ThreadpoolController.limit` lists every library's info at
        # each call (~20 µs, 2% of the quotes stage's accurate mode on PolNeAR) before it sets the same limit.
        self._blas = ThreadpoolController().select(user_api="blas").lib_controllers
        self._held = threading.local()  # `held` is true in a thread inside `one_thread`

    @contextmanager
    def one_thread(self) -> Iterator[None]:
        """Run the block's products on one BLAS thread, the limit set once for the block and lifted after it.

        `gemm` sets and lifts the limit around each product; a batch of parses makes thousands of small products,
        and reading and setting the limits around each cost 1.3% of the quotes stage's accurate mode on PolNeAR
        (py-spy). The block should hold model calls alone: numpy elsewhere in it also runs on one thread.
        """
        if getattr(self._held, "held", False):
            yield  # a block inside a block: the outer one lifts the limit
            return
        before = [lib.num_threads for lib in self._blas]
        for lib in self._blas:
            lib.set_num_threads(1)
        self._held.held = True
        try:
            yield
        finally:
            self._held.held = False
            for lib, n in zip(self._blas, before, strict=True):
                lib.set_num_threads(n)

    def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        """x @ y (transposed as asked), into `out` when given."""
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if getattr(self._held, "held", False):
            return _product(a, b, out)
        before = [lib.num_threads for lib in self._blas]
        for lib in self._blas:
            lib.set_num_threads(1)
        try:
            return _product(a, b, out)
        finally:
            for lib, n in zip(self._blas, before, strict=True):
                lib.set_num_threads(n)


def one_blas_thread(nlp: Any) -> AbstractContextManager[None]:
    """The block in which `nlp`'s products run on one BLAS thread with the limit set once (`MatmulOps.one_thread`);
    an empty block for a pipeline that does not multiply through `MatmulOps`."""
    for _name, component in nlp.pipeline:
        ops = getattr(getattr(component, "model", None), "ops", None)
        if isinstance(ops, MatmulOps):
            return ops.one_thread()
    return nullcontext()


def _product(a: Any, b: Any, out: Any) -> Any:
    if out is None:
        return np.matmul(a, b)
    np.matmul(a, b, out=out)
    return out


def use_numpy_matmul(nlp: Any) -> Any:
    """Make every layer of `nlp`'s components multiply through `MatmulOps`; returns `nlp`."""
    ops = MatmulOps()
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if isinstance(layer.ops, NumpyOps):  # a GPU back end, if someone set one, stays
                layer.ops = ops
    return nlp


def load_first(models: tuple[str, ...], exclude: list[str] | None = None) -> Any:
    """The first installed spaCy pipeline of `models` (one model ships under several package names),
    multiplying through numpy; `NotFound` naming them all when none is installed."""
    import spacy

    for name in models:
        try:
            nlp = spacy.load(name, exclude=exclude or [])
        except OSError:
            continue
        return use_numpy_matmul(nlp)
    raise NotFound(f"none of the spaCy models {list(models)} is installed; pip install one of them (see README)")
