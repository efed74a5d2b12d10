"""Two councils in one text: `the council` means the one the paragraph just made its sentence's subject (`Fenbridge
City Council has published its figures.`), not the one that spoke earlier; a council named only as a person's
employer (`X Council chair Jo Roe said`) or in passing is no subject, and the reference is read as before (wave 45d)."""
from claims.extract.entities import Mention
from claims.extract.speakers.subject_bodies import opens_as_subject, subject_named_before, two_bodies_of_head
from tests.extract_rows import rows

TWO_COUNCILS = """Offer day: how the councils did

Dunmere Borough Council says 88% of its 2,100 applicants got their first preference. The council said it had added 150 places this year.

Corvell City Council has published its figures. Of 4,300 applicants, 70% were offered their first choice.

The council said 212 children had not been offered any of their preferences.
"""


def test_the_council_after_a_council_opened_the_paragraph_before_is_that_council() -> None:
    assert rows(TWO_COUNCILS) == [
        ("Dunmere Borough Council", "organisation", "88% of its 2,100 applicants got their first preference"),
        ("Dunmere Borough Council", "organisation", "it had added 150 places this year"),
        ("Corvell City Council", "organisation", "212 children had not been offered any of their preferences"),
    ]


EMPLOYER = """Marrow Vale Council defended its gritting record on Monday.

Ellery Community Council chair Tom Brisk said residents had logged 37 complaints in a fortnight.

In a statement, the council said its 31 gritters had spread 18,000 tonnes of salt since November.
"""


def test_a_council_named_as_its_chair_employer_is_no_subject() -> None:
    assert rows(EMPLOYER)[-1] == ("the council", "unresolved",
                                  "its 31 gritters had spread 18,000 tonnes of salt since November")


def test_a_name_opening_its_sentence_before_a_verb_is_a_subject() -> None:
    text = "Results are in. Corvell City Council has published its figures."
    start = text.index("Corvell")
    assert opens_as_subject(text, Mention(start, start + 20, "Corvell City Council", "org"))


def test_a_name_inside_its_sentence_is_no_subject() -> None:
    text = "Members of Kelby Building Society voted to join Arnsworth Building Society."
    start = text.index("Arnsworth")
    assert not opens_as_subject(text, Mention(start, start + 26, "Arnsworth Building Society", "org"))


def test_a_subject_three_paragraphs_back_is_too_far() -> None:
    text = "Corvell City Council has published its figures.\n\nA.\n\nB.\n\nThe council said"
    start = text.index("The council")
    assert subject_named_before(text, [Mention(0, 20, "Corvell City Council", "org")], start, "council") is None
    near = "Corvell City Council has published its figures.\n\nThe council said"
    assert subject_named_before(near, [Mention(0, 20, "Corvell City Council", "org")], near.index("The council"),
                                "council") == Mention(0, 20, "Corvell City Council", "org")


def test_two_subjects_of_one_head_in_one_paragraph_leave_either_meant() -> None:
    text = "Hollin Borough Council approved it. Tarrow Borough Council objected.\n\nThe council said"
    bodies = [Mention(0, 22, "Hollin Borough Council", "org"), Mention(36, 58, "Tarrow Borough Council", "org")]
    assert subject_named_before(text, bodies, text.index("The council"), "council") is None


def test_one_body_of_the_head_is_left_to_the_rules_before() -> None:
    text = "Tenants complained to their housing association. The Oakway Residents' Association has 40 members.\n\nThe association said"
    start = text.index("Oakway")
    oakway = Mention(start, start + 29, "Oakway Residents' Association", "org")
    assert not two_bodies_of_head([oakway], text.index("The association"), "association")
