"""Attributions read off a dependency parse, for languages whose data module names a spaCy parser.

The rule finder in `extract.py` reads reporting verbs from word lists; beliefs, intentions and stances
("Trump wants to build a wall", "Clinton's support for the deal", "in her view") escape it. Here, as the
SFU Gender Gap Tracker does, a sentence holding a *learned* cue word is parsed, and for each cue token
whose lemma and part of speech were attribution cues often enough in PolNeAR train (the table in
`storyline/quotes/data/<lang>_cues.json`, rebuilt by `python -m storyline.quotes.train`):

* content = its clausal complement (ccomp/xcomp, a noun's "that" clause or its object), or, for a
  postposed cue ("CONTENT, he said" parsed with the cue as parataxis), the clause it hangs on; a verb is
  also a candidate with its object and the complement after it ("calling Christmas a sham") and, passive,
  with its subject ("the move was first reported by the Post"); the scorer keeps a cue's likeliest frame;
* source = its subject (nsubj, a passive's agent, a noun's possessor or "by"/"from" object), inherited
  from the governing verb for a conjoined or infinitive cue; "according to X" takes X.

Only sentences holding a cue form are parsed, so the cost grows with the number of attributions; where the
language names a LEARNED_SELECTOR (`selector.py`), only those of them whose parse is likely to change the
stage's result (a fifth fewer on held-out PolNeAR train). The parse costs what it costs: tok2vec and parser
take ~1.2 ms a sentence (2.0 of ~3.5 CPU-s over 100 PolNeAR articles), numpy's BLAS already at their products.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from storyline.errors import NotFound
from storyline.quotes.attributes import children, install, lemma
from storyline.quotes.lexicon import lexicon
from storyline.quotes.scorer import Scorer, features
from storyline.quotes.selector import Selector, sentence_features

log = logging.getLogger(__name__)
DATA_DIR = Path(__file__).parent / "data"
_WORD = re.compile(r"\w+")
# Fewest content words a parsed candidate needs: one, since PolNeAR counts stances toward a name ("would vote
# for Trump", "praised Sanders"); the scorer weighs the content's length (dev F1@0.3 0.7954 -> 0.7985 with the
# scorer and filter retrained, against 2 words).
MIN_CONTENT_WORDS = 1
# A cue frame whose train attributions name a source less often than this gets none ("X seemed to").
SOURCED = 0.5
# Probability a candidate needs when its "lemma POS frame" key is not in the learned cue table (fewer than 4 PolNeAR
# train cues, or under a quarter of its candidates there cues), its word is no cue of the language's lexicon and its
# content no clause (`_CLAUSE_FRAMES`). The scorer lets rare keys borrow strength from their lemma and frame, and on
# general news such candidates were mostly deeds: "paving the way for …", "passing the … agreement", "growing
# speculation about the impact", "fans cheered the team", "Jim shared his insights" (SemEval-8 English: 184 of 456
# parse-path quotations had a lemma in no table key). Against the scorer's threshold (0.2) alone: dev F1@0.3
# 0.8128 -> 0.8154, F1@0.8 0.7437 -> 0.7457, speakers 0.886 -> 0.888; held-out train (`heldout.py`, SGD scorer
# and filter learned without slices 756:840 and 0:84, pooled) 0.8031 -> 0.8067, 0.7299 -> 0.7333, 0.8827 ->
# 0.8836. Gating every unknown key (lexicon words and clauses too, which lost PolNeAR's "has pooh-poohed the
# consensus that …", "is widely seen as"): dev 0.8150, held-out 0.8058; that at 0.4: dev 0.8102, held-out 0.8023;
# the lemma in any key instead of the key: dev 0.8145.
UNKNOWN_KEY_SCORE = 0.3
# Frames whose content is a clause (a claim, whoever makes it) or the statement a postposed cue follows.
_CLAUSE_FRAMES = frozenset({"ccomp", "object-clause", "noun-clause", "postposed"})
# Frames whose content is what someone said: a clause, the statement a postposed cue follows, what "according to"
# someone holds, a name given ("calling Christmas a sham"), a passive's subject ("the move was reported by the Post").
# In the others the content is a thing, an act or an aim ("demanded money", "warns family of house fire", "agreed to
# pay", "responded to a shooting"): a stance or a deed, even when the cue word is a reporting verb (`content_said`).
_SAID_FRAMES = _CLAUSE_FRAMES | {"according", "object-complement", "passive-subject"}
# Sentences handed to the parser per batch.
BATCH_SIZE = 64
_CLAUSE_DEPS = ("ccomp", "xcomp")
_NOUN_CLAUSE_DEPS = ("acl", "ccomp", "relcl")
_SOURCE_PREPOSITIONS = ("by", "from")
_CONTENT_PREPOSITIONS = ("of", "for", "on", "about", "against", "to", "over", "with")
# Adverbs that make a verb before "on"/"with" one of movement ("moved forward with", "pressed ahead on"): none
# of the 10 in PolNeAR train is a cue ("looking ahead to", "look forward to" are stances).
_MOTION_ADVERBS = ("forward", "ahead", "onward", "forwards")
# Complements after a verb's object that belong to the claim ("calling Christmas a sham", "him instructing …").
# ("told reporters that …" is no such case: the clause alone is the claim, its ccomp frame.)
_OBJECT_COMPLEMENT_DEPS = ("oprd", "xcomp", "acomp")
# Penn tags of plural nouns (the group a source is a share of: "a majority of voters").
_PLURAL_TAGS = ("NNS", "NNPS")
# Penn tags of relative pronouns ("who", "which", "that" opening a relative clause).
_RELATIVE_TAGS = ("WP", "WDT")
# Marks that part a postposed "he said" from its content ("Read Also: UK Says …" is a headline, no claim).
_SET_OFF = frozenset(",;:—–-”\"’'»)")
_PUNCT_EDGE = " \n\t,;:-–—."
# Frames whose content is the cue's object (a prepositional phrase after it may complete the claim).
_OBJECT_FRAMES = frozenset({"object", "object-complement"})
# Children of a cue that carry a statement of their own, not part of the cue's claim.
_OWN_STATEMENT_DEPS = ("conj", "parataxis")
# ... and those that do when punctuation sets them off (", while also suggesting that …").
_SET_OFF_DEPS = ("advcl",)


@dataclass(frozen=True)
class Attribution:
    """One parsed attribution: content, cue and source character spans (source may be missing)."""

    content: tuple[int, int]
    cue: tuple[int, int]
    source: tuple[int, int] | None
    # The phrase a relative-pronoun source stands for ("listeners who said": source "who", antecedent "listeners").
    antecedent: tuple[int, int] | None = None
    # True when claims of this cue frame rarely name a source in train ("X seemed to"): none is looked for.
    unsourced: bool = False
    # The cue's frame: what its content is to it ("ccomp", "postposed", "object", "prep-on", …; see `candidates`).
    frame: str = ""


@dataclass(frozen=True)
class CueTable:
    """Learned cues: "lemma POS frame" -> precision, and the word forms worth a parse (form -> lemma)."""

    cues: dict[str, float]
    sourced: dict[str, float]  # share of the key's gold attributions that name a source
    forms: dict[str, str]
    min_precision: float


@cache
def cue_table(name: str) -> CueTable:
    """The learned cue table `storyline/quotes/data/<name>` (see `storyline.quotes.train`)."""
    path = DATA_DIR / name
    if not path.is_file():
        raise NotFound(f"learned cue table {path} is missing; rebuild it with `python -m storyline.quotes.train`")
    raw = json.loads(path.read_text(encoding="utf-8"))
    cues = {c["key"]: float(c["precision"]) for c in raw["cues"]}
    sourced = {c["key"]: float(c.get("sourced", 1.0)) for c in raw["cues"]}
    return CueTable(cues, sourced, dict(raw["forms"]), float(raw["min_precision"]))


@cache
def _warn_once(message: str) -> None:
    log.warning("quotes: parse path off (rules only): %s", message)


@cache
def parser(models: tuple[str, ...]) -> Any:
    """The first installed spaCy pipeline of `models`, without its entity recogniser, with parts of speech
    from the tagger's tags and lemmas on demand (`attributes.py`: a third cheaper, the same values)."""
    from storyline.spacy_models import load_first

    return install(load_first(models, exclude=["ner"]))  # numpy's products: 1.8x faster, the same parses


