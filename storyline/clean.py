"""Stage "clean": delete the lines of a scraped article that are not body text, and say why.

Cleaning works on whole lines only: the cleaned text is the raw text with some lines removed and runs of
blank lines collapsed, so no sentence of the body is ever rewritten and every removal is an exact
`Removal(start, end, reason, text)` with offsets into `Article.raw_text`. Removed lines are inline
cross-links ("Read Also: …", "Czytaj też …"), photo credits ("Foto: Reuters") and the caption line right
before a credit, share/subscribe/cookie boilerplate, style sheets and scripts kept as text, and date header lines, which are parsed into
`published` / `updated` (`DateSource.HEADER`) before they go.

The language is not known yet at this stage, so the patterns of every language in `storyline/langs/*/clean.py`
are tried on every line; a matched label tells which language's month names, date order and default time
zone apply to the date that follows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import cache, lru_cache
from itertools import pairwise
from types import ModuleType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from storyline.errors import UnsupportedInput
from storyline.langs import language_data, languages_with
from storyline.model import Article, DateSource, Removal, Timestamp
from storyline.pipeline import stage

# A credit line names an agency or photographer, never a sentence: "Foto: Reuters", "Fot. PAP/Leszek Szymański".
MAX_CREDIT_CHARS = 100
# "Fot. PAP/Leszek Szymański", "Photo: John Smith/AFP via Getty Images": measured on the shared eval corpora
# (cl_tls, slavicner, timeline17), credits longer than this had a body sentence scraped onto them.
MAX_CREDIT_WORDS = 8
# "Photo credit : NASA Goddard ." ends with a stop; a longer line ending so is a sentence.
MAX_CREDIT_WORDS_WITH_STOP = 4
MIN_CAPTION_WORDS = 3
# Captions are one short line; a longer line before a credit is more likely a body paragraph.
MAX_CAPTION_CHARS = 300
# Cross-links are one headline; real paragraphs that start with "Read more" words are longer.
MAX_CROSS_LINK_CHARS = 250
MAX_BOILERPLATE_CHARS = 300
MAX_PHRASE_LINE_CHARS = 200  # "... All rights reserved." lines; a longer line naming rights is a sentence
MAX_HEADER_CHARS = 240

# Lines consisting only of social network names are share-button residue in any language.
_SOCIAL = r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|messenger|viber|reddit|pinterest|vk|bluesky|threads|copy link|print)"
_SOCIAL_LINE = re.compile(rf"^\W*{_SOCIAL}(?:[\s,|•·/]+{_SOCIAL})+\W*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:;\"”»“'’)]\s*$")
_SEPARATOR = r"[:：|»>›–—-]"
_DIGIT = re.compile(r"\d")
_LEAD = re.compile(r"\W{0,3}")
# No pattern applies to a longer line: it is body text (saves the regexes on most paragraphs).
MAX_NON_BODY_CHARS = 300
# A style sheet or script a scraper kept as text: ".alogo{display: block;text-indent: -1000px;}" (a CL-TLS
# page's first line had become the title of its story). Selectors, then declarations "name: value;" in braces.
_CODE_LINE = re.compile(
    r"(?:[@.#\w\[\]=\"'*>:,()\s-]{1,200}\{\s*(?:[\w-]+\s*:[^{};]*;?\s*)+\}\s*)+"
    r"|\s*(?:(?:var|let|const)\s+[\w$]+\s*=|function\s*[\w$]*\s*\()[^;]{0,200}[;{]\s*(?:[^;]*;\s*)*\}?\s*"
)

# Zone abbreviations seen in datelines; fixed offsets because the header states which one applies.
_ZONE_OFFSETS = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 60, "ist": 60, "cet": 60, "cest": 120, "met": 60, "mesz": 120,
    "mez": 60, "eet": 120, "eest": 180, "msk": 180, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
    "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
}  # fmt: skip


@dataclass(frozen=True)
class HeaderDates:
    """Dates found in one header line: (kind, datetime, raw string) for published/updated/date labels."""

    found: list[tuple[str, datetime, str]]


# --- language data, compiled once -----------------------------------------------------------------------


@cache
def _clean_languages() -> tuple[tuple[str, ModuleType], ...]:
    return tuple((lang, mod) for lang in languages_with("clean") if (mod := language_data(lang, "clean")) is not None)


def _alternation(sources: list[str]) -> str:
    # Longest first so "read more" wins over "read" and "mis à jour le" over "mis à jour".
    return "|".join(f"(?:{s})" for s in sorted(set(sources), key=len, reverse=True))


@cache
def _label_sources() -> dict[str, list[str]]:
    """Every language's label patterns by kind (cross-links, credits, credit phrases, boilerplate, share)."""
    kinds = {"cross": "CROSS_LINK_LABELS", "credit": "PHOTO_CREDIT_LABELS", "phrases": "PHOTO_CREDIT_PHRASES"}
    kinds |= {"boiler": "BOILERPLATE", "share": "SHARE_LABELS"}
    return {
        kind: [src for _, mod in _clean_languages() for src in getattr(mod, attr, ())] for kind, attr in kinds.items()
    }


