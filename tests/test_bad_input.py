"""Every kind of bad input gets a clear per-item message, and the rest of the batch is ingested."""

from __future__ import annotations

import gzip
import json
import resource
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyline.ingest import ingest
from storyline.settings import load_settings
from storyline.store import open_store

SETTINGS = load_settings()

GOOD = {
    "good_en.txt": "The European Union will prepare an observation mission in Ukraine in case of a ceasefire, diplomats said on Friday.\n",
    "good_de.txt": "Die Außenminister der EU beraten am Montag in Brüssel über eine mögliche Beobachtermission in der Ukraine.\n",
}
POLISH = "Rząd przyjął w środę projekt ustawy o obronie cywilnej. Głosowanie w Sejmie odbędzie się w przyszłym tygodniu, zapowiedział marszałek.\n"
RUSSIAN = "Министр иностранных дел заявил в пятницу, что переговоры продолжатся на следующей неделе в Женеве.\n"
UKRAINIAN = "Верховна Рада ухвалила в п’ятницю закон про мобілізацію. Голосування відбулося після тривалої дискусії.\n"


def _build_batch(folder: Path) -> None:
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "pl_cp1250.txt").write_bytes(POLISH.encode("cp1250"))
    (folder / "ru_cp1251.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (folder / "uk_utf16.txt").write_bytes(UKRAINIAN.encode("utf-16"))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    (folder / "archive.txt").write_bytes(b"PK\x03\x04\x14\x00\x00\x00" + b"\x00\x01\x02" * 100)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("\n\n   \n", encoding="utf-8")
    (folder / "broken.html").write_text(
        "<html><body><div><p>Le gouvernement a présenté mercredi un projet de loi sur la défense civile<p>Le vote aura lieu la semaine prochaine.<div><b>",
        encoding="utf-8",
    )
    (folder / "nothing.html").write_text(
        "<html><head><script>var a=1;</script></head><body></body></html>", encoding="utf-8"
    )
    (folder / "malformed.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Ka', encoding="utf-8"
    )
    lines = [
        json.dumps(
            {
                "text": "Il governo italiano ha approvato venerdì un nuovo pacchetto di aiuti per l'Ucraina.",
                "language": "it",
            }
        ),
        "{not json",
        json.dumps({"title": "no body"}),
    ]
    (folder / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "cut.warc.gz").write_bytes(_truncated_warc())


def _truncated_warc() -> bytes:
    out = BytesIO()
    writer = WARCWriter(out, gzip=True)
    for n, text in enumerate(
        [
            "Los ministros discutirán el plan la próxima semana en Bruselas, según fuentes diplomáticas.",
            "Second page that will be cut.",
        ]
    ):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        html = f"<html><body><article><p>{text}</p><p>Más detalles el lunes.</p></article></body></html>".encode()
        writer.write_record(
            writer.create_warc_record(
                f"https://warc.example/{n}", "response", payload=BytesIO(html), http_headers=headers
            )
        )
    data = out.getvalue()
    first_member_end = len(data) - len(_second_member(data))
    return data[: first_member_end + (len(data) - first_member_end) // 2]


def _second_member(data: bytes) -> bytes:
    import zlib

    d = zlib.decompressobj(31)
    d.decompress(data)
    assert gzip.decompress(data[: len(data) - len(d.unused_data)])
    return d.unused_data


def test_a_batch_of_bad_inputs_reports_each_and_ingests_the_rest(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    _build_batch(batch)
    store = open_store(tmp_path / "bad.db")
    report = ingest([batch], store, settings=SETTINGS)

    encodings = {row["source"]: store.get_article(row["id"]).encoding for row in store.list_articles()}
    by_name = {Path(src.split("#")[0]).name: enc for src, enc in encodings.items() if src.endswith(".txt")}
    assert by_name["pl_cp1250.txt"] == "cp1250"
    assert by_name["ru_cp1251.txt"] == "cp1251"
    assert by_name["uk_utf16.txt"] == "utf-16"
    texts = {
        Path(r["source"]).name: store.get_article(r["id"]).text
        for r in store.list_articles()
        if r["source"].endswith(".txt")
    }
    assert "przyjął w środę" in texts["pl_cp1250.txt"]
    assert "переговоры продолжатся" in texts["ru_cp1251.txt"]
    assert "ухвалила в п’ятницю" in texts["uk_utf16.txt"]
    assert {"good_en.txt", "good_de.txt"} <= set(texts)
    formats = sorted(r["input_format"] for r in store.list_articles())
    assert formats.count("html") == 1 and formats.count("jsonl") == 1 and formats.count("warc") == 1
    assert len(report.ingested) == 8 and store.count_articles() == 8

    reasons = {Path(s.source.split("#")[0]).name: s.reason for s in report.skipped}
    assert "binary file (JPEG image)" in reasons["photo.jpg"]
    assert "binary file (zip archive" in reasons["archive.txt"]
    assert "empty file" in reasons["empty.txt"] and "empty file" in reasons["blank.txt"]
    assert "no article text" in reasons["nothing.html"]
    assert "malformed feed" in reasons["malformed.rss"]
    assert "not valid JSON" in reasons["records.jsonl:2"] and "'text' or 'html'" in reasons["records.jsonl:3"]
    assert "truncated" in reasons["cut.warc.gz"]
    assert len(report.skipped) == 9
    for skip in report.skipped:  # every message names the input it is about
        assert Path(skip.source.split("#")[0].split(":")[0]).name in skip.reason
    assert len(store.query("SELECT * FROM skips")) == 9


def test_a_50_mb_file_is_skipped_without_reading_it_into_memory(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        line = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 16 + "\n").encode()
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    assert big.stat().st_size >= 50 * 1024 * 1024
    (tmp_path / "small.txt").write_text(
        "Kurzer Artikel über den Haushalt des Bundes für das kommende Jahr.\n", encoding="utf-8"
    )
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    store = open_store(tmp_path / "big.db")
    report = ingest([tmp_path], store, settings=SETTINGS)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert len(report.ingested) == 1 and len(report.skipped) == 1
    reason = report.skipped[0].reason
    assert "huge.txt" in reason and "max_article_bytes" in reason and "52,4" in reason
    assert grown_mb < 40, f"peak memory grew by {grown_mb:.0f} MB"


def test_file_over_max_file_bytes_names_the_setting(tmp_path: Path) -> None:
    (tmp_path / "feed.jsonl").write_text(json.dumps({"text": "x " * 600}) + "\n", encoding="utf-8")
    store = open_store(tmp_path / "s.db")
    report = ingest([tmp_path / "feed.jsonl"], store, settings={**SETTINGS, "max_file_bytes": 1000})
    assert (
        not report.ingested
        and "max_file_bytes" in report.skipped[0].reason
        and "STORYLINE_MAX_FILE_BYTES" in report.skipped[0].reason
    )
