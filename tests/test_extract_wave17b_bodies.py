"""Organisations, documents and structure (wave 17b): each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text
order, or the whole value a helper returns."""
import pytest

from claims.extract.bodynames import adjective_body
from claims.extract.company_forms import board_opening
from claims.extract import items
from claims.extract.items import split_items
from claims.extract.layout import is_topic
from extract_rows import rows

# A nation's or a reach's adjective opening a body's name (17b, bodynames.adjective_body). `National`, `British`,
# `Scottish` start sentences as adjectives and were stripped, leaving `Highways` or `Gas` as the speaker; before one or
# two capitalised words that are no person's name and no post they are the body's first word.
ADJECTIVE_BODIES = (
    "Motorway reopens\n\nNational Roadways said about 9,000 litres of diesel had to be cleared.\n\n"
    "Welsh Waterways said in a statement that it had repaired 14 locks.\n")


def test_an_adjective_opens_a_body_s_name() -> None:
    assert rows(ADJECTIVE_BODIES) == [
        ("National Roadways", "organisation", "about 9,000 litres of diesel had to be cleared"),
        ("Welsh Waterways", "organisation", "it had repaired 14 locks")]


@pytest.mark.parametrize(("words", "expected"), [
    (["National", "Roadways"], True),
    (["British", "Kettles", "Company"], True),
    (["Scottish", "Waterways"], True),
    (["British", "Prime", "Minister"], False),  # a post
    (["National", "March"], False),  # a month
    (["National"], False),
    (["Royal", "Mail"], False),  # not an adjective this rule reads (kept whole elsewhere)
    (["National", "Roadways", "North", "East"], False),  # too long for this rule
    (["European", "STAR"], False),  # capitals: an acronym is read elsewhere
])
def test_adjective_body(words: list[str], expected: bool) -> None:
    assert adjective_body(words) is expected


# A release's marker before its topic (17b, layout.is_topic): `STATEMENT | Season Tickets` heads a statement about
# season tickets, not one issued by a body of that name; the text writes the topic again in lower case.
TOPIC_HEADER = (
    "STATEMENT | Bin Collections\n\nThe Board of Directors of Parnley Waste Services wishes to explain the delays.\n\n"
    "Our records show that 1,200 bin collections were missed in March.\n\nParnley Waste Services Board of Directors\n")


def test_a_marker_s_topic_is_no_issuer() -> None:
    assert rows(TOPIC_HEADER) == [
        ("Parnley Waste Services", "organisation", "Our records show that 1,200 bin collections were missed in March")]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("STATEMENT | Season Tickets\nThe season ticket price rose.", "Season Tickets", True),
    ("STATEMENT | Bin Collections\nbin collections were missed.", "Bin Collections", True),
    ("PRESS RELEASE - Bright Teeth\nBright Teeth opened a clinic.", "Bright Teeth", False),
    ("PRESS RELEASE - Bright Teeth\nSales rose.", "Bright Teeth", False),
])
def test_is_topic(text: str, name: str, expected: bool) -> None:
    assert is_topic(text, name, text.index("\n")) is expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Board of Directors of Holm Town Football Club", len("Board of Directors of ")),
    ("Directors of Holm Town Football Club", len("Directors of ")),
    ("Board of Holm Town Football Club", 0),  # `Board of` alone: only before a company's form
    ("Board of Directors of Acme", 0),  # one word: too little to tell
])
def test_board_of_directors_names_any_body_s_board(name: str, expected: int) -> None:
    assert board_opening(name) == expected


# A company named by its sector with no legal form (17b, `data/org_heads.txt`): `X Software`, `X Games`, `X Mobile`,
# `X Therapeutics` are bodies, never a person called Software; a later `The FTSE 250 company` is that company, and a
# market index (`data/not_names.txt`) is no party.
SECTOR_COMPANY = (
    "Pellow Software to cut 90 jobs\n\nPellow Software is cutting 90 jobs after licence sales fell.\n\n"
    "The FTSE 250 company, which makes payroll systems, said revenue was £88.1m, down 4%.\n\n"
    "Profit fell to £9.2m, which the group put down to £3.5m of restructuring costs.\n")


def test_a_sector_word_ends_a_company_s_name() -> None:
    assert rows(SECTOR_COMPANY) == [
        ("Pellow Software", "organisation", "revenue was £88.1m, down 4%"),
        ("Pellow Software", "organisation",
         "Profit fell to £9.2m, which the group put down to £3.5m of restructuring costs")]


