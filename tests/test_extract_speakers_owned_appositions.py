"""speakers/owned_appositions: a body named in apposition after its owner's possessive and its kind (`The NSU's
fisheries agency, Kelvar,`) is what a later `the agency` means, never the owner (wave 62d; the real sets' 97th).
Each text is written for this test in our own words about invented parties; rows are (speaker, speaker_kind,
quote)."""
from __future__ import annotations

import pytest

from extract_rows import rows

from claims.extract.speakers.context import Context
from claims.extract.speakers.owned_appositions import register_owned_appositions

_LATER = "\n\n\"Quotas are set by the same rules for every member,\" {reference} told this website.\n"


@pytest.mark.parametrize("reference", ["the agency", "the Marnau-based agency"])
def test_the_kind_an_owner_gives_a_named_body_means_that_body(reference: str) -> None:
    text = "The NSU's fisheries agency, Kelvar, has denied the claims." + _LATER.format(reference=reference)
    assert rows(text) == [("Kelvar", "organisation", "Quotas are set by the same rules for every member")]


def test_a_named_body_of_several_words_after_the_owner() -> None:
    text = ("Marland's competition watchdog, the Markets and Prices Board, has opened an inquiry."
            + _LATER.replace("Quotas are set", "Inquiries are run").format(reference="the watchdog"))
    assert rows(text) == [("Markets and Prices Board", "inspectorate", "Inquiries are run by the same rules for every member")]


@pytest.mark.parametrize("opening", [
    "The NSU's fisheries agency said on Monday it had denied the claims.",  # no name in apposition
    "The NSU's fisheries agency, which Kelvar runs, has denied the claims.",  # a clause, no apposition
])
def test_no_apposition_names_no_body(opening: str) -> None:
    assert rows(opening + _LATER.format(reference="the agency"))[0][0] != "Kelvar"


def test_an_owned_apposition_leaves_the_pronoun_to_the_party_in_focus() -> None:
    text = ("The Kelbrook Drivers Union (KDU) has responded to those comments. In a statement, the union said drivers "
            "at the rival depot earned £14.60 an hour.\n\n"
            "It also claimed Soarby's parent company, Midvale Transit Holdings, paid its shareholders a dividend of "
            "£4.2m last year.\n")
    assert rows(text) == [
        ("Kelbrook Drivers Union", "organisation", "drivers at the rival depot earned £14.60 an hour"),
        ("Kelbrook Drivers Union", "organisation",
         "Soarby's parent company, Midvale Transit Holdings, paid its shareholders a dividend of £4.2m last year")]


_DENIED = "The NSU's fisheries agency, {name}, has denied the claims."


@pytest.mark.parametrize(("text", "end", "registered"), [
    (_DENIED.format(name="Kelvar"), None, ({"Kelvar": "organisation"}, {"Kelvar": {"agency"}})),
    (_DENIED.format(name="Kelvar").replace("'", "\u2019"), None,
     ({"Kelvar": "organisation"}, {"Kelvar": {"agency"}})),  # a curly possessive, the only one in the block
    ("Marland's competition watchdog, the Markets and Prices Board, has opened an inquiry.", None,
     ({"Markets and Prices Board": "organisation"}, {"Markets and Prices Board": {"watchdog"}})),
    (_DENIED.format(name="Kelvar"), len("The NSU's fisheries agency, Kelvar"), ({}, {})),  # its comma past the end
    (_DENIED.format(name="Kelvar and Vessar"), None, ({}, {})),  # words no name reader reads, spaces between
    (_DENIED.format(name="Kelvar Dunn"), None, ({}, {})),  # a person's name
])
def test_register_owned_appositions(text: str, end: int | None, registered: tuple[dict, dict]) -> None:
    ctx = Context(text=text)
    register_owned_appositions(text, 0, len(text) if end is None else end, ctx)
    assert (dict(ctx.kinds), dict(ctx.called)) == registered
