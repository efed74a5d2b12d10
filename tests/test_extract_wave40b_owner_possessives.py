"""Wave 40b: a one-word name with `'s` after `the` or after `from`/`in`/`into`/`on` owns the word after it, even when
that word may be a cue verb (`the Inspectorate's report, published today`, `identified from Brockley's records.`): the
body is `Inspectorate`, never a party named `Inspectorate's` that the list below it, or a later `the company said`,
would then be given to. A house name that a verb follows (`Marlowe's said`, `Staff at Marlowe's said`) stays a name."""
from tests.extract_rows import cued_rows

INSPECTORATE = """Tarnmouth Prison works through inspection findings

The Justice Department says Tarnmouth Prison has finished most of the work asked of it by the Prisons Inspectorate.

Of the 30 recommendations in the Inspectorate's report, published today, 21 have been completed, the department says.

The Inspectorate found that:

• prisoners in the east wing had an average of 3 hours out of their cells a day;
• the prison had 44 officer vacancies at the time of the inspection.
"""

RECORDS = """Brockley Motors will refund customers under a settlement with the state attorney general.

Refunds will go to buyers identified from Brockley's records. In a court filing, the company said it had already \
changed its sales practices and had refunded 600 customers.
"""

HOUSE_NAME = """Marlowe's said sales rose by 4% in the six weeks to January.

Staff at Marlowe's said the new tills had cut queues.
"""


def test_a_possessive_after_the_owns_its_noun() -> None:
    assert cued_rows(INSPECTORATE)[-2:] == [
        ("Prisons Inspectorate", "inspectorate", "found that",
         "prisoners in the east wing had an average of 3 hours out of their cells a day"),
        ("Prisons Inspectorate", "inspectorate", "found that",
         "the prison had 44 officer vacancies at the time of the inspection"),
    ]


def test_a_possessive_after_from_owns_its_noun() -> None:
    assert cued_rows(RECORDS)[-1] == (
        "Brockley Motors", "organisation", "said", "had refunded 600 customers")


def test_a_house_name_before_a_verb_stays_a_name() -> None:
    assert [row[0] for row in cued_rows(HOUSE_NAME)] == ["Marlowe's", "Marlowe's"]
