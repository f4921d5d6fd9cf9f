"""Positions: the contested points of a story and each party's stance on them, cited and dated.

A sentence speaks to an issue when it names one (`langs/<iso>/positions.py` ISSUES); its stance is
the strongest stance cue in it (conditions, opposes, demands, supports, undecided); its party is the
speaker of a quote in it, else the party named before the stance cue that can be its subject (the nearest
in the nominative, else in another case; never one a preposition governs: "pressure on Kyiv", "za ruskou
invazi"), else the subject of the previous sentence (it carries over), and a proposal's terms are its
author's demands.
Observations are kept in date order, so a change of position shows; an analyst's correction of a
cell is stored in `brief_position_corrections` and overrides the computed stance from then on.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from storyline.brief.actors import EntityIndex
from storyline.brief.material import Material, Sentence, cite_sentence
from storyline.brief.model import STANCES, PositionCell, Positions, Statement
from storyline.errors import NotFound
from storyline.langs import language_data
from storyline.store import Store

# An issue of the language data that only one article of a story names is no contested point of the story: a
# Spanish column on the CIA's renditions ("torturar a los prisioneros", "la palabra de Suleiman es la garantía")
# had put "prisoner exchange" and "security guarantees" in the grid of a story on Egypt's 2011 protests.
MIN_ISSUE_ARTICLES = 2
MIN_ISSUE_SHARE = 0.1


@dataclass(slots=True)
class Observation:
    """One sentence showing one party's stance on one issue."""

    party: str
    issue: str
    stance: str
    sentence: Sentence
    # the issue is named only in the sentence before ("…, which back the agreement"): weaker evidence
    borrowed: bool = False


@cache
def party_name(code: str, locale: str = "en") -> str:
    """A party's display name from CLDR (`US` -> United States), or the code itself."""
    from babel import Locale

    names = Locale.parse(locale).territories
    return str(names.get(code, code))


def _proposal_authors(material: Material) -> dict[str, str]:
    """The party most often named right before a proposal word in each language ("US peace plan")."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for art in material.articles:
        data = language_data(art.language or "", "positions")
        if data is None:
            continue
        for m in data.PROPOSAL.finditer(art.text):
            before = art.text[max(0, m.start() - 30) : m.start()]
            for party, pattern in data.PARTIES.items():
                if pattern.search(before):
                    votes["*"][party] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items() if c}


@cache
def any_issue(lang: str) -> re.Pattern[str] | None:
    """One pattern for all the language's issues (a quick test before looking for which ones)."""
    data = language_data(lang, "positions")
    issues = list(getattr(data, "ISSUES", {}).values())
    if not issues:
        return None
    # Every issue starts at a word start: test that once per position instead of once per issue (2x faster).
    heads = (r"\b", r"(?<!\w)")
    if all(p.pattern.startswith(heads) for p in issues):
        bodies = [p.pattern.removeprefix(heads[0]).removeprefix(heads[1]) for p in issues]
        return re.compile(r"(?<!\w)(?=\w)(?:" + "|".join(f"(?:{b})" for b in bodies) + ")", issues[0].flags)
    return re.compile("|".join(f"(?:{p.pattern})" for p in issues), issues[0].flags)


def issue_offsets(text: str, lang: str) -> list[int]:
    """Start offsets of the issue names in a whole text (one scan instead of one per sentence)."""
    quick = any_issue(lang)
    return [m.start() for m in quick.finditer(text)] if quick is not None else []


