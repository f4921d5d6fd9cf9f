"""Slovenian quotation data: quote marks, reporting cues, speaker-phrase words (stage "quotes").

Cue patterns are regular-expression fragments matched case-insensitively on whole words. Slovenian reports
in the perfect: the l-participle carries gender and number (dejal/dejala/dejali/dejalo/dejale) and the clitic
auxiliary "je"/"so"/"sta" stands apart from it ("DeJoy je dejal, da …", "»…,« je dejal Trump", "Dejal je,
da …"), so the participle is the cue and the auxiliaries are skipped like adverbs. Forms come from the 377
Slovenian articles of SlavicNER (dev): the verbs before ", da" and after a closing quotation mark.
"""

# »…« is the papers' own pair (549 in SlavicNER sl), then "…" (362) and “…” (197); „…“ is rare.
QUOTE_PAIRS = [("»", "«"), ('"', '"'), ("“", "”"), ("„", "“"), ("«", "»")]

# Dialogue: a paragraph opening with a dash ("– Ne vem, – je dejal."); a plain hyphen opens list items.
DIALOGUE_DASHES = "–—"

# l-participle endings: masculine, feminine (and dual), neuter, plural masculine, plural feminine.
_PARTICIPLES = [
    r"dejal(?:|a|o|i|e)",
    r"povedal(?:|a|o|i|e)",
    r"rekel|rekl(?:a|o|i|e)",
    r"poudaril(?:|a|o|i|e)",
    r"poudarjal(?:|a|i)",
    r"podčrtal(?:|a|o|i|e)",
    r"dodal(?:|a|o|i|e)",
    r"zapisal(?:|a|o|i|e)",
    r"pisal(?:|a|o|i|e)",
    r"napisal(?:|a|o|i|e)",
    r"sporočil(?:|a|o|i|e)",
    r"pojasnil(?:|a|o|i|e)",
    r"pojasnjeval(?:|a|i)",
    r"izjavil(?:|a|o|i|e)",
    r"opozoril(?:|a|o|i|e)",
    r"opozarjal(?:|a|i)",
    r"izpostavil(?:|a|o|i|e)",
    r"trdil(?:|a|o|i|e)",
    r"zatrdil(?:|a|o|i|e)",
    r"menil(?:|a|o|i|e)",
    r"odgovoril(?:|a|o|i|e)",
    r"zagotovil(?:|a|o|i|e)",
    r"zagotavljal(?:|a|i)",
    r"napovedal(?:|a|o|i|e)",
    r"priznal(?:|a|o|i|e)",
    r"potrdil(?:|a|o|i|e)",
    r"ocenil(?:|a|o|i|e)",
    r"ocenjeval(?:|a|i)",
    r"vztrajal(?:|a|i)",
    r"tvitnil(?:|a)",
    r"poročal(?:|a|o|i|e)",
    r"navedel|navedl(?:a|o|i|e)",
    r"obljubil(?:|a|o|i|e)",
    r"pozval(?:|a|o|i|e)",
    r"spomnil(?:|a|i)",
    r"nakazal(?:|a|o|i)",
    r"obtožil(?:|a|o|i)",
    r"vprašal(?:|a|i)",
    r"prepričan(?:|a|i)",
    # "»…,« je nadaljeval": goes on with the quotation
    r"nadaljeval(?:|a|i)",
    # "Vodstvo pošte je obvestilo večino držav, da …"
    r"obvestil(?:|a|o|i|e)",
    # "Ankete so pokazale, da …" (clause only)
    r"pokazal(?:|a|o|i|e)",
    r"odvrnil(?:|a|i)",
    r"razložil(?:|a|i)",
    r"ugotovil(?:|a|o|i|e)",
    r"objavil(?:|a|o|i|e)",
    r"posvaril(?:|a|i)",
    r"zanikal(?:|a|o|i)",
    r"zavrnil(?:|a|o|i)",
]

