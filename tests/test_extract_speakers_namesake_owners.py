"""A study the text names without its maker, whose noun the text gives one owner on another mention (wave 63d): the
owner speaks. Each case is a short text written for this test in our own words about invented parties, and the whole
table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.speakers.context import Context
from claims.extract.speakers.namesake_owners import names_a_body, namesake_owner, owner_spans
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Study news\n\nReaders who checked two sources spent less time on false stories, a new study has found.\n\n"
     "The findings were part of a Brenfield Policy Institute (BPI) study published on Tuesday.\n",
     [("Brenfield Policy Institute", "organisation", "found",
       "Readers who checked two sources spent less time on false stories")]),
    ("Study news\n\nReaders who checked two sources spent less time on false stories, a new study has found.\n\n"
     "The study noted that careful readers were more aware of sponsored labels.\n\n"
     "The findings were part of a Brenfield Policy Institute study published on Tuesday.\n",
     [("Brenfield Policy Institute", "organisation", "found",
       "Readers who checked two sources spent less time on false stories"),
      ("Brenfield Policy Institute", "organisation", "noted that", "careful readers were more aware of sponsored labels")]),
    ("Trade Survey\n\nThe July to December 2026 Chamber Trade Conditions Survey reveals that more members feel "
     "optimistic about sales this year. This is among the findings of the Chamber's twice-yearly survey.\n",
     [("the Chamber", "unresolved", "reveals that", "more members feel optimistic about sales this year")]),
], ids=["modifier-with-letters", "study-again", "possessive-reference"])
def test_the_one_owner_of_a_study_s_noun_speaks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Study news\n\nReaders who checked two sources spent less time on false stories, a new study has found.\n\n"
     "The findings were part of a Brenfield Policy Institute (BPI) study and an Ardley University (AU) study "
     "published on Tuesday.\n",
     [("new study", "document", "found", "Readers who checked two sources spent less time on false stories")]),
    ("Survey news\n\nMost families had seen no improvement, a survey by their campaign group found.\n\n"
     "Tarnby SEND Parents was set up in February. Just nine of the 212 families who answered the group's survey "
     "said their case had got better.\n",
     [("Tarnby SEND Parents", "organisation", "found", "Most families had seen no improvement")]),
], ids=["two-owners", "reference-to-a-named-body"])
def test_no_one_owner_leaves_the_study_as_read(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_owner_spans() -> None:
    text = ("The Chamber's twice-yearly membership survey and an Ardley University (AU) study, "
            "beside Harlow Council's poll.")
    assert owner_spans(text) == (
        ("survey", 0, 11, "The Chamber"), ("poll", 89, 103, "Harlow Council"), ("study", 52, 69, "Ardley University"))


@pytest.mark.parametrize(("text", "expected"), [
    ("The Harlow Trade Council said sales rose.", True),
    ("More members feel optimistic, the survey reveals.", False),
])
def test_names_a_body(text: str, expected: bool) -> None:
    assert names_a_body(text) is expected


# Round 64m (mutation): an owner's words read as a reference only when they are `the` and one word (however spaced),
# a body read over the owner's words only, its kind kept; each asserted whole.
_STUDY = ("Study news\n\nReaders who checked two sources spent less time on false stories, a new study has found.\n\n"
          "The findings were part of %s published on Tuesday.\n")
_SURVEY = ("Trade Survey\n\nThe July to December 2026 Chamber Trade Conditions Survey reveals that more members feel "
           "optimistic about sales this year. This is among the findings of %s twice-yearly survey.\n")


@pytest.mark.parametrize(("text", "noun", "expected"), [
    (_STUDY % "Brenfield's study", "study", None),  # one word, no body
    (_STUDY % "The Harlow Council's study", "study", ("Harlow Council", "organisation")),  # `The` and a name
    (_STUDY % "Ama Orrin's study", "study", None),  # a person's
    (_STUDY % "a Norland Food Standards Agency study", "study", ("Norland Food Standards Agency", "inspectorate")),
    (_SURVEY % "the Chamber's", "survey", ("the Chamber", "unresolved")),
    (_SURVEY % "the  Chamber's", "survey", ("the Chamber", "unresolved")),  # two spaces
    (_SURVEY % "the Chamber's", "report", None),  # no namesake noun
])
def test_namesake_owner(text: str, noun: str, expected: tuple[str, str] | None) -> None:
    assert namesake_owner(noun, Context(text=text)) == expected


def test_names_a_body_reads_a_body_opening_the_text() -> None:
    assert names_a_body("Kelby Trust said so.") is True