def _cues(material: Material, sent: Sentence, data: Any, idx: EntityIndex) -> list[tuple[int, str]]:
    """(offset in sentence, party) of every party word and every person whose party is known, in order. A party
    word naming others by their tie to it ("Ukraine's allies", "sojusznicy Ukrainy") is no party cue."""
    text = sent.text
    after, before = getattr(data, "THIRD_PARTY_AFTER", None), getattr(data, "THIRD_PARTY_BEFORE", None)
    words = [
        (m.start(), m.end(), party)
        for party, pattern in data.PARTIES.items()
        for m in pattern.finditer(text)
        if not (after is not None and after.match(text, m.end()))
        and not (before is not None and before.search(text, max(0, m.start() - 40), m.start()))
    ]
    # A party word inside another party's longer name is that party's: "Komisja Europejska zaproponowała" is the
    # Commission's proposal, not the EU's ("Europejska", nearer the cue, had taken it), "European Commission" too.
    found = [
        (a, party)
        for a, b, party in words
        if not any(p != party and c <= a and b <= d and d - c > b - a for c, d, p in words)
    ]
    for m in material.spans_in(sent.article, "mention", sent.start, sent.end):
        key = idx.key_at.get((sent.article.id, m.start, m.end))
        if key in idx.party:
            found.append((m.start - sent.start, idx.party[key]))
    return sorted(found)


def _quote_parties(sent: Sentence, idx: EntityIndex) -> list[str]:
    """The parties of the speaker of a quotation in the sentence: each joint speaker's ("Obama, Cameron e Sarkozy
    sostengono" is the US, the UK and France). Not a pointer sentence's ("Російська делегація … відмовилася від
    вимоги … Про це повідомив спецпосланник США Майкл Гарлан."): its speaker told of what others did, and the
    stance stays with the party the claim names."""
    text = sent.article.text
    for q in sent.article.spans("quote"):
        cue = q.attrs.get("cue")
        if isinstance(cue, list | tuple) and len(cue) == 2 and _SENTENCE_END.search(text, q.end, max(q.end, cue[0])):
            continue
        if q.start < sent.end and sent.start < q.end:
            joint = q.attrs.get("speaker_mentions")
            if isinstance(joint, list) and len(joint) > 1:
                keys = [idx.key_over(sent.article, int(s), int(e)) for s, e in joint]
                parties = _unique([idx.party[k] for k in keys if k in idx.party])
                if parties:
                    return parties
            for attr in ("speaker_mention", "speaker"):
                span = q.attrs.get(attr)
                if isinstance(span, list | tuple) and len(span) == 2:
                    key = idx.key_over(sent.article, int(span[0]), int(span[1]))
                    if key in idx.party:
                        return [idx.party[key]]
    return []


def issues_in(text: str, data: Any) -> list[str]:
    """The issues a sentence speaks to; one named only as a time ("during the ceasefire") is a date, not a point."""
    timing = getattr(data, "TIME_BEFORE", None)
    matches = {name: list(pattern.finditer(text)) for name, pattern in data.ISSUES.items()}
    matches = {name: hits for name, hits in matches.items() if hits}
    found, only_time = [], []
    for name, hits in matches.items():
        # "Soldaten aus NATO-Staaten" is about foreign troops: a match inside another issue's longer match
        # ("NATO") does not make a second issue.
        inside = all(
            any(
                o.start() <= m.start() and m.end() <= o.end() and o.end() - o.start() > m.end() - m.start()
                for other, ohits in matches.items()
                if other != name
                for o in ohits
            )
            for m in hits
        )
        if inside:
            continue
        found.append(name)
        if timing is not None and all(timing.search(text[max(0, m.start() - 25) : m.start()]) for m in hits):
            only_time.append(name)
    # A sentence about nothing but the time phrase keeps it (then the time phrase is the point).
    return [n for n in found if n not in only_time] or found


