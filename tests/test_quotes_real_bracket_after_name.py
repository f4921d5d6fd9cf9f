"""Stage "quotes": a short aside in brackets between a speaker's name and the cue (a party, a seat, a short form).
"Ministr Adam Vojtěch (za ANO) oznámil, že …", "Poseł Paweł Bejda (PSL) ocenił, że …", "Andreas Geisel (SPD) sagte,
…": the phrase before the bracket is the subject, and the claim was not found at all before (the bracket ended the
speaker phrase with nothing in it). An aside holding a cue of its own is left alone. Audit 28
(/work/briefs/audit28_cs.md). Sentences written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows

from storyline.quotes import extract


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        (
            "Ministr Adam Vojtěch (za ANO) oznámil, že povinnost nosit roušky platí pro celý kraj.",
            "cs",
            "že povinnost nosit roušky platí pro celý kraj",
            "Adam Vojtěch",
        ),
        (
            "Ministr financí Zbyněk Stanjura (ODS) řekl, že mimořádná daň letos nebude.",
            "cs",
            "že mimořádná daň letos nebude",
            "Zbyněk Stanjura",
        ),
        (
            "Poseł Paweł Bejda (PSL) ocenił z kolei, że tłumaczenia ministra są niewiarygodne.",
            "pl",
            "że tłumaczenia ministra są niewiarygodne",
            "Paweł Bejda",
        ),
        (
            "Sprawozdawca Pedro Silva Pereira (Socjaliści i Demokraci) podkreślił, że podział będzie sprawiedliwy.",
            "pl",
            "że podział będzie sprawiedliwy",
            "Pedro Silva Pereira",
        ),
        (
            "Finanzminister Christian Lindner (FDP) sagte, dass die Steuer nicht kommen werde.",
            "de",
            "dass die Steuer nicht kommen werde",
            "Christian Lindner",
        ),
    ],
)
def test_bracket_after_speaker_name(text: str, lang: str, content: str, label: str) -> None:
    rows = quote_rows(text, lang)
    assert [(r["content"], r["label"]) for r in rows] == [(content, label)]


def test_english_leaves_the_bracket_to_its_parse() -> None:
    # the rules path alone would take the words before the comma as Pence's claim; English reads brackets in its parse
    text = (
        "On this weekend’s broadcast of “Fox News Sunday,” Republican vice-presidential nominee Gov. Mike Pence (R-IN) "
        "said his running mate’s tweet was only “to mock” Hillary Clinton."
    )
    assert not any(r["content"].startswith("On this weekend") for r in quote_rows(text, "en"))


def test_english_rules_only_skip_the_bracket(monkeypatch: pytest.MonkeyPatch) -> None:
    # with no parse (quote_parser "fast") nothing else reads the bracket: the rules pass it as in other languages
    monkeypatch.setenv("STORYLINE_QUOTE_PARSER", "fast")
    extract._parse_enabled.cache_clear()
    try:
        text = "Gov. Mike Pence (R-IN) said that his running mate’s tweet was only meant to mock Hillary Clinton."
        rows = quote_rows(text, "en")
    finally:
        monkeypatch.delenv("STORYLINE_QUOTE_PARSER")
        extract._parse_enabled.cache_clear()
    assert [(r["content"], r["label"]) for r in rows] == [
        ("that his running mate’s tweet was only meant to mock Hillary Clinton", "Mike Pence")
    ]
