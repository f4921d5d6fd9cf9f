"""The batch consolidation pass: storyline fragments of one story merge, other stories and locked ones stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storyline.stories.cluster import Clusterer, Weights
from storyline.stories.consolidate import ConsolidateParams, consolidate, merge_profiles, neighbours
from storyline.stories.embed import embedding_dim
from storyline.stories.regroup import regroup
from storyline.stories.storage import features_from_text

T0 = datetime(2024, 9, 14, 8, tzinfo=UTC)
FLOOD = [
    (
        "en",
        "Oder floods Wroclaw",
        "The Oder river rose to a record level in Wroclaw on Saturday. Mayor Jacek Sutryk ordered evacuations of the Kozanow district as the flood wave from Klodzko approached.",
    ),
    (
        "en",
        "Wroclaw braces for Oder flood wave",
        "Soldiers filled sandbags along the Oder in Wroclaw. Mayor Jacek Sutryk said the flood wave from Klodzko would peak on Sunday near Kozanow.",
    ),
    (
        "en",
        "Flood wave passes Wroclaw",
        "The Oder flood wave passed Wroclaw on Monday without breaching the embankments at Kozanow, Mayor Jacek Sutryk said, thanking soldiers and volunteers.",
    ),
    (
        "pl",
        "Odra zalewa Wrocław",
        "Poziom Odry we Wrocławiu osiągnął rekord. Prezydent Jacek Sutryk zarządził ewakuację Kozanowa, fala powodziowa z Kłodzka zbliża się do miasta.",
    ),
    (
        "pl",
        "Wrocław czeka na falę powodziową",
        "Żołnierze układają worki z piaskiem nad Odrą we Wrocławiu. Prezydent Jacek Sutryk mówi, że fala z Kłodzka dotrze na Kozanów w niedzielę.",
    ),
    (
        "pl",
        "Fala powodziowa minęła Wrocław",
        "Fala na Odrze minęła Wrocław, wały na Kozanowie wytrzymały, powiedział prezydent Jacek Sutryk, dziękując żołnierzom i wolontariuszom.",
    ),
]
FARMERS = [
    (
        "en",
        "Farmers block Brussels over Mercosur",
        "Thousands of farmers drove tractors into Brussels on Monday to protest the Mercosur trade deal outside the European Commission.",
    ),
    (
        "en",
        "Tractors fill Brussels streets",
        "Belgian and French farmers parked tractors near the Berlaymont building in Brussels, demanding the Commission drop the Mercosur agreement.",
    ),
    (
        "en",
        "Commission meets farmers on Mercosur",
        "European Commission officials met farmers' unions in Brussels as tractors blocked roads in protest at the Mercosur trade deal.",
    ),
]


def _features(rows: list[tuple[str, str, str]], start: int) -> list:
    return [
        features_from_text(f"a{start + i}", title, text, published=T0 + timedelta(hours=6 * (start + i)), language=lang)
        for i, (lang, title, text) in enumerate(rows)
    ]


def _fragments(cl: Clusterer, groups: list[list]) -> list[str]:
    """Place each group of articles in a storyline of its own (as a stream that never joined them would)."""
    ids = []
    for group in groups:
        first = cl.assign(group[0])
        for f in group[1:]:
            asg = cl.assign(f)
            if asg.storyline_id != first.storyline_id:
                cl.merge_storylines(asg.storyline_id, first.storyline_id)
        ids.append(first.storyline_id)
    return ids


def test_fragments_of_one_story_merge_and_other_stories_stay_apart() -> None:
    flood, farmers = _features(FLOOD, 0), _features(FARMERS, 10)
    # a join threshold no article reaches: every article opens a storyline, the groups are built by hand
    cl = Clusterer(embedding_dim(), Weights(storyline=5.0, storyline_merge=5.0))
    en_flood, pl_flood, farm = _fragments(cl, [flood[:3], flood[3:], farmers])
    merges = consolidate(cl, flood + farmers, ConsolidateParams())
    assert len(merges) == 1, merges
    story_of = {f.article_id: cl.member_of[f.article_id][0] for f in flood + farmers}
    assert len({story_of[f.article_id] for f in flood}) == 1  # the English and Polish fragments merged
    assert {story_of[f.article_id] for f in farmers} == {farm}
    assert farm not in {story_of[f.article_id] for f in flood}
    assert {en_flood, pl_flood} & set(cl.storylines)


def test_locked_and_small_storylines_take_no_part() -> None:
    flood = _features(FLOOD, 0)
    cl = Clusterer(embedding_dim(), Weights(storyline=5.0, storyline_merge=5.0))
    _, pl_flood = _fragments(cl, [flood[:3], flood[3:]])
    cl.storylines[pl_flood].locked = True  # an analyst split it off: it sticks
    assert consolidate(cl, flood, ConsolidateParams()) == []
    cl.storylines[pl_flood].locked = False
    assert consolidate(cl, flood, ConsolidateParams(min_size=4)) == []  # fragments of 3 are too small
    assert consolidate(cl, [], ConsolidateParams()) == []


def test_an_article_streamed_into_another_story_moves_to_its_own() -> None:
    flood, farmers = _features(FLOOD, 0), _features(FARMERS, 10)
    cl = Clusterer(embedding_dim(), Weights(storyline=5.0, storyline_merge=5.0))
    # the last flood report was streamed into the farmers' storyline
    flood_story, farm = _fragments(cl, [flood[:5], [*farmers, flood[5]]])
    assert cl.member_of[flood[5].article_id][0] == farm
    assert consolidate(cl, flood + farmers) == []  # one stray article does not link the two storylines
    assert cl.member_of[flood[5].article_id][0] == flood_story
    assert flood[5].article_id in cl.storylines[flood_story].members
    assert sorted(cl.storylines[farm].members) == sorted(f.article_id for f in farmers)
    event = cl.member_of[flood[5].article_id][1]
    assert cl.events[event].parent == flood_story and flood[5].article_id in cl.events[event].members


MORE_FARMERS = [
    (
        "en",
        "Farmers return to Brussels",
        "Farmers from Belgium and France brought tractors back to Brussels on Thursday, vowing to block the Mercosur "
        "trade deal at the European Commission.",
    ),
    (
        "fr",
        "Les agriculteurs bloquent Bruxelles",
        "Des milliers d'agriculteurs ont bloqué Bruxelles avec leurs tracteurs pour protester contre l'accord "
        "commercial du Mercosur devant la Commission européenne.",
    ),
]


def test_a_block_of_another_story_moves_back_before_it_links_storylines() -> None:
    flood, farmers = _features(FLOOD, 0), _features(FARMERS + MORE_FARMERS, 10)
    cl = Clusterer(embedding_dim(), Weights(storyline=5.0, storyline_merge=5.0))
    # the three Polish flood reports rode a merge into the farmers' storyline: each has its two Polish
    # neighbours there, so none moves alone, and as a block they link the farmers to the flood
    flood_story, farm = _fragments(cl, [flood[:3], [*farmers, *flood[3:]]])
    assert consolidate(cl, flood + farmers) == []  # no merge: the block went home first
    assert {cl.member_of[f.article_id][0] for f in flood} == {flood_story}
    assert sorted(cl.storylines[farm].members) == sorted(f.article_id for f in farmers)
    events = {cl.member_of[f.article_id][1] for f in flood[3:]}
    assert all(cl.events[e].parent == flood_story for e in events)


def test_an_unrelated_article_stays_alone() -> None:
    flood, farmers = _features(FLOOD, 0), _features(FARMERS, 10)
    maps = features_from_text(
        "maps",
        "Library puts 17th-century Scottish maps online",
        "The National Library of Scotland published scans of 17th-century maps by Timothy Pont after a three-year "
        "project with volunteers from Edinburgh and Glasgow.",
        published=T0 + timedelta(days=1),
        language="en",
    )
    cl = Clusterer(embedding_dim(), Weights(storyline=5.0, storyline_merge=5.0))
    _fragments(cl, [flood, farmers, [maps]])
    consolidate(cl, [*flood, *farmers, maps])
    assert cl.storylines[cl.member_of["maps"][0]].members == ["maps"]


def test_a_story_streamed_into_another_storyline_splits_off() -> None:
    flood, farmers = _features(FLOOD, 0), _features(FARMERS + MORE_FARMERS, 10)
    cl = Clusterer(embedding_dim(), Weights(storyline=5.0, storyline_merge=5.0))
    # the whole farmers' story joined the flood storyline one article at a time: there is no storyline of its
    # own to move back to, and it does not score as a join against the flood reports
    (flood_story,) = _fragments(cl, [[*flood, *farmers[:4]]])
    consolidate(cl, flood + farmers[:4])
    assert {cl.member_of[f.article_id][0] for f in flood} == {flood_story}
    farm = {cl.member_of[f.article_id][0] for f in farmers[:4]}
    assert len(farm) == 1 and flood_story not in farm
    assert sorted(cl.storylines[farm.pop()].members) == sorted(f.article_id for f in farmers[:4])


ANNIVERSARY = [
    (
        "en",
        "A year after the Oder flood, Wroclaw rebuilds Kozanow",
        "One year after the Oder flood wave from Klodzko, Mayor Jacek Sutryk opened new embankments in Wroclaw's "
        "Kozanow district.",
    ),
    (
        "pl",
        "Rok po powodzi Wrocław odbudowuje Kozanów",
        "Rok po fali powodziowej z Kłodzka prezydent Jacek Sutryk otworzył nowe wały na Kozanowie we Wrocławiu "
        "nad Odrą.",
    ),
    (
        "en",
        "Wroclaw marks flood anniversary",
        "Residents of Kozanow and Mayor Jacek Sutryk marked a year since the Oder flood reached Wroclaw from Klodzko.",
    ),
]


def test_a_story_a_year_later_joins_by_its_recurring_names() -> None:
    flood, farmers = _features(FLOOD, 0), _features(FARMERS, 10)
    later = [
        features_from_text(f"y{i}", title, text, published=T0 + timedelta(days=365 + i), language=lang)
        for i, (lang, title, text) in enumerate(ANNIVERSARY)
    ]
    cl = Clusterer(embedding_dim(), Weights(storyline=5.0, storyline_merge=5.0))
    flood_story, farm, year = _fragments(cl, [flood, farmers, later])
    # a year apart: Oder, Wroclaw, Kozanow, Klodzko and Sutryk recur in both, whatever the time between
    assert merge_profiles(cl, flood + farmers + later, ConsolidateParams(profile_threshold=1.01)) == []
    merges = merge_profiles(cl, flood + farmers + later, ConsolidateParams())
    assert merges == [(flood_story, year)]
    assert {cl.member_of[f.article_id][0] for f in flood + later} == {flood_story}
    assert {cl.member_of[f.article_id][0] for f in farmers} == {farm}


def test_a_later_chapter_of_a_story_is_not_split_off() -> None:
    flood = _features(FLOOD, 0)
    later = [
        features_from_text(f"y{i}", title, text, published=T0 + timedelta(days=365 + i), language=lang)
        for i, (lang, title, text) in enumerate(ANNIVERSARY)
    ]
    cl = Clusterer(embedding_dim(), Weights(storyline=5.0, storyline_merge=5.0))
    (story,) = _fragments(cl, [flood + later])
    # a year on, the anniversary reports score below a join against the flood reports and are each other's
    # neighbours, but their names are the story's: they stay
    consolidate(cl, flood + later)
    assert {cl.member_of[f.article_id][0] for f in flood + later} == {story}


def test_regroup_splits_two_stories_and_keeps_one_story_whole() -> None:
    flood, farmers = _features(FLOOD, 0), _features(FARMERS + MORE_FARMERS, 10)
    later = [
        features_from_text(f"y{i}", title, text, published=T0 + timedelta(days=365 + i), language=lang)
        for i, (lang, title, text) in enumerate(ANNIVERSARY)
    ]
    params = ConsolidateParams(regroup_min=3)  # communities this small only in a corpus this small
    cl = Clusterer(embedding_dim(), Weights(storyline=5.0, storyline_merge=5.0))
    (mixed,) = _fragments(cl, [[*flood, *farmers]])
    (whole,) = _fragments(cl, [[*later]])
    cl.merge_storylines(whole, mixed)  # the flood, its anniversary and the farmers in one storyline
    feats = flood + later + farmers
    moved = regroup(cl, feats, neighbours(cl, feats, params), params)
    story_of = {f.article_id: cl.member_of[f.article_id][0] for f in feats}
    # the farmers share no name with the flood and score below a merge: a storyline of their own; the
    # anniversary, a year on and in two languages, shares the flood's names and stays
    assert moved == len(farmers)
    assert {story_of[f.article_id] for f in flood + later} == {mixed}
    farm = {story_of[f.article_id] for f in farmers}
    assert len(farm) == 1 and mixed not in farm
    assert sorted(cl.storylines[farm.pop()].members) == sorted(f.article_id for f in farmers)


def test_regroup_leaves_a_locked_storyline_alone() -> None:
    flood, farmers = _features(FLOOD, 0), _features(FARMERS + MORE_FARMERS, 10)
    params = ConsolidateParams(regroup_min=3)
    cl = Clusterer(embedding_dim(), Weights(storyline=5.0, storyline_merge=5.0))
    (mixed,) = _fragments(cl, [[*flood, *farmers]])
    cl.storylines[mixed].locked = True  # an analyst put them together: it sticks
    feats = flood + farmers
    assert regroup(cl, feats, neighbours(cl, feats, params), params) == 0
    assert {cl.member_of[f.article_id][0] for f in feats} == {mixed}