def _first_letter(source: str) -> str | None:
    """The lower-case letter a pattern's match must start with, or None when it may start otherwise."""
    if not source[:1].isalpha() or source[1:2] in ("?", "*", "{"):
        return None
    depth, escaped = 0, False
    for ch in source:  # "a|b" at the top level may start with either letter
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            return None
    return source[0].lower()


@cache
def _credit_tail() -> re.Pattern[str]:
    """A caption with its credit at the end of the same line: "Jared Kushner in Moscow. Foto: Reuters".

    After the label comes a colon (or the label's own stop, "Fot."), then a name: "picture." ending a sentence
    is not a credit.
    """
    credit = _alternation(_label_sources()["credit"])
    return re.compile(rf"(?:^|[\s.(\[|])(?:{credit})(?:\s*:|(?<=\.))\s*(?=\w)[^.!?:]{{1,60}}\W{{0,2}}$", re.IGNORECASE)


@lru_cache(maxsize=256)
def _line_patterns(first: str | None = None) -> dict[str, re.Pattern[str]]:
    """The line classifiers for lines whose first letter is `first` (all patterns when None).

    Each classifier is an alternation over all languages' patterns; keeping only the patterns that can start
    with the line's first letter makes a body line cost a few alternatives instead of a few hundred.
    """
    sources = _label_sources()

    def pick(kind: str) -> str:
        chosen = [s for s in sources[kind] if first is None or _first_letter(s) in (first, None)]
        return _alternation(chosen) if chosen else r"(?!)"

    cross, credit, boiler, share = pick("cross"), pick("credit"), pick("boiler"), pick("share")
    flags = re.IGNORECASE
    patterns = {
        # "Read Also: Title", "Czytaj też: …", "READ MORE | Title" or a label followed by a headline (no final stop).
        "cross_sep": re.compile(rf"^\W{{0,3}}(?:{cross})\s*{_SEPARATOR}+\s*\S", flags),
        "cross_bare": re.compile(rf"^\W{{0,3}}(?:{cross})\s+\S", flags),
        # "Foto: Reuters", "Fot. PAP", "(Photo: AFP via Getty Images)", "Bild: dpa"
        "credit": re.compile(rf"^\W{{0,2}}(?:{credit})\s*[:.]\s*[\w\"'„“«(][^.!?]*?\W{{0,2}}$", flags),
        "boilerplate": re.compile(rf"^\W{{0,3}}(?:{boiler})\W{{0,3}}$", flags),
        "share": re.compile(rf"^\W{{0,3}}(?:{share})\s*[:：|-]?\s*{_SOCIAL}(?:[\s,|•·/]+{_SOCIAL})*\W*$", flags),
        "credit_phrase": re.compile(rf"^\W{{0,2}}(?:{pick('phrases')})\W{{0,2}}$", flags),
    }
    return patterns


@cache
def _boilerplate_phrases() -> tuple[str, ...]:
    """Plain phrases ("all rights reserved"): substring tests, ~10x faster than a regex search per line."""
    return tuple(ph.casefold() for _, mod in _clean_languages() for ph in getattr(mod, "BOILERPLATE_PHRASES", ()))


def _has_phrase(folded: str, phrases: tuple[str, ...]) -> bool:
    return any(ph in folded for ph in phrases)


@dataclass(frozen=True)
class _DateGrammar:
    """A compiled date/time regex for one language and the month number of each month word."""

    pattern: re.Pattern[str]
    months: dict[str, int]
    order: str
    zone: str | None


def _verbose(source: str) -> str:
    return source.replace("\\ ", r"\s+").replace(" ", r"\s+")


