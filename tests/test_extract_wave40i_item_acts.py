"""Wave 40i: a list item under a party's lead-in that opens with another party and a verb of taking or turning down
(`- the Harbour Party accepted £5.2m`, `- the Vale Union rejected two loans`) tells what that party did: the item is
the lead-in party's claim about it, kept whole. An item whose party reports (`- The Dock Ministry reports ...`) or
accepts a statement (`accepted that ...`) still speaks for itself."""
from tests.extract_rows import cued_rows

FIGURES = """Ledger Office | News release

Parties took £9.1 million in spring, Ledger Office says

The Ledger Office's figures show:
• the Harbour Party accepted £5,204,000, of which £410,000 was public funding;
• the Vale Union rejected two loans worth £120,000 from unregistered lenders;
• the Copper Alliance accepted that three of its returns were late.
"""

REPORTS = """Ledger Office | News release

Wells survey published

The Ledger Office's figures show:
• The Dock Ministry reports 310 wells failed a test in May.
• Some 42 wells were closed for repairs.
"""


def test_taking_verbs_leave_the_item_to_the_lead_in() -> None:
    assert cued_rows(FIGURES) == [
        ("Ledger Office", "organisation", "show",
         "the Harbour Party accepted £5,204,000, of which £410,000 was public funding"),
        ("Ledger Office", "organisation", "show",
         "the Vale Union rejected two loans worth £120,000 from unregistered lenders"),
        ("Copper Alliance", "organisation", "accepted", "three of its returns were late"),
    ]


def test_a_reporting_item_keeps_its_own_party() -> None:
    assert cued_rows(REPORTS) == [
        ("Dock Ministry", "organisation", "reports", "310 wells failed a test in May"),
        ("Ledger Office", "organisation", "show", "Some 42 wells were closed for repairs"),
    ]