# The present tense (historic present is common: "pravi", "pojasnjuje", "dodaja").
_PRESENT = [
    r"pove|povejo",
    r"reče|rečejo",
    r"poudarja|poudarjajo",
    r"doda|dodaja|dodajajo",
    r"zapiše|zapišejo",
    r"piše|pišejo",
    r"sporoča|sporočajo",
    r"pojasni|pojasnjuje|pojasnjujejo",
    r"pravi|pravijo",
    r"izjavlja|izjavljajo",
    r"opozori|opozarja|opozarjajo",
    r"izpostavlja|izpostavljajo",
    r"trdi|trdijo",
    r"meni|menijo",
    r"odgovarja|odgovarjajo",
    r"zagotavlja|zagotavljajo",
    r"napoveduje|napovedujejo",
    r"priznava|priznavajo",
    r"potrjuje|potrjujejo",
    r"ocenjuje|ocenjujejo",
    r"verjame|verjamejo",
    r"vztraja|vztrajajo",
    r"poroča|poročajo",
    r"navaja|navajajo",
    r"obljublja|obljubljajo",
    r"poziva|pozivajo",
    r"sprašuje|sprašujejo",
    r"ugotavlja|ugotavljajo",
    r"pričakuje|pričakujejo",
    r"upa|upajo",
    r"svari",
    # "Trump odvrne, da nikoli" (replies; the participle "odvrnil" is listed)
    r"odvrne|odvrnejo",
    r"prepričan(?:|a|i)",
    r"kažejo",
    # "…, se sprašuje komentator Ali Žerdin": the reflexive opens the postposed attribution
    r"se sprašuje|se sprašujejo|se je spraševal(?:|a|i)",
]

# The auxiliary before its participle, with the lower-case words between them ("je dejal", "so v petek
# sporočili", "je v sporočilu za javnost zapisal") or a medium told ("je za STA povedal"), as one cue: "…, je
# za STA povedal minister" then closes its claim at the comma, and "Na ministrstvu so sporočili" names the
# ministry, not "ministrstvu so". Not right after a closing mark: there "je" is skipped like an adverb, so the
# participle gives the unnamed subject's gender ("»…,« je dejala.") and a short quotation before "je dejal"
# is no medium's name in marks.
# A conjunction or complementizer ends the stretch ("je dejala in pozvala ljudi": the second verb is no aside).
# A medium after "prek" is an aside too ("Fontana je prek Twitterja zapisal": the speaker is Fontana, not "Fontana
# je prek Twitterja").
_ASIDE_WORD = r" (?:(?-i:(?!(?:in|ter|pa|a|da|ki|ko|ker|kot)\b)[a-zčšžćđ]\w*)|(?:za|na|v|po|pri|ob|z|s|prek|preko) [A-ZČŠŽ][\w-]*)"
_ASIDE = rf"(?:{_ASIDE_WORD}){{0,4}} "
# Five to eight words ("je v sredo na novinarski konferenci dejal", "je na današnji redni novinarski konferenci glede
# aktualnega dogajanja povedal"), only where the cue is plainly one: right after the claim's comma, or with a "da"
# or "naj" clause after the verb and at most two words of its object ("je … pozvala London, naj …"). A long stretch
# before a verb with no clause is a deed: "so senatorji za novo vrhovno sodnico potrdili Amy Coney Barett", "je iz
# sredstev splošne proračunske rezerve zagotovila nekaj več kot 2,5 milijona evrov". Sweep of the 368 Slovenian
# texts (session 28, with "prek"): 17 attributions found or given their speaker, 2 wrong, 2 lost (a claim holding
# another's claim, "so … poročali, da X pričakuje, da …", as with a short aside).
_LONG_ASIDE = rf"(?:{_ASIDE_WORD}){{5,8}} "
_CLAUSE_AFTER = r"(?=(?: [\w-]+){0,2},? (?:da|naj)\b)"


def _with_auxiliary(participles: list[str]) -> str:
    verbs = "(?:" + "|".join(participles) + ")"
    return (
        rf"(?<![«»\"“”] )(?:je|so|sta){_ASIDE}{verbs}"
        rf"|(?<=, )(?:je|so|sta){_LONG_ASIDE}{verbs}"
        rf"|(?<![«»\"“”] )(?:je|so|sta){_LONG_ASIDE}{verbs}{_CLAUSE_AFTER}"
    )


