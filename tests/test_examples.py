"""Consistency of the demo corpus in examples/ with its gold facts in examples/expected.json.

The corpus is read here with the same libraries the readers use (trafilatura, feedparser, warcio, json,
csv), independently of storyline's own readers, so a failure points at the corpus, not at a stage.
"""

from __future__ import annotations

import csv
import gzip
import html
import json
import re
from collections import Counter, defaultdict
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

import feedparser
import pytest
import trafilatura
from warcio.archiveiterator import ArchiveIterator

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
CORPUS = EXAMPLES / "corpus"
WARC = CORPUS / "warc" / "CC-NEWS-20260331-demo.warc.gz"
TIMEX_VALUE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?|\d{4}-W\d{2}(-WE)?|\d{4}-(SP|SU|FA|WI)|P\d+[DWMY]|PT\d+[HM])$"
)
FEED_FORMATS = {"rss", "atom"}


@cache
def expected() -> dict:
    """The gold file, parsed once."""
    return json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))


def _strip_tags(fragment: str) -> str:
    """Paragraph HTML (feeds, JSONL html) to text, one paragraph per line."""
    return html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"</p>\s*", "\n", fragment))).strip()


@cache
def _warc_pages() -> dict[str, str]:
    """WARC-Target-URI -> HTML of every response record."""
    pages = {}
    with WARC.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response":
                uri = record.rec_headers.get_header("WARC-Target-URI")
                pages[uri] = record.content_stream().read().decode("utf-8")
    return pages


@cache
def _feed(path: str) -> dict[str, feedparser.FeedParserDict]:
    """Entries of a feed file by id/guid."""
    parsed = feedparser.parse(str(EXAMPLES / path))
    return {entry.id: entry for entry in parsed.entries}


@cache
def _jsonl(path: str) -> dict[str, dict]:
    """Records of a JSONL file by id."""
    lines = (EXAMPLES / path).read_text(encoding="utf-8").splitlines()
    return {rec["id"]: rec for rec in map(json.loads, lines)}


def _page_text(page: str) -> str:
    """Headline + body of a news page, as trafilatura extracts it."""
    metadata = trafilatura.extract_metadata(page)
    body = trafilatura.extract(page, include_comments=False) or ""
    return f"{metadata.title}\n{body}"


@cache
def article_text(aid: str) -> str:
    """Title and body text of one article, read from its file with the format's library."""
    art = expected()["articles"][aid]
    fmt, path, item = art["format"], art["path"], art["item"]
    if fmt == "txt":
        return (EXAMPLES / path).read_bytes().decode(art["encoding"])
    if fmt == "html":
        return _page_text((EXAMPLES / path).read_text(encoding="utf-8"))
    if fmt == "warc":
        return _page_text(_warc_pages()[item])
    if fmt in FEED_FORMATS:
        entry = _feed(path)[item]
        return f"{entry.title}\n{_strip_tags(entry.content[0].value)}"
    if fmt == "jsonl":
        rec = _jsonl(path)[item]
        body = rec["text"] if "text" in rec else _strip_tags(rec["html"])
        return f"{rec['title']}\n{body}"
    raise AssertionError(f"{aid}: unknown format {fmt}")


def body_text(aid: str) -> str:
    """Article text without the lines expected.json lists as boilerplate (headers, credits, links)."""
    noise = {b["line"] for b in expected()["boilerplate"] if b["article"] == aid}
    return "\n".join(ln for ln in article_text(aid).splitlines() if ln.strip() and ln not in noise)


def occurs(form: str, text: str) -> bool:
    """Whether a surface form occurs as whole words in a text."""
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text) is not None


def test_corpus_size_languages_and_stories() -> None:
    """At least 30 articles, 6+ languages, 3+ multi-day multi-outlet multilingual stories, 2-3 noise items."""
    arts = expected()["articles"]
    assert len(arts) >= 30
    langs = Counter(a["language"] for a in arts.values())
    assert {"en", "pl", "de", "uk", "fr", "ru"} <= set(langs)
    assert {"es", "it"} & set(langs)
    assert 2 <= len(expected()["noise"]) <= 3
    stories = expected()["stories"]
    assert len(stories) >= 3
    for story in stories:
        members = [arts[m] for m in story["articles"]]
        days = sorted({m["published_at"][:10] for m in members})
        span = date.fromisoformat(days[-1]) - date.fromisoformat(days[0])
        assert 5 <= span.days <= 21, story["id"]
        assert len({m["outlet"] for m in members}) >= 4, story["id"]
        assert len({m["language"] for m in members}) >= 5, story["id"]
        event_dates = {e["date"] for e in story["events"]}
        assert len(event_dates) >= 5, story["id"]


