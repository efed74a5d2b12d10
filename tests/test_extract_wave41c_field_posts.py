"""Wave 41c: a post with its field inside, then `of` and a body (`Chief Fire Officer of the Ravelpur Municipal
Corporation, Arvind Kulkarni, said`), names that body, as `Chief Executive of X` did: the whole run was read as a
body's name, which a later `the corporation's fire department` then resolved to.
"""
from claims.extract.entities import find_mentions
from extract_rows import cued_rows

POST = """Chief Fire Officer of the Ravelpur Municipal Corporation, Arvind Kulkarni, said the building had no permit.

According to figures shared by the corporation, 212 of the 340 warehouses do not hold a valid permit.
"""


def names(text: str) -> list[tuple[str, str]]:
    """The names a text holds, with their kinds."""
    return [(m.name, m.kind) for m in find_mentions(text, 0, len(text))]


def test_field_post_of_a_body_names_the_body():
    assert cued_rows(POST) == [
        ("Arvind Kulkarni", "person", "said", "the building had no permit"),
        ("Ravelpur Municipal Corporation", "organisation", "According to",
         "212 of the 340 warehouses do not hold a valid permit"),
    ]


def test_field_post_reads_like_a_plain_post():
    assert names("Chief Medical Officer of Harbour Health, Jo Roe, said") == [("Harbour Health", "org"),
                                                                              ("Jo Roe", "person")]
    assert names("Chief Executive of Harbour Health, Jo Roe, said") == [("Harbour Health", "org"),
                                                                        ("Jo Roe", "person")]


def test_bodies_named_with_of_are_left_whole():
    assert names("Friends of the Earth said") == [("Friends of the Earth", "org")]
    assert names("Chief Inspector of Prisons said") == []
