"""Wave 40e: `In a statement, X apologised to ...` names the statement's author as the subject after the frame: X, never
the body in focus before it; so the spokesperson closing X's quotation next speaks for X. A frame owned by a pronoun
(`In its statement, ...`) or content without a named subject keeps the older reading."""
from tests.extract_rows import cued_rows


def test_the_body_after_in_a_statement_is_its_author() -> None:
    text = ("Tarnby General Hospital discharged him at 3am.\n\nIn a statement, Tarnby Hospitals NHS Trust apologised to "
            "the family. \"We accept the findings in full. Since his death we have recruited 14 additional nurses and "
            "opened a 20-bed unit,\" a spokesperson said.")
    assert [row[0] for row in cued_rows(text)] == ["Tarnby Hospitals NHS Trust"] * 3



def test_content_without_a_named_subject_keeps_the_owner_in_focus() -> None:
    text = ("Tarnby Hospitals NHS Trust released figures on Monday.\n\n"
            "In a statement, waiting times at Tarnby General Hospital fell by 4% in May.")
    assert cued_rows(text) == [("Tarnby Hospitals NHS Trust", "organisation", "In",
                                "waiting times at Tarnby General Hospital fell by 4% in May")]


def test_a_pronoun_owned_statement_keeps_its_owner() -> None:
    text = ("Tarnby Hospitals NHS Trust released figures on Monday.\n\n"
            "In its statement, Tarnby General Hospital's waiting times fell by 4% in May.")
    assert cued_rows(text)[0][0] == "Tarnby Hospitals NHS Trust"
