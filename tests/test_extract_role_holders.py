"""The person a text names as a role's holder in an apposition (`claims.extract.role_holders`)."""
from __future__ import annotations

import pytest

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
