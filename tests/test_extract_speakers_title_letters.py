"""A post's bracketed letters name its holder (`speakers/title_letters`): wave 40j read `Jo Roe, the Vice Chancellor
(VC)`; wave 58e (realcheck84 p018, realcheck76 p008) reads the post with no `the` after the name and the post with its
letters right before the name, so `the CEO said`, `the AG said` later are that person, never the letters' own words."""
from __future__ import annotations

import pytest

from claims.extract.speakers.title_letters import post_letters_after, post_letters_before
from tests.extract_rows import cued_rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Dr Ivo Marr, Chief Executive Officer (CEO) of the Hospital, said fees rose.", ("officer", "ceo")),
    ("Ivo Marr, the Vice Chancellor (VC), said fees rose.", ("chancellor", "vc")),
    ("Ivo Marr, Varnley Rowing Club (VRC), said fees rose.", None),
    ("Ivo Marr, Varnley Health Service Executive (VHSE) director of nursing, said fees rose.", None),
], ids=["no-the", "the", "body", "body-closing-on-executive"])
def test_post_letters_after(text: str, expected: tuple[str, str] | None) -> None:
    assert post_letters_after(text, text.index(",")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("PRETORIA - Auditor-General (AG) Nomsa Ketela today reported losses.", ("general", "ag")),
    ("The Inspector General of Police (IGP) Ayo Bende said crime fell.", None),
    ("The Varnley Rowing Club (VRC) Ivo Marr said fees rose.", None),
    ("Varnley Health Service Executive (VHSE) Ivo Marr said fees rose.", None),
    ("PRETORIA - Deputy Auditor-General (DAG) Nomsa Ketela said fees rose.", ("general", "dag")),
], ids=["post", "remit-after-post", "body", "body-closing-on-executive", "deputy-after-dateline"])
def test_post_letters_before(text: str, expected: tuple[str, str] | None) -> None:
    name = "Nomsa" if "Nomsa" in text else "Ayo" if "Ayo" in text else "Ivo"
    assert post_letters_before(text, text.index(name)) == expected


def test_letters_of_a_post_with_no_article_name_its_holder() -> None:
    text = ("Dr Amos Varley, Chief Executive Officer (CEO) of the Kelso Hospital, said admissions rose from 4,100 to "
            "4,350.\n\nThe CEO said the death rate fell from 5.1 to 4.9 per cent.\n")
    assert cued_rows(text) == [
        ("Amos Varley", "person", "said", "admissions rose from 4,100 to 4,350"),
        ("Amos Varley", "person", "said", "the death rate fell from 5.1 to 4.9 per cent"),
    ]


def test_letters_of_a_post_before_the_name_name_its_holder() -> None:
    text = ("PRETORIA - Auditor-General (AG) Nomsa Ketela today reported that 40 of 257 municipalities had clean "
            "audits.\n\nIn her report, the AG said that R2.1 billion had been spent without approval.\n\n"
            "The AG added that 60 councils had not submitted their accounts.\n")
    assert cued_rows(text) == [
        ("Nomsa Ketela", "person", "reported that", "40 of 257 municipalities had clean audits"),
        ("Nomsa Ketela", "person", "said that", "R2.1 billion had been spent without approval"),
        ("Nomsa Ketela", "person", "added that", "60 councils had not submitted their accounts"),
    ]


# Round 59m (mutation): a post at the text's very start is read; a post's words are read 40 characters back at most
# (`Authority`, a body's head 41 back, is left out, so the post stands).
@pytest.mark.parametrize(("text", "expected"), [
    ("Auditor-General (AG) Jo Roe", ("general", "ag")),
    ("Authority Principal Chief Officer (PCHO) Jo Roe", ("officer", "pcho")),
], ids=["text-start", "forty-back"])
def test_post_letters_before_bounds(text: str, expected: tuple[str, str]) -> None:
    assert post_letters_before(text, text.index("Jo Roe")) == expected
