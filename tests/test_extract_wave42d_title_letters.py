"""Wave 42d: a post's letters as a cue's subject (`the EO said`, `The COO said`) after the post written out in capitals
before one person's name (`Executive Officer Tmt. R. Kamala`, `Chief Operating Officer Dana Pruitt`): that person
speaks, never a body called by the letters."""
from tests.extract_rows import cued_rows


def test_letters_of_a_post_before_a_name() -> None:
    text = ('Executive Officer Tmt. R. Kamala said 4 lakh visitors came. "Not one visitor was turned away," the EO '
            'said.')
    assert cued_rows(text) == [
        ("R. Kamala", "person", "said", "4 lakh visitors came"),
        ("R. Kamala", "person", "said", "Not one visitor was turned away"),
    ]


def test_chief_operating_officer() -> None:
    text = "Chief Operating Officer Dana Pruitt said sales rose. The COO said margins fell."
    assert cued_rows(text) == [
        ("Dana Pruitt", "person", "said", "sales rose"),
        ("Dana Pruitt", "person", "said", "margins fell"),
    ]


def test_letters_of_a_body_stay_the_body() -> None:
    text = "The Tarn Valley Water Authority (TVWA) said supply was restored. The TVWA said 400 homes were affected."
    assert cued_rows(text) == [
        ("Tarn Valley Water Authority", "organisation", "said", "supply was restored"),
        ("Tarn Valley Water Authority", "organisation", "said", "400 homes were affected"),
    ]


def test_letters_of_a_body_before_a_byline_stay_the_body() -> None:
    text = ("Tarn Data Commission fines app maker\nAoife Brennan, Technology Correspondent\n\nThe Tarn Data Commission "
            "(TDC) fined the maker €2m. The TDC said two regulators raised objections.")
    assert all(row[0] != "Aoife Brennan" for row in cued_rows(text))
