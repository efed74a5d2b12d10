"""Bodies and documents that speak (wave 23b): each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or
the whole value a helper returns."""
import pytest

from claims.extract.speakers.panel_bodies import panel_body
from extract_rows import rows


# A hearing panel named with its owner (read by 23a's speakers/panel_bodies, which 23b built a second time):
# `a panel of the X Council`, `an X panel` make a later bare `the panel` that body; a panel `appointed by` a body, or
# panels of two bodies, do not.
@pytest.mark.parametrize(("text", "expected"), [
    ("A conduct panel of the Dental Practice Council ruled on Monday.", "Dental Practice Council"),
    ("A misconduct panel of the TVA found that Mr Roe:", "TVA"),
    ("The club was fined after an RFLU panel found it had fielded an ineligible player.", "RFLU"),
    ("A panel of the Kelby Council met, and a panel of the Orm Housing Trust met.", None),
    ("An independent panel, appointed by the Orm Housing Trust, found that the rent rise was fair.", None),
    ("The panel found that the rent rise was fair.", None),
    ("No hearing was held.", None),
])
def test_a_panel_owner_is_read_once_per_text(text: str, expected: str | None) -> None:
    assert panel_body(text, "panel") == expected


PANEL = (
    "A care assistant has been struck off.\n\n"
    "A fitness to practise panel of the Care Workers Council ruled on Tuesday that Jo Roe's practice was "
    "impaired.\n\n"
    "The panel found that Ms Roe had signed 14 medication records for doses she never gave.\n")


def test_the_panel_is_the_body_that_convened_it() -> None:
    assert rows(PANEL) == [
        ("Care Workers Council", "organisation", "ruled on Tuesday that Jo Roe's practice was impaired"),
        ("Care Workers Council", "organisation", "Ms Roe had signed 14 medication records for doses she never gave")]


APPOINTED = (
    "The Orm Arts Fund has refused to restore the grant.\n\n"
    "The panel, appointed by the Orm Arts Fund to hear appeals, found that 12 of the scores were wrong.\n")


def test_a_panel_appointed_by_a_body_is_not_that_body() -> None:
    assert rows(APPOINTED) == [("the panel", "unresolved", "12 of the scores were wrong")]


# Bare `Officers` (23b, speakers/officer_bodies, data/officer_heads.txt): a council's or a police body's staff speak
# for the one such body the text names; two councils, or none, leave them unresolved in their own words.
OFFICERS = (
    "Kelby District Council's museum service had its busiest year.\n\n"
    "Asked why the heritage centre opened only four days a week, Officers replied that two posts were vacant.\n")

TWO_COUNCILS = (
    "Kelby District Council and Orm Borough Council share a museum service.\n\n"
    "Officers replied that two posts were vacant.\n")

NO_COUNCIL = (
    "The museum had its busiest year.\n\n"
    "Officers replied that two posts were vacant.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (OFFICERS, [("Kelby District Council", "organisation", "two posts were vacant")]),
    (TWO_COUNCILS, [("Officers", "unresolved", "two posts were vacant")]),
    (NO_COUNCIL, [("Officers", "unresolved", "two posts were vacant")]),
])
def test_bare_officers_speak_for_the_one_council(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A document named with its source and set off by when it came out (23b, speakers/clauses.unowned_document,
# attribution/according_sources.own_words): `Separate figures from X, released on Wednesday, showed` are X's; a
# document with no source (`Figures for March, published last month,`) still speaks as itself, and `according to
# industry data published today` is the data, without its bare participle.
@pytest.mark.parametrize(("text", "expected"), [
    ("Separate figures from the Land Records Office, released on Wednesday, showed that the average price was "
     "£371,400 in March.\n", [("Land Records Office", "organisation", "the average price was £371,400 in March")]),
    ("New data from the Rail Office, published today, shows that 84.6% of trains ran on time.\n",
     [("Rail Office", "organisation", "84.6% of trains ran on time")]),
    ("Figures for March, published last month, showed that 84.6% of trains ran on time.\n",
     [("Figures for March", "document", "84.6% of trains ran on time")]),
    ("Kelby Rail ran 84.6% of its trains on time in November, according to industry performance data published "
     "today.\n", [("industry performance data", "document", "Kelby Rail ran 84.6% of its trains on time in November")]),
    ("Kelby Rail ran 84.6% of its trains on time in November, according to a notice sent to the council on "
     "Monday.\n", [("a notice sent to the council", "document", "Kelby Rail ran 84.6% of its trains on time in November")]),
])
def test_a_document_set_off_by_when_it_came_out(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# `inspectors` left in its own words in a lead, before the inspectorate is named as such, is no body a later
# `Inspectors found` means (23b, speakers/references.reference): the inspectorate that has spoke since is.
INSPECTORS = (
    "A school has left special measures, 21 months after inspectors found that it was failing its pupils.\n\n"
    "In a letter published this week, Ysgolwg, the schools inspectorate for Wales, said the school had made "
    "strong progress on all five recommendations.\n\n"
    "Inspectors found that attendance has risen to 93.1%, from 88.4%.\n")

NO_INSPECTORATE = (
    "A school has left special measures, 21 months after inspectors found that it was failing its pupils.\n\n"
    "Inspectors found that attendance has risen to 93.1%, from 88.4%.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (INSPECTORS, [
        ("inspectors", "inspectorate", "it was failing its pupils"),
        ("Ysgolwg", "inspectorate", "the school had made strong progress on all five recommendations"),
        ("Ysgolwg", "inspectorate", "attendance has risen to 93.1%, from 88.4%")]),
    (NO_INSPECTORATE, [
        ("inspectors", "inspectorate", "it was failing its pupils"),
        ("inspectors", "inspectorate", "attendance has risen to 93.1%, from 88.4%")]),
])
def test_inspectors_left_unresolved_do_not_hide_the_inspectorate(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
