"""Wave 64f: a list after `, including` whose items are too short to stand as claims (`curbing reckless selling`,
`illegal lending`) is the examples of the head's noun: one claim with the head, never split and dropped. A list of
items that stand as claims still splits. Short texts in our own words about invented parties; whole rows as (speaker,
speaker_kind, cue, quote)."""
from claims.extract.items import split_items
from extract_rows import cued_rows as rows


def test_short_examples_after_including_stay_with_their_head() -> None:
    text = ("The Kelby Lending Authority said its report sets out its priorities, including curbing reckless selling, "
            "payday loans and illegal lending.")
    assert rows(text) == [
        ("Kelby Lending Authority", "organisation", "said", "its report sets out its priorities, including curbing "
         "reckless selling, payday loans and illegal lending")]


def test_split_items_keeps_a_series_of_short_examples_whole() -> None:
    text = "The trust said 40 staff left, including porters, cleaners and two nurses."
    words = (text.index("40"), len(text) - 1)
    assert [text[s:e] for s, e in split_items(text, words)] == [
        "40 staff left, including porters, cleaners and two nurses"]


def test_items_that_stand_as_claims_still_split() -> None:
    text = ("Orrel Council said it had made savings, including closing two depots at Hale, selling its old offices "
            "for £4 million and cutting its fleet by 30 vans.")
    assert [row[3] for row in rows(text)] == [
        "it had made savings", "closing two depots at Hale", "selling its old offices for £4 million",
        "cutting its fleet by 30 vans"]

