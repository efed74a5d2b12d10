"""A sentence that names who gave what the writer set out just before it (attribution/pointed_messages, wave 49f):
`X said this at ...`, `X made these remarks when ...`, `X mentioned the above figures during ...`, `This was disclosed
by X ...`. The unclaimed paragraph before is X's; the pointing sentence itself, whose words after the pointer only say
where and when, is no claim. Texts written for this test in our own words about invented parties."""
import pytest

from extract_rows import cued_rows, rows

BEFORE = ("Harbour traffic\n\nThe Kelvale ferry carried 41,000 passengers in March, up from 33,500 a year earlier. "
          "Freight on the route rose by 12%.\n\n")
CLAIMS = ["The Kelvale ferry carried 41,000 passengers in March, up from 33,500 a year earlier",
          "Freight on the route rose by 12%"]


@pytest.mark.parametrize(("pointer", "speaker", "kind"), [
    ("Shipping Minister Orla Venning gave these figures during a visit to the Kelvale terminal on Friday.",
     "Orla Venning", "person"),
    ("Orla Venning, the Shipping Minister, said this at the opening of a new berth in Port Asker.", "Orla Venning",
     "person"),
    ("The Kelvale Harbour Board mentioned the above facts and figures in its quarterly briefing to councillors.",
     "Kelvale Harbour Board", "organisation"),
    ("This was disclosed by the Kelvale Harbour Board when it met traders on Monday.", "Kelvale Harbour Board",
     "organisation"),
    ("These figures were released by the Kelvale Harbour Board on Tuesday.", "Kelvale Harbour Board", "organisation"),
])
def test_the_paragraph_before_a_sentence_pointing_back_is_its_speakers(pointer: str, speaker: str, kind: str) -> None:
    assert rows(BEFORE + pointer + "\n") == [(speaker, kind, claim) for claim in CLAIMS]


@pytest.mark.parametrize("pointer", [
    "Dr Korva made these remarks when he met health workers at the Tarrow district hospital.",
    "Dr Korva said this at the annual review of the Tarrow district health service on Thursday.",
    "He stated this while touring the new maternity wing.",
])
def test_a_pointing_sentence_after_a_claimed_paragraph_makes_no_row(pointer: str) -> None:
    text = "Clinic waits\n\nDr Anselm Korva said the clinic had seen 2,300 patients in May.\n\n" + pointer + "\n"
    assert rows(text) == [("Anselm Korva", "person", "the clinic had seen 2,300 patients in May")]


@pytest.mark.parametrize("sentence", [
    "Orla Venning said this year's budget for the terminal was £4m.",
    "Orla Venning said these berths would open in June.",
])
def test_this_or_these_opening_the_reported_clause_points_nowhere(sentence: str) -> None:
    text = BEFORE + sentence + "\n"
    assert rows(text)[-1] == ("Orla Venning", "person", sentence.removeprefix("Orla Venning said ").rstrip("."))
    assert len(rows(text)) == 1


@pytest.mark.parametrize(("rank", "name"), [
    ("P/BGen.", "Arlo Velasco"),
    ("PLtCol.", "Marisol Dantes"),
    ("BGen.", "Teodoro Abad"),
    ("LtGen.", "Imelda Rosales"),
    ("SSgt.", "Ramon Quiambao"),
])
def test_a_compound_rank_written_short_ends_no_sentence(rank: str, name: str) -> None:
    """Ranks written short as one word, with a letter of the service before a slash (`P/BGen.`, `PLtCol.`, `LtGen.`:
    Philippine and American police and military press): the stop ends no sentence, the name after it speaks."""
    text = (f"Raids in Tarlac\n\n\u201cOfficers seized 420 grams of shabu in the two raids,\u201d district spokesperson "
            f"{rank} {name} told reporters.\n")
    assert rows(text) == [(name, "person", "Officers seized 420 grams of shabu in the two raids")]


@pytest.mark.parametrize(("sentence", "cue", "claim"), [
    ("However, she was quick to admit that the new bus lanes had slowed deliveries.", "was quick to admit that",
     "the new bus lanes had slowed deliveries"),
    ("She was careful to acknowledge that two depots had closed in 2023.", "was careful to acknowledge that",
     "two depots had closed in 2023"),
    ("Ms Brandt was careful to note that 14 new buses would enter service in May.", "was careful to note that",
     "14 new buses would enter service in May"),
    ("Later she was forced to concede that fares had risen by 9%.", "was forced to concede that",
     "fares had risen by 9%"),
])
def test_a_reporting_verb_after_haste_or_readiness_reports(sentence: str, cue: str, claim: str) -> None:
    """`X was quick to admit that A`, `was careful to acknowledge that`, `was careful to note that`, `was forced to
    concede that`: the whole family of verbs that take `that`, after the adjectives of haste, care or readiness."""
    text = "Bus routes\n\nMayor Hester Brandt defended the bus lanes on Monday.\n\n" + sentence + "\n"
    assert cued_rows(text) == [("Hester Brandt", "person", cue, claim)]


def test_a_paragraph_that_names_the_giver_is_the_writers_account() -> None:
    """`Minister X has urged traders to ... .` then `He made this remark on Monday ...`: the paragraph before tells
    what the giver did, in the writer's words; it is no claim of the giver's."""
    text = ("Trade\n\nTrade Minister Orla Venning has urged market traders to keep prices down over the holiday.\n\n"
            "She made this remark on Monday at the opening of the Kelvale market hall.\n")
    assert rows(text) == []
