"""Structure of results releases, tables and letters, and the party in focus after findings (wave 18b): each case is
a short text written for this test in our own words about invented parties, and the whole table it must give as
(speaker, speaker_kind, quote) rows, in text order, or the whole value a helper returns."""
import pytest

from claims.extract.attribution.lists import HEADING_LEAD_IN_RE, sub_label
from claims.extract.attribution.documents import table_header
from claims.extract.attribution.letters import Letter, letter_senders
from claims.extract.fining_bodies import fines_someone, fining_body
from claims.extract.text import split_blocks
from extract_rows import rows

# A period's highlights heading (18b, attribution/lists.HEADING_LEAD_IN_RE): a results release heads its bullets
# with the period (`Second Quarter 2026 Highlights`, `Q2 FY27 Results`); the bullets are the company's.
PERIOD_HIGHLIGHTS = (
    "Brindle Robotics today announced results for its second quarter.\n\n"
    "Second Quarter 2026 Highlights\n\n"
    "- Total revenue was $88.2 million, up 9% year over year.\n"
    "- Net loss narrowed to $4.1 million.\n")


def test_a_period_s_highlights_heading_hands_on_its_bullets() -> None:
    assert rows(PERIOD_HIGHLIGHTS) == [
        ("Brindle Robotics", "organisation", "today announced results for its second quarter"),
        ("Brindle Robotics", "organisation", "Total revenue was $88.2 million, up 9% year over year"),
        ("Brindle Robotics", "organisation", "Net loss narrowed to $4.1 million")]


@pytest.mark.parametrize(("heading", "expected"), [
    ("Second Quarter 2026 Highlights", True),
    ("Q2 FY27 Results", True),
    ("Fourth Quarter and Full Year Highlights", True),
    ("Key findings", True),
    ("Financial highlights", True),
    ("Lessons from the main findings", False),  # lower-case words: a sentence's phrase, not a period
    ("What the figures show", False),
])
def test_heading_lead_in_re(heading: str, expected: bool) -> None:
    assert (HEADING_LEAD_IN_RE.fullmatch(heading) is not None) is expected


# A label under a lead-in (18b, attribution/lists.sub_label): guidance set out by period (`Third Quarter:`, `Full
# Year 2026:`) is the lead-in's speaker's in every part; `Quarter` is no person's name (`data/not_names.txt`).
GUIDANCE = (
    "Brindle Robotics today announced results for its second quarter.\n\n"
    "Outlook\n\n"
    "Brindle Robotics is issuing the following guidance:\n\n"
    "Third Quarter 2026:\n- Total revenue of $90 million to $93 million\n\n"
    "Full Year 2026:\n- Total revenue of $350 million to $360 million\n- Adjusted EBITDA of $12 million to $14 million\n")


def test_labels_under_a_lead_in_keep_its_speaker() -> None:
    assert rows(GUIDANCE) == [
        ("Brindle Robotics", "organisation", "today announced results for its second quarter"),
        ("Brindle Robotics", "organisation", "Total revenue of $90 million to $93 million"),
        ("Brindle Robotics", "organisation", "Total revenue of $350 million to $360 million"),
        ("Brindle Robotics", "organisation", "Adjusted EBITDA of $12 million to $14 million")]


def test_a_person_s_label_is_no_sub_label() -> None:
    text = "Brindle Robotics set out its plans:\n\nJo Roe:\n\n\"We will hire 40 engineers in Leeds next year.\"\n"
    assert rows(text)[-1][0] == "Jo Roe"


@pytest.mark.parametrize(("line", "expected"), [
    ("Fourth Quarter Fiscal 2027:", True),
    ("Full Year 2026/27:", True),
    ("North America:", True),
    ("Jo Roe:", False),  # a person's label opens her words
    ("Sales rose 4% in the year:", False),  # a sentence
    ("Fourth Quarter", False),  # no colon: a heading
])
def test_sub_label(line: str, expected: bool) -> None:
    block = split_blocks(line)[0]
    assert sub_label(line, block, []) is expected


# A release's issuer (18b, attribution/issuer.first_body): the first body that spoke, in the order they first spoke;
# the issuer speaking again after a union never makes the union the issuer of the paragraphs below.
ISSUER_AGAIN = (
    "NEWS RELEASE\n\nMarsh Valley Bus Company board approves new bus network\n\n"
    "Marsh Valley Bus Company said 14 routes would run every 15 minutes from August.\n\n"
    "The Tram Workers Union said it supported the plan but was 40 drivers short.\n\n"
    "Marsh Valley Bus Company said it had hired 90 drivers since July.\n\n"
    "The Green Line will close for two weeks in March while crews replace 1.5 miles of track.\n")


