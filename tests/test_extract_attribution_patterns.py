"""The cue patterns every pass reads (`claims.extract.attribution.patterns`): the cue after a quotation."""
from __future__ import annotations

import pytest

from claims.extract.attribution.patterns import (ACCORDING_RE, INVERTED_ASIDE_RE, SPEECH_AFTER_RE, SPEECH_VERB_RE,
                                               TRAILING_RE)
from extract_rows import cued_rows, rows


@pytest.mark.parametrize("after, expected", [
    (", she told MPs.", ("she", None, "told")),
    (", the report concluded.", ("the report", None, "concluded")),
    (", said Jo Roe.", (None, "Jo Roe", "said")),
    (", concluded Jo Roe.", (None, "Jo Roe", "concluded")),
    (", said Maj. Jo Roe.", (None, "Maj. Jo Roe", "said")),       # wave 53e: every rank of `dotted_titles.txt`
    (", said Lt. Col. Jo Roe.", (None, "Lt. Col. Jo Roe", "said")),
    (", said Atty. Jo Roe.", (None, "Atty. Jo Roe", "said")),
    (", told Jo Roe.", None),          # `told` only after its speaker
    (", she found.", None),            # a finding is no speech
])
def test_the_cue_after_a_quotation(after: str, expected: tuple[str | None, str | None, str] | None) -> None:
    found = SPEECH_AFTER_RE.match(after)
    verb = SPEECH_VERB_RE.search(found.group()) if found else None
    assert ((found.group("who"), found.group("who_after"), verb.group()) if found and verb else None) == expected


# Wave 31a: `agreed with` a count of recommendations is a response that keeps its verb (`the trust agreed with four of
# the recommendations`); `agreed with` a party (`agreed with the bank to repay`), a plan `agreed with the company` and
# `agreed that` (a decision as often as a concession: `The trustees agreed that the shops should stay open`, wave 11)
# report nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbour Trust runs the marina.\n\n"
     "In its written response, the trust agreed with four of the recommendations.\n",
     [("Harbour Trust", "organisation", "agreed with", "agreed with four of the recommendations")]),
    ("The Harbour Trust runs the marina.\n\nThe trust agreed with all six recommendations.\n",
     [("Harbour Trust", "organisation", "agreed with", "agreed with all six recommendations")]),
])
def test_agreement_as_a_cue(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text", [
    "The Harbour Trust runs the marina.\n\nThe trust agreed with the bank to repay its loan by 2030.\n",
    "The Harbour Trust runs the marina.\n\nA repair plan agreed with the council runs to 2031.\n",
    "The Harbour Trust runs the marina.\n\nIt was agreed that the board would meet again in May.\n",
])
def test_agreement_that_reports_nothing(text: str) -> None:
    assert cued_rows(text) == []


# A ministry's name that lists its remit after a comma (wave 31c): `according to` took the source up to its first
# comma, and `Department for Environment` spoke for `Department for Environment, Food and Rural Affairs` (p924,
# p945: two authors; the remit after a post's head in p1187, p953, p1190).
@pytest.mark.parametrize("sentence, expected", [
    ("According to the Department for Energy, Water and Coastal Affairs, 300 farms closed.",
     "the Department for Energy, Water and Coastal Affairs"),
    ("According to the Ministry of Roads, Ports and Regional Growth's monthly release:",
     "the Ministry of Roads, Ports and Regional Growth's monthly release"),
    ("According to figures published by the Department of Trade, Tourism and Enterprise (DTTE), under the deal:",
     "figures published by the Department of Trade, Tourism and Enterprise (DTTE)"),
    ("According to the Department of Health, 40 wards closed.", "the Department of Health"),
    ("According to the council, Parks and Leisure staff cut 40 trees.", "the council"),
])
def test_according_to_reads_a_ministrys_remit_whole(sentence: str, expected: str) -> None:
    found = ACCORDING_RE.search(sentence)
    assert found is not None and found.group("who") == expected


# Wave 53e: a thousands comma or a decimal point inside a figure ends no source (`a survey of 2,276 carers published
# today by X`: the source had ended at `2,` and `276 carers published today by X` came out as a claim; p1109, p815).
@pytest.mark.parametrize("sentence, expected", [
    ("Carers owed £4,120 each, according to a survey of 2,276 carers published today by the X Trust.",
     "a survey of 2,276 carers published today by the X Trust"),
    ("Fees rose, according to a poll of 1.5 thousand parents, 300 of them in Kent.", "a poll of 1.5 thousand parents"),
    ("Fees rose 4%, according to the X Trust, 2,000 of whose members replied.", "the X Trust"),
])
def test_according_to_reads_a_figure_in_its_source_whole(sentence: str, expected: str) -> None:
    found = ACCORDING_RE.search(sentence)
    assert found is not None and found.group("who") == expected


