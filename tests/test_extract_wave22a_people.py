"""People as speakers (wave 22a): each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or the whole value a
helper returns; cases where a rule must not fire sit beside the ones where it must."""
import pytest

from claims.extract.entities import find_mentions
from extract_rows import rows


# A person speaking for a body (`Jo Roe for the World Seed Programme (WSP) said`), as UN briefing notes and joint
# statements write it: the person speaks, the body is named for whom; a body that worked for another (`Acme Polling
# for the Food Standards Agency`) and a body's own name with `for` (`Office for Students`) are unchanged.
@pytest.mark.parametrize(("text", "names"), [
    ("Tamsin Roewood for the World Seed Programme (WSP) said", [("Tamsin Roewood", "person"),
                                                               ("World Seed Programme", "org"), ("WSP", "org")]),
    ("Dr. Ines Varga-Holm for the Global Water Organization said", [("Ines Varga-Holm", "person"),
                                                                     ("Global Water Organization", "org")]),
    ("Piet Oduya for the International Agency for Shelter said", [("Piet Oduya", "person"),
                                                                  ("International Agency for Shelter", "org")]),
    ("Acme Polling for the Food Standards Agency said", [("Acme Polling", "org")]),
    ("The Office for Students said", [("Office for Students", "org")]),
    ("Secretary of State for Health Jo Roe said", [("Jo Roe", "person")]),
])
def test_a_person_for_a_body_is_the_person(text: str, names: list[tuple[str, str]]) -> None:
    assert [(m.name, m.kind) for m in find_mentions(text, 0, len(text))] == names


def test_a_person_for_a_body_speaks_as_the_person_and_later_by_surname() -> None:
    text = ("Tamsin Roewood for the World Seed Programme (WSP) said that 1.2 million people needed seed this year.\n\n"
            "Ms. Roewood said that the appeal had raised 18 per cent of its target.\n")
    assert rows(text) == [("Tamsin Roewood", "person", "1.2 million people needed seed this year"),
                          ("Tamsin Roewood", "person", "the appeal had raised 18 per cent of its target")]


def test_a_titled_person_for_a_body_reads_a_statement() -> None:
    text = ("Dr. Ines Varga-Holm for the Global Water Organization (GWO) read the following statement:\n\n"
            "\"About 540,000 of the people affected are children.\"\n")
    assert rows(text) == [("Ines Varga-Holm", "person", "About 540,000 of the people affected are children.")]