def test_every_format_is_used_by_several_articles() -> None:
    """txt, html, rss, atom, jsonl and warc all carry at least two articles (feeds: three)."""
    formats = Counter(a["format"] for a in expected()["articles"].values())
    for fmt in ("txt", "html", "jsonl", "warc"):
        assert formats[fmt] >= 3, fmt
    for fmt in FEED_FORMATS:
        assert formats[fmt] >= 2, fmt


def test_every_corpus_file_belongs_to_an_article() -> None:
    """No stray file in examples/corpus; every article's file exists."""
    referenced = {a["path"] for a in expected()["articles"].values()}
    on_disk = {str(p.relative_to(EXAMPLES)) for p in CORPUS.rglob("*") if p.is_file()}
    assert referenced == on_disk


@pytest.mark.parametrize("aid", sorted(expected()["articles"]))
def test_article_length_and_title(aid: str) -> None:
    """Each article has a headline and a body of 150-500 words."""
    art = expected()["articles"][aid]
    assert art["title"].strip()
    words = len(body_text(aid).split())
    assert 150 <= words <= 520, (aid, words)


def test_surface_forms_occur_in_their_articles() -> None:
    """Every entity variant listed in expected.json occurs verbatim in each article it lists."""
    missing = []
    for ent in expected()["entities"]:
        assert ent["type"] in {"PER", "ORG", "LOC", "EVT", "PRO"}
        assert ent["variants"], ent["id"]
        for var in ent["variants"]:
            assert var["articles"], (ent["id"], var["form"])
            for aid in var["articles"]:
                assert expected()["articles"][aid]["language"] == var["lang"]
                if not occurs(var["form"], body_text(aid)):
                    missing.append((ent["id"], var["form"], aid))
    assert not missing


def test_inflected_and_transliterated_names_cover_languages() -> None:
    """The negotiators appear in Latin and Cyrillic script and in several inflected forms."""
    ents = {e["id"]: e for e in expected()["entities"]}
    for pid in ("hrytsenko", "volkov"):
        forms = {v["form"] for v in ents[pid]["variants"]}
        langs = {v["lang"] for v in ents[pid]["variants"]}
        assert {"en", "pl", "uk", "ru", "de"} <= langs
        assert any(re.search("[а-яіїє]", f, re.I) for f in forms)
        assert len(forms) >= 8
    assert "Hryćenki" in {v["form"] for v in ents["hrytsenko"]["variants"]}


def test_quotes_positions_and_time_expressions_occur() -> None:
    """Quote texts, position evidence and time expressions are verbatim substrings of their articles."""
    entity_ids = {e["id"] for e in expected()["entities"]}
    for q in expected()["quotes"]:
        assert q["text"] in body_text(q["article"]), q
        assert q["kind"] in {"direct", "reported"}
        assert (q["speaker"] in entity_ids) != bool(q["speaker_label"]), q
        assert q.get("speaker_resolves_to", "hrytsenko") in entity_ids, q
    for p in expected()["positions"]:
        assert p["evidence"] in body_text(p["article"]), p
        datetime.strptime(p["date"], "%Y-%m-%d")
    for t in expected()["time_expressions"]:
        assert t["text"] in body_text(t["article"]), t
        assert TIMEX_VALUE.match(t["value"]), t


def test_quote_styles_present() -> None:
    """Every quotation style the quotes stage must handle occurs somewhere in the corpus."""
    by_lang: defaultdict[str, str] = defaultdict(str)
    for aid, art in expected()["articles"].items():
        by_lang[art["language"]] += body_text(aid) + "\n"
    assert re.search(r"„[^”“]+”", by_lang["pl"])
    assert re.search(r"„[^“]+“", by_lang["de"])
    assert re.search(r"‚[^‘]+‘", by_lang["de"])
    assert re.search(r"»[^«]+«", by_lang["de"])
    for lang in ("fr", "ru", "uk", "it"):
        assert re.search(r"«[^»]+»", by_lang[lang]), lang
    assert re.search(r"“[^”]+”", by_lang["en"])
    assert re.search(r'"[^"]+"', by_lang["en"])
    for lang in ("pl", "ru", "uk"):
        assert re.search(r"^[–—] ", by_lang[lang], re.M), lang


