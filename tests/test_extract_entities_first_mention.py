"""entities.first_mention: the first name read in a span, whatever it is and wherever it stands (the callers test
whether it opens the span and as what: speakers/lead_documents, place_operators, voice_subjects). The sentences are
invented."""
from __future__ import annotations

import pytest

from claims.extract.entities import Mention, first_mention

TEXT = "Harbour Water said the pipes were old. Jo Roe wrote to Acme Rail. The figures rose."


@pytest.mark.parametrize(("start", "end", "expected"), [
    (0, 38, Mention(0, 13, "Harbour Water", "org")),
    (39, 65, Mention(39, 45, "Jo Roe", "person")),
    (46, 65, Mention(55, 64, "Acme Rail", "org")),
    (66, len(TEXT), None),
    (0, 0, None),
], ids=["a-body-opening-it", "a-person-opening-it", "a-body-later-in-it", "no-name", "an-empty-span"])
def test_the_first_name_read_in_a_span(start: int, end: int, expected: Mention | None) -> None:
    assert first_mention(TEXT, start, end) == expected