@cache
def _date_grammar(lang: str) -> _DateGrammar:
    """Month names from CLDR (babel) in every form a dateline uses, then one regex for date + time + zone."""
    from babel.dates import get_day_names, get_month_names

    mod = language_data(lang, "clean")
    months: dict[str, int] = {}
    days: set[str] = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context=context, locale=lang).items():
                months[name.lower().rstrip(".")] = number
            days.update(n.lower().rstrip(".") for n in get_day_names(width, context=context, locale=lang).values())
    months.update({n.lower().rstrip("."): i for i, n in get_month_names("abbreviated", locale="en").items()})
    months.update(getattr(mod, "EXTRA_MONTHS", {}))
    # The grammar is a VERBOSE regex: spaces inside words from data ("a las", "o godz.") must be explicit.
    month_alt = _verbose(_alternation([re.escape(m) for m in months]))
    day_alt = _verbose(_alternation([re.escape(d) for d in days]))
    # Between date and time: the language's words ("o godz.", "à", "um") or a separator ("08.01.2026 | 21:58").
    connectors = _verbose(_alternation([*getattr(mod, "DATE_CONNECTORS", ()), ",", r"\|", "-", "–", "—", "/"]))
    suffixes = [_verbose(s) for s in getattr(mod, "DATE_SUFFIXES", ())]
    suffix = rf"(?:\s*(?:{_alternation(suffixes)}))?" if suffixes else ""
    zones = _alternation([re.escape(z) for z in _ZONE_OFFSETS])
    pattern = re.compile(
        rf"""
        (?:(?P<h0>\d{{1,2}})[:.](?P<mi0>\d{{2}})\s*[,|]?\s*)?          # time first: "21:58, 08.01.2026"
        (?:(?:{day_alt})\.?,?\s+)?                                     # weekday: "Thursday, "
        (?:
            (?P<iso>\d{{4}}-\d{{2}}-\d{{2}})(?:[T\s](?P<ih>\d{{2}}):(?P<imi>\d{{2}})(?::(?P<is>\d{{2}}))?(?:\.\d+)?)?
          | (?P<n1>\d{{1,2}})[./](?P<n2>\d{{1,2}})[./](?P<n3>\d{{4}}|\d{{2}})\b
          | (?P<d1>\d{{1,2}})(?:\.|st|nd|rd|th|er)?\s+(?:de\s+)?(?P<m1>{month_alt})\.?,?\s+(?:de\s+)?(?P<y1>\d{{4}})
          | (?P<m2>{month_alt})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})
        )
        {suffix}
        (?:\s*(?:{connectors})?\s*(?P<h>\d{{1,2}})[:h.](?P<mi>\d{{2}})(?::(?P<s>\d{{2}}))?
           \s*(?P<ampm>[ap]\.?\s?m\.?)?{suffix})?
        (?:\s*\(?(?P<off>[+-]\d{{2}}:?\d{{2}}|(?:{zones})(?:\s?[+-]\d{{1,2}}(?::?\d{{2}})?)?)\)?(?![\w]))?
        """,
        re.IGNORECASE | re.VERBOSE,
    )
    return _DateGrammar(
        pattern, months, getattr(mod, "NUMERIC_DATE_ORDER", "DMY"), getattr(mod, "DEFAULT_TIMEZONE", None)
    )


@cache
def _header_label_pattern() -> tuple[re.Pattern[str], tuple[tuple[str, str], ...]]:
    """One regex over every language's date labels; group `g<i>` tells (language, kind) of the label."""
    groups: list[str] = []
    meta: list[tuple[str, str]] = []
    entries = []
    for lang, mod in _clean_languages():
        for kind, attr in (("published", "PUBLISHED_LABELS"), ("updated", "UPDATED_LABELS"), ("date", "DATE_LABELS")):
            entries += [(src, lang, kind) for src in getattr(mod, attr, ())]
    entries.sort(key=lambda e: len(e[0]), reverse=True)
    for i, (src, lang, kind) in enumerate(entries):
        groups.append(f"(?P<g{i}>{src})")
        meta.append((lang, kind))
    label = re.compile(rf"[\s,;|•·/]*(?:{'|'.join(groups)})(?![\w])\s*[:：]?\s*", re.IGNORECASE)
    return label, tuple(meta)


@cache
def _fallback_zone() -> str:
    """The `default_timezone` setting (config file or STORYLINE_DEFAULT_TIMEZONE), read once."""
    from storyline.settings import load_settings

    return str(load_settings()["default_timezone"])


def _zone(name: str | None) -> tzinfo:
    zone = name or _fallback_zone()
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UnsupportedInput(
            f"unknown time zone {zone!r} for dates without one; set default_timezone to an IANA name such as Europe/Warsaw"
        ) from exc


# --- date headers ---------------------------------------------------------------------------------------


