"""People and their words (wave 19a): each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or the whole value a
helper returns; cases where a rule must not fire sit beside the ones where it must."""
from extract_rows import rows


# An interview with its questions set apart and no labels, introduced under a byline that gives the writer a compound
# press role and the paper's name (interviews.is_interviewer, transcript.unlabelled_interviewee): neither the writer
# nor the paper answers; the one person the paper sat down with does.
BYLINE_QA = (
    "'We will stay open': Principal Jo Pemberton on the college's budget\n\n"
    "By Sam Okoro, Editor-in-Chief, The Fernlea Ledger\n\n"
    "The Ledger sat down with Principal Jo Pemberton on Monday. This interview has been edited for length.\n\n"
    "How big is the gap?\n\n"
    "Our budget for next year is about $40 million, and we expect a gap of $3 million.\n\n"
    "Will the college close?\n\n"
    "No. We have reserves of about $20 million.\n")


def test_an_interview_under_a_byline_is_the_interviewees() -> None:
    assert rows(BYLINE_QA) == [
        ("Jo Pemberton", "person", "Our budget for next year is about $40 million"),
        ("Jo Pemberton", "person", "we expect a gap of $3 million"),
        ("Jo Pemberton", "person", "No. We have reserves of about $20 million")]
