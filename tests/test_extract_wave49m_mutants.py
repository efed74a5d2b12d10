"""Round 49m: mutants mutmut showed unasserted in the functions wave 48 added or changed (attribution's pledges_from,
demonstrative_leads, verb_subjects and continuation's findings going on, speakers/voices' government before a role
and a name after it, speakers/clauses.names_a_speaker's auxiliaries) and in attribution/blocks.attributed_spans, each
case an invented text with the whole value asserted."""
from __future__ import annotations

import pytest

from claims.extract.attribution.demonstrative_leads import demonstrative_owner
from claims.extract.attribution.pledges_from import pledge_from
from claims.extract.attribution.records import Attribution
from claims.extract.attribution.verb_subjects import subject_before_verb, subject_span
from claims.extract.speakers import Context
from claims.extract.speakers.clauses import names_a_speaker
from tests.extract_rows import cued_rows, rows


# attribution/pledges_from (48c): `assurances from X that A`

def _pledge(text: str, sentence: tuple[int, int] | None = None,
            holes: tuple[tuple[int, int], ...] = ()) -> Attribution | None:
    """The pledge read in one sentence of a text (the whole text by default)."""
    return pledge_from(text, sentence or (0, len(text)), list(holes), Context(text=text))


def test_a_pledge_is_read_in_its_own_sentence_only() -> None:
    text = ("The club welcomed assurances from Corran Borough Council that the pitch would be resurfaced. "
            "It also welcomed a pledge from Tarn Rail that trains would stop at Corran.")
    second = text.index("It also")
    content = text.index("trains")
    assert _pledge(text, (second, len(text))) == Attribution(
        "Tarn Rail", "organisation", "pledge from", ((content, len(text) - 1),))
    assert text[content:len(text) - 1] == "trains would stop at Corran"


def test_a_pledge_inside_a_quotation_is_the_quotations() -> None:
    text = "The club welcomed assurances from Corran Borough Council that the pitch would be resurfaced by May."
    assert _pledge(text, holes=((text.index("welcomed"), text.index(" from")),)) is None


def test_a_pledge_whose_content_is_all_quoted_claims_nothing_here() -> None:
    text = 'The club welcomed assurances from Corran Borough Council that "the pitch will be resurfaced by May".'
    assert _pledge(text, holes=((text.index('"'), text.rindex('"') + 1),)) is None


@pytest.mark.parametrize("giver", ["the Council", "Monday"])
def test_a_giver_that_names_no_party_claims_nothing(giver: str) -> None:
    assert _pledge(f"The club welcomed assurances from {giver} that the pitch would be resurfaced by May.") is None


# attribution/demonstrative_leads (48d): `These are:` after the sentence naming the body

def _owner(text: str) -> str | None:
    """The body a text's demonstrative lead-in points back to."""
    lead = text.index("These are:")
    return demonstrative_owner(text, (lead, lead + len("These are:")), Context(text=text))


@pytest.mark.parametrize(("text", "expected"), [
    # the lead-in's sentence before opens the text: no stop before it
    ("Marsh Federation is calling for five changes. These are:\n- more buses\n", "Marsh Federation"),
    # three sentences before it: the last one names the body
    ("Rain fell. Hail fell. The Tarn Society met on Monday. The Marsh Federation is calling for five changes. "
     "These are:\n- more buses\n", "Marsh Federation"),
    ("The Tarn Society met on Monday. Rain fell. The Marsh Federation is calling for five changes. "
     "These are:\n- more buses\n", "Marsh Federation"),
    # a comma in the items below the lead-in is no opener of the sentence before it
    ("The Marsh Federation is calling for five changes. These are:\n- more buses, trains and trams\n",
     "Marsh Federation"),
    # an opener naming another body, set off by its comma: the body after the comma
    ("Ahead of the Tarn Council budget, the Marsh Federation is calling for five changes. These are:\n- more buses\n",
     "Marsh Federation"),
    ("Ahead of the Tarn Council budget, and after the Tarn Society vote, the Marsh Federation is calling for five "
     "changes. These are:\n- more buses\n", "Marsh Federation"),
    # an inspectorate gives its priorities as a body does; a person's are not read here
    ("The Kelby Schools Inspectorate is calling for five changes. These are:\n- more buses\n",
     "Kelby Schools Inspectorate"),
    ("Jo Roe is calling for five changes. These are:\n- more buses\n", None),
    # nothing before the lead-in
    ("These are:\n- more buses\n", None),
])
def test_a_demonstrative_lead_in_points_back_to_the_body_before_it(text: str, expected: str | None) -> None:
    assert _owner(text) == expected


