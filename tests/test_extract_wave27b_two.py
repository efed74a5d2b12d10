"""Two parties of the same text (wave 27b): each case is a short text written for this test in our own words about
invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order."""
import pytest

from extract_rows import cued_rows as rows


# A semicolon opening a clause with a subject and a cue of its own (attribution/semicolon_clauses): the second party
# claims its own clause, as after `, but` (wave 12's second cue), never the first party whose content ran on. Seen in
# p640, p950, p984 (three authors: `X confirmed A; Y said B`, `X estimated the crowd at A; the organisers put it at
# B`). A clause with no cue, a pronoun (`; it said`), a passive or the same party again stay the first party's.
BONUS = ("Ravensmoor Water confirmed that its chief executive would receive no bonus for 2027; Dunholt Water said its "
         "pay committee would decide in May.\n")
REVERSED = ("Dunholt Water said its pay committee would decide in May; Ravensmoor Water confirmed that its chief "
            "executive would receive no bonus.\n")
REGULATOR = ("The Wexley Drinking Water Board has reviewed the mains programme.\n\n"
             "Ravensmoor Water said it had repaired 40 mains this year; the board said only 12 had been inspected.\n")
NO_CUE = "Ravensmoor Water said it had repaired 40 mains this year; 12 more were replaced in the spring.\n"
PRONOUN = "Ravensmoor Water said it had repaired 40 mains this year; it said 12 more would follow in the spring.\n"
SAME_PARTY = ("Ravensmoor Water said it had repaired 40 mains this year; Ravensmoor Water said 12 more would follow "
              "in the spring.\n")
PASSIVE = ("Ravensmoor Water said it had repaired 40 mains this year; a further 12 leaks were reported by customers "
           "in the spring.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (BONUS, [
        ("Ravensmoor Water", "organisation", "confirmed that",
         "confirmed that its chief executive would receive no bonus for 2027"),
        ("Dunholt Water", "organisation", "said", "its pay committee would decide in May")]),
    (REVERSED, [
        ("Dunholt Water", "organisation", "said", "its pay committee would decide in May"),
        ("Ravensmoor Water", "organisation", "confirmed that",
         "confirmed that its chief executive would receive no bonus")]),
    (REGULATOR, [
        ("Ravensmoor Water", "organisation", "said", "it had repaired 40 mains this year"),
        ("Wexley Drinking Water Board", "organisation", "said", "only 12 had been inspected")]),
], ids=["confirmed-then-said", "said-then-confirmed", "the-board"])
def test_a_semicolon_opens_another_partys_clause(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


REPAIRED = ("Ravensmoor Water", "organisation", "said", "it had repaired 40 mains this year")


@pytest.mark.parametrize(("text", "expected"), [
    (NO_CUE, [REPAIRED, ("Ravensmoor Water", "organisation", "said", "12 more were replaced in the spring")]),
    (PRONOUN, [REPAIRED, ("Ravensmoor Water", "organisation", "said", "it said 12 more would follow in the spring")]),
    (SAME_PARTY, [REPAIRED, ("Ravensmoor Water", "organisation", "said",
                             "Ravensmoor Water said 12 more would follow in the spring")]),
    (PASSIVE, [REPAIRED, ("Ravensmoor Water", "organisation", "said",
                          "a further 12 leaks were reported by customers in the spring")]),
], ids=["no-cue", "pronoun", "same-party", "passive"])
def test_a_semicolon_without_another_party_keeps_the_first_party(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# `put it at` a figure (attribution/shapes.PUT_AT_RE): an estimate of the measure just named is the subject's claim,
# as `put the number at` is (p950, p984, after a semicolon). `put it at risk` and a time keep no such reading.
CROWD = ("Hundreds of nurses marched through Tralee on Saturday.\n\n"
         "Kerrow Police estimated the crowd at about 700; the organisers put it at more than 2,500.\n")


def test_an_estimate_put_at_a_figure_after_a_semicolon_is_the_second_partys() -> None:
    assert rows(CROWD) == [
        ("Kerrow Police", "organisation", "estimated", "the crowd at about 700"),
        ("the organisers", "unresolved", "put", "put it at more than 2,500")]


@pytest.mark.parametrize("tail", ["put it at risk", "put it at 5pm"])
def test_put_it_at_no_figure_is_no_estimate(tail: str) -> None:
    assert rows(f"The march passed off peacefully. The organisers {tail}.\n") == []
