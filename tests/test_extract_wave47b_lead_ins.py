"""Lead-ins with no reporting verb whose bullets are a party's claims (wave 47b). A lead-in that names a party's
stated view (`Set out below is the position of X on the matter:`, `X's understanding is as follows:`;
attribution/view_leads) gives the bullets below to X. A lead-in with no cue of its own right after a party's claim
(`Several arrests were made in raids including:`; attribution/continuing_leads `carried_lead_in`, and a paragraph
going on a source's figures, attribution/continuation) goes on in that party's voice. A lead-in naming another body
is that body's, not carried. Texts written for this test in our own words about invented parties."""
import pytest

from extract_rows import rows

_ITEMS = ("\u2022 The authority awarded the dredging contract after an open tender in March.\n"
          "\u2022 No director of the authority holds shares in the winning firm.\n")


@pytest.mark.parametrize(("lead", "speaker"), [
    ("Set out below is the position of the Marlow Port Authority on the matter:", "Marlow Port Authority"),
    ("Herewith is the understanding of the Marlow Port Authority:", "Marlow Port Authority"),
    ("The Marlow Port Authority's view on the contract is as follows:", "Marlow Port Authority"),
])
def test_a_lead_in_naming_a_partys_view_gives_it_the_bullets(lead: str, speaker: str) -> None:
    text = "Dredging contract: the facts\n\nThe contract was questioned in the press this week.\n\n" + lead + "\n\n" + _ITEMS
    assert rows(text) == [
        (speaker, "organisation", "The authority awarded the dredging contract after an open tender in March"),
        (speaker, "organisation", "No director of the authority holds shares in the winning firm")]


_RAIDS = ("\u2022 The arrest of a woman in Tilbrook after \u00a3400,000 was taken from pensioners.\n"
          "\u2022 The seizure of 30 laptops at a warehouse in Grayford \u2013 three men were charged.\n")
_RAID_ROWS = [
    ("Kestrel County Police", "organisation", "The arrest of a woman in Tilbrook after \u00a3400,000 was taken from pensioners"),
    ("Kestrel County Police", "organisation",
     "The seizure of 30 laptops at a warehouse in Grayford \u2013 three men were charged")]


def test_a_cue_less_lead_in_right_after_a_claim_goes_on_its_speakers_voice() -> None:
    text = ("Fraud squad results published\n\nKestrel County Police's quarterly report shows that fraud losses in the "
            "county fell by a third last year. Several arrests were made in operations including:\n" + _RAIDS)
    assert rows(text) == [("Kestrel County Police", "organisation", "fraud losses in the county fell by a third last year"),
                          *_RAID_ROWS]


def test_a_lead_in_ending_a_paragraph_of_a_reports_figures_goes_on_them() -> None:
    text = ("Fraud squad results published\n\nFraud losses in the county fell by a third last year, a report by Kestrel "
            "County Police published today shows.\n\nOfficers recovered \u00a32 million from fraudsters between April "
            "and June. Several arrests were made in operations including:\n" + _RAIDS)
    assert rows(text) == [
        ("Kestrel County Police", "organisation", "Fraud losses in the county fell by a third last year"),
        ("Kestrel County Police", "organisation", "Officers recovered \u00a32 million from fraudsters between April and June"),
        *_RAID_ROWS]


def test_a_lead_in_naming_another_body_gives_the_bullets_to_that_body() -> None:
    text = ("Fraud squad results published\n\nKestrel County Police's quarterly report shows that fraud losses in the "
            "county fell by a third last year. The Tilbrook Residents Association listed its worries including:\n"
            "\u2022 Street lighting on the estate is poor.\n")
    assert rows(text) == [("Kestrel County Police", "organisation", "fraud losses in the county fell by a third last year"),
                          ("Tilbrook Residents Association", "organisation", "Street lighting on the estate is poor")]
