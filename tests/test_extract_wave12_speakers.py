"""Who is credited with a claim (wave 12): two sides and joint statements, phenomena that recur across the blind
sets, each tested on short texts written for this test (other bodies, other names, other word orders), with cases
where the mechanism must not fire. Each case gives the whole table as (speaker, speaker_kind, quote) rows."""
import pytest

from extract_rows import rows


# --- A one-word party takes a side ------------------------------------------------------------------------------
# The phenomenon: a text gives one body's claims, then another party answers, and the writer names that party with
# a single capitalised word opening a sentence (`Acorn disagreed.`, `Unite has criticised the plan.`) that the
# name-reader never takes for a name (it could be a common word at the start of a sentence). The focus stays on the
# first body, so the answering party's `it said` or `a spokesperson said` is given to the first body. Other writers
# describe the party first (`The tenants' union, Acorn, disputed ...`), put a relative clause after it (`Unite,
# which represents the drivers, has called a strike`), or name a group (`Campaigners rejected ...`): the first body
# never takes the claim after it.

def test_it_after_a_one_word_party_that_disagreed_is_that_party() -> None:
    text = ("Talbot Homes said 60% of the flats would be affordable.\n\n"
            "Acorn disagreed. Only 20% would be let at social rents, it said, and rents had risen by 9%.\n")
    assert rows(text) == [
        ("Talbot Homes", "organisation", "60% of the flats would be affordable"),
        ("Acorn", "organisation", "Only 20% would be let at social rents"),
        ("Acorn", "organisation", "rents had risen by 9%")]


def test_a_described_one_word_party_is_the_subject_too() -> None:
    text = ("Morland Rail said 92% of trains ran on time in May.\n\n"
            "The passenger group, Railfuture, disputed the figure. It said one train in five was late at peak times.\n")
    assert rows(text) == [
        ("Morland Rail", "organisation", "92% of trains ran on time in May"),
        ("Railfuture", "organisation", "one train in five was late at peak times")]


def test_a_spokesperson_after_another_party_is_not_the_first_body() -> None:
    text = ("Harwood Logistics said demand had fallen by 30%.\n\n"
            "Unite, which represents drivers at the depot, has called a ballot. A spokesperson said 140 jobs were at "
            "risk.\n")
    assert rows(text) == [
        ("Harwood Logistics", "organisation", "demand had fallen by 30%"),
        ("a spokesperson", "unresolved", "140 jobs were at risk")]


def test_a_group_that_takes_a_side_leaves_it_unresolved() -> None:
    text = ("Brackley Water said it had cut leaks by 12% this year.\n\n"
            "Campaigners disputed that. It said sewage had been discharged for 4,000 hours.\n")
    assert rows(text) == [
        ("Brackley Water", "organisation", "it had cut leaks by 12% this year"),
        ("it", "unresolved", "sewage had been discharged for 4,000 hours")]


@pytest.mark.parametrize("opening", [
    "Demand recovered in the spring.",  # no side taken: a common word opening a sentence
    "Staff were told on Monday.",
    "Coroner warns care homes.",  # a role, never a body of its own
    "However, this disputed figure was not published.",
])
def test_no_side_is_taken_and_the_body_keeps_its_claims(opening: str) -> None:
    text = f"Harwood Logistics said demand had fallen by 30%.\n\n{opening} It said 140 jobs would go.\n"
    assert rows(text) == [
        ("Harwood Logistics", "organisation", "demand had fallen by 30%"),
        ("Harwood Logistics", "organisation", "140 jobs would go")]


def test_a_person_named_before_is_no_body() -> None:
    text = ("Jo Albrecht, who chairs the Tenants Forum, said rents rose by 9%.\n\n"
            "Talbot Homes said 60% of the flats would be affordable.\n\n"
            "Albrecht disputed that. She said only 20% would be let at social rents.\n")
    assert rows(text) == [
        ("Jo Albrecht", "person", "rents rose by 9%"),
        ("Talbot Homes", "organisation", "60% of the flats would be affordable"),
        ("Jo Albrecht", "person", "only 20% would be let at social rents")]


# --- A joint statement --------------------------------------------------------------------------------------------
# The phenomenon: two bodies issue one statement, and the text joins their names with `and` before the cue. When one
# of them is a single word the name-reader cannot place (`Acorn`), the whole run named nobody and the claim was lost;
# when the statement is described (`in a joint statement:`, `in an open letter:`), the description became a claim of
# its own and the quotation after it lost its speaker. Other writers put the statement first (`In a joint statement,
# X and Y said`), or use `their` (`said in their joint letter:`). Two bodies listed without a cue (`Two sites, X and
# Y, removed ...`) are no joint speaker: each keeps its own later claims.

@pytest.mark.parametrize("subject", ["Dunmore Council and Acorn", "Acorn and Dunmore Council"])
def test_a_body_and_a_one_word_name_speak_together(subject: str) -> None:
    text = f"{subject} said that 3,000 tenants were evicted last year.\n"
    assert rows(text) == [(subject, "organisation", "3,000 tenants were evicted last year")]


@pytest.mark.parametrize("where", ["in a joint statement", "in an open letter", "in their joint letter"])
def test_a_described_statement_is_no_claim_and_its_quotation_keeps_the_speaker(where: str) -> None:
    text = (f"Dunmore Council and the Kelby Trust said {where}: \"We have agreed to keep the library open for two "
            "more years.\"\n")
    assert rows(text) == [("Dunmore Council and the Kelby Trust", "organisation",
                           "We have agreed to keep the library open for two more years.")]


def test_a_person_with_a_described_statement_keeps_the_quotation() -> None:
    text = "Jo Roe said in a short statement: \"The library will stay open until 2028.\"\n"
    assert rows(text) == [("Jo Roe", "person", "The library will stay open until 2028.")]


def test_two_bodies_listed_without_a_cue_keep_their_own_claims() -> None:
    text = ("Two sites, Tradezo and BuyHive, removed the listings within a day.\n\n"
            "BuyHive said it had removed 9,000 unsafe listings this year.\n")
    assert rows(text) == [("BuyHive", "organisation", "it had removed 9,000 unsafe listings this year")]


def test_a_person_beside_a_one_word_name_is_left_to_the_people_reader() -> None:
    from claims.extract.joint_names import joint_body
    from claims.extract.entities import classify
    read = lambda words: classify(words, 0)  # noqa: E731
    assert joint_body("Jo Roe and Acorn", read) is None
    assert joint_body("Dunmore Council and Acorn", read) == "Dunmore Council and Acorn"
    assert joint_body("Dunmore Council and Mayor", read) is None  # a role, no name
    assert joint_body("Dunmore Council and The", read) is None  # a sentence starter
    assert joint_body("Dunmore Council", read) is None  # no `and`
    assert joint_body("Acorn and Dunmore Council and Jo Roe", read) is None  # three parties
    assert joint_body("Acorn and Tenants", read) is None  # no half is a body
