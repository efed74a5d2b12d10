"""Cues and missed claims (wave 26e). Each case is a short text written for this test in our own words about invented
parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows, in text order; and the shapes
where a rule must not fire."""
from __future__ import annotations

import pytest

from tests.extract_rows import cued_rows


# speakers/described_names: a body's name after a common noun with its modifiers (`the consumer group Fairbasket`,
# `the market research firm Quorvel`), as the source of `according to` (also after a document's `by`, and with a web address's ending) or the subject of a
# cue.
@pytest.mark.parametrize(("text", "expected"), [
    ("Rents in Dunmore rose by 8% last year, according to the lettings research group Tenvista.\n",
     [("Tenvista", "organisation", "according to", "Rents in Dunmore rose by 8% last year")]),
    ("One loaf in five now costs more than £2, according to consumer watchdog Fairbasket.\n",
     [("Fairbasket", "inspectorate", "according to", "One loaf in five now costs more than £2")]),
    ("The independent energy charity Warmlea said 40,000 homes in the county had no loft insulation.\n",
     [("Warmlea", "organisation", "said", "40,000 homes in the county had no loft insulation")]),
    ("Shoppers paid more for one basket in three, according to research by the consumer organisation Fairbasket.\n",
     [("Fairbasket", "organisation", "according to", "Shoppers paid more for one basket in three")]),
    ("Average asking prices rose 4%, according to the property website Homefind.ie.\n",
     [("Homefind.ie", "organisation", "according to", "Average asking prices rose 4%")]),
])
def test_a_body_named_after_its_described_kind(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: a person's post before a body (`a spokeswoman for the group`), a described kind with no name after
# it, and a person named after a post stay as they were.
@pytest.mark.parametrize(("text", "expected"), [
    ("Rents rose by 8% last year, a spokeswoman for the research group Tenvista said.\n",
     [("Tenvista", "organisation", "said", "Rents rose by 8% last year")]),
    ("Rents rose by 8% last year, the lettings research group said.\n",
     [("the lettings research group", "unresolved", "said", "Rents rose by 8% last year")]),
    ("Rents rose by 8% last year, the group's research director Dana Whitlow said.\n",
     [("Dana Whitlow", "person", "said", "Rents rose by 8% last year")]),
])
def test_a_described_kind_without_its_body_s_name(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# data/document_nouns.txt (`tests`, `testing`): the tests a body ran speak as its documents do, its own (`Acme's own
# testing found`), by a named tester (`according to tests by X`), or unowned (the document itself); and
# company_forms.without_cut_names: a short name's possessive or subject is the company named whole with its bracketed
# jurisdiction (`Brandlow Motors (UK) Ltd`), never left unresolved beside the same name cut at its bracket.
@pytest.mark.parametrize(("text", "expected"), [
    ("Brandlow Motors (UK) Ltd is recalling 4,000 estate cars.\n\n"
     "Brandlow's own testing found that a worn seal could let oil reach the clutch.\n",
     [("Brandlow Motors (UK) Ltd", "organisation", "found that", "a worn seal could let oil reach the clutch")]),
    ("Brandlow Motors (UK) Ltd is recalling 4,000 estate cars.\n\nBrandlow said 30 cars had been affected.\n",
     [("Brandlow Motors (UK) Ltd", "organisation", "said", "30 cars had been affected")]),
    ("Most cordless kettles boil more slowly than their boxes claim, according to tests by the consumer magazine "
     "Homewise.\n",
     [("Homewise", "organisation", "according to", "Most cordless kettles boil more slowly than their boxes claim")]),
    ("The Tarrow Lane Trust looks after the lane's trees.\n\n"
     "The trust's tests showed that 12 of the limes had decay in their roots.\n",
     [("Tarrow Lane Trust", "organisation", "showed that", "12 of the limes had decay in their roots")]),
])
def test_tests_speak_as_their_owner_s_documents(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: tests as the object of a verb (`ran tests on`), and two different companies that open with the
# same word stay apart (`Brandlow Foods` and `Brandlow Motors (UK) Ltd`: `Brandlow's` may be either).
@pytest.mark.parametrize(("text", "expected"), [
    ("The Tarrow Lane Trust said it ran tests on the limes last spring and found decay in 12 of them.\n",
     [("Tarrow Lane Trust", "organisation", "said", "it ran tests on the limes last spring"),
      ("Tarrow Lane Trust", "organisation", "said", "found decay in 12 of them")]),
    ("Brandlow Foods makes soup in Tarrow.\n\nBrandlow Motors (UK) Ltd is recalling 4,000 estate cars.\n\n"
     "Brandlow's own testing found that a worn seal could let oil reach the clutch.\n",
     [("Brandlow's", "unresolved", "found that", "a worn seal could let oil reach the clutch")]),
])
def test_tests_as_an_object_and_two_companies_of_one_word(text: str,
                                                         expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# speakers/force_people: a force's officers as a cue's whole subject (`gardaí have said`, `according to police`) speak
# as the force the text names, after the cue or before it; with no force named, as the words themselves, unresolved.
@pytest.mark.parametrize(("text", "expected"), [
    ("Some 140 drivers were stopped at checkpoints over the bank holiday, gardaí have said.\n\n"
     "The figures, released by An Garda Síochána on Monday, show 12 arrests in Ballyvane.\n",
     [("An Garda Síochána", "organisation", "said", "Some 140 drivers were stopped at checkpoints over the bank holiday"),
      ("An Garda Síochána", "organisation", "show", "12 arrests in Ballyvane")]),
    ("Officers from Marwick Constabulary closed the road on Sunday.\n\n"
     "The cyclist, a woman in her 30s, was treated at the scene and, according to police, walked home.\n",
     [("Marwick Constabulary", "organisation", "according to",
       "The cyclist, a woman in her 30s, was treated at the scene and, according to police, walked home.")]),
    ("A man in his 60s was injured when his car left the road near Dromlish, gardaí said.\n",
     [("gardaí", "unresolved", "said", "A man in his 60s was injured when his car left the road near Dromlish")]),
])
def test_a_force_s_officers_speak_as_the_force(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# It must not fire: officers with a word of their own (`Two gardaí`) are read as before (no row), and a force's officers
# who are the object of a verb (`told police`) speak for no one.
@pytest.mark.parametrize(("text", "expected"), [
    ("An Garda Síochána opened an inquiry on Monday.\n\nTwo gardaí said the driver had been travelling too fast.\n",
     []),
    ("Marwick Constabulary opened an inquiry on Monday.\n\nThe driver told police he had not seen the cyclist.\n",
     [("The driver", "unresolved", "told", "police he had not seen the cyclist")]),
])
def test_officers_with_words_of_their_own(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
