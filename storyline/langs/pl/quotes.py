"""Polish quotation data: quote marks, reporting cues, speaker-phrase words (stage "quotes").

Cue patterns are regular-expression fragments matched case-insensitively on whole words; stems cover
the past-tense gender forms (powiedział/powiedziała/powiedzieli) and the present tense.
"""

# Web text mixes the low and straight marks: „Nie wiem" (81 times in the SlavicNER Polish articles), "Super Express”.
QUOTE_PAIRS = [
    *(("„", "”"), ("„", "“"), ("„", '"'), ("»", "«"), ("«", "»"), ('"', '"'), ('"', "”")),
    *(("‚", "’"), ("‚", "‘"), ("“", "”")),
]

# A paragraph opening with one of these dashes is dialogue ("– Nie wiem – powiedział.").
DIALOGUE_DASHES = "–—-"

CUES = [
    r"powiedzia\w*",
    r"mówi\w*",
    r"zauważ\w*",
    r"zaznacz\w*",
    r"podkreśl\w*",
    r"poinformowa\w*",
    r"informuj\w*",
    # "Wcześniej media informowały, że …"
    r"informowa\w*",
    r"oświadcz\w*",
    r"stwierdz\w*",
    r"doda(?:ł|ła|li|ły|ło|je|ją|wał|wała|jąc)",
    r"przekaza\w*",
    r"przekazuj\w*",
    r"ogłosi\w*",
    r"ogłasza\w*",
    r"twierdz\w*",
    r"uważa\w*",
    r"ocenia\w*",
    r"oceni(?:ł|ła|ło|li|ły)",
    r"przyzna\w*",
    r"przyznaj\w*",
    r"zapowiedzia\w*",
    r"zapowiada\w*",
    r"napisa\w*",
    # "– Czyż tunel … nie powinien być pierwszym krokiem – zatweetował po szczycie" (audit 27)
    r"(?:za)?tweetowa(?:ł|ła|ło|li|ły)",
    r"pisze|piszą",
    r"poda(?:ł|ła|ło|li|ły|je|ją)",
    r"wyjaśni\w*",
    r"wyjaśnia\w*",
    r"zapewni\w*",
    r"zapewnia\w*",
    r"potwierdzi\w*",
    r"potwierdza\w*",
    r"zaprzeczy\w*",
    r"zaprzecza\w*",
    r"ostrzeg\w*",
    r"ostrzega\w*",
    r"przypomnia\w*",
    r"przypomina\w*",
    r"nalega\w*|nalegał\w*",
    # not "odpowiedzialna za przygotowanie sprawozdania" (responsible for)
    r"odpowiedzia(?:ł|ła|ło|li|ły)",
    r"odpar(?:ł|ła|ło|li|ły)",
    r"odpowiada\w*",
    r"relacjonuj\w*",
    r"zdradzi\w*",
    r"wskaza\w*",
    r"wskazuj\w*",
    r"wskazywa\w*",
    # "W liście Tusk zastrzega, że …" (stipulates)
    r"zastrzeg\w*",
    r"zaapelowa\w*",
    r"apeluj\w*",
    r"zadeklarowa\w*",
    r"deklaruj\w*",
    r"sugeruj\w*",
    r"zasugerowa\w*",
    r"przekonuj\w*",
    r"przekonywa\w*",
    r"argumentow\w*",
    r"argumentuj\w*",
    r"tłumaczy\w*",
    r"komentuj\w*",
    r"skomentowa\w*",
    r"donosi|donoszą|donosił\w*",
    r"oznajmi\w*",
    r"zapowiedzi\w*",
    r"dowiedzia(?:ł|ła|ło|li|ły) się",
    r"ujawni\w*",
    r"pyta(?:ł|ła|li)?",
    r"zapyta(?:ł|ła|ło|li|ły)",
    r"uznał\w*|uznaje|uznają",
    r"sądzi\w*",
    r"przewiduj\w*",
    r"prognozuj\w*",
    r"alarmuj\w*",
    r"zaznaczał\w*",
    r"utrzymuj\w*|utrzymywa\w*",
    r"chce|chcą|chciał\w*",
    r"domaga\w* się|domagał\w* się",
    r"żąda\w*",
    r"liczy\w* na",
    # "„…” – czytamy w komunikacie spółki": the document read from is the source
    r"czytamy",
    # "Opozycja zarzuca rządowi, że …" (accuses)
    r"zarzuca\w*|zarzuci(?:ł|ła|ło|li|ły)",
    # "Z danych Eurostatu wynika (też), że …" (it follows from; 50 times in the SlavicNER Polish articles), only before
    # its clause: "Pośpiech wynika z liczby zachorowań" (results from), also inside another claim, says nothing; nor
    # does "Wynika z niego, że …" name its source (the document named before)
    r"wynika(?:ło)?(?=(?: \w+)?,? (?:że|iż))",
    # "Sakiewicz zwrócił uwagę, że …", "– … – zwraca uwagę Marek Bielawski" (points out; audit 28: 3 misses in 15 texts)
    r"zwr(?:aca|acał|acała|acali|acały|acają|ócił|óciła|óciło|ócili|óciły)(?: on| ona| oni| one)? uwagę",
    # "Wyraził opinię, że …" (gave the opinion)
    r"wyrazi(?:ł|ła|ło|li|ły) (?:opinię|przekonanie|nadzieję)",
    # "Komisja daje do zrozumienia, że …" (makes it clear)
    r"(?:da(?:je|ją|ł|ła|li|ły|wał|wała|wali)|dawa(?:ł|ła|li|ły)) do zrozumienia",
]

