"""Cleaning patterns for German: cross-link labels, photo credits, boilerplate, date header labels."""

DEFAULT_TIMEZONE = "Europe/Berlin"
NUMERIC_DATE_ORDER = "DMY"

CROSS_LINK_LABELS = (
    r"lesen sie (?:auch|mehr|hier)",
    r"mehr (?:zum thema|dazu)",
    r"auch interessant",
    r"siehe auch",
    r"weiterlesen",
    r"das könnte sie auch interessieren",
)
PHOTO_CREDIT_LABELS = (r"bild", r"foto", r"fotos", r"quelle", r"bildquelle", r"video")
PHOTO_CREDIT_PHRASES = ()
BOILERPLATE = (
    r"(?:artikel )?teilen(?: auf [\w ]+)?",
    r"newsletter (?:abonnieren|bestellen)[^.]{0,80}",
    r"jetzt (?:abonnieren|anmelden)[^.]{0,80}",
    r"(?:diese )?(?:website|seite) (?:verwendet|nutzt) cookies.*",
    r"anzeige",
    r"werbung",
    r"kommentare(?: \(\d+\))?",
    r"folgen sie uns(?: auf)? [\w, ]+",
    r"meistgelesen",
    r"kommentare sind geschlossen.*",
)
# Plain lower-case phrases found anywhere in a short line: "© 2020 Some Outlet. Alle rechte vorbehalten. Privacy policy".
BOILERPLATE_PHRASES = ("alle rechte vorbehalten",)
# Followed by social network names on one line: "Udostępnij: Facebook | X | E-mail".
SHARE_LABELS = (
    r"(?:artikel )?teilen",
    r"folgen sie uns",
)
PUBLISHED_LABELS = (r"veröffentlicht(?: am)?", r"erschienen(?: am)?", r"publiziert(?: am)?")
UPDATED_LABELS = (r"aktualisiert(?: am)?", r"zuletzt aktualisiert(?: am)?", r"stand")
DATE_LABELS = (r"datum",)
DATE_CONNECTORS = (r"um", r"am")
DATE_SUFFIXES = (r"uhr",)

# A story's title (storyline/stories/catalog.py `_key_phrase`) starts where an untitled article's news starts. Read
# case-insensitively at a line's start: BYLINE_LABELS introduce its author ("By Richard Black", "by : Phil Keating");
# BYLINE_STAFF ends a byline that names a desk, not a person ("By the CNN Wire Staff"); CORRECTION_OPENINGS open a
# correction or editor's note ("This article misstated the first name of …"); SHARE_PROMPTS a share widget's line
# ("Copy the URL and paste into your emails …"). PAGE_BUTTONS: a button's label as written right after a page's time
# stamp ("6 January 2011 Last updated at 17:03 GMT Help A US report …").
BYLINE_LABELS = (r"von", r"autor(?:in)?\s*:", r"text\s*:")
BYLINE_STAFF = (r"redaktion", r"nachrichtenagenturen")
CORRECTION_OPENINGS = (
    r"korrektur(?:hinweis)?\s*:?",
    r"richtigstellung\s*:?",
    r"anmerkung der redaktion\s*:",
    r"in einer (?:früheren|ersten|vorherigen) (?:version|fassung) dieses",
)
SHARE_PROMPTS = (r"link kopieren", r"artikel teilen")
PAGE_BUTTONS = ("Hilfe", "Teilen", "Drucken")
