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

# A story's title (storyline/stories/catalog.py `_key_phrase`) starts where an untitled article's news starts. Read
# case-insensitively at a line's start: BYLINE_LABELS introduce its author ("By Richard Black", "by : Phil Keating");
# BYLINE_STAFF ends a byline that names a desk, not a person ("By the CNN Wire Staff"); CORRECTION_OPENINGS open a
# correction or editor's note ("This article misstated the first name of …"); SHARE_PROMPTS a share widget's line
# ("Copy the URL and paste into your emails …"). PAGE_BUTTONS: a button's label as written right after a page's time
# stamp ("6 January 2011 Last updated at 17:03 GMT Help A US report …").
BYLINE_LABELS = (r"автор\s*:", r"текст\s*:")
BYLINE_STAFF = (r"редакция",)
CORRECTION_OPENINGS = (
    r"исправление\s*:?",
    r"поправка\s*:",
    r"от редакции\s*:",
    r"в (?:предыдущей|первоначальной|первой) версии (?:этой )?(?:статьи|материала|заметки)",
)
SHARE_PROMPTS = (r"скопировать ссылку", r"поделиться (?:статьей|новостью)")
PAGE_BUTTONS = ("Помощь", "Поделиться", "Печать")