# attribution/verb_subjects (48d): the words before a sentence's first verb

@pytest.mark.parametrize(("text", "end", "expected"), [
    ("Jo Roe and Tom Hale of Arlen Trust", None, None),  # no verb at all
    ("Jo Roe and Tom Hale. They defended it.", 19, None),  # the verb after the end is not read
    ("defended the plan", None, None),  # a verb opening the words: no subject
    ("Jo Roe defended the plan", None, (0, 7)),
])
def test_the_subject_is_the_words_before_the_first_verb(text: str, end: int | None,
                                                        expected: tuple[int, int] | None) -> None:
    assert subject_span(text, 0, len(text) if end is None else end) == expected


def test_no_verb_no_subject_speaker() -> None:
    text = "Jo Roe and Tom Hale of Arlen Trust"
    assert subject_before_verb(text, 0, len(text), Context(text=text)) is None


# speakers/clauses.names_a_speaker (48e): an auxiliary after a closing `said` makes a clause, never a speaker

@pytest.mark.parametrize(("phrase", "expected"), [
    ("the company", True),
    ("Acme Water", True),
    ("the utility had not consulted Arlen", False),
    ("Acme had consulted Arlen", False),
    ("", False),
    ("the 4 councils", False),
    ("Jo Roe", True),
    ("the councils", True),
    ("the company in Arlen", True),  # the trailing place is no part of the speaker
    ("the operator (Acme)", True),
    ("the councillor for Ward X", True),
    ("the company chief yesterday", False),
    ("a spokesperson for the Harbour Board of Arlen", True),  # eight words
    ("a spokesperson for the Harbour Board of Arlen Town", False),  # nine: a clause
])
def test_the_words_after_a_closing_said(phrase: str, expected: bool) -> None:
    assert names_a_speaker(phrase) is expected


# attribution/continuation (48v): findings going on past a contrast

