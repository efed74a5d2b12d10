"""A post whose division stands in brackets before its holder's name (wave 54f): `Deputy Commissioner of Police
(National Security) Jo Roe`, `the Assistant Commissioner of Police (Crime), Mr Jo Roe,`. The post names no body, so
`the force` in a text that names no police body stays the force, never the post. Texts written for this test in our
own words about invented parties."""
from claims.extract.bracketed_posts import post_before_division
from claims.extract.entities import Mention, find_mentions
from extract_rows import rows


def test_a_post_before_its_division_and_a_name_is_no_body() -> None:
    text = "Deputy Commissioner of Police (National Security) Dora Vance said the unit had grown."
    assert find_mentions(text, 0, len(text)) == [Mention(50, 60, "Dora Vance", "person")]


def test_a_comma_and_an_honorific_may_follow_the_division() -> None:
    """Any of the shared honorifics, dotted or not (second read of wave 54: the list is `vocabulary.HONORIFICS`)."""
    texts = ["the Assistant Commissioner of Police (Crime), Mr Abel Onu, said",
             "the Assistant Commissioner of Police (Crime), Datuk Abel Onu, said",
             "the Assistant Commissioner of Police (Crime), Prof. Abel Onu, said",
             "the Assistant Commissioner of Police (Crime), the officer said"]
    assert [post_before_division(text, "Assistant Commissioner of Police", 36) for text in texts] == [
        True, True, True, False]


def test_the_post_is_two_words_or_more_opening_on_a_role() -> None:
    """Round 55m's survivors: `Chief Inspector` is a post of two words; `Commissioner of Police` opens on its role."""
    texts = [("Chief Inspector (Traffic) Jo Roe said", "Chief Inspector", 15),
             ("Commissioner of Police (Crime) Jo Roe said", "Commissioner of Police", 22),
             ("Commissioner (Crime) Jo Roe said", "Commissioner", 12)]
    assert [post_before_division(*case) for case in texts] == [True, True, False]


def test_a_body_and_its_letters_stay_a_body() -> None:
    text = "Ministry of Health (MOH) Jo Roe said"
    assert post_before_division(text, "Ministry of Health", 18) is False


def test_the_force_is_not_the_post() -> None:
    text = ("Online fraud up, police say\n\n"
            "Fraud cases rose by 33 percent last year to 12,480, the force said on Monday.\n\n"
            "Assistant Commissioner of Police (Crime) Dora Vance said officers had frozen 2,300 bank accounts.\n")
    assert rows(text) == [
        ("the force", "unresolved", "Fraud cases rose by 33 percent last year to 12,480"),
        ("Dora Vance", "person", "officers had frozen 2,300 bank accounts"),
    ]
