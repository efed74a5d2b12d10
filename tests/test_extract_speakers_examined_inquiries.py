"""An inquiry named by what it examined (wave 55f): `an inquiry into X regarding the 'Y' paper has found` speaks in the
text's own words, never the body or work it examined. Texts written for this test in our own words about invented
parties."""
import pytest

from claims.extract.speakers.context import Context
from claims.extract.speakers.examined_inquiries import examined_inquiry
from extract_rows import rows


def test_the_examined_body_never_speaks_for_the_inquiry() -> None:
    text = ("Title here\n\n"
            "An inquiry into the Westfield Hospital has found that two errors did not breach the code.\n")
    assert rows(text) == [("An inquiry into the Westfield Hospital", "document",
                           "two errors did not breach the code")]


def test_an_adjective_and_a_quoted_work_stay_in_the_inquiry_s_words() -> None:
    text = ("Title here\n\n"
            "Following complaints, an independent inquiry into papers regarding the \u2018Harrow Paradox\u2019 has "
            "found that two minor errors do not constitute a breach.\n")
    assert rows(text) == [("an independent inquiry into papers regarding the \u2018Harrow Paradox\u2019", "document",
                           "two minor errors do not constitute a breach")]


def test_an_inquiry_led_by_a_person_is_hers() -> None:
    text = ("Title here\n\n"
            "An inquiry into the collapse led by Jo Roe found that 14 staff were underpaid.\n")
    assert rows(text) == [("Jo Roe", "person", "14 staff were underpaid")]


def test_a_hyphenated_adjective_before_the_inquiry_stays_in_its_words() -> None:
    """`A long-awaited inquiry into X has found`: X never speaks for the inquiry (round 56m: a hyphenated adjective
    was no lower-case word, so the examined hospital spoke)."""
    text = ("Title here\n\n"
            "A long-awaited inquiry into the Westfield Hospital has found that two errors did not breach the code.\n")
    assert rows(text) == [("A long-awaited inquiry into the Westfield Hospital", "document",
                           "two errors did not breach the code")]


@pytest.mark.parametrize(("subject", "expected"), [
    ("An inquiry into Westfield", "An inquiry into Westfield"),  # the shortest
    ("An inquiry into Westfield,", "An inquiry into Westfield"),  # its comma left out
    ("An inquiry into SpaceX", "An inquiry into SpaceX"),
    ("a new public independent inquiry into Westfield", None),  # three words before the noun
    ("An Independent inquiry into Westfield", None),  # a capitalised word: a title
    ("Ofcom's inquiry into Westfield", None),  # no article: an owner's inquiry
    ("a long-awaited inquiry into Westfield", "a long-awaited inquiry into Westfield"),
    ("a long-awaited, wide inquiry into Westfield", None),  # a comma between the adjectives
    ("An inquiry into the collapse led by Jo Roe", None),  # its maker named after it
    ("An inquiry into " + " ".join(["word"] * 12), "An inquiry into " + " ".join(["word"] * 12)),
    ("An inquiry into " + " ".join(["word"] * 13), None),  # too long for what it examined
    ("An inquiry into how the fire was started", None),  # a clause, no noun phrase
], ids=["short", "comma", "capital-x", "three-adjectives", "capitalised", "owner", "hyphenated", "comma-adjectives",
        "maker", "twelve", "thirteen", "clause"])
def test_examined_inquiry(subject: str, expected: str | None) -> None:
    raw = subject.split()
    found = examined_inquiry(raw, [word.lower() for word in raw], Context(text=subject))
    assert found == ((expected, "document") if expected is not None else None)
