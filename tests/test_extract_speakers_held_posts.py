"""speakers/held_posts: a post held in a body written before its cue with no name (`The chief executive of X has
admitted`, `X's CEO said`) is a person: the one person the text names with that post (`CEO` and `chief executive`
alike), else, in a news lead, the person the next paragraph names first (`lead_people.lead_holder`, whose tests
hold the lead's own cases), never the body (wave 36e; real pages: a health board's interim chief executive, a
manufacturer's CEO; seen in p074, p479, p548)."""
from __future__ import annotations

import pytest

from claims.extract.speakers import Context
from claims.extract.speakers.held_posts import held_holder, held_post
from claims.extract.table import extract_text

COLUMNS = ["speaker", "speaker_kind", "cue"]


@pytest.mark.parametrize(("clause", "expected"), [
    ("The chief executive of Norvale Water", ("executive", ("chief",))),
    ("THE interim chief executive of the county's health board", ("executive", ("interim", "chief"))),
    ("Kestrel Foods' CEO", ("ceo", ())),
    ("Kestrel Foods' CEO described the bakery as \"stretched,\" but", ("ceo", ())),  # the cue is its second verb
    ("the Harbour Trust's interim chair", ("chair", ("interim",))),
    ("The head of the charity that runs Dunmore's libraries", ("head", ())),
    ("The chief executive", None),  # no body: `post_holders` reads it
    ("The Chief Executive of the Harbour Trust", None),  # a title in capitals: `body_titles` reads it
    ("The spokesperson of Norvale Water", None),  # a body's voice
    ("The owners of the Brackenholt Estate", None),  # no post
    ("Norvale Water", None),
    ("Norvale's most troubled depot", None),  # `most` qualifies, no post
    ("Norvale's water regulator has fined the firm after data", None),  # a body, and no shared subject
])
def test_a_post_held_in_a_body(clause: str, expected: tuple[str, tuple[str, ...]] | None) -> None:
    assert held_post(clause) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The chief executive of Norvale Water has admitted that leaks rose by 9% last year.\n\n"
     "Norvale Water chief executive Ada Brell said the company would replace 300 miles of pipe.\n",
     [["Ada Brell", "person", "admitted that"], ["Ada Brell", "person", "said"]]),
    ("On Tuesday, Kestrel Foods' CEO said the bakery had cut 200 jobs.\n\n"
     "In a statement, President and Chief Executive Tom Vane said bread sales rose by 12%.\n",
     [["Tom Vane", "person", "said"], ["Tom Vane", "person", "said"]]),
    ("On Tuesday, Kestrel Foods' CEO described the bakery as \"stretched,\" but stressed that sales had risen by 12%.\n\n"
     "In a statement, President and Chief Executive Tom Vane said bread sales rose by 12%.\n",
     [["Tom Vane", "person", "described"], ["Tom Vane", "person", "stressed that"],
      ["Tom Vane", "person", "said"]]),
    ("The head of the charity that runs Dunmore's libraries has told councillors that loans rose by 8% last year.\n\n"
     "Appearing before the committee on Monday, Ada Brell said the charity had opened two branches.\n",
     [["Ada Brell", "person", "told councillors that"], ["Ada Brell", "person", "said"]]),
    ("The head of the trust that runs Dunmore's pools has told councillors that swims rose by 5% last year.\n\n"
     "Dunmore Active chief executive Ada Brell said the trust had reopened two pools.\n",
     [["Ada Brell", "person", "told councillors that"], ["Ada Brell", "person", "said"]]),
])
def test_the_post_is_the_person_the_text_names_with_it(text: str, expected: list[list[str]]) -> None:
    assert extract_text(text)[COLUMNS].values.tolist() == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The former chief executive of Norvale Water has said that leaks rose by 9% last year.\n\n"
     "Norvale Water chief executive Ada Brell said the company would replace 300 miles of pipe.\n",
     [["Norvale Water", "organisation", "said that"], ["Ada Brell", "person", "said"]]),  # a former holder: not her
    ("The chief executive of Norvale Water has said that leaks rose by 9% last year.\n\n"
     "Union organiser Tom Vane said 40 jobs would go at the depot.\n",
     [["Norvale Water", "organisation", "said that"], ["Tom Vane", "person", "said"]]),  # another post: not him
])
def test_another_holder_is_never_read(text: str, expected: list[list[str]]) -> None:
    assert extract_text(text)[COLUMNS].values.tolist() == expected


_NEXT = ("\n\nAda Brell, the chief executive of Tarnby Hospitals Trust, told governors that 3,500 patients were "
         "waiting.\n")


@pytest.mark.parametrize(("text", "expected"), [
    ("Long waits\n\nWaits grew. Beds are short.\n\nA HOSPITAL boss has admitted bed waits have grown." + _NEXT,
     ("Ada Brell", "person")),  # sentences in earlier paragraphs: the post still opens its own paragraph
    ("Waits grew. A HOSPITAL boss has admitted bed waits have grown." + _NEXT, None),  # not its first sentence
    ("A HOSPITAL boss has admitted to Ada Brell that bed waits have grown.", None),  # no paragraph after the lead
], ids=["later-paragraph", "second-sentence", "last-paragraph"])
def test_a_lead_post_opens_its_paragraph_and_a_paragraph_follows(text: str, expected: tuple[str, str] | None) -> None:
    """60m: the lead's post is read only as its paragraph's first sentence, and its holder only in the next paragraph."""
    assert held_holder("A HOSPITAL boss", text, text.index("has admitted"), Context(text=text)) == expected


def test_a_post_two_people_hold_takes_no_lead_holder() -> None:
    """60m: two holders named with the post leave it as written, never the next paragraph's first person."""
    text = ("The chief executive of Norvale Water has admitted that leaks rose by 9%.\n\n"
            "Chief executive Ada Brell said the firm would act.\n\nShe met chief executive Tom Vane of Kelby Water.\n")
    assert held_holder("The chief executive of Norvale Water", text, text.index("has admitted"), Context(text=text)) is None
