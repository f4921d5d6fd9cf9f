"""A statement by several speakers records each of them: "Chuck Schumer and Nancy Pelosi said" is Schumer's and Pelosi's.

Since session 17 a quotation whose speaker phrase joins several speakers kept all of them in its speaker words and
label but stored one speaker entity, the first person's mention (`speaker_mention`): whatever keys on the entity (the
briefing's actors, positions, `storyline quotes --speaker`, JSON) missed the others. The quotes stage now writes
`speaker_mentions`, each speaker's entity mention in text order (a person's full-name mention, a body's own, a
place named by all its words), beside `speaker_mention` (unchanged, for readers of one). The texts are written by the
team in the shapes the COORD audit (session 17) found over SlavicNER, CL-TLS and SemEval-8 news.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import cli
from storyline.ingest import ingest
from storyline.model import Article
from storyline.pipeline import default_pipeline
from storyline.store import open_store


def _speakers(text: str, lang: str, content: str) -> tuple[str | None, list[str] | None]:
    """(the words of `speaker_mention`, the words of each `speaker_mentions` entry) of the one quotation whose content
    starts with `content`."""
    article = Article(text=text, language=lang)
    for st in default_pipeline().stages:
        if st.name in ("sentences", "mentions", "quotes"):
            st.func(article)
    found = [q for q in article.spans("quote") if text[q.start : q.end].startswith(content)]
    assert len(found) == 1, [text[q.start : q.end] for q in article.spans("quote")]
    attrs = found[0].attrs
    one = attrs.get("speaker_mention")
    joint = attrs.get("speaker_mentions")
    return (
        text[one[0] : one[1]] if one else None,
        [text[s:e] for s, e in joint] if joint is not None else None,
    )


@pytest.mark.parametrize(
    ("lang", "text", "content", "first", "mentions"),
    [
        # two titled people before an English past tense
        (
            "en",
            "Senate talks stalled. Senate Democratic leader Chuck Schumer and House Speaker Nancy Pelosi said the "
            "relief bill must pass this week.",
            "the relief bill",
            "Chuck Schumer",
            ["Chuck Schumer", "Nancy Pelosi"],
        ),
        # surnames alone: each resolves to the full name given before
        (
            "en",
            "Chuck Schumer and Nancy Pelosi met the postal board on Friday. Schumer and Pelosi said the cuts to mail "
            "sorting must be reversed.",
            "the cuts to mail",
            "Chuck Schumer",
            ["Chuck Schumer", "Nancy Pelosi"],
        ),
        # a leader with a title whose complement is a place, a plural verb
        (
            "uk",
            "Лідер демократів у Сенаті Чак Шумер і Ненсі Пелосі закликали керівника пошти дати свідчення в комітеті.",
            "керівника пошти",
            "Чак Шумер",
            ["Чак Шумер", "Ненсі Пелосі"],
        ),
        # three leaders listed with commas
        (
            "it",
            "Obama, Cameron e Sarkozy sostengono che la missione in Libia deve continuare fino alla caduta del regime.",
            "che la missione",
            "Obama",
            ["Obama", "Cameron", "Sarkozy"],
        ),
        # two agencies after an inverted cue: bodies, no person mention
        (
            "bg",
            "Правителството ще подаде оставка до петък, предадоха Ройтерс и ДПА.",
            "Правителството ще",
            None,
            ["Ройтерс", "ДПА"],
        ),
        # a body and a country that speaks as its government
        (
            "pl",
            "Komisja Europejska i Wielka Brytania poinformowały w poniedziałek, że zawarły porozumienie w sprawie "
            "okresu przejściowego.",
            "że zawarły",
            None,
            ["Komisja Europejska", "Wielka Brytania"],
        ),
        # two companies with a dual auxiliary
        (
            "sl",
            "Pfizer in BioNTech sta napovedala, da bosta že prihodnji teden zaprosila za odobritev cepiva.",
            "da bosta že",
            None,
            ["Pfizer", "BioNTech"],
        ),
        (
            "fr",
            "Nicolas Sarkozy et Angela Merkel annoncent qu'ils proposeront une réforme des traités européens.",
            "qu'ils proposeront",
            "Nicolas Sarkozy",
            ["Nicolas Sarkozy", "Angela Merkel"],
        ),
        (
            "es",
            "Mariano Rajoy y Alfredo Pérez Rubalcaba aseguraron que el pacto de Estado sigue vigente.",
            "que el pacto",
            "Mariano Rajoy",
            ["Mariano Rajoy", "Alfredo Pérez Rubalcaba"],
        ),
        (
            "de",
            "Angela Merkel und Emmanuel Macron erklärten, die Gespräche mit London würden fortgesetzt.",
            "die Gespräche",
            "Angela Merkel",
            ["Angela Merkel", "Emmanuel Macron"],
        ),
        (
            "ru",
            "Владимир Путин и Эммануэль Макрон заявили, что переговоры будут продолжены в Париже.",
            "что переговоры",
            "Владимир Путин",
            ["Владимир Путин", "Эммануэль Макрон"],
        ),
        (
            "cs",
            "Andrej Babiš a Emmanuel Macron uvedli, že jednání budou pokračovat v Paříži.",
            "že jednání",
            "Andrej Babiš",
            ["Andrej Babiš", "Emmanuel Macron"],
        ),
    ],
)
def test_each_joined_speaker_is_recorded(
    lang: str, text: str, content: str, first: str | None, mentions: list[str]
) -> None:
    assert _speakers(text, lang, content) == (first, mentions)


@pytest.mark.parametrize(
    ("lang", "text", "content", "first"),
    [
        # one speaker
        (
            "en",
            "House Speaker Nancy Pelosi said the relief bill must pass this week.",
            "the relief bill",
            "Nancy Pelosi",
        ),
        # a body's name holding "i" before its secretary general: one man
        (
            "pl",
            "Sekretarz generalny Copa i Cogeca Pekka Pesonen powiedział, że rolnicy są zaniepokojeni.",
            "że rolnicy",
            "Pekka Pesonen",
        ),
        # two speakers joined, neither named: no entity to record
        (
            "bg",
            "Премиерът и правителството са категорични, че мерките ще останат до края на месеца.",
            "че мерките",
            None,
        ),
    ],
)
def test_one_entity_records_no_joint_speakers(lang: str, text: str, content: str, first: str | None) -> None:
    assert _speakers(text, lang, content) == (first, None)


@pytest.fixture(scope="module")
def joint_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store with an English report of a joint statement (surnames only) and a Ukrainian one naming Pelosi alone,
    ingested with the pipeline and entity linking."""
    folder = tmp_path_factory.mktemp("joint")
    (folder / "a.txt").write_text(
        "Democrats press the Postmaster General\n\nSenate Democratic leader Chuck Schumer and House Speaker Nancy "
        "Pelosi met the postal board on Friday.\n\nSchumer and Pelosi said the cuts to mail sorting must be reversed "
        "before the election.\n\nPelosi told reporters that the board had not answered her letter.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Демократи тиснуть на пошту\n\nСпікерка Палати представників Ненсі Пелосі заявила, що скорочення на пошті "
        "треба скасувати до виборів.\n",
        encoding="utf-8",
    )
    path = str(folder / "s.db")
    store = open_store(path)
    ingest([folder / "a.txt", folder / "b.txt"], store)
    store.close()
    return path


