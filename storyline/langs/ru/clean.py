"""Cleaning patterns for Russian: cross-link labels, photo credits, boilerplate, date header labels."""

DEFAULT_TIMEZONE = "Europe/Moscow"
NUMERIC_DATE_ORDER = "DMY"

CROSS_LINK_LABELS = (
    r"читайте (?:также|тоже|еще|ещё)",
    r"смотрите (?:также|тоже)",
    r"по теме",
    r"подробнее",
    r"см\. также",
)
PHOTO_CREDIT_LABELS = (r"фото", r"фотография", r"источник(?: фото)?", r"видео", r"иллюстрация")
PHOTO_CREDIT_PHRASES = ()
BOILERPLATE = (
    r"поделиться(?: в [\w ]+)?",
    r"подписывайтесь на [^.]{1,80}",
    r"подпишитесь на [^.]{1,80}",
    r"(?:этот )?сайт использует (?:файлы )?cookies?.*",
    r"реклама",
    r"комментарии(?: \(\d+\))?",
    r"обсуждение закрыто.*",
    r"регистрация пройдена успешно.*",
    r"сначала новые.*",
)
# Plain lower-case phrases found anywhere in a short line: "© 2020 Some Outlet. Все права защищены. Privacy policy".
BOILERPLATE_PHRASES = ("все права защищены",)
# Followed by social network names on one line: "Udostępnij: Facebook | X | E-mail".
SHARE_LABELS = (
    r"поделиться",
    r"подписывайтесь",
)
PUBLISHED_LABELS = (r"опубликовано", r"дата публикации")
UPDATED_LABELS = (r"обновлено", r"дата обновления", r"изменено")
DATE_LABELS = (r"дата",)
DATE_CONNECTORS = (r"в",)
DATE_SUFFIXES = (r"г\.", r"года")
