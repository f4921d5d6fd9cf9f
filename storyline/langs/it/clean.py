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
