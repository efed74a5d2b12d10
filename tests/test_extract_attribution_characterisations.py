"""`claims.extract.attribution.characterisations`: a party characterising something in quoted words, and each guard
of the rule against the sentence it exists for (the guards mutation testing found untested)."""
from __future__ import annotations

import pytest

from claims.extract.attribution.characterisations import characterisation, may_characterise
from claims.extract.attribution.names import remember_names
from claims.extract.attribution.records import Attribution
from claims.extract.speakers import Context
from claims.extract.text import Span
from extract_rows import rows

QUOTED = '"a reckless gamble with public money"'
"""Quoted words long enough to be a claim of their own."""
OPENING = "Jo Roe spoke on Monday. "
"""A sentence that names the person the sentences under test call `Roe`."""


def alone(sentence: str, holes: tuple[Span, ...] = ()) -> Attribution | None:
    """The rule alone on a sentence after OPENING, with holes given as offsets within the sentence."""
    text = OPENING + sentence
    ctx = Context(text=text)
    remember_names(text, (0, len(OPENING) - 1), [], ctx)
    at = len(OPENING)
    return characterisation(text, (at, len(text)), [(at + start, at + end) for start, end in holes], ctx)


def test_a_named_person_characterising_is_the_speaker() -> None:
    at = len(OPENING) + len("Roe called ")
    assert alone(f"Roe called the plan {QUOTED}.") == Attribution(
        "Jo Roe", "person", "called", ((at, at + len(f"the plan {QUOTED}")),))


@pytest.mark.parametrize("sentence", [
    f"Jo Roe was described by colleagues as {QUOTED}.",  # a passive verb: the passive rules read who described
    f"The Riverside Tenants Association was widely described as {QUOTED}.",  # an adverb after the auxiliary
    f"Has Roe called the plan {QUOTED}?",  # a question claims nothing
])
def test_no_party_characterising(sentence: str) -> None:
    assert alone(sentence) is None


def test_a_characterisation_inside_a_hole_is_left_to_the_rule_that_made_the_hole() -> None:
    sentence = f"Roe called the plan {QUOTED}."
    verb = (sentence.index("called"), sentence.index("the plan"))
    assert [alone(sentence, holes) for holes in (((0, len(sentence)),), (verb,),
                                                 ((sentence.index("the plan"), len(sentence)),))] == [None, None, None]


# Through the whole extractor: every kind of party may characterise, a document's description is the document
# rules' job, and a participle with no verb before it has no subject.
@pytest.mark.parametrize(("sentence", "expected"), [
    (f"The Riverside Tenants Association called the plan {QUOTED}.",
     [("Riverside Tenants Association", "organisation", f"the plan {QUOTED}")]),
    (f"The Care Quality Commission described the home as {QUOTED}.",
     [("Care Quality Commission", "inspectorate", f"the home as {QUOTED}")]),
    ("Jo Roe called the plan \u201ca reckless gamble with public money\u201d.",
     [("Jo Roe", "person", "the plan \u201ca reckless gamble with public money\u201d")]),
    (f"The report author Jo Roe called the plan {QUOTED}.", [("Jo Roe", "person", f"the plan {QUOTED}")]),
    (f"The council's latest letter describes the plan as {QUOTED}.", []),
    (f"On Monday, calling the fine {QUOTED}.", []),
])
def test_characterised_in_a_text(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(f"Ruling\n\nThe authority published its decision on Monday.\n\n{sentence}\n") == expected


def test_may_characterise_needs_a_quotation_mark_a_stem_and_the_whole_pattern() -> None:
    assert [may_characterise(body) for body in (
        'She called "time".', "Jo Roe called the plan \u201ca gamble\u201d.", 'Jo Roe called the plan "a gamble".',
        "Jo Roe called the plan a gamble.", 'Jo Roe said the plan was "a gamble".')] == [False, True, True, False, False]
