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


# Round 54m (mutation): the lead-in's whole record, and where a tip's sentence stops being an instruction.
import pytest  # noqa: E402

from claims.extract.attribution.records import Attribution  # noqa: E402
from claims.extract.attribution.tips import tip_facts, tips_lead_in  # noqa: E402
from claims.extract.text import split_blocks  # noqa: E402
from extract_rows import named_context  # noqa: E402


def test_an_inspectorates_tips_lead_in_is_its_whole_record() -> None:
    text = "The Harbour Standards Inspectorate encourages boat owners planning a trip to consider:\n"
    assert tips_lead_in(text, split_blocks(text)[0], named_context(text)) == Attribution(
        "Harbour Standards Inspectorate", "inspectorate", "to consider:", (), colon=True)


@pytest.mark.parametrize(("row", "facts"), [
    ("Fixing a tap: Fixing a dripping tap saves 5,000 litres a year.",
     ["Fixing a dripping tap saves 5,000 litres a year."]),  # a six-letter word in -ing opens a statement
    ("Going out: Going out after 9pm saves 2 units.", []),  # a five-letter one is read as no subject
    ("Kettles: Kettles need only 2 cups of water.", []),  # a long word not in -ing is no subject
])
def test_a_tips_sentence_is_a_fact_only_after_a_subject(row: str, facts: list[str]) -> None:
    assert [row[s[0]:s[1]] for s in tip_facts(row, (0, len(row)))] == facts
