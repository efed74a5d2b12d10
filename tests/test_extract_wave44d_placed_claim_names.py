"""Wave 44d: a role set off after the claim (`..., the returning officer said`) whose holder no name resolves never
speaks as a two-word name the claim places with a preposition (`a warehouse in Marlow Heath`): a place named where
something happened is no person (as wave 27j reads it for `she`); the role keeps its own words. A person named right before
the role (`Jo Roe, the coroner, said`) still speaks."""
from tests.extract_rows import cued_rows


def test_a_place_ending_the_claim_is_not_the_role_holder():
    assert cued_rows("The police have seized 300 kits from a warehouse in Marlow Heath, the returning officer "
                     "said.") == [
        ("the returning officer", "person", "said", "The police have seized 300 kits from a warehouse in Marlow Heath")]


def test_a_person_named_before_the_role_still_speaks():
    assert cued_rows("Ann Rudd, the coroner, said the death was an accident.") == [
        ("Ann Rudd", "person", "said", "the death was an accident")]


def test_a_name_placed_elsewhere_in_the_text_still_speaks_here():
    assert cued_rows("Pilots picketed outside Harbour Coastal on Monday.\n\nHarbour Coastal, a subsidiary of Pinewood "
                     "Air Group, said it had offered raises of up to 31%.")[-1][::3] == (
        "Harbour Coastal", "it had offered raises of up to 31%")  # its kind, read from its shape, is not this test's
