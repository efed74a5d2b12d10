"""speakers/documents: a document a body's possessive pronoun owns (`Its report says`) is that body's document, so a
later bare `The report recommends` in a Q&A or explainer answer is that body's too, never the body the answer before
put questions to (wave 36b; seen in p1189 and others). Each case is a short text written for this test in our own
words about invented parties."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows, named_context, rows

from claims.extract.speakers import documents
from claims.extract.speakers.context import Context

_QA = ("Rail pay award: your questions answered\n\n"
       "We have read the review body's report and put your questions to the Department for Transport.\n\n"
       "How much is the rise?\n\n"
       "The Rail Pay Review Body (RPRB) recommended a 3 per cent rise for all grades. "
       "Its report says the award would cost £40 million.\n\n"
       "What does a new driver get?\n\n"
       "The department says the starting salary will rise to £31,200 a year.\n\n"
       "What about parking charges?\n\n"
       "This is the detail. The report recommends that depot parking charges rise by 2 per cent.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_QA,
     [("Rail Pay Review Body", "organisation", "recommended", "recommended a 3 per cent rise for all grades"),
      ("Rail Pay Review Body", "organisation", "says", "the award would cost £40 million"),
      ("Department for Transport", "organisation", "says", "the starting salary will rise to £31,200 a year"),
      ("Rail Pay Review Body", "organisation", "recommends that", "depot parking charges rise by 2 per cent")]),
])
def test_pronoun_owned_document_named_again(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Must not move: an inspectorate's report its `Its` names, after the council spoke, stays the inspectorate's.
@pytest.mark.parametrize(("text", "expected"), [
    ("Tolbury Council said it had cut its waiting list for repairs by a third.\n\n"
     "The Housing Standards Inspectorate said the council had met four of its nine standards.\n\n"
     "Its report, published on Monday, lists 40 homes with damp.\n\n"
     "The report also found that the council had not answered 90 complaints on time.\n",
     [("Tolbury Council", "organisation", "said", "it had cut its waiting list for repairs by a third"),
      ("Housing Standards Inspectorate", "inspectorate", "said", "the council had met four of its nine standards"),
      ("Housing Standards Inspectorate", "inspectorate", "lists", "40 homes with damp"),
      ("Housing Standards Inspectorate", "inspectorate", "found that",
       "the council had not answered 90 complaints on time")]),
])
def test_other_body_document_kept(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Wave 52b: a report put before a meeting or drawn from a consultation (`the consultation report`, `the cabinet
# report`, `the committee report`) that no possessive gives an owner speaks as itself in a news report, never as the
# council in focus (p901, p1096, p1110); in the council's own release it is the council's (p242, p1527), and `its`
# after a short label (`Some background: the authority faces ..., according to its budget papers`) is the subject's.
_MEETING_NEWS = ("By Jo Ashfield, Local Democracy Reporter\n\n"
                 "Tarnbury Borough Council's cabinet voted on Tuesday to close two day centres.\n\n"
                 "Of the 900 people who answered, 61% opposed the plan, the consultation report shows. "
                 "It also says the closures would save £310,000 a year.\n\n"
                 "Some background: the council faces a gap of £4.2m next year, according to its budget papers.\n")
_MEETING_RELEASE = ("News release\n\nTarnbury Borough Council\n\n"
                    "The council's cabinet will decide on 4 May whether to close two day centres.\n\n"
                    "According to the consultation report, 61% of those who answered opposed the plan.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_MEETING_NEWS,
     [("the consultation report", "document", "shows", "Of the 900 people who answered, 61% opposed the plan"),
      ("the consultation report", "document", "says", "the closures would save £310,000 a year"),
      ("Tarnbury Borough Council", "organisation", "according to",
       "Some background: the council faces a gap of £4.2m next year")]),
    (_MEETING_RELEASE,
     [("Tarnbury Borough Council", "organisation", "According to", "61% of those who answered opposed the plan")]),
])
def test_meeting_paper_speaks_as_itself(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    ("the consultation report", True),
    ("a consultation report", False),  # no definite article: a paper not yet put before the meeting
    ("the annual report", False),  # no meeting's paper
    ("the new consultation report", False),  # four words
], ids=["meeting-paper", "indefinite", "other-report", "four-words"])
def test_meeting_paper(words: str, expected: bool) -> None:
    assert documents.meeting_paper(words.split()) is expected


def test_figures_published_with_a_bodys_budget_are_that_bodys() -> None:
    text = ("Kelby Borough Council agreed its budget on Tuesday, with council tax rising by 4.99%.\n\n"
            "According to figures published alongside the budget, 71% of Kelby homes are in Bands A and B.\n")
    assert rows(text) == [("Kelby Borough Council", "organisation", "71% of Kelby homes are in Bands A and B")]


def test_figures_released_with_a_bodys_announcement_are_that_bodys() -> None:
    text = ("The City of Larkford announced on Monday that it would replace every lead pipe by 2030.\n\n"
            "The Water Department replaced 412 lines in 2025, according to figures released with the announcement.\n")
    assert rows(text) == [("City of Larkford", "organisation", "it would replace every lead pipe by 2030"),
                          ("City of Larkford", "organisation", "The Water Department replaced 412 lines in 2025")]


def test_figures_released_under_a_law_stay_the_figures() -> None:
    text = ("Kelby Borough Council met on Tuesday.\n\n"
            "Figures released under freedom of information show 40 residents had objected.\n")
    assert rows(text) == [("figures released under freedom of information", "document", "40 residents had objected")]


# Wave 54p (real pages: a charity's "its annual report" when the text never names the charity as a body): a
# document `its` or `their` owns, with no body the pronoun could mean, is no document's name: its words, unresolved.
@pytest.mark.parametrize(("text", "expected"), [
    ("More families asked for help last year.\n\n"
     "The youth charity helped over 9,000 families, its annual report shows.\n",
     [("its annual report", "unresolved", "shows", "The youth charity helped over 9,000 families")]),
    # Must not move: a body named before is whom `its` means.
    ("A record number of families asked Kestrel Trust for help last year.\n\n"
     "The youth charity helped over 9,000 families according to its annual report, released on Monday.\n",
     [("Kestrel Trust", "organisation", "according to", "The youth charity helped over 9,000 families")]),
], ids=["no-owner", "owner-named"])
def test_pronoun_document_without_owner_unresolved(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# A source a possessive owns after `figures from` is the text's words, unresolved, never the body in focus, whether the
# apostrophe is straight or curly (wave 54h: real pages write the curly one about twice as often).
@pytest.mark.parametrize(("text", "expected"), [
    ("Harwell Council said it would cut bus fares.\n\n"
     "Figures from council\u2019s transport panel show that 4,000 people used the buses each day.\n",
     [("Harwell Council", "organisation", "said", "it would cut bus fares"),
      ("council\u2019s transport panel", "unresolved", "show that", "4,000 people used the buses each day")]),
])
def test_curly_possessive_source_is_left_unresolved(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("subject", "text", "expected"), [
    ("figures released with the announcement", "The Water Department replaced 412 lines in 2025.\n",
     ("Water Department", "organisation")),
    ("figures released with the announcement", "The Harbour Inspectorate said leaks fell by 4%.\n",
     ("Harbour Inspectorate", "inspectorate")),
    ("figures released with the announcement", "No body is named in this text.\n", None),  # no body in focus
    ("figures released with the letter", "The Water Department replaced 412 lines in 2025.\n", None),  # no act
    ("figures noted with the announcement", "The Water Department replaced 412 lines in 2025.\n", None),  # no verb
    ("people released with the announcement", "The Water Department replaced 412 lines in 2025.\n", None),  # no paper
    ("figures released with the announcement today", "The Water Department replaced 412 lines in 2025.\n", None),
], ids=["body", "inspectorate", "no-body", "letter", "noted", "people", "six-words"])
def test_released_with_act(subject: str, text: str, expected: tuple[str, str] | None) -> None:
    assert documents._released_with_act(subject.lower().split(), named_context(text)) == expected


@pytest.mark.parametrize(("subject", "text", "expected"), [
    ("an Ofwat report", "", ("Ofwat", "inspectorate")),
    ("a Harbour Police statement", "Harbour Police said 4 boats sank.\n", ("Harbour Police", "organisation")),
    ("a Police statement", "Harbour Police said 4 boats sank. Acme Water said 2 pipes burst.\n",
     ("Harbour Police", "organisation")),  # the one body the short name is part of
    ("a British report", "", None),  # a nationality names no body
    ("the Ofwat report", "", None),  # no new document
    ("an Ofwat", "", None),  # no document's noun
    ("an Ofwat team", "", None),
], ids=["inspectorate", "body", "short-name", "nationality", "the", "two-words", "no-document"])
def test_body_modifier_document(subject: str, text: str, expected: tuple[str, str] | None) -> None:
    raw = subject.split()
    ctx = named_context(text) if text else Context(text=subject)
    assert documents.body_modifier_document(raw, [word.lower() for word in raw], ctx) == expected
    if expected is not None:
        assert ctx.owners[raw[-1].lower()] == expected  # the document's noun is the body's from now on


def test_a_headline_s_short_form_of_a_body_named_in_full_below_owns_an_unowned_document() -> None:
    """Round 57m (`_official_focus`, wave 56p): the headline's `Kestrel Fraud Unit` is the `Kestrel Fraud Control Unit`
    the text names below, no headline-only topic, so the report is that body's."""
    text = ("Kestrel Fraud Unit recovers $3 million from care firms\n\n"
            "The Kestrel Fraud Control Unit was set up in 2019 to check bills.\n\n"
            "A report found that 12 firms had overcharged.\n")
    assert cued_rows(text) == [("Kestrel Fraud Control Unit", "organisation", "found that", "12 firms had overcharged")]


