"""Plain-text files and folders: recursion in sorted order, hidden and documentation files passed over."""

from __future__ import annotations

from pathlib import Path

from storyline.ingest import Skip
from storyline.ingest.sources import format_of, read_inputs
from storyline.model import Article, DateSource
from storyline.settings import load_settings

SETTINGS = load_settings()


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def test_folder_is_walked_recursively_in_sorted_order_skipping_hidden_files(tmp_path: Path) -> None:
    _write(tmp_path / "b" / "02.txt", "Der Bundestag hat am Freitag beraten.\nDie Abstimmung folgt im Februar.\n")
    _write(tmp_path / "a.txt", "Prezydent spotkał się z ministrami.\n")
    _write(tmp_path / "b" / "01.txt", "Президент встретился с министрами.\n")
    _write(tmp_path / ".hidden.txt", "secret draft")
    _write(tmp_path / ".git" / "x.txt", "git internals")
    items = list(read_inputs([tmp_path], SETTINGS))
    assert all(isinstance(i, Article) for i in items)
    assert [Path(i.source).relative_to(tmp_path).as_posix() for i in items] == ["a.txt", "b/01.txt", "b/02.txt"]


def test_text_article_keeps_its_body_and_has_no_invented_metadata(tmp_path: Path) -> None:
    body = "Kyiv said on Thursday it was ready to work on the plan.\r\nMoscow did not comment.\r\n"
    (item,) = read_inputs([_write(tmp_path / "en.txt", body)], SETTINGS)
    assert isinstance(item, Article)
    assert item.text == item.raw_text == body.replace("\r\n", "\n")
    assert item.input_format == "text" and item.encoding == "utf-8"
    assert item.published.source is DateSource.NONE and not item.published.known
    assert item.title is None and item.url is None


def test_readme_and_csv_in_a_folder_are_reported_not_ingested(tmp_path: Path) -> None:
    _write(tmp_path / "README.md", "# About this folder\nArticles scraped in January.\n")
    _write(tmp_path / "manifest.csv", "path,outlet\na.txt,Reuters\n")
    _write(tmp_path / "build_corpus.py", '"""Build the corpus."""\nimport json\n')
    _write(tmp_path / "a.txt", "Ukraine agreed to most points of the plan.\n")
    items = list(read_inputs([tmp_path], SETTINGS))
    skips = [i for i in items if isinstance(i, Skip)]
    assert [Path(i.source).name for i in items if isinstance(i, Article)] == ["a.txt"]
    assert {Path(s.source).name for s in skips} == {"README.md", "manifest.csv", "build_corpus.py"}
    assert any("--manifest" in s.reason for s in skips)
    assert any("program or configuration file" in s.reason for s in skips)
    (by_name,) = read_inputs([tmp_path / "build_corpus.py"], SETTINGS)  # named explicitly, it is read
    assert isinstance(by_name, Article)


def test_missing_path_is_a_skip_naming_it(tmp_path: Path) -> None:
    (item,) = read_inputs([tmp_path / "nope.txt"], SETTINGS)
    assert isinstance(item, Skip) and "nope.txt" in item.reason and "no such file" in item.reason


def test_format_is_sniffed_when_the_extension_says_nothing(tmp_path: Path) -> None:
    assert format_of(_write(tmp_path / "page", "<!DOCTYPE html><html><body><p>x</p></body></html>")) == "html"
    assert (
        format_of(_write(tmp_path / "feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel/></rss>')) == "feed"
    )
    assert format_of(_write(tmp_path / "dump", '{"text": "Hallo"}\n')) == "jsonl"
    assert format_of(_write(tmp_path / "crawl", "WARC/1.0\r\nWARC-Type: warcinfo\r\n")) == "warc"
    assert format_of(_write(tmp_path / "note", "Zwykły tekst artykułu.")) == "text"


def test_csv_given_by_name_is_refused_with_a_hint_and_a_json_array_is_read(tmp_path: Path) -> None:
    csv_path = _write(tmp_path / "manifest.csv", "path,outlet\na.txt,Reuters\n")
    array = _write(tmp_path / "dump.json", '[{"text": "Artykuł o powodzi."}]')
    items = list(read_inputs([csv_path, array], SETTINGS))
    assert isinstance(items[0], Skip) and "--manifest" in items[0].reason
    assert isinstance(items[1], Article) and items[1].text == "Artykuł o powodzi."


def test_typesetting_characters_leave_no_trace_in_the_text(tmp_path: Path) -> None:
    # CL-TLS's Spanish pages carry soft hyphens ("de\xadcla\xadró"): the tokenizer split the cue into three pieces
    # and found no quotation; a zero-width space or byte-order mark inside a name split it as well.
    body = "El ministro de\xadcla\xadró que el acuer\xaddo es firme. Zele\u200bnsky\ufeff no habló.\n"
    (item,) = read_inputs([_write(tmp_path / "es.txt", body)], SETTINGS)
    assert isinstance(item, Article)
    assert item.text == item.raw_text == "El ministro declaró que el acuerdo es firme. Zelensky no habló.\n"
    jsonl = tmp_path / "wire.jsonl"
    jsonl.write_text(
        '{"text": "Die Kom\\u00admis\\u00adsion teilte mit, dass …", "language": "de"}\n', encoding="utf-8"
    )
    (record,) = read_inputs([jsonl], SETTINGS)
    assert isinstance(record, Article) and record.text == "Die Kommission teilte mit, dass …"


def test_a_soft_hyphenated_cue_is_found_after_ingest(tmp_path: Path) -> None:
    from storyline.quotes import find_quotes, simple_sentences

    (item,) = read_inputs(
        [_write(tmp_path / "es.txt", "El ministro Juan Pérez de\xadcla\xadró que el acuerdo es firme.")], SETTINGS
    )
    assert isinstance(item, Article)
    quotes = find_quotes(item.text, "es", simple_sentences(item.text))
    assert [item.text[q.start : q.end] for q in quotes] == ["que el acuerdo es firme"]


def test_an_html_page_with_shy_entities_reads_as_plain_words() -> None:
    from storyline.ingest.html import article_from_html

    page = (
        "<html><head><title>Gespräche</title></head><body><article><h1>Gespräche</h1>"
        "<p>Die Kom&shy;mis&shy;sion teilte am Freitag mit, dass die Ge&shy;spräche im April fort&shy;ge&shy;setzt "
        "werden sollen. Ein Sprecher sagte, man sei zuversichtlich.</p></article></body></html>"
    )
    article = article_from_html(page, "page.html", SETTINGS)
    assert "Kommission" in article.text and "\xad" not in article.text
