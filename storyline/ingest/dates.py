"""Dates given with input (JSONL fields, manifests, HTML meta, feeds) into timezone-aware `Timestamp`s.

A date without a zone gets the zone its language usually means (`DEFAULT_TIMEZONE` in
`langs/<iso>/clean.py`, e.g. Europe/Warsaw for Polish), else the `default_timezone` setting.
A date-only value becomes midnight of that day in that zone; `raw` keeps the exact string.
"""

from __future__ import annotations

import email.utils
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from storyline.errors import UnsupportedInput
from storyline.langs import language_data
from storyline.model import DateSource, Timestamp


def default_zone(lang: str | None, settings: dict[str, Any]) -> tzinfo:
    """The zone a zone-less date means for an article in `lang`."""
    module = language_data(lang, "clean") if lang else None
    name = getattr(module, "DEFAULT_TIMEZONE", None) or settings.get("default_timezone") or "UTC"
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UnsupportedInput(
            f"unknown time zone {name!r}; set default_timezone to an IANA name such as Europe/Warsaw"
        ) from exc


def parse_datetime(raw: str, zone: tzinfo) -> datetime:
    """ISO 8601 (with or without time/offset) or RFC 2822 into an aware datetime; ValueError otherwise."""
    text = raw.strip()
    if not text:
        raise ValueError("empty date")
    value: datetime | None = None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        try:
            value = datetime.combine(date.fromisoformat(text), time())
        except ValueError:
            try:
                value = email.utils.parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                value = None
    if value is None:
        raise ValueError(f"not an ISO 8601 or RFC 2822 date: {raw!r}")
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value


def timestamp(raw: Any, source: DateSource, zone: tzinfo, where: str) -> Timestamp:
    """A `Timestamp` from a raw value (string or None); raises `UnsupportedInput` naming `where`."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return Timestamp()
    if not isinstance(raw, str):
        raise UnsupportedInput(
            f"{where}: date {raw!r} is not a string; write it as ISO 8601, e.g. 2026-01-08T21:58:00+01:00"
        )
    try:
        return Timestamp(parse_datetime(raw, zone), source, raw.strip())
    except ValueError as exc:
        raise UnsupportedInput(
            f"{where}: cannot read date {raw!r}; write it as ISO 8601, e.g. 2026-01-08T21:58:00+01:00"
        ) from exc


def utc_from_struct(value: Any) -> datetime | None:
    """feedparser's UTC `time.struct_time` as an aware datetime."""
    if not value:
        return None
    year, month, day, hour, minute, second = value[:6]
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
