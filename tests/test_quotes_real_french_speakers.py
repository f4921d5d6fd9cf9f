"""Speakers of the stage "quotes" on sentences shaped like real French news (CL-TLS egypt/yemen, SemEval-8 fr).

Each test holds a sentence written by the team in the shape of one that the session-25 French audit of real
articles from the shared eval collections found given the wrong speaker; the comment names the error class.
"""

from __future__ import annotations

from quote_rows import quote_rows as _quotes


def test_a_role_names_its_holder_in_apposition() -> None:
    # "…", estime une jeune militante, Sara Benali.": the name in apposition after a role (no office, so no holder
    # is looked for elsewhere) is the speaker, as after a title ("le porte-parole de l'armée, Ahmed Ali,")
    text = '"La situation est pire qu\'avant", estime une jeune militante, Sara Benali. Elle se bat depuis 2011.'
    rows = _quotes(text, "fr")
    assert [(q["speaker"], q["label"]) for q in rows] == [("une jeune militante, Sara Benali", "Sara Benali")]
    later = '"Nous n\'avons rien obtenu", affirme un avocat, Karim Haddad, qui défend trois manifestants.'
    assert [q["label"] for q in _quotes(later, "fr")] == ["Karim Haddad"]
    # a role alone names its speaker as it did
    alone = '"Rien ne change", ajoute le militant.'
    assert [q["label"] for q in _quotes(alone, "fr")] == ["militant"]


def test_an_object_pronoun_before_the_verb_is_not_the_speaker() -> None:
    # "Me Salif Kébé nous démentissait l'information": "nous" (us, the paper) is whom it was told to, the subject
    # before it speaks; read as the speaker, "nous" was resolved to the last body named ("Cour")
    text = (
        "La Cour constitutionnelle a rendu son arrêt le 10 mars, pendant que Me Amadou Diallo nous démentissait "
        "l'information mardi soir."
    )
    assert [q["speaker"] for q in _quotes(text, "fr")] == ["Me Amadou Diallo"]
    told = "Le porte-parole Jean Dupont nous a affirmé que la réunion aurait lieu jeudi."
    assert [q["label"] for q in _quotes(told, "fr")] == ["Jean Dupont"]
    # after "On" the object pronoun is skipped to the impersonal subject
    anonymous = "On nous dit que la croissance reviendra l'an prochain."
    assert [q["speaker"] for q in _quotes(anonymous, "fr")] == ["On"]


def test_a_relative_pronoun_is_not_part_of_the_speaker() -> None:
    # "l'opposition laïque qui dénonce une dérive autoritaire": the phrase the relative clause hangs on speaks; with
    # "qui" in it the label was "opposition laïque qui" and a title could not find its holder ("le ministre qui")
    text = "Le président fait face à l'opposition laïque qui dénonce une dérive autoritaire du pouvoir."
    assert [q["label"] for q in _quotes(text, "fr")] == ["opposition laïque"]
    titled = (
        "Le ministre de l'Intérieur Jean Dupont est arrivé à Marseille. Le texte a été adopté malgré le ministre "
        "qui a affirmé que la loi était injuste."
    )
    assert [(q["speaker"], q["label"]) for q in _quotes(titled, "fr")] == [("le ministre", "Jean Dupont")]
    # "ce qui explique …" (which explains) names no one
    assert _quotes("Les prix ont doublé, ce qui explique en partie la colère des habitants.", "fr") == []


