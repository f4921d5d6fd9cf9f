"""Stage "quotes": a topic after a Polish or Czech cue is no claim. "Szef rządu mówił także na temat praworządności"
(spoke about), "premier poinformowała o woli opuszczenia Euroatomu" (informed of), "mówi się o wspólnym oświadczeniu"
(there is talk of): the words after the cue say what was spoken about, not what was said (TOPIC_OPENERS). A clause
after the topic's pointer ("mówił o tym, że …") is still the claim, and so is a topic holding the speaker's words in
marks, and a count ("organizatorzy mówią o 9 tysiącach") is a claim. English keeps its "spoke about" (PolNeAR marks the topic). Audit 28 (/work/briefs/audit28_pl.md). Sentences
written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Szef polskiego rządu mówił także na temat praworządności w Polsce.", "pl"),
        ("Premier Jan Kowalski mówił w piątek o reformie sądownictwa i finansach gmin.", "pl"),
        ("Premier Anna Nowak poinformowała o woli opuszczenia wspólnoty przez Wielką Brytanię.", "pl"),
        ("Reakcja nie jest znana, ale nieoficjalnie mówi się o wspólnym oświadczeniu Francji i Niemiec.", "pl"),
        ("Mówiąc o negocjacjach w sprawie umowy handlowej, prezes firmy wymieniła trzy priorytety.", "pl"),
        ("Ministr zdravotnictví Jan Novák informoval o nových opatřeních proti šíření nákazy.", "cs"),
    ],
)
def test_topic_after_cue_is_no_claim(text: str, lang: str) -> None:
    assert quote_rows(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "content", "label"),
    [
        (
            "Premier Jan Kowalski mówił o tym, że reforma sądownictwa jest konieczna.",
            "pl",
            "że reforma sądownictwa jest konieczna",
            "Jan Kowalski",
        ),
        (
            "Prezydent Jan Kowalski mówił wówczas o skierowanym przeciw niemu „polowaniu na czarownice”.",
            "pl",
            "wówczas o skierowanym przeciw niemu „polowaniu na czarownice”",
            "Jan Kowalski",
        ),
        (
            "Jak podaje agencja Asia News, o wykonanie wyroku zaapelowało kilku znanych kaznodziejów.",
            "pl",
            "o wykonanie wyroku zaapelowało kilku znanych kaznodziejów",
            "agencja Asia News",
        ),
        (
            "Policja podała niższe liczby. Organizatorzy mówią o 9 tysiącach uczestników marszu.",
            "pl",
            "o 9 tysiącach uczestników marszu",
            "Organizatorzy",
        ),
        (
            "Ministr Jan Novák informoval o tom, že reforma soudnictví je nutná.",
            "cs",
            "že reforma soudnictví je nutná",
            "Jan Novák",
        ),
    ],
)
def test_claim_after_topic_pointer_or_source_stays(text: str, lang: str, content: str, label: str) -> None:
    rows = quote_rows(text, lang)
    assert [(r["content"], r["label"]) for r in rows] == [(content, label)]


def test_english_spoke_about_keeps_its_topic() -> None:
    rows = quote_rows("Prime Minister John Smith spoke about the reform of the courts.", "en")
    assert [(r["content"], r["cue"]) for r in rows] == [("the reform of the courts", "spoke about")]
