"""Stage "quotes" on sentences shaped like real Czech news (SlavicNER dev articles, hand audit of session 13).

Each test holds a sentence written by the team in the shape of one that the audit of real Czech articles from the
shared eval collection found wrongly read; the comment names the error class.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes

# --- "podle něj", "podle nich": the genitive pronoun is the whole source; the claim is the clause around it -------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Ministr Petr Dvořák mluvil o rozpočtu. Podle něj by dohodu zvládl lépe vyjednat nový kabinet.",
            "Petr Dvořák",
        ),
        (
            "Ministryně Alena Schillerová mluvila o povodních. Za škody podle ní mohou silné deště posledních dnů.",
            "Alena Schillerová",
        ),
    ],
)
def test_genitive_pronoun_after_podle_is_the_source(text: str, label: str) -> None:
    quotes = [q for q in _quotes(text, "cs") if q["cue"] and q["cue"].lower() == "podle"]
    assert len(quotes) == 1
    assert quotes[0]["label"] == label
    assert "ní" not in (quotes[0]["speaker"] or "").split() and "něj" not in (quotes[0]["speaker"] or "").split()
    assert "mohou" in quotes[0]["content"] or "zvládl" in quotes[0]["content"]


# --- the source after "podle" ends before the claim's verb or auxiliary; "podle pravidel" names no source ----------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nová varianta viru, která podle vědců může šíření zrychlit o polovinu, se objevila v Kentu.", "vědců"),
        ("Podle těchto zdrojů musí vláda sama rozhodnout o podobě obchodních dohod.", "těchto zdrojů"),
        ("Podle listu Le Monde se ale dodávky vakcín do regionů opět zpožďují.", "listu Le Monde"),
        ("Premiér se podle serveru Politico prezentoval jako poslední šance proti extremistům.", "serveru Politico"),
    ],
)
def test_source_after_podle_ends_before_the_claim(text: str, speaker: str) -> None:
    assert [q["speaker"] for q in _quotes(text, "cs")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Senát žádá zachování práv zaměstnanců podle evropských standardů i po odchodu země z unie.",
        "Alespoň podle slov, kterými ministr včera zdůvodňoval odchod svého náměstka z úřadu.",
    ],
)
def test_podle_with_no_source_is_no_attribution(text: str) -> None:
    assert _quotes(text, "cs") == []


# --- a medium after "podle" between a subject and its verb relays: the subject speaks -----------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Úřady podle zpravodajského serveru Seznam Zprávy uvedly, že zasáhly kvůli veřejnému pořádku.", "Úřady"),
        (
            "Bývalý ministr zahraničí Francie podle slov agentury AFP vzkázal voličům, že čas na změnu dochází.",
            "Bývalý ministr zahraničí Francie",
        ),
    ],
)
def test_subject_before_a_relaying_medium_speaks(text: str, speaker: str) -> None:
    quotes = [q for q in _quotes(text, "cs") if q["cue"] and q["cue"].lower() != "podle"]
    assert [q["speaker"] for q in quotes] == [speaker]


# --- wishes, promises of money and resemblance are no speech ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Prozatím bylo naočkováno přes milion lidí a Německo chce brzy týdně očkovat až dva miliony lidí.",
        "Ministři ostatních zemí chtějí, aby občané unie měli v Británii během přechodného období plná práva.",
        "Americký investor Jan Novák slíbil v přepočtu další čtyři miliony korun kampani na podporu unie.",
        "Postup bulvárního tisku proti investorovi připomíná kampaň nacionalistických skupin v Maďarsku.",
    ],
)
def test_wish_promise_or_resemblance_is_no_quote(text: str) -> None:
    assert _quotes(text, "cs") == []


def test_promise_with_a_clause_stays() -> None:
    rows = _quotes("Premiérka slíbila, že bude bojovat proti návrhům přiznat občanům unie plná práva.", "cs")
    assert [(r["cue"], r["speaker"]) for r in rows] == [("slíbila", "Premiérka")]


# --- verbs of saying Czech news uses, in their real forms ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Euro je kolosální chyba, brzy toho budeme velmi litovat, myslí si bývalý premiér Jan Novotný.",
            "myslí si",
            "bývalý premiér Jan Novotný",
        ),
        ("Obnova se nemusí podařit, přiznal ministr financí Kalousek", "přiznal", "ministr financí Kalousek"),
        ("Opozice tvrdí, že vláda o sankcích mlčela celé měsíce.", "tvrdí", "Opozice"),
        (
            "V pátek pak americká média informovala, že kandidát zvítězil i ve státě Nevada.",
            "informovala",
            "americká média",
        ),
        (
            "Situace je vážná, poznamenal ministr zdravotnictví Jan Blatný.",
            "poznamenal",
            "ministr zdravotnictví Jan Blatný",
        ),
    ],
)
def test_czech_verbs_of_saying(text: str, cue: str, speaker: str) -> None:
    rows = _quotes(text, "cs")
    assert [(r["cue"], r["speaker"]) for r in rows] == [(cue, speaker)]


def test_impersonal_zaznelo_reports_the_clause() -> None:
    rows = _quotes("Na jednání dále zaznělo, že prioritou je zachování práv unijních občanů.", "cs")
    assert [(r["cue"], r["content"]) for r in rows] == [("zaznělo", "že prioritou je zachování práv unijních občanů")]


# --- sentence adverbs and photo captions are no speakers -------------------------------------------------------------


@pytest.mark.parametrize("adverb", ["Zároveň", "Rovněž", "Navíc"])
def test_sentence_adverb_before_a_subjectless_cue_is_no_speaker(adverb: str) -> None:
    text = f"Vyjednavač Michel Barnier přijel do Londýna. {adverb} zdůraznil, že se rozhodnutí nezmění."
    rows = [r for r in _quotes(text, "cs") if r["cue"] == "zdůraznil"]
    assert [(r["speaker"], r["label"]) for r in rows] == [(None, "Michel Barnier")]


def test_photo_caption_colon_names_no_speaker() -> None:
    assert _quotes("Foto: Jan Novák Popisek: Předseda vlády v demisi na jednání v Bruselu", "cs") == []
