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
