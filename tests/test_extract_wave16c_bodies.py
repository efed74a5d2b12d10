"""Organisations, inspectorates and documents (wave 16c): each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text
order, or the whole value a helper returns."""
import pytest

from claims.extract.attribution.documents import ends_with_grade, holds_value
from claims.extract.company_forms import board_opening
from claims.extract.entities import GRADE_RE, Mention, bodies_called
from claims.extract.speakers.body_traits import common_names, same_head
from claims.extract.speakers.clauses import is_participle_clause
from claims.extract.speakers.documents import examined_name
from claims.extract.speakers.modifier_bodies import inspecting_body, is_short_name, modifier_bodies, named_body
from claims.extract.text import Block
from extract_rows import rows

# A body's name as the modifier of a noun of examining work (16c, modifier_bodies). Regulators and inspectorates are
# often known by a short name with no head noun (an acronym, or a coined word like Ofwire) and a reporter names them
# only so: `after Ofwire inspectors found`, `following a TQA investigation`, `an Ofwire report`. The later `Inspectors
# found` or `The investigation found` is that body's, not the bare words.
INSPECTORS_AFTER_SHORT_NAME = (
    "Nursery told to improve\n\nA nursery in Leek has been rated inadequate after Ofwire inspectors found children "
    "were left unsupervised.\n\nInspectors found that staff had not been trained in first aid.\n")
INVESTIGATION_AFTER_SHORT_NAME = (
    "Broadband firm to repay customers\n\nFastlink will repay £2 million following a TQA investigation into its bills."
    "\n\nThe investigation found that 12,000 customers had been charged twice.\n")
REPORT_AFTER_SHORT_NAME = (
    "Hospital responds to inspection\n\nThe hospital welcomed the publication of the Ofwire report on its maternity "
    "unit.\n\nInspectors also found that two of its four theatres had been closed for repairs.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (INSPECTORS_AFTER_SHORT_NAME,
     [("Ofwire", "inspectorate", "children were left unsupervised"),
      ("Ofwire", "inspectorate", "staff had not been trained in first aid")]),
    (INVESTIGATION_AFTER_SHORT_NAME,
     [("TQA", "organisation", "12,000 customers had been charged twice")]),
    (REPORT_AFTER_SHORT_NAME,
     [("Ofwire", "inspectorate", "two of its four theatres had been closed for repairs")]),
], ids=["inspectors", "investigation", "report"])
def test_a_body_named_as_a_modifier_does_the_work(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("after Ofwire inspectors found", {"inspectors": "Ofwire"}),
    ("following a TQA investigation into", {"investigation": "TQA"}),
    ("a Rail Standards Authority report says", {"report": "Rail Standards Authority"}),
    ("Annual report says more", {}),  # a headline's first word: no body
    ("The report found", {}),  # a determiner
    ("the March survey found", {}),  # a month names no one
    ("told the UK survey", {}),  # two letters: a place, not a body
    ("an Ofwire report and a TQA report", {}),  # two bodies before one noun: neither
    ("Ofwire's report", {}),  # a possessive: the owner, read elsewhere
    ("Planning inspectors gave", {}),  # a sentence's first word
])
def test_modifier_bodies_maps_a_noun_to_the_one_body_before_it(text: str, expected: dict[str, str]) -> None:
    assert {noun: body.name for noun, body in modifier_bodies(text).items()} == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("Ofwire", True), ("TQA", True), ("UK", False), ("March", False), ("The", False), ("Acme-Co", False),
    ("Embargoed", False),  # a release's furniture word, a sentence starter
])
def test_is_short_name(word: str, expected: bool) -> None:
    assert is_short_name(word) == expected


def test_named_body_takes_a_named_body_ending_at_the_run() -> None:
    text = "by the Rail Standards Authority"
    assert named_body(text, 7, len(text)) is not None and named_body(text, 7, len(text)).name == \
        "Rail Standards Authority"


