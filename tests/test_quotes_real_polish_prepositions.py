"""Stage "quotes": a Polish speaker phrase holding or following a prepositional phrase. Polish lists its prepositions
now, so a place after the speaker's noun is its complement, no speaker ("Policja w Pakistanie ostrzega, że …", not
"Pakistanie"). A phrase before the place that is no speaker ("W ubiegłą środę w Luksemburgu …") leaves the person
named after the place ("… przewodniczący Rady Europejskiej Donald Tusk poinformował"), and a title opening the phrase
with its genitive complement ("Rzecznik rządu w Londynie powiedział") or a title after the place ("Na Twitterze prezydent USA pisze") is the
speaker, as in Czech ("Mluvčí vlády v
Londýně řekl"). "Z danych Eurostatu wynika" keeps its source ("z" and "przez" are not listed). "czytamy" (we read) is impersonal:
the document after it is the source ("czytamy w komunikacie spółki", which the preposition would otherwise end), and
with none named no person is ("- czytamy." is not the politician named before). Audit 27
(/work/briefs/audit27b_pl.md). Sentences written for this audit."""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


def _row(text: str, lang: str, content: str) -> dict[str, object]:
    rows = [q for q in quote_rows(text, lang) if q["content"].startswith(content)]
    assert len(rows) == 1, quote_rows(text, lang)
    return rows[0]


@pytest.mark.parametrize(
    ("text", "lang", "content", "speaker"),
    [
        (
            "Policja w Pakistanie ostrzega, że w kraju mogą wybuchnąć zamieszki.",
            "pl",
            "że w kraju",
            "Policja w Pakistanie",
        ),
        (
            "W ubiegłą środę w Luksemburgu przewodniczący Rady Europejskiej Donald Tusk poinformował, że szczyt odbędzie "
            "się w marcu.",
            "pl",
            "że szczyt",
            "Donald Tusk",
        ),
        (
            "W poniedziałek w Warszawie minister finansów Jan Kowalski powiedział, że budżet jest bezpieczny.",
            "pl",
            "że budżet",
            "Jan Kowalski",
        ),
        ("Rzecznik rządu w Londynie powiedział, że rozmowy trwają.", "pl", "że rozmowy", "Rzecznik rządu w Londynie"),
        ("Na Twitterze prezydent USA pisze, że wybory zostały skradzione.", "pl", "że wybory", "prezydent USA"),
        (
            "W trakcie wizyty w Borodziance szef hiszpańskiego rządu przyznał, że jest poruszony.",
            "pl",
            "że jest",
            "szef hiszpańskiego rządu",
        ),
        ("Mluvčí vlády v Londýně řekl, že jednání pokračují.", "cs", "že jednání", "Mluvčí vlády v Londýně"),
    ],
)
def test_speaker_around_a_prepositional_phrase(text: str, lang: str, content: str, speaker: str) -> None:
    assert _row(text, lang, content)["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Z danych Eurostatu wynika, że bezrobocie spadło.", "że bezrobocie", "danych Eurostatu"),
        (
            "Pomysł został podchwycony przez przeciwników brexitu, którzy uważają, że drugie referendum jest konieczne.",
            "że drugie",
            "którzy",
        ),
    ],
)
def test_a_source_after_z_or_przez_is_kept(text: str, content: str, speaker: str) -> None:
    assert _row(text, "pl", content)["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Spółka opublikowała komunikat. „Wyniki za trzeci kwartał były lepsze od oczekiwań” – czytamy w komunikacie "
            "spółki.",
            "Wyniki",
            "komunikacie spółki",
        ),
        (
            "Minister Zbigniew Ziobro złożył wniosek do sądu. Sprawę opisuje „Rzeczpospolita”. - Prokuratura będzie "
            "badać wszystkie wątki - czytamy.",
            "Prokuratura",
            None,
        ),
    ],
)
def test_czytamy_reads_from_a_document_not_a_person(text: str, content: str, speaker: str | None) -> None:
    row = _row(text, "pl", content)
    assert (row["speaker"], row["label"]) == (speaker, speaker)
