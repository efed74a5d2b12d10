"""A news report led by a named source's findings reads out that source's figures below in cue-less sentences of their
own (wave 68c): `X's survey found that A.` then `B rose to 12%.` makes B X's claim, until another party speaks or a
paragraph of narration gives no figure. Texts written for this test in our own words about invented parties."""
import pytest

from claims.extract.attribution.lead_findings import finding_cue, named_source, tells_method, weighs_figures
from extract_rows import cued_rows

HEADLINE = "Waits for repairs grow longer\n\n"


@pytest.mark.parametrize(("lead", "speaker", "cue"), [
    ("The Tarnby Housing Board's annual survey found that 38% of tenants waited a month for a repair.",
     "Tarnby Housing Board", "found that"),
    ("Tenants waited 38 days for a repair on average, according to the Tarnby Housing Board.",
     "Tarnby Housing Board", "according to"),
])
def test_the_figures_below_a_lead_finding_are_its_source(lead: str, speaker: str, cue: str) -> None:
    rows = cued_rows(HEADLINE + lead + "\n\nRent arrears rose to £2.4m, up from £1.9m.\n\nSome 412 homes stood empty.\n")
    assert rows[1:] == [(speaker, "organisation", cue, "Rent arrears rose to £2.4m, up from £1.9m"),
                        (speaker, "organisation", cue, "Some 412 homes stood empty")]


def test_another_party_speaking_ends_the_run() -> None:
    text = (HEADLINE + "The Tarnby Housing Board's survey found that 38% of tenants waited a month for a repair.\n\n"
            "Cllr Ana Wexcombe said the council would hire 12 more surveyors.\n\nSome 412 homes stood empty.\n")
    assert [row[0] for row in cued_rows(text)] == ["Tarnby Housing Board", "Ana Wexcombe"]


def test_a_paragraph_of_narration_with_no_figure_ends_the_run() -> None:
    text = (HEADLINE + "The Tarnby Housing Board's survey found that 38% of tenants waited a month for a repair.\n\n"
            "The board was set up after the floods.\n\nSome 412 homes stood empty.\n")
    assert [row[0] for row in cued_rows(text)] == ["Tarnby Housing Board"]


@pytest.mark.parametrize("sentence", [
    "Under the current rules, landlords must answer within 14 days.",
    "Every landlord must register 2 contacts.",
    "Orrin Lettings, which manages 300 homes, opened an office.",
    "He was fined £4,800 in March.",
    "Cllr Ana Wexcombe has 3 wards.",
    "Q: Why did 40 homes stand empty?",
    "| North | 1,200 |",
])
def test_background_a_person_a_rule_or_another_party_is_left(sentence: str) -> None:
    text = (HEADLINE + "The Tarnby Housing Board's survey found that 38% of tenants waited a month for a repair.\n\n"
            + sentence + "\n")
    assert [row[0] for row in cued_rows(text)] == ["Tarnby Housing Board"]


def test_a_release_keeps_its_issuers_figures() -> None:
    text = ("Press release\n\nFenholt Water today published its report, which shows that leakage fell by 11%.\n\n"
            "The company repaired 6,420 leaks.\n")
    assert cued_rows(text)[-1] == ("Fenholt Water", "organisation", "issued the release", "The company repaired 6,420 leaks")


def test_a_source_read_by_a_common_noun_leads_nothing() -> None:
    text = (HEADLINE + "New figures show that 38% of tenants waited a month for a repair.\n\n"
            "Rent arrears rose to £2.4m, up from £1.9m.\n")
    assert len(cued_rows(text)) == 1


@pytest.mark.parametrize(("cue", "expected"), [("shows", True), ("Found that", True), ("according to", True),
                                               ("said", False), ("warned that", False)])
def test_finding_cue(cue: str, expected: bool) -> None:
    assert finding_cue(cue) is expected


@pytest.mark.parametrize(("speaker", "kind", "expected"), [
    ("Tarnby Housing Board", "organisation", True), ("Latest figures", "document", False),
    ("the figures", "document", False), ("Tarnby Housing Board", "unresolved", False), ("", "organisation", False)])
def test_named_source(speaker: str, kind: str, expected: bool) -> None:
    assert named_source(speaker, kind) is expected


# Guards (wave 69x): a person's read-out figures stop at their paragraph; the writer's weighing of the figures, another
# kind of body opening a sentence, how the source did its work and what the source itself does are nobody's figures.
LEAD = "The Tarnby Housing Board's survey found that 38% of tenants waited a month for a repair.\n\n"


