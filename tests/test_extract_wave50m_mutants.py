"""Round 50m: mutants mutmut showed unasserted in the functions wave 49 added or changed (pointed_messages' givers
after the fact, titled_surnames, Context.sole_body_of_head, statement_leads.statement_below, issuer's released
statements and bracketed notes, lists' findings lead-ins), and a defect one showed; each case an invented text with
the whole value asserted."""
from __future__ import annotations

import pytest

from claims.extract.attribution.issuer import is_chrome_line, released_sentences
from claims.extract.attribution.lists import lead_in
from claims.extract.attribution.pointed_messages import message_back, pointing_sentence
from claims.extract.attribution.records import Attribution
from claims.extract.attribution.statement_leads import statement_below
from claims.extract.speakers import Context, Who
from claims.extract.text import split_blocks
from claims.extract.titled_surnames import post_surname
from tests.extract_rows import cued_rows, named_context, rows


# attribution/pointed_messages._given_back (49f): `X said this at ...` after an unclaimed paragraph

@pytest.mark.parametrize("place", ["Leeds", "Leeward"])
def test_a_word_holding_the_givers_surname_is_no_mention_of_the_giver(place: str) -> None:
    """The paragraph before names the giver only if her surname stands there as a word: `Leeds` is no `Lee`."""
    text = ("Ward beds\n\nPatients on the Harlow wards waited nine hours for a bed in May. Many were moved to wards in "
            f"{place}.\n\nDr Tamsin Lee said this at the annual review of the Harlow health service on Thursday.\n")
    assert rows(text) == [("Tamsin Lee", "person", "Patients on the Harlow wards waited nine hours for a bed in May"),
                          ("Tamsin Lee", "person", f"Many were moved to wards in {place}")]


def test_the_givers_surname_as_a_word_in_the_paragraph_before_makes_it_the_writers() -> None:
    """`Dr Lee's visit ...` then `Dr Tamsin Lee said this at ...`: the paragraph tells what the giver did."""
    text = ("Ward beds\n\nDr Lee's visit to the Harlow wards on Monday was her first since patients waited nine hours "
            "for a bed in May.\n\nDr Tamsin Lee said this at the annual review of the Harlow health service.\n")
    assert rows(text) == []


BEFORE = ("Harbour traffic\n\nThe Kelvale ferry carried 41,000 passengers in March, up from 33,500 a year earlier. "
          "Freight on the route rose by 12%.\n\n")
CLAIMS = ["The Kelvale ferry carried 41,000 passengers in March, up from 33,500 a year earlier",
          "Freight on the route rose by 12%"]


def _given(speaker: str, kind: str, cue: str) -> list[tuple[str, str, str, str]]:
    """The rows of BEFORE's two sentences given to one giver."""
    return [(speaker, kind, cue, claim) for claim in CLAIMS]


def _pointing(text: str) -> str | None:
    """The pointing sentence pointing_sentence reads in a text's second block, else None."""
    found = pointing_sentence(text, split_blocks(text)[1])
    return text[found[0]:found[1]] if found is not None else None


def test_only_the_first_sentence_of_the_paragraph_is_read_as_pointing() -> None:
    """A pointer in an earlier paragraph points from there only: the board's claim below keeps its row."""
    text = BEFORE + ("Orla Venning said this at the opening of a new berth.\n\n"
                     "The harbour board said berth fees would rise by 5% in July.\n")
    assert cued_rows(text) == _given("Orla Venning", "person", "said this") + [
        ("the harbour board", "unresolved", "said", "berth fees would rise by 5% in July")]


@pytest.mark.parametrize("sentence", [
    "said this at the opening of a new berth.",  # no subject before the pointer
    "The council said the board made these remarks when it met traders.",  # a verb before: another clause's
    "The council believed the board made these remarks when it met traders.",
    "The council said, in a statement, that the board made these remarks when it met traders.",
])
def test_a_pointer_with_no_subject_of_its_own_points_nowhere(sentence: str) -> None:
    assert _pointing("Ferries\n\n" + sentence + "\n") is None


