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
