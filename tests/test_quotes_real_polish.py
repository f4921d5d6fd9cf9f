"""Stage "quotes" on sentences shaped like real Polish news (SlavicNER dev + SemEval-8, audit 24, seed 2424).

Each test holds a sentence written by the team in the shape of one that the hand audit of real articles
(/work/briefs/audit24_pl.md) found wrongly read; the comment names the error class.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes

# --- where or when it was said after a cue is no speaker: the verb's subject speaks ----------------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Adwokat Jan Wiśniewski przyjechał do Berlina. – Moja klientka chce zamieszkać w Niemczech – powiedział "
            "w rozmowie z „Bild am Sonntag”.",
            "Jan Wiśniewski",
        ),
        (
            "Posłanka Anna Zielińska skrytykowała rząd. - Liczę, że uda się przegłosować dodatkowe miejsce - "
            "stwierdziła na antenie Radia Zet.",
            "Anna Zielińska",
        ),
        (
            "Prezes stowarzyszenia producentów Marek Lewandowski nie krył obaw. - Ożywienie w branży jest bardzo "
            "wątłe - powiedział na konferencji prasowej w Brukseli.",
            "Marek Lewandowski",
        ),
    ],
)
def test_aside_after_a_postposed_cue_is_no_speaker(text: str, label: str) -> None:
    rows = _quotes(text, "pl")
    assert len(rows) == 1 and rows[0]["label"] == label, rows


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Negocjator Michel Barnier przyjechał do Londynu. Jak powiedział na konferencji, umowy nie można "
            "rozszerzyć na całą Wielką Brytanię.",
            "umowy nie można rozszerzyć na całą Wielką Brytanię",
            "Michel Barnier",
        ),
        (
            "Prezydent Donald Trump broni się przed krytyką. Jak zaznaczył w czwartek, obowiązkiem stanów jest "
            "rozprowadzenie szczepionek.",
            "obowiązkiem stanów jest rozprowadzenie szczepionek",
            "Donald Trump",
        ),
    ],
)
def test_aside_after_an_as_cue_is_no_speaker(text: str, content: str, label: str) -> None:
    assert [(q["content"], q["label"]) for q in _quotes(text, "pl")] == [(content, label)]


def test_a_person_named_after_the_aside_still_speaks() -> None:
    text = "- Ożywienie jest bardzo wątłe - powiedział w czwartek w Brukseli minister Jan Kowalski."
    assert [q["label"] for q in _quotes(text, "pl")] == ["Jan Kowalski"]


def test_we_read_in_a_document_keeps_the_document() -> None:
    # "czytamy" (we read) has no person for its subject: the document stays the source
    text = (
        "Premier Jan Nowak był w Berlinie. „Firma zwiększy zatrudnienie o 300 osób” – czytamy w liście podpisanym "
        "przez zarząd."
    )
    assert [q["label"] for q in _quotes(text, "pl")] != ["Jan Nowak"]


def test_as_cue_at_a_sentence_end_takes_no_aside_for_its_claim() -> None:
    # the aside after "jak powiedział" is neither the speaker nor the claim
    text = "Jan Nowak szuka nowego domu. Na razie bez skutku, jak powiedział w rozmowie z portalem Onet."
    assert [(q["content"], q["label"]) for q in _quotes(text, "pl")] == [("Na razie bez skutku", "Jan Nowak")]


def test_a_plural_cue_keeps_the_body_it_names() -> None:
    # a plural verb's place is the body that speaks (sl "kot so sporočili z MZZ"), not a person named before
    text = (
        "Minister Anže Logar bo odpotoval v Washington. Kot so sporočili z MZZ, je obisk namenjen poglabljanju "
        "odnosov med državama."
    )
    assert [q["label"] for q in _quotes(text, "sl")] == ["z MZZ"]


# --- a title heading its body's name is the person the text named with that title and body --------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Na uroczystości był watykański sekretarz stanu kardynał Pietro Parolin. – Wywieramy presję w tych "
            "kwestiach – zapewnił sekretarz stanu Stolicy Apostolskiej.",
            "Pietro Parolin",
        ),
        (
            "Szef Kancelarii Prezesa Rady Ministrów Michał Dworczyk przekazał, że dawki dotarły do szpitali. - "
            "Kolejne dostawy dotrą w poniedziałek - dodał szef KPRM.",
            "Michał Dworczyk",
        ),
        (
            "W Brukseli przemawiał przewodniczący Rady Europejskiej Donald Tusk. - Nasze serca są wciąż dla was "
            "otwarte - dodał przewodniczący RE.",
            "Donald Tusk",
        ),
    ],
)
def test_title_of_a_body_is_its_named_holder(text: str, label: str) -> None:
    assert _quotes(text, "pl")[-1]["label"] == label


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        (
            "pl",
            "Prezydent USA Donald Trump rozmawiał z prezydentem Emmanuelem Macronem. - Rozmowa była dobra - "
            "powiedział prezydent Francji.",
            "Donald Trump",
        ),
        (
            "pl",
            "Premier Pakistanu: Asia Bibi jest bezpieczna. Premier Pakistanu zapewnił, że kobieta czuje się dobrze.",
            "Asia Bibi",
        ),
        (
            "ru",
            "В свою очередь директор Фонда изучения США имени Франклина Рузвельта при МГУ Юрий Рогулев выступил. "
            "Как заявил директор Института США, раскол в обществе будет расти.",
            "Франклин Рузвельт",
        ),
    ],
)
def test_title_of_another_body_is_not_its_holder(lang: str, text: str, wrong: str) -> None:
    assert all(q["label"] not in (wrong, "Франклина Рузвельта") for q in _quotes(text, lang))


# --- "ds." (do spraw) inside a title, and titles the data lacked: pełnomocnik, wiceminister, kardynał ---------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "- Nie chcemy ryzykować bezpieczeństwa pacjentów - dodał pełnomocnik rządu ds. szczepień Michał Dworczyk.",
            "Michał Dworczyk",
        ),
        (
            "- Ta ustawa jest niezbędna dla przygotowania kraju - tłumaczył brytyjski minister ds. brexitu David "
            "Davis.",
            "David Davis",
        ),
        (
            "Ze stanowiska odszedł wiceminister sprawiedliwości Phillip Lee. „Nie mogę z czystym sumieniem wspierać "
            "tego planu” - napisał ustępujący wiceminister.",
            "Phillip Lee",
        ),
    ],
)
def test_titles_with_do_spraw_and_new_titles(text: str, label: str) -> None:
    assert _quotes(text, "pl")[-1]["label"] == label


# --- a woman whose first name has no feminine ending: the past-tense cue agreeing with her full name tells ----------


def test_feminine_cue_makes_a_foreign_first_name_a_woman() -> None:
    text = (
        "„Ważne są w tym kontekście także kwestie wodne” – podkreślała Molly Scott-Cato. Dodała jednak, że wciąż "
        "wierzy, iż do brexitu nie dojdzie."
    )
    assert [q["label"] for q in _quotes(text, "pl")] == ["Molly Scott-Cato", "Molly Scott-Cato"]


def test_a_surname_alone_after_a_noun_votes_for_no_gender() -> None:
    # "Prawnik Bibi twierdził": the lawyer of Bibi, not Asia Bibi speaking as a man
    text = (
        "Sąd uniewinnił Asię Bibi. Prawnik Bibi twierdził, że oskarżenia były fałszywe. - To wspaniała wiadomość - "
        "powiedział prawnik Bibi, Saiful Mulook. - Trzeba docenić Sąd Najwyższy - dodał."
    )
    assert _quotes(text, "pl")[-1]["label"] == "Saiful Mulook"


# --- "Jak zapowiadał, …", "Jak tłumaczył, …", "jak przyznał X, …": as-constructions the data lacked ------------------


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Wojewoda Artur Chojecki informował o szczepieniach. Jak zapowiadał, od 4 stycznia szczepienia będą już we "
            "wszystkich placówkach.",
            "od 4 stycznia szczepienia będą już we wszystkich placówkach",
            "Artur Chojecki",
        ),
        (
            "Minister David Davis bronił ustawy. Jak tłumaczył, ma ona zapewnić sprawne prawodawstwo po wyjściu z UE.",
            "ma ona zapewnić sprawne prawodawstwo po wyjściu z UE",
            "David Davis",
        ),
        (
            "Polacy, jak przyznała Barbara Nowicka, dyrektorka fundacji w Londynie, obawiają się utraty praw.",
            "Polacy, jak przyznała Barbara Nowicka, dyrektorka fundacji w Londynie, obawiają się utraty praw",
            "Barbara Nowicka",
        ),
    ],
)
def test_as_constructions_with_imperfective_and_admitting_verbs(text: str, content: str, label: str) -> None:
    assert [(q["content"], q["label"]) for q in _quotes(text, "pl")] == [(content, label)]


# --- a plural title opening the sentence before is the group a subjectless plural cue speaks for -------------------


def test_plural_title_opening_the_sentence_before_speaks() -> None:
    text = (
        "Posłowie z zadowoleniem przyjęli projekt protokołu w sprawie Irlandii. Podkreślili też, że prawa obywateli "
        "nie będą ograniczane."
    )
    assert [q["label"] for q in _quotes(text, "pl")] == ["Posłowie"]


# --- "nalegać" (insist) reports with a clause, not with a noun --------------------------------------------------------


def test_insisting_with_a_clause_is_a_claim() -> None:
    text = "Posłowie nalegają, aby układ obejmował też solidny mechanizm rozwiązywania sporów."
    assert [(q["content"], q["label"]) for q in _quotes(text, "pl")] == [
        ("aby układ obejmował też solidny mechanizm rozwiązywania sporów", "Posłowie")
    ]


def test_insisting_on_a_noun_is_no_claim() -> None:
    text = "Stowarzyszenie Przemysłu Jądrowego nalega na stworzenie rozwiązania pomostowego."
    assert _quotes(text, "pl") == []


# --- "Podle/Według X claim, <relative clause>": the relative is the claim's own, the claim starts after the source ---


@pytest.mark.parametrize(
    ("lang", "text", "content"),
    [
        (
            "cs",
            "Podle úterní zprávy listu Financial Times chce EU vyvinout mechanismus, který by umožňoval rychlou reakci.",
            "chce EU vyvinout mechanismus, který by umožňoval rychlou reakci",
        ),
        (
            "pl",
            "Szefowie sondażowni mówili o błędach. Ich zdaniem wiele osób, które ostatecznie poparły Trumpa, "
            "wstydziło się do tego przyznać.",
            "wiele osób, które ostatecznie poparły Trumpa, wstydziło się do tego przyznać",
        ),
    ],
)
def test_relative_clause_inside_the_claim_after_a_source(lang: str, text: str, content: str) -> None:
    assert [q["content"] for q in _quotes(text, lang)] == [content]
