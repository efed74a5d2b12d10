"""A name with no head noun that the text sets off by commas beside a description of a body
(`claims.extract.speakers.apposed_bodies`, wave 55b): `Ireland's largest aid organisation, Harrow Relief, helped`,
`Harrow Relief, the county's largest aid agency, said`. Each text is written for this test in our own words about
invented parties; each table is the whole (speaker, kind, quote) list the text gives, in text order."""
import pytest

from claims import extract_text
from claims.extract.speakers.apposed_bodies import apposed_as_body


def table(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, speaker_kind, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["speaker_kind"], found["quote"]))


@pytest.mark.parametrize(("text", "body"), [
    ("Wexmoor's largest aid organisation, Harrow Relief, helped 9,000 people.", True),
    ("Harrow Relief, Wexmoor's largest aid agency, said it helped 9,000 people.", True),
    ("Harrow Relief, a housing charity.", True),
    ("Harrow Relief, a volunteer at the charity, said it helped 9,000 people.", False),
    ("Harrow Relief, the charity's chief executive, said it helped 9,000 people.", False),
    ("Harrow Relief, a spokeswoman for the agency, said it helped 9,000 people.", False),
    ("Speaking for the charity, Harrow Relief said it helped 9,000 people.", False),
    ("Harrow Relief said it helped 9,000 people.", False),
    ("Harrow Relief, a crane operator, said 9,000 people were helped.", False),
    ("Harrow Relief, the driving force, said 9,000 people were helped.", False),
    ("Harrow Relief, a housing charity, helped 9,000 people. Harrow Relief said it would grow.", True),  # the first
    ("Harrow Relief said it helped 9,000 people. Harrow Relief, a housing charity, grew. Harrow Relief thanked its "
     "donors.", True),  # neither the first mention nor the last
])
def test_a_description_of_a_body_beside_the_name_makes_it_one(text: str, body: bool) -> None:
    assert apposed_as_body(text, "Harrow Relief") is body


def test_a_body_described_before_its_name_owns_its_report() -> None:
    text = ("Wexmoor's largest overseas aid organisation, Harrow Relief, helped 2.1 million people last year, "
            "according to its annual report.\n\n"
            "The report shows that Harrow's income last year was \u00a314 million.\n")
    assert table(text) == [
        ("Harrow Relief", "organisation", "Wexmoor's largest overseas aid organisation, Harrow Relief, helped 2.1 "
                                          "million people last year"),
        ("Harrow Relief", "organisation", "Harrow's income last year was \u00a314 million"),
    ]


def test_a_body_described_after_its_name_is_no_person() -> None:
    text = "Harrow Relief, Wexmoor's largest aid agency, said it helped 2.1 million people last year.\n"
    assert table(text) == [
        ("Harrow Relief", "organisation", "it helped 2.1 million people last year"),
    ]


def test_a_person_set_off_beside_her_post_stays_a_person() -> None:
    text = "Jo Roe, the charity's chief executive, said it helped 2.1 million people last year.\n"
    assert table(text) == [
        ("Jo Roe", "person", "it helped 2.1 million people last year"),
    ]


# Wave 56s (speed): the answer is kept per (text, name); asked again, the same answer without scanning the text.
def test_a_name_asked_again_answers_alike_from_the_cache() -> None:
    apposed_as_body.cache_clear()
    text = "Harrow Relief, a housing charity, said it helped 9,000 people. Jo Roe said so too.\n"
    assert [apposed_as_body(text, name) for name in ("Harrow Relief", "Jo Roe", "Harrow Relief", "Jo Roe")] \
        == [True, False, True, False]
    assert (apposed_as_body.cache_info().hits, apposed_as_body.cache_info().misses) == (2, 2)
