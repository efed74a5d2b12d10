"""Wave 42d: a person's name, then a lower-case description of what they do for a body that no role list holds, then
the cue (`Pell Hanrick, landlord of the Otter Arms, said`, `Marta Quillon, national co-ordinator of the Renters Help
Network, said`): the person speaks, never the body named in the description."""
from tests.extract_rows import cued_rows


def test_landlord_of_a_pub() -> None:
    text = "Pell Hanrick, landlord of the Otter Arms, said water had reached the cellar steps by noon."
    assert cued_rows(text) == [
        ("Pell Hanrick", "person", "said", "water had reached the cellar steps by noon"),
    ]


def test_co_ordinator_of_a_network() -> None:
    text = ("Marta Quillon, national co-ordinator of the Renters Help Network, said the group had heard from 140 "
            "tenants since May.")
    assert cued_rows(text) == [
        ("Marta Quillon", "person", "said", "the group had heard from 140 tenants since May"),
    ]


def test_keeper_at_a_body() -> None:
    text = "Ines Varga, head keeper at Dunmere Wildlife Park, told reporters that three otters had been born in June."
    assert cued_rows(text) == [
        ("Ines Varga", "person", "told reporters that", "three otters had been born in June"),
    ]


def test_known_role_is_unchanged() -> None:
    text = "Pell Hanrick, chief executive of the Otter Arms Group, said sales rose by 4 per cent."
    assert cued_rows(text) == [
        ("Pell Hanrick", "person", "said", "sales rose by 4 per cent"),
    ]


def test_body_described_keeps_the_body() -> None:
    text = "Otterway Taverns Ltd, owner of the Otter Arms, said the pub would reopen in March."
    assert cued_rows(text) == [
        ("Otterway Taverns Ltd", "organisation", "said", "the pub would reopen in March"),
    ]


def test_body_alone_keeps_the_body() -> None:
    text = "The Renters Help Network said tenants had waited 40 days for their deposits."
    assert cued_rows(text) == [
        ("Renters Help Network", "organisation", "said", "tenants had waited 40 days for their deposits"),
    ]
