"""Stage "quotes" on sentences shaped like real Czech news (SlavicNER dev articles, hand audit of session 13).

Each test holds a sentence written by the team in the shape of one that the audit of real Czech articles from the
shared eval collection found wrongly read; the comment names the error class.
"""

from __future__ import annotations

import pytest
from quote_rows import quote_rows as _quotes

# --- "podle něj", "podle nich": the genitive pronoun is the whole source; the claim is the clause around it -------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Ministr Petr Dvořák mluvil o rozpočtu. Podle něj by dohodu zvládl lépe vyjednat nový kabinet.",
            "Petr Dvořák",
        ),
        (
            "Ministryně Alena Schillerová mluvila o povodních. Za škody podle ní mohou silné deště posledních dnů.",
            "Alena Schillerová",
        ),
    ],
)
def test_genitive_pronoun_after_podle_is_the_source(text: str, label: str) -> None:
    quotes = [q for q in _quotes(text, "cs") if q["cue"] and q["cue"].lower() == "podle"]
    assert len(quotes) == 1
    assert quotes[0]["label"] == label
    assert "ní" not in (quotes[0]["speaker"] or "").split() and "něj" not in (quotes[0]["speaker"] or "").split()
    assert "mohou" in quotes[0]["content"] or "zvládl" in quotes[0]["content"]


# --- the source after "podle" ends before the claim's verb or auxiliary; "podle pravidel" names no source ----------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nová varianta viru, která podle vědců může šíření zrychlit o polovinu, se objevila v Kentu.", "vědců"),
        ("Podle těchto zdrojů musí vláda sama rozhodnout o podobě obchodních dohod.", "těchto zdrojů"),
        ("Podle listu Le Monde se ale dodávky vakcín do regionů opět zpožďují.", "listu Le Monde"),
        ("Premiér se podle serveru Politico prezentoval jako poslední šance proti extremistům.", "serveru Politico"),
    ],
)
def test_source_after_podle_ends_before_the_claim(text: str, speaker: str) -> None:
    assert [q["speaker"] for q in _quotes(text, "cs")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Senát žádá zachování práv zaměstnanců podle evropských standardů i po odchodu země z unie.",
        "Alespoň podle slov, kterými ministr včera zdůvodňoval odchod svého náměstka z úřadu.",
    ],
)
def test_podle_with_no_source_is_no_attribution(text: str) -> None:
    assert _quotes(text, "cs") == []


# --- a medium after "podle" between a subject and its verb relays: the subject speaks -----------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Úřady podle zpravodajského serveru Seznam Zprávy uvedly, že zasáhly kvůli veřejnému pořádku.", "Úřady"),
        (
            "Bývalý ministr zahraničí Francie podle slov agentury AFP vzkázal voličům, že čas na změnu dochází.",
            "Bývalý ministr zahraničí Francie",
        ),
    ],
)
def test_subject_before_a_relaying_medium_speaks(text: str, speaker: str) -> None:
    quotes = [q for q in _quotes(text, "cs") if q["cue"] and q["cue"].lower() != "podle"]
    assert [q["speaker"] for q in quotes] == [speaker]


# --- wishes, promises of money and resemblance are no speech ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Prozatím bylo naočkováno přes milion lidí a Německo chce brzy týdně očkovat až dva miliony lidí.",
        "Ministři ostatních zemí chtějí, aby občané unie měli v Británii během přechodného období plná práva.",
        "Americký investor Jan Novák slíbil v přepočtu další čtyři miliony korun kampani na podporu unie.",
        "Postup bulvárního tisku proti investorovi připomíná kampaň nacionalistických skupin v Maďarsku.",
    ],
)
def test_wish_promise_or_resemblance_is_no_quote(text: str) -> None:
    assert _quotes(text, "cs") == []


def test_promise_with_a_clause_stays() -> None:
    rows = _quotes("Premiérka slíbila, že bude bojovat proti návrhům přiznat občanům unie plná práva.", "cs")
    assert [(r["cue"], r["speaker"]) for r in rows] == [("slíbila", "Premiérka")]


