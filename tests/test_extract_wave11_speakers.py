"""Who is credited with a claim (wave 11): phenomena that recur across blind sets, each tested on short texts written
for this test (other organisations, other names, other word orders), with at least one case where the mechanism
must not fire. Each case gives the whole table as (speaker, speaker_kind, quote) rows in text order."""
import pytest

from claims.extract.full_names import full_name, named_in_full, ticker_names
from extract_rows import rows


# --- A body's name read short ---------------------------------------------------------------------------------
# The phenomenon: a body's name opens or contains a word that is also a common or descriptive word (`Lifeline`,
# `Lifeline`, `Pioneer`), and the name-reader drops it, leaving the rest of the name (`Family Aid`), sometimes
# even read as a person's name. Other writers give the full name once with an acronym and then again before a cue
# (`X (XY) runs ... X says`), or write it in a caption and a cue, or write it with a joining word (`Right to Repair
# Coalition`). The text never writes the short words on their own, so they can only be the full name.

def test_a_name_whose_first_word_is_a_common_word_is_the_full_name() -> None:
    text = ("Lifeline Family Aid (LFA) runs food banks in six towns.\n\n"
            "Lifeline Family Aid says it has more than 300 volunteers, 40 of them under 25.\n")
    assert rows(text) == [
        ("Lifeline Family Aid", "organisation", "it has more than 300 volunteers, 40 of them under 25")]


def test_full_name_is_the_one_longer_name_the_short_words_only_occur_in() -> None:
    text = "Photo: Lifeline Family Aid. Lifeline Family Aid says it fed 9,000 families."
    assert full_name(text, "Family Aid", ["Lifeline Family Aid", "Family Aid"]) == "Lifeline Family Aid"
    assert full_name(text, "Right to Roam", ["Right to Roam Alliance"]) is None  # never in the text


@pytest.mark.parametrize("text, speaker, bodies", [
    ("Tamford Water said leakage fell. Tamford said it had replaced 80km of mains.", "Tamford",
     ["Tamford Water"]),  # the short name is used on its own: a reference, not a cut name
    ("The Harbour Standards Commission opened an inquiry. The Commission said it had two complaints.",
     "Commission", ["Harbour Standards Commission"]),
    ("Marlow Housing and Marlow Housing Partnership both said rents rose.", "Marlow Housing",
     ["Marlow Housing Partnership"]),  # the short name is a body of its own beside the longer one
    ("Acme North Trust and Acme South Trust said 40 staff left.", "Acme",
     ["Acme North Trust", "Acme South Trust"]),  # two longer names: no telling which
    ("The RSPB and the RSPB Cymru branch said numbers fell.", "RSPB", ["RSPB Cymru"]),  # an acronym is a name
])
def test_a_short_name_the_text_uses_on_its_own_is_left_alone(text: str, speaker: str, bodies: list[str]) -> None:
    assert full_name(text, speaker, bodies) is None


def test_a_person_read_from_a_cut_name_becomes_the_body_and_people_stay_people() -> None:
    text = "Lifeline Family Aid says Jo Roe and Family Aid staff agree."
    kinds = {"Lifeline Family Aid": "organisation", "Jo Roe": "person"}
    assert named_in_full(text, [("Jo Roe", "person"), ("Family Aid", "person")], kinds) == {}  # `Family Aid staff`
    text = "Lifeline Family Aid says it fed 9,000 families."
    assert named_in_full(text, [("Jo Roe", "person"), ("Family Aid", "person")], kinds) == {
        "Family Aid": ("Lifeline Family Aid", "organisation")}


# --- A ticker names its company --------------------------------------------------------------------------------
# The phenomenon: a listed company's release gives its exchange and ticker in brackets after its name, and the
# ticker (all capitals, like an acronym) then becomes a body of its own that takes the company's claims. Other
# writers put the ticker after `plc`, `Inc.` or `Ltd`, use another exchange (`NYSE`, `Nasdaq`, `Euronext Dublin`),
# or add a market suffix (`VMB.L`). A bracket with a colon that is not an exchange (`(Source: ONS)`) names no one.

