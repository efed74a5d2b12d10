"""Wave 66d: a person's post whose remit is a list set off by commas (`Jo Roe, director of casework, compliance
and sanctions at the X Board, said`): the list's items are no subject of their own, so the person speaks, not the
body the last item names."""
import pytest

from claims.extract.speakers.clauses import relative_lists_joined, remit_post
from tests.extract_rows import cued_rows


@pytest.mark.parametrize("clause, expected", [
    ("director of casework", True),
    ("the trust's head of audit", True),
    ("chief officer for finance", True),
    ("lecturer in economics", True),
    ("a professor of economics", True),
    ("director of the Tarn Fund", False),  # a body, no remit in small letters
    ("a spokeswoman", False),
    ("investigations", False),
])
def test_remit_post(clause: str, expected: bool) -> None:
    assert remit_post(clause) is expected


def test_remit_items_join_the_post() -> None:
    text = "Jo Roe, director of casework, compliance and sanctions at the Tarn Board, "
    clauses = [(30, 72), (8, 28), (0, 6)]  # nearest the cue first
    assert [text[slice(*c)] for c in clauses] == ["compliance and sanctions at the Tarn Board",
                                                  "director of casework", "Jo Roe"]
    assert relative_lists_joined(text, clauses) == [(8, 72), (0, 6)]


@pytest.mark.parametrize("sentence, speaker", [
    ("Jorun Elsby, director of casework, compliance and sanctions at the Tarn Charity Board, said the "
     "trustees had paid £40,000 to a firm.", "Jorun Elsby"),
    ("Mara Quist, head of audit, risk and assurance at Fenwick Council, said the accounts were late.", "Mara Quist"),
    ("Pell Hanbury, chief officer for finance, planning and estates, said that agency staff had cost £7 million.",
     "Pell Hanbury"),
    ("Ona Reyes, a professor of economics, law and politics at the University of Tarn, said the tax would raise "
     "£2 billion.", "Ona Reyes"),
    ("Ona Reyes, lecturer in economics, law and politics at Tarn College, said the tax would raise £2 billion.",
     "Ona Reyes"),
])
def test_the_person_speaks(sentence: str, speaker: str) -> None:
    assert [(row[0], row[1]) for row in cued_rows(sentence)] == [(speaker, "person")]


@pytest.mark.parametrize("sentence, speaker", [
    ("The Tarn Fund, the charity for carers, said grants rose by 5%.", "Tarn Fund"),
    ("Radio Tarn, the public broadcaster for Yorkshire, the North East and Cumbria, said 400 homes would be built.",
     "Radio Tarn"),
])
def test_a_body_set_off_before_a_description_still_speaks(sentence: str, speaker: str) -> None:
    assert [(row[0], row[1]) for row in cued_rows(sentence)] == [(speaker, "organisation")]
