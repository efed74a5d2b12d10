"""Wave 44d: a place of worship named by its faith (`Pine Hollow Methodist Church`, `Grace Baptist Church`, `Eastfield
Catholic Chapel`) is a body, never a person whose family name is `Church`: it is no `she` that a person's next claim
is read under. A family name after a given name (`Ellen Church`) stays a person."""
from claims.extract.entities import find_mentions
from tests.extract_rows import cued_rows


def test_a_church_named_by_its_faith_is_a_body():
    text = "The Pine Hollow Methodist Church has opened its hall. Grace Baptist Church has too."
    assert [(m.name, m.kind) for m in find_mentions(text, 0, len(text))] == [
        ("Pine Hollow Methodist Church", "org"), ("Grace Baptist Church", "org")]


def test_a_family_name_church_stays_a_person():
    text = "Ellen Church said the hall was full."
    assert [(m.name, m.kind) for m in find_mentions(text, 0, len(text))] == [("Ellen Church", "person")]


def test_she_after_a_church_named_since_is_the_person_who_spoke():
    assert cued_rows(
        "Two shelters are now open, Mabel Gorsuch, the county emergency manager, said. The Pine Hollow Methodist "
        "Church has also opened its hall to families with pets.\n\nShe said 140 people had registered by noon.") == [
        ("Mabel Gorsuch", "person", "said", "Two shelters are now open"),
        ("Mabel Gorsuch", "person", "said", "140 people had registered by noon")]
