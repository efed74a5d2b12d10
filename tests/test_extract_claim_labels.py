"""A fact-checker's labelled claims (wave 18d, claims.extract.claim_labels): each case is a short text written for
this test in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, quote)
rows, in text order, or the whole value a helper returns."""
import pytest

from claims.extract.claim_labels import CHECKER_LABEL_RE, claim_words, may_hold_labels
from extract_rows import rows

# The speaker on a labelled line after the claim (a forward reference): the quoted claim is that person's; the
# verdict is nobody's; the checker's `The facts:` paragraph is the cited body's, without the label.
MADE_BY = (
    "FactCheck: are there really more wardens than ever?\n\n"
    "We checked two claims made during Wednesday's council debate on parking.\n\n"
    "CLAIM 1: \u201cThe city has more traffic wardens today than at any time in its history.\u201d\n"
    "Made by: Councillor for Eastgate, Orla Brennick\n"
    "Verdict: FALSE\n\n"
    "The facts: The Parking Office said it employed 41 wardens in March, compared with 56 in 2015.\n\n"
    "CLAIM 2: \u201cSixty car parks have been sold off since 2020.\u201d\n"
    "Who said it: Deputy mayor Tadhg Moriarty\n"
    "Verdict: MOSTLY FALSE\n\n"
    "The facts: The city's property register lists nine car parks sold in that period.\n")


def test_a_made_by_line_names_the_speaker_of_the_claim_above() -> None:
    assert rows(MADE_BY) == [
        ("Orla Brennick", "person", "The city has more traffic wardens today than at any time in its history"),
        ("Parking Office", "organisation", "it employed 41 wardens in March, compared with 56 in 2015"),
        ("Tadhg Moriarty", "person", "Sixty car parks have been sold off since 2020")]


# A label with the claim unquoted, the speaker after a dash; a `THE CLAIM` heading with the claim on the next line.
DASHES = (
    "Leaders' debate: what checked out\n\n"
    "CLAIM: Youth unemployment is down to 9.2% \u2013 Niamh Corless\n"
    "Verdict: TRUE.\n\n"
    "THE CLAIM\n\n"
    "\"Not one bus route in the county was cut last year.\" \u2014 Transport Minister Cathal Deasy, speaking on "
    "local radio on 3 May.\n\n"
    "OUR RATING: Misleading\n")


def test_a_dash_or_a_heading_sets_out_the_claim() -> None:
    assert rows(DASHES) == [
        ("Niamh Corless", "person", "Youth unemployment is down to 9.2%"),
        ("Cathal Deasy", "person", "Not one bus route in the county was cut last year")]


# No speaker line: the one person the lead names most makes the labelled claims; a lead naming two people as often
# gives the labels to nobody (no row rather than a guess).
LEAD_PERSON = (
    "FACT CHECK: Mayor Ines Falka's budget speech\n\n"
    "By Rob Tennant | Desk\n\n"
    "Mayor Ines Falka used her budget speech on Monday to defend the city's finances. We checked two of Falka's "
    "claims.\n\n"
    "The claim: \"We have cut the city's debt by a third since 2022.\"\n\n"
    "Verdict: Needs context.\n")
TWO_PEOPLE = (
    "FACT CHECK: the budget debate\n\n"
    "Mayor Ines Falka defended the city's finances on Monday. Councillor Ed Marr replied on Tuesday. Falka and Marr "
    "meet again in June.\n\n"
    "The claim: \"We have cut the city's debt by a third since 2022.\"\n\n"
    "Verdict: Needs context.\n")


def test_the_lead_s_person_makes_claims_without_a_speaker_line() -> None:
    assert rows(LEAD_PERSON) == [("Ines Falka", "person", "We have cut the city's debt by a third since 2022")]


def test_a_lead_of_two_people_gives_the_labels_to_nobody() -> None:
    assert rows(TWO_PEOPLE) == []


