"""Wave 50f: two shapes of press writing read across countries.

- A reporting or forecasting verb in the progressive whose object is a figure or a result, with no `that`
  (`The service is reporting a 9 per cent fall in thefts`, `The board is forecasting an overspend of £3m`, `X is now
  recording 40 cases`), reports it like the simple form (`reported a 9 per cent fall`), the verb kept; `are reporting
  long queues` (no result) and a first person's stay no cue.
- A run of capitalised common words closing on an occasion's noun (`the Estimates Hearing`, `the Budget Debate`, `the
  Harvest Lecture`) names an occasion, never a person: `he` after `X opened the Budget Debate` is X.
"""
from tests.extract_rows import cued_rows


def test_progressive_report_of_a_result_is_a_cue() -> None:
    text = "The Orwin Valley Constabulary is reporting an eleven percent drop in recorded thefts for the spring."
    assert cued_rows(text) == [
        ("Orwin Valley Constabulary", "organisation", "is reporting",
         "is reporting an eleven percent drop in recorded thefts for the spring"),
    ]


def test_progressive_forecast_and_count_are_cues() -> None:
    text = ("The Brackley Harbour Board is forecasting a shortfall of £4.2m by March. "
            "Pentry Rail was already recording 900 late trains a month in the winter.")
    assert cued_rows(text) == [
        ("Brackley Harbour Board", "organisation", "is forecasting", "is forecasting a shortfall of £4.2m by March"),
        ("Pentry Rail", "organisation", "was already recording",
         "was already recording 900 late trains a month in the winter"),
    ]


def test_progressive_without_a_result_or_in_the_first_person_is_no_cue() -> None:
    text = ("Commuters are reporting long waits at Dunmore station. "
            "We are announcing 14 new cases this morning.")
    assert [row for row in cued_rows(text) if row[1] != "unresolved"] == []


def test_he_after_opening_a_debate_is_the_opener() -> None:
    text = ("Treasury Secretary Colm Varley set out the figures as he opened the Budget Debate in the Senate on Tuesday.\n"
            "He said that the deficit had fallen to 2.1 per cent of output.")
    assert cued_rows(text) == [
        ("Colm Varley", "person", "said that", "the deficit had fallen to 2.1 per cent of output"),
    ]


def test_she_after_a_hearing_or_a_lecture_is_the_speaker() -> None:
    text = ("Auditor Ines Marlow gave evidence at the Estimates Hearing in Parliament House.\n"
            "She said that the agency had overspent by $3 million.\n\n"
            "Professor Tova Breen gave the Harvest Lecture at Corran College.\n"
            "She said that enrolments had doubled since 2015.")
    assert cued_rows(text) == [
        ("Ines Marlow", "person", "said that", "the agency had overspent by $3 million"),
        ("Tova Breen", "person", "said that", "enrolments had doubled since 2015"),
    ]


def test_church_of_a_nation_inside_a_school_name_is_one_body() -> None:
    text = ("The county plans to close Marrow Lea Church of England Primary School next year.\n\n"
            "Marrow Lea Church of England Primary School said that pupil numbers had halved since 2019.")
    assert cued_rows(text) == [
        ("Marrow Lea Church of England Primary School", "organisation", "said that",
         "pupil numbers had halved since 2019"),
    ]


def test_a_person_of_a_firm_is_still_the_person() -> None:
    text = "Dee Church of Penfold Brokers said that mortgage rates had fallen for a third month."
    assert cued_rows(text) == [
        ("Dee Church", "person", "said that", "mortgage rates had fallen for a third month"),
    ]


def test_governing_body_after_a_school_is_its_governors() -> None:
    text = ("The trust plans to merge Kestle Bridge Academy with a larger school.\n\n"
            "Kestle Bridge Academy said it expects a deficit of £40,000 by July.\n\n"
            "The governing body told parents in May that it could not set a balanced budget for 2027.")
    assert cued_rows(text) == [
        ("Kestle Bridge Academy", "organisation", "said", "it expects a deficit of £40,000 by July"),
        ("the governing body", "unresolved", "told parents in May that",
         "it could not set a balanced budget for 2027"),
    ]


def test_governing_body_after_a_federation_is_the_federation() -> None:
    text = ("The Orrin Valley Canoe Federation said that club membership rose by 9 per cent in 2024.\n\n"
            "The governing body said that it had trained 40 new coaches.")
    assert cued_rows(text) == [
        ("Orrin Valley Canoe Federation", "organisation", "said that", "club membership rose by 9 per cent in 2024"),
        ("Orrin Valley Canoe Federation", "organisation", "said that", "it had trained 40 new coaches"),
    ]
