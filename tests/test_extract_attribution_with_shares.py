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


def test_only_the_sentence_holding_the_clause_is_the_survey_s() -> None:
    """A plain sentence before the `with` clause's in the same paragraph stays narration; the clause is searched only
    inside each sentence (round 61m)."""
    text = SURVEY + "Respite remains hard to find. Many carers are tired, with 58% of carers saying they had not had " \
        "a night off in a year.\n"
    assert cued_rows(text) == [
        ("Pellow Carers Network", "organisation", "saying", "Many carers are tired"),
        ("Pellow Carers Network", "organisation", "saying", "58% of carers saying they had not had a night off in a year"),
    ]


def test_a_sentence_after_the_clause_stays_narration() -> None:
    """A sentence after the one with the clause, in the same paragraph, holds no clause of its own: no row."""
    text = SURVEY + "Respite remains hard to find, with 58% of carers saying they had not had a night off in a year. " \
        "Day centres have closed.\n"
    assert cued_rows(text) == [
        ("Pellow Carers Network", "organisation", "saying", "Respite remains hard to find"),
        ("Pellow Carers Network", "organisation", "saying", "58% of carers saying they had not had a night off in a year"),
    ]


def test_a_survey_named_only_after_the_clause_does_not_count() -> None:
    """The survey must be in sight before the share or in the clause: one named in a later paragraph leaves the
    sentence narration, though the network spoke just before (round 61m)."""
    text = "Pellow Carers Network said on Monday that respite was hard to find.\n\nMany carers are tired, with 58% of " \
        "carers saying they had no night off in a year.\n\nThe network's survey ran in the spring.\n"
    assert cued_rows(text) == [("Pellow Carers Network", "organisation", "said on Monday that", "respite was hard to find")]


def test_a_survey_word_opening_the_text_counts() -> None:
    """A headline opening on `Survey` says people were asked: the network that spoke last ran it (round 61m)."""
    text = "Survey finds respite scarce\n\nPellow Carers Network said on Monday that respite was hard to find.\n\n" \
        "Many carers are tired, with 58% of carers saying they had no night off in a year.\n"
    assert cued_rows(text) == [
        ("Pellow Carers Network", "organisation", "said on Monday that", "respite was hard to find"),
        ("Pellow Carers Network", "organisation", "saying", "Many carers are tired"),
        ("Pellow Carers Network", "organisation", "saying", "58% of carers saying they had no night off in a year"),
    ]


def test_share_seeing_in_a_with_clause() -> None:
    """`, with 47% of respondents seeing` (wave 62e, `seeing` added to `data/share_participles.txt`): the survey's."""
    text = SURVEY + "Views of respite were split, with 47% of respondents seeing cost as the main barrier.\n"
    assert cued_rows(text) == [
        ("Pellow Carers Network", "organisation", "seeing",
         "Views of respite were split, with 47% of respondents seeing cost as the main barrier"),
    ]
