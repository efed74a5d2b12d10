"""Organisations, inspectorates and documents (wave 16c): each case is a short text written for this test in our own
words about invented parties, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text
order, or the whole value a helper returns."""
import pytest

from claims.extract.speakers.clauses import is_participle_clause
from claims.extract.speakers.modifier_bodies import inspecting_body, is_short_name, modifier_bodies, named_body
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