def parse_header_line(line: str) -> HeaderDates | None:
    """Dates of a line made only of date labels and dates ("Publikacja: 08.01.2026 21:58"), else None."""
    if len(line) > MAX_HEADER_CHARS or _DIGIT.search(line) is None:
        return None
    label_re, meta = _header_label_pattern()
    pos, end = 0, len(line.rstrip())
    found: list[tuple[str, str, re.Match[str]]] = []
    while pos < end:
        lm = label_re.match(line, pos)
        if lm is None or lm.lastgroup is None:
            return None
        lang, kind = meta[int(lm.lastgroup[1:])]
        grammar = _date_grammar(lang)
        dm = grammar.pattern.match(line, lm.end())
        if dm is None or dm.end() == lm.end():
            return None
        found.append((lang, kind, dm))
        pos = dm.end()
        while pos < end and line[pos] in " \t,;|•·/()":
            pos += 1
    if not found:
        return None
    # A bare "date" label takes the zone of the language the other labels are in.
    line_lang = next((lang for lang, kind, _ in found if kind != "date"), found[0][0])
    results = []
    for lang, kind, dm in found:
        value = _to_datetime(dm, _date_grammar(lang), _date_grammar(line_lang).zone)
        if value is not None:
            results.append((kind, value, dm.group(0).strip()))
    return HeaderDates(results) if results else None


def _to_datetime(m: re.Match[str], grammar: _DateGrammar, zone: str | None) -> datetime | None:
    g = m.groupdict()
    try:
        if g["iso"]:
            y, mo, d = (int(x) for x in g["iso"].split("-"))
            hh, mi, ss = g["ih"] or g["h"] or g["h0"], g["imi"] or g["mi"] or g["mi0"], g["is"] or g["s"]
        else:
            if g["n1"]:
                a, b, y = int(g["n1"]), int(g["n2"]), int(g["n3"])
                y = y + 2000 if y < 100 else y
                # The language's order decides unless a number over 12 can only be the day.
                mo, d = (a, b) if grammar.order == "MDY" else (b, a)
                if mo > 12 >= d:
                    d, mo = mo, d
            elif g["m1"]:
                d, mo, y = int(g["d1"]), grammar.months[g["m1"].lower().rstrip(".")], int(g["y1"])
            else:
                d, mo, y = int(g["d2"]), grammar.months[g["m2"].lower().rstrip(".")], int(g["y2"])
            hh, mi, ss = g["h"] or g["h0"], g["mi"] or g["mi0"], g["s"]
        hour = int(hh) if hh else 0
        if g["ampm"] and hh:
            pm = g["ampm"].lower().startswith("p")
            hour = hour % 12 + (12 if pm else 0)
        value = datetime(y, mo, d, hour, int(mi) if mi else 0, int(ss) if ss else 0)
    except (ValueError, KeyError):
        return None
    off = g["off"]
    if off:
        return value.replace(tzinfo=_offset_zone(off))
    return value.replace(tzinfo=_zone(zone))


def _offset_zone(text: str) -> timezone:
    t = text.strip().lower()
    m = re.match(r"([a-z]*)\s?([+-]\d{1,2})?(?::?(\d{2}))?$", t)
    minutes = 0
    if m:
        minutes = _ZONE_OFFSETS.get(m.group(1), 0)
        if m.group(2):
            sign = -1 if m.group(2).startswith("-") else 1
            minutes += sign * (abs(int(m.group(2))) * 60 + int(m.group(3) or 0))
    return timezone(timedelta(minutes=minutes))


# --- line classification --------------------------------------------------------------------------------


