"""Findings told in passing: what a sentence's subject found (`after finding (that) ...`) is its claim."""
from __future__ import annotations

import pytest

from claims.extract import find_rows
from claims.extract.attribution.findings_after import after_finding, mentions_finding
from claims.extract.attribution.records import Attribution
from claims.extract.speakers import Context

RECALL = "Kestle Motors recalled 900 vans on discovering that a fuel pipe can crack."
CLAUSE = "a fuel pipe can crack"


def found(text: str, sentence: tuple[int, int] | None = None,
          holes: tuple[tuple[int, int], ...] = ()) -> tuple[str, str, str, list[str]] | None:
    """The speaker, kind, cue and claimed words `after_finding` gives for one sentence (the whole text by default)."""
    got = after_finding(text, sentence or (0, len(text)), list(holes), Context(text=text))
    return None if got is None else (got.speaker, got.kind, got.cue, [text[s:e] for s, e in got.spans])


def test_the_subject_is_given_what_it_found_with_the_cue() -> None:
    assert found(RECALL) == ("Kestle Motors", "organisation", "on discovering", [CLAUSE])


def test_the_whole_attribution_is_returned() -> None:
    start = RECALL.index(CLAUSE)
    assert after_finding(RECALL, (0, len(RECALL)), [], Context(text=RECALL)) == Attribution(
        "Kestle Motors", "organisation", "on discovering", ((start, start + len(CLAUSE)),))


def test_a_question_is_no_finding() -> None:
    assert found("Has Kestle Motors recalled 900 vans on discovering that a fuel pipe can crack?") is None


def test_a_cue_inside_a_quotation_is_no_finding() -> None:
    at = RECALL.index("on discovering")
    assert found(RECALL, holes=((at - 1, len(RECALL)),)) is None


def test_a_clause_wholly_inside_a_quotation_claims_nothing() -> None:
    assert found(RECALL, holes=((RECALL.index(CLAUSE), len(RECALL)),)) is None


def test_only_the_given_sentence_is_read() -> None:
    text = RECALL + " Sales fell in spring."
    assert found(text, (len(RECALL) + 1, len(text))) is None
    assert found(text, (0, len(RECALL))) == ("Kestle Motors", "organisation", "on discovering", [CLAUSE])


def test_a_thing_found_is_no_clause_even_when_the_next_sentence_has_a_verb() -> None:
    text = "Kestle Motors recalled 900 vans after finding rust in forty new vans. It recalled them."
    assert found(text, (0, text.index(" It"))) is None


def test_a_thing_found_is_no_clause_though_the_sentence_opens_with_one() -> None:
    assert found("Kestle Motors recalled 900 vans after finding rust on forty of them.") is None


@pytest.mark.parametrize("text", ["After finding that pipes crack, Kestle Motors recalled 900 vans.",
                                  "Kestle Motors, on finding that pipes crack, recalled 900 vans."])
def test_no_verb_before_the_cue_is_no_finding(text: str) -> None:
    assert found(text) is None


@pytest.mark.parametrize("body, expected", [
    ("It acted on finding that costs rose.", True),
    ("It acted on finding that costs rose, after concluding, establishing, discovering and confirming it.", True),
    ("The finding was clear and the concluding remarks short.", False),  # the words, never the pattern
    ("Costs rose.", False),
])
def test_mentions_finding(body: str, expected: bool) -> None:
    assert mentions_finding(body) is expected


@pytest.mark.parametrize("text, cue", [
    ("Kestle Motors has recalled 900 vans on discovering that a fuel pipe can crack.", "on discovering"),
    ("The Energy Board fined Quillon Power upon establishing that it overcharged 400 homes.", "upon establishing"),
    ("The Energy Board fined Quillon Power after concluding that it overcharged 400 homes.", "after concluding"),
])
def test_a_rows_cue_is_the_texts_own_words(text: str, cue: str) -> None:
    assert [r.cue for r in find_rows(text, "t.txt")] == [cue]
