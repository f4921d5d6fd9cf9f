"""`TimeExpression`: one time expression found in a text, with its TIMEX3 type and value."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from storyline.model import Span


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression: offsets into the text, TIMEX3 type/value, and how it was resolved.

    `anchored` is True when `value` is a complete calendar value (no X, not a *_REF); `relative`
    keeps the unresolved offset of an expression that needed an anchor it did not get
    (e.g. {"unit": "day", "offset": -1} for "yesterday" in an undated article).
    """

    start: int
    end: int
    text: str
    type: str  # DATE TIME DURATION SET
    value: str
    anchored: bool
    granularity: str | None = None  # day week month quarter season year decade ...; None for DURATION/SET
    mod: str | None = None  # TIMEX3 mod: START, MID, END
    relative: dict[str, Any] | None = field(default=None, compare=False)
    rule: str = field(default="", compare=False)

    def to_span(self) -> Span:
        """The `timex` layer span of this expression."""
        attrs: dict[str, Any] = {
            "type": self.type,
            "value": self.value,
            "anchored": self.anchored,
            "granularity": self.granularity,
        }
        if self.mod:
            attrs["mod"] = self.mod
        if self.relative:
            attrs["relative"] = self.relative
        return Span(self.start, self.end, "timex", attrs)