def test_a_ticker_after_a_company_is_the_company() -> None:
    text = ("Velmora Biosciences plc (LSE: VMB) today announced that revenue rose 22% to £48m. "
            "The Company said its cash of £30m would last into 2028.")
    assert rows(text) == [("Velmora Biosciences plc", "organisation", "revenue rose 22% to £48m"),
                          ("Velmora Biosciences plc", "organisation", "its cash of £30m would last into 2028")]


def test_a_ticker_used_as_the_subject_later_is_the_company() -> None:
    text = ("Halcyon Foods Inc. (NYSE: HLF) reported that quarterly sales rose 6% to $2.1 billion. "
            "HLF said it expects margins to improve in the second half.")
    assert rows(text) == [("Halcyon Foods Inc.", "organisation", "quarterly sales rose 6% to $2.1 billion"),
                          ("Halcyon Foods Inc.", "organisation", "it expects margins to improve in the second half")]
    # the full stop the text writes after `Inc` kept (wave 27g, `speakers/form_stops`)


@pytest.mark.parametrize("text, expected", [
    ("Brannock Mining plc (Euronext Dublin: BRM) said output rose.", {"BRM": "Brannock Mining plc"}),
    ("Ostrava Labs Ltd, (Nasdaq: OSTL) said so.", {"OSTL": "Ostrava Labs Ltd"}),
    ("Kelso Retail (LSE: KEL.L) said so.", {"KEL.L": "Kelso Retail"}),
    ("Kelso Retail (Source: ONS) said so.", {}),  # not an exchange
    ("Kelso Retail (Photo: KR) said so.", {}),
    ("Sales rose 4% (LSE: KEL) on the day.", {}),  # no body before the bracket
])
def test_ticker_names(text: str, expected: dict[str, str]) -> None:
    bodies = ["Brannock Mining plc", "Ostrava Labs Ltd", "Kelso Retail"]
    assert ticker_names(text, bodies) == expected


# --- An office held in a named body or place ---------------------------------------------------------------------
# The phenomenon: a person's office is written with the body or place it is held in, and the office word is one no
# role list knows (`Convener`, `Steward`, `Bursar`), so the office was read as a body's name and took the person's
# words (and later `the authority` too). Other writers put the office before the name with its area (`Senior
# coroner for North Wessex, Amy Lowe,`), and call the person by the bare role later (`The coroner said`); or add a
# role word first (`Deputy Convener of`). Two capitalised words before `of` are a name (`Dev Patel of X`), and
# `X of Y` names that are bodies or places (`Friends of the Earth`, `Isle of Wight Council`) are no office.