def test_a_persons_lead_reads_out_nothing_below_its_paragraph() -> None:
    text = (HEADLINE + "According to figures given by Warden Isolde Pryce at the open evening, 38% of tenants waited a "
            "month for a repair.\n\nRent arrears rose to £2.4m, up from £1.9m.\n")
    assert [row[0] for row in cued_rows(text)] == ["Isolde Pryce"]


@pytest.mark.parametrize("sentence", [
    "While the figures were the worst since 2015, 14 estates had no waits at all.",
    "But 40 new surveyors start in May.",
    "That is the highest share since 2012, when 41% waited.",
    "It was the third rise in 4 years.",
    "The figures were a record for the 6 estates.",
    "It is not clear whether 12 empty homes were counted.",
])
def test_the_writer_weighing_the_figures_is_nobodys(sentence: str) -> None:
    assert [row[0] for row in cued_rows(HEADLINE + LEAD + sentence + "\n")] == ["Tarnby Housing Board"]


@pytest.mark.parametrize("sentence", [
    "The government has set aside £40m for new homes.",
    "The council hired 12 more surveyors.",
])
def test_another_kind_of_body_opening_the_sentence_is_not_the_source(sentence: str) -> None:
    assert [row[0] for row in cued_rows(HEADLINE + LEAD + sentence + "\n")] == ["Tarnby Housing Board"]


def test_the_heads_of_things_a_source_counts_are_no_other_body() -> None:
    rows = cued_rows(HEADLINE + LEAD + "The buses carried 412,000 riders in June.\n")
    assert rows[1:] == [("Tarnby Housing Board", "organisation", "found that", "The buses carried 412,000 riders in June")]


@pytest.mark.parametrize("sentence", [
    "The survey by the Tarnby Housing Board, a tenants' body, looked at 40 estates.",
    "Volunteers from the board surveyed 900 tenants in 12 towns.",
    "Staff carried out 300 checks over 6 weeks.",
    "The board's inspectors visited 212 homes.",
])
def test_how_the_source_did_its_work_is_narration(sentence: str) -> None:
    assert [row[0] for row in cued_rows(HEADLINE + LEAD + sentence + "\n")] == ["Tarnby Housing Board"]


@pytest.mark.parametrize(("sentence", "given"), [
    ("Tarnby Housing Board will close 2 offices.", False),
    ("The Tarnby Housing Board opened 3 new offices last year.", False),
    ("The Tarnby Housing Board has logged 412 cases of mould.", True),
])
def test_the_sources_own_acts_are_narration_its_records_its_figures(sentence: str, given: bool) -> None:
    rows = cued_rows(HEADLINE + LEAD + sentence + "\n")
    assert rows[1:] == ([("Tarnby Housing Board", "organisation", "found that", sentence.rstrip("."))] if given else [])


def test_a_sentence_whose_next_names_its_own_source_is_not_the_leads() -> None:
    text = HEADLINE + LEAD + "Rent arrears rose to £2.4m. That is according to the Orrin Lettings Index.\n"
    assert ("Tarnby Housing Board", "organisation", "found that", "Rent arrears rose to £2.4m") not in cued_rows(text)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("While the figures were the worst since 2015, 14 estates had none.", True),
    ("That's the highest since 2012.", True),
    ("The total was a record.", True),
    ("Rent arrears rose to £2.4m.", False),
    ("Thatcham estates had 40 empty homes.", False),
])
def test_weighs_figures(sentence: str, expected: bool) -> None:
    assert weighs_figures(sentence, (0, len(sentence))) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The study looked at 40 towns.", True),
    ("Researchers interviewed 212 tenants.", True),
    ("Of 40 towns examined, 12 had no surveyor.", False),
    ("The ferries carried 412,000 passengers.", False),
    ("Complaints rose to 1,460.", False),
])
def test_tells_method(sentence: str, expected: bool) -> None:
    assert tells_method(sentence, (0, len(sentence))) is expected


def test_figures_a_source_shows_go_on_only_by_a_word_of_theirs() -> None:
    text = (HEADLINE + "Figures from the Tarnby Housing Board show 38% of tenants waited a month for a repair.\n\n"
            "Some 412 tenants waited a year.\n\nRent arrears rose to £2.4m.\n")
    assert cued_rows(text)[1:] == [("Tarnby Housing Board", "organisation", "show", "Some 412 tenants waited a year")]
