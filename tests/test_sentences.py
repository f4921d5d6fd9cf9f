"""Stage "sentences": paragraphs by line, sentences around abbreviations, initials, numbers and quotes."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from storyline.clean import clean
from storyline.model import Article
from storyline.sentences import sentences, split_paragraphs, split_sentences


def _split(text: str, lang: str | None) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang)]


CASES = [
    (
        "en",
        "Mr. Smith met Dr. Jones in Washington. J. R. R. Tolkien wrote it in 1937.",
        ["Mr. Smith met Dr. Jones in Washington.", "J. R. R. Tolkien wrote it in 1937."],
    ),
    (
        "en",
        "Growth was 3.5 percent on 12.01.2026, up from 1.000 units. Peskov disagreed.",
        ["Growth was 3.5 percent on 12.01.2026, up from 1.000 units.", "Peskov disagreed."],
    ),
    (
        "en",
        "Peskov said, “Consultations are not currently under way.” He reiterated the “root causes” line.",
        ["Peskov said, “Consultations are not currently under way.”", "He reiterated the “root causes” line."],
    ),
    (
        "en",
        "“Why now?” he asked. Nobody answered... Then Rubio spoke.",
        ["“Why now?” he asked.", "Nobody answered...", "Then Rubio spoke."],
    ),
    (
        "en",
        "The U.S. envoy arrived on Thursday. Talks were held in the U.S. The Kremlin stayed silent. See No. 5 below.",
        [
            "The U.S. envoy arrived on Thursday.",
            "Talks were held in the U.S.",
            "The Kremlin stayed silent.",
            "See No. 5 below.",
        ],
    ),
    (
        "pl",
        "Spotkał się z prof. Kowalskim i dr. Nowakiem m.in. w Warszawie. Potem W. Putin powiedział: „To koniec.” Następnie wyszedł.",
        [
            "Spotkał się z prof. Kowalskim i dr. Nowakiem m.in. w Warszawie.",
            "Potem W. Putin powiedział: „To koniec.”",
            "Następnie wyszedł.",
        ],
    ),
    (
        "pl",
        "Mieszka przy ul. Długiej 5. Tzw. plan pokojowy ma 28 pkt. „Idziemy!” – krzyknął. W 2025 r. Polska przyjęła plan.",
        [
            "Mieszka przy ul. Długiej 5.",
            "Tzw. plan pokojowy ma 28 pkt.",
            "„Idziemy!” – krzyknął.",
            "W 2025 r. Polska przyjęła plan.",
        ],
    ),
    (
        "pl",
        "Dmitriew spotkał się z wysłannikami w środę, 7 stycznia. Spotkanie odbyło się 8. stycznia np. w Paryżu. Liczba ofiar wzrosła o 12. Policja nie podała szczegółów.",
        [
            "Dmitriew spotkał się z wysłannikami w środę, 7 stycznia.",
            "Spotkanie odbyło się 8. stycznia np. w Paryżu.",
            "Liczba ofiar wzrosła o 12.",
            "Policja nie podała szczegółów.",
        ],
    ),
    (
        "pl",
        "Chrześcijanie stanowią 1,6 proc. ludności. Agencje w Wlk. Brytanii czekają. Spór ws. Brexitu trwa. Wzrosło o 5 proc. W marcu było inaczej.",
        [
            "Chrześcijanie stanowią 1,6 proc. ludności.",
            "Agencje w Wlk. Brytanii czekają.",
            "Spór ws. Brexitu trwa.",
            "Wzrosło o 5 proc.",
            "W marcu było inaczej.",
        ],
    ),
    (
        "bg",
        "Това заяви пред в. „Билд“ адвокатът. Тя бе арестувана през 2009 г. Тя вбеси фермерите.",
        ["Това заяви пред в. „Билд“ адвокатът.", "Тя бе арестувана през 2009 г.", "Тя вбеси фермерите."],
    ),
    (
        "de",
        "Am 8. Januar traf Merz z.B. Herrn Dr. Müller. Das kostet 1.000 Euro. Es war der 2. Versuch. Er sagte: „Wir sind bereit.“ Dann ging er.",
        [
            "Am 8. Januar traf Merz z.B. Herrn Dr. Müller.",
            "Das kostet 1.000 Euro.",
            "Es war der 2. Versuch.",
            "Er sagte: „Wir sind bereit.“",
            "Dann ging er.",
        ],
    ),
    (
        "fr",
        "M. Macron a reçu Mme Dupont à l'Élysée. « C'est fini. » Puis il est parti. Il a dit « non » hier.",
        ["M. Macron a reçu Mme Dupont à l'Élysée.", "« C'est fini. »", "Puis il est parti.", "Il a dit « non » hier."],
    ),
    (
        "es",
        "El Sr. García habló con la Sra. López en EE.UU. sobre el plan. ¿Qué pasará? ¡Nada! Fin.",
        ["El Sr. García habló con la Sra. López en EE.UU. sobre el plan.", "¿Qué pasará?", "¡Nada!", "Fin."],
    ),
    (
        "ru",
        "В. Путин встретился с Дмитриевым в г. Москве. В 2025 г. Путин заявил, т.е. подтвердил, это. «Это конец», — сказал он. Песков сказал: «Консультаций нет». Дальше.",
        [
            "В. Путин встретился с Дмитриевым в г. Москве.",
            "В 2025 г. Путин заявил, т.е. подтвердил, это.",
            "«Это конец», — сказал он.",
            "Песков сказал: «Консультаций нет».",
            "Дальше.",
        ],
    ),
    (
        "uk",
        "Президент В. Зеленський заявив це на вул. Банковій. «Ми готові до чесної роботи», — сказав він. Що далі? Переговори тривають.",
        [
            "Президент В. Зеленський заявив це на вул. Банковій.",
            "«Ми готові до чесної роботи», — сказав він.",
            "Що далі?",
            "Переговори тривають.",
        ],
    ),
    (
        "it",
        "Il sig. Rossi ha incontrato il dott. Bianchi a Roma. Poi è partito.",
        ["Il sig. Rossi ha incontrato il dott. Bianchi a Roma.", "Poi è partito."],
    ),
    (
        "cs",
        "Prezident řekl např. to, že jednání bude pokračovat. Premiér souhlasil.",
        ["Prezident řekl např. to, že jednání bude pokračovat.", "Premiér souhlasil."],
    ),
    (
        "bg",
        "Президентът се срещна с проф. Иванов в гр. София. Срещата продължи час.",
        ["Президентът се срещна с проф. Иванов в гр. София.", "Срещата продължи час."],
    ),
    (
        "sl",
        "Volitve bodo 19. marca 2026. Predsednik je dejal, da bo npr. jutri odpotoval. Premier se je strinjal.",
        ["Volitve bodo 19. marca 2026.", "Predsednik je dejal, da bo npr. jutri odpotoval.", "Premier se je strinjal."],
    ),
    # German, Czech and Slovene quote »like this«: » opens, « closes.
    (
        "de",
        "Hryzenko bot 15 Kilometer an. »Wir verhandeln nicht über Kilometer«, sagte er. Dann ging er.",
        ["Hryzenko bot 15 Kilometer an.", "»Wir verhandeln nicht über Kilometer«, sagte er.", "Dann ging er."],
    ),
    (
        "sl",
        "Tako je dejal minister. »To je konec.« Nato je odšel iz dvorane.",
        ["Tako je dejal minister.", "»To je konec.«", "Nato je odšel iz dvorane."],
    ),
    # French spaces » as a closer: the sentence goes on or ends after it, never opens with it.
    (
        "fr",
        "Il a répondu : « Non. » Puis il est parti. « C'est fini. » a-t-il ajouté.",
        ["Il a répondu : « Non. »", "Puis il est parti.", "« C'est fini. » a-t-il ajouté."],
    ),
    # "vs." is Latin in every language's headlines: no sentence ends at it ("Dortmund" was a headline's speaker)
    (
        "de",
        "Bayern vs. Dortmund: Das Spiel endet 2:2. Die Fans jubeln.",
        ["Bayern vs. Dortmund: Das Spiel endet 2:2.", "Die Fans jubeln."],
    ),
    (
        "pl",
        "Legia vs. Lech: mecz zakończony. Kibice wiwatują.",
        ["Legia vs. Lech: mecz zakończony.", "Kibice wiwatują."],
    ),
    ("ru", "Трамп vs. Байден: кто победит. Итоги дня.", ["Трамп vs. Байден: кто победит.", "Итоги дня."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_tricky_sentences(lang, text, expected):
    assert _split(text, lang) == expected


def test_closing_marks_left_alone_end_the_sentence():
    text = "Crosby said `` we hit a home run . ''\nUSAF officials said that ( it was fair . )"
    assert _split(text, "en") == ["Crosby said `` we hit a home run . ''", "USAF officials said that ( it was fair . )"]


def test_list_markers_stay_with_their_item():
    text = "1. Ukraine keeps its army. 2. Russia returns the land.\nIV. Sanctions are lifted."
    assert _split(text, "en") == [
        "1. Ukraine keeps its army.",
        "2. Russia returns the land.",
        "IV. Sanctions are lifted.",
    ]
    assert _split("No. The talks are over.", "en") == ["No.", "The talks are over."]


def test_unknown_language_uses_every_language_list():
    text = "Spotkał się z prof. Kowalskim. Mr. Smith agreed."
    assert _split(text, None) == ["Spotkał się z prof. Kowalskim.", "Mr. Smith agreed."]
    assert _split(text, "xx") == _split(text, None)


def test_paragraphs_are_lines_without_surrounding_space():
    text = "  First line here.  \n\nSecond one. Two sentences.\n   \nThird"
    assert [text[s:e] for s, e in split_paragraphs(text)] == ["First line here.", "Second one. Two sentences.", "Third"]
    assert _split(text, "en") == ["First line here.", "Second one.", "Two sentences.", "Third"]


def test_text_stages_build_as_a_pipeline_in_order():
    from storyline.pipeline import Pipeline, default_pipeline

    assert default_pipeline().names[:3] == ["clean", "language", "sentences"]
    pipe = Pipeline.from_names(["clean", "language", "sentences"])
    raw = "Publikacja: 08.01.2026 21:58\nPutin nie odpowiedział. Biały Dom czeka na prof. Nowaka.\n\n\n"
    article = pipe(Article(text=raw, raw_text=raw))
    assert article.language == "pl"
    assert [s.text_of(article.text) for s in article.sentences] == [
        "Putin nie odpowiedział.",
        "Biały Dom czeka na prof. Nowaka.",
    ]


def test_seed_layers(seeds_dir):
    raw = (seeds_dir / "002_6ea63a04d097cb71.txt").read_text(encoding="utf-8")
    article = Article(text=raw, raw_text=raw, language="pl")
    clean(article)
    sentences(article)
    texts = [s.text_of(article.text) for s in article.sentences]
    assert len(article.paragraphs) == 7
    assert (
        "Według Axios, Dmitriew spotkał się ze specjalnymi wysłannikami prezydenta USA Donalda Trumpa w środę, 7 stycznia."
        in texts
    )
    assert "Amerykanie zobowiązali się do zapewnienia „zabezpieczenia” europejskiej misji." in texts
    english = (seeds_dir / "001_7fb53fbd3c46e9a8.txt").read_text(encoding="utf-8")
    article = Article(text=english, raw_text=english, language="en")
    clean(article)
    sentences(article)
    texts = [s.text_of(article.text) for s in article.sentences]
    assert (
        "In light of these developments, Kremlin spokesman Dmitry Peskov downplayed the significance of any new US initiative, stating, “Consultations are not currently under way.”"
        in texts
    )
    assert (
        "Leavitt described the proposal as beneficial for both Russia and Ukraine, suggesting it could be acceptable to both parties involved."
        in texts
    )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["en", "pl", "de", "fr", "ru", "uk", None]))
@example("aa.A¹", "en")  # a glued boundary ("said.The") splits one whitespace-separated word in two
def test_sentences_tile_paragraphs(text, lang):
    spans = split_sentences(text, lang)
    paragraphs = split_paragraphs(text)
    for s, e in spans:
        assert 0 <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        assert any(ps <= s and e <= pe for ps, pe in paragraphs)
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
    # every non-space character of a paragraph is in exactly one sentence (spans are disjoint, checked above)
    covered = sum(len("".join(text[s:e].split())) for s, e in spans)
    assert covered == sum(len("".join(text[s:e].split())) for s, e in paragraphs)
