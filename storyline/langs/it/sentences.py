"""Sentence-splitting knowledge for Italian: abbreviations that do not end a sentence, and kin."""

ABBREVIATIONS = frozenset(
    [
        "vs",  # "Bayern vs. Dortmund: …", Latin in every language's headlines
        "dr",
        "mr",
        "mrs",
        "sig",
        "sigg",
        "sig.ra",
        "dott",
        "dott.ssa",
        "prof",
        "avv",
        "ing",
        "arch",
        "gen",
        "col",
        "on",
        "sen",
        "mons",
        "p.es",
        "cfr",
        "ca",
    ]
)
FINAL_ABBREVIATIONS = frozenset(["ecc", "etc"])
NUMBER_ABBREVIATIONS = frozenset(["n", "art", "pag", "p", "vol", "cap"])
SENTENCE_STARTERS = frozenset(
    [
        "il",
        "lo",
        "la",
        "i",
        "gli",
        "le",
        "un",
        "una",
        "lui",
        "lei",
        "loro",
        "ma",
        "e",
        "in",
        "secondo",
        "dopo",
        "prima",
        "questo",
        "questa",
    ]
)
ORDINAL_PERIOD = False
