"""A regulator's work or powers as a sign of its kind (wave 67k, speakers/regulating_work). Each case is a short text
written for this test in our own words about invented parties, and the whole table it must give as (speaker,
speaker_kind, cue, quote) rows, in text order; and the places where the sign must not be read."""
from __future__ import annotations

import pytest

from claims.extract.speakers.regulating_work import shows_regulating_work
from tests.extract_rows import cued_rows


# A body whose name says nothing of regulating, shown owning examining work, handing out sanctions or holding a
# regulator's powers, is an inspectorate; the same body shown doing none is an organisation, and a council's
# inspection or a firm's own fine says nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Ravelston Board published its report on Marrow House today.\n\nThe Ravelston Board's inspection of the "
     "home found that medicines were stored unsafely. The Ravelston Board said staffing had improved since March.\n",
     [("Ravelston Board", "inspectorate", "found that", "medicines were stored unsafely"),
      ("Ravelston Board", "inspectorate", "said", "staffing had improved since March")]),
    ("The Ravelston Board published its report on Marrow House today.\n\nThe Ravelston Board said staffing had "
     "improved since March.\n",
     [("Ravelston Board", "organisation", "said", "staffing had improved since March")]),
    ("Tessmore Finance Body today released its ongoing enforcement priorities for the year.\n\nTessmore Finance Body "
     "said it had banned 14 advisers since the spring.\n",
     [("Tessmore Finance Body", "inspectorate", "said", "it had banned 14 advisers since the spring")]),
    ("Harbour Markets Body fine against a council overturned\n\nA £90,000 fine against Corrin Council has been "
     "overturned.\n\nHarbour Markets Body (HMB) holds the power to fine firms up to £400,000.\n\nThe HMB said it "
     "was dismayed by the verdict.\n",
     [("Harbour Markets Body", "inspectorate", "said", "it was dismayed by the verdict")]),
    ("More than 70% of the fines handed out by the Wexmoor Rivers Body went to water firms last year.\n\nThe Wexmoor "
     "Rivers Body said 41 firms had been fined in 2025.\n",
     [("Wexmoor Rivers Body", "inspectorate", "said", "41 firms had been fined in 2025")]),
    ("Corrin Water said its fine had been paid in full.\n\nCorrin Water's inspection of its reservoir found no "
     "damage, it said.\n",
     [("Corrin Water", "organisation", "said", "its fine had been paid in full"),
      ("Corrin Water", "organisation", "found", "found no damage, it said")]),
    ("Corrin Council's inspection of the market found 12 faults. Corrin Council said traders had a month to fix "
     "them.\n",
     [("Corrin Council", "organisation", "found", "found 12 faults"),
      ("Corrin Council", "organisation", "said", "traders had a month to fix them")]),
])
def test_regulating_work_rows(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ravelston Board's inspection of the home", "Ravelston Board", True),
    ("Ravelston Board\u2019s annual enforcement report", "Ravelston Board", True),
    ("Ravelston Board has now issued the results of its ward inspection", "Ravelston Board", True),
    ("Ravelston Board fine against a council", "Ravelston Board", True),
    ("Ravelston Board's penalties on two firms", "Ravelston Board", True),
    ("Ravelston Board was given new powers to inspect any site", "Ravelston Board", True),
    ("penalties imposed by the Ravelston Board", "Ravelston Board", True),
    ("Ravelston Board's fine was paid", "Ravelston Board", False),
    ("Ravelston Board's inspection of its own depot", "Ravelston Board", False),
    ("Ravelston Board has the power to borrow", "Ravelston Board", False),
    ("a fine by the Ravelston Board", "Ravelston Board", False),
])
def test_shows_regulating_work(text: str, name: str, expected: bool) -> None:
    start = text.index(name)
    assert shows_regulating_work(text, start, start + len(name)) is expected


def test_a_sanction_handed_out_reads_a_few_words_back_from_the_name() -> None:
    """Round 68m: the window before the name holds `penalties imposed last year by the `."""
    text = "penalties imposed last year by the Ravelston Board"
    start = text.index("Ravelston Board")
    assert shows_regulating_work(text, start, start + len("Ravelston Board")) is True


def test_powers_alone_are_a_sign() -> None:
    """Round 68m: a text whose one sign is the powers a body was given (no work's noun, no sanction)."""
    text = ("Tessmore Finance Body was given new powers to inspect any adviser.\n\n"
            "Tessmore Finance Body said it had banned 14 advisers since the spring.\n")
    assert cued_rows(text) == [
        ("Tessmore Finance Body", "inspectorate", "said", "it had banned 14 advisers since the spring")]
