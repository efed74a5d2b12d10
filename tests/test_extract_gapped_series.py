"""Gapped series (claims/extract/gapped_series.py, wave 69l): a later figure of a series for one measure that leaves
out its noun and verb (`188 in Loy`, `12% by farming`) or counts the same kind again (`54 types of ore`) stays in the
series' claim. Each case is a short text written for this test in our own words about invented parties, with the whole
table it must give as (speaker, speaker_kind, cue, quote) rows; each rule has cases where it must not fire."""
from claims.extract.gapped_series import continues_series
from claims.extract.items import has_verb
from extract_rows import cued_rows as rows


def test_figures_by_place_are_one_series() -> None:
    assert rows("The Varrow Rivers Agency said it recorded 204 incidents in Shannock, 188 in Loy and 161 in "
                "Carrow.") == [
        ("Varrow Rivers Agency", "organisation", "said", "it recorded 204 incidents in Shannock, 188 in Loy and 161 in "
         "Carrow")]


def test_shares_after_semicolons_are_one_series() -> None:
    assert rows("The Varrow Rivers Agency said 31% of last year's incidents were caused by sewage works; 12% by "
                "farming; and 6% by road runoff.") == [
        ("Varrow Rivers Agency", "organisation", "said", "31% of last year's incidents were caused by sewage works; "
         "12% by farming; and 6% by road runoff")]


def test_sums_for_things_are_still_items() -> None:
    assert rows("The Varrow Rivers Agency said its fund would give £4m for riverbank repairs, £2m for fish passes and "
                "£1m for school visits.") == [
        ("Varrow Rivers Agency", "organisation", "said", "its fund would give £4m for riverbank repairs"),
        ("Varrow Rivers Agency", "organisation", "said", "£2m for fish passes"),
        ("Varrow Rivers Agency", "organisation", "said", "£1m for school visits")]


def _joins(text: str, first: str, second: str) -> bool:
    """Whether `second` continues the series `first` opens, both found in `text`."""
    one, two = text.index(first), text.index(second)
    return continues_series(text, (one, one + len(first)), (two, two + len(second)), has_verb)


def test_a_bare_figure_on_the_same_preposition_continues() -> None:
    text = "it counted 97,000 cars in Europe and 61,000 in the Gulf"
    assert _joins(text, "it counted 97,000 cars in Europe", "61,000 in the Gulf")


def test_a_figure_with_its_own_noun_or_verb_or_another_preposition_does_not_continue() -> None:
    text = "it counted 97,000 cars in Europe, 61,000 vans in the Gulf"
    assert not _joins(text, "it counted 97,000 cars in Europe", "61,000 vans in the Gulf")
    text = "it counted 97,000 cars in Europe, 61,000 were sold in the Gulf"
    assert not _joins(text, "it counted 97,000 cars in Europe", "61,000 were sold in the Gulf")
    text = "it counted 97,000 cars in Europe, 61,000 at the Gulf ports"
    assert not _joins(text, "it counted 97,000 cars in Europe", "61,000 at the Gulf ports")
    text = "it paid $6.8m in refunds, $750,000 in penalties"
    assert not _joins(text, "it paid $6.8m in refunds", "$750,000 in penalties")


def test_a_kind_counted_again_continues_but_a_thing_counted_again_does_not() -> None:
    text = "barges carried 48 types of grain, 54 types of ore"
    assert _joins(text, "barges carried 48 types of grain", "54 types of ore")
    text = "officers made nine reports of oil, four reports of dead fish"
    assert not _joins(text, "officers made nine reports of oil", "four reports of dead fish")


def test_a_sentence_between_breaks_the_series() -> None:
    text = "it counted 97,000 cars in Europe. Then 61,000 in the Gulf"
    assert not _joins(text, "it counted 97,000 cars in Europe", "61,000 in the Gulf")
