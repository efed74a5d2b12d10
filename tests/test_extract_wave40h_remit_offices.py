"""Wave 40h: a lower-case description of a remit-named office (`the ports and shipping watchdog`) is the office the
text names with that remit (`Chief Inspector of Ports and Shipping, Marta Quellan`), before or after it; bare
`Inspectors found` is the inspecting office the text names by its letters, never a department."""
from tests.extract_rows import cued_rows

DESCRIBED_FIRST = (
    "Clerks at a Harbour Office depot in Dunmore were told to clear six files a day, the ports and shipping watchdog "
    "has found.\n\n"
    "In a report laid on Monday, the Independent Chief Inspector of Ports and Shipping, Marta Quellan, said the "
    "targets had led to \"hasty decisions\".\n")


def test_description_before_the_post_is_its_holder() -> None:
    assert cued_rows(DESCRIBED_FIRST) == [
        ("Marta Quellan", "person", "found",
         "Clerks at a Harbour Office depot in Dunmore were told to clear six files a day"),
        ("Marta Quellan", "person", "said", 'the targets had led to "hasty decisions"'),
    ]


DESCRIBED_AFTER = (
    "The Chief Inspector of Ports and Shipping, Dr Marta Quellan, visited Dunmore in May.\n\n"
    "Ferry crews were given no training on the new scanners, the ports and shipping watchdog said.\n")


def test_description_after_the_post_is_its_holder() -> None:
    assert cued_rows(DESCRIBED_AFTER) == [
        ("Marta Quellan", "person", "said", "Ferry crews were given no training on the new scanners"),
    ]


OTHER_REMIT = (
    "Clerks at a Harbour Office depot in Dunmore were told to clear six files a day, the rail watchdog has found.\n\n"
    "The Chief Inspector of Ports and Shipping, Marta Quellan, visited Dunmore in May.\n")


TWO_HOLDERS = (
    "The Chief Inspector of Ports and Shipping, Marta Quellan, hands over to the Deputy Inspector of Ports and "
    "Shipping, Ivo Brandt, in May.\n\n"
    "Ferry crews were given no training on the new scanners, the ports and shipping watchdog said.\n")


def test_two_holders_of_the_remit_leave_the_description_its_words() -> None:
    assert cued_rows(TWO_HOLDERS) == [
        ("the ports and shipping watchdog", "inspectorate", "said",
         "Ferry crews were given no training on the new scanners"),
    ]


def test_description_of_another_remit_keeps_its_words() -> None:
    assert cued_rows(OTHER_REMIT) == [
        ("the rail watchdog", "inspectorate", "found",
         "Clerks at a Harbour Office depot in Dunmore were told to clear six files a day"),
    ]


INSPECTORS = (
    "The Independent Chief Inspector of Ports and Shipping (CIPS) today publishes a report on how the Harbour Office "
    "runs its two depots.\n\n"
    "Inspectors also found:\n\n"
    "- files in 12 of the 80 cases sampled had no signature;\n"
    "- new clerks had two days of training.\n\n"
    "The Harbour Office said it would act.\n")


OFFICE = "Independent Chief Inspector of Ports and Shipping"


def test_bare_inspectors_are_the_office_spelled_by_its_letters() -> None:
    assert cued_rows(INSPECTORS) == [
        (OFFICE, "inspectorate", "found", "files in 12 of the 80 cases sampled had no signature"),
        (OFFICE, "inspectorate", "found", "new clerks had two days of training"),
        ("Harbour Office", "organisation", "said", "it would act"),
    ]


CHIEF_INSPECTOR = (
    "The Chief Inspector of Ports and Shipping, Marta Quellan, visited two Harbour Office depots in May.\n\n"
    "The Harbour Office said it had hired 40 clerks.\n\n"
    "The chief inspector said the depots still kept records on paper.\n")


def test_the_post_in_lower_case_is_its_one_holder_whatever_the_remit() -> None:
    assert cued_rows(CHIEF_INSPECTOR) == [
        ("Harbour Office", "organisation", "said", "it had hired 40 clerks"),
        ("Marta Quellan", "person", "said", "the depots still kept records on paper"),
    ]


BARE_INSPECTOR = (
    "The Ports Inspectorate visited 12 harbours this spring.\n\n"
    "At the north quay, the inspector found that two clerks were on duty for 300 ships.\n\n"
    "The Deputy Chief Inspector of Ports and Shipping, Marta Quellan, said: \"Most crews were safe.\"\n")


def test_a_bare_inspector_on_a_visit_is_not_the_chief_inspector() -> None:
    assert cued_rows(BARE_INSPECTOR) == [
        ("Ports Inspectorate", "inspectorate", "found that", "two clerks were on duty for 300 ships"),
        ("Marta Quellan", "person", "said:", "Most crews were safe."),
    ]
