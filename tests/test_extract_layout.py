"""A page's layout around its claims (`claims.extract.layout`): furniture, the masthead's issuer, advice."""
from __future__ import annotations

import pytest

from claims.extract import layout
from claims.extract.entities import Mention
from claims.extract.speakers import Context
from claims.extract.text import split_blocks


@pytest.mark.parametrize("line, furniture", [
    ("Image caption: Jo Roe at the depot", True),
    ("[Image caption: Jo Roe]", True),
    ("Tags: water, leaks", True),
    ("Read more: Leaks fall", True),
    ("READ  MORE: x", True),  # case and spacing do not matter
    ("Related topics | Water", True),
    ("Share this article | Twitter", True),
    ("Pictured : Jo", True),
    ("Related:x", True),
    ("- Tags: water", True),  # a list marker before the label
    ("Chief Executive: We cut leaks.", False),  # a label that is no furniture
    ("Read more about leaks here.", False),
    ("The council said: we cut leaks.", False),
    ("This is a long opening sentence before any colon: Tags", False),
    ("Tags are here | x", False),
    ("Tags" + " " * 25 + ": x", True),  # the colon is the 30th character
    ("Tags" + " " * 26 + ": x", False),  # the 31st is too far for a label
    ("Tags" + " " * 25 + "| x", True),
    ("Tags" + " " * 26 + "| x", False),
])
def test_a_page_s_furniture_is_told_by_its_opening_label(line: str, furniture: bool) -> None:
    assert layout.is_furniture(line, split_blocks(line)[0]) is furniture


def test_furniture_is_read_from_each_block_s_own_start_to_its_own_end() -> None:
    texts = ["We cut leaks.\nTags: water", "Tags: water\nWe cut leaks.", "We cut leaks by a third.\nRelated | Water",
             "Our review: tags, photos\nCaption: Jo Roe", "Related\n| Water", "Tags\n: water",
             "Note: x\nTags" + " " * 26 + ": x"]
    assert [[layout.is_furniture(t, b) for b in split_blocks(t)] for t in texts] == [
        [False, True], [True, False], [False, True], [False, True], [False, False], [False, False], [False, False]]


def _issuer(text: str) -> tuple[str | None, dict[str, str], list[str]]:
    """The issuer a text's masthead names, and the bodies the context then knows."""
    ctx = Context(text=text)
    return layout.masthead_issuer(text, split_blocks(text), ctx), dict(ctx.kinds), list(ctx.orgs)


@pytest.mark.parametrize("text, expected", [
    ("Acme Water plc\nAcme Water cut leaks by 10%.",
     ("Acme Water plc", {"Acme Water plc": "organisation"}, ["Acme Water plc"])),
    ("Food Standards Authority (FSA)\nThe agency found 12 breaches.",
     ("Food Standards Authority", {"Food Standards Authority": "inspectorate"}, ["Food Standards Authority"])),
    ("PRESS RELEASE - Bright Teeth\nSales rose 4%.", ("Bright Teeth", {"Bright Teeth": "organisation"}, ["Bright Teeth"])),
    ("Statement: Acme Trust accepts the review\nWe accept it.",
     ("Acme Trust", {"Acme Trust": "organisation"}, ["Acme Trust"])),
    ("Acme University Office of Communications\nSales rose.",
     ("Acme University", {"Acme University": "organisation"}, ["Acme University"])),
    ("News release: Jo Roe\nSales rose.", ("Jo Roe", {"Jo Roe": "organisation"}, ["Jo Roe"])),  # the marker names a body
    ("Embargoed\nFor immediate use\nAcme Water plc\nSales rose.",
     ("Acme Water plc", {"Acme Water plc": "organisation"}, ["Acme Water plc"])),
    ("UPDATE 2 - FX\nAcme Water plc\nSales rose.", ("Acme Water plc", {"Acme Water plc": "organisation"}, ["Acme Water plc"])),
    ("Tags: water\nAcme Water plc\nSales.", ("Acme Water plc", {"Acme Water plc": "organisation"}, ["Acme Water plc"])),
    ("Food Standards Authority Press Office\nThe agency found 12 breaches.",  # a regulator's press office: a regulator
     ("Food Standards Authority", {"Food Standards Authority": "inspectorate"}, ["Food Standards Authority"])),
    ("News release: Bright Teeth Newsroom\nSales rose.", ("Bright Teeth", {"Bright Teeth": "organisation"}, ["Bright Teeth"])),
    ("Press release: Acme Water Media Centre\nSales rose.", ("Acme Water", {"Acme Water": "organisation"}, ["Acme Water"])),
    ("Council Press Office\nSales rose.", ("Council", {"Council": "organisation"}, ["Council"])),  # its press office's body
])
def test_the_masthead_names_the_release_s_issuer(text: str, expected: tuple[str, dict[str, str], list[str]]) -> None:
    assert _issuer(text) == expected


