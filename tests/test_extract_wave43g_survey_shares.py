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


def test_share_after_a_short_opener_and_a_surveyor_paragraphs_before() -> None:
    """`In contrast, 80 per cent of respondents said` keeps its share; the body that surveyed, named paragraphs before
    (over 600 characters), with another body and a person speaking between, is still the survey's."""
    text = "Pellam Research surveyed 1,200 nurses by telephone in June.\n\n" \
        "The survey was paid for by the Tarrow Nursing Forum. \"We have waited years for figures like these, and we " \
        "intend to put every one of them in front of ministers before the budget is set in the autumn,\" said Forum " \
        "chair Ama Bellweather.\n\n" \
        "\"Nobody can say now that they did not know what the wards are like on a night shift. We will be writing to " \
        "every health board in the region this week, and we will publish their answers in full before the summer " \
        "recess begins. Ministers have had the evidence from their own inspectors for two years and done nothing " \
        "with it,\" she said.\n\n" \
        "In contrast, 80 per cent of respondents said that their pay was fair.\n"
    assert cued_rows(text)[-1] == (
        "Pellam Research", "organisation", "said that", "80 per cent of respondents said that their pay was fair")


def test_opener_share_with_no_surveyor_unchanged() -> None:
    """Negative: a short opener before a share of money, with no one asked, gives no survey's finding."""
    text = "Ardlow Council approved its budget on Tuesday.\n\nIn contrast, 80 per cent said nothing about roads.\n"
    assert cued_rows(text) == []


def test_opening_survey_clause_with_a_long_tail() -> None:
    """`In a separate survey of ... carried out for the X Partnership in late August, 62% said`: the clause runs past
    sixty characters after its noun and still names the survey's body."""
    text = "Visitor numbers rose in July, the Tarn Lakes Partnership said.\n\n" \
        "In a separate survey of 180 guesthouses and cafes carried out for the Tarn Lakes Partnership in late " \
        "August, 62% said their energy costs had risen.\n"
    assert cued_rows(text) == [
        ("Tarn Lakes Partnership", "organisation", "said", "Visitor numbers rose in July"),
        ("Tarn Lakes Partnership", "organisation", "said", "62% said their energy costs had risen"),
    ]


def test_surveyor_with_its_acronym_and_a_share_clause_before_another() -> None:
    """`X (KGA) has carried out its survey` names the survey's body past its acronym; `21% had more work, while only
    9% expected ...` gives both shares, each its own row."""
    text = "The Kestley Growers' Alliance (KGA) has carried out its summer survey of member farms.\n\n" \
        "21% had more work than a year earlier, while only 9% expected the autumn to be busier.\n"
    assert cued_rows(text) == [
        ("Kestley Growers' Alliance", "organisation", "expected", "21% had more work than a year earlier"),
        ("Kestley Growers' Alliance", "organisation", "expected", "only 9% expected the autumn to be busier"),
    ]


def test_clause_before_that_is_no_share_unchanged() -> None:
    """Negative: a clause before `, while 9% expected` that opens on no share stays out of the claim."""
    text = "The Kestley Growers' Alliance (KGA) has carried out its summer survey of member farms.\n\n" \
        "Rain delayed the harvest in July, while only 9% expected the autumn to be busier.\n"
    assert cued_rows(text) == [
        ("Kestley Growers' Alliance", "organisation", "expected", "only 9% expected the autumn to be busier"),
    ]
