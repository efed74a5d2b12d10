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


RENTS = "Rents rose 6% last year.\n\n"
RENTS_ROW = ("Rents rose 6% last year",)


@pytest.mark.parametrize(("pointer", "source"), [
    # the source's words end before whom the figures went to
    ("The numbers were supplied by the Brackwater Housing Association to Holm District Council.",
     ("Brackwater Housing Association", "organisation", "numbers were supplied by")),
    # and before when, with a document of another body's after it
    ("The figures were published by the Brackwater Housing Association on Monday in its Annual Review of Holm Housing.",
     ("Brackwater Housing Association", "organisation", "figures were published by")),
    ("The figures were published by Tarnwise.", ("Tarnwise", "organisation", "figures were published by")),  # the stop cut
    ("The figures were published by TARNEX.", ("TARNEX", "organisation", "figures were published by")),  # ends on X
    ("The figures were published by the Survey Report of Holm.", ("Holm", "organisation", "figures were published by")),
])
def test_the_source_is_read_from_the_pointers_own_words(pointer: str, source: tuple[str, str, str]) -> None:
    assert cued_rows(RENTS + pointer + "\n") == [source + RENTS_ROW]


def test_the_source_is_read_within_the_pointers_sentence() -> None:
    text = RENTS + "The figures were published by the Tarn Board.\n\n\u201cWe will build it,\u201d said Jo Roe.\n"
    assert cued_rows(text) == [("Tarn Board", "organisation", "figures were published by", "Rents rose 6% last year"),
                               ("Jo Roe", "person", "said", "We will build it")]


@pytest.mark.parametrize("source", ["officials", "the council"])
def test_an_unresolved_source_gives_the_figures_no_speaker(source: str) -> None:
    assert cued_rows(RENTS + f"The figures were published by {source}.\n") == []


def test_a_sentence_of_figures_with_a_quotation_mark_ends_the_run() -> None:
    text = "Rents in the \u201cold town\u201d rose 6% last year.\n\nThe figures were published by the Tarn Board.\n"
    assert cued_rows(text) == []


def test_only_the_sentences_own_contrast_is_split() -> None:
    text = ("Jo Roe said rents rose while wages fell.\n\nThe Tarn Rangers lost 81 members while only 49 recruits joined.\n\n"
            "The figures were given by the Tarn Rangers Board.\n")
    assert cued_rows(text) == [
        ("Jo Roe", "person", "said", "rents rose while wages fell"),
        ("Tarn Rangers Board", "organisation", "figures were given by", "The Tarn Rangers lost 81 members"),
        ("Tarn Rangers Board", "organisation", "figures were given by", "only 49 recruits joined")]


def test_a_contrast_with_no_figure_on_one_side_is_one_claim() -> None:
    text = "The Tarn Rangers lost 81 members while recruiting stalled.\n\nThe figures were given by the Tarn Rangers Board.\n"
    assert cued_rows(text) == [("Tarn Rangers Board", "organisation", "figures were given by",
                                "The Tarn Rangers lost 81 members while recruiting stalled")]


def test_a_claim_elsewhere_leaves_the_pointer_and_its_figures_alone() -> None:
    text = RENTS + "The figures were published by the Tarn Board.\n\nFees rose 4%, Holm District Council said.\n"
    assert cued_rows(text) == [("Tarn Board", "organisation", "figures were published by", "Rents rose 6% last year"),
                               ("Holm District Council", "organisation", "said", "Fees rose 4%")]


def test_a_claimed_sentence_ends_the_run() -> None:
    text = "Fees rose 4%, the board said.\n\nThe figures were published by the Tarn Board.\n"
    assert cued_rows(text) == [("Tarn Board", "organisation", "said", "Fees rose 4%")]


def test_the_run_reaches_three_paragraphs_away() -> None:
    text = ("Rents rose 6%.\n\nFees rose 4%.\n\nSome 300 homes were empty.\n\nSome 12 homes were sold.\n\n"
            "Tenants waited 41 days.\n\nThe figures were published by the Tarn Board.\n")
    assert [row[3] for row in cued_rows(text)] == ["Some 300 homes were empty", "Some 12 homes were sold",
                                                   "Tenants waited 41 days"]


def test_a_heading_ends_the_run() -> None:
    text = "Rents rose 6% last year.\n\nRents up 6%\n\nFees rose 4% last year.\n\nThe figures were published by the Tarn Board.\n"
    assert cued_rows(text) == [("Tarn Board", "organisation", "figures were published by", "Fees rose 4% last year")]


