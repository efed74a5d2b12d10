"""Wave 47c: sources that press writing names in shapes the cues did not read.

1. Letters after a name (`Ph.D.`, `MD`, `M.P.H.`, `FRCP`, `CNZM`, `OFR`): US and Canadian papers set a speaker's
   degrees after the name, between commas, UK, Irish, Commonwealth, Nigerian and Kenyan papers their honours. An
   inverted cue (`..., says Jo Roe, M.D., an associate professor.`) read the apposition only when it opened on an
   article, so the letters lost the sentence. `patterns._POST_NOMINAL_LETTERS` now sets them aside (dotted or not);
   `data/post_nominals.txt` holds degrees and honours across English-speaking countries.
2. What a body publishes speaks for it: `the 2024 budget summary`, `the winter bulletin`
   (`data/document_nouns.txt` had report and survey, not summary, bulletin, memo or digest).
3. A survey's sample (`A survey of 1,200 adults reports that`) is no count of reports (`published 43 reports`).
4. `X demonstrates that A` reports A, as `X indicates that A` does; `X informed that A` (Indian, Nigerian, Caribbean
   and East African usage, no object) reports A as `X said that A` does.
5. `We're happy to say that A`, `We are delighted to report that A`: a feeling before a reporting verb and `that` is
   no bare attitude (`We are sorry.`); A stays.
6. A participle of reporting set off after the main clause (`Acme beat its forecast, reporting a 9% rise in sales`,
   `..., announcing 40 new posts`): what it reports is the main subject's.
7. Plural heads of US federal bodies (`the Centers for ...`, `the National Institutes of ...`) name bodies.

Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

from extract_rows import cued_rows, rows


def test_dotted_degrees_after_an_inverted_cue() -> None:
    text = ("Nearly a third of riders now take the night bus, says the study's first author Imre Vasquez, Ph.D., "
            "M.P.H., a lecturer in transport at Corrow University.")
    assert rows(text) == [("Imre Vasquez", "person", "Nearly a third of riders now take the night bus")]


def test_undotted_degree_then_a_bare_post() -> None:
    text = "Clinic visits fell by 12 percent in the spring, said Odile Mbeki, MD, a family doctor in Tarnfield."
    assert cued_rows(text) == [("Odile Mbeki", "person", ", said", "Clinic visits fell by 12 percent in the spring")]


def test_an_honour_ending_the_sentence() -> None:
    text = "The trust planted 4,000 native trees on the ridge last winter, said Hemi Taurua, CNZM."
    assert rows(text) == [("Hemi Taurua", "person", "The trust planted 4,000 native trees on the ridge last winter")]


def test_two_sets_of_letters_before_the_cue() -> None:
    text = "Adaeze Okafor, OFR, FRCOG, said the maternity unit had delivered 2,300 babies in the year."
    assert rows(text) == [("Adaeze Okafor", "person", "the maternity unit had delivered 2,300 babies in the year")]


def test_a_year_led_summary_speaks() -> None:
    text = ("The water board's budget fell short by $80,000 because it had overestimated meter income, according to "
            "the 2024 budget summary.")
    assert rows(text) == [("the 2024 budget summary", "document",
                           "The water board's budget fell short by $80,000 because it had overestimated meter income")]


def test_a_summary_shows() -> None:
    text = "Reserves at the depot dropped to $41,000, the 2023 spending summary shows."
    assert rows(text) == [("the 2023 spending summary", "document", "Reserves at the depot dropped to $41,000")]


def test_a_survey_s_sample_before_reports() -> None:
    text = "A survey of 1,400 tenants reports that 38% of them waited more than a month for repairs."
    assert rows(text) == [("a survey", "document", "38% of them waited more than a month for repairs")]


def test_a_count_of_reports_is_still_a_noun() -> None:
    text = "The agency published 43 inspection reports on care homes in May."
    assert rows(text) == []


def test_figures_demonstrate_that() -> None:
    text = "Enrolment figures for 2024 demonstrate that demand for night classes has doubled since 2019."
    assert rows(text) == [("enrolment figures", "document", "demand for night classes has doubled since 2019")]


def test_a_protest_is_no_cue() -> None:
    text = "About 300 parents demonstrated outside the county offices on Saturday."
    assert rows(text) == []


def test_informed_that_without_an_object() -> None:
    text = ("Minister of Fisheries, Ama Sefton in her address to the Senate yesterday, (May 2), informed that the reef "
            "fund has grown by 12% this year.")
    assert rows(text) == [("Ama Sefton", "person", "the reef fund has grown by 12% this year")]


def test_being_informed_is_no_cue() -> None:
    text = "Stallholders were informed that the market hall will close for repairs in July."
    assert rows(text) == []


def test_happy_to_say_that_keeps_its_claim() -> None:
    text = ('A spokesman for Corrow Water said: "We\u2019re happy to say that supply has returned to 9,000 homes in '
            'the valley."')
    assert rows(text) == [("Corrow Water", "organisation",
                           "We\u2019re happy to say that supply has returned to 9,000 homes in the valley.")]


def test_a_bare_feeling_stays_out() -> None:
    text = 'A spokesman for Corrow Water said: "We are delighted."'
    assert rows(text) == []


def test_a_set_off_participle_with_its_object() -> None:
    text = "The Fenmoor Wildlife Trust closed its winter appeal, announcing 40 new volunteer places at the marsh."
    assert cued_rows(text) == [("Fenmoor Wildlife Trust", "organisation", "announcing",
                                "40 new volunteer places at the marsh")]


def test_a_set_off_participle_with_that() -> None:
    text = "Brightwater Buses raised its fares, reporting that fuel costs had climbed 18% since April."
    assert cued_rows(text) == [("Brightwater Buses", "organisation", "reporting that",
                                "fuel costs had climbed 18% since April")]


def test_a_plural_federal_head() -> None:
    text = "As of Monday, the U.S. Centers for Coastal Health reported that 41% of beaches had reopened."
    assert rows(text) == [("U.S. Centers for Coastal Health", "organisation", "41% of beaches had reopened")]


def test_told_by_the_agent_that() -> None:
    text = "Ferry operators were told by the maritime regulator that their safety drills had fallen short."
    assert rows(text) == [("the maritime regulator", "inspectorate", "their safety drills had fallen short")]


def test_told_by_a_named_person_with_a_post() -> None:
    text = "The committee was told by Jo Marr, the finance director, that reserves had fallen to £2m."
    assert rows(text) == [("Jo Marr", "person", "reserves had fallen to £2m")]


def test_a_passive_without_telling_is_no_cue() -> None:
    text = "The ship was built by Harland Yards that year."
    assert rows(text) == []


def test_the_speaker_s_own_address_between_name_and_cue() -> None:
    text = ("Minister of Fisheries, Ama Sefton in her contribution to the Budget Debate in the House of Assembly "
            "yesterday, (May 2), informed that the reef fund has grown by 12% this year.")
    assert rows(text) == [("Ama Sefton", "person", "the reef fund has grown by 12% this year")]


def test_a_body_s_own_statement_between_name_and_cue() -> None:
    text = "The Tarn Port Board in its statement to the Harbour Council said the pier would reopen in June."
    assert rows(text) == [("Tarn Port Board", "organisation", "the pier would reopen in June")]


def test_told_by_inside_a_report_stays_the_reporter_s() -> None:
    text = "Dr Ines Marr said she had been told by the port's medical officer that delays had cost 900 hours in May."
    assert rows(text) == [("Ines Marr", "person",
                           "she had been told by the port's medical officer that delays had cost 900 hours in May")]


def test_a_sample_of_a_nationality() -> None:
    text = "The survey of 2,004 Kenyans reports that 61% of them pay bills by phone."
    assert rows(text) == [("the survey", "document", "61% of them pay bills by phone")]


# A bulletin, summary or newsletter a body published speaks for that body (47c's document nouns; before, a summary or
# newsletter stayed an unresolved speaker in its own words).
def test_a_published_summary_speaks_for_its_publisher() -> None:
    text = ("The Tarn Water Inspectorate published its weekly summary on Monday.\n\n"
            "The weekly summary shows that 12 reservoirs are below half full.\n")
    assert cued_rows(text) == [("Tarn Water Inspectorate", "inspectorate", "shows that", "12 reservoirs are below half full")]


def test_a_published_newsletter_speaks_for_its_publisher() -> None:
    text = "Tarn Council published its quarterly newsletter.\n\nThe quarterly newsletter says that rents will rise by 4%.\n"
    assert cued_rows(text) == [("Tarn Council", "organisation", "says that", "rents will rise by 4%")]
