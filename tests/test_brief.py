"""The briefing: every citation points at the stored words; the seed scenario's acceptance checks; formats; CLI."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from anyascii import anyascii
from click.testing import CliRunner

from storyline.brief.build import build_briefing
from storyline.brief.html import to_html
from storyline.brief.positions import correct_position
from storyline.brief.render import to_json, to_markdown
from storyline.errors import NotFound, StorylineError
from storyline.store import Store, open_store

SEED_MANIFEST = """path,outlet,published_at,language
000_74a7c492cd335b8b.txt,Northern Ledger,2025-11-21T18:00:00+00:00,en
001_7fb53fbd3c46e9a8.txt,Harbour Gazette,2025-11-22T09:30:00+00:00,en
002_6ea63a04d097cb71.txt,Gazeta Przykładowa,,pl
"""


def _ingest(inputs: list[Path], db: Path, manifest: Path | None) -> Store:
    from storyline.ingest import ingest

    store = open_store(db)
    ingest(inputs, store, manifest=manifest)
    return store


@pytest.fixture(scope="module")
def seeds_store(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The three seed articles, the English ones given outlets and dates by a manifest."""
    folder = tmp_path_factory.mktemp("seeds")
    files = []
    for name in ("000_74a7c492cd335b8b.txt", "001_7fb53fbd3c46e9a8.txt", "002_6ea63a04d097cb71.txt"):
        shutil.copy(seeds_dir / name, folder / name)
        files.append(folder / name)
    (folder / "manifest.csv").write_text(SEED_MANIFEST, encoding="utf-8")
    return _ingest(files, folder / "seeds.db", folder / "manifest.csv")


@pytest.fixture(scope="module")
def seeds_brief(seeds_store: Store) -> dict[str, Any]:
    """The JSON briefing of all seed articles with what's new since 1 December 2025."""
    return json.loads(to_json(build_briefing(seeds_store, "all", since="2025-12-01", record=False)))


