"""People against bodies (wave 26a): each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order; cases where a
rule must not fire sit beside the ones where it must."""
import pytest

from claims import extract_text


def table(text: str) -> list[tuple[str, str, str, str]]:
    """Return (speaker, speaker_kind, cue, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["cue"], found["quote"]))


# A bare `for` aside after a person (`Jo Roe, for the company, said`) says whom she acts for, as `representing` does:
# the person before it speaks, never the party the aside names.
FINED = "Tarnby Dairies Ltd was fined £40,000 at Kelsey Crown Court for polluting the Wend brook.\n\n"


@pytest.mark.parametrize(("lead", "speaker"), [
    ("In mitigation, Nadia Brook, for the company, said", "Nadia Brook"),
    ("In court, Owen Pell KC, for the firm, said", "Owen Pell"),
    ("Mitigating, Dr Priya Lund, for the defendant company, told the court", "Priya Lund"),
    ("Owen Pell, for Tarnby Dairies, said", "Owen Pell"),
])
def test_a_person_before_a_bare_for_aside_speaks(lead: str, speaker: str) -> None:
    text = FINED + f"{lead} the business had spent £210,000 on new tank alarms since the spill.\n"
    cue = lead.rsplit(None, 1)[-1] if not lead.endswith("the court") else "told"
    assert table(text) == [(speaker, "person", cue, "the business had spent £210,000 on new tank alarms since the spill")]


@pytest.mark.parametrize(("lead", "speaker", "kind"), [
    # must not fire: a body before the aside still speaks as itself, and a voice `for` with no comma is the body's
    ("Tarnby Dairies, for its part, said", "Tarnby Dairies", "organisation"),
    ("A spokesman for Tarnby Dairies said", "Tarnby Dairies Ltd", "organisation"),
])
def test_a_bare_for_aside_never_hands_a_body_to_a_person(lead: str, speaker: str, kind: str) -> None:
    text = FINED + f"{lead} the business had spent £210,000 on new tank alarms since the spill.\n"
    assert table(text) == [(speaker, kind, "said", "the business had spent £210,000 on new tank alarms since the spill")]


# A post's agent noun before a surname (`Auditor`, `Statistician`) is a title, as `Treasurer` is: `State Auditor Jo Roe
# ... Auditor Roe said` is Jo Roe, never a person called `Auditor Roe`. Another surname, a given name before the
# surname, the auditors as a body, an audit firm and `the auditor` keep their readings.
AUDIT = "{post} Ilse Marrow today released an audit of the Department of Transit that found 212 late payments.\n\n"


@pytest.mark.parametrize(("post", "later"), [
    ("State Auditor", "said State Auditor Marrow"),
    ("State Auditor", "Auditor Marrow said"),
    ("City Auditor", "said Auditor Marrow"),
    ("County Auditor", "County Auditor Marrow said"),
])
def test_an_auditor_called_by_title_and_surname_is_the_person(post: str, later: str) -> None:
    text = AUDIT.format(post=post) + f'"We flagged these payments in 2024," {later}.\n'
    assert table(text)[-1] == ("Ilse Marrow", "person", "said", "We flagged these payments in 2024")


@pytest.mark.parametrize(("post", "later", "speaker"), [
    ("Chief Statistician", "Statistician Marrow said", "Ilse Marrow"),
    # must not fire: a surname the text never gave, and a given name before the same surname
    ("State Auditor", "Auditor Kestrel said", "Auditor Kestrel"),
    ("State Auditor", "said Benedict Marrow, her brother", "Benedict Marrow"),
])
def test_a_post_noun_before_a_surname_reads_only_a_named_person(post: str, later: str, speaker: str) -> None:
    text = AUDIT.format(post=post) + f'"We flagged these payments in 2024," {later}.\n'
    assert table(text)[-1] == (speaker, "person", "said", "We flagged these payments in 2024")


@pytest.mark.parametrize(("sentence", "row"), [
    # must not fire: auditors as a body, an audit firm and `the auditor` as a reference
    ("Auditors also said the department could not produce 40 approval forms.",
     ("auditors", "inspectorate", "said", "the department could not produce 40 approval forms")),
    ("Kellmoor Audit LLP said the department could not produce 40 approval forms.",
     ("Kellmoor Audit LLP", "organisation", "said", "the department could not produce 40 approval forms")),
    ("The department's external auditor, Kellmoor Audit LLP, said it could not produce 40 approval forms.",
     ("Kellmoor Audit LLP", "inspectorate", "said", "it could not produce 40 approval forms")),
    ("The auditor said the department could not produce 40 approval forms.",
     ("Ilse Marrow", "person", "said", "the department could not produce 40 approval forms")),
])
def test_the_auditors_and_an_audit_firm_keep_their_readings(sentence: str, row: tuple[str, str, str, str]) -> None:
    text = AUDIT.format(post="State Auditor") + sentence + "\n"
    assert table(text)[-1] == row


# A relative clause inside one party's claim that names another source for what it says about the thing before it
# (`..., the school hall, which the county council had said was big enough`, `the boilers, which the trust's report
# describes as "worn out"`): that source claims the thing with its clause, while the outer party keeps its claim. A
# pronoun source (`which she said`, `which it says`) is the outer party again and adds nothing.
APPEAL = "Ledbury County Council objected to the 40 homes at Pell Green.\n\n"


def test_a_named_source_in_a_relative_clause_claims_its_clause() -> None:
    text = APPEAL + ("Inspector Mara Quist said the developer would pay £300,000 towards the school hall, which the "
                     "county council had said was big enough for the extra pupils.\n")
    assert table(text) == [
        ("Mara Quist", "person", "said", "the developer would pay £300,000 towards the school hall, which the county "
                                         "council had said was big enough for the extra pupils"),
        ("Ledbury County Council", "organisation", "had said",
         "the school hall, which the county council had said was big enough for the extra pupils"),
    ]


@pytest.mark.parametrize("relative", [
    # must not fire: the source is the outer party again (a pronoun), or the relative is no report (`which opened`)
    "which she said was big enough for the extra pupils",
    "which opened in 2019 with room for 200 pupils",
])
def test_a_relative_clause_of_the_same_party_stays_whole(relative: str) -> None:
    text = APPEAL + f"Inspector Mara Quist said the developer would pay £300,000 towards the school hall, {relative}.\n"
    assert table(text) == [
        ("Mara Quist", "person", "said", f"the developer would pay £300,000 towards the school hall, {relative}")]


# The second of two places joined after a preposition (`in Mali and Chad had shown`, `its survey of 90 farms in
# Powys and Gwent found`) is the preposition's object, never the subject of a second claim: the sentence stays one
# party's. A party after `and` with no preposition before the first name still opens a second claim.
@pytest.mark.parametrize(("sentence", "rows"), [
    ("Ms Voss added that host towns in Mali and Chad had shown great generosity, but that clinics were full.",
     [("Ana Voss", "person", "added that", "host towns in Mali and Chad had shown great generosity, but that clinics "
                                           "were full")]),
    ("Ms Voss said a survey of 90 farms between Kerry and Donegal found that 40 had closed.",
     [("Ana Voss", "person", "said", "a survey of 90 farms between Kerry and Donegal found that 40 had closed")]),
])
def test_a_place_joined_after_a_preposition_is_no_second_speaker(sentence: str, rows: list[tuple[str, ...]]) -> None:
    text = '"These are not abstract figures," said the deputy head, Ana Voss.\n\n' + sentence + "\n"
    assert table(text)[1:] == rows


def test_a_party_after_and_still_opens_a_second_claim() -> None:
    # must not fire: no preposition governs the name before `and`
    text = ("Ms Ana Voss said the depot had 40 staff, and Tarnby Rail said it would close in May.\n")
    assert table(text) == [("Ana Voss", "person", "said", "the depot had 40 staff"),
                           ("Tarnby Rail", "organisation", "said", "it would close in May")]
