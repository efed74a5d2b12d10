"""A side's legal representative as the speaker (`claims.extract.speakers.representatives`)."""
from __future__ import annotations

import pytest

from claims.extract.speakers.representatives import representative


@pytest.mark.parametrize("clause, expected", [
    ("Counsel for the driver", ("Counsel for the driver", "person")),
    ("Counsel, for the driver", ("Counsel, for the driver", "person")),
    ("Counsel for the driver,", ("Counsel for the driver", "person")),          # the comma after it is not its
    ("Lawyer for the family", ("Lawyer for the family", "person")),
    ("Lawyers representing the family", ("Lawyers representing the family", "unresolved")),   # a group
    ("Solicitors acting for the family", ("Solicitors acting for the family", "unresolved")),
    ("Lawyer acting for the family of the man", ("Lawyer acting for the family of the man", "person")),  # 8 words
    ("Counsel for Jo Roe", ("Counsel for Jo Roe", "person")),                   # the side's name is not theirs
    ("Defence counsel", ("Defence counsel", "person")),
    ("Crown barrister", ("Crown barrister", "person")),
])
def test_a_representative_is_the_texts_words(clause: str, expected: tuple[str, str]) -> None:
    assert representative(clause) == expected


@pytest.mark.parametrize("clause", [
    "Counsel Jo Roe",                                      # a name follows: the name is the speaker
    "Counsel told the court",                              # not acting for a side
    "Defence counsel for the driver",                      # a side word leads only a clause of two words
    "Lawyer acting for the family of the dead man",        # nine words: more than an opening
    "Counsel",
    "Driver for the counsel",
    "",
])
def test_no_representative_elsewhere(clause: str) -> None:
    assert representative(clause) is None
