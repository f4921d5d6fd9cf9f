"""Sentence openings the rules took as a claim set before its cue ("[[…]], he said.") that are no claim.

Cases from PolNeAR train false positives (session 22): the words before a comma and a verb are that verb's subject
when what follows the verb is its object, not a speaker.
"""

from __future__ import annotations

from storyline.quotes import find_quotes, simple_sentences


def _claims(text: str) -> list[tuple[str, str | None]]:
    """(content, cue) of every quotation found in English `text`."""
    out = []
    for q in find_quotes(text, "en", simple_sentences(text, "en")):
        cue = q.span().attrs["cue"]
        out.append((text[q.start : q.end], text[cue[0] : cue[1]] if cue else None))
    return out


def test_a_subject_with_a_relative_before_its_verb_is_no_claim_when_an_object_follows() -> None:
    text = (
        "Westmacott, who will retire soon after also serving in Iran, Turkey and France, praised Obama's "
        "presidency in an interview published Saturday."
    )
    claims = _claims(text)
    assert not any(content.startswith("Westmacott") for content, _cue in claims)
    assert ("Obama's presidency in an interview published Saturday", "praised") in claims


def test_a_possessive_after_the_verb_opens_its_object_not_an_inverted_speaker() -> None:
    text = (
        "Representative Mike Coffman of Colorado, a Republican who served in combat as a Marine, denounced "
        "Mr. Trump's remarks."
    )
    claims = _claims(text)
    assert not any(content.startswith("Representative") for content, _cue in claims)


def test_an_inverted_speaker_still_closes_the_claim_before_it() -> None:
    text = "The tax would hurt working families, said the company's chief executive, John Smith."
    assert ("The tax would hurt working families", "said") in _claims(text)
