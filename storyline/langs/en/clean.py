"""Cleaning patterns for English: cross-link labels, photo credits, boilerplate, date header labels.

Patterns are regular-expression sources matched case-insensitively at the start of a line (labels)
or against a whole short line (boilerplate); `storyline.clean` compiles them once.
"""

# No single zone for English-language news (London, New York, Sydney...): dates without a zone fall back
# to the `default_timezone` setting (UTC).
DEFAULT_TIMEZONE = None
# Order of all-numeric dates such as 03/04/2026 when neither number exceeds 12.
NUMERIC_DATE_ORDER = "DMY"

CROSS_LINK_LABELS = (
    r"read (?:also|more|next|this)",
    r"also read",
    r"see also",
    r"related(?: articles?| stories| coverage| content)?",
    r"more on this(?: story)?",
    r"recommended(?: reading)?",
    r"watch(?: now)?",
    r"listen(?: now)?",
    r"more from [\w .'-]{1,40}",
    r"you (?:may|might) also like",
)
PHOTO_CREDIT_LABELS = (r"photo(?:graph)?s?", r"image", r"picture", r"credit", r"photo credit", r"video", r"source")
PHOTO_CREDIT_PHRASES = (r"\(?photo by [^)]{1,80}\)?", r"\(?(?:photo|image): [^)]{1,80}\)?")
BOILERPLATE = (
    r"share (?:this|the) (?:article|story|page)(?: on [\w ]+)?",
    r"share on (?:facebook|twitter|x|whatsapp|linkedin|email)",
    r"(?:click|tap) (?:here|to) [\w ]{1,60}",
    r"sign up (?:for|to) (?:our|the) [\w ]{0,40}newsletters?[^.]{0,80}",
    r"subscribe(?: now| today)?(?: to [\w ]{1,60})?[.!]?",
    r"(?:our|this) (?:site|website) uses cookies.*",
    r"we use cookies.*",
    r"accept (?:all )?cookies",
    r"advertisement",
    r"sponsored(?: content)?",
    r"copyright ©?.{0,80}",
    r"© ?\d{4}.{0,80}",
    r"all rights reserved\.?",
    r"follow us on [\w, ]+",
    r"(?:comments?|print|email this)",
    r"(?:this )?discussion is (?:now )?closed\.?",
    r"comments are (?:closed|not pre-screened|moderated).*",
    r"views expressed in the comments.*",
    r"we welcome comments.*",
    r"(?:the [\w ]{1,20}|we) may edit your comments.*",
    r"your comments may be published.*",
    r"send us an e-?mail\.?",
    r"(?:get|receive) [\w ]{1,40} delivered to your inbox.*",
    r"(?:most read|most popular|trending now|more stories)",
)
# Plain lower-case phrases found anywhere in a short line: "© 2020 Some Outlet. All rights reserved. Privacy policy".
BOILERPLATE_PHRASES = ("all rights reserved",)
# Followed by social network names on one line: "Udostępnij: Facebook | X | E-mail".
SHARE_LABELS = (
    r"share(?: this(?: article| story)?)?",
    r"follow us",
)
PUBLISHED_LABELS = (r"published(?: on| at)?", r"posted(?: on| at)?", r"first published(?: on)?")
UPDATED_LABELS = (r"(?:last )?updated(?: on| at)?", r"last modified(?: on)?", r"modified(?: on)?")
# A bare "date" label some scrapers put in front of a date; used only when no other label gives the time.
DATE_LABELS = (r"date", r"dated")
DATE_CONNECTORS = (r"at", r"on")
DATE_SUFFIXES = ()

# A story's title (storyline/stories/catalog.py `_key_phrase`) starts where an untitled article's news starts. Read
# case-insensitively at a line's start: BYLINE_LABELS introduce its author ("By Richard Black", "by : Phil Keating");
# BYLINE_STAFF ends a byline that names a desk, not a person ("By the CNN Wire Staff"); CORRECTION_OPENINGS open a
# correction or editor's note ("This article misstated the first name of …"); SHARE_PROMPTS a share widget's line
# ("Copy the URL and paste into your emails …"). PAGE_BUTTONS: a button's label as written right after a page's time
# stamp ("6 January 2011 Last updated at 17:03 GMT Help A US report …").
BYLINE_LABELS = (r"by", r"written by", r"posted by")
# "By Tarek Osman , Special to CNN", "By Bryony Jones for CNN" end at the outlet's first word.
BYLINE_STAFF = (
    r"wire staff",
    r"staff(?: writers?| reporters?)?",
    r"news services?",
    r"special to (?:the )?(?-i:[A-Z])\S*",
    r"for (?-i:[A-Z])\S*",
)
CORRECTION_OPENINGS = (
    r"corrections?\s*:",
    r"clarifications?\s*:",
    r"editor'?s note\s*:",
    r"an? (?:earlier|previous) version of this",
    r"this (?:article|story|report|column|editorial|op-ed|post|item|transcript)\b[^.\n]{0,120}?\b(?:misstated|incorrectly|misidentified|misspelled|misquoted|mischaracterized|erroneously|omitted|should have|referred to|quoted|was reported jointly)",
)
SHARE_PROMPTS = (r"copy the (?:url|link)\b", r"share this (?:article|story) via")
PAGE_BUTTONS = ("Help", "Share", "Print")
