"""Wave 42e: claims found in no row on real pages, in four phenomena.

- An act told in the perfect (`The Harbour Board has confirmed a leak`): the row opening on its cue word starts at the
  auxiliary (`perfect_auxiliaries`).
- A person's colon cue over a paragraph of her words that never speaks as `I` or `we` (`Tom Brill, Director of
  Research at X, said:`, then plain sentences): her claims (`attribution/unquoted_speech`).
- A response frame whose answering person carries a post set off by commas (`Responding to X figures, which showed A,
  Tom Brill, Director of Research at Y, said:`): the source's claim ends before the person (`attribution/shapes`).
- An attribution header whose title ends at its comma (`Quotes attributable to Varden Union Secretary, Ola Brink:`)
  names the person after the comma (`attribution/attributed_statements`).
- A post's remit listed with commas before its holder (`the Minister for Fisheries, Forests and the Coast Orla Venn
  said:`): one name (`portfolio_titles`, wave 42a's twin rule kept at the merge, read by `entities.joined_runs`), whose commas end no clause (`speakers/clauses`).
- A cue quoting part of the words (`The board said in part: "..."`): the quotation is the board's
  (`attribution/patterns.SPEECH_BEFORE_RE`).
"""
from claims.extract.portfolio_titles import joins_portfolio
from tests.extract_rows import cued_rows


def test_perfect_auxiliary_opens_the_act():
    text = "The Harbour Board has confirmed a leak at its east pier in Quenby.\n"
    assert cued_rows(text) == [
        ("Harbour Board", "organisation", "confirmed", "has confirmed a leak at its east pier in Quenby"),
    ]


def test_perfect_auxiliary_plural_bodies():
    text = ("The Quenby Tenants Union said rents rose by 9% last year.\n\n"
            "The Quenby Tenants Union have criticised the repair backlog at Holm Court.\n")
    assert cued_rows(text)[-1][3].startswith("have criticised the repair backlog")


def test_no_auxiliary_stays_as_it_was():
    text = "The Harbour Board confirmed a leak at its east pier in Quenby.\n"
    assert cued_rows(text) == [
        ("Harbour Board", "organisation", "confirmed", "confirmed a leak at its east pier in Quenby"),
    ]


def test_that_clause_after_the_perfect_keeps_its_start():
    text = "The Harbour Board has said that the east pier will reopen in May.\n"
    assert [row[3] for row in cued_rows(text)] == ["the east pier will reopen in May"]


def test_colon_cue_over_plain_words_of_a_person():
    text = ("Tom Brill, Director of Research at the Orland Shops Council, said:\n\n"
            "March sales fell because of the cold weather on the coast. "
            "Garden furniture sold poorly across the region.\n")
    assert cued_rows(text) == [
        ("Tom Brill", "person", "said", "March sales fell because of the cold weather on the coast."),
        ("Tom Brill", "person", "said", "Garden furniture sold poorly across the region."),
    ]


def test_colon_cue_over_a_quotation_stays_as_it_was():
    text = ("Tom Brill, Director of Research at the Orland Shops Council, said:\n\n"
            "\u201cMarch sales fell because of the cold weather on the coast.\u201d\n")
    assert cued_rows(text) == [
        ("Tom Brill", "person", "said", "March sales fell because of the cold weather on the coast."),
    ]


def test_plain_paragraph_reporting_another_party_is_not_hers():
    text = ("Tom Brill, Director of Research at the Orland Shops Council, said:\n\n"
            "The Vellmark Union said March sales fell because of the cold weather.\n")
    assert [row[0] for row in cued_rows(text)] == ["Vellmark Union"]


def test_response_frame_with_a_post_in_commas():
    text = ("Responding to the Vellmark Council figures, which showed sales down 2.1% by value, Tom Brill, Director "
            "of Research at the Orland Shops Council, said:\n\n"
            "March sales fell because of the cold weather on the coast.\n")
    assert cued_rows(text) == [
        ("Vellmark Council", "organisation", "which showed", "sales down 2.1% by value"),
        ("Tom Brill", "person", "said", "March sales fell because of the cold weather on the coast."),
    ]


