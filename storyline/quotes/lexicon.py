"""Compiled per-language quotation knowledge, built once from `storyline/langs/<iso>/quotes.py`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from storyline.langs import language_data
from storyline.sentences import UPPER

# Words with offsets: letters/digits joined by inner apostrophes, hyphens or dots ("U.S.", "Zelensky’s"),
# or single punctuation marks. Invisible format marks are no token: a post copied from a right-to-left page opens
# with U+200F before its "@handle:" (session-26 Spanish audit: 4 posts of one text had no author).
TOKEN = re.compile(r"\w+(?:[’'\-.]\w+)*|[^\w\s\u200b-\u200f\u2060\ufeff]")

try:  # CPython's own table of the characters IGNORECASE folds alike beyond lower(); private, so guarded
    from re._casefix import _EXTRA_CASES
except ImportError:  # without it no lower-cased twin is trusted: the plain searches run
    _EXTRA_CASES = None

# A pattern that matches nothing: a language's search where it lists no such cues.
_NEVER = r"(?!x)x"

FALLBACK_LANGUAGE = "en"
# Words remembered as cue / not cue per language (a news vocabulary fits; the cache restarts beyond it).
WORD_CACHE_SIZE = 200_000


@dataclass(frozen=True)
class Lexicon:
    """One language's quote marks, cue patterns and speaker-phrase vocabularies, compiled."""

    lang: str
    openers: dict[str, frozenset[str]]  # opening mark -> its closing marks
    closers: frozenset[str]
    dialogue_dashes: str
    cue: re.Pattern[str]
    multiword_cue_search: re.Pattern[str]
    not_cues: re.Pattern[str]
    construction_search: re.Pattern[str]
    word_cache: dict[str, bool]
    abbreviations: frozenset[str]
    token: re.Pattern[str]
    addressee_cue: re.Pattern[str]
    addressee_media: frozenset[str]
    needs_complementizer: re.Pattern[str]
    clause_only_cues: re.Pattern[str]
    predicative_cues: re.Pattern[str]
    predicative_markers: frozenset[str]
    written_cues: re.Pattern[str]
    noun_cues: re.Pattern[str]
    not_cue_phrases: re.Pattern[str]
    prepositions: frozenset[str]
    aside_prepositions: frozenset[str]
    articles: frozenset[str]
    source_first: re.Pattern[str]
    speaker_phrase_ends: re.Pattern[str]
    impersonal: re.Pattern[str]
    impersonal_hopes: re.Pattern[str]
    # source-first constructions whose verb is impersonal ("según se informa"): a claim no one named makes
    impersonal_sources: re.Pattern[str]
    complementizers: frozenset[str]
    conjunctions: frozenset[str]
    # words joining the claim's own next verb phrase ("… and wanted …") and prepositions completing an object
    # frame's claim ("congratulated X for …"): the parse path's (parsed.py)
    claim_coordinators: frozenset[str]
    object_complement_prepositions: frozenset[str]
    # words opening an adverbial phrase before the subject ("As for …", "Worst of all"): no claim alone
    adverbial_openers: frozenset[str]
    # words joining a cue to the clause before it the way a participle does ("…, като добави, че …": adding)
    participle_linkers: frozenset[str]
    relatives: frozenset[str]
    skip: frozenset[str]
    determiners: frozenset[str]
    bound_determiners: frozenset[str]
    modifiers: frozenset[str]
    modifier_suffixes: tuple[str, ...]
    implicit_endings: dict[str, str]
    pro_drop: bool
    # a comma always stands before a complementizer ("заявил, что", "sagte, dass"): "X said, that …" is no parenthesis
    comma_before_complementizer: bool
    titles: frozenset[str]
    source_nouns: frozenset[str]
    office_nouns: frozenset[str]
    office_owner_after: bool
    institution_nouns: frozenset[str]
    document_nouns: frozenset[str]
    media_hints: frozenset[str]
    pronouns: dict[str, str | None]
    first_person: frozenset[str]  # speakers who are the one quoted inside a quotation ("I", "we")
    second_person: frozenset[str]  # the reader or anyone ("you"): no one whose words are reported
    possessives: dict[str, str | None]
    not_names: frozenset[str]
    non_person: frozenset[str]
    place_heads: frozenset[str]
    female_endings: tuple[str, ...]
    male_names: frozenset[str]
    female_names: frozenset[str]  # women's first names with a man's ending ("Jennifer", "Eman")
    nominative_surnames: tuple[str, ...]  # endings of a surname's nominative, whatever its lemma says ("Марипов")
    gender_words: dict[str, str]
    gendered_titles: dict[str, str]
    plural_titles: frozenset[str]
    # titles of people who speak for another (spokesmen, representatives, lawyers, correspondents): a bare one is no
    # person named just before ("пресс-секретарь Даунинг-стрит" after "Борис Джонсон")
    speaks_for_titles: frozenset[str]
    singular_sources: frozenset[str]
    indefinites: frozenset[str]
    source_prepositions: frozenset[str]
    locative_prepositions: frozenset[str]
    relative_sources: frozenset[str]
    unsourced_cues: re.Pattern[str]
    passive_auxiliaries: frozenset[str]
    # auxiliaries of a compound tense, after which an adverbial may stand before the cue's participle ("a pour sa
    # part déclaré", "a d'ailleurs admis"): the subject stands before the auxiliary
    tense_auxiliaries: frozenset[str]
    # participles and verbs that make the words after such an auxiliary a verb phrase, not an adverbial ("été", "dû")
    tense_participles: frozenset[str]
    # endings of an infinitive: a cue so ending after such an auxiliary follows a verb of its own ("a fini par annoncer")
    infinitive_endings: tuple[str, ...]
    progressive_endings: tuple[str, ...]
    # endings of a present participle or adjective opening a sentence ('Dénonçant, …, al-Nour a annoncé'): no name
    opening_participle_endings: tuple[str, ...]
    # endings of an opening participle of being asked ("Pytany, czy …, odpowiedział"): its question runs to the comma
    # before the verb, capitalised words and commas included
    question_participle_endings: tuple[str, ...]
    colon_needs_name: bool  # a phrase before a colon naming no one is a rubric, though nouns are lower-case
    headline_dash_speaker: bool  # a headline signed after a dash ("Брексіту може не бути - Мей") names its speaker
    passive_agents: frozenset[str]
    stance_adjectives: frozenset[str]
    stance_cues: re.Pattern[str]  # cues of a position or deed, not speech: a reported claim they cue is a stance
    # cues of a deed when no clause follows ("posted the selfie to his page"): such a reported claim is a stance
    deed_cues: re.Pattern[str]
    # a cue's participle and the words after it that, right after a noun or a comma, make it a passive describing
    # that noun, no cue ("The man accused of …", "a woman, believed to be Russian, …")
    reduced_passives: re.Pattern[str]
    # a reported claim opening with one of these and an article is the cue's object, a deed ("responded to a home")
    stance_prepositions: frozenset[str]
    passive_speech_cues: re.Pattern[str]  # cues whose passive with no agent still reports speech ("a court was told")
    separable_cue_search: re.Pattern[str]
    source_clause_openers: frozenset[str]
    source_clause_verb: re.Pattern[str]
    clause_auxiliaries: frozenset[str]
    postposed_sources: frozenset[str]
    genitive_complements: bool
    oblique_sources: frozenset[str]
    oblique_pronouns: dict[str, str | None]
    reflexives: frozenset[str]
    label_base_forms: tuple[tuple[str, str], ...]
    postposed_verb_first: bool
    nouns_capitalised: bool
    verb_second: bool
    marked_phrases_run_on: bool
    reported_mood: re.Pattern[str]
    postposed_adjectives: bool
    complementizer_past_adverbials: bool
    colon_source_named_again: bool
    pro_drop_past_adverbials: bool
    nominative_endings: tuple[str, ...]
    # endings of an adjective's oblique cases: its noun is still to come ("Według przyjętych jednomyślnie wytycznych")
    oblique_adjective_endings: tuple[str, ...]
    inverted_subjects: dict[str, str | None]
    emphatic_pronouns: frozenset[str]
    # pronouns between a subject and its verb that are never the subject ("Il lui a dit", "X a lui aussi lancé")
    object_pronouns: frozenset[str]
    # prepositions whose name is a complement, no subject a later pronoun goes on with ("la chute d'Hosni Moubarak")
    complement_prepositions: frozenset[str]
    # the preposition marking a head noun's genitive complement in a language without cases ("говорител на
    # министерството"): the speaker phrase runs on through it
    genitive_prepositions: frozenset[str]
    # roles, no office, whose holder is the name in apposition after them ("une jeune militante, Sara Benali."); no
    # holder is looked for elsewhere, as for a title
    role_nouns: frozenset[str]
    # relative pronouns only ever the subject of their clause: the phrase right before one is what the clause hangs
    # on, with no comma ("l'opposition laïque qui dénonce …")
    subject_relatives: frozenset[str]
    # articles that open the claim right after a source's noun with no comma ("Secondo la polizia i manifestanti …")
    claim_articles: frozenset[str]
    # prepositions naming a document's owner after an impersonal cue ("si legge in una nota di Amnesty"); empty
    # where the language sets none
    owner_prepositions: frozenset[str]
    anaphor: re.Pattern[str]
    # prepositions opening a topic right after a cue ("mówił o reformie", "poinformowała o decyzji"): what was spoken
    # about, no claim; empty where the language's cues report a topic as PolNeAR's English does ("spoke about")
    topic_openers: re.Pattern[str]
    direct_only_cues: re.Pattern[str]
    quoting_cues: re.Pattern[str]
    adjunct_cues: re.Pattern[str]
    adjunct_governors: re.Pattern[str]
    plural_verb_endings: tuple[str, ...]

    def is_cue(self, words: str) -> bool:
        """True when `words` (one or more tokens) is a reporting cue of this language."""
        return self.cue.fullmatch(words.lower()) is not None

    def is_cue_word(self, low: str) -> bool:
        """True when the one lower-cased word `low` is a cue (memoised: most words repeat)."""
        hit = self.word_cache.get(low)
        if hit is None:
            if len(self.word_cache) >= WORD_CACHE_SIZE:
                self.word_cache.clear()  # bounded memory over a long ingest
            verb = self.inverted_verb(low)
            form = low if verb is None else verb[0]
            hit = self.word_cache[low] = self.cue.fullmatch(form) is not None and not self.not_cues.fullmatch(form)
        return hit

    def progressive(self, low: str) -> bool:
        """True when the lower-cased word `low` has a progressive (participle) ending of this language ("adding")."""
        return bool(self.progressive_endings) and low.endswith(self.progressive_endings)

    def inverted_verb(self, low: str) -> tuple[str, str | None] | None:
        """(verb, gender of its subject) of a verb carrying its subject pronoun ("précise-t-il", "ajoute-t-elle")."""
        for suffix, gender in self.inverted_subjects.items():
            if low.endswith(suffix) and len(low) > len(suffix):
                return (low[: -len(suffix)], gender)
        return None


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    if not patterns:
        return re.compile(_NEVER)
    # Multi-word cues first, so "calling for" wins over "calling" in a left-to-right search.
    patterns = sorted(patterns, key=lambda p: " " not in p)
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", re.IGNORECASE)


