"""What a body does to others as an examiner or a judge of their cases (wave 34e, speakers/examining_work, read by
speakers/regulator_signs): its standing work in the present (`X audits the council's accounts`, `X, which investigates
complaints about ...`, `X is the body that scrutinises ...`), or its ruling on another party's complaint or appeal (`X
has upheld a complaint by ...`, `X dismissed an appeal by ...`), makes a body read as an organisation an inspectorate,
whatever its name's words. Each case is a short text written for this test in our own words about invented parties,
and the whole table it must give as (speaker, speaker_kind, cue, quote) rows; and the shapes where the kind must stay
as it was."""
from __future__ import annotations

import pytest

from claims.extract.speakers.examining_work import examines_others
from extract_rows import cued_rows


# Its standing work, in the present, examines others: after its name, after `, which`, or in what the text says it is.
@pytest.mark.parametrize(("text", "expected"), [
    ("Carrow Lane Partners, which audits the borough's accounts, said the borough had overspent by £4m.\n",
     [("Carrow Lane Partners", "inspectorate", "said", "the borough had overspent by £4m")]),
    ("The Office of the Tarn Comptroller said 9 of 31 agencies kept no asset records.\n\nAbout us\nThe Office of the"
     " Tarn Comptroller is an independently elected office that audits every state agency.\n",
     [("Office of the Tarn Comptroller", "inspectorate", "said", "9 of 31 agencies kept no asset records")]),
    ("The Pellmoor Tariffs Unit found that imported kettles were sold 30% below cost.\n\nNotes to editors\nThe Pellmoor"
     " Tariffs Unit is the national body that investigates whether imports are dumped.\n",
     [("Pellmoor Tariffs Unit", "inspectorate", "found that", "imported kettles were sold 30% below cost")]),
    ("The Marden Spending Office said 14 schools had no fire plan.\n\nThe Marden Spending Office scrutinises public"
     " spending for the assembly.\n",
     [("Marden Spending Office", "inspectorate", "said", "14 schools had no fire plan")]),
])
def test_body_whose_work_examines_others_is_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) \
        -> None:
    assert cued_rows(text) == expected


# It rules on another party's complaint or appeal, its name the verb's subject.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Tarn Newspaper Board has upheld a complaint by a reader against the Tarn Echo. The Tarn Newspaper Board said"
     " the paper had printed the wrong figure twice.\n",
     [("Tarn Newspaper Board", "inspectorate", "said", "the paper had printed the wrong figure twice")]),
    ("The Kelbrook Disputes Panel dismissed an appeal by Acorn Rovers. The Kelbrook Disputes Panel said the club had"
     " fielded two unregistered players.\n",
     [("Kelbrook Disputes Panel", "inspectorate", "said", "the club had fielded two unregistered players")]),
    ("The Marden Listeners' Forum upheld in part two complaints about the breakfast show. The forum said one caller had"
     " been cut off.\n",
     [("Marden Listeners' Forum", "inspectorate", "said", "one caller had been cut off")]),
])
def test_body_that_rules_on_others_cases_is_an_inspectorate(text: str, expected: list[tuple[str, str, str, str]]) \
        -> None:
    assert cued_rows(text) == expected


# Must not move: a council or a police force that investigates, a court that dismisses an appeal, a firm that audits
# its own stock or investigates its own breach in the past, a body that makes a complaint, a person.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kelbrook Borough Council investigates complaints about noise. Kelbrook Borough Council said 40 had been made.\n",
     [("Kelbrook Borough Council", "organisation", "said", "40 had been made")]),
    ("Tarn Crown Court dismissed an appeal by Holm Ltd. Holm Ltd said it would pay the fine.\n",
     [("Holm Ltd", "organisation", "said", "it would pay the fine")]),
    ("Harbour Foods lodged a complaint with the council. Harbour Foods said the road had been shut for a week.\n",
     [("Harbour Foods", "organisation", "said", "the road had been shut for a week")]),
    ("Harbour Foods investigated the breach last year. Harbour Foods said 900 records had been copied.\n",
     [("Harbour Foods", "organisation", "said", "900 records had been copied")]),
])
def test_other_bodies_keep_their_kind(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("after", "expected"), [
    (" audits the borough's accounts.", True),
    (", which audits the borough's accounts,", True),
    (" (TLP), which also investigates complaints about councils.", True),
    (" is an independently elected office that audits every agency.", True),
    (" is the national body which investigates whether imports are dumped.", True),
    (" has upheld a complaint by a reader.", True),
    (" on Tuesday dismissed an appeal by Acorn Rovers.", True),
    (" upheld in part two complaints about the show.", True),
    (" rejected three of the complaints.", True),
    (" investigated the breach last year.", False),  # its own matter, in the past: no standing work
    (" lodged a complaint with the council.", False),
    (" upheld its dividend.", False),
    (" is the largest firm that audits charities in Tarn and more.", True),
    (" is a supplier to the firm that audits us.", False),  # another body does the work
    (" said so.", False),
    ("", False),
])
def test_examines_others(after: str, expected: bool) -> None:
    assert examines_others("Tarn Lane Partners" + after, len("Tarn Lane Partners")) is expected