@pytest.fixture(scope="module")
def demo_store(examples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The bundled demo corpus."""
    if not (examples_dir / "manifest.csv").is_file():
        pytest.skip("the demo corpus (examples/) is not in this checkout")
    folder = tmp_path_factory.mktemp("demo")
    return _ingest([examples_dir / "corpus"], folder / "demo.db", examples_dir / "manifest.csv")


def _citations(node: Any) -> list[dict[str, Any]]:
    """Every citation object anywhere in a JSON briefing."""
    found = []
    if isinstance(node, dict):
        if {"article_id", "start", "end", "text"} <= node.keys():
            found.append(node)
        for value in node.values():
            found.extend(_citations(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_citations(value))
    return found


def _check_citations(store: Store, brief: dict[str, Any]) -> int:
    cites = _citations({k: v for k, v in brief.items() if k != "articles"})
    assert cites, "a briefing without a single citation"
    texts: dict[str, str] = {}
    for c in cites:
        if c["article_id"] not in texts:
            texts[c["article_id"]] = store.get_article(c["article_id"]).text
        stored = texts[c["article_id"]]
        assert 0 <= c["start"] < c["end"] <= len(stored), c
        assert stored[c["start"] : c["end"]] == c["text"], f"citation {c['article_id']}:{c['start']}-{c['end']} drifted"
        assert c["article_id"] in brief["articles"], "a cited article missing from the briefing's sources"
    return len(cites)


def _fold(text: str) -> str:
    return anyascii(text).lower()


# -- every statement is a stored span ------------------------------------------------------------------
def test_every_seed_citation_matches_the_stored_text(seeds_store: Store, seeds_brief: dict[str, Any]) -> None:
    assert _check_citations(seeds_store, seeds_brief) > 30


def test_every_demo_citation_matches_the_stored_text(demo_store: Store) -> None:
    from storyline.stories import list_stories

    stories = list_stories(demo_store)
    assert stories
    for story in stories[:4]:
        brief = json.loads(to_json(build_briefing(demo_store, story.id, since="2026-03-08", record=False)))
        _check_citations(demo_store, brief)


def test_demo_office_quote_is_briefed_via_the_office(demo_store: Store) -> None:
    # "His office said later …" opening its sentence is briefed "via his office", as one writes it mid-line
    brief = json.loads(to_json(build_briefing(demo_store, "ceasefire Vienna", record=False)))
    vias = [q["via"] for a in brief["actors"] for q in a["quotes"] if q["via"]]
    assert "his office" in vias and not any(v.startswith("His ") for v in vias), vias


def test_demo_summaries_name_their_actors(demo_store: Store) -> None:
    # Before: the ceasefire story's summary opened with "He said that Moscow would judge the talks …", a
    # sentence nobody can place out of its article; a sentence opening with a personal pronoun now loses to
    # one naming its actors.
    from storyline.stories import list_stories

    for story in list_stories(demo_store):
        brief = json.loads(to_json(build_briefing(demo_store, story.id, record=False)))
        firsts = [st["citation"]["text"].split()[0].lower() for st in brief["summary"]]
        assert firsts and not set(firsts) & {"he", "she", "they", "er", "sie", "on", "ona", "він", "вона", "он"}, firsts


def test_demo_timelines_name_their_actors(demo_store: Store) -> None:
    # Before: the ceasefire story's 2 March read "He said that Moscow would judge the talks …" (Volkov, named two
    # sentences before in his article) though three other articles told that day with names.
    from storyline.stories import list_stories

    for story in list_stories(demo_store):
        brief = json.loads(to_json(build_briefing(demo_store, story.id, record=False)))
        firsts = [st["citation"]["text"].split()[0].lower() for e in brief["timeline"] for st in e["statements"]]
        assert firsts and not set(firsts) & {"he", "she", "they", "er", "sie", "on", "ona", "він", "вона", "он"}, firsts


def test_demo_pointer_sentences_come_with_their_claim(demo_store: Store) -> None:
    # Before: the ceasefire story cited "Про це повідомив спецпосланник США Майкл Гарлан." ("This was reported
    # by …") alone as a claim corroborating another, and dated 5 March by "Про це в четвер заявила речниця …".
    brief = json.loads(to_json(build_briefing(demo_store, "ceasefire Vienna", record=False)))

    def citations(node: Any) -> list[str]:
        if isinstance(node, dict):
            own = [node["text"]] if "text" in node and "article_id" in node else []
            return own + [t for v in node.values() for t in citations(v)]
        return [t for v in node for t in citations(v)] if isinstance(node, list) else []

    texts = citations(brief)
    assert any("Про це повідомив спецпосланник США Майкл Гарлан." in t for t in texts)
    assert not [t for t in texts if t.startswith(("Про це", "Об этом", "O tym"))], texts


@pytest.mark.parametrize(
    ("lang", "text", "dangling"),
    [
        ("en", "He said the talks would go on.", True),
        ("en", "Hrytsenko said the talks would go on.", False),
        ("pl", "Ona zapowiedziała kolejne rozmowy.", True),
        ("uk", "Він заявив, що переговори триватимуть.", True),
        ("de", "Es regnet seit Montag.", False),  # an impersonal pronoun names nobody to miss
        # the seeds' summary: a short fronted phrase before the pronoun subject
        ("en", "In a statement, he indicated that talks with Trump would follow.", True),
        ("en", "On Thursday, she said the plan could work.", True),
        ("en", "In a statement, Zelensky said talks with Trump would follow.", False),
        ("en", "Russia, which he visited in May, denied it.", False),  # a relative clause after the comma
    ],
)
def test_a_sentence_opening_with_a_personal_pronoun_is_dangling(lang: str, text: str, dangling: bool) -> None:
    from storyline.brief.build import _opens_with_pronoun
    from storyline.brief.material import Sentence
    from storyline.model import Article

    assert _opens_with_pronoun(Sentence(Article(text=text, language=lang), 0, len(text), 3)) is dangling


# -- the seed scenario ("Done when" of the issue) ---------------------------------------------------------
def test_seeds_form_one_story(seeds_store: Store) -> None:
    brief = build_briefing(seeds_store, None, record=False)
    assert brief.header.articles == 3, "the three seed articles should be one story"
    assert brief.header.languages == ["en", "pl"]


def test_seed_summary_names_its_actors(seeds_brief: dict[str, Any]) -> None:
    # Before: "In a statement, he indicated that discussions with US President Donald Trump are expected …"
    dangling = re.compile(r"^(?:(?:\w+ ){0,5}\w+, )?(?:he|she|they)\b", re.IGNORECASE)
    texts = [st["citation"]["text"] for st in seeds_brief["summary"]]
    assert texts and not [t for t in texts if dangling.match(t)], texts


def test_seed_timeline_has_the_three_key_days(seeds_brief: dict[str, Any]) -> None:
    days = {e["date"] for e in seeds_brief["timeline"]}
    assert {"2025-11-20", "2026-01-06", "2026-01-07"} <= days
    paris = next(e for e in seeds_brief["timeline"] if e["date"] == "2026-01-06")
    assert any("Francji" in s["citation"]["text"] for s in paris["statements"])
    assert [e["start"] for e in seeds_brief["timeline"]] == sorted(e["start"] for e in seeds_brief["timeline"])


def test_seed_actors_have_variants_roles_and_quotes(seeds_brief: dict[str, Any]) -> None:
    actors = {_fold(a["name"]): a for a in seeds_brief["actors"]}

    def actor(surname: str) -> dict[str, Any]:
        hits = [a for name, a in actors.items() if surname in name]
        assert hits, f"{surname} is not among the actors: {sorted(actors)}"
        return hits[0]

    zelensky = actor("zelensk")
    assert {"en", "pl"} <= set(zelensky["variants"])
    assert "Zełenski" in zelensky["variants"]["pl"] and "Zelenskiy" in zelensky["variants"]["en"]
    assert any(q["kind"] == "direct" and "constructive" in q["citation"]["text"] for q in zelensky["quotes"])
    # "…,” according to Zelenskiy’s office': his office spoke; the briefing says so beside his own words.
    office = next(q for q in zelensky["quotes"] if q["citation"]["text"].startswith("existing diplomatic"))
    assert office["via"] == "Zelenskiy’s office"
    assert not any(q["via"] for q in zelensky["quotes"] if "constructive" in q["citation"]["text"])
    peskov = actor("peskov")
    assert any("Consultations are not currently under way" in q["citation"]["text"] for q in peskov["quotes"])
    # what he said first, what he did ("downplayed the significance …", a stance) after it
    kinds = [q["kind"] for q in peskov["quotes"]]
    assert "stance" in kinds and kinds == sorted(kinds, key=["direct", "reported", "stance"].index), kinds
    assert any("Kremlin" in r["text"] for r in peskov["roles"])
    # A clause holding a few quoted words: only the marked words are cited as his own, the clause as reported.
    direct = [q["citation"]["text"] for q in peskov["quotes"] if q["kind"] == "direct"]
    assert "root causes of the conflict" in direct and not any(t.startswith("that any") for t in direct), direct
    rubio = [q for q in actor("rubio")["quotes"] if q["kind"] == "direct"]
    assert [q["citation"]["text"][:30] for q in rubio] == ["will continue to develop a lis"]
    leavitt = actor("leavitt")
    assert leavitt["quotes"] and any("Press Secretary" in r["text"] for r in leavitt["roles"])
    dmitriev = actor("dmitri")
    assert "Dmitriew" in " ".join(dmitriev["variants"].get("pl", []))
    actor("witkoff")
    # "specjalnymi wysłannikami prezydenta USA Donalda Trumpa", "Wysłannicy Trumpa": the envoys are
    # the president's, so the Polish titles of Trump are "prezydenta USA" and never an envoy's.
    trump_roles = [r["text"] for r in actor("trump")["roles"]]
    assert "prezydenta USA" in trump_roles
    assert not any("wysłanni" in r.lower() for r in trump_roles), trump_roles


def test_polish_title_must_agree_with_the_name() -> None:
    """Number and case agreement tells a person's own title from the title of someone of theirs."""
    from storyline.langs.pl.positions import title_agrees

    assert title_agrees("prezydenta", "Trumpa")
    assert title_agrees("minister", "Anna")  # a masculine title names a woman
    assert not title_agrees("wysłannikami", "Trumpa")
    assert not title_agrees("Wysłannicy", "Trumpa")


def _roles(lang: str, text: str, name: str) -> tuple[list[str], list[str]]:
    """The role phrases the actors index reads before and after `name`'s mention."""
    from storyline.brief.actors import _role_spans
    from storyline.model import Article, Span

    article = Article(text=text, raw_text=text, language=lang)
    start = text.index(name)
    spans = _role_spans(article, Span(start, start + len(name), "mention", {"type": "PER"}))
    return [text[s:e] for s, e in spans if s < start], [text[s:e] for s, e in spans if s > start]


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        ("es", "Según la portavoz, Marta Ruiz, el acuerdo prevé un corredor vigilado por la OSCE.", "Marta Ruiz", None),
        ("es", "Lo dijo Pedro Gil, el enviado especial de la Unión Europea, en Viena.", "Pedro Gil", "el enviado"),
        (
            "en",
            "Talks resumed, Anna Berg, the special envoy for the region, said on Monday.",
            "Anna Berg",
            "the special",
        ),
        ("fr", "Selon Paul Roux, le texte prévoit une mission d'observation.", "Paul Roux", None),
    ],
)
def test_a_role_after_a_name_is_an_apposition_with_a_title(lang: str, text: str, name: str, role: str | None) -> None:
    """A clause after a name (", el texto prevé …") is no role, though "el" may open a Spanish one."""
    after = _roles(lang, text, name)[1]
    assert [a.startswith(role) for a in after] == ([True] if role else []), after


