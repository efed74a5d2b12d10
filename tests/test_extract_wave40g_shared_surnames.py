"""Two people with one surname (wave 40g): a later short mention (`Ms Varga`, `Cllr Varga`, `Varga`) goes to the one
of the two its title tells apart (the title written with one's full name, or a gendered honorific against one written
with a full name), else to the nearest earlier full mention; the two are never fused. One person named twice stays one
speaker, and a text that cannot tell them apart keeps today's reading."""
import pytest

from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Councillor Tom Varga was censured on Tuesday. His wife, Ruth Varga, runs a paving firm. Cllr Varga said he had "
     "declared the firm in 2021.\n",
     [("Tom Varga", "person", "said", "he had declared the firm in 2021")]),
    ("Ruth Varga and her brother Mr Tom Varga run the shop. Mr Tom Varga said takings fell 20%. Ms Varga said rent "
     "rose 9%.\n",
     [("Tom Varga", "person", "said", "takings fell 20%"), ("Ruth Varga", "person", "said", "rent rose 9%")]),
    ("Ms Ruth Varga and her brother Tom Varga run the shop. Mr Varga said takings fell 20% last year.\n",
     [("Tom Varga", "person", "said", "takings fell 20% last year")]),
    ("Ruth Varga took the photograph of Tom Varga.\n\nFor Ruth Varga, the delay cost £200. Varga said rent rose 9% "
     "last year.\n",
     [("Ruth Varga", "person", "said", "rent rose 9% last year")]),
], ids=["title-of-full-mention", "honorific-against-other", "honorific-against-own-other", "nearest-full-mention"])
def test_a_shared_surname_goes_to_the_person_it_tells_apart(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tom Varga runs the shop. Mr Varga said takings fell 20% last year. Varga said rent rose 9%.\n",
     [("Tom Varga", "person", "said", "takings fell 20% last year"), ("Tom Varga", "person", "said", "rent rose 9%")]),
    ("Tom Varga runs the shop. Tom Varga said takings fell 20% last year. Mr Varga said rent rose 9%.\n",
     [("Tom Varga", "person", "said", "takings fell 20% last year"), ("Tom Varga", "person", "said", "rent rose 9%")]),
    ("Ruth Varga and Tom Varga run the shop. Varga said takings fell 20% last year.\n",
     [("Tom Varga", "person", "said", "takings fell 20% last year")]),
    ("Mr Tom Varga and his sister Ruth Varga run the shop. Ms Varga said takings fell 20% last year.\n",
     [("Ruth Varga", "person", "said", "takings fell 20% last year")]),
], ids=["one-person", "one-person-named-twice", "undecidable-keeps-latest", "latest-already-right"])
def test_what_a_shared_surname_leaves_alone(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
