"""Wave 53d: a news lead's bare `new figures show` is the body that opens the next paragraph giving figures of its own
(`X said it co-ordinated 3,904 incidents`, `X recorded 1,236 offences`), also when the lead turns to another side
after a comma (`..., new figures show, but the union says ...`)."""
from claims.extract.speakers.lead_documents import lead_authors
from tests.extract_rows import rows

_SAID = ("Lifeboat crews in the north-east were launched more often this summer than in any year since 2012, new "
         "figures show.\n\n"
         "The Coastal Rescue Service said its crews had launched 1,204 times between June and August.\n")
_RECORDED = ("Burglary in Tarnford has fallen by 11% in a year, new figures show, but residents say they see fewer "
             "patrols.\n\n"
             "Tarnford Police recorded 2,310 burglaries in the year to March, compared with 2,596 the year before.\n")


def test_lead_figures_are_the_body_that_said_figures_next() -> None:
    assert rows(_SAID) == [
        ("Coastal Rescue Service", "organisation",
         "Lifeboat crews in the north-east were launched more often this summer than in any year since 2012"),
        ("Coastal Rescue Service", "organisation", "its crews had launched 1,204 times between June and August")]


def test_lead_figures_before_a_turn_are_the_body_that_recorded_figures_next() -> None:
    assert lead_authors(_RECORDED)["figures"].name == "Tarnford Police"


def test_a_body_saying_no_figure_next_is_not_the_lead_figures_author() -> None:
    text = ("Lifeboat crews were launched more often this summer, new figures show.\n\n"
            "The Coastal Rescue Service said it was proud of its volunteers.\n")
    assert "figures" not in lead_authors(text)


def test_a_lead_report_is_not_read_from_a_body_that_said_figures() -> None:
    text = ("Waits for hip operations have doubled, a new report says.\n\n"
            "The Orthopaedic Society said 4,100 patients were waiting.\n")
    assert "report" not in lead_authors(text)
