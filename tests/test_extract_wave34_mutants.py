"""Unit cases for wave 34's extractor parts (what mutation round 34's second group found unasserted by the wave-34
files); every party and sentence is invented, and each assert is on a whole value.

The caches of `claims.extract` are cleared before each case here: mentions are cached by text, and a mutant run forked
from a warm process would otherwise read the unmutated mentions of the same text."""
from __future__ import annotations

import pytest

from claims.extract.speakers import anonymous_people
from claims.extract.table import extract_text


pytestmark = pytest.mark.usefixtures("cold_extract_caches")


# A defect found by the mutants of anonymous_antecedent's sentence start: a description opening the text itself (no
# `. ` and no line before it) lost its first letter (`rfind` gave -1, + 2 = offset 1: `guard at one Tolby prison`), so
# `he` went to the body that spoke between, where the same paragraph under a heading gives the guard.
def test_a_pronoun_after_a_description_opening_the_text() -> None:
    text = ("A guard at one Tolby prison, who asked not to be named, has worked on its wings for 20 years. The Tolby "
            "Prison Service said 12 cells were empty. He said 3 wings were shut.\n")
    assert (anonymous_people.anonymous_antecedent(text, text.index("He said")),
            extract_text(text)[["speaker", "speaker_kind", "cue", "claim"]].values.tolist()) == (
        "A guard at one Tolby prison",
        [["Tolby Prison Service", "organisation", "said", "12 cells were empty."],
         ["A guard at one Tolby prison", "person", "said", "3 wings were shut."]])
