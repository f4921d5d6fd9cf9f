"""The batch pass keeps a cross-lingual story whole: a language's block is not split off its own story."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storyline.stories.cluster import Clusterer, Weights
from storyline.stories.consolidate import ConsolidateParams, move_blocks
from storyline.stories.embed import embedding_dim
from storyline.stories.storage import features_from_text

T0 = datetime(2024, 9, 14, 8, tzinfo=UTC)
ENGLISH = [
    "The Oder river rose to a record level in Wroclaw on Saturday; Mayor Jacek Sutryk ordered evacuations.",
    "Soldiers filled sandbags along the Oder in Wroclaw as the flood wave from Klodzko approached.",
    "The flood wave from Klodzko will peak on Sunday near Kozanow, Mayor Jacek Sutryk said.",
    "Residents of Kozanow left their homes as the Oder rose in Wroclaw.",
    "The Oder flood wave passed Wroclaw on Monday without breaching the embankments at Kozanow.",
    "Mayor Jacek Sutryk thanked soldiers and volunteers after the Oder flood passed Wroclaw.",
]
POLISH = [
    "Poziom Odry we Wrocławiu osiągnął rekord, prezydent Jacek Sutryk zarządził ewakuację Kozanowa.",
    "Żołnierze układają worki z piaskiem nad Odrą we Wrocławiu, fala z Kłodzka się zbliża.",
    "Fala powodziowa z Kłodzka dotrze na Kozanów w niedzielę, mówi prezydent Jacek Sutryk.",
    "Mieszkańcy Kozanowa opuszczają domy, Odra we Wrocławiu wciąż rośnie.",
    "Fala na Odrze minęła Wrocław, wały na Kozanowie wytrzymały.",
]


def _story() -> tuple[Clusterer, list, str]:
    """One flood story in English and Polish, in one storyline (as streaming and the merges left it)."""
    rows = [("en", t) for t in ENGLISH] + [("pl", t) for t in POLISH]
    feats = [
        features_from_text(f"a{i}", text[:40], text, published=T0 + timedelta(hours=6 * i), language=lang)
        for i, (lang, text) in enumerate(rows)
    ]
    # a join threshold no article reaches: every article opens a storyline, merged here by hand; the block below
    # also scores below a join against the rest, as a language's block does against a rest in other languages
    cl = Clusterer(embedding_dim(), Weights(storyline=5.0, storyline_merge=5.0))
    first = cl.assign(feats[0]).storyline_id
    for f in feats[1:]:
        sid = cl.assign(f).storyline_id
        if sid != first:
            cl.merge_storylines(sid, first)
    return cl, feats, first


def _neighbours(cross: bool) -> list[list[tuple[int, float]]]:
    """Each article's neighbours as the pass finds them: its own language's articles first (all of them, as
    near-copies of wire reports are), then, with `cross`, its nearest article of the other language."""
    en, pl = range(len(ENGLISH)), range(len(ENGLISH), len(ENGLISH) + len(POLISH))
    near: list[list[tuple[int, float]]] = []
    for i in [*en, *pl]:
        own = en if i in en else pl
        near.append([(j, 0.5) for j in own if j != i])
        if cross:
            other = pl if i in en else en
            near[i].append((other[i % len(other)], 0.3))
    return near


def test_a_languages_block_of_a_cross_lingual_story_stays() -> None:
    # the Polish reports are each other's neighbours (no same-language slot in the rest) and score below a join
    # against the English rest; their cross-language neighbours are all in that rest: one story, it stays whole
    params = ConsolidateParams(profile_threshold=1.01)  # recurring names alone would keep it: leave them out
    cl, feats, story = _story()
    assert move_blocks(cl, feats, _neighbours(cross=True), params) == 0
    assert {cl.member_of[f.article_id][0] for f in feats} == {story}


def test_a_block_with_no_neighbour_across_languages_still_splits_off() -> None:
    # the same block with nothing across languages to hold it: nothing says it is the same story, so it goes
    params = ConsolidateParams(profile_threshold=1.01)
    cl, feats, story = _story()
    assert move_blocks(cl, feats, _neighbours(cross=False), params) == len(POLISH)
    english = {cl.member_of[f.article_id][0] for f in feats[: len(ENGLISH)]}
    polish = {cl.member_of[f.article_id][0] for f in feats[len(ENGLISH) :]}
    assert english == {story} and len(polish) == 1 and story not in polish
