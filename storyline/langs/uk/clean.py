"""Cleaning patterns for Ukrainian: cross-link labels, photo credits, boilerplate, date header labels."""

DEFAULT_TIMEZONE = "Europe/Kyiv"
NUMERIC_DATE_ORDER = "DMY"

CROSS_LINK_LABELS = (
    r"читайте (?:також|теж|ще)",
    r"дивіться (?:також|теж)",
    r"по темі",
    r"детальніше",
    r"більше на тему",
)
PHOTO_CREDIT_LABELS = (r"фото", r"світлина", r"джерело(?: фото)?", r"відео", r"ілюстрація")
PHOTO_CREDIT_PHRASES = ()
BOILERPLATE = (
    r"поділитися(?: в [\w ]+)?",
    r"підписуйтесь на [^.]{1,80}",
    r"підпишіться на [^.]{1,80}",
    r"(?:цей )?сайт використовує (?:файли )?cookies?.*",
    r"реклама",
    r"коментарі(?: \(\d+\))?",
    r"коментарі закрито.*",
)
# Plain lower-case phrases found anywhere in a short line: "© 2020 Some Outlet. Всі права захищені. Privacy policy".
BOILERPLATE_PHRASES = ("всі права захищені",)
# Followed by social network names on one line: "Udostępnij: Facebook | X | E-mail".
SHARE_LABELS = (
    r"поділитися",
    r"підписуйтесь",
)
PUBLISHED_LABELS = (r"опубліковано", r"дата публікації")
UPDATED_LABELS = (r"оновлено", r"дата оновлення")
DATE_LABELS = (r"дата",)
DATE_CONNECTORS = (r"о",)
DATE_SUFFIXES = (r"р\.", r"року")

# A story's title (storyline/stories/catalog.py `_key_phrase`) starts where an untitled article's news starts. Read
# case-insensitively at a line's start: BYLINE_LABELS introduce its author ("By Richard Black", "by : Phil Keating");
# BYLINE_STAFF ends a byline that names a desk, not a person ("By the CNN Wire Staff"); CORRECTION_OPENINGS open a
# correction or editor's note ("This article misstated the first name of …"); SHARE_PROMPTS a share widget's line
# ("Copy the URL and paste into your emails …"). PAGE_BUTTONS: a button's label as written right after a page's time
# stamp ("6 January 2011 Last updated at 17:03 GMT Help A US report …").
BYLINE_LABELS = (r"автор(?:ка)?\s*:", r"текст\s*:")
BYLINE_STAFF = (r"редакція",)
CORRECTION_OPENINGS = (
    r"виправлення\s*:?",
    r"спростування\s*:?",
    r"від редакції\s*:",
    r"у (?:попередній|початковій|першій) версії (?:цієї )?(?:статті|матеріалу)",
)
SHARE_PROMPTS = (r"скопіювати посилання", r"поділитися (?:статтею|новиною)")
PAGE_BUTTONS = ("Допомога", "Поділитися", "Друк")
