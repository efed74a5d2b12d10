"""Figure appositives (claims/extract/figure_appositives.py, wave 69l): a phrase set off by a comma after a figure that
only describes that figure (ranks it, gives its change, sets it against another, gives it as a share or a multiple)
stays in the figure's claim. Each case is a short text written for this test in our own words about invented parties,
with the whole table it must give as (speaker, speaker_kind, cue, quote) rows; each rule has cases where it must not
fire."""
import pytest

from claims.extract.figure_appositives import describes_figure, ranks
from extract_rows import cued_rows as rows


def test_a_record_and_a_change_stay_with_their_figure() -> None:
    assert rows("The Tamsk Harbour Board said the port handled 84 million tonnes of freight during 2025, a record for "
                "the harbour, and an overall gain of 7% over 2024.") == [
        ("Tamsk Harbour Board", "organisation", "said", "the port handled 84 million tonnes of freight during 2025, a "
         "record for the harbour, and an overall gain of 7% over 2024")]


def test_ranks_after_an_ordinal_and_after_and_stay_with_their_figure() -> None:
    assert rows("The Tamsk Harbour Board said there were 912,400 ferry passengers in June, the third busiest month "
                "in its history, and the busiest June since 2011.") == [
        ("Tamsk Harbour Board", "organisation", "said", "there were 912,400 ferry passengers in June, the third "
         "busiest month in its history, and the busiest June since 2011")]


def test_a_multiple_stays_and_a_clause_after_it_is_its_own_claim() -> None:
    assert rows("The Dunmore Crossing Trust said tolls raised £3.2m in the year, twice the figure for 2023, and the "
                "bridge carried 8.1 million vehicles.") == [
        ("Dunmore Crossing Trust", "organisation", "said", "tolls raised £3.2m in the year, twice the figure for 2023"),
        ("Dunmore Crossing Trust", "organisation", "said", "the bridge carried 8.1 million vehicles")]


def test_a_comparison_stays_with_its_figure() -> None:
    assert rows("According to the Dunmore Crossing Trust, 1,240 cyclists used the path each day in August, 18% above "
                "the summer average.") == [
        ("Dunmore Crossing Trust", "organisation", "According to", "1,240 cyclists used the path each day in August, "
         "18% above the summer average")]


def test_a_superlative_stays_and_a_second_predicate_is_its_own_claim() -> None:
    assert rows("The Dunmore Crossing Trust said it received 96 complaints, the fewest in a decade, and closed 90 of "
                "them within a week.") == [
        ("Dunmore Crossing Trust", "organisation", "said", "it received 96 complaints, the fewest in a decade"),
        ("Dunmore Crossing Trust", "organisation", "said", "closed 90 of them within a week")]


def test_a_list_of_sums_for_things_is_still_cut_into_items() -> None:
    assert rows("The Tamsk Harbour Board said its plan sets aside £4m for the north quay, £2m for the ferry terminal and "
                "£1m for new cranes.") == [
        ("Tamsk Harbour Board", "organisation", "said", "its plan sets aside £4m for the north quay"),
        ("Tamsk Harbour Board", "organisation", "said", "£2m for the ferry terminal"),
        ("Tamsk Harbour Board", "organisation", "said", "£1m for new cranes")]


@pytest.mark.parametrize("phrase", [
    "a record for the harbour", "and an overall gain of 7% over 2024", "the third busiest month in its history",
    "the second-highest in the region", "its highest total since 2019", "the most since 2011", "a new high",
    "an all-time record", "a 12% rise on 2024", "24% above the July average", "11.8% more than in July last year",
    "twice the figure for 2023", "about a third of the fleet", "three times the national rate",
    "the equivalent of £830 a day", "roughly one in five of its members"])
def test_phrases_that_describe_a_figure(phrase: str) -> None:
    before = "the port handled 84 million tonnes, "
    text = before + phrase
    assert describes_figure(text, len(before), len(text), before)


@pytest.mark.parametrize("phrase", [
    "the 20% reduction in young adult fares", "£2m for the ferry terminal", "a new library wing",
    "the interest on the loan", "the Midwest women's unit at 119%", "the council's chief executive",
    "the one in charge of the port"])
def test_phrases_that_do_not_describe_a_figure(phrase: str) -> None:
    before = "the port handled 84 million tonnes, "
    text = before + phrase
    assert not describes_figure(text, len(before), len(text), before)


def test_no_figure_before_means_no_description() -> None:
    before = "the port handled record tonnage, "
    text = before + "the busiest month on record"
    assert not describes_figure(text, len(before), len(text), before)


def test_ranks_reads_superlatives_by_their_ending_and_leaves_nouns_in_est() -> None:
    assert [ranks(word) for word in ("busiest", "Highest", "record", "most", "interest", "west", "nest")] == [
        True, True, True, True, False, False, False]
