"""The person a text names as a role's holder in an apposition (`claims.extract.role_holders`)."""
from __future__ import annotations

import pytest

from claims import extract_text
from claims.extract.role_holders import register_role_holders
from claims.extract.speakers import Context


def _titles(text: str, start: int = 0, end: int | None = None) -> dict[str, str]:
    """The roles the paragraph text[start:end] names a holder for."""
    ctx = Context(text=text)
    register_role_holders(text, start, len(text) if end is None else end, ctx)
    return ctx.titles


@pytest.mark.parametrize("text, expected", [
    ("The planning inspector, Jo Roe, said it was late.", {"inspector": "Jo Roe"}),
    ("Its new chair, Al Key, agreed.", {"chair": "Al Key"}),
    ("Yesterday, the chair, Al Key, and the inspector, Jo Roe, met.", {"chair": "Al Key", "inspector": "Jo Roe"}),
])
def test_a_role_set_off_before_a_name_is_that_person(text: str, expected: dict[str, str]) -> None:
    assert _titles(text) == expected


@pytest.mark.parametrize("text", [
    "The inspector, Jo Roe said.",           # no comma closes the name
    "The spokeswoman, Jo Roe, said.",        # a voice's role is never one person's
    "An inspector, Jo Roe, said.",           # no `the`: one inspector among many
    "The inspector, Acme Ltd, said.",        # not a person
    "Yesterday, Jo Roe, the chair, said.",   # no role before the comma
    ", Al Key, said.",                       # nothing before the comma
    "The inspector, jo roe, said.",
])
def test_no_holder_elsewhere(text: str) -> None:
    assert _titles(text) == {}


def test_only_the_paragraph_between_start_and_end_is_read() -> None:
    text = "The chair, Al Key, left. The inspector, Jo Roe, said."
    assert _titles(text, 0, text.index(" The inspector")) == {"chair": "Al Key"}
    assert _titles(text, text.index("The inspector")) == {"inspector": "Jo Roe"}



@pytest.mark.parametrize("text, holder, quote", [
    ("Customs seized 40 crates, according to a note from the agency spokesman, Emeka Obi, on Friday.\n\n"
     "The spokesman said the crates held counterfeit tyres.", "Emeka Obi", "the crates held counterfeit tyres"),
    ("Its spokeswoman, Adwoa Mensah, confirmed the closure.\n\nMeanwhile, inspectors visited two depots.\n\n"
     "The spokeswoman added that the depots would reopen in May.", "Adwoa Mensah", "the depots would reopen in May"),
    ("Writing to members, the league spokesperson, Thandi Mokoena, set out the fixtures.\n\n"
     "The spokesperson said the cup final would move to Durban.", "Thandi Mokoena",
     "the cup final would move to Durban"),
])
def test_a_bare_voice_role_later_is_the_holder_named_in_its_apposition(text: str, holder: str, quote: str) -> None:
    found = extract_text(text)
    rows = list(zip(found["speaker"], found["speaker_kind"], found["quote"]))
    assert rows[-1] == (holder, "person", quote)


def test_an_unnamed_voice_stays_the_body_s() -> None:
    text = "Harlow Ferries cancelled two sailings.\n\nA Harlow Ferries spokesman said the crossing was rough."
    found = extract_text(text)
    assert list(zip(found["speaker"], found["quote"]))[-1] == ("Harlow Ferries", "the crossing was rough")


@pytest.mark.parametrize("text, holder", [
    ("Minister of Fisheries, Senator Odile Marchetti says the quota is fair.", "Odile Marchetti"),
    ("Chair of the Tolland Water Board, Dr Ravi Pillay announced a new tariff.", "Ravi Pillay"),
])
def test_a_role_opening_the_sentence_before_a_holder_and_a_reporting_verb(text: str, holder: str) -> None:
    titles = _titles(text)
    assert list(titles.values()) == [holder]


def test_a_holder_followed_by_and_names_no_holder() -> None:
    assert _titles("Minister of Fisheries, Senator Odile Marchetti and her deputy met.") == {}