def test_official_figures_after_an_inspectorate_whose_head_publishes_none_are_the_inspectorate_s() -> None:
    """Round 57m (`_official_focus`): an ombudsman is no official head, yet an inspectorate's figures are official."""
    text = ("The Kestrel Water Ombudsman upheld 40 complaints this year.\n\n"
            "Official figures show that 12 firms had failed their checks.\n")
    assert cued_rows(text) == [
        ("Kestrel Water Ombudsman", "inspectorate", "upheld 40 complaints", "upheld 40 complaints this year"),
        ("Kestrel Water Ombudsman", "inspectorate", "show that", "12 firms had failed their checks")]


_BUSES = "PRESS RELEASE\n\nMore buses for Tarnvale\n\nOrrin Coaches said on Monday it would run four more buses an hour.\n\n"
_COUNCIL = ("PRESS RELEASE\n\nMore buses for Tarnvale\n\n"
            "Tarnvale Department of Transport said on Monday it would fund four more buses an hour.\n\n")
_NATIONAL = "National figures show that bus use across the country is still a tenth below its level of 2019.\n"


@pytest.mark.parametrize(("text", "expected"), [
    (_BUSES + _NATIONAL,  # a bus company's release: the country's figures are not its own (the company until 59h)
     [("Orrin Coaches", "organisation", "said", "it would run four more buses an hour"),
      ("national figures", "document", "show that", "bus use across the country is still a tenth below its level of 2019")]),
    (_BUSES + _NATIONAL.replace("National figures", "International data"),
     [("Orrin Coaches", "organisation", "said", "it would run four more buses an hour"),
      ("international data", "document", "show that", "bus use across the country is still a tenth below its level of 2019")]),
    (_COUNCIL + _NATIONAL,  # a body that publishes official figures keeps them, as `Official figures show` (21b)
     [("Tarnvale Department of Transport", "organisation", "said", "it would fund four more buses an hour"),
      ("Tarnvale Department of Transport", "organisation", "show that",
       "bus use across the country is still a tenth below its level of 2019")]),
    (_BUSES + _NATIONAL.replace("National figures", "Latest figures"),  # no wider scope: the issuer's own (58g)
     [("Orrin Coaches", "organisation", "said", "it would run four more buses an hour"),
      ("Orrin Coaches", "organisation", "show that", "bus use across the country is still a tenth below its level of 2019")]),
], ids=["national-on-a-company-release", "international", "official-body-keeps", "bare-stays-the-issuer"])
def test_wider_figures_on_a_release_are_not_the_issuers(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Figures whose modifier says they count more than one body's work (`National figures show`) are another
    party's on a company's own release: they speak as themselves, unless the body publishes official figures."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (["national", "figures"], True),
    (["international", "data"], True),
    (["latest", "figures"], False),
    (["the", "national", "audit", "office's", "report"], False),  # a word of its owner's name (the 76th's p008)
], ids=["national", "international", "no-scope", "owner-name"])
def test_wider_scope(words: list[str], expected: bool) -> None:
    assert documents.wider_scope(words) is expected
