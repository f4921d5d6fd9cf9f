"""Sentence-splitting knowledge for Russian: abbreviations that do not end a sentence, and kin."""

ABBREVIATIONS = frozenset(
    [
        "vs",  # "Bayern vs. Dortmund: …", Latin in every language's headlines
        "им",
        "ул",
        "пр",
        "просп",
        "пер",
        "пл",
        "д",
        "кв",
        "корп",
        "обл",
        "р-н",
        "стр",
        "г-н",
        "г-жа",
        "т.е",
        "т.к",
        "т.н",
        "т.д",
        "т.п",
        "т.о",
        "напр",
        "см",
        "ср",
        "проф",
        "акад",
        "ген",
        "полк",
        "зам",
        "пред",
        "тыс",
        "млн",
        "млрд",
        "руб",
        "долл",
    ]
)
FINAL_ABBREVIATIONS = frozenset(["т.д", "т.п", "др", "тыс", "млн", "млрд", "руб", "долл"])
NUMBER_ABBREVIATIONS = frozenset(["ст", "ч", "п", "гл", "т", "рис", "табл"])
# Year markers end a sentence after a number ("в 2025 г. Путин" splits); elsewhere "г." is "город" ("г. Москва").
YEAR_ABBREVIATIONS = frozenset(["г", "гг"])
SENTENCE_STARTERS = frozenset(
    ["в", "на", "по", "как", "но", "и", "а", "это", "он", "она", "они", "мы", "при", "после", "до"]
)
ORDINAL_PERIOD = False