# `listed in` after a thing (17b, attribution.cues): `items worth £2m listed in its stock records` places the items,
# nobody lists anything; `The charity listed three reasons` is still a cue.
LISTED_ITEMS = (
    "Stock check\n\nFarrow Stores lost track of items worth £2m listed in its stock records, and 12% of the goods "
    "on its shelves were damaged.\n\nThe retailer Farrow Stores listed three reasons for the loss.\n")


def test_listed_in_after_a_thing_is_no_cue() -> None:
    assert rows(LISTED_ITEMS) == [("Farrow Stores", "organisation", "three reasons for the loss")]


# A union of performers or players called `the union` (17b, speakers.body_traits): a guild or an association of
# workers of any trade, not only nurses and teachers; a union's numbered branch (`X Workers Local 12`) is a body.
PERFORMERS_GUILD = (
    "Strike vote\n\nMembers of the Stage Musicians Guild (SMG) have voted by 91% to strike, the union announced on "
    "Monday.\n\nThe union said members earned a median of $2,100 last year.\n")
NUMBERED_LOCAL = (
    "Outage\n\nTram Drivers Local 88 said the number of drivers had fallen from 640 in 2019 to 510 last year.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (PERFORMERS_GUILD, [("Stage Musicians Guild", "organisation",
                         "Members of the Stage Musicians Guild (SMG) have voted by 91% to strike"),
                        ("Stage Musicians Guild", "organisation", "members earned a median of $2,100 last year")]),
    (NUMBERED_LOCAL, [("Tram Drivers Local 88", "organisation",
                       "the number of drivers had fallen from 640 in 2019 to 510 last year")]),
], ids=["guild", "local"])
def test_unions_by_other_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# Two or more subjects of one plural verb in a bullet (17b, items: split_clauses, split_comma_list): `A and B are at
# risk`, `A, B and C are at risk` is one claim; two clauses each with its verb still split.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("In Leek, three driver posts and the only remaining mechanic at the Cheadle depot are at risk.",
     ["In Leek, three driver posts and the only remaining mechanic at the Cheadle depot are at risk"]),
    ("In Stone, the depot manager, two fitters and the night supervisor were made redundant.",
     ["In Stone, the depot manager, two fitters and the night supervisor were made redundant"]),
    ("Sales rose by 4% across the group and the margins were lower than last year.",
     ["Sales rose by 4% across the group", "the margins were lower than last year"]),
    ("Waiting times fell, staff numbers rose and the wards were cleaner.",
     ["Waiting times fell", "staff numbers rose", "the wards were cleaner"]),
])
def test_joint_subjects_are_one_item(sentence: str, expected: list[str]) -> None:
    assert [sentence[a:b] for a, b in split_items(sentence, (0, len(sentence)))] == expected


# Reported words that only lead into a quotation (17b, attribution.blocks.without_quotation_leads): `told us the plan
# meant "..."` gives one row, the quotation's, with the lead-in as its cue; the lead-in alone is no claim.
QUOTATION_LEAD = (
    "Ruling\n\nAfter the ruling, Cllr Jo Penn told this newspaper she was \"pleased, but six months is a long wait\". "
    "Mr Abbot said the Gazette accepted the finding.\n")


def test_a_lead_into_a_quotation_is_no_row_of_its_own() -> None:
    assert rows(QUOTATION_LEAD) == [
        ("Jo Penn", "person", "pleased, but six months is a long wait"),
        ("Mr Abbot", "person", "the Gazette accepted the finding")]


# A reaction to two things another said (17b, fragments.only_reaction): `disputed both figures` claims nothing.
def test_disputing_both_figures_claims_nothing() -> None:
    assert rows("Budget row\n\nA spokesperson for the mayor, Tom Ashe, disputed both figures. Ashe said the fund "
                "grows by 4.1%, not 7%.\n") == [("Tom Ashe", "person", "the fund grows by 4.1%, not 7%")]


def test_an_adjective_before_a_document_s_name_makes_no_body() -> None:
    assert adjective_body(["National", "Learner", "Survey"]) is False


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("four posts and the photographer are at risk", 0, 10, False),
    ("sales rose and costs fell", 0, 10, True),
    ("sales rose and costs fell", 0, 8, False),  # `ro`, a word cut at the end, read as the slice reads it
    ("the chief\u2003sub-editor and two journalists were", 4, 22, False),
    ("costs were cut and costs were cut", 6, 33, True),
    ("", 0, 0, False),
])
def test_verb_between_reads_as_has_verb_of_the_slice(text: str, start: int, end: int, expected: bool) -> None:
    assert (items._verb_between(text, start, end), items.has_verb(text[start:end])) == (expected, expected)
