"""Reported speech: claims found by their cue outside quotation marks (X said that …, …, X said; according to X)."""

from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_left, bisect_right
from functools import cache

from storyline.langs import language_data
from storyline.quotes.base import (
    APPOSITION_WORDS,
    CLOSING,
    COLON_WINDOW,
    COMPLEMENTIZER_WINDOW,
    DASHES,
    INVERTED_TAIL,
    MAX_COLON_SOURCE,
    MAX_CUE_TOKENS,
    MIN_REPORTED_WORDS,
    POSTPOSED_TAIL,
    SUBJECT_WORDS,
    Quote,
    _Sentence,
    _words,
)
from storyline.quotes.boundaries import BoundaryMixin
from storyline.quotes.direct import MEDIUM_TITLE_WORDS
from storyline.quotes.phrases import (
    INSERTED_WORDS,
    PHRASE_TAIL,
    QUOTED_SPEAKER_WORDS,
    PhraseMixin,
    _name_particle,
    quoted_by,
)
from storyline.quotes.speakers import POSSESSIVE_S, Speaker, Token, _folded, tokenize
from storyline.store.fold import fold

# Most words of a sentence-opening prepositional phrase before a speaker and cue ("In a statement, X ...").
SHORT_ADVERBIAL = 4
# A subject with a name in apposition before its cue ("Der Präsident des Verbands, Heinrich Kessler, kritisierte"):
# the longest name and the longest head phrase taken for one (a sentence opening with a longer phrase and a comma is
# more likely a claim).
APPOSED_NAME_WORDS = 3
APPOSED_HEAD_WORDS = 8
# ... and of one opening with an article after the name ("Jane Roe, a former chair of …, said").
APPOSED_ARTICLE_WORDS = 16
# Most words of a source's complement before the comma of a name in apposition ("… dei commercianti del centro, ").
APPOSED_REACH = 8
# Words after a predicative cue within which its "as" stands ("see reauthorization of the program as an opportunity").
PREDICATIVE_REACH = 8
# ... or before it, opening its subject's clause ("as we saw", "what Mr. Obama has seen").
PREDICATIVE_BEFORE = 4
# Most words of a source clause ("wie der Sprecher des Ministeriums am Montag in Berlin mitteilte").
SOURCE_CLAUSE_WORDS = 12
# Words after a colon a picture's credit line takes ("Gerald Herbert/Keystone")
CREDIT_WORDS = 4

# Fewest words after a headline that make a story, in which a speaker heading the headline is named again
# (`_named_once`): a sentence or two; a text that is a headline alone keeps its speaker.
STORY_WORDS = 20
# A writer's signature closing a text after the last full stop ("sto", "ek/m", "fro"): its tokens and letters at most.
SIGNATURE_TOKENS = 3
SIGNATURE_LETTERS = 4
# Most tokens of a bracketed aside (party, age, seat) right after a pointer sentence's speaker, closing bracket included.
POINTER_ASIDE_TOKENS = 5


@cache
def _listed_words(lang: str, name: str) -> frozenset[str]:
    """A word list of langs/<iso>/quotes.py (VERSUS_WORDS, INTERROGATIVES, RELAY_GERUNDS)."""
    return frozenset(getattr(language_data(lang, "quotes"), name, ()))


@cache
def _relays(lang: str) -> re.Pattern[str]:
    """RELAY_SOURCES of langs/<iso>/quotes.py as one pattern: the words after a medium naming the source whose words
    it passes on ("со ссылкой на", "з посиланням на"); a pattern matching nothing where the language has none."""
    patterns = getattr(language_data(lang, "quotes"), "RELAY_SOURCES", ())
    if not patterns:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)


# Most words of a where-and-when tail after the inverted speaker of a verb-first postposed cue ("…, sagte … Breton
# im Anschluss an ein Treffen der EU-Wettbewerbsminister in Brüssel": 9 words; semeval8 German audit, session 12).
VERB_FIRST_TAIL = 14

# Most words of a noun phrase in apposition after the inverted speaker of a postposed cue ("…, note Reni Rafat, une
# jeune manifestante venue avec des amis.": 7 words; French fresh audit, session 14).
APPOSITION_TAIL = 12

# Most words of an inverted speaker between a cue and an adjunct cue closing its clause ("uvedla MF DNES s tím, že").
ADJUNCT_SPEAKER_WORDS = 4

# Most words between a plural subject and its verb ("Školské odbory po své dnešní schůzi chtějí": 4).
PLURAL_VERB_REACH = 5

# Most words between a cue and the colon closing its paragraph before a quoted post ("a écrit de son côté :").
LEAD_IN_WORDS = 4


# The most sentences of a lead paragraph that a pointer opening the next paragraph attributes ("Купити вакцину …
# навесні. Саме тоді почнеться вакцинація на платній основі.\n\nПро це розповів …"): audit 23 of SlavicNER uk.
LEAD_SENTENCES = 3
# Sentences of narration a run of indirect speech in its own mood may skip before it resumes (REPORTED_MOOD):
# 235 German SemEval-8 texts, session-24 audit.
MOOD_GAP = 2


