"""Decoding: UTF-8/16/32 (with BOM), legacy Central European and Cyrillic code pages, binary and empty input."""

from __future__ import annotations

import pytest

from storyline.errors import UnsupportedInput
from storyline.ingest.decode import alphabet_fit, decode_bytes, sniff_binary

POLISH = "Wołodymyr Zełenski spotkał się z wysłannikami Trumpa. Gwarancje bezpieczeństwa są już uzgodnione, żadnych zmian nie będzie."
RUSSIAN = "Пресс-секретарь Кремля Дмитрий Песков заявил, что консультации по плану сейчас не ведутся."
UKRAINIAN = "Зеленський планує візит до Вашингтона, кажуть джерела. Її позиція відома всім."
CZECH = "Ukrajinský prezident řekl, že dohoda je blízko. Příští týden přiletí do Washingtonu."
GERMAN = "Die Außenminister trafen sich in Brüssel. Größere Änderungen sind nicht geplant."


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (POLISH, "cp1250"),
        (POLISH, "iso8859_2"),
        (CZECH, "cp1250"),
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8_r"),
        (UKRAINIAN, "cp1251"),
        ("Zażółć gęślą jaźń", "cp1250"),
        ("Привет, мир", "cp1251"),
    ],
)
def test_legacy_code_pages_decode_to_the_original_text(text: str, codec: str) -> None:
    decoded = decode_bytes(text.encode(codec), "article.txt")
    assert decoded.text == text


def test_cp1250_polish_is_not_mistaken_for_western_cp1252() -> None:
    decoded = decode_bytes(POLISH.encode("cp1250"), "pl.txt")
    assert decoded.encoding == "cp1250"
    assert "ł" in decoded.text and "³" not in decoded.text


def test_western_text_keeps_its_letters() -> None:
    decoded = decode_bytes(GERMAN.encode("cp1252"), "de.txt")
    assert decoded.text == GERMAN


@pytest.mark.parametrize(
    ("codec", "expected"), [("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-32", "utf-32")]
)
def test_byte_order_marks_decide(codec: str, expected: str) -> None:
    decoded = decode_bytes(RUSSIAN.encode(codec), "ru.txt")
    assert decoded.text == RUSSIAN
    assert decoded.encoding == expected


def test_utf16_without_bom_is_recognised_not_called_binary() -> None:
    decoded = decode_bytes(POLISH.encode("utf-16-le"), "pl16.txt")
    assert decoded.text == POLISH and decoded.encoding == "utf-16-le"


def test_plain_utf8_is_utf8() -> None:
    assert decode_bytes(POLISH.encode("utf-8"), "pl.txt").encoding == "utf-8"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        (b"PK\x03\x04" + b"\x00" * 40, "zip"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"abc\x00\x01\x02\x03\xff\xfe\x00\x10" * 20, "NUL"),
    ],
)
def test_binary_input_is_refused_with_its_kind(data: bytes, kind: str) -> None:
    assert sniff_binary(data[:8192]) is not None
    with pytest.raises(UnsupportedInput, match=rf"photo\.bin: binary file \(.*{kind}"):
        decode_bytes(data, "photo.bin")


@pytest.mark.parametrize("data", [b"", b"   \n\n\t ", b"\xef\xbb\xbf"])
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(UnsupportedInput, match=r"empty\.txt: empty file"):
        decode_bytes(data, "empty.txt")


def test_alphabet_fit_prefers_the_right_decoding() -> None:
    raw = POLISH.encode("cp1250")
    assert alphabet_fit(raw.decode("cp1250")) > alphabet_fit(raw.decode("cp1252"))
    raw = RUSSIAN.encode("cp1251")
    assert alphabet_fit(raw.decode("cp1251")) > alphabet_fit(raw.decode("cp1250"))