def test_the_first_body_to_speak_stays_the_issuer() -> None:
    assert rows(ISSUER_AGAIN)[-1] == (
        "Marsh Valley Bus Company", "organisation",
        "The Green Line will close for two weeks in March while crews replace 1.5 miles of track")


# A body the text shows fining someone (18b, fining_bodies, speakers/context._new_kind, attribution/issuer): `the
# Bank reprimanded and fined X` makes the Bank an inspectorate, so the findings listed below are its, not the fined
# firm's, and the release's cue-less figures are its too; a headline's passive (`X fined £2m over ...`) fines nobody.
FINDINGS_OF_A_FINE = (
    "Press Release\n\n"
    "The Reserve Bank of Carrow (the \"Bank\") reprimanded and fined Lentwell Finance Ltd €2,100,000 for failings in "
    "how it treated 1,900 customers in arrears. Lentwell Finance has admitted the breaches.\n\n"
    "The key findings of the investigation are:\n\n"
    "- Lentwell charged arrears fees to 640 customers who were keeping to an agreed plan.\n"
    "- It contacted borrowers up to nine times a month.\n")


def test_a_fining_body_owns_the_findings() -> None:
    assert rows(FINDINGS_OF_A_FINE) == [
        ("Reserve Bank of Carrow", "inspectorate",  # two verbs of one object: one claim (20c, items.joins_modifiers)
         "The Reserve Bank of Carrow (the \"Bank\") reprimanded and fined Lentwell Finance Ltd €2,100,000 for failings "
         "in how it treated 1,900 customers in arrears"),
        ("Reserve Bank of Carrow", "inspectorate", "Lentwell charged arrears fees to 640 customers who were keeping to an agreed plan"),
        ("Reserve Bank of Carrow", "inspectorate", "It contacted borrowers up to nine times a month")]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("The Reserve Bank (the \"Bank\") reprimanded and fined Lentwell.", "Reserve Bank", True),
    ("Lentwell was fined €2m by the Reserve Bank.", "Reserve Bank", True),
    ("Ofcom has fined Chatterloop £1.4m.", "Ofcom", True),
    ("Brackwater Water fined £1.8m over sewage spills", "Brackwater Water", False),  # a headline's passive
    ("Brackwater Water fined by the Rivers Agency", "Brackwater Water", False),
    ("Brackwater Water said the fine was fair.", "Brackwater Water", False),
])
def test_fines_someone(text: str, name: str, expected: bool) -> None:
    assert fines_someone(text, name) is expected


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Lentwell was fined €2m by the Reserve Bank.", ["Lentwell", "Reserve Bank"], "Reserve Bank"),
    ("Ofcom fined Acme. Ofgem fined Brill.", ["Ofcom", "Ofgem"], None),  # two: nobody
    ("Lentwell said sales rose.", ["Lentwell"], None),
])
def test_fining_body(text: str, names: list[str], expected: str | None) -> None:
    assert fining_body(text, names) == expected


# Letters (18b, attribution/letters): `Dear resident,` ... `Yours sincerely,` and the sender's name: the sender speaks
# for the letter's statements, figures or not; a cue in it keeps its own speaker; a lead-in naming nobody is the
# sender's; courtesies, questions and another party's words the cues missed are nobody's; a body's own document
# opening a sentence is the body's; `you told us that A` is the addressee's when the salutation names a person.
LETTER = (
    "Letter to tenants of Orchard Court\n\n"
    "Dear tenant,\n\n"
    "Thank you for coming to the meeting on 3 May.\n\n"
    "When will the work start?\n\n"
    "The new roof will go on from 9 June. Our builder, Kestrel Roofing Ltd, expects the work to take 14 weeks. "
    "You will not lose any hot water during the work.\n\n"
    "Our surveyors advised that the roof was safe for another winter. The measures we have taken are:\n\n"
    "- 40 new smoke alarms, fitted in April; and\n"
    "- weekly checks of the fire doors.\n\n"
    "Bexley Council's own estimate put the cost at £2.4 million. We are paying the full amount.\n\n"
    "Yours sincerely,\n\n"
    "Ruth Ambler\nChief Executive\n")  # a post, no body: hers (a letter never saying `I` over a body is its, 33b)


