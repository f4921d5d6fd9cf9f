"""The briefing's coverage lines: by day, by week or by month as the story grows, with the first outlets named."""

from __future__ import annotations

from datetime import date, timedelta

from storyline.brief.render import COVERAGE_LINES, coverage_lines, first_of


def _cells(days: int, outlets_a_day: int = 1) -> list[dict[str, object]]:
    start = date(2026, 3, 2)  # a Monday
    return [
        {"day": (start + timedelta(days=d)).isoformat(), "key": f"outlet{(d + k) % 40:02d}", "articles": 1}
        for d in range(days)
        for k in range(outlets_a_day)
    ]


def test_a_short_story_gets_a_line_per_day_with_its_outlets() -> None:
    cells = [
        {"day": "2026-03-07", "key": "Baltic Herald", "articles": 1},
        {"day": "2026-03-07", "key": "Adriatic Observer", "articles": 2},
        {"day": "2026-03-09", "key": "Le Quotidien du Rhône", "articles": 1},
    ]
    unit, lines = coverage_lines(cells)
    assert unit == "day"
    # the outlet with most articles first; counts summed over outlets
    assert lines == [
        "2026-03-07 · 3 articles: Adriatic Observer, Baltic Herald",
        "2026-03-09 · 1 article: Le Quotidien du Rhône",
    ]


def test_a_long_story_is_counted_by_week_then_by_month_not_a_line_per_day_and_outlet() -> None:
    # Before: a 238-article story printed 238 "day · outlet: 1" lines ahead of its summary.
    unit, lines = coverage_lines(_cells(60, 3))
    assert unit == "week" and len(lines) == 9 <= COVERAGE_LINES
    assert lines[0].startswith("week of 2026-03-02 · 21 articles: ") and lines[0].endswith(" more")
    unit, lines = coverage_lines(_cells(300))
    assert unit == "month" and lines[0].startswith("2026-03 · 30 articles: ") and len(lines) == 10
    assert sum(int(line.split(" · ")[1].split()[0]) for line in lines) == 300  # nothing lost in the grouping


def test_first_of_names_how_many_more() -> None:
    assert first_of(["Reuters", "AP", "AFP"], 2) == "Reuters, AP and 1 more"
    assert first_of(["Reuters"], 2) == "Reuters" and first_of([], 2) == ""