CUES = [_with_auxiliary(_PARTICIPLES), *_PARTICIPLES, *_PRESENT]

# Verbal nouns on a cue's stem ("po poročanju", "sporočanje"); the writer's own "let us recall" (Spomnimo, …).
NOT_CUES = [r"\w+(?:anje|anja|anju|anjem|enje|enja|enju|enjem)", r"spomnimo", r"dodajmo", r"poudarimo"]

# "je povedal novinarjem, da …": an addressee between the cue and its clause.
ADDRESSEE_CUES = [
    r"povedal\w*",
    r"dejal\w*",
    r"sporočil\w*",
    r"zagotovil\w*",
    r"odgovoril\w*",
    r"pojasnil\w*",
    r"obvestil\w*",
]

# Verbs of belief and expectation, "meni" (also the dative "to me"), "pravi"-less stances: speech only with "da".
# Beliefs, expectations, calls, promises and "meni" (also the dative "to me"): speech only with "da" or "naj".
_STANCES = [
    r"verjame|verjamejo",
    r"prepričan(?:|a|i)",
    r"pričakuje|pričakujejo",
    r"upa|upajo",
    r"ugotovil(?:|a|o|i|e)",
    r"ugotavlja|ugotavljajo",
    r"objavil(?:|a|o|i|e)",
    r"pozval(?:|a|o|i|e)",
    r"poziva|pozivajo",
    r"spomnil(?:|a|i)",
    r"obtožil(?:|a|o|i)",
    r"zavrnil(?:|a|o|i)",
    r"zanikal(?:|a|o|i)",
    r"obljubil(?:|a|o|i|e)",
    r"obljublja|obljubljajo",
    r"vztraja|vztrajajo|vztrajal(?:|a|i)",
]
NEEDS_COMPLEMENTIZER = [_with_auxiliary(_STANCES), *_STANCES]

# "je zavrnil obtožbe", "spomnil na volitve", "objavil posnetek": no speech without a clause after the verb.
_CLAUSE_ONLY = [
    r"zavrnil(?:|a|o|i)",
    r"spomnil(?:|a|i)",
    r"objavil(?:|a|o|i|e)",
    r"obtožil(?:|a|o|i)",
    # "je napovedal kandidaturo" (announced), "pozivajo občane k spoštovanju ukrepov" (call for)
    r"napovedal(?:|a|o|i|e)",
    r"napoveduje|napovedujejo",
    r"pozval(?:|a|o|i|e)",
    r"poziva|pozivajo",
    # "so potrdili tri nove okužbe" (confirmed cases), "je priznal poraz" (conceded): a deed without a clause
    r"potrdil(?:|a|o|i|e)",
    r"potrjuje|potrjujejo",
    r"priznal(?:|a|o|i|e)",
    r"priznava|priznavajo",
    r"nadaljeval(?:|a|i)",
    # "Ankete kažejo, da …" (show); the singular is mostly impersonal ("Zaenkrat kaže, da …": so far it seems)
    r"kažejo",
    r"pokazal(?:|a|o|i|e)",
]
CLAUSE_ONLY_CUES = [_with_auxiliary(_CLAUSE_ONLY), *_CLAUSE_ONLY]