# --- verbs of saying Czech news uses, in their real forms ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Euro je kolosální chyba, brzy toho budeme velmi litovat, myslí si bývalý premiér Jan Novotný.",
            "myslí si",
            "bývalý premiér Jan Novotný",
        ),
        ("Obnova se nemusí podařit, přiznal ministr financí Kalousek", "přiznal", "ministr financí Kalousek"),
        ("Opozice tvrdí, že vláda o sankcích mlčela celé měsíce.", "tvrdí", "Opozice"),
        (
            "V pátek pak americká média informovala, že kandidát zvítězil i ve státě Nevada.",
            "informovala",
            "americká média",
        ),
        (
            "Situace je vážná, poznamenal ministr zdravotnictví Jan Blatný.",
            "poznamenal",
            "ministr zdravotnictví Jan Blatný",
        ),
    ],
)
def test_czech_verbs_of_saying(text: str, cue: str, speaker: str) -> None:
    rows = _quotes(text, "cs")
    assert [(r["cue"], r["speaker"]) for r in rows] == [(cue, speaker)]


def test_impersonal_zaznelo_reports_the_clause() -> None:
    rows = _quotes("Na jednání dále zaznělo, že prioritou je zachování práv unijních občanů.", "cs")
    assert [(r["cue"], r["content"]) for r in rows] == [("zaznělo", "že prioritou je zachování práv unijních občanů")]


# --- sentence adverbs and photo captions are no speakers -------------------------------------------------------------


@pytest.mark.parametrize("adverb", ["Zároveň", "Rovněž", "Navíc"])
def test_sentence_adverb_before_a_subjectless_cue_is_no_speaker(adverb: str) -> None:
    text = f"Vyjednavač Michel Barnier přijel do Londýna. {adverb} zdůraznil, že se rozhodnutí nezmění."
    rows = [r for r in _quotes(text, "cs") if r["cue"] == "zdůraznil"]
    assert [(r["speaker"], r["label"]) for r in rows] == [(None, "Michel Barnier")]


def test_photo_caption_colon_names_no_speaker() -> None:
    assert _quotes("Foto: Jan Novák Popisek: Předseda vlády v demisi na jednání v Bruselu", "cs") == []


# --- session 14 audit: "citoval(a) X agentura": the person quoted is the object, the medium after it relays -------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Premiérka Alena Horáková přiletěla do Tokia. „Chci jasná pravidla pro všechny,“ citovala Horákovou "
            "agentura Reuters.",
            "Alena Horáková",
        ),
        (
            "Vyjednavač Karel Svoboda návrh odmítl. „O právech občanů se jednat nebude,“ citoval jej server BBC.",
            "Karel Svoboda",
        ),
        (
            "Mluvčí vlády Petr Malý to odmítl. „Vinu nesou jiní, ne my,“ citovala vládního mluvčího agentura.",
            "Petr Malý",
        ),
    ],
)
def test_quoting_verb_names_the_person_quoted(text: str, label: str) -> None:
    rows = [r for r in _quotes(text, "cs") if r["cue"] and r["cue"].startswith("citoval")]
    assert [r["label"] for r in rows] == [label]
    assert "agentura" not in (rows[0]["speaker"] or "") and "server" not in (rows[0]["speaker"] or "")


# --- a phrase of time or setting between the subject and its verb -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ministr na tiskové konferenci zdůraznil, že vláda plně podporuje vyjednavače.", "Ministr"),
        (
            "Vládní odborná poradní skupina po svém pondělním zasedání oznámila, že by obchody měly zůstat zavřené.",
            "Vládní odborná poradní skupina",
        ),
        ("Deník Guardian v této souvislosti připomíná, že Británie patří k nejskeptičtějším zemím.", "Deník Guardian"),
        ("Mluvčí ministerstva vzápětí sdělil, že spor se vyřeší jednáním.", "Mluvčí ministerstva"),
        ("Úřady v americkém Ohiu požádaly soud, aby zamítl žalobu kampaně.", "Úřady v americkém Ohiu"),
        ("Francouzská vláda tento týden uvedla, že je připravena pomoci.", "Francouzská vláda"),
        ("Média předtím spekulovala, že by vláda mohla ustoupit.", "Média"),
    ],
)
def test_subject_past_a_phrase_before_the_verb(text: str, speaker: str) -> None:
    assert [r["speaker"] for r in _quotes(text, "cs")] == [speaker]