from claims.extract.offices import office_of_body, role_opening_sentence  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("Tom Pike, Steward of the Weavers Guild, said the guild had 212 members.",
     [("Tom Pike", "person", "the guild had 212 members")]),
    ("Ama Boateng, Bursar of St Cuthbert's School, said fees would rise by 5%.",
     [("Ama Boateng", "person", "fees would rise by 5%")]),
    ("The Harbour Board said traffic rose by 8%. Nell Ash, Deputy Convener of the Harbour Board, said 40 berths were "
     "empty.", [("Harbour Board", "organisation", "traffic rose by 8%"),
                ("Nell Ash", "person", "40 berths were empty")]),
    ("One broker, Dev Patel of Orme Securities, said the sale would raise about £12m.",
     [("Dev Patel", "person", "the sale would raise about £12m")]),  # a name before `of`, not an office
], ids=["steward", "bursar", "deputy-convener", "name-of-firm"])
def test_a_person_then_an_office_of_a_body_is_the_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Senior coroner for North Wessex, Amy Lowe, has written to the trust. The coroner said staff had missed three "
     "checks.", [("Amy Lowe", "person", "staff had missed three checks")]),
    ("Lead investigator for the Marine Accident Branch, Ruth Ede, gave evidence. The investigator said the crew had "
     "not been trained.", [("Ruth Ede", "person", "the crew had not been trained")]),
], ids=["coroner-for-an-area", "investigator-for-a-branch"])
def test_a_sentence_opening_with_an_office_names_its_holder_for_later(text: str,
                                                                     expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("clause, expected", [
    ("Convener of the Harbour Board", True), ("Steward of the Weavers Guild", True),
    ("Deputy Convener of the Harbour Board", True),
    ("Dev Patel of Orme Securities", False), ("Friends of the Earth", False),
    ("Isle of Wight Council", False), ("University of Calder", False), ("Convener of the", False),
    ("convener of the board", False), ("Convener", False),
])
def test_office_of_body(clause: str, expected: bool) -> None:
    assert office_of_body(clause) is expected


@pytest.mark.parametrize("text, expected", [
    ("Area coroner for East Wessex, Jo Roe, said", "coroner"),
    ("The hearing ended. Chief inspector of prisons, Ben Hart, said", "inspector"),
    ("Ben Hart, Jo Roe, said", ""),  # no role
    ("Yesterday the coroner and the family of Mr Ash, Jo Roe, said", ""),  # too many words, no opening role
    ("the area coroner for East Wessex, Jo Roe, said", ""),  # not a sentence's opening capital
])
def test_role_opening_sentence(text: str, expected: str) -> None:
    assert role_opening_sentence(text, 0, text.rfind(", Jo Roe") if "Jo Roe" in text else text.find(", ")) == expected


# --- A common noun written as a title ----------------------------------------------------------------------------
# The phenomenon: a reporter writes an occupation or description before a name as if it were a title (`Midwife
# Ellen Garvey said`), the role list does not know the word, and the person's name keeps it; a later `Ms Garvey`
# then takes the same wrong name. Other writers use another occupation (`Beekeeper`, `Landlord`), two such words
# (`Dairy farmer`), or a department or status (`Treasury`, `Parent`). A given name that is also a word (`Mark`),
# a middle name (`Owen Rhys Parry`) or a campaign read as a person (`Keep Alder Green`) stays as it is.

from claims.extract.title_nouns import is_common_noun, without_title_nouns  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("Midwife Ellen Garvey said the unit had delivered 2,300 babies last year. Ms Garvey said 14 posts were vacant.",
     [("Ellen Garvey", "person", "the unit had delivered 2,300 babies last year"),
      ("Ellen Garvey", "person", "14 posts were vacant")]),
    ("Beekeeper Tomasz Nowak said hives in the county fell by a third.",
     [("Tomasz Nowak", "person", "hives in the county fell by a third")]),
    ("Mark Ian Blythe said the wall had moved 12mm in a year.",
     [("Mark Ian Blythe", "person", "the wall had moved 12mm in a year")]),  # a given name that is also a word
], ids=["midwife-then-ms", "beekeeper", "given-name-mark"])
def test_a_common_noun_before_a_name_is_no_part_of_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("name, expected", [
    ("Surveyor Ian Blythe", "Ian Blythe"), ("Landlord Sam Orr", "Sam Orr"),
    ("Dairy Farmer Gwen Pryce", "Gwen Pryce"), ("Treasury Ines Farrow", "Ines Farrow"),
    ("Owen Rhys Parry", "Owen Rhys Parry"), ("Sir Neville Crane", "Sir Neville Crane"),
    ("Midwife Ellen Garvey", "Ellen Garvey"), ("Keep Alder Green", "Keep Alder Green"),
    ("Save Alder Meadows", "Save Alder Meadows"),
    ("Ellen Garvey", "Ellen Garvey"), ("Surveyor", "Surveyor"), ("", ""),
])
def test_without_title_nouns(name: str, expected: str) -> None:
    text = f"{name} said local shops had closed. The Save Alder Meadows campaign agreed."
    assert without_title_nouns(name, text) == expected


