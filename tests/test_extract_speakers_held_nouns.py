"""Wave 64f: a bare definite noun for what a body gathers, keeps or sends to work (`The evidence revealed`, `The graph
showed`, `The inspection team found`), left unresolved, read as the one body the text names holding or making it
(speakers/held_nouns). Whole values."""
import pytest

from claims.extract.speakers.held_nouns import held_noun, held_nouns, holder_body, holders_named
from tests.extract_rows import named_context, rows

EVIDENCE_TEXT = ("The Brenmoor Competition Board (BCB) said on Monday that it had fined three roofing firms.\n\n"
                 "Over the following months, the BCB gathered evidence from emails and interviews. The evidence "
                 "revealed that the firms had agreed in advance which of them would win each tender.\n")
GRAPH_TEXT = ("Cases of a stomach virus are climbing again, the Tullyvane Public Health Unit said on Thursday.\n\n"
              "On its website, the health unit published a graph of weekly cases. The graph showed 14 new cases in "
              "the week to 9 October.\n")
TEAM_TEXT = ("Orrel Care Inspectorate has reported on Kelby Hospital.\n\n"
             "The Inspectorate's inspection team visited four wards. The inspection team found that two wards "
             "lacked staff.\n")


@pytest.mark.parametrize(("speaker", "expected"), [
    ("The evidence", "evidence"), ("The graph", "graph"), ("The inspection team", "team"),
    ("the weekly case numbers", "numbers"), ("The evidence of harm to birds", None),  # too long a phrase
    ("The Board's team", None), ("evidence", None), ("Their team", None), ("The report", None),
    ("the new weekly case numbers", None), ("The Inspection team", None)])  # four words at most, all lower-case
def test_held_noun_is_a_plain_definite_phrase_ending_on_a_held_noun(speaker: str, expected: str | None) -> None:
    assert held_noun(speaker) == expected


@pytest.mark.parametrize(("text", "noun", "expected"), [
    (EVIDENCE_TEXT, "evidence", {"BCB"}),  # the subject of a past verb whose object it is
    (GRAPH_TEXT, "graph", {"the health unit"}),  # a reference as that subject
    (TEAM_TEXT, "team", {"Inspectorate"}),  # a possessive, `the` before it left out
    ("Kelby Council has recently published a new graph. The graph showed it.\n", "graph", {"Kelby Council"}),
    ("The graph showed it.\n", "graph", set()),  # no holder
])
def test_holders_named_reads_possessives_and_past_verbs(text: str, noun: str, expected: set[str]) -> None:
    assert holders_named(text, noun) == expected


def test_holder_body_reads_full_names_and_references_but_no_person() -> None:
    ctx = named_context(GRAPH_TEXT)
    assert holder_body("the health unit", ctx) == "Tullyvane Public Health Unit"
    assert holder_body("Jo Roe", named_context("Jo Roe said it.\n")) is None
    assert holder_body("the weather", ctx) is None  # no body's head
    assert (holder_body("the inspectorate", named_context(TEAM_TEXT)),
            holder_body("the competition board", named_context(EVIDENCE_TEXT))) == (
        "Orrel Care Inspectorate", "Brenmoor Competition Board")  # the last word is the head (round 64n)
    assert holder_body("Meanwhile Kelby Council", named_context("Meanwhile Kelby Council has fined two firms.\n")) \
        is None  # a sentence's opening word


def test_held_nouns_maps_only_unresolved_nouns_with_one_holder() -> None:
    ctx = named_context(TEAM_TEXT)
    assert held_nouns([("The inspection team", "unresolved"), ("Jo Roe", "person")], ctx) == {
        "The inspection team": ("Orrel Care Inspectorate", "inspectorate")}
    assert held_nouns([("The inspection team", "document")], ctx) == {}
    two = named_context(TEAM_TEXT + "\nKelby Hospital's own team disagreed.\n")
    assert held_nouns([("The inspection team", "unresolved")], two) == {}


@pytest.mark.parametrize(("text", "expected"), [
    (EVIDENCE_TEXT, ("Brenmoor Competition Board", "inspectorate",
                     "the firms had agreed in advance which of them would win each tender")),
    (GRAPH_TEXT, ("Tullyvane Public Health Unit", "organisation", "14 new cases in the week to 9 October")),
])
def test_the_rows_of_a_held_noun_speak_as_its_holder(text: str, expected: tuple[str, str, str]) -> None:
    assert rows(text)[-1] == expected