def test_a_verb_inverted_after_the_closing_mark_names_its_speaker() -> None:
    # "« … », déplore Mohammed Chabaïk", "», s'insurge Nader Bakkar", "», a conclu M. Poutine": verbs that report
    # only inverted after a quotation; unknown as cues, the quotation had no speaker, and two statements of two
    # people around "résume X" ran together as one
    text = (
        "« Le verdict est bien trop clément », déplore Karim Sabri, venu manifester. « Nous resterons ici », "
        "s'insurge Leila Haddad. « On ne peut pas laisser un client seul », résume Samir Aziz, serveur."
    )
    rows = _quotes(text, "fr")
    assert [(q["content"], q["label"]) for q in rows] == [
        ("Le verdict est bien trop clément", "Karim Sabri"),
        ("Nous resterons ici", "Leila Haddad"),
        ("On ne peut pas laisser un client seul", "Samir Aziz"),
    ]
    past = "Samia Farid est avocate. « Rien n'a changé », a-t-elle poursuivi. « Il faut agir », a conclu M. Durand."
    assert [q["label"] for q in _quotes(past, "fr")] == ["Samia Farid", "Durand"]
    # before a quotation or in a clause they ask, analyse or go on: no quotation of theirs
    clause = "Le président américain demandait à M. Morsi d'engager un dialogue « plus constructif »."
    assert _quotes(clause, "fr") == []
    assert _quotes("Son analyse des chiffres est claire. Les négociations se poursuivent.", "fr") == []


def test_a_street_named_for_someone_is_no_antecedent() -> None:
    # "le feu avait pris dans la rue Masui. …, a-t-il précisé": the name after "rue" or "avenue" is a street, not
    # the man "il" stands for (it was resolved to "Masui", "Habib Bourguiba")
    text = (
        "Un incendie a été maîtrisé à Bruxelles, a communiqué le bourgmestre de la ville, Philippe Close. Le "
        "bourgmestre a indiqué que le feu avait pris dans la rue Masui. Certains habitants ont pu rentrer chez eux, "
        "a-t-il précisé."
    )
    assert [q["label"] for q in _quotes(text, "fr")][-1] == "Philippe Close"
    tweet = (
        "Slim Amamou est blogueur. Ils disent que l'avenue Habib Bourguiba est interdite. Il a ensuite lancé un "
        "appel à manifester : « Venez tous »."
    )
    assert [q["label"] for q in _quotes(tweet, "fr")][-1] == "Slim Amamou"
    # a street named with a given name and a surname stays a street ("rue Mohammed Mahmoud": read as a person's
    # full name, it was made a person again after the street noun had made it a place)
    named = (
        "Le Premier ministre Hisham Qandil a visité les blessés. Des heurts ont éclaté rue Mohammed Mahmoud, près "
        "de la place Tahrir. « Nous ne partirons pas », a-t-il lancé."
    )
    assert [q["label"] for q in _quotes(named, "fr")] == ["Hisham Qandil"]


def test_a_woman_whose_first_name_has_a_mans_ending_is_elle() -> None:
    # "Eman Hashim tweete : … Elle ajoute :", "Sally Sami annonce : … Elle précise :": a woman's first name with a
    # man's ending (FEMALE_NAMES) was read as a man's, so "elle" went to a place or an earlier woman, or to nobody
    posts = (
        "Depuis Alexandrie, Eman Khalil tweete :\nLa police bloque la corniche depuis ce matin, impossible de "
        "passer #Egypte\nElle ajoute :\nLes gaz lacrymogènes arrivent jusqu'aux immeubles, on ferme les fenêtres."
    )
    assert [q["label"] for q in _quotes(posts, "fr")] == ["Eman Khalil", "Eman Khalil"]
    asked = (
        "La porte-parole du département d'État, Jennifer Psaki, a été interrogée sur l'aide militaire. « Nous "
        "examinons toutes les options », a-t-elle répondu."
    )
    assert [q["label"] for q in _quotes(asked, "fr")] == ["Jennifer Psaki"]
    later = (
        "Le ministre Ahmed Kamel a parlé le matin. Sally Mourad, une habitante du quartier, a vu les blindés. "
        "« Ils sont arrivés à l'aube », raconte-t-elle."
    )
    assert [q["label"] for q in _quotes(later, "fr")] == ["Sally Mourad"]
    # a man's name with a man's ending is still no antecedent of "elle"
    man = "Karim Mourad a vu les blindés. « Ils sont arrivés à l'aube », raconte-t-elle."
    assert [q["label"] for q in _quotes(man, "fr")] == [None]


