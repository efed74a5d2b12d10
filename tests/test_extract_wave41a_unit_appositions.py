"""Wave 41a: a person named first in a sentence, then set off by commas the unit, command or body they serve, in
capitals (`Deputy Warden Mara Kellison, Coastal Patrols, Brindle Harbour Authority, said`), or their post without
its closing comma (`Dagny Thorsby, Harbour Watch spokesperson and Brindle Chief Inspector of Ports said`): the
person speaks, never the unit, the body or the post."""
from tests.extract_rows import cued_rows


def test_titled_person_then_unit_and_body_speaks() -> None:
    text = ("Deputy Warden Mara Kellison, Coastal Patrols, Brindle Harbour Authority, said the new boats had cut "
            "response times by a third.")
    assert cued_rows(text) == [
        ("Mara Kellison", "person", "said", "the new boats had cut response times by a third"),
    ]


def test_titled_person_then_plural_unit_speaks() -> None:
    text = "Sergeant Olu Penrose, Regional Liaison Officers, said 40 volunteers had joined the scheme."
    assert cued_rows(text) == [("Olu Penrose", "person", "said", "40 volunteers had joined the scheme")]


def test_person_then_post_without_closing_comma_speaks() -> None:
    text = ("Dagny Thorsby, Harbour Watch spokesperson and Brindle Chief Inspector of Ports said she was pleased at "
            "the fall in groundings.")
    assert cued_rows(text) == [
        ("Dagny Thorsby", "person", "said", "she was pleased at the fall in groundings"),
    ]


def test_person_then_body_speaks() -> None:
    text = "Mara Kellison, Brindle Harbour Authority, said the new boats had cut response times by a third."
    assert cued_rows(text) == [
        ("Mara Kellison", "person", "said", "the new boats had cut response times by a third"),
    ]


def test_later_pronoun_stays_with_the_person() -> None:
    text = ("Sergeant Olu Penrose, Regional Liaison Officers, said 40 volunteers had joined the scheme.\n\n"
            '"We expect twenty more by spring," she said.')
    assert cued_rows(text) == [
        ("Olu Penrose", "person", "said", "40 volunteers had joined the scheme"),
        ("Olu Penrose", "person", "said", "We expect twenty more by spring"),
    ]


def test_claim_before_the_body_is_unchanged() -> None:
    text = "Groundings fell by a third last year, Brindle Harbour Authority said."
    assert cued_rows(text) == [
        ("Brindle Harbour Authority", "organisation", "said", "Groundings fell by a third last year"),
    ]


def test_role_apposition_is_unchanged() -> None:
    text = "Mara Kellison, chief warden of Brindle Ports, said the new boats had cut response times by a third."
    assert cued_rows(text) == [
        ("Mara Kellison", "person", "said", "the new boats had cut response times by a third"),
    ]


def test_opening_phrase_is_no_person() -> None:
    text = "In Brindle, Coastal Patrols Ltd said the new boats had cut response times by a third."
    assert cued_rows(text) == [
        ("Coastal Patrols Ltd", "organisation", "said", "the new boats had cut response times by a third"),
    ]


def test_post_before_the_person_is_unchanged() -> None:
    text = "The Harbour Master, Cllr Ines Varro, said the new boats had cut response times by a third."
    assert cued_rows(text) == [
        ("Ines Varro", "person", "said", "the new boats had cut response times by a third"),
    ]
