"""Direct speech: quotations in marks or dialogue dashes, attributed from the cue before or after them."""

from __future__ import annotations

import re
from itertools import accumulate, pairwise
from typing import Any

from storyline.langs import language_data
from storyline.quotes.base import (
    _WORD,
    APPOSITION_WORDS,
    CLOSING,
    CONTINUATION_GAP,
    DASHES,
    MIN_REPORTED_WORDS,
    MIN_UNATTRIBUTED_WORDS,
    POSTPOSED_TAIL,
    Quote,
    _words,
)
from storyline.quotes.boundaries import BoundaryMixin
from storyline.quotes.lexicon import Lexicon
from storyline.quotes.marks import Marked, find_dialogue, find_marked
from storyline.quotes.phrases import INSERTED_WORDS, PhraseMixin, _coordinators, _parsed, quoted_by
from storyline.quotes.speakers import POSSESSIVE_S, Speaker, Token, _case_form, same_surname, tokenize

# Longest apposition, in tokens, between a postposed speaker and its cue past the usual reach.
LONG_APPOSITION = 16
# Most words of a speaker phrase read without a noun-phrase shape next to a quotation ("this Trump look-alike").
BARE_SPEAKER_WORDS = 4
# Most words of a medium's title in marks after its cue ("„Dziennik Gazeta Prawna”").
MEDIUM_TITLE_WORDS = 4
# Dashes that sign a quotation set on its own line with the name of its speaker, and the most words of that
# name and of the place or description after it.
SIGNATURE_DASHES = DASHES + "―"
SIGNATURE_NAME_WORDS = 4
SIGNATURE_TAIL_WORDS = 6
# Fewest words after a name in marks, before the comma of a postposed cue, that make it a clause of its own.
NAME_CLAUSE_WORDS = 3
# Most words of the speaker between a cue and the medium it spoke to ("…“, sagte er der „Rheinischen Post“").
ADDRESSEE_SPEAKER_WORDS = 3
# Most words besides the attribution between a quotation and a cueless one in the same paragraph that goes on with
# it (“…,” Trump said. Instead, “…”; “…” and “…”). PolNeAR train, such pairs as one quotation: up to 3 words,
# 20 pairs, 15 one statement in the gold and 5 two (3 of them no statement at all), no true positive lost and
# 20 false positives fewer; up to 6 words, 28 pairs, 4 true positives lost.
CONTINUATION_WORDS = 3
# Between a quotation and the title in marks of where it was taken from: its closing mark, an opening bracket and at
# most one word ('» (da "', '" (from "', "» (dall'articolo: \"").
CITED_SOURCE = re.compile(r"[^\w\s(]{1,2}\s*\(\s*(?:[\w'’]{1,16}\s*:?\s*)?")
# Fewest words of a quotation before the comma of an attribution set inside its marks ("« A, dit-il. B »").
INTERRUPTED_WORDS = 2
# Most tokens inside the parentheses of an aside between a quotation and its postposed cue ("(D-Wis.)", "(R-Fla.)").
PARENTHESIS_ASIDE_TOKENS = 6


def _initial(tok: Token) -> bool:
    """True for a one-letter capital before a dot ("W." in "George W. Bush")."""
    return len(tok.text) == 1 and tok.text.isupper()


def _determiner_before(lex: Lexicon, tok: Token) -> bool:
    """True when `tok` makes the word after it a noun: an article or a possessive ("the release", "his call")."""
    return tok.low in lex.articles or tok.low in lex.possessives or bool(POSSESSIVE_S.search(tok.text))


def _listed_words(lang: str, name: str) -> frozenset[str]:
    """A word list of langs/<iso>/quotes.py (COLON_ADVERBS)."""
    return frozenset(getattr(language_data(lang, "quotes"), name, ()))


# Fewest words of each quotation in a list before one cue ("« Le président doit partir », « … », scandaient …"):
# names in marks (districts, brands: '"Факултета" и "Филиповци"', '«Пфайзер» и «Байонтек»') are shorter (bg and ru
# sweeps, session 27).
LISTED_QUOTE_WORDS = 3