def test_quotations_listed_before_one_cue_share_it() -> None:
    # '"Le président pousse le peuple …", "Les Frères musulmans volent la révolution", proclamaient des banderoles':
    # the first quotation took its attribution from the words inside the second ("Les Frères … volent"), or a cue
    # in it ("veut"); the cue after the list attributes each quotation of it
    chants = (
        "« Le président doit partir », « Le peuple veut la chute du régime », scandaient les manifestants devant "
        "le palais."
    )
    rows = _quotes(chants, "fr")
    assert [(q["cue"], q["speaker"]) for q in rows] == [("scandaient", "les manifestants")] * 2
    banners = (
        '"Le gouvernement pousse les jeunes à l\'exil", "Les Frères musulmans volent la révolution", proclamaient '
        "des banderoles sur la place."
    )
    assert [q["speaker"] for q in _quotes(banners, "fr")] == ["des banderoles"] * 2
    # the same list in English marks (shared code)
    english = (
        "“The president must go now and leave the country,” “The people want the fall of the regime,” chanted the "
        "protesters."
    )
    assert [q["speaker"] for q in _quotes(english, "en")] == ["the protesters"] * 2
    # a quotation followed by narration keeps its own cue
    one = "« Nous ne partirons pas », a lancé Ahmed Salem. « Le peuple veut la chute du régime », scandait la foule."
    assert [q["speaker"] for q in _quotes(one, "fr")] == ["Ahmed Salem", "la foule"]


def test_an_attribution_set_inside_the_marks_after_a_comma() -> None:
    # "« A, a indiqué au quotidien Le Droit Didier Farré, propriétaire du complexe. B »", "« A, annonce-t-il. B »":
    # French papers set the attribution inside one pair of marks between a comma and the sentence's end; without a
    # cue after the closing mark the quotation had no speaker, or ran on into the next one across the narration
    named = (
        "Le cinéma de la ville fermera ses portes jeudi. « Nous n'avons pas le choix de cesser nos projections, a "
        "indiqué au journal local Paul Tremblay, propriétaire du complexe. Les limites de fréquentation nous "
        "ruinent. » Le cinéma espère rouvrir en décembre."
    )
    rows = _quotes(named, "fr")
    assert [(q["cue"], q["label"]) for q in rows] == [("a indiqué", "Paul Tremblay")]
    assert rows[0]["content"].startswith("Nous n'avons pas le choix") and rows[0]["content"].endswith("ruinent.")
    pronoun = (
        "Le marchand Adel Chahine a coupé le courant de sa boutique. « Ce n'est pas à cause du président que les "
        "touristes ne viennent plus, annonce-t-il. Sans sécurité pour nous, il n'y en a pas pour eux. »"
    )
    assert [(q["cue"], q["label"]) for q in _quotes(pronoun, "fr")] == [("annonce-t-il", "Adel Chahine")]
    # the clause closed by a comma, the words going on after it; a person named in the words is not "il"
    short = "Le sénateur Patrick Leahy doute. « En attendant Morsi, ajoute-t-il, notre droit est clair. »"
    assert [q["label"] for q in _quotes(short, "fr")] == ["Patrick Leahy"]
    # the next statement's own attribution no longer joins it to the one before
    two = (
        "« Personne ne doit nous retirer ce droit », lance Mona Salem, humoriste. « Le président court le risque "
        "de nouvelles tensions, avertit-elle. L'enquête doit être annulée. »"
    )
    assert [(q["content"][:20], q["label"]) for q in _quotes(two, "fr")] == [
        ("Personne ne doit nou", "Mona Salem"),
        ("Le président court l", "Mona Salem"),
    ]


def test_words_after_a_comma_inside_marks_are_no_attribution_unless_a_cue_opens_them() -> None:
    # an adjective that is a cue elsewhere ("précise"), a source the speaker names ("selon moi"), a clause opening a
    # quotation of its own ("a dit en 1947 :") attribute nothing
    plain = "« Nous voulons une réponse claire, précise et rapide du gouvernement », dit le syndicaliste Marc Roux."
    assert [q["label"] for q in _quotes(plain, "fr")] == ["Marc Roux"]
    own = "« Le pays va très mal, selon moi. Il faut des élections », a déclaré Marc Roux."
    assert [q["label"] for q in _quotes(own, "fr")] == ["Marc Roux"]


