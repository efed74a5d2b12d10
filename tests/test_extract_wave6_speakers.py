"""Speakers on writing the rules were not made for (wave 6): bodies known by what they do in the text rather than by
a head noun, short references and documents that resolve to one compatible body or stay unresolved, words that never
speak (section labels, places, courts and registries, a person's employer), and focus when several parties are in
play. Each case is a short text written for this test, and the whole table it must give as (speaker, speaker_kind,
quote) rows, in text order."""
import pytest

from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("TRAVEL | RAIL\n\nRival Trainvia also reported on Monday. It carried 2.1 million passengers, according to its "
     "weekly update.\n",
     [("Trainvia", "organisation", "It carried 2.1 million passengers")]),
    ("MONEY\n\nOrbis Rail carried 9,000 people in May. The company said that 40 trains were cancelled.\n",
     [("Orbis Rail", "organisation", "40 trains were cancelled")]),
    ("NHS BRIEFING\n\nThe NHS said that 40 wards were open.\n",
     [("NHS", "organisation", "40 wards were open")]),
], ids=["label-and-a-rival-named-by-a-capitalised-adjective", "label-is-no-second-company", "acronym-used-again-speaks"])
def test_a_section_label_in_capitals_never_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Budget carrier Skyvane flew 2 million people in May, according to figures published by the airline on "
     "Friday.\n",
     [("Skyvane", "organisation", "Budget carrier Skyvane flew 2 million people in May")]),
    ("Fares rose 3%, according to figures published by the airline on Friday.\n",
     [("the airline", "unresolved", "Fares rose 3%")]),
], ids=["publisher-is-the-one-airline", "publisher-never-named"])
def test_a_publisher_called_by_a_common_noun_is_the_body_of_that_kind(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tara Quinn, an analyst at Hollis Brennan, described the results as poor. She said that 300 jobs would go.\n",
     # since wave 43i an unquoted `described A as B` is its subject's claim, the verb kept
     [("Tara Quinn", "person", "described the results as poor"), ("Tara Quinn", "person", "300 jobs would go")]),
    ("Ken Moss of Holborn Partners said the figures were weak.\n",
     [("Ken Moss", "person", "the figures were weak")]),
], ids=["analyst-at-a-firm-then-he", "of-a-firm"])
def test_the_firm_a_person_works_at_never_speaks_for_them(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbour Valley Transit (HVT) said that 40 buses were late. The agency said that 12 drivers left.\n",
     [("Harbour Valley Transit", "organisation", "40 buses were late"),
      ("Harbour Valley Transit", "organisation", "12 drivers left")]),
    ("Metro Drivers Branch 12, which represents drivers, said that 300 drivers would strike.\n",
     [("Metro Drivers Branch 12", "organisation", "300 drivers would strike")]),
    ("Mayor and Councilmember Dora Vance said that 12 parks would open. Vance said that 3 pools would close.\n",
     [("Dora Vance", "person", "12 parks would open"), ("Dora Vance", "person", "3 pools would close")]),
    ("Jo Roe, who runs the depot, said that 40 buses were late.\n",
     [("Jo Roe", "person", "40 buses were late")]),
], ids=["initials-in-brackets", "which-and-a-branch-number", "us-council-role-before-a-person", "who-stays-a-person"])
def test_a_body_known_by_what_the_text_does_with_its_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Daleham Council runs 40 schools.\n\nThe agency said that 12 schools need repairs. The agency also said that "
     "4 schools would close.\n",
     [("the agency", "unresolved", "12 schools need repairs"), ("the agency", "unresolved", "4 schools would close")]),
    ("Pell Foods makes soup.\n\nThe company said that 40 staff left. The company said that 3 shops shut.\n",
     [("Pell Foods", "organisation", "40 staff left"), ("Pell Foods", "organisation", "3 shops shut")]),
], ids=["a-council-is-no-agency-and-stays-unresolved", "the-one-company"])
def test_a_short_reference_resolves_to_a_compatible_body_or_stays_unresolved(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dale Rovers cut their losses, the club's annual accounts show.\n\nThe accounts, filed at Companies House on "
     "Wednesday, report a pre-tax loss of 4m.\n",
     [("Dale Rovers", "organisation", "Dale Rovers cut their losses"),
      ("Dale Rovers", "organisation", "a pre-tax loss of 4m")]),
    ("According to the lawsuit filed by the Harbour Office in Dale County Superior Court, 40 homes were sold. The "
     "lawsuit states that 12 homes were empty.\n",
     [("Harbour Office", "organisation", "40 homes were sold"), ("Harbour Office", "organisation", "12 homes were empty")]),
    ("The Acme Trust said in a statement to the High Court that 40 beds were open.\n",
     [("Acme Trust", "organisation", "40 beds were open")]),
], ids=["registry-a-document-was-filed-at", "court-a-lawsuit-was-filed-in", "court-told-a-statement"])
def test_a_court_or_registry_a_document_went_to_never_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Rail Ombudsman has found that Acme Trains failed 40 passengers.\n\nThe investigation found that the firm "
     "lost 12 tickets.\n",
     [("Rail Ombudsman", "inspectorate", "Acme Trains failed 40 passengers"),
      ("Rail Ombudsman", "inspectorate", "the firm lost 12 tickets")]),
    ("Acme Trains said fares rose.\n\nThe investigation found that the firm lost 12 tickets.\n",
     [("Acme Trains", "organisation", "fares rose"), ("the investigation", "unresolved", "the firm lost 12 tickets")]),
    ("The lawsuit states that 12 homes were empty.\n",
     [("the lawsuit", "unresolved", "12 homes were empty")]),
], ids=["inquiry-of-the-inspectorate-in-focus", "inquiry-is-never-the-company-s", "lawsuit-nobody-brought"])
def test_a_case_or_inquiry_speaks_for_who_brought_it_or_stays_unresolved(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A woman was hurt in Kilbeg, Co Mayo, police have said.\n",
     [("police", "unresolved", "A woman was hurt in Kilbeg, Co Mayo")]),
    ("A woman was hurt in Leeds, West Yorkshire Police said.\n",
     [("West Yorkshire Police", "organisation", "A woman was hurt in Leeds")]),
    ("Speaking in Leeds, Acme Water said that 12 pipes burst.\n",
     [("Acme Water", "organisation", "12 pipes burst")]),
], ids=["county-after-a-town", "a-force-after-a-town-speaks", "place-in-a-participle"])
def test_a_place_never_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pilots at Northsea Air will strike, their union said.\n\nBut Northsea Air rejected the union's figures. In a "
     "statement, the company said that 40 pilots were hired. \"The union walked away from talks,\" the statement "
     "said.\n",
     [("their union", "unresolved", "Pilots at Northsea Air will strike"),
      ("Northsea Air", "organisation", "40 pilots were hired"),
      ("Northsea Air", "organisation", "The union walked away from talks")]),
    ("Dale Coaches and Brook Travel both run buses.\n\nIn a statement, the company said that 40 drivers were hired.\n",
     [("the company", "unresolved", "40 drivers were hired")]),
    ("The Acme Union said drivers were angry.\n\nIn a letter, the union said that 40 drivers would strike. The letter "
     "said that talks had failed.\n",
     [("Acme Union", "organisation", "drivers were angry"), ("Acme Union", "organisation", "40 drivers would strike"),
      ("Acme Union", "organisation", "talks had failed")]),
], ids=["employer-after-union-and-its-statement", "two-firms-none-in-focus", "the-union-s-letter"])
def test_the_party_in_focus_among_several(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dale Health Service runs 40 clinics.\n\nGreen Party health spokesperson Seán Ó Briain said that 12 clinics had "
     "closed.\n",
     [("Seán Ó Briain", "person", "12 clinics had closed")]),
    ("Dale Health Service runs 40 clinics.\n\nJo Roe raised the case of Brook Hospital, where an independent review "
     "found that 3 wards were unsafe. The review states that 2 nurses left.\n",
     [("independent review", "document", "3 wards were unsafe"), ("independent review", "document", "2 nurses left")]),
    ("Dale Health Service runs 40 clinics.\n\nA health service review found that 3 wards were unsafe.\n",
     [("Dale Health Service", "organisation", "3 wards were unsafe")]),
], ids=["a-party-s-spokesperson-with-an-irish-initial", "a-new-review-after-where", "a-review-its-modifier-names"])
def test_a_witness_a_committee_and_a_health_service(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A boat was lost, according to a Coastguard statement issued on Sunday. The statement said that 2 men were "
     "rescued.\n",
     [("Coastguard", "organisation", "A boat was lost"), ("Coastguard", "organisation", "2 men were rescued")]),
    ("The Marlow Constabulary said roads were shut.\n\nA Constabulary statement said that 2 cars were seized.\n",
     [("Marlow Constabulary", "organisation", "roads were shut"),
      ("Marlow Constabulary", "organisation", "2 cars were seized")]),
    ("A British report says that 40 homes are empty.\n",
     [("british report", "document", "40 homes are empty")]),
], ids=["a-body-s-name-before-statement", "the-one-body-with-that-word", "a-nationality-names-no-body"])
def test_a_document_whose_capitalised_modifier_names_its_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rents rose, according to a report published today by the Dale Institute.\n\nThe report, Cold Rooms, draws on a "
     "survey by Brook Research. It finds that 40% of tenants are cold.\n",
     [("Dale Institute", "organisation", "Rents rose"), ("Dale Institute", "organisation", "40% of tenants are cold")]),
    ("The Dale Institute published a report.\n\nThe report draws on a survey by Brook Research. It finds that 40% of "
     "tenants are cold.\n",
     [("Dale Institute", "organisation", "40% of tenants are cold")]),
], ids=["titled-report-then-it", "published-report-then-it"])
def test_it_after_a_body_s_document_is_that_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dale Health today announced that waits fell.\n\n\"We hired 61 nurses,\" said Dr. Jo Roe, president and CEO of "
     "Dale Health.\n\nA new unit opened, the system said.\n",
     [("Dale Health", "organisation", "waits fell"), ("Jo Roe", "person", "We hired 61 nurses"),
      ("Dale Health", "organisation", "A new unit opened")]),
    ("Dale Health runs clinics. Brook Care Trust runs homes.\n\nA new unit opened, the system said.\n",
     [("the system", "unresolved", "A new unit opened")]),
    ("Director of Services for Housing Ann Lee said that 40 homes were empty.\n",
     [("Ann Lee", "person", "40 homes were empty")]),
], ids=["the-system-is-the-body-in-focus-not-its-ceo", "two-bodies-none-spoke", "a-role-of-a-service-before-a-person"])
def test_the_system_and_a_chief_of_a_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chief Ann Villa said crime fell.\n\nSgt. Tom Hale, a force spokesperson, said 412 officers served. He said 61 "
     "recruits were in training.\n",
     [("Ann Villa", "person", "crime fell"), ("Tom Hale", "person", "412 officers served"),
      ("Tom Hale", "person", "61 recruits were in training")]),
    ("The Bar Staff Union (BSU) said pay was low. A survey of 900 of its members at Crown Inns found that 61% had "
     "worked unpaid, the union said.\n",
     [("Bar Staff Union", "organisation", "pay was low"),
      ("Bar Staff Union", "organisation",
       "A survey of 900 of its members at Crown Inns found that 61% had worked unpaid")]),
], ids=["a-person-described-as-a-body-s-spokesperson-then-he", "the-union-closes-its-survey-s-finding"])
def test_a_union_an_employer_and_their_spokespeople(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jo Roe said the firm accepted the findings.\n\nThe tenant, who asked not to be named, said she had lost two beds "
     "to the damp. She said the family had moved out for five months.\n",
     [("Jo Roe", "person", "the firm accepted the findings"),
      ("The tenant", "person", "she had lost two beds to the damp"),
      ("The tenant", "person", "the family had moved out for five months")]),
    ("The Acme Trust, which runs 3 hospitals, said that 40 beds were open.\n",
     [("Acme Trust", "organisation", "40 beds were open")]),
], ids=["an-unnamed-person-with-a-relative-clause", "a-body-with-a-relative-clause"])
def test_an_unnamed_person_set_off_by_a_relative_clause_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("St Ann's Hospice has raised 2 million pounds for a new ward, the charity said on Monday.\n",
     [("St Ann's Hospice", "organisation", "St Ann's Hospice has raised 2 million pounds for a new ward")]),
    ("Fewer people are cold this winter, the charity said.\n",
     [("the charity", "unresolved", "Fewer people are cold this winter")]),
], ids=["the-body-the-sentence-opened-with", "no-body-named"])
def test_a_closing_reference_to_the_body_the_claim_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Rugby Disciplinary Panel banned Dunmore Athletic for six games.\n\nDunmore said that it would appeal.\n",
     [("Dunmore Athletic", "organisation", "it would appeal")]),
    ("Dunmore Athletic lost. Dunmore Rangers won.\n\nDunmore said that it would appeal.\n",
     [("Dunmore", "organisation", "it would appeal")]),
], ids=["first-word-of-the-one-body", "first-word-of-two-bodies"])
def test_a_short_name_is_the_one_body_it_begins(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Correction: An earlier version of this story said the fine was 3m pounds.\n", []),
    ("Update: Acme Water said that 12 pipes burst.\n",
     [("Acme Water", "organisation", "12 pipes burst")]),
], ids=["correction-label", "update-label-then-a-body"])
def test_a_label_before_a_colon_never_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dale Homes wants to build 200 homes.\n\nPlanning officers had recommended approval. Their report said that 30% "
     "of the homes would be affordable.\n",
     [("Planning officers", "unresolved", "Planning officers had recommended approval."),  # wave 15: grown
      ("Planning officers", "unresolved", "30% of the homes would be affordable")]),
    ("Planning officers had recommended approval.\n\nDale Homes said it would build a school. Its report said that 30% "
     "of the homes would be affordable.\n",
     [("Planning officers", "unresolved", "Planning officers had recommended approval."),
      ("Dale Homes", "organisation", "it would build a school"),
      ("Dale Homes", "organisation", "30% of the homes would be affordable")]),
], ids=["their-report-is-the-officers", "its-report-is-the-firm-s"])
def test_their_document_is_the_people_who_spoke_last(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dale Bank said rates held.\n\nThe Office of the Tax Commissioners collected 1.2 billion euros last year, it said "
     "in its annual report.\n",
     [("Dale Bank", "organisation", "rates held"),
      ("Office of the Tax Commissioners", "organisation",
       "The Office of the Tax Commissioners collected 1.2 billion euros last year")]),
    ("Dale Bank said rates held.\n\nTax receipts rose 4% last year, it said.\n",
     [("Dale Bank", "organisation", "rates held"), ("Dale Bank", "organisation", "Tax receipts rose 4% last year")]),
], ids=["it-is-the-body-the-claim-opens-with", "no-body-opens-the-claim"])
def test_a_closing_it_is_the_body_the_claim_opens_with(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kelso Utilities was fined 2m pounds.\n\nIn a statement, Kelso said it had spent 40m pounds. It said spills fell "
     "by 30%.\n",
     [("Kelso Utilities", "organisation", "it had spent 40m pounds"), ("Kelso Utilities", "organisation", "spills fell by 30%")]),
], ids=["utilities-is-a-company-s-head"])
def test_a_company_named_by_its_trade(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mull Sea Routes will cut winter sailings by a quarter, the operator confirmed on Friday.\n\nA statement from Mull "
     "Sea Routes said fuel costs had risen 40%.\n",
     [("Mull Sea Routes", "organisation", "Mull Sea Routes will cut winter sailings by a quarter"),
      ("Mull Sea Routes", "organisation", "fuel costs had risen 40%")]),
    ("The rise will add 2 pounds to a typical Band D bill, the council said.\n",
     [("the council", "unresolved", "The rise will add 2 pounds to a typical Band D bill")]),
], ids=["a-name-the-closing-reference-calls-the-operator", "a-name-inside-the-claim-stays-what-it-is"])
def test_a_name_the_text_calls_a_body_is_one(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sen. Rosa Diaz said airlines owed 12 million dollars. Diaz said 41,000 people had waited.\n",
     [("Rosa Diaz", "person", "airlines owed 12 million dollars"), ("Rosa Diaz", "person", "41,000 people had waited")]),
    ("Gov. Ann Price said that 300 roads were fixed.\n",
     [("Ann Price", "person", "300 roads were fixed")]),
], ids=["sen-then-surname", "gov"])
def test_abbreviated_us_titles_before_a_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sen. Rosa Diaz cited federal data.\n\nConsumer group Fairfly said complaints rose 60% last year, according to its "
     "analysis of federal data.\n",
     [("Fairfly", "organisation", "complaints rose 60% last year")]),
    ("The Fairfly Group campaigns for passengers.\n\nComplaints rose 60% last year, according to its analysis of "
     "federal data.\n",
     [("Fairfly Group", "organisation", "Complaints rose 60% last year")]),
], ids=["own-source-after-its-cue", "its-source-without-a-cue"])
def test_according_to_its_own_source_after_a_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Voltra Energy said it accepted the findings.\n\n\"We have refunded 4,000 customers,\" a Voltra spokesperson "
     "said.\n",
     [("Voltra Energy", "organisation", "it accepted the findings"),
      ("Voltra Energy", "organisation", "We have refunded 4,000 customers")]),
    ("Voltra Energy apologised. Voltra Homes apologised too.\n\n\"We have refunded 4,000 customers,\" a Voltra "
     "spokesperson said.\n",
     [("Voltra", "organisation", "We have refunded 4,000 customers")]),
], ids=["short-name-before-a-voice", "two-bodies-share-the-short-name"])
def test_a_short_name_before_a_spokesperson(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Opposition councillors said the rise was unfair. They said the council had wasted 1.2m pounds.\n",
     [("Opposition councillors", "unresolved", "the rise was unfair"),
      ("Opposition councillors", "unresolved", "the council had wasted 1.2m pounds")]),
    ("Jo Roe said the rise was unfair. They said the council had wasted 1.2m pounds.\n",
     [("Jo Roe", "person", "the rise was unfair"), ("they", "unresolved", "the council had wasted 1.2m pounds")]),
], ids=["they-after-a-group", "they-after-a-person"])
def test_they_after_a_group_of_people_is_that_group(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Det Con Ann Pike of Harbour Police said after the hearing that officers had recovered 120,000 pounds.\n",
     [("Ann Pike", "person", "officers had recovered 120,000 pounds")]),
    ("Harbour Police said that officers had recovered 120,000 pounds.\n",
     [("Harbour Police", "organisation", "officers had recovered 120,000 pounds")]),
], ids=["titled-officer-of-a-force", "the-force-itself"])
def test_a_titled_officer_of_a_body_speaks_as_a_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The share of people without insurance fell to 4.9% last year, Gov. Kathy Lin said Thursday, citing new state "
     "data.\n",
     [("Kathy Lin", "person", "The share of people without insurance fell to 4.9% last year")]),
    ("Sen. Rosa Diaz said that 40 clinics had closed.\n",
     [("Rosa Diaz", "person", "40 clinics had closed")]),
], ids=["gov-abbreviation-and-citing-after-the-cue", "sen-abbreviation-opens-a-sentence"])
def test_an_abbreviated_title_never_ends_a_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Northline Trains cancelled 8% of services in August, according to its chief executive, Rob Hale.\n",
     [("Rob Hale", "person", "Northline Trains cancelled 8% of services in August")]),
    ("According to its chief executive, Rob Hale, the firm cancelled 8% of trains.\n",
     [("Rob Hale", "person", "the firm cancelled 8% of trains")]),
    ("According to the trust, Acme Water missed 12 targets.\n",
     [("the trust", "unresolved", "Acme Water missed 12 targets")]),
], ids=["role-then-name-closing", "role-then-name-opening", "a-body-then-a-body-is-no-role"])
def test_according_to_a_role_and_the_person_named_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Staff have called off a strike, the Unite union said on Friday. The union said that 82% voted for the deal.\n",
     [("Unite", "organisation", "Staff have called off a strike"), ("Unite", "organisation", "82% voted for the deal")]),
    ("Staff have called off a strike, the union said on Friday.\n",
     [("the union", "unresolved", "Staff have called off a strike")]),
], ids=["name-then-its-kind", "kind-without-a-name"])
def test_a_name_followed_by_its_kind_is_that_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Harbourside Museum welcomed 412,000 visitors, figures released by the museum show.\n",
     [("Harbourside Museum", "organisation", "The Harbourside Museum welcomed 412,000 visitors")]),
    ("Visitors rose 9%, figures released by the museum show.\n",
     [("the museum", "unresolved", "Visitors rose 9%")]),
], ids=["the-museum-named", "no-museum-named"])
def test_a_publisher_before_the_cue_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Valuway cut prices.\n\nIndustry data from Kantar show that its share rose to 7.2%.\n",
     [("Kantar", "organisation", "its share rose to 7.2%")]),
    ("Valuway cut prices.\n\nFigures from March show that its share rose to 7.2%.\n",
     [("figures", "document", "its share rose to 7.2%")]),
], ids=["data-from-a-bare-name", "data-from-a-month"])
def test_data_from_a_named_source_is_that_source(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("\"We closed 40 schools this year,\" said Council Speaker Dana J. Whitcombe.\n",
     [("Dana J. Whitcombe", "person", "We closed 40 schools this year")]),
    ("Jo A. Roe said costs fell by 4%. Ms Roe added that 12 staff left.\n",
     [("Jo A. Roe", "person", "costs fell by 4%"), ("Jo A. Roe", "person", "12 staff left")]),
    ("Mayor R. Okafor said that 40 buses had been bought.\n",
     [("R. Okafor", "person", "40 buses had been bought")]),
    ("The council chose Plan B. The Acme Trust said that 12 wards had closed.\n",
     [("Acme Trust", "organisation", "12 wards had closed")]),
], ids=["middle-initial-after-a-quotation", "middle-initial-then-honorific", "initial-before-surname",
        "a-letter-ending-a-sentence"])