def _run(db: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["--db", db, "quotes", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_cli_lists_a_joint_statement_with_every_speaker(joint_db: str) -> None:
    """`storyline quotes --speaker` finds the joint statement under each speaker, by any spelling of that speaker's
    entity (the Ukrainian "Ненсі Пелосі" is in none of the English words), and its row names both with their
    entities."""
    for asked in ("Ненсі Пелосі", "Nancy Pelosi", "Schumer"):
        rows = [r for r in _run(joint_db, "--speaker", asked) if r["content"].startswith("the cuts to mail")]
        assert len(rows) == 1, asked
        row = rows[0]
        assert [s["name"] for s in row["speakers"]] == ["Chuck Schumer", "Nancy Pelosi"], asked
        assert all(s["entity"] for s in row["speakers"])
        assert row["speaker"] == "Chuck Schumer, Nancy Pelosi"
    # one speaker's row names that one
    (alone,) = [r for r in _run(joint_db, "--speaker", "Pelosi") if r["content"].startswith("that the board")]
    assert alone["speaker"] == "Nancy Pelosi" and [s["name"] for s in alone["speakers"]] == ["Nancy Pelosi"]
    # Schumer said nothing alone
    assert [r["content"][:16] for r in _run(joint_db, "--speaker", "Schumer")] == ["the cuts to mail"]


def test_a_stored_quote_of_one_speaker_still_reads(tmp_path: Path) -> None:
    """A quotation stored before joint speakers were recorded (no `speaker_mentions`) lists as before: one speaker."""
    from storyline.quotes.listing import quote_rows

    store = open_store(tmp_path / "s.db")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Senate talks stalled on Friday.\n\nChuck Schumer and Nancy Pelosi said the relief bill must pass.\n",
        encoding="utf-8",
    )
    ingest([folder / "a.txt"], store)
    (article_id,) = [r["id"] for r in store.list_articles()]
    article = store.get_article(article_id)
    (quote,) = article.spans("quote")
    assert len(quote.attrs["speaker_mentions"]) == 2
    del quote.attrs["speaker_mentions"]  # as stored by session 17's code
    (row,) = quote_rows(store, article)
    assert [s["entity"] for s in row["speakers"]] == [row["speaker_entity"]] == ["PER-chuk-schumer"]
    assert row["speaker"] == "Chuck Schumer and Nancy Pelosi"  # the label, as session 17 showed it
    store.close()