def test_the_speaker_after_a_phrase_inserted_after_the_cue() -> None:
    # '"…", exulte, dans un français approximatif, Hakima.': a phrase of how or where it was said, set off by commas
    # between an inverted cue and its subject, left the quotation without a speaker; said without commas ("lance au
    # micro un des leaders …") it was read as the speaker ("au micro un des")
    text = "« C'est la révolution du peuple », exulte, dans un français approximatif, Samira, une étudiante."
    assert [q["label"] for q in _quotes(text, "fr")] == ["Samira"]
    medium = "« Le Sénat a déjà voté cette réforme », raconte, dans un entretien au Monde, Jean Arthuis."
    assert [q["label"] for q in _quotes(medium, "fr")] == ["Jean Arthuis"]
    micro = "« Ils ne sont pas des hommes », lance au micro un des leaders du mouvement, repris par la foule."
    assert [q["speaker"] for q in _quotes(micro, "fr")] == ["un des leaders du mouvement"]
    # a chant is quoted too
    chant = "« Nous t'aimons, Égypte ! Nous t'aimons ! » chantent en choeur une dizaine de jeunes sur la place."
    assert [(q["cue"], q["speaker"]) for q in _quotes(chant, "fr")] == [("chantent", "une dizaine de jeunes")]
    # the medium told, right after the cue, stays out of the speaker as before
    told = "« C'est fini », a déclaré à l'AFP le maire de la ville."
    assert [q["speaker"] for q in _quotes(told, "fr")] == ["le maire de la ville"]


def test_an_adverbial_after_the_auxiliary_is_not_the_speaker() -> None:
    # "Le général …, a pour sa part déclaré que …", "X a d'ailleurs admis que …": the words between the auxiliary
    # and the cue's participle were read as the speaker ("a pour sa part", "a d'ailleurs")
    text = (
        "Le général Karim Saleh, membre du conseil militaire, a pour sa part déclaré que « parler de mort "
        "clinique n'a aucun sens »."
    )
    assert [q["label"] for q in _quotes(text, "fr")] == ["Karim Saleh"]
    admitted = "Le ministre Gilad Erdan a d'ailleurs admis mercredi que le pays est inquiet de la décision."
    assert [q["label"] for q in _quotes(admitted, "fr")] == ["Gilad Erdan"]
    party = "Le Parti de la liberté a notamment annoncé que le vote aurait lieu dimanche."
    assert [q["label"] for q in _quotes(party, "fr")] == ["Parti de la liberté"]
    # a stressed pronoun after the auxiliary, as before
    unions = "Les syndicats ont eux aussi affirmé que la grève continuerait."
    assert [q["label"] for q in _quotes(unions, "fr")] == ["syndicats"]


def test_a_first_name_initial_stays_with_the_surname() -> None:
    # "«…», commente F. Salinié.": the initial's dot ended the speaker phrase at "F" (after the closing mark and
    # inside the marks alike); a middle initial too ("le général Carter F. Ham")
    after = "« Le marché est saturé », commente F. Salinié, directrice de l'agence."
    assert [q["label"] for q in _quotes(after, "fr")] == ["F. Salinié"]
    inside = "« Le marché est saturé, commente F. Salinié. Nous devons changer de modèle. » Elle poursuit ses visites."
    assert [q["speaker"] for q in _quotes(inside, "fr")] == ["F. Salinié"]
    middle = "« Nous resterons vigilants », a déclaré le général Carter F. Ham."
    assert [q["label"] for q in _quotes(middle, "fr")] == ["Carter F. Ham"]
    # a capital ending a sentence before a capitalised word is no initial of the next sentence's speaker
    ends = "La ville est classée en zone B. Le maire a déclaré: « Nous attendons les aides »."
    assert [q["speaker"] for q in _quotes(ends, "fr")] == ["Le maire"]


