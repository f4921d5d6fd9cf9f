"""Timeline summarisation and its evaluation: tilse's metrics on small worked cases, floors on the shared data."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from storyline.brief.timeline import TimelineDocument, TimelineSentence, attach_dates, day_of, summarise_timeline
from storyline.evaluate.timeline import (
    align_rouge,
    date_scores,
    evaluate_timelines,
    rouge_approximation,
    rouge_counts,
    rouge_tokens,
    split_into_sentences,
)

FLOORS = Path(__file__).parent / "floors" / "timeline.json"
D = date.fromisoformat


def test_rouge_tokens_follow_rouge_155_with_stemming_and_stop_words() -> None:
    # Lower-cased, punctuation and stop words dropped, Porter stems for words longer than three letters.
    assert rouge_tokens("The gunman KILLED the policemen, didn't he?") == ["gunman", "kill", "policemen", "didn"]
    assert rouge_tokens("Anti-war protests") == ["anti", "war", "protest"]
    # Non-English text keeps its letters and uses the language's stemmer.
    assert rouge_tokens("La policía egipcia", "es") == ["la", "polic", "egipci"]


def test_rouge_counts_clip_repeated_ngrams() -> None:
    hits, pred_n, ref_n = rouge_counts(["police police police"], ["police fired on protesters"], 1)
    assert (hits, pred_n, ref_n) == (1, 3, 3)  # "on" is a ROUGE stop word
    hits2, pred2, ref2 = rouge_counts(["police fired tear gas"], ["police fired on protesters"], 2)
    # bigrams after stop-word removal: "polic fire", "fire tear", "tear gas" vs "polic fire", "fire protest"
    assert (hits2, pred2, ref2) == (1, 3, 2)


def test_rouge_approximation_is_f1_on_whitespace_tokens() -> None:
    assert rouge_approximation(["a b c d"], ["a b x y"]) == pytest.approx(0.5)
    assert rouge_approximation([], ["a"]) == 0.0


def test_date_scores() -> None:
    s = date_scores([D("2011-01-25"), D("2011-01-28"), D("2011-02-01")], [D("2011-01-25"), D("2011-02-11")])
    assert s["precision"] == pytest.approx(1 / 3)
    assert s["recall"] == pytest.approx(1 / 2)
    assert s["f_score"] == pytest.approx(0.4)


def test_align_rouge_identical_timelines_score_one() -> None:
    tl = {
        D("2010-04-20"): ["Explosion on the Deepwater Horizon rig kills eleven workers"],
        D("2010-07-15"): ["BP caps the leaking well"],
    }
    scores = align_rouge(tl, tl)
    assert scores["rouge_1"]["f_score"] == pytest.approx(1.0)
    assert scores["rouge_2"]["f_score"] == pytest.approx(1.0)


def test_align_rouge_discounts_a_date_one_day_off_and_maps_many_to_one() -> None:
    ref = {D("2010-04-20"): ["Explosion on the Deepwater Horizon rig kills eleven workers"]}
    pred = {
        D("2010-04-21"): ["Explosion on the Deepwater Horizon rig kills eleven workers"],
        D("2010-06-01"): ["Obama visits Louisiana"],
    }
    scores = align_rouge(pred, ref)
    # Both predicted dates align to the only gold date; matched n-grams count 1/(1+1) for the 1-day shift.
    r1 = scores["rouge_1"]
    n_pred = len(rouge_tokens(pred[D("2010-04-21")][0])) + len(rouge_tokens(pred[D("2010-06-01")][0]))
    n_gold = len(rouge_tokens(ref[D("2010-04-20")][0]))
    assert r1["precision"] == pytest.approx(0.5 * n_gold / n_pred)
    assert r1["recall"] == pytest.approx(0.5)
    assert align_rouge({}, ref)["rouge_2"]["f_score"] == 0.0


def test_split_into_sentences_keeps_offsets() -> None:
    text = "Der Pegel stieg. Dann kam die Welle!\nNowa linia: 12 km."
    spans = split_into_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Der Pegel stieg.", "Dann kam die Welle!", "Nowa linia: 12 km."]


def test_summariser_picks_most_referenced_days_and_central_sentences() -> None:
    def doc(aid: str, pub: str, sents: list[tuple[str, tuple[str, ...]]]) -> TimelineDocument:
        return TimelineDocument(
            aid,
            D(pub),
            [TimelineSentence(aid, i, i + 1, t, tuple(D(d) for d in ds)) for i, (t, ds) in enumerate(sents)],
        )

    docs = [
        doc(
            "a",
            "2026-03-10",
            [
                ("Hochwasser erreicht Ostrava, die Innenstadt steht unter Wasser", ("2026-03-10",)),
                ("Powódź dotarła do Ostrawy i zalała centrum miasta nocą", ("2026-03-10",)),
            ],
        ),
        doc(
            "b",
            "2026-03-12",
            [
                ("The flood crest reached Wrocław on Thursday morning after heavy rain", ("2026-03-12",)),
                ("Ostrava was flooded two days earlier when the river burst its banks", ("2026-03-10",)),
            ],
        ),
        doc("c", "2026-03-12", [("Residents of Wrocław filled sandbags through the night before the crest", ())]),
    ]
    tl = summarise_timeline(docs, max_dates=2, sentences_per_date=1)
    assert [t.day for t in tl] == [D("2026-03-10"), D("2026-03-12")]
    assert all(len(t.sentences) == 1 for t in tl)
    assert tl[0].references == 2 and tl[1].publications == 2


def test_attach_dates_and_day_of() -> None:
    assert day_of("2026-01-07T14:00") == D("2026-01-07")
    assert day_of("2026-W03") is None and day_of("XXXX-XX-XX") is None
    assert attach_dates([(0, 10), (11, 30)], [(12, 20, "2026-01-07"), (3, 5, "2026-02")]) == [(), (D("2026-01-07"),)]


@pytest.mark.eval
@pytest.mark.slow
def test_timeline_eval_floors(eval_dir: Path) -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    for name, spec in floors["subsets"].items():
        result = evaluate_timelines([eval_dir / d for d in spec["data"]], spec.get("cross_lingual", False))
        for metric, floor in spec["floors"].items():
            assert result["mean"][metric] >= floor, f"{name}: {metric} {result['mean'][metric]:.4f} fell below {floor}"


def _doc(aid: str, pub: str, sents: list[tuple[str, tuple[str, ...]]], lang: str = "en") -> TimelineDocument:
    return TimelineDocument(
        aid,
        D(pub),
        [TimelineSentence(aid, i, i + 1, t, tuple(D(d) for d in ds), i) for i, (t, ds) in enumerate(sents)],
        lang,
    )


def test_a_repeated_byline_votes_once_and_page_dumps_stop_voting() -> None:
    """Crawled pages repeating one dated sidebar, or dates deep in a page dump, do not outvote the news."""
    from storyline.brief.timeline import REFERENCE_DEPTH, rank_dates

    sidebar = ("di Mario Rossi 5 novembre 2012 Tutti noi coltiviamo la speranza", ("2012-11-05",))
    docs = [_doc(f"p{i}", "2011-02-01", [("Proteste al Cairo contro il governo", ()), sidebar]) for i in range(4)]
    docs.append(
        _doc("n1", "2011-02-01", [("Mubarak si è dimesso l'11 febbraio dopo diciotto giorni", ("2011-02-11",))])
    )
    docs.append(_doc("n2", "2011-02-02", [("L'11 febbraio la folla ha festeggiato in piazza Tahrir", ("2011-02-11",))]))
    filler = [("Commento di un lettore senza data alcuna", ())] * REFERENCE_DEPTH
    docs.append(_doc("dump", "2011-02-03", [*filler, ("Archivio del 3 marzo 2011 con altre notizie", ("2011-03-03",))]))
    ranked = {d: refs for d, _, refs, _ in rank_dates(docs)}
    assert ranked[D("2011-02-11")] == 2
    assert ranked[D("2012-11-05")] == 1  # four pages, one wording
    assert D("2011-03-03") not in ranked


def test_cross_lingual_timeline_prefers_the_readers_language() -> None:
    """Dates come from every language; a date's sentence is in the requested language when one exists."""
    docs = [
        _doc(
            "es", "2011-02-11", [("Mubarak dimite tras dieciocho días de protestas en El Cairo", ("2011-02-11",))], "es"
        ),
        _doc(
            "fr",
            "2011-02-11",
            [("Moubarak démissionne après dix-huit jours de manifestations au Caire", ("2011-02-11",))],
            "fr",
        ),
        _doc(
            "it",
            "2011-02-12",
            [("Mubarak si è dimesso dopo diciotto giorni di proteste al Cairo", ("2011-02-11",))],
            "it",
        ),
    ]
    for lang in ("es", "fr", "it"):
        (entry,) = summarise_timeline(docs, 1, 1, prefer_language=lang)
        assert entry.day == D("2011-02-11") and entry.sentences[0].article_id == lang


def test_a_dangling_sentence_gives_way_to_one_naming_its_actors() -> None:
    day = D("2026-03-02")
    sents = [
        TimelineSentence("a", 0, 60, "He said that Moscow would judge the talks in Vienna by their results.", (day,)),
        TimelineSentence("b", 0, 60, "Volkov said Moscow would judge the Vienna talks by their results.", (day,)),
        TimelineSentence("c", 0, 60, "He said that Moscow would judge the talks in Vienna on results.", (day,)),
    ]
    docs = [TimelineDocument(s.article_id, day, [s], "en") for s in sents]

    def dangling(text: str, language: str | None) -> bool:
        return language == "en" and text.startswith("He ")

    central = summarise_timeline(docs, 1, 1)[0].sentences[0]
    assert central.text.startswith("He ")  # the two "He said" wordings pull the centroid their way
    named = summarise_timeline(docs, 1, 1, dangling=dangling)[0].sentences[0]
    assert named.article_id == "b"
    # a date told only by dangling sentences keeps them: a date is not lost for want of a name
    alone = summarise_timeline(docs[:1], 1, 1, dangling=dangling)[0].sentences[0]
    assert alone.article_id == "a"
