"""Whose turn it is (wave 13): the party a possessive, a pronoun or a short reference means once the text has handed
the turn to one body, and the parties that answer for others (a union, a campaign, a law firm), which never take the
company's claims. Each phenomenon is tested on short texts written for this test (other bodies, other names, other
word orders), with cases where the mechanism must not fire; each case gives the whole table."""
import pytest

from extract_rows import rows

from claims.extract.attribution.lead_agents import judge_before, lead_in_agent
from claims.extract.attribution.patterns import ACCORDING_RE
from claims.extract.attribution.recorded_speech import person_speaks_in_record
from claims.extract.speakers import Context
from claims.extract.speakers.turn_bodies import (
    another_kind_so_called, answers_for_others, body_for_reference, body_in_turn, named_so,
)
from claims.extract.speakers.turns import (
    known_body_by_first_word, next_needs_subject, note_opening_subject, opening_body, pronoun_after_adverbial,
    referred_body, sentence_opening, tail_possessor,
)


# --- `its report shows` after the content: the sentence's subject ----------------------------------------------
# The phenomenon: a body states figures and the writer credits them in a tail, `..., its annual report shows.`; the
# `its` is the body that opens the sentence, but the extractor took the body named last (a transport authority in
# the letterhead, a council the operator works for), and the table and `The report also shows` after it went to
# that second body. Other writers open with the short form (`Marlow carried ...` after `Marlow Ferries Ltd`), or
# with `However, X lost ...`, or write `their figures show` for a body named in the plural.

def test_its_report_in_a_tail_is_the_body_that_opens_the_sentence() -> None:
    text = ("KESTREL BUSES\nKestrel Buses Ltd, running services for the Tarn Valley Combined Authority\n\n"
            "Kestrel Buses Ltd ran 4.2 million journeys in 2025, up 7% on the year before, its annual review shows.\n\n"
            "The review also shows that 93% of buses left on time.\n")
    assert rows(text) == [
        ("Kestrel Buses Ltd", "organisation", "Kestrel Buses Ltd ran 4.2 million journeys in 2025, up 7% on the year before"),
        ("Kestrel Buses Ltd", "organisation", "93% of buses left on time")]


def test_a_short_form_opening_the_sentence_keeps_its_table() -> None:
    text = ("Marlow Ferries Ltd operates the crossing under a contract with Port Eden Council.\n\n"
            "Marlow carried 810,000 passengers last summer, a record, its latest figures show.\n\n"
            "Key figures:\n\nSailings run | 98.9%\nSailings on time | 91.4%\n")
    assert rows(text) == [
        ("Marlow Ferries Ltd", "organisation", "Marlow carried 810,000 passengers last summer, a record"),
        ("Marlow Ferries Ltd", "organisation", "Sailings run | 98.9%"),
        ("Marlow Ferries Ltd", "organisation", "Sailings on time | 91.4%")]


def test_an_opening_word_before_the_body_is_read_past() -> None:
    text = ("Ashdown Water Ltd supplies 1.1 million homes for the Wessex Rivers Authority.\n\n"
            "However, Ashdown Water Ltd lost 14% of the water it supplied through leaks, its annual report says.\n")
    assert rows(text) == [
        ("Ashdown Water Ltd", "organisation",
         "However, Ashdown Water Ltd lost 14% of the water it supplied through leaks")]


@pytest.mark.parametrize("text, expected", [
    ("Corran Energy said prices would hold.\n\nChief executive Dara Quinn said 40 jobs would go, its statement says.\n",
     [("Corran Energy", "organisation", "prices would hold"), ("Dara Quinn", "person", "40 jobs would go")]),
    ("Its annual report shows that Bexley Rail ran 91% of trains on time.\n",
     [("Bexley Rail", "organisation", "Bexley Rail ran 91% of trains on time")]),
])
def test_a_person_subject_or_an_opening_report_is_left_as_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# --- `the company said` continues the company whose turn it is --------------------------------------------------
# The phenomenon: a company answers a law firm, a union or a regulator, in a statement, then its chief executive is
# quoted, then `The company said ...`; the extractor gave that to the party that had said most (the law firm) or to
# the union named in the sentence before. Other writers open with `In a statement, Acme said ...`, put the union's
# relative clause after its name (`Unite, which represents ...,`), or call the law firm by its name ending `LLP`.

