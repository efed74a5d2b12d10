"""Wave 50w: a colon lead-in whose subject is `the other` parties of a kind (`The other three local firms named were:`,
`The other four announcing payouts were:`) lists peers of the party just named, so its items are never that party's
(the body in focus): the lead-in's own words speak, unresolved. A lead-in of `the other` things (`The other measures
are:`) is still the body's in focus."""
from tests.extract_rows import cued_rows


def test_other_credit_unions_are_not_the_one_in_focus() -> None:
    text = ("Tollbridge Savings Credit Union said on Monday it would return $2 million to members, its first payout "
            "since 2019.\n\n"
            "The other three paying dividends were:\n"
            "- Fenwick Valley Credit Union, Fenwick, Ore. ($1.2 billion in assets), paid $1.4 million on Dec. 12.\n"
            "- Harrowfield Teachers Credit Union, Joplin, Mo. ($705 million in assets), will pay $900,000 by Jan. 31.\n")
    assert cued_rows(text) == [
        ("Tollbridge Savings Credit Union", "organisation", "said",
         "it would return $2 million to members, its first payout since 2019"),
        ("The other three paying dividends", "unresolved", "were:",
         "Fenwick Valley Credit Union, Fenwick, Ore. ($1.2 billion in assets), paid $1.4 million on Dec. 12"),
        ("The other three paying dividends", "unresolved", "were:",
         "Harrowfield Teachers Credit Union, Joplin, Mo. ($705 million in assets), will pay $900,000 by Jan. 31"),
    ]


def test_other_firms_named_are_not_the_firm_quoted() -> None:
    text = ("The Office for Fair Pay named 212 employers on Tuesday for paying less than the legal minimum.\n\n"
            "Corby Lane Bakery, which owed £3,100 to six staff, said it had paid every worker back.\n\n"
            "The other three local firms named were:\n"
            "- Ashgrove Haulage Ltd, Stockfield – £6,200 owed to 31 workers\n"
            "- Pennock Care Services, Marston – £4,900 owed to 22 workers\n")
    assert cued_rows(text) == [
        ("Corby Lane Bakery", "organisation", "said", "it had paid every worker back"),
        ("The other three local firms named", "unresolved", "were:",
         "Ashgrove Haulage Ltd, Stockfield – £6,200 owed to 31 workers"),
        ("The other three local firms named", "unresolved", "were:",
         "Pennock Care Services, Marston – £4,900 owed to 22 workers"),
    ]


def test_other_measures_stay_the_council_s() -> None:
    text = ("Marlow Vale Council said it would cut parking charges in the town centre from April.\n\n"
            "The other measures are:\n"
            "- free parking on Sundays in all council car parks\n"
            "- 40 new electric charging points by the end of the year\n")
    assert cued_rows(text) == [
        ("Marlow Vale Council", "organisation", "said", "it would cut parking charges in the town centre from April"),
        ("Marlow Vale Council", "organisation", "are:", "free parking on Sundays in all council car parks"),
        ("Marlow Vale Council", "organisation", "are:", "40 new electric charging points by the end of the year"),
    ]
