"""A participle of a speaking occasion set off between a subject and its cue is an aside (`X, replying to a question in
the house, said`): the subject speaks, never the body the aside names (`claims.extract.speakers.clauses`, wave 47f;
every word of `occasion_opening_participles`). Invented texts."""
import pytest

from claims import extract_text


@pytest.mark.parametrize("text, speaker", [
    ("Transport Minister Ilse Varga, replying to a question from the Roads Committee, said that 40 ferries were in "
     "service.", "Ilse Varga"),
    ("Ilse Varga, reacting to the Harbour Board's decision, said that 40 ferries were in service.", "Ilse Varga"),
    ("Ilse Varga, testifying before the Senate Marine Committee on Tuesday, said that 40 ferries were in service.",
     "Ilse Varga"),
    ("Ilse Varga, replying today to a query in the Legislative Council, has said that 40 ferries were in service.",
     "Ilse Varga"),
])
def test_an_occasion_aside_leaves_the_subject_the_speaker(text: str, speaker: str) -> None:
    found = extract_text(text)
    assert list(zip(found["speaker"], found["speaker_kind"], found["quote"])) == [
        (speaker, "person", "40 ferries were in service")]
