"""The small readers of `speakers.regions` asserted whole (round 60m2's mutation tests): one placed unnamed person,
unnamed informants, a place's lower-case title, a body described by its place, a clause opening on a name and a
conjoined subject kept in its own words. Each case is an invented phrase written for this test."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

from claims.extract.speakers.context import Context, Who
from claims.extract.speakers.regions import (
    conjoined_subject, informant_group, opens_on_name, place_description, placed_one, placed_title,
    unresolved_subject,
)


@pytest.mark.parametrize(("words", "one"), [
    ("one nurse on a ward", True), ("a nurse on ward", True), ("one healthcare assistant on an elderly care ward", True),
    ("one porter at the old depot near the quay", True), ("one two three four at x", True),
    ("nurse on a ward", False), ("one nurse", False), ("one nurse said on", False),
    ("one porter at the old depot near the north quay", False), ("one two three four five at x", False),
])
def test_placed_one_is_a_short_role_a_placing_word_and_a_short_place(words: str, one: bool) -> None:
    assert placed_one(words.split()) is one


@pytest.mark.parametrize(("words", "group"), [
    ("sources", True), ("two sources at the depot", True), ("many insiders", True),
    ("multiple sources within the county sheriff's office", True), ("two sources at the depot’s gate", True),
    ("sources within the county sheriff's office on the coast", False),
    ("the sources of the leak", False), ("its sources", False), ("x y sources", False),
    ("sources close to 3 ministers", False), ("sources could not", False), ("sources who would talk", False),
])
def test_informant_group_is_an_informant_noun_first_or_after_one_counting_word(words: str, group: bool) -> None:
    assert informant_group(words.split()) is group


@pytest.mark.parametrize(("subject", "titled"), [
    ("Pelna county governor", True), ("Orvale city mayor", True),
    ("pelna county governor", False), ("PELNA county governor", False), ("Pelna County governor", False),
    ("Pelna county Governor", False), ("Pelna river governor", False), ("Pelna county baker", False),
    ("the Pelna county governor", False), ("Pelna county", False),
])
def test_placed_title_is_a_place_a_kind_of_place_and_a_role(subject: str, titled: bool) -> None:
    raw = subject.split()
    assert placed_title(raw, [word.lower() for word in raw]) is titled


@pytest.mark.parametrize(("clause", "described"), [
    ("the region's largest operator", True), ("the county's largest care firm", True),
    ("the council's chief executive", False), ("the big firm", False), ("the county's new director", False),
])
def test_place_description_ends_on_no_role(clause: str, described: bool) -> None:
    assert place_description(clause) is described


@pytest.mark.parametrize(("text", "opens"), [
    ("Aldwick Energy said", True), ("  Aldwick Energy", True), ("the firm said", False), (", Aldwick Energy", False),
    ("Last year Aldwick Energy said", False), ("At the depot, Aldwick Energy said", False),
])
def test_opens_on_name_reads_the_first_mention_at_the_clause_start(text: str, opens: bool) -> None:
    assert opens_on_name(text, (0, len(text))) is opens


@pytest.mark.parametrize(("text", "expected"), [
    ("While firms said", Who("firms", "unresolved", 5)),
    ("While the big lenders said", Who("the big lenders", "unresolved", 5)),
    ("While firms , said", Who("firms", "unresolved", 5)),
    ("While Firms said", None), ("While firmsX said", None), ("While the very big new lenders said", None), ("While 3 firms said", None),
])
def test_conjoined_subject_keeps_a_short_lower_case_phrase(text: str, expected: Who | None) -> None:
    ctx = Context(text=text)
    assert conjoined_subject(text, text.index(" "), text.rindex(" "), ctx) == expected
    assert ctx.kinds == ({expected.name: "unresolved"} if expected else {})


def test_conjoined_subject_keeps_a_kind_read_before() -> None:
    text = "While firms said"
    ctx = Context(text=text)
    ctx.kinds["firms"] = "organisation"
    assert conjoined_subject(text, 5, 11, ctx) == Who("firms", "organisation", 5)


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("Most of the big lenders have cut rates", 0, Who("Most of the big lenders", "unresolved", 0)),
    ("Then,  Most of the big lenders have cut rates", 5, Who("Most of the big lenders", "unresolved", 7)),
    ("Yet the big lenders have cut rates", 3, None),
])
def test_unresolved_subject_keeps_the_subject_where_it_starts(text: str, start: int, expected: Who | None) -> None:
    ctx = Context(text=text)
    assert unresolved_subject(text, start, text.find(" have"), ctx) == expected
    assert ctx.kinds == ({expected.name: "unresolved"} if expected else {})


def test_unresolved_subject_keeps_a_kind_read_before() -> None:
    text = "Most of the big lenders have cut rates"
    ctx = Context(text=text)
    ctx.kinds["Most of the big lenders"] = "organisation"
    assert unresolved_subject(text, 0, 23, ctx) == Who("Most of the big lenders", "organisation", 0)


MADE_FOR = ("Half of cyclists have had a near miss with a car in the past year, according to a survey published today by "
            "{}.\n\nThe survey of 1,500 cyclists, carried out for {} Brannock Mutual, found that 22% of them had stopped "
            "riding to work.\n")
HALF = "Half of cyclists have had a near miss with a car in the past year"


@pytest.mark.parametrize(("publisher", "party", "expected"), [
    ("the cycling charity Safe Wheels Trust", "the charity, and its sponsor",
     [("Safe Wheels Trust", "organisation", "according to", HALF),
      ("Safe Wheels Trust", "organisation", "found that", "22% of them had stopped riding to work")]),
    ("the cycling inspectorate Safe Wheels Inspectorate", "the inspectorate and its sponsor",
     [("Safe Wheels Inspectorate", "inspectorate", "according to", HALF),
      ("Safe Wheels Inspectorate", "inspectorate", "found that", "22% of them had stopped riding to work")]),
    ("the cyclist Jo Roe", "Jo Roe and her sponsor",  # a person publishes: the made-for reading gives way
     [("Jo Roe", "person", "according to", HALF),
      ("Brannock Mutual", "person", "found that", "22% of them had stopped riding to work")]),
], ids=["comma-after-the-party", "an-inspectorate", "a-person"])
def test_made_for_the_publisher(publisher: str, party: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(MADE_FOR.format(publisher, party)) == expected


def test_made_for_us_set_off_by_commas_is_the_writer() -> None:
    text = ("Annual Review 2026 - Tallowmere Heritage Railway\n\n"
            "The auditors found that our accounts were in good order.\n\n"
            "The independent visitor survey, carried out for us, in June, found that 91% of passengers would "
            "recommend a trip.\n")
    assert cued_rows(text) == [
        ("auditors", "inspectorate", "found that", "our accounts were in good order"),
        ("Tallowmere Heritage Railway", "organisation", "found that", "91% of passengers would recommend a trip")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Forty jobs will go, the council has this morning revealed.\n",
     [("the council", "unresolved", "revealed", "Forty jobs will go")]),
    ("Forty jobs will go, the council has had to admit.\n",
     [("the council", "unresolved", "admit", "Forty jobs will go")]),
    ("Forty jobs will go, the council has this evening unfortunately had to reveal.\n",
     [("the council", "unresolved", "reveal", "Forty jobs will go")]),
    ("The council has this morning revealed that 40 jobs will go.\n",
     [("the council", "unresolved", "revealed that", "40 jobs will go")]),
])
def test_a_time_of_day_or_an_obligation_before_the_cue_says_nothing(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Wave 61f (the real sets' 97th): `this morning` and `has had to` between a subject and its cue are fillers."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        'While lenders said rates would fall, the Vale Building Society raised them.',
        [('lenders', 'unresolved', 'said',
          'rates would fall, the Vale Building Society raised them')],
        id='opening-conjunction'),
    pytest.param(
        'While Tarnby Rail and Kelby Buses said fares would rise, the council froze them.',
        [('Tarnby Rail and Kelby Buses', 'organisation', 'said',
          'fares would rise, the council froze them')],
        id='opening-conjunction-joined'),
    pytest.param(
        'Ama Orrin in her address to the Harbour Board said the quay would close.',
        [('Ama Orrin', 'person', 'said',
          'the quay would close')],
        id='own-occasion'),
    pytest.param(
        'Kelby Council in a statement said the quay would close.',
        [('Kelby Council', 'organisation', 'said',
          'the quay would close')],
        id='statement-occasion'),
    pytest.param(
        'The Tarnby school was closed after health inspectors said the kitchen was unsafe.',
        [('inspectors', 'inspectorate', 'said',
          'the kitchen was unsafe')],
        id='group-subject'),
    pytest.param(
        'The monitor overseeing the Tarnby Water Agency said the leaks had doubled.',
        [('The monitor', 'unresolved', 'said',
          'the leaks had doubled')],
        id='overseeing'),
    pytest.param(
        'A review team that visited the Tarnby depot reported that the brakes were worn.',
        [('A review team', 'unresolved', 'reported that',
          'the brakes were worn')],
        id='subject-relative'),
    pytest.param(
        'Ama Orrin, along with Ted Voss, said the quay would close.',
        [('Ama Orrin', 'person', 'said',
          'the quay would close')],
        id='companion'),
    pytest.param(
        'The Minister for Ports, Jo Pell, and the Minister for Roads, Tim Ash, said the quay would close.',
        [('Jo Pell and Tim Ash', 'person', 'said',
          'the quay would close')],
        id='joint-subject'),
    pytest.param(
        "Ama Orrin complained after the board's review concluded that the quay was unsafe.",
        [('the board', 'unresolved', 'concluded that',
          'the quay was unsafe')],
        id='subordinate-subject'),
    pytest.param(
        'Tarnby Rail and Kelby Buses said fares would rise.',
        [('Tarnby Rail and Kelby Buses', 'organisation', 'said',
          'fares would rise')],
        id='joined-subject'),
    pytest.param(
        'Ama Orrin, head of policy at the Tarnby Institute – which ranked ninth – says fares will rise.',
        [('Ama Orrin', 'person', 'says',
          'fares will rise')],
        id='dashed-aside'),
    pytest.param(
        'Ama Orrin, the Vice Chancellor (VC) said fees would rise.',
        [('Ama Orrin', 'person', 'said',
          'fees would rise')],
        id='post-letters'),
    pytest.param(
        'KELBY, May 3 (Reuters) - Tarnby Rail said fares would rise.',
        [('Tarnby Rail', 'organisation', 'said',
          'fares would rise')],
        id='dateline-wire'),
    pytest.param(
        'Tarnby Rail (TNR.L) said fares would rise.',
        [('Tarnby Rail', 'organisation', 'said',
          'fares would rise')],
        id='ticker'),
    pytest.param(
        'Tarrow Homes plc, the regional housebuilder, announces that profits rose by 8%.',
        [('Tarrow Homes plc', 'organisation', 'announces that',
          'profits rose by 8%')],
        id='set-off-name'),
    pytest.param(
        'Parcelfast, the delivery union, said staff would strike in May.',
        [('Parcelfast', 'organisation', 'said',
          'staff would strike in May')],
        id='described-body'),
    pytest.param(
        'Unifo the union said staff would strike in May.',
        [('Unifo', 'organisation', 'said',
          'staff would strike in May')],
        id='described-body-no-comma'),
    pytest.param(
        'The old depot closed in May and Kelby Council said the site would be sold.',
        [('Kelby Council', 'organisation', 'said',
          'the site would be sold')],
        id='joined-clause'),
    pytest.param(
        'Kelby Water, the regional water company, said bills would rise by 8%.',
        [('Kelby Water', 'organisation', 'said',
          'bills would rise by 8%')],
        id='set-off-body'),
    pytest.param(
        'Jo Pell of Tarnby, Kan., said the quay would close.',
        [('Jo Pell', 'person', 'said',
          'the quay would close')],
        id='set-off-address'),

])
def test_a_cues_region_names_its_speaker_past_what_opens_or_sets_off_the_subject(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Round 62m2 (`_region_speaker`'s opening lines): a conjunction opening the sentence, the speaker's own occasion,
    a subject after `after`, a participle or relative clause after the subject noun, a companion, two joint holders, a
    subordinate clause, a joined subject, a dashed aside, a post's letters, a dateline, a ticker, a name set off before
    its description, a body named before its kind, a clause joined by `and`, an address set off: the speaker is read
    past each, whole."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Marlen Energy Commission met.\n\nThe Commission therefore concluded that a grant is still needed.\n",
     [("Marlen Energy Commission", "organisation", "concluded that", "a grant is still needed")]),
    ("The Dunmere Trust thus said that the grant is still needed.\n",
     [("Dunmere Trust", "organisation", "said that", "the grant is still needed")]),
    ("Forty jobs will go, the Dunmere Trust has accordingly confirmed.\n",
     [("Dunmere Trust", "organisation", "confirmed", "Forty jobs will go")]),
])
def test_a_discourse_adverb_before_the_cue_says_nothing(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Wave 62e (the real sets' 97th): `therefore`, `thus`, `accordingly` between a subject and its cue are fillers."""
    assert cued_rows(text) == expected