def _words(data: object, name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in getattr(data, name, ()))


def _token_pattern(
    abbreviations: tuple[str, ...],
    elisions: tuple[str, ...] = (),
    initials: tuple[str, ...] = (),
    lower_tail_names: tuple[str, ...] = (),
) -> re.Pattern[str]:
    """TOKEN, keeping the language's abbreviations whole with their dot ("Gov. Kasich", "płk. Nowak"), its
    initials where a capitalised word in lower case follows ("Scott W. Pink", NAME_INITIALS), and its names whose
    later words are written in lower case ("Франс прес", LOWER_TAIL_NAMES) as one capitalised token."""
    alternatives = []
    if lower_tail_names:
        # the words as listed, spaces (not a line break) between them; no longer word begins or ends there
        alternation = "|".join(
            r"[^\S\n]+".join(re.escape(w) for w in n.split()) for n in sorted(lower_tail_names, key=len, reverse=True)
        )
        alternatives.append(rf"(?<!\w)(?:{alternation})(?!\w)")
    if initials:
        alternatives.append(rf"(?<![\w.])(?:{'|'.join(initials)})\.(?=\s+[{UPPER}][^\W\d_{UPPER}])")
    if abbreviations:
        alternation = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
        alternatives.append(rf"(?<!\w)(?:{alternation})\.(?=\s)")
    if elisions:
        # "l'inviato", "d’après": the elided article is a token of its own.
        alternation = "|".join(re.escape(e) for e in sorted(elisions, key=len, reverse=True))
        alternatives.append(rf"(?<!\w)(?i:{alternation})[’'](?=\w)")
    if not alternatives:
        return TOKEN
    return re.compile("|".join(alternatives) + "|" + TOKEN.pattern)


