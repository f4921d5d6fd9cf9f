"""Stage "quotes" on German sentences shaped like those the session-29 audit of real German news found wrongly read.

Sentences written by the team in the shape of SemEval-2022 task 8 German articles (audit29_de.md); the comment
above each test names the error class.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes
from quote_rows import speaker_label

# --- a bare title or job noun after its article stands for the person named with it before ---------------------


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        # "sagte der Politiker": a title alone is the person just named (German capitalises it: it is no name)
        (
            "Der Regionalminister Giulio Bertolini warnte am Montag in Mailand. „Das ist unannehmbar. Die Leute "
            "müssen zu Hause bleiben“, sagte der Politiker.",
            "Das ist unannehmbar",
            "Giulio Bertolini",
        ),
        # a job noun
        (
            "Monika Keller hat wieder in die Sterne geblickt. «2021 wird ein Jahr der Geduld», sagt die Astrologin.",
            "2021 wird",
            "Monika Keller",
        ),
        # a compound holding the title, a man named in between: the woman named with it
        (
            "Das sagte Bundespräsidentin Simonetta Brunner am Mittwoch. Auch Bundesrat Alain Moser äusserte sich. "
            "Eigentlich wüssten es alle, so die Bundespräsidentin: «Wir brauchen einander.»",
            "Wir brauchen einander.",
            "Simonetta Brunner",
        ),
        (
            "Der türkische Außenminister Mehmet Yilmaz hat der EU Wortbruch vorgeworfen. Die EU habe versprochen, "
            "drei Milliarden Euro zu zahlen, sagte der Minister.",
            "Die EU habe",
            "Mehmet Yilmaz",
        ),
        # one who speaks for another, named with the title
        (
            "Das erklärte Regierungssprecher Steffen Albrecht in Berlin. Kanzlerin Anna Weber schwieg dazu. "
            "„Wir erwarten eine Antwort“, sagte der Sprecher.",
            "Wir erwarten",
            "Steffen Albrecht",
        ),
    ],
)
def test_a_bare_title_after_its_article_is_the_person_named_with_it(text: str, content: str, label: str) -> None:
    assert speaker_label(text, "de", content) == label


@pytest.mark.parametrize(
    ("text", "content", "person"),
    [
        # a spokesman of someone named is not that person
        (
            "Das erklärte ein Sprecher des EU-Außenbeauftragten Josep Ferrer in Brüssel. „Wir erwarten, dass "
            "Russland alles tut“, sagte der Sprecher.",
            "Wir erwarten",
            "Josep Ferrer",
        ),
        # a plural title is the group
        (
            "Die Minister Horst Lehmann und Jens Kurz trafen sich in Berlin. „Das ist gut“, sagten die Minister.",
            "Das ist gut",
            "Jens Kurz",
        ),
    ],
)
def test_a_bare_title_names_no_person_it_does_not_stand_for(text: str, content: str, person: str) -> None:
    assert speaker_label(text, "de", content) != person


# --- "sprechen" alone with an object or a phrase talks to or of someone: no claim ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Eine Zeugin sprach den Mann an, der sich daraufhin entfernte.",
        "Der Mann ist etwa 30 Jahre alt und sprach mit einem osteuropäischen Akzent.",
        "Der Minister sprach am Montag in Berlin mit Journalisten.",
    ],
)
def test_sprechen_with_an_object_or_a_phrase_reports_nothing(text: str) -> None:
    assert _quotes(text, "de") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("„Wir schaffen das“, sprach die Kanzlerin.", "Wir schaffen das"),
        ("Die Kanzlerin sprach: „Wir schaffen das.“", "Wir schaffen das."),
        ("Er sprach davon, dass die Lage ernst sei.", "dass die Lage ernst sei"),
    ],
)
def test_sprechen_with_a_clause_or_a_quotation_still_reports(text: str, content: str) -> None:
    assert [r["content"] for r in _quotes(text, "de")] == [content]


# --- "…, wurde er von den Staatsmedien zitiert": the passive's subject said it --------------------------------------


def test_a_claim_before_a_passive_quoted_names_its_subject() -> None:
    text = (
        "Machthaber Kim Jong Un äußerte sich am Dienstag. Die Welt werde bald eine neue Waffe erleben, wurde er am "
        "Mittwoch von den Staatsmedien zitiert."
    )
    assert [(r["content"], r["label"]) for r in _quotes(text, "de")] == [
        ("Die Welt werde bald eine neue Waffe erleben", "Kim Jong Un")
    ]


@pytest.mark.parametrize(
    "text",
    ["Der Minister wurde in der Zeitung zitiert.", "Der Satz wurde von vielen Medien zitiert, weil er so klar war."],
)
def test_quoted_in_the_passive_with_no_claim_before_reports_nothing(text: str) -> None:
    assert _quotes(text, "de") == []


# --- a short phrase in marks inside the clause a postposed cue reports: the whole clause is the claim ---------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Die Welt werde eine „neue Waffe“ im Besitz seines Landes erleben, sagte er am Mittwoch.",
            "Die Welt werde eine „neue Waffe“ im Besitz seines Landes erleben",
        ),
        (
            "Die Neuwahl werde am «ersten Sonntag im Mai» stattfinden, sagte der Vizepräsident der Wahlkommission.",
            "Die Neuwahl werde am «ersten Sonntag im Mai» stattfinden",
        ),
    ],
)
def test_a_phrase_in_marks_the_clause_runs_on_past_is_part_of_the_claim(text: str, content: str) -> None:
    assert [r["content"] for r in _quotes(text, "de")] == [content]


# --- a quotation whose own subject is named between is no piece of the quotation before --------------------------


def test_a_quotation_after_its_own_subject_is_a_statement_of_its_own() -> None:
    text = (
        'Den Verein sieht er "gut aufgestellt". Kraus "wolle mithelfen, dass wir wieder erfolgreich werden". '
        "Das ist auch nötig."
    )
    rows = _quotes(text, "de")
    assert ("wolle mithelfen, dass wir wieder erfolgreich werden", "Kraus") in [
        (r["content"], r["label"]) for r in rows
    ]


# --- a medium's name in marks after its kind noun is no quotation -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Die Kandidaten hätten die Wahl gewonnen, berichtete die Zeitung „Bild“ am Sonntag.",
            "Die Kandidaten hätten die Wahl gewonnen",
        ),
        ("Die Lage sei ernst, schrieb das Magazin „Der Spiegel“.", "Die Lage sei ernst"),
    ],
)
def test_a_mediums_name_in_marks_after_its_kind_is_no_quotation(text: str, content: str) -> None:
    assert [r["content"] for r in _quotes(text, "de")] == [content]


def test_a_mediums_adjective_and_its_name_in_marks_make_its_speaker_phrase() -> None:
    # "die ultrakonservative Zeitung „Kayhan“": an adjective in -ive inside the inverted subject, the name in marks
    text = "Die „amerikafeindlichen Kandidaten“ hätten gewonnen, schrieb die konservative Zeitung „Kayhan“ am Sonntag."
    assert [(r["content"], r["label"]) for r in _quotes(text, "de")] == [
        ("Die „amerikafeindlichen Kandidaten“ hätten gewonnen", "konservative Zeitung „Kayhan“")
    ]


# --- a medium's kind noun and its name in marks before the cue, with a clause after it (no "dass") ---------------


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Die Zeitung „Bild“ berichtete, der Minister sei am Sonntag zurückgetreten.",
            "der Minister sei am Sonntag zurückgetreten",
            "Bild",
        ),
        (
            "Das Magazin „Der Spiegel“ berichtete, die Regierung plane neue Steuern.",
            "die Regierung plane neue Steuern",
            "Spiegel",
        ),
        ("„Bild“ schrieb, die Gespräche seien gescheitert.", "die Gespräche seien gescheitert", "Bild"),
    ],
)
def test_a_mediums_name_in_marks_before_the_cue_names_the_speaker_of_a_clause(
    text: str, content: str, label: str
) -> None:
    assert [(r["content"], r["label"]) for r in _quotes(text, "de")] == [(content, label)]


def test_a_mediums_name_in_marks_spoken_to_is_no_speaker() -> None:
    # "Wie er der Zeitung „Bild“ sagte": the paper is spoken to, he speaks
    rows = _quotes("Wie er der Zeitung „Bild“ sagte, werde er nicht zurücktreten.", "de")
    assert [(r["content"], r["speaker"]) for r in rows] == [("werde er nicht zurücktreten", "er")]


# --- a "wie X mitteilte" clause after a colon, before a main clause whose verb comes first -------------------------


@pytest.mark.parametrize(
    ("text", "content", "label"),
    [
        (
            "Offenbar trug auch die niedrige Beteiligung dazu bei: Wie das Innenministerium mitteilte, gingen nur 40"
            " Prozent der Wähler an die Urnen.",
            "gingen nur 40 Prozent der Wähler an die Urnen",
            "Innenministerium",
        ),
        (
            "Der Unfall hatte Folgen: Wie die Polizei am Abend mitteilte, wurden drei Menschen verletzt.",
            "wurden drei Menschen verletzt",
            "Polizei",
        ),
    ],
)
def test_a_source_clause_after_a_colon_names_the_speaker_of_the_clause_after_it(
    text: str, content: str, label: str
) -> None:
    assert [(r["content"], r["label"]) for r in _quotes(text, "de")] == [(content, label)]


# --- adverbials between a cue and the comma of its clause are no part of the claim ---------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Der Präsident betonte auch, drei Berater hätten sich in Quarantäne begeben.",
            "drei Berater hätten sich in Quarantäne begeben",
        ),
        (
            "Söder betonte aber auch, Bund und Länder hätten richtig gehandelt.",
            "Bund und Länder hätten richtig gehandelt",
        ),
        ("Die Zeitung berichtete am Sonntag, der Minister sei zurückgetreten.", "der Minister sei zurückgetreten"),
    ],
)
def test_adverbials_between_the_cue_and_its_comma_are_no_part_of_the_claim(text: str, content: str) -> None:
    assert [r["content"] for r in _quotes(text, "de")] == [content]
