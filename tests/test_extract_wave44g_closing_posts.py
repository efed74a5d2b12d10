"""Wave 44g: a cue after the content, then the speaker's name and a bare post that ends the sentence (issue 8).

`Membership rose 6 percent over last year, says Dana Whitlow, club president.`: American press writing sets the
speaker's post after the name without an article (`club president`, `HCC registrar`, `Fenwick College provost`),
the post ending the sentence. The inverted cue read the apposition only when it opened on an article, a possessive
or `director of`; a bare post at the end lost the whole sentence. A post of up to three words before a role word
(`patterns._BARE_POST_END`), two roles joined by `and` too, now ends the apposition; `registrar` and `provost` are
roles (`data/roles.txt`).

Every party and sentence is invented; each case asserts a text's whole table.
"""
from __future__ import annotations

from extract_rows import cued_rows


def test_a_bare_post_after_a_present_cue() -> None:
    text = "Membership rose 6 percent over last year, says Dana Whitlow, club president."
    assert cued_rows(text) == [("Dana Whitlow", "person", ", says", "Membership rose 6 percent over last year")]


def test_a_post_with_a_body_s_letters() -> None:
    text = "Enrolment at the college climbed to 3,900 this autumn, said Omar Feld, HCC registrar."
    assert cued_rows(text) == [("Omar Feld", "person", ", said",
                                "Enrolment at the college climbed to 3,900 this autumn")]


def test_a_post_with_a_capitalised_body_name() -> None:
    text = "The library will open on Sundays from June, says Rhea Castell, Fenwick College provost."
    assert cued_rows(text) == [("Rhea Castell", "person", ", says", "The library will open on Sundays from June")]


def test_two_posts_joined() -> None:
    text = "Freight volumes fell for a third quarter, said Lars Oden, president and chief executive."
    assert cued_rows(text) == [("Lars Oden", "person", ", said", "Freight volumes fell for a third quarter")]


def test_a_role_alone() -> None:
    text = "Ticket sales reached a record 9,000, said Ivo Brandt, treasurer."
    assert cued_rows(text) == [("Ivo Brandt", "person", ", said", "Ticket sales reached a record 9,000")]


