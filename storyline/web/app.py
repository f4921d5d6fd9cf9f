"""The web app: a WSGI application over the library — stories, briefings, search, articles, who said what,
the timeline — for a local analyst; `storyline serve` runs it on the standard library's WSGI server.

Every page is a thin view of a library call: `list_stories`, `build_briefing` + `to_html`,
`Store.search`, `Store.get_article`, `list_quotes`, `timeline_events`. Nothing is computed here that the CLI could not print. JSON twins
of each page live under `/api/`. Each request opens its own store connection (SQLite readers do not block
the writer in WAL mode), so a long briefing does not hold up the story list.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, quote

from storyline.brief.render import count
from storyline.errors import NotFound, StorylineError, UnsupportedInput
from storyline.store import Store, open_store

StartResponse = Callable[[str, list[tuple[str, str]]], Any]

# Rows (quotations, timeline days) one page lists; the JSON twins give all.
LISTED = 300

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1d232a}
a{color:#0b5cad;text-decoration:none}a:hover{text-decoration:underline}
header{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;border-bottom:1px solid #d6dbe0;padding-bottom:.5rem}
header h1{font-size:1.2rem;margin:0}form{display:flex;gap:.4rem;flex:1;min-width:14rem}
input[type=search]{flex:1;padding:.35rem .5rem;font:inherit}
.story,.hit{border-bottom:1px solid #eceff2;padding:.6rem 0}.meta{color:#5b6570;font-size:.85rem}
.tag{display:inline-block;background:#eef2f6;border-radius:.3rem;padding:0 .35rem;margin-right:.25rem;font-size:.8rem}
mark{background:#ffe58a}article p{white-space:pre-wrap}.error{color:#a01818}
nav{font-size:.9rem}.filters{margin:.6rem 0;flex-wrap:wrap}.filters input,.filters select{padding:.25rem;font:inherit}
.quote,.event{border-bottom:1px solid #eceff2;padding:.45rem 0}.day{margin:1rem 0 .2rem;font-size:1rem}
"""


@dataclass(frozen=True)
class Response:
    """What a view returns: status, content type and body."""

    status: str
    content_type: str
    body: str

    @classmethod
    def page(cls, title: str, body: str, status: str = "200 OK") -> Response:
        """An HTML page in the app's frame."""
        return cls(status, "text/html; charset=utf-8", _frame(title, body))

    @classmethod
    def json(cls, data: Any, status: str = "200 OK") -> Response:
        """A JSON response (UTF-8, not ASCII-escaped)."""
        return cls(status, "application/json; charset=utf-8", json.dumps(data, ensure_ascii=False, default=str))


def _frame(title: str, body: str, query: str = "") -> str:
    return (
        '<!doctype html><html><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="icon" href="data:,">'
        f"<title>{html.escape(title)} · storyline</title><style>{STYLE}</style></head><body>"
        '<header><h1><a href="/">storyline</a></h1>'
        '<nav><a href="/">Stories</a> · <a href="/quotes">Who said what</a> · <a href="/timeline">Timeline</a></nav>'
        f'<form action="/search"><input type="search" name="q" value="{html.escape(query)}" '
        'placeholder="Search all articles (any language, any spelling)" aria-label="search">'
        "<button>Search</button></form></header>"
        f"<main>{body}</main></body></html>"
    )


class App:
    """WSGI application over one store location."""

    def __init__(self, db: str):
        self.db = db
        self.routes: list[tuple[re.Pattern[str], Callable[..., Response]]] = [
            (re.compile(r"^/$"), self.stories),
            (re.compile(r"^/api/stories$"), self.stories_json),
            (re.compile(r"^/story/([\w-]+)$"), self.story),
            (re.compile(r"^/api/story/([\w-]+)$"), self.story_json),
            (re.compile(r"^/search$"), self.search),
            (re.compile(r"^/api/search$"), self.search_json),
            (re.compile(r"^/article/([\w-]+)$"), self.article),
            (re.compile(r"^/quotes$"), self.quotes),
            (re.compile(r"^/api/quotes$"), self.quotes_json),
            (re.compile(r"^/timeline$"), self.timeline),
            (re.compile(r"^/api/timeline$"), self.timeline_json),
        ]

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO") or "/"
        params = {k: v[-1] for k, v in parse_qs(environ.get("QUERY_STRING", "")).items()}
        response = self.respond(environ.get("REQUEST_METHOD", "GET"), path, params)
        body = response.body.encode("utf-8")
        start_response(response.status, [("Content-Type", response.content_type), ("Content-Length", str(len(body)))])
        return [] if environ.get("REQUEST_METHOD") == "HEAD" else [body]

    def respond(self, method: str, path: str, params: dict[str, str]) -> Response:
        """The response to one request; storyline errors become readable 404/400 pages."""
        if method not in ("GET", "HEAD"):
            return Response.page(
                "Not allowed", "<p class=error>Only GET requests are served.</p>", "405 Method Not Allowed"
            )
        for pattern, view in self.routes:
            m = pattern.match(path)
            if m is None:
                continue
            store = open_store(self.db)
            try:
                return view(store, params, *m.groups())
            except StorylineError as exc:
                status = "404 Not Found" if isinstance(exc, NotFound) else "400 Bad Request"
                if path.startswith("/api/"):
                    return Response.json({"error": str(exc)}, status)
                return Response.page("Error", f"<p class=error>{html.escape(str(exc))}</p>", status)
            finally:
                store.close()
        return Response.page("Not found", f"<p class=error>No page at {html.escape(path)}.</p>", "404 Not Found")

    # -- stories -----------------------------------------------------------------------------
    def _stories(self, store: Store, params: dict[str, str]) -> list[Any]:
        from storyline.brief.material import parse_day
        from storyline.stories.catalog import list_stories

        since = parse_day(params["since"]) if params.get("since") else None
        return list_stories(store, since=since, lang=params.get("lang") or None)

    def stories(self, store: Store, params: dict[str, str]) -> Response:
        """The story list, most recently active first."""
        rows = []
        for s in self._stories(store, params):
            tags = "".join(f'<span class="tag">{html.escape(x)}</span>' for x in s.languages)
            entities = ", ".join(html.escape(e) for e in s.key_entities[:6])
            rows.append(
                f'<div class="story"><a href="/story/{quote(s.id)}"><b>{html.escape(s.title)}</b></a><br>'
                f'<span class="meta">{tags} {count(len(s.members), "article")} · {count(len(s.outlets), "outlet")} · '
                f"{html.escape((s.first_seen or '?')[:10])} – {html.escape((s.last_seen or '?')[:10])}"
                f"{' · ' + entities if entities else ''} · "
                f'<a href="/timeline?story={quote(s.id)}">timeline</a></span></div>'
            )
        body = "".join(rows) or "<p>No stories yet: run <code>storyline ingest PATH</code> first.</p>"
        return Response.page("Stories", f"<h2>Stories</h2>{body}")

    def stories_json(self, store: Store, params: dict[str, str]) -> Response:
        """The story list as JSON."""
        from storyline.stories.catalog import story_summary

        return Response.json([story_summary(s) for s in self._stories(store, params)])

    def story(self, store: Store, params: dict[str, str], story_id: str) -> Response:
        """The self-contained HTML briefing of one story (?since=, ?as_of=)."""
        from storyline.brief.html import to_html

        return Response("200 OK", "text/html; charset=utf-8", to_html(self._briefing(store, params, story_id)))

    def story_json(self, store: Store, params: dict[str, str], story_id: str) -> Response:
        """The JSON briefing of one story."""
        from storyline.brief.render import to_json

        return Response("200 OK", "application/json; charset=utf-8", to_json(self._briefing(store, params, story_id)))

    def _briefing(self, store: Store, params: dict[str, str], story_id: str) -> Any:
        from storyline.brief.build import build_briefing

        # Browsing is not briefing: a page view must not move the "what's new since" reference point.
        return build_briefing(store, story_id, since=params.get("since"), as_of=params.get("as_of"), record=False)

    # -- search and articles -----------------------------------------------------------------
    def search(self, store: Store, params: dict[str, str]) -> Response:
        """Full-text search over every article, diacritics and case folded."""
        from storyline.stories.catalog import story_of_article

        q = params.get("q", "").strip()
        if not q:
            return Response.page("Search", "<p>Type a word or a name in the box above.</p>")
        rows = []
        for hit in _search(store, params):
            snippet = html.escape(hit.snippet).replace("[", "<mark>").replace("]", "</mark>")
            sid = story_of_article(store, hit.article_id)
            story = f' · <a href="/story/{quote(sid)}">story</a>' if sid else ""
            rows.append(
                f'<div class="hit"><a href="/article/{quote(hit.article_id)}">'
                f"<b>{html.escape(hit.title or hit.article_id)}</b></a>{story}<br>"
                f'<span class="meta"><span class="tag">{html.escape(hit.language or "?")}</span>'
                f"{html.escape(hit.outlet or '')} {html.escape((hit.published or '')[:10])}</span>"
                f"<div>{snippet}</div></div>"
            )
        body = "".join(rows) or f"<p>Nothing matches {html.escape(q)}.</p>"
        return Response(
            "200 OK", "text/html; charset=utf-8", _frame(f"Search: {q}", f"<h2>{len(rows)} articles</h2>{body}", q)
        )

    def search_json(self, store: Store, params: dict[str, str]) -> Response:
        """Search hits as JSON."""
        return Response.json([_hit(h) for h in _search(store, params)])

    def article(self, store: Store, params: dict[str, str], article_id: str) -> Response:
        """One stored article, its metadata, and the passage [start, end) highlighted when asked."""
        a = store.get_article(article_id)
        text = a.text
        start, end = _int(params.get("start")), _int(params.get("end"))
        note = ""
        if start is not None and end is not None and 0 <= start < end <= len(text):
            shown = (
                f"{html.escape(text[:start])}<mark id=passage>{html.escape(text[start:end])}</mark>"
                f"{html.escape(text[end:])}"
            )
        else:
            shown = html.escape(text)
            if "start" in params or "end" in params:
                note = (
                    f"<p class=error>No passage highlighted: start={html.escape(params.get('start', ''))}, "
                    f"end={html.escape(params.get('end', ''))} is not a range of character offsets within this "
                    f"article's {len(text)} characters; use the offsets of a citation.</p>"
                )
        meta = " · ".join(
            html.escape(x)
            for x in (a.outlet, a.language, a.published.value.isoformat() if a.published.value else None, a.byline)
            if x
        )
        # Only web addresses become links: a feed may carry any scheme (javascript:, data:) in its URLs.
        if a.url and a.url.lower().startswith(("http://", "https://")):
            link = f'<p><a href="{html.escape(a.url)}" rel="noopener noreferrer">{html.escape(a.url)}</a></p>'
        else:
            link = f"<p class=meta>{html.escape(a.url)}</p>" if a.url else ""
        return Response.page(
            a.title or a.id,
            f"<article><h2>{html.escape(a.title or a.id)}</h2><p class=meta>{meta}</p>{link}{note}<p>{shown}</p></article>",
        )

    # -- who said what, timeline --------------------------------------------------------------
    def quotes(self, store: Store, params: dict[str, str]) -> Response:
        """Stored quotations, filtered by speaker (any spelling), language and kind; each links to its words."""
        rows = _quotes(store, params, LISTED + 1)  # one more than shown says whether there are more
        kinds = [("", "any kind"), *((k, k) for k in QUOTE_KINDS)]
        options = "".join(
            f'<option value="{k}"{" selected" if params.get("kind", "") == k else ""}>{label}</option>'
            for k, label in kinds
        )
        form = (
            '<form class="filters" action="/quotes">'
            f'<input name="speaker" value="{html.escape(params.get("speaker", ""))}" placeholder="speaker" '
            'aria-label="speaker">'
            f'<input name="lang" value="{html.escape(params.get("lang", ""))}" placeholder="language (pl)" size=8 '
            f'aria-label="language"><select name="kind" aria-label="kind">{options}</select><button>Filter</button></form>'
        )
        outlets = _outlets(store)
        items = []
        for r in rows[:LISTED]:
            who = _speaker_links(r)
            cue = f" · “{html.escape(r['cue'])}”" if r["cue"] else ""
            items.append(
                f'<div class="quote"><span class="meta"><span class="tag">{html.escape(r["language"] or "?")}</span>'
                f"{html.escape((r['published'] or '')[:10])} · {html.escape(outlets.get(r['article_id']) or '')} · "
                f"{html.escape(r['kind'])}{cue}</span><br>"
                f"{who} <span class=meta>({html.escape(r['source_kind'] or 'unknown')})</span>: "
                f"{_passage_link(r['article_id'], r['start'], r['end'], r['content'])}</div>"
            )
        more = len(rows) > LISTED
        note = (
            "<p class=meta>More match: narrow by speaker, language or kind (/api/quotes lists all).</p>" if more else ""
        )
        empty = "<p>No quotations match. Leave the fields empty to list every quotation.</p>"
        heading = f"the first {LISTED} quotations" if more else count(len(rows), "quotation")
        body = f"<h2>Who said what: {heading}</h2>{form}{''.join(items) or empty}{note}"
        return Response.page("Who said what", body)

    def quotes_json(self, store: Store, params: dict[str, str]) -> Response:
        """The quotations as JSON, the rows `storyline quotes --json` prints."""
        return Response.json(_quotes(store, params))

    def timeline(self, store: Store, params: dict[str, str]) -> Response:
        """Dated events in date order, by day (?story=, ?lang=, ?since=, ?until=); each sentence links to its source."""
        from storyline.events import Event

        events = _timeline(store, params)
        form = (
            '<form class="filters" action="/timeline">'
            f'<input name="since" value="{html.escape(params.get("since", ""))}" placeholder="since 2026-01-01" size=12 '
            'aria-label="since">'
            f'<input name="until" value="{html.escape(params.get("until", ""))}" placeholder="until" size=12 '
            'aria-label="until">'
            f'<input name="lang" value="{html.escape(params.get("lang", ""))}" placeholder="language" size=8 '
            'aria-label="language">'
            f'<input type="hidden" name="story" value="{html.escape(params.get("story", ""))}"><button>Filter</button></form>'
        )
        days: dict[str, list[Event]] = {}
        seen: set[tuple[str, str]] = set()  # a wire copy repeats the same sentence: show it once
        for e in events:
            key = (e.value, " ".join(e.sentence.split()))
            if key not in seen:
                seen.add(key)
                days.setdefault(e.value, []).append(e)
        outlets = _outlets(store)
        parts = []
        for value, shown in list(days.items())[:LISTED]:
            lines = "".join(
                f'<div class="event"><span class="tag">{html.escape(e.language or "?")}</span>{_event_words(e)} '
                f'<span class="meta">— {html.escape(outlets.get(e.article_id) or e.article_id[:10])}</span></div>'
                for e in shown
            )
            parts.append(f'<h3 class="day">{html.escape(value)}</h3>{lines}')
        story = params.get("story")
        title = f'Timeline of <a href="/story/{quote(story)}">{html.escape(story)}</a>' if story else "Timeline"
        empty = "<p>No dated events match.</p>"
        return Response.page(
            "Timeline", f"<h2>{title}: {count(len(seen), 'event')}</h2>{form}{''.join(parts) or empty}"
        )

    def timeline_json(self, store: Store, params: dict[str, str]) -> Response:
        """The timeline's events as JSON, the rows `storyline timeline --json` prints."""
        return Response.json([e.to_dict() for e in _timeline(store, params)])