# Cue verbs whose addressee may follow ("powiedział dziennikarzom, że").
# Verbal nouns share the verbs' stems ("do zapewnienia", "oświadczenie"): never cues.
# ("ocenia" is the verb, "ocenia, że …": it only looks like a verbal noun's genitive)
# Passive participles are adjectives: "Ta sprawa jest przez nas wyjaśniana – informuje …", "przekazany dokument",
# "zapowiadane zmiany"; so is "zapytany" (asked): in "Zapytany o to, odpowiedział, że …" the answer verb is the cue,
# the question no quotation (session-27 sweep of the 867 Polish texts: 8 questions gone, none a claim).
NOT_CUES = [
    r"(?!(?:o|do|prze)cenia$)\w+(?:enie|enia|eniu|eniem|eniom|eniach|eń|anie|ania|aniu|aniem|aniach|ań|ość|ości)",
    r"\w+(?:an|on)(?:y|a|e|i|ego|ej|emu|ym|ą|ych|ymi)",
]

ADDRESSEE_CUES = [r"powiedzia\w*", r"przekaza\w*", r"zapewni\w*", r"zapewnia\w*", r"oświadczy\w*"]

# The medium told, in the dative, between a cue and its speaker ("powiedziała agencji Reutera Solberg", "przekazała
# Onetowi rzeczniczka WUM"): a kind of medium before its name, a medium's dative, or a name that keeps its form in
# every case (after an ADDRESSEE_CUES verb: "powiedziała PAP koordynująca …", "powiedział CNN sekretarz stanu …").
ADDRESSEE_MEDIA = [
    "agencji",
    "dziennikowi",
    "gazecie",
    "portalowi",
    "serwisowi",
    "tygodnikowi",
    "telewizji",
    "stacji",
    "radiu",
    "rozgłośni",
    "onetowi",
    "reuterowi",
    "afp",
    "ap",
    "bbc",
    "cnn",
    "pap",
    "rmf",
    "tvn24",
]

NEEDS_COMPLEMENTIZER = [
    r"chce|chcą|chciał\w*",
    # "Na znaczenie Polonii zwrócił uwagę X" (drew attention to a noun); "zwrócił uwagę, że …" reports
    r"zwr(?:aca|acał|acała|acali|acały|acają|ócił|óciła|óciło|ócili|óciły)(?: on| ona| oni| one)? uwagę",
    r"wyrazi(?:ł|ła|ło|li|ły) (?:opinię|przekonanie|nadzieję)",
    r"uważa\w*",
    r"ocenia\w*",
    r"sądzi\w*",
    r"wskaza\w*",
    r"wskazuj\w*",
    r"wskazywa\w*",
    r"pyta(?:ł|ła|li)?",
    # "fala utrzymuje się od czwartku" (stays), "uznaje się za zaginione" (are deemed): speech only with "że"
    r"utrzymuj\w*|utrzymywa\w*",
    r"uznał\w*|uznaje|uznają",
    r"wynika|wynikało",
]

# Verbs that say something only with a clause after them, whoever the subject: "DUP zarzuca Dublinowi plany
# aneksji" (an accusation of plans), "Trump deklaruje zwycięstwo" (claims victory), "Izba Lordów chce utrzymania unii
# celnej", "Londyn nie chce słyszeć o …" (wants); "chce, aby …" still reports what someone wants.
CLAUSE_ONLY_CUES = [
    r"zarzuca\w*|zarzuci(?:ł|ła|ło|li|ły)",
    r"deklaruj\w*|zadeklarowa\w*",
    r"chce|chcą|chciał\w*",
    # "Rząd Orbana apeluje o uszczelnienie granic" (calls for a noun); "zaapelował, aby …" still reports
    r"apeluj\w*|zaapelowa\w*",
    # "Pośpiech wynika z liczby zachorowań" (results from); "Z danych wynika, że …" reports
    r"wynika|wynikało",
    # "nalega na stworzenie rozwiązania" (insists on a noun); "Posłowie nalegają, aby …" reports (audit 24)
    r"nalega\w*|nalegał\w*",
]