class DirectMixin(PhraseMixin, BoundaryMixin):
    """Direct speech: quotations in marks or dialogue dashes, attributed from the cue before or after them."""

    def direct(self) -> list[Quote]:
        """Quotations in marks or dialogue dashes, attributed from the surrounding sentence."""
        marked = find_marked(self.text, self.lex, self.paragraphs) + find_dialogue(self.text, self.lex, self.paragraphs)
        marked = sorted(
            (
                piece
                for q in marked
                if not self._source_title(q) and not self._named_by_kind(q)
                for piece in self._interrupted_pieces(q)
            ),
            key=lambda q: q.start,
        )
        self.quoted = marked
        # a quotation of a few words or more (not a title or a medium's name in marks) holds no salient subject
        self.people.quoted = [(q.start, q.end) for q in marked if len(self.text[q.start : q.end].split()) >= 4]
        self.quoted_starts = [q.start for q in marked]
        self.quoted_ends = list(accumulate((q.end for q in marked), max))
        quotes: list[Quote] = []
        previous: Quote | None = None
        # An interview: the person whose dash turns a cue attributed answers the questions after them too.
        interviewee: Speaker | None = None
        asked = False
        for q in marked:
            quote = self._attribute(q) or self._inner_attribution(q) or self._comma_attribution(q) or self._signed(q)
            n_words = len(_WORD.findall(self.text, q.start, q.end))
            if quote is None and self._question_turn(q):
                # "— Чому ж локдаун було запроваджено?": the interviewer's question is nobody's statement, and
                # the answer after it is a new turn, not the previous answer going on.
                previous, asked = None, True
                continue
            if quote is None and previous is not None and (added := self._added_cue(previous, q)) is not None:
                # “A,” he said, adding, “B.”: the speaker's next statement, not a piece of the first (PolNeAR: two
                # attributions, the second with the added cue)
                quote = Quote(q.start, q.end, "direct", added, previous.speaker)
            if quote is None:
                if (
                    previous is not None
                    and (q.outer_start - previous.end <= CONTINUATION_GAP or self._next_sentence(previous, q))
                    and not self._new_turn(previous, q)
                    and not self._narration_between(previous, q)
                    and not self._led_in(previous, q)
                    and self._subject_between(previous, q) is None
                    # '"…", - заявив директор "Рейтингу"': marks right after a word name something; a statement
                    # goes on after punctuation (“A,” he said. “B.”)
                    and not self.text[: q.outer_start].rstrip()[-1:].isalnum()
                ):
                    # “A,” he said. “B.” — one statement in two pieces (PolNeAR: one attribution whose content
                    # has two fragments; as two quotations dev F1@0.8 fell 0.732 -> 0.649). The span covers both;
                    # `parts` names the pieces, so the attribution between them is no part of what is shown.
                    parts = previous.extra.setdefault("parts", [[previous.start, previous.end]])
                    parts.append([q.start, q.end])
                    previous.end = max(previous.end, q.end)
                    continue
                if n_words < MIN_UNATTRIBUTED_WORDS or not self.sentences or self._cited_source(previous, q):
                    continue
                inherited = previous.speaker if previous and q.outer_start - previous.end < 600 else None
                if inherited is not None and previous is not None:
                    between = self._subject_between(previous, q)
                    inherited = self._own_subject(q, previous) or (self.speaker(*between) if between else inherited)
                else:
                    # 'Un grupo de organizaciones … han emitido un comunicado condenando "…"': no speaker before it,
                    # the sentence's subject where it names someone
                    inherited = self._own_subject(q, previous, named=True)
                if asked and interviewee is not None:
                    quote = Quote(q.start, q.end, "direct", None, interviewee, {"attributed": "interview"})
                else:
                    quote = Quote(q.start, q.end, "direct", None, inherited, {"attributed": "context"})
            if q.dialogue and quote.cue is not None and quote.speaker is not None and quote.speaker.span is not None:
                # named beside a cue ("— …, — говорить Павло Сільковський"), not a guess from the verb's gender
                interviewee = quote.speaker if quote.speaker.kind == "person" else None
            quotes.append(quote)
            previous, asked = quote, False
        return quotes

    def _interrupted_pieces(self, q: Marked) -> list[Marked]:
        """`q`, or its first paragraph and the rest, when it runs on over a paragraph break from the middle of a
        paragraph and its last piece has a cue of its own: “A,” Sexton said. “B …¶“C,” Sexton said. — B goes on
        with A's statement, C starts another (PolNeAR train: of 10 such quotations, 8 are two statements whose
        first piece continues the quotation before it; the 2 others one statement, which both readings match
        once)."""
        if q.dialogue:
            return [q]
        paragraph = next(((a, b) for a, b in self.paragraphs if a <= q.outer_start < b), None)
        if paragraph is None or paragraph[1] >= q.end or not _WORD.search(self.text, paragraph[0], q.outer_start):
            return [q]
        reopen = paragraph[1] + len(self.text[paragraph[1] : q.end]) - len(self.text[paragraph[1] : q.end].lstrip())
        mark = next((m for m in self.lex.openers if self.text.startswith(m, reopen)), None)
        if mark is None or not self._cue_follows(q):
            return [q]
        first_end = len(self.text[: paragraph[1]].rstrip())
        if first_end <= q.start or reopen + len(mark) >= q.end:
            return [q]
        first = Marked(q.start, first_end, q.outer_start, first_end)
        return [first, Marked(reopen + len(mark), q.end, reopen, q.outer_end)]

    def _owned_object(self, before: list[Token], rng: tuple[int, int]) -> bool:
        """True when phrase `rng`, right before a colon, opens with a possessive after a verb or other word of its
        clause ("ha voluto dire la sua: «…»", "ripetendo la sua frase: «…»"): the object of what its owner says, not
        a speaker (session-29 audit: "la sua", "la sua frase" were the speakers)."""
        k = rng[0] + (before[rng[0]].low in self.lex.articles)
        return rng[0] > 0 and before[rng[0] - 1].is_word and k < rng[1] and before[k].low in self.lex.possessives

    def _prepositional(self, before: list[Token], rng: tuple[int, int]) -> bool:
        """True when phrase `rng`, right before a colon, opens with a preposition and names no person or body there
        ("si è affrettato a dichiarare: «…»", "Papandreu a premier libico: «…»", "Su Israele: «…»"): where, when or to
        whom, not a speaker; "Al Jazeera: …" names one (session-29 audit)."""
        first = before[rng[0]]
        if first.low not in self.lex.prepositions:
            return False
        end = before[rng[1] - 1].end
        named = any(s <= first.start < e for s, e in self.agent_names)
        return not named and self.people.inside(first.start, end) is None

    def _cited_source(self, previous: Quote | None, q: Marked) -> bool:
        """True for cueless `q` in brackets right after the quotation before it, after at most one word: where that
        quotation was taken from ('«…» (da "Chiesa e Ici, governo accoglie odg radicale", commento del …)'), a title,
        not a second statement (session-29 audit: it was joined to the quotation before as a piece of it)."""
        if previous is None or not previous.start < previous.end <= q.outer_start:
            return False
        return CITED_SOURCE.fullmatch(self.text, previous.end, q.outer_start) is not None

    def _added_cue(self, previous: Quote, q: Marked) -> tuple[int, int] | None:
        """The participle cue opening cueless quotation `q` after the attribution that follows `previous` in its sentence
        (“A,” he said, adding, “B.”; “A,” Graham said on MSNBC, adding: “B.”); None otherwise."""
        if previous.cue is None or previous.cue[0] < previous.end:
            return None
        own = [r for r in (previous.cue, previous.speaker.span if previous.speaker else None) if r is not None]
        after = max(b for _a, b in own)
        if not after < q.outer_start <= after + CONTINUATION_GAP or any(
            c in ".!?\n" for c in self.text[after : q.outer_start]
        ):
            return None
        toks = tokenize(self.text, after, q.outer_start, self.lex.token)
        words = [k for k, t in enumerate(toks) if t.is_word]
        # a cue running to the last word, set off by a comma before it (inside a title's closing mark too:
        # '“A,” Graham said on "Morning Joe," adding, “B.”')
        for m, k in enumerate(words):
            n = self.cue_at(toks, k)
            if n and k + n > words[-1] and self.lex.progressive(toks[k].low):
                before = toks[words[m - 1]].end if m else after
                return (toks[k].start, toks[words[-1]].end) if "," in self.text[before : toks[k].start] else None
        return None

    def _cue_follows(self, q: Marked) -> bool:
        """True when a cue stands within a postposed attribution's reach after `q`'s closing mark, before the
        sentence ends or another quotation opens ("…,” Sexton said.")."""
        end = next((b for a, b in self.paragraphs if a < q.outer_end <= b), len(self.text))
        for k, tok in enumerate(tokenize(self.text, q.outer_end, end, self.lex.token)):
            if k >= POSTPOSED_TAIL + APPOSITION_WORDS or tok.text in ".!?" or tok.text in self.lex.openers:
                return False
            if tok.start in self.cues:
                return True
        return False

    def join_pieces(self, quotes: list[Quote]) -> list[Quote]:
        """`quotes` (in text order) with each cueless quotation that goes on with the quotation right before it in
        the same paragraph made a piece of it (“…,” he said. Then, “…”): the span covers both, `parts` names the
        pieces and the first one's cue and speaker stay. Run on the final quotations, after the learned filter and
        tagger, where a piece left on its own would be a second quotation of one statement."""
        joined: list[Quote] = []
        for q in quotes:
            previous = joined[-1] if joined else None
            if previous is not None and self._goes_on(previous, q):
                parts = previous.extra.get("parts") or [[previous.start, previous.end]]
                previous.extra["parts"] = [*parts, *(q.extra.get("parts") or [[q.start, q.end]])]
                previous.end = q.end
                continue
            joined.append(q)
        return joined

    def _goes_on(self, previous: Quote, q: Quote) -> bool:
        """True when cueless quotation `q` continues `previous` in its paragraph: nothing between them but the
        attribution of `previous` and at most `CONTINUATION_WORDS` words, none a cue ("…" he said, adding that
        "…" is another statement) and the last no complementizer."""
        if q.kind != "direct" or previous.kind != "direct" or q.extra.get("attributed") != "context":
            return False
        if q.start < previous.end or previous.extra.get("stance") or "\n" in self.text[previous.end : q.start]:
            return False
        own = [r for r in (previous.cue, previous.speaker.span if previous.speaker else None) if r is not None]
        said = q.speaker.span if q.speaker is not None else None
        if said is not None and previous.end <= said[0] < q.start and said not in own:
            return False  # 'Krupp "wolle mithelfen, …"': its own subject named between, a statement of its own
        words = [
            m for m in _WORD.finditer(self.text, previous.end, q.start) if not any(a <= m.start() < b for a, b in own)
        ]
        if len(words) > CONTINUATION_WORDS or any(self.lex.is_cue_word(m.group().lower()) for m in words):
            return False
        last = list(_WORD.finditer(self.text, previous.end, q.start))[-1:]
        return not (last and last[0].group().lower() in self.lex.complementizers)

    def _own_subject(self, q: Marked, previous: Quote | None, named: bool = False) -> Speaker | None:
        """The speaker a cueless quotation's own sentence names as its subject, when that sentence is not the one
        where `previous` ends: 'Davutoglu a lui aussi condamné, "au nom des valeurs …", un "massacre"' after the
        army's statement is Davutoglu's, not the army's."""
        k = self._sentence_of(q.outer_start)
        if previous is not None and k == self._sentence_of(max(previous.end - 1, previous.start)):
            return None
        before = [t for t in self.sentences[k].tokens if t.end <= q.outer_start]
        c = next((m for m, t in enumerate(before) if t.text == ","), None)
        if (
            c is not None
            and 0 < c < len(before) - 2
            and (c == 1 or before[c + 1].low in self.lex.articles or before[c + 1].low in self.lex.determiners)
            and self.people.first_inside(before[0].start, before[c - 1].end) is None
        ):
            # "Parallèlement, le parti … a appelé au « … »", "A la suite de ces violences, le parti …": an opening
            # adverbial is no subject
            before = before[c + 1 :]
        rng = self._subject(before, len(before)) if before else None
        if rng is None or not self._agent(before, rng):
            return None
        if named and not self._names_someone(before, rng):
            return None  # "C'est …", "Que …", "Avez-vous …": a capital opening the sentence
        return self.speaker(before, rng)

    def _names_someone(self, toks: list[Token], rng: tuple[int, int]) -> bool:
        """True when a phrase holds a person or organisation mention or a title, source or institution noun."""
        start, end = toks[rng[0]].start, toks[rng[1] - 1].end
        if any(s < end and start < e for s, e in self.agent_names) or self.people.inside(start, end) is not None:
            return True
        return any(t.low in self.lex.source_nouns or self._head_noun(t.low) for t in toks[rng[0] : rng[1]])

    def _question_turn(self, q: Marked) -> bool:
        """True for a dash paragraph that asks ("— Чи можна говорити, що …?"): an interviewer's turn."""
        if not q.dialogue or not self.text[q.start : q.end].rstrip(" \n" + "".join(self.lex.closers)).endswith("?"):
            return False
        # A narrator's remark after it ("– spytał poseł …") makes it somebody's quoted question, no interview turn.
        end = next((b for a, b in self.paragraphs if a <= q.outer_start < b), q.outer_end)
        return not self.text[q.outer_end : end].strip()

    def _new_turn(self, previous: Quote, q: Marked) -> bool:
        """True when dialogue paragraph `q` answers `previous` rather than going on with it: an interview's
        question and answer ("— Каковы ваши прогнозы? …\n\n— Давайте начнем с того, что …") are two turns,
        and only a quotation its cue attributed carries on into the next dash paragraph."""
        if previous.cue is not None or not self.lex.dialogue_dashes:
            return False
        paragraph = next(((a, b) for a, b in self.paragraphs if a <= q.outer_start < b), None)
        if paragraph is None or paragraph[0] <= previous.start:
            return False
        return q.dialogue or self.text[paragraph[0] : paragraph[1]].lstrip()[:1] in self.lex.dialogue_dashes

    def _source_word(self, tok: Token) -> bool:
        """True for a cue or a source construction ("со ссылкой на") starting at `tok`."""
        return tok.is_word and (tok.start in self.cues or tok.start in self.constructions)

    def _inner_attribution(self, q: Marked) -> Quote | None:
        """A quotation its attribution interrupts between dashes ("«Non ci sono dubbi – spiega Segre – l'America è
        stanca»", Italian papers' way): a cue and its speaker, in either order, set off inside the marks; the
        pieces around them are the words, named in `parts`."""
        if sum(self.text.count(" " + d, q.start, q.end) for d in DASHES) < 2:
            return None  # no two dashes set off by a space before them (most quotations): nothing to tokenize
        toks = tokenize(self.text, q.start, q.end, self.lex.token)
        dashes = [
            k
            for k, t in enumerate(toks)
            if t.text in DASHES and 0 < k < len(toks) - 1 and self.text[t.start - 1] == " "
        ]
        for a, b in pairwise(dashes):
            inner = toks[a + 1 : b]
            if inner and inner[-1].text == ".":
                # "«…, — заявив Медоуз. — Це жахливо»": the attribution may close with a stop before the words go on
                inner = inner[:-1]
            if not 2 <= len(inner) <= POSTPOSED_TAIL + APPOSITION_WORDS or not all(
                t.is_word or t.text == "," for t in inner
            ):
                continue
            # "– mi risponde la mia padrona di casa –": an object clitic before the cue
            lead = 0
            while lead < len(inner) - 1 and inner[lead].low in self.lex.skip and not self.cue_at(inner, lead):
                lead += 1
            n = self.cue_at(inner, lead)
            imp = self.lex.impersonal.match(self.text, inner[0].start) if not n else None
            if imp is not None:
                # "«… – si legge nella nota – …»": an impersonal cue names no person; the document after it, if
                # any, is the source.
                k = next((m for m, t in enumerate(inner) if t.end >= imp.end()), len(inner) - 1) + 1
                self.used_cues.add(inner[0].start)
                parts = [[q.start, toks[a - 1].end], [toks[b + 1].start, q.end]]
                cue = (inner[0].start, inner[k - 1].end)
                return Quote(q.start, q.end, "direct", cue, self._impersonal_source(inner, k), {"parts": parts})
            if n:
                # "– evidenzia Carlo Tombola, coordinatore scientifico di OPAL –": the name before its apposition
                end = next((m for m in range(lead + n, len(inner)) if inner[m].text == ","), len(inner))
                cue_i, rng = lead, (lead + n, end)
            else:
                cue_i = len(inner) - 1  # "– Segre spiega –"
                n = self.cue_at(inner, cue_i)
                rng = (0, cue_i)
            if not n or rng[1] <= rng[0]:
                continue
            # after an inverted cue inside the dashes only its subject stands: a phrase opening with an article or
            # a possessive speaks too ("– aggiunge suo figlio –", "– mi risponde la mia padrona di casa –")
            determined = cue_i < rng[0] and inner[rng[0]].low in self.lex.determiners | self.lex.articles
            if not determined and not self._agent(inner, rng):
                continue
            self.used_cues.add(inner[cue_i].start)
            parts = [[q.start, toks[a - 1].end], [toks[b + 1].start, q.end]]
            cue = (inner[cue_i].start, inner[cue_i + n - 1].end)
            return Quote(q.start, q.end, "direct", cue, self.speaker(inner, rng), {"parts": parts})
        return None

    def _comma_attribution(self, q: Marked) -> Quote | None:
        """A quotation its attribution interrupts between a comma and the end of a sentence or another comma, inside
        one pair of marks ("« Nous n'avons pas le choix, a indiqué Didier Farré, propriétaire du complexe. Nos
        gouvernements … »", "« Ce n'est pas à cause de Morsi, annonce-t-il. S'il n'y a … »", French papers' way):
        a cue opening the clause right after the comma, its speaker after it; the pieces around them are the words,
        named in `parts`. Only where the language inverts a cue's subject (INVERTED_SUBJECTS: French "dit-il"): in
        the others a verb after a comma inside the words is mostly the predicate of a subject before it ("«L'America,
        Israele …, hanno sostenuto alcune forze armate …»", "„…, показват само решимостта си …“": of 14
        quotations it changed in the it, pl, ru, bg, sl sweep, 10 went wrong and 2 right)."""
        if not self.lex.inverted_subjects:
            return None
        toks = tokenize(self.text, q.start, q.end, self.lex.token)
        for a, tok in enumerate(toks[:-2]):
            if tok.text != "," or sum(t.is_word for t in toks[:a]) < INTERRUPTED_WORDS:
                continue
            b = a + 1 + int(toks[a + 1].low in ("s'", "s’") and a + 2 < len(toks))  # "…, s'indigne X": past its clitic
            n = self.cue_at(toks, b)
            if not n or self.lex.source_first.match(self.text, toks[b].start):
                continue  # "…, selon moi.": a source inside the words is the speaker's own
            if toks[a - 1].text in CLOSING and toks[0].text not in self.lex.openers:
                continue  # '« Narration "A", a déclaré X. »': the cue is the inner quotation's, set among narration
            # the clause runs to the sentence's end ("F. Salinié": an initial's dot ends none): the speaker and any
            # apposition or relative clause after it
            stop = next(
                (m for m in range(a + 1, len(toks)) if toks[m].text in ".!?:" and not _initial(toks[m - 1])),
                len(toks),
            )
            if (
                stop - a > POSTPOSED_TAIL + APPOSITION_WORDS
                or any(t.text in self.lex.openers for t in toks[a:stop])
                or (stop < len(toks) and toks[stop].text == ":")  # "…, a dit en 1947 : « … »" opens a quotation
            ):
                continue
            first = Marked(q.start, toks[a - 1].end, q.outer_start, toks[a].start)
            with self.people.hiding(q.start, toks[a].start):
                found = self._cue_after_quote(toks[a + 1 : stop], first)
            if found is None:
                continue
            if (
                found.cue is None
                or found.cue[0] != toks[b].start
                or found.speaker is None
                # a cue's subject guessed from the sentences before is no attribution set inside the marks
                or (found.speaker.span is None and not self._clitic(toks[b : b + n]))
            ):
                self.used_cues.discard(toks[b].start)
                continue
            # the words go on after the comma closing a verb with its pronoun ("…, ajoute-t-il, il est …"), or
            # after the stop closing a named speaker with any apposition ("…, a indiqué X, propriétaire du complexe.")
            clitic = found.speaker.span is None or found.speaker.span[1] <= found.cue[1]
            after = next((m for m in range(a + 1, len(toks)) if toks[m].start >= found.cue[1]), len(toks))
            rest = after + 1 if clitic and after < len(toks) and toks[after].text == "," else stop + 1
            rest = rest if rest < len(toks) and any(t.is_word for t in toks[rest:]) else len(toks)
            parts = [[q.start, toks[a - 1].end]] + ([[toks[rest].start, q.end]] if rest < len(toks) else [])
            end = q.end if rest < len(toks) else toks[a - 1].end
            return Quote(q.start, end, "direct", found.cue, found.speaker, {"parts": parts})
        return None

    def _signed(self, q: Marked) -> Quote | None:
        """A quotation signed on its own line by a dash and a name, the way readers' and pull quotes are set
        (“… our greatest shame.” ― Sonya Herridge; «…» — Ганна Мельник, Київ): the name is the speaker."""
        if q.dialogue:
            return None
        line_end = self.text.find("\n", q.outer_end)
        line_end = len(self.text) if line_end < 0 else line_end
        toks = tokenize(self.text, q.outer_end, line_end, self.lex.token)
        own_line = False
        if not toks:
            # The signature as the next paragraph on its own ("…”\n\n- Bernie Sanders.\n", fact checks' way).
            start = len(self.text) - len(self.text[line_end:].lstrip())
            line_end = self.text.find("\n", start)
            line_end = len(self.text) if line_end < 0 else line_end
            toks, own_line = tokenize(self.text, start, line_end, self.lex.token), True
        if len(toks) < 2 or toks[0].text not in SIGNATURE_DASHES:
            return None
        k = 1
        while k < len(toks) and (toks[k].is_cap or (toks[k].text == "." and _initial(toks[k - 1]))):
            k += 1
        names = [t for t in toks[1:k] if t.is_word]
        rest = toks[k:]
        if not names or len(names) > SIGNATURE_NAME_WORDS or any(t.start in self.cues for t in toks[1:k]):
            return None
        # What may follow the name: a full stop, or a comma and a short place or description (", Los Angeles").
        if rest and not (
            [t.text for t in rest] == ["."]
            or (
                not own_line
                and rest[0].text == ","
                and sum(t.is_word for t in rest) <= SIGNATURE_TAIL_WORDS
                and not any(t.start in self.cues for t in rest)
            )
        ):
            return None
        speaker = self.speaker(toks, (1, k))
        return Quote(q.start, q.end, "direct", None, speaker, {"attributed": "signature"})

    def _clause_after(self, toks: list[Token], k: int) -> bool:
        """True when a complementizer opens the words at token k, past a comma ("отбеляза, че …", "said that …")."""
        k += 1 if k < len(toks) and toks[k].text == "," else 0
        return k < len(toks) and toks[k].low in self.lex.complementizers

    def _named_by_kind(self, q: Marked) -> bool:
        """True for a short name in marks right after the noun of its kind ('видання "Страна"', 'компания
        «Биолек»', 'телеканал "360"'): a body's name, not anyone's words."""
        first = self.text[q.start : q.start + 1]
        if q.dialogue or not (first.isupper() or first.isdigit()):
            return False
        if not 0 < len(_WORD.findall(self.text, q.start, q.end)) <= MEDIUM_TITLE_WORDS:
            return False
        before = re.search(r"(\w+)(\.?)\s*$", self.text[max(0, q.outer_start - 40) : q.outer_start])
        if before is None:
            return False
        window = self.text[max(0, q.outer_start - 40) : q.outer_start]
        last = max(quoted_by(self.lex.lang).finditer(window), key=lambda m: m.start(), default=None)
        if last is not None and not re.search(r"[^\w\s]", window[last.end() :]):
            # 'цитирана от "Ройтерс"', 'Cytowany przez "Guardiana"', 'цитиран от Daily Express и "Фокус"': the medium
            # quoting someone
            return True
        low = before.group(1).lower()
        nouns = self.lex.institution_nouns
        if before.group(2):
            return low + "." in nouns  # a kind abbreviated: bg 'в. „Ню Йорк таймс“' (вестник)
        return low in nouns or any(len(w) > 3 and w[:3] == low[:3] and _case_form(w, low) for w in nouns)

    def _source_title(self, q: Marked) -> bool:
        """True for a title in marks right after a cue and closing its sentence: the medium that reports the
        claim, not its words ("…, dowiedziała się „Rzeczpospolita”.", "…, сообщает «Коммерсантъ».")."""
        if q.dialogue or not self.sentences or not self.text[q.start : q.start + 1].isupper():
            return False
        if not 0 < len(_WORD.findall(self.text, q.start, q.end)) <= MEDIUM_TITLE_WORDS:
            return False
        sentence = self.sentences[self._sentence_of(q.outer_start)]
        before = [t for t in sentence.tokens if t.end <= q.outer_start]
        after = [t for t in sentence.tokens if t.start >= q.outer_end]
        if (after and self._source_word(after[0])) or (
            len(after) > 2
            and after[0].text == ","
            and after[1].low in self.lex.relatives
            and self._source_word(after[2])
        ):
            # "«Известия» со ссылкой на …", "“Лекхім” повідомляла …", "“Лекхім”, який заявив, що …": a medium or
            # company named in marks and speaking or passing a source on is the source, not the words
            return True
        if after and after[0].text == "(":
            after = after[next((k for k, t in enumerate(after) if t.text == ")"), -1) + 1 :]  # "(Donnerstag)"
        if len(before) < 2 or any(t.is_word for t in after):
            return False
        # The cue opens the clause after the claim ("…, podaje", "… – berichtet") and the title follows it, its
        # reflexive ("dowiedziała się") or an article ("berichtet die"), or its speaker and the article of the
        # medium spoken to ("…“, sagte er der „Rheinischen Post“", "sagte sie der Düsseldorfer „Rheinischen Post“").
        cue = len(before) - 1 if before[-1].start in self.cues else len(before) - 2
        d = -2 if len(before) > 2 and before[-1].is_cap and before[-2].low in self.lex.articles else -1
        if before[cue].start not in self.cues and before[d].low in self.lex.determiners:
            reach = range(len(before) + d - 2, max(0, len(before) + d - 2 - ADDRESSEE_SPEAKER_WORDS), -1)
            cue = next((k for k in reach if before[k].start in self.cues), cue)
            if any(not t.is_word for t in before[cue + 1 :]):
                return False
        if before[cue].start not in self.cues or cue < 1 or before[cue - 1].text not in "," + DASHES:
            return False
        return cue == len(before) - 1 or self.cues[before[cue].start] >= 2 or before[d].low in self.lex.determiners

    def _opening_source(self, before: list[Token], cue_i: int) -> bool:
        """True when the cue at `cue_i` is (part of) a source construction naming its source after it ("Selon
        X, …", "Jak zaznaczył X, …"); "calling the candidate “fit”" names its object there."""
        for k in range(max(0, cue_i - 2), cue_i + 1):
            m = self.lex.source_first.match(self.text, before[k].start)
            if m is not None and m.end() >= before[cue_i].end:
                return True
        return False

    def _narration_between(self, previous: Quote, q: Marked) -> bool:
        """True when a whole sentence of the writer's own (no cue, no marks) stands between a cueless quotation and
        the next: 'Krupp "wolle mithelfen, …". Das ist auch nötig, denn die Kölner hatten … verloren. "Uwe Krupp
        noch in dieser Saison zum Cheftrainer zu machen, …"' — the second is no piece of the first statement."""
        if not self.sentences or previous.cue is not None:
            # (only after a cueless quotation: after an attributed one, PolNeAR dev's three such splits found one
            # more quotation, with the previous speaker, not its own: speakers 0.886 -> 0.885)
            return False
        first = self._sentence_of(max(previous.end - 1, previous.start)) + 1
        last = self._sentence_of(q.outer_start)
        for sent in self.sentences[first:last]:
            if (
                previous.end <= sent.start
                and sent.end <= q.outer_start
                and _words(sent.tokens) >= MIN_REPORTED_WORDS
                and not any(t.start in self.cues or t.text in self.lex.openers for t in sent.tokens)
            ):
                return True
        return False

    def _subject_between(self, previous: Quote, q: Marked) -> tuple[list[Token], tuple[int, int]] | None:
        """The opening person of a whole sentence between two quotations, when not the first one's speaker:
        '«…», ha spiegato un funzionario. Hadi aveva messo la lotta ad Al Qaeda tra le sue priorità. «…»' — the
        second is no piece of the official's statement, and Hadi's words if anyone's. None when no such sentence."""
        if not self.sentences:
            return None
        mention = previous.speaker.mention if previous.speaker is not None else None
        first = self._sentence_of(max(previous.end - 1, previous.start)) + 1
        for sent in self.sentences[first : self._sentence_of(q.outer_start)]:
            toks = sent.tokens
            if previous.end > sent.start or sent.end > q.outer_start or not toks:
                continue
            if any(t.start in self.cues or t.text in self.lex.openers for t in toks):
                continue
            full: tuple[int, int] | None = None
            if toks[0].low in self.lex.conjunctions or toks[0].low in self.lex.not_names:
                continue  # "Ma Trevi è anche all'avanguardia …": a mention the tagger ran over a conjunction
            person = self.people.first_inside(sent.start, sent.end)
            if person is not None and person.start == toks[0].start:
                full, end = (person.full_start, person.full_end), person.end
            elif toks[0].is_cap and not self._function_word(toks[0]):
                # a surname alone the mention layer left untagged, of someone named in full before
                named = (
                    (p.full_start, p.full_end)
                    for p in self.people.people
                    if p.full_end <= sent.start and same_surname(self.text[p.start : p.end].split()[-1], toks[0].text)
                )
                full, end = next(named, None), toks[0].end
            if full is not None and full != mention:
                return toks, (0, next(k for k, t in enumerate(toks) if t.end >= end) + 1)
        return None

    def _function_word(self, tok: Token) -> bool:
        """True for an article, determiner, preposition, skipped word or pronoun ("Il", "Nel" opening a sentence)."""
        lex = self.lex
        words = (lex.articles, lex.determiners, lex.prepositions, lex.skip, lex.pronouns)
        return any(tok.low in group for group in words)

    def _led_in(self, previous: Quote, q: Marked) -> bool:
        """True when `q` stands in a later sentence than the one where `previous` ends, after words of its own
        sentence: '“…,” said Julia Diamond, the park's director. This year's theme: “Who is L.A. 2020?”' is no
        piece of her statement."""
        if not self.sentences:
            return False
        k = self._sentence_of(q.outer_start)
        if k <= self._sentence_of(max(previous.end - 1, previous.start)):
            return False
        return _WORD.search(self.text, self.sentences[k].start, q.outer_start) is not None

    def _next_sentence(self, previous: Quote, q: Marked) -> bool:
        """True when `q` opens the sentence after the one where `previous` ends, in the same paragraph.

        “A,” X said at a lunchroom table between two children. “B.” — however long the attribution, the
        quotation opening the next sentence goes on with the statement.
        """
        k = self._sentence_of(max(previous.end - 1, previous.start))
        if k + 1 >= len(self.sentences) or self._sentence_of(q.outer_start) != k + 1:
            return False
        nxt = self.sentences[k + 1]
        if self.text[nxt.start : q.outer_start].strip():
            return False
        return any(a <= previous.end and q.outer_start < b for a, b in self.paragraphs)

    def _attribute(self, q: Marked) -> Quote | None:
        if not self.sentences:
            return None
        first = self.sentences[self._sentence_of(q.outer_start)]
        last_k = self._sentence_of(max(q.end - 1, q.start))
        last = self.sentences[last_k]
        # After the quote: ', he said.' / ', said Peskov.' / ', according to X.' (maybe in the next sentence).
        after = [t for t in last.tokens if t.start >= q.outer_end]
        if len(_WORD.findall(self.text, q.start, q.end)) > MIN_REPORTED_WORDS:
            # (not after a title of a few words: 'on CBS's "Face the Nation," House Speaker Paul D. Ryan (R-Wis.)
            # said' attributes no words in marks)
            after = self._without_asides(after)
        if not after and last_k + 1 < len(self.sentences):
            nxt = self.sentences[last_k + 1].tokens
            gap = self.text[q.outer_end : self.sentences[last_k + 1].start]
            # ''Can we win Illinois?'' Mr. Manafort asked. — a question or exclamation closes the sentence
            # before its attribution, which then opens the next one in the same paragraph.
            asked = self.text[q.start : q.end].rstrip()[-1:] in "?!" and not gap.strip() and "\n" not in gap
            # A dash and a capital opening the next paragraph are the next turn of a dialogue ("— Чи можна
            # говорити, …?"), not this quotation's attribution ("\n\n- powiedział Farage." is one).
            turn = (
                len(nxt) > 1
                and nxt[0].text in DASHES
                and nxt[1].is_cap
                and any(q.outer_end <= a <= nxt[0].start for a, _b in self.paragraphs)
            )
            # A mark opening the next sentence opens the next quotation (“…”\n\n“He’s everything we’ve wanted …”):
            # its words are no attribution of this one.
            quoted_next = bool(nxt) and nxt[0].text in self.lex.openers
            if (
                nxt
                and not turn
                and not quoted_next
                and ((not nxt[0].is_cap and len(nxt) <= POSTPOSED_TAIL + 2) or asked)
            ):
                after = nxt
        # the people named in the quotation's last paragraph (where marks pair over paragraphs, the earlier ones
        # may be narration) are not who its attribution's "he" or "the expert" is
        newline = self.text.rfind("\n", q.start, q.end)
        listed = self._listed_after(after, q)
        if listed:
            # A comma or colon closing the list sets off its attribution ('"…", "…" : les autorités disent …');
            # without one its words in marks run on into a clause ('"democracia", "elecciones libres" y todo lo
            # demás que … se había exigido'), none of theirs.
            end = listed[0].outer_end
            closed = self.text[end:].lstrip()[:1] in (",", ":") or self.text[: listed[0].end].rstrip().endswith(",")
            after = [t for t in after if t.start >= end] if closed else []
        with self.people.hiding(q.start if newline < 0 else newline + 1, listed[0].outer_end if listed else q.end):
            found = self._cue_after_quote(after, q)
        if found is not None:
            return found
        before = [t for t in first.tokens if t.end <= q.outer_start]
        first_k = self._sentence_of(q.outer_start)
        if not before and first_k > 0:
            previous = self.sentences[first_k - 1].tokens
            if previous and previous[-1].text == ":":
                # "Peskov told reporters:" ending one sentence or paragraph, the quotation opening the next.
                before = previous
        return self._cue_before_quote(before, q)

    def _listed_after(self, after: list[Token], q: Marked) -> list[Marked]:
        """The quotations listed right after `q` in its sentence, set off only by commas or a conjunction ("« A »,
        « B », scandaient les manifestants"), the last first: the cue after the list attributes each of them, not
        words inside the next one ("« B »" read as an attribution gave "« A »" the speaker "Les Frères" of "« Les
        Frères musulmans volent la révolution »")."""
        listed: list[Marked] = []
        pos = q.outer_end
        # set off from the one before by a comma or conjunction, its own or inside the marks (“…,” “…”)
        parted = self.text[q.start : q.end].rstrip().endswith(",")
        for tok in after:
            if tok.start < pos:
                continue
            if tok.text == "," or tok.low in self.lex.conjunctions:
                parted = True
                continue
            nxt = next((m for m in self.quoted if m.outer_start == tok.start and m is not q), None)
            if nxt is None or nxt.dialogue or not parted:
                break
            listed.insert(0, nxt)
            pos, parted = nxt.outer_end, self.text[nxt.start : nxt.end].rstrip().endswith(",")
        # statements, not names in marks ('"Факултета" и "Филиповци", съобщиха …', '« Alstom » et « Siemens »')
        if any(len(_WORD.findall(self.text, m.start, m.end)) < LISTED_QUOTE_WORDS for m in [q, *listed]):
            return []
        return listed

    def _without_asides(self, tokens: list[Token]) -> list[Token]:
        """`tokens` without a short aside in parentheses that holds no cue: '“…,” Rep. Gwen Moore (D-Wis.) said' —
        the stop inside "(D-Wis.)" had ended the search for the cue, and the quotation went to an earlier
        speaker (PolNeAR: 13 such attributions, 6 of them in dev)."""
        kept: list[Token] = []
        k = 0
        while k < len(tokens):
            if tokens[k].text == "(":
                reach = range(k + 1, min(len(tokens), k + 2 + PARENTHESIS_ASIDE_TOKENS))
                close = next((m for m in reach if tokens[m].text == ")"), None)
                if close is not None and not any(t.start in self.cues for t in tokens[k + 1 : close]):
                    k = close + 1
                    continue
            kept.append(tokens[k])
            k += 1
        return kept

    def _cue_after_quote(self, after: list[Token], q: Marked) -> Quote | None:
        lex = self.lex
        window = after[: POSTPOSED_TAIL + APPOSITION_WORDS + LONG_APPOSITION]
        apposition = False
        for i in range(len(window)):
            tok = window[i]
            if i >= POSTPOSED_TAIL + APPOSITION_WORDS and not apposition:
                # Past the usual reach only the cue right after a long apposition's closing comma counts
                # ("…,” Valdez Anderson, who works at a heating company in Sacramento, said on a call).
                break
            if tok.text in CLOSING or (tok.text in ",.:" and i == 0) or tok.text in DASHES:
                continue
            if tok.text == "," and not apposition:
                k = next((k for k in range(i) if window[k].is_word), i)
                short = len(_WORD.findall(self.text, q.start, q.end)) < MIN_REPORTED_WORDS
                capital = self.text[q.start : q.start + 1].isupper()
                # (a run of lower-case words with no other quotation in it: "relèvent de "l'instrument politique"
                # pour "teinter …", relève X" quotes X twice)
                runs_on = (
                    lex.marked_phrases_run_on
                    and k < i
                    and window[k].text.islower()
                    and (short or not capital)
                    and not any(t.text in CLOSING for t in window[k:i])
                )
                if (sum(t.is_word for t in window[:i]) >= NAME_CLAUSE_WORDS and capital and short) or runs_on:
                    # 'Однако пока "Биолик" не предоставил материалов, подчеркивают в ГЭЦ': a name in marks
                    # inside the clause the cue reports; that clause is the claim, found as reported speech. So is a
                    # phrase in marks the clause runs on past in lower case ('Die Welt werde eine „neue Waffe“ im
                    # Besitz seines Landes erleben, sagte er': no apposition of a name follows it;
                    # MARKED_PHRASES_RUN_ON).
                    return None
                # "“…,” Jenna Golden, Twitter's director of political advertising, said.": skip the apposition.
                apposition = True
                continue
            if tok.text == "." and i > 0 and _initial(window[i - 1]):
                continue  # "George W. Bush": an initial's dot ends no sentence
            if (
                tok.low in lex.postposed_sources
                and not any(t.is_word for t in window[:i])
                and (after[i - 1].text == "," if i > 0 else self.text[q.start : q.end].rstrip().endswith(","))
            ):
                # "„Die Lage wird sich massiv verschärfen“, so Köstinger.": the source word set off by a comma
                # (POSTPOSED_SOURCES) and the phrase closing the sentence after it name the speaker with no verb
                src = self._postposed_source(after, i)
                if src is not None:
                    self.used_cues.add(tok.start)
                    return self._postposed(q, (tok.start, tok.end), self.speaker(after, src))
            sf = lex.source_first.match(self.text, tok.start)
            if sf and (i == 0 or not after[i - 1].is_word):
                j = next((k for k in range(i, len(after)) if after[k].end >= sf.end()), i) + 1
                rng = self.right_np(after, j) or self._phrase_until_comma(after, j)
                self.used_cues.add(tok.start)
                return self._postposed(q, (tok.start, after[j - 1].end), self.speaker(after, rng))
            n = self.cue_at(window, i)
            if not n and i > 0 and window[i - 1].is_word and lex.written_cues.fullmatch(tok.low):
                n = 1  # "“…,” the caption reads": a cue of written words (WRITTEN_CUES) after words in marks
            if n and i > 0 and _determiner_before(lex, window[i - 1]):
                n = 0  # "“…,” the release said": a cue word after an article or possessive is a noun
            if n and i > 0 and window[i - 1].low in lex.conjunctions and not any(t.is_word for t in window[: i - 1]):
                # "Песков назвал эти заявления «…» и заявил, что …": a conjoined verb states the next claim; the
                # quotation belongs to the cue before it.
                return None
            if n and i >= POSTPOSED_TAIL + APPOSITION_WORDS and window[i - 1].text != ",":
                break
            set_off = self._set_off_participle(window, i) or (
                n
                and self.lex.progressive(tok.low)
                and all(t.text in CLOSING for t in window[:i])
                and self.text[q.start : q.end].rstrip().endswith(",")
            )
            if (
                n
                and any(t.low in lex.conjunctions for t in window[:i])
                and not any(t.text in ".!?" for t in window[:i])
                and not self._adverbs_after_conjunction(window, i)
                and (
                    self.left_np(after, i) is not None
                    or not lex.predicative_cues.fullmatch(" ".join([t.low for t in window[i : i + n]]))
                )
                and self._cued_clause(q)
            ):
                # "accused Sanders of an “artful smear” over her speeches while Sanders suggests …": the quotation
                # inside a cued clause belongs to that cue; the cue past a conjunction states the next claim ("saw"
                # conjoined without a subject is how the same speaker sees it: "wanted an “all for all” exchange and
                # saw Saturday's deal as a first stage").
                return None
            if n and set_off and not self.left_np(after, i) and self._cued_clause(q):
                # "He called China “provocative and expansionist,” accusing it of …": the participle opens the
                # speaker's next statement; the quotation belongs to the cue before it.
                return None
            if (
                n
                and self._clause_follows(after, i + n)
                and not lex.progressive(tok.low)
                and not any(t.text in DASHES for t in window[:i])
                and not (
                    i > 0 and (window[i - 1].low in lex.conjunctions or window[i - 1].low in lex.participle_linkers)
                )
            ):
                # "Biała księga „Szczepienia przeciw COVID-19” przypomina, że …", "Źródło, na które powołuje się
                # „Independent”, twierdzi, że …": the cue reports the clause after it; the words in marks name a
                # publication or stand in its subject (not "„…” – dopytuje Trump, sugerując, że …", "„…” – zaczyna
                # Zuckerberg i przypomina, że …": a dash sets the quotation's own cue off)
                return None
            if n and (clitic := self._clitic(window[i : i + n]) if self.lex.inverted_subjects else None):
                # "…», martèle-t-il sans détour": the verb carries its subject; the words after it are no speaker.
                self.used_cues.add(tok.start)
                return Quote(q.start, q.end, "direct", (tok.start, window[i + n - 1].end), clitic)
            if (
                n
                and self._clause_after(window, i + n)
                and all((t.is_word and t.low not in lex.conjunctions) or t.text in CLOSING for t in window[:i])
                and not re.search(r"[,.!?…:;]\s*$", self.text[q.start : q.end])
                and re.search(r"\w[^\S\n]*$", self.text[max(0, q.outer_start - 40) : q.outer_start])
            ):
                # 'Председателят на групата "Най-доброто за Великобритания" Марк Малък-Браун отбеляза, че …': a name in
                # marks inside the subject (a word before them; not a crosshead opening its sentence, '"Mamy słabą
                # pozycję" Gość … podkreślił, że …'; only words between, no conjoined cue or dash: '… as "just part of
                # the primary campaign" and reportedly argued that …'); the cue reports the clause after it
                return None
            if n and i > 0 and (imp := lex.impersonal.match(self.text, after[i - 1].start)) and imp.end() >= tok.end:
                # "„…“, се казва в доклада", "«…», si legge nella nota": the impersonal cue opens with its reflexive,
                # no speaker; the document after it, if any, is the source.
                self.used_cues.add(tok.start)
                cue = (after[i - 1].start, window[i + n - 1].end)
                j = i + n
                while j < len(after) and after[j].low in lex.skip and after[j].low not in lex.locative_prepositions:
                    j += 1  # "се казва още в изявлението"
                return Quote(q.start, q.end, "direct", cue, self._impersonal_source(after, j))
            if n:
                left = self.left_np(after, i)
                first = next((k for k, t in enumerate(after) if t.is_word), 0)
                if apposition and left is not None and left[0] > 0 and after[left[0] - 1].text == ",":
                    left = self.right_np(after, first) or left
                elif apposition and left is None and first < i and self._apposition_closed(after, first, i):
                    # "“…,” Valdez Anderson, who works at …, said": the phrase before the apposition.
                    left = self.right_np(after, first)
                if left is not None and (
                    after[left[0]].low in lex.prepositions
                    or (left[0] > 0 and after[left[0] - 1].low in lex.prepositions)
                ):
                    # "»…,« je na tiskovni konferenci navedel (minister Dušan Keber)": a phrase of where or in what
                    # before the cue gives way to a name after it, or in a language that leaves subjects out, to the
                    # unnamed subject of a verb of one person
                    named = self.inverted_np(after, i + n)
                    if named is not None and any(t.is_cap for t in after[named[0] : named[1]]):
                        left = named
                    elif lex.pro_drop and self._verb_gender(window[i + n - 1].low) in ("m", "f"):
                        left = None
                rng = left or self.inverted_np(after, i + n) or self._bare_phrase(window, i, n)
                if rng is None and (
                    lex.impersonal.match(self.text, tok.start)
                    or (self._verb_gender(tok.low) == "p" and self._impersonal_source(after, i + n))
                ):
                    # "«…», - говорится в сообщении", "«…», - заявили в МИД": an impersonal or subjectless plural
                    # cue carries no person over from the sentences before; the document or body after it, if
                    # any, is the source.
                    self.used_cues.add(tok.start)
                    cue = (tok.start, window[i + n - 1].end)
                    return Quote(q.start, q.end, "direct", cue, self._impersonal_source(after, i + n))
                if rng is None:
                    implied = self._clitic(window[i : i + n])
                    if implied is None and self.lex.pro_drop:
                        # "“…”, afirmó." — the verb's unnamed subject.
                        implied = self.resolver.implicit(
                            tok.start, self._verb_gender(tok.low), self._scope(q.outer_start)
                        )
                    if implied is None:
                        return None
                    self.used_cues.add(tok.start)
                    return Quote(q.start, q.end, "direct", (tok.start, window[i + n - 1].end), implied)
                self.used_cues.add(tok.start)
                speaker = self.speaker(after, rng) if left else self.quoted_person(after, window[i : i + n], rng)
                medium = self._medium_after(after, rng[1]) if not left else self._medium_after(after, i + n)
                if medium is not None and self._closes_sentence(after, medium[1]):
                    # "“…,” said Barnier, quoted by Reuters": Reuters carried the words
                    speaker = self._with_medium(speaker, after, medium[0])
                return self._postposed(q, (tok.start, window[i + n - 1].end), speaker)
            if tok.text in ".!?" or tok.text in lex.openers:
                # The sentence or a new quotation begins before any cue: nothing attributes this quote here.
                return None
        return None

    def _clause_follows(self, tokens: list[Token], k: int) -> bool:
        """True when a complementizer opens the words at token k, past a comma ("przypomina, że …", "uvedl, že …");
        never in a language whose claims a parse reads too (English: PolNeAR dev F1@0.3 fell 0.8258 -> 0.8256 with
        it)."""
        return not _parsed(self.lex.lang) and self._clause_after(tokens, k)

    def _postposed_source(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """The phrase after the postposed source word at token i when it closes the sentence, past a phrase of
        when or where ("so Gallera am Donnerstag."), or None ("…“, so dass …", "…“, so viele wie nie")."""
        end = next((k for k in range(i + 1, len(tokens)) if not tokens[k].is_word), len(tokens))
        if end < len(tokens) and tokens[end].text not in ".!?":
            return None
        rng = self.right_np(tokens, i + 1, end)
        if rng is None or rng[0] != i + 1:
            return None
        if rng[1] < end and tokens[rng[1]].low not in self.lex.aside_prepositions:
            return None
        return rng

    def _apposition_closed(self, after: list[Token], first: int, i: int) -> bool:
        """True when the comma closing an apposition stands right before the cue at token i, or before the words a
        speaker phrase skips there ("“…,” Timofei Shirokov, a lawyer, has commented"; SKIP) when a name opens the
        phrase from token `first` (not "« … », elle ,ne relève pas": a pronoun set off, a negated verb)."""
        k = i - 1
        while k > first and after[k].low in self.lex.skip:
            k -= 1
        if after[k].text != ",":
            return False
        return k == i - 1 or any(t.is_cap for t in after[first:k])

    def _postposed(self, q: Marked, cue: tuple[int, int], speaker: Speaker | None) -> Quote:
        """The quotation `q` attributed by a cue after it; when it ends a clause of the writer's words ("The
        Commission will examine it “as a matter of urgency”, Pieter de Wolf said"), the content is that clause
        with its closing mark, and only the marked words are the speaker's own (`quoted`)."""
        start = self._clause_before(q)
        if start == q.start or len(_WORD.findall(self.text, q.start, q.end)) < MIN_REPORTED_WORDS:
            # A word or two in marks ("the “Avatar” star posted") is a term in the writer's words, not a statement
            # (marked as a partial quote, PolNeAR train's learned filter kept such fits it had dropped).
            return Quote(start, q.end, "direct", cue, speaker)
        return Quote(start, q.outer_end, "direct", cue, speaker, {"partial": True, "quoted": [q.start, q.end]})

    def _full_stop(self, tokens: list[Token], k: int) -> bool:
        """True when token k ends a sentence: a stop after a plain word ("an.", not "U.S." or "p.m.") that is
        no abbreviation, before a capital, a mark or nothing."""
        if tokens[k].text not in ".!?":
            return False
        word = tokens[k - 1]
        if "." in word.text or word.low in self.lex.abbreviations or len(word.text) < 2:
            return False
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        return nxt is None or nxt.is_cap or not nxt.is_word

    def _clause_before(self, q: Marked) -> int:
        """Where the statement of a quotation attributed after it begins: the quotation itself, or the start
        of its sentence when the quotation ends a clause of the writer's words ("Trump's misinformation may be
        “strategic,” said Hemsley"), which PolNeAR counts as the content."""
        sent = self.sentences[self._sentence_of(q.outer_start)]
        before = [t for t in sent.tokens if t.end <= q.outer_start]
        if sent.end < q.end and self.text[q.start : q.start + 1].isupper():
            # words in marks that open with a capital and run on past their first sentence are a statement of their
            # own, not the end of the writer's clause ('Saisonale Arbeitskräfte: HGV setzt sich für Absicherung ein
            # „Wegen … nicht beginnen. Diese stehen … da“, unterstreicht HGV-Präsident Manfred Pinzger': a headline
            # glued on); in lower case they go on with it ('Pokuta se uděluje „kvůli … půjčky. Leave.EU …,“ uvádí …')
            return q.start
        # A full stop before the quotation ends the writer's sentence even where the splitter read on
        # ("… bot 15 Kilometer an. »Wir verhandeln …«, sagte Hryzenko": German »…« opens no sentence there).
        stop = next((k for k in range(len(before) - 1, 0, -1) if self._full_stop(before, k)), None)
        if stop is not None:
            before = before[stop + 1 :]
        if not before:
            return q.start
        if any(
            self._quoted(t.start) or t.text in self.lex.openers or t.start in self.cues or t.start in self.constructions
            for t in before
        ):
            return q.start  # another quotation or a cue of its own: the writer's clause is another statement
        words = [t for t in before if t.is_word]
        if len(words) < MIN_REPORTED_WORDS or before[-1].text in ",:" + DASHES:
            return q.start
        return words[0].start

    def _colon_object_subject(self, before: list[Token], rng: tuple[int, int]) -> tuple[int, int] | None:
        """The subject of the verb whose object phrase `rng` ends right before a colon ("il soulève un point de droit
        constitutionnel : « … »", "La jeune femme apporte cette précision : « … »"): the object says what is said,
        its verb's subject says it; None when the phrase opens no object (no determiner after a lower-case word that
        is no function word) or no subject stands before the verb."""
        lex = self.lex
        k = rng[0]
        if k < 2 or before[k].low not in lex.determiners or before[k].is_cap:
            return None
        verb = before[k - 1]
        function = lex.prepositions | lex.articles | lex.determiners | lex.conjunctions | lex.skip
        if (
            not verb.is_word
            or verb.is_cap
            or verb.text.isdigit()
            or verb.low in function
            or verb.low in lex.complementizers
            or verb.low in lex.relatives
            or verb.low in lex.pronouns
        ):
            return None
        subject = self.left_np(before, k - 1)
        return subject if subject is not None and subject[1] == k - 1 else None

    def _bare_phrase(self, window: list[Token], i: int, n: int) -> tuple[int, int] | None:
        """The words between a closing mark and its cue, or right after an inverted cue, as the speaker.

        Right after a quotation, "“…,” this Trump look-alike declared" and "“…,” said one owner of a shop
        who …" attribute it whatever the phrase is; the phrase ends at punctuation or a relative pronoun.
        """
        first = next((k for k, t in enumerate(window) if t.is_word), None)
        if first is None:
            return None
        if first < i and all(t.low in self.lex.skip for t in window[first:i] if t.is_word):
            first = i  # "“…”, ha explicado por teléfono": an auxiliary before the cue is no speaker
        if (
            first < i
            and self.lex.pro_drop
            and any(t.low in self.lex.prepositions for t in window[first:i])
            and not any(t.is_cap for t in window[first:i])
            and self._verb_gender(window[i + n - 1].low) in ("m", "f")
        ):
            first = i  # "»…,« je na tiskovni konferenci navedel": where it was said; the speaker follows or is unnamed
        if first < i:
            words = window[first:i]
            if len(words) <= BARE_SPEAKER_WORDS and all(t.is_word for t in words):
                return (first, i)
            return None
        if first != i:
            return None
        k = i + n
        if (
            self.lex.pro_drop
            and k < len(window)
            and (
                window[k].low in self.lex.prepositions
                or window[k].low in self.lex.conjunctions
                # "„…” – powiedział w rozmowie z „Bild”.": a verb of a person (its gender shows one) speaks for the
                # earlier person ("czytamy w artykule wstępnym gazety" keeps the document)
                or (
                    window[k].low in self.lex.aside_prepositions
                    and self._verb_gender(window[i + n - 1].low) in ("m", "f")
                )
            )
        ):
            # "“…”, aseguró en su primer mensaje a la nación": a phrase saying where or to whom is no speaker, nor
            # is a verb conjoined to the cue ("“…,” je dejala in pozvala ljudi"); a language that leaves subjects
            # out gives the cue the earlier person (English keeps the phrase: its postposed cue always has a
            # subject, and PolNeAR dev lost quotes without it).
            return None
        if (
            # (where the language inverts a cue's subject: English keeps the phrase, PolNeAR dev lost a quotation)
            self.lex.inverted_subjects
            and k < len(window)
            and window[k].low in self.lex.aside_prepositions
            # "proclamaient des banderoles": a preposition that is an article too ("des", "du") opens the speaker;
            # "dit par Tertullien": a passive's agent is the speaker
            and window[k].low not in self.lex.articles | self.lex.determiners | self.lex.passive_agents
        ):
            # "lance au micro un des leaders …", "chantent en choeur une dizaine de jeunes": where or how it was said
            # is no speaker; the phrase a determiner opens after it is, and without one there is none
            m = k + 1 + int(k + 1 < len(window) and window[k + 1].low in self.lex.determiners)
            while m < len(window) and m - k <= INSERTED_WORDS and window[m].is_word:
                if window[m].low in self.lex.determiners:
                    break
                m += 1
            if not (m < len(window) and window[m].low in self.lex.determiners):
                return None
            k = m
        told = self._medium_told(window, k, len(window))
        if told is not None:
            # "„…,“ řekl AFP právník Saif Mulúk": the medium told is no speaker; with nothing after it ("„…,“ řekl
            # AFP, než …") the cue's unnamed subject speaks
            if told >= len(window) or not window[told].is_word:
                return None
            k = told
        first = k
        while (
            k < len(window)
            and k - first < BARE_SPEAKER_WORDS
            and window[k].is_word
            and window[k].low not in self.lex.relatives
            and window[k].low not in self.lex.complementizers
            # "dijo el patriarca antes de lamentar": when or after what it was said ends the phrase, as does a word
            # the language skips after the cue: an addressee, a time ("сказал политик журналистам")
            and not (
                k > first
                and (self.lex.speaker_phrase_ends.match(self.text, window[k].start) or window[k].low in self.lex.skip)
            )
        ):
            k += 1
        # (only where articles open a phrase: in a language without them the words after a trailing preposition
        # are as often the place or medium it was said in, "представителят на ЕС на |пресконференция": of 19 such
        # labels in the pl, cs, ru, bg, sl sweep 5 grew better, 14 no better)
        while (
            self.lex.articles
            and first < k < len(window)
            and k - first < BARE_SPEAKER_WORDS + 2
            and window[k - 1].low in self.lex.prepositions | self.lex.articles
            and window[k].is_word
            and window[k].low not in self.lex.relatives
        ):
            k += 1  # "un des leaders du |mouvement", "one owner of a |shop": a phrase ends on no function word
        return (first, k) if k > first else None

    def _conjoined_cue_subject(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """The inverted subject of an earlier cue that cue i is conjoined to with no subject of its own ("…, sagte der
        Minister und klagte: „…“": the minister complains, not the subject of the claim before), or None."""
        k = i - 1
        if k < 2 or tokens[k].low not in _coordinators(self.lex.lang):
            return None
        for j in range(k - 1, max(-1, k - 1 - POSTPOSED_TAIL - APPOSITION_WORDS), -1):
            n = self.cue_at(tokens, j)
            if n and j + n < k:
                rng = self.right_np(tokens, j + n, k)
                return rng if rng is not None and rng == (j + n, k) else None
            if not tokens[j].is_word:
                return None
        return None

    def _set_off_participle(self, tokens: list[Token], i: int) -> bool:
        """True when cue i is a participle set off by a comma (inside a closing mark too) or "and" after it: it
        opens a statement of its own ("… called for Trump to drop out of the race, calling him “a disgrace …”"),
        whatever the clause it takes."""
        if i == 0 or not self.lex.progressive(tokens[i].low):
            return False
        k = i - 1
        if tokens[k].low in self.lex.claim_coordinators and k > 0:
            k -= 1
        while k > 0 and tokens[k].text in CLOSING:
            k -= 1
        return tokens[k].text == "," or (k == i - 2 and tokens[i - 1].low in self.lex.claim_coordinators)

    def _adverbs_after_conjunction(self, window: list[Token], i: int) -> bool:
        """True when only adverbs and auxiliaries stand between the last conjunction before token i and it ("played
        down Trump's comments as “…” and reportedly argued that …"): the conjoined verb is the same subject's."""
        c = next((k for k in range(i - 1, -1, -1) if window[k].low in self.lex.conjunctions), i - 1)
        return c < i - 1 and all(t.low in self.lex.skip for t in window[c + 1 : i])

    def _cued_clause(self, q: Marked) -> bool:
        """True when the words of the sentence before quotation `q` hold a cue no other quotation took."""
        sent = self.sentences[self._sentence_of(q.outer_start)]
        before = [t for t in sent.tokens if t.end <= q.outer_start]
        return any(self.cue_at(before, k) and not self._in_used_cue(before, k) for k in range(len(before)))

    def _cue_before_quote(self, before: list[Token], q: Marked) -> Quote | None:
        lex = self.lex
        following = re.match(r"\s*,\s*(\w+)", self.text[q.outer_end : q.outer_end + 30])
        if (
            following
            and following.group(1).lower() in lex.complementizers
            and len(_WORD.findall(self.text, q.start, q.end)) <= 3
        ):
            # "повідомили «Київському кур'єру», що …": a quoted name before the clause, not the quotation.
            return None
        cue_i = n = 0
        rng = inverted = None
        clitic: Speaker | None = None
        participle: tuple[int, int] | None = None
        # The nearest speech cue with a speaker ("Hrytsenko said Kyiv still wanted an “all for all” deal"),
        # else the nearest cue of any kind ("He reiterated that any deal must consider the “…”").
        # The scan stops at a participle set off after an earlier claim that another quotation took as its cue: the
        # statement it opens holds this quotation too ("endorsed Trump, saying he had “…” to do “…”").
        first = next(
            (
                i + 1
                for i in range(len(before) - 1, 0, -1)
                if before[i].start in self.used_cues and self._set_off_participle(before, i)
            ),
            0,
        )
        for speech_only in (True, False):
            for i in range(len(before) - 1, first - 1, -1):
                if self._quoted(before[i].start) or self._in_used_cue(before, i) or not self.cue_at(before, i):
                    continue
                n = self.cue_at(before, i)
                if (
                    speech_only
                    and self.lex.needs_complementizer.fullmatch(" ".join([t.low for t in before[i : i + n]]))
                    and not self._set_off_participle(before, i)
                ):
                    continue
                if lex.inverted_subjects and (clitic := self._clitic(before[i : i + n])) is not None:
                    cue_i = i
                    break  # "Pourtant, ajoute-t-il, « … »": the verb carries its subject
                # "Bývalý premiér ve svém textu zároveň vyzval …, aby … „…“": the subject past an aside
                rng = self.gerund_subject(before, i, self.left_np(before, i) or self._left_past_aside(before, i))
                past = self.past_object_name(before, rng, i) if rng is not None else False
                if isinstance(past, tuple):
                    rng = past  # "Putin svému … protějšku prezidentovi Erdoganovi zdůraznil „…“": the object is no speaker
                if self._fronted(before, i, rng):
                    # "Allerdings betonte der 37-Jährige: „…“": a fronted adverb is no speaker, the subject follows
                    inverted = self._inverted_subject(before, i + n)
                    rng = inverted or rng
                implied = self.participle_after_subjectless(before, i)
                if implied is not None:
                    # "… – podkreśliła, dodając, że „…“": the unnamed subject of the cue before the participle
                    # speaks, as a verb carrying its subject does
                    clitic, cue_i = implied, i
                    break
                if self._set_off_participle(before, i):
                    # "…, calling it “disqualifying”": the participle's object is no inverted subject; the
                    # sentence's subject speaks, or the earlier cue's (below)
                    rng = rng or self._subject(before, i)
                else:
                    rng = rng or self._conjoined_cue_subject(before, i) or self._inverted(before, i + n)
                    rng = rng or self._subject(before, i)
                if rng is not None:
                    cue_i = i
                    break
                if participle is None and self._set_off_participle(before, i):
                    participle = (i, n)
            if rng is not None or clitic is not None:
                break
        if participle is not None and rng is not None and clitic is None and cue_i < participle[0]:
            # "The prince called for Trump to drop out of the race, calling him “a disgrace …”": the participle
            # set off after the earlier cue's claim is the quotation's cue; that cue's subject speaks it.
            cue_i, n = participle
        if rng is None and clitic is None:
            for i, tok in enumerate(before):
                sf = lex.source_first.match(self.text, tok.start)
                if sf and (i == 0 or not before[i - 1].is_word) and before[-1].text in ",:" + DASHES:
                    # "According to the newspaper, “…”": the construction before the quotation names its source.
                    j = next((k for k in range(i, len(before)) if before[k].end >= sf.end()), i) + 1
                    src = self.right_np(before, j) or self._phrase_until_comma(before, j)
                    if src is not None and src[1] < len(before) and before[src[1]].text in ",:" + DASHES:
                        # not when a clause of the claim's own words runs from the comma up to a dash before the
                        # quotation: "По словам бывшего премьер-министра Бельгии, продвижение по этому вопросу -
                        # «в интересах обеих сторон»" reports the whole clause (the reported pass finds it); an
                        # apposition set off by commas or dashes names the source ("Според Кери Браун, директор
                        # …, „…“", "en palabras de Khaled Elgindy—becario …— «…»")
                        between = before[src[1] + 1 : -1]
                        clause = (
                            before[src[1]].text == ","
                            and before[-1].text in DASHES
                            and any(t.is_word for t in between)
                            and not any(t.text == "," or t.text in DASHES for t in between)
                        )
                        if not clause:
                            self.used_cues.add(tok.start)
                            cue = (tok.start, before[j - 1].end)
                            return Quote(q.start, q.end, "direct", cue, self.speaker(before, src))
            if before and before[-1].text == ":":
                end = len(before) - 1
                if end > 1 and before[end - 1].low in _listed_words(lex.lang, "COLON_ADVERBS"):
                    end -= 1  # "Klopp weiter: „…“": the speaker stands before the adverb that goes on with his words
                rng = self.left_np(before, end)
                # "Eigentlich wüssten es alle, so die Bundespräsidentin: «…»": the phrase after a postposed source
                # word set off by a comma (POSTPOSED_SOURCES) is the speaker, title or no name
                postposed = (
                    rng is not None
                    and rng[0] > 1
                    and before[rng[0] - 1].low in lex.postposed_sources
                    and before[rng[0] - 2].text == ","
                )
                if rng is not None and not postposed and self._names_no_one(before, rng, places=False, colon=True):
                    rng = None  # "Neu-Trainer Eichner vor Pokalspiel: „…“": the topic is no speaker, the person is
                topic = rng is not None and self._prepositional(before, rng)
                if rng is not None and (topic or self._owned_object(before, rng)):
                    rng = None
                if rng is not None and not postposed:
                    rng = self._colon_object_subject(before, rng) or rng
                person = rng or self._first_person(before, len(before))
                if person:
                    return Quote(
                        q.start, q.end, "direct", (before[-1].start, before[-1].end), self.speaker(before, person)
                    )
                if lex.pro_drop:
                    # "Na otázku novinářů odpověděl (rozhodně): „…“": a subjectless cue before the colon, past an
                    # adverb at most; its unnamed subject speaks
                    k = len(before) - 2
                    if k > 0 and not self.cue_at(before, k) and before[k].is_word and not before[k].is_cap:
                        k -= 1
                    n = self.cue_at(before, k) if k >= 0 else 0
                    if n and k + n >= len(before) - 2 and before[k].start not in self.used_cues:
                        self.used_cues.add(before[k].start)
                        implied = self.resolver.implicit(
                            before[k].start, self._verb_gender(before[k].low), self._scope(before[k].start)
                        )
                        return Quote(q.start, q.end, "direct", (before[k].start, before[k + n - 1].end), implied)
                if topic:
                    # "Su Israele: «Rispetteremo i trattati»": the words are still quoted after the colon, by no one
                    # the phrase names
                    return Quote(q.start, q.end, "direct", (before[-1].start, before[-1].end), None)
            return None
        cue = (before[cue_i].start, before[cue_i + n - 1].end)
        self.used_cues.add(before[cue_i].start)
        # 'le porte-parole de l'armée a affirmé : « … »': the participle is also the last word of the longer cue
        # opening before it ("a affirmé"), which the reported path would otherwise read again
        self.used_cues.update(
            before[k].start for k in range(max(0, cue_i - 3), cue_i) if k + self.cue_at(before, k) > cue_i
        )
        tail = before[cue_i + n :]
        # "Jacobs explained that the title goes to …, “for good or for ill.”": a clause opened by its
        # complementizer runs on into the quotation even after a comma.
        clause = (
            len(tail) > 1 and tail[0].low in lex.complementizers and sum(t.is_word for t in tail) > MIN_REPORTED_WORDS
        )
        embedded = bool(tail) and (tail[-1].text not in ",:" + DASHES or clause)
        start, end = q.start, q.end
        if embedded:
            # A partial quote inside a reported clause: the whole clause is the content.
            addressee = lex.addressee_cue.fullmatch(before[cue_i].low) is not None
            # "Selon Lemaire, les blocages dureront « … »", "Jak zaznaczył Malinowski, jeśli …": a speaker named
            # after the cue is no part of the clause.
            # "Allerdings betonte der Minister, die Lage sei „…“": nor the subject after a fronted word's verb
            opens = (
                rng[1]
                if rng and rng[0] >= cue_i + n and (self._opening_source(before, cue_i) or rng == inverted)
                else cue_i + n
            )
            close = next((k for k in range(opens, min(opens + 4, len(before))) if before[k].text == ")"), None)
            if cue_i + n < opens < len(before) and before[opens].text == "(" and close is not None:
                opens = close + 1  # "spricht das Robert Koch Institut (RKI) von …": the speaker's short form
            start = min(self._content_start(before, opens, len(before), addressee), q.outer_start)
            last = self.sentences[self._sentence_of(max(q.end - 1, q.start))]
            toks = last.tokens
            after = next((k for k, t in enumerate(toks) if t.start >= q.outer_end), len(toks))
            end = max(q.end, self._statement_end(toks, after, q.outer_end - 1, self._clause_end(last, toks)))
            if self.text[q.start : q.end].rstrip()[-1:] == "," and after < len(toks) and self.cue_at(toks, after):
                end = q.end  # '… working together," suggesting that …': the comma inside the marks ends it
        extra: dict[str, Any] = {"partial": True, "quoted": [q.start, q.end]} if embedded else {}
        if clitic is not None:
            speaker: Speaker | None = clitic
        elif rng is not None and rng == inverted:
            speaker = self.inverted_speaker(before, rng)
        else:
            speaker = self.speaker(before, rng)
        return Quote(start, end, "direct", cue, speaker, extra)