def _span(tokens: Iterable[Any]) -> tuple[int, int] | None:
    toks = sorted(tokens, key=lambda t: t.i)
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _subtree_minus(head: Any, cut: Any) -> list[Any]:
    """Tokens of `head`'s subtree outside `cut`'s subtree, up to the punctuation around `cut`."""
    cut_ids = {t.i for t in cut.subtree}
    return [t for t in head.subtree if t.i not in cut_ids]


def _source_tokens(tok: Any) -> list[Any]:
    """The speaker phrase headed by `tok`, cut after its head ("Trump, who ...") and without a possessive 's;
    a common noun's name in apposition is part of it ("…, the region's top health official, Mario Rossi, said")."""
    phrase = [t for t in tok.subtree if t.i <= tok.i and not (t.dep_ == "case" and t.head.i == tok.i)]
    group = next((c for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    members = next((g for g in children(group) if g.dep_ == "pobj"), None) if group is not None else None
    if group is not None and members is not None and members.tag_ in _PLURAL_TAGS:
        # "a majority of Republicans", "about half of the voters said": a share of a group is named with it
        return phrase + [t for t in group.subtree if t.i <= members.i]
    if tok.pos_ != "NOUN":
        return phrase
    name = next((c for c in children(tok) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i), None)
    if name is None or any(t.text in "([" for t in tok.doc[tok.i + 1 : name.i]):
        return phrase  # "The current paper (Part II) concerns …": a bracketed apposition names no one
    return phrase + [t for t in name.subtree if t.i <= name.i]


def _subject(verb: Any) -> Any | None:
    for child in children(verb):
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in ("it", "there"):
            return child
        if child.dep_ == "agent":
            obj = next((g for g in children(child) if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    head = verb.head
    if verb.dep_ == "pcomp" and head.head != head:
        head = head.head  # "In opposing the request, X ...": through the preposition
    if verb.dep_ == "xcomp" and head != verb and head.pos_ == "VERB":
        controller = next((c for c in children(head) if c.dep_ == "dobj" and c.i < verb.i), None)
        if controller is not None:
            return controller  # "forced candidates to address", "urged voters to reconsider": the object acts
    if (
        verb.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp")
        and head != verb
        and head.pos_ in ("VERB", "AUX", "ADJ")
    ):
        # "Trump wants to build", "she said and added", "he was able to tout", "Republicans were willing to":
        # the governing verb's (or predicate adjective's) subject.
        return _subject(head)
    return None


def _set_off(tok: Any) -> bool:
    """True when punctuation parts a postposed cue's clause from the content before it ("…, he said")."""
    first = tok.left_edge.i
    return first > 0 and tok.doc[first - 1].text in _SET_OFF


def _closed(clause: Any) -> bool:
    """True when punctuation other than a colon follows a clause that precedes its cue ("…,” he said)."""
    after = clause.right_edge.i + 1
    return after < len(clause.doc) and clause.doc[after].text in _SET_OFF and clause.doc[after].text != ":"


def _verb_attribution(tok: Any) -> tuple[str, list[Any], Any | None] | None:
    clause = next((c for c in children(tok) if c.dep_ in _CLAUSE_DEPS), None)
    if clause is not None and clause.i < tok.i and not _closed(clause):
        return None  # "Read Also: UK Says …": a clause before its cue is a claim only when set off from it
    if clause is not None:
        content = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i and t.i < clause.i)]
        return clause.dep_, content, _subject(tok)
    if tok.dep_ in ("parataxis", "advcl") and tok.head.i != tok.i and tok.i > tok.head.i and _set_off(tok):
        # "CONTENT, he said." parsed with the cue hanging on the content's root.
        return "postposed", _subtree_minus(tok.head, tok), _subject(tok)
    obj = next((c for c in children(tok) if c.dep_ in ("dobj", "attr")), None)
    if obj is not None and any(c.dep_ in ("acl", "relcl", "ccomp") for c in children(obj)):
        return "object-clause", list(obj.subtree), _subject(tok)
    prep = next((c for c in children(tok) if c.dep_ == "prep" and c.lower_ in _CONTENT_PREPOSITIONS), None)
    if prep is not None and prep.i > 0 and prep.lower_ in ("on", "with") and prep.nbor(-1).lower_ in _MOTION_ADVERBS:
        prep = None  # "Russia pushed forward on several parts of the front": movement, no stance
    if obj is None and prep is not None:
        target = next((g for g in children(prep) if g.dep_ in ("pobj", "pcomp")), None)
        if target is not None:
            return "prep-" + prep.lower_, list(target.subtree), _subject(tok)
    if obj is not None and tok.pos_ == "VERB":
        return "object", list(obj.subtree), _subject(tok)
    return None


def _more_verb_attributions(tok: Any, first: str | None) -> Iterator[tuple[str, list[Any], Any | None]]:
    """Frames of a verb besides its first (`first`): its object when the verb is set off after a clause
    ("…, citing the many Americans who …"), its object with the complement that follows it ("calling Christmas
    a sham", "recorded him instructing a witness to lie"), a passive's subject with its agent ("O'Malley's move
    was first reported by the Post"). The scorer weighs them against the first."""
    if tok.pos_ != "VERB":
        return
    obj = next((c for c in children(tok) if c.dep_ == "dobj"), None)
    if obj is not None:
        extra = [c for c in children(tok) if c.i > obj.i and c.dep_ in _OBJECT_COMPLEMENT_DEPS]
        if extra:
            yield "object-complement", [t for c in [obj, *extra] for t in c.subtree], _subject(tok)
        elif first == "postposed":
            yield "object", list(obj.subtree), _subject(tok)
    passive = next((c for c in children(tok) if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in children(tok) if c.dep_ == "agent"), None)
    source = next((g for g in children(agent) if g.dep_ == "pobj"), None) if agent is not None else None
    if passive is not None and source is not None:
        yield "passive-subject", list(passive.subtree), source


def _noun_attribution(tok: Any) -> tuple[str, list[Any], Any | None] | None:
    source = next((c for c in children(tok) if c.dep_ == "poss"), None)
    content: list[Any] | None = None
    frame = ""
    for child in children(tok):
        if child.dep_ in _NOUN_CLAUSE_DEPS and any(g.dep_ == "mark" or g.lower_ == "that" for g in children(child)):
            content = [t for t in child.subtree if not (t.dep_ in ("mark",) and t.head.i == child.i)]
            frame = "noun-clause"
            break
        if child.dep_ == "prep":
            obj = next((g for g in children(child) if g.dep_ in ("pobj", "pcomp")), None)
            if obj is None:
                continue
            if child.lower_ in _SOURCE_PREPOSITIONS and source is None:
                source = obj
            elif child.lower_ in _CONTENT_PREPOSITIONS and content is None:
                content = list(obj.subtree)
                frame = "noun-" + child.lower_
    if content is None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("AUX", "VERB"):
        # "Her view is that ...": the predicate's clause is the claim.
        clause = next((c for c in children(tok.head) if c.dep_ in ("ccomp", "attr", "acomp") and c.i > tok.i), None)
        if clause is not None:
            content = list(clause.subtree)
            frame = "noun-predicate"
    if content is None:
        return None
    if source is None:
        # "She peppered him with attacks on …", "Democrats persisted in arguments that …": a noun cue without
        # a possessor speaks for the subject of the verb it is the object of.
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ in ("dobj", "pobj") and verb != tok and verb.pos_ in ("VERB", "AUX"):
            source = _subject(verb)
    return frame, content, source


def _according(tok: Any) -> tuple[str, list[Any], Any | None] | None:
    """ "according to X, CONTENT" / "CONTENT, according to X"."""
    to = next((c for c in children(tok) if c.lower_ == "to"), None)
    obj = next((g for g in children(to) if g.dep_ == "pobj"), None) if to is not None else None
    if obj is None or tok.head.i == tok.i:
        return None
    return "according", _subtree_minus(tok.head, tok), obj


def _frames(tok: Any) -> list[tuple[str, list[Any], Any | None]]:
    """Every frame in which token `tok` could be a cue: (frame, content tokens, source head)."""
    if tok.lower_ == "according":
        result = _according(tok)
    elif tok.pos_ in ("VERB", "AUX", "ADJ"):
        result = _verb_attribution(tok)
        more = list(_more_verb_attributions(tok, result[0] if result is not None else None))
        return ([result] if result is not None else []) + more
    elif tok.pos_ in ("NOUN", "PROPN"):
        result = _noun_attribution(tok)
    else:
        return []
    return [result] if result is not None else []


def candidates(doc: Any) -> Iterator[tuple[Any, str, list[Any], Any | None]]:
    """Every token of a parsed text that could be a cue, in each of its frames: (token, frame, content tokens,
    source head)."""
    for tok in doc:
        for frame, found, source_tok in _frames(tok):
            content_toks = _without_end_marks([t for t in found if not t.is_space])
            while content_toks and content_toks[0].is_punct and content_toks[0].text not in '“"‘(':
                content_toks.pop(0)
            if sum(1 for t in content_toks if t.is_alpha or t.like_num) < MIN_CONTENT_WORDS:
                continue
            yield tok, frame, content_toks, source_tok


def _imperative(tok: Any) -> bool:
    """True for a verb opening its sentence in the base form with no subject: a reader told what to do ("Note
    that our analysis may not …", "See the video"), no one's claim. So is a root in capitals with no subject,
    wherever it stands: a page's label or call to the reader ("RELATED: …", "Or just CLICK THIS LINK to start
    shopping"), which the tagger reads as a past participle or a 3rd-person verb."""
    if tok.dep_ != "ROOT":
        return False  # checked first: the search for the first word cost a sixth of the frames' time
    if len(tok.text) > 1 and tok.text.isupper():
        return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children(tok))
    if tok.tag_ != "VB":
        return False
    first = next((t for t in tok.doc if not (t.is_punct or t.is_space)), None)
    return (
        first is not None
        and first.i == tok.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children(tok))
    )


