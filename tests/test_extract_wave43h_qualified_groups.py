"""Wave 43h: a plural of people after one or two describing words and no determiner (`Regional health officials
said`, `Hospital surgeons told`, `Trade union members warned`) speaks unresolved in the text's own words, as `Officials
said` and `Senior officials said` already do; a body's name ending in a plural, a plural object and a plural that is
not people stay as they were."""
from extract_rows import cued_rows


def test_two_describing_words_before_officials() -> None:
    text = "Senior health officials told the Tarrow Courier that clinic visits rise every winter."
    assert cued_rows(text) == [("Senior health officials", "unresolved", "told the Tarrow Courier that",
                                "clinic visits rise every winter")]


def test_state_government_officials_after_a_sentence() -> None:
    text = "The ward reopened in May. State government officials said the new beds would stay open."
    assert cued_rows(text) == [("State government officials", "unresolved", "said", "the new beds would stay open")]


def test_body_word_before_people() -> None:
    text = "Hospital surgeons said the lifts at Brayfield Infirmary had failed twice in a week."
    assert cued_rows(text) == [("Hospital surgeons", "unresolved", "said",
                                "the lifts at Brayfield Infirmary had failed twice in a week")]


def test_trade_union_members() -> None:
    text = "Trade union members warned that the depot would be short of drivers by spring."
    assert cued_rows(text) == [("Trade union members", "unresolved", "warned that",
                                "the depot would be short of drivers by spring")]


def test_lower_case_group_after_the_claim() -> None:
    text = "Waiting times at the walk-in centre doubled last year, regional health officials said."
    assert cued_rows(text) == [("regional health officials", "unresolved", "said",
                                "Waiting times at the walk-in centre doubled last year")]


def test_body_name_ending_in_a_plural_stays_a_body() -> None:
    text = "Glenmore Rangers said the cup tie with Ardkeel Wanderers was postponed."
    assert cued_rows(text) == [("Glenmore Rangers", "organisation", "said",
                                "the cup tie with Ardkeel Wanderers was postponed")]


def test_plural_object_is_no_speaker() -> None:
    text = "Senior officials said patients were waiting for hours."
    assert cued_rows(text) == [("Senior officials", "unresolved", "said", "patients were waiting for hours")]


def test_plural_that_is_not_people_gives_no_group() -> None:
    assert cued_rows("Monthly sales rose by 4% in March.") == []


def test_group_after_and_is_the_group() -> None:
    text = "The stand at Pellow Park was closed on Friday, and structural engineers said the roof could not bear snow."
    assert cued_rows(text) == [("structural engineers", "unresolved", "said", "the roof could not bear snow")]


def test_conjunction_before_officers_opens_no_group() -> None:
    text = "Farnleigh Council refused the scheme, even though officers said it met every policy."
    assert cued_rows(text) == [("Farnleigh Council", "organisation", "said", "it met every policy")]


def test_body_word_before_its_own_officers_is_left_alone() -> None:
    assert cued_rows("Council planning officers had recommended refusal of the Moss Lane scheme.") == []


def test_group_after_an_opening_place() -> None:
    text = "In the day wards the patients claimed to be left alone for hours."
    assert cued_rows(text) == [("the patients", "unresolved", "claimed", "to be left alone for hours")]


def test_described_group_after_an_opening_place() -> None:
    text = "At the Harle depot the night drivers said the lorries had no working heaters."
    assert cued_rows(text) == [("the night drivers", "unresolved", "said", "the lorries had no working heaters")]


def test_body_after_an_opening_time_is_unchanged() -> None:
    text = "Corvale Council met in March. In March the council said the lorries were unsafe."
    assert cued_rows(text) == [("Corvale Council", "organisation", "said", "the lorries were unsafe")]


def test_group_inside_the_opening_phrase_is_no_speaker() -> None:
    text = "Harle Freight collapsed in May. In a letter to the administrators his lawyers denied that funds were lost."
    assert cued_rows(text) == []


def test_group_before_a_first_predicate_and() -> None:
    text = "Bus company drivers voted to strike and said their pay had fallen behind."
    assert cued_rows(text) == [("Bus company drivers", "unresolved", "said", "their pay had fallen behind")]


def test_the_group_before_a_first_predicate_and() -> None:
    text = "The drivers walked out and said the new rota broke their contracts."
    assert cued_rows(text) == [("The drivers", "unresolved", "said", "the new rota broke their contracts")]


def test_named_body_before_a_first_predicate_is_unchanged() -> None:
    text = "The Harle Drivers Union voted to strike and said pay was too low."
    assert cued_rows(text) == [("Harle Drivers Union", "organisation", "said", "pay was too low")]


def test_a_body_s_officers_before_a_first_predicate_are_left_to_the_body() -> None:
    text = "Kellan Water Agency inspected the quarry. Officers returned to the quarry and found oil in the brook."
    assert cued_rows(text) == []