def _language(params: dict[str, str]) -> str | None:
    from storyline.language import normalise_language_code

    code = normalise_language_code(params.get("lang"))
    if code is not None and not re.fullmatch(r"[a-z]{2,3}", code):
        raise UnsupportedInput(
            f"lang={params['lang']!r} is no language code; give an ISO 639-1 code such as pl, uk, de"
        )
    return code


def _quotes(store: Store, params: dict[str, str], limit: int | None = None) -> list[dict[str, Any]]:
    from storyline.quotes.listing import list_quotes

    return list_quotes(
        store,
        speaker=params.get("speaker") or None,
        lang=_language(params),
        article_id=params.get("article") or None,
        kinds=[_kind(params["kind"])] if params.get("kind") else (),
        limit=limit,
    )


QUOTE_KINDS = ("direct", "reported", "stance")


def _kind(kind: str) -> str:
    if kind not in QUOTE_KINDS:
        raise UnsupportedInput(f"kind={kind!r} is no kind of quotation; give one of {', '.join(QUOTE_KINDS)}")
    return kind


def _timeline(store: Store, params: dict[str, str]) -> list[Any]:
    from storyline.brief.material import parse_day
    from storyline.events import timeline_events

    since, until = (parse_day(params[k]) if params.get(k) else None for k in ("since", "until"))
    return timeline_events(
        store,
        story=params.get("story") or None,
        since=since.date() if since else None,
        until=until.date() if until else None,
        lang=_language(params),
    )


