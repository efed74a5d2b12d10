"""Wave 41f: a post and its remit written with letters in brackets that spell the whole of it (`The Chief Inspector of
Ports and Shipping (CIPS)`) is one office, an inspectorate, though no `Independent` opens it: the name reader cut the
post and kept only the remit; its letters and bare `inspectors` are the office's. Letters that spell only the remit,
or none, leave the run as it was read."""
from tests.extract_rows import cued_rows

REPORT = ("The {post} of Ports and Shipping ({letters}) today publishes a report on how the Harbour Office runs "
          "its two depots.\n\n"
          "Inspectors also found:\n\n"
          "- files in 12 of the 80 cases sampled had no signature;\n"
          "- new clerks had two days of training.\n\n"
          "{letters} said the depots were slow.\n\nThe Harbour Office said it would act.\n")


def _rows(office: str, letters: str) -> list[tuple[str, str, str, str]]:
    """Return the rows the report's text should give with its office and letters."""
    return [(office, "inspectorate", "found", "files in 12 of the 80 cases sampled had no signature"),
            (office, "inspectorate", "found", "new clerks had two days of training"),
            (office if letters != "PS" else "PS", "inspectorate", "said", "the depots were slow"),
            ("Harbour Office", "organisation", "said", "it would act")]


def test_a_chief_inspector_spelled_by_its_letters_is_the_office() -> None:
    assert cued_rows(REPORT.format(post="Chief Inspector", letters="CIPS")) \
        == _rows("Chief Inspector of Ports and Shipping", "CIPS")


def test_an_inspector_general_spelled_by_its_letters_is_the_office() -> None:
    assert cued_rows(REPORT.format(post="Inspector General", letters="IGPS")) \
        == _rows("Inspector General of Ports and Shipping", "IGPS")


def test_the_independent_office_is_read_as_before() -> None:
    assert cued_rows(REPORT.format(post="Independent Chief Inspector", letters="ICIPS")) \
        == _rows("Independent Chief Inspector of Ports and Shipping", "ICIPS")


def test_members_of_a_union_are_not_its_name() -> None:
    text = "Members of the Harbour Pilots Union (HPU) said pay had fallen by 4%.\n"
    assert cued_rows(text) == [("Harbour Pilots Union", "organisation", "said", "pay had fallen by 4%")]
