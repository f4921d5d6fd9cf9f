"""Two speakers joined by "and" both speak: "Chuck Schumer and Nancy Pelosi said" is both, never the last alone.

Each text is written by the team in the shape of one the COORD audit (session 17) found cut to one conjunct over
SlavicNER, CL-TLS and SemEval-8 news: the phrase before the cue was read back to the coordinator only ("Чак Шумер і
Пелосі закликали" → Pelosi, "Komisja Europejska i Wielka Brytania poinformowały" → Wielka Brytania), an inverted
one forward to it ("…, предадоха Ройтерс и ДПА." → Reuters). The speaker words and label now hold all of them
(COORDINATORS in storyline/langs/<iso>/quotes.py), the person mention the first person's, so a search by either
name finds the quotation; a singular verb, a body's name with "and" inside it and a preposition's complement stay
one speaker.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from quote_rows import quote_rows

from storyline.ingest import ingest
from storyline.quotes.listing import list_quotes
from storyline.store import open_store


def _row(text: str, lang: str, content: str) -> dict[str, object]:
    rows = [q for q in quote_rows(text, lang) if q["content"].startswith(content)]
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(
    ("lang", "text", "content", "speaker"),
    [
        # two senators before an English past tense (no agreement to tell the number)
        (
            "en",
            "The hearing ended late on Tuesday. Senators Ted Cruz and Ron Johnson said the count in Arizona had to "
            "be audited again.",
            "the count in Arizona",
            "Senators Ted Cruz and Ron Johnson",
        ),
        # titles before each name
        (
            "en",
            "British Prime Minister Boris Johnson and French President Emmanuel Macron said that renewed tensions in the "
            "Channel benefit no one.",
            "that renewed tensions",
            "British Prime Minister Boris Johnson and French President Emmanuel Macron",
        ),
        # a leader with his title and a surname alone, a plural verb
        (
            "uk",
            "Лідер демократів у Сенаті Чак Шумер і Ненсі Пелосі закликали керівника пошти дати свідчення в комітеті.",
            "керівника пошти",
            "Чак Шумер і Ненсі Пелосі",
        ),
        # two bodies and a plural past tense
        (
            "pl",
            "Komisja Europejska i Wielka Brytania poinformowały w poniedziałek, że zawarły porozumienie w sprawie "
            "okresu przejściowego.",
            "że zawarły",
            "Komisja Europejska i Wielka Brytania",
        ),
        # surnames alone, a plural present
        (
            "bg",
            "Министрите Дейвид Дейвис и Филип Хамънд публикуваха статия. В статията си за германски вестник Дейвис и "
            "Хамънд показват, че ще се стремят да запазят висока степен на съответствие с ЕС.",
            "че ще се стремят",
            "Дейвис и Хамънд",
        ),
        # a dual auxiliary before a participle that alone reads feminine
        (
            "sl",
            "Pfizer in BioNTech sta napovedala, da bosta že prihodnji teden zaprosila za odobritev cepiva.",
            "da bosta že",
            "Pfizer in BioNTech",
        ),
        # three leaders listed with commas
        (
            "it",
            "Obama, Cameron e Sarkozy sostengono che a Bengasi ci sono state decine di migliaia di vittime.",
            "che a Bengasi",
            "Obama, Cameron e Sarkozy",
        ),
        # a place before the pair is not one of them
        (
            "fr",
            "A Paris, Nicolas Sarkozy et Angela Merkel annoncent un compromis pour sauver la zone euro.",
            "un compromis",
            "Nicolas Sarkozy et Angela Merkel",
        ),
        # two agencies after an inverted plural verb
        (
            "bg",
            "Премиерът на Ирландия Лио Варадкар предупреди днес Великобритания, че не й остава много време, "
            "предадоха Ройтерс и ДПА.",
            "Премиерът на Ирландия",
            "Ройтерс и ДПА",
        ),
        # two vice-presidents named after their plural title, after a direct quotation
        (
            "bg",
            "„Информацията е от решаващо значение за справяне с кризата“, заявиха днес заместник-председателите на "
            "Европейския парламент Отмар Карас и Катарина Барли.",
            "Информацията е",
            "заместник-председателите на Европейския парламент Отмар Карас и Катарина Барли",
        ),
        # an English inverted pair closing the sentence
        (
            "en",
            '"The election was not stolen," said Mitt Romney and Lisa Murkowski.',
            "The election was not stolen",
            "Mitt Romney and Lisa Murkowski",
        ),
    ],
)
def test_joined_speakers_are_all_the_speaker(lang: str, text: str, content: str, speaker: str) -> None:
    row = _row(text, lang, content)
    assert row["speaker"] == speaker
    # the label names every conjunct, each by its resolved name (the last word of each is in it)
    label = str(row["label"])
    joiner = next(w for w in speaker.split() if w in ("and", "і", "i", "и", "in", "e", "et"))
    heads = [part.split()[-1] for part in speaker.replace(f" {joiner} ", ",").split(",")]
    assert all(head in label for head in heads), label


@pytest.mark.parametrize(
    ("lang", "text", "content", "speaker"),
    [
        # a singular verb: the secretary general of one body whose name holds "i"
        (
            "pl",
            "Sekretarz generalny Copa i Cogeca powiedział, że chce, aby Unia dołożyła wszelkich starań.",
            "że chce, aby Unia",
            "Cogeca",
        ),
        # a preposition's complement: the ministers are one speaker
        (
            "en",
            "Ministers from France and Poland said the talks should resume in March.",
            "the talks should resume",
            "Ministers from France and Poland",
        ),
        # "and" joins the speaker's two deeds, not two speakers: the object after it speaks no words
        (
            "en",
            '"We are ready to talk," said Keir Starmer and left the room.',
            "We are ready to talk",
            "Keir Starmer",
        ),
    ],
)
def test_one_speaker_stays_one(lang: str, text: str, content: str, speaker: str) -> None:
    assert _row(text, lang, content)["speaker"] == speaker


@pytest.mark.parametrize(
    ("lang", "text", "content", "label"),
    [
        # one woman with two titles, a plural verb all the same
        (
            "bg",
            "Заместник министър-председателят и министър на външните работи Екатерина Захариева и посланиците "
            "обсъдиха срещата. Заместник министър-председателят и министър на външните работи Екатерина Захариева "
            "заяви, че България ще подкрепи решението.",
            "че България",
            "Екатерина Захариева",
        ),
        # a particle before "and", a man named after it
        ("ru", "Вот и Маркус Зёдер настаивает, что нужно закрыть границы.", "что нужно", "Маркус Зёдер"),
    ],
)
def test_a_person_named_last_joins_only_a_person(lang: str, text: str, content: str, label: str) -> None:
    assert _row(text, lang, content)["label"] == label


def test_the_quotation_is_found_under_either_name(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Senate talks stalled on Friday.\n\nChuck Schumer and Nancy Pelosi said the relief bill must pass this "
        "week, before the recess begins.\n",
        encoding="utf-8",
    )
    store = open_store(tmp_path / "s.db")
    ingest([folder / "a.txt"], store)
    for name in ("Schumer", "Pelosi"):
        rows = list_quotes(store, speaker=name)
        assert [r["content"] for r in rows] == ["the relief bill must pass this week, before the recess begins"], name
        assert rows[0]["speaker_text"] == "Chuck Schumer and Nancy Pelosi"
