"""A plural title names a group: "the ministers said" is the ministers, never one minister named before.

Each text is written by the team in the shape of one the PLTITLE audit (session 17) found resolved to a single
person: a plural title without a name ("…, посочват британските министри", "destacan los ministros", "По мнению
аналитиков", "večina analitikov pa meni") took the holder of the title named last or the person just mentioned.
The speaker is now the title phrase itself, labelled as a group (PLURAL_TITLES in storyline/langs/<iso>/quotes.py).
"""

from __future__ import annotations

import pytest
from quote_rows import speaker_label as _label


@pytest.mark.parametrize(
    ("lang", "text", "content", "label"),
    [
        # a postposed plural title with its adjective; a minister named in the sentence before
        (
            "bg",
            "Финансовият министър Филип Хамънд посети Берлин във вторник. Това би позволило на двете страни да "
            "продължат работата си по споразумението, посочват британските министри.",
            "Това би позволило",
            "британските министри",
        ),
        # a bare plural title after an adverbial opening; a president named before
        (
            "bg",
            "Доналд Тръмп загуби изборите през ноември. И все пак много директори твърдят, че действията на Тръмп са "
            "показали колко уязвима е индустрията.",
            "че действията",
            "директори",
        ),
        # the article's plural title after a woman minister ("la ministra" would be her)
        (
            "es",
            'La jefa de la diplomacia europea, Catherine Ashton, llegó el lunes a Luxemburgo. "La UE es firme en su '
            'compromiso con los civiles", destacan los ministros en un texto de conclusiones.',
            "La UE es firme",
            "los ministros",
        ),
        # a genitive plural after "по мнению", a minister named before
        (
            "ru",
            "Министр Давид Дэвис подал в отставку в понедельник. По мнению аналитиков, уход еще одного министра "
            "повышает риски для правительства.",
            "уход еще одного",
            "аналитиков",
        ),
        # "most analysts", a presenter named before
        (
            "sl",
            "Chris Wallace je vodil prvo soočenje. Trump si je utrdil podporo, večina analitikov pa meni, da je bil to "
            "strel v prazno.",
            "da je bil",
            "večina analitikov",
        ),
        (
            "cs",
            "Ministr Jan Hamáček přijel v pondělí do Bruselu. Sankce budou platit do konce roku, uvedli ministři.",
            "Sankce budou",
            "ministři",
        ),
        (
            "cs",
            "Premiér Andrej Babiš přijel v pondělí do Bruselu. Podle analytiků by sankce mohly platit do konce roku.",
            "by sankce",
            "analytiků",
        ),
        (
            "pl",
            "Premier Mateusz Morawiecki przyjechał w poniedziałek do Brukseli. Sankcje zostaną przedłużone – "
            "zapowiedzieli ministrowie.",
            "Sankcje zostaną",
            "ministrowie",
        ),
        (
            "ru",
            "Министр Сергей Лавров прибыл в Брюссель. Санкции будут продлены, заявили министры.",
            "Санкции будут",
            "министры",
        ),
        (
            "uk",
            "Міністр Дмитро Кулеба прибув до Брюсселя. Санкції буде продовжено, заявили міністри.",
            "Санкції буде",
            "міністри",
        ),
        # an invariable title is plural after the plural article
        (
            "it",
            "Il portavoce Ned Price ha parlato lunedì. Le sanzioni saranno prorogate, hanno detto i portavoce.",
            "Le sanzioni",
            "i portavoce",
        ),
        (
            "it",
            "Il ministro Luigi Di Maio è arrivato lunedì a Bruxelles. I ministri hanno dichiarato che le sanzioni "
            "saranno prorogate.",
            "che le sanzioni",
            "I ministri",
        ),
        (
            "fr",
            "Le ministre Jean-Yves Le Drian est arrivé lundi à Bruxelles. Les ministres ont déclaré que les sanctions "
            "seraient prolongées.",
            "que les sanctions",
            "Les ministres",
        ),
        (
            "fr",
            "Le porte-parole Gabriel Attal a parlé lundi. Les sanctions seront prolongées, ont déclaré les porte-parole.",
            "Les sanctions",
            "les porte-parole",
        ),
        # a party's compound title: plural after "die"
        (
            "de",
            "Der CDU-Politiker Friedrich Merz sprach am Montag in Berlin. Die Steuern müssten sinken, sagten die "
            "CDU-Politiker am Abend.",
            "Die Steuern",
            "die CDU-Politiker",
        ),
        (
            "en",
            "Foreign Secretary Dominic Raab arrived in Brussels on Monday. The sanctions would be extended, the "
            "ministers said.",
            "The sanctions",
            "the ministers",
        ),
        (
            "en",
            "Senator Mitch McConnell spoke on Monday. Republican senators warned that they would vote against the bill.",
            "that they would",
            "Republican senators",
        ),
    ],
)
def test_plural_title_is_a_group(lang: str, text: str, content: str, label: str) -> None:
    assert _label(text, lang, content) == label


@pytest.mark.parametrize(
    ("lang", "text", "content", "label"),
    [
        # controls: the singular title is still the holder named before
        (
            "bg",
            "Финансовият министър Филип Хамънд посети Берлин във вторник. Това би позволило на двете страни да "
            "продължат работата си, посочи министърът.",
            "Това би позволило",
            "Филип Хамънд",
        ),
        (
            "de",
            "Der CDU-Politiker Friedrich Merz sprach am Montag in Berlin. Die Steuern müssten sinken, sagte der "
            "CDU-Politiker am Abend.",
            "Die Steuern",
            "Friedrich Merz",
        ),
        (
            "it",
            "Il portavoce Ned Price ha parlato lunedì. Le sanzioni saranno prorogate, ha detto il portavoce.",
            "Le sanzioni",
            "Ned Price",
        ),
        (
            "en",
            "Foreign Secretary Dominic Raab arrived in Brussels on Monday. The sanctions would be extended, the "
            "minister said.",
            "The sanctions",
            "Dominic Raab",
        ),
    ],
)
def test_singular_title_is_its_holder(lang: str, text: str, content: str, label: str) -> None:
    assert _label(text, lang, content) == label
