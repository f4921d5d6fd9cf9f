"""Parts of speech from the tagger's tags, lemmas on demand: a cheaper stand-in for spaCy's attribute ruler
and lemmatizer.

In `en_core_web_sm` the attribute ruler (a Matcher over 179 patterns, mostly "TAG x -> POS y") and the
rule lemmatizer (pure Python, every token) cost as much as the tagger and parser together (PolNeAR, 60
articles: 1.47 s and 1.13 s of 5.6 s). The quote finder reads lemmas of a few tokens only (cues, their
heads, source nouns). So the model is loaded with both components disabled and `storyline_attributes`
runs instead: the ruler's own patterns, read from the loaded model (nothing hand-copied), compiled into
a table keyed by (lower-case form, tag, dependency) and cached per key; `lemma(token)` asks the model's
lemmatizer for one token when it is needed and keeps the answer on the token.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import chain, compress
from operator import attrgetter, not_
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, POS, TAG
from spacy.parts_of_speech import IDS

# Cached (form, tag, dependency) keys before the table starts afresh (bounds memory on endless input).
CACHE_SIZE = 200_000
COMPONENT = "storyline_attributes"
_USER_KEY = "storyline_lemmatizer"
_ATTRS = ("POS", "MORPH", "LEMMA", "TAG", "DEP")

Condition = Callable[[Any], bool]


def _value_test(spec: Any) -> Callable[[str], bool]:
    """A test of one attribute value against a Matcher value spec (a string, IN, NOT_IN or REGEX)."""
    if isinstance(spec, str):
        return lambda v: v == spec
    if isinstance(spec, bool):
        return lambda v: bool(v) == spec
    if "IN" in spec:
        allowed = frozenset(spec["IN"])
        return lambda v: v in allowed
    if "NOT_IN" in spec:
        banned = frozenset(spec["NOT_IN"])
        return lambda v: v not in banned
    if "REGEX" in spec:
        pattern = re.compile(spec["REGEX"])
        return lambda v: pattern.search(v) is not None
    raise ValueError(f"attribute-ruler value {spec!r} is not supported")


_GETTERS: dict[str, Callable[[Any], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}


def _token_test(spec: dict[str, Any]) -> Condition:
    """A test of one token against one token pattern of the attribute ruler."""
    tests = []
    for attr, value in spec.items():
        if attr not in _GETTERS:
            raise ValueError(f"attribute-ruler pattern key {attr!r} is not supported")
        tests.append((_GETTERS[attr], _value_test(value)))
    return lambda tok: all(test(get(tok)) for get, test in tests)


@dataclass(frozen=True)
class _Entry:
    """What the one-token patterns give a token key: final POS id, lemma hash, morphology, fixes, pattern hits."""

    pos: int
    lemma: int
    morph: str | None
    tag: str | None
    dep: str | None
    singles: tuple[tuple[int, dict[str, Any]], ...]  # (pattern order, attrs) of the matching patterns
    steps: frozenset[tuple[int, int]]  # (multi-token pattern, position) this token satisfies
    starts: tuple[int, ...]  # multi-token patterns whose first token this token satisfies
    fixes: bool  # the ruler changes this token's tag or label


def _literal_values(spec: Any) -> list[str] | None:
    """The values a pattern's attribute spec allows when it lists them (a string or IN), else None."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and "IN" in spec and len(spec) == 1:
        return list(spec["IN"])
    return None


_POS_LEMMA = attrgetter("pos", "lemma")
_STARTS = attrgetter("starts")
_FIXES = attrgetter("fixes")


