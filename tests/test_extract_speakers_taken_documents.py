"""A document a clause of narration takes in from another party right before a `which` clause of finding (`The council
welcomed the latest figures which show`, `following membership figures which showed`) finds as itself, in its own
words, never the clause's subject; the subject's own (`published the figures which show`) stays read as before
(wave 60k)."""
import re

import pytest

from claims.extract.speakers.taken_documents import taken_document, taken_phrase
from tests.extract_rows import cued_rows


def test_welcomed_figures_with_a_tail_find_as_themselves() -> None:
    text = "The Ostwick Council has welcomed new street count figures for the autumn which show a 24% fall across the borough.\n"
    assert cued_rows(text) == [("new street count figures for the autumn", "document", "show",
                                "a 24% fall across the borough")]


def test_figures_a_statement_follows_are_not_the_statement_s_issuer_s() -> None:
    text = ("The Harrow Bowls League have issued a statement accepting there are problems following membership figures "
            "which showed bowls is the 31st most-played sport in the region.\n")
    assert cued_rows(text) == [("membership figures", "document", "showed",
                                "bowls is the 31st most-played sport in the region")]


def test_published_figures_stay_their_publisher_s() -> None:
    text = "The Ostwick Council has published new street count figures for the autumn which show a 24% fall across the borough.\n"
    assert cued_rows(text) == [("Ostwick Council", "organisation", "which show",  # the publisher's cue (round 64m)
                                "a 24% fall across the borough")]


def test_a_taken_document_is_its_words_after_the_article() -> None:
    text = "The board welcomed the latest survey results which show a rise."
    start = text.index("the latest")
    assert taken_document(text, start, text.index(" which")) == "latest survey results"


def test_an_owned_or_untaken_document_is_none() -> None:
    owned = "The board welcomed the council's latest figures which show a rise."
    published = "The board released the latest figures which show a rise."
    assert [taken_document(t, t.index("the ", 4), t.index(" which")) for t in (owned, published)] == [None, None]


def test_a_received_report_of_its_own_stays_the_receiver_s() -> None:
    text = "At a spring session the Ostwick Fire Board received its Yearly Station Audit which revealed that call-outs fell to 5,210.\n"
    assert [row[0] for row in cued_rows(text)] == ["Ostwick Fire Board"]


@pytest.mark.parametrize(("text", "first", "last", "expected"), [
    # round 61m: each bound of the phrase and of the word before it
    ("The board welcomed the latest changes which show a rise.", "the latest", " which", None),  # no document's noun
    ("The board welcomed the new street count figures for the whole autumn which show a rise.", "the new", " which",
     None),  # nine words: longer than a noun phrase is read
    ("The board welcomed the new street count figures for the autumn which show a rise.", "the new", " which",
     "new street count figures for the autumn"),  # eight words, the article counted: still one
    ("The board welcomed their latest figures which show a rise.", "their", " which", None),  # an owner's pronoun
    ("Following the latest figures which showed a rise, the board met.", "the latest", " which", "latest figures"),
    ("Following membership figures which showed a rise, the board met.", "membership", " which",
     "membership figures"),  # the taking word opens the text
    ("The board welcomed the latest survey results which show a rise.", "latest", " which",
     "latest survey results"),  # the phrase given past its article: the article before it is skipped
    ("The council cited: new street count figures which show a fall.", "new", " which",
     "new street count figures"),  # the taking word's colon
    ("The board welcomed the latest figures for Ward X which show a rise.", "the latest", " which",
     "latest figures for Ward X"),  # a capital X ends the words, kept
    ("The board welcomed the latest figures, which show a rise.", "the latest", " which",
     "latest figures"),  # the comma before `which` inside the phrase: cut off
])
def test_taken_document_bounds(text: str, first: str, last: str, expected: str | None) -> None:
    assert taken_document(text, text.index(first), text.index(last)) == expected


def _words(text: str) -> list[re.Match[str]]:
    """Return the words of a text as matches, as relative_antecedents hands them down."""
    return list(re.finditer(r"\S+", text))


@pytest.mark.parametrize(("text", "head", "expected"), [
    ("The board welcomed the latest figures", 5, 4),  # after the article that follows the taking word
    ("The board released the latest figures", 5, None),  # an article after a word that takes nothing in
    ("welcomed figures", 1, 1),  # the head right after the taking word
    ("Following membership figures", 2, 1),  # the taking word first
    ("Following the latest figures", 3, 2),  # the taking word first, then the article
    ("Membership figures the league welcomed", 1, None),  # nothing before the phrase takes it in
    ("The latest figures the board welcomed", 2, None),  # an article first: nothing before it
    ("The council cited: new figures", 4, 3),  # a colon after the taking word
    ("The council cited: the new figures", 5, 4),
    ("The board welcomed its annual report", 5, None),  # the subject's own
])
def test_taken_phrase(text: str, head: int, expected: int | None) -> None:
    assert taken_phrase(_words(text), head) == expected