SOURCE_FIRST = [
    r"(?:jego|jej|ich) zdaniem",
    r"w (?:jego|jej|ich) (?:opinii|ocenie)",
    # "Jak czytamy w komunikacie ministerstwa, …": the document read from is the source.
    r"jak czytamy w",
    # "Według informacji RMF FM rozmowy …", "według ustaleń „Rzeczpospolitej”": whose information it is
    r"według (?:informacji|ustaleń|danych|doniesień)",
    # "które według wstępnych wyliczeń ratusza przekraczają …": whose estimate it is
    r"według (?:(?:wstępnych|najnowszych|oficjalnych|ostatnich) )?(?:szacunków|wyliczeń|obliczeń|danych)",
    r"według",
    r"zdaniem",
    # ("Jak zapowiadał, od 4 stycznia …", "Jak przyznała, organizacja …", "Jak tłumaczyła – …": audit 24)
    r"jak (?:\w+ )?(?:poinformowa\w*|poda\w*|powiedzia\w*|przekaza\w*|zaznaczy\w*|podkreśli\w*|napisa\w*|ustali\w*|dowiedzia\w* się|zauważy\w*|zauważa|podkreśla|zaznacza|przypomina|wskazuje|informowa\w*|twierdzi\w*|ocenia\w*|informuj\w*|podaje|pisze|donosi|doda\w*|wyjaśni\w*|zapewni\w*|stwierdzi\w*|oświadczy\w*|przypomnia\w*|zapowiedzia\w*|zapowiada\w*|przyzna\w*|tłumaczy\w*|tłumaczą)",
    r"cytowan\w* przez",
    # "Jak wynika z danych Eurostatu, w 2016 r. …": the document it follows from
    r"jak wynika(?:ło)? ze?",
    r"w opinii",
    r"w ocenie",
]

IMPERSONAL = [
    r"ogłoszono",
    r"zaznaczono",
    r"poinformowano",
    r"podkreślono",
    r"stwierdzono",
    r"przekazano",
    r"zapowiedziano",
    r"podano",
    r"oświadczono",
    r"twierdzi się",
    r"mówi się",
    r"uznano",
    r"przypomniano",
    # "Priorytetem będzie zaszczepienie personelu medycznego - wyjaśniono."
    r"wyjaśniono",
    r"dodano",
    r"zapewniono",
    r"napisano",
    r"wskazano",
    # "„…” – czytamy w komunikacie spółki" (we read): the document read from is the source, and with none named no
    # person is ("- czytamy." after a medium's words is not the politician named before)
    r"czytamy",
]

COMPLEMENTIZERS = ["że", "iż", "żeby", "aby", "czy"]
CONJUNCTIONS = ["i", "a", "ale", "oraz", "lecz", "jednak"]
# Words joining two speakers who both speak ("X and Y said"; phrases.py `_conjoined_left`, `right_np`).
COORDINATORS = ["i", "oraz"]
RELATIVES = ["który", "która", "które", "którzy"]

# Words opening a phrase between an inverted cue and its speaker ("podkreślił w rozmowie z PAP rzecznik …").
# Prepositions: a phrase after one is its object, no speaker ("Policja w Pakistanie ostrzega", "W ubiegłą środę w
# Luksemburgu … Donald Tusk poinformował", "Na Twitterze prezydent USA pisze": audit 27). Not "z": "Z danych Eurostatu wynika, że …" names its source;
# not "przez", which names the agent ("Z raportu przygotowanego przez Deloitte wynika", "przez przeciwników brexitu,
# którzy uważają, że …"); not "do", whose phrase completes a source ("Źródła zbliżone do rozmów twierdzą").
PREPOSITIONS = ["w", "we", "na", "od", "dla", "o", "przy", "za", "pod", "nad", "u", "wobec"]
ASIDE_PREPOSITIONS = ["w", "we", "z", "ze", "na", "dla", "podczas", "po", "przed"]
# "… – czytamy w Politico.", "… – czytamy we wpisie.": the medium or document after an impersonal cue is the source
SOURCE_PREPOSITIONS = ["w", "we"]

# A topic right after a cue is what was spoken about, no claim ("Szef rządu mówił także na temat praworządności",
# "premier poinformowała o woli opuszczenia Euroatomu", "mówi się o wspólnym oświadczeniu"): session-28 sweep of the
# 867 Polish texts.
TOPIC_OPENERS = ["o", "na temat", "na"]

# A word pointing back to the sentence before, with a cue and its speaker, attributes that sentence
# ("Poinformował o tym rzecznik MSZ Paweł Wroński."): the sentence before is the claim.
ANAPHORIC_SOURCES = ["o tym"]

SKIP = [
    # the addressee between a cue and its inverted speaker ("сообщил журналистам Песков")
    "dziennikarzom",
    # time adverbials before an inverted speaker ("poinformował w piątek rano wojewoda")
    "w",
    "we",
    "rano",
    "wieczorem",
    "po",
    "południu",
    "nocy",
    "poniedziałek",
    "wtorek",
    "środę",
    "czwartek",
    "piątek",
    "sobotę",
    "niedzielę",
    "też",
    "także",
    "również",
    "jednak",
    "później",
    "wcześniej",
    "wówczas",
    "wtedy",
    "już",
    "nie",
    "dodatkowo",
    "ponownie",
    "dziś",
    "wczoraj",
    "publicznie",
    "oficjalnie",
    "się",
    "natomiast",
    "zaś",
    "przy",
    "tym",
    # sentence adverbs before a subjectless cue ("Jednocześnie zaznaczył, że …")
    "jednocześnie",
    "teraz",
    "tymczasem",
    "następnie",
    "ponadto",
    "niedawno",
    # ("Równocześnie jednak zaznaczył, że …", "Zgodnie podkreślają, że …", "Lecz zastrzega też: …": audit 26)
    "równocześnie",
    "zgodnie",
    "lecz",
    # ("Rząd Węgier wielokrotnie zaznaczał, że …", "wcześniej wielokrotnie podkreślała")
    "wielokrotnie",
    "wprost",
    "otwarcie",
    "stanowczo",
    # ("Dalej dodaje, że …", "Potem dodał: …", "Wkrótce potem stwierdzili, że …": audit 26b)
    "dalej",
    "potem",
    "wkrótce",
    # ("Downing Street ogólnie powiedział, że …"; "W styczniu ogłosiła, że …": a month is when, never who: audit 27)
    "ogólnie",
    # ("Ogółem ocenił, że …", "Niestety obrońcy praw człowieka ostrzegają, że …": audit 29)
    "ogółem",
    "niestety",
    *("styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu"),
    *("lipcu", "sierpniu", "wrześniu", "październiku", "listopadzie", "grudniu"),
]

