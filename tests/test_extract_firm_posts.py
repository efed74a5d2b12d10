"""A name like a person's that holds a firm's post (`claims.extract.speakers.firm_posts`, wave 61r): `president of
Brindle Works`, `Walter Brindle CEO`, `Tarnby Valley's chief executive` make the name a firm's wherever the text writes
it, so that `the company` and `the firm` mean it; a firm is never `the department`. Each text is written for this
test in our own words about invented parties; each table is the whole (speaker, quote) list the text gives."""
import pytest

from claims import extract_text
from claims.extract.speakers.firm_posts import FIRM_POSTS, firm_owners, holds_firm_post, post_stretches


def table(text: str) -> list[tuple[str, str]]:
    """Return (speaker, quote) for every claim of a text, in text order."""
    found = extract_text(text)
    return list(zip(found["speaker"], found["quote"]))


@pytest.mark.parametrize(("text", "owners"), [
    ("Jo Marsh, president of Brindle Works, said", {"Brindle Works"}),
    ("said Jo Marsh, Walter Brindle CEO.", {"Walter Brindle"}),
    ("Tarnby Valley\u2019s chief executive, Jo Marsh, said", {"Tarnby Valley"}),
    ("Brindle Works' shareholders voted", {"Brindle Works"}),
    ("the founder of the Kelby Trust said", {"Kelby Trust"}),
    ("Jo Marsh, president of Acme Rail Freight Services Group, said", set()),  # more than four words: not read
    ("the chief executive said", set()),
    ("Jo Marsh, chairman of the board, said", set()),
    ("Ann Lee said the president's plan was wrong", set()),
])
def test_the_names_a_firm_s_post_is_given(text: str, owners: set[str]) -> None:
    assert firm_owners(text) == owners


def test_a_text_holding_every_post_word_is_read() -> None:
    """Round 62m (mutation): the cheap test before the pattern passes a text holding any post's first word."""
    text = "Jo Marsh, president of Brindle Works, said. " + ", ".join(sorted(FIRM_POSTS)) + "."
    assert firm_owners(text) == {"Brindle Works"}


@pytest.mark.parametrize(("text", "stretches"), [
    ("Jo Marsh, president of Brindle Works, said. It rained.", [(0, 42)]),
    ("It rained. Brindle Works' CEO said. The CEO and founder left. Rain.", [(10, 34), (35, 60)]),
    ("It rained. Walter Brindle CEO said", [(10, 34)]),  # no full stop after the post: the text's end
    ("It rained. No post here.", []),
    ("President of Brindle Works said. Rain.", [(0, 31)]),  # a post opening the text
])
def test_the_stretches_between_full_stops_that_hold_a_post(text: str, stretches: list[tuple[int, int]]) -> None:
    assert list(post_stretches(text)) == stretches


@pytest.mark.parametrize(("text", "owners"), [
    ("Dale Co. chief executive Jo Roe. The CEO of Marl Group.Shareholders of Tarn Steel", {"Marl Group", "Tarn Steel"}),
    ("Brindle Works CEO.President of Tarn Steel, and founder of the Kelby Trust Fund Group said",
     {"Brindle Works", "Tarn Steel", "Kelby Trust Fund Group"}),
    ("Tarnby Valley\u2019s chief executive Jo. Kell Ltd. president of Ard Mills. CHAIRMAN of Lune Co",
     {"Tarnby Valley", "Ard Mills", "Lune Co"}),
])
def test_the_owners_read_by_stretches_are_those_of_the_whole_text(text: str, owners: set[str]) -> None:
    assert firm_owners(text) == owners  # a full stop right before a post or after a name cuts no owner off


@pytest.mark.parametrize(("name", "holds"), [
    ("Brindle Works", True),
    ("Tarnby Valley Steel", True),  # the post's words open the name
    ("Jo Marsh", False),
    ("Tarnby", False),  # a one-word name holds no post its longer form holds
])
def test_a_name_or_its_opening_words_hold_the_post(name: str, holds: bool) -> None:
    text = "Jo Marsh, president of Brindle Works, said. Tarnby Valley's chief executive, Ann Lee, said."
    assert holds_firm_post(text, name) is holds


def test_the_company_means_a_name_like_plain_words_that_has_a_president() -> None:
    text = ("Brindle Works of Kettering is to rent a second workshop on Mill Lane, bringing 30 posts to the area.\n\n"
            "The company, a maker of pumps for farm machinery, said the extra floor space would let it double output "
            "by spring.\n\n"
            "Jo Marsh, president of Brindle Works, said: \"We expect to add 30 more posts next year.\"\n")
    assert table(text) == [
        ("Brindle Works", "the extra floor space would let it double output by spring"),
        ("Jo Marsh", "We expect to add 30 more posts next year."),
    ]


def test_the_company_means_a_name_like_a_person_s_that_has_a_chief_executive() -> None:
    text = ("KETTERING - Walter Brindle has put out its figures for the summer months.\n\n"
            "The company said new orders rose 3 percent.\n\n"
            "\"We are pleased with the quarter,\" said Jo Marsh, Walter Brindle CEO.\n")
    assert table(text) == [
        ("Walter Brindle", "new orders rose 3 percent"),
        ("Jo Marsh", "We are pleased with the quarter"),
    ]


def test_a_person_with_no_firm_s_post_stays_a_person_and_the_company_unresolved() -> None:
    text = ("KETTERING - Walter Brindle has spoken about his years at the plant.\n\n"
            "The company said new orders rose 3 percent.\n")
    assert table(text) == [("the company", "new orders rose 3 percent")]


def test_a_firm_with_a_chief_executive_is_never_the_department() -> None:
    text = ("Brindle Works plans to cut up to 300 jobs at its Kelby plant, the company said on Thursday.\n\n"
            "Brindle's chief executive, Jo Marsh, said the land division had no new work until the Ministry of "
            "Works chooses a successor programme, a decision the department has said will not come before 2029.\n")
    assert table(text) == [
        ("Brindle Works", "Brindle Works plans to cut up to 300 jobs at its Kelby plant"),
        ("Jo Marsh", "the land division had no new work until the Ministry of Works chooses a successor programme, a "
                     "decision the department has said will not come before 2029"),
        ("Ministry of Works", "a decision the department has said will not come before 2029"),
    ]