def test_dates_parse_and_agree_with_the_files() -> None:
    """Published dates are ISO 8601 with offset and match what HTML meta, feeds and JSONL say."""
    for aid, art in expected()["articles"].items():
        published = datetime.fromisoformat(art["published_at"])
        assert published.tzinfo is not None, aid
        if art["updated_at"]:
            assert datetime.fromisoformat(art["updated_at"]) > published
        fmt = art["format"]
        if fmt in {"html", "warc"}:
            page = (EXAMPLES / art["path"]).read_text(encoding="utf-8") if fmt == "html" else _warc_pages()[art["item"]]
            meta = re.search(r'property="article:published_time" content="([^"]+)"', page)
            assert meta and datetime.fromisoformat(meta.group(1)) == published, aid
            assert 'property="og:site_name"' in page and 'name="author"' in page
        elif fmt in FEED_FORMATS:
            entry = _feed(art["path"])[art["item"]]
            assert entry.published_parsed is not None
            as_utc = published.astimezone(UTC).replace(tzinfo=None)
            assert datetime(*entry.published_parsed[:6]) == as_utc, aid
        elif fmt == "jsonl":
            rec = _jsonl(art["path"])[art["item"]]
            assert datetime.fromisoformat(rec["published_at"]) == published


def test_manifest_covers_text_files() -> None:
    """Every .txt file is in the manifest with outlet, language and url; header-dated files keep the date in the text."""
    with (EXAMPLES / "manifest.csv").open(encoding="utf-8", newline="") as f:
        rows = {r["path"]: r for r in csv.DictReader(f)}
    texts = {a["path"]: (aid, a) for aid, a in expected()["articles"].items() if a["format"] == "txt"}
    assert set(rows) == set(texts)
    for path, row in rows.items():
        aid, art = texts[path]
        assert (EXAMPLES / path).is_file()
        assert row["outlet"] == art["outlet"] and row["language"] == art["language"] and row["url"] == art["url"]
        if row["published_at"]:
            assert datetime.fromisoformat(row["published_at"]) == datetime.fromisoformat(art["published_at"])
        else:
            assert article_text(aid).startswith(("Publikacja:", "Published")), aid
    assert any(r["published_at"] for r in rows.values()), "some text files must be dated by the manifest only"


def test_legacy_encodings_are_not_utf8() -> None:
    """The cp1250 Polish and cp1251 Russian files fail as UTF-8 and decode with their code page."""
    found = set()
    for art in expected()["articles"].values():
        if art["encoding"] == "utf-8":
            continue
        raw = (EXAMPLES / art["path"]).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        text = raw.decode(art["encoding"])
        assert re.search("[ąęłśżźćń]" if art["language"] == "pl" else "[а-яё]", text)
        found.add((art["language"], art["encoding"]))
    assert found == {("pl", "cp1250"), ("ru", "cp1251")}


def test_warc_is_common_crawl_like() -> None:
    """The WARC holds warcinfo, then request/response/metadata per page; responses are HTTP 200 HTML."""
    types = []
    with WARC.open("rb") as stream:
        for record in ArchiveIterator(stream):
            types.append(record.rec_type)
            if record.rec_type == "response":
                assert record.http_headers.get_statuscode() == "200"
                assert record.http_headers.get_header("Content-Type").startswith("text/html")
                datetime.fromisoformat(record.rec_headers.get_header("WARC-Date").replace("Z", "+00:00"))
    assert types[0] == "warcinfo"
    warc_items = {a["item"] for a in expected()["articles"].values() if a["format"] == "warc"}
    assert set(_warc_pages()) == warc_items
    assert types.count("response") == types.count("request") == len(warc_items)
    with gzip.open(WARC, "rb") as f:
        assert f.read(9) == b"WARC/1.0\r"