# Abbreviations written with a dot ("Gov. Kasich"): one token, and no sentence ends there.
ABBREVIATIONS = [
    "dr",
    "prof",
    "gen",
    "płk",
    "ppłk",
    "mjr",
    "kpt",
    "ks",
    "abp",
    "bp",
    "mgr",
    "inż",
    "hab",
    "min",
    "red",
    "św",
    "posł",
    # "do spraw" inside a title: "minister ds. brexitu David Davis", "zdaniem eksperta ds. psefologii …"
    "ds",
    "Dr",
    "Prof",
    "Gen",
    "Płk",
    "Ks",
]

# A first name's initial with its dot before a capitalised word: one token with the name ("A. Boat", "J. Lundgren"), not a
# speaker cut at the initial (NAME_INITIALS in langs/en). Before a word in capitals the dot stays a stop.
NAME_INITIALS = [r"[A-ZĄĆĘŁŃÓŚŹŻ]"]

DETERMINERS = ["ten", "ta", "to", "jeden", "jedna", "jego", "jej", "ich"]

MODIFIERS = [
    "wysoki",
    "wysokiego",
    "wysocy",
    "rangą",
    "anonimowy",
    "anonimowe",
    "anonimowi",
    "zachodni",
    "zachodnie",
    "amerykański",
    "amerykańscy",
    "amerykańskie",
    "ukraiński",
    "ukraińscy",
    "ukraińskie",
    "ukraińskich",
    "rosyjski",
    "rosyjscy",
    "rosyjskie",
    "europejski",
    "europejscy",
    "polski",
    "polscy",
    "unijny",
    "unijni",
    "specjalny",
    "specjalni",
    "specjalnego",
    "były",
    "była",
    "byli",
    "obecny",
    "obecna",
    "obecni",
    # "– przyznał główny unijny negocjator ds. Brexitu Michel Barnier": adjectives a title's phrase opens with
    "główny",
    "główna",
    "główni",
    "naczelny",
    "naczelna",
    "ówczesny",
    "ówczesna",
    "unijna",
    "dyplomatyczne",
    "dobrze",
    "poinformowane",
    "poinformowani",
    "bliscy",
    "blisko",
    "rozmów",
    "prasowy",
    "prasowa",
    "spraw",
    "zagranicznych",
    "wewnętrznych",
    "obrony",
    # ministries' portfolios in the genitive ("rzecznika ministerstwa zdrowia szczepienia ruszą …")
    "zdrowia",
    "finansów",
    "rolnictwa",
    "edukacji",
    "sprawiedliwości",
    "klimatu",
    "środowiska",
    "infrastruktury",
    "kultury",
    "cyfryzacji",
    "rozwoju",
    "pracy",
    # "Ministerstwo ds. wyjścia z Unii Europejskiej oceniło": the Brexit ministry's portfolio (18 times in the pl texts)
    "wyjścia",
    "nauki",
    "energii",
    "stanu",
    "narodowej",
    "bezpieczeństwa",
    "prezydenta",
    "rządu",
    "dyplomacji",
    "unijnej",
    "kremla",
    "białego",
    "domu",
    "usa",
    "ue",
    "nato",
    "ds",
    # the tokenizer keeps an abbreviation whole with its dot: "Rzecznik ministerstwa ds. Brexitu potwierdził"
    "ds.",
    "do",
    "z",
]

# Adjective endings that may sit inside a speaker phrase ("ukraińscy urzędnicy").
# Genitive and locative forms too ("Według rzeczniczki urzędu wojewódzkiego ewakuacja …").
MODIFIER_SUFFIXES = (
    *("ski", "ska", "skie", "scy", "skich", "skiego", "skiej", "skim"),
    *("cki", "cka", "ccy", "ckich", "ckiego", "ckiej", "ckim"),
    *("owy", "owa", "owi", "owych", "owego", "owej", "owym"),
    *("zki", "zka", "zkie", "zcy", "zkich", "zkiego", "zkiej", "zkim"),  # "wojewódzki", "miejski"'s -dzki kin
    *("nego", "nej", "nych"),  # genitive adjectives ("urzędu marszałkowskiego", "obrony narodowej")
)

