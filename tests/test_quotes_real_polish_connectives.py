"""Stage "quotes": a capitalised sentence adverb or connective opening a Polish sentence names no speaker
("Równocześnie jednak zaznaczył, że …", "Lecz zastrzega też: …"): the verb leaves its subject out, the person the text
goes on with; "Warto podkreślić, że …" (it is worth stressing) is the writer's, no one's quotation. Audit 26
(/work/briefs/audit26_pl.md). Sentences written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows, speaker_label


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Irlandzki premier Jan Murphy przyjechał w piątek do Brukseli. Zastrzegł, że kilka kwestii wciąż wymaga "
            "uzgodnienia. Równocześnie jednak zaznaczył, że zapewnienie, jakie otrzymał od Londynu, dobrze wróży.",
            "że zapewnienie",
            "Jan Murphy",
        ),
        (
            'Publicysta Gideon Rachman od lat komentuje politykę europejską. "Bitwa o Polskę jest testem siły '
            'populizmu" - ocenia Rachman. Lecz zastrzega też: "ci, którzy liczą na szybkie zwycięstwo Unii, mogą być '
            'zawiedzeni".',
            "ci, którzy liczą",
            "Gideon Rachman",
        ),
    ],
)
def test_an_opening_connective_is_no_speaker(text: str, content: str, label: str) -> None:
    assert speaker_label(text, "pl", content) == label


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Szczepionki muszą zostać zatwierdzone przez unijną agencję. Rząd Węgier wielokrotnie zaznaczał, że "
            "wykorzysta jednak własnych ekspertów i krajowe procedury.",
            "że wykorzysta",
            "Rząd Węgier",
        ),
        (
            "Bruksela nie zmieni wytycznych. Główny negocjator z ramienia KE Michel Barnier wielokrotnie podkreślał, że "
            "wspólny rynek jest niepodzielny.",
            "że wspólny rynek",
            "Michel Barnier",
        ),
    ],
)
def test_an_adverb_between_the_speaker_and_the_cue(text: str, content: str, label: str) -> None:
    # "wielokrotnie" (repeatedly) stands between the subject and its verb
    assert speaker_label(text, "pl", content) == label


def test_worth_stressing_is_the_writers_own() -> None:
    text = (
        "Walka toczy się o tak zwane stany wahające się. Warto podkreślić, że wynik w tych stanach często przesądza o "
        "wyniku wyborów."
    )
    assert quote_rows(text, "pl") == []
