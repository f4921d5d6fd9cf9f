"""Sentence-splitting knowledge for Czech: abbreviations that do not end a sentence, and kin."""

ABBREVIATIONS = frozenset(
    [
        "vs",  # "Bayern vs. Dortmund: …", Latin in every language's headlines
        "p",
        "pí",
        "sl",
        "dr",
        "ing",
        "mgr",
        "bc",
        "prof",
        "doc",
        "gen",
        "plk",
        "mjr",
        "kpt",
        "tzv",
        "např",
        "resp",
        "tj",
        "mj",
        "ul",
        "nám",
        "popř",
        "cca",
        "tel",
    ]
)
FINAL_ABBREVIATIONS = frozenset(["atd", "apod", "tis", "mil", "mld", "kč"])
NUMBER_ABBREVIATIONS = frozenset(["č", "čl", "odst", "str", "s"])
YEAR_ABBREVIATIONS = frozenset(["r"])
SENTENCE_STARTERS = frozenset(["v", "na", "to", "ten", "ta", "ale", "a", "jak", "po", "podle"])
ORDINAL_PERIOD = True
ORDINAL_AFTER = frozenset(["v", "ve", "na", "po", "před", "od", "do", "za"])
