"""Attribution on the phenomena the wave-2 texts showed: each case is a short text written for this test,
and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from extract_rows import rows


@pytest.mark.parametrize(("text", "expected"), [
    ("Kestrel Bank said lending rose 4%.\n\nHollin Water said leaks fell 9%.\n\n"
     "Waiting times fell by a fifth, the department said.\n",
     [("Kestrel Bank", "organisation", "lending rose 4%"), ("Hollin Water", "organisation", "leaks fell 9%"),
      ("the department", "unresolved", "Waiting times fell by a fifth")]),
    ("The Orwell Housing Trust said 300 homes were repaired.\n\nThe charity said 40 families were rehoused.\n",
     [("Orwell Housing Trust", "organisation", "300 homes were repaired"),
      ("Orwell Housing Trust", "organisation", "40 families were rehoused")]),
    ("Brackley Police said thefts fell 8%. Ferngate Council said fines rose.\n\n"
     "The force said 61 arrests were made.\n",
     [("Brackley Police", "organisation", "thefts fell 8%"), ("Ferngate Council", "organisation", "fines rose"),
      ("Brackley Police", "organisation", "61 arrests were made")]),
    ("Posted Jan 4, 2026 at 6:05 PM\n\nSales rose 5% to \u00a340m, the company said.\n",
     [("the company", "unresolved", "Sales rose 5% to \u00a340m")]),
], ids=["head-never-named-is-unresolved", "only-body-named", "the-force-is-the-police", "time-of-day-is-no-body"])
def test_references_resolve_only_with_confidence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister Ann Lowry opened the scheme.\n\nThe Minister said that 80% of towns now had a hub.\n",
     [("Ann Lowry", "person", "80% of towns now had a hub")]),
    ("Kestrel Bank chief executive Orla Quirke welcomed the announcement but said that fees were 9% lower.\n",
     [("Orla Quirke", "person", "fees were 9% lower")]),
    ("County Commissioner Frank DiNapoli, a Republican, said the fund had paid for 12 clinics.\n",
     [("Frank DiNapoli", "person", "the fund had paid for 12 clinics")]),
    ("Dr. Sam Okafor, an addiction specialist at Ridgefield Memorial Hospital, said deaths fell 9% in 2025.\n",
     [("Sam Okafor", "person", "deaths fell 9% in 2025")]),
    ("In a statement, a spokesman for Kestrel Bank said lending rose 4%.\n",
     [("Kestrel Bank", "organisation", "lending rose 4%")]),
    ("The Department of Towns, Villages and the Islands said 412 hubs were open.\n",
     [("Department of Towns, Villages and the Islands", "organisation", "412 hubs were open")]),
], ids=["the-title-is-the-person-titled-so", "body-role-name-then-object", "indefinite-apposition",
        "apposition-at-a-body", "spokesman-after-a-comma-is-no-apposition", "name-of-a-series"])
def test_people_and_bodies_around_appositions(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Rural Publicans' Association said fares rose 9%.\n\nA garda spokesperson said 40 checkpoints would open.\n",
     [("Rural Publicans' Association", "organisation", "fares rose 9%"),
      ("a garda spokesperson", "unresolved", "40 checkpoints would open")]),
    ("A Marl Bank spokesperson said 300 branches were open. The spokesperson said 12 would close.\n",
     [("Marl Bank", "organisation", "300 branches were open"), ("Marl Bank", "organisation", "12 would close")]),
    ("A force spokesperson said 210 officers joined.\n\nBrackley Police said thefts fell 8%.\n",
     [("a force spokesperson", "unresolved", "210 officers joined"),
      ("Brackley Police", "organisation", "thefts fell 8%")]),
    ("The Front Range Center sued in 2022.\n\nIn a statement, the city said it had installed 640 ramps.\n",
     [("the city", "unresolved", "it had installed 640 ramps")]),
], ids=["unnamed-spokesperson-is-unresolved", "the-spokesperson-again", "spokesperson-of-a-body-named-later",
        "a-statement-is-a-place-and-the-city-unresolved"])
def test_unnamed_speakers_keep_their_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Marl College to cut 80 jobs\n\nUnion warns of strike; college says cuts are 'unavoidable'\n\n"
     "Marl College plans to cut 80 jobs, it has confirmed.\n",
     [("Marl College", "organisation", "Marl College plans to cut 80 jobs")]),
    ("The Energy Office said 14 firms paid late. Each supplier reported the problem to the office.\n",
     [("Energy Office", "organisation", "14 firms paid late")]),
], ids=["standfirst-with-a-quoted-word-is-a-heading", "each-of-many-is-no-speaker"])
def test_headings_and_many_parties_claim_nothing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("\"Two doses are 97% effective,\" said Larkin County Health Officer Dr. Renee Castillo.\n",
     [("Renee Castillo", "person", "Two doses are 97% effective")]),
    ("\"Stores have struggled since 2020,\" said Lorna Pike of Halden Retail Research.\n",
     [("Lorna Pike", "person", "Stores have struggled since 2020")]),
    ("Analysts said the chain had been slow to move online.\n",
     [("Analysts", "unresolved", "the chain had been slow to move online")]),
    ("Two cases were confirmed in Larkin County, the Larkin County Public Health District announced Tuesday.\n",
     [("Larkin County Public Health District", "organisation", "Two cases were confirmed in Larkin County")]),
    ("Ridgefield County opened 4 clinics.\n\nDeaths fell by a third, the county health department said.\n",
     [("the county health department", "unresolved", "Deaths fell by a third")]),
], ids=["honorific-with-a-full-stop", "person-of-a-body-named-research", "people-are-no-party",
        "district-and-county-are-bodies", "a-reference-that-names-another-body"])
def test_names_with_full_stops_groups_and_modifiers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Finance Office said that revenue will grow by 3.1% next year, after rising 4.8% in 2024 and 6.2% in 2023.\n",
     [("Finance Office", "organisation",
       "revenue will grow by 3.1% next year, after rising 4.8% in 2024 and 6.2% in 2023")]),
    ("Kestrel Homes said it had improved customer satisfaction, with 92% of buyers saying they would recommend it.\n",
     [("Kestrel Homes", "organisation", "it had improved customer satisfaction"),
      ("Kestrel Homes", "organisation", "92% of buyers saying they would recommend it")]),
    ("Kestrel Homes said:\n- Improved customer satisfaction, with 92% of buyers saying they would recommend it\n",
     [("Kestrel Homes", "organisation",
       "Improved customer satisfaction, with 92% of buyers saying they would recommend it")]),
    ("Councillor Jo Pryor rejected the claim.\n\nKestrel Homes said it restored six wetlands.\n",
     [("Kestrel Homes", "organisation", "it restored six wetlands")]),
], ids=["after-a-figure-is-no-item", "with-after-a-clause-splits", "with-after-a-bare-phrase-stays",
        "a-verb-and-a-bare-object-is-no-claim"])
def test_items_that_are_no_fragments(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Blades Action Group, founded in 2019 by Denise Harper, said 40% of victims did not report threats.\n",
     [("Blades Action Group", "organisation", "40% of victims did not report threats")]),
    ("The figures, released by the Road Safety Council on Tuesday, show 41 arrests in May.\n",
     [("Road Safety Council", "organisation", "41 arrests in May")]),
    ("The budget closes the Elm Street pool, a move the Port Alder Parks Coalition said would leave 4,000 "
     "children without a pool.\n",
     [("Port Alder Parks Coalition", "organisation", "would leave 4,000 children without a pool")]),
    ("Northmoor Hospitals NHS Trust said 60 beds were closed.\n\nOne neighbouring trust, which did not want to be "
     "named, said it had taken 40 patients.\n\nThe trust said a new centre would open in April.\n",
     [("Northmoor Hospitals NHS Trust", "organisation", "60 beds were closed"),
      ("One neighbouring trust", "unresolved", "it had taken 40 patients"),
      ("Northmoor Hospitals NHS Trust", "organisation", "a new centre would open in April")]),
], ids=["founded-by-is-an-apposition", "released-by-names-the-publisher", "a-street-is-no-person",
        "one-other-body-is-not-the-body-named"])
def test_appositions_streets_and_other_bodies(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kestrel Water plc announces its results.\n\nFinancial highlights\n\u2022 Revenue of \u00a32.4bn, up 7%\n"
     "\u2022 Net debt of \u00a38.9bn\n",
     [("Kestrel Water plc", "organisation", "Revenue of \u00a32.4bn, up 7%"),
      ("Kestrel Water plc", "organisation", "Net debt of \u00a38.9bn")]),
    ("Kestrel Water plc said sales rose 4%.\n\nThe Board has recommended a final dividend of 27.4 pence per share.\n",
     [("Kestrel Water plc", "organisation", "sales rose 4%"),
      ("Kestrel Water plc", "organisation", "has recommended a final dividend of 27.4 pence per share")]),
    ("In its response, the Kestrel Transit Authority accepted 15 of the 17 recommendations.\n",
     [("Kestrel Transit Authority", "organisation", "accepted 15 of the 17 recommendations")]),
], ids=["qualified-highlights-heading", "recommended-keeps-its-verb", "accepted-keeps-its-verb"])
def test_highlights_and_verbs_kept(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kestrel Homes plc (\u201cKestrel\u201d), the regional housebuilder, announces that it built 3,412 homes.\n",
     [("Kestrel Homes plc", "organisation", "it built 3,412 homes")]),
    ("Staff delivered 900 parcels with the Ashby Food Bank, the association added.\n",
     [("the association", "unresolved", "Staff delivered 900 parcels with the Ashby Food Bank")]),
    ("Kestrel Homes plc\nPreliminary results for the year ended 30 June 2025\n\n"
     "Inventories rose to \u00a31.31bn, reflecting 14 new sites.\n",
     [("Kestrel Homes plc", "organisation", "Inventories rose to \u00a31.31bn, reflecting 14 new sites")]),
], ids=["description-set-off-by-commas", "description-that-is-the-subject", "results-statement-is-a-release"])
def test_descriptions_and_results_statements(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


TRANSCRIPT = ("Mayor Luis Ortega: Good morning. Shootings are down 21% this year. Murders are down from 34 to 26.\n\n"
              "We added 150 officers to patrol this year.\n\n"
              "Police Commissioner Dana Whitlow: Thank you. Robberies dropped 14% in the quarter.\n\n"
              "Question: Is it true that the union says 40% of calls wait longer?\n\n"
              "Commissioner Whitlow: Retail theft is up 6%.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (TRANSCRIPT,
     [("Luis Ortega", "person", "Shootings are down 21% this year"),
      ("Luis Ortega", "person", "Murders are down from 34 to 26"),
      ("Luis Ortega", "person", "We added 150 officers to patrol this year"),
      ("Dana Whitlow", "person", "Robberies dropped 14% in the quarter"),
      ("Dana Whitlow", "person", "Retail theft is up 6%")]),
    ("Kestrel Energy said:\n\u2022 Voltara Energy: \u00a35.1 million to 88,000 customers\n"
     "\u2022 Brightwell Power: \u00a31.6 million to 27,500 customers\n",
     [("Kestrel Energy", "organisation", "Voltara Energy: \u00a35.1 million to 88,000 customers"),
      ("Kestrel Energy", "organisation", "Brightwell Power: \u00a31.6 million to 27,500 customers")]),
    ("That's 30 seconds, and I'm not happy with it, Jo Roe said.\n",
     [("Jo Roe", "person", "That's 30 seconds"), ("Jo Roe", "person", "I'm not happy with it")]),
], ids=["transcript-turns", "labelled-bullets-are-no-transcript", "that-s-keeps-that"])
def test_transcripts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Fenwick Water said leaks fell 9%.\n\nThe Water Services Authority (WSA) fined it \u00a312m.\n\n"
     "According to the WSA, the company also reported misleading figures.\n\n"
     "The company said 96% of its bathing waters met the standard.\n",
     [("Fenwick Water", "organisation", "leaks fell 9%"),
      ("Water Services Authority", "inspectorate", "the company also reported misleading figures"),
      ("Fenwick Water", "organisation", "96% of its bathing waters met the standard")]),
    ("Pellings, the discount supermarket chain, has raised its forecast. The retailer said sales rose 9%.\n",
     [("Pellings", "organisation", "sales rose 9%")]),
    ("Cobalt Foods, the firm behind the Harvest brand, has cut prices. The company said sales rose 9%.\n",
     [("Cobalt Foods", "organisation", "sales rose 9%")]),
], ids=["a-cue-after-fillers-is-no-apposition", "an-apposition-of-a-few-words", "a-longer-apposition"])
def test_appositions_close(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kestrel Bank said lending rose 4%.\n\nThey said 12 branches would close.\n",
     [("Kestrel Bank", "organisation", "lending rose 4%"), ("Kestrel Bank", "organisation", "12 branches would close")]),
    ("Kestrel Bank said lending rose 4%.\n\nJo Roe, a customer, said fees rose 9%. They said 12 branches would close.\n",
     [("Kestrel Bank", "organisation", "lending rose 4%"), ("Jo Roe", "person", "fees rose 9%"),
      ("they", "unresolved", "12 branches would close")]),
], ids=["they-after-a-body", "they-after-a-person"])
def test_they_is_a_body_only_after_a_body(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kestrel Transit Authority overpaid contractors, according to an audit released Thursday by the state "
     "auditor general.\n\nThe audit found that the authority lost 212 bus parts.\n",
     [("the state auditor general", "unresolved", "The Kestrel Transit Authority overpaid contractors"),
      ("the state auditor general", "unresolved", "the authority lost 212 bus parts")]),
    ("The figures, released on Tuesday by the Road Safety Council, show 41 arrests in May.\n",
     [("Road Safety Council", "organisation", "41 arrests in May")]),
], ids=["unnamed-publisher-of-an-audit", "released-on-a-day-by"])
def test_documents_of_publishers_named_after_a_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