TITLES = [
    "wojewoda",
    "wojewody",
    "starosta",
    "komendant",
    "wysłanniczka",
    "komisarz",
    "komisarz",
    "prezydent",
    "prezydenta",
    "premier",
    "premiera",
    "minister",
    "ministra",
    "ministrowie",
    "rzecznik",
    "rzeczniczka",
    "rzecznika",
    "szef",
    "szefowa",
    "szefa",
    "sekretarz",
    "wysłannik",
    "wysłannicy",
    "doradca",
    "doradczyni",
    "ambasador",
    "dyplomata",
    "generał",
    "przewodniczący",
    "przewodnicząca",
    "lider",
    "liderka",
    "przywódca",
    "przywódczyni",
    "kanclerz",
    "senator",
    "poseł",
    "posłanka",
    "marszałek",
    "wiceprezydent",
    "wicepremier",
    "dyrektor",
    "dyrektorka",
    "prokurator",
    "sędzia",
    "ekspert",
    "ekspertka",
    "analityk",
    "dowódca",
    "pan",
    "pani",
    "mer",
    "burmistrz",
    "gubernator",
    "król",
    "papież",
    "negocjator",
    "polityk",
    "politolog",
    # heads agencies name people by
    "prezes",
    "prezeska",
    # "pełnomocnik rządu ds. szczepień Michał Dworczyk", "wiceminister zdrowia Waldemar Kraska", "sekretarz stanu
    # kardynał Pietro Parolin" (audit 24; "europoseł" left out: "zdaniem brytyjskiej europosłanki z frakcji
    # Zielonych/Wolnego Sojuszu …" then cuts its phrase at the slash)
    "pełnomocnik",
    "pełnomocniczka",
    "wiceminister",
    "wiceszef",
    "wiceszefowa",
    "kardynał",
    # people by their trade ("– … – podkreśla lekarka" after "Ewa Wilczyńska …", "Naukowiec uważa, że …": audit 29;
    # "prawnik", "obrońca" and "specjalista" are source nouns: "prawa", "obrony", "specjalne" share their shape)
    "naukowiec",
    "lekarz",
    "lekarka",
]

# Titles of people who speak for another (TITLES in their base forms; a case form matches): a bare one names
# no person named just before it (speakers.py `_holder_of_body`: a spokesman speaks for the person named, a
# lawyer for the client).
SPEAKS_FOR_TITLES = ["rzecznik", "rzeczniczka", "pełnomocnik", "pełnomocniczka"]

# Plural forms of TITLES (nominative and genitive): a plural title names a group, never one holder of the title
# ("szefowie tych sondażowni przyznają"). Forms that are singular too are left out ("doradcy", "przywódcy",
# "dowódcy": genitive singular; "przewodniczący").
PLURAL_TITLES = [
    *("wojewodowie", "wojewodów", "starostowie", "starostów", "komendanci", "komendantów", "wysłanniczek", "komisarze"),
    *("komisarzy", "prezydenci", "prezydentów", "premierzy", "premierów", "ministrowie", "ministrów", "rzecznicy"),
    *("rzeczników", "rzeczniczek", "szefowie", "szefów", "sekretarze", "sekretarzy", "wysłannicy", "wysłanników"),
    *("doradców", "doradczynie", "doradczyń", "ambasadorowie", "ambasadorzy", "ambasadorów", "dyplomaci", "dyplomatów"),
    *("generałowie", "generałów", "liderzy", "liderów", "liderek", "przywódców", "przywódczynie", "przywódczyń"),
    *("kanclerze", "kanclerzy", "senatorowie", "senatorzy", "senatorów", "posłowie", "posłów", "marszałkowie"),
    *("marszałków", "wiceprezydenci", "wiceprezydentów", "wicepremierzy", "wicepremierów", "dyrektorzy", "dyrektorów"),
    *("prokuratorzy", "prokuratorów", "sędziowie", "sędziów", "eksperci", "ekspertów", "ekspertek", "analitycy"),
    *("analityków", "dowódców", "panowie", "panów", "merowie", "burmistrzowie", "burmistrzów", "gubernatorzy"),
    *("gubernatorów", "królowie", "negocjatorzy", "negocjatorów", "politycy", "polityków", "prezesi", "prezesów"),
    *("politolodzy", "politologów"),
    *("naukowcy", "naukowców", "lekarze", "lekarzy"),
]

# Endings of a title's case and feminine forms: a word is a form of a title when it is the title and one of these
# ("prezydenta", "premiera", "polityka"; feminine "ekspertka", "ekspertki"), or when the analyser reads it as a common
# noun whose base form is a title (speakers.py `title_form`); a word only sharing a title's first letters is none.
TITLE_FORM_ENDINGS = ("a", "u", "owi", "em", "ie", "y", "ów", "om", "ami", "ach", "owie", "ka", "ki", "ce", "kę", "ką")

# Titles of one gender: "szef" just mentioned is the man named last, "szefowa" the woman ("premier", "minister" name
# both).
GENDERED_TITLES = {
    **dict.fromkeys(["szef", "szefa", "rzecznik", "rzecznika", "wysłannik", "doradca", "lider", "przywódca"], "m"),
    **dict.fromkeys(["poseł", "pan", "król", "papież"], "m"),
    **dict.fromkeys(["szefowa", "rzeczniczka", "wysłanniczka", "doradczyni", "liderka", "przywódczyni"], "f"),
    **dict.fromkeys(["posłanka", "pani", "dyrektorka", "ekspertka", "prezeska", "przewodnicząca"], "f"),
}

