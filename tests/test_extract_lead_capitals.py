"""A news lead's first words set in capitals (`claims.extract.lead_capitals`, wave 47d): British and Irish papers
print a story's opening words in capitals; the working copy reads them in their sentence case, an acronym the text
writes elsewhere kept. Each text is written for this test in our own words about invented parties."""
import pytest

from claims import extract_text
from claims.extract.lead_capitals import holds_lead, recased_leads


def table(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, speaker_kind, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["quote"]))


@pytest.mark.parametrize(("text", "expected"), [
    ("THE KRFA HAVE said that ticket sales rose by a fifth.\nThe KRFA's board met.",
     "The KRFA have said that ticket sales rose by a fifth.\nThe KRFA's board met."),
    ("Intro line.\nTHE CHAIRWOMAN of Dunmere Rowing Club said the new boathouse was full.",
     "Intro line.\nThe chairwoman of Dunmere Rowing Club said the new boathouse was full."),
    ("FERRY PASSENGERS on the Lisk crossing waited four hours, Lisk Ferries said. Passengers complained.",
     "Ferry passengers on the Lisk crossing waited four hours, Lisk Ferries said. Passengers complained."),
    ("HSE GP clinics in Ardmoy saw 900 patients.", "HSE GP clinics in Ardmoy saw 900 patients."),  # acronyms kept
])
def test_a_lead_in_capitals_is_read_in_its_sentence_case(text: str, expected: str) -> None:
    assert recased_leads(text) == expected


@pytest.mark.parametrize("text", [
    "ANNUAL REPORT 2024\nThe club said so.",                 # a heading: no lower-case word after it
    "DUNMERE, 4 May - The club said so.",                    # a dateline
    "The club said THE BOARD had met.",                      # capitals inside a sentence
    "ENDS",
])
def test_other_capitals_are_left_alone(text: str) -> None:
    assert recased_leads(text) == text


def test_the_acronym_opening_a_capitals_lead_speaks() -> None:
    text = ("THE KRFA HAVE said that ticket sales rose by a fifth last season, while they reported a surplus of "
            "£40,000.\n\nThe KRFA's annual report was published on Friday.\n")
    assert table(text) == [
        ("KRFA", "organisation", "ticket sales rose by a fifth last season"),
        ("KRFA", "organisation", "they reported a surplus of £40,000"),
    ]


def test_a_post_in_a_capitals_lead_is_no_speaker_s_name() -> None:
    text = ("THE TREASURER of Dunmere Rowing Club, Ines Varga, said membership had doubled since the spring.\n")
    assert table(text) == [("Ines Varga", "person", "membership had doubled since the spring")]


# Wave 52s: whether a text holds a lead is found at its start and after each line break only (the same answer as one
# search of the whole lead pattern, which tried every character); a line break inside a paragraph counts, a run of
# capitals inside a line never does.
@pytest.mark.parametrize(("text", "expected"), [
    ("THE CHAIRWOMAN of Dunmere Rowing Club said the boathouse was full.", True),
    ("Intro line.\n  THE CHAIRWOMAN of Dunmere Rowing Club said it.", True),
    ("Intro line.\r\nA SURVEY by Tolvane Trust found waits rose.", True),
    ("Intro line, then THE CHAIRWOMAN of Dunmere Rowing Club said it.", False),
    ("Intro line.\nTHE chairwoman said it.", False),
    ("Intro line.\nHARBOUR POLICE of Dunmere", True),
    ("", False),
])
def test_holds_lead_only_at_a_line_start(text: str, expected: bool) -> None:
    assert holds_lead(text) is expected


# Wave 53d: a lead of one short common word in capitals (`ONE of`, `TWO of`, `THE number of`) is read with a capital
# first only; an acronym (`HSE says`) or a word the text writes in capitals elsewhere stays.
@pytest.mark.parametrize(("text", "expected"), [
    ("ONE of Tarn's biggest employers has cut 200 jobs.", "One of Tarn's biggest employers has cut 200 jobs."),
    ("Intro line.\nTWO of the county's bus firms have raised fares.",
     "Intro line.\nTwo of the county's bus firms have raised fares."),
    ("HSE says the offer is poor value.", "HSE says the offer is poor value."),
    ("TOP officers met. The TOP unit said so.", "TOP officers met. The TOP unit said so."),
])
def test_a_lead_of_one_word_in_capitals_is_read_in_its_sentence_case(text: str, expected: str) -> None:
    assert recased_leads(text) == expected


def test_a_lead_of_one_word_in_capitals_names_no_body_for_the_figures_after() -> None:
    text = ("ONE of Tarn's main water companies has defended its record on leaks.\n\n"
            "New figures revealed this week that Brindle Water lost 141 litres per property per day.\n")
    assert table(text) == [
        ("new figures", "document", "Brindle Water lost 141 litres per property per day")]
