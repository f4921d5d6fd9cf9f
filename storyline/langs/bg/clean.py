"""Cleaning patterns for Bulgarian: cross-link labels, photo credits, boilerplate, date header labels."""

DEFAULT_TIMEZONE = "Europe/Sofia"
NUMERIC_DATE_ORDER = "DMY"

CROSS_LINK_LABELS = (r"прочетете (?:още|също)", r"вижте (?:още|също)", r"още по темата", r"свързани новини")
PHOTO_CREDIT_LABELS = (r"снимка", r"снимки", r"източник", r"видео")
PHOTO_CREDIT_PHRASES = ()
BOILERPLATE = (
    r"сподели(?: в [\w ]+)?",
    r"абонирайте се[^.]{0,80}",
    r"(?:този )?сайт(?:ът)? използва бисквитки.*",
    r"реклама",
)
# Followed by social network names on one line: "Udostępnij: Facebook | X | E-mail".
SHARE_LABELS = (
    r"сподели",
    r"последвайте ни",
)
PUBLISHED_LABELS = (r"публикувано",)
UPDATED_LABELS = (r"обновено", r"актуализирано", r"последна промяна")
DATE_LABELS = (r"дата",)
DATE_CONNECTORS = (r"в",)
DATE_SUFFIXES = (r"г\.", r"година")