def test_warc_builder_is_reproducible(tmp_path: Path) -> None:
    """examples/build_warc.py rebuilds the committed WARC byte for byte."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_warc", EXAMPLES / "build_warc.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "rebuilt.warc.gz"
    module.build(out)
    assert out.read_bytes() == WARC.read_bytes()


def test_feeds_and_jsonl_parse() -> None:
    """Feeds parse without errors and carry full text; JSONL lines follow the documented schema."""
    for path in {a["path"] for a in expected()["articles"].values() if a["format"] in FEED_FORMATS}:
        parsed = feedparser.parse(str(EXAMPLES / path))
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        for entry in parsed.entries:
            assert len(_strip_tags(entry.content[0].value).split()) > 100
    keys = {"id", "url", "outlet", "title", "byline", "language", "published_at", "updated_at"}
    for path in {a["path"] for a in expected()["articles"].values() if a["format"] == "jsonl"}:
        for rec in _jsonl(path).values():
            assert keys <= set(rec) and ("text" in rec) != ("html" in rec)
            assert datetime.fromisoformat(rec["published_at"]).tzinfo is not None


def test_html_boilerplate_is_around_the_body() -> None:
    """Pages carry a cookie banner, navigation, share bar and footer, and trafilatura leaves them out."""
    for aid, art in expected()["articles"].items():
        if art["format"] not in {"html", "warc"}:
            continue
        page = (
            (EXAMPLES / art["path"]).read_text(encoding="utf-8")
            if art["format"] == "html"
            else _warc_pages()[art["item"]]
        )
        for marker in ('id="cookie-consent"', "<nav", 'class="share-bar"', "<footer"):
            assert marker in page, (aid, marker)
        banner = re.search(r'id="cookie-consent".*?<p>(.*?)</p>', page, re.S)
        assert banner is not None, aid
        assert html.unescape(banner.group(1)) not in article_text(aid)


def test_boilerplate_lines_cover_the_hard_cases() -> None:
    """Cross-links in four languages, photo credits, captions, share lines and date headers are present."""
    lines = [b["line"] for b in expected()["boilerplate"]]
    for prefix in (
        "Read also:",
        "Czytaj też:",
        "Lesen Sie auch:",
        "Читайте також:",
        "Читайте также:",
        "Foto: PAP",
        "Foto: dpa",
        "Udostępnij:",
    ):
        assert any(line.startswith(prefix) for line in lines), prefix
    assert any(b["reason"] == "caption" for b in expected()["boilerplate"])
    headers = [line for line in lines if line.startswith(("Publikacja:", "Published"))]
    assert any("Aktualizacja:" in line for line in headers)
    assert any("| Updated" in line for line in headers)
    for b in expected()["boilerplate"]:
        assert b["line"] in article_text(b["article"]).splitlines()


def test_duplicates_are_what_they_claim() -> None:
    """Exact pair: identical text; near pair: same wire, one paragraph changed; update: same URL, later, revised."""
    kinds = {d["kind"]: d["articles"] for d in expected()["duplicates"]}
    assert set(kinds) == {"exact", "near", "update"}
    a, b = kinds["exact"]
    assert _body_only(a) == _body_only(b)
    a, b = kinds["near"]
    pa, pb = _body_only(a).splitlines(), _body_only(b).splitlines()
    assert len(pa) == len(pb) and sum(x != y for x, y in zip(pa, pb, strict=True)) == 1
    assert expected()["articles"][a]["title"] != expected()["articles"][b]["title"]
    old, new = kinds["update"]
    arts = expected()["articles"]
    assert arts[old]["url"] == arts[new]["url"]
    assert arts[new]["updated_at"] and not arts[old]["updated_at"]
    assert len(body_text(new)) > len(body_text(old))


def _body_only(aid: str) -> str:
    """Body paragraphs without the headline line (containers add it; text files carry it)."""
    lines = [ln.strip() for ln in body_text(aid).splitlines() if ln.strip()]
    title = expected()["articles"][aid]["title"]
    return "\n".join(ln for ln in lines if ln != title and ln != "(PAP)")


def test_contradictions_and_corroborations_point_at_text() -> None:
    """A number conflict (12 vs 14 dead) and a negation conflict (meeting confirmed vs denied) exist."""
    kinds = Counter(c["kind"] for c in expected()["contradictions"])
    assert kinds["number"] >= 1 and kinds["negation"] >= 1
    for c in expected()["contradictions"]:
        for aid, evidence in c["evidence"].items():
            assert evidence in body_text(aid)
    toll = {c["claim"]: c for c in expected()["contradictions"]}
    numbers = [
        re.findall(r"\d+", ev) for c in toll.values() if "death toll" in c["claim"] for ev in c["evidence"].values()
    ]
    assert sorted(n[0] for n in numbers) == ["12", "14"]
    for c in expected()["corroborations"]:
        assert len({expected()["articles"][a]["outlet"] for a in c["articles"]}) >= c["independent_outlets"]


def test_events_belong_to_their_story_window() -> None:
    """Every event's articles belong to its story, and dated events fall within the story's weeks."""
    arts = expected()["articles"]
    for story in expected()["stories"]:
        first = min(arts[a]["published_at"][:10] for a in story["articles"])
        for event in story["events"]:
            assert set(event["articles"]) <= set(story["articles"])
            assert event["date"][:7] >= first[:7]
            assert TIMEX_VALUE.match(event["date"])
        for fact in story["whats_new"]["facts"]:
            for aid in fact["articles"]:
                assert aid in story["articles"]
                assert arts[aid]["published_at"][:10] >= story["whats_new"]["since"], (fact, aid)


def test_readme_labels_fiction_and_lists_files() -> None:
    """The README says the corpus is fiction and names every corpus file."""
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert "fiction" in readme.lower()
    for path in {a["path"] for a in expected()["articles"].values()}:
        assert Path(path).name in readme, path