SOURCE_FIRST = [
    r"po (?:njegovih|njenih|njihovih) besedah",
    r"po (?:njegovem|njenem|njihovem) (?:mnenju|prepričanju)",
    r"po besedah",
    r"po mnenju",
    r"po navedbah",
    r"po podatkih",
    r"po poročanju",
    r"po pisanju",
    r"po ocenah?",
    r"po informacijah",
    r"po opozorilih",
    r"po trditvah",
    r"po izračunih",
    # one word between the auxiliary and the participle, or a phrase a preposition opens ("Kot je pred dnevi pojasnil
    # direktor …", "Kot je za Fox News pojasnila …"; not "Kot je Mayeva še zapisala v …", whose name speaks)
    r"kot (?:je |so |sta )?(?:\w+ |(?:na|za|v|ob|pred|po|prek|preko|med) (?:\w+ ){1,2})?(?:dejal\w*|povedal\w*|"
    r"poudaril\w*|zapisal\w*|sporočil\w*|pojasnil\w*|izjavil\w*|opozoril\w*|oznanil\w*|napovedal\w*|poročal\w*|"
    r"navedl\w*|navedel|zatrdil\w*|dodal\w*|ocenil\w*|potrdil\w*)",
    r"kot (?:\w+ )?(?:pravi|pravijo|piše|pišejo|poroča|poročajo|navaja|navajajo|poudarja|pojasnjuje|meni|menijo|trdi)",
    # more present forms where "Kot" opens the sentence ("Kot še sporočajo iz UKC Maribor, …", "Kot opozarjajo
    # avtorji, …"); at a clause's end ("…, kot trdijo demokrati.") the claim is not the whole sentence before
    r"(?-i:K)ot (?:\w+ )?(?:poudarjajo|pojasnjujejo|trdijo|sporoča|sporočajo|opozarja|opozarjajo|dodaja|dodajajo)",
    r"sklicujoč se na",
]

# "Z ministrstva so sporočili": the plural speaks for an institution named before it (LOCATIVE_SOURCES);
# a participle with "je bilo" is said by no one named.
IMPERSONAL = [
    r"je bilo (?:sporočeno|rečeno|objavljeno|zapisano|navedeno|poudarjeno|napovedano)",
    r"je (?:zapisano|navedeno)",
    r"piše v",
    r"poročajo",
]

# "…," piše v sporočilu ministrstva: the document or body after an impersonal cue is the source.
SOURCE_PREPOSITIONS = ["v", "na", "iz"]

COMPLEMENTIZERS = ["da", "naj", "ali", "če"]
CONJUNCTIONS = ["in", "ter", "a", "ampak", "vendar", "toda", "pa"]
# Words joining two speakers who both speak ("X and Y said"; phrases.py `_conjoined_left`, `right_np`).
COORDINATORS = ["in", "ter"]
# Dual auxiliaries: two joined speakers ("Pfizer in BioNTech sta sporočila"), though the participle reads singular.
DUAL_WORDS = ["sta", "bosta"]
RELATIVES = ["ki", "kateri", "katera", "katere", "kateri"]
PREPOSITIONS = [
    "v",
    "na",
    "z",
    "s",
    "za",
    "o",
    "od",
    "do",
    "iz",
    "pri",
    "po",
    "k",
    "h",
    "med",
    "pred",
    "pod",
    "nad",
    "ob",
    "brez",
    "glede",
    "kljub",
    "zaradi",
    # "je prek Facebooka sporočil predsednik …": the medium is no speaker
    "prek",
    "preko",
]

# A word pointing back to the sentence before, with a cue and its speaker, attributes that sentence
# ("O tem je poročal Reuters."): the sentence before is the claim.
ANAPHORIC_SOURCES = ["o tem", "to"]

# A topic right after a cue is what was spoken about, no claim ("Premier je govoril o reformi zdravstvenega sistema"):
# session-28 sweep of the Slovenian texts.
TOPIC_OPENERS = ["o"]

SKIP = [
    # the auxiliary after a quotation and before its participle ("»…,« je dejala.", "»…,« so sporočili."), or
    # after it ("Dejal je")
    "je",
    "so",
    "sta",
    # the addressee between a cue and its inverted speaker ("je novinarjem povedal Trump")
    "novinarjem",
    # time adverbials between a speaker and the verb
    "včeraj",
    "danes",
    "zjutraj",
    "zvečer",
    "sinoči",
    "v",
    "ob",
    "ponedeljek",
    "torek",
    "sredo",
    "četrtek",
    "petek",
    "soboto",
    "nedeljo",
    "tudi",
    "še",
    "vedno",
    "že",
    "pozneje",
    "kasneje",
    "prej",
    "ne",
    "znova",
    "ponovno",
    "vendar",
    "pa",
    "sicer",
    "namreč",
    "medtem",
    "obenem",
    "hkrati",
    "nato",
    "nedavno",
    "javno",
    "uradno",
    "zdaj",
    "takrat",
    "večkrat",
    "takoj",
    "redno",
]

