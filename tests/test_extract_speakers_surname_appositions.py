"""A surname alone set off before a post is the person who speaks: the full name given earlier, else the surname."""
from __future__ import annotations

import pytest

from claims.extract.speakers.context import Context
from claims.extract.speakers.surname_appositions import surname_alone
from extract_rows import named_context


@pytest.mark.parametrize(("clause", "opens", "expected"), [
    (" Orrin", False, ("Ama Orrin", "person")),  # the full name the text gave
    (" Orrin", True, ("Ama Orrin", "person")),  # opening the sentence, known
    (" Tessel", False, ("Tessel", "person")),  # never given in full: the surname as written
    (" Tessel", True, None),  # opening the sentence and never given in full: maybe a time or a place
    (" Monday", False, None),  # a weekday
    (" Yesterday", False, None),  # a common word
    (" Director", False, None),  # a post
    (" London", False, None),  # a place
    (" Kelby Rail", False, None),  # two words
    (" orrin", False, None),  # lower case
])
def test_surname_alone_is_a_person_known_or_written_after_the_claim(
        clause: str, opens: bool, expected: tuple[str, str] | None) -> None:
    assert surname_alone(clause, named_context("Ama Orrin runs the depot."), opens) == expected


def test_a_surname_that_names_a_body_is_no_person() -> None:
    ctx = Context(text="Fares will rise, Kelby, the chief executive, said.")
    ctx.kinds["Kelby"] = "organisation"
    assert surname_alone(" Kelby", ctx, False) is None
