"""Cross-lingual key comparison, size-aware storyline merging, and the calibrated pair similarity."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import numpy as np

from storyline.stories.calibrate import article_groups, cross_validate, fit_ridge, predict
from storyline.stories.cluster import Cluster, Clusterer, Weights
from storyline.stories.features import StoryFeatures, article_keys
from storyline.stories.similarity import STATIC_FEATURES, WEIGHTS_FILE, apply_model

# One story told in English and Polish, then in German: the German text capitalises every noun, so most of
# its name keys (Menschen, Freitag, Gespräche...) exist in German only and can match nothing across languages.
EN = (
    "Talks in Vienna stall over buffer zone",
    "Ukrainian negotiator Oleksandr Hrytsenko and Russian envoy Arkady Volkov met in Vienna on Thursday. "
    "Mediator Hanna Lindqvist of the OSCE said the sides disagreed on the buffer zone.",
)
PL = (
    "Rozmowy w Wiedniu utknęły",
    "Ukraiński negocjator Ołeksandr Hryczenko i rosyjski wysłannik Arkadij Wołkow spotkali się w Wiedniu. "
    "Mediatorka OBWE Hanna Lindqvist powiedziała, że strony różnią się w sprawie strefy buforowej.",
)
DE = (
    "Gespräche in Wien stocken",
    "Der ukrainische Chefunterhändler Oleksandr Hryzenko und der russische Gesandte Arkadi Wolkow trafen sich "
    "am Donnerstag in Wien. Die Vermittlerin Hanna Lindqvist von der OSZE sagte, die Delegationen seien bei der "
    "Pufferzone uneins; Beobachter sprachen von Verzögerungen, Menschen an der Front warten auf Ergebnisse.",
)
OTHER = (
    "Hochwasser an der Oder",
    "In Breslau stieg die Oder am Freitag auf einen Rekordstand. Die Behörden evakuierten Menschen aus "
    "Wohnungen in der Altstadt, sagte Bürgermeister Tomasz Wierzbicki.",
)

# German background news: common capitalised nouns and verbs (Menschen, Freitag, sagte) are frequent, not rare
BACKGROUND = [
    ("Neue Schule eröffnet", "Am Freitag eröffnete die Stadt eine Schule. Viele Menschen kamen, sagte die Leiterin."),
    ("Bahnstreik angekündigt", "Die Gewerkschaft sagte am Montag, Menschen müssten mit Ausfällen am Freitag rechnen."),
    (
        "Rekordernte im Süden",
        "Die Bauern sagte der Verband, ernteten am Freitag mehr als erwartet; Menschen kauften ein.",
    ),
]


def _feat(aid: str, text: tuple[str, str], lang: str, day: int, vec: list[float]) -> StoryFeatures:
    v = np.asarray(vec, dtype=np.float32)
    return StoryFeatures(
        aid,
        v / np.linalg.norm(v),
        article_keys(text[0], text[1]),
        published=datetime(2026, 3, 1, tzinfo=UTC) + timedelta(days=day),
        language=lang,
    )


def _stream(weights: Weights) -> dict[str, str]:
    cl = Clusterer(dim=4, weights=weights)
    for i, text in enumerate(BACKGROUND):
        cl.assign(_feat(f"bg{i}", text, "de", -30 * (i + 1), [0, 0, 0.2 * i, 1]))
    # the static vectors of German sit apart from English/Polish ones (the language bias the keys must beat)
    for f in (
        _feat("en", EN, "en", 0, [1, 0.1, 0, 0]),
        _feat("pl", PL, "pl", 0, [1, 0.2, 0, 0]),
        _feat("other", OTHER, "de", 1, [0, 0, 1, 0.2]),
        _feat("de", DE, "de", 1, [0, 0.3, 1, 0]),
    ):
        cl.assign(f)
    return {a: s for a, (s, _) in cl.member_of.items()}


def test_german_article_joins_its_story_through_keys_seen_in_several_languages() -> None:
    story = _stream(Weights())
    assert story["de"] == story["en"] == story["pl"]
    assert story["other"] != story["en"]
    # comparing all keys, the German-only nouns dilute the key cosine and the article opens its own story
    plain = _stream(Weights(cross_lingual_keys=False))
    assert plain["de"] != plain["en"]


def test_merge_threshold_grows_with_the_smaller_storyline() -> None:
    cl = Clusterer(dim=2, weights=Weights(storyline_merge=0.12, merge_size_slope=0.04))
    small = Cluster("a", np.zeros(2, dtype=np.float32), members=["x"])
    big = Cluster("b", np.zeros(2, dtype=np.float32), members=[str(i) for i in range(100)])
    big2 = Cluster("c", np.zeros(2, dtype=np.float32), members=[str(i) for i in range(1000)])
    assert cl.merge_threshold(small, big) == 0.12
    assert abs(cl.merge_threshold(big, big2) - 0.2) < 1e-9


def test_article_groups_keep_pairs_sharing_an_article_together() -> None:
    groups = article_groups(["1_2", "2_3", "4_5", "6_1", "7_8"])
    assert groups[0] == groups[1] == groups[3]
    assert len({groups[0], groups[2], groups[4]}) == 3


def test_ridge_recovers_a_linear_signal_under_grouped_cross_validation() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 3))
    y = 2.5 - 0.6 * x[:, 0] + 0.2 * x[:, 1] + rng.normal(scale=0.1, size=200)
    model = fit_ridge(x, y, alpha=1.0)
    assert np.corrcoef(predict(model, x), y)[0, 1] > 0.95
    cv = cross_validate(x, y, article_groups([f"{i}_{i + 1000}" for i in range(200)]), ["en-en"] * 200)
    assert cv["pearson"] > 0.9 and cv["by_language_pair"]["en-en"]["pairs"] == 200


def test_shipped_weights_match_the_features_and_rank_similar_pairs_higher() -> None:
    weights = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    model = weights["static"]
    assert model["features"] == list(STATIC_FEATURES)
    assert model["cross_validated"]["pearson"] > 0.6
    mean = np.array(model["mean"])
    std = np.array(model["std"])
    lead = STATIC_FEATURES.index("cos_lead")
    close, far = mean.copy(), mean.copy()
    for i, name in enumerate(STATIC_FEATURES):
        if name.startswith(("cos_", "keys", "names", "terms")):
            close[i] += std[i]
            far[i] -= std[i]
    close[lead + 1], close[lead + 2] = close[lead] ** 2, close[lead] ** 3
    far[lead + 1], far[lead + 2] = far[lead] ** 2, far[lead] ** 3
    sims = apply_model(model, np.stack([close, far]))
    assert 0.0 <= sims[1] < sims[0] <= 1.0