# Words opening a phrase between an inverted cue and its speaker ("je za STA povedal minister …",
# "je v sporočilu za javnost zapisal direktor …").
ASIDE_PREPOSITIONS = ["za", "v", "na", "ob", "po", "med", "pred", "z", "s"]

# Abbreviations written with a dot ("dr. Adolfa Drolca"): one token, and no sentence ends there.
ABBREVIATIONS = ["dr", "prof", "mag", "gen", "g", "ga", "gdč", "npr", "oz", "itd", "t", "i", "mio", "mrd", "sv"]

# A first name's initial with its dot before a capitalised word: one token with the name ("T. May", "Jože P. Damijan"), not a
# speaker cut at the initial (NAME_INITIALS in langs/en). Before a word in capitals the dot stays a stop.
NAME_INITIALS = [r"[A-ZČŠŽĆĐ]"]

DETERMINERS = ["ta", "to", "te", "ti", "tisti", "tista", "njegov", "njegova", "njen", "njena", "njihov", "eden", "ena"]

MODIFIERS = [
    "visoki",
    "visok",
    "anonimni",
    "anonimen",
    "nekdanji",
    "nekdanja",
    "bivši",
    "bivša",
    "ameriški",
    "ameriška",
    "ruski",
    "ruska",
    "britanski",
    "britanska",
    "evropski",
    "evropska",
    "slovenski",
    "slovenska",
    "posebni",
    "dobro",
    "obveščeni",
    "zunanji",
    "notranji",
]

# adjective endings: "britanska centralna banka", "ameriški predsednik", genitive "ameriškega predsednika"
MODIFIER_SUFFIXES = (
    *("ski", "ska", "sko", "ške", "ških", "škega", "ški"),
    *("ški", "čki", "čka", "čko"),
    *("ni", "na", "no", "nega", "nih", "ne"),
    *("ji", "ja", "jega"),
)

TITLES = [
    "predsednik",
    "predsednica",
    "podpredsednik",
    "podpredsednica",
    "premier",
    "premierka",
    "minister",
    "ministrica",
    "tiskovni",
    "tiskovna",
    "predstavnik",
    "predstavnica",
    "govorec",
    "govorka",
    "vodja",
    "šef",
    "šefica",
    "sekretar",
    "sekretarka",
    "veleposlanik",
    "veleposlanica",
    "general",
    "direktor",
    "direktorica",
    "guverner",
    "guvernerka",
    "senator",
    "senatorka",
    "poslanec",
    "poslanka",
    "kongresnik",
    "kongresnica",
    "župan",
    "županja",
    "kancler",
    "kanclerka",
    "svetovalec",
    "svetovalka",
    "strokovnjak",
    "strokovnjakinja",
    "analitik",
    "analitičarka",
    "diplomat",
    "pogajalec",
    "epidemiolog",
    "epidemiologinja",
    "infektolog",
    "infektologinja",
    "zdravnik",
    "zdravnica",
    "strokovnjakinja",
    "virolog",
    "virologinja",
    "imunolog",
    "imunologinja",
    "komentator",
    "komentatorka",
    "kandidat",
    "kandidatka",
    "komisar",
    "komisarka",
    "gospod",
    "gospa",
    "dr",
    "prof",
]

# Titles of people who speak for another (TITLES in their base forms; a case form matches): a bare one names
# no person named just before it (speakers.py `_holder_of_body`: a spokesman speaks for the person named, a
# lawyer for the client).
SPEAKS_FOR_TITLES = ["tiskovni", "tiskovna", "predstavnik", "predstavnica", "govorec", "govorka"]