def test_the_company_after_its_chief_executive_is_still_the_company() -> None:
    text = ("A Leeds law firm has sued Hollin Dairies plc over a recall.\n\n"
            "Garside & Pike LLP announced the claim on Monday. Garside & Pike LLP said 90 families had joined it.\n\n"
            "In a statement, Hollin said it \"firmly rejects\" the claim.\n\n"
            "\"Our tests worked,\" chief executive Amy Holt said in the statement.\n\n"
            "The company said its tests had all come back negative.\n")
    assert rows(text) == [
        ("Garside & Pike LLP", "organisation", "announced the claim on Monday"),
        ("Garside & Pike LLP", "organisation", "90 families had joined it"),
        ("Hollin Dairies plc", "organisation", "it \"firmly rejects\" the claim"),
        ("Amy Holt", "person", "Our tests worked"),
        ("Hollin Dairies plc", "organisation", "its tests had all come back negative")]


def test_a_union_named_before_is_never_the_company() -> None:
    text = ("Tillbrook Foods has closed its Hull plant with the loss of 140 jobs.\n\n"
            "The GMB union, which represents 90 of the staff, said the closure broke the firm's own redundancy "
            "policy.\n\nThe company said it had followed every legal requirement.\n")
    assert rows(text) == [
        ("GMB", "organisation", "the closure broke the firm's own redundancy policy"),
        ("Tillbrook Foods", "organisation", "it had followed every legal requirement")]


def test_a_union_in_the_same_paragraph_is_never_the_company() -> None:
    text = ("Tillbrook Foods said it would close its Hull plant in March.\n\n"
            "Unite, which represents most of the staff, said 140 jobs would go. The company said 60 staff would be "
            "offered posts elsewhere.\n")
    assert rows(text) == [
        ("Tillbrook Foods", "organisation", "it would close its Hull plant in March"),
        ("Unite", "organisation", "140 jobs would go"),
        ("Tillbrook Foods", "organisation", "60 staff would be offered posts elsewhere")]


def test_another_body_named_since_ends_the_turn() -> None:
    text = ("Brenmoor Homes said it accepted the ruling.\n\n"
            "The Housing Standards Authority said 210 buyers had been overcharged.\n\n"
            "Harrow Lettings Ltd said it had not been told.\n\n"
            "The company said it had repaid every buyer.\n")
    assert rows(text)[-1] == ("Harrow Lettings Ltd", "organisation", "it had repaid every buyer")


# --- `It said` after a sentence the body opens by a short reference ---------------------------------------------
# The phenomenon: `The federation wants the minister to act. It said ...`: the sentence before opens with a
# reference to the body in focus, so `It` is that body; the extractor left `it` unresolved. Other writers write
# `The trust plans to ...`, `The council has asked ...`; when the reference could be two bodies, `it` stays open.

def test_it_after_a_reference_that_opens_the_sentence_before() -> None:
    text = ("The Pharmacy Guild of Wessex, which represents 900 pharmacies, said its members gave 38% of flu "
            "vaccines.\n\nGuild president Tom Reid said rural pharmacies gave more vaccines than GPs.\n\n"
            "The guild wants ministers to change the rules. It said 640 of its members had been trained.\n")
    assert rows(text)[-1] == ("Pharmacy Guild of Wessex", "organisation", "640 of its members had been trained")


@pytest.mark.parametrize("text, expected", [
    ("The guild wants more money.", "Pharmacy Guild of Wessex"),
    ("The council wants more money.", None),  # two councils named: either may be meant
    ("The rain fell all week.", None),  # no reference to a body
    ("The Guild wants more money.", None),  # a capital after `The`: a name, read by the name-reader
])
def test_referred_body(text: str, expected: str | None) -> None:
    ctx = _context(text, "Pharmacy Guild of Wessex", "Arden Council", "Brook Council")
    assert referred_body(text, 4, len(text), ctx) == expected


# --- `the agency said` when one body is plainly in focus -------------------------------------------------------
# The phenomenon: a body whose name carries no noun saying what it is (`Heath Recovery Scotland`, `X Cymru`) speaks
# or opens a sentence, and the writer goes on with `The agency said` or `A spokesperson for the agency said`; the
# extractor left `the agency` unresolved though one body was plainly in focus. Other writers put the body as the
# sentence's subject first (`X rejected the criticism. A spokesperson for the agency ...`); a body whose name says it
# is another kind (`Arden Council`) never becomes `the agency`, nor does an indefinite `a patients agency`.

