"""Wave 45e: defects wave 44 left, by shape of English press writing.

- a post's remit before the name holding a word led by lower-case letters and a hyphen (`Director, Skills and
  e-Learning Jo Roe said`): the capitalised run starts inside that word, and its first word (`Learning`) belongs to
  the remit, not to the person (`entities.read_range`, `entities._after_hyphen_led_word`);
- an inverted cue before a post, its remit joined by `and`, then the name (`"...," said Director, Planning and
  Estates Jo Roe.`): the person after the remit speaks (`attribution/quotes._name_after_role`, `REMIT_THEN_NAME_RE`);
- a unit or body before a rank noun before a name (`Former Royal Signals corporal Jo Roe said`, `ex-Met detective
  Jo Roe`): the person speaks (read so already at 45e's start; these guard it).
"""
import pytest

from tests.extract_rows import cued_rows


@pytest.mark.parametrize("text, expected", [
    ("Intake\n\nDirector, Skills and e-Learning Nell Tarrant said the college had doubled its intake this year.\n",
     [("Nell Tarrant", "person", "said", "the college had doubled its intake this year")]),
    ("Sales\n\nThe firm's Head, Brand and e-Commerce Ria Darrow said sales rose 9% last year.\n",
     [("Ria Darrow", "person", "said", "sales rose 9% last year")]),
    ("Portal\n\nThe council's Director, Data and e-Services Oren Vasquel said the portal had cut waits by half.\n",
     [("Oren Vasquel", "person", "said", "the portal had cut waits by half")]),
    ("Sales\n\nThe e-Commerce Ria Darrow said sales rose 9% last year.\n",
     [("Ria Darrow", "person", "said", "sales rose 9% last year")]),
])
def test_a_word_led_by_lower_case_and_a_hyphen_before_the_name(text: str,
                                                                expected: list[tuple[str, str, str, str]]) -> None:
    """`e-Learning Nell Tarrant`: `Learning` ends the remit's word, the person is Nell Tarrant."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Intake\n\n"We doubled our intake this year," said Director, Skills and e-Learning Nell Tarrant.\n',
     [("Nell Tarrant", "person", "said", "We doubled our intake this year")]),
    ('Beds\n\n"Forty beds have opened," said National Director, Planning and Estates Mara Quell.\n',
     [("Mara Quell", "person", "said", "Forty beds have opened")]),
    ('Portal\n\n"The portal has cut waits by half," said Director, Data and e-Services, Oren Vasquel.\n',
     [("Oren Vasquel", "person", "said", "The portal has cut waits by half")]),
    ('Staff\n\n"Turnover fell to 9% last year," said Head, People and Well-being Ria Darrow, at the meeting.\n',
     [("Ria Darrow", "person", "said", "Turnover fell to 9% last year")]),
    ('Staff\n\n"Turnover fell to 9% last year," said Head of People, Ria Darrow.\n',
     [("Ria Darrow", "person", "said", "Turnover fell to 9% last year")]),
])
def test_an_inverted_cue_before_a_post_with_a_remit_joined_by_and(text: str,
                                                                   expected: list[tuple[str, str, str, str]]) -> None:
    """`"...," said Director, A and B Jo Roe.`: Jo Roe, with or without a comma after the remit."""
    assert cued_rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Base\n\nFormer Royal Signals corporal Tam Ewart said the base had been neglected for years.\n",
     [("Tam Ewart", "person", "said", "the base had been neglected for years")]),
    ("Kit\n\nFormer Parachute Regiment sergeant Dale Morrick, 61, said the new kit was far lighter.\n",
     [("Dale Morrick", "person", "said", "the new kit was far lighter")]),
    ('Case\n\n"The case was mishandled from the start," said ex-Met detective Lorna Haskett.\n',
     [("Lorna Haskett", "person", "said", "The case was mishandled from the start")]),
    ("Memorial\n\nThe memorial will open in May, retired Black Watch captain Iain Dunlevy said.\n",
     [("Iain Dunlevy", "person", "said", "The memorial will open in May")]),
    ("Force\n\nFormer Harbridge Police inspector Carl Bewley told the Harbury Post the force was 200 officers short.\n",
     [("Carl Bewley", "person", "told", "the force was 200 officers short")]),
])
def test_a_unit_before_a_rank_noun_before_the_name(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """`Former Royal Signals corporal Jo Roe said`: the person, never the unit."""
    assert cued_rows(text) == expected