def _known_cue(tok: Any, frame: str, table: CueTable) -> bool:
    """True when the candidate's cue is known as one: its key is in the learned table, its word is a cue of the
    language's lexicon ("Rubio is widely seen as …") or its content is a clause ("has pooh-poohed the consensus
    that …")."""
    return cue_key(tok, frame) in table.cues or frame in _CLAUSE_FRAMES or lexicon(tok.doc.lang_).is_cue(tok.lower_)


def content_said(frame: str) -> bool:
    """True when a cue frame's content is what someone said (`_SAID_FRAMES`), not a thing, act or aim."""
    return frame in _SAID_FRAMES


def cue_key(tok: Any, frame: str) -> str:
    """The learned table's key of a cue token in a frame: "lemma POS frame"."""
    return f"{lemma(tok).lower()} {tok.pos_} {frame}"


def attributions(doc: Any, table: CueTable, offset: int = 0, scorer: Scorer | None = None) -> list[Attribution]:
    """Attributions of one parsed sentence (`doc`), with character offsets shifted by `offset`.

    With a learned `scorer` a candidate is kept when its probability reaches the scorer's threshold;
    without, when its key is in the cue table.
    """
    found: list[Attribution] = []
    best: dict[int, tuple[float, Any, str, list[Any], Any | None]] = {}
    for tok, frame, content_toks, source_tok in candidates(doc):
        if _imperative(tok):
            continue
        if scorer is not None:
            score = scorer.probability(features(tok, frame, content_toks, source_tok))
            if score < scorer.threshold:
                continue
            if score < UNKNOWN_KEY_SCORE and not _known_cue(tok, frame, table):
                continue  # "paving the way for …", "fans cheered the team": a deed, no words
        else:
            score = table.cues.get(cue_key(tok, frame), 0.0)
            if score < table.min_precision:
                continue
        if tok.i not in best or score > best[tok.i][0]:
            best[tok.i] = (score, tok, frame, content_toks, source_tok)  # a cue speaks in one frame: its likeliest
    for _score, tok, frame, scored_toks, source_tok in (best[i] for i in sorted(best)):
        key = cue_key(tok, frame)
        content_toks = _with_object_complement(tok, frame, scored_toks)
        unsourced = table.sourced.get(key, 1.0) < SOURCED
        if source_tok is not None and source_tok.dep_ == "nsubjpass":
            # "Rubio is seen as …", "Clinton was asked about …": who is seen or asked, no speaker; the agent of
            # "was asked by X whether …" is the speaker.
            agent = next((c for c in children(source_tok.head) if c.dep_ == "agent"), None)
            by = next((g for g in children(agent) if g.dep_ == "pobj"), None) if agent is not None else None
            if by is None or any(t.i == by.i for t in content_toks):
                unsourced = True
            else:
                source_tok, unsourced = by, False
        if unsourced:
            source_tok = None  # "the race seemed to be his to lose": PolNeAR gives such claims no source
        content = _span(content_toks)
        source = _span(_source_tokens(source_tok)) if source_tok is not None else None
        if content is None:
            continue
        cue = (tok.idx, tok.idx + len(tok))
        if source is not None and content[0] <= source[0] < content[1] and source[1] <= content[1]:
            source = None  # the subject lies inside the claim: a parse error, not the speaker
        antecedent = None
        if source_tok is not None and source is not None and source_tok.tag_ in _RELATIVE_TAGS:
            clause = source_tok.head
            while clause.dep_ != "relcl" and clause.head != clause and clause.dep_ in ("conj", "xcomp"):
                clause = clause.head
            if clause.dep_ == "relcl":
                antecedent = _span(_source_tokens(clause.head))
        found.append(
            Attribution(
                (content[0] + offset, content[1] + offset),
                (cue[0] + offset, cue[1] + offset),
                (source[0] + offset, source[1] + offset) if source else None,
                (antecedent[0] + offset, antecedent[1] + offset) if antecedent else None,
                unsourced,
                frame,
            )
        )
    return found


