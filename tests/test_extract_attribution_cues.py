"""Whether a cue word is a cue (`claims.extract.attribution.cues`, wave 54e): a modal perfect (`which could have found
the losses`) says what might have been, never a finding; `state` between a name or a count and a noun (`a southern
Utah state park`, `North Carolina state agencies`) is the state's, never a verb of speech. Each text is written for
this test in our own words about invented parties; rows are (speaker, speaker_kind, quote), in text order."""
from __future__ import annotations

import pytest

from claims.extract.attribution.cues import modal_perfect, place_state
from extract_rows import cued_rows, rows


@pytest.mark.parametrize(("words", "expected"), [
    (["could", "have"], True),
    (["would", "have"], True),
    (["Might", "have"], True),
    (["has"], False),
    (["they", "have"], False),
    (["could", "not"], False),
])
def test_a_modal_and_have_before_a_cue_word(words: list[str], expected: bool) -> None:
    assert modal_perfect(words) is expected


def test_a_modal_perfect_finds_nothing() -> None:
    text = ("Staff at the Office of Internal Audit had not checked the depot since 2019, which could have found that "
            "stock worth $3 million was missing.\n")
    assert rows(text) == []


def test_a_modal_perfect_leaves_the_claim_to_the_real_cue() -> None:
    text = ("The Harnley Audit Office published its review on Monday.\n\n"
            "The Office of the Inspector General at Harnley had not run a stock check since 2019, which could have "
            "found and stopped losses of $3 million at the depot, the review says.\n")
    assert cued_rows(text) == [
        ("Harnley Audit Office", "inspectorate", "says",
         "The Office of the Inspector General at Harnley had not run a stock check since 2019, which could have found "
         "and stopped losses of $3 million at the depot")]


@pytest.mark.parametrize(("before", "after", "expected"), [
    ("Utah", ["park", "closed"], True),
    ("Carolina", ["agencies,"], True),
    ("93", ["parks"], True),
    ("Commissioners", ["that", "the"], False),
    ("Commissioners", ["the", "figures"], False),
    ("former", ["senator"], False),
    ("Utah", [], False),
])
def test_state_between_a_name_and_a_noun(before: str, after: list[str], expected: bool) -> None:
    assert place_state(before, after) is expected


def test_a_place_state_noun_is_no_cue() -> None:
    text = ("A southern Delmont state park closed its main trail on Friday after 14 hikers were rescued in a week, "
            "park officials said.\n")
    assert rows(text) == [
        ("park officials", "unresolved",
         "A southern Delmont state park closed its main trail on Friday after 14 hikers were rescued in a week")]
