"""Wave 42d: an indefinite role as a cue's subject (`A senior police officer said`, `An engineer said`) brings in
someone the text has not named: it keeps its own words, never the person titled with that role before (`Chief fire
officer Rakesh Varma`)."""
from tests.extract_rows import cued_rows

OPENING = "Chief fire officer Ravi Tandel said seven tenders were sent to the spot. "


def test_indefinite_officer_is_someone_new() -> None:
    text = OPENING + "A senior police officer said the four dead were aged between 17 and 19."
    assert cued_rows(text) == [
        ("Ravi Tandel", "person", "said", "seven tenders were sent to the spot"),
        ("A senior police officer", "person", "said", "the four dead were aged between 17 and 19"),
    ]


def test_definite_officer_is_the_one_titled() -> None:
    text = OPENING + "The fire officer said the blaze was under control by 5 pm."
    assert cued_rows(text) == [
        ("Ravi Tandel", "person", "said", "seven tenders were sent to the spot"),
        ("Ravi Tandel", "person", "said", "the blaze was under control by 5 pm"),
    ]
