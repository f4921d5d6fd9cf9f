"""URL fetching against a local http.server on 127.0.0.1: limits on scheme, size, redirects, time; User-Agent."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from storyline.errors import FetchError
from storyline.ingest import Skip
from storyline.ingest.fetch import fetch
from storyline.ingest.sources import read_inputs
from storyline.model import Article
from storyline.settings import load_settings

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SEEN_AGENTS: list[str] = []

PAGE = (FIXTURES / "bundestag.html").read_bytes()
FEED = (FIXTURES / "monde.rss").read_bytes()
POLISH = "Rząd przyjął w środę projekt ustawy o obronie cywilnej. Głosowanie odbędzie się w przyszłym tygodniu.".encode(
    "cp1250"
)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/page":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif path == "/feed":
            self._send(200, "application/rss+xml", FEED)
        elif path == "/plain-cp1250":
            self._send(200, "text/plain", POLISH)
        elif path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", f"/hop/{n - 1}" if n > 0 else "/page")
            self.end_headers()
        elif path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
        elif path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the cap must stop a stream
            try:
                for _ in range(2000):
                    self.wfile.write(b"<p>" + b"x" * 1021)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/slow":
            time.sleep(3)
            self._send(200, "text/html", PAGE)
        elif path == "/missing":
            self._send(404, "text/plain", b"not here")
        else:
            self._send(500, "text/plain", b"?")

    def _send(self, code: int, ctype: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout test), as intended


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


SETTINGS = load_settings()


def test_page_is_fetched_with_an_honest_user_agent(server: str) -> None:
    SEEN_AGENTS.clear()
    (article,) = read_inputs([f"{server}/page"], SETTINGS)
    assert isinstance(article, Article)
    assert article.url == f"{server}/page" and article.retrieved_at is not None
    assert article.title == "Bundestag debattiert Sicherheitsgarantien für die Ukraine"
    assert [SETTINGS["user_agent"]] == SEEN_AGENTS and "storyline" in SEEN_AGENTS[0]


def test_feed_url_gives_its_items(server: str) -> None:
    items = list(read_inputs([f"{server}/feed"], SETTINGS))
    assert len(items) == 2 and all(isinstance(i, Article) and i.input_format == "feed" for i in items)


def test_plain_text_in_cp1250_is_detected(server: str) -> None:
    (article,) = read_inputs([f"{server}/plain-cp1250"], SETTINGS)
    assert isinstance(article, Article) and article.encoding == "cp1250" and "Rząd przyjął" in article.text


def test_redirects_are_followed_up_to_the_cap(server: str) -> None:
    assert fetch(f"{server}/hop/3", SETTINGS).url == f"{server}/page"
    with pytest.raises(FetchError, match="more than 2 redirects"):
        fetch(f"{server}/hop/5", {**SETTINGS, "fetch_max_redirects": 2})


def test_redirect_to_another_scheme_is_refused(server: str) -> None:
    with pytest.raises(FetchError, match="only http:// and https://"):
        fetch(f"{server}/to-file", SETTINGS)


def test_size_cap_stops_a_stream_without_content_length(server: str) -> None:
    with pytest.raises(FetchError, match="fetch_max_bytes=100,000"):
        fetch(f"{server}/huge", {**SETTINGS, "fetch_max_bytes": 100_000})


def test_declared_size_over_the_cap_is_refused_before_reading(server: str) -> None:
    with pytest.raises(FetchError, match="over fetch_max_bytes"):
        fetch(f"{server}/page", {**SETTINGS, "fetch_max_bytes": 100})


def test_timeout(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"fetch_timeout=0\.5"):
        fetch(f"{server}/slow", {**SETTINGS, "fetch_timeout": 0.5})
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/x.txt", "file:///etc/hostname", "gopher://127.0.0.1/"])
def test_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="only http:// and https://"):
        fetch(url, SETTINGS)


def test_http_errors_become_skips_and_the_batch_goes_on(server: str) -> None:
    items = list(read_inputs([f"{server}/missing", f"{server}/page", "http://127.0.0.1:9/closed"], SETTINGS))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Skip", "Article", "Skip"]
    assert isinstance(items[0], Skip) and "HTTP 404" in items[0].reason and items[0].stage == "fetch"
    assert isinstance(items[2], Skip) and "cannot connect" in items[2].reason
