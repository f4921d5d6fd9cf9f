"""Sentence-splitting knowledge for German: abbreviations that do not end a sentence, and kin."""

ABBREVIATIONS = frozenset(
    [
        "vs",  # "Bayern vs. Dortmund: …", Latin in every language's headlines
        "hr",
        "hrn",
        "fr",
        "frl",
        "dr",
        "prof",
        "dipl",
        "ing",
        "mag",
        "gen",
        "st",
        "sog",
        "z.b",
        "d.h",
        "u.a",
        "u.ä",
        "v.a",
        "bzw",
        "ca",
        "vgl",
        "ggf",
        "evtl",
        "inkl",
        "exkl",
        "zzt",
        "o.ä",
        "s.o",
        "s.u",
        "i.d.r",
        "u.u",
        "z.t",
        "z.zt",
        "bspw",
        "allg",
        "dt",
        "engl",
        "franz",
        "russ",
        "ukr",
        "jhd",
        "abs",
        "ziff",
        "ff",
        "tel",
        "str",
        "hl",
    ]
)
FINAL_ABBREVIATIONS = frozenset(["usw", "etc", "mio", "mrd", "uhr", "jh", "chr"])
NUMBER_ABBREVIATIONS = frozenset(["nr", "art", "abs", "s", "bd", "kap", "ziff"])
SENTENCE_STARTERS = frozenset(
    [
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "er",
        "sie",
        "es",
        "wir",
        "ich",
        "aber",
        "und",
        "doch",
        "in",
        "im",
        "am",
        "auf",
        "nach",
        "vor",
        "als",
        "wenn",
        "dann",
        "auch",
        "so",
    ]
)
# "am 8. Januar", "der 2. Weltkrieg": a number followed by a period is an ordinal.
ORDINAL_PERIOD = True
# After these words "2." is an ordinal ("der 2. Weltkrieg", "zum 3. Mal"), not a number ending a sentence.
ORDINAL_AFTER = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "am",
        "im",
        "zum",
        "zur",
        "vom",
        "beim",
        "ab",
        "bis",
        "seit",
        "ihr",
        "ihre",
        "sein",
        "seine",
        "jeder",
    ]
)

# Capitalised words that open a sentence glued on with no stop (sentences._body_openers): a headline run into the lead
# when the feed lost the line break between them ("Ex-US-Botschafter Kornblum sieht schwindenden Rückhalt für Trump Der
# ehemalige US-Botschafter …"), a section name or a caption ("Anzeige Der Journalist …"). Inside a sentence these stand
# capitalised only in a name (OPENER_NAMES) or after an opening mark. A scan of the 235 German SemEval-8 texts' first
# sentences found 43 such places, all a headline's end (session-26 audit).
BODY_OPENERS = frozenset(["Der", "Die", "Das", "Im", "Ein", "Eine", "Am", "Nach", "Mit", "Seit", "Bei", "Vor"])
# The words after one of them that make it part of a name ("die Partei Die Linke", "Die Grünen", "Die Zeit").
OPENER_NAMES = frozenset(["linke", "grünen", "zeit", "welt", "presse", "toten", "ärzte", "prinzen", "fantastischen"])
# German capitalises its nouns: a capitalised word after a body opener ("Die Bremer Adler") is no sign of a name (the
# quotes stage reads the same fact from quotes.NOUNS_CAPITALISED).
NOUNS_CAPITALISED = True