@pytest.mark.parametrize("text", [
    "ACME WATER PLC\nSales rose.",  # capitals are left to the text's own spelling
    "Sales rose 4%.\nAcme Water plc",  # the body of the release began first
    "- Acme Water plc\nSales rose.",  # a bullet
    "Press release: Dr Jo Roe\nSales rose.",  # a titled person
    "Jo Roe\nSales rose.",  # a person alone on a line
    "Acme Water plc and Brook Ltd\nSales rose.",
    "For release: Acme Water plc today\nSales rose.",
    "Statement: the review of Acme\nSales.",
    "PRESS RELEASE - XKF Minister\nSales.",  # a post of a body named by letters
    "Press release - Council\nSales.",
    "\n".join(["Header"] * 8) + "\nAcme Water plc\nSales.",  # past the masthead's eight lines
    "Header",
])
def test_no_masthead_issuer_without_a_body_alone_on_a_header_line(text: str) -> None:
    assert _issuer(text) == (None, {}, [])


def test_the_eighth_header_line_may_still_name_the_issuer() -> None:
    text = "\n".join(["Header"] * 7) + "\nAcme Water plc\nSales."
    assert _issuer(text) == ("Acme Water plc", {"Acme Water plc": "organisation"}, ["Acme Water plc"])


def test_a_body_the_text_already_knows_keeps_its_kind() -> None:
    text = "PRESS RELEASE - Bright Teeth\nSales rose 4%."
    ctx = Context(text=text)
    ctx.register_org("Bright Teeth", "inspectorate")
    assert (layout.masthead_issuer(text, split_blocks(text), ctx), ctx.kinds, ctx.orgs) == (
        "Bright Teeth", {"Bright Teeth": "inspectorate"}, ["Bright Teeth"])


def test_a_name_the_text_knows_as_a_person_s_is_no_issuer() -> None:
    text = "News release: Jo Roe\nSales rose 4%."
    ctx = Context(text=text)
    ctx.add(Mention(0, 6, "Jo Roe", "person"))
    assert (layout.masthead_issuer(text, split_blocks(text), ctx), ctx.kinds, ctx.orgs) == (None, {"Jo Roe": "person"}, [])


@pytest.mark.parametrize("sentence, advice", [
    ("Anyone who ate there is asked to fill in the survey.", True),
    ("Residents are being urged to call 101.", True),
    ("Parents are strongly advised to check.", True),
    ("Everyone is invited to attend.", True),
    ("Staff are asked to wait.", True),
    ("Drivers should avoid the A1.", True),
    ("Customers must  register by May.", True),
    ("Drivers should not panic.", False),  # a reassurance, not advice
    ("The council asked residents to wait.", False),
    ("He said anyone who ate there should call.", False),  # the public is not what opens it
    ("Patients were asked to wait.", False),  # what happened, not a request
])
def test_advice_to_the_public_is_no_claim(sentence: str, advice: bool) -> None:
    assert layout.is_advice(sentence, (0, len(sentence))) is advice


def test_advice_is_read_only_inside_its_sentence() -> None:
    text = "Sales rose 4%. Drivers should avoid the A1. Staff are asked to wait."
    assert [layout.is_advice(text, span) for span in [(0, 14), (15, 43), (44, len(text)), (0, 30)]] == [
        False, True, True, False]


# Round 54m (mutation): a `Source:` field names the issuer before any other header line that names a body, and a
# force's bare noun on its own line is read only under an operation's line.
@pytest.mark.parametrize(("text", "issuer"), [
    ("Tarvena Ports Authority\n\nSource: Karuvia Statistics Authority\n\nThe index rose 4.2 per cent in May.\n",
     "Karuvia Statistics Authority"),
    ("Tarvena Ports Authority\n\nSource: Reuters\n\nThe index rose 4.2 per cent in May.\n",
     "Tarvena Ports Authority"),
    ("Police\n\nOfficers made 12 arrests in Kelby on Friday.\n", None),
])
def test_a_source_field_names_the_issuer_before_a_body_alone_on_a_line(text: str, issuer: str | None) -> None:
    assert layout.masthead_issuer(text, split_blocks(text), Context(text=text)) == issuer