def _lines(raw: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, content) of each line; `end` includes the line break, `content` excludes it."""
    pos, n = 0, len(raw)
    while pos < n:
        nl = raw.find("\n", pos)
        end = n if nl < 0 else nl + 1
        yield pos, end, raw[pos:end].rstrip("\r\n")
        pos = end


def classify_line(line: str) -> str | None:
    """Why a single non-blank line is not body text ("cross-link", "photo credit", ...), or None for body."""
    text = line.strip()
    n = len(text)
    if text[-1:] in ("}", ";") and _CODE_LINE.fullmatch(text):
        return "code"
    if not text or n > MAX_NON_BODY_CHARS:
        return None
    lead = _LEAD.match(text)
    p = _line_patterns(text[lead.end() : lead.end() + 1].lower() if lead else None)
    if n <= MAX_CROSS_LINK_CHARS and (
        p["cross_sep"].match(text) or (p["cross_bare"].match(text) and not _SENTENCE_END.search(text))
    ):
        return "cross-link"
    if n <= MAX_CREDIT_CHARS and _credit_sized(text) and (p["credit"].match(text) or p["credit_phrase"].match(text)):
        return "photo credit"
    if n <= MAX_BOILERPLATE_CHARS and (
        p["boilerplate"].match(text)
        or _SOCIAL_LINE.match(text)
        or p["share"].match(text)
        or (n <= MAX_PHRASE_LINE_CHARS and _has_phrase(text.casefold(), _boilerplate_phrases()))
    ):
        return "boilerplate"
    # The credit ends the line: only its last stretch needs searching.
    if n <= MAX_CAPTION_CHARS and text[-1] not in ".!?…" and _credit_tail().search(text, max(0, n - 90)):
        return "caption"
    return None


def _credit_sized(text: str) -> bool:
    """A credit names a source in a few words; more words mean a sentence was scraped onto the credit line."""
    words = len(text.split())
    if text.rstrip()[-1] in "!?":
        return False
    return words <= MAX_CREDIT_WORDS and (words <= MAX_CREDIT_WORDS_WITH_STOP or not text.rstrip().endswith("."))


def _is_caption(line: str) -> bool:
    text = line.strip()
    # A caption describes the picture: a few words at least ("Twitter", "04.01.2021" or a byline are not).
    return (
        0 < len(text) <= MAX_CAPTION_CHARS and len(text.split()) >= MIN_CAPTION_WORDS and not _SENTENCE_END.search(text)
    )


@dataclass
class CleanResult:
    """The cleaned text, what was removed, and the header dates found."""

    text: str
    removed: list[Removal]
    published: Timestamp
    updated: Timestamp


def clean_text(raw: str) -> CleanResult:
    """Remove non-body lines from `raw` (recording each removal) and read date header lines."""
    lines = list(_lines(raw))
    reasons: list[str | None] = [None] * len(lines)
    published = updated = bare_date = Timestamp()
    for i, (_, _, content) in enumerate(lines):
        if not content.strip():
            continue
        header = parse_header_line(content.strip())
        if header is not None:
            reasons[i] = "date header"
            for kind, value, raw_value in header.found:
                ts = Timestamp(value, DateSource.HEADER, raw_value)
                if kind == "published" and not published.known:
                    published = ts
                elif kind == "updated" and not updated.known:
                    updated = ts
                elif kind == "date" and not bare_date.known:
                    bare_date = ts
            continue
        reasons[i] = classify_line(content)
        if reasons[i] == "photo credit":
            # The caption sits on the line right before its credit (blank lines between are allowed).
            j = i - 1
            while j >= 0 and not lines[j][2].strip():
                j -= 1
            if j >= 0 and reasons[j] is None and _is_caption(lines[j][2]):
                reasons[j] = "caption"
    if not published.known and bare_date.known:
        published = bare_date

    # Keep body lines; a blank line survives only as one separator between two kept body lines.
    keep = [reasons[i] is None and bool(c.strip()) for i, (_, _, c) in enumerate(lines)]
    kept_idx = [i for i, k in enumerate(keep) if k]
    blank_keep: set[int] = set()
    for a, b in pairwise(kept_idx):
        blanks = [j for j in range(a + 1, b) if reasons[j] is None and not lines[j][2].strip()]
        if blanks:
            blank_keep.add(blanks[0])

    removed: list[Removal] = []
    pieces: list[str] = []
    run_start: int | None = None
    run_reason = ""

    def flush(upto: int) -> None:
        nonlocal run_start
        if run_start is not None and upto > run_start:
            removed.append(Removal(run_start, upto, run_reason, raw[run_start:upto]))
        run_start = None

    last_kept = kept_idx[-1] if kept_idx else -1
    for i, (start, end, content) in enumerate(lines):
        if keep[i] or i in blank_keep:
            flush(start)
            if i == last_kept:
                # The last body line's break goes with the trailing blank lines; the line itself stays verbatim.
                body_end = start + len(content)
                pieces.append(raw[start:body_end])
                run_start, run_reason = body_end, "blank lines"
            else:
                pieces.append(raw[start:end])
            continue
        reason = reasons[i] or "blank lines"
        if run_start is not None and reason != run_reason:
            flush(start)
        if run_start is None:
            run_start, run_reason = start, reason
    flush(len(raw))
    return CleanResult("".join(pieces), removed, published, updated)


@stage("clean", needs={"text"}, produces={"clean"})
def clean(article: Article) -> None:
    """Replace the article's text by its body lines; record removals; take dates from header lines."""
    if not article.raw_text:
        article.raw_text = article.text
    result = clean_text(article.raw_text)
    article.text = result.text
    article.removed = result.removed
    if result.published.known and article.published.source in (DateSource.NONE, DateSource.MANIFEST):
        article.published = result.published
    if result.updated.known and article.updated.source in (DateSource.NONE, DateSource.MANIFEST):
        article.updated = result.updated