def _with_object_complement(tok: Any, frame: str, content: list[Any]) -> list[Any]:
    """An object frame's content with the phrase after the object that completes the claim: "congratulated Bernie
    Sanders for competing hard", "dismissed him as a Hollywood actor" (the language's
    OBJECT_COMPLEMENT_PREPOSITIONS; the scorer judged the frame on the object alone, as it learned it)."""
    if frame not in _OBJECT_FRAMES or not content:
        return content
    words = lexicon(tok.doc.lang_).object_complement_prepositions
    last = content[-1].i
    prep = next((c for c in children(tok) if c.dep_ == "prep" and c.i > last and c.lower_ in words), None)
    if prep is None or not any(g.dep_ in ("pobj", "pcomp") for g in children(prep)):
        return content
    return content + _without_end_marks([t for t in tok.doc[last + 1 : prep.right_edge.i + 1] if not t.is_space])


def _without_end_marks(tokens: list[Any]) -> list[Any]:
    """`tokens` without the punctuation they end with, closing quotation marks and brackets kept."""
    while tokens and tokens[-1].is_punct and tokens[-1].text not in '”"’)':
        tokens.pop()
    return tokens


def cue_words(text: str, start: int, end: int, forms: frozenset[str] | dict[str, str]) -> list[tuple[int, str]]:
    """(offset, lower-case form) of the words of `text[start:end]` that are cue forms of `forms`."""
    return [(m.start(), w) for m in _WORD.finditer(text, start, end) if (w := m.group().lower()) in forms]


