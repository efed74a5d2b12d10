"""A party's short label in brackets after a councillor (wave 55p): `Cllr Jo Pendry (Lib Dem, Lyndon)` read `Lib Dem`
as a person, so that `She said` after it went to `Lib Dem`. `Dem` never names a person; `the Lib Dems` keep their
reading. Each case is a short text written for this test in our own words about invented parties."""
from claims.extract.entities import find_mentions, Mention
from tests.extract_rows import rows


def test_a_party_label_in_brackets_is_no_person() -> None:
    text = "Cllr Jo Pendry (Lib Dem, Lyndon) had objected."
    assert find_mentions(text, 0, len(text)) == [Mention(0, 14, "Jo Pendry", "person", False, "cllr")]


def test_she_after_a_councillor_and_her_party_is_the_councillor() -> None:
    text = ("Cllr Jo Pendry (Lib Dem, Lyndon) had objected to the rise in burglary being placed under a good news "
            "heading.\n\nShe said burglary had risen by 40 per cent in a year.\n\n"
            "The Lib Dems said 12 councillors had signed the letter.\n")
    assert rows(text) == [
        ("Jo Pendry", "person", "burglary had risen by 40 per cent in a year"),
        ("Lib Dems", "organisation", "12 councillors had signed the letter"),
    ]
