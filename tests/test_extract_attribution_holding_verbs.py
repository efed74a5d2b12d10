"""A reporting verb in its sense of having or keeping, with a noun phrase for object, makes no speaker (wave 57f);
`maintained that`, a clause after the noun and a stance or an outlook kept still report. Texts written for this test
in our own words about invented parties."""
import pytest

from claims.extract.attribution.holding_verbs import holds_a_thing
from extract_rows import rows

RANKING = ("The Fairwater Ratepayers' League today published its annual survey of council rates.\n\n"
           "Debt: Harrowgate City Council again carries the highest debt per household at $24,310. "
           "Central Vale District Council maintains the lowest debt per household at $702.\n\n"
           "Population: Easton City Council boasted the largest population with 281,404 people.\n")


def test_a_council_that_maintains_or_boasts_a_figure_is_no_speaker() -> None:
    assert rows(RANKING) == []  # before: Central Vale's and Easton's rows, their own figures


def test_a_kept_outlook_and_a_that_clause_still_report() -> None:
    text = ("The Budget Committee maintained its deficit projection at 4.2% of output. "
            "Councillor Jo Marrant maintained the late ballots should have been counted.\n")
    assert rows(text) == [("Budget Committee", "organisation", "its deficit projection at 4.2% of output"),
                          ("Jo Marrant", "person", "the late ballots should have been counted")]


@pytest.mark.parametrize(("sentence", "held"), [
    ("X maintains the lowest debt per household at $702.", True),
    ("X boasted the largest population with 281,404 people.", True),
    ("X maintains a revolving credit facility for its vans.", True),
    ("X maintains that the debt is falling.", False),
    ("X maintained its innocence throughout.", False),  # a stance
    ("X maintained its forecast at 3%.", False),  # an outlook
    ("X maintained the late ballots should have been counted.", False),  # a clause, `that` left out
    ("X said the lowest debt was $702.", False),  # no verb of having
])
def test_a_verb_of_having_takes_a_thing_not_a_stance_or_a_clause(sentence: str, held: bool) -> None:
    assert holds_a_thing(sentence, 2) == held


def test_a_verb_of_having_is_read_to_the_text_s_end_when_no_mark_closes_its_clause() -> None:
    assert [holds_a_thing(text, 2) for text in ("X maintains the lowest debt per household",
                                                "X maintains the debt will fall")] == [True, False]


def test_a_stance_in_single_quotation_marks_is_still_a_stance() -> None:
    assert holds_a_thing("X maintained its 'innocence' throughout.", 2) is False