class FastAttributes:
    """Sets POS (and the ruler's few lemmas) from the attribute ruler's patterns, cached per token key."""

    def __init__(self, ruler: Any, lemmatizer: Any):
        self.lemmatizer = lemmatizer
        self.strings = ruler.vocab.strings
        # (pattern order, token test, attrs) for one-token patterns; (order, tests, index, attrs) for longer.
        self.single: list[tuple[int, Condition, dict[str, Any]]] = []
        self.multi: list[tuple[int, list[Condition], int, dict[str, Any]]] = []
        # One-token patterns (positions in `single`) by the form or tag they ask for; the rest fit any token.
        self.by_lower: dict[str, list[int]] = {}
        self.by_tag: dict[str, list[int]] = {}
        self.always: list[int] = []
        for order, rule in enumerate(ruler.patterns):
            attrs = {k: v for k, v in rule["attrs"].items() if k in _ATTRS}
            for pattern in rule["patterns"]:
                if len(pattern) > 1:
                    self.multi.append((order, [_token_test(p) for p in pattern], int(rule.get("index", 0)), attrs))
                    continue
                n = len(self.single)
                self.single.append((order, _token_test(pattern[0]), attrs))
                for attr, index in (("LOWER", self.by_lower), ("TAG", self.by_tag)):
                    values = _literal_values(pattern[0].get(attr))
                    if values is not None:
                        for v in values:
                            index.setdefault(v, []).append(n)
                        break
                else:
                    self.always.append(n)
        self.cache: dict[tuple[int, ...], _Entry] = {}
        # Forms some pattern names (literally or by a regular expression); every other form is tested alike.
        self.forms: set[str] = set()
        self.form_patterns: list[re.Pattern[str]] = []
        for rule in ruler.patterns:
            for pattern in rule["patterns"]:
                for spec in pattern:
                    value = spec.get("LOWER")
                    if isinstance(value, dict) and "REGEX" in value:
                        self.form_patterns.append(re.compile(value["REGEX"]))
                    elif value is not None:
                        self.forms.update(_literal_values(value) or value.get("NOT_IN", ()))
        self.named: dict[int, int] = {}  # lower-case form id -> itself when named by a pattern, else 0
        self.lemmas: dict[tuple[int, int, str | None], str] = {}  # (form id, POS id, morphology) -> lemma

    def _merge(self, matches: Iterable[tuple[int, dict[str, Any]]]) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for _order, attrs in sorted(matches, key=lambda m: m[0]):
            merged.update(attrs)
        return merged

    def _named(self, lower: int) -> int:
        """The form id when a pattern names it, else 0: forms no pattern names share one cache entry."""
        found = self.named.get(lower)
        if found is None:
            form = self.strings[lower]
            found = lower if form in self.forms or any(p.search(form) for p in self.form_patterns) else 0
            self.named[lower] = found
        return found

    def entry(self, tok: Any, key: tuple[int, ...] | None = None) -> _Entry:
        """The cached entry of a token's (named form, tag, dependency, is-space) key."""
        key = key or (self._named(tok.lower), tok.tag, tok.dep, int(tok.is_space))
        found = self.cache.get(key)
        if found is not None:
            return found
        if len(self.cache) >= CACHE_SIZE:
            self.cache.clear()
        if len(self.named) >= CACHE_SIZE:
            self.named.clear()
        tried = sorted({*self.by_lower.get(tok.lower_, ()), *self.by_tag.get(tok.tag_, ()), *self.always})
        singles = tuple(self.single[n][::2] for n in tried if self.single[n][1](tok))
        steps = frozenset(
            (p, k) for p, (_o, tests, _i, _a) in enumerate(self.multi) for k, t in enumerate(tests) if t(tok)
        )
        merged = self._merge(singles)
        found = _Entry(
            IDS.get(merged.get("POS", ""), 0),
            self.strings.add(merged["LEMMA"]) if "LEMMA" in merged else 0,
            merged.get("MORPH"),
            merged.get("TAG"),
            merged.get("DEP"),
            singles,
            steps,
            tuple(p for p in range(len(self.multi)) if (p, 0) in steps),
            merged.get("TAG") is not None or merged.get("DEP") is not None,
        )
        self.cache[key] = found
        return found

    def __call__(self, doc: Any) -> Any:
        """Set each token's part of speech as the attribute ruler would (later patterns win, as there)."""
        # Column by column with C-level helpers (zip, map, compress): a loop per token was 2% of the quotes
        # stage's accurate mode on PolNeAR.
        lowers, tags, deps, spaces = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).T.tolist()
        named = self.named
        for lower in set(lowers).difference(named):
            self._named(lower)
        keys = list(zip(map(named.__getitem__, lowers), tags, deps, spaces, strict=True))
        entries: list[_Entry] = list(map(self.cache.get, keys))  # type: ignore[arg-type]
        for i in compress(range(len(keys)), map(not_, entries)):
            entries[i] = self.cache.get(keys[i]) or self.entry(doc[i], keys[i])
        values = numpy.fromiter(chain.from_iterable(map(_POS_LEMMA, entries)), "uint64", 2 * len(entries))
        values = values.reshape((len(entries), 2))
        if self.multi:
            extra: dict[int, list[tuple[int, dict[str, Any]]]] = {}
            # Only tokens that open a multi-token pattern are tried (a few in a sentence; all 8 patterns for
            # every token had cost as much as the rest of this component).
            for i in compress(range(len(entries)), map(_STARTS, entries)):
                e = entries[i]
                for p in e.starts:
                    order, tests, index, attrs = self.multi[p]
                    if i + len(tests) <= len(entries) and all(
                        (p, k) in entries[i + k].steps for k in range(1, len(tests))
                    ):
                        extra.setdefault(i + index, []).append((order, attrs))
            for i, more in extra.items():
                merged = self._merge(list(entries[i].singles) + more)
                values[i, 0] = IDS.get(merged.get("POS", ""), 0)
                values[i, 1] = self.strings.add(merged["LEMMA"]) if "LEMMA" in merged else 0
        doc.from_array([POS, LEMMA], values)
        for i in compress(range(len(entries)), map(_FIXES, entries)):  # tag and label fixes (whitespace) are rare
            e = entries[i]
            if e.tag is not None:
                doc[i].tag_ = e.tag
            if e.dep is not None:
                doc[i].dep_ = e.dep
        doc.user_data[_USER_KEY] = self
        return doc


