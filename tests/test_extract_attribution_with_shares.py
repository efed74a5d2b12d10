"""Wave 60d: a survey's share in a `with` clause after a comma (`..., with 58% of carers saying ...`) is what the
survey found: the sentence is the body's that ran it (`attribution/with_shares`, `data/share_participles.txt`). With
no survey in sight, or a share of things rather than of people asked, the sentence stays narration."""
from claims.extract.attribution.with_shares import may_state_with_share
from tests.extract_rows import cued_rows

SURVEY = "Pellow Carers Network surveyed 640 unpaid carers across the valley in the spring.\n\n"


def test_share_saying_in_a_with_clause() -> None:
    """`, with 58% of carers saying` after a survey the network ran: the sentence is the network's, in two items."""
    text = SURVEY + "Respite remains hard to find, with 58% of carers saying they had not had a night off in a year.\n"
    assert cued_rows(text) == [
        ("Pellow Carers Network", "organisation", "saying", "Respite remains hard to find"),
        ("Pellow Carers Network", "organisation", "saying", "58% of carers saying they had not had a night off in a year"),
    ]


def test_share_agreeing_after_a_view_of_those_asked() -> None:
    """`, with 73 per cent of respondents agreeing` closes a sentence that states the view: all of it the survey's."""
    text = SURVEY + "Carers also agreed that the new day centre had made a difference, " \
        "with 73 per cent of respondents agreeing.\n"
    assert cued_rows(text) == [
        ("Pellow Carers Network", "organisation", "agreeing",
         "Carers also agreed that the new day centre had made a difference, with 73 per cent of respondents agreeing"),
    ]


def test_no_survey_in_sight_stays_narration() -> None:
    """A share of a budget in a `with` clause, no one asked: nobody's claim."""
    text = "Pellow Council set its budget on Monday.\n\nSpending rose by a tenth, with 40 per cent of it going on " \
        "care and 12 per cent citing no heading at all.\n"
    assert cued_rows(text) == []


def test_cheap_test() -> None:
    """The block test passes only a `with` clause whose share did what those asked do."""
    assert (may_state_with_share("It rose, with 61% of staff saying so."),
            may_state_with_share("It rose, with 61% of it going on pay."),
            may_state_with_share("It rose, 61% of staff saying so.")) == (True, False, False)