# Plural forms of TITLES (nominative and genitive): a plural title names a group, never one holder of the title
# ("večina analitikov meni", "poslanci so opozorili"). Forms that are singular too are left out ("vodje", the dual
# "ministra").
PLURAL_TITLES = [
    *("predsedniki", "predsednikov", "podpredsedniki", "premierji", "premierjev", "ministri", "ministrov", "govorci"),
    *("govorcev", "govorniki", "predstavniki", "predstavnikov", "vodij", "šefi", "šefov", "sekretarji", "sekretarjev"),
    *("veleposlaniki", "veleposlanikov", "generali", "generalov", "direktorji", "direktorjev", "guvernerji"),
    *("senatorji", "senatorjev", "poslanci", "poslancev", "kongresniki", "kongresnikov", "župani", "županov"),
    *("kanclerji", "svetovalci", "svetovalcev", "strokovnjaki", "strokovnjakov", "analitiki", "analitikov"),
    *("diplomati", "diplomatov", "pogajalci", "pogajalcev", "epidemiologi", "epidemiologov", "infektologi"),
    *("zdravniki", "zdravnikov", "virologi", "imunologi", "komentatorji", "kandidati", "kandidatov", "komisarji"),
]

# Endings of a title's case and feminine forms: a word is a form of a title when it is the title and one of these
# ("predsednika", "ministru"; feminine "kanclerke", "strokovnjakinje"), or when the analyser reads it as a common noun
# whose base form is a title (speakers.py `title_form`); a word only sharing a title's first letters is none.
TITLE_FORM_ENDINGS = ("a", "u", "om", "e", "i", "ov", "ih", "em", "ka", "ke", "ki", "ko", "inja", "inje")

SOURCE_NOUNS = [
    "organizatorji",
    "vir",
    "viri",
    "virov",
    "uradnik",
    "uradniki",
    "predstavniki",
    "strokovnjaki",
    "analitiki",
    "diplomati",
    "oblasti",
    "prebivalci",
    "priče",
    "politiki",
    "gasilci",
    "reševalci",
    "zdravniki",
    "epidemiologi",
    "demokrati",
    "republikanci",
    "kritiki",
]

OFFICE_NOUNS = ["urad", "urada", "kabinet", "kabineta", "ekipa", "štab", "štaba", "tiskovni", "kampanja"]
OFFICE_OWNER_AFTER = True

INSTITUTION_NOUNS = [
    "vodstvo",
    # a medium named by its kind before its name ("…, je poročal časnik The Guardian")
    "časnik",
    "časopis",
    "dnevnik",
    "tednik",
    "portal",
    "televizija",
    "agencija",
    "ministrstvo",
    "vlada",
    "uprava",
    "kremelj",
    "vojska",
    "stranka",
    "komisija",
    "svet",
    "sodišče",
    "tožilstvo",
    "policija",
    "parlament",
    "senat",
    "kongres",
    "zbor",
    "banka",
    "sklad",
    "organizacija",
    "služba",
    "urad",
    "inštitut",
    "nijz",
    "zavod",
    "dom",
    "občina",
    "podjetje",
    "kampanja",
    # "…, so sporočili iz bolnišnice.", "je sporočila bolnišnica"
    "bolnišnica",
    "klinika",
    "univerza",
]

DOCUMENT_NOUNS = [
    "poročilo",
    "poročilu",
    "dokument",
    "dokumentu",
    "predlog",
    "načrt",
    "anketa",
    "ankete",
    "raziskava",
    "študija",
    "pismo",
    "izjava",
    "izjavi",
    "sporočilo",
    "sporočilu",
    "podatki",
    "sporazum",
    "besedilo",
    "zapis",
    "objava",
]

MEDIA_HINTS = [
    "sta",
    "rtv",
    "rtvslo",
    "pop tv",
    "24ur",
    "delo",
    "dnevnik",
    "večer",
    "mladina",
    "reuters",
    "ap",
    "afp",
    "bloomberg",
    "cnn",
    "bbc",
    "fox news",
    "axios",
    "politico",
    "the guardian",
    "guardian",
    "the new york times",
    "new york times",
    "washington post",
    "agencija",
    "časnik",
    "časopis",
    "portal",
    "televizija",
]