@pytest.mark.parametrize(
    ("lang", "text", "name", "role"),
    [
        (
            "de",
            "„Wir sehen nur eine Zahl“, sagte die Sprecherin des ukrainischen Außenministeriums, Iryna Kowaltschuk, am Freitag.",
            "Iryna Kowaltschuk",
            "Sprecherin des ukrainischen Außenministeriums",
        ),
        (
            "fr",
            "Le porte-parole du Kremlin, Igor Beliaïev, a rejeté l'idée.",
            "Igor Beliaïev",
            "porte-parole du Kremlin",
        ),
        (
            "en",
            "Kyiv's foreign ministry spokeswoman Iryna Kovalchuk says they met.",
            "Iryna Kovalchuk",
            "Kyiv's foreign",
        ),
        # without a comma after the name the words before the comma are not its apposition
        ("en", "Hrytsenko met the Russian envoy, Kovalchuk said on Friday.", "Kovalchuk", None),
    ],
)
def test_a_title_before_a_name_may_be_set_off_by_commas(lang: str, text: str, name: str, role: str | None) -> None:
    """The demo's Iryna Kovalchuk had no party: her titles stood before her name behind a comma, or held "ministry"."""
    before = _roles(lang, text, name)[0]
    assert [b.startswith(role) for b in before] == ([True] if role else []), before