def test_subject_past_a_phrase_before_a_partial_quotation() -> None:
    text = (
        "Bývalý ministr ve svém projevu zároveň vyzval předsedu strany Jana Malého, aby se svými lidmi proti "
        '"brexitu" bojoval.'
    )
    rows = _quotes(text, "cs")
    assert [(r["cue"], r["speaker"]) for r in rows] == [("vyzval", "Bývalý ministr")]


# --- a man's title is no woman's: "bývalý premiér" after "premiérka X" ---------------------------------------------


def test_title_of_one_gender_is_no_holder_of_the_other() -> None:
    text = (
        "Bývalý předseda vlády Jan Dvořák vydal prohlášení. Současná premiérka Eva Malá má zemi připravit na "
        "odchod. Chybu uděláme velkou, myslí si bývalý premiér."
    )
    rows = [r for r in _quotes(text, "cs") if r["cue"] == "myslí si"]
    assert [r["label"] for r in rows] == ["Jan Dvořák"]


# --- verbs of saying and their speakers in the articles' own forms ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Většina zadržených zůstane ve vazbě měsíc, sdělil policejní důstojník Jan Kovář.", "sdělil", None),
        ("Takový plán nyní premiér odmítl, tvrdí britské listy.", "tvrdí", "britské listy"),
        ("Kolik lidí už bylo očkováno, ministr neuvedl, podotýká americký deník.", "podotýká", "americký deník"),
        ("Svaz učitelů vyzval vládu premiéra Jana Nováka, aby prodloužila výuku na dálku.", "vyzval", "Svaz učitelů"),
        ("Mluvčí Kremlu odmítl, že by Rusko neslo vinu za výpadek dodávek.", "odmítl", "Mluvčí Kremlu"),
        (
            "Evropa je na vyjednávání dobře připravena, píše estonský premiér, jehož země předsedala Radě EU.",
            "píše",
            "estonský premiér",
        ),
    ],
)
def test_more_verbs_of_saying(text: str, cue: str, speaker: str | None) -> None:
    rows = _quotes(text, "cs")
    assert [r["cue"] for r in rows] == [cue]
    if speaker is not None:
        assert rows[0]["speaker"] == speaker
    else:
        assert rows[0]["label"] == "Jan Kovář"
    assert rows[0]["speaker"] not in rows[0]["content"]


@pytest.mark.parametrize(
    "text",
    [
        "Mír je zajištěn jaderným patem. Ten pat trvá a platí pro všechny skutečné i titulované velmoci,“ má jasno "
        "spisovatel.",
        "Premiér již dříve vyzýval k upuštění od plánu na odchod z unie.",
        "Zástupci unie její představu o budoucích vztazích odmítli.",
        "List Daily Telegraph obvinil podnikatele z přípravy tajného plánu.",
    ],
)
def test_call_refusal_or_charge_with_no_clause_is_no_quote(text: str) -> None:
    assert _quotes(text, "cs") == []


# --- a source after "podle" with a verbal noun ("prohlášení") ends like an adjective -------------------------------


def test_podle_with_a_statement_of_a_body_is_a_source() -> None:
    text = "Lék měl být podle tehdejších prohlášení ruského vedení k dispozici na konci srpna nebo v září."
    rows = _quotes(text, "cs")
    assert [r["cue"] for r in rows] == ["podle"]
    # (its last word, "vedení", ends like a nominative adjective and is cut off the source's words)
    assert (rows[0]["speaker"] or "").startswith("tehdejších prohlášení ruského")
    assert rows[0]["content"].startswith("Lék měl být")


# --- a source inside a relative or conjoined clause speaks for that clause only ------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Země se potýká s růstem případů kvůli nové variantě viru, která podle lékařů může šíření zrychlit o "
            "třetinu.",
            "která podle lékařů může šíření zrychlit o třetinu",
        ),
        (
            "Nová varianta viru, která podle vědců může šíření zrychlit o polovinu, se objevila v Kentu.",
            "která podle vědců může šíření zrychlit o polovinu",
        ),
        (
            'Senátor již dříve vyzýval k odkladu "reformy", ale podle místních průzkumů jeho slova voliče nijak '
            "nepřesvědčila.",
            "podle místních průzkumů jeho slova voliče nijak nepřesvědčila",
        ),
    ],
)
def test_source_inside_a_relative_or_conjoined_clause(text: str, content: str) -> None:
    rows = [r for r in _quotes(text, "cs") if r["cue"] == "podle"]
    assert [r["content"] for r in rows] == [content]


