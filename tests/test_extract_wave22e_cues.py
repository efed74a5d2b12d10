"""Cues and missed claims (wave 22e): reporting frames the extractor did not read, so that a claim got no row at all.
Each case is a short text written for this test in our own words about invented parties, and the whole table it must
give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from extract_rows import rows


# A party that blames a cause with no `on` or `for` after it (`X blamed mild weather and ...`): the cause is its
# claim, the verb kept (wave 22e, `causes.OBJECT_CAUSE_RE`); `blamed A on B` keeps giving B as before.
@pytest.mark.parametrize(("text", "expected"), [
    ("Tarrow Retail blamed a wet August and heavier discounting by rivals in the run-up to Christmas.\n",
     [("Tarrow Retail", "organisation",
       "blamed a wet August and heavier discounting by rivals in the run-up to Christmas")]),
    ("Ofwat published its figures. The regulator blamed a 14% rise in chemical costs since March.\n",
     [("Ofwat", "inspectorate", "blamed a 14% rise in chemical costs since March")]),
    ("Kelby Buses cut 40 routes. The company blames a shortage of drivers for most of the cancellations.\n",
     [("Kelby Buses", "organisation", "blames a shortage of drivers for most of the cancellations")]),
    # `blamed A on B`: B is the cause, kept with its verb and A since wave 43c (a cause alone tests nothing)
    ("Kelby Buses blamed the delays on a shortage of drivers.\n",
     [("Kelby Buses", "organisation", "blamed the delays on a shortage of drivers")]),
])
def test_a_cause_blamed_without_on_is_the_party_s_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    # a passive: the party is blamed, nobody blames
    "Kelby Buses was blamed for the delays by residents of the valley.\n",
    "Kelby Buses has been blamed for 40 cancelled services.\n",
    # nobody blames: a negation of the act, or a question
    "Who blamed the drivers for the 40 cancelled services?\n",
])
def test_a_party_blamed_makes_no_claim(text: str) -> None:
    assert rows(text) == []


# A party's submission in a hearing (`X submits that A`, `X submitted that A`): A is its claim, as `argued that A` is
# (wave 22e, `data/cue_verbs.txt`); a thing submitted (`submitted a bid`) reports nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Complainant submits that the roof had been repaired by a contractor in 2019.\n",
     [("Complainant", "unresolved", "the roof had been repaired by a contractor in 2019")]),
    ("Brenmoor Holdings submitted that the company had not been told of the defect until May.\n",
     [("Brenmoor Holdings", "organisation", "the company had not been told of the defect until May")]),
])
def test_a_submission_is_the_party_s_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "Brenmoor Holdings submitted a bid of £4m for the depot in May.\n",
    "The club submitted its application to the league on Friday.\n",
])
def test_a_thing_submitted_reports_nothing(text: str) -> None:
    assert rows(text) == []


# A proposal of an action (`X proposes closing A`, `The budget proposed cutting B`): the party's or the document's
# claim, the verb kept (wave 22e); a motion (`proposed that the plan be sent back`) and a proposal as a noun are not.
@pytest.mark.parametrize(("text", "expected"), [
    ("Dunmere Council proposes closing the Elm Street pool at the end of March.\n",
     [("Dunmere Council", "organisation", "proposes closing the Elm Street pool at the end of March")]),
    ("Brenmoor University has also proposed moving 900 staff to a career-average pension scheme.\n",
     [("Brenmoor University", "organisation", "proposed moving 900 staff to a career-average pension scheme")]),
])
def test_a_proposed_action_is_a_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "Cllr Jo Roe proposed that the plan be sent back to the executive for a second look.\n",
    "The proposed closing date for the consultation is 4 May.\n",
])
def test_a_motion_or_a_proposal_named_is_no_claim(text: str) -> None:
    assert rows(text) == []


# `In a statement it says ...` without a comma after the occasion: the pronoun opens the subject, as a name does
# (wave 22e, `patterns.LEADING_SOURCE_RE`).
@pytest.mark.parametrize(("text", "expected"), [
    ("The Kelby Trades Council has responded. In a statement it says real wages are still below their 2008 level.\n",
     [("Kelby Trades Council", "organisation", "real wages are still below their 2008 level")]),
    ("Jo Roe chairs the panel. In a letter to members she says 40 posts will go by June.\n",
     [("Jo Roe", "person", "40 posts will go by June")]),
])
def test_a_pronoun_after_the_occasion_is_the_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A participle of speech before a clause that opens on a bare plural noun (`, saying calls for service rose 11%`,
# `, saying ministers had set quotas`): the clause is the subject's claim, as after `the` or a name (wave 22e,
# `shapes.SPEAKING_PARTICIPLE_RE`); a thing said (`, saying thanks to staff who had ...`) is no clause.
@pytest.mark.parametrize(("text", "expected"), [
    ("Police Chief Jo Roe asked the council for two more officers, saying calls for service rose 11% last year.\n",
     [("Jo Roe", "person", "calls for service rose 11% last year")]),
    ("Sea Ledger Ireland took the opposite view, saying ministers had again set six quotas above the advice.\n",
     [("Sea Ledger Ireland", "organisation", "ministers had again set six quotas above the advice")]),
])
def test_a_participle_of_speech_before_a_bare_plural_reports_the_clause(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "Jo Roe closed the meeting, saying thanks to staff who had worked over the summer.\n",
    "Jo Roe left the hall, saying goodbyes to friends and colleagues she had known for years.\n",
])
def test_a_thing_said_after_a_participle_is_no_clause(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a later cue in the sentence speaks for its own clause; the proposal is the writer's
    ("Dunmere Council proposes closing the Elm Street pool, a move the Parks Coalition said would leave 4,000 "
     "children without a pool.\n",
     [("Parks Coalition", "organisation", "would leave 4,000 children without a pool")]),
    # a proposal told as the past of what followed
    ("The board had proposed paying a dividend of 0.25% on savings. That motion was defeated by 198 votes to 131.\n",
     []),
])
def test_a_proposal_yields_to_a_later_cue_and_to_the_past(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# `told X, <aside>, that A`: the aside between the one told and `that` is no claim, A is (wave 22e, `patterns.CUE_RE`).
@pytest.mark.parametrize(("text", "expected"), [
    ("Acme Water told the court, through its barrister, that it had spent £37,000 on barriers.\n",
     [("Acme Water", "organisation", "it had spent £37,000 on barriers")]),
    ("Jo Roe told the committee, in a letter seen by this newspaper, that 40 posts would go by June.\n",
     [("Jo Roe", "person", "40 posts would go by June")]),
    # an aside that holds the claim itself stays with the cue as before
    ("Jo Roe told the committee that 40 posts would go, and that the depot would close.\n",
     [("Jo Roe", "person", "40 posts would go"), ("Jo Roe", "person", "the depot would close")]),
])
def test_an_aside_after_the_one_told_is_no_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# `It` acting right after the body that just spoke, in the same paragraph and with no cue (`X said A. It has
# downgraded the warning`, `It had asked the review body for 8.5%`, `It now maintains 6,870 plans`): the body's own
# claim about what it did or holds (wave 22e, `attribution/own_acts`); `It` of a copula, an expletive or a passive
# (`It was the third cut`, `It follows a cut last year`, `It had been closed since March`) stays the writer's.
@pytest.mark.parametrize(("text", "expected"), [
    ("Gusts of 140km/h were recorded at Mace Head, the Dunmore Weather Service said. It has downgraded the red warning for the coast "
     "to orange.\n",
     [("Dunmore Weather Service", "organisation", "Gusts of 140km/h were recorded at Mace Head"),
      ("Dunmore Weather Service", "organisation", "It has downgraded the red warning for the coast to orange")]),
    ("The Custodial Officers' Guild said it would consult members. It had asked the review body for a larger award.\n",
     [("Custodial Officers' Guild", "organisation", "it would consult members"),
      ("Custodial Officers' Guild", "organisation", "It had asked the review body for a larger award")]),
])
def test_it_acting_after_the_body_that_spoke_is_its_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Acme Water said the main would reopen on Friday. It was the third burst on the road this year.\n",
     [("Acme Water", "organisation", "the main would reopen on Friday")]),
    ("Acme Water said the main would reopen on Friday. It follows a burst on the same road in March.\n",
     [("Acme Water", "organisation", "the main would reopen on Friday")]),
    ("Acme Water said the road would reopen on Friday. It had been closed since the burst in March.\n",
     [("Acme Water", "organisation", "the road would reopen on Friday")]),
    # another sentence between: the writer has moved on
    ("Acme Water said the main would reopen on Friday. Residents were told to boil water. It has also opened a "
     "helpline.\n",
     [("Acme Water", "organisation", "the main would reopen on Friday")]),
    # a person spoke: `It` is not that person
    ("Jo Roe said the main would reopen on Friday. It has opened a helpline for residents.\n",
     [("Jo Roe", "person", "the main would reopen on Friday")]),
])
def test_it_of_a_copula_or_after_a_gap_is_the_writer_s(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_it_after_a_source_read_from_is_the_writer_s() -> None:
    assert rows("Phone sales rose to 1.4 million last year, according to Tessaly Phones Ltd. It has not made a profit since "
                "it was founded in 2017.\n") == [
        ("Tessaly Phones Ltd", "organisation", "Phone sales rose to 1.4 million last year")]
