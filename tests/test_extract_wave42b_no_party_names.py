"""Wave 42b: capitalised phrases that name no party given a row. An operation's, a campaign's or an event's line over
a release's body line (`Operation Kestrel - Week 3`, then `Police`) is the release's topic: the body on the line after
issues it, even a force's bare noun; a body's own unit after its owner's possessive and before a unit's noun
(`Tarrow Council's Food Safety team`, `the borough's Parks and Open Spaces department`) is the owner's, or the text's
words for the unit, never the unit's capitals alone; an operation or a unit set off between a person and a body is
never the body a lead-in's figures fall back to (then the figures' own words, `Provisional figures`)."""
from tests.extract_rows import cued_rows

ISSUED = "issued the release"


def test_operation_line_over_a_force_line() -> None:
    text = ("Media release\n\nOperation Kestrel – Week 3\n\nPolice\n\nSince the start of Kestrel, officers have tested "
            "2310 drivers and made 41 arrests for drink driving.\n")
    assert cued_rows(text) == [
        ("Police", "organisation", ISSUED, "Since the start of Kestrel, officers have tested 2310 drivers"),
        ("Police", "organisation", ISSUED, "made 41 arrests for drink driving"),
    ]


def test_operation_in_capitals_over_a_force_line() -> None:
    text = ("Media release\n\nOperation KESTREL – Update 2\n\nPolice\n\nSince the start of KESTREL, officers have "
            "tested 2310 drivers.\n")
    assert cued_rows(text) == [
        ("Police", "organisation", ISSUED, "Since the start of KESTREL, officers have tested 2310 drivers"),
    ]


def test_campaign_line_over_a_named_force() -> None:
    text = ("Media release\n\nSafe Streets Campaign\n\nMarlow Vale Police\n\nOfficers seized 14 knives and $9,000 in "
            "cash during the first week.\n")
    assert cued_rows(text) == [
        ("Marlow Vale Police", "organisation", ISSUED,
         "Officers seized 14 knives and $9,000 in cash during the first week"),
    ]


def test_campaign_line_alone_still_issues() -> None:
    text = "Media release\n\nSafe Streets Campaign\n\nVolunteers handed out 14,000 leaflets in the first week.\n"
    assert cued_rows(text) == [
        ("Safe Streets Campaign", "organisation", ISSUED, "Volunteers handed out 14,000 leaflets in the first week"),
    ]


def test_festival_line_over_a_council_line() -> None:
    text = ("Media release\n\nBrackwater Harbour Festival\n\nBrackwater Town Council\n\nThe festival drew 12,000 "
            "visitors, up 15% on last year.\n")
    assert cued_rows(text) == [
        ("Brackwater Town Council", "organisation", ISSUED, "The festival drew 12,000 visitors, up 15% on last year"),
    ]


def test_bare_force_line_without_a_topic_is_no_issuer() -> None:
    text = "Media release\n\nPolice\n\nOfficers seized 14 knives and $9,000 in cash during the first week.\n"
    assert cued_rows(text) == []


def test_named_owner_before_its_unit() -> None:
    text = "Quayside Water's Customer Services team said complaints fell 8% last year."
    assert cued_rows(text) == [("Quayside Water", "organisation", "said", "complaints fell 8% last year")]


def test_unit_after_a_reference_keeps_the_text_words() -> None:
    text = "According to the borough's Parks and Open Spaces department, 310 trees were planted this year."
    assert cued_rows(text) == [
        ("the borough's Parks and Open Spaces department", "unresolved", "According to",
         "310 trees were planted this year"),
    ]


def test_owner_named_with_its_unit_then_the_unit_again() -> None:
    text = ("A prosecution was brought by Tarrow Vale District Council's Food Safety team. Figures published by the "
            "council show the team made 52 inspections in 2024.")
    assert cued_rows(text) == [
        ("Tarrow Vale District Council", "organisation", "show", "the team made 52 inspections in 2024"),
    ]


def test_unit_without_a_possessive_is_unchanged() -> None:
    text = "The Food Safety team made 52 inspections last year, the council said."
    assert cued_rows(text) == [("the council", "unresolved", "said", "The Food Safety team made 52 inspections last year")]


def test_owned_report_is_unchanged() -> None:
    text = "According to the Harbour Rowing Club's annual report, membership rose 12%."
    assert cued_rows(text) == [("Harbour Rowing Club", "organisation", "According to", "membership rose 12%")]