def test_seed_positions_grid(seeds_brief: dict[str, Any]) -> None:
    grid = seeds_brief["positions"]
    parties = {p["key"] for p in grid["parties"]}
    issues = {i["key"] for i in grid["issues"]}
    assert {"UA", "RU", "US", "EU"} <= parties
    assert {"NATO membership", "territory", "security guarantees"} <= issues
    for cell in grid["cells"]:
        assert cell["evidence"] or cell["corrected"], f"uncited cell {cell['party']}/{cell['issue']}"
        assert cell["stance"] in ("supports", "opposes", "demands", "conditions", "undecided")
    cells = {(c["party"], c["issue"]): c for c in grid["cells"]}
    assert cells[("RU", "territory")]["stance"] == "demands"
    assert "Donbas" in " ".join(e["citation"]["text"] for e in cells[("RU", "territory")]["evidence"])
    assert cells[("US", "security guarantees")]["stance"] == "supports"


def test_seed_corroborated_claims(seeds_brief: dict[str, Any]) -> None:
    def claim_with(*phrases: str) -> dict[str, Any]:
        for c in seeds_brief["claims"]:
            text = " ".join(s["citation"]["text"] for s in c["statements"])
            if all(p in text for p in phrases):
                return c
        raise AssertionError(f"no claim with {phrases}")

    root = claim_with("root causes", "reiterated")
    assert root["label"] == "corroborated" and root["independent_outlets"] == 2
    assert set(root["outlets"]) == {"Northern Ledger", "Harbour Gazette"}
    both = claim_with("both countries", "both Russia and Ukraine")
    assert both["label"] == "corroborated" and both["independent_outlets"] == 2


