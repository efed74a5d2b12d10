"""Wave 44d: a company's relation to the thing the story is about, set before its name as a descriptor at a sentence's
start (`Owner Pellan Foods told staff`, `Operator Dunmore Ferries said`, `Landlord Crestgate Homes said`): the noun is
no part of the name and the company speaks, as wave 43l reads `Retailer Brightway said`. A known given name after the
noun is still a person (`Owner Dara Quinn said`)."""
from tests.extract_rows import cued_rows

ORG = "organisation"


def test_an_owner_set_before_a_company_name_is_no_part_of_it():
    assert cued_rows("A ready-meals factory is to close. Owner Pellan Foods told staff on Monday that the site had "
                     "lost money for three years.") == [
        ("Pellan Foods", ORG, "told staff on Monday that", "the site had lost money for three years")]


def test_an_operator_or_a_landlord_set_before_a_company_name_is_no_part_of_it():
    assert cued_rows("Operator Dunmore Ferries said 40 sailings had been cancelled.") == [
        ("Dunmore Ferries", ORG, "said", "40 sailings had been cancelled")]
    assert cued_rows("Landlord Crestgate Homes said rents would rise by 4%.") == [
        ("Crestgate Homes", ORG, "said", "rents would rise by 4%")]


def test_a_known_given_name_after_the_relation_is_a_person():
    assert cued_rows("Owner Dara Quinn said the cafe had lost money for a year.") == [
        ("Dara Quinn", "person", "said", "the cafe had lost money for a year")]
