"""Cleaning patterns for Polish: cross-link labels, photo credits, boilerplate, date header labels."""

DEFAULT_TIMEZONE = "Europe/Warsaw"
NUMERIC_DATE_ORDER = "DMY"

CROSS_LINK_LABELS = (
    r"czytaj (?:też|także|również|więcej|dalej)",
    r"przeczytaj (?:też|także|również)",
    r"zobacz (?:też|także|również|więcej|wideo)",
    r"polecamy",
    r"więcej (?:na ten temat|informacji)",
    r"posłuchaj(?: też| także)?",
)
PHOTO_CREDIT_LABELS = (r"fot\.?", r"foto", r"zdjęcie", r"źródło(?: zdjęcia)?", r"wideo")
PHOTO_CREDIT_PHRASES = ()
BOILERPLATE = (
    r"udostępnij(?: (?:artykuł|na [\w ]+))?",
    r"subskrybuj[\w ]{0,60}",
    r"zapisz się (?:do|na) newslett?er[^.]{0,80}",
    r"(?:ta )?(?:strona|witryna) (?:używa|korzysta z) (?:plików )?cookies.*",
    r"reklama",
    r"artykuł sponsorowany",
    r"obserwuj nas(?: w| na)? [\w, ]+",
    r"skomentuj",
    r"komentarze(?: \(\d+\))?",
    r"najczęściej czytane",
    r"(?:dodaj )?komentarz(?:e)?",
)
# Plain lower-case phrases found anywhere in a short line: "© 2020 Some Outlet. Wszelkie prawa zastrzeżone. Privacy policy".
BOILERPLATE_PHRASES = ("wszelkie prawa zastrzeżone",)
# Followed by social network names on one line: "Udostępnij: Facebook | X | E-mail".
SHARE_LABELS = (
    r"udostępnij(?: artykuł)?",
    r"podziel się",
    r"obserwuj nas",
)
PUBLISHED_LABELS = (r"publikacja", r"opublikowano", r"data publikacji", r"dodano")
UPDATED_LABELS = (r"aktualizacja", r"zaktualizowano", r"ostatnia aktualizacja", r"data aktualizacji")
DATE_LABELS = (r"data",)
DATE_CONNECTORS = (r"o godz\.", r"godz\.", r"o", r"dnia", r"dn\.")
DATE_SUFFIXES = (r"r\.", r"roku")

# A story's title (storyline/stories/catalog.py `_key_phrase`) starts where an untitled article's news starts. Read
# case-insensitively at a line's start: BYLINE_LABELS introduce its author ("By Richard Black", "by : Phil Keating");
# BYLINE_STAFF ends a byline that names a desk, not a person ("By the CNN Wire Staff"); CORRECTION_OPENINGS open a
# correction or editor's note ("This article misstated the first name of …"); SHARE_PROMPTS a share widget's line
# ("Copy the URL and paste into your emails …"). PAGE_BUTTONS: a button's label as written right after a page's time
# stamp ("6 January 2011 Last updated at 17:03 GMT Help A US report …").
BYLINE_LABELS = (r"autor(?:ka)?\s*:", r"oprac(?:\.|owanie)\s*:?", r"tekst\s*:")
BYLINE_STAFF = (r"redakcja",)
CORRECTION_OPENINGS = (
    r"sprostowanie\s*:?",
    r"korekta\s*:",
    r"od redakcji\s*:",
    r"w (?:poprzedniej|pierwotnej|pierwszej) wersji (?:tego )?(?:artykułu|tekstu)",
)
SHARE_PROMPTS = (r"skopiuj link", r"udostępnij (?:ten )?artykuł przez")
PAGE_BUTTONS = ("Pomoc", "Udostępnij", "Drukuj")
