"""A description after the claim as its speaker (`claims.extract.speakers.described_voices`), wave 32f: in `A, federal
transport officials said` or `A, the records watchdog has found`, the description speaks, in its own words or as the body
it means, never a party named inside A whose kind it does not fit (a place read as a person, a department under a
watchdog). Each case is a short text written for this test about invented parties, and the whole table it must give
as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.speakers.described_voices import description_kind, unfit_walk
from tests.extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("A ferry returned to Port Tarrow a day early on Tuesday after an outbreak of flu sickened 90 passengers, "
     "federal transport officials said.\n",
     [("federal transport officials", "unresolved", "said",
       "A ferry returned to Port Tarrow a day early on Tuesday after an outbreak of flu sickened 90 passengers")]),
    ("Clerks at a Land Registry office in Tarrow were given two days' training, the records watchdog has found.\n",
     [("the records watchdog", "inspectorate", "found",
       "Clerks at a Land Registry office in Tarrow were given two days' training")]),
    ("The Land Registry opened a new office in Tarrow in May.\n\nClerks at a Land Registry office in Tarrow were "
     "given two days' training, the records watchdog has found.\n",
     [("the records watchdog", "inspectorate", "found",
       "Clerks at a Land Registry office in Tarrow were given two days' training")]),
])
def test_a_description_after_the_claim_speaks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A spokeswoman for Tarrow Telecom, the telecoms regulator, said it did not set prices.\n",
     [("Tarrow Telecom", "inspectorate", "said", "it did not set prices")]),  # 33h: the apposition says it regulates
    ("Tarrow Beans Co. will close 38 of its 212 shops, including 11 in Port Tarrow, the company said Thursday.\n",
     [("Tarrow Beans Co.", "organisation", "said",
       "Tarrow Beans Co. will close 38 of its 212 shops, including 11 in Port Tarrow")]),
    ("The Records Inspectorate visited six offices in May.\n\nClerks at a Land Registry office in Tarrow were given "
     "two days' training, the watchdog has found.\n",
     [("Records Inspectorate", "inspectorate", "found",
       "Clerks at a Land Registry office in Tarrow were given two days' training")]),
])
def test_a_reference_after_the_claim_keeps_its_party(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("clause", "kind"), [
    ("federal transport officials", "unresolved"),
    ("the borders and immigration watchdog", "inspectorate"),
    ("the company", None),          # a reference the text resolves, no description
    ("Harbour health officials", None),  # a name in it
    ("the officials who ran the count", None),  # more than a description
    ("which obtained earlier inspection", None),  # a relative clause, a document's noun
    ("and the ombudsman", None),                 # a clause of its own
])
def test_which_clauses_describe_a_voice(clause: str, kind: str | None) -> None:
    assert description_kind(clause) == kind


@pytest.mark.parametrize(("text", "expected"), [
    ("Two men are in custody after the death of a Marlow, Ohio, police officer who was shot outside a station, "
     "authorities said Monday.\n",
     [("authorities", "unresolved", "said", "Two men are in custody after the death of a Marlow, Ohio, police officer "
                                            "who was shot outside a station")]),
    ("A fire at a Tarrow Beans warehouse in Port Tarrow, Maine, destroyed 400 tons of coffee, officials said.\n",
     [("officials", "unresolved", "said",
       "A fire at a Tarrow Beans warehouse in Port Tarrow, Maine, destroyed 400 tons of coffee")]),
], ids=["place-before-post", "place-in-claim"])
def test_officials_read_past_into_a_place_keep_their_words(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """A place set off inside the claim (`a Marlow, Ohio, police officer`) is no body the officials work for (56e)."""
    assert cued_rows(text) == expected


# Round 57m (`unfit_walk`, wave 56e): the regions' name is unfit when the claim names it as no body (a place, a
# person), fit when the claim names that very body; another body in the claim changes nothing.
@pytest.mark.parametrize(("claim", "name", "expected"), [
    ("a Dayton, Maryland, police officer shot a man", "Maryland", True),
    ("the Kestrel Port Authority fined a man", "Kestrel Port Authority", False),
    ("a Maryland officer fined the Kestrel Port Authority", "Maryland", True),
], ids=["place", "the-body-named", "another-body-named"])
def test_unfit_walk(claim: str, name: str, expected: bool) -> None:
    assert unfit_walk(claim, (0, len(claim)), name, "authorities") is expected


def test_a_description_of_no_unresolved_kind_is_never_unfit() -> None:
    claim = "a Dayton, Maryland, police officer shot a man"
    assert unfit_walk(claim, (0, len(claim)), "Maryland", "the council") is False