SOURCE_NOUNS = [
    # the organisers of a protest or event count its people ("…, organizatorzy mówią o 15 tysiącach")
    "organizatorzy",
    "organizatorów",
    # a programme's guest ("Gość Polskiego Radia 24 powiedział, że …": audit 26b)
    "gość",
    "goście",
    "urzędnik",
    "urzędnicy",
    "urzędników",
    "źródło",
    "źródła",
    "źródeł",
    "przedstawiciel",
    "przedstawiciele",
    "przedstawicieli",
    "rozmówca",
    "rozmówcy",
    "eksperci",
    "ekspertów",
    "analitycy",
    "analityków",
    "dyplomaci",
    "dyplomatów",
    "władze",
    "władz",
    "służby",
    "mieszkańcy",
    "świadkowie",
    "politycy",
    "polityków",
    "współpracownicy",
    "doradcy",
    "osoba",
    "osoby",
    "osób",
    "obserwatorzy",
    "krytycy",
    "sojusznicy",
    "liderzy",
    "przywódcy",
    "wysłannicy",
    "media",
    # "Zwolennicy reformy uważają, że …", "Według autorów sondażu …"
    "zwolennicy",
    "zwolenników",
    "przeciwnicy",
    "przeciwników",
    "orędownicy",
    "orędowników",
    "autorzy",
    "autorów",
    # a poll's respondents ("Aż 40 proc. badanych uważa, że …", "Połowa ankietowanych twierdzi, że …")
    "badani",
    "badanych",
    "ankietowani",
    "ankietowanych",
    "respondenci",
    "respondentów",
    "pytanych",
    # one by a trade or cause, or a group ("Jej obrońca przypomniał, że …", "Prawnik chrześcijanki utrzymywał, że
    # …", "– … – zaznaczył specjalista", "Niestety obrońcy praw człowieka ostrzegają, że …": audit 29). A lawyer
    # speaks for a client, so is no title that falls back to the person named just before (the client, often).
    *("prawnik", "prawnika", "prawniczka", "prawniczki", "adwokat", "adwokata", "adwokatka", "adwokatki"),
    *("obrońca", "obrońcy", "obrońców", "prawnicy", "prawników", "adwokaci", "adwokatów"),
    *("specjalista", "specjalisty", "specjalistka", "specjalistki", "specjaliści", "specjalistów"),
    *("naukowcy", "naukowców", "lekarze", "lekarzy"),
]

OFFICE_NOUNS = [
    "biuro",
    "biura",
    "kancelaria",
    "kancelarii",
    "otoczenie",
    "sztab",
    "gabinet",
    "ludzie",
    "współpracownicy",
]

# Polish names an office's owner after it, in the genitive ("biuro Zełenskiego").
OFFICE_OWNER_AFTER = True

INSTITUTION_NOUNS = [
    "ministerstwo",
    "ministerstwa",
    "rząd",
    "resort",
    "administracja",
    "kancelaria",
    "ambasada",
    "armia",
    "wojsko",
    "sztab",
    "partia",
    "komisja",
    "rada",
    "sąd",
    "prokuratura",
    "policja",
    "urząd",
    "agencja",
    "kreml",
    "biuro",
    "dowództwo",
    "komitet",
    "parlament",
    "sejm",
    "senat",
    "bank",
    "fundusz",
    "organizacja",
    "ratusz",  # the city hall ("według wyliczeń ratusza")
    "ratusza",
    "magistrat",
    "gmina",
    "starostwo",
]

DOCUMENT_NOUNS = [
    "raport",
    "raportu",
    "dokument",
    "dokumentu",
    "projekt",
    "projektu",
    "plan",
    "planu",
    "sondaż",
    "sondażu",
    "badanie",
    "badania",
    "list",
    "oświadczenie",
    "oświadczenia",
    "komunikat",
    "komunikatu",
    "analiza",
    "analizy",
    "dane",
    "danych",
    "porozumienie",
    "porozumienia",
    "umowa",
    "umowy",
    "wpis",
    "wpisie",
    # what a claim follows from ("Z najnowszych badań wynika, że …", "Z informacji agencji AP wynika, że …")
    "badań",
    "informacji",
    "ustaleń",
    "szacunków",
    "wyliczeń",
]

MEDIA_HINTS = [
    "axios",
    "reuters",
    "pap",
    "tvn",
    "tvn24",
    "polsat",
    "rmf",
    "rmf fm",
    "rzeczpospolita",
    "gazeta",
    "wyborcza",
    "onet",
    "wp",
    "interia",
    "bbc",
    "cnn",
    "financial times",
    "politico",
    "bloomberg",
    "tass",
    "ria",
    "agencja",
    "portal",
    "dziennik",
    "tygodnik",
    "radio",
    "telewizja",
    "cbs",
    "nbc",
    "fox",
    "news",
    "times",
    "post",
    "journal",
    "guardian",
    "bild",
    "spiegel",
    "le monde",
    "interfax",
    "ukrinform",
    "afp",
    "ap",
]

