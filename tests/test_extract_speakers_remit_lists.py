"""Wave 66d: a person's post whose remit is a list set off by commas (`Jo Roe, director of casework, compliance
and sanctions at the X Board, said`): the list's items are no subject of their own, so the person speaks, not the
body the last item names."""
import pytest

from claims.extract.speakers.clauses import relative_lists_joined, remit_item, remit_post
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
    ("head of audit and risk", True),  # a remit of three words after its link (round 66n)
    ("Director of casework", True),  # the post capitalised, its remit small
    ("for the director", False),  # a link opening the clause follows no post
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


@pytest.mark.parametrize("clause, expected", [
    ("compliance", True),
    ("risk and internal assurance", True),
    ("compliance and sanctions at the Tarn Board", True),
    ("Tarn Board", False),  # a name, no remit
    ("at the Tarn Board", False),  # the body alone, no remit before it
    ("compliance and", False),  # a list's joining word ends no item
    ("compliance or", False),
])
def test_remit_item(clause: str, expected: bool) -> None:
    assert remit_item(clause) is expected


def _spans(text: str, clauses: list[str]) -> list[tuple[int, int]]:
    """Return the spans of a text's clauses, given nearest the cue first."""
    return [(text.index(clause), text.index(clause) + len(clause)) for clause in clauses]


def test_a_remit_list_joins_only_up_to_its_item_with_and() -> None:
    text = "Ada Vell, head of risk, audit and compliance, said rents rose."
    assert relative_lists_joined(text, _spans(text, ["audit and compliance", "head of risk", "Ada Vell"])) == \
        _spans(text, ["head of risk, audit and compliance", "Ada Vell"])
    text = "Ada Vell, head of risk, audit, said rents and fees rose."  # no `and` in the list: no list
    clauses = _spans(text, ["audit", "head of risk", "Ada Vell"])
    assert relative_lists_joined(text, clauses) == clauses
