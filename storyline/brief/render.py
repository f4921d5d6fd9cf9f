"""Render a briefing as terminal text (rich), Markdown or JSON; all three show the same content.

Citations are numbered in order of first use; each number resolves to outlet, date, language and the
article id with character offsets, so a reader can find the exact words in the stored article.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from storyline.brief.model import UNKNOWN_OUTLET, Briefing
from storyline.timex.calendar import when_label

SOURCE_LABELS = {"corroborated": "corroborated", "single-source": "single source", "contradicted": "contradicted"}


def source_label(claim: dict[str, Any], independent: str = "independent outlets") -> str:
    """A claim's badge: "corroborated by 2 independent outlets"; where articles name no outlet, independence is
    not known ("corroborated by 2 articles, outlets not named"), which is what a folder of bare texts gives."""
    label = SOURCE_LABELS[claim["label"]]
    if claim["label"] != "corroborated":
        return label
    n = claim["independent_outlets"]
    unnamed = sum(1 for o in claim.get("outlets", []) if o.startswith(UNKNOWN_OUTLET))
    if unnamed == n:
        return f"{label} by {n} articles, outlets not named"
    if unnamed:
        return f"{label} by {n} sources, {unnamed} of them with no outlet named"
    return f"{label} by {n} {independent}"


def count(n: int, noun: str) -> str:
    """`1 article`, `3 articles` (English nouns with a plain -s plural)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


class CitationNumbers:
    """Numbers citations in order of first use."""

    def __init__(self) -> None:
        self.order: list[dict[str, Any]] = []
        self._index: dict[tuple[str, int, int], int] = {}

    def ref(self, c: dict[str, Any]) -> int:
        """The number of a citation (a new one gets the next number)."""
        key = (c["article_id"], c["start"], c["end"])
        if key not in self._index:
            self.order.append(c)
            self._index[key] = len(self.order)
        return self._index[key]

    def refs(self, statement: dict[str, Any]) -> str:
        """`[1, 4]` for a statement and the other sources of the same fact."""
        nums = [self.ref(statement["citation"])] + [self.ref(c) for c in statement.get("also", [])]
        return "[" + ", ".join(str(n) for n in nums) + "]"


def quote_text(q: dict[str, Any]) -> str:
    """A quote's words; the pieces of one interrupted by its attribution joined by an ellipsis."""
    return " … ".join(c["text"] for c in [q["citation"], *q.get("continued", [])])


# Quotes an actor's entry lists in the text and Markdown briefing: beyond it (a head of state across a 600-article
# story speaks hundreds of times) the most cited, in the briefing's order; the JSON and HTML keep all.
ACTOR_QUOTES = 20


