"""A body's own put-out text named by its kind alone (`according to a press release`, `A company statement said`)
speaks for the body the text is about; another kind of statement, or one with a maker, is read as before (wave 60k)."""
from claims.extract.speakers.context import Context
from claims.extract.speakers.issued_statements import issued_statement
from tests.extract_rows import cued_rows


def test_a_press_release_speaks_for_the_body_in_focus() -> None:
    text = ("Adoptions from the Merriton Animal Refuge reached a five-year high in 2031.\n\n"
            "About 1,240 animals were placed with new families in 2031, according to a press release.\n")
    assert cued_rows(text)[-1][:2] == ("Merriton Animal Refuge", "organisation")


def test_only_a_kind_and_a_put_out_noun_count() -> None:
    ctx = Context(text="The Merriton Animal Refuge opened.")
    ctx.orgs.append("Merriton Animal Refuge")
    assert [issued_statement(words, ctx) for words in (["a", "press", "release"], ["a", "police", "statement"],
                                                       ["a", "press", "release", "from", "x"])] \
        == [("Merriton Animal Refuge", "organisation"), None, None]


def test_a_kind_and_a_noun_with_no_article_count_too() -> None:
    """`press release` with no article is the same put-out text (round 61m)."""
    ctx = Context(text="The Merriton Animal Refuge opened.")
    ctx.orgs.append("Merriton Animal Refuge")
    assert issued_statement(["press", "release"], ctx) == ("Merriton Animal Refuge", "organisation")


def test_the_body_in_focus_keeps_its_own_kind() -> None:
    """An inspectorate in focus speaks for its press release as an inspectorate (round 61m)."""
    ctx = Context(text="The Varn Schools Inspectorate reported.")
    ctx.orgs.append("Varn Schools Inspectorate")
    ctx.kinds["Varn Schools Inspectorate"] = "inspectorate"
    assert issued_statement(["the", "press", "release"], ctx) == ("Varn Schools Inspectorate", "inspectorate")


def test_no_body_in_focus_is_none() -> None:
    """With no body named, a press release speaks for no one here (round 61m)."""
    assert issued_statement(["a", "press", "release"], Context(text="Adoptions rose.")) is None
