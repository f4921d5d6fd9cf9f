"""Speaker phrases around a cue: the noun phrase before it, an inverted one after it, a sentence's subject.

No parser: phrases are read off the token list with the lexicon's pronouns, titles, source nouns and
capitalisation; the resolver then ties a phrase to a person, an office or a labelled source.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import cache
from typing import Literal

from storyline.langs import language_data
from storyline.quotes.base import (
    CLOSING,
    DASHES,
    MAX_CUE_TOKENS,
    PLURAL_SUBJECT_WORDS,
    POSTPOSED_TAIL,
    SUBJECT_WORDS,
    TITLE_REACH,
    FinderBase,
    _words,
)
from storyline.quotes.lexicon import WORD_CACHE_SIZE
from storyline.quotes.speakers import NAME_PARTICLES, POSSESSIVE_S, Speaker, Token, _case_form, _folded, tokenize
from storyline.store.fold import fold

# Words a speaker phrase's complement may add after a dangling function word ("sources close to the | mediation
# team"); a longer tail is the claim's own words, not the source's name.
PHRASE_TAIL = 3
# Most words of a prepositional phrase between an inverted cue and its speaker ("en declaraciones a EFE",
# "w rozmowie z PAP": four; "in einem Interview mit der Zeitung": six).
INSERTED_WORDS = 6
# Most words of an adverbial between a compound tense's auxiliary and the cue's participle ("a déjà ces derniers
# jours rejeté": 4, the longest in the 120 French texts of the shared sets).
ADVERBIAL_WORDS = 4
# Most words between a subject's name and a name in another case before the cue ("Putin | svému tureckému protějšku
# prezidentovi Recepu Tayyipovi Erdoganovi zdůraznil": 7).
OBJECT_WORDS = 8
# Most tokens of a bracketed aside between a speaker's name and the cue ("Adam Vojtěch (za ANO) oznámil", "Pedro
# Silva Pereira (Socjaliści i Demokraci) podkreślił").
BRACKET_WORDS = 6
# Most tokens after the cue within which its claim must open for the bracket to be skipped ("Institut Roberta Kocha
# (RKI) rovněž oznámil, že", "řekl serveru iDNES.cz , že": the session-28 sweep's right claims open within 8).
BRACKET_CLAIM_REACH = 10
# Most words of a medium's name after the kind of medium told ("agentuře Associated Press").
MEDIUM_NAME_WORDS = 3
# Most words of a postposed cue's speaker before the medium quoting them ("заяви поддръжникът на излизането на
# Великобритания от ЕС Найджъл Фараж, цитиран от Ройтерс": 10 words; SlavicNER brexit bg, session 18).
QUOTED_SPEAKER_WORDS = 12
# Most words of a relative clause between a subject and its cue ("The judge who blocked the new law said").
RELATIVE_CLAUSE_WORDS = 10
# Most adjectives before the common noun of a sentence-opening subject in a language without articles
# ("Warszawski lekarz powiedział", "Рівненський лікар: «…»").
OPENING_ADJECTIVES = 2
# (language, word) -> whether it is a head noun of a source phrase in some case form (memoised, bounded).
_HEAD_NOUNS: dict[tuple[str, str], bool] = {}


@cache
def _parsed(lang: str) -> bool:
    """Whether the language's claims are also read from a dependency parse (PARSER_MODEL: English) in the accurate
    mode, which reads a bracket after a speaker's name itself."""
    return bool(getattr(language_data(lang, "quotes"), "PARSER_MODEL", None))


@cache
def _coordinators(lang: str) -> frozenset[str]:
    """The words joining two speakers who say a thing together (langs/<iso>/quotes.py COORDINATORS)."""
    return frozenset(getattr(language_data(lang, "quotes"), "COORDINATORS", ()))


@cache
def _dual_words(lang: str) -> frozenset[str]:
    """Auxiliaries of two subjects ("Pfizer in BioNTech sta napovedala": the participle alone reads feminine)."""
    return frozenset(getattr(language_data(lang, "quotes"), "DUAL_WORDS", ()))


# A surname with the lower-case Arabic article joined to it ("Mohamed Saad al-Katatni", "Abdel Fattah al-Sissi",
# "Hamdine el-Sabbahi"): a capitalised word of the name; names come from every language into every text.
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ed|es|en|er|et|ez)[-‑][A-ZÀ-ÖØ-Þ]\w")
# A possessive ending a token ("Trump’s"); `[’']s$` as a test of the token alone.
_POSSESSIVE_ENDS = ("’s", "'s")


@cache
def quoted_by(lang: str) -> re.Pattern[str]:
    """QUOTED_BY of langs/<iso>/quotes.py as one pattern: the words after a speaker handing their words to the medium
    named next ("цитиран от", "citado por", "quoted by")."""
    patterns = getattr(language_data(lang, "quotes"), "QUOTED_BY", ())
    if not patterns:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)


def _name_particle(tokens: list[Token], m: int) -> bool:
    """True for a lower-case particle inside a person's name ("Pieter de Wolf", "Ursula von der Leyen"): names
    come from every language into every text, so the particles are no one language's data."""
    if tokens[m].low not in NAME_PARTICLES or m == 0 or not tokens[m - 1].is_cap:
        return False
    n = m + 1
    while n < len(tokens) and tokens[n].low in NAME_PARTICLES:
        n += 1  # "von der Leyen"
    return n < len(tokens) and n - m <= 2 and tokens[n].is_cap and tokens[m].text.islower()