@pytest.mark.parametrize(("text", "expected"), [
    ("after Ofwire inspectors found. Later a TQA survey showed", "Ofwire"),  # a survey does not inspect
    ("after Ofwire inspectors found. Later a TQA report showed", None),  # two inspecting bodies: neither
    ("a TQA survey showed", None),
])
def test_inspecting_body_is_the_one_body_before_a_noun_of_inspecting(text: str, expected: str | None) -> None:
    found = inspecting_body(text)
    assert (found.name if found else None) == expected


# An aside on what a document drew on (16c, clauses.is_source_aside). `The survey, based on replies from 1,200 Redline
# passengers, found` and `The analysis, based on the department's own figures, found`: the body named inside the
# aside is the document's source or subject, never its speaker; the document before the aside speaks.
SOURCE_ASIDE = (
    "Waiting list grows\n\nThe opposition group released an analysis by its staff today.\n\n"
    "The caucus analysis, based on the Health Department's own monthly reports, found that 4,000 families were "
    "waiting.\n")
SOURCE_ASIDE_AFTER_NAMED_AUTHOR = (
    "Rail users unhappy\n\nA survey by the watchdog Rail Voice was published today.\n\n"
    "The survey, drawing on the Redline Trains complaints log, found that 48% of passengers were unhappy.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (SOURCE_ASIDE, [("the caucus analysis", "document", "4,000 families were waiting")]),
    (SOURCE_ASIDE_AFTER_NAMED_AUTHOR, [("Rail Voice", "inspectorate", "48% of passengers were unhappy")]),
], ids=["based-on", "drawing-on"])
def test_a_body_in_an_aside_on_a_documents_source_never_speaks(text: str,
                                                                 expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("based on the agency's own figures", True),
    ("drawn from council records", True),
    ("drawing on 40 interviews", True),
    ("founded in 2019 by Jo Roe", True),
    ("based in Leeds", False),  # where a body is: not a source
    ("published on Thursday by the trust", False),  # a publishing verb: read by `unowned_document`
    ("on Tuesday", False),
])
def test_is_participle_clause_takes_a_source_aside(phrase: str, expected: bool) -> None:
    assert is_participle_clause(phrase) == expected


# A document and what it examines (16c, documents.examined_name and the about-test). `A review of Dunmore
# Constabulary's year end performance found` names a document by what it examines; the bare `a review` names nothing,
# and the body examined never speaks for it, also behind a possessive (`an inspection of the county's SEND services`:
# `SEND` is no speaker). A document with words of its own (`a government inspection`) keeps them.
EXAMINED_BY_POSSESSIVE = ("Police figures\n\nA review of Dunmore Constabulary's year end performance found that "
                          "burglaries fell by 12%.\n")
EXAMINED_THEN_TIME = ("Police figures\n\nAn inspection of Dunmore Constabulary in May found that burglaries fell by "
                      "12%.\n\nThe inspection found that 40% of calls were answered late.\n")
EXAMINED_BEHIND_POSSESSIVE = ("Parents protest\n\nA government inspection of the county's SEND services found that 40% "
                              "of plans were late.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (EXAMINED_BY_POSSESSIVE,
     [("A review of Dunmore Constabulary's year end performance", "document", "burglaries fell by 12%")]),
    (EXAMINED_THEN_TIME,
     [("An inspection of Dunmore Constabulary", "document", "burglaries fell by 12%"),
      ("An inspection of Dunmore Constabulary", "document", "40% of calls were answered late")]),
    (EXAMINED_BEHIND_POSSESSIVE,
     [("government inspection", "document", "40% of plans were late")]),
], ids=["possessive", "time-after", "acronym-behind-possessive"])
def test_a_document_is_named_with_what_it_examines(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("words", "head", "expected"), [
    ("A review of Acme's year end performance", 2, "A review of Acme's year end performance"),
    ("An inspection of the Acme depot in May", 2, "An inspection of the Acme depot"),
    ("An audit of Acme, published today", 2, "An audit of Acme"),
    ("A government inspection of Acme", 3, None),  # words of its own before the noun
    ("A review of Acme by Deloitte", 2, None),  # a publisher: read by `published_by`
    ("The review of Acme", 2, None),  # a review the text spoke of before
    ("A report of Acme", 2, None),  # not a noun of examining
    ("A review of", 2, None),
    ("A review of in May", 2, None),
])
def test_examined_name(words: str, head: int, expected: str | None) -> None:
    raw = words.split()
    assert examined_name(raw, [w.lower().strip(",") for w in raw], head) == expected


