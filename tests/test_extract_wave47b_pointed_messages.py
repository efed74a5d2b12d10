"""A paragraph whose source the next paragraph names (attribution/pointed_messages, wave 47b): `That is the message
from X.`, `This is contained in a statement issued by X.`, `That was the verdict of X.` give the sentences of the
unclaimed paragraph before to X. Professional styles written short before a name (`Engr.`, `Barr.`, `Atty.`,
`data/abbreviations.txt`) end no sentence. Texts written for this test in our own words about invented parties."""
import pytest

from extract_rows import rows


@pytest.mark.parametrize(("pointer", "speaker", "kind"), [
    ("That is the message from the new chief executive of Larchmont Hospitals NHS Trust, Priya Ansell, who started "
     "in March.", "Priya Ansell", "person"),
    ("This is contained in a statement issued by the Orkland Ferry Company on Monday.", "Orkland Ferry Company",
     "organisation"),
    ("That was the verdict of the Tresco Valley Water Board at its meeting on Friday.", "Tresco Valley Water Board",
     "organisation"),
])
def test_the_paragraph_before_a_pointer_is_the_named_sources(pointer: str, speaker: str, kind: str) -> None:
    text = ("Winter changes\n\nThe Stromhaven crossing carried 12,000 fewer passengers this winter than last.\n\n"
            + pointer + "\n")
    assert rows(text) == [(speaker, kind, "The Stromhaven crossing carried 12,000 fewer passengers this winter than last")]


@pytest.mark.parametrize("style", ["Engr.", "Barr.", "Atty."])
def test_a_professional_style_written_short_ends_no_sentence(style: str) -> None:
    text = f"Board named\n\nThe Orkland Ferry Company said it had appointed {style} Tunde Adeyemi as its chair.\n"
    assert rows(text) == [("Orkland Ferry Company", "organisation", f"it had appointed {style} Tunde Adeyemi as its chair")]
