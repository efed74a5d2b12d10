"""A given name that is also a modal verb (wave 60v): `Will` after a capitalised post and before one surname is the
person's given name (`Deputy Chief Constable Will Hartigan said`), never the modal that cuts a headline's run (`Jo
Roe Will Step Down`). Each case is a short text written for this test in our own words about invented parties, and
the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from claims import extract_text
from claims.extract.entities import Mention, find_mentions


def table(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, speaker_kind, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["quote"]))


LEAD = "Recorded burglaries in Corrowdale fell for a third year running.\n\n"
QUOTE = "\u201cBurglaries fell by 12% in the year to March across the county.\u201d\n"


@pytest.mark.parametrize("lead", [
    "Deputy Chief Constable Will Hartigan said:",
    "Chief Constable Will Hartigan said,",
    "Finance Director Will Hartigan said:",
])
def test_will_after_a_capitalised_post_opens_the_person_s_name(lead: str) -> None:
    assert table(LEAD + f"{lead} {QUOTE}") == [
        ("Will Hartigan", "person", "Burglaries fell by 12% in the year to March across the county.")]


def test_will_after_a_post_at_a_sentence_s_end_names_the_speaker() -> None:
    text = LEAD + "Burglaries fell by 12% in the year to March, said Chief Constable Will Hartigan.\n"
    assert table(text) == [("Will Hartigan", "person", "Burglaries fell by 12% in the year to March")]


@pytest.mark.parametrize(("run", "mention"), [
    ("Chief Constable Will Hartigan", Mention(0, 29, "Will Hartigan", "person", False, "chief")),
    ("Jo Pellow Will Step Down", Mention(0, 24, "Jo Pellow", "person")),
    # 61m: the post's word is the one right before `Will` (`Police` before it is none), and the surname the one after
    ("Police Chief Will Hartigan", Mention(0, 26, "Will Hartigan", "person", False, "chief")),
    ("Acme Director Will Hartigan", Mention(0, 27, "Will Hartigan", "person", False, "director")),
])
def test_a_modal_given_name_is_kept_only_between_a_post_and_one_surname(run: str, mention: Mention) -> None:
    assert find_mentions(run + " today.", 0, len(run)) == [mention]


def test_will_before_a_common_word_after_a_post_is_the_modal() -> None:
    """`Chief Constable Will Resign`: the word after `Will` is a common word, so `Will` is the headline's verb and the
    post alone names no one (round 61m)."""
    assert find_mentions("Chief Constable Will Resign today.", 0, 27) == []