PRONOUNS = {"on": "m", "ona": "f", "oni": "p", "one": "p", "ono": "n", "ja": None, "my": "p"}
POSSESSIVES = {"jego": "m", "jej": "f", "ich": "p"}

# A sentence without a subject takes its speaker from the verb's gender ending (pro-drop); a present plural
# ("Uważają", "mówią", "twierdzą", "piszą", "chcą") is a group's. Not "-ą" alone: a cue's participle ("przyznającą")
# and an instrumental noun ("zapowiedzią") end so too (morfeusz2 over the SlavicNER Polish cue words).
IMPLICIT_SUBJECT_ENDINGS = {
    "ła": "f",
    "ł": "m",
    "li": "p",
    "ły": "p",
    "ją": "p",
    "ią": "p",
    "dzą": "p",
    "szą": "p",
    "chcą": "p",
}

NOT_NAMES = [
    "w",
    "we",
    "na",
    "po",
    "do",
    "z",
    "ze",
    "i",
    "a",
    "ale",
    "jak",
    "gdy",
    "kiedy",
    "jednak",
    "to",
    "ten",
    "ta",
    "te",
    "tym",
    "od",
    "dla",
    "przez",
    "przy",
    "o",
    "u",
    "za",
    "według",
    "zdaniem",
    "jak",
    "jeśli",
    "choć",
    "mimo",
    "dzień",
    "on",
    "ona",
    "oni",
    "jego",
    "jej",
    "ich",
    "nie",
    "także",
    "również",
    "poniedziałek",
    "wtorek",
    "środa",
    "czwartek",
    "piątek",
    "sobota",
    "niedziela",
    "foto",
    "pan",
    "pani",
    # cross-links and captions before a colon ("Czytaj też: …", "Zobacz także: …") and sentence adverbs
    # ("Teraz dodał, że …", "Jednocześnie zaznaczył, że …"): capitalised words that name no speaker
    "czytaj",
    "przeczytaj",
    "zobacz",
    "sprawdź",
    "posłuchaj",
    "obejrzyj",
    "wideo",
    "komentarz",
    "teraz",
    "jednocześnie",
    "tymczasem",
    "następnie",
    "ponadto",
    # "Tak wynika z sondażu …" (so it follows), "Stąd …" (hence)
    "tak",
    "stąd",
    # more sentence adverbs and connectives ("Równocześnie zaznaczył, że …", "Zgodnie podkreślają, że …",
    # "Lecz zastrzega też: …", "Czyż to nie sam X powiedział: …", "Warto podkreślić, że …": audit 26)
    "równocześnie",
    "zgodnie",
    "dlatego",
    "lecz",
    "co",
    "czyż",
    "warto",
    "dalej",
    "potem",
    "wkrótce",
    # topic labels before a headline's colon ("Вибори у США: Байден …")
    "wybory",
    "koronawirus",
    "szczepienia",
]

NON_PERSON = [
    "dom",
    "domu",
    "biały",
    "białego",
    "stany",
    "stanów",
    "zjednoczone",
    "zjednoczonych",
    "unia",
    "unii",
    "forum",
    "ministerstwo",
    "kancelaria",
    "sejm",
    "senat",
    "kreml",
    "rada",
    "komisja",
    "partia",
    "nato",
    "światowe",
    "światowego",
    "ekonomicznego",
    "organizacja",
    "narodów",
    "państwo",
    "federacja",
    "republika",
]

FEMALE_NAME_ENDINGS = ("a", "ą", "ę")

# The adverbial participle: "…, podał Reuters, powołując się na źródła" (how it was said, no claim); "Dodając, że …"
# opening a sentence is no name.
PROGRESSIVE_ENDINGS = ["ąc"]

# Subjects are often left out ("Zaznaczył, że ..."): a verb without one speaks for the last person.
PRO_DROP = True
# A subjectless cue may follow a short phrase after a preposition ("W ostatnim wywiadzie przyznał, że …", "Na
# konferencji prasowej Barnier kilkakrotnie zaznaczał"): session-27 sweep of the 867 Polish texts, 12 new, 8 right.
PRO_DROP_PAST_ADVERBIALS = True

# A source's head noun takes its complement in the genitive after it, unmarked by a preposition.
GENITIVE_COMPLEMENTS = True

# The reflexive particle: a cue verb with it is no speech unless the pair is a cue of its own ("domaga się") or
# a clause follows ("fala utrzymuje się od czwartku" stays; "utrzymuje, że …" says).
REFLEXIVES = ["się"]

