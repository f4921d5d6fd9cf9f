"""Sentence-splitting knowledge for Slovene: abbreviations that do not end a sentence, and kin."""

ABBREVIATIONS = frozenset(
    ["vs", "g", "ga", "gdč", "dr", "prof", "mag", "doc", "gen", "npr", "t.i", "t.j", "oz", "ul", "tel"]
)
FINAL_ABBREVIATIONS = frozenset(["itd", "ipd", "tis", "mio", "mrd"])
NUMBER_ABBREVIATIONS = frozenset(["št", "čl", "str"])
YEAR_ABBREVIATIONS = frozenset(["l"])
SENTENCE_STARTERS = frozenset(["v", "na", "to", "ta", "ampak", "in", "po", "pred"])
ORDINAL_PERIOD = True
ORDINAL_AFTER = frozenset(["v", "na", "po", "pred", "od", "do", "za"])
# "19. marca": genitive month names after an ordinal day (CLDR lists only the nominative).
EXTRA_MONTH_WORDS = frozenset(
    [
        "januarja",
        "februarja",
        "marca",
        "aprila",
        "maja",
        "junija",
        "julija",
        "avgusta",
        "septembra",
        "oktobra",
        "novembra",
        "decembra",
    ]
)
