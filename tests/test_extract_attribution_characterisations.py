"""`claims.extract.attribution.characterisations`: a party characterising something in quoted words, and each guard
of the rule against the sentence it exists for (the guards mutation testing found untested)."""
from __future__ import annotations

import pytest

from claims.extract.attribution.characterisations import characterisation, may_characterise
from claims.extract.attribution.names import remember_names
from claims.extract.attribution.records import Attribution
from claims.extract.speakers import Context
from claims.extract.text import Span
from extract_rows import cued_rows, rows

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


# Wave 31a: a characterisation with a second cue after it in the same sentence (`X described A as "Q" and said B`,
# `..., adding that B`) is the subject's claim too, not only what the second cue reports; a second cue with a subject
# of its own (`and the council said`) leaves the quoted words to the rules that read quotations.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Trust runs the marina.\n\n"
     "It described the damage as \"severe and lasting\" and said repairs would cost £2m.\n",
     [("Harbour Trust", "organisation", "described", "the damage as \"severe and lasting\""),
      ("Harbour Trust", "organisation", "said", "repairs would cost £2m")]),
    ("Jo Roe chairs the Harbour Trust.\n\n"
     "Jo Roe, the trust's director, described the storm as \u201cthe worst we have seen on this coast in 20 years\u201d, "
     "adding that repairs would cost £2m.\n",
     [("Jo Roe", "person", "described", "the storm as \u201cthe worst we have seen on this coast in 20 years\u201d"),
      ("Jo Roe", "person", "adding that", "repairs would cost £2m")]),
    ("Jo Roe chairs the Harbour Trust.\n\n"
     "Jo Roe described the loss of trout as \u201cthe worst we have recorded on this river since 2009\u201d, adding that "
     "the species is protected.\n",
     [("Jo Roe", "person", "described", "the loss of trout as \u201cthe worst we have recorded on this river since 2009\u201d"),
      ("Jo Roe", "person", "adding that", "the species is protected")]),
])
def test_a_characterisation_before_a_second_cue(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jo Roe chairs the Harbour Trust.\n\n"
     f"Roe called the sale {QUOTED} and the council said 40 berths would close.\n",
     [("the council", "unresolved", "said", "40 berths would close")]),
])
def test_a_second_cue_with_its_own_subject(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert [row for row in cued_rows(text) if row[2] != "called"] == expected


# Wave 48c (data/plain_characterising_verbs.txt): the plain ascription's verbs beyond `described`, each with its
# object and `as`, unquoted; the cheap test passes on their stems.
def test_may_characterise_reads_the_plain_verbs() -> None:
    assert [may_characterise(body) for body in (
        "Jo Roe dismissed the reports as baseless.", "Jo Roe hailed the vote as a turning point.",
        "Jo Roe dismissed the reports.", "Jo Roe hailed a taxi.")] == [True, True, False, False]