def parse_sentences(
    text: str,
    sentences: Sequence[tuple[int, int]],
    models: tuple[str, ...],
    forms: frozenset[str] | dict[str, str],
    rules: Sequence[tuple[int, int, int | None]] = (),
    selector: Selector | None = None,
    always: frozenset[int] = frozenset(),
) -> list[tuple[int, Any]]:
    """(start offset, parsed doc) of the `sentences` that hold a cue form of `forms` (or "according") and, with
    a learned `selector`, that it judges worth a parse (`rules`: the rule quotations, see `selector.rule_spans`)
    or that start at an offset of `always`.

    One `nlp.pipe` batch; without an installed spaCy model nothing is parsed (one warning).
    """
    chosen = []
    for s, e in sentences:
        found = cue_words(text, s, e, forms)
        if not found and "according" not in text[s:e]:
            continue
        if selector is not None and s not in always and not selector.keep(sentence_features(text, s, e, found, rules)):
            continue
        chosen.append((s, e))
    if not chosen:
        return []
    try:
        nlp = parser(models)
    except NotFound as exc:
        _warn_once(str(exc))
        return []
    from storyline.spacy_models import one_blas_thread

    with one_blas_thread(nlp):  # the limit set once for the batch, not around each of its products
        docs = list(nlp.pipe((text[s:e] for s, e in chosen), batch_size=BATCH_SIZE))
    return [(s, doc) for (s, _e), doc in zip(chosen, docs, strict=True)]


