"""Extraction: atomic claims, the right speakers, exact offsets and stable ids."""
from pathlib import Path

import pandas as pd
import pytest

import claims
from claims.extract import claim_id_for, find_claims, readable, split_items
from claims.model import CLAIM_COLUMNS
from conftest import ANNOUNCEMENT, REPORT
import samples

COUNCIL = "Norfolk County Council"
INSPECTORS = "Ofsted Inspectors"

SEED_CLAIMS = [
    ("Michael Rosen", "he is moving on from his role"),
    ("Michael Rosen", "Children\u2019s services in Norfolk has come a long way and is a very different service "
                      "from when I started."),
    ("Michael Rosen", "I\u2019m pleased that inspectors have seen improvement in all the areas they reviewed, but "
                      "there is still more to do and Members have indicated a desire for a change in our approach."),
    ("Michael Rosen", "In my view the immediate improvement priorities for Children\u2019s Services need a Director "
                      "with a different skill set if the continuing challenges in that part of our service are to be "
                      "addressed at the pace Norfolk\u2019s children deserve."),
    ("Michael Rosen", "The urgency with which these challenges need resolving has led to my decision to create "
                      "space for a new Director to be brought in as soon as possible."),
    ("Michael Rosen", "I am sure that the talented and committed staff of the Department will respond positively "
                      "in maintaining their current focus on rapid improvement at all levels with continued support "
                      "from Members and corporate leadership for the direction of travel."),
    (INSPECTORS, "signs of improvement in social care services for children in Norfolk"),
    (INSPECTORS, "services are not yet consistently \u2018good enough\u2019 across the board"),
    (INSPECTORS, "the overall pace of improvement remains slow"),
    (INSPECTORS, "The \u2018robust\u2019 initial response to child protection issues"),
    (INSPECTORS, "Strengthened and effective arrangements for managing risks to children who go missing or are "
                 "at risk of sexual exploitation"),
    (INSPECTORS, "Care leavers services which are starting to deliver better outcomes for young people"),
    ("Roger Smith", "Michael has made an important contribution to strengthening children\u2019s services which has "
                    "made a notable difference to the lives of vulnerable children."),
    ("Roger Smith", "We are determined to do everything possible to get our services to be rated as good \u2013 that "
                    "is what Norfolk children deserve."),
    (COUNCIL, "Michael\u2019s legacy includes improvements across both education and social care"),
    (COUNCIL, "the percentage of schools rated good or outstanding is now above national average"),
    (COUNCIL, "standards at all key stages improved"),
    (COUNCIL, "some schools now among the best in the country"),
    (COUNCIL, "achievement at early years, NEET (not in education, employment or training) rates, and for "
              "vulnerable children, including children in care, is substantially improved and in some areas "
              "exceeding national standards"),
    (COUNCIL, "there is an\xa0increasingly effective early help offer"),
    (COUNCIL, "Mr Rosen has overseen a significant expansion of services for children with emotional well-being "
              "and mental health needs"),
    (COUNCIL, "Norfolk already exceeds the national expected service levels"),
    (COUNCIL, "embedding improvements in help and protection, evidenced in Ofsted monitoring letters of June and "
              "October 2016"),
    (COUNCIL, "the quality of assessments and casework improved from a baseline of \u2018requires improvement\u2019 "
              "with some inadequate work in October 2015 to a place where OFSTED noted some very good work by "
              "October 2016 despite services being not consistently good"),
    (COUNCIL, "substantial improvements to quality of services and outcomes for children in care and care leavers, "
              "noted particularly in the monitoring visit of October 2016"),
    (COUNCIL, "gradual improvements in use of performance information and strategic planning"),
    (COUNCIL, "improved relationships between the authority and the majority of its foster carers"),
    (COUNCIL, "There has been an overall reduction in complaints about the service"),
    (COUNCIL, "effective action to contain and reduce overspends"),
    (COUNCIL, "innovative approaches to recruitment and staff development"),
    (COUNCIL, "implementation of an accommodation strategy that improved access to services and working "
              "conditions for staff"),
]