def most_cited(quotes: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    """The `limit` quotes cited by most sources (copies in other articles count), in their given order."""
    if len(quotes) <= limit:
        return quotes
    ranked = sorted(range(len(quotes)), key=lambda i: (-len(quotes[i].get("also", [])), i))[:limit]
    return [quotes[i] for i in sorted(ranked)]


def quote_citations(q: dict[str, Any]) -> list[dict[str, Any]]:
    """Every citation of a quote in reading order: its pieces, then copies in other articles."""
    return [q["citation"], *q.get("continued", []), *q.get("also", [])]


def source_line(c: dict[str, Any]) -> str:
    """Outlet, date, language and location of a citation."""
    outlet = c.get("outlet") or "unknown outlet"
    day = c.get("published") or "undated"
    return f"{outlet}, {day}, {c.get('language') or '?'} — article {c['article_id']} chars {c['start']}–{c['end']}"


def to_json(briefing: Briefing) -> str:
    """The briefing as JSON (UTF-8, indented)."""
    return json.dumps(briefing.to_dict(), ensure_ascii=False, indent=2, default=str)


def timeline_note(ev: dict[str, Any]) -> str:
    """What a timeline heading adds to the reader's date: the TIMEX3 value, or the granularity when the
    label already is the value (`2025`)."""
    return str(ev["date"] if when_label(ev["date"]) != ev["date"] else ev["granularity"])


NO_POSITIONS = "_No stances found in the text._"


def position_rows(p: dict[str, Any], n: CitationNumbers) -> list[tuple[str, list[str]]]:
    """Each party's name and its stance per issue (`opposes (corrected) [3, 7]`), numbered by `n`."""
    cells = {(c["party"], c["issue"]): c for c in p["cells"]}
    rows = []
    for party in p["parties"]:
        row = []
        for issue in p["issues"]:
            c = cells.get((party["key"], issue["key"]))
            if c is None:
                row.append("")
                continue
            refs = ", ".join(str(n.ref(e["citation"])) for e in c["evidence"])
            mark = " (corrected)" if c.get("corrected") else ""
            row.append(f"{c['stance']}{mark} [{refs}]" if refs else f"{c['stance']}{mark}")
        rows.append((party["name"], row))
    return rows


# Coverage lines a briefing's text lists at most by day, then by ISO week, then by month (a 600-article story over
# a year is 52 weekly lines, not a line per day and outlet before the summary); outlets named on a line.
COVERAGE_LINES = 21
COVERAGE_OUTLETS = 4
HEADER_OUTLETS = 12  # outlets the header names; the sources list has them all


def first_of(names: list[str], shown: int) -> str:
    """The first `shown` names and how many more: "Reuters, AP and 12 more"."""
    rest = len(names) - shown
    return ", ".join(names[:shown]) + (f" and {rest} more" if rest > 0 else "")


def _period(day: str, unit: str) -> str:
    if unit == "day" or len(day) < 10:
        return day
    if unit == "month":
        return day[:7]
    when = date.fromisoformat(day[:10])
    return f"week of {(when - timedelta(days=when.weekday())).isoformat()}"


def coverage_lines(cells: list[dict[str, Any]]) -> tuple[str, list[str]]:
    """(unit, lines): one line per day (per week, per month when days are many) with its article count and first
    outlets: "2026-03-07 · 2 articles: Adriatic Observer, Baltic Herald"."""
    for unit in ("day", "week", "month"):
        periods: dict[str, dict[str, int]] = {}
        for cell in cells:
            outlets = periods.setdefault(_period(str(cell["day"]), unit), {})
            outlets[cell["key"]] = outlets.get(cell["key"], 0) + int(cell["articles"])
        if len(periods) <= COVERAGE_LINES or unit == "month":
            break
    lines = []
    for period, outlets in periods.items():
        ranked = sorted(outlets, key=lambda k: (-outlets[k], k))
        lines.append(f"{period} · {count(sum(outlets.values()), 'article')}: {first_of(ranked, COVERAGE_OUTLETS)}")
    return unit, lines


def to_markdown(briefing: Briefing) -> str:
    """The briefing as Markdown with numbered source notes."""
    b = briefing.to_dict()
    n = CitationNumbers()
    h = b["header"]
    out = [f"# {h['title']}", ""]
    span = f"{h['first'] or '?'} – {h['last'] or '?'}"
    out.append(
        f"**Story** `{h['story_id']}` · **{span}** · {count(h['articles'], 'article')} · "
        f"{count(len(h['outlets']), 'outlet')} "
        f"({first_of(h['outlets'], HEADER_OUTLETS) or 'none named'}) · languages: {', '.join(h['languages']) or '?'}"
        + (f" · {h['undated_articles']} undated" if h["undated_articles"] else "")
    )
    if h.get("as_of"):
        out.append(f"\nAs known on {h['as_of'][:10]} (later articles left out).")
    unit, lines = coverage_lines(h["coverage_by_outlet"])
    out += ["", f"Coverage by {unit}:", "", *(f"- {line}" for line in lines)]
    out += ["", "## What's new", ""]
    if b["whats_new_since"] is None:
        out.append("_First briefing of this story: give --since DATE to see what is new._")
    elif not b["whats_new"]:
        out.append(f"_Nothing new since {b['whats_new_since']}._")
    else:
        out.append(f"Since {b['whats_new_since']}:\n")
        for st in b["whats_new"]:
            out.append(f"- {st['citation']['text']} ({st['label']}) {n.refs(st)}")
    out += ["", "## Summary", ""]
    for st in b["summary"]:
        out.append(f"- {st['citation']['text']} ({st['label']}) {n.refs(st)}")
    out += ["", "## Timeline", ""]
    for ev in b["timeline"]:
        out.append(
            f"### {when_label(ev['date'])} ({timeline_note(ev)}) — {', '.join(ev['outlets']) or 'unknown outlet'}"
        )
        for st in ev["statements"]:
            out.append(f"- {st['citation']['text']} {n.refs(st)}")
        out.append("")
    out += ["## Actors", ""]
    for a in b["actors"]:
        roles = "; ".join(f"{r['text']} [{n.ref(r)}]" for r in a["roles"])
        variants = "; ".join(f"{lang}: {', '.join(v)}" for lang, v in a["variants"].items())
        party = f" · speaks for {a['party']}" if a.get("party") else ""
        out.append(f"### {a['name']} ({a['type']}{party})")
        out.append(f"- in {count(a['articles'], 'article')}, {count(a['mentions'], 'mention')}; names: {variants}")
        if roles:
            out.append(f"- role as reported: {roles}")
        shown_quotes = most_cited(a["quotes"], ACTOR_QUOTES)
        for q in shown_quotes:
            # Quotation marks only around the speaker's own words: reported speech is cited as its sentence.
            text = quote_text(q)
            shown = f"“{text}”" if q["kind"] == "direct" else text
            refs = ", ".join(str(n.ref(c)) for c in quote_citations(q))
            via = f" (via {q['via']})" if q.get("via") else ""
            via += f" (quoted by {q['quoted_by']})" if q.get("quoted_by") else ""
            # a joint statement names who said it with the actor ("with Nancy Pelosi")
            joint = f" (with {', '.join(q['joint'])})" if q.get("joint") else ""
            out.append(f"- {q['kind']}{via}{joint}: {shown} [{refs}]")
        if len(shown_quotes) < len(a["quotes"]):
            out.append(
                f"- … and {len(a['quotes']) - len(shown_quotes)} more, each cited by fewer sources (the JSON and HTML "
                f'briefings list all; `storyline quotes --speaker "{a["name"]}"`)'
            )
        out.append("")
    out += ["## Positions", ""]
    p = b["positions"]
    if p["cells"]:
        out.append("| party | " + " | ".join(i["name"] for i in p["issues"]) + " |")
        out.append("|---|" + "---|" * len(p["issues"]))
        for party, row in position_rows(p, n):
            out.append(f"| {party} | " + " | ".join(row) + " |")
    else:
        out.append(NO_POSITIONS)
    out += ["", "## Sources and claims", ""]
    for c in b["claims"]:
        label = source_label(c)
        extra = f" — {c['conflict']}" if c.get("conflict") else ""
        sourcing = f" · sourcing: {', '.join(c['sourcing'])}" if c["sourcing"] else ""
        out.append(f"- **{label}**{extra}{sourcing}")
        for st in c["statements"]:
            out.append(f"  - {st['citation']['text']} ({st['label']}) {n.refs(st)}")
    if b["notes"]:
        out += ["", "## Notes", ""] + [f"- {note}" for note in b["notes"]]
    out += ["", "## Sources", ""]
    for i, c in enumerate(n.order, 1):
        out.append(f"{i}. {source_line(c)}")
    return "\n".join(out) + "\n"


def print_text(briefing: Briefing, console: Any | None = None) -> None:
    """Print the briefing to the terminal with rich (tables for positions and claims)."""
    from rich.console import Console
    from rich.markdown import Markdown
    from rich.table import Table

    console = console or Console()
    b = briefing.to_dict()
    md = to_markdown(briefing)
    head, _, rest = md.partition("## Positions")
    console.print(Markdown(head))
    p = b["positions"]
    n = CitationNumbers()
    # Reuse the Markdown numbering so the table's numbers match the source list.
    for line_cit in _citations_in_markdown_order(b):
        n.ref(line_cit)
    if p["cells"]:
        table = Table(title="Positions", show_lines=True)
        table.add_column("party")
        for issue in p["issues"]:
            table.add_column(issue["name"])
        for party, row in position_rows(p, n):
            table.add_row(party, *row)
        console.print(table)
    else:
        console.print(Markdown("## Positions\n\n" + NO_POSITIONS))
    _, _, after = rest.partition("## Sources and claims")
    console.print(Markdown("## Sources and claims" + after))


def _citations_in_markdown_order(b: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for st in b["whats_new"] + b["summary"]:
        out += [st["citation"], *st.get("also", [])]
    for ev in b["timeline"]:
        for st in ev["statements"]:
            out += [st["citation"], *st.get("also", [])]
    for a in b["actors"]:
        out += a["roles"]
        for q in a["quotes"]:
            out += quote_citations(q)
    return out
