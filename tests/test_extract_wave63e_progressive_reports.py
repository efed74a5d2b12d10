"""Wave 63e: `X is reporting a rise in flu cases`, `X is announcing a new survey`: one party's reporting verb in the
progressive before an object opening on an article or `its` reports it, as `X reported a rise` does; a plural's
`are reporting long queues`, an object with no article (`is reporting delays`) and `We are announcing` stay no cue."""
from tests.extract_rows import cued_rows


def test_is_reporting_an_object() -> None:
    text = "The Dunmore County Health Board is reporting a rise in measles cases this month."
    assert cued_rows(text) == [
        ("Dunmore County Health Board", "organisation", "is reporting",
         "is reporting a rise in measles cases this month"),
    ]


def test_is_announcing_and_another() -> None:
    text = ("The Brenna Rivers Trust is announcing a count of salmon runs on the upper Kell. Tarrow Wildlife and "
            "Parks is also reporting another strong fishing season.")
    assert cued_rows(text) == [
        ("Brenna Rivers Trust", "organisation", "is announcing",
         "is announcing a count of salmon runs on the upper Kell"),
        ("Tarrow Wildlife and Parks", "organisation", "is also reporting",
         "is also reporting another strong fishing season"),
    ]


def test_no_article_plural_and_first_person_are_no_cue() -> None:
    text = ("The Velmont Police Service is reporting delays on the ring road. Passengers are reporting long queues "
            "at the gates. We are announcing a new timetable.")
    assert cued_rows(text) == []