def test_a_spokesperson_for_the_agency_after_it_opens_the_sentence_before() -> None:
    text = ("Fenmoor Trust said the figures were wrong.\n\n"
            "Heath Recovery Scotland rejected the criticism. A spokesperson for the agency said its figures were "
            "robust.\n")
    assert rows(text) == [
        ("Fenmoor Trust", "organisation", "the figures were wrong"),
        ("Heath Recovery Scotland", "organisation", "its figures were robust")]


def test_the_agency_after_the_body_spoke_in_the_paragraph_before() -> None:
    text = ("Coast Nature Wales said 86% of the dunes were in good condition.\n\n"
            "The agency said the rise was driven by new grazing deals.\n")
    assert rows(text) == [
        ("Coast Nature Wales", "organisation", "86% of the dunes were in good condition"),
        ("Coast Nature Wales", "organisation", "the rise was driven by new grazing deals")]


@pytest.mark.parametrize("text, expected", [
    ("Arden Council said 400 homes would be built.\n\nThe agency said 120 of them would be affordable.\n",
     ("the agency", "unresolved", "120 of them would be affordable")),  # a council is no agency
    ("Coast Nature Wales said the dunes had recovered.\n\nA patients agency said 3.2 million people were ill.\n",
     ("a patients agency", "unresolved", "3.2 million people were ill")),  # a new party
    ("Coast Nature Wales said the dunes had recovered.\n\nFell Moors Cymru said they had not.\n\n"
     "Jo Roe said the beach was clean.\n\nAmy Bell said the car park was full.\n\n"
     "The agency said 40 jobs would go.\n", ("the agency", "unresolved", "40 jobs would go")),  # the turn is over
])
def test_the_agency_is_not_given_without_a_body_plainly_in_focus(text: str, expected: tuple[str, str, str]) -> None:
    assert rows(text)[-1] == expected


# --- `the board said` is not a campaign's ----------------------------------------------------------------------
# The phenomenon: a health board (or a trust board) decides, a campaign answers, then `The board said ...`: `board`
# fits any body, so the extractor gave it to the body that spoke last, the campaign, or to a government spokesperson
# named after it. The text itself calls the deciding body `the health board` or `the trust board`: a body in focus
# that has neither word in its name is not meant, and the row stays unresolved (precision first). A company's own
# board (`Corrie Foods said ... The board said`) stays the company's.

def test_the_board_after_a_campaign_spoke_is_not_the_campaign() -> None:
    text = ("Campaigners will seek a judicial review after Tarnside Health confirmed the unit will close.\n\n"
            "The health board's members voted eight to three on Tuesday.\n\n"
            "Save Tarn Births, which has 9,000 signatures, said the board had ignored families.\n\n"
            "The board said it would fund a new ambulance.\n")
    assert rows(text) == [
        ("Tarnside Health", "organisation", "confirmed the unit will close"),
        ("Save Tarn Births", "organisation", "the board had ignored families"),
        ("the board", "unresolved", "it would fund a new ambulance")]


def test_the_board_after_friends_of_a_library_spoke_stays_open() -> None:
    text = ("Residents have lost their fight to keep the library open.\n\n"
            "The trust board's members voted to close it in May.\n\n"
            "Friends of Elm Library said 3,000 people had signed a petition.\n\n"
            "The board said the building needed £2m of repairs.\n")
    assert rows(text)[-1] == ("the board", "unresolved", "the building needed £2m of repairs")


def test_a_companys_board_is_the_company() -> None:
    text = "Corrie Foods said sales rose 4% to £210m.\n\nThe board said it would pay a dividend of 3p.\n"
    assert rows(text) == [
        ("Corrie Foods", "organisation", "sales rose 4% to £210m"),
        ("Corrie Foods", "organisation", "it would pay a dividend of 3p")]


# --- a lead-in that names who judged --------------------------------------------------------------------------
# The phenomenon: a release by the body inspected lists what the inspectors found under a lead-in that names them
# (`Among the strengths identified by inspectors:`); the list went to the body in focus (the trust) because no body
# was known as an inspectorate (a one-word judge, `praised by Schoolwatch`). Other writers close the lead-in with
# the union or the reviewers (`The concerns raised by the union were:`, `The weaknesses noted by reviewers were:`);
# a list of what a funder paid for (`The schemes funded by the lottery include:`) stays the issuer's.

def test_a_lead_in_identified_by_inspectors_is_the_judge_named_before() -> None:
    text = ("Brook Academy Trust has been praised by Schoolwatch following a review of its schools.\n\n"
            "Inspectors spent four days with the trust in May.\n\n"
            "Among the strengths identified by inspectors:\n\n"
            "- Reading has improved in every primary school.\n- Attendance is above the national average.\n")
    assert rows(text) == [
        ("Schoolwatch", "inspectorate", "Reading has improved in every primary school"),
        ("Schoolwatch", "inspectorate", "Attendance is above the national average")]


