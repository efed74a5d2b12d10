"""A post written alone (`the Minister`) for the one person the text names with it, where the post is named by its
remit before the name (wave 52f): `Minister with responsibility for Information, Sport and Special Projects, Hon. Jo
Roe,`, `Minister responsible for Housing, Jo Roe,`. Each case is a short text written for this test in our own words
about invented parties, and the whole table it must give as (speaker, speaker_kind, cue, quote) rows."""
from __future__ import annotations

import pytest

from claims.extract.speakers import Context
from claims.extract.speakers.post_holders import holders, post_holders
from extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister with responsibility for Information, Broadcasting and Special Projects, Hon. Delroy Marsh-Keane, has "
     "opened a press office at the Harbour Hotel.\n\nThe Minister said the office will employ 14 staff from three "
     "ministries.\n",
     [("Delroy Marsh-Keane", "person", "said", "the office will employ 14 staff from three ministries")]),
    ("Minister responsible for Housing, Delroy Marsh-Keane, has opened a press office.\n\nThe Minister said the "
     "office will employ 14 staff.\n",
     [("Delroy Marsh-Keane", "person", "said", "the office will employ 14 staff")]),
])
def test_a_post_named_by_its_remit_is_its_holder_later(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister with responsibility for Information, Broadcasting and Special Projects, Hon. Delroy Marsh-Keane, spoke.",
     {"Delroy Marsh-Keane"}),
    ("Minister for Fisheries, Delroy Marsh-Keane, spoke.", {"Delroy Marsh-Keane"}),
    ("Minister for Fisheries, Delroy Marsh-Keane, Ann Pyle and Tom Harte spoke.", {"Delroy Marsh-Keane"}),
])
def test_holders_of_a_post_with_a_remit(text: str, expected: set[str]) -> None:
    assert holders(text, "minister", ()) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # wave 59n: the post held `in` a body before the name set off by commas (the 88th's p003)
    ("State Minister in the Ministry of Coastal Works, Delroy Marsh-Keane, has said that 3,400 homes will be "
     "rebuilt by June.\n\nThe State Minister pointed out that 1,200 families had already moved back.\n",
     [("Delroy Marsh-Keane", "person", "said that", "3,400 homes will be rebuilt by June"),
      ("Delroy Marsh-Keane", "person", "pointed out that", "1,200 families had already moved back")]),
    # wave 59n: a post and its remit, then a style of address and the name with no comma (the 88th's p007)
    ("That is according to the Minister of Coastal Works and Harbours the Hon. Delroy Marsh-Keane during the "
     "budget debate.\n\nThe minister explained that 3,400 homes will be rebuilt by June.\n",
     [("Delroy Marsh-Keane", "person", "explained that", "3,400 homes will be rebuilt by June")]),
])
def test_a_post_held_in_a_body_or_before_a_styled_name_is_its_holder_later(
        text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("State Minister in the Ministry of Coastal Works, Delroy Marsh-Keane, spoke.", {"Delroy Marsh-Keane"}),
    ("the Minister of Coastal Works and Harbours the Hon. Delroy Marsh-Keane spoke.", {"Delroy Marsh-Keane"}),
    ("the Minister of Coastal Works and Harbours Delroy Marsh-Keane spoke.", set()),
    ("the Minister in Harbour Street, Delroy Marsh-Keane said.", set()),
])
def test_holders_of_a_post_held_in_a_body(text: str, expected: set[str]) -> None:
    assert holders(text, "minister", ()) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the Mayor of Tarnby and Fellbridge the Hon. Dr Ada Brell spoke.", {"Ada Brell"}),
    # wave 60x: the styled holder takes every honorific a holder's name may have (`Cllr` was left to the name, which
    # then opened on a post and was passed over)
    ("the Mayor of Tarnby and Fellbridge the Hon. Cllr Ada Brell spoke.", {"Ada Brell"}),
    ("the Mayor of Tarnby and Fellbridge Cllr Ada Brell spoke.", set()),  # no style of address ends the remit
    ("Mayor, Cllr Ada Brell, spoke.", {"Ada Brell"}),
])
def test_holders_after_a_style_of_address_and_an_honorific(text: str, expected: set[str]) -> None:
    assert holders(text, "mayor", ()) == expected


def test_a_post_two_people_hold_is_unresolved() -> None:
    """Wave 59n: `The minister` after two ministers are named may be either: its words, unresolved, never a person."""
    text = ("State Minister in the Ministry of Coastal Works, Delroy Marsh-Keane, has said that 2,600 homes were "
            "repaired.\n\nThe programme has cost $48 million, according to the Minister of Finance the Hon. Lorna "
            "Achebe-Pryce.\n\nThe minister explained that $11 million came from a disaster bond.\n")
    assert cued_rows(text) == [
        ("Delroy Marsh-Keane", "person", "said that", "2,600 homes were repaired"),
        ("Lorna Achebe-Pryce", "person", "according to", "The programme has cost $48 million"),
        ("The minister", "unresolved", "explained that", "$11 million came from a disaster bond")]


_ONE = "Housing Minister Ann Roe opened the homes.\n\nThe minister said 300 were let.\n"


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    (_ONE, ("The minister", "person"), {"The minister": ("Ann Roe", "person")}),
    (_ONE, ("The minister", "unresolved"), {"The minister": ("Ann Roe", "person")}),  # an unresolved post too
    (_ONE, ("The minister", "organisation"), {}),  # a body's kind is never a post's
    ("The minister opened the homes.\n\nThe minister said 300 were let.\n", ("The minister", "person"), {}),  # none
    ("Housing Minister Ann Roe opened the homes.\n\nA minister from another county said 300 were let.\n",
     ("A minister", "person"), {}),  # an indefinite post after its one holder: another holder, left as written
    ("A minister said 300 were let.\n\nHousing Minister Ann Roe opened the homes.\n\nA minister said 20 were empty.\n",
     ("A minister", "person"), {"A minister": ("Ann Roe", "person")}),  # its first mention comes before the holder
], ids=["person", "unresolved", "organisation", "no-holder", "indefinite-after", "indefinite-first-before"])
def test_post_holders(text: str, speaker: tuple[str, str], expected: dict[str, tuple[str, str]]) -> None:
    """60m: the whole map for one speaker: only a person's or an unresolved post, only one holder, changes."""
    assert post_holders(text, [speaker], Context(text=text)) == expected


def test_post_holders_reads_every_speaker() -> None:
    """60m: a speaker left as written (no post, a post nobody holds, an indefinite post after its holder) never stops
    the others from being read (whatever order the set of speakers takes)."""
    text = ("Housing Minister Ann Roe opened the homes with the mayor.\n\nThe minister said 300 were let. The mayor "
            "agreed. A minister from another county said 20 were empty.\n")
    speakers = [("The minister", "person"), ("the minister", "person"), ("Minister", "person"), ("Ann Roe", "person"),
                ("The mayor", "person"), ("A minister", "person"), ("The chief executive", "person")]
    assert post_holders(text, speakers, Context(text=text)) == {
        "The minister": ("Ann Roe", "person"), "the minister": ("Ann Roe", "person"), "Minister": ("Ann Roe", "person")}
