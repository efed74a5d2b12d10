"""People as speakers (wave 21a): each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or the whole value a
helper returns; cases where a rule must not fire sit beside the ones where it must."""
import pytest

from claims.extract.entities import find_mentions
from claims.extract.speakers.clauses import is_occupation, is_party_tag
from extract_rows import rows


# A family name joined by a hyphen whose second part has an inner capital (`Gethin-McKeown`, `Price-MacLeod`,
# `Ross-O'Hara`): one person's name, as `Gethin-Smith` and `McKeown` are; a later `Mr Gethin-McKeown` is him.
@pytest.mark.parametrize(("text", "name"), [
    ("Rory Gethin-McKeown said", "Rory Gethin-McKeown"),
    ("Ailsa Price-MacLeod said", "Ailsa Price-MacLeod"),
    ("Mr Gethin-McKeown said", "Mr Gethin-McKeown"),
    ("Dr Ross-O'Hara said", "Dr Ross-O'Hara"),
    ("Rory Gethin-Smith said", "Rory Gethin-Smith"),
])
def test_a_hyphened_family_name_with_an_inner_capital_is_a_person(text: str, name: str) -> None:
    assert [(m.name, m.kind) for m in find_mentions(text, 0, len(text))] == [(name, "person")]


def test_a_hyphened_family_name_speaks_later_with_its_title() -> None:
    text = ("Upper Vale MLA Rory Gethin-McKeown was found to have breached the code.\n\n"
            "In a statement, Mr Gethin-McKeown said he had repaid £4,200 in March.\n")
    assert rows(text) == [("Rory Gethin-McKeown", "person", "he had repaid £4,200 in March")]


# A nickname in quotation marks between a given name and a family name (`Margaret "Peg" Vanderhoof`, `James 'Jim'
# Hollis`): the person, named without the nickname; a later surname is the same person. Quoted words after a body's
# name or a possessive stay out of it.
@pytest.mark.parametrize(("text", "name"), [
    ('"Our board was unanimous," said Margaret "Peg" Vanderhoof, the bank\'s chair.', "Margaret Vanderhoof"),
    ("James 'Jim' Hollis, the bank's chair, said profits rose 10%.", "James Hollis"),
    ("Sen. Robert \u201cBobby\u201d Lanning said the bill would cost $3 million.", "Robert Lanning"),
])
def test_a_nickname_in_quotation_marks_is_inside_the_name(text: str, name: str) -> None:
    assert [r[0] for r in rows(text)] == [name]


def test_a_nickname_person_is_later_named_by_surname() -> None:
    text = ('James "Jim" Hollis, the bank\'s chair, said deposits rose 11% last year.\n\n'
            "Hollis said the board would meet again in May to review the offer of $41 a share.\n")
    assert rows(text) == [("James Hollis", "person", "deposits rose 11% last year"),
                          ("James Hollis", "person",
                           "the board would meet again in May to review the offer of $41 a share")]


def test_quoted_words_after_a_possessive_are_no_nickname() -> None:
    text = "Acme's 'Fair Deal' Plan was published on Monday. Acme Water said bills would fall 4% in April.\n"
    assert rows(text) == [("Acme Water", "organisation", "bills would fall 4% in April")]


# `between A and B` inside a finding is a range, never a second clause with a speaker of its own, whoever follows it
# (`found that between May 2022 and March 2025 Mr Roe claimed £46,800`); a comma before the `and` still opens one.
def test_an_and_closing_a_range_opens_no_second_speaker() -> None:
    text = ("Dr Ann Kirk found that between May 2022 and March 2025 Mr Gethin-McKeown claimed £46,800 in office costs "
            "for premises in Portadown.\n")
    assert rows(text) == [("Ann Kirk", "person", "between May 2022 and March 2025 Mr Gethin-McKeown claimed £46,800 "
                                                 "in office costs for premises in Portadown")]


