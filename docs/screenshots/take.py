"""Rebuild the screenshots of the HTML briefings of the seeds and of the demo corpus (desktop and phone).

    python docs/screenshots/take.py            # needs Chromium (apt-get install chromium) and ../shared/seeds
    python docs/screenshots/take.py seeds      # only the seeds (or only: demo)
    python docs/screenshots/take.py demo --db demo.db   # the demo from a store `storyline demo` filled

Each briefing gets the top of the page and its actors and positions sections, at 1280 px and 390 px width.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from storyline.brief.build import build_briefing
from storyline.brief.chromium import Browser
from storyline.brief.html import to_html
from storyline.ingest import ingest
from storyline.store import open_store

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SEED_MANIFEST = """path,outlet,published_at,language
000_74a7c492cd335b8b.txt,Northern Ledger,2025-11-21T18:00:00+00:00,en
001_7fb53fbd3c46e9a8.txt,Harbour Gazette,2025-11-22T09:30:00+00:00,en
002_6ea63a04d097cb71.txt,Gazeta Przykładowa,,pl
"""
SIZES = {"desktop": (1280, False), "phone": (390, True)}
SECTION_BOX = (
    "(() => { const r = document.getElementById('%s').getBoundingClientRect(); return [r.top + scrollY, r.height]; })()"
)


def seeds_html(work: Path) -> Path:
    """The seeds' briefing (all three articles, what's new since 1 Dec 2025)."""
    seeds = REPO.parent / "shared" / "seeds"
    for p in seeds.glob("*.txt"):
        shutil.copy(p, work / p.name)
    (work / "manifest.csv").write_text(SEED_MANIFEST, encoding="utf-8")
    store = open_store(work / "seeds.db")
    ingest(sorted(work.glob("*.txt")), store, manifest=work / "manifest.csv")
    out = work / "seeds.html"
    out.write_text(to_html(build_briefing(store, "all", since="2025-12-01", record=False)), encoding="utf-8")
    return out


def demo_html(work: Path) -> Path:
    """The demo corpus's largest story, with what's new since 8 March 2026 (from --db STORE when given)."""
    given = sys.argv.index("--db") + 1 if "--db" in sys.argv else None
    store = open_store(Path(sys.argv[given]) if given else work / "demo.db")
    if not given:
        ingest([REPO / "examples" / "corpus"], store, manifest=REPO / "examples" / "manifest.csv")
    out = work / "demo.html"
    out.write_text(to_html(build_briefing(store, None, since="2026-03-08", record=False)), encoding="utf-8")
    return out


def main() -> None:
    """Write docs/screenshots/<briefing>-<size>[-<section>].png."""
    with tempfile.TemporaryDirectory() as tmp, Browser() as browser:
        work = Path(tmp)
        wanted = {a for a in sys.argv[1:] if a in ("seeds", "demo")} or {"seeds", "demo"}
        for name, build in (("seeds", seeds_html), ("demo", demo_html)):
            if name not in wanted:
                continue
            (work / name).mkdir()
            page = build(work / name)
            for size, (width, mobile) in SIZES.items():
                report = browser.open(page, width=width, height=900, mobile=mobile)
                if report.console_errors or report.external_requests():
                    sys.exit(f"{name} {size}: {report.console_errors} {report.external_requests()}")
                browser.screenshot(HERE / f"{name}-{size}.png", height=1800)
                for section in ("actors", "positions"):
                    top, height = browser.evaluate(SECTION_BOX % section)
                    browser.screenshot(
                        HERE / f"{name}-{size}-{section}.png", top=int(top), height=int(min(height, 1800))
                    )
                print(f"{name} {size}: ok")


if __name__ == "__main__":
    main()
