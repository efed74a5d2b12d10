"""The paragraphs under an attribution header are the named person's statement (wave 55f): a whole sentence of plain
fact with no figure is hers too; her feelings, plans and an appeal for information claim nothing. Texts written for
this test in our own words about invented parties."""
import pytest

from claims.extract.attribution.headed_statements import headed_claims, whole_facts
from claims.extract.attribution.records import Attribution
from claims.extract.speakers import Who
from claims.extract.text import Block
from claims.extract.vocabulary import ISSUER_CUE
from extract_rows import named_context, rows


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


HEADED = Who("Ngaire Pollbrook-Hale", "person", 0)


def _said(spans: tuple[tuple[int, int], ...], colon: bool = False) -> Attribution:
    """Return the header's person's attribution of these spans, as the statement's cue-less paragraphs give it."""
    return Attribution("Ngaire Pollbrook-Hale", "person", ISSUER_CUE, spans, colon)


@pytest.mark.parametrize(("paragraph", "answer", "expected"), [
    ("We rescued 14 people from the water on Sunday. The group of demonstrators are no longer present.", False,
     [_said(((0, 45),)), _said(((47, 95),))]),  # her figure, then a plain fact besides it
    ("Anyone with information can call 105 quoting incident 214.", False, [_said(())]),  # an appeal: no span
    ("If you have any information, call 105 quoting incident 214.", False, [_said(())]),  # an appeal in the
    # imperative after its condition (round 56m: the pattern wanted a modal, so the appeal was her claim)
    ("The following roads remain closed to traffic:", False, [_said((), colon=True)]),  # a lead-in: no plain fact
    ("We are grateful to the farmers who helped.", False, []),  # a feeling: nothing at all
    ("The road was closed on 4 May.", True, [_said(()), _said(((0, 28),))]),  # an answer's dated sentence
], ids=["figure-and-fact", "appeal", "imperative-appeal", "lead-in", "feeling", "answer"])
def test_headed_claims(paragraph: str, answer: bool, expected: list[Attribution]) -> None:
    header = "Please attribute to Group Manager Ngaire Pollbrook-Hale:\n\n"
    text, at = header + paragraph, len(header)  # the paragraph's spans, read after the header
    block = Block(at, len(text), at, False)
    assert headed_claims(text, block, named_context(text), HEADED, answer) == [
        a._replace(spans=tuple((start + at, end + at) for start, end in a.spans)) for a in expected]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Fire crews attended the grass fire on Sunday.", ["Fire crews attended the grass fire on Sunday"]),  # no auxiliary
    ("Officers arrested a man aged 23 and a woman aged 27.", []),  # two items, the second no clause of its own
    ("Two people, aged 23 and 27 have been arrested and charged with Disorderly Behaviour, and Unlawful Assembly for "
     "their part. The road has been reopened to traffic.", ["The road has been reopened to traffic"]),
    ("Is the road open? The road has been reopened to traffic.", ["The road has been reopened to traffic"]),
    ("Anyone with information can contact Police on the usual number. The road has been reopened to traffic.",
     ["The road has been reopened to traffic"]),
    ("It is unclear how the fire started. The road has been reopened to traffic.",
     ["The road has been reopened to traffic"]),
    ("The road has been reopened to traffic. The group of demonstrators are no longer present.",
     ["The road has been reopened to traffic", "The group of demonstrators are no longer present"]),
    ("Roads reopened.", []),  # too short for a statement
    ("Which was closed to traffic on Sunday.", []),  # a relative clause: no statement
    ("The road has reopened.", ["The road has reopened"]),  # four words: a statement
], ids=["no-auxiliary", "two-items", "after-items", "after-question", "after-appeal", "after-doubt", "two-facts",
        "short", "relative", "four-words"])
def test_whole_facts_sentence_by_sentence(paragraph: str, expected: list[str]) -> None:
    assert [paragraph[s:e] for s, e in whole_facts(paragraph, Block(0, len(paragraph), 0, False))] == expected
