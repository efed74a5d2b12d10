"""Finding a quote again in a changed text: exact, fuzzy, prefix/suffix, orphans."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.anchor import Anchor, boundaries, context_score, find_quote, occurrences

TEXT = ("The council says it has built 400 new homes this year. Critics doubt it. "
        "The council says it has cut waiting lists by half. The mayor says the budget is balanced.")
QUOTE = "it has built 400 new homes this year"


def test_quote_at_its_old_offsets_is_unchanged() -> None:
    start = TEXT.index(QUOTE)
    assert find_quote(TEXT, QUOTE, start=start, end=start + len(QUOTE)) == Anchor(
        start, start + len(QUOTE), 100.0, "unchanged")


def test_moved_quote_is_found_exactly() -> None:
    moved = "A new opening line.\n" + TEXT
    start = moved.index(QUOTE)
    assert find_quote(moved, QUOTE, start=TEXT.index(QUOTE)) == Anchor(start, start + len(QUOTE), 100.0, "exact")


def test_several_exact_occurrences_pick_the_nearest_to_the_old_start() -> None:
    text = "the budget is balanced. " * 3
    assert [find_quote(text, "the budget is balanced", start=hint).start for hint in (0, 20, 30, 60)] == [0, 24, 24, 48]


def test_several_exact_occurrences_pick_the_best_prefix_and_suffix() -> None:
    text = "Alice said: the budget is balanced. Bob said: the budget is balanced!"
    found = find_quote(text, "the budget is balanced", start=0, prefix="Bob said: ", suffix="!")
    assert (found.start, found.method) == (46, "exact")


def test_edited_quote_is_found_fuzzily_at_word_boundaries() -> None:
    edited = TEXT.replace("built 400 new homes", "built 410 new homes")
    found = find_quote(edited, QUOTE, start=0)
    assert (edited[found.start:found.end], found.method, found.score >= 90) == (
        "it has built 410 new homes this year", "fuzzy", True)


def test_fuzzy_match_widens_to_words_added_inside_the_quote() -> None:
    edited = TEXT.replace("built 400 new homes", "built more than 400 new homes")
    found = find_quote(edited, QUOTE)
    assert (edited[found.start:found.end], found.method) == ("it has built more than 400 new homes this year", "fuzzy")


def test_prefix_and_suffix_choose_between_two_similar_passages() -> None:
    text = ("Alice said the plan cuts waiting lists by a half. "
            "Bob said the plan cuts waiting lists by a third.")
    quote = "the plan cuts waiting lists by a fourth"
    near_bob = find_quote(text, quote, prefix="Bob said ", suffix=".")
    near_alice = find_quote(text, quote, prefix="Alice said ", suffix=".")
    assert (text[near_bob.start:near_bob.end], text[near_alice.start:near_alice.end]) == (
        "the plan cuts waiting lists by a third.", "the plan cuts waiting lists by a half.")


@pytest.mark.parametrize(("text", "quote"), [
    (TEXT, "the hospital has opened three new wards in the north"),
    (TEXT.replace(QUOTE, ""), QUOTE),
    (TEXT, "400 houses"),
    (TEXT, ""),
    ("", QUOTE),
])
def test_quote_that_cannot_be_placed_is_an_orphan(text: str, quote: str) -> None:
    found = find_quote(text, quote)
    assert (found.start, found.end, found.method, found.found) == (None, None, "orphan", False)


def test_short_quotes_are_matched_exactly_only() -> None:
    assert (find_quote(TEXT, "400 new hones").method, find_quote(TEXT, "400 new homes").method) == ("orphan", "exact")


def test_min_score_sets_how_close_a_fuzzy_match_must_be() -> None:
    edited = TEXT.replace("built 400 new homes", "put up 400 houses")
    assert (find_quote(edited, QUOTE, min_score=95).method, find_quote(edited, QUOTE, min_score=60).method) == (
        "orphan", "fuzzy")


def test_helpers_list_occurrences_boundaries_and_context() -> None:
    assert occurrences("aaa", "aa") == [0, 1]
    assert boundaries("Hi, you.") == [0, 2, 3, 4, 7, 8]
    assert context_score("xx abc yy", 3, 6, "xx ", " yy") == 100.0
    assert context_score("xx abc yy", 3, 6, "", "") == 100.0


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=300), st.data())
def test_any_substring_is_found_verbatim(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    found = find_quote("prefix " + text, quote, start=start)
    assert found.found and ("prefix " + text)[found.start:found.end] == quote


# ---------------------------------------------------------------- whole values at the edges (mutation testing)

TWO_SPEAKERS = "Alice said: the budget is balanced! Bob said: the budget is balanced?"
BUDGET = "the budget is balanced"


def test_a_quote_at_its_old_start_without_an_end_is_unchanged() -> None:
    start = TEXT.index(QUOTE)
    assert find_quote(TEXT, QUOTE, start=start) == Anchor(start, start + len(QUOTE), 100.0, "unchanged")


def test_a_wrong_old_end_means_the_quote_is_looked_for_again() -> None:
    start = TEXT.index(QUOTE)
    assert find_quote(TEXT, QUOTE, start=start, end=start + len(QUOTE) + 1) == Anchor(
        start, start + len(QUOTE), 100.0, "exact")


@pytest.mark.parametrize(("context", "start"), [
    ({}, 46), ({"prefix": "Alice said: "}, 12), ({"suffix": "!"}, 12), ({"prefix": "Bob said: "}, 46),
    ({"suffix": "?"}, 46),
])
def test_a_prefix_or_a_suffix_alone_outweighs_the_old_start_among_exact_occurrences(context: dict,
                                                                                    start: int) -> None:
    assert find_quote(TWO_SPEAKERS, BUDGET, start=40, **context) == Anchor(start, start + len(BUDGET), 100.0, "exact")


def test_without_context_or_old_start_the_first_occurrence_is_taken() -> None:
    assert find_quote(TWO_SPEAKERS, BUDGET) == Anchor(12, 34, 100.0, "exact")


@pytest.mark.parametrize(("text", "quote"), [(TEXT, ""), (TEXT, "400 new hones"), ("", QUOTE)])
def test_an_orphan_that_was_never_scored_has_score_zero(text: str, quote: str) -> None:
    assert find_quote(text, quote) == Anchor(None, None, 0.0, "orphan")


def test_quotes_of_twenty_characters_are_matched_fuzzily_and_shorter_ones_not() -> None:
    text = "We cut waiting lisst by half this year."
    assert (find_quote(text, "cut waiting lists by", start=0), find_quote(text, "cut waiting lists b")) == (
        Anchor(3, 23, 95.0, "fuzzy"), Anchor(None, None, 0.0, "orphan"))


@pytest.mark.parametrize(("words", "anchor"), [
    ("built 4100 new homes", Anchor(17, 54, 98.6, "fuzzy")),
    ("built 40 new homes", Anchor(17, 52, 98.6, "fuzzy")),
    ("built 401 new homes", Anchor(17, 53, 97.2, "fuzzy")),
    ("built 400 houses", Anchor(17, 50, 89.9, "fuzzy")),
    ("put up 400 houses", Anchor(17, 51, 80.0, "fuzzy")),
])
def test_fuzzy_matches_report_their_span_and_score_to_one_decimal(words: str, anchor: Anchor) -> None:
    assert find_quote(TEXT.replace("built 400 new homes", words), QUOTE) == anchor


def test_a_match_scoring_exactly_the_minimum_is_accepted_and_one_below_is_not() -> None:
    edited = TEXT.replace("built 400 new homes", "put up 400 houses")
    assert (find_quote(edited, QUOTE, min_score=80.0), find_quote(edited, QUOTE, min_score=80.1)) == (
        Anchor(17, 51, 80.0, "fuzzy"), Anchor(None, None, 80.0, "orphan"))


PLANS = "Alice said the plan cuts waiting lists by a half! Bob said the plan cuts waiting lists by a half?"
PLAN = "the plan cuts waiting list by a half"


@pytest.mark.parametrize(("hints", "start"), [
    ({"start": 0}, 11), ({"start": 60}, 59), ({"suffix": "!"}, 11), ({"prefix": "Alice said "}, 11),
    ({"start": 60, "suffix": "!"}, 11), ({"start": 0, "prefix": "Bob said "}, 59),
])
def test_equal_fuzzy_passages_are_told_apart_by_context_then_by_the_old_start(hints: dict, start: int) -> None:
    assert find_quote(PLANS, PLAN, **hints) == Anchor(start, start + 37, 98.6, "fuzzy")


def test_a_passage_far_down_the_text_is_found_fuzzily() -> None:
    filler = "Filler sentence about nothing in particular. " * 12
    text = filler + TEXT.replace("built 400", "built 410")
    assert find_quote(text, QUOTE) == Anchor(557, 593, 97.2, "fuzzy")


def test_a_long_aside_inside_the_quote_makes_it_an_orphan_with_its_best_score() -> None:
    text = TEXT.replace("built 400", "built in all, as of now, 400")
    assert find_quote(text, QUOTE) == Anchor(None, None, 79.1, "orphan")


def test_an_orphan_below_the_minimum_reports_its_best_score_to_one_decimal() -> None:
    text = TEXT.replace("built 400 new homes", "built 400 houses")
    assert find_quote(text, QUOTE, min_score=95) == Anchor(None, None, 89.9, "orphan")


@pytest.mark.parametrize(("bob", "context", "start", "end", "score"), [
    ("the plan cuts waiting lists by half", {"prefix": "Bob said ", "suffix": "."}, 59, 94, 95.8),
    ("the plan cut waiting lists by a third", {"prefix": "Bob said "}, 11, 48, 98.6),
    ("the plan cuts the waiting lists by a half", {"prefix": "Bob said "}, 59, 100, 93.5),
])
def test_context_weighs_a_fifth_against_the_quote_s_own_similarity(bob: str, context: dict, start: int, end: int,
                                                                   score: float) -> None:
    text = f"Alice said the plan cuts waiting lists by a half. Bob said {bob}."
    assert find_quote(text, "the plan cuts waiting list by a half", **context) == Anchor(start, end, score, "fuzzy")


# ---------------------------------------------------------------- round 47m: the mutants still owed

def test_without_a_prefix_no_context_is_weighed_among_exact_occurrences() -> None:
    text = "Ref AB: the fee is due. Ref XX: the fee is due."
    assert find_quote(text, "the fee is due") == Anchor(8, 22, 100.0, "exact")


def test_a_changed_code_that_is_the_text_s_last_word_after_a_wide_gap_is_found() -> None:
    text = "Reference:" + " " * 30 + "KX4471BRAMWELLHARBOUR2031"
    assert find_quote(text, "KX4471BRAMWELLHARBOUR2013") == Anchor(40, 65, 96.0, "fuzzy")


# ---------------------------------------------------------------- round 65m: _best_separate's bound

def test_a_window_exactly_half_a_quote_from_a_better_one_is_still_refined() -> None:
    """Round 65m: among word-aligned windows of a text that repeats its few words, the candidate that refines to the
    best passage starts exactly half the quote's length (rounded down) from a better-scoring one: kept apart by `>=
    width // 2`, it is lost by `>`, by `/ 2` on an odd length, and crowded out of the five by `// 3`."""
    text = "fee a fell by the rose toll a rose a a the a fee fee rose by a"
    quote = "zl a rose aza the z fee fee rose by a"
    assert find_quote(text, quote, start=25) == Anchor(28, 62, 90.1, "fuzzy")
