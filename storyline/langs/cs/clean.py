"""Cleaning patterns for Czech: cross-link labels, photo credits, boilerplate, date header labels."""

DEFAULT_TIMEZONE = "Europe/Prague"
NUMERIC_DATE_ORDER = "DMY"

CROSS_LINK_LABELS = (r"čtěte také", r"přečtěte si (?:také|více)", r"související(?: články)?", r"podívejte se také")
PHOTO_CREDIT_LABELS = (r"foto", r"zdroj", r"video", r"ilustrační foto")
PHOTO_CREDIT_PHRASES = ()
BOILERPLATE = (
    r"sdílet(?: na [\w ]+)?",
    r"přihlaste se k odběru[^.]{0,80}",
    r"(?:tento )?web používá (?:soubory )?cookies.*",
    r"reklama",
)
# Followed by social network names on one line: "Udostępnij: Facebook | X | E-mail".
SHARE_LABELS = (
    r"sdílet",
    r"sledujte nás",
)
PUBLISHED_LABELS = (r"publikováno", r"zveřejněno")
UPDATED_LABELS = (r"aktualizováno", r"poslední aktualizace")
DATE_LABELS = (r"datum",)
DATE_CONNECTORS = (r"v",)
DATE_SUFFIXES = ()

# A story's title (storyline/stories/catalog.py `_key_phrase`) starts where an untitled article's news starts. Read
# case-insensitively at a line's start: BYLINE_LABELS introduce its author ("By Richard Black", "by : Phil Keating");
# BYLINE_STAFF ends a byline that names a desk, not a person ("By the CNN Wire Staff"); CORRECTION_OPENINGS open a
# correction or editor's note ("This article misstated the first name of …"); SHARE_PROMPTS a share widget's line
# ("Copy the URL and paste into your emails …"). PAGE_BUTTONS: a button's label as written right after a page's time
# stamp ("6 January 2011 Last updated at 17:03 GMT Help A US report …").
BYLINE_LABELS = (r"autor(?:ka)?\s*:", r"text\s*:")
BYLINE_STAFF = (r"redakce",)
CORRECTION_OPENINGS = (
    r"oprava\s*:",
    r"upřesnění\s*:",
    r"poznámka redakce\s*:",
    r"v (?:předchozí|původní|první) verzi (?:tohoto )?(?:článku|textu)",
)
SHARE_PROMPTS = (r"zkopírovat odkaz", r"sdílet článek")
PAGE_BUTTONS = ("Nápověda", "Sdílet", "Tisk")
