"""A quotation after a colon closing a lead-in whose verb is no speech verb (`X spoke about her inquiry: "..."`,
`The minister defended the plan: "..."`): the lead-in's subject speaks it (wave 66e). Texts written for this test in
our own words about invented parties."""
import pytest

from claims.extract.attribution.colon_predicates import MAX_LEAD_IN_CHARS, predicate_before_colon
from claims.extract.speakers import Context, Who
from claims.extract.text import Quote
from extract_rows import cued_rows

INTRO = "The Harbour Trust closed two clinics last year, its chief executive Mary Harte said on Monday.\n\n"


@pytest.mark.parametrize(("lead_in", "cue"), [
    ("Ms Harte spoke about her review of the closures:", "spoke:"),
    ("Ms Harte reflected on the year:", "reflected:"),
    ("She turned to the budget:", "turned:"),
    ("Ms Harte concluded:", "concluded:"),
])
def test_the_lead_in_subject_speaks_the_quotation(lead_in: str, cue: str) -> None:
    text = INTRO + lead_in + " \u201cWe opened 12 clinics and cut waits by a third.\u201d\n"
    assert cued_rows(text)[-1] == ("Mary Harte", "person", cue, "We opened 12 clinics and cut waits by a third.")


def test_a_post_set_off_after_the_name_is_no_verb() -> None:
    text = "The minister for ports, Tomas Vane, defended the plan: \u201cIt will create 2,000 jobs by 2030.\u201d\n"
    assert cued_rows(text) == [("Tomas Vane", "person", "defended:", "It will create 2,000 jobs by 2030.")]


@pytest.mark.parametrize("lead_in", [
    "Ms Harte spoke about \u201cthe worst year\u201d:",  # a mark in the lead-in: its own quotation
    "The annual report listed them:",  # a document's lead-in
    "Ms Harte spoke at length about the closures at three sites in the north of the county and what the trust plans "
    "to do about the waiting lists for clinics in the coming year and the year after:",  # too long for a lead-in
])
def test_no_reading_from_a_lead_in_of_another_kind(lead_in: str) -> None:
    text = INTRO + lead_in + " \u201cWe opened 12 clinics.\u201d"
    quote = Quote((len(text) - 24, len(text)), (len(text) - 23, len(text) - 1))
    assert predicate_before_colon(text, len(INTRO), quote, Context(text=text)) is None


def test_a_hyphened_word_is_no_verb() -> None:
    text = "The chief of a medium-sized charity in Delmore defended the cuts: \u201cWe opened 12 clinics.\u201d"
    quote = Quote((text.index("\u201c"), len(text)), (text.index("\u201c") + 1, len(text) - 1))
    assert predicate_before_colon(text, 0, quote, Context(text=text)) == (
        Who("The chief of a medium-sized charity in Delmore", "person", 0), "defended:")  # never `sized:`


def test_no_colon_right_before_the_quotation_gives_no_reading() -> None:
    text = "Ms Harte spoke about the year, and then \u201cWe opened 12 clinics.\u201d"
    quote = Quote((text.index("\u201c"), len(text)), (text.index("\u201c") + 1, len(text) - 1))
    assert predicate_before_colon(text, 0, quote, Context(text=text)) is None


def test_the_reading_gives_the_subject_and_the_verb_with_its_colon() -> None:
    text = "Jo Roe defended the plan: \u201cIt will create 2,000 jobs.\u201d"
    quote = Quote((text.index("\u201c"), len(text)), (text.index("\u201c") + 1, len(text) - 1))
    assert predicate_before_colon(text, 0, quote, Context(text=text)) == (Who("Jo Roe", "person", 0), "defended:")


def _reading(text: str, start: int = 0) -> tuple[Who, str] | None:
    """Return the lead-in's reading of the text's one quotation in curly double marks."""
    opening = text.index("\u201c")
    closing = text.index("\u201d", opening) + 1
    return predicate_before_colon(text, start, Quote((opening, closing), (opening + 1, closing - 1)), Context(text=text))


@pytest.mark.parametrize(("text", "start", "reading"), [
    # the colon closing the lead-in, not one inside the quotation (round 66n)
    ("Jo Roe defended the plan: \u201cIt has one aim: jobs.\u201d", 0, (Who("Jo Roe", "person", 0), "defended:")),
    # the last colon before the quotation, not a time's
    ("At 10:30 Jo Roe defended the plan: \u201cIt will create jobs.\u201d", 0,
     (Who("Jo Roe", "person", 0), "defended:")),
    ("It was late. Jo Roe defended it: \u201cWe opened 12 clinics.\u201d", 13,
     (Who("Jo Roe", "person", 13), "defended:")),
    # a lead-in of MAX_LEAD_IN_CHARS characters is still one
    ("Jo Roe spoke about " + "x" * (MAX_LEAD_IN_CHARS - 19) + ": \u201cWe opened 12 clinics.\u201d", 0,
     (Who("Jo Roe", "person", 0), "spoke:")),
    ("Jo Roe spoke about " + "x" * (MAX_LEAD_IN_CHARS - 18) + ": \u201cWe opened 12 clinics.\u201d", 0, None),
    # words between the colon and the quotation: no lead-in
    ("Jo Roe had one aim: jobs, and then she said \u201cWe opened 12 clinics.\u201d", 0, None),
    # no verb before the colon: a label, read elsewhere
    ("Jo Roe: \u201cWe opened 12 clinics.\u201d", 0, None),
])
def test_the_lead_in_read_up_to_its_colon(text: str, start: int, reading: tuple[Who, str] | None) -> None:
    assert _reading(text, start) == reading


@pytest.mark.parametrize(("text", "row"), [
    ('The Tarn Schools Inspectorate turned to the budget: "Schools need 40 more staff."\n',
     ("Tarn Schools Inspectorate", "inspectorate", "turned:", "Schools need 40 more staff.")),
    ('Tarn Council defended the plan: "We will build 40 homes."\n',
     ("Tarn Council", "organisation", "defended:", "We will build 40 homes.")),
])
def test_a_body_of_either_kind_speaks_after_its_lead_in(text: str, row: tuple[str, str, str, str]) -> None:
    assert cued_rows(text) == [row]
