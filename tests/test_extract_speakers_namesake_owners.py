"""A study the text names without its maker, whose noun the text gives one owner on another mention (wave 63d): the
owner speaks. Each case is a short text written for this test in our own words about invented parties, and the whole
table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.speakers.context import Context
from claims.extract.speakers.namesake_owners import (names_a_body, namesake_owner, owner_spans, owners_elsewhere,
                                                     study_noun)
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
     [("Chamber", "organisation", "reveals that", "more members feel optimistic about sales this year")]),
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


# Wave 64x: wave 63f's `makers_elsewhere` folded in. A study left unresolved where it speaks (`A fresh poll released
# has found`, a survey's title) is read with the same owners once the text is read: one module, one reading.
CHAMBER_TEXT = ("The Spring 2031 Orrel Chamber Trade Survey reveals that members feel confident. This is one of the "
                "findings of the Chamber's twice-yearly members' trade survey.\n\n54.2% reported higher sales.\n")
POLL_TEXT = ("Poll news\n\nA fresh poll released has found 81 per cent would use a clinic.\n\n"
             "The poll, carried out for Kelby Health Trust, also found that 64 per cent had waited.\n")


@pytest.mark.parametrize(("speaker", "expected"), [
    ("the spring 2031 orrel chamber trade survey", "survey"), ("A fresh poll released", "poll"),
    ("new study", "study"), ("the report", None), ("the figures", None), ("poll", None), ("a poll of voters", None),
    ("the board voted", None),  # round 64m: a participle after a noun that is no study
    ("new poll released", "poll"), ("a fresh online poll released", "poll")])  # round 64n: three words, five
def test_study_noun_ends_the_speaker_or_precedes_a_participle(speaker: str, expected: str | None) -> None:
    assert study_noun(speaker) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (CHAMBER_TEXT, (("survey", 111, 122, "the Chamber"),)),  # a plural's possessive among the words between
    (POLL_TEXT, (("poll", 102, 120, "Kelby Health Trust"),)),  # after the noun: carried out for
    ("A survey by Ashby Retail Association and a study commissioned by the Norland Trust.\n",
     (("survey", 12, 36, "Ashby Retail Association"), ("study", 69, 82, "Norland Trust"))),
    ("Jo Roe's survey of 40 farms found it.\n", (("survey", 0, 6, "Jo Roe"),)),  # read; `_owner` finds no body
    ("Last year's survey found it.\n", ()),  # no name
])
def test_owner_spans_before_and_after_the_noun(text: str, expected: tuple[tuple[str, int, int, str], ...]) -> None:
    assert owner_spans(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (POLL_TEXT, [("Kelby Health Trust", "organisation", "found", "81 per cent would use a clinic"),
                 ("Kelby Health Trust", "organisation", "found that", "64 per cent had waited")]),
    ("Trade Survey\n\nThe Spring 2031 Orrel Chamber Trade Survey reveals that more members feel confident about the "
     "year ahead. This is one of the findings of the Chamber's twice-yearly members' trade survey.\n\n"
     "54.2% reported higher sales.\n",
     [("Chamber", "organisation", "reveals that", "more members feel confident about the year ahead"),
      ("Chamber", "organisation", "reported", "54.2% reported higher sales")]),
    (POLL_TEXT + "A poll by Ardley Council disagreed.\n",  # two owners: the poll as read
     [("A fresh poll released", "unresolved", "found", "81 per cent would use a clinic"),
      ("Kelby Health Trust", "organisation", "found that", "64 per cent had waited")]),
], ids=["owner-after-the-noun", "possessive-with-plural", "two-owners"])
def test_a_study_left_unresolved_takes_its_one_owner(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


def test_owners_elsewhere_maps_only_unresolved_studies() -> None:
    ctx = Context(text=POLL_TEXT)
    assert owners_elsewhere([("A fresh poll released", "unresolved"), ("Jo Roe", "person"),
                             ("A fresh poll released", "document"), ("the report", "unresolved")], ctx) == {
        "A fresh poll released": ("Kelby Health Trust", "organisation")}
    assert owners_elsewhere([("A fresh poll released", "document")], ctx) == {}  # round 64n: a kind of its own


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
    (_SURVEY % "the Chamber's", "survey", ("Chamber", "organisation")),  # a head with its capital (64x)
    (_SURVEY % "the  Chamber's", "survey", ("Chamber", "organisation")),  # two spaces
    (_SURVEY % "the Pavilion's", "survey", ("the Pavilion", "unresolved")),  # capitalised, no body's head (64n)
    (_SURVEY % "the Chamber's", "report", None),  # no namesake noun
])
def test_namesake_owner(text: str, noun: str, expected: tuple[str, str] | None) -> None:
    assert namesake_owner(noun, Context(text=text)) == expected


def test_names_a_body_reads_a_body_opening_the_text() -> None:
    assert names_a_body("Kelby Trust said so.") is True
