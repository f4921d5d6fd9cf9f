"""Sentence-splitting knowledge for Ukrainian: abbreviations that do not end a sentence, and kin."""

ABBREVIATIONS = frozenset(
    [
        "vs",  # "Bayern vs. Dortmund: …", Latin in every language's headlines
        "ім",
        "вул",
        "просп",
        "пров",
        "пл",
        "буд",
        "кв",
        "обл",
        "р-н",
        "м",
        "смт",
        "с-ще",
        "т.зв",
        "т.б",
        "т.д",
        "т.п",
        "напр",
        "див",
        "проф",
        "акад",
        "ген",
        "полк",
        "заст",
        "пан",
        "пані",
        "тис",
        "млн",
        "млрд",
        "грн",
        "дол",
    ]
)
FINAL_ABBREVIATIONS = frozenset(["т.д", "т.п", "ін", "тис", "млн", "млрд", "грн", "дол"])
NUMBER_ABBREVIATIONS = frozenset(["ст", "ч", "п", "гл", "т", "рис", "табл"])
YEAR_ABBREVIATIONS = frozenset(["р", "рр"])
SENTENCE_STARTERS = frozenset(
    ["в", "у", "на", "за", "як", "але", "і", "й", "а", "це", "він", "вона", "вони", "ми", "після", "до"]
)
ORDINAL_PERIOD = False
