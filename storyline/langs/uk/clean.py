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
