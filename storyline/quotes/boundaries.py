"""Content boundaries: where a reported claim begins after its cue and where its clause ends."""

from __future__ import annotations

from storyline.quotes.base import COMPLEMENTIZER_WINDOW, DASHES, FinderBase, _Sentence
from storyline.quotes.speakers import Token

# Most adverbial words between a cue and the comma of its clause in a verb-second language ("betonte aber auch am
# Sonntag,"), as many as the addressee walk takes (the semeval8 German sweep of session 29 changed 2 claims, 1 and 2 words).
CUE_ADVERBIAL_WORDS = 4


class BoundaryMixin(FinderBase):
    """Content boundaries: where a reported claim begins after its cue and where its clause ends."""

    def _content_start(self, tokens: list[Token], i: int, stop: int, addressee: bool) -> int:
        """Where reported content begins after the cue ending at token i."""
        lex = self.lex
        window = tokens[i : min(stop, i + COMPLEMENTIZER_WINDOW + 1)]
        # A cue that takes a clause ("defendió el domingo en una entrevista que …") owns the first complementizer.
        clause_cue = (
            lex.complementizer_past_adverbials
            and i > 0
            and lex.needs_complementizer.fullmatch(tokens[i - 1].low) is not None
        )
        for k, t in enumerate(window):
            if k > 0 and t.start in self.cues and window[k - 1].low in lex.conjunctions:
                break  # "назвал эти заявления «…» и заявил, что …": the complementizer is the conjoined cue's
            # Right after the cue, or after a comma ("poinformował w czwartek, powołując się na ..., że");
            # elsewhere "that" opens a relative clause.
            if t.low in lex.complementizers and (
                k <= 1 or window[k - 1].text == "," or addressee or (clause_cue and self._adverbials(window[:k]))
            ):
                return t.start
        j = i
        # "Paxton added Monday: …": skipped words of time and setting between the cue and a colon precede the claim
        colon = next((k for k in range(i, min(stop, i + 4)) if tokens[k].text == ":"), None)
        if colon is not None and colon > i and all(t.low in lex.skip for t in tokens[i:colon]):
            j = colon
        if addressee:
            while j < stop and j - i < 4 and tokens[j].low not in lex.pronouns and tokens[j].text not in ",:":
                if j > i and tokens[j].low in lex.articles and tokens[j - 1].low not in lex.prepositions:
                    break  # "told Reuters the talks would resume": an article opens the claim's subject
                j += 1
        elif lex.verb_second:
            # "Söder betonte aber auch, Bund und Länder hätten …", "berichtete am Sonntag, der Minister sei …": in a
            # verb-second language adverbials may stand between the cue and the comma of its clause (de)
            c = next((k for k in range(i, min(stop, i + CUE_ADVERBIAL_WORDS + 1)) if tokens[k].text in ",:"), None)
            if c is not None and c > i and self._adverbials(tokens[i:c]):
                j = c
        while j < stop and tokens[j].text in ",:" + DASHES:
            j += 1
        return tokens[j].start if j < stop else tokens[-1].end

    def _adverbials(self, tokens: list[Token]) -> bool:
        """True when `tokens` are only adverbials of time and setting ("el domingo en una entrevista"): words the
        language skips, function words, and the noun of a prepositional phrase; no object a relative may follow."""
        lex = self.lex
        function = lex.skip | lex.articles | lex.prepositions | lex.determiners
        governed = 0  # after a preposition (and its article) up to two words are its noun phrase ("social media")
        for t in tokens:
            if not t.is_word:
                return False
            if t.low in function:
                governed = 2 if t.low in lex.prepositions else governed
                continue
            if not governed or lex.is_cue_word(t.low):
                return False  # "want to believe again that …": a verb, no setting
            governed -= 1
        return True

    def _clause_end(self, sent: _Sentence, toks: list[Token]) -> int:
        end = sent.end
        while end > sent.start and (self.text[end - 1].isspace() or self.text[end - 1] in ".!?;"):
            end -= 1
        return end
