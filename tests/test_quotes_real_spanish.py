"""Stage "quotes" on sentences shaped like real Spanish news (CL-TLS egypt/yemen and SemEval-8, es).

Each test holds a sentence written by the team in the shape of one that the session-24 Spanish audit of real
articles from the shared eval collections found wrongly read; the comment names the error class.
"""

from __future__ import annotations

from quote_rows import quote_rows as _quotes


def test_opening_connective_is_no_speakers_name() -> None:
    # "Asimismo, indicó que …", "Finalmente, agregó que …", "Igualmente ha denunciado …": capitalised at the start of
    # a sentence, the connective was read as the speaker; the subject is left out and the last person speaks
    for opener in ("Asimismo,", "Finalmente,", "Igualmente", "Paralelamente,"):
        text = (
            "El ministro de Sanidad, Carlos Herrera, compareció ayer ante la prensa en Madrid. "
            f"{opener} señaló que la campaña de vacunación empezará en marzo."
        )
        rows = _quotes(text, "es")
        assert [(q["cue"], q["speaker"], q["label"]) for q in rows] == [("señaló", None, "Carlos Herrera")], text