def test_a_letter_s_sender_speaks_for_it() -> None:
    assert rows(LETTER) == [
        ("Ruth Ambler", "person", "The new roof will go on from 9 June"),
        ("Kestrel Roofing Ltd", "organisation", "expects the work to take 14 weeks"),
        ("Ruth Ambler", "person", "You will not lose any hot water during the work"),
        ("Ruth Ambler", "person", "Our surveyors advised that the roof was safe for another winter"),  # `our`: hers
        ("Ruth Ambler", "person", "40 new smoke alarms, fitted in April"),
        ("Ruth Ambler", "person", "weekly checks of the fire doors"),
        ("Bexley Council", "organisation", "put the cost at £2.4 million"),
        ("Ruth Ambler", "person", "We are paying the full amount")]


REPLY = (
    "Dear Ms Kettering,\n\n"
    "First, you told us that the depot had 14 staff on duty that night. Our records show only nine. "
    "The depot has since closed.\n\n"
    "Kind regards,\n\n"
    "Tom Ashdown\n")


def test_a_letter_gives_you_told_us_to_its_addressee() -> None:
    assert rows(REPLY) == [
        ("Ms Kettering", "person", "the depot had 14 staff on duty that night"),
        ("Tom Ashdown", "person", "Our records show only nine"),
        ("Tom Ashdown", "person", "The depot has since closed")]


def test_no_close_no_sender() -> None:
    text = "Dear tenant,\n\nThe new roof will go on from 9 June at a cost of £2m.\n\nThe council said rents would rise 3%.\n"
    assert rows(text) == [("the council", "unresolved", "rents would rise 3%")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Dear tenant,\n\nThe roof costs £2m.\n\nYours sincerely,\n\nRuth Ambler\n", {1: Letter("Ruth Ambler", None)}),
    ("From: Ruth Ambler, Chief Executive\n\nDear Mr Hale,\n\nThe roof costs £2m.\n\nYours faithfully,\n\nOrchard Homes\n",
     {2: Letter("Ruth Ambler", "Mr Hale")}),  # no person signs: the `From:` header names the sender
    ("Dear tenant,\n\nThe roof costs £2m.\n\nThe council said so.\n", {}),  # no close
    ("Dear tenant,\n\nThe roof costs £2m.\n\nDear owner,\n\nThe roof costs £3m.\n\nKind regards,\n\nTom Ash\n",
     {3: Letter("Tom Ash", None)}),  # the first salutation's letter never closes
    ("Sales rose 4%.\n", {}),
])
def test_letter_senders(text: str, expected: dict[int, Letter]) -> None:
    assert letter_senders(text, split_blocks(text)) == expected


# A body's own questions and answers (18b, transcript.unlabelled_interviewee, attribution/blocks): under the body's
# name alone on the first line, the answers are the body's, not those of a person quoted above them; a sentence in an
# answer that reports a named person stays that person's. A press interview (`In an interview ...`) keeps its person.
BODY_QA = (
    "Fernlea Housing Trust\n\n"
    "Questions for tenants: the Millbrook estate\n\n"
    "Chief executive Jo Pemberton said: \"We know this has been a hard year for tenants on the estate.\"\n\n"
    "Will my rent go up?\n"
    "No. Rents on the estate will stay at 2026 levels until April 2028.\n\n"
    "Who will do the repairs?\n"
    "We have appointed two contractors. The trust's head of repairs, Sam Oyelowo, said 300 homes would be done by May.\n")


def test_a_body_s_questions_are_answered_by_the_body() -> None:
    assert rows(BODY_QA) == [
        ("Jo Pemberton", "person", "We know this has been a hard year for tenants on the estate."),
        ("Fernlea Housing Trust", "organisation", "Rents on the estate will stay at 2026 levels until April 2028"),  # 35i
        ("Fernlea Housing Trust", "organisation", "We have appointed two contractors"),
        ("Sam Oyelowo", "person", "300 homes would be done by May")]


PRESS_QA = BODY_QA.replace("Questions for tenants: the Millbrook estate",
                           "In an interview, Jo Pemberton answered tenants' questions about the Millbrook estate.")


def test_a_press_interview_keeps_its_person() -> None:
    assert rows(PRESS_QA)[2] == (
        "Jo Pemberton", "person", "Rents on the estate will stay at 2026 levels until April 2028")  # 35i: `No.` apart


