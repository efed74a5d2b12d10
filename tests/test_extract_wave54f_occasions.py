"""A speaker's medium set between the name and the cue after `a` (wave 54f, `speakers/regions._OWN_OCCASION_RE`):
`Amaso in a statement said`, `Amaso in an interview on Monday said`. The party before it speaks, never a document `a
statement` owned by the body in focus. Texts written for this test in our own words about invented parties."""
import pytest

from extract_rows import rows

OPENING = ("Its managing director, Chidi Amaso, said the board had replaced 14 kilometres of pipes.\n\n"
           "The Lassa Water Board has 1,200 staff.\n\n")


@pytest.mark.parametrize("subject", ["Amaso in a statement", "Amaso in an interview on Monday",
                                     "Amaso in a brief statement"])
def test_the_name_before_a_medium_speaks(subject: str) -> None:
    text = OPENING + subject + " said the repairs had cost 410 million naira.\n"
    assert rows(text)[-1] == ("Chidi Amaso", "person", "the repairs had cost 410 million naira")


def test_a_reference_before_a_medium_speaks() -> None:
    text = ("Results were the best in ten years, officials said.\n\n"
            "The governor in a message on Tuesday said the county would fund 300 more bursaries next year.\n")
    assert rows(text)[-1] == ("The governor", "person", "the county would fund 300 more bursaries next year")