@pytest.mark.parametrize("text, expected", [
    ("Tillbrook Foods said it would close its Hull plant in March.\n\n"
     "The concerns raised by the union were:\n\n- 140 jobs would go.\n",
     [("Tillbrook Foods", "organisation", "it would close its Hull plant in March"),
      ("the union", "unresolved", "140 jobs would go")]),
    ("Carr Hospice said its care had improved.\n\nThe weaknesses noted by reviewers were:\n\n"
     "- 12% of care plans were out of date.\n",
     [("Carr Hospice", "organisation", "its care had improved"),
      ("reviewers", "unresolved", "12% of care plans were out of date")]),
    ("Carr Hospice has been rated good by Jo Roe, the county's chief inspector.\n\n"
     "Among the strengths identified by inspectors:\n\n- 92% of care plans were up to date.\n",
     [("Jo Roe", "person", "Carr Hospice has been rated good by Jo Roe, the county's chief inspector"),
      ("inspectors", "inspectorate", "92% of care plans were up to date")]),  # a person is no inspectorate
])
def test_a_lead_ins_agent_never_leaves_the_list_to_the_body_in_focus(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_a_funders_list_stays_the_issuers() -> None:
    text = ("Harrow Council said it had opened four new play parks.\n\n"
            "The schemes funded by the lottery include:\n\n- a skate park in Elm Road;\n- a splash pad in Dene Park.\n")
    assert rows(text) == [
        ("Harrow Council", "organisation", "it had opened four new play parks"),
        ("Harrow Council", "organisation", "a skate park in Elm Road"),
        ("Harrow Council", "organisation", "a splash pad in Dene Park")]


# --- a named party's words as a record reports them -------------------------------------------------------------
# The phenomenon: a news report quotes minutes or court papers for what a named person said (`Clerk Jo Roe said A
# and that B, according to the minutes`); the extractor gave A and B to the record's owner (the council) because the
# `according to` source won over the person's own cue. Other writers report testimony (`Finance director Tom Bell
# told the board A, according to court papers`) or a body's statement (`Harrow Council said A, according to the
# minutes`). A finding verb (`Auditor Jo Kemp found A, according to the council's report`) is the record's voice and
# is left as it was, as is `according to its report` after a body's cue.

@pytest.mark.parametrize("text, expected", [
    ("Councillors at Brook Parish Council argued for two hours about a £9,000 bill.\n\n"
     "Treasurer Amy Leigh said the bill had been approved in May and that the cost rose because of new lamps, "
     "according to the draft minutes.\n",
     [("Brook Parish Council", "organisation", "for two hours about a £9,000 bill"),
      ("Amy Leigh", "person", "the bill had been approved in May"),
      ("Amy Leigh", "person", "the cost rose because of new lamps")]),
    ("Harrow Foods has been sued by a former supplier.\n\n"
     "Finance director Tom Bell told the board the invoices had been paid on time, according to court papers.\n",
     [("Tom Bell", "person", "the invoices had been paid on time")]),
    ("Harrow Council said 400 homes would be built, according to the minutes.\n",
     [("Harrow Council", "organisation", "400 homes would be built")]),
])
def test_the_named_party_speaks_not_the_record(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Harrow Council published its audit.\n\nAuditor Jo Kemp found 12 contracts had no signature, according to the "
     "council's report.\n",
     [("Harrow Council", "organisation", "Auditor Jo Kemp found 12 contracts had no signature")]),
    ("Harrow Council said 400 homes would be built, according to its report.\n",
     [("Harrow Council", "organisation", "400 homes would be built")]),
])
def test_a_finding_or_an_own_report_is_left_as_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# --- `it` after an opening adverbial -----------------------------------------------------------------------------
# The phenomenon: a takeover or results text names two companies; a sentence opens with one of them (`Brook Rail,
# based in Leeds, runs 40 trains.`) and the next puts a time before the pronoun (`In the year to March it reported
# revenue of £9m.`); a bare `It reported` was already the subject's, but with the adverbial the `it` was left
# unresolved. Other writers write `Last year it said ...`, `During the quarter it sold ...`; when the subject opened
# a sentence in another paragraph, `it` stays open.

