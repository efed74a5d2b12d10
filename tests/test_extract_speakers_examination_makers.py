"""An examining document whose maker an aside names (wave 37c): `An independent evaluation of the scheme, carried out
by the X Centre, found`, `The review, conducted by the consultancy Y LLP, found`: the body that carried out the review
speaks for it, as `prepared by` makes it, and `the review` later is that body's; a survey or a poll `carried out by` a
polling firm stays the commissioning body's. Each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
from __future__ import annotations

import pytest

from claims.extract.speakers.examination_makers import MAKER_RE, PARTICIPLE_BY_RE, examination_makers
from extract_rows import rows

OPENING = "The Brackwell Youth Trust said on Monday that it had opened two more clubs in Dunmore.\n\n"
OPENING_ROW = ("Brackwell Youth Trust", "organisation", "it had opened two more clubs in Dunmore")


@pytest.mark.parametrize(("text", "expected"), [
    (OPENING + "An independent evaluation of its mentoring scheme, carried out by the Orrin Centre for Policy "
     "Research, found that 60 per cent of mentees stayed in school. The evaluation also found that 40 per cent went on "
     "to college.\n",
     [OPENING_ROW,
      ("Orrin Centre for Policy Research", "organisation", "60 per cent of mentees stayed in school"),
      ("Orrin Centre for Policy Research", "organisation", "40 per cent went on to college")]),
    (OPENING + "The review, conducted by the risk consultancy Pellow Hart LLP, found that the trust's minibus had "
     "missed two safety checks.\n\nKey findings of the review:\n- 14 volunteers had no current vetting; and\n"
     "- the trust's accounts were filed nine days late.\n",
     [OPENING_ROW,
      ("Pellow Hart LLP", "organisation", "the trust's minibus had missed two safety checks"),
      ("Pellow Hart LLP", "organisation", "14 volunteers had no current vetting"),
      ("Pellow Hart LLP", "organisation", "the trust's accounts were filed nine days late")]),
    (OPENING + "An independent audit of the club fund, undertaken by Garrick Lane Consulting and published in June, "
     "found that £12,000 had been spent on repairs.\n",
     [OPENING_ROW,
      ("Garrick Lane Consulting", "organisation", "£12,000 had been spent on repairs")]),
])
def test_the_body_that_carried_out_the_review_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_a_survey_carried_out_by_a_polling_firm_is_the_firms() -> None:
    """Wave 54a: the maker named with a survey speaks, as for a review (`polling` a body's head word since then)."""
    text = OPENING + "A survey of 300 parents, carried out by Orrin Polling, found that 71% backed longer hours.\n"
    assert rows(text) == [OPENING_ROW, ("Orrin Polling", "organisation", "71% backed longer hours")]


def test_a_survey_the_body_ran_itself_stays_its_own_beside_a_review_another_carried_out() -> None:
    text = (OPENING + "A survey of 300 parents that we ran in May found that 71% backed longer hours.\n\n"
            "An independent evaluation, carried out by the Orrin Centre for Policy Research, found that 60 per cent "
            "of mentees stayed in school.\n")
    assert rows(text) == [
        OPENING_ROW, ("Brackwell Youth Trust", "organisation", "71% backed longer hours"),
        ("Orrin Centre for Policy Research", "organisation", "60 per cent of mentees stayed in school")]


@pytest.mark.parametrize(("text", "expected"), [
    ("An independent evaluation of the scheme, carried out by the Orrin Centre, found that most stayed.",
     {"evaluation": "Orrin Centre"}),
    ("The review, conducted by the risk consultancy Pellow Hart LLP, found that checks were missed.",
     {"review": "Pellow Hart LLP"}),
    ("An audit of the fund, undertaken by Garrick Lane Consulting and published in June, found that it grew.",
     {"audit": "Garrick Lane Consulting"}),
    ("An inspection carried out by the Orrin Centre found that the rooms were cold.", {"inspection": "Orrin Centre"}),
    ("A survey of 300 parents, carried out by Orrin Polling, found that 71% agreed.", {}),
    ("The review, carried out by the trust's own staff, found that checks were missed.", {}),
    ("The review, carried out by Jo Pellow, found that checks were missed.", {}),
    ("The review was published in May. Work carried out by Pellow Hart LLP found that checks were missed.", {}),
])
def test_examination_makers(text: str, expected: dict[str, str]) -> None:
    assert {noun: mention.name for noun, mention in examination_makers(text).items()} == expected



@pytest.mark.parametrize(("text", "expected"), [
    ("The review, written by Pellow Hart LLP, found that checks were missed.", ([], None)),
    ("An audit of the fund,\tcarried out\tby\tGarrick Lane Consulting, found that it grew.",
     (["audit of the fund,\tcarried out\tby\tGarrick Lane Consulting"], "carried out\tby\t")),
    ("Conducted by Orrin Polling, the review found that checks were missed.", ([], "Conducted by ")),
])
def test_every_maker_holds_its_participle_and_by(text: str, expected: tuple[list[str], str | None]) -> None:
    found = PARTICIPLE_BY_RE.search(text)
    assert ([m.group() for m in MAKER_RE.finditer(text)], found.group() if found else None) == expected

# The people of that work called bare (`The evaluators also found`, `The reviewers found`): the body that carried it
# out, when the text names one for that work; else the words, unresolved, as before.
@pytest.mark.parametrize(("text", "expected"), [
    (OPENING + "An independent evaluation of its mentoring scheme, carried out by the Orrin Centre for Policy "
     "Research, found that 60 per cent of mentees stayed in school. The evaluators also found that 40 per cent went on "
     "to college.\n",
     [OPENING_ROW,
      ("Orrin Centre for Policy Research", "organisation", "60 per cent of mentees stayed in school"),
      ("Orrin Centre for Policy Research", "organisation", "40 per cent went on to college")]),
    (OPENING + "The review, conducted by the risk consultancy Pellow Hart LLP, found that the minibus had missed two "
     "safety checks.\n\nThe reviewers found that 14 volunteers had no current vetting.\n",
     [OPENING_ROW,
      ("Pellow Hart LLP", "organisation", "the minibus had missed two safety checks"),
      ("Pellow Hart LLP", "organisation", "14 volunteers had no current vetting")]),
    (OPENING + "An independent review found that the minibus had missed two safety checks. The reviewers found that 14 "
     "volunteers had no current vetting.\n",
     [OPENING_ROW,
      ("independent review", "document", "the minibus had missed two safety checks"),
      ("The reviewers", "unresolved", "14 volunteers had no current vetting")]),
])
def test_the_people_of_the_work_are_the_body_that_carried_it_out(text: str,
                                                                  expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A state watchdog has criticised the water authority. Inspectors found that the authority had not tested its "
     "meters for six years.\n\nThe findings come from an evaluation conducted by the Kessock Oversight Board.\n\n"
     "The Office of the Inspector General of the authority had not carried out an audit since 2018, the evaluation "
     "found.\n",
     [("Kessock Oversight Board", "inspectorate", "the authority had not tested its meters for six years"),
      ("Kessock Oversight Board", "inspectorate",
       "The Office of the Inspector General of the authority had not carried out an audit since 2018")]),
    ("Inspectors found that the depot had lost 40 buses.\n\nAn audit carried out by the Kessock Oversight Board was "
     "published in May. A review conducted by the Brantley Transport Trust followed in June.\n",
     [("inspectors", "inspectorate", "the depot had lost 40 buses")]),
])
def test_bare_inspectors_are_the_one_body_that_carried_out_the_work(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    """Wave 54e: the body an evaluation was `conducted by` examined, never an office only called so (`Office of the
    Inspector General of X`, which the evaluation examined); two such bodies leave `inspectors` as they are."""
    assert rows(text) == expected
