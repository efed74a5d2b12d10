"""Role letters after a name (wave 36f): `SC` (senior counsel, an Irish barrister's letters) is a person's letters
as `KC` and `QC` are, never a body's acronym. Each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from claims import extract_text
from claims.extract.entities import find_mentions, Mention


def table(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, speaker_kind, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["quote"]))


FINED = "Dromore Haulage Ltd was fined €60,000 at Tralee Circuit Court for a yard collision.\n\n"


@pytest.mark.parametrize(("lead", "speaker"), [
    ("Orla Fenwick SC, for the company, said", "Orla Fenwick"),
    ("Defending, Cathal Brannigan SC said", "Cathal Brannigan"),
    ("The association's chairwoman, Aisling Dempsey SC, said", "Aisling Dempsey"),
    ("Owen Pell KC, for the firm, said", "Owen Pell"),
])
def test_a_barrister_s_letters_after_her_name_make_a_person(lead: str, speaker: str) -> None:
    text = FINED + f"{lead} the firm had spent €90,000 on new yard barriers since the collision.\n"
    assert table(text) == [(speaker, "person", "the firm had spent €90,000 on new yard barriers since the collision")]


@pytest.mark.parametrize(("text", "mention"), [
    ("Cathal Brannigan SC said so.", Mention(0, 19, "Cathal Brannigan", "person")),
    ("Cathal Brannigan S.C. said so.", Mention(0, 21, "Cathal Brannigan", "person")),
])
def test_the_letters_are_read_as_part_of_the_person_s_run(text: str, mention: Mention) -> None:
    assert find_mentions(text, 0, len(text)) == [mention]


def test_a_state_s_letters_in_a_dateline_stay_a_place() -> None:
    text = "GREENVILLE, S.C. \u2014 the Tolland Textile Company said it had hired 140 workers at its new plant.\n"
    assert table(text) == [("Tolland Textile Company", "organisation", "it had hired 140 workers at its new plant")]



@pytest.mark.parametrize(("lead", "speaker"), [
    ("Assistant Chief Constable Rhona Tait QPM said", "Rhona Tait"),                 # a police medal
    ("Professor Idris Maelor CBE FRSE FMedSci said", "Idris Maelor"),                # an order, then fellowships
    ("Dr Ann Dell FInstP FLSW, the institute's director, said", "Ann Dell"),         # mixed-case fellowships
    ("Chief Fire Officer Kwame Asante QFSM DL said", "Kwame Asante"),                # a fire medal, a lieutenancy
    ("Mrs Adaeze Okafor OON mni said", "Adaeze Okafor"),                             # a Nigerian order and institute
])
def test_honours_and_fellowships_after_a_name_make_a_person(lead: str, speaker: str) -> None:
    text = FINED + f"{lead} the firm had spent €90,000 on new yard barriers since the collision.\n"
    assert table(text) == [(speaker, "person", "the firm had spent €90,000 on new yard barriers since the collision")]