# The last parsed doc whose tokens' children were listed, with those lists (one doc at a time: no reference
# cycle through the doc's own data, and the doc being read is the one asked about again and again).
_CHILDREN: tuple[Any, list[list[Any]]] | None = None


def children(tok: Any) -> list[Any]:
    """`tok.children` as a list, listed once per doc: spaCy builds a new Token object for each child at each
    call, and the parse path asks the same tokens for their children many times (a tenth of its frames' cost)."""
    global _CHILDREN
    doc = tok.doc
    cached = _CHILDREN
    if cached is None or cached[0] is not doc:
        kids: list[list[Any]] = [[] for _ in range(len(doc))]
        for t in doc:
            head = t.head.i
            if head != t.i:
                kids[head].append(t)
        cached = _CHILDREN = (doc, kids)
    return cached[1][tok.i]


def lemma(tok: Any) -> str:
    """The token's lemma: the one set by the pipeline, else the model's lemmatizer asked for this token alone."""
    if tok.lemma:
        return str(tok.lemma_)
    attributes = tok.doc.user_data.get(_USER_KEY)
    if attributes is None:
        return str(tok.lemma_)
    # The rule lemmatizer reads the form, the part of speech and the morphology (base forms; only the one-token
    # patterns set it): its answer for those three is kept, since setting the morphology to ask it again cost
    # as much as the answer.
    morph = attributes.entry(tok).morph
    key = (tok.orth, tok.pos, morph)
    found = attributes.lemmas.get(key)
    if found is None:
        tok.set_morph(morph)
        found = attributes.lemmatizer.rule_lemmatize(tok)[0]
        if len(attributes.lemmas) >= CACHE_SIZE:
            attributes.lemmas.clear()
        attributes.lemmas[key] = found
    tok.lemma_ = found
    return str(tok.lemma_)


def install(nlp: Any) -> Any:
    """Disable `nlp`'s attribute ruler and lemmatizer and run `storyline_attributes` in their place.

    A pipeline without both is returned unchanged.
    """
    names = nlp.component_names
    if "attribute_ruler" not in names or "lemmatizer" not in names:
        return nlp
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):

        @Language.factory(COMPONENT)
        def _make(nlp: Any, name: str) -> FastAttributes:
            return FastAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))

    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", None)
    for pos in list(index.keys()) if index is not None else ():
        # The lemmatizer asks `form in index` of word lists (57k nouns): sets answer at once, the same answer.
        index[pos] = frozenset(index[pos])
    nlp.add_pipe(COMPONENT, last=True)
    return nlp