def test_seed_whats_new_lists_the_polish_article_facts(seeds_brief: dict[str, Any]) -> None:
    new = seeds_brief["whats_new"]
    assert new and all(s["citation"]["language"] == "pl" for s in new)
    text = " ".join(s["citation"]["text"] for s in new)
    assert "niemal wszystkich" in text  # agreement on nearly all points
    assert "zabezpieczenia" in text  # the US backstop of a European mission
    assert "odwiedzi" in text  # Zelensky's planned visit


def test_as_of_leaves_out_later_articles(seeds_store: Store) -> None:
    brief = build_briefing(seeds_store, "all", as_of="2025-11-30", record=False)
    assert brief.header.articles == 2 and brief.header.languages == ["en"]
    assert all(c.published and c.published <= "2025-11-30" for c in brief.citations())


def test_whats_new_defaults_to_the_previous_briefing(seeds_store: Store) -> None:
    build_briefing(seeds_store, "all", as_of="2025-11-30", record=True)
    later = build_briefing(seeds_store, "all", record=True)
    assert later.whats_new_since is not None and "previous briefing" in later.whats_new_since
    assert later.whats_new and all(s.citation.language == "pl" for s in later.whats_new)


def test_position_correction_sticks(seeds_store: Store) -> None:
    correct_position(seeds_store, "all", "RU", "territory", "conditions", note="analyst check")
    for _ in range(2):
        brief = build_briefing(seeds_store, "all", record=False)
        cell = next(c for c in brief.positions.cells if (c.party, c.issue) == ("RU", "territory"))
        assert cell.stance == "conditions" and cell.corrected and cell.corrected["note"] == "analyst check"
        assert cell.evidence  # the text's evidence stays visible next to the correction
    with pytest.raises(StorylineError):
        correct_position(seeds_store, "all", "RU", "territory", "maybe")


def test_unknown_story_or_query_is_a_clear_error(seeds_store: Store, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="storyline stories"):
        build_briefing(seeds_store, "qqqzzz-no-such-words", record=False)
    with pytest.raises(StorylineError, match="2026-01-07"):
        build_briefing(seeds_store, "all", since="last Tuesday", record=False)
    with pytest.raises(NotFound, match="ingest"):
        build_briefing(open_store(tmp_path / "empty.db"), None, record=False)


# -- formats and CLI -----------------------------------------------------------------------------------
def test_formats_carry_the_same_statements(seeds_store: Store) -> None:
    brief = build_briefing(seeds_store, "all", since="2025-12-01", record=False)
    md, html, js = to_markdown(brief), to_html(brief), json.loads(to_json(brief))
    for st in js["whats_new"] + js["summary"]:
        text = st["citation"]["text"]
        assert text in md
        assert text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;").replace("'", "&#x27;") in html
    assert "## Positions" in md and "<svg" in html and 'id="positions"' in html
    # Self-contained: no external scripts, styles, images or links to fetch.
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert "<link" not in html and "@import" not in html


def test_cli_brief_writes_each_format(seeds_store: Store, tmp_path: Path) -> None:
    from storyline.cli import cli

    db = seeds_store.location
    runner = CliRunner()
    for fmt in ("json", "md", "html", "text"):
        out = tmp_path / f"brief.{fmt}"
        result = runner.invoke(cli, ["--db", db, "brief", "all", "--format", fmt, "-o", str(out), "--no-record"])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 1000
    data = json.loads((tmp_path / "brief.json").read_text(encoding="utf-8"))
    assert data["header"]["articles"] == 3
    result = runner.invoke(cli, ["--db", db, "position", "all", "UA", "NATO membership", "demands", "--note", "cli"])
    assert result.exit_code == 0, result.output


