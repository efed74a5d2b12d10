"""Unit cases for wave 31's parts (what mutation round 31 found unasserted by the wave-31 files): `, with` and a
measure kept in its clause, a comma list and an `and` beside such a measure, a body's areas before its head, a
document's describing word before a body's name, a partner aside, a short name's possessive and a party's response;
every party and sentence is invented, and each assert is on a whole value: a function's whole return value or a
text's whole table.

The caches of `claims.extract` are cleared before each case here: mentions are cached by text, and a mutant run forked
from a warm process would otherwise read the unmutated mentions of the same text."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from claims.extract.attribution.response_frames import is_response, past_printed_aside, responder
from claims.extract.entities import find_mentions
from claims.extract.items import split_clauses, split_comma_list, split_items, with_measure
from claims.extract.name_edges import areas_before
from claims.extract.speakers import Who
from claims.extract.speakers.partner_asides import is_partner_aside
from claims.extract.speakers.short_owners import short_name_owner
from extract_rows import cued_rows, named_context, rows


pytestmark = pytest.mark.usefixtures("cold_extract_caches")


def _parts(function: Callable[[str, tuple[int, int]], list[tuple[int, int]]], text: str) -> list[str]:
    return [text[start:end] for start, end in function(text, (0, len(text)))]


def _names(text: str, start: int = 0) -> list[tuple[str, str]]:
    return [(m.name, m.kind) for m in find_mentions(text, start, len(text))]


# items (wave 31d): `, with` cuts when four words stand on either side; a measure opens on a figure or an article, and
# only a participle that sets a measure against another (`compared`) is no verb in it; the words after the claim's end
# are no part of its measure.


@pytest.mark.parametrize(("text", "expected"), [
    ("the depot had closed, with staff pay now frozen", ["the depot had closed", "staff pay now frozen"]),
    ("the depot closed, with staff pay now frozen", ["the depot closed, with staff pay now frozen"]),  # three before
    ("the depot had closed, with staff pay frozen", ["the depot had closed, with staff pay frozen"]),  # three after
])
def test_with_cuts_between_four_words_each_side(text: str, expected: list[str]) -> None:
    assert _parts(split_items, text) == expected


def test_with_and_no_figure_nor_article_is_a_claim_of_its_own() -> None:
    assert cued_rows("The Corran Union said the depot had closed last week, with staff numbers down by 40 since "
                     "May.") == [
        ("Corran Union", "organisation", "said", "the depot had closed last week"),
        ("Corran Union", "organisation", "said", "staff numbers down by 40 since May")]


def test_with_a_measure_compared_with_another_stays_one_claim() -> None:
    assert cued_rows("The Corran Union said the depot had closed last week, with 900 closures last year compared "
                     "with 1,100 in 2019.") == [
        ("Corran Union", "organisation", "said",
         "the depot had closed last week, with 900 closures last year compared with 1,100 in 2019")]


def test_with_a_measure_ends_with_its_claim() -> None:
    assert cued_rows("The Corran Union said the depot had closed last week, with 90 drivers on its rota. The union "
                     "then called a strike.") == [
        ("Corran Union", "organisation", "said", "the depot had closed last week, with 90 drivers on its rota")]


def test_with_measure_over_no_words_is_no_measure() -> None:
    assert with_measure("  12 buses", 0, 2) is False


def test_a_comma_list_item_opening_on_an_article_is_an_item() -> None:
    assert _parts(split_comma_list, "bus lanes, the 40 new trams and longer hours") == [
        "bus lanes", "the 40 new trams", "longer hours"]


@pytest.mark.parametrize(("text", "expected"), [
    ("the firm cut pay and the union called a strike over the cuts, with 300 members out",
     ["the firm cut pay", "the union called a strike over the cuts, with 300 members out"]),  # the measure after
    ("the firm cut pay, with staff moved to Tarnby and the union called a strike over the cuts",
     ["the firm cut pay, with staff moved to Tarnby", "the union called a strike over the cuts"]),  # no measure
])
def test_and_outside_a_measure_joins_two_clauses(text: str, expected: list[str]) -> None:
    assert _parts(split_clauses, text) == expected


# name_edges and entities (wave 31c): a comma before a body's name with no article-led list of areas leaves the name
# where it starts, and a mention read past `start` keeps its own start; a document's describing word is cut only
# before a document's noun.


def test_a_bodys_areas_move_its_start() -> None:
    text = "Jo Roe said the Eastern, Coastal and Border Office had registered 1,200 people."
    assert [(m.name, m.start, m.end) for m in find_mentions(text, 0, len(text))] == [
        ("Jo Roe", 0, 6), ("Eastern, Coastal and Border Office", 16, 50)]


def test_areas_before_a_name_with_no_list_before_it() -> None:
    assert areas_before("In the north, Brook and Dale Trust", 14, "Brook and Dale Trust") == 14


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("The Eastern, Coastal and Border Office (ECBO) says 1,200 people registered.", 0,
     [("Eastern, Coastal and Border Office", "org"), ("ECBO", "org")]),
    ("Jo Roe said the Eastern, Coastal and Border Office had registered 1,200 people.", 0,
     [("Jo Roe", "person"), ("Eastern, Coastal and Border Office", "org")]),
    ("the Eastern, Coastal and Border Office said so.", 13, [("Coastal and Border Office", "org")]),
    ("the Eastern, Coastal and Border Office said so.", 4, [("Eastern, Coastal and Border Office", "org")]),
    ("The Northern, Eastern, Coastal and Border Office said so.", 0,
     [("Northern, Eastern, Coastal and Border Office", "org")]),
    ("In the north, Brook and Dale Trust said so.", 0, [("Brook and Dale Trust", "org")]),
    ("Separate Harbour Police figures show that thefts rose.", 0, [("Harbour Police", "org")]),
    ("Separate Harbour Police said thefts rose.", 0, [("Separate Harbour Police", "org")]),
    ("In May, Separate Harbour Police figures showed that thefts rose.", 0, [("Harbour Police", "org")]),
])
def test_a_bodys_name_at_its_edges(text: str, start: int, expected: list[tuple[str, str]]) -> None:
    assert _names(text, start) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Separate Harbour Police figures show that 1,200 thefts were reported in March.\n",
     [("Harbour Police", "organisation", "1,200 thefts were reported in March")]),
    ("Regulator Watco said 40 pipes had burst.\n", [("Watco", "inspectorate", "40 pipes had burst")]),
    ("The Eastern, Coastal and Border Office (ECBO) says around 1,200 people have registered.\n",
     [("Eastern, Coastal and Border Office", "organisation", "around 1,200 people have registered")]),
])
def test_a_body_named_at_its_edges_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# speakers/partner_asides (wave 31b): `alongside` passes the cheap test as `with` does; three words are enough; only a
# participle opens the aside, and only a partner's words after it (with a partner named) make it one.


@pytest.mark.parametrize(("clause", "expected"), [
    ("carried out alongside the county council", True),
    ("conducted with Brightwater", True),
    ("carried out with", False),  # no partner named
    ("carried out by the firm with the most staff", False),  # `by`: the agent's rules
    ("working with the county council", False),  # no past participle
])
def test_partner_asides_at_their_edges(clause: str, expected: bool) -> None:
    assert is_partner_aside(clause) is expected


# speakers/short_owners (wave 31b), asked itself with the parties a short text names registered: the document's noun
# closes the words, a short name that is a common word or opens no possessive refuses, a body of either kind and a
# person's surname, and one owner only.


def _owner(text: str, subject: str) -> tuple[str, str] | None:
    ctx = named_context(text)
    raw = subject.split()
    return short_name_owner(raw, [word.lower() for word in raw], ctx)


TARN = "Tarn Ferries Ltd met on Monday."


@pytest.mark.parametrize(("text", "subject", "expected"), [
    (TARN, "Tarn's review", ("Tarn Ferries Ltd", "organisation")),
    (TARN, "Tarn's 2024 review", ("Tarn Ferries Ltd", "organisation")),  # a figure after the possessive
    (TARN, "Tarn's ferries", None),  # no document's noun last
    (TARN, "Tarn Ferries annual review", None),  # no possessive
    (TARN + " Marlow Council met on Tuesday.", "Tarn's review", ("Tarn Ferries Ltd", "organisation")),
    ("The Tarn Water Inspectorate met.", "Tarn Water's report", ("Tarn Water Inspectorate", "inspectorate")),
    ("A-Line Buses Ltd met on Monday.", "A-Line's review", ("A-Line Buses Ltd", "organisation")),  # a hyphen
    ("Trust Homes Ltd met on Monday.", "Trust's report", None),  # a common word: a reference
    ("Dr Dana Whitlow met on Monday.", "Whitlow's report", ("Dana Whitlow", "person")),
])
def test_a_short_names_owner(text: str, subject: str, expected: tuple[str, str] | None) -> None:
    assert _owner(text, subject) == expected


# attribution/response_frames (wave 31b): a response noun among the first four words (past a comma); a printed aside
# skipped from the content's own start; the subject's verb inside the content; a document never responds; a closing
# `according to` that names no response, or a response whose content opens on no party, leaves the other rules.


@pytest.mark.parametrize(("source", "expected"), [
    ("its written response, included in the report", True),
    ("the annual report", False),
    ("a long and detailed response", False),  # the fifth word
])
def test_is_response(source: str, expected: bool) -> None:
    assert is_response(source) is expected


def test_past_printed_aside_from_the_contents_start() -> None:
    text = "In its reply, included in the audit, the board agreed with nine of them."
    assert (past_printed_aside(text, (14, len(text))), past_printed_aside(text, (0, len(text)))) == (37, 0)


def _responder(text: str, end: int) -> tuple[Who, int] | None:
    ctx = named_context(text)
    return responder(text, (0, end), ctx)


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("Marlow Council accepted nine of them.", 37, (Who("Marlow Council", "organisation", 0), 0)),
    ("Marlow Council accepted nine of them.", 15, None),  # the verb past the content
    ("The report concluded 40 faults remained.", 40, None),  # a document
])
def test_responder(text: str, end: int, expected: tuple[Who, int] | None) -> None:
    assert _responder(text, end) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Marlow Council has accepted nine of the recommendations, according to Tarn Audit Office.\n",
     [("Tarn Audit Office", "inspectorate", "Marlow Council has accepted nine of the recommendations")]),
    ("The figures rose 40% last year, according to a written response.\n",
     [("written response", "document", "The figures rose 40% last year")]),
])
def test_according_to_no_partys_response(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


# attribution/subjects._keeps_verb and characterisations (wave 31a): only `agree(s|d) with` a count keeps its verb
# (`agreed that` is no response); a negative finding and a plea read at the cue, past an earlier sentence; a
# characterisation after the cue is no claim before it, and one before a cue of another subject stays out.


@pytest.mark.parametrize(("text", "expected"), [
    ("The Marlow trustees agreed that the pool would close in May.", []),
    ("Tarn Council met on Monday. Inspectors found no evidence of fraud at the depot.",
     [("inspectors", "inspectorate", "found", "found no evidence of fraud at the depot")]),
    ("Jo Tarn, 34, of Marlow Road, admits two counts of theft.",
     [("Jo Tarn", "person", "admits", "admits two counts of theft")]),
    ("Marlow Council said the pool would close and described the plan as \"a sad day for swimmers\".",
     [("Marlow Council", "organisation", "said", "the pool would close"),
      ("Marlow Council", "organisation", "said", "described the plan as \"a sad day for swimmers\"")]),
    ("Jo Tarn described the closure as \"a scandal\" and the council said it would appeal.",
     [("the council", "unresolved", "said", "it would appeal")]),
    ("Jo Tarn described the year as \"the worst we have recorded\" in the town's history.",
     [("Jo Tarn", "person", "described", "the year as \"the worst we have recorded\" in the town's history")]),
    # `recorded` after a superlative is a verb of record, no cue (55d): the claim runs to the sentence's end
    ("Jo Tarn described the closure as \"a scandal\": it would cost the town £4m.",
     [("Jo Tarn", "person", "described", "the closure as \"a scandal\": it would cost the town £4m")]),
])
def test_a_cues_verb_and_a_characterisation_before_a_cue(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_a_bodys_areas_before_its_possessive_are_its_name() -> None:  # the defect round 31 found
    text = "The Eastern, Coastal and Border Office's report says 1,200 people have registered."
    assert _names(text) == [("Eastern, Coastal and Border Office", "org")]