PRONOUNS = {"on": "m", "ona": "f", "oni": "p", "one": "p", "ono": "n", "jaz": None, "mi": "p"}
POSSESSIVES = {
    "njegov": "m",
    "njegovih": "m",
    "njegovem": "m",
    "njen": "f",
    "njenih": "f",
    "njenem": "f",
    "njihov": "p",
    "njihovih": "p",
    "njihovem": "p",
}
# "Dejala je, da …": the participle's ending says who spoke.
# "so sporočili": the plural auxiliary opening a cue says as much; so does a present plural ("Pravijo, da …",
# "opozarjajo", "pišejo").
IMPLICIT_SUBJECT_ENDINGS = {"la": "f", "l": "m", "li": "p", "le": "p", "so": "p", "jo": "p"}

NOT_NAMES = [
    # the clitic auxiliaries and the copula: never a speaker's head ("To je pravi čas")
    "je",
    "so",
    "sta",
    "bo",
    "bi",
    "se",
    "ni",
    "v",
    "na",
    "po",
    "do",
    "z",
    "s",
    "iz",
    "in",
    "a",
    "ampak",
    "pa",
    "kot",
    "ko",
    "če",
    "ker",
    "čeprav",
    "to",
    "ta",
    "te",
    "tem",
    "od",
    "za",
    "o",
    "pri",
    "on",
    "ona",
    "oni",
    "njegov",
    "njen",
    "ne",
    "tudi",
    "sicer",
    "medtem",
    "obenem",
    "hkrati",
    "zdaj",
    "ponedeljek",
    "torek",
    "sreda",
    "četrtek",
    "petek",
    "sobota",
    "nedelja",
    "foto",
    "video",
    "preberite",
    "komentar",
    "gospod",
    "gospa",
    # sentence adverbs opening a subjectless cue ("Vseskozi je vztrajal, da …"), "Vse kaže, da …" (all suggests)
    "vseskozi",
    "vse",
    "tako",
    "zato",
    "nato",
    "potem",
    "kasneje",
    "pozneje",
    "danes",
    "včeraj",
    "tam",
    "prav",
    # words opening a sentence whose cue's subject is unnamed or comes after the cue ("Glede odločb je povedal, da",
    # "Takoj nato je dodal", "Samo v Berlinu …, poroča portal DW"): a preposition, an adverb, a conjunction
    "glede",
    "kljub",
    "zaradi",
    "takoj",
    "doslej",
    "samo",
    "redno",
    "nič",
    "odkar",
]

NON_PERSON = [
    "bela",
    "hiša",
    "beli",
    "hiši",
    "združene",
    "države",
    "združeno",
    "kraljestvo",
    "evropska",
    "unija",
    "kremelj",
    "ministrstvo",
    "vlada",
    "svet",
    "zbor",
    "nato",
    "eu",
    "zn",
    "zda",
    "who",
    "nijz",
    "stranka",
    "komisija",
]

FEMALE_NAME_ENDINGS = ("a",)
# A woman's surname takes "-jeva" after a vowel or a silent letter ("Pelosijeva", "Bibijeva" of "Nancy Pelosi", "Asia
# Bibi"), four letters more than the case endings `same_surname` allows; "Merklova", "Mayeva" need none.
FEMININE_SURNAME_ENDINGS = ("jeva", "jeve", "jevi", "jevo")
# Male first names ending in -a ("Luka Dončić", "Saša Arsenovič").
MALE_NAMES = ["luka", "saša", "jaša", "nikola", "miha", "aljoša", "joža", "andrea"]