def test_an_and_after_a_comma_still_opens_a_second_speaker() -> None:
    text = "Dr Ann Kirk found that costs rose 4% between May 2022 and June, and Acme Water said bills would rise 5%.\n"
    assert rows(text) == [("Ann Kirk", "person", "costs rose 4% between May 2022 and June"),
                          ("Acme Water", "organisation", "bills would rise 5%")]


# A person set off by an apposition whose head is an occupation no title list holds (`consultant nephrologist at X`,
# `senior epidemiologist at X`, `paediatric dietitian with X`), or two posts joined by `and`: the person speaks,
# never the workplace; a body set off by such words stays the body.
@pytest.mark.parametrize("aside", [
    "consultant nephrologist at the Harbury Renal Unit",
    "nephrologist at the Harbury Renal Unit",
    "senior epidemiologist at Harbury Hospital",
    "consultant nephrologist at the Harbury Renal Unit and chief investigator of the trial",
    "a paediatric dietitian with the Harbury Trust",
    "clinical psychologist at Harbury University",
])
def test_a_person_with_an_occupation_at_a_body_speaks(aside: str) -> None:
    text = f"Professor Jo Roe, {aside}, said the scheme had cut admissions by 30%.\n"
    assert rows(text) == [("Jo Roe", "person", "the scheme had cut admissions by 30%")]


def test_a_quotation_after_a_person_with_an_occupation_is_hers() -> None:
    text = ("Professor Jo Roe, consultant nephrologist at the Harbury Renal Unit, said:\n\n"
            "\"Home dialysis gives people their lives back, and admissions fell by a third in our trial.\"\n")
    assert rows(text) == [("Jo Roe", "person",
                           "Home dialysis gives people their lives back, and admissions fell by a third in our trial.")]


def test_a_body_described_by_a_specialist_phrase_stays_the_body() -> None:
    text = "Harbury Renal Unit, the specialist centre at Harbury Hospital, said admissions fell by 30%.\n"
    assert rows(text) == [("Harbury Renal Unit", "organisation", "admissions fell by 30%")]


# A legislator's party and district after the name (`R-Midland`, `D-Austin`, `(R-Holland)`) before an apposition
# naming a committee: the legislator speaks, never the committee.
@pytest.mark.parametrize("tag", ["R-Midland", "D-Austin", "I-Vt.", "DFL-Duluth"])
def test_a_party_tag_before_an_apposition_is_no_speaker(tag: str) -> None:
    text = (f"Sen. Lorraine Vance, {tag}, the Republican vice chair of the Senate Appropriations Committee, said the "
            "plan would cost $30 million.\n")
    assert rows(text) == [("Lorraine Vance", "person", "the plan would cost $30 million")]


# An aside on what a person read from or cited (`reading from the Audit Office's report`, `citing figures from X`,
# `quoting X`) is no subject: the person speaks, never the document's owner.
@pytest.mark.parametrize("aside", [
    "reading from the National Audit Office's report",
    "citing the National Audit Office's report",
    "quoting figures from the National Audit Office",
    "referring to the Audit Office's findings",
])
def test_a_person_reading_from_a_report_speaks(aside: str) -> None:
    text = f"Labour MP Dervla Hensby, {aside}, pointed out that the programme had been reset 10 times since 2019.\n"
    assert rows(text) == [("Dervla Hensby", "person", "the programme had been reset 10 times since 2019")]


@pytest.mark.parametrize(("word", "occupation"), [
    ("nephrologist", True), ("dietitian", True), ("paediatrician", True), ("analyst", True),
    ("radiographer", True), ("checklist", False), ("wrist", False), ("catalyst", False), ("director", False),
])
def test_an_occupation_is_read_by_its_ending(word: str, occupation: bool) -> None:
    assert is_occupation(word) is occupation


@pytest.mark.parametrize(("clause", "tag"), [
    ("R-Midland", True), ("(D-Austin)", True), ("D-San Antonio", True), ("I-Vt.", True),
    ("Stoke-on-Trent", False), ("X-Ray Ltd", False), ("the vice chair", False),
])
def test_a_party_tag_is_the_party_letters_and_a_district(clause: str, tag: bool) -> None:
    assert is_party_tag(clause) is tag


