"""A person's party, ward or seat in brackets right after the name (wave 55d): `Cllr Jo Roe (Lib Dem, Hill Top)`,
`Jo Roe (Liberal Democrat)`. The words in the brackets name no person, so `he` later is the councillor, never the
party. Texts written for this test in our own words about invented parties."""
from claims.extract.affiliation_brackets import in_affiliation
from claims.extract.entities import Mention, find_mentions
from extract_rows import rows


def test_a_party_and_ward_in_brackets_name_no_person() -> None:
    text = "Cllr Dara Ofori (Lib Dem, Hill Top) objected to the plan."
    assert find_mentions(text, 0, len(text)) == [Mention(0, 15, "Dara Ofori", "person", title="cllr")]


def test_the_bracket_must_follow_the_name_and_hold_capitalised_runs() -> None:
    texts = ["Dara Ofori (Lib Dem, Hill Top) said", "Dara Ofori (Liberal Democrat) said",
             "Dara Ofori (pictured with Abel Onu) said", "Dara Ofori said (Lib Dem)"]
    assert [in_affiliation(text, 10, text.find("(") + 1) for text in texts] == [True, True, False, False]
    assert [in_affiliation(texts[0], 10, at) for at in (texts[0].find(")") - 1, texts[0].find(")"))] == [True, False]


def test_he_after_a_councillor_with_a_party_in_brackets_is_the_councillor() -> None:
    text = ("Cllr Dara Ofori (Lib Dem, Hill Top) had objected to the report.\n\n"
            "He said the council had cut 40 wardens since 2021.\n")
    assert rows(text) == [("Dara Ofori", "person", "the council had cut 40 wardens since 2021")]
