"""Wave 43n: a subject noun with its own relative clause (`A joint inspection team that visited the X plant on
14 August reported that`, `The panel that examined X found`): the party named in the clause is what the subject
acted on and never speaks; the words before `that`/`who` do (`speakers.subject_relatives`). A named subject
(`Jo Roe, who visited X, said`), an object relative (`the figures that X published show`) and a set-off aside are
left as they were."""
from tests.extract_rows import cued_rows

LEAD = "The Pier Trust is worried.\n\n"
CLAIM = "the filter on one kiln was not working"


def test_team_that_visited_body() -> None:
    text = f"{LEAD}A review team that visited Tarrow Foods on 14 August reported that {CLAIM}."
    assert cued_rows(text) == [("A review team", "unresolved", "reported that", CLAIM)]


def test_team_that_visited_body_unit() -> None:
    text = f"{LEAD}A joint inspection team that visited the Tarrow Foods unit reported that {CLAIM}."
    assert cued_rows(text) == [("A joint inspection team", "unresolved", "reported that", CLAIM)]


def test_panel_that_examined_body() -> None:
    text = f"{LEAD}The panel that examined Tarrow Foods found that {CLAIM}."
    assert cued_rows(text) == [("the panel", "unresolved", "found that", CLAIM)]


def test_people_who_inspected_unchanged() -> None:
    text = f"{LEAD}Engineers who inspected the Tarrow Foods site advised that {CLAIM}."
    assert cued_rows(text) == [("Engineers", "unresolved", "advised that", CLAIM)]


def test_named_person_with_aside_unchanged() -> None:
    text = f"{LEAD}Nia Polwhele, who visited Tarrow Foods in May, said {CLAIM}."
    assert cued_rows(text) == [("Nia Polwhele", "person", "said", CLAIM)]


def test_object_relative_unchanged() -> None:
    text = f"{LEAD}The figures that Tarrow Foods published on Monday show that {CLAIM}."
    assert cued_rows(text) == [("Tarrow Foods", "organisation", "show that", CLAIM)]


def test_team_visited_and_reported_unchanged() -> None:
    text = f"{LEAD}A joint inspection team visited the Tarrow Foods unit and reported that {CLAIM}."
    assert cued_rows(text) == [("A joint inspection team", "unresolved", "reported that", CLAIM)]


def test_set_off_description_of_body_unchanged() -> None:
    text = f"{LEAD}Tarrow Foods, a firm that supplied the Pier Trust, said {CLAIM}."
    assert cued_rows(text) == [("Tarrow Foods", "organisation", "said", CLAIM)]


def test_relative_then_named_person_unchanged() -> None:
    text = f"{LEAD}The engineer who inspected the Tarrow Foods site, Nia Polwhele, told us {CLAIM}."
    assert cued_rows(text) == [("Nia Polwhele", "person", "told", CLAIM)]


def test_claim_with_relative_before_tail_cue_unchanged() -> None:
    text = f"{LEAD}Staff cleared 40 kilns during a week-long shutdown that ended Sunday, Tarrow Foods said."
    assert cued_rows(text) == [("Tarrow Foods", "organisation", "said",
                                "Staff cleared 40 kilns during a week-long shutdown that ended Sunday")]
