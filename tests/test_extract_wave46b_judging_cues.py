"""Judgements stated as a view (data/cue_verbs.txt, wave 46b): regulators, courts, panels and officials report their
findings with verbs of judging followed by `that` (`considers that`, `determined that`, `is of the view that`, `takes
the view that`, `is of the opinion that`); the clause after `that` is the subject's claim. Without `that` the verb takes
a thing (`considered the bid`) and reports nothing. Texts written for this test in our own words about invented
parties."""
import pytest

from extract_rows import cued_rows

_HEAD = "Harbour news\n\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Harbour Authority considers that the operator's conduct was reckless and dishonest.",
     [("Harbour Authority", "organisation", "considers that", "the operator's conduct was reckless and dishonest")]),
    ("The Ferry Commission is of the view that the fees charged in 2024 were excessive.",
     [("Ferry Commission", "organisation", "is of the view that", "the fees charged in 2024 were excessive")]),
    ("Kelso Marine Ltd takes the view that the new berth will double its cargo by 2027.",
     [("Kelso Marine Ltd", "organisation", "takes the view that", "the new berth will double its cargo by 2027")]),
    ("The Harbour Authority is of the opinion that the firm misled 300 customers.",
     [("Harbour Authority", "organisation", "is of the opinion that", "the firm misled 300 customers")]),
    ("Pilot Aled Morgan considered that the channel had silted up by two metres.",
     [("Aled Morgan", "person", "considered that", "the channel had silted up by two metres")]),
])
def test_a_judgement_with_that_is_its_subject_s_claim(sentence: str,
                                                      expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(_HEAD + sentence + "\n") == expected


def test_a_judging_verb_taking_a_thing_reports_nothing() -> None:
    assert cued_rows(_HEAD + "The Harbour Authority considered the dredging bid on Tuesday.\n") == []