# A grade is no body (16c, entities.GRADE_RE). `The regulator rated the association C2` puts a grade after `the
# association`, in the place of `the union Unite`; the grade was read as the body the text calls `the association`.
@pytest.mark.parametrize(("name", "expected"), [
    ("C2", True), ("B12", True), ("G4S", False), ("Unite", False), ("CC", False),
])
def test_grade_re_matches_a_grade_only(name: str, expected: bool) -> None:
    assert bool(GRADE_RE.fullmatch(name)) == expected


def test_a_grade_after_the_noun_is_not_the_body_so_called() -> None:
    text = ("Tenants unhappy\n\nOakmere Homes said in a statement that it accepted the findings.\n\n"
            "The Housing Regulator rated the association C2 in its last inspection.\n")
    assert bodies_called(text, "association") == frozenset()


# What a body's own head lets the text call it (16c, words.HEAD_SYNONYMS). A housing body named `X Homes` or `X
# Housing` is `the association`; an ambulance service is `the trust`; a commission is `the agency`; a football club
# named `X Town` is `the club`; a surgery is `the practice`. A staff association is `the union` when its name says
# whose (body_traits.common_names: `Teachers Association`, `Association of Nursing Staff`), never any association.
HOUSING_ASSOCIATION = (
    "Damp flats\n\nLarkfield Homes, which owns 6,000 homes in Kent, said it was sorry for the delays.\n\n"
    "A spokesperson for the association said: \"We have visited every flat in the block.\"\n")
STAFF_ASSOCIATION = (
    "School closures\n\nThe Elm Valley Teachers Association, which represents the district's teachers, said no teacher "
    "would lose a job.\n\nThe union said 20 teachers would move to other schools.\n")
AMBULANCE_TRUST = (
    "Long wait\n\nNorth Fells Ambulance Service apologised to the family and said it had opened an investigation.\n\n"
    "A spokesperson for the trust said: \"We had 30 ambulances queuing outside hospitals that evening.\"\n")
COMMISSION_AGENCY = (
    "Heater fines\n\nThe Home Safety Commission fined Warmco $2 million.\n\n"
    "The agency said the fires caused $900,000 in damage.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (HOUSING_ASSOCIATION,
     [("Larkfield Homes", "organisation", "it was sorry for the delays"),
      ("Larkfield Homes", "organisation", "We have visited every flat in the block.")]),
    (STAFF_ASSOCIATION,
     [("Elm Valley Teachers Association", "organisation", "no teacher would lose a job"),
      ("Elm Valley Teachers Association", "organisation", "20 teachers would move to other schools")]),
    (AMBULANCE_TRUST,
     [("North Fells Ambulance Service", "organisation", "it had opened an investigation"),
      ("North Fells Ambulance Service", "organisation", "We had 30 ambulances queuing outside hospitals that evening.")]),
    (COMMISSION_AGENCY,
     [("Home Safety Commission", "inspectorate", "the fires caused $900,000 in damage")]),
], ids=["association", "union", "trust", "agency"])
def test_a_reference_means_the_body_whose_head_it_may_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("head", "word", "expected"), [
    ("homes", "association", True), ("housing", "association", True), ("association", "union", False),
    ("service", "trust", True), ("commission", "agency", True),
    ("town", "club", True), ("surgery", "practice", True), ("care", "practice", True),
    ("council", "association", False), ("service", "union", False), ("homes", "trust", False),
])
def test_same_head_reads_the_synonyms(head: str, word: str, expected: bool) -> None:
    assert same_head(head, word) == expected


def test_examined_name_reads_into_as_of() -> None:
    raw = "A review into Acme Academy".split()
    assert examined_name(raw, [w.lower() for w in raw], 2) == "A review into Acme Academy"


