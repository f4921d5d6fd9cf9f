"""Base forms of adjective + noun names by agreement: `Североатлантического альянса` → `Североатлантический
альянс`, `Нижньої Сілезії` → `Нижня Сілезія`, `Государственного департамента США` → `Государственный
департамент США`.

The suffix rules of `lemma.py` see one word at a time and guess an adjective's gender from its ending
alone (`-ого` → neuter `-ое`), so a masculine head noun got a neuter adjective. Here a dictionary
(pymorphy3, named by `PHRASE_AGREEMENT` in `langs/<iso>/entities.py`) reads the phrase: the leading
adjectives and the head noun that agrees with them in case and number go to the nominative, the
adjectives in the head's gender; what follows the head (`США`, `по безопасности`) keeps its form.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from storyline.langs import language_data


def _analyser(lang: str) -> Any:
    data = language_data(lang, "entities")
    name = getattr(data, "PHRASE_AGREEMENT", None) if data is not None else None
    if not name:
        return None
    from storyline.entities.morph import _pymorphy

    return _pymorphy(name.rsplit("-", 1)[1])


def _cased(form: str, like: str) -> str:
    """`form` written with the capitalisation of `like` (`Сілезія` for `Сілезії`, `США` stays upper)."""
    if like.isupper() and len(like) > 1:
        return form.upper()
    if like[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def _adjective_parses(morph: Any, word: str) -> list[Any]:
    # participles read as adjectives too (`Соединённых Штатов`)
    return [p for p in morph.parse(word) if p.tag.POS in ("ADJF", "PRTF") and p.tag.case]


@lru_cache(maxsize=50_000)
def agree(surface: str, lang: str) -> str | None:
    """Nominative of an adjective + noun name read as a phrase, or None when it is not one."""
    words = surface.split(" ")
    if len(words) < 2:
        return None
    morph = _analyser(lang)
    if morph is None:
        return None
    adjectives: list[list[Any]] = []
    for word in words[:-1]:
        parses = _adjective_parses(morph, word)
        if not parses:
            break
        adjectives.append(parses)
    if not adjectives or len(adjectives) >= len(words):
        return None
    head_word = words[len(adjectives)]
    # the head noun's reading that every adjective agrees with (case and number)
    for head in morph.parse(head_word):
        if head.tag.POS != "NOUN" or not head.tag.case:
            continue
        case, number = head.tag.case, head.tag.number
        nominative = head.inflect({"nomn"}) if case != "nomn" else head
        if nominative is None:
            continue
        gender = nominative.tag.gender
        plural = nominative.tag.number == "plur"

        def agrees(
            p: Any, case: str = case, number: str | None = number, gender: str | None = gender, plural: bool = plural
        ) -> bool:
            # `Білого` read as a neuter noun's adjective does not agree with masculine `дому`
            return (
                p.tag.case == case
                and (number is None or p.tag.number in (number, None))
                and (plural or p.tag.gender in (gender, None))
            )

        found = [next((p for p in parses if agrees(p)), None) for parses in adjectives]
        picks = [p for p in found if p is not None]
        if len(picks) != len(found):
            continue
        # the Ukrainian dictionary has no `sing` grammeme: number is tried, then left out
        wants = [{"nomn", "plur"}] if plural else [{"nomn", "sing", gender} - {None}, {"nomn", gender} - {None}]
        out = []
        for p, word in zip(picks, words, strict=False):
            form = next((f for f in (p.inflect(w) for w in wants) if f is not None), None)
            if form is None:
                return None
            out.append(_cased(form.word, word))
        out.append(_cased(nominative.word, head_word))
        return " ".join(out + words[len(adjectives) + 1 :])
    return None


def _morfeusz_readings(word: str) -> list[tuple[str, str, frozenset[str], frozenset[str]]]:
    """(part of speech, number, cases, genders) of each morfeusz2 reading of `word` (SGJP tags)."""
    from storyline.entities.morph import _morfeusz

    out = []
    for _, _, (_, _base, tag, _quals, _) in _morfeusz().analyse(word):
        parts = tag.split(":")
        if len(parts) >= 4 and parts[0] in ("subst", "adj", "ppas", "pact"):
            out.append((parts[0], parts[1], frozenset(parts[2].split(".")), frozenset(parts[3].split("."))))
    return out


# Conjunctions that join two heads of one name (`Prawa i Sprawiedliwości`, both decline).
_AND = frozenset({"i", "oraz", "a"})


@lru_cache(maxsize=50_000)
def head_phrase_length(surface: str, lang: str) -> int | None:
    """How many leading words of a head-first name decline with its head (`Instytutu` of `Instytutu
    Meteorologii i Gospodarki Wodnej`: 1; `Platformy Obywatelskiej`: 2; `Prawa i Sprawiedliwości`: 3);
    the rest are complements in their own case and keep their form. None when the language names no
    analyser for this (`HEAD_FIRST_AGREEMENT` in `langs/<iso>/entities.py`) or the first word is not
    only a noun (`Białego Domu`, `Polskiej Akademii Nauk` start with adjectives)."""
    data = language_data(lang, "entities")
    if data is None or getattr(data, "HEAD_FIRST_AGREEMENT", None) != "morfeusz2":
        return None
    words = surface.split(" ")
    readings = _morfeusz_readings(words[0])
    heads = [(n, c, g) for pos, n, c, g in readings if pos == "subst"]
    if len(words) < 2 or not heads or len(heads) != len(readings):
        return None
    k = 1
    while k < len(words):
        word = words[k]
        if word.lower() in _AND and k + 1 < len(words):
            # a second head in the head's case and number, or the end of the declining part
            nxt = _morfeusz_readings(words[k + 1])
            if not any(pos == "subst" and n == hn and c & hc for pos, n, c, _g in nxt for hn, hc, _hg in heads):
                break
            k += 2
            continue
        found = _morfeusz_readings(word)
        if not found:
            return None  # a word the dictionary does not know (`Land Rovera`, `Kraft Heinza`): no reading
        agrees = any(pos != "subst" and n == hn and c & hc and g & hg for pos, n, c, g in found for hn, hc, hg in heads)
        if not agrees:
            break
        k += 1
    return k
