"""Stage "quotes" on sentences shaped like real Spanish news (CL-TLS egypt/yemen and SemEval-8, es).

Each test holds a sentence written by the team in the shape of one that the session-24 Spanish audit of real
articles from the shared eval collections found wrongly read; the comment names the error class.
"""

from __future__ import annotations

from quote_rows import quote_rows as _quotes


def test_opening_connective_is_no_speakers_name() -> None:
    # "Asimismo, indicó que …", "Finalmente, agregó que …", "Igualmente ha denunciado …": capitalised at the start of
    # a sentence, the connective was read as the speaker; the subject is left out and the last person speaks
    for opener in ("Asimismo,", "Finalmente,", "Igualmente", "Paralelamente,"):
        text = (
            "El ministro de Sanidad, Carlos Herrera, compareció ayer ante la prensa en Madrid. "
            f"{opener} señaló que la campaña de vacunación empezará en marzo."
        )
        rows = _quotes(text, "es")
        assert [(q["cue"], q["speaker"], q["label"]) for q in rows] == [("señaló", None, "Carlos Herrera")], text


def test_agreeing_participle_is_no_cue() -> None:
    # "las reformas anunciadas por el rey", "figuras destacadas", "no ha sido confirmada": a participle agreeing
    # with its noun is an adjective or a passive, not a verb of saying
    for text in (
        'La prensa local saludó las reformas anunciadas por el rey, calificándolas de "históricas".',
        "Durante la tarde aparecieron en la plaza figuras destacadas de la oposición, como el abogado Amer Saleh.",
        "El avión fue desalojado por un incendio en un motor, aunque la información no ha sido confirmada.",
    ):
        assert [q["cue"] for q in _quotes(text, "es")] == [], text
    active = "El Gobierno ha anunciado que las reformas entrarán en vigor en enero."
    assert [(q["cue"], q["speaker"]) for q in _quotes(active, "es")] == [("anunciado", "El Gobierno")]


def test_lead_in_verbs_of_posts_quote_the_line_after_the_colon() -> None:
    # "Haisam Yehia bromea:", "Basem Fathy reacciona:", "Amal Ghandour pregunta:" before the tweet they quote: no cue
    # of the language's list before, so the post had no speaker
    for verb in ("bromea", "reacciona", "pregunta", "anota"):
        text = (
            "Las redes sociales reaccionaron enseguida al fallo del tribunal.\n"
            f"Laila Hassan {verb}:\n"
            "Ahora la comisión electoral saluda al tribunal que la nombró #Egipto\n"
            "Otros usuarios prefirieron el silencio."
        )
        rows = _quotes(text, "es")
        assert [(q["cue"], q["speaker"]) for q in rows] == [(verb, "Laila Hassan")], text
    # without a colon or marks the verb quotes nothing: a reaction, a question about someone
    for text in (
        "El ministro reaccionó con dureza a las críticas de la oposición.",
        "La madre preguntó por su hijo en la comisaría de Giza.",
    ):
        assert _quotes(text, "es") == [], text


def test_the_head_before_a_de_complement_speaks() -> None:
    # "Las organizaciones defensoras de los derechos humanos han denunciado …", "los reporteros de la televisión
    # estatal han señalado …": the speaker was the complement after "de", not the group or the people before it
    for text, speaker in (
        (
            "Las organizaciones defensoras de los derechos humanos han denunciado que los presos sufren torturas.",
            "Las organizaciones defensoras de los derechos humanos",
        ),
        (
            "Los reporteros de la televisión estatal han señalado que la plaza está tranquila.",
            "Los reporteros de la televisión estatal",
        ),
        ("Los lectores de la revista opinan que el premio es merecido.", "Los lectores de la revista"),
    ):
        assert [q["speaker"] for q in _quotes(text, "es")] == [speaker], text


def test_an_urging_quoted_in_marks_is_its_speakers() -> None:
    # 'El vicepresidente instó al Gobierno a "…"': "instar" was no cue, so the words in marks went to the speaker of
    # the quotation before
    text = (
        '"El nuevo Gobierno es un salvavidas para el país", afirmó el portavoz opositor Mohamed Qahtan. '
        'El primer ministro, Salem Basandawa, instó a los diputados a "trabajar por el consenso nacional".'
    )
    rows = _quotes(text, "es")
    assert [(q["cue"], q["label"]) for q in rows] == [("afirmó", "Mohamed Qahtan"), ("instó", "Salem Basandawa")]
    # with nothing in marks an urging quotes no one's words
    assert _quotes("El consejo militar instó a los ciudadanos a mantenerse unidos.", "es") == []


