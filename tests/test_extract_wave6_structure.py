"""Claims that the structure of real press texts of wave 6 hid from the extractor (interviews whose questions
stand apart without labels, ...): each case is a short text written for this test, and the whole table it must
give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from extract_rows import rows


UNLABELLED = ("The Gazette put six questions to Tomas Brandt, director of Harbour Ferries Ltd. His answers are edited.\n\n"
              "How busy were the boats this summer?\n\n"
              "Very. We carried 412,000 passengers between June and August, our best season.\n\n"
              "Islanders say the late sailing was dropped.\n\n"
              "We moved it, we did not drop it. Twelve sailings a week now leave at 21:30.\n\n"
              "Will fares rise in spring?\n\n"
              "Not before April. Fuel costs us a third more than in 2022.\n\n")


@pytest.mark.parametrize(("text", "expected"), [
    (UNLABELLED + "The Seafarers' Guild said that 14 crew posts were vacant.\n",
     [("Tomas Brandt", "person", "We carried 412,000 passengers between June and August, our best season"),
      ("Tomas Brandt", "person", "We moved it, we did not drop it"),  # wave 9: an answer states as a quotation does
      ("Tomas Brandt", "person", "Twelve sailings a week now leave at 21:30"),
      ("Tomas Brandt", "person", "Fuel costs us a third more than in 2022"),
      ("Seafarers' Guild", "organisation", "14 crew posts were vacant")]),
    ("What happens to the depot now?\n\nThe site closed in 2023 and 40 jobs went.\n\n"
     "Who pays for the clean-up?\n\nThe bill is put at \u00a32m.\n\nMs Ana Ruiz, who chairs the residents' group, "
     "said the fumes had made 12 people ill.\n",
     [("Ana Ruiz", "person", "the fumes had made 12 people ill")]),
    ("Ana Ruiz and Tom Bell answered questions from readers.\n\nWhen will the pool reopen?\n\nIn May, after 14 months.\n\n"
     "How much did it cost?\n\nAbout \u00a33.1m in all.\n",
     []),
], ids=["questions-apart-then-answers", "rhetorical-questions-in-a-report", "two-interviewees-is-nobody"])
def test_an_interview_without_labels_gives_the_answers_to_its_interviewee(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dunmore Water published its leakage figures on Monday.\n\nThe figures give the losses in each district:\n\n"
     "District        Litres a day      Change\n"
     "Northgate       41 million        down 6%\n"
     "Eastfield       18 million        up 2%\n\n"
     "The company said it would replace 90 miles of pipe.\n",
     [("Dunmore Water", "organisation", "Northgate       41 million        down 6%"),
      ("Dunmore Water", "organisation", "Eastfield       18 million        up 2%"),
      ("Dunmore Water", "organisation", "it would replace 90 miles of pipe")]),
    ("Ms Lea Marsh, the school's head, said pass rates had improved in every subject:\n"
     "Maths\t81%\t(2024: 74%)\nEnglish\t88%\t(2024: 85%)\n",
     [("Lea Marsh", "person", "Maths\t81%\t(2024: 74%)"), ("Lea Marsh", "person", "English\t88%\t(2024: 85%)")]),
    ("The ferry timetable changed in May.\n\nRoute        Sailings\nNorth        14 a week\n", []),
    ("Kelso Council's figures show the homes built in each ward:\n\n| Ward | Homes | Change |\n|---|---|---|\n"
     "| North | 1,200 | +4% |\n",
     [("Kelso Council", "organisation", "North | 1,200 | +4%")]),
    ("Kelso Rail said sales by region were:\nRegion\t2025\t2024\nNorth\t\u00a34.1m\t\u00a33.9m\n",
     [("Kelso Rail", "organisation", "North\t\u00a34.1m\t\u00a33.9m")]),
], ids=["fixed-width-rows-under-a-document-lead-in", "tab-separated-rows-under-a-person", "rows-without-a-lead-in",
        "a-table-with-bars", "years-name-the-columns"])
def test_rows_of_a_table_under_a_lead_in_are_its_speaker_s(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("PRESS RELEASE\n\nBrookvale Care Trust said it cared for 1,210 patients last year.\n\n"
     "About Brookvale Care Trust\nBrookvale Care Trust runs 3 day centres and employs 240 staff.\n",
     [("Brookvale Care Trust", "organisation", "it cared for 1,210 patients last year")]),
    ("PRESS RELEASE\n\nOrchard Food Bank said it gave out 9,300 parcels in 2025.\n\n"
     "Orchard Food Bank is a registered charity with 14 branches and 600 volunteers.\n",
     [("Orchard Food Bank", "organisation", "it gave out 9,300 parcels in 2025")]),
    ("FOR IMMEDIATE RELEASE\n\nTrent Valley Rail said it ran 98% of its trains on time.\n\n###\n\n"
     "Trent Valley Rail carries 41 million passengers a year.\n",
     [("Trent Valley Rail", "organisation", "it ran 98% of its trains on time")]),
    ("PRESS RELEASE\n\nOrchard Food Bank said it gave out 9,300 parcels in 2025.\n\n"
     "Orchard Food Bank is a charity that Sam Hale said owed \u00a340,000 in tax.\n",
     [("Orchard Food Bank", "organisation", "it gave out 9,300 parcels in 2025"),
      ("Sam Hale", "person", "owed \u00a340,000 in tax")]),
], ids=["about-heading-then-boilerplate", "a-nonprofit-describing-itself", "three-hashes-end-the-release",
        "a-self-description-that-reports-is-read"])
def test_a_body_s_boilerplate_about_itself_is_nobody_s_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("According to the Kestrel Trust, the steps taken included:\n- 14 new mentors trained in May;\n"
     "- a helpline open until midnight.\n",
     [("Kestrel Trust", "organisation", "14 new mentors trained in May"),
      ("Kestrel Trust", "organisation", "a helpline open until midnight")]),
    ("According to Ms Ivy Moss, the board's priorities are:\n- a new roof for the library\n",
     [("Ivy Moss", "person", "a new roof for the library")]),
    ("According to the Kestrel Trust, waiting lists fell by a fifth in the year to March, and its two new "
     "centres opened on time:\n- one in Leeds\n",
     [("Kestrel Trust", "organisation", "waiting lists fell by a fifth in the year to March"),
      ("Kestrel Trust", "organisation", "its two new centres opened on time")]),
], ids=["according-to-then-included", "according-to-a-person-then-are", "a-long-claim-before-the-colon-is-kept"])
def test_according_to_before_a_short_lead_in_hands_on_the_list(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("\"We are truly sorry. We moved 40 patients to other wards in March,\" said Ms Ada Crane, the trust's chief nurse.\n",
     [("Ada Crane", "person", "We moved 40 patients to other wards in March")]),
    ("Mr Lewis Dunn said: \"They were wrong. This cannot go on.\" He added: \"We know the parks need more care.\"\n", []),
    ("\"We are proud that every library stayed open this year,\" said Cllr Rhea Patel. \"That was the pledge.\"\n",
     [("Rhea Patel", "person", "We are proud that every library stayed open this year")]),
    ("\"I won't pretend it was easy. We closed the Northgate ward on Friday,\" Dr Ben Ash said.\n",
     [("Ben Ash", "person", "We closed the Northgate ward on Friday")]),
    ("\"If you saw the van, please tell us. You could help a family,\" said Sgt Ray Oduya. \"Your call on 101 "
     "matters.\"\n",
     [("Ray Oduya", "person", "Your call on 101 matters.")]),
    ("\"Patients deserve better than this. Nobody becomes a nurse to work double shifts. Nobody was hurt in the "
     "fire,\" said Ms Lin Park.\n",
     [("Lin Park", "person", "Nobody was hurt in the fire")]),
], ids=["an-apology-then-a-figure", "verdicts-and-attitudes-only", "proud-that-holds-a-claim",
        "a-named-action-is-kept", "an-appeal-to-you-unless-a-figure", "a-due-and-a-maxim-but-not-a-fact"])
def test_rhetoric_inside_a_quotation_is_no_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Marlow Borough Council settled the claim on Monday.\n\n"
     "\"The council paid \u00a3210,000 to the families last year.\n\n"
     "\"We have also repaired 64 homes on the estate since May,\" council leader Ruth Gage said.\n",
     [("Ruth Gage", "person", "The council paid \u00a3210,000 to the families last year."),
      ("Ruth Gage", "person", "We have also repaired 64 homes on the estate since May")]),
    ("Ms Ada Crane welcomed the report.\n\n\"The bridge carried 8,000 cars a day in 2024.\n\n"
     "\"Repairs will cost \u00a34m,\" said Tom Hale, the county's engineer.\n",
     [("Tom Hale", "person", "The bridge carried 8,000 cars a day in 2024."),
      ("Tom Hale", "person", "Repairs will cost \u00a34m")]),
    ("Mr Tom Hale said: \"The bridge carried 8,000 cars a day in 2024.\n\n"
     "\"Repairs will cost \u00a34m,\" he added.\n",
     [("Tom Hale", "person", "The bridge carried 8,000 cars a day in 2024."),
      ("Tom Hale", "person", "Repairs will cost \u00a34m")]),
    ("\"The bridge carried 8,000 cars a day in 2024.\n\nThe county will vote on the repairs in May.\n", []),
], ids=["cue-at-the-end-of-the-last-paragraph", "the-end-cue-beats-the-person-named-before",
        "a-cue-before-still-speaks", "no-cue-closes-it"])
def test_a_multi_paragraph_quotation_belongs_to_the_cue_closing_it(text: str,
                                                                   expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bus journeys fell by 4% in June, according to Kelso Transport, and fares rose by 10p.\n",
     [("Kelso Transport", "organisation", "Bus journeys fell by 4% in June"),
      ("Kelso Transport", "organisation", "fares rose by 10p")]),
    ("Library visits will grow by 6%, according to Brenton Council, while loans will fall by 2%.\n",
     [("Brenton Council", "organisation", "Library visits will grow by 6%"),
      ("Brenton Council", "organisation", "loans will fall by 2%")]),
    ("Library visits grew by 6%, according to Brenton Council, which runs 14 branches.\n",
     [("Brenton Council", "organisation", "Library visits grew by 6%")]),
    ("Fares rose 5%, according to Kelso Rail, while the passengers' union said 40 stations had closed.\n",
     [("Kelso Rail", "organisation", "Fares rose 5%")]),
], ids=["and-after-the-source", "while-after-the-source", "a-relative-clause-about-the-source-is-not-joined",
        "a-clause-with-its-own-cue-is-not-joined"])
def test_a_clause_joined_after_according_to_goes_on_with_its_claim(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dunmore Council will close 3 libraries next year, the finance committee heard on Tuesday.\n\n"
     "The plans were set out by the council's head of culture, Ms Orla Keane.\n",
     [("Orla Keane", "person", "Dunmore Council will close 3 libraries next year")]),
    ("Waiting lists grew by 9% in the spring, councillors were told.\n\n"
     "Dr Amir Shah, the trust's medical director, told the meeting that 40 beds had closed.\n",
     [("Amir Shah", "person", "Waiting lists grew by 9% in the spring"),
      ("Amir Shah", "person", "40 beds had closed")]),
    ("The defendant had sold 300 fake watches, the court heard.\n",
     [("the court", "unresolved", "The defendant had sold 300 fake watches")]),
    ("Bus fares will rise by 5%, the meeting heard.\n\nMs Ada Roe told the meeting that fuel had cost 9% more. "
     "Mr Sam Bell told the meeting that drivers' pay had risen by 4%.\n",
     [("the meeting", "unresolved", "Bus fares will rise by 5%"), ("Ada Roe", "person", "fuel had cost 9% more"),
      ("Sam Bell", "person", "drivers' pay had risen by 4%")]),
    ("Waiting lists grew by 9% in the spring.\n", []),
    ("The court heard that Mr Tom Roe had sold 300 fake watches from his van.\n",
     [("the court", "unresolved", "Mr Tom Roe had sold 300 fake watches from his van")]),
    ("The committee was told on Tuesday that 40 beds had closed.\n\nThe figures were given by the trust's chief "
     "nurse, Ms Ada Crane.\n",
     [("Ada Crane", "person", "40 beds had closed")]),
    ("Mr Tom Roe heard that 40 jobs would go.\n", []),
], ids=["set-out-by-a-named-officer", "councillors-were-told-then-who-told-them", "the-court-never-speaks",
        "two-who-told-the-meeting-is-nobody", "waiting-lists-is-a-noun-not-a-cue", "the-court-heard-that",
        "the-committee-was-told-that", "a-person-who-heard-is-no-audience"])
def test_what_a_meeting_heard_is_the_claim_of_who_told_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Harrow Vale Trust published its quarterly figures on Monday, showing that 92% of patients were seen within "
     "four hours.\n",
     [("Harrow Vale Trust", "organisation", "92% of patients were seen within four hours")]),
    ("Kelso Rail released new data, which shows punctuality rose to 91% in May.\n",
     [("Kelso Rail", "organisation", "punctuality rose to 91% in May")]),
    ("Dr Ama Boateng published a paper in 2019 and joined Kelso Rail in 2021.\n", []),
], ids=["published-then-showing-that", "released-then-which-shows", "published-without-showing"])
def test_what_a_published_document_shows_is_its_publisher_s(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rail journeys rose by 6% in May, new figures from the Office for Rail Data show.\n\n"
     "A total of 4.1 million journeys were made on the coast line, up from 3.8 million. The cause was not given.\n",
     [("Office for Rail Data", "organisation", "Rail journeys rose by 6% in May"),
      ("Office for Rail Data", "organisation",
       "A total of 4.1 million journeys were made on the coast line, up from 3.8 million")]),
    ("Rail journeys rose by 6% in May, new figures from the Office for Rail Data show.\n\n"
     "Ms Ann Holt, who runs a cafe at the station, lost 3 staff last year.\n",
     [("Office for Rail Data", "organisation", "Rail journeys rose by 6% in May")]),
    ("Acme Water said leaks fell by 9%.\n\nA total of 812 pipes were replaced in 2024.\n",
     [("Acme Water", "organisation", "leaks fell by 9%")]),
    ("Rail journeys rose by 6% in May, new figures from the Office for Rail Data show.\n\n"
     "Passenger numbers at Kelso Airport rose by 3% over the same month.\n",
     [("Office for Rail Data", "organisation", "Rail journeys rose by 6% in May")]),
    ("Rail journeys rose by 6% in May, new figures from the Office for Rail Data show.\n\n"
     "The office examined 120 stations in order to assess:\n",
     [("Office for Rail Data", "organisation", "Rail journeys rose by 6% in May")]),
], ids=["figures-go-on-in-the-next-paragraph", "another-topic-is-not-the-figures", "said-is-no-document",
        "another-body-named-is-not-the-figures",
        "a-lead-in-with-a-figure-is-no-figure-shown"])
def test_the_paragraph_after_figures_that_show_goes_on_with_them(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Schools Inspectorate published its report on Kelso Academy.\n\n"
     "Areas for improvement included the school's attendance records, the way it supports new teachers and "
     "the state of the science labs.\n",
     [("Schools Inspectorate", "inspectorate", "the school's attendance records"),
      ("Schools Inspectorate", "inspectorate", "the way it supports new teachers"),
      ("Schools Inspectorate", "inspectorate", "the state of the science labs")]),
    ("Kelso Rail said it had a good year.\n\nThe changes included a new timetable for the coast line and a "
     "ticket office in every town.\n",
     [("Kelso Rail", "organisation", "it had a good year"),
      ("Kelso Rail", "organisation", "a new timetable for the coast line"),
      ("Kelso Rail", "organisation", "a ticket office in every town")]),
    ("The changes included a new timetable for the coast line and a ticket office in every town.\n", []),
    ("Kelso Rail said it had a good year.\n\nChanges were made to the timetable in May.\n",
     [("Kelso Rail", "organisation", "it had a good year")]),
], ids=["areas-for-improvement-in-a-report", "changes-of-the-body-in-focus", "nobody-in-focus",
        "a-passive-is-no-lead-in"])
def test_a_lead_in_without_a_colon_gives_its_items_to_the_speaker_in_focus(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Acme Water said it relined 40 miles of sewer this year, securing bathing water status for 3 beaches.\n",
     [("Acme Water", "organisation", "it relined 40 miles of sewer this year"),
      ("Acme Water", "organisation", "securing bathing water status for 3 beaches")]),
    ("The Pantry Trust said it opened a new depot such that it now serves every village in the county, creating 14 jobs in Dunmore.\n",
     [("Pantry Trust", "organisation", "it opened a new depot"), ("Pantry Trust", "organisation", "it now serves every village in the county"),
      ("Pantry Trust", "organisation", "creating 14 jobs in Dunmore")]),
    ("Acme Water said it replaced 12 more pumps this year, bringing the total to 40.\n",
     [("Acme Water", "organisation", "it replaced 12 more pumps this year, bringing the total to 40")]),
], ids=["securing-after-a-comma", "consequence-then-participle", "bringing-the-total-is-one-figure"])
def test_a_participle_after_a_comma_that_adds_an_achievement_is_its_own_claim(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kelso Rail said its results showed the following \u2014\n\u2022 punctuality up to 91%\n\u2022 40 new drivers\n",
     [("Kelso Rail", "organisation", "punctuality up to 91%"), ("Kelso Rail", "organisation", "40 new drivers")]),
    ("Ms Ada Roe found the following faults at the depot\n- 12 buses had bald tyres\n- the wash bay was shut\n",
     [("Ada Roe", "person", "12 buses had bald tyres"), ("Ada Roe", "person", "the wash bay was shut")]),
    ("Kelso Rail said punctuality rose\n- in the north\n", []),
    ("PRESS RELEASE\nKelso Rail\n\nResults at a glance\nPassengers: 4.2 million (up 6%)\nRevenue: \u00a331m (2024: \u00a328m)\n",
     [("Kelso Rail", "organisation", "Passengers: 4.2 million (up 6%)"),
      ("Kelso Rail", "organisation", "Revenue: \u00a331m (2024: \u00a328m)")]),
], ids=["a-dash-ends-the-lead-in", "the-following-without-a-colon", "a-complete-claim-is-no-lead-in",
        "results-at-a-glance"])
def test_a_lead_in_without_a_colon_above_bullets_hands_them_on(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Question: How many sailings did you cancel?\n\nTomas Brandt, director of Harbour Ferries: We cancelled 212 "
     "sailings in March.\n\nQuestion: Will fares rise?\n\nBrandt: We have frozen them until 2027.\n",
     [("Tomas Brandt", "person", "We cancelled 212 sailings in March"),
      ("Tomas Brandt", "person", "We have frozen them until 2027")]),
    ("The Gazette put two questions to Dunmore Council.\n\nWhy did the pool close?\n\n"
     "We closed it because the roof failed a safety check in May.\n\nWhen will it reopen?\n\n"
     "Our work starts in 2027.\n",
     [("Dunmore Council", "organisation", "We closed it because the roof failed a safety check in May"),
      ("Dunmore Council", "organisation", "Our work starts in 2027")]),
    ("Residents asked Jo Roe, the council leader, about the pool at a meeting on Monday.\n\nWhy now?\n\n"
     "The roof failed a safety check in May and repairs would cost \u00a32m.\n\nWhat happens next?\n\n"
     "A consultation opens in June.\n",
     []),
    ("The Gazette put two questions to Dunmore Council. Kelso Rail was asked too.\n\nWhy did the bridge close?\n\n"
     "The deck failed a safety check in May.\n\nWhen will it reopen?\n\nWork starts in 2027.\n",
     []),
    ("The Gazette interviewed Tomas Brandt, director of Harbour Ferries.\n\nYou cut the winter timetable. Why?\n\n"
     "We carried 40% fewer passengers in January than in July.\n\nFares rose last year. Will they rise again?\n\n"
     "We have frozen them until 2027.\n",
     [("Tomas Brandt", "person", "We carried 40% fewer passengers in January than in July"),
      ("Tomas Brandt", "person", "We have frozen them until 2027")]),
], ids=["a-label-with-a-role", "a-body-answers-unlabelled-questions", "an-explainer-s-question-headings",
        "two-bodies-is-nobody",
        "a-question-that-sets-the-scene-first"])
def test_interview_turns_named_with_a_role_or_answered_by_a_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kelso Rail chief executive Ann Holt, speaking at the firm's AGM, said profits rose 4% to \u00a331m.\n",
     [("Ann Holt", "person", "profits rose 4% to \u00a331m")]),
    ("A statement from Acme Water reads: \"We cut leaks by 9% in 2025.\"\n",
     [("Acme Water", "organisation", "We cut leaks by 9% in 2025.")]),
    ("The sign read \"Closed for repairs until further notice\" for weeks.\n", []),
    ("Speaking on Morning Radio, Health Minister Ann Holt said waits had fallen by 12%.\n",
     [("Ann Holt", "person", "waits had fallen by 12%")]),
], ids=["speaking-at-is-an-aside", "a-statement-reads", "read-without-a-colon-is-no-cue",
        "speaking-on-a-programme-before-the-speaker"])
def test_asides_and_statements_that_read(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kelso Rail's key figures for 2025:\nPassengers \u2013 4.2 million (up 6%)\nRevenue \u2013 \u00a331m\n",
     [("Kelso Rail", "organisation", "Passengers \u2013 4.2 million (up 6%)"), ("Kelso Rail", "organisation", "Revenue \u2013 \u00a331m")]),
    ("The Kestrel Trust said there were two reasons for the fall:\nFirst, 40 volunteers left in May.\n"
     "Second, the grant of \u00a32m ended.\nThe trust's new chair starts next week.\n",
     [("Kestrel Trust", "organisation", "First, 40 volunteers left in May"),
      ("Kestrel Trust", "organisation", "Second, the grant of \u00a32m ended")]),
    ("Acme Water said the following in a statement on Tuesday.\n\n\"We cut leaks by 9% this year and hired 40 new "
     "staff.\"\n",
     [("Acme Water", "organisation", "We cut leaks by 9% this year and hired 40 new staff.")]),
    ("THE FACTS\n- 4,100 families are on the waiting list\n", []),
], ids=["label-and-value-lines", "plain-lines-until-one-without-a-figure", "said-the-following-then-a-quotation",
        "a-heading-is-never-the-speaker"])
def test_plain_lines_under_a_lead_in_are_its_items(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("\"Forty staff were hired this year,\" according to Jo Roe, chief executive of Acme Water.\n",
     [("Jo Roe", "person", "Forty staff were hired this year")]),
    ("Leaks fell by 9%, according to Jo Roe, chief executive of Acme Water.\n",
     [("Jo Roe", "person", "Leaks fell by 9%")]),
], ids=["according-to-after-a-quotation", "a-role-after-the-source-is-no-claim"])
def test_according_to_after_a_quotation_names_its_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("\"We cut leaks by 9% this year and hired 40 new staff.\"\n\u2014 Jo Roe, chief executive, Acme Water\n",
     [("Jo Roe", "person", "We cut leaks by 9% this year and hired 40 new staff.")]),
    ("Ann Holt, head of Kelso Academy, on the results: \"Our pass rate rose to 91% this summer.\"\n",
     [("Ann Holt", "person", "Our pass rate rose to 91% this summer.")]),
    ("Says Tom Reyes, the club's treasurer: \"We lost \u00a32m on the stand last season.\"\n",
     [("Tom Reyes", "person", "We lost \u00a32m on the stand last season.")]),
    ("Ann Holt opened the new wing: \"Forty new places for pupils this year and more to come.\"\n",
     [("Ann Holt", "person", "Forty new places for pupils this year and more to come.")]),  # 66e: the lead-in's subject
], ids=["a-dash-signature-under-a-pull-quote", "a-name-and-role-before-a-colon", "says-before-the-name",
        "a-lead-in-with-a-verb-names-its-subject"])
def test_a_quotation_signed_or_named_without_a_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Correction: An earlier version of this article said 40 jobs would go. Kelso Council has said 14 jobs will go.\n",
     [("Kelso Council", "organisation", "14 jobs will go")]),
    ("CLARIFICATION\nAn earlier version of this story said the club was fined \u00a340,000.\n", []),
], ids=["a-correction-label", "a-clarification-heading"])
def test_a_correction_notice_is_never_a_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("PRESS RELEASE\nKelso Police\n\nThere were 812 thefts of cars in 2025, down from 960. The force said 40 gangs "
     "had been broken up.\n",
     [("Kelso Police", "organisation", "There were 812 thefts of cars in 2025, down from 960"),
      ("Kelso Police", "organisation", "40 gangs had been broken up")]),
    ("PRESS RELEASE\nKelso Police\n\nThere were 812 thefts of cars in 2025. The Drivers' Union said 40 garages "
     "had closed.\n",
     [("Drivers' Union", "organisation", "40 garages had closed")]),
    ("Kelso Police held a briefing.\n\nThere were 812 thefts of cars in 2025. The force said 40 gangs had been "
     "broken up.\n",
     [("Kelso Police", "organisation", "40 gangs had been broken up")]),
], ids=["a-release-s-figures-beside-its-own-cue", "another-party-in-the-paragraph", "a-news-report-is-no-release"])
def test_a_release_s_cue_less_figures_beside_its_own_cue_are_its(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The tenant, who asked not to be named, said the flat had been damp for 14 months.\n",
     [("The tenant", "person", "the flat had been damp for 14 months")]),
    ("The resident, who has lived there since 2019, said 3 rooms were unusable.\n",
     [("The resident", "person", "3 rooms were unusable")]),
    ("The tenant said the flat had been damp for 14 months.\n",
     [("The tenant", "person", "the flat had been damp for 14 months")]),
], ids=["a-relative-aside-after-an-unnamed-person", "a-relative-aside-after-a-resident", "the-unnamed-person-alone"])
def test_an_unnamed_person_before_a_relative_aside_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ministerial statement: storm recovery\nDelivered by Ann Holt, Minister for Transport, on 12 March 2026\n\n"
     "Our crews have reopened 140 of the 160 roads that were closed.\n\nWe have paid \u00a34.2m to 900 households.\n",
     [("Ann Holt", "person", "Our crews have reopened 140 of the 160 roads that were closed"),
      ("Ann Holt", "person", "We have paid \u00a34.2m to 900 households")]),
    ("PRESS RELEASE\nKelso Rail\nBy Tom Reyes\n\nTrains ran 91% on time in May.\n",
     [("Kelso Rail", "organisation", "Trains ran 91% on time in May")]),
], ids=["delivered-by-a-minister", "a-byline-is-no-voice"])
def test_a_statement_delivered_by_a_person_is_theirs(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kelso Sports Commission's written reasons state that the club failed to control its players on three occasions.\n",
     [("Kelso Sports Commission", "organisation", "the club failed to control its players on three occasions")]),
    ("The judgment says the council acted unlawfully when it closed 3 care homes.\n",
     [("the judgment", "document", "the council acted unlawfully when it closed 3 care homes")]),
], ids=["a-commission-s-written-reasons", "a-judgment-with-no-court-named"])
def test_rulings_and_reasons_are_documents(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kelso Council approved a \u00a34m budget that adds 12 wardens.\n", []),
    ("Ms Ann Holt said after the vote that the budget would add 12 wardens.\n",
     [("Ann Holt", "person", "the budget would add 12 wardens")]),
    ("Cllr Ann Holt said the plan used \u00a32m of reserves, \"which means we will be back here next year.\"\n",
     [("Ann Holt", "person", "the plan used \u00a32m of reserves, \"which means we will be back here next year.\"")]),
], ids=["that-adds-is-a-relative-clause", "said-after-the-vote-that", "a-quotation-going-on-with-which"])
def test_clauses_around_a_cue_that_are_no_claim_of_their_own(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("PRESS RELEASE\nKelso Police\n\nKelso Police said burglaries fell by 12% in 2025.\n\n"
     "The Kelso Police Staff Union said 40 officers had left.\n\nThe force will recruit 60 officers in 2026.\n",
     [("Kelso Police", "organisation", "burglaries fell by 12% in 2025"),
      ("Kelso Police Staff Union", "organisation", "40 officers had left"),
      ("Kelso Police", "organisation", "The force will recruit 60 officers in 2026")]),
], ids=["the-issuer-after-a-union-s-response"])
def test_a_release_s_issuer_stays_its_first_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
