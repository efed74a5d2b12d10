"""Tests on names that the register of named bodies uses (`claims.extract.speakers.body_traits`): a name that is
another's shorter form, and a post in a body read as a body's name, are never a second body of that head (wave 48g).
Each text is written for this test in our own words about invented parties; rows are (speaker, speaker_kind, cue,
quote)."""
from __future__ import annotations

import pytest

from claims.extract.entities import Mention
from claims.extract.speakers.body_traits import distinct_bodies, post_in_body, shorter_form, sole_body
from claims.extract.speakers.registry import NameRegistry
from extract_rows import cued_rows


@pytest.mark.parametrize(("short", "name", "expected"), [
    ("staff alliance", "acme staff alliance", True),  # its ending
    ("standards commission", "standards in public office commission", True),  # its words in order, same ends
    ("committee of the kelvale racing board", "referrals committee of the kelvale racing board", True),  # a run
    ("harbour trust", "marlow harbour trust", True),
    ("marlow trust", "fenby harbour trust", False),  # another first word
    ("standards board", "standards in public office commission", False),  # another last word
    ("office commission", "standards in public office commission", True),
    ("acme staff alliance", "acme staff alliance", False),  # the same name is no shorter form
    ("acme staff alliance union", "acme staff alliance", False),
])
def test_shorter_form(short: str, name: str, expected: bool) -> None:
    assert shorter_form(short, name) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("chair of the commission", True),
    ("director of the foundation", True),
    ("chief inspector of prisons", False),  # a post that speaks as an inspectorate opens on two words
    ("department of health", False),
    ("chair", False),
])
def test_post_in_body(name: str, expected: bool) -> None:
    assert post_in_body(name) == expected


def test_distinct_bodies_keeps_one_name_of_each_body() -> None:
    names = {"Standards in Public Office Commission", "Standards Commission", "Chair of the Commission"}
    assert distinct_bodies(names) == {"standards in public office commission"}
    assert distinct_bodies({"Marlow Housing Trust", "Fenby Harbour Trust"}) == \
        {"marlow housing trust", "fenby harbour trust"}
    assert distinct_bodies({"Chair of the Commission"}) == {"chair of the commission"}  # no body besides: kept


def test_a_registry_sees_no_rival_in_a_short_form_or_a_post() -> None:
    names = NameRegistry()
    for name in ("Standards in Public Office Commission", "Standards Commission", "Chair of the Commission"):
        names.register_org(name, "organisation")
    assert (names.rival_bodies("commission"), names._org_heads["commission"], names._org_suffixes["commission"]) \
        == (False, "Standards Commission", "Standards Commission")


@pytest.mark.parametrize(("text", "expected"), [
    ("Kestrel Vale Harbour Trust reopened the quay on Monday.\n\n"
     "The Director of the Trust, Jo Roe, said 40 boats had returned.\n\nThe trust said repairs had cost £2m.\n",
     [("Jo Roe", "person", "said", "40 boats had returned"),
      ("Kestrel Vale Harbour Trust", "organisation", "said", "repairs had cost £2m")]),
    ("Harwick Dales National Park Authority opened two car parks in March.\n\n"
     "The Chair of the Authority, Jo Roe, said visitor numbers were up.\n\n"
     "The authority said it had planted 4,000 trees.\n",
     [("Jo Roe", "person", "said", "visitor numbers were up"),
      ("Harwick Dales National Park Authority", "organisation", "said", "it had planted 4,000 trees")]),
])
def test_a_post_in_the_body_leaves_the_body_its_reference(text: str, expected: list[tuple[str, ...]]) -> None:
    assert cued_rows(text) == expected


# Must not move: two bodies of one head, neither the other's shorter form, leave `the trust` as written.
def test_two_bodies_of_one_head_leave_the_reference_alone() -> None:
    text = "Marlow Housing Trust opened 40 homes in May. Fenby Harbour Trust opened a quay in June.\n\n" \
        "The trust said it had let 40 homes.\n"
    assert cued_rows(text) == [("the trust", "unresolved", "said", "it had let 40 homes")]


_ALLIANCE = Mention(0, 20, "Acme Staff Alliance", "org")
_SHORT = Mention(40, 54, "Staff Alliance", "org")
_TRUST = Mention(60, 79, "Fenby Harbour Trust", "org")


@pytest.mark.parametrize(("mentions", "expected"), [
    ([_ALLIANCE, _SHORT], _ALLIANCE),  # a shorter form is the same body: the first mention
    ([_SHORT, _ALLIANCE], _SHORT),
    ([_TRUST], _TRUST),
    ([_ALLIANCE, _TRUST], None),  # two bodies
    ([], None),
], ids=["a-name-then-its-shorter-form", "a-shorter-form-first", "one-body", "two-bodies", "none"])
def test_sole_body_is_the_first_mention_of_one_body_only(mentions: list[Mention], expected: Mention | None) -> None:
    assert sole_body(mentions) == expected
