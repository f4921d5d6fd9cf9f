"""Stage "quotes": words in marks before a cue whose claim is the clause after it ("Biała księga „Szczepienia przeciw
COVID-19” przypomina, że …", "Źródło, na które powołuje się „Independent”, twierdzi, że …"): the marks name a
publication or stand in the subject, so the cue is not theirs; the clause is found as reported speech. A dash after
the marks sets the quotation's own cue off and keeps it ("„…” – dopytuje Trump, sugerując, że …"). English is left
to its parse. Audit 29 (/work/briefs/audit29_pl.md: 2 wrong rows and 2 misses in one sample text); sweeps judged by
sample in the report. Sentences written for this audit."""

from __future__ import annotations

from quote_rows import quote_rows


def test_publication_title_in_marks_is_no_quotation_of_the_cue() -> None:
    text = (
        "Eksperci wydali raport. W publikacji „Szczepienia i zdrowie publiczne” dostępnej w sieci specjaliści "
        "podkreślają, że badania nad szczepionkami trwają od dziesięciu lat."
    )
    rows = quote_rows(text, "pl")
    assert not [r for r in rows if r["content"] == "Szczepienia i zdrowie publiczne" and r["cue"]], rows
    assert [r["content"] for r in rows if r["cue"] == "podkreślają"] == [
        "że badania nad szczepionkami trwają od dziesięciu lat"
    ], rows


def test_medium_in_marks_in_the_subject_leaves_the_clause_to_the_cue() -> None:
    text = "Rząd zmienił plany. Źródło w rządzie, na które powołuje się „Independent”, twierdzi, że ustawa upadnie."
    rows = quote_rows(text, "pl")
    assert [(r["content"], r["cue"]) for r in rows] == [("że ustawa upadnie", "twierdzi")], rows


def test_dash_after_marks_keeps_the_quotation_and_its_speaker() -> None:
    text = (
        "Prezydent Jan Kowal znów pisał o wyborach. „Jak to się dzieje, że wyniki się zmieniają?” – pyta Jan Kowal, "
        "sugerując, że dochodzi do nieprawidłowości."
    )
    rows = quote_rows(text, "pl")
    assert [r["label"] for r in rows if r["content"].startswith("Jak to się dzieje")] == ["Jan Kowal"], rows
