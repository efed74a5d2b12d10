"""A person's full name introduced by `one` (wave 53f): `one Nathan Kerobi stated`, `One Mary Achieng said`, `A
trader, one Daniel Mutua, said` name that person, who speaks; `One neighbouring trust said`, `One Labour MP said` and
a name with no known given name stay unresolved as before (`speakers/one_names`). The pages are invented for these
tests."""
import pytest

from claims import extract_text
from claims.extract.speakers.one_names import one_named


def table(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, speaker_kind, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["quote"]))


@pytest.mark.parametrize(("raw", "name"), [
    (["one", "Nathan", "Kerobi"], "Nathan Kerobi"),
    (["One", "Mary", "Achieng"], "Mary Achieng"),
    # must not read: no `one`, a body, a post, a name with no known given name, a name alone
    (["Nathan", "Kerobi"], None),
    (["One", "neighbouring", "trust"], None),
    (["One", "Labour", "MP"], None),
    (["one", "Kisumu", "Traders"], None),
    (["one", "Nathan"], None),
    (["Dr", "Nathan", "Kerobi"], None),  # three words not opening on `one`
])
def test_a_name_after_one(raw: list[str], name: str | None) -> None:
    assert one_named(raw) == name


@pytest.mark.parametrize(("text", "rows"), [
    ("\"We have occupied this stall for four years,\" one Nathan Kerobi stated.\n",
     [("Nathan Kerobi", "person", "We have occupied this stall for four years")]),
    ("One Mary Achieng said she had been asked to pay Sh3,000 a month.\n",
     [("Mary Achieng", "person", "she had been asked to pay Sh3,000 a month")]),
    ("A rider, one Daniel Mutua, said business had dropped by half.\n",
     [("Daniel Mutua", "person", "business had dropped by half")]),
    ("One neighbouring trust said it had 40 beds.\n",
     [("One neighbouring trust", "unresolved", "it had 40 beds")]),
])
def test_one_before_a_full_name_names_the_speaker(text: str, rows: list[tuple[str, str, str]]) -> None:
    assert table(text) == rows