def pairs(text: str) -> list[tuple[str, str]]:
    """Return (speaker, quote) for every claim in a text."""
    return [(c.speaker, c.quote) for c in find_claims(text, "sample.txt")]


def test_seed_announcement_claims_atomic_with_speakers():
    table = claims.extract_claims(ANNOUNCEMENT)
    assert list(zip(table.speaker, table.quote)) == SEED_CLAIMS


def test_seed_council_list_is_seventeen_rows_and_commentary_is_nobodys():
    table = claims.extract_claims(ANNOUNCEMENT)
    assert (table.speaker == COUNCIL).sum() == 17
    assert not table.quote.str.contains("raise questions|depleted of funds").any()


def test_seed_table_shape_and_types():
    table = claims.extract_claims(ANNOUNCEMENT)
    assert list(table.columns) == list(CLAIM_COLUMNS) + ["speaker_kind", "cue", "speaker_confidence"]
    assert [str(table.dtypes[c]) for c in ("start", "end", "speaker_confidence")] == ["int64", "int64", "float64"]
    assert set(table.source) == {ANNOUNCEMENT.name}
    assert table.claim_id.is_unique
    assert list(table.start) == sorted(table.start)


@pytest.mark.parametrize("path", [ANNOUNCEMENT, REPORT], ids=["announcement", "report"])
def test_every_quote_is_exactly_its_span(path: Path):
    source = claims.load_source(path)
    table = claims.extract_claims(source)
    assert [source.text[r.start:r.end] for r in table.itertuples()] == list(table.quote)


def test_claim_column_is_readable_standalone_statement():
    table = claims.extract_claims(ANNOUNCEMENT)
    row = table[table.quote == "there is an\xa0increasingly effective early help offer"].iloc[0]
    assert row.claim == "There is an increasingly effective early help offer."


def test_report_attributes_reported_speech_and_quotes():
    speakers = claims.extract_claims(REPORT).groupby("speaker").size().to_dict()
    assert speakers == {"Michael Rosen": 5, "Ofsted Inspectors": 5, "Lisa Christensen": 1, "Dave Hill": 1,
                        "Wendy Thomson": 6}


@pytest.mark.parametrize(("text", "expected"), [
    (samples.WATER, [
        ("Riverside Water Ltd", "leaks fell by 12 per cent"),
        ("Riverside Water Ltd", "bills rose below inflation"),
        ("Riverside Water Ltd", "customer complaints halved"),
        ("Riverside Water Ltd", "it planted 40,000 trees"),
        ("Riverside Water Ltd", "restored six wetlands"),
        ("Riverside Water Ltd", "cut carbon emissions by a fifth"),
        ("Riverside Water Ltd", "There has been a fall in sewage spills"),
        ("Riverside Water Ltd", "new storm tanks at four works"),
        ("Riverside Water Ltd", "a doubling of river testing"),
        ("Riverside Water Ltd", "faster repairs to burst mains"),
    ]),
    (samples.HOUSING, [
        ("Northern Housing Agency", "its new homes programme is ahead of schedule"),
        ("Northern Housing Agency", "1,200 homes were completed"),
        ("Northern Housing Agency", "rent arrears fell to 3%"),
        ("Northern Housing Agency", "every tenant now has a named officer"),
        ("Northern Housing Agency", "a new repairs service for older tenants"),
        ("Northern Housing Agency", "faster lettings of empty homes"),
        ("Critics", "the figures are misleading"),
    ]),
    (samples.HOSPITAL, [
        ("Care Quality Inspectorate", "shorter waits in the emergency department"),
        ("Care Quality Inspectorate", "cleaner wards on every floor"),
        ("Eastfield Hospital Trust", "it has recruited 300 nurses"),
        ("Jane Porter", "We have turned the corner and staff morale is the highest it has been."),
        ("Eastfield Hospital Trust", "a new cancer centre has opened"),
        ("Eastfield Hospital Trust", "mortality rates are below the national average"),
    ]),
    (samples.COLLEGE, [
        ("Westbury College", "has announced the departure of its principal, Amir Khan"),
        ("Amir Khan", "the college had \u201cnever been in better shape\u201d"),
        ("Amir Khan", "Our students have achieved the best results in the region"),
        ("Westbury College", "a pass rate of 94 per cent"),
        ("Westbury College", "a new engineering centre, opened in March"),
        ("Westbury College", "apprenticeships doubled"),
        ("Westbury College", "dropout rates fell"),
    ]),
], ids=["semicolons-and-that-it-commas-continuation", "according-bullets-numbers", "inspectors-stars-quote",
        "dashes-and-that-person"])
