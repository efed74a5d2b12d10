"""Wave 43f: a person's name that opens on initials after a title whose first word is itself a role's qualifier.

`Law Minister D V Jo Roe`: a run that opens on a title is read as its last two or three name words
(`entities._titled_tail`), which cut `D` off `D V Ardan Pell`; initials standing right before that window, while the
window itself opens on one, belong to the same name (`entities._INITIAL_RE`), and the title is the post after the
qualifier (`the minister` is then that person). A title that is no role's qualifier
(`Trade Minister`) was read whole before and still is.
"""
from tests.extract_rows import cued_rows


def test_two_initials_after_a_qualifier_title() -> None:
    """`Law Minister K L Ardan Pell`: both initials stay, and the later `Pell` is the same person."""
    text = """Exports rise

In a written reply, Law Minister K L Ardan Pell today said exports have risen to 4.2 million tonnes.

Pell said ports had been asked in March to clear cargo faster.
"""
    assert cued_rows(text) == [
        ("K L Ardan Pell", "person", "said", "exports have risen to 4.2 million tonnes"),
        ("K L Ardan Pell", "person", "said", "ports had been asked in March to clear cargo faster"),
    ]


def test_three_initials_with_points() -> None:
    """`Law Secretary T. R. M. Venn Oduya`: three initials with their points."""
    text = """Cases fall

Law Secretary T. R. M. Venn Oduya said pending cases fell by 8% in the year.
"""
    assert cued_rows(text) == [
        ("T. R. M. Venn Oduya", "person", "said", "pending cases fell by 8% in the year"),
    ]


def test_one_initial_and_plain_names_unchanged() -> None:
    """Negative: one initial (`Law Minister K Ardan Pell`), a name without initials and a title of no qualifier read as before."""
    text = """Exports rise

Law Minister K Ardan Pell said exports rose by 4%.

Law Minister Sella Brandt said imports fell by 2%.

Trade Minister D V Oren Taskin said freight rose by 6%.
"""
    assert cued_rows(text) == [
        ("K Ardan Pell", "person", "said", "exports rose by 4%"),
        ("Sella Brandt", "person", "said", "imports fell by 2%"),
        ("D V Oren Taskin", "person", "said", "freight rose by 6%"),
    ]


def test_the_minister_after_a_qualifier_title() -> None:
    """`Law Minister K L Ardan Pell ... The minister said`: the minister is him (the title is `minister`, not `law`)."""
    text = """Exports rise

Law Minister K L Ardan Pell said exports rose by 4%.

The minister said ports had cleared cargo faster.
"""
    assert cued_rows(text) == [
        ("K L Ardan Pell", "person", "said", "exports rose by 4%"),
        ("K L Ardan Pell", "person", "said", "ports had cleared cargo faster"),
    ]
