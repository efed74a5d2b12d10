"""Fragments left on development (wave 20e, issue 8: every row a statement someone could check). Each case is a short
text written for this test in our own words about invented parties, and the whole table it must give as (speaker,
speaker_kind, quote) rows, in text order, or the whole value a helper returns."""
import pytest

from claims.extract.short_predicates import (
    grows_to_subject, object_relative_claim, only_phrase, opening_end, opens_sentence, plain_subject,
)
from extract_rows import rows


# A kept verb and a short object (20e, short_predicates.grows_to_subject, stubs): `The club admitted its charge.` gave
# the row `admitted its charge`; it grows to its sentence when only its subject comes before it (p644, p659).
@pytest.mark.parametrize(("text", "expected"), [
    ("Harlow Rovers FC was charged with failing to control its players.\n\n"
     "The club admitted its charge.\n",
     [("Harlow Rovers FC", "organisation", "The club admitted its charge.")]),
    ("Ms Dunmore told the tribunal that her manager, Kieran Vosper, had threatened her job.\n\n"
     "Mr Vosper denied saying this. He said staff had asked to move to other stores.\n",
     [("Ms Dunmore", "person", "her manager, Kieran Vosper, had threatened her job"),
      ("Kieran Vosper", "person", "Mr Vosper denied saying this."),
      ("Kieran Vosper", "person", "staff had asked to move to other stores")]),
])
def test_a_short_predicate_takes_its_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a subject inside a clause of time: `rated it inadequate` stays as the guide writes a judgement
    ("Ashgrove Lodge has been placed in special measures after the Care Office rated it inadequate.\n",
     [("Care Office", "inspectorate", "the Care Office rated it inadequate")]),  # its clause's subject (40f)
    # four words or more from the verb: a statement already
    ("The club admitted two charges of misconduct.\n",
     [("the club", "unresolved", "admitted two charges of misconduct")]),
    # a reaction that claims nothing stays out, subject or not
    ("Halbury Council said 40 homes were empty. Mr Vosper rejected the criticism.\n",
     [("Halbury Council", "organisation", "40 homes were empty")]),
])
def test_a_short_predicate_is_left_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "sentence", "row", "expected"), [
    ("The club admitted its charge.", (0, 29), (9, 28), True),
    ("\u201cThe club admitted its charge.", (0, 30), (10, 29), True),
    ("The club admitted four charges of misconduct.", (0, 45), (9, 44), False),  # long enough
    ("Sales fell after the club admitted its charge.", (0, 46), (26, 45), False),  # a clause of time
    ("The club has admitted its charge.", (0, 33), (13, 32), False),  # a verb before the row
    ("admitted its charge.", (0, 20), (0, 19), False),  # no subject
])
def test_grows_to_subject(text: str, sentence: tuple[int, int], row: tuple[int, int], expected: bool) -> None:
    assert grows_to_subject(text, sentence, row) is expected


@pytest.mark.parametrize(("text", "sentence_start", "at", "expected"), [
    ("The club admitted it.", 0, 0, True),
    ("Sales fell. \u201cThe club admitted it.", 12, 13, True),
    ("Sales fell and the club admitted it.", 15, 15, False),  # a clause cut at `and`
    ("Sales fell. After a review the club admitted it.", 12, 27, False),  # words before the subject
])
def test_opens_sentence(text: str, sentence_start: int, at: int, expected: bool) -> None:
    assert opens_sentence(text, sentence_start, at) is expected


@pytest.mark.parametrize(("words", "expected"), [
    (["The", "club"], True),
    (["Chief", "executive", "Jo", "Roe"], True),
    ([], False),
    (["A", "care", "home", "has", "been", "placed", "after", "the", "regulator"], False),
    (["Sales", "fell", "after", "the", "regulator"], False),
    (["The", "home", "is", "run", "by", "Acme"], False),
])
def test_plain_subject(words: list[str], expected: bool) -> None:
    assert plain_subject(words) is expected


# A relative clause whose pronoun is the cue's object (20e, short_predicates.object_relative_claim): `new roofs,
# which the district estimated at $8.4m` gave the row `at $8.4m`; the claim is the clause the pronoun points back to
# with the relative (p513, p636).
@pytest.mark.parametrize(("text", "expected"), [
    ("Both halls need new roofs and boilers, which the Fairmont School District estimated at $6.2 million combined.\n",
     [("Fairmont School District", "organisation",
       "Both halls need new roofs and boilers, which the Fairmont School District estimated at $6.2 million "
       "combined")]),
    ("Brenna Power is to raise its gas prices by 9% from 1 May, the second rise it has announced in six months.\n",
     [("Brenna Power", "organisation",
       "Brenna Power is to raise its gas prices by 9% from 1 May, the second rise it has announced in six months")]),
])
def test_an_object_relative_claims_its_antecedent(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the relative clause goes on to a verb: its own claim, as before
    ("Both halls need new roofs, which the Fairmont School District said would cost $6.2 million.\n",
     [("Fairmont School District", "organisation", "would cost $6.2 million")]),
    # a that-clause after the cue: as before
    ("Brenna Power said in a statement that gas prices would rise by 9% from 1 May.\n",
     [("Brenna Power", "organisation", "gas prices would rise by 9% from 1 May")]),
])
def test_an_object_relative_is_left_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("at $8.4 million combined", True),
    ("in six months.", True),
    ("in", False),  # one word
    ("in March was overdue", False),  # a verb of its own
    ("at $8.4m, and the roofs", False),  # a comma
    ("that prices would rise", False),
    ("in the six months to the end of its last full year", False),  # too long
])
def test_only_phrase(phrase: str, expected: bool) -> None:
    assert only_phrase(phrase, (0, len(phrase))) is expected


@pytest.mark.parametrize(("text", "own", "content", "expected"), [
    ("Halls need roofs, which the district estimated at $8m.", 24, (47, 54), (0, 54)),
    ("Halls need roofs, which the district estimated at $8m.", None, (47, 54), None),  # no subject of its own
    ("Halls need roofs, which the district estimated would cost $8m.", 24, (47, 62), None),  # a verb follows
])
def test_object_relative_claim(text: str, own: int | None, content: tuple[int, int],
                               expected: tuple[int, int] | None) -> None:
    assert object_relative_claim(text, 0, own, content) == expected


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ('  "(The club', 0, 11, 4),  # white space, a quotation mark and a bracket skipped
    ("The club", 0, 8, 0),
    ('  "The club', 0, 1, 1),  # never past end
    ("The club", 5, 2, 5),  # end before start: start
])
def test_the_opening_ends_after_white_space_and_opening_marks(text: str, start: int, end: int, expected: int) -> None:
    assert opening_end(text, start, end) == expected