# `An` before a body's acronym is the English article (`An HM Coastguard spokesperson`, `An RSPCA spokesperson`): the
# spokesperson speaks for the body, named without it; `An Garda Síochána` keeps its Irish article.
@pytest.mark.parametrize(("opening", "body"), [
    ("An HM Coastguard spokesperson", "HM Coastguard"),
    ("An RSPCA spokesperson", "RSPCA"),
    ("An Garda Síochána spokesperson", "An Garda Síochána"),
])
def test_an_before_an_acronym_is_the_article(opening: str, body: str) -> None:
    text = f"{opening} said 74 people had been helped since May.\n"
    assert rows(text) == [(body, "organisation", "74 people had been helped since May")]


# A case's sides named by their part, capitalised as a decision's defined terms (`The Complainant says`, `The
# Defendant told the court`): one unnamed side, unresolved in the text's words, never a body; a later `The Provider
# says` is never the ombudsman in focus (a provider or employer is the party overseen); its capital kept (wave 50g).
DIGEST = ("The Ombudsman, Clodagh Nevin, said the office had received 3,412 complaints in 2027.\n\n"
          "The Complainant says that the roof had been repaired by a contractor in 2023.\n\n"
          "The Provider says that the storm merely exposed an existing defect in the roof.\n")


def test_the_sides_of_a_complaint_speak_unresolved() -> None:
    assert rows(DIGEST) == [
        ("Clodagh Nevin", "person", "the office had received 3,412 complaints in 2027"),
        ("Complainant", "unresolved", "the roof had been repaired by a contractor in 2023"),
        ("the Provider", "unresolved", "the storm merely exposed an existing defect in the roof")]


def test_a_capitalised_defendant_is_no_body() -> None:
    text = "Acme Insurance said claims rose 4%. The Defendant told the court that the roof was repaired in 2023.\n"
    assert rows(text) == [("Acme Insurance", "organisation", "claims rose 4%"),
                          ("Defendant", "unresolved", "the roof was repaired in 2023")]


def test_the_provider_after_a_company_is_the_company() -> None:
    text = ("Acme Care Ltd said it had hired 40 nurses since May.\n\n"
            "The Care Inspectorate found that staffing was poor. "
            "The provider said 12 more nurses would start in June.\n")
    assert rows(text) == [("Acme Care Ltd", "organisation", "it had hired 40 nurses since May"),
                          ("Care Inspectorate", "inspectorate", "staffing was poor"),
                          ("Acme Care Ltd", "organisation", "12 more nurses would start in June")]


# A written statement's field naming who makes it (`Made by: Ann Holt MP, Minister for Resilience`): its unquoted
# first-person paragraphs and the lists its lead-ins open are hers, never a body the statement mentions.
STATEMENT = ("Written statement to Parliament\n\n"
             "Storm Ansel: flood recovery support\n\n"
             "Made by: Ann Holt MP, Minister for Resilience\n\n"
             "I wish to update the House on support for the 2,940 homes flooded after Storm Ansel.\n\n"
             "The Flood Agency estimates that its barriers protected more than 41,000 properties.\n\n"
             "I can confirm that the Government has activated the recovery framework in all 23 areas. "
             "The support available includes:\n\n"
             "- a recovery grant of £600 for each flooded household;\n"
             "- a business grant of up to £3,000.\n")


def test_a_statement_made_by_a_person_is_hers() -> None:
    assert rows(STATEMENT) == [
        ("Ann Holt", "person", "I wish to update the House on support for the 2,940 homes flooded after Storm Ansel"),
        ("Flood Agency", "organisation", "its barriers protected more than 41,000 properties"),
        ("Ann Holt", "person",
         "I can confirm that the Government has activated the recovery framework in all 23 areas"),
        ("Ann Holt", "person", "a recovery grant of £600 for each flooded household"),
        ("Ann Holt", "person", "a business grant of up to £3,000")]
