"""Wave 41g, wrong speakers of real pages: a byline written with a colon (`By: X`) and a photo's credit (`Photograph:
Jo Roe/Acme Agency`) name no party; a council's post after a name (`Cllr Jo Roe, Parks portfolio holder, says:`) and a
provincial post in capitals (`Roads MEC Jo Roe`) leave the person speaking; a speaker after the quotation keeps a dotted
abbreviation (`an executive with a U.S.-based rival`)."""
from __future__ import annotations

from claims.extract.speakers.byline_credits import on_photo_credit
from tests.extract_rows import cued_rows

BYLINE_WITH_COLON = (
    "Clinic visits\n\nBy: KLM\n\nPatients at the Farrowby clinic waited for hours.\n\n"
    "They claimed there were too few nurses on the ward.\n")


def test_a_byline_with_a_colon_is_no_speaker() -> None:
    assert cued_rows(BYLINE_WITH_COLON) == [
        ("they", "unresolved", "claimed", "there were too few nurses on the ward")]


def test_a_byline_without_a_colon_is_still_no_speaker() -> None:
    assert cued_rows(BYLINE_WITH_COLON.replace("By: KLM", "By KLM")) == [
        ("they", "unresolved", "claimed", "there were too few nurses on the ward")]


PHOTO_CREDIT = (
    "Flood barrier opens\n\n"
    "The new barrier on the river at Tollmere. Photograph: Tam Oduya/NPA\n\n"
    "The barrier cost \u00a312m to build, and it said the work finished two months early.\n")


def test_a_photo_credit_names_no_party() -> None:
    assert cued_rows(PHOTO_CREDIT) == [("it", "unresolved", "said", "the work finished two months early")]
    assert cued_rows(PHOTO_CREDIT.replace("Photograph: Tam Oduya/NPA", "File photo: NPA")) == [
        ("it", "unresolved", "said", "the work finished two months early")]


def test_a_body_before_the_credit_label_is_still_named() -> None:
    assert cued_rows(PHOTO_CREDIT.replace("The new barrier", "The NPA barrier").replace(" Photograph: Tam Oduya/NPA", "")) \
        == [("NPA", "organisation", "said", "the work finished two months early")]


def test_where_a_photo_credit_runs() -> None:
    line = "A caption. Photograph: Tam Oduya/Northway\nFile photo: Northway Agency (NA)\nThe big picture: sales fell."
    assert [on_photo_credit(line, line.index(w)) for w in ("caption", "Tam", "Northway Agency", "sales")] \
        == [False, True, True, False]


def test_a_body_named_in_a_caption_sentence_before_the_credit_is_still_named() -> None:
    text = ("Staff of the Brackwater Trust at work. Photo: Tam Oduya\n\n"
            "The Brackwater Trust said it had opened 14 new beds.\n")
    assert cued_rows(text) == [("Brackwater Trust", "organisation", "said", "it had opened 14 new beds")]


def test_a_portfolio_holder_after_a_name_leaves_the_person_speaking() -> None:
    text = ('Councillor Jo Marley, Parks and Leisure portfolio holder, says:\n\n'
            '"Visits to our parks rose by 12% last year. We expect more this summer."\n')
    assert cued_rows(text) == [
        ("Jo Marley", "person", "says", "Visits to our parks rose by 12% last year."),
        ("Jo Marley", "person", "says", "We expect more this summer.")]


def test_a_portfolio_holder_in_capitals_and_after_for() -> None:
    assert cued_rows("Councillor Jo Marley, Parks and Leisure Portfolio Holder, said visits rose by 12% last year.") \
        == [("Jo Marley", "person", "said", "visits rose by 12% last year")]
    assert cued_rows("Councillor Jo Marley, portfolio holder for parks, said visits rose by 12% last year.") \
        == [("Jo Marley", "person", "said", "visits rose by 12% last year")]


def test_holders_who_hold_no_post_are_unchanged() -> None:
    assert cued_rows("Ticket holders said the show sold out in an hour.") == [
        ("Ticket holders", "unresolved", "said", "the show sold out in an hour")]  # people, no post (wave 43h)
    assert cued_rows("The Holder Trust said it gave \u00a34m to schools.") == [
        ("Holder Trust", "organisation", "said", "it gave \u00a34m to schools")]
    assert cued_rows("Acme Portfolio Ltd said its fund grew by 8%.") == [
        ("Acme Portfolio Ltd", "organisation", "said", "its fund grew by 8%")]


def test_a_provincial_post_in_capitals_before_a_name() -> None:
    quote = ' said: "Road deaths fell by 9% over the holiday."'
    assert cued_rows("Roads MEC Lindiwe Sago" + quote) == [
        ("Lindiwe Sago", "person", "said:", "Road deaths fell by 9% over the holiday.")]
    assert cued_rows("Northern Plains Transport, Roads and Public Works MEC Lindiwe Sago" + quote) == [
        ("Lindiwe Sago", "person", "said:", "Road deaths fell by 9% over the holiday.")]


def test_a_speaker_after_the_quotation_keeps_a_dotted_abbreviation() -> None:
    quote = '"Sales in the region grew by 4% a year," says '
    assert cued_rows(quote + "an executive with a U.S.-based rival, who asked not to be named.") == [
        ("an executive with a U.S.-based rival", "person", "says", "Sales in the region grew by 4% a year")]
    assert cued_rows(quote + "an executive with a U.K. rival.") == [
        ("an executive with a U.K. rival", "person", "says", "Sales in the region grew by 4% a year")]
    assert cued_rows(quote + "Dr. A. B. Jones.") == [("A. B. Jones", "person", "says", "Sales in the region grew by 4% a year")]


def test_a_post_with_a_remit_opened_by_qualifiers_after_said() -> None:
    quote = '"Households have kept well inside the target since the restrictions were eased," said '
    for post in ("Mayoral Committee Member for Water Services", "Mayoral Committee Member for Water and Waste"):
        assert cued_rows(quote + post + " Bongani Mthembu.") == [
            ("Bongani Mthembu", "person", "said",
             "Households have kept well inside the target since the restrictions were eased")], post


def test_a_body_s_name_with_a_remit_stays_a_body() -> None:
    assert cued_rows("The Westfield Board for Housing Standards said rents rose by 6%.") == [
        ("Westfield Board for Housing Standards", "organisation", "said", "rents rose by 6%")]
