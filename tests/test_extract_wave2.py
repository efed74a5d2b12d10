"""Attribution on the phenomena the wave-2 texts showed: each case is a short text written for this test,
and the whole table it must give as (speaker, speaker_kind, quote) rows, in text order."""
import pytest

from claims.extract import find_rows


def rows(text: str) -> list[tuple[str, str, str]]:
    """Return (speaker, speaker_kind, quote) for every claim of a text."""
    return [(r.speaker, r.speaker_kind, r.quote) for r in find_rows(text, "t.txt")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kestrel Bank said lending rose 4%.\n\nHollin Water said leaks fell 9%.\n\n"
     "Waiting times fell by a fifth, the department said.\n",
     [("Kestrel Bank", "organisation", "lending rose 4%"), ("Hollin Water", "organisation", "leaks fell 9%"),
      ("the department", "unresolved", "Waiting times fell by a fifth")]),
    ("The Orwell Housing Trust said 300 homes were repaired.\n\nThe charity said 40 families were rehoused.\n",
     [("Orwell Housing Trust", "organisation", "300 homes were repaired"),
      ("Orwell Housing Trust", "organisation", "40 families were rehoused")]),
    ("Brackley Police said thefts fell 8%. Ferngate Council said fines rose.\n\n"
     "The force said 61 arrests were made.\n",
     [("Brackley Police", "organisation", "thefts fell 8%"), ("Ferngate Council", "organisation", "fines rose"),
      ("Brackley Police", "organisation", "61 arrests were made")]),
    ("Posted Jan 4, 2026 at 6:05 PM\n\nSales rose 5% to \u00a340m, the company said.\n",
     [("the company", "unresolved", "Sales rose 5% to \u00a340m")]),
], ids=["head-never-named-is-unresolved", "only-body-named", "the-force-is-the-police", "time-of-day-is-no-body"])
def test_references_resolve_only_with_confidence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(text) == expected