@pytest.mark.parametrize("text, expected", [
    ("Harbour Holdings Ltd has agreed to buy Brook Rail plc.\n\n"
     "Brook Rail, based in Leeds, runs 40 trains. In the year to March it reported revenue of £9m.\n",
     [("Brook Rail", "organisation", "reported revenue of £9m")]),
    ("Harbour Holdings Ltd has agreed to buy Brook Rail plc.\n\n"
     "Brook Rail runs 40 trains. Last year it said revenue rose to £9m.\n",
     [("Brook Rail", "organisation", "revenue rose to £9m")]),
    ("Harbour Holdings Ltd has agreed to buy Brook Rail plc.\n\n"
     "Brook Rail, based in Leeds, runs 40 trains.\n\nIn the year to March it reported revenue of £9m.\n",
     [("it", "unresolved", "reported revenue of £9m")]),  # the subject opened another paragraph
])
def test_it_after_an_opening_adverbial(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# --- the helpers' edges --------------------------------------------------------------------------------------------

def _context(text: str, *bodies: str) -> Context:
    """Return a context over a text with bodies registered as organisations."""
    ctx = Context(text=text)
    for name in bodies:
        ctx.register_org(name, "organisation")
    return ctx


@pytest.mark.parametrize("text, name, expected", [
    ("The GMB union said so.", "GMB", True),
    ("Unite, which represents drivers, said so.", "Unite", True),
    ("Acorn, who represent tenants, said so.", "Acorn", True),
    ("Vega LLP, a Sacramento law firm, sued.", "Vega LLP", True),
    ("law firm Vega LLP sued.", "Vega LLP", True),
    ("the campaign group Acorn said so.", "Acorn", True),
    ("A law firm sued. Vega LLP said so.", "Vega LLP", True),
    ("Vega LLP said so.", "Vega LLP", False),  # no law firm in the text: an accountancy partnership may be the firm
    ("members of the union at Acme Foods said so.", "Acme Foods", False),
    ("Acme Foods, the company the union says broke the law, said so.", "Acme Foods", False),
    ("Acme Foods said so.", "", False),
    ("Acme Foods' campaign said so.", "Acme Foods", False),
])
def test_answers_for_others(text: str, name: str, expected: bool) -> None:
    assert answers_for_others(text, name) is expected


def test_sentence_opening_finds_the_last_sentence_start() -> None:
    text = "Acme rose. Brook fell, its report says.\nCarr grew."
    assert [sentence_opening(text, text.index("its")), sentence_opening(text, text.index("grew"))] == [11, 40]


def test_sentence_opening_stops_at_the_window() -> None:
    text = "x" * 500 + " its report"
    assert sentence_opening(text, len(text)) == len(text) - 400


def test_known_body_by_first_word() -> None:
    ctx = _context("", "Acme Rail Ltd", "Acme Foods", "Brook Water")
    assert [known_body_by_first_word("Acme", ctx), known_body_by_first_word("Brook", ctx),
            known_body_by_first_word("Brook Water", ctx), known_body_by_first_word("Carr", ctx)] \
        == [None, "Brook Water", "Brook Water", None]


def test_opening_body_reads_a_person_and_a_possessive_as_no_body() -> None:
    text = "Jo Roe said it. Acme Rail's sales rose. Meanwhile the rain fell. Acme Water and Brook Water both fell."
    ctx = _context(text, "Acme Rail", "Acme Water", "Brook Water")
    assert [opening_body(text, 0, 15, ctx), opening_body(text, 16, 38, ctx), opening_body(text, 40, 62, ctx),
            opening_body(text, 65, 102, ctx)] == [None, None, None, None]
    assert opening_body("Acme Water fell.", 0, 16, ctx) == "Acme Water"


def test_tail_possessor_needs_a_tail_set_off_by_a_comma() -> None:
    text = "Brook Water cut leaks, its report says. Brook Water and its report"
    ctx = _context(text, "Brook Water")
    first, second = text.index("its"), text.rindex("its")
    assert [tail_possessor(text, first, ["its", "report"], ctx), tail_possessor(text, second, ["its", "report"], ctx),
            tail_possessor(text, first, ["its"], ctx), tail_possessor(text, first, ["the", "report"], ctx),
            tail_possessor(text, first, ["its", "staff"], ctx)] \
        == [("Brook Water", "organisation"), None, None, None, None]
    assert ctx.owners["report"] == ("Brook Water", "organisation")


def test_body_in_turn_ends_after_two_paragraphs_or_another_body() -> None:
    ctx = _context("", "Acme Foods")
    ctx.spoke("Acme Foods", "organisation")
    turns = []
    for block, other in ((1, False), (2, False), (3, False), (1, True)):
        ctx.block, ctx.other_org = block, other
        turns.append(body_in_turn(ctx))
    assert turns == ["Acme Foods", "Acme Foods", None, None]
    assert body_in_turn(_context("")) is None


@pytest.mark.parametrize("text, noun, body, expected", [
    ("The health board voted.", "board", "Save Tarn Births", True),
    ("The health board voted.", "board", "Tarnside Health", False),  # its own word
    ("The health board voted.", "board", "Argyll Board", False),  # its own head
    ("The board voted.", "board", "Save Tarn Births", False),  # no other kind of board in the text
    ("the trust board and the health board met.", "board", "Elm Trust", False),
])
def test_another_kind_so_called(text: str, noun: str, body: str, expected: bool) -> None:
    assert another_kind_so_called(text, noun, body) is expected


def test_body_for_reference_prefers_the_subject_and_checks_the_head() -> None:
    ctx = _context("", "Acme Nature", "Arden Council", "Brook Cymru")
    ctx.spoke("Brook Cymru", "organisation")
    ctx.subject = ("Acme Nature", 0)
    found = [body_for_reference("agency", ctx)]
    ctx.subject = ("Arden Council", 0)
    found.append(body_for_reference("agency", ctx))
    ctx.subject = ("Arden Council", 0)
    found.append(body_for_reference("council", ctx))
    ctx.subject = None
    found.append(body_for_reference("agency", ctx))
    ctx.block = 2
    found.append(body_for_reference("agency", ctx))
    ctx.kinds["Brook Cymru"] = "person"
    ctx.block = 0
    found.append(body_for_reference("agency", ctx))
    assert found == ["Acme Nature", None, None, "Brook Cymru", None, None]  # a council named: left to its head


@pytest.mark.parametrize("before, expected", [
    ("Acme Trust was praised by Schoolwatch. ", "Schoolwatch"),
    ("Acme Trust was rated good by the Care Review Office. ", "Care Review Office"),
    ("Acme Trust was praised by Schoolwatch. Brook Trust was praised by Carewatch. ", None),  # two judges
    ("Acme Trust was praised by Jo Roe. ", None),  # a person
    ("Acme Trust was praised. ", None),
])
def test_judge_before(before: str, expected: str | None) -> None:
    assert judge_before(before + "Among its strengths:", len(before), Context(text=before)) == expected


def test_lead_in_agent_reads_only_a_judging_verb_before_the_colon() -> None:
    text = "Strengths found by Schoolwatch were: Homes run by Acme are: Strengths found by Schoolwatch in May"
    ctx = Context(text=text)
    first, second = text.index("Homes"), text.rindex("Strengths")
    assert [lead_in_agent(text, (0, first - 1), ctx), lead_in_agent(text, (first, second - 1), ctx),
            lead_in_agent(text, (second, len(text)), ctx)] == [("Schoolwatch", "organisation", 19), None, None]


@pytest.mark.parametrize("sentence, expected", [
    ("Jo Roe said A, according to the minutes.", True),
    ("Jo Roe said A, according to court papers.", True),
    ("Jo Roe said A, according to a spokesman.", False),  # no record
    ("Jo Roe said A, according to Acme.", False),
    ("Jo Roe's lawyer said A, according to the minutes.", False),  # the name is not the subject
    ("Jo Roe, the clerk, said A, according to the minutes.", False),  # words between the name and the cue
    ("The figures showed A, according to the minutes.", False),  # no cue of speech
    ("According to the minutes, Jo Roe said A.", False),  # the source opens the sentence
])
def test_person_speaks_in_record(sentence: str, expected: bool) -> None:
    match = ACCORDING_RE.search(sentence)
    assert match is not None
    assert person_speaks_in_record(sentence, (0, len(sentence)), match, []) is expected


def test_person_speaks_in_record_skips_a_cue_inside_a_quotation() -> None:
    sentence = 'Jo Roe read "Tim said A" aloud, according to the minutes.'
    match = ACCORDING_RE.search(sentence)
    assert match is not None
    assert person_speaks_in_record(sentence, (0, len(sentence)), match, [(12, 22)]) is False


@pytest.mark.parametrize("text, name, expected", [
    ("Acorn, a tenants' union, said so.", "Acorn", True),
    ("Acorn, an activists' union, said so.", "Acorn", True),
    ("Unite, the union, said so.", "Unite", True),
    ("Acorn, a campaign group, said so.", "Acorn", True),
    ("Acorn, a law firm, said so.", "Acorn", True),
    ("Acorn, a housing charity, said so.", "Acorn", False),
    ("Acorn, a tenants' union said so.", "Acorn", False),  # the description never closes: not read
    ("Acme Foods and the union, in a letter, said so.", "Acme Foods", False),
    ("The GMB union said so. GMB said more.", "GMB", True),  # the description at its first mention
    ("Acme said so. Later the Acme union said more.", "Acme", True),  # ... or at a later one
    ("Talks with the union, Unite, broke down.", "Unite", True),  # the noun before the name, set off by a comma
])
def test_answers_for_others_without_a_partnership_name(text: str, name: str, expected: bool) -> None:
    assert answers_for_others(text, name) is expected


def test_body_in_turn_counts_paragraphs_from_where_the_body_spoke() -> None:
    ctx = _context("", "Acme Foods")
    ctx.block = 3
    ctx.spoke("Acme Foods", "organisation")
    found = []
    for block in (4, 5, 6):
        ctx.block = block
        found.append(body_in_turn(ctx))
    assert found == ["Acme Foods", "Acme Foods", None]


def test_body_for_reference_keeps_the_subject_one_paragraph() -> None:
    ctx = _context("", "Acme Nature", "Brook Cymru")
    ctx.subject = ("Acme Nature", 1)
    found = []
    for block in (1, 2, 3):
        ctx.block = block
        found.append(body_for_reference("agency", ctx))
    assert found == ["Acme Nature", "Acme Nature", None]


def test_body_for_reference_takes_an_inspectorate() -> None:
    ctx = _context("")
    ctx.register_org("Schoolwatch", "inspectorate")
    ctx.subject = ("Schoolwatch", 0)
    assert body_for_reference("agency", ctx) == "Schoolwatch"


def test_named_so_reads_the_texts_own_description() -> None:
    ctx = _context("Acorn, a charity, said so.", "Acme Nature")
    assert [named_so("charity", ctx), named_so("agency", ctx), named_so("nature", ctx)] == [True, False, True]


def test_note_opening_subject() -> None:
    text = 'Acme Rail Ltd spoke. In a statement, Acme said it "rejects" this. It said more. Acme said so. the rest.'
    ctx = _context(text, "Acme Rail Ltd")
    second, third = text.index("In a"), text.index("It said")
    fourth, fifth = text.index("Acme said so"), text.index("the rest")
    subjects = []
    for begin, end in ((second, third - 1), (fourth, fifth - 1), (fifth, len(text))):
        ctx.subject = None
        note_opening_subject(text, begin, end, ctx)
        subjects.append(ctx.subject)
    ctx.subject = ("Brook Water", 0)
    note_opening_subject(text, second, third - 1, ctx)
    assert subjects + [ctx.subject] == [("Acme Rail Ltd", 0), None, None, ("Brook Water", 0)]


def test_note_opening_subject_before_the_company() -> None:
    text = "Acme said so. The company said more."
    ctx = _context(text, "Acme Rail Ltd")
    note_opening_subject(text, 0, 13, ctx)
    assert ctx.subject == ("Acme Rail Ltd", 0)


@pytest.mark.parametrize("text, begin, expected", [
    ("Acme said so. The federation wants more.", 14, "Brook Federation"),  # a head, no reference word
    ("Acme said so. The watchdog wants more.", 14, "Schoolwatch"),  # an inspectorate
    ("Acme said so. However, Brook carried 4m.", 14, "Brook Federation"),  # read past the opening word
    ("Acme said so. Today marks a change.", 14, None),  # a word that opens sentences
    ("Acme said so. Schoolwatch rated it.", 14, "Schoolwatch"),
    ("Acme said so. Care Review Office rated it.", 14, "Care Review Office"),  # a name the name-reader reads
])
def test_opening_body_of_a_later_sentence(text: str, begin: int, expected: str | None) -> None:
    ctx = _context(text, "Brook Federation", "Today Group")
    ctx.register_org("Schoolwatch", "inspectorate")
    ctx.register_org("Care Review Office", "inspectorate")
    assert opening_body(text, begin, len(text), ctx) == expected


def test_tail_possessor_reads_their_and_keeps_the_kind() -> None:
    text = "Schoolwatch rated 40 schools, their figures show."
    ctx = _context(text)
    ctx.register_org("Schoolwatch", "inspectorate")
    assert tail_possessor(text, text.index("their"), ["their", "figures"], ctx) == ("Schoolwatch", "inspectorate")
    assert ctx.owners["figures"] == ("Schoolwatch", "inspectorate")


def test_known_body_by_first_word_takes_an_inspectorate() -> None:
    ctx = _context("")
    ctx.register_org("Schoolwatch", "inspectorate")
    ctx.register_org("Carewatch Wales", "inspectorate")
    assert [known_body_by_first_word("Schoolwatch", ctx), known_body_by_first_word("Carewatch", ctx)] \
        == ["Schoolwatch", "Carewatch Wales"]


def test_judge_before_reads_only_the_text_before() -> None:
    text = "Acme Trust was praised by Schoolwatch. Among its strengths: Brook was praised by Carewatch."
    end = text.index("Among")
    assert judge_before(text, end, Context(text=text)) == "Schoolwatch"


def test_judge_before_takes_a_body_that_spoke_before() -> None:
    text = "Acme Trust was praised by Schoolwatch. "
    ctx = Context(text=text)
    ctx.register_org("Schoolwatch", "organisation")
    assert judge_before(text, len(text), ctx) == "Schoolwatch"


def test_lead_in_agent_whole_values() -> None:
    text = "Acme Trust was praised by Schoolwatch. The weaknesses noted by reviewers were:"
    ctx = Context(text=text)
    assert lead_in_agent(text, (text.index("The"), len(text)), ctx) == ("reviewers", "unresolved", text.index("reviewers"))
    text = "Acme Trust was praised by Schoolwatch. Among the strengths identified by inspectors:"
    ctx = Context(text=text)
    assert lead_in_agent(text, (text.index("Among"), len(text)), ctx) \
        == ("Schoolwatch", "inspectorate", text.index("inspectors"))


@pytest.mark.parametrize("sentence, holes, expected", [
    ("Jo Roe said A, according to the spokesman.", [], False),  # a person, not a record
    ("The figures rose, according to the minutes, Jo Roe said.", [], False),  # the cue after the source
    ('The paper read "Jo Roe said A", according to the minutes.', [(15, 30)], False),  # a cue inside a quotation
    ("The figures showed that Jo Roe said A, according to the minutes.", [], True),  # a later cue of speech
    ("Clerk Jo Roe, said A, according to the minutes.", [], True),  # a stray comma
])
def test_person_speaks_in_record_edges(sentence: str, holes: list[tuple[int, int]], expected: bool) -> None:
    match = ACCORDING_RE.search(sentence)
    assert match is not None
    assert person_speaks_in_record(sentence, (0, len(sentence)), match, holes) is expected


@pytest.mark.parametrize("after, expected", [
    (" It said so.", True),
    (" The company said so.", True),
    (" The firm added.", True),
    (" The report said so.", False),  # a document: read by its own rules
    (" Its report said so.", False),
    (" They said so.", False),
    ("", False),
    (" The", False),
])
def test_next_needs_subject(after: str, expected: bool) -> None:
    assert next_needs_subject("Acme said A." + after, 12) is expected


@pytest.mark.parametrize("words, subject, expected", [
    ("in the year to march it", ("Brook Rail", 0), ("Brook Rail", "organisation")),
    ("last year it", ("Brook Rail", 0), ("Brook Rail", "organisation")),
    ("it", ("Brook Rail", 0), None),  # a bare `it`: read by `pronoun`
    ("last it", ("Brook Rail", 0), None),
    ("in may it", ("Brook Rail", 1), None),  # the subject opened another paragraph
    ("in may it", None, None),
    ("in may they", ("Brook Rail", 0), None),
    ("the report it", ("Brook Rail", 0), None),  # no opening adverbial
    ("in may and june it", ("Brook Rail", 0), None),
    ("in may but it", ("Brook Rail", 0), None),
    ("in a report that it", ("Brook Rail", 0), None),
])
def test_pronoun_after_adverbial(words: str, subject: tuple[str, int] | None,
                                 expected: tuple[str, str] | None) -> None:
    ctx = _context("", "Brook Rail")
    ctx.subject = subject
    assert pronoun_after_adverbial(words.split(), ctx) == expected


def test_pronoun_after_adverbial_keeps_an_inspectorates_kind() -> None:
    ctx = _context("")
    ctx.register_org("Schoolwatch", "inspectorate")
    ctx.subject = ("Schoolwatch", 0)
    assert pronoun_after_adverbial("last year it".split(), ctx) == ("Schoolwatch", "inspectorate")