class PhraseMixin(FinderBase):
    """Speaker phrases around a cue: the noun phrase before it, an inverted one after it, a sentence's subject."""

    # (start, end) characters of the speaker phrases read as speakers joined by a coordinator (`_conjoined_left`,
    # `right_np`), made on first use: only those are read as several speakers by `_both`, not a name holding "and"
    joined: set[tuple[int, int]] | None = None

    def _name_adjective(self, tokens: list[Token], m: int) -> bool:
        """True for a lower-case adjective inside a body's name in a language whose adjectives follow the noun
        ("la Coordination paysanne Rhône-Alpes", "la Confederazione generale italiana del lavoro" is not one:
        only between two capitalised words)."""
        lex = self.lex
        if not lex.postposed_adjectives or m == 0 or m + 1 >= len(tokens):
            return False
        tok = tokens[m]
        if not tok.is_word or tok.is_cap or not tokens[m - 1].is_cap or not tokens[m + 1].is_cap:
            return False
        if not tok.text.isalpha():
            return False  # "Nel 1990 Cossiga ha detto": a year is no adjective of a name
        function = lex.prepositions | lex.articles | lex.determiners | lex.conjunctions | lex.skip
        return tok.low not in function and tok.low not in lex.pronouns and not lex.is_cue_word(tok.low)

    def _is_head(self, tok: Token, first: bool) -> bool:
        lex = self.lex
        low = tok.low
        base = low[:-2] if low.endswith(_POSSESSIVE_ENDS) else low  # a token holds no line break for `$` to pass
        if base in lex.pronouns:
            return True
        if tok.is_cap and low.endswith(lex.progressive_endings) and lex.is_cue_word(low):
            return False  # "Conceding that …, he warned": a sentence-opening participle, not a name
        if lex.pro_drop and self._opening_participle(tok):
            return False  # "Przedstawiając projekt zaznaczył, że …": a participle without its own subject
        if tok.is_cap and lex.pro_drop and lex.is_cue_word(low):
            return False  # "Zdůraznil: „…“", "Podkreślił: „…”": a verb opening its sentence without its subject
        if (tok.is_cap or _ARTICLE_NAME.match(tok.text)) and low not in lex.not_names:
            return True
        return (
            base in lex.source_nouns
            or self.resolver.title_like(base)
            or base in lex.office_nouns
            or base in lex.document_nouns
            or base in lex.institution_nouns
        )

    def _opening_participle(self, tok: Token) -> bool:
        """True for a capitalised participle opening its sentence that names no one ("Przedstawiając", "Mówiąc",
        "Guardando", "Dénonçant"; not "Jan Zając"; OPENING_PARTICIPLE_ENDINGS): it opens its clause, whose subject
        is the verb's."""
        lex = self.lex
        if not (tok.is_cap and lex.opening_participle_endings and tok.low.endswith(lex.opening_participle_endings)):
            return False
        if tok.low in lex.not_names or tok.low in lex.conjunctions or tok.low in lex.prepositions:
            return False  # "Quando ho scritto …", "Cependant, …": a function word of that ending, whatever follows
        gap = self.text[max(0, tok.start - 3) : tok.start]
        before = gap.strip()
        after = self.text[tok.end : tok.end + 40].split()
        if after and self.lex.is_cue_word(after[0].strip(",.:").lower()):
            return False  # "Zając powiedział": a name and its verb
        return (not before or "\n" in gap or before[-1] in '.!?:;"„”“–—-') and not any(
            p.start < tok.end and tok.start < p.end for p in self.people.people
        )

    def _np_word(self, tok: Token) -> bool:
        lex = self.lex
        base = tok.low[:-2] if tok.low.endswith(_POSSESSIVE_ENDS) else tok.low
        if lex.pro_drop and self._opening_participle(tok):
            return False  # (where the verb carries its subject; "Constant a déclaré" is a name)
        if tok.is_cap and (tok.low not in lex.not_names or tok.low in lex.determiners or tok.low in lex.possessives):
            return True
        if _ARTICLE_NAME.match(tok.text):
            return True
        return (
            base in lex.modifiers
            or (len(base) > 4 and base.endswith(lex.modifier_suffixes) if lex.modifier_suffixes else False)
            or self.resolver.title_like(base)
            or base in lex.source_nouns
            or base in lex.office_nouns
            or base in lex.document_nouns
            or base in lex.institution_nouns
            or tok.low in lex.determiners
            or tok.low in lex.possessives
            # a declining language's head noun in another case ("Podle Českého hydrometeorologického ústavu")
            or (lex.genitive_complements and self._head_noun(base))
        )

    def left_np(self, tokens: list[Token], i: int, floor: int = 0) -> tuple[int, int] | None:
        """Token range of the speaker phrase ending before token i (skipping auxiliaries and adverbs); the
        phrase a relative clause hangs on when that phrase ends the clause ("The judge who blocked the law said":
        the judge, not the law)."""
        rng = self._left_np(tokens, i, floor)
        if rng is None:
            return None
        if tokens[rng[1] - 1].is_cap:
            # a name right before the cue is its subject ("… which are set for closure, Mr Yardley said"), with the
            # one joined before it ("Chuck Schumer and Nancy Pelosi said")
            return self._conjoined_left(tokens, rng, i, floor) or rng
        return self._relative_antecedent(tokens, rng[0], floor) or self._conjoined_left(tokens, rng, i, floor) or rng

    def _bracket_after_name(self, tokens: list[Token], j: int, floor: int, i: int) -> int | None:
        """The index of the bracket opening a short aside that token j closes right after a capitalised word (a party,
        a seat, a short form: "Andreas Geisel (SPD)") before cue i; None otherwise, when the aside holds a cue of its
        own, when no claim opens soon after the cue, or in a language whose parse path reads such brackets (English)."""
        if j - 2 <= floor or tokens[j].text != ")":
            return None
        from storyline.quotes.extract import _parse_enabled  # (extract imports this module)

        if _parsed(self.lex.lang) and _parse_enabled():
            # (English, accurate mode: the rules would read "On … “Fox News Sunday,” … Gov. Mike Pence (R-IN) said his
            # …" as the words before the comma, where the parse finds the claim after the cue; PolNeAR dev speakers
            # fell. Rules only, nothing else reads the bracket: PolNeAR dev F1@0.3 0.751 -> 0.752, speakers 0.9072 ->
            # 0.9074; train 0.7220 -> 0.7221, 0.8895 -> 0.8897)
            return None
        o = next((k for k in range(j - 1, max(floor, j - 1 - BRACKET_WORDS) - 1, -1) if tokens[k].text in "()"), None)
        if o is None or tokens[o].text != "(" or o - 1 < floor or not tokens[o - 1].is_cap:
            return None
        if any(self.lex.is_cue_word(t.low) for t in tokens[o + 1 : j] if t.is_word):
            return None
        # only before a cue whose claim follows it: a complementizer, a colon or an opening mark soon after the verb
        # ("Die Kultusministerin Anna Beispiel (CDU) sprach am Montag im Landtag" reports nothing)
        after = tokens[i + 1 : i + 1 + BRACKET_CLAIM_REACH]
        if not any(t.low in self.lex.complementizers or t.text == ":" or t.text in self.lex.openers for t in after):
            return None
        return o

    def _conjoined_left(self, tokens: list[Token], rng: tuple[int, int], i: int, floor: int) -> tuple[int, int] | None:
        """Phrase `rng` before cue i with a speaker joined before it by a coordinator ("Ted Cruz and Ron Johnson
        said", "Komisja Europejska i Wielka Brytania poinformowały"): both speak, so the phrase is both; None when no
        such speaker stands there. The first must open its clause or the verb be plural, and neither verb nor
        phrase singular ("Sekretarz generalny Copa i Cogeca powiedział" is one man)."""
        c = rng[0] - 1
        if c - 1 < floor or tokens[c].low not in _coordinators(self.lex.lang) or not self._agent(tokens, rng):
            return None
        first = self._left_np(tokens, c, floor) or self._name_before(tokens, c, floor)
        if first is None or first[1] != c or not self._agent(tokens, first) or not self._conjunct(tokens, first):
            return None
        if not self._conjunct(tokens, rng):
            return None
        number = self._number(tokens[rng[1] : i + 2])
        if number == "s":
            return None
        while first[0] - 2 >= floor and tokens[first[0] - 1].text == ",":
            # "Obama, Cameron e Sarkozy sostengono": a list, each speaker a name
            more = self._left_np(tokens, first[0] - 1, floor)
            if more is None or more[1] != first[0] - 1 or not tokens[more[1] - 1].is_cap:
                break
            if any(t.low in self.lex.prepositions for t in tokens[max(floor, more[0] - 1) : more[1]]):
                break
            if self._named(tokens, (first[0], c)) and not self._named(tokens, more):
                break  # "A Paris, Nicolas Sarkozy et Angela Merkel annoncent": people listed, a place before them  # "A Paris, Nicolas Sarkozy et Angela Merkel annoncent": a place before the speakers
            if not self._agent(tokens, more) or not self._conjunct(tokens, more):
                break
            first = (more[0], c)
        before = tokens[first[0] - 1] if first[0] > floor else None
        opens = (
            before is None
            or not before.is_word
            or before.low in self.lex.skip
            or before.low in self.lex.complementizers
            or before.low in self.lex.conjunctions
        )
        if not (opens or number == "p") or not self._pair(tokens, [first, rng]):
            return None
        return self._join(tokens, (first[0], rng[1]))

    def _join(self, tokens: list[Token], rng: tuple[int, int]) -> tuple[int, int]:
        if self.joined is None:
            self.joined = set()
        self.joined.add((tokens[rng[0]].start, tokens[rng[1] - 1].end))
        return rng

    def _pair(self, tokens: list[Token], parts: list[tuple[int, int]]) -> bool:
        """False when a person is named last and something other than a person before: one person's titles
        ("Заместник министър-председателят и министър … Екатерина Захариева"), a title's complement holding "and"
        ("директор Института США и Канады РАН Валерий Гарбузов"), a particle ("Вот и Маркус Зёдер")."""
        return not self._named(tokens, parts[-1]) or all(self._named(tokens, r) for r in parts[:-1])

    def _name_before(self, tokens: list[Token], c: int, floor: int) -> tuple[int, int] | None:
        """The person's name ending before token c, where no phrase the speaker finder reads stands there ("Лідер
        демократів у Сенаті Чак Шумер і …": the title's complement is no speaker, the name after it is)."""
        m = c
        while m - 1 >= floor and tokens[m - 1].is_word and tokens[m - 1].is_cap:
            m -= 1
        person = self.people.inside(tokens[m].start, tokens[c - 1].end) if m < c else None
        if person is None or person.end != tokens[c - 1].end:
            return None
        return next(((n, c) for n in range(m, c) if tokens[n].start >= person.start), None)

    def _named(self, tokens: list[Token], rng: tuple[int, int]) -> bool:
        return self.people.inside(tokens[rng[0]].start, tokens[rng[1] - 1].end) is not None

    def _conjunct(self, tokens: list[Token], rng: tuple[int, int]) -> bool:
        """True for a phrase that can be one of two speakers joined: no pronoun, no coordinator inside it ("Copa i
        Cogeca" is one body's name before "Sekretarz generalny"), a name or a source's head noun."""
        words = tokens[rng[0] : rng[1]]
        coordinators = _coordinators(self.lex.lang)
        return not any(t.low in self.lex.pronouns or t.low in coordinators for t in words)

    def _number(self, words: list[Token]) -> str | None:
        """ "p" when a verb among `words` (the cue and the words around it) is plural by its ending, "s" when one is
        singular and none plural, None when none tells (English "said")."""
        found = None
        for tok in words:
            if not tok.is_word:
                continue
            gender = self._verb_gender(tok.low) if self.lex.is_cue_word(tok.low) or tok.low in self.lex.skip else None
            if gender == "p" or tok.low in _dual_words(self.lex.lang):
                return "p"
            if gender in ("m", "f"):
                found = "s"
        return found

    def _relative_antecedent(self, tokens: list[Token], start: int, floor: int) -> tuple[int, int] | None:
        """The phrase before a relative pronoun that opens an unbroken clause ending at token `start`; None
        when no such clause stands there (a pronoun that is also a complementizer or article is none)."""
        lex = self.lex
        if start - 1 < floor or not tokens[start - 1].is_word:
            return None
        for r in range(start - 2, max(floor, start - 1 - RELATIVE_CLAUSE_WORDS), -1):
            tok = tokens[r]
            if not tok.is_word:
                return None
            if tok.low not in lex.relatives:
                continue
            if tok.low in lex.complementizers or tok.low in lex.articles or tok.low in lex.determiners:
                return None
            if r - 1 < floor or not tokens[r - 1].is_word:
                return None  # "Barkley, who said …" is read where the relative pronoun is the speaker's word
            antecedent = self._left_np(tokens, r, floor)
            return antecedent if antecedent is not None and antecedent[1] == r else None
        return None

    def _object_pronoun(self, tokens: list[Token], j: int, floor: int) -> bool:
        """True for a pronoun after a subject or an auxiliary that is never the subject ("Il lui a dit", "X a lui
        aussi lancé"); not after a preposition or a conjunction ("serré contre lui :", "Et lui :")."""
        lex = self.lex
        if tokens[j].low not in lex.object_pronouns or j - 1 < floor or not tokens[j - 1].is_word:
            return False
        return tokens[j - 1].low not in lex.prepositions and tokens[j - 1].low not in lex.conjunctions

    def _left_np(self, tokens: list[Token], i: int, floor: int) -> tuple[int, int] | None:
        lex = self.lex
        j = i - 1
        while j >= floor and (tokens[j].low in lex.skip or self._object_pronoun(tokens, j, floor)):
            j -= 1
        aux, m = None, j
        while (
            lex.tense_auxiliaries
            and m >= floor
            and j - m <= ADVERBIAL_WORDS
            and tokens[m].is_word
            and not tokens[m].is_cap
            # "malgré le ministre qui a affirmé": a clause of its own before the cue is no adverbial
            and tokens[m].low not in lex.relatives | lex.complementizers | lex.conjunctions
        ):
            if tokens[m].low in lex.tense_auxiliaries:
                aux = m
                break
            m -= 1
        if (
            aux is not None
            and aux < j
            # a participle after them: "a fini par annoncer", "a dû annoncer" are verbs of their own, "a été
            # rejeté" a passive whose subject speaks not
            and i < len(tokens)
            and not tokens[i].low.endswith(lex.infinitive_endings)
            and not any(t.low in lex.passive_auxiliaries | lex.tense_participles for t in tokens[aux + 1 : j + 1])
        ):
            # "Le général …, a pour sa part déclaré", "Gilad Erdan a d'ailleurs admis": the words between the
            # auxiliary and the participle say how or when; the subject stands before the auxiliary
            j = aux - 1
            while j >= floor and (tokens[j].low in lex.skip or self._object_pronoun(tokens, j, floor)):
                j -= 1
        told = self._medium_told_before(tokens, j, floor)
        if told is not None:
            # "Saif Mulúk agentuře AFP sdělil, že …", "Ten agentuře AFP sdělil": the medium told is no subject
            j = told - 1
            while j >= floor and (tokens[j].low in lex.skip or tokens[j].low in lex.conjunctions):
                j -= 1  # "zdroje ale agentuře Reuters řekly": "ale" (however) stands after the subject
        if (
            j - 3 >= floor
            and tokens[j].text == tokens[j - 2].text == ","
            and tokens[j - 1].low in lex.emphatic_pronouns
        ):
            j -= 3  # "Les organisateurs, eux, revendiquent": the subject before its stressed pronoun
        if j > floor and tokens[j].text in CLOSING:
            # '„Rzeczpospolita” pisze, że …', 'Brytyjski „The Guardian” donosi': the medium's name in marks
            return self._marked_name(tokens, i, j, floor)
        bracket = self._bracket_after_name(tokens, j, floor, i)
        if bracket is not None:
            # "Ministr Adam Vojtěch (za ANO) oznámil, že …", "Poseł Paweł Bejda (PSL) ocenił": a party or a short form
            # in brackets after the speaker's name
            return self._left_np(tokens, bracket, floor)
        if j < floor or not tokens[j].is_word or self._quoted(tokens[j].start):
            return None
        base = POSSESSIVE_S.sub("", tokens[j].low)
        if base in lex.relatives and j - 2 >= floor and tokens[j - 1].text == ",":
            # "Barkley, who said ...": the speaker is the phrase the relative clause hangs on; the words that
            # name it in the clause are the relative pronoun (kept as the speaker span).
            antecedent = self.left_np(tokens, j - 1, floor)
            if antecedent is not None:
                self.relative_for[tokens[antecedent[1] - 1].end] = (tokens[j].start, tokens[j].end)
            return antecedent
        if base in lex.subject_relatives and j - 1 >= floor and tokens[j - 1].is_word:
            # "le ministre qui a affirmé": the phrase the clause hangs on, not it with its relative pronoun
            return self.left_np(tokens, j, floor)
        if not self._is_head(tokens[j], True):
            owner = self._genitive_owner(tokens, j, floor) if lex.genitive_complements else None
            phrase = owner or self._determined_np(tokens, j, floor)
            if phrase is not None and not owner:
                # "sources close to the talks said": the common noun ends a source's complement
                source = self._source_before(tokens, phrase[0], floor, heads=True)
                if source is not None:
                    return (source[0], j + 1)
            if phrase is None and lex.genitive_complements:
                phrase = self._opening_subject(tokens, j, floor)
            return phrase
        if base in lex.pronouns:
            return (j, j + 1)
        k = j
        while (
            k - 1 >= floor
            and tokens[k - 1].is_word
            and (
                self._np_word(tokens[k - 1])
                or _name_particle(tokens, k - 1)
                or self._name_adjective(tokens, k - 1)
                # "22 percent said", "200 protesters said": a number counting the speakers of a source noun
                or (tokens[k - 1].text.isdigit() and tokens[k].low in lex.source_nouns)
            )
            and tokens[k - 1].low not in lex.pronouns
            # "Накануне Волков заявил": an adverb the language skips is capitalised only opening the sentence
            and not (tokens[k - 1].is_cap and tokens[k - 1].low in lex.skip)
        ):
            k -= 1
            if tokens[k].low in lex.determiners or tokens[k].low in lex.possessives:
                break
        if (
            k - 2 >= floor
            and tokens[k].is_cap
            and tokens[k - 1].low in lex.conjunctions
            and tokens[k - 2].is_cap
            and k - 3 >= floor
            and tokens[k - 3].low in lex.prepositions
        ):
            # "Ministers from France and Poland asked": names joined after a preposition are one complement.
            k -= 2
        while k < j and tokens[k].low in ("of", "for", "to", "z", "de", "для"):
            k += 1
        if k < j and tokens[k].low in lex.prepositions and not tokens[k].is_cap:
            # "i carabinieri di Agrigento hanno denunciato", "il figlio di Gheddafi ha detto": a phrase taken up to a
            # preposition its modifiers let in is the complement of the head before it, whatever that head is
            outer = self.left_np(tokens, k, floor) if k > floor else None
            return (outer[0], j + 1) if outer is not None else (k + 1, j + 1)
        if k > floor and tokens[k - 1].low in lex.prepositions:
            # "a spokesman for the campaign said" is one phrase; "talks with Trump will focus on" has no subject.
            outer = self.left_np(tokens, k - 1, floor) if k - 1 > floor else None
            if outer is None:
                outer = self._source_before(tokens, k, floor)
            if outer is None or not self._agent(tokens, outer):
                # "В Москве Путин заявил", "W Brukseli Kallas powiedziała": a place before the subject's name; in a
                # declining language with no articles also after a phrase that is no speaker ("W ubiegłą środę w
                # Luksemburgu … Donald Tusk poinformował"). Elsewhere a name there is the preposition's object ("en
                # soutien au président Mohamed Morsi qui fait face à …").
                person = (
                    self.people.inside(tokens[k].start, tokens[j].end)
                    if outer is None or self.lex.genitive_complements
                    else None
                )
                if person is not None and person.end == tokens[j].end and person.start > tokens[k].start:
                    # (none when the name starts inside a token: "Leahy" of "by the Gramm-Leahy act was")
                    first = next((m for m in range(k, j + 1) if tokens[m].start >= person.start), None)
                    if first is not None:
                        return (first, j + 1)
                # "Na Twitterze prezydent USA pisze", "W trakcie wizyty w Borodziance szef rządu przyznał": a title
                # after the place opens the subject, and a source noun after a name ("na szczycie w Brukseli
                # przywódcy"; "на власні джерела повідомило" is the preposition's own noun)
                title = next(
                    (m for m in range(k + 1, j + 1) if self._bare_title(tokens[m], source=tokens[k].is_cap)), None
                )
                if title is not None:
                    return (title, j + 1)
                if outer is not None and self._titled_head(tokens, outer):
                    return (outer[0], j + 1)  # "Rzecznik rządu w Londynie powiedział", "Źródła zbliżone do rozmów"
                return None
            return (outer[0], j + 1)
        return (k, j + 1)

    def _bare_title(self, tok: Token, source: bool = False) -> bool:
        """True for a title in its own form, written small ("prezydent", "szef", "прем'єр"), or with `source` a
        source noun ("przywódcy", "експерти"), in a declining language with no articles, where such a noun opens its
        phrase (French or Spanish titles after a place are mostly complements: "… au président Mohamed Morsi qui fait
        face à …")."""
        lex = self.lex
        return (
            lex.genitive_complements
            and tok.is_word
            and not tok.is_cap
            and (tok.low in lex.titles or (source and tok.low in lex.source_nouns))
        )

    def _titled_head(self, tokens: list[Token], rng: tuple[int, int]) -> bool:
        """True for a phrase opened by a source, title or institution noun in its own form, where a declining language
        puts the head first and its genitive complement after ("Rzecznik rządu w Londynie", "Mluvčí vlády v Londýně"):
        the complement's noun ends the phrase, the speaker is the head."""
        lex = self.lex
        first = tokens[rng[0]].low
        return (
            lex.genitive_complements
            and rng[1] - rng[0] > 1
            and (first in lex.source_nouns or first in lex.titles or first in lex.institution_nouns)
        )

    def _left_past_aside(self, toks: list[Token], i: int) -> tuple[int, int] | None:
        """The subject opening the sentence before a short prepositional phrase between it and cue i ("Premiér
        Petr Fiala na tiskové konferenci řekl, že …"), when that subject names a person, or in a pro-drop language
        is a speaker's phrase ("Premiér na jednání zdůraznil, že …", "Vládní vědecká poradní skupina po svém
        předvánočním setkání oznámila, že …": the verb agrees with it); None otherwise."""
        lex = self.lex
        for p in range(i - 1, max(0, i - 1 - INSERTED_WORDS), -1):
            tok = toks[p]
            if (
                not tok.is_word
                or tok.start in self.cues
                or tok.low in lex.conjunctions
                or tok.low in lex.complementizers
            ):
                return None
            if tok.low not in lex.aside_prepositions:
                continue
            left = self.left_np(toks, p)
            if (
                left is not None
                and left[1] == p
                # the sentence opens with the subject, the phrase follows it; or with a date before it ("V úterý 11.
                # srpna šéf Kremlu Vladimir Putin s pompou oznámil, že …")
                and all(t.low in lex.skip or t.text.isdigit() or t.text == "." for t in toks[: left[0]])
                and (
                    self.people.inside(toks[left[0]].start, toks[left[1] - 1].end) is not None
                    or (lex.pro_drop and self._agent(toks, left))
                )
            ):
                return left
        return None

    def _marked_name(self, tokens: list[Token], i: int, j: int, floor: int) -> tuple[int, int] | None:
        """The capitalised words in marks closed by token j before cue i, a name the direct pass found no quotation
        in (a medium's title), when they open the clause, alone or after the medium's kind and adjectives ("Brytyjski
        dziennik „The Telegraph” poinformował w czwartek, że …") and a clause follows the cue; None for anything else
        ("Jensen w rozmowie z dziennikiem „Tagesspiegel” powiedział": the paper is spoken to; "“Фармак” повідомляв
        про співпрацю": what it told is no claim)."""
        lex = self.lex
        if any(q.outer_end == tokens[j].end for q in self.quoted):
            return None
        opener = next((m for m in range(j - 1, max(floor, j - 6) - 1, -1) if not tokens[m].is_word), None)
        if (
            opener is None
            or opener + 1 >= j
            or tokens[j].text not in lex.openers.get(tokens[opener].text, ())
            or not tokens[opener + 1].is_cap
            or not self._clause_follows_cue(tokens, i)
        ):
            return None
        suffixes = lex.modifier_suffixes or ("\0",)
        k = opener
        while (
            k > floor
            and tokens[k - 1].is_word
            and (
                tokens[k - 1].low in lex.media_hints
                or tokens[k - 1].low.endswith(suffixes)
                # "Die Zeitung „Bild“ berichtete": a body's kind noun, where nouns are capitalised (de)
                or (lex.nouns_capitalised and tokens[k - 1].low in lex.institution_nouns)
            )
        ):
            k -= 1  # "Brytyjski dziennik", "amerykański portal": the name's kind
        before = tokens[k - 1] if k > floor else None
        if before is not None and (before.low in lex.aside_prepositions or before.low in lex.prepositions):
            return None  # "w rozmowie z radio „Zet”": the medium is spoken to
        # "W ubiegłym tygodniu „Times” podał, że …", "Z kolei „The Sunday Times” ujawnił": past an opening adverbial
        adverbial = tokens[floor].low in lex.aside_prepositions and k - floor <= OPENING_ADJECTIVES + 2
        if before is None or before.text == "," or (before.is_word and (k < opener or adverbial)):
            return (opener + 1, j)
        return None

    def _clause_follows_cue(self, tokens: list[Token], i: int) -> bool:
        """True when a clause opens soon after cue i: a complementizer ("pisze, że …"), or in a verb-second language
        a comma, the reported clause needing none ("„Bild“ berichtete am Sonntag, der Minister sei …")."""
        after = tokens[i + 1 : i + 1 + INSERTED_WORDS + 2]
        return any(t.low in self.lex.complementizers or (self.lex.verb_second and t.text == ",") for t in after)

    def _source_before(self, tokens: list[Token], k: int, floor: int, heads: bool = False) -> tuple[int, int] | None:
        """ "sources close to | the talks": the phrase of a source noun before its modifiers and the preposition
        that ends before token k; None when no such noun stands there. With `heads` (a common-noun phrase at k), in a
        language whose complements follow their noun, any head noun before a genitive preposition owns it."""
        lex = self.lex
        if heads and lex.postposed_adjectives and k - 3 > floor and tokens[k - 1].low in lex.conjunctions:
            # "el partido de la libertad y | la justicia": the complement before the conjunction
            g = k - 2
            if tokens[g].is_word and not tokens[g].is_cap and not self._ends_phrase(tokens[g]):
                while g - 1 > floor and tokens[g - 1].low in lex.articles:
                    g -= 1
                k = g if g < k - 2 else k
        if k - 1 <= floor or tokens[k - 1].low not in lex.prepositions:
            return None
        # "Le ministre de la justice a déclaré", "le parti de la liberté et de la justice": where complements follow
        # their noun, any head noun (title, institution) before a genitive preposition owns the phrase after it
        genitive = heads and lex.postposed_adjectives and tokens[k - 1].low in lex.modifiers
        h = k - 2
        while h > floor and tokens[h].low in lex.modifiers and not (genitive and self._head_noun(tokens[h].low)):
            h -= 1
        if genitive and h - 1 > floor and tokens[h].low in lex.conjunctions:
            g = h - 1  # "de la liberté et | de la justice": a coordinated complement before this one
            if tokens[g].is_word and not tokens[g].is_cap and not self._ends_phrase(tokens[g]):
                while g - 1 > floor and tokens[g - 1].low in lex.articles and tokens[g - 1].low not in lex.modifiers:
                    g -= 1
                if g - 2 >= floor and tokens[g - 1].low in lex.articles:
                    g -= 1  # "la", also a modifier
                if g - 2 >= floor and tokens[g - 1].low in lex.prepositions and tokens[g - 1].low in lex.modifiers:
                    h = g - 2
        base = POSSESSIVE_S.sub("", tokens[h].low) if h >= floor else ""
        if h >= floor and (base in lex.source_nouns or (genitive and self._head_noun(base))):
            return self.left_np(tokens, h + 1, floor) or (h, h + 1)
        return None

    def _genitive_owner(self, tokens: list[Token], j: int, floor: int) -> tuple[int, int] | None:
        """ "Rzecznik ministerstwa spraw zagranicznych poinformował": lower-case genitive words ending at token
        j complement the head noun before them; the phrase is that head's phrase with them."""
        h = j
        while (
            h > floor
            and j - h < PHRASE_TAIL
            and tokens[h].is_word
            and not tokens[h].is_cap
            and len(tokens[h].low) > 2  # "i", "a", "w": one-letter conjunctions and prepositions
            and not self._ends_phrase(tokens[h])
        ):
            if tokens[h - 1].is_word and self._head_noun(tokens[h - 1].low):
                outer = self.left_np(tokens, h, floor)
                if outer is not None:
                    return (outer[0], j + 1)
            h -= 1
        return None

    def _locative_source(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """ "В Кремле заявили", "W MSZ poinformowano": an opening "in X" before a subjectless plural or impersonal
        cue at token i names the institution speaking; the range of X."""
        lex = self.lex
        # past one opening word set off by a comma: "Нагадаємо, у ВООЗ заявили, що …", "Напомним, в Кремле заявили"
        first = 2 if len(tokens) > 2 and tokens[0].is_word and tokens[1].text == "," else 0
        if i < first + 2 or tokens[first].low not in lex.locative_prepositions:
            return None
        while i > first + 2 and tokens[i - 1].low in lex.skip:
            i -= 1  # "У заяві МЗС також йдеться": an adverb before the cue is no part of the source
        inner = tokens[first + 1 : i]
        named = inner[0].is_cap or self._head_noun(inner[0].low)  # "В Кремле", "Na ministerstvu"
        if not named and len(inner) > 1 and lex.modifier_suffixes and inner[0].low.endswith(lex.modifier_suffixes):
            named = self._head_noun(inner[1].low)  # "W czwartkowym komunikacie MSZ wyjaśniono, że …"
        if len(inner) > PHRASE_TAIL + 1 or not named or not all(t.is_word for t in inner):
            return None
        named_people = [p for p in (self.people.inside(t.start, t.end) for t in inner) if p is not None]
        if any(not self.people.inflected(p) for p in named_people):
            return None  # "В Москве Путин заявил": a person is the subject ("В штабе Байдена заявили": the owner)
        return (first + 1, i)

    def _impersonal_source(self, tokens: list[Token], j: int) -> Speaker | None:
        """The source a few words after an impersonal cue name with "in" ("йдеться у заяві Зеленського",
        "говорится в сообщении"), or None."""
        rng = self._document_after(tokens, j)
        return self.speaker(tokens, rng) if rng is not None else None

    def _document_after(self, tokens: list[Token], j: int) -> tuple[int, int] | None:
        """The range of the document an impersonal cue names at token j with "in" ("у заяві Зеленського"), or of
        the document's named owner ("in una nota di Amnesty"); None where no such phrase follows."""
        lex = self.lex
        doc = next((k for k in range(j + 1, len(tokens)) if tokens[k].low not in lex.determiners), len(tokens))
        if (
            doc + 2 < len(tokens)
            and tokens[j].low in lex.locative_prepositions
            and tokens[doc].is_word
            and not tokens[doc].is_cap
            and tokens[doc + 1].low in lex.owner_prepositions
            and tokens[doc + 2].is_cap
        ):
            # "si legge in una nota di Amnesty": the named owner of the document speaks, not its noun
            stop = next((k for k in range(doc + 2, len(tokens)) if not tokens[k].is_word), len(tokens))
            owner = self.right_np(tokens[:stop], doc + 2)
            if owner is not None:
                return owner
        # up to the sentence's punctuation or the next preposition ("у заяві Зеленського | в Telegram")
        end = next(
            (
                k
                for k in range(j + 1, len(tokens))
                if (not tokens[k].is_word and tokens[k].text not in self.lex.openers and tokens[k].text not in CLOSING)
                or tokens[k].low in self.lex.prepositions
            ),
            len(tokens),
        )
        if not j < end - 1 <= j + PHRASE_TAIL or tokens[j].low not in self.lex.locative_prepositions:
            return None
        return self.right_np(tokens[:end], j + 1) or (j + 1, end)

    def _opening_subject(self, tokens: list[Token], j: int, floor: int) -> tuple[int, int] | None:
        """The subject opening a sentence in a language without articles: one or two adjectives and the common
        noun at token j ("Warszawski lekarz powiedział", "Московский врач сказал", "Рівненський лікар: «…»"),
        where no determiner marks the phrase; None for anything else before the cue."""
        lex = self.lex
        # "Wczoraj warszawski lekarz powiedział", "Накануне врач сказал": past an opening adverb the language skips
        start = next((k for k in range(j) if tokens[k].low not in lex.skip), j)
        if floor != 0 or not (1 if start == 0 else 0) <= j - start <= OPENING_ADJECTIVES or not lex.modifier_suffixes:
            return None
        if j + 1 < len(tokens) and tokens[j + 1].low in lex.prepositions:
            return None  # "Сімейна лікарка у … районі Києва Олена Л.:": the phrase goes on to its name
        head, adjectives = tokens[j], tokens[start:j]
        if head.is_cap or len(head.low) < 3 or head.low.endswith(lex.modifier_suffixes) or not head.text.isalpha():
            return None
        if head.low in lex.skip or head.low in lex.not_names or lex.is_cue_word(head.low):
            return None
        if (
            any(t.is_cap for t in adjectives[1:])
            or (start > 0 and adjectives and adjectives[0].is_cap)
            or not all(
                t.text.isalpha() and t.low.endswith(lex.modifier_suffixes) and t.low not in lex.skip for t in adjectives
            )
        ):
            return None
        return (start, j + 1)

    def _determined_np(self, tokens: list[Token], j: int, floor: int) -> tuple[int, int] | None:
        """A common-noun phrase opened by a determiner ("the billionaire real estate magnate")."""
        lex = self.lex
        if tokens[j].low in lex.complementizers or tokens[j].low in lex.not_names or tokens[j].low in lex.skip:
            return None
        for k in range(j - 1, max(floor, j - 5) - 1, -1):
            tok = tokens[k]
            if tok.low in ("a", "an", "the") or (tok.low in lex.determiners and tok.low not in lex.possessives):
                return (k, j + 1)
            if not tok.is_word or tok.low in lex.complementizers or tok.low in lex.pronouns or self.cue_at(tokens, k):
                return None
        return None

    def right_np(self, tokens: list[Token], i: int, stop: int | None = None) -> tuple[int, int] | None:
        """Token range of the speaker phrase starting at token i (an inverted speaker: "said Peskov"), with the one
        joined after it where the two end the clause ("…, said Ted Cruz and Ron Johnson.", "предадоха Ройтерс и
        ДПА."): both speak; not where a verb before is singular."""
        stop = len(tokens) if stop is None else stop
        told = self._medium_told(tokens, i, stop)
        if told is not None:
            # the medium told is no speaker: the speaker follows it or is the one the cue's subject points to
            found = self.right_np(tokens, told, stop) if told < stop else None
            return found if found is not None and found[0] == told else None
        rng = self._right_np(tokens, i, stop)
        c = rng[1] if rng is not None else stop
        if rng is None or c + 1 >= stop or tokens[c].low not in _coordinators(self.lex.lang):
            return rng
        second = self._right_np(tokens, c + 1, stop)
        if (
            second is None
            or second[0] != c + 1
            or (second[1] < stop and tokens[second[1]].is_word)
            or not all(self._agent(tokens, r) and self._conjunct(tokens, r) for r in (rng, second))
            or self._number(tokens[max(0, i - 3) : i]) == "s"
            or not self._pair(tokens, [rng, second])
        ):
            return rng
        return self._join(tokens, (rng[0], second[1]))

    def _right_np(self, tokens: list[Token], i: int, stop: int) -> tuple[int, int] | None:
        lex = self.lex
        j = i
        while j < stop and tokens[j].low in lex.skip:
            j += 1
        if j + 1 < stop and tokens[j].low in lex.determiners and tokens[j + 1].text in lex.openers:
            j += 1  # "berichtet die „Süddeutsche Zeitung“"
        if j < stop and tokens[j].text in lex.openers:
            # "…, dowiedziała się „Rzeczpospolita”.": a medium's title in marks (the direct path left it out).
            close = next((m for m in range(j + 1, min(stop, j + 6)) if tokens[m].text in lex.closers), None)
            if close is not None and close > j + 1 and tokens[j + 1].is_cap and not self._quoted(tokens[j + 1].start):
                return (j + 1, close)
            return None
        k = j
        while (
            k < stop
            and tokens[k].is_word
            and (
                self._np_word(tokens[k])
                or (k == j and tokens[k].low in lex.pronouns)
                or (k > j and k + 1 < stop and _name_particle(tokens, k))
            )
        ):
            if tokens[k].low in lex.pronouns and k > j:
                break
            if k > j and (self._after_name(tokens, k) or lex.speaker_phrase_ends.match(self.text, tokens[k].start)):
                break  # "il sindaco prima di lasciare la sala": when or after what it was said is no speaker
            if k > j and tokens[k].low in lex.skip and not tokens[k].is_cap:
                break  # "сказав політик журналістам": a word the language skips (the addressee) ends the phrase
            k += 1
            if tokens[k - 1].low in lex.pronouns:
                break
        while (
            k > j
            and tokens[k - 1].low in lex.modifiers
            and not tokens[k - 1].is_cap
            and tokens[k - 1].low not in lex.source_nouns
            # "indique le porte-parole": a title ending the phrase is its head, whatever else it modifies
            and not self.resolver.title_like(tokens[k - 1].low)
        ):
            k -= 1
        if k == j or not any(self._is_head(t, False) for t in tokens[j:k]):
            return None
        k = self._complement(tokens, j, k, stop)
        if k == j or all(t.low in lex.determiners for t in tokens[j:k]):
            return None
        named = self._name_in_marks(tokens, j, k, stop)
        if named is not None:
            return named
        if (
            k < stop
            and any(self.resolver.title_like(t.low) for t in tokens[j:k])
            and not self.people.inside(tokens[j].start, tokens[k - 1].end)
        ):
            # "il commissario europeo all'Agricoltura Anders Holmgren": the title's name comes a few words on, past
            # its body's acronym in brackets ("гендиректор Російського фонду прямих інвестицій (РФПІ) Кирило Дмитрієв")
            acronym = (
                k + 2 < stop and tokens[k].text == "(" and tokens[k + 2].text == ")" and tokens[k + 1].text.isupper()
            )
            for m in range(k + 3 if acronym else k, min(stop, k + TITLE_REACH + (3 if acronym else 0))):
                if not tokens[m].is_word and tokens[m].text not in "'’-":
                    break
                # within the name's words: "експерт з Фонду Карнегі Ендрю Вайс, Путін …" holds a second name
                last = next(
                    (x for x in range(m, min(stop, m + 4)) if not tokens[x].is_word and tokens[x].text not in "'’-."),
                    min(stop, m + 4),
                )
                person = self.people.inside(tokens[m].start, tokens[last - 1].end)
                if person is not None and person.start == tokens[m].start:
                    return (j, next(x for x in range(m, stop) if tokens[x].end >= person.end) + 1)
        if (
            lex.nouns_capitalised
            and k < stop
            and tokens[k].text in lex.openers
            and tokens[k - 1].low in lex.institution_nouns
        ):
            # "schrieb die ultrakonservative Zeitung „Kayhan“": the body's name in marks after its kind noun
            close = next((m for m in range(k + 1, min(stop, k + 6)) if tokens[m].text in lex.closers), None)
            if close is not None and close > k + 1 and tokens[k + 1].is_cap:
                return (j, close + 1)
        return (j, k)

    def _name_in_marks(self, tokens: list[Token], j: int, k: int, stop: int) -> tuple[int, int] | None:
        """The name in marks right after a phrase naming only a medium's kind (tokens[j:k]: "пише британският
        вестник „Гардиън“", "съобщи агенция „Фокус“"): the name's tokens, the medium that speaks; None where no such
        name follows or the phrase names someone itself."""
        lex = self.lex
        if not (
            k + 2 < stop
            and tokens[k].text in lex.openers
            and tokens[k + 1].is_cap
            and (tokens[k - 1].low in lex.institution_nouns or tokens[k - 1].low in lex.media_hints)
            and not any(t.is_cap for t in tokens[j:k])
        ):
            return None
        close = next((m for m in range(k + 2, min(stop, k + 7)) if tokens[m].text in lex.closers), None)
        if close is None or (close + 1 < stop and tokens[close + 1].low in lex.prepositions):
            # 'видання "Страна" з посиланнями на власні джерела повідомило': the phrase goes on, read as before
            return None
        return (j, close + 1)

    def inverted_np(self, tokens: list[Token], i: int, stop: int | None = None) -> tuple[int, int] | None:
        """The speaker phrase after an inverted cue at token i, past a short prepositional phrase naming whom
        or where it was said to ("ha detto all'ANSA il sindaco …", "podkreślił w rozmowie z PAP rzecznik …",
        "a déclaré à l'AFP le maire …") or when ("affirmait lundi sur BFMTV, Shahinaz …", "indique, vendredi
        1er février, leur porte-parole", "explicó poco después la agencia"); the inserted phrase is neither
        speaker nor claim."""
        stop = len(tokens) if stop is None else stop
        rng = self._inverted_np_at(tokens, i, stop)
        if rng is not None and not self._when_word(tokens[rng[0]]):
            return rng
        # past the when-phrase and a where-phrase closed by a comma, or past the when-phrase alone ("prohlásil 11.
        # srpna Putin s dodatkem, že …": no where-phrase before the comma)
        for past in (self._past_setting(tokens, i, stop), self._past_setting(tokens, i, stop, where=False)):
            found = self._inverted_np_at(tokens, past, stop) if past is not None else None
            if found is not None and not self._when_word(tokens[found[0]]):
                return found
        past = self._past_aside(tokens, i, stop) if rng is None else None
        found = self._inverted_np_at(tokens, past, stop) if past is not None else None
        if found is not None and found[0] == past and not self._when_word(tokens[past]):
            return found
        return rng

    def _past_aside(self, tokens: list[Token], i: int, stop: int) -> int | None:
        """The token after a prepositional phrase set off by commas right after a cue ("exulte, dans un français
        approximatif, |Hakima", "raconte, dans L'Express, |Jean Arthuis"): how or where it was said, neither
        speaker nor claim; None when no such phrase closes within a few words."""
        lex = self.lex
        if not (i + 1 < stop and tokens[i].text == "," and tokens[i + 1].low in lex.aside_prepositions):
            return None
        for c in range(i + 2, min(stop, i + 3 + INSERTED_WORDS)):
            if tokens[c].text == ",":
                return c + 1 if c + 1 < stop and c > i + 2 else None
            if not tokens[c].is_word and tokens[c].text not in "'’":
                return None
        return None

    def _when_word(self, tok: Token) -> bool:
        """True for a word that opens a phrase saying when, not who: a skipped adverb ("lundi", "ieri") or the
        start of a time phrase the language ends speaker phrases with ("el lunes", "poco después")."""
        lex = self.lex
        return (
            tok.is_word
            and tok.low not in lex.aside_prepositions
            and (tok.low in lex.skip or lex.speaker_phrase_ends.match(self.text, tok.start) is not None)
        )

    def _past_setting(self, tokens: list[Token], i: int, stop: int, where: bool = True) -> int | None:
        """The token after a when-phrase at token i (set off by commas or not) and the where-phrase closed by a
        comma that may follow it (with `where`): "lundi sur BFMTV, |Shahinaz", ", vendredi 1er février, |leur
        porte-parole", "poco después |la agencia", "el lunes |en la radio el ministro"."""
        k = i + 1 if i < stop and tokens[i].text == "," else i
        if k >= stop or not self._when_word(tokens[k]):
            return None
        m = k
        while m < stop and (
            self._when_word(tokens[m]) or (m > k and tokens[m].text == "." and tokens[m - 1].text.isdigit())
        ):
            m += 1  # "prohlásil 11. srpna Putin": a day's dot stays inside the date
        for c in range(m, min(stop, k + INSERTED_WORDS + 2) if where else m):
            if tokens[c].text == ",":
                return c + 1 if c + 1 < stop else None
            if not tokens[c].is_word:
                break
        return m if m < stop else None

    def _medium_told(self, tokens: list[Token], i: int, stop: int) -> int | None:
        """End of the medium told, in the dative, starting at token i right after a cue at i - 1 (ADDRESSEE_MEDIA):
        a kind of medium and its name ("řekl agentuře Reuters mluvčí …", "powiedziała agencji Reutera Solberg") or
        alone ("sdělil serveru Beran"), a medium's own dative ("przekazała Onetowi rzeczniczka …"), or a name that keeps its form in every case after
        a verb taking an addressee ("řekl AFP nejvyšší představitel …", "…, řekl AFP, než …"); None otherwise."""
        lex = self.lex
        if not lex.addressee_media or i < 1 or i >= stop or tokens[i - 1].start not in self.cues:
            return None
        cue = tokens[i - 1]
        while i < stop and tokens[i].low in lex.skip:
            i += 1  # "řekl dnes AFP"
        if i >= stop or tokens[i].low not in lex.addressee_media:
            return None
        if tokens[i].text.isupper():
            # a name in capitals ("AFP", "PAP") is the one told only after a verb taking an addressee: "uvedla
            # agentura AFP" names it as the speaker
            return i + 1 if lex.addressee_cue.fullmatch(cue.low) else None
        if tokens[i].is_cap:
            return i + 1  # "Onetowi", "Reuterowi": a medium's own dative
        k = i + 1
        while k < stop and k - i <= MEDIUM_NAME_WORDS and tokens[k].is_cap and tokens[k].is_word:
            person = self.people.inside(tokens[k].start, tokens[min(stop, k + 4) - 1].end)
            if person is not None and person.start == tokens[k].start:
                break  # "powiedziała agencji Reutera Solberg", "sdělil serveru Beran": the person speaking follows
            k += 1
        return k

    def _medium_told_before(self, tokens: list[Token], j: int, floor: int) -> int | None:
        """First token of a medium told, in the dative, ending at token j before a preposed cue ("Saif Mulúk
        agentuře AFP sdělil", "zdroje ale agentuře Reuters řekly"): a kind of medium and its name after a person's
        name, a pronoun, a skipped word or nothing; not the genitive after a title ("mluvčí agentury", "Rzecznik
        agencji Frontex powiedział")."""
        lex = self.lex
        if not lex.addressee_media or j < floor or not tokens[j].is_cap:
            return None
        k = j
        while k > floor and j - k < MEDIUM_NAME_WORDS and tokens[k - 1].is_cap and tokens[k - 1].is_word:
            k -= 1
        if k > floor and tokens[k - 1].low in lex.addressee_media and not tokens[k - 1].is_cap:
            k -= 1  # "agentuře AFP"
        elif not (k < j and tokens[k].low in lex.addressee_media and not tokens[k].text.isupper()):
            return None  # (a kind of medium opening the sentence: "Agentuře AFP sdělil")
        if k == floor or not tokens[k - 1].is_word:
            return k
        before = tokens[k - 1]
        if before.low in lex.skip or before.low in lex.conjunctions or before.low in lex.pronouns:
            return k
        if before.low in lex.determiners:
            return k  # "Ten agentuře AFP sdělil": the pronoun points back to its speaker
        named = before.is_cap and self.people.ends_name(tokens[max(floor, k - 4)].start, before.end, 1)
        return k if named else None

    def past_object_name(
        self, tokens: list[Token], rng: tuple[int, int], i: int
    ) -> tuple[int, int] | Literal[False] | None:
        """For a speaker phrase `rng` ending right before cue i in a declining language: False where it is no name
        in another case than the subject's; else the subject named before that object in the same clause ("Putin
        svému tureckému protějšku prezidentovi Erdoganovi zdůraznil": Putin), or None where none is ("ženy Bibiovou
        vyzvaly")."""
        if not self.lex.genitive_complements or rng[1] != i:
            return False
        named = self.people.inside(tokens[rng[0]].start, tokens[rng[1] - 1].end)
        if named is None or named.end != tokens[i - 1].end or not self.people.inflected(named):
            return False
        k = rng[0] - 1
        while k >= 0 and rng[0] - k <= OBJECT_WORDS and tokens[k].is_word:
            if tokens[k].is_cap:
                subject = self.people.inside(tokens[max(0, k - 3)].start, tokens[k].end)
                if subject is not None and subject.end == tokens[k].end and not self.people.inflected(subject):
                    return self.left_np(tokens, k + 1)
            k -= 1
        return None

    def participle_after_subjectless(self, toks: list[Token], i: int) -> Speaker | None:
        """The unnamed subject of a postposed cue right before participle cue i, its gender showing one person
        ("… – podkreśliła, dodając, że …"): the participle's speaker; None for any other shape."""
        lex = self.lex
        if not (
            lex.pro_drop
            and lex.progressive(toks[i].low)
            and i > 2
            and toks[i - 1].text == ","
            and toks[i - 2].start in self.cues
            and toks[i - 3].text in "," + DASHES + CLOSING
            and any(t.low in lex.complementizers for t in toks[i + 1 : i + 3])
        ):
            return None
        verb = toks[i - 2]
        gender = self._verb_gender(verb.low)
        return self.resolver.implicit(verb.start, gender, self._scope(verb.start)) if gender in ("m", "f") else None

    def _inverted_np_at(self, tokens: list[Token], i: int, stop: int) -> tuple[int, int] | None:
        """`inverted_np` without a when-phrase: the speaker right after token i or past a prepositional one."""
        lex = self.lex
        rng = self.right_np(tokens, i, stop)
        j = i
        while j < stop and tokens[j].low in lex.skip and tokens[j].low not in lex.aside_prepositions:
            j += 1  # "ha detto ieri all'ANSA"; a preposition may be a skipped word too ("powiedział w …")
        if j < stop and tokens[j].text in CLOSING:
            # "mówi „Rz” Christian Dustmann": the medium spoken to, in marks, then the person speaking
            close = next((x for x in range(j + 1, min(stop, j + 6)) if tokens[x].text in CLOSING), None)
            if close is not None and close + 1 < stop and tokens[close + 1].is_cap:
                person = self.people.inside(tokens[close + 1].start, tokens[min(stop, close + 5) - 1].end)
                found = self.right_np(tokens, close + 1, stop) if person is not None else None
                if person is not None and person.start == tokens[close + 1].start and found and found[0] == close + 1:
                    return found
        if j >= stop or tokens[j].low not in lex.aside_prepositions:
            return rng
        for m in range(j + 2, min(stop, j + 2 + INSERTED_WORDS + 3)):
            prev = tokens[m - 1]
            before = tokens[m - 2].low
            # a programme's number is no word of its own ("mówił w Programie 1 Polskiego Radia biotechnolog dr …")
            # (nor is an elided article: "au cours d'une conférence de presse" is six words)
            if sum(t.is_word and not t.text.isdigit() and t.text[-1] not in "'’" for t in tokens[j:m]) > INSERTED_WORDS:
                return rng
            # "w wywiadzie dla „Rz” Kenneth Clarke", "w maju 2016 r. Jarosław Kaczyński": a title's marks, an
            # abbreviation's dot stay inside the inserted phrase
            mark = (
                prev.text in CLOSING
                or (prev.text == "." and (len(before) == 1 or before in lex.abbreviations))
                or sum(t.text in CLOSING for t in tokens[j:m]) % 2 == 1  # inside a title: "с «Газетой.Ru»"
            )
            noun = before in lex.aside_prepositions or before in lex.articles  # "en declaraciones a EFE": a noun
            if not mark and (
                not prev.is_word or (lex.is_cue_word(prev.low) and not noun) or prev.low in lex.complementizers
            ):
                return rng  # the phrase ends (a comma, a clause) before any speaker
            if prev.low in lex.aside_prepositions or prev.low in lex.articles or prev.low in lex.determiners:
                continue  # inside the inserted phrase: "à l'|AFP", "w rozmowie z|PAP"
            tok = tokens[m]
            if tok.text in CLOSING:
                continue
            # "mówił ze sceny Jan Kowalski": a person mention starting here, of one word or more
            person = self.people.inside(tok.start, tokens[min(stop, m + 4) - 1].end) if tok.is_cap else None
            if person is not None and (person.start != tok.start or POSSESSIVE_S.search(prev.text)):
                person = None  # "in an interview with CNN's Wolf Blitzer": the owner's person is the addressee
            if not (tok.low in lex.determiners or self._head_noun(tok.low) or person is not None):
                continue  # "at the White|House": a name's next word opens no speaker phrase
            found = self.right_np(tokens, m, stop)
            if found is not None and found[0] == m:
                return found
        return rng

    def _complement(self, tokens: list[Token], j: int, k: int, stop: int) -> int:
        """End of the phrase tokens[j:k] with its complement: a phrase cut after a function word ("sources
        close to the") takes the words naming what it points to ("… mediation team"), or gives the function
        words back; a common source noun at the clause's end keeps its prepositional phrase ("según fuentes
        de la mediación", "officials in the ministry,")."""
        lex = self.lex
        function = lex.prepositions | lex.articles | lex.determiners
        if lex.postposed_adjectives and j < k < stop and self._head_noun(tokens[k - 1].low):
            tail = self._genitive_tail(tokens, k, stop)
            if tail > k:
                return tail

        def words_from(m: int) -> int:
            while m < stop and m - k < PHRASE_TAIL + 1 and tokens[m].is_word and not self._ends_phrase(tokens[m]):
                m += 1
            return m

        def dangling(m: int) -> bool:
            # "Jock A. Finlayson": a capital inside a phrase is an initial, not an article.
            tok = tokens[m]
            return tok.low in function and tok.low not in lex.pronouns and (m == j or not tok.is_cap)

        if POSSESSIVE_S.search(tokens[k - 1].text) and k < stop and tokens[k - 1].low not in lex.pronouns:
            # "according to Poland's meteorological institute IMGW": the owner, then what it owns.
            m = words_from(k)
            if m > k and (m == stop or not tokens[m].is_word or tokens[m].low in lex.prepositions):
                return m
        if dangling(k - 1):
            kept = k - 1
            while kept > j and dangling(kept - 1):
                kept -= 1
            if kept == j:
                return j  # "About", "Among …": a preposition opening the sentence, no phrase
            m = words_from(k)
            return m if m > k and tokens[m - 1].low not in function else kept
        if k + 1 < stop and tokens[k].low in lex.prepositions:
            m = k + 1
            while m < stop and tokens[m].low in lex.articles:
                m += 1
            end = words_from(m)
            closed = end == stop or not tokens[end].is_word
            named = m > k + 1 or tokens[m].is_cap  # "of the ministry", "in Kyiv"; not "to protest"
            if tokens[k - 1].low in lex.source_nouns and end > m and closed and named:
                return end
        suffixes = lex.modifier_suffixes or ("\0",)
        if (
            lex.genitive_complements
            and k < stop
            and not tokens[k].is_cap
            # not a word the language skips ("сказав політик журналістам": the addressee is no complement)
            and tokens[k].low not in lex.skip
            and (self._head_noun(tokens[k - 1].low) or self._dangling_adjective(tokens, j, k))
        ):
            # "представитель министерства", "Podle mluvčího ministerstva obrany bude …": a head noun's
            # complement is the inflected nouns and adjectives after it; at the clause's end, all its words.
            # "– mówił szef unijnego zespołu negocjacyjnego w …": an adjective takes the noun it qualifies.
            m = self._lower_run(
                tokens,
                k,
                stop,
                lambda i: (
                    self._head_noun(tokens[i].low)
                    or tokens[i].low.endswith(suffixes)
                    or (tokens[i].low in lex.modifiers and tokens[i].low not in lex.prepositions)
                    or self._dangling_adjective(tokens, j, i)
                    # "говорителят на министерството": a language marking its genitive with a preposition
                    or (tokens[i].low in lex.genitive_prepositions and i + 1 < stop and not tokens[i + 1].is_cap)
                ),
            )
            end = words_from(k)
            if end > k and (end == stop or not tokens[end].is_word):
                return end
            if any(t.low in lex.genitive_prepositions for t in tokens[k:m]):
                # "говорител на министерството на …", "източници на изданието новият президент": a run cut after a
                # preposition or an adjective gives them back; a complement ends at its noun
                while m > k and (
                    tokens[m - 1].low in lex.genitive_prepositions
                    or (tokens[m - 1].low.endswith(suffixes) and not self._head_noun(tokens[m - 1].low))
                ):
                    m -= 1
            return m
        return k

    @staticmethod
    def _lower_run(tokens: list[Token], start: int, stop: int, fits: Callable[[int], bool]) -> int:
        """End of the run of lower-case words from `start` (at most PHRASE_TAIL, before `stop`) whose index `fits`:
        the complements a head noun takes after it."""
        m = start
        while m < stop and m - start < PHRASE_TAIL and tokens[m].is_word and not tokens[m].is_cap and fits(m):
            m += 1
        return m

    def _genitive_tail(self, tokens: list[Token], k: int, stop: int) -> int:
        """End of the lower-case complements after a head noun ending before token k, in a language whose
        complements follow the noun: "le parti | de la liberté et de la justice (PLJ)", "un haut responsable | de
        sécurité", "el portavoz | de la comisión"; k when none follows."""
        lex = self.lex
        end = m = k
        while m < stop:
            g = m
            if end > k and tokens[g].low in lex.conjunctions:
                g += 1  # "… et de la justice", "… y la justicia"
            if g < stop and tokens[g].low in lex.prepositions and tokens[g].low in lex.modifiers:
                g += 1
            elif g == m or g >= stop or tokens[g].low not in lex.articles:
                break
            while g < stop and tokens[g].low in lex.articles and g - m < 4:
                g += 1
            n = self._lower_run(
                tokens,
                g,
                stop,
                lambda i: (
                    not self._ends_phrase(tokens[i])
                    and tokens[i].low not in lex.articles
                    and tokens[i].low not in lex.determiners
                    # "le ministère de la santé selon un nouveau bilan": a source construction ends it
                    and tokens[i].low not in lex.not_names
                    and tokens[i].start not in self.constructions
                ),
            )
            if n == g:
                break
            end = m = n
        return end

    def _dangling_adjective(self, tokens: list[Token], j: int, k: int) -> bool:
        """True when the phrase tokens[j:k] ends in a lower-case adjective right after its title ("szef unijnego",
        "rzecznik brytyjskiego") and a lower-case word that may be the adjective's noun follows: in a language whose
        heads take genitive complements that noun is the head's ("szef unijnego zespołu", "rzecznik brytyjskiego
        rządu"); not a function word ("raportu opublikowanego przez ministerstwo": the participle's agent)."""
        last = tokens[k - 1]
        noun = tokens[k] if k < len(tokens) else None
        return (
            noun is not None
            and noun.is_word
            and noun.text.isalpha()
            and not noun.is_cap
            and not self._ends_phrase(noun)
            and noun.low not in self.lex.not_names
            and k - 1 > j
            and last.is_word
            and not last.is_cap
            and len(last.low) > 4
            and last.low.endswith(self.lex.modifier_suffixes or ("\0",))
            # right after a title or source noun: an adjective after an institution's noun is its own ("Według
            # rzeczniczki urzędu wojewódzkiego ewakuacja …", "ministerstwa spraw zagranicznych rozmowy …")
            and (self.resolver.title_like(tokens[k - 2].low) or tokens[k - 2].low in self.lex.source_nouns)
        )

    def _head_noun(self, low: str) -> bool:
        """True for a source, title, office, institution or document noun in any case form ("ministerstva")."""
        key = (self.lex.lang, low)
        hit = _HEAD_NOUNS.get(key)
        if hit is None:
            lex = self.lex
            nouns = (lex.source_nouns, lex.office_nouns, lex.institution_nouns, lex.document_nouns)
            hit = any(low in n for n in nouns) or self.resolver.title_like(low)
            if not hit and len(low) > 3:
                hit = any(w[:3] == low[:3] and _case_form(w, low) for n in nouns for w in n if len(w) > 3)
            if len(_HEAD_NOUNS) >= WORD_CACHE_SIZE:
                _HEAD_NOUNS.clear()
            _HEAD_NOUNS[key] = hit
        return hit

    def _ends_phrase(self, tok: Token) -> bool:
        """A word no speaker phrase's complement runs over: a preposition, conjunction, complementizer, cue."""
        lex = self.lex
        low = tok.low
        return (
            low in lex.prepositions
            or low in lex.conjunctions
            or low in lex.complementizers
            or low in lex.relatives
            or low in lex.skip
            or lex.is_cue_word(low)
        )

    def quoted_person(self, tokens: list[Token], cue: list[Token], rng: tuple[int, int]) -> Speaker | None:
        """The speaker of an inverted phrase `rng` after a verb of quoting (QUOTING_CUES), which names the person
        quoted first and the medium quoting after it ("…, citovala Mayovou agentura Reuters", "citoval jej server
        BBC"): the person (an oblique pronoun the one it points back to); the medium only where it stands alone
        ("citoval dále britský list")."""
        lex = self.lex
        if not lex.quoting_cues.fullmatch(" ".join([t.low for t in cue])):
            return self.speaker(tokens, rng)
        first = tokens[rng[0]]
        if first.low in lex.oblique_pronouns:
            # the person the sentence before spoke of first ("Guy Verhofstadt představy Mayové odmítl.")
            implied = self.resolver.implicit(first.start, lex.oblique_pronouns[first.low], self._scope(first.start))
            return Speaker((first.start, first.end), implied.mention, implied.label, implied.kind)
        for m in range(rng[0] + 1, rng[1]):
            if (tokens[m].low in lex.institution_nouns or tokens[m].low in lex.media_hints) and any(
                t.is_cap or self._head_noun(t.low) for t in tokens[rng[0] : m]
            ):
                return self.speaker(tokens, (rng[0], m))
        return self.speaker(tokens, rng)

    def _past_words(self, toks: list[Token], k: int, words: re.Pattern[str]) -> int | None:
        """The token after the language's `words` (QUOTED_BY, RELAY_SOURCES) where they stand at token k, past a comma
        there; None where they do not."""
        c = k + 1 if k < len(toks) and toks[k].text == "," else k
        if c >= len(toks) or not toks[c].is_word:
            return None
        m = words.match(self.text, toks[c].start)
        if m is None:
            return None
        return next((n for n in range(c, len(toks)) if toks[n].end >= m.end()), c) + 1

    def _medium_after(self, toks: list[Token], k: int) -> tuple[tuple[int, int], int] | None:
        """The medium quoting the speaker whose phrase ends before token k (", цитиран от БТА", ", citado por la
        agencia Reuters", ", цитирует его ТАСС"): its token range and where its phrase ends; None where no
        QUOTED_BY words follow there."""
        j = self._past_words(toks, k, quoted_by(self.lex.lang))
        if j is None:
            return None
        while j < len(toks) and toks[j].low in self.lex.oblique_pronouns:
            j += 1  # "цитирует его ТАСС": the pronoun is the speaker quoted again
        rng = self.right_np(toks, j) or self._phrase_until_comma(toks, j)
        if rng is None:
            return None
        end = rng[1]
        marks = set(self.lex.openers) | self.lex.closers
        if all(toks[m].text in marks for m in range(j, rng[0])):
            rng = (j, rng[1])  # 'цитирана от "Ройтерс"': the name with its marks
        while end < len(toks) and end - rng[1] < INSERTED_WORDS and (toks[end].is_word or toks[end].text in marks):
            end += 1  # "цитирано от Франс прес", "цитирана от Агенция „Фокус“": the medium's whole name
        return ((rng[0], end), end)

    def _cued_before(self, toks: list[Token], k: int) -> int | None:
        """The postposed cue whose speaker's words end before token k ("…“, каза Борисов пред журналисти" before ",
        цитиран от БТА"): a cue after a comma, a dash or a closing mark, then words only; None otherwise."""
        for c in range(k - 1, max(-1, k - 1 - QUOTED_SPEAKER_WORDS), -1):
            if not toks[c].is_word:
                return None
            if c > 0 and toks[c].start in self.cues and toks[c - 1].text in "," + DASHES + CLOSING:
                n = self.cue_at(toks, c) or 1
                return c if c + n < k else None
        return None

    def _closes_sentence(self, toks: list[Token], k: int) -> bool:
        """True when no word follows token k in its sentence (a credit after its full stop, "… . /БТА", is none)."""
        stop = next((m for m in range(k, len(toks)) if toks[m].text in ".!?"), len(toks))
        return _words(toks[k:stop]) == 0

    def _with_medium(self, speaker: Speaker | None, toks: list[Token], medium: tuple[int, int]) -> Speaker | None:
        """`speaker` with the medium that carried their words (`Speaker.via`)."""
        if speaker is None:
            return None
        return dataclasses.replace(speaker, via=(toks[medium[0]].start, toks[medium[1] - 1].end))

    def _cue_gender(self, tokens: list[Token], rng: tuple[int, int]) -> str | None:
        """The gender ("m" or "f") of a past-tense cue right after or right before the speaker's words ("Премьер
        заявила", "– powiedziała premier"); None where no such cue touches them. A cue before the words only where
        they end the clause or a preposition follows: in "citovala prezidentského mluvčího agentura" the cue agrees with the word after them."""
        ends = rng[1] >= len(tokens) or not tokens[rng[1]].is_word or tokens[rng[1]].low in self.lex.prepositions
        for k in (rng[1], rng[0] - 1) if ends else (rng[1],):
            if 0 <= k < len(tokens) and tokens[k].start in self.cues:
                gender = self._verb_gender(tokens[k].low)
                return gender if gender in ("m", "f") else None
        return None

    def speaker(self, tokens: list[Token], rng: tuple[int, int] | None) -> Speaker | None:
        """Resolve a token range into a speaker."""
        if rng is None or rng[0] >= rng[1]:
            return None
        if rng[1] - rng[0] == 1 and tokens[rng[0]].low in self.lex.pronouns:
            outer = self.pronoun_antecedent(tokens[rng[0]])
            if outer is not None:
                return outer
            opening = self._opening_pronoun(tokens, rng[0])
            if opening is not None:
                return opening
        first = tokens[rng[0]]
        if (
            rng[1] - rng[0] == 1
            and self.sentences[self._sentence_of(first.start)].start == first.start
            and self._opening_verb(first, tokens[rng[1]] if rng[1] < len(tokens) else None)
        ):
            # "Zwracał uwagę na pandemię, …, oceniając że …": a sentence opening with its verb has an unnamed subject,
            # the person its gender picks
            return self.resolver.implicit(first.start, self._verb_gender(first.low), self._scope(first.start))
        both = self._both(tokens, rng)
        speaker = both or self.resolver.resolve(tokens[rng[0] : rng[1]], self._cue_gender(tokens, rng))
        end = rng[1]
        relative = self.relative_for.get(tokens[end - 1].end)
        if relative is not None and end + 1 < len(tokens) and tokens[end + 1].start == relative[0]:
            return Speaker(relative, speaker.mention or speaker.span, speaker.label, speaker.kind, speaker.mentions)
        if both is not None:
            return both
        titled = any(self.resolver.title_like(t.low) or t.low in self.lex.role_nouns for t in tokens[rng[0] : rng[1]])
        # "el alcalde de Valencia, Joan Ribó": a person in the title's complement is whose title it is, not who
        # holds it (and a place read as a person is none); the name in apposition holds it.
        owner = speaker.mention is not None and any(
            t.low in self.lex.prepositions for t in tokens[rng[0] : rng[1]] if t.end <= speaker.mention[0]
        )
        # A bare title resolved to a holder named after it may be that very name in apposition ("su portavoz,
        # Lucía Ferrer"): the apposition is then read as below.
        later = speaker.mention is not None and speaker.mention[0] >= tokens[end - 1].end
        if (
            (speaker.kind != "person" or owner or later)
            and titled
            and end + 1 < len(tokens)
            and tokens[end].text == ","
        ):
            # "le porte-parole de la Commission, Pieter de Wolf, ...": the name in apposition is the speaker.
            person = self.people.inside(tokens[end + 1].start, tokens[min(end + 6, len(tokens) - 1)].end)
            closed = person is not None and next(
                (not t.is_word for t in tokens[end + 1 :] if t.start >= person.end), True
            )
            if person is not None and person.start == tokens[end + 1].start and closed:
                named = self.resolver.resolve([t for t in tokens[end + 1 :] if t.end <= person.end])
                return Speaker((tokens[rng[0]].start, person.end), named.mention, named.label, named.kind)
        return speaker

    def _both(self, tokens: list[Token], rng: tuple[int, int]) -> Speaker | None:
        """Speakers joined by a coordinator ("Chuck Schumer і Nancy Pelosi", "Obama, Cameron e Sarkozy"): the words
        and label are all of them, the person mention the first person's (a quotation has one speaker entity; the
        label names the others, so a search by any name finds it); None when `rng` joins no speakers ("Ministers
        from France and Poland": the join is in the complement of the first's preposition)."""
        lex = self.lex
        if self.joined is None or (tokens[rng[0]].start, tokens[rng[1] - 1].end) not in self.joined:
            return None
        c = next((m for m in range(rng[0] + 1, rng[1] - 1) if tokens[m].low in _coordinators(lex.lang)), None)
        if c is None:
            return None
        cuts = [m for m in range(rng[0] + 1, c) if tokens[m].text == ","] + [c]
        parts = [(a + 1 if a > rng[0] else a, b) for a, b in zip([rng[0], *cuts], [*cuts, rng[1]], strict=True)]
        for a, b in parts:
            if a >= b or not self._agent(tokens, (a, b)) or not self._conjunct(tokens, (a, b)):
                return None
            person = self.people.inside(tokens[a].start, tokens[b - 1].end)
            if (
                (a, b) != parts[-1]
                and any(t.low in lex.prepositions for t in tokens[a:b])
                and (person is None or person.end != tokens[b - 1].end)
            ):
                return None  # a title's complement may hold a preposition, its holder named last
        speakers = [self.resolver.resolve(tokens[a:b]) for a, b in parts]
        names = [
            sp.label or self.text[tokens[a].start : tokens[b - 1].end]
            for sp, (a, b) in zip(speakers, parts, strict=True)
        ]
        mention = next((sp.mention for sp in speakers if sp.mention is not None), None)
        kind = "person" if mention is not None else speakers[0].kind
        label = f"{', '.join(names[:-1])} {tokens[c].text} {names[-1]}"
        entities = [self._entity_of(tokens, part, sp) for sp, part in zip(speakers, parts, strict=True)]
        mentions = tuple(dict.fromkeys(m for m in entities if m is not None))
        return Speaker((tokens[rng[0]].start, tokens[rng[1] - 1].end), mention, label, kind, mentions)

    def _entity_of(self, tokens: list[Token], part: tuple[int, int], speaker: Speaker) -> tuple[int, int] | None:
        """The entity mention one of joined speakers stands for: the person's it resolves to, else the body's or
        person's the mention layer tags inside its words ("Komisja Europejska", "Ройтерс"), else a place named by
        all its words, which speaks as its government ("Wielka Brytania"); None for a phrase that names none
        ("правителството": no entity to list the statement under)."""
        if speaker.mention is not None:
            return speaker.mention
        start, end = tokens[part[0]].start, tokens[part[1] - 1].end
        agent = next(((a, b) for a, b in self.agent_names if start <= a and b <= end), None)
        return agent or next(((a, b) for a, b in self.topic_names if (a, b) == (start, end)), None)

    def _opening_verb(self, tok: Token, following: Token | None) -> bool:
        """True when a sentence's capitalised first word is a verb with the ending of an unnamed subject (pro-drop:
        "Zwracał uwagę", "Podkreśliła") and no name of any kind; a lower-case word follows it ("Zbořil: …" is a
        surname)."""
        return (
            self.lex.pro_drop
            and following is not None
            and following.is_word
            and not following.is_cap
            and self._verb_gender(tok.low) is not None
            and not self._head_noun(tok.low)
            and not any(s <= tok.start < e for s, e in self.agent_names + self.topic_names)
            and self.people.inside(tok.start, tok.end) is None
        )

    def _opening_pronoun(self, tokens: list[Token], k: int) -> Speaker | None:
        """The person a sentence-opening "he"/"she" goes on with: the previous sentence's subject, the first
        person of that gender named there ("Президент Володимир Зеленський провів зустріч з Еммануелем
        Макроном. Він наголосив, …" is Zelensky, not Macron, the last named)."""
        tok = tokens[k]
        gender = self.lex.pronouns.get(tok.low)
        if gender not in ("m", "f") or any(t.is_word for t in tokens[:k]):
            return None
        person = self.resolver.implicit(tok.start, gender, self._scope(tok.start))
        if person.mention is None:
            return None
        return Speaker((tok.start, tok.end), person.mention, person.label, person.kind)

    def pronoun_antecedent(self, pronoun: Token) -> Speaker | None:
        """The speaker a pronoun right after another cue stands for: the phrase opening the sentence ("About 4
        in 10 say they want …") or that cue's own subject ("The actress said she was tired and wanted …",
        "In Vermont, about half of voters said they want …"); None when no cue comes right before it."""
        if self.lex.pronouns.get(pronoun.low) == "p":
            opening = self._plural_antecedent(pronoun)
            if opening is not None:
                return opening
        if self.lex.pronouns.get(pronoun.low) is None:
            return None  # "I said I …": the first person is resolved as it stands
        toks = self.sentences[self._sentence_of(pronoun.start)].tokens
        k = next((k for k, t in enumerate(toks) if t.start == pronoun.start), None)
        if k is None or k < 2:
            return None
        before = k - 1 if toks[k - 1].low in self.lex.complementizers else k
        cue = next(
            (j for j in range(max(0, before - MAX_CUE_TOKENS), before) if self.cue_at(toks, j) == before - j), None
        )
        if cue is None:
            return None
        left = self.left_np(toks, cue) or self._clause_subject(toks, cue)
        if left is None or toks[left[0]].low in self.lex.pronouns:
            return None
        return self.speaker(toks, left)

    def source_speaker(self, source: tuple[int, int]) -> Speaker | None:
        """The speaker a source phrase the parse path or the tagger found stands for: a pronoun right after another
        cue is that cue's subject, else the phrase resolved; None when it holds no word ("#" of "-LRB- #bencnn -RRB-
        tweeted" in tokenised text, which named nobody and crashed the resolver)."""
        toks = tokenize(self.text, source[0], source[1], self.lex.token)
        if not any(t.is_word for t in toks):
            return None
        if len(toks) == 1 and toks[0].low in self.lex.pronouns:
            outer = self.pronoun_antecedent(toks[0])
            if outer is not None:
                return outer
        return self.resolver.resolve(toks)

    def _clause_subject(self, toks: list[Token], cue: int) -> tuple[int, int] | None:
        """The words between the last punctuation (or a conjunction after it) and the cue at token `cue`, when
        they are few ("In Vermont, about half of Democratic primary voters said …", ", but majorities say …")."""
        first = cue
        while first > 0 and toks[first - 1].is_word:
            first -= 1
        while first < cue and (toks[first].low in self.lex.conjunctions or toks[first].low in self.lex.skip):
            first += 1
        if first == cue or cue - first > PLURAL_SUBJECT_WORDS or toks[cue - 1].low in self.lex.prepositions:
            return None  # "The blizzard of tweets he sent": a cue word after a preposition is a noun
        return (first, cue)

    def _plural_antecedent(self, pronoun: Token) -> Speaker | None:
        """The phrase opening the sentence that a plural pronoun after its cue stands for ("About 4 in 10 say
        they want …", "Democrats said they would …"): the speaker is that phrase."""
        toks = self.sentences[self._sentence_of(pronoun.start)].tokens
        k = next((k for k, t in enumerate(toks) if t.start == pronoun.start), None)
        if k is None or k < 2:
            return None
        cue = next((j for j in range(1, k) if self.cue_at(toks, j)), None)
        if cue is None or cue > PLURAL_SUBJECT_WORDS:
            return None
        after = cue + self.cue_at(toks, cue)
        if not (k == after or (k == after + 1 and toks[after].low in self.lex.complementizers)):
            return None
        opening = toks[:cue]
        if any(not t.is_word for t in opening) or opening[0].low in self.lex.pronouns:
            return None
        speaker = self.resolver.resolve(opening)
        return Speaker((opening[0].start, opening[-1].end), speaker.mention, speaker.label, speaker.kind)

    def _first_person(self, tokens: list[Token], limit: int) -> tuple[int, int] | None:
        """The first phrase before `limit` holding a person (the sentence subject of 'X did Y, stating: …')."""
        if not tokens:
            return None
        person = self.people.first_inside(tokens[0].start, tokens[limit - 1].end if limit else tokens[0].end)
        if person is None:
            return None
        end = next((k for k, t in enumerate(tokens) if t.end >= person.end), None)
        if end is None:
            return None
        return self.left_np(tokens, end + 1)

    def _implied_in(self, construction: list[Token]) -> Speaker | None:
        """The speaker a construction implies: its possessive ("по его словам") or its verb's subject."""
        lex = self.lex
        for tok in construction:
            if tok.low in lex.possessives:
                return self.resolver.implicit(tok.start, lex.possessives[tok.low])
        if lex.pro_drop and len(construction) > 1:
            last = construction[-1]
            return self.resolver.implicit(last.start, self._verb_gender(last.low), self._scope(last.start))
        return None

    def _inverted(self, tokens: list[Token], j: int) -> tuple[int, int] | None:
        """An inverted speaker right after its cue, closed by punctuation ("said Peskov: “…”")."""
        rng = self.right_np(tokens, j)
        if rng is None or (rng[1] < len(tokens) and tokens[rng[1]].is_word):
            # "saying Clinton would “abolish …”": Clinton begins the reported clause, not the speaker.
            return None
        return rng

    def _clitic(self, cue: list[Token]) -> Speaker | None:
        """The pronoun inside an inverted cue ("a-t-il dit", "dit-elle")."""
        for tok in cue:
            offset = tok.start
            for part in re.split(r"([-‑])", tok.text):
                speaker = (
                    self.resolver.pronoun((offset, offset + len(part)), part.lower()) if offset > tok.start else None
                )
                if speaker is not None:
                    return speaker
                offset += len(part)
        return None

    def gerund_subject(self, tokens: list[Token], i: int, rng: tuple[int, int] | None) -> tuple[int, int] | None:
        """The speaker phrase of cue i, `rng` unless the cue is a gerund of a pro-drop language, which has no subject
        of its own: "Il generale X, …, ha giurato come ministro dell'Interno dichiarando che …", "Molti tenevano in
        mano le fotografie … chiedendo …" speak for the clause's subject, not the phrase before the gerund."""
        lex = self.lex
        if rng is None or rng[0] == 0 or not lex.pro_drop or not lex.progressive_endings:
            return rng
        if not tokens[i].low.endswith(lex.progressive_endings):
            comma = self._open_gerund_clause(tokens, rng[0])
            if comma is None:
                return rng
            # "Un funzionario, commentando l'accaduto ha spiegato che …": the phrase is the gerund's object, the
            # aside left unclosed; the subject stands before it
            subject = self._subject(tokens, comma)
            return subject if subject is not None and subject[1] <= comma else rng
        subject = self._subject(tokens, rng[0])
        return subject if subject is not None and subject[1] <= rng[0] else rng

    def _open_gerund_clause(self, tokens: list[Token], start: int) -> int | None:
        """The comma opening a gerund's clause that the phrase at token `start` ends, the clause never closed by a
        second comma ("Il generale X, facendo riferimento alla ragazza picchiata in piazza Tahrir aveva detto"); None
        when no such clause holds it."""
        lex = self.lex
        function = lex.skip | lex.conjunctions | lex.complementizers | lex.prepositions
        for c in range(start - 1, 0, -1):
            tok = tokens[c]
            if tok.text == ",":
                gerund = tokens[c + 1]
                if gerund.is_cap or not lex.progressive(gerund.low) or gerund.low in function | lex.not_names:
                    return None
                return c if c + 1 < start else None
            if not tok.is_word or tok.low in lex.conjunctions:
                return None  # "…, uccidendo tre persone e il portavoce ha detto": a clause of its own
        return None

    def _subject(self, tokens: list[Token], limit: int) -> tuple[int, int] | None:
        """The subject phrase of a sentence: a leading pronoun or the first person named before `limit`."""
        for k, t in enumerate(tokens[:limit]):
            if t.low in self.lex.pronouns and self.lex.pronouns[t.low] is not None:
                return (k, k + 1)
            if t.text == "," or not (t.is_cap or t.low in self.lex.determiners or t.low in self.lex.skip):
                break
        lead = self.right_np(tokens, 0, limit)
        person = self._first_person(tokens, limit)
        if person is not None and (lead is None or person[0] <= lead[1] + 1):
            # "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré": the name in apposition.
            return person
        if lead is not None and self._agent(tokens, lead):
            # "Sources close to the talks, ..., told X that": the sentence opens with its speaker.
            return lead
        return person

    def _phrase_until_comma(self, tokens: list[Token], j: int) -> tuple[int, int] | None:
        k = j
        while k < len(tokens) and tokens[k].text not in ",.;:!?" + DASHES and k - j < 10:
            if k > j and self._after_name(tokens, k):
                break
            k += 1
        return (j, k) if k > j else None

    def _after_name(self, tokens: list[Token], k: int) -> bool:
        """In a declining language, a lower-case word right after a name that is no head noun begins the claim
        ("Według Axiosa rozmowy …", "Według rzecznika MSZ rozmowy …": no comma after the source)."""
        suffixes = self.lex.modifier_suffixes or ("\0",)
        return (
            self.lex.genitive_complements
            and tokens[k - 1].is_cap
            and not tokens[k - 1].low.endswith(suffixes)  # "Českého hydrometeorologického ústavu" goes on
            and tokens[k].is_word
            and not tokens[k].is_cap
            and not self._head_noun(tokens[k].low)
            and not _name_particle(tokens, k)
        )

    def _named_agent(self, toks: list[Token], rng: tuple[int, int]) -> bool:
        """True when a phrase names its speaker (a capitalised name), not just a pronoun or a noun."""
        return any(
            t.is_cap and t.low not in self.lex.not_names and t.low not in self.lex.determiners
            for t in toks[rng[0] : rng[1]]
        )

    def _names_no_one(self, toks: list[Token], rng: tuple[int, int], places: bool = True, colon: bool = False) -> bool:
        """In a language that capitalises its nouns (NOUNS_CAPITALISED), True when a phrase holds no person or
        organisation mention (nor a place, with `places`: "Berlin lehnt … ab" is its government), pronoun, title,
        source, office or institution noun and no medium: "Coronavirus", "Foto", "Allerdings", "Größere
        Veränderungen" before a colon or a cue name no speaker. With `colon`, in a language whose nouns are lower-case
        (COLON_NEEDS_NAME), the same for a phrase of several words with no article opening its sentence before a colon
        ("Next Public : …", "Classement FIFA : …", "PETIT RAPPEL : …"): a rubric, not a speaker."""
        lex = self.lex
        rubric = (
            colon
            and lex.colon_needs_name
            and rng == (0, rng[1])
            and rng[1] > 1
            # "@X: …" is a post's author; "Le Procureur : …", "une Tunisienne : …", "Le Point.fr : …" one who speaks
            and toks[0].text != "@"
            and toks[0].low not in lex.determiners
        )
        if not (lex.nouns_capitalised or rubric) or not self.mentions_known:
            return False
        start, end = toks[rng[0]].start, toks[rng[1] - 1].end
        names = self.agent_names + (self.topic_names if places else [])
        if any(s < end and start < e for s, e in names):
            return False
        head = toks[rng[1] - 1]
        if self.people.inside(start, end) is not None or (head.is_cap and self.resolver._by_surname(head.text)):
            return False  # "Walter-Borjans will, dass …": the surname of a person named before
        for t in toks[rng[0] : rng[1]]:
            base = POSSESSIVE_S.sub("", t.low)
            if (
                base in lex.pronouns
                or base in lex.source_nouns
                or base in lex.office_nouns
                or base in lex.institution_nouns
                or self.resolver.title_like(base)
            ):
                return False
        folded = f" {fold(self.text[start:end])} "
        return not any(f" {h} " in folded for h in _folded(lex.media_hints))

    def _fronted(self, toks: list[Token], i: int, left: tuple[int, int] | None) -> bool:
        """True when `left`, opening a verb-second main clause before cue i, is a fronted adverb, object or
        prepositional phrase rather than the subject: it names no one and opens with no article ("Allerdings",
        "Zu diesem Thema"; "Die Union wirft Russland vor" keeps its subject)."""
        return (
            self.lex.verb_second
            and left is not None
            and all(t.is_word for t in toks[:i])
            and toks[left[0]].low not in self.lex.articles
            and self._names_no_one(toks, left)
        )

    def _inverted_subject(self, toks: list[Token], j: int) -> tuple[int, int] | None:
        """The subject right after a verb-second cue ending before token j: a personal pronoun other than the
        expletive neuter one ("es"), a phrase with an article ("der 37-Jährige", "das RKI") or one that names
        someone; None when none stands there."""
        lex = self.lex
        rng = self.right_np(toks, j)
        if rng is None:
            return None
        first = toks[rng[0]]
        if rng[1] - rng[0] == 1 and first.low in lex.pronouns:
            return rng if lex.pronouns[first.low] != "n" else None
        if first.low in lex.articles and rng[1] - rng[0] >= 2 and toks[rng[1] - 1].is_cap:
            return rng
        return None if self._names_no_one(toks, rng) else rng

    def inverted_speaker(self, toks: list[Token], rng: tuple[int, int]) -> Speaker | None:
        """The speaker of a verb-second subject after its cue: a pronoun is the person it goes on with, not the
        phrase fronted before the verb ("Größere Veränderungen hält er …")."""
        if rng[1] - rng[0] == 1 and toks[rng[0]].low in self.lex.pronouns:
            return self.resolver.resolve(toks[rng[0] : rng[1]])
        return self.speaker(toks, rng)

    def _agent(self, toks: list[Token], rng: tuple[int, int]) -> bool:
        """True when a phrase can be a speaker: a name, a pronoun, or a source/title/institution noun."""
        lex = self.lex
        head = toks[rng[1] - 1]
        base = POSSESSIVE_S.sub("", head.low)
        if base in lex.pronouns or base in lex.source_nouns or base in lex.titles or base in lex.institution_nouns:
            return True
        if lex.postposed_adjectives:
            # "le parti de la liberté et de la justice": the head comes before its complements, which end the phrase
            cut = next((m for m in range(rng[0] + 1, rng[1]) if toks[m].low in lex.prepositions), rng[0])
            noun = toks[cut - 1].low
            if (
                cut > rng[0]
                and (noun in lex.source_nouns or noun in lex.titles or noun in lex.institution_nouns)
                and self._genitive_tail(toks, cut, rng[1]) == rng[1]
            ):
                return True
        first = toks[rng[0]].low
        if rng == (0, 1) and self._opening_participle(head):
            # "Dénonçant, …, al-Nour a annoncé", "Prenant la diversité en face, certains …": a participle opening the
            # sentence is capitalised there, no name (unless the mentions say it is one)
            return False
        return head.is_cap and head.low not in lex.not_names and not (first in lex.determiners and "-" in head.text)

    def _after_conjunction(self, toks: list[Token], i: int) -> bool:
        j = i - 1
        while j >= 0 and toks[j].low in self.lex.skip:
            j -= 1
        return j > 0 and toks[j].low in self.lex.conjunctions

    def _statement_end(self, toks: list[Token], first: int, start: int, end: int) -> int:
        """Where a claim starting at character `start` ends, at `end` or before the next statement of its own.

        "..., claiming that ..." / "... and says ..." / "..., but he said ...": a comma or conjunction followed
        by a cue (or a subject and its cue) after token `first` opens a statement of its own.
        """
        lex = self.lex
        for k in range(first, len(toks) - 1):
            if toks[k].start <= start or toks[k].start in self.used_cues or toks[k].start >= end:
                continue
            j = k + 1
            while toks[k].text == "," and j < len(toks) - 1 and toks[j].text in CLOSING:
                j += 1  # "called the bill “reckless,” accusing …": a participle past the comma's closing mark
            if j > k + 1 and not lex.progressive(toks[j].low):
                j = k + 1  # ("“…,” said Sylke Tempel": the quotation's own attribution, no statement of its own)
            if (toks[k].text == "," or toks[k].low in lex.conjunctions) and (
                self.cue_at(toks, j) or self._subject_and_cue(toks, j) or self._cue_past_adverbial(toks, j)
            ):
                if j > k + 1:
                    return toks[j - 1].end  # the marked stretch ends with its comma and closing mark
                m = k - 1
                while m >= first and toks[m].text in ",;":
                    m -= 1  # "«…», и повторил, что …": the comma before the conjunction is no part of the claim
                return toks[m].end
            if toks[k].text == "," and self._closing_attribution(toks, k + 1):
                # "X proposed that …, sources close to the talks said.": the sentence's own attribution closes it.
                return toks[k - 1].end
        return end

    def _in_used_cue(self, tokens: list[Token], i: int) -> bool:
        """True when token i opens a cue already attributed or lies inside one: '"…", a déclaré le porte-parole de
        l'armée, Ahmed Ali, en promettant … "pas de poursuites"' — "déclaré" is a cue of its own, but here a word
        of the used "a déclaré", and no second cue for the later marks."""
        return tokens[i].start in self.used_cues or any(
            tokens[k].start in self.used_cues and k + self.cue_at(tokens, k) > i for k in range(max(0, i - 3), i)
        )

    def _cue_past_adverbial(self, toks: list[Token], j: int) -> bool:
        """True when a cue follows token j past a time adverbial only ("aunque la semana pasada admitió que"), in a
        language that leaves a conjoined verb's subject out (English PolNeAR dev lost 0.0007 F1@0.8 with it)."""
        lex = self.lex
        if not lex.pro_drop:
            return False
        k = j
        while k < len(toks) and toks[k].is_word and (toks[k].low in lex.skip or toks[k].low in lex.articles):
            k += 1
        return k > j and k < len(toks) and bool(self.cue_at(toks, k)) and toks[k - 1].low not in lex.articles

    def _closing_attribution(self, toks: list[Token], j: int) -> bool:
        """True when tokens from j to the sentence's end are a speaker phrase, its cue and a short tail ("sources
        close to the talks said on Friday.")."""
        for m in range(j + 1, min(len(toks), j + PHRASE_TAIL + SUBJECT_WORDS + 1)):
            if not toks[m].is_word:
                return False
            if self.cue_at(toks, m):
                left = self.left_np(toks, m, j)
                tail = sum(t.is_word for t in toks[m + 1 :])
                if left is None or left[0] != j or tail > POSTPOSED_TAIL:
                    return False
                words = toks[left[0] : left[1]]
                return self._agent(toks, left) or any(t.low in self.lex.source_nouns for t in words)
        return False

    def _subject_and_cue(self, toks: list[Token], j: int) -> bool:
        """True when a speech cue with its own subject starts at token j ("but he said", "though she noted")."""
        lex = self.lex
        if j < len(toks) and toks[j].low in lex.conjunctions:
            j += 1
        for m in range(j + 1, min(len(toks), j + SUBJECT_WORDS + 1)):
            if self.cue_at(toks, m) and toks[m].start not in self.used_cues:
                speech = lex.needs_complementizer.fullmatch(toks[m].low) is None
                left = self.left_np(toks, m, j)
                return speech and left is not None and left[0] == j and self._agent(toks, left)
        return False
