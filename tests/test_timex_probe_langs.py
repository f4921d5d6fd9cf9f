"""A wide probe of time expressions as news agencies write them, in all eleven supported languages.

Each case is one sentence, the words of the expression to find, and its expected TIMEX3 type and
value for a given publication day: Wednesday 2026-01-07 for most, Sunday 2026-01-11 and Monday
2026-01-12 for the week edges, none for undated articles. The categories follow issue 4 item 2:
absolute dates, weekdays by tense, relative expressions, months/seasons/years, durations and sets.
"""

from __future__ import annotations

from datetime import date

import pytest

from storyline.timex import find_time_expressions

WED = date(2026, 1, 7)  # ISO week 2026-W02
SUN = date(2026, 1, 11)  # last day of 2026-W02
MON = date(2026, 1, 12)  # first day of 2026-W03

# (language, publication day, sentence, words of the expression, TIMEX3 type, value)
# fmt: off
CASES: list[tuple[str, date | None, str, str, str, str]] = [
    # --- absolute dates in each language's common formats
    ("en", WED, "The agreement was signed on January 7, 2026, in Geneva.", "January 7, 2026", "DATE", "2026-01-07"),
    ("en", WED, "Officials met on 3rd January to discuss the plan.", "3rd January", "DATE", "2026-01-03"),
    ("en", WED, "The report, dated 2026-01-05, was leaked to reporters.", "2026-01-05", "DATE", "2026-01-05"),
    ("en", WED, "The summit is scheduled for 14th January.", "14th January", "DATE", "2026-01-14"),
    ("en", WED, "Fighting resumed on Dec. 30, officials said.", "Dec. 30", "DATE", "2025-12-30"),
    ("pl", WED, "Spotkanie odbyło się 7.01.2026 w Warszawie.", "7.01.2026", "DATE", "2026-01-07"),
    ("pl", WED, "Umowę podpisano 5 stycznia 2026 r. w Paryżu.", "5 stycznia 2026", "DATE", "2026-01-05"),
    ("pl", WED, "Szczyt zaplanowano na 20 stycznia.", "20 stycznia", "DATE", "2026-01-20"),
    ("ru", WED, "Переговоры прошли 7 января 2026 г. в Женеве.", "7 января 2026", "DATE", "2026-01-07"),
    ("ru", WED, "Документ был подписан 05.01.2026.", "05.01.2026", "DATE", "2026-01-05"),
    ("uk", WED, "Зустріч відбулася 6 січня 2026 року в Києві.", "6 січня 2026", "DATE", "2026-01-06"),
    ("de", WED, "Das Abkommen wurde am 7. Januar 2026 unterzeichnet.", "7. Januar 2026", "DATE", "2026-01-07"),
    ("de", WED, "Die Gespräche sollen am 15. Januar fortgesetzt werden.", "15. Januar", "DATE", "2026-01-15"),
    ("fr", WED, "L'accord a été signé le 7 janvier 2026 à Genève.", "7 janvier 2026", "DATE", "2026-01-07"),
    ("fr", WED, "La réunion aura lieu le 1er février.", "1er février", "DATE", "2026-02-01"),
    ("es", WED, "El acuerdo se firmó el 7 de enero de 2026 en Madrid.", "7 de enero de 2026", "DATE", "2026-01-07"),
    ("es", WED, "La cumbre se celebrará el 20 de enero.", "20 de enero", "DATE", "2026-01-20"),
    ("it", WED, "L'accordo è stato firmato il 7 gennaio 2026.", "7 gennaio 2026", "DATE", "2026-01-07"),
    ("it", WED, "Il decreto è stato pubblicato il 07/01/2026.", "07/01/2026", "DATE", "2026-01-07"),
    ("cs", WED, "Dohoda byla podepsána 7. ledna 2026 v Praze.", "7. ledna 2026", "DATE", "2026-01-07"),
    ("cs", WED, "Jednání se uskuteční 12. 1. 2026 v Brně.", "12. 1. 2026", "DATE", "2026-01-12"),
    ("bg", WED, "Споразумението беше подписано на 7 януари 2026 г.", "7 януари 2026", "DATE", "2026-01-07"),
    ("bg", WED, "Срещата ще се проведе на 15.01.2026 г. в София.", "15.01.2026", "DATE", "2026-01-15"),
    ("sl", WED, "Sporazum so podpisali 7. januarja 2026 v Ljubljani.", "7. januarja 2026", "DATE", "2026-01-07"),
    ("sl", WED, "Srečanje bo 15. 1. 2026 v Mariboru.", "15. 1. 2026", "DATE", "2026-01-15"),
    # --- weekdays, past or coming by the verb's tense
    ("en", WED, "Russian forces struck the city late on Thursday, officials said.", "Thursday", "DATE", "2026-01-01"),
    ("en", WED, "The minister will travel to Kyiv on Friday.", "Friday", "DATE", "2026-01-09"),
    ("en", WED, "The council said on Monday that it would review the plan.", "Monday", "DATE", "2026-01-05"),
    ("pl", WED, "W środę prezydent spotkał się z premierem.", "środę", "DATE", "2026-01-07"),
    ("pl", WED, "Minister przyleci do Brukseli w piątek.", "piątek", "DATE", "2026-01-09"),
    ("pl", WED, "W poniedziałek rząd przyjął projekt ustawy.", "poniedziałek", "DATE", "2026-01-05"),
    ("ru", WED, "В среду министр заявил журналистам о новых санкциях.", "среду", "DATE", "2026-01-07"),
    ("ru", WED, "В пятницу делегации встретятся в Стамбуле.", "пятницу", "DATE", "2026-01-09"),
    ("uk", WED, "У вівторок Зеленський провів нараду з військовими.", "вівторок", "DATE", "2026-01-06"),
    ("de", WED, "Am Mittwoch hatte die Regierung den Plan vorgestellt.", "Mittwoch", "DATE", "2026-01-07"),
    ("de", WED, "Die Außenminister werden am Donnerstag in Brüssel erwartet.", "Donnerstag", "DATE", "2026-01-08"),
    ("fr", WED, "Mercredi, le président a reçu les syndicats.", "Mercredi", "DATE", "2026-01-07"),
    ("fr", WED, "Les négociations reprendront lundi à Genève.", "lundi", "DATE", "2026-01-12"),
    ("es", WED, "El presidente viajará el jueves a Bruselas.", "jueves", "DATE", "2026-01-08"),
    ("es", WED, "El martes, el Gobierno aprobó el decreto.", "martes", "DATE", "2026-01-06"),
    ("it", WED, "Martedì il governo ha approvato il decreto.", "Martedì", "DATE", "2026-01-06"),
    ("it", WED, "Il ministro incontrerà i sindacati venerdì.", "venerdì", "DATE", "2026-01-09"),
    ("cs", WED, "Ve čtvrtek vláda schválila rozpočet.", "čtvrtek", "DATE", "2026-01-01"),
    ("cs", WED, "Premiér odletí do Bruselu v pátek.", "pátek", "DATE", "2026-01-09"),
    ("bg", WED, "В понеделник премиерът обяви оставката си.", "понеделник", "DATE", "2026-01-05"),
    ("bg", WED, "Министрите ще се срещнат в четвъртък.", "четвъртък", "DATE", "2026-01-08"),
    ("sl", WED, "V ponedeljek je vlada sprejela proračun.", "ponedeljek", "DATE", "2026-01-05"),
    ("sl", WED, "Ministri se bodo sestali v petek.", "petek", "DATE", "2026-01-09"),
    # --- week edges: published on a Sunday or a Monday
    ("en", SUN, "The ministers met on Monday in Brussels.", "Monday", "DATE", "2026-01-05"),
    ("en", SUN, "The talks will continue on Monday.", "Monday", "DATE", "2026-01-12"),
    ("en", SUN, "The army said last week that the bridge was destroyed.", "last week", "DATE", "2026-W01"),
    ("en", SUN, "Next week, parliament will vote on the budget.", "Next week", "DATE", "2026-W03"),
    ("pl", SUN, "W niedzielę doszło do ataku na konwój.", "niedzielę", "DATE", "2026-01-11"),
    ("de", MON, "Am Sonntag hatten Tausende in Berlin demonstriert.", "Sonntag", "DATE", "2026-01-11"),
    ("fr", MON, "La semaine dernière, le gouvernement a annoncé un plan.", "semaine dernière", "DATE", "2026-W02"),
    ("ru", MON, "На прошлой неделе правительство объявило о мерах.", "прошлой неделе", "DATE", "2026-W02"),
    ("es", MON, "El sábado, miles de personas protestaron en Madrid.", "sábado", "DATE", "2026-01-10"),
    ("uk", MON, "Минулого тижня уряд ухвалив рішення.", "Минулого тижня", "DATE", "2026-W02"),
    # --- relative expressions
    ("en", WED, "Earlier in the week, the army said it had repelled attacks.", "Earlier in the week", "DATE", "2026-W02"),
    ("en", WED, "Negotiators will meet again next week.", "next week", "DATE", "2026-W03"),
    ("en", WED, "Prices rose sharply last month.", "last month", "DATE", "2025-12"),
    ("en", WED, "The convoy left the border two days ago.", "two days ago", "DATE", "2026-01-05"),
    ("pl", WED, "Dzień wcześniej premier rozmawiał z prezydentem.", "Dzień wcześniej", "DATE", "2026-01-06"),
    ("pl", WED, "Rozmowy będą kontynuowane w przyszłym tygodniu.", "przyszłym tygodniu", "DATE", "2026-W03"),
    ("ru", WED, "Позавчера в Москве прошли переговоры.", "Позавчера", "DATE", "2026-01-05"),
    ("de", WED, "Vorgestern hatte die Polizei die Straße gesperrt.", "Vorgestern", "DATE", "2026-01-05"),
    ("de", WED, "In der vergangenen Woche hatte es heftige Kämpfe gegeben.", "vergangenen Woche", "DATE", "2026-W01"),
    ("fr", WED, "Il y a trois jours, l'armée a annoncé un retrait.", "Il y a trois jours", "DATE", "2026-01-04"),
    ("fr", WED, "Le mois dernier, les prix ont augmenté.", "mois dernier", "DATE", "2025-12"),
    ("es", WED, "Hace dos semanas, el Gobierno anunció nuevas medidas.", "Hace dos semanas", "DATE", "2025-W52"),
    ("es", WED, "El mes pasado la inflación subió.", "mes pasado", "DATE", "2025-12"),
    ("it", WED, "Il vertice si terrà la settimana prossima.", "settimana prossima", "DATE", "2026-W03"),
    ("uk", WED, "Три дні тому окупанти обстріляли місто.", "Три дні тому", "DATE", "2026-01-04"),
    ("uk", WED, "Наступного тижня делегація поїде до Варшави.", "Наступного тижня", "DATE", "2026-W03"),
    ("cs", WED, "Před dvěma týdny vláda oznámila nová opatření.", "Před dvěma týdny", "DATE", "2025-W52"),
    ("cs", WED, "Minulý týden se ministři sešli v Bruselu.", "Minulý týden", "DATE", "2026-W01"),
    ("bg", WED, "Преди три дни правителството обяви нови мерки.", "Преди три дни", "DATE", "2026-01-04"),
    ("bg", WED, "Миналата седмица министрите се срещнаха в Брюксел.", "Миналата седмица", "DATE", "2026-W01"),
    ("sl", WED, "Pred tremi dnevi je vlada sprejela sklep.", "Pred tremi dnevi", "DATE", "2026-01-04"),
    ("sl", WED, "Prejšnji teden so se ministri sestali v Bruslju.", "Prejšnji teden", "DATE", "2026-W01"),
    # --- months, seasons and years
    ("en", WED, "Elections will be held in February.", "February", "DATE", "2026-02"),
    ("en", WED, "Inflation peaked in October, the bank said.", "October", "DATE", "2025-10"),
    ("en", WED, "A new offensive is expected this winter.", "this winter", "DATE", "2025-WI"),
    ("pl", WED, "Zimą spadło rekordowo dużo śniegu.", "Zimą", "DATE", "2025-WI"),
    ("pl", WED, "Wybory odbędą się w lutym.", "lutym", "DATE", "2026-02"),
    ("ru", WED, "В прошлом году экономика выросла на 4%.", "прошлом году", "DATE", "2025"),
    ("ru", WED, "Весной начнется строительство моста.", "Весной", "DATE", "2026-SP"),
    ("de", WED, "Im März soll das Gesetz in Kraft treten.", "März", "DATE", "2026-03"),
    ("fr", WED, "En février, le gouvernement présentera son budget.", "février", "DATE", "2026-02"),
    ("es", WED, "Este invierno ha sido el más frío en décadas.", "Este invierno", "DATE", "2025-WI"),
    ("it", WED, "L'estate scorsa il turismo è cresciuto.", "estate scorsa", "DATE", "2025-SU"),
    ("cs", WED, "Loni vláda zvýšila daně.", "Loni", "DATE", "2025"),
    ("cs", WED, "Letos se očekává růst ekonomiky.", "Letos", "DATE", "2026"),
    ("bg", WED, "През миналата година икономиката нарасна.", "миналата година", "DATE", "2025"),
    ("sl", WED, "Lani je bilo v Sloveniji manj turistov.", "Lani", "DATE", "2025"),
    ("uk", WED, "Цього року уряд планує реформу.", "Цього року", "DATE", "2026"),
    # --- durations, kept apart from dates
    ("en", WED, "The fighting has lasted for three weeks.", "three weeks", "DURATION", "P3W"),
    ("pl", WED, "Protest trwał przez trzy dni.", "trzy dni", "DURATION", "P3D"),
    ("ru", WED, "Переговоры длились три часа.", "три часа", "DURATION", "PT3H"),
    ("de", WED, "Die Verhandlungen dauerten drei Wochen.", "drei Wochen", "DURATION", "P3W"),
    ("fr", WED, "La grève a duré deux semaines.", "deux semaines", "DURATION", "P2W"),
    ("es", WED, "La huelga durará tres meses.", "tres meses", "DURATION", "P3M"),
    ("it", WED, "Lo sciopero è durato due settimane.", "due settimane", "DURATION", "P2W"),
    ("cs", WED, "Stávka trvala tři dny.", "tři dny", "DURATION", "P3D"),
    ("bg", WED, "Стачката продължи три седмици.", "три седмици", "DURATION", "P3W"),
    ("sl", WED, "Stavka je trajala tri tedne.", "tri tedne", "DURATION", "P3W"),
    ("uk", WED, "Навчання тривали протягом двох тижнів.", "двох тижнів", "DURATION", "P2W"),
    # --- sets, kept apart from dates
    ("en", WED, "The council meets every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
    ("pl", WED, "Komisja zbiera się co tydzień.", "co tydzień", "SET", "P1W"),
    ("pl", WED, "Protesty odbywają się w każdy piątek.", "każdy piątek", "SET", "XXXX-WXX-5"),
    ("ru", WED, "Обстрелы происходят каждый день.", "каждый день", "SET", "P1D"),
    ("uk", WED, "Засідання штабу відбувається щотижня.", "щотижня", "SET", "P1W"),
    ("de", WED, "Die Demonstranten treffen sich jeden Montag.", "jeden Montag", "SET", "XXXX-WXX-1"),
    ("fr", WED, "Les syndicats manifestent chaque jeudi.", "chaque jeudi", "SET", "XXXX-WXX-4"),
    ("es", WED, "El mercado abre todos los domingos.", "todos los domingos", "SET", "XXXX-WXX-7"),
    ("it", WED, "Il consiglio si riunisce ogni lunedì.", "ogni lunedì", "SET", "XXXX-WXX-1"),
    ("cs", WED, "Rada se schází každé pondělí.", "každé pondělí", "SET", "XXXX-WXX-1"),
    ("bg", WED, "Съветът заседава всеки вторник.", "всеки вторник", "SET", "XXXX-WXX-2"),
    ("sl", WED, "Svet se sestaja vsak ponedeljek.", "vsak ponedeljek", "SET", "XXXX-WXX-1"),
    # --- a count of units ahead of the publication day; with a past verb or an event after it, no such date
    ("en", WED, "The deal is expected to be signed in two weeks.", "in two weeks", "DATE", "2026-W04"),
    ("en", WED, "Prices rose to their highest level in two years.", "two years", "DURATION", "P2Y"),
    ("pl", WED, "Umowa ma zostać podpisana za dwa tygodnie.", "za dwa tygodnie", "DATE", "2026-W04"),
    ("ru", WED, "Через две недели начнутся переговоры.", "Через две недели", "DATE", "2026-W04"),
    ("ru", WED, "Через две недели после выборов он ушёл в отставку.", "две недели", "DURATION", "P2W"),
    ("uk", WED, "Через два тижні розпочнуться переговори.", "Через два тижні", "DATE", "2026-W04"),
    ("de", WED, "In zwei Wochen soll das Abkommen unterzeichnet werden.", "In zwei Wochen", "DATE", "2026-W04"),
    ("fr", WED, "L'accord sera signé dans deux semaines.", "dans deux semaines", "DATE", "2026-W04"),
    ("es", WED, "El acuerdo se firmará dentro de dos semanas.", "dentro de dos semanas", "DATE", "2026-W04"),
    ("it", WED, "L'accordo sarà firmato tra due settimane.", "tra due settimane", "DATE", "2026-W04"),
    ("cs", WED, "Dohoda bude podepsána za dva týdny.", "za dva týdny", "DATE", "2026-W04"),
    ("cs", WED, "Za dva týdny se prodalo tisíc vstupenek.", "dva týdny", "DURATION", "P2W"),
    ("bg", WED, "Споразумението ще бъде подписано след две седмици.", "след две седмици", "DATE", "2026-W04"),
    ("sl", WED, "Sporazum bodo podpisali čez dva tedna.", "čez dva tedna", "DATE", "2026-W04"),
    # --- more of each category, as agencies write them
    ("de", WED, "Am 5.1. hatte die Polizei die Demonstration aufgelöst.", "5.1.", "DATE", "2026-01-05"),
    ("cs", WED, "Jednání proběhlo 5. 1. v Praze.", "5. 1.", "DATE", "2026-01-05"),
    ("ru", WED, "Встреча состоялась 5 января в Минске.", "5 января", "DATE", "2026-01-05"),
    ("de", WED, "Die Wahl findet Mitte Februar statt.", "Februar", "DATE", "2026-02"),
    ("pl", WED, "Rozmowy odbędą się w połowie stycznia.", "stycznia", "DATE", "2026-01"),
    ("en", WED, "The plan will be presented by the end of the month.", "end of the month", "DATE", "2026-01"),
    ("en", WED, "Talks are due to resume early next week.", "next week", "DATE", "2026-W03"),
    ("pl", WED, "Premier poleci do Kijowa w weekend.", "weekend", "DATE", "2026-W02-WE"),
    ("en", WED, "The ministers met twice this week.", "this week", "DATE", "2026-W02"),
    ("ru", WED, "На этой неделе министры встретятся дважды.", "этой неделе", "DATE", "2026-W02"),
    ("pl", WED, "W zeszłym roku inflacja spadła.", "zeszłym roku", "DATE", "2025"),
    ("ru", WED, "В 2025 году инфляция снизилась.", "2025", "DATE", "2025"),
    ("uk", WED, "Завтра відбудеться засідання уряду.", "Завтра", "DATE", "2026-01-08"),
    ("fr", WED, "Avant-hier, la police a évacué le camp.", "Avant-hier", "DATE", "2026-01-05"),
    ("es", WED, "Anteayer la policía desalojó el campamento.", "Anteayer", "DATE", "2026-01-05"),
    ("it", WED, "L'altro ieri la polizia ha sgomberato il campo.", "altro ieri", "DATE", "2026-01-05"),
    ("cs", WED, "Předevčírem policie vyklidila tábor.", "Předevčírem", "DATE", "2026-01-05"),
    ("bg", WED, "Онзи ден полицията разчисти лагера.", "Онзи ден", "DATE", "2026-01-05"),
    ("sl", WED, "Predvčerajšnjim je policija izpraznila taborišče.", "Predvčerajšnjim", "DATE", "2026-01-05"),
    ("uk", WED, "Позавчора поліція розігнала табір.", "Позавчора", "DATE", "2026-01-05"),
    ("fr", WED, "Jeudi dernier, la police a arrêté trois suspects.", "Jeudi dernier", "DATE", "2026-01-01"),
    ("de", WED, "Letzte Woche hatte die Regierung den Plan vorgelegt.", "Letzte Woche", "DATE", "2026-W01"),
    ("es", WED, "El Gobierno aprobará el plan la próxima semana.", "próxima semana", "DATE", "2026-W03"),
    ("it", WED, "La settimana scorsa il governo ha approvato il piano.", "settimana scorsa", "DATE", "2026-W01"),
    ("en", WED, "Three days earlier, the army had withdrawn.", "Three days earlier", "DATE", "2026-01-04"),
    ("sl", WED, "V sredo so ministri podpisali sporazum.", "sredo", "DATE", "2026-01-07"),
    ("bg", WED, "В сряда министрите подписаха споразумението.", "сряда", "DATE", "2026-01-07"),
    ("cs", WED, "Ve středu ministři podepsali dohodu.", "středu", "DATE", "2026-01-07"),
    ("en", MON, "The strike began on Sunday.", "Sunday", "DATE", "2026-01-11"),
    ("ru", MON, "В воскресенье прошли выборы.", "воскресенье", "DATE", "2026-01-11"),
    ("uk", SUN, "У понеділок уряд оголосить рішення.", "понеділок", "DATE", "2026-01-12"),
    ("pl", MON, "W zeszłym tygodniu rząd przyjął ustawę.", "zeszłym tygodniu", "DATE", "2026-W02"),
    ("bg", WED, "Миналия месец цените скочиха.", "Миналия месец", "DATE", "2025-12"),
    ("sl", WED, "Prejšnji mesec so cene narasle.", "Prejšnji mesec", "DATE", "2025-12"),
    ("uk", WED, "Взимку ціни на газ зросли.", "Взимку", "DATE", "2025-WI"),
    ("bg", WED, "Тази зима цените на газа се покачиха.", "Тази зима", "DATE", "2025-WI"),
    ("cs", WED, "V zimě ceny plynu vzrostly.", "zimě", "DATE", "2025-WI"),
    ("sl", WED, "Pozimi so cene plina narasle.", "Pozimi", "DATE", "2025-WI"),
    ("de", WED, "Die Grenze ist seit drei Wochen geschlossen.", "drei Wochen", "DURATION", "P3W"),
    ("pl", WED, "Granica jest zamknięta od trzech tygodni.", "trzech tygodni", "DURATION", "P3W"),
    ("fr", WED, "La frontière est fermée depuis trois semaines.", "trois semaines", "DURATION", "P3W"),
    ("ru", WED, "Граница закрыта уже три недели.", "три недели", "DURATION", "P3W"),
    ("de", WED, "Die Gespräche dauerten zwei Tage.", "zwei Tage", "DURATION", "P2D"),
    ("en", WED, "Protesters gather every day outside parliament.", "every day", "SET", "P1D"),
    ("pl", WED, "Protestujący zbierają się w piątki przed Sejmem.", "piątki", "SET", "XXXX-WXX-5"),
    ("ru", WED, "Митинги проходят по пятницам.", "по пятницам", "SET", "XXXX-WXX-5"),
    ("uk", WED, "Мітинги відбуваються щоп'ятниці.", "щоп'ятниці", "SET", "XXXX-WXX-5"),
    ("fr", WED, "Les marchés ouvrent tous les lundis.", "tous les lundis", "SET", "XXXX-WXX-1"),
    ("es", WED, "Los sábados el centro se cierra al tráfico.", "sábados", "SET", "XXXX-WXX-6"),
    ("it", WED, "Il mercato apre tutti i lunedì.", "tutti i lunedì", "SET", "XXXX-WXX-1"),
    ("sl", WED, "Protesti potekajo ob petkih.", "ob petkih", "SET", "XXXX-WXX-5"),
    ("de", WED, "Heuer wurden weniger Touristen gezählt.", "Heuer", "DATE", "2026"),
    # --- third round: weekdays with modifiers, months with years, halves, counted sets, bare units
    ("en", WED, "Russian forces struck late on Thursday.", "Thursday", "DATE", "2026-01-01"),
    ("pl", WED, "W środę o godz. 14.00 rozpoczęło się posiedzenie.", "środę", "TIME", "2026-01-07T14:00"),
    ("pl", WED, "W ubiegły czwartek rząd przyjął ustawę.", "ubiegły czwartek", "DATE", "2026-01-01"),
    ("pl", WED, "W najbliższy piątek odbędzie się szczyt.", "najbliższy piątek", "DATE", "2026-01-09"),
    ("pl", WED, "W ubiegłą środę doszło do zamachu.", "ubiegłą środę", "DATE", "2025-12-31"),
    ("ru", WED, "В прошлую пятницу прошли переговоры.", "прошлую пятницу", "DATE", "2026-01-02"),
    ("ru", WED, "В следующий вторник состоится саммит.", "следующий вторник", "DATE", "2026-01-13"),
    ("ru", WED, "В эту пятницу состоится саммит.", "эту пятницу", "DATE", "2026-01-09"),
    ("uk", WED, "Наступного понеділка відбудеться саміт.", "Наступного понеділка", "DATE", "2026-01-12"),
    ("uk", WED, "Минулої п'ятниці відбулися переговори.", "Минулої п'ятниці", "DATE", "2026-01-02"),
    ("de", WED, "Am vergangenen Freitag hatte die Polizei die Straße gesperrt.", "vergangenen Freitag", "DATE", "2026-01-02"),
    ("de", WED, "Am kommenden Montag soll der Gipfel beginnen.", "kommenden Montag", "DATE", "2026-01-12"),
    ("fr", WED, "Le sommet aura lieu vendredi prochain.", "vendredi prochain", "DATE", "2026-01-09"),
    ("fr", WED, "Lundi dernier, la police a arrêté trois suspects.", "Lundi dernier", "DATE", "2026-01-05"),
    ("es", WED, "La cumbre se celebrará el próximo lunes.", "próximo lunes", "DATE", "2026-01-12"),
    ("es", WED, "El lunes pasado la policía detuvo a tres personas.", "lunes pasado", "DATE", "2026-01-05"),
    ("it", WED, "Il vertice si terrà lunedì prossimo.", "lunedì prossimo", "DATE", "2026-01-12"),
    ("it", WED, "Lo scorso martedì la polizia ha arrestato tre persone.", "scorso martedì", "DATE", "2026-01-06"),
    ("cs", WED, "Příští pondělí se sejde vláda.", "Příští pondělí", "DATE", "2026-01-12"),
    ("cs", WED, "Minulý pátek policie zatkla tři lidi.", "Minulý pátek", "DATE", "2026-01-02"),
    ("bg", WED, "Следващия понеделник ще се проведе срещата.", "Следващия понеделник", "DATE", "2026-01-12"),
    ("bg", WED, "Миналия петък полицията задържа трима души.", "Миналия петък", "DATE", "2026-01-02"),
    ("sl", WED, "Prihodnji ponedeljek se bo sestala vlada.", "Prihodnji ponedeljek", "DATE", "2026-01-12"),
    ("sl", WED, "Prejšnji petek je policija aretirala tri ljudi.", "Prejšnji petek", "DATE", "2026-01-02"),
    ("cs", WED, "V roce 2025 ekonomika rostla.", "2025", "DATE", "2025"),
    ("bg", WED, "През 2025 г. икономиката нарасна.", "2025", "DATE", "2025"),
    ("pl", WED, "W styczniu 2025 r. inflacja spadła.", "styczniu 2025", "DATE", "2025-01"),
    ("ru", WED, "В январе 2025 года инфляция снизилась.", "январе 2025", "DATE", "2025-01"),
    ("de", WED, "Im Januar 2025 sank die Inflation.", "Januar 2025", "DATE", "2025-01"),
    ("fr", WED, "En janvier 2025, l'inflation a baissé.", "janvier 2025", "DATE", "2025-01"),
    ("es", WED, "En enero de 2025 la inflación bajó.", "enero de 2025", "DATE", "2025-01"),
    ("it", WED, "Nel gennaio 2025 l'inflazione è scesa.", "gennaio 2025", "DATE", "2025-01"),
    ("cs", WED, "V lednu 2025 inflace klesla.", "lednu 2025", "DATE", "2025-01"),
    ("bg", WED, "През януари 2025 г. инфлацията спадна.", "януари 2025", "DATE", "2025-01"),
    ("sl", WED, "Januarja 2025 je inflacija padla.", "Januarja 2025", "DATE", "2025-01"),
    ("uk", WED, "У січні 2025 року інфляція знизилася.", "січні 2025", "DATE", "2025-01"),
    ("pl", WED, "W grudniu ceny wzrosły.", "grudniu", "DATE", "2025-12"),
    ("ru", WED, "В декабре цены выросли.", "декабре", "DATE", "2025-12"),
    ("cs", WED, "V prosinci ceny vzrostly.", "prosinci", "DATE", "2025-12"),
    ("bg", WED, "През декември цените се покачиха.", "декември", "DATE", "2025-12"),
    ("sl", WED, "Decembra so cene narasle.", "Decembra", "DATE", "2025-12"),
    ("uk", WED, "У грудні ціни зросли.", "грудні", "DATE", "2025-12"),
    ("it", WED, "A dicembre i prezzi sono saliti.", "dicembre", "DATE", "2025-12"),
    ("es", WED, "En diciembre los precios subieron.", "diciembre", "DATE", "2025-12"),
    ("fr", WED, "En décembre, les prix ont augmenté.", "décembre", "DATE", "2025-12"),
    ("de", WED, "Im Dezember stiegen die Preise.", "Dezember", "DATE", "2025-12"),
    ("pl", WED, "Pod koniec grudnia ceny wzrosły.", "grudnia", "DATE", "2025-12"),
    ("en", WED, "Prices rose in mid-December.", "December", "DATE", "2025-12"),
    ("pl", WED, "Budowa potrwa pół roku.", "pół roku", "DURATION", "P6M"),
    ("ru", WED, "Строительство займет полгода.", "полгода", "DURATION", "P6M"),
    ("uk", WED, "Будівництво триватиме півроку.", "півроку", "DURATION", "P6M"),
    ("pl", WED, "Budowa potrwa półtora roku.", "półtora roku", "DURATION", "P18M"),
    ("en", WED, "The fighting has lasted six months.", "six months", "DURATION", "P6M"),
    ("ru", WED, "Переговоры шли два года.", "два года", "DURATION", "P2Y"),
    ("pl", WED, "Komisja zbiera się dwa razy w tygodniu.", "tygodniu", "SET", "P1W"),
    ("ru", WED, "Комиссия собирается раз в неделю.", "неделю", "SET", "P1W"),
    ("de", WED, "Die Kommission tagt zweimal pro Woche.", "Woche", "SET", "P1W"),
    ("fr", WED, "La commission se réunit deux fois par semaine.", "semaine", "SET", "P1W"),
    ("es", WED, "La comisión se reúne dos veces por semana.", "semana", "SET", "P1W"),
    ("it", WED, "La commissione si riunisce due volte a settimana.", "settimana", "SET", "P1W"),
    ("cs", WED, "Komise se schází dvakrát týdně.", "týdně", "SET", "P1W"),
    ("bg", WED, "Комисията заседава два пъти седмично.", "седмично", "SET", "P1W"),
    ("sl", WED, "Komisija se sestaja dvakrat na teden.", "teden", "SET", "P1W"),
    ("uk", WED, "Комісія збирається двічі на тиждень.", "тиждень", "SET", "P1W"),
    ("pl", WED, "Wczoraj wieczorem doszło do eksplozji.", "Wczoraj wieczorem", "TIME", "2026-01-06TEV"),
    ("ru", WED, "Вчера вечером произошел взрыв.", "Вчера вечером", "TIME", "2026-01-06TEV"),
    ("de", WED, "Gestern Abend kam es zu einer Explosion.", "Gestern Abend", "TIME", "2026-01-06TEV"),
    ("fr", WED, "Hier soir, une explosion a eu lieu.", "Hier soir", "TIME", "2026-01-06TEV"),
    ("es", WED, "Anoche se produjo una explosión.", "Anoche", "TIME", "2026-01-06TNI"),
    ("cs", WED, "Včera večer došlo k výbuchu.", "Včera večer", "TIME", "2026-01-06TEV"),
    ("bg", WED, "Снощи е станала експлозия.", "Снощи", "TIME", "2026-01-06TNI"),
    ("sl", WED, "Sinoči je prišlo do eksplozije.", "Sinoči", "TIME", "2026-01-06TEV"),
    ("uk", WED, "Учора ввечері стався вибух.", "Учора ввечері", "TIME", "2026-01-06TEV"),
    ("pl", WED, "W ubiegłym tygodniu rząd przyjął ustawę.", "ubiegłym tygodniu", "DATE", "2026-W01"),
    ("uk", WED, "На минулому тижні уряд ухвалив закон.", "минулому тижні", "DATE", "2026-W01"),
    ("de", WED, "Am Wochenende hatten Tausende demonstriert.", "Wochenende", "DATE", "2026-W01-WE"),
    ("fr", WED, "Le week-end dernier, des milliers de personnes ont manifesté.", "week-end dernier", "DATE", "2026-W01-WE"),
    ("es", WED, "El fin de semana pasado miles de personas protestaron.", "fin de semana pasado", "DATE", "2026-W01-WE"),
    ("en", WED, "The prime minister resigned earlier this month.", "earlier this month", "DATE", "2026-01"),
    ("ru", WED, "В конце недели состоится саммит.", "конце недели", "DATE", "2026-W02"),
    ("pl", WED, "Pod koniec przyszłego tygodnia odbędzie się szczyt.", "przyszłego tygodnia", "DATE", "2026-W03"),
    ("uk", WED, "На початку наступного тижня відбудеться саміт.", "наступного тижня", "DATE", "2026-W03"),
    ("ru", WED, "Переговоры прошли 7 января 2026 г. в Женеве.", "7 января 2026", "DATE", "2026-01-07"),
    ("cs", WED, "Ve čtvrtém čtvrtletí ekonomika rostla.", "čtvrtletí", "DATE", "2025-Q4"),
    ("pl", WED, "W trzecim kwartale PKB wzrósł.", "kwartale", "DATE", "2025-Q3"),
    ("ru", WED, "С понедельника действует новый закон.", "понедельника", "DATE", "2026-01-05"),
    ("pl", WED, "Od poniedziałku obowiązuje nowe prawo.", "poniedziałku", "DATE", "2026-01-05"),
    ("de", WED, "Seit Montag gilt das neue Gesetz.", "Montag", "DATE", "2026-01-05"),
    ("pl", WED, "Do piątku rząd ma przedstawić projekt.", "piątku", "DATE", "2026-01-09"),
    ("ru", WED, "До пятницы правительство должно представить проект.", "пятницы", "DATE", "2026-01-09"),
    ("pl", WED, "Pół roku temu rząd przyjął ustawę.", "Pół roku temu", "DATE", "2025-07"),
    ("ru", WED, "Полтора года назад правительство ушло в отставку.", "Полтора года назад", "DATE", "2024-07"),
    ("cs", WED, "Před dvěma lety vláda padla.", "Před dvěma lety", "DATE", "2024"),
    ("sl", WED, "Pred dvema letoma je vlada padla.", "Pred dvema letoma", "DATE", "2024"),
    ("pl", WED, "Rok temu rząd przyjął ustawę.", "Rok temu", "DATE", "2025"),
    ("pl", WED, "Tydzień temu rząd przyjął ustawę.", "Tydzień temu", "DATE", "2026-W01"),
    ("ru", WED, "Неделю назад правительство ушло в отставку.", "Неделю назад", "DATE", "2026-W01"),
    ("ru", WED, "Год назад правительство ушло в отставку.", "Год назад", "DATE", "2025"),
    ("uk", WED, "Рік тому уряд пішов у відставку.", "Рік тому", "DATE", "2025"),
    ("bg", WED, "Преди седмица правителството подаде оставка.", "Преди седмица", "DATE", "2026-W01"),
    ("cs", WED, "Před týdnem vláda padla.", "Před týdnem", "DATE", "2026-W01"),
    ("sl", WED, "Pred tednom je vlada padla.", "Pred tednom", "DATE", "2026-W01"),
    ("ru", WED, "Через неделю начнутся переговоры.", "Через неделю", "DATE", "2026-W03"),
    ("pl", WED, "Za rok odbędą się wybory.", "Za rok", "DATE", "2027"),
    ("en", WED, "The talks lasted half an hour.", "half an hour", "DURATION", "PT30M"),
    ("es", WED, "Las obras durarán año y medio.", "año y medio", "DURATION", "P18M"),
    ("de", WED, "Der Bau dauert ein halbes Jahr.", "halbes Jahr", "DURATION", "P6M"),
    ("bg", WED, "Строежът ще продължи половин година.", "половин година", "DURATION", "P6M"),
    # --- undated articles keep relative values
    ("pl", None, "Rozmowy będą kontynuowane w przyszłym tygodniu.", "przyszłym tygodniu", "DATE", "XXXX-WXX"),
    ("ru", None, "Позавчера в Москве прошли переговоры.", "Позавчера", "DATE", "XXXX-XX-XX"),
    ("cs", None, "Loni vláda zvýšila daně.", "Loni", "DATE", "XXXX"),
    ("fr", None, "L'accord sera signé dans deux semaines.", "dans deux semaines", "DATE", "XXXX-WXX"),
]
# fmt: on


def _found(lang: str, anchor: date | None, sentence: str, needle: str) -> list[tuple[str, str, str]]:
    """(text, type, value) of the expressions holding `needle`."""
    return [
        (e.text, e.type, e.value)
        for e in find_time_expressions(sentence, lang, anchor)
        if needle.lower() in e.text.lower()
    ]


@pytest.mark.parametrize(("lang", "anchor", "sentence", "needle", "type_", "value"), CASES)
def test_probe(lang: str, anchor: date | None, sentence: str, needle: str, type_: str, value: str) -> None:
    found = _found(lang, anchor, sentence, needle)
    assert found, f"{needle!r} not found: {[e.text for e in find_time_expressions(sentence, lang, anchor)]}"
    assert (found[0][1], found[0][2]) == (type_, value), found


def test_undated_articles_say_their_relative_values_are_unresolved() -> None:
    for lang, anchor, sentence, needle, _type, _value in CASES:
        if anchor is None:
            found = [e for e in find_time_expressions(sentence, lang, None) if needle.lower() in e.text.lower()]
            assert found and not found[0].anchored and found[0].relative, (lang, sentence)


def test_bare_units_need_a_count_where_the_language_asks_for_one() -> None:
    # "преди уикенда" is before the weekend, "years ago" no single time
    assert find_time_expressions("Преди уикенда правителството подаде оставка.", "bg", WED) == []
    assert [e.value for e in find_time_expressions("He left years ago.", "en", WED)] == []
    # "w piątek", "в пятницу" stay days: "w"/"в" make a set only after a count
    assert [(e.type, e.value) for e in find_time_expressions("W piątek rząd przyjął ustawę.", "pl", WED)] == [
        ("DATE", "2026-01-02")
    ]
    assert [(e.type, e.value) for e in find_time_expressions("В пятницу министр заявил.", "ru", WED)] == [
        ("DATE", "2026-01-02")
    ]


def test_section_numbers_are_not_dates() -> None:
    # a day and month with closing dots and no year is a date only spaced or after "am"/"dne"/...
    assert find_time_expressions("Siehe Abschnitt 3.2. im Bericht.", "de", WED) == []
    assert find_time_expressions("Viz kapitola 3.2. zprávy.", "cs", WED) == []
    assert [e.value for e in find_time_expressions("Am 3.2. wurde gewählt.", "de", WED)] == ["2026-02-03"]