def test_an_initial_inside_a_name_stays_in_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("CITY HALL\u2212The 2020 Census found that the population had grown by 2.1 percent.\n",
     [("the 2020 Census", "document", "the population had grown by 2.1 percent")]),  # a national count keeps its capital (40c)
    ("DALEHAM\u2014The Acme Trust said that 12 wards had closed.\n",
     [("Acme Trust", "organisation", "12 wards had closed")]),
    ("ACME WATER\u2014Brook Council said that 12 pipes burst.\n",
     [("Brook Council", "organisation", "12 pipes burst")]),
], ids=["minus-sign-dateline", "em-dash-dateline-without-spaces", "a-body-in-capitals-before-the-dash"])
def test_a_dateline_joined_to_the_lead_by_a_dash_never_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The public was safer. The number of crimes reported in Daleham fell by 8% during the summer compared to 3% "
     "nationally.\n", []),
    ("Offences recorded across the county rose by 4% compared with 2024. This equates to 300 more victims.\n", []),
    ("Acme Police said offences recorded by officers rose by 4% last year.\n",
     [("Acme Police", "organisation", "offences recorded by officers rose by 4% last year")]),
    ("Brook Council reported in its accounts that 40 homes were empty.\n",
     [("Brook Council", "organisation", "40 homes were empty")]),
], ids=["crimes-reported-in-a-place-fell", "offences-recorded-across", "inside-a-said-clause", "a-body-reported-that"])
def test_a_participle_after_a_plural_noun_is_no_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Roe, deputy chief executive, Hospital Providers Network, said: \u2018Staff cut the longest waits by 40%.\u2019\n",
     [("Ann Roe", "person", "Staff cut the longest waits by 40%.")]),
    ("Tom Aske, director, Brook Water, said that 12 pipes burst.\n",
     [("Tom Aske", "person", "12 pipes burst")]),
    ("Brook Water, the utility, said that 12 pipes burst.\n",
     [("Brook Water", "organisation", "12 pipes burst")]),
], ids=["name-role-body-before-a-colon", "name-role-body-before-that", "body-and-description"])
def test_a_person_a_role_and_a_body_before_the_cue_is_the_person(text: str,
                                                                  expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Minister thanked NHS workers for clearing waiting lists, with 96% of pathways now under two years.\n", []),
    ("The annual report lists 40 projects completed in 2025.\n",
     [("the annual report", "document", "40 projects completed in 2025")]),
], ids=["waiting-lists-is-a-noun", "a-report-lists"])
def test_a_cue_noun_after_a_gerund_is_a_noun(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Brook Water could be fined \u00a312m under proposals announced by the watchdog Watco.\n", []),
    ("The figures published by Acme Council show that 40 homes were empty.\n",
     [("Acme Council", "organisation", "40 homes were empty")]),
    ("Acme Council announced that 40 homes were empty.\n",
     [("Acme Council", "organisation", "40 homes were empty")]),
], ids=["announced-by-is-passive", "published-by-then-a-cue", "announced-that"])
def test_a_cue_verb_before_by_is_a_passive_not_a_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bakery chain Crustwell has reported a 4% rise in sales but admitted that costs rose by 9%.\n",
     [("Crustwell", "organisation", "has reported a 4% rise in sales"), ("Crustwell", "organisation", "costs rose by 9%")]),
    ("Sandwiches and pastries chain Crustwell has reported a rise in its trading update but admitted recent sales have "
     "slowed.\n",
     [("Crustwell", "organisation", "admitted recent sales have slowed")]),
    ("Brook Water has published a report but said that 12 pipes burst.\n",
     [("Brook Water", "organisation", "12 pipes burst")]),
], ids=["descriptor-then-name-and-a-second-verb", "a-document-with-a-verb-is-no-speaker", "plain-name"])
def test_a_described_body_says_its_second_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Managing director Jo Roe said of summer trading: 'Sales rose by 3% in August.'\n",
     [("Jo Roe", "person", "Sales rose by 3% in August.")]),
    ("Jo Roe said of the closures: \"We shut 12 branches this year.\"\n",
     [("Jo Roe", "person", "We shut 12 branches this year.")]),
], ids=["said-of-a-topic-then-a-quotation", "said-of-the-closures"])
def test_said_of_a_topic_before_a_quotation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The general secretary of the ANMU Ruth Keane said the trolley figures were high for July.\n",
     [("Ruth Keane", "person", "the trolley figures were high for July")]),
    ("ANMU General Secretary Ruth Keane said:\n\n\"We counted 600 patients on trolleys today.\"\n",
     [("Ruth Keane", "person", "We counted 600 patients on trolleys today.")]),
    ("ANMU Cork Branch said that 40 nursing posts were vacant.\n",
     [("ANMU Cork Branch", "organisation", "40 nursing posts were vacant")]),
], ids=["acronym-then-a-name", "acronym-title-and-name", "acronym-and-a-branch"])
def test_a_person_named_right_after_a_body_s_acronym_is_the_person(text: str,
                                                                    expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
