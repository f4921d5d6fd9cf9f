"""The web app over the seeds: story list, briefing, search that folds spellings, highlighted passages,
JSON twins, and clear errors — through the WSGI app and through a real server socket."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from storyline.store import open_store
from storyline.web import App, serve


@pytest.fixture(scope="module")
def seeds_db(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the three seed articles."""
    from storyline.ingest import ingest

    db = tmp_path_factory.mktemp("web") / "seeds.db"
    store = open_store(db)
    ingest([seeds_dir], store)
    store.close()
    return str(db)


def _story_id(app: App) -> str:
    stories = json.loads(app.respond("GET", "/api/stories", {}).body)
    assert stories, "the seeds make at least one story"
    return str(max(stories, key=lambda s: s["articles"])["id"])


def test_story_list_and_briefing_pages(seeds_db: str) -> None:
    app = App(seeds_db)
    home = app.respond("GET", "/", {})
    assert home.status == "200 OK" and home.content_type.startswith("text/html")
    sid = _story_id(app)
    assert f'href="/story/{sid}"' in home.body

    page = app.respond("GET", f"/story/{sid}", {})
    assert page.status == "200 OK" and "<svg" in page.body  # the HTML briefing with its timeline
    assert "Peskov" in page.body and ("Zełenski" in page.body or "Zelensky" in page.body)

    data = json.loads(app.respond("GET", f"/api/story/{sid}", {}).body)
    assert data["header"]["articles"] >= 2


def test_search_folds_spellings_and_article_highlights_the_passage(seeds_db: str) -> None:
    app = App(seeds_db)
    hits = json.loads(app.respond("GET", "/api/search", {"q": "Zelenski"}).body)
    assert len(hits) == 3  # Zelensky, Zelenskiy and Zełenski all fold to the query
    assert {h["language"] for h in hits} == {"en", "pl"}
    page = app.respond("GET", "/search", {"q": "Zelenski"})
    assert page.body.count('class="hit"') == 3 and "<mark>" in page.body

    pl = next(h for h in hits if h["language"] == "pl")
    text = open_store(seeds_db).get_article(pl["article_id"]).text
    start = text.index("Zełenski")
    art = app.respond("GET", f"/article/{pl['article_id']}", {"start": str(start), "end": str(start + 8)})
    assert "<mark id=passage>Zełenski</mark>" in art.body


def test_errors_are_pages_that_say_what_to_do(seeds_db: str) -> None:
    app = App(seeds_db)
    missing = app.respond("GET", "/article/nope", {})
    assert missing.status.startswith("404") and "storyline articles" in missing.body
    api = app.respond("GET", "/api/story/nostory", {})
    assert api.status.startswith("404") and "storyline stories" in json.loads(api.body)["error"]
    bad_date = app.respond("GET", "/", {"since": "yesterday-ish"})
    assert bad_date.status.startswith("400") and "2026-01-07" in bad_date.body
    assert app.respond("POST", "/", {}).status.startswith("405")
    assert app.respond("GET", "/nowhere", {}).status.startswith("404")


def test_real_server_answers_over_http(seeds_db: str) -> None:
    ready: list[str] = []
    started = threading.Event()

    def on_ready(url: str) -> None:
        ready.append(url)
        started.set()

    threading.Thread(target=serve, args=(seeds_db, "127.0.0.1", 0, on_ready), daemon=True).start()
    assert started.wait(30)
    url = ready[0]
    with urllib.request.urlopen(url + "api/search?q=Kijow", timeout=30) as resp:
        body: Any = json.loads(resp.read().decode("utf-8"))
        assert resp.headers["Content-Type"].startswith("application/json")
    assert any(h["language"] == "pl" for h in body)
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(url + "story/nostory", timeout=30)
    assert err.value.code == 404


