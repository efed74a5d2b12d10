"""speakers/voices: an unnamed role after a possessive (`Kelby's housing director said`) is the person the text
titled so before (`titled_person`), with the possessive written in either mark: real pages write `’` about twice as
often as `'` (wave 54h). Written for this test about invented parties."""
from __future__ import annotations

from extract_rows import curled, full_rows

DIRECTOR_TEXT = ("Kelby council's housing director Ann Pike spoke on Monday.\n\n"
                 "Kelby's housing director said 212 homes were repaired in May.\n")


def test_a_possessive_role_is_the_person_titled_so_with_either_mark() -> None:
    straight = full_rows(DIRECTOR_TEXT)
    assert straight == [("Ann Pike", "person", "said", "212 homes were repaired in May", 0.989)]
    assert full_rows(DIRECTOR_TEXT.replace("'", "\u2019")) == curled(straight)