# --- "jak ukázal průzkum", "Jak upozorňuje X": more verbs of the "jak" source clause --------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Projevilo se to i v poklesu preferencí vládní strany, jak ukázal průzkum agentury Median.",
            "Projevilo se to i v poklesu preferencí vládní strany",
            "průzkum agentury Median",
        ),
        (
            "Jak upozorňuje europoslanec Jan Novotný, dohoda o clech zatím neexistuje.",
            "dohoda o clech zatím neexistuje",
            "europoslanec Jan Novotný",
        ),
    ],
)
def test_jak_source_clause(text: str, content: str, speaker: str) -> None:
    rows = _quotes(text, "cs")
    assert [(r["content"], r["speaker"]) for r in rows] == [(content, speaker)]


# --- a date before the subject, a phrase between the subject and its verb -------------------------------------------


def test_subject_after_a_date_and_before_an_aside() -> None:
    text = "V úterý 11. srpna šéf Kremlu Vladimir Putin s pompou oznámil, že jeho země schválila novou vakcínu."
    rows = _quotes(text, "cs")
    assert [(r["cue"], r["label"]) for r in rows] == [("oznámil", "Vladimir Putin")]


# --- a subjectless verb before a quotation's colon: the verb's unnamed subject speaks, the verb is no name ---------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Premiér Jan Dvořák mluvil v Bruselu. Na otázku, zda je zastáncem unie, odpověděl rozhodně: "
            "„Samozřejmě, že ano.“",
            "odpověděl",
        ),
        (
            "Premiér Jan Dvořák mluvil v Bruselu. Na otázku novinářů odpověděl: „Zůstaneme pevnou součástí unie.“",
            "odpověděl",
        ),
        (
            "Premiér Jan Dvořák mluvil v Bruselu. Zdůraznil: „Zůstaneme pevnou součástí unie a tak to bude.“",
            "Zdůraznil",
        ),
    ],
)
def test_subjectless_cue_before_a_colon_quotation(text: str, cue: str) -> None:
    rows = _quotes(text, "cs")
    assert [(r["cue"], r["label"]) for r in rows] == [(cue, "Jan Dvořák")]


# --- a title before a name in another case is that person's (spokesman), not the person ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Premiérka Jana Nováková odletěla do Bruselu. Mluvčí Novákové vzápětí sdělil, že spor je věcí vyjednávání.",
        'Premiérka Jana Nováková odletěla do Bruselu. "Hlasování bude důležitým vzkazem," řekl mluvčí Novákové.',
    ],
)
def test_title_before_an_inflected_name_is_the_owners(text: str) -> None:
    rows = [r for r in _quotes(text, "cs") if r["cue"] in ("sdělil", "řekl")]
    assert [r["label"].lower() for r in rows] == ["mluvčí novákové"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Bylo to nutné, řekl mluvčí Dmitrij Peskov.", "Dmitrij Peskov"),
        # a name the text misspells ("Babi") is no other case of it
        ("Premiér Andrej Babiš odletěl. Brexit nás mrzí, uvedl předseda vlády Andrej Babi.", "Andrej Babiš"),
    ],
)
def test_title_before_a_name_in_the_same_case_is_its_holder(text: str, label: str) -> None:
    rows = [r for r in _quotes(text, "cs") if r["cue"] in ("řekl", "uvedl")]
    assert [r["label"] for r in rows] == [label]


# --- "ale" after its clause's subject is an adverb (however): that subject speaks ----------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Demonstrace pokračují již třetím dnem, vlivná turecká armáda dnes ale varovala, že její trpělivost má "
            "hranice.",
            "vlivná turecká armáda",
        ),
        ("V Evropě rostou ceny, ministr financí ale uvedl, že inflace brzy klesne.", "ministr financí"),
        ("Ministr to odmítl, ale uvedl, že se situace brzy zlepší.", "Ministr"),
    ],
)
def test_second_position_ale_keeps_its_clauses_subject(text: str, speaker: str) -> None:
    assert [r["speaker"] for r in _quotes(text, "cs")] == [speaker]


