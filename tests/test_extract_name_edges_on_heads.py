"""A body named by its head, `on` and what it deals with (`the Committee on Ethics`, `the Joint Committee on Rural
Transport`, `the Commission on the Future of Policing`): one name read whole (`claims.extract.name_edges.joins_by_on`,
joined in `claims.extract.entities.joined_runs`, wave 32e); a day, a month or a place after `on` joins nothing."""
from __future__ import annotations

import pytest

from claims.extract.entities import find_mentions
from claims.extract.name_edges import ON_HEADS, joins_by_on
from tests.extract_rows import rows


@pytest.mark.parametrize(("before", "after"), [
    ("the Committee", "Ethics"),
    ("Joint Committee", "Rural Transport"),
    ("State Commission", "Prison Standards"),
    ("The Taskforce", "Coastal Erosion"),
    ("Joint Committee", "Health and Social Care"),  # a title's word inside, with no name after it
])
def test_a_head_and_what_it_deals_with_join(before: str, after: str) -> None:
    assert joins_by_on(before, after) is True


@pytest.mark.parametrize(("before", "after"), [
    ("the Committee", "Monday"),            # a day
    ("the Commission", "March"),            # a month
    ("Acme County Council", "Main Street"), # no head of this list
    ("Jo Roe", "Ethics"),                   # no head at all
    ("the Committee", "Jo Roe's"),          # a possessive: a thing of someone's, no name's end
    ("Select Committee", "Rural Transport Chairman Jo Roe"),  # a title and a person after what it deals with
])
def test_anything_else_joins_nothing(before: str, after: str) -> None:
    assert joins_by_on(before, after) is False


@pytest.mark.parametrize(("text", "name"), [
    ("The report went to the Committee on Ethics last week.", "Committee on Ethics"),
    ("The Joint Committee on Rural Transport heard evidence.", "Joint Committee on Rural Transport"),
    ("It was set up by the Commission on the Future of Policing in 2021.", "Commission on the Future of Policing"),
])
def test_the_name_is_read_whole(text: str, name: str) -> None:
    assert [m.name for m in find_mentions(text, 0, len(text)) if m.kind == "org"] == [name]


def test_the_committee_is_the_body_named_with_on() -> None:
    text = ("MP suspended\n\n"
            "An MP should be suspended for 14 days for failing to register a paid role, the Committee on Ethics has "
            "recommended.\n\n"
            "The committee said Jo Roe had committed a serious breach of the rules.\n")
    assert rows(text) == [
        ("Committee on Ethics", "organisation", "An MP should be suspended for 14 days for failing to register a paid role"),
        ("Committee on Ethics", "organisation", "Jo Roe had committed a serious breach of the rules"),
    ]


def test_the_heads_are_data() -> None:
    assert {"committee", "commission"} <= ON_HEADS