def _separable(cues: list[tuple[str, str]]) -> re.Pattern[str]:
    """Stems of separable verbs whose particle closes the clause ("teilte das Ministerium am Montag mit,")."""
    if not cues:
        return re.compile(_NEVER)
    # the particle is captured (one group per cue) so the claim can end before it
    alternatives = [
        rf"(?:{stem})(?=[^.,;:!?]{{1,80}}?\s({re.escape(particle)})\s*(?:[.,;:!?]|$))" for stem, particle in cues
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


@cache
def _lowered_twin(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """A case-insensitive pattern's case-sensitive twin, to run over the lower-cased text, with the characters of
    a lower-cased text it could misread (None: none); None when the pattern has no such twin.

    IGNORECASE matches a text character to a pattern character of the same lower-case form, or of the few that
    fold alike besides (`re._casefix`: ı ~ i, ſ ~ s, ς ~ σ, ᲀ ~ в). A pattern written in lower case, with no
    character range (whose members' cases need not lie inside it), finds the same matches in the lower-cased
    text (offsets kept) as long as that text holds none of those other forms of the pattern's characters."""
    source = pattern.pattern
    if (
        _EXTRA_CASES is None
        or not pattern.flags & re.IGNORECASE
        or source != source.lower()
        or re.search(r"\[[^\]]*-", source)
    ):
        return None
    own = {ord(c) for c in source}
    risky = sorted(chr(c) for c, alike in _EXTRA_CASES.items() if own.intersection(alike))
    misread = re.compile("[" + re.escape("".join(risky)) + "]") if risky else None
    return re.compile(source, pattern.flags & ~re.IGNORECASE), misread


def finditer_lowered(pattern: re.Pattern[str], text: str, lowered: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a case-insensitive pattern, given `lowered` = `text.lower()`: its twin run over
    `lowered` where that finds the same matches (offsets and groups), 3-4 times faster (IGNORECASE folds each
    character it tries; the English multi-word cue search took 0.5 ms of a PolNeAR article's 7)."""
    if pattern.pattern == _NEVER:
        return iter(())  # a language without such cues: no pass over the text (the engine tries every position)
    twin = _lowered_twin(pattern)
    if twin is None or len(lowered) != len(text) or (twin[1] is not None and twin[1].search(lowered)):
        return pattern.finditer(text)
    return twin[0].finditer(lowered)


def _search(patterns: list[str]) -> re.Pattern[str]:
    """Patterns as one case-insensitive whole-word search (multi-word cues, constructions)."""
    return re.compile(r"(?<!\w)" + _alternation(patterns).pattern + r"(?!\w)", re.IGNORECASE)


@cache
def lexicon(lang: str | None) -> Lexicon:
    """The compiled lexicon of `lang`, or English data for languages without a quotes module."""
    data = language_data(lang, "quotes") if lang else None
    if data is None:
        lang = FALLBACK_LANGUAGE
        data = language_data(lang, "quotes")
    assert data is not None, "storyline/langs/en/quotes.py ships with the package"
    openers: dict[str, set[str]] = {}
    for op, cl in data.QUOTE_PAIRS:
        openers.setdefault(op, set()).add(cl)
    return Lexicon(
        lang=lang or FALLBACK_LANGUAGE,
        openers={k: frozenset(v) for k, v in openers.items()},
        closers=frozenset(cl for _, cl in data.QUOTE_PAIRS),
        dialogue_dashes=getattr(data, "DIALOGUE_DASHES", ""),
        cue=_alternation(data.CUES),
        multiword_cue_search=_search([p for p in data.CUES if " " in p]),
        not_cues=_alternation(getattr(data, "NOT_CUES", [])),
        construction_search=_search(
            [
                *getattr(data, "SOURCE_FIRST", []),
                *getattr(data, "IMPERSONAL", []),
                *getattr(data, "IMPERSONAL_HOPES", []),
                *(re.escape(w) for w in getattr(data, "SOURCE_CLAUSE_OPENERS", [])),
                *(re.escape(w) for w in getattr(data, "POSTPOSED_SOURCES", [])),
            ]
        ),
        word_cache={},
        abbreviations=frozenset(getattr(data, "ABBREVIATIONS", ())),
        token=_token_pattern(
            tuple(getattr(data, "ABBREVIATIONS", ())),
            tuple(getattr(data, "ELISIONS", ())),
            tuple(getattr(data, "NAME_INITIALS", ())),
            tuple(getattr(data, "LOWER_TAIL_NAMES", ())),
        ),
        addressee_cue=_alternation(getattr(data, "ADDRESSEE_CUES", [])),
        addressee_media=_words(data, "ADDRESSEE_MEDIA"),
        needs_complementizer=_alternation(getattr(data, "NEEDS_COMPLEMENTIZER", [])),
        clause_only_cues=_alternation(getattr(data, "CLAUSE_ONLY_CUES", [])),
        predicative_cues=_alternation(getattr(data, "PREDICATIVE_CUES", [])),
        predicative_markers=_words(data, "PREDICATIVE_MARKERS"),
        written_cues=_alternation(getattr(data, "WRITTEN_CUES", [])),
        noun_cues=_alternation(getattr(data, "NOUN_CUES", [])),
        not_cue_phrases=_alternation(getattr(data, "NOT_CUE_PHRASES", [])),
        prepositions=_words(data, "PREPOSITIONS"),
        # a phrase set between an inverted cue and its speaker opens with one ("ha detto all'ANSA il sindaco")
        aside_prepositions=_words(data, "ASIDE_PREPOSITIONS") or _words(data, "PREPOSITIONS"),
        articles=_words(data, "ARTICLES"),
        source_first=_alternation(getattr(data, "SOURCE_FIRST", [])),
        speaker_phrase_ends=_alternation(getattr(data, "SPEAKER_PHRASE_ENDS", [])),
        impersonal=_alternation(getattr(data, "IMPERSONAL", [])),
        impersonal_hopes=_alternation(getattr(data, "IMPERSONAL_HOPES", [])),
        impersonal_sources=_alternation(getattr(data, "IMPERSONAL_SOURCES", [])),
        complementizers=_words(data, "COMPLEMENTIZERS"),
        conjunctions=_words(data, "CONJUNCTIONS"),
        claim_coordinators=_words(data, "CLAIM_COORDINATORS"),
        object_complement_prepositions=_words(data, "OBJECT_COMPLEMENT_PREPOSITIONS"),
        adverbial_openers=_words(data, "ADVERBIAL_OPENERS"),
        participle_linkers=_words(data, "PARTICIPLE_LINKERS"),
        relatives=_words(data, "RELATIVES"),
        skip=_words(data, "SKIP"),
        determiners=_words(data, "DETERMINERS"),
        bound_determiners=_words(data, "BOUND_DETERMINERS"),
        modifiers=_words(data, "MODIFIERS"),
        modifier_suffixes=tuple(getattr(data, "MODIFIER_SUFFIXES", ())),
        implicit_endings=dict(getattr(data, "IMPLICIT_SUBJECT_ENDINGS", {})),
        pro_drop=bool(getattr(data, "PRO_DROP", False)),
        comma_before_complementizer=bool(getattr(data, "COMMA_BEFORE_COMPLEMENTIZER", False)),
        titles=_words(data, "TITLES"),
        source_nouns=_words(data, "SOURCE_NOUNS"),
        office_nouns=_words(data, "OFFICE_NOUNS"),
        office_owner_after=bool(getattr(data, "OFFICE_OWNER_AFTER", False)),
        institution_nouns=_words(data, "INSTITUTION_NOUNS"),
        document_nouns=_words(data, "DOCUMENT_NOUNS"),
        media_hints=_words(data, "MEDIA_HINTS"),
        pronouns={k.lower(): v for k, v in getattr(data, "PRONOUNS", {}).items()},
        first_person=_words(data, "FIRST_PERSON"),
        second_person=_words(data, "SECOND_PERSON"),
        possessives={k.lower(): v for k, v in getattr(data, "POSSESSIVES", {}).items()},
        not_names=_words(data, "NOT_NAMES"),
        non_person=_words(data, "NON_PERSON"),
        # the entities data's head nouns of a place's name ("la Plaza Tahrir"), one list for both stages
        place_heads=_words(language_data(lang, "entities") if lang else None, "PLACE_HEAD_NOUNS"),
        female_endings=tuple(getattr(data, "FEMALE_NAME_ENDINGS", ())),
        male_names=_words(data, "MALE_NAMES"),
        female_names=_words(data, "FEMALE_NAMES"),
        nominative_surnames=tuple(getattr(data, "NOMINATIVE_SURNAME_ENDINGS", ())),
        gender_words={k.lower(): v for k, v in getattr(data, "GENDER_WORDS", {}).items()},
        gendered_titles={k.lower(): v for k, v in getattr(data, "GENDERED_TITLES", {}).items()},
        plural_titles=_words(data, "PLURAL_TITLES"),
        speaks_for_titles=_words(data, "SPEAKS_FOR_TITLES"),
        singular_sources=_words(data, "SINGULAR_SOURCES"),
        indefinites=_words(data, "INDEFINITES"),
        source_prepositions=_words(data, "SOURCE_PREPOSITIONS"),
        locative_prepositions=_words(data, "LOCATIVE_SOURCES"),
        relative_sources=_words(data, "RELATIVE_SOURCES"),
        unsourced_cues=_alternation(getattr(data, "UNSOURCED_CUES", [])),
        passive_auxiliaries=_words(data, "PASSIVE_AUXILIARIES"),
        tense_auxiliaries=_words(data, "TENSE_AUXILIARIES"),
        tense_participles=_words(data, "TENSE_PARTICIPLES"),
        infinitive_endings=tuple(getattr(data, "INFINITIVE_ENDINGS", ())),
        progressive_endings=tuple(getattr(data, "PROGRESSIVE_ENDINGS", ())),
        opening_participle_endings=tuple(getattr(data, "OPENING_PARTICIPLE_ENDINGS", ())),
        question_participle_endings=tuple(getattr(data, "QUESTION_PARTICIPLE_ENDINGS", ())),
        colon_needs_name=bool(getattr(data, "COLON_NEEDS_NAME", False)),
        headline_dash_speaker=bool(getattr(data, "HEADLINE_DASH_SPEAKER", False)),
        passive_agents=_words(data, "PASSIVE_AGENTS"),
        stance_adjectives=_words(data, "STANCE_ADJECTIVES"),
        stance_cues=_alternation(getattr(data, "STANCE_CUES", [])),
        deed_cues=_alternation(getattr(data, "DEED_CUES", [])),
        reduced_passives=_search(list(getattr(data, "REDUCED_PASSIVES", []))),
        stance_prepositions=_words(data, "STANCE_PREPOSITIONS"),
        passive_speech_cues=_alternation(getattr(data, "PASSIVE_SPEECH_CUES", [])),
        separable_cue_search=_separable(list(getattr(data, "SEPARABLE_CUES", []))),
        source_clause_openers=_words(data, "SOURCE_CLAUSE_OPENERS"),
        source_clause_verb=_alternation(getattr(data, "SOURCE_CLAUSE_VERBS", [])),
        clause_auxiliaries=_words(data, "CLAUSE_AUXILIARIES"),
        postposed_sources=_words(data, "POSTPOSED_SOURCES"),
        genitive_complements=bool(getattr(data, "GENITIVE_COMPLEMENTS", False)),
        oblique_sources=_words(data, "OBLIQUE_SOURCES"),
        oblique_pronouns={k.lower(): v for k, v in getattr(data, "OBLIQUE_PRONOUNS", {}).items()},
        reflexives=_words(data, "REFLEXIVES"),
        label_base_forms=tuple(getattr(data, "LABEL_BASE_FORMS", ())),
        postposed_verb_first=bool(getattr(data, "POSTPOSED_VERB_FIRST", False)),
        nouns_capitalised=bool(getattr(data, "NOUNS_CAPITALISED", False)),
        verb_second=bool(getattr(data, "VERB_SECOND", False)),
        marked_phrases_run_on=bool(getattr(data, "MARKED_PHRASES_RUN_ON", False)),
        reported_mood=_alternation(getattr(data, "REPORTED_MOOD", [])),
        postposed_adjectives=bool(getattr(data, "POSTPOSED_ADJECTIVES", False)),
        complementizer_past_adverbials=bool(getattr(data, "COMPLEMENTIZER_PAST_ADVERBIALS", False)),
        colon_source_named_again=bool(getattr(data, "COLON_SOURCE_NAMED_AGAIN", False)),
        pro_drop_past_adverbials=bool(getattr(data, "PRO_DROP_PAST_ADVERBIALS", False)),
        nominative_endings=tuple(getattr(data, "NOMINATIVE_ENDINGS", ())),
        oblique_adjective_endings=tuple(getattr(data, "OBLIQUE_ADJECTIVE_ENDINGS", ())),
        # longest first: "-t-il" before "-il"
        inverted_subjects=dict(sorted(getattr(data, "INVERTED_SUBJECTS", {}).items(), key=lambda kv: -len(kv[0]))),
        emphatic_pronouns=_words(data, "EMPHATIC_PRONOUNS"),
        object_pronouns=_words(data, "OBJECT_PRONOUNS"),
        complement_prepositions=_words(data, "COMPLEMENT_PREPOSITIONS"),
        genitive_prepositions=_words(data, "GENITIVE_PREPOSITIONS"),
        role_nouns=_words(data, "ROLE_NOUNS"),
        subject_relatives=_words(data, "SUBJECT_RELATIVES"),
        claim_articles=_words(data, "CLAIM_ARTICLES"),
        owner_prepositions=_words(data, "OWNER_PREPOSITIONS"),
        anaphor=_search(list(getattr(data, "ANAPHORIC_SOURCES", []))),
        topic_openers=_search(list(getattr(data, "TOPIC_OPENERS", []))),
        direct_only_cues=_alternation(getattr(data, "DIRECT_ONLY_CUES", [])),
        quoting_cues=_alternation(getattr(data, "QUOTING_CUES", [])),
        adjunct_cues=_alternation(getattr(data, "ADJUNCT_CUES", [])),
        adjunct_governors=_alternation(getattr(data, "ADJUNCT_GOVERNORS", [])),
        plural_verb_endings=tuple(getattr(data, "PLURAL_VERB_ENDINGS", ())),
    )
