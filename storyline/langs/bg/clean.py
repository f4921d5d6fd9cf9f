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

# A story's title (storyline/stories/catalog.py `_key_phrase`) starts where an untitled article's news starts. Read
# case-insensitively at a line's start: BYLINE_LABELS introduce its author ("By Richard Black", "by : Phil Keating");
# BYLINE_STAFF ends a byline that names a desk, not a person ("By the CNN Wire Staff"); CORRECTION_OPENINGS open a
# correction or editor's note ("This article misstated the first name of …"); SHARE_PROMPTS a share widget's line
# ("Copy the URL and paste into your emails …"). PAGE_BUTTONS: a button's label as written right after a page's time
# stamp ("6 January 2011 Last updated at 17:03 GMT Help A US report …").
BYLINE_LABELS = (r"автор\s*:", r"текст\s*:", r"от\s*:")  # "От: Агенция Монитор"
BYLINE_STAFF = (r"редакцията", r"редакция")
CORRECTION_OPENINGS = (
    r"корекция\s*:",
    r"поправка\s*:",
    r"от редакцията\s*:",
    r"в (?:предишната|първоначалната|първата) версия на (?:тази )?(?:статия|материала)",
)
SHARE_PROMPTS = (r"копирай (?:линка|връзката)", r"сподели (?:статията|новината)")
PAGE_BUTTONS = ("Помощ", "Сподели", "Печат")
