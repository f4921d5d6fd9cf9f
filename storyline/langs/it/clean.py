"""Cleaning patterns for Italian: cross-link labels, photo credits, boilerplate, date header labels."""

DEFAULT_TIMEZONE = "Europe/Rome"
NUMERIC_DATE_ORDER = "DMY"

CROSS_LINK_LABELS = (
    r"leggi anche",
    r"leggi (?:di più|tutto)",
    r"potrebbe interessarti",
    r"vedi anche",
    r"approfondisci",
)
PHOTO_CREDIT_LABELS = (r"foto", r"immagine", r"fonte", r"video")
PHOTO_CREDIT_PHRASES = ()
BOILERPLATE = (
    r"condividi(?: su [\w ]+)?",
    r"iscriviti (?:alla|alla nostra) newsletter[^.]{0,80}",
    r"abbonati[^.]{0,80}",
    r"questo sito (?:usa|utilizza) (?:i )?cookie.*",
    r"pubblicità",
    r"seguici su [\w, ]+",
    r"questo articolo non è più commentabile.*",
    r"(?:i )?più letti(?: di oggi)?",
)
# Plain lower-case phrases found anywhere in a short line: "© 2020 Some Outlet. Tutti i diritti riservati. Privacy policy".
BOILERPLATE_PHRASES = ("tutti i diritti riservati",)
# Followed by social network names on one line: "Udostępnij: Facebook | X | E-mail".
SHARE_LABELS = (
    r"condividi",
    r"seguici",
)
PUBLISHED_LABELS = (r"pubblicato(?: il)?",)
UPDATED_LABELS = (r"aggiornato(?: il| alle)?", r"ultimo aggiornamento")
DATE_LABELS = ()
DATE_CONNECTORS = (r"alle(?: ore)?", r"ore", r"il", r"-")
DATE_SUFFIXES = ()

# A story's title (storyline/stories/catalog.py `_key_phrase`) starts where an untitled article's news starts. Read
# case-insensitively at a line's start: BYLINE_LABELS introduce its author ("By Richard Black", "by : Phil Keating");
# BYLINE_STAFF ends a byline that names a desk, not a person ("By the CNN Wire Staff"); CORRECTION_OPENINGS open a
# correction or editor's note ("This article misstated the first name of …"); SHARE_PROMPTS a share widget's line
# ("Copy the URL and paste into your emails …"). PAGE_BUTTONS: a button's label as written right after a page's time
# stamp ("6 January 2011 Last updated at 17:03 GMT Help A US report …").
BYLINE_LABELS = (r"a cura di", r"autore\s*:", r"di(?=\s*:)")
BYLINE_STAFF = (r"redazione",)
CORRECTION_OPENINGS = (
    r"errata corrige\s*:?",
    r"rettifica\s*:",
    r"correzione\s*:",
    r"nota della redazione\s*:",
    r"una (?:precedente|prima) versione di quest[oa]",
)
SHARE_PROMPTS = (r"copia (?:il )?link", r"condividi (?:questo articolo|la notizia)")
PAGE_BUTTONS = ("Aiuto", "Condividi", "Stampa")
