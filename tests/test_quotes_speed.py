"""The quotes stage's shortcuts find what the plain way finds (they only make it faster)."""

from __future__ import annotations

import importlib
import re

import pytest

from storyline.model import Span
from storyline.quotes import find_quotes, simple_sentences
from storyline.quotes.base import _WORD_TOKEN, FinderBase
from storyline.quotes.extract import find_unfiltered, learned_forms
from storyline.quotes.lexicon import _lowered_twin, finditer_lowered, lexicon
from storyline.quotes.speakers import _LABEL_BEFORE_END, _WORD_BEFORE_END, PersonIndex
from storyline.quotes.tagger import Evidence, _shape, evidence, features, paragraph_tokens

TEXTS = [
    "Sen. Warren pointed out on Tuesday that the bill, which she CALLED FOR in May, would Weigh In On prices.",
    # "ſ" (long s) and "ı" (dotless i) fold to "s" and "i" under IGNORECASE but not under lower(): the plain way.
    "He ſpoke out against the plan and pointed out that Iſtanbul's mayor ınsisted on it.",
    # "İ" lower-cases to two characters: offsets would shift, so the plain way again.
    "İzmir's governor spoke out against it, according to officials who pointed out the risk.",
    "Laut Angaben des Ministeriums teilte die Behörde am Montag mit, sie habe nichts gewusst.",
]


@pytest.mark.parametrize("lang", ["en", "de", "uk", "fr"])
@pytest.mark.parametrize("name", ["multiword_cue_search", "construction_search", "separable_cue_search"])
def test_lowered_search_finds_the_same_matches(lang: str, name: str) -> None:
    pattern = getattr(lexicon(lang), name)
    for text in TEXTS:
        plain = [(m.start(), m.end(), m.lastindex) for m in pattern.finditer(text)]
        fast = [(m.start(), m.end(), m.lastindex) for m in finditer_lowered(pattern, text, text.lower())]
        assert fast == plain, text


def test_english_cue_searches_have_a_lowered_twin() -> None:
    lex = lexicon("en")
    twin = _lowered_twin(lex.multiword_cue_search)
    assert twin is not None and twin[1] is not None and twin[1].search("waſ") and not twin[1].search("was")
    text = TEXTS[0]
    found = [text[m.start() : m.end()] for m in finditer_lowered(lex.multiword_cue_search, text, text.lower())]
    assert found == ["pointed out", "CALLED FOR", "Weigh In On"]
    # The folded characters send the search the plain way, which still finds "ſpoke out against", "ınsisted on".
    text = TEXTS[1]
    found = [text[m.start() : m.end()] for m in finditer_lowered(lex.multiword_cue_search, text, text.lower())]
    assert found == ["ſpoke out against", "pointed out", "ınsisted on"]


def test_without_the_private_fold_table_every_search_goes_the_plain_way(monkeypatch: pytest.MonkeyPatch) -> None:
    # re._casefix is CPython's private module: a Python without it must still import the lexicon and find cues.
    lexicon_module = importlib.import_module("storyline.quotes.lexicon")  # the package's `lexicon` is the function
    monkeypatch.setattr(lexicon_module, "_EXTRA_CASES", None)
    _lowered_twin.cache_clear()
    try:
        pattern = lexicon("en").multiword_cue_search
        assert _lowered_twin(pattern) is None
        text = TEXTS[0]
        found = [text[m.start() : m.end()] for m in finditer_lowered(pattern, text, text.lower())]
        assert found == ["pointed out", "CALLED FOR", "Weigh In On"]
    finally:
        _lowered_twin.cache_clear()


def _plain_cues(text: str, lang: str) -> set[int]:
    """The one-word cue starts, a word at a time (as `FinderBase._find_cues` reads them)."""
    lex = lexicon(lang)
    found = set()
    for m in _WORD_TOKEN.finditer(text):
        low = m.group().lower()
        if low[0].isalpha() and lex.is_cue_word(low):
            found.add(m.start())
        elif "." in low:
            word = low.split(".", 1)[0]
            if word.isalpha() and text[m.start() + len(word) + 1].isupper() and lex.is_cue_word(word):
                found.add(m.start())
    return found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police said.SI Vijaya Kumar told reporters the 2nd suspect had confessed, officials added.", "en"),
        # "İ" lower-cases to two characters: the words are read from the text itself, not its lower-cased copy.
        ("İstanbul's mayor said the vote was fair; the governor claimed otherwise, AP reported.", "en"),
        ("Der Minister sagte am Montag, er habe nichts gewusst, erklärte sein Sprecher.", "de"),
    ],
)
def test_cue_words_are_found_where_a_step_per_word_finds_them(text: str, lang: str) -> None:
    finder = FinderBase(text, lang, simple_sentences(text, lang), [(0, len(text))], None)
    one_word = {pos for pos, n in finder.cues.items() if n == 1}
    plain = _plain_cues(text, lang)
    assert plain and one_word == plain


