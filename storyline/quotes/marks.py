"""Direct speech by its marks: quotation-mark pairs (across sentences and paragraphs) and dialogue dashes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from storyline.quotes.lexicon import Lexicon

# Longest stretch one quotation may cover; an unbalanced mark must not swallow the rest of an article.
MAX_QUOTE_CHARS = 3000


@dataclass(frozen=True)
class Marked:
    """A quoted stretch: `start`..`end` inside the marks, `outer_start`..`outer_end` with them."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    dialogue: bool = False


# Guillemets pointing inwards (»…«: German, Slovenian, Danish typography) close with their mirror.
INWARD = {"»": {"«"}, "›": {"‹"}}
# Marks that French typography sets off with spaces inside (« … »).
SPACED = "«»‹›"
# The signature line under an embedded post: "— Eman Hashim (@EmanHashim) August 14, 2013" (its author's name, handle
# and date, after a dash as a dialogue line opens); no one's words. Session-28 audit; sweep of all 11 languages: 20
# false quotations went (es 13, fr 4, it 2, sl 1), nothing else changed
POST_SIGNATURE = re.compile(r"[^()\n]{1,80}\(@\w{1,30}\)[^\n]{0,40}\b(?:19|20)\d\d\W*")


def _can_open(text: str, i: int, n: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + n] if i + n < len(text) else " "
    return not before.isalnum() and (not after.isspace() or text[i] in SPACED)


def _can_close(text: str, i: int, n: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + n] if i + n < len(text) else " "
    # An apostrophe between letters ("Ukraine’s") is never a closing mark.
    return (not before.isspace() or text[i] in SPACED) and not (before.isalnum() and after.isalnum())


def _paragraph_starts(text: str, paragraphs: list[tuple[int, int]]) -> set[int]:
    starts = {s for s, _ in paragraphs}
    # The first non-space character of each paragraph is where a continuing quote re-opens.
    return {s + (len(text[s:]) - len(text[s:].lstrip())) for s in starts}


def _paragraph_end(paragraphs: list[tuple[int, int]], pos: int, text_len: int) -> int:
    for s, e in paragraphs:
        if s <= pos < e:
            return e
    return text_len


