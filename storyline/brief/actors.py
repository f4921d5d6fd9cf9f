"""Actors: the story's main entities with their roles as the text gives them, name variants and quotes.

Mentions are grouped by the `entity_id` the entities step writes (falling back to type + lemma when
the corpus step has not run), names come from `storyline.entities.get_entity` when available, roles
are the title words next to a person's name ("Kremlin spokesperson", "specjalny wysłannik"), and
quotes are grouped by the mention their speaker resolves to.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from anyascii import anyascii

from storyline.brief.material import Material, cite, same_words, sentence_of
from storyline.brief.model import Actor, Citation, Quote
from storyline.langs import language_data
from storyline.model import Article, Span
from storyline.quotes.lexicon import lexicon
from storyline.quotes.listing import quote_parts
from storyline.store import Store

MAX_ACTORS = 12
ACTOR_TYPES = ("PER", "ORG")
# An actor's quotes: own words first, then reported speech, then stances (attributions by other verbs).
KIND_ORDER = {"direct": 0, "reported": 1, "stance": 2}
_TOKEN = re.compile(r"[\w'’.-]+", re.UNICODE)


@dataclass(slots=True)
class EntityIndex:
    """Entity keys of every mention in the story, and the party each person speaks for."""

    key_at: dict[tuple[str, int, int], str] = field(default_factory=dict)
    mentions: dict[str, list[tuple[Article, Span]]] = field(default_factory=lambda: defaultdict(list))
    party: dict[str, str] = field(default_factory=dict)

    def key_over(self, article: Article, start: int, end: int) -> str | None:
        """Entity key of the mention overlapping [start, end)."""
        for m in article.spans("mention"):
            if m.start < end and start < m.end:
                return self.key_at.get((article.id, m.start, m.end))
        return None


def entity_key(span: Span) -> str:
    """The entity a mention belongs to: its linked id, else its type and folded base form."""
    eid = span.attrs.get("entity_id")
    if eid:
        return str(eid)
    lemma = str(span.attrs.get("lemma") or "")
    return f"{span.attrs.get('type', '?')}:{anyascii(lemma).lower()}"


def index_entities(material: Material) -> EntityIndex:
    """Group the story's mentions by entity and find each person's party from the words around the name."""
    idx = EntityIndex()
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for art in material.articles:
        data = language_data(art.language or "", "positions")
        for m in art.spans("mention"):
            key = entity_key(m)
            idx.key_at[(art.id, m.start, m.end)] = key
            if material.in_furniture(art, m.start, m.end):
                continue  # "Fase de Alarma … para Villa Clara y Sancti Spíritus", a teaser on every page of a site
            idx.mentions[key].append((art, m))
            if m.attrs.get("type") != "PER":
                continue
            for role in _role_spans(art, m):
                for party in role_parties(art, role, data):
                    votes[key][party] += 1
    for key, counter in votes.items():
        idx.party[key] = counter.most_common(1)[0][0]
    return idx


def role_parties(article: Article, role: tuple[int, int], data: Any) -> list[str]:
    """The parties a title names as its holder's side: the words of the language's PARTIES in it, each once, save a
    word that is part of another name. A party word inside another party's longer name is that party's ("European
    Commission President": the Commission's, not the EU's); and inside a longer name (a mention of the recogniser), the
    second half of a hyphenated word ("Inter-American Development Bank President") and a party's short name
    (SHORT_NAMES: "Commission"; "Securities and Exchange Commission head") are another body's words."""
    parties = getattr(data, "PARTIES", {})
    short = getattr(data, "SHORT_NAMES", {})
    text = article.text
    start, end = role
    words = text[start:end]
    hits = [(start + m.start(), start + m.end(), party) for party, p in parties.items() for m in p.finditer(words)]
    names = [(n.start, n.end) for n in article.spans("mention") if n.start < end and start < n.end]
    found = []
    for a, b, party in hits:
        if any(p != party and _inside(a, b, c, d) for c, d, p in hits):
            continue
        # outside a longer name a party word keeps its vote, hyphenated or not
        in_name = any(_inside(a, b, c, d) for c, d in names)
        hyphenated = a > 1 and text[a - 1] == "-" and text[a - 2].isalnum()
        short_name = party in short and short[party].fullmatch(text, a, b) is not None
        if not (in_name and (hyphenated or short_name)):
            found.append(party)
    return list(dict.fromkeys(found))


def _inside(a: int, b: int, c: int, d: int) -> bool:
    """Whether [a, b) lies inside the longer [c, d)."""
    return c <= a and b <= d and d - c > b - a


def _role_spans(article: Article, mention: Span) -> list[tuple[int, int]]:
    """Title words before a name ("White House Press Secretary") and an appositive after it (", the envoy")."""
    data = language_data(article.language or "", "positions")
    role_words = getattr(data, "ROLE_WORDS", None)
    if role_words is None:
        return []
    text = article.text
    out = []
    # Before the name: a run of title words and capitalised words up to punctuation.
    window_start = max(0, mention.start - 80)
    window = text[window_start : mention.start]
    # Titles never run across a sentence end (a line break is one character: "\nUS President" had lost its "U").
    ends = [window.rfind(sep) + len(sep) for sep in (". ", "? ", "! ", ": ", "\n") if sep in window]
    window_start += max(ends, default=0)
    tokens = list(_TOKEN.finditer(text, window_start, mention.start))
    run: list[re.Match[str]] = []
    # A title set off by commas counts too: "die Sprecherin des ukrainischen Außenministeriums, Iryna Kowaltschuk,
    # am Freitag", "le porte-parole du Kremlin, Igor Beliaïev, a déclaré" (with no comma after the name, "… met
    # the Russian envoy, Hrytsenko said" is no title of his).
    enclosed = text.startswith(",", mention.end)
    # A title-case headline capitalises its verbs too: a reporting verb of the language right before the name ends
    # the title ("CBO Chief Says Peter R. Orszag": no title of his), and a name the recogniser read with one
    # ("European Union President Criticizes Obama", one mention) has no title before it.
    cues = lexicon(article.language)
    if any(cues.is_cue_word(w.lower()) for w in _TOKEN.findall(text, mention.start, mention.end)[:-1]):
        tokens = []
    for tok in reversed(tokens):
        gap = text[tok.end() : (run[0].start() if run else mention.start)]
        if gap.strip() and not (enclosed and not run and gap.strip() == ","):
            break
        word = tok.group().strip(".'’")
        if not (role_words.match(word) or word[:1].isupper()):
            break
        if not run and not role_words.match(word) and cues.is_cue_word(word.lower()):
            break  # only right before the name: "Policy Planning Staff", "Claims spokeswoman" hold nouns
        run.insert(0, tok)
    # A sentence's first word is capitalised whatever it is: it opens a title only as a title word or a name
    # ("US President Barack Obama", "Interior minister"), not as "Meanwhile President …" or "Según el enviado …".
    if run and run[0].start() == window_start and not _may_open_title(text, run[0].group(), role_words, data):
        run.pop(0)
    # "the BBC's Matt Frei Haitian President Rene Preval" (a caption run into the text): the words up to another
    # person's name are not this one's title.
    others = [
        (o.start, o.end)
        for o in article.spans("mention")
        if o.attrs.get("type") == "PER" and (o.start, o.end) != (mention.start, mention.end)
    ]
    past = [k for k, t in enumerate(run) if any(a < t.end() and t.start() < b for a, b in others)]
    if past:
        run = run[past[-1] + 1 :]
    # "Saturday White House spokesman", "4:57 PM President Obama" (a dateline run into the text): a time expression
    # is no part of a title; the title starts after it.
    times = [(t.start, t.end) for t in article.spans("timex")]
    dated = [k for k, t in enumerate(run) if any(a < t.end() and t.start() < b for a, b in times)]
    if dated:
        run = run[dated[-1] + 1 :]
    # "the special envoy for Russian President Vladimir Putin": the words before "for" are someone else's title.
    for_at = [k for k, t in enumerate(run) if t.group().lower() in _FOR_WORDS]
    if for_at:
        run = run[for_at[-1] + 1 :]
    # Languages with cases: a title that does not agree with the name is someone else's ("wysłannikami
    # prezydenta USA Donalda Trumpa": the president's envoys); the name's own title starts after it.
    agrees = getattr(data, "title_agrees", None)
    name_words = text[mention.start : mention.end].split()
    if agrees is not None and name_words:
        cut = 0
        for k, tok in enumerate(run):
            word = tok.group().strip(".'’")
            if _is_title(word, role_words, data) and not agrees(word, name_words[-1]):
                cut = k + 1
        run = run[cut:]
    while run and run[0].group().lower() in _CONNECTORS:
        run.pop(0)
    # "Enviado de Obama", "the envoy of Obama": a title joined to the name by "de"/"of" is someone else's.
    if run and run[-1].group().lower() in _CONNECTORS:
        run = []
    if run and any(_is_title(t.group().strip(".'’"), role_words, data) for t in run):
        out.append((run[0].start(), run[-1].end()))
    # After the name: ", the special envoy for ..." up to the next comma or sentence end.
    # The appositive's first word past articles and connectors must be a title word proper: ", el texto prevé …"
    # (a new clause) is no role, though "el" is one of the title words a Spanish role may hold.
    m = re.match(r",\s+((?:the |a |an )?[^,.;:\n]{1,80})", text[mention.end : mention.end + 120])
    if m:
        words = [w.strip(".'’") for w in m.group(1).split()]
        head = next((w for w in words if w.lower() not in _CONNECTORS and w.lower() not in ("a", "an")), "")
        s, e = mention.end + m.start(1), mention.end + m.end(1)
        # "Путину, министру иностранных дел Сергею Лаврову, главе Минобороны …": a title with another person's name
        # is the next person of a list, unless it is a title for someone ("the envoy for President Putin").
        listed = any(s <= a < e and not any(w.lower() in _FOR_WORDS for w in text[s:a].split()) for a, _ in others)
        if not listed and (_is_title(head, role_words, data) or (words and _is_title(words[-1], role_words, data))):
            out.append((s, e))
    return out


def _may_open_title(text: str, token: str, role_words: re.Pattern[str], data: Any) -> bool:
    """Whether a sentence's first word may open a title: a title word, a party ("Russia's envoy"), or a name the
    text capitalises inside a sentence too (after a lower-case word or a comma)."""
    word = re.split(r"['’]", token.strip(".'’"))[0]
    if role_words.match(word) or any(p.fullmatch(word) for p in getattr(data, "PARTIES", {}).values()):
        return True
    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
        k = m.start() - 1
        while k >= 0 and text[k].isspace():
            k -= 1
        if k >= 0 and k < m.start() - 1 and (text[k] == "," or text[k].islower()):
            return True
    return False


_FOR_WORDS = {"for", "dla", "für", "pour", "para", "per", "для"}
_CONNECTORS = {
    "of",
    "for",
    "the",
    "and",
    "de",
    "du",
    "des",
    "la",
    "le",
    "l'",
    "del",
    "della",
    "dell'",
    "di",
    "der",
    "die",
    "für",
    "el",
}


def _is_title(word: str, role_words: re.Pattern[str], data: Any) -> bool:
    """A title word proper ("spokesperson", "wysłannik"), not a connector or a country's name or adjective; a
    hyphenated word whose last part is one is one too ("US-Präsident", "EU-Kommissarin": a party's word and a title)."""
    head, _, last = word.rpartition("-")
    if head and last and role_words.match(last) and last.lower() not in _CONNECTORS:
        return True
    if word.lower() in _CONNECTORS or not role_words.match(word):
        return False
    return not any(p.fullmatch(word) for p in getattr(data, "PARTIES", {}).values())


def _entity_record(store: Store, key: str) -> Any | None:
    if ":" in key:
        return None
    try:
        from storyline.entities import get_entity
    except ImportError:
        return None
    try:
        return get_entity(store, key)
    except Exception:  # an id the entities table no longer knows: fall back to the mentions
        return None


def build_actors(store: Store, material: Material, idx: EntityIndex) -> list[Actor]:
    """The main people and organisations, most widely reported first."""
    quotes_by: dict[str, list[Quote]] = defaultdict(list)
    # Two reported statements in one sentence ("confirmed that …, but insisted …") cite the same
    # sentence: list it once per speaker.
    cited: set[tuple[str, str, int, int]] = set()
    copies: dict[tuple[str, str, str], Quote] = {}
    # A joint statement ("Chuck Schumer and Nancy Pelosi said") is listed under each speaker, naming the others.
    together: list[tuple[Quote, list[str]]] = []
    for art in material.articles:
        for q in art.spans("quote"):
            keys = speaker_keys(art, q, idx)
            if not keys or material.in_furniture(art, q.start, q.end):
                continue
            for key in keys:
                quote = _listed(art, q, key, material, cited, copies)
                if quote is not None:
                    quotes_by[key].append(quote)
                    if len(keys) > 1:
                        together.append((quote, [k for k in keys if k != key]))
    names: dict[str, str] = {}
    for quote, others in together:
        for k in others:
            if k not in names:
                names[k] = _name(store, k, idx)
        quote.joint = [names[k] for k in others]
    ranked = []
    for key, mentions in idx.mentions.items():
        types = Counter(str(m.attrs.get("type")) for _, m in mentions)
        etype = types.most_common(1)[0][0]
        if etype not in ACTOR_TYPES:
            continue
        n_articles = len({a.id for a, _ in mentions})
        ranked.append(
            (n_articles + 0.5 * len(quotes_by.get(key, [])) + (0.5 if etype == "PER" else 0), len(mentions), key, etype)
        )
    ranked.sort(key=lambda r: (-r[0], -r[1], r[2]))
    actors = []
    for _score, n_mentions, key, etype in ranked[:MAX_ACTORS]:
        mentions = idx.mentions[key]
        variants: dict[str, list[str]] = defaultdict(list)
        for art, m in mentions:
            surface = art.text[m.start : m.end]
            lang = str(m.attrs.get("lang") or art.language or "")
            if surface not in variants[lang]:
                variants[lang].append(surface)
        record = _entity_record(store, key)
        name = str(getattr(record, "name", "") or _best_name(mentions))
        for lang, names in (getattr(record, "variants", None) or {}).items():
            for item in names:
                n = str(item[0] if isinstance(item, list | tuple) else item)  # (name, count) pairs or names
                if n not in variants[lang]:
                    variants[lang].append(n)
        roles: list[Citation] = []
        seen_roles: set[str] = set()
        if etype == "PER":
            for art, m in mentions:
                for s, e in _role_spans(art, m):
                    folded = anyascii(art.text[s:e]).lower()
                    if folded not in seen_roles and len(roles) < 4:
                        seen_roles.add(folded)
                        roles.append(cite(art, s, e))
        quotes = sorted(
            quotes_by.get(key, []),
            key=lambda q: (KIND_ORDER.get(q.kind, 1), q.citation.published or "9999", q.citation.start),
        )
        actors.append(
            Actor(
                entity_id=key,
                name=name,
                type=etype,
                mentions=n_mentions,
                articles=len({a.id for a, _ in mentions}),
                variants={k: v for k, v in sorted(variants.items())},
                roles=roles,
                quotes=quotes,
                party=idx.party.get(key),
            )
        )
    return actors


def _listed(
    art: Article,
    q: Span,
    key: str,
    material: Material,
    cited: set[tuple[str, str, int, int]],
    copies: dict[tuple[str, str, str], Quote],
) -> Quote | None:
    """Quotation `q` as listed under the actor `key`; None when that actor already lists it (the same sentence
    cited for another statement of it, or the same words in another article: that copy is cited there too)."""
    sent = sentence_of(material, art, q)
    # a learned attribution by a verb that is no reporting verb is a stance, shown after what was said
    kind = "stance" if q.attrs.get("stance") else str(q.attrs.get("kind") or "reported")
    # A clause holding a few quoted words ('stated that the US “will continue …”'): only those words are
    # the speaker's own (the quotes stage records them as `quoted`).
    quoted = q.attrs.get("quoted")
    # '“A,” she said. “B.”' is one quotation in pieces: each piece is cited, the attribution is not.
    pieces = quote_parts(q) if kind == "direct" and q.attrs.get("parts") else []
    start, end = quoted if kind == "direct" and isinstance(quoted, list | tuple) else (q.start, q.end)
    if pieces:
        start, end = pieces[0]
    # A direct quote is cited as its own words; reported speech as the sentence that reports it.
    cit = _own_words(art, start, end) if kind == "direct" or sent is None else cite(art, sent.start, sent.end)
    continued = [_own_words(art, s, e) for s, e in pieces[1:]]
    speaker = q.attrs.get("speaker")
    speaker_text = (
        art.text[speaker[0] : speaker[1]] if isinstance(speaker, list | tuple) and len(speaker) == 2 else None
    )
    seen = (key, art.id, cit.start, cit.end)
    if seen in cited:
        return None
    cited.add(seen)
    # The same words in another article (a republished or updated copy) cite that copy too.
    words = same_words(" ".join(c.text for c in (cit, *continued)))
    copy = copies.get((key, kind, words))
    if copy is not None:
        if all(c.article_id != art.id for c in (copy.citation, *copy.also)):
            copy.also.append(cit)
        return None
    via = None
    if q.attrs.get("source_kind") == "institution" and q.attrs.get("speaker_mention"):
        # "according to Zelenskiy's office", "his office said": the actor's office spoke, not the actor.
        many = speaker_text is not None and len(speaker_text.split()) > 1
        via = speaker_text if many else str(q.attrs.get("speaker_label") or "") or None
        if via and via.split()[0].lower() in lexicon(art.language).possessives:
            via = via[0].lower() + via[1:]  # "His office said …" opened its sentence: "via his office"
    medium = q.attrs.get("speaker_via")  # "X, quoted by Reuters": X spoke, the agency carried it
    quoted_by = art.text[medium[0] : medium[1]] if isinstance(medium, list | tuple) and len(medium) == 2 else None
    quote = Quote(kind, cit, speaker_text, continued=continued, via=via, quoted_by=quoted_by)
    copies[(key, kind, words)] = quote
    return quote


def _own_words(article: Article, start: int, end: int) -> Citation:
    """A direct quote's words without the comma that hands over to the reporting clause ('“… peace,” he said')."""
    while end > start and article.text[end - 1] in ",;:":
        end -= 1
    return cite(article, start, end)


def speaker_keys(article: Article, quote: Span, idx: EntityIndex) -> list[str]:
    """The entities that speak a quotation: each of several speakers of a joint statement (`speaker_mentions`,
    "Chuck Schumer and Nancy Pelosi said"), else the one its speaker resolves to; empty when it names none.
    Quotations stored before joint speakers were recorded have `speaker_mention` alone and read as one speaker."""
    joint = quote.attrs.get("speaker_mentions")
    if isinstance(joint, list) and len(joint) > 1:
        keys = [idx.key_over(article, int(s), int(e)) for s, e in joint]
        found = list(dict.fromkeys(k for k in keys if k))
        if found:
            return found
    for attr in ("speaker_mention", "speaker"):
        span = quote.attrs.get(attr)
        if isinstance(span, list | tuple) and len(span) == 2:
            key = idx.key_over(article, int(span[0]), int(span[1]))
            if key:
                return [key]
    eid = quote.attrs.get("entity_id")
    return [str(eid)] if eid else []


def _name(store: Store, key: str, idx: EntityIndex) -> str:
    """An entity's name to show beside another's quote: the linked entity's, else its mentions' fullest."""
    record = _entity_record(store, key)
    name = str(getattr(record, "name", "") or "")
    if name or not idx.mentions.get(key):
        return name or key.split(":", 1)[-1]
    return _best_name(idx.mentions[key])


def _best_name(mentions: list[tuple[Article, Span]]) -> str:
    """The longest base form among the mentions (full names beat surnames)."""
    names = Counter(str(m.attrs.get("lemma") or a.text[m.start : m.end]) for a, m in mentions)
    return max(names, key=lambda n: (len(n.split()), names[n], len(n)))