# A line that dates the text (`Published`, `Updated`, `Posted`, wave 29) is never counted in the lead, even when it
# names someone: here counting it would tie Marr with Falka and give the labelled claim to nobody.
@pytest.mark.parametrize("date_word", ["Posted", "Updated", "Published", "POSTED"])
def test_a_date_line_is_not_read_for_the_lead_s_person(date_word: str) -> None:
    text = ("FACT CHECK: Mayor Ines Falka's budget speech\n\n"
            f"{date_word} 4 May 2026, after Councillor Ed Marr's reply\n\n"
            "Mayor Ines Falka used her budget speech on Monday to defend the city's finances. We checked two of "
            "Falka's claims. Councillor Ed Marr sat through the speech.\n\n"
            "The claim: \"We have cut the city's debt by a third since 2022.\"\n\n"
            "Verdict: Needs context.\n")
    assert rows(text) == [("Ines Falka", "person", "We have cut the city's debt by a third since 2022")]


def test_a_dated_paragraph_that_opens_otherwise_is_read_for_the_lead() -> None:
    text = ("FACT CHECK: the budget debate\n\n"
            "On 4 May 2026 Mayor Ines Falka defended the city's finances. Councillor Ed Marr replied.\n\n"
            "Falka and Marr meet again in June.\n\n"
            "The claim: \"We have cut the city's debt by a third since 2022.\"\n\n"
            "Verdict: Needs context.\n")
    assert rows(text) == []


# What must not fire: a `Claim` that is a word of prose, a speaker line naming nobody, a source credit after a table.
@pytest.mark.parametrize("text", [
    "Insurance\n\nClaims rose 4% last year, the insurer said.\n",
    "Parking\n\nClaim: \"Parking fines pay for road repairs.\"\nMade by: posts on social media\nVerdict: FALSE\n",
])
def test_no_label_no_claim_row(text: str) -> None:
    assert [r for r in rows(text) if r[2].startswith(("Parking fines", "Claims"))] in (
        [], [("the insurer", "unresolved", "Claims rose 4% last year")])


@pytest.mark.parametrize(("text", "expected"), [
    ("CLAIM 1: x", True), ("Intro\nThe claim: x", True), ("Intro\n- What was said: x", True),
    ("Intro\nWHAT WAS CLAIMED\nx", True), ("Claims rose.", False), ("The claims rose.", False),
    ("A reclaimed site.", False),
    # wave 52s: found at the text's start and after each line break only, never inside a line
    ("  Our claim: x", True), ("Intro\r\n  * the quote: x", True), ("Intro, then the claim: x", False), ("", False)])
def test_may_hold_labels(text: str, expected: bool) -> None:
    assert may_hold_labels(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("\u201cRates fell.\u201d \u2014 Jo Roe", ((1, 12), 16)),
    ("\"Rates fell.\"", ((1, 12), None)),
    ("Rates fell by 9% \u2013 Jo Roe", ((0, 16), 19)),
    ("Rates fell", ((0, 10), None)),
    ("\u201c\u201d", (None, None)),
    ("", (None, None)),
])
def test_claim_words(text: str, expected: tuple) -> None:
    assert claim_words(text, 0, len(text)) == expected


@pytest.mark.parametrize(("text", "end"), [
    ("The facts: Rates fell.", 11), ("In fact: Rates fell.", 9), ("What we found: x", 15), ("Context: x", 9),
    ("The factory: x", None), ("The facts:", None)])
def test_checker_label(text: str, end: int | None) -> None:
    match = CHECKER_LABEL_RE.match(text)
    assert (match.end() if match else None) == end


# The speaker's line may stand above the claim; a claim right under another claim's lines never borrows its speaker.
ABOVE = (
    "Ferry fares checked\n\n"
    "We checked what was said about fares and sailings at Thursday's meeting of the harbour board in the town hall.\n\n"
    "Who said it: Harbour Board chair Senan Tully\n"
    "What was said: \"Fares on the island route have not risen since 2019.\"\n"
    "Verdict: FALSE\n\n"
    "The facts: the board's own tariff shows two rises since then.\n")
BORROWED = (
    "Ferry fares checked\n\n"
    "We checked what was said about fares and sailings at Thursday's meeting of the harbour board in the town hall.\n\n"
    "Claim: \"Fares have not risen since 2019.\"\n"
    "Made by: Harbour Board chair Senan Tully\n"
    "Claim: \"Sailings rose by a third.\"\n"
    "Verdict: TRUE\n")


def test_a_speaker_line_above_the_claim() -> None:
    assert rows(ABOVE) == [("Senan Tully", "person", "Fares on the island route have not risen since 2019")]


def test_a_claim_never_borrows_the_speaker_of_the_claim_above() -> None:
    assert rows(BORROWED) == [("Senan Tully", "person", "Fares have not risen since 2019")]