# `Their report` after inspectors (16c, documents.document). `The Care Board graded Elm House as weak. Inspectors
# visited the home, which is run by Oakfield Care Group, in May. Their report states that ...`: `their` is the
# inspectors', so an inspection document is the inspectorate's in focus, never the body last named inside a relative
# clause. When a plain organisation spoke last, `their report` may be its own and is read as before.
THEIR_REPORT_AFTER_INSPECTORS = (
    "Care home rated weak\n\nThe Care Board graded Elm House as weak. Inspectors visited the home, which is run by "
    "Oakfield Care Group, in May.\n\nTheir report states that charts for 9 residents had gaps.\n")
THEIR_REPORT_AFTER_A_COMPANY = (
    "Care home rated weak\n\nThe Care Board graded Elm House as weak.\n\nOakfield Care Group said it would appeal.\n\n"
    "Their report states that staff numbers had risen.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (THEIR_REPORT_AFTER_INSPECTORS,
     [("Care Board", "inspectorate", "graded Elm House as weak"),
      ("Care Board", "inspectorate", "charts for 9 residents had gaps")]),
    (THEIR_REPORT_AFTER_A_COMPANY,
     [("Care Board", "inspectorate", "graded Elm House as weak"),
      ("Oakfield Care Group", "organisation", "it would appeal"),
      ("Oakfield Care Group", "organisation", "staff numbers had risen")]),
], ids=["after-inspectors", "after-a-company"])
def test_their_inspection_document_is_the_inspectorates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# A table of grades under a lead-in (16c, attribution.documents.ends_with_grade). An inspectorate's grades are often
# laid out as a table (`Area | Grade`, then `Responding to the public | Inadequate`): rows with no figure, which the
# lead-in's speaker gives as it gives a table of figures; the columns' names line is no row.
GRADE_TABLE = (
    "Force told to improve\n\nThe Policing Standards Board published its assessment of Dunmore Police today. "
    "It graded the force in four areas:\n\nArea | Grade\nResponding to the public | Inadequate\n"
    "Investigating crime | Requires improvement\n\nThe board found that 61% of calls were answered late.\n")
GRADE_TABLE_AFTER_FOUND = (
    "College rated\n\nThe Colleges Inspectorate published its report on Elm College. It found:\n\n"
    "| Area | Grade |\n| Apprenticeship provision | Outstanding |\n| Adult learning | Good |\n")


@pytest.mark.parametrize(("text", "expected"), [
    (GRADE_TABLE,
     [("Policing Standards Board", "inspectorate", "Responding to the public | Inadequate"),
      ("Policing Standards Board", "inspectorate", "Investigating crime | Requires improvement"),
      ("Policing Standards Board", "inspectorate", "61% of calls were answered late")]),
    (GRADE_TABLE_AFTER_FOUND,
     [("Colleges Inspectorate", "inspectorate", "Apprenticeship provision | Outstanding"),
      ("Colleges Inspectorate", "inspectorate", "Adult learning | Good")]),
], ids=["bars", "framed-bars"])
def test_a_table_of_grades_under_a_lead_in_is_the_lead_ins(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Managing offenders | Adequate", True),
    ("| Treatment of the public | Good |", True),
    ("Leadership    Requires improvement", True),
    ("Area | Grade", False),  # the columns' names
    ("Good", False),  # one cell: no table
    ("Managing offenders | Mostly adequate", False),  # more than a grade
    ("Staffing | 41%", False),  # a figure: read by TABLE_FIGURE_RE
])
def test_ends_with_grade(line: str, expected: bool) -> None:
    text = line + "\n"
    assert ends_with_grade(text, Block(0, len(line), 0, False)) == expected


def test_a_line_holds_a_value_when_it_has_a_figure_or_ends_with_a_grade() -> None:
    lines = ["Managing offenders | Adequate", "Staffing | 41%", "Area | Grade", "Region    2025    2024", "Staffing | 7"]
    assert [holds_value(line + "\n", Block(0, len(line), 0, False)) for line in lines] == [True, True, False, False, True]


