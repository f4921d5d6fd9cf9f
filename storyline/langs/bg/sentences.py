"""Sentence-splitting knowledge for Bulgarian: abbreviations that do not end a sentence, and kin."""

ABBREVIATIONS = frozenset(
    [
        "vs",  # "Bayern vs. Dortmund: …", Latin in every language's headlines
        "в",
        "ул",
        "бул",
        "пл",
        "гр",
        "с",
        "обл",
        "проф",
        "акад",
        "ген",
        "полк",
        "доц",
        "д-р",
        "г-н",
        "г-жа",
        "т.нар",
        "напр",
        "вж",
        "т.е",
    ]
)
FINAL_ABBREVIATIONS = frozenset(["т.н", "др", "хил", "млн", "млрд", "лв"])
NUMBER_ABBREVIATIONS = frozenset(["чл", "ал", "т", "стр"])
YEAR_ABBREVIATIONS = frozenset(["г"])
SENTENCE_STARTERS = frozenset(
    ["в", "на", "по", "като", "но", "и", "а", "това", "той", "тя", "те", "ние", "след", "преди"]
)
ORDINAL_PERIOD = False
