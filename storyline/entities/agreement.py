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
    from storyline.entities.morph import pymorphy

    return pymorphy(name.rsplit("-", 1)[1])


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


_MORF_READING = tuple[str, str, frozenset[str], frozenset[str], str, str]


def _readings_with_base(word: str) -> list[_MORF_READING]:
    """(part of speech, number, cases, genders, base form, degree) of each morfeusz2 reading of `word`."""
    from storyline.entities.morph import morfeusz

    out = []
    for _, _, (_, base, tag, _quals, _) in morfeusz().analyse(word):
        parts = tag.split(":")
        if len(parts) >= 4 and parts[0] in ("subst", "adj", "ppas", "pact"):
            degree = ":".join(parts[4:]) if parts[0] != "subst" else ""  # degree; aspect and negation
            out.append(
                (parts[0], parts[1], frozenset(parts[2].split(".")), frozenset(parts[3].split(".")), base, degree)
            )
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
    readings = _readings_with_base(words[0])
    heads = [(n, c, g) for pos, n, c, g, _base, _rest in readings if pos == "subst"]
    if len(words) < 2 or not heads or len(heads) != len(readings):
        return None
    k = 1
    while k < len(words):
        word = words[k]
        if word.lower() in _AND and k + 1 < len(words):
            # a second head in the head's case and number, or the end of the declining part
            nxt = _readings_with_base(words[k + 1])
            if not any(r[0] == "subst" and r[1] == hn and r[2] & hc for r in nxt for hn, hc, _hg in heads):
                break
            k += 2
            continue
        found = _readings_with_base(word)
        if not found:
            return None  # a word the dictionary does not know (`Land Rovera`, `Kraft Heinza`): no reading
        agrees = any(r[0] != "subst" and r[1] == hn and r[2] & hc and r[3] & hg for r in found for hn, hc, hg in heads)
        if not agrees:
            break
        k += 1
    return k


@lru_cache(maxsize=1)
def _morfeusz_generator() -> Any:
    import morfeusz2

    return morfeusz2.Morfeusz(generate=True, analyse=False, expand_tags=False)


@lru_cache(maxsize=50_000)
def _nominative(base: str, pos: str, number: str, gender: str, degree: str = "") -> str | None:
    """The nominative of `base` in `number` (and, for adjectives and participles, `gender` and the rest of
    the tag: degree, or aspect and negation)."""
    lemma = base.split(":", 1)[0]
    for form, _b, tag, *_ in _morfeusz_generator().generate(lemma):
        parts = tag.split(":")
        if len(parts) < 4 or parts[0] != pos or parts[1] != number or "nom" not in parts[2].split("."):
            continue
        if pos == "subst":
            return str(form)
        if gender in parts[3].split(".") and ":".join(parts[4:]) == degree:
            return str(form)  # `najwyższy` stays superlative, `zjednoczony` affirmative
    return None


def _cased_like(form: str, like: str) -> str:
    return form[:1].upper() + form[1:] if like[:1].isupper() else form


def _phrase(
    words: list[str], readings: list[list[_MORF_READING]], h: int, head: _MORF_READING
) -> tuple[int, str] | None:
    """(words it declines, the name in the nominative) with `words[h]` read as `head`; None if it fails."""
    _pos, number, cases, genders, base, _degree = head

    def agreeing(i: int) -> _MORF_READING | None:
        return next(
            (r for r in readings[i] if r[0] != "subst" and r[1] == number and r[2] & cases and r[3] & genders), None
        )

    gender = sorted(genders)[0]
    out: list[str] = []
    for i in range(h):
        r = agreeing(i)
        form = _nominative(r[4], r[0], number, gender, r[5]) if r else None
        if form is None:
            return None
        out.append(_cased_like(form, words[i]))
    noun = _nominative(base, "subst", number, gender)
    if noun is None:
        return None
    out.append(_cased_like(noun, words[h]))
    k = h + 1
    while k < len(words):
        r = agreeing(k)
        form = _nominative(r[4], r[0], number, gender, r[5]) if r else None
        if form is None:
            break  # a complement: it and all after it keep their form
        out.append(_cased_like(form, words[k]))
        k += 1
    return k, " ".join(out + words[k:])


@lru_cache(maxsize=50_000)
def is_nominative(word: str) -> bool:
    """Whether morfeusz2 reads `word` as a nominative (of a noun, adjective or participle)."""
    return any("nom" in r[2] for r in _readings_with_base(word))


@lru_cache(maxsize=50_000)
def morfeusz_nominative(surface: str) -> str | None:
    """Nominative of a Polish name read as a phrase with morfeusz2: adjectives agreeing with the head noun
    (before or after it) go to the nominative in the head's number, gender and degree; the complements
    after it keep their case (`Białego Domu` → `Biały Dom`, `Sądu Najwyższego` → `Sąd Najwyższy`,
    `Instytutu Meteorologii i Gospodarki Wodnej` → `Instytut Meteorologii i Gospodarki Wodnej`). Of the
    readings, the one that agrees over the most words wins. None when none fits."""
    words = surface.split(" ")
    readings = [_readings_with_base(w) for w in words]
    if any(not r for r in readings[:2]):
        return None  # a word the dictionary does not know (`Land Rovera`): the learned rules decide
    best: tuple[int, str] | None = None
    for h in range(min(2, len(words))):
        for head in (r for r in readings[h] if r[0] == "subst"):
            got = _phrase(words, readings, h, head)
            if got is not None and (best is None or got[0] > best[0]):
                best = got
    return best[1] if best else None
