"""Wave 43j: documents and inspectors with verbs that record rather than say (`The review detailed how`, `The audit
outlined that`, `Inspectors documented 14 breaches`, `The data indicate that`), `It` after a document the writer says
was published or an inspectorate's visit, even across a paragraph break; and what must not change: a participle
aside (`The report, noted for its length,`) and `noted` with a thing received (`noted the petition`) say nothing."""
from tests.extract_rows import cued_rows


def test_detailed_how_is_the_document_makers():
    text = ("The Harlow Trust published its annual review on Monday. The review detailed how waiting times at its "
            "clinics fell by a fifth in a year.")
    assert cued_rows(text) == [("Harlow Trust", "organisation", "detailed how",
                                "waiting times at its clinics fell by a fifth in a year")]


def test_outlined_that_by_a_named_makers_report():
    text = "Acme Freight's annual report outlined that the firm spent £4m on new depots in 2024."
    assert cued_rows(text) == [("Acme Freight", "organisation", "outlined that",
                                "the firm spent £4m on new depots in 2024")]


def test_outlined_that_by_an_unowned_audit():
    text = "The audit outlined that the Kessock council had overspent by £2m."
    assert cued_rows(text) == [("the audit", "document", "outlined that", "the Kessock council had overspent by £2m")]


def test_documented_that_and_indicate_that():
    assert cued_rows("The survey documented that 40% of riders in Tolby had switched to buses.") == [
        ("the survey", "document", "documented that", "40% of riders in Tolby had switched to buses")]
    assert cued_rows("The data indicate that arrests in Brenford fell by 12 per cent last year.") == [
        ("the data", "document", "indicate that", "arrests in Brenford fell by 12 per cent last year")]


def test_documented_a_thing_keeps_its_verb():
    text = "Inspectors documented 14 breaches of fire safety rules at the Corley depot."
    assert cued_rows(text) == [("inspectors", "inspectorate", "documented",
                                "documented 14 breaches of fire safety rules at the Corley depot")]


def test_detailed_its_support_by_a_named_makers_report():
    text = "The annual report from the Pellmore Trust detailed its support for a record 2,300 families in 2024."
    assert cued_rows(text) == [("Pellmore Trust", "organisation", "detailed",
                                "its support for a record 2,300 families in 2024")]


def test_noted_a_finding_stays_a_claim():
    text = "The Brindle Activity Survey noted a sharp increase in cycling to work."
    assert cued_rows(text) == [("the brindle activity survey", "document", "noted",
                                "a sharp increase in cycling to work")]


def test_it_after_a_published_document():
    text = "The Corran Review was published on Monday. It found that bus use fell by a third."
    assert cued_rows(text) == [("the corran review", "document", "found that", "bus use fell by a third")]
    text = "An audit of the Kessock council was published on Monday.\n\nIt found that the council had overspent by £2m."
    assert cued_rows(text) == [("an audit", "document", "found that", "the council had overspent by £2m")]


def test_it_after_an_inspectorates_visit_across_a_paragraph():
    text = ("The Care Inspectorate visited the Ashgrove Care Centre in December and the Birchlea Care Home in "
            "January.\n\nIt found that the quality of care and support provided was poor.")
    assert cued_rows(text) == [("Care Inspectorate", "inspectorate", "found that",
                                "the quality of care and support provided was poor")]


def test_participle_aside_says_nothing():
    assert cued_rows("The report, noted for its length, ran to 900 pages.") == []
    assert cued_rows("The Brenford council, criticised for its delays, said that 400 homes would be built by June.") == [
        ("the Brenford council", "unresolved", "said that", "400 homes would be built by June")]


def test_noting_a_thing_received_says_nothing():
    assert cued_rows("The clerk opened the letter. It noted the date of the hearing.") == []
    assert cued_rows("The Brenford council noted the petition at its meeting on Tuesday.") == []
    assert cued_rows("The report noted that the date of the hearing had moved twice.") == [
        ("the report", "document", "noted that", "the date of the hearing had moved twice")]


def test_a_detailed_plan_is_no_cue():
    assert cued_rows("The Tolby council submitted a detailed plan for 300 homes on Friday.") == []


def test_maker_named_in_the_possessive_after_from():
    text = ("Harlan Aid opened 176 homes last year. Meanwhile, the annual report from Pellmore’s detailed its support "
            "for a record number of children in 2024.")
    assert cued_rows(text) == [("Pellmore", "organisation", "detailed",
                                "its support for a record number of children in 2024")]
    assert cued_rows("Research from Pellmore's found that 40% of renters had moved twice.") == [
        ("Pellmore", "organisation", "found that", "40% of renters had moved twice")]
