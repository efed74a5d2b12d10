"""Wave 43d: a document's title whose last capitalised words read as a party. The name reader cuts a title at its
lower-case joining words, so `the Guild's annual State of the Trade report` left `Trade` and `The guidance, Working
Safely on Tidal Crossings, advises` left `Tidal Crossings`, a body that then spoke for the document. A title before a
document's noun after an owner's possessive or a determiner, and a title set off by commas after a document's noun
that opens its sentence (or named there by `titled`, `entitled`, `called`: `The report, titled Behind Doors,
found`), name no party: the document speaks as it would without its title. A body's name whole before a document's
noun, a body set off by commas after `In a statement`, an aside naming a body, a review `by` a firm and a name
`called` after a person's post are read as before."""
from tests.extract_rows import cued_rows

GUILD = "Brackwater Diners Guild"


def test_title_with_joining_words_after_an_owner() -> None:
    text = ("Diners in Brackwater spent more last year, according to the Brackwater Diners Guild's annual State of the "
            "Trade report published today.\n\nThe report shows that 400 cafes employed 9,100 people at the end of "
            "the year.\n")
    assert cued_rows(text) == [
        (GUILD, "organisation", "according to", "Diners in Brackwater spent more last year"),
        (GUILD, "organisation", "shows that", "400 cafes employed 9,100 people at the end of the year"),
    ]


def test_title_with_joining_words_after_a_determiner() -> None:
    text = ("The Brackwater Diners Guild published its yearly figures on Monday.\n\nThe latest Counting the Kitchens "
            "report found that 31 cafes closed in the spring.\n")
    assert cued_rows(text) == [(GUILD, "organisation", "found that", "31 cafes closed in the spring")]


def test_title_in_commas_after_the_document() -> None:
    text = ("The Fenlow Society of Ferry Pilots has issued new guidance.\n\nThe guidance, Working Safely on Tidal "
            "Crossings, advises that pilots log every crossing. It states that no ferry may sail in winds above 40 "
            "knots.\n")
    assert cued_rows(text) == [
        ("The guidance", "unresolved", "advises that", "pilots log every crossing"),
        ("The guidance", "unresolved", "states that", "no ferry may sail in winds above 40 knots"),
    ]


def test_body_in_commas_after_in_a_statement_still_speaks() -> None:
    text = ("Tarrow Council closed the bridge on Friday.\n\nIn a statement, Friends of the Marsh, which campaigns for "
            "the wetland, said 40 swans had nested there.\n")
    assert cued_rows(text) == [("Friends of the Marsh", "organisation", "said", "40 swans had nested there")]


def test_body_whole_before_a_report_still_speaks() -> None:
    text = "According to the Office for Harbour Statistics report, 41 ferries were withdrawn last year.\n"
    assert cued_rows(text) == [
        ("Office for Harbour Statistics", "organisation", "According to", "41 ferries were withdrawn last year"),
    ]


def test_review_by_a_firm_and_a_unit_unchanged() -> None:
    assert cued_rows("The review, by Fenlow Consulting, found that 12 ferries were unsafe.\n") == [
        ("Fenlow Consulting", "organisation", "found that", "12 ferries were unsafe"),
    ]
    assert cued_rows("Figures published by Tarrow Council show that its Food Safety team made 41 inspections in "
                     "May.\n") == [
        ("Tarrow Council", "organisation", "show that", "its Food Safety team made 41 inspections in May"),
    ]


def test_aside_naming_a_body_unchanged() -> None:
    assert cued_rows("The report, Tarrow Council said, found that 12 bridges were unsafe.\n") == [
        ("Tarrow Council", "organisation", "said", "The report, Tarrow Council said, found that 12 bridges were unsafe"),
    ]


def test_title_named_by_titled_after_the_document() -> None:
    text = ("The Pennel Debt Collective surveyed 600 tenants in October.\n\nThe Pennel Debt Collective said rents rose "
            "9%.\n\nThe collective's report, titled Behind Doors, also found that one in four had skipped meals.\n")
    assert cued_rows(text) == [
        ("Pennel Debt Collective", "organisation", "said", "rents rose 9%"),
        ("Pennel Debt Collective", "organisation", "found that", "one in four had skipped meals"),
    ]


def test_called_after_a_person_unchanged() -> None:
    text = ("The Pennel Debt Collective surveyed 600 tenants in October.\n\nThe group's chair, called Ann Rowe by "
            "everyone, said rents rose 9% in a year.\n")
    assert cued_rows(text) == [("The group's chair", "person", "said", "rents rose 9% in a year")]