def test_attribution_header_with_title_before_comma():
    text = ("Quotes attributable to Varden Union Secretary, Ola Brink:\n\n"
            "\u201cWorkers are tired of waiting.\u201d\n\n"
            "\u201cPay has been flat for three years and rents rose by a fifth.\u201d\n")
    assert [(row[0], row[1], row[3]) for row in cued_rows(text)] == [
        ("Ola Brink", "person", "Workers are tired of waiting."),
        ("Ola Brink", "person", "Pay has been flat for three years and rents rose by a fifth."),
    ]


def test_attribution_header_naming_a_body_stays_unclaimed():
    text = ("Quotes attributable to the Varden Union:\n\n"
            "\u201cWorkers are tired of waiting for the pay review.\u201d\n")
    assert all(row[0] != "Varden Union" or row[1] != "person" for row in cued_rows(text))


def test_remit_listed_with_commas_before_the_holder():
    text = ("Speaking at the launch of the report, the Minister for Fisheries, Forests and the Coast Orla Venn said: "
            "\"Last year marked the fifth year of growth for Quenby exports.\"\n")
    assert cued_rows(text) == [
        ("Orla Venn", "person", "said:", "Last year marked the fifth year of growth for Quenby exports."),
    ]


def test_remit_list_without_the_before_its_last_field():
    text = "The Minister for Ports, Roads and Rail Jo Brisk said: \"Ferry crossings rose by 8% last year.\"\n"
    assert cued_rows(text) == [("Jo Brisk", "person", "said:", "Ferry crossings rose by 8% last year.")]


def test_two_people_after_a_post_are_not_a_remit_list():
    """The merged wave 42 reads a remit list by wave 42a's `portfolio_titles` (42e's twin `remit_lists` removed)."""
    two_people = "Minister for Ports, Jo Brisk and Al Vane said"
    no_for = "Chair of Quenby Ports, Roads and the Rail Jo Brisk said"
    remit = "Minister for Ports, Roads and the Rail Jo Brisk said"
    assert not joins_portfolio(two_people, "Minister for Ports", 18)
    assert not joins_portfolio(no_for, "Chair of Quenby Ports", 21)
    assert joins_portfolio(remit, "Minister for Ports", 18)


def test_perfect_auxiliary_before_a_cue_of_two_words():
    text = "The Holm Traders Guild has confirmed that 14 of its members closed in March.\n"
    assert cued_rows(text) == [
        ("Holm Traders Guild", "organisation", "confirmed that",
         "has confirmed that 14 of its members closed in March"),
    ]


def test_response_frame_answering_figures_with_no_owner():
    text = ("Responding to the latest Vellmark Retail Index figures, which showed sales down 2.1% by value, Tom Brill, "
            "Director of Research at the Orland Shops Council, said:\n\n"
            "March sales fell because of the cold weather on the coast.\n")
    assert cued_rows(text) == [
        ("the latest vellmark retail index figures", "document", "which showed", "sales down 2.1% by value"),
        ("Tom Brill", "person", "said", "March sales fell because of the cold weather on the coast."),
    ]


def test_attribution_header_with_a_long_title_before_comma():
    text = ("Quotes attributable to Varden Shopworkers Union Secretary, Ola Brink:\n\n"
            "\u201cShop staff have lost six paid hours a week since January.\u201d\n")
    assert [(row[0], row[1], row[3]) for row in cued_rows(text)] == [
        ("Ola Brink", "person", "Shop staff have lost six paid hours a week since January."),
    ]


def test_cue_quoting_in_part():
    text = ("The Harbour Board published its quarterly report on Monday.\n\n"
            "The board said in part: \"The board recorded 4,100 vessel calls, up 9% on the last quarter.\"\n")
    assert cued_rows(text) == [
        ("Harbour Board", "organisation", "said in part:",
         "The board recorded 4,100 vessel calls, up 9% on the last quarter."),
    ]


def test_in_part_inside_a_clause_is_no_cue_tail():
    text = "The Harbour Board said the rise was due in part to new ferry routes to Quenby.\n"
    assert cued_rows(text) == [
        ("Harbour Board", "organisation", "said", "the rise was due in part to new ferry routes to Quenby"),
    ]
