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
