"""speakers/own_inquiries: an unresolved `the investigation`, `the inquiry` or `our investigation` in a release one
body issued is that issuer's own inquiry (wave 33d; seen in p1196, p1285, and with `our` in p872, p1032)."""
import pytest

from claims.extract.speakers.own_inquiries import own_inquiry, inquiry_references
from extract_rows import cued_rows as rows

ISSUED = "issued the release"


@pytest.mark.parametrize(("speaker", "expected"), [
    ("the investigation", True), ("The inquiry", True), ("our investigation", True), ("Our probe", True),
    ("the lawsuit", False),  # a case another party brings
    ("an investigation", False),  # a new inquiry, anyone's
    ("the council's investigation", False),  # an owner named
    ("the independent investigation", False),  # a described inquiry: maybe another body's
    ("investigation", False),
])
def test_an_own_inquiry_is_the_or_our_and_an_inquirys_noun(speaker: str, expected: bool) -> None:
    assert own_inquiry(speaker) is expected


@pytest.mark.parametrize(("found", "expected"), [
    ([("Fell Rail Accident Office", "inspectorate", ISSUED), ("the investigation", "unresolved", "found that"),
      ("our inquiry", "unresolved", "showed")],
     {"the investigation": ("Fell Rail Accident Office", "inspectorate"),
      "our inquiry": ("Fell Rail Accident Office", "inspectorate")}),
    ([("Marrin Valley Council", "organisation", ISSUED), ("The investigation", "unresolved", "revealed that")],
     {"The investigation": ("Marrin Valley Council", "organisation")}),  # a public body's own inquiry too
    ([("Fell Rail Accident Office", "inspectorate", ISSUED), ("Orrin Ports Ltd", "organisation", ISSUED),
      ("the investigation", "unresolved", "found that")], {}),  # two issuers: either's
    ([("Fell Rail Accident Office", "inspectorate", "said"), ("the investigation", "unresolved", "found")], {}),
    ([("Fell Rail Accident Office", "inspectorate", ISSUED), ("the lawsuit", "unresolved", "says")], {}),
    ([("Fell Rail Accident Office", "inspectorate", ISSUED), ("the investigation", "document", "found")], {}),
], ids=["inspectorate", "council", "two-issuers", "no-release", "a-case", "not-unresolved"])
def test_a_releases_own_inquiry_is_its_issuers(found: list[tuple[str, str, str]],
                                               expected: dict[str, tuple[str, str]]) -> None:
    assert inquiry_references(found) == expected


RELEASE = (
    "Press release\n\nReport published: tug Marrow Bell's grounding in the Fell estuary\n\n"
    "From: Fell Rail and Marine Accident Office\nPublished 3 March 2026\n\n"
    "The Fell Rail and Marine Accident Office has today published its report into the grounding of the tug Marrow "
    "Bell near Tarn Point in May.\n\n"
    "The tug, operated by Orrin Towage Ltd, ran aground at about 6 knots. Two of its four crew were hurt.\n\n"
    "The investigation found that:\n"
    "- the tug's echo sounder had been switched off for two weeks; and\n"
    "- the crew had not been given a chart of the new channel.\n")


def test_a_releases_investigation_speaks_as_its_issuer_in_the_table() -> None:
    assert [r for r in rows(RELEASE) if r[2] == "found that"] == [
        ("Fell Rail and Marine Accident Office", "organisation", "found that",
         "the tug's echo sounder had been switched off for two weeks"),
        ("Fell Rail and Marine Accident Office", "organisation", "found that",
         "the crew had not been given a chart of the new channel")]
