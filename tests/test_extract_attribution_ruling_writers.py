"""Who writes a ruling, read from its heading or its signature (wave 33j): `DECISION OF THE X PANEL`, `X Ruling on
Y`, `by Jo Roe BA MRTPI` over `an Inspector appointed by ...`; that writer's first person (`We find that`, `Having heard
the evidence, I find that`) is the writer's claim, whole, where no body judged in the third person before."""
from __future__ import annotations

import pytest

from claims.extract.attribution.ruling_voice import may_write_ruling
from claims.extract.attribution.ruling_writers import ruling_writer
from claims.extract.speakers import Context
from extract_rows import cued_rows as rows


def writer(text: str) -> tuple[str, str] | None:
    """`ruling_writer` for a whole text."""
    return ruling_writer(text, Context(text=text))


@pytest.mark.parametrize("text, expected", [
    ("DECISION OF THE HALLOWAY RACING PANEL\n\n1. The rider is banned.", ("HALLOWAY RACING PANEL", "organisation")),
    ("CASE 12\n\nDECISION OF THE HALLOWAY RACING PANEL\n\n1. This is the decision of the Halloway Racing Panel.",
     ("Halloway Racing Panel", "organisation")),  # spelled as the text writes it in ordinary case
    ("Judgment of the Fenmoor Licensing Committee\n\n1. The licence is revoked.",
     ("Fenmoor Licensing Committee", "organisation")),
    ("Fenmoor Standards Board Ruling on Quillan Foods Ltd\n\nAssessment", ("Fenmoor Standards Board", "organisation")),
    ("Appeal Decision\n\nby Tamsin Grey-Ollerton BSc(Hons) MRTPI\nan Inspector appointed by the Secretary of State\n\n"
     "1. The appeal is allowed.", ("Tamsin Grey-Ollerton", "person")),
])
def test_the_heading_or_signature_names_the_writer(text: str, expected: tuple[str, str]) -> None:
    assert writer(text) == expected


@pytest.mark.parametrize("text", [
    "Harbour rates rise\n\nWe find the new harbour rates are higher.",  # no ruling's heading
    "Decision expected by Friday\n\nThe panel meets today.",  # a decision to come, no writer named
    "Council announces decision on pool\n\nThe pool will close.",  # a body announcing a decision it took
    "by Tamsin Grey-Ollerton\n\nThe pool will close in May.",  # a byline with no ruling post below it
    "Intro\n\n" * 20 + "DECISION OF THE HALLOWAY RACING PANEL",  # past the opening lines
])
def test_no_writer(text: str) -> None:
    assert writer(text) is None


PANEL = ("DECISION OF THE HALLOWAY RACING PANEL\n\n"
         "1. The rider, Ed Marsh, was charged with careless riding at Fenwick on 3 May.\n\n"
         "2. We find that he switched lanes twice in the final furlong.\n\n"
         "3. We also note that he had been warned about the same conduct in April.\n\n"
         "4. Mr Marsh said the track was wet.")


def test_a_headed_panels_we_sentences_are_its_claims() -> None:
    assert rows(PANEL) == [
        ("HALLOWAY RACING PANEL", "organisation", "find", "We find that he switched lanes twice in the final furlong"),
        ("HALLOWAY RACING PANEL", "organisation", "also note",
         "We also note that he had been warned about the same conduct in April"),
        ("Ed Marsh", "person", "said", "the track was wet")]


INSPECTOR = ("Appeal Decision\n\n"
             "by Tamsin Grey-Ollerton BSc(Hons) MRTPI\n"
             "an Inspector appointed by the Secretary of State\n\n"
             "1. The appeal is dismissed.\n\n"
             "2. The appellant argued that the school had room for 90 more pupils. Having visited the site, I find that "
             "the school has room for 40. The shortfall is therefore small.\n\n"
             "3. I find that the new road would harm a view that the council's study rates as sensitive.")


def test_a_signed_inspectors_i_sentences_are_hers() -> None:
    assert rows(INSPECTOR) == [
        ("The appellant", "unresolved", "argued that", "the school had room for 90 more pupils"),
        ("Tamsin Grey-Ollerton", "person", "find",
         "Having visited the site, I find that the school has room for 40"),
        ("Tamsin Grey-Ollerton", "person", "find",
         "I find that the new road would harm a view that the council's study rates as sensitive")]


def test_we_or_i_of_no_ruling_writer_is_left_as_before() -> None:
    # `I` in a ruling a body writes, `We` in an inspector's: not the writer's own person
    assert rows("DECISION OF THE HALLOWAY RACING PANEL\n\nI find the rider careless.") == []
    assert rows("Appeal Decision\n\nby Tamsin Grey-Ollerton MRTPI\nan Inspector appointed by the Secretary of State"
                "\n\nWe find that the road is unsafe.") == []
    # inside a quotation: its speaker's
    assert rows('DECISION OF THE HALLOWAY RACING PANEL\n\n"We find the ruling harsh," Ed Marsh said.') == [
        ("Ed Marsh", "person", "said", "We find the ruling harsh")]


def test_a_paragraph_may_hold_the_writers_first_person_only_once_a_writer_is_known() -> None:
    ctx = Context(text="")
    assert [may_write_ruling(body, ctx) for body in ("We find.", "I find.")] == [False, False]
    ctx.ruling_writer = ("Tamsin Grey-Ollerton", "person")
    assert [may_write_ruling(body, ctx) for body in ("We find.", "I find.", "It is fine.")] == [True, True, False]