def test_other_organisations_texts(text: str, expected: list[tuple[str, str]]):
    assert pairs(text) == expected


@pytest.mark.parametrize(("marker", "second"), [("-", "-"), ("\u2022", "\u2022"), ("*", "*"), ("1)", "2)"),
                                                ("1.", "2."), ("(1)", "(2)")])
def test_every_bullet_shape_after_a_colon_cue(marker: str, second: str):
    text = f"The Harbour Board says:\n{marker} cargo volumes rose by a tenth\n{second} the new quay opened early\n"
    assert pairs(text) == [("Harbour Board", "cargo volumes rose by a tenth"),
                           ("Harbour Board", "the new quay opened early")]


@pytest.mark.parametrize(("lead", "speaker"), [
    ("The Harbour Board claims", "Harbour Board"),
    ("The Board reports that", "Harbour Board"),
    ("It says", "Harbour Board"),
    ("According to the Board,", "Harbour Board"),
])
def test_short_references_resolve_to_the_full_name(lead: str, speaker: str):
    text = f"The Harbour Board met on Monday.\n\n{lead} cargo volumes rose by a tenth.\n"
    assert pairs(text) == [(speaker, "cargo volumes rose by a tenth")]


def test_trailing_attribution_and_according_to_after():
    text = ("Dover Port Authority published figures today.\n\n"
            "Freight grew by 8 per cent, the Authority said.\n\n"
            "Queues were shorter than last year, according to the Authority.\n")
    assert pairs(text) == [("Dover Port Authority", "Freight grew by 8 per cent"),
                           ("Dover Port Authority", "Queues were shorter than last year")]


def test_quoted_words_are_the_persons_not_the_organisations():
    text = ("The Valley Trust claims that wards are safer. Its chair, Mary Lowe, said: "
            "\u201cNurses tell me they have never been so stretched.\u201d\n")
    assert pairs(text) == [("Valley Trust", "wards are safer"),
                           ("Mary Lowe", "Nurses tell me they have never been so stretched.")]


def test_writers_commentary_and_questions_are_nobodys():
    text = ("The City Council claims that parks are cleaner, that libraries open longer and that bins are "
            "emptied weekly.\n\nThe claims raise questions. Who checked them?\n")
    assert pairs(text) == [("City Council", "parks are cleaner"), ("City Council", "libraries open longer"),
                           ("City Council", "bins are emptied weekly")]


def test_text_without_cues_has_no_claims():
    assert find_claims("A quiet day. Nothing was announced.\n\nMichael joined in 2013.", "quiet.txt") == []


def test_identical_claims_in_one_source_get_distinct_ids():
    found = find_claims(samples.REPEATED, "parks.txt")
    assert [c.quote for c in found] == ["visitor numbers rose", "visitor numbers rose"]
    assert found[0].claim_id != found[1].claim_id


def test_ids_are_stable_across_runs_and_known_values():
    first = claims.extract_claims(ANNOUNCEMENT).claim_id.tolist()
    assert claims.extract_claims(ANNOUNCEMENT).claim_id.tolist() == first
    assert claim_id_for("a.txt", "cut  waiting\u00a0times", 0) == claim_id_for("a.txt", "cut waiting times", 0)
    assert claim_id_for("a.txt", "cut waiting times", 0) == "c" + __import__("hashlib").sha1(
        "a.txt\x1fcut waiting times\x1f0".encode()).hexdigest()[:12]


