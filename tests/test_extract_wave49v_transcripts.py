"""A briefing's transcript under a heading that names its speaker (wave 49v). Foreign ministries and governments put
out `Transcript of the Press Briefing by the Spokesperson on <date>`: a note in square brackets (`[This is a rush
transcript ...]`) and a greeting, then the spokesperson's opening statement, in the first person (`I will begin with
the visit of ...`) and in the third (`The Foreign Minister signed three agreements ...`): every sentence is hers, as
under `Statement by X` (statement, attribution/issuer). The heading may name her by her post alone (`the
Spokesperson`); her voice stops where a statement's does: at a question, a heading, a cue of another party or a
quotation. Texts written for this test in our own words about invented parties."""
import pytest

from claims.extract import statement
from claims.extract.attribution.issuer import is_chrome_line
from claims.extract.entities import Mention
from claims.extract.text import split_blocks
from extract_rows import cued_rows


def _party(line: str) -> Mention | None:
    """The party the first line of a text names as the giver of what follows."""
    return statement.statement_party(line + "\n\nBody.", split_blocks(line)[0])


@pytest.mark.parametrize(("line", "expected"), [
    ("Transcript of the Press Briefing by the Spokesperson on Friday 14 March 2025",
     Mention(36, 52, "the Spokesperson", "person")),
    ("Transcript of the Weekly Press Briefing by the Spokesperson", Mention(43, 59, "the Spokesperson", "person")),
    ("TRANSCRIPT OF THE REGULAR PRESS CONFERENCE BY THE CHIEF SPOKESPERSON",
     Mention(46, 68, "THE CHIEF SPOKESPERSON", "person")),
])
def test_a_transcripts_heading_names_its_speaker_by_post(line: str, expected: Mention) -> None:
    assert _party(line) == expected


@pytest.mark.parametrize("line", [
    "Briefing by the Spokesperson",  # no transcript, statement or remarks: a headline may read so
    "Message from the Chair",  # signed by her name below: the signature names her (wave 33f)
    "Transcript of the Press Briefing by the harbour board",  # no post, no name
    "Transcript of the Press Briefing by the Spokesperson and the Minister",  # two voices
    "Transcript of the Press Briefing by the Spokesperson.",  # a sentence, not a heading
])
def test_no_speaker_without_a_post_or_a_heading(line: str) -> None:
    assert _party(line) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("[This is a rush transcript. It may be updated] Good afternoon,", True),
    ("[Rush transcript]", True),
    ("[Updated] The council has closed the Eastby pool for six weeks of repairs.", False),
    ("[This is a rush transcript] Good afternoon, and welcome to the weekly briefing of the ministry.", False),
])
def test_an_editors_note_in_brackets_over_a_greeting_is_furniture(line: str, expected: bool) -> None:
    assert is_chrome_line(line, split_blocks(line)[0]) is expected


TRANSCRIPT = """Transcript of the Press Briefing by the Spokesperson on Friday 14 March 2025

[This is a rush transcript. This copy may not be in its final form and may be updated] Good afternoon,

Thank you for joining us for the Weekly Briefing.

I will begin with the visit of the Foreign Minister to Veldoria on 10-11 March 2025. The Foreign Minister signed \
three agreements with his Veldorian counterpart.

In Port Amsel, the two sides agreed to raise bilateral trade to $2 billion by 2027.

Question: Will the Foreign Minister travel to Kessary next month?

The briefing ended at 3.40pm, after 14 questions.
"""


def test_a_transcripts_opening_statement_is_its_speakers_until_a_question() -> None:
    """The note and the greeting claim nothing; after the question the writer's narration is nobody's."""
    assert cued_rows(TRANSCRIPT) == [
        ("the Spokesperson", "person", "statement",
         "I will begin with the visit of the Foreign Minister to Veldoria on 10-11 March 2025"),
        ("the Spokesperson", "person", "statement",
         "The Foreign Minister signed three agreements with his Veldorian counterpart"),
        ("the Spokesperson", "person", "statement",
         "In Port Amsel, the two sides agreed to raise bilateral trade to $2 billion by 2027"),
    ]


LABELLED = """Transcript of Weekly Media Briefing by the Official Spokesperson (March 6, 2025)

Tomas Reyvik, Official Spokesperson: Good evening to all of you. The Foreign Minister will visit Dalhenna on 10 March.

Question: Will he meet the President?
"""


def test_a_transcript_whose_turns_are_labelled_gives_each_turn_to_its_label() -> None:
    """The label names the speaker in full: the heading's post gives no voice of its own."""
    assert cued_rows(LABELLED) == [
        ("Tomas Reyvik", "person", "transcript", "The Foreign Minister will visit Dalhenna on 10 March"),
    ]


RELEASED = """HARROWGATE: The Harrowgate Borough Council has released the following statement regarding today's \
announcement by the Department of Planning.

The council was only told late yesterday that the Department would take over planning decisions for the Eastmoor \
estate.

The council intends to make representations to the Department during the consultation.
"""


def test_a_statement_released_below_unquoted_is_its_givers() -> None:
    """`X has released the following statement regarding Y.` with no quotation below: the paragraphs below are X's
    text, every sentence X's, as under `The statement reads:`."""
    assert cued_rows(RELEASED) == [
        ("Harrowgate Borough Council", "organisation", "statement",
         "The council was only told late yesterday that the Department would take over planning decisions for the "
         "Eastmoor estate"),
        ("Harrowgate Borough Council", "organisation", "statement",
         "The council intends to make representations to the Department during the consultation"),
    ]


def test_a_statement_released_below_in_quotation_marks_is_read_as_speech() -> None:
    """A quotation under the lead-in is read as the giver's speech, as before (wave 25c): the unquoted paragraph after
    it is the writer's again."""
    quoted = RELEASED.replace("\n\nThe council was only told", '\n\n"The council was only told') \
        .replace("Eastmoor estate.\n", 'Eastmoor estate."\n')
    assert cued_rows(quoted) == [
        ("Harrowgate Borough Council", "organisation", "released the following statement",
         "The council was only told late yesterday that the Department would take over planning decisions for the "
         "Eastmoor estate."),
    ]


def test_a_statement_released_below_stops_at_another_partys_cue() -> None:
    """A paragraph opening on another party's cue ends the statement: the writer reports someone else."""
    text = RELEASED + "\nThe Department of Planning said the change would speed up 400 decisions a year.\n"
    assert cued_rows(text)[2:] == [
        ("Department of Planning", "organisation", "said", "the change would speed up 400 decisions a year"),
    ]