def test_a_one_word_giver_is_read_whole() -> None:
    text = BEFORE + "Harbourco said this at its annual meeting in Port Asker.\n"
    assert cued_rows(text) == _given("Harbourco", "organisation", "said this")


def test_a_giver_named_after_by_ends_at_its_comma_or_the_sentences_end() -> None:
    """`by officials, the X Board said`: the officials, named by no one, give it; the board's own cue claims only the
    pointing sentence, which is no claim."""
    assert cued_rows(BEFORE + "This was disclosed by officials on Monday. The Kelvale Harbour Board, which runs the "
                              "port, met traders.\n") == []
    assert cued_rows(BEFORE + "This was disclosed by officials, the Kelvale Harbour Board said.\n") == []
    text = BEFORE + "This was disclosed by the Kelvale Harbour Board on Monday.\n\nTarn Ferries said fares would rise.\n"
    assert cued_rows(text) == _given("Kelvale Harbour Board", "organisation", "This was disclosed by") + [
        ("Tarn Ferries", "organisation", "said", "fares would rise")]


@pytest.mark.parametrize(("pointer", "speaker", "kind", "cue", "after"), [
    ("Orla Venning said this at the opening of a new berth. She said the port would hire 40 staff.", "Orla Venning",
     "person", "said this", "the port would hire 40 staff"),
    ("This was disclosed by the Kelvale Harbour Board on Monday. The board said berth fees would rise.",
     "Kelvale Harbour Board", "organisation", "This was disclosed by", "berth fees would rise"),
])
def test_the_pointing_paragraphs_later_claims_keep_their_rows(pointer: str, speaker: str, kind: str, cue: str,
                                                                after: str) -> None:
    assert cued_rows(BEFORE + pointer + "\n") == _given(speaker, kind, cue) + [(speaker, kind, "said", after)]


def test_a_giver_the_text_cannot_resolve_gets_nothing() -> None:
    assert cued_rows(BEFORE + "The harbour board said this at its meeting on Monday.\n") == []


def test_a_pointed_paragraph_of_questions_gives_no_attribution() -> None:
    text = "Ferries\n\nWill the ferry run in winter?\n\nOrla Venning said this at the opening of a new berth.\n"
    blocks = split_blocks(text)
    assert message_back(text, blocks[1], blocks[2], Context(text=text)) == []


# titled_surnames.post_surname (49d): `councillor Roe`

