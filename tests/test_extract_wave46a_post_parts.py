"""Wave 46a: a person named first, then her post in lower case, the unit she runs and the body, each set off by
commas (`Jo Roe, managing director, Freight Planning, Acme Rail, said`): the person speaks, however many of the three
parts the text writes, never the unit or the body. The names and sentences are invented for these tests."""
from tests.extract_rows import cued_rows


def test_post_unit_and_body_after_the_name() -> None:
    text = ("Ravi Dutta, managing director, Freight Planning, Corrin Rail, said the line had carried 2 million tonnes "
            "of grain.")
    assert cued_rows(text) == [("Ravi Dutta", "person", "said", "the line had carried 2 million tonnes of grain")]


def test_post_with_its_field_then_region_and_body_before_a_quotation() -> None:
    text = 'Jo Marsh, head of logistics, Northern Region, Brimble Foods, said: "We moved 400 tonnes of flour."'
    assert cued_rows(text) == [("Jo Marsh", "person", "said:", "We moved 400 tonnes of flour.")]


def test_a_later_we_stays_with_the_person() -> None:
    text = ("Ines Faro, operations director, Tollway Services, Kessel Roads, said: \"We resurfaced 80 miles. "
            "We hired 40 staff.\"")
    assert [row[:2] for row in cued_rows(text)] == [("Ines Faro", "person"), ("Ines Faro", "person")]


def test_post_and_body_alone_are_unchanged() -> None:
    text = "Ines Faro, chief executive, Tollway Group, said tolls had risen by 4% this year."
    assert cued_rows(text) == [("Ines Faro", "person", "said", "tolls had risen by 4% this year")]