@pytest.mark.parametrize(
    "window",
    ["said Mrs. ", "spokeswoman\n", "by Sen ", "the", "", "..", "ends with word. . ", "Gov.\u00a0", "under_score. "],
)
def test_the_word_before_a_name_is_read_backwards_as_forwards(window: str) -> None:
    forwards = re.search(r"(\w+)\.?\s*$", window)
    backwards = _WORD_BEFORE_END.match(window[::-1])
    assert (forwards.group(1) if forwards else None) == (backwards.group(1)[::-1] if backwards else None)
    forwards = re.search(r"(\w+)\s*:\s*$", window + ": ")
    backwards = _LABEL_BEFORE_END.match((window + ": ")[::-1])
    assert (forwards.group(1) if forwards else None) == (backwards.group(1)[::-1] if backwards else None)


def test_a_title_before_a_name_tells_its_gender() -> None:
    text = "Mrs. Arlene Foster spoke on Tuesday. Foster said the party would not back the deal."
    mentions = [Span(5, 18, "mention", {"type": "PER"}), Span(37, 43, "mention", {"type": "PER"})]
    people = PersonIndex(text, lexicon("en"), mentions).people
    assert [(text[p.start : p.end], p.gender) for p in people] == [("Arlene Foster", "f"), ("Foster", "f")]


def _features_token_by_token(ev: Evidence, toks: list[tuple[int, int, str]]) -> list[list[str]]:
    """The tagger's features built a token at a time, as `tagger.features` defines them."""
    n = len(toks)
    starts, ends = [t[0] for t in toks], [t[1] for t in toks]
    tags: list[list[str]] = []
    for s, _e, g in toks:
        low = g.lower()
        tags.append(
            [x for x, on in (("cue", s in ev.cues), ("con", s in ev.constructions), ("lf", low in ev.forms)) if on]
        )
    cued = [bool(f) for f in tags]

    def spread(spans: list[tuple[int, int]], tag: str) -> None:
        for a, b in spans:
            inside = [k for k in range(n) if ends[k] > a and starts[k] < b]
            for k in inside:
                tags[k].append(tag + ("B" if k == inside[0] else "I"))

    first, last = starts[0], ends[-1]
    spread([(a, b) for a, b in ev.marked if a < last and first < b], "m")
    for q in ev.kept:
        reach = [q.start, q.end, *(q.cue or ()), *((q.speaker.span or ()) if q.speaker is not None else ())]
        if max(reach) <= first or min(reach) >= last:
            continue
        spread([(q.start, q.end)], f"k{q.kind[0]}{q.extra.get('attributed', 'r')[0]}")
        spread([q.cue] if q.cue is not None else [], "kc")
        spread([q.speaker.span] if q.speaker is not None and q.speaker.span is not None else [], "ks")
    spread([(q.start, q.end) for q in ev.dropped if q.start < last and first < q.end], "d")
    sentence = [0] * n
    for k in range(1, n):
        sentence[k] = sentence[k - 1] + (starts[k] in ev.sentence_starts)
    out = []
    for k, (_s, _e, g) in enumerate(toks):
        low = g.lower()
        f = ["w=" + low, "sh=" + _shape(g)] + (["suf=" + low[-3:]] if len(low) > 3 else []) + tags[k]
        same = [j for j in range(n) if sentence[j] == sentence[k] and cued[j]]
        f += [x for x, on in (("cL", any(j < k for j in same)), ("cR", any(j > k for j in same))) if on]
        f += ["bos"] if k == 0 or starts[k] in ev.sentence_starts else []
        if k > 0:
            f += ["w-1=" + toks[k - 1][2].lower(), *("-1" + x for x in tags[k - 1])]
            f += ["w-2=" + toks[k - 2][2].lower()] if k > 1 else []
        else:
            f.append("BOP")
        if k + 1 < n:
            f += ["w+1=" + toks[k + 1][2].lower(), *("+1" + x for x in tags[k + 1])]
            f += ["w+2=" + toks[k + 2][2].lower()] if k + 2 < n else []
        else:
            f.append("EOP")
        out.append(f)
    return out


TAGGED = (
    "“We will not give up,” Peskov said on Friday. Officials in Moscow, according to Tass, doubted it. "
    "The ministry said the talks would resume, and Lavrov added that “nothing is settled”.\n\n"
    "Critics warned. Nobody answered.\n\nYes.\n\n“No,” he said."
)


