"""Three shapes of American and Canadian press writing that the real-page checks showed on more than one set (wave
49e): a degree written with its stops in mixed case after a name (`Jo Roe Ph.D.`, `Ann Lee Ed.D.`,
`data/dotted_degrees.txt`) is part of no name; a sentence pointing back to the paragraph before names its source with
any noun for what a source says (`That's the takeaway from ...`, `This is the advice of ...`,
`data/pointed_message_nouns.txt`); a sentence adverb opening a sentence before its subject without a comma
(`Originally the board had ...`) names no one (`data/not_names.txt`). Texts written for this test in our own words
about invented parties."""
import pytest

from claims.extract.entities import find_mentions, post_nominal_word
from extract_rows import rows


@pytest.mark.parametrize(("written", "name"), [
    ("Marisol Quent Ph.D.", "Marisol Quent"),
    ("Dorian K. Vell Ed.D.", "Dorian K. Vell"),
    ("Tamsin Orrey D.Phil.", "Tamsin Orrey"),
    ("Ugo Marr LL.M.", "Ugo Marr"),
    ("Benedikt Haask Psy.D", "Benedikt Haask"),
])
def test_a_degree_in_mixed_case_after_a_name_is_no_part_of_it(written: str, name: str) -> None:
    mentions = find_mentions(written, 0, len(written))
    assert [(m.name, m.kind, m.start, m.end) for m in mentions] == [(name, "person", 0, len(written))]


@pytest.mark.parametrize(("word", "letters"), [
    ("Ph.D.", True), ("Ed.D.", True), ("M.Sc.", True), ("Pharm.D", True), ("Phd", False), ("Med", False),
    ("Ed", False),
])
def test_post_nominal_word_reads_dotted_degrees(word: str, letters: bool) -> None:
    assert post_nominal_word(word) is letters


def test_a_letter_signed_with_a_dotted_degree_is_the_signers() -> None:
    text = ("Update from Dr. Vell\n\nDear Families,\n\nOur buses will not run this week. The Ashgrove "
            "Board has closed all schools until April 2.\n\nSincerely,\n\nDorian K. Vell Ed.D.\n\nSuperintendent\n")
    assert rows(text) == [
        ("Dorian K. Vell", "person", "Our buses will not run this week"),
        ("Dorian K. Vell", "person", "The Ashgrove Board has closed all schools until April 2"),
    ]


@pytest.mark.parametrize(("pointer", "speaker"), [
    ("That\u2019s the takeaway from an interview on Monday with Dr. Lorna Pettifer, who heads the Quarrybank clinic.",
     "Lorna Pettifer"),
    ("This is the advice of the Brannock Valley Health Board to its patients.", "Brannock Valley Health Board"),
    ("That was the upshot of a review by the Tarnfield Audit Office.", "Tarnfield Audit Office"),
])
def test_any_noun_for_a_sources_words_points_back(pointer: str, speaker: str) -> None:
    text = ("Clinic waits\n\nPatients in Quarrybank wait longer for a scan than anywhere else in the county.\n\n"
            + pointer + "\n")
    assert [row[0] for row in rows(text)] == [speaker]
    assert rows(text)[0][2] == "Patients in Quarrybank wait longer for a scan than anywhere else in the county"


def test_a_result_of_something_points_back_to_no_source() -> None:
    text = ("Clinic waits\n\nPatients in Quarrybank wait longer for a scan than anywhere else in the county.\n\n"
            "That is the result of a decision by the Tarnfield Audit Office to close two units.\n")
    assert [row for row in rows(text) if row[2].startswith("Patients")] == []


@pytest.mark.parametrize("adverb", ["Originally", "Initially", "Reportedly", "Previously", "Ultimately"])
def test_a_sentence_adverb_before_the_subject_names_no_one(adverb: str) -> None:
    text = f"Pupil numbers\n\n{adverb} the Kestrel Bay board had forecast a fall of 80 pupils, Tamsin Orrey said.\n"
    assert rows(text) == [("Tamsin Orrey", "person",
                           f"{adverb} the Kestrel Bay board had forecast a fall of 80 pupils")]


def test_a_sentence_adverb_is_no_body_before_a_descriptor() -> None:
    text = "Pupil numbers\n\nInitially the board had forecast a fall of 80 pupils, but numbers held steady.\n"
    assert [(speaker, kind) for speaker, kind, _ in rows(text)] == [("the board", "unresolved")]


@pytest.mark.parametrize(("sentence", "speaker", "claim"), [
    ("Marlshire has passed 4,000 cases after reporting 212 new ones on Sunday.", "Marlshire",
     "reporting 212 new ones on Sunday"),
    ("Quillon Freight cut 300 jobs after posting a loss of $18 million for the year.", "Quillon Freight",
     "posting a loss of $18 million for the year"),
    ("Tarrow, the county worst hit by the storms, has paid out \u00a33m despite recording 40 fewer claims.", "Tarrow",
     "recording 40 fewer claims"),
])
def test_a_result_reported_in_passing_is_the_subjects(sentence: str, speaker: str, claim: str) -> None:
    assert rows(f"Figures\n\n{sentence}\n") == [(speaker, "organisation", claim)]


def test_a_report_of_no_result_in_passing_is_no_claim() -> None:
    assert rows("Thanks\n\nPell Roofing was praised after reporting the theft of its vans to police.\n") == []


@pytest.mark.parametrize(("claim"), [
    "the audit covered payroll and a sample of invoices approved by the former treasurer",
    "the inquiry heard from staff and read letters sent by parents",
    "the council bought two vans and a plot of land owned by the railway",
])
def test_a_participle_before_by_after_a_noun_is_no_clause_verb(claim: str) -> None:
    assert rows(f"Audit\n\nPriya Nandra said {claim}.\n") == [("Priya Nandra", "person", claim)]


def test_two_clauses_joined_by_and_still_split() -> None:
    text = "Audit\n\nPriya Nandra said the audit covered payroll and the board approved the accounts in June.\n"
    assert rows(text) == [("Priya Nandra", "person", "the audit covered payroll"),
                          ("Priya Nandra", "person", "the board approved the accounts in June")]


def test_a_result_in_passing_is_the_named_partys_when_the_subject_is_none() -> None:
    text = ("Results\n\nHigher fares and a mild winter saw Quillon Freight return to growth in 2024 after posting a loss "
            "of $18 million the year before.\n")
    assert rows(text) == [("Quillon Freight", "organisation", "posting a loss of $18 million the year before")]
