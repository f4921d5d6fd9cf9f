"""The briefing model: every statement shown is a span of a stored article, carried as a `Citation`.

`Briefing.to_dict()` is the JSON format and the single source for the text, Markdown and HTML
renderers, so every format shows the same content with the same citations.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

STANCES = ("supports", "opposes", "demands", "conditions", "undecided")
# How a claim lists an article that names no outlet ("unknown outlet (82c0e926)"): its independence is unknown.
UNKNOWN_OUTLET = "unknown outlet"


@dataclass(frozen=True, slots=True)
class Citation:
    """The exact words of a source: offsets into the stored article text plus where they come from."""

    article_id: str
    start: int
    end: int
    text: str
    outlet: str | None
    language: str | None
    published: str | None  # ISO date of the article, or None when unknown (never invented)
    title: str | None = None


@dataclass(slots=True)
class Statement:
    """One shown sentence or quote: the cited span is the statement (storyline generates no sentences)."""

    citation: Citation
    also: list[Citation] = field(default_factory=list)  # the same fact in other articles/languages
    label: str = ""  # e.g. the language label of a summary sentence


@dataclass(slots=True)
class CoverageCell:
    """How many articles an outlet or language published on one day."""

    day: str
    key: str
    articles: int


@dataclass(slots=True)
class Header:
    """Title, date span, counts and coverage over time."""

    story_id: str
    title: str
    first: str | None
    last: str | None
    articles: int
    outlets: list[str]
    languages: list[str]
    undated_articles: int
    coverage_by_outlet: list[CoverageCell]
    coverage_by_language: list[CoverageCell]
    as_of: str | None = None
    since: str | None = None
    title_citation: Citation | None = None


@dataclass(slots=True)
class TimelineEvent:
    """A dated event with its sentences from every source that reports it."""

    date: str
    granularity: str
    statements: list[Statement]
    outlets: list[str]
    languages: list[str]
    participants: list[str] = field(default_factory=list)  # entity ids the events stage found in the sentences
    start: str = ""  # ISO day the period begins (= date for a day), for ordering and drawing


@dataclass(slots=True)
class Quote:
    """A direct or reported quote, cited."""

    kind: str
    citation: Citation
    speaker_text: str | None = None
    also: list[Citation] = field(default_factory=list)  # the same words in other articles (republished copies)
    via: str | None = None  # the office that spoke for the actor ("Zelenskiy’s office", "office of …")
    continued: list[Citation] = field(
        default_factory=list
    )  # its further pieces past an attribution ('“A,” she said. “B.”')
    joint: list[str] = field(default_factory=list)  # who else said it together with the actor ("Nancy Pelosi")
    quoted_by: str | None = None  # the medium that carried the actor's words ("X, цитиран от БТА": "БТА")


@dataclass(slots=True)
class Actor:
    """A main entity: names by language, role as the text gives it, quotes by kind."""

    entity_id: str
    name: str
    type: str
    mentions: int
    articles: int
    variants: dict[str, list[str]]
    roles: list[Citation]
    quotes: list[Quote]
    party: str | None = None


@dataclass(slots=True)
class PositionCell:
    """A party's stance on one issue, with the evidence in date order (changes show)."""

    party: str
    issue: str
    stance: str
    evidence: list[Statement]
    history: list[dict[str, Any]] = field(default_factory=list)  # [{date, stance, citation}] oldest first
    corrected: dict[str, Any] | None = None  # the analyst's correction, which overrides `stance`


@dataclass(slots=True)
class Positions:
    """The contested points and the parties' stances on them."""

    parties: list[dict[str, str]]
    issues: list[dict[str, str]]
    cells: list[PositionCell]


@dataclass(slots=True)
class Claim:
    """A group of matching sentences across articles and languages, with its verification label."""

    label: str  # corroborated | single-source | contradicted
    independent_outlets: int
    outlets: list[str]
    languages: list[str]
    sourcing: list[str]  # named source, official statement, anonymous source/official, leaked document, another outlet
    statements: list[Statement]
    conflict: str | None = None  # what conflicts: "numbers 5 vs 7", "negation", "dates ..."


@dataclass(slots=True)
class Briefing:
    """The whole briefing."""

    header: Header
    whats_new: list[Statement]
    whats_new_since: str | None
    timeline: list[TimelineEvent]
    actors: list[Actor]
    positions: Positions
    claims: list[Claim]
    summary: list[Statement]
    articles: dict[str, dict[str, Any]]  # id -> {title, outlet, language, published, url, text}
    notes: list[str] = field(default_factory=list)  # what could not be built and why
    network: list[dict[str, Any]] = field(default_factory=list)  # actor pairs named in one sentence: {a, b, sentences}

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (plain dicts and lists)."""
        return asdict(self)

    def citations(self) -> list[Citation]:
        """Every citation in the briefing, for checks and highlighting."""
        out: list[Citation] = []

        def add_statements(items: list[Statement]) -> None:
            for st in items:
                out.append(st.citation)
                out.extend(st.also)

        if self.header.title_citation:
            out.append(self.header.title_citation)
        add_statements(self.whats_new)
        add_statements(self.summary)
        for ev in self.timeline:
            add_statements(ev.statements)
        for actor in self.actors:
            out.extend(actor.roles)
            for q in actor.quotes:
                out.append(q.citation)
                out.extend(q.continued)
                out.extend(q.also)
        for cell in self.positions.cells:
            add_statements(cell.evidence)
        for claim in self.claims:
            add_statements(claim.statements)
        return out
