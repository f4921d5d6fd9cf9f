"""Ukrainian name-recognition data: exonyms and titles (romanisation by anyascii; see storyline/entities)."""

TRAINED_TYPES = True
# dictionary name classes, parts of speech and base forms as tagger features (storyline/entities/morph.py)
MORPH_ANALYSER = "pymorphy3-uk"
# adjective + noun names take their base form by agreement (storyline/entities/agreement.py)
PHRASE_AGREEMENT = "pymorphy3-uk"
ROMANIZE: list[tuple[str, str]] = []
POSSESSIVE_ENDINGS: tuple[str, ...] = ()
NOT_NAMES: frozenset[str] = frozenset()
# nouns the dictionary knows that derive from a country's name are its people (`Американці`, `Британці`)
PEOPLE_FROM_COUNTRIES = True
# base forms of nouns for members of a people or a group that the dictionary does not derive from a country's
# name (`Європейці`, `Англійці`, `Демократи`; `Американці`, `Британці` derive from one; the dictionary's base of
# the plural is sometimes the feminine `європейка`): typed PER they are no person; storyline/entities/false_names.py
# `people_nouns`
PEOPLE_NOUNS = frozenset(
    {"європеєць", "європейка", "англієць", "англійка", "демократ", "республіканець", "консерватор", "лейборист"}
)
EXONYMS = {
    "Женева": "Geneva",
    "ОБСЄ": "OSCE",
    "Організація з безпеки та співробітництва в Європі": "OSCE",
    "Київ": "Kyiv",
    "Москва": "Moscow",
    "Крим": "Crimea",
    "Запоріжжя": "Zaporizhzhia",
    "Херсон": "Kherson",
    "Луганськ": "Luhansk",
    "Донецьк": "Donetsk",
    "Харків": "Kharkiv",
    "Одеса": "Odesa",
    "Донбас": "Donbas",
    "Білий дім": "White House",
    "Кремль": "Kremlin",
    "Пентагон": "Pentagon",
    "Євросоюз": "European Union",
    "ЄС": "European Union",
    "Європейський союз": "European Union",
    "Єврокомісія": "European Commission",
    "ООН": "United Nations",
    "Радбез ООН": "UN Security Council",
    "ВООЗ": "World Health Organization",
    "НАТО": "NATO",
    "Північноатлантичний альянс": "NATO",
    "США": "United States",
    "Штати": "United States",
    "Британія": "United Kingdom",
}
PERSON_TITLES = frozenset({"президент", "прем'єр", "міністр", "речник", "канцлер", "посланець"})
# news outlets and agencies are ORG: a name right after a media verb or preposition (`told Axios`,
# `według Axiosa`) or right before a reporting verb (`Axios reports`) is typed ORG unless the text makes
# it a person's surname; after or before an outlet noun (`news agency PAP`) always (storyline/entities/outlets.py)
OUTLET_CUES_BEFORE = (
    "повідомляє",
    "за даними",
    "пише",
    "передає",
    "в інтерв'ю",
    "в інтерв’ю",
    "повідомило",
    "повідомив",
)
OUTLET_CUES_AFTER = ("повідомляє", "пише", "передає", "повідомило", "повідомив", "повідомила")
OUTLET_NOUNS = (
    "агентство",
    "агентства",
    "агентству",
    "газета",
    "газети",
    "видання",
    "виданню",
    "телеканал",
    "телеканалу",
    "портал",
    "порталу",
    "радіостанція",
)
AND_WORDS = ("і", "та", "й", "або")  # coordination: `X and Axios` shares X's outlet cue
# nouns for kinds of places: next to a name they are no part of it and make it a place (`Oder river`,
# `Hofburg palace`, `řeka Odra`); storyline/entities/trims.py `_place_nouns`
PLACE_NOUNS = frozenset(
    {"річка", "річки", "річці", "річку", "річкою", "озеро", "озера", "озері", "долина", "долини", "палац", "палаці"}
)

# Words of spaCy's stop-word list that open names here (`Перший …`): a sentence-initial one stays
# part of the name (storyline/entities/false_names.py).
NAMES_AMONG_FUNCTION_WORDS = frozenset({"нова", "новий", "перший"})