class ReportedMixin(PhraseMixin, BoundaryMixin):
    """Reported speech: claims found by their cue outside quotation marks (X said that …, …, X said; according to X)."""

    # --- reported speech ------------------------------------------------------------------------
    def reported(self, direct: list[Quote]) -> list[Quote]:
        """Reported speech and attributed claims found by cues outside quotation marks."""
        quotes: list[Quote] = []
        for sent in self.sentences:
            k = bisect_left(self.candidates, sent.start)
            has_cue = k < len(self.candidates) and self.candidates[k] < sent.end
            signed = self._dash_signed(sent) if self.lex.headline_dash_speaker else None
            if signed is not None:
                quotes.append(signed)
                continue
            if not has_cue and ":" not in self.text[sent.start : sent.start + COLON_WINDOW]:
                continue
            toks = sent.tokens
            i = 0
            while i < len(toks):
                tok = toks[i]
                if i > 0 and tok.start not in self.cues and tok.start not in self.constructions:
                    i += 1
                    continue
                if self._quoted(tok.start) or self._in_used_cue(toks, i) or not (tok.is_word or tok.text == "@"):
                    i += 1
                    continue
                found = (
                    self._anaphoric(sent, i)
                    or self._colon(sent, i)
                    or self._source_clause(sent, i)
                    or self._source_first(sent, i)
                    or self._impersonal(sent, i)
                    or self._cue(sent, i)
                )
                if found is not None:
                    quote, advance = found
                    if quote is not None:
                        if quote.cue is not None and quote.cue[0] == tok.start:
                            self._unsourced_speaker(toks, i, quote)
                        quotes.append(quote)
                    i += advance
                    continue
                i += 1
        # (past an opening mark: "X ha detto: «…»" read as a claim after its colon is the quotation found already)
        # (and before its closing mark: 'L'analisi di Pipes: "Italiani, opponetevi …".')
        starts = [self._past_openers(q.start, q.end) for q in quotes]
        ends = [self._before_closers(s, q.end) for q, s in zip(quotes, starts, strict=True)]
        quotes = [
            q
            for q, s, e in zip(quotes, starts, ends, strict=True)
            if not any(d.start <= s and e <= d.end for d in direct)
        ]
        return quotes + self._reported_mood(direct + quotes)

    def _past_openers(self, start: int, end: int) -> int:
        """The first offset from `start` that is no opening quotation mark or space."""
        while start < end and (self.text[start] in self.lex.openers or self.text[start].isspace()):
            start += 1
        return start

    def _before_closers(self, start: int, end: int) -> int:
        """The last offset before `end` past closing quotation marks, a sentence's final stop and spaces."""
        while end > start and (self.text[end - 1] in self.lex.closers or self.text[end - 1] in ".!? \n\t"):
            end -= 1
        return end

    def _reported_mood(self, found: list[Quote]) -> list[Quote]:
        """Indirect speech going on in its own mood after the attribution (REPORTED_MOOD: "Moskau verletze das
        Völkerrecht, sagte ein Sprecher. Russland sei verpflichtet, …"): a sentence right after one with an
        attributed quotation, whose verb is in that mood outside marks and that holds no quotation or source
        construction of its own, is the same speaker's; the run ends at the first sentence without it."""
        lex = self.lex
        if lex.reported_mood.pattern == r"(?!x)x" or not self.sentences:
            return []
        last: dict[int, Quote] = {}  # sentence index -> the attributed quotation ending there last
        touched: set[int] = set()
        bare: set[int] = set()  # sentences holding a quotation with no cue or speaker
        for q in found:
            first, k = self._sentence_of(q.start), self._sentence_of(max(q.end - 1, q.start))
            if q.kind == "direct" and q.cue is None and q.speaker is None:
                bare.add(k)
            if q.cue is not None:
                # "…. Das teilte der Verein am Montag mit. Krupp werde schon am Dienstag …": after a pointer
                # sentence the run goes on from the sentence of the cue
                k = max(k, self._sentence_of(q.cue[0]))
            touched.update(range(first, k + 1))
            if q.speaker is not None and (k not in last or q.end > last[k].end):
                last[k] = q
        added: list[Quote] = []
        for k in range(1, len(self.sentences)):
            before = last.get(k - 1)
            if before is None and k - 1 in bare and k > 1:
                # "…, sagte eine Sprecherin. „Die Bahn qualifiziert …“ 2020 komme ein Pilotprojekt hinzu": the
                # quotation standing alone after the report is the same speaker's (extract._quoted_after_report)
                before = last.get(k - 2)
            if before is None:
                # "…, wie die Polizei mitteilte. Die Frau leistete Widerstand. Gegen beide werde nun ermittelt.": the
                # account resumes after up to MOOD_GAP sentences of narration in the same paragraph
                g = next((j for j in range(k - 2, max(-1, k - 2 - MOOD_GAP), -1) if j in last or j in touched), None)
                if (
                    g is not None
                    and g in last
                    and self._same_paragraph(self.sentences[g].start, self.sentences[k].start)
                ):
                    before = last[g]
            if before is None or k in touched or before.speaker is None:
                continue
            sent = self.sentences[k]
            toks = sent.tokens
            if (
                not toks
                or _words(toks) < MIN_REPORTED_WORDS
                or toks[0].text in lex.openers
                # a cue word that found no quotation is an adjective or noun here ("keine bestätigten Fälle")
                or any(t.start in self.constructions for t in toks)
            ):
                continue
            verb = next(
                (
                    t
                    for t in self._outside_dependent_clauses(toks)
                    if t.is_word and not self._quoted(t.start) and lex.reported_mood.fullmatch(t.low)
                ),
                None,
            )
            if verb is None:
                continue
            speaker, start = before.speaker, toks[0].start
            colon = next((i for i, t in enumerate(toks) if t.text == ":" and t.start < verb.start), None)
            subject = self._leading_subject(toks[:colon]) if colon else 0
            if colon and subject:
                # "Der Chefunterhändler Oleksandr Hryzenko knüpft eine Zustimmung an Bedingungen: … müsse …": the
                # person the writer names before the colon states what follows, not the speaker before.
                named = self.speaker(toks, (0, subject))
                if named is not None and named.kind == "person" and named.mention is not None:
                    speaker, start = named, toks[colon + 1].start
            quote = Quote(start, self._clause_end(sent, toks), "reported", None, speaker)
            quote.extra["attributed"] = "context"
            added.append(quote)
            last[k] = quote
        return added

    def _outside_dependent_clauses(self, toks: list[Token]) -> list[Token]:
        """`toks` less the clauses a comma and a relative pronoun or subordinator open, up to the next comma: a
        subjunctive there is the writer's ("Der Verband ist bemüht, eine Lösung für die Mitarbeiter zu finden, die
        ihre Arbeit wieder aufgenommen hätten" goes on with no one's words)."""
        openers = self.lex.relatives | _listed_words(self.lex.lang, "SUBORDINATORS")
        kept: list[Token] = []
        inside = False
        for k, t in enumerate(toks):
            if t.text == ",":
                inside = k + 1 < len(toks) and toks[k + 1].low in openers
            elif not inside:
                kept.append(t)
        return kept

    def _same_paragraph(self, a: int, b: int) -> bool:
        """True when offsets a and b lie in one paragraph."""
        return any(s <= a and b < e for s, e in self.paragraphs) or not self.paragraphs

    def _leading_subject(self, toks: list[Token]) -> int:
        """Length of the noun phrase opening `toks` up to the word after its last capitalised one ("Der ukrainische
        Chefunterhändler Oleksandr Hryzenko | knüpft"), 0 when no lower-case word ends it."""
        for k in range(1, len(toks)):
            if (
                toks[k].is_word
                and not toks[k].is_cap
                and toks[k - 1].is_cap
                and toks[k - 1].low not in self.lex.articles
            ):
                return k
        return 0

    def _comma_in_marks(self, tok: Token) -> bool:
        """True for a closing mark right after a comma ('… working together," suggesting that …')."""
        return tok.text in CLOSING and tok.start > 0 and self.text[tok.start - 1] == ","

    def _unsourced_speaker(self, toks: list[Token], i: int, quote: Quote) -> None:
        """Drop the speaker of a cue at token i that names none: a raising verb ("seems to") or a passive ("was
        asked"); a passive's agent ("was asked by X whether") is its speaker instead, and no part of the claim."""
        lex = self.lex
        if lex.unsourced_cues.fullmatch(toks[i].low):
            # "Obama seemed to recognize …", "She appeared to imply …": a cue of its own right after the raising
            # verb keeps the subject as speaker (PolNeAR train: these name a source).
            if not any(self.cue_at(toks, k) and not toks[k].is_cap for k in range(i + 1, min(i + 3, len(toks)))):
                quote.speaker = None
            return
        j = i - 1
        while j >= 0 and toks[j].low in lex.skip and toks[j].low not in lex.passive_auxiliaries:
            j -= 1
        passive = (
            j >= 0
            and toks[j].low in lex.passive_auxiliaries
            and not toks[i].low.endswith(lex.progressive_endings or ("\0",))
        )
        if not passive or toks[i].low in lex.stance_adjectives:
            return
        after = i + max(self.cue_at(toks, i), 1)
        by = next((k for k in range(after, min(after + 3, len(toks))) if toks[k].low in lex.passive_agents), None)
        agent = (self.right_np(toks, by + 1) or self._agent_words(toks, by + 1)) if by is not None else None
        if agent is None or not self._agent(toks, agent):
            quote.speaker = None
            return
        quote.speaker = self.speaker(toks, agent)
        if quote.start <= toks[agent[0]].start:
            start = self._content_start(toks, agent[1], len(toks), addressee=False)
            if start < quote.end and _words([t for t in toks if start <= t.start < quote.end]) >= MIN_REPORTED_WORDS:
                quote.start = start

    def _agent_words(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        """The words of a passive's agent from token j up to a clause, a preposition or punctuation ("by
        moderator Gerard Baker whether …")."""
        lex = self.lex
        k = j
        while (
            k < len(toks)
            and k - j < APPOSITION_WORDS
            and toks[k].is_word
            and toks[k].low not in lex.complementizers
            and toks[k].low not in lex.prepositions
            and not self.cue_at(toks, k)
            and not (k > j and toks[k - 1].is_cap and not toks[k].is_cap)  # a name ends the agent
        ):
            k += 1
        return (j, k) if k > j else None

    def _dash_signed(self, sent: _Sentence) -> Quote | None:
        """A headline signed after a dash with who said it ("Брексіту може взагалі не бути - Мей", "…, - Альтмаєр",
        "… — ЗМІ"): a paragraph of one sentence with no stop at its end, whose last one to three words after a spaced
        dash name a person, body or medium; None for anything else."""
        toks = sent.tokens
        if not any(a == sent.start and self.text[sent.end : b].strip() == "" for a, b in self.paragraphs):
            return None
        if len(toks) < MIN_REPORTED_WORDS + 2 or toks[-1].text in ".!?…" or not toks[-1].is_word:
            return None
        d = next((k for k in range(len(toks) - 2, len(toks) - 5, -1) if k > 0 and toks[k].text in DASHES), None)
        if d is None or self.text[toks[d].start - 1] != " " or not all(t.is_word for t in toks[d + 1 :]):
            return None
        start = next((k for k, t in enumerate(toks[:d]) if t.is_word and not t.text[:1].isdigit()), d)
        end = d - 1 if toks[d - 1].text == "," else d
        if _words(toks[start:end]) < MIN_REPORTED_WORDS or not toks[d + 1].is_cap:
            return None
        if any(t.low in self.lex.conjunctions for t in toks[max(start, d - 3) : d]):
            return None  # "…, а Трамп – Республіканську": a dash standing for a verb left out after "а X"
        tail = toks[d + 1 :]
        if any(t.start in self.cues or self.lex.is_cue_word(t.low) or t.low in self.lex.conjunctions for t in tail) or (
            not tail[-1].is_cap and not self.resolver.title_like(tail[-1].low)
        ):
            # "… - СМИ сообщили причину", "… - Мэй отреагировала": a second headline clause, no signature; "… лишь в
            # двух спорных штатах - Миннесоте и Аризоне": a list set off by the dash
            return None
        speaker = self.speaker(toks, (d + 1, len(toks)))
        if speaker is None or speaker.kind not in ("person", "media", "institution"):
            return None
        return Quote(toks[start].start, toks[end - 1].end, "reported", (toks[d].start, toks[d].end), speaker)

    def _colon(self, sent: _Sentence, i: int) -> tuple[Quote | None, int] | None:
        """ "Graham: Trump's rhetoric is destroying the party" — a named source, a colon, its claim."""
        toks = sent.tokens
        if i != 0:
            return None
        c = next((k for k, t in enumerate(toks[: MAX_COLON_SOURCE + 1]) if t.text == ":"), None)
        if c is None or c == 0 or c + 1 >= len(toks):
            return None
        left = self.left_np(toks, c)
        handle = c == 2 and toks[0].text == "@" and toks[0].end == toks[1].start and toks[1].is_word
        end = self._clause_end(sent, toks)
        if handle:
            left = (0, 2)  # "@AymanM: Des milliers de manifestants …": a quoted post opens with its author's handle
            end = max(end, self._post_end(toks[0].start, toks[c].end))
        if (
            left is None
            or left[0] != 0
            or (_words(tokenize(self.text, toks[c + 1].start, end)) if handle else _words(toks[c + 1 :]))
            < MIN_REPORTED_WORDS
            or self._quoted(toks[c + 1].start)
            or any(s <= toks[left[0]].start and toks[left[1] - 1].end <= e for s, e in self.events)
        ):
            return None  # "Brexit: Theresa May przegrała …": an event's name before the colon is the topic
        speaker = self.speaker(toks, left)
        if speaker is None or speaker.kind not in ("person", "media", "institution"):
            return None
        if speaker.kind != "media" and (
            self._topic_phrase(toks, left) or self._names_no_one(toks, left, places=False, colon=True)
        ):
            # "Egypte : l'opposition donne 24 heures à Morsi", "Violences en Égypte : …"; German capitalises every
            # noun: "Coronavirus: Hilfen der EU …", "Foto: …" name a topic or a label, no one speaking
            return None
        if not handle and not self._agent(toks, left):
            return None
        if not handle and speaker.kind != "media" and self._topic_headline(toks, left, c):
            return None
        if speaker.kind != "media" and self._place_elsewhere(toks, left):
            # "Duisburg: Polizei schreibt Anzeige …", "Bollewick: Einbruch in ein Hotel …": a place heading a
            # police report, whose headline mention the mention layer read as a person
            return None
        if not handle and self._named_once(toks, left, speaker, sent.end):
            # "Hyderabad: Film producer's son pushes cops, booked", "Weather Blog: Snow showers …": a place, rubric or
            # column label heading the story, which the story never names again; a speaker it names again
            return None
        if speaker.kind == "media" and self._credit(toks[c + 1 : c + 1 + CREDIT_WORDS]):
            # "Bild: Gerald Herbert/Keystone (29. Februar 2020) Die Vorwürfe …", "Bild: AFP …": a picture's credit
            # line, where "Bild" is the picture, not the paper
            return None
        self.used_cues.add(toks[c].start)
        return (Quote(toks[c + 1].start, end, "reported", (toks[c].start, toks[c].end), speaker), c + 1)

    def _post_end(self, start: int, colon: int) -> int:
        """End of the paragraph a handle at `start` opens, past its last stop ("@waelabbas: Haha! Les élèves …
        tricher. J'en ai le fou rire."): a quoted post runs over all its sentences; `start` when no paragraph opens
        there, or when another colon after the handle's at `colon` leads a post or words of someone else inside it
        ("RT: @Zeinobia: …", "Pres. Morsy: …", "Ministro de Comunicaciones: "…"")."""
        k = bisect_right(self.paragraphs, (start, len(self.text))) - 1
        if k < 0 or self.text[self.paragraphs[k][0] : start].strip() or ":" in self.text[colon : self.paragraphs[k][1]]:
            return start
        end = self.paragraphs[k][1]
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ".!?;"):
            end -= 1
        return end

    def _topic_headline(self, toks: list[Token], rng: tuple[int, int], colon: int) -> bool:
        """True when a headline "X: …" names its topic or labels its line before the colon, not who speaks: two
        sides set against each other ("Biden vs Trump: …", VERSUS_WORDS), an indirect question after the colon
        ("…: what the polls say", "…: что говорили об Украине", INTERROGATIVES, lower case, no question mark), a
        label word alone ("Телефон: +7 499 …", "Przypomnijmy: …", HEADLINE_LABELS), a common noun with a place or
        event after a preposition (`_topic_place`: "Дебаты в США: …") or a noun governing people named in another
        case (`_oblique_names`: "Дебаты Трампа и Байдена: …")."""
        lang = self.lex.lang
        words = [t for t in toks[rng[0] : rng[1]] if t.low not in self.lex.articles]
        if any(t.low in _listed_words(lang, "VERSUS_WORDS") for t in words):
            return True
        first = toks[colon + 1]
        if (
            first.low in _listed_words(lang, "INTERROGATIVES")
            and not first.is_cap
            and not any(t.text in "?¿" for t in toks[colon + 1 :])
        ):
            return True
        labels = _listed_words(lang, "HEADLINE_LABELS")
        if len(words) == 1 and (
            words[0].low in labels
            # a label ending in a hyphen opens a code ("pol-" in "POL-KN: (VS-Schwenningen) Unfallflucht …")
            or any(w.endswith("-") and words[0].low.startswith(w) for w in labels)
        ):
            return True
        if self.mentions_known and len(words) == 1 and self._topic_compound(words[0]):
            return True
        return self.mentions_known and (self._topic_place(toks, rng) or self._oblique_names(toks, rng))

    def _topic_compound(self, word: Token) -> bool:
        """True, in a language that capitalises its nouns (NOUNS_CAPITALISED), for a hyphenated compound alone before
        a headline's colon whose head, the part after its last hyphen, is a common noun naming no speaker:
        "Germanwings-Absturz: Gericht verhandelt …", "Home-Invasion: …" name the event ("CDU-Chef: …" is a title,
        "Kramp-Karrenbauer: …" a person named in full elsewhere)."""
        head = word.text.rsplit("-", 1)[-1]
        if not self.lex.nouns_capitalised or "-" not in word.text.strip("-") or not head[:1].isupper():
            return False
        person = self.resolver._by_surname(word.text)
        if self.resolver._by_surname(head) or (person and person.full_end - person.full_start > len(word.text)):
            return False  # (the mention layer may read the compound as a name: only a person named in full counts)
        low = POSSESSIVE_S.sub("", head.lower())
        return not (self.resolver.is_title(low) or self.resolver.title_like(low) or self._head_noun(low))

    def _names_agent_word(self, toks: list[Token]) -> bool:
        """True when a word of `toks` stands for a speaker without a name: a pronoun, a title, a source, office,
        institution or document noun in any case form, or a medium."""
        lex = self.lex
        for t in toks:
            base = POSSESSIVE_S.sub("", t.low)
            if base in lex.pronouns or base in lex.possessives or self.resolver.is_title(base) or self._head_noun(base):
                return True
        folded = f" {fold(' '.join(t.text for t in toks))} "
        return any(f" {h} " in folded for h in _folded(lex.media_hints))

    def _topic_place(self, toks: list[Token], rng: tuple[int, int]) -> bool:
        """True when a phrase before a headline's colon is a common noun with a place, event or product after a
        preposition, and names no person or body: what happens there is the topic ("Изборите в САЩ: …", "Дебаты в
        США: …", "Arbeitsmarkt in Helmstedt: …"; "Russia: …" alone speaks for its government, "Евродепутатите за
        Брекзит" are people by their title)."""
        start, end = toks[rng[0]].start, toks[rng[1] - 1].end
        prep = next((k for k in range(rng[0] + 1, rng[1]) if toks[k].low in self.lex.prepositions), None)
        # a capitalised word after a preposition that takes only places (PLACE_PREPOSITIONS) is the place, whatever
        # the mention layer read it as ("Arbeitsmarkt in Helmstedt: …", "Gewitter-Bilanz in Essen: …")
        place_after = (
            prep is not None
            and toks[prep].low in _listed_words(self.lex.lang, "PLACE_PREPOSITIONS")
            and toks[prep + 1].is_cap
        )
        named_end = toks[prep].start if place_after and prep is not None else end
        if (
            any(s < named_end and start < e for s, e in self.agent_names)
            or self.people.inside(start, named_end) is not None
        ):
            return False
        places = self.topic_names + self.events
        head = next(t for t in toks[rng[0] : rng[1]] if t.low not in self.lex.articles)
        if not head.is_cap or any(s < head.end and head.start < e for s, e in places):
            return False
        if prep is None or not (place_after or any(toks[prep].end <= s and e <= end for s, e in places)):
            return False
        return not self._names_agent_word(toks[rng[0] : prep])

    def _oblique_names(self, toks: list[Token], rng: tuple[int, int]) -> bool:
        """True when, in a declining language (GENITIVE_COMPLEMENTS), every person a phrase before a headline's colon
        names is named in another case (`PersonIndex.inflected`) after words naming no speaker: the noun heading the
        phrase is its topic ("Дебаты Трампа и Байдена", "Biografija Donalda Trumpa"; "Oświadczenie Tuska",
        "Rzecznik Kremla" and "Komentář Davida Marka" name a document or a title)."""
        if not self.lex.genitive_complements:
            return False
        start, end = toks[rng[0]].start, toks[rng[1] - 1].end
        people = [p for p in self.people.people if start <= p.start and p.end <= end]
        if not people or not all(self.people.inflected(p) for p in people):
            return False
        before = [t for t in toks[rng[0] : rng[1]] if t.end <= people[0].start]
        if not before or any(s < before[-1].end and before[0].start < e for s, e in self.agent_names):
            return False
        return not self._names_agent_word(before)

    def _place_elsewhere(self, toks: list[Token], rng: tuple[int, int]) -> bool:
        """True when the words before a headline's colon come again elsewhere in the article inside a place or
        product mention and never inside another person mention: a place named as the headline's topic."""
        start, end = toks[rng[0]].start, toks[rng[1] - 1].end
        words = re.compile(r"(?<!\w)" + re.escape(self.text[start:end]) + r"(?!\w)")

        def holds(names: list[tuple[int, int]]) -> bool:
            return any((e <= start or s >= end) and words.search(self.text, s, e) for s, e in names)

        # "Duisburg: Zusteller bei Kollision verletzt … in Duisburg-Marxloh": a word the language puts only places
        # after (PLACE_PREPOSITIONS, "in", "aus") names a place, whatever the mention layer read it as
        places = _listed_words(self.lex.lang, "PLACE_PREPOSITIONS")
        where = re.compile(rf"(?<!\w)(?i:{'|'.join(places)})\s+" + re.escape(self.text[start:end]) + r"(?!\w)")
        if places and where.search(self.text):
            return True
        return holds(self.topic_names) and not holds(self.person_names)

    def _named_once(self, toks: list[Token], rng: tuple[int, int], speaker: Speaker, sent_end: int) -> bool:
        """True, in a language that asks it (COLON_SOURCE_NAMED_AGAIN), when a story follows the headline sentence
        ending at `sent_end`, the last word of the speaker's label before its colon comes nowhere else in the text
        but before another colon, and no word of the phrase is a pronoun, title or source noun: a place, rubric or
        column label ("Hyderabad: …", "Tennis: …", "Ask Amy: …"), where a speaker heading a headline is named again
        in the story ("Gov. Kay Ivey: … Ivey said"). A headline alone keeps its speaker."""
        if not self.lex.colon_source_named_again or self._names_agent_word(toks[rng[0] : rng[1]]):
            return False
        if len(re.findall(r"\w+", self.text[sent_end : sent_end + 60 * STORY_WORDS])) < STORY_WORDS:
            return False
        start, end = toks[rng[0]].start, toks[rng[1] - 1].end
        words = (speaker.label or self.text[start:end]).split()
        if not words:
            return False
        name = re.compile(r"(?<!\w)" + re.escape(POSSESSIVE_S.sub("", words[-1])) + r"(?!\w)")
        return not any(
            not start <= m.start() < end and not self.text[m.end() : m.end() + 2].lstrip().startswith(":")
            for m in name.finditer(self.text)
        )

    def _credit(self, toks: list[Token]) -> bool:
        """True when words opening a claim after a colon are a credit line: a medium or agency first, or names
        joined by a slash ("Gerald Herbert/Keystone", "REUTERS/Fabian Bimmer")."""
        if toks and toks[0].low in self.lex.media_hints:
            return True
        return any(
            t.text == "/" and 0 < k < len(toks) - 1 and toks[k - 1].end == t.start and t.end == toks[k + 1].start
            for k, t in enumerate(toks)
        )

    def _colon_after(self, toks: list[Token], after_cue: int) -> bool:
        """True when a colon follows token `after_cue` past at most a few words outside brackets ("a écrit sur son
        blog :", "écrit [en anglais, comme les liens suivants] :")."""
        words, depth = 0, 0
        for t in toks[after_cue:]:
            if t.text == ":" and depth == 0:
                return True
            depth += (t.text in "([") - (t.text in ")]")
            words += depth == 0 and t.is_word
            if words > LEAD_IN_WORDS:
                return False
        return False

    def _lead_in_block(self, sent: _Sentence, after_cue: int) -> tuple[int, int] | None:
        """The next paragraph, when the sentence of a cue ends its paragraph with a colon and at most a few words
        (outside brackets) stand between cue and colon ("Zeinobia a écrit de son côté :", "Rasha Abdulla afferma:",
        "Michelle Gonzalez écrit [en anglais] :"): blogs and Global Voices quote a post as a paragraph of its own,
        without marks. A paragraph opening with a mark or a handle and its colon ("@AymanM: …") is found as such; a
        post opening with the handle it answers and no colon ("@alaa Escuché que …") is the block, and so is a post
        after its author's handle and a language tag ("@SherineT [en]: Caos total …"), without them."""
        toks = sent.tokens
        if not self.paragraphs or not toks or toks[-1].text != ":":
            return None
        words, depth = 0, 0
        for t in toks[after_cue:-1]:
            depth += (t.text in "([") - (t.text in ")]")
            words += depth == 0 and t.is_word
        if words > LEAD_IN_WORDS:
            return None
        k = bisect_left(self.paragraphs, (sent.end + 1, 0)) - 1
        if k < 0 or k + 1 >= len(self.paragraphs) or self.text[sent.end : self.paragraphs[k][1]].strip():
            return None
        start, end = self.paragraphs[k + 1]
        handle = re.match(r"@\w+\s*(\[[^\]\n]{1,20}\]\s*)?:\s*", self.text[start:end])
        if handle is not None and handle.group(1):
            start += handle.end()
        opening = self.text[start : start + 1]
        if (
            (handle is not None and not handle.group(1))
            or opening in self.lex.openers
            or _words(tokenize(self.text, start, end)) < MIN_REPORTED_WORDS
        ):
            return None
        return (start, end)

    def _topic_phrase(self, toks: list[Token], rng: tuple[int, int]) -> bool:
        """True when a phrase before a headline's colon names a place or product, not who speaks: its head is in
        such a mention, no person or body is named in it, and no word of it names an institution ("Casa Bianca")."""
        start, end = toks[rng[0]].start, toks[rng[1] - 1].end
        head = toks[rng[1] - 1]
        if not any(s <= head.start and head.end <= e for s, e in self.topic_names):
            return False
        if any(start <= s < end for s, _e in self.agent_names):
            return False
        lex = self.lex
        # "Premier Pakistanu: …": a title or source noun heads the phrase, the place is its complement
        return not any(
            t.low in lex.non_person or t.low in lex.institution_nouns or self._head_noun(t.low)
            for t in toks[rng[0] : rng[1]]
        )

    def _lead_before(self, sent: _Sentence, previous: _Sentence, p0: int) -> bool:
        """True when pointer sentence `sent` opens its paragraph (starting at p0) and `previous`, a sentence ended by a
        full stop, closes the paragraph before it, which is not the text's first (a headline's)."""
        if self.text[p0 : sent.start].strip() or previous.tokens[-1].text not in (".", "!"):
            return False
        if self.text[previous.end : p0].strip():
            return False
        first = self.paragraphs[0] if self.paragraphs else (0, 0)
        return not first[0] <= previous.start < first[1]

    def _past_pointer_setting(self, toks: list[Token], c: int) -> tuple[int, int]:
        """The cue after a short phrase of where a pointer's statement was made, its preposition before token c,
        and the cue's length ("Про це в ефірі каналу «Україна 24» розповів лікар …"), when a speaker follows that
        cue; else (c, 0). No comma or complementizer stands in the phrase."""
        for j in range(c + 1, min(len(toks), c + INSERTED_WORDS + 1)):
            if toks[j].text == "," or toks[j].low in self.lex.complementizers:
                break
            n = self.cue_at(toks, j)
            if n:
                return (j, n) if self.inverted_np(toks, j + n) is not None else (c, 0)
        return c, 0

    def _anaphoric(self, sent: _Sentence, i: int) -> tuple[Quote | None, int] | None:
        """ "Об этом сообщил пресс-секретарь президента Дмитрий Песков.", "Poinformował o tym rzecznik …": a
        sentence of a cue, a word pointing back and the speaker attributes the sentence before it."""
        lex = self.lex
        toks = sent.tokens
        if i != 0 or len(toks) < 3:
            return None
        m = lex.anaphor.match(self.text, toks[0].start)
        subject = document = None
        if m is not None:  # "Об этом сообщил X", "Así lo ha afirmado X"
            c = self._past_when(toks, next(k for k in range(len(toks)) if toks[k].end >= m.end()) + 1)
            n = self.cue_at(toks, c) if c < len(toks) else 0
            imp = lex.impersonal.match(self.text, toks[c].start) if not n and c < len(toks) else None
            if imp is not None:
                # "Про це йдеться в сюжеті «Сьогодні».", "Об этом говорится в заявлении Госдепа.": the document
                # named after an impersonal cue is the source of the sentence before
                n = next(k for k in range(c, len(toks)) if toks[k].end >= imp.end()) + 1 - c
                document = self._document_after(toks, c + n)
                if document is None:
                    return None
            if not n and c < len(toks) and toks[c - 1].low in lex.prepositions:
                # "Про це в інтерв'ю LB.ua повідомив заступник міністра …": where it was said stands before the cue
                c, n = self._past_pointer_setting(toks, c)
            if not n and c < len(toks):
                # "Про це він заявив", "Про це УНН повідомляє": the speaker stands before the cue
                subject = (c, c + 1) if toks[c].low in lex.pronouns else self.right_np(toks, c)
                if subject is not None:
                    # "Про це Трамп заявив": the phrase ends at the cue
                    cut = next((k for k in range(subject[0] + 1, subject[1]) if self.cue_at(toks, k)), subject[1])
                    subject = (subject[0], cut)
                # ("Про це глава Ради Шарль Мішель у неділю, 24 січня, заявив …": when it was said may follow him)
                # (a time phrase or a date, not an auxiliary the language skips: "Das Institut hatte erklärt, …")
                when = self._past_when(toks, subject[1]) if subject is not None else len(toks)
                if subject is not None and when > subject[1] and toks[subject[1]].low not in lex.prepositions:
                    when = when if any(t.text.isdigit() for t in toks[subject[1] : when]) else subject[1]
                n = self.cue_at(toks, when) if when < len(toks) else 0
                if n and subject is not None:
                    c = when
                else:
                    subject = None
            after = c + n
        else:  # "Poinformował o tym X", "Uvedl to X", "Він заявив про це …"
            c = 1 if toks[0].low in lex.pronouns and lex.pronouns[toks[0].low] and self.cue_at(toks, 1) else 0
            subject = (0, 1) if c else None
            n = self.cue_at(toks, c)
            m = lex.anaphor.match(self.text, toks[c + n].start) if n and c + n < len(toks) else None
            if m is None:
                return None
            after = next(k for k in range(c + n, len(toks)) if toks[k].end >= m.end()) + 1
        k = self._sentence_of(sent.start)
        if not n or k == 0:
            return None
        rng = subject or document or self.inverted_np(toks, after)
        implied = None
        if rng is None:
            if not lex.pro_drop or after >= len(toks) or toks[after].is_cap or toks[after].text in CLOSING:
                return None  # "Об этом сообщают «Известия»": a source the phrase rules do not read
            # "Poinformował o tym 30 grudnia na swoim profilu": the verb's gender picks the person spoken of
            implied = self.resolver.implicit(toks[c].start, self._verb_gender(toks[c].low), self._scope(toks[c].start))
            rng = (after, after)
        tail = toks[max(rng[1], after) :]
        close = next((q for q, t in enumerate(tail[1:POINTER_ASIDE_TOKENS], 1) if t.text == ")"), None)
        if tail and tail[0].text == "(" and close is not None:
            # "Das kündigte Kultusminister Alexander Lorz (CDU) am Donnerstag … an.": the speaker's party or age in
            # brackets is no circumstance
            tail = tail[close + 1 :]
        pointed = subject is None and implied is None and document is None
        apposed = self._pointer_apposition(toks, max(rng[1], after)) if pointed else None
        if apposed is not None:
            # "Dies sagte der Kommissionspräsident, FDP-Ständerat Andrea Caroni (FDP, AR), gestern Abend vor den
            # Medien.": the person the speaker phrase names speaks; the circumstances follow the apposition
            rng, tail = apposed[0], toks[apposed[1] :]
        # "…, передає The Guardian", "… з посиланням на Reuters": a medium passing the statement on closes it
        relay = next(
            (
                q
                for q, t in enumerate(tail)
                if (t.start in self.cues or t.start in self.constructions)
                and (q == 0 or tail[q - 1].text == "," or not tail[q - 1].is_word)
            ),
            None,
        )
        if relay is not None:
            tail = tail[: max(relay - 1, 0)] if relay and tail[relay - 1].text == "," else tail[:relay]
        # "Об этом сообщает Reuters, ссылаясь на офис премьера": whom the medium relies on closes it (RELAY_GERUNDS)
        gerund = next((q for q, t in enumerate(tail) if t.low in _listed_words(lex.lang, "RELAY_GERUNDS")), None)
        if gerund is not None:
            tail = tail[: max(gerund - 1, 0)] if gerund and tail[gerund - 1].text == "," else tail[:gerund]
        # "…, który rozmawiał z Imranem Khanem": a relative clause describes the speaker
        tail = next(
            (tail[:q] for q in range(len(tail) - 1) if tail[q].text == "," and tail[q + 1].low in lex.relatives), tail
        )
        while tail and (tail[0].text[:1].isdigit() or tail[0].low in lex.skip):
            # "30 grudnia na swoim profilu": a date (its day and month) or an adverb before the circumstances
            tail = tail[2:] if tail[0].text[:1].isdigit() and len(tail) > 1 and tail[1].is_word else tail[1:]
        # A pointer sentence only says who said it, where and when: its circumstances may run longer
        # ("Про це він заявив у ході зустрічі з послами 27 країн ЄС 18 листопада").
        if not (_words(tail) <= INVERTED_TAIL or self._adverbial_tail(tail, 2 * POSTPOSED_TAIL)) and (
            subject is None or any(t.low in lex.complementizers or t.text == ":" for t in tail)
        ):
            # (a pointer with its speaker before the cue, "Про це Трамп заявив під час мітингу своїх прихильників у
            # вівторок, 5 січня", names who said it whatever the circumstances after, unless a clause follows)
            return None
        previous = self.sentences[k - 1]
        if _words(previous.tokens) < MIN_REPORTED_WORDS or previous.tokens[-1].text == ":":
            return None if subject is None else (None, len(toks))
        # "this" points back within its paragraph (a headline is no claim of it), or from the opening of its own
        # paragraph to the full stop closing the paragraph before, not the text's first ("Влада планує … з 4 січня.
        # \n\nПро це повідомила газета …"), to a sentence that names no speaker of its own ("„…” – powiedział
        # premier."): else the pointer attributes nothing, and says nothing
        if any(
            p0 <= sent.start < p1 and not p0 <= previous.start < p1 and not self._lead_before(sent, previous, p0)
            for p0, p1 in self.paragraphs
        ) or any(self._names_speaker(previous.tokens, j) for j in range(len(previous.tokens))):
            return (None, len(toks))
        self.used_cues.add(toks[c].start)
        cue = (toks[c].start, toks[c + n - 1].end)
        end = self._clause_end(previous, previous.tokens)
        speaker = implied or self.speaker(toks, rng)
        medium = self._medium_after(toks, rng[1]) if rng[1] > rng[0] else None
        if medium is not None and self._closes_sentence(toks, medium[1]):
            # "Това заяви Робин Уолкър, цитиран от Ройтерс.": Reuters carried the words
            speaker = self._with_medium(speaker, toks, medium[0])
        # (a person "посилаючись на" something gives a reason: "Про це заявив прем'єр Жан Кастекс, посилаючись на …")
        relays = pointed and rng[1] > rng[0] and (speaker is None or speaker.kind != "person")
        source = self._relayed_source(toks, rng[1]) if relays else None
        relayed = self.speaker(toks, source) if source is not None else None
        if relayed is not None:
            # "Об этом сообщила газета The Sunday Times со ссылкой на источник в британской армии": the medium
            # passes on the words of the source it names; that source speaks
            speaker = self._with_medium(relayed, toks, rng)
        return (Quote(self._lead_start(sent, k - 1), end, "reported", cue, speaker), len(toks))

    def _relay_after(self, toks: list[Token], k: int) -> int | None:
        """The token of the RELAY_SOURCES construction that closes the medium's name starting at token k (words and
        quotation marks only, at most QUOTED_SPEAKER_WORDS tokens); None where none does."""
        marks = set(self.lex.openers) | self.lex.closers
        for m in range(k + 1, min(len(toks), k + QUOTED_SPEAKER_WORDS)):
            if toks[m].start in self.constructions and _relays(self.lex.lang).match(self.text, toks[m].start):
                return m
            if not toks[m].is_word and toks[m].text not in marks:
                return None
        return None

    def _relayed_claim(self, sent: _Sentence, i: int, j: int) -> tuple[Quote | None, int] | None:
        """ "Агентство Bloomberg со ссылкой на экономистов сообщило, что …": a relay construction at token i (ending
        before token j) followed by the medium's own cue; that cue reads the claim, the source the construction names
        speaks and the medium relays it. None where no cue follows the source."""
        toks = sent.tokens
        verb = self._cue_after_relayed(toks, i, j)
        if verb is None:
            return None
        end = verb - 1 if toks[verb - 1].text == "," else verb
        # (the source's words up to a place or setting: "на экспертов-юристов | в своих публикациях утверждают")
        end = next((k for k in range(j + 1, end) if toks[k].low in self.lex.prepositions), end)
        source = self.speaker(toks, self.right_np(toks[:end], j) or (j, end))
        medium = self.left_np(toks, i - 1 if toks[i - 1].text == "," else i) if i > 0 else None
        relayed = self._with_medium(source, toks, medium) if medium is not None and source else source
        found = self._cue(sent, verb)
        if found is not None and found[0] is not None and relayed is not None:
            return (dataclasses.replace(found[0], speaker=relayed), verb - i + found[1])
        n = self.cue_at(toks, verb)
        start = self._content_start(toks, verb + n, len(toks), addressee=False)
        that = next((t for t in toks[verb + n :] if t.start == start), None)
        if relayed is None or that is None or that.low not in self.lex.complementizers:
            return (None, verb - i)
        # (a cue whose own reading gives up on the source and setting before it: "… со ссылкой на источник в
        # британской армии сообщила, что …")
        self.used_cues.add(toks[verb].start)
        cue = (toks[verb].start, toks[verb + n - 1].end)
        return (Quote(start, self._clause_end(sent, toks), "reported", cue, relayed), len(toks) - i)

    def _cue_after_relayed(self, toks: list[Token], i: int, j: int) -> int | None:
        """The token of the cue right after the source a relay construction at token i (ending before token j)
        names, set off by a comma or not ("NBC News со ссылкой на некие источники сообщал о том, что …", "ЗМІ, з
        посиланням на поінформовані джерела, повідомляють, що …"); None where the construction opens no such clause."""
        if not _relays(self.lex.lang).match(self.text, toks[i].start):
            return None
        for k in range(j + 1, min(len(toks), j + 1 + INSERTED_WORDS)):
            if self.cue_at(toks, k):
                return k if toks[k - 1].is_word or (toks[k - 1].text == "," and k - 1 > j) else None
            if not toks[k].is_word and not (toks[k].text == "," and k + 1 < len(toks) and self.cue_at(toks, k + 1)):
                return None
        return None

    def _relayed_source(self, toks: list[Token], k: int) -> tuple[int, int] | None:
        """The phrase of the source whose words a medium ending before token k passes on ("газета The Sunday Times |
        со ссылкой на источник в британской армии", "ONLINE.UA | со ссылкой на ВВС"); None where no RELAY_SOURCES
        words follow there."""
        j = self._past_words(toks, k, _relays(self.lex.lang))
        if j is None or j >= len(toks):
            return None
        return self.right_np(toks, j) or self._phrase_until_comma(toks, j)

    def _past_when(self, toks: list[Token], c: int) -> int:
        """The token after the adverbs the language skips and a date at token c, where a pointer's cue may stand
        ("Об этом вчера сообщил", not the auxiliary of "Lo ha annunciato"; "Об этом 31 октября сообщает Би-би-си",
        "Про це в четвер, 20 листопада, заявив …"); c itself when no cue follows them."""
        k = c
        while k < len(toks) and toks[k].low in self.lex.skip and not self.cue_at(toks, k):
            k += 1
        dated = self._past_date(toks, k)
        if dated is not None and self.cue_at(toks, dated):
            return dated
        return k

    def _lead_start(self, sent: _Sentence, k: int) -> int:
        """Where the claim of a pointer sentence `sent` starts when sentence k before it ends it: that sentence's
        start, or for a pointer opening a paragraph after a lead of a few sentences naming no speaker ("Купити
        вакцину можна буде навесні. Саме тоді почнеться вакцинація.\n\nПро це розповів лікар …") the lead's."""
        previous = self.sentences[k]
        lead = next(((p0, p1) for p0, p1 in self.paragraphs if p0 <= previous.start < p1), None)
        if lead is None or lead[0] <= sent.start < lead[1]:
            return previous.start
        j = k
        while (
            j > 0
            and k - j < LEAD_SENTENCES - 1
            and self.sentences[j - 1].start >= lead[0]
            and not any(
                self._names_speaker(self.sentences[j - 1].tokens, m) for m in range(len(self.sentences[j - 1].tokens))
            )
        ):
            j -= 1
        return previous.start if self.sentences[j].start > lead[0] else self.sentences[j].start

    def _past_date(self, toks: list[Token], c: int) -> int | None:
        """The token after a date (a day's number and the lower-case month after it) set at token c, commas
        around it and adverbs the language skips included ("31 октября", ", 20 листопада,"); None when no date
        stands there."""
        k = c + 1 if c < len(toks) and toks[c].text == "," else c
        if not (k + 1 < len(toks) and toks[k].text.isdigit() and toks[k + 1].is_word and not toks[k + 1].is_cap):
            return None
        k += 2
        if k < len(toks) and toks[k].text == ",":
            k += 1
        while k < len(toks) and toks[k].low in self.lex.skip and not self.cue_at(toks, k):
            k += 1
        return k if k < len(toks) else None

    def _title_in_marks(self, toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
        """A medium's name in marks between tokens a and b of a source clause, after its article ("Wie es in der
        „Financial Times“ (FT) hieß"): between an opener and its verb a marked name is a source, no quotation."""
        lex = self.lex
        k = a + 1 if a < b and toks[a].low in lex.articles else a
        if k + 2 < b and toks[k].text in lex.openers and toks[k + 1].is_cap:
            close = next((m for m in range(k + 2, b) if toks[m].text in lex.openers[toks[k].text]), None)
            if close is not None and all(t.is_word for t in toks[k + 1 : close]):
                return (k + 1, close)
        return None

    def _pointer_apposition(self, toks: list[Token], k: int) -> tuple[tuple[int, int], int] | None:
        """The person named between commas right after a pointer's speaker phrase ending at token k, a
        parenthesis of party and seat in it ("…, FDP-Ständerat Andrea Caroni (FDP, AR), …"): the name's
        token range and the position after its closing comma; None when no such apposition follows."""
        if k >= len(toks) or toks[k].text != ",":
            return None
        depth = 0
        for m in range(k + 1, min(len(toks), k + 2 + APPOSED_HEAD_WORDS)):
            t = toks[m].text
            depth += (t == "(") - (t == ")")
            if t == "," and depth == 0:
                person = self.people.inside(toks[k + 1].start, toks[m - 1].end) if m > k + 1 else None
                if person is None:
                    return None
                a = next(j for j in range(k + 1, m) if toks[j].end > person.start)
                b = next((j for j in range(a, m) if toks[j].start >= person.end), m)
                return ((a, b), m + 1)
            if not (toks[m].is_word or t in "()-'’" or (t == "," and depth > 0)):
                return None
        return None

    def _names_speaker(self, toks: list[Token], j: int) -> bool:
        """True when a cue at token j may give its sentence a speaker of its own: not a cue that reports only
        with a clause where none follows ("Das Landgericht will am 6. Mai die Klagen verhandeln. Dies teilte ein
        Gerichtssprecher mit.": an intention, which the pointer after it attributes)."""
        n = self.cue_at(toks, j)
        if not n:
            return False
        words = " ".join([t.low for t in toks[j : j + n]])
        return self.lex.clause_only_cues.fullmatch(words) is None or any(
            t.low in self.lex.complementizers for t in toks[j + n :]
        )

    def _closes_name(self, toks: list[Token], k: int) -> bool:
        """True when token k closes a short capitalised stretch in marks that is no quotation found (a name the
        direct pass set aside: 'компанії "Медичні закупівлі"')."""
        if toks[k].text not in CLOSING or any(q.outer_end == toks[k].end for q in self.quoted):
            return False
        opener = next((m for m in range(k - 1, max(-1, k - 6), -1) if toks[m].text in self.lex.openers), None)
        return opener is not None and opener + 1 < k and toks[opener + 1].is_cap

    def _source_clause(self, sent: _Sentence, i: int) -> tuple[Quote | None, int] | None:
        """ "…, wie ein Sprecher des Ministeriums mitteilte." / "Wie Merz sagte, …": a verb-final clause that
        names its source between its opener and its verb; "…, so ein Sprecher." names it with no verb."""
        lex = self.lex
        toks = sent.tokens
        opener = toks[i].low in lex.source_clause_openers
        if not opener and toks[i].low not in lex.postposed_sources:
            return None
        # a medium's name in marks or its short form in brackets ("Wie die „Financial Times“ (FT) berichtete, …")
        marks = set(lex.openers) | lex.closers | {"(", ")"}
        end = next((k for k in range(i + 1, len(toks)) if not toks[k].is_word and toks[k].text not in marks), len(toks))
        if _words(toks[i:end]) > SOURCE_CLAUSE_WORDS:
            return None
        if opener:
            verb = end - 1
            while verb > i + 1 and toks[verb].low in lex.clause_auxiliaries:
                verb -= 1
            if verb <= i + 1 or not lex.source_clause_verb.fullmatch(toks[verb].low):
                return None
            first = i + 1
            if toks[first].low in lex.pronouns and first + 2 < verb and toks[first + 1].low in lex.source_prepositions:
                first += 2  # "Wie es in der „Financial Times“ hieß, …": the pronoun is empty, the place said it
            elif toks[first].low in lex.source_prepositions and first + 1 < verb:
                first += 1  # "Wie aus einer Vorlage für den Stadtrat hervorgeht, …": the document it comes out of
            rng = self.right_np(toks, first, verb) or self._title_in_marks(toks, first, verb)
            cue = (toks[verb].start, toks[end - 1].end)
        else:
            rng = self.right_np(toks, i + 1, end)
            if rng is not None and rng[1] != end:
                return None  # "…, so dass …", "so viel wie …": no phrase closing the clause
            cue = (toks[i].start, toks[i].end)
        if rng is None:
            return None
        k = i
        while k > 0 and toks[k - 1].text in "," + DASHES:
            k -= 1
        if (
            k < i
            and _words(toks[:k]) >= MIN_REPORTED_WORDS
            and (_words(toks[end:]) == 0 or self._signed_end(toks, end))
        ):
            start, stop = toks[0].start, toks[k - 1].end  # postposed: the claim is the sentence before it
        elif (
            opener
            # "… trug zu dem Ergebnis bei: Wie das Innenministerium mitteilte, gingen …": a colon opens a clause too
            and (_words(toks[:i]) == 0 or toks[i - 1].text == ":")
            and end < len(toks)
            and toks[end].text == ","
        ):
            if _words(toks[end + 1 :]) < MIN_REPORTED_WORDS:
                return None
            start, stop = toks[end + 1].start, self._clause_end(sent, toks)
        else:
            return None
        self.used_cues.add(toks[i].start)
        return (Quote(start, stop, "reported", cue, self.speaker(toks, rng)), end - i)

    def _signed_end(self, toks: list[Token], end: int) -> bool:
        """True when a full stop at token `end` is followed only by the writer's initials closing the text ("…, so
        der HGV. sto", "… so LeMoine. ek/m"): a signature the splitter left on the last sentence."""
        tail = toks[end + 1 :]
        return (
            end < len(toks)
            and toks[end].text == "."
            and 0 < len(tail) <= SIGNATURE_TOKENS
            and all(
                t.text == "/" or (t.is_word and t.text.islower() and len(t.text) <= SIGNATURE_LETTERS) for t in tail
            )
            and not self.text[tail[-1].end :].strip()
        )

    def _source_first(self, sent: _Sentence, i: int) -> tuple[Quote | None, int] | None:
        toks = sent.tokens
        m = self.lex.source_first.match(self.text, toks[i].start)
        if not m:
            return None
        if (i == 0 or toks[i - 1].text == ",") and quoted_by(self.lex.lang).match(self.text, toks[i].start):
            medium = self._medium_after(toks, i)
            cued = self._cued_before(toks, i - 1) if i > 1 and medium is not None else None
            if cued is not None and medium is not None:
                # "…, признава Тони Блеър, цитиран от Daily Express и „Фокус“.": the cue before and its speaker
                # (where its own reading found none, or a word in marks inside the claim took the cue: 'Италия
                # действа "дискретно" …, заяви … Салвини, цитиран от …'), the medium after them carried the words
                n = self.cue_at(toks, cued) or 1
                k = cued
                while k > 0 and toks[k - 1].text in "," + DASHES:
                    k -= 1
                if k > 0 and _words(toks[:k]) >= MIN_REPORTED_WORDS:
                    end = toks[k].end if toks[k].text in CLOSING else toks[k - 1].end
                    first = cued + n
                    while first < i - 2 and self._when_word(toks[first]):
                        first += 1  # "заяви вчера … Салвини": the adverb is no part of the speaker
                    speaker = self._with_medium(self.speaker(toks, (first, i - 1)), toks, medium[0])
                    self.used_cues.add(toks[cued].start)
                    cue = (toks[cued].start, toks[cued + n - 1].end)
                    return (Quote(toks[0].start, end, "reported", cue, speaker), medium[1] - i)
            if medium is not None and (
                cued is not None
                or any(t.start in self.cues for t in toks[medium[1] :])
                or self._aside_after_cue(toks, i - 1, medium[1])
            ):
                # "Un alto funcionario, citado por Reuters, ha asegurado …", "В черновата на документа, цитирана
                # от „Ройтерс“, правителството казва …", "„…“, каза Борисов, цитиран от БТА": the medium quoting
                # someone is no source of the claim the cue after (or the cue and speaker before) it reports
                return (None, medium[1] - i)
        carrier = toks[i].low in _listed_words(self.lex.lang, "CARRIER_SOURCES")
        cued = self._cued_before(toks, i) if carrier and i > 1 and toks[i - 1].is_word else None
        carried = self._carried_by(sent, cued, i, m.end()) if cued is not None else None
        if carried is not None:
            # (with its cue used: '"…", sagte Kim laut der Nachrichtenagentur KCNA', the direct pass's quotation)
            return (carried[0], carried[1] - i)
        # Inside a clause without commas ("hat in Polen nach Angaben der Behörden bereits 14 … gefordert").
        inside = i > 0 and toks[i - 1].is_word and toks[i - 1].low not in self.lex.skip
        relay = self._relay(toks, i) if inside or (i > 0 and toks[i - 1].text in CLOSING) else None
        if relay is not None:
            inside = False  # "…, передает ТАСС со ссылкой на источник": a medium passing on a source's claim
        j = next((k for k in range(i, len(toks)) if toks[k].end >= m.end()), i) + 1
        relayed_claim = self._relayed_claim(sent, i, j)
        if relayed_claim is not None:
            return relayed_claim
        if (
            inside
            and _relays(self.lex.lang).match(self.text, toks[i].start)
            and not any(t.start in self.cues or t.start in self.constructions for t in toks[:i])
        ):
            # "Все материалы, размещенные на этом сайте со ссылкой на агентство «Интерфакс-Украина», не подлежат …": a
            # relay with no medium's cue before it inside its clause passes on no one's claim (a site's footer)
            return (None, j - i)
        cue = (toks[i].start, toks[j - 1].end)
        # "secondo cui", "secondo il quale": the relative may be an article and a pronoun
        rel = next((n for n in (2, 1) if " ".join([t.low for t in toks[j : j + n]]) in self.lex.relative_sources), 0)
        if rel and j + rel < len(toks):
            # "una fonte anonima del governo secondo cui la risoluzione …": the phrase before the relative is the
            # source when it names one ("la rivelazione secondo cui …" names none), the relative clause its claim.
            k = i - 1 if i > 0 and toks[i - 1].text == "," else i
            left = self.left_np(toks, k) if k > 0 else None
            if left is not None:
                # "una fonte anonima del | governo", "fonti diplomatiche a | Bruxelles": the source noun's phrase
                h = left[0] + 1 if toks[left[0]].low in self.lex.prepositions else left[0]
                left = self._source_before(toks, h, 0) or left
            if left is None or not self._agent(toks, left) or _words(toks[j + rel :]) < MIN_REPORTED_WORDS:
                return (None, j - i + rel)
            self.used_cues.add(toks[i].start)
            claim = Quote(toks[j + rel].start, self._clause_end(sent, toks), "reported", cue, self.speaker(toks, left))
            return (claim, j - i + rel)
        # "Как заявил в беседе с «Газетой.Ru» директор …": past an aside after the construction's verb
        cued = j - i >= 2 and toks[j - 1].start in self.cues
        inverted = self.inverted_np(toks, j) if cued else None
        rng = inverted or self.right_np(toks, j) or self._phrase_until_comma(toks, j)
        implied = None
        lex = self.lex
        if (
            cued
            and inverted is None
            and rng is not None
            and toks[rng[0]].low in self.lex.aside_prepositions
            and self._verb_gender(toks[j - 1].low) in ("m", "f")
            and all(
                t.low in lex.skip or t.low in lex.conjunctions or t.low in lex.clause_auxiliaries
                for t in toks[i + 1 : j - 1]
            )
        ):
            # "Jak zaznaczył w rozmowie z zagranicznymi mediami, …", "Jak zaznaczył w czwartek, …": where or when
            # it was said; the person the verb's gender shows speaks ("kot so sporočili z MZZ": a plural's place
            # is the body speaking; "Kot je vlada zapisala v petkovem sklepu" names its subject)
            implied = self._implied_in(toks[i:j])
        source_ended = False  # the source's own words end where the claim begins: no comma need set it off
        if (
            inverted is None
            and rng is not None
            and toks[rng[0]].low not in _listed_words(self.lex.lang, "INTERROGATIVES")
        ):
            # "Secondo la polizia i manifestanti …", "Secondo Stratfor il problema …": with no comma after the
            # source, an article right after its noun opens the claim ("secondo quanto raccontano gli attivisti",
            # "secondo chi sostiene l'ipotesi": a verb's object)
            cut = next((k for k in range(rng[0] + 1, rng[1]) if self._article_opens_phrase(toks, k)), None)
            if cut is not None:
                rng, source_ended = (rng[0], cut), True
        if (
            implied is None
            and j < len(toks)
            and toks[i].low in lex.oblique_sources
            and toks[j].low in lex.oblique_pronouns
        ):
            # "Według niej kolejny budżet musi …": the pronoun is the whole source, the claim follows it.
            implied = self.resolver.implicit(toks[j].start, lex.oblique_pronouns[toks[j].low])
            if lex.oblique_pronouns[toks[j].low] == "p":
                # "Školské odbory … chtějí, aby … . Vláda by podle nich měla …": the plural subject of the sentence
                # before, not the source last remembered
                implied = self._plural_subject_before(toks[j].start) or implied
            rng = (j, j + 1)
            source_ended = True
        elif implied is None and any(t.low in _listed_words(lex.lang, "OWN_SOURCE_WORDS") for t in toks[i:j]):
            # "Ramelow plant nach eigenen Angaben, …": by its subject's own account; the subject speaks (none named
            # or a pronoun before the source: no speaker to give, no claim); the subject and the verb right before
            # the source ("Er hat nach eigenen Angaben …"), not a pronoun further back ("Lesen Sie auch: …")
            own = self._subject(toks, i)
            if own is None or i - own[1] not in (1, 2) or not all(t.is_word for t in toks[own[1] : i]):
                return (None, j - i)
            implied = self.speaker(toks, own)
            rng, source_ended, inside = (j, j), True, True  # (inside the clause after its auxiliary: "hat nach …")
        elif (
            implied is None
            and any(t.low in lex.possessives for t in toks[i:j])
            # (not one closing the construction before its noun, which capitalised nouns show: "nach den Worten
            # seines Machthabers Kim Jong Un"; "По думите му Лондон …" has the clitic before its claim's subject)
            and not (
                lex.nouns_capitalised
                and rng is not None
                and rng[0] == j
                and toks[j - 1].low in lex.possessives
                and toks[j].is_cap
            )
        ):
            rng = None  # "Jego zdaniem fundusz …", "W jego ocenie po 2020 r. …": the possessive is the source
        if rng is None and lex.impersonal_sources.match(self.text, toks[i].start):
            # "La policía, según se informa, se desplegó …": an impersonal verb names no one; the subject a pro-drop
            # verb would imply is no speaker
            implied, rng = Speaker(None, None, None, "anonymous"), (j, j)
        if rng is None:
            # "По его словам, …" / "Jak poinformowała, …": the construction holds its speaker (a possessive)
            # or leaves it to the verb (pro-drop).
            implied = self._implied_in(toks[i:j])
            if implied is None:
                return (None, j - i)
            rng = (j, j)
        if implied is None and toks[i].low in self.lex.oblique_sources:
            rng = self._oblique_source(toks, rng, inside)
            source_ended = rng[1] < len(toks) and toks[rng[1]].low in lex.clause_auxiliaries
            h = rng[0]
            while (
                h + 1 < rng[1]
                and not self._head_noun(toks[h].low)  # "prohlášení" ends like an adjective ("-ní")
                and (toks[h].low in lex.modifiers or toks[h].low.endswith(lex.modifier_suffixes))
            ):
                h += 1  # "podle některých médií", "podle tehdejších prohlášení ruského vedení": the noun after them
            head = (h, h + 1)
            if inside and not (self._agent(toks, head) or self._head_noun(toks[h].low)):
                # "którą Kijów chce przeprowadzić według zasady „…”": in accordance with a rule, no source
                return (None, j - i)
            verb = next((t for t in toks[rng[1] :] if not (t.is_word and t.is_cap)), None)
            if inside and verb is not None and verb.start in self.cues:
                # "Úřady podle zpravodajského serveru Seznam Zprávy uvedly, že …": the medium relays what the
                # subject before it says with the cue after it (_cue's)
                return (None, j - i)
        if implied is None:
            # "Secondo il presidente dei commercianti del centro, Walter Egger, …": the person the source is
            named = self._apposed_name(toks, rng[1])
            if named is not None:
                rng = named
        source = rng
        k = rng[1]
        if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 1].is_cap:
            # "Podle Českého hydrometeorologického ústavu (ČHMÚ) by …": its acronym is no part of the claim
            rng = (rng[0], k + 3)
        before = toks[:i]
        tail = toks[rng[1] :]
        words = [t for t in tail[1:] if t.is_word]
        if (
            not inside
            and i > 0
            and toks[i - 1].text == ","
            and tail
            and tail[0].text == ","
            and words
            and all(t.is_word for t in tail[1 : tail.index(words[-1]) + 1])
            and len(words) <= self._description_reach(toks[rng[1] - 1], words[0])
            and _words(before) > len(words)
            and not any(
                t.start in self.cues or t.low in self.lex.relatives or t.low in self.lex.complementizers for t in words
            )
        ):
            # "…, як повідомили джерела, близькі до посередників.": the words after the source's comma describe
            # it (the clause before is the claim), they carry on no claim of their own.
            rng = source = (rng[0], rng[1] + 1 + tail[1:].index(words[-1]) + 1)
            tail = toks[rng[1] :]
        if not inside and i > 0 and toks[i - 1].text == "," and tail and tail[0].is_word:
            # "Майкл Харлан, по данным источников в делегациях, провёл …": the source's own complement runs to
            # the comma closing the parenthesis.
            c = next((k for k, t in enumerate(tail[: PHRASE_TAIL + 2]) if not t.is_word), None)
            if (
                c is not None
                and tail[c].text == ","
                and not any(self._ends_clause(t) for t in tail[:c])
                and _words(tail[c:]) >= MIN_REPORTED_WORDS
            ):
                rng = source = (rng[0], rng[1] + c)
                tail = toks[rng[1] :]
        bracket = self._source_bracket(toks, i) if implied is None else None
        if bracket is not None:
            # "… déclenché en décembre (300 morts selon l'ONU).", "… 3.000 personas (según cifras de la ONU).": a
            # source inside brackets speaks for the words before it there, or with none, for those after its comma
            # there, or for the clause the brackets follow; never for the whole sentence, nor with the ")" its own
            opening, closing = bracket
            source = (source[0], min(source[1], closing))
            inner = [t for t in toks[opening + 1 : i] if t.is_word]
            after_comma = next((k for k in range(source[1], closing) if toks[k].text == ","), None)
            if len(inner) >= 2:
                start, end = inner[0].start, inner[-1].end
            elif not inner and after_comma is not None and _words(toks[after_comma:closing]) >= MIN_REPORTED_WORDS:
                start, end = toks[after_comma + 1].start, toks[closing - 1].end
            elif _words(toks[:opening]) >= MIN_REPORTED_WORDS:
                start, end = toks[0].start, toks[opening - 1].end
            else:
                return (None, j - i)
            self.used_cues.add(toks[i].start)
            return (Quote(start, end, "reported", cue, self.speaker(toks, source)), max(source[1] - i, 1))
        # "…, according to his son, who confirmed the death": a relative clause running to the sentence's end
        # describes the source, the claim is the clause before it
        described = len(tail) > 1 and tail[1].low in lex.relatives and all(t.text != "," for t in tail[2:])
        parenthesis = tail and tail[0].text == "," and _words(before) >= 1 and _words(tail) >= MIN_REPORTED_WORDS
        if inside or (parenthesis and not described):
            # "Майкл Харлан, по данным источников, провёл …": the source is a parenthesis in the claim.
            start, end = toks[0].start, self._clause_end(sent, toks)
            c = next((k for k in range(i - 1, 0, -1) if not toks[k].is_word), None) if inside else None
            if c is not None and toks[c].text == "," and c + 1 < i:
                # "…kvůli nové mutaci viru, která podle vědců může …", "…, ale podle britských anket jeho slova …":
                # the source speaks for the relative or conjoined clause it stands in, not the clause before (nor,
                # for a relative clause, the main clause going on after its comma)
                if toks[c + 1].low in lex.relatives:
                    start = toks[c + 1].start
                    comma = next((k for k in range(rng[1], len(toks)) if toks[k].text == ","), None)
                    if comma is not None and not self._quoted(toks[comma].start):
                        end = toks[comma - 1].end
                elif toks[c + 1].low in lex.conjunctions:
                    start = toks[c + 2].start
        elif _words(before) >= MIN_REPORTED_WORDS and toks[i - 1].text != ":":
            # (after a colon the source opens what follows: "Die Aufgabe ist schwer: Laut Experten erfordert sie …")
            k = i if relay is None else relay
            while k > 0 and toks[k - 1].text in "," + DASHES:
                k -= 1
            start, end = toks[0].start, toks[k - 1].end
        else:
            after = toks[rng[1] :]
            end = self._clause_end(sent, toks)
            # A comma inside quotation marks is the quoted words' own ("Zdaniem X komisarz „nie rozumie, czym …”").
            # After a pronoun or before a clause's auxiliary the source is whole: a comma further on is the claim's
            # own ("Според него има риск от провал, докато …", "Po informacijah časopisa so odsvetovali napad z
            # opozorilom, da …").
            comma = next(
                (k for k, t in enumerate(after[:COMPLEMENTIZER_WINDOW]) if t.text == "," and not self._quoted(t.start)),
                None,
            )
            if source_ended and comma is not None and comma > 0:
                comma = None
            if (
                comma is not None
                and toks[i].low in lex.oblique_sources
                and any(t.low in lex.clause_auxiliaries for t in after[:comma])
            ):
                comma = None  # "Zdaniem ministra Polska może wyjść z recesji, choć …": the claim's verb came first
            if comma is not None and 0 < comma < len(after) - 1 and after[comma + 1].low in lex.relatives:
                # "Podle zprávy listu Financial Times chce EU vyvinout mechanismus, který by …": a relative clause
                # past the claim's first words is the claim's own (one right after the source describes the source)
                comma = None
            other = next(
                (
                    k
                    for k, t in enumerate(after)
                    if k > 0
                    and t.text in ",;"
                    and not self._quoted(t.start)
                    and self._named_subject(toks, rng[1] + k + 1)
                    and self._subject_and_cue(toks, rng[1] + k + 1)
                ),
                None,
            )
            if other is not None:
                # "Według policji w marszu wzięło udział 5 tys. osób, organizatorzy mówią o 9 tysiącach", "…; die
                # Veranstalter sprachen von 4.000": a speaker and cue of their own; the source's claim ends there.
                end = after[other - 1].end
            elif comma is not None:
                # "According to the draft published by the FT, CONTENT": the claim follows the comma.
                after = after[comma:]
                apposed = self._apposition_end(after)
                if apposed is not None:
                    # "Secondo Marco Bellandi, presidente di Terra Viva, il meccanismo …": past the description.
                    after = after[apposed:]
            while after and after[0].text in ",:" + DASHES:
                after = after[1:]
            if _words(after) < MIN_REPORTED_WORDS or after[0].start >= end:
                return (None, j - i)
            start = after[0].start
            relayed = self._relayed_person(sent, toks.index(after[0]), source) if comma is not None else None
            if relayed is not None:
                # "По сообщению телеканала Samaa TV, Трюдо сообщил журналистам, что …": the clause after the source
                # names its own speaker and cue; that person speaks, the source only relays them
                return (relayed, len(toks) - i)
        self.used_cues.add(toks[i].start)
        return (Quote(start, end, "reported", cue, implied or self.speaker(toks, source)), max(rng[1] - i, 1))

    def _relayed_person(self, sent: _Sentence, j: int, source: tuple[int, int]) -> Quote | None:
        """The claim of a person named with their cue at token j after a source that is no person, which only relays
        them ("По сообщению телеканала Samaa TV, Трюдо сообщил журналистам, что …"); None where no such clause opens
        there or the source is a person ("По ее словам, Трамп уверен, что …": her claim)."""
        toks = sent.tokens
        relayer = self.speaker(toks, source)
        clause = self._cued_clause_at(toks, j) if relayer is not None and relayer.kind != "person" else None
        named = self.speaker(toks, clause[2]) if clause is not None else None
        if clause is None or named is None or named.kind != "person":
            return None
        said, size, _, opens = clause
        self.used_cues.add(toks[said].start)
        cue = (toks[said].start, toks[said + size - 1].end)
        return Quote(opens, self._clause_end(sent, toks), "reported", cue, self._with_medium(named, toks, source))

    def _cued_clause_at(self, toks: list[Token], j: int) -> tuple[int, int, tuple[int, int], int] | None:
        """The cue token, its length, the speaker phrase and the claim's start of a clause opening at token j that names
        its speaker and a speech cue taking a complementizer within SUBJECT_WORDS tokens ("Трюдо сообщил журналистам,
        что …", "Фавад Чаудхри заявил, что …"); None where no such clause opens there."""
        if j >= len(toks) or not toks[j].is_word or toks[j].low in self.lex.pronouns:
            return None
        for m in range(j + 1, min(len(toks), j + SUBJECT_WORDS + 1)):
            n = self.cue_at(toks, m)
            if n and toks[m].start not in self.used_cues:
                left = self.left_np(toks, m, j)
                if left is None or left[0] != j or not self._agent(toks, left):
                    return None
                # the complementizer right after the cue, past an addressee the language skips ("сообщил журналистам,
                # что"); not "Пенс назвав такий варіант таким, що …"
                that = next((k for k in range(m + n, len(toks)) if toks[k].low not in self.lex.skip), len(toks))
                if that < len(toks) and toks[that].text == "," and that + 1 < len(toks):
                    that += 1
                if that < len(toks) and toks[that].low in self.lex.complementizers:
                    return (m, n, left, toks[that].start)
                return None
            if not toks[m].is_word:
                return None
        return None

    def _source_bracket(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """The tokens of the "(" and ")" that a source at token i stands between in its sentence, or None."""
        opening = next((k for k in range(i - 1, -1, -1) if toks[k].text in "()"), None)
        closing = next((k for k in range(i + 1, len(toks)) if toks[k].text in "()"), None)
        if opening is None or closing is None or toks[opening].text != "(" or toks[closing].text != ")":
            return None
        if toks[i - 1].text == "," and any(t.text == "," for t in toks[i + 1 : closing]):
            # "(… viajó a Riad para, según un comunicado, "poner de relieve …")": a source set off by commas inside
            # the brackets is an aside in the claim they hold, which goes on past it
            return None
        return opening, closing

    def _description_reach(self, last: Token, first: Token) -> int:
        """How many words may describe a source after its comma at a sentence's end: PHRASE_TAIL, or an
        apposition's reach where a name ends the source (`last`) and a bare lower-case noun opens the words after
        it (`first`) in a language with articles ("…, selon Shahinaz Abdel Salam, blogueuse et militante pour la
        démocratie."): a clause would open with an article, a pronoun or a name ("…, selon l'expression, beaucoup
        d'eau passera …" is no description)."""
        return APPOSITION_WORDS if last.is_cap and self._bare_noun(first) else PHRASE_TAIL

    def _bare_noun(self, tok: Token) -> bool:
        """True for a lower-case word opening a phrase with no article, determiner, pronoun, preposition or
        conjunction, in a language with articles: a role in apposition ("blogueuse", "co-fondatrice de …")."""
        lex = self.lex
        return (
            bool(lex.articles)
            and tok.is_word
            and not tok.is_cap
            and not any(
                tok.low in group
                for group in (lex.articles, lex.determiners, lex.pronouns, lex.prepositions, lex.conjunctions, lex.skip)
            )
        )

    def _article_opens_phrase(self, toks: list[Token], k: int) -> bool:
        """True when token k is an article of CLAIM_ARTICLES right after a noun or a name (no preposition, article,
        determiner, conjunction or SKIP word before it): a new noun phrase begins there."""
        lex = self.lex
        before = toks[k - 1]
        return (
            toks[k].low in lex.claim_articles
            and before.is_word
            and not any(
                before.low in words
                for words in (lex.prepositions, lex.articles, lex.determiners, lex.conjunctions, lex.skip)
            )
        )

    def _ends_clause(self, tok: Token) -> bool:
        """True for a word that opens a clause of its own: a cue, complementizer, relative pronoun or conjunction."""
        lex = self.lex
        return (
            tok.start in self.cues
            or tok.low in lex.complementizers
            or tok.low in lex.relatives
            or tok.low in lex.conjunctions
        )

    def _named_subject(self, toks: list[Token], j: int) -> bool:
        """True when a clause of its own opens at token j with a noun, no conjunction or pronoun: "…, and they
        ordered him …", "…, she insisted that …" go on with the source's account; "…, organizatorzy mówią …" is
        someone else's."""
        if j >= len(toks) or not toks[j].is_word:
            return False
        low = toks[j].low
        return low not in self.lex.conjunctions and low not in self.lex.pronouns

    def _apposition_end(self, after: list[Token]) -> int | None:
        """Index of the comma closing a description set off after a source ("…, presidente di Terra Viva, …"):
        `after` opens with a comma, a title or source noun follows it, no cue or clause word comes before the
        next comma; None when no such description is there."""
        if len(after) < 3 or not after[1].is_word:
            return None
        if after[1].low in self.lex.relatives and after[1].low not in self.lex.complementizers:
            # "Selon les gardiens de la prison, où le raïs déchu était détenu, Hosni Moubarak souffre …": a relative
            # clause set off by commas describes the source
            comma = next((k for k in range(2, min(len(after), APPOSITION_WORDS + 2)) if not after[k].is_word), None)
            ok = comma is not None and after[comma].text == "," and _words(after[comma:]) >= MIN_REPORTED_WORDS
            return comma if ok else None
        if not self._head_noun(POSSESSIVE_S.sub("", after[1].low)):
            return None
        for k in range(2, min(len(after), APPOSITION_WORDS + 2)):
            tok = after[k]
            if tok.text == ",":
                return k if _words(after[k:]) >= MIN_REPORTED_WORDS else None
            if not tok.is_word or tok.start in self.cues or tok.low in self.lex.complementizers:
                return None
            if tok.low in self.lex.relatives:
                return None
        return None

    def _oblique_source(self, toks: list[Token], rng: tuple[int, int], inside: bool) -> tuple[int, int]:
        """The source phrase of a construction that puts its source in an oblique case ("Według …", "Zdaniem
        …"), without the claim's subject it ran into for want of a comma: a word in a form no oblique case has
        ("Według rzecznika ministerstwa spraw zagranicznych rozmowy zostaną …", "Zdaniem ministra Polska …"),
        a lower-case word after a person's name or a capitalised one after a full name ("Według Anny Kos Ukraina
        …"), inside a clause a lower-case word no source phrase holds (a verb), any word after a title in marks
        ("Według „Timesa” negocjacje …": a title takes no complement). A conjunction before a capitalised word goes on
        with the source ("Według Instytutu Meteorologii i Gospodarki Wodnej (IMGW)")."""
        lex = self.lex
        a, b = rng
        if b + 1 < len(toks) and toks[b].low in lex.conjunctions and toks[b + 1].is_cap:
            more = self.right_np(toks, b + 1)
            if more is not None and more[0] == b + 1:
                b = more[1]
        for m in range(a + 1, b):
            if toks[m].is_word and self._closes_title(toks, m - 1) and toks[m].low not in lex.conjunctions:
                b = m  # "Według „Timesa” negocjacje …", "Zdaniem „FT” Londyn …": a title takes no complement
                break
        for m in range(a, b):
            if toks[m].low in lex.clause_auxiliaries:
                return (a, m)  # "Po ocenah se bo volitev udeležilo …", "Po informacijah časopisa so odsvetovali …"
        for m in range(a + 1, b):
            tok, prev = toks[m], toks[m - 1]
            if tok.low in lex.conjunctions and toks[m + 1].is_cap:
                continue  # "Meteorologii i Gospodarki Wodnej", "Kowalskiego i Nowaka": one source
            if tok.is_word and not tok.is_cap and prev.is_cap and self.people.ends_name(toks[a].start, prev.end, 1):
                return (a, m)  # "Zdaniem Nowaka minister rolnictwa Jan Wilk …": a name takes no complement
            if inside and tok.is_word and not tok.is_cap and not self._np_word(tok) and not _name_particle(toks, m):
                # "które według szacunków ratusza sięgają …": inside a clause, the verb after the source ("Według
                # uczestników spotkania delegacje …" opening a sentence goes on: a genitive noun looks the same)
                return (a, m)
            if (
                not tok.is_word
                or self._head_noun(tok.low)
                or prev.low in lex.prepositions
                or prev.low in lex.aside_prepositions
            ):
                continue  # "według źródła w rządzie", "przygotowanych przez firmę": the preposition's object
            if (
                lex.nominative_endings
                and tok.low.endswith(lex.nominative_endings)
                and tok.low not in lex.prepositions
                and not (tok.is_cap and prev.is_cap)
                and not self._adjectives_only(toks[a:m])
            ):
                return (a, m)
            if tok.is_cap and prev.is_cap and self.people.ends_name(toks[a].start, prev.end, 2):
                return (a, m)
        return (a, b)

    def _adjectives_only(self, toks: list[Token]) -> bool:
        """True when the words are lower-case adjectives in an oblique case (OBLIQUE_ADJECTIVE_ENDINGS) with no noun
        yet: a source still waiting for its head ("Według przyjętych jednomyślnie wytycznych")."""
        endings = self.lex.oblique_adjective_endings
        return bool(endings) and all(not t.is_cap and t.low.endswith(endings) for t in toks if t.is_word)

    def _closes_title(self, toks: list[Token], k: int) -> bool:
        """True when token k is a quotation mark closing a title in marks: set right after its last word, an opener
        before it in the sentence ("„Timesa”", '"The Times"'); an opening mark stands after a space."""
        tok = toks[k]
        if tok.text not in self.lex.closers or k == 0 or toks[k - 1].end != tok.start:
            return False
        return any(t.text in self.lex.openers for t in toks[max(0, k - 6) : k - 1])

    def _relay(self, toks: list[Token], i: int) -> int | None:
        """Where the clause of a medium's cue begins when the source construction at token i closes it ("…,
        передает ТАСС со ссылкой на источник в МИД", "…, informa EFE citando fuentes"): the claim is the words
        before its comma, the medium only passes it on; None when no such clause comes before."""
        # (a RELAY_SOURCES construction may close a medium's name in marks: "…, пишет газета «Ведомости» со ссылкой
        # на источники")
        marks = (
            set(self.lex.openers) | self.lex.closers
            if _relays(self.lex.lang).match(self.text, toks[i].start)
            else set()
        )
        c = next((k for k in range(i - 1, -1, -1) if not toks[k].is_word and toks[k].text not in marks), None)
        if c is None or toks[c].text not in "," + DASHES or _words(toks[:c]) < MIN_REPORTED_WORDS:
            return None
        inner = toks[c + 1 : i]
        if not inner or inner[0].start not in self.cues:
            return None
        if len(inner) > PHRASE_TAIL + 1 and (
            len(inner) > QUOTED_SPEAKER_WORDS
            or any(not t.is_word and t.text not in marks for t in inner)
            or any(t.start in self.cues for t in inner[1:])
        ):
            # (a medium's longer name, in marks or not: "…, пишет немецкий еженедельник Bild am Sonntag со ссылкой
            # на МИД ФРГ", "…, пишет газета «Ведомости» со ссылкой на источники")
            return None
        for t in inner:
            if t.start in self.cues:
                self.used_cues.add(t.start)
        return c + 1

    def _impersonal(self, sent: _Sentence, i: int) -> tuple[Quote | None, int] | None:
        toks = sent.tokens
        hope = self.lex.impersonal_hopes.match(self.text, toks[i].start)
        if hope and re.match(r"\W", self.text[hope.end() : hope.end() + 1] or " "):
            # "Se espera que en las próximas horas se den a conocer …" (it is expected): no one's claim, and the
            # cue inside the construction speaks for no one either
            j = next((k for k in range(i, len(toks)) if toks[k].end >= hope.end()), i) + 1
            self.used_cues.update(t.start for t in toks[i:j])
            return (None, j - i)
        m = self.lex.impersonal.match(self.text, toks[i].start)
        if not m or not re.match(r"\W", self.text[m.end() : m.end() + 1] or " "):
            return None
        j = next((k for k in range(i, len(toks)) if toks[k].end >= m.end()), i) + 1
        pointer = self.lex.anaphor.match(self.text, toks[0].start) if i > 0 else None
        opens_clause = j < len(toks) and (not toks[j].is_word or toks[j].low in self.lex.complementizers)
        if pointer is not None and toks[i - 1].end <= pointer.end() and not opens_clause:
            # "Това се посочва в писмо, изпратено до ТАСС …": after a pointer to the sentence before, what follows
            # the cue names where it was said, never a claim (`_anaphoric` takes the sentence before where it can)
            self.used_cues.update(t.start for t in toks[i:j])
            return (None, j - i)
        cue = (toks[i].start, toks[j - 1].end)
        # "Po szczycie, w którym …, ogłoszono, że uzgodniono …": a complementizer after the construction opens
        # its claim; the words before are an adverbial, not what was announced.
        clause = j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].low in self.lex.complementizers
        # "En 2010, pese al debate …, se estima que …": a complementizer right after it opens the claim too
        clause = clause or (j < len(toks) and toks[j].low in self.lex.complementizers)
        # "…, so hieß es.": the postposed source's word ("so", POSTPOSED_SOURCES) may stand before the construction
        lead = i - 1 if i > 2 and toks[i - 1].low in self.lex.postposed_sources else i
        if (
            lead > 1
            and not clause
            and toks[lead - 1].text in "," + DASHES
            and _words(toks[: lead - 1]) >= MIN_REPORTED_WORDS
        ):
            # "…, a-t-on appris de source diplomatique.", "…, hieß es aus Regierungskreisen.": the claim comes
            # first; words closing the sentence after the construction name where it came from.
            rest = [t for t in toks[j:] if t.is_word]
            # "йдеться у заяві Зеленського в Telegram": the source ends before a second preposition
            stop = next((m for m, t in enumerate(rest) if m > 0 and t.low in self.lex.prepositions), len(rest))
            if 1 < stop < len(rest) and all(t.is_word for t in toks[j : toks.index(rest[stop - 1]) + 1]):
                rest = rest[:stop]
            k = j + 1  # after "aus", "de": not "am Montag"
            source = None
            if (
                rest
                and toks[j].low in self.lex.source_prepositions
                and 1 < len(rest) <= PHRASE_TAIL + 1
                and all(t.is_word for t in toks[j : toks.index(rest[-1]) + 1])
            ):
                last = toks.index(rest[-1]) + 1
                source = self.speaker(toks, self.right_np(toks[:last], k) or (k, last))
            return (Quote(toks[0].start, toks[lead - 2].end, "reported", cue, source), len(toks) - i)
        start = self._content_start(toks, j, len(toks), addressee=False)
        end = self._clause_end(sent, toks)
        if _words([t for t in toks if t.start >= start]) < MIN_REPORTED_WORDS:
            return (None, j - i)
        if self._quoted_words(start, end) is None and self._topic_only(toks, start, end):
            return (None, j - i)  # "nieoficjalnie mówi się o wspólnym oświadczeniu": a topic, no claim
        place = self._locative_source(toks, i)  # "W MSZ poinformowano, że …"
        return (Quote(start, end, "reported", cue, self.speaker(toks, place) if place else None), j - i)

    def _cue(self, sent: _Sentence, i: int) -> tuple[Quote | None, int] | None:
        toks = sent.tokens
        if i > 1 and toks[i - 1].text == "," and self._cued_before(toks, i - 1) is not None:
            medium = self._medium_after(toks, i - 1)
            if medium is not None:
                return (None, medium[1] - i)  # "„…“, - заявил Лавров, цитирует ТАСС": the medium only carried it
        carriers = _listed_words(self.lex.lang, "CARRIER_SOURCES")
        if carriers and i > 1 and toks[i - 1].text in "," + DASHES + CLOSING:
            for k in range(i + 1, min(len(toks), i + 1 + QUOTED_SPEAKER_WORDS)):
                if not toks[k].is_word:
                    break
                source = self.lex.source_first.match(self.text, toks[k].start) if toks[k].low in carriers else None
                carried = self._carried_by(sent, i, k, source.end()) if source else None
                if carried is not None:
                    return (carried[0], carried[1] - i)
        found = self._cue_clause(sent, i)
        quote = found[0] if found is not None else None
        first = next((m for m in range(i + 1, len(toks)) if toks[m].start >= quote.start), None) if quote else None
        if (
            quote is not None
            and first is not None
            and toks[first].start == quote.start
            and toks[i - 1 : i]
            and toks[i - 1].text in "," + DASHES + CLOSING
        ):
            c = next((m for m in range(first, len(toks)) if not toks[m].is_word), len(toks))
            medium = self._medium_after(toks, c) if c < len(toks) and toks[c].text == "," else None
            if (
                medium is not None
                and c - first <= APPOSED_NAME_WORDS + PHRASE_TAIL
                and self._closes_sentence(toks, medium[1])
            ):
                # "…, смятат наблюдатели, цитирани от АФП.": the words after the cue are its speaker, no claim (the
                # quoting words take the claim before the cue, _source_first)
                return (None, 1)
        speaker = quote.speaker if quote is not None else None
        if quote is None or speaker is None or speaker.span is None:
            return found
        n = self.cue_at(toks, i)
        medium = self._medium_after(toks, i + n) if n and i + n < len(toks) and toks[i + n].text == "," else None
        if medium is not None and self._aside_after_cue(toks, i + n, medium[1]) and quote.start > toks[i].start:
            # "Мутафчийски уточни, цитиран от Фокус, че …": Фокус carried the words
            quote.speaker = self._with_medium(speaker, toks, medium[0])
            return found
        quoted_subject = self._quoted_subject(toks, i)
        if quoted_subject is not None:
            (a, b), carrier = quoted_subject
            if toks[a].start <= speaker.span[0] and speaker.span[1] <= toks[b - 1].end:
                # "Un alto funcionario, citado por Reuters, ha asegurado que …": Reuters carried the words
                quote.speaker = self._with_medium(speaker, toks, carrier)
        return found

    def _cue_clause(self, sent: _Sentence, i: int) -> tuple[Quote | None, int] | None:
        lex = self.lex
        toks = sent.tokens
        n = self.cue_at(toks, i)
        if not n:
            return None
        if lex.direct_only_cues.fullmatch(" ".join([t.low for t in toks[i : i + n]])) and not self._colon_after(
            toks, i + n
        ):
            # "a réagi à l'attaque": a cue of quotations only; "Bint Yunus grita:" before the post it quotes leads
            # one in
            return (None, n)
        cue = (toks[i].start, toks[i + n - 1].end)
        after_cue = i + n
        # "Als er ankam, sagte der Minister, …": in a verb-second language a clause before the verb is no claim, its
        # subject no speaker; the verb's own subject follows it
        opener = self._subordinate_opener(toks, i)
        if self._closes_subordinate_clause(toks, i, n):
            return (None, n)
        if self._in_phrase(toks, i):
            return (None, n)  # "the center-left think tank Third Way", "a racially charged argument"
        adjunct = lex.adjunct_cues.fullmatch(" ".join([t.low for t in toks[i:after_cue]])) is not None
        before = itertools.takewhile(lambda t: t.is_word, reversed(toks[max(0, i - 3) : i]))
        if adjunct and any(lex.adjunct_governors.fullmatch(t.low) for t in before):
            return (None, n)  # "Počítá se přitom s tím, že …": the verb's own object, no words of anyone
        if i > 0 and (
            POSSESSIVE_S.search(toks[i - 1].text)
            or toks[i - 1].low in lex.articles
            or toks[i - 1].low in lex.possessives
        ):
            # "Clinton's attacks on Trump", "the claims": after a possessive or an article the word is a noun.
            return (None, n)
        left = self.gerund_subject(toks, i, self.left_np(toks, i) or self._left_past_aside(toks, i))
        if left is None and i == 2 and toks[0].text == "@" and toks[0].end == toks[1].start and toks[1].is_word:
            left = (0, 2)  # "@onelittlepixie agrega:", "@onelittlepixie précise :": a handle opening the sentence
        # "Un alto funcionario, citado por Reuters, ha asegurado que …": the subject past the medium quoting it
        quoted_subject = self._quoted_subject(toks, i)
        if quoted_subject is not None:
            left = quoted_subject[0]
        perfect = self._perfect_subject(toks, i, after_cue)
        if perfect is not None:
            left = perfect
        past = self.past_object_name(toks, left, i) if left is not None else False
        if past is not False:
            # "ženy Bibiovou vyzvaly, aby …": a name in another case than the subject's right before the verb is its
            # object; the subject is the name before it, if any
            left = past
        via = left[0] - 1 if left is not None and left[0] > 1 else 0
        if via > 1 and toks[via - 1].low in lex.oblique_sources and toks[via].is_word and not toks[via].is_cap:
            via -= 1  # "podle slov agentury Reuters"
        if via > 0 and toks[via].low in lex.oblique_sources:
            # "Úřady podle serveru BBC News uvedly, že …": the medium after "podle" relays; the subject before it
            # speaks.
            relayed = self.left_np(toks, via)
            lead = self.right_np(toks, 0, via)
            if (
                lead is not None
                and lead[0] == 0
                and via - lead[1] <= PHRASE_TAIL
                and all(t.is_word and t.start not in self.cues for t in toks[lead[1] : via])
            ):
                relayed = (0, via)  # "Bývalý předseda vlády Spojeného království podle slov agentury …"
                if all(t.low in lex.skip or t.low in lex.conjunctions for t in toks[lead[1] : via]):
                    relayed = lead  # "Sómání ale podle Reuters prohlásil, že …": the subject, not its adverb
            if relayed is not None and (
                self._agent(toks, relayed) or any(self._head_noun(t.low) for t in toks[relayed[0] : relayed[1]])
            ):
                left = relayed
        # "…, estime-t-il", "Pourtant, ajoute-t-il, …": a verb carrying its subject pronoun has no other subject.
        clitic = self._clitic(toks[i:after_cue]) if lex.inverted_subjects else None
        if clitic is not None:
            left = None
        if left is not None and left[1] - left[0] == 1 and toks[left[0]].low in lex.bound_determiners:
            return (None, n)  # "Other estimates put the number higher": a determiner that needs its noun
        if left is not None and lex.noun_cues.fullmatch(toks[i].low) and not self._agent(toks, left):
            # "the US peace plan", "a drone attack": the cue word is a noun here.
            return (None, n)
        # Only speech verbs postpose ("..., he said"); "the conflict continues" reports nothing, nor does a cue that
        # takes a clause only with its object after it ("Brandissant deux révolvers, l'artiste rappelle la …").
        words = " ".join([t.low for t in toks[i:after_cue]])
        speech = lex.needs_complementizer.fullmatch(words) is None and not (
            lex.clause_only_cues.fullmatch(words) is not None
            and left is not None
            and after_cue < len(toks)
            and (
                toks[after_cue].low in lex.articles
                or toks[after_cue].low in lex.determiners
                # without articles, any word but an adverb is its object: "V emocionálním projevu, …, Rizvi obvinil
                # jedno z vládních vyjednavačů."
                or (not lex.articles and toks[after_cue].is_word and toks[after_cue].low not in lex.skip)
            )
        )
        prev = toks[left[0] - 1] if left and left[0] > 0 else None
        if (
            speech
            and left
            and prev is not None
            and prev.text == ","
            # "Tomorrow, the minister said, …" as "In three years, Barden says, …"; not "Eric Boles, director for
            # …, said": a name before its title in apposition is the subject
            and (
                _words(toks[: left[0]]) >= MIN_REPORTED_WORDS
                or (left[0] > 1 and not self._names_person(toks, 0, left[0] - 1))
            )
            and after_cue < len(toks)
            and toks[after_cue].text == ","
            and _words(toks[after_cue:]) >= MIN_REPORTED_WORDS
            # "…, Barnier said, quoted by Reuters.": the medium quoting the speaker closes the sentence
            and self._medium_after(toks, after_cue) is None
            # "…, a Chinese official said, adding that …": a cue after the comma opens a claim of its own
            and not self._cue_after_comma(toks, after_cue)
            # "Виступаючи на брифінгу, міністр заявив, що …": a short opening clause and a complementizer after
            # the cue's comma make the cue the sentence's own ("so bad, Mr. Obama noted, that …" is a parenthesis);
            # where the language always sets a comma before its complementizer, a long opening does too ("Несмотря на
            # то, что Трамп не планирует сдаваться на выборах, штаб Байдена предупредил, что …")
            and not (
                (lex.comma_before_complementizer or _words(toks[: left[0]]) <= 2 * SHORT_ADVERBIAL)
                and after_cue + 1 < len(toks)
                and toks[after_cue + 1].low in lex.complementizers
            )
        ):
            # "In three years, Barden says, far too many lives were lost": the cue is a parenthesis in the claim.
            return (Quote(toks[0].start, self._clause_end(sent, toks), "reported", cue, self.speaker(toks, left)), n)
        # Postposed: "CONTENT, X said." — not an opening prepositional phrase ("In a statement, the governor
        # dismissed the report": the claim is what follows the cue).
        adverbial = toks[0].low in lex.prepositions and left is not None and _words(toks[: left[0]]) <= SHORT_ADVERBIAL
        if (
            speech
            and not adverbial
            and left
            and prev is not None
            and prev.text in "," + DASHES + CLOSING
            # a closing mark ends no claim where it closes a name ('директор компанії "Медичні закупівлі" …')
            and not self._closes_name(toks, left[0] - 1)
            and _words(toks[: left[0]]) >= MIN_REPORTED_WORDS
            and (_words(toks[after_cue:]) <= POSTPOSED_TAIL or self._cue_after_comma(toks, after_cue))
            # "Though X had hinted …, Sivan said that the crew would be male": the clause after "that" is the claim
            and not (after_cue < len(toks) and toks[after_cue].low in lex.complementizers)
            # "Durante un'intervista …, Ecclestone ha detto: «…»": a colon after the cue opens what was said
            and not (after_cue < len(toks) and toks[after_cue].text == ":")
            # "Виступаючи на брифінгу, міністр заявив, що …": so does a complementizer after its comma
            and not (
                after_cue + 1 < len(toks)
                and toks[after_cue].text == ","
                and toks[after_cue + 1].low in lex.complementizers
            )
            # "Według policji … 5 tys. osób, organizatorzy mówią o 9 tysiącach": a clause its opening source
            # already attributes is no claim of the cue after it.
            and not (toks[0].start in self.used_cues and toks[0].start in self.constructions)
            # German puts the verb first after its claim ("…, sagte Beck"); "…, Beck bestritt es" is a new clause.
            and not lex.postposed_verb_first
            # "Though he said …, John said he would stay": a subject pronoun after the cue opens its own claim
            and not (after_cue < len(toks) and toks[after_cue].low in lex.pronouns)
        ):
            k = left[0] - 1
            while k > 0 and toks[k - 1].text in "," + DASHES:
                k -= 1
            if self._opener_only(toks[:k]):
                # "As for Mr. Trump's personal travel, he prefers to fly private.": an adverbial opener is no claim,
                # and the words after the cue are its own complement, none either
                return (None, n)
            end = toks[k].end if toks[k].text in CLOSING else toks[k - 1].end
            tail = toks[after_cue:]
            medium = self._medium_after(toks, after_cue)
            if medium is not None and self._closes_sentence(toks, medium[1]):
                # "…, Barnier said, quoted by Reuters.": the medium quoting the speaker carried the words
                speaker = self._with_medium(self.speaker(toks, left), toks, medium[0])
                return (Quote(toks[0].start, end, "reported", cue, speaker), medium[1] - i)
            comma = next((m for m, t in enumerate(tail) if t.text == ","), None)
            if comma is not None and _words(tail[comma:]) >= 2 and not self._cue_after_comma(toks, after_cue):
                # "CONTENT, he says, CONTENT": the statement runs on after the parenthetical.
                end = self._clause_end(sent, toks)
            return (Quote(toks[0].start, end, "reported", cue, self.speaker(toks, left)), n)
        inverted = lex.inverted_verb(toks[i].low)
        if (
            inverted is not None
            and i > 0
            and toks[i - 1].text in "," + DASHES + CLOSING
            and _words(toks[:i]) >= MIN_REPORTED_WORDS
        ):
            # "CONTENT, précise-t-il.": the verb carries its subject, the person last named of its gender.
            end = toks[i - 1].end if toks[i - 1].text in CLOSING else toks[i - 2].end
            speaker = clitic or self.resolver.implicit(toks[i].start, inverted[1], self._scope(toks[i].start))
            return (Quote(toks[0].start, end, "reported", cue, speaker), n)
        if clitic is not None:
            # "Pourtant, ajoute-t-il, rien n'est décidé": the claim follows; the opening adverb is no speaker.
            quote = self._preposed(sent, i, n, None)
            if quote is not None:
                quote.speaker = clitic
            return (quote, n)
        apposed = self._apposed_subject(toks, i)
        if left is None and apposed is not None:
            # "Der Präsident des Verbands, Heinrich Kessler, kritisierte das Abkommen": what stands before the
            # cue is its subject with a name in apposition, no claim; the name speaks.
            return (self._preposed(sent, i, n, apposed), n)
        # Inverted postposed: "CONTENT, said X." / "..., zauważa Axios." — no participle takes a subject after it
        # ("…, saying they violate free-speech rights": "they" opens the participle's claim). A cue that otherwise
        # needs its clause after it ("uważa", "ocenia") reports the claim before a dash: "… konsolidacja – uważa szef
        # easyJet".
        dashed = (
            i > 0
            and toks[i - 1].text in DASHES
            and lex.needs_complementizer.fullmatch(words) is not None
            and lex.clause_only_cues.fullmatch(words) is None
        )
        if (
            (speech or dashed)
            and not opener
            and i > 0
            and toks[i - 1].text in "," + DASHES + CLOSING
            and _words(toks[:i]) >= MIN_REPORTED_WORDS
            and not lex.progressive(toks[i].low)
        ):
            right = self.inverted_np(toks, after_cue)
            told = self._medium_told(toks, after_cue, len(toks)) if right is None and lex.pro_drop else None
            if told is not None and self._closes_sentence(toks, told):
                # "…, to dla nich to robię - powiedziała AFP.": the medium told closes the sentence; the verb's
                # unnamed subject speaks
                end = toks[i - 1].end if toks[i - 1].text in CLOSING else toks[i - 2].end
                speaker = self.resolver.implicit(
                    toks[i].start, self._subjectless_gender(toks, i), self._scope(toks[i].start)
                )
                return (Quote(toks[0].start, end, "reported", cue, speaker), told - i)
            medium = self._medium_after(toks, right[1]) if right is not None else None
            if medium is None:
                # "…, предаде Асошиейтед прес, цитирана от БТА.", "…, заяви френското външно министерство, цитирано
                # от Франс прес.": the speaker's words run to the comma before the medium quoting them
                first = right[0] if right is not None else after_cue
                reach = range(first, min(len(toks), first + APPOSED_NAME_WORDS + PHRASE_TAIL))
                c = next((m for m in reach if not toks[m].is_word), None)
                medium = self._medium_after(toks, c) if c is not None and c > first and toks[c].text == "," else None
                if c is not None and medium is not None:
                    right = (first, c)
            if right is not None and medium is not None and self._closes_sentence(toks, medium[1]):
                # "…, каза премиерът Бойко Борисов, цитиран от БТА.": the person said it, the medium quoting them
                # only carried it
                end = toks[i - 1].end if toks[i - 1].text in CLOSING else toks[i - 2].end
                quoted = self.quoted_person(toks, toks[i:after_cue], right)
                return (
                    Quote(toks[0].start, end, "reported", cue, self._with_medium(quoted, toks, medium[0])),
                    medium[1] - i,
                )
            if right is not None and right[1] < len(toks) and toks[right[1]].start in self.constructions:
                # "…, передает ТАСС со ссылкой на источник в МИД": the medium passes on the source named next
                return (None, right[1] - i)
            relay = self._relay_after(toks, after_cue)
            if relay is not None:
                # "…, пишет немецкий еженедельник Bild am Sonntag со ссылкой на МИД ФРГ", "…, пишет газета
                # «Ведомости» со ссылкой на …": a longer medium's name than the phrase rules read
                return (None, relay - i)
            # German puts the cue first after its claim: what follows the speaker there only says where and when
            limit = VERB_FIRST_TAIL if lex.postposed_verb_first else POSTPOSED_TAIL
            apposed = self._apposed_name(toks, right[1]) if right is not None else None
            if right is not None and apposed is not None and apposed[0] == right[1] + 1:
                # "…, said a former spokesman for the ministry, Oleg Voloshyn, who …": the name in apposition is
                # part of the speaker phrase; what follows it is read as after a speaker named alone
                right = (right[0], apposed[1])
            # "…, píše estonský premiér, jehož země … předsedala Radě EU": a relative clause after the speaker
            # describes it
            # "…, praised Obama's presidency.": the phrase after a cue is its speaker only when it can speak (not a
            # possessive of the verb's object, "denounced Mr. Trump's remarks"); the words before the comma are
            # then the verb's subject, no claim
            cut = (
                next((k for k in range(right[0] + 1, right[1]) if self._addressed_medium(toks, k)), None)
                if right
                else None
            )
            if right is not None and cut is not None:
                right = (right[0], cut)  # "sagte Müller der Düsseldorfer „Rheinischen Post“": no genitive of his
            aside = self._subject_before_aside(toks, i, after_cue) if right is not None else None
            if aside is not None:
                # "Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the Khan family
                # deserved better": the person named first is the cue's subject past an aside, and the claim follows
                # the cue (not "CONTENT, said X", the name and its aside a claim of "the Khan").
                return (self._preposed(sent, i, n, aside), n)
            if (
                right is not None
                and self._speaks(toks, right)
                and (
                    _words(toks[right[1] :]) <= INVERTED_TAIL
                    or self._addressed_medium(toks, right[1])
                    or self._adverbial_tail(toks[right[1] :], limit)
                    or self._participle_tail(toks[right[1] :])
                    or self._apposition_tail(toks[right[1] :])
                    # "…, poznamenal deník s tím, že …": a claim added after the speaker is found on its own
                    or (right[1] < len(toks) and lex.adjunct_cues.match(self.text, toks[right[1]].start) is not None)
                    or (
                        right[1] + 1 < len(toks)
                        and toks[right[1]].text == ","
                        and toks[right[1] + 1].low in lex.relatives
                    )
                )
            ):
                k = i - 1
                end = toks[k].end if toks[k].text in CLOSING else toks[k - 1].end
                quoted = self.quoted_person(toks, toks[i:after_cue], right)
                return (Quote(toks[0].start, end, "reported", cue, quoted), right[1] - i)
            # "…, je pojasnil.", "… - dodał.": a comma or a dash before the cue closing its sentence
            if right is None and lex.pro_drop and (toks[i - 1].text == "," or self._dash_closed(toks, i)):
                found = self._subjectless_postposed(toks, i, after_cue, cue)
                if found is not None:
                    return found
        inserted = self._inverted_parenthesis(toks, i, after_cue) if speech and not opener else None
        if inserted is not None:
            # "Sicuramente, ha detto il ministro, le elezioni saranno rinviate", "Die Wahlen, sagte der Minister,
            # werden verschoben": the cue and its speaker are set off inside the claim, which is the whole clause;
            # where a cue follows the pair ("…, подчерта Мей, като допълни, че …") the claim ends before this one's
            # and the next is found on its own.
            rng, runs_on = inserted
            end = self._clause_end(sent, toks) if runs_on else toks[i - 2].end
            quoted = self.quoted_person(toks, toks[i:after_cue], rng)
            return (Quote(toks[0].start, end, "reported", cue, quoted), rng[1] - i)
        if left is None:
            lead = self.right_np(toks, 0, i)
            if lead is not None and any(
                POSSESSIVE_S.sub("", t.low) in lex.source_nouns for t in toks[lead[0] : lead[1]]
            ):
                # "Źródła zbliżone do rozmów twierdzą, że …": the sentence opens with an anonymous source (its
                # head noun, whatever complement follows it).
                left = lead
                k = lead[1]
                if (
                    i - k - 2 in range(1, PHRASE_TAIL + 2)
                    and toks[k].text == toks[i - 1].text == ","
                    and all(t.is_word and t.start not in self.cues for t in toks[k + 1 : i - 1])
                    # "Los analistas, sin embargo, creen que …": an adverb the language skips is no apposition
                    and not all(t.low in lex.skip for t in toks[k + 1 : i - 1])
                ):
                    left = (lead[0], i - 1)  # "Джерела, близькі до переговорів, повідомили": with its apposition
        if left is None and self._verb_gender(toks[i].low) == "p":
            # "В МИД России заявили, что …": a subjectless plural after "in X" is X speaking.
            left = self._locative_source(toks, i)
        if left is None and i > 0 and self._after_conjunction(toks, i):
            # "X survived ... and says ...": the conjoined verb shares the sentence's subject.
            c = max(k for k in range(i) if toks[k].low in lex.conjunctions)
            own = self.left_np(toks, c) if c > 0 and toks[c - 1].is_word else None
            if (
                own is not None
                and all(t.low in lex.skip for t in toks[own[1] : c])
                and (own[0] == 0 or toks[own[0] - 1].text == ",")
                and (self._agent(toks, own) or any(self._head_noun(t.low) for t in toks[own[0] : own[1]]))
            ):
                # "Protestní akce se konají …, vlivná pákistánská armáda dnes ale varovala, že …": a conjunction
                # after its clause's subject is an adverb there ("ale", however); that subject speaks
                left = own
            else:
                left = self._subject(toks, i)
        if adjunct:
            left = self._adjunct_subject(toks, i) or left or self._comma_clause_subject(toks, i)
        if (
            lex.pro_drop
            and lex.progressive(toks[i].low)
            and i > 2
            and toks[i - 1].text == ","
            and any(t.low in lex.complementizers for t in toks[i + n : i + n + 2])
        ):
            # "…" – stwierdziła Bennett, dodając, że …": the participle's speaker is the one of the postposed cue
            # before it, not the first words of the claim that cue closes
            left = self._inverted_speaker_before(toks, i - 1) or left
        implied = self.participle_after_subjectless(toks, i)
        if implied is not None:
            # "… – podkreśliła, dodając, że …": with no subject named after that cue, its unnamed subject
            quote = self._preposed(sent, i, n, None)
            if quote is not None:
                quote.speaker = implied
            return (quote, n)
        if left is None and not opener and i > 0 and (toks[i - 1].text == "," or self._comma_in_marks(toks[i - 1])):
            # A participle clause ("..., saying that ..."): the speaker is the sentence's subject, or the inverted
            # speaker of the cue before it ("…, подчеркнул он, добавив, что …").
            left = self._inverted_speaker_before(toks, i - 1) or self._subject(toks, i)
        if left is None and i > 1 and toks[i - 1].low in lex.participle_linkers and toks[i - 2].text == ",":
            # "…, заяви Меркел, като добави, че …": a linker makes the cue a participle, read as one; its speaker
            # may be a subject pronoun after a fronted phrase ("Пред студентите той повтори …, като заяви, че …")
            pronoun = next((k for k in range(i - 2) if lex.pronouns.get(toks[k].low) is not None), None)
            left = (
                self._inverted_speaker_before(toks, i - 2)
                or self._subject(toks, i - 1)
                or (None if pronoun is None else (pronoun, pronoun + 1))
            )
        # "Agentuře AFP sdělil, že …", "Ten agentuře AFP sdělil, že …": only the medium told (and a pronoun) before
        # the verb leaves it subjectless
        told = self._medium_told_before(toks, i - 1, 0) if left is None and lex.pro_drop and i > 0 else None
        bare = toks[:i] if told is None else [t for t in toks[:told] if t.low not in lex.determiners]
        if self._participle_clause(toks, i):
            left = None  # "Przedstawiając projekt dokumentu zaznaczył, że …": the participle's object is no subject
        if (
            left is None
            and lex.pro_drop
            and (
                all(t.low in lex.skip or not t.is_word for t in bare)
                or self._fronted_adverbial(toks, i)
                or self._participle_clause(toks, i)
            )
        ):
            # A subjectless sentence ("Zaznaczył, że ..."): the verb's gender picks the last fitting person.
            quote = self._preposed(sent, i, n, None)
            if quote is not None:
                quote.speaker = self.resolver.implicit(
                    toks[i].start, self._subjectless_gender(toks, i), self._scope(toks[i].start)
                )
            return (quote, n)
        subject = None
        # (past the verb's reflexive: "Zugleich beschwerte sich Fontana, dass …")
        at = after_cue + 1 if after_cue + 1 < len(toks) and toks[after_cue].low in lex.reflexives else after_cue
        if opener or self._fronted(toks, i, left):
            # "Allerdings betonte der 37-Jährige: …", "Seither spricht das RKI von …": a fronted adverb or object is
            # no speaker; the subject follows the verb (with none there, the fronted phrase is read as before:
            # "Allerdings sah es vor, …" then reports nothing, its cue wanting a clause or a named subject). So
            # is a subordinate clause before the verb ("Als er ankam, sagte der Minister, dass …").
            subject = self._inverted_subject(toks, at)
        elif left is None:
            subject = self._subject_after_adverb(toks, i, at)
        if (
            subject is not None
            and at > after_cue
            and not any(t.low in lex.complementizers for t in toks[subject[1] :][:2])
        ):
            subject = None  # "In der Folge beschwerte sich die Assistentin zuerst bei …": no clause, no claim
        if subject is not None:
            words = " ".join([t.low for t in toks[i:after_cue]])
            if lex.needs_complementizer.fullmatch(words) and not any(
                t.low in lex.complementizers for t in toks[subject[1] : subject[1] + 3]
            ):
                return (None, n)  # "Größere Veränderungen hält er nicht für nötig": a stance on the fronted object
            quote = self._preposed(sent, i, n, subject, content_from=subject[1])
            if quote is not None:
                quote.speaker = self.inverted_speaker(toks, subject)
            return (quote, n)
        if left is None:
            return (None, n)
        if left[0] > 0 and toks[left[0] - 1].is_word and toks[i].low in _listed_words(lex.lang, "SOURCE_POSTPOSITIONS"):
            # "Netanjahus Lager kam den Prognosen zufolge auf 60 Sitze": a source set inside its clause by a
            # postposition attributes the whole clause, not the words after it
            # (from its comma or a dateline's dash: "BONN/TOKIO (dpa-AFX) - Der Konzern will Kreisen zufolge …")
            c = next((k for k in range(left[0] - 1, -1, -1) if toks[k].text in "," + DASHES), -1)
            if _words(toks[c + 1 : left[0]]) + _words(toks[after_cue:]) >= MIN_REPORTED_WORDS:
                start = toks[c + 1].start
                return (Quote(start, self._clause_end(sent, toks), "reported", cue, self.speaker(toks, left)), n)
        return (self._preposed(sent, i, n, left), n)

    def _perfect_subject(self, toks: list[Token], i: int, after_cue: int) -> tuple[int, int] | None:
        """The noun phrase opening the clause right before the auxiliary of cue participle i closing its verb
        bracket (PERFECT_AUXILIARIES: "Die Forscher hatten bei der Veröffentlichung betont, dass …", "Merkel hatte
        nach dem Treffen mit Macron gesagt, …"): the subject, not the words between auxiliary and participle."""
        auxiliaries = _listed_words(self.lex.lang, "PERFECT_AUXILIARIES")
        if not auxiliaries or (after_cue < len(toks) and toks[after_cue].text not in ",:"):
            return None
        a = next((k for k in range(i - 1, 0, -1) if not toks[k].is_word or toks[k].low in auxiliaries), None)
        if a is None or toks[a].low not in auxiliaries:
            return None
        np = self.left_np(toks, a)
        if np is None or np[1] != a or not (np[0] == 0 or toks[np[0] - 1].text in ",;:"):
            return None
        return np

    def _subjectless_postposed(
        self, toks: list[Token], i: int, after_cue: int, cue: tuple[int, int]
    ) -> tuple[Quote, int] | None:
        """The claim before a pro-drop cue i closing its sentence with no subject after it ("…, je pojasnil.",
        "…, so sporočili iz bolnišnice."): the body after "from/in" speaks, else the verb's unnamed subject; None
        for any other words after the cue."""
        lex = self.lex
        rest = next((m for m in range(after_cue, len(toks)) if not toks[m].is_word), len(toks))
        if rest == len(toks) or toks[rest].text not in ".!" or any(t.is_word for t in toks[rest:]):
            return None  # "…, пишет" closing a page whose link was cut, "…, agrega:" before a post it quotes
        if rest - after_cue > PHRASE_TAIL + 1:
            return None
        end = toks[i - 2].end
        if rest == after_cue:
            gender = self._subjectless_gender(toks, i)
            speaker = self.resolver.implicit(toks[i].start, gender, self._scope(toks[i].start))
            return (Quote(toks[0].start, end, "reported", cue, speaker), rest - i)
        if toks[after_cue].low not in lex.locative_prepositions or rest - after_cue < 2:
            return None
        source = (after_cue + 1, rest)
        if not (self._agent(toks, source) or self._head_noun(toks[after_cue + 1].low)):
            return None  # "…, so sporočili na Twitterju.": where, not who
        return (Quote(toks[0].start, end, "reported", cue, self.speaker(toks, source)), rest - i)

    def _dash_closed(self, toks: list[Token], i: int) -> bool:
        """True when a dash right before cue i closes the words before it with no dash of a quotation among them:
        "Musimy najpierw zobaczyć, co przyniesie Brexit - oświadczył."; not "– Jeśli … – mówił – Moim zdaniem … –
        podkreślił" (a cue after an earlier dash: the quotations are the direct path's) nor "…; - Jest mi przykro …
        - powiedziała" (a dash opening a quotation after a stop)."""
        if toks[i - 1].text not in DASHES:
            return False
        for k in range(1, i - 1):
            if toks[k].text not in DASHES:
                continue
            if toks[k - 1].text in ";:" or (toks[k + 1].is_word and self.lex.is_cue_word(toks[k + 1].low)):
                return False
        return True

    def _subjectless_gender(self, toks: list[Token], i: int) -> str | None:
        """The gender or number of the left-out subject of cue i: its own ending, else that of the auxiliary right
        before it ("Igualmente han denunciado …": "han" is plural where the participle tells nothing)."""
        gender = self._verb_gender(toks[i].low)
        if gender is None and i > 0 and toks[i - 1].is_word and toks[i - 1].low in self.lex.skip:
            gender = self._verb_gender(toks[i - 1].low)
        return gender

    def _participle_clause(self, toks: list[Token], i: int) -> bool:
        """True when the words before cue i are a participle opening the sentence and its lower-case object
        ("Przedstawiając 129-stronicowy projekt dokumentu zaznaczył, że …"): the verb's subject is left out. Not
        where a title or a name may be the subject after it ("Odpowiadając na pytania premier powiedział")."""
        if i < 2 or not self.lex.pro_drop or not self._opening_participle(toks[0]):
            return False
        asked = self.lex.question_participle_endings
        if asked and toks[0].low.endswith(asked) and toks[i - 1].text == ",":
            # "Pytany, czy Putin poprze projekt, odpowiedział, że …", "Dopytywany, czy …, odparł:": the question,
            # its names and commas included, ends at the comma before the verb, whose left-out subject answers
            return not any(t.start in self.cues for t in toks[1 : i - 1])
        return all(
            t.is_word
            and not t.is_cap
            and t.start not in self.cues
            and t.low not in self.lex.source_nouns
            and not self.resolver.title_like(t.low)
            for t in toks[1:i]
        )

    def _subject_after_adverb(self, toks: list[Token], i: int, after_cue: int) -> tuple[int, int] | None:
        """In a verb-second language, the subject after cue i when only a short adverbial opens the sentence before
        it ("Am Montag sagte der Minister, …", "Außerdem regte Althaus an, dass …"; no noun phrase there) and a
        comma or colon soon after the subject, or after the separable verb's particle, opens the claim; "Zudem
        befürchten Börsianer ein Wiederaufflammen …" fears a thing, "Das sagte X der „Bild“" points back."""
        if not (self.lex.verb_second and 0 < _words(toks[:i]) <= SHORT_ADVERBIAL and all(t.is_word for t in toks[:i])):
            return None
        subject = self._inverted_subject(toks, after_cue)
        if subject is None:
            return None
        particle = self.particles.get(toks[i].start)
        start = subject[1]
        if particle is not None:
            start = next((k + 1 for k in range(subject[1], len(toks)) if toks[k].start == particle), start)
        reach = toks[start : start + PHRASE_TAIL + 2]
        c = next((k for k, t in enumerate(reach) if t.text in ",:"), None)
        return subject if c is not None and all(t.is_word for t in reach[:c]) else None

    def _fronted_adverbial(self, toks: list[Token], i: int) -> bool:
        """True when the words before cue i are one short phrase opening with a preposition ("En un comunicado,
        afirmó que …", "En otro mensaje dice:"): where, how or when, never the subject of a verb that leaves it out
        (PRO_DROP_PAST_ADVERBIALS). Not a name opening with a preposition ("Al Jazeera informó"), nor a cue set
        between commas ("Por medio de este arte, explica, los Estados …": the subject may follow)."""
        lex = self.lex
        comma = i > 1 and toks[i - 1].text == ","
        words = toks[: i - 1] if comma else toks[:i]
        n = self.cue_at(toks, i)
        after = [t.low if t.is_word else t.text for t in toks[i + n : i + n + 2]]
        opens = after[1:] if after[:1] == [","] else after
        return (
            lex.pro_drop_past_adverbials
            # the cue opens a clause or a colon's quotation: before a verb of another sense ("Z njimi bi se izognili
            # trdi meji", "Za vsa pojasnila so na voljo") the fronted phrase is no setting of speech
            and (after[:1] == [":"] or (bool(opens) and opens[0] in lex.complementizers))
            and 1 < len(words) <= INSERTED_WORDS
            and words[0].low in lex.prepositions
            and (comma or not (words[0].is_cap and words[1].is_cap))
            and not (comma and i + n < len(toks) and toks[i + n].text == ",")
            and all(t.is_word and t.start not in self.cues for t in words)
            and not any(t.low in lex.conjunctions or t.low in lex.complementizers for t in words)
        )

    def _in_phrase(self, toks: list[Token], i: int) -> bool:
        """True when cue word i and the word before or after it make a noun or an adjective ("think tank",
        "racially charged"): the language's NOT_CUE_PHRASES."""
        pairs = (toks[i - 1 : i + 1], toks[i : i + 2])
        return any(
            len(pair) == 2
            and all(t.is_word for t in pair)
            and self.lex.not_cue_phrases.fullmatch(" ".join([t.low for t in pair])) is not None
            for pair in pairs
        )

    def _bracket_close(self, toks: list[Token], i: int) -> int | None:
        """The offset of the bracket closing around cue i, None when the cue stands in none: "… mündete (wir
        berichteten bereits) sucht die Polizei Zeugen" — an aside's cue reports nothing outside it."""
        depth = 0
        for t in toks[:i]:
            depth += (t.text in "([") - (t.text in ")]")
        if depth <= 0:
            return None
        for t in toks[i + 1 :]:
            depth += (t.text in "([") - (t.text in ")]")
            if depth <= 0:
                return t.start
        return None

    def _mood_clause(self, toks: list[Token], after_cue: int) -> bool:
        """True when a comma right after a cue opens a clause in the mood of reported speech (REPORTED_MOOD): "Die
        Opposition kritisierte, die Regierung habe zu spät gehandelt" reports with no complementizer."""
        if after_cue >= len(toks) or toks[after_cue].text != ",":
            return False
        return any(
            t.is_word and not self._quoted(t.start) and self.lex.reported_mood.fullmatch(t.low)
            for t in toks[after_cue + 1 :]
        )

    def _plural_subject_before(self, pos: int) -> Speaker | None:
        """The noun phrase opening the sentence before `pos` when a verb of plural form (PLURAL_VERB_ENDINGS) follows
        it within a few words, past a relative clause set off by commas ("Čeští podnikatelé, které redakce
        oslovila, se brexitu příliš neobávají"); None when the sentence opens otherwise."""
        lex = self.lex
        k = self._sentence_of(pos)
        if not lex.plural_verb_endings or k == 0:
            return None
        toks = self.sentences[k - 1].tokens
        rng = self.right_np(toks, 0)
        if rng is None or rng[0] != 0:
            return None
        m = rng[1]
        if m + 1 < len(toks) and toks[m].text == "," and toks[m + 1].low in lex.relatives:
            m = next((c + 1 for c in range(m + 2, len(toks)) if toks[c].text == ","), len(toks))
        for t in toks[m : m + PLURAL_VERB_REACH]:
            if not t.is_word:
                return None
            if t.low.endswith(lex.plural_verb_endings) and not t.is_cap:
                subject = self.speaker(toks, rng)
                if subject is None:
                    return None
                return Speaker(None, subject.mention, subject.label, subject.kind, subject.mentions)
        return None

    def _adjunct_subject(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """The subject of the clause an adjunct cue at token i closes, told by the cue before it: its inverted
        speaker ("„…,“ uvedla doktorka s tím, že …") or, right before the adjunct, its own subject ("…, to ale WHO
        odmítá s tím, že …"); None when no cue comes before it in the sentence."""
        k = next(
            (k for k in range(i - 1, -1, -1) if toks[k].start in self.cues and not self._quoted(toks[k].start)), None
        )
        if k is None or not all(t.is_word for t in toks[k:i]):
            return None
        after = k + self.cue_at(toks, k)
        if after == i:
            return self.left_np(toks, k)
        rng = self.inverted_np(toks, after, i)
        if rng is not None and rng[1] == i:
            return rng
        # "uvedla doktorka s tím, že": any few words between the cue and the adjunct ("MF DNES")
        return (after, i) if i - after <= ADJUNCT_SPEAKER_WORDS else rng

    def _comma_clause_subject(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """The subject of the clause after the last comma before token i ("…, její ředitel Alexander Nix začal
        nabízet … s tím, že …")."""
        c = max((m + 1 for m in range(i) if toks[m].text == ","), default=0)
        rng = self._subject(toks[c:], i - c)
        return (rng[0] + c, rng[1] + c) if rng is not None else None

    def _perceived(self, before: list[Token], after: list[Token]) -> bool:
        """True when a predicative cue between `before` and `after` reports only what someone sees ("sees him
        return", "saw the blue lights"): no clause, no predicate after "as" follows it, and no marker opens its
        subject's clause ("sees the deal as a betrayal", "as we saw in 2009, …", "what Mr. Obama has seen are …")."""
        lex = self.lex
        following = itertools.takewhile(lambda t: t.is_word, after[:PREDICATIVE_REACH])
        preceding = itertools.takewhile(lambda t: t.is_word, reversed(before[-PREDICATIVE_BEFORE:]))
        return not any(t.low in lex.complementizers or t.low in lex.predicative_markers for t in following) and not any(
            t.low in lex.predicative_markers for t in preceding
        )

    def _opener_only(self, toks: list[Token]) -> bool:
        """True when the words before a subject's comma are only adverbial openers, each comma-separated part
        opening with one after any conjunction ("As for Mr. Trump's personal travel", "But in Michigan a week ago",
        "In April, as …"): no claim."""
        lex = self.lex
        parts: list[list[Token]] = [[]]
        for tok in toks:
            if tok.text in "," + DASHES:
                parts.append([])
            else:
                parts[-1].append(tok)
        for part in parts:
            words = [t.low for t in part if t.is_word]
            while words and words[0] in lex.conjunctions:
                words = words[1:]
            if not words:
                return False
            if words[0] in lex.prepositions:
                continue
            if not any(" ".join(words[:m]) in lex.adverbial_openers for m in range(1, 4)):
                return False
        return True

    def _adverbial_tail(self, tail: list[Token], limit: int = POSTPOSED_TAIL) -> bool:
        """True for words closing a sentence after an inverted speaker that only say where or when ("…, betonte
        Boris Pistorius am Rande des Treffens."): a prepositional phrase with no clause, cue or comma of its own."""
        lex = self.lex
        words = [t for t in tail if t.is_word]
        return (
            bool(words)
            and tail[0].low in lex.aside_prepositions  # the language's prepositions (Polish names only these)
            and _words(tail) <= limit
            # a bracketed party or state after a name stays inside the phrase ("mit Kanzlerin Angela Merkel (CDU)")
            and all(t.is_word or t.text in "()" or t is tail[-1] for t in tail)
            and not any(
                # a relative that is also an article opens no clause without its comma ("an ein Treffen der Minister")
                (self._ends_clause(t) and not (t.low in lex.relatives and t.low in lex.articles))
                or t.start in self.constructions  # "…, передает ТАСС со ссылкой на источник": a source of its own
                for t in words
            )
        )

    def _addressed_medium(self, toks: list[Token], k: int) -> bool:
        """True when the words from token k to the sentence's end are an article and a title in marks, maybe with a
        place's adjective before it and a bracket after ("…, sagte Müller der „Neuen Osnabrücker Zeitung“.",
        "… der Düsseldorfer “Rheinischen Post” (Donnerstag)."): the medium spoken to, no part of the speaker or
        claim."""
        if k >= len(toks) or toks[k].low not in self.lex.articles:
            return False
        m = k + 1
        while m < len(toks) and m - k <= 2 and toks[m].is_word and toks[m].is_cap:
            m += 1  # "der Düsseldorfer"
        if m >= len(toks) or toks[m].text not in self.lex.openers:
            return False
        close = next((c for c in range(m + 1, len(toks)) if toks[c].text in self.lex.closers), None)
        if close is None or not 0 < _words(toks[m + 1 : close]) <= MEDIUM_TITLE_WORDS:
            return False
        rest = toks[close + 1 :]
        if rest and rest[0].text == "(":
            shut = next((c for c, t in enumerate(rest) if t.text == ")"), None)
            rest = rest[shut + 1 :] if shut is not None and shut <= INSERTED_WORDS else rest
        return all(not t.is_word and t.text not in "(," for t in rest)

    def _aside_after_cue(self, toks: list[Token], k: int, end: int) -> bool:
        """True when the comma at token k closes a cue and the medium quoting its speaker, set off before the
        claim, ends at token `end` ("Джонсън заяви, цитиран от АФП, че …", "advirtió, citado por MENA, que …")."""
        return (
            k > 0
            and end < len(toks)
            and toks[end].text in ",:"
            and any(
                c + self.cue_at(toks, c) == k
                for c in range(max(0, k - MAX_CUE_TOKENS), k)
                if toks[c].start in self.cues
            )
        )

    def _quoted_subject(self, toks: list[Token], i: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The subject of cue i set off from it by the medium quoting it, with that medium's range: "Un alto
        funcionario, citado por Reuters, ha asegurado que …", "Cytowany przez „Guardiana” wysoki rangą urzędnik
        … stwierdził, że …"; None otherwise."""
        k = i
        while k > 0 and i - k < PHRASE_TAIL and toks[k - 1].is_word and not toks[k - 1].is_cap:
            k -= 1  # "…, citado por Reuters, ha asegurado": an auxiliary or adverb before the cue
        if k > 0 and toks[k - 1].text == ",":
            i = k
        if i > 0 and toks[i - 1].text == ",":
            for c in range(i - 2, max(0, i - 2 - APPOSED_REACH), -1):
                if toks[c].text != ",":
                    continue
                medium = self._medium_after(toks, c)
                left = self.left_np(toks, c) if c > 0 else None
                if medium is not None and medium[1] == i - 1 and left is not None and self._agent(toks, left):
                    return (left, medium[0])
                return None
            return None
        m = quoted_by(self.lex.lang).match(self.text, toks[0].start) if toks else None
        subject = self.left_np(toks, i) if m is not None and i > 0 else None
        if m is None or subject is None or subject[1] != i or not self._agent(toks, subject):
            return None
        j = next((n for n in range(len(toks)) if toks[n].end >= m.end()), 0) + 1
        # the medium runs from the quoting words to the subject ("Cytowany przez portal | wysoki rangą urzędnik")
        return (subject, (j, subject[0])) if j < subject[0] else None

    def _carried_by(self, sent: _Sentence, cued: int, i: int, source_end: int) -> tuple[Quote | None, int] | None:
        """ "…, sagte Kim laut der Nachrichtenagentur KCNA": a source construction at token i (ending at
        `source_end`; its word in CARRIER_SOURCES) right after the postposed cue at token `cued` and its speaker
        names the medium that carried the speaker's words (Speaker.via), no source of the claim before them. The claim (None where the cue is
        used already) and the token where the medium ends; None where no speaker stands between them or no medium
        after."""
        toks = sent.tokens
        n = self.cue_at(toks, cued) or 1
        k = cued - 1  # the comma, dash or closing mark before the cue
        j = next((m for m in range(i, len(toks)) if toks[m].end >= source_end), i) + 1
        person = self.right_np(toks, cued + n, i)
        medium = self.right_np(toks, j)
        if person is None or medium is None or k < 1 or _words(toks[:k]) < MIN_REPORTED_WORDS:
            return None
        if not (self._agent(toks, person) and self._agent(toks, medium)):
            return None
        if toks[cued].start in self.used_cues:
            return (None, medium[1])
        end = toks[k].end if toks[k].text in CLOSING else toks[k - 1].end
        self.used_cues.add(toks[cued].start)
        speaker = self._with_medium(self.speaker(toks, person), toks, medium)
        cue = (toks[cued].start, toks[cued + n - 1].end)
        return (Quote(toks[0].start, end, "reported", cue, speaker), medium[1])

    def _speaks(self, toks: list[Token], rng: tuple[int, int]) -> bool:
        """True when the phrase after an inverted cue can be its speaker: past its last possessive ("said the
        company's chief executive"), a name or a source, title or institution noun heads it; not the verb's object
        ("denounced Mr. Trump's remarks", "praised Obama's presidency")."""
        owner = max((m for m in range(rng[0], rng[1]) if POSSESSIVE_S.search(toks[m].text)), default=None)
        if owner is None:
            return True
        head = (owner + 1, rng[1])
        return owner + 1 < rng[1] and self._agent(toks, head)

    def _subordinate_opener(self, toks: list[Token], i: int) -> bool:
        """True when a verb-second cue at token i follows the comma closing a subordinate clause that opens the
        sentence ("Als er ankam, sagte …", "Nachdem die Wahl verschoben worden war, erklärte …"), and its subject
        and claim follow it."""
        if not (
            self.lex.verb_second
            and i > 1
            and toks[i - 1].text == ","
            and toks[0].low in _listed_words(self.lex.lang, "SUBORDINATORS")
        ):
            return False
        # the verb's claim follows its subject ("Als Erstes muss die Regierung handeln, sagte der Minister." is a
        # claim before a postposed cue)
        subject = self._inverted_subject(toks, i + self.cue_at(toks, i))
        return subject is not None and _words(toks[subject[1] :]) >= MIN_REPORTED_WORDS

    def _closes_subordinate_clause(self, toks: list[Token], i: int, n: int) -> bool:
        """True when, in a verb-second language, cue i (n tokens) is the verb closing a subordinate clause that opens
        the sentence ("Während die Opposition protestierte, betonte die Kanzlerin, …"): the main clause after its
        comma is no claim of it, unless a complementizer opens it."""
        return (
            self.lex.verb_second
            and i > 1
            and toks[0].low in _listed_words(self.lex.lang, "SUBORDINATORS")
            and i + n + 1 < len(toks)
            and toks[i + n].text == ","
            and toks[i + n + 1].low not in self.lex.complementizers
            and all(t.is_word for t in toks[1:i])
        )

    def _inverted_parenthesis(self, toks: list[Token], i: int, after_cue: int) -> tuple[tuple[int, int], bool] | None:
        """The speaker phrase of a cue at token i inverted inside its claim and set off by a pair of commas or dashes
        ("Morgen, sagte der Minister, werden …", "Mañana – dijo el ministro – las …"), and whether the claim runs on
        after the pair (two words or more, MIN_REPORTED_WORDS in all) or stops before the cue. It stops where the
        words after the pair open with a participle, a cue that is no finite verb, or a linking word and a cue
        ("…, ha detto Rossi, aggiungendo che …", "…, отметила Захарова, добавив, что …", "…, подчерта Мей, като
        допълни, че …"); "На ней Болтон, уточняет газета, сказал, что …" runs on. None where those words open the
        verb's own complement ("Als er ankam, sagte der Minister, dass …") or a relative clause, and where the phrase
        is a name in an oblique case past a prepositional phrase ("намекнула на триумф Байдена, …": the verb's
        object, no speaker)."""
        lex = self.lex
        mark = toks[i - 1].text if i > 0 else ""
        if mark not in "," + DASHES or not _words(toks[: i - 1]) or lex.progressive(toks[i].low):
            return None
        right = self.inverted_np(toks, after_cue)
        if right is None or right[1] + 1 >= len(toks) or toks[right[1]].text != mark or not self._speaks(toks, right):
            return None
        if right[0] > after_cue:
            named = self.people.inside(toks[right[0]].start, toks[right[1] - 1].end)
            if named is not None and self.people.inflected(named):
                return None
        follow = toks[right[1] + 1]
        if follow.low in lex.complementizers or follow.low in lex.relatives:
            return None
        linked = (
            right[1] + 2 < len(toks)
            and toks[right[1] + 2].start in self.cues
            and (follow.low in lex.conjunctions or follow.low in lex.not_names)
        )
        next_claim = (
            linked
            or lex.progressive(follow.low)
            or (follow.start in self.cues and self._verb_gender(follow.low) is None)
        )
        if next_claim:
            return (right, False) if _words(toks[: i - 1]) >= MIN_REPORTED_WORDS else None
        if _words(toks[right[1] :]) < 2 or _words(toks[: i - 1]) + _words(toks[right[1] :]) < MIN_REPORTED_WORDS:
            return None
        return (right, True)

    def _inverted_speaker_before(self, toks: list[Token], c: int) -> tuple[int, int] | None:
        """The speaker phrase of an inverted cue that ends right at the comma at token c ("…, подчеркнул он, |добавив
        …", "…, dijo el Gobierno, |respondiendo …"); None where the words before the comma are no such phrase."""
        p = max((k for k in range(c) if toks[k].text == ","), default=None)
        if p is None or p + 1 >= c:
            return None
        n = self.cue_at(toks, p + 1)
        if not n:
            return None
        right = self.inverted_np(toks, p + 1 + n)
        if right is None:
            # "…", казал източникът, като добавил …": a source noun the inverted reading leaves out
            right = self._phrase_until_comma(toks, p + 1 + n)
            agent = right is not None and (self._agent(toks, right) or self._head_noun(toks[right[1] - 1].low))
            right = right if agent else None
        return right if right is not None and right[1] == c and self._speaks(toks, right) else None

    def _cue_after_comma(self, toks: list[Token], k: int) -> bool:
        """True when a comma at token k is followed by a participle cue: after a postposed attribution it opens the
        speaker's next claim ("…, a Chinese official said, adding that …"), which is found on its own."""
        return (
            k + 1 < len(toks)
            and toks[k].text == ","
            and self.cue_at(toks, k + 1) > 0
            and self.lex.progressive(toks[k + 1].low)
        )

    def _participle_tail(self, tail: list[Token]) -> bool:
        """True for a participle clause closing the sentence after an inverted speaker ("…, podał Reuters, powołując
        się na źródła w ministerstwie."): how the speaker said it, with no claim of its own (no complementizer)."""
        lex = self.lex
        return (
            len(tail) > 2
            and tail[0].text == ","
            and bool(lex.progressive_endings)
            and tail[1].low.endswith(lex.progressive_endings)
            and not any(t.low in lex.complementizers or t.text in "," + DASHES for t in tail[2:])
        )

    def _apposition_tail(self, tail: list[Token]) -> bool:
        """True for a noun phrase in apposition closing the sentence after an inverted speaker ("…, note Reni Rafat,
        une jeune manifestante venue avec des amis.", "…, dijo Fawaz Gerges, profesor de Relaciones Internacionales
        …"): who the speaker is, with no clause of its own."""
        lex = self.lex
        return (
            len(tail) > 2
            and tail[0].text == ","
            and (tail[1].low in lex.articles or tail[1].low in lex.determiners or self._head_noun(tail[1].low))
            and _words(tail) <= APPOSITION_TAIL
            and not any(
                (t.is_word and self._ends_clause(t) and t.low not in lex.relatives) or t.text in DASHES + CLOSING
                for t in tail[2:]
            )
        )

    def _apposed_name(self, toks: list[Token], k: int) -> tuple[int, int] | None:
        """The person named between commas right after a source phrase ending at token k (the rest of its
        complement first: "the head of the traders' association, Walter Egger, …"), or the body named so right
        after a phrase ending in an institution noun ("a UK-based firm, Hiscox, …"), as token positions."""
        c = next((m for m in range(k, min(len(toks), k + APPOSED_REACH)) if toks[m].text == ","), None)
        if c is None or not all(t.is_word or t.text in "'’-" for t in toks[k:c]):
            return None
        e = next((m for m in range(c + 1, min(len(toks), c + 2 + APPOSED_NAME_WORDS)) if toks[m].text == ","), None)
        if e is None or e == c + 1 or not toks[c + 1].is_cap:
            return None
        lex = self.lex
        if (
            c == k
            and k > 0
            and toks[k - 1].low in lex.institution_nouns
            and toks[e - 1].is_cap
            and all(t.is_cap or t.low in lex.articles or t.low in lex.prepositions for t in toks[c + 1 : e])
            and any(t.low in lex.indefinites for t in toks[max(0, k - 4) : k - 1])
            and all(t.is_word for t in toks[max(0, k - 4) : k])
        ):
            # "According to a UK-based firm, Hiscox, …", "a charity, Save the Children, …": a body introduced by
            # its kind with an indefinite article, then its name ("dal Pubblico ministero, Giacomo Forte, …" names
            # the prosecutor, a person the mention layer may miss)
            return (c + 1, e)
        return (c + 1, e) if self._names_person(toks, c + 1, e) else None

    def _names_person(self, toks: list[Token], a: int, b: int) -> bool:
        """True when a person mention spans exactly the tokens a..b."""
        person = self.people.inside(toks[a].start, toks[b - 1].end) if b > a else None
        return person is not None and person.start == toks[a].start and person.end == toks[b - 1].end

    def _verb_cue(self, toks: list[Token], k: int) -> bool:
        """True when token k is a cue not read as a noun or adjective after an article, determiner or modifier
        ("a former state GOP chair", "the state party")."""
        lex = self.lex
        before = toks[k - 1].low if k else ""
        return toks[k].start in self.cues and not (
            before in lex.articles or before in lex.determiners or before in lex.modifiers
        )

    def _apposed_subject(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """The name in "NOUN PHRASE, NAME, cue" or "NAME, NOUN PHRASE, cue" (a subject with its apposition right
        before cue `i`), as token positions; None when the words before the cue are no such subject."""
        while self.lex.pro_drop and i > 0 and toks[i - 1].low in self.lex.skip and toks[i - 1].is_word:
            # "La ministra portavoz, Pilar Alegría, ha señalado": the auxiliary before the cue. Only where the
            # verb agrees with its subject: English "Another RT America host, Abby Martin, had previously
            # denounced …" read this way joined two PolNeAR claims (dev F1@0.3 0.7999 -> 0.7996).
            i -= 1
        if i < 4 or toks[i - 1].text != ",":
            return None
        commas = [k for k in range(i - 1) if toks[k].text == ","]
        if len(commas) != 1 or any(t.text in CLOSING for t in toks[:i]):
            return None
        c = commas[0]
        # "Tuckerman Babcock, a former state GOP chair and former Dunleavy chief of staff, said": an apposition
        # opening with an article may run longer
        longest = APPOSED_ARTICLE_WORDS if toks[c + 1].low in self.lex.articles else APPOSED_HEAD_WORDS
        if (
            self._names_person(toks, 0, c)
            and 1 <= _words(toks[c + 1 : i - 1]) <= longest
            and not any(self._verb_cue(toks, k) for k in range(c + 1, i - 1))
        ):
            return (0, c)  # "Jean-Baptiste Lemaire, président de la FDSEA, a dénoncé l'accord": the name first
        name = toks[c + 1 : i - 1]
        if not 1 <= len(name) <= APPOSED_NAME_WORDS or not all(t.is_word and t.text[:1].isupper() for t in name):
            return None
        if not 2 <= _words(toks[:c]) <= APPOSED_HEAD_WORDS or toks[0].low in self.lex.prepositions:
            return None  # "In the end, Washington, said Smith, …" opens with an adverbial
        return (c + 1, i - 1)

    def _subject_before_aside(self, toks: list[Token], i: int, after_cue: int) -> tuple[int, int] | None:
        """The person's name (as token positions) opening the words before cue `i`, past an adverbial opener,
        when an aside set off by commas stands between it and the cue and a clause follows the cue: "Sen. Chuck
        Grassley, facing a spirited challenge in Iowa, said he would welcome Cruz", "In April 2009, Douglas J.
        Band, who led the initiative, emailed Ms. Abedin …". None otherwise."""
        lex = self.lex
        if i < 4 or toks[i - 1].text != "," or after_cue >= len(toks) or not toks[after_cue].is_word:
            return None
        if _words(toks[after_cue:]) < MIN_REPORTED_WORDS:
            return None
        commas = [k for k in range(i - 1) if toks[k].text == ","]
        starts = [0] + [c + 1 for c in commas if self._opener_only(toks[:c])]
        for s in starts:
            e = next((k for k in commas if k > s), None)
            if e is None or e >= i - 2:
                continue  # no aside between the name's comma and the cue's
            while s < e and (
                toks[s].low in lex.conjunctions or toks[s].low in lex.skip or toks[s].low in lex.adverbial_openers
            ):
                s += 1  # "But Mr. Guerrero, …, said": the conjunction or adverb is no part of the name
            name = toks[s:e]
            if (
                not name
                or _words(name) > APPOSED_NAME_WORDS + PHRASE_TAIL
                or not name[0].is_cap
                or not name[-1].is_cap
                or not all(t.is_cap or t.text == "." or t.low in lex.prepositions for t in name)
            ):
                continue
            if self.people.inside(name[0].start, name[-1].end) is None:
                continue
            # One aside, or one with its own apposition ("…, facing a challenge in Iowa, a swing state, said"); a
            # part past another comma opening otherwise is a clause of the claim ("Clinton, however, is more
            # cautious, said Smith").
            inner = [k for k in commas if e < k < i - 1]
            if any(toks[k + 1].low not in lex.articles for k in inner):
                continue
            return (s, e)
        return None

    def _preposed(
        self, sent: _Sentence, i: int, n: int, left: tuple[int, int] | None, content_from: int | None = None
    ) -> Quote | None:
        """ "X said (that) CONTENT": the claim after cue i (n tokens) or, past an inverted subject, after token
        `content_from`."""
        lex = self.lex
        toks = sent.tokens
        cue = (toks[i].start, toks[i + n - 1].end)
        after_cue = i + n if content_from is None else content_from
        words = " ".join([t.low for t in toks[i:after_cue]])
        needs_clause = lex.needs_complementizer.fullmatch(words) is not None
        clause_only = lex.clause_only_cues.fullmatch(words) is not None
        if lex.predicative_cues.fullmatch(words) and self._perceived(toks[:i], toks[after_cue:]):
            return None
        # Preposed: "X said (that) CONTENT".
        addressee = lex.addressee_cue.fullmatch(toks[i].low) is not None
        start = self._content_start(toks, after_cue, len(toks), addressee)
        # "Michelle Gonzalez a écrit sur son blog :" closing its paragraph: a lead-in, whatever the cue needs
        lead_in = self._colon_after(toks, after_cue)
        # "dont elle rappelle, en agitant concombres et tomates, qu'il …": the cue's complementizer past a comma
        clause = (
            any(t.low in lex.complementizers for t in toks[after_cue : after_cue + 3])
            or any(t.start == start and t.low in lex.complementizers for t in toks[after_cue:])
            or self._mood_clause(toks, after_cue)
        )
        if (
            (needs_clause or clause_only)
            and not clause
            and not (clause_only and lead_in)
            and (clause_only or left is None or not self._agent(toks, left) or self._names_no_one(toks, left))
        ):
            # "X wants a deal" reports X's stance only when X is named; "what he called" is no claim; "recordó a
            # las víctimas", "повторил рекорд" report nothing, whoever the subject.
            return None
        # (past a subject pronoun after the verb: "Durch die Nutzung der Website erklären Sie sich mit … einverstanden")
        r = after_cue + 1 if after_cue + 1 < len(toks) and toks[after_cue].low in lex.pronouns else after_cue
        if (
            r < len(toks)
            and toks[r].low in lex.reflexives
            and not any(t.low in lex.complementizers for t in toks[r : r + 3])
        ):
            # "fala utrzymuje się od czwartku" (stays): a cue verb with a reflexive it takes in no cue of the
            # language's list ("domaga się" is one) means something else, unless a clause follows.
            return None
        block = self._lead_in_block(sent, after_cue)
        if block is not None:
            # "Mona El Tahawy explica:" closing its paragraph: the next paragraph is the post or text quoted.
            return Quote(block[0], block[1], "direct", cue, self.speaker(toks, left))
        pointer = lex.anaphor.match(self.text, start)
        if pointer is not None and not self.text[pointer.end() : pointer.end() + 1].isalpha():
            # "Minister poinformowała o tym na posiedzeniu komisji": the words point back to what was said; the
            # rest says only where and when (a pointer sentence with its speaker after the cue is _anaphoric's).
            return None
        content = [t for t in toks if t.start >= start]
        if _words(content) < MIN_REPORTED_WORDS:
            return None
        end = self._statement_end(toks, after_cue + 1, start, self._clause_end(sent, toks))
        close = self._bracket_close(toks, i)
        if close is not None and close < end:
            end = close
            if _words([t for t in content if t.end <= end]) < MIN_REPORTED_WORDS:
                return None
        particle = self.particles.get(toks[i].start)
        if particle is not None and start <= particle <= end:
            k = next(m for m, t in enumerate(toks) if t.start >= particle)
            if k + 2 < len(toks) and toks[k + 1].text in ",:" and _words(toks[k + 2 :]) >= MIN_REPORTED_WORDS:
                # "teilte am Montag mit, die Grenze bleibe offen": the claim follows the particle's comma.
                start = toks[k + 2].start
            else:
                # "Berlin lehnt Truppen aus Ländern der NATO strikt ab": the particle is no part of the claim.
                end = toks[k - 1].end
        quoted = self._quoted_words(start, end)
        if quoted is None and self._topic_only(toks, start, end):
            return None
        kind = "reported" if quoted is None else "direct"
        return Quote(start, end, kind, cue, self.speaker(toks, left), quoted or {})

    def _topic_only(self, toks: list[Token], start: int, end: int) -> bool:
        """True when the words a cue takes name only what was spoken about: past adverbs, a topic preposition and
        its phrase with no clause ("Szef rządu mówił także na temat praworządności", "poinformowała o woli
        opuszczenia Euroatomu"); "mówił o tym, że …" keeps its clause, and a count is a claim ("organizatorzy mówią o 9
        tysiącach", "informowano o 202 osobach"). A capitalised opener begins a sentence of the speaker's own after a
        colon ("Ministrstvo odgovarja: O predlogu zakona je potekala razprava …"): a claim, no topic."""
        rest = [t for t in toks if start <= t.start and t.end <= end]
        k = next((m for m, t in enumerate(rest) if t.low not in self.lex.skip), len(rest))
        topic = k < len(rest) and self.lex.topic_openers.match(self.text, rest[k].start)
        if not topic or rest[k].text[:1].isupper():
            return False
        after = [t for t in rest if t.start >= topic.end()]
        return not any(t.text[:1].isdigit() for t in after[:2]) and not any(
            t.low in self.lex.complementizers for t in rest[k:]
        )