def test_a_claim_before_according_to_a_survey_of_thousands_is_kept_whole() -> None:
    text = "Carers owed an average of £4,120 each, according to a survey of 2,276 carers published by the Ash Trust.\n"
    assert cued_rows(text) == [("Ash Trust", "organisation", "according to", "Carers owed an average of £4,120 each")]


@pytest.mark.parametrize("text, expected", [
    ("According to the Department for Energy, Water and Coastal Affairs, 300 farms closed last year.\n",
     [("Department for Energy, Water and Coastal Affairs", "organisation", "300 farms closed last year")]),
    ("Bridges are ageing fast. According to the Ministry of Roads, Ports and Regional Growth's monthly release:\n\n"
     "- 4,100 bridges needed repairs in March\n"
     "- 2,300 roads were closed for works\n",
     [("Ministry of Roads, Ports and Regional Growth", "organisation", "4,100 bridges needed repairs in March"),
      ("Ministry of Roads, Ports and Regional Growth", "organisation", "2,300 roads were closed for works")]),
    ("Ministers agreed the deal on Friday.\n\nAccording to figures published by the Department of Trade, Tourism and "
     "Enterprise (DTTE), under the deal:\n\n- the hotel levy rises by 21%\n- the port tax falls by 14%\n",
     [("Department of Trade, Tourism and Enterprise", "organisation", "the hotel levy rises by 21%"),
      ("Department of Trade, Tourism and Enterprise", "organisation", "the port tax falls by 14%")]),
])
def test_a_ministry_named_with_its_remit_is_the_source_whole(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Wave 31g: a confirmation in a modal or a feeling (`X can confirm that A`, `X is pleased to confirm that A`) reports
# A as X's claim, the cue dropped; a negation (`could not confirm`, `cannot confirm`), a confirmation to come (`will
# confirm`), a request (`asked it to confirm that`) and a purpose (`checks to confirm that`) report nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("Harlow Vale Rowing Club can confirm that its head coach, Dan Pike, has left the club.\n",
     [("Harlow Vale Rowing Club", "organisation", "can confirm that", "its head coach, Dan Pike, has left the club")]),
    ("The Fernmoor Schools Trust is pleased to confirm that Brook Lane School will join the trust in May.\n",
     [("Fernmoor Schools Trust", "organisation", "is pleased to confirm that",
       "Brook Lane School will join the trust in May")]),
    ("The Fernmoor Schools Trust is sad to confirm that its music centre will close in June.\n",
     [("Fernmoor Schools Trust", "organisation", "is sad to confirm that", "its music centre will close in June")]),
])
def test_confirmation_as_a_cue(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text", [
    "Harlow Vale Rowing Club could not confirm whether its boathouse had flooded.\n",
    "Harlow Vale Rowing Club cannot confirm that its boathouse will reopen in May.\n",
    "Harlow Vale Rowing Club will confirm the timetable for the new season next week.\n",
    "The Fernmoor Schools Trust asked every school to confirm that its pupils had been told.\n",
    "Inspectors will carry out checks to confirm that the boathouse has been repaired.\n",
])
def test_confirmation_that_reports_nothing(text: str) -> None:
    assert cued_rows(text) == []


def test_a_first_persons_confirmation_is_left_to_the_first_person_rules() -> None:
    text = ("Written statement: river crossings\n\nMade on: 2 June 2027\n\n"
            "The Ferry Safety Board estimates that 90 slipways need repair.\n\n"
            "I can confirm that the Government has funded 30 repairs this year. The funding available includes:\n\n"
            "- a grant of 4,000 for each slipway on a ferry route;\n- a grant of 2,000 for each other slipway.\n")
    assert [row[:3] for row in cued_rows(text)] == [
        ("Ferry Safety Board", "inspectorate", "estimates that"),
        ("Ferry Safety Board", "inspectorate", "issued the release"),
        ("Ferry Safety Board", "inspectorate", "includes:"),
        ("Ferry Safety Board", "inspectorate", "includes:")]


