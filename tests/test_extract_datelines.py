"""Datelines (claims/extract/datelines.py): the place a news text was filed from never speaks nor opens a claim."""
import pytest

from claims.extract.datelines import colon_dateline, date_stamp_end, dated_colon_dateline, dateline_end, \
    place_dateline_end
from extract_rows import cued_rows

HEADLINE = "Ferry fares to rise again\n\nBy Jo Roe, transport reporter\n\n"
"""A headline and a byline before a news lead."""


# wave 34j: a place in capitals, maybe its region after a comma, and a colon, opening the lead paragraph after a
# headline (`CANBERRA: More than ...`, `GOULBURN, NSW: A ...`) is the dateline: the place is no body that `the
# commission` or `the company` then means, and no part of the claim.
@pytest.mark.parametrize(("text", "expected"), [
    (HEADLINE + "HARLOW BAY: Westwater Ferries will raise its fares by 8% from May, the company said on Monday.\n",
     [("Westwater Ferries", "organisation", "said", "Westwater Ferries will raise its fares by 8% from May")]),
    (HEADLINE + "TARNBY, NSW: A new quarry near Tarnby has been approved by the state's planning commission.\n\n"
     "In its decision, the commission found that the quarry's benefits \"outweigh\" its harms.\n",
     [("the state's planning commission", "organisation", "found that",
       "the quarry's benefits \"outweigh\" its harms")]),  # wave 35c: the lead's description, never the place
    (HEADLINE + "KELLAND, Northern Territory: A cattle station will close, the Brindle Cattle Company said.\n",
     [("Brindle Cattle Company", "organisation", "said", "A cattle station will close")]),
])
def test_place_in_capitals_before_a_colon_never_speaks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (HEADLINE + "HARLOW BAY: Westwater Ferries will raise its fares by 8% from May.\n", (len(HEADLINE), len(HEADLINE) + 12)),
    (HEADLINE + "TARNBY, NSW: A new quarry has been approved.\n", (len(HEADLINE), len(HEADLINE) + 13)),
])
def test_colon_dateline_span(text: str, expected: tuple[int, int]) -> None:
    assert colon_dateline(text) == expected


# Must not fire: a label on the text's first line (`LIVE:`), a label after the lead's first sentence (`PHOTO:`), a
# header's word (`UPDATE:`), a headline in capitals (`SEWAGE SHAME:`), a body's letters that recur (`MAIB:`), an
# interview's initials (`JR:`) and a label with no sentence after it (`MEDIA CONTACT: Jo Roe, 0161 555 0100`).
@pytest.mark.parametrize("text", [
    "LIVE: Ferry strike enters second day\n\nWestwater Ferries said 40 sailings had been cancelled.\n",
    HEADLINE + "Westwater Ferries said fares would rise.\n\nPHOTO: A ferry leaves Harlow Bay on Monday.\n",
    "Harbour newsroom\n\nUPDATE: Crews have restored power to 900 homes, the council said.\n",
    "SEWAGE SHAME: Raw waste poured into Tarn Beck for 900 hours\n\nBy Jo Roe\n\nA water firm said it was sorry.\n",
    "Ferry report published\n\nMAIB: The engine failed twice, the report found.\n\nThe MAIB said the crew was tired.\n",
    "Housing chief interview\n\nJR: We will build 400 homes this year.\n\nJR: The waiting list is 2,000 long.\n",
    "FOR IMMEDIATE RELEASE\n\nMEDIA CONTACT: Jo Roe, 0161 555 0100\n\nWestwater Ferries said fares would rise.\n",
])
def test_label_before_a_colon_is_no_dateline(text: str) -> None:
    assert colon_dateline(text) is None


# Must not fire: a body's letters that recur before a colon keep speaking, as before.
def test_recurring_letters_before_a_colon_still_speak() -> None:
    text = ("Ferry report published\n\nMAIB: The engine failed twice, the report found.\n\n"
            "The MAIB said the crew had not slept.\n")
    assert cued_rows(text)[-1] == ("MAIB", "organisation", "said", "the crew had not slept")