def test_bad_offsets_say_why_and_only_web_addresses_become_links(tmp_path: Path) -> None:
    from storyline.ingest import ingest

    feed = tmp_path / "odd.jsonl"
    feed.write_text(
        json.dumps({"url": "javascript:alert(1)", "title": "Powódź", "language": "pl", "text": "Woda na Odrze rośnie."})
        + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "odd.db"
    store = open_store(db)
    report = ingest([feed], store)
    store.close()
    (article_id,) = report.ingested
    app = App(str(db))
    page = app.respond("GET", f"/article/{article_id}", {"start": "5", "end": "999"})
    assert page.status == "200 OK" and "Woda na Odrze" in page.body
    assert "No passage highlighted" in page.body and "21 characters" in page.body
    assert 'href="javascript:' not in page.body and "javascript:alert(1)" in page.body  # shown, not linked

    sent: list[str] = []
    body = app({"REQUEST_METHOD": "HEAD", "PATH_INFO": "/"}, lambda status, headers: sent.append(status))
    assert sent == ["200 OK"] and list(body) == []


def test_who_said_what_page_filters_and_links_each_quotation_to_its_words(seeds_db: str) -> None:
    # Before: no page for quotations; the web app had stories, briefings, search and articles only.
    app = App(seeds_db)
    home = app.respond("GET", "/", {})
    assert 'href="/quotes"' in home.body and 'href="/timeline"' in home.body
    every = json.loads(app.respond("GET", "/api/quotes", {}).body)
    peskov = json.loads(app.respond("GET", "/api/quotes", {"speaker": "PESKOV"}).body)
    assert peskov and all("Peskov" in r["speaker"] for r in peskov) and len(peskov) < len(every)
    polish = json.loads(app.respond("GET", "/api/quotes", {"lang": "PL"}).body)
    assert polish and {r["language"] for r in polish} == {"pl"}
    stances = json.loads(app.respond("GET", "/api/quotes", {"kind": "stance"}).body)
    assert stances and {r["kind"] for r in stances} == {"stance"}
    page = app.respond("GET", "/quotes", {"speaker": "Peskov"})
    assert page.status == "200 OK" and page.body.count('class="quote"') == len(peskov)
    first = peskov[0]
    link = f"/article/{first['article_id']}?start={first['start']}&amp;end={first['end']}#passage"
    assert link in page.body
    # each speaker's name leads to everything that speaker said; each story to its timeline
    assert f'<a href="/quotes?speaker={quote(first["speakers"][0]["name"])}">' in page.body
    assert f'href="/timeline?story={_story_id(app)}"' in home.body
    assert "No quotations match" in app.respond("GET", "/quotes", {"speaker": "Nobody Atall"}).body
    assert "&lt;script&gt;" in app.respond("GET", "/quotes", {"speaker": "<script>"}).body  # echoed escaped


def test_timeline_page_by_day_with_the_time_words_marked(seeds_db: str) -> None:
    # Before: no timeline page; `storyline timeline` only.
    app = App(seeds_db)
    events = json.loads(app.respond("GET", "/api/timeline", {}).body)
    # Dmitriev's meeting of the Polish seed article: 7 January 2026, the Paris meeting the day before
    assert {"2026-01-07", "2026-01-06"} <= {e["date"] for e in events}
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)
    page = app.respond("GET", "/timeline", {"lang": "pl"})
    assert page.status == "200 OK" and '<h3 class="day">2026-01-07</h3>' in page.body and "<mark>" in page.body
    assert json.loads(app.respond("GET", "/api/timeline", {"lang": "pl"}).body) == events
    # the English seeds have no publication date (no manifest): their weekdays stay off the timeline
    assert json.loads(app.respond("GET", "/api/timeline", {"lang": "en"}).body) == []
    assert "No dated events match" in app.respond("GET", "/timeline", {"lang": "en"}).body
    later = json.loads(app.respond("GET", "/api/timeline", {"since": "2026-01-07"}).body)
    assert later and all(e["date_end"] >= "2026-01-07" for e in later)
    sid = _story_id(app)
    story = app.respond("GET", "/timeline", {"story": sid[:6]})
    assert story.status == "200 OK" and f'href="/story/{sid[:6]}"' in story.body
    assert app.respond("GET", "/timeline", {"story": "nostory"}).status.startswith("404")
    assert app.respond("GET", "/timeline", {"since": "yesterday"}).status.startswith("400")


def test_who_said_what_page_shows_a_first_page_of_a_large_store(seeds_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # A page reads articles only until it has one more quotation than it shows, and says that more match.
    import storyline.web.app as web

    monkeypatch.setattr(web, "LISTED", 2)
    app = App(seeds_db)
    page = app.respond("GET", "/quotes", {})
    assert page.body.count('class="quote"') == 2 and "the first 2 quotations" in page.body
    assert "More match" in page.body
    stance = app.respond("GET", "/quotes", {"kind": "stance"})
    shown = stance.body.count('class="quote"')
    assert 1 <= shown <= 2 and stance.body.count("· stance") == shown


def test_a_bad_filter_is_a_page_that_says_what_to_give(seeds_db: str) -> None:
    # Before: ?kind=quotes and ?lang=Polish! answered with an empty list, like a store without such quotations.
    app = App(seeds_db)
    bad_kind = app.respond("GET", "/quotes", {"kind": "quotes"})
    assert bad_kind.status.startswith("400") and "direct, reported, stance" in bad_kind.body
    api = app.respond("GET", "/api/quotes", {"kind": "quotes"})
    assert api.status.startswith("400") and "direct, reported, stance" in json.loads(api.body)["error"]
    for path in ("/quotes", "/timeline", "/api/timeline"):
        bad_lang = app.respond("GET", path, {"lang": "Polish!"})
        assert bad_lang.status.startswith("400") and "ISO 639-1" in bad_lang.body, path
    assert app.respond("GET", "/quotes", {"lang": "pl-PL"}).status == "200 OK"
