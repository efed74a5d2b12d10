"""An inquiry named by what it examined (wave 55f): `an inquiry into X regarding the 'Y' paper has found` speaks in the
text's own words, never the body or work it examined. Texts written for this test in our own words about invented
parties."""
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