@pytest.mark.parametrize(("text", "word", "expected"), [
    ("councillor Roe said", "Roe", True),  # the post opens the text
    ("the councillor NHS said", "NHS", False),  # letters, no surname
    ("the councillor Monday said", "Monday", False),  # a word that names no one
])
def test_a_surname_after_a_lower_case_post(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert post_surname(text, start, start + len(word)) is expected


# speakers/context.Context.sole_body_of_head and _named_as_party (49g): `the <head>` for the text's one body

@pytest.mark.parametrize(("text", "row"), [
    ("The Corvell Care Inspectorate said on Monday it had visited 40 homes.\n\nThe panel said 12 needed to improve.\n",
     ("Corvell Care Inspectorate", "inspectorate", "said", "12 needed to improve")),
    ("The Corvell County Employees Retirement System said it earned 5.2% last year.\n\nThe fund said it paid $1.1 "
     "billion in benefits, more than Pellow Foods Ltd paid.\n",
     ("the fund", "unresolved", "said", "it paid $1.1 billion in benefits, more than Pellow Foods Ltd paid")),
    ("The Corvell County Employees Retirement System said it earned 5.2% last year.\n\nThe fund said it paid $1.1 "
     "billion in benefits.\n\nPellow Foods Ltd said it would cut 200 jobs.\n",
     ("Corvell County Employees Retirement System", "organisation", "said", "it paid $1.1 billion in benefits")),
    ("Drivers praised Pellingham Ambulance Trust on Tuesday. Pay rose by 3%.\n\n"
     "The service said it would add six ambulances.\n",
     ("the service", "unresolved", "said", "it would add six ambulances")),
    ("Members of The Kelvale Partnership met on Monday.\n\nThe Kelvale Partnership said it would merge two funds.\n\n"
     "The fund said it held $2 billion.\n", ("The Kelvale Partnership", "organisation", "said", "it held $2 billion")),
])
def test_the_one_body_is_an_inspectorate_too_and_never_beside_another_in_the_paragraph(
        text: str, row: tuple[str, str, str, str]) -> None:
    """An inspectorate is a body too; another body in the paragraph read (never one named only later) leaves the
    reference's words; a body named only as an object is no party (the service stays unresolved); a body whose name
    opens on `The` is still the one body."""
    assert [found for found in cued_rows(text) if found[3] == row[3]] == [row]


# statement_leads.statement_below (49v): `X has released the following statement regarding Y.` over unquoted text

RELEASED = ("HARROWGATE: The Harrowgate Borough Council has released the following statement regarding today's "
            "announcement by the Department of Planning.\n\nThe council was only told late yesterday.\n")


def _below(text: str) -> Attribution | None:
    """What statement_below reads in a text's first paragraph over its second."""
    blocks = split_blocks(text)
    return statement_below(text, blocks[0], blocks[1], Context(text=text))


def test_a_statement_released_below_is_a_colon_lead_in_of_its_giver() -> None:
    assert _below(RELEASED) == Attribution("Harrowgate Borough Council", "organisation",
                                           "released the following statement", (), colon=True)
    quoted = RELEASED.replace("\n\nThe council", '\n\n"The council').replace("yesterday.\n", 'yesterday."\n')
    assert _below(quoted) is None  # a quotation below is the giver's speech, read elsewhere


@pytest.mark.parametrize("text", [
    "The following day, the Corran council met traders.\n\nIt agreed to open the market on Sundays.\n",
    "Markets\n\nIt has released the following statement regarding the plan.\n\nThe market will open on Sundays.\n",
])
def test_following_with_no_party_releasing_a_statement_leads_in_nothing(text: str) -> None:
    assert cued_rows(text) == []


# attribution/issuer (49v): the released statement's sentences; an editor's note in brackets as page furniture

def _released(text: str) -> list[Attribution]:
    """The council's statement read in a text's second paragraph."""
    return released_sentences(text, split_blocks(text)[1], [], [],
                              Who("Harrowgate Borough Council", "organisation", 0))


def test_a_released_statements_questions_claim_nothing() -> None:
    text = RELEASED.replace("yesterday.", "yesterday. Will the Department listen?")
    start = text.index("The council was")
    assert _released(text) == [Attribution("Harrowgate Borough Council", "organisation", "statement",
                                           ((start, text.index(". Will")),))]
    assert _released(RELEASED.replace("The council was only told late yesterday.", "Will the Department listen?")) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kia ora.", True),  # a greeting alone
    ("Harbour traffic", True),
    ("Updates", True),
    ("Kelvale Harbour Weekly Traffic", True),  # four words at most
    ("Kelvale Route X", True),
    ("Jo Roe said", False),  # a cue
    ("Dear member,", False),
    ("Latest news.", False),
    ("Ferries run daily.", False),
    ("Ferry traffic on the Kelvale route this winter", False),
    ("Harbour traffic\n\nJo Roe said the route was full.\n", True),  # a cue in the next paragraph is its own
    ("The council has closed the Eastby pool for repairs] Good afternoon,", False),  # no note opens the line
    ("[Rush transcript] Good afternoon, and welcome to [applause] the briefing.", False),  # the first note counts
    ("[Rush transcript] Good afternoon to all,", True),
    ("[Rush transcript] Good afternoon to you all,", False),
    ("[Note:\n\nFerries] run daily.\n", False),  # the note's closing bracket on its own line
])
def test_page_furniture_is_a_short_line_with_no_stop_nor_cue_or_a_bracketed_note(text: str, expected: bool) -> None:
    assert is_chrome_line(text, split_blocks(text)[0]) is expected


