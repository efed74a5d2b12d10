"""Wave 43e: one place (`plural_groups.plural_common_noun`) decides whether a capitalised plural alone before a cue is
a common noun: a role word's plural (`Bosses said`, `Ministers promised`) names people, unresolved; a plural a body's
name may end with (`Rangers said`, `Trustees said`) is the body the text names so, unless the text also writes the
word in lower case (then it is people again); a club's full name (`Glenmore Rangers`) is a body."""
from tests.extract_rows import cued_rows

CLAIM = "the ground would reopen in March"


def test_role_plural_is_people() -> None:
    assert cued_rows(f"Bosses said {CLAIM}.") == [("Bosses", "unresolved", "said", CLAIM)]


def test_other_role_plural_is_people() -> None:
    assert cued_rows(f"Ministers said {CLAIM}.") == [("Ministers", "unresolved", "said", CLAIM)]


def test_club_plural_is_a_body() -> None:
    assert cued_rows(f"Rangers said {CLAIM}.") == [("Rangers", "organisation", "said", CLAIM)]


def test_club_full_name_is_a_body() -> None:
    assert cued_rows(f"Holmbury Rangers said {CLAIM}.") == [("Holmbury Rangers", "organisation", "said", CLAIM)]


def test_club_plural_written_lower_is_people() -> None:
    text = f"Two park rangers found the gate open.\n\nRangers said {CLAIM}."
    assert cued_rows(text)[-1:] == [("Rangers", "unresolved", "said", CLAIM)]


def test_wanderers_unchanged() -> None:
    assert cued_rows(f"Wanderers said {CLAIM}.") == [("Wanderers", "organisation", "said", CLAIM)]


def test_common_noun_plural_unchanged() -> None:
    text = f"A vet examined the dogs.\n\nVets said {CLAIM}."
    assert cued_rows(text)[-1:] == [("Vets", "unresolved", "said", CLAIM)]
