"""Wave 39b: what a ruling body does in its own name (`attribution/ruling_acts`). A sentence with no reporting cue
whose subject is an inspectorate, or a body its name or the text shows as one, and whose first verb directs another
party (`has ordered X to`, `directed X to:`) or rules on its complaints (`upheld 38% of the complaints`) is that
body's claim from its verb on; a directions lead-in ending in `to:` hands the body the items below it. A company, a
person, a document or a second verb keeps the older readings."""
from tests.extract_rows import cued_rows

DIRECTIONS = """The Pellow Standards Authority has directed Brindle Foods to:

- withdraw the two labels within 14 days;
- publish a correction on its website; and
- report its sampling results to the authority every quarter.
"""


def test_directions_lead_in_hands_the_items_to_the_regulator() -> None:
    """`X has directed Y to:` before bullets: each item is X's claim."""
    assert cued_rows(DIRECTIONS) == [
        ("Pellow Standards Authority", "inspectorate", "has directed Brindle Foods to",
         "withdraw the two labels within 14 days"),
        ("Pellow Standards Authority", "inspectorate", "has directed Brindle Foods to",
         "publish a correction on its website"),
        ("Pellow Standards Authority", "inspectorate", "has directed Brindle Foods to",
         "report its sampling results to the authority every quarter"),
    ]


def test_inline_order_is_the_regulators_claim() -> None:
    """`X has ordered Y to Z` with no cue: the order, from its verb on, is X's claim."""
    text = "The Quarry Standards Authority has ordered Tallis Aggregates to fence the north pit by March.\n"
    assert cued_rows(text) == [
        ("Quarry Standards Authority", "inspectorate", "has ordered Tallis Aggregates to",
         "has ordered Tallis Aggregates to fence the north pit by March"),
    ]


def test_share_of_complaints_upheld_keeps_its_pronoun() -> None:
    """`It upheld 38% of the complaints it resolved` after the ombudsman spoke: the ombudsman's, `It` kept."""
    text = ("The Energy Ombudsman Service said it received 4,210 complaints in the year.\n\n"
            "It upheld 38% of the complaints it resolved, against 31% a year before.\n")
    assert cued_rows(text) == [
        ("Energy Ombudsman Service", "inspectorate", "said", "it received 4,210 complaints in the year"),
        ("Energy Ombudsman Service", "inspectorate", "upheld 38% of the complaints",
         "It upheld 38% of the complaints it resolved, against 31% a year before"),
    ]


def test_company_that_orders_keeps_no_claim() -> None:
    """A company that orders its staff to act is narrated, not ruling."""
    text = "Tallis Aggregates has ordered its drivers to slow down near the school.\n"
    assert cued_rows(text) == []


def test_document_that_requires_keeps_no_claim() -> None:
    """`The notice required X to` names a document, not a body acting: no act is read."""
    text = ("The Quarry Standards Authority served a notice last week.\n\n"
            "The notice required Tallis Aggregates to fence the north pit.\n")
    assert cued_rows(text) == []


def test_second_verb_is_no_act_of_the_subject() -> None:
    """`X fined Y and ordered it to` is left as it was read: the order is no first verb of its subject."""
    text = "The Quarry Standards Authority fined Tallis Aggregates £9,000 and ordered it to fence the pit.\n"
    assert cued_rows(text) == []


def test_upheld_complaint_in_a_lead_is_the_regulators_claim() -> None:
    """`X has upheld a complaint that Y ...` with no cue: the ruling is X's claim from its verb on."""
    text = ("The Airwaves Standards Authority has upheld a complaint that a breakfast programme misled listeners"
            " about tolls.\n")
    assert cued_rows(text) == [
        ("Airwaves Standards Authority", "inspectorate", "has upheld a complaint",
         "has upheld a complaint that a breakfast programme misled listeners about tolls"),
    ]


def test_ordered_lead_in_before_numbered_items() -> None:
    """`The ombudsman ordered Y to:` before numbered items, the ombudsman's office named before: each item is its."""
    text = ("The Lettings Ombudsman Service found failings in how Dunmore Lets handled the case.\n\n"
            "The Lettings Ombudsman Service ordered Dunmore Lets to:\n\n"
            "1. repay the tenant's deposit of £1,150;\n"
            "2. review its inventory checks within eight weeks.\n")
    assert cued_rows(text) == [
        ("Lettings Ombudsman Service", "inspectorate", "found",
         "found failings in how Dunmore Lets handled the case"),
        ("Lettings Ombudsman Service", "inspectorate", "ordered Dunmore Lets to",
         "repay the tenant's deposit of £1,150"),
        ("Lettings Ombudsman Service", "inspectorate", "ordered Dunmore Lets to",
         "review its inventory checks within eight weeks"),
    ]
