"""English claims cued by a verb of intention, decision, appearance or deed are stances, not speech
(session-25 audit of English general news: "intends", "continued to", "is expected to", "offers" reported no one's words).
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows


def _quotes(text: str) -> list[tuple[str | None, bool]]:
    """(cue words, stance flag) of each quotation the English pipeline finds in `text`."""
    return [(q["cue"], q["stance"]) for q in quote_rows(text, "en")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The central bank intends to keep interest rates unchanged through the spring, after two cuts last year.",
            "intends",
        ),
        (
            "Firefighters continued to search the collapsed warehouse in Dayton for survivors late on Friday.",
            "continued",
        ),
        ("Holiday shoppers are expected to spend less on gifts this year as prices keep rising.", "are expected to"),
        ("The regional airline offers free checked bags to passengers flying out of Boise this winter.", "offers"),
    ],
)
def test_a_claim_cued_by_no_speech_verb_is_a_stance(text: str, cue: str) -> None:
    rows = [r for r in _quotes(text) if r[0] == cue]
    assert rows and all(stance for _, stance in rows), _quotes(text)


def test_a_stance_verb_inside_quotation_marks_stays_speech() -> None:
    text = (
        "Inspector Karen Holt said the roads would be busy all week. “We want every driver to slow down over the "
        "holiday, and we hope nobody ends up in hospital,” she said."
    )
    rows = _quotes(text)
    assert rows and not any(stance for _, stance in rows), rows


def test_a_speech_verb_stays_speech() -> None:
    rows = _quotes("The mayor said on Tuesday that the city will reopen the Hawthorne bridge next week.")
    assert rows == [("said", False)], rows


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The shop was robbed just after 9 p.m. Anyone with information is asked to call Springfield police.", "asked"),
        ("Fire crews were called to a house on Elm Street in Dorchester shortly after midnight on Sunday.", "called"),
        (
            "Residents are reminded that the bridge on Route 9 stays closed to lorries until the end of March.",
            "reminded",
        ),
    ],
)
def test_a_passive_with_no_speaker_is_no_speech(text: str, cue: str) -> None:
    rows = [r for r in _quotes(text) if r[0] == cue]
    assert rows and all(stance for _, stance in rows), _quotes(text)


def test_a_passive_of_telling_stays_speech() -> None:
    rows = _quotes("He had left the country twice that year without telling his employer, the jury was told.")
    assert rows == [("told", False)], rows


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Pacer Josh Hale dismissed the Tasmanian captain in the last over to win the match for Hobart.", "dismissed"),
        (
            "Futures traded 0.2 percent lower in early deals in Singapore, indicating a weak start for stocks.",
            "indicating",
        ),
        ("A video of the incident shows the driver stepping out of his car and walking towards the crowd.", "shows"),
        ("Portugal lays out red carpet for its 25 millionth visitor of the year at Lisbon airport.", "lays out"),
    ],
)
def test_a_deed_or_what_a_picture_shows_is_a_stance(text: str, cue: str) -> None:
    rows = [r for r in _quotes(text) if r[0] == cue]
    assert rows and all(stance for _, stance in rows), _quotes(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "A masked man walked up to the counter of the Elm Street pharmacy with a knife and demanded cash.",
            "demanded",
        ),
        ("The county has agreed to pay $250,000 to settle a lawsuit brought by a former jail nurse.", "agreed"),
        ("A 9-year-old boy warns neighbours of kitchen fire in Tulsa", "warns"),
        ("Becky went on Facebook last night to announce the end of her no-spending year.", "announce"),
    ],
)
def test_a_parsed_reporting_verb_with_a_thing_or_an_aim_is_a_stance(text: str, cue: str) -> None:
    # session-26 audit of English general news: the parse path's reporting verbs whose content is a thing, an
    # act or an aim, not words ("demanded money", "agreed to pay", "warns family of house fire")
    rows = [r for r in _quotes(text) if r[0] == cue]
    assert rows and all(stance for _, stance in rows), _quotes(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The union on Monday demanded that the hospital reinstate the dismissed nurses.", "demanded"),
        ("Local residents called the new parking rules a disaster for small shops.", "called"),
    ],
)
def test_a_parsed_reporting_verb_with_a_clause_or_a_name_given_stays_speech(text: str, cue: str) -> None:
    rows = [r for r in _quotes(text) if r[0] == cue]
    assert rows and not any(stance for _, stance in rows), _quotes(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Officers had responded to a house on Elm Street shortly after 2 a.m. after a report of a fight.",
            "responded",
        ),
        ("A spokeswoman for the council did not respond to an email seeking comment on Friday.", "respond"),
    ],
)
def test_what_a_reporting_verb_acts_on_is_a_stance(text: str, cue: str) -> None:
    # session-27 audit of English general news: "responded to a home", "did not respond to an email" are deeds
    rows = [r for r in _quotes(text) if r[0] == cue]
    assert rows and all(stance for _, stance in rows), _quotes(text)


def test_a_reporting_verb_with_to_and_a_clause_stays_speech() -> None:
    text = "The mayor said to the crowd that the park would reopen in May."
    rows = [r for r in _quotes(text) if r[0] == "said"]
    assert rows and not any(stance for _, stance in rows), _quotes(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('A bakery in Leeds is offering "puppy leave" to staff who bring home a new dog this spring.', "offering"),
    ],
)
def test_a_deed_with_a_term_in_marks_is_a_stance(text: str, cue: str) -> None:
    # session-27 sweep of English general news: 'A Brisbane brewery is offering "pawternity leave" for staff …'
    # was speech, the marks around a term read as a quotation
    rows = [r for r in _quotes(text) if r[0] == cue]
    assert rows and all(stance for _, stance in rows), _quotes(text)


def test_a_reporting_verb_with_words_in_marks_stays_speech() -> None:
    text = 'The new owners have promised "a fresh start" for workers who lost their jobs last year.'
    rows = [r for r in _quotes(text) if r[0] == "promised"]
    assert rows and not any(stance for _, stance in rows), _quotes(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "More people than ever read our paper online, and we thank those who believe that our journalism is worth "
            "paying for each week.",
            "thank",
        ),
        (
            "The mayor thanked the builders and engineers who had worked through the winter to finish the bridge.",
            "thanked",
        ),
    ],
)
def test_thanks_given_are_a_stance(text: str, cue: str) -> None:
    # session-28 audit of English general news: "we thank those who believe that our journalism …" was speech
    rows = [r for r in _quotes(text) if r[0] == cue]
    assert rows and all(stance for _, stance in rows), _quotes(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The gunman killed two guards before the siege. He posted material to social media, but his motives "
            "remain unclear.",
            "posted",
        ),
        ("Police posted a photo of the suspect to the department's Facebook page on Tuesday.", "posted"),
    ],
)
def test_a_post_without_a_clause_is_a_deed(text: str, cue: str) -> None:
    # session-28 audit of English general news: "He posted material to social media" was speech
    rows = [r for r in _quotes(text) if r[0] == cue]
    assert rows and all(stance for _, stance in rows), _quotes(text)


def test_a_post_with_a_clause_stays_speech() -> None:
    text = "The mayor posted on Facebook that the new bridge would open to traffic on Friday."
    rows = [r for r in _quotes(text) if r[0] == "posted"]
    assert rows and not any(stance for _, stance in rows), _quotes(text)