# A findings heading naming a body (18b, attribution/lists.heading_lead_in): on a page about two councils, `Brockley
# figures` heads Brockley's lines, not those of the council that spoke last.
TWO_COUNCILS = (
    "Offer day: live\n\n"
    "Ashvale Borough Council says 88.2% of its applicants were offered their first preference.\n\n"
    "Brockley City Council is expected to publish later.\n\n"
    "Brockley figures\n"
    "Of 5,620 applicants, 71.8% were offered their first choice.\n")


def test_a_heading_naming_a_body_hands_it_the_lines() -> None:
    assert rows(TWO_COUNCILS) == [
        ("Ashvale Borough Council", "organisation", "88.2% of its applicants were offered their first preference"),
        ("Brockley City Council", "organisation", "Of 5,620 applicants, 71.8% were offered their first choice")]


def test_a_heading_naming_no_known_body_keeps_the_focus() -> None:
    text = TWO_COUNCILS.replace("Brockley figures", "Carnwood figures")
    assert rows(text)[-1][0] == "Ashvale Borough Council"


# A table under a lead-in whose subject a body published (18b, attribution/lists._published_lead_in): `Tenants'
# scores, published by X last summer as part of ..., tell a similar story:` gives the rows of figures below to X;
# a header row of financial years (`2024/25`, `2024-25`) names columns and claims nothing (attribution/documents).
PUBLISHED_TABLE = (
    "Ashmere Homes was downgraded by the Regulator of Social Housing on Tuesday.\n\n"
    "Tenants' own scores, published by Ashmere Homes last summer as part of the measures every landlord must report, "
    "tell a similar story:\n\n"
    "Measure | 2024/25 | 2025/26\n"
    "Overall satisfaction | 68.2% | 61.4%\n"
    "Repairs | 70.9% | 59.7%\n")


def test_a_published_table_is_its_publisher_s() -> None:
    assert rows(PUBLISHED_TABLE)[-2:] == [
        ("Ashmere Homes", "organisation", "Overall satisfaction | 68.2% | 61.4%"),
        ("Ashmere Homes", "organisation", "Repairs | 70.9% | 59.7%")]


def test_a_lead_in_naming_no_publisher_gives_no_table() -> None:
    text = PUBLISHED_TABLE.replace(", published by Ashmere Homes last summer as part of the measures every landlord "
                                   "must report,", "")
    assert [r for r in rows(text) if "|" in r[2]] == []


@pytest.mark.parametrize(("line", "expected"), [
    ("Measure | 2024/25 | 2025/26", True),
    ("Group | 2023-24 | 2024-25", True),
    ("Region    2025    2024", True),
    ("Repairs | 70.9% | 59.7%", False),
    ("North | 1,200 | 1,350", False),
])
def test_table_header(line: str, expected: bool) -> None:
    assert table_header(line, split_blocks(line)[0], []) is expected


# The party in focus after findings (18b, attribution/lists.lead_in, attribution/cues, speakers/regions): `Other
# findings:` after `X found that ...` are X's, never those of the body X examined; `former state housing commissioner`
# holds no cue (`state` is a noun there); a party described by the body it oversees (`the monitor overseeing the
# authority`, `a firm auditing X`) is never that body.
FINDER = (
    "Tenants of the Dunmore Housing Authority waited 47 days for repairs last year.\n\n"
    "The monitor, former state housing commissioner Jo Roe, found that the authority completed 44% of repairs on time.\n\n"
    "Other findings:\n\n"
    "- 418 apartments were vacant.\n")


def test_findings_after_a_finder_are_the_finder_s() -> None:
    assert rows(FINDER) == [
        ("Jo Roe", "person", "the authority completed 44% of repairs on time"),
        ("Jo Roe", "person", "418 apartments were vacant")]


OVERSEEN = (
    "Dunmore Housing Authority runs 3,900 homes.\n\n"
    "The independent monitor overseeing the Dunmore Housing Authority said 44% of repairs were late.\n\n"
    "An accountancy firm auditing Dunmore Housing Authority said the accounts were sound.\n")


def test_an_overseen_body_never_speaks_for_its_overseer() -> None:
    assert rows(OVERSEEN) == [
        ("The independent monitor", "unresolved", "44% of repairs were late"),
        ("an accountancy firm", "unresolved", "the accounts were sound")]


@pytest.mark.parametrize("word", ["Second", "Third", "Neither", "Either", "Quarter"])
def test_words_that_are_no_names(word: str) -> None:
    text = f"The bridge had two inspections this year. {word} found any sign of damage to the 14 piers.\n"
    assert all(speaker != word for speaker, _, _ in rows(text))