def parse_attributions(
    text: str,
    sentences: Sequence[tuple[int, int]],
    models: tuple[str, ...],
    table: CueTable,
    scorer: Scorer | None = None,
) -> list[Attribution]:
    """Attributions in the `sentences` of `text` that hold a learned cue form (the others are not parsed).

    Without an installed spaCy model the parse path is skipped (one warning): the rules still run.
    """
    forms = scorer.forms if scorer is not None else table.forms
    found: list[Attribution] = []
    for s, doc in parse_sentences(text, sentences, models, forms):
        found.extend(attributions(doc, table, s, scorer))
    return found


def claim_tokens(doc: Any, cue_start: int, cues: frozenset[int] = frozenset()) -> tuple[list[Any], bool] | None:
    """The tokens after the cue at character `cue_start` of `doc` that belong to its claim, and whether any
    were cut.

    A cue's conjoined verbs and clauses set off after it ("…, while also suggesting that …", "… and ranked
    Fiorina …") state something else when they hold another attribution's cue (character offsets `cues`) or,
    set off as a clause or parataxis, have a subject of their own; the claim ends before them.
    None when the parse has no token at `cue_start`.
    """
    tok = next((t for t in doc if t.idx == cue_start), None)
    if tok is None:
        return None
    cut: set[int] = set()
    for child in children(tok):
        if child.i <= tok.i:
            continue
        if child.dep_ in _OWN_STATEMENT_DEPS or (child.dep_ in _SET_OFF_DEPS and _set_off(child)):
            sub = list(child.subtree)
            # A verb conjoined to the cue with a subject but no cue of its own is mostly the claim's next clause as
            # the parse misplaces it ("believes there are no good options, but that sometimes the lesser of two
            # evils …"): on PolNeAR train 0:84, 756:840, 300:400 the gold claim runs on over it 17 times, a gold
            # claim of its own starts there 4 times, the gold stops before it 5 times.
            subject = child.dep_ != "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(child))
            own = subject or any(t.idx in cues for t in sub)
            if own:
                cut.update(t.i for t in sub)
    first_cut = min(cut, default=len(doc))
    kept = [t for t in tok.subtree if t.i > tok.i and t.i < first_cut and not t.is_space]
    return kept, bool(cut)


