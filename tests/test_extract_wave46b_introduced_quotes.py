"""Quotations a person is introduced to (attribution/quotes `introducing_person`, wave 46b): the press names a person in a
sentence of narration with no cue (`Guild organiser Jo Roe thanked the drivers.`, `Area officer for the guild, Jo Roe,
joined the picket.`, `Minister Jo Roe congratulates the crews on ...`), then gives her words in quotation marks with
no cue of their own, in the next paragraph or in the same one: the quotation is hers. A sentence opening with a
pronoun, or naming a body, introduces no one. Texts written for this test in our own words about invented parties."""
import pytest

from extract_rows import rows

_HEAD = "Depot workers back strike at Farrowby\n\n"


@pytest.mark.parametrize(("intro", "quote", "expected"), [
    ("Guild organiser Maren Odell thanked the drivers for their resolve.",
     "\u201cThe company made a profit of \u00a34 million last year. Members have rejected three offers since March.\u201d",
     [("Maren Odell", "person", "The company made a profit of \u00a34 million last year."),
      ("Maren Odell", "person", "Members have rejected three offers since March.")]),
    ("Area officer for the guild, Tobias Venn, joined the picket line on Monday morning.",
     "\u201cDrivers at two other depots are now balloting. The ballot closes on 12 May.\u201d",
     [("Tobias Venn", "person", "Drivers at two other depots are now balloting."),
      ("Tobias Venn", "person", "The ballot closes on 12 May.")]),
    ("Depot steward Anahera Kopu spoke after the vote.",  # an irregular past ends the subject (data/irregular_past)
     "\u201cThe depot lost 14 drivers in 2025.\u201d",
     [("Anahera Kopu", "person", "The depot lost 14 drivers in 2025.")]),
    ("Councillor Priya Latchmore, who chairs the transport board, met the strikers at the gates.",
     "\"Three of the depot's twelve buses failed their safety checks in April.\"",
     [("Priya Latchmore", "person", "Three of the depot's twelve buses failed their safety checks in April.")]),
])
def test_a_quotation_after_a_paragraph_introducing_a_person_is_hers(
        intro: str, quote: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(_HEAD + intro + "\n\n" + quote + "\n") == expected


def test_a_new_person_introduced_takes_the_next_quotation_from_the_last_speaker() -> None:
    text = (_HEAD + "Guild organiser Maren Odell thanked the drivers for their resolve.\n\n"
            "\u201cMembers have rejected three offers since March.\u201d\n\n"
            "Area officer for the guild, Tobias Venn, joined the picket line on Monday morning.\n\n"
            "\u201cDrivers at two other depots are now balloting.\u201d\n")
    assert rows(text) == [("Maren Odell", "person", "Members have rejected three offers since March."),
                          ("Tobias Venn", "person", "Drivers at two other depots are now balloting.")]


@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Transport Minister Ines Calder congratulates the Harlow Quay crews on their first year. \u201cThe crossing now "
     "takes eleven minutes instead of forty. Some 3,000 commuters used it in the trial week.\u201d",
     [("Ines Calder", "person", "The crossing now takes eleven minutes instead of forty."),
      ("Ines Calder", "person", "Some 3,000 commuters used it in the trial week.")]),
    ("Port manager Tomas Rewi opened the new pontoon on Friday. \u201cIt has berths for 40 boats.\u201d",
     [("Tomas Rewi", "person", "It has berths for 40 boats.")]),
])
def test_a_quotation_after_a_sentence_introducing_a_person_in_one_paragraph_is_hers(
        paragraph: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows("Harlow Quay ferry link opens\n\n" + paragraph + "\n") == expected


@pytest.mark.parametrize("intro", [
    "He thanked the drivers for their resolve.",  # a pronoun introduces no name
    "The Transit Workers Guild thanked the drivers for their resolve.",  # a body, not a person
])
def test_a_quotation_after_a_pronoun_or_a_body_stays_nobody_s(intro: str) -> None:
    assert rows(_HEAD + intro + "\n\n\u201cMembers have rejected three offers since March.\u201d\n") == []


_STATEMENT = "Marsh Vale waits update\n\n{heading}\n\n{first}\n\n{between}\n\n{after}\n\nNotes to editors\n"


@pytest.mark.parametrize(("heading", "first", "between", "after", "expected"), [
    ("Statement from Delia Okonjo, Chief Executive of Marsh Vale Health Partnership:",
     "We opened two new theatres at Kelby General in September.",
     "The regional recovery plan set a target of clearing all waits over 18 months by March.",
     "We have cut the number of patients waiting that long from 1,240 to 35 since October.",
     [("Delia Okonjo", "person", "We opened two new theatres at Kelby General in September"),
      ("Delia Okonjo", "person", "The regional recovery plan set a target of clearing all waits over 18 months by March"),
      ("Delia Okonjo", "person", "We have cut the number of patients waiting that long from 1,240 to 35 since October")]),
    ("Message from Mayor Anwen Pryce",
     "My office has answered 4,100 letters this year.",
     "The county's own survey put satisfaction with the service at 72 per cent in July.",
     "Our target for next year is 80 per cent.",
     [("Anwen Pryce", "person", "My office has answered 4,100 letters this year"),
      ("Anwen Pryce", "person", "The county's own survey put satisfaction with the service at 72 per cent in July"),
      ("Anwen Pryce", "person", "Our target for next year is 80 per cent")]),
])
def test_a_third_person_paragraph_between_a_statement_s_first_person_paragraphs_is_the_statement(
        heading: str, first: str, between: str, after: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(_STATEMENT.format(heading=heading, first=first, between=between, after=after)) == expected


def test_a_third_person_paragraph_with_its_own_cue_ends_the_statement() -> None:
    text = _STATEMENT.format(
        heading="Statement from Delia Okonjo, Chief Executive of Marsh Vale Health Partnership:",
        first="We opened two new theatres at Kelby General in September.",
        between="The Patients' Forum said waits at Kelby General had risen by 8 per cent.",
        after="We have cut the number of patients waiting that long from 1,240 to 35 since October.")
    assert rows(text)[:2] == [
        ("Delia Okonjo", "person", "We opened two new theatres at Kelby General in September"),
        ("Patients' Forum", "organisation", "waits at Kelby General had risen by 8 per cent")]
