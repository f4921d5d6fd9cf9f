"""Fetch a URL within limits: http(s) only, a timeout, a size cap (streamed), a redirect cap, honest User-Agent."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from typing import Any
from urllib.parse import urljoin, urlsplit

from storyline.errors import FetchError

_CHUNK = 65536


@dataclass(frozen=True)
class Fetched:
    """A fetched response body and what the server said about it."""

    url: str  # the final URL, after redirects
    body: bytes
    content_type: str
    charset: str | None
    retrieved_at: datetime


def is_url(text: str) -> bool:
    """True when `text` looks like a URL (has a scheme followed by `://`)."""
    scheme = urlsplit(text).scheme
    return bool(scheme) and len(scheme) > 1 and "://" in text


def check_scheme(url: str) -> None:
    """Refuse anything but http and https."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(
            f"{url}: only http:// and https:// URLs can be fetched, not {scheme}://; download the file and pass its path"
        )


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows at most `limit` redirects, each to http(s) only."""

    max_redirections = 1000  # our own count decides; urllib's default (10) must not cut in first

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit
        self.count = 0

    def http_error_302(self, req: Any, fp: Any, code: int, msg: str, headers: Any) -> Any:
        location = headers.get("location") or headers.get("uri")
        if location:
            check_scheme(urljoin(req.full_url, location))  # before urllib's own, vaguer refusal
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        self.count += 1
        target = urljoin(req.full_url, newurl)
        if self.count > self.limit:
            raise FetchError(
                f"{req.full_url}: more than {self.limit} redirects; raise fetch_max_redirects or pass the final URL"
            )
        check_scheme(target)
        return super().redirect_request(req, fp, code, msg, headers, target)


def fetch(url: str, settings: dict[str, Any]) -> Fetched:
    """GET `url` within the fetch_* settings; raises `FetchError` naming the URL and the limit hit."""
    check_scheme(url)
    timeout = float(settings["fetch_timeout"])
    max_bytes = int(settings["fetch_max_bytes"])
    redirects = _LimitedRedirects(int(settings["fetch_max_redirects"]))
    opener = urllib.request.build_opener(redirects)
    request = urllib.request.Request(url, headers={"User-Agent": str(settings["user_agent"]), "Accept": "*/*"})
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(
                    f"{url}: response is {int(declared):,} bytes, over fetch_max_bytes={max_bytes:,}; raise the setting to fetch it"
                )
            chunks: list[bytes] = []
            size = 0
            # The socket timeout bounds each read; the deadline bounds a server that trickles bytes forever.
            deadline = time.monotonic() + timeout
            while True:
                if time.monotonic() > deadline:
                    raise TimeoutError
                chunk = response.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(
                        f"{url}: response exceeds fetch_max_bytes={max_bytes:,}; stopped reading; raise the setting to fetch it"
                    )
                chunks.append(chunk)
            headers: Message = response.headers
            return Fetched(
                url=response.geturl(),
                body=b"".join(chunks),
                content_type=headers.get_content_type(),
                charset=headers.get_content_charset(),
                retrieved_at=datetime.now(UTC),
            )
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}; check the URL") from exc
    except TimeoutError as exc:
        raise FetchError(
            f"{url}: no response within fetch_timeout={timeout:g} s; raise the setting or try later"
        ) from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise FetchError(
                f"{url}: no response within fetch_timeout={timeout:g} s; raise the setting or try later"
            ) from exc
        raise FetchError(f"{url}: cannot connect ({exc.reason}); check the address and your network") from exc
    except (OSError, ValueError) as exc:
        raise FetchError(f"{url}: fetch failed ({exc}); check the URL") from exc
