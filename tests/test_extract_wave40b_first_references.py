"""Wave 40b: a reference noun the text first used right after naming a body (`Tarnwick Support Service cut its
waits ... . The agency received 4,100 claims.`) keeps meaning that body further down (`The agency said ...`), even when
another body, whose own head is no such noun, was named or spoke in between (a foundation beside `the charity`, a
commission beside `the agency`). A noun that heads a body's own name, or a first use in the claim's own paragraph,
is read as before."""
from tests.extract_rows import cued_rows

AGENCY = """Tarnwick Support Service took a median of 41 days to decide a claim in the summer, down from 66 days a year \
earlier, figures published on Monday show.

The agency received 4,100 new claims in the quarter and made 3,870 decisions.

The Osterby Budget Commission has forecast that spending on the payment will reach £2.4 billion by 2030.

The agency said the median time for a review was 29 days in August.
"""

CHARITY = """Bramble Hearts Network today announced £2.2 million for nine research projects, the largest round in the \
charity's 30-year history.

Three of the awards are funded jointly with the Oakhurst Family Foundation.

The charity said the round had drawn 84 applications, up from 52 last year.
"""

ORGANIZATION = """Lantern Road Partners, the county's largest resettlement nonprofit, announced today that it will close \
its Eastbrook office in March.

The organization settled 640 families last year, up from 510 the year before.

Board chair Ivo Marsh said the board had kept the Westgate office open after the Quillon Foundation pledged $90,000.

Since June, more than 200 volunteers have signed up to drive families to appointments, the organization said.
"""

OWN_HEAD = """Tarnwick Support Service took a median of 41 days to decide a claim in the summer, down from 66 days a year \
earlier, figures published on Monday show.

The agency received 4,100 new claims in the quarter and made 3,870 decisions.

The Osterby Benefits Agency has forecast that spending on the payment will reach £2.4 billion by 2030.

The agency said the median time for a review was 29 days in August.
"""

SAME_PARAGRAPH = """Bramble Hearts Network today announced £2.2 million for nine research projects.

The Oakhurst Family Foundation gave £400,000 of it. The charity said it would fund a second round next year.
"""


def test_agency_first_used_after_its_name_keeps_meaning_it() -> None:
    assert cued_rows(AGENCY)[-1] == (
        "Tarnwick Support Service", "organisation", "said", "the median time for a review was 29 days in August")


def test_charity_first_used_in_the_lead_keeps_meaning_it() -> None:
    assert cued_rows(CHARITY)[-1] == (
        "Bramble Hearts Network", "organisation", "said", "the round had drawn 84 applications, up from 52 last year")


def test_organization_after_a_funder_is_still_the_nonprofit() -> None:
    assert cued_rows(ORGANIZATION)[-1] == (
        "Lantern Road Partners", "organisation", "said",
        "Since June, more than 200 volunteers have signed up to drive families to appointments")


def test_a_body_whose_own_head_is_the_noun_is_read_as_before() -> None:
    assert cued_rows(OWN_HEAD)[-1][0] == "Osterby Benefits Agency"


def test_a_first_use_in_the_claims_own_paragraph_is_read_as_before() -> None:
    assert cued_rows(SAME_PARAGRAPH)[-1] == (
        "Oakhurst Family Foundation", "organisation", "said", "it would fund a second round next year")


COMPANY_BEFORE = """Ferncastle Kettle Co. received at least 40 reports of its kettles overheating, according to a \
statement from the standards commission. The agency said the company waited nine months to report them.

Ferncastle will pay a penalty of $2 million.

The agency said about 25% of the recalled kettles had been returned.
"""


def test_a_company_is_never_what_a_public_bodys_noun_first_meant() -> None:
    assert cued_rows(COMPANY_BEFORE)[-1] == (
        "the standards commission", "unresolved", "said", "about 25% of the recalled kettles had been returned")


SUBJECT_BEFORE = """The Tenancy Ombudsman has upheld 9 complaints against Ashcroft Homes after examining how the landlord \
dealt with reports of damp.

Ashcroft Homes said it had hired 12 more surveyors since March.

The landlord said the average wait for an inspection had fallen to 10 days.
"""


def test_a_first_use_after_another_subject_in_its_own_sentence_binds_nothing() -> None:
    assert cued_rows(SUBJECT_BEFORE)[-1] == (
        "Ashcroft Homes", "organisation", "said", "the average wait for an inspection had fallen to 10 days")
