"""Base forms of names: `Władimira Putina` → `Władimir Putin`, `Kijowa` → `Kijów`, `Зеленського` → `Зеленський`.

Learned suffix rewrite rules (strip k letters, append s), keyed by language, mention type and the token's
position in the name (single / first / middle / last), chosen by the longest known word ending. They are
learned from gold (surface, lemma) pairs by `learn_rules` and shipped in `data/lemma_rules.json`; the
position key is what keeps `Ministerstwa Zdrowia` → `Ministerstwo Zdrowia` (only the head declines).
Languages without rules keep the surface form, minus a possessive ending from `langs/<iso>/entities.py`.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from storyline.langs import language_data

RULES_PATH = Path(__file__).resolve().parent / "data" / "lemma_rules.json"
MAX_SUFFIX = 6
MIN_COUNT = 2  # an ending seen once is a name, not a rule (calibrated on SlavicNER dev: lemma acc +0.4 pt)


def _position(i: int, n: int) -> str:
    if n == 1:
        return "1"
    return "f" if i == 0 else ("l" if i == n - 1 else "m")


def _rule(surface: str, lemma: str) -> str:
    """`strip:append` turning the lower-cased surface into the lower-cased lemma."""
    s, lem = surface.lower(), lemma.lower()
    k = 0
    while k < min(len(s), len(lem)) and s[k] == lem[k]:
        k += 1
    return f"{len(s) - k}:{lem[k:]}"


def learn_rules(examples: Iterable[tuple[str, str, list[dict[str, Any]]]]) -> dict[str, dict[str, list[Any]]]:
    """From (lang, text, gold mentions) learn {context: {ending: [rule, count, total]}} for `lemmatize`."""
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for lang, _text, mentions in examples:
        for m in mentions:
            words, lemmas = m["surface"].split(" "), m["lemma"].split(" ")
            if len(words) != len(lemmas):
                continue
            for i, (w, lem) in enumerate(zip(words, lemmas, strict=True)):
                rule = _rule(w, lem)
                low = w.lower()
                for ctx in (f"{lang}|{m['type']}|{_position(i, len(words))}", f"{lang}|*|{_position(i, len(words))}"):
                    table = counts[ctx]
                    table["^" + low][rule] += 1
                    for k in range(0, min(MAX_SUFFIX, len(low)) + 1):
                        table[low[len(low) - k :]][rule] += 1
    out: dict[str, dict[str, list[Any]]] = {}
    for ctx, table in counts.items():
        kept: dict[str, list[Any]] = {}
        for ending, rules in table.items():
            rule, n = rules.most_common(1)[0]
            total = sum(rules.values())
            if total >= MIN_COUNT or ending.startswith("^"):
                kept[ending] = [rule, n, total]
        out[ctx] = prune(kept)
    return out


def prune(table: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """Drop endings whose rule the next shorter ending already gives (lookup falls through to it)."""
    kept: dict[str, list[Any]] = {}
    for ending, entry in table.items():
        if ending == "":
            continue
        word = ending[1:] if ending.startswith("^") else ending
        shorter = [
            word[len(word) - k :]
            for k in range(min(MAX_SUFFIX, len(word) - (0 if ending.startswith("^") else 1)), 0, -1)
        ]
        fallback = next((table[e] for e in shorter if e in table), None)
        if fallback is None:
            if entry[0] != "0:":
                kept[ending] = entry
        elif fallback[0] != entry[0]:
            kept[ending] = entry
    return kept


@cache
def _rules() -> dict[str, dict[str, list[Any]]]:
    if not RULES_PATH.is_file():
        return {}
    data: dict[str, dict[str, list[Any]]] = json.loads(RULES_PATH.read_text(encoding="utf-8"))
    return data


def _apply(word: str, rule: str) -> str:
    strip, append = rule.split(":", 1)
    k = int(strip)
    if k > len(word):
        return word
    stem = word[: len(word) - k]
    if word.isupper() and len(word) > 1:
        append = append.upper()
    return stem + append


def lemmatize_word(word: str, lang: str, kind: str, position: str) -> str:
    """Base form of one word of a name."""
    rules = _rules()
    low = word.lower()
    for ctx in (f"{lang}|{kind}|{position}", f"{lang}|*|{position}"):
        table = rules.get(ctx)
        if not table:
            continue
        hit = table.get("^" + low)
        if hit is not None and hit[2] >= 1:
            return _apply(word, hit[0])
        # no k=0 back-off: an ending never seen keeps the word as it is (most such names are indeclinable)
        for k in range(min(MAX_SUFFIX, len(low)), 0, -1):
            hit = table.get(low[len(low) - k :])
            if hit is not None:
                return _apply(word, hit[0])
        return word  # the typed table knows this ending keeps its form (identity rules are pruned)
    data = language_data(lang, "entities")
    for ending in getattr(data, "POSSESSIVE_ENDINGS", ()):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=200_000)
def lemmatize(surface: str, lang: str, kind: str) -> str:
    """Nominative base form of a whole name (each word by its position)."""
    words = surface.split(" ")
    n = len(words)
    if n > 1 and kind != "PER":
        from storyline.entities.agreement import agree, head_phrase_length

        phrase = agree(surface, lang)  # adjective + noun names by agreement (ru, uk)
        if phrase is not None:
            return phrase
        k = head_phrase_length(surface, lang)  # head-first names: complements keep their case (pl)
        if k is not None and k < n:
            # the declining words keep their place in the whole name (the head is still its first word)
            head = [lemmatize_word(w, lang, kind, _position(i, n)) for i, w in enumerate(words[:k])]
            return _checked(surface, " ".join(head + words[k:]), lang)
        return _checked(
            surface, " ".join(lemmatize_word(w, lang, kind, _position(i, n)) for i, w in enumerate(words)), lang
        )
    return " ".join(lemmatize_word(w, lang, kind, _position(i, n)) for i, w in enumerate(words))


def _checked(surface: str, lemma: str, lang: str) -> str:
    """The rules' base form of a name, unless a word they changed is no nominative the language's dictionary
    knows (`Wybora prezydencka`, `Karolina Południowo`): then the phrase read with the dictionary
    (`agreement.morfeusz_nominative`, where `HEAD_FIRST_AGREEMENT` names one), if it reads."""
    from storyline.entities.agreement import is_nominative, morfeusz_nominative

    data = language_data(lang, "entities")
    if data is None or getattr(data, "HEAD_FIRST_AGREEMENT", None) != "morfeusz2" or "-" in surface:
        return lemma  # hyphenated names split in the dictionary's analysis
    before, after = surface.split(" "), lemma.split(" ")
    changed = (
        [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b] if len(before) == len(after) else []
    )
    # a word the rules left, followed by one they declined, was declined with it (`Wspólnej Polityce Rolnej`
    # became `Wspólna Polityce Rolna`); words left after the last declined one are complements in their case
    skipped = [i for i in range(changed[-1]) if i not in changed] if changed else []
    if (
        len(before) == len(after)
        and all(is_nominative(after[i]) for i in changed)
        and all(is_nominative(before[i]) or not before[i][:1].isupper() for i in skipped)
    ):
        return lemma
    return morfeusz_nominative(surface) or lemma
