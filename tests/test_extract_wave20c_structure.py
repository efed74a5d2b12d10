"""Structure and spans (wave 20c): claims cut into fragments at `and`, lists under a letter's lead-in, and a sender's
own findings in a letter. Each case is a short text written for this test in our own words about invented parties,
and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order, or the whole value a helper
returns."""
import pytest

from claims.extract.items import split_items
from extract_rows import rows


# `and` between two words of one noun phrase or one participle (20c, items.split_clauses, items.joins_modifiers):
# a compound adjective ending in -ed after `and` (`small and medium-sized firms`, `family-run and locally-owned shops`)
# and two participles of one noun (`scripts drafted and approved by the charity`, `depots owned and operated by X`)
# open no clause; a clause whose first word is an -ed verb still splits (`and re-opened the ward`, `and raised fees`).
@pytest.mark.parametrize(("sentence", "expected"), [
    ("A third of small and medium-sized firms in the region expect to cut staff this year",
     ["A third of small and medium-sized firms in the region expect to cut staff this year"]),
    ("the scheme lends to around 9,000 small and medium-sized businesses across Wales",
     ["the scheme lends to around 9,000 small and medium-sized businesses across Wales"]),
    ("its callers had followed scripts drafted and approved by the charity's own staff",
     ["its callers had followed scripts drafted and approved by the charity's own staff"]),
    ("the buses are owned and operated by a private company based in Leeds",
     ["the buses are owned and operated by a private company based in Leeds"]),
    ("the trust closed two wards for six weeks last winter and re-opened the ward in March",
     ["the trust closed two wards for six weeks last winter", "re-opened the ward in March"]),
    ("the college cut 40 posts in the summer term and raised its fees by 9% in September",
     ["the college cut 40 posts in the summer term", "raised its fees by 9% in September"]),
])
def test_and_inside_a_modifier_opens_no_clause(sentence: str, expected: list[str]) -> None:
    assert [sentence[s:e] for s, e in split_items(sentence, (0, len(sentence)))] == expected


def test_a_quarter_of_small_and_medium_sized_firms_is_one_row() -> None:
    text = ("Firms plan fewer hires\n\n"
            "A quarter of small and medium-sized firms in Scotland expect to cut jobs next year, according to a survey "
            "by the Ardmore Business Forum.\n")
    assert rows(text) == [
        ("Ardmore Business Forum", "organisation",
         "A quarter of small and medium-sized firms in Scotland expect to cut jobs next year")]
