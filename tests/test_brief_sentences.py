"""What the briefing cites as a sentence: a sentence repeated word for word by an updated or republished
article is shown once, citing every copy; a wire dateline is not news; a quotation over several sentences
is cited whole. Also: counts read as English ("1 article"); an empty positions grid says so."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from storyline.brief.build import build_briefing
from storyline.brief.html import to_html
from storyline.brief.render import print_text, to_json, to_markdown
from storyline.store import Store, open_store

# An agency story (Polish) and its update an hour later: the minister's sentence and the mayor's quote
# are repeated word for word; the toll changes.
FIRST = """Rzeka Warta zalała centrum Konina

Rzeka Warta wystąpiła z brzegów w Koninie w nocy z wtorku na środę. Ewakuowano ponad 300 osób.

– Sytuacja jest poważna, ale opanowana – powiedziała prezydent Konina Halina Kowalczyk.

Minister infrastruktury Adam Lisowski zapowiedział, że rząd przekaże miastu 20 mln zł na odbudowę.
Zdaniem ministra straty mogą sięgnąć kilkuset milionów złotych.
"""

UPDATE = """Rzeka Warta zalała centrum Konina. Nie żyją dwie osoby

Rzeka Warta wystąpiła z brzegów w Koninie w nocy z wtorku na środę. Nie żyją dwie osoby, ewakuowano ponad 450.

– Sytuacja jest poważna, ale opanowana – powiedziała prezydent Konina Halina Kowalczyk.