def test_a_role_described_after_a_closing_source_is_no_part_of_the_claim() -> None:
    # "…, selon Shahinaz Abdel Salam, blogueuse et militante pour la démocratie.": the words after the source's
    # comma describe it; read as a claim going on, the whole sentence with its source became the content
    text = (
        "La méthode a été fortement débattue dans le pays, selon Shahinaz Abdel Salam, blogueuse et militante "
        "pour la démocratie."
    )
    rows = _quotes(text, "fr")
    assert [(q["content"], q["label"]) for q in rows] == [
        ("La méthode a été fortement débattue dans le pays", "Shahinaz Abdel Salam")
    ]
    # a clause after the source's comma, with its article, is still the claim's own
    clause = "Le bilan s'élève à douze morts dans la capitale, selon la police, les secours étant encore sur place."
    assert [q["content"] for q in _quotes(clause, "fr")] == [
        "Le bilan s'élève à douze morts dans la capitale, selon la police, les secours étant encore sur place"
    ]


def test_a_relative_clause_after_an_opening_source_is_no_part_of_the_claim() -> None:
    # "Selon X, qui …, CLAIM": the relative clause set off by commas describes the source; the claim began with it
    text = "Selon la police, qui a ouvert une enquête, deux hommes ont été arrêtés mardi soir près de la gare."
    rows = _quotes(text, "fr")
    assert [(q["content"], q["label"]) for q in rows] == [
        ("deux hommes ont été arrêtés mardi soir près de la gare", "police")
    ]
    # "où", "dont" open one as "qui" does
    where = "Selon les gardiens de la prison centrale, où il était détenu, l'ancien ministre souffre d'hypertension."
    assert [q["content"] for q in _quotes(where, "fr")] == ["l'ancien ministre souffre d'hypertension"]


def test_a_cue_in_the_imperfect_attributes_its_quotation() -> None:
    # "«…», soulignait le politologue Tewfik Aclimandos", "«…», confiait récemment un conseiller du Guide suprême":
    # the present's patterns ("souligne\w*") missed the imperfect, and the quotation was left without a speaker
    text = "« Il n'est lié à aucun parti », soulignait le politologue Karim Mansour. Cela semble confirmé."
    assert [(q["cue"], q["label"]) for q in _quotes(text, "fr")] == [("soulignait", "Karim Mansour")]
    told = "« Nous voyons toutes les conséquences », confiait récemment un proche du président. Le roi a 89 ans."
    assert [(q["cue"], q["speaker"]) for q in _quotes(told, "fr")] == [("confiait", "un proche du président")]
    # before "que" too: "les dépêches qui révélaient que …", "aux Etats-Unis on lui disait qu'elle …"
    claim = "Le député Ali Hassan soulignait que le gouvernement n'avait pas consulté le Parlement."
    assert [(q["content"], q["label"]) for q in _quotes(claim, "fr")] == [
        ("que le gouvernement n'avait pas consulté le Parlement", "Ali Hassan")
    ]


def test_a_cue_in_the_imperfect_without_a_clause_reports_nothing() -> None:
    # "disait toujours la vérité à ses patients", "la couverture annonçait le caractère antisémite": a habit or a
    # thing shown, no statement; the imperfect cues only a quotation or a clause ("que …")
    for text in (
        "Le docteur Gabriel Martin disait toujours la vérité à ses patients.",
        "Des ouvrages dont la couverture annonçait le caractère violent étaient exposés à la foire.",
        "Depuis plusieurs mois, les urnes confirmaient ce repli du parti.",
    ):
        assert _quotes(text, "fr") == [], text


def test_more_verbs_that_attribute_a_quotation_right_after_it() -> None:
    # '"…", ont menacé les Frères musulmans, le 18 juin', "», fustige la jeune comique", '", se justifiera M.
    # Morsi', '", s'emporte un homme', '", se reprend-il': verbs that quote only right after the closing mark;
    # the quotation was left without a speaker
    text = (
        '"Si la minorité bloque les institutions, c\'est le retour de la dictature", ont menacé les dirigeants du '
        "parti, le 18 juin. \"Nous n'avions pas le choix\", se justifiera M. Karim Saleh devant l'assemblée."
    )
    assert [(q["cue"], q["speaker"]) for q in _quotes(text, "fr")] == [
        ("ont menacé", "les dirigeants du parti"),
        ("se justifiera", "M. Karim Saleh"),
    ]
    angry = (
        '"Que l\'Etat nous rende d\'abord nos étals !", s\'emporte un vendeur. "A part les ordures...", se '
        "reprend-il. « C'est une honte », fustige la jeune humoriste."
    )
    assert [q["cue"] for q in _quotes(angry, "fr")] == ["emporte", "se reprend-il", "fustige"]
    # elsewhere the same verbs say nothing ("a avancé une proposition", "menace de démissionner")
    assert _quotes("Le ministre a avancé une proposition de loi et menace de démissionner.", "fr") == []