# A title right before a name says the person's gender where the first name does not ("županja Muriel Bowser",
# "predsednica Nancy Pelosi"): the pro-drop participle's gender ("je dejala") then finds her.
GENDERED_TITLES = {
    **dict.fromkeys(
        [
            "predsednica",
            "podpredsednica",
            "premierka",
            "ministrica",
            "govorka",
            "direktorica",
            "guvernerka",
            "senatorka",
            "poslanka",
            "kongresnica",
            "županja",
            "kanclerka",
            "svetovalka",
            "komisarka",
            "kandidatka",
            "veleposlanica",
            "sekretarka",
            "epidemiologinja",
            "infektologinja",
            "zdravnica",
            "gospa",
            "ga",
        ],
        "f",
    ),
    **dict.fromkeys(
        [
            "predsednik",
            "podpredsednik",
            "premier",
            "minister",
            "govorec",
            "direktor",
            "guverner",
            "senator",
            "poslanec",
            "kongresnik",
            "župan",
            "kancler",
            "svetovalec",
            "komisar",
            "kandidat",
            "veleposlanik",
            "sekretar",
            "epidemiolog",
            "infektolog",
            "zdravnik",
            "gospod",
            "g",
        ],
        "m",
    ),
}
# The first gendered pronoun after a name in its sentence ("…, je dejala Ursula, ki je v svojem govoru …").
GENDER_WORDS = {"on": "m", "njegov": "m", "njega": "m", "ona": "f", "njen": "f", "njena": "f", "njo": "f"}

# Subjects are often left out ("Dejal je, da …", "Sicer zagotavljajo, da …").
PRO_DROP = True
# A subjectless cue may follow a fronted phrase opening with a preposition ("Glede odločb je povedal, da …", "Ob
# tem je dodal, da …").
PRO_DROP_PAST_ADVERBIALS = True

# A source's head noun takes its complement in the genitive after it ("direktor Zdravstvenega doma").
GENITIVE_COMPLEMENTS = True

# "V centralni banki so priznali, da …", "Na ministrstvu so sporočili …", "Iz Bele hiše so sporočili":
# an opening "in/at/from X" before a subjectless plural names X as the source.
LOCATIVE_SOURCES = ["v", "na", "iz", "z"]

# "Po njegovih besedah …": the possessive is the source; "po mnenju Žerdina" takes its source in the genitive.
OBLIQUE_SOURCES = ["po"]
# The auxiliaries and clitics that open the claim's clause after such a source ("Po informacijah časopisa so
# odsvetovali …", "Po ocenah se bo volitev udeležilo …"): the source ends before them.
CLAUSE_AUXILIARIES = ["je", "so", "sta", "bo", "bodo", "bi", "se", "naj"]

# A cue that takes a clause owns its complementizer past adverbials of time and setting ("je v petek na
# novinarski konferenci dejal, da …").
COMPLEMENTIZER_PAST_ADVERBIALS = True

# A headline "X: …" names its topic, not who speaks, when two sides are set against each other before the colon
# ("Biden vs Trump: …", VERSUS_WORDS) or an indirect question follows it, lower case and without a question mark
# ("Volitve v ZDA: kaj pravijo ankete", INTERROGATIVES).
VERSUS_WORDS = ["vs", "versus"]
INTERROGATIVES = ["kaj", "kako", "zakaj", "kdo", "kje", "kdaj", "kakšen", "kakšna", "kakšne", "koliko"]
# Words that alone before a colon label a line, no one speaking ("Telefon: …", "Primer: …"): a page's furniture, a
# note or a step of an argument.
HEADLINE_LABELS = [
    "telefon",
    "tel",
    "naslov",
    "avtor",
    "uredništvo",
    "objavljeno",
    "posodobljeno",
    "copyright",
    "foto",
    "primer",
    "vprašanje",
    "odgovor",
    "zaključek",
    "kontekst",
    "opomba",
]

# The words after a speaker handing their words to the medium named next ("…, je dejal Barnier, ki ga citira
# Reuters", "citiran v časniku"): the speaker said it, the medium carried it (Speaker.via).
QUOTED_BY = [r"ki (?:ga|jo|jih) (?:je )?citira(?:|l|la|li|jo)", r"citiran(?:|a|o|i|e) (?:v|od)"]
# A comma always stands before a complementizer ("X said, that …" is the cue's own clause, however long the opening).
COMMA_BEFORE_COMPLEMENTIZER = True
