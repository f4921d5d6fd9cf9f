"""A headline "X: …" is a quotation of X only when X speaks: a topic or a label before the colon is nobody.

Each text is written by the team in the shape of one the HEADLINE audit (session 18) found read as a statement over
SlavicNER, CL-TLS, SemEval-8 and Timeline17 news (/work/briefs/audit_headline.md): two sides set against each other
("Biden vs Trump: …"), an indirect question after the colon ("…: что говорили об Украине"), a label ("Телефон: +7 …",
"Przypomnijmy: …"), a common noun with a place after a preposition ("Изборите в САЩ: …") and a noun governing people
named in another case ("Дебаты Трампа и Байдена: …", "Biografija Donalda Trumpa: …"). A person, a body, a title, a
document of someone or a place alone before the colon still speaks, as does a question put in an interview.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows

from storyline.sentences import split_sentences


def _colon_rows(text: str, lang: str, content: str) -> list[dict[str, object]]:
    return [q for q in quote_rows(text, lang) if q["cue"] == ":" and str(q["content"]).startswith(content)]


@pytest.mark.parametrize(
    ("lang", "text", "content"),
    [
        # two sides set against each other
        (
            "fr",
            "France vs Angleterre : Une Marseillaise très émouvante après les attentats\nLe public de Wembley a chanté "
            "la Marseillaise avant le match.",
            "Une Marseillaise",
        ),
        # an indirect question about a person: the person is the topic, not the speaker
        (
            "en",
            "Kamala Harris: what her record in California says about her\nKamala Harris was the attorney general of "
            "California before she ran for the Senate.",
            "what her record",
        ),
        # an indirect question after a noun governing two people named in the genitive
        (
            "ru",
            "Дебаты Трампа и Байдена: что говорили об Украине\nДональд Трамп и Джо Байден провели первые дебаты в "
            "Кливленде. Трамп обвинил Байдена во лжи.",
            "что говорили об Украине",
        ),
        # the noun governs the person named in the genitive: a topic, whatever follows
        (
            "ru",
            "Триумф Байдена: Конгресс утвердил итоги выборов в США\nДжо Байден станет 46-м президентом США. Конгресс "
            "подтвердил его победу после долгого заседания.",
            "Конгресс утвердил",
        ),
        (
            "sl",
            "Biografija Donalda Trumpa: Unikatni poslovni in politični šovmen\nDonald Trump se je rodil leta 1946 v "
            "New Yorku. Donald Trump je bil predsednik ZDA.",
            "Unikatni poslovni",
        ),
        (
            "cs",
            "Synové Trumpa a Bidena: Prostořeký provokatér versus tajemný obchodník z Ukrajiny\nDonald Trump mladší "
            "hájí otce na mítincích. Hunter Biden podnikal na Ukrajině.",
            "Prostořeký provokatér",
        ),
        # a label, a reminder: no one speaks
        (
            "ru",
            "Редакция сайта работает круглосуточно.\nТелефон: +7 499 750-00-75 доб. 1200, пишите нам в любое время.",
            "+7 499",
        ),
        (
            "pl",
            "Brytyjski parlament zbada sprawę wycieku danych.\nPrzypomnijmy: Cambridge Analytica to spółka o silnie "
            "prawicowych powiązaniach, która pracowała dla kampanii Trumpa.",
            "Cambridge Analytica to",
        ),
        (
            "fr",
            "Les élèves arrivent en septembre.\nExemple : dans une petite ville du Midi, la mairie a ouvert deux classes "
            "spécifiques pour eux.",
            "dans une petite ville",
        ),
        # a common noun and a place after a preposition: what happens there is the topic
        (
            "bg",
            "Изборите в САЩ: Байдън сериозно изпреварва Тръмп в проучванията\nДжо Байдън води с десет пункта според "
            "последните проучвания.",
            "Байдън сериозно",
        ),
        # an indirect question after a series' title
        (
            "es",
            "The Queen's Gambit: qué es el Gambito de Dama, la jugada de ajedrez que da nombre a la serie\nLa serie de "
            "Netflix ha disparado la venta de tableros de ajedrez.",
            "qué es el Gambito",
        ),
    ],
)
def test_topic_headline_is_no_quotation(lang: str, text: str, content: str) -> None:
    assert _colon_rows(text, lang, content) == []


@pytest.mark.parametrize(
    ("lang", "text", "content", "label"),
    [
        # a person names the speaker
        (
            "pl",
            "Zełenski: nie oddamy ani metra ukraińskiej ziemi\nWołodymyr Zełenski przemawiał w parlamencie w Kijowie.",
            "nie oddamy ani metra",
            "Zełenski",
        ),
        (
            "ru",
            "Песков: никаких переговоров сейчас не ведётся\nДмитрий Песков ответил на вопросы журналистов в Кремле.",
            "никаких переговоров",
            "Песков",
        ),
        # two bodies speak together
        (
            "pl",
            "Copa i Cogeca: Rolnicy niepewni swojej przyszłości po brexicie\nOrganizacje rolników Copa i Cogeca "
            "przedstawiły w Brukseli wyniki ankiety.",
            "Rolnicy niepewni",
            "Copa i Cogeca",
        ),
        # a statement is its signatories' document, the genitive names who speak
        (
            "pl",
            "Oświadczenie Tuska i Junckera: UE otwarta na zmianę zdania Londynu w sprawie brexitu\nDonald Tusk i "
            "Jean-Claude Juncker przemawiali w Strasburgu.",
            "UE otwarta",
            "Junckera",
        ),
        # a question put in an interview, and one a person asks herself, capitalised
        (
            "bg",
            "Памела Гелер разговаря с Ася Биби.\nПамела Гелер: Какво се случи, когато те арестуваха?\nАся Биби: Бях "
            "нападната от полицаите.",
            "Какво се случи",
            "Памела Гелер",
        ),
        # the police speak
        (
            "en",
            "Police: Man who killed his dog claimed he was Jesus Christ\nThe man was arrested on Sunday in Ocala.",
            "Man who killed",
            "Police",
        ),
    ],
)
def test_speaker_headline_is_a_quotation(lang: str, text: str, content: str, label: str) -> None:
    rows = _colon_rows(text, lang, content)
    assert len(rows) == 1, rows
    assert label in str(rows[0]["label"])


# A headline glued to its first sentence (feeds whose line breaks were lost, SemEval-8's one-line texts): the
# sentences stage cuts it off where it is repeated or where a dateline opens the body, so a quotation of the
# headline or of the body does not run over into the other.
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            " Hamas calls for resistance against Israeli tax move Hamas calls for resistance against Israeli tax move "
            "Israel's security cabinet voted on Sunday to deduct $43 million from the tax funds.",
            [
                "Hamas calls for resistance against Israeli tax move",
                "Hamas calls for resistance against Israeli tax move",
                "Israel's security cabinet voted on Sunday to deduct $43 million from the tax funds.",
            ],
        ),
        (
            " China cuts banks' reserve ratios again to spur economy BEIJING — China's central bank said on Wednesday "
            "it was cutting the amount of cash that all banks must hold as reserves.",
            [
                "China cuts banks' reserve ratios again to spur economy",
                "BEIJING — China's central bank said on Wednesday it was cutting the amount of cash that all banks "
                "must hold as reserves.",
            ],
        ),
        (
            " Netanjahus Likud stärkste Kraft bei Israel-Wahl Jerusalem (dpa) – Die konservative Likud-Partei ist nach "
            "Auszählung fast aller Stimmen stärkste Kraft.",
            [
                "Netanjahus Likud stärkste Kraft bei Israel-Wahl",
                "Jerusalem (dpa) – Die konservative Likud-Partei ist nach Auszählung fast aller Stimmen stärkste Kraft.",
            ],
        ),
        # a headline on a line of its own, a river in brackets and a dash: no dateline
        (
            "Stand: 16.03.2026 20:05 Uhr\nFlutwelle erreicht Frankfurt (Oder) – Deiche halten\nDie Flutwelle der Oder hat "
            "am Montag Frankfurt (Oder) erreicht.",
            [
                "Stand: 16.03.2026 20:05 Uhr",
                "Flutwelle erreicht Frankfurt (Oder) – Deiche halten",
                "Die Flutwelle der Oder hat am Montag Frankfurt (Oder) erreicht.",
            ],
        ),
        # a body in capitals within a sentence, a name with a bracket and a dash: no headline
        (
            "The ruling came in a statement from the NAACP — the civil rights group — on Monday. He met Obama (again) "
            "- twice.",
            [
                "The ruling came in a statement from the NAACP — the civil rights group — on Monday.",
                "He met Obama (again) - twice.",
            ],
        ),
    ],
)
def test_glued_headline_is_its_own_sentence(text: str, sentences: list[str]) -> None:
    lang = "de" if "dpa" in text or "Oder" in text else "en"
    assert [text[s:e] for s, e in split_sentences(text, lang)] == sentences


def test_glued_headline_stays_out_of_the_body_quotation() -> None:
    text = (
        " Merkel announces sweeping curbs to keep Germans home in virus fight Berlin (AFP) - German leaders on Monday "
        "urged citizens to stay home, as the government announced unprecedented measures."
    )
    rows = [q for q in quote_rows(text, "en") if q["cue"] == "announces"]
    assert len(rows) == 1, rows
    assert rows[0]["content"] == "sweeping curbs to keep Germans home in virus fight"