def test_is_common_noun() -> None:
    assert [w for w in ["Surveyor", "Midwife", "Mark", "Ian", "Grace", "Chief", "van", "surveyor"]
            if is_common_noun(w)] == ["Surveyor", "Midwife"]


# --- A body's name read as a person's, later called by its own last word -----------------------------------------
# The phenomenon: a body's name with no organisation head (`Wellmore Pharmacy`, `Kilbrack Harbour Commissioners`)
# is read as a person's, so the text's later `The Leeds-based pharmacy said` or `The commissioners said` finds no
# body and stays unresolved. Other writers put a place or a description before the noun (`the Cardiff-based
# pharmacy`, `the harbour commissioners`) or use another number (`the commissioner` for `X Commissioners`). A real
# person (`Jo Smith`, later `Ms Smith`), a family (`Her family`), two candidate names, or a company noun that is not
# the name's own (`the group`) stays as it was: precision first.

from claims.extract.misread_bodies import bodies_read_as_people  # noqa: E402


@pytest.mark.parametrize("text, expected", [
    ("Wellmore Pharmacy said 12 branches would close. The pharmacy said revenue fell to £812m.",
     [("Wellmore Pharmacy", "organisation", "12 branches would close"),
      ("Wellmore Pharmacy", "organisation", "revenue fell to £812m")]),
    ("Kilbrack Harbour Commissioners said 46 staff would get a rise. The harbour commissioners said 3.5% had been "
     "offered.",
     [("Kilbrack Harbour Commissioners", "organisation", "46 staff would get a rise"),
      ("Kilbrack Harbour Commissioners", "organisation", "3.5% had been offered")]),
    ("Jo Smith said the campaign had 400 members. The group said it had raised £9,000.",
     [("Jo Smith", "person", "the campaign had 400 members"), ("the group", "unresolved", "it had raised £9,000")]),
    ("Wellmore Pharmacy said 12 branches would close, most within a mile of another Wellmore shop. "
     "The Leeds-based group said revenue fell to £812m.",
     [("Wellmore Pharmacy", "organisation", "12 branches would close, most within a mile of another Wellmore shop"),
      ("Wellmore Pharmacy", "organisation", "revenue fell to £812m")]),  # wave 19d: `pharmacy` is a head, so the
    # name is a body's from the start and `the group` is the company that spoke
], ids=["own-last-word", "modifier-then-own-noun", "a-person-then-the-group", "company-noun-alone"])
def test_a_body_read_as_a_person_is_the_body_its_noun_later_means(text: str,
                                                                 expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text, speakers, expected", [
    ("Tarn Foods said so. Ms Foods said more. The foods said 4.",
     [("Tarn Foods", "person"), ("the foods", "unresolved")], {}),  # an honorific before the last word: a person
    ("Tarn Foods said so. Foods said more. The foods said 4.",
     [("Tarn Foods", "person"), ("the foods", "unresolved")], {}),  # the last word alone before a cue: a person
    ("Her family said so. The family said 4.", [("Her family", "person"), ("the family", "unresolved")], {}),
    ("Tarn Pharmacy said so. Pell Pharmacy said so. The pharmacy said 4.",
     [("Tarn Pharmacy", "person"), ("Pell Pharmacy", "person"), ("the pharmacy", "unresolved")], {}),  # two names
    ("The pharmacy said 4. Tarn Pharmacy said so.", [("the pharmacy", "unresolved"), ("Tarn Pharmacy", "person")],
     {}),  # the name comes after the reference
    ("Tarn Pharmacy said so. The pharmacy said 4.", [("Tarn Pharmacy", "person"), ("the pharmacy", "unresolved")],
     {"the pharmacy": ("Tarn Pharmacy", "organisation"), "Tarn Pharmacy": ("Tarn Pharmacy", "organisation")}),
])
def test_bodies_read_as_people(text: str, speakers: list[tuple[str, str]],
                               expected: dict[str, tuple[str, str]]) -> None:
    assert bodies_read_as_people(text, speakers) == expected
