"""Wave 40e: a sentence that closes on a named speaker's cue (`..., Skywatch Service said.`, `..., treasurer Ann Molloy
told the annual meeting on Monday night.`) is that speaker's whole, though it holds another cue word of its own
(`Forecasters recorded`, `The coroner has confirmed`, `Inspectors found`): the inner cue's subject is part of what the
closing speaker reports, as with `..., she said.` (wave 5). Without another cue, or with the speaker in a relative
clause (`which X said`), nothing changes."""
from tests.extract_rows import cued_rows


def test_a_named_body_closing_a_sentence_speaks_its_inner_cue() -> None:
    text = "Forecasters recorded a gust of 120km/h at the pass overnight, Skywatch Service said."
    assert cued_rows(text) == [
        ("Skywatch Service", "organisation", "said", "Forecasters recorded a gust of 120km/h at the pass overnight")]


def test_a_full_name_with_of_and_a_day_closes_the_sentence() -> None:
    text = ("The Tarnby County Office of the Coroner has confirmed 41 drowning deaths this year, and 12 more are under "
            "investigation, the Tarnby County Department of Water Safety said Thursday.")
    assert cued_rows(text) == [
        ("Tarnby County Department of Water Safety", "organisation", "said",
         "The Tarnby County Office of the Coroner has confirmed 41 drowning deaths this year"),
        ("Tarnby County Department of Water Safety", "organisation", "said", "12 more are under investigation")]


def test_a_person_with_a_title_closing_a_finding_speaks_it() -> None:
    text = "Inspectors found mould in 12 places at the kitchen of the Blue Heron, Ms Tolland said."
    assert cued_rows(text) == [
        ("Ms Tolland", "person", "said", "Inspectors found mould in 12 places at the kitchen of the Blue Heron")]


def test_a_role_and_name_told_a_meeting_where_and_when() -> None:
    text = ("Briarfield Rugby Club recorded a loss of £21,000 for the year, treasurer Ann Molloy told the annual meeting "
            "in the Quarry Lane Hotel on Monday night.")
    assert cued_rows(text) == [
        ("Ann Molloy", "person", "told the annual meeting",
         "Briarfield Rugby Club recorded a loss of £21,000 for the year")]


def test_a_body_that_has_confirmed_closes_the_sentence() -> None:
    text = "Wexby Borough Council has opened an inquiry through its licensing team, Wexby Licensing Forum has confirmed."
    assert cued_rows(text) == [
        ("Wexby Licensing Forum", "organisation", "confirmed",
         "Wexby Borough Council has opened an inquiry through its licensing team")]


def test_no_inner_cue_leaves_the_closing_speaker_as_it_was() -> None:
    assert cued_rows("Sales at the Dunmere shops fell 4% in March, Ormsby Foods said.") == [
        ("Ormsby Foods", "organisation", "said", "Sales at the Dunmere shops fell 4% in March")]


def test_a_speaker_in_a_relative_clause_is_no_closing_speaker() -> None:
    text = "Walkers found the path blocked in three places, which Fenmoor Estates said it would clear by June."
    assert [row[0] for row in cued_rows(text)] == ["Walkers", "Fenmoor Estates"]


def test_told_with_words_after_its_object_is_no_closing_cue() -> None:
    text = "The depot recorded 40 late buses in May, and Jo Harrow told the council the depot would shut."
    assert ("Jo Harrow", "person", "told", "the depot would shut") in cued_rows(text)


def test_the_body_whose_cue_the_closing_person_reports_stays_in_focus() -> None:
    text = ("Dunmore Rowing Club recorded a loss of £8,400 for the year, treasurer Ann Molloy told the annual meeting on "
            "Monday night.\n\nIncome for the year was £96,000, according to the accounts.")
    assert cued_rows(text) == [
        ("Ann Molloy", "person", "told the annual meeting", "Dunmore Rowing Club recorded a loss of £8,400 for the year"),
        ("Dunmore Rowing Club", "organisation", "according to", "Income for the year was £96,000")]


def test_a_closing_document_about_a_body_is_not_that_body() -> None:
    """`, the report on X said.`: a preposition in the role words makes X what the document is about; the closing
    named rule leaves the sentence, and the inner finding keeps its own speaker (merge of 40e)."""
    text = ("Dunmere Council said it was sorry.\n\n"
            "A regulator found it failed to answer 30 letters, the report on Holm Council said.\n")
    assert cued_rows(text) == [
        ("Dunmere Council", "organisation", "said", "it was sorry"),
        ("a regulator", "inspectorate", "found", "it failed to answer 30 letters")]


def test_has_before_a_closing_named_cue_is_no_part_of_the_cue() -> None:
    text = ("Shops must tell buyers when lenses film them, the Holm Listening Commissioner's Office has said.\n\n"
            "In guidance issued on Friday, the data watchdog said many shops kept films too long.\n")
    assert cued_rows(text) == [
        ("Holm Listening Commissioner's Office", "inspectorate", "said", "Shops must tell buyers when lenses film them"),
        ("Holm Listening Commissioner's Office", "inspectorate", "said", "many shops kept films too long")]
