"""The HTML briefing in a real headless Chromium: no console errors, no network requests, citations open.

CI needs the Debian packages `chromium` (and its dependency `fonts-liberation` for readable text) and the
Python package `websockets`; without a Chromium binary the test skips.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from storyline.brief.build import build_briefing
from storyline.brief.chromium import find_chromium
from storyline.brief.html import to_html
from storyline.store import open_store

pytestmark = pytest.mark.skipif(find_chromium() is None, reason="Chromium is not installed (apt-get install chromium)")

MANIFEST = """path,outlet,published_at,language
000_74a7c492cd335b8b.txt,Northern Ledger,2025-11-21T18:00:00+00:00,en
001_7fb53fbd3c46e9a8.txt,Harbour Gazette,2025-11-22T09:30:00+00:00,en
002_6ea63a04d097cb71.txt,Gazeta Przykładowa,,pl
"""

CLICK_FIRST_CITATION = """
(() => {
  const buttons = document.querySelectorAll('button.cite');
  const b = buttons[buttons.length - 1];
  b.click();
  const dlg = document.getElementById('source');
  return {open: dlg.open, mark: dlg.querySelector('mark').textContent, buttons: buttons.length,
          s: +b.dataset.s, e: +b.dataset.e, id: b.dataset.a,
          width: document.documentElement.scrollWidth, viewport: window.innerWidth,
          cell: getComputedStyle(document.querySelector('table.grid td[data-issue]')).display,
          grid: document.querySelector('#positions .scroll').getBoundingClientRect().width};
})()
"""


@pytest.fixture(scope="module")
def seeds_html(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """The HTML briefing of the seeds, and the stored texts of its articles."""
    from storyline.ingest import ingest

    folder = tmp_path_factory.mktemp("html")
    for p in seeds_dir.glob("*.txt"):
        shutil.copy(p, folder / p.name)
    (folder / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    store = open_store(folder / "seeds.db")
    ingest(sorted(folder.glob("*.txt")), store, manifest=folder / "manifest.csv")
    brief = build_briefing(store, "all", since="2025-12-01", record=False)
    out = folder / "brief.html"
    out.write_text(to_html(brief), encoding="utf-8")
    return out, {a.id: a.text for a in store.iter_articles()}


@pytest.mark.slow
@pytest.mark.parametrize(("width", "mobile"), [(1280, False), (390, True)])
def test_html_briefing_loads_cleanly_offline(seeds_html: tuple[Path, dict[str, str]], width: int, mobile: bool) -> None:
    from storyline.brief.chromium import Browser

    path, texts = seeds_html
    with Browser() as browser:
        report = browser.open(path, width=width, height=900, mobile=mobile, script=CLICK_FIRST_CITATION)
    assert report.console_errors == []
    assert report.external_requests() == []
    assert report.requests == [path.resolve().as_uri()]
    result = report.evaluated
    assert result["open"] and result["buttons"] > 30
    # The dialog highlights exactly the cited words of the stored article.
    assert result["mark"] == texts[result["id"]][result["s"] : result["e"]]
    # Readable on a phone: nothing wider than the screen (wide tables scroll inside their own box).
    assert result["width"] <= result["viewport"] + 1
    # The positions grid: a table wider than the text column on a desktop, one card per party on a phone.
    if mobile:
        assert result["cell"] == "block"
    else:
        assert result["cell"] == "table-cell" and result["grid"] > 1000