def _clauses(text: str, data: Any, cues: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """The sentence's clauses: split at the language's clause breaks ("; ", ", while") and at a comma that
    a party name follows ("Moscow asks for 30 km, Kyiv offers 15"), each clause with its own stance."""
    breaks = {m.end() for m in getattr(data, "CLAUSE_BREAK", _CLAUSE_BREAK).finditer(text)}
    party_at = {off for off, _ in cues}
    for m in _COMMA.finditer(text):
        if m.end() in party_at:
            breaks.add(m.end())
    bounds = [0, *sorted(b for b in breaks if 0 < b < len(text)), len(text)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


_NEGATED = {"opposes": "undecided", "supports": "opposes"}
_CLAUSE_BREAK = re.compile(r";\s*")
_COMMA = re.compile(r",\s+")
_SENTENCE_END = re.compile(r"[.!?…]\s")


def _clause_stance(
    text: str, start: int, end: int, data: Any, rank: dict[str, int], cues: list[tuple[int, str]]
) -> tuple[list[str], str | None]:
    """(parties, strongest stance) of one clause; parties joined by 'and' take the stance together."""
    aimed = _targets(text, start, end, data)
    hits = [
        (rank[name], m.start(), name, m.group())
        for name, pattern in data.STANCES
        if (m := next((m for m in pattern.finditer(text, start, end) if (m.start(), m.end()) not in aimed), None))
    ]
    # The party a measure is aimed at ("sanctions against Russia", "sankcje na Rosję") takes no stance by it.
    inside = [
        (off, p)
        for off, p in cues
        if start <= off < end and not any(_TARGET_OF.fullmatch(text, e, off) for _, e in aimed)
    ]
    if not hits:
        return _unique([p for _, p in inside[:1]]), None
    _, at, stance, words = min(hits)
    # "Kyiv has not rejected the idea" leaves the question open; "did not support" opposes.
    negation = getattr(data, "NEGATION", None)
    if negation is not None and stance in _NEGATED and negation.search(text, max(start, at - 12), at):
        stance = _NEGATED[stance]
    halt = getattr(data, "HALT", None)
    if stance == "opposes" and halt is not None:
        # A halt word inside an issue's name is that issue ("zawieszenie broni" is a ceasefire), not a halt.
        named = [(m.start(), m.end()) for p in data.ISSUES.values() for m in p.finditer(text, start, end)]
        if any(not any(a <= h.start() < b for a, b in named) for h in halt.finditer(text, start, end)):
            stance = "supports"
    # "resistance from Moscow", "réclamé par Kiev": a cue ending in, or followed by, from/by names its party after it.
    agent = getattr(data, "BY", None)
    if re.search(r"\b(?:from|by|ze strony)$", words, re.IGNORECASE) or (
        agent is not None and agent.match(text, at + len(words), end)
    ):
        later = [(off, p) for off, p in inside if off >= at]
        chosen = later[:1] or inside[-1:]
    else:
        chosen = _subject(text, start, at, [c for c in inside if c[0] <= at], data)
    if not chosen:
        return [], stance
    parties = [chosen[0][1]]
    joiner = getattr(data, "AND", None)
    if joiner is not None:
        # "France and Poland asked ...", "Germany and Spain, which back ...": each named party takes the stance.
        ends_with_and = re.compile(rf"\s(?:{joiner.pattern})\s+$", joiner.flags)
        anchor = chosen[0][0]
        for off, party in reversed([c for c in inside if c[0] < anchor]):
            if anchor - off > 40 or not ends_with_and.search(text[off:anchor]):
                break
            parties.append(party)
            anchor = off
        anchor = chosen[0][0]
        for off, party in [c for c in inside if anchor < c[0] < at]:
            if off - anchor > 40 or not ends_with_and.search(text[anchor:off]):
                break
            parties.append(party)
            anchor = off
    return _unique(parties), stance


_WORD = re.compile(r"\w+")
_ADJACENT = re.compile(r"\w+\s+")


def _tiers(text: str, cues: list[tuple[int, str]], data: Any) -> list[int]:
    """How each party word can be its clause's subject: 0 it can; 1 its form is another case, or a possessive or
    place word precedes it ("Przedstawiciele Kijowa", "министърът на Русия", "В Кремле заявили": the subject's
    possessor or place at best); 2 a
    preposition governs it ("US pressure on Kyiv", "za ruskou invazi", "между ЕС и Великобритания"): an object
    or a target, never the subject. A party joined by 'and' to a governed one is governed too."""
    governed = getattr(data, "PARTY_PREPOSITION", None)
    oblique_word = getattr(data, "PARTY_OBLIQUE", None)
    oblique = getattr(data, "oblique_form", None)
    tiers: list[int] = []
    for k, (off, _) in enumerate(cues):
        before = text[max(0, off - 40) : off]
        word = _WORD.match(text, off)
        if governed is not None and governed.search(before):
            tier = 2
        elif (oblique_word is not None and oblique_word.search(before)) or (
            oblique is not None and word is not None and oblique(word.group())
        ):
            tier = 1
        else:
            tier = 0
        if k and tiers[-1] == 2 and _joined(text, cues[k - 1][0], off, data):
            tier = 2
        tiers.append(tier)
    return tiers


def _joined(text: str, first: int, second: int, data: Any) -> bool:
    """Whether the party word at `second` is joined by 'and' to the one at `first` ("ЕС и Великобритания")."""
    joiner = getattr(data, "AND", None)
    if joiner is None or second - first > 40:
        return False
    return re.search(rf"\s(?:{joiner.pattern})\s+$", text[first:second], joiner.flags) is not None


def _subject(text: str, start: int, at: int, before: list[tuple[int, str]], data: Any) -> list[tuple[int, str]]:
    """The party word before a stance cue that is its subject: within the last subordinate clause before the cue
    that names a party ("Rosja twierdzi, że rząd Ukrainy musi …" is Ukraine's), the nearest that can be a subject
    at all, else the nearest in another case; never one a preposition governs ("Rosja odrzuca naciski na Ukrainę")
    unless it is an adjective of the cue itself."""
    if not before:
        return []
    # An adjective (a party word in small letters) right before the cue is its owner whatever governs it: "не
    # ответил на российское предложение" names Russia's proposal. Not a name ("na Ukrajino podprla" is no
    # Ukrainian support) nor a word joined by 'and' to a governed one ("между ЕС и Великобритания трябва").
    last = before[-1][0]
    if (
        text[last : last + 1].islower()
        and _ADJACENT.fullmatch(text, last, at)
        and not (len(before) > 1 and _joined(text, before[-2][0], last, data))
    ):
        return before[-1:]
    subordinate = getattr(data, "SUBORDINATE", None)
    tiers = _tiers(text, before, data)
    ranked = list(zip(before, tiers, strict=True))
    if subordinate is not None:
        opens = [m.end() for m in subordinate.finditer(text, start, at)]
        inner = [(c, t) for c, t in ranked if opens and c[0] >= opens[-1] and t < 2]
        ranked = inner or ranked
    for tier in (0, 1):
        best = [c for c, t in ranked if t == tier]
        if best:
            return best[-1:]
    return []


def _sentence_subject(text: str, cues: list[tuple[int, str]], data: Any) -> str | None:
    """The party a sentence is about, for the sentence after it: its first party word that can be a subject, else
    its first in another case, none where each is governed by a preposition ("Należy wysłać broń dla wsparcia
    ukraińskich sił. Polska chciałaby …" is Poland's)."""
    tiers = _tiers(text, cues, data)
    for tier in (0, 1):
        for (_, party), t in zip(cues, tiers, strict=True):
            if t == tier:
                return party
    return None


# A target word ("against", "против") at most this many words after an issue's name ("sanctions against Russia",
# "санкции, введенные блоком против Москвы"), or after such a target ("против банков, в том числе против
# Сбербанка"), names what the measure is aimed at: no one's stance on it.
TARGET_GAP_WORDS = 4
_GAP_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_GAP_BREAK = re.compile(r"[.;:!?()]")
# Between a target word and the party it names: at most a short word ("against the Kremlin", "contre l'Ukraine").
_TARGET_OF = re.compile(r"\s+(?:\w{1,3}(?:\s+|['’]))?")


def _targets(text: str, start: int, end: int, data: Any) -> set[tuple[int, int]]:
    """(start, end) of the language's TARGET words in text[start:end] that say whom a measure hits: a few words
    after an issue's name ("Евросоюз работает над шестым пакетом санкций против России") or after another such
    word. The same word before the measure ("voted against the sanctions") is a stance and no target."""
    target = getattr(data, "TARGET", None)
    if target is None:
        return set()
    out: set[tuple[int, int]] = set()
    last = -1  # end of the last target word found
    for m in target.finditer(text, start, end):
        ends = [a.end() for p in data.ISSUES.values() for a in p.finditer(text, start, m.start())]
        if last >= 0:
            ends.append(last)
        if any(_close(text[e : m.start()]) for e in ends):
            out.add((m.start(), m.end()))
            last = m.end()
    return out


def _close(gap: str) -> bool:
    """True when the text between two words is a few words at most, with no clause end."""
    return not _GAP_BREAK.search(gap) and len(_GAP_WORD.findall(gap)) <= TARGET_GAP_WORDS


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def observe(material: Material, idx: EntityIndex) -> list[Observation]:
    """Every (party, issue, stance) the story's sentences show."""
    authors = _proposal_authors(material)
    out: list[Observation] = []
    for art in material.articles:
        data = language_data(art.language or "", "positions")
        if data is None:
            continue
        sents = material.sentences(art)
        rank = {name: r for r, (name, _) in enumerate(data.STANCES)}
        out_of_context = _out_of_context(art.text, data)
        for k, sent in enumerate(sents):
            named = material.names_issue(sent)
            if not named and not (k > 0 and material.names_issue(sents[k - 1])):
                continue
            cues = _cues(material, sent, data, idx)
            borrowed = False
            if named:
                issues = issues_in(sent.text, data)
            elif cues:
                borrowed = True
                # "Germany and Spain, which back the agreement, ...": a party's stance on the point the
                # previous sentence named (the issue carries over like the subject does).
                issues = issues_in(sents[k - 1].text, data)
            else:
                continue
            issues = [i for i in issues if i not in out_of_context]
            if not issues:
                continue
            # Without a party in the sentence, the subject carries over from the nearest earlier sentence.
            carried = next(
                (
                    subject
                    for b in range(k - 1, max(-1, k - 4), -1)
                    if (subject := _sentence_subject(sents[b].text, _cues(material, sents[b], data, idx), data))
                ),
                None,
            )
            quoted = _quote_parties(sent, idx)
            proposal = bool(data.PROPOSAL_TERMS.search(sent.text)) and "*" in authors
            previous: list[str] = []
            for start, end in _clauses(sent.text, data, cues):
                parties, stance = _clause_stance(sent.text, start, end, data, rank, cues)
                if proposal and stance in (None, "supports"):
                    stance, parties = "demands", [authors["*"]]
                elif quoted and start == 0:
                    parties = quoted
                # A clause without its own party speaks for the previous clause's, else the sentence's subject
                # (not when the issue is borrowed too: then the sentence itself must name who stands where).
                parties = parties or previous or ([carried] if carried and not borrowed else [])
                previous = parties
                if stance is None:
                    continue
                clause_issues = [i for i in issues_in(sent.text[start:end], data) if i in issues] or issues
                for party in parties:
                    for issue in clause_issues:
                        out.append(Observation(party, issue, stance, sent, borrowed))
    return out


def _out_of_context(text: str, data: Any) -> set[str]:
    """The issues an article cannot speak to: their name's generic word ("membership", "guarantees") without their
    context anywhere in the article (`ISSUE_CONTEXT`: NATO, security). A Brexit report's 'członkostwo' is the
    EU's, its 'gwarancje' are citizens' rights, no NATO membership or security guarantees."""
    return {issue for issue, context in getattr(data, "ISSUE_CONTEXT", {}).items() if not context.search(text)}


def contested(material: Material) -> set[str]:
    """The issues a story's articles keep naming: in at least `MIN_ISSUE_ARTICLES` of them, or a
    `MIN_ISSUE_SHARE` of them when that is more (every issue, for a story of fewer articles)."""
    named: Counter[str] = Counter()
    for art in material.articles:
        data = language_data(art.language or "", "positions")
        if data is not None:
            named.update(set(issues_in(art.text, data)) - _out_of_context(art.text, data))
    need = max(MIN_ISSUE_ARTICLES, math.ceil(MIN_ISSUE_SHARE * len(material.articles)))
    if len(material.articles) < need:
        return set(named)
    return {issue for issue, n in named.items() if n >= need}


def build_positions(store: Store, story_id: str, material: Material, idx: EntityIndex) -> Positions:
    """The grid: parties x issues, each cell with its latest stance, evidence and history."""
    by_cell: dict[tuple[str, str], list[Observation]] = defaultdict(list)
    issues_of_story = contested(material)
    for obs in observe(material, idx):
        if obs.issue in issues_of_story:
            by_cell[(obs.party, obs.issue)].append(obs)
    corrections = load_corrections(store, story_id)
    cells = []
    for (party, issue), observations in by_cell.items():
        observations.sort(
            key=lambda o: (o.sentence.day is None, o.sentence.day or datetime.min.date(), o.sentence.start)
        )
        # A sentence naming the issue itself outweighs one that borrows it from the sentence before: "Kiev no
        # aceptará «ningún chantaje con el grano»" after a sentence on the ceasefire is no stance on the ceasefire.
        latest = [o for o in observations if not o.borrowed][-1:] or observations[-1:]
        evidence = []
        seen = set()
        for o in observations:
            key = (o.sentence.article.id, o.sentence.start)
            if key not in seen:
                seen.add(key)
                evidence.append(Statement(cite_sentence(o.sentence)))
        history = [
            {
                "date": o.sentence.day.isoformat() if o.sentence.day else None,
                "stance": o.stance,
                "article_id": o.sentence.article.id,
            }
            for o in observations
        ]
        cells.append(PositionCell(party, issue, latest[0].stance, evidence, history))
    present = {(c.party, c.issue) for c in cells}
    for (party, issue), corr in corrections.items():
        if (party, issue) not in present:
            cells.append(PositionCell(party, issue, corr["stance"], [], []))
    for cell in cells:
        fix = corrections.get((cell.party, cell.issue))
        if fix:
            cell.corrected = fix
            cell.stance = fix["stance"]
    party_weight = Counter(c.party for c in cells)
    issue_weight = Counter(c.issue for c in cells)
    parties = sorted(party_weight, key=lambda p: (-party_weight[p], p))
    issues = sorted(issue_weight, key=lambda i: (-issue_weight[i], i))
    cells.sort(key=lambda c: (parties.index(c.party), issues.index(c.issue)))
    return Positions(
        parties=[{"key": p, "name": party_name(p)} for p in parties],
        issues=[{"key": i, "name": i} for i in issues],
        cells=cells,
    )


def load_corrections(store: Store, story_id: str) -> dict[tuple[str, str], dict[str, Any]]:
    """The analyst's latest correction per (party, issue) of a story."""
    rows = store.query(
        "SELECT party, issue, stance, note, corrected_at FROM brief_position_corrections WHERE story_id = ? ORDER BY id",
        (story_id,),
    )
    return {(r["party"], r["issue"]): {"stance": r["stance"], "note": r["note"], "at": r["corrected_at"]} for r in rows}


def correct_position(store: Store, story_id: str, party: str, issue: str, stance: str, note: str = "") -> None:
    """Store an analyst's correction of one cell; later briefings of the story show it."""
    if stance not in STANCES:
        raise NotFound(f"unknown stance {stance!r}; use one of: {', '.join(STANCES)}")
    with store.atomic():
        store.execute(
            "INSERT INTO brief_position_corrections (story_id, party, issue, stance, note, corrected_at) VALUES (?, ?, ?, ?, ?, ?)",
            (story_id, party, issue, stance, note, datetime.now(UTC).isoformat()),
        )
