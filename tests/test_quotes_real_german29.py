"""Stage "quotes" on German sentences shaped like those the session-29 audit of real German news found wrongly read.

Sentences written by the team in the shape of SemEval-2022 task 8 German articles (audit29_de.md); the comment
above each test names the error class.
"""

from __future__ import annotations

import pytest
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
