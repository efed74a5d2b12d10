"""A council's release names its own council by a short form (`Fenbury DC`) and its letters (`FDC`), and another
council, by its full name, only in passing (as a funder): `the council` before either is named means the page's own
council, never the one named in passing; a bare plural document with no owner (`Results show that`) there is that
council's too (wave 41i)."""
from tests.extract_rows import cued_rows

CUE = "points highlighted by the council include:"

RELEASE = """Some of the points highlighted by the council include:
- Around 12,000 homes can now compost under the new scheme
- The new caddies are being paid for by Marlowshire County Council out of savings
- The joint service between Fenbury DC and Holme DC is expected to save around £2m a year.
Cllr Ada Pellow, FDC Cabinet Member for Waste, said: "These are excellent results for our residents."
FDC is giving residents new caddies for garden waste.
"""


def test_the_council_is_the_page_own_short_council() -> None:
    assert cued_rows(RELEASE) == [
        ("Fenbury DC", "organisation", CUE, "Around 12,000 homes can now compost under the new scheme"),
        ("Fenbury DC", "organisation", CUE, "The new caddies are being paid for by Marlowshire County Council out of savings"),
        ("Fenbury DC", "organisation", CUE, "The joint service between Fenbury DC and Holme DC is expected to save around £2m a year"),
        ("Ada Pellow", "person", "said:", "These are excellent results for our residents."),
    ]


def test_without_its_letters_the_full_name_stays() -> None:
    text = RELEASE.replace("FDC Cabinet Member for Waste, ", "").replace("FDC is", "The district is")
    assert [row[0] for row in cued_rows(text)][:3] == ["Marlowshire County Council"] * 3


def test_two_councils_by_letters_keep_the_full_name() -> None:
    text = RELEASE.replace("FDC is giving", "HDC is giving")
    assert [row[0] for row in cued_rows(text)][:3] == ["Marlowshire County Council"] * 3


RESULTS = "Results show that March saw composting rates at 38%, up 6% on last year.\n"


def test_bare_results_in_the_page_own_council_release_are_its() -> None:
    assert cued_rows(RESULTS + RELEASE)[0] == (
        "Fenbury DC", "organisation", "show that", "March saw composting rates at 38%, up 6% on last year")


def test_bare_results_with_no_own_council_stay_the_document() -> None:
    text = RESULTS + "The Marlowshire County Council paid for the new caddies.\n"
    assert cued_rows(text) == [("results", "document", "show that", "March saw composting rates at 38%, up 6% on last year")]