Minister infrastruktury Adam Lisowski zapowiedział, że rząd przekaże miastu 20 mln zł na odbudowę.
Zdaniem ministra straty mogą sięgnąć kilkuset milionów złotych.
"""

MANIFEST = """path,outlet,published_at,language
warta_1.txt,Kurier Wielkopolski,2026-05-06T07:00:00+00:00,pl
warta_2.txt,Kurier Wielkopolski,2026-05-06T08:10:00+00:00,pl
"""


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, dict[str, Any]]:
    """A store with the story and its update, and the JSON briefing of both."""
    from storyline.ingest import ingest

    folder = tmp_path_factory.mktemp("copies")
    (folder / "warta_1.txt").write_text(FIRST, encoding="utf-8")
    (folder / "warta_2.txt").write_text(UPDATE, encoding="utf-8")
    (folder / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    store = open_store(folder / "copies.db")
    ingest([folder / "warta_1.txt", folder / "warta_2.txt"], store, manifest=folder / "manifest.csv")
    return store, json.loads(to_json(build_briefing(store, "all", record=False)))


def _actor(brief: dict[str, Any], surname: str) -> dict[str, Any]:
    return next(a for a in brief["actors"] if surname in a["name"])


def test_a_repeated_quote_is_listed_once_citing_both_copies(copies: tuple[Store, dict[str, Any]]) -> None:
    _, brief = copies
    for surname, words in (("Kowalczyk", "Sytuacja jest poważna"), ("Lisowski", "Zdaniem ministra straty")):
        quotes = [q for q in _actor(brief, surname)["quotes"] if words in q["citation"]["text"]]
        assert len(quotes) == 1, (surname, quotes)
        cited = {quotes[0]["citation"]["article_id"], *(c["article_id"] for c in quotes[0]["also"])}
        assert len(cited) == 2, quotes[0]


def test_markdown_gives_the_copies_one_bullet_with_both_numbers(copies: tuple[Store, dict[str, Any]]) -> None:
    store, _ = copies
    md = to_markdown(build_briefing(store, "all", record=False))
    lines = [line for line in md.splitlines() if "Zdaniem ministra straty" in line]
    assert lines, md
    for line in lines:
        assert line.rstrip().endswith("]") and ", " in line.rsplit("[", 1)[1], line
    actor_lines = [line for line in lines if line.startswith("- reported:")]
    assert len(actor_lines) == 1, actor_lines


def test_claims_list_a_wording_once(copies: tuple[Store, dict[str, Any]]) -> None:
    _, brief = copies
    for claim in brief["claims"]:
        texts = [" ".join(st["citation"]["text"].split()) for st in claim["statements"]]
        assert len(texts) == len(set(texts)), claim


def test_counts_read_as_english(copies: tuple[Store, dict[str, Any]]) -> None:
    store, brief = copies
    briefing = build_briefing(store, "all", record=False)
    md, html = to_markdown(briefing), to_html(briefing)
    assert "1 outlet " in md and "1 outlets" not in md
    single = [a for a in brief["actors"] if a["articles"] == 1]
    if single:
        assert f"in 1 article, {single[0]['mentions']} mention" in md
    for text in (md, html):
        assert "1 articles" not in text and "1 mentions" not in text


def test_no_stances_is_said_not_drawn(copies: tuple[Store, dict[str, Any]]) -> None:
    store, brief = copies
    assert not brief["positions"]["cells"]
    out = io.StringIO()
    print_text(build_briefing(store, "all", record=False), Console(file=out, width=160))
    text = out.getvalue()
    assert "No stances found in the text." in text
    assert "┃ party ┃" not in text


def test_copies_carry_valid_citations(copies: tuple[Store, dict[str, Any]], tmp_path: Path) -> None:
    store, brief = copies
    texts = {a.id: a.text for a in store.iter_articles()}
    for actor in brief["actors"]:
        for q in actor["quotes"]:
            for c in (q["citation"], *q["also"]):
                assert texts[c["article_id"]][c["start"] : c["end"]] == c["text"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("BERLIN, 4. Mai (dpa) - Die Bundesregierung hat am Montag Hilfe beantragt.", "Die Bundesregierung"),
        ("KYIV (Reuters) — Ukraine's parliament on Tuesday approved the budget.", "Ukraine's parliament"),
        ("MOSKWA (PAP) – Rosja odrzuciła w środę propozycję rozejmu.", "Rosja odrzuciła"),
        # No dateline: the sentence is cited whole.
        ("NATO - the alliance of 32 states - met in Brussels on Monday.", "NATO - the alliance"),
        ("Minister Lisowski – jak podała PAP – zapowiedział pomoc.", "Minister Lisowski"),
    ],
)
def test_a_wire_dateline_is_not_cited_as_news(text: str, first: str) -> None:
    from storyline.brief.material import Material
    from storyline.model import Article, Span

    article = Article(text=text, raw_text=text, language="en")
    article.set_layer("sentence", [Span(0, len(text), "sentence")])
    sentence = Material("s", None, [article]).sentences(article)[0]
    assert sentence.text.startswith(first), sentence.text


@pytest.mark.parametrize(
    ("lang", "text", "whole"),
    [
        (
            "fr",
            "Les blocages sont levés. « Nous suspendons, nous ne renonçons pas. Si rien ne change, les tracteurs "
            "reviendront », a prévenu son porte-parole. La préfecture se félicite.",
            "« Nous suspendons, nous ne renonçons pas. Si rien ne change, les tracteurs reviendront », a prévenu "
            "son porte-parole.",
        ),
        (
            "de",
            "Die Lage bleibt ernst. »Wir verhandeln nicht über Kilometer. Es geht um Dörfer«, sagte er. Dann ging er.",
            "»Wir verhandeln nicht über Kilometer. Es geht um Dörfer«, sagte er.",
        ),
        (
            "pl",
            "Rolnicy protestują. „Nie odpuścimy. Będziemy tu do skutku” – zapowiedział lider związku. Policja czeka.",
            "„Nie odpuścimy. Będziemy tu do skutku” – zapowiedział lider związku.",
        ),
    ],
)
def test_a_quotation_over_sentences_is_cited_whole(lang: str, text: str, whole: str) -> None:
    from storyline.brief.material import Material
    from storyline.model import Article, Span
    from storyline.sentences import split_sentences

    article = Article(text=text, raw_text=text, language=lang)
    article.set_layer("sentence", [Span(s, e, "sentence") for s, e in split_sentences(text, lang)])
    assert len(article.sentences) >= 4, "the splitter cuts inside the quotation: the case this test is about"
    texts = [s.text for s in Material("s", None, [article]).sentences(article)]
    assert whole in texts, texts
    assert texts[0] != whole and texts[-1] != whole  # the sentences around it stay apart


@pytest.mark.parametrize(
    ("lang", "published", "text", "words", "dates"),
    [
        # the publication day's lead, not again under 2026-W11 around it
        (
            "en",
            "2026-03-11",
            "Museum reopens east wing\n\n"
            "The city museum reopened its east wing this week after a two-year renovation of the roof and galleries.\n"
            "Visitors queued for an hour on the first morning, the director Hanna Vogt told reporters.\n",
            "reopened its east wing",
            ["2026-03-11"],
        ),
        # a lead telling of next month stood under its publication day and again under April
        (
            "es",
            "2026-03-30",
            "Nueva marcha sobre Madrid\n\n"
            "Para el próximo mes se prepara una nueva marcha de agricultores sobre Madrid, según las organizaciones.\n"
            "Los agricultores cortaron este lunes carreteras en Castilla y León y en Extremadura.\n",
            "nueva marcha",
            ["2026-03-30"],
        ),
    ],
)
def test_a_timeline_sentence_is_shown_under_one_date(
    tmp_path: Path, lang: str, published: str, text: str, words: str, dates: list[str]
) -> None:
    from storyline.ingest import ingest

    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        f"path,outlet,published_at,language\na.txt,City Courier,{published}T09:00:00+00:00,{lang}\n", encoding="utf-8"
    )
    store = open_store(tmp_path / "m.db")
    ingest([tmp_path / "a.txt"], store, manifest=tmp_path / "manifest.csv")
    brief = json.loads(to_json(build_briefing(store, "all", record=False)))
    where: dict[str, list[str]] = {}
    for ev in brief["timeline"]:
        for st in ev["statements"]:
            where.setdefault(st["citation"]["text"], []).append(ev["date"])
    sentence = next(t for t in where if words in t)
    assert where[sentence] == dates, where


def test_a_quote_interrupted_by_its_attribution_is_cited_in_pieces(tmp_path: Path) -> None:
    from storyline.ingest import ingest

    text = (
        "Dykes hold in Racibórz\n\n"
        "\u201cThe dykes are holding, but they have never carried this much water,\u201d the mayor Dorota Lis said. "
        "\u201cPlease stay away from the river.\u201d\n"
        "The river is expected to fall from Sunday, the regional water authority said on Friday.\n"
    )
    (tmp_path / "dykes.txt").write_text(text, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "path,outlet,published_at,language\ndykes.txt,River Post,2026-05-08T09:00:00+00:00,en\n", encoding="utf-8"
    )
    store = open_store(tmp_path / "d.db")
    ingest([tmp_path / "dykes.txt"], store, manifest=tmp_path / "manifest.csv")
    briefing = build_briefing(store, "all", record=False)
    brief = json.loads(to_json(briefing))
    quote = next(q for q in _actor(brief, "Lis")["quotes"] if q["kind"] == "direct")
    pieces = [quote["citation"]["text"], *(c["text"] for c in quote["continued"])]
    assert pieces == [
        "The dykes are holding, but they have never carried this much water",
        "Please stay away from the river.",
    ], pieces
    md = to_markdown(briefing)
    assert (
        "“The dykes are holding, but they have never carried this much water … Please stay away from the river.”" in md
    )
    assert "mayor Dorota Lis said. “Please" not in md.split("## Actors")[1].split("## Positions")[0]