def _outlets(store: Store) -> dict[str, str]:
    return {r["id"]: r["outlet"] for r in store.query("SELECT id, outlet FROM articles WHERE outlet IS NOT NULL")}


def _event_words(e: Any) -> str:
    """An event's sentence, its time expression marked, linked to the sentence in its article."""
    a, b = e.timex_start - e.sentence_start, e.timex_end - e.sentence_start
    words = e.sentence
    if 0 <= a < b <= len(words):
        marked = f"{html.escape(words[:a])}<mark>{html.escape(words[a:b])}</mark>{html.escape(words[b:])}"
    else:
        marked = html.escape(words)
    href = f"/article/{quote(e.article_id)}?start={e.sentence_start}&end={e.sentence_end}#passage"
    return f'<a href="{html.escape(href)}">{marked}</a>'


def _speaker_links(row: dict[str, Any]) -> str:
    """A quotation's speakers (each of a joint statement), each a link to everything that speaker said."""
    names = [str(one["name"]) for one in row.get("speakers") or [] if one.get("name")]
    if not names:
        return html.escape(row.get("speaker_text") or "unattributed")
    return ", ".join(f'<a href="/quotes?speaker={quote(name)}"><b>{html.escape(name)}</b></a>' for name in names)


def _passage_link(article_id: str, start: int, end: int, words: str) -> str:
    """The words, linked to their passage highlighted in the stored article."""
    href = f"/article/{quote(article_id)}?start={start}&end={end}#passage"
    return f'<a href="{html.escape(href)}">{html.escape(words)}</a>'


def _search(store: Store, params: dict[str, str]) -> list[Any]:
    """Search as the CLI does: word endings vary (stem prefixes) unless ?exact=1; a linked name finds its spellings."""
    from storyline.search import search_articles

    return search_articles(
        store, params.get("q", ""), language=params.get("lang") or None, exact=bool(params.get("exact")), limit=50
    )


def _hit(h: Any) -> dict[str, Any]:
    return {
        "article_id": h.article_id,
        "title": h.title,
        "language": h.language,
        "outlet": h.outlet,
        "published": h.published,
        "snippet": h.snippet,
        "score": h.score,
    }


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def serve(db: str, host: str = "127.0.0.1", port: int = 8321, ready: Callable[[str], None] | None = None) -> None:
    """Serve the app until interrupted, one thread per request."""
    from socketserver import ThreadingMixIn
    from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

    class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
        daemon_threads = True

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    with make_server(host, port, App(db), server_class=ThreadingWSGIServer, handler_class=QuietHandler) as httpd:
        if ready is not None:
            ready(f"http://{host}:{httpd.server_port}/")
        httpd.serve_forever()
