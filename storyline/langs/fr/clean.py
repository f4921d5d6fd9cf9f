"""Cleaning patterns for French: cross-link labels, photo credits, boilerplate, date header labels."""

DEFAULT_TIMEZONE = "Europe/Paris"
NUMERIC_DATE_ORDER = "DMY"

CROSS_LINK_LABELS = (
    r"lire aussi",
    r"à lire aussi",
    r"lire (?:la suite|plus)",
    r"voir aussi",
    r"à voir aussi",
    r"sur le même sujet",
    r"en savoir plus",
)
PHOTO_CREDIT_LABELS = (r"photo", r"crédit(?: photo)?", r"illustration", r"vidéo", r"source")
PHOTO_CREDIT_PHRASES = ()
BOILERPLATE = (
    r"partager(?: (?:l'article|sur [\w ]+))?",
    r"abonnez-vous[^.]{0,80}",
    r"inscrivez-vous (?:à|a) (?:la|notre) newsletter[^.]{0,80}",
    r"(?:ce site|nous) utilis(?:e|ons) (?:des )?cookies.*",
    r"publicité",
    r"réservé aux abonnés",
    r"suivez-nous sur [\w, ]+",
    r"charte de modération",
    r"les plus lus",
    r"réagissez à cet article.*",
)
# Plain lower-case phrases found anywhere in a short line: "© 2020 Some Outlet. Tous droits réservés. Privacy policy".
BOILERPLATE_PHRASES = ("tous droits réservés",)
# Followed by social network names on one line: "Udostępnij: Facebook | X | E-mail".
SHARE_LABELS = (
    r"partager(?: l'article)?",
    r"suivez-nous",
)
PUBLISHED_LABELS = (r"publié(?: le)?", r"mis en ligne(?: le)?")
UPDATED_LABELS = (r"mis à jour(?: le)?", r"modifié(?: le)?", r"actualisé(?: le)?")
DATE_LABELS = ()
DATE_CONNECTORS = (r"à", r"le")
DATE_SUFFIXES = ()

# A story's title (storyline/stories/catalog.py `_key_phrase`) starts where an untitled article's news starts. Read
# case-insensitively at a line's start: BYLINE_LABELS introduce its author ("By Richard Black", "by : Phil Keating");
# BYLINE_STAFF ends a byline that names a desk, not a person ("By the CNN Wire Staff"); CORRECTION_OPENINGS open a
# correction or editor's note ("This article misstated the first name of …"); SHARE_PROMPTS a share widget's line
# ("Copy the URL and paste into your emails …"). PAGE_BUTTONS: a button's label as written right after a page's time
# stamp ("6 January 2011 Last updated at 17:03 GMT Help A US report …").
BYLINE_LABELS = (r"par", r"auteur\s*:")
BYLINE_STAFF = (r"la rédaction", r"rédaction")
CORRECTION_OPENINGS = (
    r"rectificatif\s*:?",
    r"erratum\s*:?",
    r"correction\s*:",
    r"note de la rédaction\s*:",
    r"une (?:précédente|première) version de cet",
)
SHARE_PROMPTS = (r"copier le lien", r"partager cet article")
PAGE_BUTTONS = ("Aide", "Partager", "Imprimer")
