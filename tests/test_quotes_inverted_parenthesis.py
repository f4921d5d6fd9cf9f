"""Stage "quotes": a cue and its speaker set off inside the claim, the verb before its subject.

"Sicuramente, ha detto il ministro, le elezioni saranno rinviate": Romance, German and Slavic news put the verb
first in such a parenthesis. Before, the word before the first comma was taken for the speaker ("Sicuramente",
"Morgen", "Завтра") or the sentence gave no quotation at all. English writes the subject first ("In three years,
Barden says, …") and had its own path already.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    ("lang", "text", "cue", "speaker"),
    [
        ("it", "Sicuramente, ha detto il ministro, le elezioni saranno rinviate.", "ha detto", "il ministro"),
        ("it", "Domani, ha spiegato Rossi, il governo presenterà il piano.", "ha spiegato", "Rossi"),
        ("fr", "Demain, a déclaré le ministre, les élections seront reportées.", "a déclaré", "le ministre"),
        ("fr", "Les élections, a déclaré le ministre Dupont, seront reportées.", "a déclaré", "le ministre Dupont"),
        ("de", "Morgen, sagte der Minister, werden die Wahlen verschoben.", "sagte", "der Minister"),
        ("de", "Die Wahlen, sagte der Minister, werden verschoben.", "sagte", "der Minister"),
        ("de", "Deshalb – sagte Merkel – sei der Plan gescheitert.", "sagte", "Merkel"),
        ("es", "Mañana, dijo el ministro, las elecciones serán aplazadas.", "dijo", "el ministro"),
        ("es", "Las elecciones, dijo el ministro García, serán aplazadas.", "dijo", "el ministro García"),
        ("pl", "Jutro, powiedział minister, wybory zostaną przełożone.", "powiedział", "minister"),
        ("pl", "Wybory, powiedział minister, zostaną przełożone.", "powiedział", "minister"),
        ("cs", "Zítra, řekl ministr, budou volby odloženy.", "řekl", "ministr"),
        ("ru", "Завтра, заявил министр, выборы будут перенесены.", "заявил", "министр"),
        ("uk", "Завтра, заявив міністр, вибори будуть перенесені.", "заявив", "міністр"),
    ],
)
def test_inverted_cue_inside_the_claim(lang: str, text: str, cue: str, speaker: str) -> None:
    # the claim is the whole clause, the parenthesis inside it as in English "In three years, Barden says, …"
    rows = quote_rows(text, lang)
    assert [(q["content"], q["cue"], q["speaker"]) for q in rows] == [(text.rstrip("."), cue, speaker)]


def test_inverted_cue_before_its_complement_is_no_parenthesis() -> None:
    # "Als er ankam, sagte der Minister, dass …": the clause after the comma is the verb's complement, the claim
    rows = quote_rows("Als er ankam, sagte der Minister, dass die Wahlen verschoben werden.", "de")
    assert [(q["content"], q["cue"]) for q in rows] == [("dass die Wahlen verschoben werden", "sagte")]
    # "…, ha annunciato il piano, che prevede …": a relative clause after the comma describes the object
    rows = quote_rows("Ieri, ha annunciato il piano, che prevede tagli alle tasse.", "it")
    assert "Ieri, ha annunciato il piano, che prevede tagli alle tasse" not in [q["content"] for q in rows]
    # a participle after the pair opens a claim of its own ("…, adding that …"): the first claim ends before the cue
    # (before, the Italian sentence gave only the participle's claim, the Polish one nothing)
    rows = quote_rows("Le elezioni saranno rinviate, ha detto Rossi, aggiungendo che il piano è pronto.", "it")
    assert [(q["content"], q["cue"], q["speaker"]) for q in rows] == [
        ("Le elezioni saranno rinviate", "ha detto", "Rossi"),
        ("che il piano è pronto", "aggiungendo", "Rossi"),
    ]
    rows = quote_rows(
        "Rozmowy utknęły w martwym punkcie, podał Reuters, powołując się na źródła w ministerstwie.", "pl"
    )
    assert [(q["content"], q["speaker"]) for q in rows] == [("Rozmowy utknęły w martwym punkcie", "Reuters")]


def test_english_parenthesis_keeps_its_reading() -> None:
    text = "In three years, Barden says, the plant will close."
    assert [(q["content"], q["speaker"]) for q in quote_rows(text, "en")] == [(text.rstrip("."), "Barden")]


def test_parenthesis_after_a_short_opening_holds_the_opening() -> None:
    # "The pseudonyms, she said, are designed …": one or two words before the subject's comma belong to the claim,
    # as three or more did ("In three years, Barden says, …"); before, the claim began after the parenthesis
    for text, speaker in (
        ("The pseudonyms, she said, are designed to protect a person's identity.", "she"),
        ("Tomorrow, the minister said, the elections will be postponed.", "the minister"),
    ):
        assert [(q["content"], q["speaker"]) for q in quote_rows(text, "en")] == [(text.rstrip("."), speaker)]
    # a name before its title in apposition is the subject, no claim
    text = "Eric Boles, director for the Office of Sustainability said, “The goal is to improve the service.”"
    assert [q["content"] for q in quote_rows(text, "en")] == ["The goal is to improve the service."]


def test_title_in_apposition_after_an_inverted_speaker() -> None:
    # "…, dijo Fawaz Gerges, profesor de …": who the speaker is closes the sentence; before, the title was the claim
    # and the claim's first word the speaker
    text = (
        "El acuerdo da a El Cairo una influencia sobre Hamas que nunca tuvo, dijo Fawaz Gerges, profesor de "
        "Relaciones Internacionales en Londres."
    )
    rows = quote_rows(text, "es")
    assert [(q["content"], q["speaker"]) for q in rows] == [
        ("El acuerdo da a El Cairo una influencia sobre Hamas que nunca tuvo", "Fawaz Gerges")
    ]


def test_participle_after_an_inverted_speaker() -> None:
    # "…, подчеркнул министр, добавив, что …": the first claim ends before its cue; the participle's claim is the
    # same speaker's (before: one claim ran over both, the participle's speaker the sentence's first words)
    text = "Эту политику примет и Аэрофлот, подчеркнул министр, добавив, что она не будет единственной."
    assert [(q["content"], q["speaker"]) for q in quote_rows(text, "ru")] == [
        ("Эту политику примет и Аэрофлот", "министр"),
        ("что она не будет единственной", "министр"),
    ]
    # "…, подчерта министърът, като добави, че …": a linking word before the next cue ends the claim the same way
    text = "Страната напуска съюза, но не и Европа, подчерта министърът, като добави, че целта е ново споразумение."
    assert [(q["content"], q["speaker"]) for q in quote_rows(text, "bg")] == [
        ("Страната напуска съюза, но не и Европа", "министърът"),
        ("че целта е ново споразумение", "министърът"),
    ]


def test_german_clause_before_the_verb_is_no_claim_nor_speaker() -> None:
    # "Als er ankam, sagte der Minister, …": in a verb-second main clause after a subordinate one the subject
    # follows the verb; before, "er" of the subordinate clause spoke, or the clause was the claim
    for text, content, speaker in (
        (
            "Als er ankam, sagte der Minister, dass die Wahlen verschoben werden.",
            "dass die Wahlen verschoben werden",
            "der Minister",
        ),
        (
            "Als er ankam, sagte der Minister, die Wahlen würden verschoben.",
            "die Wahlen würden verschoben",
            "der Minister",
        ),
        (
            "Während die Opposition protestierte, betonte die Kanzlerin, der Plan sei alternativlos.",
            "der Plan sei alternativlos",
            "die Kanzlerin",
        ),
    ):
        assert [(q["content"], q["speaker"]) for q in quote_rows(text, "de")] == [(content, speaker)], text
    # with no claim after the subject the opening words are the claim of a postposed cue ("Als Erstes …")
    text = "Als Erstes muss die Regierung handeln, sagte der Minister."
    assert [(q["content"], q["speaker"]) for q in quote_rows(text, "de")] == [
        ("Als Erstes muss die Regierung handeln", "der Minister")
    ]