def test_editing_one_paragraph_keeps_the_other_ids():
    before = {c.quote: c.claim_id for c in find_claims(samples.WATER, "water.txt")}
    edited = samples.WATER.replace("leaks fell by 12 per cent", "leaks fell by 15 per cent")
    after = {c.quote: c.claim_id for c in find_claims(edited, "water.txt")}
    unchanged = set(before) & set(after)
    assert len(unchanged) == len(before) - 1
    assert all(before[quote] == after[quote] for quote in unchanged)


def test_hostile_text_is_carried_as_plain_text():
    assert pairs(samples.HOSTILE) == [
        ("Example Agency", 'it cut waiting times <img src=x onerror="window.__pwned=1">'),
        ("Example Agency", "<script>window.__pwned=2</script> costs fell"),
        ("Example Agency", '=HYPERLINK("http://x") staff are happy'),
    ]


@pytest.mark.parametrize(("quote", "claim"), [
    ("the overall pace  of improvement remains slow", "The overall pace of improvement remains slow."),
    ("We have turned the corner.", "We have turned the corner."),
    ("rent arrears fell to 3%;", "Rent arrears fell to 3%."),
])
def test_readable(quote: str, claim: str):
    assert readable(quote) == claim


@pytest.mark.parametrize(("text", "items"), [
    ("a rose; b fell; and c held", ["a rose", "b fell", "c held"]),
    ("costs fell, staff grew and sales rose", ["costs fell", "staff grew", "sales rose"]),
    ("costs fell, staff grew, and sales rose", ["costs fell", "staff grew", "sales rose"]),
    ("costs fell and that staff grew", ["costs fell", "staff grew"]),
    ("1) costs fell 2) staff grew", ["costs fell", "staff grew"]),
    ("relations between the board and its staff improved", ["relations between the board and its staff improved"]),
    ("sales, in most regions, rose", ["sales, in most regions, rose"]),
])
def test_split_items(text: str, items: list[str]):
    assert [text[s:e] for s, e in split_items(text, (0, len(text)))] == items


@pytest.mark.parametrize(("name", "cue"), [
    ("The Ministry of Justice", "says"),
    ("NHS England", "said"),
    ("The Office for National Statistics", "reports that"),
    ("Thames Valley Police", "claims"),
    ("Acme Widgets Ltd", "states that"),
])
def test_organisation_name_forms(name: str, cue: str):
    expected = name.removeprefix("The ")
    assert pairs(f"{name} {cue} prison places rose by 2,000; and that waiting lists fell.\n") == [
        (expected, "prison places rose by 2,000"), (expected, "waiting lists fell")]


def test_an_organisations_documents_speak_for_it_but_its_people_do_not():
    text = ("Sunnyvale Borough Council today published its budget.\n\n"
            "Its report also claims that:\n1. potholes are fixed within 48 hours\n2. parks won a Green Flag award\n\n"
            "The council\u2019s statement says road deaths fell.\n\n"
            "Its chief executive said: \u201cWe are proud of every one of our staff.\u201d\n")
    assert pairs(text) == [("Sunnyvale Borough Council", "potholes are fixed within 48 hours"),
                           ("Sunnyvale Borough Council", "parks won a Green Flag award"),
                           ("Sunnyvale Borough Council", "road deaths fell"),
                           ("Its chief executive", "We are proud of every one of our staff.")]


def test_extract_text_gives_the_table_of_a_text_in_memory():
    text = ANNOUNCEMENT.read_text(encoding="utf-8")
    from_file = claims.extract_claims(ANNOUNCEMENT)
    in_memory = claims.extract_text(text, ANNOUNCEMENT.name)
    pd.testing.assert_frame_equal(in_memory, from_file)
    assert set(claims.extract_text("Acme Water said profits rose by a fifth this year.").source) == {"pasted text"}
