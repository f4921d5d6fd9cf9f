"""Sentence-splitting knowledge for Spanish: abbreviations that do not end a sentence, and kin."""

ABBREVIATIONS = frozenset(
    [
        "vs",  # "Bayern vs. Dortmund: …", Latin in every language's headlines
        "sr",
        "sra",
        "srta",
        "sres",
        "dr",
        "dra",
        "lic",
        "ing",
        "prof",
        "gral",
        "gen",
        "cnel",
        "tte",
        "d",
        "dña",
        "ud",
        "uds",
        "vd",
        "vds",
        "av",
        "avda",
        "c",
        "p.ej",
        "aprox",
    ]
)
FINAL_ABBREVIATIONS = frozenset(["ee.uu", "etc"])
NUMBER_ABBREVIATIONS = frozenset(["n", "núm", "nº", "art", "pág", "p", "vol", "cap"])
SENTENCE_STARTERS = frozenset(
    [
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
        "él",
        "ella",
        "ellos",
        "pero",
        "y",
        "en",
        "según",
        "después",
        "antes",
        "este",
        "esta",
    ]
)
ORDINAL_PERIOD = False
