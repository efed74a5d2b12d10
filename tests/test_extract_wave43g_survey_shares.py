"""Wave 43g: a survey's shares in the release of the body that ran it, with or without a reporting verb.

A body the text says ran a survey (`X has carried out its autumn survey`, `X conducted a poll of 300 members`) is
whose survey the later shares are, as `X surveyed` was (`attribution/shares`, `SURVEYOR_RE`); a sentence that opens
on a share of those asked and a finite verb that reports nothing (`31% managed to ...`, `Meanwhile, only 18% raised
...`, `The majority of owners (64%) cut ...`, `47% think that ...`) is that body's finding too
(`attribution/share_findings`, `data/share_verbs.txt`). A share with no survey in sight, with no body that ran it,
or of things rather than people asked (`44% of sales are bread`) stays narration.
"""
from tests.extract_rows import cued_rows

FEDERATION = "Kestley Bakers' Federation has carried out its autumn survey among bakery owners in the county. " \
    "Owners were asked about trade since June.\n\n"


def test_shares_with_a_cue_after_a_survey_carried_out() -> None:
    """`has carried out its autumn survey` names the survey's body: the cued shares are its."""
    text = FEDERATION + "58% of those questioned reported lower takings than last autumn. " \
        "Of these, 41% claimed that flour costs had doubled.\n"
    assert cued_rows(text) == [
        ("Kestley Bakers' Federation", "organisation", "reported",
         "58% of those questioned reported lower takings than last autumn"),
        ("Kestley Bakers' Federation", "organisation", "claimed that", "41% claimed that flour costs had doubled"),
    ]


def test_shares_without_a_reporting_verb() -> None:
    """A share and a finite verb, after an opener or none, is the survey's finding, the share kept."""
    text = FEDERATION + "31% managed to keep all their staff. Meanwhile, only 18% raised their prices. " \
        "The majority of owners (64%) cut their evening shifts. " \
        "Of particular concern, 47% think that the new road has hurt trade.\n"
    assert cued_rows(text) == [
        ("Kestley Bakers' Federation", "organisation", "managed", "31% managed to keep all their staff"),
        ("Kestley Bakers' Federation", "organisation", "raised", "only 18% raised their prices"),
        ("Kestley Bakers' Federation", "organisation", "cut", "The majority of owners (64%) cut their evening shifts"),
        ("Kestley Bakers' Federation", "organisation", "think", "47% think that the new road has hurt trade"),
    ]


def test_poll_conducted_and_just_a_share() -> None:
    """`conducted a poll of 300 members` names the poll's body; `Just 29%` is a share."""
    text = "The Ardlow Growers Network conducted a poll of 300 members in May.\n\n" \
        "Just 29% described the season as good. Some 52% plan to plant less barley next year.\n"
    assert cued_rows(text) == [
        ("Ardlow Growers Network", "organisation", "described", "Just 29% described the season as good"),
        ("Ardlow Growers Network", "organisation", "plan", "Some 52% plan to plant less barley next year"),
    ]


def test_no_survey_no_finding() -> None:
    """Negative: shares of money in a text where no one was asked stay narration."""
    text = "Ardlow Council approved its budget on Tuesday. The council said spending would rise.\n\n" \
        "Half of the money went to roads. 12% funded libraries.\n"
    assert cued_rows(text) == [("Ardlow Council", "organisation", "said", "spending would rise")]


def test_no_body_that_ran_the_survey() -> None:
    """Negative: people were asked, but no body is named as asking them: nothing is guessed."""
    text = "Growers were asked about the season in May.\n\n" \
        "Just 29% described the season as good. 52% plan to plant less barley next year.\n"
    assert cued_rows(text) == []


def test_share_of_things_not_people() -> None:
    """Negative: `44% of sales are bread` and `31% of the flour used came` are no answers of those asked."""
    text = FEDERATION.split("\n")[0] + "\n\n31% of the flour used came from abroad. 44% of sales are bread.\n"
    assert cued_rows(text) == []