# --- a name in another case right before the verb is its object; an adverb after a subject before "podle" ----------


def test_inflected_name_before_the_verb_is_no_subject() -> None:
    rows = _quotes("V následné hádce ženy Novákovou vyzvaly, aby změnila víru.", "cs")
    assert all(r["label"] != "Novákovou" and "Novák" not in (r["speaker"] or "") for r in rows)


def test_subject_and_adverb_before_a_relaying_source() -> None:
    rows = _quotes("Šéf ústavu ale podle agentury Reuters prohlásil, že účinnost vakcíny je vysoká.", "cs")
    assert [(r["cue"], r["speaker"]) for r in rows] == [("prohlásil", "Šéf ústavu")]


@pytest.mark.parametrize(
    "text",
    [
        "V emocionálním projevu, který přednesl v pátek před úsvitem v Láhauru, Rizvi obvinil jednoho z vyjednavačů.",
        "Ale jak se ukazuje, lék může dobře posloužit i v boji proti koronaviru.",
    ],
)
def test_no_claim_in_a_charge_with_an_object_or_in_jak_se_ukazuje(text: str) -> None:
    assert _quotes(text, "cs") == []


def test_a_word_like_a_title_is_none() -> None:
    # "právo" (a right) is no case form of a title ("právník" is left out of TITLES for it)
    rows = _quotes("Každý má podle předsedy vlády právo vyjádřit své postoje a demonstrovat.", "cs")
    assert [r["speaker"] for r in rows] == ["předsedy vlády"]


# --- "X [verb] s tím, že …" (with the words that …): a claim added to the clause before, whatever its verb ------------
# (SlavicNER cs: 33 "s tím, že", 28 of them attributions; session 15)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ústavní soud ho ale minulý měsíc zprostil obžaloby s tím, že svědectví policistů bylo rozporné.",
            "Ústavní soud",
            "že svědectví policistů bylo rozporné",
        ),
        (
            "Hlavní vyjednavač Maroš Šefčovič ale oba návrhy odmítl s tím, že jsou v praxi neproveditelné.",
            "Hlavní vyjednavač Maroš Šefčovič",
            "že jsou v praxi neproveditelné",
        ),
        (
            "„Očkování trvá jen pár minut,“ uvedla sestra s tím, že čekání po něm zabere asi půl hodiny.",
            "sestra",
            "že čekání po něm zabere asi půl hodiny",
        ),
        (
            "Zpráva o případu vyšla ve čtvrtek, informovala MF DNES s tím, že nemocnice odmítla cokoli sdělit.",
            "MF DNES",
            "že nemocnice odmítla cokoli sdělit",
        ),
    ],
)
def test_s_tim_ze_adds_a_claim_of_the_clauses_subject(text: str, speaker: str, content: str) -> None:
    rows = [r for r in _quotes(text, "cs") if r["cue"] == "s tím"]
    assert [(r["speaker"], r["content"]) for r in rows] == [(speaker, content)]


def test_claim_before_an_inverted_speaker_with_s_tim_ze_after_him() -> None:
    text = "Pokud se započtou i nerozhodnutí, vede tábor odchodu o šest bodů, poznamenal deník s tím, že jde o velký rozdíl."
    rows = _quotes(text, "cs")
    assert [(r["cue"], r["speaker"]) for r in rows] == [("poznamenal", "deník"), ("s tím", "deník")]
    assert rows[0]["content"].startswith("Pokud se započtou") and rows[1]["content"] == "že jde o velký rozdíl"


@pytest.mark.parametrize(
    "text",
    [
        "Počítá se přitom s tím, že žáci posledních ročníků se do škol vrátí v lednu.",
        "Ministerstvo dál pracuje s tím, že se nakazí až tisíc lidí denně.",
        "Odchod Británie a s tím související výpadek příjmů musí unie pokrýt z jiných zdrojů.",
    ],
)
def test_s_tim_as_a_verbs_own_object_is_no_attribution(text: str) -> None:
    assert [r for r in _quotes(text, "cs") if r["cue"] == "s tím"] == []


