"""`the <head>` whose body's name lacks that head (`the fund` for `X Retirement System`, `the panel` for a board) is
the one body the text names, when no other body has that head and the head names no other party (`the court`, `the
paper`); two bodies, or none, leave the text's words (`claims.extract.speakers.context`, wave 49g). Invented texts."""
import pytest

from claims import extract_text
from extract_rows import cued_rows as cue_rows


def _rows(text: str) -> list[tuple[str, str]]:
    """Return each row's speaker and quote."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["quote"]))


@pytest.mark.parametrize("text, row", [
    ("The Corvell County Employees Retirement System (CCERS) said on Monday it earned 5.2% last year.\n\n"
     "The fund paid $1.1 billion in benefits, up from $0.9 billion, the fund said.",
     ("Corvell County Employees Retirement System", "The fund paid $1.1 billion in benefits, up from $0.9 billion")),
    ("Harlstead Review Board heard the case of Mr Pim on 3 May.\n\n"
     "The panel found that he had completed two courses in custody.",
     ("Harlstead Review Board", "he had completed two courses in custody")),
])
def test_the_head_its_name_lacks_is_the_text_s_one_body(text: str, row: tuple[str, str]) -> None:
    assert _rows(text)[-1] == row


@pytest.mark.parametrize("text, row", [
    ("Dunmore Water Ltd said it had fixed the main.\n\nThe work cost £2m, the court said.",
     ("the court", "The work cost £2m")),
    ("Dunmore Water Ltd said it had fixed the main.\n\nPellow Foods said it had lost stock.\n\n"
     "The work cost £2m, the fund said.", ("the fund", "The work cost £2m")),
    ("Dunmore Water Ltd said it had fixed the main.\n\nThe work took a week, the team said.",
     ("the team", "The work took a week")),
])
def test_the_head_with_another_party_or_two_bodies_stays_the_text_s_words(text: str, row: tuple[str, str]) -> None:
    assert _rows(text)[-1] == row


def test_the_union_is_no_company_the_text_names() -> None:
    assert _rows("Pellow Foods Ltd said it would cut 200 jobs at its Dunmore plant.\n\n"
                 "The cuts were avoidable, the union said.")[-1] == ("the union", "The cuts were avoidable")


@pytest.mark.parametrize("text, row", [
    ("Corlow Qualifications Ltd has apologised to Dunmore College after an error in its physics paper.\n\n"
     "The awarding body confirmed that question 4 left out a value.",
     ("Corlow Qualifications Ltd", "confirmed that question 4 left out a value")),
    ("Parents at Dunmore College said an error in a physics paper set by Corlow Qualifications Ltd cost marks.\n\n"
     "The awarding body confirmed that question 4 left out a value.",
     ("the awarding body", "confirmed that question 4 left out a value")),
])
def test_a_described_reference_is_the_body_that_opened_the_sentence_before(text: str, row: tuple[str, str]) -> None:
    assert _rows(text)[-1] == row


# Merge of wave 49: the one body is meant only when it has spoken or opened a sentence or line, not when the text
# names it only as a place or an object, and never when the reference's noun is a word of its own name (the rules for
# a head inside the name decide those).
@pytest.mark.parametrize(("text", "expected"), [
    ("Queues at the Harlow Cross depot\n\nBy Min Okafor\n\n"
     "Drivers waited more than two hours outside Pellingham Royal Infirmary on Tuesday.\n\n"
     "The service said it would add six ambulances by June.\n",
     [("the service", "unresolved", "said", "it would add six ambulances by June")]),
    ("The Harlstead Review Board, which sits in Corran, heard the case of Mr Pim on 3 May.\n\n"
     "The panel said he had completed two courses in custody.\n",
     [("Harlstead Review Board", "organisation", "said", "he had completed two courses in custody")]),
])
def test_the_one_body_is_a_party_named_before(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cue_rows(text) == expected