# Opening constructions whose source stands in the genitive ("Według rzecznika ministerstwa", "Zdaniem
# ministra"): a word in a nominative-only form after the source is the claim's subject, not part of the source
# ("Według rzecznika ministerstwa spraw zagranicznych rozmowy zostaną …", "Zdaniem ministra Polska może …").
OBLIQUE_SOURCES = ["według", "zdaniem"]
# Relatives after such a source ("prawo dotyczące bluźnierstwa, według którego za obrazę …", "wyliczenia Komitetu
# Regionów, według których …"): the phrase before the relative is the source where it names one, the relative clause
# its claim; never the words before (audit 29: 12 such rows over the 867 Polish texts, each claiming the clause before)
RELATIVE_SOURCES = ["którego", "której", "których"]
# The auxiliaries and modal verbs of the claim's clause after such a source ("Zdaniem ministra Polska może wyjść z
# recesji, choć …", "Według autorów sondażu wynik taki jest rezultatem brexitu, który …"): the source ended before
# the clause, a comma after them is the claim's own.
CLAUSE_AUXILIARIES = [
    *("jest", "są", "był", "była", "było", "były", "byli", "będzie", "będą"),
    *("może", "mogą", "mógł", "mogła", "mogło", "mogły", "mogli", "można", "trzeba", "należy"),
    *("powinien", "powinna", "powinno", "powinny", "powinni"),
    *("zostanie", "zostaną", "został", "została", "zostało", "zostały", "zostali"),
]
# Pronouns in the genitive after an oblique source ("Według niej budżet musi …"): the whole source, with the
# gender of the person they point back to; the claim follows them.
OBLIQUE_PRONOUNS = {"niej": "f", "niego": "m", "nich": "p", "mnie": None, "nas": "p"}
# Endings no genitive has: adjectives' nominatives (-owy/-owa, -ski/-ska, -cki/-cka, plurals -ne/-we) and nouns in
# -owy ("rozmowy" is a genitive singular too, but after a genitive source it opens the claim far more often), in
# -cja/-cje, -zja, -sja (genitive -cji), -ość (genitive -ości), -nie (genitive -nia; adverbs too): "Według gazety
# propozycja …", "Zdaniem firmy obecna sytuacja …", "Zdaniem komentatora unijne władze …", "Według informacji gazety
# opóźnienie to …", "Zdaniem gazety prawdopodobnie …" (audit 27). After a preposition such a word is its object
# ("według źródeł w łonie EBC"); after an adjective in an oblique case (OBLIQUE_ADJECTIVE_ENDINGS) it stands before
# that adjective's noun ("Według przyjętych jednomyślnie wytycznych").
NOMINATIVE_ENDINGS = (
    *("owy", "owa", "ski", "ska", "scy", "cki", "cka", "ccy", "ne", "we"),
    *("cja", "cje", "zja", "zje", "sja", "sje", "ość", "nie"),
)
OBLIQUE_ADJECTIVE_ENDINGS = ("ych", "ich", "ego", "ej")

# "W MSZ poinformowano, …": an opening "in X" before a subjectless plural or impersonal cue names X as the source.
LOCATIVE_SOURCES = ["w", "we"]

# A cue that takes a clause owns its complementizer past adverbials of time and setting ("defendió el domingo
# en una entrevista que …"). English leaves it out: PolNeAR's claims start at the cue, adverbials included
# (train 0-200 F1@0.8 fell with it).
COMPLEMENTIZER_PAST_ADVERBIALS = True

# A headline "X: …" names its topic, not who speaks, when two sides are set against each other before the colon
# ("Biden vs Trump: …", VERSUS_WORDS) or an indirect question follows it, lower case and without a question mark
# ("Wybory w USA: co mówią sondaże", INTERROGATIVES).
VERSUS_WORDS = ["vs", "versus"]
INTERROGATIVES = ["co", "jak", "dlaczego", "czemu", "kto", "gdzie", "kiedy", "jakie", "jaki", "jaka", "ile"]
# Words that alone before a colon label a line, no one speaking ("Przypomnijmy: Cambridge Analytica to spółka …",
# "Polecamy: …", "Nieoficjalnie: …"): a page's furniture, a note or a step of an argument.
HEADLINE_LABELS = [
    "telefon",
    "tel",
    "adres",
    "autor",
    "redakcja",
    "opublikowano",
    "aktualizacja",
    "copyright",
    "zdjęcie",
    "fot",
    "przypomnijmy",
    "polecamy",
    "nieoficjalnie",
    "przykład",
    "pytanie",
    "odpowiedź",
    "wniosek",
    "kontekst",
    "uwaga",
]

# The words after a speaker handing their words to the medium named next ("…, powiedziała Truss, cytowana przez
# agencję Reutersa"): the speaker said it, the medium carried it (Speaker.via).
QUOTED_BY = [r"cytowan(?:y|a|e|i|ego|ej) przez"]

# Endings of a participle or gerund opening a sentence, capitalised there, which names no one (phrases.py
# `_opening_participle`); "Zapytany o plany odparł, że …" (asked about) leaves its verb subjectless too.
OPENING_PARTICIPLE_ENDINGS = ("ąc", "pytany", "pytana", "pytani", "pytane", "pytywany", "pytywana", "pytywani")
# Of those, the participles of being asked ("Pytany, czy Putin poprze projekt, odpowiedział, że …", "Dopytywany, czy
# …, odparł:"): the question runs to the comma before the answer verb, a name in it no subject (session 28; kept to
# Polish: the shared comma rule added wrong es/it claims in session 27).
QUESTION_PARTICIPLE_ENDINGS = ("pytany", "pytana", "pytani", "pytane", "pytywany", "pytywana", "pytywani")
# A comma always stands before a complementizer ("X said, that …" is the cue's own clause, however long the opening).
COMMA_BEFORE_COMPLEMENTIZER = True
