"""A capitalised head noun as a voice's modifier (speakers/head_voices, wave 33b): each text is written for this test
in our own words about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows."""
import pytest

from extract_rows import rows


# `A University spokesperson` after a body named in full with that head is that body, never another body whose name
# only opens with the word (`University and College Union`), nor a new body called `University`.
@pytest.mark.parametrize(("opening", "body"), [
    ("Students at Tarn Valley University voted to back the strike by the University and College Union.",
     "Tarn Valley University"),
    ("Tarn Valley University staff struck for a week, the University and College Union said.",
     "Tarn Valley University"),
    ("Bramley District Council and the Council Workers Union met on Monday.", "Bramley District Council"),
    ('The ballot asked: "Should we back the strike at Tarn Valley University?" The University and College Union '
     "welcomed the vote.", "Tarn Valley University"),  # named in full only inside a quotation
])
def test_a_head_noun_voice_is_the_body_named_with_that_head(opening: str, body: str) -> None:
    head = body.split()[-1]
    text = f"{opening}\n\nA {head} spokesperson said every module would be reviewed by an exam board.\n"
    assert rows(text)[-1] == (body, "organisation", "every module would be reviewed by an exam board")