def test_undated_articles_get_no_invented_dates(seeds_dir: Path, tmp_path: Path) -> None:
    files = []
    for name in ("000_74a7c492cd335b8b.txt", "002_6ea63a04d097cb71.txt"):
        shutil.copy(seeds_dir / name, tmp_path / name)
        files.append(tmp_path / name)
    store = _ingest(files, tmp_path / "undated.db", None)
    brief = build_briefing(store, "all", record=False)
    assert brief.header.undated_articles == 1
    days = {e.date for e in brief.timeline}
    assert "2025-11-20" not in days  # "late on Thursday" has nothing to resolve against
    assert {"2026-01-06", "2026-01-07"} <= days
    assert all(c.published is None for c in brief.citations() if c.language == "en")


def test_html_keeps_hostile_article_text_inert(tmp_path: Path) -> None:
    hostile = (
        "Die Verhandlungen in Wien wurden am Montag fortgesetzt, sagte der Sprecher des Ministeriums. "
        'Ein Leser schrieb </script><script>alert("x")</script> & <b>fett</b> in den Kommentar. '
        "Die Delegationen wollen am Freitag eine gemeinsame Erklärung zur Waffenruhe veröffentlichen."
    )
    feed = tmp_path / "a.jsonl"
    record = {
        "id": "x1",
        "outlet": "Wiener Bote",
        "language": "de",
        "published_at": "2026-03-02T10:00:00+01:00",
        "text": hostile,
    }
    feed.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    store = _ingest([feed], tmp_path / "h.db", None)
    html = to_html(build_briefing(store, "all", record=False))
    assert html.count("<script") == 2  # the data block and the page script, nothing injected
    data = re.search(r'<script type="application/json" id="articles">(.*?)</script>', html, re.S)
    assert data is not None
    texts = [a["text"] for a in json.loads(data.group(1)).values()]
    assert texts == [store.get_article(store.list_articles()[0]["id"]).text]


def test_an_issue_named_only_as_a_time_is_not_the_point() -> None:
    """'during the ceasefire' dates a sentence about troops; a sentence only about the ceasefire keeps it."""
    from storyline.brief.positions import issues_in
    from storyline.langs import language_data

    pl = language_data("pl", "positions")
    assert issues_in("Nie wyślą jednak wojsk na Ukrainę w trakcie zawieszenia broni.", pl) == ["foreign troops"]
    assert "ceasefire" in issues_in("Rosja odrzuca zawieszenie broni.", pl)
    en = language_data("en", "positions")
    assert issues_in("They will not send peacekeepers during the ceasefire.", en) == ["foreign troops"]
    assert "NATO membership" in issues_in("Ukraine will not join NATO.", en)
    # "NATO" inside "Soldaten aus NATO-Staaten" is part of the foreign-troops point, not a second issue.
    de = language_data("de", "positions")
    assert issues_in("Wolkow lehnt Soldaten aus NATO-Staaten strikt ab.", de) == ["foreign troops"]


def test_corroboration_by_articles_without_an_outlet_is_not_called_independent() -> None:
    """The seeds, ingested as bare text files, had 'corroborated by 2 independent outlets' from two unknown outlets."""
    from storyline.brief.render import source_label

    def claim(*outlets: str) -> dict[str, Any]:
        return {"label": "corroborated", "independent_outlets": len(outlets), "outlets": list(outlets)}

    assert source_label(claim("Harbour Gazette", "Northern Ledger")) == "corroborated by 2 independent outlets"
    unnamed = claim("unknown outlet (82c0e926)", "unknown outlet (153408fd)")
    assert source_label(unnamed) == "corroborated by 2 articles, outlets not named"
    mixed = claim("Harbour Gazette", "unknown outlet (153408fd)", "Northern Ledger")
    assert source_label(mixed) == "corroborated by 3 sources, 1 of them with no outlet named"
    single = {"label": "single-source", "independent_outlets": 1, "outlets": ["unknown outlet (82c0e926)"]}
    assert source_label(single) == "single source"
