"""Wave 40e: a one-word name in `'s` after a preposition owns what follows it (`in the Inspectorate's report, ...`,
`from Tarnby's records.`): it is never read as a body called `Inspectorate's` (as a retailer's house style, `Marlowe's
said`, is), so a later `The Inspectorate found` or `the company said` is the body the text named in full. A subject in
`'s` that a verb follows stays a body's name."""
from tests.extract_rows import cued_rows


def test_an_owner_after_in_the_is_no_body_of_its_own() -> None:
    text = ("Corrections says Wexby Prison has completed most of the work asked of it by the Office of the Inspectorate "
            "following an inspection.\n\nOf the 37 recommendations in the Inspectorate's report, 26 have been completed."
            "\n\nThe Inspectorate found that prisoners spent 3.5 hours out of their cells.")
    assert cued_rows(text)[-1] == ("Office of the Inspectorate", "inspectorate", "found that",
                                   "prisoners spent 3.5 hours out of their cells")


def test_an_owner_after_from_is_no_body_of_its_own() -> None:
    text = ("Attorney General Jo Roe today announced a settlement with Tarnby Auto Group, a chain of dealerships.\n\n"
            "An administrator will mail checks to customers identified from Tarnby's records.\n\n"
            "In a filing with the court, the company said it had already changed its sales practices.")
    assert cued_rows(text)[-1] == ("Tarnby Auto Group", "organisation", "said", "it had already changed its sales practices")


def test_a_house_style_name_in_s_before_its_verb_stays_a_body() -> None:
    assert cued_rows("Marlowe's said sales rose 4% in the year.") == [
        ("Marlowe's", "organisation", "said", "sales rose 4% in the year")]