def test_tagger_features_are_the_token_by_token_ones() -> None:
    finder, found = find_unfiltered(TAGGED, "en", simple_sentences(TAGGED, "en"))
    ev = evidence(finder, found[1:], found[:1], learned_forms("en"))
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", TAGGED)]
    windows = [(s, e) for s, e in paragraphs] + [(0, e) for e in range(1, 60, 3)]  # short ones: fewer than 5 tokens
    for start, end in windows:
        toks = paragraph_tokens(ev, start, end)
        if toks:
            assert features(ev, toks) == _features_token_by_token(ev, toks), TAGGED[start:end]
    toks = paragraph_tokens(ev, *paragraphs[0])
    feats = dict(zip((t[2] for t in toks), features(ev, toks), strict=False))
    # Which side of its sentence's cue forms a word lies: "Friday" after "said", "Officials" before "doubted".
    assert "cL" in feats["Friday"] and "cR" not in feats["Friday"]
    assert "cR" in feats["Officials"] and "cL" not in feats["Officials"] and "bos" in feats["Officials"]


@pytest.mark.parametrize(("first", "second"), [("–", "–"), ("—", "—"), ("-", "-"), ("–", "—")])
def test_an_attribution_between_dashes_inside_the_marks_is_still_read(first: str, second: str) -> None:
    # `_inner_attribution` tokenizes a quotation only when two dashes with a space before them stand in it.
    text = f"«Non ci sono dubbi {first} spiega Segre {second} l'America è stanca»."
    found = find_quotes(text, "it", simple_sentences(text, "it"))
    assert len(found) == 1
    q = found[0]
    assert q.cue is not None and text[q.cue[0] : q.cue[1]] == "spiega"
    assert [text[s:e] for s, e in q.extra["parts"]] == ["Non ci sono dubbi", "l'America è stanca"]


def _parsers() -> tuple[object, object]:
    """spaCy's full English pipeline and the parse path's (its own attributes and lemmas)."""
    spacy = pytest.importorskip("spacy")
    from storyline.langs import language_data
    from storyline.quotes.parsed import parser

    models = tuple(language_data("en", "quotes").PARSER_MODEL)
    for name in models:
        try:
            return spacy.load(name, exclude=["ner"]), parser(models)
        except OSError:
            continue
    pytest.skip("no English spaCy model installed")


# The same forms as different parts of speech, and quotation marks inside, before and outside a claim.
PARSED = [
    "They saw the old saw on the bench. The saw cut well, she saw.",
    "He leaves early, as the leaves fall; leaves leave no trace, the ministry said.",
    "“The saw is broken,” he said, adding that the leaves “were never raked”.",
    'Officials said "the talks are over" and that the "deal" leaves nothing, Peskov told reporters.',
    "Critics said the plan, which they called ''absurd'', would fail.",
    "The minister said the budget would be cut by a third.",
    "“We told them that the offer was final and argued that “nothing is settled,” he said.",
    '"Nobody believes he said the deal "was fair" or claimed it would last," a source said.',
]


def test_lemmas_kept_by_form_part_of_speech_and_morphology_are_the_models() -> None:
    from storyline.quotes.attributes import lemma

    full, fast = _parsers()
    compared = 0
    for _ in range(2):  # the second round answers from the kept lemmas
        for text in PARSED:
            for a, b in zip(full(text), fast(text), strict=True):  # type: ignore[operator]
                assert (a.text, a.pos_, a.lemma_) == (b.text, b.pos_, lemma(b))
                compared += 1
    kinds = {(a.text, a.pos_) for text in PARSED for a in full(text)}  # type: ignore[operator]
    assert {("saw", "VERB"), ("saw", "NOUN"), ("leaves", "VERB"), ("leaves", "NOUN")} <= kinds
    assert compared > 100


def test_scorer_quotation_mark_features_are_the_token_by_token_ones() -> None:
    from storyline.quotes.parsed import candidates
    from storyline.quotes.scorer import features

    marks = frozenset('"“”„«»')
    _full, fast = _parsers()
    seen = set()
    for text in PARSED:
        doc = fast(text)  # type: ignore[operator]
        for tok, frame, content, source in candidates(doc):
            got = {f for f in features(tok, frame, content, source) if f.startswith(("q=", "inq="))}
            quoted = any(t.text in marks for t in content)
            inside = sum(t.text in marks for t in doc[: tok.i]) % 2 == 1
            assert got == {f"q={quoted}", f"inq={inside}"}, (text, tok.text, frame)
            seen.add((quoted, inside))
    assert seen == {(False, False), (True, False), (False, True), (True, True)}