# wave 46a: wire copy joins the place in capitals to the lead with a long dash and no spaces (`PLACE\u2014A minister
# said ...`, `PLACE\u2013Officials ...`): the place is a dateline, never a body (a spaced dash before `A` as before).
@pytest.mark.parametrize(("text", "expected"), [
    (HEADLINE + "KESTON\u2014A port official said on Monday that 40 ships had docked in the week.\n",
     [("A port official", "unresolved", "said on Monday that", "40 ships had docked in the week")]),
    (HEADLINE + "LOWMOOR\u2013Marrow Ferries said 12 crossings were cancelled because of the storm.\n",
     [("Marrow Ferries", "organisation", "said", "12 crossings were cancelled because of the storm")]),
    (HEADLINE + "PELLAN BAY \u2014 A harbour board report found that 9 berths were unsafe.\n",
     [("harbour board report", "document", "found that", "9 berths were unsafe")]),
])
def test_place_joined_by_a_long_dash_never_speaks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# wave 59t: a page's date, maybe labelled (`Published date`) and timed, saved on the lead's own line
# (`2031-05-03 Brindle Water cut ...`) is the page's, no part of the claim; a dated title keeps its date.
@pytest.mark.parametrize(("text", "expected"), [
    ("Leakage falls again\n\n2031-05-03 Brindle Water cut leakage by 9% last year, the company said.\n",
     [("Brindle Water", "organisation", "said", "Brindle Water cut leakage by 9% last year")]),
    ("Leakage falls again\n\n date 2031-05-03 Leakage fell by 9% last year, according to Brindle Water.\n",
     [("Brindle Water", "organisation", "according to", "Leakage fell by 9% last year")]),
    ("Leakage falls again\n\n3 May 2031 10:04 AM Leakage fell by 9% last year, Brindle Water said.\n",
     [("Brindle Water", "organisation", "said", "Leakage fell by 9% last year")]),
])
def test_date_run_into_the_lead_is_no_part_of_the_claim(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("2031-05-03 Brindle Water cut leakage.\n", 0, 11),
    ("Intro\n  Published: 3 May 2031 Brindle Water cut leakage.\n", 6, 30),
    ("May 3, 2031 A pipe burst.\n", 0, 12),
    ("3 May 2031 Annual Report\n\nBrindle Water cut leakage.\n", 0, None),  # a dated title: no sentence on its line
    ("Leakage fell, 2031-05-03 Brindle Water said.\n", 14, None),  # inside a line
    ("On 3 May 2031 Brindle Water cut leakage.\n", 0, None),
    # 60m: the spaces before the date, back to the text's start or the line's, one at a time; no line break at the end
    (" 2031-05-03 Brindle Water cut leakage.", 1, 12),
    ("Intro\n 2031-05-03 Brindle Water cut leakage.", 7, 18),
    ("X 2031-05-03 Brindle Water cut leakage.", 2, None),  # a word before it on its line
    ("X2031-05-03 Brindle Water cut leakage.", 1, None),
    ("2031-05-03 Brindle Water cut leakage.", 0, 11),
])
def test_date_stamp_end(text: str, start: int, expected: int | None) -> None:
    assert date_stamp_end(text, start, len(text)) == expected


def test_date_stamp_end_reads_the_date_only_up_to_end() -> None:
    assert date_stamp_end("2031-05-03 Brindle Water cut leakage.\n", 0, 5) is None  # 60m: the date past `end`