def continued_end(doc: Any, content_start: int, content_end: int) -> int | None:
    """Where a claim of `doc` ended by the rules before a coordinator (characters `content_start`-`content_end`)
    goes on: the verb phrase conjoined after it is the claim's own when the parse joins it to a verb inside the
    claim, it has no subject of its own and the same verb form as that verb ("she was tired of the status quo and
    wanted a candidate who …", "is acting unlawfully and showing disregard for …"); "… has released 30 years of tax
    returns and called on Sanders to …" (another form) is the speaker's next statement. None when it is not."""
    after = next((t for t in doc if t.idx >= content_end and not t.is_space), None)
    if after is None or after.dep_ != "cc" or after.lower_ not in lexicon(doc.lang_).claim_coordinators:
        return None
    head = after.head
    if not content_start <= head.idx < content_end:
        return None
    verb = next((c for c in children(head) if c.dep_ == "conj" and c.i > after.i), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.tag_ != head.tag_:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children(verb)):
        return None
    kept = _without_end_marks([t for t in verb.subtree if t.i > after.i and not t.is_space])
    return kept[-1].idx + len(kept[-1]) if kept else None


def clause_end(doc: Any, cue_start: int, content_start: int, cues: frozenset[int] = frozenset()) -> int | None:
    """Where the claim of the cue at character `cue_start` of `doc` ends, when a statement of its own
    follows it (see `claim_tokens`); None when nothing is cut or the claim ends before `content_start`."""
    claim = claim_tokens(doc, cue_start, cues)
    if claim is None or not claim[1]:
        return None
    kept = claim[0]
    while kept and ((kept[-1].is_punct and kept[-1].text not in '”"’)') or kept[-1].dep_ == "cc"):
        kept.pop()  # ", but" before the cut statement belongs to neither
    if not kept or kept[-1].idx + len(kept[-1]) <= content_start:
        return None
    return kept[-1].idx + len(kept[-1])
