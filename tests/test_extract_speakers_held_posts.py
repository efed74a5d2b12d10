"""speakers/held_posts: a post held in a body written before its cue with no name (`The chief executive of X has
admitted`, `X's CEO said`) is a person: the one person the text names with that post (`CEO` and `chief executive`
alike), else, in a news lead, the person the next paragraph names first, never the body (wave 36e; real pages: a
health board's interim chief executive, a manufacturer's CEO; seen in p074, p479, p548)."""
from __future__ import annotations

import pytest

from claims.extract.speakers import Context
from claims.extract.speakers.held_posts import held_holder, held_post, lead_fits, lead_post
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


@pytest.mark.parametrize(("clause", "expected"), [
    ("A HOSPITAL boss", ("boss", ())),
    ("the city's lobbyist registrar", None),  # no leading post: `post_holders` reads it
    ("A coroner", None),
    ("the borough's housing chief", ("chief", ())),
    ("A Harbour Trust director", None),  # a body's name before the post
    ("A Harbour Trust boss", None),  # a body's name before a leading post (60m)
    ("A senior hospital ward boss", ("boss", ())),  # four words, the most a post has (60m)
    ("the city's spokesman", None),  # a body's voice
    ("A local resident", None),  # no post
    ("The chief executive", None),  # no lead's article or owner: `post_holders` reads it
])
def test_a_lead_post_with_no_body_named(clause: str, expected: tuple[str, tuple[str, ...]] | None) -> None:
    assert lead_post(clause) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # wave 59n: a news lead's post written with `a` or a lower-case owner is the next paragraph's first person
    # (a hospital trust's chief executive; a borough's housing chief)
    ("A HOSPITAL boss has admitted bed waits have grown by 175 per cent.\n\n"
     "Ada Brell, the chief executive of Tarnby Hospitals Trust, told governors that 3,500 patients were waiting.\n",
     [["Ada Brell", "person", "admitted"], ["Ada Brell", "person", "told governors that"]]),
    ("Repair times fell by 9% in Tarnby's homes, according to the borough's housing chief.\n\n"
     "Ada Brell, the chief executive of Tarnby Homes, praised the 5,000 workers.\n",
     [["Ada Brell", "person", "according to"], ["Ada Brell", "person", "praised"]]),
])
def test_a_lead_post_is_the_next_paragraphs_person(text: str, expected: list[list[str]]) -> None:
    assert extract_text(text)[COLUMNS].values.tolist() == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A HOSPITAL boss has admitted bed waits have grown by 175 per cent.\n\n"
     "Union organiser Tom Vane said 40 jobs would go at the hospital.\n",
     [["A hospital boss", "person", "admitted"], ["Tom Vane", "person", "said"]]),  # another post: not him
    ("Ada Brell opened the ward on Monday.\n\nA HOSPITAL boss has admitted bed waits have grown by 175 per cent.\n\n"
     "Ada Brell said 3,500 patients were waiting.\n",
     [["A hospital boss", "person", "admitted"], ["Ada Brell", "person", "said"]]),  # named before: no lead's holder
    ("A coroner has said that 14 people died waiting for ambulances.\n\nTom Vane, 81, fell at his home in March.\n\n"
     "Area coroner Ada Brell said that the trust had missed its target.\n",
     [["Ada Brell", "person", "said that"], ["Ada Brell", "person", "said that"]]),  # no leading post: the coroner
])
def test_a_lead_post_takes_no_other_person(text: str, expected: list[list[str]]) -> None:
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


@pytest.mark.parametrize(("before", "expected"), [
    ("", True),  # no post given
    ("Hospital chief executive ", True),  # a leader's post
    ("Union organiser ", False),  # another post
    ("As organiser of the rally, ", True),  # only the words after the last comma give the post
], ids=["none", "leader", "other", "past-a-comma"])
def test_lead_fits(before: str, expected: bool) -> None:
    assert lead_fits(before, ("boss", ())) is expected


def test_a_post_two_people_hold_takes_no_lead_holder() -> None:
    """60m: two holders named with the post leave it as written, never the next paragraph's first person."""
    text = ("The chief executive of Norvale Water has admitted that leaks rose by 9%.\n\n"
            "Chief executive Ada Brell said the firm would act.\n\nShe met chief executive Tom Vane of Kelby Water.\n")
    assert held_holder("The chief executive of Norvale Water", text, text.index("has admitted"), Context(text=text)) is None