# wave 62f: a place in capitals, a date after its comma, maybe a wire's name in brackets, and a colon (`TELLARA, June 12
# (MNS): The ...`) is a dateline even on the text's first line (the undated colon form never is there): the place is no
# body that `the statement` or `it` then means.
@pytest.mark.parametrize(("text", "expected"), [
    ("TELLARA, June 12 (MNS): The Rates Board of the Reserve Bank of Marsten has kept its rate at 4%.\n\n"
     "The statement said that house prices had risen for a sixth month.\n",
     [("Rates Board of the Reserve Bank of Marsten", "organisation", "said that",
       "house prices had risen for a sixth month")]),
    ("TELLARA, 12 June: The Rates Board of the Reserve Bank of Marsten has kept its rate at 4%.\n\n"
     "The statement said that house prices had risen for a sixth month.\n",
     [("Rates Board of the Reserve Bank of Marsten", "organisation", "said that",
       "house prices had risen for a sixth month")]),
])
def test_place_and_date_before_a_colon_never_speak(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("TELLARA, June 12 (MNS): The bank kept its rate.\n", 0, 24),
    ("TELLARA, 12 June: The bank kept its rate.\n", 0, 18),
    ("TELLARA, Jun. 12, 2031: The bank kept its rate.\n", 0, 24),
    ("Rates held\nTELLARA, June 12: The bank kept its rate.\n", 11, 29),
    ("TELLARA, Marsten: The bank kept its rate.\n", 0, None),  # a region, no date: the colon form's own rules
    ("TELLARA, June 12 (MNS): the bank kept its rate.\n", 0, None),  # no sentence after it
    ("Rates held, TELLARA, June 12: The bank kept its rate.\n", 12, None),  # inside a line
    ("TELLARA, June 12 (MNS) - The bank kept its rate.\n", 0, None),  # a dash: the comma form's
    ("TELLARA, June 12 (MNS): The bank kept its rate.", 0, 24),  # the text's first line, no line break after it
    (" TELLARA, June 12: The bank kept its rate.\n", 1, None),  # a space before it on its line
])
def test_dated_colon_dateline(text: str, start: int, expected: int | None) -> None:
    found = dated_colon_dateline(text, start, len(text))
    assert (found.end() if found is not None else None) == expected


def test_dateline_end_reads_the_dated_colon_form() -> None:
    assert dateline_end("TELLARA, June 12 (MNS): The bank kept its rate.\n", 0, 48) == 24


def test_dated_colon_dateline_reads_no_further_than_end() -> None:
    """The sentence after the colon lies past `end`: the form is not read (wave 63m)."""
    text = "TELLARA, June 12 (MNS): The bank kept its rate.\n"
    assert dated_colon_dateline(text, 0, text.index("The")) is None


_COLON_LEAD = "Fee cuts\n\nCANBERRA: The minister said costs rose.\n"


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("FRANKFORT, Ky. \u2014 The state cut fees.", 0, None, 17),  # the comma form
    ("FRANKFORT, Ky. \u2014 The state cut fees.", 0, 12, None),  # its dash past `end`
    (_COLON_LEAD, 10, None, 20),  # the colon form, opening the lead after a headline
    (_COLON_LEAD, 10, 13, None),  # its colon past `end`
])
def test_dateline_end(text: str, start: int, end: int | None, expected: int | None) -> None:
    assert dateline_end(text, start, len(text) if end is None else end) == expected


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("KELSO - The firm said costs rose.", 0, None, 8),  # the text's first line, no line break after it
    ("X\nKELSO - The firm said costs rose.", 2, None, 10),  # a line's start after a one-letter line
    ("KELSO - The firm said costs rose.", 0, 6, None),  # its dash past `end`
    (" KELSO - The firm said costs rose.", 1, None, None),  # a space before it on its line
    ("PRESS RELEASE - The firm said costs rose.", 0, None, None),  # a header's words, no place
    ("KELSO, May 4 (KNA): The port reopened.", 0, None, 20),  # the place and its date
])
def test_place_dateline_end(text: str, start: int, end: int | None, expected: int | None) -> None:
    assert place_dateline_end(text, start, len(text) if end is None else end) == expected
