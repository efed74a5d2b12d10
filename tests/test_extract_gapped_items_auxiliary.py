"""A headline-style passive gets its missing auxiliary in brackets (`Two men [were] arrested`), but a clause that
writes its auxiliary already keeps it alone: the auxiliary is never read as the subject's last word (`Two vans were
seized, according to police`: never `Two vans were [were] seized`; wave 50, found by 50e)."""
from __future__ import annotations

from claims.extract import find_rows
from claims.extract.gapped_items import telegraphic_claim


def claims_of(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, quote, claim) for every row of a text."""
    return [(row.speaker, row.quote, row.claim) for row in find_rows(text, "t.txt")]


def test_written_auxiliary_is_not_doubled() -> None:
    text = "Two vans were seized, according to police, and three men were arrested.\n"
    assert claims_of(text) == [("police", "Two vans were seized", "Two vans were seized."),
                               ("police", "three men were arrested", "Three men were arrested.")]


def test_each_auxiliary_left_alone_at_a_line_start() -> None:
    for item in ("Two vans were seized", "One hiker was rescued near Tallow Crag", "No injuries have been reported",
                 "Four flats are boarded up", "Some shops had been closed"):
        assert telegraphic_claim(item + "\n", 0, item) == ""


def test_missing_auxiliary_still_added() -> None:
    assert telegraphic_claim("Two vans seized\n", 0, "Two vans seized") == "Two vans [were] seized."
    assert telegraphic_claim("One young woman arrested\n", 0, "One young woman arrested") == "One young woman [was] arrested."