@pytest.mark.parametrize(("text", "quote"), [
    # going back, the nearest sentence first: a sentence of narration before it ends the run
    ("The board met on Monday. Rents rose 6% last year. The figures were published by the Tarn Board.\n",
     "Rents rose 6% last year"),
    # going on, the nearest first
    ("The figures were published by the Tarn Board. Rents rose 6% last year. Walkers want a second path.\n",
     "Rents rose 6% last year"),
    ("The figures were published by the Tarn Board.\n\nRents rose 6% last year. Walkers want a second path.\n",
     "Rents rose 6% last year"),
    # a paragraph's last sentence with no stop
    ("The figures were published by the Tarn Board. Rents rose 6% at TARNEX\n", "Rents rose 6% at TARNEX"),
])
def test_the_run_is_read_outward_from_the_pointer(text: str, quote: str) -> None:
    assert cued_rows(text) == [("Tarn Board", "organisation", "figures were published by", quote)]


def test_each_pointer_gives_its_own_figures() -> None:
    text = ("Rents rose 6% last year.\n\nThe figures were published by the Tarn Board.\n\nWalkers want a second path.\n\n"
            "Fees rose 4% in May.\n\nThe numbers were supplied by the Holm Trust.\n")
    assert cued_rows(text) == [("Tarn Board", "organisation", "figures were published by", "Rents rose 6% last year"),
                               ("Holm Trust", "organisation", "numbers were supplied by", "Fees rose 4% in May")]


def test_a_pointer_naming_no_source_leaves_the_next_one_in_its_paragraph() -> None:
    text = ("Rents rose 6% last year.\n\nThe figures were published by officials. The numbers were supplied by the "
            "Tarn Board. Fees rose 4% in May.\n")
    assert cued_rows(text) == [("Tarn Board", "organisation", "numbers were supplied by", "Fees rose 4% in May")]


def test_a_later_pointer_still_stops_at_a_claim() -> None:
    text = ("The figures were published by the Tarn Board.\n\nFees rose 4%, the Holm Trust said.\n\n"
            "Rents rose 6% last year.\n\nThe numbers were supplied by the Holm Trust.\n")
    assert cued_rows(text) == [("Holm Trust", "organisation", "said", "Fees rose 4%"),
                               ("Holm Trust", "organisation", "numbers were supplied by", "Rents rose 6% last year")]


@pytest.mark.parametrize(("pointer", "row"), [
    ("The latest figures were published by the Tarn Board.", ("Tarn Board", "organisation", "latest figures were published by")),
    ("The figures were first published by the Tarn Board.", ("Tarn Board", "organisation", "figures were first published by")),
    ("The details came from the Tarn Board.", ("Tarn Board", "organisation", "details came from")),
    ("The figures have been supplied by the Tarn Board.", ("Tarn Board", "organisation", "figures have been supplied by")),
    ("Those figures were published by the Tarn Board.", ("Tarn Board", "organisation", "figures were published by")),
    ("This data was published by the Tarn Board.", ("Tarn Board", "organisation", "data was published by")),
    # the source's words end where what else it did begins
    ("The figures were published by the Tarn Board; Holm District Council disputes them.",
     ("Tarn Board", "organisation", "figures were published by")),
    ("The figures were published by the Tarn Board at its meeting in Holm Town Hall.",
     ("Tarn Board", "organisation", "figures were published by")),
    ("The figures were released by the Tarn Board after a request from Holm District Council.",
     ("Tarn Board", "organisation", "figures were released by")),
    ("The figures were released by the Tarn Board showing Holm District Council's share.",
     ("Tarn Board", "organisation", "figures were released by")),
    ("The figures were released by the Tarn Board ahead of Holm District Council's budget.",
     ("Tarn Board", "organisation", "figures were released by")),
    # every kind of source that speaks: a body, an inspectorate, a document, a person
    ("The figures were published by the Tarn Schools Inspectorate.",
     ("Tarn Schools Inspectorate", "inspectorate", "figures were published by")),
    ("The figures are contained in the Tarn Lettings Survey.",
     ("the tarn lettings survey", "document", "figures are contained in")),
    ("The figures were published by Jo Roe.", ("Jo Roe", "person", "figures were published by")),
])
def test_each_form_of_the_pointer_names_its_source(pointer: str, row: tuple[str, str, str]) -> None:
    assert cued_rows(RENTS + pointer + "\n") == [row + RENTS_ROW]


@pytest.mark.parametrize("join", [" whereas", " whilst", ", while"])
def test_each_contrasting_join_splits_the_measures(join: str) -> None:
    text = f"The Tarn Rangers lost 81 members{join} only 49 recruits joined.\n\nThe figures were given by the Tarn Rangers Board.\n"
    assert cued_rows(text) == [
        ("Tarn Rangers Board", "organisation", "figures were given by", "The Tarn Rangers lost 81 members"),
        ("Tarn Rangers Board", "organisation", "figures were given by", "only 49 recruits joined")]
