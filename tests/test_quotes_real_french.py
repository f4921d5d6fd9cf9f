"""Stage "quotes" on sentences shaped like real French news (CL-TLS egypt/yemen, SemEval-8 fr).

Each test holds a sentence written by the team in the shape of one that the session-23 French audit of real
articles from the shared eval collections found wrongly read; the comment names the error class.
"""

from __future__ import annotations

from quote_rows import quote_rows as _quotes


def test_afternoon_is_no_source() -> None:
    # "en fin d'après-midi" is the afternoon: its "d'après" names no source ("d'après les secours" does)
    text = (
        "Le gros des rassemblements est attendu en fin d'après-midi et en soirée, avec plusieurs cortèges qui "
        "doivent converger vers la mairie."
    )
    assert _quotes(text, "fr") == []
    sourced = "Les heurts ont fait au moins douze blessés, d'après les secours."
    assert [q["cue"] for q in _quotes(sourced, "fr")] == ["d'après"]
