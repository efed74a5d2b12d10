"""A speaking participle in a with-absolute (attribution/sentence `WITH_CUE_RE`, wave 50e): `Talks resumed on Monday,
with the Velden Union saying that 300 jobs were at risk` is the union's claim; the main clause, the writer's narration,
is no one's. Each case is a short text written for this test in our own words about invented parties; cases where the
rule must not fire sit beside the ones where it must."""
from extract_rows import cued_rows as rows


def test_a_body_in_a_with_absolute_claims_what_follows_its_participle() -> None:
    assert rows("Pay talks resumed in Arnholt on Monday, with the Velden Transport Union saying that 300 driver jobs "
                "were at risk.") == [
        ("Velden Transport Union", "organisation", "saying that", "300 driver jobs were at risk")]


def test_a_reference_in_a_with_absolute_is_the_body_named_before() -> None:
    assert rows("Tarnby Borough Council approved its budget in March.\n\n"
                "The budget passed by two votes, with the council warning that the Merrow Lane pool would close in "
                "2027.") == [
        ("Tarnby Borough Council", "organisation", "warning that", "the Merrow Lane pool would close in 2027")]


def test_a_with_absolute_without_that_reads_the_clause_after_its_participle() -> None:
    assert rows("Water samples were taken from the Arn, with the Velden River Trust confirming at the time, there were "
                "no dead fish in the river.") == [
        ("Velden River Trust", "organisation", "confirming", "at the time, there were no dead fish in the river")]


def test_a_with_absolute_of_no_speaking_participle_is_no_cue() -> None:
    assert rows("Bus fares in Arnholt rose by 4% in March, with fuel costing more than at any time since 2019.") == []


def test_a_with_absolute_reporting_an_object_is_no_cue() -> None:
    assert rows("Shops in Arnholt had a weak spring, with most traders reporting lower sales.") == []
