"""A body's statement set out with no heading and no signature: the page opens on the body's first-person paragraph,
which names the body (`claims.extract.attribution.opening_statements`, wave 52q)."""
from __future__ import annotations

import pytest

from claims.extract.attribution import opening_statements
from claims.extract.entities import find_mentions
from claims.extract.speakers import Context
from claims.extract.text import split_blocks
from tests.extract_rows import rows

STATEMENT = ("Since the Brackwater Fire Authority's notice on the Quarry Lane fire, we have been asked by residents why "
             "the road stayed closed. We can say the closure was ordered by the Ellery County Highways Agency. "
             "The fire was out by 6pm on Tuesday.\n\n"
             "We understand the frustration. The agency expects to reopen the road on Friday.\n")


def test_a_page_opening_on_a_bodys_first_person_paragraph_is_the_bodys_statement() -> None:
    assert rows(STATEMENT) == [
        ("Brackwater Fire Authority", "organisation",
         "Since the Brackwater Fire Authority's notice on the Quarry Lane fire, we have been asked by residents why the "
         "road stayed closed"),
        ("Brackwater Fire Authority", "organisation",
         "We can say the closure was ordered by the Ellery County Highways Agency"),
        ("Brackwater Fire Authority", "organisation", "The fire was out by 6pm on Tuesday"),
        ("Brackwater Fire Authority", "organisation", "The agency expects to reopen the road on Friday"),
    ]


@pytest.mark.parametrize("text", [
    "We asked the Brackwater Fire Authority about the fire.\n\nIt said the road was shut.\n",   # one sentence
    "\u201cWe shut the road,\u201d the Brackwater Fire Authority said. We asked why.\n",       # a quotation
    "Quarry Lane fire: we asked the Brackwater Fire Authority\n\nThe road was shut.\n",      # a headline
    "We were asked about the fire. We can say the road was shut on Tuesday.\n",               # no body named
    "The Brackwater Fire Authority shut the road. It reopens on Friday.\n",                  # no first person
])
def test_anything_else_opens_no_statement(text: str) -> None:
    assert opening_statements.opening_statement(text, split_blocks(text), Context(text=text)) is None


@pytest.mark.parametrize("text", [
    "Following the Kestrow Harbour Police's appeal on Monday, we had many calls.",
    "Following the Kestrow Harbour Police appeal, we had many calls.",
])
def test_following_opening_a_sentence_is_no_part_of_the_bodys_name(text: str) -> None:
    assert [m.name for m in find_mentions(text, 0, len(text))] == ["Kestrow Harbour Police"]


@pytest.mark.parametrize("text", [
    "Marl Water said leaks fell by 9% last year. Our latest figures show that 40 mains burst in May.\n",
    "Ines Varga took over Kestle Ferries in June. We asked her about fares and sailings.\n",
    "Pellmoor Ferries said the timetable would change in May. We considered the timetable was worse for commuters.\n",
    "The Velmont Police Service is reporting delays on the ring road. We are saying that the depot must move.\n",
])
def test_a_body_named_as_a_subject_is_the_writers_narration_no_statement(text: str) -> None:
    """Only a body named as the owner of its own earlier word (`X's notice`) opens its statement; a body that says or
    does something in the opening paragraph is a third party the writer (`we asked her`) reports (merge of wave 52)."""
    assert opening_statements.opening_statement(text, split_blocks(text), Context(text=text)) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Since the Brackwater Fire Authority's notice, we have had many calls. We can say the road is shut.\n",
     "Brackwater Fire Authority"),  # two sentences, the fewest a statement's opening paragraph has
    ("Since the Brackwater Fire Authority's notice, we have had many calls.\n", None),  # one sentence: a teaser
    ("Since the Brackwater Fire Authority's notice, we have had many calls. Why is the road still shut?\n",
     None),  # no stop at its end
    ("The Brackwater Fire Authority's notice shut the road. It reopens on Friday.\n", None),  # no first person
    ("Since the Brackwater Fire Authority's notice, we have had many calls. \"Shut it,\" one caller said.\n",
     None),  # a quotation
], ids=["two-sentences", "one-sentence", "question-last", "third-person", "quotation"])
def test_an_opening_paragraph_naming_a_bodys_word(text: str, expected: str | None) -> None:
    assert opening_statements.opening_statement(text, split_blocks(text), Context(text=text)) == expected
