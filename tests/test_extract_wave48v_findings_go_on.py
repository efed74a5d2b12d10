"""A source's figures going on with no cue (wave 48v, attribution/continuation): the paragraph after `The data shows A`
that opens on a part of A's count (`Of those, 1,312 had waited a year.`) goes on A's source, and so does the sentence
of figures right after it (`Just 51% of patients were seen in time.`); a sentence that opens on the rest of a count
(`The rest were handled by phone.`) goes on the figure before it in its paragraph though it holds no figure of its own.
What stops the voice: a question, another party's cue, a paragraph of the writer's narration with no figure. Each case
is a short text written for this test in our own words about invented parties, and the whole table it must give as
(speaker, speaker_kind, quote) rows, in text order."""
from __future__ import annotations

from extract_rows import rows

WAITS = ("Waiting times at Dunmere Hospitals NHS Trust rose again in October.\n\n"
         "The data, published on Thursday, shows 48,210 people were on the trust's waiting list at the end of October, "
         "up from 47,100 in September.\n\n")
WAITS_ROW = ("Dunmere Hospitals NHS Trust", "organisation",
             "48,210 people were on the trust's waiting list at the end of October, up from 47,100 in September")


def test_a_paragraph_opening_on_a_part_of_the_count_goes_on_the_data() -> None:
    text = WAITS + ("Of those, 1,312 had waited longer than a year. Just 51.2% of patients were seen within 18 weeks, "
                    "against a national figure of 58.9%.\n")
    assert rows(text) == [
        WAITS_ROW,
        ("Dunmere Hospitals NHS Trust", "organisation", "Of those, 1,312 had waited longer than a year"),
        ("Dunmere Hospitals NHS Trust", "organisation",
         "Just 51.2% of patients were seen within 18 weeks, against a national figure of 58.9%")]


def test_a_part_of_the_count_stops_at_a_question() -> None:
    text = WAITS + "Of those, how many had waited longer than a year?\n"
    assert rows(text) == [WAITS_ROW]


def test_a_paragraph_of_narration_after_the_data_stays_the_writers() -> None:
    text = WAITS + "The trust opened a second day-surgery unit at Penrose Hospital in the spring.\n"
    assert rows(text) == [WAITS_ROW]


def test_the_rest_of_a_count_goes_on_the_figure_before_it() -> None:
    text = ("The Garrow Environment Agency's annual figures show that its officers visited 38% of reported spills in "
            "person last year, down from 55% in 2021. The rest were handled by phone.\n")
    assert rows(text) == [
        ("Garrow Environment Agency", "organisation",
         "its officers visited 38% of reported spills in person last year, down from 55% in 2021"),
        ("Garrow Environment Agency", "organisation", "The rest were handled by phone")]


def test_the_rest_of_the_day_is_no_part_of_a_count() -> None:
    text = ("The Garrow Environment Agency's annual figures show that its officers visited 38% of reported spills in "
            "person last year. The rest of the report sets out its plans.\n")
    assert rows(text) == [
        ("Garrow Environment Agency", "organisation", "its officers visited 38% of reported spills in person last year")]


INSPECTION = ("The report by the Orlen Borders Inspectorate found that its hubs decided 83% of files in time, up from 61% "
              "a year earlier. ")
INSPECTION_ROW = ("Orlen Borders Inspectorate", "inspectorate",
                  "its hubs decided 83% of files in time, up from 61% a year earlier")


def test_a_contrast_between_findings_goes_on_the_inspectorate() -> None:
    text = INSPECTION + "However, files referred for checks waited a median of 38 working days.\n"
    assert rows(text) == [
        INSPECTION_ROW,
        ("Orlen Borders Inspectorate", "inspectorate", "files referred for checks waited a median of 38 working days")]


def test_a_contrast_after_what_a_body_said_stays_the_writers() -> None:
    text = "The Kelby Hospice Trust said it had 30 beds. However, 12 were closed in the summer.\n"
    assert rows(text) == [("Kelby Hospice Trust", "organisation", "it had 30 beds")]


def test_a_contrast_that_weighs_the_findings_stays_the_writers() -> None:
    text = INSPECTION + "However, it is not clear whether 83% is a fair measure of a hub's work.\n"
    assert rows(text) == [INSPECTION_ROW]


def test_one_more_finding_with_also_goes_on_the_body() -> None:
    text = ("The Tarrow Institute for Health Data found that patients in Wexmoor waited about 10 hours to see a doctor. "
            "Patients in the county also stayed in hospital longer.\n")
    assert rows(text) == [
        ("Tarrow Institute for Health Data", "organisation", "patients in Wexmoor waited about 10 hours to see a doctor"),
        ("Tarrow Institute for Health Data", "organisation", "Patients in the county also stayed in hospital longer")]


def test_also_after_what_a_person_found_stays_the_writers() -> None:
    text = ("Dr Jo Penhallow found that patients in Wexmoor waited about 10 hours to see a doctor. "
            "Nurses in the county also worked longer shifts.\n")
    assert rows(text) == [
        ("Jo Penhallow", "person", "patients in Wexmoor waited about 10 hours to see a doctor")]


def test_a_signed_balance_goes_on_the_survey() -> None:
    text = ("The Orlen Chamber of Commerce survey of 400 firms found that the balance of manufacturers reporting higher "
            "orders fell to -6, from +11 in the last quarter. In services, the balance was +9, down from +14.\n")
    assert rows(text) == [
        ("Orlen Chamber of Commerce", "organisation",
         "the balance of manufacturers reporting higher orders fell to -6, from +11 in the last quarter"),
        ("Orlen Chamber of Commerce", "organisation", "In services, the balance was +9, down from +14")]


def test_a_rise_to_a_number_goes_on_the_figures() -> None:
    text = ("Figures from the Kelby Housing Office show that 212 families were in emergency housing in March. The number "
            "sleeping rough on a single night rose to 34, from 27 a year earlier.\n")
    assert rows(text) == [
        ("Kelby Housing Office", "organisation", "212 families were in emergency housing in March"),
        ("Kelby Housing Office", "organisation",
         "The number sleeping rough on a single night rose to 34, from 27 a year earlier")]


def test_a_word_that_fell_silent_is_no_figure() -> None:
    text = ("Figures from the Kelby Housing Office show that 212 families were in emergency housing in March. The office "
            "fell silent when asked about April.\n")
    assert rows(text) == [("Kelby Housing Office", "organisation", "212 families were in emergency housing in March")]