def test_a_fronted_phrase_before_a_subjectless_cue_is_no_subject() -> None:
    # "En un comunicado, afirmó que …", "En conferencia de prensa, señaló que …", "En otro tuit dice: …": the verb
    # leaves its subject out after a phrase of place or means, and nothing was found at all
    lead = "El director de epidemiología, José Luis Alomía, presentó ayer el balance semanal. "
    for text, cue in (
        (lead + "En conferencia de prensa, señaló que hay 20.571 casos sospechosos.", "señaló"),
        (lead + "En un comunicado afirmó que la ocupación hospitalaria ha bajado.", "afirmó"),
        (lead + "En otro mensaje dice:\nLa ocupación hospitalaria ha bajado un 6 %\nFin del balance.", "dice"),
    ):
        rows = _quotes(text, "es")
        assert [(q["cue"], q["speaker"], q["label"]) for q in rows] == [(cue, None, "José Luis Alomía")], text


def test_a_plural_auxiliary_gives_a_subjectless_cue_a_group() -> None:
    # "Igualmente han denunciado …", "También han apuntado que …": the participle tells no number, the auxiliary
    # "han" is plural; the last singular person was given the words
    text = (
        "El ministro del Interior, Ahmed Karim, anunció ayer nuevas detenciones. "
        "Las organizaciones de derechos humanos han denunciado que los presos sufren malos tratos. "
        "También han denunciado que los abogados no pueden visitarlos."
    )
    rows = _quotes(text, "es")
    assert [q["label"] for q in rows][-1] == "organizaciones de derechos humanos"


def test_todo_indica_is_no_attribution() -> None:
    # "Todo indica que …", "Todo apunta a que …" (everything suggests): "Todo" was read as the speaker
    for text in (
        "Todo indica que el consejo de transición gobernará sin elecciones hasta el verano.",
        "Todo apunta a que mañana será un día complicado en las carreteras.",
    ):
        assert _quotes(text, "es") == [], text
    assert [q["speaker"] for q in _quotes("El informe indica que el paro ha bajado.", "es")] == ["El informe"]


def test_a_participle_without_the_perfect_auxiliary_is_no_cue() -> None:
    # "El retroceso democrático denunciado por la oposición …", "ha sido señalado como …", "un caso confirmado que
    # …": an -ado/-ido participle with no "ha"/"han"/"había" before it is an adjective or a passive
    for text in (
        "El retroceso democrático denunciado por la oposición fue aprobado en referéndum en 2001.",
        "Otro destacado miembro de la cúpula militar es el general Reda Hafez, de 59 años.",
        "La telefonía móvil ha sido señalado como clave en el desarrollo de las protestas.",
    ):
        assert _quotes(text, "es") == [], text
    kept = "La oposición ha denunciado que el referéndum fue un fraude."
    assert [(q["cue"], q["speaker"]) for q in _quotes(kept, "es")] == [("denunciado", "La oposición")]


def test_closing_verbs_after_a_quotation_are_cues() -> None:
    # '"…", sentenció.', '"…", concluye el embajador', '"…", justificó Al Sabri': no cue of the list, so the
    # quotation went to the last speaker named before it
    for verb, who in (
        ("sentenció", "el ministro Al Sabri"),
        ("concluye", "el embajador Javier Ruiz"),
        ("justificó", "Al Sabri"),
    ):
        text = (
            '"La reforma es urgente", dijo el presidente Ali Saleh en la televisión estatal. '
            f'"Lo que era aceptable ayer ya no lo es hoy", {verb} {who}.'
        )
        rows = _quotes(text, "es")
        assert [(q["cue"], q["speaker"]) for q in rows] == [("dijo", "el presidente Ali Saleh"), (verb, who)], text
    # with nothing in marks the verb quotes no one: a meeting that ends, a decision told
    assert _quotes("La reunión concluye mañana en Ginebra con una cena oficial.", "es") == []


def test_aun_asi_and_asi_opening_a_sentence_are_no_speaker() -> None:
    # "Aún así, criticó …" (even so), "Así, si sólo afirmamos …": the connective was read as the speaker's name
    text = (
        "El presidente de la comisión electoral, Faruq Sultán, habló ayer en El Cairo. "
        "Aún así, señaló que la comisión trabajó con transparencia."
    )
    assert [(q["cue"], q["speaker"], q["label"]) for q in _quotes(text, "es")] == [("señaló", None, "Faruq Sultán")]
