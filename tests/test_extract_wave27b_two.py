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
        ("Kerrow Police", "organisation", "estimated", "estimated the crowd at about 700"),  # its verb kept (56d)
        ("the organisers", "unresolved", "put", "put it at more than 2,500")]


@pytest.mark.parametrize("tail", ["put it at risk", "put it at 5pm"])
def test_put_it_at_no_figure_is_no_estimate(tail: str) -> None:
    assert rows(f"The march passed off peacefully. The organisers {tail}.\n") == []


# A party the answering body names by description only (`the governing body`, `the ship's insurer`) and reports with a
# cue of its own, inside the body's questions and answers (attribution/described_parties, read by
# blocks._reported_in_answer): that party's words, in the text's own words, as a named body's or person's already
# are, never the answering body's. Seen in p664 and p817 (two authors), and the same reading of a described party
# inside one body's words in p741 (three texts). The answering body's own `we`, `they`, a named body and a passive
# judgement keep their readings.
FAQ = ("Brindle Valley Council\n\n"
       "Closure of Marlowe Street car park: questions and answers\n\n"
       "What is being proposed?\n\n"
       "The council is proposing to close Marlowe Street car park on 3 March.\n\n"
       "Why is the car park closing?\n\n"
       "We counted 61 cars a day there last year, against 140 spaces. {sentence}\n\n"
       "Where can I park instead?\n\n"
       "Our Deacon Road car park has 90 free spaces on a weekday.\n")
COUNCIL = "Brindle Valley Council"


def answered(sentence: str, row: tuple[str, str, str, str]) -> list[tuple[str, str, str, str]]:
    """The whole table of the questions and answers with one sentence in the second answer, given its row."""
    return [(COUNCIL, "organisation", "transcript", "The council is proposing to close Marlowe Street car park on 3 March"),
            (COUNCIL, "organisation", "transcript", "We counted 61 cars a day there last year, against 140 spaces"),
            row,
            (COUNCIL, "organisation", "transcript", "Our Deacon Road car park has 90 free spaces on a weekday")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The ramp's insurer has confirmed that two ramps are unsafe.",
     ("the ramp's insurer", "unresolved", "confirmed that", "has confirmed that two ramps are unsafe")),  # 42e
    ("The operator told us in May that it would not renew its lease.",
     ("the operator", "unresolved", "told us in May that", "it would not renew its lease")),
], ids=["insurer-confirmed", "operator-told-us"])
def test_a_described_party_in_a_bodys_answer_speaks_for_itself(sentence: str,
                                                              expected: tuple[str, str, str, str]) -> None:
    assert rows(FAQ.format(sentence=sentence)) == answered(sentence, expected)


@pytest.mark.parametrize("sentence", [
    "They told us that the ramps are unsafe.", "We have said that the ramps are unsafe.",
    "Two of the three ramps were rated unsafe.", "The council has said that the ramps are unsafe."],
    ids=["they", "we", "passive", "the-council-itself"])
def test_the_answering_body_keeps_its_own_words(sentence: str) -> None:
    row = (COUNCIL, "organisation", "transcript", sentence.rstrip("."))
    assert rows(FAQ.format(sentence=sentence)) == answered(sentence, row)
