"""A closing inverted cue whose speaker's post follows without an article (wave 40g): `..., said Al Key, director of
Fenwick Housing.` reads as `..., said Al Key, the director of Fenwick Housing.` does: the person speaks, the post is
no part of the claim. A post is a role word with `of`, `at` or `for` after it; names after the comma stay a list."""
import pytest

from extract_rows import cued_rows

CLAIM = "Rents in the district rose 9% last year"


@pytest.mark.parametrize(("text", "expected"), [
    (f"{CLAIM}, said Al Key, director of Fenwick Housing.\n",
     [("Al Key", "person", ", said", CLAIM)]),
    (f"{CLAIM}, said Mo Reyes, chief executive of the Tarn Trust.\n",
     [("Mo Reyes", "person", ", said", CLAIM)]),
    (f"{CLAIM}, said Al Key, deputy chief executive of the Tarn Trust.\n",
     [("Al Key", "person", ", said", CLAIM)]),
    (f"{CLAIM}, said Al Key, director of housing at Fenwick Housing.\n",
     [("Al Key", "person", ", said", CLAIM)]),
    (f"{CLAIM}, said Al Key, the director of Fenwick Housing.\n",
     [("Al Key", "person", ", said", CLAIM)]),
    ("The Tarn Trust and Fenwick Housing have built 1,200 homes since May, up from 300 a year before, said Al Key, "
     "director of Fenwick Housing.\n",
     [("Al Key", "person", ", said",
       "The Tarn Trust and Fenwick Housing have built 1,200 homes since May, up from 300 a year before")]),
], ids=["director-of", "chief-executive-of-the", "qualified-post", "post-of-field-at-body", "article-unchanged",
        "claim-naming-bodies"])
def test_an_article_less_post_after_a_closing_speaker_is_set_aside(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (f"{CLAIM}, said Al Key.\n", [("Al Key", "person", ", said", CLAIM)]),
    (f"{CLAIM}, said Al Key, director.\n", [("Al Key", "person", ", said", CLAIM)]),  # wave 44g: a post ending the sentence
    (f"{CLAIM}, said Al Key, Bo Lin and Cy Moss.\n", []),
    ("\"Rents rose 9% last year,\" said Al Key, director of Fenwick Housing.\n",
     [("Al Key", "person", "said", "Rents rose 9% last year")]),
], ids=["bare-name", "post-ending-the-sentence", "list-of-names-keeps-today", "quotation-unchanged"])
def test_what_the_article_less_post_leaves_alone(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