@cache
def _mark_pattern(marks: frozenset[str]) -> re.Pattern[str] | None:
    """One search for any of a language's quotation marks, longest first (NYT-style '' before '); None without marks."""
    if not marks:
        return None
    return re.compile("|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True)))


def find_marked(text: str, lex: Lexicon, paragraphs: list[tuple[int, int]]) -> list[Marked]:
    """Quotations delimited by the language's marks; a quote continued into the next paragraph stays one."""
    pattern = _mark_pattern(frozenset(lex.openers) | frozenset(lex.closers))
    if pattern is None:
        return []
    para_starts = _paragraph_starts(text, paragraphs)
    found: list[Marked] = []
    open_at: int | None = None
    closers: frozenset[str] = frozenset()
    opener = ""  # a different opening mark inside a quotation is a nested quotation, not a new one
    width = 1  # length of the open mark (NYT-style '' is two characters)
    matches = [(m.start(), m.group()) for m in pattern.finditer(text)]
    nested: frozenset[str] = frozenset()  # the closers of a quotation open inside the open one
    for k, (i, mark) in enumerate(matches):
        n = len(mark)
        if open_at is not None and nested:
            if mark in nested and _can_close(text, i, n):
                nested = frozenset()
            continue
        if open_at is not None:
            # a mark that can neither close nor open where it stands, between spaces ('підтримку " - сказала вона'),
            # closes the open quotation rather than let it run on to the next quotation's opening mark
            stray = mark in lex.openers and text[i - 1].isspace() and not _can_open(text, i, n)
            if mark in closers and (_can_close(text, i, n) or stray) and i > open_at + width:
                if i - open_at <= MAX_QUOTE_CHARS:
                    found.append(Marked(open_at + width, i, open_at, i + n))
                open_at = None
                continue
            if (
                mark != opener
                and mark in lex.openers
                and lex.openers[mark] & closers
                and i > open_at + width
                and i not in para_starts
                and _can_open(text, i, n)
                and _nested_closes(text, lex, paragraphs, matches, k, opener, closers)
            ):
                # '"… isn’t about “Equal Justice Under Law” anymore. …': a quotation inside the open one, whose
                # closing mark would otherwise close the open one too (not '"“…”', one quotation marked twice, nor a
                # paragraph opening with another mark: a quotation of its own)
                nested = lex.openers[mark]
                continue
            if mark == opener and _can_open(text, i, n) and i not in para_starts:
                # A new opener before the close: the previous quote ended unclosed at its paragraph's end.
                end = _paragraph_end(paragraphs, open_at, len(text))
                if end <= i and end - open_at > width:
                    found.append(Marked(open_at + width, end, open_at, end))
                open_at, width = i, n  # the same opener: its closers stay (a mistyped opener's too, "”X ”:")
            continue
        if mark in lex.openers and _can_open(text, i, n):
            open_at, closers, opener, width = i, lex.openers[mark], mark, n
        elif i in para_starts and _can_open(text, i, n) and text[i + n : i + n + 1].isupper():
            # A closing mark opening a paragraph while no quotation is open is a mistyped opener (”Mr. Trump
            # embodies …” ― a reader's quote): it pairs with the closers of the openers it is a closer of.
            paired = frozenset(c for cs in lex.openers.values() if mark in cs for c in cs) | INWARD.get(mark, set())
            if paired:
                open_at, closers, opener, width = i, paired, mark, n
    return [_trim(text, q) for q in found]


def open_mark(text: str, lex: Lexicon, start: int, end: int) -> int | None:
    """Where the quotation still open at `end` opened, reading the marks of `text[start:end]` (a paragraph's
    words before a point), or None when every quotation opened there has closed."""
    pattern = _mark_pattern(frozenset(lex.openers) | frozenset(lex.closers))
    if pattern is None:
        return None
    open_at: int | None = None
    closers: frozenset[str] = frozenset()
    for m in pattern.finditer(text, start, end):
        i, mark, n = m.start(), m.group(), len(m.group())
        if open_at is None:
            if mark in lex.openers and _can_open(text, i, n):
                open_at, closers = i, lex.openers[mark]
        elif mark in closers and _can_close(text, i, n):
            open_at = None
    return open_at


def _nested_closes(
    text: str,
    lex: Lexicon,
    paragraphs: list[tuple[int, int]],
    matches: list[tuple[int, str]],
    k: int,
    opener: str,
    closers: frozenset[str],
) -> bool:
    """Whether the opening mark `matches[k]`, inside a quotation opened by `opener`, opens a nested quotation.

    It does when a mark closes it in its paragraph and the outer quotation still goes on after that: a closer of the
    outer one follows in the paragraph, or the next paragraph re-opens it (a quotation over several paragraphs).
    """
    i, mark = matches[k]
    end = _paragraph_end(paragraphs, i, len(text))
    inner = lex.openers[mark]
    later = []
    for j, c in matches[k + 1 :]:
        if j >= end:
            break
        later.append((j, c))
    for x, (j, c) in enumerate(later):
        if c in inner and _can_close(text, j, len(c)):
            for j2, c2 in later[x + 1 :]:
                if c2 in closers and _can_close(text, j2, len(c2)):
                    return True
                if c2 in lex.openers and _can_open(text, j2, len(c2)):
                    return False  # a new quotation opens first: the mark was a stray, not a nested opener
            return text[end:].lstrip().startswith(opener)
    return False


def _trim(text: str, q: Marked) -> Marked:
    start, end = q.start, q.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Marked(start, end, q.outer_start, q.outer_end, q.dialogue)


def find_dialogue(text: str, lex: Lexicon, paragraphs: list[tuple[int, int]]) -> list[Marked]:
    """Paragraphs opening with a dialogue dash; speech runs to the next spaced dash (the narrator's remark)."""
    if not lex.dialogue_dashes:
        return []
    dashes = lex.dialogue_dashes
    found = []
    # A dash opening the paragraph or a sentence inside it: "… jako pierwsze. – To warunek minimalny – powiedział".
    # Spanish sets its em dashes close: "—Estamos listos —dijo el ministro.".
    opening = re.compile(rf"(?:^|(?<=[.!?…:]\s))\s*([{re.escape(dashes)}])(?:\s|(?<=—)(?=\w))", re.MULTILINE)
    for s, e in paragraphs:
        pos = s
        while True:
            m = opening.search(text, pos, e)
            if m is None:
                break
            start = m.end()
            stop = re.search(r"(\w+)\.\s*$", text[max(s, m.start(1) - 12) : m.start(1)])
            if stop is not None and stop.group(1).lower() in lex.abbreviations:
                # "след 30 март 2019 г. – първия ден на брекзит": a dash after an abbreviation's dot opens no line
                pos = start
                continue
            inner = re.search(rf"\s[{re.escape(dashes)}](?:\s|$)|\s—(?=\w)", text[start:e])
            end = start + inner.start() if inner else e
            if not POST_SIGNATURE.fullmatch(text, start, end):
                found.append(_trim(text, Marked(start, end, m.start(1), end, dialogue=True)))
            pos = end + 2 if inner else e
            if inner:
                # Skip the narrator's remark up to the next sentence end before looking for more speech.
                remark = re.search(r"[.!?…]\s", text[pos:e])
                pos = pos + remark.end() - 1 if remark else e
    return found
