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