def test_a_date_after_the_cue_is_not_the_speaker() -> None:
    # "», a affirmé le 6 septembre au cours d'une conférence de presse le secrétaire général du CHP": the date and
    # the setting say when and where; the date was the speaker ("6 septembre"), and a setting of six words and an
    # elided article ("au cours d'une conférence de presse") was too long to be skipped
    text = (
        "« Ces camps servent à entraîner des combattants », a affirmé le 6 septembre au cours d'une conférence de "
        "presse le secrétaire général du parti."
    )
    assert [q["speaker"] for q in _quotes(text, "fr")] == ["le secrétaire général du parti"]
    dated = "« Ces camps servent à entraîner des combattants », a déclaré lundi 6 septembre dernier Kemal Demir."
    assert [q["label"] for q in _quotes(dated, "fr")] == ["Kemal Demir"]


def test_a_reflexive_cue_set_inside_the_marks_attributes_the_quotation() -> None:
    # '"Si X n'avait pas été évacué, ils l'auraient frappé, s'indigne un cadre de l'institut. Nous …"', '"Il y avait
    # Hassan et Mohamed, se remémore-t-il. On …"': a reflexive cue after a comma inside one pair of marks (the comma
    # rule knew only cues with no clitic before them); the quotation had no speaker
    text = (
        "\"S'il n'avait pas été évacué, ils l'auraient frappé, s'indigne un cadre de l'institut. Nous n'avions "
        'jamais eu de problèmes jusque-là."'
    )
    assert [(q["cue"], q["speaker"]) for q in _quotes(text, "fr")] == [("indigne", "un cadre de l'institut")]
    told = (
        'Tout commence chez Mahmoud Badr. "Il y avait Hassan et Mohamed, se remémore-t-il. On échangeait des '
        'idées sur la révolution."'
    )
    assert [(q["cue"], q["label"]) for q in _quotes(told, "fr")] == [("se remémore-t-il", "Mahmoud Badr")]
    # after a closing mark too: '"…", s'écrie Mohammad'
    cried = "\"C'est une fête et une manifestation en même temps\", s'écrie Mohammad, jeune vendeur."
    assert [q["speaker"] for q in _quotes(cried, "fr")] == ["Mohammad"]
    # outside the marks, before a colon, the subject before the verb speaks: no attribution after a comma
    colon = 'Devant eux, Faden Ilalfi, une jeune retraitée, s\'emporte : "Je hais les Frères, ils nous ont trahis."'
    assert [q["label"] for q in _quotes(colon, "fr")] == ["Faden Ilalfi"]


def test_the_object_before_a_colon_is_not_the_speaker() -> None:
    # "il soulève un point de droit constitutionnel : « … »", "La jeune femme apporte cette précision : « … »": the
    # phrase before the colon is the verb's object, what is said; the verb's subject says it (the object was the
    # speaker, "point de droit constitutionnel", "précision")
    text = "La jeune avocate apporte cette précision : « Je ne portais même pas le drapeau ce jour-là. »"
    assert [q["speaker"] for q in _quotes(text, "fr")] == ["La jeune avocate"]
    asked = 'Dans un entretien au magazine, Alain Delon pose la question : "Où sont passés les hommes ?"'
    assert [q["label"] for q in _quotes(asked, "fr")] == ["Alain Delon"]
    # a speaker named right before the colon stays the speaker
    named = "Le porte-parole du gouvernement : « Nous ne reculerons pas. »"
    assert [q["speaker"] for q in _quotes(named, "fr")] == ["Le porte-parole du gouvernement"]