def test_set_off_unit_is_no_fallback_for_figures() -> None:
    """The unit set off after the person (`Coastal Operations`) is never the fallback; since wave 52f `Command` is a
    body's head (`X Police Command`), so the command named last is the body in focus and owns the figures."""
    text = ("Inspector Tam Roe, Coastal Operations, Harbour Command, said the night went well.\n"
            "Provisional figures from Saturday are:\n"
            "• more than 300 officers worked on the night\n"
            "• 40 arrests were made\n")
    assert cued_rows(text) == [
        ("Tam Roe", "person", "said", "the night went well"),
        ("Harbour Command", "organisation", "figures from Saturday are:", "more than 300 officers worked on the night"),
        ("Harbour Command", "organisation", "figures from Saturday are:", "40 arrests were made"),
    ]


def test_body_in_focus_still_owns_the_figures() -> None:
    text = ("Harbour Rowing Club said the night went well.\n"
            "Provisional figures from Saturday are:\n"
            "• 40 arrests were made\n")
    assert cued_rows(text) == [
        ("Harbour Rowing Club", "organisation", "said", "the night went well"),
        ("Harbour Rowing Club", "organisation", "figures from Saturday are:", "40 arrests were made"),
    ]


def test_owned_survey_title_is_no_party() -> None:
    text = "The Trust's annual Way Home survey of 2,300 tenants found that 41% had fallen behind on rent."
    assert cued_rows(text) == [("the trust", "unresolved", "found that", "41% had fallen behind on rent")]


def test_survey_title_without_an_owner_is_unchanged() -> None:
    text = "The Way Home survey of 2,300 tenants found that 41% had fallen behind on rent."
    assert cued_rows(text) == [("Way Home", "organisation", "found that", "41% had fallen behind on rent")]


def test_time_owns_no_survey() -> None:
    text = "Last year's Way Home survey found that 41% had fallen behind on rent, Brackwater Housing Trust said."
    assert cued_rows(text) == [
        ("Brackwater Housing Trust", "organisation", "said",
         "Last year's Way Home survey found that 41% had fallen behind on rent"),
    ]


def test_nationality_before_an_acronym_in_a_headline() -> None:
    text = "Danish LFL clubs lose money\n\nTwelve of the 16 clubs lost money last season, the LFL said."
    assert cued_rows(text) == [("LFL", "organisation", "said", "Twelve of the 16 clubs lost money last season")]


def test_name_adjective_before_an_acronym_is_kept() -> None:
    text = "Irish FA officials said attendances rose 9%."
    assert cued_rows(text) == [("Irish FA", "organisation", "said", "attendances rose 9%")]


def test_operation_line_the_name_reader_leaves_unread() -> None:
    text = ("Media release\n\nOperation HALYARD – Update 3\n\nPolice\n\nOfficers have tested 2310 drivers since the "
            "start of December.\n")
    assert cued_rows(text) == [
        ("Police", "organisation", ISSUED, "Officers have tested 2310 drivers since the start of December"),
    ]


def test_rank_in_a_place_describes_the_reference_before_it() -> None:
    text = ("Skyvale Air carried 4.1 million passengers in May. The airline, Europe's largest by passenger traffic, "
            "said its load factor was 91%.")
    assert cued_rows(text) == [("Skyvale Air", "organisation", "said", "its load factor was 91%")]


def test_rank_in_a_place_describes_the_name_before_it() -> None:
    text = "Skyvale Air, Europe's largest airline by passenger numbers, said its load factor was 91%."
    assert cued_rows(text) == [("Skyvale Air", "organisation", "said", "its load factor was 91%")]


def test_place_description_without_rank_is_unchanged() -> None:
    text = "The Dunmore Trust, Wales's oldest housing charity, said 40 homes were empty."
    assert cued_rows(text) == [("Dunmore Trust", "organisation", "said", "40 homes were empty")]


def test_sea_after_country_letters_is_no_body() -> None:
    text = ("Brannock Oil plc, the producer focused on the UK Irish Sea, today said output rose 6%. "
            "It confirmed 30 roles would be cut.")
    assert cued_rows(text) == [
        ("Brannock Oil plc", "organisation", "said", "output rose 6%"),
        ("Brannock Oil plc", "organisation", "confirmed", "confirmed 30 roles would be cut"),
    ]


def test_body_named_after_a_sea_is_kept() -> None:
    text = "The Irish Sea Fisheries Board said catches fell 12%."
    assert cued_rows(text) == [("Irish Sea Fisheries Board", "organisation", "said", "catches fell 12%")]