@pytest.mark.parametrize(("text", "expected"), [
    # `according to` a body: the contrast weighs its findings, which go on without it
    ("According to the Tarrow Institute, the clinic saw 300 patients in May. However, 40 were turned away.\n",
     [("Tarrow Institute", "organisation", "According to", "the clinic saw 300 patients in May"),
      ("Tarrow Institute", "organisation", "According to", "40 were turned away")]),
    # what a body's data shows, the same
    ("The Tarrow Institute's data shows the clinic saw 300 patients in May. However, 40 were turned away.\n",
     [("Tarrow Institute", "organisation", "shows", "the clinic saw 300 patients in May"),
      ("Tarrow Institute", "organisation", "shows", "40 were turned away")]),
    # `according to` a person: the contrast is the writer's
    ("According to Jo Roe, the clinic saw 300 patients in May. However, 40 were turned away.\n",
     [("Jo Roe", "person", "According to", "the clinic saw 300 patients in May")]),
])
def test_a_contrast_after_findings(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# speakers/voices (48): a titled person named after the voice role

@pytest.mark.parametrize(("text", "expected"), [
    ("Councillor Jo Roe's spokesperson said rents would rise by 4% in April.\n",
     [("roe's spokesperson", "unresolved", "rents would rise by 4% in April")]),
    ("Councillor Jo Roe opened the depot on Monday.\n\nArlen Council's Housing Spokesperson Councillor Jo Roe said "
     "rents would rise by 4% in April.\n",
     [("Jo Roe", "person", "rents would rise by 4% in April")]),
    ("Spokesperson Councillor Jo Roe said rents would rise by 4% in April.\n",
     [("Jo Roe", "person", "rents would rise by 4% in April")]),
])
def test_a_titled_person_after_the_voice_role(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# attribution/continuation (48v): the paragraph after `The data shows A` and a finding's next sentence

WAITS = ("Waiting times at Dunmere Hospitals NHS Trust rose again in October.\n\n"
         "The data, published on Thursday, shows 48,210 people were on the trust's waiting list at the end of October, "
         "up from 47,100 in September.\n\n")
WAITS_ROW = ("Dunmere Hospitals NHS Trust", "organisation",
             "48,210 people were on the trust's waiting list at the end of October, up from 47,100 in September")
_TRUST = "Dunmere Hospitals NHS Trust"


@pytest.mark.parametrize(("paragraph", "expected"), [
    # a figure sharing no word with the data, opening the paragraph on no part of its count: the writer's
    ("Just 300 beds were open last winter.\n", []),
    # a sentence with no figure after a part of the count stays the writer's, and breaks the run of figures
    ("Of those, 1,312 had waited longer than a year. The trust apologised.\n",
     [(_TRUST, "organisation", "Of those, 1,312 had waited longer than a year")]),
    # past it, a sentence of figures sharing a word with the part of the count (or the data) goes on
    ("Of those, 1,312 had waited longer than a year. The trust apologised. Another 212 people had waited longer "
     "than two years.\n",
     [(_TRUST, "organisation", "Of those, 1,312 had waited longer than a year"),
      (_TRUST, "organisation", "Another 212 people had waited longer than two years")]),
    ("Of those, 1,312 had waited longer than a year. The trust apologised. Another 212 had waited longer than two "
     "years.\n",
     [(_TRUST, "organisation", "Of those, 1,312 had waited longer than a year"),
      (_TRUST, "organisation", "Another 212 had waited longer than two years")]),
    # a sentence of figures ending on a colon leads in to what follows: no claim of its own
    ("Of those, 1,312 had waited longer than a year. The 212 longest waits were in two wards:\n",
     [(_TRUST, "organisation", "Of those, 1,312 had waited longer than a year")]),
    # a paragraph ending on no stop, its last word a capital X
    ("Of those, 1,312 were treated at Ward X\n", [(_TRUST, "organisation", "Of those, 1,312 were treated at Ward X")]),
])
def test_the_paragraph_after_the_data(paragraph: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(WAITS + paragraph) == [WAITS_ROW, *expected]


INSPECTION = ("The report by the Orlen Borders Inspectorate found that its hubs decided 83% of files in time, up from "
              "61% a year earlier. ")
INSPECTION_ROW = ("Orlen Borders Inspectorate", "inspectorate",
                  "its hubs decided 83% of files in time, up from 61% a year earlier")


@pytest.mark.parametrize(("after", "expected"), [
    # the writer's doubt later in the text stops no finding before it
    ("However, files waited 38 days.\n\nThe union's members were unclear on the timings.\n",
     [("Orlen Borders Inspectorate", "inspectorate", "files waited 38 days")]),
    # the writer's `It is not clear` is his, with or without a contrast before it
    ("It is not clear whether 83% is a fair measure of a hub's work.\n", []),
    ("That is not known for 83% of the hubs.\n", []),
])
def test_a_findings_next_sentence(after: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(INSPECTION + after) == [INSPECTION_ROW, *expected]


# attribution/blocks.attributed_spans: paragraphs that go on a speaker's words

_HEAD = "Harbour Gas restores supply\n\n"


def test_an_open_quotation_ends_at_its_closing_mark_inside_the_paragraph() -> None:
    text = (_HEAD + "Deputy Mayor Rangi Tauroa said: \u201cThe ferry carried 41,000 passengers in its first season.\n\n"
            "Fares have not risen since 2023.\u201d The ferry was built in Gdansk in 2019.\n")
    assert rows(text) == [("Rangi Tauroa", "person", "The ferry carried 41,000 passengers in its first season."),
                          ("Rangi Tauroa", "person", "Fares have not risen since 2023.")]


def test_unquoted_words_after_a_colon_cue_go_on_until_another_party_speaks() -> None:
    text = (_HEAD + "Jo Roe, chair of the Arlen Trust, said:\n\nWe cut waiting times by 4% this year.\n\n"
            "We also hired 30 new staff.\n\nThe trust said it would hire 12 more staff.\n")
    assert rows(text) == [("Jo Roe", "person", "We cut waiting times by 4% this year."),
                          ("Jo Roe", "person", "We also hired 30 new staff."),
                          ("Arlen Trust", "organisation", "it would hire 12 more staff")]


def test_a_quotation_with_no_cue_is_the_person_the_paragraph_before_introduced() -> None:
    text = (_HEAD + "Jo Roe joined the picket outside the Arlen depot on Monday.\n\n"
            "\u201cWe will not accept a 2% offer while prices rise by 6%.\u201d\n")
    assert rows(text) == [("Jo Roe", "person", "We will not accept a 2% offer while prices rise by 6%.")]


def test_a_statement_under_a_bodys_heading_is_the_bodys() -> None:
    text = ("Statement from the Arlen Water Board\n\nWe restored supply to 4,000 homes on Monday. Crews will stay in "
            "Tarn Road until Friday.\n")
    assert rows(text) == [("Arlen Water Board", "organisation", "We restored supply to 4,000 homes on Monday"),
                          ("Arlen Water Board", "organisation", "Crews will stay in Tarn Road until Friday")]