# Wave 52s: the inverted aside opens on its comma (the engine skips to commas), the letter, digit or `%` before the
# comma read behind it, even when that character stands before the range searched; nothing else before a comma will do.
@pytest.mark.parametrize("text, start, expected", [
    ("The rise, said Ama Lind, director of Orlen Trust, is due to rents.", 0, ((8, 50), "Ama Lind")),
    ("Waits of 14%, said Ama Lind, are too long.", 0, ((12, 29), "Ama Lind")),
    ("The rise, said Ama Lind, is due to rents.", 8, ((8, 25), "Ama Lind")),
    ("The rise), said Ama Lind, is due to rents.", 0, None),
    ("The rise , said Ama Lind, is due to rents.", 0, None),
])
def test_the_inverted_aside(text: str, start: int, expected: tuple[tuple[int, int], str] | None) -> None:
    found = INVERTED_ASIDE_RE.search(text, start, len(text))
    assert (found and (found.span(), found.group("who"))) == expected


# Wave 53e: a quotation closed by `said` and a rank written short from `data/dotted_titles.txt` (`Maj.`, `Cpl.`,
# `Atty.`), not only the fourteen titles the pattern once listed, is that person's, not the last speaker's.
def test_a_quotation_closed_by_a_short_rank_is_the_ranked_persons() -> None:
    text = ("Three deputies tested positive, officials said Tuesday.\n\n"
            "\u201cTwo of them caught it at home,\u201d said Maj. Eric Flowers, the agency's spokesman.\n")
    assert cued_rows(text) == [
        ("officials", "unresolved", "said", "Three deputies tested positive"),
        ("Eric Flowers", "person", "said", "Two of them caught it at home"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("In a statement to Radio Tarn the ministry acknowledges waiting times are slightly up in some areas.\n",
     [("the ministry", "unresolved", "waiting times are slightly up in some areas")]),
    ("In an email to the Daleham Echo the council said 40 jobs would go.\n",
     [("the council", "unresolved", "40 jobs would go")]),
    ("In a statement on Tuesday the council said 40 jobs would go.\n",
     [("the council", "unresolved", "40 jobs would go")]),
])
def test_an_outlet_a_statement_went_to_is_never_its_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Wave 54e: `In a statement to News1130 the province acknowledges`, no comma: the outlet only received it."""
    assert rows(text) == expected


@pytest.mark.parametrize(("after", "trailing"), [
    (" this week.", True),
    (" last month.", True),
    (" this morning, as the figures came out.", True),
    (" in a statement.", True),
    (" this newspaper.", True),  # the outlet told
    (" this pattern did not last.", False),  # `this` opens the claim's subject (wave 66g)
    (" this approach had cost more than it saved.", False),
    (" last year's overspend was the first in a decade.", False),  # a time's possessive: the subject
    (" this yearly rise is the largest on record.", False),  # a longer word opening on a time's noun (round 66n)
    (" this semester.", True),  # every period's noun (wave 67g, `data/trailing_periods.txt`)
    (" last term.", True),
    (" this season.", True),
    (" last session.", True),
    (" this decade.", True),
    (" last Christmas.", True),
    (" last March.", True),  # a month
    (" last Tuesday.", True),  # a day
    (" this financial year.", True),  # a period's modifiers (`data/trailing_period_modifiers.txt`)
    (" this past academic year.", True),
    (" last fall semester, as enrolment rose.", True),
    (" last fall.", True),  # `fall` as the period only where the phrase ends
    (" this fall in prices was the steepest since 2009.", False),
    (" this may be the last chance.", False),  # `may` is no month after `this`
    (" this seasonal pattern did not last.", False),
])
def test_this_or_last_trails_a_cue_only_before_a_times_noun(after: str, trailing: bool) -> None:
    assert (TRAILING_RE.fullmatch(after) is not None) == trailing


def test_a_claim_opening_on_this_and_a_noun_is_the_cues_claim() -> None:
    text = ("The Corrin Audit Office has published its yearly summary.\n\nWhile some progress had been made in 2029, the "
            "audit office observes that this pattern did not last.\n")
    assert rows(text) == [("Corrin Audit Office", "inspectorate", "this pattern did not last")]
    # before: `While some progress had been made in 2029`, the words before the subject, as after `said this week`



@pytest.mark.parametrize("when", ["this semester", "last term", "this season", "last fiscal year", "this past spring",
                                  "last Easter"])
def test_a_claim_before_its_cue_dated_by_any_period_is_the_cues(when: str) -> None:
    """Wave 67g: a period after a cue that follows its claim trails the cue, whatever the period's noun."""
    text = f"Enrolment at the college rose by 12 per cent, Wenlow College announced {when}.\n"
    assert rows(text) == [("Wenlow College", "organisation", "Enrolment at the college rose by 12 per cent")]
