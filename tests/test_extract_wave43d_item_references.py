"""Wave 43d: a list item under another party's lead-in that opens on a body's common noun and a reporting verb (`2.
The trust told the inquest that 23% ...`) kept the lead-in's speaker (the coroner listing her concerns), though the
item gives its own; as an item opening on a body's name already speaks for that body (`- The Ministry reports ...`),
the one body the noun means speaks, its words after the verb (and after a `that` a few words on). An item with no
reporting verb, one whose verb tells what the body took (`accepted £2m`) and a noun two bodies may answer to keep the
lead-in's speaker."""
from tests.extract_rows import cued_rows

LEAD = ("Coroner Dr Ann Pellow sent a report to Marrow Valley Hospitals NHS Trust.\n\nIn the report, Dr Pellow listed "
        "her concerns:\n\n")
TRUST = "Marrow Valley Hospitals NHS Trust"
CORONER = ("Ann Pellow", "person", "listed")


def test_item_opening_on_the_body_noun_and_told() -> None:
    text = LEAD + ("1. Patients waited up to nine hours for a bed.\n\n2. The trust told the inquest that 23% of handovers "
                   "took longer than an hour.\n")
    assert cued_rows(text) == [
        (*CORONER, "Patients waited up to nine hours for a bed"),
        (TRUST, "organisation", "told", "23% of handovers took longer than an hour"),
    ]


def test_item_opening_on_the_body_noun_and_said() -> None:
    assert cued_rows(LEAD + "1. The trust said 23% of handovers took longer than an hour.\n") == [
        (TRUST, "organisation", "said", "23% of handovers took longer than an hour"),
    ]


def test_item_without_a_reporting_verb_keeps_the_lead_in() -> None:
    assert cued_rows(LEAD + "1. The trust has cut 40 beds since 2023.\n") == [
        (*CORONER, "The trust has cut 40 beds since 2023"),
    ]


def test_item_telling_what_the_body_took_keeps_the_lead_in() -> None:
    assert cued_rows(LEAD + "1. The trust accepted £2m from the hospital charity for the ward.\n") == [
        (*CORONER, "The trust accepted £2m from the hospital charity for the ward"),
    ]


def test_noun_of_two_bodies_keeps_the_lead_in() -> None:
    text = ("Coroner Dr Ann Pellow wrote to Marrow Valley Hospitals NHS Trust on Monday. She also wrote to Fenby "
            "Community NHS Trust.\n\nIn her letters, Dr Pellow listed her concerns:\n\n1. The trust said 23% of "
            "handovers took longer than an hour.\n")
    assert cued_rows(text) == [
        ("Ann Pellow", "person", "wrote", "to Marrow Valley Hospitals NHS Trust on Monday"),
        (*CORONER, "The trust said 23% of handovers took longer than an hour"),
    ]
