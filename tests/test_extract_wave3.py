"""Attribution on the phenomena that real pages read in wave 3 showed (regulators' press notices, trade and
local news on energy, housing, transport and school boards): each case is a short text written for this
test, and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from claims.extract import entities
from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Ostra, the energy regulator for Great Britain, found that 9,000 bills were wrong.\n",
     [("Ostra", "inspectorate", "9,000 bills were wrong")]),
    ("Tollan Rail, the train operator in North Wales, said that 94% of trains ran on time.\n",
     [("Tollan Rail", "organisation", "94% of trains ran on time")]),
    ("Hestia Power, a supplier in the East Midlands, admitted that it had overcharged 4,000 homes.\n",
     [("Hestia Power", "organisation", "it had overcharged 4,000 homes")]),
], ids=["apposition-for-a-place", "apposition-in-a-region", "indefinite-apposition-with-a-place"])
def test_a_description_with_a_place_describes_the_name_before_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hollin Homes said rents rose 3%.\n\nThe Merrow Housing Association said 300 homes were repaired. "
     "The Press Association reported that 12 tenants were evicted.\n",
     [("Hollin Homes", "organisation", "rents rose 3%"),
      ("Merrow Housing Association", "organisation", "300 homes were repaired"),
      ("Press Association", "organisation", "12 tenants were evicted")]),
    ("Outlook Housing said 40 homes were let.\n",
     [("Outlook Housing", "organisation", "40 homes were let")]),
], ids=["capitalised-modifier-makes-a-name", "section-word-before-a-head"])
def test_a_name_ending_in_a_reference_word_is_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Daleham Borough Council took a landlord to court.\n\nThe company denied that it had let 12 unsafe flats.\n",
     [("the company", "unresolved", "denied that it had let 12 unsafe flats")]),
    ("Brackley Police said thefts fell 8%.\n\nThe firm said it had repaired 40 alarms.\n",
     [("Brackley Police", "organisation", "thefts fell 8%"), ("the firm", "unresolved", "it had repaired 40 alarms")]),
    ("Daleham Borough Council fined Kestrel Lettings Ltd.\n\nThe company said it had let 12 flats.\n",
     [("Kestrel Lettings Ltd", "organisation", "it had let 12 flats")]),
], ids=["council-is-no-company", "police-is-no-firm", "the-company-named-beside-a-council"])
def test_a_company_word_never_means_a_public_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Larkway Transport said fares rose 2%.\n\n\"Only 400 of our routes remain open this year,\" the Larkway "
     "Transport chairman said.\n",
     [("Larkway Transport", "organisation", "fares rose 2%"),
      ("the Larkway Transport chairman", "unresolved", "Only 400 of our routes remain open this year")]),
    ("Chair Ada Voss opened the meeting.\n\nThe Dunmore Harbour Board chair said 80 berths were let.\n",
     [("Ada Voss", "person", "80 berths were let")]),
], ids=["role-after-a-body-is-a-person", "role-after-a-body-titled-before"])
def test_a_role_after_a_body_is_a_person_not_the_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chair Ada Voss told the board that costs rose 9%. Treasurer Ben Hale presented the accounts. "
     "He said reserves fell by 2m.\n",
     [("Ada Voss", "person", "costs rose 9%"), ("Ben Hale", "person", "reserves fell by 2m")]),
    ("Chair Ada Voss told the board that costs rose 9%. She said 600 pupils had left.\n",
     [("Ada Voss", "person", "costs rose 9%"), ("Ada Voss", "person", "600 pupils had left")]),
    ("Ada Voss said costs rose 9%. \"We thank Ben Hale for his work,\" she said. She said 600 pupils had left.\n",
     [("Ada Voss", "person", "costs rose 9%"),  # the thanks between: no row since wave 25f (courtesies)
      ("Ada Voss", "person", "600 pupils had left")]),
], ids=["second-person-named-between", "same-speaker-goes-on", "name-inside-own-quotation"])
def test_a_pronoun_after_a_second_person_named_is_that_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("SEVERE gales closed the port.\n\nMarlow Ferries said 40 sailings were cancelled.\n\n"
     "A statement said: \"There will be 12 fewer sailings in May.\"\n",
     [("Marlow Ferries", "organisation", "40 sailings were cancelled"),
      ("Marlow Ferries", "organisation", "There will be 12 fewer sailings in May.")]),
    ("FIRE crews were busy all night.\n\nA statement said: \"There will be 12 fewer engines in May.\"\n",
     [("a statement", "document", "There will be 12 fewer engines in May.")]),
    ("INMO said 500 patients waited on trolleys.\n",
     [("INMO", "organisation", "500 patients waited on trolleys")]),
    ("FBU members walked out.\n\nThe FBU said 80% of members voted to strike.\n",
     [("FBU", "organisation", "80% of members voted to strike")]),
], ids=["lead-word-in-capitals-then-a-body", "lead-word-in-capitals-alone", "acronym-that-speaks",
        "acronym-used-again"])
def test_a_news_lead_in_capitals_names_nobody(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Marlow Ferries said 40 sailings were cancelled.\n", [("Marlow Ferries", "organisation", "40 sailings were cancelled")]),
    ("Westdale Fire and Rescue said crews attended 300 fires.\n",
     [("Westdale Fire and Rescue", "organisation", "crews attended 300 fires")]),
    ("Harlow Airport said 2.1 million passengers flew in 2025.\n",
     [("Harlow Airport", "organisation", "2.1 million passengers flew in 2025")]),
], ids=["ferries", "fire-and-rescue", "airport"])
def test_transport_and_emergency_bodies_are_bodies(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Acme Water said leaks fell 5%.\n\nThe Water Services Authority fined Hollin Energy \u00a33m for late bills.\n\n"
     "It said bills rose 2%.\n",
     [("Acme Water", "organisation", "leaks fell 5%"), ("it", "unresolved", "bills rose 2%")]),
    ("Acme Water said leaks fell 5%.\n\nIt said bills rose 2%.\n",
     [("Acme Water", "organisation", "leaks fell 5%"), ("Acme Water", "organisation", "bills rose 2%")]),
    ("Acme Water said leaks fell 5%.\n\nThe Water Services Authority said fines rose 8%.\n\nIt said 12 firms paid.\n",
     [("Acme Water", "organisation", "leaks fell 5%"), ("Water Services Authority", "inspectorate", "fines rose 8%"),
      ("Water Services Authority", "inspectorate", "12 firms paid")]),
], ids=["another-body-named-since", "body-still-in-focus", "the-body-that-spoke-last"])
def test_it_after_another_body_is_named_is_unresolved(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Audit Scotland said 3 health boards overspent.\n", [("Audit Scotland", "organisation", "3 health boards overspent")]),
    ("Aberdeen City said rents rose 4%.\n", [("Aberdeen City", "organisation", "rents rose 4%")]),
    ("Cedar Bend said 4 schools closed.\n", [("Cedar Bend", "organisation", "4 schools closed")]),
    ("The Procurator Fiscal said 12 cases were dropped.\n",
     [("The Procurator Fiscal", "person", "12 cases were dropped")]),
], ids=["sector-and-country", "place-and-city", "place-ending", "role-without-a-name"])
def test_places_and_roles_are_no_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kilbarrow Council said rents rose.\n\nCllr Jo Dunn asked whether 40 homes were empty. Officers said 12 were empty.\n",
     [("Kilbarrow Council", "organisation", "rents rose"),
      ("Kilbarrow Council", "organisation", "12 were empty")]),  # a council's officers speak for it (wave 23b)
    ("Staff said 40 beds were closed.\n", [("Staff", "unresolved", "40 beds were closed")]),
    ("Firefighters said 9 engines were idle.\n", [("Firefighters", "unresolved", "9 engines were idle")]),
], ids=["officers-at-a-committee", "staff", "firefighters"])
def test_a_group_of_people_is_no_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("St Ita's Hospital said 40 nurses were hired. The union said 300 nurses would strike. "
     "The hospital said 12 wards would stay open.\n",
     [("St Ita's Hospital", "organisation", "40 nurses were hired"), ("the union", "unresolved", "300 nurses would strike"),
      ("St Ita's Hospital", "organisation", "12 wards would stay open")]),
    ("Head of Children's Services Ann Ryle said 4 homes opened.\n", [("Ann Ryle", "person", "4 homes opened")]),
    ("Acme's chief executive, Jo Bloggs, said sales rose 4%.\n", [("Jo Bloggs", "person", "sales rose 4%")]),
], ids=["saint-and-possessive", "possessive-inside-a-title", "possessive-before-a-role"])
def test_a_possessive_inside_a_body_name_is_no_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hollin Energy was fined by the Water Services Authority last year.\n\nIt said 40 bills were wrong.\n",
     [("it", "unresolved", "40 bills were wrong")]),
    ("Hollin Energy opened a depot in May.\n\nIt said 40 jobs were created.\n",
     [("Hollin Energy", "organisation", "40 jobs were created")]),
], ids=["two-bodies-none-spoke", "one-body-named"])
def test_it_before_any_body_spoke_needs_one_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jo Bill said 4 homes were let.\n", [("Jo Bill", "person", "4 homes were let")]),
], ids=["a-given-name-is-kept"])
def test_a_surname_like_a_rule_word_stays_a_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("run", "expected"), [
    ("Financial Viability Standard", None), ("Housing Act", None), ("Great Britain", None), ("Cedar Bend", None),
    ("Orwell Homes", ("Orwell Homes", "org")), ("Jo Bloggs", ("Jo Bloggs", "person")),
])
def test_rules_and_places_are_no_person(run: str, expected: tuple[str, str] | None) -> None:
    mention = entities.classify(run, 0)
    assert (None if mention is None else (mention.name, mention.kind)) == expected
