"""English cues for the briefing's positions grid and claim checks: parties, issues, stances, sourcing.

Parties are keyed by ISO 3166 code (or EU, NATO, UN); the briefing names them in the reader's language
from CLDR. Each pattern is matched case-sensitively where capitals matter (names) and otherwise folded.
"""

import re

_I = re.IGNORECASE

# Words that name a party: the country, its people or adjective, its capital and seats of power.
PARTIES = {
    "US": re.compile(
        r"\b(?:United States|U\.S\.|US|USA|America|Americans?|Washington|White House|Pentagon|State Department|Trump administration)\b"
    ),
    "RU": re.compile(r"\b(?:Russia|Russians?|Moscow|Kremlin)\b"),
    "UA": re.compile(r"\b(?:Ukraine|Ukrainians?|Kyiv|Kiev)\b"),
    "EU": re.compile(r"\b(?:European Union|EU|Europe|Europeans?|Brussels|coalition of the willing)\b"),
    "GB": re.compile(r"\b(?:Britain|British|UK|United Kingdom|London|Downing Street)\b"),
    "FR": re.compile(r"\b(?:France|French|Paris|Élysée|Elysee)\b"),
    "DE": re.compile(r"\b(?:Germany|Germans?|Berlin)\b"),
    "PL": re.compile(r"\b(?:Poland|Polish|Poles|Warsaw)\b"),
    "ES": re.compile(r"\b(?:Spain|Spanish|Madrid)\b"),
    "IT": re.compile(r"\b(?:Italy|Italian|Rome)\b"),
    "CN": re.compile(r"\b(?:China|Chinese|Beijing)\b"),
    "IL": re.compile(r"\b(?:Israel|Israelis?|Jerusalem)\b"),
    "IR": re.compile(r"\b(?:Iran|Iranians?|Tehran)\b"),
    "TR": re.compile(r"\b(?:Turkey|Türkiye|Turkish|Ankara)\b"),
    # Groups and institutions that take sides too (keys outside ISO 3166 are shown as they are).
    "Commission": re.compile(r"\b(?:European Commission|Commission|[Cc]ommissioner)\b"),
    "farmers": re.compile(r"\b(?i:farmers?|farm unions?|growers|agricultural organi[sz]ations?)\b"),
}

# A party's short name, the word that names it alone in a text about it: inside a longer name it is another body's
# ("Securities and Exchange Commission head"), and votes for no party in a title (brief/actors.py).
SHORT_NAMES = {"Commission": re.compile(r"Commission")}

# Contested points of negotiations and conflicts; the key names the issue, the pattern finds it.
ISSUES = {
    "territory": re.compile(
        r"\b(?:territor\w*|land|annex\w*|cede\w*|occupied|withdraw\w* (?:troops|forces) from)\b", _I
    ),
    "army size": re.compile(
        r"\b(?:smaller (?:military|army)|size of (?:the|its) (?:army|military)|disarm\w*|demilitari\w*|troop (?:cap|limit)s?)\b",
        _I,
    ),
    "NATO membership": re.compile(
        r"\b(?:NATO|North Atlantic Treaty|alliance membership|military allianc\w+|membership)\b", _I
    ),
    "security guarantees": re.compile(
        r"\b(?:security guarantees?|guarantees?|backstop|mutual defen[cs]e|Article 5)\b", _I
    ),
    "foreign troops": re.compile(
        r"\b(?:foreign troops|peacekeep\w*|troops from (?:\w+ )?NATO|NATO (?:troops|soldiers|presence)|fighter jets|multinational force|(?:European|Western) (?:troops|mission|jets))\b",
        _I,
    ),
    "sanctions": re.compile(r"\bsanction\w*\b", _I),
    "G8 return": re.compile(r"\b(?:G8|G-8|G7|global economy)\b", _I),
    "ceasefire": re.compile(r"\b(?:cease-?fire|truce|armistice)\b", _I),
    "demilitarised zone": re.compile(
        r"\b(?:buffer zone|demilitari[sz]ed zone|\d+[- ]?(?:km|kilomet(?:re|er)s?)(?:[- ]wide)? zone|zone \d+ ?(?:km|kilomet(?:re|er)s?) wide)\b",
        _I,
    ),
    "prisoner exchange": re.compile(r"\b(?:prisoners?(?: of war)?|prisoner exchange|POWs?)\b", _I),
    "trade agreement": re.compile(
        r"\b(?:trade (?:agreement|deal)|free trade|Mercosur|safeguard (?:clause|mechanism))\b", _I
    ),
}

# "We will not show flexibility on guarantees", "won't give ground on": a refusal to yield insists on the point.
_UNBENDING = r"(?:\s+(?:show|give|offer|make))?\s+(?:any\s+)?(?:flexibility|ground|concessions?)\s+on"

# Stance cues, strongest first; a cue ending in "from"/"by" names its party after it.
# Issues whose generic word ("membership", "guarantees") speaks to them only in an article that names their context
# too (NATO or an alliance; security, defence, troops, a ceasefire or war): an EU membership or a guarantee of
# citizens' rights is no NATO membership or security guarantee.
ISSUE_CONTEXT = {
    "NATO membership": re.compile(r"\b(?:NATO|North Atlantic|[Aa]lliance)\b"),
    "security guarantees": re.compile(
        r"\b(?:security|defen[cs]e|troops?|ceasefire|peacekeep\w*|military|war|Article 5)\b", _I
    ),
}

STANCES = [
    (
        "conditions",
        re.compile(
            r"\b(?:only if|provided that|on condition|as long as|in exchange for|conditional on|links? \w+ to|linked to|tied to|depends? on|depended on|would depend on|provided)\b",
            _I,
        ),
    ),
    (
        "opposes",
        re.compile(
            r"\b(?:reject\w*|oppos\w*|resistance from|resist\w*|refus\w*|against|denied|denies|rule[sd]? out|reluctan\w*"
            rf"|capitulation|will not(?!{_UNBENDING})|won't(?!{_UNBENDING})|would not|not accept|unacceptable|red line|not on the (?:agenda|table))\b",
            _I,
        ),
    ),
    (
        "demands",
        re.compile(
            r"\b(?:demand\w*|insist\w*|propos(?:es|ed)|offer(?:s|ed)|must|calls? for|wants?|wanted|would need to|need to|requires?|necessitate\w*"
            r"|non-negotiable|not negotiable|(?:will not|won't|no)" + _UNBENDING + r")\b",
            _I,
        ),
    ),
    (
        "supports",
        re.compile(
            r"\b(?:support(?:s|ed)?|backs|backed|(?:which|who) back|agreed|agrees|accept(?:s|ed)|welcome[sd]?|endorse[sd]?|ready to|prepared (?:for|to)|beneficial|committed to|pledge[sd]?|approve[sd]?|retain)\b",
            _I,
        ),
    ),
    (
        "undecided",
        re.compile(r"\b(?:consider\w*|review\w*|weigh\w*|undecided|not yet decided|studying|uncertain|unclear)\b", _I),
    ),
]

# A proposal's terms are the demands of its author ("the plan would involve ...").
PROPOSAL = re.compile(r"\b(?:plan|draft|proposal|framework)\b", _I)
PROPOSAL_TERMS = re.compile(
    r"\b(?:plan|draft|proposal|framework) (?:would (?:involve|require|see)|includes?|calls? for|envisages?|states?)\b",
    _I,
)

NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|denied|denies|n't)\b", _I)

# A denial of a report ("denied reports that ..."): matched with a sentence stating the fact, it is a
# contradiction even between loosely matching sentences (the briefing's claims check).
DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|refut\w*|dismiss(?:ed|es)? (?:the )?reports?|rejected (?:the )?reports?)\b", _I
)

# Who gives a figure ("according to police", "organisers said"), and words giving a second source's
# figure for the same count ("raised the figure to"): the briefing's disputed-figures check.
FIGURE_SOURCE = re.compile(
    r"\b(?:according to|said|says|say|counted|count|estimated|estimates?|claimed|put (?:the|their) (?:number|figure|toll|count) at|reported)\b",
    _I,
)
COUNTER_FIGURE = re.compile(
    r"\b(?:put (?:the|their) (?:number|figure|toll|count) at|raised (?:the|their) (?:number|figure|estimate)|spoke of|claimed)\b",
    _I,
)

# Words marking a figure as superseded ("dropped the demand for 30 km", "instead of"): it is no
# contradiction that another report gives the new figure.
SUPERSEDED = re.compile(
    r"\b(?:instead of|rather than|dropped|abandoned|withdrew|gave up|down from|up from|originally|previously)\b", _I
)

