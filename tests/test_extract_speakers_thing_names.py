"""Names that name a thing, never a party (`claims.extract.speakers.thing_names`, wave 34h): a person-shaped name whose
own words show it is a mountain, a storm, a phrase in capitals or a country's body (`Mount Garrow`, `Storm Elowen`,
`No Real Blame`, `Met Cymru`) is never the person a later `he` or `she` means. Each text is written for this test in
our own words about invented parties."""
from __future__ import annotations

import pytest

from claims.extract.entities import Mention
from claims.extract.speakers.thing_names import names_a_thing
from extract_rows import cued_rows


def _mention(text: str, name: str, title: str = "") -> Mention:
    """Return a person's mention of `name` at its first place in the text."""
    at = text.index(name)
    return Mention(at, at + len(name), name, "person", False, title)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("The company's Mount Garrow quarry has operated since 1984.", "Mount Garrow", ""),
    ("His barley was flattened when Storm Elowen crossed the county.", "Storm Elowen", ""),
    ("The issue is whether a reduction for No Real Blame applies.", "No Real Blame", ""),
    ("Gusts were recorded at the nearest Met Cymru station.", "Met Cymru", "met"),  # its first word read as a title
])
def test_a_name_of_a_thing(text: str, name: str, title: str) -> None:
    assert names_a_thing(text, _mention(text, name, title)) is True


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Noor Hadley runs the café in the village.", "Noor Hadley", ""),  # no word of a thing
    ("Storm Kerridge, the club's new striker, scored twice.", "Storm Kerridge", ""),  # a person set off by a post
    ("River Doyle scored twice. Doyle said the fans were magnificent.", "River Doyle", ""),  # his surname speaks
    ("River Doyle scored twice. Mr Doyle thanked the fans.", "River Doyle", ""),  # an honorific: a person
    ("Storm Kerridge said the fans were magnificent.", "Storm Kerridge", ""),  # the name speaks
    ("Chief Inspector Mount Garrow opened the station.", "Mount Garrow", "chief inspector"),  # a title of its own
])
def test_no_name_of_a_thing(text: str, name: str, title: str) -> None:
    assert names_a_thing(text, _mention(text, name, title)) is False


# The person the text named before the thing is whom the pronoun means.
@pytest.mark.parametrize(("text", "expected"), [
    ("The quarry company said it would cut 90 jobs.\n\n"
     "Noor Hadley runs the café in the village. The company's Mount Garrow quarry has operated there since 1984. "
     "\"Half my customers work at that quarry,\" she said.\n",
     [("the quarry company", "unresolved", "said", "it would cut 90 jobs"),
      ("Noor Hadley", "person", "said", "Half my customers work at that quarry")]),
    ("The insurer said it had paid 400 claims.\n\n"
     "Dara Quinn farms on the coast. His barley was flattened when Storm Elowen crossed the county in March. "
     "\"We lost half the crop in one night,\" he said.\n",
     [("the insurer", "unresolved", "said", "it had paid 400 claims"),
      ("Dara Quinn", "person", "said", "We lost half the crop in one night")]),
    ("The tribunal heard the case in June.\n\n"
     "Lewis Brand, a cyclist, tested positive in May. The issue is whether a reduction for No Real Blame applies. "
     "He said he had never used the drug.\n",
     [("Lewis Brand", "person", "said", "he had never used the drug")]),
    ("Ffion Rowe keeps sheep above the village. Gusts of 110 km/h were recorded at the nearest Met Cymru station "
     "that night. \"The barn roof went first,\" she said.\n",
     [("Ffion Rowe", "person", "said", "The barn roof went first")]),
])
def test_a_thing_is_no_pronoun_antecedent(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected


# Must not fire: a person whose name opens on such a word, set off by a post or speaking by surname, stays whom `he`
# means.
@pytest.mark.parametrize(("text", "expected"), [
    ("The club said it had sold 900 season tickets.\n\n"
     "Storm Kerridge, the club's new striker, scored twice on Saturday. \"The fans carried us,\" he said.\n",
     [("the club", "unresolved", "said", "it had sold 900 season tickets"),
      ("Storm Kerridge", "person", "said", "The fans carried us")]),
    ("The club said it had sold 900 season tickets.\n\n"
     "River Doyle joined the club in May. Doyle said the fans had carried the team. \"The fans carried us,\" he "
     "said.\n",
     [("the club", "unresolved", "said", "it had sold 900 season tickets"),
      ("River Doyle", "person", "said", "the fans had carried the team"),
      ("River Doyle", "person", "said", "The fans carried us")]),
    ("The club said it had sold 900 season tickets.\n\n"
     "River Doyle joined the club in May. Mr Doyle scored twice on Saturday. \"The fans carried us,\" he said.\n",
     [("the club", "unresolved", "said", "it had sold 900 season tickets"),
      ("River Doyle", "person", "said", "The fans carried us")]),
])
def test_a_person_so_named_stays_the_antecedent(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert cued_rows(text) == expected
