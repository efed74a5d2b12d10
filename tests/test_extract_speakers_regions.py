"""The small readers of `speakers.regions` asserted whole (round 60m2's mutation tests): one placed unnamed person,
unnamed informants, a place's lower-case title, a body described by its place, a clause opening on a name and a
conjoined subject kept in its own words. Each case is an invented phrase written for this test."""
from __future__ import annotations

import pytest

from extract_rows import cued_rows

from claims.extract.speakers.context import Context, Who
from claims.extract.speakers.regions import (
    conjoined_subject, informant_group, opens_on_name, place_description, placed_one, placed_title,
    speaker_from_region, unresolved_subject,
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


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Tarnby's Ama Orrin, who chairs the board, said the quay would close.",
        [('Ama Orrin', 'person', 'said', 'the quay would close')],
        id='relative-after-name'),
    pytest.param(
        'The Velta van, which Corvane said it would stop building, was cheap.',
        [('Corvane', 'organisation', 'said', 'it would stop building')],
        id='object-relative'),
    pytest.param(
        'Inspectors at Mossgrove Lodge, Co Tarnby, found that meals were cold.',
        [('inspectors', 'inspectorate', 'found that', 'meals were cold')],
        id='placed-group-address'),
    pytest.param(
        'Residents at Mossgrove Lodge, Co Tarnby, said that meals were cold.',
        [('Residents at Mossgrove Lodge', 'unresolved', 'said that', 'meals were cold')],
        id='placed-residents-address'),
    pytest.param(
        'In Ardlow, Co Tarnby, police said the road was shut.',
        [('police', 'unresolved', 'said', 'the road was shut')],
        id='address-before-noun'),
    pytest.param(
        'In Ardlow, Co Tarnby, Ted Voss said the road was shut.',
        [('Ted Voss', 'person', 'said', 'the road was shut')],
        id='address-before-name'),
    pytest.param(
        'Ted Voss, of Ardlow, Co Tarnby, said the road was shut.',
        [('Ted Voss', 'person', 'said', 'the road was shut')],
        id='name-before-address'),
    pytest.param(
        'Ama Orrin, representing the Tarnby Ferrymen, told the board that fares would rise.',
        [('Ama Orrin', 'person', 'told the board that', 'fares would rise')],
        id='participle-aside'),
    pytest.param(
        'Ted Voss, a 34-year-old from Kelby, said the road was unsafe.',
        [('Ted Voss', 'person', 'said', 'the road was unsafe')],
        id='origin-aside'),
    pytest.param(
        'A spokesperson for Marrow Care, run by Kelby Health, said the ward would close.',
        [('Marrow Care', 'organisation', 'said', 'the ward would close')],
        id='run-by-aside'),
    pytest.param(
        'Kelby Union, which represents staff at the bank, said pay would fall.',
        [('Kelby Union', 'organisation', 'said', 'pay would fall')],
        id='relative-aside'),
    pytest.param(
        'Ama Orrin, the new chair, who took over in May, said the ward was full.',
        [('Ama Orrin', 'person', 'said', 'the ward was full')],
        id='relative-then-description'),
    pytest.param(
        'Tarnby Rail, whose trains run late, said fares would rise.',
        [('Tarnby Rail', 'organisation', 'said', 'fares would rise')],
        id='whose-aside'),
    pytest.param(
        'Ostrel, the energy regulator for Great Britain, found that bills were too high.',
        [('Ostrel', 'inspectorate', 'found that', 'bills were too high')],
        id='regulator-described'),
    pytest.param(
        'Ostrel, the energy watchdog for the Kelby region, found that bills were too high.',
        [('Ostrel', 'inspectorate', 'found that', 'bills were too high')],
        id='watchdog-described'),
    pytest.param(
        'Ferncastle Trust, the owner of Kelby Hall, has said the hall would close.',
        [('Ferncastle Trust', 'organisation', 'said', 'the hall would close')],
        id='owner-described'),
    pytest.param(
        'Mothers Against Knives, founded in 2019 by Ama Orrin, said crime had risen.',
        [('Mothers Against Knives', 'organisation', 'said', 'crime had risen')],
        id='founded-by'),
    pytest.param(
        'In a letter, the Minister of State for Ports has said the quay would close.',
        [('the Minister of State for Ports', 'person', 'said', 'the quay would close')],
        id='whole-title'),
    pytest.param(
        'Ama Orrin, chief executive of Tarnby Rail, said fares would rise.',
        [('Ama Orrin', 'person', 'said', 'fares would rise')],
        id='role-after-name'),
    pytest.param(
        'Ama Orrin, the Tarnby Rail chief executive, said fares would rise.',
        [('Ama Orrin', 'person', 'said', 'fares would rise')],
        id='owned-role-after-name'),
    pytest.param(
        'A nurse, Ama Orrin, said the ward was full.',
        [('Ama Orrin', 'person', 'said', 'the ward was full')],
        id='indefinite-before-name'),
    pytest.param(
        'Ted Voss, the chairman of Kelby Trust, said fees would rise.',
        [('Ted Voss', 'person', 'said', 'fees would rise')],
        id='chairman-after-name'),
    pytest.param(
        'Speaking on Radio Kelby, Minister Ted Voss said the quay would close.',
        [('Ted Voss', 'person', 'said', 'the quay would close')],
        id='occasion-before-name'),
    pytest.param(
        'Otterby Taverns Ltd, owner of the Otter Arms, said the pub would close.',
        [('Otterby Taverns Ltd', 'organisation', 'said', 'the pub would close')],
        id='body-described-owner'),
    pytest.param(
        'Ann Roe, deputy chief executive, Tarnby Providers, said fares would rise.',
        [('Ann Roe', 'person', 'said', 'fares would rise')],
        id='name-role-body'),
    pytest.param(
        "The Kelby Water Agency met on Monday. The agency's annual Water Outlook, published on Tuesday, found that "
        "rivers were low.",
        [('Kelby Water Agency', 'organisation', 'found that', 'rivers were low')],
        id='owned-title'),
    pytest.param(
        'Kelby Water Agency met. Its Water Outlook 2027 finds that rivers are low.',
        [('Kelby Water Agency', 'organisation', 'finds that', 'rivers are low')],
        id='pronoun-title'),
    pytest.param(
        "Kelby Council met on Monday. Draft minutes, published on the council's website, show that the quay will "
        "close.",
        [('Kelby Council', 'organisation', 'show that', 'the quay will close')],
        id='site-owner'),
    pytest.param(
        "Draft minutes, published on the council's website, show that the quay will close.",
        [('Draft minutes', 'document', 'show that', 'the quay will close')],
        id='site-owner-unnamed'),
    pytest.param(
        'A Deputy Harbour Commissioner has told the board that the quay will close.',
        [('A Deputy Harbour Commissioner', 'person', 'told the board that', 'the quay will close')],
        id='indefinite-title'),
    pytest.param(
        'The General Secretary of the Kelby Union said pay would fall.',
        [('The General Secretary of the Kelby Union', 'person', 'said', 'pay would fall')],
        id='title-in-body'),
    pytest.param(
        'Tarnby Rail chief executive Ted Voss spoke in May. The chief executive of Tarnby Rail has admitted that fares '
        'will rise.',
        [('Ted Voss', 'person', 'admitted that', 'fares will rise')],
        id='held-holder'),
    pytest.param(
        'The transport minister has announced that fares will rise.',
        [('The transport minister', 'person', 'announced that', 'fares will rise')],
        id='unnamed-role'),
    pytest.param(
        "The council's director of housing told the board that rents would rise.",
        [("The council's director of housing", 'person', 'told the board that', 'rents would rise')],
        id='owned-unnamed-role'),
    pytest.param(
        'The County boss said that rents would rise.',
        [('The County boss', 'person', 'said that', 'rents would rise')],
        id='county-boss'),
    pytest.param(
        'Counsel for the driver said the crash was an accident.',
        [('Counsel for the driver', 'person', 'said', 'the crash was an accident')],
        id='representative'),
    pytest.param(
        'The 58-year-old said the crash was an accident.',
        [('The 58-year-old', 'person', 'said', 'the crash was an accident')],
        id='described-age'),
    pytest.param(
        'Fares will rise by 8%, federal transport officials said.',
        [('federal transport officials', 'unresolved', 'said', 'Fares will rise by 8%')],
        id='description-after-claim'),
    pytest.param(
        'The quay will close in May, the harbour watchdog has found.',
        [('the harbour watchdog', 'inspectorate', 'found', 'The quay will close in May')],
        id='watchdog-after-claim'),
    pytest.param(
        'Ama Orrin, Director, England North, at the Kelby Fund, said fares would rise.',
        [('Ama Orrin', 'person', 'said', 'fares would rise')],
        id='post-holder'),
    pytest.param(
        "The report, by the council's director of housing, Ama Orrin, says rents will rise.",
        [('the report', 'document', 'says', 'rents will rise')],
        id='document-before-author'),
    pytest.param(
        'Sgt Ama Orrin, Coastal Patrols, Kelby Authority, said the road was shut.',
        [('Ama Orrin', 'person', 'said', 'the road was shut')],
        id='person-before-units'),
    pytest.param(
        'The report, Cold Homes, Empty Larders, reveals that rents rose.',
        [('the report', 'document', 'reveals that', 'rents rose')],
        id='titled-document'),
    pytest.param(
        'Kelby Trust, which runs parks, pools and libraries, said fees would rise.',
        [('Kelby Trust', 'organisation', 'said', 'fees would rise')],
        id='relative-list'),
    pytest.param(
        'Ted Voss, R.N., said the ward was full.',
        [('Ted Voss', 'person', 'said', 'the ward was full')],
        id='credentials'),
    pytest.param(
        'Ted Voss, 52, a fisherman, said the quay was unsafe.',
        [('Ted Voss', 'person', 'said', 'the quay was unsafe')],
        id='age-and-description'),
    pytest.param(
        'Ama Orrin, Director, England North, Kelby Fund, said fares would rise.',
        [('Ama Orrin', 'person', 'said', 'fares would rise')],
        id='person-post-region-body'),
    pytest.param(
        'Ama Orrin, head of patrols, Coastal Unit, Kelby Authority, said the road was shut.',
        [('Ama Orrin', 'person', 'said', 'the road was shut')],
        id='person-lower-case-post-units'),
    pytest.param(
        'Kelby Rail met on Monday. While Orrin Foods would not say how many stores would close, it stated that ten '
        'would.',
        [('Orrin Foods', 'organisation', 'stated that', 'ten would')],
        id='conceded-it'),
    pytest.param(
        'Cladwick Energy raised prices. Cladwick pointed to charges set by the Harbour Office, which it said were too '
        'high.',
        [('Cladwick Energy', 'organisation', 'said',
          'Cladwick pointed to charges set by the Harbour Office, which it said were too high.')],
        id='relative-pronoun-body'),
    pytest.param(
        'In Ardlow, Co Tarnby, a spokesman said the road was shut.',
        [('a spokesman', 'unresolved', 'said', 'the road was shut')],
        id='address-before-spokesman'),
    pytest.param(
        'Officers were called to the harbour in Ardlow, Co Tarnby, detectives said.',
        [('detectives', 'unresolved', 'said', 'Officers were called to the harbour in Ardlow, Co Tarnby')],
        id='address-inside-claim'),
    pytest.param(
        'It is the best, Kelby Rail conceded.',
        [('Kelby Rail', 'organisation', 'conceded', 'It is the best')],
        id='conceded'),
])
def test_a_cues_clauses_are_read_nearest_first_past_asides_to_their_speaker(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Round 63m2 (`_region_speaker`'s clause loop): an address, a participle, relative or origin aside, a body's
    description, a whole title, a role before or after a name, a titled or owned document, a site's owner, a held post,
    an unnamed role, a description after the claim, credentials and an age: each clause read to its speaker, whole."""
    assert cued_rows(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Two men were held after a Kelby, Marren, harbour officer was hurt on the quay, authorities said.",
        [("authorities", "unresolved", "said",
          "Two men were held after a Kelby, Marren, harbour officer was hurt on the quay")],
        id="place-read-past-into-the-claim"),
    pytest.param(
        "Fares will rise by 5% in May, Ama Orrin, the chief executive of Kelby Rail, said.",
        [("Ama Orrin", "person", "said", "Fares will rise by 5% in May")],
        id="person-named-before-her-post"),
    pytest.param(
        "Fares will rise by 5% in May, Ama Orrin said.",
        [("Ama Orrin", "person", "said", "Fares will rise by 5% in May")],
        id="person-alone"),
    pytest.param(
        "Fares will rise, Tarn's transport minister, who took office in May, said.",
        [("Tarn's transport minister", "person", "said", "Fares will rise")],
        id="owned-post-before-a-relative"),
    pytest.param(
        "The chief executive of Kelby Rail has admitted that fares were too high.",
        [("Kelby Rail", "organisation", "admitted that", "fares were too high")],
        id="post-of-a-body-no-holder-named"),
])
def test_a_cues_last_clauses_give_the_speaker_and_where_the_claim_ends(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Round 65m (`_region_speaker` after its clause loop, mutants 773-1050): a description read past a place into
    the claim keeps its own words; a person's name ends the claim before it, with or without a post after it; a held
    post whose holder is never named leaves its body."""
    assert cued_rows(text) == expected


def test_a_field_line_naming_nobody_is_no_one_s_when_no_body_is_in_focus() -> None:
    """Round 65m: a region read for a record (`record=True`) that names no speaker falls back to the body in focus
    only when there is one; with none, the words stay the document they name."""
    assert speaker_from_region("the figures", 0, 11, Context(text="the figures"), record=True) == Who(
        "the figures", "document", 0)


@pytest.mark.parametrize(("text", "expected"), [
    ("Fares will rise, Kelby Rail, the county's rail firm, said.",
     [("Kelby Rail", "organisation", "said", "Fares will rise")]),
    ("Fares will rise, the Kelby Rail Authority, the county's rail regulator, said.",
     [("Kelby Rail Authority", "inspectorate", "said", "Fares will rise")]),
    ("Fares will rise, Kelby Rail, the rail firm, said.", [("Kelby Rail", "organisation", "said", "Fares will rise")]),
])
def test_a_body_named_before_its_owned_description_ends_the_claim(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Round 65m (a defect `who[1] == "person"` -> `!=` showed): a body's name set off before a description a
    possessive opens (`Kelby Rail, the county's rail firm, said`) is no part of the claim, as a person's name is not."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ama Orrin runs Kelby Rail. Fares will rise by 5% in May, Orrin, the chief executive, said.",
     [("Ama Orrin", "person", "said", "Fares will rise by 5% in May")]),
    ("Fares will rise by 5% in May, Orrin, the chief executive, said.",
     [("Orrin", "person", "said", "Fares will rise by 5% in May")]),
    ("Ama Orrin runs Kelby Rail. Orrin, the chief executive, said fares would rise.",
     [("Ama Orrin", "person", "said", "fares would rise")]),
])
def test_a_surname_alone_set_off_before_a_post_is_the_person_who_speaks(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Round 65y: a surname alone, then a post set off by commas, before a cue (`A, Orrin, the chief executive,
    said`): the person speaks (the full name the text gave earlier, else the surname), and the claim ends before it."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A study published in Tarnby Science found that rivers were warmer.",
     [("a study", "document", "found that", "rivers were warmer")]),
    # 66m (mutation, the venue cut): the venue's clause after the claim, not the claim, is the speaker's
    ("Fares will rise, a study published in Tarnby Science said.",
     [("a study", "document", "said", "Fares will rise")]),
    ("Fares will rise, work published in Tarnby Science said.",  # no speaker read before the venue: its words
     [("work", "unresolved", "said", "Fares will rise")]),
])
def test_a_document_published_in_a_venue_speaks_not_the_venue(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Round 66m: `published in X` names where a document appeared, never who speaks; the speaker is what stands before
    it in the same clause, and a claim set off before that clause stays the claim."""
    assert cued_rows(text) == expected
