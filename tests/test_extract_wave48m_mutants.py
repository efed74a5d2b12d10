"""Round 48m: mutants mutmut showed unasserted in the functions wave 47 owed (speakers/voices.voice,
speakers/regions._region_speaker and speaker_of_clause) and in wave 47's new modules (lead_capitals, attribution's
pointed_messages and view_leads), each case an invented text with the whole value asserted."""
import pytest

from claims.extract.lead_capitals import recased_leads
from tests.extract_rows import cued_rows, rows

_BINS = "the bins would be collected on Fridays"


# lead_capitals (47d): a news lead's opening words in capitals read in their sentence case

@pytest.mark.parametrize(("text", "expected"), [
    # a one-letter word inside the run is a common word, though the text opens a sentence on it elsewhere
    ("THE BOARD OF A CHARITY in Dunmere said fees rose.\nA spokesperson said so.",
     "The board of a charity in Dunmere said fees rose.\nA spokesperson said so."),
    # two or three capitals that are no common short word stay an acronym, though written nowhere else
    ("THE GP SURGERY in Ardmoy said fees rose.", "The GP surgery in Ardmoy said fees rose."),
    ("THE KRB CLINIC in Ardmoy said fees rose.", "The KRB clinic in Ardmoy said fees rose."),
    # a longer word the text writes in capitals elsewhere, even at a sentence's start, stays in capitals
    ("THE KRFA HAVE said that ticket sales rose.\n\nKRFA members met on Friday.",
     "The KRFA have said that ticket sales rose.\n\nKRFA members met on Friday."),
    # a word the text capitalises inside a sentence keeps its capital
    ("THE HARBOUR TRUST has said that fees will rise.\nFees at the Harbour Trust rose.",
     "The Harbour Trust has said that fees will rise.\nFees at the Harbour Trust rose."),
    # a capital opening a line (after a heading with no stop) says nothing of the word
    ("THE HARBOUR TRUST has said that fees will rise.\nFees at Ardmoy\nHarbour fees rose by a tenth.",
     "The harbour trust has said that fees will rise.\nFees at Ardmoy\nHarbour fees rose by a tenth."),
    # after a bullet's dash the capital is inside the line, not opening it
    ("- Harbour fees rose by a tenth.\nTHE HARBOUR TRUST has said that fees will rise.",
     "- Harbour fees rose by a tenth.\nThe Harbour trust has said that fees will rise."),
])
def test_a_capitals_lead_reads_each_word_as_the_text_writes_it_elsewhere(text: str, expected: str) -> None:
    assert recased_leads(text) == expected


# speakers/voices.voice: a body's voice

def test_a_spokeswoman_for_a_place_s_government_is_that_government() -> None:
    text = "A spokeswoman for the Kelmar government said that the border would reopen in May."
    assert cued_rows(text) == [("Kelmar government", "organisation", "said that", "the border would reopen in May")]


@pytest.mark.parametrize("body", ["Wyvernhale Healthcare", "Marcus Hale"])  # the second read as a person's name
def test_a_spokesperson_for_a_registered_body_s_opening_words_is_that_body(body: str) -> None:
    text = f"{body} Ltd runs four clinics. A spokesperson for {body} said that two clinics would close."
    assert cued_rows(text) == [(f"{body} Ltd", "organisation", "said that", "two clinics would close")]


@pytest.mark.parametrize("subject", [
    "Council spokeswoman Nora Pell",                    # the person after the role
    "Spokeswoman Nora Pell",                            # the role her title
    "Nora Pell, spokeswoman for Dunmere Council,",      # the person before her role
])
def test_a_named_spokesperson_speaks_herself(subject: str) -> None:
    assert cued_rows(f"{subject} said that {_BINS}.") == [("Nora Pell", "person", "said that", _BINS)]


def test_a_spokesman_for_a_titled_person_is_that_person() -> None:
    text = f"A spokesman for Mayor Tobias Wren said that {_BINS}."
    assert cued_rows(text) == [("Tobias Wren", "person", "said that", _BINS)]


def test_a_spokesman_for_a_person_s_office_is_that_person() -> None:
    text = f"A spokesman for Tobias Wren's press office said that {_BINS}."
    assert cued_rows(text) == [("Tobias Wren", "person", "said that", _BINS)]


def test_a_press_officer_for_a_body_is_that_body() -> None:
    text = f"A press officer for Dunmere Council said that {_BINS}."
    assert cued_rows(text) == [("Dunmere Council", "organisation", "said that", _BINS)]


# attribution/pointed_messages: `That is the message from X.` after an unclaimed paragraph

def test_a_question_in_the_paragraph_a_pointer_gives_away_is_no_claim() -> None:
    text = ("Winter changes\n\nWill the Stromhaven crossing reopen in May? The crossing carried 12,000 fewer passengers "
            "this winter than last.\n\nThat is the message from Orkland Ferry Company.\n")
    assert cued_rows(text) == [("Orkland Ferry Company", "organisation", "That is the message from",
                                "The crossing carried 12,000 fewer passengers this winter than last")]


