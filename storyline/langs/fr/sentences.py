"""Sentence-splitting knowledge for French: abbreviations that do not end a sentence, and kin."""

ABBREVIATIONS = frozenset(
    [
        "vs",  # "Bayern vs. Dortmund: …", Latin in every language's headlines
        "m",
        "mm",
        "mme",
        "mmes",
        "mlle",
        "mlles",
        "dr",
        "pr",
        "me",
        "mgr",
        "st",
        "ste",
        "gén",
        "col",
        "cdt",
        "lt",
        "sgt",
        "av",
        "bd",
        "env",
        "cf",
        "p.ex",
        "c.-à-d",
        "c.à.d",
    ]
)
FINAL_ABBREVIATIONS = frozenset(["etc"])
NUMBER_ABBREVIATIONS = frozenset(["n", "no", "art", "p", "vol", "chap"])
SENTENCE_STARTERS = frozenset(
    [
        "le",
        "la",
        "les",
        "un",
        "une",
        "il",
        "elle",
        "ils",
        "elles",
        "nous",
        "on",
        "mais",
        "et",
        "en",
        "au",
        "dans",
        "après",
        "avant",
        "selon",
        "ce",
        "cette",
    ]
)
ORDINAL_PERIOD = False
