"""Figures set out with no cue around a sentence naming where they came from (`The figures were published by X`,
`The details are contained in a report published by X`): the figures before and after it are that source's
(wave 66f). Texts written for this test in our own words about invented parties."""
import pytest

from claims.extract.attribution.provenance_sentences import provenance_source
from claims.extract.speakers import Context, Who
from extract_rows import cued_rows

BEFORE = "Tenants waited 41 days for a repair, up from 29.\n\nSome 1,140 repairs were open in March.\n\n"


@pytest.mark.parametrize(("pointer", "cue"), [
    ("The figures were published by the Brackwater Housing Association on Tuesday.", "figures were published by"),
    ("The numbers were supplied by the Brackwater Housing Association.", "numbers were supplied by"),
    ("The details are contained in a report published by the Brackwater Housing Association.",
     "details are contained in"),
    ("The data is the result of a study done by the Brackwater Housing Association.",
     "data is the result of"),
])
def test_the_figures_before_the_pointer_are_its_source(pointer: str, cue: str) -> None:
    rows = cued_rows(BEFORE + pointer + "\n")
    assert rows == [("Brackwater Housing Association", "organisation", cue, "Tenants waited 41 days for a repair, up from 29"),
                    ("Brackwater Housing Association", "organisation", cue, "Some 1,140 repairs were open in March")]


def test_the_figures_after_the_pointer_in_its_paragraph_and_the_next_are_its_source() -> None:
    text = ("The details are contained in a report published by the Skelby Trails Trust this week. Cyclists made "
            "284,000 trips last year.\n\nWeekend trips made up 46% of the total.\n\nWalkers want a second path.\n")
    assert cued_rows(text) == [
        ("Skelby Trails Trust", "organisation", "details are contained in", "Cyclists made 284,000 trips last year"),
        ("Skelby Trails Trust", "organisation", "details are contained in", "Weekend trips made up 46% of the total")]


def test_a_persons_statement_ends_the_run() -> None:
    text = ("The figures were published by the Orrin Food Bank.\n\nIts manager, Delphine Ashcroft, said: \u201cWe gave out "
            "400 parcels in May.\u201d\n\nSome 640 parcels went to people in work.\n")
    assert cued_rows(text) == [("Delphine Ashcroft", "person", "said:", "We gave out 400 parcels in May.")]


@pytest.mark.parametrize("between", [
    "The association was formed by the district council.",  # no figure: the writer's own narration
    "Would 300 more plumbers help?",  # a question
])
def test_a_sentence_of_another_kind_ends_the_run(between: str) -> None:
    text = "Some 1,140 repairs were open in March.\n\n" + between + "\n\nThe figures were published by the Brackwater " \
        "Housing Association.\n"
    assert cued_rows(text) == []


def test_a_documents_owner_named_after_of_is_the_source() -> None:
    text = "Rents rose 6% last year.\n\nThese numbers are set out in the Annual Lettings Review of the Tarn Lettings Board.\n"
    sentence = (text.index("These"), len(text) - 1)
    assert provenance_source(text, sentence, Context(text=text)) == Who("Tarn Lettings Board", "organisation",
                                                                        text.index("the Tarn"))


@pytest.mark.parametrize("sentence", [
    "The figures were worse than expected.",  # no word of where they came from
    "The figures were published on Tuesday.",  # when, not by whom
    "The council published the figures on Tuesday.",  # no pointer opening the sentence
])
def test_no_source_from_a_sentence_of_another_kind(sentence: str) -> None:
    assert provenance_source(sentence, (0, len(sentence)), Context(text=sentence)) is None


def test_a_documents_title_read_as_one_name_gives_its_owner() -> None:
    text = ("The Spring Lettings Survey Report of the Tarn Lettings Board came out today.\n\nRents rose 6% last year.\n\n"
            "These numbers are set out in the Spring Lettings Survey Report of the Tarn Lettings Board (TLB).\n")
    assert [row[:2] for row in cued_rows(text)] == [("Tarn Lettings Board", "organisation")]


def test_two_measures_joined_by_while_are_two_claims() -> None:
    text = ("The Tarn Rangers lost 81 members while only 49 recruits joined.\n\n"
            "The figures were given by the Tarn Rangers Board.\n")
    assert cued_rows(text) == [
        ("Tarn Rangers Board", "organisation", "figures were given by", "The Tarn Rangers lost 81 members"),
        ("Tarn Rangers Board", "organisation", "figures were given by", "only 49 recruits joined")]