# --- a date between a postposed cue and its inverted speaker -----------------------------------------------------------


def test_date_between_cue_and_inverted_speaker() -> None:
    text = "„Vakcína je od dnešního rána registrovaná,“ prohlásil 11. srpna Putin s dodatkem, že ji vyzkoušela i jeho dcera."
    rows = _quotes(text, "cs")
    assert [(r["cue"], r["speaker"]) for r in rows] == [("prohlásil", "Putin"), ("s dodatkem", "Putin")]


# --- a criticism of a noun reports no claim; with a clause it does (session 15, fresh seed-17 audit) -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Mluvčí ministerstva Petr Novák kritizoval také páteční shromáždění v Brně, na které přišlo asi tisíc lidí.",
        "Účastníci demonstrace kritizovali vysoké ceny energií i sankce uvalené na Rusko.",
    ],
)
def test_criticism_of_a_noun_is_no_claim(text: str) -> None:
    assert [r for r in _quotes(text, "cs") if r["cue"] and r["cue"].startswith("kritiz")] == []


def test_criticism_with_a_clause_keeps_it() -> None:
    rows = _quotes("Ředitel ústavu Jan Malý kritizoval média za to, že sledují jen počty nakažených.", "cs")
    assert [(r["cue"], r["content"]) for r in rows] == [("kritizoval", "že sledují jen počty nakažených")]


# --- "podle nich": the plural subject of the sentence before, not the source last remembered (session 15) -------------


def test_podle_nich_is_the_plural_subject_before() -> None:
    text = (
        "Školu znovu otevřít nelze, uvedla dnes agentura AP. Učitelské odbory po své dnešní schůzi chtějí, aby školy "
        "zůstaly zavřené. Vláda by podle nich měla povolit výuku na dálku."
    )
    rows = [r for r in _quotes(text, "cs") if r["cue"] == "podle"]
    assert [r["label"] for r in rows] == ["Učitelské odbory"]


# --- "píší": the standard present plural of "psát" (session 28 audit: "Britská média píší, že …" found nothing) -------


def test_pisi_is_a_cue() -> None:
    rows = _quotes(
        "Premiérka chce oba tábory smířit. Britská média píší, že se jí podařilo dosáhnout kompromisu.", "cs"
    )
    assert [(r["cue"], r["content"], r["label"]) for r in rows] == [
        ("píší", "že se jí podařilo dosáhnout kompromisu", "Britská média")
    ]


def test_question_verb_is_a_cue() -> None:
    """'"…?" táže se politik' (asks): a cue, so the question is no tail of the quotation before it (audit 29,
    /work/briefs/audit29_cs.md; cs sweep: 1 merged quotation split, 2 new questions, 1 speaker found)."""
    text = (
        'Poslanec Petr Dvořák řekl rozhlasu, že jde o vážnou věc. "Chceme vědět, kolik na tom vydělal," řekl Dvořák, '
        'před jehož výborem má svědek vypovídat. "Měl za to peníze? Použil je na kampaň?" táže se poslanec.'
    )
    rows = _quotes(text, "cs")
    assert [(r["content"], r["cue"]) for r in rows if r["content"].startswith(("Chceme", "Měl"))] == [
        ("Chceme vědět, kolik na tom vydělal,", "řekl"),
        ("Měl za to peníze? Použil je na kampaň?", "táže se"),
    ], rows


def test_politik_is_a_title_for_the_person_named_before() -> None:
    """'"…," řekl politik' after 'Pákistánský premiér Imran Chán …' is Chán, as pl "polityk" and ru "политик" are
    titles (audit 29; cs sweep: 8 changes, about 6 speakers right, 2 worse)."""
    text = (
        'Slovenský premiér Petr Novák vyzval obyvatele ke klidu. "Nedovolíme blokování dopravy," řekl politik, který '
        "dříve hrál hokej."
    )
    assert [r["label"] for r in _quotes(text, "cs") if r["cue"] == "řekl"] == ["Petr Novák"]
