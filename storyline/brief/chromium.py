"""Open a briefing's HTML in headless Chromium over the DevTools protocol: console errors, network
requests, a script's result, and full-page screenshots (used by the HTML test and docs/screenshots).

Needs a Chromium binary (Debian package `chromium`) and the `websockets` package; nothing here runs
at import time and nothing is used by the briefing itself.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.errors import StorylineError

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")


class BrowserError(StorylineError):
    """Chromium is missing or did not answer."""


def find_chromium() -> str | None:
    """Path of a Chromium-like browser, or None."""
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


@dataclass
class PageReport:
    """What happened while a page loaded."""

    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)  # every URL the page asked for (the page itself included)
    evaluated: Any = None

    def external_requests(self) -> list[str]:
        """Requests that would leave the machine (anything but the file itself and inline data)."""
        return [u for u in self.requests if not u.startswith(("file:", "data:", "about:"))]


class Browser:
    """One headless Chromium process with a DevTools websocket session on one tab."""

    def __init__(self, binary: str | None = None):
        self.binary = binary or find_chromium()
        if not self.binary:
            raise BrowserError("no Chromium found; install it (Debian: apt-get install chromium)")
        # Chromium's helper processes may still flush into the profile while it shuts down; a leftover
        # file in a temporary profile must not fail the caller.
        self._profile = tempfile.TemporaryDirectory(prefix="storyline-chromium-", ignore_cleanup_errors=True)
        self._proc = subprocess.Popen(
            [
                self.binary,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--no-first-run",
                "--remote-debugging-port=0",
                f"--user-data-dir={self._profile.name}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, so close() stops the helpers too
        )
        port_file = Path(self._profile.name) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or len(port_file.read_text().splitlines()) < 2:
            if time.monotonic() > deadline or self._proc.poll() is not None:
                self.close()
                raise BrowserError(f"{self.binary} did not open its DevTools port within 30 s")
            time.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        from websockets.sync.client import connect

        self._ws = connect(f"ws://127.0.0.1:{port}{path}", max_size=None, open_timeout=30).__enter__()
        self._ids = itertools.count(1)
        self._events: list[dict[str, Any]] = []
        target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self._call(f"{domain}.enable", session=True)

    def _call(
        self, method: str, params: dict[str, Any] | None = None, *, session: bool = False, timeout: float = 60
    ) -> Any:
        msg_id = next(self._ids)
        msg: dict[str, Any] = {"id": msg_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = self._session
        self._ws.send(json.dumps(msg))
        deadline = time.monotonic() + timeout
        while True:
            raw = self._ws.recv(timeout=max(0.1, deadline - time.monotonic()))
            data = json.loads(raw)
            if data.get("id") == msg_id:
                if "error" in data:
                    raise BrowserError(f"{method} failed: {data['error']}")
                return data.get("result", {})
            if "method" in data:
                self._events.append(data)

    def _drain(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                raw = self._ws.recv(timeout=max(0.05, end - time.monotonic()))
            except TimeoutError:
                break
            data = json.loads(raw)
            if "method" in data:
                self._events.append(data)

    def open(
        self, path: Path | str, *, width: int = 1280, height: int = 900, mobile: bool = False, script: str | None = None
    ) -> PageReport:
        """Load a file (or an http URL) at a viewport size, wait for it, optionally run a script; report
        errors and requests."""
        self._events.clear()
        self._call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
            session=True,
        )
        self._call("Page.navigate", {"url": path if isinstance(path, str) else path.resolve().as_uri()}, session=True)
        deadline = time.monotonic() + 30
        while not any(e["method"] == "Page.loadEventFired" for e in self._events):
            if time.monotonic() > deadline:
                raise BrowserError(f"{path} did not finish loading within 30 s")
            self._drain(0.2)
        self._drain(0.5)
        report = PageReport()
        if script is not None:
            result = self._call(
                "Runtime.evaluate", {"expression": script, "returnByValue": True, "awaitPromise": True}, session=True
            )
            report.evaluated = result.get("result", {}).get("value")
            self._drain(0.3)
        for e in self._events:
            method, params = e["method"], e.get("params", {})
            if method == "Runtime.exceptionThrown":
                report.console_errors.append(json.dumps(params.get("exceptionDetails", {}))[:500])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                report.console_errors.append(
                    " ".join(str(a.get("value", a.get("description"))) for a in params.get("args", []))
                )
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                report.console_errors.append(params["entry"].get("text", ""))
            elif method == "Network.requestWillBeSent":
                report.requests.append(params.get("request", {}).get("url", ""))
        return report

    def evaluate(self, script: str) -> Any:
        """Run a script in the page and return its (JSON) value."""
        result = self._call("Runtime.evaluate", {"expression": script, "returnByValue": True}, session=True)
        return result.get("result", {}).get("value")

    def screenshot(self, out: Path, *, top: int = 0, height: int | None = None) -> None:
        """A PNG of the current page: all of it, or `height` CSS pixels from `top`."""
        metrics = self._call("Page.getLayoutMetrics", session=True)
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        viewport = metrics.get("cssLayoutViewport") or metrics["layoutViewport"]
        full = size["height"] - top
        clip = {"x": 0, "y": top, "width": viewport["clientWidth"], "height": min(full, height or full), "scale": 1}
        shot = self._call(
            "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip}, session=True
        )
        out.write_bytes(base64.b64decode(shot["data"]))

    def close(self) -> None:
        """Stop the browser."""
        ws = getattr(self, "_ws", None)
        if ws is not None:
            ws.close()
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self._proc.pid, sig)
            except ProcessLookupError:
                break
            try:
                self._proc.wait(timeout=10)
                break
            except subprocess.TimeoutExpired:
                continue
        for _ in range(20):  # helpers that outlive the group leader finish writing within moments
            shutil.rmtree(self._profile.name, ignore_errors=True)
            if not Path(self._profile.name).exists():
                break
            time.sleep(0.1)
        self._profile.cleanup()

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