# Where a sentence's clauses part (each clause may give another party's stance), and the word joining
# two parties that take one stance together ("France and Poland asked ...").
CLAUSE_BREAK = re.compile(r";\s*|,\s+(?:while|whereas|but)\s+|\s+while\s+")
AND = re.compile(r"and|as well as|together with")
# After a stance word, the word that names its party next ("demanded by Kyiv").
BY = re.compile(r"\s+(?:by|from)\b")
# Opposing a halt is backing the thing ("rejected calls to suspend the agreement"): with these words in
# the clause an "opposes" reads as "supports".
HALT = re.compile(r"\b(?:suspend\w*|suspension|halt\w*|delay\w*|cancel\w*|postpone\w*|scrap\w*|freez\w*)\b", _I)

# Words that, a few words after an issue's name, say whom the measure hits
# ("sanctions against Russia", "sanctions on Russian banks"): the party they name takes no stance by it, and where they
# are also an "opposes" cue, they are none there.
TARGET = re.compile(r"(?<!\w)(?:against|on)(?!\w)", _I)

# How a claim is sourced, when the words say so.
SOURCING = {
    "anonymous official": re.compile(
        r"\b(?:a|an|two|three|several) (?:senior |unnamed |anonymous )?(?:\w+ )?(?:officials?|sources?|diplomats?)\b|\bofficials? (?:said|told)|sources (?:say|said|indicate)",
        _I,
    ),
    "leaked document": re.compile(
        r"\b(?:leaked|draft (?:seen|published|obtained)|according to the (?:draft|document)|document (?:seen|obtained))\b",
        _I,
    ),
    "another outlet": re.compile(
        r"\b(?:according to|told|reported by|published by) (?:the )?(?:[A-Z][\w.]+ ?){1,4}\b|\b(?:CBS|CNN|BBC|Reuters|AP|AFP|Axios|Financial Times|Bloomberg|Politico) (?:News )?(?:reported|said|says)"
    ),
    "official statement": re.compile(
        r"\b(?:said in a statement|press secretary|spokes(?:man|woman|person)|ministry said|office (?:said|noted|issued))\b",
        _I,
    ),
}

# Words that make up a role or title before a name ("Kremlin spokesperson", "US special envoy").
ROLE_WORDS = re.compile(
    r"^(?:president|vice|prime|minister|secretary|spokes(?:man|woman|person)|envoy|special|chief|head|foreign|"
    r"defen[cs]e|policy|press|state|senior|official|ambassador|general|commander|chancellor|leader|army|"
    r"deputy|adviser|advisor|negotiator|director|ministry|government|of|for|the|affairs)$",
    _I,
)


# Words before an issue that make it a time ("during the ceasefire"), not the point a sentence is about.
TIME_BEFORE = re.compile(
    r"\b(?:during|after|before|until|since|throughout|in the event of|once) (?:the |a |any )?$", _I
)

# "Ukraine's allies", "allies of Ukraine": others named by their tie to a party speak for themselves.
THIRD_PARTY_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:allies|partners|backers|supporters|critics|opponents|enemies|neighbou?rs|friends)\b",
    _I,
)
THIRD_PARTY_BEFORE = re.compile(
    r"\b(?:allies|partners|backers|supporters|critics|opponents|enemies|neighbou?rs|friends)\s+of\s+(?:the\s+)?$", _I
)


# Whose stance a party word can be (`brief.positions._tiers`): one a preposition governs ("pressure on Kyiv",
# "sanctions against Russia", "talks with Moscow") is an object or target, never the subject of the clause ('to' and
# 'for' are left out: "unacceptable to Moscow" is Moscow's view); one after 'of' or 'in' ("the foreign minister of
# Russia", "officials in Kyiv") is at best the subject's possessor or place.
PARTY_PREPOSITION = re.compile(
    r"(?<!\w)(?:against|on|onto|upon|towards?|into|(?<!together )with|between|among|over|about)\s+(?:the\s+)?$",
    _I,
)
PARTY_OBLIQUE = re.compile(r"(?<!\w)(?:of|in)\s+(?:the\s+)?$", _I)
# Words opening a subordinate clause: "Russia says that Ukraine must …" is Ukraine's demand.
SUBORDINATE = re.compile(r"(?<!\w)(?:that|whether)(?!\w)", _I)
