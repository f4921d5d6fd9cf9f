"""Turn input bytes into text: detect the encoding, refuse binary and empty input, record what was used.

UTF-8 is tried first (strictly); byte-order marks decide UTF-8/16/32; otherwise charset-normalizer
proposes candidates and a language-aware check picks the one whose non-ASCII letters best fit one
language's alphabet. That check matters for short Central European and Cyrillic texts, where the
same bytes decode "cleanly" as several code pages (cp1250 `ł` is cp1252 `³`). Alphabets are derived
from CLDR (babel): the letters of each language's own names for countries, languages and months.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from storyline.errors import UnsupportedInput

# (BOM, codec); UTF-32 before UTF-16 because the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# File signatures of formats that are never article text (checked on the first bytes only).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"RIFF", "RIFF media (WebP/WAV/AVI)"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "zip archive (or DOCX/ODT)"),
    (b"\x1f\x8b", "gzip-compressed file"),
    (b"BZh", "bzip2-compressed file"),
    (b"\xfd7zXZ", "xz-compressed file"),
    (b"7z\xbc\xaf", "7-zip archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
)

# Legacy code pages that news text arrives in, tried after UTF-8 and what charset-normalizer proposes.
_LEGACY = ("cp1250", "cp1251", "cp1252", "iso8859_2", "koi8_r", "koi8_u", "iso8859_5", "cp1257", "mac_cyrillic")

# Non-ASCII characters that are ordinary in news text in every language (not evidence of mojibake).
_COMMON_NON_ASCII = set(
    "\u00a0\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb\u2026\u20ac\u00b0\u00a7\u2022\u00b7\u2212\u2032\u2033\u00a9\u00ae\u2122"
)


# Unicode category Cc minus the whitespace controls that text files legitimately hold.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes and the codec that decoded it."""

    text: str
    encoding: str


def sniff_binary(head: bytes) -> str | None:
    """What kind of binary file `head` (the first bytes) starts, or None when it may be text."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head and _utf16_without_bom(head) is None:
        return "binary data (NUL bytes)"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit at every other byte, as in BOM-less UTF-16 Latin text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, source: str) -> Decoded:
    """Decode `data` read from `source`; raises `UnsupportedInput` for empty, binary or undecodable input."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise UnsupportedInput(f"{source}: empty file (no text to ingest); remove it or fill it")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), codec, source)
            except UnicodeDecodeError as exc:
                raise UnsupportedInput(
                    f"{source}: starts with a {codec} byte-order mark but is not valid {codec} ({exc.reason} at byte {exc.start}); re-save it as UTF-8"
                ) from exc
    kind = sniff_binary(data[:8192])
    if kind:
        raise UnsupportedInput(f"{source}: binary file ({kind}), not text; pass text, HTML, feed, JSONL or WARC files")
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), utf16, source)
        except UnicodeDecodeError:
            pass
    try:
        return _checked(data.decode("utf-8"), "utf-8", source)
    except UnicodeDecodeError:
        pass
    best = best_legacy_decoding(data)
    if best is None:
        raise UnsupportedInput(f"{source}: cannot decode as UTF-8 or a known code page; re-save it as UTF-8")
    return _checked(best.text, best.encoding, source)


def _checked(text: str, codec: str, source: str) -> Decoded:
    if not text.strip():
        raise UnsupportedInput(
            f"{source}: empty file (only whitespace after decoding as {codec}); remove it or fill it"
        )
    controls = len(_CONTROL.findall(text, 0, 20000))
    if controls > max(8, len(text[:20000]) // 100):
        raise UnsupportedInput(
            f"{source}: binary file ({controls} control characters after decoding as {codec}), not text"
        )
    return Decoded(text, codec)


def best_legacy_decoding(data: bytes) -> Decoded | None:
    """The single-byte decoding whose non-ASCII letters best fit one language's alphabet."""
    candidates: list[str] = []
    try:
        from charset_normalizer import from_bytes

        for match in from_bytes(data[:200_000]):
            name = codecs.lookup(match.encoding).name
            if name not in candidates and not name.startswith("utf"):
                candidates.append(name)
    except (ImportError, LookupError):
        pass
    for name in _LEGACY:
        name = codecs.lookup(name).name
        if name not in candidates:
            candidates.append(name)
    best: tuple[float, int, Decoded] | None = None
    for rank, codec in enumerate(candidates):
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        score = alphabet_fit(text)
        key = (score, -rank)
        if best is None or key > best[:2]:
            best = (score, -rank, Decoded(text, codec))
    return best[2] if best else None


def alphabet_fit(text: str) -> float:
    """Share of the non-ASCII characters of `text` that are letters of the best-fitting language (0..1)."""
    counts = Counter(ch.lower() for ch in text if ord(ch) > 127 and ch not in _COMMON_NON_ASCII)
    total = sum(counts.values())
    if total == 0:
        return 1.0
    return max(sum(n for ch, n in counts.items() if ch in alphabet) / total for alphabet in _alphabets().values())


@cache
def _alphabets() -> dict[str, frozenset[str]]:
    """Non-ASCII lower-case letters per shipped language, from CLDR display names and month names."""
    from babel import Locale

    from storyline.langs import available_languages

    found: dict[str, frozenset[str]] = {}
    for lang in available_languages():
        try:
            locale = Locale.parse(lang)
        except (ValueError, LookupError):
            continue
        counts: Counter[str] = Counter()
        for table in (locale.territories, locale.languages, locale.scripts, locale.currencies):
            for name in table.values():
                counts.update(ch for ch in name.lower() if ch.isalpha() and ord(ch) > 127)
        for widths in locale.months.values():
            for names in widths.values():
                for name in names.values():
                    counts.update(ch for ch in name.lower() if ch.isalpha() and ord(ch) > 127)
        # Letters seen fewer than 3 times are loan spellings ("Curaçao" in Polish), not the alphabet.
        found[lang] = frozenset(ch for ch, n in counts.items() if n >= 3)
    return found


def read_bytes(path: Path, max_bytes: int, setting: str = "max_file_bytes") -> bytes:
    """The bytes of a file, refusing files over `max_bytes` before reading them."""
    size = path.stat().st_size
    if size > max_bytes:
        raise UnsupportedInput(
            f"{path}: file is {size:,} bytes, over the {setting} limit of {max_bytes:,}; "
            f"raise it with STORYLINE_{setting.upper()}={size + 1} or split the file"
        )
    with path.open("rb") as fh:
        return fh.read(max_bytes + 1)
