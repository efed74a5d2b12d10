"""Wave 63f: a short reference left unresolved read as the body the text's lead opens on: `the court`, `the bank`
after a lead whose subject's head is that noun (speakers/lead_references), and the lead's subject read past a
dateline, a date and `The`, a stock ticker or a symbol in a name (speakers/lead_company). Whole values."""
import pytest

from claims.extract.speakers.lead_company import company_reference, lead_company, lead_opening, lead_subject, mentions
from claims.extract.speakers.lead_references import head_reference, lead_references, rival_acts

COURT_TEXT = ("Panel sides with paper\n\nBy Jo Roe\n\n"
              "The Harlow Ridge Appeals Court has upheld a 2029 Circuit Court ruling on notices.\n\n"
              "The Circuit Court ruling was challenged by a rival paper.\n\n"
              "In its opinion, the court said the paper meets the test.\n")
BANK_TEXT = ("Tarrow Valley Bank\nMedia release\nNorbridge, 14 June 2031\n\n"
             "Tarrow Valley Bank raises savings rates\n\n"
             "Tarrow Valley Bank will lift its rates after the Central Reserve Bank held the base rate.\n\n"
             "The bank said it had opened 18% more accounts.\n")
WIRE_TEXT = ("KELBY, March 9 (Norland Wire) - The Kelby Water Commission has fined a bottling plant.\n\n"
             "The Norland Energy Commission, which licenses its generator, was not involved.\n\n"
             "The commission said the plant drew twice its share.\n")
TICKER_TEXT = ("Significantly widens its reach, hiring 40 staff\n\n"
               "HALVERTON, Norland \u2014 3 March 2031 \u2014 Plexa#2 Limited [NSX: PXA], a software company today "
               "announced that it has hired 40 staff from Orrel Holdings Limited.\n\n"
               "\"They know our customers,\" said Plexa#2 chief executive Marten Oduya.\n\n"
               "The company reported sales of 88 million crowns.\n")


@pytest.mark.parametrize(("line", "expected"), [
    ("KELBY, March 9 (Norland Wire) - The Kelby Water Commission has fined", "Kelby Water Commission has fined"),
    ("HALVERTON, Norland \u2014 3 March 2031 \u2014 Plexa#2 Limited [NSX: PXA] said", "Plexa#2 Limited [NSX: PXA] said"),
    ("The Harlow Ridge Appeals Court has upheld", "Harlow Ridge Appeals Court has upheld"),
    ("Tarrow Valley Bank raises savings rates", "Tarrow Valley Bank raises savings rates"),
    ("The money will pay for a trial", "The money will pay for a trial"),  # no name after `The`
])
def test_lead_opening_skips_a_dateline_its_date_and_the(line: str, expected: str) -> None:
    assert lead_opening(line) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (TICKER_TEXT, "Plexa#2 Limited"),  # an adverb opening the headline is no name; the ticker marks the company
    (WIRE_TEXT, None),  # a commission is no company
])
def test_lead_subject_reads_past_a_dateline_and_a_ticker(text: str, expected: str | None) -> None:
    assert lead_subject(text) == expected


def test_lead_subject_keeps_a_company_spelt_like_an_adverb_it_names_again() -> None:
    text = "Food\n\nPlatterly raises its fee\n\nPlatterly will charge couriers more. Platterly said so.\n"
    assert lead_subject(text) == "Platterly"


@pytest.mark.parametrize(("name", "expected"), [("Plexa#2 Limited", 2), ("Orrel Holdings Limited", 1), ("PXA", 1)])
def test_mentions_count_a_name_without_its_legal_form(name: str, expected: int) -> None:
    assert mentions(TICKER_TEXT, name) == expected


@pytest.mark.parametrize(("speaker", "expected"), [
    ("the company", True), ("The Company", True), ("company", True), ("Company", False), ("the court", False)])
def test_company_reference_takes_a_bare_company_noun(speaker: str, expected: bool) -> None:
    assert company_reference(speaker) == expected


def test_lead_company_maps_the_company_past_a_dateline() -> None:
    speakers = [("the company", "unresolved"), ("company", "unresolved"), ("Marten Oduya", "person")]
    assert lead_company(TICKER_TEXT, speakers) == {"the company": ("Plexa#2 Limited", "organisation"),
                                                  "company": ("Plexa#2 Limited", "organisation")}


@pytest.mark.parametrize(("speaker", "expected"), [
    ("the court", "court"), ("the bank", "bank"), ("the commission", "commission"), ("the company", None),
    ("the Court", None), ("court", None), ("the appeals court", None)])
def test_head_reference_is_the_and_a_body_head(speaker: str, expected: str | None) -> None:
    assert head_reference(speaker) == expected


