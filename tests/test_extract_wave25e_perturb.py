"""Robustness to renamed parties (wave 25e): a body whose name has no head noun (a brand, `Tarnvex`) hides what kind
of body it is, as letters do, so the text's common noun for it (`the club`, `the retailer`) is the only head it has.
Each case is a short text written for this test in our own words about invented parties, and the whole table it
must give as (speaker, speaker_kind, cue, quote) rows, in text order."""
import pytest

from extract_rows import cued_rows as rows


# A reference no named body has as its head, in a text that has named one body with no head noun: that body.
@pytest.mark.parametrize(("text", "expected"), [
    ("A Quenvale spokesman said the top price would apply to four matches only.\n\n"
     "The Holm Supporters Trust said the cheapest seats were going up by a third.\n\n"
     "Separately, the club said its stadium would hold 2,000 more fans next season.\n",
     [("Quenvale", "organisation", "said", "the top price would apply to four matches only"),
      ("Holm Supporters Trust", "organisation", "said", "the cheapest seats were going up by a third"),
      ("Quenvale", "organisation", "said", "its stadium would hold 2,000 more fans next season")]),
    ("Brisnova said 12,000 households had signed up in the first week.\n\n"
     "Ofwire, the regulator, said it would look at the offer.\n\n"
     "The provider said the plan would run until June.\n",
     [("Brisnova", "organisation", "said", "12,000 households had signed up in the first week"),
      ("Ofwire", "inspectorate", "said", "it would look at the offer"),
      ("Brisnova", "organisation", "said", "the plan would run until June")]),
])
def test_a_reference_means_the_one_body_without_a_head(text: str,
                                                       expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# It must not fire: a body whose head the reference names is that body's (`the council` is Pellow District Council),
# two bodies without a head leave the reference unresolved, and a reference whose noun the text gives another party
# (`the Holm Park club`) is not the brand's.
@pytest.mark.parametrize(("text", "expected"), [
    ("Quenvale signed a deal with Pellow District Council to build a new stand.\n\n"
     "The council said the stand would open in August.\n",
     [("Pellow District Council", "organisation", "said", "the stand would open in August")]),
    ("Quenvale said it would share a training ground with Dravenor.\n\n"
     "Dravenor said the deal would save £2m a year.\n\n"
     "The Holm Supporters Trust said fans had not been asked.\n\n"
     "The club said the ground would open in May.\n",
     [("Quenvale", "organisation", "said", "it would share a training ground with Dravenor"),
      ("Dravenor", "organisation", "said", "the deal would save £2m a year"),
      ("Holm Supporters Trust", "organisation", "said", "fans had not been asked"),
      ("the club", "unresolved", "said", "the ground would open in May")]),
])
def test_a_reference_with_a_head_or_two_brands_is_not_the_brand(text: str,
                                                                 expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# A public body or a side names itself by its head: `the council`, `the union` are never the brand's, whatever else
# the text names.
@pytest.mark.parametrize(("text", "expected"), [
    ("Brisnova said it would open a call centre in Tillmoor.\n\n"
     "Leaders of the Borough of Tillmoor welcomed the move.\n\n"
     "The council said 300 jobs would be created.\n",
     [("Brisnova", "organisation", "said", "it would open a call centre in Tillmoor"),
      ("Borough of Tillmoor", "organisation", "said", "300 jobs would be created")]),
    ("Brisnova said it would open a call centre in Tillmoor.\n\n"
     "Tillmoor Chamber of Trade said members would welcome the jobs.\n\n"
     "The union said it had not been consulted.\n",
     [("Brisnova", "organisation", "said", "it would open a call centre in Tillmoor"),
      ("Tillmoor Chamber of Trade", "organisation", "said", "members would welcome the jobs"),
      ("the union", "unresolved", "said", "it had not been consulted")]),
])
def test_a_public_reference_is_never_the_brand(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# Another body whose name gives no known head (`Friends of Tarn Moss`) may be what the reference means: no one.
@pytest.mark.parametrize(("text", "expected"), [
    ("Brisnova said it would build 40 homes beside Tarn Moss.\n\n"
     "Friends of Tarn Moss said the site flooded every winter.\n\n"
     "The coalition said 2,000 people had signed a petition.\n",
     [("Brisnova", "organisation", "said", "it would build 40 homes beside Tarn Moss"),
      ("Friends of Tarn Moss", "organisation", "said", "the site flooded every winter"),
      ("the coalition", "unresolved", "said", "2,000 people had signed a petition")]),
])
def test_a_reference_beside_another_unheaded_body_is_no_one(text: str,
                                                            expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# A body called only by letters hides its head: `the union` after it spoke, with no union named, is that body.
@pytest.mark.parametrize(("text", "expected"), [
    ("The PWLU said more than 900 of its members at Cardrow Logistics would be balloted.\n\n"
     "A survey of 400 drivers found that 58% had worked unpaid overtime, the union said.\n",
     [("PWLU", "organisation", "said", "more than 900 of its members at Cardrow Logistics would be balloted"),
      ("PWLU", "organisation", "said", "A survey of 400 drivers found that 58% had worked unpaid overtime")]),
])
def test_the_union_after_a_lettered_body_is_that_body(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# It must not fire when a body named with the noun as its head is there (`Tarrow Drivers' Union`), or when another
# body spoke since (the lettered body is no longer in focus).
@pytest.mark.parametrize(("text", "expected"), [
    ("The PWLU said 900 drivers would be balloted.\n\n"
     "The Tarrow Drivers' Union said it would not take part.\n\n"
     "The union said the ballot was unlawful.\n",
     [("PWLU", "organisation", "said", "900 drivers would be balloted"),
      ("Tarrow Drivers' Union", "organisation", "said", "it would not take part"),
      ("Tarrow Drivers' Union", "organisation", "said", "the ballot was unlawful")]),
    ("The PWLU said 900 drivers would be balloted.\n\n"
     "Cardrow Logistics said it had offered a 4% rise.\n\n"
     "The union said the offer was below inflation.\n",
     [("PWLU", "organisation", "said", "900 drivers would be balloted"),
      ("Cardrow Logistics", "organisation", "said", "it had offered a 4% rise"),
      ("the union", "unresolved", "said", "the offer was below inflation")]),
])
def test_the_union_beside_a_named_union_or_after_another_body(text: str,
                                                              expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# A lettered body the text shows answering for others is only `the union`; `the union` is never the lettered body in
# focus while another body is shown answering for others.
@pytest.mark.parametrize(("text", "expected"), [
    ("The PWLU, which represents 300 nurses at Elmcroft, said it had warned managers about night shifts.\n\n"
     "A spokesman for the hospital said two nurses had been recruited.\n",
     [("PWLU", "organisation", "said", "it had warned managers about night shifts"),
      ("the hospital", "unresolved", "said", "two nurses had been recruited")]),
    ("The TDU, which represents 190 drivers at Cardrow Buses, says pay has risen by 2% since 2024.\n\n"
     "In March the KRB recommended a rise of 7% over two years.\n\n"
     "Drivers accepted it by 81%, the union said.\n",
     [("TDU", "organisation", "says", "pay has risen by 2% since 2024"),
      ("KRB", "organisation", "recommended", "recommended a rise of 7% over two years"),
      ("the union", "unresolved", "said", "Drivers accepted it by 81%")]),
])
def test_a_side_and_the_lettered_body_in_focus(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# A party the text brings in by the noun with `a` (`an independent commission`) is what `the commission` means later,
# never the lettered body in focus.
@pytest.mark.parametrize(("text", "expected"), [
    ("The KFA said on Friday that an independent commission had upheld the ban.\n\n"
     "The commission said the footage showed a deliberate push.\n",
     [("KFA", "organisation", "said on Friday that", "an independent commission had upheld the ban"),
      ("independent commission", "organisation", "said", "the footage showed a deliberate push")]),  # 35c: never KFA
])
def test_a_noun_brought_in_with_a_is_not_the_lettered_body(text: str,
                                                           expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# A council named by its borough (`Borough of Tillmoor`, `Harwick Borough`) is what `the council` and `a council
# spokesperson` mean; a borough is no `club` or `company`.
@pytest.mark.parametrize(("text", "expected"), [
    ("Cardrow Buses said it had offered the Borough of Tillmoor the chance to fund the route.\n\n"
     "A council spokesperson said it had spent £3.4m on bus services this year.\n",
     [("Cardrow Buses", "organisation", "said", "it had offered the Borough of Tillmoor the chance to fund the route"),
      ("Borough of Tillmoor", "organisation", "said", "it had spent £3.4m on bus services this year")]),
    ("The Harwick Borough said it had approved 120 homes on the old depot site.\n\n"
     "The council said 40 of them would be for social rent.\n",
     [("Harwick Borough", "organisation", "said", "it had approved 120 homes on the old depot site"),
      ("Harwick Borough", "organisation", "said", "40 of them would be for social rent")]),
])
def test_the_council_of_a_borough(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Cardrow Buses said it had offered the Borough of Tillmoor the chance to fund the route.\n\n"
     "The company said 300 passengers a day used it.\n",
     [("Cardrow Buses", "organisation", "said", "it had offered the Borough of Tillmoor the chance to fund the route"),
      ("Cardrow Buses", "organisation", "said", "300 passengers a day used it")]),
])
def test_a_borough_is_no_company(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


# A brand the text has called something else (`Quenvale, the drivers' union,`) is not what another noun means.
@pytest.mark.parametrize(("text", "expected"), [
    ("Cardrow Buses cut 40 routes on Friday.\n\n"
     "Quenvale, the drivers' union, said talks had failed.\n\n"
     "The operator said it had refunded 9,000 passengers.\n",
     [("Quenvale", "organisation", "said", "talks had failed"),
      ("Cardrow Buses", "organisation", "said", "it had refunded 9,000 passengers")]),
])
def test_a_brand_called_something_else(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected
