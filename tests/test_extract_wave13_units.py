"""The helpers of the wave-13a speaker modules, one whole value per case: where a name ends (`bounds`), labels and
posts (`labels`), places (`places`), producers and recipients of documents (`publishers_of`, `products`)."""
import pytest

from extract_rows import rows

from claims.extract.attribution.asides import without_relative_aside
from claims.extract.speakers.bounds import (
    body_before, common_prefix, common_suffix, firm_name, kept_after, may_open, whole_word_occurrences, words_after,
    words_before, whole_bodies, whole_name,
)
from claims.extract.speakers.labels import (
    title_like, labelled_speakers, participle_opening, party_holder, titled_person, unglued_body,
)
from claims.extract.speakers.places import is_place, places_as_people
from claims.extract.speakers.publishers_of import ends_near, is_recipient, kin_publisher, producers


# --- bounds ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("words", "ends_in_head", "kept"), [
    ([" on", " Disaster", " Recovery"], True, [" on", " Disaster", " Recovery"]),
    ([" of", " Health", " Chairman", " Jo"], True, [" of", " Health"]),
    ([" for", " the"], True, []),
    ([" on"], True, []),
    ([" on", " Ports"], False, []),
    ([" Communications", " Center", " Staff"], False, [" Communications", " Center"]),
    ([" Communications", " Center", " Board"], False, [" Communications", " Center"]),
    ([" Chairman", " Center"], False, []),
    ([" and", " Center"], False, []),
    ([], True, []),
    ([" Dispatch", " Office."], False, [" Dispatch", " Office."]),
])
def test_kept_after(words: list[str], ends_in_head: bool, kept: list[str]) -> None:
    assert kept_after(words, ends_in_head) == kept


@pytest.mark.parametrize(("word", "may"), [
    ("House", True), ("of", True), ("Today", False), ("Chairman", False), ("Acme's", False), ("Acme\u2019s", False),
    ("LONDON", False), ("NHS", True), ("Leeds-based", False), ("North-East", True), ("Albany.", False),
    ("Dr.", False),
])
def test_may_open(word: str, may: bool) -> None:
    assert may_open(word) is may


@pytest.mark.parametrize(("name", "firm"), [
    ("Pruitt & Vega LLP", True), ("Pruitt & Vega Inc.", True), ("Pruitt & Vega", False),
    ("Hollis & Pratt and Marlowe LLP", False), ("Pruitt Vega LLP", False), ("Pruitt & Vega Co", True),
])
def test_firm(name: str, firm: bool) -> None:
    assert firm_name(name) is firm


def test_occurrences_are_whole_words() -> None:
    text = "Acme Water; XAcme Water; Acme Waters; pre-Acme Water; Acme Water."
    assert whole_word_occurrences(text, "Acme Water") == [0, 54]
    assert whole_word_occurrences("The Acme Water's plan", "Acme Water") == [4]
    assert whole_word_occurrences("no name", "Acme") == []


def test_words_before_and_after() -> None:
    text = "The House Select Committee on Ports Chairman said"
    assert words_before(text, text.find("Select"), False) == ["House "]
    assert words_before("x\nHouse Select", 8, False) == ["House "]
    assert words_before("Harlan, Pruitt & Vega", 8, True) == ["Harlan, "]
    assert words_before("Harlan, Pruitt & Vega", 8, False) == []
    assert words_before("Minister for Ports Acme", 19, False) == ["Ports "]
    assert words_before("Minister for Acme", 13, False) == []
    assert words_after(text, text.find(" on")) == [" on", " Ports", " Chairman", " said"][:3]
    assert words_after("Acme Center. More", 4) == [" Center"]
    assert words_after("Acme Center\nMore", 4) == [" Center"]
    assert words_after("Acme, More", 4) == []


def test_common_runs() -> None:
    assert common_suffix([["A ", "B "], ["C ", "B "]]) == ["B "]
    assert common_suffix([["A ", "B "], []]) == []
    assert common_suffix([["A ", "B "], ["A ", "B "]]) == ["A ", "B "]
    assert common_prefix([[" a", " b"], [" a", " c"]]) == [" a"]
    assert common_prefix([[" a"], [" a", " c"]]) == [" a"]
    assert common_prefix([[" x"], [" a"]]) == []


def test_body_before() -> None:
    assert body_before("Select Committee on ") is True
    assert body_before("Select Committee ") is False
    assert body_before("on ") is False
    assert body_before("Friends of ") is False


def test_whole_bodies_maps_only_cut_bodies() -> None:
    text = "The Select Committee on Ports met. Flood Recovery is the House Committee on Flood Recovery."
    assert whole_bodies(text, [("Select Committee", "inspectorate"), ("NHS", "organisation"),
                               ("Ports", "document"), ("Flood Recovery", "person")]) == {
        "Select Committee": ("Select Committee on Ports", "inspectorate")}
    assert whole_bodies("the Committee on Ports said", [("Ports", "person")]) == {
        "Ports": ("Committee on Ports", "organisation")}
    assert whole_bodies("the Friends of Jo Roe said", [("Jo Roe", "person")]) == {}
    assert whole_name("Acme Water said. Big Acme Water Ltd", "Acme Water") == "Acme Water"


# --- labels ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("speaker", "like"), [
    ("Cathaoirleach", True), ("the Provost", True), ("The Provost", True), ("Chief Executive", True),
    ("Acme Water", False), ("NHS", False), ("provost", False), ("", False), ("the", False),
])
def test_title_like(speaker: str, like: bool) -> None:
    assert title_like(speaker) is like


def test_labelled_speakers_by_kind() -> None:
    text = "Sen. Mary Cole, D-Ohio, spoke. Rivermouth Fire Service and the Service. The Chief Executive's report."
    kinds = {"Rivermouth Fire Service": "organisation"}
    assert labelled_speakers(text, [("D-Ohio", "organisation"), ("Service", "organisation"),
                                    ("Chief Executive", "organisation"), ("Jo Roe", "person")], kinds) == {
        "D-Ohio": ("Mary Cole", "person"), "Service": ("Rivermouth Fire Service", "organisation"),
        "Chief Executive": ("Chief Executive", "unresolved")}
    assert labelled_speakers(text, [("D-Ohio", "person"), ("Service", "person"), ("service", "organisation")],
                             kinds) == {}
    assert labelled_speakers(text, [("Chief Executive", "unresolved")], kinds) == {}


def test_party_holder_needs_the_name_right_before() -> None:
    assert party_holder("Mary Cole, D-Ohio, said", "D-Ohio") == ("Mary Cole", "person")
    assert party_holder("Mary Cole, who chairs it, D-Ohio", "D-Ohio") is None
    assert party_holder("D-Ohio first. Then Mary Cole (D-Ohio) said", "D-Ohio") == ("Mary Cole", "person")
    assert party_holder("Acme Water, D-Ohio", "D-Ohio") is None


def test_titled_person_gaps() -> None:
    assert titled_person("the Provost, Prof Ann Lee, said", "Provost") == ("Ann Lee", "person")
    assert titled_person("the Provost, Professor Ann Lee, said", "Provost") == ("Ann Lee", "person")
    assert titled_person("the Provost, dr Ann Lee, said", "Provost") is None
    assert titled_person("The Provost, Ann Lee, said", "the Provost") == ("Ann Lee", "person")
    assert titled_person("the Provost, Acme Water, said", "Provost") is None
    assert titled_person("the Provost, and then Ann Lee, said", "Provost") is None


def test_unglued_body_needs_a_group_first() -> None:
    assert unglued_body("by nurses and HSE teams. The HSE said", "nurses and HSE", {}) == ("HSE", "organisation")
    assert unglued_body("by Gps and HSE teams. The HSE said", "Gps and HSE", {}) is None
    assert unglued_body("by GPs and HSE teams. the HSE said", "GPs and HSE", {}) == ("HSE", "organisation")


def test_participle_opening() -> None:
    assert participle_opening("Responding, the airport said", ["Responding"]) is True
    assert participle_opening("Reading said. Reading", ["Reading"]) is False
    assert participle_opening("responding", ["responding"]) is False
    assert participle_opening("Responding now", ["Responding", "now"]) is False
    assert participle_opening("Respond", ["Respond"]) is False


# --- places ---------------------------------------------------------------------------------------------------

def test_places_as_people_by_kind() -> None:
    text = "Traders in Market Place said so."
    assert places_as_people(text, [("Market Place", "person"), ("Market Place", "organisation")]) == {
        "Market Place": ("Market Place", "unresolved")}
    assert places_as_people(text, [("Market Place", "unresolved"), ("Market Place", "document")]) == {}


@pytest.mark.parametrize(("text", "place"), [
    ("Homes at Ashcombe Bridge flooded.", True), ("Homes near the Ashcombe Bridge flooded.", True),
    ("Homesin Ashcombe Bridge", False), ("Homes in  Ashcombe Bridge", True), ("Homes by Ashcombe Bridge", False),
    ("Mrs Bridge and Homes in Ashcombe Bridge", False), ("Cllr Bridge; in Ashcombe Bridge", False),
    ("in Ashcombe Bridge; Dr. Bridge", False), ("in Ashcombe bridge", False),
])
def test_is_place_prepositions_and_honorifics(text: str, place: bool) -> None:
    assert is_place(text, "Ashcombe Bridge") is place


# --- publishers_of --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "recipient"), [
    (["cabinet"], True), (["Cabinet"], True), (["staff"], False), (["Westbury", "Council"], True),
    (["the", "committee"], True), (["its", "cabinet"], False), (["their", "board"], False),
    (["be", "published"], False), (["date"], False), (["council's", "committee"], True),
    ([], False), (["the"] * 9, False), (["some", "members"], False),
])
def test_recipient(raw: list[str], recipient: bool) -> None:
    assert is_recipient(raw, [w.lower() for w in raw]) is recipient


@pytest.mark.parametrize(("gap", "near"), [
    ("", True), (" ", True), (" (MDA) ", True), (" (MDA)", True), (")", True), (" (a very long name) ", False),
    (" and ", False), (" (MDA ", False),
])
def test_ends_near(gap: str, near: bool) -> None:
    text = "Agency" + gap + "has"
    assert ends_near(text, 6, 6 + len(gap)) is near


def test_producers_one_per_product() -> None:
    text = ("Bright Law LLP has filed a lawsuit. The Rivers Agency issued a flood warning. Acme Ltd issued a warning. "
            "Acme Ltd has issued its Annual Report. the port issued an alert.")
    found = producers(text)
    assert {noun: m.name for noun, m in found.items()} == {"lawsuit": "Bright Law LLP", "report": "Acme Ltd"}
    assert kin_publisher({"report": "A", "study": "B"}, "study") is None
    assert kin_publisher({}, "study") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("A report to Westbury Council says 40 posts will go.\n", [("A report to Westbury Council", "document",
                                                                 "40 posts will go")]),
    ("A report to the board last week says 40 posts will go.\n",
     [("A report to the board", "document", "40 posts will go")]),
    ("A briefing to cabinet says 40 posts will go.\n", [("a briefing", "document", "40 posts will go")]),
    ("An analysis to cabinet says 40 posts will go.\n",
     [("An analysis to cabinet", "document", "40 posts will go")]),
    ("A damning report to cabinet says 40 posts will go.\n",
     [("A damning report to cabinet", "document", "40 posts will go")]),
    ("A 2025 report to cabinet says 40 posts will go.\n", [("2025 report", "document",
                                                             "40 posts will go")]),
], ids=["named-recipient", "time-after", "not-a-work-noun", "an", "adjective", "figure-modifier"])
def test_addressed_document_shapes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rents rose by 9%, an Acme inquiry has found.\n", [("Acme", "organisation", "Rents rose by 9%")]),
    ("Rents rose by 9%, a Fair Rent inquiry has found. Fair Rent Network campaigns.\n",
     [("Fair Rent", "organisation", "Rents rose by 9%")]),
    ("Rents rose by 9%, a Shoppers' Voice report has found.\n", [("Shoppers' Voice", "organisation",
                                                                  "Rents rose by 9%")]),
    ("Rents rose by 9%, an inquiry has found.\n", [("an inquiry", "unresolved", "Rents rose by 9%")]),
], ids=["an", "named-later", "apostrophe-document", "no-modifier"])
def test_modifier_product_shapes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_without_relative_aside_reads_the_region_only() -> None:
    text = "The forum, which has 9 members, read it and said, later, that it was so."
    assert without_relative_aside(text, 0, 45) == "The forum" + " " * 23 + "read it and said, later, that it was so."
    assert without_relative_aside("The forum read it and said, which is odd, so", 0, 20) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("The Water Agency has issued an alert about the pump.\n\nThis alert warns that the pump may stop.\n",
     [("Water Agency", "organisation", "the pump may stop")]),
    ("The alert warns that the pump may stop.\n", [("The alert", "unresolved", "the pump may stop")]),
], ids=["this", "no-issuer"])
def test_produced_document_shapes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected


def test_titled_person_with_a_capital_article() -> None:
    assert titled_person("The Provost, Ann Lee, spoke.", "The Provost") == ("Ann Lee", "person")
