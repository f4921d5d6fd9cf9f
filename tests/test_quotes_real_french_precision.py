"""Quotations of the stage "quotes" on sentences shaped like real French news (CL-TLS egypt/yemen, SemEval-8 fr).

Each test holds sentences written by the team in the shape of ones that the session-25 French audits of real
articles from the shared eval collections found read wrong (a word taken for a speaker, a label taken for a cue);
the comment names the error class.
"""

from __future__ import annotations

from quote_rows import quote_rows as _quotes


def test_the_prize_before_a_laureate_is_not_a_person() -> None:
    # "Le prix Nobel de la paix Mohamed ElBaradei, …, a condamné … et réclamé une enquête": "Nobel" alone was a
    # person mention, so the first person of the sentence, and the speaker, was "Le prix Nobel"
    text = (
        "Le prix Nobel de la paix Karim Mansour, un temps pressenti pour diriger le gouvernement, a condamné les "
        "violences et réclamé une enquête indépendante."
    )
    assert [(q["speaker"], q["label"]) for q in _quotes(text, "fr")] == [("Karim Mansour", "Karim Mansour")]
    # the man who gave the prize its name keeps his
    founder = "Alfred Nobel a écrit que la dynamite servirait la paix."
    assert [q["label"] for q in _quotes(founder, "fr")] == ["Alfred Nobel"]


def test_a_participle_opening_the_sentence_is_not_the_speaker() -> None:
    # "Dénonçant, comme les Frères musulmans, un massacre, le principal parti salafiste, al-Nour, …, a annoncé": the
    # capitalised participle opening the sentence was the speaker "Dénonçant"
    text = (
        "Dénonçant, comme les syndicats, un passage en force, le principal parti d'opposition, qui avait soutenu la "
        "réforme, a annoncé son départ de la coalition."
    )
    assert [q["label"] for q in _quotes(text, "fr") if q["label"] == "Dénonçant"] == []
    colon = "Hallucinant : la télévision montre en direct un détenu qui justifie le saccage de sa prison."
    assert _quotes(colon, "fr") == []
    # a name with the same ending still speaks
    name = "Constant a déclaré que le budget serait voté avant l'été."
    assert [q["label"] for q in _quotes(name, "fr")] == ["Constant"]


def test_a_rubric_before_a_colon_is_no_speaker() -> None:
    # "Next Public : Anvers, la tentation nationaliste", "PETIT RAPPEL : DE GAULLE a été à la tête de la France …": a
    # site's rubric or a headline's topic of several words before a colon was taken for the speaker of what follows
    text = (
        "Le gouvernement a présenté mardi son budget.\n"
        "Next Public : Lyon, la tentation du repli\n"
        "PETIT RAPPEL : le maire a été élu deux fois, en 2008 puis en 2014.\n"
    )
    assert _quotes(text, "fr") == []
    # a speaker's name, an article before a title or a post's author before the colon still speaks
    named = "Tewfik Aclimandos : Il cherche à tout contrôler dans le pays depuis son élection."
    assert [q["label"] for q in _quotes(named, "fr")] == ["Tewfik Aclimandos"]
    titled = 'Marseille. Le Procureur : "La prison ne sera qu\'une partie de la solution", a-t-il ajouté.'
    assert [q["label"] for q in _quotes(titled, "fr")] == ["Procureur"]


def test_a_post_after_its_handle_runs_to_the_end_of_its_paragraph() -> None:
    # "@waelabbas: Haha! Les élèves …": a post quoted as a paragraph after its author's handle is all of that
    # paragraph; the quotation stopped after the first sentence ("Que la colère d'Allah s'abatte sur vous"), and a
    # post opening with a one-word sentence ("Haha!") was missed
    text = (
        "Wael Abbas, blogueur, déclare :\n"
        "@waelabbas: Haha! Les élèves se sont créé un hashtag pour tricher. J'en ai le fou rire.\n"
        "Asmaa partage la même crainte. Elle écrit :\n"
        "@asmaaia: Que la colère d'Allah s'abatte sur vous ! Ils vont fermer Twitter.\n"
        "Le ministère n'a pas réagi."
    )
    rows = _quotes(text, "fr")
    assert [(q["content"], q["label"]) for q in rows] == [
        ("Haha! Les élèves se sont créé un hashtag pour tricher. J'en ai le fou rire", "@waelabbas"),
        ("Que la colère d'Allah s'abatte sur vous ! Ils vont fermer Twitter", "@asmaaia"),
    ]
    # the paragraph's end, not the text's: the narration after the post is no part of it
    assert "ministère" not in rows[-1]["content"]


def test_a_laugh_is_not_a_person() -> None:
    # "@waelabbas: Haha! …": the laugh opening a post was read as a person's name, and the blogger's next "il ajoute"
    # went to "Haha"
    text = (
        "Le blogueur Karim Fawzi déclare :\n"
        "@karimfawzi: Haha! Les élèves ont créé un hashtag pour tricher.\n"
        "Et il ajoute :\n"
        "Les élèves tweetent depuis les salles d'examens, ils vont faire bloquer Twitter."
    )
    assert [q["label"] for q in _quotes(text, "fr")][-1] == "Karim Fawzi"
