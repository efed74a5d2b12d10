"""`the police` means a body whose name holds `Police` anywhere, whatever its head (`X Police Force`, `X Police
Service`, `Police Service of X`; `claims.extract.speakers.context`, wave 47f). Invented texts."""
import pytest

from claims import extract_text


@pytest.mark.parametrize("text, body, quote", [
    ("The Marrowby Police Force (MPF) said on Monday that 12 people were held.\n\n"
     "\"Most of them are students,\" the police added.", "Marrowby Police Force", "Most of them are students"),
    ("The Ondaro Police Service raided two warehouses on Friday.\n\n"
     "The goods were worth $2m, the police said.", "Ondaro Police Service", "The goods were worth $2m"),
    ("The Police Service of Kelby confirmed the arrests.\n\n"
     "According to the police, the suspects are aged 19 to 24.", "Police Service of Kelby",
     "the suspects are aged 19 to 24"),
])
def test_the_police_is_the_body_whose_name_holds_police(text: str, body: str, quote: str) -> None:
    found = extract_text(text)
    assert list(zip(found["speaker"], found["speaker_kind"], found["quote"]))[-1] == (body, "organisation", quote)


def test_the_police_with_no_police_body_named_stays_the_text_s_words() -> None:
    found = extract_text("Dunmore Council closed the park.\n\nThe park was unsafe, the police said.")
    assert list(zip(found["speaker"], found["quote"]))[-1] == ("the police", "The park was unsafe")