def test_a_closing_bracket_in_an_earlier_line_makes_no_note() -> None:
    text = "Ferries]\n\n[Note:\n"
    assert is_chrome_line(text, split_blocks(text)[1]) is False


# attribution/lists._finder, _body_finder (49w): `Key findings:` after a finding

KEY = "Key findings:"


def _key(previous: Attribution | None) -> Attribution | None:
    """The lead-in `Key findings:` read alone after the attribution before."""
    return lead_in(KEY, (0, len(KEY)), Context(text=KEY), previous)


@pytest.mark.parametrize(("previous", "expected"), [
    (Attribution("Corran Care Trust", "organisation", "shows that", ((0, 3),)),
     Attribution("Corran Care Trust", "organisation", KEY, (), colon=True)),
    (Attribution("Jo Roe", "person", "found", ((0, 3),)), Attribution("Jo Roe", "person", KEY, (), colon=True)),
    (Attribution("Corran Care Trust", "unresolved", "found", ((0, 3),)), None),
    (Attribution("Corran Care Trust", "organisation", "found", ()), None),
    (Attribution("Corran Care Trust", "organisation", "", ((0, 3),)), None),
    (Attribution("Corran Care Trust", "organisation", "said", ((0, 3),)), None),
    (None, None),
])
def test_key_findings_go_on_in_the_voice_of_a_finding_before(previous: Attribution | None,
                                                             expected: Attribution | None) -> None:
    assert _key(previous) == expected


INSPECTED = "The Corran Care Inspectorate visited Ashby House in May.\n\nKey findings:\n"


@pytest.mark.parametrize(("previous", "speaker", "kind"), [
    (Attribution("Jo Roe", "person", "found", ((0, 3),)), "Corran Care Inspectorate", "inspectorate"),
    (Attribution("Tarn Audit Office", "inspectorate", "found", ((0, 3),)), "Tarn Audit Office", "inspectorate"),
    (Attribution("Tarn Audit Office", "organisation", "found", ((0, 3),)), "Tarn Audit Office", "organisation"),
])
def test_a_bodys_finding_goes_on_before_the_inspectorate_in_focus_and_a_persons_does_not(
        previous: Attribution, speaker: str, kind: str) -> None:
    start = INSPECTED.index(KEY)
    assert lead_in(INSPECTED, (start, start + len(KEY)), named_context(INSPECTED), previous) == Attribution(
        speaker, kind, KEY, (), colon=True)


# attribution/blocks.attributed_spans: 49m's sampled survivors

REPORTED = "Rents\n\nThe Corran Tenants Union said rents had risen by 9% this year.\n\n"


def test_a_cue_less_quotation_after_a_bodys_reported_speech_is_the_bodys_unless_it_tells_of_them() -> None:
    said = ("Corran Tenants Union", "organisation", "said", "rents had risen by 9% this year")
    assert cued_rows(REPORTED + '"We cannot afford another rise in April."\n') == [
        said, ("Corran Tenants Union", "organisation", "quotation continues", "We cannot afford another rise in April.")]
    assert cued_rows(REPORTED + '"They told us the rise would be the last."\n') == [said]


def test_a_bare_reference_leading_in_under_a_statement_heading_is_the_headings_body() -> None:
    text = ('Statement from Harfield Town\n\nThe club has issued the following statement:\n\n'
            '"We are sorry that the match was called off."\n')
    assert cued_rows(text) == [("Harfield Town", "organisation", "issued the following statement",
                                "We are sorry that the match was called off.")]
