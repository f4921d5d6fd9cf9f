"""Name dictionaries of one script are asked about words of that script only."""

from __future__ import annotations

import subprocess
import sys

from storyline.entities.morph import name_bases, person_name_reading

PROBE = """
import sys
from storyline.entities.morph import person_name_reading, name_bases
person_name_reading("Daniela", given_only=True), person_name_reading("Davis"), name_bases("Marta", "PER")
print(sorted(m for m in sys.modules if m.startswith(("pymorphy3_dicts", "morfeusz2"))))
"""


def test_latin_names_load_no_cyrillic_dictionary() -> None:
    # Asking pymorphy3 about a Latin word found nothing (LATN, unknown) and cost every worker of an English corpus
    # both Cyrillic dictionaries (~46 MB).
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True).stdout
    assert "pymorphy3_dicts" not in out
    assert "morfeusz2" in out  # the Polish dictionary still reads Latin-script names


def test_readings_in_both_scripts() -> None:
    assert person_name_reading("Daniela", given_only=True)
    assert person_name_reading("Davis") and person_name_reading("Дэвис")
    assert not person_name_reading("Chicago")
    assert "marta" in name_bases("Marta", "PER")
    assert name_bases("Москва", "LOC") == {"москва"}