@pytest.mark.parametrize(("pointer", "speaker", "kind", "cue"), [
    # `issued by X, <post>`: the agent before the comma
    ("This is contained in a release issued by Dr Nora Pell, Adviser to the Minister for Ports.", "Nora Pell",
     "person", "This is contained in"),
    # a comma with no agent before it: the source is read to the sentence's end
    ("That is the message from Orkland Ferry Company, which was bought by Tobias Wren in May.",
     "Orkland Ferry Company", "organisation", "That is the message from"),
])
def test_a_pointer_s_source_is_read_before_its_post(pointer: str, speaker: str, kind: str, cue: str) -> None:
    text = ("Winter changes\n\nThe Stromhaven crossing carried 12,000 fewer passengers this winter than last.\n\n"
            + pointer + "\n")
    assert cued_rows(text) == [(speaker, kind, cue,
                                "The Stromhaven crossing carried 12,000 fewer passengers this winter than last")]


# attribution/view_leads: a lead-in naming a party's view, its bullets the party's claims

_ITEMS = "\u2022 The authority awarded the dredging contract after an open tender in March.\n"
_ITEM = "The authority awarded the dredging contract after an open tender in March"


def test_an_inspectorate_s_position_set_out_below_is_the_inspectorate_s() -> None:
    lead = "The position of the Marlow Harbour Inspectorate is as follows:"
    text = "Dredging contract: the facts\n\nThe contract was questioned this week.\n\n" + lead + "\n\n" + _ITEMS
    assert cued_rows(text) == [("Marlow Harbour Inspectorate", "inspectorate", lead, _ITEM)]


def test_a_person_s_view_set_out_below_is_hers() -> None:
    lead = "Dr Nora Pell's view is as follows:"
    text = "Dredging contract: the facts\n\nThe contract was questioned this week.\n\n" + lead + "\n\n" + _ITEMS
    assert cued_rows(text) == [("Nora Pell", "person", lead, _ITEM)]


_WARDS = "two wards would close"


@pytest.mark.parametrize(("text", "speaker", "kind", "claim"), [
    ("Dr Nora Pell, the Minister for Ports, opened the quay in May. A spokesperson for the Minister said that "
     "the quay would take larger ships.", "Nora Pell", "person", "the quay would take larger ships"),
    ("Larchmont Hospitals NHS Trust opened a ward. A spokeswoman for the trust said that two wards would close.",
     "Larchmont Hospitals NHS Trust", "organisation", _WARDS),
    ("St Brenna's Hospital opened a ward. A spokesman for the hospital said that two wards would close.",
     "St Brenna's Hospital", "organisation", _WARDS),
    ("Corran Hospital Group runs St Brenna's Hospital. A spokesman for the hospital group said that two wards would "
     "close.", "Corran Hospital Group", "organisation", _WARDS),
    ("The Marlow Harbour Inspectorate visited the quay. A spokesperson for the inspectorate said that the quay was "
     "unsafe.", "Marlow Harbour Inspectorate", "inspectorate", "the quay was unsafe"),
    ("A force spokesperson said that two officers were injured.", "a force spokesperson", "unresolved",
     "two officers were injured"),
])
def test_a_voice_for_the_party_a_reference_names_is_that_party(text: str, speaker: str, kind: str, claim: str) -> None:
    assert cued_rows(text) == [(speaker, kind, "said that", claim)]


# speakers/regions._region_speaker: the words before a cue cut to the subject's clause

@pytest.mark.parametrize(("text", "expected"), [
    # a participle phrase after the subject names its object, never the speaker
    ("The monitor overseeing the Dunmere Port Agency said that fees rose by a tenth.",
     ("The monitor", "unresolved", "said that", "fees rose by a tenth")),
    # so does a relative clause in the past tense
    ("A team that visited the Corran Mills plant reported that two boilers were unsafe.",
     ("A team", "unresolved", "reported that", "two boilers were unsafe")),
    # two posts, each with its holder set off, joined by `and`: the two of them
    ("The Minister for Ports, Nora Pell, and the Minister for Roads, Tobias Wren, said that the bridge would reopen.",
     ("Nora Pell and Tobias Wren", "person", "said that", "the bridge would reopen")),
    # a document by a person set off in commas: the document speaks
    ("The report, by the council's director of housing, Nora Pell, says that rents rose by a tenth.",
     ("the report", "document", "says that", "rents rose by a tenth")),
    # a body's own document, described between commas: the body
    ("The Dunmere Water Agency published its annual Harbour Outlook. The agency's annual Harbour Outlook, published on "
     "Tuesday, found that the bay was cleaner.",
     ("Dunmere Water Agency", "organisation", "found that", "the bay was cleaner")),
    # a body described as a regulator: an inspectorate
    ("Fennick, the water regulator for Dunmere, found that bills rose by a tenth.",
     ("Fennick", "inspectorate", "found that", "bills rose by a tenth")),
    # a body described as another's owner: the body named first
    ("Brantwood Inns Ltd, owner of the Heron Arms, said that the pub would reopen.",
     ("Brantwood Inns Ltd", "organisation", "said that", "the pub would reopen")),
])
def test_region_subject_clauses_resolve_to_the_speaker(text: str, expected: tuple[str, str, str, str]) -> None:
    assert cued_rows(text) == [expected]
