"""The paragraphs under an attribution header are the named person's statement (wave 55f): a whole sentence of plain
fact with no figure is hers too; her feelings, plans and an appeal for information claim nothing. Texts written for
this test in our own words about invented parties."""
import pytest

from claims.extract.attribution.headed_statements import whole_facts
from claims.extract.text import Block
from extract_rows import rows


def test_a_plain_fact_under_the_header_is_hers_though_it_holds_no_figure() -> None:
    text = ("Crews attend grass fires\n\n"
            "Please attribute to Group Manager Ngaire Pollbrook-Hale:\n\n"
            "Fire crews attended eleven grass fires on Sunday.\n\n"
            "No homes were damaged and nobody was injured.\n\n"
            "We are grateful to the farmers who helped.\n\n"
            "Anyone with information about the fires can contact the brigade on 0800 555 010.\n")
    assert rows(text) == [
        ("Ngaire Pollbrook-Hale", "person", "Fire crews attended eleven grass fires on Sunday"),
        ("Ngaire Pollbrook-Hale", "person", "No homes were damaged and nobody was injured")]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("The group of demonstrators are no longer present.", ["The group of demonstrators are no longer present"]),
    ("A new valve has been fitted and the damaged pipe has been replaced.",
     ["A new valve has been fitted", "the damaged pipe has been replaced"]),  # two clauses, each whole
    ("Two people, aged 23 and 27 have been arrested and charged with Disorderly Behaviour, and Unlawful Assembly for "
     "their part.", []),  # items no clause of their own
    ("We are disappointed by the events of Saturday.", []),  # a feeling
    ("Our support to the community will continue.", []),  # a pledge
    ("Police have more activity planned in the coming days.", []),  # a plan
    ("Anyone with information can contact Police on the usual number.", []),  # an appeal
    ("Is the road open?", []),  # a question
])
def test_whole_facts(paragraph: str, expected: list[str]) -> None:
    assert [paragraph[s:e] for s, e in whole_facts(paragraph, Block(0, len(paragraph), 0, False))] == expected