@pytest.mark.parametrize(("text", "speakers", "expected"), [
    (COURT_TEXT, [("the court", "unresolved")], {"the court": ("Harlow Ridge Appeals Court", "organisation")}),
    (BANK_TEXT, [("the bank", "unresolved"), ("Tarrow Valley Bank", "organisation")],
     {"the bank": ("Tarrow Valley Bank", "organisation")}),  # the lead after a name line, a label and a date line
    (WIRE_TEXT, [("the commission", "unresolved")],
     {"the commission": ("Kelby Water Commission", "organisation")}),  # past a wire's dateline
    (WIRE_TEXT, [("the commission", "organisation")], {}),  # resolved already: left alone
    (WIRE_TEXT, [("the court", "unresolved")], {}),  # the lead's body is no court
    ("Court rules for paper\n\nIn its opinion, the court said the paper meets the test.\n",
     [("the court", "unresolved")], {}),  # `Court rules`: a headline's noun, no body's name
])
def test_lead_references_map_a_head_noun_to_the_lead_body(text: str, speakers: list[tuple[str, str]],
                                                          expected: dict[str, tuple[str, str]]) -> None:
    assert lead_references(text, speakers) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hollin Borough Council approved it. Tarrow Borough Council objected to it.\n", True),  # a rival's verb
    ("Hollin Borough Council approved it.\n\nTarrow Borough Council chair Jo Roe said no.\n", True),  # its post
    ("Hollin Borough Council approved it. Tarrow Borough Council will vote in May.\n", True),
    ("Hollin Borough Council upheld a Tarrow Borough Council decision.\n", False),  # inside a sentence
    ("Hollin Borough Council approved it.\n\nThe Tarrow Borough Council ruling stands.\n", False),  # a noun after it
])
def test_arival_acts_when_it_opens_a_sentence_as_a_subject_or_an_employer(text: str, expected: bool) -> None:
    assert rival_acts(text, "Hollin Borough Council", "council") == expected


# Round 64m (mutation): the reference's two words, the lead's five lines, a rival weighed by its head, and where a
# rival stands in its line, each asserted whole.
@pytest.mark.parametrize(("speaker", "expected"), [("a court", None), ("the court ruled", None)])
def test_head_reference_is_the_and_one_noun_only(speaker: str, expected: str | None) -> None:
    assert head_reference(speaker) == expected


_LEAD_LINES = "Rates\nmedia release\nfor the press\nnorth edition\n"
_BANK_LEAD = "Tarrow Valley Bank raises its rates.\n\nThe bank said it had opened more accounts.\n"


@pytest.mark.parametrize(("text", "expected"), [
    (_LEAD_LINES + _BANK_LEAD, {"the bank": ("Tarrow Valley Bank", "organisation")}),  # the fifth line
    (_LEAD_LINES + "west edition\n" + _BANK_LEAD, {}),  # the sixth
    ("Rates\n\nTarrow Valley Bank raises its rates. Orrel Savings Bank lowered its rates.\n\n"
     "The bank said it had opened more accounts.\n", {}),  # a rival bank acts
])
def test_lead_references_read_five_lead_lines_and_weigh_a_rival(text: str,
                                                                 expected: dict[str, tuple[str, str]]) -> None:
    assert lead_references(text, [("the bank", "unresolved")]) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tarrow Borough Council objected. Hollin Borough Council approved it.\n", True),  # the rival opens the text
    ("Head\n\nHollin Borough Council approved it.\n\nTarrow Borough Council objected to it.\n", True),  # a paragraph
    ("Hollin Borough Council said that Tarrow Borough Council objected to it.\n", False),  # inside a sentence
    ("Hollin Borough Council approved it. North Hollin Borough Council objected to it.\n", False),  # the name in it
    ("Hollin Borough Council approved it. Tarrow Police objected to it.\n", False),  # another head
])
def test_rival_acts_only_with_the_same_head_at_a_sentence_s_opening(text: str, expected: bool) -> None:
    assert rival_acts(text, "Hollin Borough Council", "council") == expected


# Round 64m (mutation): an adverb is letters and `ly` only, the lead read from the text's first twelve lines, and a
# name counted without its legal form only; each asserted whole.
_NOTES = "".join(f"Line {number} of notes.\n" for number in range(14))


@pytest.mark.parametrize(("text", "expected"), [
    ("Prices\n\nFit4ly raises its prices.\n", "Fit4ly"),  # a digit: no adverb
    ("Prices up\n\nKelvane Ltd raises its prices.\n" + _NOTES, "Kelvane Ltd"),  # a text of many lines
    ("\n" * 11 + "Kelvane Ltd raises its prices.\nKelvane Ltd said so.\n", "Kelvane Ltd"),  # the twelfth line
    ("\n" * 12 + "Kelvane Ltd raises its prices.\nKelvane Ltd said so.\n", None),  # the thirteenth
])
def test_lead_subject_reads_the_first_twelve_lines(text: str, expected: str | None) -> None:
    assert lead_subject(text) == expected


_FORMS_TEXT = ("Orrel Holdings Limited bought Orrel Foods. Orrel Holdings said so. Tarrow Valley Bank runs the Tarrow "
               "Valley line. Kelvane Ltd. grew. Kelvane grew. Limited news.")


@pytest.mark.parametrize(("name", "expected"), [
    ("Orrel Holdings Limited", 2), ("Tarrow Valley Bank", 1), ("Kelvane Ltd.", 2), ("Limited", 2)])
def test_mentions_drop_only_a_last_legal_form(name: str, expected: int) -> None:
    assert mentions(_FORMS_TEXT, name) == expected
