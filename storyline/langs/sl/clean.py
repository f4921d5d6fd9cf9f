"""Cleaning patterns for Slovene: cross-link labels, photo credits, boilerplate, date header labels."""

DEFAULT_TIMEZONE = "Europe/Ljubljana"
NUMERIC_DATE_ORDER = "DMY"

CROSS_LINK_LABELS = (r"preberite (?:tudi|še)", r"več o tem", r"povezane novice", r"poglejte (?:tudi|še)")
PHOTO_CREDIT_LABELS = (r"foto", r"fotografija", r"vir", r"video")
PHOTO_CREDIT_PHRASES = ()
BOILERPLATE = (
    r"deli(?: na [\w ]+)?",
    r"naročite se na [^.]{1,80}",
    r"(?:ta )?spletna stran uporablja piškotke.*",
    r"oglas",
)
# Followed by social network names on one line: "Udostępnij: Facebook | X | E-mail".
SHARE_LABELS = (
    r"deli",
    r"sledite nam",
)
PUBLISHED_LABELS = (r"objavljeno",)
UPDATED_LABELS = (r"posodobljeno", r"zadnja posodobitev")
DATE_LABELS = (r"datum",)
DATE_CONNECTORS = (r"ob",)
DATE_SUFFIXES = ()
# Genitive month names ("19. marca 2020"): CLDR has only the nominative for Slovene.
EXTRA_MONTHS = {
    "januarja": 1, "februarja": 2, "marca": 3, "aprila": 4, "maja": 5, "junija": 6,
    "julija": 7, "avgusta": 8, "septembra": 9, "oktobra": 10, "novembra": 11, "decembra": 12,
}  # fmt: skip

# A story's title (storyline/stories/catalog.py `_key_phrase`) starts where an untitled article's news starts. Read
# case-insensitively at a line's start: BYLINE_LABELS introduce its author ("By Richard Black", "by : Phil Keating");
# BYLINE_STAFF ends a byline that names a desk, not a person ("By the CNN Wire Staff"); CORRECTION_OPENINGS open a
# correction or editor's note ("This article misstated the first name of …"); SHARE_PROMPTS a share widget's line
# ("Copy the URL and paste into your emails …"). PAGE_BUTTONS: a button's label as written right after a page's time
# stamp ("6 January 2011 Last updated at 17:03 GMT Help A US report …").
BYLINE_LABELS = (r"avtor(?:ica)?\s*:", r"piše\s*:")
BYLINE_STAFF = (r"uredništvo",)
CORRECTION_OPENINGS = (
    r"popravek\s*:?",
    r"opomba uredništva\s*:",
    r"v (?:prejšnji|prvotni|prvi) različici (?:tega )?(?:članka|prispevka)",
)
SHARE_PROMPTS = (r"kopiraj povezavo", r"deli članek")
PAGE_BUTTONS = ("Pomoč", "Deli", "Natisni")