@pytest.mark.parametrize(("name", "expected"), [
    ("Elm Valley Teachers Association", ["union"]),
    ("Association of Nursing Staff", ["union"]),
    ("Valley Education Association", ["union"]),
    ("Brook Residents Association", []),
    ("Association of Brook Residents", []),
    ("Staff Canteen", []),
])
def test_common_names_calls_a_staff_association_the_union(name: str, expected: list[str]) -> None:
    assert common_names(name) == expected


# `The caucus analysis` (16c, documents.modifier_body). A document whose modifier is the head of a body the text
# named (`the caucus analysis` after `Elm State Senate Caucus`, `the council report` after `Elm Council`) is that
# body's, not the body in focus, which is often the body the document examines; `caucus` is a body's head.
CAUCUS_ANALYSIS = (
    "Waiting list grows\n\nContact: Jo Marr, Elm State Senate Caucus\n\n"
    "The Early Years Department has not enrolled a new family since April, the department said.\n\n"
    "The caucus analysis, based on the department's own monthly reports, found that 4,112 families were waiting.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (CAUCUS_ANALYSIS,
     [("Early Years Department", "organisation", "The Early Years Department has not enrolled a new family since April"),
      ("Elm State Senate Caucus", "organisation", "4,112 families were waiting")]),
], ids=["caucus"])
def test_a_documents_modifier_names_its_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_named_body_returns_the_short_name_as_a_body_mention() -> None:
    text = "after an Ofwire report"
    assert named_body(text, 9, 15) == Mention(9, 15, "Ofwire", "org")


@pytest.mark.parametrize(("text", "start", "end"), [
    ("said after Jo Roe", 11, 17),  # a person
    ("after Ofwire\u2019s", 6, 14),  # a curly possessive
    ("after Ofwire's", 6, 14),
    ("Yesterday, Ofwire", 11, 17),  # no lower-case word before
    ("Embargoed", 0, 9),  # a release's furniture word
])
def test_named_body_is_none_for_no_body(text: str, start: int, end: int) -> None:
    assert named_body(text, start, end) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("an Ofwire\u2019s report", {}),
    ("Yesterday, Ofwire inspectors found", {}),
])
def test_modifier_bodies_leaves_out_a_possessive_and_a_first_word(text: str, expected: dict[str, str]) -> None:
    assert {noun: body.name for noun, body in modifier_bodies(text).items()} == expected


# A company's board named before the company (16c, company_forms.board_opening, read by bounds.whole_bodies). A stock
# exchange announcement writes `The Board of Fernly Leisure plc notes ...` and never the company's name alone; the
# name was then widened to `Board of Fernly Leisure plc`. The board speaks as the company; `Board of Trade` or `Board
# of Health` is a body of its own.
BOARD_OF_COMPANY = (
    "Statement re possible offer\n\nThe Board of Fernly Leisure plc (\"Fernly\" or \"the Company\") notes the "
    "announcement made by Marlow Holdings.\n\nThe Board confirms that on 9 February it received an unsolicited "
    "proposal of 118 pence per share.\n")


def test_a_companys_board_speaks_as_the_company() -> None:
    assert rows(BOARD_OF_COMPANY) == [
        ("Fernly Leisure plc", "organisation", "the announcement made by Marlow Holdings"),
        ("Fernly Leisure plc", "organisation",
         "confirms that on 9 February it received an unsolicited proposal of 118 pence per share")]


@pytest.mark.parametrize(("name", "expected"), [
    ("Board of Fernly Leisure plc", 9),
    ("Board of Directors of Fernly Group", 22),
    ("Directors of Fernly Holdings", 13),
    ("Board of Fernly Ltd.", 9),
    ("Board of Trade", 0),
    ("Board of Health and Care", 0),
    ("Board of plc", 0),  # no company's name after it
    ("Fernly Leisure plc", 0),
])
def test_board_opening(name: str, expected: int) -> None:
    assert board_opening(name) == expected
