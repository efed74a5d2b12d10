"""Tips under an advice lead-in (attribution/tips, wave 53q): `X encourages customers ... to consider:` over bullets
written `Label: sentence.`; a stated figure after the label is X's claim, the label and any instruction are nobody's.
Texts written for this test in our own words about invented parties."""
from extract_rows import rows

_TIPS = (
    "Water resources update\n\n"
    "Tarnbeck Water said on Monday that its reservoirs were holding 61 per cent of their capacity.\n\n"
    "Tarnbeck Water encourages households looking for ways to save water this summer to consider:\n\n"
    "  \u2022 Fixing a dripping tap: A dripping tap can waste 5,000 litres a year.\n"
    "  \u2022 Taking shorter showers: Cutting a shower by two minutes saves 20 litres.\n"
    "  \u2022 Boiling less: Boil only the 2 cups of water you need.\n"
    "  \u2022 Watering in the evening: Less water is lost to the sun after dark.\n")


def test_a_tip_s_stated_figure_is_the_body_s_claim_its_label_and_instruction_nobody_s() -> None:
    assert rows(_TIPS) == [
        ("Tarnbeck Water", "organisation", "its reservoirs were holding 61 per cent of their capacity"),
        ("Tarnbeck Water", "organisation", "A dripping tap can waste 5,000 litres a year."),
        ("Tarnbeck Water", "organisation", "Cutting a shower by two minutes saves 20 litres."),
    ]


def test_a_lead_in_without_a_body_gives_no_tips() -> None:
    text = _TIPS.replace("Tarnbeck Water encourages households", "Households are encouraged by many")
    assert [r for r in rows(text) if "dripping" in r[2]] == []
