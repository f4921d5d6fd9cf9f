"""Month and weekday names from CLDR (via babel), used to fill the per-language timex tables."""

from __future__ import annotations

from babel.dates import get_day_names, get_month_names


def month_names(locale: str) -> dict[str, int]:
    """Wide month names in every CLDR context (format = genitive in Slavic languages), lower-cased → 1..12."""
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in get_month_names("wide", context, locale).items():
            names[name.lower()] = number
    return names


def month_abbreviations(locale: str) -> dict[str, int]:
    """Abbreviated month names (as CLDR writes them, with or without a final dot), lower-cased → 1..12."""
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in get_month_names("abbreviated", context, locale).items():
            name = name.lower()
            names[name] = number
            names[name.rstrip(".") + "."] = number
    return names


def weekday_names(locale: str) -> dict[str, int]:
    """Wide weekday names in every CLDR context, lower-cased → ISO weekday 1 (Monday)..7 (Sunday)."""
    names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for index, name in get_day_names("wide", context, locale).items():
            names[name.lower()] = index + 1
    return names
